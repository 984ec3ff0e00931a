"""A retro that several people join from their own screens, as values.

The facilitator's process and each participant's process share one session
file (see :mod:`focuscheck.retro.session_store`).  This module holds what is in
it and the rules for changing it; the store only reads, locks and writes.
What a participant may see is decided here too: before the reveal, only their
own answer and how many have answered.  The file also carries the facilitator's
word for the customer and its synonyms, so a participant's process asks the
questions and checks the answers without reading anyone's settings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any, Final

from focuscheck.domain.customer_term import CustomerTerm, SwedishForms
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import clean_line
from focuscheck.i18n import _
from focuscheck.retro.prompts import Prompt, prompt_from_record, prompt_to_record
from focuscheck.retro.session import MAX_NAME, MAX_TEAM, Answer, AnswerStatus, Retro, RetroSetup
from focuscheck.retro.timer import Reading, TimerState
from focuscheck.retro.votes import Vote, add_vote, remove_vote, votes_left

CLOSED_TURNS: Final = frozenset({AnswerStatus.MISSED, AnswerStatus.MOVED_ON})
"""Turns recorded when a question closed; the member can no longer answer it."""

FORMAT: Final = "focuscheck-retro-session"
VERSION: Final = 2


class Phase(StrEnum):
    """Where a shared retro stands."""

    LOBBY = "lobby"
    ROUND = "round"
    REVIEW = "review"
    """Answering has closed; the facilitator checks the answers before the team sees them."""
    VOTING = "voting"
    """The board is shown without counts; each member votes on their own screen."""
    REVEAL = "reveal"
    CLOSED = "closed"


AFTER_ANSWERS: Final = frozenset({Phase.REVIEW, Phase.VOTING, Phase.REVEAL, Phase.CLOSED})


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    """Random, known only to the participant's own process and the file."""
    name: str = ""


@dataclass(frozen=True, slots=True)
class TimerShare:
    """The facilitator's countdown as last written, for participants to show."""

    state: TimerState = TimerState.READY
    remaining: float = 0.0
    at: float = 0.0
    """Wall-clock seconds (epoch) when ``remaining`` was read."""

    def remaining_at(self, now: float) -> float:
        if self.state is TimerState.RUNNING:
            return max(0.0, self.remaining - (now - self.at))
        return self.remaining if self.state is not TimerState.EXPIRED else 0.0

    def reading_at(self, now: float) -> Reading:
        """A countdown reading for a participant's screen."""
        left = self.remaining_at(now)
        state = TimerState.EXPIRED if self.state is TimerState.RUNNING and left <= 0 else self.state
        return Reading(state, left, self.remaining)


