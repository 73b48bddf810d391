"""The one sentence splitter of the story layer: the date finder, the quote extractor and the
detail pane's "sentence around the quote" all cut a paragraph here, so they agree.

A sentence ends at . ? or ! (and a closing quotation mark) before white space or the end of
the text, and the next sentence does not open in lower case. The full stop of a title or an
initial ("Mr. Obama", "Sen. A. B. Lee", "U.S.") and of a month before its day ("Dec. 19")
ends nothing. With the quotes of a paragraph given, a quote's inside never ends a sentence,
and a quote ending in . ? or ! ends its own sentence when a new one follows it — unless what
follows is its attribution ('"We won." Tom Berg said.').

Every pass is linear: each rule looks a few characters back or one quote's width around.
No Qt here.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from .speech_verbs import any_speech_verb, starts_attribution

# The full stop of a title, an initial or "U.S." stands for this mark in a masked text, so that
# it ends no sentence and stays inside a name; the extractor turns it back into "." in a name.
DOT = "\u2024"
_ABBREVIATION = re.compile(
    r"(?<![\w.\u2024])(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Sen|Sens|Rep|Reps|Gov|Govs|Lt|Gen|Col|Sgt|Cpl|Maj|Capt|Cmdr|Adm|"
    r"Prof|Rev|Atty|Supt|Insp|Hon|Pres|Sec|Del|Fr|Sr|Jr|St|Ft|Mt|No|Gens|Reps|[A-Z])\.(?=[ \t]+[A-Z(])"
    r"|(?<![\w.\u2024])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Jr|Sr)\.(?=[ \t,])"
    r"|(?<=[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.(?=[ \t,])"
)
# A fast first look: the full pattern is tried only near a capital's full stop.
_ABBREVIATION_CANDIDATE = re.compile(r"[A-Z][A-Za-z.]{0,6}\.")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’']?(?:\s+|$)")
# "Dec. 19, 2023", "in Dec. and Jan.": a month's full stop before its day or a lower-case word.
_ABBREVIATED_MONTH = re.compile(r"(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")
_MONTH_REACH = 5
# A verb this close before a quote may introduce it.
_NEAR = 120
_OPENING_MARKS = ('"', "“", "‘")


def masked_abbreviations(text: str) -> str:
    """`text` with the full stops of titles and initials changed for `DOT`, which ends no sentence."""
    dots: set[int] = set()
    for candidate in _ABBREVIATION_CANDIDATE.finditer(text):
        start, end = candidate.span()
        if match := _ABBREVIATION.match(text, start, end + 8):
            dots.add(match.end() - 1)
        # Past the first letter a title can only start after a full stop: "U.S.", "A.B. Lee".
        if candidate.group().count(".") > 1:
            for match in _ABBREVIATION.finditer(text, start + 1, end + 8):
                dots.add(match.end() - 1)
    if not dots:
        return text
    chars = list(text)
    for dot in dots:
        chars[dot] = DOT
    return "".join(chars)


def sentence_ends(text: str) -> list[int]:
    """Where each sentence of `text` ends, after the white space that follows it, in order."""
    return _ends(masked_abbreviations(text))


def _ends(masked: str) -> list[int]:
    """The sentence ends of a text whose titles and initials are already masked."""
    ends = []
    length = len(masked)
    # A search an end, not finditer: a paragraph of one short sentence is common, and setting up
    # finditer costs more than the search itself.
    search = _SENTENCE_END.search
    match = search(masked)
    while match is not None:
        start, end = match.span()
        match = search(masked, end)
        if end < length:
            following = masked[end]
            if following.islower():
                continue  # "e.g. the film", "in Dec. and Jan.": no new sentence opens in lower case
            if following.isdigit() and _ABBREVIATED_MONTH.search(masked, max(0, start - _MONTH_REACH), start):
                continue
        ends.append(end)
    return ends


def sentences(text: str) -> list[str]:
    """`text` cut into its sentences, each with the white space after it."""
    begins = [0, *sentence_ends(text)]
    if begins[-1] < len(text):
        begins.append(len(text))
    return [text[begin:end] for begin, end in itertools.pairwise(begins) if end > begin]


def masked_quotes(text: str, quotes: Sequence[tuple[int, ...]]) -> str:
    """`text` with every quote's words blanked out, so their punctuation cannot end a sentence.
    A quote is (start, end, …) inside its marks."""
    # Quotes in order (as quote_marks finds them) are joined piece by piece: cheaper than a list
    # of the characters for a short paragraph.
    pieces: list[str] = []
    done = 0
    for quote in quotes:
        start, end = quote[0], quote[1]
        if start < done or end < start:
            return _masked_by_chars(text, quotes)
        pieces += (text[done:start], "q" * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _masked_by_chars(text: str, quotes: Sequence[tuple[int, ...]]) -> str:
    chars = list(text)
    for quote in quotes:
        start, end = quote[0], quote[1]
        chars[start:end] = "q" * (end - start)
    return "".join(chars)


def sentence_bounds(text: str, frame: str, quotes: Sequence[tuple[int, ...]]) -> list[tuple[int, int]]:
    """The sentences of a paragraph as (start, end), its `quotes` (start, end inside the marks,
    in order) left whole. `frame` is `text` with its abbreviations and its quotes masked."""
    ends = _ends(frame)
    found = len(ends)
    length = len(text)
    for quote in quotes:
        start, end = quote[0], quote[1]
        if end >= length:
            continue
        last = text[end - 1]
        if last not in ".?!" and not (last.isspace() and text[start:end].rstrip().endswith((".", "?", "!"))):
            continue
        following = end + 1
        while following < length and frame[following].isspace():
            following += 1
        first = frame[following : following + 1]
        starts_new = first in _OPENING_MARKS or (first.isupper() and not starts_attribution().match(frame, following))
        if not starts_new and first.isupper():
            # 'Ann Fox said Lee "lied." Tom Berg called …': a quote its own sentence already
            # attributes ends that sentence; the name after it opens the next.
            opened = ends[at - 1] if (at := bisect_right(ends, start, 0, found)) else 0
            starts_new = any_speech_verb().search(frame, max(opened, start - _NEAR), start - 1) is not None
        if starts_new:
            ends.append(following)
    if len(ends) > found:
        ends = sorted(set(ends))  # a quote's end among the full stops' (these are in order already)
    bounds, begin = [], 0
    for end in ends:
        if begin < end < length:
            bounds.append((begin, end))
            begin = end
    bounds.append((begin, length))
    return bounds


def sentence_around(text: str, quotes: Sequence[tuple[int, ...]], start: int, end: int) -> tuple[int, int]:
    """The sentences holding a quote of `text` (`start`, `end` inside its marks, one of `quotes`):
    from the start of the sentence with the opening mark to the end of the one with its last word."""
    frame = masked_quotes(masked_abbreviations(text), quotes)
    bounds = sentence_bounds(text, frame, quotes)
    begins = [begin for begin, _ in bounds]
    first = bounds[max(0, bisect_right(begins, max(0, start - 1)) - 1)]
    last = bounds[max(0, bisect_right(begins, max(start, end - 1)) - 1)]
    return first[0], last[1]
