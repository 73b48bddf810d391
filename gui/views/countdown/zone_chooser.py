"""A time-zone chooser: zones by city, country and name, searched as you type."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimeZone
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...error_report import reported_errors
from ...story.wording import fill

# The areas of the zone database that are places; the rest (US/, Etc/, Canada/, GMT+3, EST5EDT)
# are old aliases and offsets, hidden unless zone.tab cannot be read to say which are current.
_PLACE_AREAS = frozenset({"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"})
# zone.tab lines are short; a file far larger is no zone table.
_MAX_ZONE_TABLE = 1 << 20


class ZoneChooser(QComboBox):
    """ "System time zone" first, then each current zone of the database, as "Oslo, Norway —
    Central European Standard Time"; the empty string stands for the system's zone.

    Typing searches the list (any part of the city, country or zone name). Listing the
    zones reads the disk (about 0.2 s here), so it waits until the chooser is first focused
    or opened instead of delaying start-up.
    """

    def __init__(self, system_zone_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneChooser")
        self.setAccessibleName(self.tr("Time zone to count in"))
        self.setAccessibleDescription(self.tr("The time zone whose midnight the countdown counts to. Type a city or zone name to search."))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.setPlaceholderText(self.tr("Type a city or zone"))
        line_edit.setAccessibleName(self.tr("Search time zones"))
        line_edit.setAccessibleDescription(self.tr("Type part of a city, country or zone name; Enter chooses the first zone found."))
        self.search = QCompleter(self.model(), self)
        self.search.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(self.search)
        line_edit.returnPressed.connect(self._take_first_match)
        self.addItem(fill(self.tr("System time zone: %1"), zone_label(system_zone_name)), "")
        self._listed = False
        # A long name shows its start (the city), not its end.
        self.currentIndexChanged.connect(lambda _index: line_edit.setCursorPosition(0))
        line_edit.setCursorPosition(0)

    def zone_name(self) -> str:
        return str(self.currentData() or "")

    def set_zone_name(self, name: str) -> None:
        if name and self.findData(name) < 0:
            self.addItem(zone_label(name), name)
        self.setCurrentIndex(max(0, self.findData(name)))

    def showPopup(self) -> None:
        self._list_once()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Typing searches the list, so it must be there before the first key.
        self._list_once()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Half-typed search text is no choice: show the zone counted in again.
        with reported_errors():
            if self.currentText() != self.itemText(self.currentIndex()):
                self.setEditText(self.itemText(self.currentIndex()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._list_once()
        super().keyPressEvent(event)

    def _take_first_match(self) -> None:
        """Enter after a search chooses the first zone found, as a search box does."""
        with reported_errors():
            if self.findText(self.currentText()) < 0 and self.search.completionCount() > 0:
                self.search.setCurrentRow(0)
                self.setCurrentIndex(self.findText(self.search.currentCompletion()))

    def _list_once(self) -> None:
        if not self._listed:
            self._listed = True
            # Nothing may escape a Qt event handler (see error_report): a zone database that
            # cannot be listed leaves the choice as it is.
            with reported_errors():
                self._list_zones()

    def _list_zones(self) -> None:
        names = current_zone_names()  # first: if it fails, nothing has changed
        labelled = sorted(((zone_label(name), name) for name in names), key=lambda pair: pair[0].casefold())
        chosen = self.zone_name()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for label, name in labelled:
            self.addItem(label, name)
        if chosen and self.findData(chosen) < 0:
            self.addItem(zone_label(chosen), chosen)  # an old alias chosen before stays
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)


def current_zone_names() -> set[str]:
    """The zones a person would pick: those zone.tab lists for a country, and UTC.

    Only names Python can load are offered; without a readable zone.tab, the zones of the
    place areas (see `_PLACE_AREAS`).
    """
    available = zoneinfo.available_timezones()
    listed = _zone_table_names()
    if listed is None:
        listed = {name for name in available if name.split("/", 1)[0] in _PLACE_AREAS}
    return (listed & available) | ({"UTC"} & available)


def _zone_table_names() -> set[str] | None:
    for folder in zoneinfo.TZPATH:
        table = Path(folder) / "zone.tab"
        try:
            if table.stat().st_size > _MAX_ZONE_TABLE:
                continue
            text = table.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        names = {fields[2] for line in text.splitlines() if not line.startswith("#") and len(fields := line.split("\t")) >= 3}
        if names:
            return names
    return None


def zone_label(name: str) -> str:
    """ "Oslo, Norway — Central European Standard Time" for "Europe/Oslo"; the name as it
    is when Qt does not know the zone."""
    zone = QTimeZone(name.encode("ascii", errors="replace"))
    city = name.rsplit("/", 1)[-1].replace("_", " ")
    if not zone.isValid():
        return name
    long_name = zone.displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, QLocale())
    territory = zone.territory()
    place = city
    if territory not in (QLocale.Country.AnyTerritory, QLocale.Country.World):
        place = f"{city}, {QLocale.territoryToString(territory)}"
    return f"{place} — {long_name}" if long_name and long_name != city else place
