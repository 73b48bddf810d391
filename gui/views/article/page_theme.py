"""The article page's colours: light, sepia or dark, chosen apart from the app's own theme.

"System" follows the desktop, so a dark desktop gets a dark page until the reader picks
one; the other three stay as picked. A desktop says it is dark in one of two ways: Qt's
colour scheme, where the platform tells Qt, or only a dark palette (Fusion with a dark
palette, many Qt set-ups), where Qt's scheme stays Unknown.

Every colour meets WCAG 2.1 against what it is drawn on (tests/views/article/test_page_theme.py
computes the ratios): text 4.5:1 or more; the rule under a quote, its one sign that does not
rely on a faint tint, and the selected quote's fill, 3:1 or more against the page and the tint.
"""

from __future__ import annotations

import enum
import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette

from ...settings import keys
from ...settings.values import as_enum

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# HSL lightness (0–255) under which a window colour reads as dark.
DARK_LIGHTNESS = 128
# Qt.ColorScheme's values (qnamespace.h), which Qt keeps as they are across Qt 6.
SCHEME_UNKNOWN, SCHEME_LIGHT, SCHEME_DARK = 0, 1, 2
# Qt 6's library of QStyleHints on Linux, and its colour scheme getter's C++ (Itanium ABI) name.
_QT_GUI_SONAME = "libQt6Gui.so.6"
_SCHEME_GETTER = "_ZNK11QStyleHints11colorSchemeEv"


# A named tuple, not a frozen dataclass: the first frame imports it, and a dataclass writes
# and compiles its methods as it is made (3.5 M instructions, a named tuple 0.7 M).
class PageColours(NamedTuple):
    # Colours as Qt names them: "#rrggbb", or "#aarrggbb" for a tint over the page.
    background: str
    text: str
    muted: str  # byline and caption
    link: str
    quote: str  # every quote's calm tint
    quote_rule: str  # the line under every quote
    selected_quote: str  # the fill of the quote selected in the shared selection
    selected_text: str  # the text on that fill
    find_match: str


LIGHT = PageColours(
    background="#ffffff",
    text="#1b1b1b",
    muted="#5f6368",
    link="#0b57d0",
    quote="#38ffc400",
    quote_rule="#a66f00",
    selected_quote="#7a4f00",
    selected_text="#ffffff",
    find_match="#bde0ff",
)
SEPIA = PageColours(
    background="#f4ecd8",
    text="#433422",
    muted="#7a6650",
    link="#7a4b12",
    quote="#2ebe7814",
    quote_rule="#8a5a14",
    selected_quote="#5c3d10",
    selected_text="#f4ecd8",
    find_match="#d9c7a0",
)
DARK = PageColours(
    background="#1e1e1e",
    text="#dcdcdc",
    muted="#a0a0a0",
    link="#8ab4f8",
    quote="#29ffc400",
    quote_rule="#d9a520",
    selected_quote="#f0c050",
    selected_text="#1e1e1e",
    find_match="#264f78",
)


def desktop_is_dark(scheme: Qt.ColorScheme | None = None, palette: QPalette | None = None) -> bool:
    """Whether the desktop is dark: Qt's colour scheme where it knows it, else the window colour's lightness.

    `scheme` and `palette` default to the application's.
    """
    number = desktop_scheme() if scheme is None else scheme.value
    if number != SCHEME_UNKNOWN:
        return number == SCHEME_DARK
    if palette is None:
        palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < DARK_LIGHTNESS


def desktop_scheme() -> int:
    """Qt's colour scheme as Qt numbers it (`Qt.ColorScheme`'s values: unknown, light, dark).

    Asked through PySide6, the answer is a `Qt.ColorScheme`, and the first use of QtCore.Qt
    builds every enum of the namespace (121 M instructions, an eighth of start-up): where Qt's
    own getter can be called directly, it is, so the first frame already has the colours it
    keeps. Elsewhere PySide6 is asked, which is slower but the same answer.
    """
    getter = _scheme_getter()
    if getter is not None:
        import shiboken6

        return int(getter(shiboken6.getCppPointer(QGuiApplication.styleHints())[0]))
    return int(QGuiApplication.styleHints().colorScheme().value)


@functools.cache
def _scheme_getter() -> Callable[[int], int] | None:
    """`QStyleHints::colorScheme() const` of the Qt library PySide6 runs on, or None where it cannot be found."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import os

    try:
        # The one PySide6.QtGui has loaded, found by its soname; never another Qt loaded anew.
        getter = ctypes.CDLL(_QT_GUI_SONAME, mode=os.RTLD_NOLOAD | os.RTLD_LAZY)[_SCHEME_GETTER]
    except (OSError, AttributeError):
        return None
    getter.restype = ctypes.c_int
    getter.argtypes = [ctypes.c_void_p]
    return cast("Callable[[int], int]", getter)


class PageTheme(enum.StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    SEPIA = "sepia"
    DARK = "dark"

    @property
    def label(self) -> str:
        if self is PageTheme.SYSTEM:
            return QCoreApplication.translate("PageTheme", "&Match the desktop")
        if self is PageTheme.LIGHT:
            return QCoreApplication.translate("PageTheme", "&Light")
        if self is PageTheme.SEPIA:
            return QCoreApplication.translate("PageTheme", "&Sepia")
        return QCoreApplication.translate("PageTheme", "&Dark")

    @property
    def tip(self) -> str:
        if self is PageTheme.SYSTEM:
            return QCoreApplication.translate("PageTheme", "Follow the desktop's colours")
        if self is PageTheme.LIGHT:
            return QCoreApplication.translate("PageTheme", "Show the article on a light page")
        if self is PageTheme.SEPIA:
            return QCoreApplication.translate("PageTheme", "Show the article on a sepia page")
        return QCoreApplication.translate("PageTheme", "Show the article on a dark page")

    def colours(self, dark_desktop: bool) -> PageColours:
        """The colours to paint with while the desktop is dark (or not)."""
        if self is PageTheme.SYSTEM:
            return DARK if dark_desktop else LIGHT
        return {PageTheme.LIGHT: LIGHT, PageTheme.SEPIA: SEPIA, PageTheme.DARK: DARK}[self]

    @classmethod
    def from_setting(cls, value: object, key: str = keys.ARTICLE_THEME) -> PageTheme:
        """The stored theme, or SYSTEM (with a warning) for anything else, a list included."""
        return as_enum(value, key, cls.SYSTEM)
