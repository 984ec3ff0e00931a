"""Step 3 on plain lines: the stated mission after the answer from memory, and its clarity.

As in the terminal app: the organisation's mission and values follow the
answer, whatever of them is not written down is named, and how clear they are
is rated 1 to 5.  Nothing written down (recorded as unclear) and a clarity of
1 or 2 are findings, which may be raised with a manager (they then join the
waste list as unclarity).
"""

from __future__ import annotations

from focuscheck.domain.checkin_fields import FieldSpec
from focuscheck.domain.checkin_form import CheckinForm
from focuscheck.domain.checkin_words import ANSWER_HINTS
from focuscheck.domain.reflections import (
    NOTHING_STATED,
    UNCLEAR,
    UNCLEAR_UP_TO,
    as_written,
    is_raised,
    raised,
    stated,
)
from focuscheck.domain.settings import Settings, customer_term
from focuscheck.i18n import _
from focuscheck.plain.answers import asker, reply, yes_or_no
from focuscheck.plain.console import Console


def ask_clarity(
    console: Console, form: CheckinForm, settings: Settings, spec: FieldSpec
) -> CheckinForm:
    """The stated mission and how clear it is (``spec``); or that none is written down.

    Whatever is not written down is named; nothing written down, or a clarity
    of 1 or 2, offers the ways forward: write it down, or raise it with a manager.
    """
    say = console.say
    customer = customer_term(settings)
    if stated(settings):
        written = console.quote(as_written(settings)).replace("\n\n", " ")
        say(_("As written down: {text}").format(text=written))
        say(customer.fill(_(ANSWER_HINTS[spec.name])))
        clarity = asker(spec, customer).ask(console, form.answer(spec.name))
        form = form.changed(**{spec.name: clarity})
        if clarity is None or clarity > UNCLEAR_UP_TO:
            return form
        say(_("Unclear is a finding too."))
    else:
        say(_(NOTHING_STATED))
        form = form.changed(**{spec.name: UNCLEAR})
    if is_raised(form):
        say(_("Noted as something to raise: it is on your waste list as unclarity."))
        return form
    say(_("You can write them down with: focuscheck config set mission …"))
    say(_("Raise it with your manager? It then goes on your waste list as unclarity."))
    if yes_or_no(console, default=False, read=reply):
        form = raised(form, settings)
        say(_("Noted. You will find it on the waste step and in your waste list."))
    return form
