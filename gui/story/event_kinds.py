"""What an event is, and how much of its date the article gives, as story files and the snapshot spell them. No Qt.

String enums, as `CopyFormat` is: a member is the very string a story file's "kind" holds,
so the files, the snapshot and the exports read and write what they always did.
"""

from __future__ import annotations

import enum


class EventKind(enum.StrEnum):
    """What happens on an event's day; the countdown says it in words ("Out today", "Premiered")."""

    SHOOT = "shoot"
    PUBLICATION = "publication"
    PREMIERE = "premiere"
    RELEASE = "release"
    DATE = "date"  # a date the article names without saying what happens on it


class DatePrecision(enum.StrEnum):
    """How much of a date the article gives: the day itself, or only the month or year it falls in."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
