"""A question of the check-in asked with the widget its kind calls for, under its label.

A step screen asks its own questions with widgets of its own; any other
question the table puts on its step is asked with one of these, chosen by the
field's kind from :data:`FIELD_ANSWERS`: a text in a multi-line answer, a
rating with the picker, a choice as a set of radio buttons, a flag as a
checkbox, tags as a line separated by commas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Checkbox, RadioSet, Static

from focuscheck.domain.field_kinds import Kind
from focuscheck.i18n import _
from focuscheck.widgets.answer_area import AnswerArea
from focuscheck.widgets.answer_input import AnswerInput
from focuscheck.widgets.marked_toggles import MarkedCheckbox, MarkedRadioButton
from focuscheck.widgets.rating_picker import RatingPicker

if TYPE_CHECKING:
    from focuscheck.domain.checkin_fields import FieldSpec
    from focuscheck.domain.customer_term import CustomerTerm


class FieldAnswer(Vertical):
    """One question: its label, its kind's widget holding the answer, and its help."""

    DEFAULT_CSS = """
    FieldAnswer { height: auto; }
    """
    LABEL_ABOVE: ClassVar[bool] = True
    """Whether the label stands above the widget (a checkbox carries its own)."""

    def __init__(self, spec: FieldSpec, answer: Any, customer: CustomerTerm) -> None:
        super().__init__(id=f"ask-{spec.name}")
        self.spec = spec
        """The field asked."""
        self.initial = answer
        """The answer as the form held it when the step was shown."""
        self.customer = customer
        """The configured word for the customer, for the label and the choices."""

    @property
    def label(self) -> str:
        return self.customer.fill(_(self.spec.label)) if self.spec.label else ""

    def compose(self) -> ComposeResult:
        if self.LABEL_ABOVE and self.label:
            yield Static(Text(self.label), classes="label")
        if self.spec.hint:
            yield Static(Text(self.customer.fill(_(self.spec.hint))), classes="hint")
        yield self.control()
        usage = self.usage()
        if usage:
            yield Static(Text(usage), classes="hint")

    def control(self) -> Widget:
        """The widget that holds the answer, showing :attr:`initial`."""
        raise NotImplementedError

    def usage(self) -> str:
        """How the widget is used, for the line under it ("" for none)."""
        return ""

    @property
    def answer(self) -> Any:
        """The answer on screen, as the form holds it."""
        raise NotImplementedError


class TextAnswer(FieldAnswer):
    def control(self) -> Widget:
        return AnswerArea(self.initial)

    @property
    def answer(self) -> str:
        return self.query_one(AnswerArea).text


class RatingAnswer(FieldAnswer):
    def control(self) -> Widget:
        return RatingPicker(self.initial)

    def usage(self) -> str:
        return RatingPicker.hint()

    @property
    def answer(self) -> int | None:
        return self.query_one(RatingPicker).value


class ChoiceAnswer(FieldAnswer):
    """One of the field's values; a field that may stay empty offers "no answer" first."""

    @property
    def values(self) -> tuple[Any, ...]:
        """What each button stands for, in order."""
        members = tuple(self.spec.vocabulary or ())
        return members if not self.spec.may_be_empty else (None, *members)

    def control(self) -> Widget:
        buttons = [
            MarkedRadioButton(Text(self._label(value)), value=value is self.initial)
            for value in self.values
        ]
        return RadioSet(*buttons)

    def _label(self, value: Any) -> str:
        if value is None:
            return _("No answer")
        return self.customer.fill(_(self.spec.choice_labels[value]))

    @property
    def answer(self) -> Any:
        pressed = self.query_one(RadioSet).pressed_index
        return self.values[pressed] if 0 <= pressed < len(self.values) else None


class FlagAnswer(FieldAnswer):
    LABEL_ABOVE = False

    def control(self) -> Widget:
        return MarkedCheckbox(Text(self.label), value=bool(self.initial))

    @property
    def answer(self) -> bool:
        return self.query_one(Checkbox).value


class TagsAnswer(FieldAnswer):
    def control(self) -> Widget:
        return AnswerInput(self.initial)

    def usage(self) -> str:
        return _("Separated by commas.")

    @property
    def answer(self) -> str:
        return self.query_one(AnswerInput).value


FIELD_ANSWERS: Final[dict[Kind, type[FieldAnswer]]] = {
    Kind.TEXT: TextAnswer,
    Kind.RATING: RatingAnswer,
    Kind.CHOICE: ChoiceAnswer,
    Kind.FLAG: FlagAnswer,
    Kind.TAGS: TagsAnswer,
}
"""The widget each kind of field is asked with."""


def field_answer(spec: FieldSpec, answer: Any, customer: CustomerTerm) -> FieldAnswer:
    """The widget that asks ``spec``, showing ``answer``."""
    return FIELD_ANSWERS[spec.kind](spec, answer, customer)
