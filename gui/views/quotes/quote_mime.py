"""Quotes as clipboard and drag data: the same text/plain and text/html as every copy form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QMimeData

from ...story import Quote, Speaker, Story
from ...story.quote_formats import CopyFormat, format_quotes
from ...story.quote_marks import STRAIGHT_DOUBLE, STRAIGHT_SINGLE
from ...story.typography import typographic


def quotes_mime(quotes: Sequence[Quote], story: Story, copy_format: CopyFormat) -> QMimeData:
    """What a copy or a drag carries is what the reader sees: typographic marks (’ “ ”) in both forms.

    Exports are data and keep the story's own text; they never come through here.
    """
    # A new quote only where the marks change, a speaker curled once however many quotes they
    # have: copying 65,536 quotes made two dataclass copies of each, half of the time taken.
    curled: dict[Speaker, Speaker] = {}
    shown = []
    for quote in quotes:
        speaker = quote.speaker
        if STRAIGHT_SINGLE in speaker.name or STRAIGHT_DOUBLE in speaker.name:
            speaker = curled.get(speaker) or curled.setdefault(speaker, replace(speaker, name=typographic(speaker.name)))
        text = typographic(quote.text)
        if text is quote.text and speaker is quote.speaker:
            shown.append(quote)
        else:
            shown.append(Quote(text, speaker, quote.paragraph, quote.start, quote.end))
    plain, html = format_quotes(shown, story, copy_format)
    mime = QMimeData()
    mime.setText(plain)
    mime.setHtml(html)
    return mime
