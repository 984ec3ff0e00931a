"""One member's answer to one question: a line of text, plus a choice where the question has one.

The form only collects; whoever owns it checks the answer with the domain and
calls :meth:`AnswerForm.reset` when it is taken, or :meth:`AnswerForm.show_error`.
Enter in the text hands the answer in, or, when the question also asks for a
choice (clarity, whose voice, kind of waste), moves to the list of choices,
where Enter on a line hands in; a member never needs the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, OptionList, Static

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.enums import WASTE_LABELS, VoiceSource, WasteCategory
from focuscheck.i18n import _
from focuscheck.retro.board import clarity_label
from focuscheck.retro.prompts import RETRO_VOICE_LABELS, Prompt, PromptKind, voice_label
from focuscheck.retro.session import MAX_ANSWER, Answer, make_answer

Choice = int | VoiceSource | WasteCategory


def answer_from_form(prompt: Prompt, member: int, text: str, choice: Choice | None) -> Answer:
    """The checked answer from the form's text and choice; ValidationError if it is not one."""
    return make_answer(
        prompt,
        member,
        text,
        clarity=choice if isinstance(choice, int) else None,
        voice_source=choice if isinstance(choice, VoiceSource) else None,
        waste_category=choice if isinstance(choice, WasteCategory) else None,
    )


class AnswerForm(Vertical):
    """Text input, an optional list of choices, and the hand-in and pass buttons."""

    DEFAULT_CSS = """
    AnswerForm { height: auto; width: 1fr; }
    AnswerForm Input { width: 1fr; }
    AnswerForm #answer-choice-label { margin-top: 1; color: $text-muted; }
    AnswerForm OptionList { width: 1fr; height: auto; max-height: 7; }
    AnswerForm #answer-buttons { height: auto; margin-top: 1; }
    AnswerForm #answer-buttons Button { margin-right: 2; }
    AnswerForm #answer-error { color: $error; height: auto; }
    """

    @dataclass
    class Submitted(Message):
        """The member handed in an answer (not yet checked)."""

        form: AnswerForm
        text: str
        choice: Choice | None

    @dataclass
    class Passed(Message):
        """The member chose to pass."""

        form: AnswerForm

    def __init__(self, kind: PromptKind, customer: CustomerTerm, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind
        """What the question asks for; decides the choices offered."""
        self.customer = customer
        """The configured word for the customer, for the voice choices."""
        self.choices: list[tuple[str, Choice]] = self._choices()
        """(label, value) of each choice; empty when the question has none."""

    def _choices(self) -> list[tuple[str, Choice]]:
        if self.kind is PromptKind.MISSION:
            return [(clarity_label(level), level) for level in (1, 2, 3, 4, 5)]
        if self.kind is PromptKind.VOICE:
            return [(voice_label(source, self.customer), source) for source in RETRO_VOICE_LABELS]
        if self.kind is PromptKind.WASTE:
            return [(_(label), category) for category, label in WASTE_LABELS.items()]
        return []

    def _choice_prompt(self) -> str:
        if self.kind is PromptKind.MISSION:
            return _("How clear is it to you? Enter on a line hands in.")
        if self.kind is PromptKind.VOICE:
            return _("Whose voice? Enter on a line hands in.")
        return _("Which kind of waste? Enter on a line hands in.")

    def _placeholder(self) -> str:
        if self.kind is PromptKind.VOICE:
            return _("What did you hear? (optional)")
        if self.kind is PromptKind.MISSION:
            return _("In your own words (optional)")
        return _("Your answer")

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self._placeholder(), max_length=MAX_ANSWER, id="answer-text")
        if self.choices:
            yield Static(Text(self._choice_prompt()), id="answer-choice-label")
            yield OptionList(
                *(Content(label) for label, _value in self.choices), id="answer-choice"
            )
        with Horizontal(id="answer-buttons"):
            yield Button(_("Hand in"), variant="primary", id="answer-submit")
            yield Button(_("Pass"), id="answer-pass")
        yield Static("", id="answer-error")

    @on(Input.Submitted, "#answer-text")
    def _text_entered(self, event: Input.Submitted) -> None:
        event.stop()
        if self.choices:
            # The choice hands the answer in; Enter in the text field leads there.
            self.query_one("#answer-choice", OptionList).focus()
            return
        self.submit()

    @on(OptionList.OptionSelected, "#answer-choice")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.submit(self.choices[event.option_index][1])

    @on(Button.Pressed, "#answer-submit")
    def _submit_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit()

    @on(Button.Pressed, "#answer-pass")
    def _pass_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Passed(self))

    def submit(self, choice: Choice | None = None) -> None:
        """Hand in the text with ``choice`` (or none)."""
        text = self.query_one("#answer-text", Input).value
        self.post_message(self.Submitted(self, text, choice))

    def reset(self) -> None:
        """Empty the form for the next member; what was typed disappears at once."""
        self.query_one("#answer-text", Input).value = ""
        if self.choices:
            self.query_one("#answer-choice", OptionList).highlighted = 0
        self.show_error("")
        self.focus_text()

    def focus_text(self) -> None:
        self.query_one("#answer-text", Input).focus()

    def show_error(self, message: str) -> None:
        self.query_one("#answer-error", Static).update(Text(message))

    def set_open(self, is_open: bool) -> None:
        """Allow or stop answering (time is up, or the answer is in)."""
        for widget in self.query("Input, OptionList, Button"):
            widget.disabled = not is_open
