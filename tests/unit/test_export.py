"""The export file: its shape, its two formats, the pseudonym, and ``focuscheck export``."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import focuscheck.cli.coach_cmds as coach_cmds
from focuscheck.coach.export_csv import csv_document
from focuscheck.coach.export_format import (
    ExportFormat,
    ExportOptions,
    build_anonymized,
    checksum,
    render,
)
from focuscheck.coach.pseudonym import STATE_KEY, participant_pseudonym, rotate_pseudonym
from focuscheck.coach.schema import export_schema
from focuscheck.domain.dates import Granularity
from focuscheck.domain.entry import TEXT_FIELDS
from focuscheck.domain.enums import WasteCategory
from focuscheck.domain.settings import Settings
from focuscheck.storage.journal import Journal
from tests.unit.cli_support import FULL, Runner, make_runner, write_json
from tests.unit.coach_support import TODAY, entry, export_document, week_of_entries

PARTICIPANT = "p-00112233445566aa"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def test_document_has_the_documented_shape_and_validates() -> None:
    entries = [*week_of_entries(0), *week_of_entries(1, waste_category=WasteCategory.ADMIN)]
    document = export_document(entries, Settings(team=" Nord "), participant=PARTICIPANT)
    assert list(document) == [
        "format", "version", "participant", "granularity", "customer_term", "team", "entries",
        "checksum",
    ]  # fmt: skip
    assert document["format"] == "focuscheck-anonymized-export"
    assert document["version"] == 2
    assert document["team"] == "Nord"
    assert document["customer_term"] == "customer"
    assert list(Draft202012Validator(export_schema()).iter_errors(document)) == []
    assert document["checksum"] == checksum(document)
    for record in document["entries"]:
        assert not {"id", "date", "created_at", "updated_at"} & set(record)
    assert [r["period"] for r in document["entries"]] == ["2026-W47"] * 3 + ["2026-W48"] * 3


@pytest.mark.parametrize(
    ("granularity", "period"),
    [
        (Granularity.DAY, "2026-11-26"),
        (Granularity.WEEK, "2026-W48"),
        (Granularity.MONTH, "2026-11"),
    ],
)
def test_period_follows_the_granularity(granularity: Granularity, period: str) -> None:
    document = export_document([entry()], options=ExportOptions(granularity=granularity))
    assert document["granularity"] == granularity.value
    assert document["entries"][0]["period"] == period


def test_order_within_a_period_does_not_follow_the_dates() -> None:
    entries = [
        entry(date(2026, 11, day), value=f"Reflection number {day}") for day in range(23, 28)
    ]
    forward = export_document(entries, participant=PARTICIPANT)
    backward = export_document(list(reversed(entries)), participant=PARTICIPANT)
    assert forward["entries"] == backward["entries"]


def test_no_text_leaves_every_free_text_field_and_the_tags_out() -> None:
    document = export_document(
        [entry(tags=("support",), voice_quote="Hi")], options=ExportOptions(include_text=False)
    )
    record = document["entries"][0]
    assert not set(TEXT_FIELDS) & set(record)
    assert "tags" not in record
    assert record["focus"] == 4


def test_text_left_out_for_one_entry_keeps_its_ratings() -> None:
    kept, private = entry(value="Shared reflection"), entry(value="Private reflection", focus=2)
    options = ExportOptions(text_left_out=frozenset({private.id}))
    export = build_anonymized([kept, private], Settings(), PARTICIPANT, options)
    text = json.dumps(export.document)
    assert "Shared reflection" in text
    assert "Private reflection" not in text
    assert {record["focus"] for record in export.document["entries"]} == {2, 4}


def test_since_and_until_choose_the_dates() -> None:
    entries = week_of_entries(0) + week_of_entries(3)
    options = ExportOptions(since=date(2026, 11, 20), until=TODAY)
    assert len(export_document(entries, options=options)["entries"]) == 3


def test_settings_names_and_voice_names_are_scrubbed() -> None:
    settings = Settings(display_name="Maja Lind", scrub_names=("Olof",))
    entries = [
        entry(value="Maja helped Olof and Sigrid", voice_quote="Sigrid from support said it"),
        entry(value="Lind and Sigrids team", tags=("olof",)),
    ]
    text = json.dumps(export_document(entries, settings), ensure_ascii=False)
    for name in ("Maja", "Lind", "Olof", "olof", "Sigrid"):
        assert name not in text


@pytest.mark.parametrize("include_text", [True, False])
def test_json_and_csv_exports_agree(include_text: bool) -> None:
    entries = [
        *week_of_entries(0, tags=("support", "kund;möte")),
        entry(value='Quotes "and", commas\nand lines', waste_category=WasteCategory.RED_TAPE),
        entry(mission_clarity=None, focus=None, salary_aligned=False),
    ]
    document = export_document(
        entries, Settings(team="Nord"), ExportOptions(include_text=include_text)
    )
    rebuilt = csv_document(render(document, ExportFormat.CSV))
    assert rebuilt == document
    assert checksum(rebuilt) == rebuilt["checksum"]


def test_pseudonym_is_stable_until_rotated(data_dir: Path, clock: object) -> None:
    journal = Journal.open(data_dir, clock)  # type: ignore[arg-type]
    first = participant_pseudonym(journal)
    assert first == participant_pseudonym(journal)
    assert journal.state(STATE_KEY) == first
    rotated = rotate_pseudonym(journal)
    assert rotated != first
    assert participant_pseudonym(journal) == rotated


# -- the command ---------------------------------------------------------------


def _journal_with_checkins(run: Runner, tmp_path: Path) -> None:
    record = {**FULL, "value": "Called Anna at 070-123 45 67", "date": "2026-11-25"}
    assert run("import", write_json(tmp_path / "in.json", [record])).code == 0
    assert run("config", "set", "display_name", "Anna Berg").code == 0


def test_export_anonymize_writes_an_owner_only_file(run: Runner, tmp_path: Path) -> None:
    _journal_with_checkins(run, tmp_path)
    target = tmp_path / "out.json"
    result = run("export", "--anonymize", "-o", target)
    assert result.code == 0, result.err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert "Anna" not in text and "070-123" not in text
    document = json.loads(text)
    assert document["entries"][0]["value"] == "Called [name] at [phone]"


def test_export_never_overwrites_silently(run: Runner, tmp_path: Path) -> None:
    _journal_with_checkins(run, tmp_path)
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    result = run("export", "--anonymize", "-o", target)
    assert result.code == 1
    assert "--force" in result.err
    assert target.read_text(encoding="utf-8") == "keep me"
    assert run("export", "--anonymize", "-o", target, "--force").code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 2


def test_export_to_stdout_and_as_csv(run: Runner, tmp_path: Path) -> None:
    _journal_with_checkins(run, tmp_path)
    result = run("export", "--anonymize", "--format", "csv", "--granularity", "day", "-o", "-")
    assert result.code == 0
    header, row = result.out.splitlines()[:2]
    assert header.startswith("format,version,participant,team,granularity")
    assert "2026-11-25" in row


def test_plain_export_is_the_full_importable_journal(run: Runner, tmp_path: Path) -> None:
    _journal_with_checkins(run, tmp_path)
    target = tmp_path / "mine.json"
    assert run("export", "-o", target).code == 0
    records = json.loads(target.read_text(encoding="utf-8"))
    assert records[0]["id"] == FULL["id"]
    assert records[0]["value"] == "Called Anna at 070-123 45 67"


def test_anonymized_options_need_anonymize(run: Runner) -> None:
    result = run("export", "--no-text", "-o", "-")
    assert result.code == 2
    assert "--anonymize" in result.err


def test_empty_journal_writes_nothing(run: Runner, tmp_path: Path) -> None:
    result = run("export", "--anonymize", "-o", tmp_path / "out.json")
    assert result.code == 1
    assert "nothing was written" in result.err
    assert not (tmp_path / "out.json").exists()


def test_interactive_export_shows_the_preview_and_asks(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_with_checkins(run, tmp_path)
    monkeypatch.setattr(coach_cmds, "interactive", lambda: True)
    target = tmp_path / "out.json"
    monkeypatch.setattr("sys.stdin", _Answers("n\n"))
    declined = run("export", "--anonymize", "-o", target)
    assert "Participant pseudonym" in declined.out
    assert "scrubbed: 1 phone number, 1 name" in declined.out
    assert "1 check-in from 2026-W48, dated only by the week" in declined.out
    assert "The coach can read every line of this file." in declined.out
    assert "Nothing was written." in declined.out
    assert not target.exists()
    monkeypatch.setattr("sys.stdin", _Answers("y\n"))
    assert run("export", "--anonymize", "-o", target).code == 0
    assert target.exists()


@pytest.mark.parametrize(("answer", "replaced"), [("j", True), ("ja", True), ("n", False)])
def test_a_swedish_answer_decides_whether_a_file_is_replaced(
    run: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str, replaced: bool
) -> None:
    _journal_with_checkins(run, tmp_path)
    monkeypatch.setattr(coach_cmds, "interactive", lambda: True)
    target = tmp_path / "out.json"
    target.write_text("kept", encoding="utf-8")
    monkeypatch.setattr("sys.stdin", _Answers(f"j\n{answer}\n"))
    result = run("--lang", "sv", "export", "--anonymize", "-o", target)
    assert "finns redan. Vill du ersätta den? [j/N]" in result.out
    assert (target.read_text(encoding="utf-8") != "kept") is replaced
    assert result.code == (0 if replaced else 1)


class _Answers:
    """A stand-in for the keyboard: fixed lines to read."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self.lines.pop(0) if self.lines else ""

    def isatty(self) -> bool:
        return True
