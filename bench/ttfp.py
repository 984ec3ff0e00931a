"""Time to first paint of ``focuscheck`` and ``focuscheck checkin`` against bare Textual apps.

Every program starts in a fresh 100×30 tmux window and is timed until its
marker is on screen (the shared ``ttfp.py`` tool does the timing):

* a bare Textual app: ``Header``, one ``Static`` holding every marker, ``Footer``;
* the check-in step's widgets, Textual's own, composed on a pushed screen;
* ``focuscheck checkin`` until its first question;
* bare ``focuscheck`` until the home screen's layout ("The last 7 days"), and
  again until its status is filled in from the journal ("Press C to check in").

``focuscheck`` runs as people start it, without ``--lang`` (the language comes
from the journal's settings, then ``LANG``), on a journal whose first-run setup
is done and which holds ``--years`` of daily check-ins.

    python bench/ttfp.py [-n RUNS] [--rounds N] [--years N] [--baseline SCRIPT]

Run it with the Python of a non-editable install (the README's install
command), which is what people get; it warns when the ``focuscheck`` it finds is
editable.  ``--baseline`` times another install's ``focuscheck`` (an older
version, say) in the same rounds.  The programs take turns within each round,
so a busy moment on the machine hits them alike; each figure is the median of
the round medians, with the median of the ratios taken within each round beside
it (on a busy machine, many short rounds, ``-n 1 --rounds 21``, say more).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Final

REPOSITORY: Final = Path(__file__).resolve().parent.parent
#: Where the shared timing tool usually is: ``shared/tools/ttfp.py`` beside the repository.
TOOL: Final = REPOSITORY.parent / "shared" / "tools" / "ttfp.py"
MARKER: Final = "Who pays my salary?"
HOME_MARKER: Final = "The last 7 days"
STATUS_MARKER: Final = "Press C to check in"
NOW: Final = "2026-11-26T09:30:00+01:00"

BARE_APP: Final = f'''
from textual.app import App
from textual.widgets import Footer, Header, Static


class Bare(App):
    def compose(self):
        yield Header()
        yield Static("{MARKER}\\n{HOME_MARKER}\\n{STATUS_MARKER}")
        yield Footer()


Bare().run()
'''

#: The first check-in step's layout and keys with Textual's own widgets: what Textual costs.
WIDGETS_APP: Final = f'''
from textual.app import App
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static


class Step(Screen):
    BINDINGS = [Binding("ctrl+n", "next", "Next"), Binding("escape", "back", "Back")]

    def compose(self):
        yield Header()
        with VerticalScroll():
            yield Static("Step 1/8  ●○○○○○○○")
            yield Static("{MARKER}")
            yield Input(placeholder="Your answer, in your own words")
            yield Static("Enter: see a reflection · Enter again: next step")
            yield Vertical()
            yield Static("")
        yield Footer()


class Widgets(App):
    TITLE = "focuscheck"
    BINDINGS = [Binding("f1", "help", "Help")]

    def on_mount(self):
        self.push_screen(Step())


Widgets().run()
'''


def median_of(
    tool: Path, command: list[str], runs: int, environment: dict[str, str], marker: str
) -> float:
    """The median seconds until ``marker`` is painted by ``command``, as the tool measures it."""
    result = subprocess.run(
        [sys.executable, str(tool), "-n", str(runs), marker, "--", *command],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    found = re.search(r"median_s=([0-9.]+)", result.stdout)
    if found is None or found.group(1) == "nan":
        raise SystemExit(f"the timing tool said nothing usable:\n{result.stdout}{result.stderr}")
    return float(found.group(1))


def focuscheck_command(script: Path | None, *command: str) -> list[str]:
    """``script`` (default: the ``focuscheck`` beside this Python, else ``python -m``)."""
    script = script or Path(sys.executable).with_name("focuscheck")
    base = [str(script)] if script.exists() else [sys.executable, "-m", "focuscheck"]
    return [*base, *command]


def editable_install() -> bool:
    """Whether the ``focuscheck`` installed for this Python is an editable install."""
    try:
        found = metadata.distribution("focuscheck").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return False
    return bool(found and json.loads(found).get("dir_info", {}).get("editable"))


def onboarded_journal(folder: Path, years: int) -> None:
    """A journal with ``years`` of daily check-ins whose first-run setup is done."""
    sys.path.insert(0, str(REPOSITORY / "bench"))
    from _fixtures import YEAR, clock, records, write_journal

    from focuscheck.service.journal_service import FIRST_RUN_DONE
    from focuscheck.storage.journal import Journal

    if years:
        write_journal(folder, records(years * YEAR))
    Journal.open(folder, clock()).set_state(FIRST_RUN_DONE, True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=9, help="runs per program and round")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--years", type=int, default=0, help="years of daily check-ins")
    parser.add_argument("--tool", type=Path, default=TOOL, help="the shared ttfp.py")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another install's focuscheck script (an older version), timed in the same rounds",
    )
    args = parser.parse_args()
    if not args.tool.exists():
        raise SystemExit(
            f"The timing tool is missing: expected it at {args.tool.resolve()} "
            "(give it with --tool). Nothing was measured."
        )
    if editable_install():
        print("warning: focuscheck is an editable install; people get `pip install .`\n")
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
        onboarded_journal(Path(folder) / "data", args.years)
        programs: dict[str, tuple[list[str], str]] = {
            "bare Textual app": ([sys.executable, str(bare)], MARKER),
            "same widgets, bare": ([sys.executable, str(widgets)], MARKER),
        }
        scripts = {"": None, "baseline ": args.baseline} if args.baseline else {"": None}
        for label, script in scripts.items():
            programs |= {
                f"{label}checkin": (focuscheck_command(script, "checkin"), MARKER),
                f"{label}home": (focuscheck_command(script), HOME_MARKER),
                f"{label}home, status filled": (focuscheck_command(script), STATUS_MARKER),
            }
        times: dict[str, list[float]] = {name: [] for name in programs}
        for _round in range(args.rounds):
            for name, (command, marker) in programs.items():
                times[name].append(median_of(args.tool, command, args.runs, environment, marker))
    report(times, args)


def report(times: dict[str, list[float]], args: argparse.Namespace) -> None:
    """Each program's median, and its ratios: of the medians, and the median of each round's."""
    bare, widgets = times["bare Textual app"], times["same widgets, bare"]
    print(f"{args.rounds} rounds of {args.runs} runs, {args.years} years of check-ins")
    print(f"{'':30}median   / bare  (of rounds)  / widgets (of rounds)")
    for name, found in times.items():
        median = statistics.median(found)
        print(
            f"{name + ':':30}{median:.3f} s  {median / statistics.median(bare):.3f}  "
            f"({_round_ratio(found, bare):.3f})     {median / statistics.median(widgets):.3f}  "
            f"({_round_ratio(found, widgets):.3f})"
        )
    for name, found in times.items():
        print(f"  rounds, {name}: " + ", ".join(f"{time:.3f}" for time in found))
    print("goals: checkin and home / bare <= 1.10; checkin / same widgets <= 1.03")


def _round_ratio(found: list[float], base: list[float]) -> float:
    """The median of the ratios taken within each round (the machine's load alike)."""
    return statistics.median(mine / theirs for mine, theirs in zip(found, base, strict=True))


if __name__ == "__main__":
    main()
