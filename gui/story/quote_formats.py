"""The forms a quote is copied in, each as plain text and as HTML.

Plain Python: what lands on the clipboard is decided here and tested without a window.
Every string from the story is escaped before it enters HTML.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from datetime import date
from html import escape

from .loader import Quote, Story
from .wording import CopyForms

# What is copied is content for the reader's own text: citations follow English style whatever
# the UI's language, as the article does. Only the forms' names are translated.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


# What CommonMark (with GFM's ~ and | tables) reads as markup wherever it stands: emphasis,
# code, links and images ([ ]; "!" and "(" mean nothing without them), autolinks and HTML
# (< >), escapes themselves, and "&" only where it would start an entity such as &amp;.
_MARKDOWN_INLINE = re.compile(r"[\\`*_\[\]<>~|]|&(?=#?[0-9A-Za-z]+;)")
# What starts a block at the start of a line: a heading, a list item, a setext underline or
# a thematic break (# - + =), and an ordered list item ("1. ", "2) ").
_MARKDOWN_LINE_START = re.compile(r"^(?:[#+=-]|[0-9]{1,9}[.)](?=\s|$))", re.MULTILINE)
# Spaces before a line's text would make it an indented code block.
_LEADING_SPACE = re.compile(r"^[ \t]+", re.MULTILINE)


def markdown_text(text: str) -> str:
    """`text` as Markdown that renders as exactly these characters: a document's words are never markup.

    Only what CommonMark would read is escaped, so the file stays readable; one pass each.
    """
    escaped = _MARKDOWN_INLINE.sub(lambda match: "\\" + match.group(), text)
    escaped = _LEADING_SPACE.sub("", escaped)
    return _MARKDOWN_LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    start = match.group()
    # "1. " stays readable as "1\. ": the escape goes on the mark after the digits.
    return start[:-1] + "\\" + start[-1]


def markdown_line(text: str) -> str:
    """`text` escaped for one line of Markdown (a heading, a list of parts): its line breaks are spaces."""
    return markdown_text(" ".join(line.strip() for line in text.splitlines()))


class CopyFormat(enum.StrEnum):
    PLAIN = "plain"
    ATTRIBUTED = "attributed"
    MARKDOWN = "markdown"
    CITATION = "citation"

    @property
    def label(self) -> str:
        if self is CopyFormat.PLAIN:
            return CopyForms.tr("Plain text")
        if self is CopyFormat.ATTRIBUTED:
            return CopyForms.tr("With attribution")
        if self is CopyFormat.MARKDOWN:
            return CopyForms.tr("Markdown block quote")
        return CopyForms.tr("Citation")

    @property
    def phrase(self) -> str:
        """How a status message names the form: "Copied 2 quotes as a citation"."""
        if self is CopyFormat.PLAIN:
            return CopyForms.tr("as plain text")
        if self is CopyFormat.ATTRIBUTED:
            return CopyForms.tr("with attribution")
        if self is CopyFormat.MARKDOWN:
            return CopyForms.tr("as Markdown")
        return CopyForms.tr("as a citation")


def format_quotes(quotes: Sequence[Quote], story: Story, copy_format: CopyFormat) -> tuple[str, str]:
    """The quotes as (plain text, HTML), in the order given, one block each.

    Work per quote is kept to string formatting: the texts are escaped in one pass, each
    speaker and the story's own parts once (copying 65,536 quotes called escape 131,072 times).
    """
    texts = [quote.display_text for quote in quotes]
    speakers = [quote.speaker.name for quote in quotes]
    safe_texts = _escape_each(texts)
    safe_names = {name: escape(name) for name in set(speakers)}
    safe_speakers = [safe_names[name] for name in speakers]
    if copy_format is CopyFormat.PLAIN:
        plain = texts
        html = [f"<p>{text}</p>" for text in safe_texts]
    elif copy_format is CopyFormat.ATTRIBUTED:
        plain = [f"“{text}” — {speaker}" for text, speaker in zip(texts, speakers, strict=True)]
        html = [f"<p>“{text}” — {speaker}</p>" for text, speaker in zip(safe_texts, safe_speakers, strict=True)]
    elif copy_format is CopyFormat.MARKDOWN:
        # Each line of the quote stays inside the block quote, and none of it is markup.
        markdown_names = {name: markdown_line(name) for name in set(speakers)}
        plain = [
            "\n".join(f"> {line}" for line in markdown_text(text).split("\n")) + f"\n>\n> — {markdown_names[speaker]}"
            for text, speaker in zip(texts, speakers, strict=True)
        ]
        html = [
            f"<blockquote><p>{text}</p><p>— {speaker}</p></blockquote>" for text, speaker in zip(safe_texts, safe_speakers, strict=True)
        ]
    else:
        # An article opened from a text file may lack a source, a date or an address: leave those out.
        when = citation_date(story.published) if story.published else ""
        plain_tail = "".join(f", {part}" for part in (story.source, when, story.url) if part)
        html_parts = (f"<i>{escape(story.source)}</i>" if story.source else "", when, _html_address(story.url))
        html_tail = "".join(f", {part}" for part in html_parts if part)
        plain = [f"“{text}” — {speaker}{plain_tail}" for text, speaker in zip(texts, speakers, strict=True)]
        html = [f"<p>“{text}” — {speaker}{html_tail}</p>" for text, speaker in zip(safe_texts, safe_speakers, strict=True)]
    return "\n\n".join(plain), "\n".join(html)


def _escape_each(texts: list[str]) -> list[str]:
    """Each text escaped for HTML, in one call over them all where a separator is free to use."""
    if not texts:
        return []
    separator = "\x00"
    joined = separator.join(texts)
    if joined.count(separator) != len(texts) - 1:  # a text holds the separator itself
        return [escape(text) for text in texts]
    return escape(joined).split(separator)


def citation_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _html_address(url: str) -> str:
    """The story's address in HTML: a link only if it is a plain http(s) one (never javascript: or data:)."""
    if not url:
        return ""
    from .ics_export import web_address  # on first use: start-up needs none of the calendar

    href = web_address(url)
    return f'<a href="{escape(href)}">{escape(url)}</a>' if href else escape(url)
