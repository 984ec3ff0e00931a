"""Processes that write into a journal while a test watches: run as a script, never imported.

    python workers.py writer DATA_DIR SEED      # mixed saves until killed, reporting each one
    python workers.py saver DATA_DIR NAME COUNT # COUNT new entries, after "go" on stdin
    python workers.py opener DATA_DIR           # open the journal once (an old one is split)

The writer tells its parent what it is about to do before each operation
(``B`` and the operation as JSON) and that it finished (``D``), one line each,
flushed at once; the parent can then kill it at any moment and know which
operation was in flight.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Final

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry
from focuscheck.storage.errors import JournalBusy
from focuscheck.storage.journal import Journal

START: Final = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))
#: Big enough that writing the journal takes a while, so kills land inside writes.
FILLER: Final = "customer value " * 40
MAX_ENTRIES: Final = 300


def entry(entry_id: str, value: str, clock: FixedClock) -> Entry:
    now = clock.now()
    return Entry(id=entry_id, date=now.date(), created_at=now, updated_at=now, value=value)


def report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def next_operation(rng: random.Random, known: list[str], serial: int) -> dict[str, Any]:
    """Insert, edit (growing or shrinking the file) or delete, chosen at random."""
    roll = rng.random()
    if len(known) > MAX_ENTRIES:
        roll = 0.45 + roll * 0.55  # keep the journal from growing without end over many rounds
    if not known or roll < 0.45:
        size = rng.randint(0, 12)
        return {
            "op": "insert",
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "value": (f"v{serial} " + FILLER * size).strip(),
        }
    target = rng.choice(known)
    if roll < 0.60:
        return {"op": "delete", "id": target}
    # Edits shrink as often as they grow: a shrinking file is where in-place writers break.
    size = rng.choice([0, 0, 1, 8, 16])
    return {"op": "edit", "id": target, "value": (f"e{serial} " + FILLER * size).strip()}


def writer(data_dir: Path, seed: int) -> None:
    rng = random.Random(seed)
    clock = FixedClock(START + timedelta(days=seed % 1000))
    journal = Journal.open(data_dir, clock)
    known = [e.id for e in journal.entries()]
    serial = 0
    while True:
        serial += 1
        operation = next_operation(rng, known, serial)
        report("B " + json.dumps(operation))
        if operation["op"] == "delete":
            journal.delete_entry(operation["id"])
            known.remove(operation["id"])
        else:
            journal.save_entry(entry(operation["id"], operation["value"], clock))
            if operation["op"] == "insert":
                known.append(operation["id"])
        report("D")
        # A quarter day per operation: a new daily backup now and then, with rotation.
        clock.advance(hours=6)


def saver(data_dir: Path, name: str, count: int) -> None:
    clock = FixedClock(START)
    journal = Journal.open(data_dir, clock)
    report("ready")
    sys.stdin.readline()
    for serial in range(count):
        saving = entry(str(uuid.uuid4()), f"{name}-{serial}", clock)
        # "Busy, try again" means nothing was written: on a loaded machine one of
        # the savers can wait past the lock's timeout, and a person would try again.
        while True:
            try:
                journal.save_entry(saving)
                break
            except JournalBusy:
                continue
    report("done")


def opener(data_dir: Path) -> None:
    report('B {"op": "open"}')
    Journal.open(data_dir, FixedClock(START)).close()
    report("D")


def main(argv: list[str]) -> None:
    kind, data_dir = argv[0], Path(argv[1])
    if kind == "writer":
        writer(data_dir, int(argv[2]))
    elif kind == "opener":
        opener(data_dir)
    elif kind == "saver":
        saver(data_dir, argv[2], int(argv[3]))
    else:
        raise SystemExit(f"unknown worker {kind}")


if __name__ == "__main__":
    main(sys.argv[1:])
