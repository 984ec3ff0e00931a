"""The words the coach's review is told in, shared by the terminal view and the reports.

Every label is translated when it is asked for, so a report is written in the
language of the run that writes it.
"""

from __future__ import annotations

from typing import Any, Final

from focuscheck.coach.aggregate import Figure, PeriodFigures, Rate, Review
from focuscheck.coach.cells import Reason, SetAside
from focuscheck.coach.loader import LoadResult
from focuscheck.domain.customer_term import CustomerTerm, term_for_word
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VOICE_LABELS, WASTE_LABELS, VoiceSource, WasteCategory
from focuscheck.i18n import N_, _, decimal, ngettext, pgettext

FIELD_LABELS: Final[dict[str, str]] = {
    "value": N_("Value for the {customer}"),
    "voice_quote": N_("What was heard"),
    "waste_note": N_("Waste noticed"),
    "mission": N_("Mission and values"),
}


def title(review: Review) -> str:
    """The review's title, in the team's word for the customer ("Patient focus: …")."""
    return _term(review.customer_term).fill(_("{Customer} focus: team review"))


def share_labels(review: Review) -> tuple[str, str, str]:
    """Names of the trend's three shares: salary, cornerstone and the voice heard."""
    customer = _term(review.customer_term)
    return (
        customer.fill(_("Salary: {customer}")),
        customer.fill(_("Cornerstone: {customer}")),
        customer.fill(_("Heard the {customer}")),
    )


def naming_label(review: Review) -> str:
    """What the alignment figures count: answers that name the team's word for the customer."""
    return _term(review.customer_term).fill(_("Answers that name the {customer}"))


def focus_label(review: Review) -> str:
    """The trend's focus column in a report."""
    return _term(review.customer_term).fill(_("{Customer} focus (mean, 1–5)"))


def naming_heading(review: Review) -> str:
    return _term(review.customer_term).fill(_("Naming the {customer}"))


def names_rate(review: Review, rate: str) -> str:
    """How often the answers to one question name the customer ("names the patient: 72 %")."""
    return _term(review.customer_term).fill(_("names the {customer}: {rate}"), rate=rate)


def _term(customer: str | CustomerTerm) -> CustomerTerm:
    """A term as given, or the one for an export's bare word."""
    return customer if isinstance(customer, CustomerTerm) else term_for_word(customer)


def field_label(field: str, customer: str | CustomerTerm) -> str:
    return _term(customer).fill(_(FIELD_LABELS.get(field, field)))


def voice_label(key: str, customer: str | CustomerTerm) -> str:
    return _term(customer).fill(_(VOICE_LABELS[VoiceSource(key)]))


def waste_label(key: str) -> str:
    return _(WASTE_LABELS[WasteCategory(key)])


def clarity_label(key: str) -> str:
    if key == "unrated":
        return _("not rated")
    if key == "1":
        return _("1 (unclear)")
    return key


def percent(rate: Rate) -> str:
    """A share as a whole percentage, ``72 %``."""
    return f"{round(rate.share * 100)} %"


def rate_text(rate: Rate) -> str:
    return _("{percent} ({hits} of {total})").format(
        percent=percent(rate), hits=rate.hits, total=rate.total
    )


def unit_heading(review: Review) -> str:
    if review.unit is Granularity.MONTH:
        return _("Check-ins per participant per month")
    return _("Check-ins per participant per week")


def count_column(review: Review) -> str:
    """Heading of the first column of the check-ins distribution."""
    if review.unit is Granularity.MONTH:
        return _("Check-ins in the month")
    return _("Check-ins in the week")


def period_count_column(review: Review) -> str:
    if review.unit is Granularity.MONTH:
        return _("Participant-months")
    return _("Participant-weeks")


def period_word(review: Review) -> str:
    return _("Month") if review.unit is Granularity.MONTH else _("Week")


def trend_head(review: Review, focus: str, *, short: bool = False) -> list[str]:
    """Headings of the trend's columns; ``focus`` names the focus column.

    ``short``: the shares in a word each, for the terminal (its title says what they count).
    """
    shares = share_labels(review)
    if short:
        shares = (
            pgettext("trend column", "Salary"),
            pgettext("trend column", "Cornerstone"),
            shares[2],
        )
    return [period_word(review), _("Participants"), _("Check-ins"), focus, *shares]


def trend_cells(period: str, values: PeriodFigures) -> list[str]:
    """One period of the trend that is shown, in the order of :func:`trend_head`."""
    focus = decimal(values.focus_mean) if values.focus_mean is not None else "–"
    return [
        period,
        str(values.participants),
        str(values.checkins),
        focus,
        percent(values.salary),
        percent(values.cornerstone),
        percent(values.heard_customer),
    ]


def withheld(figure: Figure[Any], review: Review) -> str:
    """Why a figure is not shown."""
    return ngettext(
        "Withheld: drawn from {count} participant; the minimum group size is {k}.",
        "Withheld: drawn from {count} participants; the minimum group size is {k}.",
        figure.participants,
    ).format(count=figure.participants, k=review.min_group)


