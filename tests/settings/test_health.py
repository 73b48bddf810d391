"""Damaged, nonsensical or unwritable settings: the app starts on defaults and says so in the log."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from gui.main_window import MainWindow
from gui.settings.health import MAX_SETTINGS_BYTES, check_settings_file, readable_settings, save_settings
from gui.story.quote_formats import CopyFormat
from gui.views.article.page_theme import PageTheme
from gui.views.article.zoom import DEFAULT_ZOOM
from tests.conftest import OSLO
from tests.helpers import FakeClock, run_reckoning

MAIN = Path(__file__).parents[2] / "main.py"
DAMAGED = b"\x00\xff[article\nzoom=\x01\x02\n[[[\n=\n\xfe"


def test_a_damaged_file_is_kept_aside_and_defaults_used(tmp_path: Path, caplog) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(DAMAGED)
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert settings.status() == QSettings.Status.FormatError

    with caplog.at_level(logging.WARNING, logger="gui.settings.health"):
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

    with caplog.at_level(logging.WARNING, logger="gui.settings.health"):
        assert window.close()

    assert caplog.messages == [
        f"cannot save settings to {blocker / 'settings.ini'}; the window, zoom and theme of this session will not be remembered"
    ]


def test_the_app_starts_on_a_damaged_settings_file(tmp_path: Path) -> None:
    conf = tmp_path / "config" / "Reckoning" / "Reckoning.conf"
    conf.parent.mkdir(parents=True)
    conf.write_bytes(DAMAGED)
    shot = tmp_path / "shot.png"
    result = run_reckoning("--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    # The offscreen platform adds a line of its own about size hints; ours is the first.
    assert result.stderr.splitlines()[0] == (
        f"reckoning: warning: the settings in {conf} are not UTF-8 text (byte 1 cannot be read); "
        f"starting with defaults (the damaged file is kept as {conf}.damaged)"
    )
    assert conf.with_name("Reckoning.conf.damaged").read_bytes() == DAMAGED
    assert shot.stat().st_size > 0


class _TouchesMarker:
    """Unpickled, it creates `marker`: what a stored Python object could do instead."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


def _write_object_setting(path: Path, marker: Path) -> bytes:
    """A settings file whose page theme is a pickled Python object, as PySide6 writes one.

    Reckoning never writes an @Variant value: this is what `setValue(key, <an object>)` does.
    """
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("article/theme", _TouchesMarker(marker))
    settings.sync()
    del settings
    return path.read_bytes()


def test_the_pickled_object_would_run_if_qt_read_it(tmp_path: Path) -> None:
    # Proves the cases below are real: read by another process without the check, the
    # value runs its code. (In this process Qt would hand back the cached object instead.)
    path, marker = tmp_path / "settings.ini", tmp_path / "ran"
    _write_object_setting(path, marker)
    read = "import sys; from PySide6.QtCore import QSettings; QSettings(sys.argv[1], QSettings.Format.IniFormat).value('article/theme')"
    subprocess.run([sys.executable, "-c", read, str(path)], capture_output=True, timeout=60, check=False)
    assert marker.exists()


def _settings_cases() -> dict[str, tuple[Callable[[Path], bytes | None], str]]:
    def fifo(path: Path) -> None:
        os.mkfifo(path)

    def folder(path: Path) -> None:
        path.mkdir()

    def write(data: bytes) -> Callable[[Path], bytes]:
        def make(path: Path) -> bytes:
            path.write_bytes(data)
            return data

        return make

    def escaped_object(path: Path) -> bytes:
        # The @ written as \x40, and the value cut by a line continuation: Qt reads both.
        data = _write_object_setting(path, path.parent / "ran").replace(b"theme=@Variant(", b"theme=\\x40Vari\\\nant(")
        path.write_bytes(data)
        return data

    def sparse(path: Path) -> None:
        with path.open("wb") as file:
            file.truncate(MAX_SETTINGS_BYTES + 1)

    return {
        "named pipe": (fifo, "are in a named pipe, not a regular file"),
        "folder": (folder, "are in a folder, not a regular file"),
        "binary junk": (write(b"[article]\nzoom=\x01\x02\x03\n"), "hold binary data (character 15 is a control character)"),
        "invalid UTF-8": (write(b"[article]\ntheme=s\xe9pia\n"), "are not UTF-8 text (byte 17 cannot be read)"),
        "a stored Python object": (
            lambda path: _write_object_setting(path, path.parent / "ran"),
            "hold a stored Python object, which Reckoning never writes and will not load",
        ),
        "an escaped stored Python object": (escaped_object, "hold a stored Python object, which Reckoning never writes and will not load"),
        "over 16 MB": (sparse, "are over 16 MB, far more than Reckoning writes"),
    }


SETTINGS_CASES = _settings_cases()


@pytest.mark.parametrize("case", SETTINGS_CASES.values(), ids=SETTINGS_CASES.keys())
def test_a_settings_file_qt_must_not_read_is_moved_aside_first(
    tmp_path: Path, caplog, case: tuple[Callable[[Path], bytes | None], str]
) -> None:
    make, problem = case
    path = tmp_path / "Reckoning.conf"
    data = make(path)
    with caplog.at_level(logging.WARNING, logger="gui.settings.health"):
        assert check_settings_file(path)
    kept = tmp_path / "Reckoning.conf.damaged"
    assert caplog.messages == [f"the settings in {path} {problem}; starting with defaults (the damaged file is kept as {kept})"]
    assert not path.exists()
    if data is not None:
        assert kept.read_bytes() == data
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert settings.allKeys() == []
    assert not (tmp_path / "ran").exists()


