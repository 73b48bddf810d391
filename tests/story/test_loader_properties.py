"""Property-based tests of the loader: whatever the bytes, a valid story or a StoryError, never
anything else (no KeyError, TypeError, RecursionError, UnicodeError or crash)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.story.loader import Story, StoryError, load_story, parse_article_text, parse_plain_story, parse_story, reading_position
from tests.conftest import DATA

VALID_META: dict[str, Any] = json.loads((DATA / "second_story.json").read_text(encoding="utf-8"))
VALID_ARTICLE = (DATA / "second_article.txt").read_text(encoding="utf-8")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


def _loads_or_refuses(load: Any, *args: Any) -> None:
    try:
        result = load(*args)
    except StoryError as error:
        message = str(error)
    else:
        message = "loaded"
        if isinstance(result, Story):
            _assert_holds_together(result)
    assert message, "a StoryError must say what is wrong"


def _assert_holds_together(story: Story) -> None:
    """What every view relies on: each quote's offsets give its text, in article order, and
    the story counts to one of its own events (or to none)."""
    for quote in story.quotes:
        block = story.block_text(quote.paragraph)
        assert 0 <= quote.start <= quote.end <= len(block)
        assert block[quote.start : quote.end] == quote.text
    places = [(reading_position(q.paragraph), q.start) for q in story.quotes]
    assert places == sorted(places), "quotes come in article order"
    assert story.countdown_event_id == "" or story.countdown_event is not None


@settings(max_examples=300, deadline=None)
@given(metadata=st.binary(max_size=400), article=st.binary(max_size=400))
def test_any_bytes_load_or_raise_story_error(metadata: bytes, article: bytes) -> None:
    _loads_or_refuses(parse_story, metadata, article, "random.json")


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=600))
def test_any_article_text_parses_or_raises_story_error(text: str) -> None:
    _loads_or_refuses(parse_article_text, text)


@settings(max_examples=400, deadline=None)
@given(key=st.sampled_from(sorted(VALID_META)), value=json_values)
def test_any_value_in_any_field_loads_or_raises_story_error(key: str, value: Any) -> None:
    metadata = json.dumps({**VALID_META, key: value}).encode()
    _loads_or_refuses(parse_story, metadata, VALID_ARTICLE.encode(), "second_story.json")


@settings(max_examples=300, deadline=None)
@given(
    quotes=st.lists(st.fixed_dictionaries({"text": st.text(max_size=40), "speaker": st.sampled_from(["lind", "organisers", "x"])})),
    events=st.lists(json_values, max_size=3),
)
def test_any_quotes_and_events_load_or_raise_story_error(quotes: list[dict[str, str]], events: list[Any]) -> None:
    metadata = json.dumps({**VALID_META, "quotes": quotes, "events": events}).encode()
    _loads_or_refuses(parse_story, metadata, VALID_ARTICLE.encode(), "second_story.json")


@settings(max_examples=300, deadline=None)
@given(cut=st.integers(min_value=0, max_value=len(VALID_ARTICLE)), insert=st.text(max_size=20))
def test_an_edited_article_loads_or_raises_story_error(cut: int, insert: str) -> None:
    article = VALID_ARTICLE[:cut] + insert + VALID_ARTICLE[cut:]
    _loads_or_refuses(parse_story, json.dumps(VALID_META).encode(), article.encode(), "second_story.json")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_any_file_on_disk_loads_or_raises_story_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "story.json"
    path.write_bytes(data)
    _loads_or_refuses(load_story, path)


def test_the_unchanged_story_does_load() -> None:
    # The properties above would hold for a loader that refused everything; this one must not.
    story = parse_story(json.dumps(VALID_META).encode(), VALID_ARTICLE.encode(), "second_story.json")
    assert isinstance(story, Story)
    assert len(story.quotes) == 3


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=600) | st.text(max_size=600).map(str.encode))
def test_any_plain_article_loads_or_raises_story_error(data: bytes) -> None:
    _loads_or_refuses(parse_plain_story, data, "article.txt")


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            ['"', "'", "“", "”", "‘", "’", "says", "said", "he", "Ada Lind", "the team", ",", ".", "July 2023", "in 2024", "\n\n"]
        ),
        max_size=40,
    )
)
def test_quote_like_text_extracts_without_error(words: list[str]) -> None:
    _loads_or_refuses(parse_plain_story, " ".join(["Headline", "\n\n", *words]).encode(), "article.md")