@dataclass(frozen=True, slots=True)
class SessionState:
    """Everything in one session file."""

    code: str
    created: float
    touched: float
    prompts: tuple[Prompt, ...]
    timer_seconds: int
    named: bool
    """Whether participants give their names (otherwise the retro is anonymous)."""
    phase: Phase = Phase.LOBBY
    round: int = 0
    timer: TimerShare = field(default_factory=TimerShare)
    participants: tuple[Participant, ...] = ()
    answers: tuple[Answer, ...] = ()
    customer: CustomerTerm = field(default_factory=CustomerTerm)
    """The facilitator's word for the customer, for every screen of the retro."""
    synonyms: tuple[str, ...] = ()
    """The facilitator's other words for the customer, for the answers' check."""
    hidden: frozenset[str] = field(default_factory=frozenset)
    """Item ids the facilitator hid; no member's board shows them."""
    votes: tuple[Vote, ...] = ()
    voted: frozenset[int] = field(default_factory=frozenset)
    """Members who have finished voting."""
    seed: int = 0
    """Fixes the shuffled order of the board, the same on every member's screen."""

    @property
    def prompt(self) -> Prompt | None:
        """The question of the current round, if a round is on."""
        if self.phase is Phase.ROUND and 0 <= self.round < len(self.prompts):
            return self.prompts[self.round]
        return None

    def member_of(self, participant_id: str) -> int | None:
        ids = [p.id for p in self.participants]
        return ids.index(participant_id) if participant_id in ids else None

    def answered(self, prompt: Prompt) -> int:
        return sum(a.prompt_key == prompt.key for a in self.answers)

    def own_answer(self, participant_id: str, prompt: Prompt) -> Answer | None:
        member = self.member_of(participant_id)
        return next(
            (a for a in self.answers if a.prompt_key == prompt.key and a.member == member), None
        )

    def with_participant(self, participant: Participant) -> SessionState:
        if self.phase in AFTER_ANSWERS:
            raise ValidationError(_("this retro has moved on to the reveal; ask for a new code"))
        if len(self.participants) >= MAX_TEAM:
            raise ValidationError(_("this retro is full"))
        # An anonymous retro keeps no names, whatever a participant typed.
        name = clean_line(participant.name)[:MAX_NAME] if self.named else ""
        return replace(self, participants=(*self.participants, replace(participant, name=name)))

    def with_answer(self, participant_id: str, answer: Answer) -> SessionState:
        """Record a participant's answer to the current question (or refuse, with a reason)."""
        member = self._member(participant_id)
        if self.phase in AFTER_ANSWERS:
            raise ValidationError(
                _("the answers have gone to the board; they can no longer be changed")
            )
        prompt = self.prompt
        if prompt is None or prompt.key != answer.prompt_key:
            raise ValidationError(_("that question is closed; the retro has moved on"))
        mine = replace(answer, member=member)
        if any(a.item_id == mine.item_id and a.status in CLOSED_TURNS for a in self.answers):
            raise ValidationError(_("that question is closed; the retro has moved on"))
        if self.timer.state is TimerState.EXPIRED:
            raise ValidationError(_("time is up for this question"))
        kept = tuple(a for a in self.answers if a.item_id != mine.item_id)
        return replace(self, answers=(*kept, mine))

    def with_round_closed(self, timer: TimerShare, status: AnswerStatus) -> SessionState:
        """The current question closed: every participant without an answer gets ``status``."""
        prompt = self.prompt
        if prompt is None:
            return replace(self, timer=timer)
        answered = {a.member for a in self.answers if a.prompt_key == prompt.key}
        missing = tuple(
            Answer(prompt.key, member, status)
            for member in range(len(self.participants))
            if member not in answered
        )
        return replace(self, timer=timer, answers=(*self.answers, *missing))

    def _member(self, participant_id: str) -> int:
        member = self.member_of(participant_id)
        if member is None:
            raise ValidationError(_("you are not part of this retro; join it again"))
        return member

    def votable(self) -> frozenset[str]:
        """Item ids on the members' board: given answers the facilitator did not hide."""
        given = {a.item_id for a in self.answers if a.status is AnswerStatus.GIVEN}
        return frozenset(given - self.hidden)

    def _ballot_open(self, participant_id: str) -> int:
        member = self._member(participant_id)
        if self.phase is not Phase.VOTING:
            raise ValidationError(_("voting is closed"))
        if member in self.voted:
            raise ValidationError(_("you have finished voting"))
        return member

    def with_vote(self, participant_id: str, item_id: str) -> SessionState:
        """One more vote of the participant on ``item_id`` (or a refusal, with a reason)."""
        member = self._ballot_open(participant_id)
        if item_id not in self.votable():
            raise ValidationError(_("that answer is not on the board"))
        return replace(self, votes=add_vote(self.votes, member, item_id))

    def without_vote(self, participant_id: str, item_id: str) -> SessionState:
        member = self._ballot_open(participant_id)
        return replace(self, votes=remove_vote(self.votes, member, item_id))

    def with_voter_done(self, participant_id: str) -> SessionState:
        member = self._ballot_open(participant_id)
        return replace(self, voted=self.voted | {member})

    def own_votes_left(self, participant_id: str) -> int:
        member = self.member_of(participant_id)
        return votes_left(self.votes, member) if member is not None else 0

    def to_retro(self, day: date, seed: int | None = None) -> Retro:
        """The shared retro as a local one, for the board and the summary.

        Shuffled with the session's own seed unless ``seed`` is given, so every
        screen of the retro lists the answers in the same order.
        """
        names = (
            tuple(
                p.name or _("Member {number}").format(number=i + 1)
                for i, p in enumerate(self.participants)
            )
            if self.named
            else ()
        )
        setup = RetroSetup(
            team_size=max(1, len(self.participants)),
            prompts=self.prompts,
            names=names,
            timer_seconds=self.timer_seconds,
        )
        retro = Retro(
            setup,
            day,
            self.seed if seed is None else seed,
            hidden=self.hidden,
            votes=self.votes,
            voted=self.voted,
            votes_counted=self.phase in (Phase.REVEAL, Phase.CLOSED) and bool(self.votes),
        )
        for answer in self.answers:
            retro = retro.with_answer(answer)
        for prompt in self.prompts[: self.round + 1 if self.phase is Phase.ROUND else None]:
            retro = retro.close_round(prompt)
        return retro


