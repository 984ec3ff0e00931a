"""The journal's layout on disk, its schema version and the migrations between versions.

The file is TinyDB's JSON layout: ``{table: {doc_id: document}}``.  The ``_meta``
table holds one document with ``schema_version``.  Entries are stored in the
public entry format (see ``docs/data-format.md``), so a backup is readable by
any tool that reads an export.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from focuscheck.i18n import _

SCHEMA_VERSION: Final = 1
JOURNAL_NAME: Final = "journal.json"
META: Final = "_meta"
ENTRIES: Final = "entries"
SETTINGS: Final = "settings"
STATE: Final = "state"
TRASH: Final = "trash"
"""Deleted entries, kept for a while (see :mod:`focuscheck.storage.trash`)."""
TABLES: Final = (META, ENTRIES, SETTINGS, STATE, TRASH)

Data = dict[str, dict[str, dict[str, Any]]]

#: version -> function turning data of that version into the next version's
MIGRATIONS: dict[int, Callable[[Data], Data]] = {}


class ShapeError(ValueError):
    """The data is not a focuscheck journal; the message says why."""


def new_journal() -> Data:
    """The contents of a freshly created journal."""
    return {
        META: {"1": {"schema_version": SCHEMA_VERSION}},
        ENTRIES: {},
        SETTINGS: {},
        STATE: {},
        TRASH: {},
    }


def check_shape(data: object) -> Data:
    """Return ``data`` if it has the journal's shape; raise :class:`ShapeError` if not."""
    if data is None:
        raise ShapeError(_("the file is empty (null)"))
    if not isinstance(data, dict):
        raise ShapeError(_("it holds JSON, but not a focuscheck journal"))
    for name, table in data.items():
        if not isinstance(table, dict):
            raise ShapeError(_("table {name!r} is not a JSON object").format(name=str(name)[:40]))
        for doc_id, document in table.items():
            if not doc_id.isdigit() or not isinstance(document, dict):
                raise ShapeError(
                    _("table {name!r} holds something that is not a record").format(
                        name=str(name)[:40]
                    )
                )
    if META not in data or not data[META]:
        raise ShapeError(_("it holds JSON, but not a focuscheck journal"))
    return data


def schema_version(data: Data) -> int:
    """The schema version recorded in ``data``."""
    meta = next(iter(data[META].values()))
    version = meta.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ShapeError(_("its schema version is missing or invalid"))
    return version


def upgrade(data: Data) -> tuple[Data, bool]:
    """Bring ``data`` to :data:`SCHEMA_VERSION`; returns the data and whether it changed.

    Raises :class:`ShapeError` when the file was written by a newer focuscheck.
    """
    version = schema_version(data)
    if version > SCHEMA_VERSION:
        raise ShapeError(
            _(
                "it was written by a newer focuscheck "
                "(schema {found}; this one reads up to {known})"
            ).format(found=version, known=SCHEMA_VERSION)
        )
    changed = False
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        next(iter(data[META].values()))["schema_version"] = version
        changed = True
    for table in TABLES:
        if table not in data:
            data[table] = {}
            changed = True
    return data, changed
