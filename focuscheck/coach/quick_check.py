"""The quick check of a JSON export: typed decoding, built once from the shipped schema.

Checking an organisation's exports one JSON Schema validation at a time costs
milliseconds a file, more than reading it.  Here each readable version's JSON
Schema (``focuscheck/schemas/anonymized-export-vN.json``) is turned once into
msgspec types — a struct per object with no unknown field allowed, a literal per
``const`` or ``enum``, the lengths, ranges and patterns as constraints — so the
file is parsed and checked in one pass of compiled code.  The translation knows
every keyword the schemas use and refuses to build on any other, so a schema
can never be checked more leniently here than it says.

The quick check only ever *accepts*: a file it has any doubt about (a fault, a
CSV file, a byte-order mark) goes to the full check of
:mod:`focuscheck.coach.schema`, which names the fault.  A test holds the two in
agreement: whatever the quick check accepts, the full check accepts with the
same content.
"""

from __future__ import annotations

from functools import lru_cache
from types import GenericAlias
from typing import Annotated, Any, Final, Literal

import msgspec

from focuscheck.coach.export_format import READABLE
from focuscheck.coach.schema import export_schema

_LEFT_FOR_CODE: Final = frozenset({"$schema", "$id", "title", "description", "allOf"})
"""Top-level keywords not turned into types: ``allOf`` (the period pattern that
fits the granularity) is checked by the loader on each distinct period."""
_CONSTRAINTS: Final = {
    "pattern": "pattern",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minimum": "ge",
    "maximum": "le",
    "maxItems": "max_length",
}
_OBJECT: Final = frozenset({"type", "additionalProperties", "required", "properties"})
_TYPES: Final[dict[str, Any]] = {"string": str, "integer": int, "boolean": bool}


class UnknownKeyword(ValueError):
    """The schema uses a keyword the quick check cannot hold a file to."""


@lru_cache(maxsize=len(READABLE))
def decoder(version: int) -> msgspec.json.Decoder[Any]:
    """A decoder of export ``version`` checked against its schema."""
    schema = export_schema(version)
    unknown = set(schema) - _LEFT_FOR_CODE - _OBJECT - {"$defs"}
    if unknown:
        raise UnknownKeyword(", ".join(sorted(unknown)))
    document = _struct(f"ExportV{version}", schema, schema["$defs"])
    return msgspec.json.Decoder(document)


def _struct(name: str, rule: dict[str, Any], defs: dict[str, Any]) -> Any:
    if rule.get("type") != "object" or rule.get("additionalProperties") is not False:
        raise UnknownKeyword(f"{name}: only closed objects")
    required = set(rule.get("required", ()))
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    for field_name, field_rule in rule["properties"].items():
        kind = _type(field_rule, defs)
        if field_name in required:
            fields.append((field_name, kind))
        else:
            fields.append((field_name, kind | msgspec.UnsetType, msgspec.UNSET))
    # Required fields first: a struct cannot have one after a field with a default.
    fields.sort(key=lambda item: len(item) == 3)
    return msgspec.defstruct(name, fields, forbid_unknown_fields=True)


def _type(rule: dict[str, Any], defs: dict[str, Any]) -> Any:
    if "$ref" in rule:
        if set(rule) != {"$ref"}:
            raise UnknownKeyword(str(rule))
        return _type(defs[rule["$ref"].removeprefix("#/$defs/")], defs)
    keys = set(rule) - {"description"}
    if keys == {"const"}:
        return Literal[rule["const"]]
    if keys == {"enum"}:
        values = [value for value in rule["enum"] if value is not None]
        choice: Any = Literal[tuple(values)]
        return choice | None if None in rule["enum"] else choice
    if rule.get("type") == "object":
        if keys - _OBJECT:
            raise UnknownKeyword(", ".join(sorted(keys - _OBJECT)))
        return _struct("Entry", rule, defs)
    unknown = keys - {"type", "items", *_CONSTRAINTS}
    if unknown:
        raise UnknownKeyword(", ".join(sorted(unknown)))
    names = rule["type"] if isinstance(rule["type"], list) else [rule["type"]]
    meta = msgspec.Meta(**{_CONSTRAINTS[key]: rule[key] for key in keys if key in _CONSTRAINTS})
    found: Any = None
    for type_name in names:
        if type_name == "null":
            continue
        if type_name == "array":
            base: Any = GenericAlias(list, (_type(rule["items"], defs),))
        else:
            base = _TYPES[type_name]
        found = Annotated[base, meta] if found is None else found | Annotated[base, meta]
    if found is None:
        raise UnknownKeyword(str(rule))
    return found | None if "null" in names else found


def decode(raw: bytes) -> Any | None:
    """The export in ``raw`` with every typed rule of its version checked, or None."""
    for version in reversed(READABLE):
        try:
            return decoder(version).decode(raw)
        except msgspec.ValidationError:
            continue
        except msgspec.DecodeError:
            return None
    return None
