"""Journal access off the UI thread, one call at a time, in the order asked for.

A draft saved on leaving a step and the final save of the check-in must reach
the file in that order, or an old draft could outlive the entry it belongs to;
and a read must never overlap a write of the same process (the journal's parse
cache is shared).  One worker thread gives both for free; awaiting its futures
keeps the results on the event loop.  The thread is joined when Python exits,
so a write that was asked for is never cut off by quitting.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class JournalWriter:
    """A queue of journal reads and writes run on one background thread."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal-writer")

    async def run(self, job: Callable[[], T]) -> T:
        """Run ``job`` after every job asked for before it; its result or exception."""
        return await asyncio.get_running_loop().run_in_executor(self._pool, job)

    def close(self) -> None:
        """Wait for the writes already asked for, then stop the thread."""
        self._pool.shutdown(wait=True)

    def run_now(self, job: Callable[[], T]) -> T:
        """Run ``job`` after the queued writes and wait for it (on the way out only)."""
        return self._pool.submit(job).result()
