"""Journal work on one thread, one job at a time, in the order asked for.

A draft saved on leaving a step and the final save of the check-in must reach
the file in that order, or an old draft could outlive the entry it belongs to;
and a read must never overlap a write of the same process (the journal's parse
cache is shared).  One worker thread gives both for free.  The thread is
joined when Python exits, so a write that was asked for is never cut off by
quitting.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

THREAD_NAME = "journal"


class JournalThread:
    """A queue of journal jobs run on one background thread."""

    def __init__(self) -> None:
        self._ident: int | None = None
        # The thread starts with the first job, so making the queue costs nothing.
        self._pool = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=THREAD_NAME, initializer=self._remember_thread
        )

    def _remember_thread(self) -> None:
        self._ident = threading.get_ident()

    def on_it(self) -> bool:
        """Whether the caller is the journal thread itself (a job inside a job)."""
        return threading.get_ident() == self._ident

    def call(self, job: Callable[[], T]) -> T:
        """Run ``job`` after every job asked for before it and wait; its result or exception.

        A job that asks for another runs it at once: it already holds the thread.
        """
        if self.on_it():
            return job()
        return self._pool.submit(job).result()

    async def run(self, job: Callable[[], T]) -> T:
        """The same from the event loop: the loop goes on while ``job`` waits its turn."""
        return await asyncio.wrap_future(self._pool.submit(job))

    def close(self) -> None:
        """Wait for the jobs already asked for, then stop the thread."""
        self._pool.shutdown(wait=True)
