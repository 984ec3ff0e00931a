"""Typed access to the running :class:`~focuscheck.app.FocuscheckApp` from a screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from focuscheck.app import FocuscheckApp


def focuscheck_app(node: DOMNode) -> FocuscheckApp:
    """The app ``node`` runs in (its journal, clock and settings)."""
    return cast("FocuscheckApp", node.app)
