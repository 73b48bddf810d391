"""Markdown read as Markdown (markdown-it-py), and only for .md and .markdown files: a text file
is taken word for word."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gui.story import Story, load_story

MARKDOWN = """---
title: not the headline
tags: [ferries]
---
Ferry *returns* to the quay
===========================

*The council votes to bring the boats back.*

Published: Dec. 19, 2022

Source: The Fjord Post

The vote ended a [decade-long][dispute] fight over `my_video_final_cut.mov` and
the page at https://example.com/port_news_2024 &mdash; &amp; &eacute;t&eacute;.

## What happens next

- Work starts in **March 2023**.
- The first boat sails on _July 1, 2024_.
  1. A nested item.

> "We waited long enough," Mayor Karin Holt says.

An image: ![the old quay](quay.jpg) and <b>raw html</b> and a [link](javascript:alert(1)).

    code_block_line

[dispute]: https://example.com/dispute "The dispute"
"""


def _load(tmp_path: Path, name: str, text: str) -> Story:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_story(path)


@pytest.fixture
def markdown(tmp_path: Path) -> Story:
    return _load(tmp_path, "ferry.md", MARKDOWN)


def test_the_header(markdown: Story) -> None:
    assert markdown.headline == "Ferry returns to the quay"
    assert markdown.dek == "The council votes to bring the boats back."
    assert markdown.published == date(2022, 12, 19)
    assert markdown.source == "The Fjord Post"


def test_the_body_as_words(markdown: Story) -> None:
    assert markdown.paragraphs == (
        "The vote ended a decade-long fight over my_video_final_cut.mov and the page at https://example.com/port_news_2024 — & été.",
        "What happens next",
        "Work starts in March 2023.",
        "The first boat sails on July 1, 2024.",
        "A nested item.",
        '"We waited long enough," Mayor Karin Holt says.',
        "An image: the old quay and <b>raw html</b> and a link.",
        "code_block_line",
    )


def test_quotes_and_dates_are_found_in_the_words(markdown: Story) -> None:
    assert [(q.text, q.speaker.name) for q in markdown.quotes] == [("We waited long enough,", "Karin Holt")]
    assert {e.article_said for e in markdown.events if e.article_said} == {"March 2023", "July 1, 2024"}


def test_dot_markdown_is_markdown_too(tmp_path: Path) -> None:
    assert _load(tmp_path, "ferry.markdown", MARKDOWN).headline == "Ferry returns to the quay"


def test_a_text_file_is_taken_word_for_word(tmp_path: Path) -> None:
    text = (
        "Ferry returns\n\nThe file is my_video_final_cut.mov, see https://example.com/port_news_2024 and snake_case.\n\n"
        "Some *stars* and [brackets](here) &amp; more.\n\nHead line\n=========\n"
    )
    story = _load(tmp_path, "ferry.txt", text)
    assert story.headline == "Ferry returns"
    assert story.paragraphs == (
        "The file is my_video_final_cut.mov, see https://example.com/port_news_2024 and snake_case.",
        "Some *stars* and [brackets](here) &amp; more.",
        "Head line =========",
    )


def test_a_text_files_hash_headline_is_its_headline(tmp_path: Path) -> None:
    story = _load(tmp_path, "ferry.txt", "# Ferry returns\nThe boats are back, the council says.\n")
    assert (story.headline, story.paragraphs) == ("Ferry returns", ("The boats are back, the council says.",))


def test_a_list_item_is_a_paragraph_of_its_own(tmp_path: Path) -> None:
    story = _load(tmp_path, "list.md", "# List\n\n* one\n* two\n\n1. three\n2. four\n")
    assert story.paragraphs == ("one", "two", "three", "four")


def test_front_matter_without_its_end_is_text(tmp_path: Path) -> None:
    story = _load(tmp_path, "rule.md", "---\nNot front matter, a rule above.\n")
    assert story.paragraphs == ("Not front matter, a rule above.",)


def test_a_long_file_denser_in_marks_than_prose_is_kept_as_written(tmp_path: Path) -> None:
    # Each mark would be a token of markdown-it's; no article has 50,000 of them in a paragraph.
    prose = "A paragraph with *one* stressed word in it, as prose is written."
    story = _load(tmp_path, "marks.md", "# Marks\n\n" + " *x" * 50_000 + f"\n\n{prose}\n")
    assert story.paragraphs == (("*x " * 50_000).strip(), prose.replace("*", ""))


def test_a_short_paragraph_dense_with_links_is_still_markdown(tmp_path: Path) -> None:
    story = _load(tmp_path, "links.md", "# Links\n\n" + "See [one](http://e.example/1) and *two*. " * 200 + "\n")
    assert story.paragraphs == (("See one and two. " * 200).strip(),)


def test_unclosed_brackets_keep_their_words(tmp_path: Path) -> None:
    story = _load(tmp_path, "brackets.md", "# Brackets\n\n" + "[a " * 20_000 + "[b](http://e.example) c\n")
    assert story.paragraphs == ("[a " * 20_000 + "b c",)


def test_header_lines_without_blank_lines_leave_the_dek_after_them(tmp_path: Path) -> None:
    story = _load(tmp_path, "quay.md", "# The quay reopens\nPublished March 4, 2024\nSource: Harbour News\n\n*Boats are back.*\n\nBody.\n")
    assert (story.headline, story.published, story.source, story.dek) == (
        "The quay reopens",
        date(2024, 3, 4),
        "Harbour News",
        "Boats are back.",
    )


@pytest.mark.parametrize("name", ["board.txt", "board.md"])
def test_the_byline_of_a_text_is_the_storys_author(tmp_path: Path, name: str) -> None:
    text = (
        "School board rejects later start times\n\nBy Kevin Marsh\n\nPublished Oct. 8, 2024\n\n"
        'The board voted on Monday. "We simply do not have that money," board president Helen Cho said.\n'
    )
    story = _load(tmp_path, name, text)
    assert (story.author, story.published) == ("Kevin Marsh", date(2024, 10, 8))
    assert story.paragraphs == ('The board voted on Monday. "We simply do not have that money," board president Helen Cho said.',)
