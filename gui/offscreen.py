"""Qt's offscreen platform, used for `--screenshot` without a display, without its notices.

The plugin warns on stderr each time a window asks for something only a window system does
(size hints, raising, grabbing the keyboard). A user rendering a PNG can act on none of them,
so they are dropped; every other Qt message goes on where it went before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

# Word for word as qplatformwindow.cpp says them.
NO_WINDOW_SYSTEM = frozenset(
    {
        "This plugin does not support propagateSizeHints()",
        "This plugin does not support raise()",
        "This plugin does not support grabbing the keyboard",
    }
)

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]


def drop_window_system_notices() -> None:
    """From now on, Qt's messages go to the handler there was (Qt's own: stderr), less the notices above."""
    previous: Handler | None = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in NO_WINDOW_SYSTEM:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    previous = qInstallMessageHandler(handler)
