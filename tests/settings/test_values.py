"""Every setting read by type: the wrong type or bounds is the default, with one warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings

from gui.settings.values import read_bytes, read_choice, read_enum, read_int, read_json, read_str
from gui.story.quote_formats import CopyFormat
from gui.views.article.page_theme import PageTheme
from gui.views.article.zoom import DEFAULT_ZOOM, MAX_ZOOM, zoom_from_setting


def _ini(tmp_path: Path, text: str) -> QSettings:
    """Settings as a person (or a damaged disk) wrote them, parsed by Qt as the app would."""
    path = tmp_path / "settings.ini"
    path.write_text(text, encoding="utf-8")
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert settings.status() == QSettings.Status.NoError
    return settings


def test_a_list_where_one_form_belongs_is_the_default(tmp_path: Path, caplog) -> None:
    settings = _ini(tmp_path, "[quotes]\ncopy_format=plain, markdown\n")
    assert settings.value("quotes/copy_format") == ["plain", "markdown"]  # what Qt hands back
    with caplog.at_level(logging.WARNING):
        assert read_enum(settings, "quotes/copy_format", CopyFormat.ATTRIBUTED) is CopyFormat.ATTRIBUTED
    assert caplog.messages == [
        "ignoring the setting quotes/copy_format = ['plain', 'markdown']: not one of plain, attributed, markdown, citation; "
        "using 'attributed'"
    ]


def test_a_page_theme_list_is_the_system_theme(tmp_path: Path, caplog) -> None:
    settings = _ini(tmp_path, "[article]\ntheme=dark, sepia\n")
    with caplog.at_level(logging.WARNING):
        assert PageTheme.from_setting(settings.value("article/theme")) is PageTheme.SYSTEM
    assert len(caplog.messages) == 1
    assert caplog.messages[0].startswith("ignoring the setting article/theme = ['dark', 'sepia']: not one of")


def test_a_known_value_is_read_without_a_word(tmp_path: Path, caplog) -> None:
    settings = _ini(tmp_path, "[article]\ntheme=sepia\nzoom=150\n[window]\ntab=quotes\n")
    with caplog.at_level(logging.WARNING):
        assert PageTheme.from_setting(settings.value("article/theme")) is PageTheme.SEPIA
        assert zoom_from_setting(settings.value("article/zoom")) == 150
        assert read_choice(settings, "window/tab", ("article", "quotes")) == "quotes"
        assert read_str(settings, "missing", "fallback") == "fallback"
    assert caplog.messages == []


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("zoom=banana", DEFAULT_ZOOM),
        ("zoom=150.5", DEFAULT_ZOOM),
        ("zoom=1, 2", DEFAULT_ZOOM),
        ("zoom=" + "9" * 5_000, MAX_ZOOM),  # a number, however long: out of range
        ("zoom=@ByteArray(150)", DEFAULT_ZOOM),
        ("zoom=@Rect(1 2 3 4)", DEFAULT_ZOOM),
        ("zoom=100000", MAX_ZOOM),
        ("zoom=-5", 50),
    ],
)
def test_a_zoom_of_the_wrong_type_or_size(tmp_path: Path, caplog, stored: str, expected: int) -> None:
    settings = _ini(tmp_path, f"[article]\n{stored}\n")
    with caplog.at_level(logging.WARNING):
        assert zoom_from_setting(settings.value("article/zoom")) == expected
    assert len(caplog.messages) == 1
    assert caplog.messages[0].startswith("ignoring the setting article/zoom = ")
    assert len(caplog.messages[0]) < 200


def test_favourites_nested_a_hundred_thousand_deep(tmp_path: Path, caplog) -> None:
    settings = _ini(tmp_path, "[quotes]\nfavourites=" + "[" * 100_000 + "\n")
    with caplog.at_level(logging.WARNING):
        assert read_json(settings, "quotes/favourites", {}) == {}
    assert len(caplog.messages) == 1
    assert "nested too deeply" in caplog.messages[0]


@pytest.mark.parametrize(
    ("stored", "reason"),
    [
        ('favourites="{\\"a\\": [1, 2"', "not valid JSON"),
        ("favourites=" + "1" * 5_000, "not valid JSON"),
        ("favourites=a, b", "not text"),
        ("favourites=@ByteArray({})", "not text"),
    ],
)
def test_favourites_that_are_no_json_text(tmp_path: Path, caplog, stored: str, reason: str) -> None:
    settings = _ini(tmp_path, f"[quotes]\n{stored}\n")
    with caplog.at_level(logging.WARNING):
        assert read_json(settings, "quotes/favourites", {}) == {}
    assert len(caplog.messages) == 1
    assert reason in caplog.messages[0]


def test_window_data_of_the_wrong_type(tmp_path: Path, caplog) -> None:
    settings = _ini(tmp_path, "[window]\ngeometry=@Rect(0 0 99999 99999)\nstate=abc, def\ntab=@ByteArray(quotes)\n")
    assert isinstance(settings.value("window/geometry"), QRect)
    with caplog.at_level(logging.WARNING):
        assert read_bytes(settings, "window/geometry") is None
        assert read_bytes(settings, "window/state") is None
        assert read_choice(settings, "window/tab", ("article", "quotes")) is None
    assert len(caplog.messages) == 3


def test_bytes_qt_stored_are_read(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb"))
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert read_bytes(again, "window/geometry") == QByteArray(b"\x01\xd9\xd0\xcb")


def test_int_bounds(tmp_path: Path) -> None:
    settings = _ini(tmp_path, "[a]\nn=7\n")
    assert read_int(settings, "a/n", 1, 0, 10) == 7
    assert read_int(settings, "a/n", 1, 0, 5) == 5


def test_a_number_too_long_to_read_is_out_of_range_not_no_number(tmp_path: Path, caplog) -> None:
    settings = _ini(tmp_path, "[article]\nzoom=99999999999999999999999\nlow=-99999999999999999999999\n")
    with caplog.at_level(logging.WARNING):
        assert read_int(settings, "article/zoom", 100, 30, 300) == 300
        assert read_int(settings, "article/low", 100, 30, 300) == 30
    assert [message.rsplit(": ", 1)[-1] for message in caplog.messages] == ["outside 30…300; using 300", "outside 30…300; using 30"]


class _Unreadable:
    """Pickled into a settings value by PySide6; unpickling it raises."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (int, ("not a number",))


