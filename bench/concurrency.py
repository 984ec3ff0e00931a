"""Several processes saving into one journal at once: nothing lost, no id twice.

python bench/concurrency.py [--processes N] [--saves N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import _fixtures  # noqa: F401  (puts the repository on the import path)

from tests.robustness.concurrency import run_savers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--saves", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="focuscheck-concurrency-") as folder:
        result = run_savers(Path(folder) / "data", args.processes, args.saves)
    expected = args.processes * args.saves
    twice = sum(1 for seen in Counter(result.ids).values() if seen > 1)
    print(f"{args.processes} processes x {args.saves} saves = {expected} expected")
    print(
        f"  entries found: {len(result.values)}   lost: {expected - len(set(result.values))}"
        f"   ids twice: {twice}   errors: {len(result.errors)}"
    )
    print(
        f"  time: {result.seconds:.1f} s   ({result.seconds / expected * 1000:.1f} ms a save, "
        f"all processes together)"
    )
    sys.exit(1 if result.errors or twice or len(set(result.values)) != expected else 0)


if __name__ == "__main__":
    main()
