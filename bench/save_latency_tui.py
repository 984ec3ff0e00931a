"""From the last key of a check-in to "Saved" on screen, with ten years of daily history.

The app runs headless (Textual's test driver) on a journal of 3,650 daily
check-ins.  Each round resumes a filled-in draft at the last step, presses
Enter, and times until the summary screen is up.  The first round of each
journal is a warm-up (it parses the file once, as the check-in's start does).

    python bench/save_latency_tui.py [--rounds N]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from typing import Any

from _fixtures import NOW, clock, journal_dir, summary
from textual import events

from focuscheck.app import make_app
from focuscheck.domain.checkin_form import CheckinForm, Step
from focuscheck.screens.summary import SummaryScreen
from focuscheck.storage.journal import Journal

YEARS = 10


async def one_round(journal: Journal, day_offset: int) -> float:
    """Milliseconds from Enter on the last step to the summary screen."""
    day = NOW.date().replace(day=1)
    form = CheckinForm(day=day, value=f"Round {day_offset}: called a customer back").at(Step.TAGS)
    journal.save_draft(form.to_draft())
    app = make_app(journal=journal, clock=journal.clock, language="en", start="checkin")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("y")  # continue the draft
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        # The key goes straight into the app's queue, as a terminal's would; Pilot's
        # own waiting for the screen to go idle would be counted otherwise.
        started = time.perf_counter()
        app.post_message(events.Key("enter", "\r"))
        while not isinstance(app.screen, SummaryScreen):
            await asyncio.sleep(0)
        elapsed = time.perf_counter() - started
        await app.workers.wait_for_complete()
    return elapsed * 1000


async def run(rounds: int) -> list[float]:
    samples: list[float] = []
    with journal_dir(YEARS * 365) as data_dir:
        journal = Journal.open(data_dir, clock())
        await one_round(journal, 0)
        for index in range(1, rounds + 1):
            samples.append(await one_round(journal, index))
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=15)
    args: Any = parser.parse_args()
    samples = asyncio.run(run(args.rounds))
    print(f"{YEARS} years of daily history; last key -> 'Saved' on screen:")
    print(summary(samples))


if __name__ == "__main__":
    main()
