"""The one-folder desktop bundle (`make bundle`, PyInstaller) starts, shows its window and exits 0.

It needs the bundle built first, a minute or two, so it runs where RECKONING_BUNDLE names the
bundle's executable (`make bundle-check` sets it; .ci/run runs that) and is skipped elsewhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import DATA

BUNDLE = os.environ.get("RECKONING_BUNDLE", "")

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(not BUNDLE, reason="no bundle named by RECKONING_BUNDLE (make bundle-check builds one and runs this)"),
]


def _env(tmp_path: Path, **more: str) -> dict[str, str]:
    # Nothing of the build's Python may leak in: the bundle runs on what it carries.
    keep = {name: os.environ[name] for name in ("PATH", "LANG", "DISPLAY", "XAUTHORITY") if name in os.environ}
    return {**keep, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), **more}


def test_the_bundle_is_one_folder_that_runs_from_anywhere(tmp_path: Path) -> None:
    executable = Path(BUNDLE).absolute()
    moved = tmp_path / "elsewhere" / executable.parent.name
    shutil.copytree(executable.parent, moved, symlinks=True)
    version = subprocess.run(
        [str(moved / executable.name), "--version"], capture_output=True, text=True, cwd="/", env=_env(tmp_path), timeout=60, check=False
    )
    assert (version.returncode, version.stderr) == (0, "")
    assert version.stdout.startswith("Reckoning ")


def test_the_bundle_renders_a_saved_web_page(tmp_path: Path) -> None:
    # A web page goes through trafilatura and lxml: the bundle must have carried them.
    out = tmp_path / "page.png"
    result = subprocess.run(
        [BUNDLE, str(DATA / "harbour_news.html"), "--tab", "quotes", "--screenshot", str(out)],
        capture_output=True,
        text=True,
        cwd="/",
        env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 720)


@pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("xdotool") is None, reason="needs xvfb-run and xdotool")
def test_the_bundle_shows_its_window_opens_a_file_and_exits_0(tmp_path: Path) -> None:
    """Under Xvfb: the window maps; File › Open reads a page in a reader process (multiprocessing in a
    frozen app); SIGTERM closes the window as Quit would; the exit code is 0."""
    page = DATA / "harbour_news.html"
    script = f"""
        "{BUNDLE}" & app=$!
        window=$(timeout 60 xdotool search --sync --onlyvisible --name 'Reckoning' | head -1)
        xdotool windowfocus --sync "$window" key ctrl+o
        timeout 60 xdotool search --sync --onlyvisible --name '^Open story or article$' windowfocus --sync type '{page}'
        xdotool key Return
        timeout 60 xdotool search --sync --onlyvisible --name '^Ferry terminal to reopen after decade-long fight — Reckoning$' >/dev/null
        kill -TERM "$app"; wait "$app"
    """
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-ec", script],
        capture_output=True,
        text=True,
        env=_env(tmp_path, QT_QPA_PLATFORM="xcb"),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Quit as Quit does: the settings saved, the page remembered as the last one open.
    settings = (tmp_path / "config" / "Reckoning" / "Reckoning.conf").read_text(encoding="utf-8")
    assert "harbour_news.html" in settings
