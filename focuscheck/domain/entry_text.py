"""Entries as text a person reads: plain terminal text and Markdown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from focuscheck.domain.checkin_fields import CHECKIN, CheckinTable
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.entry import Entry, made_up_on
from focuscheck.i18n import _


def entry_lines(
    entry: Entry, customer: CustomerTerm, table: CheckinTable = CHECKIN
) -> list[tuple[str, str]]:
    """(label, text) pairs for every part of ``entry`` that has something to say."""
    return _lines(entry, customer, table, _labels(customer, table))


def entry_heading(entry: Entry) -> str:
    """The entry's date, and the day it was made up on when it was saved later."""
    made = made_up_on(entry.created_at, entry.date)
    if made is None:
        return entry.date.isoformat()
    return _("{date} (made up on {made})").format(
        date=entry.date.isoformat(), made=made.isoformat()
    )


def _labels(customer: CustomerTerm, table: CheckinTable) -> dict[str, str]:
    """The label of every field shown, in the current language, worked out once."""
    return {spec.name: customer.fill(_(spec.label)) for spec in table.shown}


def _lines(
    entry: Entry, customer: CustomerTerm, table: CheckinTable, labels: dict[str, str]
) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for spec in table.shown:
        text = spec.rules.render(spec, getattr(entry, spec.name), customer)
        if text:
            lines.append((labels[spec.name], text))
    return lines


def as_text(entries: Sequence[Entry], customer: CustomerTerm, table: CheckinTable = CHECKIN) -> str:
    """Entries for a terminal, newest first as given."""
    if not entries:
        return _("No entries.")
    blocks: list[str] = []
    labels = _labels(customer, table)
    for entry in entries:
        lines = [entry_heading(entry)]
        for label, text in _lines(entry, customer, table, labels):
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


def as_markdown(
    entries: Sequence[Entry], customer: CustomerTerm, table: CheckinTable = CHECKIN
) -> str:
    """Entries as a Markdown document."""
    title = _("focuscheck journal")
    parts = [f"# {title}", ""]
    if not entries:
        parts.append(_("No entries."))
    # Labels can hold the configured customer word, which is user text too.
    labels = {name: markdown_escape(label) for name, label in _labels(customer, table).items()}
    for entry in entries:
        parts += [f"## {entry_heading(entry)}", ""]
        for label, text in _lines(entry, customer, table, labels):
            body = markdown_escape(text).replace("\n", "  \n  ")
            parts.append(f"- **{label}:** {body}")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"
