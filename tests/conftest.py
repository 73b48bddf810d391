"""Fixtures shared by every test: the seed story, the one model, a window on a fake clock."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

# Headless by default; the real-window smoke test asks for its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QGuiApplication

from gui.main_window import MainWindow
from gui.models.story_model import StoryModel
from gui.settings import values
from gui.story import Event, Story, load_bundled_story
from tests.helpers import FakeClock

DATA = Path(__file__).parent / "data"
OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture(autouse=True, scope="session")
def _english_locale() -> None:
    # Dates are formatted with QLocale; tests read them in one known language.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def _settings_warnings_anew() -> None:
    # The app names each bad setting once a run; each test is a run of its own.
    values.forget_warnings()


@pytest.fixture(autouse=True, scope="session")
def _empty_clipboard_at_exit(qapp) -> Iterator[None]:
    yield
    # The offscreen platform's clipboard outlives Python; a QMimeData made in Python still
    # on it at exit is destroyed after the interpreter and crashes the process.
    QGuiApplication.clipboard().clear()


@pytest.fixture(scope="session")
def seed_story() -> Story:
    return load_bundled_story()


@pytest.fixture(scope="session")
def release(seed_story: Story) -> Event:
    """The event the seed story counts to: the US release of Dead Reckoning Part One."""
    event = seed_story.countdown_event
    assert event is not None
    return event


@pytest.fixture
def model(seed_story: Story) -> StoryModel:
    return StoryModel(seed_story)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 24, 12, 0, tzinfo=OSLO))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, model: StoryModel, clock: FakeClock, settings: QSettings) -> MainWindow:
    main_window = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture
def command_line_logging() -> Iterator[None]:
    """`cli.main` configures the root logger for a process; the test's is given back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    """A folder holding a copy of the second story, for tests that damage it."""
    shutil.copy(DATA / "second_article.txt", tmp_path)
    shutil.copy(DATA / "second_story.json", tmp_path)
    return tmp_path
