"""Typographic quotation marks for the screen: straight " and ' drawn as “ ” ‘ ’ (the marks of
`quote_marks`). Pure text, no Qt: the Article and the Quotes tab both show and copy through it.

One character for one, so every offset into the text is an offset into what is shown, and
the story's text itself (what Find, the quote ranges and exported files work on) is left as
the story has it. What is copied or dragged is what the reader sees: these marks.
"""

from __future__ import annotations

import re

from .quote_marks import CLOSE_DOUBLE, CLOSE_SINGLE, OPEN_DOUBLE, OPEN_SINGLE, STRAIGHT_DOUBLE, STRAIGHT_SINGLE

# After these (or at the start) a mark opens a quotation; after anything else it closes one.
_OPENS_AFTER = frozenset(" \t\n\r\u00a0\u2028\u2029([{<—–-/" + OPEN_DOUBLE + OPEN_SINGLE)
_STRAIGHT = re.compile(f"[{STRAIGHT_DOUBLE}{STRAIGHT_SINGLE}]")
# Before these (or at the end) a mark closes, whatever came before it: `and " he said`.
_CLOSES_BEFORE = frozenset(" \t\n\r\u00a0\u2028\u2029.,;:!?)]}>")


def typographic(text: str) -> str:
    """`text` with straight quotation marks and apostrophes made typographic, its length kept.

    A double mark opens at the start or after a space, a bracket, a dash or another opening
    mark, unless a space or punctuation follows it, and closes elsewhere; a single mark after a letter or a digit is an apostrophe
    (don't, Cruise's), else it opens in the same places a double one does, except before a
    digit, where it stands for what is left out ('90s).
    """
    if STRAIGHT_SINGLE not in text and STRAIGHT_DOUBLE not in text:
        return text
    return Curler(text).upto(len(text))


class Curler:
    """Curls `text` a piece at a time, each piece as `typographic(text)` would have it.

    A paragraph of a million marks took seconds in one go; a piece at a time, its first page
    shows at once and the rest comes a slice per event, as the typesetting asks for it.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._done = 0
        # The mark just made: a straight mark after another follows what that one became.
        self._last_at, self._last_shown = -2, ""

    def upto(self, end: int) -> str:
        """The text from where the last piece ended up to `end`, curled."""
        text = self._text
        pieces: list[str] = []
        done = self._done
        last_at, last_shown = self._last_at, self._last_shown
        for match in _STRAIGHT.finditer(text, done, end):
            at = match.start()
            before = last_shown if last_at == at - 1 else (text[at - 1] if at else " ")
            after = text[at + 1] if at + 1 < len(text) else " "
            opens = before in _OPENS_AFTER and after not in _CLOSES_BEFORE
            if match.group() == STRAIGHT_SINGLE:
                opens = opens and not after.isdigit()
            opening, closing = (OPEN_DOUBLE, CLOSE_DOUBLE) if match.group() == STRAIGHT_DOUBLE else (OPEN_SINGLE, CLOSE_SINGLE)
            shown = opening if opens else closing
            pieces += (text[done:at], shown)
            done, last_at, last_shown = at + 1, at, shown
        pieces.append(text[done:end])
        self._done, self._last_at, self._last_shown = end, last_at, last_shown
        return "".join(pieces)
