"""Which links may leave the app: web pages only, and only on the reader's click."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only named: the article view imports this module for its first frame, and QUrl is built
    # with its enums on first import (4.5 M instructions); a link clicked brings its own.
    from PySide6.QtCore import QUrl

OPENABLE_SCHEMES = frozenset({"http", "https"})


def can_open_externally(url: QUrl) -> bool:
    """True for a well-formed http(s) address with a host; `javascript:`, `file:` and the rest are refused."""
    return url.isValid() and url.scheme().lower() in OPENABLE_SCHEMES and bool(url.host())
