"""Where an export may go, and writing it whole or not at all; for the command line and the window alike.

An export is refused before anything is written when it has no name, when its path is
something other than a regular file (a named pipe would block the writer until someone
reads it, a device is no document, a folder no file), or when it is a file the open story
was read from: `--export-quotes` given the article itself overwrote it with its own quotes.
The checks only look (stat), they never open, so they cannot block either.
"""

from __future__ import annotations

import enum
import json
import os
import stat
from collections.abc import Iterable
from pathlib import Path


class Refusal(enum.Enum):
    NO_NAME = enum.auto()
    NOT_A_FILE = enum.auto()
    READ_FROM = enum.auto()  # a file the story on show was read from


def refusal(path: str | Path, reading: Iterable[Path]) -> Refusal | None:
    """Why nothing may be written to `path`, or None; `reading` are the files the story came from.

    A path that does not exist yet, or cannot be looked at, is left to the writer, which says why it fails.
    """
    if not str(path):
        return Refusal.NO_NAME
    try:
        target = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None
    if not stat.S_ISREG(target.st_mode):
        return Refusal.NOT_A_FILE
    for source in reading:
        try:
            # The same inode: the path itself, a symlink to it or a hard link.
            if os.path.samestat(target, os.stat(source)):
                return Refusal.READ_FROM
        except (OSError, ValueError):
            continue
    return None


def story_files(path: Path) -> list[Path]:
    """The files a story opened from `path` is read from: `path`, and for a Reckoning story its article text."""
    from .story.loader import MAX_FILE_BYTES

    try:
        info = os.stat(path)
        # Only a regular file is read here, and no more of it than the loader would read.
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return [path]
        data = path.read_bytes()
        meta = json.loads(data.decode("utf-8-sig")) if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else None
    except (OSError, ValueError, RecursionError):
        return [path]
    article = meta.get("article") if isinstance(meta, dict) else None
    # As the loader has it: the text is a file name beside the story, never a path.
    if isinstance(article, str) and article and Path(article).name == article:
        return [path, path.parent / article]
    return [path]


def bundled_story_files() -> list[Path]:
    """The bundled story's own files (in a checkout, resources/): never an export's target."""
    from importlib import resources

    from . import RESOURCES

    folder = Path(str(resources.files(RESOURCES)))
    try:
        return [path for path in folder.iterdir() if path.is_file()]
    except OSError:
        return []


def write_whole(path: Path, data: bytes) -> str | None:
    """Write `data` to `path` through a file beside it that replaces it once complete; why it failed, or None.

    A full disk or a failure half-way leaves the earlier file as it was, never half an export.
    """
    # Imported here: the checks above serve the command line before it needs any Qt.
    from PySide6.QtCore import QSaveFile

    file = QSaveFile(str(path))
    # In a folder that is not writable, a writable file is still written, in place, as before.
    file.setDirectWriteFallback(True)
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        return file.errorString()
    if file.write(data) != len(data):
        reason = file.errorString()
        file.cancelWriting()
        file.commit()
        return reason
    if not file.commit():
        return file.errorString()
    return None
