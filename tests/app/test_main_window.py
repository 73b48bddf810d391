"""The window as a user meets it: tabs by keyboard, another story loaded, state remembered."""

from __future__ import annotations

import gc
import weakref
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget

from gui.main_window import MainWindow
from gui.models.story_model import StoryModel
from gui.story.quote_formats import CopyFormat
from tests.conftest import DATA, OSLO
from tests.helpers import FakeClock, open_and_wait, select_rows, trigger_menu_action


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
            "Open &recent",
            "Open the &cliff-jump story",
            "E&xport quotes…",
            "Export &event…",
            "Export article as P&DF…",
            "&Print article…",
            "&Quit",
        ],
        "&Edit": [
            "&Copy",
            "Copy &as",
            "Copy &with attribution",
            "S&elect all",
            "&Find…",
            "Find &next",
            "Find &previous",
            "Caret &browsing",
        ],
        "&View": [
            "&Article",
            "&Quotes",
            "&Countdown",
            "&Next tab",
            "&Previous tab",
            "Zoom &in",
            "Zoom &out",
            "Actual &size",
            "Page &theme",
        ],
        "&Help": ["&Keyboard shortcuts", "&About Reckoning"],
        "Open &recent": ["No recent articles", "&Clear list"],
    }


def test_the_edit_menu_follows_the_tab(window: MainWindow) -> None:
    window.show_tab("quotes")
    assert [a.text() for a in window.edit_menu.actions() if a.text()] == ["&Copy", "Copy &as", "&Star", "Search &quotes"]
    window.show_tab("countdown")
    assert not window.edit_menu.isEnabled()
    window.show_tab("article")
    assert window.edit_menu.isEnabled()


def test_the_window_remembers_in_the_settings_it_was_given(window: MainWindow, settings: QSettings, tmp_path: Path) -> None:
    window.show_tab("quotes")
    window.close()
    written = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "tab=quotes" in written
    assert settings.value("window/tab") == "quotes"


def test_damaged_favourites_in_settings_count_as_none(qtbot, model, clock: FakeClock, settings: QSettings) -> None:
    settings.setValue("quotes/favourites", "{not json")
    damaged = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(damaged)
    assert model.favourites == frozenset()


def test_the_story_is_frozen_after_every_tab_has_taken_it_in(window: MainWindow, monkeypatch) -> None:
    import gui.long_lived

    seen_at_freeze: list[tuple[int, int]] = []

    class RecordingGc:
        def freeze(self) -> None:
            seen_at_freeze.append((window.quotes_view.speaker_box.count(), window.countdown_view.event_box.count()))

    window.show_tab("quotes")
    window.show_tab("countdown")  # both tabs made after the window: their slots come later
    monkeypatch.setattr(gui.long_lived, "gc", RecordingGc())
    assert open_and_wait(window, DATA / "second_story.json")
    after = (window.quotes_view.speaker_box.count(), window.countdown_view.event_box.count())
    assert seen_at_freeze == [after]


# --- The keyboard is always inside the tab shown ------------------------------------------------------


