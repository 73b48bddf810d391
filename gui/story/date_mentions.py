"""Dates an article mentions, as the events a countdown can count to.

Full dates ("July 12, 2023", "Dec. 19, 2023", "12 July 2023", "19th of June 2023",
"2023-07-12"), days without a year ("Sept. 2", "June 19th", "the 19th of June", read in the
year nearest the article's date) and month + year ("July 2023") are events wherever they
stand. A bare year ("in 2024") and the relative "today" and "this year" are events only
in a sentence about a release, premiere or opening: a year or "today" in passing
("six times today") is no date anyone counts to. Relative words are read against the
article's own date.

Every pass is linear in the text: a date's context and title are looked for a bounded
distance either side of it, so a sentence of a thousand dates costs a thousand times one.

No Qt here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from .event_kinds import DatePrecision, EventKind
from .sentences import sentences

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
            ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH.replace('month', 'month2')},?\s+(?P<year2>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
)
# A day without its year ("Sept. 2", "June 19th", "the 19th of June"): the article's own year, or the next or last.
_DAY_MONTH = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}\b(?!:)"
    rf"|\b(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH.replace('month', 'month2')}(?!\w)"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b")
_YEAR = re.compile(r"\b(?:in|by|until|for|from|during|of)\s+(?P<year>(?:19|20)\d{2})\b")
_RELATIVE = re.compile(r"\b(?P<word>today|this year|next year)\b", re.IGNORECASE)
# Words that make a date a release. Not "arrive", "due" or "set to" alone: a storm arrives, a
# report is due and work is set to start on a day that is no release ("Released 2 years ago");
# a film that arrives "in theaters" or is "set to open" is found by those words.
_RELEASE_CONTEXT = re.compile(
    r"\b(?:release[sd]?|releasing|hit(?:s|ting)?\s+theat(?:er|re)s|in\s+theat(?:er|re)s|premiere[sd]?|opens?|opening|"
    r"debut(?:s|ed)?|launch(?:es|ed)?|sequel|scheduled|c(?:o|a)mes?\s+out|out\s+on)\b",
    re.IGNORECASE,
)
_PREMIERE = re.compile(r"\bpremiere", re.IGNORECASE)
# Every date form above holds a digit or one of the relative words.
_MAYBE_A_DATE = re.compile(r"\d|today|this year|next year", re.IGNORECASE)
_CONTEXT_WORDS = 6
# An article names a handful of dates; a list of thousands is a table or an attack, and no
# one picks a countdown from it. The first ones, in article order, are kept.
MAX_MENTIONS = 500
# How far either side of a date its context and its title may reach, in characters: what
# is further off is about something else, and a bound keeps a long sentence linear.
_REACH = 160
# A title cut from a list of dates neither starts nor ends on the words that joined them.
_JOINING_WORDS = re.compile(r"^(?:(?:and|or|with|but|while|to|through)\s+)+|(?:\s+(?:and|or|then|to|through|until|from))+$", re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r";|,\s+(?=(?:and|with|but|while|which|as)\b)")
# A date line is short; anything longer is not one, and is not searched.
_MAX_DATE_WORDS_LENGTH = 60


@dataclass(frozen=True)
class DateMention:
    """A date in the text: `said` is its words ("July 2023"), `day` the day it starts on.

    `precision` says whether `day` is the day itself or the first of a month or year;
    `clause` the words around it, for a title.
    """

    said: str
    day: date
    precision: DatePrecision
    kind: EventKind
    clause: str


def date_mentions(paragraphs: list[str], published: date | None) -> list[DateMention]:
    """Every date mention in `paragraphs`, in article order, each once."""
    found: dict[tuple[str, date], DateMention] = {}
    for paragraph in paragraphs:
        for sentence in sentences(paragraph):
            for mention in _in_sentence(sentence, published, found):
                found.setdefault((mention.said, mention.day), mention)
            if len(found) >= MAX_MENTIONS:
                return list(found.values())[:MAX_MENTIONS]
    return list(found.values())


def _in_sentence(sentence: str, published: date | None, found: dict[tuple[str, date], DateMention]) -> list[DateMention]:
    """The new mentions in `sentence`, in order; a date already `found` is passed over without looking at its words."""
    if not _MAYBE_A_DATE.search(sentence):
        return []  # most sentences: one pass in C instead of five
    # Each new mention's span, words, day, precision and kind; titled once every date is known.
    mentions: list[tuple[int, int, str, date, DatePrecision, EventKind]] = []
    # Every date's span, new or found before: a title stops short of the next one.
    spans: list[tuple[int, int]] = []
    seen: set[tuple[str, date]] = set()
    # One flag per character: is it part of a date already found? A longer form found first wins.
    taken = bytearray(len(sentence) + 1)

    def add(match: re.Match[str], said: str, day: date | None, precision: DatePrecision, needs_context: bool = False) -> None:
        start, end = match.span()
        if day is None or taken[start]:
            return
        if (said, day) in found or (said, day) in seen:
            taken[start:end] = b"\1" * (end - start)
            spans.append((start, end))
            return
        near = _nearby(sentence, start, end)
        in_context = bool(_RELEASE_CONTEXT.search(near))
        if needs_context and not in_context:
            return
        kind = EventKind.PREMIERE if _PREMIERE.search(near) else EventKind.RELEASE if in_context else EventKind.DATE
        taken[start:end] = b"\1" * (end - start)
        spans.append((start, end))
        seen.add((said, day))
        mentions.append((start, end, said, day, precision, kind))

    for match in _FULL_DATE.finditer(sentence):
        add(match, match.group().strip(), _full_date(match), DatePrecision.DAY)
    for match in _MONTH_YEAR.finditer(sentence):
        add(match, match.group(), _safe_date(int(match.group("year")), _MONTHS[match.group("month").lower()], 1), DatePrecision.MONTH)
    if published is not None:
        for match in _DAY_MONTH.finditer(sentence):
            # "the 19th of June." ends a sentence; the full stop is no abbreviation's.
            add(match, match.group().rstrip("."), _nearest_day(match, published), DatePrecision.DAY)
    for match in _YEAR.finditer(sentence):
        add(match, match.group("year"), _safe_date(int(match.group("year")), 1, 1), DatePrecision.YEAR, needs_context=True)
    if published is not None:
        for match in _RELATIVE.finditer(sentence):
            said = match.group("word").lower()
            if said == "today":
                add(match, said, published, DatePrecision.DAY, needs_context=True)
            else:
                # "next year" in an article of 9999 names no day a calendar has.
                year = published.year + (1 if said == "next year" else 0)
                add(match, said, _safe_date(year, 1, 1), DatePrecision.YEAR, needs_context=True)
    if not mentions:
        return []
    boundaries = [m.end() for m in _CLAUSE_BOUNDARY.finditer(sentence)]
    spans.sort()
    starts, ends = [start for start, _ in spans], [end for _, end in spans]
    return [
        DateMention(said, day, precision, kind, _clause(sentence, start, end, boundaries, starts, ends))
        for start, end, said, day, precision, kind in sorted(mentions)
    ]


def _nearby(sentence: str, start: int, end: int) -> str:
    """The few words either side of a mention: a release word further off is about something else."""
    reach = max(0, start - _REACH)
    before = sentence[reach:start].split()
    if reach > 0 and before and not sentence[reach - 1].isspace():
        before = before[1:]  # the reach cut a word in two
    after = sentence[end : end + _REACH].split()
    if end + _REACH < len(sentence) and after and not sentence[end + _REACH].isspace():
        after = after[:-1]
    return " ".join((*before[-_CONTEXT_WORDS:], sentence[start:end], *after[:_CONTEXT_WORDS]))


def _nearest_day(match: re.Match[str], published: date) -> date | None:
    """A day named without its year, in the year that puts it nearest the article's date."""
    month = _MONTHS[(match.group("month") or match.group("month2")).lower()]
    day = int(match.group("day") or match.group("day2"))
    candidates = [d for year in (published.year - 1, published.year, published.year + 1) if (d := _safe_date(year, month, day))]
    return min(candidates, key=lambda d: abs(d - published), default=None)


