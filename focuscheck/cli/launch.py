"""The ``focuscheck`` entry point: the terminal app straight away, or the command line.

Bare ``focuscheck`` and ``focuscheck checkin`` (with only ``--lang`` and
``--data-dir``) open the terminal app without building the click command
group, so the first screen paints about as fast as a bare Textual app.
``focuscheck status`` and ``focuscheck prompt`` answer from the journal's small
state file when they can (see :mod:`focuscheck.storage.quick_status`), for
shell prompts and reminders.
Everything else goes to :func:`focuscheck.cli.main.main`.  Those two run
before every shell prompt, so nothing on their way imports ``typing``,
``dataclasses`` or ``pathlib``.
"""

from __future__ import annotations

import sys

from focuscheck.i18n import language_from_environment, normalize_language, set_language
from focuscheck.locations import data_dir, data_folder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from typing import Final

_GLOBAL_OPTIONS: Final = ("--lang", "--data-dir")
_TUI_COMMANDS: Final = {None: "home", "checkin": "checkin"}
_STATUS_COMMAND: Final[dict[str | None, str]] = {"status": "status"}
PROMPT_COMMAND: Final = "prompt"
"""Answered by :mod:`focuscheck.cli.prompt_hook`, imported only when this word is there."""


def option_value(argv: Sequence[str], name: str) -> str | None:
    """The value of a global option in ``argv`` before the command is parsed."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == name and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def choose_language(argv: Sequence[str]) -> None:
    """``--lang``, else the saved setting, else the system locale."""
    asked = normalize_language(option_value(argv, "--lang"))
    if asked is None:
        from focuscheck.storage.peek import saved_language

        folder = data_folder(option_value(argv, "--data-dir"))
        asked = saved_language(folder) or language_from_environment()
    set_language(asked)


def tui_start(argv: Sequence[str]) -> str | None:
    """The screen to open when ``argv`` asks for nothing but the app; else None."""
    return sole_command(argv, _TUI_COMMANDS)


def sole_command(argv: Sequence[str], commands: Mapping[str | None, str]) -> str | None:
    """What ``commands`` says for the one command ``argv`` names with only global options."""
    command: str | None = None
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in _GLOBAL_OPTIONS and rest and command is None:
            value = rest.pop(0)
            if arg == "--lang" and normalize_language(value) is None:
                return None  # let the command line explain the bad value
        elif any(arg.startswith(name + "=") for name in _GLOBAL_OPTIONS) and command is None:
            if arg.startswith("--lang=") and normalize_language(arg.split("=", 1)[1]) is None:
                return None
        elif arg in commands and command is None:
            command = arg
        else:
            return None
    return commands.get(command)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``focuscheck`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    if PROMPT_COMMAND in args:
        from focuscheck.cli.prompt_hook import prompt_request, run_prompt

        prompt = prompt_request(args)
        if prompt is not None:
            sys.exit(run_prompt(prompt))
    if sole_command(args, _STATUS_COMMAND) is not None:
        quick = _quick_status(args)
        if quick is not None:
            sys.exit(quick)
    start = tui_start(args)
    if start is None:
        from focuscheck.cli.main import main as command_line

        command_line(args)
        return
    sys.exit(_open_app(args, start))


def _open_app(args: list[str], start: str) -> int:
    from focuscheck.cli.context import AppContext, clock_from_environment
    from focuscheck.cli.tui_run import run_tui
    from focuscheck.domain.errors import FocuscheckError

    try:
        choose_language(args)
        context = AppContext(
            data_dir=data_dir(option_value(args, "--data-dir")), clock=clock_from_environment()
        )
        return run_tui(context, start)
    except FocuscheckError as error:
        from focuscheck.i18n import _

        print(_("Error: {message}").format(message=error), file=sys.stderr)
        return error.EXIT_STATUS
    except KeyboardInterrupt:
        return 130


def _quick_status(args: list[str]) -> int | None:
    """``focuscheck status`` from the state file alone; None when the command line must answer."""
    from focuscheck.cli.context import clock_from_environment
    from focuscheck.domain.day_text import status_exit, status_lines
    from focuscheck.domain.errors import FocuscheckError
    from focuscheck.storage.quick_status import read_status

    try:
        today = clock_from_environment().today()
    except FocuscheckError:
        return None  # the command line explains the bad value
    folder = data_folder(option_value(args, "--data-dir"))
    result = read_status(folder, today)
    if result is None:
        return None
    choose_language(args)
    print("\n".join(status_lines(result)))
    return status_exit(result)
