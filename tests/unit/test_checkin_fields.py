"""The check-in's table: what follows from it, and what is held to it."""

from __future__ import annotations

import importlib
import re
from dataclasses import MISSING, fields, make_dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from focuscheck.coach.entry_check import entry_definitions, first_misfit, rules_from
from focuscheck.coach.export_entry import ExportEntry
from focuscheck.coach.export_format import ExportOptions, build_anonymized
from focuscheck.coach.schema import export_schema
from focuscheck.domain.checkin_fields import CHECKIN, FieldSpec, Step
from focuscheck.domain.checkin_form import STEPS, CheckinForm, asked_on
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_csv import csv_rows, to_csv, typed_record
from focuscheck.domain.entry_text import as_markdown, as_text
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.field_kinds import Kind
from focuscheck.domain.settings import Settings
from focuscheck.domain.text import MAX_TEXT
from tests.unit.test_entry_format import FULL, NOW, never

PARTICIPANT = "p-00112233445566aa"
FULL_DAY = date(2026, 3, 2)


def _default(item: Any) -> Any:
    if item.default is not MISSING:
        return item.default
    return item.default_factory() if item.default_factory is not MISSING else MISSING


# -- what is written by hand is held to the table ------------------------------------


def test_the_entry_has_the_table_s_fields_and_empty_values() -> None:
    assert {item.name for item in fields(Entry)} == set(CHECKIN.names)
    for item in fields(Entry):
        spec = CHECKIN.by_name[item.name]
        if _default(item) is not MISSING:
            assert _default(item) == spec.rules.empty(spec), item.name


def test_the_form_s_own_answers_are_asked_fields_in_the_table_s_order() -> None:
    kept = ("day", "entry_id", "others", "step")
    answers = [item.name for item in fields(CheckinForm) if item.name not in kept]
    assert answers == [spec.name for spec in CHECKIN.asked if spec.name in answers]
    for name in answers:
        item = next(item for item in fields(CheckinForm) if item.name == name)
        assert _default(item) == CHECKIN.by_name[name].rules.form_empty(), name


def test_a_blank_form_has_the_kind_s_empty_answer_to_every_question() -> None:
    form = CheckinForm(day=FULL_DAY)
    assert {spec.name: form.answer(spec.name) for spec in CHECKIN.asked} == {
        spec.name: spec.rules.form_empty() for spec in CHECKIN.asked
    }


def test_every_step_screen_asks_only_questions_of_its_own_step() -> None:
    from focuscheck.screens.checkin.flow import STEP_SCREENS

    for step, (module_name, class_name) in STEP_SCREENS.items():
        screen = getattr(importlib.import_module(module_name), class_name)
        assert screen.STEP is step, class_name
        assert screen.ASKS.issubset(spec.name for spec in asked_on(step)), class_name


def test_every_kind_a_step_can_ask_has_a_widget() -> None:
    from focuscheck.widgets.field_answer import FIELD_ANSWERS

    askable = {Kind.TEXT, Kind.RATING, Kind.CHOICE, Kind.FLAG, Kind.TAGS}
    assert set(FIELD_ANSWERS) == askable
    assert {spec.kind for spec in CHECKIN.asked} <= askable


def test_the_steps_are_the_table_s_in_the_order_they_are_asked() -> None:
    assert tuple(Step) == STEPS
    assert tuple(STEPS) == CHECKIN.steps


def test_every_step_of_the_table_has_a_screen() -> None:
    from focuscheck.screens.checkin.flow import STEP_SCREENS

    assert set(STEP_SCREENS) == set(CHECKIN.steps)


def test_the_coach_keeps_every_exported_value_that_is_not_text() -> None:
    kept = {item.name for item in fields(ExportEntry)} - {"period", "texts", "tags"}
    assert kept == {spec.name for spec in CHECKIN.exported if not spec.personal_text}


def test_the_shipped_schema_describes_the_table_s_entry() -> None:
    shipped = export_schema()["$defs"]
    for name, definition in entry_definitions().items():
        assert shipped[name] == definition, f"run: python scripts/schemas.py update ({name})"


