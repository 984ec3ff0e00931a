"""Journals of realistic size for the benchmarks: one check-in a day, about 2 KB each.

The journal file is built in one go (not through thousands of saves, which
would make the set-up quadratic) in exactly the layout the app writes, so the
benchmarks measure the app reading and writing a file it could have written
itself.  Everything is seeded: two runs build byte-identical journals.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from focuscheck.domain.clock import FixedClock  # noqa: E402
from focuscheck.domain.entry import Entry, new_id  # noqa: E402
from focuscheck.storage.atomic import atomic_write, ensure_private_dir  # noqa: E402
from focuscheck.storage.journal_file import encode  # noqa: E402
from focuscheck.storage.schema import ENTRIES, JOURNAL_NAME, new_single_file  # noqa: E402

#: The benchmarks' "now": the same Thursday the tests use.
NOW: Final = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))
YEAR: Final = 365
ENTRY_BYTES: Final = 2_000

_VOCABULARY: Final = (
    "customer kund value mervärde support invoice faktura onboarding release "
    "feedback meeting möte patient citizen student form blankett process rutin "
    "queue kö answer svar question fråga delivery leverans quality kvalitet "
    "clarity tydlighet approval attest report rapport ticket ärende call "
    "samtal follow-up uppföljning rule regel template mall handover "
    "överlämning "
)
_WORDS: Final = tuple(_VOCABULARY.split())
_TAGS: Final = ("support", "release", "kund", "möte", "process", "retro", "ux", "admin")
_VOICES: Final = ("customer", "colleague", "none")
_WASTES: Final = ("admin", "unclarity", "rigidity", "red_tape", "other", None)


def clock() -> FixedClock:
    """A clock frozen at :data:`NOW`."""
    return FixedClock(NOW)


def _sentence(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(_WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words).capitalize() + "."


def record(day: date, rng: random.Random, size: int = ENTRY_BYTES) -> dict[str, Any]:
    """One stored entry about ``day``, about ``size`` bytes once encoded."""
    stamp = datetime.combine(day, NOW.timetz()).isoformat()
    # The fixed fields take about 450 bytes; the free text fills the rest.
    text = max(size - 450, 40)
    waste = rng.choice(_WASTES)
    return {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "date": day.isoformat(),
        "created_at": stamp,
        "updated_at": stamp,
        "salary": "The customer",
        "cornerstone": "Customer focus",
        "mission": _sentence(rng, 60),
        "salary_aligned": True,
        "cornerstone_aligned": True,
        "mission_clarity": rng.randint(1, 5),
        "value": _sentence(rng, text * 6 // 10),
        "voice_source": rng.choice(_VOICES),
        "voice_quote": _sentence(rng, text * 2 // 10),
        "waste_category": waste,
        "waste_note": _sentence(rng, text * 2 // 10) if waste else "",
        "focus": rng.randint(1, 5),
        "tags": rng.sample(_TAGS, rng.randint(0, 3)),
    }


def records(days: int, seed: int = 0, size: int = ENTRY_BYTES) -> list[dict[str, Any]]:
    """``days`` daily entries ending the day before :data:`NOW`, oldest first."""
    rng = random.Random(seed)
    first = NOW.date() - timedelta(days=days)
    return [record(first + timedelta(days=n), rng, size) for n in range(days)]


def write_single_file(data_dir: Path, stored: Sequence[dict[str, Any]]) -> Path:
    """Write an old single-file journal holding ``stored`` into ``data_dir``; returns the file."""
    ensure_private_dir(data_dir)
    data = new_single_file()
    data[ENTRIES] = {str(n + 1): rec for n, rec in enumerate(stored)}
    path = data_dir / JOURNAL_NAME
    atomic_write(path, encode(data))
    return path


def write_journal(data_dir: Path, stored: Sequence[dict[str, Any]]) -> Path:
    """Write a journal holding ``stored`` into ``data_dir`` in the app's layout; the state file.

    Written as an old single-file journal and opened once, which splits it
    exactly as the app does; the copy the split keeps is removed again.
    """
    import shutil

    from focuscheck.storage.journal import Journal

    path = write_single_file(data_dir, stored)
    Journal.open(data_dir, clock()).close()
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    return path


@contextmanager
def journal_dir(days: int, seed: int = 0, size: int = ENTRY_BYTES) -> Iterator[Path]:
    """A temporary data folder holding ``days`` days of history."""
    with tempfile.TemporaryDirectory(prefix="focuscheck-bench-") as folder:
        data_dir = Path(folder) / "data"
        write_journal(data_dir, records(days, seed, size))
        yield data_dir


def journal_size(data_dir: Path) -> int:
    """The bytes of the journal's files in ``data_dir`` (the state file and the year files)."""
    return sum(path.stat().st_size for path in data_dir.glob("*.json"))


def new_entry(rng: random.Random, day: date | None = None) -> Entry:
    """A fresh check-in of about 2 KB, as the check-in screen would save it."""
    from focuscheck.domain.entry_format import entry_from_record

    raw = record(day or NOW.date(), rng)
    raw["id"] = new_id()
    return entry_from_record(raw, now=NOW, is_aligned=lambda _text: False)


def summary(samples_ms: Sequence[float]) -> str:
    """Median and 95th percentile of ``samples_ms``, as the benchmarks print them."""
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ordered)})"
