"""The story as rich text for Qt's text engine: typeset, themed, every story string escaped.

Each quote becomes an internal link, `quote:<row>`, so a click on it can select that
quote; its row is the quote's row in the model. The byline names the author, where the
story has one, and links the source to the story's address, which the view opens only
for http(s).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from html import escape
from operator import le
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale

from ...story import DEK, Quote, Story, reading_position
from ...story.typography import Curler, typographic
from .page_theme import PageColours

QUOTE_SCHEME = "quote"
# Qt lays out a block whole, again on every change to it, and a run with no break in it
# takes time that grows with the square of its length (a 128 KB word: 31 s). A longer
# paragraph is typeset as blocks of at most this many characters, cut after a space and
# outside a quote where it can be: each lays out in about 10 ms, whatever the text.
# Find does not match across a cut, so they are few: one every 1,200 words or so.
PIECE_CHARS = 8192
# A run with no space is cut shorter: its layout's cost grows with the square of its length.
RUN_CHARS = 2048


def article_style(colours: PageColours) -> str:
    """The document's style sheet; font sizes are relative, so zoom scales them all."""
    return f"""
h1 {{ font-size: xx-large; font-weight: 600; margin-bottom: 8px; }}
p {{ margin-top: 0; margin-bottom: 14px; line-height: 150%; }}
p.dek {{ font-size: large; }}
p.runs-on {{ margin-bottom: 0; }}
p.byline {{ font-size: small; text-transform: uppercase; letter-spacing: 1px; color: {colours.muted}; }}
p.caption {{ font-size: small; font-style: italic; color: {colours.muted}; }}
a {{ color: {colours.link}; }}
a.quote {{
  color: {colours.text}; background-color: {colours.quote};
  text-decoration: underline; text-decoration-color: {colours.quote_rule};
}}
"""


class Block(NamedTuple):
    """One block of the article: its HTML, and its text as the story has it where the screen shows it otherwise.

    The screen shows typographic quotation marks, one character for each straight one, so
    `source` is as long as the block's text; it is None where the two are the same.
    """

    html: str
    source: str | None = None


def article_html(story: Story, locale: QLocale) -> str:
    """The story as HTML: headline, dek, byline, caption and paragraphs, quotes marked."""
    return "\n".join(block.html for block in article_blocks(story, locale))


def article_blocks(story: Story, locale: QLocale) -> Iterator[Block]:
    """The story's blocks one at a time, in reading order, so a long story can be typeset piece by piece."""
    quotes_in = _QuotesByParagraph(story.quotes)
    byline: list[str] = []
    byline_text: list[str] = []
    if story.author:
        # In the article's language, as "Credit" is: the words are the article's.
        written = f"By {author_names(story.author)}"
        byline.append(escape(typographic(written)))
        byline_text.append(written)
    if story.source:
        source = escape(typographic(story.source))
        byline.append(f'<a href="{escape(story.url)}">{source}</a>' if story.url else source)
        byline_text.append(story.source)
    if story.published:
        day = story.published
        published = locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        byline.append(escape(published))
        byline_text.append(published)
    yield _plain_block("h1", story.headline)
    if story.dek:
        yield from _paragraph(story.dek, quotes_in[DEK], "dek")
    if byline:
        plain = " · ".join(byline_text)
        yield Block(f'<p class="byline">{" · ".join(byline)}</p>', plain if typographic(plain) != plain else None)
    for number, paragraph in enumerate(story.paragraphs):
        if story.image is not None and story.image.before_paragraph == number:
            yield _plain_block('p class="caption"', f"{story.image.caption} — Credit: {story.image.credit}")
        yield from _paragraph(paragraph, quotes_in[number])


def author_names(author: str) -> str:
    """The authors of a story as a byline says them: "Olu Adeyemi; Beth Cairns" → "Olu Adeyemi and Beth Cairns"."""
    names = [name for name in (part.strip() for part in author.split(";")) if name]
    return " and ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} and {names[-1]}"


def quote_row(href: str) -> int | None:
    """The model row an internal quote link points at, or None for any other link."""
    scheme, _, row = href.partition(":")
    return int(row) if scheme == QUOTE_SCHEME and row.isdigit() else None


