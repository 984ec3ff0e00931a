"""Five members run the quick preset on one terminal, typing as people do, and the clock is read.

Not a timed test: the durations are printed (and, with
``FOCUSCHECK_RETRO_TIMING=FILE``, appended to FILE) for docs/retro.md; only a
generous bound catches a retro that hangs.  The suite plays the script five
times faster (``FOCUSCHECK_RETRO_PACE``, 0.2 unless set) so that it stays
short; ``FOCUSCHECK_RETRO_PACE=1`` (or ``python bench/retro_timing.py``) runs
it at people's pace, as measured in docs/retro.md.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FROZEN_NOW
from tests.e2e.plain_session import installed_focuscheck
from tests.e2e.retro_run import QUICK, Pace, run_retro
from tests.e2e.test_checkin_terminal import Terminal

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]

SCALE = float(os.environ.get("FOCUSCHECK_RETRO_PACE", "0.2"))
SANITY_SECONDS = 20 * 60
"""Far beyond any run: four questions of 60 s and a board."""


@pytest.fixture
def terminal(data_dir: Path) -> Iterator[Terminal]:
    term = Terminal(
        {
            "FOCUSCHECK_DATA_DIR": str(data_dir),
            "FOCUSCHECK_NOW": FROZEN_NOW.isoformat(),
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
            "PATH": os.environ.get("PATH", ""),
        }
    )
    yield term
    term.close()


def test_five_members_finish_the_quick_preset_and_each_phase_is_timed(
    terminal: Terminal, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "retro.md"
    terminal.start(installed_focuscheck(), "--lang", "en", "retro", "--out", str(notes))

    timing = run_retro(terminal, QUICK, preset_steps=1, pace=Pace(scale=SCALE))

    report = timing.table(f"quick preset, five members on one screen (pace ×{SCALE:g})")
    with capsys.disabled():
        print(f"\n{report}")
    if target := os.environ.get("FOCUSCHECK_RETRO_TIMING"):
        with Path(target).open("a", encoding="utf-8") as out:
            out.write(report + "\n")
    assert [name for name, _seconds in timing.phases] == [
        "set-up",
        "round 1",
        "round 2",
        "round 3",
        "round 4",
        "votes",
        "reveal",
        "actions",
        "summary",
    ]
    assert timing.total < SANITY_SECONDS * max(SCALE, 0.1)
    text = notes.read_text(encoding="utf-8")
    assert "5 members (anonymous) · 60 s per question" in text
    assert text.count("\n### ") == 4
    assert "(Rules for their own sake \\[red tape\\])" in text
    # The three most voted are taken into the retro, and each becomes the team's action.
    taken = text.split("## Taken into the retro\n")[1].split("## Actions\n")[0]
    actions = text.split("## Actions\n")[1].split("## Answers\n")[0]
    assert taken.count("\n- **") == 3, text
    assert actions.count(" — the team\n") == 3, text
