"""Time to first paint of ``focuscheck checkin`` against a bare Textual app, in one run.

Both programs start in a fresh 100×30 tmux window and are timed until the
first question is on screen (the shared ``ttfp.py`` tool does the timing).
The bare app shows one ``Static`` holding the same text.

    python bench/ttfp.py [-n RUNS]

Prints each median and the ratio focuscheck / bare (the goal is at most 1.15).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Final

REPOSITORY: Final = Path(__file__).resolve().parent.parent
TOOL: Final = REPOSITORY / ".." / "shared" / "tools" / "ttfp.py"
MARKER: Final = "Who pays my salary?"
NOW: Final = "2026-11-26T09:30:00+01:00"
BARE_APP: Final = f'''
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static("{MARKER}")


Bare().run()
'''


def median_of(command: list[str], runs: int, environment: dict[str, str]) -> float:
    """The median seconds to first paint of ``command``, as the tool measures it."""
    result = subprocess.run(
        [sys.executable, str(TOOL), "-n", str(runs), MARKER, "--", *command],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    found = re.search(r"median_s=([0-9.]+)", result.stdout)
    if found is None:
        raise SystemExit(f"the timing tool said nothing usable:\n{result.stdout}{result.stderr}")
    return float(found.group(1))


def focuscheck_command() -> list[str]:
    """The installed ``focuscheck`` script beside this Python, else ``python -m focuscheck``."""
    script = Path(sys.executable).with_name("focuscheck")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "focuscheck"]
    return [*base, "--lang", "en", "checkin"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=15, help="runs per program")
    args = parser.parse_args()
    if not TOOL.exists():
        raise SystemExit(
            f"The timing tool is missing: expected it at {TOOL.resolve()} "
            "(shared/tools/ttfp.py beside this repository). Nothing was measured."
        )
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(BARE_APP)
        environment = {
            **os.environ,
            "FOCUSCHECK_DATA_DIR": str(Path(folder) / "data"),
            "FOCUSCHECK_NOW": NOW,
            "LANG": "C.UTF-8",
        }
        # Interleaved rounds, so a busy moment on the machine hits both alike.
        bare_times: list[float] = []
        app_times: list[float] = []
        rounds = 3
        for _round in range(rounds):
            bare_times.append(median_of([sys.executable, str(bare)], args.runs, environment))
            app_times.append(median_of(focuscheck_command(), args.runs, environment))
    bare_median = sorted(bare_times)[rounds // 2]
    app_median = sorted(app_times)[rounds // 2]
    print(f"bare Textual app:    {bare_median:.3f} s  (round medians {bare_times})")
    print(f"focuscheck checkin:  {app_median:.3f} s  (round medians {app_times})")
    print(f"ratio:               {app_median / bare_median:.3f}  (goal <= 1.15, aim 1.10)")


if __name__ == "__main__":
    main()
