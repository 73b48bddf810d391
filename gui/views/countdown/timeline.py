"""A picture of the story's timeline: its events in date order on one line, "now" marked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...story import Event

DOT_RADIUS = 5.0
NOW_RADIUS = 4.0
SIDE_MARGIN = 12
# Below this many pixels between two marks their names would overlap even when alternated.
MIN_LABELLED_GAP = 48
# Space kept between two names on the same side of the line.
LABEL_GAP = 12


@dataclass(frozen=True)
class Mark:
    """One point on the line: an event, or "now" (event None)."""

    day: date
    event: Event | None


class Timeline(QWidget):
    """The events at even steps in date order (the dates lie years and days apart, so a scale
    of time would pile them up), "now" among them where it falls, the chosen event stressed.

    Names alternate above and below the line, elided to the room they have; a dense story
    names only the chosen event and now. Read-only: the event chooser above picks the event.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownTimeline")
        self.setAccessibleName(self.tr("Timeline of the story"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._marks: list[Mark] = []
        self._chosen: str | None = None
        self._date_text: dict[date, str] = {}

    def set_events(self, events: tuple[Event, ...] | list[Event], chosen: str | None, today: date, date_text: dict[date, str]) -> None:
        """Show `events` with `chosen` (an event id) stressed and now on `today`.

        `date_text` gives each date as the view writes it (its locale, its precision).
        """
        marks = [Mark(event.date, event) for event in events]
        # Now comes after the events of its own day: on the release day, now is at or past it.
        marks.append(Mark(today, None))
        marks.sort(key=lambda mark: (mark.day, mark.event is None))
        if (marks, chosen, date_text) == (self._marks, self._chosen, self._date_text):
            return
        self._marks, self._chosen, self._date_text = marks, chosen, date_text
        self.setAccessibleDescription(self.summary())
        self.update()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def summary(self) -> str:
        """The timeline in words, for a screen reader: "…, 19 June 2023: premiere; now; …"."""
        return "; ".join(
            self.tr("now", "the timeline read aloud") if mark.event is None else f"{mark.event.title}, {self._date_text.get(mark.day, '')}"
            for mark in self._marks
        )

    def mark_at(self, x: float) -> Mark | None:
        """The mark drawn nearest to `x`, if within half a step of it (for its tooltip)."""
        xs = self._positions()
        if not xs:
            return None
        index = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
        half_step = (xs[1] - xs[0]) / 2 if len(xs) > 1 else float(self.width())
        return self._marks[index] if abs(xs[index] - x) <= max(half_step, DOT_RADIUS) else None

    def event(self, event: QEvent) -> bool:
        # A name cut short on the line is read whole in the mark's tooltip.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            mark = self.mark_at(event.pos().x())
            if mark is None:
                QToolTip.hideText()
            else:
                name = self.tr("Now") if mark.event is None else mark.event.title
                QToolTip.showText(event.globalPos(), f"{name}\n{self._date_text.get(mark.day, '')}", self)
            return True
        return super().event(event)

    def _positions(self) -> list[float]:
        count = len(self._marks)
        left, right = SIDE_MARGIN + DOT_RADIUS, self.width() - SIDE_MARGIN - DOT_RADIUS
        if count == 1:
            return [(left + right) / 2]
        step = (right - left) / (count - 1) if count > 1 else 0.0
        return [left + index * step for index in range(count)]

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height()
        return QSize(400, 4 * line + 4 * int(DOT_RADIUS) + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._marks:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        line_height = metrics.height()
        middle = self.height() / 2
        left, right = SIDE_MARGIN + DOT_RADIUS, self.width() - SIDE_MARGIN - DOT_RADIUS
        count = len(self._marks)
        step = (right - left) / (count - 1) if count > 1 else 0.0
        xs = self._positions()

        painter.setPen(QPen(quiet, 2))
        painter.drawLine(QPointF(left, middle), QPointF(right, middle))
        labelled = step >= MIN_LABELLED_GAP or count == 1
        # Alternating sides gives each name the room of two steps.
        room = max(2 * step - LABEL_GAP, float(MIN_LABELLED_GAP)) if count > 1 else float(self.width())
        for index, (mark, x) in enumerate(zip(self._marks, xs, strict=True)):
            is_now = mark.event is None
            is_chosen = mark.event is not None and mark.event.id == self._chosen
            colour = accent if is_now or is_chosen else text_colour
            painter.setPen(QPen(colour, 2))
            if is_now:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawLine(QPointF(x, middle - 3 * NOW_RADIUS), QPointF(x, middle + 3 * NOW_RADIUS))
            else:
                painter.setBrush(colour if is_chosen else palette.color(QPalette.ColorRole.Window))
                radius = DOT_RADIUS * (1.4 if is_chosen else 1.0)
                painter.drawEllipse(QPointF(x, middle), radius, radius)
            if not (labelled or is_now or is_chosen):
                continue
            name = self.tr("Now") if is_now else self._short_name(mark)
            when = self._date_text.get(mark.day, "")
            above = index % 2 == 0
            font = self.font()
            font.setBold(is_now or is_chosen)
            painter.setFont(font)
            lines = [name, when] if above else [when, name]
            top = middle - 2 * DOT_RADIUS - 2 * line_height if above else middle + 2 * DOT_RADIUS
            # At the ends a name starts (or stops) at its mark rather than run off the widget, so
            # it reaches only one step inward, where the name beside it on its side begins.
            width, box_left, align = room, x - room / 2, Qt.AlignmentFlag.AlignHCenter
            if box_left < 0:
                width = min(room, step + DOT_RADIUS - LABEL_GAP) if count > 1 else room
                box_left, align = max(0.0, x - DOT_RADIUS), Qt.AlignmentFlag.AlignLeft
            elif box_left + room > self.width():
                width = min(room, step + DOT_RADIUS - LABEL_GAP) if count > 1 else room
                box_left, align = min(self.width() - width, x + DOT_RADIUS - width), Qt.AlignmentFlag.AlignRight
            for offset, text in enumerate(lines):
                box = QRectF(box_left, top + offset * line_height, width, line_height)
                shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(width))
                painter.setPen(colour)
                painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.end()

    @staticmethod
    def _short_name(mark: Mark) -> str:
        assert mark.event is not None
        return mark.event.title
