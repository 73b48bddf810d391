"""A time-zone chooser that reads the zone database only when first opened."""

from __future__ import annotations

import zoneinfo

from PySide6.QtWidgets import QComboBox, QWidget

from gui.error_report import reported_errors


class ZoneChooser(QComboBox):
    """ "System" first, then every IANA zone; the empty string stands for the system's.

    Listing the zones scans the disk (about 90 ms here), so it waits for the first
    popup instead of delaying start-up.
    """

    def __init__(self, system_zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneChooser")
        self.setAccessibleName("Time zone to count in")
        self.setAccessibleDescription("The time zone whose midnight the countdown counts to.")
        self.addItem(f"System time zone ({system_zone_name})", "")
        self._listed = False

    def zone_name(self) -> str:
        return str(self.currentData() or "")

    def set_zone_name(self, name: str) -> None:
        if name and self.findData(name) < 0:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(name)))

    def showPopup(self) -> None:
        if not self._listed:
            self._listed = True
            # Nothing may escape a Qt event handler (see error_report): a zone database that
            # cannot be listed leaves the choice as it is.
            with reported_errors():
                self._list_zones()
        super().showPopup()

    def _list_zones(self) -> None:
        names = sorted(zoneinfo.available_timezones())  # first: if it fails, nothing has changed
        chosen = self.zone_name()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for name in names:
            self.addItem(name, name)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)
