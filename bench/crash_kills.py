"""A thousand SIGKILLs into a writing focuscheck; after each, the journal must be whole.

    python bench/crash_kills.py [--kills N] [--seed N]

Runs the harness the test suite runs (tests/robustness/crash_harness.py) at
full length: after every kill the journal must open and hold exactly the state
before or after the operation in flight.  Exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import _fixtures  # noqa: F401  (puts the repository on the import path)

from tests.robustness.crash_harness import run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="focuscheck-crash-") as folder:
        report = run(Path(folder) / "data", kills=args.kills, seed=args.seed)
    print("\n".join(report.lines()))
    for failure in report.failures[:20]:
        print("  FAIL", failure)
    sys.exit(1 if report.failures else 0)


if __name__ == "__main__":
    main()
