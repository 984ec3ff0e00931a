"""A withheld week influences nothing the coach is shown: no differencing, no small teams."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.coach.aggregate import REFLECTION_FIELDS, Review, review
from focuscheck.coach.cells import unit_of, unit_period
from focuscheck.coach.export_format import document_json
from focuscheck.coach.findings import sentences
from focuscheck.coach.loader import ExportEntry, LoadedExport, LoadResult, load_exports
from focuscheck.coach.report_html import render_html
from focuscheck.coach.report_md import render_markdown
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VoiceSource, WasteCategory, WasteStatus
from focuscheck.domain.settings import Settings
from focuscheck.retro.opening import summarize
from tests.unit.coach_support import export_document, week_of_entries, write_team

K = 3
WEEKS = (44, 45, 46, 47, 48)
"""ISO weeks of 2026: 26 October to 29 November, so both October and November."""
TEXTS = ("Shorter form", "Called back", "Two approvals", "Nobody knew")


def everything_shown(exports: list[LoadedExport], k: int = K) -> tuple[Any, ...]:
    """The review and all it is shown as: Markdown, HTML, the retro opener, and the
    figures built on it (every comparison of periods, the teams side by side, the
    management review's follow-up and the plain sentences)."""
    found = review(exports, k)
    loaded = LoadResult(tuple(exports), (), ())
    return (
        found,
        found.comparisons,
        found.team_comparison,
        found.waste_follow_up,
        sentences(found),
        render_markdown(found, loaded),
        render_html(found, loaded),
        summarize(found, term_for_word("customer")),
    )


def without(exports: list[LoadedExport], cell: str) -> list[LoadedExport]:
    """``exports`` with every check-in of ``cell`` removed (the files stay)."""
    unit = unit_of(exports)
    return [
        replace(
            export,
            tallies={
                period: tally
                for period, tally in export.tallies.items()
                if unit_period(period, unit) != cell
            },
        )
        for export in exports
    ]


def withheld_cells(exports: list[LoadedExport], found: Review) -> set[str]:
    """The periods somebody checked in that the review does not show."""
    shown = {row.period for row in found.periods if not row.withheld}
    return {unit_period(period, found.unit) for x in exports for period in x.tallies} - shown


def period_of(granularity: Granularity, week: int, day: int) -> str:
    when = date.fromisocalendar(2026, week, day)
    if granularity is Granularity.DAY:
        return when.isoformat()
    if granularity is Granularity.MONTH:
        return f"{when.year:04d}-{when.month:02d}"
    return f"2026-W{week:02d}"


@st.composite
def checkins(draw: st.DrawFn, granularity: Granularity) -> tuple[ExportEntry, ...]:
    count = draw(st.integers(0, 6))
    return tuple(
        ExportEntry(
            period=period_of(granularity, draw(st.sampled_from(WEEKS)), draw(st.integers(1, 7))),
            salary_aligned=draw(st.booleans()),
            cornerstone_aligned=draw(st.booleans()),
            mission_clarity=draw(st.none() | st.integers(1, 5)),
            voice_source=draw(st.sampled_from(VoiceSource)),
            voice_shared=draw(st.booleans()),
            waste_category=draw(st.none() | st.sampled_from(WasteCategory)),
            waste_status=draw(st.none() | st.sampled_from(WasteStatus)),
            focus=draw(st.none() | st.integers(1, 5)),
            texts=tuple(
                draw(
                    st.lists(
                        st.tuples(st.sampled_from(REFLECTION_FIELDS), st.sampled_from(TEXTS)),
                        max_size=2,
                        unique_by=lambda item: item[0],
                    )
                )
            ),
            tags=(),
        )
        for _ in range(count)
    )


@st.composite
def team_exports(draw: st.DrawFn) -> list[LoadedExport]:
    """Participants in teams, some with a second export dated by day or by month."""
    exports = []
    for person in range(draw(st.integers(2, 7))):
        team = draw(st.sampled_from(("Nord", "Syd", None)))
        kinds = [Granularity.WEEK]
        extra = draw(st.sampled_from((None, None, Granularity.DAY, Granularity.MONTH)))
        if extra is not None:
            kinds.append(extra)
        for kind in kinds:
            exports.append(
                LoadedExport.of_entries(
                    source=Path(f"export-{person}-{kind}.json"),
                    digest=f"sha256:{person}-{kind}",
                    participant=f"p-{person:016x}",
                    granularity=kind,
                    customer_term="customer",
                    team=team,
                    entries=draw(checkins(kind)),
                )
            )
    return exports


@settings(max_examples=150, deadline=None)
@given(team_exports())
def test_removing_a_withheld_cell_changes_nothing_shown(exports: list[LoadedExport]) -> None:
    shown = everything_shown(exports)
    cells = withheld_cells(exports, shown[0])
    for cell in cells:
        assert everything_shown(without(exports, cell)) == shown
    emptied = exports
    for cell in cells:
        emptied = without(emptied, cell)
    assert everything_shown(emptied) == shown


def test_five_participants_one_alone_in_a_week_overall_figures_do_not_reveal_that_week(
    tmp_path: Path,
) -> None:
    write_team(tmp_path / "team", 5, weeks=2)  # weeks 47 and 48, three check-ins a week each
    alone = tmp_path / "team" / "export-00.json"
    document = export_document(
        week_of_entries(0) + week_of_entries(1) + week_of_entries(3, per_week=4),
        Settings(team="Nord"),
    )
    alone.write_text(document_json(document), encoding="utf-8")
    loaded = load_exports([tmp_path / "team"])
    found, *_figures, markdown, html, opener = everything_shown(list(loaded.exports), 5)
    assert found.checkins.value == 30  # week 45's four check-ins count nowhere
    assert found.participants == 5
    assert [row.period for row in found.periods] == ["2026-W47", "2026-W48"]
    assert "2026-W45" not in markdown + html + "\n".join(opener)
    assert everything_shown(without(list(loaded.exports), "2026-W45"), 5)[5:] == (
        markdown,
        html,
        opener,
    )


def test_a_withheld_week_between_shown_ones_is_a_blank_row_that_counts_nowhere(
    tmp_path: Path,
) -> None:
    for person in range(5):
        weeks = (0, 2) if person else (0, 1, 2)
        entries = [item for back in weeks for item in week_of_entries(back)]
        path = tmp_path / f"export-{person}.json"
        path.write_text(document_json(export_document(entries)), encoding="utf-8")
    found = review(load_exports([tmp_path]).exports, 5)
    rows = {row.period: row.figures for row in found.periods}
    assert list(rows) == ["2026-W46", "2026-W47", "2026-W48"]
    assert rows["2026-W47"] is None
    assert found.checkins.value == 30
    # Person 0's empty week 47 is not a "0": a withheld week counts in no distribution.
    assert dict(found.checkins_per_participant.value or ())["0"] == 0


def test_small_team_label_is_not_listed(tmp_path: Path) -> None:
    write_team(tmp_path / "team", 5)  # all in team Nord
    for person in range(2):
        document = export_document(week_of_entries(0), Settings(team="Pilot"))
        path = tmp_path / "team" / f"pilot-{person}.json"
        path.write_text(document_json(document), encoding="utf-8")
    loaded = load_exports([tmp_path / "team"])
    found = review(loaded.exports, 5)
    assert found.participants == 7
    assert found.teams == ("Nord",)
    assert "Pilot" not in render_markdown(found, loaded) + render_html(found, loaded)


def test_no_week_with_enough_participants_shows_nothing_and_says_so(tmp_path: Path) -> None:
    for person in range(5):
        path = tmp_path / f"export-{person}.json"
        path.write_text(document_json(export_document(week_of_entries(person))), encoding="utf-8")
    loaded = load_exports([tmp_path])
    found = review(loaded.exports, 5)
    assert not found.enough
    markdown = render_markdown(found, loaded)
    assert "No week had 5 or more participants, so no figure is shown." in markdown
    assert "## Trend" not in markdown


def test_a_text_written_in_a_withheld_week_is_in_no_theme(tmp_path: Path) -> None:
    write_team(tmp_path / "team", 5)
    lonely = week_of_entries(4, per_week=1, value="Only I was in that week")
    path = tmp_path / "team" / "export-00.json"
    path.write_text(document_json(export_document(lonely + week_of_entries(0))), encoding="utf-8")
    found = review(load_exports([tmp_path / "team"]).exports, 5)
    texts = [group.text for group in found.themes.value.groups] if found.themes.value else []
    assert texts and "Only I was in that week" not in texts
