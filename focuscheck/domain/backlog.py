"""The improvement backlog (waste noted) and the voice log (what was heard), as rows.

Both are lists a person takes to their team, so both render as plain text and
as Markdown; the backlog is grouped by where each item stands (open, raised,
resolved, dropped).  Text a person typed stays literal in Markdown: every
character Markdown would act on is escaped, and so is HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, TypeVar

from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.enums import (
    VOICE_LABELS,
    WASTE_LABELS,
    WASTE_STATUS_LABELS,
    VoiceSource,
    WasteCategory,
    WasteStatus,
)
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.history import latest_first
from focuscheck.domain.waste_status import has_waste
from focuscheck.i18n import N_, _

SHORT_ID: Final = 8
"""How much of an entry's id the lists show; ``focuscheck backlog mark`` takes it."""

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
    status: WasteStatus = WasteStatus.OPEN
    raised_on: date | None = None
    raised_where: str = ""
    closed_on: date | None = None
    """The day it was resolved or dropped."""
    outcome: str = ""
    """What changed, or why it was dropped."""

    @property
    def short_id(self) -> str:
        return self.entry_id[:SHORT_ID]

    def steps(self) -> list[tuple[str, str]]:
        """(what happened on which day, the note) for each step since it was noted."""
        steps: list[tuple[str, str]] = []
        if self.raised_on is not None:
            steps.append((_step(WasteStatus.RAISED, self.raised_on), self.raised_where))
        if self.closed_on is not None:
            steps.append((_step(self.status, self.closed_on), self.outcome))
        return steps


@dataclass(frozen=True, slots=True)
class VoiceItem:
    """One thing heard from the customer (or a colleague close to them)."""

    entry_id: str
    day: date
    source: VoiceSource
    quote: str
    shared: bool = False
    """Whether it was shared with the team."""

    @property
    def short_id(self) -> str:
        return self.entry_id[:SHORT_ID]


Item = TypeVar("Item", "WasteItem", "VoiceItem")


def waste_item(entry: Entry) -> WasteItem:
    """The waste ``entry`` noted, with where it stands."""
    return WasteItem(
        entry.id,
        entry.date,
        entry.waste_category,
        entry.waste_note,
        entry.tags,
        entry.waste_status or WasteStatus.OPEN,
        entry.waste_raised_on,
        entry.waste_raised_where,
        entry.waste_closed_on,
        entry.waste_outcome,
    )


def waste_items(
    entries: Iterable[Entry], statuses: Iterable[WasteStatus] = WasteStatus
) -> list[WasteItem]:
    """Every entry that noted waste and stands in one of ``statuses``, newest first."""
    wanted = frozenset(statuses)
    items = (waste_item(entry) for entry in latest_first(list(entries)) if has_waste(entry))
    return [item for item in items if item.status in wanted]


def voice_items(entries: Iterable[Entry]) -> list[VoiceItem]:
    """Every entry with words heard from a voice, newest first."""
    return [
        VoiceItem(entry.id, entry.date, entry.voice_source, entry.voice_quote, entry.voice_shared)
        for entry in latest_first(list(entries))
        if entry.voice_quote
    ]


def find_item(items: Sequence[Item], wanted: str) -> Item:
    """The item whose entry id is ``wanted`` or starts with it; :class:`ValidationError` if none.

    Refused as well, saying so, when the start matches more than one item.
    """
    key = wanted.strip().lower()
    matches = [item for item in items if key and item.entry_id.startswith(key)]
    if not matches:
        raise ValidationError(
            _("There is no item {id} in the list; the first column shows each id.").format(
                id=wanted[:40]
            ),
            "id",
        )
    if len(matches) > 1:
        raise ValidationError(
            _("{id} matches more than one item; give more of the id.").format(id=wanted[:40]),
            "id",
        )
    return matches[0]


def status_label(status: WasteStatus) -> str:
    """The translated name of ``status``."""
    return _(WASTE_STATUS_LABELS[status])


_MARKED: Final = {
    WasteStatus.OPEN: N_("{id} is open again: {note}"),
    WasteStatus.RAISED: N_("{id} is marked raised: {note}"),
    WasteStatus.RESOLVED: N_("{id} is marked resolved: {note}"),
    WasteStatus.DROPPED: N_("{id} is marked dropped: {note}"),
}


