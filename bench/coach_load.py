"""How long a coach waits: load many exports and write both reports.

    python bench/coach_load.py [--files 500] [--entries 250] [--folder DIR]

Generates the exports first (with bench/gen_exports.py) unless ``--folder``
points at existing ones, then times loading and checking every file, the
review, and the Markdown and HTML reports.  Peak memory is the process's
maximum resident size; ``--tracemalloc`` repeats the run under tracemalloc for
the peak of Python's own allocations (slower, so not timed).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focuscheck.coach.aggregate import review  # noqa: E402
from focuscheck.coach.loader import LoadResult, load_exports  # noqa: E402
from focuscheck.coach.report_html import render_html  # noqa: E402
from focuscheck.coach.report_md import render_markdown  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--entries", type=int, default=250)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--tracemalloc", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch) / "exports"
        if args.folder is None:
            subprocess.run(
                [sys.executable, str(ROOT / "bench" / "gen_exports.py"), str(folder),
                 "--files", str(args.files), "--entries", str(args.entries)],
                check=True,
            )  # fmt: skip
        size = sum(path.stat().st_size for path in folder.iterdir())
        timings, loaded, reports = run(folder)
        traced = None
        if args.tracemalloc:
            tracemalloc.start()
            run(folder)
            traced = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
    entries = sum(export.checkins for export in loaded.exports)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load, check, write = timings
    print(f"exports loaded       {len(loaded.exports)} ({len(loaded.rejected)} refused)")
    print(f"entries              {entries}")
    print(f"input size           {size / 1e6:.1f} MB")
    print(f"load and check       {load:.2f} s")
    print(f"review (k=5)         {check:.2f} s")
    print(f"reports (md + html)  {write:.2f} s ({reports[0] // 1024} + {reports[1] // 1024} KiB)")
    print(f"total                {load + check + write:.2f} s")
    print(f"peak resident size   {rss:.0f} MB")
    if traced is not None:
        print(f"peak traced memory   {traced / 1e6:.0f} MB")


def run(folder: Path) -> tuple[tuple[float, float, float], LoadResult, tuple[int, int]]:
    """Load, review and report once; the three durations, what loaded, the report sizes."""
    started = time.perf_counter()
    loaded = load_exports([folder])
    loaded_at = time.perf_counter()
    result = review(loaded.exports, 5)
    reviewed_at = time.perf_counter()
    markdown = render_markdown(result, loaded)
    html = render_html(result, loaded)
    done = time.perf_counter()
    timings = (loaded_at - started, reviewed_at - loaded_at, done - reviewed_at)
    return timings, loaded, (len(markdown.encode()), len(html.encode()))


if __name__ == "__main__":
    main()
