"""SIGKILLs into a writing focuscheck and into one splitting an old journal; after each, the
journal must be whole.

    python bench/crash_kills.py [--kills N] [--migration-kills N] [--seed N]

Runs the harnesses the test suite runs (tests/robustness/crash_harness.py) at
full length: after every kill of a writer the journal must open and hold exactly
the state before or after the operation in flight; after every kill of a split
it must hold exactly the old journal's entries, with the old file kept.  Exits 1
on any failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import _fixtures  # noqa: F401  (puts the repository on the import path)

from tests.robustness.crash_harness import run, run_migration


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=700)
    parser.add_argument("--migration-kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    failures: list[str] = []
    for label, harness, kills in (
        ("writer (saves, edits across years, deletes)", run, args.kills),
        ("split of an old single-file journal", run_migration, args.migration_kills),
    ):
        with tempfile.TemporaryDirectory(prefix="focuscheck-crash-") as folder:
            report = harness(Path(folder) / "data", kills=kills, seed=args.seed)
        print(label)
        print("  " + "\n  ".join(report.lines()))
        failures += report.failures
    for failure in failures[:20]:
        print("  FAIL", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
