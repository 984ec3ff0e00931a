"""History's detail pane: drawing a 20,000-character check-in next to a short one.

The app runs headless (Textual's test driver) on a journal of two check-ins: one
whose value is as long as an answer may be, one of a line.  Each round shows
one in the pane and waits for the screen to be drawn again; the long one is
timed as drawn at once (its answers up to ``AT_ONCE`` characters, what the
cursor sees while it moves) and again when the rest follows.  Compare the
figures with each other (one run, one machine), not with other runs.

    python bench/history_detail.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from _fixtures import NOW, clock, summary
from textual.pilot import Pilot

from focuscheck.app import make_app
from focuscheck.domain.entry_format import entry_from_record
from focuscheck.domain.text import MAX_TEXT
from focuscheck.screens.history import HistoryScreen
from focuscheck.service.journal_service import FIRST_RUN_DONE
from focuscheck.storage.journal import Journal
from focuscheck.widgets.entry_card import EntryDetail


def long_text(rng: random.Random) -> str:
    """Words and line breaks up to ``MAX_TEXT`` characters."""
    words = ("customer", "invoice", "called", "back", "about", "the", "form", "queue")
    parts: list[str] = []
    while sum(map(len, parts)) < MAX_TEXT:
        parts.append(rng.choice(words) + ("\n" if rng.random() < 0.05 else " "))
    return "".join(parts)[:MAX_TEXT]


def seed(data_dir: Path) -> None:
    journal = Journal.open(data_dir, clock())
    day = NOW.date()
    records = [
        {"date": day.isoformat(), "value": long_text(random.Random(0))},
        {"date": (day - timedelta(days=1)).isoformat(), "value": "Called a customer back"},
    ]
    journal.import_entries(
        [entry_from_record(raw, now=NOW, is_aligned=lambda _text: False) for raw in records]
    )
    journal.set_state(FIRST_RUN_DONE, True)


async def drawn(pilot: Pilot[Any], action: Callable[[], None]) -> float:
    """Milliseconds to run ``action`` and have the screen drawn again."""
    started = time.perf_counter()
    action()
    await pilot.pause()
    return (time.perf_counter() - started) * 1000


async def run(rounds: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {"short": [], "long, at once": [], "long, the rest": []}
    with tempfile.TemporaryDirectory() as folder:
        seed(Path(folder))
        app = make_app(clock=clock(), data_dir=Path(folder), language="en")
        async with app.run_test(size=(100, 30)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press("h")
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, HistoryScreen)
            detail = screen.query_one(EntryDetail)
            long, short = screen.shown
            customer = screen.customer
            for _round in range(rounds):
                samples["short"].append(
                    await drawn(pilot, lambda: detail.show_entry(short, customer))
                )
                samples["long, at once"].append(
                    await drawn(pilot, lambda: detail.show_entry(long, customer))
                )
                samples["long, the rest"].append(await drawn(pilot, detail.show_in_full))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=20)
    args: Any = parser.parse_args()
    samples = asyncio.run(run(args.rounds))
    print(f"History's detail pane, a {MAX_TEXT:,}-character value; shown and drawn:")
    for name, found in samples.items():
        print(f"  {name:<16} {summary(found)}")


if __name__ == "__main__":
    main()
