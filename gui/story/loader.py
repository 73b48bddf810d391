"""The story as plain data: the article, its quotes and its dated events.

No Qt here on purpose: parsing and validation are tested fast and alone, and the one
model (`gui.models.story_model`) is the only place that turns this data into something views see.

A story on disk is a JSON metadata file beside the article's plain text. The text says
what an article says (date, dek, paragraphs, image caption); the metadata adds only what
the text cannot: the headline, the source's URL, who each quote belongs to, exact dates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import stat
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from .. import RESOURCES
from .event_kinds import DatePrecision, EventKind
from .quote_marks import CLOSING_DOUBLES, OPENING_DOUBLES
from .speaker import Speaker
from .wording import QT_TRANSLATE_NOOP, fill, translated

if TYPE_CHECKING:
    from .date_mentions import DateMention
    from .plain_article import PlainArticle

STORY_FORMAT = 1
BUNDLED_STORY = "story.json"
# Larger files are refused unread: a story is a few kilobytes, and reading an arbitrary
# file whole would freeze the window and could exhaust memory.
MAX_FILE_BYTES = 2 * 1024 * 1024
_LIMIT_WORDS = f"{MAX_FILE_BYTES:,} bytes ({MAX_FILE_BYTES // 1_048_576} MB)"
# Plain text and Markdown articles; anything else that is not JSON or a web page is read as text too.
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text", *MARKDOWN_SUFFIXES})
WEB_PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# Said wherever a file cannot be read, so the reader knows what would open.
FORMATS = QT_TRANSLATE_NOOP(
    "StoryError",
    "Reckoning opens its own stories (.json), plain text (.txt), Markdown (.md, .markdown) and saved web pages (.html, .htm, .xhtml).",
)
# A disk answers in milliseconds; a file that keeps a read waiting longer is a device in disguise.
READ_TIMEOUT_SECONDS = 10.0

T = TypeVar("T")
_CREDIT_SEPARATOR = " | Credit: "
_PAGE_LEFTOVERS = frozenset({"Related content:"})
# Old Mac line ends and Unicode's line and paragraph separators, as the \n and blank line the
# parsers split at (one str.replace each: str.translate looks every character up in Python).
_LINE_BREAKS = (("\r\n", "\n"), ("\r", "\n"), ("\u2028", "\n"), ("\u2029", "\n\n"))
# How far either side of a quote its sentence is looked for in a very long paragraph.
_CONTEXT_REACH = 4_000
# `Quote.paragraph` for a quote in the dek, which stands before paragraph 0: the one way the
# dek is named (null in the JSON export and the snapshot).
DEK: Final = None


def reading_position(paragraph: int | None) -> int:
    """Where a block stands in reading order: the dek first (0), then paragraph n at n + 1.

    It is the block's index in `blocks_in_order`, for code that sorts or bisects blocks by number.
    """
    return 0 if paragraph is DEK else paragraph + 1


def blocks_in_order(dek: str, paragraphs: Sequence[str]) -> list[tuple[int | None, str]]:
    """The article's blocks as read, the dek and then the paragraphs, each with its `Quote.paragraph`."""
    return [(DEK, dek), *enumerate(paragraphs)]


class StoryError(Exception):
    """A story could not be loaded; the message says why, in words for a person.

    The message is always one line of printable text: a file name or a value from a file
    holding a newline, a terminal escape or a direction override is shown escaped, so it
    cannot split the command line's one-line error or disguise itself in a dialog.

    It is kept as a sentence with place markers ("%1 is empty.", marked for lupdate) and its
    arguments: `str()` and the command line say it in English, `in_ui_language()` in the
    window's language, and `parts()` carries it out of the reader process as plain strings.
    `formats` adds the sentence naming the files Reckoning opens.
    """

    def __init__(self, template: str, *arguments: object, formats: bool = False) -> None:
        self.template, self.arguments, self.formats = template, tuple(str(argument) for argument in arguments), formats
        super().__init__(self._words(lambda text: text))

    @classmethod
    def from_parts(cls, parts: tuple[str, tuple[str, ...], bool]) -> StoryError:
        template, arguments, formats = parts
        return cls(template, *arguments, formats=formats)

    def parts(self) -> tuple[str, tuple[str, ...], bool]:
        return self.template, self.arguments, self.formats

    def in_ui_language(self) -> str:
        return self._words(lambda text: translated("StoryError", text))

    def _words(self, say: Callable[[str], str]) -> str:
        message = fill(say(self.template), *self.arguments)
        return printable(f"{message} {say(FORMATS)}" if self.formats else message)


