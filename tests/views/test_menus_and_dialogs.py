"""Menus and dialogs that say what they do: mnemonics, labels, keyboard reach, file names, titles, link status."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from gui.main_window import MainWindow
from gui.models.story_model import QuoteRole, StoryModel
from gui.views.plain_message import show_plain_message, title_width
from gui.views.quotes.quotes_view import MIN_STAR_TARGET, QuotesView
from gui.views.text_export import slug

ALT = Qt.KeyboardModifier.AltModifier


def _mnemonics(menu: QMenu) -> list[str]:
    """The key of each item: the letter after its single "&"."""
    keys = []
    for action in menu.actions():
        text = action.text().replace("&&", "")
        assert text.count("&") == 1, action.text()
        keys.append(text[text.index("&") + 1].lower())
    return keys


@pytest.mark.parametrize(
    "menu_of", [lambda w: w.article_page.theme_menu, lambda w: w.article_page.copy_as_menu, lambda w: w.quotes_view.copy_as_menu]
)
def test_page_theme_and_copy_as_items_each_have_their_own_key(window: MainWindow, menu_of) -> None:
    keys = _mnemonics(menu_of(window))
    assert len(keys) == len(set(keys)) >= 4


def _menus_of(menu: QMenu) -> list[QMenu]:
    found = [menu]
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _menus_of(submenu)
    return found


@pytest.mark.parametrize("tab", ["article", "quotes", "countdown"])
def test_no_two_items_of_a_menu_share_a_key(window: MainWindow, tab: str) -> None:
    window.show_tab(tab)
    bar = window.menuBar()
    titles = [action.text() for action in bar.actions()]
    assert len(_keys_of(titles)) == len(titles)
    for top in bar.actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()  # Open recent fills itself as it opens
        for each in _menus_of(menu):
            texts = [a.text() for a in each.actions() if a.text() and not a.isSeparator() and (a.isEnabled() or "&" in a.text())]
            keys = _keys_of(texts)
            assert len(keys) == len(texts), texts
            assert len(set(keys)) == len(keys), (each.title(), texts)


def _keys_of(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain:
            keys.append(plain[plain.index("&") + 1].lower())
    return keys


def test_copy_link_location_is_in_sentence_case(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    view = window.article_view
    start = view.toPlainText().index("Entertainment Weekly ·")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 2)
    rect = view.cursorRect(cursor)
    position = QPoint(rect.right() + 2, rect.center().y())
    QApplication.sendEvent(
        view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, view.viewport().mapToGlobal(position))
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts = [action.text() for action in menu.actions() if action.text()]
    menu.close()
    assert "Copy &link location" in texts
    assert "S&elect all" in texts  # the Edit menu's, in place of Qt's "Select All"
    keys = _keys_of(texts)
    assert len(keys) == len(texts)
    assert len(set(keys)) == len(keys), texts
    assert not any(text.replace("&", "") == "Copy Link Location" for text in texts)


def _select(view: QuotesView, *rows: int) -> None:
    selection = view.list_view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select)


def test_the_star_action_says_whether_it_will_star_or_unstar(window: MainWindow, model: StoryModel) -> None:
    view = window.quotes_view
    _select(view, 1)
    assert view.favourite_action.text() == "&Star"
    view.favourite_action.trigger()
    assert view.favourite_action.text() == "Un&star"
    _select(view, 1, 2)  # one starred, one not: the action stars both
    assert view.favourite_action.text() == "&Star"
    view.favourite_action.trigger()
    assert view.favourite_action.text() == "Un&star"
    view.favourite_action.trigger()
    assert not model.favourites
    assert view.favourite_action.text() == "&Star"


def test_the_favourites_toggle_shows_on_by_more_than_a_shade(window: MainWindow) -> None:
    button = window.quotes_view.favourites_button
    off_text, off_bold = button.text(), button.font().bold()
    button.click()
    assert button.isChecked()
    assert button.text() != off_text
    assert button.text().startswith("★")
    assert off_text.startswith("☆")
    assert button.font().bold()
    assert not off_bold
    button.click()
    assert button.text() == off_text


def test_the_star_is_a_large_target_whose_click_leaves_the_selection(qtbot, window: MainWindow, model: StoryModel) -> None:
    window.show_tab("quotes")
    view = window.quotes_view
    _select(view, 1)
    view.list_view.setCurrentIndex(view.proxy.index(1, 0))
    rect = view.list_view.visualRect(view.proxy.index(5, 0))
    assert rect.height() >= MIN_STAR_TARGET
    # At the far side of the target, not on the glyph itself.
    qtbot.mouseClick(view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + MIN_STAR_TARGET - 2, rect.center().y()))
    assert view.proxy.index(5, 0).data(QuoteRole.FAVOURITE)
    assert [index.row() for index in model.selection.selectedRows()] == [1]
    assert view.list_view.currentIndex().row() == 1
    # Past the target, a click selects as ever.
    qtbot.mouseClick(view.list_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 120, rect.center().y()))
    assert [index.row() for index in model.selection.selectedRows()] == [5]
    assert view.proxy.index(5, 0).data(QuoteRole.FAVOURITE)


@pytest.mark.parametrize(("key", "modifiers"), [(Qt.Key.Key_Down, ALT), (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)])
def test_the_copy_button_s_menu_opens_from_the_keyboard(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("quotes")
    button = window.quotes_view.copy_button
    button.setFocus()
    shown: list[QWidget | None] = []

    def close_it() -> None:
        shown.append(QApplication.activePopupWidget())
        window.quotes_view.copy_as_menu.close()

    # The menu runs its own loop while open: look at it, then close it, from inside that loop.
    QTimer.singleShot(100, close_it)
    qtbot.keyClick(button, key, modifiers)
    assert shown == [window.quotes_view.copy_as_menu]


def test_file_names_are_made_from_the_story() -> None:
    assert slug("Watch Tom Cruise ride a motorcycle off a cliff", "article") == "watch-tom-cruise-ride-a-motorcycle-off-a-cliff"
    assert slug("Mission: Impossible – Dead Reckoning Part One in US theaters", "event") == (
        "mission-impossible-dead-reckoning-part-one-in-us-theaters"
    )
    assert slug("Crème brûlée à Århus", "x") == "creme-brulee-a-arhus"
    assert slug("…!?", "article") == "article"
    assert len(slug("word " * 100, "x")) <= 60


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    where = {
        QStandardPaths.StandardLocation.DocumentsLocation: tmp_path / "Documents",
        QStandardPaths.StandardLocation.DownloadLocation: tmp_path / "Downloads",
    }
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda location: str(where.get(location, "")))
    return {
        "documents": where[QStandardPaths.StandardLocation.DocumentsLocation],
        "downloads": where[QStandardPaths.StandardLocation.DownloadLocation],
    }


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The path each save dialog proposed; every dialog is cancelled."""
    proposed: list[str] = []

    def ask_for_save_path(_parent: object, _title: str, path: str, _filters: str, _refusal: object = None) -> str:
        proposed.append(path)
        return ""

    monkeypatch.setattr("gui.views.text_export.ask_for_save_path", ask_for_save_path)
    return proposed


