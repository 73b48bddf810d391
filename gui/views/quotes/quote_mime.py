"""Quotes as clipboard and drag data: the same text/plain and text/html as every copy form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QMimeData

from ...story import Quote, Story
from ...story.quote_formats import CopyFormat, format_quotes
from ...story.typography import typographic


def quotes_mime(quotes: Sequence[Quote], story: Story, copy_format: CopyFormat) -> QMimeData:
    """What a copy or a drag carries is what the reader sees: typographic marks (’ “ ”) in both forms.

    Exports are data and keep the story's own text; they never come through here.
    """
    shown = [
        replace(quote, text=typographic(quote.text), speaker=replace(quote.speaker, name=typographic(quote.speaker.name)))
        for quote in quotes
    ]
    plain, html = format_quotes(shown, story, copy_format)
    mime = QMimeData()
    mime.setText(plain)
    mime.setHtml(html)
    return mime
