"""The Countdown page on a fake clock: before, exactly at, and after the release moment.

The page is built alone on the model, as the window builds it when its tab is first shown;
what needs the window (the status bar's word when zero is crossed, minimising) is tested in tests/app.
"""

from __future__ import annotations

import logging
import sys
import zoneinfo
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QPalette

from gui.models.clock import ShiftedClock
from gui.models.story_model import StoryModel
from gui.story import Event, EventKind
from gui.views.countdown.countdown_view import MAX_PLANS_SHOWN, ZONE_KEY, CountdownView
from gui.views.countdown.timeline import DOT_RADIUS, Timeline
from tests.conftest import OSLO
from tests.helpers import FakeClock, StatusLine

OpenCountdown = Callable[[], CountdownView]


@pytest.fixture
def open_countdown(qtbot, model: StoryModel, clock: FakeClock, settings: QSettings) -> OpenCountdown:
    """Make the Countdown page alone on the model, the clock in Oslo and the settings, and show it.

    Made when called, as the window makes it when the tab is first shown: a test that sets the
    clock first has the page start from that moment.
    """

    def open_page() -> CountdownView:
        page = CountdownView(model, clock, OSLO, "Europe/Oslo", settings)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        return page

    return open_page


def _countdown(view: CountdownView) -> tuple[str, str, str]:
    return view.headline_label.text(), view.clock_label.text(), view.clock_caption.text()


def test_before_the_release(open_countdown: OpenCountdown, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 1, 12, 0, tzinfo=OSLO))
    view = open_countdown()
    assert _countdown(view) == ("In 11 days", "10 days 12 h 00 min 00 s", "left until the day begins, at midnight in Oslo, Norway")


def test_the_tick_flips_to_out_today_at_midnight(open_countdown: OpenCountdown, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 11, 23, 59, 59, tzinfo=OSLO))
    view = open_countdown()
    assert _countdown(view)[:2] == ("Tomorrow", "0 h 00 min 01 s")
    clock.advance(timedelta(seconds=1))
    view.ticker.fire()
    assert _countdown(view) == ("Out today", "0 h 00 min 00 s", "since the day began, at midnight in Oslo, Norway")


def test_after_the_release_counts_up(open_countdown: OpenCountdown, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 24, 12, 0, 5, tzinfo=OSLO))
    view = open_countdown()
    # 13 hours, not 12, have passed since midnight: the summer day began at UTC+2, today is UTC+1.
    assert _countdown(view)[:2] == ("Released 3 years, 4 months and 12 days ago", "1,231 days 13 h 00 min 05 s")


def test_the_live_clock_ticks_each_second(qtbot, open_countdown: OpenCountdown) -> None:
    view = open_countdown()
    ticker = view.ticker
    assert ticker.is_running()
    with qtbot.waitSignal(ticker.ticked, timeout=1500):
        pass


def test_a_hidden_tab_does_not_tick(open_countdown: OpenCountdown) -> None:
    view = open_countdown()
    view.hide()  # as another tab hides it
    assert not view.ticker.is_running()


def test_the_sequel_shows_the_superseded_date(open_countdown: OpenCountdown, clock: FakeClock) -> None:
    view = open_countdown()
    view.event_box.setCurrentIndex(view.event_box.findData("sequel"))
    assert view.title_label.text() == "Mission: Impossible – The Final Reckoning in US theaters"
    assert view.history_label.text() == "The article said “2024”.\nPlanned for Friday, 28 June 2024, superseded."
    assert view.date_label.text() == "Friday, 23 May 2025, counted from local midnight (Europe/Oslo)"
    assert view.headline_label.text() == "Released 1 year, 6 months and 1 day ago"


def test_switching_to_a_past_event_is_not_a_crossing(qtbot, open_countdown: OpenCountdown, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 1, tzinfo=OSLO))
    view = open_countdown()
    with qtbot.assertNotEmitted(view.reached):
        view.event_box.setCurrentIndex(view.event_box.findData("published"))
    assert view.headline_label.text() == "Published 6 months and 12 days ago"


def test_clock_jumping_back_and_forward_a_day(qtbot, open_countdown: OpenCountdown, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 12, 0, 30, tzinfo=OSLO))
    view = open_countdown()
    assert view.headline_label.text() == "Out today"
    clock.advance(timedelta(days=-1))
    view.ticker.fire()
    assert _countdown(view)[:2] == ("Tomorrow", "23 h 30 min 00 s")
    clock.advance(timedelta(days=2))
    with qtbot.waitSignal(view.reached):
        view.ticker.fire()
    assert view.headline_label.text() == "Released 1 day ago"


