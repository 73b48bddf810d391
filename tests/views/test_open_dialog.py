"""File › Open's dialog lists a folder without reading its files: /proc/kmsg would never answer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileSystemModel

from gui.views.open_dialog import IconsWithoutReading

KMSG = Path("/proc/kmsg")


def test_icons_and_types_come_from_what_a_file_is(tmp_path: Path) -> None:
    provider = IconsWithoutReading()
    (tmp_path / "folder").mkdir()
    (tmp_path / "article.txt").write_text("x", encoding="utf-8")
    assert provider.type(QFileInfo(str(tmp_path / "folder"))) == "Folder"
    assert provider.type(QFileInfo(str(tmp_path / "article.txt"))) == "File"
    assert not provider.icon(QFileInfo(str(tmp_path / "article.txt"))).isNull()


@pytest.mark.skipif(not os.access(KMSG, os.R_OK), reason="needs a readable /proc/kmsg (as root on Linux)")
def test_the_dialog_lists_proc_without_waiting_on_kmsg(qtbot) -> None:
    dialog = QFileDialog(None, "Open", "/proc")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(provider := IconsWithoutReading())
    qtbot.addWidget(dialog)
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        dialog.show()
    # Asking the model for every column of every file is what drew the frozen dialog.
    root = model.index("/proc")
    qtbot.waitUntil(lambda: model.rowCount(root) > 0)
    kmsg = model.index(str(KMSG))
    assert kmsg.isValid()
    assert model.type(kmsg) == "File"
    assert provider is not None


@pytest.mark.parametrize("ask", ["ask_for_article", "ask_for_save_path"])
def test_open_and_save_dialogs_draw_without_reading(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ask: str) -> None:
    from gui.views import open_dialog

    seen: list[tuple[type, QFileDialog.AcceptMode]] = []

    def cancel(dialog: QFileDialog) -> int:
        seen.append((type(dialog.iconProvider()), dialog.acceptMode()))
        return 0

    monkeypatch.setattr(QFileDialog, "exec", cancel)
    assert getattr(open_dialog, ask)(None, "Title", str(tmp_path / "quotes.csv"), "CSV (*.csv)") == ""
    mode = QFileDialog.AcceptMode.AcceptSave if ask == "ask_for_save_path" else QFileDialog.AcceptMode.AcceptOpen
    assert seen == [(IconsWithoutReading, mode)]
