"""Quotes as clipboard and drag data: the same text/plain and text/html as every copy form."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData

from ...story import Quote, Story
from ...story.quote_formats import CopyFormat, format_quotes


def quotes_mime(quotes: Sequence[Quote], story: Story, copy_format: CopyFormat) -> QMimeData:
    plain, html = format_quotes(quotes, story, copy_format)
    mime = QMimeData()
    mime.setText(plain)
    mime.setHtml(html)
    return mime
