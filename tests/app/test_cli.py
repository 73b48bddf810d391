"""The command line, run as a person runs it: a separate process, exit codes, stderr."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import gui
from tests.conftest import DATA
from tests.helpers import run_reckoning


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
