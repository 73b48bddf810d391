"""The time-zone chooser: zones by place and name, current ones only, searched as you type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent

from gui.views.countdown.zone_chooser import ZoneChooser, current_zone_names, zone_label


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
    completer = chooser.search
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Kolkata, India — India Standard Time"
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert chooser.zone_name() == "Asia/Kolkata"
    assert chooser.currentText() == "Kolkata, India — India Standard Time"


def test_search_matches_any_part_of_the_name(qtbot, chooser: ZoneChooser) -> None:
    chooser.showPopup()
    chooser.hidePopup()
    completer = chooser.search
    completer.setCompletionPrefix("eastern standard")
    found = {completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())}
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
