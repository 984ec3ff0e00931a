"""The ``focuscheck`` command line."""

from focuscheck.cli.main import main

__all__ = ["main"]
