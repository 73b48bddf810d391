"""The Quotes tab as a user drives it: pick a speaker, type a search, select, copy."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton

from gui.main_window import MainWindow
from gui.views.quotes_view import QuotesView


def _select_rows(view: QuotesView, *rows: int) -> None:
    selection = view.list_view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.Select)


def test_ctrl_c_copies_the_selected_quote_with_attribution(qtbot, window: MainWindow) -> None:
    window.show_tab("quotes")
    view = window.quotes_view
    view.list_view.setFocus()
    _select_rows(view, 2)
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "“It all comes down to one thing: The audience.” — Tom Cruise"
    assert clipboard.mimeData().html() == "<p>“It all comes down to one thing: The audience.” — Tom Cruise</p>"
    assert window.statusBar().currentMessage() == "Copied 1 quote with attribution"


def test_several_quotes_copy_in_article_order(qtbot, window: MainWindow) -> None:
    window.show_tab("quotes")
    view = window.quotes_view
    _select_rows(view, 7, 0)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.mouseClick(view.findChild(QToolButton, "copyButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == (
        "“the biggest stunt in cinema history.” — The film's team\n\n"
        "“Tom Cruise just rode a motorcycle off a cliff six times today.” — John DeVore"
    )
    assert window.statusBar().currentMessage() == "Copied 2 quotes with attribution"


def test_copy_with_nothing_selected_says_so(window: MainWindow) -> None:
    window.quotes_view.copy_action.trigger()
    assert window.statusBar().currentMessage() == "Select a quote to copy"


def test_speaker_filter_lists_counts_and_filters(window: MainWindow) -> None:
    view = window.quotes_view
    entries = [view.speaker_box.itemText(i) for i in range(view.speaker_box.count())]
    assert entries == ["All speakers (8)", "The film's team (1)", "Tom Cruise (3)", "Christopher McQuarrie (2)", "John DeVore (2)"]
    view.speaker_box.setCurrentIndex(view.speaker_box.findData("John DeVore"))
    assert view.proxy.rowCount() == 2
    assert view.count_label.text() == "2 of 8 quotes"


def test_search_as_you_type_and_empty_state(qtbot, window: MainWindow) -> None:
    window.show_tab("quotes")
    view = window.quotes_view
    qtbot.keyClicks(view.search_box, "audience")
    assert view.count_label.text() == "2 of 8 quotes"
    view.search_box.setText("zebra")
    assert view.count_label.text() == "0 of 8 quotes"
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No quotes matching “zebra”."
    view.search_box.clear()
    assert view.list_view.isVisible()
