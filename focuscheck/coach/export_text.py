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
    """``2 names, 1 e-mail address`` or a phrase saying nothing was found."""
    if not counts.total:
        return _("nothing found to scrub")
    return ", ".join(kind_count(kind, counts.get(kind)) for kind in ScrubKind if counts.get(kind))


def export_summary(export: AnonymizedExport, include_text: bool) -> list[str]:
    """Lines describing an anonymized export, for the preview and the command line."""
    document = export.document
    periods = [item.period for item in export.entries]
    span = "–"
    if periods:
        span = periods[0] if periods[0] == periods[-1] else f"{periods[0]} – {periods[-1]}"
    checkins = ngettext("{count} check-in", "{count} check-ins", len(periods)).format(
        count=len(periods)
    )
    lines = [
        _("Participant pseudonym: {pseudonym}").format(pseudonym=document["participant"]),
        _("{count} from {span}, dated only by {granularity}").format(
            count=checkins, span=span, granularity=_granularity(str(document["granularity"]))
        ),
        _("Team: {team}").format(team=document["team"] or _("none")),
    ]
    if include_text:
        left_out = sum(1 for item in export.entries if not item.has_text)
        lines.append(
            _("Free text: included, scrubbed: {found}").format(found=scrub_summary(export.counts))
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
    return lines


def _granularity(value: str) -> str:
    return {"day": _("day"), "week": _("week"), "month": _("month")}.get(value, value)
