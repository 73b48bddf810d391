"""The file dialogs (File › Open, and Save for every export): Qt's own, but they never read a
file's contents to draw themselves.

Qt's icon provider finds each file's MIME type by reading its first bytes. In a folder such
as /proc that read can wait for ever (/proc/kmsg waits for kernel messages), and the dialog
freezes the whole app before Reckoning has been asked to open anything. Here a file's icon
and type come from what it is (a folder or a file), as a file manager's list view shows them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class IconsWithoutReading(QFileIconProvider):
    """A folder's or a file's icon and type name, decided without opening the file."""

    def icon(self, which: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(which, QFileInfo):
            kind = QAbstractFileIconProvider.IconType.Folder if which.isDir() else QAbstractFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(which)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("IconsWithoutReading", "Folder")
        return QCoreApplication.translate("IconsWithoutReading", "File")


def ask_for_article(parent: QWidget, title: str, folder: str, filters: str) -> str:
    """The file the person chose to open, or "" if they cancelled."""
    return _ask(parent, title, folder, filters, QFileDialog.AcceptMode.AcceptOpen)


def ask_for_save_path(parent: QWidget, title: str, proposed: str, filters: str, refusal: Callable[[str], str | None] | None = None) -> str:
    """Where the person chose to save, starting from the `proposed` path, or "" if they cancelled.

    `refusal` says why a chosen path may not be saved to (the story's own file, a pipe), or
    None: the dialog then says so and stays open for another name, before it would offer to
    replace that file."""
    return _ask(parent, title, proposed, filters, QFileDialog.AcceptMode.AcceptSave, refusal)


class _CheckedDialog(QFileDialog):
    """A save dialog that refuses a path before Qt asks whether to replace it."""

    def __init__(self, parent: QWidget | None, title: str, start: str, filters: str, refusal: Callable[[str], str | None]) -> None:
        super().__init__(parent, title, start, filters)
        self._refusal = refusal

    def accept(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .plain_message import show_plain_message

        chosen = self.selectedFiles()
        if chosen and (why := self._refusal(chosen[0])) is not None:
            show_plain_message(self, QMessageBox.Icon.Warning, self.windowTitle(), why)
            return
        super().accept()


def _ask(
    parent: QWidget, title: str, start: str, filters: str, mode: QFileDialog.AcceptMode, refusal: Callable[[str], str | None] | None = None
) -> str:
    dialog = QFileDialog(parent, title, start, filters) if refusal is None else _CheckedDialog(parent, title, start, filters, refusal)
    dialog.setAcceptMode(mode)
    if mode == QFileDialog.AcceptMode.AcceptOpen:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    # The provider must outlive the dialog's model, which keeps using it: it is kept until return.
    provider = IconsWithoutReading()
    dialog.setIconProvider(provider)
    chosen = dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
    dialog.deleteLater()
    return chosen
