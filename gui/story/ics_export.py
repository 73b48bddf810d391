"""An event of the story as an iCalendar file (RFC 5545): one all-day VEVENT. No Qt.

Everything from the story is data, never structure: TEXT values are escaped (§3.3.11) with
every kind of line break written as "\\n" and other control characters dropped, so no value
can end its line and start a property of its own; the URL is kept only if it is a plain
http(s) address.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from urllib.parse import quote, urlsplit

from .. import __version__
from .countdown import latest_plans, within_calendar
from .loader import Event, Story

_MAX_LINE_OCTETS = 75
# Plans named in the description; a story with thousands of them gets a count of the rest.
MAX_PLANS_LISTED = 20
# Control characters RFC 5545 forbids in TEXT (all but tab; line breaks are escaped first).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# Every line break Python's str.splitlines knows: CR, LF, CRLF, VT, FF, NEL, U+2028, U+2029…
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# What may stand in a URI (RFC 3986) besides letters and digits; the rest is percent-encoded.
_URI_SAFE = "-._~:/?#[]@!$&'()*+,;=%"


def event_ics(event: Event, story: Story, stamp: datetime) -> str:
    """The calendar file's text, CRLF line ends and folded lines included.

    A release day is a date, so the event is all-day (VALUE=DATE), ending the next day
    as RFC 5545 counts DTEND: exclusive. 31 December 9999 has no next day in Python's
    calendar, so that one lasts DURATION:P1D, which says the same.
    """
    description = [event.detail] if event.detail else []
    if event.article_said:
        description.append(f"The article said “{event.article_said}”.")
    listed, unlisted = latest_plans(event, MAX_PLANS_LISTED)
    if unlisted:
        description.append(f"Earlier planned for {unlisted:,} other dates.")
    description.extend(f"Earlier planned for {day.isoformat()}." for day in listed)
    origin = [part for part in (story.source, story.published.isoformat() if story.published else "") if part]
    description.append(f"From “{story.headline}”{''.join(', ' + part for part in origin)}.")
    stamp = within_calendar(stamp, UTC)
    url = web_address(story.url)
    host = urlsplit(url).hostname if url else None
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Reckoning//Reckoning {__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        # Stable across exports, so importing again updates the entry instead of doubling it.
        f"UID:{_text(event.id)}-{_date(event.date)}@{host or 'reckoning.invalid'}",
        f"DTSTAMP:{_date(stamp.date())}T{stamp:%H%M%S}Z",
        f"DTSTART;VALUE=DATE:{_date(event.date)}",
        _end(event.date),
        f"SUMMARY:{_text(event.title)}",
        f"DESCRIPTION:{_text(chr(10).join(description))}",
        *([f"URL:{url}"] if url else []),
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def web_address(url: str) -> str | None:
    """`url` as a URI fit for the URL property, or None unless it is http(s) with a host.

    Whitespace or control characters anywhere refuse it (they are how a value would break
    out of its line); other characters outside URI syntax are percent-encoded.
    """
    if not url or any(char.isspace() or _CONTROL.match(char) for char in url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
        _ = parts.port  # raises ValueError for a port that is no number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    return quote(url, safe=_URI_SAFE)


def _end(day: date) -> str:
    if day == date.max:
        return "DURATION:P1D"
    return f"DTEND;VALUE=DATE:{_date(day + timedelta(days=1))}"


def _date(day: date) -> str:
    # isoformat, not strftime: "%Y" writes year 1 as "1", where RFC 5545 needs "0001".
    return day.isoformat().replace("-", "")


def _text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11): every line break becomes "\\n"."""
    escaped = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return "\\n".join(_CONTROL.sub("", line) for line in _LINE_BREAK.split(escaped))


def _fold(line: str) -> str:
    """Fold to lines of at most 75 octets, never inside a UTF-8 character (§3.1)."""
    pieces: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        # Continuation lines start with a space, which counts towards their 75 octets.
        limit = _MAX_LINE_OCTETS if not pieces else _MAX_LINE_OCTETS - 1
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)
