"""The trend's sections of the HTML report: the plain sentences, the trend in detail,
this period against the one before, the teams side by side and the management review.

Charts come from :mod:`focuscheck.coach.svg`; everything else is a plain table.
All text is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from focuscheck.coach import management_text, trend_tables, wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.findings import sentences
from focuscheck.coach.measures import Measure
from focuscheck.coach.svg import PALETTE, Series, legend, line_chart, percent_chart
from focuscheck.coach.trend_wording import (
    measure_label,
    merged_note,
    no_comparison,
    same_note,
    sentence_start,
    side_note,
    side_text,
    span_text,
    team_name,
    teams_withheld,
)
from focuscheck.domain.enums import VoiceSource
from focuscheck.i18n import _

SHARE_TICKS = [(value, f"{value} %") for value in (0, 25, 50, 75, 100)]


def section(heading: str, inner: str, css: str = "") -> str:
    extra = f' class="{css}"' if css else ""
    return f"<section{extra}>\n<h2>{escape(heading)}</h2>\n{inner}\n</section>"


def note(text: str, css: str = "note") -> str:
    return f'<p class="{css}">{escape(text)}</p>'


def table(head: Sequence[str], rows: Sequence[Sequence[str]], css: str = "") -> str:
    extra = f' class="{css}"' if css else ""
    top = "<tr>" + "".join(f'<th scope="col">{escape(cell)}</th>' for cell in head) + "</tr>"
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table{extra}><thead>{top}</thead><tbody>{body}</tbody></table>"


def findings(review: Review) -> str:
    """The plain sentences at the top; nothing at all when there are none."""
    said = sentences(review)
    if not said:
        return ""
    items = "".join(f"<li>{escape(line)}</li>" for line in said)
    return section(_("In short"), f'<ul class="findings">{items}</ul>')


def trend_details(review: Review) -> str:
    """Whose voice was heard per period as lines, then voice, clarity and waste as tables."""
    labels = [row.period for row in review.periods]
    customer = review.customer_term
    voices = [
        Series(
            wording.voice_label(source.value, customer),
            tuple(
                _voice_share(row.figures.voice, source, row.figures.checkins)
                if row.figures
                else None
                for row in review.periods
            ),
            color,
        )
        for source, color in zip(VoiceSource, PALETTE, strict=False)
    ]
    chart = line_chart(_("Whose voice was heard"), labels, voices, 0, 100, SHARE_TICKS)
    withheld = _("withheld: fewer than {k} participants").format(k=review.min_group)
    rows = []
    waste_rows = []
    for row in review.periods:
        figures = row.figures
        if figures is None:
            rows.append([row.period, withheld])
            waste_rows.append([row.period, withheld])
            continue
        rows.append([row.period, *trend_tables.detail_cells(figures)])
        waste = trend_tables.waste_cells(figures)
        shown = waste if waste is not None else [wording.withheld(figures.waste, review)]
        waste_rows.append([row.period, *shown])
    inner = (
        chart
        + legend(voices)
        + note(_("Shares of the period’s check-ins."))
        + table(trend_tables.detail_head(review), rows, "trend-table")
        + f"<h3>{escape(_('Waste by category per period'))}</h3>"
        + table(trend_tables.waste_head(review), waste_rows, "trend-table")
    )
    return section(_("Voice, mission clarity and waste by period"), inner)


def _voice_share(voice: Sequence[tuple[str, int]], source: VoiceSource, total: int) -> float | None:
    return 100 * dict(voice)[source.value] / total if total else None


def comparison(review: Review) -> str:
    heading = _("This period against the one before")
    found = review.comparison()
    if found is None:
        return section(heading, note(no_comparison(len(review.periods)), "withheld"))
    sides = "".join(
        f"<li>{escape(side_text(side))}: {escape(side_note(side))}</li>"
        for side in (found.previous, found.recent)
    )
    inner = (
        note(sentence_start(span_text(found)) + ".")
        + f"<ul>{sides}</ul>"
        + table(trend_tables.comparison_head(found), trend_tables.comparison_rows(found, review))
        + note(same_note())
    )
    return section(heading, inner)


def teams(review: Review) -> str:
    heading = _("Teams side by side")
    found = review.team_comparison
    if found.withheld is not None:
        return section(heading, note(teams_withheld(found, review.min_group), "withheld"))
    title = measure_label(Measure.SALARY, review.customer_term)
    bars = [
        (team_name(row.team), share, f"{round(share)} %")
        for row in found.rows
        if (share := row.value(Measure.SALARY)) is not None
    ]
    merged = merged_note(found, review.min_group)
    inner = (
        f"<h3>{escape(title)}</h3>"
        + percent_chart(title, bars, wide=True)
        + table(*trend_tables.team_table(review))
        + (note(merged) if merged else "")
    )
    return section(heading, inner)


def management(review: Review) -> str:
    parts = []
    for part in management_text.parts(review):
        lines = "".join(f"<p>{escape(line)}</p>" for line in part.lines)
        shown = table(*part.table) if part.table is not None else ""
        parts.append(f"<h3>{escape(part.heading)}</h3>{lines}{shown}")
    return section(management_text.heading(), "".join(parts), "management")
