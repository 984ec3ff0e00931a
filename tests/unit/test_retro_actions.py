"""An action's text, owner and due date as people type them, and the list they are shown in."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import set_language
from focuscheck.retro.actions import (
    MAX_ACTION,
    Action,
    ActionStatus,
    make_draft,
    open_first,
    read_due,
    read_owner,
)
from focuscheck.retro.actions_text import actions_table

TODAY = date(2026, 11, 26)  # a Thursday


def action(number: int, **changes: Any) -> Action:
    base = Action(
        id=f"{number:08x}" + "0" * 24,
        text=f"Action number {number}",
        owner=None,
        due=None,
        status=ActionStatus.OPEN,
        created_on=date(2026, 11, 12),
        retro="r1",
        source=f"waste#{number}",
    )
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("next friday", date(2026, 11, 27)),
        ("fredag", date(2026, 11, 27)),
        ("nästa vecka", date(2026, 11, 30)),
        ("2026-12-04", date(2026, 12, 4)),
        ("today", TODAY),
        ("  ", None),
    ],
)
def test_a_due_date_is_read_forward_in_both_languages(typed: str, due: date | None) -> None:
    assert read_due(typed, TODAY) == due


@pytest.mark.parametrize("typed", ["yesterday", "2026-11-01", "i måndags"])
def test_a_due_date_in_the_past_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError, match="has passed; give today or a later day") as caught:
        read_due(typed, TODAY)
    assert caught.value.field == "due"


def test_a_due_date_that_is_no_date_is_refused_with_the_due_field() -> None:
    with pytest.raises(ValidationError) as caught:
        read_due("when pigs fly", TODAY)
    assert caught.value.field == "due" and "when pigs fly" in str(caught.value)


@pytest.mark.parametrize("typed", ["the team", "The Team", "team", " the  team "])
def test_the_team_as_owner_is_kept_as_no_name(typed: str) -> None:
    assert read_owner(typed) is None


def test_the_swedish_word_for_the_team_means_the_team_too() -> None:
    set_language("sv")
    assert read_owner("Teamet") is None
    assert read_owner("the team") is None


def test_an_empty_owner_or_text_is_refused_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        make_draft("waste#0", "Ask finance", "   ", "", TODAY)
    assert caught.value.field == "owner"
    with pytest.raises(ValidationError) as caught:
        make_draft("waste#0", " \n ", "Ann", "", TODAY)
    assert caught.value.field == "text"


def test_a_huge_text_is_refused_not_cut() -> None:
    with pytest.raises(ValidationError, match=f"at most {MAX_ACTION} characters"):
        make_draft("waste#0", "x" * 100_000, "Ann", "", TODAY)


def test_open_actions_come_first_soonest_due_first() -> None:
    listed = open_first(
        [
            action(1, status=ActionStatus.DONE, closed_on=date(2026, 11, 20)),
            action(2),
            action(3, due=date(2026, 12, 1)),
            action(4, status=ActionStatus.DROPPED, closed_on=date(2026, 11, 25)),
            action(5, due=date(2026, 11, 27)),
        ]
    )
    assert [a.short_id for a in listed] == [f"{n:08x}" for n in (5, 3, 2, 4, 1)]


def test_the_table_fits_80_columns_and_wraps_long_texts() -> None:
    long_text = "Write down who signs what, and why, then ask finance " * 5
    table = actions_table(
        [
            action(1, text=long_text.strip(), owner="Annika Bergström-Lindqvist"),
            action(2, due=date(2026, 12, 4)),
        ],
        showing_all=False,
    )
    lines = table.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[0].split() == ["ID", "Status", "Due", "Owner", "Action"]
    assert lines[1].startswith("00000001  open     —           Annika Bergströ…  Write down")
    assert lines[2].startswith(" " * 49 + "why, then") and len(lines) > 4
    assert lines[-1] == "00000002  open     2026-12-04  the team          Action number 2"


def test_the_table_speaks_swedish() -> None:
    set_language("sv")
    table = actions_table([action(1, status=ActionStatus.DROPPED)], showing_all=True)
    assert table.splitlines()[0].split() == ["ID", "Status", "Senast", "Ansvarig", "Åtgärd"]
    assert "avskriven" in table and "teamet" in table
    assert actions_table([], showing_all=False).startswith("Inga öppna åtgärder.")
