"""``focuscheck status`` from the small state file alone: standard library and date helpers only.

The journal keeps a ``status`` record in its state file (see
:mod:`focuscheck.storage.schema`): every distinct entry date, the workdays the
streak counts, and for each year file its size, modification time and the id
of its last write.  :func:`read_status` trusts that record only while every
year file on disk still matches it; otherwise (a save the record does not
know about yet, a change across files under way, an old single-file journal)
it returns None and the caller takes the full route through the journal,
which also brings the record up to date.  So the quick answer is never a
wrong one: it is the answer :func:`~focuscheck.domain.summary.day_status`
gives, from the same dates, through the same streak rule.

``focuscheck prompt`` calls it before every shell prompt, so it takes its
folder as a string and keeps off ``pathlib``, ``typing`` and ``dataclasses``.
"""

from __future__ import annotations

import json
import os
import re
import stat
from datetime import date

from focuscheck.domain.days import AwayPeriod, WorkCalendar, owed_today, streak
from focuscheck.storage.layout import STATE_NAME, year_names

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from typing import Any, Final

    from focuscheck.domain.days import Owed

#: Read from the start of a year file: its ``_meta`` comes first and names the last write.
_HEAD_BYTES: Final = 160
_WRITE_ID: Final = re.compile(rb'^\{"_meta":\{"1":\{[^{}]*"write":"([0-9a-f]{32})"')
_STATE_VERSION: Final = 3

Fingerprint = list["Any"]
"""``[write id, size, modification time in ns]`` of one year file."""


class QuickStatus:
    """Today's status as the state file gives it."""

    __slots__ = ("away", "done", "owed", "streak")

    def __init__(self, done: bool, streak: int, owed: Owed, away: AwayPeriod | None = None) -> None:
        self.done: Final = done
        """Whether today has a check-in."""
        self.streak: Final = streak
        self.owed: Final = owed
        """Whether a check-in is owed today, or why none is."""
        self.away: Final = away
        """The away period today lies in, if any."""

    def _key(self) -> tuple[bool, int, Owed, AwayPeriod | None]:
        return (self.done, self.streak, self.owed, self.away)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, QuickStatus):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"QuickStatus(done={self.done!r}, streak={self.streak!r}, "
            f"owed={self.owed!r}, away={self.away!r})"
        )


def status_record(
    dates: Iterable[str], workdays: Iterable[int], files: Mapping[str, Fingerprint]
) -> dict[str, Any]:
    """The ``status`` record for entries on ``dates`` (ISO) in year files ``files``."""
    return {
        "dates": sorted(set(dates)),
        "workdays": sorted(set(workdays)),
        "files": dict(sorted(files.items())),
    }


def on_disk(path: str | os.PathLike[str]) -> Fingerprint | None:
    """The fingerprint of the year file at ``path`` as it is now; None if it cannot tell."""
    try:
        head = _read_regular(path, _HEAD_BYTES)
        info = os.stat(path)
    except OSError:
        return None
    match = _WRITE_ID.match(head)
    if match is None:
        return None
    return [match.group(1).decode("ascii"), info.st_size, info.st_mtime_ns]


def _read_regular(path: str | os.PathLike[str], size: int = -1) -> bytes:
    """The bytes of the regular file at ``path`` (a pipe or device is never waited on)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read(size)
    finally:
        os.close(fd)


class QuickState:
    """What the state file says, while its status record matches the year files."""

    __slots__ = ("away", "days", "settings", "state", "workdays")

    def __init__(
        self,
        days: frozenset[date],
        workdays: tuple[int, ...],
        away: tuple[AwayPeriod, ...],
        settings: dict[str, Any],
        state: dict[str, Any],
    ) -> None:
        self.days: Final = days
        """Every date with a check-in."""
        self.workdays: Final = workdays
        """The weekdays the streak counts (ISO: Monday is 1)."""
        self.away: Final = away
        """The saved away periods."""
        self.settings: Final = settings
        """The saved settings record, as stored (empty when none were saved)."""
        self.state: Final = state
        """The small pieces of app state (draft, first-run mark, …) by key."""


def read_state(data_dir: str | os.PathLike[str]) -> QuickState | None:
    """The state file's answer, or None when only the journal can say (see the module notes)."""
    try:
        data = json.loads(_read_regular(os.path.join(data_dir, STATE_NAME)))
        meta = next(iter(data["_meta"].values()))
        if meta.get("schema_version") != _STATE_VERSION or data.get("pending"):
            return None
        record = next(iter(data["status"].values()))
        files = record["files"]
        names = year_names(data_dir).values()
        if sorted(files) != sorted(names):
            return None
        if any(on_disk(os.path.join(data_dir, name)) != files[name] for name in names):
            return None
        days = frozenset(date.fromisoformat(text) for text in record["dates"])
        workdays = tuple(int(day) for day in record["workdays"])
        settings: object = next(iter(data.get("settings", {}).values()), {})
        state = {item["key"]: item.get("value") for item in data.get("state", {}).values()}
        away = tuple(AwayPeriod.parse(text) for text in _saved_away(settings))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, StopIteration):
        return None
    if not isinstance(settings, dict):
        return None
    return QuickState(days, workdays, away, settings, state)


def _saved_away(settings: object) -> list[str]:
    """The away periods in a saved settings record, as stored (TypeError if malformed)."""
    if not isinstance(settings, dict):
        return []
    saved = settings.get("away", [])
    if not isinstance(saved, list) or not all(isinstance(text, str) for text in saved):
        raise TypeError("away periods are not a list of texts")
    return saved


def read_status(data_dir: str | os.PathLike[str], today: date) -> QuickStatus | None:
    """Today's status from the state file, or None when only the journal can say."""
    quick = read_state(data_dir)
    if quick is None:
        return None
    calendar = WorkCalendar.of(quick.workdays, quick.away)
    return QuickStatus(
        done=today in quick.days,
        streak=streak(quick.days, today, calendar),
        owed=owed_today(quick.days, today, calendar),
        away=calendar.away_on(today),
    )
