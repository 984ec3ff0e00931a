"""The ``focuscheck`` command: global options, language set-up and error handling.

Commands are built after the language is known, so their help reads in the
person's language; each area registers its own commands.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

import click

from focuscheck import __version__
from focuscheck.cli.common import EXIT_ERROR, AppContext, clock_from_environment, echo_error
from focuscheck.cli.launch import choose_language
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _
from focuscheck.i18n.domains import LANGUAGES
from focuscheck.locations import data_dir

ENV_DEBUG = "FOCUSCHECK_DEBUG"


def build_cli() -> click.Group:
    """The command group with every area's commands, in the current language."""

    @click.group(
        invoke_without_command=True,
        help=_(
            "A daily two-minute check on keeping the customer first. "
            "Without a command, opens the home screen."
        ),
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    @click.version_option(
        __version__,
        "--version",
        prog_name="focuscheck",
        message="%(prog)s %(version)s",
        help=_("Show the version and exit."),
    )
    @click.option("--lang", type=click.Choice(LANGUAGES), help=_("Language: en or sv."))
    @click.option(
        "--data-dir",
        "data_dir_option",
        type=click.Path(file_okay=False, path_type=str),
        metavar=_("FOLDER"),
        help=_("Folder for the journal (default: $FOCUSCHECK_DATA_DIR or your user data folder)."),
    )
    @click.pass_context
    def cli(ctx: click.Context, lang: str | None, data_dir_option: str | None) -> None:
        ctx.obj = AppContext(data_dir=data_dir(data_dir_option), clock=clock_from_environment())
        # Runs when the command ends, whether it succeeded or failed.
        ctx.call_on_close(ctx.obj.show_warnings)
        if ctx.invoked_subcommand is None:
            from focuscheck.cli.tui_cmds import open_home

            open_home(ctx)

    from focuscheck.cli import (
        away_cmds,
        backlog_cmds,
        backup_cmds,
        checkin_cmds,
        insights_cmds,
        journal_cmds,
        prompt_cmds,
        remind_cmds,
    )

    for module in (
        checkin_cmds,
        journal_cmds,
        away_cmds,
        backup_cmds,
        insights_cmds,
        backlog_cmds,
        prompt_cmds,
        remind_cmds,
    ):
        module.register(cli)
    for name in ("coach_cmds", "retro_cmds"):
        _register_optional(cli, name)
    _translate_usage(cli)
    return cli


def _translate_usage(command: click.Command) -> None:
    """Usage lines in the current language ("[OPTIONS]", "COMMAND [ARGS]...")."""
    command.options_metavar = _("[OPTIONS]")
    if isinstance(command, click.Group):
        command.subcommand_metavar = _("COMMAND [ARGS]...")
        for sub in command.commands.values():
            _translate_usage(sub)


def _register_optional(cli: click.Group, name: str) -> None:
    import importlib

    try:
        module = importlib.import_module(f"focuscheck.cli.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"focuscheck.cli.{name}":
            raise
        return
    module.register(cli)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``focuscheck`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        choose_language(args)
        result = build_cli().main(args=args, prog_name="focuscheck", standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Exit as error:
        sys.exit(error.exit_code)
    except click.Abort:
        echo_error(_("Aborted."))
        sys.exit(EXIT_ERROR)
    except FocuscheckError as error:
        echo_error(str(error))
        sys.exit(error.EXIT_STATUS)
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # Output piped into `head` and the like: stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_ERROR)
    except Exception as error:
        if os.environ.get(ENV_DEBUG):
            raise
        echo_error(
            _(
                "unexpected problem ({kind}: {detail}). Nothing was changed; please report it."
            ).format(kind=type(error).__name__, detail=str(error)[:200])
        )
        sys.exit(70)
    sys.exit(result if isinstance(result, int) else 0)
