"""The Quotes tab's filter: by speaker, favourites and plain-text search over the one model."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from gui.model import StoryModel
from gui.story import Story


def fold(text: str) -> str:
    """Text reduced for matching: case and accents ignored ("Møre" ~ "more", "É" ~ "e")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ø", "o")


class QuoteFilterProxy(QSortFilterProxyModel):
    """Rows of the story model whose speaker and text match the filter.

    The search is plain text, never a pattern: what a person types is what is found.
    Qt asks about one row at a time; answering each from Python costs more than the
    test itself, so every row is decided at once after a change, in one pass over
    folded texts that are worked out once per story.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speaker = ""
        self._needle = ""
        self._favourites_only = False
        self._folded: list[str] = []
        # Folding depends on the story's texts alone, so starring a quote does not redo it.
        self._folded_for: Story | None = None
        self._accepted: list[bool] = []
        self._accepted_revision = -1

    @property
    def speaker(self) -> str:
        return self._speaker

    def set_speaker(self, speaker: str) -> None:
        """Show only this speaker's quotes; the empty string shows everyone's."""
        if speaker != self._speaker:
            self.beginFilterChange()
            self._speaker = speaker
            self._accepted_revision = -1
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_favourites_only(self, on: bool) -> None:
        if on != self._favourites_only:
            self.beginFilterChange()
            self._favourites_only = on
            self._accepted_revision = -1
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        needle = fold(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self._accepted_revision = -1
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, source_row: int) -> bool:
        """Whether the filter, as it stands now, shows this row of the story model."""
        accepted = self._decided()
        return 0 <= source_row < len(accepted) and accepted[source_row]

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        return self.accepts(source_row)

    def _story_model(self) -> StoryModel:
        model = self.sourceModel()
        assert isinstance(model, StoryModel), "the quote filter reads the story model"
        return model

    def _decided(self) -> list[bool]:
        model = self._story_model()
        if self._accepted_revision == model.revision:
            return self._accepted
        quotes = model.story.quotes
        if self._folded_for is not model.story:
            self._folded = [fold(f"{quote.display_text}\n{quote.speaker.label}") for quote in quotes]
            self._folded_for = model.story
        speaker, needle, favourites_only = self._speaker, self._needle, self._favourites_only
        self._accepted = [
            (not speaker or quote.speaker.name == speaker)
            and (not favourites_only or model.is_favourite(quote))
            and (not needle or needle in folded)
            for quote, folded in zip(quotes, self._folded, strict=True)
        ]
        self._accepted_revision = model.revision
        return self._accepted
