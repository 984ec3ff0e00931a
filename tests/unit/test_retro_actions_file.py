"""``retro-actions.json``: written whole, read back as written, never lost when damaged."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.domain.text import clean_line
from focuscheck.retro.actions import MAX_ACTION, Action, ActionDraft, ActionStatus, to_record
from focuscheck.service.retro_actions import ActionsService, ActionsUnreadable, StorageError
from focuscheck.storage import actions_file
from focuscheck.storage.actions_file import ACTIONS_NAME

TODAY = date(2026, 11, 26)
GOOD = {
    "id": "a" * 32,
    "text": "Cut the second signature",
    "owner": None,
    "due": None,
    "status": "open",
    "created_on": "2026-11-20",
    "closed_on": None,
    "retro": "r1",
    "source": "waste#1",
}
META = {"1": {"format": actions_file.FORMAT, "schema_version": 1}}


def service(data_dir: Path) -> ActionsService:
    numbers = iter(range(10_000))
    return ActionsService(data_dir, TODAY, new_id=lambda: f"{next(numbers):032x}")


def draft(source: str, text: str, owner: str | None = None) -> ActionDraft:
    return ActionDraft(source, text, owner, TODAY + timedelta(days=8))


BROKEN = {
    "empty": b"",
    "truncated": json.dumps({"_meta": META, "actions": {"1": GOOD}}).encode()[:60],
    "not-utf8": b'{"_meta": "\xff"}',
    "json-list": b"[1, 2]",
    "meta-not-object": json.dumps({"_meta": [], "actions": {}}).encode(),
    "another-file": json.dumps({"_meta": {"1": {"schema_version": 3}}, "entries": {}}).encode(),
    "record-not-object": json.dumps({"_meta": META, "actions": {"1": "text"}}).encode(),
    "record-bad-status": json.dumps(
        {"_meta": META, "actions": {"1": {**GOOD, "status": "maybe"}}}
    ).encode(),
    "record-bad-date": json.dumps(
        {"_meta": META, "actions": {"1": {**GOOD, "due": "soon"}}}
    ).encode(),
    "deeply-nested": b"[" * 100_000,
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_damaged_file_is_named_and_left_as_it_is_when_read(data_dir: Path, kind: str) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / ACTIONS_NAME
    path.write_bytes(BROKEN[kind])
    with pytest.raises(ActionsUnreadable) as caught:
        service(data_dir).all()
    assert str(caught.value).startswith(f"Cannot read the retro actions {path}: ")
    assert "The file has not been changed." in str(caught.value)
    with pytest.raises(ActionsUnreadable):
        service(data_dir).mark("aaaa", ActionStatus.DONE)
    assert path.read_bytes() == BROKEN[kind]


def test_saving_over_a_damaged_file_keeps_it_aside_byte_for_byte(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / ACTIONS_NAME
    path.write_bytes(b"{half a file")
    (data_dir / "retro-actions.damaged-2026-11-26.json").write_bytes(b"an older one")
    saved = service(data_dir).save_retro("r2", [draft("waste#0", "Ask finance")])
    assert saved.kept_aside == data_dir / "retro-actions.damaged-2026-11-26-2.json"
    assert saved.kept_aside.read_bytes() == b"{half a file"
    assert (data_dir / "retro-actions.damaged-2026-11-26.json").read_bytes() == b"an older one"
    assert [a.text for a in service(data_dir).all()] == ["Ask finance"]


def test_a_file_from_a_newer_focuscheck_is_refused_and_never_moved(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / ACTIONS_NAME
    newer = json.dumps({"_meta": {"1": {**META["1"], "schema_version": 2}}, "actions": {}})
    path.write_text(newer, encoding="utf-8")
    with pytest.raises(ActionsUnreadable, match="written by a newer focuscheck"):
        service(data_dir).save_retro("r2", [draft("waste#0", "Ask finance")])
    assert path.read_text(encoding="utf-8") == newer
    assert sorted(p.name for p in data_dir.iterdir()) == [ACTIONS_NAME, f"{ACTIONS_NAME}.lock"]


def test_a_failed_write_leaves_the_file_as_it_was(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = service(data_dir)
    store.save_retro("r1", [draft("waste#0", "Ask finance")])
    before = (data_dir / ACTIONS_NAME).read_bytes()

    def refuse(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError, match=r"No space left on device\. The file was not changed"):
        store.save_retro("r2", [draft("waste#1", "Call the supplier")])
    monkeypatch.undo()
    assert (data_dir / ACTIONS_NAME).read_bytes() == before
    assert not [p for p in data_dir.iterdir() if p.name.endswith(".tmp")]


def test_the_file_is_tinydb_json_with_its_format_and_version(data_dir: Path) -> None:
    service(data_dir).save_retro("r1", [draft("waste#0", "Ask finance", "Ann")])
    raw = json.loads((data_dir / ACTIONS_NAME).read_text(encoding="utf-8"))
    assert raw["_meta"] == META
    assert [record["owner"] for record in raw["actions"].values()] == ["Ann"]
    assert oct((data_dir / ACTIONS_NAME).stat().st_mode & 0o777) == "0o600"


texts = st.text(min_size=1, max_size=MAX_ACTION).map(clean_line).filter(bool)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
action_values = st.builds(
    Action,
    id=st.uuids().map(lambda u: u.hex),
    text=texts,
    owner=st.none() | texts,
    due=st.none() | days,
    status=st.sampled_from(ActionStatus),
    created_on=days,
    retro=st.text(max_size=40),
    source=st.text(max_size=40),
    closed_on=st.none() | days,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(action_values, max_size=8, unique_by=lambda a: a.id))
def test_every_action_stored_reads_back_unchanged(actions: list[Action]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = actions_file.ActionsFile(Path(folder), lambda record: None)
        store.change(lambda table: table.insert_multiple(to_record(a) for a in actions), TODAY)
        back = ActionsService(Path(folder), TODAY).all()
    assert sorted(back, key=lambda a: a.id) == sorted(actions, key=lambda a: a.id)
