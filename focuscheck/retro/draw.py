"""Drawing one pool question per retro without repeating the last retros' choices.

The keys drawn lately live in ``retro-history.json`` in the data folder, newest
first.  Reading and writing happen under a file lock, so two retros started at
the same moment on one machine still draw different questions.  A history file
that cannot be read is treated as empty: it only steers the draw, and losing it
costs nothing more than a repeated question.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Final

from filelock import FileLock, Timeout

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _
from focuscheck.retro.prompts import POOL
from focuscheck.storage.atomic import atomic_write, ensure_private_dir
from focuscheck.storage.regular_file import check_regular, prepare_lock_file, read_regular

HISTORY_NAME: Final = "retro-history.json"
REMEMBER: Final = 6
"""How many past draws are kept out of the next draw (about half the pool)."""
LOCK_TIMEOUT: Final = 10.0


class DrawError(FocuscheckError):
    """The history could not be locked or written."""


def read_history(data_dir: Path) -> list[str]:
    """Pool keys drawn lately, newest first; empty when there is no readable history."""
    try:
        raw = json.loads(read_regular(data_dir / HISTORY_NAME).decode("utf-8"))
    except (OSError, ValueError):
        return []
    drawn = raw.get("drawn") if isinstance(raw, dict) else None
    if not isinstance(drawn, list):
        return []
    return [key for key in drawn if isinstance(key, str) and key in POOL][:REMEMBER]


def choose(history: list[str], rng: random.Random) -> str:
    """A pool key not among ``history``; when every key is recent, any but the last."""
    recent = set(history[:REMEMBER])
    candidates = [key for key in POOL if key not in recent]
    if not candidates:
        candidates = [key for key in POOL if not history or key != history[0]]
    return rng.choice(candidates)


def draw_question(data_dir: Path, rng: random.Random | None = None) -> str:
    """Draw a pool key for a new retro and remember it; DrawError if the folder fails us."""
    rng = rng or random.Random()
    try:
        ensure_private_dir(data_dir)
        lock_path = data_dir / f"{HISTORY_NAME}.lock"
        prepare_lock_file(lock_path)
        lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT, mode=0o600)
        with lock:
            # Refused rather than replaced: a pipe or folder there is someone else's.
            check_regular(data_dir / HISTORY_NAME)
            history = read_history(data_dir)
            key = choose(history, rng)
            record = {"format": "focuscheck-retro-history", "drawn": [key, *history][:REMEMBER]}
            atomic_write(data_dir / HISTORY_NAME, json.dumps(record, indent=1).encode("utf-8"))
    except Timeout:
        raise DrawError(_("another retro is busy drawing a question; try again")) from None
    except OSError as error:
        raise DrawError(
            _("cannot remember the drawn question in {folder}: {reason}").format(
                folder=data_dir, reason=error.strerror or error
            )
        ) from None
    return key
