"""What runs in the reader process: one file read into a Story, sent back through a pipe.

No Qt here: the process imports only the story layer. Whatever goes wrong is sent back
as one sentence for a person, never as an exception the parent would have to unpickle:
the sentence's parts (see StoryError.parts), so the window can say it in its own language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .loader import Story, StoryError, load_story, printable
from .wording import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)


Refusal = tuple[str, tuple[str, ...], bool]


def read_story(path: str, load: Callable[[str], Story] = load_story) -> Story | Refusal:
    """The story at `path`, or why it cannot be opened."""
    try:
        return load(path)
    except StoryError as error:
        return error.parts()
    except Exception as error:
        # Whatever a file can make the loader raise is still a file that cannot be
        # opened: the user hears that, the log keeps the details.
        log.exception("unexpected error while opening %r", path)
        unread = QT_TRANSLATE_NOOP("StoryError", "%1 could not be read as an article (%2).")
        return StoryError(unread, printable(Path(path).name), type(error).__name__).parts()


def send_story(path: str, pipe: Connection) -> None:
    """The reader process's entry point."""
    try:
        pipe.send(read_story(path))
    finally:
        pipe.close()
