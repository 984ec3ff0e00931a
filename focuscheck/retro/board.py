"""The reveal board: answers per question, with the figures each question asks for.

The salary and cornerstone questions are counted by whether the answer names
the customer (the same check the daily check-in uses); the mission question
becomes a dot plot of clarity; waste answers are grouped by category.  The
board is built afresh whenever it is shown, so labels follow the language.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.enums import WASTE_LABELS, WasteCategory
from focuscheck.i18n import _
from focuscheck.retro.prompts import ALIGNMENT_KINDS, Prompt, PromptKind, voice_label
from focuscheck.retro.session import Answer, AnswerStatus, Retro
from focuscheck.retro.votes import tally

CLARITY_LEVELS: Final = (1, 2, 3, 4, 5)


@dataclass(frozen=True, slots=True)
class AlignmentCount:
    """How many answers name the customer."""

    aligned: int
    other: int
    silent: int
    """Members who gave no answer: passed, out of time, or not reached before moving on."""

    @property
    def answered(self) -> int:
        return self.aligned + self.other


@dataclass(frozen=True, slots=True)
class ClarityPlot:
    """Mission clarity as counts per level, for a dot plot."""

    counts: tuple[int, ...]
    """Members per level 1–5 (index 0 is level 1, "unclear")."""
    unrated: int

    @property
    def rated(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        if not self.rated:
            return None
        return sum(level * n for level, n in zip(CLARITY_LEVELS, self.counts, strict=True)) / (
            self.rated
        )

    def rows(self) -> list[tuple[int, int]]:
        """``(level, count)`` from 5 (clear) down to 1 (unclear)."""
        return [(level, self.counts[level - 1]) for level in reversed(CLARITY_LEVELS)]


@dataclass(frozen=True, slots=True)
class BoardItem:
    """One given answer, as it appears on the board and in the summary."""

    item_id: str
    text: str
    author: str
    """The member's name; empty in an anonymous retro."""
    detail: str
    """Clarity, voice source or waste category, in words; may be empty."""
    marked: bool
    waste_category: WasteCategory | None = None
    aligned: bool | None = None
    votes: int | None = None
    """The team's votes, once voting has ended; None before (or without voting)."""
    hidden: bool = False
    """Hidden by the facilitator; only the facilitator's check before the reveal shows these."""


@dataclass(frozen=True, slots=True)
class WasteGroup:
    category: WasteCategory
    items: tuple[BoardItem, ...]

    def label(self) -> str:
        return _(WASTE_LABELS[self.category])


@dataclass(frozen=True, slots=True)
class Column:
    """One question's answers and figures."""

    prompt: Prompt
    question: str
    items: tuple[BoardItem, ...]
    passed: int
    missed: int
    """Members whose time ran out."""
    alignment: AlignmentCount | None = None
    clarity: ClarityPlot | None = None
    waste: tuple[WasteGroup, ...] = ()
    moved_on: int = 0
    """Members not reached before the facilitator moved on."""
    hidden: int = 0
    """Answers the facilitator hid from the board."""


@dataclass(frozen=True, slots=True)
class Board:
    columns: tuple[Column, ...]

    def marked(self) -> list[tuple[Column, BoardItem]]:
        """The items the team takes into the retro, in board order."""
        return [(column, item) for column in self.columns for item in column.items if item.marked]

    @property
    def hidden(self) -> int:
        """Answers hidden by the facilitator, over all columns."""
        return sum(column.hidden for column in self.columns)


def clarity_label(level: int) -> str:
    """How a clarity level reads; 1 is "unclear", as in the check-in."""
    if level == 1:
        return _("1 unclear")
    if level == 5:
        return _("5 clear")
    return str(level)


def _detail(answer: Answer, customer: CustomerTerm) -> str:
    if answer.clarity is not None:
        return _("clarity {level} of 5").format(level=answer.clarity)
    if answer.voice_source is not None:
        return voice_label(answer.voice_source, customer)
    if answer.waste_category is not None:
        return _(WASTE_LABELS[answer.waste_category])
    return ""


