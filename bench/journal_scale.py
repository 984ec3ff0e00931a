"""The journal at ten years against references measured in the same run.

    python bench/journal_scale.py [--saves N] [--runs N]

Every figure is a ratio to a reference timed on the same machine in the same
run, so a busy machine moves both sides:

* warm save at 10 years / an SQLite (WAL, synchronous=FULL) insert of the same
  ~2 KB row into a table of 3,650 such rows;
* the atomic write of one ~2 KB file / the same SQLite insert: the floor of
  the first ratio, since every save ends in that write;
* warm save at 10 years / warm save with no history;
* year-file writes per completed check-in (8 draft saves and the check-in),
  counted by wrapping the atomic write;
* ``focuscheck import`` of one entry at 10 years / ``focuscheck --version``;
* ``focuscheck status`` at 10 years / ``python -c pass``;
* ``history --search`` in process at 10 years / SQLite ``LIKE`` over the same rows.

Process figures are start to exit, medians of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import _fixtures as fx

from focuscheck.domain.entry_format import entry_to_record
from focuscheck.domain.history import EntryFilter, select
from focuscheck.storage import journal_file
from focuscheck.storage.atomic import atomic_write
from focuscheck.storage.journal import Journal

TEN_YEARS = 10 * fx.YEAR
SEARCH = "faktura"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def warm_saves(data_dir: Path, saves: int, rng: random.Random) -> list[float]:
    journal = Journal.open(data_dir, fx.clock())
    journal.entries()
    journal.save_entry(fx.new_entry(rng))  # the day's backup is written on the first save
    return [timed(lambda: journal.save_entry(fx.new_entry(rng))) for _ in range(saves)]


def sqlite_inserts(folder: Path, saves: int, rng: random.Random) -> list[float]:
    db = sqlite3.connect(folder / "ref.sqlite", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE entries (id TEXT PRIMARY KEY, date TEXT, body TEXT)")
    rows = [(r["id"], r["date"], json.dumps(r)) for r in fx.records(TEN_YEARS)]
    db.executemany("INSERT INTO entries VALUES (?, ?, ?)", rows)

    def insert() -> None:
        record = entry_to_record(fx.new_entry(rng))
        db.execute(
            "INSERT INTO entries VALUES (?, ?, ?)",
            (record["id"], record["date"], json.dumps(record)),
        )

    samples = [timed(insert) for _ in range(saves)]
    db.close()
    return samples


def atomic_floor(folder: Path, saves: int, rng: random.Random) -> list[float]:
    """The atomic write alone, of one ~2 KB record: the floor of any save that uses it."""
    target = folder / "floor.json"

    def write() -> None:
        atomic_write(target, json.dumps(entry_to_record(fx.new_entry(rng))).encode())

    write()
    return [timed(write) for _ in range(saves)]


def writes_per_checkin(data_dir: Path, rng: random.Random) -> Counter[str]:
    counted: Counter[str] = Counter()
    original = journal_file.atomic_write

    def counting(path: Path, data: bytes) -> OSError | None:
        counted["year file" if path.name.startswith("entries-") else path.name] += 1
        return atomic_write(path, data)

    journal = Journal.open(data_dir, fx.clock())
    journal.save_entry(fx.new_entry(rng))  # the day's backup
    journal_file.atomic_write = counting  # type: ignore[assignment]
    try:
        for step in range(8):
            journal.save_draft({"value": f"typed {step}"})
        journal.save_checkin(fx.new_entry(rng))
    finally:
        journal_file.atomic_write = original
    return counted


def process(args: list[str], runs: int, env: dict[str, str]) -> list[float]:
    def run() -> None:
        done = subprocess.run(args, env=env, capture_output=True, check=False)
        if done.returncode not in (0, 1):
            raise SystemExit(done.stderr.decode())

    run()  # warm the file cache
    return [timed(run) for _ in range(runs)]


def cli_figures(data_dir: Path, runs: int, rng: random.Random) -> dict[str, float]:
    env = {**os.environ, "FOCUSCHECK_DATA_DIR": str(data_dir), "FOCUSCHECK_NOW": fx.NOW.isoformat()}
    script = Path(sys.executable).with_name("focuscheck")
    focuscheck = [str(script)] if script.exists() else [sys.executable, "-m", "focuscheck"]
    imports = []
    for n in range(runs + 1):
        record = entry_to_record(fx.new_entry(rng))
        path = data_dir.parent / f"one-{n}.json"
        path.write_text(json.dumps([record]))
        imports.append(path)
    pending = iter(imports)

    def import_one() -> None:
        subprocess.run(
            [*focuscheck, "import", str(next(pending))], env=env, check=True, capture_output=True
        )

    import_one()
    subprocess.run([*focuscheck, "status"], env=env, capture_output=True, check=False)
    return {
        "version": median(process([*focuscheck, "--version"], runs, env)),
        "import": median([timed(import_one) for _ in range(runs)]),
        "pass": median(process([sys.executable, "-c", "pass"], runs, env)),
        "status": median(process([*focuscheck, "status"], runs, env)),
    }


def search_figures(data_dir: Path, folder: Path, runs: int) -> tuple[float, float]:
    journal = Journal.open(data_dir, fx.clock())
    journal.entries()
    wanted = EntryFilter(search=SEARCH)
    ours = [timed(lambda: select(journal.entries(), wanted)) for _ in range(runs)]
    db = sqlite3.connect(folder / "search.sqlite")
    db.execute("CREATE TABLE entries (id TEXT, date TEXT, body TEXT)")
    db.executemany(
        "INSERT INTO entries VALUES (?, ?, ?)",
        [(r["id"], r["date"], json.dumps(r, ensure_ascii=False)) for r in fx.records(TEN_YEARS)],
    )
    query = "SELECT id, date, body FROM entries WHERE body LIKE ? ORDER BY date"
    reference = [timed(lambda: db.execute(query, (f"%{SEARCH}%",)).fetchall()) for _ in range(runs)]
    db.close()
    return median(ours), median(reference)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=40)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="focuscheck-bench-") as tmp:
        folder = Path(tmp)
        with fx.journal_dir(0) as empty:
            at_zero = median(warm_saves(empty, args.saves, rng))
        with fx.journal_dir(TEN_YEARS) as data_dir:
            at_ten = median(warm_saves(data_dir, args.saves, rng))
            sqlite = median(sqlite_inserts(folder, args.saves, rng))
            floor = median(atomic_floor(folder, args.saves, rng))
            counted = writes_per_checkin(data_dir, rng)
            searched, like = search_figures(data_dir, folder, args.runs)
            cli = cli_figures(data_dir, args.runs, rng)
    print(
        f"warm save, 10 years        {at_ten:6.1f} ms   SQLite WAL insert {sqlite:5.1f} ms"
        f"   ratio {at_ten / sqlite:4.2f}  (goal <= 2)"
    )
    print(
        f"atomic write of one record {floor:6.1f} ms   SQLite WAL insert {sqlite:5.1f} ms"
        f"   ratio {floor / sqlite:4.2f}  (the floor of the first ratio)"
    )
    print(
        f"warm save, no history      {at_zero:6.1f} ms   10 y / 0 y ratio {at_ten / at_zero:4.2f}"
        f"  (goal <= 1.5)"
    )
    print(
        f"writes per check-in        year file {counted['year file']}, state file "
        f"{counted['journal.json']}  (goal: year file 1)"
    )
    print(
        f"CLI import of one entry    {cli['import']:6.1f} ms   --version {cli['version']:5.1f} ms"
        f"   ratio {cli['import'] / cli['version']:4.2f}  (goal <= 1.3)"
    )
    print(
        f"focuscheck status          {cli['status']:6.1f} ms   python -c pass {cli['pass']:5.1f} ms"
        f"   ratio {cli['status'] / cli['pass']:4.2f}  (goal <= 2)"
    )
    print(
        f"history search in process  {searched:6.1f} ms   SQLite LIKE {like:5.1f} ms"
        f"   ratio {searched / like:4.2f}  (goal <= 1)"
    )


if __name__ == "__main__":
    main()
