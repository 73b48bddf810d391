"""Every key Reckoning remembers in QSettings, in one place, with where it is read.

Each is read by type through gui.settings.values, falling back to its default with one
warning; `--reset-settings` forgets them all.
"""

from __future__ import annotations

# The window (gui/main_window.py): where it was, its docks and the tab shown.
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
WINDOW_TAB = "window/tab"
# The Article tab (gui/views/article/): zoom in percent and the page theme.
ARTICLE_ZOOM = "article/zoom"
ARTICLE_THEME = "article/theme"
# Where the reader left each article, by article (gui/settings/reading_places.py).
ARTICLE_PLACES = "article/places"
# Both tabs that copy: the form Ctrl+C copies quotes in.
COPY_FORMAT = "quotes/copy_format"
# Starred quotes of every article, keyed by article (gui/settings/favourites.py).
FAVOURITES = "quotes/favourites"
# The Countdown tab's time zone (gui/views/countdown/).
COUNTDOWN_ZONE = "countdown/zone"
# File › Open Recent, and the article to reopen at launch (gui/settings/recent_files.py).
RECENT_FILES = "files/recent"
LAST_FILE = "files/last"
