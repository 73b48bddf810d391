"""Driven in a real X window by tests/test_real_window.py, never collected on its own.

A person's first minute: every tab by its shortcut, a quote found and copied through the
X clipboard, a screenshot of each tab.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import gui
from gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb",
    reason="needs a real X display; tests/test_real_window.py runs this under Xvfb",
)


def test_tabs_copy_and_screenshots_in_a_real_window(qtbot, window: MainWindow) -> None:
    shots = Path(os.environ["RECKONING_SHOTS"])
    assert QGuiApplication.platformName() == "xcb"
    with qtbot.waitActive(window):
        window.activateWindow()

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QGuiApplication.focusObject(), key, modifiers)

    for number, name in enumerate(gui.TAB_NAMES, start=1):
        press(Qt.Key(Qt.Key.Key_0 + number), CTRL)
        qtbot.waitUntil(lambda n=name: window.current_tab_name() == n)
        qtbot.waitExposed(window.tabs.currentWidget())
        assert window.grab().save(str(shots / f"{name}.png"))

    press(Qt.Key.Key_2, CTRL)
    press(Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QGuiApplication.focusObject(), "audience")
    press(Qt.Key.Key_Return)
    # On X the clipboard is another process's business: wait for it to say it changed.
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged, timeout=5000):
        press(Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "“It all comes down to one thing: The audience.” — Tom Cruise"
