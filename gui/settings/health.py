"""What to do when the settings file is damaged or cannot be written.

Settings are a convenience: losing them must never stop the app. A damaged file is moved
aside, not deleted (nothing the user had is destroyed), and the app starts on defaults;
a file that cannot be written costs only the remembered state of this session.

QSettings reads its file whole, at once, on the UI thread, and trusts what it finds, so
the file is looked at first (`open_settings`): a path that is no regular file (a named
pipe would block start-up for ever), a file too large, one that is not UTF-8 text, and one
holding a stored Python object are all moved aside before Qt reads a byte. The last
matters beyond damage: PySide6 unpickles an `@Variant(…PySide::PyObjectWrapper…)` value
when it is read, so such a file could run code. Reckoning never writes one.

QSettings reads the file again before each write if it changed on disk, both when asked to
(`save_settings`) and on its own after a change (`GuardedSettings`): the same look comes
first then too, so a file swapped for a named pipe while the app runs cannot block it.
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths

log = logging.getLogger(__name__)

DAMAGED_SUFFIX = ".damaged"
# Far beyond what Reckoning writes (favourites of many stories stay under a megabyte).
MAX_SETTINGS_BYTES = 16 * 1024 * 1024

# Characters Qt never writes raw into an INI file: it escapes them.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Qt's INI syntax (qsettings.cpp, readIniLine and iniUnescapedStringList): an escape, a
# quote, a comma between list elements, an end of line, the key's "=", or plain text.
_INI_TOKEN = re.compile(r'\\(x[0-9a-fA-F]*|[0-7]+|\r?\n|.)|(")|(,)|(\r\n|\r|\n)|(=)|([^\\",=\r\n]+)', re.DOTALL)
_SIMPLE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
# How a value Qt would hand to QDataStream to rebuild begins.
_STORED_OBJECT = "@Variant("


class GuardedSettings(QSettings):
    """QSettings whose own deferred writes look at the file first, as `save_settings` does."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and not _safe_to_sync(self):
            return True  # not written now; save_settings says so at quit
        return super().event(event)


def readable_settings(settings: QSettings) -> QSettings:
    """`settings` if its file could be read, otherwise fresh settings on defaults in the same place.

    A new object is returned because QSettings keeps reporting the first error it met, so
    the old one could never tell a later failure to save.
    """
    status = settings.status()
    if status == QSettings.Status.NoError:
        return settings
    path = settings.fileName()
    if status != QSettings.Status.FormatError:
        log.warning("the settings in %s cannot be read; starting with defaults", path)
        settings.clear()
        return settings
    try:
        kept = _move_aside(Path(path))
    except OSError as error:
        log.warning("the settings in %s are damaged and cannot be moved aside (%s); starting with defaults", path, error.strerror or error)
        settings.clear()
        return settings
    log.warning("the settings in %s are damaged; starting with defaults (the damaged file is kept as %s)", path, kept)
    return GuardedSettings(path, settings.format())


def save_settings(settings: QSettings) -> bool:
    """Write the settings to disk now; a failure is logged, not raised, and reported as False."""
    if not _safe_to_sync(settings):
        return False  # check_settings_file said why
    settings.sync()
    if settings.status() == QSettings.Status.NoError:
        return True
    log.warning("cannot save settings to %s; the window, zoom and theme of this session will not be remembered", settings.fileName())
    return False


def open_settings() -> QSettings:
    """The app's own settings, read only once reading them can neither block nor mislead.

    A file that cannot even be moved aside is not read at all: the session runs on
    defaults kept in a temporary file, and nothing of it is remembered.
    """
    path = settings_path()
    if path is not None and not check_settings_file(path):
        return QSettings(str(_session_only_file()), QSettings.Format.IniFormat)
    return readable_settings(GuardedSettings())


def _safe_to_sync(settings: QSettings) -> bool:
    """Whether QSettings may read its file again before writing; a file that could block or mislead is moved aside first."""
    if settings.format() == QSettings.Format.NativeFormat and sys.platform in ("win32", "darwin"):
        return True  # the registry or a property list: nothing a pipe can stand in for
    return check_settings_file(Path(settings.fileName()), then="this session's settings are written afresh")


def settings_path() -> Path | None:
    """Where QSettings keeps the app's settings on Unix desktops; None where it uses no plain file."""
    if sys.platform in ("win32", "darwin"):
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    app = QCoreApplication.instance()
    if not folder or app is None:
        return None
    return Path(folder) / app.organizationName() / f"{app.applicationName()}.conf"


