"""The .ics export, checked line by line against RFC 5545 and parsed by icalendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import icalendar

from gui.ics_export import event_ics
from gui.story import Event, Story

STAMP = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
REQUIRED_IN_EVENT = ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY")


def _check_rfc5545_lines(text: str) -> dict[str, str]:
    """Strict structural check; the unfolded content lines of the VEVENT by name."""
    assert text.endswith("\r\n")
    raw_lines = text[:-2].split("\r\n")
    assert all("\n" not in line and "\r" not in line for line in raw_lines)
    assert all(len(line.encode("utf-8")) <= 75 for line in raw_lines)
    unfolded: list[str] = []
    for line in raw_lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    assert unfolded[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert unfolded[-1] == "END:VCALENDAR"
    assert unfolded.count("BEGIN:VEVENT") == unfolded.count("END:VEVENT") == 1
    assert any(line.startswith("PRODID:") for line in unfolded)
    start, end = unfolded.index("BEGIN:VEVENT"), unfolded.index("END:VEVENT")
    properties = {}
    for line in unfolded[start + 1 : end]:
        name_and_params, _, _value = line.partition(":")
        properties[name_and_params.split(";")[0]] = line
    assert all(name in properties for name in REQUIRED_IN_EVENT)
    return properties


def test_release_is_an_all_day_event(seed_story: Story, release: Event) -> None:
    text = event_ics(release, seed_story, STAMP)
    properties = _check_rfc5545_lines(text)
    assert properties["DTSTART"] == "DTSTART;VALUE=DATE:20230712"
    assert properties["DTEND"] == "DTEND;VALUE=DATE:20230713"
    assert properties["DTSTAMP"] == "DTSTAMP:20261124T123000Z"
    assert properties["UID"] == "UID:us-release-20230712@ew.com"
    assert properties["SUMMARY"] == "SUMMARY:Mission: Impossible – Dead Reckoning Part One in US theaters"

    calendar = icalendar.Calendar.from_ical(text)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("DTSTART") == date(2023, 7, 12)
    assert event.decoded("DTEND") == date(2023, 7, 13)
    description = str(event.get("DESCRIPTION"))
    assert "The article said “July 2023”." in description
    assert "Earlier planned for 2023-07-14." in description


def test_text_is_escaped_and_long_lines_fold_between_characters(seed_story: Story, release: Event) -> None:
    tricky = replace(release, title="Ø; a, b\\c\nnext " + "é" * 80, date=date(2024, 2, 29))
    text = event_ics(tricky, seed_story, STAMP)
    _check_rfc5545_lines(text)
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(event.get("SUMMARY")) == "Ø; a, b\\c\nnext " + "é" * 80
    assert event.decoded("DTEND") == date(2024, 3, 1)
