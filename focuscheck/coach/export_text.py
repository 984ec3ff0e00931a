"""What the person reads before an anonymized export leaves their machine."""

from __future__ import annotations

from focuscheck.coach.anonymize import ScrubCounts, ScrubKind
from focuscheck.coach.export_format import AnonymizedExport
from focuscheck.i18n import _, ngettext


def kind_count(kind: ScrubKind, count: int) -> str:
    """``3 names``, ``1 e-mail address`` …"""
    match kind:
        case ScrubKind.NAME:
            text = ngettext("{count} name", "{count} names", count)
        case ScrubKind.EMAIL:
            text = ngettext("{count} e-mail address", "{count} e-mail addresses", count)
        case ScrubKind.PHONE:
            text = ngettext("{count} phone number", "{count} phone numbers", count)
        case ScrubKind.ID_NUMBER:
            text = ngettext(
                "{count} personal identity number", "{count} personal identity numbers", count
            )
        case ScrubKind.URL:
            text = ngettext("{count} URL", "{count} URLs", count)
    return text.format(count=count)


def scrub_summary(counts: ScrubCounts) -> str:
    """What was scrubbed: ``2 names, 1 e-mail address``; empty when nothing was."""
    return ", ".join(kind_count(kind, counts.get(kind)) for kind in ScrubKind if counts.get(kind))


def _dated(count: int, span: str, granularity: str) -> str:
    """How many check-ins, from when, and how finely they are dated: one whole sentence each."""
    match granularity:
        case "day":
            text = ngettext(
                "{count} check-in from {span}, dated by the day",
                "{count} check-ins from {span}, dated by the day",
                count,
            )
        case "month":
            text = ngettext(
                "{count} check-in from {span}, dated only by the month",
                "{count} check-ins from {span}, dated only by the month",
                count,
            )
        case _:
            text = ngettext(
                "{count} check-in from {span}, dated only by the week",
                "{count} check-ins from {span}, dated only by the week",
                count,
            )
    return text.format(count=count, span=span)


def export_summary(export: AnonymizedExport, include_text: bool) -> list[str]:
    """Lines describing an anonymized export, for the preview and the command line."""
    document = export.document
    periods = [item.period for item in export.entries]
    span = "–"
    if periods:
        span = periods[0] if periods[0] == periods[-1] else f"{periods[0]} – {periods[-1]}"
    team = document["team"]
    lines = [
        _("Participant pseudonym: {pseudonym}").format(pseudonym=document["participant"]),
        _dated(len(periods), span, str(document["granularity"])),
        _("Team: {team}").format(team=team) if team else _("Team: none given"),
    ]
    if include_text:
        left_out = sum(1 for item in export.entries if not item.has_text)
        scrubbed = scrub_summary(export.counts)
        lines.append(
            _("Free text: included; scrubbed: {found}").format(found=scrubbed)
            if scrubbed
            else _("Free text: included; nothing needed scrubbing")
        )
        if left_out:
            lines.append(
                ngettext(
                    "{count} check-in goes without text.",
                    "{count} check-ins go without text.",
                    left_out,
                ).format(count=left_out)
            )
    else:
        lines.append(_("Free text: left out (ratings and choices only)"))
    lines.append(_("Not included: your name, entry ids, dates and times."))
    lines.append(
        _(
            "The coach can read every line of this file. The smallest group size limits "
            "only what the coach's reports show, not what the coach can read here."
        )
    )
    return lines
