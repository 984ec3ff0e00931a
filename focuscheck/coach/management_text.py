"""The management-review section's text (ISO 9001 5.1.2, 7.3 and the waste Pareto).

Shared by the Markdown and the HTML report.  Each part is a list of plain
lines, or a table, or the reason it is withheld.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from focuscheck.coach import wording
from focuscheck.coach.distributions import Counts
from focuscheck.coach.figure import Figure, Rate
from focuscheck.coach.management import pareto
from focuscheck.domain.enums import WASTE_STATUS_LABELS
from focuscheck.i18n import _, ngettext

if TYPE_CHECKING:
    from focuscheck.coach.aggregate import Review


@dataclass(frozen=True, slots=True)
class Part:
    """One part of the section: a heading, lines and an optional table."""

    heading: str
    lines: tuple[str, ...]
    table: tuple[list[str], list[list[str]]] | None = None


def heading() -> str:
    return _("For the management review (ISO 9001)")


def parts(review: Review) -> list[Part]:
    """The section's parts in order; a withheld figure says why in its place."""
    customer = review.customer_term
    focus_lines = [
        _naming(review, _("Who pays my salary?"), review.salary),
        _naming(review, _("What is the cornerstone of quality management?"), review.cornerstone),
        _("Voice heard: {counts}").format(
            counts=_counts(review, review.voice, lambda key: wording.voice_label(key, customer))
        ),
    ]
    awareness = [
        _("Mission clarity as people rate it themselves: {counts}").format(
            counts=_counts(review, review.mission_clarity, wording.clarity_label)
        )
    ]
    return [
        Part(customer.fill(_("5.1.2 {Customer} focus")), tuple(focus_lines)),
        Part(_("7.3 Awareness"), tuple(awareness)),
        _pareto(review),
        Part(_("What these figures are evidence of"), (evidence(),)),
    ]


def evidence() -> str:
    return _(
        "They show that people answer and reflect on these questions every day, and how aware "
        "of the mission they say they are. They are self-reported: they are not a measurement of "
        "customer satisfaction, and not an audit of the process."
    )


def _naming(review: Review, question: str, figure: Figure[Rate]) -> str:
    label = review.customer_term.fill(
        _("Answers naming the {customer} to “{question}”"), question=question
    )
    if figure.value is None:
        return f"{label}: {wording.withheld(figure, review)}"
    return f"{label}: {wording.rate_text(figure.value)}"


def _counts(review: Review, figure: Figure[Counts], name: Callable[[str], str]) -> str:
    if figure.value is None:
        return wording.withheld(figure, review)
    total = sum(count for _key, count in figure.value) or 1
    return " · ".join(f"{name(key)} {round(100 * count / total)} %" for key, count in figure.value)


def _pareto(review: Review) -> Part:
    title = _("Waste, most noted first")
    figure = review.waste
    if figure.value is None:
        return Part(title, (wording.withheld(figure, review),))
    rows = [
        [wording.waste_label(row.category), str(row.count), f"{round(row.cumulative)} %"]
        for row in pareto(figure.value)
    ]
    head = [_("Kind of waste"), _("Noted"), _("Cumulative")]
    return Part(title, (_follow_up(review),), (head, rows) if rows else None)


def _follow_up(review: Review) -> str:
    figure = review.waste_follow_up
    if figure.value is None:
        return wording.withheld(figure, review)
    found = figure.value
    if not found.available:
        return _(
            "Follow-up: not available. These exports carry no status for the waste noted "
            "(they were made before export version 2)."
        )
    statuses = " · ".join(
        f"{_(WASTE_STATUS_LABELS[status])} {count}" for status, count in found.statuses
    )
    return ngettext(
        "Follow-up of the {count} item noted: {statuses}.",
        "Follow-up of the {count} items noted: {statuses}.",
        found.tracked,
    ).format(count=found.tracked, statuses=statuses)
