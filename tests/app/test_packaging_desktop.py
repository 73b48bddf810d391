"""Reckoning on a freedesktop.org desktop: its application id, menu entry, AppStream metainfo and icons."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import gui
from gui.app import app_icon, application
from gui.desktop_entry import APP_ID, ICON_SIZES, desktop_file, exec_quoted, icon_files, this_command
from tests.helpers import run_reckoning

RESOURCES = Path(gui.__file__).parents[1] / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    """A validator's path; CI installs it (.ci/run), elsewhere the test is skipped without it."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed: .ci/run installs it")
        pytest.skip(f"{name} is not installed (Debian: appstream, desktop-file-utils)")
    return found


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def _exec_argv(exec_line: str, path: str) -> list[str]:
    """The command a desktop runs for Exec= with `path` for %f (string escapes, %%, then the quoting rules)."""
    unescaped = exec_line.replace("\\\\", "\0").replace("\\n", "\n").replace("\\t", "\t").replace("\0", "\\")
    words: list[str] = []
    word, quoted, escaped, started = "", False, False, False
    for char in unescaped:
        if escaped:
            word, escaped = word + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or word:
                words.append(word)
            word, started = "", False
        else:
            word += char
    words.append(word)
    return [path if word == "%f" else word.replace("%%", "%") for word in words]


def test_one_application_id_everywhere(qapp) -> None:
    assert APP_ID.count(".") >= 2
    entry = _entry(DESKTOP.read_text(encoding="utf-8"))
    assert entry["Icon"] == APP_ID
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("icon") == APP_ID
    assert {name for name in icon_files().values()} <= {path.name for path in RESOURCES.iterdir()}
    assert all(place.endswith((f"/apps/{APP_ID}.png", f"/apps/{APP_ID}.svg")) for place in icon_files())
    assert application().desktopFileName() == APP_ID


def test_the_metainfo_says_what_software_centres_show() -> None:
    meta = ET.parse(METAINFO).getroot()
    assert meta.get("type") == "desktop-application"
    assert meta.findtext("project_license") == "MIT"
    assert meta.findtext("summary")
    assert meta.find("description/p") is not None
    assert meta.find("content_rating[@type='oars-1.1']") is not None
    assert meta.findtext("provides/binary") == "reckoning"
    releases = meta.findall("releases/release")
    assert releases[0].get("version") == gui.__version__


def test_appstreamcli_validates_the_metainfo() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_validate_passes_the_shipped_and_the_written_entry(tmp_path: Path) -> None:
    written = tmp_path / f"{APP_ID}.desktop"
    written.write_text(desktop_file(['/opt/odd place/50% "off"/bin/python', "/home/a $b/main.py"]), encoding="utf-8")
    for path in (DESKTOP, written):
        result = subprocess.run([_tool("desktop-file-validate"), str(path)], capture_output=True, text=True, timeout=60, check=False)
        assert (result.returncode, result.stdout) == (0, ""), path


@pytest.mark.parametrize("argument", ["/usr/bin/reckoning", "/opt/odd place/bin/python", '/a "b" $c `d` \\e/50%', "/line\nbreak"])
def test_an_exec_argument_reads_back_as_itself(argument: str) -> None:
    assert _exec_argv(f"{exec_quoted(argument)} %f", "x.txt") == [argument, "x.txt"]


def test_the_entry_runs_a_command_by_its_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    command = tmp_path / "bin" / "reckoning"
    command.parent.mkdir()
    command.write_text("#!/bin/sh\n", encoding="utf-8")
    command.chmod(0o755)
    monkeypatch.setenv("PATH", str(command.parent))
    assert this_command("reckoning") == [str(command)]
    monkeypatch.chdir(tmp_path)
    assert this_command("main.py") == [sys.executable, str(tmp_path / "main.py")]
    assert this_command("bin/reckoning") == [str(command)]


def test_install_desktop_writes_an_entry_that_runs_this_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    result = run_reckoning("--install-desktop", tmp_path=tmp_path)
    desktop = data / "applications" / f"{APP_ID}.desktop"
    assert (result.returncode, result.stdout, result.stderr) == (0, f"Reckoning is in the application menu: {desktop}\n", "")
    for place in icon_files():
        assert (data / "icons" / place).is_file(), place
    entry = _entry(desktop.read_text(encoding="utf-8"))
    argv = _exec_argv(entry["Exec"], "--version")
    assert argv[:2] == [sys.executable, str(Path(gui.__file__).parents[1] / "main.py")]
    assert entry["TryExec"] == sys.executable
    ran = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False, cwd="/")
    assert (ran.returncode, ran.stdout) == (0, f"Reckoning {gui.__version__}\n")


def test_uninstall_desktop_removes_the_entry_the_icons_and_the_old_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    assert run_reckoning("--install-desktop", tmp_path=tmp_path).returncode == 0
    # What `make install-desktop` wrote before there was an application id.
    old = [data / "applications" / "reckoning.desktop", data / "icons" / "hicolor" / "scalable" / "apps" / "reckoning.svg"]
    for path in old:
        path.write_text("old", encoding="utf-8")
    mine = data / "icons" / "hicolor" / "16x16" / "apps" / "another-app.png"
    mine.write_bytes(b"not Reckoning's")

    result = run_reckoning("--uninstall-desktop", tmp_path=tmp_path)
    assert (result.returncode, result.stdout) == (0, f"Reckoning is out of the application menu ({len(icon_files()) + 3} files removed)\n")
    left = [path.relative_to(data).as_posix() for path in data.rglob("*") if path.is_file() and path.name != "mimeinfo.cache"]
    assert left == ["icons/hicolor/16x16/apps/another-app.png"]
    again = run_reckoning("--uninstall-desktop", tmp_path=tmp_path)
    assert (again.returncode, again.stdout) == (0, "Reckoning was not in the application menu\n")


def test_install_desktop_where_it_cannot_write_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    result = run_reckoning("--install-desktop", tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("reckoning: error: the menu entry could not be written: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_small_icon_is_drawn_for_its_size_and_is_the_one_the_window_shows(qapp, size: int) -> None:
    drawn = QImage(str(RESOURCES / f"{APP_ID}-{size}.png"))
    assert (drawn.width(), drawn.height()) == (size, size)
    shown = app_icon().pixmap(size, size).toImage().convertToFormat(drawn.format())
    assert shown == drawn


def test_larger_sizes_come_from_the_scalable_icon(qapp) -> None:
    assert app_icon().pixmap(128, 128).size().width() == 128
