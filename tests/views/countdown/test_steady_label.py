"""A second of the countdown repaints its clock and nothing else (see SteadyLabel)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from gui.main_window import MainWindow
from gui.views.countdown.steady_label import SteadyLabel
from tests.conftest import OSLO
from tests.helpers import FakeClock


class PaintCounter(QObject):
    def __init__(self, *widgets: QWidget) -> None:
        super().__init__()
        self.painted: dict[QWidget, int] = {widget: 0 for widget in widgets}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.painted[watched] += 1
        return False


def _settle() -> None:
    # A new text's layout request, the repaint it asks for and the repaint a tab widget
    # makes of a layout request are all posted events: none is left after a few passes.
    for _ in range(5):
        QApplication.processEvents()


def test_a_tick_repaints_the_clock_alone(qtbot, window: MainWindow, clock: FakeClock) -> None:
    clock.set(datetime(2023, 7, 1, 12, 0, tzinfo=OSLO))
    window.show()
    window.show_tab("countdown")
    qtbot.waitExposed(window)
    view = window.countdown_view
    _settle()
    # The tab widget and the page under the clock paint its rectangle with it, not more.
    counter = PaintCounter(view.clock_label, view.timeline, view.title_label, view.event_box, window.tabs.tabBar())
    for _ in range(3):
        clock.advance(timedelta(seconds=1))
        view.ticker.fire()
        _settle()
    assert view.clock_label.text() == "10 days 11 h 59 min 57 s"
    assert list(counter.painted.values()) == [3, 0, 0, 0, 0]


def test_a_text_that_needs_more_room_gets_it(qtbot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    label = QLabel("1 s", wordWrap=True)
    steady = SteadyLabel(label)
    layout.addWidget(steady)
    layout.addStretch(1)
    tabs = QTabWidget()
    tabs.addTab(page, "Countdown")
    qtbot.addWidget(tabs)
    tabs.resize(200, 200)
    tabs.show()
    qtbot.waitExposed(tabs)
    one_line = steady.height()
    steady.set_text("2,913,346 days 23 h 59 min 59 s and some words besides, to wrap")
    qtbot.waitUntil(lambda: steady.height() > one_line)
    assert label.geometry() == steady.rect()
    assert steady.text() == label.text()
