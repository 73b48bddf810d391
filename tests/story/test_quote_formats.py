"""Clipboard forms of quotes: exact plain text and HTML, escaped, in the order given."""

from __future__ import annotations

from dataclasses import replace
from html import escape as html_escape

import pytest

from gui.settings import keys
from gui.settings.values import as_enum
from gui.story import Speaker, Story, quote_formats
from gui.story.quote_formats import CopyFormat, format_quotes
from gui.story.wording import no_quotes_shown
from tests.helpers import long_story

URL = "https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/"


def test_attributed(seed_story: Story) -> None:
    plain, html = format_quotes([seed_story.quotes[2]], seed_story, CopyFormat.ATTRIBUTED)
    assert plain == "“It all comes down to one thing: The audience.” — Tom Cruise"
    assert html == "<p>“It all comes down to one thing: The audience.” — Tom Cruise</p>"


def test_plain(seed_story: Story) -> None:
    assert format_quotes([seed_story.quotes[1]], seed_story, CopyFormat.PLAIN) == (
        "I've wanted to do it since I was a little kid.",
        "<p>I&#x27;ve wanted to do it since I was a little kid.</p>",
    )


def test_markdown(seed_story: Story) -> None:
    plain, html = format_quotes([seed_story.quotes[3]], seed_story, CopyFormat.MARKDOWN)
    assert plain == "> a master plan\n>\n> — Christopher McQuarrie"
    assert html == "<blockquote><p>a master plan</p><p>— Christopher McQuarrie</p></blockquote>"


def test_citation(seed_story: Story) -> None:
    plain, html = format_quotes([seed_story.quotes[7]], seed_story, CopyFormat.CITATION)
    assert (
        plain
        == f"“Tom Cruise just rode a motorcycle off a cliff six times today.” — John DeVore, Entertainment Weekly, 19 December 2022, {URL}"
    )
    assert html == (
        "<p>“Tom Cruise just rode a motorcycle off a cliff six times today.” — John DeVore, "
        f'<i>Entertainment Weekly</i>, 19 December 2022, <a href="{URL}">{URL}</a></p>'
    )


def test_several_quotes_copy_as_separate_blocks(seed_story: Story) -> None:
    plain, html = format_quotes([seed_story.quotes[1], seed_story.quotes[2]], seed_story, CopyFormat.ATTRIBUTED)
    assert plain == (
        "“I've wanted to do it since I was a little kid.” — Tom Cruise\n\n“It all comes down to one thing: The audience.” — Tom Cruise"
    )
    assert html.count("<p>") == 2


def test_markup_in_a_quote_is_escaped(seed_story: Story) -> None:
    hostile = replace(seed_story.quotes[0], text="<b>bold</b> & <img src=http://example.org/x.png>", speaker=Speaker("<i>Eve</i>"))
    plain, html = format_quotes([hostile], seed_story, CopyFormat.ATTRIBUTED)
    assert plain == "“<b>bold</b> & <img src=http://example.org/x.png>” — <i>Eve</i>"
    assert html == "<p>“&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=http://example.org/x.png&gt;” — &lt;i&gt;Eve&lt;/i&gt;</p>"


def test_a_quote_holding_a_nul_is_escaped_with_the_others(seed_story: Story) -> None:
    """The texts are escaped in one pass joined by NUL: a NUL in a text must not shift them."""
    quotes = [replace(seed_story.quotes[0], text="a\x00<b>"), replace(seed_story.quotes[1], text="“x” & y")]
    _, html = format_quotes(quotes, seed_story, CopyFormat.PLAIN)
    assert html == "<p>a\x00&lt;b&gt;</p>\n<p>“x” &amp; y</p>"


@pytest.mark.parametrize("copy_format", list(CopyFormat))
def test_many_quotes_are_escaped_in_one_pass_and_each_speaker_once(
    seed_story: Story, copy_format: CopyFormat, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copying 65,536 quotes escaped each quote and speaker apart, most of the 0.43 s freeze."""
    quotes = long_story(seed_story, 2_000).quotes
    one_by_one = [format_quotes([quote], seed_story, copy_format) for quote in quotes]
    calls: list[str] = []

    def counted_escape(text: str) -> str:
        calls.append(text)
        return html_escape(text)

    monkeypatch.setattr(quote_formats, "escape", counted_escape)
    plain, html = format_quotes(quotes, seed_story, copy_format)
    assert plain == "\n\n".join(block for block, _ in one_by_one)
    assert html == "\n".join(block for _, block in one_by_one)
    assert len(calls) <= 1 + len({quote.speaker.name for quote in quotes}) + 2  # texts, speakers, source and address


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("citation", CopyFormat.CITATION),
        ("plain", CopyFormat.PLAIN),
        (None, CopyFormat.ATTRIBUTED),
        ("bogus", CopyFormat.ATTRIBUTED),
        (["plain", "citation"], CopyFormat.ATTRIBUTED),
        (3, CopyFormat.ATTRIBUTED),
    ],
)
def test_the_stored_form_is_read_safely(stored: object, expected: CopyFormat) -> None:
    assert as_enum(stored, keys.COPY_FORMAT, CopyFormat.ATTRIBUTED) is expected


@pytest.mark.parametrize(
    ("speaker", "starred", "search", "sentence"),
    [
        ("", False, "zebra", "No quotes match “zebra”."),
        ("John DeVore", True, "", "No starred quotes by John DeVore."),
        ("John DeVore", False, "zebra", "No quotes by John DeVore match “zebra”."),
        ("", True, "zebra", "No starred quotes match “zebra”."),
    ],
)
def test_an_empty_list_says_why_in_plain_english(speaker: str, starred: bool, search: str, sentence: str) -> None:
    assert no_quotes_shown(speaker, starred, search) == sentence
