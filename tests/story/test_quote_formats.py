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
    # The texts once, each speaker once, the source once, the address as the link and its text.
    assert len(calls) <= 1 + len({quote.speaker.name for quote in quotes}) + 3


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


# --- Markdown: a document's words are never markup ---------------------------------------------

HOSTILE_QUOTES = [
    # The tester's page (/tmp/walk/web/mdinject.txt): a heading, an image that would be fetched, a script link.
    "# Big heading and <img src=http://127.0.0.1:8765/track.png> and [click me](javascript:alert(1)),",
    "![pixel](http://127.0.0.1:8765/p.png) <script>alert(1)</script> <http://evil.example>",
    "*bold* _em_ **strong** `code` ~~gone~~ a | b &amp; &#x41; \\* [ref]: http://evil.example",
    "1. one\n2) two\n- three\n+ four\n> five\n=====\n---\n    indented code\n```\nfence\n~~~",
    "<div>block html</div>",
]
# What rendered Markdown must never hold when a quote is only text: no element beyond
# the block quote's paragraphs (and the export's own heading and emphasis, checked apart).
MARKUP = ("<img", "<a ", "<h1", "<h2", "<ol", "<ul", "<li", "<pre", "<code", "<em", "<strong", "<s>", "<table", "<hr", "<div", "<script")


def _rendered(markdown: str, preset: str) -> str:
    from markdown_it import MarkdownIt

    return str(MarkdownIt(preset).render(markdown))


def _words(html_text: str) -> str:
    """What a reader sees of rendered HTML: its text, tags gone, entities read."""
    import html
    import re

    return html.unescape(re.sub(r"<[^>]*>", "", html_text))


@pytest.mark.parametrize("preset", ["commonmark", "default"])
@pytest.mark.parametrize("text", HOSTILE_QUOTES, ids=range(len(HOSTILE_QUOTES)))
def test_markdown_copy_renders_a_quote_as_its_own_characters(seed_story: Story, text: str, preset: str) -> None:
    quote = replace(seed_story.quotes[3], text=text)
    quote = replace(quote, speaker=Speaker("*Bob* [Stone](javascript:x) <b>", "# role"))
    plain, html = format_quotes([quote], seed_story, CopyFormat.MARKDOWN)
    rendered = _rendered(plain, preset)
    assert [tag for tag in MARKUP if tag in rendered] == []
    assert rendered.startswith("<blockquote>\n")
    assert rendered.endswith("</blockquote>\n")
    assert rendered.count("<blockquote>") == 1
    # Each line of the quote is still there, every character as written (line breaks aside).
    for line in quote.display_text.split("\n"):
        assert line.strip() in _words(rendered)
    assert "— *Bob* [Stone](javascript:x) <b>" in _words(rendered)
    assert [tag for tag in ("<script", "<img", "<b>") if tag in html] == []


def test_markdown_escapes_only_what_commonmark_reads(seed_story: Story) -> None:
    quote = replace(seed_story.quotes[3], text="It's 1.5 times the #1 stunt - really! (Yes.) Tom & Jerry, 100%")
    plain, _ = format_quotes([quote], seed_story, CopyFormat.MARKDOWN)
    assert plain == "> It's 1.5 times the #1 stunt - really! (Yes.) Tom & Jerry, 100%\n>\n> — Christopher McQuarrie"


def test_markdown_escapes_a_block_marker_only_at_a_line_start(seed_story: Story) -> None:
    quote = replace(seed_story.quotes[3], text="# heading\n1. item\n- item\n  # indented")
    plain, _ = format_quotes([quote], seed_story, CopyFormat.MARKDOWN)
    assert plain.split("\n")[:4] == ["> \\# heading", "> 1\\. item", "> \\- item", "> \\# indented"]


def test_html_forms_link_only_a_plain_web_address(seed_story: Story) -> None:
    story = replace(seed_story, url="javascript:alert(1)")
    _, html = format_quotes([story.quotes[7]], story, CopyFormat.CITATION)
    assert "<a " not in html
    assert html.endswith(", javascript:alert(1)</p>")
    _, html = format_quotes([seed_story.quotes[7]], seed_story, CopyFormat.CITATION)
    assert f'<a href="{URL}">{URL}</a>' in html


def test_every_html_form_escapes_the_story(seed_story: Story) -> None:
    quote = replace(seed_story.quotes[3], text='<img src=x onerror=alert(1)> & "q"')
    quote = replace(quote, speaker=Speaker("<b>Bob</b>", ""))
    story = replace(seed_story, source="<script>x</script>", url='https://ex.example/"><img src=y>')
    for copy_format in CopyFormat:
        _, html = format_quotes([quote], story, copy_format)
        assert [tag for tag in ("<script", "<img", "<b>") if tag in html] == [], copy_format
