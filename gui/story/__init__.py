"""The story layer: pure Python, no Qt (tests/app/test_layers.py imports it with PySide6 blocked).

Records (Story, Quote, Event, Speaker, and the enums EventKind and DatePrecision), reading
articles in every format Reckoning opens, the quote extractor, the date finder, countdown
arithmetic, and the copy and export formats. The main types are importable from here:
`from gui.story import Story`.
"""

from .event_kinds import DatePrecision, EventKind
from .loader import DEK, Event, ImageCaption, Quote, Story, StoryError, load_bundled_story, load_story, reading_position
from .speaker import Speaker

__all__ = [
    "DEK",
    "DatePrecision",
    "Event",
    "EventKind",
    "ImageCaption",
    "Quote",
    "Speaker",
    "Story",
    "StoryError",
    "load_bundled_story",
    "load_story",
    "reading_position",
]
