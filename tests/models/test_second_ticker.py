"""The ticker lands just after each wall-clock second, and only while running."""

from __future__ import annotations

import gc
from datetime import UTC, datetime

from gui.models.clock import SystemClock
from gui.models.second_ticker import SecondTicker
from tests.helpers import FakeClock


def test_ticks_land_within_50_ms_after_the_second(qtbot) -> None:
    clock = SystemClock()
    ticker = SecondTicker(clock)
    landed: list[int] = []
    ticker.ticked.connect(lambda: landed.append(clock.now().microsecond))
    # A full cycle collection of this test process (every test's objects) can take tens of
    # milliseconds: that would time the test process, not the ticker.
    gc.disable()
    try:
        ticker.start()
        qtbot.waitUntil(lambda: len(landed) >= 5, timeout=7000)
        ticker.stop()
    finally:
        gc.enable()
    assert all(microsecond < 50_000 for microsecond in landed), landed


def test_firing_by_hand_does_not_start_a_stopped_ticker(qtbot) -> None:
    ticker = SecondTicker(FakeClock(datetime(2023, 7, 11, tzinfo=UTC)))
    with qtbot.waitSignal(ticker.ticked, timeout=100):
        ticker.fire()
    assert not ticker.is_running()
