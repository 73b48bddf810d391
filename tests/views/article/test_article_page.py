"""The Article tab as a reader uses it: find, zoom, page themes, shared selection, copy, print, links."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QDesktopServices, QGuiApplication, QPalette, QTextCursor, QWheelEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox

from gui.main_window import MainWindow
from gui.models.story_model import StoryModel
from gui.settings import keys
from gui.story import Story
from gui.story.quote_formats import CopyFormat
from gui.story.typography import typographic
from gui.views.article import article_print
from gui.views.article.article_page import ArticlePage
from gui.views.article.article_view import ArticleView
from gui.views.article.page_theme import DARK, LIGHT, SEPIA, PageTheme
from tests.conftest import OSLO
from tests.helpers import FakeClock, open_and_wait

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def page(qtbot, model: StoryModel, settings: QSettings) -> ArticlePage:
    article = ArticlePage(model, settings)
    qtbot.addWidget(article)
    article.resize(900, 700)
    article.show()
    qtbot.waitExposed(article)
    with qtbot.waitActive(article):
        article.activateWindow()
    article.view.setFocus()
    return article


def _background(view: ArticleView) -> QColor:
    return view.palette().color(QPalette.ColorRole.Base)


def _point_inside(view: ArticleView, position: int) -> QPoint:
    """Where on the viewport the character at `position` is drawn, scrolled into view first."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    return QPoint(rect.right() + 3, rect.center().y())


def _select(view: ArticleView, start: int, end: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


# --- Typography ---------------------------------------------------------------------------


def test_the_measure_is_about_seventy_characters_and_centred(page: ArticlePage) -> None:
    view = page.view
    body = view.document().findBlock(view.toPlainText().index("Shortly after jumping"))
    layout = body.layout()
    full_lines = [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
    assert len(full_lines) >= 3
    assert 55 <= sum(full_lines) / len(full_lines) <= 85
    frame = view.document().rootFrame().frameFormat()
    assert frame.leftMargin() == frame.rightMargin() > 24


# --- Keys ---------------------------------------------------------------------------------


def test_ctrl_home_goes_to_the_top_after_page_down(qtbot, page: ArticlePage) -> None:
    bar = page.view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(page.view, Qt.Key.Key_Home, CTRL)
    assert bar.value() == bar.minimum()
    qtbot.keyClick(page.view, Qt.Key.Key_End, CTRL)
    assert bar.value() == bar.maximum()


def test_ctrl_home_after_a_find_shows_the_margin_above_the_headline(qtbot, page: ArticlePage) -> None:
    page.find_action.trigger()
    qtbot.keyClicks(page.find_bar.field, "audience")
    page.find_bar.find_next()
    bar = page.view.verticalScrollBar()
    assert bar.value() > 0
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Home, CTRL)
    assert bar.value() == bar.minimum()


# --- Find ---------------------------------------------------------------------------------


def test_find_counts_audience_twice_and_moves_between_matches(qtbot, page: ArticlePage) -> None:
    bar = page.find_bar
    qtbot.keyClick(page.view, Qt.Key.Key_F, CTRL)
    assert bar.isVisible()
    assert bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "AUDience")
    plain = page.view.toPlainText()
    assert bar.match_count == plain.lower().count("audience") == 2
    assert bar.count_label.text() == "1 of 2"
    assert page.view.textCursor().selectedText() == "audience"
    first = page.view.textCursor().selectionStart()

    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count_label.text() == "2 of 2"
    assert page.view.textCursor().selectionStart() > first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count_label.text() == "1 of 2"  # wraps round to the first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, SHIFT)
    assert bar.count_label.text() == "2 of 2"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, SHIFT)
    assert bar.count_label.text() == "1 of 2"
    assert len(page.view.extraSelections()) == 2  # every match tinted


def test_find_is_incremental_and_no_match_is_not_an_error(qtbot, page: ArticlePage) -> None:
    bar = page.find_bar
    page.find_action.trigger()
    qtbot.keyClicks(bar.field, "cr")
    many = bar.match_count
    qtbot.keyClicks(bar.field, "uise")
    assert many > bar.match_count == page.view.toPlainText().lower().count("cruise")
    qtbot.keyClicks(bar.field, "zzz")
    assert bar.match_count == 0
    assert bar.count_label.text() == "No matches"
    assert bar.isVisible()


