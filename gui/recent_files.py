"""The articles a person opened: File › Open Recent, and the one to reopen at the next launch."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

RECENT_KEY = "files/recent"
LAST_KEY = "files/last"
MOST_RECENT = 10


class RecentFiles:
    """Reads and writes the recent-files list in `settings`; a damaged value counts as empty."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        raw = self._settings.value(RECENT_KEY, [])
        # QSettings gives one string for a list of one, and a list for more.
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list):
            log.warning("ignoring recent files of the wrong type in %s", self._settings.fileName())
            return []
        return [Path(item) for item in items if isinstance(item, str) and item][:MOST_RECENT]

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
        raw = self._settings.value(LAST_KEY, "")
        return Path(raw) if isinstance(raw, str) and raw else None

    def set_last(self, path: Path | None) -> None:
        self._settings.setValue(LAST_KEY, str(path.absolute()) if path else "")

    def _write(self, paths: list[Path]) -> None:
        if paths:
            self._settings.setValue(RECENT_KEY, [str(path) for path in paths])
        else:
            self.clear()
