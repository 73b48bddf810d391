"""Exports from the window: never over the story's own file, never into a pipe, whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gui.main_window import MainWindow
from tests.conftest import DATA
from tests.helpers import open_and_wait, rewrite_story


def _opened_article(window: MainWindow, tmp_path: Path) -> Path:
    article = tmp_path / "article.txt"
    article.write_bytes((DATA / "second_article.txt").read_bytes())
    assert open_and_wait(window, article)
    return article


@pytest.mark.parametrize("kind", ["itself", "symlink", "hard link"])
def test_export_quotes_over_the_open_article_is_refused_and_leaves_it(window: MainWindow, tmp_path: Path, kind: str) -> None:
    article = _opened_article(window, tmp_path)
    before = article.read_bytes()
    target = {"itself": article, "symlink": tmp_path / "link.txt", "hard link": tmp_path / "hard.txt"}[kind]
    if kind == "symlink":
        target.symlink_to(article)
    elif kind == "hard link":
        target.hardlink_to(article)
    view = window.quotes_view
    assert not view.export_visible(target)
    assert view.message_box is not None
    assert view.message_box.text() == (
        f"{target} is the file this story was read from. Saving there would replace it; choose another name."
    )
    assert article.read_bytes() == before


def test_export_event_over_the_open_article_is_refused(window: MainWindow, tmp_path: Path) -> None:
    article = _opened_article(window, tmp_path)
    before = article.read_bytes()
    window.show_tab("countdown")
    view = window.countdown_view
    assert not view.export_event(article)
    assert view.message_box is not None
    assert "is the file this story was read from" in view.message_box.text()
    assert article.read_bytes() == before


def test_export_over_the_bundled_story_is_refused(window: MainWindow) -> None:
    story = Path(__file__).parents[2] / "resources" / "story.json"
    before = story.read_bytes()
    view = window.quotes_view
    assert not view.export_visible(story)
    assert view.message_box is not None
    assert "is the file this story was read from" in view.message_box.text()
    assert story.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_export_into_a_named_pipe_is_refused_without_waiting(window: MainWindow, tmp_path: Path) -> None:
    fifo = tmp_path / "quotes.csv"
    os.mkfifo(fifo)
    view = window.quotes_view
    assert not view.export_visible(fifo)
    assert view.message_box is not None
    assert view.message_box.text() == f"{fifo} is not a regular file (a named pipe, a device or a folder); choose a file."


def test_an_export_replaces_the_earlier_file_whole(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "quotes.csv"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    assert window.quotes_view.export_visible(out)
    assert out.read_bytes().startswith(b"quote,speaker,role,source,published,url\r\n")
    assert out.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".csv"] == ["quotes.csv"]


def test_export_over_the_text_a_json_story_names_is_refused(window: MainWindow, story_dir: Path) -> None:
    text = story_dir / "second_article.md"
    (story_dir / "second_article.txt").rename(text)
    assert open_and_wait(window, rewrite_story(story_dir, article=text.name))
    before = text.read_bytes()
    view = window.quotes_view
    assert not view.export_visible(text)
    assert view.message_box is not None
    assert "is the file this story was read from" in view.message_box.text()
    assert text.read_bytes() == before
