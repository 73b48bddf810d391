"""Quotes written out as a file: CSV for spreadsheets, Markdown for notes. No Qt.

What comes from the document is content in each: a CSV cell is never a formula, and in
Markdown nothing from the story is markup (see quote_formats.markdown_text).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

from .ics_export import web_address
from .loader import Quote, Story
from .quote_formats import CopyFormat, citation_date, format_quotes, markdown_line

CSV_HEADER = ("quote", "speaker", "role", "source", "published", "url")
# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection";
# ASVS 1.2.10 adds NUL): such a cell gets a leading apostrophe, which keeps it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")


def quotes_csv(quotes: Sequence[Quote], story: Story) -> str:
    buffer = io.StringIO()
    # CRLF as RFC 4180 has it; the writer then quotes every cell holding a CR or LF, where
    # with "\n" alone a lone CR would go out bare and end the row in a spreadsheet.
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    published = story.published.isoformat() if story.published else ""
    for quote in quotes:
        row = (quote.display_text, quote.speaker.name, quote.speaker.role, story.source, published, story.url)
        writer.writerow(tuple(map(csv_cell, row)))
    return buffer.getvalue()


def csv_cell(text: str) -> str:
    """`text` as a CSV cell no spreadsheet will run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def quotes_markdown(quotes: Sequence[Quote], story: Story) -> str:
    plain, _ = format_quotes(quotes, story, CopyFormat.MARKDOWN)
    title = f"# Quotes from “{markdown_line(story.headline)}”\n\n"
    source = markdown_line(story.source).strip()
    # An autolink only for a plain http(s) address: anything else is shown as the text it is.
    address = web_address(story.url)
    origin = [
        f"*{source}*" if source else "",
        citation_date(story.published) if story.published else "",
        f"<{address}>" if address else markdown_line(story.url),
    ]
    if any(origin):
        title += ", ".join(part for part in origin if part) + "\n\n"
    return title + plain + "\n"


def quotes_json(quotes: Sequence[Quote], story: Story) -> str:
    """The quotes with where they stand, for scripts: `paragraph` is null for the dek."""
    document = {
        "headline": story.headline,
        "source": story.source,
        "published": story.published.isoformat() if story.published else None,
        "url": story.url,
        "quotes": [
            {
                "text": quote.text,
                "speaker": quote.speaker.name,
                "role": quote.speaker.role,
                "paragraph": quote.paragraph,
                "start": quote.start,
                "end": quote.end,
            }
            for quote in quotes
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
