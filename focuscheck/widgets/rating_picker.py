"""A 1–5 rating chosen with the number keys or the arrows."""

from __future__ import annotations

from typing import ClassVar, Final

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from focuscheck.i18n import N_, _

LOWEST: Final = 1
HIGHEST: Final = 5


class RatingPicker(Widget, can_focus=True):
    """Five numbers; the chosen one is in brackets, ``[3]``, as well as highlighted."""

    DEFAULT_CSS = """
    RatingPicker { height: 3; width: auto; padding: 0 1; border: round $border-blurred; }
    RatingPicker:focus { border: round $border; }
    RatingPicker > .rating-picker--chosen { background: $accent; color: $text; text-style: bold; }
    RatingPicker > .rating-picker--idle { color: $text-muted; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"rating-picker--chosen", "rating-picker--idle"}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,down", "step(-1)", N_("Lower"), show=False),
        Binding("right,up", "step(1)", N_("Higher"), show=False),
        *[
            Binding(str(number), f"choose({number})", N_("Rate"), show=False)
            for number in range(LOWEST, HIGHEST + 1)
        ],
    ]

    value: reactive[int | None] = reactive(None)
    """The chosen rating, or None while none is chosen."""

    class Changed(Message):
        """The person chose another rating."""

        def __init__(self, picker: RatingPicker, value: int) -> None:
            super().__init__()
            self.picker = picker
            """The picker that changed."""
            self.value = value
            """The new rating."""

        @property
        def control(self) -> RatingPicker:
            return self.picker

    def __init__(self, value: int | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_reactive(RatingPicker.value, value)

    def render(self) -> Text:
        chosen = self.get_component_rich_style("rating-picker--chosen")
        idle = self.get_component_rich_style("rating-picker--idle")
        text = Text()
        for number in range(LOWEST, HIGHEST + 1):
            if number > LOWEST:
                text.append(" ")
            if number == self.value:
                text.append(f"[{number}]", style=chosen)
            else:
                text.append(f" {number} ", style=idle)
        return text

    def action_choose(self, number: int) -> None:
        """Choose ``number``."""
        if self.value != number:
            self.value = number
            self.post_message(self.Changed(self, number))

    def action_step(self, delta: int) -> None:
        """Move the choice one up or down (from the middle when none is chosen)."""
        start = self.value if self.value is not None else (LOWEST + HIGHEST) // 2 - delta
        self.action_choose(max(LOWEST, min(HIGHEST, start + delta)))

    @staticmethod
    def hint() -> str:
        """How the picker is used, for the text beside it."""
        return _("1 = not at all, 5 = fully · keys 1–5 or arrows")
