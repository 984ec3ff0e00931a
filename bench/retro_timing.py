"""How long a retro opener of five members on one screen takes, phase by phase.

    python bench/retro_timing.py [--questions quick|default] [--pace 1.0]

Runs the installed ``focuscheck retro`` in tmux on a new data folder and
plays the script of ``tests/e2e/retro_run.py``: the facilitator reads each
question out, five members take the keyboard in turn, type short answers key
by key (four keys a second), pass now and then, and pick from the lists; the
team reads each column of the board and marks two items; the summary is
saved.  Prints the seconds from the moment each phase's screen appeared to
the moment the next one did.  ``--pace 0.2`` plays it five times faster.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.e2e.plain_session import installed_focuscheck  # noqa: E402
from tests.e2e.retro_run import DEFAULT, QUICK, Pace, run_retro  # noqa: E402
from tests.e2e.test_checkin_terminal import Terminal  # noqa: E402

NOW = "2026-11-26T09:30:00+01:00"
RUNS = {
    # name: (questions, lines down the preset list, what the table is called)
    "quick": (QUICK, 1, "quick preset: 4 questions × 60 s"),
    "default": (DEFAULT, 0, "default questions: 6 questions × 90 s"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", choices=sorted(RUNS), default="quick")
    parser.add_argument("--pace", type=float, default=1.0)
    options = parser.parse_args()
    questions, steps, title = RUNS[options.questions]
    with tempfile.TemporaryDirectory() as folder:
        terminal = Terminal(
            {
                "FOCUSCHECK_DATA_DIR": str(Path(folder) / "data"),
                "FOCUSCHECK_NOW": NOW,
                "LANG": "C.UTF-8",
                "TERM": "xterm-256color",
                "PATH": os.environ.get("PATH", ""),
            }
        )
        notes = Path(folder) / "retro.md"
        terminal.start(installed_focuscheck(), "--lang", "en", "retro", "--out", str(notes))
        try:
            timing = run_retro(terminal, questions, steps, Pace(scale=options.pace))
        finally:
            terminal.close()
    print(timing.table(f"{title}, five members on one screen (pace ×{options.pace:g})"))


if __name__ == "__main__":
    main()
