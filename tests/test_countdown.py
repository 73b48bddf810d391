"""Countdown arithmetic before, on and after an event's day, across DST and month ends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from gui import countdown
from gui.countdown import After, Before, OnTheDay, calendar_difference, standing
from gui.story import Event

OSLO = ZoneInfo("Europe/Oslo")
NEW_YORK = ZoneInfo("America/New_York")
RELEASE = date(2023, 7, 12)


def test_one_second_before_local_midnight() -> None:
    state = standing(RELEASE, datetime(2023, 7, 11, 23, 59, 59, tzinfo=OSLO), OSLO)
    assert state == Before(days=0, hours=0, minutes=0, seconds=1)


def test_exactly_at_local_midnight_is_the_day() -> None:
    assert standing(RELEASE, datetime(2023, 7, 12, 0, 0, tzinfo=OSLO), OSLO) == OnTheDay(timedelta(0))


def test_last_second_of_the_day_is_still_the_day() -> None:
    state = standing(RELEASE, datetime(2023, 7, 12, 23, 59, 59, tzinfo=OSLO), OSLO)
    assert isinstance(state, OnTheDay)


def test_day_after_counts_up() -> None:
    state = standing(RELEASE, datetime(2023, 7, 13, 0, 0, 1, tzinfo=OSLO), OSLO)
    assert state == After(0, 0, 1, timedelta(days=1, seconds=1))


def test_midnight_is_local_to_the_chosen_zone() -> None:
    # 2023-07-12 00:30 in Oslo is still 2023-07-11 in New York.
    moment = datetime(2023, 7, 12, 0, 30, tzinfo=OSLO)
    assert isinstance(standing(RELEASE, moment, OSLO), OnTheDay)
    assert standing(RELEASE, moment, NEW_YORK) == Before(0, 5, 30, 0)


def test_a_moment_given_in_utc_is_read_in_the_zone() -> None:
    moment = datetime(2023, 7, 11, 22, 0, tzinfo=UTC)  # midnight in Oslo (UTC+2)
    assert standing(RELEASE, moment, OSLO) == OnTheDay(timedelta(0))


def test_partial_seconds_round_up_so_zero_shows_only_at_zero() -> None:
    state = standing(RELEASE, datetime(2023, 7, 11, 23, 59, 59, 999_000, tzinfo=OSLO), OSLO)
    assert state == Before(0, 0, 0, 1)


def test_dst_change_day_has_23_hours() -> None:
    # Europe/Oslo springs forward on 2023-03-26: midnight to midnight is 23 hours.
    state = standing(date(2023, 3, 27), datetime(2023, 3, 26, 0, 0, tzinfo=OSLO), OSLO)
    assert state == Before(0, 23, 0, 0)


def test_fall_back_day_has_25_hours() -> None:
    state = standing(date(2023, 10, 30), datetime(2023, 10, 29, 0, 0, tzinfo=OSLO), OSLO)
    assert state == Before(1, 1, 0, 0)


def test_today_on_the_design_notes_example() -> None:
    state = standing(RELEASE, datetime(2026, 11, 24, 12, 0, tzinfo=OSLO), OSLO)
    assert isinstance(state, After)
    assert (state.years, state.months, state.days) == (3, 4, 12)


@pytest.mark.parametrize(
    ("earlier", "later", "expected"),
    [
        (date(2023, 1, 31), date(2023, 3, 1), (0, 1, 1)),
        (date(2023, 1, 31), date(2023, 2, 28), (0, 1, 0)),
        (date(2020, 2, 29), date(2021, 2, 28), (1, 0, 0)),
        (date(2020, 2, 29), date(2024, 2, 29), (4, 0, 0)),
        (date(2023, 7, 12), date(2023, 7, 12), (0, 0, 0)),
        (date(2023, 12, 31), date(2024, 1, 1), (0, 0, 1)),
        (date(2023, 7, 12), date(2026, 11, 24), (3, 4, 12)),
    ],
)
def test_calendar_difference(earlier: date, later: date, expected: tuple[int, int, int]) -> None:
    assert calendar_difference(earlier, later) == expected


def test_calendar_difference_refuses_to_count_backwards() -> None:
    with pytest.raises(ValueError, match="forward only"):
        calendar_difference(date(2024, 1, 2), date(2024, 1, 1))


def test_words(release: Event) -> None:
    assert countdown.headline(release, After(3, 4, 12, timedelta(days=1231))) == "Released 3 years, 4 months and 12 days ago"
    assert countdown.headline(release, After(1, 0, 1, timedelta(days=367))) == "Released 1 year and 1 day ago"
    assert countdown.headline(release, After(0, 0, 1, timedelta(days=1))) == "Released 1 day ago"
    assert countdown.headline(release, OnTheDay(timedelta(hours=3))) == "Out today"
    assert countdown.headline(release, Before(10, 1, 2, 3)) == "10 days to go"


def test_clock_text() -> None:
    assert countdown.clock_text(Before(10, 1, 2, 3)) == "10 days, 01:02:03"
    assert countdown.clock_text(OnTheDay(timedelta(hours=3, seconds=5))) == "0 days, 03:00:05"
    assert countdown.clock_text(After(3, 4, 12, timedelta(days=1231, seconds=61))) == "1,231 days, 00:01:01"
