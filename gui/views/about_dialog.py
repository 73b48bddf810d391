"""Help › About Reckoning: the icon, the version, the licence, the credits and the links."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from .. import __version__
from ..story import Story
from ..story.wording import fill
from .article.safe_links import can_open_externally

LICENCE = "MIT"
# lupdate finds the messages of module-level functions by this name.
translate = QCoreApplication.translate
ICON_SIZE = 64
# The project's home page; empty until it has one, and then no link is shown (none invented).
PROJECT_URL = ""


class AboutDialog(QDialog):
    """What the app is, under which licence, whose article it shows, and what it is built on.

    Links open in the browser only when clicked, and only http(s) ones (see `safe_links`);
    every word from the story is escaped, never read as markup.

    Signals: none; `opened` lists the links it handed to the browser (for the status bar and tests).
    """

    def __init__(self, story: Story, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Reckoning"))
        self.opened: list[QUrl] = []
        picture = QLabel()
        picture.setPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
        picture.setAccessibleName(self.tr("Reckoning's icon"))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = QLabel(about_html(story), textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.text_label.setObjectName("aboutText")
        self.text_label.setOpenExternalLinks(False)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text_label.setAccessibleName(self.tr("About Reckoning"))
        self.text_label.setAccessibleDescription(self.tr("The version, licence, credits and links."))
        self.text_label.linkActivated.connect(self.open_link)
        self.text_label.setMinimumWidth(360)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addWidget(self.text_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def open_link(self, address: str) -> None:
        url = QUrl(address)
        if can_open_externally(url):
            self.opened.append(url)
            QDesktopServices.openUrl(url)


def about_html(story: Story) -> str:
    """The dialog's text as escaped rich text: only the links it makes itself are markup."""
    locale = QLocale()
    published = ""
    if story.published is not None:
        day = story.published
        published = f", {locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)}"
    source = story.source or translate("AboutDialog", "source not given")
    article = fill(html.escape(translate("AboutDialog", "Article: “%1”, %2")), html.escape(story.headline), html.escape(source + published))
    if _is_web(story.url):
        article = fill(html.escape(translate("AboutDialog", "%1 — read it at %2")), article, _link(story.url, QUrl(story.url).host()))
    summary = translate("AboutDialog", "A reader for one news story: its article, its quotes and its dates.")
    licence = fill(translate("AboutDialog", "Free software under the %1 licence; © 2026 The Reckoning developers."), LICENCE)
    heading = translate("AboutDialog", "Credits")
    lines = [
        f"<h2>Reckoning {html.escape(__version__)}</h2>",
        f"<p>{html.escape(summary)}</p>",
        f"<p>{html.escape(licence)}</p>",
        f"<p><b>{html.escape(heading)}</b><br>",
        article,
    ]
    if story.image is not None and story.image.credit:
        lines.append("<br>" + fill(html.escape(translate("AboutDialog", "Image: %1")), html.escape(story.image.credit)))
    built = translate("AboutDialog", "Built with Qt %1 and PySide6 %2 (Qt for Python), on Python %3.")
    lines.append(
        "<br>" + fill(html.escape(built), html.escape(qVersion()), html.escape(PySide6.__version__), html.escape(platform.python_version()))
    )
    lines.append("</p>")
    if _is_web(PROJECT_URL):
        home = translate("AboutDialog", "Project home page")
        lines.append(f"<p>{_link(PROJECT_URL, home)}</p>")
    return "".join(lines)


def _is_web(address: str) -> bool:
    return can_open_externally(QUrl(address))


def _link(address: str, text: str) -> str:
    return f'<a href="{html.escape(address, quote=True)}">{html.escape(text)}</a>'
