"""Running the terminal app, without click, so that opening it stays quick."""

from __future__ import annotations

import sys

from focuscheck.cli.context import AppContext, has_terminal
from focuscheck.i18n import _

EXIT_ERROR = 1


def run_tui(context: AppContext, start: str) -> int:
    """Run the terminal app from ``start``; returns the exit code."""
    if not has_terminal():
        print(
            _(
                "focuscheck needs a terminal for its screens. Without one, try "
                "'focuscheck status' or 'focuscheck history', or see 'focuscheck --help'."
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    from focuscheck.app import make_app

    app = make_app(data_dir=context.data_dir, clock=context.clock, start=start)
    try:
        app.run()
    finally:
        # Writes asked for before quitting (the draft) finish before the process ends.
        app.service.close()
    return app.return_code or 0
