"""The command line: `reckoning [--tab …] [--article FILE] [--now …] [--screenshot PNG]`.

It lives in the package, not in main.py, so the installed `reckoning` command and
`python main.py` in a checkout are the same program.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn

import gui
from gui.log_setup import configure_logging


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
    parser.add_argument("--tab", choices=gui.TAB_NAMES, help="the tab to open on")
    parser.add_argument(
        "--article",
        type=Path,
        metavar="FILE",
        help="a story (JSON) or an article as plain text or Markdown to open instead of the bundled story",
    )
    parser.add_argument(
        "--now",
        type=iso_datetime,
        metavar="ISO-DATETIME",
        help="start the clock at this moment (local time unless it names an offset), e.g. 2023-07-01T12:00",
    )
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png", help="render the window to a PNG file and exit")
    parser.add_argument(
        "--reset-settings", action="store_true", help="forget the window, tab, zoom, page theme, copy form, favourites and time zone"
    )
    parser.add_argument("--verbose", action="store_true", help="log what the app does on stderr")
    parser.add_argument("--version", action="version", version=f"Reckoning {gui.__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    options = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    configure_logging(options.verbose)
    # Qt is imported only once the arguments are good: `--help` and errors stay instant.
    from gui.app import LaunchOptions, run

    return run(
        LaunchOptions(
            tab=options.tab, article=options.article, now=options.now, screenshot=options.screenshot, reset_settings=options.reset_settings
        )
    )
