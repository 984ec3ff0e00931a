"""Turning the marked items into actions: the text, an owner, and perhaps a due date."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical, VerticalScroll
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Footer, Input, Label, Static

from focuscheck.domain.errors import FocuscheckError, ValidationError
from focuscheck.i18n import N_, _
from focuscheck.retro.actions import Action, ActionDraft, make_draft, prefill_text
from focuscheck.retro.board import BoardItem, Column
from focuscheck.retro.session import RetroSetup
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.widgets.answer_input import AnswerInput
from focuscheck.widgets.marked_toggles import MarkedCheckbox

HELP = N_(
    "Each item you marked can become an action. Keep or change its text, give an owner "
    "(a name, or “the team”) and, if you like, a due date such as “next friday” or "
    "2026-12-04. Space on the checkbox leaves an item without an action. Ctrl+S keeps the "
    "actions and shows the summary; the next retro asks how they went. Esc goes back to "
    "the board."
)


def _prefill(item: BoardItem) -> str:
    return prefill_text(item.text or item.detail)


class ActionsScreen(Screen[tuple[Action, ...] | None]):
    """One block per marked item; dismisses with the actions kept, or None to go back."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", N_("Keep and go on")),
        Binding("escape", "back", N_("Back to the board")),
        Binding("f1", "help", N_("Help")),
    ]

    def __init__(
        self,
        env: RetroEnvironment,
        setup: RetroSetup,
        marked: Sequence[tuple[Column, BoardItem]],
        retro_id: str,
        earlier: Sequence[Action] = (),
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.setup = setup
        self.items = [item for _column, item in marked]
        """The marked items, in board order."""
        self.topics = [column.prompt.short() for column, _item in marked]
        self.retro_id = retro_id
        """The retro these actions belong to; saving again replaces them."""
        self.earlier = {action.source: action for action in earlier}
        """What this retro kept already, when the team comes back to change it."""

    def _owner(self, item: BoardItem) -> str:
        before = self.earlier.get(item.item_id)
        if before is not None:
            return before.owner_label()
        # Anonymous: the team owns it unless someone takes it on by name.
        return _("the team") if self.setup.anonymous else ""

    def compose(self) -> ComposeResult:
        names = [*self.setup.names, _("the team")]
        with VerticalScroll(id="actions"):
            yield Static(Text(_("Actions: who does what, by when")), id="actions-title")
            for index, (topic, item) in enumerate(zip(self.topics, self.items, strict=True)):
                before = self.earlier.get(item.item_id)
                taken = before is not None or not self.earlier
                with Vertical(classes="action-block"):
                    yield MarkedCheckbox(
                        f"{topic}: {_prefill(item)}",
                        taken,
                        id=f"action-take-{index}",
                        compact=True,
                    )
                    with Grid(classes="action-grid"):
                        yield Label(_("Action"))
                        yield AnswerInput(
                            before.text if before else _prefill(item),
                            id=f"action-text-{index}",
                            compact=True,
                        )
                        yield Label(_("Owner"))
                        yield AnswerInput(
                            self._owner(item),
                            placeholder=_("a name, or the team"),
                            suggester=SuggestFromList(names, case_sensitive=False),
                            id=f"action-owner-{index}",
                            compact=True,
                        )
                        yield Label(_("Due (optional)"))
                        yield AnswerInput(
                            before.due.isoformat() if before and before.due else "",
                            placeholder=_("next friday, 2026-12-04 …"),
                            id=f"action-due-{index}",
                            compact=True,
                        )
                    yield Static("", id=f"action-error-{index}", classes="action-error")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#action-text-0", Input).focus()

    def _value(self, name: str, index: int) -> str:
        return self.query_one(f"#action-{name}-{index}", Input).value

    def drafts(self) -> list[ActionDraft] | None:
        """The checked items as actions; None, with each problem shown, when one is wrong."""
        drafts: list[ActionDraft] = []
        first_wrong: Input | None = None
        for index, item in enumerate(self.items):
            error = self.query_one(f"#action-error-{index}", Static)
            error.display = False
            if not self.query_one(f"#action-take-{index}", Checkbox).value:
                continue
            try:
                drafts.append(
                    make_draft(
                        item.item_id,
                        self._value("text", index),
                        self._value("owner", index),
                        self._value("due", index),
                        self.env.today,
                    )
                )
            except ValidationError as problem:
                error.update(Text(str(problem)))
                error.display = True
                if first_wrong is None:
                    first_wrong = self.query_one(f"#action-{problem.field}-{index}", Input)
        if first_wrong is not None:
            first_wrong.focus()
            return None
        return drafts

    def action_save(self) -> None:
        drafts = self.drafts()
        if drafts is None:
            return
        try:
            saved = self.env.actions().save_retro(self.retro_id, drafts)
        except FocuscheckError as error:
            self.notify(str(error), severity="error", markup=False, timeout=10)
            return
        if saved.kept_aside is not None:
            self.notify(kept_aside_message(saved.kept_aside.name), markup=False, timeout=10)
        self.dismiss(saved.actions)

    def action_back(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("Actions"), _(HELP)))


def kept_aside_message(name: str) -> str:
    return _(
        "The actions file could not be read; it was kept as {name} and a new list was started."
    ).format(name=name)
