"""Actions a retro takes away: what, who and by when, and how each one ended.

An action starts from an item the team marked on the board.  Its owner is a
name, or ``None`` for the whole team; its due date is optional and never in
the past.  The next retro asks about every open action: done, still open or
dropped.  Conversion to and from the stored record is here, in one place; the
file around the records is :mod:`focuscheck.storage.actions_file`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, Final

from focuscheck.domain.dates import DateParseError, parse_date
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import clean_line
from focuscheck.i18n import N_, _
from focuscheck.retro.session import MAX_NAME

MAX_ACTION: Final = 300
"""An action is one sentence someone can act on; a long paste is refused with a message."""
SHORT_ID: Final = 8
TEAM_WORDS: Final = frozenset({"the team", "team"})
"""What, typed as the owner, means the whole team (with the translation of "the team")."""


class ActionStatus(StrEnum):
    """Where an action stands."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


STATUS_LABELS: Final[Mapping[ActionStatus, str]] = {
    ActionStatus.OPEN: N_("open"),
    ActionStatus.DONE: N_("done"),
    ActionStatus.DROPPED: N_("dropped"),
}
"""How a status reads in a list."""
OUTCOME_LABELS: Final[Mapping[ActionStatus, str]] = {
    ActionStatus.OPEN: N_("still open"),
    ActionStatus.DONE: N_("done"),
    ActionStatus.DROPPED: N_("dropped"),
}
"""How the answer about last time's action reads at the next retro."""


@dataclass(frozen=True, slots=True)
class ActionDraft:
    """An action as the team wrote it, checked, before it is kept."""

    source: str
    """The board item it came from."""
    text: str
    owner: str | None
    """A name, or None for the whole team."""
    due: date | None = None


@dataclass(frozen=True, slots=True)
class Action:
    """An action kept in the data folder."""

    id: str
    text: str
    owner: str | None
    """A name, or None for the whole team."""
    due: date | None
    status: ActionStatus
    created_on: date
    retro: str
    """The retro it came from; saving that retro's actions again replaces them."""
    source: str
    """The board item of that retro it came from."""
    closed_on: date | None = None
    """When it was marked done or dropped."""

    @property
    def short_id(self) -> str:
        return self.id[:SHORT_ID]

    def owner_label(self) -> str:
        return self.owner if self.owner is not None else _("the team")

    def with_status(self, status: ActionStatus, today: date) -> Action:
        closed = None if status is ActionStatus.OPEN else today
        return replace(self, status=status, closed_on=closed)


@dataclass(frozen=True, slots=True)
class ActionsRecap:
    """What a retro did with actions, for its summary."""

    new: tuple[Action, ...] = ()
    reviewed: tuple[Action, ...] = ()
    """Last time's actions the team answered about, with the answer as their status."""


def read_text(text: str) -> str:
    """The action's text, cleaned; ValidationError when it is empty or too long."""
    cleaned = clean_line(text)
    if not cleaned:
        raise ValidationError(_("write what the action is"), "text")
    if len(cleaned) > MAX_ACTION:
        raise ValidationError(
            _("the action is too long (at most {limit} characters)").format(limit=MAX_ACTION),
            "text",
        )
    return cleaned


def read_owner(text: str) -> str | None:
    """A name, or None for "the team"; ValidationError when it is empty or too long."""
    cleaned = clean_line(text)
    if not cleaned:
        raise ValidationError(_("give an owner: a name, or “the team”"), "owner")
    if cleaned.casefold() in TEAM_WORDS | {_("the team").casefold()}:
        return None
    if len(cleaned) > MAX_NAME:
        raise ValidationError(
            _("the owner's name is too long (at most {limit} characters)").format(limit=MAX_NAME),
            "owner",
        )
    return cleaned


