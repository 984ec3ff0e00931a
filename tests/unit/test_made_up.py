"""A check-in saved for an earlier day is "made up": it says so, and it counts."""

from __future__ import annotations

from datetime import timedelta

import pytest

from focuscheck.domain.checkin_start import checked_day, draft_to_continue
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry_text import as_markdown, as_text, entry_heading
from focuscheck.domain.errors import ValidationError
from tests.conftest import FROZEN_NOW
from tests.ui.checkin_support import entry_on

TODAY = FROZEN_NOW.date()
YESTERDAY = TODAY - timedelta(days=1)


def test_a_check_in_saved_for_an_earlier_day_is_made_up() -> None:
    assert entry_on(YESTERDAY, FROZEN_NOW).made_up
    assert not entry_on(TODAY, FROZEN_NOW).made_up
    assert not entry_on(YESTERDAY, FROZEN_NOW - timedelta(days=1)).made_up


def test_the_renderings_name_the_day_it_was_made_up_on() -> None:
    made_up = entry_on(YESTERDAY, FROZEN_NOW)
    assert entry_heading(made_up) == "2026-11-25 (made up on 2026-11-26)"
    assert as_text([made_up], CustomerTerm()).startswith("2026-11-25 (made up on 2026-11-26)\n")
    assert "## 2026-11-25 (made up on 2026-11-26)" in as_markdown([made_up], CustomerTerm())
    assert entry_heading(entry_on(TODAY, FROZEN_NOW)) == "2026-11-26"


def test_a_day_to_come_cannot_be_checked_in_for() -> None:
    assert checked_day(YESTERDAY, TODAY) == YESTERDAY
    with pytest.raises(ValidationError, match="has not come yet"):
        checked_day(TODAY + timedelta(days=1), TODAY)


def test_a_draft_of_a_new_check_in_for_a_day_saved_since_changes_that_day_s_entry() -> None:
    saved = entry_on(TODAY, FROZEN_NOW)
    raw = {"version": 1, "day": TODAY.isoformat(), "salary": "Kept", "step": 2}
    draft = draft_to_continue(raw, saved)
    assert draft is not None and draft.entry_id == saved.id
    assert draft_to_continue({"version": 1, "day": TODAY.isoformat()}, saved) is None
