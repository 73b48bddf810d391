"""Reckoning: a desktop reader for one news story, its quotes and its dates."""

__version__ = "0.1.0"

# The tabs in window order, by the names the command line and settings use.
TAB_NAMES = ("article", "quotes", "countdown")

# Installed, this package is not called `gui` (see pyproject.toml): name its data by its own name.
RESOURCES = f"{__name__}.resources"
