"""annotator: an offline right-to-left annotation workbench for fact-checkers."""

__version__ = "0.1.0"
