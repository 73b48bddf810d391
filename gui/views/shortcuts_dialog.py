"""Help › Keyboard shortcuts: every action that has a key, read from the actions themselves."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Keys of multimedia keyboards that Qt's standard bindings add (a "Help" key, "Zoom In"), and
# Backtab, which is Shift+Tab under another name: no one reads them as keys to press.
_UNLISTED_KEYS = frozenset({"Help", "Zoom In", "Zoom Out", "Back", "Forward", "Backtab"})


def shortcut_rows(groups: Sequence[tuple[str, Sequence[QAction]]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(group, [(keys, what the action does)]) for each action with a shortcut, once each,
    in the order given; keys as the menus show them ("Ctrl+Shift+Tab or Ctrl+Shift+F6")."""
    seen: set[int] = set()
    rows: list[tuple[str, list[tuple[str, str]]]] = []
    for group, actions in groups:
        found: list[tuple[str, str]] = []
        for action in actions:
            keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts() if _listed(key)]
            if not keys or id(action) in seen:
                continue
            seen.add(id(action))
            found.append((_either(list(dict.fromkeys(keys))), _plain(action.text())))
        if found:
            rows.append((group, found))
    return rows


def _either(keys: list[str]) -> str:
    """ "Ctrl+W or Ctrl+F4"."""
    shown = keys[0]
    for key in keys[1:]:
        shown = QCoreApplication.translate("ShortcutsDialog", "%1 or %2").replace("%1", shown, 1).replace("%2", key, 1)
    return shown


def _listed(key: QKeySequence) -> bool:
    text = key.toString(QKeySequence.SequenceFormat.PortableText)
    return bool(text) and text.rsplit("+", 1)[-1] not in _UNLISTED_KEYS


def _plain(text: str) -> str:
    """A menu text without its mnemonic mark or dots: "&Open…" → "Open", "&&" → "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


# Capitals with marks above, the tallest letters a translation uses ("Öffnen").
_TALL_LETTERS = "ÅÖÉÂÛ"


def accent_room(metrics: QFontMetrics) -> int:
    """How far a capital's accent reaches above the font's ascent, in pixels (0 if it does not)."""
    return max(0, -metrics.tightBoundingRect(_TALL_LETTERS).top() - metrics.ascent())


class RoomyRows(QStyledItemDelegate):
    """Rows tall enough for the accents over capitals: many fonts draw them above their ascent,
    and a row as high as the font's height clipped the dots of "Ö"."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        metrics = option.fontMetrics
        # The text is centred, so the row needs the overshoot at the top and, to keep it centred, at the bottom.
        size.setHeight(max(size.height(), metrics.height() + 2 * accent_room(metrics) + 2))
        return size


class ShortcutsDialog(QDialog):
    """A two-column list, keys and what they do, grouped by where they work."""

    def __init__(self, groups: Sequence[tuple[str, Sequence[QAction]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setAccessibleDescription(self.tr("Each key and what it does, grouped by the tab where it works."))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(RoomyRows(self.tree))
        for group, rows in shortcut_rows(groups):
            heading = QTreeWidgetItem(self.tree, [group])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            for keys, does in rows:
                QTreeWidgetItem(heading, [keys, does])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, keys, does) as shown."""
        shown = []
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            assert heading is not None
            for child in range(heading.childCount()):
                item = heading.child(child)
                assert item is not None
                shown.append((heading.text(0), item.text(0), item.text(1)))
        return shown