def test_escape_closes_the_find_bar_and_clears_its_tints(qtbot, page: ArticlePage) -> None:
    page.find_action.trigger()
    qtbot.keyClicks(page.find_bar.field, "stunt")
    assert page.view.extraSelections()
    qtbot.keyClick(page.find_bar.field, Qt.Key.Key_Escape)
    assert not page.find_bar.isVisible()
    assert page.view.extraSelections() == []
    assert page.view.hasFocus()


def test_matches_survive_a_change_of_page_theme(qtbot, page: ArticlePage) -> None:
    page.find_action.trigger()
    qtbot.keyClicks(page.find_bar.field, "audience")
    page.find_bar.find_next()
    page.set_page_theme(PageTheme.SEPIA)
    assert page.find_bar.count_label.text() == "2 of 2"
    assert page.view.textCursor().selectedText() == "audience"


# --- Zoom ---------------------------------------------------------------------------------


def test_zoom_by_keyboard_is_bounded_and_resets(qtbot, page: ArticlePage) -> None:
    view = page.view
    base = view.document().defaultFont().pointSizeF()
    qtbot.keyClick(view, Qt.Key.Key_Equal, CTRL)
    assert view.zoom == 110
    assert view.document().defaultFont().pointSizeF() == pytest.approx(base * 1.1)
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Minus, CTRL)
    assert view.zoom == 90
    for _ in range(20):
        page.zoom_out_action.trigger()
    assert view.zoom == 50
    for _ in range(20):
        page.zoom_in_action.trigger()
    assert view.zoom == 400
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    assert view.zoom == 100
    assert view.document().defaultFont().pointSizeF() == pytest.approx(base)


def test_zoom_keeps_the_measure(page: ArticlePage) -> None:
    before = page.view.document().rootFrame().frameFormat().leftMargin()
    page.view.set_zoom(125)
    assert page.view.document().rootFrame().frameFormat().leftMargin() < before


