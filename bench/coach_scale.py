"""Whether a whole organisation's exports load on one machine: the coach against json.load.

    python bench/coach_scale.py [--files 5000] [--entries 250] [--folder DIR]

Writes the exports with ``bench/gen_exports.py`` (a few built by the export code,
the rest copies under other pseudonyms, each with its own valid checksum) into
``--folder``, or reuses the ones there when their number is right.  Then, each in
a fresh process and in the same run: a bare ``json.load`` loop over the files
(the reference), and the coach's load and review (``load_exports`` and
``review``).  For each it prints the CPU seconds, the wall time and the peak
resident size of the child process, and the coach's ratios to the reference.
The goals are at most 1.3 times the reference's CPU and at most 150 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Final

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.gen_exports import write_exports  # noqa: E402

TEMPLATES: Final = 50
CPU_GOAL: Final = 1.3
MEMORY_GOAL_MB: Final = 150

REFERENCE: Final = """
import json, sys
from pathlib import Path
count = 0
for path in sorted(Path(sys.argv[1]).glob("*.json")):
    with path.open("rb") as file:
        count += len(json.load(file)["entries"])
print(count)
"""
COACH: Final = """
import resource, sys, time
from pathlib import Path
from focuscheck.coach.aggregate import review
from focuscheck.coach.loader import load_exports
started = time.process_time()
loaded = load_exports([Path(sys.argv[1])])
loaded_at = time.process_time()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
result = review(loaded.exports, 5)
assert not loaded.rejected and not loaded.duplicates, (loaded.rejected[:3], loaded.duplicates[:3])
print(result.checkins.value)
print(f"  load {loaded_at - started:.2f} s CPU, {peak:.0f} MB peak after it;", file=sys.stderr)
print(f"  review {time.process_time() - loaded_at:.2f} s CPU", file=sys.stderr)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--entries", type=int, default=250)
    parser.add_argument("--folder", type=Path, help="where the exports are kept between runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch) / "exports"
        if len(list(folder.glob("*.json"))) != args.files:
            started = time.perf_counter()
            for old in folder.glob("*.json"):
                old.unlink()
            write_exports(folder, args.files, args.entries, templates=TEMPLATES)
            print(f"wrote {args.files} exports in {time.perf_counter() - started:.0f} s")
        size = sum(path.stat().st_size for path in folder.glob("*.json"))
        print(f"{args.files} exports × {args.entries} entries, {size / 1e6:.0f} MB")
        reference = measure(REFERENCE, folder)
        coach = measure(COACH, folder)
    if reference.output != coach.output:
        raise SystemExit(f"check-ins differ: {reference.output} read, {coach.output} counted")
    print(f"{'':22}{'CPU s':>8}{'wall s':>8}{'peak MB':>9}")
    for name, run in (("json.load loop", reference), ("coach load + review", coach)):
        print(f"{name:22}{run.cpu:8.2f}{run.wall:8.2f}{run.peak_mb:9.0f}")
    ratio = coach.cpu / reference.cpu
    print(f"CPU ratio {ratio:.2f} (goal ≤ {CPU_GOAL}), peak {coach.peak_mb:.0f} MB ", end="")
    print(f"(goal ≤ {MEMORY_GOAL_MB} MB), memory ratio {coach.peak_mb / reference.peak_mb:.1f}")


class Run:
    """One measured child process."""

    def __init__(self, cpu: float, wall: float, peak_mb: float, output: str) -> None:
        self.cpu = cpu
        self.wall = wall
        self.peak_mb = peak_mb
        self.output = output


def measure(code: str, folder: Path) -> Run:
    """Run ``code`` on ``folder`` in a fresh interpreter; its own CPU, wall time and peak."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    output = child.stdout.read().strip()
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"the child failed ({child.returncode})")
    # ru_maxrss is in KiB on Linux.
    return Run(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, output)


if __name__ == "__main__":
    main()
