"""Checking that a file is an untouched anonymized export, version 2 or the older 1.

A file is refused when it

1. is not JSON or CSV holding an object with ``"format": "focuscheck-anonymized-export"``
   (a journal, a full export, anything else): *not an anonymized export*;
2. names a version this focuscheck cannot read (see ``READABLE``): *unsupported version*;
3. carries what an anonymized export never does — an entry ``id``, ``date``,
   ``created_at`` or ``updated_at``: *not anonymized*;
4. breaks the JSON Schema of its version, ``focuscheck/schemas/anonymized-export-vN.json``
   (unknown fields, wrong types, a period that does not fit the granularity);
5. has a ``checksum`` that does not match its content: *changed after export*;
6. has a period the calendar does not have, or one outside the years the app
   counts in: *the period does not exist*;
7. still holds an e-mail address, phone number, identity number or URL in its text.

(5) catches edits and damage, not a determined forger: the checksum has no
secret.  (7) is the backstop that matters for privacy whatever the file's history.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from focuscheck.coach.anonymize import Scrubber, ScrubKind
from focuscheck.coach.entry_check import EntryRules, first_misfit, rules_from
from focuscheck.coach.export_csv import csv_document
from focuscheck.coach.export_format import (
    FORMAT,
    LOCAL_FIELDS,
    READABLE,
    TEXT_ONLY_FIELDS,
    VERSION,
    checksum,
)
from focuscheck.coach.rejected import ExportRejected
from focuscheck.domain import json_text
from focuscheck.domain.clock import CALENDAR_YEARS
from focuscheck.domain.dates import period_start
from focuscheck.i18n import N_, _

SCHEMA_FILE: Final = "anonymized-export-v{version}.json"
"""The name of each version's JSON Schema (``SCHEMA_FILE.format(version=2)``)."""
FORBIDDEN: Final = LOCAL_FIELDS
"""Entry fields of the journal that must never reach a coach."""

_KIND_NAMES: Final[dict[ScrubKind, str]] = {
    ScrubKind.URL: N_("a URL"),
    ScrubKind.EMAIL: N_("an e-mail address"),
    ScrubKind.PHONE: N_("a phone number"),
    ScrubKind.ID_NUMBER: N_("a personal identity number"),
    ScrubKind.NAME: N_("a name"),
}

__all__ = ["ExportRejected", "check_document", "export_schema", "parse_export"]


@lru_cache(maxsize=len(READABLE))
def export_schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema of export ``version``, as shipped with the package."""
    name = SCHEMA_FILE.format(version=version)
    text = resources.files("focuscheck").joinpath("schemas", name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=len(READABLE))
def _validator(version: int) -> Draft202012Validator:
    return Draft202012Validator(export_schema(version))


@lru_cache(maxsize=len(READABLE))
def entry_rules(version: int = VERSION) -> EntryRules:
    """Export ``version``'s entry definition, for the fast check."""
    return rules_from(export_schema(version), version=version)


def parse_export(raw: bytes) -> dict[str, Any]:
    """The checked document in ``raw`` (JSON or CSV); :class:`ExportRejected` if unfit."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ExportRejected(_("not UTF-8 text, so not an anonymized export")) from None
    if text.lstrip().startswith(("{", "[")):
        try:
            data = json_text.loads(text)
        except (json.JSONDecodeError, RecursionError):
            raise ExportRejected(_("not valid JSON")) from None
        except json_text.NumberTooLong as error:
            raise ExportRejected(str(error)) from None
    else:
        data = csv_document(text)
    return check_document(data)


def check_document(data: object) -> dict[str, Any]:
    """``data`` if it is an untouched export of a readable version; else :class:`ExportRejected`."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExportRejected(
            _("not an anonymized focuscheck export (made with: focuscheck export --anonymize)")
        )
    version = data.get("version")
    if version not in READABLE or isinstance(version, bool) or not isinstance(version, int):
        raise ExportRejected(
            _(
                "export version {found} is not supported; this focuscheck reads versions {known}"
            ).format(found=str(version)[:20], known=", ".join(str(known) for known in READABLE))
        )
    entries = data.get("entries")
    for entry in entries if isinstance(entries, list) else ():
        found = [name for name in FORBIDDEN if isinstance(entry, dict) and name in entry]
        if found:
            raise ExportRejected(
                _("entries carry {field}: the file is not anonymized").format(field=found[0])
            )
    _check_schema(data)
    if data["checksum"] != checksum(data):
        raise ExportRejected(_("the file was changed after export (its checksum does not match)"))
    _check_periods(data["entries"], data["granularity"])
    _check_scrubbed(data["entries"])
    return data


def _check_periods(entries: list[dict[str, Any]], granularity: str) -> None:
    """Every period is one the calendar has (no 2026-W53) and the app can count from."""
    for index, entry in enumerate(entries):
        if period_start(entry["period"], granularity) is None:
            raise ExportRejected(
                _(
                    "entries[{index}]: the period {period} does not exist "
                    "or lies outside the years {first} to {last}"
                ).format(
                    index=index,
                    period=entry["period"],
                    first=CALENDAR_YEARS[0],
                    last=CALENDAR_YEARS[-1],
                )
            )


def _check_schema(data: dict[str, Any]) -> None:
    """jsonschema on the header, the fast check on the entries; jsonschema names a fault."""
    entries = data.get("entries")
    header = {**data, "entries": []} if isinstance(entries, list) else data
    validator = _validator(data["version"])
    error = next(iter(validator.iter_errors(header)), None)
    if error is None and isinstance(entries, list):
        misfit = first_misfit(entries, str(data["granularity"]), entry_rules(data["version"]))
        if misfit is None:
            return
        error = next(iter(validator.iter_errors(data)), None)
        if error is None:  # the fast check is the stricter one (it refuses 3.0 for 3)
            raise ExportRejected(
                _("{where}: a value is not allowed there").format(where=f"entries[{misfit}]")
            )
    if error is not None:
        raise ExportRejected(_describe(error))


def _describe(error: SchemaError) -> str:
    where = _location(list(error.absolute_path))
    instance: Any = error.instance
    rule: Any = error.schema
    wanted: Any = error.validator_value
    if error.validator == "required" and isinstance(instance, dict):
        missing = [name for name in wanted if name not in instance]
        return _("{where}: the field {name} is missing").format(where=where, name=missing[0])
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        allowed = set(rule.get("properties", {}))
        extra = sorted(str(name) for name in instance if name not in allowed)
        return _("{where}: unexpected field {name}").format(where=where, name=extra[0][:40])
    return _("{where}: the value {value} is not allowed there").format(
        where=where, value=json.dumps(error.instance, ensure_ascii=False)[:60]
    )


def _location(path: list[str | int]) -> str:
    if not path:
        return _("the file")
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _check_scrubbed(entries: list[dict[str, Any]]) -> None:
    patterns = Scrubber()
    for index, entry in enumerate(entries):
        texts = [entry.get(name, "") for name in TEXT_ONLY_FIELDS if name != "tags"]
        # No pattern matches across a line break, so one search per entry is enough.
        kind = patterns.first_find("\n".join([*texts, *entry.get("tags", [])]))
        if kind is not None:
            raise ExportRejected(
                _("entries[{index}] still holds {what}: the text was not scrubbed").format(
                    index=index, what=_(_KIND_NAMES[kind])
                )
            )
