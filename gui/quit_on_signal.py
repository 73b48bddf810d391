"""Ctrl+C in the terminal, or SIGTERM from a session manager, closes the window as Quit does.

Python runs a signal handler only when it next runs Python code, and Qt's event loop may
sleep in C++ for as long as nothing happens: the interrupt then surfaced much later, as a
KeyboardInterrupt traceback on the next click. `signal.set_wakeup_fd` has the interpreter's
C-level handler write a byte to a socket; a QSocketNotifier wakes the event loop on it, and
the Python handler then closes the window, which saves the settings.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer


class QuitOnSignal(QObject):
    """Calls `close` from the event loop when the process gets SIGINT or SIGTERM, while this object
    lives; a signal that comes before the loop runs is acted on as soon as it does."""

    def __init__(self, close: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._reader, writer = _wakeup_channel()
        signal.set_wakeup_fd(writer)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._on_signal)

    def _on_signal(self, number: int, _frame: object) -> None:
        QTimer.singleShot(0, self._close)

    def _drain(self) -> None:
        # The byte only woke the loop; the Python handler has run (or runs next) by now.
        with contextlib.suppress(BlockingIOError):
            os.read(self._reader, 64)


def _wakeup_channel() -> tuple[int, int]:
    """A non-blocking pipe (reading end, writing end); Windows wants a socket for the wakeup fd."""
    if sys.platform == "win32":
        import socket

        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)
        # The sockets must outlive this call: their descriptors are handed on, detached.
        return reader.detach(), writer.detach()
    reader_fd, writer_fd = os.pipe()
    for fd in (reader_fd, writer_fd):
        os.set_blocking(fd, False)
    return reader_fd, writer_fd
