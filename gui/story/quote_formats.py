"""The forms a quote is copied in, each as plain text and as HTML.

Plain Python: what lands on the clipboard is decided here and tested without a window.
Every string from the story is escaped before it enters HTML.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import date
from html import escape

from .loader import Quote, Story
from .wording import CopyForms

# What is copied is content for the reader's own text: citations follow English style whatever
# the UI's language, as the article does. Only the forms' names are translated.
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


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
    """The quotes as (plain text, HTML), in the order given, one block each."""
    blocks = [_format_one(quote, story, copy_format) for quote in quotes]
    return "\n\n".join(plain for plain, _ in blocks), "\n".join(html for _, html in blocks)


def citation_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _format_one(quote: Quote, story: Story, copy_format: CopyFormat) -> tuple[str, str]:
    text, speaker = quote.display_text, quote.speaker.name
    safe_text, safe_speaker = escape(text), escape(speaker)
    if copy_format is CopyFormat.PLAIN:
        return text, f"<p>{safe_text}</p>"
    if copy_format is CopyFormat.ATTRIBUTED:
        return f"“{text}” — {speaker}", f"<p>“{safe_text}” — {safe_speaker}</p>"
    if copy_format is CopyFormat.MARKDOWN:
        return (
            f"> {text}\n>\n> — {speaker}",
            f"<blockquote><p>{safe_text}</p><p>— {safe_speaker}</p></blockquote>",
        )
    # An article opened from a text file may lack a source, a date or an address: leave those out.
    when = citation_date(story.published) if story.published else ""
    plain = ", ".join(part for part in (f"“{text}” — {speaker}", story.source, when, story.url) if part)
    html_parts = (
        f"“{safe_text}” — {safe_speaker}",
        f"<i>{escape(story.source)}</i>" if story.source else "",
        when,
        f'<a href="{escape(story.url)}">{escape(story.url)}</a>' if story.url else "",
    )
    return plain, "<p>" + ", ".join(part for part in html_parts if part) + "</p>"
