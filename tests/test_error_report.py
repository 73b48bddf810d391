"""An exception in a slot: logged, shown in a dialog with its details, and the app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from gui.error_report import TITLE, ErrorReporter
from gui.main_window import MainWindow


@pytest.fixture
def reporter() -> Iterator[ErrorReporter]:
    hook = ErrorReporter()
    previous = sys.excepthook
    hook.install()
    yield hook
    sys.excepthook = previous
    if hook.dialog is not None:
        hook.dialog.close()


def _faulty_button(window: MainWindow) -> QPushButton:
    def fail() -> None:
        raise ValueError("the quote vanished")

    button = QPushButton("Break", window)
    button.clicked.connect(fail)
    button.show()
    return button


# pytest-qt would otherwise take the exception from PySide6 and fail the test with it.
@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_logged_and_survived(qtbot, window: MainWindow, reporter: ErrorReporter, caplog) -> None:
    button = _faulty_button(window)
    shown = window.model.story
    with caplog.at_level(logging.ERROR, logger="gui.error_report"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())

    dialog = reporter.dialog
    assert dialog is not None
    assert dialog.windowTitle() == TITLE
    assert dialog.text() == (
        "Something went wrong: ValueError: the quote vanished\n\n"
        "Reckoning is still running and your story is still open, but what you just did may not have finished."
    )
    assert dialog.textFormat() == Qt.TextFormat.PlainText
    assert dialog.detailedText().startswith("Traceback (most recent call last):")
    assert dialog.detailedText().endswith("ValueError: the quote vanished\n")
    assert caplog.messages == ["unexpected error: ValueError: the quote vanished"]
    assert caplog.records[0].exc_info is not None

    # Still running: the same story, and once the message is closed the window answers the keyboard.
    assert window.model.story is shown
    close = dialog.button(QMessageBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_name() == "countdown"


@pytest.mark.qt_no_exception_capture
def test_a_repeating_error_counts_in_one_dialog(qtbot, window: MainWindow, reporter: ErrorReporter) -> None:
    button = _faulty_button(window)
    for _ in range(3):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    assert reporter.dialog.informativeText() == "This has happened 3 times since this message appeared."
    dialogs = [child for child in window.findChildren(type(reporter.dialog)) if child.isVisible()]
    assert dialogs == [reporter.dialog]
