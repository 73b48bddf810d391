"""The Article tab: the typeset article with its find bar, zoom, page themes, copying and printing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...models.story_model import StoryModel, selected_rows
from ...settings import keys
from ...settings.reading_places import ReadingPlaces
from ...settings.values import read_enum
from ...story import Quote
from ...story.wording import fill
from ..tab_page import EditEntry
from .article_view import ArticleView
from .page_theme import PageTheme
from .zoom import zoom_from_setting

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMessageBox

    # The copy formats are first needed by a copy, after the first frame.
    from ...story.quote_formats import CopyFormat


Shortcut: TypeAlias = "QKeySequence | QKeySequence.StandardKey | list[QKeySequence]"


class ArticlePage(QWidget):
    """Holds the article view and the find bar, and the actions the menus show for them.

    Zoom and page theme are read from `settings` and written back when they change.
    With `paint_first`, only the view is made, so the first frame comes sooner; the find bar
    and the actions follow in `finish()`, which the window calls right after that frame.

    Signals:
        statusMessage(str): feedback for the status bar.
    """

    statusMessage = Signal(str)

    def __init__(self, model: StoryModel, settings: QSettings, parent: QWidget | None = None, paint_first: bool = False) -> None:
        super().__init__(parent)
        self._model = model
        self._settings = settings
        self.message_box: QMessageBox | None = None
        self._theme = PageTheme.from_setting(settings.value(keys.ARTICLE_THEME))
        # Typeset once, already in the remembered theme and zoom.
        self.view = ArticleView(model, self._theme, zoom_from_setting(settings.value(keys.ARTICLE_ZOOM)), paint_first=paint_first)
        self.view.open_at(ReadingPlaces(settings).load(model.story))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.view, 1)
        # Connected now, not in `finish`: a zoom or a refused link before the rest is made
        # is remembered and told as it is after.
        self.view.statusMessage.connect(self.statusMessage)
        self.view.zoomChanged.connect(self._remember_zoom)
        self.finished = False
        if not paint_first:
            self.finish()

    def finish(self) -> None:
        """Make what the first frame does not show: the find bar (hidden until Ctrl+F) and the actions."""
        if self.finished:
            return
        self.finished = True
        # Imported here: their classes (and QtCore.Qt, whose first use builds every enum of the
        # namespace) cost the first frame a fifth of its instructions and show nothing in it.
        from .find_bar import FindBar

        self.view.finish()
        self.find_bar = FindBar(self.view)
        self._layout.addWidget(self.find_bar)
        self._build_actions()
        self.theme_actions[self._theme].setChecked(True)

        self.view.typeset.connect(self.find_bar.search_again)
        self.view.selectionChanged.connect(self._update_copy_actions)
        self.view.caretBrowsingChanged.connect(self._announce_caret_browsing)
        self._model.selection.selectionChanged.connect(self._update_copy_actions)
        self.find_bar.matchesChanged.connect(self.view.set_find_matches)
        self._update_copy_actions()

    def save_place(self) -> None:
        """Remember where the reader is in this article, for the next run to open it there."""
        ReadingPlaces(self._settings).save(self._model.story, self.view.top_position())

    def take_focus(self) -> None:
        if not self.finished:
            # The first frame: no reason given, which needs no QtCore.Qt; `finish` gives it again.
            self.view.setFocus()
            return
        from PySide6.QtCore import Qt

        self.view.setFocus(Qt.FocusReason.TabFocusReason)

    def edit_menu_entries(self) -> list[EditEntry]:
        if not self.finished:
            return []
        return [
            self.copy_action,
            self.copy_as_menu,
            self.copy_with_attribution_action,
            self.select_all_action,
            None,
            self.find_action,
            self.find_next_action,
            self.find_previous_action,
            None,
            self.caret_action,
        ]

    @property
    def copy_format(self) -> CopyFormat:
        """The form Ctrl+C copies quotes in: the last one chosen from "Copy as", in either tab."""
        from ...story.quote_formats import CopyFormat

        return read_enum(self._settings, keys.COPY_FORMAT, CopyFormat.ATTRIBUTED)

    def copy(self, copy_format: CopyFormat | None = None) -> None:
        """Copy what is highlighted: words of a quote or the selected quotes in the chosen form, other text as it is."""
        from PySide6.QtGui import QGuiApplication

        from ..quotes.quote_mime import quotes_mime

        copy_format = copy_format or self.copy_format
        if self.view.textCursor().hasSelection():
            excerpt = self.view.selected_excerpt()
            if excerpt is None:
                self.view.copy()
                self.statusMessage.emit(self.tr("Copied the selected text"))
                return
            QGuiApplication.clipboard().setMimeData(quotes_mime([excerpt], self._model.story, copy_format))
            row = self.view.excerpt_row()
            whole = row is not None and excerpt.text == self._model.quote(row).text
            if whole:
                self.statusMessage.emit(fill(self.tr("Copied 1 quote %1"), copy_format.phrase))
            else:
                self.statusMessage.emit(fill(self.tr("Copied words of %1 %2"), excerpt.speaker.name, copy_format.phrase))
            return
        self._copy_quotes(self._selected_quotes(), copy_format)

    def choose_copy_format(self, copy_format: CopyFormat) -> None:
        """Copy in `copy_format` and make it the form Ctrl+C uses from now on, in both tabs."""
        self._settings.setValue(keys.COPY_FORMAT, copy_format.value)
        self._show_copy_format()
        self.copy(copy_format)

    def copy_quote(self) -> None:
        """The context menu's "Copy quote": the quote right-clicked (or words chosen in it) in the chosen form."""
        row = self.view.context_row
        if row is not None and self.view.excerpt_row() == row:
            self.copy()
            return
        quotes = [self._model.quote(row)] if row is not None else self._selected_quotes()
        self._copy_quotes(quotes, self.copy_format)

    def set_page_theme(self, theme: PageTheme) -> None:
        self.view.set_page_theme(theme)
        self.theme_actions[theme].setChecked(True)
        self._settings.setValue(keys.ARTICLE_THEME, theme.value)

    def copy_with_attribution(self) -> None:
        """Ctrl+Shift+C: words of a quote, or the selected quotes, with who said them, whatever the chosen form."""
        if self.view.textCursor().hasSelection() and self.view.selected_excerpt() is None:
            self.statusMessage.emit(self.tr("Select words inside a quote to copy them with attribution"))
            return
        from ...story.quote_formats import CopyFormat

        self.copy(CopyFormat.ATTRIBUTED)

    def print_article(self) -> None:
        # QtPrintSupport loads on first use: start-up never needs it.
        from .article_print import print_article

        if print_article(self, self._model.story, self.locale()):
            self.statusMessage.emit(self.tr("Sent the article to the printer"))

    def export_pdf_as(self) -> None:
        """Ask where, then save the article as PDF."""
        self.export_pdf()

    def export_pdf(self, path: str | Path | None = None) -> bool:
        """Save the article as PDF at `path`, or where the reader chooses."""
        from .article_print import choose_pdf_path, export_pdf

        chosen = Path(path) if path is not None else choose_pdf_path(self, self._model.story)
        if chosen is None:
            return False
        self.message_box = export_pdf(self, self._model.story, self.locale(), chosen)
        if self.message_box is not None:
            return False
        self.statusMessage.emit(fill(self.tr("Saved the article as %1"), chosen.name))
        return True

    def _build_actions(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence
        from PySide6.QtWidgets import QMenu

        from ..copy_as_menu import copy_as_menu

        self.copy_action = self._action(
            self.tr("&Copy"),
            QKeySequence.StandardKey.Copy,
            self.tr("Copy the selected quote or text; quotes in the chosen form"),
            self.copy,
        )
        self.copy_as_menu, self.copy_as_actions = copy_as_menu(self, self.tr("the selected quote"), self.choose_copy_format)
        # The Quotes tab may have chosen another form since this menu last showed.
        self.copy_as_menu.aboutToShow.connect(self._show_copy_format)
        self._show_copy_format()
        self.copy_quote_action = QAction(self.tr("Copy &quote"), self)
        self.copy_quote_action.setStatusTip(self.tr("Copy this quote in the chosen form"))
        self.copy_quote_action.triggered.connect(self.copy_quote)
        self.copy_with_attribution_action = self._action(
            self.tr("Copy &with attribution"),
            QKeySequence("Ctrl+Shift+C"),
            self.tr("Copy the selected quote, or words selected inside one, with who said them"),
            self.copy_with_attribution,
        )
        self.caret_action = self._action(
            self.tr("Caret &browsing"),
            QKeySequence(Qt.Key.Key_F7),
            self.tr("Move a caret with the arrows and select words with Shift"),
            self._toggle_caret,
        )
        self.caret_action.setCheckable(True)
        self.select_all_action = self._action(
            self.tr("S&elect all"), QKeySequence.StandardKey.SelectAll, self.tr("Select the whole article"), self.view.selectAll
        )
        self.find_action = self._action(
            self.tr("&Find…"), QKeySequence.StandardKey.Find, self.tr("Find words in the article"), self.find_bar.open
        )
        self.find_next_action = self._action(
            self.tr("Find &next"), QKeySequence.StandardKey.FindNext, self.tr("Go to the next match"), self.find_bar.find_next
        )
        self.find_previous_action = self._action(
            self.tr("Find &previous"),
            QKeySequence.StandardKey.FindPrevious,
            self.tr("Go to the previous match"),
            self.find_bar.find_previous,
        )
        # Ctrl+= too: on most keyboards "+" needs Shift, and the unshifted key is what people press.
        zoom_in_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        self.zoom_in_action = self._action(self.tr("Zoom &in"), zoom_in_keys, self.tr("Make the article's text larger"), self.view.zoom_in)
        self.zoom_out_action = self._action(
            self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.tr("Make the article's text smaller"), self.view.zoom_out
        )
        self.zoom_reset_action = self._action(
            self.tr("Actual &size"), QKeySequence("Ctrl+0"), self.tr("Show the article's text at 100 %"), self.view.reset_zoom
        )

        self.theme_menu = QMenu(self.tr("Page &theme"), self)
        group = QActionGroup(self)
        self.theme_actions: dict[PageTheme, QAction] = {}
        for theme in PageTheme:
            action = QAction(theme.label, self)
            action.setCheckable(True)
            tip = theme.tip
            action.setStatusTip(tip)
            action.triggered.connect(lambda _=False, t=theme: self.set_page_theme(t))
            group.addAction(action)
            self.theme_menu.addAction(action)
            self.theme_actions[theme] = action

        self.print_action = QAction(self.tr("&Print article…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setStatusTip(self.tr("Print the article"))
        self.print_action.triggered.connect(self.print_article)
        self.export_pdf_action = QAction(self.tr("Export article as P&DF…"), self)
        self.export_pdf_action.setStatusTip(self.tr("Save the article as a PDF file"))
        self.export_pdf_action.triggered.connect(self.export_pdf_as)

        separator = QAction(self)
        separator.setSeparator(True)
        self.view.copy_action = self.copy_action
        self.view.select_all_action = self.select_all_action
        self.view.context_actions = [
            self.copy_quote_action,
            self.copy_as_menu.menuAction(),
            self.copy_with_attribution_action,
            separator,
            self.find_action,
        ]

    def _action(self, text: str, shortcut: Shortcut, tip: str, slot: Callable[[], None]) -> QAction:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(shortcut)
        # Only while the article tab is showing: the Quotes tab has its own Copy and Find.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(tip)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def _remember_zoom(self, percent: int) -> None:
        self._settings.setValue(keys.ARTICLE_ZOOM, percent)
        self.statusMessage.emit(fill(self.tr("Zoom %1 %"), self.locale().toString(percent)))

    def _copy_quotes(self, quotes: list[Quote], copy_format: CopyFormat) -> None:
        if not quotes:
            self.statusMessage.emit(self.tr("Select a quote, or words in the article, to copy"))
            return
        from PySide6.QtGui import QGuiApplication

        from ..quotes.quote_mime import quotes_mime

        QGuiApplication.clipboard().setMimeData(quotes_mime(quotes, self._model.story, copy_format))
        n = len(quotes)
        copied = self.tr("Copied 1 quote %1") if n == 1 else self.tr("Copied %Ln quotes %1", "", n)
        self.statusMessage.emit(fill(copied, copy_format.phrase))

    def _selected_quotes(self) -> list[Quote]:
        return [self._model.quote(row) for row in selected_rows(self._model.selection.selection())]

    def _show_copy_format(self) -> None:
        self.copy_as_actions[self.copy_format].setChecked(True)

    def _toggle_caret(self) -> None:
        self.view.set_caret_browsing(not self.view.caret_browsing)

    def _announce_caret_browsing(self, on: bool) -> None:
        self.caret_action.setChecked(on)
        if on:
            self.statusMessage.emit(self.tr("Caret browsing on: arrows move the caret, Shift+arrows select; F7 turns it off"))
        else:
            self.statusMessage.emit(self.tr("Caret browsing off"))

    def _update_copy_actions(self) -> None:
        has_text = self.view.textCursor().hasSelection()
        excerpt = self.view.selected_excerpt() is not None
        quotes = self._model.selection.hasSelection()
        # Copy stays enabled: a disabled one lets Ctrl+C with nothing picked pass in silence; it says what to select.
        self.copy_with_attribution_action.setEnabled(excerpt or (quotes and not has_text))
        self.copy_quote_action.setEnabled(excerpt or quotes)