def read_due(text: str, today: date) -> date | None:
    """The due date typed ("next friday", "2026-12-04", "fredag"); None when left empty.

    DateParseError when it is no date; ValidationError when the day has passed.
    """
    if not text.strip():
        return None
    try:
        due = parse_date(text, today=today, ahead=True)
    except DateParseError as error:
        raise ValidationError(str(error), "due") from None
    if due < today:
        raise ValidationError(
            _("{date} has passed; give today or a later day").format(date=due.isoformat()), "due"
        )
    return due


def make_draft(source: str, text: str, owner: str, due: str, today: date) -> ActionDraft:
    """An action from the form's fields; ValidationError (with its field) for the first problem."""
    return ActionDraft(source, read_text(text), read_owner(owner), read_due(due, today))


def new_action(draft: ActionDraft, action_id: str, retro: str, today: date) -> Action:
    return Action(
        action_id,
        draft.text,
        draft.owner,
        draft.due,
        ActionStatus.OPEN,
        today,
        retro,
        draft.source,
    )


def _day(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("not a date")
    return date.fromisoformat(value)


def to_record(action: Action) -> dict[str, Any]:
    """The stored form of ``action`` (also what ``--format json`` prints)."""
    return {
        "id": action.id,
        "text": action.text,
        "owner": action.owner,
        "due": None if action.due is None else action.due.isoformat(),
        "status": action.status.value,
        "created_on": action.created_on.isoformat(),
        "closed_on": None if action.closed_on is None else action.closed_on.isoformat(),
        "retro": action.retro,
        "source": action.source,
    }


def from_record(record: Mapping[str, Any]) -> Action:
    """The action a stored record holds; ValueError when it is not one."""
    fields = ("id", "text", "retro", "source")
    if not all(isinstance(record.get(name), str) for name in fields):
        raise ValueError("a record lacks its text or id")
    owner = record.get("owner")
    if owner is not None and not isinstance(owner, str):
        raise ValueError("the owner is not text")
    created = _day(record.get("created_on"))
    if created is None:
        raise ValueError("a record lacks its date")
    return Action(
        record["id"],
        record["text"],
        owner,
        _day(record.get("due")),
        ActionStatus(str(record.get("status"))),
        created,
        record["retro"],
        record["source"],
        _day(record.get("closed_on")),
    )


def open_first(actions: Iterable[Action]) -> list[Action]:
    """Open actions by due date (none last), then the closed ones, latest closed first."""
    listed = list(actions)
    still = sorted(
        (a for a in listed if a.status is ActionStatus.OPEN),
        key=lambda a: (a.due is None, a.due or date.max, a.created_on, a.id),
    )
    closed = sorted(
        (a for a in listed if a.status is not ActionStatus.OPEN),
        key=lambda a: (a.closed_on or a.created_on, a.id),
        reverse=True,
    )
    return still + closed


def find_action(actions: Sequence[Action], wanted: str) -> Action:
    """The action whose id is ``wanted`` or starts with it; ValidationError if none or several."""
    key = wanted.strip().lower()
    matches = [a for a in actions if key and a.id.startswith(key)]
    if not matches:
        raise ValidationError(
            _("There is no action {id}; the first column of the list shows each id.").format(
                id=wanted[:40]
            ),
            "id",
        )
    if len(matches) > 1:
        raise ValidationError(
            _("{id} matches more than one action; give more of the id.").format(id=wanted[:40]),
            "id",
        )
    return matches[0]


def due_label(action: Action) -> str:
    return action.due.isoformat() if action.due is not None else "—"


def describe(action: Action) -> str:
    """One line: the text, the owner and the due date."""
    if action.due is None:
        return _("{text} — {owner}").format(text=action.text, owner=action.owner_label())
    return _("{text} — {owner}, by {date}").format(
        text=action.text, owner=action.owner_label(), date=action.due.isoformat()
    )


def prefill_text(text: str) -> str:
    """Text as the form prefills it from a board item: one line, cut to what an action holds."""
    return clean_line(text)[:MAX_ACTION]
