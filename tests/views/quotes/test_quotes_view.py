"""The Quotes page as a user drives it: pick a speaker, type a search, select, copy.

The page is built alone on the model, as the window builds it; what needs the window
(starred quotes kept across a restart, a form chosen in another tab) is tested in tests/app.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyleOptionViewItem, QToolButton

from gui.models.quote_filter import LISTENING_CHARS
from gui.models.story_model import QuoteRole, StoryModel, selected_rows
from gui.story import load_story
from gui.story.quote_formats import CopyFormat
from gui.views.quotes import quote_mime
from gui.views.quotes.quotes_view import DETAIL_CHARS, ROW_CHARS, QuoteDelegate, QuotesView
from tests.helpers import SEED_QUOTES, StatusLine, long_story, select_rows

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot, model: StoryModel, settings: QSettings) -> QuotesView:
    """The Quotes page alone on the model and the settings, shown."""
    page = QuotesView(model, settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def status(view: QuotesView) -> StatusLine:
    return StatusLine(view.statusMessage)


def test_ctrl_c_copies_the_selected_quote_with_attribution(qtbot, view: QuotesView, status: StatusLine) -> None:
    view.take_focus()
    view.list_view.setFocus()
    select_rows(view, 2)
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "“It all comes down to one thing: The audience.” — Tom Cruise"
    assert clipboard.mimeData().html() == "<p>“It all comes down to one thing: The audience.” — Tom Cruise</p>"
    assert status.message == "Copied 1 quote with attribution"


def test_several_quotes_copy_in_article_order(qtbot, view: QuotesView, status: StatusLine) -> None:
    view.take_focus()
    select_rows(view, 7, 0)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.mouseClick(view.findChild(QToolButton, "copyButton"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == (
        "“the biggest stunt in cinema history.” — The film’s team\n\n"
        "“Tom Cruise just rode a motorcycle off a cliff six times today.” — John DeVore"
    )
    assert status.message == "Copied 2 quotes with attribution"


def test_copy_with_nothing_selected_says_so(view: QuotesView, status: StatusLine) -> None:
    view.copy_action.trigger()
    assert status.message == "Select a quote to copy"


def test_speaker_filter_lists_counts_and_filters(view: QuotesView) -> None:
    entries = [view.speaker_box.itemText(i) for i in range(view.speaker_box.count())]
    # With the list's typography: the story says "The film's team".
    assert entries == ["All speakers (8)", "The film’s team (1)", "Tom Cruise (3)", "Christopher McQuarrie (2)", "John DeVore (2)"]
    assert view.speaker_box.itemData(1) == "The film's team"
    view.speaker_box.setCurrentIndex(view.speaker_box.findData("John DeVore"))
    assert view.proxy.rowCount() == 2
    assert view.count_label.text() == "2 of 8 quotes"


def test_search_as_you_type_and_empty_state(qtbot, view: QuotesView) -> None:
    view.take_focus()
    qtbot.keyClicks(view.search_box, "audience")
    assert view.count_label.text() == "2 of 8 quotes"
    view.search_box.clear()
    qtbot.keyClicks(view.search_box, "zebra")  # no row from "z" on: the sentence still follows the typing
    assert view.count_label.text() == "0 of 8 quotes"
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == "No quotes match “zebra”."
    view.search_box.clear()
    assert view.list_view.isVisible()


URL = "https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/"
ONE = {
    CopyFormat.PLAIN: ("It all comes down to one thing: The audience.", "<p>It all comes down to one thing: The audience.</p>"),
    CopyFormat.ATTRIBUTED: (
        "“It all comes down to one thing: The audience.” — Tom Cruise",
        "<p>“It all comes down to one thing: The audience.” — Tom Cruise</p>",
    ),
    CopyFormat.MARKDOWN: (
        "> It all comes down to one thing: The audience.\n>\n> — Tom Cruise",
        "<blockquote><p>It all comes down to one thing: The audience.</p><p>— Tom Cruise</p></blockquote>",
    ),
    CopyFormat.CITATION: (
        f"“It all comes down to one thing: The audience.” — Tom Cruise, Entertainment Weekly, 19 December 2022, {URL}",
        "<p>“It all comes down to one thing: The audience.” — Tom Cruise, <i>Entertainment Weekly</i>, 19 December 2022, "
        f'<a href="{URL}">{URL}</a></p>',
    ),
}
TWO = {
    CopyFormat.PLAIN: (
        "a master plan\n\neven two years ago, the cameras didn’t exist",
        "<p>a master plan</p>\n<p>even two years ago, the cameras didn’t exist</p>",
    ),
    CopyFormat.ATTRIBUTED: (
        "“a master plan” — Christopher McQuarrie\n\n“even two years ago, the cameras didn’t exist” — Christopher McQuarrie",
        "<p>“a master plan” — Christopher McQuarrie</p>\n<p>“even two years ago, the cameras didn’t exist” — Christopher McQuarrie</p>",
    ),
    CopyFormat.MARKDOWN: (
        "> a master plan\n>\n> — Christopher McQuarrie\n\n> even two years ago, the cameras didn’t exist\n>\n> — Christopher McQuarrie",
        "<blockquote><p>a master plan</p><p>— Christopher McQuarrie</p></blockquote>\n"
        "<blockquote><p>even two years ago, the cameras didn’t exist</p><p>— Christopher McQuarrie</p></blockquote>",
    ),
    CopyFormat.CITATION: (
        f"“a master plan” — Christopher McQuarrie, Entertainment Weekly, 19 December 2022, {URL}\n\n"
        f"“even two years ago, the cameras didn’t exist” — Christopher McQuarrie, Entertainment Weekly, 19 December 2022, {URL}",
        f'<p>“a master plan” — Christopher McQuarrie, <i>Entertainment Weekly</i>, 19 December 2022, <a href="{URL}">{URL}</a></p>\n'
        "<p>“even two years ago, the cameras didn’t exist” — Christopher McQuarrie, <i>Entertainment Weekly</i>, "
        f'19 December 2022, <a href="{URL}">{URL}</a></p>',
    ),
}


@pytest.mark.parametrize("copy_format", list(CopyFormat))
def test_copy_as_each_format_one_and_several(qtbot, view: QuotesView, status: StatusLine, copy_format: CopyFormat) -> None:
    clipboard = QGuiApplication.clipboard()
    for rows, expected, count in (((2,), ONE, "1 quote"), ((4, 3), TWO, "2 quotes")):
        select_rows(view, *rows)
        with qtbot.waitSignal(clipboard.dataChanged):
            view.copy_as_actions[copy_format].trigger()
        assert (clipboard.text(), clipboard.mimeData().html()) == expected[copy_format]
        assert status.message == f"Copied {count} {copy_format.phrase}"


def test_the_chosen_form_is_remembered_for_ctrl_c(qtbot, view: QuotesView, model: StoryModel, settings: QSettings) -> None:
    select_rows(view, 3)
    view.copy_as_actions[CopyFormat.MARKDOWN].trigger()
    again = QuotesView(model, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.copy_format is CopyFormat.MARKDOWN
    assert again.copy_as_actions[CopyFormat.MARKDOWN].isChecked()
    select_rows(again, 3)
    again.list_view.setFocus()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        again.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "> a master plan\n>\n> — Christopher McQuarrie"


def test_drag_carries_the_same_data_as_copy(view: QuotesView) -> None:
    select_rows(view, 6, 7)
    mime = view.selection_mime()
    assert mime is not None
    assert mime.text() == (
        "“Pretty much the biggest stunt in cinema history.” — John DeVore\n\n"
        "“Tom Cruise just rode a motorcycle off a cliff six times today.” — John DeVore"
    )
    assert mime.hasHtml()
    assert Qt.ItemFlag.ItemIsDragEnabled in view.proxy.flags(view.proxy.index(0, 0))


def test_keyboard_only_search_select_all_and_copy(qtbot, view: QuotesView, status: StatusLine) -> None:
    with qtbot.waitActive(view):
        view.activateWindow()
    view.take_focus()
    view.list_view.setFocus()
    qtbot.keyClick(view.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_box.hasFocus()
    qtbot.keyClicks(view.search_box, "cruise")
    assert view.count_label.text() == "4 of 8 quotes"  # Cruise's three, and DeVore's "Tom Cruise just rode…"
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    assert view.list_view.hasFocus()
    qtbot.keyClick(view.list_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(view.list_view.selectionModel().selectedRows()) == 4
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text().count("\n\n") == 3
    assert status.message == "Copied 4 quotes with attribution"
    view.search_box.setFocus()
    qtbot.keyClick(view.search_box, Qt.Key.Key_Escape)
    assert view.search_box.text() == ""
    assert view.count_label.text() == "8 of 8 quotes"


def test_arrows_move_and_the_detail_shows_the_sentence_around(qtbot, view: QuotesView) -> None:
    view.take_focus()
    view.list_view.setFocus()
    view.list_view.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.list_view, Qt.Key.Key_Down)
    assert view.selected_quotes()[0].display_text == "I've wanted to do it since I was a little kid."
    detail = view.detail.toPlainText()
    assert "— Tom Cruise" in detail
    assert "In the article: “I’ve wanted to do it since I was a little kid,” Cruise says in the video." in detail


def test_accents_and_case_are_ignored_in_search(view: QuotesView) -> None:
    view.search_box.setText("DÉVORE")
    assert view.count_label.text() == "2 of 8 quotes"


@pytest.mark.parametrize("typed", ["didn’t", "didn't", "I’ve", "DIDN‘T"])
def test_curly_and_straight_marks_find_each_other_in_search(view: QuotesView, typed: str) -> None:
    """The list shows typographic marks; what the reader copies from it finds the quote again."""
    view.search_box.setText(typed)
    assert view.count_label.text() == "1 of 8 quotes"


def test_favourites_only_with_none_starred_says_how_to_star(view: QuotesView) -> None:
    view.favourites_button.click()
    assert view.count_label.text() == "0 of 8 quotes"
    assert view.empty_label.text() == "No favourites yet. Star a quote with Ctrl+D or by clicking its ☆."


def test_export_csv_round_trips(view: QuotesView, status: StatusLine, tmp_path: Path) -> None:
    view.speaker_box.setCurrentIndex(view.speaker_box.findData("Tom Cruise"))
    out = tmp_path / "quotes.csv"
    assert view.export_visible(out)
    with out.open(newline="", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [(r["quote"], r["speaker"]) for r in rows] == [q for q in SEED_QUOTES if q[1] == "Tom Cruise"]
    assert {r["published"] for r in rows} == {"2022-12-19"}
    assert status.message == "Exported 3 quotes to quotes.csv"


def test_export_markdown(view: QuotesView, tmp_path: Path) -> None:
    view.search_box.setText("master")
    out = tmp_path / "quotes.md"
    assert view.export_visible(out)
    assert out.read_text(encoding="utf-8") == (
        "# Quotes from “Watch Tom Cruise ride a motorcycle off a cliff”\n\n"
        f"*Entertainment Weekly*, 19 December 2022, <{URL}>\n\n"
        "> a master plan\n>\n> — Christopher McQuarrie\n"
    )


def test_export_write_error_is_shown(view: QuotesView, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "quotes.csv"
    assert not view.export_visible(target)
    assert view.message_box is not None
    assert view.message_box.text() == f"{target} could not be written: No such file or directory."


# --- What is highlighted is what is acted on -------------------------------------------------

CRUISE_AUDIENCE = "“It all comes down to one thing: The audience.” — Tom Cruise"
CRUISE_THRILL = "“How do we involve the audience? I just want to give them that thrill.” — Tom Cruise"


def _clipboard() -> tuple[str, str]:
    mime = QGuiApplication.clipboard().mimeData()
    return mime.text(), mime.html()


def _keyboard_page(qtbot, view: QuotesView) -> None:
    """The page active, given the keyboard as its tab gives it (Ctrl+2)."""
    with qtbot.waitActive(view):
        view.activateWindow()
    view.take_focus()
    assert view.list_view.hasFocus()


def _shown_selected(view: QuotesView) -> list[int]:
    return sorted(view.proxy.mapToSource(index).row() for index in view.list_view.selectionModel().selectedRows())


def _select_all_after_a_search(qtbot, view: QuotesView, words: str) -> None:
    """With “a master plan” selected, a search for `words`, then Ctrl+A in the list."""
    _keyboard_page(qtbot, view)
    select_rows(view, 3)
    view.search_box.setText(words)
    view.list_view.setFocus()
    qtbot.keyClick(view.list_view, Qt.Key.Key_A, CTRL)


def test_a_search_that_hides_the_selected_quote_unselects_it(qtbot, view: QuotesView, model: StoryModel, status: StatusLine) -> None:
    _keyboard_page(qtbot, view)
    select_rows(view, 3)  # "a master plan", which "audience" hides
    qtbot.keyClick(view.list_view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search_box, "audience")
    assert model.selection.selectedRows() == []
    assert view.detail.toPlainText() == "Select a quote to read it in full."
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_C, CTRL)
    assert _clipboard() == (CRUISE_AUDIENCE, f"<p>{CRUISE_AUDIENCE}</p>")
    assert status.message == "Copied 1 quote with attribution"


def test_ctrl_a_selects_and_copies_only_the_rows_shown(qtbot, view: QuotesView, model: StoryModel, status: StatusLine) -> None:
    _select_all_after_a_search(qtbot, view, "audience")
    assert [i.row() for i in model.selection.selectedRows()] == [2, 5]
    assert view.detail.toPlainText() == "2 quotes selected."
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_C, CTRL)
    assert _clipboard() == (f"{CRUISE_AUDIENCE}\n\n{CRUISE_THRILL}", f"<p>{CRUISE_AUDIENCE}</p>\n<p>{CRUISE_THRILL}</p>")
    assert status.message == "Copied 2 quotes with attribution"
    mime = view.selection_mime()  # a drag carries the same
    assert mime is not None
    assert mime.text() == f"{CRUISE_AUDIENCE}\n\n{CRUISE_THRILL}"


def test_with_no_row_shown_copy_and_star_act_on_nothing(qtbot, view: QuotesView, status: StatusLine, model: StoryModel) -> None:
    _keyboard_page(qtbot, view)
    select_rows(view, 3)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    view.search_box.setText("zebra")
    view.copy_button.click()
    assert clipboard.text() == "before"
    assert status.message == "Select a quote to copy"
    view.favourite_action.trigger()
    assert model.favourites == frozenset()
    assert view.selection_mime() is None


def test_ctrl_d_stars_only_the_quotes_shown_and_selected(qtbot, view: QuotesView, status: StatusLine, model: StoryModel) -> None:
    _select_all_after_a_search(qtbot, view, "audience")
    qtbot.keyClick(view.list_view, Qt.Key.Key_D, CTRL)
    assert model.favourites == {
        "It all comes down to one thing: The audience.",
        "How do we involve the audience? I just want to give them that thrill,",
    }
    assert status.message == "Starred 2 quotes"


def test_the_list_gets_the_keyboard_with_its_first_row_selected(qtbot, view: QuotesView) -> None:
    _keyboard_page(qtbot, view)
    assert _shown_selected(view) == [0]
    assert view.list_view.currentIndex().row() == 0
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "“the biggest stunt in cinema history.” — The film’s team"


def test_the_current_row_never_stays_unselected(qtbot, view: QuotesView) -> None:
    _keyboard_page(qtbot, view)
    select_rows(view, 2, 5)
    view.list_view.selectionModel().setCurrentIndex(view.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.waitUntil(lambda: view.list_view.currentIndex().row() == 2)  # onto the nearest selected row
    assert _shown_selected(view) == [2, 5]
    view.list_view.selectionModel().clearSelection()
    qtbot.waitUntil(lambda: _shown_selected(view) == [2])  # nothing selected: the current row is


@pytest.mark.parametrize(("key", "row"), [(Qt.Key.Key_Down, 2), (Qt.Key.Key_Return, 2), (Qt.Key.Key_Up, 5)])
def test_arrows_and_enter_go_from_the_search_into_the_results(qtbot, view: QuotesView, model: StoryModel, key: Qt.Key, row: int) -> None:
    _keyboard_page(qtbot, view)
    qtbot.keyClick(view.list_view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search_box, "audience")
    qtbot.keyClick(view.search_box, key)
    assert view.list_view.hasFocus()
    assert [i.row() for i in model.selection.selectedRows()] == [row]
    assert view.proxy.mapToSource(view.list_view.currentIndex()).row() == row
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_C, CTRL)
    expected = CRUISE_THRILL if key == Qt.Key.Key_Up else CRUISE_AUDIENCE
    assert _clipboard() == (expected, f"<p>{expected}</p>")


def test_escape_clears_the_search_then_leaves_it(qtbot, view: QuotesView) -> None:
    _keyboard_page(qtbot, view)
    qtbot.keyClick(view.list_view, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.search_box, "zebra")
    assert view.empty_label.text() == "No quotes match “zebra”."
    qtbot.keyClick(view.search_box, Qt.Key.Key_Escape)
    assert view.search_box.text() == ""
    assert view.search_box.hasFocus()
    qtbot.keyClick(view.search_box, Qt.Key.Key_Escape)
    assert view.list_view.hasFocus()
    assert _shown_selected(view) == [0]


def test_with_nothing_shown_the_tab_puts_the_keyboard_in_the_search(qtbot, view: QuotesView) -> None:
    _keyboard_page(qtbot, view)
    view.search_box.setText("zebra")
    view.speaker_box.setFocus()  # as if the keyboard had gone to another tab and came back
    view.take_focus()
    assert view.search_box.hasFocus()


def test_no_starred_quotes_of_a_speaker_is_plain_english(view: QuotesView, model: StoryModel) -> None:
    model.setData(model.index(2), True, QuoteRole.FAVOURITE)
    view.speaker_box.setCurrentIndex(view.speaker_box.findData("John DeVore"))
    view.favourites_button.click()
    assert view.empty_label.text() == "No starred quotes by John DeVore."


def test_select_all_then_a_search_over_many_quotes_keeps_just_the_shown_ones(
    qtbot, view: QuotesView, model: StoryModel, seed_story
) -> None:
    model.set_story(long_story(seed_story, 20_000))
    _keyboard_page(qtbot, view)
    qtbot.keyClick(view.list_view, Qt.Key.Key_A, CTRL)
    assert view.detail.toPlainText() == "20,000 quotes selected."
    view.search_box.setText("Line 1999")  # rows 1999 and 19990–19999
    assert len(model.selection.selectedRows()) == 11
    assert view.detail.toPlainText() == "11 quotes selected."


class _CountingStoryModel(StoryModel):
    """A story model that counts how often Qt asks it about one row's flags."""

    flag_calls = 0

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        type(self).flag_calls += 1
        return super().flags(index)


