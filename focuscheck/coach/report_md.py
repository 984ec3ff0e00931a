"""The coach's review as a Markdown report to share.

The report names no file (file names may carry people's names) and no
participant; every figure below the minimum group size says why it is missing.
"""

from __future__ import annotations

from collections.abc import Callable

from focuscheck.coach import report_md_trends, theme_wording, wording
from focuscheck.coach.aggregate import Counts, Figure, Review
from focuscheck.coach.loader import LoadResult
from focuscheck.coach.themes import Group
from focuscheck.coach.themes_report import report_themes
from focuscheck.domain.entry_text import markdown_escape
from focuscheck.i18n import _


def render_markdown(review: Review, loaded: LoadResult) -> str:
    """The whole report."""
    customer = review.customer_term
    lines = [f"# {wording.title(review)}", ""]
    lines += [f"_{markdown_escape(wording.load_summary(loaded))}_", ""]
    lines += report_md_trends.findings(review)
    lines += _overview(review)
    if not review.enough:
        lines += [f"> {wording.too_few(review)}", ""]
        return "\n".join(lines).rstrip() + "\n"
    lines += _distribution(
        wording.unit_heading(review),
        review.checkins_per_participant,
        review,
        str,
        (wording.count_column(review), wording.period_count_column(review)),
    )
    lines += _alignment(review)
    lines += _distribution(
        _("Mission clarity"), review.mission_clarity, review, wording.clarity_label
    )
    lines += _distribution(
        _("Whose voice was heard"),
        review.voice,
        review,
        lambda key: wording.voice_label(key, customer),
    )
    lines += _distribution(_("Waste by category"), review.waste, review, wording.waste_label)
    lines += _trend(review)
    lines += report_md_trends.trend_details(review)
    lines += report_md_trends.comparison(review)
    lines += report_md_trends.teams(review)
    lines += report_md_trends.management(review)
    lines += _themes(review)
    return "\n".join(lines).rstrip() + "\n"


def _overview(review: Review) -> list[str]:
    lines = [f"## {_('Overview')}", ""]
    rows = [(label, markdown_escape(value)) for label, value in wording.overview_facts(review)]
    lines += [f"- **{label}:** {value}" for label, value in rows]
    note = wording.overlap_note(review)
    return [*lines, *([f"- {note}"] if note else []), ""]


def _distribution(
    heading: str,
    figure: Figure[Counts],
    review: Review,
    label: Callable[[str], str],
    columns: tuple[str, str] | None = None,
) -> list[str]:
    lines = [f"## {heading}", ""]
    if figure.value is None:
        return [*lines, f"> {wording.withheld(figure, review)}", ""]
    total = sum(count for _key, count in figure.value) or 1
    answer, count_word = columns or (_("Answer"), _("Check-ins"))
    lines += [f"| {answer} | {count_word} | {_('Share')} |", "|---|---:|---:|"]
    for key, count in figure.value:
        lines.append(
            f"| {markdown_escape(label(key))} | {count} | {round(100 * count / total)} % |"
        )
    return [*lines, ""]


def _alignment(review: Review) -> list[str]:
    lines = [f"## {wording.naming_heading(review)}", ""]
    lines += [f"| {_('Question')} | {wording.naming_label(review)} |", "|---|---:|"]
    for question, figure in (
        (_("Who pays my salary?"), review.salary),
        (_("What is the cornerstone of quality management?"), review.cornerstone),
    ):
        shown = (
            wording.rate_text(figure.value) if figure.value else wording.withheld(figure, review)
        )
        lines.append(f"| {question} | {shown} |")
    return [*lines, ""]


def _trend(review: Review) -> list[str]:
    lines = [f"## {_('Trend')}", ""]
    head = wording.trend_head(review, wording.focus_label(review))
    lines += ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for row in review.periods:
        values = row.figures
        if values is None:
            note = _("withheld: fewer than {k} participants").format(k=review.min_group)
            lines.append(f"| {row.period} | {note} |" + " |" * (len(head) - 2))
            continue
        cells = wording.trend_cells(row.period, values)
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _themes(review: Review) -> list[str]:
    lines = [f"## {theme_wording.themes_heading()}", ""]
    figure = review.themes
    if figure.value is None:
        return [*lines, f"> {wording.withheld(figure, review)}", ""]
    picked = report_themes(figure.value)
    choice = (
        theme_wording.starred_note(len(figure.value.starred))
        if picked.starred
        else theme_wording.sample_note()
    )
    lines += [f"_{theme_wording.groups_note()} {choice}_", ""]
    for kind, groups in picked.kinds:
        label = theme_wording.kind_label(kind, review.customer_term)
        lines += [f"### {markdown_escape(label)}", "", *_groups(groups), ""]
    if picked.mission:
        lines += [f"## {theme_wording.mission_heading()}", "", *_groups(picked.mission), ""]
    return lines


def _groups(groups: tuple[Group, ...]) -> list[str]:
    return [
        f"- {theme_wording.times(group)} {markdown_escape(' '.join(group.text.split()))}"
        for group in groups
    ]
