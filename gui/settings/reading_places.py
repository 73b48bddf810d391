"""Where the reader left each article: the position in its text at the top of the Article tab.

Kept per article, under the key its stars are kept by (`story_key`), for the most recent
articles; written at quit and read when the window is made, so the article reopens where
it was left. A damaged value is one warning and the article's top.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from ..story import Story
from . import keys
from .favourites import story_key
from .values import read_json, warn_ignored

# Articles remembered; the oldest place is forgotten past this.
MAX_PLACES = 200
# Far beyond a position in the largest article Reckoning opens (2 MiB of text).
MAX_POSITION = 10_000_000


class ReadingPlaces:
    """Reads and writes the reading place of each story in `settings`."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def load(self, story: Story) -> int:
        """The position to show at the top of `story`; 0, its top, if none was kept."""
        key = story_key(story)
        stored = self._stored()
        position = stored.get(key, 0)
        if isinstance(position, int) and not isinstance(position, bool) and 0 <= position <= MAX_POSITION:
            return position
        warn_ignored(f"{keys.ARTICLE_PLACES}[{key}]", position, f"not a position from 0 to {MAX_POSITION:,}", "the top of the article")
        return 0

    def save(self, story: Story, position: int) -> None:
        stored = self._stored()
        key = story_key(story)
        stored.pop(key, None)  # the article read last goes last, the oldest first
        if position > 0:
            stored[key] = position
        while len(stored) > MAX_PLACES:
            del stored[next(iter(stored))]
        self._settings.setValue(keys.ARTICLE_PLACES, json.dumps(stored, ensure_ascii=False))

    def _stored(self) -> dict[str, object]:
        stored = read_json(self._settings, keys.ARTICLE_PLACES, {})
        if isinstance(stored, dict):
            return {str(key): value for key, value in stored.items()}
        warn_ignored(keys.ARTICLE_PLACES, stored, "not a table of articles", "the top of every article")
        return {}