def _wheel(view: ArticleView, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    centre = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        centre,
        QPointF(view.viewport().mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_and_a_plain_wheel_scrolls(page: ArticlePage) -> None:
    view = page.view
    _wheel(view, 120, CTRL)
    assert view.zoom == 110
    _wheel(view, 60, CTRL)  # half a notch of a fine wheel: not yet a step
    assert view.zoom == 110
    _wheel(view, 60, CTRL)
    assert view.zoom == 125
    _wheel(view, -240, CTRL)
    assert view.zoom == 100
    _wheel(view, -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoom == 100
    assert view.verticalScrollBar().value() > 0


# --- Themes and settings -------------------------------------------------------------------


@pytest.mark.parametrize(("theme", "colours"), [(PageTheme.LIGHT, LIGHT), (PageTheme.SEPIA, SEPIA), (PageTheme.DARK, DARK)])
def test_each_page_theme_paints_page_text_and_quotes(page: ArticlePage, theme: PageTheme, colours: object) -> None:
    page.theme_actions[theme].trigger()
    view = page.view
    assert view.colours == colours
    assert _background(view) == QColor(view.colours.background)
    start, _ = view.quote_range(2) or (0, 0)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    quote_format = cursor.charFormat()
    assert quote_format.background().color() == QColor.fromString(view.colours.quote)
    assert quote_format.foreground().color() == QColor(view.colours.text)
    shot = view.grab().toImage()
    assert shot.pixelColor(5, shot.height() - 5) == QColor(view.colours.background)


def test_the_system_page_theme_follows_the_desktop_and_a_chosen_one_does_not(page: ArticlePage) -> None:
    hints = QGuiApplication.styleHints()
    assert page.view.page_theme is PageTheme.SYSTEM
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert _background(page.view) == QColor(DARK.background)
        page.set_page_theme(PageTheme.SEPIA)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert _background(page.view) == QColor(SEPIA.background)
    finally:
        hints.colorSchemeChanged.emit(hints.colorScheme())


def test_zoom_and_theme_survive_a_restart(qtbot, model: StoryModel, clock: FakeClock, settings: QSettings) -> None:
    first = MainWindow(model, clock, OSLO, "Europe/Oslo", settings)
    qtbot.addWidget(first)
    first.article_view.set_zoom(150)
    first.article_page.theme_actions[PageTheme.DARK].trigger()
    first.close()
    settings.sync()

    again = MainWindow(StoryModel(model.story), clock, OSLO, "Europe/Oslo", QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert again.article_view.zoom == 150
    assert again.article_view.page_theme is PageTheme.DARK
    assert again.article_page.theme_actions[PageTheme.DARK].isChecked()
    assert _background(again.article_view) == QColor(DARK.background)


def test_damaged_zoom_and_theme_settings_fall_back(qtbot, model: StoryModel, settings: QSettings) -> None:
    settings.setValue("article/zoom", "huge")
    settings.setValue("article/theme", "<b>neon</b>")
    article = ArticlePage(model, settings)
    qtbot.addWidget(article)
    assert article.view.zoom == 100
    assert article.view.page_theme is PageTheme.SYSTEM
    settings.setValue("article/zoom", 9000)
    again = ArticlePage(model, settings)
    qtbot.addWidget(again)
    assert again.view.zoom == 400


# --- One shared selection -------------------------------------------------------------------


def test_clicking_a_quote_selects_it_in_the_quotes_tab(qtbot, window: MainWindow) -> None:
    view = window.article_view
    start, end = view.quote_range(3) or (0, 0)
    with qtbot.waitSignal(window.model.selection.currentChanged):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_inside(view, start + 2))
    assert [index.row() for index in window.model.selection.selectedRows()] == [3]
    assert "Christopher McQuarrie" in window.statusBar().currentMessage()
    highlighted = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()]
    assert highlighted == [(start, end)]

    window.show_tab("quotes")
    quotes = window.quotes_view
    assert [quote.text for quote in quotes.selected_quotes()] == ["a master plan"]
    listed = quotes.list_view.selectionModel().selectedRows()
    assert [quotes.proxy.mapToSource(index).row() for index in listed] == [3]
    assert "a master plan" in quotes.detail.toPlainText()


def test_selecting_in_the_quotes_tab_scrolls_the_article_to_the_quote(qtbot, window: MainWindow) -> None:
    view = window.article_view
    window.show_tab("quotes")
    quotes = window.quotes_view
    last = quotes.proxy.index(quotes.proxy.rowCount() - 1, 0)
    quotes.list_view.setCurrentIndex(last)
    window.show_tab("article")
    start, end = view.quote_range(7) or (0, 0)
    assert view.verticalScrollBar().value() > 0
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    assert 0 <= view.cursorRect(cursor).top() < view.viewport().height()
    highlighted = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in view.extraSelections()]
    assert highlighted == [(start, end)]


def test_a_filter_that_hides_a_selected_quote_unselects_it_in_every_tab(window: MainWindow) -> None:
    quotes = window.quotes_view
    window.show_tab("quotes")
    quotes.list_view.setCurrentIndex(quotes.proxy.index(3, 0))  # McQuarrie's "a master plan"
    assert window.article_view.extraSelections()
    quotes.speaker_box.setCurrentIndex(quotes.speaker_box.findData("Tom Cruise"))
    assert not quotes.list_view.selectionModel().hasSelection()
    assert window.model.selection.selectedRows() == []
    assert window.article_view.extraSelections() == []  # nothing highlighted, nothing to copy
    quotes.speaker_box.setCurrentIndex(0)
    assert not quotes.list_view.selectionModel().hasSelection()


def test_clicking_a_quote_the_filter_hides_shows_all_quotes(qtbot, window: MainWindow) -> None:
    quotes = window.quotes_view
    quotes.search_box.setText("audience")
    view = window.article_view
    start, _ = view.quote_range(6) or (0, 0)  # DeVore's, not about the audience
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_inside(view, start + 2))
    assert quotes.search_box.text() == ""
    assert quotes.proxy.rowCount() == 8
    assert [q.speaker.name for q in quotes.selected_quotes()] == ["John DeVore"]


def test_a_new_story_clears_the_selection_and_the_highlight(window: MainWindow, tmp_path: Path) -> None:
    window.model.selection.select(window.model.index(2), window.model.selection.SelectionFlag.ClearAndSelect)
    assert window.article_view.extraSelections()
    assert open_and_wait(window, Path(__file__).parents[2] / "data" / "second_story.json")
    assert not window.model.selection.hasSelection()
    assert window.article_view.extraSelections() == []


# --- Copy ---------------------------------------------------------------------------------------


