"""The story as rich text for Qt's text engine: typeset, themed, every story string escaped.

Each quote becomes an internal link, `quote:<row>`, so a click on it can select that
quote; its row is the quote's row in the model. The byline links the source to the
story's address, which the view opens only for http(s).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QLocale

from gui.page_theme import PageColours
from gui.story import Quote, Story

QUOTE_SCHEME = "quote"


def article_style(colours: PageColours) -> str:
    """The document's style sheet; font sizes are relative, so zoom scales them all."""
    return f"""
h1 {{ font-size: xx-large; font-weight: 600; margin-bottom: 8px; }}
p {{ margin-top: 0; margin-bottom: 14px; line-height: 150%; }}
p.dek {{ font-size: large; }}
p.byline {{ font-size: small; text-transform: uppercase; letter-spacing: 1px; color: {colours.muted}; }}
p.caption {{ font-size: small; font-style: italic; color: {colours.muted}; }}
a {{ color: {colours.link}; }}
a.quote {{ color: {colours.text}; text-decoration: none; background-color: {colours.quote}; }}
"""


def article_html(story: Story, locale: QLocale) -> str:
    """The story as HTML: headline, dek, byline, caption and paragraphs, quotes marked."""
    rows = {quote: row for row, quote in enumerate(story.quotes)}
    by_paragraph: dict[int | None, list[Quote]] = {}
    for quote in story.quotes:
        by_paragraph.setdefault(quote.paragraph, []).append(quote)
    byline = []
    if story.source:
        source = escape(story.source)
        byline.append(f'<a href="{escape(story.url)}">{source}</a>' if story.url else source)
    if story.published:
        day = story.published
        byline.append(escape(locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)))
    parts = [f"<h1>{escape(story.headline)}</h1>"]
    if story.dek:
        parts.append(f'<p class="dek">{_marked(story.dek, by_paragraph.get(None, []), rows)}</p>')
    if byline:
        parts.append(f'<p class="byline">{" · ".join(byline)}</p>')
    for number, paragraph in enumerate(story.paragraphs):
        if story.image is not None and story.image.before_paragraph == number:
            parts.append(f'<p class="caption">{escape(story.image.caption)} — Credit: {escape(story.image.credit)}</p>')
        parts.append(f"<p>{_marked(paragraph, by_paragraph.get(number, []), rows)}</p>")
    return "\n".join(parts)


def quote_row(href: str) -> int | None:
    """The model row an internal quote link points at, or None for any other link."""
    scheme, _, row = href.partition(":")
    return int(row) if scheme == QUOTE_SCHEME and row.isdigit() else None


def _marked(text: str, quotes: list[Quote], rows: dict[Quote, int]) -> str:
    """Escape `text`, making each quote's span a quote link."""
    pieces: list[str] = []
    position = 0
    for quote in sorted(quotes, key=lambda q: q.start):
        pieces.append(escape(text[position : quote.start]))
        pieces.append(f'<a class="quote" href="{QUOTE_SCHEME}:{rows[quote]}">{escape(text[quote.start : quote.end])}</a>')
        position = quote.end
    pieces.append(escape(text[position:]))
    return "".join(pieces)