def test_dst_change_day_in_the_view(open_countdown: OpenCountdown, clock: FakeClock) -> None:
    # Europe/Oslo skips 02:00–03:00 on 2023-03-26: from 01:59:59 to 03:00:00 is one second.
    clock.set(datetime(2023, 3, 26, 1, 59, 59, tzinfo=OSLO))
    view = open_countdown()
    before_jump = view.clock_label.text()
    clock.set(datetime(2023, 3, 26, 3, 0, 0, tzinfo=OSLO))
    view.ticker.fire()
    assert (before_jump, view.clock_label.text()) == ("107 days 21 h 00 min 01 s", "107 days 21 h 00 min 00 s")


def test_dates_far_before_1970_and_after_2100(open_countdown: OpenCountdown, clock: FakeClock) -> None:
    view = open_countdown()
    clock.set(datetime(1969, 7, 20, 20, 17, tzinfo=OSLO))
    view.ticker.fire()
    assert view.headline_label.text() == "In 19,715 days"
    clock.set(datetime(2101, 1, 1, tzinfo=OSLO))
    view.ticker.fire()
    assert view.headline_label.text() == "Released 77 years, 5 months and 20 days ago"


def test_the_timeline_shows_the_events_in_order_with_now_among_them(
    open_countdown: OpenCountdown, model: StoryModel, clock: FakeClock
) -> None:
    clock.set(datetime(2023, 7, 1, 12, 0, tzinfo=OSLO))
    view = open_countdown()
    timeline = view.timeline
    names = ["now" if mark.event is None else mark.event.id for mark in timeline.marks()]
    assert names == ["stunt", "published", "premiere", "now", "us-release", "sequel"]
    assert timeline.accessibleDescription().startswith(f"{model.events[0].title}, 6 Sept 2020; Entertainment Weekly publishes")
    assert "; now; Mission: Impossible – Dead Reckoning Part One in US theaters, 12 Jul 2023;" in timeline.accessibleDescription()
    # On the day, now stands at the release; the next day's tick moves it along.
    clock.set(datetime(2023, 7, 12, 9, 0, tzinfo=OSLO))
    view.ticker.fire()
    names = ["now" if mark.event is None else mark.event.id for mark in timeline.marks()]
    assert names == ["stunt", "published", "premiere", "us-release", "now", "sequel"]


def test_each_mark_of_the_timeline_names_itself_whole(open_countdown: OpenCountdown) -> None:
    view = open_countdown()
    timeline = view.timeline
    first, last = timeline.mark_at(0), timeline.mark_at(timeline.width())
    assert first is not None
    assert first.event is not None
    assert first.event.id == "stunt"
    assert last is not None
    assert last.event is None  # now, in 2026, after the sequel


def test_the_timeline_draws_every_mark(qtbot, open_countdown: OpenCountdown, clock: FakeClock) -> None:
    view = open_countdown()
    timeline = view.timeline
    image = timeline.grab().toImage()
    accent = timeline.palette().color(QPalette.ColorRole.Highlight)
    middle = image.height() // 2
    row = [image.pixelColor(x, middle) for x in range(image.width())]
    # The chosen event (a filled dot) and now (a bar across the line) are in the accent colour.
    assert sum(1 for colour in row if colour == accent) >= 2 * DOT_RADIUS


def test_the_chosen_zone_is_named_and_remembered(qtbot, open_countdown: OpenCountdown, model, clock: FakeClock, settings) -> None:
    clock.set(datetime(2023, 7, 12, 0, 30, tzinfo=OSLO))
    view = open_countdown()
    view.zone_box.set_zone_name("America/New_York")
    assert _countdown(view) == ("Tomorrow", "5 h 30 min 00 s", "left until the day begins, at midnight in New York, United States")
    again = CountdownView(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(again)
    assert again.zone_name == "America/New_York"


def test_the_zone_list_is_read_only_when_opened(qtbot, open_countdown: OpenCountdown) -> None:
    view = open_countdown()
    zone_box = view.zone_box
    assert zone_box.count() == 1
    zone_box.showPopup()
    assert zone_box.count() > 300
    assert zone_box.findData("Europe/Oslo") > 0
    zone_box.hidePopup()


def test_export_event_writes_ics(open_countdown: OpenCountdown, tmp_path: Path) -> None:
    view = open_countdown()
    status = StatusLine(view.statusMessage)
    out = tmp_path / "release.ics"
    assert view.export_event(out)
    assert b"DTSTART;VALUE=DATE:20230712\r\n" in out.read_bytes()
    assert status.message == "Exported “Mission: Impossible – Dead Reckoning Part One in US theaters” to release.ics"


def test_export_event_write_error_is_shown(open_countdown: OpenCountdown, tmp_path: Path) -> None:
    view = open_countdown()
    target = tmp_path / "missing" / "release.ics"
    assert not view.export_event(target)
    assert view.message_box is not None
    assert view.message_box.text() == f"{target} could not be written: No such file or directory."


def test_a_moment_before_year_1_here_counts_from_the_calendars_first(qtbot, model, settings) -> None:
    # 0001-01-01T00:00+14:00 is still year 0 in UTC.
    clock = FakeClock(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))))
    view = CountdownView(model, clock, UTC, "UTC", settings)
    qtbot.addWidget(view)
    view.show()
    assert view.headline_label.text() == f"In {(date(2023, 7, 12) - date(1, 1, 1)).days:,} days"
    assert view.clock_caption.text() == "Now is before 1 January of year 1 in UTC, where the calendar begins: the count starts there"
    assert view.timeline.marks()[0].event is None  # now, before every event


