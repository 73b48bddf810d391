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


def test_a_key_pressed_before_the_rest_is_built_is_not_lost(qtbot, model, clock, settings) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    window = _paint_first_window(qtbot, model, clock, settings)
    assert not window.started_up
    # Ctrl+F reaches the article before its action exists: start-up finishes and the key finds.
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.article_view.keyPressEvent(key)
    assert window.started_up
    assert window.article_page.find_bar.isVisibleTo(window)


def test_a_key_that_is_no_shortcut_goes_on_to_the_article(qtbot, model, clock, settings) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    window = _paint_first_window(qtbot, model, clock, settings)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
    assert window.article_view.before_key is not None
    assert not window.article_view.before_key(key)  # the view scrolls as it always does
    assert window.started_up
    assert window.article_view.before_key is None


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