def check_settings_file(path: Path, then: str = "starting with defaults") -> bool:
    """Move `path` aside if reading it could block or mislead; False if it is unsafe and stays.

    True: QSettings may read `path` (it is absent, sound, or was just moved aside). `then`
    says in the warning what happens next.
    """
    problem = _problem(path)
    if problem is None:
        return True
    try:
        kept = _move_aside(path)
    except OSError as error:
        log.warning(
            "the settings in %s %s and cannot be moved aside (%s); %s, which will not be remembered",
            path,
            problem,
            error.strerror or error,
            then,
        )
        return False
    log.warning("the settings in %s %s; %s (the damaged file is kept as %s)", path, problem, then, kept)
    return True


def _problem(path: Path) -> str | None:
    """Why reading `path` is unsafe, as the end of a sentence; None if QSettings may read it."""
    try:
        info = os.stat(path)
    except OSError:
        return None  # absent, or unreachable: QSettings finds nothing, or reports it cannot read
    if not stat.S_ISREG(info.st_mode):
        return f"are in {_kind(info.st_mode)}, not a regular file"
    try:
        # Non-blocking: a regular-looking file that would wait (/proc/kmsg) says so at once.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    chunks: list[bytes] = []
    size = 0
    try:
        while chunk := os.read(fd, 1 << 20):
            size += len(chunk)
            if size > MAX_SETTINGS_BYTES:
                return f"are over {MAX_SETTINGS_BYTES // (1 << 20)} MB, far more than Reckoning writes"
            chunks.append(chunk)
    except BlockingIOError:
        return "cannot be read without waiting (it is no ordinary file)"
    except OSError:
        return None
    finally:
        os.close(fd)
    return _content_problem(b"".join(chunks))


def _content_problem(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return f"are not UTF-8 text (byte {error.start} cannot be read)"
    if found := _BINARY.search(text):
        return f"hold binary data (character {found.start()} is a control character)"
    if _holds_stored_object(text):
        return "hold a stored Python object, which Reckoning never writes and will not load"
    return None


def _holds_stored_object(text: str) -> bool:
    """Whether some value, or element of a list value, would reach Qt as "@Variant(…".

    Read as Qt reads it (escapes such as \\x40 for "@", quotes, line continuations), and on
    the cautious side: an element with spaces before the "@" counts too, and the file is
    read twice, with a quoted value running on over line ends (as Qt does) and without (so
    a quote in a line Qt skips, a comment, cannot hide the lines after it).
    """
    return _scan_for_stored_object(text, quotes_span_lines=True) or _scan_for_stored_object(text, quotes_span_lines=False)


def _scan_for_stored_object(text: str, quotes_span_lines: bool) -> bool:
    in_value = in_quotes = False
    element = ""
    for match in _INI_TOKEN.finditer(text):
        escape, quote_mark, comma, line_end, equals, _ = match.groups()
        if line_end is not None and not (in_quotes and quotes_span_lines):
            if element.lstrip().startswith(_STORED_OBJECT):
                return True
            in_value, in_quotes, element = False, False, ""
        elif not in_value:
            in_value = equals is not None
        elif quote_mark is not None:
            in_quotes = not in_quotes
        elif comma is not None and not in_quotes:
            if element.lstrip().startswith(_STORED_OBJECT):
                return True
            element = ""
        elif len(element) < 64:  # enough to see how an element begins
            element += _unescape(escape) if escape is not None else match[0]
    return element.lstrip().startswith(_STORED_OBJECT)


def _unescape(escape: str) -> str:
    if escape.startswith("x"):
        return chr(int(escape[1:] or "0", 16) & 0xFFFF)
    if escape[0] in "01234567":
        return chr(int(escape, 8) & 0xFFFF)
    if escape in ("\n", "\r\n"):
        return ""  # a line continued
    return _SIMPLE_ESCAPES.get(escape, escape)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _move_aside(path: Path) -> Path:
    """Rename `path` to `path.damaged` (or .damaged.2, .3… so no earlier one is lost); the new path."""
    kept = path.with_name(path.name + DAMAGED_SUFFIX)
    number = 1
    while os.path.lexists(kept):
        number += 1
        kept = path.with_name(f"{path.name}{DAMAGED_SUFFIX}.{number}")
    os.rename(path, kept)
    return kept


def _session_only_file() -> Path:
    folder = tempfile.mkdtemp(prefix="reckoning-settings-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return Path(folder) / "settings.ini"
