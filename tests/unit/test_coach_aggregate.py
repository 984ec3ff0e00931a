"""The coach's figures: right where the group is large enough, withheld where it is not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from focuscheck.coach.aggregate import Review, review
from focuscheck.coach.loader import load_exports
from focuscheck.domain.dates import Granularity
from tests.unit.coach_support import export_document, week_of_entries, write_team

K = 5


def team_review(tmp_path: Path, people: int, **kwargs: Any) -> Review:
    write_team(tmp_path / "team", people, **kwargs)
    return review(load_exports([tmp_path / "team"]).exports, K)


def test_k_minus_one_participants_show_nothing(tmp_path: Path) -> None:
    result = team_review(tmp_path, K - 1)
    assert result.participants_loaded == K - 1
    assert result.participants == 0  # nobody is behind a figure shown
    assert not result.enough
    for figure in (
        result.checkins, result.checkins_per_participant, result.salary, result.cornerstone,
        result.mission_clarity, result.voice, result.waste, result.themes,
    ):  # fmt: skip
        assert figure.withheld
    assert result.periods == () and result.teams == ()


def test_k_participants_show_every_figure(tmp_path: Path) -> None:
    result = team_review(tmp_path, K)
    assert result.enough
    assert result.checkins.value == K * 6
    assert result.salary.value is not None and result.salary.value.share == 1.0
    assert dict(result.checkins_per_participant.value or ())["3"] == K * 2
    assert dict(result.voice.value or ())["customer"] == K * 6
    assert dict(result.waste.value or ())["unclarity"] == K * 6
    assert dict(result.mission_clarity.value or ())["4"] == K * 6
    assert [row.period for row in result.periods] == ["2026-W47", "2026-W48"]
    assert not any(row.withheld for row in result.periods)
    found = result.themes.value
    assert found is not None
    assert found.texts == K * 6 * 2  # value and waste note of each check-in
    assert {group.key.field for group in found.groups} == {"value", "waste_note"}


def test_a_week_with_k_minus_one_participants_is_withheld(tmp_path: Path) -> None:
    write_team(tmp_path / "team", K, weeks=1)
    late = tmp_path / "late.json"
    late.write_text(json.dumps(export_document(week_of_entries(5))), encoding="utf-8")
    result = review(load_exports([tmp_path / "team", late]).exports, K)
    rows = {row.period: row.figures for row in result.periods}
    assert "2026-W43" not in rows  # before the first shown week: not even a withheld row
    assert rows["2026-W48"] is not None and rows["2026-W48"].participants == K


@pytest.mark.parametrize(("noting", "shown"), [(K - 1, False), (K, True)])
def test_waste_needs_k_participants_who_noted_waste(
    tmp_path: Path, noting: int, shown: bool
) -> None:
    result = team_review(tmp_path, K + 2, waste_for=noting)
    assert result.waste.participants == noting
    assert (result.waste.value is not None) is shown


def test_themes_are_withheld_when_too_few_wrote_text(tmp_path: Path) -> None:
    write_team(tmp_path / "team", K - 1)
    write_team(tmp_path / "quiet", 2, text=False)
    result = review(load_exports([tmp_path / "team", tmp_path / "quiet"]).exports, K)
    assert result.enough
    assert result.themes.withheld
    assert result.themes.participants == K - 1


def test_minimum_group_never_goes_below_three(tmp_path: Path) -> None:
    write_team(tmp_path / "team", 2)
    result = review(load_exports([tmp_path / "team"]).exports, 1)
    assert result.min_group == 3
    assert not result.enough


def test_month_exports_make_the_trend_monthly(tmp_path: Path) -> None:
    write_team(tmp_path / "team", K, granularity=Granularity.MONTH)
    result = review(load_exports([tmp_path / "team"]).exports, K)
    assert result.unit is Granularity.MONTH
    assert [row.period for row in result.periods] == ["2026-11"]
