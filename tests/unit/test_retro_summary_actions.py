"""The summary's actions: this retro's, with owner and due date, and how last time's ended."""

from __future__ import annotations

from datetime import date

from focuscheck.domain.alignment import checker
from focuscheck.domain.customer_term import term_for_word
from focuscheck.i18n import set_language
from focuscheck.retro.actions import Action, ActionsRecap, ActionStatus
from focuscheck.retro.board import build_board
from focuscheck.retro.summary import action_lines, render_summary
from tests.unit.test_retro_summary import render, sample


def action(text: str, owner: str | None, due: date | None, status: ActionStatus) -> Action:
    return Action(f"{text[:4]:0<32}", text, owner, due, status, date(2026, 11, 12), "r", "s")


NEW = (
    action("Ask *finance* about <b>", None, date(2026, 12, 4), ActionStatus.OPEN),
    action("Book a test server", "Ann", None, ActionStatus.OPEN),
)
REVIEWED = (
    action("Invite a customer", "Bo", date(2026, 11, 20), ActionStatus.DONE),
    action("Fix the form", None, None, ActionStatus.OPEN),
    action("Weekly report", "Cy", None, ActionStatus.DROPPED),
)


def test_the_summary_lists_new_actions_and_how_last_times_ended() -> None:
    current = sample()
    customer = term_for_word("customer")
    board = build_board(current, customer, checker("customer", ()))
    text = render_summary(current, board, customer, (), ActionsRecap(NEW, REVIEWED))
    ended = text.split("## Last time's actions\n\n")[1].split("\n\n")[0]
    assert ended.splitlines() == [
        "- Invite a customer — Bo, by 2026-11-20: **done**",
        "- Fix the form — the team: **still open**",
        "- Weekly report — Cy: **dropped**",
    ]
    assert text.index("## Last time's actions") < text.index("## Figures")
    kept = text.split("## Actions\n\n")[1].split("\n\n")[0]
    assert kept.splitlines() == [
        r"- Ask \*finance\* about \<b\> — the team, by 2026-12-04",
        "- Book a test server — Ann",
    ]
    assert text.index("## Taken into the retro") < text.index("## Actions")


def test_a_retro_without_actions_says_so_and_has_no_follow_up_section() -> None:
    text = render(sample())
    assert "## Actions\n\nNo actions were taken.\n" in text
    assert "Last time's actions" not in text


def test_the_actions_read_in_swedish() -> None:
    set_language("sv")
    new, reviewed = action_lines(ActionsRecap(NEW[:1], REVIEWED[1:]))
    assert new == [r"- Ask \*finance\* about \<b\> — teamet, senast 2026-12-04"]
    assert reviewed == [
        "- Fix the form — teamet: **fortfarande öppen**",
        "- Weekly report — Cy: **avskriven**",
    ]
