"""A journal that cannot be trusted is named, left byte for byte as it is, and never replaced."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from focuscheck.domain.clock import FixedClock
from focuscheck.storage.errors import JournalUnreadable
from focuscheck.storage.journal import Journal
from focuscheck.storage.schema import SINGLE_FILE_VERSION
from tests.robustness.support import make_entry
from tests.unit.cli_support import FULL, Runner, make_runner, write_json

META = {"1": {"schema_version": SINGLE_FILE_VERSION}}
"""Broken entries come in an old single-file journal, which the app reads and splits."""


def _valid(clock: FixedClock, tmp_path: Path) -> bytes:
    journal = Journal.open(tmp_path / "valid", clock)
    for n in range(5):
        journal.save_entry(make_entry(clock, value=f"Check-in number {n}", tags=("kund",)))
    return journal.path.read_bytes()


def broken_journals(valid: bytes) -> dict[str, bytes]:
    """Every kind of broken journal, by name."""
    entry = dict(FULL)
    return {
        "empty": b"",
        "whitespace": b" \n\t ",
        "null": b"null",
        "truncated": valid[: len(valid) // 2],
        "random-bytes": random.Random(3).randbytes(4096),
        "invalid-utf8": b'{"_meta": {"1": {"schema_version": 1}}, "x": "\xff\xfe"}',
        "json-list": json.dumps([FULL]).encode(),
        "json-number": b"42",
        "no-meta": json.dumps({"entries": {}}).encode(),
        "table-not-object": json.dumps({"_meta": META, "entries": []}).encode(),
        "record-not-object": json.dumps({"_meta": META, "entries": {"1": "text"}}).encode(),
        "doc-id-not-number": json.dumps({"_meta": META, "entries": {"x": FULL}}).encode(),
        "bad-schema-version": json.dumps({"_meta": {"1": {"schema_version": "one"}}}).encode(),
        "newer-schema": json.dumps({"_meta": {"1": {"schema_version": 99}}}).encode(),
        "entry-breaks-format": json.dumps(
            {"_meta": META, "entries": {"1": {**entry, "focus": 9}}}
        ).encode(),
        "entry-unknown-field": json.dumps(
            {"_meta": META, "entries": {"1": {**entry, "mood": "sunny"}}}
        ).encode(),
        "deeply-nested": b"[" * 100_000,
    }


KINDS = sorted(broken_journals(b"{}"))
COMMANDS = [
    ("history",),
    ("history", "--format", "json"),
    ("status",),
    ("config", "list"),
    ("config", "set", "customer_term", "patient"),
    ("backup",),
]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


@pytest.fixture
def with_backup(run: Runner, data_dir: Path, tmp_path: Path) -> Path:
    """A journal with one entry and a backup of it; returns the backup."""
    assert run("import", write_json(tmp_path / "in.json", [FULL])).code == 0
    written = run("backup").out
    backup = data_dir / "backups" / "manual-20261126T093000.json"
    assert written == f"Backup written: {backup}\n"
    return backup


@pytest.mark.parametrize("kind", KINDS)
def test_every_command_refuses_a_broken_journal_and_names_the_backup(
    run: Runner,
    data_dir: Path,
    with_backup: Path,
    clock: FixedClock,
    tmp_path: Path,
    kind: str,
) -> None:
    journal = data_dir / "journal.json"
    broken = broken_journals(_valid(clock, tmp_path))[kind]
    journal.write_bytes(broken)
    for command in (*COMMANDS, ("import", write_json(tmp_path / "more.json", [FULL]))):
        result = run(*command)
        assert result.code != 0, command
        assert "Traceback" not in result.err
        assert str(journal) in result.err, command
        assert str(with_backup) in result.err, command
        assert "has not been changed" in result.err
        assert journal.read_bytes() == broken, command
    # The way out works: restore brings the backed-up entry back, and keeps the broken file.
    assert run("restore").code == 0
    assert json.loads(run("history", "--format", "json").out) == [FULL]
    kept = [p for p in (data_dir / "backups").iterdir() if p.name.startswith("replaced-")]
    assert broken in [p.read_bytes() for p in kept]


@pytest.mark.parametrize("kind", ["empty", "null"])
def test_an_empty_journal_is_not_taken_for_a_new_one(
    data_dir: Path, clock: FixedClock, kind: str
) -> None:
    data_dir.mkdir()
    (data_dir / "journal.json").write_bytes(b"" if kind == "empty" else b"null")
    with pytest.raises(JournalUnreadable, match="There is no backup to restore"):
        Journal.open(data_dir, clock)
    assert (data_dir / "journal.json").read_bytes() == (b"" if kind == "empty" else b"null")


def test_a_journal_that_goes_bad_while_open_is_refused_not_rewritten(
    data_dir: Path, clock: FixedClock
) -> None:
    journal = Journal.open(data_dir, clock)
    journal.save_entry(make_entry(clock))
    year = data_dir / "entries-2026.json"
    data = json.loads(year.read_bytes())
    data["entries"]["1"]["date"] = "someday"
    year.write_text(json.dumps(data))
    broken = year.read_bytes()
    with pytest.raises(JournalUnreadable, match="stored entry 1 breaks the entry format"):
        journal.entries()
    # A save would carry the bad record along unseen; it is refused instead.
    with pytest.raises(JournalUnreadable):
        journal.save_entry(make_entry(clock, value="Another"))
    with pytest.raises(JournalUnreadable, match=r"entries-2026\.json"):
        journal.save_checkin(make_entry(clock, value="Another"))
    assert year.read_bytes() == broken


@pytest.fixture
def valid(clock: FixedClock, tmp_path: Path) -> bytes:
    return _valid(clock, tmp_path)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_damage_to_a_journal_is_reported_never_crashes(
    data: st.DataObject, valid: bytes, tmp_path: Path, clock: FixedClock
) -> None:
    damage = data.draw(st.sampled_from(["cut", "flip", "splice", "bytes"]))
    if damage == "cut":
        raw = valid[: data.draw(st.integers(0, len(valid) - 1))]
    elif damage == "flip":
        at = data.draw(st.integers(0, len(valid) - 1))
        raw = valid[:at] + bytes([data.draw(st.integers(0, 255))]) + valid[at + 1 :]
    elif damage == "splice":
        at = data.draw(st.integers(0, len(valid)))
        raw = valid[:at] + data.draw(st.binary(max_size=40)) + valid[at:]
    else:
        raw = data.draw(st.binary(max_size=400))
    folder = tmp_path / "fuzz"
    folder.mkdir(exist_ok=True)
    (folder / "journal.json").write_bytes(raw)
    try:
        journal = Journal.open(folder, clock)
        journal.entries()
        journal.settings()
        journal.draft()
        journal.close()
    except JournalUnreadable as error:
        assert str(folder / "journal.json") in str(error)
        assert (folder / "journal.json").read_bytes() == raw
        return
    # A journal that reads may get its status record brought up to date, nothing else.
    after = json.loads((folder / "journal.json").read_bytes())
    for table in ("settings", "state", "trash"):
        assert after.get(table, {}) == json.loads(raw).get(table, {})
