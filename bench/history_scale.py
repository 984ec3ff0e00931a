"""History at ten years: reading, filtering, searching and exporting 3,650 check-ins.

    python bench/history_scale.py [--years N] [--runs N]

In-process figures time the library calls the screens and commands make;
command figures time the whole ``focuscheck history`` process, next to
``focuscheck --version`` (the cost of starting Python and the command at all).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

import _fixtures as fx

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_csv import to_csv
from focuscheck.domain.entry_io import to_json
from focuscheck.domain.entry_text import as_markdown, as_text
from focuscheck.domain.history import EntryFilter, latest_first, select
from focuscheck.storage.journal import Journal


def repeat(action: Callable[[], object], runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def _filtered(entries: list[Entry], wanted: EntryFilter) -> list[Entry]:
    return latest_first(select(entries, wanted))


def in_process(data_dir: Path, runs: int) -> None:
    today = fx.NOW.date()
    print("in-process (ms)")
    first = repeat(lambda: Journal.open(data_dir, fx.clock()).entries(), runs)
    print(f"  open + read all, fresh journal   {fx.summary(first)}")
    journal = Journal.open(data_dir, fx.clock())
    entries = journal.entries()
    print(f"  read all again (app open)        {fx.summary(repeat(journal.entries, runs))}")
    filters = {
        "since 30 days ago": EntryFilter(since=today - timedelta(days=30)),
        "one year, by dates": EntryFilter(
            since=today - timedelta(days=730), until=today - timedelta(days=365)
        ),
        "tag": EntryFilter(tags=("kund",)),
        "search one word": EntryFilter(search="faktura"),
        "search three words": EntryFilter(search="kund faktura överlämning"),
        "search, no match": EntryFilter(search="zebra"),
    }
    for label, wanted in filters.items():
        found = len(select(entries, wanted))
        samples = repeat(partial(_filtered, entries, wanted), runs)
        print(f"  filter: {label:<24} {fx.summary(samples)}  [{found} entries]")
    ordered = latest_first(entries)
    exports: dict[str, Callable[[list[Entry]], str]] = {
        "json": to_json,
        "csv": to_csv,
        "md": partial(as_markdown, customer=CustomerTerm()),
        "text": partial(as_text, customer=CustomerTerm()),
    }
    for label, export in exports.items():
        size = len(export(ordered).encode()) / 1e6
        samples = repeat(partial(export, ordered), runs)
        print(f"  export {label:<5} ({size:4.1f} MB)            {fx.summary(samples)}")


def command(data_dir: Path, runs: int) -> None:
    env = {**os.environ, "FOCUSCHECK_DATA_DIR": str(data_dir), "FOCUSCHECK_NOW": fx.NOW.isoformat()}
    base = [sys.executable, "-m", "focuscheck"]
    cases = {
        "--version": ["--version"],
        "history (text)": ["history"],
        "history --format json": ["history", "--format", "json"],
        "history --format csv": ["history", "--format", "csv"],
        "history --format md": ["history", "--format", "md"],
        "history --since '30 days ago'": ["history", "--since", "30 days ago"],
        "history --tag kund": ["history", "--tag", "kund"],
        "history --search faktura": ["history", "--search", "faktura"],
    }
    print("whole command, output to a pipe (ms)")
    for label, args in cases.items():

        def run(a: list[str] = args) -> None:
            done = subprocess.run([*base, *a], env=env, capture_output=True, check=False)
            if done.returncode != 0:
                raise SystemExit(done.stderr.decode())

        print(f"  {label:<31} {fx.summary(repeat(run, runs))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with fx.journal_dir(args.years * fx.YEAR) as data_dir:
        size = fx.journal_size(data_dir) / 1e6
        days = args.years * fx.YEAR
        print(f"{args.years} years of daily check-ins: {days} entries, {size:.1f} MB")
        in_process(data_dir, args.runs)
        command(data_dir, max(5, args.runs // 2))


if __name__ == "__main__":
    main()
