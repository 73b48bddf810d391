"""A saved web page (.html, .htm, .xhtml) as a story: the article found among the page's furniture.

trafilatura finds the article's text (navigation, advertisements, related links, newsletter
boxes and comments dropped) and its metadata from JSON-LD (`NewsArticle`), Open Graph and
`<meta>`: headline, dek, author, site name, publication date and canonical URL. The page is
parsed, never rendered: no script runs and nothing it links to (images, fonts, styles,
frames) is fetched. Imported only when a page is opened, as trafilatura takes a while to load.
No Qt here.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import date
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.settings import Document
from trafilatura.utils import load_html

from .loader import ArticleText, Story, StoryError, bom_encoding, decode_text, extracted_story, split_caption
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


def parse_web_story(data: bytes, name: str) -> Story:
    """A story from a saved page's bytes; `name` (the file's name) appears in messages."""
    tree = load_html(_page_text(data, name))
    if tree is None:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is a web page, but no article text could be found in it."), name, formats=True)
    # Read before trafilatura, which cleans the tree it is given.
    written = _json_ld_texts(tree)
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
    headline = _as_written(_text(document.title), written)
    dek = _text(document.description)
    paragraphs = [p for p in _paragraphs(document.body) if p]
    # The page's own headline and standfirst often open the text trafilatura finds.
    while paragraphs and paragraphs[0] in (headline, dek):
        paragraphs.pop(0)
    body, image = split_caption(paragraphs)
    if not body:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is a web page, but no article text could be found in it."), name, formats=True)
    text = ArticleText(_published(document.date), dek, body, image)
    return extracted_story(
        text,
        headline=headline or name,
        source=_text(document.sitename),
        url=_web_address(document.url),
        author=_text(document.author),
    )


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
