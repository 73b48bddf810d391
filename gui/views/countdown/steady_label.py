"""A label whose text changes every second without laying out the window again."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabel(QWidget):
    """Holds `label` without a layout, so a new text repaints the label and nothing else.

    A QLabel's new text asks every layout above it to lay out again, even when its size
    stays the same, and the QTabWidget at the top answers that by repainting all of
    itself: each second of the countdown repainted the whole window (the timeline, the
    choosers, the tab bar) in three flushes. Here the request stops at this holder, which
    has no layout to lay out; it tells the layout above it only when the new text needs
    another size (more digits, another line).
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())
        self._needs = self._what_layout_needs()

    def set_text(self, text: str) -> None:
        if text == self.label.text():
            return
        self.label.setText(text)
        needs = self._what_layout_needs()
        if needs != self._needs:
            self._needs = needs
            self.updateGeometry()

    def text(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:
        return self.label.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())
        self._needs = self._what_layout_needs()

    def _what_layout_needs(self) -> tuple[QSize, QSize, int]:
        return self.label.sizeHint(), self.label.minimumSizeHint(), self.label.heightForWidth(self.width())
