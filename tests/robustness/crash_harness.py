"""Kill a writing focuscheck at random moments and check the journal after every kill.

Each round starts a writer process (``workers.py writer``) doing inserts, edits
that grow and shrink the file, and deletes, and sends it SIGKILL after a random
delay.  The writer announced each operation before starting it and after
finishing it, so after the kill the harness knows exactly two acceptable
journals: the state before the operation in flight and the state after it.
The journal must open, must equal one of the two, and so holds every entry
whose save returned.  The writer's edits give entries the date of its clock,
which moves on by years between rounds, so edits move entries between year
files too.

:func:`run_migration` kills a focuscheck while it splits an old single-file
journal into year files: after each kill the next open must show exactly the
old journal's entries, and the old file must still be there, as
``journal.json`` (not split yet) or as a ``migrated-`` backup.

Used by the test suite (a few dozen kills) and by ``bench/crash_kills.py``
(a thousand).
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Final

from focuscheck.domain.clock import FixedClock
from focuscheck.storage.atomic import TEMP_SUFFIX
from focuscheck.storage.journal import Journal
from focuscheck.storage.schema import JOURNAL_NAME
from tests.robustness.workers import START

WORKERS: Final = Path(__file__).with_name("workers.py")
State = dict[str, str]


@dataclass
class CrashReport:
    """What a run of the harness saw."""

    kills: int = 0
    operations_done: int = 0
    """Operations the writers reported finished, over all rounds."""
    in_flight: int = 0
    """Kills that landed while an operation was under way."""
    found_before: int = 0
    """...of which the journal held the state before the operation."""
    found_after: int = 0
    """...and the state after it (the write had completed)."""
    temp_files_left: int = 0
    """Temporary files the killed writers left; the next open removes them."""
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"kills: {self.kills}  (operations completed: {self.operations_done})",
            f"killed mid-operation: {self.in_flight}  "
            f"(journal held the old state {self.found_before}, the new {self.found_after})",
            f"temporary files left by killed writers (then removed): {self.temp_files_left}",
            f"failures: {len(self.failures)}",
            f"time: {self.seconds:.1f} s",
        ]


def read_state(data_dir: Path) -> State:
    """The journal's entries as ``{id: value}``, read the way the app reads them."""
    journal = Journal.open(data_dir, FixedClock(START))
    try:
        return {entry.id: entry.value for entry in journal.entries()}
    finally:
        journal.close()


def apply(state: State, operation: dict[str, Any]) -> State:
    """``state`` after ``operation`` (a copy)."""
    after = dict(state)
    if operation["op"] == "delete":
        after.pop(operation["id"], None)
    else:
        after[operation["id"]] = operation["value"]
    return after


def count_temp_files(data_dir: Path) -> int:
    folders = [data_dir, data_dir / "backups"]
    return sum(
        1
        for folder in folders
        if folder.is_dir()
        for name in os.listdir(folder)
        if name.startswith(".") and name.endswith(TEMP_SUFFIX)
    )


def _collect(stream: Any, lines: list[str], started: threading.Event) -> None:
    for line in stream:
        lines.append(line.rstrip("\n"))
        if line.startswith("B "):
            started.set()
    started.set()


