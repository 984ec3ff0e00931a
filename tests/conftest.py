"""Every test runs with its own data folder, English, and a frozen clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.i18n import set_language

#: Thursday 26 November 2026, 09:30 in Stockholm (UTC+1).
FROZEN_NOW = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Keep the developer's own journal, locale and clock out of every test."""
    data = tmp_path / "data"
    monkeypatch.setenv("FOCUSCHECK_DATA_DIR", str(data))
    monkeypatch.setenv("FOCUSCHECK_NOW", FROZEN_NOW.isoformat())
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    set_language("en")
    yield data
    set_language("en")


@pytest.fixture
def data_dir(isolated: Path) -> Path:
    return isolated


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(FROZEN_NOW)
