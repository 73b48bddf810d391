"""Clocks the countdown reads "now" from, so tests and `--now` can set any moment."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


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
    do not make a shifted clock jump.
    """

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the start of a shifted clock must be timezone-aware")
        self._start = start
        self._started_at = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._started_at)
