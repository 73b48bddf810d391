"""Opening a story in the background: the window goes on, a slow file can be cancelled."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar

import gui.story_loader
from gui.main_window import MainWindow
from gui.story import Story, load_story
from gui.story_loader import StoryLoader, printable
from tests.conftest import DATA
from tests.helpers import wait_for_loader


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds every background load until the test opens the gate, like a file on a slow disk."""
    opened = threading.Event()

    def slow_load(path: str | Path) -> Story:
        opened.wait(20)
        return load_story(path)

    monkeypatch.setattr(gui.story_loader, "load_story", slow_load)
    yield opened
    opened.set()


def _busy_bar(window: MainWindow) -> QProgressBar:
    bar = window.statusBar().findChild(QProgressBar)
    assert bar is not None
    return bar


def test_opening_returns_at_once_and_the_story_arrives_later(qtbot, window: MainWindow, gate: threading.Event) -> None:
    before = window.model.story
    window.open_story(DATA / "second_story.json")
    assert window.model.story is before, "the current story stays until the new one is ready"
    with qtbot.waitSignal(window.model.storyChanged, timeout=10_000):
        gate.set()
    assert window.model.story.headline == "Spring fair returns to the square"
    assert window.statusBar().currentMessage() == "Opened second_story.json"


def test_a_slow_load_shows_progress_and_escape_cancels_it(qtbot, window: MainWindow, gate: threading.Event) -> None:
    before = window.model.story
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_story(DATA / "second_story.json")
    qtbot.waitUntil(lambda: _busy_bar(window).isVisible(), timeout=5_000)
    assert "Opening second_story.json…" in [label.text() for label in window.statusBar().findChildren(QLabel)]
    with qtbot.waitSignal(window.loader.finished):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not _busy_bar(window).isVisible()
    # The worker cannot be stopped from outside: it finishes, and what it brings is dropped.
    with qtbot.waitSignal(window.loader._done, timeout=10_000):
        gate.set()
    assert window.model.story is before
    assert window.message_box is None


def test_a_later_open_supersedes_an_earlier_one(qtbot, window: MainWindow, gate: threading.Event, tmp_path: Path) -> None:
    article = tmp_path / "later.txt"
    article.write_text("Later news\n\n“We are here,” said Ann Lee.\n", encoding="utf-8")
    window.open_story(DATA / "second_story.json")
    window.open_story(article)
    gate.set()
    wait_for_loader(window)
    assert window.model.story.headline == "Later news"


def test_an_unexpected_loader_error_is_a_file_that_cannot_be_opened(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: str | Path) -> Story:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(gui.story_loader, "load_story", broken)
    before = window.model.story
    window.open_story(DATA / "second_story.json")
    wait_for_loader(window)
    assert window.model.story is before
    assert window.message_box is not None
    assert window.message_box.windowTitle() == "Cannot open story"
    assert window.message_box.text() == "second_story.json could not be read as an article (OverflowError)."
    assert window.message_box.icon() == QMessageBox.Icon.Warning


def test_cancel_with_nothing_loading_does_nothing(qtbot) -> None:
    loader = StoryLoader()
    with qtbot.assertNotEmitted(loader.finished):
        loader.cancel()
    assert not loader.busy


def test_a_file_name_with_a_line_break_stays_on_one_line() -> None:
    assert printable("bad\nname\t.txt") == "bad\\nname\\t.txt"
