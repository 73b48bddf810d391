"""A saved web page (.html, .htm, .xhtml) as a story: the article found among the page's furniture.

trafilatura finds the article's text (navigation, advertisements, related links, newsletter
boxes and comments dropped) and its metadata from JSON-LD (`NewsArticle`), Open Graph and
`<meta>`: headline, dek, author, site name, publication date and canonical URL. Sidebars,
lists of other stories and promotions it would keep (a "col-side" of "Trending" headlines)
are dropped first, and the article node of a JSON-LD "@graph" fills what trafilatura leaves
empty (its address); a byline paragraph opening the text is the author. The page is
parsed, never rendered: no script runs and nothing it links to (images, fonts, styles,
frames) is fetched. Imported only when a page is opened, as trafilatura takes a while to load.
No Qt here.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import date
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document
from trafilatura.utils import load_html

from .loader import ArticleText, Story, StoryError, bom_encoding, decode_text, extracted_story, split_caption
from .plain_article import byline
from .wording import QT_TRANSLATE_NOOP

# What trafilatura and its helpers log about a page ("discarding data", "Document is empty")
# is said to the reader once, as the StoryError; on the command line it would add lines.
for _library in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
    logging.getLogger(_library).setLevel(logging.CRITICAL + 1)

# trafilatura's element names for the blocks of an article's text.
_LIST = "list"
_BLOCKS = frozenset({"p", "head", "quote", "item", "code", "list", "table"})
# A headline as a JSON-LD block writes it, its JSON escapes still in; a block cut short
# (a "</script>" in a value ends the element for every HTML parser) leaves the string unclosed.
_JSON_LD_TEXT = re.compile(r'"headline"\s*:\s*"(?P<value>(?:[^"\\]|\\.)*)')
# What trafilatura drops from a JSON-LD value as markup; a metadata value longer than this is
# not compared (the strip would be quadratic on a value of unclosed "<").
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_MAX_WRITTEN_LENGTH = 2_000
_MAX_BYLINE_LENGTH = 200  # "By" and the names, perhaps with a date: longer is the article's text
# schema.org's Article and the kinds of it a news page declares itself as.
_ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "Report",
        "SatiricalArticle",
    }
)


# What is beside the article, not in it: containers trafilatura keeps when their names are
# not among those it knows (it drops "sidebar" and "newsletter", not "col-side" or
# "trending"). A class or id is read as words, cut at spaces, hyphens and underscores, case
# ignored ("col-side", "Sidebar_Right", "most-read-list").
_SIDE_WORDS = frozenset(
    {
        "sidebar",
        "sidebars",
        "aside",
        "sidebox",
        "sidecol",
        "rail",
        "rightrail",
        "leftrail",
        "trending",
        "related",
        "mostread",
        "mostpopular",
        "mostviewed",
        "popular",
        "newsletter",
        "newsletters",
        "promo",
        "promos",
        "promotion",
        "recommended",
        "recirc",
        "recirculation",
    }
)
_SIDE_PAIRS = frozenset(
    {
        ("col", "side"),
        ("side", "col"),
        ("side", "column"),
        ("column", "side"),
        ("side", "box"),
        ("most", "read"),
        ("most", "viewed"),
        ("most", "shared"),
        ("more", "stories"),
    }
)
# "side" alone only as a whole class or id: "side-padding" is no sidebar.
_SIDE_NAMES = frozenset({"side"})
# A word after these describes the layout of what holds the article ("page has-sidebar").
_LAYOUT_WORDS = frozenset({"has", "with", "no", "without"})
_CLASS_WORD = re.compile(r"[^\s_-]+")
_CONTAINERS = frozenset({"div", "section", "ul", "ol", "li", "p", "span", "form", "header", "footer", "figure"})
_ALWAYS_BESIDE = frozenset({"aside", "nav"})
_BESIDE_ROLES = frozenset({"complementary", "navigation"})
# An element holding one of these holds the article itself, whatever its name says.
_ARTICLE_TAGS = frozenset({"h1", "article", "main"})


def _drop_what_is_beside(tree: Any) -> None:
    """Drop the page's sidebars, lists of other stories and promotions before trafilatura reads it.

    An <aside> or <nav>, or a container named as one of them, unless it holds the headline
    (<h1>), an <article>, <main> or the element marked as the article's body. Two passes
    over the elements: linear in the page, however deep.
    """
    holding: set[Any] = set()
    for element in tree.iter("*"):
        if element.tag in _ARTICLE_TAGS or element.get("itemprop") == "articleBody" or element.get("role") == "main":
            for ancestor in element.iterancestors():
                if ancestor in holding:
                    break
                holding.add(ancestor)
    beside = [element for element in tree.iter("*") if element not in holding and _is_beside(element)]
    for element in beside:
        element.drop_tree()  # its tail, text between it and what follows, stays


def _is_beside(element: Any) -> bool:
    if element.tag in _ALWAYS_BESIDE or (element.get("role") or "").strip().lower() in _BESIDE_ROLES:
        return True
    if element.tag not in _CONTAINERS:
        return False
    for attribute in ("class", "id"):
        value = (element.get(attribute) or "").lower()
        if not value:
            continue
        if _SIDE_NAMES.intersection(value.split()):
            return True
        words = _CLASS_WORD.findall(value)
        for position, word in enumerate(words):
            if position and words[position - 1] in _LAYOUT_WORDS:
                continue
            if word in _SIDE_WORDS or tuple(words[position : position + 2]) in _SIDE_PAIRS:
                return True
    return False


def parse_web_story(data: bytes, name: str) -> Story:
    """A story from a saved page's bytes; `name` (the file's name) appears in messages."""
    tree = load_html(_page_text(data, name))
    if tree is None:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is a web page, but no article text could be found in it."), name, formats=True)
    # Read before trafilatura, which cleans the tree it is given.
    written = _json_ld_texts(tree)
    declared = _json_ld_article(tree)
    _drop_what_is_beside(tree)
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        # The publication date the page declares; no guessing from the page's other dates.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    if not isinstance(document, Document) or document.body is None:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is a web page, but no article text could be found in it."), name, formats=True)
    headline = _as_written(_text(document.title) or declared.headline, written)
    dek = _text(document.description)
    paragraphs = [p for p in _paragraphs(document.body) if p]
    # The page's own headline and standfirst often open the text trafilatura finds.
    while paragraphs and paragraphs[0] in (headline, dek):
        paragraphs.pop(0)
    author = _text(document.author) or declared.author
    if paragraphs and _is_byline(paragraphs[0], author):
        # The byline the header shows, not the article's first paragraph.
        first = paragraphs.pop(0)
        author = author or byline(first)
    body, image = split_caption(paragraphs)
    if not body:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is a web page, but no article text could be found in it."), name, formats=True)
    text = ArticleText(_published(document.date) or _published(declared.published), dek, body, image)
    return extracted_story(
        text,
        headline=headline or name,
        source=_text(document.sitename),
        url=_web_address(document.url) or _web_address(declared.url),
        author=author,
    )


def _is_byline(paragraph: str, author: str) -> bool:
    """Whether `paragraph` is the page's byline: "By" and its author's names, or a byline of names alone."""
    if not author:
        return bool(byline(paragraph))
    names = [name.strip() for name in author.split(";")]
    return len(paragraph) <= _MAX_BYLINE_LENGTH and paragraph[:3].lower() == "by " and all(name in paragraph for name in names)


class _Declared(NamedTuple):
    """What a page's JSON-LD says of its article."""

    headline: str = ""
    author: str = ""
    published: str = ""
    url: str = ""


