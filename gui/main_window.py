"""The main window: three tabs over the one model, menus, status bar, remembered state."""

from __future__ import annotations

import logging
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QPushButton, QStatusBar, QTabWidget, QWidget

from . import TAB_NAMES
from .long_lived import freeze_long_lived
from .models.clock import Clock, local_zone
from .models.story_loader import StoryLoader, printable
from .models.story_model import StoryModel
from .settings import keys
from .settings.favourites import FavouritesStore
from .settings.health import save_settings
from .settings.recent_files import RecentFiles
from .settings.values import read_bytes, read_choice
from .story import Event, Story, StoryError, load_bundled_story
from .story.wording import fill
from .views.article.article_page import ArticlePage
from .views.article.article_view import send_key_again
from .views.deferred_page import DeferredPage
from .views.tab_page import TabPage

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
    from PySide6.QtWidgets import QMessageBox

    from .views.countdown.countdown_view import CountdownView
    from .views.quotes.quotes_view import QuotesView

DEFAULT_SIZE = (1000, 720)
# Of the screen's free area a first window takes at most this much, leaving room around it.
MAX_SCREEN_SHARE = 0.9
# On a large screen (4K at 100 %) the first window grows with it, to about half its width.
LARGE_SCREEN_SHARE = (0.5, 0.7)
# Room around the status bar's tallest content (the Cancel button shown while opening a file).
STATUS_BAR_PADDING = 2
# Long enough that a normal article opens with no indicator flashing up.
LOADING_INDICATOR_DELAY_MS = 300


def open_filters() -> str:
    """File › Open's list of file types, in the UI's language."""
    return ";;".join(
        (
            QCoreApplication.translate("MainWindow", "Articles and stories (*.txt *.md *.markdown *.html *.htm *.xhtml *.json)"),
            QCoreApplication.translate("MainWindow", "Plain text (*.txt)"),
            QCoreApplication.translate("MainWindow", "Markdown (*.md *.markdown)"),
            QCoreApplication.translate("MainWindow", "Saved web pages (*.html *.htm *.xhtml)"),
            QCoreApplication.translate("MainWindow", "Reckoning stories (*.json)"),
            QCoreApplication.translate("MainWindow", "All files (*)"),
        )
    )


