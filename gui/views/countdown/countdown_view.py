"""The Countdown tab: a live count to (or since) an event of the story."""

from __future__ import annotations

from datetime import UTC, date, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QHideEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from ...error_report import reported_errors
from ...models.clock import Clock
from ...models.second_ticker import SecondTicker
from ...models.story_model import StoryModel
from ...settings.values import read_str, warn_ignored
from ...story import DatePrecision, Event, countdown
from ...story.wording import fill
from ..tab_page import EditEntry
from ..text_export import choose_export_path, slug, write_export
from .steady_label import SteadyLabel
from .timeline import Timeline
from .zone_chooser import ZoneChooser, zone_label

ZONE_KEY = "countdown/zone"
# IANA names are at most about 30 characters; anything far longer is not a zone.
MAX_ZONE_NAME = 256
MAX_PLANS_SHOWN = 10
# Files of the zone database that ZoneInfo loads but that name no zone: "localtime" is
# whatever the system's zone is (the fallback anyway), "posixrules" a template.
_NOT_ZONE_NAMES = frozenset({"localtime", "posixrules"})


class CountdownView(QWidget):
    """Counts each second toward the chosen event's day, and up from it once it is past.

    The clock is injected, so tests and `--now` can stand anywhere in time. It ticks only
    while shown and not minimised: a hidden tab wakes nobody.

    Signals:
        reached(Event): the count crossed zero while the app was open.
        countdownAvailable(bool): whether the story has a date to count to (and to export).
        statusMessage(str): feedback for the status bar.
    """

    reached = Signal(object)
    statusMessage = Signal(str)
    countdownAvailable = Signal(bool)

    def __init__(
        self, model: StoryModel, clock: Clock, zone: tzinfo, zone_name: str, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._clock = clock
        self._system_zone, self._system_zone_name = zone, zone_name
        self._settings = settings
        self._was_before: bool | None = None
        self._edge: str | None = None
        # What a tick needs, worked out when the event or zone changes rather than every second.
        self._event: Event | None = None
        self._zone, self._zone_name = zone, zone_name
        self._timeline_day: date | None = None
        self._minimised = False
        self.message_box: QMessageBox | None = None
        self.ticker = SecondTicker(clock, self)
        self.ticker.ticked.connect(self.refresh)

        self.event_box = ElidingComboBox()
        self.event_box.setObjectName("eventChooser")
        self.event_box.setAccessibleName(self.tr("Event to count to"))
        self.event_box.setAccessibleDescription(self.tr("Choose which date of the story the countdown counts to or from."))
        self.zone_box = ZoneChooser(zone_name)
        self.zone_box.notFound.connect(self._say_zone_not_found)
        # Long event titles must not force the window wider than a small screen.
        for box in (self.event_box, self.zone_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)
        self.zone_box.set_zone_name(self._stored_zone_name())
        export_button = QPushButton(self.tr("Export event…"))
        export_button.setObjectName("exportEvent")
        export_button.setAccessibleName(self.tr("Export the event as a calendar file"))
        export_button.setAccessibleDescription(self.tr("Save the chosen event as an iCalendar file for a calendar app."))
        export_button.clicked.connect(self.export_event_as)
        self.empty_label = self._label("countdownEmpty", Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setText(self.tr("This article names no date to count to."))

        centered = Qt.AlignmentFlag.AlignCenter
        self.title_label = self._label("eventTitle", centered)
        self.headline_label = self._label("countdownHeadline", centered)
        self.clock_label = self._label("countdownClock", centered)
        self.clock_caption = self._label("countdownClockCaption", centered)
        self.timeline = Timeline()
        self.date_label = self._label("eventDate")
        self.history_label = self._label("eventHistory")
        self.detail_label = self._label("eventDetail")
        self._scale_font(self.title_label, 1.3, QFont.Weight.DemiBold)
        self._scale_font(self.headline_label, 2.2, QFont.Weight.DemiBold)
        self._scale_font(self.clock_label, 1.8, QFont.Weight.Normal)
        self.clock_label.setFont(self._monospaced_digits(self.clock_label.font()))
        # Its text changes every second: held so that repaints it alone (see SteadyLabel).
        self._clock_face = SteadyLabel(self.clock_label)

        # Each chooser has a row's width: side by side, a German event or zone was cut mid-word at 1024 pixels.
        choosers = QVBoxLayout()
        choosers.addWidget(self.event_box)
        zone_row = QHBoxLayout()
        zone_row.addWidget(self.zone_box, 1)
        zone_row.addWidget(export_button)
        choosers.addLayout(zone_row)
        facts = QFormLayout()
        facts.addRow(self.tr("Date:"), self.date_label)
        facts.addRow(self.tr("History:"), self.history_label)
        facts.addRow(self.tr("About:"), self.detail_label)
        # The count and its facts sit on one page, hidden together when the story has no dates.
        self.count_page = QWidget()
        outer = QVBoxLayout(self)
        outer.addWidget(self.count_page)
        outer.addWidget(self.empty_label)
        layout = QVBoxLayout(self.count_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choosers)
        # The count, its timeline and its facts stay together under the choosers: spare height
        # goes below them, never between the lines.
        layout.addSpacing(16)
        for widget in (self.title_label, self.headline_label, self._clock_face, self.clock_caption):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.timeline)
        layout.addSpacing(8)
        layout.addLayout(facts)
        layout.addStretch(1)

        self.event_box.currentIndexChanged.connect(self._show_event)
        self.zone_box.currentIndexChanged.connect(self._choose_zone)
        model.storyChanged.connect(self._fill_events)
        self._fill_events()

    @property
    def zone(self) -> tzinfo:
        return self._zone

    @property
    def zone_name(self) -> str:
        return self._zone_name

    def take_focus(self) -> None:
        self.event_box.setFocus(Qt.FocusReason.TabFocusReason)

    def edit_menu_entries(self) -> list[EditEntry]:
        return []

    def headline(self) -> str:
        """The sentence the count says now, e.g. "Out today"."""
        return self.headline_label.text()

    def current_event(self) -> Event | None:
        """The event counted to; None when the story names no date."""
        return self._event

    def refresh(self) -> None:
        """Redraw the count for the clock's current moment; say so when zero is crossed."""
        event = self._event
        if event is None:
            return
        now = self._clock.now()
        state = countdown.standing(event.date, now, self._zone)
        today = countdown.within_calendar(now, self._zone).date()
        self.headline_label.setText(countdown.headline(event, state, today))
        self._clock_face.set_text(countdown.clock_text(state))
        before = isinstance(state, countdown.Before)
        edge = countdown.calendar_edge(now, self._zone)
        if (before, edge) != (self._was_before, self._edge):
            self.clock_caption.setText(self._caption(before, edge))
            self._edge = edge
        if today != self._timeline_day:
            self._timeline_day = today
            self._show_timeline(event, today)
        if self._was_before and not before:
            self.reached.emit(event)
        self._was_before = before

    def set_minimised(self, minimised: bool) -> None:
        """A minimised window shows nothing, so the count sleeps until it is restored."""
        self._minimised = minimised
        self._follow_visibility()

    def export_event_as(self) -> None:
        """Ask where, then export the current event."""
        self.export_event()

    def export_event(self, path: str | Path | None = None) -> bool:
        """Write the current event as an all-day iCalendar event."""
        event = self._event
        if event is None:
            self.statusMessage.emit(self.tr("This article names no date to export"))
            return False
        if path is None:
            path = choose_export_path(self, self.tr("Export event"), f"{slug(event.title, event.id)}.ics", self.tr("iCalendar (*.ics)"))
            if path is None:
                return False
        # Imported on first use: start-up needs none of it (see `make bench`).
        from ...story.ics_export import event_ics

        path = Path(path)
        text = event_ics(event, self._model.story, countdown.within_calendar(self._clock.now(), UTC))
        self.message_box = write_export(self, path, text, self.tr("Cannot export event"))
        if self.message_box is not None:
            return False
        self.statusMessage.emit(fill(self.tr("Exported “%1” to %2"), event.title, path.name))
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Nothing may escape a Qt event handler (see error_report).
        with reported_errors():
            self._follow_visibility()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        with reported_errors():
            self._follow_visibility()

    def _follow_visibility(self) -> None:
        if self.isVisible() and not self._minimised and self._event is not None:
            if not self.ticker.is_running():
                self.refresh()
                self.ticker.start()
        else:
            self.ticker.stop()

    def _fill_events(self) -> None:
        story = self._model.story
        self.event_box.blockSignals(True)
        self.event_box.clear()
        for event in story.events:
            self.event_box.addItem(f"{event.title} — {self._format_event_date(event)}", event.id)
        self.event_box.setCurrentIndex(self.event_box.findData(story.countdown_event_id))
        self.event_box.blockSignals(False)
        self._show_event()

    def _show_event(self) -> None:
        event_id = self.event_box.currentData()
        self.event_box.setToolTip(self.event_box.currentText())
        self._event = next((e for e in self._model.events if e.id == event_id), None)
        self.count_page.setVisible(self._event is not None)
        self.empty_label.setVisible(self._event is None)
        self.countdownAvailable.emit(self._event is not None)
        if self._event is None:
            self.ticker.stop()
            return
        event = self._event
        self._zone, self._zone_name = self._zone_and_name()
        self._timeline_day = None
        # A new event starts a new count: switching to a past day is no crossing of zero.
        self._was_before = None
        self.title_label.setText(event.title)
        if event.precision is DatePrecision.DAY:
            counted = self.tr("%1, counted from local midnight (%2)")
        else:
            counted = self.tr("%1, counted from its first day, at local midnight (%2)")
        self.date_label.setText(fill(counted, self._format_event_date(event), self.zone_name))
        self.history_label.setText(self._history(event))
        self.detail_label.setText(event.detail or "—")
        self.refresh()
        self._follow_visibility()

    def _choose_zone(self) -> None:
        self._settings.setValue(ZONE_KEY, self.zone_box.zone_name())
        self._show_event()

    def _say_zone_not_found(self, typed: str) -> None:
        self.statusMessage.emit(fill(self.tr("No time zone is called “%1”; still counting in %2"), typed.strip(), self._place))

    def _stored_zone_name(self) -> str:
        """The zone chosen last time, "" for the system's; a name that is no zone is forgotten."""
        stored = read_str(self._settings, ZONE_KEY, "", max_length=MAX_ZONE_NAME)
        # The database's folders of other forms (posix/Europe/Berlin is Europe/Berlin) are no
        # names of their own; right/ counts leap seconds, which no calendar day does.
        name = stored.removeprefix("posix/")
        if stored and (_zone_named(name) is None or name.split("/", 1)[0] == "right" or name in _NOT_ZONE_NAMES):
            warn_ignored(ZONE_KEY, stored, "no such time zone", "the system's")
            return ""
        return name

    def _zone_and_name(self) -> tuple[tzinfo, str]:
        name = self.zone_box.zone_name()
        zone = _zone_named(name) if name else None
        if zone is None:
            return self._system_zone, self._system_zone_name
        return zone, name

    def _caption(self, before: bool, edge: str | None) -> str:
        # Said plainly rather than counted wrong: Python's calendar runs from year 1 to 9999.
        if edge == "start":
            return fill(self.tr("Now is before 1 January of year 1 in %1, where the calendar begins: the count starts there"), self._place)
        if edge == "end":
            return fill(self.tr("The calendar ends with 31 December 9999 in %1: the count stops there"), self._place)
        if before:
            return fill(self.tr("left until the day begins, at midnight in %1"), self._place)
        return fill(self.tr("since the day began, at midnight in %1"), self._place)

    @property
    def _place(self) -> str:
        """Where the count is kept, as a person names it: "Oslo, Norway", "UTC"."""
        return zone_label(self._zone_name).split(" — ", 1)[0]

    def _show_timeline(self, event: Event, today: date) -> None:
        events = self._model.events
        dates = {e.date: self._format_short(e.date, e.precision) for e in events}
        dates[today] = self._format_short(today, DatePrecision.DAY)
        self.timeline.set_events(events, event.id, today, dates)

    def _history(self, event: Event) -> str:
        lines = []
        if event.article_said:
            lines.append(fill(self.tr("The article said “%1”."), event.article_said))
        # A label of a hundred thousand lines takes Qt half a minute to lay out: name the
        # latest plans, count the rest.
        shown, unshown = countdown.latest_plans(event, MAX_PLANS_SHOWN)
        if unshown:
            lines.append(self.tr("1 earlier plan superseded.") if unshown == 1 else self.tr("%Ln earlier plans superseded.", "", unshown))
        lines.extend(fill(self.tr("Planned for %1, superseded."), self._format_date(day)) for day in shown)
        return "\n".join(lines) or "—"

    def _format_event_date(self, event: Event) -> str:
        """The event's date as precisely as the text gave it: a day, "July 2023" or "2024"."""
        if event.precision is DatePrecision.YEAR:
            return str(event.date.year)
        if event.precision is DatePrecision.MONTH:
            return self.locale().toString(
                QDate(event.date.year, event.date.month, 1), self.tr("MMMM yyyy", "a month, as QLocale formats a date")
            )
        return self._format_date(event.date)

    def _format_short(self, day: date, precision: DatePrecision) -> str:
        """A date in few characters, as precise as the text gave it: "12 Jul 2023", "Jul 2023", "2024"."""
        if precision is DatePrecision.YEAR:
            return str(day.year)
        return self.locale().toString(
            QDate(day.year, day.month, day.day),
            self.tr("MMM yyyy", "a short month, as QLocale formats a date")
            if precision is DatePrecision.MONTH
            else self.tr("d MMM yyyy", "a short date, as QLocale formats a date"),
        )

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


class ElidingComboBox(QComboBox):
    """A drop-down whose choice, when too long for it, ends in "…" rather than mid-word; the
    whole text is its tooltip (set by its owner)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self) -> str:
        """The choice as painted."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, room.width() - 2)


def _zone_named(name: str) -> tzinfo | None:
    """The IANA zone called `name`, or None: unknown names, paths and folders are no zones."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
