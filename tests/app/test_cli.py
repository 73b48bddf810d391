"""The command line, run as a person runs it: a separate process, exit codes, stderr."""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import gui
from tests.conftest import DATA
from tests.helpers import MAIN, rewrite_story, run_reckoning


def test_version(tmp_path: Path) -> None:
    result = run_reckoning("--version", tmp_path=tmp_path)
    assert (result.returncode, result.stdout) == (0, f"Reckoning {gui.__version__}\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        # argparse quotes the choices differently across Python versions; the start is stable.
        (["--tab", "nope"], "reckoning: error: argument --tab: invalid choice: 'nope' (choose from "),
        (
            ["--now", "yesterday"],
            "reckoning: error: argument --now: “yesterday” is not an ISO date and time such as 2023-07-01T12:00 (see --help)\n",
        ),
        (["--bogus"], "reckoning: error: unrecognized arguments: --bogus (see --help)\n"),
    ],
)
def test_a_bad_argument_is_one_line_and_exit_code_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_reckoning(*args, tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(message)
    assert result.stderr.endswith(" (see --help)\n")
    assert result.stderr.count("\n") == 1


def test_a_broken_article_is_one_line_and_exit_code_1(tmp_path: Path) -> None:
    result = run_reckoning("--article", str(DATA / "broken_story.json"), tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("reckoning: error: broken_story.json is not valid JSON:")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_screenshot_renders_the_chosen_tab(tmp_path: Path) -> None:
    out = tmp_path / "countdown.png"
    result = run_reckoning("--tab", "countdown", "--now", "2023-07-01T12:00", "--screenshot", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 720)


def test_screenshot_to_an_unwritable_place_fails_clearly(tmp_path: Path) -> None:
    result = run_reckoning("--screenshot", str(tmp_path / "missing-folder" / "x.png"), tmp_path=tmp_path)
    assert result.returncode == 1
    assert result.stderr.endswith(f"reckoning: error: cannot write the screenshot to {tmp_path / 'missing-folder' / 'x.png'}\n")


def test_reset_settings_forgets_what_was_remembered(tmp_path: Path) -> None:
    conf = tmp_path / "config" / "Reckoning" / "Reckoning.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[article]\nzoom=250\ntheme=dark\n\n[window]\ntab=countdown\n", encoding="utf-8")
    kept = run_reckoning("--screenshot", str(tmp_path / "kept.png"), tmp_path=tmp_path)
    assert kept.returncode == 0, kept.stderr
    assert "zoom=250" in conf.read_text(encoding="utf-8")

    result = run_reckoning("--reset-settings", "--screenshot", str(tmp_path / "reset.png"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    text = conf.read_text(encoding="utf-8")
    assert "zoom=250" not in text
    assert "theme=dark" not in text
    assert "tab=countdown" not in text


def test_verbose_logs_each_step_and_quiet_is_quiet(tmp_path: Path) -> None:
    quiet = run_reckoning("--screenshot", str(tmp_path / "quiet.png"), tmp_path=tmp_path)
    assert "reckoning: gui." not in quiet.stderr
    loud = run_reckoning("--verbose", "--screenshot", str(tmp_path / "loud.png"), tmp_path=tmp_path)
    assert loud.returncode == 0
    assert "reckoning: gui.app: showing “Watch Tom Cruise ride a motorcycle off a cliff” with 8 quotes" in loud.stderr
    assert f"reckoning: gui.app: screenshot saved to {tmp_path / 'loud.png'}" in loud.stderr


def test_the_app_never_prints() -> None:
    import ast

    for path in (Path(__file__).parents[2] / "gui").rglob("*.py"):
        calls = [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Call)]
        assert not [c for c in calls if isinstance(c.func, ast.Name) and c.func.id == "print"], path


def test_an_offscreen_screenshot_prints_nothing(tmp_path: Path) -> None:
    # Qt's offscreen plugin says "This plugin does not support propagateSizeHints()" on every window shown.
    result = run_reckoning("--screenshot", str(tmp_path / "shot.png"), tmp_path=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")


# The warning that is let through is this test's own doing, not a failure.
@pytest.mark.qt_log_level_fail("CRITICAL")
def test_offscreen_drops_only_the_window_system_notices(qtlog) -> None:
    from PySide6.QtCore import qWarning

    from gui.offscreen import drop_window_system_notices

    drop_window_system_notices()
    qWarning("This plugin does not support propagateSizeHints()")
    qWarning("QFont: a warning that matters")
    assert [record.message for record in qtlog.records] == ["QFont: a warning that matters"]


def _bare_python(folder: Path, *, with_dependencies: bool) -> Path:
    """A venv without Reckoning; with its dependencies (seen through a .pth to these tests' own), or with nothing."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True, timeout=60)
    python = folder / "bin" / "python"
    if with_dependencies:
        site = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True
        ).stdout.strip()
        # A plain path line: the .pth files there (the editable install among them) are not read.
        Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


@pytest.mark.skipif(sys.platform == "win32", reason="the venv's interpreter is in bin/ on POSIX")
def test_main_py_without_the_dependencies_says_what_to_run(tmp_path: Path) -> None:
    python = _bare_python(tmp_path / "venv", with_dependencies=False)
    result = subprocess.run([str(python), str(MAIN), "--version"], capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("main.py: PySide6-Essentials, trafilatura, lxml_html_clean, markdown-it-py not installed for ")
    assert "run `make run`" in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.skipif(sys.platform == "win32", reason="the venv's interpreter is in bin/ on POSIX")
def test_main_py_runs_from_a_checkout_that_was_never_installed(tmp_path: Path) -> None:
    # The bundled story comes from the checkout's resources/ folder, not from an installed package.
    python = _bare_python(tmp_path / "venv", with_dependencies=True)
    result = subprocess.run(
        [str(python), str(MAIN), "--export-quotes", "-"], capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert '"speaker"' in result.stdout


def test_main_py_knows_every_dependency_of_the_project() -> None:
    import runpy

    project = tomllib.loads((MAIN.parent / "pyproject.toml").read_text(encoding="utf-8"))
    names = {re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0] for requirement in project["project"]["dependencies"]}
    assert set(runpy.run_path(str(MAIN))["DEPENDENCIES"]) == names


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("stdout", "expected"),
    [
        ("full", "reckoning: error: the quotes could not be written to standard output: No space left on device"),
        ("closed", "reckoning: error: the quotes could not be written: standard output is closed"),
    ],
)
def test_quotes_for_a_standard_output_that_cannot_take_them_is_one_line(tmp_path: Path, stdout: str, expected: str) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, str(MAIN), "--export-quotes", "-"],
            stdout=full if stdout == "full" else subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
            cwd=tmp_path,
            # Closed, as `>&-` leaves it: the child starts with no file descriptor 1 at all.
            preexec_fn=None if stdout == "full" else lambda: __import__("os").close(1),
        )
    assert (result.returncode, result.stderr) == (1, expected + "\n")


def test_quotes_for_a_reader_that_stops_early_end_quietly(tmp_path: Path) -> None:
    with subprocess.Popen(
        [sys.executable, str(MAIN), str(DATA / "harbour_news.html"), "--export-quotes", "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    ) as reader:
        assert reader.stdout is not None
        assert reader.stderr is not None
        reader.stdout.close()  # as `| head -c 0` would
        assert (reader.wait(timeout=60), reader.stderr.read()) == (0, b"")


# --- Where an export or a screenshot may go ---------------------------------------------------


def _article_copy(tmp_path: Path) -> Path:
    article = tmp_path / "article.md"
    article.write_bytes((DATA / "second_article.txt").read_bytes())
    return article


@pytest.mark.parametrize("kind", ["itself", "symlink", "hard link"])
def test_exporting_over_the_article_being_read_is_refused_and_leaves_it(tmp_path: Path, kind: str) -> None:
    article = _article_copy(tmp_path)
    before = article.read_bytes()
    out = {"itself": article, "symlink": tmp_path / "link.md", "hard link": tmp_path / "hard.md"}[kind]
    if kind == "symlink":
        out.symlink_to(article)
    elif kind == "hard link":
        out.hardlink_to(article)
    result = run_reckoning(str(article), "--export-quotes", str(out), tmp_path=tmp_path)
    assert (result.returncode, result.stderr) == (
        2,
        f"reckoning: error: --export-quotes: {out} is the article being read; writing there would replace it,"
        " give another name (see --help)\n",
    )
    assert article.read_bytes() == before


def test_exporting_over_the_bundled_story_is_refused(tmp_path: Path) -> None:
    story = MAIN.parent / "resources" / "story.json"
    before = story.read_bytes()
    result = run_reckoning("--export-quotes", str(story), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.endswith(" is a file of the bundled story; writing there would replace it, give another name (see --help)\n")
    assert story.read_bytes() == before


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs named pipes")
@pytest.mark.parametrize(("option", "name"), [("--export-quotes", "out.csv"), ("--screenshot", "out.png")])
def test_a_named_pipe_as_output_is_refused_without_waiting(tmp_path: Path, option: str, name: str) -> None:
    import os

    fifo = tmp_path / name
    os.mkfifo(fifo)
    result = run_reckoning(option, str(fifo), tmp_path=tmp_path, timeout=20)
    assert (result.returncode, result.stderr) == (
        2,
        f"reckoning: error: {option}: {fifo} is not a regular file (a named pipe, a device or a folder); give a file's name (see --help)\n",
    )


def test_a_folder_as_output_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "quotes.csv"
    folder.mkdir()
    result = run_reckoning("--export-quotes", str(folder), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "is not a regular file" in result.stderr


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("--export-quotes", "reckoning: error: --export-quotes needs a file name, such as quotes.csv (or - for standard output)"),
        ("--screenshot", "reckoning: error: --screenshot needs a file name, such as window.png"),
    ],
)
def test_an_empty_output_name_says_a_name_is_needed(tmp_path: Path, option: str, message: str) -> None:
    result = run_reckoning(option, "", tmp_path=tmp_path)
    assert (result.returncode, result.stderr) == (2, message + " (see --help)\n")


@pytest.mark.parametrize(
    ("option", "name", "suffixes"),
    [("--screenshot", "x.txt", ".png"), ("--export-quotes", "x.txt", ".csv, .md or .json, or be - for standard output")],
)
def test_a_wrong_suffix_is_an_argument_error_naming_those_accepted(tmp_path: Path, option: str, name: str, suffixes: str) -> None:
    out = tmp_path / name
    result = run_reckoning(option, str(out), tmp_path=tmp_path)
    assert (result.returncode, result.stderr) == (2, f"reckoning: error: {option}: {out} must end in {suffixes} (see --help)\n")
    assert not out.exists()


def test_an_export_replaces_a_file_whole_and_keeps_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    result = run_reckoning("--export-quotes", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"quote,speaker,role,source,published,url\r\n")
    assert out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "config") == ["quotes.csv"]


def test_exporting_over_the_text_a_json_story_names_is_refused(story_dir: Path) -> None:
    text = story_dir / "second_article.md"
    (story_dir / "second_article.txt").rename(text)
    story = rewrite_story(story_dir, article=text.name)
    before = text.read_bytes()
    result = run_reckoning(str(story), "--export-quotes", str(text), tmp_path=story_dir)
    assert result.returncode == 2
    assert f"--export-quotes: {text} is the article being read;" in result.stderr
    assert text.read_bytes() == before
