"""Shared test helpers: a clock that moves only when told to, the seed's quotes, a long story,
a page's status line and its quote selection, opening files as a person does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QItemSelectionModel, QTimer, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

import gui.views.open_dialog
from gui.main_window import MainWindow
from gui.story import Quote, Story
from gui.views.quotes.quotes_view import QuotesView

# The article's eight quotes as the foundation issue lists them: (shown text, speaker).
SEED_QUOTES = [
    ("the biggest stunt in cinema history.", "The film's team"),
    ("I've wanted to do it since I was a little kid.", "Tom Cruise"),
    ("It all comes down to one thing: The audience.", "Tom Cruise"),
    ("a master plan", "Christopher McQuarrie"),
    ("even two years ago, the cameras didn't exist", "Christopher McQuarrie"),
    ("How do we involve the audience? I just want to give them that thrill.", "Tom Cruise"),
    ("Pretty much the biggest stunt in cinema history.", "John DeVore"),
    ("Tom Cruise just rode a motorcycle off a cliff six times today.", "John DeVore"),
]


class FakeClock:
    """A clock that moves only when a test moves it."""

    def __init__(self, start: datetime) -> None:
        assert start.tzinfo is not None, "a fake clock's time must be timezone-aware"
        self._now = start

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        assert moment.tzinfo is not None, "a fake clock's time must be timezone-aware"
        self._now = moment

    def advance(self, delta: timedelta) -> None:
        self._now += delta


class StatusLine:
    """What a page tested alone last said for the status bar, which the window would show."""

    def __init__(self, status_message: SignalInstance) -> None:
        self.message = ""
        status_message.connect(self._show)

    def _show(self, text: str) -> None:
        self.message = text


def select_rows(view: QuotesView, *rows: int) -> None:
    """Select exactly these rows of the Quotes list, as shown (after its filter)."""
    selection = view.list_view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select)


MAIN = Path(__file__).parent.parent / "main.py"


def run_reckoning(*args: str, tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the command line as a person would, in a process of its own, offscreen.

    A private settings folder keeps the run from reading or writing the user's settings:
    `tmp_path / "config" / "Reckoning" / "Reckoning.conf"` is the file it uses.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False)


def rewrite_story(folder: Path, **changes: object) -> Path:
    """Change top-level fields of the second story copied into `folder`; its path."""
    path = folder / "second_story.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(changes)
    path.write_text(json.dumps(meta), encoding="utf-8")
    return path


def open_through_the_menu(window: MainWindow, path: Path | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """File › Open…, choosing `path` in the file dialog, or cancelling it for None."""
    chosen = "" if path is None else str(path)
    monkeypatch.setattr(gui.views.open_dialog, "ask_for_article", lambda *args, **kwargs: chosen)
    trigger_menu_action(window, "&Open…")
    wait_for_loader(window)


def wait_for_loader(window: MainWindow, timeout_ms: int = 20_000) -> None:
    """Wait until the window's background story loader has delivered (or there was nothing to load)."""
    loader = window.loader
    if not loader.busy:
        return
    loop = QEventLoop()
    loader.finished.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    loader.finished.disconnect(loop.quit)
    assert not loader.busy, f"the story did not load within {timeout_ms} ms"


def open_and_wait(window: MainWindow, path: Path) -> bool:
    """Open `path` as File › Open does, wait for it; whether the window now shows a new story."""
    before = window.model.story
    window.open_story(path)
    wait_for_loader(window)
    return window.model.story is not before


def trigger_menu_action(window: QMainWindow, text: str) -> None:
    next(action for action in window.findChildren(QAction) if action.text() == text).trigger()


def long_story(seed: Story, paragraphs: int) -> Story:
    """The seed story grown to `paragraphs` paragraphs, each one quote of the seed's speakers."""
    speakers = [quote.speaker for quote in seed.quotes]
    texts = [f"Line {number} of a very long interview about the jump" for number in range(paragraphs)]
    return replace(
        seed,
        paragraphs=tuple(f"“{text}” said {speakers[n % len(speakers)].name}." for n, text in enumerate(texts)),
        image=None,
        quotes=tuple(Quote(text, speakers[n % len(speakers)], n, 1, 1 + len(text)) for n, text in enumerate(texts)),
    )