@pytest.mark.parametrize(
    "value",
    ["@Variant(not at the start)", "a, @Variant(x)", "café, “quotes”, \t tabs", '{"https://ew.com": ["It @Variant("]}'],
)
def test_what_reckoning_writes_is_read_as_it_is(tmp_path: Path, caplog, value: str) -> None:
    path = tmp_path / "Reckoning.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("quotes/favourites", value)
    settings.setValue("article/zoom", 150)
    settings.setValue("window/geometry", QByteArray(bytes(range(256))))
    assert save_settings(settings)
    with caplog.at_level(logging.WARNING):
        assert check_settings_file(path)
    assert caplog.messages == []
    assert QSettings(str(path), QSettings.Format.IniFormat).value("quotes/favourites") == value


def test_an_earlier_damaged_file_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "Reckoning.conf"
    (tmp_path / "Reckoning.conf.damaged").write_bytes(b"first")
    path.write_bytes(b"\x00second")
    assert check_settings_file(path)
    assert (tmp_path / "Reckoning.conf.damaged").read_bytes() == b"first"
    assert (tmp_path / "Reckoning.conf.damaged.2").read_bytes() == b"\x00second"


def test_a_file_that_cannot_be_moved_aside_is_not_read(tmp_path: Path, caplog, monkeypatch) -> None:
    path = tmp_path / "Reckoning.conf"
    os.mkfifo(path)

    def refuse(*_: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    with caplog.at_level(logging.WARNING, logger="gui.settings.health"):
        assert not check_settings_file(path)
    assert caplog.messages == [
        f"the settings in {path} are in a named pipe, not a regular file and cannot be moved aside (Permission denied); "
        "starting with defaults, which will not be remembered"
    ]


@pytest.mark.parametrize("case", ["a stored Python object", "an escaped stored Python object"])
def test_the_app_starts_at_once_beside_a_settings_file_it_must_not_read(tmp_path: Path, case: str) -> None:
    conf = tmp_path / "config" / "Reckoning" / "Reckoning.conf"
    conf.parent.mkdir(parents=True)
    make, problem = SETTINGS_CASES[case]
    make(conf)
    shot = tmp_path / "shot.png"
    result = run_reckoning("--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        f"reckoning: warning: the settings in {conf} {problem}; starting with defaults (the damaged file is kept as {conf}.damaged)"
    )
    assert not (conf.parent / "ran").exists()
    assert shot.stat().st_size > 0


def _kmsg_opens() -> bool:
    try:
        os.close(os.open("/proc/kmsg", os.O_RDONLY | os.O_NONBLOCK))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _kmsg_opens(), reason="needs a readable /proc/kmsg (root)")
def test_a_regular_looking_file_that_would_wait_is_moved_aside(tmp_path: Path, caplog) -> None:
    # /proc/kmsg passes for a regular file, and a read of it never ends: it waits for the
    # kernel's next message. (Looking at it takes the messages waiting there, as any reader does.)
    path = tmp_path / "Reckoning.conf"
    path.symlink_to("/proc/kmsg")
    with caplog.at_level(logging.WARNING, logger="gui.settings.health"):
        assert check_settings_file(path)
    assert caplog.messages == [
        f"the settings in {path} cannot be read without waiting (it is no ordinary file); "
        f"starting with defaults (the damaged file is kept as {path}.damaged)"
    ]
    assert (tmp_path / "Reckoning.conf.damaged").readlink() == Path("/proc/kmsg")


_BOTH_PATHS = """
from PySide6.QtCore import QSettings
from gui.app import application
from gui.settings.health import settings_path
application()
print(settings_path())
print(QSettings().fileName())
"""


@pytest.mark.parametrize("config_home", ["config", None], ids=["XDG_CONFIG_HOME", "HOME only"])
def test_the_file_looked_at_is_the_file_qt_reads(tmp_path: Path, config_home: str | None) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("XDG_CONFIG_HOME", None)
    if config_home:
        env["XDG_CONFIG_HOME"] = str(tmp_path / config_home)
    result = subprocess.run(
        [sys.executable, "-c", _BOTH_PATHS], capture_output=True, text=True, env=env, cwd=MAIN.parent, timeout=60, check=True
    )
    ours, qts = result.stdout.splitlines()
    assert ours == qts
    assert ours.startswith(str(tmp_path))


# Each run in a process of its own: before the guard, Qt's own read of the pipe blocked for ever.
_SWAPPED_FOR_A_PIPE = """
import os, sys
from PySide6.QtCore import QCoreApplication, QSettings
from gui.settings.health import GuardedSettings, save_settings
app = QCoreApplication([])
path = sys.argv[1]
settings = GuardedSettings(path, QSettings.Format.IniFormat)
settings.setValue("article/zoom", 120)
settings.sync()
os.remove(path)
os.mkfifo(path)
settings.setValue("article/zoom", 150)
if sys.argv[2] == "deferred":
    QCoreApplication.sendPostedEvents()  # QSettings writes on its own after a change
else:
    print(save_settings(settings))
print(QSettings(path, QSettings.Format.IniFormat).value("article/zoom"))
"""


@pytest.mark.parametrize("when", ["deferred", "at quit"])
def test_a_settings_file_swapped_for_a_pipe_while_running_is_moved_aside_before_writing(tmp_path: Path, when: str) -> None:
    path = tmp_path / "Reckoning.conf"
    result = subprocess.run(
        [sys.executable, "-c", _SWAPPED_FOR_A_PIPE, str(path), when],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    expected = ["150"] if when == "deferred" else ["True", "150"]
    assert result.stdout.split() == expected
    assert path.is_file()
    assert (tmp_path / "Reckoning.conf.damaged").is_fifo()
    assert "are in a named pipe, not a regular file; this session's settings are written afresh" in result.stderr
