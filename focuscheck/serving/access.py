"""Who may use a served focuscheck: whoever has the link it printed, from its own page.

Every link carries a random secret token (the Jupyter convention,
``http://127.0.0.1:8000/?token=…``).  A page or a websocket without the right
token is refused, and so is a request a page of another site sends (its
``Origin`` names that site): a web page open in the same browser must not drive
the app, and neither must another user of the computer who can reach the port.
This module decides; :mod:`focuscheck.serving.server` asks it on every request.
"""

from __future__ import annotations

import secrets
import string
from enum import StrEnum
from typing import Final

from focuscheck.domain.errors import ValidationError
from focuscheck.i18n import _

TOKEN_BYTES: Final = 32
"""256 random bits per token: not to be guessed while a retro lasts."""
MIN_TOKEN_LENGTH: Final = 16
"""The shortest token a facilitator may choose."""
TOKEN_CHARACTERS: Final = frozenset(string.ascii_letters + string.digits + "-_")
"""What a token may hold: it goes into a link unchanged."""


def new_token() -> str:
    """A fresh secret token (URL-safe, 256 bits)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def checked_token(token: str) -> str:
    """A token the facilitator chose, if it is long and plain enough; else ValidationError."""
    if len(token) < MIN_TOKEN_LENGTH or not set(token) <= TOKEN_CHARACTERS:
        raise ValidationError(
            _(
                "a token needs at least {length} characters, only letters, digits, - and _ "
                "(leave it out to get a random one)"
            ).format(length=MIN_TOKEN_LENGTH),
            "token",
        )
    return token


class Refusal(StrEnum):
    """Why a request is turned away."""

    NO_TOKEN = "no-token"
    WRONG_TOKEN = "wrong-token"
    FOREIGN_ORIGIN = "foreign-origin"

    def message(self) -> str:
        """What the browser shows instead of the app."""
        if self is Refusal.FOREIGN_ORIGIN:
            return _("focuscheck answers only its own page, not pages of other sites.")
        return _(
            "This page opens only with the link focuscheck serve printed, token and all. "
            "Ask the person who runs it for the link."
        )


def same_origin(origin: str | None, host: str, scheme: str) -> bool:
    """Whether a request's ``Origin`` is the served page's own (``scheme://host``).

    Browsers send ``Origin`` with every websocket and with requests one site makes
    to another; a page the browser loads itself, or a client that is no browser,
    may send none, and then only the token decides.
    """
    return origin is None or origin.lower() == f"{scheme}://{host}".lower()


def refusal(
    token: str | None, expected: str, origin: str | None, host: str, scheme: str
) -> Refusal | None:
    """Why a request with ``token`` (and ``Origin``, ``Host``) is refused, or None to serve it."""
    if not same_origin(origin, host, scheme):
        return Refusal.FOREIGN_ORIGIN
    if not token:
        return Refusal.NO_TOKEN
    # Constant time: how long a comparison takes tells nothing about the token.
    if not secrets.compare_digest(token.encode(), expected.encode()):
        return Refusal.WRONG_TOKEN
    return None
