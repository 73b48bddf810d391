"""Ctrl+C in the terminal and SIGTERM quit the app cleanly, saving what it remembers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

MAIN = Path(__file__).parents[2] / "main.py"


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_closes_the_window_and_saves_the_settings(tmp_path: Path, number: signal.Signals) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    with subprocess.Popen(
        [sys.executable, str(MAIN), "--verbose", "--tab", "quotes"], env=env, stderr=subprocess.PIPE, text=True, cwd=MAIN.parent
    ) as app:
        assert app.stderr is not None
        # The window is up once it says what it shows; the signal then comes while the loop sleeps.
        for line in app.stderr:
            if "showing" in line:
                break
        app.send_signal(number)
        try:
            rest = app.stderr.read()
            code = app.wait(timeout=30)
        finally:
            app.kill()
    assert code == 0, rest
    assert "Traceback" not in rest
    assert "tab=quotes" in (tmp_path / "config" / "Reckoning" / "Reckoning.conf").read_text(encoding="utf-8")