def test_words_selected_inside_a_quote_copy_with_attribution(qtbot, page: ArticlePage) -> None:
    view = page.view
    text = view.toPlainText()
    start = text.index("comes down to one thing")
    _select(view, start, start + len("comes down to one thing"))
    assert page.copy_with_attribution_action.isEnabled()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL | SHIFT)
    assert QGuiApplication.clipboard().text() == "“…comes down to one thing…” — Tom Cruise"
    assert QGuiApplication.clipboard().mimeData().html() == "<p>“…comes down to one thing…” — Tom Cruise</p>"


def test_a_whole_quote_selected_with_its_marks_counts_as_inside(page: ArticlePage) -> None:
    view = page.view
    start, end = view.quote_range(3) or (0, 0)
    _select(view, start - 1, end + 1)  # the quotation marks too
    excerpt = view.selected_excerpt()
    assert excerpt is not None
    assert (excerpt.text, excerpt.speaker.name) == ("a master plan", "Christopher McQuarrie")


def test_a_selection_beyond_a_quote_copies_plainly(qtbot, page: ArticlePage) -> None:
    view = page.view
    text = view.toPlainText()
    start = text.index("Tom Cruise has done it again.")
    _select(view, start, start + 29)
    assert not page.copy_with_attribution_action.isEnabled()
    page.copy_with_attribution()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == "Tom Cruise has done it again."


def test_the_context_menu_offers_attribution(qtbot, page: ArticlePage) -> None:
    view = page.view
    start, end = view.quote_range(2) or (0, 0)
    _select(view, start, end)
    QApplication.sendEvent(
        view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(10, 10), view.viewport().mapToGlobal(QPoint(10, 10)))
    )
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts = [action.text() for action in menu.actions()]
    menu.close()
    assert "Copy &with attribution" in texts
    assert any("Copy" in text for text in texts[:2])


# --- Print and PDF ------------------------------------------------------------------------------


def test_export_as_pdf_writes_a_pdf(page: ArticlePage, tmp_path: Path) -> None:
    target = tmp_path / "article.pdf"
    assert page.export_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 5000


def test_export_as_pdf_from_the_menu_asks_where(monkeypatch: pytest.MonkeyPatch, window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr("gui.views.text_export.ask_for_save_path", lambda *args: str(target))
    window.article_page.export_pdf_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert window.statusBar().currentMessage() == "Saved the article as chosen.pdf"


def test_an_unwritable_pdf_path_is_reported(page: ArticlePage, tmp_path: Path) -> None:
    assert not page.export_pdf(tmp_path)  # a folder, not a file
    assert page.message_box is not None
    assert "Cannot write" in page.message_box.text()
    page.message_box.close()


def test_print_goes_through_the_print_dialog(monkeypatch: pytest.MonkeyPatch, page: ArticlePage, tmp_path: Path) -> None:
    target = tmp_path / "printed.pdf"

    class AcceptingDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(article_print, "QPrintDialog", AcceptingDialog)
    page.set_page_theme(PageTheme.DARK)
    page.print_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")


def test_paper_is_light_whatever_the_screen_shows(model: StoryModel) -> None:
    document = article_print.printable_document(model.story, QLocale())
    assert LIGHT.text in document.defaultStyleSheet()
    assert DARK.text not in document.defaultStyleSheet()


# --- Links and hostile text ----------------------------------------------------------------------


def _record_opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


def _click_byline_link(qtbot, view: ArticleView) -> None:
    start = view.toPlainText().index("Entertainment Weekly ·")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_inside(view, start + 2))


def test_the_source_link_opens_in_the_browser_only_on_click(qtbot, page: ArticlePage, monkeypatch: pytest.MonkeyPatch) -> None:
    opened = _record_opened_urls(monkeypatch)
    assert opened == []  # showing the article opened nothing
    _click_byline_link(qtbot, page.view)
    assert [url.toString() for url in opened] == ["https://ew.com/movies/watch-tom-cruise-ride-a-motorcycle-off-a-cliff/"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "ftp://example.org/x"])
