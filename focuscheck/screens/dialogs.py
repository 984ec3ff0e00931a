"""Small modal dialogs shared by the screens."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from focuscheck.i18n import N_, _
from focuscheck.screens.keys import translate_bindings


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes, False for no or Esc.

    The safe answer has the focus, so a stray Enter changes nothing: "no" unless
    ``safe_yes`` says that yes is the answer that keeps what the person has.
    """

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical {
        width: 64; max-width: 95%; height: auto;
        border: thick $warning; background: $surface; padding: 1 2;
    }
    ConfirmDialog #confirm-title { text-style: bold; }
    ConfirmDialog #confirm-message { margin: 1 0; }
    ConfirmDialog Horizontal { height: auto; align-horizontal: right; }
    ConfirmDialog Button { margin-left: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", N_("Yes")),
        Binding("n,escape", "answer(False)", N_("No")),
    ]

    def __init__(
        self,
        title: str,
        message: str,
        *,
        yes: str = "",
        no: str = "",
        danger: bool = False,
        safe_yes: bool = False,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.question = title
        """The question asked (translated)."""
        self.message = message
        """Details under the question; may quote the person's own words, so shown literally."""
        self.yes_label = yes or _("Yes")
        """Label of the button that answers yes."""
        self.no_label = no or _("No")
        """Label of the button that answers no."""
        self.danger = danger
        """Whether yes destroys something (the button is coloured as a warning)."""
        self.safe_yes = safe_yes
        """Whether yes is the safe answer, the one Enter gives (no, when False)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question), id="confirm-title")
            if self.message:
                yield Static(Text(self.message), id="confirm-message")
            with Horizontal():
                yield Button(self.no_label, id="no")
                yield Button(
                    self.yes_label, id="yes", variant="error" if self.danger else "primary"
                )

    def on_mount(self) -> None:
        self.query_one("#yes" if self.safe_yes else "#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class MessageDialog(ModalScreen[None]):
    """Tell the person something that needs their attention; any of Enter/Esc closes it."""

    DEFAULT_CSS = """
    MessageDialog { align: center middle; }
    MessageDialog > Vertical {
        width: 72; max-width: 95%; height: auto;
        border: thick $error; background: $surface; padding: 1 2;
    }
    MessageDialog #message-title { text-style: bold; margin-bottom: 1; }
    MessageDialog #message-close { color: $text-muted; margin-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "close", N_("Close")),
    ]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        translate_bindings(self)
        self.message_title = title
        """The headline (translated)."""
        self.message = message
        """The details (translated; may name files)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.message_title), id="message-title")
            yield Static(Text(self.message), id="message-body")
            yield Static(Text(_("Press Enter to close.")), id="message-close")

    def action_close(self) -> None:
        self.dismiss(None)
