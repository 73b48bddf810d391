"""A timer that fires just after each whole second of a clock, without drift."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from .clock import Clock

# Land a hair after the boundary, never before it: a tick that arrives early would show
# the second that is ending.
_AFTER_BOUNDARY_MS = 2


class SecondTicker(QObject):
    """Emits `ticked` once per second of `clock`, aligned to its second boundaries.

    A single-shot timer is re-armed from the clock after every tick, so lateness never
    accumulates the way a repeating 1000 ms timer's does.

    Signals:
        ticked(): a new second has begun.
    """

    ticked = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.fire)
        self._running = False

    def start(self) -> None:
        self._running = True
        self._arm()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def is_running(self) -> bool:
        return self._running

    def fire(self) -> None:
        """Tick now and arm the next tick; tests call it to step a fake clock's second."""
        # A slot that raises is reported by PySide6 through sys.excepthook (see error_report),
        # and emit() returns: the next tick is armed either way.
        self.ticked.emit()
        if self._running:
            self._arm()

    def _arm(self) -> None:
        try:
            until_next_second_ms = 1000 - self._clock.now().microsecond // 1000
        except Exception:
            # A clock that cannot tell the time is reported, and asked again in a second.
            self._timer.start(1000)
            raise
        self._timer.start(until_next_second_ms + _AFTER_BOUNDARY_MS)
