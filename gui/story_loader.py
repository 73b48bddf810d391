"""Opening a story off the UI thread, so the window keeps painting while a file is read.

Reading, decoding and extracting a 2 MB article takes about a second of pure Python. Done
on the UI thread it froze the window for that long, and a hostile file for minutes. A
worker of Qt's global thread pool runs `load_story`; its outcome comes back to the UI
thread as a queued signal. Python cannot stop a thread from outside, so Cancel does not
interrupt the worker: it forgets the job, and the result, when it comes, is dropped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, Signal

from gui.story import Story, StoryError, load_story

log = logging.getLogger(__name__)


def printable(text: str) -> str:
    """`text` on one line: a file name may hold line breaks and other control characters."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class StoryLoader(QObject):
    """Loads one story at a time in the background.

    Signals: `started(path)` when a load begins; `loaded(story, path)` with the new story;
    `failed(path, message)` with one sentence for a person; `finished()` after either, or
    after `cancel()`. A later `load()` supersedes an earlier one still running.
    """

    started = Signal(str)
    loaded = Signal(object, str)
    failed = Signal(str, str)
    finished = Signal()
    # Emitted from the worker thread; Qt queues it to this object's thread.
    _done = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = 0
        self._running: int | None = None
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._running is not None

    def load(self, path: str | Path) -> None:
        self._job += 1
        job, name = self._job, str(path)
        self._running = job
        self.started.emit(name)
        QThreadPool.globalInstance().start(lambda: self._work(job, name))

    def cancel(self) -> None:
        if self._running is None:
            return
        log.info("opening cancelled")
        self._running = None
        self.finished.emit()

    def _work(self, job: int, path: str) -> None:
        outcome: Story | str
        try:
            outcome = load_story(path)
        except StoryError as error:
            outcome = str(error)
        except Exception as error:
            # Whatever a file can make the loader raise is still a file that cannot be
            # opened: the user hears that, the log keeps the details.
            log.exception("unexpected error while opening %r", path)
            outcome = f"{printable(Path(path).name)} could not be read as an article ({type(error).__name__})."
        try:
            self._done.emit(job, outcome, path)
        except RuntimeError:
            # The window closed while the file was read: nobody is waiting for it.
            log.info("story loaded after its window closed: %r", path)

    def _deliver(self, job: int, outcome: Story | str, path: str) -> None:
        if job != self._running:
            return
        self._running = None
        if isinstance(outcome, Story):
            self.loaded.emit(outcome, path)
        else:
            self.failed.emit(path, outcome)
        self.finished.emit()
