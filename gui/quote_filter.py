"""The Quotes tab's filter: by speaker and by plain-text search over the one model."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from gui.model import QuoteRole


def fold(text: str) -> str:
    """Text reduced for matching: case and accents ignored ("Møre" ~ "more", "É" ~ "e")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ø", "o")


class QuoteFilterProxy(QSortFilterProxyModel):
    """Rows of the story model whose speaker and text match the filter.

    The search is plain text, never a pattern: what a person types is what is found.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speaker = ""
        self._needle = ""
        self._favourites_only = False

    @property
    def speaker(self) -> str:
        return self._speaker

    def set_speaker(self, speaker: str) -> None:
        """Show only this speaker's quotes; the empty string shows everyone's."""
        if speaker != self._speaker:
            self.beginFilterChange()
            self._speaker = speaker
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_favourites_only(self, on: bool) -> None:
        if on != self._favourites_only:
            self.beginFilterChange()
            self._favourites_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, source_row: int) -> bool:
        """Whether the filter, as it stands now, shows this row of the story model."""
        return self.filterAcceptsRow(source_row, QModelIndex())

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        speaker = index.data(QuoteRole.SPEAKER)
        if self._speaker and speaker != self._speaker:
            return False
        if self._favourites_only and not index.data(QuoteRole.FAVOURITE):
            return False
        if not self._needle:
            return True
        return self._needle in fold(f"{index.data(QuoteRole.TEXT)}\n{index.data(QuoteRole.SPEAKER_LABEL)}")
