"""One journal shared by threads (the app's UI workers and its writer) loses nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.entry import Entry, new_id
from focuscheck.storage.journal import Journal


def test_readers_and_writers_on_threads_see_whole_states(data_dir: Path, clock: FixedClock) -> None:
    journal = Journal.open(data_dir, clock)
    errors: list[BaseException] = []
    saved: list[str] = []

    def write(count: int) -> None:
        try:
            for _ in range(count):
                now = clock.now()
                entry = Entry(
                    id=new_id(), date=clock.today(), created_at=now, updated_at=now, value="v"
                )
                journal.save_entry(entry)
                saved.append(entry.id)
        except BaseException as error:  # collected and asserted on below
            errors.append(error)

    def read(count: int) -> None:
        try:
            for _ in range(count):
                journal.entries()
                journal.settings()
                journal.draft()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=write, args=(40,)) for _ in range(2)]
    threads += [threading.Thread(target=read, args=(80,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert sorted(e.id for e in Journal.open(data_dir, clock).entries()) == sorted(saved)
    assert len(saved) == 80
