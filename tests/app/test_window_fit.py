"""The window on every screen: its first size, a remembered size that no longer fits, the status
bar, the tab keys as the menu shows them, and where File › Open starts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QStandardPaths
from PySide6.QtGui import QAction, QKeySequence

import gui.views.open_dialog
from gui.main_window import DEFAULT_SIZE, MainWindow, default_geometry, fitted
from gui.views.text_export import start_folder
from tests.conftest import OSLO
from tests.helpers import FakeClock, trigger_menu_action


@pytest.mark.parametrize(
    ("screen", "expected_size"),
    [
        (QRect(0, 0, 1024, 600 - 32), (922, 511)),  # a netbook with a panel: 90 % of what is free
        (QRect(0, 27, 1366, 768 - 27), (1000, 667)),
        (QRect(0, 0, 1920, 1080), (DEFAULT_SIZE[0], 756)),
        (QRect(0, 0, 3840, 2160), (1920, 1512)),  # 4K at 100 %: half its width, not a stamp in a corner
        (QRect(1920, 0, 1280, 1024), DEFAULT_SIZE),  # a second monitor, right of the first
    ],
)
def test_the_first_window_fits_the_screen_and_is_centred_on_it(screen: QRect, expected_size: tuple[int, int]) -> None:
    frame = default_geometry(screen)
    assert (frame.width(), frame.height()) == expected_size
    assert screen.contains(frame)
    assert abs(frame.center().x() - screen.center().x()) <= 1
    assert abs(frame.center().y() - screen.center().y()) <= 1


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        (QRect(100, 50, 1000, 720), QRect(24, 0, 1000, 600)),  # from a taller screen: shorter, moved up
        (QRect(3000, 2000, 800, 500), QRect(224, 100, 800, 500)),  # on a monitor since unplugged
        (QRect(-500, -300, 600, 400), QRect(0, 0, 600, 400)),
        (QRect(10, 20, 600, 400), QRect(10, 20, 600, 400)),  # it fits: left as it was
    ],
)
def test_a_remembered_geometry_is_brought_back_on_the_screen(saved: QRect, expected: QRect) -> None:
    assert fitted(saved, QRect(0, 0, 1024, 600)) == expected


def test_the_window_opens_within_the_screen(qtbot, window: MainWindow) -> None:
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())


def test_a_geometry_saved_on_a_larger_screen_is_fitted_when_restored(qtbot, model, clock: FakeClock, settings: QSettings) -> None:
    first = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    first.setGeometry(QRect(available.topLeft(), available.size() * 2))  # no window manager here to refuse it
    first.close()
    again = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(again)
    assert available.contains(again.geometry())


def test_the_status_bar_is_there_from_the_start_and_keeps_its_height(window: MainWindow) -> None:
    bar = window.statusBar()
    assert bar.isVisible()
    empty, content = bar.height(), window.tabs.height()
    window.statusBar().showMessage("Copied 1 quote with attribution")
    window._reveal_loading()  # the busy indicator and Cancel, shown while a file opens
    layout = window.layout()
    assert layout is not None
    layout.activate()
    assert (bar.height(), window.tabs.height()) == (empty, content)


def test_previous_tab_shows_ctrl_shift_tab(window: MainWindow) -> None:
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Previous tab")
    assert action.shortcut().toString(QKeySequence.SequenceFormat.PortableText) == "Ctrl+Shift+Tab"
    assert QKeySequence.keyBindings(QKeySequence.StandardKey.PreviousChild)[0] in action.shortcuts()


def _locations(monkeypatch: pytest.MonkeyPatch, documents: Path, downloads: Path) -> None:
    where = {
        QStandardPaths.StandardLocation.DocumentsLocation: str(documents),
        QStandardPaths.StandardLocation.DownloadLocation: str(downloads),
    }
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: where.get(location, ""))


def test_file_open_starts_in_documents(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "Documents").mkdir()
    _locations(monkeypatch, tmp_path / "Documents", tmp_path / "Downloads")
    asked: list[str] = []

    def ask_for_article(_parent: object, _title: str, folder: str, _filters: str) -> str:
        asked.append(folder)
        return ""

    monkeypatch.setattr(gui.views.open_dialog, "ask_for_article", ask_for_article)
    trigger_menu_action(window, "&Open…")
    assert asked == [str(tmp_path / "Documents")]


def test_a_missing_documents_folder_means_downloads_then_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _locations(monkeypatch, tmp_path / "Documents", tmp_path / "Downloads")
    assert start_folder() == str(Path.home())
    (tmp_path / "Downloads").mkdir()
    assert start_folder() == str(tmp_path / "Downloads")
