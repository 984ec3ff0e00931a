"""Running the terminal app, without click, so that opening it stays quick.

The modules of the screen the app opens on are imported here, before the app
starts its loop (the app itself imports its screens when it first shows them):
once it runs, it only composes and paints.
"""

from __future__ import annotations

import importlib
import sys
from datetime import date

from focuscheck.app import Start, make_app
from focuscheck.cli.context import AppContext, has_terminal
from focuscheck.i18n import _

EXIT_ERROR = 1


def import_first_screen(start: Start) -> None:
    """Import the modules of the screen the app opens on at ``start``, and only those."""
    if start is Start.CHECKIN:
        from focuscheck.domain.checkin_form import STEPS
        from focuscheck.screens.checkin.flow import STEP_SCREENS

        module_name, _class_name = STEP_SCREENS[STEPS[0]]
        importlib.import_module(module_name)
    else:
        importlib.import_module("focuscheck.screens.home")


def run_tui(context: AppContext, start: str, day: date | None = None) -> int:
    """Run the terminal app from ``start`` (a check-in: about ``day``); returns the exit code."""
    if not has_terminal():
        print(
            _(
                "focuscheck needs a terminal for its screens. Without one, try "
                "'focuscheck status' or 'focuscheck history', or see 'focuscheck --help'."
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    app = make_app(data_dir=context.data_dir, clock=context.clock, start=start, day=day)
    import_first_screen(app.start)
    try:
        app.run()
    finally:
        # Writes asked for before quitting (the draft) finish before the process ends.
        app.service.close()
    return app.return_code or 0
