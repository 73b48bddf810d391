"""Start-up: the order in which Reckoning comes to life.

1. An article named on the command line is loaded first, before any window: a broken
   file is reported on stderr with exit code 1, and no half-built window flashes up.
2. The QApplication gets its identity, so QSettings and QStandardPaths find their places,
   and an exception hook that reports an unexpected error instead of ending the app.
   It speaks the desktop's language if Reckoning has it (see language.py), before any
   widget is made, since widgets take their locale when they are built.
   The settings file is looked at before Qt reads it: one that is damaged, is no regular
   file or holds what Reckoning never writes is set aside and the app starts on defaults.
3. Without an article named, the one open at the last quit is read again (the bundled
   story if there was none, or if it is gone, with a note in the status bar). The one
   model is made from the story, the clock chosen (real, or shifted by `--now`),
   and the window built over both.
4. Either the window is rendered to a PNG and the app exits (`--screenshot`), or the
   event loop runs until the window closes.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys
from datetime import datetime, tzinfo
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import RESOURCES, __version__
from .desktop_entry import APP_ID, icon_files
from .error_report import ErrorReporter
from .language import install_translations
from .main_window import MainWindow
from .models.clock import Clock, ShiftedClock, SystemClock, local_zone
from .models.story_loader import printable
from .models.story_model import StoryModel
from .offscreen import drop_window_system_notices
from .quit_on_signal import QuitOnSignal
from .settings.health import open_settings
from .settings.recent_files import RecentFiles
from .story import Story, StoryError, load_bundled_story, load_story
from .story.wording import fill

log = logging.getLogger(__name__)


# A named tuple, not a frozen dataclass, which compiles its methods at start-up (3 M instructions).
class LaunchOptions(NamedTuple):
    tab: str | None = None
    article: Path | None = None
    now: datetime | None = None  # naive means local time
    screenshot: Path | None = None
    reset_settings: bool = False


def application() -> QApplication:
    """The one QApplication, made once with the identity settings are stored under."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Reckoning")
    app.setOrganizationName("Reckoning")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The icons shipped beside the article: drawn by hand for 16, 24 and 32 pixels, the scalable one above."""
    icon = QIcon()
    for name in icon_files().values():
        icon.addFile(str(files(RESOURCES).joinpath(name)))
    return icon


def choose_clock(now: datetime | None, zone: tzinfo | None) -> Clock:
    if now is None:
        return SystemClock()
    return ShiftedClock(now if now.tzinfo else now.replace(tzinfo=zone or local_zone()[0]))


def reopen_last_article(recent: RecentFiles) -> tuple[Story, Path | None, str]:
    """The article open at the last quit, else the bundled story; and a note if it could not be reopened."""
    last = recent.last()
    if last is None:
        return load_bundled_story(), None, ""
    try:
        return load_story(last), last, ""
    except StoryError as error:
        log.warning("cannot reopen the last article: %s", error)
        note = QCoreApplication.translate("Launch", "%1 could not be opened again; showing the cliff-jump story.")
        return load_bundled_story(), None, fill(note, printable(last.name))


def run(options: LaunchOptions) -> int:
    """Launch the app as the options say; the process's exit code."""
    # PySide6's import hook has read the source of every module imported so far into
    # linecache (about 1.2 MB of text in 70 files); tracebacks read it again if they need it.
    linecache.clearcache()
    try:
        story = None if options.article is None else load_story(options.article)
    except StoryError as error:
        log.error("%s", error)
        return 1
    if options.screenshot and not _has_display():
        # Rendering to a file needs no screen; without one the xcb plugin would abort.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    install_translations()
    if app.platformName() == "offscreen":
        drop_window_system_notices()
    # From here on Ctrl+C and SIGTERM close every window the way Quit does, settings saved.
    QuitOnSignal(QApplication.closeAllWindows, app)
    ErrorReporter().install()
    settings = open_settings()
    if options.reset_settings:
        settings.clear()
        settings.sync()
        log.info("settings cleared in %s", settings.fileName())
    story_path, note = options.article, ""
    if options.article is not None:
        # Opened from a file manager or a shell, it belongs in File › Open Recent too.
        RecentFiles(settings).add(options.article)
    if story is None:
        try:
            story, story_path, note = reopen_last_article(RecentFiles(settings))
        except StoryError as error:
            log.error("%s", error)
            return 1
    # The system's zone is looked up (QTimeZone, zoneinfo) when the Countdown tab is first
    # made, after the first frame, unless --now needs it to read a local time.
    zone, zone_name = local_zone() if options.now is not None else (None, None)
    model = StoryModel(story)
    log.info("showing “%s” with %d quotes", story.headline, len(story.quotes))
    # A window shown on screen paints first and builds the rest right after (see MainWindow);
    # a screenshot is taken of the whole window at once.
    window = MainWindow(model, choose_clock(options.now, zone), zone, zone_name, settings, paint_first=not options.screenshot)
    window.story_path = story_path
    if note:
        window.statusBar().showMessage(note, 15_000)
    if options.tab:
        window.show_tab(options.tab)
    if options.screenshot:
        return save_screenshot(window, options.screenshot)
    window.show()
    return app.exec()


def save_screenshot(window: MainWindow, path: Path) -> int:
    window.resize(1000, 720)
    window.show()
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        log.error("cannot write the screenshot to %s", path)
        return 1
    log.info("screenshot saved to %s", path)
    return 0


def _has_display() -> bool:
    return sys.platform in ("win32", "darwin") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
