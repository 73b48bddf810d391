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


@pytest.mark.parametrize(
    ("top", "author"),
    [
        ("School board rejects later start times\n\nBy Kevin Marsh\n\nPublished Oct. 8, 2024\n\n", "Kevin Marsh"),
        ("School board rejects later start times\nBy Kevin Marsh\nPublished Oct. 8, 2024\n\n", "Kevin Marsh"),
        ("School board rejects later start times\n\nOct. 8, 2024\n\nBy Ann Fox and Li Wei\n\n", "Ann Fox and Li Wei"),
        ("School board rejects later start times\n\nBY KEVIN MARSH, REUTERS\nOct. 8, 2024\n\n", "KEVIN MARSH, REUTERS"),
        ("School board rejects later start times\n\nBy Kevin Marsh, Reuters\n\nOct. 8, 2024\n\n", "Kevin Marsh, Reuters"),
        (
            "School board rejects later start times\n\nBy Ahmed bin Ali & Ursula von der Leyen\n\nOct. 8, 2024\n\n",
            "Ahmed bin Ali & Ursula von der Leyen",
        ),
    ],
    ids=["blank lines", "no blank lines", "after the date", "capitals", "an agency", "particles"],
)
@PARSERS
def test_a_byline_is_the_author_and_the_date_after_it_is_found(top: str, author: str, parse: Callable[[str, str], PlainArticle]) -> None:
    article = parse(top + BODY, "fallback")
    assert (article.headline, article.author, article.published, article.blocks) == (
        "School board rejects later start times",
        author,
        date(2024, 10, 8),
        ("The council voted 7-2 on Monday.", '"It is a good day," said Mayor Linda Park.'),
    )


def test_an_italic_byline_is_no_dek() -> None:
    article = parse_markdown_article("# Bike Lanes Approved\n\n*By Kevin Marsh*\n\n*The council votes 7-2.*\n\n" + BODY, "fallback")
    assert (article.author, article.dek) == ("Kevin Marsh", "The council votes 7-2.")


@pytest.mark.parametrize(
    "line",
    [
        "By the time the vote came, most had gone home.",
        "By 2030 the city wants no cars in the centre",
        "by Kevin Marsh",
        "By Kevin Marsh said the mayor, and everyone laughed about it then",
    ],
    ids=["a sentence", "a year", "lower case", "a sentence of capitals and words"],
)
@PARSERS
def test_a_sentence_starting_with_by_is_text(line: str, parse: Callable[[str, str], PlainArticle]) -> None:
    article = parse("Bike Lanes Approved\n\n" + line + "\n\n" + BODY, "fallback")
    assert (article.author, article.blocks[0]) == ("", line)


def test_header_lines_with_no_blank_line_before_the_text_are_still_the_header() -> None:
    text = "Ferry fares rise again\nBy Kevin Marsh, Reuters\nPublished: 3 March 2024\nFares will rise.\nThey rose last year too.\n"
    article = parse_plain_article(text, "Byline2")
    assert (article.headline, article.author, article.published) == ("Ferry fares rise again", "Kevin Marsh, Reuters", date(2024, 3, 3))
    assert article.blocks == ("Fares will rise. They rose last year too.",)
    # A paragraph that merely opens on a short line is no header.
    assert parse_plain_article("The ferry is late.\nIt was late yesterday.\n", "Untitled").blocks == (
        "The ferry is late. It was late yesterday.",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Published March 3, 2024 at 9:15 a.m.",
        "Published March 3, 2024 at 9:15 a.m. EST",
        "3 March 2024, 09:15",
        "Updated: March 3, 2024 10:02 PM ET",
    ],
)
def test_a_date_line_with_the_time_of_day_is_still_the_date(line: str) -> None:
    article = parse_plain_article(f"Ferry fares rise\n\n{line}\n\nFares will rise.\n", "Untitled")
    assert (article.published, article.blocks) == (date(2024, 3, 3), ("Fares will rise.",))
