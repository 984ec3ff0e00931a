"""The Markdown summary: a preview, the file name, and saving it without overwriting."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Label, Static

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _
from focuscheck.retro.actions import ActionsRecap
from focuscheck.retro.board import build_board
from focuscheck.retro.session import Retro
from focuscheck.retro.summary import SummaryExists, render_summary, write_summary
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.widgets.answer_input import AnswerInput

HELP = N_(
    "The summary for your retro notes, in Markdown: how last time's actions ended, the "
    "figures, the items you marked, the actions with their owners and every answer (with "
    "names only when you gave names). Ctrl+S writes it to the "
    "file named below; an existing file is never replaced without asking. Esc goes back "
    "to the actions and the board to change them."
)


class SummaryScreen(Screen[bool]):
    """Preview and save; dismisses with False to go back to the board."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", N_("Save")),
        Binding("escape", "back", N_("Back")),
        Binding("f1", "help", N_("Help")),
    ]

    def __init__(
        self, env: RetroEnvironment, retro: Retro, recap: ActionsRecap | None = None
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.retro = retro
        board = build_board(retro, env.customer, env.is_aligned)
        self.markdown = render_summary(
            retro, board, env.customer, env.opening, recap or ActionsRecap()
        )
        """The summary exactly as it will be written."""
        self.saved: Path | None = None
        """Where it was written, once it was."""

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Summary")), id="summary-title")
        with VerticalScroll(id="summary-preview"):
            yield Static(Text(self.markdown), id="summary-text")
        with Horizontal(id="summary-save"):
            yield Label(_("File"))
            yield AnswerInput(str(self.env.summary_path()), id="summary-path", compact=True)
            yield Button(_("Save"), variant="primary", id="summary-write")
        yield Static("", id="summary-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary-write", Button).focus()

    def _status(self, message: str) -> None:
        self.query_one("#summary-status", Static).update(Text(message))

    @on(Button.Pressed, "#summary-write")
    @on(Input.Submitted, "#summary-path")
    def _save_asked(self) -> None:
        self.action_save()

    def action_save(self, overwrite: bool = False) -> None:
        """Write the file; ask first when the name is taken."""
        raw = self.query_one("#summary-path", Input).value.strip()
        if not raw:
            self._status(_("Give a file name for the summary."))
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.env.summary_folder / path
        try:
            self.saved = write_summary(path, self.markdown, overwrite=overwrite)
        except SummaryExists as error:
            self._ask_overwrite(error)
            return
        except FocuscheckError as error:
            self._status(str(error))
            return
        self._status(_("Written to {path}. Ctrl+Q quits.").format(path=self.saved))
        self.notify(_("Summary written to {path}").format(path=self.saved.name), markup=False)

    def _ask_overwrite(self, error: SummaryExists) -> None:
        from focuscheck.screens.dialogs import ConfirmDialog

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.action_save(overwrite=True)
            else:
                self.query_one("#summary-path", AnswerInput).replace_text(str(error.suggestion))
                self._status(_("Not replaced. Suggested a free name instead; Ctrl+S saves."))

        self.app.push_screen(
            ConfirmDialog(
                _("Replace {name}?").format(name=error.path.name),
                _("A file with this name exists. Keeping it suggests the free name {free}.").format(
                    free=error.suggestion.name
                ),
                yes=_("Replace"),
                no=_("Keep it"),
                danger=True,
            ),
            answered,
        )

    def action_back(self) -> None:
        self.dismiss(False)

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("Summary"), _(HELP)))
