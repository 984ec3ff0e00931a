"""The answer options of ``focuscheck checkin``, made from the check-in's table.

Each question of the check-in (:data:`~focuscheck.domain.checkin_fields.CHECKIN`)
becomes an option: named after its field (``OPTION_NAMES`` says where the
name is shorter), typed by its kind, explained by its label and hint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import click

from focuscheck.domain.checkin_fields import CHECKIN, FieldSpec
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.field_kinds import Kind
from focuscheck.i18n import _

#: The options whose names are not their field's (the rest are the field's, with dashes).
OPTION_NAMES: Final[Mapping[str, str]] = {
    "mission_clarity": "clarity",
    "voice_source": "voice",
    "voice_quote": "quote",
    "waste_category": "waste",
    "tags": "tag",
}


def option_name(spec: FieldSpec) -> str:
    """The option that gives ``spec``'s answer on the command line, without the dashes."""
    return OPTION_NAMES.get(spec.name, spec.name).replace("_", "-")


def _option_type(spec: FieldSpec) -> dict[str, Any]:
    match spec.kind:
        case Kind.RATING:
            return {"type": click.IntRange(1, 5), "metavar": "1-5"}
        case Kind.CHOICE:
            return {"type": click.Choice(spec.choices)}
        case Kind.TAGS:
            # TRANSLATORS: the placeholder for a tag in --help, like FILE or PATH.
            return {"multiple": True, "metavar": _("TAG")}
        case Kind.FLAG:
            return {"type": click.BOOL}
        case _:
            # TRANSLATORS: the placeholder for a text in --help, like FILE or PATH.
            return {"metavar": _("TEXT")}


def answer_options() -> list[click.Option]:
    """One option per question of the check-in, named, typed and explained from the table."""
    customer = CustomerTerm()
    options = []
    for spec in CHECKIN.asked:
        parts = [customer.fill(_(text)) for text in (spec.label, spec.hint) if text]
        if spec.kind is Kind.TAGS:
            parts.append(_("May be given several times."))
        options.append(
            click.Option(
                [f"--{option_name(spec)}", spec.name],
                help=" ".join(_sentence(part) for part in parts),
                **_option_type(spec),
            )
        )
    return options


def given_answers(params: Mapping[str, Any]) -> dict[str, Any]:
    """The answers given as options, as the check-in form holds them."""
    answers: dict[str, Any] = {}
    for spec in CHECKIN.asked:
        value = params.get(spec.name)
        if value is None or value == ():
            continue
        if spec.kind is Kind.CHOICE:
            value = spec.member(value)
        elif spec.kind is Kind.TAGS:
            value = ", ".join(value)
        answers[spec.name] = value
    return answers


def _sentence(text: str) -> str:
    """``text`` ending as a sentence does (a question keeps its question mark)."""
    return text if text.endswith((".", "?", "!")) else text + "."
