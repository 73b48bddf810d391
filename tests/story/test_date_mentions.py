"""Dates in an article's text become events: which ones, how precise, and what they are called."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from gui.story.date_mentions import MAX_MENTIONS, date_mentions, parse_date_words
from gui.story.plain_article import parse_plain_article
from gui.story.sentences import sentences

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
        # US and UK news styles; a month's abbreviation does not end the sentence.
        ("The report came out on Dec. 19, 2023, the council said.", [("Dec. 19, 2023", "2023-12-19", "day", "release")]),
        (
            "Filming wrapped Jan. 5, 2024. It opens in March 2025.",
            [("Jan. 5, 2024", "2024-01-05", "day", "date"), ("March 2025", "2025-03-01", "month", "release")],
        ),
        ("It premiered on the 19th of June 2023 in Rome.", [("19th of June 2023", "2023-06-19", "day", "premiere")]),
        ("Filming starts Sept. 2 in Norway.", [("Sept. 2", "2022-09-02", "day", "date")]),
        ("The show opens June 19th.", [("June 19th", "2023-06-19", "day", "release")]),
        ("The museum opens on the 19th of June.", [("19th of June", "2023-06-19", "day", "release")]),
        ("The fair is on 3 January.", [("3 January", "2023-01-03", "day", "date")]),
        # A storm arrives, boats are due to sail, work is set to start: dates, not releases.
        ("Another system could arrive on Oct. 14, 2024.", [("Oct. 14, 2024", "2024-10-14", "day", "date")]),
        ("The first boats are due to sail on July 1, 2024.", [("July 1, 2024", "2024-07-01", "day", "date")]),
        ("Work is set to start in September 2023.", [("September 2023", "2023-09-01", "month", "date")]),
        ("The film arrives in theaters on July 12, 2023.", [("July 12, 2023", "2023-07-12", "day", "release")]),
    ],
)
def test_mentions(text: str, found: list[tuple[str, str, str, str]]) -> None:
    assert _said(text) == found


def test_relative_words_need_the_articles_date() -> None:
    assert date_mentions(["The album comes out today."], None) == []
    assert date_mentions(["The show opens June 19th."], None) == []


def test_a_day_without_a_year_is_the_one_nearest_the_articles_date() -> None:
    assert [m.day for m in date_mentions(["It opens Jan. 5."], date(2022, 12, 19))] == [date(2023, 1, 5)]
    assert [m.day for m in date_mentions(["It opened Dec. 1."], date(2023, 1, 10))] == [date(2022, 12, 1)]


@pytest.mark.parametrize("published", [date(9999, 6, 1), date(1, 1, 1)])
def test_the_ends_of_the_calendar_give_no_day_past_them(published: date) -> None:
    # "next year" in 9999 and "Dec. 1" in year 1 would be in no calendar.
    mentions = date_mentions(["The sequel is due next year.", "It opened Dec. 1.", "It opens Jan. 5."], published)
    assert all(date.min <= m.day <= date.max for m in mentions)
    assert ("next year" in {m.said for m in mentions}) == (published.year < 9999)


def test_a_sentence_of_many_dates_finds_each_once_with_a_short_title() -> None:
    sentence = "It opens July 12, 2023, " * 2000 + "or March 3, 2024, or 2023-07-14 in theaters."
    mentions = date_mentions([sentence], PUBLISHED)
    assert [m.said for m in mentions] == ["July 12, 2023", "March 3, 2024", "2023-07-14"]
    assert all(len(m.clause) <= 400 for m in mentions)
    assert mentions[0].kind == "release"


def test_sentences_end_at_a_full_stop_but_not_at_a_months_abbreviation() -> None:
    assert sentences("It ended Dec. 19, 2023. Then it rained! Was it Dec. The end.") == [
        "It ended Dec. 19, 2023. ",
        "Then it rained! ",
        "Was it Dec. ",
        "The end.",
    ]


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
        ("Body *with* [a link](http://x.invalid).",),  # plain text is taken word for word
    )


def test_an_untitled_text_is_named_after_its_file() -> None:
    article = parse_plain_article("Just one sentence of text.\n", "Spring fair")
    assert (article.headline, article.blocks) == ("Spring fair", ("Just one sentence of text.",))


def test_a_text_of_thousands_of_dates_gives_the_first_few_hundred() -> None:
    days = [date(2000, 1, 1) + timedelta(days=n) for n in range(3000)]
    mentions = date_mentions([" ".join(f"It opens {day.isoformat()}." for day in days)], PUBLISHED)
    assert [m.day for m in mentions] == days[:MAX_MENTIONS]


@pytest.mark.parametrize(
    "sentence",
    [
        '"We have never seen layering this clear," said Dr. Mia Cole of the institute. ',
        "Mr. and Mrs. Park met Ms. Lee. ",
        "Sen. Ann Ruiz, Rep. Tom Beck and Gov. Jo Hale spoke. ",
        "The parade went down St. James Street. ",
        "Martin Luther King Jr. said it first. ",
        "J. R. R. Tolkien wrote it. ",
        "It snowed in Dec. and again in Jan. last winter. ",
    ],
    ids=["Dr.", "Mr. Mrs. Ms.", "Sen. Rep. Gov.", "St.", "Jr.", "initials", "months"],
)
def test_a_sentence_runs_on_past_a_title_an_initial_or_a_month(sentence: str) -> None:
    assert sentences(sentence + "Then it rained.") == [sentence, "Then it rained."]


@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        (
            "On March 4, 2024 and Dec. 19, 2023 and 19th of June 2023 and July 2023.",
            ["On March 4, 2024", "Dec. 19, 2023", "19th of June 2023", "July 2023"],
        ),
        ("The storm hit on Oct. 9, 2024, and another arrived Oct. 14.", ["The storm hit on Oct. 9, 2024", "Another arrived Oct. 14"]),
        ("The festival runs from March 4 to March 9, 2024 in Oslo.", ["The festival runs from March 4", "March 9, 2024 in Oslo"]),
    ],
    ids=["a list of dates", "two clauses", "a span"],
)
def test_each_date_of_a_sentence_is_titled_by_its_own_words(sentence: str, titles: list[str]) -> None:
    assert [m.clause for m in date_mentions([sentence], PUBLISHED)] == titles
