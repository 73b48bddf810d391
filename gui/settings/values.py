"""Settings read by type: a stored value of the wrong type or out of bounds is its default.

QSettings hands back whatever the file holds: a string, a list (an INI value with a comma
in it), a QByteArray, a QRect… Every read here checks the type and the bounds, falls back
to the default and says so in the log, so a hand-edited or damaged file never stops the
app. A key that is simply absent is the default without a word. A setting is read again
each time it is needed (a copy form at every copy), so each bad value is named once a run,
not once a read.
"""

from __future__ import annotations

import enum
import json
import logging
import re
from typing import TypeVar

from PySide6.QtCore import QByteArray, QSettings

log = logging.getLogger(__name__)

E = TypeVar("E", bound=enum.StrEnum)

# A warning quotes this much of a bad value: enough to recognise it, never a flood.
_SHOWN_CHARS = 60
# Longest JSON text read back; Reckoning's favourites of many stories stay far below.
MAX_JSON_CHARS = 4_000_000
# A whole number written out, however long.
_DIGITS = re.compile(r"[+-]?[0-9]+")
# The (key, value as shown) pairs warned about this run.
_warned: set[tuple[str, str]] = set()


def read_str(settings: QSettings, key: str, default: str, max_length: int = 1_000) -> str:
    return as_str(_stored(settings, key), key, default, max_length)


def read_enum(settings: QSettings, key: str, default: E) -> E:
    return as_enum(_stored(settings, key), key, default)


def read_int(settings: QSettings, key: str, default: int, low: int, high: int) -> int:
    return as_int(_stored(settings, key), key, default, low, high)


def read_choice(settings: QSettings, key: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
    """One of `choices`, or `default`."""
    value = _stored(settings, key)
    if value is None:
        return default
    if isinstance(value, str) and value in choices:
        return value
    _ignore(key, value, f"not one of {', '.join(choices)}", default)
    return default


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    """Bytes Qt stored (window geometry and state), or None."""
    value = _stored(settings, key)
    if value is None or isinstance(value, QByteArray):
        return value
    _ignore(key, value, "not saved window data", None)
    return None


def read_str_list(settings: QSettings, key: str, max_items: int) -> list[str]:
    """The strings stored as a list under `key`, at most `max_items`; anything else is dropped."""
    value = _stored(settings, key)
    if value is None:
        return []
    # Qt's INI format gives one string for a list of one.
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list):
        _ignore(key, value, "not a list", [])
        return []
    return [item for item in items if isinstance(item, str) and item][:max_items]


def read_json(settings: QSettings, key: str, default: object) -> object:
    """The JSON value stored as text under `key`; its shape is for the caller to check."""
    text = _text(_stored(settings, key), key, default, MAX_JSON_CHARS)
    if text is None:
        return default
    try:
        return json.loads(text)
    except RecursionError:
        _ignore(key, text, "nested too deeply", default)
    except ValueError as error:  # JSONDecodeError, and integers too long to convert
        _ignore(key, text, f"not valid JSON ({error})", default)
    return default


def as_str(value: object, key: str, default: str, max_length: int = 1_000) -> str:
    text = _text(value, key, default, max_length)
    return default if text is None else text


def _text(value: object, key: str, default: object, max_length: int) -> str | None:
    """`value` if it is text of at most `max_length` characters, else None (saying why, and that `default` is used)."""
    if value is None:
        return None
    if not isinstance(value, str):
        _ignore(key, value, "not text", default)
        return None
    if len(value) > max_length:
        _ignore(key, value, f"longer than {max_length:,} characters", default)
        return None
    return value


def as_enum(value: object, key: str, default: E) -> E:
    if value is None:
        return default
    kind = type(default)
    # Strings only: a list or a QByteArray is not one, and a list cannot even be hashed.
    if isinstance(value, str) and value in kind._value2member_map_:
        return kind(value)
    _ignore(key, value, f"not one of {', '.join(member.value for member in kind)}", default)
    return default


def as_int(value: object, key: str, default: int, low: int, high: int) -> int:
    """A whole number, kept within `low`…`high`."""
    if value is None:
        return default
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and len(value) <= 20:
        try:
            number = int(value.strip())
        except ValueError:
            number = None
    elif isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        # Too many digits to convert cheaply, but a number all the same: far out of range.
        bounded = low if value.strip().startswith("-") else high
        _ignore(key, value, f"outside {low}…{high}", bounded)
        return bounded
    if number is None:
        _ignore(key, value, "not a whole number", default)
        return default
    if not low <= number <= high:
        bounded = min(high, max(low, number))
        _ignore(key, value, f"outside {low}…{high}", bounded)
        return bounded
    return number


def _stored(settings: QSettings, key: str) -> object:
    """What Qt makes of the stored value; None, with a warning, if even that fails.

    Qt rebuilds an "@Variant(…)" value through QDataStream, and PySide6 unpickles a stored
    Python object there, which can raise anything (settings_health sets such files aside
    before the app reads them; this is the last line).
    """
    try:
        return settings.value(key)
    except Exception as error:
        log.warning("ignoring the setting %s: it cannot be read (%s: %s); using the default", key, type(error).__name__, error)
        return None


def warn_ignored(key: str, value: object, reason: str, used: str) -> None:
    """Log that the stored `value` of `key` is not used, and `used` instead; once a run for each value a key holds.

    A value hand-edited into another bad one while the app runs is named again: it is news.
    """
    shown = repr(value)
    if len(shown) > _SHOWN_CHARS:
        shown = shown[:_SHOWN_CHARS] + "…"
    if (key, shown) in _warned:
        return
    _warned.add((key, shown))
    log.warning("ignoring the setting %s = %s: %s; using %s", key, shown, reason, used)


def forget_warnings() -> None:
    """Warn again about values already named, as a new run would (for tests, which are many runs in one process)."""
    _warned.clear()


def _ignore(key: str, value: object, reason: str, used: object) -> None:
    warn_ignored(key, value, reason, repr(used.value if isinstance(used, enum.Enum) else used))
