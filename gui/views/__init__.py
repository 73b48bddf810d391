"""The three tabs, one view per file; each reads the one model and keeps no data."""
