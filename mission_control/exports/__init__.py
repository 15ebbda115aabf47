"""Exports: a whole org as JSON Lines in one zip, with a manifest."""
