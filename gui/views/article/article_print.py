"""Printing the article and saving it as PDF, always on a light page whatever the screen shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...story import Story
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
    return choose_export_path(parent, "Export article as PDF", f"{slug(story.headline, 'article')}.pdf", "PDF (*.pdf)")


def export_pdf(parent: QWidget, story: Story, locale: QLocale, path: Path) -> QMessageBox | None:
    """Write the article to `path` as PDF; on failure, the message box that says why."""
    existed = path.exists()
    try:
        # QPrinter reports no errors; find out first whether the file can be written at all.
        with path.open("ab"):
            pass
    except OSError as error:
        return show_plain_message(parent, QMessageBox.Icon.Warning, "Cannot export PDF", f"Cannot write {path}: {error.strerror}.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(story.headline)
    printer.setCreator("Reckoning")
    printable_document(story, locale).print_(printer)
    if path.stat().st_size == 0:
        if not existed:
            path.unlink()
        return show_plain_message(parent, QMessageBox.Icon.Warning, "Cannot export PDF", f"Nothing could be written to {path}.")
    return None