def _answer_record(answer: Answer) -> dict[str, Any]:
    return {
        "prompt": answer.prompt_key,
        "member": answer.member,
        "status": answer.status.value,
        "text": answer.text,
        "clarity": answer.clarity,
        "voice_source": answer.voice_source.value if answer.voice_source else None,
        "waste_category": answer.waste_category.value if answer.waste_category else None,
    }


def _answer_from(raw: dict[str, Any]) -> Answer:
    clarity = raw.get("clarity")
    voice, waste = raw.get("voice_source"), raw.get("waste_category")
    return Answer(
        prompt_key=str(raw["prompt"]),
        member=int(raw["member"]),
        status=AnswerStatus(raw["status"]),
        text=str(raw.get("text", "")),
        clarity=int(clarity) if isinstance(clarity, int) and 1 <= clarity <= 5 else None,
        voice_source=VoiceSource(voice) if voice else None,
        waste_category=WasteCategory(waste) if waste else None,
    )


def _customer_record(customer: CustomerTerm) -> dict[str, Any]:
    swedish = asdict(customer.swedish) if customer.swedish is not None else None
    return {"word": customer.configured, "swedish": swedish}


def _customer_from(raw: dict[str, Any]) -> CustomerTerm:
    swedish = raw.get("swedish")
    forms = SwedishForms(**{k: str(v) for k, v in swedish.items()}) if swedish else None
    return CustomerTerm(str(raw.get("word", "")), forms)


def state_to_record(state: SessionState) -> dict[str, Any]:
    """The session as the JSON object stored in its file."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "code": state.code,
        "created": state.created,
        "touched": state.touched,
        "prompts": [prompt_to_record(p) for p in state.prompts],
        "timer_seconds": state.timer_seconds,
        "named": state.named,
        "phase": state.phase.value,
        "round": state.round,
        "timer": {
            "state": state.timer.state.value,
            "remaining": state.timer.remaining,
            "at": state.timer.at,
        },
        "participants": [{"id": p.id, "name": p.name} for p in state.participants],
        "answers": [_answer_record(a) for a in state.answers],
        "customer": _customer_record(state.customer),
        "synonyms": list(state.synonyms),
        "hidden": sorted(state.hidden),
        "votes": [{"member": v.member, "item": v.item_id} for v in state.votes],
        "voted": sorted(state.voted),
        "seed": state.seed,
    }


def state_from_record(raw: object) -> SessionState:
    """A session from its file; ValueError (or a subclass) if the file is not one."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT or raw.get("version") != VERSION:
        raise ValueError("not a retro session")
    try:
        timer = raw["timer"]
        return SessionState(
            code=str(raw["code"]),
            created=float(raw["created"]),
            touched=float(raw["touched"]),
            prompts=tuple(prompt_from_record(p) for p in raw["prompts"]),
            timer_seconds=int(raw["timer_seconds"]),
            named=bool(raw["named"]),
            phase=Phase(raw["phase"]),
            round=int(raw["round"]),
            timer=TimerShare(
                TimerState(timer["state"]), float(timer["remaining"]), float(timer["at"])
            ),
            participants=tuple(
                Participant(str(p["id"]), str(p.get("name", ""))) for p in raw["participants"]
            ),
            answers=tuple(_answer_from(a) for a in raw["answers"]),
            customer=_customer_from(raw["customer"]),
            synonyms=tuple(str(word) for word in raw["synonyms"]),
            # Sessions written before voting carry none of these.
            hidden=frozenset(str(item) for item in raw.get("hidden", [])),
            votes=tuple(Vote(int(v["member"]), str(v["item"])) for v in raw.get("votes", [])),
            voted=frozenset(int(member) for member in raw.get("voted", [])),
            seed=int(raw.get("seed", 0)),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"broken retro session: {error}") from None