def _ordered(retro: Retro, prompt: Prompt, answers: list[Answer]) -> list[Answer]:
    answers.sort(key=lambda a: a.member)
    if retro.setup.anonymous:
        # Seeded per question: stable while the retro lasts, unrelated to turn order.
        random.Random(f"{retro.seed}:{prompt.key}").shuffle(answers)
    return answers


def _by_votes(items: tuple[BoardItem, ...]) -> tuple[BoardItem, ...]:
    """Most votes first; ties keep the board's (shuffled) order, as ``sorted`` is stable."""
    return tuple(sorted(items, key=lambda item: -(item.votes or 0)))


def build_column(
    retro: Retro, prompt: Prompt, customer: CustomerTerm, is_aligned: Callable[[str], bool]
) -> Column:
    """The board column of ``prompt``."""
    answers = retro.answers_to(prompt)
    shown = [a for a in answers if a.status is AnswerStatus.GIVEN]
    # Shuffled before hiding, so the board keeps the order the facilitator checked.
    ordered = _ordered(retro, prompt, shown)
    given = [a for a in ordered if a.item_id not in retro.hidden]
    tallied = tally(retro.votes) if retro.votes_counted else None
    passed = sum(a.status is AnswerStatus.PASSED for a in answers)
    missed = sum(a.status is AnswerStatus.MISSED for a in answers)
    moved_on = sum(a.status is AnswerStatus.MOVED_ON for a in answers)
    check = prompt.kind in ALIGNMENT_KINDS
    items = tuple(
        BoardItem(
            item_id=a.item_id,
            text=a.text,
            author="" if retro.setup.anonymous else retro.setup.member_label(a.member),
            detail=_detail(a, customer),
            marked=a.item_id in retro.marked,
            waste_category=a.waste_category,
            aligned=is_aligned(a.text) if check else None,
            votes=tallied[a.item_id] if tallied is not None else None,
        )
        for a in given
    )
    if tallied is not None:
        items = _by_votes(items)
    alignment = clarity = None
    groups: tuple[WasteGroup, ...] = ()
    if check:
        aligned = sum(bool(item.aligned) for item in items)
        alignment = AlignmentCount(aligned, len(items) - aligned, passed + missed + moved_on)
    if prompt.kind is PromptKind.MISSION:
        counts = tuple(sum(a.clarity == level for a in given) for level in CLARITY_LEVELS)
        clarity = ClarityPlot(counts, len(given) - sum(counts))
    if prompt.kind is PromptKind.WASTE:
        # Sorted by votes inside each kind of waste; the kinds keep their fixed order.
        groups = tuple(
            WasteGroup(category, tuple(i for i in items if i.waste_category is category))
            for category in WasteCategory
            if any(i.waste_category is category for i in items)
        )
        items = tuple(item for group in groups for item in group.items)
    return Column(
        prompt,
        prompt.question(customer),
        items,
        passed,
        missed,
        alignment=alignment,
        clarity=clarity,
        waste=groups,
        moved_on=moved_on,
        hidden=len(shown) - len(given),
    )


def build_board(retro: Retro, customer: CustomerTerm, is_aligned: Callable[[str], bool]) -> Board:
    """The whole board, one column per question in the order they were asked."""
    return Board(tuple(build_column(retro, p, customer, is_aligned) for p in retro.setup.prompts))


def review_board(retro: Retro, customer: CustomerTerm, is_aligned: Callable[[str], bool]) -> Board:
    """The answers as the facilitator checks them before the reveal: hidden ones included.

    Shuffled and without names even in a named retro, so hiding an answer never
    tells the facilitator whose it is.
    """
    anonymous = replace(retro, setup=replace(retro.setup, names=()), hidden=frozenset())
    board = build_board(anonymous, customer, is_aligned)
    return Board(
        tuple(
            replace(
                column,
                items=tuple(replace(i, hidden=i.item_id in retro.hidden) for i in column.items),
            )
            for column in board.columns
        )
    )
