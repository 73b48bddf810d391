"""What the window asks of every tab's page, so it never reaches for a page's inner widgets."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

if TYPE_CHECKING:
    # Named for the type checker only: the first frame makes no action (QAction is built,
    # with its enums, on first import).
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

# An Edit menu entry: an action, a submenu, or None for a separator.
EditEntry: TypeAlias = "QAction | QMenu | None"


@runtime_checkable
class TabPage(Protocol):
    def take_focus(self) -> None:
        """Put the keyboard where the tab's work is."""

    def edit_menu_entries(self) -> list[EditEntry]:
        """What the Edit menu shows while this tab is current, in order."""
