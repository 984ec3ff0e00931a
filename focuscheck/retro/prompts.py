"""The questions a retrospective opener can ask, and how each is worded.

The built-in prompts follow the daily check-in (the three questions, value,
voice, waste).  A team may add one prompt of its own, and may draw one more
question from :data:`POOL`, a set of short questions that put the customer in
the room.  Built-in and pool texts are message ids, translated when shown and
filled with the configured word for the customer; a custom prompt is shown
exactly as the facilitator typed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.enums import VOICE_LABELS, VoiceSource
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import clean_line
from focuscheck.i18n import N_, _

MAX_CUSTOM: Final = 200
"""A prompt is read aloud and shown large; longer text is refused."""


class PromptKind(StrEnum):
    """What a prompt asks for; decides the answer form and the board column."""

    SALARY = "salary"
    CORNERSTONE = "cornerstone"
    MISSION = "mission"
    VALUE = "value"
    VOICE = "voice"
    WASTE = "waste"
    CUSTOM = "custom"
    DRAWN = "drawn"


#: The built-in kinds, in the order a retro asks them.
STANDARD_KINDS: Final[tuple[PromptKind, ...]] = (
    PromptKind.SALARY,
    PromptKind.CORNERSTONE,
    PromptKind.MISSION,
    PromptKind.VALUE,
    PromptKind.VOICE,
    PromptKind.WASTE,
)

#: Kinds whose answers are checked for naming the customer.
ALIGNMENT_KINDS: Final = frozenset({PromptKind.SALARY, PromptKind.CORNERSTONE})

_STANDARD_TEXT: Final[dict[PromptKind, str]] = {
    PromptKind.SALARY: N_("Who pays my salary?"),
    PromptKind.CORNERSTONE: N_("What is the cornerstone of quality management?"),
    PromptKind.MISSION: N_("What are our mission and values?"),
    # TRANSLATORS: {customer} is the configured word for the customer.
    PromptKind.VALUE: N_("What did I do lately that creates value for the {customer}?"),
    PromptKind.VOICE: N_("Whose voice did I hear lately, and what did they say?"),
    PromptKind.WASTE: N_("What internal thing adds no value for the {customer}?"),
}

#: Whose voice, as the retro's choices word it: the retro asks about lately, the
#: daily check-in about today, so only "no one" reads differently.
RETRO_VOICE_LABELS: Final[dict[VoiceSource, str]] = {
    **VOICE_LABELS,
    VoiceSource.NONE: N_("No one lately"),
}

_SHORT_TEXT: Final[dict[PromptKind, str]] = {
    PromptKind.SALARY: N_("Salary"),
    PromptKind.CORNERSTONE: N_("Cornerstone"),
    PromptKind.MISSION: N_("Mission"),
    PromptKind.VALUE: N_("Value"),
    PromptKind.VOICE: N_("Voice"),
    PromptKind.WASTE: N_("Waste"),
    PromptKind.CUSTOM: N_("Our question"),
    PromptKind.DRAWN: N_("Drawn question"),
}

#: Questions a retro may draw one of; the key is what the history remembers.
POOL: Final[dict[str, str]] = {
    "surprise": N_("When did a {customer} last surprise you?"),
    "two-weeks": N_("What would a {customer} say about our last two weeks?"),
    "strange-rule": N_("Which of our rules would a {customer} find strange?"),
    "made-easier": N_("What did we make easier for a {customer} lately?"),
    "in-the-room": N_("If a {customer} sat in this retro, what would they ask first?"),
    "no-answer": N_("Which question from a {customer} did we lack a good answer to?"),
    "unnoticed": N_("What did we do lately that no {customer} will ever notice?"),
    "missing-voice": N_("Whose voice is missing from our work right now?"),
    "tomorrow": N_("What one thing would make tomorrow better for a {customer}?"),
    "waiting": N_("Where did a {customer} have to wait for us?"),
    "hand-over": N_("Which hand-over between us did a {customer} feel?"),
    "proud": N_("What are you proud to have done for a {customer}?"),
}


@dataclass(frozen=True, slots=True)
class Prompt:
    """One question of a retro."""

    key: str
    """Stable id within the retro: the kind, or ``drawn:<pool key>``."""
    kind: PromptKind
    text: str
    """A message id for built-in and drawn prompts; the typed text for a custom one."""

    def question(self, customer: CustomerTerm) -> str:
        """The question as shown, in the current language."""
        if self.kind is PromptKind.CUSTOM:
            return self.text
        return customer.fill(_(self.text))

    def short(self) -> str:
        """A one-word heading for board columns and figures."""
        return _(_SHORT_TEXT[self.kind])


def voice_label(source: VoiceSource, customer: CustomerTerm) -> str:
    """Whose voice a retro answer heard, in words, with the word for the customer."""
    return customer.fill(_(RETRO_VOICE_LABELS[source]))


def standard_prompt(kind: PromptKind) -> Prompt:
    """The built-in prompt of ``kind`` (one of :data:`STANDARD_KINDS`)."""
    return Prompt(kind.value, kind, _STANDARD_TEXT[kind])


def custom_prompt(text: str) -> Prompt:
    """The team's own prompt; ValidationError when it is empty or too long."""
    cleaned = clean_line(text)
    if not cleaned:
        raise ValidationError(_("the custom prompt is empty"), "custom")
    if len(cleaned) > MAX_CUSTOM:
        raise ValidationError(
            _("the custom prompt is too long (at most {limit} characters)").format(
                limit=MAX_CUSTOM
            ),
            "custom",
        )
    return Prompt(PromptKind.CUSTOM.value, PromptKind.CUSTOM, cleaned)


def drawn_prompt(pool_key: str) -> Prompt:
    """The pool question ``pool_key`` as a prompt."""
    return Prompt(f"{PromptKind.DRAWN.value}:{pool_key}", PromptKind.DRAWN, POOL[pool_key])


def prompt_from_record(raw: object) -> Prompt:
    """A prompt from its stored form (a session file); ValidationError if it is not one."""
    if not isinstance(raw, dict):
        raise ValidationError(_("a prompt must be a JSON object"))
    try:
        kind = PromptKind(str(raw.get("kind")))
    except ValueError:
        raise ValidationError(_("unknown prompt kind")) from None
    if kind is PromptKind.CUSTOM:
        return custom_prompt(str(raw.get("text", "")))
    if kind is PromptKind.DRAWN:
        key = str(raw.get("key", "")).partition(":")[2]
        if key not in POOL:
            raise ValidationError(_("unknown prompt kind"))
        return drawn_prompt(key)
    return standard_prompt(kind)


def prompt_to_record(prompt: Prompt) -> dict[str, str]:
    """The stored form of ``prompt``; built-in texts are kept as ids, never translated."""
    return {"key": prompt.key, "kind": prompt.kind.value, "text": prompt.text}
