"""Reckoning: a desktop reader for one news story, its quotes and its dates."""

__version__ = "0.1.0"

# The tabs in window order, by the names the command line and settings use.
TAB_NAMES = ("article", "quotes", "countdown")

# Installed, this package is `reckoning_reader` and its data ships inside it (see pyproject.toml);
# in a checkout it is the folder gui/ and the data is the folder resources/ beside it.
RESOURCES = "resources" if __name__ == "gui" else f"{__name__}.resources"