def printable(text: str) -> str:
    """`text` with what is not printable (controls, line and paragraph separators, lone surrogates) escaped."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii") for c in text)


@dataclass(frozen=True)
class Quote:
    """One quoted passage, located in the article.

    `paragraph` is DEK (None) for the dek, otherwise an index into `Story.paragraphs`;
    `start`/`end` are the character offsets of `text` inside that block.
    """

    text: str
    speaker: Speaker
    paragraph: int | None
    start: int
    end: int

    @property
    def display_text(self) -> str:
        # A trailing comma only leads into the attribution ("…kid," Cruise says);
        # shown alone the quote ends as a sentence.
        return self.text[:-1] + "." if self.text.endswith(",") else self.text


@dataclass(frozen=True)
class Event:
    """A dated event the story depends on; `date` is a calendar day, not an instant.

    `article_said` is how the article itself dated it ("July 2023"); `planned` lists
    earlier announced dates that the real one superseded, oldest first. `precision` says
    whether `date` is the day itself or the first day of the month or year the text names.
    """

    id: str
    kind: EventKind
    title: str
    date: dt.date
    detail: str = ""
    article_said: str = ""
    planned: tuple[dt.date, ...] = ()
    precision: DatePrecision = DatePrecision.DAY


@dataclass(frozen=True)
class ImageCaption:
    caption: str
    credit: str
    # The caption stands before this paragraph, where the web page placed the image.
    before_paragraph: int


@dataclass(frozen=True)
class Story:
    headline: str
    dek: str
    source: str
    published: date | None  # None when the text gives no date
    url: str
    paragraphs: tuple[str, ...]
    image: ImageCaption | None
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]
    countdown_event_id: str
    speakers: tuple[Speaker, ...] = field(default=())
    author: str = ""  # the byline, where the page names one

    @property
    def countdown_event(self) -> Event | None:
        return next((e for e in self.events if e.id == self.countdown_event_id), None)

    def block_text(self, paragraph: int | None) -> str:
        return self.dek if paragraph is DEK else self.paragraphs[paragraph]

    def context(self, quote: Quote) -> tuple[str, int, int]:
        """The sentences around `quote`, with the quote's start and end inside them.

        The context runs from the start of the sentence holding the opening quotation
        mark to the end of the sentence holding the quote's last word, so an
        attribution after the quote ("…," Cruise says.) comes with it.
        """
        block = self.block_text(quote.paragraph)
        from .quote_marks import quote_spans
        from .sentences import sentence_around

        # In a paragraph far longer than any sentence, only the text around the quote is cut
        # into sentences: the whole of a 2 MB one took 1.4 s at each move in the Quotes list.
        # The cut on the left is made at the opening mark of a quote found there, so every
        # mark after it pairs as it does in the whole paragraph.
        low, high = 0, len(block)
        if high > 4 * _CONTEXT_REACH:
            reach = quote.start - _CONTEXT_REACH
            low = max(0, min(q.start for q in self.quotes if q.paragraph == quote.paragraph and reach <= q.start <= quote.start) - 1)
            high = min(high, quote.end + _CONTEXT_REACH)
        around = block[low:high]
        # The extractor's own sentences: the pane shows the sentence the speaker was found in.
        spans = [(span.start, span.end) for span in quote_spans(around)]
        start, stop = sentence_around(around, spans, quote.start - low, quote.end - low)
        return around[start:stop].rstrip(), quote.start - low - start, quote.end - low - start


@dataclass(frozen=True)
class ArticleText:
    """What the article's own text says, before metadata is added."""

    published: date | None
    dek: str
    paragraphs: tuple[str, ...]
    image: ImageCaption | None


