"""A plain-text article as the parts of a story: headline, dek, date, body.

A text file is taken word for word: `my_video_final_cut.mov` and `*` stay as written. What
the reader of a text file expects to be recognised, and nothing cleverer:
- the headline: a first line marked "# " (the one Markdown habit plain text keeps), else a
  short first line without a full stop, else the file's name;
- the date: Reckoning's own "date YYYY-MM-DD dek" first line, or a line near the top that
  is a date, optionally after "Published" or "Updated";
- the source: a "Source: …" line near the top;
- the author: a byline near the top, "By" and names written with capitals ("By Kevin Marsh",
  "By Ann Fox and Li Wei", "By Kevin Marsh, Reuters").
Paragraphs are separated by blank lines; only the headline, byline, date and source lines at the top
may follow one another, and the text after them, without one. Markdown files are read by `gui.story.markdown_article`,
which hands its blocks to `assemble` here, so both kinds find headline, dek, date and source
alike. Every pass is linear in the text. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .date_mentions import parse_date_words
from .quote_marks import CLOSING_DOUBLES

_DATE_LINE = re.compile(r"^(?:(?:published|updated|posted)(?: on)?:?\s+)?(?P<when>.+)$", re.IGNORECASE)
_TIME_OF_DAY = re.compile(
    r"(?:,|\s+at|\s+-|\s+\|)?\s+\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$|(?:,|\s+at)?\s+\d{1,2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?\s*$",
    re.IGNORECASE,
)
_SOURCE_LINE = re.compile(r"^source:\s+(?P<source>.+)$", re.IGNORECASE)
_BYLINE = re.compile(r"^by\s+(?P<names>.+)$", re.IGNORECASE)
# Between the names of a byline: "Ann Fox, Li Wei and Reuters", "Ann Fox & Li Wei".
_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
# The lower-case words a name may hold ("Ursula von der Leyen", "Ahmed bin Ali").
_NAME_PARTICLES = frozenset({"al", "bin", "da", "de", "del", "della", "der", "di", "du", "la", "le", "ten", "ter", "van", "von"})
_MAX_NAME_WORDS = 6
_MAX_BYLINE_LENGTH = 120
# Reckoning's own article format starts "date YYYY-MM-DD" and the dek on one line.
SEED_DATE_LINE = re.compile(r"date (\d{4}-\d{2}-\d{2})\s+(.*)", re.DOTALL)
_MAX_HEADLINE_WORDS = 20
_MAX_HEADLINE_LENGTH = 300
_MAX_HEADER_LINE_LENGTH = 200  # a date or source line is short; a longer block is body text
HEADER_BLOCKS = 4  # headline, dek, date and source come within the first four blocks


@dataclass(frozen=True)
class PlainArticle:
    headline: str
    dek: str
    published: date | None
    source: str
    blocks: tuple[str, ...]  # body blocks, caption included, in order
    author: str = ""  # the byline's names, as written


@dataclass(frozen=True)
class Block:
    """One paragraph of an article's text, its white space collapsed.

    `heading` marks a block the file marks as a heading; `italic` one that is emphasis from
    end to end (a dek, in Markdown).
    """

    text: str
    heading: bool = False
    italic: bool = False


def parse_plain_article(text: str, fallback_headline: str) -> PlainArticle:
    """Split `text` into headline, dek, date, source and body; `fallback_headline` names an untitled text."""
    blocks: list[Block] = []
    for lines in _paragraphs(text):
        if len(blocks) < HEADER_BLOCKS and is_header(lines):
            # "Headline / March 4, 2024 / Source: …" with no blank lines between: one line a part.
            blocks.extend(Block(line) for line in lines)
        elif not blocks and (header := _header_lines(lines)):
            # A file with no blank lines at all: its header lines, then the text that follows them.
            blocks.extend(Block(line) for line in lines[:header])
            blocks.append(Block(" ".join(lines[header:])))
        else:
            blocks.append(Block(" ".join(lines)))
    if blocks and (heading := _heading(blocks[0].text)) is not None:
        blocks[0] = Block(heading, heading=True)
    return assemble(blocks, fallback_headline)


def _paragraphs(text: str) -> Iterable[list[str]]:
    """The runs of non-blank lines, each line's white space collapsed; a "# " first line stands alone."""
    lines: list[str] = []
    for number, raw in enumerate(text.split("\n")):
        words = raw.split()
        if not words:
            if lines:
                yield lines
                lines = []
            continue
        line = " ".join(words)
        lines.append(line)
        if number == len(lines) - 1 == 0 and _heading(line) is not None:
            # A heading needs no blank line after it.
            yield lines
            lines = []
    if lines:
        yield lines


