"""A whole check-in typed into the installed ``focuscheck checkin --plain``, like a person.

Each answer is typed as soon as its question has been printed.  Used by the
end-to-end test and by ``bench/plain_checkin.py``, which reports the time.
"""

from __future__ import annotations

import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

#: What the dialogue prints last before each answer, and the answer typed then.
TYPED: Final = (
    ("Step 1/8: Who pays my salary?", "The customer"),
    ("Step 2/8: What is the cornerstone", "Customer focus"),
    ("Step 3/8: What are our mission and our values?", "We help people get well"),
    ("Raise it with your manager?", "no"),
    ("Step 4/8: What did you do today", "Called back a customer about her invoice"),
    ("Type the number, or the word", "1"),
    ("What did you hear?", "Thank you, now I understand"),
    ("Step 6/8", "red_tape"),
    ("A short note (optional).", "Three signatures for a refund"),
    ("Step 7/8: How focused on the customer was your day?", "4"),
    ("Step 8/8: Any tags for today?", "support, billing"),
)


@dataclass(frozen=True)
class Session:
    """What the check-in printed, how it ended, and what it cost."""

    output: str
    exit_status: int | None
    seconds: float
    """Wall-clock time from start to exit, answering each question at once."""
    cpu_seconds: float
    """User and system time of the process."""


def installed_focuscheck() -> str:
    """The ``focuscheck`` command installed beside the running Python."""
    return str(Path(sys.executable).with_name("focuscheck"))


def type_whole_checkin(environment: dict[str, str], *, timeout: float = 30) -> Session:
    """Start ``focuscheck checkin --plain``, answer every question, wait for it to end."""
    import pexpect

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    child = pexpect.spawn(
        installed_focuscheck(),
        ["checkin", "--plain"],
        env=environment,
        encoding="utf-8",
        timeout=timeout,
        dimensions=(30, 60),
    )
    child.delaybeforesend = None  # pexpect waits 50 ms before each line by default
    for shown, answer in TYPED:
        child.expect_exact(shown)
        child.expect_exact("> ")
        child.sendline(answer)
    child.expect_exact("Whom do you serve?")
    child.expect(pexpect.EOF)
    child.close()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Session(child.before or "", child.exitstatus, seconds, cpu)
