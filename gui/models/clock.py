"""Clocks the countdown reads "now" from, so tests and `--now` can set any moment."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


def local_zone() -> tuple[tzinfo, str]:
    """The system's time zone with its IANA name, which Qt finds on every platform."""
    # Imported here: start-up has no zone to look up until the Countdown tab is made.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from PySide6.QtCore import QTimeZone

    zone_id = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    try:
        return ZoneInfo(zone_id), zone_id
    except (ZoneInfoNotFoundError, ValueError):
        fallback = datetime.now().astimezone().tzinfo
        assert fallback is not None
        return fallback, fallback.tzname(None) or "local time"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment as a timezone-aware datetime."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ShiftedClock:
    """Starts at a chosen moment and runs on in real time, as `--now` asks for.

    The monotonic clock measures the time since start, so changes to the system clock
    do not make a shifted clock jump. It stops at the end of year 9999.
    """

    def __init__(self, start: datetime, monotonic: Callable[[], float] = time.monotonic) -> None:
        if start.tzinfo is None:
            raise ValueError("the start of a shifted clock must be timezone-aware")
        self._start = start
        self._monotonic = monotonic
        self._started_at = monotonic()

    def now(self) -> datetime:
        try:
            return self._start + timedelta(seconds=self._monotonic() - self._started_at)
        except OverflowError:
            # Run past 31 December 9999 the clock stops on its last whole second: a stopped
            # clock the countdown can still show, where an exception would stop the app.
            return datetime.max.replace(microsecond=0, tzinfo=self._start.tzinfo)
