"""One question on plain lines, asked the way its kind calls for.

The plain counterpart of the terminal app's widgets for each kind
(``widgets/field_answer.py``): a text as a line, a rating as a number from 1
to 5, a choice as numbered options (the number or the word), tags as a line
separated by commas, a flag as yes or no.  Enter alone keeps the answer shown
after "Now:", a single ``-`` clears it, and ``<`` (or "back") goes back a step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from focuscheck.domain.checkin_fields import FieldSpec
from focuscheck.domain.checkin_words import EMPTY_CHOICES, NO_ANSWER
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.field_kinds import Kind
from focuscheck.domain.replies import NO, YES
from focuscheck.i18n import _, ngettext
from focuscheck.plain.console import Console

CLEAR: Final = "-"
NOW_AT_MOST: Final = 500
"""The most of an answer read back before it is typed again (a long paste is cut, with a note)."""
"""Typed alone: the answer is cleared."""
BACK: Final = "<"
"""Typed alone: back one step."""


def back_word() -> str:
    """The word that goes back one step, in the current language."""
    # TRANSLATORS: typed alone in the plain check-in to go back one step.
    return _("back")


class Back(Exception):
    """The person asked to go back one step."""


class Unclear(ValueError):
    """The reply fits none of the answers; the message says what would."""


def reply(console: Console) -> str:
    """One line; :class:`Back` when it asks to go back."""
    text = console.ask()
    if text == BACK or text.lower() in {"back", back_word().lower()}:
        raise Back
    return text


def yes_or_no(
    console: Console, *, default: bool, read: Callable[[Console], str] = Console.ask
) -> bool:
    """Yes or no (Enter: ``default``); anything else is asked again."""
    console.say(_("Yes or no? Enter: yes.") if default else _("Yes or no? Enter: no."))
    while True:
        text = read(console).lower()
        if not text:
            return default
        if text in YES or text in NO:
            return text in YES
        console.say(_("Please answer yes or no."))


def _read_back(text: str) -> str:
    """``text`` as the answer now, cut after :data:`NOW_AT_MOST` characters with a note."""
    if len(text) <= NOW_AT_MOST:
        return text
    rest = len(text) - NOW_AT_MOST
    note = ngettext(
        "… ({count} more character not shown)", "… ({count} more characters not shown)", rest
    ).format(count=f"{rest:,}")
    return f"{text[:NOW_AT_MOST]} {note}"


class Asker:
    """Asks one kind of question; Enter keeps the answer, ``-`` clears it."""

    def __init__(self, spec: FieldSpec, customer: CustomerTerm) -> None:
        self.spec = spec
        self.customer = customer

    def show(self, console: Console, current: Any) -> None:
        """What is printed before the answer is typed (options, the answer now)."""
        usage = self.usage()
        if usage:
            console.say(usage)
        shown = self.shown(current)
        if shown:
            console.say(_("Now: {answer}").format(answer=_read_back(console.quote(shown))))

    def ask(self, console: Console, current: Any) -> Any:
        """The answer typed, as the form holds it; asks again until it is one."""
        self.show(console, current)
        while True:
            text = reply(console)
            if not text:
                return current
            if text == CLEAR:
                return self.spec.rules.form_empty()
            try:
                return self.read(text)
            except Unclear as problem:
                console.say(str(problem))

    def usage(self) -> str:
        return ""

    def shown(self, current: Any) -> str:
        return str(current or "")

    def read(self, text: str) -> Any:
        return text


class TextAsker(Asker):
    pass


class RatingAsker(Asker):
    def usage(self) -> str:
        return _("A number from 1 to 5: 1 = not at all, 5 = fully.")

    def shown(self, current: Any) -> str:
        return "" if current is None else f"{current}/5"

    def read(self, text: str) -> int:
        if text in {"1", "2", "3", "4", "5"}:
            return int(text)
        raise Unclear(_("Please type a number from 1 to 5."))


class ChoiceAsker(Asker):
    """Numbered options; a field that may stay empty offers its empty answer first."""

    @property
    def values(self) -> tuple[Any, ...]:
        members = tuple(self.spec.vocabulary or ())
        return members if self.spec.default is not None else (None, *members)

    def label(self, value: Any) -> str:
        if value is None:
            return _(EMPTY_CHOICES.get(self.spec.name, NO_ANSWER))
        return self.customer.fill(_(self.spec.choice_labels[value]))

    def show(self, console: Console, current: Any) -> None:
        for number, value in enumerate(self.values, start=1):
            console.say(f"  {number}. {self.label(value)}")
        super().show(console, current)

    def usage(self) -> str:
        words = ", ".join(self.spec.choices)
        return _("Type the number, or the word ({words}).").format(words=words)

    def shown(self, current: Any) -> str:
        return "" if current is None else self.label(current)

    def read(self, text: str) -> Any:
        wanted = text.casefold()
        for number, value in enumerate(self.values, start=1):
            names = {str(number), self.label(value).casefold()}
            if value is not None:
                names.add(str(value))
            if wanted in names:
                return value
        raise Unclear(
            _("Please type one of the numbers 1 to {last}, or the word.").format(
                last=len(self.values)
            )
        )


class TagsAsker(Asker):
    def usage(self) -> str:
        return _("Separated by commas.")


class FlagAsker(Asker):
    def usage(self) -> str:
        return _("Yes or no.")

    def shown(self, current: Any) -> str:
        return _("yes") if current else _("no")

    def read(self, text: str) -> bool:
        return text.lower() in YES


ASKERS: Final[dict[Kind, Callable[[FieldSpec, CustomerTerm], Asker]]] = {
    Kind.TEXT: TextAsker,
    Kind.RATING: RatingAsker,
    Kind.CHOICE: ChoiceAsker,
    Kind.TAGS: TagsAsker,
    Kind.FLAG: FlagAsker,
}
"""How each kind of question is asked on plain lines."""


def asker(spec: FieldSpec, customer: CustomerTerm) -> Asker:
    """The asker for ``spec``."""
    return ASKERS[spec.kind](spec, customer)