def test_select_all_move_copy_and_star_read_ranges_not_every_row(qtbot, seed_story, settings: QSettings) -> None:
    """Ctrl+A, Down, Ctrl+C and Ctrl+D over thousands of quotes never ask about each row in turn.

    Asking Qt for the selected rows calls the model once a row, in Python: at 87,000
    quotes, each key froze the window for seconds.
    """
    rows = 3000
    model = _CountingStoryModel(long_story(seed_story, rows))
    page = QuotesView(model, settings)
    qtbot.addWidget(page)
    page.show()
    _keyboard_page(qtbot, page)
    _CountingStoryModel.flag_calls = 0
    qtbot.keyClick(page.list_view, Qt.Key.Key_A, CTRL)
    assert selected_rows(model.selection.selection()) == list(range(rows))
    assert page.detail.toPlainText() == "3,000 quotes selected."
    qtbot.keyClick(page.list_view, Qt.Key.Key_D, CTRL)
    assert len(model.favourites) == rows
    assert page.favourite_action.text() == "Un&star"
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(page.list_view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text().count("\n\n") == rows - 1
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)
    # The list settles its current row into the selection once the key is handled.
    qtbot.waitUntil(lambda: selected_rows(model.selection.selection()) == [1])
    # Qt's selectedRows() would have asked once a row, for each of the keys.
    assert _CountingStoryModel.flag_calls < rows // 10


