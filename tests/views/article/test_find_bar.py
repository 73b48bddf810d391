"""The find bar on an article with more matches than anyone reads: a thousand, from where the reader is."""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit

from gui.views.article.find_bar import MAX_MATCHES, FindBar


def _bar(qtbot, words: int) -> tuple[QTextEdit, FindBar]:
    text = QTextEdit()
    text.setPlainText("word " * words)
    bar = FindBar(text)
    qtbot.addWidget(text)
    qtbot.addWidget(bar)
    return text, bar


def test_past_a_thousand_matches_it_says_more_than(qtbot) -> None:
    _text, bar = _bar(qtbot, 3 * MAX_MATCHES)
    bar.open()
    bar.field.setText("word")
    assert bar.match_count == MAX_MATCHES
    assert bar.count_label.text() == "1 of more than 1,000"
    starts = [match.selectionStart() for match in bar._matches]
    assert starts == sorted(starts), "the view tints matches found in document order"


def test_the_thousand_are_counted_from_where_the_reader_is(qtbot) -> None:
    text, bar = _bar(qtbot, 3 * MAX_MATCHES)
    bar._start_from = 5 * 2_000  # the 2,001st word
    bar.show()
    bar.field.setText("word")
    assert bar.count_label.text() == "1 of more than 1,000"
    assert text.textCursor().selectionStart() == 5 * 2_000


def test_within_the_limit_every_match_is_counted_wrapping_round(qtbot) -> None:
    _text, bar = _bar(qtbot, 40)
    bar._start_from = 5 * 30
    bar.show()
    bar.field.setText("word")
    assert bar.count_label.text() == "31 of 40"
    bar.find_next()
    bar.find_next()
    assert bar.count_label.text() == "33 of 40"


def test_a_page_thick_with_matches_tints_only_those_around_the_current_one(qtbot, window, seed_story) -> None:
    from dataclasses import replace

    from gui.views.article.article_view import MAX_TINTED_MATCHES

    story = replace(seed_story, dek="", paragraphs=("a " * 3000,), image=None, quotes=())
    view = window.article_view
    window.model.set_story(story)
    if view.typesetting:
        with qtbot.waitSignal(view.typeset, timeout=30_000):
            pass
    bar = window.article_page.find_bar
    bar.open()
    bar.field.setText("a")
    tinted = sorted(selection.cursor.selectionStart() for selection in view.extraSelections())
    assert len(tinted) == MAX_TINTED_MATCHES
    assert view.textCursor().selectionStart() in tinted
