"""The trash as screens and commands speak of it, without reaching into storage."""

from __future__ import annotations

from focuscheck.storage.trash import KEEP_DAYS, SHORT_ID

__all__ = ["KEEP_DAYS", "SHORT_ID"]
