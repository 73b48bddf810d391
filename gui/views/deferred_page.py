"""A tab's page whose content is made the first time it shows, or sooner if something asks for it.

Start-up paints only the tab it opens on; a tab never visited costs neither the time to
import and build it nor its memory (see `make bench`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..error_report import report, reported_errors, summary
from ..story.wording import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel


class DeferredPage(QWidget):
    """Holds the widget `make_content` returns, made once, on first show or first `content()`.

    If making it raises, the error is reported once (the error dialog and the log) and the
    page says in its place that the tab could not be shown; the rest of the app goes on.
    `failedToMake` tells whoever offers the page's actions elsewhere (a menu) to stop.
    """

    failedToMake = Signal()

    def __init__(self, make_content: Callable[[], QWidget], name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_content = make_content
        self._name = name or self.tr("This tab")
        self._content: QWidget | None = None
        self._failure: QLabel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def made(self) -> bool:
        return self._content is not None

    @property
    def failed(self) -> bool:
        return self._failure is not None

    def content(self) -> QWidget:
        """The page's widget, made now if need be; the error notice if making it failed."""
        if self._content is not None:
            return self._content
        if self._failure is None:
            try:
                self._content = self._make_content()
            except Exception as error:
                self._failure = self._notice(error)
                self._add(self._failure)
                self.failedToMake.emit()
                report(error)
                return self._failure
            self._add(self._content)
            return self._content
        return self._failure

    def showEvent(self, event: QShowEvent) -> None:
        with reported_errors():
            self.content()
        super().showEvent(event)

    def _add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        if self.isVisible():
            # A child added to a page already showing stays hidden unless shown.
            widget.show()

    def _notice(self, error: Exception) -> QLabel:
        # Imported here: a page is made at start-up, and the first use of QtCore.Qt builds every
        # enum of the namespace, which the first frame has no need of.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel

        notice = QLabel(
            fill(
                self.tr("%1 could not be shown: %2.\n\nThe other tabs still work, and your story is still open."),
                self._name,
                summary(error),
            ),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
            textFormat=Qt.TextFormat.PlainText,
        )
        notice.setObjectName("tabFailure")
        notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return notice
