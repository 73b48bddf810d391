"""The page themes: WCAG 2.1 contrast of every colour, computed, and dark desktops followed however they say it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from gui.models.story_model import StoryModel
from gui.views.article.article_view import ArticleView
from gui.views.article.page_theme import (
    DARK,
    LIGHT,
    SCHEME_DARK,
    SCHEME_LIGHT,
    SCHEME_UNKNOWN,
    SEPIA,
    PageColours,
    PageTheme,
    _scheme_getter,
    desktop_is_dark,
    desktop_scheme,
)

ROOT = Path(__file__).parents[3]

THEMES = pytest.mark.parametrize("colours", [LIGHT, SEPIA, DARK], ids=["light", "sepia", "dark"])
TEXT_RATIO = 4.5  # WCAG 2.1 AA, 1.4.3: text
CUE_RATIO = 3.0  # WCAG 2.1 AA, 1.4.11: non-text contrast of what tells a quote from other text


def _channel(value: float) -> float:
    """An sRGB channel (0–1) made linear, as WCAG 2.1 defines relative luminance."""
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    return 0.2126 * _channel(colour.redF()) + 0.7152 * _channel(colour.greenF()) + 0.0722 * _channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    darker, lighter = sorted((luminance(first), luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def painted(colour: str, page: str) -> QColor:
    """What a colour, maybe translucent ("#aarrggbb"), looks like painted on the page."""
    top, under = QColor.fromString(colour), QColor.fromString(page)
    alpha = top.alphaF()
    tops = (top.redF(), top.greenF(), top.blueF())
    unders = (under.redF(), under.greenF(), under.blueF())
    red, green, blue = (alpha * t + (1 - alpha) * u for t, u in zip(tops, unders, strict=True))
    return QColor.fromRgbF(red, green, blue)


def test_the_contrast_formula_gives_wcag_figures() -> None:
    # The figures WCAG's own examples give: black on white 21:1, a colour on itself 1:1.
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#abcdef"), QColor("#abcdef")) == 1
    assert painted("#80000000", "#ffffff").name() in ("#7f7f7f", "#808080")


@THEMES
def test_every_text_on_the_page_reads_at_aa(colours: PageColours) -> None:
    page = painted(colours.background, colours.background)
    tint = painted(colours.quote, colours.background)
    for name, ink, ground in [
        ("text", colours.text, page),
        ("byline and caption", colours.muted, page),
        ("link", colours.link, page),
        ("quote", colours.text, tint),
        ("find match", colours.text, painted(colours.find_match, colours.background)),
        ("selected quote", colours.selected_text, painted(colours.selected_quote, colours.background)),
    ]:
        assert contrast(QColor.fromString(ink), ground) >= TEXT_RATIO, name


@THEMES
def test_a_quote_is_told_from_other_text_by_more_than_a_tint(colours: PageColours) -> None:
    page = QColor.fromString(colours.background)
    tint = painted(colours.quote, colours.background)
    rule = QColor.fromString(colours.quote_rule)
    # The tint stays calm for reading; the rule under the words is the cue.
    assert contrast(tint, page) < CUE_RATIO
    assert contrast(rule, page) >= CUE_RATIO
    assert contrast(rule, tint) >= CUE_RATIO


@THEMES
def test_the_selected_quote_stands_apart_from_the_others_and_the_page(colours: PageColours) -> None:
    selected = painted(colours.selected_quote, colours.background)
    assert contrast(selected, painted(colours.quote, colours.background)) >= CUE_RATIO
    assert contrast(selected, QColor.fromString(colours.background)) >= CUE_RATIO


def test_the_document_draws_the_rule_and_the_selected_colours(qtbot, model: StoryModel) -> None:
    view = ArticleView(model, PageTheme.SEPIA)
    qtbot.addWidget(view)
    start, end = view.quote_range(2) or (0, 0)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    assert cursor.charFormat().fontUnderline()
    assert cursor.charFormat().underlineColor() == QColor(SEPIA.quote_rule)
    view.select_quote(2)
    [selected] = view.extraSelections()
    assert (selected.cursor.selectionStart(), selected.cursor.selectionEnd()) == (start, end)
    assert selected.format.background().color() == QColor(SEPIA.selected_quote)
    assert selected.format.foreground().color() == QColor(SEPIA.selected_text)
    model.selection.select(model.index(2), QItemSelectionModel.SelectionFlag.Deselect)
    assert view.extraSelections() == []


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette(QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def test_a_dark_desktop_is_known_by_its_scheme_else_by_its_palette() -> None:
    dark, light = _palette("#2b2b2b", "#eeeeee"), _palette("#efefef", "#111111")
    assert desktop_is_dark(Qt.ColorScheme.Unknown, dark)
    assert not desktop_is_dark(Qt.ColorScheme.Unknown, light)
    # Where Qt knows the scheme, the scheme says.
    assert desktop_is_dark(Qt.ColorScheme.Dark, light)
    assert not desktop_is_dark(Qt.ColorScheme.Light, dark)


@pytest.fixture
def unknown_scheme() -> Iterator[None]:
    """A platform that does not tell Qt its scheme, as Fusion with a dark palette; the palette is put back after."""
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Unknown)
    if hints.colorScheme() != Qt.ColorScheme.Unknown:
        pytest.skip("this platform tells Qt its colour scheme")
    before = QApplication.palette()
    yield
    QApplication.setPalette(before)


@pytest.mark.usefixtures("unknown_scheme")
def test_match_the_desktop_follows_a_palette_that_turns_dark_and_back(qtbot, model: StoryModel) -> None:
    view = ArticleView(model, PageTheme.SYSTEM)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    light = QApplication.palette()
    assert view.colours == LIGHT
    with qtbot.waitSignal(view.typeset):
        QApplication.setPalette(_palette("#2b2b2b", "#eeeeee"))
    assert view.colours == DARK
    assert view.palette().color(QPalette.ColorRole.Base) == QColor(DARK.background)
    assert DARK.quote_rule in view.document().defaultStyleSheet()
    with qtbot.waitSignal(view.typeset):
        QApplication.setPalette(light)
    assert view.colours == LIGHT


@pytest.mark.usefixtures("unknown_scheme")
def test_a_page_made_on_a_dark_palette_starts_dark_and_a_chosen_theme_stays(qtbot, model: StoryModel) -> None:
    QApplication.setPalette(_palette("#202020", "#f0f0f0"))
    system, sepia = ArticleView(model, PageTheme.SYSTEM), ArticleView(model, PageTheme.SEPIA)
    qtbot.addWidget(system)
    qtbot.addWidget(sepia)
    assert system.colours == DARK
    assert sepia.colours == SEPIA


@pytest.mark.usefixtures("unknown_scheme")
def test_a_page_hidden_while_the_palette_turned_dark_is_dark_when_shown(qtbot, model: StoryModel) -> None:
    view = ArticleView(model, PageTheme.SYSTEM)
    qtbot.addWidget(view)
    QApplication.setPalette(_palette("#202020", "#f0f0f0"))
    view.show()
    qtbot.waitExposed(view)
    assert view.colours == DARK


def test_the_desktop_scheme_is_qt_s_own_and_read_without_building_the_qt_namespace() -> None:
    assert desktop_scheme() == QGuiApplication.styleHints().colorScheme().value
    # In a fresh process: the first use of QtCore.Qt builds every enum of it, which the first
    # frame is spared, so reading the scheme must not be one.
    script = (
        "import PySide6.QtCore as core\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from gui.views.article.page_theme import desktop_scheme\n"
        "print(desktop_scheme(), 'Qt' in vars(core))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=True)
    scheme, built = result.stdout.split()
    assert int(scheme) in (SCHEME_UNKNOWN, SCHEME_LIGHT, SCHEME_DARK)
    assert built == ("True" if _scheme_getter() is None else "False")
