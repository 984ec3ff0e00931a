"""Key binding labels in the person's language.

Binding descriptions are written as ``N_()`` constants in ``BINDINGS`` (class
bodies run once, whatever the language); each screen and widget translates its
own copy when it is created (and again when the language changes), so the
footer speaks the current language.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, runtime_checkable

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode

from focuscheck.i18n import _


def translate_bindings(node: DOMNode) -> None:
    """Give ``node`` its class's bindings with the descriptions in the current language.

    Bindings added to ``node`` at run time (Textual adds the command palette's key
    to the app when it is created) are kept: only the class's own are rebuilt.
    """
    declared = node._merged_bindings
    if declared is not None:
        fresh = declared.copy()
        for key, binding in _added(node._bindings, declared):
            fresh.key_to_bindings.setdefault(key, []).append(binding)
        node._bindings = fresh
    bindings = node._bindings.key_to_bindings
    for key, found in bindings.items():
        bindings[key] = [
            replace(binding, description=_(binding.description)) if binding.description else binding
            for binding in found
        ]


def _added(current: BindingsMap, declared: BindingsMap) -> list[tuple[str, Binding]]:
    """The bindings in ``current`` that the class did not declare (added at run time)."""
    return [
        (key, binding)
        for key, binding in current
        if not any(own.action == binding.action for own in declared.key_to_bindings.get(key, []))
    ]


@runtime_checkable
class TakesTyping(Protocol):
    """A screen that keeps letters typed while it was opening (History's search)."""

    def take_typing(self, character: str) -> bool:
        """Keep ``character`` if this screen has a field for it now; say whether it did."""
        ...
