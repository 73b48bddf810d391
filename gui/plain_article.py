"""A plain-text or Markdown article as the parts of a story: headline, dek, date, body.

What the reader of a text file expects to be recognised, and nothing cleverer:
- the headline: a Markdown "# " heading, else a short first line without a full stop,
  else the file's name;
- the dek: a paragraph in *italics* right after the headline;
- the date: Reckoning's own "date YYYY-MM-DD dek" first line, or a line near the top that
  is a date, optionally after "Published" or "Updated";
- the source: a "Source: …" line near the top;
- Markdown emphasis, links and block-quote marks are reduced to their words.
No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from gui.date_mentions import parse_date_words

_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_ITALIC_BLOCK = re.compile(r"^(?:\*(?!\*)|_(?!_))(?P<text>.+)(?:\*|_)$", re.DOTALL)
_DATE_LINE = re.compile(r"^(?:(?:published|updated|posted)(?: on)?:?\s+)?(?P<when>.+)$", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^source:\s+(?P<source>.+)$", re.IGNORECASE)
_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(?P<text>.+?)(?<=\S)\1")
# Reckoning's own article format starts "date YYYY-MM-DD" and the dek on one line.
SEED_DATE_LINE = re.compile(r"date (\d{4}-\d{2}-\d{2})\s+(.*)", re.DOTALL)
_MAX_HEADLINE_WORDS = 20
_HEADER_BLOCKS = 4


@dataclass(frozen=True)
class PlainArticle:
    headline: str
    dek: str
    published: date | None
    source: str
    blocks: tuple[str, ...]  # body blocks, caption included, in order


def parse_plain_article(text: str, fallback_headline: str) -> PlainArticle:
    """Split `text` into headline, dek, date, source and body; `fallback_headline` names an untitled text."""
    raw_blocks = [part.strip() for part in re.split(r"\n\s*\n", text.strip()) if part.strip()]
    first_lines = raw_blocks[0].splitlines() if raw_blocks else []
    if first_lines and _HEADING.match(first_lines[0]) and len(first_lines) > 1:
        # A heading needs no blank line after it in Markdown.
        raw_blocks[0:1] = [first_lines[0], "\n".join(first_lines[1:])]
    blocks = [" ".join(part.split()) for part in raw_blocks]
    headline, dek, published, source = "", "", None, ""
    if blocks and (seed := SEED_DATE_LINE.fullmatch(blocks[0])):
        published, dek = parse_date_words(seed.group(1)), seed.group(2).strip()
        blocks = blocks[1:]
    elif blocks and (heading := _HEADING.match(blocks[0])):
        headline, blocks = heading.group("text"), blocks[1:]
    elif blocks and _looks_like_headline(blocks[0]):
        headline, blocks = blocks[0], blocks[1:]
    body: list[str] = []
    for position, block in enumerate(blocks):
        near_top = position < _HEADER_BLOCKS and not body
        if near_top and not dek and (italic := _ITALIC_BLOCK.match(block)):
            dek = _plain(italic.group("text"))
        elif near_top and published is None and (when := _date_line(block)) is not None:
            published = when
        elif near_top and not source and (line := _SOURCE_LINE.match(block)):
            source = _plain(line.group("source"))
        else:
            body.append(_plain(block.removeprefix("> ").replace(" > ", " ")))
    return PlainArticle(_plain(headline) or fallback_headline, dek, published, source, tuple(body))


def _looks_like_headline(block: str) -> bool:
    return len(block.split()) <= _MAX_HEADLINE_WORDS and not block.endswith((".", ":", ",", ";", '"', "”"))


def _date_line(block: str) -> date | None:
    match = _DATE_LINE.match(block)
    return parse_date_words(match.group("when").strip(" .")) if match else None


def _plain(text: str) -> str:
    """Markdown reduced to its words: links to their text, emphasis to its letters."""
    text = _LINK.sub(lambda m: m.group("text"), text)
    previous = None
    while previous != text:
        previous, text = text, _EMPHASIS.sub(lambda m: m.group("text"), text)
    return text.strip()
