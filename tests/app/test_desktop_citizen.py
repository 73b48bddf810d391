"""Reckoning as a desktop app: identity, icon, menus, shortcuts, accessibility, keyboard-only use."""

from __future__ import annotations

import configparser
import os
import platform
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from gui.app import app_icon
from gui.desktop_entry import APP_ID
from gui.main_window import MainWindow

ROOT = Path(__file__).parents[2]
CTRL = Qt.KeyboardModifier.ControlModifier


def _menu_actions(window: MainWindow) -> list[QAction]:
    """Every action reachable from the menu bar, submenus included, on every tab."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        # Each menu by the action that opens it: QAction.menu() would do, but PySide 6.9 to 6.11.1
        # hand its menu to Python, which deletes the real menu with the wrapper.
        menus = {menu.menuAction(): menu for menu in window.findChildren(QMenu)}
        for action in actions:
            if action in menus:
                walk(menus[action].actions())
            elif not action.isSeparator():
                found.append(action)

    for tab in ("article", "quotes", "countdown"):
        window.show_tab(tab)
        walk(window.menuBar().actions())
    return list(dict.fromkeys(found))


def test_every_menu_action_has_a_status_tip(window: MainWindow) -> None:
    missing = [action.text() for action in _menu_actions(window) if not action.statusTip()]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("&Open…", QKeySequence.StandardKey.Open),
        ("&Quit", QKeySequence.StandardKey.Quit),
        ("&Print article…", QKeySequence.StandardKey.Print),
        ("&Find…", QKeySequence.StandardKey.Find),
        ("Find &next", QKeySequence.StandardKey.FindNext),
        ("&Copy", QKeySequence.StandardKey.Copy),
        ("Zoom &in", QKeySequence.StandardKey.ZoomIn),
        ("Zoom &out", QKeySequence.StandardKey.ZoomOut),
        ("&Next tab", QKeySequence.StandardKey.NextChild),
        ("&Previous tab", QKeySequence.StandardKey.PreviousChild),
    ],
)
def test_standard_shortcuts(window: MainWindow, text: str, key: QKeySequence.StandardKey) -> None:
    action = next(a for a in _menu_actions(window) if a.text() == text)
    # Some platforms define no binding for a key (Quit, on a desktop Qt has no theme for).
    standard = QKeySequence.keyBindings(key)[:1] or [QKeySequence("Ctrl+Q")]
    assert standard[0] in action.shortcuts()


def test_ctrl_tab_walks_the_tabs_and_wraps(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_tab("article")
    for expected in ("quotes", "countdown", "article"):
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab, CTRL)
        assert window.current_tab_name() == expected
    qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_tab_name() == "countdown"


def test_every_widget_reached_by_tab_has_a_name_and_description(window: MainWindow) -> None:
    unnamed = []
    for tab in ("article", "quotes", "countdown"):
        window.show_tab(tab)
        window.article_page.find_bar.open()
        for widget in window.findChildren(QWidget):
            internal = widget.objectName().startswith(("qt_", "Scroll"))
            reachable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisibleTo(window) and widget.window() is window
            described = widget.accessibleName() and widget.accessibleDescription()
            if reachable and not internal and not described:
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert sorted(set(unnamed)) == []


def test_keyboard_only_every_tab_a_quote_copied_and_an_event_chosen(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QGuiApplication.focusObject(), key, modifiers)

    press(Qt.Key.Key_2, CTRL)
    assert window.current_tab_name() == "quotes"
    press(Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(QGuiApplication.focusObject(), "master")
    press(Qt.Key.Key_Return)  # to the results, first one selected
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        press(Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "“a master plan” — Christopher McQuarrie"

    press(Qt.Key.Key_3, CTRL)
    assert window.current_tab_name() == "countdown"
    before = window.countdown_view.current_event()
    press(Qt.Key.Key_Down)
    assert window.countdown_view.current_event() != before

    press(Qt.Key.Key_1, CTRL)
    assert window.current_tab_name() == "article"
    assert window.article_view.hasFocus()
    press(Qt.Key.Key_Tab)  # the dek's quote
    press(Qt.Key.Key_Return)
    assert [index.row() for index in window.model.selection.selectedRows()] == [0]


def test_about_names_the_versions_the_source_and_the_credit(window: MainWindow) -> None:
    about = next(a for a in _menu_actions(window) if a.text() == "&About Reckoning")
    about.trigger()
    text = window.about_dialog.text_label.text()
    window.about_dialog.close()
    for expected in (f"Qt {qVersion()}", f"Python {platform.python_version()}", "Entertainment Weekly", "ew.com", "Paramount Pictures"):
        assert expected in text


def test_the_icon_is_scalable_and_draws() -> None:
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(128, 128).toImage()
    assert image.width() == 128
    assert len({image.pixel(x, y) for x in range(8, 128, 16) for y in range(8, 128, 16)}) > 4


def test_the_desktop_entry_is_complete() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "resources" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Reckoning"
    assert section["Icon"] == APP_ID
    # %f: a file manager's "Open with Reckoning" passes the file to open.
    assert section["Exec"] == "reckoning %f"
    assert set(section["MimeType"].rstrip(";").split(";")) == {
        "text/plain",
        "text/markdown",
        "text/x-markdown",
        "text/html",
        "application/xhtml+xml",
        "application/json",
    }
    assert section["Categories"].endswith(";")
    # The window's class ties it to this entry in docks and task bars.
    assert section["StartupWMClass"] == "Reckoning"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_install_desktop_puts_the_entry_and_icon_where_menus_look(tmp_path: Path) -> None:
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}
    result = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "install-desktop"], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    desktop = data / "applications" / f"{APP_ID}.desktop"
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    executable, argument = next(line for line in desktop.read_text(encoding="utf-8").splitlines() if line.startswith("Exec="))[5:].split(
        " "
    )
    assert argument == "%f"
    assert Path(executable).is_absolute()
    assert os.access(executable, os.X_OK)
    subprocess.run(["make", "-s", "-C", str(ROOT), "uninstall-desktop"], env=env, timeout=60, check=True)
    assert not desktop.exists()
