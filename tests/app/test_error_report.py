"""An exception in a slot: logged, shown in a dialog with its details, and the app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from gui.error_report import TITLE, ErrorReporter
from gui.main_window import MainWindow
from gui.models.second_ticker import SecondTicker
from gui.story import countdown
from gui.views.deferred_page import DeferredPage


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


def _fail_to_count(*_: object) -> countdown.Standing:
    # What the countdown raised for 0001-01-01T00:00+14:00 before it knew the calendar's edges.
    raise OverflowError("date value out of range")


@pytest.mark.qt_no_exception_capture
def test_a_tab_that_fails_to_build_says_so_and_the_app_goes_on(
    qtbot, window: MainWindow, reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(countdown, "standing", _fail_to_count)
    shown = window.model.story
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())

    assert reporter.dialog is not None
    assert reporter.dialog.text().startswith("Something went wrong: OverflowError: date value out of range\n\n")
    assert reporter.count == 1
    page = window.tabs.currentWidget()
    assert isinstance(page, DeferredPage)
    assert page.failed
    notice = page.findChild(QLabel, "tabFailure")
    assert notice is not None
    assert notice.isVisible()
    assert notice.text() == (
        "The Countdown tab could not be shown: OverflowError: date value out of range.\n\n"
        "The other tabs still work, and your story is still open."
    )
    assert not window.export_event_action.isEnabled()  # its click would reach the tab that is not there

    reporter.dialog.close()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_name() == "article"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab_name() == "countdown"
    assert reporter.count == 1  # reported once, not again on every visit
    assert window.model.story is shown


@pytest.mark.qt_no_exception_capture
def test_a_tick_that_raises_is_reported_and_the_count_goes_on(
    qtbot, window: MainWindow, reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show_tab("countdown")
    view = window.countdown_view
    monkeypatch.setattr(countdown, "standing", _fail_to_count)
    view.ticker.fire()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert view.ticker.is_running()
    monkeypatch.undo()
    with qtbot.waitSignal(view.ticker.ticked, timeout=1500):
        pass
    assert view.headline_label.text() == "Released 3 years, 4 months and 12 days ago"


@pytest.mark.qt_no_exception_capture
def test_a_clock_that_raises_is_reported_and_asked_again(qtbot, reporter: ErrorReporter) -> None:
    class BrokenClock:
        calls = 0

        def now(self) -> datetime:
            self.calls += 1
            if self.calls == 2:  # re-arming after the first tick
                raise OverflowError("date value out of range")
            return datetime.now(UTC)

    clock = BrokenClock()
    ticker = SecondTicker(clock)
    ticker.start()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=2500)
    with qtbot.waitSignal(ticker.ticked, timeout=2500):
        pass
    ticker.stop()
    assert clock.calls >= 3


@pytest.mark.qt_no_exception_capture
def test_a_huge_message_is_summed_up_in_one_short_line(qtbot, window: MainWindow, reporter: ErrorReporter, caplog) -> None:
    def fail() -> None:
        raise ValueError("line one\nline two " + "x" * 100_000)

    button = QPushButton("Break", window)
    button.clicked.connect(fail)
    button.show()
    with caplog.at_level(logging.ERROR, logger="gui.error_report"):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    first_line = reporter.dialog.text().split("\n")[0]
    assert first_line.startswith("Something went wrong: ValueError: line one line two xxx")
    assert first_line.endswith("…")
    assert len(first_line) < 400
    assert caplog.messages == ["unexpected error: " + first_line.removeprefix("Something went wrong: ")]
    assert reporter.dialog.detailedText().endswith("x" * 1000 + "\n")
