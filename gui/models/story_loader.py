"""Opening a story off the UI thread, so the window keeps painting while a file is read.

Reading, decoding and extracting a 2 MB article takes about a second of pure Python, and
a thread would not be enough: it shares the interpreter lock with the UI, and one long
regular-expression pass holds that lock for a visible moment. So the file is read in a
process of its own (`gui.story.reader_process`); a waiting thread receives the Story
through a pipe and hands it to the UI thread as a queued signal. Cancel ends the process.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from ..story import Story
from ..story.loader import StoryError, printable
from ..story.reader_process import send_story
from ..story.wording import fill

if TYPE_CHECKING:
    # multiprocessing is imported with the first file opened: start-up has no use for it.
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkServerContext, SpawnContext
    from multiprocessing.process import BaseProcess

__all__ = ["StoryLoader", "printable"]

log = logging.getLogger(__name__)

# The story layer by its package's real name, which is not `gui` once installed.
STORY_PACKAGE = f"{__name__.rsplit('.', 2)[0]}.story"

_context: ForkServerContext | SpawnContext | None = None
# The reader process's entry point: reads the file at the path, sends the outcome down the pipe.
Reader = Callable[[str, "Connection"], None]


def _reader_context() -> ForkServerContext | SpawnContext:
    """Where Unix has it, a fork server that has the story layer imported: each file then costs
    a fork, not a new interpreter. Elsewhere, a fresh interpreter for each file."""
    global _context
    if _context is None:
        import multiprocessing

        if "forkserver" in multiprocessing.get_all_start_methods():
            server = multiprocessing.get_context("forkserver")
            # The extractor too: each reader is forked with its rules already compiled.
            server.set_forkserver_preload([f"{STORY_PACKAGE}.reader_process", f"{STORY_PACKAGE}.quote_extractor"])
            _context = server
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


class StoryLoader(QObject):
    """Loads one story at a time in a reader process.

    Signals: `started(path)` when a load begins; `loaded(story, path)` with the new story;
    `failed(path, message)` with one sentence for a person; `finished()` after either, or
    after `cancel()`. A later `load()` supersedes an earlier one still running.
    """

    started = Signal(str)
    loaded = Signal(object, str)
    failed = Signal(str, str)
    finished = Signal()
    # Emitted from the waiting thread; Qt queues it to this object's thread.
    _done = Signal(int, object, str)

    def __init__(self, parent: QObject | None = None, reader: Reader | None = None) -> None:
        super().__init__(parent)
        # None: `send_story`, looked up at each load.
        self.reader = reader
        self._job = 0
        # Both are read by the waiting thread and changed by the UI thread: under the lock.
        self._lock = threading.Lock()
        self._running: int | None = None
        self._process: BaseProcess | None = None
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._running is not None

    def load(self, path: str | Path) -> None:
        self._job += 1
        job, name = self._job, str(path)
        with self._lock:
            self._stop_process()
            self._running = job
        self.started.emit(name)
        reader = self.reader or send_story
        # Starting the process happens off the UI thread too: the first start launches the
        # fork server, which imports the story layer before it answers.
        QThreadPool.globalInstance().start(lambda: self._work(job, name, reader))

    def cancel(self) -> None:
        if self._running is None:
            return
        log.info("opening cancelled")
        with self._lock:
            self._running = None
            self._stop_process()
        self.finished.emit()

    def _stop_process(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.kill()
        self._process = None

    def _work(self, job: int, path: str, reader: Reader) -> None:
        outcome = self._read_in_process(job, path, reader)
        try:
            self._done.emit(job, outcome, path)
        except RuntimeError:
            # The window closed while the file was read: nobody is waiting for it.
            log.info("story loaded after its window closed: %r", path)

    def _read_in_process(self, job: int, path: str, reader: Reader) -> Story | str:
        receiving, sending = _reader_context().Pipe(duplex=False)
        process = _reader_context().Process(target=reader, args=(path, sending), daemon=True, name="reckoning-reader")
        try:
            process.start()
        except Exception as error:
            # Whatever stops the process from starting, the file is not opened and the app goes on.
            log.exception("cannot start the reader process")
            reason = error.strerror if isinstance(error, OSError) and error.strerror else type(error).__name__
            return fill(QCoreApplication.translate("StoryLoader", "%1 could not be opened: %2."), printable(Path(path).name), reason)
        finally:
            sending.close()  # only the child writes; the pipe reports EOF when the child is gone
        with self._lock:
            if job == self._running:
                self._process = process
            else:  # cancelled or superseded while the process started
                process.kill()
        try:
            answer = receiving.recv()
            # A refusal comes as StoryError's parts, worded here in the UI's language.
            return answer if isinstance(answer, Story | str) else StoryError.from_parts(answer).in_ui_language()
        except (EOFError, OSError):
            stopped = QCoreApplication.translate("StoryLoader", "%1 could not be read: the reader stopped before it finished.")
            return fill(stopped, printable(Path(path).name))
        except Exception:
            log.exception("the reader's answer could not be read")
            damaged = QCoreApplication.translate("StoryLoader", "%1 could not be read: the reader's answer was damaged.")
            return fill(damaged, printable(Path(path).name))
        finally:
            receiving.close()
            process.join(5)

    def _deliver(self, job: int, outcome: Story | str, path: str) -> None:
        if job != self._running:
            return
        with self._lock:
            self._running = None
            self._process = None
        if isinstance(outcome, Story):
            self.loaded.emit(outcome, path)
        else:
            self.failed.emit(path, outcome)
        self.finished.emit()