def _full_date(match: re.Match[str]) -> date | None:
    if match.group("iso"):
        try:
            return date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
    if match.group("month"):
        return _safe_date(int(match.group("year")), _MONTHS[match.group("month").lower()], int(match.group("day")))
    return _safe_date(int(match.group("year2")), _MONTHS[match.group("month2").lower()], int(match.group("day2")))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "February 30, 2024" is a typo, not a day; year 0 and 10000 are in no calendar


def _clause(sentence: str, start: int, end: int, boundaries: list[int], starts: list[int], ends: list[int]) -> str:
    """The clause of the sentence holding the date, as a short title.

    It holds no other date (`starts` and `ends` are every date's, in order): in "On March 4,
    2024 and Dec. 19, 2023" each date is a title of its own, not the sentence for both.
    """
    before = bisect.bisect_right(boundaries, start)
    own = bisect.bisect_right(starts, start) - 1  # this date's own span
    previous_date_end = min(ends[own - 1], start) if own >= 1 else 0
    begin = max(boundaries[before - 1] if before else 0, start - _REACH, previous_date_end)
    if begin > 0 and not sentence[begin - 1].isspace() and sentence[begin - 1] not in ";,":
        begin = sentence.find(" ", begin, start) + 1  # not from the middle of a word
    following = bisect.bisect_left(starts, end)
    limit = min(end + _REACH, starts[following] if following < len(starts) else len(sentence))
    # The title ends at the next comma: what follows the date is seldom about it.
    window = sentence[end:limit]
    stops = [i for i in (window.find(","), window.find(";")) if i != -1]
    if stops:
        stop = end + min(stops)
    elif limit < len(sentence) and limit == end + _REACH:
        stop = end + max(window.rfind(" "), 0)
    else:
        stop = limit
    clause = sentence[begin:stop].strip(" .!?;:,")
    clause = _JOINING_WORDS.sub("", clause)
    return clause[:1].upper() + clause[1:]


def parse_date_words(text: str) -> date | None:
    """The day that `text` is and nothing more ("Monday, December 19, 2022"), else None."""
    if len(text) > _MAX_DATE_WORDS_LENGTH:
        return None
    text = re.sub(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", "", text.strip(), flags=re.IGNORECASE)
    match = _FULL_DATE.fullmatch(text)
    return _full_date(match) if match else None
