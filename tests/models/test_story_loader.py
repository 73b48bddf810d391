"""Opening a story in a reader process: the window goes on, a slow file can be cancelled."""

from __future__ import annotations

import os
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar

from gui.main_window import MainWindow
from gui.models.story_loader import StoryLoader, printable
from gui.story import Story, StoryError
from gui.story.reader_process import read_story, send_story
from tests.conftest import DATA
from tests.helpers import wait_for_loader


def send_after_gate(path: str, pipe: Connection) -> None:
    """A reader held until the test writes to `<path>.gate`, a FIFO: a file on a very slow disk."""
    with open(f"{path}.gate", encoding="utf-8") as gate:
        gate.read()
    send_story(path, pipe)


def die_at_once(path: str, pipe: Connection) -> None:
    """A reader process that dies the way a crash would, sending nothing."""
    os._exit(3)


@pytest.fixture
def gated(tmp_path: Path) -> Path:
    """A copy of the second story whose reading waits for `open_gate`."""
    story = tmp_path / "second_story.json"
    story.write_bytes((DATA / "second_story.json").read_bytes())
    (tmp_path / "second_article.txt").write_bytes((DATA / "second_article.txt").read_bytes())
    os.mkfifo(f"{story}.gate")
    return story


def open_gate(story: Path) -> None:
    # Opening a FIFO for writing waits for its reader, so the reader process has started.
    with open(f"{story}.gate", "w", encoding="utf-8") as gate:
        gate.write("go")


def _busy_bar(window: MainWindow) -> QProgressBar:
    bar = window.statusBar().findChild(QProgressBar)
    assert bar is not None
    return bar


def test_opening_returns_at_once_and_the_story_arrives_later(qtbot, window: MainWindow, gated: Path) -> None:
    window.loader.reader = send_after_gate
    before = window.model.story
    window.open_story(gated)
    assert window.model.story is before, "the current story stays until the new one is ready"
    assert window.loader.busy
    with qtbot.waitSignal(window.model.storyChanged, timeout=10_000):
        open_gate(gated)
    assert window.model.story.headline == "Spring fair returns to the square"
    assert window.statusBar().currentMessage() == "Opened second_story.json"


def test_a_slow_load_shows_progress_and_escape_cancels_it(qtbot, window: MainWindow, gated: Path) -> None:
    window.loader.reader = send_after_gate
    before = window.model.story
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_story(gated)
    qtbot.waitUntil(lambda: _busy_bar(window).isVisible(), timeout=5_000)
    assert "Opening second_story.json…" in [label.text() for label in window.statusBar().findChildren(QLabel)]
    qtbot.waitUntil(lambda: window.loader._process is not None, timeout=10_000)
    process = window.loader._process
    assert process is not None
    # The waiting thread still reports the ended process; what it says is dropped.
    with qtbot.waitSignals([window.loader.finished, window.loader._done], timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not _busy_bar(window).isVisible()
    assert window.statusBar().currentMessage() == "Stopped opening second_story.json; the story you had is still open"
    process.join(10)
    assert not process.is_alive(), "Cancel ends the reader process"
    assert window.model.story is before
    assert window.message_box is None


def test_a_later_open_supersedes_an_earlier_one(qtbot, window: MainWindow, gated: Path, tmp_path: Path) -> None:
    window.loader.reader = send_after_gate
    article = tmp_path / "later.txt"
    article.write_text("Later news\n\n“We are here,” said Ann Lee.\n", encoding="utf-8")
    os.mkfifo(f"{article}.gate")
    window.open_story(gated)
    window.open_story(article)
    open_gate(article)
    wait_for_loader(window)
    assert window.model.story.headline == "Later news"


def test_the_bundled_story_cancels_a_load_in_progress(qtbot, window: MainWindow, gated: Path) -> None:
    window.loader.reader = send_after_gate
    window.open_story(gated)
    window.open_bundled_story()
    assert not window.loader.busy
    assert window.model.story.source == "Entertainment Weekly"


def _assert_refused(window: MainWindow, message: str) -> None:
    """Opening the second story fails with `message` in a warning, and the story shown stays."""
    before = window.model.story
    window.open_story(DATA / "second_story.json")
    wait_for_loader(window)
    assert window.model.story is before
    assert window.message_box is not None
    assert window.message_box.windowTitle() == "Cannot open story"
    assert window.message_box.text() == message
    assert window.message_box.icon() == QMessageBox.Icon.Warning


def test_a_reader_that_dies_is_a_file_that_cannot_be_opened(qtbot, window: MainWindow) -> None:
    window.loader.reader = die_at_once
    _assert_refused(window, "second_story.json could not be read: the reader stopped before it finished.")


def test_an_unexpected_loader_error_is_said_in_one_sentence() -> None:
    def overflowing(path: str) -> Story:
        raise OverflowError("date value out of range")

    refusal = read_story("/tmp/x\n.txt", overflowing)
    assert not isinstance(refusal, Story)
    assert str(StoryError.from_parts(refusal)) == "x\\n.txt could not be read as an article (OverflowError)."


def test_cancel_with_nothing_loading_does_nothing(qtbot) -> None:
    loader = StoryLoader()
    with qtbot.assertNotEmitted(loader.finished):
        loader.cancel()
    assert not loader.busy


def test_a_file_name_with_a_line_break_stays_on_one_line() -> None:
    assert printable("bad\nname\t.txt") == "bad\\nname\\t.txt"


def test_a_reader_that_cannot_start_is_a_file_that_cannot_be_opened(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    import gui.models.story_loader as story_loader

    class Unstartable:
        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def start(self) -> None:
            raise RuntimeError("no process for you")

    context = story_loader._reader_context()
    monkeypatch.setattr(context, "Process", Unstartable)
    _assert_refused(window, "second_story.json could not be opened: RuntimeError.")
