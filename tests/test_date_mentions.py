"""Dates in an article's text become events: which ones, how precise, and what they are called."""

from __future__ import annotations

from datetime import date

import pytest

from gui.date_mentions import date_mentions, parse_date_words
from gui.plain_article import parse_plain_article

PUBLISHED = date(2022, 12, 19)


def _said(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.said, m.day.isoformat(), m.precision, m.kind) for m in date_mentions([text], PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The film opens on July 14, 2023.", [("July 14, 2023", "2023-07-14", "day", "release")]),
        ("It premieres on 12 July 2023 in Rome.", [("12 July 2023", "2023-07-12", "day", "premiere")]),
        ("Filming began 2020-09-06 in Norway.", [("2020-09-06", "2020-09-06", "day", "date")]),
        ("It is set to hit theaters in July 2023.", [("July 2023", "2023-07-01", "month", "release")]),
        ("With the sequel following in 2024.", [("2024", "2024-01-01", "year", "release")]),
        ("She was born in 1970 in Oslo.", []),  # a year in passing is no event
        ("The album is out today, the band says.", []),  # "out" alone is no release word
        ("The album comes out today.", [("today", "2022-12-19", "day", "release")]),
        ("The sequel is due this year.", [("this year", "2022-01-01", "year", "release")]),
        ("He rode off a cliff six times today.", []),
        ("Tickets go on sale February 30, 2024.", []),  # no such day
    ],
)
def test_mentions(text: str, found: list[tuple[str, str, str, str]]) -> None:
    assert _said(text) == found


def test_relative_words_need_the_articles_date() -> None:
    assert date_mentions(["The album comes out today."], None) == []


def test_each_mention_counts_once() -> None:
    assert len(date_mentions(["It opens in July 2023.", "Again: it opens in July 2023."], PUBLISHED)) == 1


@pytest.mark.parametrize(
    ("words", "day"),
    [("December 19, 2022", date(2022, 12, 19)), ("Monday, 19 Dec 2022", date(2022, 12, 19)), ("2022-12-19", date(2022, 12, 19))],
)
def test_a_date_line(words: str, day: date) -> None:
    assert parse_date_words(words) == day


def test_a_line_that_is_more_than_a_date_is_not_one() -> None:
    assert parse_date_words("December 19, 2022 was a Monday") is None


def test_plain_text_parts() -> None:
    article = parse_plain_article(
        "Headline without a full stop\n\nPublished: 5 March 2024\n\nSource: Test Gazette\n\nBody *with* [a link](http://x.invalid).\n",
        "fallback",
    )
    assert (article.headline, article.published, article.source, article.blocks) == (
        "Headline without a full stop",
        date(2024, 3, 5),
        "Test Gazette",
        ("Body with a link.",),
    )


def test_an_untitled_text_is_named_after_its_file() -> None:
    article = parse_plain_article("Just one sentence of text.\n", "Spring fair")
    assert (article.headline, article.blocks) == ("Spring fair", ("Just one sentence of text.",))
