"""A plain-text or Markdown article's headline, date and source, with or without blank lines between them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from gui.story.markdown_article import parse_markdown_article
from gui.story.plain_article import PlainArticle, parse_plain_article

PARSERS = pytest.mark.parametrize("parse", [parse_plain_article, parse_markdown_article], ids=["text", "markdown"])

BODY = 'The council voted 7-2 on Monday.\n\n"It is a good day," said Mayor Linda Park.\n'


@pytest.mark.parametrize(
    "top",
    [
        "Bike Lanes Approved\nMarch 4, 2024\nSource: Springfield Gazette\n\n",
        "Bike Lanes Approved\nSource: Springfield Gazette\nPublished: March 4, 2024\n\n",
        "Bike Lanes Approved\n\nMarch 4, 2024\nSource: Springfield Gazette\n\n",
        "Bike Lanes Approved\n\nMarch 4, 2024\n\nSource: Springfield Gazette\n\n",
        "# Bike Lanes Approved\nMarch 4, 2024\nSource: Springfield Gazette\n\n",
    ],
    ids=["no blank lines", "source first", "date and source together", "blank lines", "hash headline"],
)
@PARSERS
def test_headline_date_and_source_lines_need_no_blank_line_between(top: str, parse: Callable[[str, str], PlainArticle]) -> None:
    article = parse(top + BODY, "fallback")
    assert (article.headline, article.published, article.source, article.blocks) == (
        "Bike Lanes Approved",
        date(2024, 3, 4),
        "Springfield Gazette",
        ("The council voted 7-2 on Monday.", '"It is a good day," said Mayor Linda Park.'),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Short first line\nthen the paragraph goes on, as a wrapped one does.\n",
        "The vote came on\nMarch 4, 2024, after a long night.\n",
    ],
    ids=["wrapped", "a date inside a sentence"],
)
@PARSERS
def test_a_paragraph_that_is_no_header_stays_one_paragraph(text: str, parse: Callable[[str, str], PlainArticle]) -> None:
    article = parse("Headline\n\n" + text, "fallback")
    assert (article.headline, article.published, article.blocks) == ("Headline", None, (" ".join(text.split()),))
