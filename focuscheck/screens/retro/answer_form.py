"""One member's answer to one question: a line of text, plus a choice where the question has one.

The form only collects; whoever owns it checks the answer with the domain and
calls :meth:`AnswerForm.reset` when it is taken, or :meth:`AnswerForm.show_error`.
Enter moves on: from the text to the choice (when the question has one), and
from the choice to the hand-in button, so a member never needs the mouse.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Select, Static

from focuscheck.domain.enums import VOICE_LABELS, WASTE_LABELS, VoiceSource, WasteCategory
from focuscheck.i18n import _
from focuscheck.retro.board import clarity_label
from focuscheck.retro.prompts import Prompt, PromptKind
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
    """Text input, an optional choice, and the hand-in and pass buttons."""

    DEFAULT_CSS = """
    AnswerForm { height: auto; width: 1fr; }
    AnswerForm Input { width: 1fr; }
    AnswerForm Select { width: 1fr; margin-top: 1; }
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

    def __init__(self, kind: PromptKind, customer: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind
        """What the question asks for; decides the choice offered."""
        self.customer = customer
        """The configured word for the customer, for the voice choices."""

    def _options(self) -> list[tuple[Content, Choice]]:
        if self.kind is PromptKind.MISSION:
            return [(Content(clarity_label(level)), level) for level in (1, 2, 3, 4, 5)]
        if self.kind is PromptKind.VOICE:
            return [
                (Content(_(label).format(customer=self.customer)), source)
                for source, label in VOICE_LABELS.items()
            ]
        if self.kind is PromptKind.WASTE:
            return [(Content(_(label)), category) for category, label in WASTE_LABELS.items()]
        return []

    def _choice_prompt(self) -> str:
        if self.kind is PromptKind.MISSION:
            return _("How clear is it to you? (1 unclear … 5 clear)")
        if self.kind is PromptKind.VOICE:
            return _("Whose voice?")
        return _("Which kind of waste?")

    def _placeholder(self) -> str:
        if self.kind is PromptKind.VOICE:
            return _("What did you hear? (optional)")
        if self.kind is PromptKind.MISSION:
            return _("In your own words (optional)")
        return _("Your answer")

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self._placeholder(), max_length=MAX_ANSWER, id="answer-text")
        options = self._options()
        if options:
            yield Select(options, prompt=self._choice_prompt(), id="answer-choice")
        with Horizontal(id="answer-buttons"):
            yield Button(_("Hand in"), variant="primary", id="answer-submit")
            yield Button(_("Pass"), id="answer-pass")
        yield Static("", id="answer-error")

    def _choice(self) -> Choice | None:
        found = self.query("#answer-choice")
        if not found:
            return None
        value = self.query_one("#answer-choice", Select).value
        return value if isinstance(value, int | VoiceSource | WasteCategory) else None

    @on(Input.Submitted, "#answer-text")
    def _text_entered(self, event: Input.Submitted) -> None:
        event.stop()
        if self.query("#answer-choice") and self._choice() is None:
            self.query_one("#answer-choice", Select).focus()
            return
        self.submit()

    @on(Select.Changed, "#answer-choice")
    def _chosen(self, event: Select.Changed) -> None:
        event.stop()
        if self._choice() is not None:
            self.query_one("#answer-submit", Button).focus()

    @on(Button.Pressed, "#answer-submit")
    def _submit_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.submit()

    @on(Button.Pressed, "#answer-pass")
    def _pass_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(self.Passed(self))

    def submit(self) -> None:
        """Hand in what is in the form."""
        text = self.query_one("#answer-text", Input).value
        self.post_message(self.Submitted(self, text, self._choice()))

    def reset(self) -> None:
        """Empty the form for the next member; what was typed disappears at once."""
        self.query_one("#answer-text", Input).value = ""
        if self.query("#answer-choice"):
            self.query_one("#answer-choice", Select).clear()
        self.show_error("")
        self.focus_text()

    def focus_text(self) -> None:
        self.query_one("#answer-text", Input).focus()

    def show_error(self, message: str) -> None:
        self.query_one("#answer-error", Static).update(Text(message))

    def set_open(self, is_open: bool) -> None:
        """Allow or stop answering (time is up, or the answer is in)."""
        for widget in self.query("Input, Select, Button"):
            widget.disabled = not is_open
