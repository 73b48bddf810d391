"""The author in the article's header and on paper: "By" and the names, as text."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument

from gui.story import Story
from gui.views.article.article_html import article_html, author_names
from gui.views.article.article_print import printable_document


def _header(story: Story) -> str:
    document = QTextDocument()
    document.setHtml(article_html(story, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)))
    return document.toPlainText().split("\n")[1]


def test_the_byline_names_the_author_before_the_source(seed_story: Story) -> None:
    story = replace(seed_story, dek="", author="Priya Nandakumar")
    assert _header(story) == "By Priya Nandakumar · Entertainment Weekly · Monday, 19 December 2022"


def test_the_bundled_story_names_no_author(seed_story: Story) -> None:
    # Neither its metadata nor its article text names one.
    assert seed_story.author == ""
    assert "By " not in _header(replace(seed_story, dek=""))


def test_an_author_is_text_not_markup(seed_story: Story) -> None:
    story = replace(seed_story, author='<b>Ann</b> & <a href="x">Co</a>')
    html = article_html(story, QLocale())
    assert '<p class="byline">By &lt;b&gt;Ann&lt;/b&gt; &amp; &lt;a href=' in html
    assert "<b>Ann" not in html


@pytest.mark.parametrize(
    ("author", "shown"),
    [
        ("Olu Adeyemi", "Olu Adeyemi"),
        ("Olu Adeyemi; Beth Cairns", "Olu Adeyemi and Beth Cairns"),
        ("Ann Fox; Li Wei; Reuters", "Ann Fox, Li Wei and Reuters"),
        ("Kevin Marsh, Reuters", "Kevin Marsh, Reuters"),
    ],
)
def test_several_authors_are_said_as_a_byline_says_them(author: str, shown: str) -> None:
    assert author_names(author) == shown


def test_the_printed_article_has_the_byline(seed_story: Story) -> None:
    document = printable_document(replace(seed_story, author="Priya Nandakumar"), QLocale())
    assert "By Priya Nandakumar · Entertainment Weekly" in document.toPlainText()
