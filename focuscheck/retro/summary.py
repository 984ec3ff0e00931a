"""The Markdown summary a team takes from its retro opener into the retro notes.

Answers are written as plain text: every character Markdown would read as
formatting is escaped, so an answer like ``*everyone* <b>`` appears exactly as
typed.  The file is never replaced silently: writing to a name that exists
raises :class:`SummaryExists`, which carries the next free name to offer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Final

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.parentheses import in_parentheses
from focuscheck.i18n import _, decimal, ngettext
from focuscheck.retro.actions import Action, ActionsRecap, describe
from focuscheck.retro.actions_text import outcome_label
from focuscheck.retro.board import Board, BoardItem, ClarityPlot, Column, clarity_label
from focuscheck.retro.session import Retro
from focuscheck.storage.atomic import atomic_write

DOT: Final = "●"
_SPECIAL: Final = re.compile(r"([\\`*_\[\]<>#|~&])")
_LIST_START: Final = re.compile(r"^(\s*)(\d*)([-+.)])")


class SummaryExists(FocuscheckError):
    """The summary file is there already; nothing was written."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.suggestion = next_free_path(path)
        super().__init__(
            _(
                "{path} exists already; nothing was written. Choose another name, like {free}."
            ).format(path=path, free=self.suggestion.name)
        )


class SummaryWriteError(FocuscheckError):
    """The file system refused the summary."""


def plain(text: str) -> str:
    """``text`` as one line of literal Markdown."""
    line = " / ".join(part.strip() for part in text.splitlines() if part.strip())
    line = _SPECIAL.sub(r"\\\1", line)
    # A line opening like a list item ("- x", "1. x") would become one.
    return _LIST_START.sub(lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}", line)


def default_summary_path(folder: Path, day: date) -> Path:
    """``retro-YYYY-MM-DD.md`` in ``folder``."""
    return folder / f"retro-{day.isoformat()}.md"


def next_free_path(path: Path) -> Path:
    """``path`` if free, else the same name with ``-2``, ``-3`` … before the suffix."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def write_summary(path: Path, text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` to ``path``; SummaryExists unless ``overwrite`` when it is taken."""
    try:
        if not overwrite:
            # Claiming the name first means a file created a moment ago is not replaced.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        atomic_write(path, text.encode("utf-8"))
    except FileExistsError:
        raise SummaryExists(path) from None
    except OSError as error:
        raise SummaryWriteError(
            _("cannot write {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    return path


def _dots(count: int) -> str:
    return DOT * count if count else "·"


def clarity_lines(plot: ClarityPlot) -> list[str]:
    """The dot plot as text rows, clear at the top."""
    rows = [f"{clarity_label(level):<10} {_dots(count)}" for level, count in plot.rows()]
    if plot.mean is not None:
        rows.append(_("average {mean}").format(mean=decimal(plot.mean)))
    if plot.unrated:
        rows.append(
            ngettext("{count} not rated", "{count} not rated", plot.unrated).format(
                count=plot.unrated
            )
        )
    return rows


def figure_line(column: Column, customer: CustomerTerm) -> str | None:
    """The one-line figure of a column, or None for a question without one."""
    if column.alignment is not None:
        count = column.alignment
        return customer.fill(
            ngettext(
                "{aligned} of {answered} answer names the {customer}",
                "{aligned} of {answered} answers name the {customer}",
                count.answered,
            ),
            aligned=count.aligned,
            answered=count.answered,
        )
    if column.waste:
        return " · ".join(f"{group.label()} {len(group.items)}" for group in column.waste)
    return None


def silent_line(column: Column) -> str:
    """How many passed, and, when any, how many ran out of time or were not reached.

    Time running out and the facilitator moving on early are different stories
    for the team, so each is told by its own count.
    """
    parts = [_("passed: {count}").format(count=column.passed)]
    if column.missed:
        parts.append(_("out of time: {count}").format(count=column.missed))
    if column.moved_on:
        parts.append(
            _("not answered when the facilitator moved on: {count}").format(count=column.moved_on)
        )
    return " · ".join(parts)


def hidden_line(count: int) -> str:
    """How many answers the facilitator kept off the board (never which, nor whose)."""
    return ngettext(
        "{count} answer hidden by the facilitator",
        "{count} answers hidden by the facilitator",
        count,
    ).format(count=count)


def _item_line(item: BoardItem) -> str:
    parts = [plain(item.text) if item.text else "—"]
    if item.detail:
        parts.append(plain(in_parentheses(item.detail)))
    if item.author:
        parts.append(f"— *{plain(item.author)}*")
    return "- " + " ".join(parts)


def _team_line(retro: Retro) -> str:
    setup = retro.setup
    size = ngettext("{count} member", "{count} members", setup.team_size).format(
        count=setup.team_size
    )
    who = _("anonymous") if setup.anonymous else ", ".join(plain(n) for n in setup.names)
    timer = _("{seconds} s per question").format(seconds=setup.timer_seconds)
    return f"{size} {in_parentheses(who)} · {timer}"


def action_lines(recap: ActionsRecap) -> tuple[list[str], list[str]]:
    """This retro's new actions, and how last time's ended, as Markdown list lines."""

    def line(action: Action) -> str:
        return "- " + plain(describe(action))

    new = [line(action) for action in recap.new] or [_("No actions were taken.")]
    reviewed = [f"{line(a)}: **{plain(outcome_label(a.status))}**" for a in recap.reviewed]
    return new, reviewed


def render_summary(
    retro: Retro,
    board: Board,
    customer: CustomerTerm,
    opening: Sequence[str] = (),
    recap: ActionsRecap = ActionsRecap(),  # noqa: B008  (frozen, so one shared default is safe)
) -> str:
    """The whole summary as Markdown."""
    out = [
        "# " + _("Retro opener {date}").format(date=retro.day.isoformat()),
        "",
        _team_line(retro),
        "",
    ]
    if opening:
        out += ["## " + _("What our check-ins said"), ""]
        out += [f"- {plain(line)}" for line in opening] + [""]
    new_actions, reviewed = action_lines(recap)
    if reviewed:
        out += ["## " + _("Last time's actions"), "", *reviewed, ""]
    out += ["## " + _("Figures"), ""]
    for column in board.columns:
        line = figure_line(column, customer)
        if line is not None:
            out.append(f"- **{plain(column.question)}** {plain(line)}")
        if column.clarity is not None:
            out += [f"- **{plain(column.question)}** " + _("mission clarity:"), "", "```"]
            out += [*clarity_lines(column.clarity), "```"]
    out += ["", "## " + _("Taken into the retro"), ""]
    marked = board.marked()
    if not marked:
        out.append(_("Nothing was marked."))
    for column, item in marked:
        out.append(f"- **{plain(column.prompt.short())}**: " + _item_line(item).removeprefix("- "))
    out += ["", "## " + _("Actions"), "", *new_actions]
    out += ["", "## " + _("Answers"), ""]
    for number, column in enumerate(board.columns, start=1):
        out += [f"### {number}. {plain(column.question)}", ""]
        out += [_item_line(item) for item in column.items] or [_("No answers.")]
        out += ["", f"*{silent_line(column)}*", ""]
    if board.hidden:
        out += [hidden_line(board.hidden), ""]
    out.append(_("Nothing from this retro was written into anyone's personal journal."))
    return "\n".join(out) + "\n"
