"""Damaged, nonsensical or unwritable settings: the app starts on defaults and says so in the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from gui.main_window import MainWindow
from gui.page_theme import PageTheme
from gui.quote_formats import CopyFormat
from gui.settings_health import readable_settings, save_settings
from gui.zoom import DEFAULT_ZOOM
from tests.conftest import OSLO
from tests.helpers import FakeClock

MAIN = Path(__file__).parent.parent / "main.py"
DAMAGED = b"\x00\xff[article\nzoom=\x01\x02\n[[[\n=\n\xfe"


def test_a_damaged_file_is_kept_aside_and_defaults_used(tmp_path: Path, caplog) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(DAMAGED)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert settings.status() == QSettings.Status.FormatError

    with caplog.at_level(logging.WARNING, logger="gui.settings_health"):
        settings = readable_settings(settings)

    assert caplog.messages == [f"the settings in {path} are damaged; starting with defaults (the damaged file is kept as {path}.damaged)"]
    assert (tmp_path / "settings.ini.damaged").read_bytes() == DAMAGED
    assert settings.allKeys() == []
    assert settings.fileName() == str(path)
    settings.setValue("article/zoom", 150)
    assert save_settings(settings)
    assert QSettings(str(path), QSettings.Format.IniFormat).value("article/zoom") == 150


def test_nonsense_values_fall_back_to_defaults(qtbot, model, clock: FakeClock, settings: QSettings) -> None:
    for key, value in {
        "article/zoom": "banana",
        "article/theme": "purple",
        "window/tab": "nowhere",
        "window/geometry": "not a geometry",
        "window/state": 42,
        "countdown/zone": "Mars/Olympus_Mons",
        "quotes/copy_format": "???",
        "quotes/favourites": "[1, 2",
    }.items():
        settings.setValue(key, value)
    window = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(window)
    window.show()
    assert (window.article_view.zoom, window.article_view.page_theme) == (DEFAULT_ZOOM, PageTheme.SYSTEM)
    assert window.current_tab_name() == "article"
    assert window.countdown_view.zone_name == "Europe/Oslo"
    assert window.quotes_view.copy_format == CopyFormat.ATTRIBUTED
    assert model.favourites == frozenset()


def test_unwritable_settings_cost_only_the_memory_of_the_session(qtbot, model, clock: FakeClock, tmp_path: Path, caplog) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    settings = QSettings(str(blocker / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("quotes")

    with caplog.at_level(logging.WARNING, logger="gui.settings_health"):
        assert window.close()

    assert caplog.messages == [
        f"cannot save settings to {blocker / 'settings.ini'}; the window, zoom and theme of this session will not be remembered"
    ]


def test_the_app_starts_on_a_damaged_settings_file(tmp_path: Path) -> None:
    conf = tmp_path / "config" / "Reckoning" / "Reckoning.conf"
    conf.parent.mkdir(parents=True)
    conf.write_bytes(DAMAGED)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    shot = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, str(MAIN), "--screenshot", str(shot)], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    # The offscreen platform adds a line of its own about size hints; ours is the first.
    assert result.stderr.splitlines()[0] == (
        f"reckoning: warning: the settings in {conf} are not UTF-8 text (byte 1 cannot be read); "
        f"starting with defaults (the damaged file is kept as {conf}.damaged)"
    )
    assert conf.with_name("Reckoning.conf.damaged").read_bytes() == DAMAGED
    assert shot.stat().st_size > 0
