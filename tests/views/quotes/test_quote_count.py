"""The Quotes tab's count of quotes shown: "1 of 1 quote", never "1 of 1 quotes"."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSettings

from gui.models.story_model import StoryModel
from gui.story import Story
from gui.views.quotes.quotes_view import QuotesView


def test_one_quote_is_counted_in_the_singular(qtbot, seed_story: Story, settings: QSettings) -> None:
    view = QuotesView(StoryModel(replace(seed_story, quotes=seed_story.quotes[:1])), settings)
    qtbot.addWidget(view)
    assert view.count_label.text() == "1 of 1 quote"
    view.search_box.setText("no such words anywhere")
    assert view.count_label.text() == "0 of 1 quote"
