"""The Quotes tab: the quote list, its filter bar and detail pane, copying and dragging."""
