"""The Article tab: the typeset story, find, zoom, page themes, printing."""
