"""Key binding labels in the person's language.

Binding descriptions are written as ``N_()`` constants in ``BINDINGS`` (class
bodies run once, whatever the language); each screen and widget translates its
own copy when it is created (and again when the language changes), so the
footer speaks the current language.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, runtime_checkable

from textual.dom import DOMNode

from focuscheck.i18n import _


def translate_bindings(node: DOMNode) -> None:
    """Give ``node`` its class's bindings with the descriptions in the current language."""
    if node._merged_bindings is not None:
        node._bindings = node._merged_bindings.copy()
    bindings = node._bindings.key_to_bindings
    for key, found in bindings.items():
        bindings[key] = [
            replace(binding, description=_(binding.description)) if binding.description else binding
            for binding in found
        ]


@runtime_checkable
class TakesTyping(Protocol):
    """A screen that keeps letters typed while it was opening (History's search)."""

    def take_typing(self, character: str) -> bool:
        """Keep ``character`` if this screen has a field for it now; say whether it did."""
        ...
