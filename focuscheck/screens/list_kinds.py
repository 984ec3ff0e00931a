"""The two lists the backlog screens show: their columns, rows, detail and Markdown.

Each is one kind of list for :class:`~focuscheck.screens.backlog.ListScreen`;
the rows and the Markdown come from :mod:`focuscheck.domain.backlog`.  A status
or "shared" is always said in words, never by colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from focuscheck.domain import backlog
from focuscheck.domain.backlog import VoiceItem, WasteItem
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry
from focuscheck.domain.enums import WasteStatus
from focuscheck.i18n import _, ngettext
from focuscheck.screens.history import cell
from focuscheck.widgets.user_text import literal

NOTE_WIDTH = 40
"""Width of the backlog's note column, beside its status."""
STATUS_WIDTH = 10


class WasteList:
    """The rows of the improvement backlog, all of them or those of one status."""

    file_stem = "focuscheck-backlog"

    def __init__(self) -> None:
        self.status: WasteStatus | None = None
        """The status shown; None shows every item."""

    def columns(self) -> list[tuple[str, int | None]]:
        return [
            (_("Date"), 10),
            (_("Status"), STATUS_WIDTH),
            (_("Kind of waste"), 24),
            (_("Note"), NOTE_WIDTH),
        ]

    def pick(self, entries: Sequence[Entry]) -> list[WasteItem]:
        statuses = list(WasteStatus) if self.status is None else [self.status]
        return backlog.waste_items(entries, statuses)

    def row(self, item: WasteItem, customer: CustomerTerm) -> tuple[Text, ...]:
        return (
            Text(item.day.isoformat()),
            cell(backlog.status_label(item.status), STATUS_WIDTH),
            cell(backlog.waste_label(item.category), 24),
            cell(item.note, NOTE_WIDTH),
        )

    def detail(self, item: WasteItem, customer: CustomerTerm) -> Text:
        head = Text.assemble(
            (item.day.isoformat(), "bold"),
            "  ",
            (backlog.waste_label(item.category), "bold"),
            "  ",
            (backlog.status_label(item.status), "bold"),
        )
        parts = [head, literal(item.note) if item.note else Text(_("(no note)"), style="dim")]
        for step, said in item.steps():
            parts.append(Text.assemble((step, "bold"), ": " if said else "", literal(said)))
        if item.tags:
            parts.append(literal(_("Tags: {tags}").format(tags=", ".join(item.tags))))
        return Text("\n").join(parts)

    def markdown(self, items: Sequence[WasteItem], customer: CustomerTerm) -> str:
        return backlog.backlog_markdown(items)

    def count_text(self, count: int) -> str:
        if self.status is not None:
            shown = ngettext(
                "{count} item, status: {status}", "{count} items, status: {status}", count
            )
            return shown.format(count=count, status=backlog.status_label(self.status))
        return ngettext("{count} item noted", "{count} items noted", count).format(count=count)


class VoiceList:
    """The rows of the voice log."""

    file_stem = "focuscheck-voices"

    def columns(self) -> list[tuple[str, int | None]]:
        return [
            (_("Date"), 10),
            (_("Whose voice"), 24),
            (_("Shared"), STATUS_WIDTH),
            (_("What was heard"), NOTE_WIDTH),
        ]

    def pick(self, entries: Sequence[Entry]) -> list[VoiceItem]:
        return backlog.voice_items(entries)

    def row(self, item: VoiceItem, customer: CustomerTerm) -> tuple[Text, ...]:
        return (
            Text(item.day.isoformat()),
            cell(backlog.voice_label(item.source, customer), 24),
            cell(_("Shared") if item.shared else "", STATUS_WIDTH),
            cell(item.quote, NOTE_WIDTH),
        )

    def detail(self, item: VoiceItem, customer: CustomerTerm) -> Text:
        head = Text.assemble(
            (item.day.isoformat(), "bold"),
            "  ",
            (backlog.voice_label(item.source, customer), "bold"),
        )
        if item.shared:
            head.append("  " + _("shared with the team"), "bold")
        return Text("\n").join([head, literal(item.quote)])

    def markdown(self, items: Sequence[VoiceItem], customer: CustomerTerm) -> str:
        return backlog.voices_markdown(items, customer)

    def count_text(self, count: int) -> str:
        counted = ngettext("{count} voice written down", "{count} voices written down", count)
        return counted.format(count=count)
