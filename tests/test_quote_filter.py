"""Filtering quotes by speaker and by plain-text search, through the proxy."""

from __future__ import annotations

import pytest

from gui.model import QuoteRole, StoryModel
from gui.quote_filter import QuoteFilterProxy, fold


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
