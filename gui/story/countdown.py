"""Countdown arithmetic: where "now" stands against an event's day, in words and numbers.

Release days are dates, not instants: an event starts at local midnight of its date in
the chosen time zone and lasts that whole day. No Qt here, so every edge (DST, month
ends, leap days) is tested as plain Python.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from .event_kinds import EventKind
from .loader import Event
from .wording import Countdown, fill, join_words


def _on_the_day(kind: EventKind) -> str:
    """What each kind of event is called on its day."""
    if kind is EventKind.RELEASE:
        return Countdown.tr("Out today")
    if kind is EventKind.PREMIERE:
        return Countdown.tr("Premiere today")
    if kind is EventKind.PUBLICATION:
        return Countdown.tr("Published today")
    if kind is EventKind.SHOOT:
        return Countdown.tr("Filming today")
    return Countdown.tr("Today")


def _ago(kind: EventKind, duration: str) -> str:
    """ "Released 3 years ago"; a date the text names without saying what happens on it is simply some time ago."""
    if kind is EventKind.RELEASE:
        return fill(Countdown.tr("Released %1 ago"), duration)
    if kind is EventKind.PREMIERE:
        return fill(Countdown.tr("Premiered %1 ago"), duration)
    if kind is EventKind.PUBLICATION:
        return fill(Countdown.tr("Published %1 ago"), duration)
    if kind is EventKind.SHOOT:
        return fill(Countdown.tr("Filmed %1 ago"), duration)
    return fill(Countdown.tr("%1 ago", "a sentence of its own"), duration)


def _duration_ago(years: int, months: int, days: int) -> str:
    """ "3 years, 4 months and 12 days", worded to stand where "%1" stands in "Released %1 ago"."""
    parts = []
    if years:
        parts.append(Countdown.tr("1 year", "time ago") if years == 1 else Countdown.tr("%Ln years", "time ago", years))
    if months:
        parts.append(Countdown.tr("1 month", "time ago") if months == 1 else Countdown.tr("%Ln months", "time ago", months))
    if days:
        parts.append(Countdown.tr("1 day", "time ago") if days == 1 else Countdown.tr("%Ln days", "time ago", days))
    return join_words(parts)


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

_SECOND = timedelta(seconds=1)


def day_start(day: date, zone: tzinfo) -> datetime:
    """Local midnight that begins `day` in `zone`, as an aware datetime."""
    return datetime.combine(day, time(0), tzinfo=zone)


def elapsed(since: datetime, until: datetime) -> timedelta:
    """The exact time from `since` to `until` (aware datetimes), negative if `until` is earlier.

    Python subtracts two datetimes sharing one tzinfo as wall-clock times, an hour off across
    a DST change; converting to UTC first overflows near year 1 and 9999. The UTC offsets are
    subtracted apart instead, which is exact for every moment Python can hold.
    """
    return (until.replace(tzinfo=None) - since.replace(tzinfo=None)) - (_offset(until) - _offset(since))


def within_calendar(now: datetime, zone: tzinfo) -> datetime:
    """`now` as wall-clock time in `zone`, moved to the first or last moment the calendar has
    there (1 January of year 1, 31 December 9999) when it falls outside them."""
    if _far_from_the_edges(now):
        return now.astimezone(zone)
    last = datetime.max.replace(tzinfo=zone)
    if elapsed(last, now) > timedelta(0):
        return last
    first = datetime.min.replace(tzinfo=zone)
    if elapsed(now, first) > timedelta(0):
        return first
    try:
        return now.astimezone(zone)
    except OverflowError:
        # On the way Python passes through UTC, which may lie past the calendar's end even
        # when the local time does not: step two days inward and back (no zone changes its
        # clocks around New Year of year 1 or 9999).
        step = timedelta(days=2) if now.year < 5000 else timedelta(days=-2)
        return (now + step).astimezone(zone) - step


def standing(event_day: date, now: datetime, zone: tzinfo) -> Standing:
    """Where `now` stands against `event_day`, counted in `zone`.

    A moment past the calendar's ends in `zone` counts as its first or last second there
    (see `within_calendar`), so every moment Python can represent has an answer.
    """
    local = within_calendar(now, zone)
    since = elapsed(day_start(event_day, zone), local)
    if since < timedelta(0):
        whole_seconds = -(since // _SECOND)  # partial seconds round up: zero shows only at zero
        days, rest = divmod(whole_seconds, 86_400)
        hours, rest = divmod(rest, 3_600)
        minutes, seconds = divmod(rest, 60)
        return Before(days, hours, minutes, seconds)
    if local.date() == event_day:
        return OnTheDay(since)
    years, months, days = calendar_difference(event_day, local.date())
    return After(years, months, days, since)


def _far_from_the_edges(now: datetime) -> bool:
    """Whether `now` is more than a day inside the calendar, so no zone can take it past an edge.

    The countdown asks every second; only moments in year 1 or 9999 need the careful way.
    """
    return 1 < now.year < 9999


def calendar_edge(now: datetime, zone: tzinfo) -> str | None:
    """ "start" or "end" when the count stands at an edge of the calendar in `zone`, else None.

    Past the edges `standing` counts to the edge itself; the last second of 9999 counts as
    the end too, since a clock run past it stops there (see `clock.ShiftedClock`).
    """
    if _far_from_the_edges(now):
        return None
    local = within_calendar(now, zone)
    if elapsed(local, now) < timedelta(0):
        return "start"
    if elapsed(local, now) > timedelta(0) or local.replace(tzinfo=None) >= datetime.max.replace(microsecond=0):
        return "end"
    return None


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


def headline(event: Event, state: Standing, today: date) -> str:
    """The sentence a person reads first: "Tomorrow", "In 10 days", "Out today",
    "Released 3 years, 4 months and 12 days ago".

    Before the day it counts calendar days from `today` (the local date where the count is
    kept), as a person does: at 23:59 the day before, the event is tomorrow, not "0 days" away.
    """
    if isinstance(state, Before):
        days = (event.date - today).days
        return Countdown.tr("Tomorrow") if days <= 1 else Countdown.tr("In %Ln days", "", days)
    if isinstance(state, OnTheDay):
        return _on_the_day(event.kind)
    return _ago(event.kind, _duration_ago(state.years, state.months, state.days))


def latest_plans(event: Event, most: int) -> tuple[tuple[date, ...], int]:
    """The latest `most` dates the event's own superseded, oldest first, and how many earlier ones go unnamed.

    A story may list thousands of plans; whatever shows them (a label, a calendar entry)
    names the latest and counts the rest, so its size does not grow with the story's.
    """
    named = event.planned[max(0, len(event.planned) - most) :]
    return named, len(event.planned) - len(named)


def clock_text(state: Standing) -> str:
    """The live figure, with units: "1,232 days 11 h 26 min 03 s" left before the day, or
    since it began on and after it; no "0 days" when less than a day is counted."""
    if isinstance(state, Before):
        days, hours, minutes, seconds = state.days, state.hours, state.minutes, state.seconds
    else:
        since = state.since_midnight if isinstance(state, OnTheDay) else state.elapsed
        days, rest = divmod(since // _SECOND, 86_400)
        hours, rest = divmod(rest, 3_600)
        minutes, seconds = divmod(rest, 60)
    time_of_day = f"{hours} h {minutes:02} min {seconds:02} s"
    if not days:
        return time_of_day
    return fill(Countdown.tr("1 day %1", "the clock") if days == 1 else Countdown.tr("%Ln days %1", "the clock", days), time_of_day)


def _offset(moment: datetime) -> timedelta:
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("the countdown needs timezone-aware moments")
    return offset