def test_the_last_evening_of_9999_in_new_york(qtbot, model, settings) -> None:
    new_york = ZoneInfo("America/New_York")
    view = CountdownView(model, FakeClock(datetime(9999, 12, 31, 20, 0, tzinfo=new_york)), new_york, "America/New_York", settings)
    qtbot.addWidget(view)
    view.show()
    assert view.headline_label.text() == "Released 7,976 years, 5 months and 19 days ago"
    assert view.clock_caption.text() == "since the day began, at midnight in New York, United States"
    assert view.timeline.marks()[-1].event is None  # now, after every event


def test_running_past_the_end_of_9999_stops_the_clock_and_says_so(qtbot, model, settings) -> None:
    seconds = [0.0]
    # Counted in Oslo, the last seconds of 9999 in UTC are already past the calendar's end.
    view = CountdownView(
        model, ShiftedClock(datetime(9999, 12, 31, 23, 59, 58, tzinfo=UTC), lambda: seconds[0]), OSLO, "Europe/Oslo", settings
    )
    qtbot.addWidget(view)
    view.show()
    shown = []
    for _ in range(4):
        seconds[0] += 1
        view.ticker.fire()
        shown.append(view.clock_label.text())
    assert view.ticker.is_running()
    assert len(set(shown)) == 1  # stopped at the edge, not counting on into year 10000
    assert view.clock_caption.text() == "The calendar ends with 31 December 9999 in Oslo, Norway: the count stops there"
    assert view.headline_label.text() == "Released 7,976 years, 5 months and 19 days ago"


def test_a_clock_stopped_at_the_end_of_9999_says_so_in_utc_too(qtbot, model, settings) -> None:
    seconds = [0.0]
    clock = ShiftedClock(datetime(9999, 12, 31, 23, 59, 58, tzinfo=UTC), lambda: seconds[0])
    view = CountdownView(model, clock, UTC, "UTC", settings)
    qtbot.addWidget(view)
    view.show()
    assert view.clock_caption.text() == "since the day began, at midnight in UTC"
    for _ in range(3):
        seconds[0] += 1
        view.ticker.fire()
    assert view.clock_label.text() == "2,913,346 days 23 h 59 min 59 s"
    assert view.clock_caption.text() == "The calendar ends with 31 December 9999 in UTC: the count stops there"


def test_an_event_on_1_january_of_year_1_in_tokyo(qtbot, seed_story, settings) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    old = Event("old", EventKind.DATE, "The first day", date(1, 1, 1))
    story = replace(seed_story, events=(old,), countdown_event_id="old")
    view = CountdownView(StoryModel(story), FakeClock(datetime(2026, 11, 24, 12, 0, tzinfo=tokyo)), tokyo, "Asia/Tokyo", settings)
    qtbot.addWidget(view)
    view.show()
    assert view.headline_label.text() == "2,025 years, 10 months and 23 days ago"
    assert view.date_label.text() == "Monday, 1 January 0001, counted from local midnight (Asia/Tokyo)"


