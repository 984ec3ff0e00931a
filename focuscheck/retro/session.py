"""A retro opener as values: its set-up, the answers given, the items marked.

Every change returns a new :class:`Retro`, so a screen can hand the retro on
to the next screen without anyone changing it behind its back.  Members are
numbered from 0 in the order they answer; names exist only when the team chose
to give them, and the board and summary shuffle anonymous answers so the order
on screen does not give the author away.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Final

from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import clean_line, clean_text
from focuscheck.i18n import _
from focuscheck.retro.prompts import Prompt, PromptKind
from focuscheck.retro.timer import DEFAULT_SECONDS
from focuscheck.retro.votes import Vote, add_vote, remove_vote, top_voted, votes_left

MAX_TEAM: Final = 30
MAX_NAME: Final = 40
MAX_ANSWER: Final = 1_000
"""An opener answer is a sentence or two; a long paste is refused with a message."""


class AnswerStatus(StrEnum):
    """How a member's turn on one question ended."""

    GIVEN = "given"
    PASSED = "passed"
    MISSED = "missed"
    """Time ran out before the member answered."""
    MOVED_ON = "moved_on"
    """The facilitator ended the question before time was up and before the member answered."""

    @classmethod
    def unanswered(cls, time_was_up: bool) -> AnswerStatus:
        """How a turn not taken is recorded when the facilitator closes a question."""
        return cls.MISSED if time_was_up else cls.MOVED_ON


@dataclass(frozen=True, slots=True)
class Answer:
    """One member's answer to one question."""

    prompt_key: str
    member: int
    status: AnswerStatus
    text: str = ""
    clarity: int | None = None
    """Mission clarity 1–5 (1 = unclear), only for the mission question."""
    voice_source: VoiceSource | None = None
    waste_category: WasteCategory | None = None

    @property
    def item_id(self) -> str:
        """Identifies the answer on the board, for marking."""
        return f"{self.prompt_key}#{self.member}"


def make_answer(
    prompt: Prompt,
    member: int,
    text: str,
    *,
    clarity: int | None = None,
    voice_source: VoiceSource | None = None,
    waste_category: WasteCategory | None = None,
) -> Answer:
    """A given answer, cleaned and checked; ValidationError names what is wrong."""
    cleaned = clean_text(text)
    if len(cleaned) > MAX_ANSWER:
        raise ValidationError(
            _("the answer is too long (at most {limit} characters)").format(limit=MAX_ANSWER),
            "text",
        )
    if clarity is not None and not 1 <= clarity <= 5:
        raise ValidationError(_("clarity must be from 1 to 5"), "clarity")
    # Only the structured part a question asks for is kept.
    clarity = clarity if prompt.kind is PromptKind.MISSION else None
    voice_source = voice_source if prompt.kind is PromptKind.VOICE else None
    waste_category = waste_category if prompt.kind is PromptKind.WASTE else None
    if prompt.kind is PromptKind.WASTE and cleaned and waste_category is None:
        waste_category = WasteCategory.OTHER
    if not cleaned and clarity is None and voice_source is None and waste_category is None:
        raise ValidationError(_("type an answer, or pass"), "text")
    return Answer(
        prompt.key,
        member,
        AnswerStatus.GIVEN,
        cleaned,
        clarity=clarity,
        voice_source=voice_source,
        waste_category=waste_category,
    )


@dataclass(frozen=True, slots=True)
class RetroSetup:
    """What the facilitator chose before the first question."""

    team_size: int
    prompts: tuple[Prompt, ...]
    names: tuple[str, ...] = ()
    """Empty for an anonymous retro (the default)."""
    timer_seconds: int = DEFAULT_SECONDS

    @property
    def anonymous(self) -> bool:
        return not self.names

    def member_label(self, member: int) -> str:
        """How the member is addressed during the rounds."""
        if self.names and member < len(self.names):
            return self.names[member]
        return _("Member {number}").format(number=member + 1)


