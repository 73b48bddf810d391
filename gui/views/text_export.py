"""Saving text the user asked to export: a save dialog in Documents, and a clear error."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..story.wording import fill
from .plain_message import show_plain_message


def choose_export_path(parent: QWidget, title: str, file_name: str, filters: str) -> Path | None:
    """Ask where to save, starting in the Documents folder; None if the user cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, f"{folder}/{file_name}", filters)
    return Path(chosen) if chosen else None


def write_export(parent: QWidget, path: Path, text: str, failure_title: str) -> QMessageBox | None:
    """Write `text` as UTF-8 exactly as given; on failure show why and return that message."""
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        return show_plain_message(
            parent,
            QMessageBox.Icon.Warning,
            failure_title,
            fill(QCoreApplication.translate("TextExport", "%1 could not be written: %2."), str(path), str(error.strerror or error)),
        )
    return None
