"""Edit › Copy as: the four copy forms as one checkable choice, the same in both tabs that copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ..story.quote_formats import CopyFormat
from ..story.wording import fill


def copy_as_menu(parent: QWidget, what: str, choose: Callable[[CopyFormat], None]) -> tuple[QMenu, dict[CopyFormat, QAction]]:
    """The menu and its action for each form; choosing one calls `choose` with it.

    `what` names what is copied in the status tips, e.g. "the selected quotes".
    """
    menu = QMenu(QCoreApplication.translate("CopyAsMenu", "Copy &as"), parent)
    group = QActionGroup(parent)
    actions: dict[CopyFormat, QAction] = {}
    for copy_format in CopyFormat:
        # Each form's first letter is its key in the menu: Plain, With attribution, Markdown, Citation.
        action = QAction(f"&{copy_format.label.replace('&', '&&')}", parent, checkable=True)
        action.setStatusTip(
            fill(QCoreApplication.translate("CopyAsMenu", "Copy %1 %2, and make it the form Ctrl+C copies in"), what, copy_format.phrase)
        )
        action.triggered.connect(lambda _=False, chosen=copy_format: choose(chosen))
        group.addAction(action)
        menu.addAction(action)
        actions[copy_format] = action
    return menu, actions
