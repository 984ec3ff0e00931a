"""The themes of the HTML report: starred groups (or a short sample) by kind, with counts."""

from __future__ import annotations

from html import escape

from focuscheck.coach import theme_wording, wording
from focuscheck.coach.aggregate import Review
from focuscheck.coach.themes import Group
from focuscheck.coach.themes_report import report_themes


def themes_sections(review: Review) -> str:
    """The "Themes" section and, when it has groups to list, "Mission as understood"."""
    heading = f"<h2>{escape(theme_wording.themes_heading())}</h2>"
    figure = review.themes
    if figure.value is None:
        note = escape(wording.withheld(figure, review))
        return f'<section class="themes">\n{heading}\n<p class="withheld">{note}</p>\n</section>'
    picked = report_themes(figure.value)
    choice = (
        theme_wording.starred_note(len(figure.value.starred))
        if picked.starred
        else theme_wording.sample_note()
    )
    parts = [
        f'<section class="themes flow">\n{heading}',
        f'<p class="note">{escape(theme_wording.groups_note())} {escape(choice)}</p>',
        '<div class="kinds">',
    ]
    for kind, groups in picked.kinds:
        label = theme_wording.kind_label(kind, review.customer_term)
        parts += [f"<div><h3>{escape(label)}</h3>", _list(groups), "</div>"]
    parts += ["</div>", "</section>"]
    if picked.mission:
        parts += [
            '<section class="themes mission">',
            f"<h2>{escape(theme_wording.mission_heading())}</h2>",
            _list(picked.mission),
            "</section>",
        ]
    return "\n".join(parts)


def _list(groups: tuple[Group, ...]) -> str:
    items = "".join(
        f'<li><span class="count">{escape(theme_wording.times(group))}</span> '
        f"{escape(' '.join(group.text.split()))}</li>"
        for group in groups
    )
    return f"<ul>{items}</ul>"
