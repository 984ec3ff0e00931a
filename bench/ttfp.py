"""Time to first paint of ``focuscheck`` and ``focuscheck checkin`` against a bare Textual app.

All programs start in a fresh 100×30 tmux window and are timed until their
marker is on screen (the shared ``ttfp.py`` tool does the timing): the first
question for ``checkin``, the call to check in for the home screen.  The bare
app shows one ``Static`` holding both markers.

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
HOME_MARKER: Final = "Press C to check in"
NOW: Final = "2026-11-26T09:30:00+01:00"
BARE_APP: Final = f'''
from textual.app import App
from textual.widgets import Static


class Bare(App):
    def compose(self):
        yield Static("{MARKER}\\n{HOME_MARKER}")


Bare().run()
'''


#: The check-in screen's standard widgets on a pushed screen: what Textual itself costs.
WIDGETS_APP: Final = f'''
from textual.app import App
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static


class Step(Screen):
    def compose(self):
        yield Header()
        yield Static("{MARKER}")
        yield Input(placeholder="Your answer")
        yield Footer()


class Widgets(App):
    def on_mount(self):
        self.push_screen(Step())


Widgets().run()
'''


def median_of(
    command: list[str], runs: int, environment: dict[str, str], marker: str = MARKER
) -> float:
    """The median seconds until ``marker`` is painted by ``command``, as the tool measures it."""
    result = subprocess.run(
        [sys.executable, str(TOOL), "-n", str(runs), marker, "--", *command],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    found = re.search(r"median_s=([0-9.]+)", result.stdout)
    if found is None:
        raise SystemExit(f"the timing tool said nothing usable:\n{result.stdout}{result.stderr}")
    return float(found.group(1))


def focuscheck_command(*command: str) -> list[str]:
    """The installed ``focuscheck`` script beside this Python, else ``python -m focuscheck``."""
    script = Path(sys.executable).with_name("focuscheck")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "focuscheck"]
    return [*base, "--lang", "en", *command]


def onboarded_journal(folder: Path) -> None:
    """A journal whose first-run setup is done, so bare ``focuscheck`` opens on home."""
    sys.path.insert(0, str(REPOSITORY))
    from datetime import datetime

    from focuscheck.domain.clock import FixedClock
    from focuscheck.service.journal_service import FIRST_RUN_DONE
    from focuscheck.storage.journal import Journal

    Journal.open(folder, FixedClock(datetime.fromisoformat(NOW))).set_state(FIRST_RUN_DONE, True)


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
        widgets = Path(folder) / "widgets.py"
        widgets.write_text(WIDGETS_APP)
        environment = {
            **os.environ,
            "FOCUSCHECK_DATA_DIR": str(Path(folder) / "data"),
            "FOCUSCHECK_NOW": NOW,
            "LANG": "C.UTF-8",
        }
        onboarded_journal(Path(folder) / "data")
        # Interleaved rounds, so a busy moment on the machine hits all alike.
        bare_times: list[float] = []
        widget_times: list[float] = []
        checkin_times: list[float] = []
        home_times: list[float] = []
        rounds = 3
        for _round in range(rounds):
            bare_times.append(median_of([sys.executable, str(bare)], args.runs, environment))
            widget_times.append(median_of([sys.executable, str(widgets)], args.runs, environment))
            checkin_times.append(median_of(focuscheck_command("checkin"), args.runs, environment))
            home_times.append(median_of(focuscheck_command(), args.runs, environment, HOME_MARKER))
    bare_median = sorted(bare_times)[rounds // 2]
    widget_median = sorted(widget_times)[rounds // 2]
    checkin_median = sorted(checkin_times)[rounds // 2]
    home_median = sorted(home_times)[rounds // 2]
    print(f"bare Textual app:    {bare_median:.3f} s  (round medians {bare_times})")
    print(f"same widgets, bare:  {widget_median:.3f} s  (round medians {widget_times})")
    print(f"focuscheck checkin:  {checkin_median:.3f} s  (round medians {checkin_times})")
    print(f"focuscheck (home):   {home_median:.3f} s  (round medians {home_times})")
    print(f"ratio checkin:       {checkin_median / bare_median:.3f}  (goal <= 1.15, aim 1.10)")
    print(f"ratio home:          {home_median / bare_median:.3f}")
    print(f"ratio same widgets:  {widget_median / bare_median:.3f}  (Textual's own share)")


if __name__ == "__main__":
    main()
