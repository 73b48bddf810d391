"""Printing the article and saving it as PDF, always on a light page whatever the screen shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...story import Story
from ...story.wording import fill
from ..plain_message import show_plain_message
from ..text_export import choose_export_path, slug
from .article_html import article_html, article_style
from .page_theme import LIGHT


def printable_document(story: Story, locale: QLocale) -> QTextDocument:
    """The article typeset for paper: dark ink on white, with no screen margins or tints of a dark theme."""
    document = QTextDocument()
    document.setDefaultStyleSheet(article_style(LIGHT))
    document.setHtml(article_html(story, locale))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, story.headline)
    return document


def print_article(parent: QWidget, story: Story, locale: QLocale) -> bool:
    """Ask for a printer and print; False when the reader cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(story.headline)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print article")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    printable_document(story, locale).print_(printer)
    return True


def choose_pdf_path(parent: QWidget, story: Story) -> Path | None:
    """Ask where to save the PDF, named after the article's headline."""
    title = QCoreApplication.translate("ArticlePrint", "Export article as PDF")
    return choose_export_path(parent, title, f"{slug(story.headline, 'article')}.pdf", "PDF (*.pdf)")


def export_pdf(parent: QWidget, story: Story, locale: QLocale, path: Path) -> QMessageBox | None:
    """Write the article to `path` as PDF; on failure, the message box that says why."""
    existed = path.exists()
    try:
        # QPrinter reports no errors; find out first whether the file can be written at all.
        with path.open("ab"):
            pass
    except OSError as error:
        message = fill(QCoreApplication.translate("ArticlePrint", "Cannot write %1: %2."), str(path), str(error.strerror))
        return show_plain_message(
            parent, QMessageBox.Icon.Warning, QCoreApplication.translate("ArticlePrint", "Cannot export PDF"), message
        )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(story.headline)
    printer.setCreator("Reckoning")
    printable_document(story, locale).print_(printer)
    if path.stat().st_size == 0:
        if not existed:
            path.unlink()
        message = fill(QCoreApplication.translate("ArticlePrint", "Nothing could be written to %1."), str(path))
        return show_plain_message(
            parent, QMessageBox.Icon.Warning, QCoreApplication.translate("ArticlePrint", "Cannot export PDF"), message
        )
    return None