def test_links_other_than_web_pages_are_refused(
    qtbot, seed_story: Story, settings: QSettings, monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    opened = _record_opened_urls(monkeypatch)
    article = ArticlePage(StoryModel(replace(seed_story, url=url)), settings)
    qtbot.addWidget(article)
    article.resize(900, 700)
    article.show()
    qtbot.waitExposed(article)
    with qtbot.waitSignal(article.statusMessage) as message:
        _click_byline_link(qtbot, article.view)
    assert opened == []
    assert str(message.args[0]).startswith("Refused to open")


def test_hostile_markup_in_the_text_is_shown_literally_and_loads_nothing(
    qtbot, seed_story: Story, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested: list[object] = []
    monkeypatch.setattr(ArticleView, "loadResource", lambda self, kind, name: requested.append(name))
    hostile = '<b>bold</b> <img src="http://example.org/x.png"> <a href="javascript:alert(1)">click</a>'
    story = replace(seed_story, headline=hostile, paragraphs=(hostile, *seed_story.paragraphs[1:]), source=hostile)
    article = ArticlePage(StoryModel(story), settings)
    qtbot.addWidget(article)
    article.show()
    qtbot.waitExposed(article)
    text = article.view.toPlainText()
    assert text.count(typographic(hostile)) == 3  # headline, byline and first paragraph
    hrefs = set()
    block = article.view.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment_format = fragments.fragment().charFormat()
            assert not fragment_format.isImageFormat()
            if fragment_format.anchorHref():
                hrefs.add(fragment_format.anchorHref())
            fragments += 1
        block = block.next()
    assert hrefs <= {story.url} | {f"quote:{row}" for row in range(len(story.quotes))}
    assert requested == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_the_status_bar_reports_zoom_and_refusals(qtbot, window: MainWindow) -> None:
    window.article_view.set_zoom(125)
    assert window.statusBar().currentMessage() == "Zoom 125 %"


def test_message_boxes_from_the_page_are_plain(page: ArticlePage, tmp_path: Path) -> None:
    page.export_pdf(tmp_path)
    assert page.message_box is not None
    assert page.message_box.textFormat() == Qt.TextFormat.PlainText
    assert page.message_box.icon() == QMessageBox.Icon.Warning
    page.message_box.close()


def test_quotes_and_links_are_reachable_by_keyboard(qtbot, page: ArticlePage, model: StoryModel) -> None:
    view = page.view
    view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # the dek's quote comes first
    with qtbot.waitSignal(model.selection.currentChanged):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert [index.row() for index in model.selection.selectedRows()] == [0]
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # then the source's link
    assert view.textCursor().charFormat().anchorHref().startswith("https://")


# --- Copy what is highlighted, in the chosen form ---------------------------------------------------

AUDIENCE = "It all comes down to one thing: The audience."


def _clipboard() -> tuple[str, str]:
    mime = QGuiApplication.clipboard().mimeData()
    return mime.text(), mime.html()


def _edit_action(window: MainWindow, text: str) -> QAction:
    return next(action for action in window.edit_menu.actions() if action.text() == text)


def _active(qtbot, window: MainWindow) -> ArticleView:
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_tab("article")
    return window.article_view


def test_a_clicked_quote_copies_in_the_chosen_form(qtbot, window: MainWindow) -> None:
    view = _active(qtbot, window)
    start, _ = view.quote_range(2) or (0, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_inside(view, start + 2))
    assert _edit_action(window, "&Copy").isEnabled()
    assert _edit_action(window, "Copy &with attribution").isEnabled()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert _clipboard() == (f"“{AUDIENCE}” — Tom Cruise", f"<p>“{AUDIENCE}” — Tom Cruise</p>")
    assert window.statusBar().currentMessage() == "Copied 1 quote with attribution"
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        window.article_page.copy_as_actions[CopyFormat.MARKDOWN].trigger()
    assert _clipboard() == (
        f"> {AUDIENCE}\n>\n> — Tom Cruise",
        f"<blockquote><p>{AUDIENCE}</p><p>— Tom Cruise</p></blockquote>",
    )
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        _edit_action(window, "&Copy").trigger()  # Edit › Copy keeps the form chosen
    assert _clipboard()[0] == f"> {AUDIENCE}\n>\n> — Tom Cruise"
    assert window.statusBar().currentMessage() == "Copied 1 quote as Markdown"


def test_tab_and_enter_pick_a_quote_that_ctrl_c_and_ctrl_shift_c_copy(qtbot, window: MainWindow, settings: QSettings) -> None:
    settings.setValue(keys.COPY_FORMAT, CopyFormat.PLAIN.value)
    view = _active(qtbot, window)
    view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert _clipboard() == ("the biggest stunt in cinema history.", "<p>the biggest stunt in cinema history.</p>")
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL | SHIFT)
    assert _clipboard()[0] == "“the biggest stunt in cinema history.” — The film’s team"


def test_a_quote_selected_in_the_quotes_tab_copies_from_the_article(qtbot, window: MainWindow, settings: QSettings) -> None:
    view = _active(qtbot, window)
    _select(view, 0, 20)  # words picked earlier elsewhere in the article
    window.show_tab("quotes")
    window.quotes_view.copy_as_actions[CopyFormat.CITATION].trigger()
    window.quotes_view.list_view.setCurrentIndex(window.quotes_view.proxy.index(7, 0))
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert view.hasFocus()
    assert not view.textCursor().hasSelection()  # one thing highlighted: the quote
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    devore = "“Tom Cruise just rode a motorcycle off a cliff six times today.” — John DeVore"
    url = window.model.story.url
    assert _clipboard() == (
        f"{devore}, Entertainment Weekly, 19 December 2022, {url}",
        f'<p>{devore}, <i>Entertainment Weekly</i>, 19 December 2022, <a href="{url}">{url}</a></p>',
    )
    assert window.statusBar().currentMessage() == "Copied 1 quote as a citation"


def test_a_quote_reached_by_tab_alone_can_be_copied(qtbot, window: MainWindow) -> None:
    view = _active(qtbot, window)
    view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        _edit_action(window, "&Copy").trigger()
    assert _clipboard()[0] == "“the biggest stunt in cinema history.” — The film’s team"
    assert window.statusBar().currentMessage() == "Copied 1 quote with attribution"


def test_nothing_picked_says_what_to_select(qtbot, window: MainWindow) -> None:
    view = _active(qtbot, window)
    # Enabled, so that Ctrl+C with nothing picked answers rather than passing in silence.
    assert _edit_action(window, "&Copy").isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert window.statusBar().currentMessage() == "Select a quote, or words in the article, to copy"


def _context_menu(qtbot, view: ArticleView, position: QPoint) -> QMenu:
    global_position = view.viewport().mapToGlobal(position)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, global_position))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def _submenu(menu: QMenu, text: str) -> QMenu:
    action = next(action for action in menu.actions() if action.text() == text)
    # Not action.menu(): PySide 6.9 to 6.11.1 hand that menu to Python, which deletes the real one with the wrapper.
    return next(widget for widget in QApplication.allWidgets() if isinstance(widget, QMenu) and widget.menuAction() == action)


