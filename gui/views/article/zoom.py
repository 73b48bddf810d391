"""Zoom levels of the article, as a browser offers them: fixed steps between 50 % and 400 %."""

from __future__ import annotations

from ...settings import keys
from ...settings.values import as_int

ZOOM_STEPS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 400)
DEFAULT_ZOOM = 100
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]


def zoom_in(percent: int) -> int:
    return next((step for step in ZOOM_STEPS if step > percent), MAX_ZOOM)


def zoom_out(percent: int) -> int:
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), MIN_ZOOM)


def zoom_from_setting(value: object, key: str = keys.ARTICLE_ZOOM) -> int:
    """A stored zoom, bounded; anything unreadable is the default (with a warning)."""
    return as_int(value, key, DEFAULT_ZOOM, MIN_ZOOM, MAX_ZOOM)
