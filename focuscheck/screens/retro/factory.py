"""Building a :class:`RetroApp` the same way for the command line and the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from focuscheck.domain.clock import Clock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.settings import customer_term
from focuscheck.screens.retro.app import RetroApp
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.member_app import MemberApp
from focuscheck.service.journal_service import saved_settings


def make_retro_app(
    *,
    data_dir: Path,
    clock: Clock,
    out: Path | None = None,
    from_folder: Path | None = None,
    since: date | None = None,
    folder: Path | None = None,
    **overrides: Any,
) -> RetroApp:
    """The retro app for ``data_dir``; loading ``--from`` exports fails here, before any screen.

    ``overrides`` replace fields of the :class:`RetroEnvironment` (tests pass their
    own clocks and seeds this way).
    """
    # A retro may run where nobody keeps a journal: the defaults are used then.
    settings = saved_settings(data_dir, clock)
    customer = customer_term(settings)
    opening: tuple[str, ...] = ()
    if from_folder is not None:
        from focuscheck.retro.opening import load_opening

        opening = load_opening(from_folder, since, clock.today(), settings.min_group_size, customer)
    env = RetroEnvironment(
        data_dir=data_dir,
        today=clock.today(),
        customer=customer,
        synonyms=tuple(settings.customer_synonyms),
        summary_folder=folder or Path.cwd(),
        out_path=out.expanduser() if out is not None else None,
        opening=opening,
    )
    return RetroApp(replace(env, **overrides))


def make_member_app(
    *, data_dir: Path, clock: Clock, join_code: str | None = None, **overrides: Any
) -> MemberApp:
    """A member's app for a shared retro in ``data_dir``; it reads no settings and no journal.

    The word for the customer is a placeholder until the member joins: the
    session carries the facilitator's.
    """
    env = RetroEnvironment(
        data_dir=data_dir,
        today=clock.today(),
        customer=CustomerTerm(),
        summary_folder=Path.cwd(),
        join_code=join_code,
    )
    return MemberApp(replace(env, **overrides))
