"""chitieu: plan a public agency's year, track it, report on it."""

__version__ = "0.1.0"
