"""``focuscheck checkin --value …``: a check-in saved from its options, without a question.

The answers go through the check-in form, so they meet the same checks as in
the app (a required answer, lengths, tags, a quote with no one heard); a
problem is a usage error (exit 2) that names the option.  A day that has a
check-in is changed only with ``--update``, and then only in the answers given.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from focuscheck.cli.checkin_options import option_name
from focuscheck.cli.common import AppContext
from focuscheck.domain.checkin_fields import CHECKIN
from focuscheck.domain.checkin_form import CheckinForm
from focuscheck.domain.checkin_start import checked_day, starting_form
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import clean_text
from focuscheck.i18n import _


def save_answers(
    context: AppContext, answers: dict[str, Any], day: date | None, *, update: bool
) -> str:
    """Save the check-in ``answers`` make for ``day`` (today); the line that says so."""
    from focuscheck.domain.alignment import checker
    from focuscheck.domain.checkin_summary import streak_line
    from focuscheck.domain.summary import day_status

    today = context.clock.today()
    try:
        day = checked_day(day or today, today)
    except ValidationError as error:
        raise click.BadParameter(str(error), param_hint="--date") from None
    service = context.service()
    found = service.entries_on(day)
    if found and not update:
        raise click.UsageError(
            _("{date} has a check-in already; add --update to change it.").format(
                date=day.isoformat()
            )
        )
    form = starting_form(day, found[0] if found else None).changed(**answers)
    _refuse_missing(form)
    settings = service.settings()
    is_aligned = checker(settings.customer_term, settings.customer_synonyms)
    try:
        problem = form.first_problem()
        if problem is not None:
            raise problem[1]
        unheard = form.unheard_quote()
        if unheard is not None:
            raise unheard
        entry = form.build(now=context.clock.now(), is_aligned=is_aligned)
    except ValidationError as error:
        spec = CHECKIN.by_name.get(error.field or "")
        hint = f"--{option_name(spec)}" if spec is not None and spec.asked else None
        raise click.BadParameter(str(error), param_hint=hint) from None
    saved = service.save_checkin_for_day(entry)
    status = day_status(service.entries(), settings, today)
    if found:
        done = _("Changed the check-in for {date}.")
    elif saved.made_up:
        done = _("Saved the check-in for {date}, made up today.")
    else:
        done = _("Saved the check-in for {date}.")
    return f"{done.format(date=saved.date.isoformat())} {streak_line(status.streak)}"


def _refuse_missing(form: CheckinForm) -> None:
    """A usage error naming every required answer the options leave out."""

    missing = [
        spec
        for spec in CHECKIN.asked
        if spec.required and not clean_text(str(form.answer(spec.name) or ""))
    ]
    if missing:
        names = ", ".join(f"--{option_name(spec)}" for spec in missing)
        reasons = "; ".join(_(spec.required) for spec in missing)
        raise click.UsageError(
            _("missing {options}: {reasons}").format(options=names, reasons=reasons)
        )
