"""The Countdown tab on a fake clock: before, exactly at, and after the release moment."""

from __future__ import annotations

from datetime import datetime, timedelta

from gui.main_window import MainWindow
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
