"""The coach's review as one self-contained HTML file with inline SVG charts.

No script, no external style sheet, font or image: the file opens the same
offline, in any browser, and prints on A4 with each section kept whole.  All
text from exports is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from focuscheck.coach import report_html_trends, wording
from focuscheck.coach.aggregate import Counts, Figure, PeriodRow, Rate, Review
from focuscheck.coach.loader import LoadResult
from focuscheck.coach.report_style import STYLE
from focuscheck.coach.svg import (
    HALF_WIDTH,
    PALETTE,
    Series,
    legend,
    line_chart,
    percent_chart,
    styled,
)
from focuscheck.coach.themes_html import themes_sections
from focuscheck.i18n import _, current_language


def render_html(review: Review, loaded: LoadResult) -> str:
    """The whole report as one HTML document."""
    customer = review.customer_term
    if not review.enough:
        body = [f'<p class="withheld">{escape(wording.too_few(review))}</p>']
    else:
        body = [
            report_html_trends.findings(review),
            _alignment(review),
            _bars(wording.unit_heading(review), review.checkins_per_participant, review, str),
            _bars(_("Mission clarity"), review.mission_clarity, review, wording.clarity_label),
            _bars(
                _("Whose voice was heard"),
                review.voice,
                review,
                lambda key: wording.voice_label(key, customer),
            ),
            _bars(_("Waste by category"), review.waste, review, wording.waste_label),
            _trend(review),
            report_html_trends.trend_details(review),
            report_html_trends.comparison(review),
            report_html_trends.teams(review),
            report_html_trends.management(review),
            themes_sections(review),
        ]
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(wording.title(review))}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n{_header(review, loaded)}\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def _header(review: Review, loaded: LoadResult) -> str:
    """The title and the facts a reader needs first: who, which periods, the minimum group."""
    facts = "".join(
        f"<div><dt>{escape(label)}</dt><dd>{escape(value)}</dd></div>"
        for label, value in wording.overview_facts(review)
    )
    notes = [wording.load_summary(loaded)]
    overlap = wording.overlap_note(review)
    if overlap:
        notes.append(overlap)
    lines = "".join(f'<p class="note">{escape(note)}</p>' for note in notes)
    return (
        f"<header>\n<h1>{escape(wording.title(review))}</h1>\n"
        f'<dl class="facts">{facts}</dl>\n{lines}\n</header>'
    )


def _section(heading: str, inner: str, extra_class: str = "") -> str:
    css = f' class="{extra_class}"' if extra_class else ""
    return f"<section{css}>\n<h2>{escape(heading)}</h2>\n{inner}\n</section>"


def _withheld(figure: Figure[Any], review: Review) -> str:
    return f'<p class="withheld">{escape(wording.withheld(figure, review))}</p>'


def _bars(heading: str, figure: Figure[Counts], review: Review, label: Callable[[str], str]) -> str:
    """A distribution: each category's share of the whole, with its count."""
    if figure.value is None:
        return _section(heading, _withheld(figure, review), "half")
    total = sum(count for _key, count in figure.value) or 1
    bars = [
        (label(key), 100 * count / total, f"{count} ({round(100 * count / total)} %)")
        for key, count in figure.value
    ]
    return _section(heading, percent_chart(heading, bars), "half")


def _alignment(review: Review) -> str:
    heading = wording.naming_heading(review)
    notes = []
    bars = []
    for question, figure in (
        (_("Who pays my salary?"), review.salary),
        (_("What is the cornerstone of quality management?"), review.cornerstone),
    ):
        if figure.value is None:
            shown = f"{question} {wording.withheld(figure, review)}"
            notes.append(f'<p class="withheld">{escape(shown)}</p>')
            continue
        bars.append((question, figure.value.share * 100, wording.rate_text(figure.value)))
    if bars:
        caption = f"<figcaption>{escape(wording.naming_label(review))}</figcaption>"
        notes.insert(0, f"<figure>{caption}{percent_chart(heading, bars, wide=True)}</figure>")
    return _section(heading, "".join(notes))


def _trend(review: Review) -> str:
    heading = _("Trend")
    labels = [row.period for row in review.periods]
    focus = Series(
        wording.focus_label(review),
        tuple(row.figures.focus_mean if row.figures else None for row in review.periods),
        PALETTE[0],
    )
    shares = styled(
        [
            (name, tuple(_share(row, attribute) for row in review.periods))
            for name, attribute in zip(
                wording.share_labels(review),
                ("salary", "cornerstone", "heard_customer"),
                strict=True,
            )
        ]
    )
    focus_ticks = [(value, str(value)) for value in (1, 2, 3, 4, 5)]
    share_ticks = [(value, f"{value} %") for value in (0, 25, 50, 75, 100)]
    charts = (
        '<div class="charts">'
        f"<figure><figcaption>{escape(focus.name)}</figcaption>"
        + line_chart(focus.name, labels, [focus], 1, 5, focus_ticks, width=HALF_WIDTH, height=200)
        + legend([focus])
        + f"</figure><figure><figcaption>{escape(wording.naming_label(review))}</figcaption>"
        + line_chart(
            wording.naming_label(review),
            labels,
            shares,
            0,
            100,
            share_ticks,
            width=HALF_WIDTH,
            height=200,
        )
        + legend(shares)
        + "</figure></div>"
    )
    withheld = sum(1 for row in review.periods if row.figures is None)
    note = ""
    if withheld:
        note = (
            '<p class="note">'
            + escape(
                _(
                    "{count} of {total} periods had fewer than {k} participants and are left blank."
                ).format(count=withheld, total=len(review.periods), k=review.min_group)
            )
            + "</p>"
        )
    return _section(heading, charts + note + _trend_table(review), "flow")


def _share(row: PeriodRow, name: str) -> float | None:
    figures = row.figures
    if figures is None:
        return None
    rate: Rate = getattr(figures, name)
    return rate.share * 100


def _trend_table(review: Review) -> str:
    head = wording.trend_head(review, wording.focus_label(review))
    top = "<thead><tr>" + "".join(f"<th>{escape(cell)}</th>" for cell in head) + "</tr></thead>"
    rows = []
    for row in review.periods:
        values = row.figures
        if values is None:
            note = _("withheld: fewer than {k} participants").format(k=review.min_group)
            rows.append(
                f"<tr><td>{escape(row.period)}</td>"
                f'<td colspan="{len(head) - 1}">{escape(note)}</td></tr>'
            )
            continue
        cells = wording.trend_cells(row.period, values)
        rows.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>")
    return f'<table class="trend-table">{top}<tbody>{"".join(rows)}</tbody></table>'
