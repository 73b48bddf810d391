"""Saving what the user asked to export: a save dialog in a folder that exists, a name from the story, a clear error."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox, QWidget

from ..story.wording import fill
from .open_dialog import ask_for_save_path
from .plain_message import show_plain_message

# A file name from a headline stops at a word before this many characters.
MAX_SLUG_CHARS = 60
_WORDS = re.compile(r"[^\W_]+")


def start_folder() -> str:
    """Where a file dialog starts: Documents, else Downloads, else home, whichever exists."""
    for location in (QStandardPaths.StandardLocation.DocumentsLocation, QStandardPaths.StandardLocation.DownloadLocation):
        folder = QStandardPaths.writableLocation(location)
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def slug(text: str, fallback: str) -> str:
    """`text` as a file name's words: lower case, accents dropped, joined by hyphens, `fallback` if none.

    "Watch Tom Cruise ride a motorcycle off a cliff" gives "watch-tom-cruise-ride-a-motorcycle-off-a-cliff".
    """
    import unicodedata  # on first use: start-up needs none of it

    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words: list[str] = []
    length = 0
    for match in _WORDS.finditer(plain.casefold()):
        word = match.group()[:MAX_SLUG_CHARS]
        if words and length + 1 + len(word) > MAX_SLUG_CHARS:
            break
        words.append(word)
        length += len(word) + (1 if len(words) > 1 else 0)
    return "-".join(words) or fallback


def choose_export_path(parent: QWidget, title: str, file_name: str, filters: str) -> Path | None:
    """Ask where to save, starting in Documents (else Downloads, else home); None if the user cancels."""
    # Not QFileDialog.getSaveFileName: its icons read each file, and a folder such as /proc froze it.
    chosen = ask_for_save_path(
        parent, title, str(Path(start_folder()) / file_name), filters, lambda path: refusal_message(parent, Path(path))
    )
    return Path(chosen) if chosen else None


def refusal_message(parent: QWidget, path: Path) -> str | None:
    """Why an export may not go to `path` (the story's own file, a pipe, a device, a folder), or None."""
    from ..export_target import Refusal, refusal

    translate = QCoreApplication.translate
    why = refusal(path, reading_paths(parent))
    if why is None:
        return None
    if why is Refusal.READ_FROM:
        return fill(
            translate("TextExport", "%1 is the file this story was read from. Saving there would replace it; choose another name."),
            str(path),
        )
    return fill(translate("TextExport", "%1 is not a regular file (a named pipe, a device or a folder); choose a file."), str(path))


def write_export(parent: QWidget, path: Path, text: str, failure_title: str) -> QMessageBox | None:
    """Write `text` as UTF-8 exactly as given, whole or not at all; on failure or refusal show why and return that message.

    Nothing is written over the file the window's story was read from, nor to a named pipe,
    a device or a folder that a save dialog let through.
    """
    from ..export_target import write_whole

    text_shown = refusal_message(parent, path)
    if text_shown is None:
        failure = write_whole(path, text.encode("utf-8"))
        if failure is None:
            return None
        text_shown = fill(QCoreApplication.translate("TextExport", "%1 could not be written: %2."), str(path), failure)
    return show_plain_message(parent, QMessageBox.Icon.Warning, failure_title, text_shown)


def reading_paths(widget: QWidget) -> list[Path]:
    """The files the story in `widget`'s window came from: its article, else the bundled story's own."""
    from ..export_target import bundled_story_files, story_files

    # The window keeps the path of the file it opened; a page built alone has no such window.
    article = getattr(widget.window(), "story_path", None)
    return story_files(article) if isinstance(article, Path) else bundled_story_files()
