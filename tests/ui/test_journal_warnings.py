"""A save that stood but met a problem (no daily backup, say) tells the person."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.storage.backups import Backups
from tests.ui.checkin_support import SIZE, checkin_app, entry_on, journal_for, settle


async def test_a_backup_that_could_not_be_written_is_shown(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = journal_for(data_dir, clock)
    app = checkin_app(journal, clock, start="home")

    def no_backups(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, os.strerror(28))

    monkeypatch.setattr(Backups, "has_daily", lambda _self, _day: False)
    monkeypatch.setattr(Backups, "write_daily", no_backups)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        entry = entry_on(clock.today(), clock.now())
        await app.service.run(lambda: app.service.save_checkin(entry))
        await settle(pilot)
        shown = [n.message for n in app._notifications]
        assert any("backup" in message and "No space" in message for message in shown), shown
        assert journal.entries()[0].id == entry.id
        assert journal.warnings == []
