"""The public entry format: what is accepted, what is refused and why (entry_format)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from focuscheck.domain.entry import FIELDS, TEXT_FIELDS, Entry
from focuscheck.domain.entry_format import (
    clean_tags,
    entry_from_record,
    entry_to_record,
    rating,
)
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import MAX_TAG, MAX_TAGS, MAX_TEXT

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))
ENTRY_ID = "0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11"

#: Every field of the format, with a value other than its default.
FULL: dict[str, Any] = {
    "id": ENTRY_ID,
    "date": "2026-11-25",
    "created_at": "2026-11-25T17:00:00+01:00",
    "updated_at": "2026-11-25T17:05:00+01:00",
    "salary": "The customer",
    "cornerstone": "Customer focus",
    "mission": "Healthy people in a healthy town",
    "salary_aligned": True,
    "cornerstone_aligned": False,
    "mission_clarity": 4,
    "value": "Fixed the invoice bug a customer reported",
    "voice_source": "customer",
    "voice_quote": "It finally adds up",
    "voice_shared": True,
    "waste_category": "red_tape",
    "waste_note": "Three signatures for a refund",
    "waste_status": "resolved",
    "waste_raised_on": "2026-11-27",
    "waste_raised_where": "Retro 2026-11-27",
    "waste_closed_on": "2026-12-01",
    "waste_outcome": "One signature now",
    "focus": 5,
    "tags": ["support", "billing"],
}


def never(_answer: str) -> bool:
    return False


def says_customer(answer: str) -> bool:
    return "customer" in answer.lower()


def parse(raw: object, is_aligned: Any = never) -> Entry:
    return entry_from_record(raw, now=NOW, is_aligned=is_aligned)


def minimal(**extra: Any) -> dict[str, Any]:
    return {"date": "2026-11-26", "value": "Answered a patient's call", **extra}


class TestRoundTrip:
    def test_every_field_survives(self) -> None:
        entry = parse(FULL)
        assert entry_to_record(entry) == FULL

    def test_record_keeps_the_documented_field_order(self) -> None:
        assert tuple(entry_to_record(parse(FULL))) == FIELDS

    def test_parsed_values_are_typed(self) -> None:
        entry = parse(FULL)
        assert entry.date == date(2026, 11, 25)
        assert entry.created_at.utcoffset() == timedelta(hours=1)
        assert entry.voice_source is VoiceSource.CUSTOMER
        assert entry.waste_category is WasteCategory.RED_TAPE
        assert entry.tags == ("support", "billing")

    def test_text_joins_free_text_and_tags_for_search(self) -> None:
        text = parse(FULL).text()
        for name in TEXT_FIELDS:
            assert FULL[name] in text
        assert "billing" in text


class TestDefaults:
    def test_missing_id_gets_a_fresh_uuid(self) -> None:
        first, second = parse(minimal()), parse(minimal())
        assert uuid.UUID(first.id).version == 4
        assert first.id != second.id

    def test_id_is_normalised(self) -> None:
        braced = "{" + ENTRY_ID.upper() + "}"
        assert parse(minimal(id=braced)).id == ENTRY_ID

    def test_missing_timestamps_are_now(self) -> None:
        entry = parse(minimal())
        assert entry.created_at == entry.updated_at == NOW

    def test_missing_updated_at_follows_created_at(self) -> None:
        entry = parse(minimal(created_at="2026-11-20T08:00:00+01:00"))
        assert entry.updated_at == entry.created_at

    def test_updated_before_created_is_lifted(self) -> None:
        entry = parse(
            minimal(created_at="2026-11-20T08:00:00+01:00", updated_at="2026-11-19T08:00:00Z")
        )
        assert entry.updated_at == entry.created_at

    def test_optional_fields_default(self) -> None:
        entry = parse(minimal())
        assert entry.voice_source is VoiceSource.NONE
        assert entry.waste_category is None
        assert entry.focus is None and entry.mission_clarity is None
        assert entry.tags == ()

    def test_nulls_and_empty_strings_mean_not_given(self) -> None:
        raw = minimal(
            salary=None,
            voice_source="",
            waste_category=None,
            focus="",
            mission_clarity=None,
            tags=None,
            id="",
        )
        entry = parse(raw)
        assert entry.salary == ""
        assert entry.voice_source is VoiceSource.NONE
        assert entry.focus is None and entry.tags == ()

    def test_alignment_is_computed_when_absent(self) -> None:
        entry = parse(minimal(salary="Our customers", cornerstone="Profit"), says_customer)
        assert entry.salary_aligned is True
        assert entry.cornerstone_aligned is False

    def test_alignment_given_wins_over_computed(self) -> None:
        raw = minimal(salary="Our customers", salary_aligned=False)
        assert parse(raw, says_customer).salary_aligned is False


class TestCleaning:
    def test_control_and_bidi_characters_are_removed(self) -> None:
        entry = parse(
            minimal(
                value="ok\x1b[31m red\u202e evil\x07",
                voice_source="customer",
                voice_quote=" hi\r\nthere ",
            )
        )
        assert entry.value == "ok[31m red evil"
        assert entry.voice_quote == "hi\nthere"

    def test_tags_are_trimmed_deduplicated_and_lose_their_hash(self) -> None:
        assert clean_tags(["#Support", " support ", "billing", "", "  "]) == ("Support", "billing")

    def test_a_tag_is_cleaned_once_for_all(self) -> None:
        # A soft hyphen after "# " only goes once the "#" has: it must not stay until the next save.
        assert clean_tags(["# \xad0", "# \xad#x"]) == ("0", "x")

    def test_tags_as_text_split_on_commas_and_semicolons(self) -> None:
        assert clean_tags("a, b;c") == ("a", "b", "c")

    def test_tag_whitespace_collapses(self) -> None:
        assert clean_tags(["front\n  desk"]) == ("front desk",)

    def test_a_hash_before_an_invisible_character_is_cleaned_at_once(self) -> None:
        assert clean_tags(["#\u00ad0", "#\u00ad#a"]) == ("0", "a")
        assert clean_tags(clean_tags(["#\u200b# b"])) == clean_tags(["#\u200b# b"]) == ("b",)


# (record changes, field named in the error, words in the message)
INVALID: list[tuple[dict[str, Any], str, str]] = [
    ({"date": None}, "date", "date is required"),
    ({"date": "26/11/2026"}, "date", "YYYY-MM-DD"),
    ({"date": "2026-W48-4"}, "date", "YYYY-MM-DD"),
    ({"date": "2026-02-30"}, "date", "not a real date"),
    ({"date": 20261126}, "date", "YYYY-MM-DD"),
    ({"value": ""}, "value", "value is required"),
    ({"value": "   \n "}, "value", "value is required"),
    ({"value": 42}, "value", "value must be text"),
    ({"salary": ["a"]}, "salary", "salary must be text"),
    ({"mission": "x" * (MAX_TEXT + 1)}, "mission", "too long"),
    ({"id": 7}, "id", "text UUID"),
    ({"id": "not-a-uuid"}, "id", "not a UUID"),
    ({"created_at": "yesterday"}, "created_at", "ISO 8601"),
    ({"created_at": "2026-11-26T09:00:00"}, "created_at", "UTC offset"),
    ({"updated_at": 1764145800}, "updated_at", "ISO 8601"),
    ({"salary_aligned": "yes"}, "salary_aligned", "true or false"),
    ({"cornerstone_aligned": 1}, "cornerstone_aligned", "true or false"),
    ({"focus": 0}, "focus", "1 to 5"),
    ({"focus": 6}, "focus", "1 to 5"),
    ({"focus": "3"}, "focus", "1 to 5"),
    ({"focus": True}, "focus", "1 to 5"),
    ({"focus": 2.5}, "focus", "1 to 5"),
    ({"mission_clarity": -1}, "mission_clarity", "1 to 5"),
    ({"voice_source": "manager"}, "voice_source", "customer, colleague, none"),
    ({"voice_source": ["customer"]}, "voice_source", "one of"),
    ({"waste_category": "meetings"}, "waste_category", "admin, unclarity"),
    ({"tags": 5}, "tags", "list of text"),
    ({"tags": ["ok", 5]}, "tags", "list of text"),
    ({"tags": ["x" * (MAX_TAG + 1)]}, "tags", "too long"),
    ({"tags": [f"t{n}" for n in range(MAX_TAGS + 1)]}, "tags", "too many tags"),
    ({"colour": "red"}, "colour", "unknown field colour"),
    ({"voice_source": "none"}, "voice_quote", "voice_quote must be empty when voice_source"),
    ({"voice_source": None}, "voice_quote", "a quote needs someone who said it"),
]


@pytest.mark.parametrize(("changes", "field", "words"), INVALID)
def test_invalid_records_are_refused_naming_the_field(
    changes: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse({**FULL, **changes})
    assert caught.value.field == field
    assert words in str(caught.value)


@pytest.mark.parametrize("raw", [None, [], "entry", 5])
def test_a_record_must_be_an_object(raw: object) -> None:
    with pytest.raises(ValidationError, match="JSON object"):
        parse(raw)


def test_a_stored_quote_with_no_one_heard_is_read_as_it_was_saved() -> None:
    raw = minimal(voice_source="none", voice_quote="Saved before the rule")
    entry = entry_from_record(raw, now=NOW, is_aligned=never, stored=True)
    assert entry.voice_quote == "Saved before the rule"


def test_unknown_fields_pass_when_not_strict() -> None:
    entry = entry_from_record(minimal(colour="red"), now=NOW, is_aligned=never, strict=False)
    assert entry.value == "Answered a patient's call"


def test_hostile_date_is_quoted_short() -> None:
    with pytest.raises(ValidationError) as caught:
        parse(minimal(date="9999-99-99"))
    assert "'9999-99-99'" in str(caught.value)


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), (1, 1), (5, 5)])
def test_rating_accepts_one_to_five_or_nothing(value: object, expected: int | None) -> None:
    assert rating(value, "focus") == expected


def test_messages_follow_the_language() -> None:
    from focuscheck.i18n import set_language

    set_language("sv")
    with pytest.raises(ValidationError) as caught:
        parse(minimal(focus=9))
    assert "1 till 5" in str(caught.value)


def test_a_semicolon_in_a_tag_makes_two_tags_so_csv_round_trips() -> None:
    from focuscheck.domain.entry_format import clean_tags

    assert clean_tags(["support;billing", "billing"]) == ("support", "billing")
    assert clean_tags(["a;;b; "]) == ("a", "b")
