"""An unreadable journal in the app: restoring a backup is asked first and says what is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from focuscheck.app import make_app
from focuscheck.domain.clock import FixedClock
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.storage.journal import Journal
from tests.ui.checkin_support import SIZE, entry_on, journal_for, settle

BROKEN = b'{"_meta": '


@pytest.fixture
def broken(data_dir: Path, clock: FixedClock) -> Journal:
    """A journal with one check-in and two manual backups, the newest unreadable; then broken."""
    journal = journal_for(data_dir, clock)
    journal.save_entry(entry_on(clock.today(), clock.now()))
    journal.backup_now()
    clock.advance(minutes=5)
    journal.backup_now().write_bytes(b"{oops")
    journal.path.write_bytes(BROKEN)
    return journal


async def test_restore_asks_first_and_offers_the_next_backup_when_the_newest_is_unreadable(
    broken: Journal, data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir=data_dir, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        backups = broken.backups.folder
        assert f"The newest backup, {backups / 'manual-20261126T093500.json'}, cannot" in (
            dialog.message
        )
        assert "The newest backup that can be read is " in dialog.message
        assert "manual-20261126T093000.json" in dialog.message
        assert "Do you want to restore it? It holds 1 check-in." in dialog.message
        assert dialog.yes_label == "Restore this backup"
        assert broken.path.read_bytes() == BROKEN, "nothing happens before the answer"
        await pilot.press("y")
        await settle(pilot)
        shown = [str(note.message) for note in app._notifications]
    kept = backups / "replaced-20261126T093500.json"
    assert shown[-1] == (
        f"Restored the journal from manual-20261126T093000.json. "
        f"The journal it replaced is kept as {kept}."
    )
    assert kept.read_bytes() == BROKEN
    assert len(broken.entries()) == 1


async def test_declining_the_restore_changes_nothing(
    broken: Journal, data_dir: Path, clock: FixedClock
) -> None:
    app = make_app(data_dir=data_dir, clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
    assert broken.path.read_bytes() == BROKEN
    assert not any(p.name.startswith("replaced-") for p in broken.backups.list())
