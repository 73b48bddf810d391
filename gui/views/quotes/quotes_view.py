"""The Quotes tab: every quote with its speaker, filtered, searched, starred and copied."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QDrag, QFocusEvent, QFont, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...models.quote_filter import QuoteFilterProxy
from ...models.story_model import QuoteRole, StoryModel, run_rows, selected_rows, selection_runs
from ...settings import keys
from ...settings.values import read_enum
from ...story import Quote
from ...story.quote_formats import CopyFormat
from ...story.typography import Curler, typographic
from ...story.wording import fill, no_quotes_shown
from ..copy_as_menu import copy_as_menu
from ..focus_band import paint_focus_band, reserve_focus_band
from ..tab_page import EditEntry
from ..text_export import choose_export_path, slug, write_export
from .quote_mime import quotes_mime

STARRED, UNSTARRED = "★", "☆"
# The star and the space after it, where a click stars: an em space makes it a target of
# about 24 px or more by the row's two lines (WCAG 2.2's minimum target), not a 16 px glyph.
STAR_GAP = "\u2003\u2002"
MIN_STAR_TARGET = 24
LAYOUT_BATCH_ROWS = 500  # about 5 ms of layout: the list grows between keystrokes, never blocks one
# What of a quote is ever laid out. Qt measures and elides the whole of a row's text, and
# the pane lays out all it is given: one quote of 2 MB froze the window for 3.4 s at each move.
ROW_CHARS = 400  # more than one line of the widest window; the row is elided to what fits
DETAIL_CHARS = 2_000  # a screen or two of the pane, which says how long the rest is


def shown_head(text: str, limit: int) -> str:
    """The start of `text` as the screen shows it (typographic marks), at most `limit` characters and "…".

    Curled as in the whole text: a mark just before the cut looks at the character after it.
    """
    if len(text) <= limit:
        return typographic(text)
    return Curler(text).upto(limit) + "…"


class QuoteDelegate(QStyledItemDelegate):
    """Draws a quote with its star, in quotation marks, and the speaker on the line below."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        star = STARRED if index.data(QuoteRole.FAVOURITE) else UNSTARRED
        # U+2028 breaks the line inside one item; a plain newline is drawn as nothing.
        # Typographic marks, as the article shows them and as a copy carries them.
        text, speaker = shown_head(index.data(QuoteRole.TEXT), ROW_CHARS), shown_head(index.data(QuoteRole.SPEAKER_LABEL), ROW_CHARS)
        option.text = f"{star}{STAR_GAP}“{text}”\u2028\u2003{STAR_GAP}— {speaker}"

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Narrow, not as wide as the text: the list stretches each row to its own width and
        # the text is elided there, never scrolled sideways (at any width of the window).
        hint = super().sizeHint(option, index)
        return QSize(min(hint.width(), 2 * self.star_width(option)), hint.height())

    @staticmethod
    def star_width(option: QStyleOptionViewItem) -> int:
        """How far from the row's left edge a click stars the quote."""
        return max(MIN_STAR_TARGET, option.fontMetrics.horizontalAdvance(STARRED + STAR_GAP))