class _QuotesByParagraph:
    """Each paragraph's quotes with their model rows, found by bisection in the rows sorted by paragraph.

    Sorting plain integers makes no object per quote: grouping 100,000 quotes into lists
    took 200 ms, most of it the garbage collector walking the new lists.
    """

    def __init__(self, quotes: tuple[Quote, ...]) -> None:
        self._quotes = quotes
        paragraph_of = [reading_position(quote.paragraph) for quote in quotes]
        if all(map(le, paragraph_of, itertools.islice(paragraph_of, 1, None))):
            # Quotes found in a text come in reading order already.
            self._rows: Sequence[int] = range(len(quotes))
            self._paragraphs = paragraph_of
        else:
            self._rows = sorted(range(len(quotes)), key=paragraph_of.__getitem__)
            self._paragraphs = [paragraph_of[row] for row in self._rows]

    def __getitem__(self, paragraph: int | None) -> tuple[Sequence[int], list[Quote]]:
        """The rows of a paragraph's quotes and the quotes, in the order of their positions."""
        key = reading_position(paragraph)
        rows = self._rows[bisect_left(self._paragraphs, key) : bisect_right(self._paragraphs, key)]
        quotes = [self._quotes[row] for row in rows]
        starts = [quote.start for quote in quotes]
        if not all(map(le, starts, itertools.islice(starts, 1, None))):
            order = sorted(range(len(rows)), key=starts.__getitem__)
            rows = [rows[position] for position in order]
            quotes = [quotes[position] for position in order]
        return rows, quotes


def _plain_block(tag: str, text: str) -> Block:
    shown = typographic(text)
    name = tag.partition(" ")[0]
    return Block(f"<{tag}>{escape(shown)}</{name}>", text if shown != text else None)


def _paragraph(text: str, quotes: tuple[Sequence[int], list[Quote]], css_class: str = "") -> Iterator[Block]:
    """A paragraph as one block, or a long one as blocks that read as one: no space between them.

    Each piece is cut and marked as it is asked for, so the first page of a long paragraph
    costs what a page does.
    """
    rows, in_order = quotes
    # Curled piece by piece as each is cut, each mark by what came before it in the whole.
    curler = Curler(text)
    start = 0
    first_quote = 0
    for end in _cuts(text, in_order):
        classes = " ".join(filter(None, (css_class, "runs-on" if end < len(text) else "")))
        shown = curler.upto(end)
        html, first_quote = _marked(shown, start, rows, in_order, first_quote, start, end)
        source = text[start:end] if shown != text[start:end] else None
        yield Block(f'<p class="{classes}">{html}</p>' if classes else f"<p>{html}</p>", source)
        start = end


def _cuts(text: str, in_order: list[Quote]) -> Iterator[int]:
    """Where the pieces of `text` end, each at most PIECE_CHARS long; the last at its length.

    A cut goes after the last space in the second half of the piece, else after RUN_CHARS
    (a run with no space), and before a quote that would straddle it, unless the quote began
    the piece. Each search looks at one piece's characters, so the whole is linear.
    """
    start = 0
    quote = 0
    while len(text) - start > PIECE_CHARS:
        limit = start + PIECE_CHARS
        cut = text.rfind(" ", start + PIECE_CHARS // 2, limit) + 1 or start + RUN_CHARS
        while quote < len(in_order) and in_order[quote].end <= cut:
            quote += 1
        if quote < len(in_order) and start < in_order[quote].start < cut:
            cut = in_order[quote].start
        yield cut
        start = cut
    yield len(text)


def _marked(text: str, offset: int, rows: Sequence[int], in_order: list[Quote], first: int, start: int, end: int) -> tuple[str, int]:
    """Escape the piece `text` of the paragraph, from `start` to `end` (`offset` is where
    `text` begins in the paragraph), making each quote's span in it a link to its row.

    `in_order` holds the paragraph's quotes by position, `rows` their model rows, and
    `first` the first that may reach into this piece; returned with the HTML is the first
    that may reach into the next.
    """
    pieces: list[str] = []
    position = start
    while first < len(in_order) and in_order[first].start < end:
        quote = in_order[first]
        quote_start, quote_end = max(position, quote.start), min(end, quote.end)
        pieces.append(escape(text[position - offset : quote_start - offset]))
        pieces.append(f'<a class="quote" href="{QUOTE_SCHEME}:{rows[first]}">{escape(text[quote_start - offset : quote_end - offset])}</a>')
        position = quote_end
        if quote.end > end:
            break  # the rest of this quote opens the next piece
        first += 1
    pieces.append(escape(text[position - offset : end - offset]))
    return "".join(pieces), first
