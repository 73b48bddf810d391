"""Run Reckoning from a checkout: `python main.py --help`."""

import sys

from gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