def too_few(review: Review) -> str:
    """The note shown instead of every figure when no period had enough participants."""
    if review.participants_loaded < review.min_group:
        return ngettext(
            "Only {count} participant loaded. Every figure needs at least {k}, so none is shown.",
            "Only {count} participants loaded. Every figure needs at least {k}, so none is shown.",
            review.participants_loaded,
        ).format(count=review.participants_loaded, k=review.min_group)
    if review.unit is Granularity.MONTH:
        return _("No month had {k} or more participants, so no figure is shown.").format(
            k=review.min_group
        )
    return _("No week had {k} or more participants, so no figure is shown.").format(
        k=review.min_group
    )


def coverage(review: Review) -> str:
    """``2026-W40 – 2026-W48 (9 periods, 2 withheld)``, or a dash with no data.

    The span runs from the first shown period to the last; a withheld one inside
    it is counted as withheld whether anybody checked in then or nobody did.
    """
    if not review.periods:
        return "–"
    first, last = review.periods[0].period, review.periods[-1].period
    count = ngettext("{count} period", "{count} periods", len(review.periods)).format(
        count=len(review.periods)
    )
    withheld_rows = sum(row.withheld for row in review.periods)
    if withheld_rows:
        count += ", " + _("{count} withheld").format(count=withheld_rows)
    span = first if first == last else f"{first} – {last}"
    return f"{span} ({count})"


def overview_facts(review: Review) -> list[tuple[str, str]]:
    """(label, value) pairs of the overview; when nothing can be shown, only who was loaded.

    Participants are those behind the figures: with check-ins in a shown period.
    """
    if not review.enough:
        return [
            (_("Participants"), str(review.participants_loaded)),
            (_("Minimum group size"), str(review.min_group)),
        ]
    facts = [(_("Participants"), str(review.participants))]
    facts.append((_("Periods covered"), coverage(review)))
    facts.append((_("Minimum group size"), str(review.min_group)))
    if review.checkins.value is not None:
        facts.append((_("Check-ins"), str(review.checkins.value)))
    if review.teams:
        facts.append((_("Teams"), ", ".join(review.teams)))
    facts.append((_("Word for the customer"), review.customer_term.word))
    if review.export_terms:
        facts.append((_("Exports call the customer"), ", ".join(review.export_terms)))
    return facts


def load_summary(result: LoadResult) -> str:
    """How many files loaded, were refused and skipped; no file names (they may name people)."""
    loaded = ngettext("{count} export loaded", "{count} exports loaded", len(result.exports))
    parts = [loaded.format(count=len(result.exports))]
    if result.rejected:
        refused = ngettext("{count} file refused", "{count} files refused", len(result.rejected))
        parts.append(refused.format(count=len(result.rejected)))
    if result.duplicates:
        skipped = ngettext(
            "{count} duplicate skipped", "{count} duplicates skipped", len(result.duplicates)
        )
        parts.append(skipped.format(count=len(result.duplicates)))
    return ", ".join(parts) + "."


def overlap_note(review: Review) -> str | None:
    """For the reports, which name no file: how many exports were set aside, and why."""
    if not review.set_aside:
        return None
    files = len({note.source for note in review.set_aside})
    return ngettext(
        "{count} export was set aside where it overlaps another export of the same "
        "participant: each period is counted once, from the more finely dated (or fuller) "
        "export.",
        "{count} exports were set aside where they overlap other exports of the same "
        "participant: each period is counted once, from the more finely dated (or fuller) "
        "export.",
        files,
    ).format(count=files)


SET_ASIDE_LISTED: Final = 4
"""Periods named in a set-aside note; more are counted."""


def set_aside_reason(note: SetAside) -> str:
    """Why an export was not counted for some periods, naming the file counted instead."""
    periods = ", ".join(note.periods[:SET_ASIDE_LISTED])
    if len(note.periods) > SET_ASIDE_LISTED:
        periods += ", …"
    count = len(note.periods)
    match note.reason:
        case Reason.FINER:
            text = ngettext(
                "set aside for {count} period ({periods}): {kept} holds the same participant's "
                "check-ins there, dated more finely",
                "set aside for {count} periods ({periods}): {kept} holds the same participant's "
                "check-ins there, dated more finely",
                count,
            )
        case Reason.FULLER:
            text = ngettext(
                "set aside for {count} period ({periods}): {kept} holds more of the same "
                "participant's check-ins there",
                "set aside for {count} periods ({periods}): {kept} holds more of the same "
                "participant's check-ins there",
                count,
            )
        case Reason.EQUAL:
            text = ngettext(
                "set aside for {count} period ({periods}): {kept} holds as many of the same "
                "participant's check-ins there",
                "set aside for {count} periods ({periods}): {kept} holds as many of the same "
                "participant's check-ins there",
                count,
            )
    return text.format(count=count, periods=periods, kept=note.kept)
