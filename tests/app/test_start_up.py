"""Start-up builds the tab it opens on; the others are made when first shown (see `make bench`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from gui.main_window import MainWindow
from gui.views.deferred_page import DeferredPage
from tests.helpers import open_and_wait

ROOT = Path(__file__).parents[2]

# Runs the app as `main.py` does, quits as soon as its event loop turns, and lists the
# view modules it loaded on the way.
_LOADED_VIEWS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui.app import LaunchOptions, run
app = QApplication([])
QTimer.singleShot(0, app.quit)
run(LaunchOptions(tab=sys.argv[1]))
print(" ".join(sorted(name for name in sys.modules if name.startswith("gui."))))
"""


def _loaded_at_start_up(tmp_path: Path, tab: str) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _LOADED_VIEWS, tab], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=True
    )
    return set(result.stdout.split())


@pytest.mark.parametrize(
    ("tab", "made", "not_made"),
    [
        ("article", "gui.views.article.article_view", {"gui.views.quotes.quotes_view", "gui.views.countdown.countdown_view"}),
        ("quotes", "gui.views.quotes.quotes_view", {"gui.views.countdown.countdown_view"}),
        ("countdown", "gui.views.countdown.countdown_view", {"gui.views.quotes.quotes_view"}),
    ],
)
def test_start_up_makes_only_the_tab_it_opens_on(tmp_path: Path, tab: str, made: str, not_made: set[str]) -> None:
    loaded = _loaded_at_start_up(tmp_path, tab)
    assert made in loaded
    assert not loaded & not_made


def test_start_up_reads_the_bundled_story_without_the_article_parsers(tmp_path: Path) -> None:
    # The snapshot holds what they found in it; their rules take longer to compile than
    # the rest of the story layer takes to load.
    loaded = _loaded_at_start_up(tmp_path, "article")
    assert "gui.story.loader" in loaded
    assert not loaded & {"gui.story.quote_extractor", "gui.story.date_mentions", "gui.story.plain_article"}


def test_a_tab_is_made_when_first_shown_and_follows_what_happened_before(qtbot, window: MainWindow) -> None:
    quotes_page = window.tabs.widget(1)
    assert isinstance(quotes_page, DeferredPage)
    assert not quotes_page.made
    window.model.selection.select(window.model.index(3), window.model.selection.SelectionFlag.ClearAndSelect)
    window.model.selection.setCurrentIndex(window.model.index(3), window.model.selection.SelectionFlag.NoUpdate)
    window.show_tab("quotes")
    assert quotes_page.made
    assert window.quotes_view.isVisible()
    assert [quote.text for quote in window.quotes_view.selected_quotes()] == ["a master plan"]
    assert "a master plan" in window.quotes_view.detail.toPlainText()


def test_export_event_follows_the_story_before_the_countdown_tab_is_made(window: MainWindow, tmp_path: Path) -> None:
    assert window.export_event_action.isEnabled()
    article = tmp_path / "no_dates.txt"
    article.write_text("A quiet day\n\nNothing happened, and nobody said anything about it.\n", encoding="utf-8")
    assert open_and_wait(window, article)
    assert not window.export_event_action.isEnabled()
    countdown_page = window.tabs.widget(2)
    assert isinstance(countdown_page, DeferredPage)
    assert not countdown_page.made


def test_a_page_makes_its_content_once(qtbot) -> None:
    made: list[QLabel] = []

    def make() -> QLabel:
        made.append(QLabel("content"))
        return made[-1]

    page = DeferredPage(make)
    qtbot.addWidget(page)
    assert not made
    page.show()
    assert len(made) == 1
    assert made[0].isVisible()
    assert page.content() is made[0]
    page.hide()
    page.show()
    assert len(made) == 1


def _paint_first_window(qtbot, model, clock, settings) -> MainWindow:
    window = MainWindow(model, clock, None, None, settings, paint_first=True)
    qtbot.addWidget(window)
    return window


def test_the_first_frame_has_the_menu_titles_and_the_article_and_the_rest_follows_it(qtbot, model, clock, settings) -> None:
    settings.setValue("article/zoom", 150)
    settings.setValue("article/theme", "sepia")
    window = _paint_first_window(qtbot, model, clock, settings)
    assert not window.started_up
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Edit", "&View", "&Help"]
    assert window.file_menu.isEmpty()
    assert window.article_view.zoom == 150
    assert window.article_view.page_theme.value == "sepia"
    assert window.article_view.toPlainText().startswith(model.story.headline)
    window.show()
    qtbot.waitUntil(lambda: window.started_up)
    assert not window.file_menu.isEmpty()
    assert window.article_page.find_action.shortcuts()
    assert window.article_view.zoom == 150
    assert window.article_view.hasFocus() or not window.isActiveWindow()


def _effects(window: MainWindow) -> tuple[object, ...]:
    """What a key may have done to the window, to compare."""
    from PySide6.QtWidgets import QApplication

    return (
        window.current_tab_name(),
        window.article_page.find_bar.isVisibleTo(window),
        window.article_view.zoom,
        window.article_view.caret_browsing,
        window.isVisible(),
        sorted(type(top).__name__ for top in QApplication.topLevelWidgets() if top.isVisible() and top is not window),
    )


def _press(qtbot, window: MainWindow, key: str) -> tuple[object, ...]:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QApplication

    window.show()
    qtbot.waitActive(window)
    combination = QKeySequence(key)[0]  # type: ignore[index]  # PySide6 has __getitem__, its stubs not
    qtbot.keyClick(QApplication.focusWidget() or window, combination.key(), combination.keyboardModifiers())
    assert window.started_up
    effects = _effects(window)
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible():
            top.close()
    return effects