def test_a_value_qt_cannot_rebuild_is_the_default(tmp_path: Path, caplog) -> None:
    path = tmp_path / "settings.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("quotes/copy_format", _Unreadable())
    settings.sync()
    text = path.read_text(encoding="utf-8")
    # Another object, so Qt parses the file instead of handing back what this one holds.
    path.unlink()
    other = tmp_path / "other.ini"
    other.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert read_enum(QSettings(str(other), QSettings.Format.IniFormat), "quotes/copy_format", CopyFormat.PLAIN) is CopyFormat.PLAIN
    assert caplog.messages == [
        "ignoring the setting quotes/copy_format: it cannot be read "
        "(ValueError: invalid literal for int() with base 10: 'not a number'); using the default"
    ]


def test_a_bad_value_read_again_is_named_once(tmp_path: Path, caplog) -> None:
    # The Quotes tab reads its copy form at start-up, at each copy and each time the menu opens.
    settings = _ini(tmp_path, "[quotes]\ncopy_format=plain, markdown, citation\n[article]\nzoom=huge\n")
    with caplog.at_level(logging.WARNING):
        for _ in range(4):
            assert read_enum(settings, "quotes/copy_format", CopyFormat.ATTRIBUTED) is CopyFormat.ATTRIBUTED
            assert read_int(settings, "article/zoom", 100, 30, 300) == 100
        settings.setValue("quotes/copy_format", "sideways")  # hand-edited into another bad value: news
        read_enum(settings, "quotes/copy_format", CopyFormat.ATTRIBUTED)
    assert [message.split(":")[0] for message in caplog.messages] == [
        "ignoring the setting quotes/copy_format = ['plain', 'markdown', 'citation']",
        "ignoring the setting article/zoom = 'huge'",
        "ignoring the setting quotes/copy_format = 'sideways'",
    ]
