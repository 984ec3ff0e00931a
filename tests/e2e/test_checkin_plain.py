"""The installed ``focuscheck checkin --plain`` in a real pseudo-terminal, typed like a person."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FROZEN_NOW
from tests.e2e.plain_session import installed_focuscheck, type_whole_checkin

pytestmark = [pytest.mark.e2e]

pytest.importorskip("pexpect")


@pytest.fixture
def environment(data_dir: Path) -> dict[str, str]:
    return {
        "FOCUSCHECK_DATA_DIR": str(data_dir),
        "FOCUSCHECK_NOW": FROZEN_NOW.isoformat(),
        "LANG": "C.UTF-8",
        "TERM": "xterm-256color",
        "NO_COLOR": "1",
        "PATH": os.environ.get("PATH", ""),
    }


def test_a_whole_plain_check_in_is_typed_and_saved(environment: dict[str, str]) -> None:
    session = type_whole_checkin(environment)
    assert session.exit_status == 0
    assert "\x1b" not in session.output
    history = subprocess.run(
        [installed_focuscheck(), "history", "--format", "json"],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    [entry] = json.loads(history.stdout)
    assert entry["date"] == "2026-11-26"
    assert (entry["salary"], entry["salary_aligned"]) == ("The customer", True)
    assert entry["mission_clarity"] == 1
    assert entry["value"] == "Called back a customer about her invoice"
    assert (entry["voice_source"], entry["voice_quote"]) == (
        "customer",
        "Thank you, now I understand",
    )
    assert (entry["waste_category"], entry["waste_note"]) == (
        "red_tape",
        "Three signatures for a refund",
    )
    assert (entry["focus"], entry["tags"]) == (4, ["support", "billing"])
