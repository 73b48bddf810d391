"""The searchable form of a story's quotes: each quote with its speaker, folded for matching.

Folding 100,000 quotes takes from about 50 ms (plain ASCII) to over half a second
(accented text): too long to do at once when a story loads. The index folds in slices
between events, so the window keeps answering, and a search typed before it is done
finishes the rest at once.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from ..story import Quote

# Long enough to make progress, short enough that a keystroke waits for at most one slice.
SLICE_SECONDS = 0.02
_ROWS_BETWEEN_CLOCK_CHECKS = 500


class _WithoutCombiningMarks(dict[int, int | None]):
    """A `str.translate` table that drops combining marks, learnt one code point at a time."""

    def __missing__(self, code_point: int) -> int | None:
        kept = None if unicodedata.combining(chr(code_point)) else code_point
        self[code_point] = kept
        return kept


_DROP_MARKS = _WithoutCombiningMarks()
# The screen shows typographic marks (’ “ ”), the story may have straight ones: either finds either.
_DROP_MARKS.update({ord(mark): ord("'") for mark in "’‘‛"})
_DROP_MARKS.update({ord(mark): ord('"') for mark in "“”„‟"})


def fold(text: str) -> str:
    """Text reduced for matching: case, accents and curly quotation marks ignored ("Møre" ~ "more", "didn’t" ~ "didn't")."""
    folded = text.casefold()
    if folded.isascii():  # nothing to decompose: most English text ends here
        return folded
    return unicodedata.normalize("NFKD", folded).translate(_DROP_MARKS).replace("ø", "o")


def searchable(quote: Quote) -> str:
    """What a search looks through: the quote as shown and who said it."""
    return fold(f"{quote.display_text}\n{quote.speaker.label}")


class SearchIndex(QObject):
    """The folded texts of one sequence of quotes, in the same order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quotes: Sequence[Quote] = ()
        self._folded: list[str] = []
        self._slicer = QTimer(self)
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._fold_a_slice)

    def index(self, quotes: Sequence[Quote]) -> None:
        """Start folding these quotes, a slice at a time while the event loop is idle."""
        self._quotes = quotes
        self._folded = []
        if quotes:
            self._slicer.start()
        else:
            self._slicer.stop()

    @property
    def complete(self) -> bool:
        return len(self._folded) == len(self._quotes)

    def folded(self) -> list[str]:
        """Every quote folded; what the slices have not reached yet is folded now."""
        if not self.complete:
            self._folded.extend(searchable(quote) for quote in self._quotes[len(self._folded) :])
            self._slicer.stop()
        return self._folded

    def _fold_a_slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while not self.complete and time.perf_counter() < deadline:
            done = len(self._folded)
            self._folded.extend(searchable(quote) for quote in self._quotes[done : done + _ROWS_BETWEEN_CLOCK_CHECKS])
        if self.complete:
            self._slicer.stop()
