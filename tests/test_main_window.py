"""The window as a user meets it: tabs by keyboard, another story loaded, state remembered."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMenu

from gui.main_window import MainWindow
from tests.conftest import DATA, OSLO
from tests.helpers import FakeClock, open_and_wait


def test_tabs_switch_by_keyboard(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    for key, name in ((Qt.Key.Key_2, "quotes"), (Qt.Key.Key_3, "countdown"), (Qt.Key.Key_1, "article")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_tab_name() == name


def test_loading_another_story_updates_every_tab(window: MainWindow) -> None:
    assert open_and_wait(window, DATA / "second_story.json")
    assert window.article_view.toPlainText().startswith("Spring fair returns to the square")
    assert "Nobody leaves hungry." in window.article_view.toPlainText()
    quotes = window.quotes_view
    assert quotes.count_label.text() == "3 of 3 quotes"
    assert quotes.speaker_box.itemText(2) == "Ada Lind (2)"
    countdown = window.countdown_view
    assert countdown.event_box.count() == 1
    assert countdown.title_label.text() == "Spring fair opens"
    assert window.windowTitle() == "Spring fair returns to the square — Reckoning"


def test_a_replaced_story_is_freed_at_once_though_kept_from_full_collections(window: MainWindow) -> None:
    # The window freezes a story's objects out of the cycle collector; that is only safe
    # while nothing of a story needs the collector to be freed.
    assert open_and_wait(window, DATA / "second_story.json")
    from_json = weakref.ref(window.model.story)
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        window.open_bundled_story()  # through the quote extractor
        assert gc.get_freeze_count() > frozen
        assert from_json() is None
        extracted = weakref.ref(window.model.story)
        assert open_and_wait(window, DATA / "second_story.json")
        assert extracted() is None
    finally:
        gc.enable()


def test_a_broken_story_is_reported_and_the_current_one_kept(window: MainWindow) -> None:
    before = window.model.story
    assert not open_and_wait(window, DATA / "broken_story.json")
    assert window.model.story is before
    assert window.message_box is not None
    assert window.message_box.text().startswith("broken_story.json is not valid JSON:")
    assert window.message_box.textFormat() == Qt.TextFormat.PlainText
    assert window.article_view.toPlainText().startswith("Watch Tom Cruise")


def test_last_tab_and_geometry_are_remembered(qtbot, window: MainWindow, model, clock: FakeClock, settings: QSettings) -> None:
    window.show_tab("countdown")
    window.resize(642, 481)  # inside the offscreen screen (800×600), which restoreGeometry clamps to
    window.close()
    again = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(again)
    assert again.current_tab_name() == "countdown"
    assert (again.width(), again.height()) == (642, 481)


def test_menus_carry_the_standard_actions(window: MainWindow) -> None:
    menus = {menu.title(): [a.text() for a in menu.actions() if a.text()] for menu in window.menuBar().findChildren(QMenu) if menu.title()}
    assert menus == {
        "&File": [
            "&Open…",
            "Open &Recent",
            "Open the &Cliff-Jump Story",
            "&Export quotes…",
            "Export &event…",
            "Export article as &PDF…",
            "&Print article…",
            "&Quit",
        ],
        "&Edit": ["&Copy", "Copy with &attribution", "Select &all", "&Find…", "Find &next", "Find &previous"],
        "&View": [
            "&Article",
            "&Quotes",
            "&Countdown",
            "&Next tab",
            "&Previous tab",
            "Zoom &in",
            "Zoom &out",
            "&Actual size",
            "Page &theme",
        ],
        "&Help": ["&Keyboard shortcuts", "&About Reckoning"],
        "Open &Recent": ["No recent articles", "&Clear list"],
    }


def test_the_edit_menu_follows_the_tab(window: MainWindow) -> None:
    window.show_tab("quotes")
    assert [a.text() for a in window.edit_menu.actions() if a.text()] == ["&Copy", "Copy &as", "&Star / unstar", "&Search quotes"]
    window.show_tab("countdown")
    assert not window.edit_menu.isEnabled()
    window.show_tab("article")
    assert window.edit_menu.isEnabled()


def test_settings_file_is_the_injected_one(settings: QSettings, tmp_path: Path) -> None:
    assert Path(settings.fileName()).parent == tmp_path


def test_damaged_favourites_in_settings_count_as_none(qtbot, model, clock: FakeClock, settings: QSettings) -> None:
    settings.setValue("quotes/favourites", "{not json")
    damaged = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(damaged)
    assert model.favourites == frozenset()
