"""The time-zone chooser: zones by place and name, current ones only, searched as you type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from gui.views.countdown.zone_chooser import ZoneChooser, current_zone_names, zone_label

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def chooser(qtbot) -> ZoneChooser:
    box = ZoneChooser("Europe/Oslo")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_zones_are_named_by_place_and_name() -> None:
    assert zone_label("Europe/Oslo") == "Oslo, Norway — Central European Standard Time"
    assert zone_label("America/New_York") == "New York, United States — Eastern Standard Time"
    assert zone_label("UTC") == "UTC — Coordinated Universal Time"
    assert zone_label("Not/A_Zone") == "Not/A_Zone"


def test_the_system_zone_comes_first(chooser: ZoneChooser) -> None:
    chooser.showPopup()
    chooser.hidePopup()
    assert chooser.itemText(0) == "System time zone: Oslo, Norway — Central European Standard Time"
    assert chooser.itemData(0) == ""
    # Whole in the tooltip, however narrow the chooser.
    assert chooser.toolTip() == chooser.itemText(0)


def test_old_aliases_and_offsets_are_hidden() -> None:
    names = current_zone_names()
    assert {"Europe/Oslo", "Asia/Kolkata", "America/Argentina/Buenos_Aires", "UTC"} <= names
    assert not names & {"US/Eastern", "Asia/Calcutta", "Etc/GMT+12", "EST5EDT", "Europe/Kiev", "GMT"}
    assert 300 < len(names) < 500


def test_typing_a_city_finds_its_zone_without_opening_the_list(qtbot, chooser: ZoneChooser) -> None:
    chooser.setFocus()
    with qtbot.waitActive(chooser.window()):
        chooser.activateWindow()
    line_edit = chooser.lineEdit()
    assert line_edit is not None
    line_edit.selectAll()
    qtbot.keyClicks(line_edit, "kolk")
    assert chooser.search.completionCount() == 1
    assert chooser.found_labels() == ["Kolkata, India — India Standard Time"]
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert chooser.zone_name() == "Asia/Kolkata"
    assert chooser.currentText() == "Kolkata, India — India Standard Time"


def test_search_matches_any_part_of_the_name(qtbot, chooser: ZoneChooser) -> None:
    chooser.showPopup()
    chooser.hidePopup()
    chooser.found.set_query("eastern standard")
    found = set(chooser.found_labels())
    assert "New York, United States — Eastern Standard Time" in found
    assert all("Eastern" in text for text in found)


def test_half_typed_text_gives_way_to_the_chosen_zone(qtbot, chooser: ZoneChooser) -> None:
    chooser.set_zone_name("America/New_York")
    chooser.setEditText("Osl")
    chooser.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut))
    assert chooser.currentText() == zone_label("America/New_York")
    assert chooser.zone_name() == "America/New_York"


def test_an_old_alias_chosen_before_is_kept(chooser: ZoneChooser) -> None:
    chooser.set_zone_name("US/Eastern")
    chooser.showPopup()
    chooser.hidePopup()
    assert chooser.zone_name() == "US/Eastern"


def test_posix_offsets_are_named_by_their_true_offset() -> None:
    assert zone_label("Etc/GMT+12") == "UTC-12:00"
    assert zone_label("Etc/GMT-14") == "UTC+14:00"


def test_in_german_countries_are_german_or_left_out() -> None:
    assert zone_label("Europe/Berlin", GERMAN) == "Berlin, Deutschland — Mitteleuropäische Normalzeit"
    assert zone_label("Europe/Zurich", GERMAN) == "Zurich, Schweiz — Mitteleuropäische Normalzeit"
    # Qt has no German name for France: no English one inside German either.
    assert zone_label("Europe/Paris", GERMAN) == "Paris — Mitteleuropäische Normalzeit"


def _typed(qtbot, chooser: ZoneChooser, text: str) -> list[str]:
    chooser.setFocus()
    line_edit = chooser.lineEdit()
    assert line_edit is not None
    line_edit.selectAll()
    # As a keyboard types it: QTest's keyClicks knows no "ü".
    for char in text:
        QApplication.sendEvent(line_edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    return chooser.found_labels()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Zürich", "Zurich, Switzerland — Central European Standard Time"),
        ("Deutschland", "Berlin, Germany — Central European Standard Time"),
        ("Österreich", "Vienna, Austria — Central European Standard Time"),
        ("Kiev", "Kyiv, Ukraine — Eastern European Standard Time"),
        ("Europe/Berlin", "Berlin, Germany — Central European Standard Time"),
        ("Pacific/Kiritimati", "Kiritimati, Kiribati — Line Islands Time"),
    ],
)
def test_search_finds_accents_own_names_old_names_and_iana_names(qtbot, chooser: ZoneChooser, typed: str, found: str) -> None:
    assert found in _typed(qtbot, chooser, typed)


def test_enter_on_an_iana_name_the_list_hides_chooses_it(qtbot, chooser: ZoneChooser) -> None:
    _typed(qtbot, chooser, "Etc/GMT+12")
    line_edit = chooser.lineEdit()
    assert line_edit is not None
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert chooser.zone_name() == "Etc/GMT+12"
    assert chooser.currentText() == "UTC-12:00"


def test_leaving_text_that_names_no_zone_says_so(qtbot, chooser: ZoneChooser) -> None:
    chooser.setEditText("Atlantis")
    with qtbot.waitSignal(chooser.notFound) as said:
        chooser.focusOutEvent(QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    assert said.args == ["Atlantis"]
    assert chooser.zone_name() == ""


def test_a_country_finds_only_its_own_zones(qtbot, chooser: ZoneChooser) -> None:
    # Qt has no locale for Samoa and answers with the default one: that is no name of Samoa.
    found = _typed(qtbot, chooser, "United States")
    assert "New York, United States — Eastern Standard Time" in found
    assert all(", United States — " in label for label in found), found
