"""The trend's comparisons as tables of text: headings and rows, for every view and report.

The terminal view, the Markdown and the HTML report lay out the same cells, so
a figure reads the same wherever the coach looks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from focuscheck.coach import wording
from focuscheck.coach.compare import Comparison
from focuscheck.coach.measures import Measure
from focuscheck.coach.trend_wording import (
    arrow,
    measure_label,
    not_enough,
    side_text,
    team_name,
    value_text,
)
from focuscheck.coach.trends import PeriodFigures
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.i18n import _, pgettext

if TYPE_CHECKING:
    from focuscheck.coach.aggregate import Review

CLARITY_GROUPS: Final = (("1–2", ("1", "2")), ("3", ("3",)), ("4–5", ("4", "5")))
"""Mission clarity in three bands (and the unrated), so a period fits on one line."""

TEAM_MEASURES: Final = (
    Measure.FOCUS,
    Measure.SALARY,
    Measure.HEARD_CUSTOMER,
    Measure.CLARITY_HIGH,
    Measure.WASTE_NOTED,
)
"""The figures of the teams side by side."""


def _share(count: int, total: int) -> str:
    return f"{round(100 * count / total)} %" if total else "–"


def detail_head(review: Review) -> list[str]:
    """Whose voice was heard, mission clarity and waste: the second half of the trend."""
    customer = review.customer_term
    return [
        wording.period_word(review),
        customer.fill(pgettext("voice heard", "{Customer}")),
        pgettext("voice heard", "Colleague"),
        pgettext("voice heard", "No one"),
        *(_("Clarity {band}").format(band=band) for band, _levels in CLARITY_GROUPS),
        wording.clarity_label("unrated").capitalize(),
        pgettext("trend column", "Waste"),
    ]


def detail_cells(figures: PeriodFigures) -> list[str]:
    """One shown period in the order of :func:`detail_head` (without the period)."""
    voice = dict(figures.voice)
    clarity = dict(figures.clarity)
    cells = [_share(voice[source.value], figures.checkins) for source in VoiceSource]
    for _band, levels in CLARITY_GROUPS:
        cells.append(_share(sum(clarity[level] for level in levels), figures.checkins))
    cells.append(_share(clarity["unrated"], figures.checkins))
    waste = figures.waste.value
    cells.append(str(sum(count for _key, count in waste)) if waste is not None else "–")
    return cells


def short_waste(category: WasteCategory) -> str:
    """A kind of waste in a word, for a column heading in the terminal."""
    match category:
        case WasteCategory.ADMIN:
            return pgettext("waste, short", "Admin")
        case WasteCategory.UNCLARITY:
            return pgettext("waste, short", "Unclarity")
        case WasteCategory.RIGIDITY:
            return pgettext("waste, short", "Rigidity")
        case WasteCategory.RED_TAPE:
            return pgettext("waste, short", "Red tape")
        case WasteCategory.OTHER:
            return pgettext("waste, short", "Other")


def waste_head(review: Review, *, short: bool = False) -> list[str]:
    """The period and each kind of waste (``short``: in a word, for the terminal)."""
    names = [
        short_waste(item) if short else wording.waste_label(item.value) for item in WasteCategory
    ]
    return [wording.period_word(review), *names]


def waste_cells(figures: PeriodFigures) -> list[str] | None:
    """The period's waste by category; None when too few of its participants noted any."""
    waste = figures.waste.value
    return None if waste is None else [str(count) for _key, count in waste]


def comparison_head(comparison: Comparison) -> list[str]:
    return [
        _("Figure"),
        side_text(comparison.previous),
        side_text(comparison.recent),
        _("Change"),
    ]


def comparison_rows(
    comparison: Comparison, review: Review, missing: str | None = None
) -> list[list[str]]:
    """One row per measure: both values and the change, never worked out from a missing side.

    A side without figures, and then the change, reads ``missing`` (default: "not
    enough participants").
    """
    missing = not_enough() if missing is None else missing
    rows = []
    for change in comparison.changes:
        sides = (comparison.previous, comparison.recent)
        shown = [
            value_text(change.measure, value) if side.values is not None else missing
            for side, value in zip(sides, (change.before, change.after), strict=True)
        ]
        moved = arrow(change.direction) if comparison.available else missing
        rows.append([measure_label(change.measure, review.customer_term), *shown, moved])
    return rows


def team_table(review: Review) -> tuple[list[str], list[list[str]]]:
    """The teams as columns, side by side, and one row per figure (participants first)."""
    rows_shown = review.team_comparison.rows
    head = [_("Figure"), *(team_name(row.team) for row in rows_shown)]
    rows = [[_("Participants"), *(str(row.participants) for row in rows_shown)]]
    for measure in TEAM_MEASURES:
        label = measure_label(measure, review.customer_term)
        rows.append([label, *(value_text(measure, row.value(measure)) for row in rows_shown)])
    return head, rows