def _one_long_quote(model: StoryModel, tmp_path: Path, words: int) -> str:
    """The story of one article that is a single quote of `words` words; that quote's text."""
    path = tmp_path / "one-quote.txt"
    path.write_text(f'One huge quote\n\nMayor Ann Fox spoke on Monday. "{"word " * words}end," she said.\n', encoding="utf-8")
    model.set_story(load_story(path))
    (quote,) = model.story.quotes
    return quote.display_text


def test_a_huge_quote_is_laid_out_only_as_far_as_it_shows(qtbot, view: QuotesView, model: StoryModel, tmp_path: Path) -> None:
    """A quote of 100,000 words: the row and the pane lay out its start; a copy carries it all."""
    text = _one_long_quote(model, tmp_path, 100_000)
    option, delegate = QStyleOptionViewItem(), view.list_view.itemDelegate()
    assert isinstance(delegate, QuoteDelegate)
    delegate.initStyleOption(option, view.proxy.index(0, 0))
    assert len(option.text) < ROW_CHARS + 50
    assert option.text.startswith("☆\u2003\u2002“word word ")
    assert "…”\u2028" in option.text
    listened = view.proxy.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert listened.startswith("“word word ")
    assert len(listened) < LISTENING_CHARS + 100
    # Elided in a row as wide as the list, not scrolled sideways.
    qtbot.waitUntil(lambda: view.list_view.visualRect(view.proxy.index(0, 0)).isValid())
    assert view.list_view.horizontalScrollBar().maximum() == 0

    _keyboard_page(qtbot, view)
    detail = view.detail.toPlainText()
    assert len(detail) < DETAIL_CHARS + ROW_CHARS + 200
    assert detail.startswith("“word word ")
    assert " word …”" in detail
    assert "(500,004 characters in all; Copy copies them all)" in detail
    speaker = model.story.quotes[0].speaker.label
    assert f"— {speaker}" in detail
    assert "In the article: “word word " in detail
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view.list_view, Qt.Key.Key_C, CTRL)
    # The attribution copied names the speaker without the role the pane shows.
    assert QGuiApplication.clipboard().text() == f"“{text}” — {model.story.quotes[0].speaker.name}"
    assert len(text) == 500_004


