"""Bad files opened from anywhere: one clear message, in the app and on the command line,
and the story already shown stays shown."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gui import cli
from gui.main_window import MainWindow
from gui.story import FORMATS
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
        # Permissions do not bind root (CI runs as root): refuse the read as the OS would.
        real_open = Path.open

        def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refusing_open)
    return path, f"{path} cannot be read: permission denied."


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
    return path, "huge.json is 50.0 MB; a story file may be at most 2 MB."


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


@pytest.fixture
def command_line_logging() -> Iterator[None]:
    # `cli.main` configures the root logger for a process; give the test's back afterwards.
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


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


def test_an_extremely_long_line_opens(window: MainWindow, story_dir: Path, monkeypatch) -> None:
    article = story_dir / "second_article.txt"
    one_line = " ".join(["The square opens at nine."] * 40_000)  # a million characters without a break
    article.write_text(article.read_text(encoding="utf-8") + "\n" + one_line + "\n", encoding="utf-8")
    open_through_the_menu(window, story_dir / "second_story.json", monkeypatch)
    assert window.message_box is None
    assert window.model.story.paragraphs[-1] == one_line
    assert window.article_view.toPlainText().endswith("The square opens at nine.")


def test_cancelling_the_dialog_changes_nothing(window: MainWindow, monkeypatch) -> None:
    shown = window.model.story
    open_through_the_menu(window, None, monkeypatch)
    assert window.model.story is shown
    assert window.message_box is None