def test_right_click_on_a_quote_offers_copy_quote_and_copy_as(qtbot, window: MainWindow) -> None:
    view = _active(qtbot, window)
    start, _ = view.quote_range(3) or (0, 0)
    menu = _context_menu(qtbot, view, _point_inside(view, start + 2))
    texts = [action.text() for action in menu.actions()]
    assert "Copy &quote" in texts
    assert not any("Link" in text for text in texts)  # "quote:3" is the app's own address, nothing to paste
    copy_as = _submenu(menu, "Copy &as")
    assert [action.text() for action in copy_as.actions()] == [f"&{form.label}" for form in CopyFormat]
    assert [index.row() for index in window.model.selection.selectedRows()] == [3]  # picked, as a click does
    copy_quote = next(action for action in menu.actions() if action.text() == "Copy &quote")
    menu.close()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        copy_quote.trigger()
    assert _clipboard() == ("“a master plan” — Christopher McQuarrie", "<p>“a master plan” — Christopher McQuarrie</p>")
    menu = _context_menu(qtbot, view, _point_inside(view, start + 2))
    citation = _submenu(menu, "Copy &as").actions()[3]
    menu.close()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        citation.trigger()
    assert _clipboard()[0].startswith("“a master plan” — Christopher McQuarrie, Entertainment Weekly, 19 December 2022, https://")


def test_the_menu_key_on_a_quote_reached_by_tab_offers_copy_quote(qtbot, window: MainWindow) -> None:
    view = _active(qtbot, window)
    view.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(3):  # the dek’s quote, the source’s link, then Cruise’s first quote
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    at = view.cursorRect().center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, view.mapToGlobal(at)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    copy_quote = next(action for action in menu.actions() if action.text() == "Copy &quote")
    menu.close()
    assert copy_quote.isEnabled()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        copy_quote.trigger()
    assert _clipboard()[0] == "“I’ve wanted to do it since I was a little kid.” — Tom Cruise"


