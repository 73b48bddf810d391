"""Help › Keyboard shortcuts and Help › About: built from the app itself, links safe."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QFontMetrics, QKeySequence

from gui.main_window import MainWindow
from gui.views.about_dialog import AboutDialog, about_html
from gui.views.shortcuts_dialog import ShortcutsDialog, shortcut_rows
from tests.helpers import trigger_menu_action

ROOT = Path(__file__).parents[2]


def _readme_keyboard_table() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("## Keyboard", 1)[1].split("\n## ", 1)[0]


def _open_shortcuts(qtbot, window: MainWindow) -> list[tuple[str, str, str]]:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "shortcuts_dialog", None) is not None and window.shortcuts_dialog.isVisible())
    rows = window.shortcuts_dialog.rows()
    window.shortcuts_dialog.close()
    return rows


def test_f1_lists_every_action_with_a_key(qtbot, window: MainWindow) -> None:
    rows = _open_shortcuts(qtbot, window)
    listed = {(group, does) for group, _keys, does in rows}
    assert {("Everywhere", "Open"), ("Everywhere", "Previous tab"), ("Everywhere", "Keyboard shortcuts")} <= listed
    assert {("Article", "Find next"), ("Article", "Print article"), ("Quotes", "Star")} <= listed
    keys = {does: keys for _group, keys, does in rows}
    assert keys["Previous tab"] == "Ctrl+Shift+Tab"
    assert keys["Keyboard shortcuts"] == "F1 or Ctrl+?"
    # Every action that has a key is there: none forgotten, none listed twice.
    with_keys = {id(a) for a in window.findChildren(QAction) if any(not k.isEmpty() for k in a.shortcuts())}
    assert len(rows) == len(with_keys)


def test_a_new_action_is_listed_without_editing_the_dialog(qtbot, window: MainWindow) -> None:
    extra = QAction("&Reticulate splines…", window, shortcut=QKeySequence("Ctrl+Alt+R"))
    rows = shortcut_rows(window.shortcut_groups())
    assert ("Ctrl+Alt+R", "Reticulate splines") in dict(rows)["Everywhere"]
    extra.deleteLater()


def test_the_readme_keyboard_table_names_every_listed_key(qtbot, window: MainWindow) -> None:
    table = _readme_keyboard_table().replace("Escape", "Esc")
    cells = set(re.findall(r"[A-Za-z0-9+?=\-]+", table.replace(" / ", " ").replace(", ", " ")))
    missing = []
    for group, keys, does in _open_shortcuts(qtbot, window):
        for key in keys.split(" or "):
            if key not in cells and key not in table:
                missing.append((group, key, does))
    assert missing == []


def test_ctrl_question_mark_opens_the_list_too(window: MainWindow) -> None:
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Keyboard shortcuts")
    assert QKeySequence("Ctrl+?") in action.shortcuts()
    assert QKeySequence("F1") in action.shortcuts()


def test_about_shows_icon_version_licence_and_credits(window: MainWindow) -> None:
    trigger_menu_action(window, "&About Reckoning")
    dialog = window.about_dialog
    assert isinstance(dialog, AboutDialog)
    assert dialog.isVisible()
    text = dialog.text_label.text()
    for expected in ("Reckoning 0.1.0", "MIT licence", "The Reckoning developers", "Entertainment Weekly", "Paramount Pictures"):
        assert expected in text
    assert f"Qt {qVersion()}" in text
    assert "PySide6" in text
    assert '<a href="https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/">ew.com</a>' in text
    pictures = [label.pixmap() for label in dialog.findChildren(type(dialog.text_label)) if not label.pixmap().isNull()]
    assert pictures
    dialog.close()


def test_about_escapes_the_story_and_links_only_the_web(seed_story) -> None:
    hostile = replace(seed_story, headline="<img src=x> & <b>bold</b>", source="<i>EW</i>", url="javascript:alert(1)")
    text = about_html(hostile)
    assert "&lt;img src=x&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in text
    assert "&lt;i&gt;EW&lt;/i&gt;" in text
    assert "javascript" not in text


def test_about_opens_links_only_on_click_and_only_http(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    trigger_menu_action(window, "&About Reckoning")
    dialog = window.about_dialog
    assert opened == []  # showing the dialog opens nothing
    dialog.text_label.linkActivated.emit("file:///etc/passwd")
    dialog.text_label.linkActivated.emit("javascript:alert(1)")
    assert opened == []
    dialog.text_label.linkActivated.emit("https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/")
    assert [url.toString() for url in opened] == ["https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/"]
    dialog.close()


def test_the_licence_file_is_mit_and_the_package_says_so() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 The Reckoning developers\n")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"\nlicense-files = ["LICENSE"]' in pyproject


def test_a_row_shows_the_accents_over_capitals(qtbot) -> None:
    # German "Öffnen": the dots of Ö reach above the font's ascent, and a row as tall as the font clipped them.
    action = QAction("Öffnen")
    action.setShortcut(QKeySequence("Ctrl+O"))
    dialog = ShortcutsDialog([("Überall", [action])])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heading = dialog.tree.topLevelItem(0)
    assert heading is not None
    row = heading.child(0)
    assert row is not None
    height = dialog.tree.visualItemRect(row).height()
    metrics = QFontMetrics(dialog.tree.font())
    # The text is centred in its row: the top of Ö lies this far below the row's top.
    top_of_o = (height - metrics.height()) / 2 + metrics.ascent() + metrics.tightBoundingRect("Ö").top()
    assert top_of_o >= 0
