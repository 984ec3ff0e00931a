"""Turning the facilitator's set-up form into a :class:`RetroSetup`, and its presets.

A preset only fills the form (questions and seconds per question); the
facilitator may change anything before starting.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import N_, _
from focuscheck.retro.prompts import (
    STANDARD_KINDS,
    Prompt,
    PromptKind,
    custom_prompt,
    drawn_prompt,
    standard_prompt,
)
from focuscheck.retro.session import RetroSetup, parse_team
from focuscheck.retro.timer import DEFAULT_SECONDS, parse_seconds


class Preset(StrEnum):
    """A ready-made choice of questions and timer."""

    FULL = "full"
    QUICK = "quick"


@dataclass(frozen=True, slots=True)
class PresetSpec:
    """What a preset puts into the form."""

    label: str
    """A message id with ``{seconds}``, shown in the set-up."""
    kinds: tuple[PromptKind, ...]
    seconds: int

    def describe(self) -> str:
        """The label as shown, in the current language."""
        return _(self.label).format(seconds=self.seconds)


QUICK_KINDS: Final = (
    PromptKind.SALARY,
    PromptKind.CORNERSTONE,
    PromptKind.MISSION,
    PromptKind.WASTE,
)

PRESETS: Final[dict[Preset, PresetSpec]] = {
    # TRANSLATORS: {seconds} is the timer of each question.
    Preset.FULL: PresetSpec(
        N_("All six questions, {seconds} s each"), STANDARD_KINDS, DEFAULT_SECONDS
    ),
    # TRANSLATORS: {seconds} is the timer of each question.
    Preset.QUICK: PresetSpec(
        N_("Quick: the three questions and waste, {seconds} s each"), QUICK_KINDS, 60
    ),
}


@dataclass(frozen=True, slots=True)
class SetupForm:
    """The set-up as typed: text fields and choices, not yet checked."""

    team_size: str = "5"
    names: str = ""
    timer: str = str(DEFAULT_SECONDS)
    kinds: Collection[PromptKind] = STANDARD_KINDS
    custom: str = ""
    draw: bool = False
    """Whether to add one question drawn from the pool."""

    @classmethod
    def from_preset(cls, preset: Preset) -> SetupForm:
        """The form as ``preset`` fills it, everything else as by default."""
        spec = PRESETS[preset]
        return cls(timer=str(spec.seconds), kinds=spec.kinds)


def build_setup(form: SetupForm, draw: Callable[[], str]) -> RetroSetup:
    """The checked set-up; ``draw`` is called (and remembers its choice) only when asked for.

    ValidationError names the field at fault, so the form can put the cursor there.
    """
    size, names = parse_team(form.team_size, form.names)
    seconds = parse_seconds(form.timer)
    prompts: list[Prompt] = [standard_prompt(kind) for kind in STANDARD_KINDS if kind in form.kinds]
    if form.custom.strip():
        prompts.append(custom_prompt(form.custom))
    if not prompts and not form.draw:
        raise ValidationError(_("choose at least one question"), "prompts")
    if form.draw:
        # Drawn last: a form with a mistake must not use up a pool question.
        prompts.append(drawn_prompt(draw()))
    return RetroSetup(team_size=size, prompts=tuple(prompts), names=names, timer_seconds=seconds)
