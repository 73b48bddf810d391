"""Opening a plain-text or Markdown article: all three tabs fill from what the extractor
finds, and the bundled story comes back with one menu item."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from gui.main_window import MainWindow
from gui.story import Story
from tests.conftest import DATA
from tests.helpers import open_through_the_menu, run_reckoning, trigger_menu_action

CORPUS = DATA / "corpus"


def test_a_markdown_article_fills_every_tab_and_the_bundled_story_returns(
    qtbot, window: MainWindow, seed_story: Story, monkeypatch
) -> None:
    open_through_the_menu(window, CORPUS / "16_markdown.md", monkeypatch)

    assert window.message_box is None
    article = window.article_view.toPlainText()
    assert article.startswith("Museum reopens its doors\nThe west wing is back after a two-year restoration.")
    assert "19 December 2022" in article
    assert window.windowTitle() == "Museum reopens its doors — Reckoning"

    window.show_tab("quotes")
    quotes = window.quotes_view
    assert quotes.count_label.text() == "1 of 1 quote"
    assert [quote.speaker.label for quote in quotes.visible_quotes()] == ["Karin Holt, director"]

    window.show_tab("countdown")
    countdown = window.countdown_view
    assert countdown.title_label.text() == "The article is published"
    assert countdown.headline_label.text() == "Published 3 years, 11 months and 5 days ago"

    trigger_menu_action(window, "Open the &cliff-jump story")
    assert window.model.story == seed_story
    assert quotes.count_label.text() == "8 of 8 quotes"
    assert countdown.title_label.text() == "Mission: Impossible – Dead Reckoning Part One in US theaters"
    assert window.article_view.toPlainText().startswith("Watch Tom Cruise ride a motorcycle off a cliff")


def test_an_article_without_quotes_or_dates_opens_with_empty_states(window: MainWindow, monkeypatch) -> None:
    open_through_the_menu(window, CORPUS / "17_no_quotes.txt", monkeypatch)

    assert window.message_box is None
    assert window.article_view.toPlainText().startswith("Quiet day at the port")
    window.show_tab("quotes")
    assert window.quotes_view.count_label.text() == "0 of 0 quotes"
    assert window.quotes_view.empty_label.isVisible()
    assert window.quotes_view.empty_label.text() == "This story has no quotes."
    window.show_tab("countdown")
    view = window.countdown_view
    assert view.empty_label.isVisible()
    assert not view.count_page.isVisible()
    assert not view.ticker.is_running()
    assert not window.export_event_action.isEnabled()


def test_a_release_date_in_the_text_is_counted_to(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    article = tmp_path / "premiere.txt"
    article.write_text(
        "Festival film gets a date\n\nThe film opens in theaters on July 14, 2027, the studio says. "
        '"We could not be prouder," director Noor Saleh says.\n',
        encoding="utf-8",
    )
    open_through_the_menu(window, article, monkeypatch)

    window.show_tab("countdown")
    view = window.countdown_view
    assert view.title_label.text() == "The film opens in theaters on July 14, 2027"
    assert view.date_label.text() == "Wednesday, 14 July 2027, counted from local midnight (Europe/Oslo)"
    assert view.headline_label.text() == "In 232 days"
    assert window.export_event_action.isEnabled()


def test_a_month_is_counted_from_its_first_day(window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    article = tmp_path / "sequel.md"
    article.write_text("# Sequel announced\n\nThe sequel is set to hit theaters in March 2027.\n", encoding="utf-8")
    open_through_the_menu(window, article, monkeypatch)

    window.show_tab("countdown")
    view = window.countdown_view
    assert view.date_label.text() == "March 2027, counted from its first day, at local midnight (Europe/Oslo)"
    assert view.history_label.text() == "The article said “March 2027”."
    assert view.headline_label.text() == "In 97 days"


def test_the_command_line_opens_an_article(tmp_path: Path) -> None:
    shot = tmp_path / "quotes.png"
    result = run_reckoning("--article", str(CORPUS / "04_split_quote.txt"), "--tab", "quotes", "--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(shot)).isNull()


def test_a_saved_web_page_fills_every_tab(window: MainWindow, monkeypatch) -> None:
    open_through_the_menu(window, DATA / "harbour_news.html", monkeypatch)

    assert window.message_box is None
    assert window.windowTitle() == "Ferry terminal to reopen after decade-long fight — Reckoning"
    article = window.article_view.toPlainText()
    assert article.startswith("Ferry terminal to reopen after decade-long fight\nThe city council votes to bring boats back")
    assert "The Fjord Post" in article
    assert "Advertisement" not in article
    window.show_tab("quotes")
    assert window.quotes_view.count_label.text() == "6 of 6 quotes"
    assert window.quotes_view.visible_quotes()[0].speaker.label == "Karin Holt, mayor"
    window.show_tab("countdown")
    assert window.countdown_view.title_label.text() == "Work on the terminal is set to start in September 2023"


def test_the_command_line_opens_a_saved_web_page(tmp_path: Path) -> None:
    shot = tmp_path / "page.png"
    result = run_reckoning("--article", str(DATA / "harbour_news.html"), "--tab", "quotes", "--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not QImage(str(shot)).isNull()
