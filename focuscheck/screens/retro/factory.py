"""Building a :class:`RetroApp` the same way for the command line and the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from focuscheck.domain.clock import Clock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.settings import Settings, customer_term
from focuscheck.screens.retro.app import RetroApp
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.member_app import MemberApp


def read_settings(data_dir: Path, clock: Clock) -> Settings:
    """The person's settings, read without creating or changing anything.

    A retro may run on a machine where nobody keeps a journal; it then uses the
    defaults.  A journal that cannot be read is left alone for the same reason.
    """
    from focuscheck.storage.errors import StorageError
    from focuscheck.storage.journal import Journal
    from focuscheck.storage.schema import JOURNAL_NAME

    path = data_dir / JOURNAL_NAME
    if not path.is_file():
        return Settings()
    try:
        return Journal(path, clock).settings()
    except StorageError:
        return Settings()


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
    settings = read_settings(data_dir, clock)
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
