"""Bad files opened from anywhere: one clear message, in the app and on the command line,
and the story already shown stays shown."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QGuiApplication

import gui
import gui.models.story_loader
from gui import cli
from gui.main_window import MainWindow
from gui.story.loader import FORMATS
from gui.story.reader_process import send_story
from gui.views.article.page_theme import PageTheme
from gui.views.article.zoom import DEFAULT_ZOOM
from tests.conftest import DATA, OSLO
from tests.helpers import open_through_the_menu, rewrite_story

Case = Callable[[Path, pytest.MonkeyPatch], tuple[Path, str]]


def _missing(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "gone.json"
    return path, f"{path} does not exist."


def _directory(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "stories.json"
    path.mkdir()
    return path, f"{path} is a folder, not a story file."


def _unreadable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "second_story.json"
    path.chmod(0)
    if os.geteuid() == 0:
        # Permissions do not bind root (CI runs as root): refuse the read as the OS would,
        # here for the command line and in the reader process for File › Open.
        monkeypatch.setattr(Path, "open", _refusing_open(str(path)))
        monkeypatch.setattr(gui.models.story_loader, "send_story", send_refusing_to_read)
    return path, f"{path} cannot be read: permission denied."


def _refusing_open(refused: str) -> Callable[..., object]:
    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if str(self) == refused:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    return refusing_open


def send_refusing_to_read(path: str, pipe: Connection) -> None:
    """The reader process's entry point, on a system where reading `path` is not permitted."""
    Path.open = _refusing_open(path)  # type: ignore[assignment,method-assign]
    send_story(path, pipe)


