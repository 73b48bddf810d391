"""Hostile article files (issue #19, items 9, 13 and 18): each is read as written or refused with
one clear StoryError, at once; the command line says it in one line of stderr and exits 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from gui import cli
from gui.story import date_mentions as date_mentions_module
from gui.story import loader as story_module
from gui.story.loader import FORMATS, Story, StoryError, load_story

MAIN = Path(__file__).parents[2] / "main.py"
# Far more than any of these files needs, far less than a hang.
PATIENCE_SECONDS = 20.0


def _load_in_time(path: Path) -> Story | StoryError:
    """load_story(path), or the StoryError it raised; fails the test, rather than hanging it, if loading blocks."""
    outcome: list[Story | BaseException] = []

    def load() -> None:
        try:
            outcome.append(load_story(path))
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(PATIENCE_SECONDS)
    assert outcome, f"loading {path} blocked for {PATIENCE_SECONDS:g} s"
    result = outcome[0]
    if isinstance(result, StoryError | Story):
        return result
    raise result


def _refusal(path: Path) -> str:
    result = _load_in_time(path)
    assert isinstance(result, StoryError), f"{path} loaded"
    return str(result)


# --- files that are not regular files, or that would keep a reader waiting (item 9) ---


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    assert _refusal(pipe) == f"{pipe} is not a regular file (it is a pipe, a device or a socket). {FORMATS}"


def test_a_device_is_refused(tmp_path: Path) -> None:
    assert _refusal(Path("/dev/zero")) == f"/dev/zero is not a regular file (it is a pipe, a device or a socket). {FORMATS}"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="no /proc on this system")
def test_a_kernel_file_that_says_it_is_regular_is_refused() -> None:
    # /proc/kmsg is such a file that blocks; reading it would also take the kernel's messages.
    path = Path("/proc/self/status")
    assert path.is_file()
    assert _refusal(path) == f"{path} is a file of the operating system's, not an article. {FORMATS}"


def test_a_read_that_never_returns_is_given_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Headline\n\nBody.\n", encoding="utf-8")
    released = threading.Event()
    real_open = Path.open

    class NeverEnding:
        """A file whose read waits, as /proc/kmsg's does, until the test is over."""

        def __init__(self, file: object) -> None:
            self.file = file

        def __enter__(self) -> NeverEnding:
            return self

        def __exit__(self, *exc: object) -> None:
            self.file.close()  # type: ignore[attr-defined]

        def fileno(self) -> int:
            return self.file.fileno()  # type: ignore[attr-defined, no-any-return]

        def read(self, size: int = -1) -> bytes:
            released.wait()
            return b""

    monkeypatch.setattr(Path, "open", lambda self, *a, **k: NeverEnding(real_open(self, *a, **k)))
    monkeypatch.setattr(story_module, "READ_TIMEOUT_SECONDS", 0.2)
    try:
        assert _refusal(path) == f"{path} did not finish reading in 0.2 seconds; it is not an ordinary file."
    finally:
        released.set()


# --- what a file holds must give a StoryError, never another exception (item 13) ---


def test_next_year_in_the_year_9999_is_no_date(tmp_path: Path) -> None:
    path = tmp_path / "far.txt"
    path.write_text("Sequel announced\n\nPublished: 1 March 9999\n\nThe sequel is due next year, the studio says.\n", encoding="utf-8")
    result = _load_in_time(path)
    assert isinstance(result, Story)
    assert result.published == date(9999, 3, 1)
    assert [e.date for e in result.events] == [date(9999, 3, 1)]


def test_a_format_of_five_thousand_digits(tmp_path: Path) -> None:
    path = tmp_path / "digits.json"
    path.write_text('{"format": ' + "9" * 5000 + "}", encoding="utf-8")
    assert _refusal(path) == "digits.json holds a number too long to read."


