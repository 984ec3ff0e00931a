"""The word for the customer in every form a sentence needs, in English and Swedish."""

from __future__ import annotations

import gettext
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.domain.customer_term import (
    KNOWN_SWEDISH,
    PLACEHOLDERS,
    CustomerTerm,
    guess_swedish,
    term_for_word,
)
from focuscheck.domain.settings import (
    Settings,
    customer_term,
    forms_are_known,
    set_value,
    settings_from_record,
    settings_to_record,
    unset_value,
)
from focuscheck.i18n import LOCALE_DIR, set_language

LOCALE = Path(LOCALE_DIR)


def swedish_messages_naming_the_customer() -> list[str]:
    """Every Swedish translation whose English text names the customer."""
    with (LOCALE / "sv" / "LC_MESSAGES" / "focuscheck.mo").open("rb") as fh:
        catalog = gettext.GNUTranslations(fh)
    found = []
    for key, value in catalog._catalog.items():  # type: ignore[attr-defined]
        msgid = key[0] if isinstance(key, tuple) else key
        if "{customer}" in msgid or "{Customer}" in msgid:
            found.append(value)
    return found


SWEDISH = swedish_messages_naming_the_customer()


class TestKnownWords:
    @pytest.mark.parametrize(
        ("word", "definite", "plural", "definite_plural", "compound"),
        [
            ("kund", "kunden", "kunder", "kunderna", "kund"),
            ("brukare", "brukaren", "brukare", "brukarna", "brukar"),
            ("medlem", "medlemmen", "medlemmar", "medlemmarna", "medlems"),
            ("donator", "donatorn", "donatorer", "donatorerna", "donator"),
        ],
    )
    def test_the_brief_s_words_have_their_forms(
        self, word: str, definite: str, plural: str, definite_plural: str, compound: str
    ) -> None:
        forms = KNOWN_SWEDISH[word]
        assert (forms.definite, forms.plural, forms.definite_plural, forms.compound) == (
            definite,
            plural,
            definite_plural,
            compound,
        )

    def test_every_word_the_brief_names_is_known(self) -> None:
        brief = {"kund", "slutanvändare", "brukare", "medborgare", "patient", "elev", "medlem"}
        assert brief | {"donator"} == set(KNOWN_SWEDISH)

    def test_a_known_word_is_known_in_any_case(self) -> None:
        assert forms_are_known("Brukare")
        assert not forms_are_known("handläggare")


class TestGuesses:
    def test_an_agent_noun_in_are(self) -> None:
        forms = guess_swedish("handläggare")
        assert (forms.definite, forms.plural, forms.definite_plural, forms.compound) == (
            "handläggaren",
            "handläggare",
            "handläggarna",
            "handläggar",
        )

    def test_a_word_like_patient(self) -> None:
        forms = guess_swedish("klient")
        assert (forms.definite, forms.definite_plural) == ("klienten", "klienterna")


class TestFilling:
    def test_english_says_the_word_as_it_is(self) -> None:
        term = CustomerTerm("patient", guess_swedish("patient"))
        assert term.fill("value for the {customer}") == "value for the patient"
        assert term.fill("{Customer} focus") == "Patient focus"

    def test_swedish_uses_the_form_the_sentence_needs(self) -> None:
        set_language("sv")
        term = CustomerTerm("brukare", KNOWN_SWEDISH["brukare"])
        assert term.fill("mervärde för {the_customer}") == "mervärde för brukaren"
        assert term.fill("{Customer_compound}fokus") == "Brukarfokus"
        assert term.fill("{The_customers} märker det") == "Brukarna märker det"

    def test_the_default_word_follows_the_language(self) -> None:
        assert CustomerTerm().fill("the {customer}") == "the customer"
        set_language("sv")
        assert CustomerTerm().fill("{the_customer}, {the_customers}") == "kunden, kunderna"

    def test_an_export_s_default_word_reads_in_the_reader_s_language(self) -> None:
        set_language("sv")
        assert term_for_word("customer").fill("{the_customer}") == "kunden"
        set_language("en")
        assert term_for_word("kund").fill("the {customer}") == "the customer"

    def test_help_text_keeps_other_braces(self) -> None:
        term = CustomerTerm("elev", KNOWN_SWEDISH["elev"])
        assert term.fill_forms("{customer} and {not a field}") == "elev and {not a field}"

    def test_a_word_that_looks_like_a_placeholder_is_put_in_as_it_is(self) -> None:
        set_language("sv")
        term = customer_term(set_value(Settings(), "customer_term", ["{the_customer}"]))
        assert term.fill_forms("för {the_customer}") == "för {the_customer}en"
        assert term.fill("för {the_customer}") == "för {the_customer}en"

    @settings(max_examples=60, deadline=None)
    @given(word=st.text(st.characters(categories=("L", "N", "Zs", "Pd")), min_size=1, max_size=40))
    def test_every_swedish_message_fills_for_any_word(self, word: str) -> None:
        set_language("sv")
        term = customer_term(set_value(Settings(), "customer_term", [word]))
        for message in SWEDISH:
            filled = term.fill_forms(message)
            left = {name for _t, name, _s, _c in string.Formatter().parse(filled) if name}
            assert not left & PLACEHOLDERS, (message, filled)

    def test_no_swedish_message_puts_a_possessive_or_article_before_the_word(self) -> None:
        # "din brukare", "en elev": the possessive or the article would need the word's
        # gender and number, which a placeholder cannot know; the definite forms do not.
        names = "|".join(sorted(PLACEHOLDERS))
        before = re.compile(rf"\b(din|ditt|dina|vår|vårt|våra|er|ert|era|en|ett)\s+\{{({names})\}}")
        assert [message for message in SWEDISH if before.search(message.lower())] == []


class TestSettings:
    def test_setting_a_known_word_fills_its_forms(self) -> None:
        settings = set_value(Settings(), "customer_term", ["brukare"])
        assert settings.customer_term_definite == "brukaren"
        assert settings.customer_term_plural == "brukare"
        assert settings.customer_term_definite_plural == "brukarna"
        assert settings.customer_term_compound == "brukar"

    def test_setting_another_word_starts_from_a_guess(self) -> None:
        settings = set_value(Settings(), "customer_term", ["handläggare"])
        assert settings.customer_term_definite == "handläggaren"

    def test_a_corrected_form_is_used(self) -> None:
        set_language("sv")
        settings = set_value(Settings(), "customer_term", ["barn"])
        settings = set_value(settings, "customer_term_plural", ["barn"])
        settings = set_value(settings, "customer_term_definite_plural", ["barnen"])
        assert customer_term(settings).fill("{the_customers}, {customers}") == "barnen, barn"

    def test_a_new_word_replaces_the_old_word_s_forms(self) -> None:
        settings = set_value(Settings(), "customer_term", ["brukare"])
        settings = set_value(settings, "customer_term", ["elev"])
        assert settings.customer_term_definite_plural == "eleverna"

    def test_unsetting_the_word_clears_its_forms(self) -> None:
        settings = unset_value(set_value(Settings(), "customer_term", ["elev"]), "customer_term")
        assert settings == Settings()

    def test_the_forms_are_saved_and_read_back(self) -> None:
        settings = set_value(Settings(), "customer_term", ["barn"])
        settings = set_value(settings, "customer_term_definite", ["barnet"])
        assert settings_from_record(settings_to_record(settings)) == settings

    def test_settings_saved_before_the_forms_existed_still_inflect(self) -> None:
        set_language("sv")
        settings = settings_from_record({"customer_term": "medborgare"})
        assert customer_term(settings).fill("{the_customers}") == "medborgarna"
