"""The ``focuscheck`` command line."""

from focuscheck.cli.launch import main

__all__ = ["main"]
