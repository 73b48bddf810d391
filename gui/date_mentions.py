"""Dates an article mentions, as the events a countdown can count to.

Full dates ("July 12, 2023", "12 July 2023", "2023-07-12") and month + year ("July 2023")
are events wherever they stand. A bare year ("in 2024") and the relative "today" and
"this year" are events only in a sentence about a release, premiere or opening: a year
or "today" in passing ("six times today") is no date anyone counts to. Relative words
are read against the article's own date.

No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

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
_FULL_DATE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b")
_YEAR = re.compile(r"\b(?:in|by|until|for|from|during|of)\s+(?P<year>(?:19|20)\d{2})\b")
_RELATIVE = re.compile(r"\b(?P<word>today|this year|next year)\b", re.IGNORECASE)
_RELEASE_CONTEXT = re.compile(
    r"\b(?:release[sd]?|releasing|hit(?:s|ting)?\s+theat(?:er|re)s|in\s+theat(?:er|re)s|premiere[sd]?|opens?|opening|"
    r"debut(?:s|ed)?|launch(?:es|ed)?|arrives?|sequel|due|scheduled|c(?:o|a)mes?\s+out|out\s+on|set\s+to)\b",
    re.IGNORECASE,
)
_PREMIERE = re.compile(r"\bpremiere", re.IGNORECASE)
_CONTEXT_WORDS = 6
_CLAUSE_BOUNDARY = re.compile(r";|,\s+(?=(?:and|with|but|while|which|as)\b)")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


@dataclass(frozen=True)
class DateMention:
    """A date in the text: `said` is its words ("July 2023"), `day` the day it starts on.

    `precision` is "day", "month" or "year"; `clause` the words around it, for a title.
    """

    said: str
    day: date
    precision: str
    kind: str
    clause: str


def date_mentions(paragraphs: list[str], published: date | None) -> list[DateMention]:
    """Every date mention in `paragraphs`, in article order, each once."""
    found: list[DateMention] = []
    for paragraph in paragraphs:
        for sentence in _SENTENCE.findall(paragraph):
            found.extend(_in_sentence(sentence, published))
    unique: dict[tuple[str, date], DateMention] = {}
    for mention in found:
        unique.setdefault((mention.said, mention.day), mention)
    return list(unique.values())


def _in_sentence(sentence: str, published: date | None) -> list[DateMention]:
    mentions: list[tuple[int, DateMention]] = []
    taken: list[range] = []

    def add(match: re.Match[str], said: str, day: date | None, precision: str, needs_context: bool = False) -> None:
        if day is None or any(match.start() in r for r in taken):
            return
        near = _nearby(sentence, match.start(), match.end())
        in_context = bool(_RELEASE_CONTEXT.search(near))
        if needs_context and not in_context:
            return
        kind = "premiere" if _PREMIERE.search(near) else "release" if in_context else "date"
        taken.append(range(match.start(), match.end()))
        mentions.append((match.start(), DateMention(said, day, precision, kind, _clause(sentence, match.start(), match.end()))))

    for match in _FULL_DATE.finditer(sentence):
        add(match, match.group().strip(), _full_date(match), "day")
    for match in _MONTH_YEAR.finditer(sentence):
        add(match, match.group(), _safe_date(int(match.group("year")), _MONTHS[match.group("month").lower()], 1), "month")
    for match in _YEAR.finditer(sentence):
        year = int(match.group("year"))
        add(match, str(year), date(year, 1, 1), "year", needs_context=True)
    if published is not None:
        for match in _RELATIVE.finditer(sentence):
            said = match.group("word").lower()
            if said == "today":
                add(match, said, published, "day", needs_context=True)
            else:
                year = published.year + (1 if said == "next year" else 0)
                add(match, said, date(year, 1, 1), "year", needs_context=True)
    return [mention for _, mention in sorted(mentions, key=lambda item: item[0])]


def _nearby(sentence: str, start: int, end: int) -> str:
    """The few words either side of a mention: a release word further off is about something else."""
    before = sentence[:start].split()[-_CONTEXT_WORDS:]
    after = sentence[end:].split()[:_CONTEXT_WORDS]
    return " ".join((*before, sentence[start:end], *after))


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
        return None  # "February 30, 2024" is a typo, not a day


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of the sentence holding the date, as a short title."""
    begin = max((m.end() for m in _CLAUSE_BOUNDARY.finditer(sentence) if m.end() <= start), default=0)
    # The title ends at the next comma: what follows the date is seldom about it.
    stop = min((i for i in (sentence.find(",", end), sentence.find(";", end)) if i != -1), default=len(sentence))
    clause = sentence[begin:stop].strip(" .!?;:,")
    clause = re.sub(r"^(?:and|with|but|while)\s+", "", clause, flags=re.IGNORECASE)
    return clause[:1].upper() + clause[1:]


def parse_date_words(text: str) -> date | None:
    """The day that `text` is and nothing more ("Monday, December 19, 2022"), else None."""
    text = re.sub(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+", "", text.strip(), flags=re.IGNORECASE)
    match = _FULL_DATE.fullmatch(text)
    return _full_date(match) if match else None