def one_round(data_dir: Path, seed: int, delay: float, report: CrashReport) -> None:
    """Start a writer, kill it after ``delay`` seconds of work, and check the journal."""
    before = read_state(data_dir)
    writer = subprocess.Popen(
        [sys.executable, str(WORKERS), "writer", str(data_dir), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    started = threading.Event()
    reader = threading.Thread(target=_collect, args=(writer.stdout, lines, started))
    reader.start()
    started.wait(timeout=60)
    time.sleep(delay)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    reader.join()
    stderr = writer.stderr.read() if writer.stderr else ""
    if writer.returncode != -signal.SIGKILL:
        report.failures.append(f"round {seed}: writer ended by itself: {stderr[-500:]}")
        return
    report.kills += 1
    state, in_flight = before, None
    for line in lines:
        if line.startswith("B "):
            in_flight = json.loads(line[2:])
        elif line == "D" and in_flight is not None:
            state, in_flight = apply(state, in_flight), None
            report.operations_done += 1
    report.temp_files_left += count_temp_files(data_dir)
    check(data_dir, seed, state, in_flight, report)


def check(
    data_dir: Path, seed: int, state: State, in_flight: dict[str, Any] | None, report: CrashReport
) -> None:
    try:
        found = read_state(data_dir)
    except Exception as error:  # any failure to open is exactly what this harness hunts
        report.failures.append(f"round {seed}: journal unreadable after kill: {error}")
        return
    mode = stat.S_IMODE((data_dir / JOURNAL_NAME).stat().st_mode)
    if mode != 0o600:
        report.failures.append(f"round {seed}: journal mode {mode:o} after kill")
    if count_temp_files(data_dir):
        report.failures.append(f"round {seed}: temporary files survived the next open")
    if in_flight is None:
        if found != state:
            report.failures.append(f"round {seed}: journal differs from the last saved state")
        return
    report.in_flight += 1
    if found == state:
        report.found_before += 1
    elif found == apply(state, in_flight):
        report.found_after += 1
    else:
        report.failures.append(
            f"round {seed}: journal is neither before nor after {in_flight['op']} {in_flight['id']}"
        )


def _old_journal(data_dir: Path, rng: random.Random) -> tuple[bytes, State]:
    """Write an old single-file journal of a few years into a fresh ``data_dir``."""
    import shutil
    import uuid

    from focuscheck.domain.entry_format import entry_to_record
    from focuscheck.storage.atomic import atomic_write, ensure_private_dir
    from focuscheck.storage.journal_file import encode
    from focuscheck.storage.schema import ENTRIES, new_single_file
    from tests.robustness.workers import FILLER, entry

    shutil.rmtree(data_dir, ignore_errors=True)
    ensure_private_dir(data_dir)
    data = new_single_file()
    state: State = {}
    for number in range(rng.randint(200, 1500)):
        clock = FixedClock(START - timedelta(days=rng.randint(0, 5 * 365)))
        entry_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        value = f"old {number} " + FILLER * rng.randint(0, 6)
        data[ENTRIES][str(number + 1)] = entry_to_record(entry(entry_id, value.strip(), clock))
        state[entry_id] = value.strip()
    raw = encode(data)
    atomic_write(data_dir / JOURNAL_NAME, raw)
    return raw, state


def _old_file_kept(data_dir: Path, raw: bytes) -> bool:
    if (data_dir / JOURNAL_NAME).read_bytes() == raw:
        return True
    backups = data_dir / "backups"
    return any(path.read_bytes() == raw for path in backups.glob("migrated-*.json"))


def migration_round(data_dir: Path, seed: int, delay: float, report: CrashReport) -> None:
    """Kill a focuscheck splitting an old journal after ``delay`` s; check the next open."""
    raw, state = _old_journal(data_dir, random.Random(seed))
    opener = subprocess.Popen(
        [sys.executable, str(WORKERS), "opener", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    started = threading.Event()
    reader = threading.Thread(target=_collect, args=(opener.stdout, lines, started))
    reader.start()
    started.wait(timeout=60)
    time.sleep(delay)
    opener.send_signal(signal.SIGKILL)
    opener.wait()
    reader.join()
    report.kills += 1
    if "D" in lines:
        report.operations_done += 1
    else:
        report.in_flight += 1
        split_done = (data_dir / JOURNAL_NAME).read_bytes() != raw
        report.found_after += split_done
        report.found_before += not split_done
    report.temp_files_left += count_temp_files(data_dir)
    try:
        found = read_state(data_dir)
    except Exception as error:  # any failure to open is exactly what this harness hunts
        report.failures.append(f"round {seed}: journal unreadable after a killed split: {error}")
        return
    if found != state:
        report.failures.append(f"round {seed}: the split journal differs from the old one")
    if not _old_file_kept(data_dir, raw):
        report.failures.append(f"round {seed}: the old journal was not kept")
    if count_temp_files(data_dir):
        report.failures.append(f"round {seed}: temporary files survived the next open")


def run_migration(
    data_dir: Path, kills: int, seed: int = 0, max_delay: float = 0.15
) -> CrashReport:
    """Kill ``kills`` focuscheck processes in turn while each splits an old journal."""
    rng = random.Random(seed)
    report = CrashReport()
    started = time.perf_counter()
    for round_number in range(kills):
        delay = rng.uniform(0, max_delay)
        migration_round(data_dir, seed * 100_000 + round_number, delay, report)
    report.seconds = time.perf_counter() - started
    return report


def run(data_dir: Path, kills: int, seed: int = 0, max_delay: float = 0.08) -> CrashReport:
    """Kill ``kills`` writers in turn over one journal in ``data_dir``."""
    rng = random.Random(seed)
    report = CrashReport()
    started = time.perf_counter()
    for round_number in range(kills):
        one_round(data_dir, seed * 100_000 + round_number, rng.uniform(0, max_delay), report)
    report.seconds = time.perf_counter() - started
    return report
