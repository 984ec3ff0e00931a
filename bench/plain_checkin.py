"""Program time of a whole ``focuscheck checkin --plain``, typed as each question appears.

    python bench/plain_checkin.py [--rounds N]

Runs the installed command in a pseudo-terminal (pexpect) on a new journal
each round and answers every question the moment it is printed, so the time
is the program's own: start-up, eight steps, the draft after each, the save
and the summary.  Prints the median and the worst wall-clock and CPU seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.e2e.plain_session import type_whole_checkin  # noqa: E402

NOW = "2026-11-26T09:30:00+01:00"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    walls: list[float] = []
    cpus: list[float] = []
    for _round in range(rounds):
        with tempfile.TemporaryDirectory() as folder:
            environment = {
                "FOCUSCHECK_DATA_DIR": folder,
                "FOCUSCHECK_NOW": NOW,
                "LANG": "C.UTF-8",
                "PATH": os.environ.get("PATH", ""),
            }
            session = type_whole_checkin(environment)
            if session.exit_status != 0:
                raise SystemExit(f"the check-in ended with {session.exit_status}")
            walls.append(session.seconds)
            cpus.append(session.cpu_seconds)
    print(f"plain check-in, {rounds} rounds, new journal each")
    print(f"  wall  median {statistics.median(walls):.2f} s  worst {max(walls):.2f} s")
    print(f"  cpu   median {statistics.median(cpus):.2f} s  worst {max(cpus):.2f} s")


if __name__ == "__main__":
    main()