def test_a_search_that_unselects_quotes_says_so(qtbot, view: QuotesView, model: StoryModel, status: StatusLine) -> None:
    """The status bar follows the selection: what it said of the quotes picked is replaced."""
    _keyboard_page(qtbot, view)
    select_rows(view, 2, 3)  # "The audience." and "a master plan"
    status.message = "Selected the quote by Tom Cruise"
    view.search_box.setText("audience")
    assert status.message == "Unselected 1 quote the filter hides"
    view.search_box.setText("motorcycle")
    assert model.selection.selectedRows() == []
    assert status.message == "Nothing is selected: the filter hides the quote that was"
    view.search_box.clear()
    assert status.message == ""  # the search cleared, nothing hidden: the message is no longer true
    select_rows(view, 0, 1, 2)
    view.search_box.setText("motorcycle")
    assert status.message == "Nothing is selected: the filter hides the 3 quotes that were"


def test_an_empty_list_names_the_speaker_as_the_list_does(view: QuotesView) -> None:
    view.speaker_box.setCurrentIndex(view.speaker_box.findData("The film's team"))
    view.search_box.setText("zebra")
    assert view.empty_label.text() == "No quotes by The film’s team match “zebra”."


def test_a_copy_makes_no_new_quote_where_the_marks_stay_as_they_are(seed_story, monkeypatch: pytest.MonkeyPatch) -> None:
    """Copying 65,536 quotes made two dataclass copies of each; now one per speaker whose name changes."""
    story = long_story(seed_story, 2_000)
    made: list[dict[str, object]] = []

    def counted_replace(record: Any, **changes: Any) -> Any:
        made.append(changes)
        return replace(record, **changes)

    monkeypatch.setattr(quote_mime, "replace", counted_replace)
    mime = quote_mime.quotes_mime(story.quotes, story, CopyFormat.ATTRIBUTED)
    assert made == [{"name": "The film’s team"}]
    assert mime.text().count("— The film’s team") == 2_000 // 8
    assert mime.text().startswith("“Line 0 of a very long interview about the jump” — The film’s team\n\n")
