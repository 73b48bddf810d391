"""Long use in one process: a million seconds of countdown and ten thousand search keystrokes
leave Python's memory where it was.

These are the slowest tests of the suite (about a minute together); `-m "not soak"` skips
them while iterating.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from tests.conftest import OSLO
from tests.helpers import FakeClock

GROWTH_LIMIT = 1024 * 1024
WARM_UP = 1_024  # a whole number of 16-keystroke typing rounds

# Slow by design: more time than the suite's per-test limit, which is for tests that hang.
pytestmark = [pytest.mark.soak, pytest.mark.timeout(1200)]


def _growth(work: Callable[[int], None], times: int) -> int:
    """Bytes of Python memory still held after calling `work(i)` for i in range(times)."""
    for i in range(WARM_UP):  # caches, interned strings and Qt's first layouts are not growth
        work(i)
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        for i in range(times):
            work(i)
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - start
    finally:
        tracemalloc.stop()


def test_a_million_ticks(window: MainWindow, clock: FakeClock) -> None:
    # From before the release, across its day and on past it: all three kinds of count.
    clock.set(datetime(2023, 7, 2, tzinfo=OSLO))
    window.show_tab("countdown")
    view = window.countdown_view
    second = timedelta(seconds=1)

    def tick(_: int) -> None:
        clock.advance(second)
        view.ticker.fire()

    growth = _growth(tick, 1_000_000)
    assert clock.now() > datetime(2023, 7, 13, tzinfo=OSLO)
    assert view.headline_label.text() == "Released 1 day ago"
    assert growth < GROWTH_LIMIT


def test_ten_thousand_search_keystrokes(qtbot, window: MainWindow) -> None:
    window.show_tab("quotes")
    search = window.quotes_view.search_box
    search.setFocus()
    word = "audience"

    def keystroke(i: int) -> None:
        # Type the word, then delete it letter by letter: 16 keystrokes a round.
        step = i % (2 * len(word))
        if step < len(word):
            qtbot.keyClick(search, word[step])
        else:
            qtbot.keyClick(search, Qt.Key.Key_Backspace)

    growth = _growth(keystroke, 10_000)
    assert search.text() == ""
    assert window.quotes_view.count_label.text() == "8 of 8 quotes"
    assert growth < GROWTH_LIMIT
