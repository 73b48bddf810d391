"""The Quotes tab's filter: by speaker, favourites and plain-text search over the one model."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractProxyModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ..story.wording import quote_for_listening
from .search_index import SearchIndex, fold
from .story_model import QuoteRole, StoryModel

ModelIndex = QModelIndex | QPersistentModelIndex
# What a screen reader is given of a row: the start of a long quote, as the pane below shows it.
LISTENING_CHARS = 5_000


class QuoteFilterProxy(QAbstractProxyModel):
    """Rows of the story model whose speaker and text match the filter, in article order.

    The search is plain text, never a pattern: what a person types is what is found.

    Why not QSortFilterProxyModel: it asks Python about one row at a time, and at 100,000
    quotes it spends most of a second announcing the rows it removes range by range,
    even with a filter it evaluates itself (see `make bench`). Here the rows shown are
    one ascending list of source rows, decided in a single pass after each change and
    announced as one layout change, with the views' persistent indexes carried across.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speaker = ""
        self._needle = ""
        self._favourites_only = False
        self._rows: list[int] = []  # the source rows shown, ascending
        self._search_index = SearchIndex(self)

    def setSourceModel(self, source: StoryModel) -> None:  # type: ignore[override]  # only the story model
        old = self.sourceModel()
        if isinstance(old, StoryModel):
            old.modelAboutToBeReset.disconnect(self.beginResetModel)
            old.modelReset.disconnect(self._end_reset)
            old.dataChanged.disconnect(self._forward_data_change)
        self.beginResetModel()
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._end_reset)
        source.dataChanged.connect(self._forward_data_change)
        self._end_reset()

    @property
    def speaker(self) -> str:
        return self._speaker

    def set_speaker(self, speaker: str) -> None:
        """Show only this speaker's quotes; the empty string shows everyone's."""
        if speaker != self._speaker:
            self._speaker = speaker
            self._refilter(self._matching(self._every_row()))

    def set_favourites_only(self, on: bool) -> None:
        if on != self._favourites_only:
            self._favourites_only = on
            self._refilter(self._matching(self._every_row()))

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle == self._needle:
            return
        # Typing on only narrows: whatever holds "mot" is among the rows holding "mo".
        candidates = self._rows if self._needle in needle else self._every_row()
        self._needle = needle
        self._refilter(self._matching(candidates))

    def accepts(self, source_row: int) -> bool:
        """Whether the filter, as it stands now, shows this row of the story model."""
        return self._proxy_row(source_row) is not None

    # The item model, for views.

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if parent.isValid() or column != 0 or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: ModelIndex) -> QModelIndex: ...
    def parent(self, child: ModelIndex | None = None) -> QObject | QModelIndex | None:
        # A flat list: no item has a parent. Without an index this is QObject's parent().
        return super().parent() if child is None else QModelIndex()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 1

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and bool(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.AccessibleTextRole:
            source = self.mapToSource(index)
            if not source.isValid():
                return None
            quote = source.data(QuoteRole.QUOTE)
            text = quote.display_text
            text = text if len(text) <= LISTENING_CHARS else text[:LISTENING_CHARS] + "…"
            return quote_for_listening(text, quote.speaker.label, bool(source.data(QuoteRole.FAVOURITE)))
        return super().data(index, role)

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        if not proxy_index.isValid() or not 0 <= proxy_index.row() < len(self._rows):
            return QModelIndex()
        return self._story_model().index(self._rows[proxy_index.row()])

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        row = self._proxy_row(source_index.row()) if source_index.isValid() else None
        return QModelIndex() if row is None else self.createIndex(row, 0)

    def mapSelectionFromSource(self, selection: QItemSelection) -> QItemSelection:
        """Whole ranges at once: the shown rows of one source range are one range here."""
        mapped = QItemSelection()
        for range_number in range(selection.count()):
            selected = selection.at(range_number)
            first = bisect_left(self._rows, selected.top())
            last = bisect_right(self._rows, selected.bottom()) - 1
            if first <= last:
                mapped.select(self.createIndex(first, 0), self.createIndex(last, 0))
        return mapped

    def mapSelectionToSource(self, selection: QItemSelection) -> QItemSelection:
        """Whole runs at once: consecutive story rows shown in one range become one range there."""
        model = self._story_model()
        mapped = QItemSelection()
        for range_number in range(selection.count()):
            selected = selection.at(range_number)
            rows = self._rows[max(0, selected.top()) : selected.bottom() + 1]
            if rows and rows[-1] - rows[0] == len(rows) - 1:  # no row hidden between: one run (Select all)
                mapped.select(model.index(rows[0]), model.index(rows[-1]))
                continue
            run_start = 0
            for position in range(1, len(rows) + 1):
                if position == len(rows) or rows[position] != rows[position - 1] + 1:
                    mapped.select(model.index(rows[run_start]), model.index(rows[position - 1]))
                    run_start = position
        return mapped

    # Deciding the rows.

    def _story_model(self) -> StoryModel:
        model = self.sourceModel()
        assert isinstance(model, StoryModel), "the quote filter reads the story model"
        return model

    def _proxy_row(self, source_row: int) -> int | None:
        position = bisect_left(self._rows, source_row)
        return position if position < len(self._rows) and self._rows[position] == source_row else None

    def _every_row(self) -> range:
        return range(self._story_model().rowCount())

    def _matching(self, candidates: Iterable[int]) -> list[int]:
        """Those of the candidate source rows (ascending) that the filter shows."""
        model = self._story_model()
        quotes = model.story.quotes
        rows: Iterable[int] = candidates
        if self._speaker:
            rows = [row for row in rows if quotes[row].speaker.name == self._speaker]
        if self._favourites_only:
            rows = [row for row in rows if model.is_favourite(quotes[row])]
        if self._needle:
            folded, needle = self._search_index.folded(), self._needle
            rows = [row for row in rows if needle in folded[row]]
        return list(rows)

    def _refilter(self, rows: list[int]) -> None:
        """Show exactly these source rows; views keep their current and selected quotes if still shown."""
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        source_rows = [self._rows[index.row()] for index in before]
        self._rows = rows
        after = [self.mapFromSource(self._story_model().index(row)) for row in source_rows]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _end_reset(self) -> None:
        model = self._story_model()
        self._search_index.index(model.story.quotes)
        self._rows = self._matching(self._every_row())
        self.endResetModel()

    def _forward_data_change(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int]) -> None:
        if self._favourites_only and (not roles or QuoteRole.FAVOURITE in roles):
            self._refilter(self._matching(self._every_row()))
        first = bisect_left(self._rows, top_left.row())
        last = bisect_right(self._rows, bottom_right.row()) - 1
        if first <= last:
            self.dataChanged.emit(self.createIndex(first, 0), self.createIndex(last, 0), roles)
