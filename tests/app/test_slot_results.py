"""Slots return nothing: PySide6 6.12 drops a reference to a bool a Python slot returns.

Each such call lowered True's or False's reference count by one, and the process
aborted at exit ("bool_dealloc: deallocating True or False") once enough had run.
"""

from __future__ import annotations

import gc
import sys

import pytest

from gui.main_window import MainWindow


def _bool_references() -> tuple[int, int]:
    gc.collect()
    return sys.getrefcount(True), sys.getrefcount(False)


def test_every_menu_action_leaves_true_and_false_alone(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    # Cancelled save dialogs: the exports return False to whoever calls them.
    monkeypatch.setattr("gui.views.text_export.ask_for_save_path", lambda *args: "")
    article = window.article_page
    actions = [
        article.zoom_in_action,
        article.zoom_out_action,
        article.export_pdf_action,
        window.export_quotes_action,
        *article.theme_actions.values(),
        window.export_event_action,
    ]
    before = _bool_references()
    for _ in range(100):
        for action in actions:
            action.trigger()
    after = _bool_references()
    assert after[0] >= before[0] - 20
    assert after[1] >= before[1] - 20
