"""CPU time until the first frame with the marker is written, for the programs of ``ttfp.py``.

Wall-clock time to first paint swings with the machine's load; the CPU time a
process has used when it writes its first frame to the terminal swings much
less, so on a shared machine this says more about what our own code adds.
Each program starts in a fresh 100×30 tmux window with Textual's terminal
driver wrapped: at the first write that holds the program's marker it records
the process's CPU seconds (every thread) and quits.

    python bench/first_frame_cpu.py [--rounds N] [--years N] [--baseline PYTHON]

``--baseline`` is another install's Python (an older version), timed in the
same rounds.  Run it with the Python of a non-editable install, as ``ttfp.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Final

from ttfp import (
    BARE_APP,
    HOME_MARKER,
    MARKER,
    NOW,
    WIDGETS_APP,
    editable_install,
    onboarded_journal,
)

#: Runs a program (a script, or ``focuscheck ARGS``) and reports its CPU seconds at the marker.
AT_FIRST_FRAME: Final = """
import os, sys, time
from textual.drivers import linux_driver

marker, out, target = sys.argv[1], sys.argv[2], sys.argv[3:]
write = linux_driver.LinuxDriver.write


def first_frame(self, data):
    write(self, data)
    if marker in data:
        with open(out, "w") as found:
            found.write(f"{time.process_time()}\\n")
        os._exit(0)


linux_driver.LinuxDriver.write = first_frame
sys.argv = target
if target[0] == "focuscheck":
    from focuscheck.cli import main

    main()
else:
    import runpy

    runpy.run_path(target[0], run_name="__main__")
"""

TIMEOUT: Final = 30.0


def cpu_seconds(
    socket: list[str], python: str, wrapper: Path, marker: str, target: list[str]
) -> float:
    """The CPU seconds ``target`` has used when it first writes ``marker`` to the terminal."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "cpu"
        command = " ".join(
            f"'{part}'" for part in [python, str(wrapper), marker, str(out), *target]
        )
        subprocess.run(
            [*socket, "new-session", "-d", "-s", "run", "-x", "100", "-y", "30", command],
            check=True,
        )
        try:
            started = time.monotonic()
            while time.monotonic() - started < TIMEOUT:
                if out.exists() and out.read_text().endswith("\n"):
                    return float(out.read_text())
                time.sleep(0.005)
            raise SystemExit(f"no frame with {marker!r} from {' '.join(target)}")
        finally:
            subprocess.run([*socket, "kill-session", "-t", "run"], capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="rounds (each program once)")
    parser.add_argument("--years", type=int, default=0, help="years of daily check-ins")
    parser.add_argument("--baseline", help="another install's Python, timed in the same rounds")
    args = parser.parse_args()
    if editable_install():
        print("warning: focuscheck is an editable install; people get `pip install .`\n")
    with tempfile.TemporaryDirectory() as folder:
        wrapper = Path(folder) / "at_first_frame.py"
        wrapper.write_text(AT_FIRST_FRAME)
        (Path(folder) / "bare.py").write_text(BARE_APP)
        (Path(folder) / "widgets.py").write_text(WIDGETS_APP)
        os.environ |= {
            "FOCUSCHECK_DATA_DIR": str(Path(folder) / "data"),
            "FOCUSCHECK_NOW": NOW,
            "LANG": "C.UTF-8",
        }
        onboarded_journal(Path(folder) / "data", args.years)
        me = sys.executable
        programs = {
            "bare Textual app": (me, MARKER, [str(Path(folder) / "bare.py")]),
            "same widgets, bare": (me, MARKER, [str(Path(folder) / "widgets.py")]),
            "checkin": (me, MARKER, ["focuscheck", "checkin"]),
            "home": (me, HOME_MARKER, ["focuscheck"]),
        }
        if args.baseline:
            programs["baseline checkin"] = (args.baseline, MARKER, ["focuscheck", "checkin"])
            programs["baseline home"] = (args.baseline, HOME_MARKER, ["focuscheck"])
        socket = ["tmux", "-L", "cpu-" + uuid.uuid4().hex[:8]]
        subprocess.run([*socket, "new-session", "-d", "-s", "keeper", "sleep 3600"], check=True)
        times: dict[str, list[float]] = {name: [] for name in programs}
        try:
            for _round in range(args.rounds):
                for name, (python, marker, target) in programs.items():
                    times[name].append(cpu_seconds(socket, python, wrapper, marker, target))
        finally:
            subprocess.run([*socket, "kill-server"], capture_output=True)
    bare = statistics.median(times["bare Textual app"])
    widgets = statistics.median(times["same widgets, bare"])
    print(f"{args.rounds} rounds, {args.years} years of check-ins; CPU seconds at the first frame")
    for name, found in times.items():
        median = statistics.median(found)
        ratios = f"/ bare {median / bare:.3f}  / widgets {median / widgets:.3f}"
        print(f"{name + ':':22}{median:.3f} s  {ratios}")


if __name__ == "__main__":
    main()