def load_bundled_story() -> Story:
    """The story shipped with the app, read as package data so an installed app works.

    At start-up it comes from the snapshot the extractor last made of it (gui.story.snapshot),
    unless its sources have changed since.
    """
    from .snapshot import snapshot_story

    metadata, article = bundled_sources()
    return snapshot_story(metadata, article) or parse_story(metadata, article, BUNDLED_STORY)


def bundled_sources() -> tuple[bytes, bytes]:
    """The bundled story's metadata and article text, as shipped."""
    folder = resources.files(RESOURCES)
    try:
        metadata = folder.joinpath(BUNDLED_STORY).read_bytes()
        article_name = _article_name(_parse_json(metadata, BUNDLED_STORY), BUNDLED_STORY)
        return metadata, folder.joinpath(article_name).read_bytes()
    except OSError as error:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "The bundled story is missing from the installation: %1"), error) from error


def load_story(path: str | Path) -> Story:
    """Load a story: JSON metadata naming its article text, a saved web page, or a plain-text or Markdown article."""
    path = Path(path)
    try:
        return _load_story(path)
    except (ValueError, OverflowError, RecursionError, MemoryError) as error:
        # Whatever a file holds, it gets a message: a number or a date past what Python
        # holds, or a structure nested past its stack, is a file this app cannot read.
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 cannot be read as a story: %2"), path.name, _reason(error)) from error


def _load_story(path: Path) -> Story:
    data = _read_limited(path)
    if _is_web_page(path, data):
        from .web_article import parse_web_story  # trafilatura loads only when a page is opened

        return parse_web_story(data, path.name)
    if not _is_story_json(path, data):
        return parse_plain_story(data, path.name)
    article_name = _article_name(_parse_json(data, path.name), path.name)
    article_path = path.parent / article_name
    return parse_story(data, _read_limited(article_path), path.name)


def _reason(error: BaseException) -> str:
    if isinstance(error, RecursionError):
        return "it is nested too deeply."
    if isinstance(error, MemoryError):
        return "it needs more memory than there is."
    return f"{str(error).rstrip('.') or type(error).__name__}."


def parse_plain_story(data: bytes, name: str) -> Story:
    """A story from an article's text alone: quotes, speakers and dates found in it.

    `name` is the file's name: a `.md` or `.markdown` file is read as Markdown, any other as
    plain text, word for word.
    """
    text = article_text(data, name)
    fallback = _headline_from_name(name)
    if Path(name).suffix.lower() in MARKDOWN_SUFFIXES:
        from .markdown_article import parse_markdown_article  # markdown-it loads only for Markdown

        article: PlainArticle = parse_markdown_article(text, fallback)
    else:
        from .plain_article import parse_plain_article

        article = parse_plain_article(text, fallback)
    paragraphs, image = split_caption(article.blocks)
    if not paragraphs:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 has no paragraphs of text to read."), name)
    text_parts = ArticleText(article.published, article.dek, paragraphs, image)
    return extracted_story(text_parts, headline=article.headline, source=article.source, author=article.author)


def extracted_story(
    text: ArticleText,
    *,
    headline: str,
    source: str,
    url: str = "",
    speakers: dict[str, Speaker] | None = None,
    events: tuple[Event, ...] = (),
    countdown: str = "",
    author: str = "",
) -> Story:
    """A story whose quotes and events the extractor finds in `text`.

    `speakers` renames or describes speakers the text cannot name better (keyed by the
    name the extractor gives); `events` are dated events known from elsewhere, which
    replace a mention of the same date ("July 2023" → the exact release day).
    """
    renames = speakers or {}
    numbered = blocks_in_order(text.dek, text.paragraphs)
    blocks = [block for _, block in numbered]
    quotes = []
    # Imported when first needed: compiling its rules is most of what start-up would cost.
    from .quote_extractor import extract_quotes

    for found in extract_quotes(blocks):
        speaker = renames.get(found.speaker.name, found.speaker)
        paragraph = numbered[found.block][0]
        quotes.append(Quote(found.text, speaker, paragraph, found.start, found.end))
    from .date_mentions import date_mentions

    all_events = _with_mentions(events, date_mentions(blocks, text.published), text.published, source)
    events_by_date = tuple(sorted(all_events, key=lambda e: e.date))
    speakers_found = tuple(dict.fromkeys(q.speaker for q in quotes))
    story = _story(text, headline, source, url, tuple(quotes), events_by_date, countdown or _first_release(all_events), speakers_found)
    return replace(story, author=author) if author else story


