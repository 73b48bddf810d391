"""Where the app's log goes: stderr, one line a record, as command-line tools write.

Warnings and errors always show; `--verbose` adds what the app does step by step.
"""

from __future__ import annotations

import logging
import sys

PROGRAM = "reckoning"


class OneLineFormatter(logging.Formatter):
    """ "reckoning: error: …" for problems; the logger's name too in verbose detail."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info:
            message = f"{message}\n{self.formatException(record.exc_info)}"
        if record.levelno >= logging.WARNING:
            return f"{PROGRAM}: {record.levelname.lower()}: {message}"
        return f"{PROGRAM}: {record.name}: {message}"


def configure_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(OneLineFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
