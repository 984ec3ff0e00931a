"""Whether an answer names the customer (focuscheck.domain.alignment)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.domain.alignment import (
    BUILTIN_TERMS,
    checker,
    customer_terms,
    names_customer,
)

DEFAULT_TERMS = customer_terms("", [])

ANSWERS = [
    # English: names the customer
    ("The customer, in the end", True),
    ("Customers.", True),
    ("Our customers pay my salary", True),
    ("In the end it's the customer's money", True),
    ("The customers' money, via the company", True),
    ("Customer focus!", True),
    ("customer-focus", True),
    ("Being customer-centric", True),
    ("Customer value", True),
    ("The end user", True),
    ("end-users", True),
    ("Our enduser", True),
    ("The taxpayers", True),
    ("Citizens, through their taxes", True),
    ("The patients we treat", True),
    ("Students and their families", True),
    ("Our members", True),
    ("The donors who fund us", True),
    ("Passengers buying tickets", True),
    ("The users of our app", True),
    ("Not the board but the customer", True),
    ("Customers, not shareholders", True),
    ("No one but the customer", True),
    ("No customers, no salary", True),
    # English: does not
    ("my boss", False),
    ("The shareholders", False),
    ("My employer", False),
    ("The company", False),
    ("Not the customer, the board", False),
    ("never the customer", False),
    ("no customer", False),
    ("It isn't the customer, it's the bank", False),
    ("I used the budget", False),
    ("Userland tools", False),
    ("I don't know", False),
    ("", False),
    # Swedish: names the customer
    ("Ytterst är det kunderna som betalar", True),
    ("Kunden", True),
    ("kunden.", True),
    ("Våra kunder", True),
    ("Kundernas pengar", True),
    ("kundens röst", True),
    ("Kundfokus", True),
    ("kundnyttan", True),
    ("Kundvärde och kundnöjdhet", True),
    ("Goda kundrelationer", True),
    ("Att förstå kundbehoven", True),
    ("Kundorientering", True),
    ("ett kundperspektiv", True),
    ("Slutkunden", True),
    ("Slutanvändaren", True),
    ("slutanvändarna", True),
    ("användarna", True),
    ("skattebetalarna", True),
    ("Medborgarna", True),
    ("medborgarnas skattepengar", True),
    ("PATIENTERNA", True),
    ("Patienten", True),
    ("Eleverna", True),
    ("brukarna", True),
    ("Medlemmarna", True),
    ("medlemsnytta", True),
    ("Resenärerna", True),
    ("Våra gäster", True),
    ("Ingen kund, ingen lön", True),
    ("Inte chefen utan kunden", True),
    # Swedish: does not
    ("Arbetsgivaren", False),
    ("Chefen", False),
    ("Ägarna", False),
    ("Staten", False),
    ("inte kunden", False),
    ("Det är inte kunden utan styrelsen", False),
    ("ej kunden", False),
    ("Aldrig kunden", False),
    ("kunnig personal", False),
    ("En kundig kollega", False),
    ("Jag kunde inte svara", False),
    ("Kunskap", False),
    ("Vet inte", False),
]


@pytest.mark.parametrize(("answer", "expected"), ANSWERS)
def test_real_answers(answer: str, expected: bool) -> None:
    assert names_customer(answer, DEFAULT_TERMS) is expected


@pytest.mark.parametrize(
    "answer",
    [
        "customer",
        "customers",
        "customer's",
        "customers'",
        "the customer’s",
        "kund",
        "kunden",
        "kunder",
        "kunderna",
        "kundens",
        "kunders",
        "kundernas",
        "användare",
        "användaren",
        "användarens",
        "användares",
        "användarna",
        "användarnas",
        "medlem",
        "medlemmen",
        "medlemmar",
        "medlemmarnas",
        "donatorn",
        "donatorer",
        "donatorerna",
        "gästen",
        "gästerna",
    ],
)
def test_inflections(answer: str) -> None:
    assert names_customer(answer, DEFAULT_TERMS)


@pytest.mark.parametrize(
    "answer", ["inte kunden", "ej kunden", "not the customer", "no customer", "never the customer"]
)
def test_negation_directly_before_the_term_does_not_count(answer: str) -> None:
    assert not names_customer(answer, DEFAULT_TERMS)
    assert names_customer(f"{answer}, but the {answer.split()[-1]} in the end", DEFAULT_TERMS)


def test_case_and_unicode_normalization() -> None:
    decomposed = unicodedata.normalize("NFD", "Användarna och SLUTANVÄNDARNA")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    assert names_customer(decomposed, DEFAULT_TERMS)
    assert names_customer("KUNDFOKUS", DEFAULT_TERMS)
    assert names_customer("The\nend\tuser", DEFAULT_TERMS)


def test_customer_terms_are_lowercased_unique_and_include_the_builtin_ones() -> None:
    terms = customer_terms("  Resenär ", ["Pendlare", "resenär", "KUND", "", " ", "x"])
    assert terms[:2] == ("resenär", "pendlare")
    assert len(terms) == len(set(terms))
    assert all(term == term.lower() for term in terms)
    assert set(BUILTIN_TERMS) <= set(terms)
    assert "" not in terms
    assert "x" not in terms  # a single letter would match nearly any answer


def test_configured_terms_and_synonyms() -> None:
    check = checker("Resenär", ["pendlare", "Trafikant", "key account"])
    assert check("Resenärerna")
    assert check("Pendlarna, ytterst")
    assert check("pendlarfokus")
    assert check("trafikanterna")
    assert check("Our key accounts")
    assert check("Our key-account")
    assert not check("Trafikverket")
    assert not check("inte pendlarna")


def test_terms_not_in_the_list_do_not_count() -> None:
    only = ("shareholder",)
    assert names_customer("The shareholders", only)
    assert not names_customer("The customer", only)
    assert not names_customer("The customer", ())
    assert not names_customer("The customer", ("", "  "))


def test_special_characters_in_terms_are_taken_literally() -> None:
    terms = customer_terms("c++ fan", ["(a|b)", "k.und"])
    assert names_customer("Every c++ fan", terms)
    assert not names_customer("a", ("(a|b)",))
    assert not names_customer("kxund", terms)


def test_a_long_answer_is_checked_to_its_end() -> None:
    check = checker("", [])
    answer = "we make sure every delivery is on time and correct " * 400  # about 20 000 chars
    assert not check(answer)
    assert check(answer + " for the customer")


@given(answer=st.text())
def test_arbitrary_answers_never_raise(answer: str) -> None:
    assert isinstance(names_customer(answer, DEFAULT_TERMS), bool)


@given(
    answer=st.text(max_size=200),
    term=st.text(max_size=30),
    synonyms=st.lists(st.text(max_size=30), max_size=5),
)
def test_arbitrary_terms_never_raise(answer: str, term: str, synonyms: list[str]) -> None:
    assert isinstance(checker(term, synonyms)(answer), bool)
