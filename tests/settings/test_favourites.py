"""Stars belong to their article: two articles without a URL never share or wipe them."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui.main_window import MainWindow
from gui.settings.favourites import FAVOURITES_KEY, FavouritesStore, story_key
from gui.story import Story, load_story
from tests.helpers import open_and_wait

URL = "https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/"


def _article(folder: Path, name: str, quote: str) -> Path:
    path = folder / name
    path.write_text(f"{name} news\n\n“{quote},” said Ann Lee.\n", encoding="utf-8")
    return path


def test_articles_without_a_url_are_keyed_by_their_words(tmp_path: Path) -> None:
    first = load_story(_article(tmp_path, "a.txt", "First words"))
    second = load_story(_article(tmp_path, "b.txt", "Second words"))
    assert first.url == second.url == ""
    assert story_key(first) != story_key(second)
    assert story_key(first).startswith("text:")
    assert story_key(first) == story_key(load_story(tmp_path / "a.txt")), "the same words give the same key at every launch"


def test_a_story_with_a_url_is_keyed_by_it(seed_story: Story) -> None:
    assert story_key(seed_story) == seed_story.url


def test_starring_in_one_article_keeps_the_stars_of_another(qtbot, window: MainWindow, tmp_path: Path, settings: QSettings) -> None:
    a, b = _article(tmp_path, "a.txt", "First words"), _article(tmp_path, "b.txt", "Second words")
    assert open_and_wait(window, a)
    first_quote = window.model.story.quotes[0].text
    window.model.set_favourites([first_quote])
    assert open_and_wait(window, b)
    window.model.set_favourites([window.model.story.quotes[0].text])
    assert open_and_wait(window, a)
    assert window.model.favourites == frozenset({first_quote})
    stored = json.loads(str(settings.value(FAVOURITES_KEY)))
    assert len([key for key in stored if key.startswith("text:")]) == 2


def test_stars_under_the_old_shared_key_move_once_to_their_article(tmp_path: Path, settings: QSettings) -> None:
    story = load_story(_article(tmp_path, "a.txt", "First words"))
    mine = story.quotes[0].text
    settings.setValue(FAVOURITES_KEY, json.dumps({"": [mine, "a quote of another article"]}))
    store = FavouritesStore(settings)
    assert store.load(story) == [mine]
    stored = json.loads(str(settings.value(FAVOURITES_KEY)))
    assert stored == {"": ["a quote of another article"], story_key(story): [mine]}
    unrelated = replace(story, paragraphs=("Other news.",), quotes=())
    assert store.load(unrelated) == []


def test_favourites_of_the_wrong_type_or_too_deep_count_as_none(tmp_path: Path, settings: QSettings, seed_story: Story) -> None:
    store = FavouritesStore(settings)
    for damaged in ("[" * 100_000, "{not json", "[1, 2]"):
        settings.setValue(FAVOURITES_KEY, damaged)
        assert store.load(seed_story) == []
    settings.setValue(FAVOURITES_KEY, ["a", "b"])
    assert store.load(seed_story) == []


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        # The tester's hand-edited files (/tmp/walk/settings/cfg_fav*) as QSettings reads them back.
        ("42", "ignoring the setting quotes/favourites = 42: not a table of articles and their starred quotes; using no stars"),
        ("[1, 2]", "ignoring the setting quotes/favourites = [1, 2]: not a table of articles and their starred quotes; using no stars"),
        (
            '{"x": 5}',
            "ignoring the setting quotes/favourites = {'x': 5}: an article's stars must be a list of quote texts; using only such lists",
        ),
        (
            json.dumps({URL: 5}),
            "ignoring the setting quotes/favourites = {'https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-o…:"
            " an article's stars must be a list of quote texts; using only such lists",
        ),
        (
            json.dumps({URL: "It all comes down to one thing: The audience."}),
            "ignoring the setting quotes/favourites = {'https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-o…:"
            " an article's stars must be a list of quote texts; using only such lists",
        ),
    ],
    ids=["a number", "a list", "a number of stars", "the story's stars a number", "the story's stars one text"],
)
def test_damaged_favourites_are_none_with_one_warning_naming_the_key(
    settings: QSettings, seed_story: Story, caplog: pytest.LogCaptureFixture, stored: str, message: str
) -> None:
    settings.setValue(FAVOURITES_KEY, stored)
    store = FavouritesStore(settings)
    with caplog.at_level(logging.WARNING):
        assert store.load(seed_story) == []
        assert store.load(seed_story) == []
    assert caplog.messages == [message]


def test_a_damaged_entry_keeps_the_good_stars_beside_it(settings: QSettings, seed_story: Story, caplog: pytest.LogCaptureFixture) -> None:
    good = "It all comes down to one thing: The audience."
    settings.setValue(FAVOURITES_KEY, json.dumps({URL: [good, 7], "text:other": 5}))
    with caplog.at_level(logging.WARNING):
        assert FavouritesStore(settings).load(seed_story) == [good]
    assert len(caplog.messages) == 1
    assert "quotes/favourites" in caplog.messages[0]


def test_sound_favourites_say_nothing(settings: QSettings, seed_story: Story, caplog: pytest.LogCaptureFixture) -> None:
    settings.setValue(FAVOURITES_KEY, json.dumps({URL: ["It all comes down to one thing: The audience."]}))
    with caplog.at_level(logging.WARNING):
        assert FavouritesStore(settings).load(seed_story) == ["It all comes down to one thing: The audience."]
    assert caplog.messages == []
