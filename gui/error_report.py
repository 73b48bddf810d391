"""Uncaught exceptions: logged with their traceback and shown in a dialog, never fatal.

PySide6 hands an exception raised in a slot to `sys.excepthook` and carries on with the
event loop, so a hook that reports instead of exiting keeps the app and the user's
story alive. One dialog is shown at a time: an error repeating on every tick updates its
count instead of burying the window under dialogs.

A virtual override (showEvent, paintEvent…) is different: an exception escaping one can
kill the process (PySide6 6.11 crashes in shiboken while reporting an OverflowError from
`showEvent`), so such code runs inside `reported_errors()`, which hands the exception to
the same hook and lets Qt carry on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication

from .story.wording import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

# Marked for lupdate; translated where the dialog is made (tests compare it in English).
TITLE = str(QT_TRANSLATE_NOOP("ErrorReporter", "Reckoning — unexpected error"))
SUMMARY_CHARS = 300


class ErrorReporter:
    """A `sys.excepthook` that logs the error and tells the user in a non-blocking dialog."""

    def __init__(self) -> None:
        self.dialog: QMessageBox | None = None
        self.count = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error: %s", _summary(kind, error), exc_info=(kind, error, trace))
        if QApplication.instance() is None:
            return
        if self.dialog is None or not self.dialog.isVisible():
            self.count = 0
            self.dialog = _error_dialog(QApplication.activeWindow())
        self.count += 1
        details = "".join(traceback.format_exception(kind, error, trace))
        text = QCoreApplication.translate(
            "ErrorReporter",
            "Something went wrong: %1\n\n"
            "Reckoning is still running and your story is still open, but what you just did may not have finished.",
        )
        self.dialog.setText(fill(text, _summary(kind, error)))
        # A plain name for the count: lupdate drops a translate() whose count is an attribute.
        times = self.count
        again = QCoreApplication.translate("ErrorReporter", "This has happened %n times since this message appeared.", "", times)
        self.dialog.setInformativeText("" if self.count == 1 else again)
        self.dialog.setDetailedText(details)
        self.dialog.open()


def report(error: BaseException) -> None:
    """Report an exception caught at the edge of Qt the way PySide6 reports a slot's."""
    sys.excepthook(type(error), error, error.__traceback__)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Run the body; an exception from it is reported (dialog and log), not raised into Qt."""
    try:
        yield
    except Exception as error:
        report(error)


def summary(error: BaseException) -> str:
    """ "OverflowError: date value out of range": the one line a message shows of an error."""
    return _summary(type(error), error)


def _summary(kind: type[BaseException], error: BaseException) -> str:
    # One line of bounded length: a message may quote a whole file; the details keep it all.
    message = " ".join(str(error).split())
    if len(message) > SUMMARY_CHARS:
        message = message[:SUMMARY_CHARS] + "…"
    return f"{kind.__name__}: {message}" if message else kind.__name__


def _error_dialog(parent: QWidget | None) -> QMessageBox:
    # Imported with the first error: the hook is installed before the first frame, which needs
    # neither QMessageBox nor QtCore.Qt (whose first use builds every enum of the namespace).
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    dialog = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("ErrorReporter", TITLE), "", QMessageBox.StandardButton.Close, parent
    )
    # The message quotes the exception, which may quote a file: plain text, never markup.
    dialog.setTextFormat(Qt.TextFormat.PlainText)
    return dialog
