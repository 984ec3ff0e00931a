"""The next retro opens with last time's actions: done, still open, or dropped?"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _, ngettext
from focuscheck.retro.actions import Action, ActionStatus, describe
from focuscheck.retro.actions_text import outcome_label
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.retro.environment import RetroEnvironment

HELP = N_(
    "The actions your last retros took away and that are still open. For each, say how it "
    "went: D done, O still open, X dropped; Up and Down move between them. Each answer is "
    "saved at once. Still-open actions come back next time. Ctrl+S goes on to the questions; "
    "an action you did not answer about stays open."
)


class FollowUpScreen(Screen[tuple[Action, ...]]):
    """Dismisses with the actions the team answered about, as they stand now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "answer('done')", N_("Done")),
        Binding("o", "answer('open')", N_("Keep open")),
        Binding("x", "answer('dropped')", N_("Dropped")),
        Binding("ctrl+s", "go_on", N_("Go on")),
        Binding("f1", "help", N_("Help")),
    ]

    def __init__(self, env: RetroEnvironment, actions: Sequence[Action]) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        self.actions = list(actions)
        """Last time's open actions, in the order asked."""
        self.answered: dict[str, Action] = {}
        """The actions answered about so far, by id, as saved."""

    def _prompt(self, action: Action) -> Text:
        answer = self.answered.get(action.id)
        label = outcome_label(answer.status) if answer is not None else "…"
        width = max(len(outcome_label(status)) for status in ActionStatus)
        return Text(f"{label:<{width}}  {describe(action)}")

    def compose(self) -> ComposeResult:
        yield Static(Text(_("Last time's actions")), id="follow-up-title")
        yield Static(
            Text(
                ngettext(
                    "{count} action is open. How did it go?",
                    "{count} actions are open. How did they go?",
                    len(self.actions),
                ).format(count=len(self.actions))
            ),
            id="follow-up-intro",
        )
        yield OptionList(
            *(Option(self._prompt(a), id=a.id) for a in self.actions), id="follow-up-list"
        )
        yield Static(
            Text(_("D done · O still open · X dropped · Ctrl+S goes on")), id="follow-up-keys"
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def action_answer(self, status_name: str) -> None:
        """Save the answer about the highlighted action at once, then move to the next."""
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None:
            return
        action = self.actions[index]
        try:
            saved = self.env.actions().mark(action.id, ActionStatus(status_name))
        except FocuscheckError as error:
            self.notify(str(error), severity="error", markup=False, timeout=10)
            return
        self.answered[action.id] = saved.actions[0]
        options.replace_option_prompt_at_index(index, self._prompt(action))
        if index + 1 < len(self.actions):
            options.highlighted = index + 1

    def action_go_on(self) -> None:
        self.dismiss(tuple(self.answered[a.id] for a in self.actions if a.id in self.answered))

    def action_help(self) -> None:
        from focuscheck.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(_("Last time's actions"), _(HELP)))
