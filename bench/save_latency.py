"""How long one check-in takes to save, with no history, one year and ten years of it.

    python bench/save_latency.py [--saves N] [--huge]

Three situations, each with ~2 KB daily entries:

* warm: the app is open and saves again (one Journal object, as in the TUI);
* after another writer: a second process saved in between, so the file is
  read and parsed afresh before the save (the TUI next to a CLI import);
* cold: a fresh Journal for every save, as each ``focuscheck`` command does
  in a new process (opening, reading and checking the journal included).

``--huge`` adds a 100 MB journal (5,200 entries of ~19 KB).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import _fixtures as fx

from focuscheck.storage.journal import Journal

HISTORIES = {"empty": 0, "1 year": fx.YEAR, "10 years": 10 * fx.YEAR}


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return (time.perf_counter() - started) * 1000


def warm(data_dir: Path, saves: int, rng: random.Random) -> list[float]:
    journal = Journal.open(data_dir, fx.clock())
    journal.entries()
    journal.save_entry(fx.new_entry(rng))  # the day's backup is written on the first save
    return [timed(lambda: journal.save_entry(fx.new_entry(rng))) for _ in range(saves)]


def after_other_writer(data_dir: Path, saves: int, rng: random.Random) -> list[float]:
    mine = Journal.open(data_dir, fx.clock())
    mine.entries()
    other = Journal.open(data_dir, fx.clock())
    samples = []
    for _ in range(saves):
        other.save_entry(fx.new_entry(rng))
        samples.append(timed(lambda: mine.save_entry(fx.new_entry(rng))))
    return samples


def cold(data_dir: Path, saves: int, rng: random.Random) -> list[float]:
    def save_in_a_fresh_journal() -> None:
        journal = Journal.open(data_dir, fx.clock())
        journal.save_entry(fx.new_entry(rng))
        journal.close()

    return [timed(save_in_a_fresh_journal) for _ in range(saves)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--huge", action="store_true")
    args = parser.parse_args()
    rng = random.Random(1)
    cases = list(HISTORIES.items())
    print(f"save latency, {args.saves} saves each (ms)")
    for label, days in cases:
        size = 0
        for kind, measure in (("warm", warm), ("after other", after_other_writer), ("cold", cold)):
            with fx.journal_dir(days) as data_dir:
                size = fx.journal_size(data_dir)
                samples = measure(data_dir, args.saves, rng)
            print(f"  {label:>9} ({size / 1e6:4.1f} MB)  {kind:<12} {fx.summary(samples)}")
    if args.huge:
        with fx.journal_dir(5_200, size=19_000) as data_dir:
            size = fx.journal_size(data_dir)
            opened = timed(lambda: Journal.open(data_dir, fx.clock()).close())
            samples = warm(data_dir, max(5, args.saves // 10), rng)
            print(
                f"  {'huge':>9} ({size / 1e6:4.0f} MB)  open {opened:.0f} ms; warm save "
                f"{fx.summary(samples)}"
            )


if __name__ == "__main__":
    main()
