"""Several processes saving into one journal at the same time."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from focuscheck.domain.clock import FixedClock
from focuscheck.storage.journal import Journal
from tests.robustness.workers import START

WORKERS = Path(__file__).with_name("workers.py")


@dataclass(frozen=True)
class ConcurrencyResult:
    """What ended up in the journal after the savers finished."""

    values: list[str]
    ids: list[str]
    seconds: float
    errors: list[str]


def run_savers(data_dir: Path, processes: int, saves: int) -> ConcurrencyResult:
    """``processes`` savers, released together, each saving ``saves`` new entries."""
    Journal.open(data_dir, FixedClock(START)).close()
    savers = [
        subprocess.Popen(
            [sys.executable, str(WORKERS), "saver", str(data_dir), f"p{n}", str(saves)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(processes)
    ]
    for saver in savers:
        assert saver.stdout is not None
        saver.stdout.readline()  # "ready": started and holding an open journal
    started = time.perf_counter()
    for saver in savers:
        assert saver.stdin is not None
        saver.stdin.write("go\n")
        saver.stdin.flush()
    errors = []
    for saver in savers:
        _out, err = saver.communicate(timeout=600)
        if saver.returncode != 0:
            errors.append(err[-2000:])
    seconds = time.perf_counter() - started
    journal = Journal.open(data_dir, FixedClock(START))
    entries = journal.entries()
    journal.close()
    return ConcurrencyResult(
        values=[entry.value for entry in entries],
        ids=[entry.id for entry in entries],
        seconds=seconds,
        errors=errors,
    )
