"""``focuscheck retro`` (the team's retrospective opener) and ``focuscheck serve``."""

from __future__ import annotations

import ipaddress
import os
import shlex
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Final

import click

from focuscheck.cli.common import EXIT_ERROR, AppContext, DateParam, app_context, echo_error
from focuscheck.cli.context import has_terminal
from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _, current_language

if TYPE_CHECKING:
    from focuscheck.screens.retro.app import RetroApp
    from focuscheck.screens.retro.member_app import MemberApp

DEFAULT_HOST: Final = "127.0.0.1"
DEFAULT_PORT: Final = 8000
TOKEN_VARIABLE: Final = "FOCUSCHECK_SERVE_TOKEN"
"""Where ``--token`` may come from instead of the command line."""
MEMBER_COMMAND: Final = "retro-member"
"""The hidden command a retro's join link runs: a member's screen and nothing else."""


def register(cli: click.Group) -> None:
    """Add ``retro`` and ``serve`` to ``cli``."""

    @cli.group(
        "retro",
        invoke_without_command=True,
        help=_(
            "Open a team retrospective with the customer at the centre: timed questions, "
            "hidden answers revealed together, a board to pick from, actions with owners, "
            "and a Markdown summary. Nothing is written into anyone's journal. "
            "retro actions lists the actions outside a retro."
        ),
    )
    @click.option(
        "--out",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar=_("FILE"),
        help=_("Summary file (default: retro-YYYY-MM-DD.md in the current folder)."),
    )
    @click.option(
        "--from",
        "from_folder",
        type=click.Path(exists=True, path_type=Path),
        metavar=_("FOLDER"),
        help=_("Open with a summary of the team's anonymized exports in this folder."),
    )
    @click.option(
        "--since", type=DateParam(), help=_("With --from: only check-ins since this date.")
    )
    @click.option(
        "--join", "join_code", metavar=_("CODE"), help=_("Join a shared retro with its code.")
    )
    @click.pass_context
    def retro(
        ctx: click.Context,
        out: Path | None,
        from_folder: Path | None,
        since: date | None,
        join_code: str | None,
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        context = app_context()
        if since is not None and from_folder is None:
            raise click.UsageError(_("--since needs --from FOLDER"))
        if out is not None and not out.expanduser().parent.is_dir():
            raise click.UsageError(_("the folder of {path} does not exist").format(path=out))
        if not has_terminal():
            echo_error(
                _("the retro needs a terminal. To run it in a browser: focuscheck serve retro")
            )
            ctx.exit(EXIT_ERROR)
        if join_code is not None:
            _make_member_app(context, join_code).run()
            return
        _make_app(context, out, from_folder, since).run()

    from focuscheck.cli.retro_actions_cmds import actions_group

    retro.add_command(actions_group())

    @cli.command(
        MEMBER_COMMAND,
        hidden=True,
        help=_(
            "A member's screen of a shared retro: join with the code, answer, see the board. "
            "What the join link of focuscheck serve retro opens."
        ),
    )
    def retro_member() -> None:
        _make_member_app(app_context(), None).run()

    @cli.command(
        "serve",
        help=_(
            "Serve the app in a web browser, to whoever has the link it prints. COMMAND is "
            "what to serve, like retro (default: the home screen); serving retro also prints "
            "a join link for the members. Listens on this computer only unless --host says "
            "otherwise."
        ),
        context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False},
    )
    @click.option(
        "--host",
        default=DEFAULT_HOST,
        show_default=True,
        metavar=_("ADDRESS"),
        help=_("Address to listen on."),
    )
    @click.option(
        "--port",
        type=click.IntRange(1, 65535),
        metavar=_("PORT"),
        default=DEFAULT_PORT,
        show_default=True,
        help=_("Port to listen on."),
    )
    @click.option(
        "--token",
        envvar=TOKEN_VARIABLE,
        show_envvar=True,
        metavar=_("TOKEN"),
        help=_(
            "The secret in the link to open (default: a new random one each time). Given in "
            "the environment, other users of this computer cannot see it, as they can on the "
            "command line."
        ),
    )
    @click.argument("command", nargs=-1, type=click.UNPROCESSED, metavar=_("[COMMAND]..."))
    def serve(host: str, port: int, token: str | None, command: tuple[str, ...]) -> None:
        context = app_context()
        # The app processes the server starts have no use for it.
        os.environ.pop(TOKEN_VARIABLE, None)
        try:
            from focuscheck.serving.access import checked_token, new_token
            from focuscheck.serving.server import JOIN_PATH, GuardedServer, Tab
        except ModuleNotFoundError:
            raise click.ClickException(
                _("serving needs textual-serve: pip install 'focuscheck[serve]'")
            ) from None
        try:
            token = checked_token(token) if token is not None else new_token()
        except ValidationError as error:
            raise click.BadParameter(str(error), param_hint="--token") from None
        if not is_loopback(host):
            click.echo(
                _(
                    "Warning: listening on {host} lets other computers reach this server. "
                    "Whoever has your link uses focuscheck as you, with your journal; whoever "
                    "has a join link answers in the retro. The connection is not encrypted, so "
                    "others on the network can read the links. Use this only on a network you "
                    "trust."
                ).format(host=host),
                err=True,
            )
        tabs = [Tab("/", token, served_command(context, command))]
        if command[:1] == ("retro",):
            tabs.append(Tab(JOIN_PATH, new_token(), served_command(context, (MEMBER_COMMAND,))))
        base = f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
        click.echo(_("Open {link} (Ctrl+C stops)").format(link=tabs[0].link(base)))
        if len(tabs) > 1:
            click.echo(
                _("Members of a shared retro join at {link}").format(link=tabs[1].link(base))
            )
        try:
            GuardedServer(tuple(tabs), host=host, port=port).serve()
        except OSError as error:
            raise click.ClickException(
                _("cannot listen on {host} port {port}: {reason}").format(
                    host=host, port=port, reason=error.strerror or error
                )
            ) from None


def is_loopback(host: str) -> bool:
    """Whether ``host`` is only reachable from this computer."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def served_command(context: AppContext, command: tuple[str, ...]) -> str:
    """The shell command each browser tab runs: this focuscheck, same folder and language."""
    parts = [
        sys.executable,
        "-m",
        "focuscheck",
        "--lang",
        current_language(),
        "--data-dir",
        str(context.data_dir),
        *command,
    ]
    return shlex.join(parts)


def _make_app(
    context: AppContext, out: Path | None, from_folder: Path | None, since: date | None
) -> RetroApp:
    from focuscheck.screens.retro.factory import make_retro_app

    return make_retro_app(
        data_dir=context.data_dir,
        clock=context.clock,
        out=out,
        from_folder=from_folder,
        since=since,
    )


def _make_member_app(context: AppContext, join_code: str | None) -> MemberApp:
    from focuscheck.screens.retro.factory import make_member_app

    return make_member_app(data_dir=context.data_dir, clock=context.clock, join_code=join_code)
