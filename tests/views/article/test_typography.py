"""Reading typography: a reading size, and typographic quotation marks on screen and in what is copied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QStyleOptionViewItem

from gui.models.story_model import StoryModel
from gui.story.typography import Curler, typographic
from gui.views.article.article_page import ArticlePage
from gui.views.article.article_view import READING_SCALE, ArticleView

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('"I\'ve wanted to do it," Cruise says.', "“I’ve wanted to do it,” Cruise says."),
        ("\"'Hello,' he said\"", "“‘Hello,’ he said”"),
        ("Cruise's team, the '90s", "Cruise’s team, the ’90s"),
        ('call it "the biggest stunt."', "call it “the biggest stunt.”"),
        ('("quoted")', "(“quoted”)"),
        ('"and " he said', "“and ” he said"),
        ("she said 'no'.\"", "she said ‘no’.”"),
        ("“already curly” and ‘so’", "“already curly” and ‘so’"),
        ("no marks at all", "no marks at all"),
        ("", ""),
    ],
)
def test_straight_marks_are_shown_typographic_one_for_one(text: str, shown: str) -> None:
    assert typographic(text) == shown
    assert len(typographic(text)) == len(text)


def test_a_long_text_of_marks_keeps_its_length() -> None:
    text = "\"'" * 50_000 + "x"
    assert len(typographic(text)) == len(text)


@pytest.fixture
def page(qtbot, model: StoryModel, settings) -> ArticlePage:
    article = ArticlePage(model, settings)
    qtbot.addWidget(article)
    article.resize(900, 700)
    article.show()
    qtbot.waitExposed(article)
    return article


def _select(view: ArticleView, start: int, end: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_the_article_shows_typographic_marks_where_the_story_has_straight_ones(page: ArticlePage, model: StoryModel) -> None:
    text = page.view.toPlainText()
    assert "“I’ve wanted to do it since I was a little kid,” Cruise says" in text
    assert '"' not in text
    assert "'" not in text
    # Offsets hold: every quote's range still covers its own words.
    for row in range(model.rowCount()):
        start, end = page.view.quote_range(row) or (0, 0)
        assert text[start:end] == typographic(model.quote(row).text)


def test_copying_article_text_gives_what_the_screen_shows_in_both_forms(qtbot, page: ArticlePage, model: StoryModel) -> None:
    view = page.view
    paragraph = next(p for p in model.story.paragraphs if "I've wanted" in p)
    start = view.toPlainText().index(typographic(paragraph))
    # From the paragraph before it, across the paragraph break.
    _select(view, start - 20, start + len(paragraph))
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    copied = QGuiApplication.clipboard().text()
    assert copied.endswith("\n" + typographic(paragraph))
    assert "I’ve wanted" in copied
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert "I’ve wanted" in mime.html()  # text/plain and text/html agree


def test_a_whole_quote_selected_in_the_article_copies_as_the_quotes_list_does(qtbot, page: ArticlePage, model: StoryModel) -> None:
    row = next(row for row in range(model.rowCount()) if "I've" in model.quote(row).text)
    start, end = page.view.quote_range(row) or (0, 0)
    _select(page.view, start, end)
    assert page.view.selected_excerpt() == model.quote(row)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        page.copy()
    assert QGuiApplication.clipboard().text() == "“I’ve wanted to do it since I was a little kid.” — Tom Cruise"


@pytest.mark.parametrize("typed", ["I've wanted", "I’ve wanted", 'KID," CRUISE', "kid,” Cruise"])
def test_find_matches_either_kind_of_mark(page: ArticlePage, typed: str) -> None:
    page.find_bar.open()
    page.find_bar.field.setText(typed)
    assert page.find_bar.match_count == 1
    assert page.view.textCursor().selectedText().lower() == typographic(typed).lower().replace('"', "”")


def test_the_article_reads_a_size_up_from_the_window_and_zooms_from_there(page: ArticlePage) -> None:
    view = page.view
    ui = QFont(view.font())

    def size(font: QFont) -> float:
        return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize()

    assert size(view.document().defaultFont()) == pytest.approx(size(ui) * READING_SCALE, abs=0.5)
    assert pytest.approx(1.15) == READING_SCALE
    view.set_zoom(200)
    assert size(view.document().defaultFont()) == pytest.approx(size(ui) * READING_SCALE * 2, abs=0.5)


def test_the_quotes_tab_shows_and_copies_the_marks_as_the_article_does(qtbot, window, model: StoryModel) -> None:
    view = window.quotes_view
    row = next(row for row in range(model.rowCount()) if "I've" in model.quote(row).text)
    index = view.proxy.mapFromSource(model.index(row))
    option = QStyleOptionViewItem()
    view.list_view.initViewItemOption(option)
    view.list_view.itemDelegate().initStyleOption(option, index)
    assert "“I’ve wanted to do it since I was a little kid.”" in option.text
    view.list_view.setCurrentIndex(index)
    detail = view.detail.toPlainText()
    assert "“I’ve wanted to do it since I was a little kid.”" in detail
    assert "In the article: “I’ve wanted to do it since I was a little kid,” Cruise says in the video." in detail
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        view.copy_selected()
    assert QGuiApplication.clipboard().text() == "“I’ve wanted to do it since I was a little kid.” — Tom Cruise"


@pytest.mark.parametrize("text", ['"a" "a" "a"', "It's 'quoted' and \"\"nested\" '90s\" 'end'", "''\"\"'\"'", '—"Yes," said he.'])
def test_curled_a_piece_at_a_time_as_the_whole(text: str) -> None:
    # A long paragraph is curled piece by piece as it is typeset: every cut gives the same marks.
    for cut in range(len(text) + 1):
        curler = Curler(text)
        assert curler.upto(cut) + curler.upto(len(text)) == typographic(text)
