"""A damaged, strange or unwritable coach-selection.json: said plainly, never overwritten."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from focuscheck.coach.selection import SELECTION_NAME
from focuscheck.coach.selection_file import SelectionStore
from focuscheck.coach.text_groups import text_key
from tests.robustness.faults import Step, inject

KEY = text_key("voice_quote", "Faster, please")


def as_bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


DAMAGED: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (as_bytes(b""), "it is not valid JSON"),
    "cut short": (as_bytes(b'{"version": 1, "starred": [{"fi'), "it is not valid JSON"),
    "not text": (as_bytes(b"\xff\xfe\x00garbage"), "it is not valid JSON"),
    "a list": (as_bytes(b"[]"), "it is not a selection of starred texts"),
    "no version": (as_bytes(b'{"starred": []}'), "it is not a selection of starred texts"),
    "newer": (
        as_bytes(b'{"version": 9, "starred": []}'),
        "it was written by a newer focuscheck (version 9)",
    ),
    "bad star": (
        as_bytes(b'{"version": 1, "starred": [{"field": "salary", "category": "", "text": "x"}]}'),
        "its list of starred texts is damaged",
    ),
    "a folder": (lambda path: path.mkdir(), "it is a folder, not a regular file"),
    "a named pipe": (lambda path: os.mkfifo(path), "it is a named pipe, not a regular file"),
}


@pytest.mark.parametrize("name", list(DAMAGED))
def test_a_damaged_selection_is_said_and_left_as_it_is(tmp_path: Path, name: str) -> None:
    make, reason = DAMAGED[name]
    path = tmp_path / SELECTION_NAME
    make(path)
    before = path.read_bytes() if path.is_file() else None
    store = SelectionStore(path)
    assert store.problem == f"{path} cannot be read ({reason}); it is left as it is."
    assert store.toggle(KEY) == store.problem
    assert store.selection.starred == {KEY}  # kept for the session
    assert (path.read_bytes() if path.is_file() else None) == before


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_a_read_only_folder_keeps_the_stars_for_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    store = SelectionStore(tmp_path / SELECTION_NAME)
    with inject(monkeypatch, Step.CREATE, code):
        problem = store.toggle(KEY)
    assert problem == f"The stars cannot be saved: {tmp_path} is read-only."
    assert store.selection.starred == {KEY}
    assert not (tmp_path / SELECTION_NAME).exists()
    assert store.toggle(text_key("value", "Called back")) is None  # writable again: all saved
    assert SelectionStore(tmp_path / SELECTION_NAME).selection == store.selection


def test_a_full_disk_says_why_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SelectionStore(tmp_path / SELECTION_NAME)
    store.toggle(KEY)
    before = (tmp_path / SELECTION_NAME).read_bytes()
    with inject(monkeypatch, Step.WRITE, errno.ENOSPC):
        problem = store.toggle(text_key("value", "Called back"))
    assert problem == f"The stars cannot be saved in {tmp_path}: {os.strerror(errno.ENOSPC)}."
    assert (tmp_path / SELECTION_NAME).read_bytes() == before