def _story(
    text: ArticleText,
    headline: str,
    source: str,
    url: str,
    quotes: tuple[Quote, ...],
    events: tuple[Event, ...],
    countdown: str,
    speakers: tuple[Speaker, ...],
) -> Story:
    """The article's own words (dek, date, paragraphs, image) with what was found or told about them."""
    return Story(headline, text.dek, source, text.published, url, text.paragraphs, text.image, quotes, events, countdown, speakers)


def _with_mentions(known: tuple[Event, ...], mentions: list[DateMention], published: date | None, source: str) -> list[Event]:
    events = list(known)
    said = {e.article_said for e in known if e.article_said}
    if published is not None and not any(e.kind is EventKind.PUBLICATION and e.date == published for e in known):
        title = f"{source} publishes the article" if source else "The article is published"
        events.append(Event("article-date", EventKind.PUBLICATION, title, published))
    for number, mention in enumerate(mentions, start=1):
        if mention.said not in said:
            title = mention.clause or mention.said
            events.append(
                Event(f"mention-{number}", mention.kind, title, mention.day, article_said=mention.said, precision=mention.precision)
            )
    return events


def _first_release(events: list[Event]) -> str:
    """The event a countdown starts on: the first release or premiere the article names, else its first date."""
    for kinds in (
        {EventKind.RELEASE, EventKind.PREMIERE},
        {EventKind.DATE},
        {EventKind.PUBLICATION, EventKind.SHOOT},
    ):
        if chosen := next((e for e in events if e.kind in kinds), None):
            return chosen.id
    return ""


def _is_story_json(path: Path, data: bytes) -> bool:
    if path.suffix.lower() in TEXT_SUFFIXES:
        return False
    return path.suffix.lower() == ".json" or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _is_web_page(path: Path, data: bytes) -> bool:
    """A saved page by its suffix, or by its start when the suffix says nothing (a page saved without one)."""
    suffix = path.suffix.lower()
    if suffix in WEB_PAGE_SUFFIXES:
        return True
    if suffix in TEXT_SUFFIXES or suffix == ".json":
        return False
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _headline_from_name(name: str) -> str:
    """A title for a text that has none: its file's name in words ("spring-fair.txt" → "Spring fair")."""
    words = re.sub(r"[-_]+", " ", Path(name).stem).strip()
    return words[:1].upper() + words[1:] if words else "Untitled article"


def parse_story(metadata: bytes, article: bytes, name: str) -> Story:
    """Build a validated story from the two files' bytes; `name` appears in messages."""
    meta = _parse_json(metadata, name)
    text = parse_article_text(article_text(article, _article_name(meta, name)))
    speakers = _parse_speakers(_field(meta, "speakers", dict, name) if "speakers" in meta else {}, name)
    events = tuple(_parse_event(raw, i, name) for i, raw in enumerate(_field(meta, "events", list, name) if "events" in meta else []))
    countdown = _optional(meta, "countdown", name)
    if countdown and countdown not in {e.id for e in events}:
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1: “countdown” names the event “%2”, which is not in “events”."), name, countdown
        )
    headline, source, url = _field(meta, "headline", str, name), _field(meta, "source", str, name), _field(meta, "url", str, name)
    spellings = _parse_spellings(meta, name) if "spellings" in meta else {}
    if "quotes" not in meta:
        story = extracted_story(text, headline=headline, source=source, url=url, speakers=speakers, events=events, countdown=countdown)
        return _spelled(story, spellings) if spellings else story
    if not countdown:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is missing “countdown”."), name)
    quotes = _locate_quotes(_field(meta, "quotes", list, name), speakers, text, name)
    return _story(text, headline, source, url, quotes, events, countdown, tuple(speakers.values()))


