"""The .ics export, checked line by line against RFC 5545 and parsed by icalendar."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from gui.story import Event, Story
from gui.story.ics_export import MAX_PLANS_LISTED, event_ics

STAMP = datetime(2026, 11, 24, 12, 30, tzinfo=UTC)
REQUIRED_IN_EVENT = ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY")


def _check_rfc5545_lines(text: str, required: tuple[str, ...] = REQUIRED_IN_EVENT) -> dict[str, str]:
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
    assert all(name in properties for name in required)
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


def _unfolded(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")[:-1]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/a\r\nATTACH:file:///etc/passwd\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nEND:VALARM",
        "https://example.org/a\nATTACH:file:///etc/passwd",
        "https://example.org/a\rATTACH:file:///etc/passwd",
        "https://example.org/a\u2028ATTACH:file:///etc/passwd",
    ],
    ids=["CRLF", "LF", "lone CR", "U+2028"],
)
def test_a_url_with_a_line_break_cannot_add_properties(seed_story: Story, release: Event, url: str) -> None:
    text = event_ics(release, replace(seed_story, url=url), STAMP)
    properties = _check_rfc5545_lines(text)
    lines = _unfolded(text)
    assert not any(line.startswith(("ATTACH", "BEGIN:VALARM", "ACTION")) for line in lines)
    assert "URL" not in properties  # an address with a line break in it is no address
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert not event.walk("VALARM")


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://ew.com/movies/watch", "https://ew.com/movies/watch"),
        ("http://example.org/caf\u00e9?q=1", "http://example.org/caf%C3%A9?q=1"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("https:///no-host", None),
        ("http://[::1", None),
        ("http://example.org:port/", None),
        ("", None),
    ],
)
def test_only_http_addresses_are_kept(seed_story: Story, release: Event, url: str, kept: str | None) -> None:
    properties = _check_rfc5545_lines(event_ics(release, replace(seed_story, url=url), STAMP))
    assert properties.get("URL") == (f"URL:{kept}" if kept else None)


def test_every_line_break_and_control_character_in_text_is_escaped(seed_story: Story, release: Event) -> None:
    title = "one\rtwo\r\nthree\nfour\u2028five\u2029six\x0bseven\x00\x1b[31m\x7feight\ttab"
    text = event_ics(replace(release, title=title), seed_story, STAMP)
    properties = _check_rfc5545_lines(text)
    assert properties["SUMMARY"] == "SUMMARY:one\\ntwo\\nthree\\nfour\\nfive\\nsix\\nseven[31meight\ttab"
    assert not re.search(r"[\x00-\x08\x0a-\x1f\x7f]", text.replace("\r\n", ""))


def test_the_last_day_of_9999_lasts_one_day(seed_story: Story, release: Event) -> None:
    last = replace(release, date=date(9999, 12, 31))
    text = event_ics(last, seed_story, datetime(9999, 12, 31, 20, 0, tzinfo=ZoneInfo("America/New_York")))
    properties = _check_rfc5545_lines(text, required=("UID", "DTSTAMP", "DTSTART", "DURATION", "SUMMARY"))
    assert (properties["DTSTART"], properties["DURATION"]) == ("DTSTART;VALUE=DATE:99991231", "DURATION:P1D")
    assert "DTEND" not in properties
    # 20:00 in New York is past the calendar's end in UTC: the stamp is its last second.
    assert properties["DTSTAMP"] == "DTSTAMP:99991231T235959Z"
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert event.decoded("DTSTART") == date(9999, 12, 31)


def test_year_1_is_written_with_four_digits(seed_story: Story, release: Event) -> None:
    text = event_ics(replace(release, date=date(1, 1, 1)), seed_story, datetime(1, 1, 1, 5, tzinfo=UTC))
    properties = _check_rfc5545_lines(text)
    assert (properties["DTSTART"], properties["DTEND"]) == ("DTSTART;VALUE=DATE:00010101", "DTEND;VALUE=DATE:00010102")
    assert properties["DTSTAMP"] == "DTSTAMP:00010101T050000Z"
    assert properties["UID"] == "UID:us-release-00010101@ew.com"


def test_a_hundred_thousand_plans_are_counted_not_listed(seed_story: Story, release: Event) -> None:
    plans = tuple(date(1800, 1, 1) + timedelta(days=n) for n in range(100_000))
    text = event_ics(replace(release, planned=plans), seed_story, STAMP)
    (event,) = icalendar.Calendar.from_ical(text).walk("VEVENT")
    description = str(event.get("DESCRIPTION"))
    assert f"Earlier planned for {100_000 - MAX_PLANS_LISTED:,} other dates." in description
    assert description.count("Earlier planned for ") == MAX_PLANS_LISTED + 1
    assert f"Earlier planned for {plans[-1].isoformat()}." in description
