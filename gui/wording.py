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
