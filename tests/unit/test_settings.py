"""Settings: parsing each kind, refusing bad values, and the stored form (settings)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

import pytest

from focuscheck.domain.days import AwayPeriod
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.settings import (
    MAX_LIST,
    MAX_VALUE,
    SPECS,
    Kind,
    Settings,
    customer_word,
    format_value,
    parse_weekdays,
    set_value,
    settings_from_record,
    settings_to_record,
    spec_for,
    unset_value,
)
from focuscheck.i18n import set_language


def test_every_setting_has_a_spec_and_help() -> None:
    assert {spec.name for spec in SPECS} == {item.name for item in fields(Settings)}
    assert all(spec.help for spec in SPECS)


@pytest.mark.parametrize("name", ["customer_term", "Customer-Term", " customer_term "])
def test_names_are_forgiving(name: str) -> None:
    assert spec_for(name).name == "customer_term"


def test_an_unknown_setting_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError) as caught:
        spec_for("colour")
    assert "unknown setting 'colour'" in str(caught.value)
    assert "customer_term" in str(caught.value)


# (setting, values typed, value stored)
SETS: list[tuple[str, list[str], Any]] = [
    ("customer_term", ["  patient\x1b[2J "], "patient[2J"),
    ("organisation", ["Region  Norr\nVård"], "Region Norr Vård"),
    ("mission", ["Care for all.\r\nEvery day.  "], "Care for all.\nEvery day."),
    ("values", ["Openness", "Respect", "Openness", " "], ("Openness", "Respect")),
    ("values", ["Openness, honesty"], ("Openness, honesty",)),
    (
        "scrub_names",
        ["Björn Jönsson, Åsa Lindqvist", "Per"],
        ("Björn Jönsson", "Åsa Lindqvist", "Per"),
    ),
    ("scrub_names", ["Per,, Per ,"], ("Per",)),
    ("customer_synonyms", ["client"], ("client",)),
    ("language", ["SV"], "sv"),
    ("language", ["sv_SE.UTF-8"], "sv"),
    ("language", [""], ""),
    ("workdays", ["mon", "tue,wed"], (1, 2, 3)),
    ("workdays", ["Mån Tis ons 7"], (1, 2, 3, 7)),
    ("workdays", ["friday", "5"], (5,)),
    (
        "away",
        ["2026-12-24..2027-01-06, 2026-07-01..2026-07-31", " 2027-01-06..2027-01-08 "],
        (
            AwayPeriod(date(2026, 7, 1), date(2026, 7, 31)),
            AwayPeriod(date(2026, 12, 24), date(2027, 1, 8)),
        ),
    ),
    ("away", ["2026-12-24\n\n2026-12-25"], (AwayPeriod(date(2026, 12, 24), date(2026, 12, 25)),)),
    ("min_group_size", [" 8 "], 8),
    ("min_group_size", ["3"], 3),
    ("theme", ["nord"], "nord"),
    ("theme", [" Nord "], "nord"),
    ("theme", [""], ""),
]


@pytest.mark.parametrize(("name", "raw", "stored"), SETS)
def test_set_value(name: str, raw: list[str], stored: Any) -> None:
    changed = set_value(Settings(), name, raw)
    assert getattr(changed, name) == stored


# (setting, values typed, words in the message)
REFUSED: list[tuple[str, list[str], str]] = [
    ("language", ["fr"], "language must be one of: en, sv"),
    ("language", ["en", "sv"], "“Language” takes a single value"),
    ("customer_term", ["a", "b"], "“Word for the customer” takes a single value"),
    ("customer_term", [], "give a value for “Word for the customer”"),
    ("workdays", ["funday"], "'funday' is not a weekday"),
    ("workdays", ["8"], "'8' is not a weekday"),
    ("workdays", [" , "], "name at least one workday"),
    ("away", ["christmas"], "'christmas' is not a period of days"),
    ("away", ["2027-01-06..2026-12-24"], "is not a period of days"),
    ("away", ["2026-01-01..2027-06-01"], "is longer than a year"),
    ("min_group_size", ["2"], "between 3 and 1000"),
    ("min_group_size", ["1001"], "between 3 and 1000"),
    ("min_group_size", ["five"], "whole number"),
    ("team", ["x" * (MAX_VALUE + 1)], "“Team label” is too long (at most 2000 characters)"),
    ("values", [f"v{n}" for n in range(MAX_LIST + 1)], "“Values” takes at most 100 items"),
    ("nonsense", ["x"], "unknown setting"),
    ("theme", ["nonexistent"], "unknown theme 'nonexistent'; known themes: ansi-dark, ansi-light"),
    ("theme", ["../../etc"], "unknown theme '../../etc'"),
]


@pytest.mark.parametrize(("name", "raw", "words"), REFUSED)
def test_bad_values_are_refused(name: str, raw: list[str], words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        set_value(Settings(), name, raw)
    assert words in str(caught.value)


def test_unset_puts_the_default_back() -> None:
    changed = set_value(Settings(), "workdays", ["sat"])
    assert unset_value(changed, "workdays").workdays == (1, 2, 3, 4, 5)
    assert unset_value(Settings(values=("a",)), "values").values == ()


@pytest.mark.parametrize(
    ("settings", "name", "shown"),
    [
        (Settings(), "workdays", "mon tue wed thu fri"),
        (Settings(workdays=(6, 7)), "workdays", "sat sun"),
        (Settings(values=("Openness", "Respect")), "values", "Openness\nRespect"),
        (Settings(), "min_group_size", "5"),
        (
            Settings(away=(AwayPeriod(date(2026, 7, 1), date(2026, 7, 3)),)),
            "away",
            "2026-07-01..2026-07-03",
        ),
        (Settings(), "customer_term", ""),
    ],
)
def test_format_value(settings: Settings, name: str, shown: str) -> None:
    assert format_value(settings, name) == shown


def test_every_kind_is_covered_by_the_tests_above() -> None:
    tested = {spec_for(name).kind for name, _raw, _stored in SETS}
    assert tested == set(Kind)


class TestCustomerWord:
    def test_default_is_customer_in_the_current_language(self) -> None:
        assert customer_word(Settings()) == "customer"
        set_language("sv")
        assert customer_word(Settings()) == "kund"

    def test_the_configured_term_wins(self) -> None:
        set_language("sv")
        assert customer_word(Settings(customer_term="brukare")) == "brukare"


class TestStoredForm:
    def test_round_trip(self) -> None:
        settings = Settings(
            language="sv",
            customer_term="patient",
            customer_synonyms=("vårdtagare",),
            organisation="Region Norr",
            mission="Care\nfor all",
            values=("Openness", "Respect"),
            display_name="Ada",
            scrub_names=("Bo",),
            workdays=(1, 3, 5),
            away=(AwayPeriod(date(2026, 12, 24), date(2027, 1, 6)),),
            min_group_size=7,
            team="Team A",
            theme="nord",
        )
        record = settings_to_record(settings)
        assert record["values"] == ["Openness", "Respect"]
        assert record["workdays"] == [1, 3, 5]
        assert record["away"] == ["2026-12-24..2027-01-06"]
        assert settings_from_record(record) == settings

    def test_empty_record_gives_defaults(self) -> None:
        assert settings_from_record({}) == Settings()

    def test_values_that_no_longer_fit_fall_back_to_defaults(self) -> None:
        record = {"language": "klingon", "min_group_size": 1, "workdays": [], "team": "A"}
        record["theme"] = "../../etc"

        record["unknown"] = "kept out"
        assert settings_from_record(record) == Settings(team="A")


def test_weekdays_are_sorted_and_unique() -> None:
    assert parse_weekdays(["fri", "mon", "Friday"]) == (1, 5)
