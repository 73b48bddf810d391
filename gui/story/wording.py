"""Small pieces of English the app builds sentences from, each one translatable. No Qt.

The story layer words the countdown and a few list messages without Qt, yet they must
reach a German reader in German. Each context below is a class whose `tr()` has the
signature of Qt's `QObject.tr(text, disambiguation, n)`, so `pyside6-lupdate` finds
`Countdown.tr("Tomorrow")` just as it finds a widget's `self.tr(...)`. The words are
English until the app, having loaded a translation, hands `use_translator` Qt's
`QCoreApplication.translate`; the layer never imports Qt, and its tests and the reader
process stay English.

Qt's convention for counts: `%n` (or `%Ln`, the number grouped as the UI's locale
groups it) in a message given `n`. English needs no translation file for its plurals
because every count with a singular is asked for as two messages: "1 day" and "%Ln days".
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Qt's QCoreApplication.translate(context, text, disambiguation, n).
Translate = Callable[[str, str, "str | None", int], str]

_PLACE_MARKER = re.compile(r"%([1-9])")


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """What Qt's translate returns with no translation: the text, its `%n` filled in as Qt fills it."""
    if n < 0 or "%" not in text:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_translate: Translate = _english


def use_translator(translate: Translate | None) -> None:
    """Word the story layer through `translate` from now on (None: back to English)."""
    global _translate
    _translate = translate or _english


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate under `context` (Qt's macro of the same name); it is translated
    where it is shown, with `translated(context, text)`."""
    return text


def translated(context: str, text: str) -> str:
    """`text`, marked elsewhere under `context`, in the UI's language."""
    return _translate(context, text, None, -1)


def fill(text: str, *args: str) -> str:
    """`text` with %1, %2, … replaced by `args` in one pass, as QString.arg does: an argument
    that itself holds "%2" is left as it is."""

    def argument(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if index < len(args) else match.group(0)

    return _PLACE_MARKER.sub(argument, text)


class _Context:
    """A translation context: its messages are looked up under the class's name."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return _translate(cls.__name__, text, disambiguation, n)


class Countdown(_Context):
    """The countdown's headline and clock."""


class QuoteList(_Context):
    """What the quote list says about itself."""


class CopyForms(_Context):
    """The names of the forms a quote is copied in."""


def join_words(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    head = parts[0]
    for part in parts[1:-1]:
        head = fill(Countdown.tr("%1, %2", "a list of durations"), head, part)
    return fill(Countdown.tr("%1 and %2", "the last two of a list of durations"), head, parts[-1])


def no_quotes_shown(speaker: str, starred: bool, search: str) -> str:
    """Why a filtered list is empty: "No quotes match “zebra”.", "No starred quotes by John DeVore."."""
    if starred:
        if speaker:
            if search:
                return fill(QuoteList.tr("No starred quotes by %1 match “%2”."), speaker, search)
            return fill(QuoteList.tr("No starred quotes by %1."), speaker)
        if search:
            return fill(QuoteList.tr("No starred quotes match “%1”."), search)
        return QuoteList.tr("No starred quotes.")
    if speaker:
        if search:
            return fill(QuoteList.tr("No quotes by %1 match “%2”."), speaker, search)
        return fill(QuoteList.tr("No quotes by %1."), speaker)
    if search:
        return fill(QuoteList.tr("No quotes match “%1”."), search)
    return QuoteList.tr("No quotes.")


def quote_for_listening(text: str, speaker: str, starred: bool) -> str:
    """A list row as a screen reader says it: the quote, who said it, starred or not."""
    if starred:
        return fill(QuoteList.tr("“%1” — %2. Starred."), text, speaker)
    return fill(QuoteList.tr("“%1” — %2. Not starred."), text, speaker)
