"""The articles a person opened: File › Open Recent, and the one to reopen at the next launch."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from . import keys
from .values import read_str, read_str_list

RECENT_KEY = keys.RECENT_FILES
LAST_KEY = keys.LAST_FILE
MOST_RECENT = 10


class RecentFiles:
    """Reads and writes the recent-files list in `settings`; a damaged value counts as empty."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        """The recent articles, newest first, each once: a hand-edited list may name one path in several spellings."""
        # normpath, not resolve: nothing on disk is looked at to fill a menu.
        unique = {os.path.normpath(item): None for item in read_str_list(self._settings, RECENT_KEY, 10 * MOST_RECENT)}
        return [Path(item) for item in unique][:MOST_RECENT]

    def add(self, path: Path) -> None:
        path = path.absolute()
        kept = [known for known in self.paths() if known != path]
        self._write([path, *kept][:MOST_RECENT])

    def remove(self, path: Path) -> None:
        self._write([known for known in self.paths() if known != path])

    def clear(self) -> None:
        self._settings.remove(RECENT_KEY)

    def last(self) -> Path | None:
        """The article open when the app last quit; None for the bundled story."""
        last = read_str(self._settings, LAST_KEY, "", max_length=4096)
        return Path(last) if last else None

    def set_last(self, path: Path | None) -> None:
        self._settings.setValue(LAST_KEY, str(path.absolute()) if path else "")

    def _write(self, paths: list[Path]) -> None:
        if paths:
            self._settings.setValue(RECENT_KEY, [str(path) for path in paths])
        else:
            self.clear()
