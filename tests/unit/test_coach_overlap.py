"""Two exports of one participant over the same weeks count those check-ins once."""

from __future__ import annotations

from pathlib import Path

import pytest

from focuscheck.coach.aggregate import review
from focuscheck.coach.cells import Reason
from focuscheck.coach.export_format import ExportFormat, ExportOptions, render
from focuscheck.coach.loader import load_exports
from focuscheck.coach.report_md import render_markdown
from focuscheck.domain.dates import Granularity
from tests.unit.cli_support import Runner, make_runner
from tests.unit.coach_support import export_document, week_of_entries, write_team

K = 5
PARTICIPANT = "p-00112233445566ff"


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def write_twice(folder: Path, other: Granularity, fmt: ExportFormat) -> tuple[Path, Path]:
    """One participant's two last weeks, exported by week and again by ``other``."""
    entries = week_of_entries(0) + week_of_entries(1)
    paths = []
    for name, granularity, form in (
        ("weekly.json", Granularity.WEEK, ExportFormat.JSON),
        (f"again.{fmt}", other, fmt),
    ):
        options = ExportOptions(granularity=granularity)
        document = export_document(entries, options=options, participant=PARTICIPANT)
        path = folder / name
        path.write_text(render(document, form), encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


@pytest.mark.parametrize(
    ("other", "fmt"),
    [
        (Granularity.DAY, ExportFormat.JSON),
        (Granularity.DAY, ExportFormat.CSV),
        (Granularity.MONTH, ExportFormat.CSV),
    ],
)
def test_weekly_and_daily_export_of_one_participant_are_counted_once(
    tmp_path: Path, other: Granularity, fmt: ExportFormat
) -> None:
    write_team(tmp_path / "team", K)
    weekly, again = write_twice(tmp_path, other, fmt)
    found = review(load_exports([tmp_path]).exports, K)
    assert found.checkins.value == K * 6 + 6
    assert found.participants == K + 1
    [note] = found.set_aside
    finer, coarser = (again, weekly) if other is Granularity.DAY else (weekly, again)
    assert (note.source, note.kept, note.reason) == (coarser, finer, Reason.FINER)


def test_the_set_aside_file_is_named_with_the_reason(run: Runner, tmp_path: Path) -> None:
    write_team(tmp_path / "team", K)
    weekly, daily = write_twice(tmp_path, Granularity.DAY, ExportFormat.CSV)
    report = tmp_path / "review.md"
    result = run("coach", tmp_path, "--report", report)
    assert result.code == 0, result.err
    assert (
        f"{weekly}: set aside for 2 periods (2026-W47, 2026-W48): {daily} holds the same "
        "participant's check-ins there, dated more finely"
    ) in result.err
    text = report.read_text(encoding="utf-8")
    assert "1 export was set aside where it overlaps another export of the same participant" in text
    assert weekly.name not in text and daily.name not in text  # reports name no file


def test_of_two_equally_fine_exports_the_fuller_one_is_counted(tmp_path: Path) -> None:
    write_team(tmp_path / "team", K)
    for name, entries in (
        ("older.json", week_of_entries(1) + week_of_entries(0, per_week=1)),
        ("newer.json", week_of_entries(0)),
    ):
        document = export_document(entries, participant=PARTICIPANT)
        (tmp_path / name).write_text(render(document, ExportFormat.JSON), encoding="utf-8")
    loaded = load_exports([tmp_path])
    found = review(loaded.exports, K)
    assert found.checkins.value == K * 6 + 3 + 3
    [note] = found.set_aside
    assert (note.source.name, note.kept.name, note.periods) == (
        "older.json",
        "newer.json",
        ("2026-W48",),
    )
    assert note.reason is Reason.FULLER
    assert "1 export was set aside" in render_markdown(found, loaded)


def test_of_two_identical_weeks_in_two_exports_the_first_loaded_is_counted(tmp_path: Path) -> None:
    write_team(tmp_path / "team", K)
    for name, entries in (
        ("a-november.json", week_of_entries(2) + week_of_entries(1)),
        ("b-later.json", week_of_entries(1) + week_of_entries(0)),
    ):
        document = export_document(entries, participant=PARTICIPANT)
        (tmp_path / name).write_text(render(document, ExportFormat.JSON), encoding="utf-8")
    found = review(load_exports([tmp_path]).exports, K)
    assert found.checkins.value == K * 6 + 6  # week 46 has one participant: withheld
    [note] = found.set_aside
    assert (note.source.name, note.kept.name, note.periods, note.reason) == (
        "b-later.json",
        "a-november.json",
        ("2026-W47",),
        Reason.EQUAL,
    )
