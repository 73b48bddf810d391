"""Reckoning: a desktop reader for one news story, its quotes and its dates."""

__version__ = "0.1.0"

# The tabs in window order, by the names the command line and settings use.
TAB_NAMES = ("article", "quotes", "countdown")
