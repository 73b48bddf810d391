"""Articles opened the ways a desktop offers: a file argument, a drop, Open Recent, the last one again."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from gui.app import reopen_last_article
from gui.main_window import MainWindow
from gui.settings.recent_files import RecentFiles
from tests.conftest import DATA
from tests.helpers import open_and_wait, run_reckoning, wait_for_loader

CORPUS = DATA / "corpus"

SPRING_FAIR = "Spring fair returns to the square"


def _article(folder: Path, name: str = "fair.txt") -> Path:
    path = folder / name
    path.write_text("Fair news\n\n“We bake for a week,” organiser Ada Lind says.\n", encoding="utf-8")
    return path


def test_a_file_argument_opens_it(tmp_path: Path) -> None:
    result = run_reckoning(str(_article(tmp_path)), "--verbose", "--screenshot", str(tmp_path / "shot.png"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "showing “Fair news” with 1 quotes" in result.stderr


def test_a_file_opened_from_the_command_line_joins_open_recent(tmp_path: Path) -> None:
    article = _article(tmp_path)
    result = run_reckoning(str(article), "--screenshot", str(tmp_path / "shot.png"), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    settings = QSettings(str(tmp_path / "config" / "Reckoning" / "Reckoning.conf"), QSettings.Format.IniFormat)
    assert RecentFiles(settings).paths() == [article]


def test_a_file_argument_and_article_option_together_are_refused(tmp_path: Path) -> None:
    result = run_reckoning("a.txt", "--article", "b.txt", tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("suffix", [".json", ".csv", ".md"])
def test_export_quotes_writes_by_suffix_without_a_window(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"quotes{suffix}"
    result = run_reckoning(str(DATA / "second_story.json"), "--export-quotes", str(out), tmp_path=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")
    text = out.read_text(encoding="utf-8")
    if suffix == ".json":
        document = json.loads(text)
        assert document["headline"] == SPRING_FAIR
        assert [quote["speaker"] for quote in document["quotes"]].count("Ada Lind") == 2
        first = document["quotes"][0]
        assert set(first) == {"text", "speaker", "role", "paragraph", "start", "end"}
    elif suffix == ".csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0][:3] == ["quote", "speaker", "role"]
        assert len(rows) == 4
    else:
        assert text.startswith(f"# Quotes from “{SPRING_FAIR}”")


def test_export_quotes_to_standard_output_is_json_that_json_tool_reads(tmp_path: Path) -> None:
    result = run_reckoning(str(_article(tmp_path)), "--export-quotes", "-", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    quotes = json.loads(result.stdout)["quotes"]
    assert [(q["text"], q["speaker"], q["paragraph"]) for q in quotes] == [("We bake for a week,", "Ada Lind", 0)]
    paragraph = "“We bake for a week,” organiser Ada Lind says."
    assert paragraph[quotes[0]["start"] : quotes[0]["end"]] == "We bake for a week,"
    tool = subprocess.run([sys.executable, "-m", "json.tool"], input=result.stdout, capture_output=True, text=True, check=False)
    assert tool.returncode == 0


def test_export_quotes_of_a_bad_file_is_one_line_and_exit_code_1(tmp_path: Path) -> None:
    result = run_reckoning(str(tmp_path / "missing.txt"), "--export-quotes", "-", tmp_path=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"reckoning: error: {tmp_path / 'missing.txt'} does not exist.\n"


def test_export_quotes_to_an_unknown_format_is_refused(tmp_path: Path) -> None:
    result = run_reckoning("--export-quotes", str(tmp_path / "quotes.pdf"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert "must end in .csv, .md or .json" in result.stderr


def test_the_article_open_at_quit_opens_again_at_the_next_launch(tmp_path: Path) -> None:
    article = _article(tmp_path)
    conf = tmp_path / "config" / "Reckoning" / "Reckoning.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[files]\nlast={article}\n", encoding="utf-8")
    again = run_reckoning("--verbose", "--screenshot", str(tmp_path / "again.png"), tmp_path=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "showing “Fair news” with 1 quotes" in again.stderr
    article.unlink()
    gone = run_reckoning("--verbose", "--screenshot", str(tmp_path / "gone.png"), tmp_path=tmp_path)
    assert gone.returncode == 0, gone.stderr
    assert "showing “Watch Tom Cruise ride a motorcycle off a cliff” with 8 quotes" in gone.stderr
    assert "cannot reopen the last article" in gone.stderr


def test_a_gone_last_article_falls_back_with_a_note(tmp_path: Path, settings: QSettings) -> None:
    recent = RecentFiles(settings)
    recent.set_last(tmp_path / "gone.txt")
    story, path, note = reopen_last_article(recent)
    assert (story.source, path) == ("Entertainment Weekly", None)
    assert note == "gone.txt could not be opened again; showing the cliff-jump story."


def test_closing_remembers_the_open_article(qtbot, window: MainWindow, tmp_path: Path, settings: QSettings) -> None:
    article = _article(tmp_path)
    assert open_and_wait(window, article)
    window.close()
    assert RecentFiles(settings).last() == article
    window.show()
    window.open_bundled_story()
    window.close()
    assert RecentFiles(settings).last() is None


def _recent_menu(window: MainWindow) -> QMenu:
    window.recent_menu.aboutToShow.emit()
    return window.recent_menu


def test_open_recent_lists_the_last_ten_newest_first_and_reopens(qtbot, window: MainWindow, tmp_path: Path) -> None:
    paths = [_article(tmp_path, f"a{n}.txt") for n in range(12)]
    for path in paths:
        assert open_and_wait(window, path)
    texts = [action.text() for action in _recent_menu(window).actions() if action.text()]
    assert texts[:10] == [f"&{n % 10} a{11 - n + 1}.txt" for n in range(1, 11)]
    assert texts[-1] == "&Clear list"
    assert open_and_wait(window, DATA / "second_story.json")
    _recent_menu(window).actions()[1].trigger()
    wait_for_loader(window)
    assert window.story_path == paths[-1]


def test_open_recent_on_a_gone_file_says_so_and_drops_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = _article(tmp_path)
    assert open_and_wait(window, path)
    path.unlink()
    _recent_menu(window).actions()[0].trigger()
    assert window.message_box is not None
    assert window.message_box.text() == f"{path} no longer exists; it is off the list."
    assert [a.text() for a in _recent_menu(window).actions() if a.text()] == ["No recent articles", "&Clear list"]


def test_clear_list_forgets_the_recent_articles(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert open_and_wait(window, _article(tmp_path))
    next(a for a in _recent_menu(window).actions() if a.text() == "&Clear list").trigger()
    assert RecentFiles(window._settings).paths() == []


def _drop(qtbot, target, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return drop


def test_a_file_dropped_on_the_window_opens(qtbot, window: MainWindow) -> None:
    _drop(qtbot, window, DATA / "second_story.json")
    wait_for_loader(window)
    assert window.model.story.headline == SPRING_FAIR


def test_a_bad_file_dropped_gets_the_same_dialog(qtbot, window: MainWindow) -> None:
    before = window.model.story
    _drop(qtbot, window, DATA / "broken_story.json")
    wait_for_loader(window)
    assert window.model.story is before
    assert window.message_box is not None
    assert window.message_box.windowTitle() == "Cannot open story"


@pytest.mark.parametrize("tab", ["article", "quotes"])
def test_a_file_dropped_on_a_tab_opens_too(qtbot, window: MainWindow, tab: str) -> None:
    window.show_tab(tab)
    target = window.article_view.viewport() if tab == "article" else window.quotes_view.list_view.viewport()
    _drop(qtbot, target, DATA / "second_story.json")
    wait_for_loader(window)
    assert window.model.story.headline == SPRING_FAIR


# --- every kind of article, every way in ------------------------------------------------------------

ARTICLES = {
    "plain text": (CORPUS / "01_says_after.txt", "Bakery wins the county prize"),
    "Markdown": (CORPUS / "16_markdown.md", "Museum reopens its doors"),
    "saved web page": (DATA / "harbour_news.html", "Ferry terminal to reopen after decade-long fight"),
}


@pytest.mark.parametrize(("path", "headline"), ARTICLES.values(), ids=ARTICLES.keys())
def test_each_kind_opens_dropped_and_from_open_recent(qtbot, window: MainWindow, path: Path, headline: str) -> None:
    _drop(qtbot, window, path)
    wait_for_loader(window)
    assert window.model.story.headline == headline
    window.open_bundled_story()
    texts = [action.text() for action in _recent_menu(window).actions()]
    assert texts[0] == f"&1 {path.name}"
    _recent_menu(window).actions()[0].trigger()
    wait_for_loader(window)
    assert window.model.story.headline == headline


@pytest.mark.parametrize(("path", "headline"), ARTICLES.values(), ids=ARTICLES.keys())
def test_each_kind_opens_from_the_command_line_and_exports_its_quotes(tmp_path: Path, path: Path, headline: str) -> None:
    shown = run_reckoning(str(path), "--verbose", "--screenshot", str(tmp_path / "shot.png"), tmp_path=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert f"showing “{headline}” with" in shown.stderr
    exported = run_reckoning(str(path), "--export-quotes", "-", tmp_path=tmp_path)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(exported.stdout)
    assert document["headline"] == headline
    assert document["quotes"], "every one of these articles has quotes"
