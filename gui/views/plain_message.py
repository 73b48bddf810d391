"""A non-blocking message box whose text is never read as markup, and whose title is never cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget

# Window managers draw titles larger and bolder than Qt's own guess, beside their buttons
# (a short message's box came out 176 px wide and showed "Canno…n story"): the box is made
# wide enough for the title at this scale, in bold, with this much room beside it.
TITLE_SCALE = 1.25
TITLE_ROOM = 160


def show_plain_message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    """Open a window-modal message and return it; the text may quote a file, so it stays plain.

    The title is short ("Cannot open story") and the text says the rest.
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        # QMessageBox fixes its own size from its layout: a spacer is a width it cannot go under.
        spacer = QSpacerItem(title_width(box), 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    box.open()
    return box


def title_width(box: QWidget) -> int:
    """The width a window needs for a window manager's title bar to show its whole title."""
    font = QFont(box.font())
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
    else:
        font.setPixelSize(round(font.pixelSize() * TITLE_SCALE))
    return QFontMetrics(font).horizontalAdvance(box.windowTitle()) + TITLE_ROOM
