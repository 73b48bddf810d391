"""The Article tab shows the model's story, escaped, with its quotes marked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale

from gui.main_window import MainWindow
from gui.models.story_model import StoryModel
from gui.story import Story
from gui.story.typography import typographic
from gui.views.article.article_html import article_html
from gui.views.article.article_view import ArticleView


def test_article_parts_are_shown(window: MainWindow) -> None:
    text = window.article_view.toPlainText()
    assert text.startswith("Watch Tom Cruise ride a motorcycle off a cliff\nThe team behind the upcoming action sequel")
    assert "ENTERTAINMENT WEEKLY · MONDAY, 19 DECEMBER 2022" in text.upper()
    assert "Credit: Paramount Pictures" in text
    assert "Tom Cruise has done it again." in text
    assert "Related content" not in text


def test_every_quote_is_marked(seed_story: Story) -> None:
    html = article_html(seed_story, QLocale())
    assert html.count('<a class="quote" href="quote:') == 8
    assert '<a class="quote" href="quote:3">a master plan</a>' in html


def test_markup_in_the_story_is_shown_as_text(qtbot, seed_story: Story) -> None:
    hostile = replace(
        seed_story,
        headline='<b>bold</b> <img src="http://example.org/x.png"> <a href="javascript:alert(1)">click</a>',
        quotes=(),
    )
    view = ArticleView(StoryModel(hostile))
    qtbot.addWidget(view)
    text = view.toPlainText()
    assert typographic('<b>bold</b> <img src="http://example.org/x.png"> <a href="javascript:alert(1)">click</a>') in text
    assert "<img" not in view.toHtml().replace("&lt;img", "")


def test_nothing_named_by_a_document_is_loaded(qtbot, model: StoryModel) -> None:
    view = ArticleView(model)
    qtbot.addWidget(view)
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("http://example.org/x.png")) is None
    assert view.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("file:///etc/passwd")) is None
