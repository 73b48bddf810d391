"""The bundled story's snapshot: what the extractor finds in it, kept so start-up need not run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import gui.story.snapshot as snapshot
from gui.story import load_bundled_story
from gui.story.loader import BUNDLED_STORY, bundled_sources, parse_story
from gui.story.snapshot import story_from_data, story_to_data

ROOT = Path(__file__).parents[2]


def test_the_shipped_snapshot_is_what_the_extractor_finds_today() -> None:
    metadata, article = bundled_sources()
    kept = snapshot.snapshot_story(metadata, article)
    assert kept is not None, "resources/story.snapshot.json is missing or was made from other sources"
    assert kept == parse_story(metadata, article, BUNDLED_STORY), (
        "the extractor now reads the bundled story differently: run `python -m gui.story.snapshot` and commit the result"
    )


def test_a_story_round_trips_through_its_snapshot_data() -> None:
    metadata, article = bundled_sources()
    story = parse_story(metadata, article, BUNDLED_STORY)
    assert story_from_data(json.loads(json.dumps(story_to_data(story)))) == story


def test_a_snapshot_of_other_sources_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    metadata, article = bundled_sources()
    changed = article.replace(b"Tom Cruise has done it again.", b"Tom Cruise has done it once more.")
    assert snapshot.snapshot_story(metadata, changed) is None


def test_a_damaged_snapshot_costs_only_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "story_from_data", lambda data: data["missing"])
    metadata, article = bundled_sources()
    assert snapshot.snapshot_story(metadata, article) is None
    assert load_bundled_story() == parse_story(metadata, article, BUNDLED_STORY)


def test_start_up_imports_no_extractor_and_no_process_machinery() -> None:
    code = (
        "import sys, gui.app\n"
        "from gui.story import load_bundled_story\n"
        "load_bundled_story()\n"
        "print(sorted(m for m in ('gui.story.quote_extractor', 'multiprocessing', 'trafilatura', 'markdown_it') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
