"""File › Open recent as remembered: newest first, each article once, at most ten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from gui.settings.recent_files import RECENT_KEY, RecentFiles


def test_a_hand_edited_list_naming_one_path_three_times_shows_it_once(settings: QSettings) -> None:
    settings.setValue(RECENT_KEY, ["/tmp/a.txt", "/tmp/b.md", "/tmp/a.txt", "/tmp/./a.txt", "/tmp//x/../a.txt"])
    assert RecentFiles(settings).paths() == [Path("/tmp/a.txt"), Path("/tmp/b.md")]


def test_duplicates_do_not_push_articles_off_the_list(settings: QSettings) -> None:
    settings.setValue(RECENT_KEY, ["/tmp/a.txt"] * 15 + [f"/tmp/{n}.txt" for n in range(12)])
    paths = RecentFiles(settings).paths()
    assert paths == [Path("/tmp/a.txt"), *(Path(f"/tmp/{n}.txt") for n in range(9))]


def test_adding_a_path_again_moves_it_first(settings: QSettings) -> None:
    recent = RecentFiles(settings)
    for name in ("a", "b", "a"):
        recent.add(Path(f"/tmp/{name}.txt"))
    assert recent.paths() == [Path("/tmp/a.txt"), Path("/tmp/b.txt")]
