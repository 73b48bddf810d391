"""An event of the story as an iCalendar file (RFC 5545): one all-day VEVENT. No Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import gui
from gui.story import Event, Story

_MAX_LINE_OCTETS = 75


def event_ics(event: Event, story: Story, stamp: datetime) -> str:
    """The calendar file's text, CRLF line ends and folded lines included.

    A release day is a date, so the event is all-day (VALUE=DATE), ending the next day
    as RFC 5545 counts DTEND: exclusive.
    """
    description = [event.detail] if event.detail else []
    if event.article_said:
        description.append(f"The article said “{event.article_said}”.")
    description.extend(f"Earlier planned for {day.isoformat()}." for day in event.planned)
    origin = [part for part in (story.source, story.published.isoformat() if story.published else "") if part]
    description.append(f"From “{story.headline}”{''.join(', ' + part for part in origin)}.")
    host = urlsplit(story.url).hostname or "reckoning.invalid"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Reckoning//Reckoning {gui.__version__}//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        # Stable across exports, so importing again updates the entry instead of doubling it.
        f"UID:{_text(event.id)}-{event.date:%Y%m%d}@{host}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}",
        f"DTEND;VALUE=DATE:{event.date + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_text(event.title)}",
        f"DESCRIPTION:{_text(chr(10).join(description))}",
        f"URL:{story.url}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)


def _text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


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
