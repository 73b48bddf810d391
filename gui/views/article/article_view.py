"""The article typeset for reading: themed, zoomable, its quotes linked to the shared selection."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from ...models.story_model import StoryModel, run_rows, selection_runs
from ...story import Quote
from ...story.quote_marks import ALL_MARKS
from ...story.typography import typographic
from ...story.wording import fill
from ..focus_band import paint_focus_band, reserve_focus_band
from .article_html import Block, article_blocks, article_style, quote_row
from .page_theme import PageColours, PageTheme, desktop_is_dark
from .safe_links import can_open_externally
from .zoom import DEFAULT_ZOOM, MAX_ZOOM, MIN_ZOOM, zoom_in, zoom_out

if TYPE_CHECKING:
    # Imported where it is used, after the first frame: the first use of QtCore.Qt builds every
    # enum of the namespace, an eighth of the first frame's instructions; the others, each
    # built with its enums on first import (QKeySequence 5.5 M instructions, QUrl 4.5 M), are
    # used only by what the reader does.
    from PySide6.QtCore import QMimeData, Qt, QUrl
    from PySide6.QtGui import QAction, QContextMenuEvent, QHideEvent, QWheelEvent

# About 70 characters a line: the measure that reads comfortably, at every zoom.
MEASURE_CHARS = 70
# The article's text a size up from the window's: a reading size, as book and web readers set it.
READING_SCALE = 1.15
MIN_SIDE_MARGIN = 24
WHEEL_STEP = 120  # one notch of a mouse wheel, in eighths of a degree
# What may stand beside a quote in a selection that still counts as "inside" it.
_QUOTE_SURROUNDINGS = " \u2029\u2028" + ALL_MARKS + ".,;:!?"
ELLIPSIS = "…"
# Find matches are tinted this many characters either side of what shows, a few pages:
# tinting 48,000 matches of a 2 MB article took a second a keystroke.
MAX_TINTED_MATCHES = 100
TINT_REACH_CHARS = 10_000
# Selected quotes highlighted at once; past this, those near what shows (Select all of 87,000).
MAX_TINTED_QUOTES = 400
# HTML typeset between two events: parsing and laying out this much takes about 10 ms,
# so a story of any length shows its first page at once and never holds up a keystroke.
TYPESET_SLICE_CHARS = 12_000
# A reading place kept from the last run is typeset up to before the first frame within this
# many characters (about ten slices); a place farther down is shown when its slice comes.
PLACE_REACH_CHARS = 100_000


def send_key_again(receiver: QWidget, event: QKeyEvent) -> None:
    """Deliver a copy of `event` to `receiver` as a key sent by the app, and take its answer.

    Not spontaneous, the copy is offered to Qt's shortcut map first (QApplication::notify),
    which matches it by the rules every later key meets, shortcut contexts and all; a key
    no shortcut takes comes back to `receiver`. For a key pressed before the actions existed.
    """
    again = QKeyEvent(
        event.type(),
        event.key(),
        event.modifiers(),
        event.nativeScanCode(),
        event.nativeVirtualKey(),
        event.nativeModifiers(),
        event.text(),
        event.isAutoRepeat(),
        event.count(),
    )
    QCoreApplication.sendEvent(receiver, again)
    event.setAccepted(again.isAccepted())


class ArticleView(QTextBrowser):
    """Shows the model's story and follows the model's shared quote selection.

    A click on a quote selects it in `model.selection`; a selection made elsewhere is
    highlighted here and scrolled into view. Links open only on a click, only for http(s).

    Signals:
        statusMessage(str): feedback for the status bar, such as a refused link.
        caretBrowsingChanged(bool): caret browsing (F7) was turned on or off.
        zoomChanged(int): the zoom in percent, after it changed.
        typeset(): the whole document was built anew (another story or page theme).

    A long story is typeset a slice at a time between events, starting with what shows
    first, and only while the view is shown; `typesetting` says whether slices are still to come.

    With `paint_first`, the view follows changes of Qt's colour scheme from `finish()` on
    (connecting to the signal needs QtCore.Qt); its first colours are already the scheme's.
    """

    statusMessage = Signal(str)
    caretBrowsingChanged = Signal(bool)
    zoomChanged = Signal(int)
    typeset = Signal()

    def __init__(
        self,
        model: StoryModel,
        theme: PageTheme = PageTheme.SYSTEM,
        zoom: int = DEFAULT_ZOOM,
        parent: QWidget | None = None,
        paint_first: bool = False,
    ) -> None:
        super().__init__(parent)
        # Asked for by name and class, Qt's own viewport gets its Python wrapper at once; the
        # first viewport() call would find its class among every QtWidgets class instead,
        # making about 65 of them (70 ms, an eighth of start-up).
        self.findChild(QWidget, "qt_scrollarea_viewport")
        self._model = model
        self._theme = theme
        self._finished = False
        self._colours = theme.colours(desktop_is_dark())
        self._zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self._wheel_delta = 0
        self._painting_own_colours = False
        self._quote_ranges: dict[int, tuple[int, int]] = {}
        # The same quotes in document order, for finding the one at a position by bisection.
        self._quote_starts: list[int] = []
        self._rows_in_order: list[int] = []
        self._find_matches: list[QTextCursor] = []
        self._find_starts: list[int] = []
        self._tinted_span = (0, -1)
        self._many_selected = False
        self._untypeset: Iterator[Block] = iter(())
        # The story's own text of each block the screen shows otherwise (typographic quotation
        # marks), by block number: what is copied and what a quote's words are.
        self._sources: dict[int, str] = {}
        self._slice_sources: list[str | None] = []
        self._typesetting = False
        self._inserting = False
        self._place_to_keep = 0
        self._place_on_show = 0
        # That place, kept at the top through every restart of typesetting, resize and zoom
        # until the reader moves the page: a place read off the screen before the layout has
        # caught up with a new width is some pages above it.
        self._held_place: int | None = None
        # Above zero while the view moves the page itself (typesetting, a resize, a show),
        # so that a move of the scroll bar then is not taken for the reader's.
        self._arranging = 0
        self._scroll_to_current_when_typeset = False
        # The block format each opening tag stands for, under the current style sheet.
        self._block_formats: dict[str, QTextBlockFormat] = {}
        self._typesetter = QTimer(self)
        self._typesetter.setInterval(0)
        self._typesetter.timeout.connect(self._typeset_next_slice)
        # A reader cannot undo anything here; an undo stack would only copy every slice.
        self.document().setUndoRedoEnabled(False)
        # Offered after the standard Copy and Select All when the reader right-clicks;
        # `copy_action` stands in for the standard Copy, so the menu copies as Ctrl+C does.
        self.context_actions: list[QAction] = []
        self.copy_action: QAction | None = None
        self.select_all_action: QAction | None = None
        self.context_row: int | None = None
        # Set by the window until its actions exist: called before the first key or context
        # menu, to make them.
        self.before_input: Callable[[], None] | None = None
        reserve_focus_band(self)
        self.setObjectName("articleView")
        self.setAccessibleName(self.tr("Article"))
        self.setAccessibleDescription(
            self.tr("The story’s text. Tab moves between quotes and links; Enter selects a quote or opens a link.")
        )
        # Links are content too: nothing is followed or fetched without an explicit choice.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._follow_link)
        model.storyChanged.connect(self._show_new_story)
        model.selection.selectionChanged.connect(self._drop_stray_text_selection)
        model.selection.selectionChanged.connect(self._update_highlights)
        model.selection.currentChanged.connect(self._scroll_to_current)
        self.verticalScrollBar().valueChanged.connect(self._tint_what_shows)
        self.verticalScrollBar().valueChanged.connect(self._let_go_of_place)
        self._apply_colours()
        self._show_story()
        if not paint_first:
            self.finish()

    def finish(self) -> None:
        """Follow the desktop's colour scheme from now on; with `paint_first`, right after the first frame."""
        if self._finished:
            return
        self._finished = True
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.follow_color_scheme)
        self.follow_color_scheme()

    @property
    def page_theme(self) -> PageTheme:
        return self._theme

    @property
    def colours(self) -> PageColours:
        return self._colours

    @property
    def zoom(self) -> int:
        return self._zoom

    @property
    def typesetting(self) -> bool:
        return self._typesetting

    def open_at(self, position: int) -> None:
        """Show `position` of the text at the top when the view is first shown: where the reader left it."""
        self._place_on_show = position

    def top_position(self) -> int:
        """The position of the text at the top of the view, for `open_at` next time."""
        if self._held_place is not None:
            # Not moved since it opened there: the place itself, which a slice still to come
            # holds, and which a line's start at another width would move up a line each run.
            return self._held_place
        # A pixel down: a line shown from its very top is hit at its top, not the line above's end.
        return self.cursorForPosition(QPoint(0, 1)).position()

    def set_page_theme(self, theme: PageTheme) -> None:
        self._theme = theme
        self.follow_color_scheme()

    def follow_color_scheme(self, scheme: Qt.ColorScheme | None = None) -> None:
        """Repaint for the desktop's colour scheme (else its palette); only the "system" page theme changes with it."""
        colours = self._theme.colours(desktop_is_dark(scheme))
        if colours == self._colours:
            return
        self._colours = colours
        self._apply_colours()
        self._show_story()

    def set_zoom(self, percent: int) -> None:
        percent = min(MAX_ZOOM, max(MIN_ZOOM, percent))
        if percent == self._zoom:
            return
        self._zoom = percent
        if self.typesetting:
            self._typeset_afresh()
        else:
            self._apply_zoom()
        self.zoomChanged.emit(percent)

    def zoom_in(self) -> None:
        self.set_zoom(zoom_in(self._zoom))

    def zoom_out(self) -> None:
        self.set_zoom(zoom_out(self._zoom))

    def reset_zoom(self) -> None:
        self.set_zoom(DEFAULT_ZOOM)

    def quote_range(self, row: int) -> tuple[int, int] | None:
        """Where the quote of model row `row` lies in the document, as (start, end) positions."""
        return self._quote_ranges.get(row)

    def set_find_matches(self, matches: list[QTextCursor]) -> None:
        """Tint every match of the find bar; the current one is the text cursor's selection."""
        self._find_matches = matches
        # The find bar gives its matches in document order.
        self._find_starts = [match.selectionStart() for match in matches]
        self._update_highlights()

    @property
    def caret_browsing(self) -> bool:
        from PySide6.QtCore import Qt

        return bool(self.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def set_caret_browsing(self, on: bool) -> None:
        """A caret the arrows move and Shift+arrows select with, as F7 gives in Firefox."""
        from PySide6.QtCore import Qt

        if on == self.caret_browsing:
            return
        flags = Qt.TextInteractionFlag.TextBrowserInteraction
        if on:
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
            if self.cursorRect().bottom() < 0 or self.cursorRect().top() > self.viewport().height():
                # The caret starts where the reader is, not at a place scrolled away.
                self.setTextCursor(self.cursorForPosition(QPoint(0, 0)))
        self.setTextInteractionFlags(flags)
        self.caretBrowsingChanged.emit(on)

    def selected_excerpt(self) -> Quote | None:
        """The selected text as a quote of its speaker, when the selection lies inside one quote.

        Where the selection cuts the quote short, an ellipsis says so.
        """
        span = self._excerpt_span()
        if span is None:
            return None
        row, inner_start, inner_end = span
        excerpt = self._text_between(inner_start, inner_end).strip()
        if not excerpt:
            return None
        quote_start, quote_end = self._quote_ranges[row]
        before = "" if self._only_surroundings(quote_start, inner_start) else ELLIPSIS
        after = "" if self._only_surroundings(inner_end, quote_end) else ELLIPSIS
        return replace(self._model.quote(row), text=f"{before}{excerpt}{after}")

    def excerpt_row(self) -> int | None:
        """The model row of the quote the text selection lies inside, if it does."""
        span = self._excerpt_span()
        return None if span is None else span[0]

    def quote_row_at(self, position: QPoint) -> int | None:
        """The model row of the quote drawn at `position` on the viewport, if any."""
        row = quote_row(self.anchorAt(position))
        return row if row is not None and row < self._model.rowCount() else None

    def select_quote(self, row: int) -> None:
        """Make the quote of model row `row` the shared selection, as a click on it does."""
        from PySide6.QtCore import QItemSelectionModel

        self._model.selection.setCurrentIndex(
            self._model.index(row),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _quote_row_at_cursor(self) -> int | None:
        cursor = QTextCursor(self.document())
        # The format of a position is that of the character before it.
        cursor.setPosition(min(self.textCursor().selectionStart() + 1, self.document().characterCount() - 1))
        row = quote_row(cursor.charFormat().anchorHref())
        return row if row is not None and row < self._model.rowCount() else None

    def _excerpt_span(self) -> tuple[int, int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        # From the last quote starting at or before the selection: earlier ones end before it.
        first = max(0, bisect_right(self._quote_starts, start) - 1)
        for position in range(first, len(self._rows_in_order)):
            row = self._rows_in_order[position]
            quote_start, quote_end = self._quote_ranges[row]
            if quote_start >= end:
                return None
            inner_start, inner_end = max(start, quote_start), min(end, quote_end)
            if inner_start >= inner_end:
                continue
            if self._only_surroundings(start, inner_start) and self._only_surroundings(inner_end, end):
                return row, inner_start, inner_end
            return None
        return None

    def createMimeDataFromSelection(self) -> QMimeData:
        from PySide6.QtCore import QMimeData

        cursor = self.textCursor()
        # What the reader sees, typographic marks and all, in both forms. The HTML is made from
        # that text, not taken from Qt's, which carries the page's own links ("quote:6") and its
        # highlight colours into whatever the words are pasted or dropped on.
        text = self._story_text(cursor.selectionStart(), cursor.selectionEnd(), paragraph_break=None, shown=True)
        whole = QMimeData()
        whole.setText(text)
        whole.setHtml("".join(f"<p>{escape(paragraph)}</p>" for paragraph in text.split("\n")))
        return whole

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's signature
        # Never load images or style sheets named by a document, local or remote.
        return None

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        paint_focus_band(self, event)
        return handled

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A desktop whose darkness is only a palette says so by changing the application's
        # palette, which Qt passes down to every widget shown (the view's own change is not one).
        if event.type() == QEvent.Type.PaletteChange and not self._painting_own_colours:
            self.follow_color_scheme()

    def showEvent(self, event: QShowEvent) -> None:
        with self._arranged():
            super().showEvent(event)
            self.follow_color_scheme()  # the palette may have changed while the view was hidden
            if self._place_on_show:
                # Before the first paint, and again at each size the window takes and each restart
                # of typesetting until the reader moves the page: the first frame shows the
                # place, and the page never jumps.
                self._held_place, self._place_on_show = self._place_on_show, 0
                self._reach_place(self._held_place)
        if self._typesetting:
            self._typesetter.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # A hidden article waits: typing in the Quotes tab gets the whole of every frame.
        super().hideEvent(event)
        self._typesetter.stop()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.before_input is not None:
            self.before_input()
            send_key_again(self, event)
            return
        # Qt answers Ctrl+Home and Ctrl+End by moving the caret and scrolling only as far as
        # needed to show it; Page Down scrolls without moving the caret, so after it Ctrl+Home
        # found the caret already at the start and stayed put, and where the caret did move
        # the page stopped at its line, short of the margin above the headline.
        before = self.textCursor()
        super().keyPressEvent(event)
        after = self.textCursor()
        if self.caret_browsing and (after.position(), after.anchor()) != (before.position(), before.anchor()) and not self._tabbing(event):
            # A quote clicked or reached by Tab is drawn as a focus frame; words the caret then
            # selects are a selection of the reader's own, drawn as one (setting the cursor ends the frame).
            self.setTextCursor(after)
        from PySide6.QtGui import QKeySequence

        bar = self.verticalScrollBar()
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument) or event.matches(QKeySequence.StandardKey.SelectStartOfDocument):
            bar.setValue(bar.minimum())
        elif event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) or event.matches(QKeySequence.StandardKey.SelectEndOfDocument):
            bar.setValue(bar.maximum())

    @staticmethod
    def _tabbing(event: QKeyEvent) -> bool:
        from PySide6.QtCore import Qt

        return event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)

    def resizeEvent(self, event: QResizeEvent) -> None:
        with self._arranged():
            super().resizeEvent(event)
            # A scroll bar coming or going as a slice goes in is no reason to start again.
            if self.typesetting and not self._inserting and event.size().width() != event.oldSize().width():
                self._typeset_afresh()
            else:
                self._center_column()
            # Not while a slice goes in (its scroll bar came): typesetting more from inside
            # that insertion put the next slices into a document begun afresh, twice over.
            if self._held_place is not None and not self._inserting:
                self._reach_place(self._held_place)

    @contextmanager
    def _arranged(self) -> Iterator[None]:
        """While the view itself moves the page: a move of the scroll bar then is not the reader's."""
        self._arranging += 1
        try:
            yield
        finally:
            self._arranging -= 1

    def _let_go_of_place(self) -> None:
        """The reader moved the page (keys, wheel, scroll bar, a quote or match scrolled to): theirs from now on."""
        if not self._arranging:
            self._held_place = None

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's signature
        moved = super().focusNextPrevChild(next)
        # Tab selects the next quote's or link's text without saying so; Copy follows it.
        self.selectionChanged.emit()
        return moved

    def wheelEvent(self, event: QWheelEvent) -> None:
        from PySide6.QtCore import Qt

        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        # Ctrl+wheel zooms by whole steps; a high-resolution wheel adds up to a notch first.
        self._wheel_delta += event.angleDelta().y()
        while abs(self._wheel_delta) >= WHEEL_STEP:
            if self._wheel_delta > 0:
                self.zoom_in()
                self._wheel_delta -= WHEEL_STEP
            else:
                self.zoom_out()
                self._wheel_delta += WHEEL_STEP
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from PySide6.QtCore import Qt, QUrl
        from PySide6.QtGui import QAction, QContextMenuEvent

        if self.before_input is not None:
            self.before_input()  # the menu offers the window's own Copy and Find
        position = self.viewport().mapFromGlobal(event.globalPos())
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # The menu key speaks of where the keyboard is: the quote Tab moved to.
            self.context_row = self._quote_row_at_cursor()
        else:
            self.context_row = self.quote_row_at(position)
        if self.context_row is not None and self.excerpt_row() != self.context_row:
            # A right-click on a quote picks it, as a click does; words chosen inside it stay chosen.
            self.select_quote(self.context_row)
        menu = self.createStandardContextMenu(position)
        copy_link = menu.findChild(QAction, "link-copy")
        # Qt's Copy link location copies the link at the click, or at the caret for the menu key.
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        link = self.textCursor().charFormat().anchorHref() if keyboard else self.anchorAt(position)
        if copy_link is not None and not can_open_externally(QUrl(link)):
            menu.removeAction(copy_link)  # a quote's link is the app's own ("quote:3"), nothing to paste
        elif copy_link is not None:
            copy_link.setText("Copy &link location")  # Qt's is in title case, among the menu's sentence case
        # The window's own Copy and Select all stand in for Qt's, so the keys in the menu are the Edit menu's.
        for name, own in (("edit-copy", self.copy_action), ("select-all", self.select_all_action)):
            standard = menu.findChild(QAction, name)
            if standard is not None and own is not None:
                menu.insertAction(standard, own)
                menu.removeAction(standard)
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _follow_link(self, url: QUrl) -> None:
        row = quote_row(url.toString())
        if row is not None and row < self._model.rowCount():
            self.select_quote(row)
            self.statusMessage.emit(fill(self.tr("Selected the quote by %1"), self._model.quote(row).speaker.name))
        elif can_open_externally(url):
            from PySide6.QtGui import QDesktopServices

            # Said only when it is true: openUrl is False when no browser could be started.
            if QDesktopServices.openUrl(url):
                self.statusMessage.emit(fill(self.tr("Opening %1 in your browser"), url.toDisplayString()))
            else:
                self.statusMessage.emit(fill(self.tr("Could not open %1: no web browser could be started"), url.toDisplayString()))
        else:
            shown = url.toDisplayString()[:80]
            self.statusMessage.emit(fill(self.tr("Refused to open “%1”: only web links (http, https) open from an article"), shown))

    def _apply_colours(self) -> None:
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Base, self._colours.background),
            (QPalette.ColorRole.Text, self._colours.text),
            (QPalette.ColorRole.Link, self._colours.link),
        ):
            palette.setColor(role, QColor(colour))
        self._painting_own_colours = True
        try:
            self.setPalette(palette)
        finally:
            self._painting_own_colours = False
        self.document().setDefaultStyleSheet(article_style(self._colours))
        self._block_formats = {}

    def _apply_zoom(self) -> None:
        font = QFont(self.font())
        scale = READING_SCALE * self._zoom / 100
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * scale)
        else:
            font.setPixelSize(max(1, round(font.pixelSize() * scale)))
        self.document().setDefaultFont(font)
        self._center_column()

    def _reach_place(self, position: int) -> None:
        """Show `position` at the top, typesetting up to a page past it first (within PLACE_REACH_CHARS)."""
        document = self.document()
        while True:
            if position < document.characterCount() - 1:
                self._show_at_top(position)
                if not self._typesetting or self._top_of(position) <= 0:
                    return  # shown, or as near the end as the article allows
            elif not self._typesetting:
                return  # the article is shorter than it was (its file changed): its top
            if document.characterCount() >= PLACE_REACH_CHARS:
                self._place_to_keep = position  # shown when its slice comes
                return
            self._typeset_next_slice()

    def _top_of(self, position: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        return self.cursorRect(cursor).top()

    def _show_new_story(self) -> None:
        self._place_on_show = 0
        self._held_place = None
        self._show_story(keep_place=False)
        self.verticalScrollBar().setValue(0)

    def _show_story(self, keep_place: bool = True) -> None:
        with self._arranged():
            self._typeset_story(keep_place)

    def _typeset_story(self, keep_place: bool) -> None:
        # A new theme keeps the reader's place: the text at the top of the page stays there.
        if not keep_place:
            self._place_to_keep = 0
        elif self._held_place is not None:
            self._place_to_keep = self._held_place
        else:
            self._place_to_keep = self.cursorForPosition(QPoint(0, 0)).position()
        self._untypeset = article_blocks(self._model.story, self.locale())
        self._quote_ranges = {}
        self._sources = {}
        self._quote_starts, self._rows_in_order = [], []
        self._find_matches, self._find_starts = [], []
        self._inserting = True
        try:
            self.setHtml(self._next_slice())
            self._apply_zoom()
        finally:
            self._inserting = False
        self._update_highlights()
        self._after_slice(self.document().begin())

    def _typeset_afresh(self) -> None:
        """Typeset from the top again, keeping the reader's place.

        After a zoom or a new width, Qt lays out again what is typeset so far, and it would
        finish all of that before the next slice could go in; starting afresh keeps every
        step small.
        """
        self._show_story()

    def _typeset_next_slice(self) -> None:
        with self._arranged():
            self._typeset_slice()

    def _typeset_slice(self) -> None:
        html = self._next_slice()
        if not html:  # the last slice ended the story exactly
            self.typeset.emit()
            return
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        # One edit block: the layout is told once, and lays out just the slice.
        self._inserting = True
        try:
            cursor.beginEditBlock()
            cursor.insertBlock()
            first_new = cursor.block()
            cursor.insertFragment(QTextDocumentFragment.fromHtml(html, self.document()))
            # The slice's first block went into the block made for it, and took that block's
            # format, the previous slice's last: a paragraph after one that runs on would
            # lose the space below it.
            QTextCursor(first_new).setBlockFormat(self._block_format_of(html))
            cursor.endEditBlock()
        finally:
            self._inserting = False
        self._after_slice(first_new)

    def _next_slice(self) -> str:
        """The HTML of the next slice; the typesetter runs on while more may follow."""
        blocks: list[str] = []
        self._slice_sources = []
        size = 0
        self._typesetting = False
        for block in self._untypeset:
            blocks.append(block.html)
            self._slice_sources.append(block.source)
            size += len(block.html)
            if size >= TYPESET_SLICE_CHARS:
                self._typesetting = True
                break
        if self._typesetting and self.isVisible():
            self._typesetter.start()
        else:
            self._typesetter.stop()
        return "\n".join(blocks)

    def _block_format_of(self, html: str) -> QTextBlockFormat:
        """The block format of the HTML's first block, known by its opening tag."""
        tag = html[: html.find(">") + 1]
        block_format = self._block_formats.get(tag)
        if block_format is None:
            sample = QTextDocument()
            sample.setDefaultStyleSheet(self.document().defaultStyleSheet())
            sample.setHtml(f"{tag}x")
            block_format = self._block_formats[tag] = sample.begin().blockFormat()
        return block_format

    def _after_slice(self, first_new: QTextBlock) -> None:
        self._keep_sources(first_new)
        self._find_quote_ranges(first_new)
        if self._model.selection.hasSelection():
            self._update_highlights()
        if self._scroll_to_current_when_typeset:
            self._scroll_to_current()
        end = self.document().characterCount()
        if self._place_to_keep and self._place_to_keep < end:
            self._show_at_top(self._place_to_keep)
            self._place_to_keep = 0
        if not self.typesetting:
            self.typeset.emit()

    def _keep_sources(self, block: QTextBlock) -> None:
        """Pair the slice's blocks with their sources; one that does not match what shows is left out."""
        for source in self._slice_sources:
            if not block.isValid():
                break
            if source is not None and typographic(source) == block.text():
                self._sources[block.blockNumber()] = source
            block = block.next()
        self._slice_sources = []

    def _find_quote_ranges(self, block: QTextBlock) -> None:
        ranges = self._quote_ranges
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                row = quote_row(fragment.charFormat().anchorHref())
                if row is not None:
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    known = ranges.get(row)
                    if known is None:
                        # Slices arrive in document order, and so do the fragments of one.
                        self._quote_starts.append(start)
                        self._rows_in_order.append(row)
                        known = (start, end)
                    ranges[row] = (min(known[0], start), max(known[1], end))
                fragments += 1
            block = block.next()

    def _show_at_top(self, position: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def _scroll_to_current(self) -> None:
        quote_range = self._quote_ranges.get(self._model.selection.currentIndex().row())
        # A quote still to be typeset is scrolled to when its slice arrives.
        self._scroll_to_current_when_typeset = quote_range is None and self.typesetting
        if quote_range is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(quote_range[0])
        top = self.cursorRect(cursor).top()
        cursor.setPosition(quote_range[1])
        bottom = self.cursorRect(cursor).bottom()
        if top >= 0 and bottom <= self.viewport().height():
            return
        self._held_place = None  # the reader asked for the quote, also when its slice comes later
        # A third of the way down, where the eye starts reading, with context above it.
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top - self.viewport().height() // 3)

    def _drop_stray_text_selection(self) -> None:
        """Unselect text outside the selected quotes: Ctrl+C copies what is highlighted, one thing."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return
        row = self.excerpt_row()
        if row is not None and self._model.selection.isRowSelected(row):
            return
        if not self._model.selection.hasSelection():
            return  # words selected by the reader, with no quote picked: theirs to copy
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def _update_highlights(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._find_matches:
            first, last = self._tint_span()
            low, high = bisect_left(self._find_starts, first), bisect_right(self._find_starts, last)
            if high - low > MAX_TINTED_MATCHES:
                # Qt paints every extra selection on every repaint: on a page thick with
                # matches, the ones around the current match are tinted, and no more.
                middle = bisect_left(self._find_starts, self.textCursor().selectionStart(), low, high)
                low = max(low, min(middle - MAX_TINTED_MATCHES // 2, high - MAX_TINTED_MATCHES))
                high = low + MAX_TINTED_MATCHES
            for cursor in self._find_matches[low:high]:
                selections.append(self._highlight(cursor, self._colours.find_match))
        for row in self._rows_to_highlight():
            quote_range = self._quote_ranges.get(row)
            if quote_range is not None:
                cursor = QTextCursor(self.document())
                cursor.setPosition(quote_range[0])
                cursor.setPosition(quote_range[1], QTextCursor.MoveMode.KeepAnchor)
                selections.append(self._highlight(cursor, self._colours.selected_quote, self._colours.selected_text))
        self.setExtraSelections(selections)

    def _rows_to_highlight(self) -> list[int]:
        """The selected quotes to paint: all of a few; of many, those on and around the page shown.

        Read from the selection's ranges: with every one of 87,000 quotes selected, asking
        Qt row by row and painting a highlight for each froze the window for seconds.
        """
        runs = selection_runs(self._model.selection.selection())
        self._many_selected = run_rows(runs) > MAX_TINTED_QUOTES
        if not self._many_selected:
            return [row for top, bottom in runs for row in range(top, bottom + 1)]
        first, last = self._tint_span()
        low, high = bisect_left(self._quote_starts, first), bisect_right(self._quote_starts, last)
        tops = [top for top, _ in runs]
        rows: list[int] = []
        starts: list[int] = []
        for position in range(low, high):
            row = self._rows_in_order[position]
            at = bisect_right(tops, row) - 1
            if at >= 0 and row <= runs[at][1]:
                rows.append(row)
                starts.append(self._quote_starts[position])
        if len(rows) > MAX_TINTED_QUOTES:
            # Those from a little above the top of the page shown: what shows, and some either side.
            top = bisect_left(starts, self.cursorForPosition(self.viewport().rect().topLeft()).position())
            begin = max(0, min(top - MAX_TINTED_QUOTES // 4, len(rows) - MAX_TINTED_QUOTES))
            rows = rows[begin : begin + MAX_TINTED_QUOTES]
        return rows

    def _tint_span(self) -> tuple[int, int]:
        """The positions within which find matches are tinted: what shows, and a few pages either side."""
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position() - TINT_REACH_CHARS
        last = self.cursorForPosition(viewport.bottomRight()).position() + TINT_REACH_CHARS
        self._tinted_span = (first, last)
        return first, last

    def _tint_what_shows(self) -> None:
        """After a scroll, tint the matches come near, unless they are tinted already."""
        if not self._find_matches and not self._many_selected:
            return
        viewport = self.viewport().rect()
        first = self.cursorForPosition(viewport.topLeft()).position()
        last = self.cursorForPosition(viewport.bottomRight()).position()
        tinted_first, tinted_last = self._tinted_span
        if first - TINT_REACH_CHARS // 2 < tinted_first or last + TINT_REACH_CHARS // 2 > tinted_last:
            self._update_highlights()

    @staticmethod
    def _highlight(cursor: QTextCursor, colour: str, text_colour: str | None = None) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(QColor.fromString(colour))
        if text_colour is not None:
            # The selected quote's text and rule turn with its fill, so both keep their contrast.
            char_format.setForeground(QColor.fromString(text_colour))
            char_format.setUnderlineColor(QColor.fromString(text_colour))
        selection.format = char_format
        return selection

    def _only_surroundings(self, start: int, end: int) -> bool:
        return not self._text_between(start, end).strip(_QUOTE_SURROUNDINGS)

    def _text_between(self, start: int, end: int) -> str:
        return self._story_text(start, end, paragraph_break="\u2029")

    def _story_text(self, start: int, end: int, paragraph_break: str | None, shown: bool = False) -> str:
        """The text between two positions as the story has it, its quotation marks straight where they were.

        `shown` takes the text as the screen shows it instead (typographic marks).
        Blocks are joined by `paragraph_break`, or where that is None as the reader reads
        them: a line break after a paragraph, nothing where a long one was cut to typeset it.
        """
        document = self.document()
        block = document.findBlock(start)
        last = document.findBlock(end)
        pieces: list[str] = []
        while block.isValid():
            text = block.text() if shown else self._sources.get(block.blockNumber(), block.text())
            pieces.append(text[max(start - block.position(), 0) : min(end - block.position(), block.length() - 1)])
            if block == last:
                break
            if paragraph_break is not None:
                pieces.append(paragraph_break)
            elif block.blockFormat().bottomMargin() != 0:
                pieces.append("\n")
            block = block.next()
        return "".join(pieces)

    def _center_column(self) -> None:
        measure = QFontMetricsF(self.document().defaultFont()).averageCharWidth() * MEASURE_CHARS
        side = max(MIN_SIDE_MARGIN, int(self.viewport().width() - measure) // 2)
        root = self.document().rootFrame()
        frame_format: QTextFrameFormat = root.frameFormat()
        if frame_format.leftMargin() != side:
            frame_format.setLeftMargin(side)
            frame_format.setRightMargin(side)
            frame_format.setTopMargin(MIN_SIDE_MARGIN)
            frame_format.setBottomMargin(MIN_SIDE_MARGIN)
            root.setFrameFormat(frame_format)