def _activate(qtbot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()


def test_at_launch_the_first_keys_work_in_the_article(qtbot, window: MainWindow) -> None:
    _activate(qtbot, window)
    view = window.article_view
    assert QApplication.focusWidget() is view
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert view.verticalScrollBar().value() > 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 110
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.article_page.find_bar.field.hasFocus()


def test_the_focus_is_marked_round_the_article_and_the_quote_list(qtbot, window: MainWindow) -> None:
    _activate(qtbot, window)
    view = window.article_view
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert view.grab().toImage().pixelColor(view.width() // 2, view.frameWidth()) == highlight
    window.tabs.tabBar().setFocus()
    assert view.grab().toImage().pixelColor(view.width() // 2, view.frameWidth()) != highlight
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    quotes = window.quotes_view.list_view
    assert quotes.grab().toImage().pixelColor(quotes.width() // 2, quotes.frameWidth()) == highlight
    window.quotes_view.search_box.setFocus()
    assert quotes.grab().toImage().pixelColor(quotes.width() // 2, quotes.frameWidth()) != highlight


def test_ctrl_number_puts_the_keyboard_in_the_tab_even_when_already_shown(qtbot, window: MainWindow) -> None:
    _activate(qtbot, window)
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.quotes_view.list_view.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.countdown_view.event_box.hasFocus()
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.countdown_view.event_box.hasFocus()


def test_after_a_dialog_closes_the_keyboard_is_back_in_the_tab(qtbot, window: MainWindow) -> None:
    _activate(qtbot, window)
    window.show_tab("countdown")
    export_button = window.countdown_view.findChild(QPushButton)
    assert export_button is not None
    export_button.setFocus()  # as a click on "Export event…" leaves it
    trigger_menu_action(window, "&About Reckoning")
    box = window.about_dialog
    assert box is not None
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    box.accept()
    # With no window manager to hand the keys back (offscreen, Xvfb), the window takes them itself.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(window.countdown_view.event_box.hasFocus)


def test_visiting_the_quotes_tab_leaves_the_readers_place_in_the_article(qtbot, window: MainWindow) -> None:
    _activate(qtbot, window)
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert [quote.text for quote in window.quotes_view.selected_quotes()] == ["the biggest stunt in cinema history."]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()


def test_coming_back_from_another_app_leaves_the_keyboard_where_it_was(qtbot, window: MainWindow) -> None:
    _activate(qtbot, window)
    window.show_tab("quotes")
    search = window.quotes_view.search_box
    search.setFocus()
    other_app = QWidget()  # a window not of this one: as another app's is
    qtbot.addWidget(other_app)
    other_app.show()
    with qtbot.waitActive(other_app):
        other_app.activateWindow()
    _activate(qtbot, window)
    assert search.hasFocus()


# --- The tabs' pages inside the window: what each page's own tests cannot show ------------


def test_star_by_keyboard_and_mouse_filter_and_remember(
    qtbot, window: MainWindow, model: StoryModel, clock, settings: QSettings, seed_story
) -> None:
    window.show_tab("quotes")
    view = window.quotes_view
    view.list_view.setFocus()
    select_rows(view, 1)
    view.favourite_action.trigger()
    assert window.statusBar().currentMessage() == "Starred 1 quote"
    star_point = view.list_view.visualRect(view.proxy.index(6, 0)).topLeft() + QPoint(6, 8)
    qtbot.mouseClick(view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=star_point)
    assert model.favourites == {"I've wanted to do it since I was a little kid,", "Pretty much the biggest stunt in cinema history,"}
    view.favourites_button.click()
    assert view.count_label.text() == "2 of 8 quotes"
    window.close()

    fresh_model = StoryModel(seed_story)  # as a restart has, before settings are read
    again = MainWindow(fresh_model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(again)
    assert fresh_model.favourites == {"I've wanted to do it since I was a little kid,", "Pretty much the biggest stunt in cinema history,"}


def test_the_copy_button_names_the_form_in_force(qtbot, window: MainWindow) -> None:
    view = window.quotes_view
    assert view.copy_button.text() == "Copy · With attribution"
    select_rows(view, 2)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        view.copy_as_actions[CopyFormat.CITATION].trigger()
    assert view.copy_button.text() == "Copy · Citation"
    assert window.statusBar().currentMessage() == "Copied 1 quote as a citation"
    # A form chosen in the Article tab shows here too.
    window.article_page.copy_as_actions[CopyFormat.PLAIN].trigger()
    window.show_tab("quotes")
    assert view.copy_button.text() == "Copy · Plain text"
    assert view.copy_as_actions[CopyFormat.PLAIN].isChecked()


def test_reached_fires_once_when_zero_is_crossed(qtbot, window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 11, 23, 59, 59, tzinfo=OSLO))
    window.show_tab("countdown")
    view = window.countdown_view
    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(view.reached) as blocker:
        view.ticker.fire()
    assert blocker.args[0].id == "us-release"
    assert window.statusBar().currentMessage() == "Mission: Impossible – Dead Reckoning Part One in US theaters: Out today"
    clock.advance(timedelta(seconds=1))
    with qtbot.assertNotEmitted(view.reached):
        view.ticker.fire()


def test_no_ticks_while_minimised_or_hidden(qtbot, window: MainWindow) -> None:
    window.show_tab("countdown")
    ticker = window.countdown_view.ticker
    window.showMinimized()
    qtbot.waitUntil(lambda: not ticker.is_running())
    window.showNormal()
    qtbot.waitUntil(ticker.is_running)
    window.hide()
    assert not ticker.is_running()


def test_a_search_unselecting_the_clicked_quote_says_so_and_copy_then_says_what_to_select(qtbot, window: MainWindow) -> None:
    """The status bar never speaks of a quote no longer selected; Ctrl+C with nothing picked answers."""
    _activate(qtbot, window)
    window.article_view.anchorClicked.emit(QUrl("quote:2"))
    assert window.statusBar().currentMessage() == "Selected the quote by Tom Cruise"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.quotes_view.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.quotes_view.search_box, "motorcycle")
    assert window.model.selection.selectedRows() == []
    assert window.statusBar().currentMessage() == "Nothing is selected: the filter hides the quote that was"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.article_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Select a quote, or words in the article, to copy"
