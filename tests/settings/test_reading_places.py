"""The Article tab reopens where the reader left it: per article, kept at quit, damaged values one warning."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QPaintEvent

from gui.main_window import MainWindow
from gui.models.story_model import StoryModel
from gui.settings import keys
from gui.settings.favourites import story_key
from gui.settings.reading_places import MAX_PLACES, ReadingPlaces
from gui.story import Story
from gui.views.article.article_view import ArticleView
from tests.helpers import long_story


def _shown(qtbot, story: Story, clock, settings: QSettings, paint_first: bool = True) -> MainWindow:
    window = MainWindow(StoryModel(story), clock, None, None, settings, paint_first=paint_first)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.started_up)
    return window


@pytest.mark.parametrize("paragraphs", [40, 2_000], ids=["in the first slice", "slices later"])
def test_the_article_reopens_where_the_reader_left_it(
    qtbot, seed_story: Story, clock, settings: QSettings, monkeypatch, paragraphs: int
) -> None:
    story = long_story(seed_story, paragraphs)
    first = _shown(qtbot, story, clock, settings)
    view = first.article_view
    qtbot.waitUntil(lambda: not view.typesetting or view.document().characterCount() > 40_000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2 if paragraphs == 40 else 60 * view.viewport().height())
    left_at = view.top_position()
    assert left_at > 0
    first.close()

    painted_at: list[int] = []
    paint = ArticleView.paintEvent

    def record(view: ArticleView, event: QPaintEvent) -> None:
        painted_at.append(view.top_position())
        paint(view, event)

    monkeypatch.setattr(ArticleView, "paintEvent", record)
    again = _shown(qtbot, story, clock, settings)
    # The paragraph the reader was in is at the top (at another width it may wrap otherwise),
    # in the first frame already: no jump to it after.
    document = again.article_view.document()
    paragraph = document.findBlock(left_at).blockNumber()
    assert document.findBlock(again.article_view.top_position()).blockNumber() == paragraph
    assert document.findBlock(painted_at[0]).blockNumber() == paragraph


def test_each_article_keeps_its_own_place(seed_story: Story, settings: QSettings) -> None:
    other = replace(seed_story, url="https://example.com/another")
    places = ReadingPlaces(settings)
    places.save(seed_story, 120)
    places.save(other, 30)
    assert places.load(seed_story) == 120
    assert places.load(other) == 30
    places.save(other, 0)  # back at the top: nothing to keep
    assert story_key(other) not in json.loads(settings.value(keys.ARTICLE_PLACES))


def test_only_the_latest_places_are_kept(seed_story: Story, settings: QSettings) -> None:
    settings.setValue(keys.ARTICLE_PLACES, json.dumps({f"https://example.com/{n}": n + 1 for n in range(MAX_PLACES)}))
    ReadingPlaces(settings).save(seed_story, 7)
    stored = json.loads(settings.value(keys.ARTICLE_PLACES))
    assert len(stored) == MAX_PLACES
    assert "https://example.com/0" not in stored
    assert stored[story_key(seed_story)] == 7


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        json.dumps([1, 2]),
        json.dumps("top"),
        "{key: -5}",
        "{key: 1e400}",
        "{key: 99999999999999999999}",
        '{key: "300"}',
        "{key: true}",
        "{key: [3]}",
        "{key: null}",
    ],
)
def test_a_damaged_place_opens_the_article_at_its_top_with_one_warning(
    qtbot, seed_story: Story, clock, settings: QSettings, caplog, stored: str
) -> None:
    settings.setValue(keys.ARTICLE_PLACES, stored.replace("key", json.dumps(story_key(seed_story))))
    with caplog.at_level(logging.WARNING):
        window = _shown(qtbot, seed_story, clock, settings)
        ReadingPlaces(settings).load(seed_story)  # asked again: no second warning
    assert window.article_view.verticalScrollBar().value() == 0
    warnings = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(warnings) == 1, [record.getMessage() for record in warnings]
    assert keys.ARTICLE_PLACES in warnings[0].getMessage()


def test_a_place_past_the_end_of_an_article_that_changed_opens_it_at_its_top(qtbot, seed_story: Story, clock, settings) -> None:
    ReadingPlaces(settings).save(seed_story, 5_000_000)
    window = _shown(qtbot, seed_story, clock, settings)
    assert window.article_view.verticalScrollBar().value() == 0


def _paragraph_at_top(window: MainWindow) -> str:
    view = window.article_view
    return view.document().findBlock(view.top_position()).text()


@pytest.mark.parametrize(("paragraphs", "kept_at"), [(400, 200), (8_000, 6_000)], ids=["within reach", "past the first frame's reach"])
def test_the_place_holds_through_resizes_while_the_article_is_typeset(
    qtbot, seed_story: Story, clock, settings: QSettings, paragraphs: int, kept_at: int
) -> None:
    # As under X: the view is shown narrow, the window then takes its size, a scroll bar comes
    # as the first slices go in, and the reader resizes the window before the place's slice came.
    story = long_story(seed_story, paragraphs)
    probe = MainWindow(StoryModel(story), clock, None, None, settings)
    qtbot.addWidget(probe)
    document = probe.article_view.document()
    probe.show()
    qtbot.waitUntil(lambda: not probe.article_view.typesetting, timeout=60_000)
    wanted = document.findBlockByNumber(kept_at)
    text, typeset_text = wanted.text(), document.toPlainText()
    probe.close()
    ReadingPlaces(settings).save(story, wanted.position() + 3)

    window = MainWindow(StoryModel(story), clock, None, None, settings, paint_first=True)
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.show()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.started_up)
    for width in (700, 1100, 900):
        window.resize(width, 650)
    view = window.article_view
    qtbot.waitUntil(lambda: not view.typesetting, timeout=60_000)
    assert view.document().toPlainText() == typeset_text  # each paragraph once, in order
    assert _paragraph_at_top(window) == text
    assert view.top_position() == wanted.position() + 3  # kept exactly for the next run


def test_the_place_is_let_go_once_the_reader_scrolls(qtbot, seed_story: Story, clock, settings: QSettings) -> None:
    story = long_story(seed_story, 2_000)
    ReadingPlaces(settings).save(story, 40_000)
    window = _shown(qtbot, story, clock, settings)
    view = window.article_view
    view.verticalScrollBar().setValue(0)  # as Ctrl+Home does
    window.resize(window.width() - 200, window.height())
    qtbot.waitUntil(lambda: not view.typesetting, timeout=60_000)
    assert view.verticalScrollBar().value() == 0
    assert view.top_position() < 100
