"""Each Swedish check-in step says the configured word in the form its sentence needs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from focuscheck.domain.settings import set_value
from tests.ui.browse_support import screen_text
from tests.ui.checkin_support import checkin_app, journal_for, screen_name, settle, type_text

#: wide enough that no sentence wraps, so a phrase can be looked for as a whole
WIDE = (200, 50)


async def step_texts(pilot: Pilot[Any]) -> dict[str, str]:
    """Walk through every step of a check-in, keeping what each screen showed."""
    texts: dict[str, str] = {}

    async def keep(name: str = "") -> None:
        await settle(pilot)
        texts[name or screen_name(pilot)] = screen_text(pilot.app)

    async def then(*keys: str, text: str = "", name: str = "") -> None:
        await type_text(pilot, text)
        await pilot.press(*keys)
        await keep(name)

    await keep()
    # The two questions: an answer, its reflection (Enter), the next step (Enter again).
    for answer, reflection in (("the customer", "Salary"), ("quality", "Cornerstone")):
        await then("enter", text=answer, name=f"{reflection}Reflection")
        await then("enter")
    await then("ctrl+n", text="helping people")  # the mission from memory
    await then("ctrl+n")  # its clarity: on to the value
    await then("ctrl+n", text="Called back")  # value: on to the voice
    await then("ctrl+n")  # voice: on to the waste
    await then("ctrl+n")  # waste: on to the focus
    await then("f1", name="FocusHelp")
    return texts


#: step (or reflection) -> the phrases it must say, with the forms put in
EXPECTED: dict[str, tuple[str, ...]] = {
    "SalaryReflection": ("ytterst {the_customer} som betalar",),
    "CornerstoneReflection": ("{customer_compound}fokus",),
    "ValueStep": ("som skapar mervärde för {the_customer}?",),
    "VoiceStep": ("{The_customer} direkt", "En kollega med direkt {customer_compound}kontakt"),
    "WasteStep": ("Vad märkte du i dag som inte tillför {the_customer} något?",),
    "FocusStep": ("Hur mycket handlade din dag om {the_customer}?",),
    "FocusHelp": ("1: {the_customer} kom knappt på tal",),
}

FORMS = {
    "brukare": {
        "customer": "brukare",
        "the_customer": "brukaren",
        "customers": "brukare",
        "the_customers": "brukarna",
        "customer_compound": "brukar",
    },
    "medlem": {
        "customer": "medlem",
        "the_customer": "medlemmen",
        "customers": "medlemmar",
        "the_customers": "medlemmarna",
        "customer_compound": "medlems",
    },
}


def with_forms(phrase: str, forms: dict[str, str]) -> str:
    values = dict(forms)
    values.update({name[0].upper() + name[1:]: value.capitalize() for name, value in forms.items()})
    return phrase.format(**values)


@pytest.mark.parametrize("word", sorted(FORMS))
async def test_every_step_inflects_the_word(data_dir: Path, clock: Any, word: str) -> None:
    journal = journal_for(data_dir, clock)
    journal.save_settings(set_value(journal.settings(), "customer_term", [word]))
    app = checkin_app(journal, clock, language="sv")
    async with app.run_test(size=WIDE) as pilot:
        texts = await step_texts(pilot)
    forms = FORMS[word]
    for step, phrases in EXPECTED.items():
        # The help dialog wraps its text between border characters: read past them.
        text = " ".join(re.sub("[█▀▄]", " ", texts[step]).split())
        for phrase in phrases:
            wanted = with_forms(phrase, forms)
            assert wanted in text, (step, wanted, text)
        # The word the person chose, never the default one, and never uninflected after
        # a possessive ("din brukare").
        assert not re.search(r"\bkund(en|er|erna)?\b", text), (step, text)
        assert not re.search(rf"\b(din|er|vår)\s+{word}\b", text), (step, text)
