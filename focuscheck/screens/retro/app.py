"""The retro opener app: set-up, last time's actions, rounds, reveal, actions and summary.

The app only wires screens together: each screen does one step and dismisses
with its result, and the app decides which step comes next.  Nothing here
reads or writes the journal; shared retros go through the session store.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _
from focuscheck.retro.actions import Action, ActionsRecap
from focuscheck.retro.board import build_board
from focuscheck.retro.remote import SessionState
from focuscheck.retro.session import Retro, RetroSetup
from focuscheck.screens.keys import translate_bindings
from focuscheck.screens.palette import PaletteApp
from focuscheck.screens.retro.actions_form import ActionsScreen
from focuscheck.screens.retro.board_steps import review_and_vote, review_and_vote_shared
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.follow_up import FollowUpScreen
from focuscheck.screens.retro.join import JoinScreen
from focuscheck.screens.retro.lobby import LobbyScreen
from focuscheck.screens.retro.opening import OpeningScreen
from focuscheck.screens.retro.remote_round import FacilitatorRoundScreen
from focuscheck.screens.retro.reveal import RevealScreen
from focuscheck.screens.retro.round import RoundScreen
from focuscheck.screens.retro.setup import SetupScreen
from focuscheck.screens.retro.summary import SummaryScreen


class RetroApp(PaletteApp):
    """``focuscheck retro``: a team's retrospective opener."""

    CSS_PATH = "retro.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", N_("Quit"), priority=True),
    ]

    def __init__(self, env: RetroEnvironment) -> None:
        super().__init__()
        translate_bindings(self)
        self.env = env
        """Folders, clocks and the customer word for every screen."""
        self.retro: Retro | None = None
        """The retro in progress (local), or the shared one once revealed."""
        self.session: SessionState | None = None
        """The shared session this app facilitates, if any."""
        self.retro_id = uuid.uuid4().hex
        """Names this retro's actions in the actions file."""
        self.new_actions: tuple[Action, ...] = ()
        """The actions this retro kept."""
        self.reviewed: tuple[Action, ...] = ()
        """Last time's actions the team answered about, as they stand now."""
        self.title = _("focuscheck retro")

    def on_mount(self) -> None:
        self.push_screen(SetupScreen(self.env))

    # -- set-up -------------------------------------------------------------

    @on(SetupScreen.JoinChosen)
    def _join(self) -> None:
        self.push_screen(JoinScreen(self.env, ""))

    @on(SetupScreen.Confirmed)
    def _confirmed(self, event: SetupScreen.Confirmed) -> None:
        if event.remote:
            self._follow_up_then(lambda: self._open_lobby(event.setup))
        else:
            self.retro = Retro(event.setup, self.env.today, self.env.seed)
            self._follow_up_then(lambda: self._opening_then(lambda: self._local_round(0)))

    def _follow_up_then(self, go_on: Callable[[], None]) -> None:
        """Ask about last time's open actions, if there are any, then ``go_on``."""
        try:
            still_open = self.env.actions().still_open()
        except FocuscheckError as error:
            # A damaged file is kept as it is; the retro itself goes ahead.
            self.notify(str(error), severity="error", markup=False, timeout=15)
            still_open = []
        if not still_open:
            go_on()
            return

        def answered(reviewed: tuple[Action, ...] | None) -> None:
            self.reviewed = reviewed or ()
            go_on()

        self.push_screen(FollowUpScreen(self.env, still_open), answered)

    def _opening_then(self, go_on: Callable[[], None]) -> None:
        """Show what the exports said (``--from``), if anything, then ``go_on``."""
        if not self.env.opening:
            go_on()
            return
        self.push_screen(OpeningScreen(self.env.opening), lambda _result: go_on())

    # -- on one screen ------------------------------------------------------

    def _local_round(self, index: int) -> None:
        assert self.retro is not None
        self.push_screen(RoundScreen(self.env, self.retro, index), self._local_round_done)

    def _local_round_done(self, retro: Retro | None) -> None:
        if retro is None:
            return
        self.retro = retro
        done = len({a.prompt_key for a in retro.answers})
        if done < len(retro.setup.prompts):
            self._local_round(done)
        else:
            review_and_vote(self, self.env, retro, self._voted)

    # -- shared -------------------------------------------------------------

    def _open_lobby(self, setup: RetroSetup) -> None:
        try:
            self.session = self.env.store().create(
                setup.prompts,
                setup.timer_seconds,
                named=not setup.anonymous,
                customer=self.env.customer,
                synonyms=self.env.synonyms,
            )
        except FocuscheckError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.push_screen(LobbyScreen(self.env, self.session), self._lobby_done)

    def _lobby_done(self, started: bool | None) -> None:
        if not started:
            self._close_session()
            return
        self._opening_then(lambda: self._remote_round(0))

    def _remote_round(self, index: int) -> None:
        assert self.session is not None
        screen = FacilitatorRoundScreen(self.env, self.session, index)
        self.push_screen(screen, self._remote_round_done)

    def _remote_round_done(self, state: SessionState | None) -> None:
        if state is None:
            return
        self.session = state
        if state.round + 1 < len(state.prompts):
            self._remote_round(state.round + 1)
            return
        review_and_vote_shared(self, self.env, state, self._voted)

    def _close_session(self) -> None:
        if self.session is not None:
            # An expired session is removed with the next retro anyway.
            with contextlib.suppress(FocuscheckError):
                self.env.store().close(self.session.code)
            self.session = None

    # -- reveal and summary -------------------------------------------------

    def _voted(self, retro: Retro) -> None:
        self.retro = retro
        self._reveal()

    def _reveal(self) -> None:
        assert self.retro is not None
        self.push_screen(RevealScreen(self.env, self.retro), self._revealed)

    def _revealed(self, retro: Retro | None) -> None:
        if retro is None:
            return
        self.retro = retro
        marked = build_board(retro, self.env.customer, self.env.is_aligned).marked()
        if marked:
            screen = ActionsScreen(
                self.env, retro.setup, marked, self.retro_id, earlier=self.new_actions
            )
            self.push_screen(screen, self._actions_done)
            return
        if self.new_actions:
            self._forget_actions()
        self._summary()

    def _forget_actions(self) -> None:
        """Every mark was taken off: the actions this retro kept go too."""
        try:
            self.new_actions = self.env.actions().save_retro(self.retro_id, ()).actions
        except FocuscheckError as error:
            self.notify(str(error), severity="error", markup=False, timeout=10)

    def _actions_done(self, actions: tuple[Action, ...] | None) -> None:
        if actions is None:
            self._reveal()
            return
        self.new_actions = actions
        self._summary()

    def _summary(self) -> None:
        assert self.retro is not None
        recap = ActionsRecap(self.new_actions, self.reviewed)
        self.push_screen(SummaryScreen(self.env, self.retro, recap), self._summary_done)

    def _summary_done(self, finished: bool | None) -> None:
        if not finished:
            self._revealed(self.retro)

    def on_unmount(self) -> None:
        self._close_session()
