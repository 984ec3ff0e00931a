"""The retro's actions as screens and commands reach them, free of any user interface.

Every call reads the file fresh (another retro, or ``focuscheck retro actions
done``, may have changed it a moment ago) and every change is written at once.
Problems come as :class:`ActionsUnreadable` or :class:`StorageError`, each with
a message fit to show a person.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tinydb import Query
from tinydb.table import Table

from focuscheck.retro.actions import (
    Action,
    ActionDraft,
    ActionStatus,
    find_action,
    from_record,
    new_action,
    open_first,
    to_record,
)
from focuscheck.storage.actions_file import ActionsFile, ActionsUnreadable
from focuscheck.storage.errors import StorageError

__all__ = ["ActionsService", "ActionsUnreadable", "Saved", "StorageError"]

NewId = Callable[[], str]


@dataclass(frozen=True)
class Saved:
    """What a change kept, and where a damaged file was put aside, if one was."""

    actions: tuple[Action, ...]
    kept_aside: Path | None = None


def _uuid() -> str:
    return uuid.uuid4().hex


class ActionsService:
    """The actions file of ``data_dir``."""

    def __init__(self, data_dir: Path, today: date, new_id: NewId = _uuid) -> None:
        self.today = today
        """The day changes are dated with."""
        self.new_id = new_id
        """Makes the id of a new action."""
        self._file = ActionsFile(data_dir, from_record)

    @property
    def path(self) -> Path:
        return self._file.path

    def all(self) -> list[Action]:
        """Every action, open ones first (see :func:`open_first`)."""
        return open_first(from_record(record) for record in self._file.records())

    def still_open(self) -> list[Action]:
        return [a for a in self.all() if a.status is ActionStatus.OPEN]

    def save_retro(self, retro: str, drafts: Sequence[ActionDraft]) -> Saved:
        """Keep ``drafts`` as the actions of ``retro``, replacing what it saved before.

        An action saved again keeps its id and its date.
        """

        def job(table: Table) -> tuple[Action, ...]:
            earlier = {
                str(doc["source"]): from_record(doc) for doc in table.search(Query().retro == retro)
            }
            table.remove(Query().retro == retro)
            kept = []
            for draft in drafts:
                before = earlier.get(draft.source)
                action = new_action(
                    draft,
                    before.id if before else self.new_id(),
                    retro,
                    before.created_on if before else self.today,
                )
                table.insert(to_record(action))
                kept.append(action)
            return tuple(kept)

        changed = self._file.change(job, self.today)
        return Saved(changed.result, changed.kept_aside)

    def mark(self, wanted: str, status: ActionStatus) -> Saved:
        """Record where the action ``wanted`` (its id, or the start of it) stands now.

        ValidationError when no action, or more than one, has that id; a damaged
        file is reported (ActionsUnreadable), not put aside, since nothing new is kept.
        """
        self._file.records()

        def job(table: Table) -> tuple[Action, ...]:
            stored = [from_record(doc) for doc in table.all()]
            action = find_action(stored, wanted).with_status(status, self.today)
            record: dict[str, Any] = to_record(action)
            table.update(record, Query().id == action.id)
            return (action,)

        changed = self._file.change(job, self.today)
        return Saved(changed.result, changed.kept_aside)
