"""The one model: rows are the quotes, roles carry their parts, loading resets everything."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gui.models.story_model import QuoteRole, StoryModel
from gui.story import Story, load_story
from tests.conftest import DATA
from tests.helpers import SEED_QUOTES


def test_model_passes_qtmodeltester(qtmodeltester, model: StoryModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_rows_are_the_quotes_in_article_order(model: StoryModel) -> None:
    rows = [(model.index(r).data(QuoteRole.TEXT), model.index(r).data(QuoteRole.SPEAKER)) for r in range(model.rowCount())]
    assert rows == SEED_QUOTES


def test_roles(model: StoryModel, seed_story: Story) -> None:
    index = model.index(3)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "a master plan"
    assert index.data(QuoteRole.SPEAKER_LABEL) == "Christopher McQuarrie, writer/director"
    assert index.data(QuoteRole.QUOTE) is seed_story.quotes[3]
    assert model.data(QModelIndex(), QuoteRole.TEXT) is None
    assert model.rowCount(index) == 0
    assert Qt.ItemFlag.ItemNeverHasChildren in model.flags(index)
    assert model.roleNames()[QuoteRole.SPEAKER] == b"speaker"


def test_loading_another_story_resets_and_notifies(qtbot, model: StoryModel) -> None:
    second = load_story(DATA / "second_story.json")
    with qtbot.waitSignals([model.modelReset, model.storyChanged], order="strict"):
        model.set_story(second)
    assert model.story is second
    assert model.rowCount() == 3
    assert model.events == second.events


def test_starring_a_quote_notifies_and_ignores_unknown_texts(qtbot, model: StoryModel) -> None:
    index = model.index(2)
    with qtbot.waitSignals([model.dataChanged, model.favouritesChanged]):
        assert model.setData(index, True, QuoteRole.FAVOURITE)
    assert index.data(QuoteRole.FAVOURITE) is True
    assert not model.setData(index, "x", Qt.ItemDataRole.EditRole)
    model.set_favourites(["It all comes down to one thing: The audience.", "not a quote of this story"])
    assert model.favourites == {"It all comes down to one thing: The audience."}


def test_loading_another_story_clears_favourites(model: StoryModel) -> None:
    model.setData(model.index(0), True, QuoteRole.FAVOURITE)
    model.set_story(load_story(DATA / "second_story.json"))
    assert model.favourites == frozenset()
