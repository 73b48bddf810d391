"""A time-zone chooser: zones by city, country and name, searched as you type."""

from __future__ import annotations

import re
import unicodedata
import zoneinfo
from functools import cache
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimeZone, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...error_report import reported_errors
from ...story.wording import fill

# The areas of the zone database that are places; the rest (US/, Etc/, Canada/, GMT+3, EST5EDT)
# are old aliases and offsets, hidden unless zone.tab cannot be read to say which are current.
_PLACE_AREAS = frozenset({"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"})
# zone.tab lines are short; a file far larger is no zone table.
_MAX_ZONE_TABLE = 1 << 20
# Where each zone's search text is kept in the chooser's model.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
# What the completer compares the typed text with: the typed text itself, for each zone the
# search let through (so it shows them all, and keeps the text while one is highlighted).
_TYPED_ROLE = Qt.ItemDataRole.UserRole + 2
# Etc/GMT+12 and the like: POSIX offsets, whose sign is the opposite of what they say.
_POSIX_OFFSET = re.compile(r"(?:Etc/)?GMT[+-]\d+")


def folded(text: str) -> str:
    """`text` as search compares it: without case or accents, so "Zürich" finds "Zurich"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class ZoneSearch(QSortFilterProxyModel):
    """The zones whose search text (place, country in English and in its own language, IANA
    name and old names) holds what was typed, accents and case aside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._typed = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._typed = text
        self._query = folded(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        key = model.index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return bool(self._query) and isinstance(key, str) and self._query in key

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == _TYPED_ROLE:
            return self._typed
        return super().data(index, role)


class ZoneChooser(QComboBox):
    """ "System time zone" first, then each current zone of the database, as "Oslo, Norway —
    Central European Standard Time"; the empty string stands for the system's zone.

    Typing searches the list (any part of the city, the country in the UI's language, in
    English or in its own, the zone's name or its IANA name, accents aside). Listing the
    zones reads the disk (about 0.2 s here), so it waits until the chooser is first focused
    or opened instead of delaying start-up.

    Signals:
        notFound(str): text that names no zone was left (Enter or Tab); the choice stays.
    """

    notFound = Signal(str)

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
        # QCompleter matches only the text shown, with accents: the proxy searches each
        # zone's whole search text, and the completer shows what it lets through.
        self.found = ZoneSearch(self)
        self.found.setSourceModel(self.model())
        self.search = QCompleter(self.found, self)
        self.search.setCompletionRole(_TYPED_ROLE)
        self.search.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.search.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
        self.setCompleter(self.search)
        line_edit.textEdited.connect(self._search)
        line_edit.returnPressed.connect(self._take_first_match)
        self._add_zone(fill(self.tr("System time zone: %1"), zone_label(system_zone_name)), "")
        self._listed = False
        # A long name shows its start (the city), not its end.
        self.currentIndexChanged.connect(self._show_chosen)
        self._show_chosen(0)

    def zone_name(self) -> str:
        return str(self.currentData() or "")

    def set_zone_name(self, name: str) -> None:
        if name and self.findData(name) < 0:
            self._add_zone(zone_label(name), name)
        self.setCurrentIndex(max(0, self.findData(name)))

    def found_labels(self) -> list[str]:
        """What the search shows for the text typed."""
        return [str(self.found.index(row, 0).data()) for row in range(self.found.rowCount())]

    def showPopup(self) -> None:
        self._list_once()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # Typing searches the list, so it must be there before the first key.
        self._list_once()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Half-typed search text is no choice: show the zone counted in again, and say so.
        with reported_errors():
            typed = self.currentText()
            if typed != self.itemText(self.currentIndex()) and event.reason() != Qt.FocusReason.PopupFocusReason:
                self.setEditText(self.itemText(self.currentIndex()))
                if typed.strip():
                    self.notFound.emit(typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._list_once()
        super().keyPressEvent(event)

    def _search(self, text: str) -> None:
        with reported_errors():
            self._list_once()
            # Before the line edit asks the completer (see QLineEdit's textEdited).
            self.found.set_query(text)

    def _take_first_match(self) -> None:
        """Enter after a search chooses the first zone found, as a search box does; an IANA
        name chooses its zone even when the list hides it (Etc/GMT); text that names no zone
        stays for correcting, and the chooser says so."""
        with reported_errors():
            typed = self.currentText()
            if self.findText(typed) >= 0:
                return
            name = typed.strip()
            self.found.set_query(typed)
            if self.found.rowCount():
                self.setCurrentIndex(self.found.mapToSource(self.found.index(0, 0)).row())
            elif name in _loadable_names():
                self.set_zone_name(name)
            elif name:
                self.notFound.emit(typed)

    def _show_chosen(self, _index: int) -> None:
        line_edit = self.lineEdit()
        if line_edit is not None:
            line_edit.setCursorPosition(0)
        self.setToolTip(self.currentText())

    def _list_once(self) -> None:
        if not self._listed:
            self._listed = True
            # Nothing may escape a Qt event handler (see error_report): a zone database that
            # cannot be listed leaves the choice as it is.
            with reported_errors():
                self._list_zones()

    def _add_zone(self, label: str, name: str) -> None:
        self.addItem(label, name)
        self.setItemData(self.count() - 1, search_text(label, name), SEARCH_ROLE)

    def _list_zones(self) -> None:
        names = current_zone_names()  # first: if it fails, nothing has changed
        labelled = sorted(((zone_label(name), name) for name in names), key=lambda pair: folded(pair[0]))
        chosen = self.zone_name()
        # Listing on the first key must not take the text (and selection) that key types over.
        line_edit = self.lineEdit()
        assert line_edit is not None
        text, cursor = line_edit.text(), line_edit.cursorPosition()
        selection = (line_edit.selectionStart(), len(line_edit.selectedText()))
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for label, name in labelled:
            self._add_zone(label, name)
        if chosen and self.findData(chosen) < 0:
            self._add_zone(zone_label(chosen), chosen)  # an old alias chosen before stays
        self.setCurrentIndex(max(0, self.findData(chosen)))
        line_edit.setText(text)
        if selection[1]:
            line_edit.setSelection(*selection)
        else:
            line_edit.setCursorPosition(cursor)
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


@cache
def _loadable_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


@cache
def _old_names() -> dict[str, list[str]]:
    """The old names of each zone (Europe/Kyiv: Europe/Kiev), from the database's link lines."""
    aliases: dict[str, list[str]] = {}
    for folder in zoneinfo.TZPATH:
        table = Path(folder) / "tzdata.zi"
        try:
            if table.stat().st_size > 8 * _MAX_ZONE_TABLE:
                continue
            text = table.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            fields = line.split()
            if len(fields) == 3 and fields[0] == "L":
                aliases.setdefault(fields[1], []).append(fields[2])
        return aliases
    return aliases


def search_text(label: str, name: str) -> str:
    """All a person may type to find the zone `name`, folded (see `folded`)."""
    parts = [label, name, *_old_names().get(name, [])]
    zone = QTimeZone(name.encode("ascii", errors="replace"))
    if zone.isValid():
        territory = zone.territory()
        if territory not in (QLocale.Country.AnyTerritory, QLocale.Country.World):
            parts.append(QLocale.territoryToString(territory))
            # Qt falls back to the default locale for a territory it has none for (Samoa): no name of Germany for Apia.
            own = QLocale(QLocale.Language.AnyLanguage, territory)
            if own.territory() == territory:
                parts.append(own.nativeTerritoryName())
    return folded(" ".join([*parts, name.replace("_", " ")]))


def territory_name(territory: QLocale.Country, locale: QLocale) -> str | None:
    """The territory's name in `locale`'s language, or None where Qt does not know it.

    Qt names territories in English, and each in its own language: Germany is "Deutschland"
    in German, but for France a German UI gets no German name (and so no country at all,
    rather than English in a German sentence)."""
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return QLocale.territoryToString(territory)
    for candidate in QLocale.matchingLocales(locale.language(), QLocale.Script.AnyScript, territory):
        if candidate.territory() == territory:
            return candidate.nativeTerritoryName() or None
    return None


def zone_label(name: str, locale: QLocale | None = None) -> str:
    """ "Oslo, Norway — Central European Standard Time" for "Europe/Oslo" (in `locale`'s
    language, the UI's by default); "UTC-12:00" for the POSIX "Etc/GMT+12"; the name as it
    is when Qt does not know the zone."""
    zone = QTimeZone(name.encode("ascii", errors="replace"))
    if not zone.isValid():
        return name
    locale = QLocale() if locale is None else locale
    if _POSIX_OFFSET.fullmatch(name):
        return zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.OffsetName, locale)
    city = name.rsplit("/", 1)[-1].replace("_", " ")
    long_name = zone.displayName(QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, locale)
    territory = zone.territory()
    place = city
    if territory not in (QLocale.Country.AnyTerritory, QLocale.Country.World):
        country = territory_name(territory, locale)
        if country:
            place = f"{city}, {country}"
    return f"{place} — {long_name}" if long_name and long_name != city else place
