"""Filtering quotes by speaker and by plain-text search, through the proxy."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelection, QPersistentModelIndex, Qt

from gui.models.quote_filter import QuoteFilterProxy
from gui.models.search_index import SearchIndex, fold, searchable
from gui.models.story_model import QuoteRole, StoryModel
from gui.story import Story


@pytest.fixture
def proxy(model: StoryModel) -> QuoteFilterProxy:
    filter_proxy = QuoteFilterProxy()
    filter_proxy.setSourceModel(model)
    return filter_proxy


def _texts(proxy: QuoteFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(QuoteRole.TEXT) for r in range(proxy.rowCount())]


def test_proxy_passes_qtmodeltester(qtmodeltester, proxy: QuoteFilterProxy) -> None:
    proxy.set_search("audience")
    qtmodeltester.check(proxy, force_py=True)


def test_speaker_filter(proxy: QuoteFilterProxy) -> None:
    proxy.set_speaker("John DeVore")
    assert _texts(proxy) == [
        "Pretty much the biggest stunt in cinema history.",
        "Tom Cruise just rode a motorcycle off a cliff six times today.",
    ]
    proxy.set_speaker("")
    assert proxy.rowCount() == 8


def test_search_is_case_insensitive_and_covers_speakers(proxy: QuoteFilterProxy) -> None:
    proxy.set_search("AUDIENCE")
    assert proxy.rowCount() == 2
    proxy.set_search("coach")
    assert proxy.rowCount() == 2


def test_search_and_speaker_combine(proxy: QuoteFilterProxy) -> None:
    proxy.set_speaker("Tom Cruise")
    proxy.set_search("biggest")
    assert proxy.rowCount() == 0


def test_search_text_is_never_a_pattern(proxy: QuoteFilterProxy) -> None:
    proxy.set_search(".*")
    assert proxy.rowCount() == 0
    proxy.set_search("history.")
    assert proxy.rowCount() == 2


def test_accents_are_ignored() -> None:
    assert fold("Møre og Romsdal") == "more og romsdal"
    assert fold("Éclair") == "eclair"


def test_favourites_only_follows_starring(qtmodeltester, model: StoryModel, proxy: QuoteFilterProxy) -> None:
    proxy.set_favourites_only(True)
    assert proxy.rowCount() == 0
    model.setData(model.index(5), True, QuoteRole.FAVOURITE)
    assert _texts(proxy) == ["How do we involve the audience? I just want to give them that thrill."]
    qtmodeltester.check(proxy, force_py=True)


def test_a_filter_change_keeps_views_on_the_same_quote(model: StoryModel, proxy: QuoteFilterProxy) -> None:
    audience_quote = QPersistentModelIndex(proxy.index(5, 0))
    proxy.set_search("audience")
    assert audience_quote.row() == 1
    assert proxy.mapToSource(proxy.index(audience_quote.row(), 0)).row() == 5
    proxy.set_search("kid")
    assert not audience_quote.isValid()


def test_a_source_selection_maps_to_one_range_per_run_of_shown_rows(model: StoryModel, proxy: QuoteFilterProxy) -> None:
    proxy.set_speaker("Tom Cruise")
    everything = QItemSelection(model.index(0), model.index(model.rowCount() - 1))
    mapped = proxy.mapSelectionFromSource(everything)
    assert mapped.count() == 1
    assert [index.row() for index in mapped.indexes()] == [0, 1, 2]
    assert proxy.mapSelectionFromSource(QItemSelection(model.index(6), model.index(7))).isEmpty()


def test_starring_a_shown_quote_updates_its_row(qtbot, model: StoryModel, proxy: QuoteFilterProxy) -> None:
    proxy.set_speaker("John DeVore")
    with qtbot.waitSignal(proxy.dataChanged) as changed:
        model.setData(model.index(7), True, QuoteRole.FAVOURITE)
    assert [index.row() for index in changed.args[:2]] == [1, 1]
    assert proxy.index(1, 0).data(QuoteRole.FAVOURITE) is True


def test_a_new_story_resets_the_rows(qtbot, model: StoryModel, proxy: QuoteFilterProxy, seed_story: Story) -> None:
    proxy.set_search("audience")
    shorter = replace(seed_story, quotes=seed_story.quotes[:5])
    with qtbot.waitSignal(proxy.modelReset):
        model.set_story(shorter)
    assert _texts(proxy) == ["It all comes down to one thing: The audience."]


def test_the_index_folds_between_events_without_being_asked(qtbot, seed_story: Story) -> None:
    index = SearchIndex()
    many = seed_story.quotes * 5_000
    index.index(many)
    assert not index.complete, "nothing is folded before the event loop runs"
    qtbot.waitUntil(lambda: index.complete, timeout=10_000)
    assert index.folded()[:8] == [searchable(quote) for quote in seed_story.quotes]
    assert len(index.folded()) == len(many)


def test_a_search_before_the_index_is_done_finishes_it(seed_story: Story) -> None:
    index = SearchIndex()
    index.index(seed_story.quotes)
    assert index.folded() == [searchable(quote) for quote in seed_story.quotes]
    assert index.complete


_SPEAKERS = ["", "Tom Cruise", "Christopher McQuarrie", "John DeVore", "Nobody"]
_filter_steps = st.lists(
    st.one_of(
        st.tuples(st.just("speaker"), st.sampled_from(_SPEAKERS)),
        st.tuples(st.just("favourites"), st.booleans()),
        st.tuples(st.just("search"), st.text(alphabet="aeioutrnsmcAUDÉ .?", max_size=6)),
        st.tuples(st.just("star"), st.integers(min_value=0, max_value=7)),
    ),
    max_size=25,
)


@settings(max_examples=200, deadline=None)
@given(steps=_filter_steps)
def test_any_sequence_of_filters_shows_exactly_the_matching_quotes(seed_story: Story, steps: list[tuple[str, object]]) -> None:
    model = StoryModel(seed_story)
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    speaker, favourites_only, search = "", False, ""
    for kind, value in steps:
        if kind == "speaker":
            speaker = str(value)
            proxy.set_speaker(speaker)
        elif kind == "favourites":
            favourites_only = bool(value)
            proxy.set_favourites_only(favourites_only)
        elif kind == "search":
            search = str(value)
            proxy.set_search(search)
        else:
            row = int(str(value))
            model.setData(model.index(row), not model.index(row).data(QuoteRole.FAVOURITE), QuoteRole.FAVOURITE)
        needle = fold(search.strip())
        expected = [
            row
            for row, quote in enumerate(seed_story.quotes)
            if (not speaker or quote.speaker.name == speaker)
            and (not favourites_only or model.is_favourite(quote))
            and needle in fold(f"{quote.display_text}\n{quote.speaker.label}")
        ]
        assert [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())] == expected
        assert [row for row in range(model.rowCount()) if proxy.accepts(row)] == expected


def test_a_row_reads_aloud_as_quote_speaker_and_starred_state(model: StoryModel, proxy: QuoteFilterProxy) -> None:
    proxy.set_speaker("John DeVore")
    first = proxy.index(0, 0)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "“Pretty much the biggest stunt in cinema history.” — John DeVore, BASE jumping coach. Not starred."
    )
    model.setData(proxy.mapToSource(first), True, QuoteRole.FAVOURITE)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).endswith("coach. Starred.")
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Pretty much the biggest stunt in cinema history."


def test_a_selection_maps_back_to_the_story_as_runs_of_rows(model: StoryModel, proxy: QuoteFilterProxy) -> None:
    proxy.set_search("cruise")  # story rows 1, 2, 5 and 7
    shown = QItemSelection(proxy.index(0, 0), proxy.index(3, 0))
    mapped = proxy.mapSelectionToSource(shown)
    assert [(mapped.at(n).top(), mapped.at(n).bottom()) for n in range(mapped.count())] == [(1, 2), (5, 5), (7, 7)]
    assert proxy.mapSelectionToSource(QItemSelection()).count() == 0
