"""Where starred quotes are remembered: per article, in the settings, by a key of its own.

A story with a URL is keyed by it. Articles opened from plain text, Markdown or a page
without a canonical address have none: they used to share the key "", so starring a
quote in one article wiped the stars of every other. They are now keyed by a hash of
their words, and stars left under "" move, once, to the article whose quotes they are.
"""

from __future__ import annotations

import json
import weakref

from PySide6.QtCore import QSettings

from ..story import Story
from . import keys
from .values import read_json, warn_ignored

FAVOURITES_KEY = keys.FAVOURITES
# Where every article without a URL kept its stars before they had keys of their own.
_SHARED_OLD_KEY = ""


def story_key(story: Story) -> str:
    """The key a story's stars are kept under: its URL, else a digest of its text."""
    if story.url:
        return story.url
    cached = _last_key.get(id(story))
    if cached is not None and cached[0]() is story:
        return cached[1]
    # Imported here: only articles without an address need it, and it loads OpenSSL.
    import hashlib

    digest = hashlib.sha256()
    for block in (story.headline, story.dek, *story.paragraphs):
        digest.update(block.encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    key = f"text:{digest.hexdigest()[:32]}"
    # Loading and saving stars ask for the same story's key: 2 MB of text is hashed once.
    _last_key.clear()
    _last_key[id(story)] = (weakref.ref(story), key)
    return key


_last_key: dict[int, tuple[weakref.ref[Story], str]] = {}


class FavouritesStore:
    """Reads and writes the starred quote texts of each story in `settings`."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def load(self, story: Story) -> list[str]:
        stored = self._stored()
        key = story_key(story)
        if key in stored or _SHARED_OLD_KEY not in stored or story.url:
            return stored.get(key, [])
        # Carried over once: the old shared entry keeps only what belongs to other articles.
        own = {quote.text for quote in story.quotes}
        mine = [text for text in stored[_SHARED_OLD_KEY] if text in own]
        rest = [text for text in stored[_SHARED_OLD_KEY] if text not in own]
        if mine:
            stored[key] = mine
            if rest:
                stored[_SHARED_OLD_KEY] = rest
            else:
                del stored[_SHARED_OLD_KEY]
            self._write(stored)
        return mine

    def save(self, story: Story, texts: list[str]) -> None:
        stored = self._stored()
        key = story_key(story)
        if texts:
            stored[key] = sorted(texts)
        else:
            stored.pop(key, None)
        self._write(stored)

    def _stored(self) -> dict[str, list[str]]:
        """Starred quote texts by story key; a damaged value counts as none, named once in the log."""
        # Nothing stored, or JSON that could not be read (named already), is the empty table.
        stored = read_json(self._settings, FAVOURITES_KEY, {})
        if not isinstance(stored, dict):
            warn_ignored(FAVOURITES_KEY, stored, "not a table of articles and their starred quotes", "no stars")
            return {}
        kept: dict[str, list[str]] = {}
        damaged = False
        for key, texts in stored.items():
            if not isinstance(texts, list):
                damaged = True
                continue
            kept[key] = [text for text in texts if isinstance(text, str)]
            damaged = damaged or len(kept[key]) < len(texts)
        if damaged:
            warn_ignored(FAVOURITES_KEY, stored, "an article's stars must be a list of quote texts", "only such lists")
        return kept

    def _write(self, stored: dict[str, list[str]]) -> None:
        self._settings.setValue(FAVOURITES_KEY, json.dumps(stored, ensure_ascii=False))
