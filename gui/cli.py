"""The command line: `reckoning [FILE] [--tab …] [--now …] [--screenshot PNG] [--export-quotes OUT]`.

It lives in the package, not in main.py, so the installed `reckoning` command and
`python main.py` in a checkout are the same program.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from . import TAB_NAMES, __version__
from .log_setup import configure_logging

log = logging.getLogger(__name__)
# What File › Open and the command line accept, in words for a person.
OPENABLE = "plain text (.txt), Markdown (.md), a saved web page (.html) or a Reckoning story (.json)"


class OneLineErrorParser(argparse.ArgumentParser):
    """Reports a bad argument in one line on stderr, exit code 2, as a command should."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def iso_datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not an ISO date and time such as 2023-07-01T12:00") from None


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineErrorParser(
        prog="reckoning",
        description="Read the Entertainment Weekly story of Tom Cruise's cliff jump, browse and copy its quotes, "
        "and count to the release of Mission: Impossible – Dead Reckoning Part One.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help=f"an article to open instead of the bundled story: {OPENABLE}",
    )
    parser.add_argument("--tab", choices=TAB_NAMES, help="the tab to open on")
    parser.add_argument("--article", type=Path, metavar="FILE", help="the same as FILE")
    parser.add_argument(
        "--now",
        type=iso_datetime,
        metavar="ISO-DATETIME",
        help="start the clock at this moment (local time unless it names an offset), e.g. 2023-07-01T12:00",
    )
    # Both outputs are kept as typed: Path("") would be ".", and an empty name must be told apart.
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG file and exit")
    parser.add_argument(
        "--export-quotes",
        metavar="OUT",
        help="write the quotes of FILE (or of the bundled story) to OUT and exit, without a window: "
        "CSV, Markdown or JSON by OUT's suffix (.csv, .md, .json); - writes JSON to standard output",
    )
    parser.add_argument(
        "--reset-settings", action="store_true", help="forget the window, tab, zoom, page theme, copy form, favourites and time zone"
    )
    parser.add_argument("--verbose", action="store_true", help="log what the app does on stderr")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="put Reckoning in this user's application menu (Linux and BSD desktops), running this command, and exit",
    )
    desktop.add_argument("--uninstall-desktop", action="store_true", help="take Reckoning out of this user's application menu and exit")
    parser.add_argument("--version", action="version", version=f"Reckoning {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    options = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if options.file and options.article:
        parser.error("give the article once: as FILE or as --article FILE, not both")
    article = options.file or options.article
    problems = output_problems(options.export_quotes, options.screenshot, article)
    if problems:
        parser.error(problems[0])
    configure_logging(options.verbose)
    if options.install_desktop or options.uninstall_desktop:
        from . import desktop_entry

        return desktop_entry.install_command() if options.install_desktop else desktop_entry.uninstall_command()
    if options.export_quotes is not None:
        return export_quotes(article, Path(options.export_quotes))
    # Qt is imported only once the arguments are good: `--help` and errors stay instant.
    from .app import LaunchOptions, run

    return run(
        LaunchOptions(
            tab=options.tab,
            article=article,
            now=options.now,
            screenshot=None if options.screenshot is None else Path(options.screenshot),
            reset_settings=options.reset_settings,
        )
    )


def output_problems(export: str | None, screenshot: str | None, article: Path | None) -> list[str]:
    """What is wrong with the files `--export-quotes` and `--screenshot` would write, as argument errors.

    Looked at before anything is read or written: a wrong name costs nothing, and nothing
    that blocks (a named pipe) or that the story comes from (the article itself) is opened.
    """
    from .export_target import bundled_story_files, story_files

    reading = bundled_story_files() if article is None else story_files(article)
    problems = []
    if export is not None and export != "-":
        problems += _output_problem("--export-quotes", export, export_format(Path(export)) is not None, reading, article)
    if screenshot is not None:
        problems += _output_problem("--screenshot", screenshot, Path(screenshot).suffix.lower() == ".png", reading, article)
    return problems


# What each output option is given, as its messages say it.
_EXAMPLE = {"--export-quotes": "quotes.csv (or - for standard output)", "--screenshot": "window.png"}
_SUFFIXES = {"--export-quotes": ".csv, .md or .json, or be - for standard output", "--screenshot": ".png"}


def _output_problem(option: str, out: str, suffix_known: bool, reading: list[Path], article: Path | None) -> list[str]:
    from .export_target import Refusal, refusal

    why = refusal(out, reading)
    if why is Refusal.NO_NAME:
        return [f"{option} needs a file name, such as {_EXAMPLE[option]}"]
    if not suffix_known:
        return [f"{option}: {out} must end in {_SUFFIXES[option]}"]
    if why is Refusal.NOT_A_FILE:
        return [f"{option}: {out} is not a regular file (a named pipe, a device or a folder); give a file's name"]
    if why is Refusal.READ_FROM:
        what = "the article being read" if article else "a file of the bundled story"
        return [f"{option}: {out} is {what}; writing there would replace it, give another name"]
    return []


def export_format(out: Path) -> str | None:
    """The format `--export-quotes OUT` writes: by OUT's suffix, JSON for standard output."""
    if str(out) == "-":
        return "json"
    return {".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".json": "json"}.get(out.suffix.lower())


def export_quotes(article: Path | None, out: Path) -> int:
    """Write the quotes of `article` to `out` with no window and no Qt event loop; the exit code."""
    from .story.loader import StoryError, load_bundled_story, load_story
    from .story.quote_export import quotes_csv, quotes_json, quotes_markdown

    try:
        story = load_bundled_story() if article is None else load_story(article)
    except StoryError as error:
        log.error("%s", error)
        return 1
    writers = {"csv": quotes_csv, "markdown": quotes_markdown, "json": quotes_json}
    text = writers[export_format(out) or "json"](story.quotes, story)
    if str(out) == "-":
        return _write_to_standard_output(text)
    from .export_target import write_whole

    failure = write_whole(out, text.encode("utf-8"))
    if failure is not None:
        log.error("%s could not be written: %s", out, failure)
        return 1
    log.info("%d quotes written to %s", len(story.quotes), out)
    return 0


def _write_to_standard_output(text: str) -> int:
    """`text` on standard output; a closed, full or broken one is one line on stderr and exit code 1."""
    if sys.stdout is None:
        log.error("the quotes could not be written: standard output is closed")
        return 1
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as error:
        # What could not be written stays buffered; Python would try again at exit and print
        # a traceback, so standard output is pointed at nothing first.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if isinstance(error, BrokenPipeError):
            return 0  # the reader stopped reading (`| head`): what it wanted it has
        log.error("the quotes could not be written to standard output: %s", error.strerror or error)
        return 1
    return 0
