"""The coach's stars: which groups of texts go into the report.

A star is kept by the group's kind and normalised text, never by a file or a
pseudonym, so it holds for the same words whichever exports say them, and a
star on a group not in the exports loaded now is kept for when it is again.
The stored form (``coach-selection.json`` beside the exports) is converted here
only, with its version.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Final

from focuscheck.coach.text_groups import REFLECTION_FIELDS, TextKey
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _

SELECTION_NAME: Final = "coach-selection.json"
SELECTION_VERSION: Final = 1


class SelectionDamaged(FocuscheckError):
    """The stored selection is not one this version can read; the reason is the message."""


@dataclass(frozen=True, slots=True)
class Selection:
    """The keys of the starred groups."""

    starred: frozenset[TextKey] = field(default_factory=frozenset)

    def toggled(self, key: TextKey) -> Selection:
        """This selection with ``key`` starred, or unstarred when it was."""
        return replace(self, starred=self.starred ^ {key})

    def to_document(self) -> dict[str, Any]:
        """The stored form, in a stable order."""
        return {
            "version": SELECTION_VERSION,
            "starred": [key._asdict() for key in sorted(self.starred)],
        }

    @classmethod
    def from_document(cls, document: Any) -> Selection:
        """The selection stored as ``document``; :class:`SelectionDamaged` if it is not one."""
        if not isinstance(document, dict) or not isinstance(document.get("version"), int):
            raise SelectionDamaged(_("it is not a selection of starred texts"))
        if document["version"] > SELECTION_VERSION:
            raise SelectionDamaged(
                _("it was written by a newer focuscheck (version {version})").format(
                    version=document["version"]
                )
            )
        items = document.get("starred")
        if not isinstance(items, list) or not all(map(_is_key, items)):
            raise SelectionDamaged(_("its list of starred texts is damaged"))
        return cls(
            frozenset(TextKey(item["field"], item["category"], item["text"]) for item in items)
        )


def _is_key(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and set(item) == set(TextKey._fields)
        and all(isinstance(item[name], str) for name in TextKey._fields)
        and item["field"] in REFLECTION_FIELDS
    )
