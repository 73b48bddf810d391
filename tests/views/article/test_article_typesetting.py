"""A long story is typeset a slice at a time: its first page at once, the rest between events."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument

from gui.main_window import MainWindow
from gui.story import Story
from gui.views.article.article_html import article_html
from gui.views.article.article_view import ArticleView
from gui.views.article.page_theme import PageTheme
from tests.helpers import long_story

PARAGRAPHS = 3000  # about 30 slices


@pytest.fixture(scope="module")
def story(seed_story: Story) -> Story:
    return long_story(seed_story, PARAGRAPHS)


def _text_of(view: ArticleView, span: tuple[int, int]) -> str:
    cursor = QTextCursor(view.document())
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def _typeset_whole(story: Story) -> str:
    document = QTextDocument()
    document.setHtml(article_html(story, QLocale()))
    return document.toPlainText()


def _turns_of_the_event_loop(qtbot, turns: int) -> None:
    """Let the event loop go round `turns` times, each time handling what is due."""
    beats: list[int] = []
    heart = QTimer()
    heart.setInterval(0)
    heart.timeout.connect(lambda: beats.append(1))
    heart.start()
    qtbot.waitUntil(lambda: len(beats) >= turns)
    heart.stop()


def test_the_first_page_shows_at_once_and_the_rest_follows(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    assert view.typesetting
    assert view.toPlainText().startswith(story.headline)
    assert view.document().blockCount() < PARAGRAPHS
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        pass
    assert not view.typesetting
    assert view.toPlainText() == _typeset_whole(story)
    for row, quote in enumerate(story.quotes):
        span = view.quote_range(row)
        assert span is not None
        assert _text_of(view, span) == quote.text


def test_a_short_story_is_typeset_before_set_story_returns(qtbot, window: MainWindow, seed_story: Story) -> None:
    window.model.set_story(long_story(seed_story, 3))
    assert not window.article_view.typesetting
    assert window.article_view.toPlainText() == _typeset_whole(window.model.story)


def test_a_hidden_article_waits_and_goes_on_when_shown(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.show_tab("quotes")
    window.model.set_story(story)
    typeset_so_far = view.document().blockCount()
    _turns_of_the_event_loop(qtbot, 50)
    assert view.document().blockCount() == typeset_so_far
    assert view.typesetting
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        window.show_tab("article")
    assert view.toPlainText() == _typeset_whole(story)


def test_a_quote_selected_before_it_is_typeset_is_scrolled_to_when_it_is(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    last = window.model.index(PARAGRAPHS - 1)
    window.model.selection.setCurrentIndex(last, window.model.selection.SelectionFlag.ClearAndSelect)
    assert view.quote_range(last.row()) is None
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        pass
    span = view.quote_range(last.row())
    assert span is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(span[0])
    assert 0 <= view.cursorRect(cursor).top() < view.viewport().height()
    highlighted = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()]
    assert highlighted == [span]


def test_another_story_while_typesetting_starts_afresh(qtbot, window: MainWindow, story: Story, seed_story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    assert view.typesetting
    window.model.set_story(seed_story)
    assert not view.typesetting
    _turns_of_the_event_loop(qtbot, 20)
    assert view.toPlainText() == _typeset_whole(seed_story)


def test_a_new_page_theme_keeps_the_reader_s_place(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        pass
    span = view.quote_range(1500)
    assert span is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(span[0])
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + view.cursorRect(cursor).top())
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        window.article_page.set_page_theme(PageTheme.SEPIA)
    cursor.setPosition(span[0])
    assert 0 <= view.cursorRect(cursor).top() < view.viewport().height() // 4


def test_quotes_listed_out_of_reading_order_mark_their_own_words(seed_story: Story) -> None:
    shuffled = replace(seed_story, quotes=tuple(reversed(seed_story.quotes)))
    html = article_html(shuffled, QLocale())
    for row, quote in enumerate(shuffled.quotes):
        block = seed_story.dek if quote.paragraph is None else seed_story.paragraphs[quote.paragraph]
        assert f'<a class="quote" href="quote:{row}">{escape(block[quote.start : quote.end])}</a>' in html


def test_zooming_while_typesetting_typesets_at_the_new_size(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    before = view.document().defaultFont().pointSizeF()
    view.zoom_in()
    assert view.typesetting
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        pass
    assert view.document().defaultFont().pointSizeF() > before
    assert view.toPlainText() == _typeset_whole(story)


def test_a_new_width_while_typesetting_typesets_at_that_width(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    window.resize(window.width() + 200, window.height())
    assert view.typesetting
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        pass
    assert view.toPlainText() == _typeset_whole(story)
    assert view.document().rootFrame().frameFormat().leftMargin() == view.document().rootFrame().frameFormat().rightMargin()


def test_words_of_a_quote_far_down_a_long_story_are_found_as_an_excerpt(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        pass
    start, end = view.quote_range(2500) or (0, 0)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + len("Line 2500 of a "))
    cursor.setPosition(start + len("Line 2500 of a very long"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    excerpt = view.selected_excerpt()
    assert excerpt is not None
    assert (excerpt.text, excerpt.speaker) == ("…very long…", story.quotes[2500].speaker)
    cursor.setPosition(end + 3)  # in "said …" after the quote
    cursor.setPosition(end + 6, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.selected_excerpt() is None
