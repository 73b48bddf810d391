"""Saved web pages: the article found among the page's furniture, its metadata from JSON-LD,
Open Graph and <meta>, nothing run and nothing fetched; a page without an article says so."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from gui.story.loader import FORMATS, Story, StoryError, load_story
from tests.conftest import DATA

PAGE = DATA / "harbour_news.html"
PARAGRAPHS = (
    "The city council voted on Tuesday to reopen the old ferry terminal, ending a dispute that has run for almost a decade.",
    '"We have waited long enough," Mayor Karin Holt said after the vote. '
    '"The harbour belongs to everyone, not only to the people who can afford a car."',
    "Work on the terminal is set to start in September 2023, and the first boats are due to sail on July 1, 2024, "
    "according to the council's plan.",
    "Not everyone agrees. A group of residents says the plan ignores the cost of dredging the channel, "
    "which engineers put at more than 40 million kroner.",
    "“Nobody has asked us what we want,” says Ingrid Dahl, a retired teacher who lives beside the quay. "
    "She adds that the noise of the boats will be “unbearable in summer.”",
    "Holt said the city would hold public meetings before the contract is signed. The ferry line closed in 2015 "
    "after its operator went bankrupt, leaving islanders with a 90-minute drive to the mainland.",
    "Baker Tomas Berg, 54, remembers the old boats. “My father took me across every Saturday,” Berg said. "
    "“It was the best part of the week.”",
)


@pytest.fixture(scope="module")
def page() -> Story:
    return load_story(PAGE)


def test_the_pages_metadata(page: Story) -> None:
    assert page.headline == "Ferry terminal to reopen after decade-long fight"
    assert page.dek == "The city council votes to bring boats back to the old quay, and islanders say the wait was too long."
    assert page.source == "The Fjord Post"
    assert page.author == "Maren Solberg"
    assert page.published == date(2023, 3, 14)
    assert page.url == "https://www.fjordpost.example/news/2023/03/14/ferry-terminal-reopens/"


def test_the_article_without_the_pages_furniture(page: Story) -> None:
    assert page.paragraphs == PARAGRAPHS
    text = " ".join(page.paragraphs)
    for furniture in ("cookies", "Advertisement", "Read more", "Subscribe", "newsletter", "Comments", "Injected", "©", "Share"):
        assert furniture not in text


def test_the_quotes_and_who_said_them(page: Story) -> None:
    assert [(q.text, q.speaker.name) for q in page.quotes] == [
        ("We have waited long enough,", "Karin Holt"),
        ("The harbour belongs to everyone, not only to the people who can afford a car.", "Karin Holt"),
        ("Nobody has asked us what we want,", "Ingrid Dahl"),
        ("unbearable in summer.", "Ingrid Dahl"),
        ("My father took me across every Saturday,", "Tomas Berg"),
        ("It was the best part of the week.", "Tomas Berg"),
    ]
    # Not the markup's strings: nothing from <head>, attributes or scripts is a quote.
    assert not any(q.text in ("en-GB", "utf-8", "viewport", "Injected quote,") for q in page.quotes)


def test_the_dates_in_the_text(page: Story) -> None:
    assert [(e.article_said, e.date) for e in page.events if e.article_said] == [
        ("September 2023", date(2023, 9, 1)),
        ("July 1, 2024", date(2024, 7, 1)),
    ]
    assert page.countdown_event is not None
    assert page.countdown_event.date == date(2023, 9, 1)


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the loader reached for the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert load_story(PAGE).paragraphs == PARAGRAPHS


@pytest.mark.parametrize("suffix", [".htm", ".xhtml", ""])
def test_other_suffixes_and_none(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"saved{suffix}"
    path.write_bytes(PAGE.read_bytes())
    assert load_story(path).paragraphs == PARAGRAPHS


def test_a_page_in_a_legacy_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    page = PAGE.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1252"').replace("·", "-")
    path.write_bytes(page.replace("Tomas Berg", "Tomás Berg").replace("Berg said", "Bérg said").encode("windows-1252"))
    assert "Tomás Berg" in load_story(path).paragraphs[-1]


def test_only_a_web_address_is_kept_as_the_url(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = PAGE.read_text(encoding="utf-8").replace(
        "https://www.fjordpost.example/news/2023/03/14/ferry-terminal-reopens/", "javascript:alert(1)"
    )
    path.write_text(page, encoding="utf-8")
    assert load_story(path).url == ""


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>",
        "<!DOCTYPE html><html><body></body></html>",
        "<html><body><script>document.write('<p>Words from a script.</p>')</script></body></html>",
    ],
    ids=["only navigation", "empty body", "text only a script would write"],
)
def test_a_page_without_article_text_says_so(tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    with pytest.raises(StoryError) as caught:
        load_story(path)
    assert str(caught.value) == f"page.html is a web page, but no article text could be found in it. {FORMATS}"


def test_the_extractor_loads_only_when_a_page_is_opened() -> None:
    code = (
        "import sys; import gui.app, gui.main_window; from gui.story.loader import load_story, load_bundled_story; load_bundled_story(); "
        "print('trafilatura' in sys.modules, 'markdown_it' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2])
    assert result.stdout.split() == ["False", "False"]


@pytest.mark.parametrize(
    ("json_ld", "headline"),
    [
        (
            '{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"headline": "Big <b>news</b> \\u00e9t\\u00e9 & 5 <script>alert(1)<\\/script>"}',
            "Big <b>news</b> été & 5 <script>alert(1)</script>",
        ),
        # A "</script>" written into a value ends the block there for every HTML parser.
        ('{"@type": "NewsArticle", "headline": "Big <script>alert(1)</script>"}', "Big <script>alert(1)"),
    ],
    ids=["escaped", "cut short"],
)
def test_markup_in_a_json_ld_headline_is_text(tmp_path: Path, json_ld: str, headline: str) -> None:
    path = tmp_path / "tags.html"
    body = "<p>The council voted on Tuesday to reopen the old ferry terminal after a long fight.</p>" * 3
    path.write_text(
        f'<html><head><script type="application/ld+json">{json_ld}</script></head><body><article>{body}</article></body></html>',
        encoding="utf-8",
    )
    story = load_story(path)
    assert story.headline == headline


# --- What is beside the article ------------------------------------------------------------------

TRAM_DEPOT = DATA / "tram_depot.html"


def test_sidebars_of_every_shape_are_not_the_article() -> None:
    # A column named "col-side", a "most-read" list, a "RightRail", a class "side", an id
    # "trending-now", a promotion and related links inside the story, a pull quote in an
    # <aside>: none is the article, and no headline there is a quote.
    story = load_story(TRAM_DEPOT)
    assert story.paragraphs == (
        "Councillors have approved plans for a tram depot on the former gasworks site, "
        "despite more than 600 objections from people living nearby.",
        "The planning committee voted seven to four in favour after a three-hour meeting on Tuesday evening.",
        'Resident Joan Pilling, who has lived on Gas Street for 40 years, said: "We were never really listened to. '
        'The decision was made before we walked in."',
        "Committee chair Ravi Mehta said the depot would bring 200 jobs to the area. "
        '"This is the right site, and the right time," he said.',
        "Work is expected to begin in the spring of 2025.",
    )
    assert [(q.text, q.speaker.name) for q in story.quotes] == [
        ("We were never really listened to. The decision was made before we walked in.", "Joan Pilling"),
        ("This is the right site, and the right time,", "Ravi Mehta"),
    ]


def test_the_article_node_of_a_json_ld_graph() -> None:
    story = load_story(TRAM_DEPOT)
    assert story.headline == "Tram depot plan approved despite residents' objections"
    assert story.url == "https://echo.example/news/tram-depot-approved"
    assert story.author == "Nadia Okonjo; Sam Whitlock"
    assert story.published == date(2024, 2, 6)


ARTICLE = (
    "<p>The council voted on Tuesday to reopen the old ferry terminal after a long fight over its cost.</p>"
    '<p>"We have waited long enough," Mayor Karin Holt said after the vote in the town hall.</p>'
)


@pytest.mark.parametrize(
    "body",
    [
        f'<div class="layout has-sidebar"><div class="story">{ARTICLE}</div></div><div class="sidebar"><p>Elsewhere</p></div>',
        f'<div id="main-with-sidebar"><div>{ARTICLE}</div></div>',
        f'<div class="story-body side-padding">{ARTICLE}</div><div class="side"><p>Elsewhere</p></div>',
        f'<div class="related-stories"><h1>Ferry vote</h1>{ARTICLE}</div>',
        f'<div class="promo-wrapper"><article>{ARTICLE}</article></div><nav><p>Elsewhere</p></nav>',
    ],
    ids=["a layout with a sidebar", "an id naming a sidebar's place", "side padding", "holding the headline", "holding the article"],
)
def test_what_holds_the_article_is_kept_whatever_its_name(tmp_path: Path, body: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    story = load_story(path)
    assert story.paragraphs[-2:] == (
        "The council voted on Tuesday to reopen the old ferry terminal after a long fight over its cost.",
        '"We have waited long enough," Mayor Karin Holt said after the vote in the town hall.',
    )
    assert "Elsewhere" not in " ".join(story.paragraphs)


@pytest.mark.parametrize(
    ("json_ld", "url"),
    [
        (
            '{"@graph": [{"@type": "WebSite", "url": "https://a.example/"}, {"@type": "NewsArticle", "url": "https://a.example/x"}]}',
            "https://a.example/x",
        ),
        ('[{"@type": "Organization"}, {"@type": ["Article"], "mainEntityOfPage": {"@id": "https://a.example/y"}}]', "https://a.example/y"),
        ('{"@type": "ReportageNewsArticle", "mainEntityOfPage": "https://a.example/z"}', "https://a.example/z"),
        ('{"@graph": [{"@type": "NewsArticle", "url": "javascript:alert(1)"}]}', ""),
        ('{"@graph": [{"@type": "NewsArticle", "url": ', ""),
    ],
    ids=["in a graph", "main entity in a list", "main entity as text", "no web address", "cut short"],
)
def test_the_address_a_json_ld_article_declares(tmp_path: Path, json_ld: str, url: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        f'<html><head><script type="application/ld+json">{json_ld}</script></head><body><article>{ARTICLE}</article></body></html>',
        encoding="utf-8",
    )
    assert load_story(path).url == url


def test_a_byline_paragraph_is_the_author_not_the_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = f"<html><body><article><h1>Ferry vote</h1><p>By Ann Fox and Li Wei</p>{ARTICLE}</article></body></html>"
    path.write_text(page, encoding="utf-8")
    story = load_story(path)
    assert story.author == "Ann Fox and Li Wei"
    assert story.paragraphs[0].startswith("The council voted")
