"""A story file full of markup and script, opened as a user would: every tab shows it as
text, nothing is fetched, nothing is run."""

from __future__ import annotations

import json
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from gui.main_window import MainWindow
from gui.models.story_model import QuoteRole
from gui.story.typography import typographic
from tests.helpers import open_and_wait

SCRIPT = '<script>fetch("http://example.com/steal")</script>'
IMAGE = "<img src=http://example.com/pixel.png>"
JS_LINK = '<a href="javascript:alert(1)">click</a>'
LOCAL_FILE = "file:///etc/passwd"
QUOTE = f"{IMAGE} {LOCAL_FILE}"
HEADLINE = f"{SCRIPT}{IMAGE}"
SPEAKER = '<a href="javascript:alert(2)">Mallory</a>'
ROLE = IMAGE
EVENT = f"{SCRIPT} opens"

ARTICLE = f"""date 2024-03-05 {SCRIPT} Dek with <b>bold</b>

{IMAGE} a caption | Credit: {JS_LINK}

Mallory wrote "{QUOTE}" and left.

See {JS_LINK} or {LOCAL_FILE} or <iframe src="https://example.com/frame"></iframe>.
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Fails any attempt to reach the network from Python, and records it for the test to see."""
    attempts: list[str] = []

    def refuse(name: str) -> Callable[..., None]:
        def refused(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise OSError(f"network use refused in a test: {name}")

        return refused

    def refuse_but_local(name: str) -> Callable[..., object]:
        # A Unix socket is no network: the story reader process is reached through one.
        real = getattr(socket.socket, name)

        def guarded(self: socket.socket, *args: object, **kwargs: object) -> object:
            if self.family == socket.AF_UNIX:
                return real(self, *args, **kwargs)
            return refuse(f"socket.{name}")(self, *args, **kwargs)

        return guarded

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse_but_local(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


@pytest.fixture
def hostile_story(tmp_path: Path) -> Path:
    (tmp_path / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    meta = {
        "format": 1,
        "article": "hostile.txt",
        "headline": HEADLINE,
        "source": f"<b>{LOCAL_FILE}</b>",
        "url": "javascript:alert(3)",
        "speakers": {"m": {"name": SPEAKER, "role": ROLE}},
        "quotes": [{"text": QUOTE, "speaker": "m"}],
        "countdown": "e",
        "events": [{"id": "e", "kind": "release", "title": EVENT, "date": "2024-03-09", "detail": LOCAL_FILE}],
    }
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(meta), encoding="utf-8")
    return path


def _has_images(document: QTextDocument) -> bool:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                return True
            iterator += 1
        block = block.next()
    return False


def test_markup_in_every_field_is_shown_as_text_and_nothing_is_fetched(
    qtbot, window: MainWindow, hostile_story: Path, no_network: list[str]
) -> None:
    assert open_and_wait(window, hostile_story)

    article = window.article_view.toPlainText()
    for literal in (HEADLINE, SCRIPT, "Dek with <b>bold</b>", QUOTE, JS_LINK, LOCAL_FILE, '<iframe src="https://example.com/frame">'):
        assert typographic(literal) in article  # its straight quotation marks shown typographic
    assert not _has_images(window.article_view.document())
    assert window.windowTitle() == f"{HEADLINE} — Reckoning"

    window.show_tab("quotes")
    index = window.quotes_view.proxy.index(0, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == QUOTE
    assert index.data(QuoteRole.SPEAKER_LABEL) == f"{SPEAKER}, {ROLE}"
    window.quotes_view.list_view.setCurrentIndex(index)
    assert f"— {typographic(f'{SPEAKER}, {ROLE}')}" in window.quotes_view.detail.toPlainText()
    assert not _has_images(window.quotes_view.detail.document())
    assert window.quotes_view.speaker_box.findText(f"{typographic(SPEAKER)} (1)") != -1

    window.show_tab("countdown")
    view = window.countdown_view
    assert (view.title_label.text(), view.title_label.textFormat()) == (EVENT, Qt.TextFormat.PlainText)
    assert (view.detail_label.text(), view.detail_label.textFormat()) == (LOCAL_FILE, Qt.TextFormat.PlainText)

    assert no_network == []
    # The app ships no network code path at all: Qt's network module is never even loaded.
    assert "PySide6.QtNetwork" not in sys.modules


def test_the_guard_does_catch_network_use(no_network: list[str]) -> None:
    # Without this the test above could pass with a guard that guards nothing.
    with pytest.raises(OSError, match="network use refused"):
        socket.create_connection(("example.com", 80))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as internet, pytest.raises(OSError, match="network use refused"):
        internet.connect(("127.0.0.1", 9))
    assert no_network == ["create_connection", "socket.connect"]
