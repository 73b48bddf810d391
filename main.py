"""Run Reckoning from a checkout: `python main.py --help`.

Its dependencies come with the project's install (`make run` makes one in .venv); run
without them, this says so in one line rather than with a traceback.
"""

from __future__ import annotations

import sys
from importlib.util import find_spec

# pyproject.toml's dependencies by distribution and by the module each one brings
# (tests/app/test_packaging.py keeps the two lists together).
DEPENDENCIES = {
    "PySide6-Essentials": "PySide6",
    "trafilatura": "trafilatura",
    "lxml_html_clean": "lxml_html_clean",
    "markdown-it-py": "markdown_it",
    "tzdata": "tzdata",
}
ONLY_ON = {"tzdata": "win32"}


def missing_dependencies() -> list[str]:
    return [name for name, module in DEPENDENCIES.items() if ONLY_ON.get(name, sys.platform) == sys.platform and find_spec(module) is None]


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The desktop bundle (make bundle): its reader processes start as this same executable,
        # and multiprocessing takes those runs over here.
        import multiprocessing

        multiprocessing.freeze_support()
    if sys.version_info < (3, 11):  # noqa: UP036 -- main.py is what an older Python runs first
        sys.exit(f"main.py: Reckoning needs Python 3.11 or newer, and this is {sys.version.split()[0]}")
    missing = missing_dependencies()
    if missing:
        sys.exit(
            f"main.py: {', '.join(missing)} not installed for {sys.executable}: run `make run` "
            "(or `pip install -e .` in a venv, then `reckoning`)"
        )
    from gui.cli import main

    sys.exit(main())