def is_header(lines: list[str]) -> bool:
    """Whether `lines` are a short first line (a headline, a byline, a date or a source) then only such lines.

    A paragraph that merely starts with a short line, or wraps, stays one paragraph.
    """
    if len(lines) < 2 or not all(len(line) <= _MAX_HEADER_LINE_LENGTH for line in lines):
        return False
    return all(_SOURCE_LINE.match(line) or byline(line) or _date_line(line) is not None for line in lines[1:])


def _header_lines(lines: list[str]) -> int:
    """How many of a first paragraph's lines are a headline and the byline, date or source lines
    right after it ("Ferry fares rise / By Kevin Marsh / Published: 3 March 2024 / Fares will …");
    0 unless there are both such lines and text after them."""
    count = 1
    while count < len(lines) and len(lines[count]) <= _MAX_HEADER_LINE_LENGTH and is_header([lines[0], lines[count]]):
        count += 1
    return count if 1 < count < len(lines) and _looks_like_headline(lines[0]) else 0


def _heading(line: str) -> str | None:
    """The words of a "# Heading #" line, else None."""
    marks = len(line) - len(line.lstrip("#"))
    if not 1 <= marks <= 6 or line[marks : marks + 1] != " ":
        return None
    return line[marks:].rstrip("#").strip() or None


def assemble(blocks: list[Block], fallback_headline: str) -> PlainArticle:
    """The parts of an article from its blocks in order: the headline, dek, byline, date and source near the top, then the body."""
    headline, dek, published, source, author = "", "", None, "", ""
    if blocks and (seed := SEED_DATE_LINE.fullmatch(blocks[0].text)):
        published, dek = parse_date_words(seed.group(1)), seed.group(2).strip()
        blocks = blocks[1:]
    elif blocks and (blocks[0].heading or _looks_like_headline(blocks[0].text)):
        headline, blocks = blocks[0].text, blocks[1:]
    body: list[str] = []
    for position, block in enumerate(blocks):
        near_top = position < HEADER_BLOCKS and not body
        short = len(block.text) <= _MAX_HEADER_LINE_LENGTH
        if near_top and not author and (names := byline(block.text)):
            # Before the dek: a byline in italics is a byline still.
            author = names
        elif near_top and not dek and block.italic:
            dek = block.text
        elif near_top and short and published is None and (when := _date_line(block.text)) is not None:
            published = when
        elif near_top and short and not source and (line := _SOURCE_LINE.match(block.text)):
            source = line.group("source")
        else:
            body.append(block.text)
    return PlainArticle(headline or fallback_headline, dek, published, source, tuple(body), author)


def byline(line: str) -> str:
    """The names of a byline ("By Kevin Marsh, Reuters" → "Kevin Marsh, Reuters"), else "".

    Every word of every name starts with a capital, but for the particles names hold: "By
    the time we arrived" and "By 2030, the city" are sentences, not bylines.
    """
    match = _BYLINE.match(line) if len(line) <= _MAX_BYLINE_LENGTH else None
    if match is None or (not line[:2].istitle() and not line[:2].isupper()):
        return ""
    names = match.group("names").strip()
    for name in _NAME_SEPARATOR.split(names):
        words = name.split()
        if not 1 <= len(words) <= _MAX_NAME_WORDS or not words[0][:1].isupper():
            return ""
        if not all(word[:1].isupper() or word in _NAME_PARTICLES for word in words):
            return ""
    return names


def _looks_like_headline(block: str) -> bool:
    if len(block) > _MAX_HEADLINE_LENGTH:
        return False
    return len(block.split()) <= _MAX_HEADLINE_WORDS and not block.endswith((".", ":", ",", ";", *CLOSING_DOUBLES))


def _date_line(block: str) -> date | None:
    match = _DATE_LINE.match(block)
    if not match:
        return None
    # "March 3, 2024 at 9:15 a.m. EST", "3 March 2024, 09:15": the day is what dates the article.
    return parse_date_words(_TIME_OF_DAY.sub("", match.group("when")).strip(" .,"))
