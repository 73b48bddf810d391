"""What Reckoning remembers between runs, read by type, and what happens when the settings file is damaged."""
