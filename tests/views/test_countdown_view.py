"""The Countdown tab on a fake clock: before, exactly at, and after the release moment."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from gui.main_window import MainWindow
from gui.views.countdown_view import CountdownView
from tests.conftest import OSLO
from tests.helpers import FakeClock


def _countdown(window: MainWindow) -> tuple[str, str, str]:
    view = window.countdown_view
    return view.headline_label.text(), view.clock_label.text(), view.clock_caption.text()


def test_before_the_release(window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 1, 12, 0, tzinfo=OSLO))
    window.show_tab("countdown")
    assert _countdown(window) == ("10 days to go", "10 days, 12:00:00", "left until local midnight in Europe/Oslo")


def test_the_tick_flips_to_out_today_at_midnight(window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 11, 23, 59, 59, tzinfo=OSLO))
    window.show_tab("countdown")
    assert _countdown(window)[:2] == ("0 days to go", "0 days, 00:00:01")
    clock.advance(timedelta(seconds=1))
    window.countdown_view.ticker.fire()
    assert _countdown(window) == ("Out today", "0 days, 00:00:00", "since local midnight of the day in Europe/Oslo")


def test_after_the_release_counts_up(window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2026, 11, 24, 12, 0, 5, tzinfo=OSLO))
    window.show_tab("countdown")
    # 13 hours, not 12, have passed since midnight: the summer day began at UTC+2, today is UTC+1.
    assert _countdown(window)[:2] == ("Released 3 years, 4 months and 12 days ago", "1,231 days, 13:00:05")


def test_the_live_clock_ticks_each_second(qtbot, window: MainWindow) -> None:
    window.show_tab("countdown")
    ticker = window.countdown_view.ticker
    assert ticker.is_running()
    with qtbot.waitSignal(ticker.ticked, timeout=1500):
        pass


def test_a_hidden_tab_does_not_tick(window: MainWindow) -> None:
    window.show_tab("countdown")
    window.show_tab("article")
    assert not window.countdown_view.ticker.is_running()


def test_the_sequel_shows_the_superseded_date(window: MainWindow, clock: FakeClock) -> None:
    view = window.countdown_view
    view.event_box.setCurrentIndex(view.event_box.findData("sequel"))
    assert view.title_label.text() == "Mission: Impossible – The Final Reckoning in US theaters"
    assert view.history_label.text() == "The article said “2024”.\nPlanned for Friday, 28 June 2024, superseded."
    assert view.date_label.text() == "Friday, 23 May 2025, counted from local midnight (Europe/Oslo)"
    assert view.headline_label.text() == "Released 1 year, 6 months and 1 day ago"


def test_reached_fires_once_when_zero_is_crossed(qtbot, window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 11, 23, 59, 59, tzinfo=OSLO))
    window.show_tab("countdown")
    view = window.countdown_view
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(view.reached) as blocker:
        view.ticker.fire()
    assert blocker.args[0].id == "us-release"
    assert window.statusBar().currentMessage() == "Mission: Impossible – Dead Reckoning Part One in US theaters: Out today"
    clock.advance(timedelta(seconds=1))
    with qtbot.assertNotEmitted(view.reached):
        view.ticker.fire()


def test_switching_to_a_past_event_is_not_a_crossing(qtbot, window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 1, tzinfo=OSLO))
    window.show_tab("countdown")
    view = window.countdown_view
    with qtbot.assertNotEmitted(view.reached):
        view.event_box.setCurrentIndex(view.event_box.findData("published"))
    assert view.headline_label.text() == "Published 6 months and 12 days ago"


def test_clock_jumping_back_and_forward_a_day(qtbot, window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 12, 0, 30, tzinfo=OSLO))
    window.show_tab("countdown")
    view = window.countdown_view
    assert view.headline_label.text() == "Out today"
    clock.advance(timedelta(days=-1))
    view.ticker.fire()
    assert _countdown(window)[:2] == ("0 days to go", "0 days, 23:30:00")
    clock.advance(timedelta(days=2))
    with qtbot.waitSignal(view.reached):
        view.ticker.fire()
    assert view.headline_label.text() == "Released 1 day ago"


def test_dst_change_day_in_the_view(window: MainWindow, clock: FakeClock) -> None:
    # Europe/Oslo skips 02:00–03:00 on 2023-03-26: from 01:59:59 to 03:00:00 is one second.
    clock.set(datetime(2023, 3, 26, 1, 59, 59, tzinfo=OSLO))
    window.show_tab("countdown")
    view = window.countdown_view
    before_jump = view.clock_label.text()
    clock.set(datetime(2023, 3, 26, 3, 0, 0, tzinfo=OSLO))
    view.ticker.fire()
    assert (before_jump, view.clock_label.text()) == ("107 days, 21:00:01", "107 days, 21:00:00")


def test_dates_far_before_1970_and_after_2100(window: MainWindow, clock: FakeClock) -> None:
    window.show_tab("countdown")
    view = window.countdown_view
    clock.set(datetime(1969, 7, 20, 20, 17, tzinfo=OSLO))
    view.ticker.fire()
    assert view.headline_label.text() == "19,714 days to go"
    clock.set(datetime(2101, 1, 1, tzinfo=OSLO))
    view.ticker.fire()
    assert view.headline_label.text() == "Released 77 years, 5 months and 20 days ago"


def test_progress_from_the_article_to_the_release(window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 1, 1, 12, 0, tzinfo=OSLO))
    window.show_tab("countdown")
    progress = window.countdown_view.progress
    assert progress.value() == round(13 / 205 * 1000)
    assert progress.text() == "6% of the way from the article (Monday, 19 December 2022) to Wednesday, 12 July 2023"
    clock.set(datetime(2026, 11, 24, tzinfo=OSLO))
    window.countdown_view.ticker.fire()
    assert progress.value() == progress.maximum()


def test_the_chosen_zone_is_named_and_remembered(qtbot, window: MainWindow, model, clock: FakeClock, settings) -> None:
    clock.set(datetime(2023, 7, 12, 0, 30, tzinfo=OSLO))
    window.show_tab("countdown")
    view = window.countdown_view
    view.zone_box.set_zone_name("America/New_York")
    assert _countdown(window) == ("0 days to go", "0 days, 05:30:00", "left until local midnight in America/New_York")
    again = CountdownView(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(again)
    assert again.zone_name == "America/New_York"


def test_the_zone_list_is_read_only_when_opened(qtbot, window: MainWindow) -> None:
    zone_box = window.countdown_view.zone_box
    assert zone_box.count() == 1
    zone_box.showPopup()
    assert zone_box.count() > 300
    assert zone_box.findData("Europe/Oslo") > 0
    zone_box.hidePopup()


def test_no_ticks_while_minimised_or_hidden(qtbot, window: MainWindow) -> None:
    window.show_tab("countdown")
    ticker = window.countdown_view.ticker
    window.showMinimized()
    qtbot.waitUntil(lambda: not ticker.is_running())
    window.showNormal()
    qtbot.waitUntil(ticker.is_running)
    window.hide()
    assert not ticker.is_running()


def test_export_event_writes_ics(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "release.ics"
    assert window.countdown_view.export_event(out)
    assert b"DTSTART;VALUE=DATE:20230712\r\n" in out.read_bytes()
    assert window.statusBar().currentMessage() == "Exported “Mission: Impossible – Dead Reckoning Part One in US theaters” to release.ics"


def test_export_event_write_error_is_shown(window: MainWindow, tmp_path: Path) -> None:
    view = window.countdown_view
    target = tmp_path / "missing" / "release.ics"
    assert not view.export_event(target)
    assert view.message_box is not None
    assert view.message_box.text() == f"{target} could not be written: No such file or directory."
