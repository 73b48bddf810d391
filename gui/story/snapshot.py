"""The bundled story as the extractor last read it, kept beside its sources so start-up need not.

Finding the bundled article's quotes and dates means importing and running the quote
extractor, whose rules take a quarter of a second to compile: more than everything else
start-up does. The outcome is the same at every start, so it is kept as data
(`resources/story.snapshot.json`) with a digest of the files it was made from. A snapshot
whose sources have changed since is ignored and the story is read afresh, and a test runs
the extractor and compares, so the two never drift. To write it again after changing the
extractor, the story or the article:

    python -m gui.story.snapshot
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import zlib
from importlib import resources
from pathlib import Path
from typing import Any

from .. import RESOURCES
from .event_kinds import DatePrecision, EventKind
from .loader import BUNDLED_STORY, Event, ImageCaption, Quote, Story, StoryError, bundled_sources, parse_story
from .speaker import Speaker

SNAPSHOT = "story.snapshot.json"
SNAPSHOT_FORMAT = 1


def sources_digest(metadata: bytes, article: bytes) -> str:
    """What tells the snapshot's sources apart: their lengths and checksums.

    Not cryptographic on purpose: it only notices an edited file (the test compares the
    stories themselves), and hashlib would load OpenSSL, 3 MiB, at every start.
    """
    return f"{len(metadata)}:{zlib.crc32(metadata):08x}:{len(article)}:{zlib.crc32(article):08x}"


def story_to_data(story: Story) -> dict[str, Any]:
    def speaker(who: Speaker) -> list[str]:
        return [who.name, who.role]

    return {
        "headline": story.headline,
        "dek": story.dek,
        "source": story.source,
        "published": story.published.isoformat() if story.published else None,
        "url": story.url,
        "author": story.author,
        "paragraphs": list(story.paragraphs),
        "image": None if story.image is None else [story.image.caption, story.image.credit, story.image.before_paragraph],
        "quotes": [[q.text, speaker(q.speaker), q.paragraph, q.start, q.end] for q in story.quotes],
        "events": [
            {
                "id": e.id,
                "kind": e.kind,
                "title": e.title,
                "date": e.date.isoformat(),
                "detail": e.detail,
                "article_said": e.article_said,
                "planned": [day.isoformat() for day in e.planned],
                "precision": e.precision,
            }
            for e in story.events
        ],
        "countdown_event_id": story.countdown_event_id,
        "speakers": [speaker(s) for s in story.speakers],
    }


def story_from_data(data: dict[str, Any]) -> Story:
    image = data["image"]
    return Story(
        headline=data["headline"],
        dek=data["dek"],
        source=data["source"],
        published=dt.date.fromisoformat(data["published"]) if data["published"] else None,
        url=data["url"],
        author=data["author"],
        paragraphs=tuple(data["paragraphs"]),
        image=None if image is None else ImageCaption(image[0], image[1], image[2]),
        quotes=tuple(Quote(text, Speaker(*who), paragraph, start, end) for text, who, paragraph, start, end in data["quotes"]),
        events=tuple(
            Event(
                e["id"],
                EventKind(e["kind"]),
                e["title"],
                dt.date.fromisoformat(e["date"]),
                e["detail"],
                e["article_said"],
                tuple(dt.date.fromisoformat(day) for day in e["planned"]),
                DatePrecision(e["precision"]),
            )
            for e in data["events"]
        ),
        countdown_event_id=data["countdown_event_id"],
        speakers=tuple(Speaker(*who) for who in data["speakers"]),
    )


def snapshot_story(metadata: bytes, article: bytes) -> Story | None:
    """The kept story for these sources; None if there is none, or it was made from others."""
    try:
        raw = resources.files(RESOURCES).joinpath(SNAPSHOT).read_bytes()
        kept = json.loads(raw)
        if kept.get("format") != SNAPSHOT_FORMAT or kept.get("sources") != sources_digest(metadata, article):
            return None
        return story_from_data(kept["story"])
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        # A damaged snapshot costs only time: the story is read from its sources instead.
        return None


def write_snapshot(folder: Path) -> Path:
    """Read the bundled story afresh through the extractor and keep it in `folder`."""
    metadata, article = bundled_sources()
    story = parse_story(metadata, article, BUNDLED_STORY)
    document = {"format": SNAPSHOT_FORMAT, "sources": sources_digest(metadata, article), "story": story_to_data(story)}
    path = folder / SNAPSHOT
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    try:
        written = write_snapshot(Path(str(resources.files(RESOURCES))))
    except StoryError as error:
        raise SystemExit(f"snapshot: {error}") from error
    sys.stdout.write(f"wrote {written}\n")