def parse_article_text(text: str) -> ArticleText:
    """Parse the article's plain text: a "date YYYY-MM-DD dek" line, then blocks.

    Blocks are separated by blank lines. A block holding " | Credit: " is the image
    caption; a trailing "Related content:" is a leftover of the web page and dropped.
    """
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", text.strip())]
    blocks = [b for b in blocks if b and b not in _PAGE_LEFTOVERS]
    if not blocks:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "The article text is empty."))
    from .plain_article import SEED_DATE_LINE

    first = SEED_DATE_LINE.fullmatch(blocks[0])
    if first is None:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "The article text must start with a line “date YYYY-MM-DD” followed by the dek."))
    published = _parse_date(first.group(1), "the article's date line")
    paragraphs, image = split_caption(blocks[1:])
    if not paragraphs:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "The article text has no body paragraphs."))
    return ArticleText(published, first.group(2).strip(), paragraphs, image)


def split_caption(blocks: Sequence[str]) -> tuple[tuple[str, ...], ImageCaption | None]:
    """Body paragraphs and the image caption: the first block holding " | Credit: "."""
    paragraphs: list[str] = []
    image: ImageCaption | None = None
    for block in blocks:
        if image is None and _CREDIT_SEPARATOR in block:
            caption, credit = block.split(_CREDIT_SEPARATOR, 1)
            image = ImageCaption(caption.strip(), credit.strip(), before_paragraph=len(paragraphs))
        elif block not in _PAGE_LEFTOVERS:
            paragraphs.append(block)
    return tuple(paragraphs), image


def _locate_quotes(raw_quotes: list[Any], speakers: dict[str, Speaker], text: ArticleText, name: str) -> tuple[Quote, ...]:
    """Find each quote in the text, in article order, between quotation marks.

    Searching on from the previous quote's end keeps the list in article order and tells
    apart repeated words (the dek's "biggest stunt" and DeVore's).
    """
    blocks = blocks_in_order(text.dek, text.paragraphs)
    block_index, offset = 0, 0
    quotes: list[Quote] = []
    for number, raw in enumerate(raw_quotes, start=1):
        where = f"{name}: quote {number}"
        if not isinstance(raw, dict):
            raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 must be an object with “text” and “speaker”."), where)
        quote_text = _field(raw, "text", str, where)
        speaker_id = _field(raw, "speaker", str, where)
        if speaker_id not in speakers:
            raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 names the speaker “%2”, who is not in “speakers”."), where, speaker_id)
        found = _find_quoted(quote_text, blocks, block_index, offset)
        if found is None:
            raise StoryError(
                QT_TRANSLATE_NOOP("StoryError", "%1 (“%2”) is not quoted in the article text after the quote before it."), where, quote_text
            )
        block_index, start = found
        offset = start + len(quote_text)
        paragraph = blocks[block_index][0]
        quotes.append(Quote(quote_text, speakers[speaker_id], paragraph, start, offset))
    return tuple(quotes)


def _find_quoted(quote_text: str, blocks: list[tuple[int | None, str]], block_index: int, offset: int) -> tuple[int, int] | None:
    if not quote_text.strip():
        return None
    for index in range(block_index, len(blocks)):
        block = blocks[index][1]
        start = block.find(quote_text, offset if index == block_index else 0)
        while start != -1:
            end = start + len(quote_text)
            if start > 0 and block[start - 1] in OPENING_DOUBLES and end < len(block) and block[end] in CLOSING_DOUBLES:
                return index, start
            start = block.find(quote_text, start + 1)
    return None


def _parse_spellings(meta: dict[str, Any], name: str) -> dict[str, str]:
    """How the story spells words its text writes otherwise ("base jump" → "BASE jump"), for roles."""
    spellings = _field(meta, "spellings", dict, name)
    if not all(isinstance(plain, str) and plain and isinstance(spelled, str) for plain, spelled in spellings.items()):
        raise StoryError(f"{name}: “spellings” must map words to how the story spells them, as text.")
    return spellings


