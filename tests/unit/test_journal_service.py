"""The journal service: one thread, jobs in order, warnings to one reporter, service errors."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import Settings
from focuscheck.service.errors import JournalUnreadable, TrashRefused
from focuscheck.service.journal_service import FIRST_RUN_DONE, JournalService, saved_settings
from focuscheck.storage.backups import Backups
from focuscheck.storage.journal import Journal
from focuscheck.storage.schema import JOURNAL_NAME
from tests.ui.checkin_support import entry_on


@pytest.fixture
def heard() -> list[str]:
    return []


@pytest.fixture
def service(data_dir: Path, clock: FixedClock, heard: list[str]) -> Iterator[JournalService]:
    journal_service = JournalService(data_dir, clock, report=heard.append)
    yield journal_service
    journal_service.close()


def no_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every daily backup fails as on a full disk (the save itself stands)."""

    def full(*_args: object, **_kwargs: object) -> Path:
        raise OSError(28, os.strerror(28))

    monkeypatch.setattr(Backups, "has_daily", lambda _self, _day: False)
    monkeypatch.setattr(Backups, "write_daily", full)


def test_the_journal_is_opened_on_first_use(service: JournalService, data_dir: Path) -> None:
    assert not service.is_open
    assert not (data_dir / JOURNAL_NAME).exists()
    assert service.entries() == []
    assert service.is_open
    assert (data_dir / JOURNAL_NAME).is_file()


def test_jobs_run_on_one_thread_that_is_not_the_caller_s(service: JournalService) -> None:
    seen = {service.call(threading.get_ident) for _round in range(5)}
    assert len(seen) == 1
    assert threading.get_ident() not in seen


def test_jobs_run_in_the_order_asked_for(service: JournalService) -> None:
    done: list[int] = []

    async def ask() -> None:
        await asyncio.gather(*(service.run(lambda n=n: done.append(n)) for n in range(20)))

    asyncio.run(ask())
    assert done == list(range(20))


def test_a_job_may_use_the_service_inside_it(service: JournalService, clock: FixedClock) -> None:
    entry = entry_on(clock.today(), clock.now())

    def save_and_count() -> int:
        service.save_checkin(entry)
        return len(service.entries())

    assert asyncio.run(service.run(save_and_count)) == 1


def test_saving_a_checkin_drops_its_draft(service: JournalService, clock: FixedClock) -> None:
    service.save_draft({"day": clock.today().isoformat(), "value": "Half way"})
    saved = service.save_checkin(entry_on(clock.today(), clock.now()))
    assert service.draft() is None
    assert [entry.id for entry in service.entries()] == [saved.id]


def test_a_warning_reaches_the_reporter_once(
    service: JournalService, heard: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    service.open()
    no_backups(monkeypatch)
    service.save_draft({"value": "Half way"})
    assert len(heard) == 1
    assert "No space" in heard[0]
    service.entries()
    assert len(heard) == 1


def test_a_warning_from_the_event_loop_reaches_the_reporter(
    service: JournalService, heard: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    service.open()
    no_backups(monkeypatch)
    asyncio.run(service.run(lambda: service.save_draft({"value": "Half way"})))
    assert len(heard) == 1


def test_an_unreadable_journal_raises_the_service_error(
    service: JournalService, data_dir: Path
) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / JOURNAL_NAME).write_text("{not json", encoding="utf-8")
    with pytest.raises(JournalUnreadable, match="not valid JSON"):
        service.entries()


def test_bringing_back_an_unknown_entry_raises_the_service_error(service: JournalService) -> None:
    with pytest.raises(TrashRefused):
        service.restore_from_trash("0b6c7a3e")


def test_finishing_the_first_run_saves_the_settings_and_says_so(service: JournalService) -> None:
    service.finish_first_run(Settings(display_name="Anna"))
    assert service.settings().display_name == "Anna"
    assert service.state(FIRST_RUN_DONE) is True


def test_the_pseudonym_is_made_once_and_rotated_on_request(service: JournalService) -> None:
    first = service.participant_pseudonym()
    assert service.participant_pseudonym() == first
    assert service.rotate_pseudonym() != first


def test_saved_settings_never_create_a_journal(data_dir: Path, clock: FixedClock) -> None:
    assert saved_settings(data_dir, clock) == Settings()
    assert not data_dir.exists()


class TestGlance:
    """Home's quick look at the small state file."""

    def test_a_glance_reads_the_state_file_without_opening_the_journal(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        writer = JournalService(data_dir, clock)
        yesterday = clock.today() - timedelta(days=1)
        writer.save_settings(Settings(display_name="Kim"))
        writer.save_checkin(entry_on(yesterday, clock.now()))
        writer.save_draft({"value": "half"})
        writer.close()
        reader = JournalService(data_dir, clock)
        glance = reader.glance()
        assert not reader.is_open
        assert glance is not None
        assert glance.days == frozenset({yesterday})
        assert glance.settings.display_name == "Kim"
        assert glance.draft == {"value": "half"}
        assert glance.first_run_done is False
        reader.close()

    def test_no_glance_when_a_year_file_changed_behind_the_state_file(
        self, data_dir: Path, clock: FixedClock
    ) -> None:
        service = JournalService(data_dir, clock)
        service.save_checkin(entry_on(clock.today(), clock.now()))
        assert service.glance() is not None
        # A plain save leaves the status record behind: only the journal can say now.
        Journal.open(data_dir, clock).save_entry(entry_on(clock.today(), clock.now()))
        assert service.glance() is None
        service.close()

    def test_no_glance_before_there_is_a_journal(self, service: JournalService) -> None:
        assert service.glance() is None