def parse_team(size_text: str, names_text: str) -> tuple[int, tuple[str, ...]]:
    """Team size and names from the set-up form; names (comma-separated) win over the size."""
    names: list[str] = []
    for raw in names_text.replace("\n", ",").split(","):
        name = clean_line(raw)[:MAX_NAME]
        if name and name not in names:
            names.append(name)
    if names:
        size = len(names)
    else:
        try:
            size = int(size_text.strip())
        except ValueError:
            raise ValidationError(_("the team size must be a whole number"), "team") from None
    if not 1 <= size <= MAX_TEAM:
        raise ValidationError(
            _("a team has from 1 to {limit} members").format(limit=MAX_TEAM), "team"
        )
    return size, tuple(names)


@dataclass(frozen=True, slots=True)
class Retro:
    """A retro opener in progress."""

    setup: RetroSetup
    day: date
    seed: int = 0
    """Fixes the shuffled order of anonymous answers for this retro."""
    answers: tuple[Answer, ...] = ()
    marked: frozenset[str] = field(default_factory=frozenset)
    """Item ids the team takes into the retro."""
    hidden: frozenset[str] = field(default_factory=frozenset)
    """Item ids the facilitator hid before the reveal: on no board, in no vote or summary."""
    votes: tuple[Vote, ...] = ()
    voted: frozenset[int] = field(default_factory=frozenset)
    """Members who have finished voting."""
    votes_counted: bool = False
    """Voting has ended: the board shows the counts and sorts by them."""

    def with_answer(self, answer: Answer) -> Retro:
        """The retro with ``answer`` recorded, replacing the member's earlier one."""
        kept = tuple(a for a in self.answers if a.item_id != answer.item_id)
        return replace(self, answers=(*kept, answer))

    def answers_to(self, prompt: Prompt) -> tuple[Answer, ...]:
        return tuple(a for a in self.answers if a.prompt_key == prompt.key)

    def next_member(self, prompt: Prompt) -> int | None:
        """The first member who has not had a turn on ``prompt``; None when all have."""
        done = {a.member for a in self.answers_to(prompt)}
        return next((m for m in range(self.setup.team_size) if m not in done), None)

    def close_round(self, prompt: Prompt, status: AnswerStatus = AnswerStatus.MISSED) -> Retro:
        """Record every member still without an answer with ``status`` (why the round closed)."""
        retro = self
        while (member := retro.next_member(prompt)) is not None:
            retro = retro.with_answer(Answer(prompt.key, member, status))
        return retro

    def toggle_mark(self, item_id: str) -> Retro:
        marked = self.marked ^ {item_id}
        return replace(self, marked=frozenset(marked))

    def with_marks(self, item_ids: Iterable[str]) -> Retro:
        return replace(self, marked=frozenset(item_ids))

    def toggle_hidden(self, item_id: str) -> Retro:
        """Hide the answer from every board, or show it again; a hidden answer loses its marks."""
        hidden = self.hidden ^ {item_id}
        return replace(self, hidden=frozenset(hidden), marked=self.marked - hidden)

    def votes_left(self, member: int) -> int:
        return votes_left(self.votes, member)

    def with_vote(self, member: int, item_id: str) -> Retro:
        """One more of ``member``'s votes on ``item_id``; ValidationError when none is left."""
        if item_id in self.hidden or member in self.voted:
            return self
        return replace(self, votes=add_vote(self.votes, member, item_id))

    def without_vote(self, member: int, item_id: str) -> Retro:
        """One of ``member``'s votes taken back from ``item_id``, until they finish."""
        if member in self.voted:
            return self
        return replace(self, votes=remove_vote(self.votes, member, item_id))

    def with_voter_done(self, member: int) -> Retro:
        return replace(self, voted=self.voted | {member})

    def next_voter(self) -> int | None:
        """The first member who has not finished voting; None when all have."""
        return next((m for m in range(self.setup.team_size) if m not in self.voted), None)

    def count_votes(self) -> Retro:
        """End voting: the counts show, and the most-voted items are marked for the retro."""
        votes = tuple(v for v in self.votes if v.item_id not in self.hidden)
        return replace(self, votes=votes, votes_counted=True, marked=top_voted(votes))