log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Wires the views to the model and the menus to the views.

    `settings` is injected so tests keep their own, in a temporary file. The Quotes and
    Countdown tabs are made when first shown or first asked for (`quotes_view`,
    `countdown_view`): start-up builds only what it paints.

    With `paint_first` (the app's start-up), the window is made in two steps: first what
    the first frame shows (the tabs, the article, the menu bar's titles, the status bar),
    then, right after that frame is painted, the menus' entries, the actions and their
    keys, the find bar (`finish_start_up`). A key pressed, a menu or a context menu opened
    before then finishes it first, and the key is sent again for Qt's shortcuts to match.
    A `zone` of None is the system's, looked up when the Countdown tab is made.
    """

    def __init__(
        self,
        model: StoryModel,
        clock: Clock,
        zone: tzinfo | None,
        zone_name: str | None,
        settings: QSettings,
        parent: QWidget | None = None,
        paint_first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._settings = settings
        self._favourites = FavouritesStore(settings)
        self.recent_files = RecentFiles(settings)
        # The file the story shown came from; None for the story that comes with the app.
        self.story_path: Path | None = None
        self.setAcceptDrops(True)
        self.message_box: QMessageBox | None = None
        self._in_dialog = False
        self.setWindowTitle("Reckoning")
        self._clock, self._zone, self._zone_name = clock, zone, zone_name

        self.started_up = False
        self.article_page = ArticlePage(model, settings, paint_first=paint_first)
        self.article_view = self.article_page.view
        self._quotes_view: QuotesView | None = None
        self._countdown_view: CountdownView | None = None
        self._quotes_page = DeferredPage(self._make_quotes_view, self.tr("The Quotes tab"))
        self._countdown_page = DeferredPage(self._make_countdown_view, self.tr("The Countdown tab"))
        self.tabs = QTabWidget(documentMode=True)
        self.tabs.setObjectName("tabs")
        self.tabs.setAccessibleName("Reckoning")
        self.tabs.setAccessibleDescription(self.tr("The Article, Quotes and Countdown tabs."))
        self.tabs.tabBar().setAccessibleName(self.tr("Tabs"))
        self.tabs.tabBar().setAccessibleDescription(self.tr("Article, Quotes and Countdown; Ctrl+1, 2, 3 or Ctrl+Tab switch tabs."))
        self.tabs.addTab(self.article_page, self.tr("&Article"))
        self.tabs.addTab(self._quotes_page, self.tr("&Quotes"))
        self.tabs.addTab(self._countdown_page, self.tr("C&ountdown"))
        self.setCentralWidget(self.tabs)

        self.article_page.statusMessage.connect(self._show_status)
        self._build_status_bar()
        self._build_loading_indicator()
        model.storyChanged.connect(self._show_story_title)
        model.storyChanged.connect(self._restore_favourites)
        model.favouritesChanged.connect(self._save_favourites)
        self._freeze_connected = False
        self._freeze_after_every_view()
        # The menu bar has its titles in the first frame; what they hold comes after it.
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._show_story_title()
        self._restore_favourites()
        self._restore_state()
        # The first key a person presses goes to the page shown, not to the tab bar.
        self._focus_current_tab()
        if paint_first:
            # Whatever the person does first gets the window it would get later: a key or a
            # context menu in the article, a key elsewhere (`keyPressEvent`), a menu opened.
            self.article_view.before_input = self.finish_start_up
            for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
                menu.aboutToShow.connect(self.finish_start_up)
        else:
            self.finish_start_up()

    def finish_start_up(self) -> None:
        """Make what the first frame does not show: the menus' entries, the actions, the find bar."""
        if self.started_up:
            return
        self.started_up = True
        self.article_view.before_input = None
        self.article_page.finish()
        self._build_cancel_shortcut()
        self._build_menus()
        self._focus_current_tab()  # again, now with the reason a tab's page is given the keys

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.started_up:
            # After this event: the frame painted now is flushed to the screen first.
            QTimer.singleShot(0, self.finish_start_up)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.started_up:
            super().keyPressEvent(event)
            return
        # A key no widget took before the actions existed (in a tab other than the Article's).
        self.finish_start_up()
        send_key_again(self, event)

    @property
    def quotes_view(self) -> QuotesView:
        self._quotes_page.content()
        assert self._quotes_view is not None
        return self._quotes_view

    @property
    def countdown_view(self) -> CountdownView:
        self._countdown_page.content()
        assert self._countdown_view is not None
        return self._countdown_view

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))
        self._focus_current_tab()  # also when the tab was already the one shown

    def current_tab_name(self) -> str:
        return TAB_NAMES[self.tabs.currentIndex()]

    def open_story(self, path: str | Path) -> None:
        """Start loading the story at `path` in the background; the current story stays usable.

        The model changes when the new story is ready (`StoryLoader.loaded`); a file that
        cannot be opened is explained in a dialog and the current story is kept.
        """
        self.loader.load(path)

    def _show_loaded_story(self, story: Story, path: str) -> None:
        self.story_path = Path(path).absolute()
        self.recent_files.add(self.story_path)
        self.model.set_story(story)
        self.statusBar().showMessage(fill(self.tr("Opened %1"), printable(Path(path).name)), 5000)

    def _refuse_story(self, path: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._tell(QMessageBox.Icon.Warning, self.tr("Cannot open story"), message)

    def _show_loading(self, path: str) -> None:
        self._loading_name = printable(Path(path).name)
        self._loading_label.setText(fill(self.tr("Opening %1…"), self._loading_name))
        # Shown only for a load that takes a while: a small file opens without a flicker.
        self._loading_delay.start()
        if self._cancel_shortcut is not None:
            self._cancel_shortcut.setEnabled(True)

    def _cancel_loading(self) -> None:
        if self.loader.busy:
            self.loader.cancel()
            self.statusBar().showMessage(fill(self.tr("Stopped opening %1; the story you had is still open"), self._loading_name), 5000)

    def _reveal_loading(self) -> None:
        for widget in self._loading_widgets:
            widget.show()

    def _hide_loading(self) -> None:
        self._loading_delay.stop()
        if self._cancel_shortcut is not None:
            self._cancel_shortcut.setEnabled(False)
        for widget in self._loading_widgets:
            widget.hide()

    def _build_status_bar(self) -> None:
        # Made and sized now, as tall as a message needs: the first message must not push the
        # content up, nor an empty bar vanish.
        self.setStatusBar(QStatusBar(self))

    def _build_loading_indicator(self) -> None:
        self.loader = StoryLoader(self)
        self._loading_label = QLabel()
        self._loading_name = ""
        busy = QProgressBar()
        busy.setRange(0, 0)
        busy.setMaximumWidth(120)
        busy.setTextVisible(False)
        busy.setAccessibleName(self.tr("Opening"))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Stop opening this file (Escape)"))
        cancel.clicked.connect(self._cancel_loading)
        self._loading_widgets = (self._loading_label, busy, cancel)
        tallest = 0
        for widget in self._loading_widgets:
            self.statusBar().addPermanentWidget(widget)
            tallest = max(tallest, widget.sizeHint().height())
            widget.hide()
        # The bar keeps the height it has while opening a file, so nothing moves when it does.
        self.statusBar().setMinimumHeight(tallest + STATUS_BAR_PADDING)
        self._loading_delay = QTimer(self, singleShot=True, interval=LOADING_INDICATOR_DELAY_MS)
        self._loading_delay.timeout.connect(self._reveal_loading)
        self._cancel_shortcut: QShortcut | None = None
        self.loader.started.connect(self._show_loading)
        self.loader.finished.connect(self._hide_loading)
        self.loader.loaded.connect(self._show_loaded_story)
        self.loader.failed.connect(self._refuse_story)

    def _build_cancel_shortcut(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        self._cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._cancel_loading)
        self._cancel_shortcut.setEnabled(self.loader.busy)

    def open_bundled_story(self) -> None:
        """Show the story shipped with the app again, after another was opened."""
        # A file still loading would otherwise replace it when it is ready.
        self.loader.cancel()
        try:
            story = load_bundled_story()
        except StoryError as error:
            from PySide6.QtWidgets import QMessageBox

            self._tell(QMessageBox.Icon.Warning, self.tr("Cannot open story"), error.in_ui_language())
            return
        self.story_path = None
        self.model.set_story(story)
        self.statusBar().showMessage(self.tr("Opened the story that comes with Reckoning"), 5000)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self._countdown_view is not None:
            self._countdown_view.set_minimised(self.isMinimized())
        if event.type() == QEvent.Type.ActivationChange:
            if not self.isActiveWindow():
                # Another of the app's windows (a dialog) took the keys; another app's does not count.
                dialog = owner = QApplication.activeWindow()
                while owner is not None and owner is not self:
                    owner = owner.parentWidget()
                self._in_dialog = owner is self
                if dialog is not None and self._in_dialog:
                    dialog.installEventFilter(self)
            elif self._in_dialog or self.focusWidget() is None:
                # Back from a dialog: the keys go to the tab's list or page, not to the button that opened it.
                self._in_dialog = False
                self._focus_current_tab()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._return_from_dialog)
        return super().eventFilter(watched, event)

    def _return_from_dialog(self) -> None:
        # A window manager gives the keys back to the window when its dialog closes; without
        # one (Xvfb, some kiosks) nothing does, and every key after the dialog would be lost.
        if self._in_dialog and self.isVisible() and QApplication.activeModalWidget() is None:
            self._in_dialog = False
            self.activateWindow()
            self._focus_current_tab()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.setValue(keys.WINDOW_STATE, self.saveState())
        self._settings.setValue(keys.WINDOW_TAB, self.current_tab_name())
        self.article_page.save_place()
        self.recent_files.set_last(self.story_path)
        save_settings(self._settings)
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_story(path)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent_files.paths()
        for number, path in enumerate(paths, start=1):
            # The number is the mnemonic; && keeps an & in a file name from becoming one.
            action = menu.addAction(f"&{number % 10} {printable(path.name).replace('&', '&&')}")
            action.setStatusTip(printable(str(path)))
            action.setToolTip(printable(str(path)))
            action.triggered.connect(lambda _=False, chosen=path: self._open_recent(chosen))
        if not paths:
            nothing = menu.addAction(self.tr("No recent articles"))
            nothing.setStatusTip(self.tr("Articles you open appear here"))
            nothing.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear list"))
        clear.setStatusTip(self.tr("Forget the articles opened recently (the files stay where they are)"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.recent_files.clear)

    def _open_recent(self, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not path.exists():
            self.recent_files.remove(path)
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("Cannot open story"),
                fill(self.tr("%1 no longer exists; it is off the list."), printable(str(path))),
            )
            return
        self.open_story(path)

    def _choose_story(self) -> None:
        # Imported on first use: start-up has no dialog to show.
        from .views.open_dialog import ask_for_article
        from .views.text_export import start_folder

        path = ask_for_article(self, self.tr("Open story or article"), start_folder(), open_filters())
        if path:
            self.open_story(path)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        article = self.article_page
        file_menu = self.file_menu
        self._add_action(
            file_menu,
            self.tr("&Open…"),
            QKeySequence.StandardKey.Open,
            self.tr("Open an article: plain text, Markdown, a saved web page, or a Reckoning story"),
            self._choose_story,
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self.open_bundled_action = QAction(self.tr("Open the &cliff-jump story"), self)
        self.open_bundled_action.setStatusTip(self.tr("Go back to the Entertainment Weekly story that comes with Reckoning"))
        self.open_bundled_action.triggered.connect(self.open_bundled_story)
        file_menu.addAction(self.open_bundled_action)
        file_menu.addSeparator()
        self.export_quotes_action = self._add_action(
            file_menu,
            self.tr("E&xport quotes…"),
            None,
            self.tr("Save the quotes shown to a CSV or Markdown file"),
            lambda: self.quotes_view.export_visible_as(),
        )
        self.export_event_action = self._add_action(
            file_menu,
            self.tr("Export &event…"),
            None,
            self.tr("Save the Countdown tab's event as an iCalendar (.ics) file"),
            lambda: self.countdown_view.export_event_as(),
        )
        self._follow_countdown_event()
        if self._countdown_view is not None:
            self._follow_countdown_view()
        self.model.storyChanged.connect(self._follow_countdown_event)
        self._countdown_page.failedToMake.connect(self._follow_countdown_event)
        self._quotes_page.failedToMake.connect(lambda: self.export_quotes_action.setEnabled(False))
        self.export_quotes_action.setEnabled(not self._quotes_page.failed)
        file_menu.addAction(article.export_pdf_action)
        file_menu.addAction(article.print_action)
        file_menu.addSeparator()
        quit_action = self._add_action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.tr("Quit Reckoning"), self.close)
        if not quit_action.shortcuts():
            # Qt knows Quit's key only on desktops it has a theme for; Ctrl+Q is what the rest use.
            quit_action.setShortcut(QKeySequence("Ctrl+Q"))

        # Each tab edits its own things; the menu shows the current tab's actions.
        self.tabs.currentChanged.connect(self._fill_edit_menu)
        self.tabs.currentChanged.connect(self._focus_current_tab)
        self._fill_edit_menu()

        view_menu = self.view_menu
        shown = {
            "article": (self.tr("&Article"), self.tr("Show the Article tab")),
            "quotes": (self.tr("&Quotes"), self.tr("Show the Quotes tab")),
            "countdown": (self.tr("&Countdown"), self.tr("Show the Countdown tab")),
        }
        for number, name in enumerate(TAB_NAMES, start=1):
            text, tip = shown[name]
            self._add_action(view_menu, text, QKeySequence(f"Ctrl+{number}"), tip, lambda _=False, n=name: self.show_tab(n))
        self._add_action(
            view_menu,
            self.tr("&Next tab"),
            QKeySequence.StandardKey.NextChild,
            self.tr("Show the tab to the right"),
            lambda: self._step_tab(+1),
        )
        previous_tab = self._add_action(
            view_menu,
            self.tr("&Previous tab"),
            QKeySequence.StandardKey.PreviousChild,
            self.tr("Show the tab to the left"),
            lambda: self._step_tab(-1),
        )
        # Qt names the key Shift+Tab sends "Backtab", and the menu shows the first binding:
        # people read and press Ctrl+Shift+Tab.
        previous_tab.setShortcuts(list(dict.fromkeys([QKeySequence("Ctrl+Shift+Tab"), *previous_tab.shortcuts()])))
        view_menu.addSeparator()
        view_menu.addActions([article.zoom_in_action, article.zoom_out_action, article.zoom_reset_action])
        view_menu.addMenu(article.theme_menu)

        help_menu = self.help_menu
        shortcuts = self._add_action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            self.tr("List every key and what it does"),
            self._show_shortcuts,
        )
        shortcuts.setShortcuts(
            list(
                dict.fromkeys(
                    [*QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents), QKeySequence("F1"), QKeySequence("Ctrl+?")]
                )
            )
        )
        help_menu.addSeparator()
        self._add_action(help_menu, self.tr("&About Reckoning"), None, self.tr("About this app and the article"), self._show_about)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _current_page(self) -> TabPage | None:
        """The page of the tab shown; None while a tab is not made or could not be made."""
        page = self.tabs.currentWidget()
        content = page.content() if isinstance(page, DeferredPage) else page
        return content if isinstance(content, TabPage) else None

    def _focus_current_tab(self) -> None:
        """Put the keyboard where the tab's work is, so Ctrl+1/2/3 leave the hands on the keys."""
        page = self._current_page()
        if page is not None:
            page.take_focus()

    def _fill_edit_menu(self) -> None:
        from PySide6.QtGui import QAction

        menu = self.edit_menu
        menu.clear()
        page = self._current_page()
        for entry in page.edit_menu_entries() if page is not None else []:
            if entry is None:
                menu.addSeparator()
            elif not isinstance(entry, QAction):
                menu.addMenu(entry)
            else:
                menu.addAction(entry)
        menu.setEnabled(not menu.isEmpty())

    def _add_action(
        self, menu: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, tip: str, slot: object
    ) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _show_about(self) -> None:
        # Imported on first use: start-up needs none of it (see `make bench`).
        from PySide6.QtCore import Qt

        from .app import app_icon
        from .views.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self.model.story, app_icon(), self)
        self.about_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_dialog.open()

    def _show_shortcuts(self) -> None:
        from PySide6.QtCore import Qt

        from .views.shortcuts_dialog import ShortcutsDialog

        # The Quotes tab's keys are listed too, so its actions must exist.
        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_groups(), self)
        self.shortcuts_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog.open()

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """Every action with a key, by where it works: the window's menus, then each tab's."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction

        quotes: list[QAction] = []
        if self._quotes_page.content() is self.quotes_view:  # not when the tab could not be made
            quotes = self.quotes_view.findChildren(QAction)
        return [
            (self.tr("Everywhere"), [a for a in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)]),
            (self.tr("Article"), self.article_page.findChildren(QAction)),
            (self.tr("Quotes"), quotes),
        ]

    def _freeze_after_every_view(self) -> None:
        """Keep the freeze the last slot of `storyChanged`, after every view has built what it
        keeps of a new story: tabs made later connect their own slots after the window's."""
        if self._freeze_connected:
            self.model.storyChanged.disconnect(freeze_long_lived)
        self.model.storyChanged.connect(freeze_long_lived)
        self._freeze_connected = True

    def _make_quotes_view(self) -> QWidget:
        # Imported here, not at start-up: a session that never opens the tab never loads it.
        from .views.quotes.quotes_view import QuotesView

        view = QuotesView(self.model, self._settings)
        view.statusMessage.connect(self._show_status)
        self._quotes_view = view
        self._freeze_after_every_view()
        return view

    def _make_countdown_view(self) -> QWidget:
        from .views.countdown.countdown_view import CountdownView

        if self._zone is None or self._zone_name is None:
            self._zone, self._zone_name = local_zone()
        view = CountdownView(self.model, self._clock, self._zone, self._zone_name, self._settings)
        view.statusMessage.connect(self._show_status)
        view.reached.connect(self._announce_reached)
        self._countdown_view = view
        if self.started_up:  # else the menus, made after the first frame, follow the view
            self._follow_countdown_view()
        view.set_minimised(self.isMinimized())
        self._freeze_after_every_view()
        return view

    def _follow_countdown_view(self) -> None:
        assert self._countdown_view is not None
        self._countdown_view.countdownAvailable.connect(self.export_event_action.setEnabled)
        self.export_event_action.setEnabled(self._countdown_view.current_event() is not None)

    def _follow_countdown_event(self) -> None:
        # Until the Countdown tab is made, the story says what it would count to.
        if self._countdown_page.failed:
            self.export_event_action.setEnabled(False)
        elif self._countdown_view is None:
            self.export_event_action.setEnabled(self.model.story.countdown_event is not None)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _announce_reached(self, event: Event) -> None:
        # No timeout: the moment matters more than whatever the status bar said before.
        self.statusBar().showMessage(f"{event.title}: {self.countdown_view.headline()}")

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        """Show a message without blocking; its text is plain, as it may quote a file."""
        from .views.plain_message import show_plain_message

        self.message_box = show_plain_message(self, icon, title, text)

    def _show_story_title(self) -> None:
        self.setWindowTitle(f"{self.model.story.headline} — Reckoning")

    def _restore_favourites(self) -> None:
        self.model.set_favourites(self._favourites.load(self.model.story))

    def _save_favourites(self) -> None:
        self._favourites.save(self.model.story, list(self.model.favourites))

    def _available_geometry(self) -> QRect:
        """The free area (without panels) of the screen the window is on, or would open on."""
        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        return screen.availableGeometry()

    def _restore_state(self) -> None:
        geometry = read_bytes(self._settings, keys.WINDOW_GEOMETRY)
        if not (geometry is not None and self.restoreGeometry(geometry)):
            self.setGeometry(default_geometry(self._available_geometry()))
        else:
            # Saved on a larger screen, or on a monitor since unplugged: brought back on this one.
            self.setGeometry(fitted(self.geometry(), self._available_geometry()))
        state = read_bytes(self._settings, keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        tab = read_choice(self._settings, keys.WINDOW_TAB, TAB_NAMES)
        if tab is not None:
            self.show_tab(tab)


def default_geometry(available: QRect) -> QRect:
    """A first window, centred: DEFAULT_SIZE, a share of a large screen, never more than it has."""
    width = min(max(DEFAULT_SIZE[0], round(available.width() * LARGE_SCREEN_SHARE[0])), round(available.width() * MAX_SCREEN_SHARE))
    height = min(max(DEFAULT_SIZE[1], round(available.height() * LARGE_SCREEN_SHARE[1])), round(available.height() * MAX_SCREEN_SHARE))
    frame = QRect(0, 0, width, height)
    frame.moveCenter(available.center())
    return frame


def fitted(frame: QRect, available: QRect) -> QRect:
    """`frame` made no larger than `available` and moved wholly onto it."""
    size = frame.size().boundedTo(available.size())
    left = min(max(frame.left(), available.left()), available.right() - size.width() + 1)
    top = min(max(frame.top(), available.top()), available.bottom() - size.height() + 1)
    return QRect(QPoint(left, top), size)


def _dropped_file(mime: QMimeData) -> Path | None:
    """The first local file among what is dragged over the window, if any."""
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None