def _json_ld_article(tree: Any) -> _Declared:
    """The article a JSON-LD block declares, alone or among the nodes of its "@graph".

    trafilatura reads the headline, author and date of a node in a graph, but not its
    address ("url", else "mainEntityOfPage"); each is taken here when trafilatura has none.
    """
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for node in _nodes(data):
            types = node.get("@type")
            if _ARTICLE_TYPES.intersection([types] if isinstance(types, str) else types if isinstance(types, list) else []):
                return _Declared(
                    headline=_text(node.get("headline")),
                    author="; ".join(_names(node.get("author"))),
                    published=_text(node.get("datePublished")),
                    url=_text(node.get("url")) or _address(node.get("mainEntityOfPage")),
                )
    return _Declared()


def _nodes(data: object) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-LD value: itself, the items of a list, the nodes of an "@graph"."""
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            yield from (node for node in graph if isinstance(node, dict)) if isinstance(graph, list) else ()


def _names(value: object) -> list[str]:
    """The names of a JSON-LD "author": a name, a Person or Organization, or a list of them."""
    names = []
    for item in value if isinstance(value, list) else [value]:
        name = _text(item.get("name")) if isinstance(item, dict) else _text(item)
        if name:
            names.append(name)
    return names


def _address(value: object) -> str:
    return _text(value.get("@id") or value.get("url")) if isinstance(value, dict) else _text(value)


def _json_ld_texts(tree: Any) -> list[str]:
    """The headlines the page's JSON-LD blocks hold, word for word (trafilatura reads no dek there)."""
    texts = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        for match in _JSON_LD_TEXT.finditer(script.text):
            value = match.group("value")
            if len(value) > _MAX_WRITTEN_LENGTH:
                continue
            try:
                texts.append(_text(json.loads(f'"{value}"')))
            except ValueError:  # an escape cut in two where the block was cut short
                texts.append(_text(value))
    return texts


def _as_written(value: str, written: list[str]) -> str:
    """`value` as the page's JSON-LD wrote it, when trafilatura dropped something there as markup.

    A JSON-LD headline is text, not HTML (schema.org's `headline` is Text): "Big <b>news</b>"
    or "5 <script>" is those characters, which the views show as text. trafilatura strips
    anything tag-like from it and the space with it ("Bigalert(1)"); the value it stripped is
    the one that, stripped the same way, has the same letters.
    """
    letters = "".join(value.split())
    for text in written:
        if letters and "<" in text and "".join(_TAG.sub("", text).split()) == letters:
            return text
    return value


def _page_text(data: bytes, name: str) -> str | bytes:
    """The page as text when its encoding is certain (a byte order mark, or valid UTF-8), else its bytes.

    trafilatura reads the bytes of a page in another encoding by its `<meta charset>` or by guessing.
    """
    if bom_encoding(data) is not None:
        return decode_text(data, name)
    if not data.strip():
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is empty."), name)
    if b"\0" in data:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 holds binary data, not a web page."), name, formats=True)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data


# The elements are lxml's, which ships no type information.
def _paragraphs(body: Any) -> list[str]:
    """Each block of the article's text as one line of words; a list's items are paragraphs of their own."""
    paragraphs: list[str] = []
    for element in body:
        if element.tag == _LIST:
            paragraphs.extend(_words(item) for item in element)
        elif element.tag in _BLOCKS:
            paragraphs.append(_words(element))
    return paragraphs


def _words(element: Any) -> str:
    # A line break inside a paragraph separates words; itertext would join them.
    for line_break in element.iter("lb"):
        line_break.text = " "
    return " ".join("".join(element.itertext()).split())


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _published(value: object) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def _web_address(value: object) -> str:
    """The page's canonical address when it is a web address; any other scheme is dropped."""
    address = _text(value)
    try:
        parts = urlsplit(address)
    except ValueError:
        return ""
    return address if parts.scheme in ("http", "https") and parts.netloc else ""
