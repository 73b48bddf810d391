"""The German translation: complete, up to date with the code, its .qm built from its .ts; and the app in German.

Regenerate after changing a user-visible string (the tools come with PySide6):
    pyside6-lupdate $(find gui -name '*.py' | sort) -no-obsolete -locations none \
        -source-language en -target-language de -ts resources/reckoning_de.ts
    (translate what is marked unfinished, e.g. in Qt Linguist)
    pyside6-lrelease resources/reckoning_de.ts -qm resources/reckoning_de.qm
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from gui.language import Translations, install_translations, ui_language
from gui.main_window import MainWindow
from gui.models.story_loader import StoryLoader
from gui.models.story_model import StoryModel
from gui.story import StoryError, countdown, load_story, wording
from tests.conftest import OSLO
from tests.helpers import MAIN, FakeClock

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
TS = RESOURCES / "reckoning_de.ts"
QM = RESOURCES / "reckoning_de.qm"
BIN = Path(sys.executable).parent
# German has two plural forms: one, and every other number.
GERMAN_PLURAL_FORMS = 2
_PLACE_MARKERS = re.compile(r"%(?:L?n|\d)")

# A message as lupdate keys it: (context, source, disambiguation, plural or not).
Message = tuple[str, str, str, bool]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def _messages(ts: Path) -> dict[Message, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name") or "",
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            translation = message.find("translation")
            assert translation is not None
            found[key] = translation
    return found


def _sources() -> list[str]:
    return sorted(str(path.relative_to(REPO)) for path in (REPO / "gui").rglob("*.py"))


@pytest.fixture(scope="module")
def shipped() -> dict[Message, ET.Element]:
    return _messages(TS)


def test_every_message_is_translated(shipped: dict[Message, ET.Element]) -> None:
    unfinished = [
        source for (_, source, _, _), translation in shipped.items() if translation.get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []
    assert len(shipped) > 200


def test_the_translation_is_up_to_date_with_the_code(tmp_path: Path, shipped: dict[Message, ET.Element]) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *_sources(), "-silent", "-no-obsolete", "-locations", "none", "-ts", str(fresh)], cwd=REPO, check=True
    )
    in_code = set(_messages(fresh))
    assert sorted(in_code - set(shipped)) == [], "new or changed strings: run lupdate (see this file's docstring)"
    assert sorted(set(shipped) - in_code) == [], "strings gone from the code are still in the .ts: run lupdate with -no-obsolete"


def test_lupdate_finds_every_string_the_code_marks(shipped: dict[Message, ET.Element]) -> None:
    # lupdate's Python parser silently skips some calls (a tr() inside an f-string, a count
    # given as an attribute): every literal handed to tr/translate must reach the .ts.
    marked = set()
    for name in _sources():
        for node in ast.walk(ast.parse((REPO / name).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            texts = [arg.value for arg in node.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
            if called == "tr" and texts:
                marked.add(texts[0])
            elif called in ("translate", "QT_TRANSLATE_NOOP") and len(texts) >= 2:
                marked.add(texts[1])
    assert sorted(marked - {source for _, source, _, _ in shipped}) == []


def test_each_translation_keeps_its_place_markers(shipped: dict[Message, ET.Element]) -> None:
    wrong: list[tuple[str, object]] = []
    for (_, source, _, plural), translation in shipped.items():
        forms = [form.text or "" for form in translation.iter("numerusform")] if plural else [translation.text or ""]
        if plural and len(forms) != GERMAN_PLURAL_FORMS:
            wrong.append((source, forms))
        wrong.extend((source, form) for form in forms if sorted(_PLACE_MARKERS.findall(form)) != sorted(_PLACE_MARKERS.findall(source)))
        # A menu's mnemonic mark must survive translation, or the key stops working.
        wrong.extend((source, form) for form in forms if ("&" in source.replace("&&", "")) != ("&" in form.replace("&&", "")))
    assert wrong == []


def test_the_shipped_qm_says_what_the_ts_says(qapp, shipped: dict[Message, ET.Element]) -> None:
    # Compared message by message through Qt, not byte for byte: another lrelease (the oldest
    # PySide6 allowed) may lay the same translations out differently.
    qm = QTranslator()
    assert qm.load(str(QM))
    stale = []
    for (context, source, comment, plural), translation in shipped.items():
        if plural:
            for n, form in zip((1, 2), translation.iter("numerusform"), strict=True):
                if qm.translate(context, source, comment or None, n) != form.text:
                    stale.append((source, n))
        elif qm.translate(context, source, comment or None) != translation.text:
            stale.append((source, -1))
    assert stale == [], "the .qm is behind the .ts: run lrelease (see this file's docstring)"


@pytest.mark.parametrize(
    ("desktop", "spoken"),
    [
        (["de-Latn-DE", "de-DE", "de"], "de"),
        (["de_AT"], "de"),
        (["fr-FR", "fr", "de-DE"], "de"),  # no French: the next language the person reads
        (["en-GB", "de-DE"], "en"),
        (["fr-FR"], "en"),
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_the_ui_speaks_the_first_desktop_language_it_can(desktop: list[str], spoken: str) -> None:
    assert ui_language(desktop) == spoken


def test_english_needs_no_translation_file() -> None:
    installed = install_translations(["en-US"], folder=str(RESOURCES))
    try:
        assert (installed.language, installed.translators) == ("en", [])
    finally:
        installed.remove()


def test_place_markers_are_filled_in_one_pass() -> None:
    # A file name that itself holds "%2" must not be filled in again.
    assert wording.fill("%1 could not be read: %2.", "100%2.txt", "too long") == "100%2.txt could not be read: too long."


@pytest.fixture
def german(qapp) -> Iterator[Translations]:
    installed = install_translations(["de-DE", "de"], folder=str(RESOURCES))
    assert installed.language == "de"
    yield installed
    installed.remove()


@pytest.fixture
def german_window(qtbot, german: Translations, model: StoryModel, settings: QSettings) -> MainWindow:
    clock = FakeClock(datetime(2026, 11, 24, 12, 0, tzinfo=OSLO))
    window = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(window)
    window.show_tab("countdown")
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_app_in_german(german_window: MainWindow) -> None:
    window = german_window
    assert [window.tabs.tabText(index) for index in range(window.tabs.count())] == ["&Artikel", "&Zitate", "C&ountdown"]
    assert [action.text() for action in window.menuBar().actions()] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    view = window.countdown_view
    # The story layer's sentence, in German grammar (dative plurals), not word for word.
    assert view.headline_label.text() == "Vor 3 Jahren, 4 Monaten und 12 Tagen erschienen"
    # German groups thousands with a dot. Exact time since midnight in July (summer time) is an hour more.
    assert view.clock_label.text() == "1.231 Tage 13 h 00 min 00 s"
    assert view.date_label.text() == "Mittwoch, 12. Juli 2023, gezählt ab Mitternacht Ortszeit (Europe/Oslo)"
    assert view.history_label.text() == "Im Artikel stand „July 2023“.\nGeplant für Freitag, 14. Juli 2023, überholt."


def test_qt_speaks_german_too(german: Translations, qtbot) -> None:
    # Qt's own words (standard buttons, the file and print dialogs) come from qtbase_de.qm.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert [button.text() for button in buttons.buttons()] == ["Schließen"]


def test_a_file_refused_in_the_reader_process_is_explained_in_german(german: Translations, qtbot, tmp_path: Path) -> None:
    # The reader process has no translation; the window words its refusal from the parts it sends.
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    loader = StoryLoader()
    with qtbot.waitSignal(loader.failed, timeout=20_000) as refused:
        loader.load(empty)
    assert refused.args == [str(empty), "leer.txt ist leer."]
    # The command line and the log keep English.
    with pytest.raises(StoryError, match=r"^leer\.txt is empty\.$"):
        load_story(empty)


def test_the_story_layer_goes_back_to_english(german: Translations) -> None:
    german.remove()
    assert countdown.clock_text(countdown.Before(1232, 1, 2, 3)) == "1,232 days 1 h 02 min 03 s"


def test_the_desktop_language_chooses_german(tmp_path: Path) -> None:
    # As a person starts it: only the environment says German, and the installed .qm is found.
    env = {
        **os.environ,
        "LANGUAGE": "de_DE:de",
        "LANG": "de_DE.UTF-8",
        "LC_ALL": "",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    command = [sys.executable, str(MAIN), "--verbose", "--screenshot", str(tmp_path / "de.png")]
    shown = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert shown.returncode == 0, shown.stderr
    assert "speaking de" in shown.stderr
    assert "no translation" not in shown.stderr
