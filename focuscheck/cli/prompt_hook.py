"""``focuscheck prompt``: a short marker for the shell prompt, only when a check-in is owed.

A prompt runs this before every line the shell shows, so it answers from the
journal's small state file with the standard library alone (no click, TinyDB
or Textual), opens the journal only when the state file cannot say, and never
gets in the way: whatever goes wrong, it prints nothing and exits 0.  Only a
``--format`` it cannot fill in is reported (on stderr, exit 2), so a person
setting up the prompt sees the mistake.

Its cost is mostly imports, so everything on the way from the console script
to the marker keeps off ``typing``, ``dataclasses``, ``pathlib`` and
``contextlib``, and the message catalog is read only when there is something
to say (see ``BENCHMARKS.md``).
"""

from __future__ import annotations

import sys

from focuscheck.cli.launch import PROMPT_COMMAND as COMMAND
from focuscheck.cli.launch import choose_language, option_value, sole_command
from focuscheck.locations import data_folder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Final

    from focuscheck.cli.context import AppContext

FORMAT_OPTION: Final = "--format"


class PromptRequest:
    """What ``focuscheck [global options] prompt [--format TEXT]`` asks for."""

    __slots__ = ("global_args", "text")

    def __init__(self, global_args: list[str], text: str | None) -> None:
        self.global_args: Final = global_args
        """``--lang`` and ``--data-dir`` as given before the command."""
        self.text: Final = text
        """The ``--format`` text, None for the built-in marker."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PromptRequest):
            return NotImplemented
        return (self.global_args, self.text) == (other.global_args, other.text)

    def __repr__(self) -> str:
        return f"PromptRequest(global_args={self.global_args!r}, text={self.text!r})"


def prompt_request(argv: Sequence[str]) -> PromptRequest | None:
    """The request when ``argv`` is a plain prompt call; None to let the command line parse it."""
    args = list(argv)
    if COMMAND not in args:
        return None
    at = args.index(COMMAND)
    head, rest = args[:at], args[at + 1 :]
    if sole_command([*head, COMMAND], {COMMAND: COMMAND}) is None:
        return None
    text: str | None = None
    while rest:
        arg = rest.pop(0)
        if arg == FORMAT_OPTION and rest and text is None:
            text = rest.pop(0)
        elif arg.startswith(FORMAT_OPTION + "=") and text is None:
            text = arg.split("=", 1)[1]
        else:
            return None  # --help, a typo…: the command line explains
    return PromptRequest(head, text)


def run_prompt(request: PromptRequest) -> int:
    """Print the marker for ``request``; the exit status (0 unless ``--format`` is bad)."""
    from focuscheck.domain.day_text import PromptFormatError, check_prompt_format
    from focuscheck.i18n import _, set_language
    from focuscheck.i18n.domains import SOURCE_LANGUAGE

    try:
        choose_language(request.global_args)
    except Exception:  # a prompt never fails for the language: it speaks English
        set_language(SOURCE_LANGUAGE)
    try:
        text = None if request.text is None else check_prompt_format(request.text)
    except PromptFormatError as error:
        print(_("Error: {message}").format(message=error), file=sys.stderr)
        return error.EXIT_STATUS
    try:
        folder = data_folder(option_value(request.global_args, "--data-dir"))
        marker = _quick_marker(folder, text)
        if marker is None:
            marker = journal_marker(_context(folder), text)
        if marker:
            print(marker, flush=True)
    except Exception:  # the shell must go on: no traceback, no message, no delay
        return 0
    return 0


def _quick_marker(folder: str, text: str | None) -> str | None:
    """The marker from the state file alone; None when it cannot say."""
    from focuscheck.cli.context import clock_from_environment
    from focuscheck.domain.day_text import prompt_marker
    from focuscheck.storage.quick_status import read_status

    result = read_status(folder, clock_from_environment().today())
    return None if result is None else prompt_marker(result, text)


def _context(folder: str) -> AppContext:
    from pathlib import Path

    from focuscheck.cli.context import AppContext, clock_from_environment

    return AppContext(data_dir=Path(folder), clock=clock_from_environment())


def journal_marker(context: AppContext, text: str | None) -> str:
    """The marker from the journal itself (which also brings the state file up to date)."""
    from focuscheck.domain.day_text import prompt_marker
    from focuscheck.domain.summary import day_status

    service = context.service()
    today = day_status(service.entries(), service.settings(), context.clock.today())
    return prompt_marker(today, text)