def test_any_value_error_from_the_text_passes_become_a_story_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Headline\n\nBody of the article.\n", encoding="utf-8")

    def failing(*_: object) -> None:
        raise OverflowError("date value out of range")

    # The loader imports the date finder when it first reads an article, not at start-up.
    monkeypatch.setattr(date_mentions_module, "date_mentions", failing)
    assert _refusal(path) == "article.txt cannot be read as a story: date value out of range."


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("quotes.md", "> " * 100_000 + "deep"),
        ("lists.md", "".join("  " * depth + "- item\n" for depth in range(3000))),
        ("brackets.md", "[" * 100_000 + "x" + "]" * 100_000),
        ("divs.html", "<html><body><article>" + "<div>" * 100_000 + "<p>Deep words.</p>" + "</div>" * 100_000 + "</article></body></html>"),
    ],
)
def test_deep_nesting_loads_or_says_why(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    _load_in_time(path)  # a Story or a StoryError: anything else fails the test


# --- text read as written (item 18) ---

ARTICLE = "Ferry returns\n\nThe ferry sails again, the council says.\n\n“We waited long enough,” Mayor Karin Holt says.\n"


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_utf32_and_utf16_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "article.txt"
    # Python's "utf-32" writes the mark itself; the ones of a fixed byte order do not.
    path.write_bytes((ARTICLE if encoding == "utf-32" else "\ufeff" + ARTICLE).encode(encoding))
    story = _load_in_time(path)
    assert isinstance(story, Story)
    assert story.headline == "Ferry returns"
    assert story.paragraphs == ("The ferry sails again, the council says.", "“We waited long enough,” Mayor Karin Holt says.")


@pytest.mark.parametrize(
    ("line_end", "paragraph_end"),
    [("\r", "\r\r"), ("\r\n", "\r\n\r\n"), ("\u2028", "\u2029"), ("\n", "\u2029"), ("\u2028", "\u2028\u2028")],
    ids=["old Mac CR", "Windows CRLF", "Unicode separators", "LF and U+2029", "U+2028 twice"],
)
def test_every_kind_of_line_end_separates_lines_and_paragraphs(tmp_path: Path, line_end: str, paragraph_end: str) -> None:
    path = tmp_path / "article.txt"
    text = f"Ferry returns{paragraph_end}The ferry sails{line_end}again.{paragraph_end}It leaves at nine.{line_end}"
    path.write_text(text, encoding="utf-8", newline="")
    story = _load_in_time(path)
    assert isinstance(story, Story)
    assert (story.headline, story.paragraphs) == ("Ferry returns", ("The ferry sails again.", "It leaves at nine."))


def test_a_markdown_link_keeps_its_words_whatever_its_target(tmp_path: Path) -> None:
    path = tmp_path / "links.md"
    path.write_text("# Links\n\nSee [x](javascript:alert(1)) and [the guide](https://example.org/a_b_c).\n", encoding="utf-8")
    story = _load_in_time(path)
    assert isinstance(story, Story)
    assert story.paragraphs == ("See x and the guide.",)


# --- the command line: one line on stderr, whatever the file's name holds ---


def _binary(path: Path) -> None:
    path.write_bytes(b"\x00\x01\x02 binary")


def _fifo(path: Path) -> None:
    os.mkfifo(path)


@pytest.mark.parametrize(
    "name",
    [
        "two\nlines.txt",
        "carriage\rreturn.txt",
        "escape\x1b[31mred.txt",
        "override\u202etxt.exe",
        "separator\u2028.txt",
        "bad\udcffbyte.txt",
    ],
    ids=["newline", "carriage return", "terminal escape", "direction override", "line separator", "undecodable byte"],
)
@pytest.mark.parametrize("make", [_binary, _fifo], ids=["binary", "pipe"])
def test_a_file_name_never_splits_the_one_line_error(
    tmp_path: Path, capsys, command_line_logging, name: str, make: Callable[[Path], None]
) -> None:
    path = tmp_path / name
    try:
        make(path)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system cannot hold that name")
    assert cli.main(["--article", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reckoning: error: ")
    assert err.endswith("\n")
    assert err[:-1].isprintable(), repr(err)
    assert err.count("\n") == 1


def test_values_from_a_file_are_escaped_in_messages(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"format": 1, "article": "a.txt", "headline": "H", "source": "S", "url": "", "countdown": "x\ny"}))
    (tmp_path / "a.txt").write_text("date 2024-01-01 Dek.\n\nBody.\n", encoding="utf-8")
    message = _refusal(path)
    assert message == "story.json: “countdown” names the event “x\\ny”, which is not in “events”."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("two\nlines.json", b"\x89PNG\x00\x00", "two\\nlines.json holds binary data, not text. " + FORMATS),
        ("due.txt", b"Due\n\nPublished: 1 March 9999\n\nThe sequel is due next year.\n", None),
        (
            "page.html",
            b"<html><head><title>Empty</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
            "page.html is a web page, but no article text could be found in it. " + FORMATS,
        ),
        ("comment.html", b"<!-- only a comment -->", "comment.html is a web page, but no article text could be found in it. " + FORMATS),
    ],
    ids=["newline in the name", "due next year in 9999", "a page without an article", "a page the parser finds empty"],
)
def test_the_command_line_with_a_screenshot(tmp_path: Path, name: str, content: bytes, message: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    shot = tmp_path / "x.png"
    result = subprocess.run(
        [sys.executable, str(MAIN), "--article", str(path), "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if message is None:
        assert result.returncode == 0, result.stderr
        assert shot.exists()
    else:
        assert (result.returncode, result.stderr) == (1, f"reckoning: error: {message}\n")
