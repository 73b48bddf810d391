"""A band round a scrolled page in the highlight colour while it has the keyboard.

Qt's styles mark the focus of a text field but not of a large scrolled view, so a person
cannot tell that the article or the quote list will take their keys. A style sheet could
draw a border, but it also repaints the view over its palette (the page themes).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPainter, QPalette, QRegion
from PySide6.QtWidgets import QAbstractScrollArea

BAND_WIDTH = 2


def reserve_focus_band(area: QAbstractScrollArea) -> None:
    """Keep room round the viewport for the band; call once, when the view is made."""
    area.setViewportMargins(BAND_WIDTH, BAND_WIDTH, BAND_WIDTH, BAND_WIDTH)


def paint_focus_band(area: QAbstractScrollArea, event: QEvent) -> None:
    """Call from the view's `event`, after the base class handled `event`."""
    if event.type() == QEvent.Type.Paint:
        role = QPalette.ColorRole.Highlight if area.hasFocus() else QPalette.ColorRole.Base
        painter = QPainter(area)
        painter.setClipRegion(QRegion(area.contentsRect()).subtracted(QRegion(area.viewport().geometry())))
        # Erased with the palette's own brush: fillRect with a colour goes through overloads that
        # take QtCore.Qt's enums, and the first use of that namespace builds every enum in it,
        # which the first frame is spared.
        painter.setBackground(area.palette().brush(role))
        painter.eraseRect(area.contentsRect())
        painter.end()
    elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
        area.update()
