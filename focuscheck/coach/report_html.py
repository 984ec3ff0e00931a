"""The coach's review as one self-contained HTML file with inline SVG charts.

No script, no external style sheet, font or image: the file opens the same
offline, in any browser, and prints on A4 with each section kept whole.  All
text from exports is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any, Final

from focuscheck.coach import report_html_trends, wording
from focuscheck.coach.aggregate import Counts, Figure, PeriodRow, Rate, Review
from focuscheck.coach.loader import LoadResult
from focuscheck.coach.svg import PALETTE, Series, bar_chart, legend, line_chart
from focuscheck.i18n import _, current_language

STYLE: Final = """
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6472; --line: #d9dee6; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #fff; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 0 0 .75rem; border-bottom: 1px solid var(--line); }
section { margin: 0 0 2rem; break-inside: avoid; page-break-inside: avoid; }
.lead, .note { color: var(--muted); }
.withheld { border-left: 4px solid #d0792b; padding: .5rem .75rem; background: #fdf3ea; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--line); text-align: right; }
th:first-child, td:first-child { text-align: left; white-space: nowrap; }
td[colspan] { text-align: left; color: var(--muted); font-style: italic; }
svg.chart { width: 100%; height: auto; display: block; margin: .5rem 0; }
svg .label, svg .value, svg .tick { font: 12px system-ui, sans-serif; fill: var(--ink); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .line { fill: none; stroke-width: 2.5; }
ul.legend { list-style: none; padding: 0; display: flex; gap: 1.25rem; flex-wrap: wrap; }
.swatch { display: inline-block; width: .8rem; height: .8rem; margin-right: .35rem;
  border-radius: 2px; vertical-align: -1px; }
ul.reflections { padding-left: 1.1rem; } ul.reflections li { margin: .35rem 0; }
.kind { color: var(--muted); font-size: .85rem; margin-right: .4rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  .trend-table { break-inside: auto; }
}
@page { size: A4; margin: 16mm 14mm; }
"""


def render_html(review: Review, loaded: LoadResult) -> str:
    """The whole report as one HTML document."""
    customer = review.customer_term
    body = [
        f"<h1>{escape(wording.title(review))}</h1>",
        f'<p class="lead">{escape(wording.load_summary(loaded))}</p>',
        report_html_trends.findings(review),
        _overview(review),
    ]
    if not review.enough:
        body.append(f'<p class="withheld">{escape(wording.too_few(review))}</p>')
    else:
        body += [
            _bars(wording.unit_heading(review), review.checkins_per_participant, review, str),
            _alignment(review),
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
            _reflections(review),
        ]
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(wording.title(review))}</title>\n<style>{STYLE}</style>\n</head>\n"
        "<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def _section(heading: str, inner: str, extra_class: str = "") -> str:
    css = f' class="{extra_class}"' if extra_class else ""
    return f"<section{css}>\n<h2>{escape(heading)}</h2>\n{inner}\n</section>"


def _withheld(figure: Figure[Any], review: Review) -> str:
    return f'<p class="withheld">{escape(wording.withheld(figure, review))}</p>'


def _overview(review: Review) -> str:
    facts = wording.overview_facts(review)
    items = "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in facts)
    note = wording.overlap_note(review)
    extra = f'<p class="note">{escape(note)}</p>' if note else ""
    return _section(_("Overview"), f'<dl class="facts">{items}</dl>{extra}')


def _bars(heading: str, figure: Figure[Counts], review: Review, label: Callable[[str], str]) -> str:
    if figure.value is None:
        return _section(heading, _withheld(figure, review))
    total = sum(count for _key, count in figure.value) or 1
    bars = [
        (label(key), float(count), f"{count} ({round(100 * count / total)} %)")
        for key, count in figure.value
    ]
    peak = max((value for _label, value, _shown in bars), default=0.0)
    return _section(heading, bar_chart(heading, bars, peak))


def _alignment(review: Review) -> str:
    heading = wording.naming_heading(review)
    rows = []
    bars = []
    for question, figure in (
        (_("Who pays my salary?"), review.salary),
        (_("What is the cornerstone of quality management?"), review.cornerstone),
    ):
        if figure.value is None:
            shown = wording.withheld(figure, review)
            rows.append(f"<tr><td>{escape(question)}</td><td>{escape(shown)}</td></tr>")
            continue
        bars.append((question, figure.value.share * 100, wording.rate_text(figure.value)))
        rows.append(
            f"<tr><td>{escape(question)}</td><td>{escape(wording.rate_text(figure.value))}</td></tr>"
        )
    chart = bar_chart(heading, bars, 100.0) if bars else ""
    columns = (_("Question"), wording.naming_label(review))
    head = "<tr>" + "".join(f"<th>{escape(column)}</th>" for column in columns) + "</tr>"
    return _section(heading, f"{chart}<table>{head}{''.join(rows)}</table>")


def _trend(review: Review) -> str:
    heading = _("Trend")
    labels = [row.period for row in review.periods]
    focus = Series(
        wording.focus_label(review),
        tuple(row.figures.focus_mean if row.figures else None for row in review.periods),
        PALETTE[0],
    )
    shares = [
        Series(name, tuple(_share(row, attribute) for row in review.periods), color)
        for name, attribute, color in zip(
            wording.share_labels(review),
            ("salary", "cornerstone", "heard_customer"),
            PALETTE[1:4],
            strict=True,
        )
    ]
    focus_ticks = [(value, str(value)) for value in (1, 2, 3, 4, 5)]
    share_ticks = [(value, f"{value} %") for value in (0, 25, 50, 75, 100)]
    charts = (
        line_chart(focus.name, labels, [focus], 1, 5, focus_ticks)
        + legend([focus])
        + line_chart(wording.naming_label(review), labels, shares, 0, 100, share_ticks)
        + legend(shares)
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
    return _section(heading, charts + note + _trend_table(review))


def _share(row: PeriodRow, name: str) -> float | None:
    figures = row.figures
    if figures is None:
        return None
    rate: Rate = getattr(figures, name)
    return rate.share * 100


def _trend_table(review: Review) -> str:
    head = wording.trend_head(review, wording.focus_label(review))
    rows = ["<tr>" + "".join(f"<th>{escape(cell)}</th>" for cell in head) + "</tr>"]
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
    return f'<table class="trend-table">{"".join(rows)}</table>'


def _reflections(review: Review) -> str:
    heading = _("Reflections")
    figure = review.reflections
    if figure.value is None:
        return _section(heading, _withheld(figure, review))
    items = "".join(
        f'<li><span class="kind">{escape(wording.field_label(item.field, review.customer_term))}'
        f"</span>{escape(item.text)}</li>"
        for item in figure.value[: wording.REPORT_REFLECTIONS]
    )
    sample = wording.sample_note(len(figure.value))
    notes = [wording.reflections_note(), *([sample] if sample else [])]
    note = "".join(f'<p class="note">{escape(text)}</p>' for text in notes)
    inner = f'{note}<ul class="reflections">{items}</ul>'
    return _section(heading, inner)
