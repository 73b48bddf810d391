"""Small pieces of English the app builds sentences from. No Qt."""

from __future__ import annotations


def count_of(n: int, unit: str) -> str:
    """ "1 day", "2 quotes", "1,231 days": the number with its unit, plural when not one."""
    return f"{n:,} {unit}" + ("" if n == 1 else "s")


def join_words(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def no_quotes_shown(speaker: str, starred: bool, search: str) -> str:
    """Why a filtered list is empty: "No quotes match “zebra”.", "No starred quotes by John DeVore."."""
    sentence = "No " + ("starred " if starred else "") + "quotes"
    if speaker:
        sentence += f" by {speaker}"
    if search:
        sentence += f" match “{search}”"
    return sentence + "."


def quote_for_listening(text: str, speaker: str, starred: bool) -> str:
    """A list row as a screen reader says it: the quote, who said it, starred or not."""
    return f"“{text}” — {speaker}. {'Starred' if starred else 'Not starred'}."
