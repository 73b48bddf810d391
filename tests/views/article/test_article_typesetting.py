"""A long story is typeset a slice at a time: its first page at once, the rest between events."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextBlock, QTextCursor, QTextDocument

from gui.main_window import MainWindow
from gui.story import Quote, Story
from gui.story.typography import typographic
from gui.views.article.article_html import PIECE_CHARS, RUN_CHARS, article_html
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
        block = seed_story.block_text(quote.paragraph)
        assert f'<a class="quote" href="quote:{row}">{escape(typographic(block)[quote.start : quote.end])}</a>' in html


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


# --- Hostile articles: every block Qt lays out is short, whatever the paragraph ----------------


def _blocks_of(view: ArticleView, paragraph: str) -> list[QTextBlock]:
    """The document's blocks that hold `paragraph`, from the one it starts."""
    block = view.document().begin()
    while block.isValid() and not block.text().startswith(typographic(paragraph)[:20]):
        block = block.next()
    blocks: list[QTextBlock] = []
    length = 0
    while block.isValid() and length < len(paragraph):
        blocks.append(block)
        length += block.length() - 1
        block = block.next()
    return blocks


def _assert_typeset_in_short_blocks(view: ArticleView, paragraph: str) -> None:
    """The paragraph is typeset as blocks Qt lays out one at a time, which read as one paragraph."""
    blocks = _blocks_of(view, paragraph)
    assert len(blocks) >= len(paragraph) // PIECE_CHARS
    assert max(block.length() - 1 for block in blocks) <= PIECE_CHARS
    assert "".join(block.text() for block in blocks) == typographic(paragraph)
    # No space between the pieces, as there is none between the lines of a paragraph,
    # and a paragraph's space after the last.
    assert {block.blockFormat().bottomMargin() for block in blocks[:-1]} == {0}
    assert blocks[-1].blockFormat().bottomMargin() > 0


def test_a_word_with_no_space_is_typeset_in_short_blocks(qtbot, window: MainWindow, seed_story: Story) -> None:
    word = "".join(chr(ord("a") + n % 26) for n in range(200_000))
    story = replace(seed_story, dek="", paragraphs=("Before the word.", word, "After the word."), image=None, quotes=())
    view = window.article_view
    window.model.set_story(story)
    assert view.typesetting  # the first slice is not the whole word
    with qtbot.waitSignal(view.typeset, timeout=60_000):
        pass
    _assert_typeset_in_short_blocks(view, word)
    # A run with no space is cut shorter still, where its layout's cost grows fastest.
    assert len(_blocks_of(view, word)) >= len(word) // RUN_CHARS - PIECE_CHARS // RUN_CHARS


def _one_paragraph_of_quotes(seed_story: Story, size: int) -> Story:
    sentence = '"I did it," said John Smith. He went home. '
    count = size // len(sentence)
    speaker = seed_story.quotes[0].speaker
    # One quote longer than a piece: it has to be cut, and its range still spans all of it.
    long_quote = "and " * PIECE_CHARS
    paragraph = sentence * count + f'"{long_quote}" he said.'
    # A paragraph after it, so that the long one's last block has the space below a paragraph.
    paragraphs = (paragraph, "The end.")
    quotes = [Quote("I did it,", speaker, 0, n * len(sentence) + 1, n * len(sentence) + 10) for n in range(count)]
    quotes.append(Quote(long_quote, speaker, 0, count * len(sentence) + 1, count * len(sentence) + 1 + len(long_quote)))
    return replace(seed_story, dek="", paragraphs=paragraphs, image=None, quotes=tuple(quotes))


def test_a_megabyte_paragraph_of_quotes_is_typeset_in_short_blocks(qtbot, window: MainWindow, seed_story: Story) -> None:
    story = _one_paragraph_of_quotes(seed_story, 1_000_000)
    view = window.article_view
    window.model.set_story(story)
    assert view.typesetting
    with qtbot.waitSignal(view.typeset, timeout=120_000):
        pass
    paragraph = story.paragraphs[0]
    _assert_typeset_in_short_blocks(view, paragraph)
    # No cut falls inside a quote that fits in a piece: each reads as it was written.
    *short, long = story.quotes
    for row, quote in enumerate(short):
        span = view.quote_range(row)
        assert span is not None
        assert _text_of(view, span) == quote.text
    span = view.quote_range(len(short))
    assert span is not None
    assert _text_of(view, span).replace("\u2029", "") == long.text


def test_a_quote_deep_in_a_long_paragraph_is_selected_found_and_excerpted(qtbot, window: MainWindow, seed_story: Story) -> None:
    story = _one_paragraph_of_quotes(seed_story, 200_000)
    view = window.article_view
    window.model.set_story(story)
    with qtbot.waitSignal(view.typeset, timeout=60_000):
        pass
    row = len(story.quotes) - 2
    start, _ = view.quote_range(row) or (0, 0)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 2)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() + 2, rect.center().y()))
    assert window.model.selection.currentIndex().row() == row
    cursor.setPosition(start + len("I "))
    cursor.setPosition(start + len("I did"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    excerpt = view.selected_excerpt()
    assert excerpt is not None
    assert excerpt.text == "…did…"
    found = view.document().find("” he said.")
    assert found.selectionEnd() == view.document().characterCount() - 1 - len("\u2029The end.")


def test_find_tints_the_matches_near_what_shows_and_more_as_the_reader_scrolls(qtbot, window: MainWindow, story: Story) -> None:
    view = window.article_view
    window.model.set_story(story)
    with qtbot.waitSignal(view.typeset, timeout=30_000):
        pass
    bar = window.article_page.find_bar
    bar.open()
    # Every tenth line: fewer matches than the find bar's limit, spread through the article.
    needle = "0 of a very long interview"
    bar.field.setText(needle)
    assert bar.match_count == PARAGRAPHS // 10

    def tinted() -> list[int]:
        return [s.cursor.selectionStart() for s in view.extraSelections()]

    near_the_top = tinted()
    assert 0 < len(near_the_top) < PARAGRAPHS // 10 // 4
    assert min(near_the_top) == view.textCursor().selectionStart()  # the current match, at the top
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    near_the_end = tinted()
    assert 0 < len(near_the_end) < PARAGRAPHS // 10 // 4
    assert (
        max(near_the_end)
        == view.document().find(needle, view.document().characterCount(), QTextDocument.FindFlag.FindBackward).selectionStart()
    )


def test_a_long_paragraph_is_copied_whole_with_no_break_where_it_was_cut(qtbot, window: MainWindow, seed_story: Story) -> None:
    paragraph = " ".join(f"word{n}" for n in range(5000))
    story = replace(seed_story, dek="", paragraphs=("Before.", paragraph, "After."), image=None, quotes=())
    view = window.article_view
    window.model.set_story(story)
    if view.typesetting:
        with qtbot.waitSignal(view.typeset, timeout=30_000):
            pass
    assert len(_blocks_of(view, paragraph)) > 1
    start = view.toPlainText().index("Before.")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(view.toPlainText().index("After.") + len("Aft"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.copy()
    assert QGuiApplication.clipboard().text() == f"Before.\n{paragraph}\nAft"
