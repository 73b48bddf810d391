"""Countdown arithmetic: where "now" stands against an event's day, in words and numbers.

Release days are dates, not instants: an event starts at local midnight of its date in
the chosen time zone and lasts that whole day. No Qt here, so every edge (DST, month
ends, leap days) is tested as plain Python.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from gui.story import Event
from gui.wording import count_of, join_words

# What each kind of event is called on its day and after it.
_ON_THE_DAY = {
    "release": "Out today",
    "premiere": "Premiere today",
    "publication": "Published today",
    "shoot": "Shooting today",
    "date": "Today",
}
# A date the text names without saying what happens on it is simply some time ago.
_PAST_VERB = {"release": "Released", "premiere": "Premiered", "publication": "Published", "shoot": "Shot", "date": ""}


@dataclass(frozen=True)
class Before:
    """Time left until the event's day begins; every field is zero or more."""

    days: int
    hours: int
    minutes: int
    seconds: int


@dataclass(frozen=True)
class OnTheDay:
    since_midnight: timedelta


@dataclass(frozen=True)
class After:
    """Calendar time since the event's day (years, months, days) and exact time since it began."""

    years: int
    months: int
    days: int
    elapsed: timedelta


Standing = Before | OnTheDay | After


def day_start(day: date, zone: tzinfo) -> datetime:
    """Local midnight that begins `day` in `zone`, as an aware datetime."""
    return datetime.combine(day, time(0), tzinfo=zone)


def standing(event_day: date, now: datetime, zone: tzinfo) -> Standing:
    """Where `now` stands against `event_day`, counted in `zone`."""
    # Subtract in UTC: Python subtracts two datetimes sharing one tzinfo as wall-clock
    # times, which would be an hour off across a DST change.
    start = day_start(event_day, zone).astimezone(UTC)
    now_utc = now.astimezone(UTC)
    if now_utc < start:
        whole_seconds = int((start - now_utc).total_seconds() + 0.999999)
        days, rest = divmod(whole_seconds, 86_400)
        hours, rest = divmod(rest, 3_600)
        minutes, seconds = divmod(rest, 60)
        return Before(days, hours, minutes, seconds)
    local_today = now.astimezone(zone).date()
    if local_today == event_day:
        return OnTheDay(now_utc - start)
    years, months, days = calendar_difference(event_day, local_today)
    return After(years, months, days, now_utc - start)


def calendar_difference(earlier: date, later: date) -> tuple[int, int, int]:
    """Whole years, months and days from `earlier` to `later`, as a person counts them.

    Adding months clamps to the month's end (31 January + 1 month = 28 February), so
    31 January → 1 March is "1 month and 1 day".
    """
    if later < earlier:
        raise ValueError("calendar_difference counts forward only")
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    anchor = add_months(earlier, months)
    if anchor > later:
        months -= 1
        anchor = add_months(earlier, months)
    years, months = divmod(months, 12)
    return years, months, (later - anchor).days


def add_months(day: date, months: int) -> date:
    year, month_index = divmod(day.year * 12 + day.month - 1 + months, 12)
    month = month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def headline(event: Event, state: Standing) -> str:
    """The sentence a person reads first: "Released 3 years, 4 months and 12 days ago"."""
    if isinstance(state, Before):
        return f"{count_of(state.days, 'day')} to go"
    if isinstance(state, OnTheDay):
        return _ON_THE_DAY[event.kind]
    parts = [count_of(n, unit) for n, unit in ((state.years, "year"), (state.months, "month"), (state.days, "day")) if n]
    ago = f"{join_words(parts)} ago"
    verb = _PAST_VERB[event.kind]
    return f"{verb} {ago}" if verb else ago[:1].upper() + ago[1:]


def clock_text(state: Standing) -> str:
    """The live clock: time left before the day, time since it began on and after it."""
    if isinstance(state, Before):
        return f"{count_of(state.days, 'day')}, {state.hours:02}:{state.minutes:02}:{state.seconds:02}"
    since = state.since_midnight if isinstance(state, OnTheDay) else state.elapsed
    days, rest = divmod(int(since.total_seconds()), 86_400)
    hours, rest = divmod(rest, 3_600)
    minutes, seconds = divmod(rest, 60)
    return f"{count_of(days, 'day')}, {hours:02}:{minutes:02}:{seconds:02}"