def _spelled(story: Story, spellings: dict[str, str]) -> Story:
    """`story` with its speakers' roles spelled as the story's metadata says."""

    def spelled(speaker: Speaker) -> Speaker:
        role = speaker.role
        for plain, spelling in spellings.items():
            role = role.replace(plain, spelling)
        return speaker if role == speaker.role else Speaker(speaker.name, role)

    quotes = tuple(replace(quote, speaker=spelled(quote.speaker)) for quote in story.quotes)
    return replace(story, quotes=quotes, speakers=tuple(dict.fromkeys(spelled(s) for s in story.speakers)))


def _parse_speakers(raw: dict[str, Any], name: str) -> dict[str, Speaker]:
    speakers: dict[str, Speaker] = {}
    for speaker_id, value in raw.items():
        where = f"{name}: speaker “{speaker_id}”"
        if not isinstance(value, dict):
            raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 must be an object with “name” and “role”."), where)
        speakers[speaker_id] = Speaker(_field(value, "name", str, where), _optional(value, "role", where))
    return speakers


def _parse_event(raw: Any, index: int, name: str) -> Event:
    where = f"{name}: event {index + 1}"
    if not isinstance(raw, dict):
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 must be an object."), where)
    said_kind = _field(raw, "kind", str, where)
    try:
        kind = EventKind(said_kind)
    except ValueError:
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1 has the kind “%2”; expected one of %3."), where, said_kind, ", ".join(sorted(EventKind))
        ) from None
    planned = _field(raw, "planned", list, where) if "planned" in raw else []
    return Event(
        id=_field(raw, "id", str, where),
        kind=kind,
        title=_field(raw, "title", str, where),
        date=_parse_date(_field(raw, "date", str, where), where),
        detail=_optional(raw, "detail", where),
        article_said=_optional(raw, "article_said", where),
        planned=tuple(_parse_date(p if isinstance(p, str) else repr(p), f"{where} “planned”") for p in planned),
    )


def _article_name(meta: dict[str, Any], name: str) -> str:
    article = _field(meta, "article", str, name)
    if Path(article).name != article:
        # The text must sit beside its metadata; a path could reach any file on disk.
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1: “article” must be a file name beside the story, not a path: “%2”."), name, article
        )
    return article


def _parse_json(data: bytes, name: str) -> dict[str, Any]:
    try:
        meta = json.loads(decode_text(data, name))
    except json.JSONDecodeError as error:
        # Some of json's messages end in "at", as they expect the position to follow.
        reason = error.msg.removesuffix(" at")
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1 is not valid JSON: %2 at line %3, column %4."), name, reason, error.lineno, error.colno
        ) from error
    except RecursionError as error:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is nested too deeply to be a story."), name) from error
    except ValueError as error:
        # Python refuses to read an integer of more than 4,300 digits (a guard against slow parsing).
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 holds a number too long to read."), name) from error
    if not isinstance(meta, dict):
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 must hold a JSON object."), name)
    if meta.get("format") != STORY_FORMAT:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is not a Reckoning story (expected “format”: %2)."), name, STORY_FORMAT)
    return meta


def decode_text(data: bytes, name: str) -> str:
    """The text of `data`: UTF-8 (with or without a byte order mark), or UTF-16 or UTF-32 with one."""
    encoding = bom_encoding(data)
    if not data.strip():
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is empty."), name)
    if encoding is None and b"\0" in data:
        # NUL never occurs in UTF-8 text; it marks an image, an archive or a program.
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 holds binary data, not text."), name, formats=True)
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        shown = (encoding or "utf-8").upper()
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1 is not %2 text (byte %3 cannot be read)."), name, shown, error.start, formats=True
        ) from error
    if "\0" in text:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 holds binary data, not text."), name, formats=True)
    if not text.strip():
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is empty."), name)
    return text


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark announces, UTF-8's aside (utf-8-sig reads it)."""
    # UTF-32 LE's mark starts with UTF-16 LE's, so it is looked for first.
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def article_text(data: bytes, name: str) -> str:
    """An article file's text with every kind of line end as \\n, and a paragraph separator as a blank line."""
    text = decode_text(data, name)
    for line_break, new_line in _LINE_BREAKS:
        text = text.replace(line_break, new_line)
    return text