def test_export_dialogs_start_in_documents_with_names_from_the_story(
    window: MainWindow, folders: dict[str, Path], asked: list[str]
) -> None:
    folders["documents"].mkdir()
    window.export_quotes_action.trigger()
    window.export_event_action.trigger()
    window.article_page.export_pdf_action.trigger()
    documents = folders["documents"]
    assert asked == [
        str(documents / "watch-tom-cruise-ride-a-motorcycle-off-a-cliff-quotes.csv"),
        str(documents / "mission-impossible-dead-reckoning-part-one-in-us-theaters.ics"),
        str(documents / "watch-tom-cruise-ride-a-motorcycle-off-a-cliff.pdf"),
    ]


def test_export_dialogs_start_in_downloads_then_home_when_documents_is_missing(
    window: MainWindow, folders: dict[str, Path], asked: list[str]
) -> None:
    window.export_quotes_action.trigger()
    folders["downloads"].mkdir()
    window.export_quotes_action.trigger()
    assert [str(Path(path).parent) for path in asked] == [str(Path.home()), str(folders["downloads"])]


def test_a_message_box_is_wide_enough_for_its_whole_title(qtbot, window: MainWindow) -> None:
    box = show_plain_message(window, QMessageBox.Icon.Warning, "Cannot open story", "x.json is gone.")
    qtbot.waitExposed(box)
    assert title_width(box) > box.fontMetrics().horizontalAdvance("Cannot open story") + 100
    assert box.width() >= title_width(box)
    assert box.text() == "x.json is gone."
    box.close()


@pytest.mark.parametrize(("opened", "said"), [(True, "Opening https://ew.com/"), (False, "Could not open https://ew.com/")])
def test_the_link_status_says_what_happened(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, opened: bool, said: str) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened)
    with qtbot.waitSignal(window.article_view.statusMessage) as message:
        window.article_view.anchorClicked.emit(QUrl("https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/"))
    assert str(message.args[0]).startswith(said)
    if not opened:
        assert "in your browser" not in str(message.args[0])


def test_a_save_dialog_refuses_the_storys_own_file_before_offering_to_replace_it(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from gui.views.open_dialog import _CheckedDialog

    story = tmp_path / "story.txt"
    story.write_text("The story.", encoding="utf-8")
    dialog = _CheckedDialog(
        None, "Export quotes", str(tmp_path), "", lambda path: "That is the story's own file." if Path(path) == story else None
    )
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(str(story))
    dialog.accept()  # Qt's own "replace it?" would block here; the refusal comes first
    assert dialog.result() != QFileDialog.DialogCode.Accepted
    messages = [box.text() for box in dialog.findChildren(QMessageBox)]
    assert messages == ["That is the story's own file."]
    assert story.read_text(encoding="utf-8") == "The story."
