"""A Markdown article as the parts of a story, parsed by markdown-it-py (CommonMark).

Only the words are kept: headings, emphasis, code and block quotes become plain text, a
link or an image becomes its words (the target is dropped, whatever it is: nothing in an
article is clickable markup), each list item is a paragraph of its own, entities are
characters, reference-link definitions and YAML front matter are not text at all. Raw HTML
stays as the characters it is written with: text from a document is content, never markup.
Headline, dek (a paragraph in *italics* after the headline), date and source are found as
for plain text, by `gui.story.plain_article.assemble`. No Qt here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from markdown_it import MarkdownIt, rules_inline
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .plain_article import HEADER_BLOCKS, Block, PlainArticle, assemble, is_header

_FRONT_MATTER_START = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_BREAKS = frozenset({"softbreak", "hardbreak"})
_WORDS = frozenset({"text", "code_inline", "image"})
InlineRule = Callable[[StateInline, bool], bool]
# Prose has one of these in a hundred characters or fewer.
_MARKS = "*_[]`<&!\\"
_DENSE_MARKS = 16
_DENSE_MIN_LENGTH = 100_000


def parse_markdown_article(text: str, fallback_headline: str) -> PlainArticle:
    """Split Markdown `text` into headline, dek, date, source and body; `fallback_headline` names an untitled text."""
    return assemble(markdown_blocks(text), fallback_headline)


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a Markdown text, in order, as words."""
    parser = MarkdownIt("commonmark", {"html": False})
    # Links are never followed or shown as links, so every target is accepted: a refused
    # one (javascript:) would otherwise leave its brackets and target in the text.
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    parser.inline.ruler.at("link", _needing_a_closer(rules_inline.link, "["))
    parser.inline.ruler.at("image", _needing_a_closer(rules_inline.image, "!["))
    parser.core.ruler.at("inline", _inline_unless_dense)
    tokens = parser.parse(_without_front_matter(text))
    blocks: list[Block] = []
    for index, token in enumerate(tokens):
        if token.type == "inline":
            children = token.children or ()
            words = " ".join(_words(children).split())
            if not words:
                continue
            heading = index > 0 and tokens[index - 1].type == "heading_open"
            lines = _lines(children) if len(blocks) < HEADER_BLOCKS and not heading else []
            if is_header(lines):
                # "Harbour opens / March 4, 2024 / Source: …" with no blank lines between: one line a part, as in plain text.
                blocks.extend(Block(line) for line in lines)
            else:
                blocks.append(Block(words, heading=heading, italic=_all_emphasis(children)))
        elif token.type in ("fence", "code_block") and (code := " ".join(token.content.split())):
            blocks.append(Block(code))
    return blocks


def _needing_a_closer(rule: InlineRule, opener: str) -> InlineRule:
    """`rule` (markdown-it's link or image rule), refusing at once an opener with no "]" after it.

    markdown-it looks for the end of a link's words from each "[" to the end of the
    paragraph, so a paragraph of unclosed brackets took time in the square of its length;
    the positions of the "]"s, found once, answer in a step.
    """
    closers: list[int] = []
    seen: list[str] = []

    def rule_with_closer(state: StateInline, silent: bool) -> bool:
        if not seen or seen[0] is not state.src:
            seen[:] = [state.src]
            closers[:] = [match.start() for match in re.finditer(r"\]", state.src)]
        if state.src.startswith(opener, state.pos):
            after = bisect.bisect_left(closers, state.pos + len(opener))
            if after == len(closers) or closers[after] >= state.posMax:
                return False
        return rule(state, silent)

    return rule_with_closer


def _inline_unless_dense(state: StateCore) -> None:
    """markdown-it's inline pass, except in a long file denser in markup than any prose.

    markdown-it makes each emphasis mark or bracket a token, at a cost of many times reading
    its character; in a file of over _DENSE_MIN_LENGTH characters with more than one mark in
    _DENSE_MARKS, the paragraphs that dense are kept as written. No article is either.
    """
    dense_file = _dense(state.src, _DENSE_MIN_LENGTH)
    for token in state.tokens:
        if token.type != "inline":
            continue
        token.children = token.children or []
        if dense_file and _dense(token.content, 0):
            text = Token("text", "", 0)
            text.content = token.content
            token.children.append(text)
        else:
            state.md.inline.parse(token.content, state.md, state.env, token.children)


def _dense(text: str, least: int) -> bool:
    if len(text) <= least:
        return False
    return sum(text.count(mark) for mark in _MARKS) * _DENSE_MARKS > len(text)


def _without_front_matter(text: str) -> str:
    """`text` without a YAML front matter block ("---" lines around it at the very start)."""
    start = _FRONT_MATTER_START.match(text)
    if start is None:
        return text
    end = _FRONT_MATTER_END.search(text, start.end())
    return text[end.end() :] if end else text


def _words(children: Sequence[Token]) -> str:
    parts = []
    for child in children:
        if child.type in _WORDS:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(" ")
    return "".join(parts)


def _lines(children: Sequence[Token]) -> list[str]:
    """A paragraph's words line by line, as its soft and hard breaks divide them."""
    lines: list[list[Token]] = [[]]
    for child in children:
        if child.type in _BREAKS:
            lines.append([])
        else:
            lines[-1].append(child)
    return [words for line in lines if (words := " ".join(_words(line).split()))]


def _all_emphasis(children: Sequence[Token]) -> bool:
    """Whether one *emphasis* spans the whole paragraph."""
    kinds = [child.type for child in children if not (child.type == "text" and not child.content)]
    if len(kinds) < 3 or kinds[0] != "em_open" or kinds[-1] != "em_close":
        return False
    depth = 0
    for kind in kinds[:-1]:
        depth += (kind == "em_open") - (kind == "em_close")
        if depth == 0:
            return False
    return True