def _read_limited(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES; anything else is refused without waiting.

    A pipe, a device or a socket is refused before it is opened (opening a pipe waits for a
    writer), and so is a file of the kernel's (/proc, /sys), which says it is regular and
    then keeps the reader waiting or never ends. What is read is checked again once open,
    and the open and the read have a time limit, for whatever else can make them wait.
    """
    try:
        status = path.stat()
    except FileNotFoundError as error:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 does not exist."), path) from error
    except PermissionError as error:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 cannot be read: permission denied."), path) from error
    except OSError as error:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 cannot be read: %2."), path, error.strerror or error) from error
    _check_status(path, status)
    if status.st_dev in _kernel_file_systems():
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is a file of the operating system's, not an article."), path, formats=True)
    data = _read_within(path)
    if len(data) > MAX_FILE_BYTES:
        # The file grew after it was measured.
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is larger than %2, the most a story file may be."), path.name, _LIMIT_WORDS)
    return data


def _check_status(path: Path, status: os.stat_result) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is a folder, not a story file."), path)
    if not stat.S_ISREG(status.st_mode):
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1 is not a regular file (it is a pipe, a device or a socket)."), path, formats=True
        )
    if status.st_size > MAX_FILE_BYTES:
        # In bytes: rounded to megabytes, a file just over the limit reads as no bigger than it.
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1 is %2 bytes; a story file may be at most %3."),
            path.name,
            f"{status.st_size:,}",
            _LIMIT_WORDS,
        )


def _kernel_file_systems() -> set[int]:
    """The devices of /proc and /sys, where Linux keeps files that are not on any disk."""
    devices = set()
    for folder in ("/proc", "/sys"):
        with contextlib.suppress(OSError):
            devices.add(os.stat(folder).st_dev)
    return devices


def _read_within(path: Path) -> bytes:
    """Up to MAX_FILE_BYTES + 1 bytes of the regular file at `path`, or a StoryError when reading waits too long."""
    outcome: list[bytes | BaseException] = []

    def read() -> None:
        try:
            with path.open("rb") as file:
                # Checked again on what was opened: the path may name something else by now.
                _check_status(path, os.fstat(file.fileno()))
                outcome.append(file.read(MAX_FILE_BYTES + 1))
        except (OSError, StoryError) as error:
            outcome.append(error)

    # A daemon thread: one left waiting on a read that never returns does not keep the app from quitting.
    reader = threading.Thread(target=read, name="story-reader", daemon=True)
    reader.start()
    reader.join(READ_TIMEOUT_SECONDS)
    if not outcome:
        raise StoryError(
            QT_TRANSLATE_NOOP("StoryError", "%1 did not finish reading in %2 seconds; it is not an ordinary file."),
            path,
            f"{READ_TIMEOUT_SECONDS:g}",
        )
    result = outcome[0]
    if isinstance(result, StoryError):
        raise result
    if isinstance(result, PermissionError):
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 cannot be read: permission denied."), path) from result
    if isinstance(result, OSError):
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 cannot be read: %2."), path, result.strerror or result) from result
    assert isinstance(result, bytes)
    return result


def _parse_date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1: “%2” is not a date of the form YYYY-MM-DD."), where, value) from error


def _field(mapping: dict[str, Any], key: str, kind: type[T], where: str) -> T:
    if key not in mapping:
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1 is missing “%2”."), where, key)
    value = mapping[key]
    if not isinstance(value, kind):
        if kind is str:
            raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1: “%2” must be text."), where, key)
        if kind is list:
            raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1: “%2” must be a list."), where, key)
        raise StoryError(QT_TRANSLATE_NOOP("StoryError", "%1: “%2” must be an object."), where, key)
    return value


def _optional(mapping: dict[str, Any], key: str, where: str) -> str:
    return _field(mapping, key, str, where) if key in mapping else ""