def _documented_fields(doc: str, heading: str) -> list[str]:
    """The field names in the first column of the first table under ``heading``."""
    text = (Path(__file__).parents[2] / "docs" / doc).read_text("utf-8")
    section = text.split(heading, 1)[1]
    rows = section.split("\n| field |", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    return [name for row in rows for name in re.findall(r"`(\w+)`", row.split("|")[1])]


def test_the_data_format_document_lists_the_table_s_fields_in_order() -> None:
    assert _documented_fields("data-format.md", "## The entry format") == list(CHECKIN.names)


def test_the_export_format_document_lists_the_exported_fields() -> None:
    documented = _documented_fields("export-format.md", "\n| `entries` |")
    assert sorted(documented) == sorted(["period", *(spec.name for spec in CHECKIN.exported)])


# -- a check-in with one more question ------------------------------------------------

PROMISE = FieldSpec("promise", Kind.TEXT, "promise", "A promise to the {customer}", free_text=True)
WIDER = CHECKIN.with_field(PROMISE, after="waste_note")
WiderEntry = make_dataclass("WiderEntry", [(name, Any) for name in WIDER.names], frozen=True)
PROMISED = {**FULL, "promise": "Call Mrs Berg back at berg@example.com"}


def wider_entry(record: dict[str, Any] = PROMISED) -> Any:
    return WIDER.decode(record, now=NOW, is_aligned=never, strict=True, make=WiderEntry)


class TestOneMoreQuestion:
    def test_the_codec_reads_and_writes_it_in_its_place(self) -> None:
        record = WIDER.encode(wider_entry())
        assert record == PROMISED
        assert list(record).index("promise") == list(record).index("waste_note") + 1

    def test_the_codec_checks_it_like_every_text(self) -> None:
        with pytest.raises(ValidationError, match="promise is too long") as raised:
            wider_entry({**PROMISED, "promise": "x" * (MAX_TEXT + 1)})
        assert raised.value.field == "promise"

    def test_csv_carries_it_and_reads_it_back(self) -> None:
        entry = wider_entry()
        text = to_csv([entry], WIDER)
        assert text.splitlines()[0].split(",") == list(WIDER.names)
        rows = [typed_record(row, WIDER) for row in csv_rows(text, WIDER)]
        assert [wider_entry(record) for record in rows] == [entry]

    def test_text_and_markdown_show_it_under_its_label(self) -> None:
        customer = CustomerTerm()
        assert "  A promise to the customer: Call Mrs Berg" in as_text(
            [wider_entry()], customer, WIDER
        )
        markdown = as_markdown([wider_entry()], customer, WIDER)
        assert "- **A promise to the customer:** Call Mrs Berg" in markdown

    def test_the_export_scrubs_it_and_the_coach_s_checks_know_it(self) -> None:
        built = build_anonymized(
            [wider_entry()], Settings(), PARTICIPANT, ExportOptions(), table=WIDER
        )
        document = built.document
        promise = document["entries"][0]["promise"]
        assert "berg@example.com" not in promise and promise.startswith("Call Mrs Berg")
        schema = export_schema()
        wider_schema = {**schema, "$defs": {**schema["$defs"], **entry_definitions(WIDER)}}
        assert not list(Draft202012Validator(wider_schema).iter_errors(document))
        assert first_misfit(document["entries"], "week", rules_from(schema, WIDER)) is None
        assert first_misfit(document["entries"], "week", rules_from(schema)) == 0

    def test_an_export_without_text_leaves_it_out(self) -> None:
        options = ExportOptions(include_text=False)
        built = build_anonymized([wider_entry()], Settings(), PARTICIPANT, options, table=WIDER)
        assert "promise" not in built.document["entries"][0]

    def test_it_gets_a_step_of_its_own_after_the_waste(self) -> None:
        assert len(WIDER.steps) == len(CHECKIN.steps) + 1
        assert WIDER.steps.index("promise") == WIDER.steps.index(Step.WASTE) + 1
        assert WIDER.field_steps["promise"] == "promise"


@pytest.mark.parametrize("kind", [Kind.ID, Kind.DATE, Kind.TIMESTAMP])
def test_a_row_that_would_export_an_identifying_kind_is_refused(kind: Kind) -> None:
    spec = FieldSpec("seen_at", kind)
    with pytest.raises(TypeError, match=r"seen_at: a field of kind .* is never exported"):
        kind.rules.schema(spec)
    with pytest.raises(TypeError, match="never exported"):
        kind.rules.fits(spec)


def test_every_exported_field_of_the_table_has_a_schema_and_a_check() -> None:
    for spec in CHECKIN.exported:
        assert spec.kind.rules.schema(spec)
        assert callable(spec.kind.rules.fits(spec))