def test_the_context_menus_copy_copies_as_ctrl_c_does(qtbot, page: ArticlePage) -> None:
    view = page.view
    start, end = view.quote_range(2) or (0, 0)
    _select(view, start, end)
    menu = _context_menu(qtbot, view, QPoint(10, 10))
    copy = next(action for action in menu.actions() if action.text() == "&Copy")
    menu.close()
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        copy.trigger()
    assert _clipboard()[0] == f"“{AUDIENCE}” — Tom Cruise"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("two years ago, the cameras", "> …two years ago, the cameras…\n>\n> — Christopher McQuarrie"),
        ("even two years ago", "> even two years ago…\n>\n> — Christopher McQuarrie"),
        ("the cameras didn't exist", "> …the cameras didn’t exist\n>\n> — Christopher McQuarrie"),
        ("even two years ago, the cameras didn't exist", "> even two years ago, the cameras didn’t exist\n>\n> — Christopher McQuarrie"),
    ],
)
def test_words_of_a_quote_copy_in_the_chosen_form_with_ellipses_where_cut(
    qtbot, page: ArticlePage, settings: QSettings, words: str, expected: str
) -> None:
    settings.setValue(keys.COPY_FORMAT, CopyFormat.MARKDOWN.value)
    view = page.view
    start = view.toPlainText().index(typographic(words))  # shown with a typographic apostrophe
    _select(view, start, start + len(words))
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == expected
    inner = expected.splitlines()[0][2:]
    assert QGuiApplication.clipboard().mimeData().html() == (
        f"<blockquote><p>{inner.replace(chr(39), '&#x27;')}</p><p>— Christopher McQuarrie</p></blockquote>"
    )
    assert page.find_bar.isHidden()


def test_f7_turns_on_a_caret_that_selects_words_by_keyboard(qtbot, page: ArticlePage) -> None:
    view = page.view
    start, _ = view.quote_range(3) or (0, 0)  # "a master plan"
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 2)
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert view.caret_browsing
    assert page.caret_action.isChecked()
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Right, SHIFT)
    assert view.textCursor().selectedText() == "master"
    with qtbot.waitSignal(QGuiApplication.clipboard().dataChanged):
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
    assert _clipboard() == ("“…master…” — Christopher McQuarrie", "<p>“…master…” — Christopher McQuarrie</p>")
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert not view.caret_browsing
    before = view.textCursor().position()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.textCursor().position() == before  # without the caret, arrows only scroll


def test_no_menu_offers_a_quotes_own_address_once_the_quote_is_no_longer_selected(qtbot, window: MainWindow) -> None:
    # A search in the Quotes tab can drop the clicked quote from the selection while the caret stays on it.
    view = _active(qtbot, window)
    view.select_quote(2)
    window.model.selection.clearSelection()
    at = view.cursorRect().center()
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, view.mapToGlobal(at)))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts = [action.text() for action in menu.actions()]
    menu.close()
    assert not any("link" in text.lower() for text in texts)


def test_words_copied_across_quotes_carry_no_page_links_or_colours(qtbot, page: ArticlePage) -> None:
    view = page.view
    start, _ = view.quote_range(6) or (0, 0)
    _, end = view.quote_range(7) or (0, 0)
    _select(view, start - 3, end)
    mime = view.createMimeDataFromSelection()
    assert "quote:" not in mime.html()
    assert "style" not in mime.html()
    assert "DeVore" in mime.html()
    assert mime.html().count("<p>") == mime.text().count("\n") + 1  # a paragraph for each line of the text


def test_words_the_caret_selects_after_tab_reached_a_quote_are_drawn_as_a_selection(qtbot, page: ArticlePage) -> None:
    # Tab to a quote draws it as a focus frame; Shift+arrows then select words of the reader's own,
    # which must be painted in the selection colour, not left as a dotted frame.
    view = page.view
    view.set_caret_browsing(True)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    cursor = view.textCursor()
    assert cursor.hasSelection()
    middle = QTextCursor(view.document())
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    rect = view.cursorRect(middle)
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert image.pixelColor(rect.center().x() + 1, rect.center().y()) == highlight
