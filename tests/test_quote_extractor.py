"""The quote extractor on the seed article and on a corpus of short news articles with the
quotes and speakers a careful reader finds in them (tests/data/corpus/expected.json)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from gui.quote_extractor import UNATTRIBUTED, extract_quotes, quote_spans
from gui.story import Story, load_story
from tests.conftest import DATA
from tests.helpers import SEED_QUOTES

CORPUS = DATA / "corpus"
EXPECTED: dict[str, list[list[str]]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))

Found = tuple[str, str, str]  # quote text, speaker's name, speaker's role


def _found(story: Story) -> list[Found]:
    return [(q.text, q.speaker.name, q.speaker.role) for q in story.quotes]


def test_the_seed_through_the_extractor_gives_the_eight_quotes(seed_story: Story) -> None:
    raw = extract_quotes([seed_story.dek, *seed_story.paragraphs])
    assert [(q.text, q.speaker.name, q.speaker.role) for q in raw] == [
        ("the biggest stunt in cinema history.", "The team", ""),
        ("I've wanted to do it since I was a little kid,", "Tom Cruise", ""),
        ("It all comes down to one thing: The audience.", "Tom Cruise", ""),
        ("a master plan", "Christopher McQuarrie", "writer/director"),
        ("even two years ago, the cameras didn't exist", "Christopher McQuarrie", "writer/director"),
        ("How do we involve the audience? I just want to give them that thrill,", "Tom Cruise", ""),
        ("Pretty much the biggest stunt in cinema history,", "John DeVore", "BASE jumping coach"),
        ("Tom Cruise just rode a motorcycle off a cliff six times today.", "John DeVore", "BASE jumping coach"),
    ]
    # The bundled metadata only names the collective speaker as the foundation issue does.
    assert [(q.display_text, q.speaker.name) for q in seed_story.quotes] == SEED_QUOTES


def test_the_seed_mentions_july_2023_and_2024(seed_story: Story) -> None:
    said = {e.article_said: e for e in seed_story.events if e.article_said}
    assert set(said) == {"July 2023", "2024"}
    # The metadata knows the exact days the text could not say.
    assert (said["July 2023"].date.isoformat(), said["2024"].date.isoformat()) == ("2023-07-12", "2025-05-23")


def test_the_seed_caption_title_is_not_speech() -> None:
    caption = "Tom Cruise performs a stunt for 'Mission: Impossible - Dead Reckoning Part One.'"
    assert quote_spans(caption) == [(caption.index("Mission"), len(caption) - 1)]
    assert extract_quotes([caption]) == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_article(name: str) -> None:
    story = load_story(CORPUS / name)
    assert _found(story) == [tuple(item) for item in EXPECTED[name]]


def _scores() -> tuple[float, float, list[str]]:
    found: Counter[Found] = Counter()
    wanted: Counter[Found] = Counter()
    misses: list[str] = []
    for name, expected in EXPECTED.items():
        got = Counter(_found(load_story(CORPUS / name)))
        want = Counter((text, speaker, role) for text, speaker, role in expected)
        found += got
        wanted += want
        misses += [f"{name}: extra {item}" for item in got - want] + [f"{name}: missed {item}" for item in want - got]
    hits = sum((found & wanted).values())
    return hits / max(1, sum(found.values())), hits / max(1, sum(wanted.values())), misses


def test_precision_and_recall_over_the_corpus() -> None:
    precision, recall, misses = _scores()
    assert len(EXPECTED) >= 15
    assert (precision, recall, misses) == (1.0, 1.0, [])


def test_no_quotes_is_an_empty_list_not_an_error() -> None:
    story = load_story(CORPUS / "17_no_quotes.txt")
    assert story.quotes == ()
    assert story.headline == "Quiet day at the port"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Cruise's team didn't say; it's the '90s.", []),
        ("'I've wanted to do it,' he said.", [("I've wanted to do it,")]),
        ("He said \"A 'nested' word\" twice.", ["A 'nested' word"]),
        ("“Curly,” she said, “and more.”", ["Curly,", "and more."]),
        ('"Runs on to the end of the paragraph', ["Runs on to the end of the paragraph"]),
    ],
)
def test_quotation_marks(text: str, spans: list[str]) -> None:
    assert [text[start:end] for start, end in quote_spans(text)] == spans


def test_an_unknown_pronoun_is_unattributed_never_guessed() -> None:
    quotes = extract_quotes(['"It was a long night," he said.'])
    assert [q.speaker.name for q in quotes] == [UNATTRIBUTED]


def test_a_surname_without_a_full_name_stays_as_written() -> None:
    quotes = extract_quotes(['"It was a long night," Okafor said.'])
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Okafor", "")]


def test_corpus_files_are_real_articles() -> None:
    # Every file in the corpus folder is scored; none is left out of expected.json.
    files = {path.name for path in Path(CORPUS).iterdir() if path.suffix in {".txt", ".md"}}
    assert files == set(EXPECTED)
