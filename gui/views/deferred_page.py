"""A tab's page whose content is made the first time it shows, or sooner if something asks for it.

Start-up paints only the tab it opens on; a tab never visited costs neither the time to
import and build it nor its memory (see `make bench`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class DeferredPage(QWidget):
    """Holds the widget `make_content` returns, made once, on first show or first `content()`."""

    def __init__(self, make_content: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_content = make_content
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def made(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._make_content()
            self._layout.addWidget(self._content)
            if self.isVisible():
                # A child added to a page already showing stays hidden unless shown.
                self._content.show()
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)
