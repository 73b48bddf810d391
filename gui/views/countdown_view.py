"""The Countdown tab: a live count to (or since) an event of the story."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui import countdown
from gui.clock import Clock
from gui.model import StoryModel
from gui.second_ticker import SecondTicker
from gui.story import Event


class CountdownView(QWidget):
    """Counts each second toward the chosen event's day, and up from it once it is past.

    The clock and time zone are injected, so tests and `--now` can stand anywhere in time.
    It ticks only while shown: a hidden tab wakes nobody.
    """

    def __init__(self, model: StoryModel, clock: Clock, zone: tzinfo, zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._clock = clock
        self._zone = zone
        self._zone_name = zone_name
        self.ticker = SecondTicker(clock, self)
        self.ticker.ticked.connect(self.refresh)

        self.event_box = QComboBox()
        self.event_box.setObjectName("eventChooser")
        self.event_box.setAccessibleName("Event to count to")
        centered = Qt.AlignmentFlag.AlignCenter
        self.title_label = self._label("eventTitle", centered)
        self.headline_label = self._label("countdownHeadline", centered)
        self.clock_label = self._label("countdownClock", centered)
        self.clock_caption = self._label("countdownClockCaption", centered)
        self.date_label = self._label("eventDate")
        self.history_label = self._label("eventHistory")
        self.detail_label = self._label("eventDetail")
        self._scale_font(self.title_label, 1.3, QFont.Weight.DemiBold)
        self._scale_font(self.headline_label, 2.2, QFont.Weight.DemiBold)
        self._scale_font(self.clock_label, 1.8, QFont.Weight.Normal)
        self.clock_label.setFont(self._monospaced_digits(self.clock_label.font()))

        facts = QFormLayout()
        facts.addRow("Date:", self.date_label)
        facts.addRow("History:", self.history_label)
        facts.addRow("About:", self.detail_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.event_box)
        layout.addStretch(1)
        for widget in (self.title_label, self.headline_label, self.clock_label, self.clock_caption):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(facts)

        self.event_box.currentIndexChanged.connect(self._show_event)
        model.storyChanged.connect(self._fill_events)
        self._fill_events()

    def current_event(self) -> Event:
        event_id = self.event_box.currentData()
        return next(e for e in self._model.events if e.id == event_id)

    def refresh(self) -> None:
        """Redraw the count for the clock's current moment."""
        event = self.current_event()
        state = countdown.standing(event.date, self._clock.now(), self._zone)
        self.headline_label.setText(countdown.headline(event, state))
        self.clock_label.setText(countdown.clock_text(state))
        if isinstance(state, countdown.Before):
            self.clock_caption.setText(f"left until local midnight in {self._zone_name}")
        else:
            self.clock_caption.setText(f"since local midnight of the day in {self._zone_name}")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.ticker.stop()

    def _fill_events(self) -> None:
        story = self._model.story
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for event in story.events:
            self.event_box.addItem(f"{event.title} — {self._format_date(event.date)}", event.id)
        self.event_box.setCurrentIndex(self.event_box.findData(story.countdown_event_id))
        self.event_box.blockSignals(False)
        self._show_event()

    def _show_event(self) -> None:
        event = self.current_event()
        self.title_label.setText(event.title)
        self.date_label.setText(f"{self._format_date(event.date)}, counted from local midnight ({self._zone_name})")
        self.history_label.setText(self._history(event))
        self.detail_label.setText(event.detail or "—")
        self.refresh()

    def _history(self, event: Event) -> str:
        lines = []
        if event.article_said:
            lines.append(f"The article said “{event.article_said}”.")
        lines.extend(f"Planned for {self._format_date(day)}, superseded." for day in event.planned)
        return "\n".join(lines) or "—"

    def _format_date(self, day: date) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    @staticmethod
    def _label(name: str, alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        # Event text comes from the story file: plain text only, selectable for copying.
        label = QLabel(alignment=alignment, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        label.setObjectName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _scale_font(label: QLabel, factor: float, weight: QFont.Weight) -> None:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * factor)
        font.setWeight(weight)
        label.setFont(font)

    @staticmethod
    def _monospaced_digits(font: QFont) -> QFont:
        # Tabular figures keep the clock from jittering as digits change width.
        font.setFeature(QFont.Tag("tnum"), 1)
        return font
