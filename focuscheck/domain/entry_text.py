"""Entries as text a person reads: plain terminal text and Markdown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.enums import VOICE_LABELS, WASTE_LABELS
from focuscheck.i18n import _


def _rating(value: int | None) -> str:
    # Not rated says nothing, so the line is left out like an empty answer.
    return f"{value}/5" if value is not None else ""


def entry_lines(entry: Entry, customer: CustomerTerm) -> list[tuple[str, str]]:
    """(label, text) pairs for every part of ``entry`` that has something to say."""
    pairs: list[tuple[str, str]] = [
        (_("Who pays my salary?"), entry.salary),
        (_("What is the cornerstone of quality management?"), entry.cornerstone),
        (_("What are our mission and values?"), entry.mission),
        (_("Mission clarity"), _rating(entry.mission_clarity)),
        (customer.fill(_("Value for the {customer}")), entry.value),
        (_("Voice heard"), customer.fill(_(VOICE_LABELS[entry.voice_source]))),
        (_("What I heard"), entry.voice_quote),
    ]
    if entry.waste_category is not None:
        pairs.append((_("Waste"), _(WASTE_LABELS[entry.waste_category])))
    pairs += [
        (_("Waste note"), entry.waste_note),
        (customer.fill(_("{Customer} focus")), _rating(entry.focus)),
        (_("Tags"), ", ".join(entry.tags)),
    ]
    return [(label, text) for label, text in pairs if text]


def as_text(entries: Sequence[Entry], customer: CustomerTerm) -> str:
    """Entries for a terminal, newest first as given."""
    if not entries:
        return _("No entries.")
    blocks: list[str] = []
    for entry in entries:
        lines = [entry.date.isoformat()]
        for label, text in entry_lines(entry, customer):
            body = text.replace("\n", "\n    ")
            lines.append(f"  {label}: {body}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


#: What makes a list or a heading underline when it begins a line.
_LINE_STARTS: Final = re.compile(r"^(\s*)([-+=]|\d+[.)])", re.MULTILINE)


def markdown_escape(text: str) -> str:
    """Keep user text literal in Markdown: no HTML, no accidental headings, lists or links."""
    escaped = text.replace("\\", "\\\\").replace("&", "&amp;")
    escaped = escaped.replace("<", "&lt;").replace(">", "&gt;")
    for char in "[]*_`#|~":
        escaped = escaped.replace(char, "\\" + char)
    return _LINE_STARTS.sub(lambda m: m[1] + m[2][:-1] + "\\" + m[2][-1], escaped)


def as_markdown(entries: Sequence[Entry], customer: CustomerTerm) -> str:
    """Entries as a Markdown document."""
    title = _("focuscheck journal")
    parts = [f"# {title}", ""]
    if not entries:
        parts.append(_("No entries."))
    for entry in entries:
        parts += [f"## {entry.date.isoformat()}", ""]
        for label, text in entry_lines(entry, customer):
            body = markdown_escape(text).replace("\n", "  \n  ")
            # Labels can hold the configured customer word, which is user text too.
            parts.append(f"- **{markdown_escape(label)}:** {body}")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"
