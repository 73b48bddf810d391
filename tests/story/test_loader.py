"""The loader: the seed story's content, and a clear StoryError for every bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from gui.story import loader as story_module
from gui.story.loader import Story, StoryError, load_story, parse_article_text
from gui.story.speaker import Speaker
from tests.conftest import DATA
from tests.helpers import SEED_QUOTES, rewrite_story


def test_seed_has_the_eight_quotes_speaker_by_speaker(seed_story: Story) -> None:
    assert [(q.display_text, q.speaker.name) for q in seed_story.quotes] == SEED_QUOTES


def test_speakers_carry_full_names_and_roles_from_the_article(seed_story: Story) -> None:
    labels = [q.speaker.label for q in seed_story.quotes]
    assert labels[3] == "Christopher McQuarrie, writer/director"
    assert labels[6] == "John DeVore, BASE jumping coach"
    assert labels[1] == "Tom Cruise"


def test_quotes_keep_their_exact_article_text_and_position(seed_story: Story) -> None:
    for quote in seed_story.quotes:
        block = seed_story.block_text(quote.paragraph)
        assert block[quote.start : quote.end] == quote.text
        assert block[quote.start - 1] == '"'
        assert block[quote.end] == '"'
    # The dek's "biggest stunt" and DeVore's are told apart by position.
    assert seed_story.quotes[0].paragraph is None
    assert seed_story.quotes[6].paragraph is not None


def test_trailing_lead_in_comma_becomes_a_full_stop(seed_story: Story) -> None:
    kid = seed_story.quotes[1]
    assert kid.text.endswith("kid,")
    assert kid.display_text.endswith("kid.")
    assert seed_story.quotes[3].display_text == "a master plan"


def test_article_parts(seed_story: Story) -> None:
    assert seed_story.headline == "Watch Tom Cruise ride a motorcycle off a cliff"
    assert seed_story.dek.startswith("The team behind the upcoming action sequel")
    assert seed_story.published == date(2022, 12, 19)
    assert seed_story.source == "Entertainment Weekly"
    assert seed_story.url == "https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/"
    assert seed_story.image is not None
    assert seed_story.image.credit == "Paramount Pictures"
    assert seed_story.paragraphs[0] == "Tom Cruise has done it again."
    assert all("Related content" not in p for p in seed_story.paragraphs)
    assert all("| Credit:" not in p for p in seed_story.paragraphs)


def test_events_carry_the_dates_of_the_design_notes(seed_story: Story) -> None:
    dates = {e.id: e.date for e in seed_story.events}
    assert dates == {
        "stunt": date(2020, 9, 6),
        "published": date(2022, 12, 19),
        "premiere": date(2023, 6, 19),
        "us-release": date(2023, 7, 12),
        "sequel": date(2025, 5, 23),
    }
    assert seed_story.countdown_event_id == "us-release"
    sequel = next(e for e in seed_story.events if e.id == "sequel")
    assert sequel.article_said == "2024"
    assert sequel.planned == (date(2024, 6, 28),)


def test_page_leftover_is_dropped() -> None:
    text = parse_article_text("date 2022-12-19 Dek.\n\nBody.\n\nRelated content:\n")
    assert text.paragraphs == ("Body.",)


def test_second_story_loads() -> None:
    second = load_story(DATA / "second_story.json")
    assert second.headline == "Spring fair returns to the square"
    assert [q.display_text for q in second.quotes] == ["a town tradition.", "We bake for a week before it opens.", "Nobody leaves hungry."]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format": 7}, "second_story.json is not a Reckoning story (expected “format”: 1)."),
        ({"headline": 3}, "second_story.json: “headline” must be text."),
        (
            {"quotes": [{"text": "Nobody leaves hungry.", "speaker": "ghost"}]},
            "second_story.json: quote 1 names the speaker “ghost”, who is not in “speakers”.",
        ),
        (
            {"quotes": [{"text": "not in the article", "speaker": "lind"}]},
            "second_story.json: quote 1 (“not in the article”) is not quoted in the article text after the quote before it.",
        ),
        (
            {"quotes": [{"text": "Nobody leaves hungry.", "speaker": "lind"}, {"text": "a town tradition.", "speaker": "lind"}]},
            "second_story.json: quote 2 (“a town tradition.”) is not quoted in the article text after the quote before it.",
        ),
        ({"countdown": "nothing"}, "second_story.json: “countdown” names the event “nothing”, which is not in “events”."),
        (
            {"events": [{"id": "fair", "kind": "publication", "title": "T", "date": "2024-02-30"}]},
            "second_story.json: event 1: “2024-02-30” is not a date of the form YYYY-MM-DD.",
        ),
        (
            {"events": [{"id": "fair", "kind": "party", "title": "T", "date": "2024-02-03"}]},
            "second_story.json: event 1 has the kind “party”; expected one of date, premiere, publication, release, shoot.",
        ),
        ({"spellings": {"bake": 3}}, "second_story.json: “spellings” must map words to how the story spells them, as text."),
        (
            {"article": "../../etc/passwd"},
            "second_story.json: “article” must be a file name beside the story, not a path: “../../etc/passwd”.",
        ),
    ],
)
def test_bad_metadata_says_what_is_wrong(story_dir: Path, changes: dict[str, object], message: str) -> None:
    with pytest.raises(StoryError) as caught:
        load_story(rewrite_story(story_dir, **changes))
    assert str(caught.value) == message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoryError, match="does not exist"):
        load_story(tmp_path / "nothing.json")


def test_folder_is_not_a_story(tmp_path: Path) -> None:
    with pytest.raises(StoryError, match="is a folder, not a story file"):
        load_story(tmp_path)


def test_malformed_json_names_the_place() -> None:
    with pytest.raises(StoryError, match=r"broken_story.json is not valid JSON: .* at line 2, column 1\."):
        load_story(DATA / "broken_story.json")


def test_invalid_utf8(story_dir: Path) -> None:
    (story_dir / "second_article.txt").write_bytes(b"date 2024-03-05 \xff\xfe\xfa broken")
    with pytest.raises(StoryError, match=r"second_article.txt is not UTF-8 text \(byte 16 cannot be read\)\."):
        load_story(story_dir / "second_story.json")


def test_article_without_date_line(story_dir: Path) -> None:
    (story_dir / "second_article.txt").write_text("Just text.\n\nMore.\n", encoding="utf-8")
    with pytest.raises(StoryError, match="must start with a line “date YYYY-MM-DD”"):
        load_story(story_dir / "second_story.json")


def test_oversized_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as file:
        file.truncate(story_module.MAX_FILE_BYTES + 1)
    opened: list[Path] = []
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self))
    with pytest.raises(StoryError, match=r"huge.json is 2,097,153 bytes; a story file may be at most 2,097,152 bytes \(2 MB\)\."):
        load_story(huge)
    assert opened == []


def test_utf8_bom_and_utf16_are_accepted(story_dir: Path) -> None:
    article = story_dir / "second_article.txt"
    text = article.read_text(encoding="utf-8")
    article.write_bytes(text.encode("utf-16"))
    meta = story_dir / "second_story.json"
    meta.write_bytes(b"\xef\xbb\xbf" + meta.read_bytes())
    assert load_story(meta).headline == "Spring fair returns to the square"


def test_context_is_the_sentence_around_the_quote(seed_story: Story) -> None:
    expected = [
        'The team behind the upcoming action sequel call it "the biggest stunt in cinema history."',
        '"I\'ve wanted to do it since I was a little kid," Cruise says in the video.',
        '"It all comes down to one thing: The audience."',
        'As such, Cruise put together "a master plan" with input from a variety of specialists so he could practice both motocross '
        "and base jumping.",
        "McQuarrie says that \"even two years ago, the cameras didn't exist\" to capture Cruise's feat on film, but now the team has "
        "them in hand.",
        '"How do we involve the audience? I just want to give them that thrill," Cruise says.',
        '"Pretty much the biggest stunt in cinema history," base jumping coach John DeVore says.',
        '"Tom Cruise just rode a motorcycle off a cliff six times today."',
    ]
    for quote, sentence in zip(seed_story.quotes, expected, strict=True):
        context, start, end = seed_story.context(quote)
        assert context == sentence
        assert context[start:end] == quote.text


def test_a_quotes_sentence_runs_on_past_a_title() -> None:
    story = story_module.parse_plain_story(
        b'Mars Images\n\nThe rover sent pictures. "We have never seen layering this clear on another planet," said Dr. '
        b"Mia Cole of the institute. Then it rained.\n",
        "mars.txt",
    )
    context, start, end = story.context(story.quotes[0])
    assert context == '"We have never seen layering this clear on another planet," said Dr. Mia Cole of the institute.'
    assert context[start:end] == "We have never seen layering this clear on another planet,"


def test_the_storys_own_spellings_apply_to_the_roles_the_extractor_finds(story_dir: Path) -> None:
    path = rewrite_story(story_dir, spellings={"organiser": "ORGANISER"})
    meta = json.loads(path.read_text(encoding="utf-8"))
    del meta["quotes"]
    path.write_text(json.dumps(meta), encoding="utf-8")
    story = load_story(path)
    assert {(q.speaker.name, q.speaker.role) for q in story.quotes if q.speaker.name == "Ada Lind"} == {("Ada Lind", "ORGANISER")}
    assert Speaker("Ada Lind", "ORGANISER") in story.speakers


def test_the_context_in_a_paragraph_longer_than_any_sentence_is_cut_around_its_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = '"Yes, we can," said Tom Lee. '
    text = b"Long Talk\n\n" + (sentence * 20_000).encode() + b"\n"
    story = story_module.parse_plain_story(text, "talk.txt")
    middle = story.quotes[len(story.quotes) // 2]
    cut: list[int] = []
    from gui.story import sentences

    def counting(text: str, *args: object) -> tuple[int, int]:
        cut.append(len(text))
        return real(text, *args)  # type: ignore[arg-type]

    real = sentences.sentence_around
    monkeypatch.setattr(sentences, "sentence_around", counting)
    context, start, end = story.context(middle)
    assert (context, context[start:end]) == ('"Yes, we can," said Tom Lee.', "Yes, we can,")
    assert cut[0] < 10_000  # not the 580,000 characters of the paragraph