def marked_text(item: WasteItem) -> str:
    """What the person is told when ``item`` was just marked."""
    note = item.note or waste_label(item.category)
    return _(_MARKED[item.status]).format(id=item.short_id, note=note.split("\n")[0])


def _step(status: WasteStatus, day: date) -> str:
    return f"{status_label(status)} {day.isoformat()}"


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


_GROUPS: Final = {
    WasteStatus.OPEN: N_("Open items"),
    WasteStatus.RAISED: N_("Raised items"),
    WasteStatus.RESOLVED: N_("Resolved items"),
    WasteStatus.DROPPED: N_("Dropped items"),
}


def _grouped_waste(items: Sequence[WasteItem]) -> list[tuple[str, list[WasteItem]]]:
    """The items by status, in the order an item goes (open first), newest first in each."""
    return [
        (f"{_(_GROUPS[status])} ({len(group)})", group)
        for status in WasteStatus
        if (group := [item for item in items if item.status is status])
    ]


def backlog_markdown(items: Sequence[WasteItem], title: str = "") -> str:
    """The backlog as a Markdown document, grouped by status, newest first in each."""
    heading = title or _("Improvement backlog")
    parts = [f"# {markdown_literal(heading)}", ""]
    if not items:
        parts.append(_("No waste noted yet."))
    for label, group in _grouped_waste(items):
        parts += [f"## {label}", ""]
        for item in group:
            note = markdown_literal(item.note) if item.note else _("(no note)")
            tags = f" ({markdown_literal(', '.join(item.tags))})" if item.tags else ""
            kind = markdown_literal(waste_label(item.category))
            lines = [f"- **{item.day.isoformat()}** · {kind}: {note}{tags}"]
            for step, said in item.steps():
                lines.append(f"{step}: {markdown_literal(said)}" if said else step)
            parts.append("  \n  ".join(lines))
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def backlog_text(items: Sequence[WasteItem]) -> str:
    """The backlog for a terminal, grouped by status; each item starts with its short id."""
    if not items:
        return _("No waste noted yet.")
    indent = "\n" + " " * (SHORT_ID + 16)
    blocks: list[str] = []
    for label, group in _grouped_waste(items):
        lines = [label]
        for item in group:
            note = f"{waste_label(item.category)}: {item.note or _('(no note)')}"
            tags = f"  #{' #'.join(item.tags)}" if item.tags else ""
            steps = [f"{step}: {said}" if said else step for step, said in item.steps()]
            body = indent.join(line.replace("\n", indent) for line in [f"{note}{tags}", *steps])
            lines.append(f"  {item.short_id}  {item.day.isoformat()}  {body}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def backlog_records(items: Sequence[WasteItem]) -> list[dict[str, object]]:
    """The backlog as JSON objects (``focuscheck backlog list --format json``)."""
    return [
        {
            "id": item.entry_id,
            "date": item.day.isoformat(),
            "category": None if item.category is None else item.category.value,
            "note": item.note,
            "tags": list(item.tags),
            "status": item.status.value,
            "raised_on": None if item.raised_on is None else item.raised_on.isoformat(),
            "raised_where": item.raised_where,
            "closed_on": None if item.closed_on is None else item.closed_on.isoformat(),
            "outcome": item.outcome,
        }
        for item in items
    ]


def voices_markdown(items: Sequence[VoiceItem], customer: CustomerTerm, title: str = "") -> str:
    """The voice log as a Markdown document: each quote with its day and whose voice."""
    heading = title or _("Voice log")
    parts = [f"# {markdown_literal(heading)}", ""]
    if not items:
        parts.append(_("No voices written down yet."))
    for item in items:
        quote = markdown_literal(item.quote).replace("  \n  ", "  \n> ")
        source = markdown_literal(voice_label(item.source, customer))
        shared = " · " + _("shared with the team") if item.shared else ""
        parts += [f"> {quote}", "", f"— {item.day.isoformat()}, {source}{shared}", ""]
    return "\n".join(parts).rstrip() + "\n"


def voices_text(items: Sequence[VoiceItem], customer: CustomerTerm) -> str:
    """The voice log for a terminal."""
    if not items:
        return _("No voices written down yet.")
    blocks = []
    for item in items:
        quote = item.quote.replace("\n", "\n  ")
        source = voice_label(item.source, customer)
        shared = " · " + _("shared with the team") if item.shared else ""
        blocks.append(f"{item.short_id}  {item.day.isoformat()}  {source}{shared}\n  “{quote}”")
    return "\n\n".join(blocks)