def _empty(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "empty.json"
    path.write_bytes(b"  \n")
    return path, "empty.json is empty."


def _binary(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "picture.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path, f"picture.json holds binary data, not text. {FORMATS}"


def _fifty_megabytes(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "huge.json"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: no disk used, and the loader must not read it
    return path, "huge.json is 52,428,800 bytes; a story file may be at most 2,097,152 bytes (2 MB)."


def _invalid_utf8(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "latin1.json"
    path.write_bytes('{"format": 1, "headline": "Café"}'.encode("latin-1"))
    return path, f"latin1.json is not UTF-8 text (byte 30 cannot be read). {FORMATS}"


def _malformed_json(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "cut.json"
    path.write_text('{"format": 1, "headline": "Half', encoding="utf-8")
    return path, "cut.json is not valid JSON: Unterminated string starting at line 1, column 27."


def _not_an_object(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "list.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    return path, "list.json must hold a JSON object."


def _missing_field(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = rewrite_story(folder)
    meta = path.read_text(encoding="utf-8").replace('"headline"', '"title"')
    path.write_text(meta, encoding="utf-8")
    return path, "second_story.json is missing “headline”."


def _wrong_type(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    return rewrite_story(folder, quotes={"text": "x"}), "second_story.json: “quotes” must be a list."


def _date_that_does_not_parse(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = rewrite_story(folder, events=[{"id": "fair", "kind": "release", "title": "Fair", "date": "9 March"}])
    return path, "second_story.json: event 1: “9 March” is not a date of the form YYYY-MM-DD."


def _quote_outside_the_text(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = rewrite_story(folder, quotes=[{"text": "words never printed", "speaker": "lind"}])
    return path, "second_story.json: quote 1 (“words never printed”) is not quoted in the article text after the quote before it."


def _deep_nesting(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "deep.json"
    path.write_text('{"format": 1, "x": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    return path, "deep.json is nested too deeply to be a story."


def _pipe(folder: Path, _: pytest.MonkeyPatch) -> tuple[Path, str]:
    path = folder / "pipe.json"
    os.mkfifo(path)
    return path, f"{path} is not a regular file (it is a pipe, a device or a socket). {FORMATS}"


BAD_FILES: dict[str, Case] = {
    "missing file": _missing,
    "a directory": _directory,
    "no read permission": _unreadable,
    "empty file": _empty,
    "binary data": _binary,
    "50 MB file": _fifty_megabytes,
    "invalid UTF-8": _invalid_utf8,
    "malformed JSON": _malformed_json,
    "JSON that is not an object": _not_an_object,
    "missing field": _missing_field,
    "wrong type": _wrong_type,
    "date that does not parse": _date_that_does_not_parse,
    "quote outside the text": _quote_outside_the_text,
    "deep nesting": _deep_nesting,
    "named pipe": _pipe,
}


@pytest.mark.parametrize("case", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_file_open_says_what_is_wrong_and_keeps_the_story(window: MainWindow, story_dir: Path, monkeypatch, case: Case) -> None:
    path, message = case(story_dir, monkeypatch)
    shown = window.model.story
    article_before = window.article_view.toPlainText()
    open_through_the_menu(window, path, monkeypatch)
    assert window.message_box is not None
    assert (window.message_box.windowTitle(), window.message_box.text()) == ("Cannot open story", message)
    assert window.message_box.textFormat() == Qt.TextFormat.PlainText
    assert window.model.story is shown
    assert window.article_view.toPlainText() == article_before
    assert window.isVisible()


@pytest.mark.parametrize("case", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_command_line_says_it_in_one_line_and_exits_1(story_dir: Path, monkeypatch, capsys, command_line_logging, case: Case) -> None:
    path, message = case(story_dir, monkeypatch)
    assert cli.main(["--article", str(path)]) == 1
    assert capsys.readouterr().err == f"reckoning: error: {message}\n"


@pytest.mark.parametrize(
    "encode",
    [lambda data: b"\xef\xbb\xbf" + data, lambda data: data.decode("utf-8").encode("utf-16")],
    ids=["UTF-8 with BOM", "UTF-16"],
)
def test_bom_and_utf16_stories_open(window: MainWindow, story_dir: Path, monkeypatch, encode: Callable[[bytes], bytes]) -> None:
    for name in ("second_story.json", "second_article.txt"):
        file = story_dir / name
        file.write_bytes(encode(file.read_bytes()))
    open_through_the_menu(window, story_dir / "second_story.json", monkeypatch)
    assert window.message_box is None
    assert window.model.story.headline == "Spring fair returns to the square"
    assert window.quotes_view.count_label.text() == "3 of 3 quotes"


def test_an_extremely_long_line_opens(qtbot, window: MainWindow, story_dir: Path, monkeypatch) -> None:
    article = story_dir / "second_article.txt"
    one_line = " ".join(["The square opens at nine."] * 40_000)  # a million characters without a break
    article.write_text(article.read_text(encoding="utf-8") + "\n" + one_line + "\n", encoding="utf-8")
    open_through_the_menu(window, story_dir / "second_story.json", monkeypatch)
    assert window.message_box is None
    assert window.model.story.paragraphs[-1] == one_line
    if window.article_view.typesetting:  # a long paragraph is typeset a slice at a time too
        with qtbot.waitSignal(window.article_view.typeset, timeout=60_000):
            pass
    assert window.article_view.toPlainText().endswith("The square opens at nine.")


def test_cancelling_the_dialog_changes_nothing(window: MainWindow, monkeypatch) -> None:
    shown = window.model.story
    open_through_the_menu(window, None, monkeypatch)
    assert window.model.story is shown
    assert window.message_box is None


# --- Hostile clocks, dates and settings, through the real command line -------------------
# Each case: the environment and arguments it runs with, and what stderr must say (besides
# the offscreen platform's own notice). The process must exit 0 (it used to die with
# SIGSEGV, 139, or stop with a traceback), and a settings file set aside keeps its bytes.

MAIN = Path(__file__).parents[2] / "main.py"
# The offscreen platform's notice about size hints, not Reckoning's.
_PLATFORM_NOISE = "This plugin does not support propagateSizeHints()"


@dataclass(frozen=True)
class Launch:
    args: tuple[str, ...]
    zone: str = "UTC"
    settings: bytes | None = None  # the settings file's bytes, None for none
    settings_kind: str = "file"  # or "fifo"
    expected_stderr: tuple[str, ...] = ()  # each a line's start; "{conf}" is the settings path
    damaged: bool = False  # the settings file is moved aside to .damaged, bytes kept
    run_for_ms: int | None = None  # run the event loop this long, in a window, instead of a screenshot


# `main.py` with the window open for a while: the event loop quits after argv[1] milliseconds.
_RUN_FOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui.cli import main
app = QApplication(sys.argv[:1])
QTimer.singleShot(int(sys.argv[1]), app.quit)
sys.exit(main(sys.argv[2:]))
"""


def _story_dated_year_1(folder: Path) -> str:
    shutil.copy(DATA / "second_article.txt", folder)
    shutil.copy(DATA / "second_story.json", folder)
    return str(
        rewrite_story(folder, events=[{"id": "first", "kind": "date", "title": "The first day", "date": "0001-01-01"}], countdown="first")
    )


def _ignored(key: str, shown: str) -> str:
    return f"reckoning: warning: ignoring the setting {key} = {shown}"


COUNTDOWN_SHOT = ("--tab", "countdown", "--screenshot", "{shot}")
LAUNCHES: dict[str, Launch] = {
    "--now year 1 at +14:00, TZ=UTC": Launch(("--now", "0001-01-01T00:00+14:00", *COUNTDOWN_SHOT)),
    "--now 9999-12-31T20:00, TZ=America/New_York": Launch(("--now", "9999-12-31T20:00", *COUNTDOWN_SHOT), zone="America/New_York"),
    # The clock runs past the end of 9999 while the window is open and ticking.
    "--now 9999-12-31T23:59:58 running past the end": Launch(("--now", "9999-12-31T23:59:58", "--tab", "countdown"), run_for_ms=3500),
    "an event dated 0001-01-01, TZ=Asia/Tokyo": Launch(("--article", "{year_1_story}", *COUNTDOWN_SHOT), zone="Asia/Tokyo"),
    "copy form that is a list": Launch(
        ("--screenshot", "{shot}"),
        settings=b"[quotes]\ncopy_format=plain, markdown\n[window]\ntab=quotes\n",
        expected_stderr=(_ignored("quotes/copy_format", "['plain', 'markdown']: not one of"),),
    ),
    "page theme that is a list": Launch(
        ("--screenshot", "{shot}"),
        settings=b"[article]\ntheme=dark, sepia\n",
        expected_stderr=(_ignored("article/theme", "['dark', 'sepia']: not one of"),),
    ),
    "favourites nested 100,000 deep": Launch(
        ("--screenshot", "{shot}"),
        settings=b"[quotes]\nfavourites=" + b"[" * 100_000 + b"\n",
        expected_stderr=(_ignored("quotes/favourites", "'[[[[["),),
    ),
    "a 100,000-character zone": Launch(
        ("--screenshot", "{shot}"),
        settings=b"[countdown]\nzone=" + b"x" * 100_000 + b"\n[window]\ntab=countdown\n",
        expected_stderr=(_ignored("countdown/zone", "'xxxxx"),),
    ),
    "a zoom that is a rectangle": Launch(
        ("--screenshot", "{shot}"),
        settings=b"[article]\nzoom=@Rect(1 2 3 4)\n",
        expected_stderr=(_ignored("article/zoom", "PySide6.QtCore.QRect"),),
    ),
    "geometry and state junk": Launch(
        ("--screenshot", "{shot}"),
        settings=b"[window]\ngeometry=junk, junk\nstate=@Size(1 2)\n",
        expected_stderr=(_ignored("window/geometry", "['junk', 'junk']"), _ignored("window/state", "PySide6.QtCore.QSize")),
    ),
    "tab junk": Launch(
        ("--screenshot", "{shot}"), settings=b"[window]\ntab=1, 2\n", expected_stderr=(_ignored("window/tab", "['1', '2']"),)
    ),
    "settings of binary junk": Launch(
        ("--screenshot", "{shot}"),
        settings=bytes(range(256)),
        expected_stderr=(
            "reckoning: warning: the settings in {conf} are not UTF-8 text (byte 128 cannot be read); starting with defaults",
        ),
        damaged=True,
    ),
    "settings of invalid UTF-8": Launch(
        ("--screenshot", "{shot}"),
        settings=b"[article]\ntheme=s\xe9pia\n",
        expected_stderr=("reckoning: warning: the settings in {conf} are not UTF-8 text (byte 17 cannot be read)",),
        damaged=True,
    ),
    "settings that are a named pipe": Launch(
        ("--screenshot", "{shot}"),
        settings_kind="fifo",
        expected_stderr=("reckoning: warning: the settings in {conf} are in a named pipe, not a regular file; starting with defaults",),
    ),
}


@pytest.mark.parametrize("launch", LAUNCHES.values(), ids=LAUNCHES.keys())
def test_the_command_line_survives_hostile_clocks_dates_and_settings(tmp_path: Path, launch: Launch) -> None:
    conf = tmp_path / "config" / "Reckoning" / "Reckoning.conf"
    conf.parent.mkdir(parents=True)
    if launch.settings_kind == "fifo":
        os.mkfifo(conf)
    elif launch.settings is not None:
        conf.write_bytes(launch.settings)
    shot = tmp_path / "shot.png"
    story_folder = tmp_path / "story"
    story_folder.mkdir()
    fill = {"shot": str(shot), "year_1_story": _story_dated_year_1(story_folder) if "{year_1_story}" in launch.args else ""}
    args = [arg.format(**fill) for arg in launch.args]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
        "TZ": launch.zone,
    }
    command = [sys.executable, str(MAIN), *args]
    if launch.run_for_ms is not None:
        command = [sys.executable, "-c", _RUN_FOR, str(launch.run_for_ms), *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=MAIN.parent, timeout=60, check=False)

    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line != _PLATFORM_NOISE]
    expected = [start.format(conf=conf) for start in launch.expected_stderr]
    # A setting read more than once warns each time; every line is one of the expected.
    assert {next((start for start in expected if line.startswith(start)), line) for line in lines} == set(expected), result.stderr
    assert all(len(line) < 400 for line in lines)
    assert launch.run_for_ms is not None or shot.stat().st_size > 0
    if launch.damaged:
        assert conf.with_name("Reckoning.conf.damaged").read_bytes() == launch.settings


# --- The same settings in a window: every tab used, defaults in effect, the story kept ----
HOSTILE_SETTINGS: dict[str, str] = {
    "copy form that is a list": "[quotes]\ncopy_format=plain, markdown\n[window]\ntab=quotes\n",
    "page theme that is a list": "[article]\ntheme=dark, sepia\n",
    "favourites nested 100,000 deep": "[quotes]\nfavourites=" + "[" * 100_000 + "\n",
    "favourites of the wrong shape": '[quotes]\nfavourites="{\\"https://ew.com\\": 7, \\"x\\": [1, null]}"\n',
    "a 100,000-character zone": "[countdown]\nzone=" + "x" * 100_000 + "\n[window]\ntab=countdown\n",
    "a zoom that is a rectangle": "[article]\nzoom=@Rect(1 2 3 4)\n",
    "geometry, state and tab junk": "[window]\ngeometry=junk, junk\nstate=@Size(1 2)\ntab=1, 2\n",
}


@pytest.mark.parametrize("text", HOSTILE_SETTINGS.values(), ids=HOSTILE_SETTINGS.keys())
def test_a_window_on_hostile_settings_works_on_defaults(qtbot, model, clock, tmp_path: Path, caplog, text: str) -> None:
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    with caplog.at_level(logging.WARNING):
        window = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
        qtbot.addWidget(window)
        window.show()
        shown = model.story
        for tab in gui.TAB_NAMES:
            window.show_tab(tab)
        quotes = window.quotes_view
        quotes.list_view.selectionModel().select(quotes.proxy.index(2, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
            quotes.copy_action.trigger()
        quotes.favourite_action.trigger()
    assert QGuiApplication.clipboard().text() == "“It all comes down to one thing: The audience.” — Tom Cruise"
    assert model.favourites == frozenset({"It all comes down to one thing: The audience."})
    assert (window.article_view.zoom, window.article_view.page_theme) == (DEFAULT_ZOOM, PageTheme.SYSTEM)
    assert window.countdown_view.zone_name == "Europe/Oslo"
    assert model.story is shown
    # Favourites of the wrong shape keep the entries that fit, without a word; the rest warn.
    assert all(message.startswith("ignoring the setting ") for message in caplog.messages), caplog.messages
    # Each bad value is named once, however often the window reads it (the copy form: at start-up and each copy).
    assert len(set(caplog.messages)) == len(caplog.messages), caplog.messages
