"""Countdown arithmetic before, on and after an event's day, across DST and month ends."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from gui.models.clock import ShiftedClock
from gui.story import Event, EventKind, countdown
from gui.story.countdown import After, Before, OnTheDay, calendar_difference, standing
from gui.story.loader import parse_plain_story

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
    later = date(2026, 11, 24)
    assert countdown.headline(release, After(3, 4, 12, timedelta(days=1231)), later) == "Released 3 years, 4 months and 12 days ago"
    assert countdown.headline(release, After(1, 0, 1, timedelta(days=367)), later) == "Released 1 year and 1 day ago"
    assert countdown.headline(release, After(0, 0, 1, timedelta(days=1)), later) == "Released 1 day ago"
    assert countdown.headline(release, OnTheDay(timedelta(hours=3)), RELEASE) == "Out today"
    assert countdown.headline(replace(release, kind=EventKind.SHOOT), After(6, 0, 0, timedelta(days=2191)), later) == "Filmed 6 years ago"


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2023, 7, 1, 12, 0, tzinfo=OSLO), "In 11 days"),  # 10 days 12 hours, over 11 calendar days
        (datetime(2023, 7, 2, 0, 0, tzinfo=OSLO), "In 10 days"),
        (datetime(2023, 7, 10, 23, 59, 59, tzinfo=OSLO), "In 2 days"),
        (datetime(2023, 7, 11, 0, 0, tzinfo=OSLO), "Tomorrow"),
        (datetime(2023, 7, 11, 23, 59, 56, tzinfo=OSLO), "Tomorrow"),  # never "0 days to go" with time left
        (datetime(2023, 7, 12, 0, 0, tzinfo=OSLO), "Out today"),
        (datetime(2023, 7, 13, 0, 0, tzinfo=OSLO), "Released 1 day ago"),
    ],
)
def test_the_headline_counts_calendar_days_before_the_day(release: Event, now: datetime, expected: str) -> None:
    assert countdown.headline(release, standing(RELEASE, now, OSLO), now.date()) == expected


def test_the_headline_on_a_fall_back_day_counts_the_calendar(release: Event) -> None:
    # 25 hours from midnight on the day Oslo's clocks go back: still tomorrow, not in 2 days.
    now = datetime(2023, 10, 29, 0, 0, tzinfo=OSLO)
    event = replace(release, date=date(2023, 10, 30))
    assert standing(event.date, now, OSLO) == Before(1, 1, 0, 0)
    assert countdown.headline(event, standing(event.date, now, OSLO), now.date()) == "Tomorrow"


def test_clock_text() -> None:
    assert countdown.clock_text(Before(10, 1, 2, 3)) == "10 days 1 h 02 min 03 s"
    assert countdown.clock_text(Before(0, 0, 0, 4)) == "0 h 00 min 04 s"
    assert countdown.clock_text(OnTheDay(timedelta(hours=3, seconds=5))) == "3 h 00 min 05 s"
    assert countdown.clock_text(After(3, 4, 12, timedelta(days=1232, hours=11, minutes=26, seconds=3))) == "1,232 days 11 h 26 min 03 s"
    assert countdown.clock_text(After(0, 0, 1, timedelta(days=1, seconds=61))) == "1 day 0 h 01 min 01 s"


# The calendar's edges: Python holds years 1 to 9999, and a zone's offset can carry a moment
# that exists in one zone past the edge in another.
KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14, the earliest zone
TOKYO = ZoneInfo("Asia/Tokyo")
EDGE_ZONES = [UTC, KIRITIMATI, ZoneInfo("Etc/GMT+12"), NEW_YORK, TOKYO, OSLO]


def test_a_moment_before_year_1_in_utc_counts_from_the_first_moment() -> None:
    # 0001-01-01T00:00+14:00 is 10:00 on 31 December of year 0 in UTC: no date Python has.
    now = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14)))
    assert standing(RELEASE, now, UTC) == Before((RELEASE - date(1, 1, 1)).days, 0, 0, 0)
    assert countdown.calendar_edge(now, UTC) == "start"
    assert countdown.calendar_edge(now, timezone(timedelta(hours=14))) is None
    # Kiritimati kept local mean time then, ten and a half hours behind UTC.
    assert countdown.calendar_edge(now, KIRITIMATI) == "start"


def test_the_last_evening_of_9999_in_new_york_counts_in_new_york() -> None:
    # 20:00 in New York is 01:00 on 1 January 10000 in UTC.
    now = datetime(9999, 12, 31, 20, 0, tzinfo=NEW_YORK)
    state = standing(RELEASE, now, NEW_YORK)
    assert state == After(7976, 5, 19, countdown.elapsed(datetime(2023, 7, 12, tzinfo=NEW_YORK), now))
    assert countdown.calendar_edge(now, NEW_YORK) is None


def test_past_the_end_in_the_zone_counts_to_its_last_moment() -> None:
    now = datetime(9999, 12, 31, 20, 0, tzinfo=NEW_YORK)
    assert countdown.calendar_edge(now, UTC) == "end"
    assert countdown.within_calendar(now, UTC) == datetime.max.replace(tzinfo=UTC)
    assert standing(date(9999, 12, 31), now, UTC) == OnTheDay(timedelta(days=1) - timedelta(microseconds=1))


def test_a_local_time_python_reaches_only_through_an_overflowing_utc() -> None:
    # 17:00 in Los Angeles exists; astimezone would overflow on its way through UTC (10000-01-01).
    now = datetime(9999, 12, 31, 20, 0, tzinfo=NEW_YORK)
    local = countdown.within_calendar(now, ZoneInfo("America/Los_Angeles"))
    assert local.replace(tzinfo=None) == datetime(9999, 12, 31, 17, 0)


def test_an_event_on_the_first_day_of_year_1_in_tokyo() -> None:
    # Local midnight of 0001-01-01 in Tokyo (local mean time, UTC+9:18:59) is before year 1 in UTC.
    state = standing(date(1, 1, 1), datetime(2026, 1, 1, tzinfo=TOKYO), TOKYO)
    assert isinstance(state, After)
    assert (state.years, state.months, state.days) == (2025, 0, 0)
    assert countdown.headline(Event("old", EventKind.DATE, "Old", date(1, 1, 1)), state, date(2026, 1, 1)) == "2,025 years ago"


@pytest.mark.parametrize("zone", EDGE_ZONES, ids=str)
@pytest.mark.parametrize("event_day", [date.min, RELEASE, date.max], ids=str)
@pytest.mark.parametrize(
    "now",
    [
        datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
        datetime.min.replace(tzinfo=UTC),
        datetime.min.replace(tzinfo=KIRITIMATI),
        datetime(2023, 7, 12, tzinfo=OSLO),
        datetime.max.replace(tzinfo=timezone(timedelta(hours=-12))),
        datetime.max.replace(tzinfo=UTC),
        datetime.max.replace(tzinfo=NEW_YORK),
    ],
    ids=lambda moment: moment.isoformat(),
)
def test_every_representable_moment_has_an_answer(now: datetime, event_day: date, zone: ZoneInfo, release: Event) -> None:
    state = standing(event_day, now, zone)
    local = countdown.within_calendar(now, zone)
    assert datetime.min.replace(tzinfo=zone) <= local.replace(tzinfo=zone) <= datetime.max.replace(tzinfo=zone)
    # The count is the time from the day's start to the moment, as clamped to the calendar.
    since = countdown.elapsed(countdown.day_start(event_day, zone), local)
    if isinstance(state, Before):
        assert timedelta(days=state.days, hours=state.hours, minutes=state.minutes, seconds=state.seconds) >= -since
    else:
        assert (state.since_midnight if isinstance(state, OnTheDay) else state.elapsed) == since
    assert countdown.headline(replace(release, date=event_day), state, local.date())
    assert countdown.clock_text(state)


def test_elapsed_is_exact_across_a_dst_change_in_one_zone() -> None:
    # Both in Oslo (one tzinfo): Python's own subtraction would say 24 hours.
    assert countdown.elapsed(datetime(2023, 3, 26, tzinfo=OSLO), datetime(2023, 3, 27, tzinfo=OSLO)) == timedelta(hours=23)


def test_the_last_second_of_9999_is_the_calendars_end() -> None:
    assert countdown.calendar_edge(datetime(9999, 12, 31, 23, 59, 58, 999_999, tzinfo=UTC), UTC) is None
    assert countdown.calendar_edge(datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC), UTC) == "end"


def test_a_shifted_clock_stops_at_the_last_second_of_9999(monkeypatch: pytest.MonkeyPatch) -> None:
    seconds = [100.0]
    shifted = ShiftedClock(datetime(9999, 12, 31, 23, 59, 58, tzinfo=UTC), lambda: seconds[0])
    seconds[0] += 1.5
    assert shifted.now() == datetime(9999, 12, 31, 23, 59, 59, 500_000, tzinfo=UTC)
    seconds[0] += 5
    assert shifted.now() == datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)


def test_the_bundled_storys_events_read_naturally() -> None:
    # Read from the checkout: the installed package may be another copy.
    story = json.loads((Path(__file__).parents[2] / "resources" / "story.json").read_text(encoding="utf-8"))
    titles = {event["id"]: event["title"] for event in story["events"]}
    assert titles["stunt"] == "Filming of the cliff jump"
    assert not any(title.startswith("Shot") or " shot" in title for title in titles.values())


def test_a_date_the_news_mentions_is_not_released() -> None:
    story = parse_plain_story(
        b"Storm Warning\n\nThe National Weather Service warned that another system could arrive on Oct. 14, 2024.\n", "storm.txt"
    )
    event = story.countdown_event
    assert event is not None
    assert (event.kind, event.title) == ("date", "The National Weather Service warned that another system could arrive on Oct. 14, 2024")
    today = date(2026, 11, 25)
    state = standing(event.date, datetime(2026, 11, 25, 12, 0, tzinfo=OSLO), OSLO)
    assert countdown.headline(event, state, today) == "2 years, 1 month and 11 days ago"


@pytest.mark.parametrize(("plans", "most", "named", "unnamed"), [(0, 3, 0, 0), (2, 3, 2, 0), (3, 3, 3, 0), (5, 3, 3, 2), (5, 0, 0, 5)])
def test_the_latest_plans_are_named_and_the_rest_counted(release: Event, plans: int, most: int, named: int, unnamed: int) -> None:
    days = tuple(date(2020, 1, 1) + timedelta(days=n) for n in range(plans))
    listed, rest = countdown.latest_plans(replace(release, planned=days), most)
    assert listed == days[plans - named :]
    assert rest == unnamed
