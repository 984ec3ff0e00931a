"""The trend's sections of the Markdown report: the plain sentences, the trend in detail,
this period against the one before, the teams side by side and the management review."""

from __future__ import annotations

from collections.abc import Sequence

from focuscheck.coach import management_text, trend_tables, wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.compare import Side
from focuscheck.coach.findings import sentences
from focuscheck.coach.trend_wording import (
    merged_note,
    no_comparison,
    same_note,
    sentence_start,
    side_note,
    side_text,
    span_text,
    teams_withheld,
)
from focuscheck.domain.entry_text import markdown_escape
from focuscheck.i18n import _


def findings(review: Review) -> list[str]:
    """The plain sentences; nothing at all when there are none."""
    said = sentences(review)
    if not said:
        return []
    return [f"## {_('In short')}", "", *(f"- {markdown_escape(line)}" for line in said), ""]


def table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A Markdown table, the first column to the left and the others to the right."""
    lines = ["| " + " | ".join(markdown_escape(cell) for cell in head) + " |"]
    lines.append("|---|" + "---:|" * (len(head) - 1))
    # Only the first column holds words (a team's label among them); the rest are figures.
    lines += ["| " + " | ".join([markdown_escape(row[0]), *row[1:]]) + " |" for row in rows]
    return lines


def trend_details(review: Review) -> list[str]:
    """Whose voice, mission clarity and waste per period (shares of the period's check-ins)."""
    withheld = _("withheld: fewer than {k} participants").format(k=review.min_group)
    head = trend_tables.detail_head(review)
    rows = []
    waste_rows = []
    for row in review.periods:
        figures = row.figures
        if figures is None:
            rows.append([row.period, withheld, *[""] * (len(head) - 2)])
            waste_rows.append([row.period, withheld, *[""] * 4])
            continue
        rows.append([row.period, *trend_tables.detail_cells(figures)])
        waste = trend_tables.waste_cells(figures)
        if waste is None:
            note = wording.withheld(figures.waste, review)
            waste_rows.append([row.period, note, *[""] * 4])
        else:
            waste_rows.append([row.period, *waste])
    lines = [f"## {_('Voice, mission clarity and waste by period')}", ""]
    lines += [f"_{_('Shares of the period’s check-ins.')}_", ""]
    lines += [*table(head, rows), ""]
    lines += [f"## {_('Waste by category per period')}", ""]
    return [*lines, *table(trend_tables.waste_head(review), waste_rows), ""]


def comparison(review: Review) -> list[str]:
    lines = [f"## {_('This period against the one before')}", ""]
    found = review.comparison()
    if found is None:
        return [*lines, f"> {no_comparison(len(review.periods))}", ""]
    lines += [f"_{sentence_start(span_text(found))}._", ""]
    for side in (found.previous, found.recent):
        lines.append(f"- {wording_side(side)}")
    lines.append("")
    rows = trend_tables.comparison_rows(found, review)
    lines += [*table(trend_tables.comparison_head(found), rows), ""]
    return [*lines, f"_{same_note()}_", ""]


def wording_side(side: Side) -> str:
    return f"{side_text(side)}: {side_note(side)}"


def teams(review: Review) -> list[str]:
    lines = [f"## {_('Teams side by side')}", ""]
    found = review.team_comparison
    if found.withheld is not None:
        return [*lines, f"> {teams_withheld(found, review.min_group)}", ""]
    lines += [*table(*trend_tables.team_table(review)), ""]
    note = merged_note(found, review.min_group)
    return [*lines, *([f"_{note}_", ""] if note else [])]


def management(review: Review) -> list[str]:
    lines = [f"## {management_text.heading()}", ""]
    for part in management_text.parts(review):
        lines += [f"### {part.heading}", ""]
        lines += [f"- {markdown_escape(line)}" for line in part.lines]
        lines.append("")
        if part.table is not None:
            lines += [*table(*part.table), ""]
    return lines
