"""From the last round to the board: the facilitator's check, then the team's votes.

One place decides the order of these steps for both kinds of retro, so the app
only hands over the retro (or the shared session) and gets the retro back,
hidden answers left out and votes counted, ready for the board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from focuscheck.domain.errors import FocuscheckError
from focuscheck.retro.remote import SessionState
from focuscheck.retro.session import Retro
from focuscheck.screens.retro.environment import RetroEnvironment
from focuscheck.screens.retro.remote_voting import RemoteVotingScreen
from focuscheck.screens.retro.review import Reviewed, ReviewScreen
from focuscheck.screens.retro.voting import VotingScreen

Then = Callable[[Retro], None]


def _when_done(then: Then) -> Callable[[Retro | None], None]:
    def done(retro: Retro | None) -> None:
        if retro is not None:
            then(retro)

    return done


def _stored(
    app: App[Any], change: Callable[[], SessionState], fallback: SessionState
) -> SessionState:
    """The session after one change; a failure is shown and the retro goes on."""
    try:
        return change()
    except FocuscheckError as error:
        app.notify(str(error), severity="error", markup=False)
        return fallback


def review_and_vote(app: App[Any], env: RetroEnvironment, retro: Retro, then: Then) -> None:
    """A retro on one screen: check the answers, vote in turn, then ``then``."""

    def reviewed(result: Reviewed | None) -> None:
        if result is None:
            return
        if not result.vote:
            then(result.retro)
            return
        app.push_screen(VotingScreen(env, result.retro), _when_done(then))

    app.push_screen(ReviewScreen(env, retro), reviewed)


def review_and_vote_shared(
    app: App[Any], env: RetroEnvironment, session: SessionState, then: Then
) -> None:
    """A shared retro: close the answers, check them, let members vote, then ``then``."""
    store = env.store()
    session = _stored(app, lambda: store.close_answers(session.code), session)
    retro = session.to_retro(env.today)

    def reviewed(result: Reviewed | None) -> None:
        if result is None:
            return
        hidden = result.retro.hidden
        if not result.vote:
            _stored(app, lambda: store.reveal(session.code, hidden), session)
            then(result.retro)
            return
        voting = _stored(app, lambda: store.start_voting(session.code, hidden), session)
        screen = RemoteVotingScreen(env, voting, result.retro)
        app.push_screen(screen, _when_done(then))

    app.push_screen(ReviewScreen(env, retro), reviewed)