class QuoteListView(QListView):
    """A list whose drags carry the same data as a copy, so quotes drop into any app.

    The current row is always a selected row: a row with the focus frame that a copy
    would not act on is a trap (Qt makes one whenever the list gets the focus).
    """

    def __init__(self, mime_for_selection: Callable[[], QMimeData | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mime_for_selection = mime_for_selection
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        # After the event that moved the current row has finished: a Ctrl+click moves it
        # first and toggles the row's selection only afterwards.
        self._settler = QTimer(self, singleShot=True, interval=0)
        self._settler.timeout.connect(self.settle_current)
        # True while the focus alone picks a row: a pick that must not move the reader's article.
        self.picking_on_focus = False
        self._star_pressed = QPersistentModelIndex()
        reserve_focus_band(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.selectionModel().currentChanged.connect(self._settler.start)
        self.selectionModel().selectionChanged.connect(self._settler.start)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        paint_focus_band(self, event)
        return handled

    def settle_current(self) -> None:
        """Select the current row when nothing is; otherwise move the current row onto the selection."""
        selection, current = self.selectionModel(), self.currentIndex()
        if not current.isValid() or selection.isSelected(current):
            return
        if not selection.hasSelection():
            selection.select(current, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            return
        # By ranges: the row nearest the current one is an end of one of them.
        row = current.row()
        ends = (min(max(row, top), bottom) for top, bottom in selection_runs(selection.selection()))
        nearest = min(ends, key=lambda near: abs(near - row))
        selection.setCurrentIndex(current.siblingAtRow(nearest), QItemSelectionModel.SelectionFlag.NoUpdate)

    def selectAll(self) -> None:
        # Qt's list asks for every row's index to find hidden ones (none here): 87,000 calls
        # into Python took most of a second. All the rows shown are one range.
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if rows and self.selectionMode() != QAbstractItemView.SelectionMode.NoSelection:
            self.selectionModel().select(
                QItemSelection(model.index(0, 0), model.index(rows - 1, 0)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def star_index_at(self, position: QPoint) -> QModelIndex:
        """The quote whose star is at `position` on the viewport, or an invalid index."""
        index = self.indexAt(position)
        if not index.isValid():
            return QModelIndex()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        return index if position.x() - option.rect.left() <= QuoteDelegate.star_width(option) else QModelIndex()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click on a star stars that quote and leaves the selection where it was: the press
        # that would select the row is not passed on.
        star = self.star_index_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else QModelIndex()
        self._star_pressed = QPersistentModelIndex(star)
        if star.isValid():
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.star_index_at(event.position().toPoint()).isValid():
            # The second click of a quick pair stars again (back), as two clicks should.
            self.mousePressEvent(event)
            return
        super().mouseDoubleClickEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._star_pressed.isValid():
            event.accept()  # a press on a star selects nothing, dragged or not
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._star_pressed = self._star_pressed, QPersistentModelIndex()
        if pressed.isValid():
            event.accept()
            if self.star_index_at(event.position().toPoint()) == pressed:
                model = self.model()
                model.setData(model.index(pressed.row(), 0), not pressed.data(QuoteRole.FAVOURITE), QuoteRole.FAVOURITE)
            return
        super().mouseReleaseEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.picking_on_focus = True  # Qt makes the first row current here, before anything is picked
        try:
            super().focusInEvent(event)
            self.settle_current()
        finally:
            self.picking_on_focus = False

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        mime = self._mime_for_selection()
        if mime is not None:
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.exec(Qt.DropAction.CopyAction)


class QuotesView(QWidget):
    """Lists the model's quotes through a filter proxy; copies, stars and exports them.

    Signals:
        statusMessage(str): feedback for the status bar, such as "Copied 2 quotes".
    """

    statusMessage = Signal(str)

    def __init__(self, model: StoryModel, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._settings = settings
        self.proxy = QuoteFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.message_box: QMessageBox | None = None

        self.speaker_box = QComboBox()
        self.speaker_box.setObjectName("speakerFilter")
        self.speaker_box.setAccessibleName(self.tr("Filter by speaker"))
        self.speaker_box.setAccessibleDescription(self.tr("Show the quotes of one speaker, or of everyone."))
        self.favourites_button = QToolButton()
        self.favourites_button.setCheckable(True)
        self.favourites_button.toggled.connect(self._show_favourites_state)
        self._show_favourites_state(False)
        self.favourites_button.setObjectName("favouritesOnly")
        self.favourites_button.setAccessibleName(self.tr("Show favourites only"))
        self.favourites_button.setAccessibleDescription(self.tr("When on, only starred quotes are listed."))
        self.search_box = QLineEdit(placeholderText=self.tr("Search quotes and speakers"), clearButtonEnabled=True)
        self.search_box.setObjectName("quoteSearch")
        self.search_box.setAccessibleName(self.tr("Search quotes"))
        self.search_box.setAccessibleDescription(
            self.tr("Type to list only quotes whose words or speaker match; Down, Up or Enter move to the list, Escape clears.")
        )
        self.search_box.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("quoteCount")

        self.list_view = QuoteListView(self.selection_mime)
        self.list_view.setObjectName("quoteList")
        self.list_view.setAccessibleName(self.tr("Quotes"))
        self.list_view.setAccessibleDescription(
            self.tr("The article’s quotes and speakers. Ctrl+C copies the selected ones, Ctrl+D stars them.")
        )
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(QuoteDelegate(self.list_view))
        # One quote a line, elided, its speaker below; the pane underneath shows it whole.
        # Rows of one height spare the list measuring every quote, and laying them out
        # in batches between events keeps a story of 100,000 quotes from freezing the window.
        self.list_view.setUniformItemSizes(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setBatchSize(LAYOUT_BATCH_ROWS)
        self.list_view.setSpacing(4)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.empty_label.setObjectName("quotesEmpty")
        self.results = QStackedWidget()
        self.results.addWidget(self.list_view)
        self.results.addWidget(self.empty_label)
        self.detail = QTextBrowser(openLinks=False)
        self.detail.setObjectName("quoteDetail")
        self.detail.setAccessibleName(self.tr("Selected quote in full"))
        self.detail.setAccessibleDescription(self.tr("The selected quote, its speaker, and the sentence around it in the article."))

        self._build_actions()
        copy_button = QToolButton(popupMode=QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        copy_button.setObjectName("copyButton")
        copy_button.setAccessibleName(self.tr("Copy selected quotes"))
        copy_button.setAccessibleDescription(self.tr("Copy the selected quotes; its menu chooses the form."))
        copy_button.setToolTip(self.tr("Copy the selected quotes; the arrow chooses the form"))
        copy_button.setMenu(self.copy_as_menu)
        copy_button.clicked.connect(self.copy_action.trigger)
        # Its arrow from the keyboard as a combo box's: Alt+Down (or F4) opens the menu of forms.
        copy_button.installEventFilter(self)
        self.copy_button = copy_button
        self.copy_as_menu.aboutToShow.connect(self._show_copy_format)
        self._show_copy_format()

        filters = QHBoxLayout()
        filters.addWidget(self.speaker_box)
        filters.addWidget(self.favourites_button)
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.count_label)
        filters.addWidget(copy_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.results)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

        self.speaker_box.currentIndexChanged.connect(lambda: self.proxy.set_speaker(self.speaker_box.currentData() or ""))
        self.favourites_button.toggled.connect(self.proxy.set_favourites_only)
        self.search_box.textChanged.connect(self.proxy.set_search)
        # The empty list's sentence names the search even when the rows shown stay none.
        self.search_box.textChanged.connect(self._update_count)
        self.list_view.customContextMenuRequested.connect(self._show_context_menu)
        self.list_view.activated.connect(lambda: self.copy_action.trigger())
        self._following_shared = False
        self._said_unselected = False  # the status bar says the filter unselected quotes
        self.list_view.selectionModel().selectionChanged.connect(self._share_selection)
        self.list_view.selectionModel().currentChanged.connect(self._share_selection)
        model.selection.selectionChanged.connect(self._show_shared_selection)
        model.selection.currentChanged.connect(self._show_shared_selection)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
            signal.connect(self._unselect_hidden)
        model.dataChanged.connect(self._show_detail)
        # The star action says what it will do to the quotes selected now.
        model.dataChanged.connect(self._name_star_action)
        model.selection.selectionChanged.connect(self._name_star_action)
        model.modelReset.connect(self._name_star_action)
        model.storyChanged.connect(self._fill_speakers)
        # Made after quotes were picked elsewhere (the article), the list shows them picked;
        # filling the speakers then shows the detail of that selection.
        self._follow_shared_selection()
        self._fill_speakers()
        self._name_star_action()

    @property
    def copy_format(self) -> CopyFormat:
        """The form Ctrl+C copies in: the last one chosen from "Copy as", remembered."""
        return read_enum(self._settings, keys.COPY_FORMAT, CopyFormat.ATTRIBUTED)

    def selected_quotes(self) -> list[Quote]:
        """The selected quotes in article order, whatever order they were picked in."""
        return [self._model.quote(row) for row in self._shared_rows()]

    def visible_quotes(self) -> list[Quote]:
        return [self._model.quote(self.proxy.mapToSource(self.proxy.index(row, 0)).row()) for row in range(self.proxy.rowCount())]

    def selection_mime(self, copy_format: CopyFormat | None = None) -> QMimeData | None:
        """The selected quotes as text/plain and text/html, or None when none is selected."""
        quotes = self.selected_quotes()
        return quotes_mime(quotes, self._model.story, copy_format or self.copy_format) if quotes else None

    def copy_selected(self, copy_format: CopyFormat | None = None) -> None:
        copy_format = copy_format or self.copy_format
        quotes = self.selected_quotes()
        if not quotes:
            self.statusMessage.emit(self.tr("Select a quote to copy"))
            return
        QGuiApplication.clipboard().setMimeData(quotes_mime(quotes, self._model.story, copy_format))
        self.statusMessage.emit(fill(self._copied(len(quotes)), copy_format.phrase))

    def _copied(self, n: int) -> str:
        """ "Copied 2 quotes %1", where %1 names the form ("as plain text")."""
        return self.tr("Copied 1 quote %1") if n == 1 else self.tr("Copied %Ln quotes %1", "", n)

    def choose_copy_format(self, copy_format: CopyFormat) -> None:
        """Copy in `copy_format` and make it the form Ctrl+C uses from now on."""
        self._settings.setValue(keys.COPY_FORMAT, copy_format.value)
        self._show_copy_format()
        self.copy_selected(copy_format)

    def edit_menu_entries(self) -> list[EditEntry]:
        return [self.copy_action, self.copy_as_menu, None, self.favourite_action, self.find_action]

    def take_focus(self) -> None:
        """Put the keyboard on the list, or on the search field when no quote is shown."""
        if self.proxy.rowCount():
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The Article tab may have chosen another form meanwhile.
        self._show_copy_format()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.copy_button and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.copy_button.showMenu()
                return True
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter_results(last=False)
                return True
            if key == Qt.Key.Key_Up:
                self._enter_results(last=True)
                return True
            if key == Qt.Key.Key_Escape:
                # The first Escape clears the search; the next leaves the field for the list.
                if self.search_box.text():
                    self.search_box.clear()
                else:
                    self.take_focus()
                return True
        return super().eventFilter(watched, event)

    def toggle_favourite(self) -> None:
        """Star the selected quotes, or unstar them when all are starred already."""
        rows = self._shared_rows()
        if not rows:
            self.statusMessage.emit(self.tr("Select a quote to star"))
            return
        star = not self._all_starred(rows)
        self._model.set_favourite_rows(rows, star)
        n = len(rows)
        if star:
            self.statusMessage.emit(self.tr("Starred 1 quote") if n == 1 else self.tr("Starred %Ln quotes", "", n))
        else:
            self.statusMessage.emit(self.tr("Unstarred 1 quote") if n == 1 else self.tr("Unstarred %Ln quotes", "", n))

    def export_visible_as(self) -> None:
        """Ask where, then export the quotes shown."""
        self.export_visible()

    def export_visible(self, path: str | Path | None = None) -> bool:
        """Write the quotes now shown to CSV or Markdown (by the file's suffix)."""
        if path is None:
            name = f"{slug(self._model.story.headline, 'article')}-quotes.csv"
            path = choose_export_path(self, self.tr("Export quotes"), name, self.tr("CSV (*.csv);;Markdown (*.md)"))
            if path is None:
                return False
        # Imported on first use: start-up needs none of it (see `make bench`).
        from ...story.quote_export import quotes_csv, quotes_markdown

        path = Path(path)
        quotes = self.visible_quotes()
        as_markdown = path.suffix.lower() in (".md", ".markdown")
        text = quotes_markdown(quotes, self._model.story) if as_markdown else quotes_csv(quotes, self._model.story)
        self.message_box = write_export(self, path, text, self.tr("Cannot export quotes"))
        if self.message_box is not None:
            return False
        n = len(quotes)
        exported = self.tr("Exported 1 quote to %1") if n == 1 else self.tr("Exported %Ln quotes to %1", "", n)
        self.statusMessage.emit(fill(exported, path.name))
        return True

    def _build_actions(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.copy_action = self._action(
            self.tr("&Copy"),
            QKeySequence.StandardKey.Copy,
            self.tr("Copy the selected quotes in the chosen form"),
            self.copy_selected,
            scope,
        )
        self.copy_as_menu, self.copy_as_actions = copy_as_menu(self, self.tr("the selected quotes"), self.choose_copy_format)
        self.copy_as_actions[self.copy_format].setChecked(True)
        self.favourite_action = self._action(
            self.tr("&Star"), QKeySequence("Ctrl+D"), self.tr("Star the selected quotes as favourites"), self.toggle_favourite, scope
        )
        self.find_action = self._action(
            self.tr("Search &quotes"), QKeySequence.StandardKey.Find, self.tr("Search the quotes"), self._focus_search, scope
        )

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, tip: str, slot: Callable[[], None], scope: Qt.ShortcutContext
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(scope)
        action.setStatusTip(tip)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def _all_starred(self, rows: list[int]) -> bool:
        quotes, favourites = self._model.story.quotes, self._model.favourites
        return bool(favourites) and all(quotes[row].text in favourites for row in rows)

    def _name_star_action(self) -> None:
        rows = self._shared_rows()
        if rows and self._all_starred(rows):
            self.favourite_action.setText(self.tr("Un&star"))
            self.favourite_action.setStatusTip(self.tr("Take the star off the selected quotes"))
        else:
            self.favourite_action.setText(self.tr("&Star"))
            self.favourite_action.setStatusTip(self.tr("Star the selected quotes as favourites"))

    def _show_favourites_state(self, on: bool) -> None:
        """On shows as a filled star, bold, and says so; off as a hollow star: not a shade of grey alone."""
        button = self.favourites_button
        button.setText(fill(self.tr("%1 Favourites only"), STARRED) if on else fill(self.tr("%1 Favourites"), UNSTARRED))
        font = QFont(button.font())
        font.setBold(on)
        button.setFont(font)
        button.setToolTip(self.tr("Showing only starred quotes; click to show all") if on else self.tr("Show only starred quotes"))

    def _focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _enter_results(self, last: bool) -> None:
        """From the search field into the results, selecting the first (or last) quote shown."""
        rows = self.proxy.rowCount()
        if not rows:
            return
        self.list_view.selectionModel().setCurrentIndex(
            self.proxy.index(rows - 1 if last else 0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_copy_format(self) -> None:
        copy_format = self.copy_format
        self.copy_as_actions[copy_format].setChecked(True)
        self.copy_button.setText(fill(self.tr("Copy · %1"), copy_format.label))
        self.copy_button.setAccessibleName(fill(self.tr("Copy selected quotes %1"), copy_format.phrase))

    def _fill_speakers(self) -> None:
        """One entry per speaker with their number of quotes, in order of first quote."""
        current = self.proxy.speaker
        counts = Counter(quote.speaker.name for quote in self._model.story.quotes)
        self.speaker_box.blockSignals(True)
        self.speaker_box.clear()
        self.speaker_box.addItem(fill(self.tr("All speakers (%1)"), self.locale().toString(counts.total())), "")
        for name, count in counts.items():
            # Named as the list names them (The film’s team); the entry's data is the story's own name.
            self.speaker_box.addItem(f"{shown_head(name, ROW_CHARS)} ({self.locale().toString(count)})", name)
        # A speaker absent from the new story would leave an empty list; show everyone.
        self.speaker_box.setCurrentIndex(max(0, self.speaker_box.findData(current)))
        self.speaker_box.blockSignals(False)
        self.proxy.set_speaker(self.speaker_box.currentData() or "")
        self._update_count()
        self._show_detail()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self._model.rowCount()
        of_total = self.tr("%1 of 1 quote") if total == 1 else self.tr("%1 of %2 quotes")
        self.count_label.setText(fill(of_total, self.locale().toString(shown), self.locale().toString(total)))
        if shown:
            self.results.setCurrentWidget(self.list_view)
            return
        self.empty_label.setText(self._why_empty(total))
        self.results.setCurrentWidget(self.empty_label)

    def _why_empty(self, total: int) -> str:
        if total == 0:
            return self.tr("This story has no quotes.")
        if self.favourites_button.isChecked() and not self._model.favourites:
            return self.tr("No favourites yet. Star a quote with Ctrl+D or by clicking its ☆.")
        return no_quotes_shown(typographic(self.proxy.speaker), self.favourites_button.isChecked(), self.search_box.text().strip())

    def _show_detail(self) -> None:
        runs = selection_runs(self._model.selection.selection())
        n = run_rows(runs)
        if n != 1:
            hint = self.tr("Select a quote to read it in full.") if not n else self.tr("%Ln quotes selected.", "", n)
            self.detail.setPlainText(hint)
            return
        quote = self._model.quote(runs[0][0])
        text = quote.display_text
        long = len(text) > DETAIL_CHARS
        # The sentence around a long quote is found for its start alone: the pane shows no
        # more of it there (the quote is just above), and the sentences of a whole 2 MB quote
        # took 0.14 s a move.
        located = replace(quote, text=quote.text[:ROW_CHARS], end=quote.start + ROW_CHARS) if long else quote
        context, start, end = self._model.story.context(located)
        # Shown with typographic marks, as the article shows it; one for one, so start and end hold.
        context = typographic(context)
        star = STARRED if quote.text in self._model.favourites else ""
        in_the_article = self.tr("In the article:")
        after = "…" if long else escape(context[end:])
        rest = (
            "<p><i>" + escape(fill(self.tr("(%1 characters in all; Copy copies them all)"), self.locale().toString(len(text)))) + "</i></p>"
            if long
            else ""
        )
        self.detail.setHtml(
            f"<p style='font-size:large'>“{escape(shown_head(text, DETAIL_CHARS))}” {star}</p>{rest}"
            f"<p>— {escape(shown_head(quote.speaker.label, DETAIL_CHARS))}</p>"
            f"<p><i>{escape(in_the_article)}</i> "
            f"{escape(context[:start])}<b>{escape(context[start:end])}</b>{after}</p>"
        )

    def _shared_rows(self) -> list[int]:
        return selected_rows(self._model.selection.selection())

    def _share_selection(self) -> None:
        """Make the list's selection the shared one: what is highlighted is what is selected."""
        if self._following_shared:
            return
        # By ranges, not rows: Ctrl+A over 100,000 quotes is one range, not 100,000.
        listed = self.proxy.mapSelectionToSource(self.list_view.selectionModel().selection())
        current = self.proxy.mapToSource(self.list_view.currentIndex())
        shared = self._model.selection
        self._following_shared = True
        try:
            if selection_runs(listed) != selection_runs(shared.selection()):
                shared.select(listed, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            # The article scrolls to the shared current quote; a row picked by the focus alone
            # is selected there too, but leaves the reader's place alone.
            if current.isValid() and not self.list_view.picking_on_focus:
                shared.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._following_shared = False
        self._show_detail()

    def _show_shared_selection(self) -> None:
        """Show a selection made elsewhere (a quote clicked in the article) in the list."""
        if self._following_shared:
            return
        current = self._model.selection.currentIndex()
        if current.isValid() and not self.proxy.accepts(current.row()) and self._model.selection.isSelected(current):
            self._clear_filters()
            self.statusMessage.emit(self.tr("Showing all quotes, so the selected one is in the list"))
        self._follow_shared_selection()
        self._show_detail()

    def _unselect_hidden(self) -> None:
        """A quote the filter hides leaves the shared selection: nothing unseen is copied or starred."""
        shared = self._model.selection
        if self._said_unselected:
            # The filter changed again (a search cleared): what the status bar said of it is stale.
            self._said_unselected = False
            self.statusMessage.emit("")
        if shared.hasSelection():
            kept = self.proxy.mapSelectionToSource(self.proxy.mapSelectionFromSource(shared.selection()))
            kept_runs = selection_runs(kept)
            runs = selection_runs(shared.selection())
            if kept_runs != runs:
                self._say_unselected(run_rows(runs) - run_rows(kept_runs), bool(kept_runs))
                self._following_shared = True
                try:
                    shared.select(kept, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                    if not shared.isSelected(shared.currentIndex()):
                        current = self._model.index(kept_runs[0][0]) if kept_runs else QModelIndex()
                        shared.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
                finally:
                    self._following_shared = False
                self._show_detail()
        self._follow_shared_selection()

    def _say_unselected(self, hidden: int, some_kept: bool) -> None:
        # Whatever the status bar said of the quotes picked ("Selected the quote by …") is no longer true.
        self._said_unselected = True
        if some_kept:
            if hidden == 1:
                self.statusMessage.emit(self.tr("Unselected 1 quote the filter hides"))
            else:
                self.statusMessage.emit(self.tr("Unselected %Ln quotes the filter hides", "", hidden))
        elif hidden == 1:
            self.statusMessage.emit(self.tr("Nothing is selected: the filter hides the quote that was"))
        else:
            self.statusMessage.emit(self.tr("Nothing is selected: the filter hides the %Ln quotes that were", "", hidden))

    def _follow_shared_selection(self) -> None:
        if self._following_shared:
            return
        shared = self._model.selection
        self._following_shared = True
        try:
            self.list_view.selectionModel().select(
                self.proxy.mapSelectionFromSource(shared.selection()),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            current = self.proxy.mapFromSource(shared.currentIndex())
            if current.isValid():
                self.list_view.selectionModel().setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.list_view.scrollTo(current)
        finally:
            self._following_shared = False

    def _clear_filters(self) -> None:
        self.speaker_box.setCurrentIndex(0)
        self.favourites_button.setChecked(False)
        self.search_box.clear()

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        menu.addMenu(self.copy_as_menu)
        menu.addSeparator()
        menu.addAction(self.favourite_action)
        menu.popup(self.list_view.viewport().mapToGlobal(position))
