"""``retro --from``: the team's exports summarized as the coach would, k-suppression included."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.errors import FocuscheckError
from focuscheck.retro.opening import load_opening, period_bounds
from tests.unit.coach_support import TODAY, write_team


def test_period_bounds_for_days_weeks_and_months() -> None:
    assert period_bounds("2026-11-23") == (date(2026, 11, 23), date(2026, 11, 23))
    assert period_bounds("2026-W48") == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))


def test_a_team_large_enough_gets_its_figures(tmp_path: Path) -> None:
    write_team(tmp_path / "exports", 5, weeks=3)
    lines = load_opening(tmp_path / "exports", None, TODAY, 5, term_for_word("customer"))
    text = "\n".join(lines)
    assert lines[0] == "5 exports loaded."
    assert "45 check-ins from 5 participants" in text
    assert "2026-W46 – 2026-W48" in text
    assert "Who pays my salary?" in text and "100 % (45 of 45)" in text
    assert "Mission clarity: 4: 45" in text
    assert "Waste noticed: Unclarity: 45" in text


def test_since_keeps_only_recent_periods(tmp_path: Path) -> None:
    write_team(tmp_path / "exports", 5, weeks=3)
    lines = load_opening(
        tmp_path / "exports", date(2026, 11, 16), TODAY, 5, term_for_word("customer")
    )
    text = "\n".join(lines)
    assert "30 check-ins from 5 participants" in text
    assert "2026-W47 – 2026-W48" in text


def test_too_small_a_team_sees_no_figure(tmp_path: Path) -> None:
    write_team(tmp_path / "exports", 3)
    lines = load_opening(tmp_path / "exports", None, TODAY, 5, term_for_word("customer"))
    assert len(lines) == 2
    assert "Only 3 participants loaded" in lines[1]
    assert not any("check-ins from" in line for line in lines)


def test_a_figure_drawn_from_too_few_is_withheld(tmp_path: Path) -> None:
    write_team(tmp_path / "exports", 5, waste_for=2)
    text = "\n".join(load_opening(tmp_path / "exports", None, TODAY, 5, term_for_word("customer")))
    assert "Waste noticed: Withheld: drawn from 2 participants" in text


def test_a_folder_without_exports_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "notes.json").write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(FocuscheckError, match="no anonymized export could be loaded"):
        load_opening(folder, None, TODAY, 5, term_for_word("customer"))
