"""The one data model: the single source of truth every view reads.

Rows are the story's quotes in article order; the article and its events are properties
of the same object. Loading another story resets the rows and emits `storyChanged`, and
every tab redraws from here: no view keeps a copy of the data.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

from ..story import Event, Quote, Story

ModelIndex = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole's values, as numbers: the first use of QtCore.Qt builds every enum of the
# namespace (an eighth of start-up's instructions), and the first frame has no use for it.
DISPLAY_ROLE = 0
TOOL_TIP_ROLE = 3
EDIT_ROLE = 2
USER_ROLE = 0x0100


class QuoteRole(enum.IntEnum):
    QUOTE = USER_ROLE  # the whole `Quote` dataclass
    TEXT = enum.auto()  # as shown: a trailing lead-in comma made a full stop
    SPEAKER = enum.auto()  # the speaker's name
    SPEAKER_LABEL = enum.auto()  # name with role
    FAVOURITE = enum.auto()  # starred by the user; the only role that can be set


class StoryModel(QAbstractListModel):
    """The quotes of the current story as rows, with the story itself alongside.

    Favourites are part of the model too, kept as the quotes' texts so they can be
    stored and restored across restarts. `selection` is the one selection of quotes that
    every view shares: a quote clicked in the article is the quote selected in the list.

    Signals:
        storyChanged(): a new story was loaded; rows were reset just before.
        favouritesChanged(): a quote was starred or unstarred (dataChanged says which).
    """

    storyChanged = Signal()
    favouritesChanged = Signal()

    def __init__(self, story: Story, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._story = story
        self._favourites: set[str] = set()
        self.selection = QItemSelectionModel(self, self)

    @property
    def story(self) -> Story:
        return self._story

    def is_favourite(self, quote: Quote) -> bool:
        return quote.text in self._favourites

    @property
    def events(self) -> tuple[Event, ...]:
        return self._story.events

    @property
    def favourites(self) -> frozenset[str]:
        """The texts of the starred quotes of the current story."""
        return frozenset(self._favourites)

    def set_favourites(self, texts: Iterable[str]) -> None:
        """Star exactly these quotes (by text); texts not in the story are ignored."""
        wanted = set(texts)
        if wanted:  # a new story mostly has none starred: no need to list its 100,000 texts
            wanted &= {quote.text for quote in self._story.quotes}
        if wanted == self._favourites:
            return
        self._favourites = wanted
        if self._story.quotes:
            self.dataChanged.emit(self.index(0), self.index(len(self._story.quotes) - 1), [QuoteRole.FAVOURITE])
        self.favouritesChanged.emit()

    def set_favourite_rows(self, rows: Iterable[int], star: bool) -> None:
        """Star (or unstar) the quotes of these rows at once: one change announced, not one a row."""
        quotes = self._story.quotes
        texts = {quotes[row].text for row in rows if 0 <= row < len(quotes)}
        changed = texts - self._favourites if star else texts & self._favourites
        if not changed:
            return
        if star:
            self._favourites |= changed
        else:
            self._favourites -= changed
        # One quote's text may be another's too: every row showing a changed text changes.
        self.dataChanged.emit(self.index(0), self.index(len(quotes) - 1), [QuoteRole.FAVOURITE])
        self.favouritesChanged.emit()

    def set_story(self, story: Story) -> None:
        self.beginResetModel()
        self._story = story
        self._favourites = set()
        self.endResetModel()
        self.storyChanged.emit()

    def quote(self, row: int) -> Quote:
        return self._story.quotes[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._story.quotes)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        from PySide6.QtCore import Qt  # asked only by views that list the quotes, after the first frame

        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: ModelIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._story.quotes):
            return None
        quote = self._story.quotes[index.row()]
        if role in (DISPLAY_ROLE, QuoteRole.TEXT):
            return quote.display_text
        if role == QuoteRole.QUOTE:
            return quote
        if role == QuoteRole.SPEAKER:
            return quote.speaker.name
        if role in (QuoteRole.SPEAKER_LABEL, TOOL_TIP_ROLE):
            return quote.speaker.label
        if role == QuoteRole.FAVOURITE:
            return quote.text in self._favourites
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = EDIT_ROLE) -> bool:
        if role != QuoteRole.FAVOURITE or not index.isValid() or not 0 <= index.row() < len(self._story.quotes):
            return False
        text = self._story.quotes[index.row()].text
        if bool(value) == (text in self._favourites):
            return True
        if value:
            self._favourites.add(text)
        else:
            self._favourites.discard(text)
        self.dataChanged.emit(index, index, [QuoteRole.FAVOURITE])
        self.favouritesChanged.emit()
        return True

    def roleNames(self) -> dict[int, QByteArray]:
        return {**super().roleNames(), **{role.value: QByteArray(role.name.lower().encode()) for role in QuoteRole}}


def run_rows(runs: list[tuple[int, int]]) -> int:
    """How many rows the (first, last) runs of `selection_runs` hold."""
    return sum(bottom - top + 1 for top, bottom in runs)


def selection_runs(selection: QItemSelection) -> list[tuple[int, int]]:
    """The rows of a selection as sorted, merged (first, last) runs.

    Read from its ranges, never row by row: Qt's selectedRows() asks the model for each
    row's flags, in Python, and at 87,000 selected quotes that took seconds.
    """
    runs: list[tuple[int, int]] = []
    for top, bottom in sorted((selection.at(n).top(), selection.at(n).bottom()) for n in range(selection.count())):
        if runs and top <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], bottom))
        else:
            runs.append((top, bottom))
    return runs


def selected_rows(selection: QItemSelection) -> list[int]:
    """Every selected row, ascending, from the selection's ranges."""
    return [row for top, bottom in selection_runs(selection) for row in range(top, bottom + 1)]
