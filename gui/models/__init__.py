"""Qt without widgets: the one story model and its shared selection, the quote filter, the clock, the background loader."""
