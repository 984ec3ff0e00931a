"""Running the ``focuscheck`` command inside the test process, as a person would."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from focuscheck.cli.main import main

#: One check-in with every field of the entry format set to something other than its default.
FULL: dict[str, Any] = {
    "id": "0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11",
    "date": "2026-11-25",
    "created_at": "2026-11-25T17:00:00+01:00",
    "updated_at": "2026-11-25T17:05:00+01:00",
    "salary": "The customer",
    "cornerstone": "Customer focus",
    "mission": "Healthy people, healthy town",
    "salary_aligned": True,
    "cornerstone_aligned": False,
    "mission_clarity": 3,
    "value": "Fixed the invoice bug, finally",
    "voice_source": "colleague",
    "voice_quote": "Two lines\nof quote, with ; and ,",
    "voice_shared": True,
    "waste_category": "red_tape",
    "waste_note": "Three signatures for a refund",
    "waste_status": "resolved",
    "waste_raised_on": "2026-11-27",
    "waste_raised_where": "Retro 2026-11-27, with my manager",
    "waste_closed_on": "2026-12-01",
    "waste_outcome": "One signature now",
    "focus": 4,
    "tags": ["support", "billing"],
}

#: The same day's check-in with every optional field left empty.
BARE: dict[str, Any] = {
    "id": "7d1f0c55-2a9b-4e0e-8a43-5b8d6f2e9c10",
    "date": "2026-11-24",
    "created_at": "2026-11-24T08:00:00+01:00",
    "updated_at": "2026-11-24T08:00:00+01:00",
    "salary": "",
    "cornerstone": "",
    "mission": "",
    "salary_aligned": False,
    "cornerstone_aligned": False,
    "mission_clarity": None,
    "value": "Answered the support queue",
    "voice_source": "none",
    "voice_quote": "",
    "voice_shared": False,
    "waste_category": None,
    "waste_note": "",
    "waste_status": None,
    "waste_raised_on": None,
    "waste_raised_where": "",
    "waste_closed_on": None,
    "waste_outcome": "",
    "focus": None,
    "tags": [],
}


@dataclass(frozen=True)
class Result:
    """What one run of the command printed and how it ended."""

    code: int
    out: str
    err: str


Runner = Callable[..., Result]


def make_runner(capsys: pytest.CaptureFixture[str]) -> Runner:
    """A function running ``focuscheck ARGS...`` through its real entry point."""

    def run(*args: str | Path) -> Result:
        capsys.readouterr()
        try:
            main([str(arg) for arg in args])
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
        else:  # pragma: no cover - main always exits
            code = 0
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def write_json(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return path