@pytest.mark.parametrize(
    ("key", "tab"),
    [
        ("Ctrl+1", "quotes"),
        ("Ctrl+2", "article"),
        ("Ctrl+3", "article"),
        ("Ctrl+F", "article"),
        ("Ctrl+C", "article"),
        ("Escape", "article"),
        ("F7", "article"),
        ("Ctrl+=", "article"),
        ("Ctrl+-", "article"),
        ("Ctrl+Shift+Tab", "article"),
        ("Ctrl+Tab", "quotes"),
        ("F1", "article"),
        ("F1", "countdown"),
        ("Ctrl+2", "countdown"),
        ("Ctrl+Q", "article"),
        ("Ctrl+Q", "quotes"),
    ],
)
def test_a_key_pressed_before_the_rest_is_built_does_what_it_does_after(qtbot, model, clock, settings, monkeypatch, key, tab) -> None:
    from PySide6.QtWidgets import QMainWindow

    after = MainWindow(model, clock, None, None, settings)
    qtbot.addWidget(after)
    after.show_tab(tab)
    done_after = _press(qtbot, after, key)
    after.close()
    settings.clear()
    # The window as the app makes it, kept from finishing by its first paint: the key comes first.
    monkeypatch.setattr(MainWindow, "paintEvent", QMainWindow.paintEvent)
    before = _paint_first_window(qtbot, model, clock, settings)
    before.show_tab(tab)
    assert not before.started_up
    assert _press(qtbot, before, key) == done_after


def test_a_menu_opened_before_the_rest_is_built_has_its_entries(qtbot, model, clock, settings) -> None:
    window = _paint_first_window(qtbot, model, clock, settings)
    assert window.file_menu.isEmpty()
    window.file_menu.aboutToShow.emit()
    assert window.started_up
    assert not window.file_menu.isEmpty()


def test_the_first_frame_has_the_page_colours_of_a_dark_scheme_over_a_light_palette(qtbot, model, clock, settings, monkeypatch) -> None:
    from gui.views.article import page_theme

    # A desktop whose Qt colour scheme is dark while the palette stays light (offscreen's is).
    monkeypatch.setattr(page_theme, "desktop_scheme", lambda: page_theme.SCHEME_DARK)
    window = _paint_first_window(qtbot, model, clock, settings)
    assert window.article_view.colours == page_theme.DARK
    retypeset: list[None] = []
    window.article_view.typeset.connect(lambda: retypeset.append(None))
    window.show()
    qtbot.waitUntil(lambda: window.started_up)
    assert window.article_view.colours == page_theme.DARK
    assert retypeset == []  # the page was not set again in other colours after the first frame


def test_a_ctrl_wheel_zoom_before_the_rest_is_built_is_remembered(qtbot, model, clock, settings) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent

    window = _paint_first_window(qtbot, model, clock, settings)
    assert not window.started_up
    view = window.article_view
    notch = QWheelEvent(
        QPointF(10, 10),
        QPointF(view.mapToGlobal(QPoint(10, 10))),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    before = view.zoom
    with qtbot.waitSignal(window.article_page.statusMessage):
        view.wheelEvent(notch)
    assert view.zoom > before
    assert int(settings.value("article/zoom")) == view.zoom


# Runs the app as `main.py` does up to its first frame, and lists the project's modules, the
# PySide6 classes (PySide6 builds a class, with its enums, on first import) and the project's
# dataclasses (Python writes and compiles a dataclass's methods as it is made) made by then.
_AT_FIRST_PAINT = """
import dataclasses
import os
import sys
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
from gui.app import LaunchOptions, run
from gui.main_window import MainWindow

def first_paint(window, event):
    gui = [module for name, module in list(sys.modules.items()) if name.startswith("gui.")]
    print(" ".join(sorted(module.__name__ for module in gui)))
    qt = (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
    print(" ".join(sorted(f"{m.__name__}.{name}" for m in qt for name, value in vars(m).items() if isinstance(value, type))))
    types = {value for module in gui for value in vars(module).values() if isinstance(value, type)}
    print(" ".join(sorted(f"{kind.__module__}.{kind.__qualname__}" for kind in types if dataclasses.is_dataclass(kind))))
    sys.stdout.flush()
    os._exit(0)

MainWindow.paintEvent = first_paint
run(LaunchOptions())
"""


def _made_by_first_paint(tmp_path: Path) -> list[set[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", _AT_FIRST_PAINT]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=True)
    return [set(line.split()) for line in result.stdout.splitlines()]


def test_the_first_frame_imports_neither_the_later_rules_nor_the_classes_of_later_input(tmp_path: Path) -> None:
    modules, classes, _ = _made_by_first_paint(tmp_path)
    if "PySide6.QtGui.QPdfWriter" in classes:
        pytest.skip("this PySide6 builds every class on import")
    # The sentence rules and the copy formats are first used by the Quotes tab or a copy.
    assert not modules & {"gui.story.sentences", "gui.story.speech_verbs", "gui.story.quote_formats"}
    # Keys, links, menus' actions and dropped data come after the first frame.
    assert not classes & {"PySide6.QtGui.QKeySequence", "PySide6.QtCore.QUrl", "PySide6.QtGui.QAction", "PySide6.QtCore.QMimeData"}


def test_the_first_frame_makes_no_dataclass_beyond_the_story_records(tmp_path: Path) -> None:
    # 3–5 M instructions each; the launch options and the page colours are named tuples.
    _, _, made = _made_by_first_paint(tmp_path)
    records = {f"gui.story.loader.{name}" for name in ("Quote", "Event", "ImageCaption", "Story", "ArticleText")}
    assert made <= records | {"gui.story.speaker.Speaker", "gui.language.Translations"}