def test_a_hundred_thousand_superseded_plans_are_counted_not_listed(qtbot, seed_story, clock, settings) -> None:
    first = date(1800, 1, 1)
    plans = tuple(first + timedelta(days=n) for n in range(100_000))
    event = replace(seed_story.events[0], planned=plans)
    story = replace(seed_story, events=(event,), countdown_event_id=event.id)
    view = CountdownView(StoryModel(story), clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(view)
    view.show()
    lines = view.history_label.text().splitlines()
    assert lines[0] == "99,990 earlier plans superseded."
    assert len(lines) == 1 + MAX_PLANS_SHOWN
    last = QDate(plans[-1].year, plans[-1].month, plans[-1].day)
    assert lines[-1] == f"Planned for {QLocale().toString(last, QLocale.FormatType.LongFormat)}, superseded."


@pytest.mark.parametrize(
    ("stored", "reason"),
    [
        ("Europe/" + "x" * 100_000, "longer than 256 characters"),
        (["Europe/Oslo", "UTC"], "not text"),
        ("America", "no such time zone"),
        ("../../etc/passwd", "no such time zone"),
        ("Mars/Olympus_Mons", "no such time zone"),
        ("right/UTC", "no such time zone"),
        ("localtime", "no such time zone"),
    ],
    ids=["100,000 characters", "a list", "a folder of zones", "a path", "unknown", "leap seconds", "the system's file"],
)
def test_a_stored_zone_that_is_no_zone_is_the_systems(qtbot, model, clock, settings, caplog, stored: object, reason: str) -> None:
    settings.setValue(ZONE_KEY, stored)
    with caplog.at_level(logging.WARNING):
        view = CountdownView(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(view)
    assert (view.zone_name, view.zone_box.zone_name()) == ("Europe/Oslo", "")
    assert len(caplog.messages) == 1
    assert caplog.messages[0].startswith(f"ignoring the setting {ZONE_KEY} = ")
    assert reason in caplog.messages[0]
    assert len(caplog.messages[0]) < 300


def test_a_stored_zone_of_the_posix_folder_is_its_zone(qtbot, model, clock, settings, caplog) -> None:
    settings.setValue(ZONE_KEY, "posix/Europe/Berlin")
    with caplog.at_level(logging.WARNING):
        view = CountdownView(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(view)
    assert (view.zone_name, view.zone_box.zone_name()) == ("Europe/Berlin", "Europe/Berlin")
    assert not caplog.messages


def test_a_posix_offset_zone_is_named_by_its_true_offset(qtbot, model, clock, settings) -> None:
    # Etc/GMT+12 is twelve hours behind UTC: POSIX turns the sign round.
    settings.setValue(ZONE_KEY, "Etc/GMT+12")
    view = CountdownView(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.zone_box.currentText() == "UTC-12:00"
    assert view.clock_caption.text().endswith("at midnight in UTC-12:00")


def test_a_long_event_ends_in_an_ellipsis_and_the_tooltip_has_it_whole(qtbot, open_countdown: OpenCountdown) -> None:
    view = open_countdown()
    box = view.event_box
    box.setFixedWidth(160)
    whole = box.currentText()
    shown = box.shown_text()
    assert shown.endswith("…")
    assert whole.startswith(shown[:-1])
    assert box.toolTip() == whole


def test_a_zone_typed_that_is_none_is_said(qtbot, open_countdown: OpenCountdown) -> None:
    view = open_countdown()
    zone_box = view.zone_box
    zone_box.setFocus()
    line_edit = zone_box.lineEdit()
    assert line_edit is not None
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "Atlantis")
    with qtbot.waitSignal(view.statusMessage) as said:
        qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert said.args == ["No time zone is called “Atlantis”; still counting in Oslo, Norway"]
    assert zone_box.currentText() == "Atlantis"  # kept for correcting
    assert zone_box.zone_name() == ""


def test_exporting_an_event_on_the_last_day_of_9999(qtbot, seed_story, settings, tmp_path: Path) -> None:
    new_york = ZoneInfo("America/New_York")
    last = replace(seed_story.events[0], date=date(9999, 12, 31))
    story = replace(seed_story, events=(last,), countdown_event_id=last.id)
    clock = FakeClock(datetime(9999, 12, 31, 20, 0, tzinfo=new_york))
    view = CountdownView(StoryModel(story), clock, new_york, "America/New_York", settings)
    qtbot.addWidget(view)
    out = tmp_path / "last.ics"
    assert view.export_event(out)
    text = out.read_bytes()
    assert b"DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n" in text
    assert b"DTSTAMP:99991231T235959Z\r\n" in text


@pytest.mark.qt_no_exception_capture
def test_a_zone_database_that_cannot_be_listed_is_reported(qtbot, open_countdown: OpenCountdown, monkeypatch) -> None:
    view = open_countdown()
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: reported.append(error))

    def unreadable() -> set[str]:
        raise PermissionError(13, "Permission denied", "/usr/share/zoneinfo")

    monkeypatch.setattr(zoneinfo, "available_timezones", unreadable)
    zone_box = view.zone_box
    zone_box.set_zone_name("America/New_York")
    zone_box.showPopup()
    zone_box.hidePopup()
    assert [type(error) for error in reported] == [PermissionError]
    assert zone_box.zone_name() == "America/New_York"


@pytest.mark.parametrize("count", [0, 1, 2, 5_000])
def test_the_timeline_draws_any_number_of_events(qtbot, release: Event, count: int) -> None:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, timeline.sizeHint().height())
    events = [replace(release, id=f"e{n}", date=date(1, 1, 1) + timedelta(days=n)) for n in range(count)]
    timeline.set_events(events, "e0", date.max, {date.max: "31 Dec 9999"})
    assert not timeline.grab().isNull()
    assert len(timeline.marks()) == count + 1
    assert timeline.marks()[-1].event is None
