"""Following waste up: the status in the entry, the journal, the migration and the exports."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.coach.export_format import ExportOptions, checksum, document_json
from focuscheck.coach.loader import load_file
from focuscheck.domain.checkin_form import form_from_entry
from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_format import entry_from_record, entry_to_record
from focuscheck.domain.enums import WasteStatus
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.waste_status import CLOSED, has_waste, kept_follow_up, marked, shared
from focuscheck.service.journal_service import JournalService
from focuscheck.storage import quick_status
from focuscheck.storage.journal import Journal
from focuscheck.storage.schema import SCHEMA_VERSION
from tests.conftest import FROZEN_NOW
from tests.unit.coach_support import entry, export_document, week_of_entries

NOW = FixedClock(FROZEN_NOW).now()
NOTED = date(2026, 11, 20)
RETRO = date(2026, 12, 4)
CHANGED = date(2026, 12, 18)


def noted(**fields: Any) -> Entry:
    """A check-in that noted the three signatures, read like any record."""
    record = {
        "date": NOTED.isoformat(),
        "value": "Refund for a customer",
        "waste_category": "red_tape",
        "waste_note": "Approval takes three signatures",
        **fields,
    }
    return entry_from_record(record, now=NOW, is_aligned=lambda _text: False)


class TestTheEntry:
    def test_a_checkin_that_noted_waste_starts_open(self) -> None:
        assert noted().waste_status is WasteStatus.OPEN

    def test_a_checkin_without_waste_has_no_status(self) -> None:
        assert noted(waste_category=None, waste_note="").waste_status is None

    def test_marking_raised_keeps_where_and_the_day(self) -> None:
        raised = marked(noted(), WasteStatus.RAISED, "retro 2026-12-04", RETRO)
        assert (raised.waste_status, raised.waste_raised_on) == (WasteStatus.RAISED, RETRO)
        assert raised.waste_raised_where == "retro 2026-12-04"

    def test_resolving_keeps_the_raised_day_and_says_what_changed(self) -> None:
        raised = marked(noted(), WasteStatus.RAISED, "retro", RETRO)
        resolved = marked(raised, WasteStatus.RESOLVED, "One signature now", CHANGED)
        assert (resolved.waste_raised_on, resolved.waste_closed_on) == (RETRO, CHANGED)
        assert (resolved.waste_raised_where, resolved.waste_outcome) == (
            "retro",
            "One signature now",
        )

    def test_marking_without_a_note_keeps_the_note_written_before(self) -> None:
        raised = marked(noted(), WasteStatus.RAISED, "with my manager", RETRO)
        again = marked(raised, WasteStatus.RAISED, None, CHANGED)
        assert (again.waste_raised_on, again.waste_raised_where) == (CHANGED, "with my manager")

    def test_open_again_forgets_the_days_but_keeps_the_notes(self) -> None:
        raised = marked(noted(), WasteStatus.RAISED, "retro", RETRO)
        dropped = marked(raised, WasteStatus.DROPPED, "not worth it", CHANGED)
        reopened = marked(dropped, WasteStatus.OPEN, None, CHANGED)
        assert reopened.waste_status is WasteStatus.OPEN
        assert (reopened.waste_raised_on, reopened.waste_closed_on) == (None, None)
        assert (reopened.waste_raised_where, reopened.waste_outcome) == ("retro", "not worth it")

    def test_a_note_to_open_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="not with open"):
            marked(noted(), WasteStatus.OPEN, "why", RETRO)

    def test_a_checkin_without_waste_cannot_be_marked(self) -> None:
        with pytest.raises(ValidationError, match="noted no waste"):
            marked(noted(waste_category=None, waste_note=""), WasteStatus.RAISED, None, RETRO)

    def test_a_quote_can_be_shared_and_a_checkin_without_one_cannot(self) -> None:
        assert shared(noted(voice_source="customer", voice_quote="Faster!"), True).voice_shared
        with pytest.raises(ValidationError, match="no quote"):
            shared(noted(), True)

    def test_the_follow_up_survives_the_entry_format(self) -> None:
        resolved = marked(noted(), WasteStatus.RESOLVED, "One signature", CHANGED)
        record = entry_to_record(resolved)
        assert record["waste_status"] == "resolved" and record["waste_closed_on"] == "2026-12-18"
        assert entry_from_record(record, now=NOW, is_aligned=bool) == resolved

    @given(
        st.lists(
            st.tuples(
                st.sampled_from(WasteStatus),
                st.none() | st.text(alphabet="abc ", max_size=8),
                st.integers(0, 60),
            ),
            max_size=8,
        )
    )
    def test_any_marks_leave_a_status_that_agrees_with_its_days(
        self, marks: list[tuple[WasteStatus, str | None, int]]
    ) -> None:
        item = noted()
        for status, note, later in marks:
            day = NOTED + timedelta(days=later)
            item = marked(item, status, None if status is WasteStatus.OPEN else note, day)
            assert item.waste_status is status
            assert item.waste_closed_on == (day if status in CLOSED else None)
            if status is WasteStatus.RAISED:
                assert item.waste_raised_on == day
            if status is WasteStatus.OPEN:
                assert item.waste_raised_on is None
        assert has_waste(item) and item.date == NOTED


class TestEditing:
    def test_editing_a_checkin_keeps_its_follow_up(self) -> None:
        resolved = marked(noted(), WasteStatus.RESOLVED, "One signature", CHANGED)
        form = form_from_entry(resolved).changed(value="Refund, done properly")
        edited = form.build(now=NOW, is_aligned=lambda _text: False)
        assert edited.waste_status is WasteStatus.OPEN  # the form does not hold it
        kept = kept_follow_up(edited, resolved)
        assert kept.value == "Refund, done properly"
        assert (kept.waste_status, kept.waste_outcome) == (WasteStatus.RESOLVED, "One signature")

    def test_an_edit_that_takes_the_waste_away_takes_its_follow_up(self) -> None:
        raised = marked(noted(), WasteStatus.RAISED, "retro", RETRO)
        edited = raised.with_changes(waste_category=None, waste_note="", waste_status=None)
        kept = kept_follow_up(edited, raised)
        assert (kept.waste_status, kept.waste_raised_on, kept.waste_raised_where) == (
            None,
            None,
            "",
        )


class TestTheJournal:
    def test_a_status_change_keeps_the_day_the_creation_and_the_streak(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        service = JournalService(data_dir, clock)
        first = service.save_checkin(noted())
        before = service.glance()
        clock.advance(days=3)
        saved = service.mark_waste(first.id, WasteStatus.RAISED, "retro 2026-12-04")
        assert saved is not None
        assert (saved.date, saved.created_at) == (first.date, first.created_at)
        assert saved.updated_at == clock.now() and saved.waste_raised_on == clock.today()
        assert service.entries() == [saved]
        after = service.glance()
        assert before is not None and after is not None and after.days == before.days
        service.close()

    def test_a_mark_that_is_refused_writes_nothing(self, data_dir: Path, clock: FixedClock) -> None:
        journal = Journal.open(data_dir, clock)
        plain = journal.save_checkin(noted(waste_category=None, waste_note=""))
        files = {path: path.read_bytes() for path in data_dir.glob("*.json")}
        with pytest.raises(ValidationError):
            journal.change_entry(plain.id, lambda e: marked(e, WasteStatus.RAISED, None, RETRO))
        assert {path: path.read_bytes() for path in data_dir.glob("*.json")} == files

    def test_saving_an_edited_checkin_keeps_its_follow_up(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        journal = Journal.open(data_dir, clock)
        first = journal.save_checkin(noted(voice_source="customer", voice_quote="Faster!"))
        journal.change_entry(first.id, lambda e: marked(e, WasteStatus.RAISED, "retro", RETRO))
        journal.change_entry(first.id, lambda e: shared(e, True))
        edited = form_from_entry(first).changed(value="Refund, done properly")
        journal.save_checkin(edited.build(now=clock.now(), is_aligned=lambda _text: False))
        (stored,) = journal.entries()
        assert stored.value == "Refund, done properly"
        assert (stored.waste_status, stored.waste_raised_where) == (WasteStatus.RAISED, "retro")
        assert stored.voice_shared

    def test_marking_an_entry_that_is_gone_says_none(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        service = JournalService(data_dir, clock)
        assert (
            service.mark_waste("0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11", WasteStatus.RAISED) is None
        )
        assert service.mark_voice_shared("0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11") is None
        service.close()


def as_schema_2(data_dir: Path) -> None:
    """Make the journal in ``data_dir`` look as a focuscheck of schema 2 left it."""
    new_fields = ("voice_shared", "waste_status", "waste_raised_on", "waste_raised_where")
    new_fields += ("waste_closed_on", "waste_outcome")
    for path in [data_dir / "journal.json", *data_dir.glob("entries-*.json")]:
        data = json.loads(path.read_text(encoding="utf-8"))
        data["_meta"]["1"]["schema_version"] = 2
        for record in data.get("entries", {}).values():
            for name in new_fields:
                record.pop(name)
        path.write_text(json.dumps(data), encoding="utf-8")


class TestMigration:
    def test_a_schema_2_journal_reads_its_waste_as_open_and_becomes_schema_3(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        journal = Journal.open(data_dir, clock)
        journal.save_checkin(noted())
        journal.save_checkin(noted(date="2026-11-21", waste_category=None, waste_note=""))
        journal.close()
        as_schema_2(data_dir)
        reopened = Journal.open(data_dir, clock)
        statuses = [entry.waste_status for entry in reopened.entries()]
        assert statuses == [WasteStatus.OPEN, None]
        state = json.loads((data_dir / "journal.json").read_text(encoding="utf-8"))
        assert state["_meta"]["1"]["schema_version"] == SCHEMA_VERSION == 3

    def test_the_quick_status_reads_the_state_file_of_this_schema(self) -> None:
        assert quick_status._STATE_VERSION == SCHEMA_VERSION


class TestExports:
    def test_the_export_carries_the_status_and_the_notes_only_with_text(self) -> None:
        raised = marked(entry(waste_note="Three signatures"), WasteStatus.RAISED, "retro", RETRO)
        closed = marked(raised, WasteStatus.RESOLVED, "One signature", CHANGED)
        with_text = export_document([closed])["entries"][0]
        assert with_text["waste_status"] == "resolved"
        assert (with_text["waste_raised_where"], with_text["waste_outcome"]) == (
            "retro",
            "One signature",
        )
        assert "waste_raised_on" not in with_text and "waste_closed_on" not in with_text
        bare = export_document([closed], options=ExportOptions(include_text=False))["entries"][0]
        assert bare["waste_status"] == "resolved"
        assert "waste_raised_where" not in bare and "waste_outcome" not in bare

    def test_a_version_1_export_still_loads(self, tmp_path: Path) -> None:
        document = export_document(week_of_entries(0, waste_note="Three signatures"))
        document["version"] = 1
        for item in document["entries"]:
            for name in ("voice_shared", "waste_status", "waste_raised_where", "waste_outcome"):
                item.pop(name, None)
        document["checksum"] = checksum(document)
        path = tmp_path / "old.json"
        path.write_text(document_json(document), encoding="utf-8")
        loaded = load_file(path)
        (tally,) = loaded.tallies.values()
        assert not tally.waste_status
        assert tally.voice_shared == 0

    def test_a_version_2_export_loads_with_its_status(self, tmp_path: Path) -> None:
        entries = [
            marked(e, WasteStatus.RAISED, None, RETRO) for e in week_of_entries(0, waste_note="x")
        ]
        path = tmp_path / "new.json"
        path.write_text(document_json(export_document(entries)), encoding="utf-8")
        loaded = load_file(path)
        (tally,) = loaded.tallies.values()
        assert tally.waste_status[None, WasteStatus.RAISED] == 3
