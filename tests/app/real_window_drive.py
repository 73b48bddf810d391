"""Driven in a real X window by tests/app/test_real_window.py, never collected on its own.

A person's first minute: every tab by its shortcut, a quote found and copied through the
X clipboard, a screenshot of each tab; then real key events from xdotool (the keyboard
as the X server delivers it) and the clipboard as another program (xclip) reads it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

import gui
from gui.main_window import MainWindow
from gui.views.quotes.quotes_view import QuotesView

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.skipif(
    os.environ.get("QT_QPA_PLATFORM") != "xcb",
    reason="needs a real X display; tests/app/test_real_window.py runs this under Xvfb",
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


# --- Real key events (xdotool) and the X clipboard read by another program (xclip) ---------------

X_TOOLS = shutil.which("xdotool") is not None and shutil.which("xclip") is not None
needs_x_tools = pytest.mark.skipif(not X_TOOLS, reason="xdotool and xclip are not installed (Debian packages xdotool, xclip)")
CRUISE_AUDIENCE = "“It all comes down to one thing: The audience.” — Tom Cruise"
CRUISE_THRILL = "“How do we involve the audience? I just want to give them that thrill.” — Tom Cruise"


def _run(qtbot, *command: str) -> str:
    """Run another X client while this app's event loop runs: xclip asks this process for the clipboard."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10_000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out


def _keys(qtbot, *keys: str) -> None:
    """Real key presses through the X server, as a keyboard makes them."""
    _run(qtbot, "xdotool", "key", "--delay", "40", *keys)


def _type(qtbot, text: str) -> None:
    _run(qtbot, "xdotool", "type", "--delay", "40", text)


def _x_clipboard(qtbot, target: str) -> str:
    return _run(qtbot, "xclip", "-o", "-selection", "clipboard", "-t", target)


def _copy_with_ctrl_c(qtbot) -> tuple[str, str]:
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged, timeout=5000):
        _keys(qtbot, "ctrl+c")
    return _x_clipboard(qtbot, "UTF8_STRING"), _x_clipboard(qtbot, "text/html")


def _search_by_keyboard(qtbot, quotes: QuotesView, words: str, count: str) -> None:
    """Ctrl+F in the Quotes tab, `words` typed, and the list saying `count`."""
    _keys(qtbot, "ctrl+f")
    qtbot.waitUntil(quotes.search_box.hasFocus)
    _type(qtbot, words)
    qtbot.waitUntil(lambda: quotes.count_label.text() == count)


@pytest.fixture
def x_window(qtbot, window: MainWindow) -> MainWindow:
    assert QGuiApplication.platformName() == "xcb"
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


@needs_x_tools
def test_at_launch_page_down_and_ctrl_f_work_in_the_article(qtbot, x_window: MainWindow) -> None:
    view = x_window.article_view
    _keys(qtbot, "Next")
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    _keys(qtbot, "ctrl+f")
    qtbot.waitUntil(lambda: x_window.article_page.find_bar.field.hasFocus())
    _type(qtbot, "cameras")
    qtbot.waitUntil(lambda: x_window.article_page.find_bar.count_label.text() == "1 of 1")
    _keys(qtbot, "Escape")
    qtbot.waitUntil(view.hasFocus)
    words = "“…cameras…” — Christopher McQuarrie"
    assert _copy_with_ctrl_c(qtbot) == (words, f"<p>{words}</p>")


@needs_x_tools
def test_search_then_down_then_ctrl_c(qtbot, x_window: MainWindow) -> None:
    _keys(qtbot, "ctrl+2")
    qtbot.waitUntil(lambda: x_window.current_tab_name() == "quotes" and x_window.quotes_view.list_view.hasFocus())
    quotes = x_window.quotes_view
    _search_by_keyboard(qtbot, quotes, "audience", "2 of 8 quotes")
    _keys(qtbot, "Down")
    qtbot.waitUntil(quotes.list_view.hasFocus)
    assert _copy_with_ctrl_c(qtbot) == (CRUISE_AUDIENCE, f"<p>{CRUISE_AUDIENCE}</p>")


@needs_x_tools
def test_a_search_hiding_the_selected_quote_leaves_it_out_of_the_copy(qtbot, x_window: MainWindow) -> None:
    _keys(qtbot, "ctrl+2")
    quotes = x_window.quotes_view
    qtbot.waitUntil(quotes.list_view.hasFocus)
    _keys(qtbot, "Down", "Down", "Down")
    qtbot.waitUntil(lambda: [quote.text for quote in quotes.selected_quotes()] == ["a master plan"])
    _search_by_keyboard(qtbot, quotes, "audience", "2 of 8 quotes")
    _keys(qtbot, "Return")
    qtbot.waitUntil(quotes.list_view.hasFocus)
    assert _copy_with_ctrl_c(qtbot) == (CRUISE_AUDIENCE, f"<p>{CRUISE_AUDIENCE}</p>")
    _keys(qtbot, "ctrl+a")
    qtbot.waitUntil(lambda: quotes.detail.toPlainText() == "2 quotes selected.")
    both = f"{CRUISE_AUDIENCE}\n\n{CRUISE_THRILL}"
    assert _copy_with_ctrl_c(qtbot) == (both, f"<p>{CRUISE_AUDIENCE}</p>\n<p>{CRUISE_THRILL}</p>")
