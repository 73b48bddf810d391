"""The Article tab: the story typeset for reading, quotes marked in the text."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QDate, QLocale, QUrl
from PySide6.QtGui import QResizeEvent, QTextFrameFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from gui.model import StoryModel
from gui.story import Quote, Story

# About 70 characters a line: the measure that reads comfortably.
MEASURE_CHARS = 70
MIN_SIDE_MARGIN = 24

_STYLE = """
h1 { font-size: xx-large; font-weight: 600; margin-bottom: 8px; }
p { margin-top: 0; margin-bottom: 14px; line-height: 150%; }
p.dek { font-size: large; }
p.byline { font-size: small; text-transform: uppercase; letter-spacing: 1px; }
p.caption { font-size: small; font-style: italic; }
span.quote { background-color: rgba(255, 196, 0, 0.22); }
"""


def article_html(story: Story, locale: QLocale) -> str:
    """The story as rich text; every string from the story is escaped first."""
    published = locale.toString(QDate(story.published.year, story.published.month, story.published.day), QLocale.FormatType.LongFormat)
    parts = [
        f"<h1>{escape(story.headline)}</h1>",
        f'<p class="dek">{_marked(story.dek, _quotes_in(story, None))}</p>',
        f'<p class="byline">{escape(story.source)} · {escape(published)}</p>',
    ]
    for number, paragraph in enumerate(story.paragraphs):
        if story.image is not None and story.image.before_paragraph == number:
            parts.append(_caption(story))
        parts.append(f"<p>{_marked(paragraph, _quotes_in(story, number))}</p>")
    return "\n".join(parts)


def _caption(story: Story) -> str:
    assert story.image is not None
    return f'<p class="caption">{escape(story.image.caption)} — Credit: {escape(story.image.credit)}</p>'


def _quotes_in(story: Story, paragraph: int | None) -> list[Quote]:
    return [q for q in story.quotes if q.paragraph == paragraph]


def _marked(text: str, quotes: list[Quote]) -> str:
    """Escape `text`, wrapping each quote's span so it shows as a quote."""
    pieces: list[str] = []
    position = 0
    for quote in sorted(quotes, key=lambda q: q.start):
        pieces.append(escape(text[position : quote.start]))
        pieces.append(f'<span class="quote">{escape(text[quote.start : quote.end])}</span>')
        position = quote.end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


class ArticleView(QTextBrowser):
    """Shows the model's story; redraws whenever the model loads another."""

    def __init__(self, model: StoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        # Links are content too: nothing is followed or fetched without an explicit choice.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(_STYLE)
        model.storyChanged.connect(self._show_story)
        self._show_story()

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's signature
        # Never load images or style sheets named by a document, local or remote.
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._center_column()

    def _show_story(self) -> None:
        self.setHtml(article_html(self._model.story, self.locale()))
        self._center_column()

    def _center_column(self) -> None:
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARS
        side = max(MIN_SIDE_MARGIN, (self.viewport().width() - measure) // 2)
        root = self.document().rootFrame()
        frame_format: QTextFrameFormat = root.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame_format.setTopMargin(MIN_SIDE_MARGIN)
            frame_format.setBottomMargin(MIN_SIDE_MARGIN)
            root.setFrameFormat(frame_format)
