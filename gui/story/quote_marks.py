"""The quotation marks of news text, defined once: which marks open and close a quote, and
where the quoted passages of a paragraph are.

Double quotes, straight or curly, and British single quotes, told apart from apostrophes
(I've, didn't, the actors' …) by what stands on either side. A quote nested in another belongs
to the outer one. A quotation left open at a paragraph's end goes on in the next when that
opens on a mark (news style); otherwise the quote is its sentence, or none when that is long.

Every pass is linear: the marks are found by one search each, never character by character.
No Qt here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

OPEN_DOUBLE, CLOSE_DOUBLE = "“", "”"
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"
STRAIGHT_DOUBLE, STRAIGHT_SINGLE = '"', "'"
# Which marks may open and close a double quote, and every mark, for trimming a quote's edges.
OPENING_DOUBLES = STRAIGHT_DOUBLE + OPEN_DOUBLE
CLOSING_DOUBLES = STRAIGHT_DOUBLE + CLOSE_DOUBLE
ALL_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE

_OPENS_WITH_MARK = re.compile(rf"\s*[{OPENING_DOUBLES}]")
_DOUBLE_CLOSER = re.compile(f"[{CLOSING_DOUBLES}]")
_QUOTE_MARK = re.compile(f"[{OPENING_DOUBLES}{STRAIGHT_SINGLE}{OPEN_SINGLE}]")
# The next single mark, or the next double mark that opens a quote (as _opens_double tells: not
# after "=", a straight one not after a letter or digit) with its words up to the closer, found
# in one search: a run of short quotes costs one search each, not three calls. The tests come
# after the mark, so that the search still skips to the next mark in one step.
_SINGLE_OR_DOUBLE_QUOTE = re.compile(
    rf"[{OPENING_DOUBLES}{STRAIGHT_SINGLE}{OPEN_SINGLE}]"
    rf"(?:(?<=[{STRAIGHT_SINGLE}{OPEN_SINGLE}])"
    rf"|(?<!=[{OPENING_DOUBLES}])(?:(?<={OPEN_DOUBLE})|(?<![^\W_]{STRAIGHT_DOUBLE}))[^{CLOSING_DOUBLES}]*)"
)
# A span made without the Python-level __new__ a NamedTuple has: this runs once a quote.
_new_span = tuple.__new__
_OPEN_QUOTE_REACH = 600  # a quote whose mark never closes ends with its sentence within this, or is none


class QuoteSpan(NamedTuple):
    start: int  # the first character inside the marks
    end: int  # the closing mark (or the paragraph's end when the quote runs on)
    single: bool


def marked_paragraphs(article: str, starts: list[int]) -> set[int]:
    """The paragraphs with a quotation mark, the only ones looked at mark by mark: one search a
    paragraph that has one, resumed at the next paragraph's start (not one a mark)."""
    marked: set[int] = set()
    position, search = 0, _QUOTE_MARK.search
    while (mark := search(article, position)) is not None:
        index = bisect_right(starts, mark.start()) - 1
        marked.add(index)
        if index + 1 >= len(starts):
            break
        position = starts[index + 1]
    return marked


def opens_quotation(blocks: Sequence[str], index: int) -> bool:
    return index < len(blocks) and _OPENS_WITH_MARK.match(blocks[index]) is not None


def quote_spans(text: str, continued: bool = False) -> list[QuoteSpan]:
    """The outermost quoted passages; marks inside a passage of the other kind are nested quotes.
    `continued`: the next paragraph opens on a quotation mark, so a quotation left open here goes on there."""
    spans: list[QuoteSpan] = []
    position, length = 0, len(text)
    next_mark = _SINGLE_OR_DOUBLE_QUOTE.search
    # Past the first single opener that finds no closer, no later one can: they are not rescanned.
    single_closes = True
    while position < length:
        # Straight to the next mark: a paragraph is walked in C, not character by character.
        mark = next_mark(text, position)
        if mark is None:
            break
        position, close = mark.span()
        if text[position] in OPENING_DOUBLES:
            # A double quote that opens, up to its closer (or the paragraph's end: it runs on).
            if _holds_words(text, position + 1, close):
                spans.append(_new_span(QuoteSpan, (position + 1, close, False)))
            position = close + 1
            continue
        if single_closes and _opens_single(text, position):
            single_close = _closing_single(text, position + 1)
            if single_close is None:
                single_closes = False
                position += 1
                continue
            if _holds_words(text, position + 1, single_close):
                spans.append(QuoteSpan(position + 1, single_close, True))
            position = single_close + 1
            continue
        position += 1
    if spans and spans[-1].end == length and not continued:
        # A mark never closed, with no next paragraph to take the quotation up, is a slip: the
        # quote is its sentence when that ends soon, not the rest of the paragraph.
        spans[-1:] = [span for span in _open_quote(text, spans[-1]) if _holds_words(text, span.start, span.end)]
    return spans


def _holds_words(text: str, start: int, end: int) -> bool:
    """Whether a quote holds more than white space: marks around nothing quote nothing. Told as
    each quote is found (a quote left out changes no later one), not in a pass over the list."""
    return end > start and (not text[start].isspace() or not text[start:end].isspace())


def _open_quote(text: str, span: QuoteSpan) -> list[QuoteSpan]:
    # Imported on first need: the article's first frame uses this module's marks, and the
    # sentence rules (with the speech verbs they import) cost 11 M instructions to import.
    from .sentences import sentence_ends

    reach = text[span.start : span.start + _OPEN_QUOTE_REACH]
    # The sentence's end, white space and a closing mark trimmed off what the quote holds.
    if ends := [end for end in sentence_ends(reach) if end < len(reach)]:
        return [QuoteSpan(span.start, span.start + len(reach[: ends[0]].rstrip().rstrip(ALL_MARKS)), span.single)]
    return [span] if len(text) - span.start <= _OPEN_QUOTE_REACH else []


def _opens_double(text: str, position: int) -> bool:
    char = text[position]
    before = text[position - 1] if position > 0 else " "
    # After "=" a mark opens an attribute's value (tweet-id="…" in pasted markup), not speech;
    # a straight mark after a letter closes a quote or is an inch sign.
    if before == "=":
        return False
    if char == OPEN_DOUBLE:
        return True
    return char == '"' and not before.isalnum()


def _closing_double(text: str, start: int) -> int:
    # One search for either closer: two finds would each run to the end when one kind is absent.
    found = _DOUBLE_CLOSER.search(text, start)
    # A quote that runs to the end of its paragraph goes on in the next, as news style allows.
    return found.start() if found else len(text)


def _opens_single(text: str, position: int) -> bool:
    char = text[position]
    if char not in (OPEN_SINGLE, "'"):
        return False
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    # An opening mark follows a space or bracket and precedes a letter: not "'90s", not "rock 'n' roll".
    return (before.isspace() or before in "([—–-") and after.isalpha()


def _closing_single(text: str, start: int) -> int | None:
    position = start
    while position < len(text):
        char = text[position]
        if char in (CLOSE_SINGLE, "'"):
            before = text[position - 1]
            after = text[position + 1] if position + 1 < len(text) else " "
            # An apostrophe sits between letters (didn't, I've); a closing mark ends a word or sentence.
            if not (before.isalpha() and after.isalpha()) and not before.isspace() and not after.isalnum():
                return position
        elif char in OPENING_DOUBLES and _opens_double(text, position):
            position = _closing_double(text, position + 1)
        position += 1
    return None
