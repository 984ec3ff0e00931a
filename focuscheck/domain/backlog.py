"""The improvement backlog (waste noted) and the voice log (what was heard), as rows.

Both are lists a person takes to their team, so both render as plain text and
as Markdown.  Text a person typed stays literal in Markdown: every character
Markdown would act on is escaped, and so is HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.enums import VOICE_LABELS, WASTE_LABELS, VoiceSource, WasteCategory
from focuscheck.domain.history import latest_first
from focuscheck.i18n import _

# Characters Markdown (CommonMark and GitHub's) treats as syntax anywhere in a line.
_INLINE: Final = re.compile(r"([\\`*_{}\[\]<>#|~&!])")
# What starts a block when it opens a line: bullets, setext underlines, numbered lists.
_BLOCK_MARK: Final = re.compile(r"^[-+=]")
_NUMBERED: Final = re.compile(r"^(\d+)([.)])")


@dataclass(frozen=True, slots=True)
class WasteItem:
    """One piece of waste someone noticed, with when."""

    entry_id: str
    day: date
    category: WasteCategory | None
    """None when only a note was written."""
    note: str
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class VoiceItem:
    """One thing heard from the customer (or a colleague close to them)."""

    entry_id: str
    day: date
    source: VoiceSource
    quote: str


def waste_items(entries: Iterable[Entry]) -> list[WasteItem]:
    """Every entry that noted waste, newest first."""
    return [
        WasteItem(entry.id, entry.date, entry.waste_category, entry.waste_note, entry.tags)
        for entry in latest_first(list(entries))
        if entry.waste_category is not None or entry.waste_note
    ]


def voice_items(entries: Iterable[Entry]) -> list[VoiceItem]:
    """Every entry with words heard from a voice, newest first."""
    return [
        VoiceItem(entry.id, entry.date, entry.voice_source, entry.voice_quote)
        for entry in latest_first(list(entries))
        if entry.voice_quote
    ]


def waste_label(category: WasteCategory | None) -> str:
    """The translated name of ``category``; "Not categorised" for None."""
    return _(WASTE_LABELS[category]) if category is not None else _("Not categorised")


def voice_label(source: VoiceSource, customer: CustomerTerm) -> str:
    """The translated name of ``source`` with the configured word for the customer."""
    return customer.fill(_(VOICE_LABELS[source]))


def markdown_literal(text: str) -> str:
    """``text`` as Markdown that shows exactly these characters, line breaks kept."""
    lines = [_INLINE.sub(r"\\\1", line.strip()) for line in text.split("\n")]
    lines = [_NUMBERED.sub(r"\1\\\2", _BLOCK_MARK.sub(r"\\\g<0>", line)) for line in lines]
    # A blank line would end the list item or the quote it sits in, so it is left out.
    return "  \n  ".join(line for line in lines if line)


def _grouped_waste(items: Sequence[WasteItem]) -> list[tuple[str, list[WasteItem]]]:
    order: list[WasteCategory | None] = [*WasteCategory, None]
    return [
        (waste_label(category), [item for item in items if item.category == category])
        for category in order
        if any(item.category == category for item in items)
    ]


def backlog_markdown(items: Sequence[WasteItem], title: str = "") -> str:
    """The backlog as a Markdown document, grouped by category, newest first in each."""
    heading = title or _("Improvement backlog")
    parts = [f"# {markdown_literal(heading)}", ""]
    if not items:
        parts.append(_("No waste noted yet."))
    for label, group in _grouped_waste(items):
        parts += [f"## {label}", ""]
        for item in group:
            note = markdown_literal(item.note) if item.note else _("(no note)")
            tags = f" ({markdown_literal(', '.join(item.tags))})" if item.tags else ""
            parts.append(f"- **{item.day.isoformat()}:** {note}{tags}")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def backlog_text(items: Sequence[WasteItem]) -> str:
    """The backlog for a terminal, grouped by category."""
    if not items:
        return _("No waste noted yet.")
    blocks: list[str] = []
    for label, group in _grouped_waste(items):
        lines = [label]
        for item in group:
            note = (item.note or _("(no note)")).replace("\n", "\n              ")
            tags = f"  #{' #'.join(item.tags)}" if item.tags else ""
            lines.append(f"  {item.day.isoformat()}  {note}{tags}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def voices_markdown(items: Sequence[VoiceItem], customer: CustomerTerm, title: str = "") -> str:
    """The voice log as a Markdown document: each quote with its day and whose voice."""
    heading = title or _("Voice log")
    parts = [f"# {markdown_literal(heading)}", ""]
    if not items:
        parts.append(_("No voices written down yet."))
    for item in items:
        quote = markdown_literal(item.quote).replace("  \n  ", "  \n> ")
        parts += [
            f"> {quote}",
            "",
            f"— {item.day.isoformat()}, {markdown_literal(voice_label(item.source, customer))}",
            "",
        ]
    return "\n".join(parts).rstrip() + "\n"


def voices_text(items: Sequence[VoiceItem], customer: CustomerTerm) -> str:
    """The voice log for a terminal."""
    if not items:
        return _("No voices written down yet.")
    blocks = []
    for item in items:
        quote = item.quote.replace("\n", "\n  ")
        source = voice_label(item.source, customer)
        blocks.append(f"{item.day.isoformat()}  {source}\n  “{quote}”")
    return "\n\n".join(blocks)
