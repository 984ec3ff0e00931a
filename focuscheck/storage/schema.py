"""The journal's layout on disk, its schema version and the shapes of its files.

Every file is TinyDB's JSON layout: ``{table: {doc_id: document}}``, with a
``_meta`` table holding one document with ``schema_version``.  Entries are
stored in the public entry format (see ``docs/data-format.md``), so a backup
is readable by any tool that reads an export.

Schema 2 split the journal over several files in the data folder
(see :mod:`focuscheck.storage.layout`):

- ``journal.json``, the small state file: ``settings``, ``state`` (the draft,
  the pseudonym, retro history), ``trash``, ``status`` (what ``focuscheck
  status`` needs) and ``pending`` (a change across files under way);
- ``entries-YYYY.json``, one per year: the ``entries`` whose date is in that year.

Schema 3 (this one) has the same files as schema 2; its entries may carry the
follow-up of their waste (status, days, notes) and a quote marked shared, which
schema 2 did not know.  A schema 2 journal is read as it is (an entry that
noted waste and has no status is open) and its state file is marked 3 when it
is opened, so an older focuscheck refuses it instead of calling it damaged.

Schema 1 kept everything in ``journal.json``.  That single-file shape is still
how a whole journal travels: backups are written in it, a restore reads it,
and a ``journal.json`` found in it is split into the files of schema 2 when
the journal is opened (see :mod:`focuscheck.storage.migration`).
"""

from __future__ import annotations

from focuscheck.i18n import _
from focuscheck.storage.layout import STATE_NAME

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Final

SCHEMA_VERSION: Final = 3
SINGLE_FILE_VERSION: Final = 1
"""The version of a whole journal in one file (schema 1, and every backup)."""
JOURNAL_NAME: Final = STATE_NAME
META: Final = "_meta"
ENTRIES: Final = "entries"
SETTINGS: Final = "settings"
STATE: Final = "state"
TRASH: Final = "trash"
"""Deleted entries, kept for a while (see :mod:`focuscheck.storage.trash`)."""
STATUS: Final = "status"
#: The key of the unfinished check-in in the ``state`` table.
DRAFT: Final = "draft"
"""What ``focuscheck status`` needs, kept in step with the entries (see :mod:`.quick_status`)."""
PENDING: Final = "pending"
"""A change across several files, written here first (see :mod:`.changes`)."""
STATE_TABLES: Final = (META, SETTINGS, STATE, TRASH, STATUS, PENDING)
YEAR_TABLES: Final = (META, ENTRIES)
SINGLE_FILE_TABLES: Final = (META, ENTRIES, SETTINGS, STATE, TRASH)

Data = dict[str, dict[str, dict[str, "Any"]]]


class ShapeError(ValueError):
    """The data is not a focuscheck journal; the message says why."""


def new_state() -> Data:
    """The contents of a fresh state file."""
    return {
        name: {"1": {"schema_version": SCHEMA_VERSION}} if name == META else {}
        for name in STATE_TABLES
    }


def new_year(year: int, write_id: str) -> Data:
    """The contents of a year file holding no entries yet."""
    return {META: {"1": year_meta(year, write_id)}, ENTRIES: {}}


def year_meta(year: int, write_id: str) -> dict[str, Any]:
    """A year file's ``_meta`` document; ``write_id`` is new on every write."""
    return {"schema_version": SCHEMA_VERSION, "year": year, "write": write_id}


def new_single_file() -> Data:
    """A whole journal with nothing in it, in the single-file shape."""
    return {
        name: {"1": {"schema_version": SINGLE_FILE_VERSION}} if name == META else {}
        for name in SINGLE_FILE_TABLES
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


def meta(data: Data) -> dict[str, Any]:
    """The ``_meta`` document of ``data`` (its shape checked)."""
    return next(iter(data[META].values()))


def schema_version(data: Data) -> int:
    """The schema version recorded in ``data``."""
    version = meta(data).get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ShapeError(_("its schema version is missing or invalid"))
    return version


def check_version(data: Data) -> Data:
    """``data`` with every table of its kind present; :class:`ShapeError` for a newer schema."""
    version = schema_version(data)
    if version > SCHEMA_VERSION:
        raise ShapeError(
            _(
                "it was written by a newer focuscheck "
                "(schema {found}; this one reads up to {known})"
            ).format(found=version, known=SCHEMA_VERSION)
        )
    if version == SINGLE_FILE_VERSION:
        tables: tuple[str, ...] = SINGLE_FILE_TABLES
    elif ENTRIES in data:
        tables = YEAR_TABLES
    else:
        tables = STATE_TABLES
    for table in tables:
        data.setdefault(table, {})
    return data


def is_outdated(data: Data) -> bool:
    """Whether ``data`` is a state or year file of an older split schema (2 before 3)."""
    return SINGLE_FILE_VERSION < schema_version(data) < SCHEMA_VERSION


def is_single_file(data: Data) -> bool:
    """Whether ``data`` is a whole journal in one file (schema 1, or a backup)."""
    return schema_version(data) == SINGLE_FILE_VERSION
