"""The article page's colours: light, sepia or dark, chosen apart from the app's own theme.

"System" follows the desktop's colour scheme, so a dark desktop gets a dark page until
the reader picks one; the other three stay as picked.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt

from ...settings import keys
from ...settings.values import as_enum


@dataclass(frozen=True)
class PageColours:
    # Colours as Qt names them: "#rrggbb", or "#aarrggbb" for a tint over the page.
    background: str
    text: str
    muted: str  # byline and caption
    link: str
    quote: str  # every quote's calm tint
    selected_quote: str  # the quote selected in the shared selection
    find_match: str


LIGHT = PageColours("#ffffff", "#1b1b1b", "#5f6368", "#0b57d0", "#38ffc400", "#8cffa000", "#bde0ff")
SEPIA = PageColours("#f4ecd8", "#433422", "#7a6650", "#7a4b12", "#2ebe7814", "#73c86e00", "#d9c7a0")
DARK = PageColours("#1e1e1e", "#dcdcdc", "#a0a0a0", "#8ab4f8", "#29ffc400", "#6bffb400", "#264f78")


class PageTheme(enum.StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    SEPIA = "sepia"
    DARK = "dark"

    @property
    def label(self) -> str:
        if self is PageTheme.SYSTEM:
            return QCoreApplication.translate("PageTheme", "Match the desktop")
        if self is PageTheme.LIGHT:
            return QCoreApplication.translate("PageTheme", "Light")
        if self is PageTheme.SEPIA:
            return QCoreApplication.translate("PageTheme", "Sepia")
        return QCoreApplication.translate("PageTheme", "Dark")

    @property
    def tip(self) -> str:
        if self is PageTheme.SYSTEM:
            return QCoreApplication.translate("PageTheme", "Follow the desktop's colours")
        if self is PageTheme.LIGHT:
            return QCoreApplication.translate("PageTheme", "Show the article on a light page")
        if self is PageTheme.SEPIA:
            return QCoreApplication.translate("PageTheme", "Show the article on a sepia page")
        return QCoreApplication.translate("PageTheme", "Show the article on a dark page")

    def colours(self, scheme: Qt.ColorScheme) -> PageColours:
        """The colours to paint with while the desktop's scheme is `scheme`."""
        if self is PageTheme.SYSTEM:
            return DARK if scheme == Qt.ColorScheme.Dark else LIGHT
        return {PageTheme.LIGHT: LIGHT, PageTheme.SEPIA: SEPIA, PageTheme.DARK: DARK}[self]

    @classmethod
    def from_setting(cls, value: object, key: str = keys.ARTICLE_THEME) -> PageTheme:
        """The stored theme, or SYSTEM (with a warning) for anything else, a list included."""
        return as_enum(value, key, cls.SYSTEM)
