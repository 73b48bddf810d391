"""The UI's language: the first of the desktop's languages Reckoning speaks, else English.

English is the language of the source, so it needs no file and nothing is loaded for it:
an English desktop starts as fast as before. For another language two translators are
installed, Reckoning's own (`reckoning_<language>.qm`, package data) and Qt's
(`qtbase_<language>.qm`, shipped inside PySide6, for the Open and Print dialogs and the
standard buttons), and the story layer is handed Qt's translate (see story/wording.py).
Numbers and dates follow the same language: the default QLocale is the desktop's own
when it is in the UI's language (de_AT keeps its own formats), else the language's
main locale, so an English UI on a French desktop never says "1 232 days".

The desktop's list is QLocale.system().uiLanguages(), which on Linux reads LANGUAGE
before LC_ALL, LC_MESSAGES and LANG: `LANGUAGE=de reckoning` picks German, `LANGUAGE=en`
English.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from . import RESOURCES
from .story import wording

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# The languages a reckoning_<language>.qm ships for.
TRANSLATED = ("de",)


def ui_language(ui_languages: Sequence[str]) -> str:
    """The first of `ui_languages` ("de-DE", "fr", "C") that Reckoning speaks, else English."""
    for name in ui_languages:
        language = name.replace("_", "-").split("-")[0].lower()
        if language == SOURCE_LANGUAGE or language in TRANSLATED:
            return language
    return SOURCE_LANGUAGE


@dataclass
class Translations:
    """What `install_translations` changed, so that a test can put it back."""

    language: str
    previous_locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self.translators.clear()
        wording.use_translator(None)
        QLocale.setDefault(self.previous_locale)


def install_translations(ui_languages: Sequence[str] | None = None, folder: str | None = None) -> Translations:
    """Speak the desktop's language (or the first of `ui_languages`), with Reckoning's
    translations read from `folder` (the package data's). Call once the QApplication exists
    and before any widget is made: widgets take the default locale when they are built."""
    system = QLocale.system()
    language = ui_language(system.uiLanguages() if ui_languages is None else ui_languages)
    installed = Translations(language, QLocale())
    in_language = system.language() == QLocale(language).language()
    QLocale.setDefault(system if in_language else QLocale(language))
    if language == SOURCE_LANGUAGE:
        return installed
    # Owned by the application, so they live as long as it does whoever keeps the result.
    own = QTranslator(QCoreApplication.instance())
    if not own.load(f"reckoning_{language}", folder or str(files(RESOURCES))):
        log.warning("no translation into %s is installed; the UI stays in English", language)
        own.deleteLater()
        QLocale.setDefault(installed.previous_locale)
        return Translations(SOURCE_LANGUAGE, installed.previous_locale)
    qt = QTranslator(QCoreApplication.instance())
    if not qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        log.info("Qt's own translation into %s is not installed; its dialogs stay in English", language)
    for translator in (own, qt):
        if not translator.isEmpty() and QCoreApplication.installTranslator(translator):
            installed.translators.append(translator)
    wording.use_translator(QCoreApplication.translate)
    log.info("speaking %s", language)
    return installed
