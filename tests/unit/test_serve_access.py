"""Who a served focuscheck answers: the right token, from its own page."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from focuscheck.domain.errors import ValidationError
from focuscheck.serving.access import (
    MIN_TOKEN_LENGTH,
    Refusal,
    checked_token,
    new_token,
    refusal,
    same_origin,
)

HOST = "127.0.0.1:8000"
TOKEN = new_token()


def test_a_new_token_holds_at_least_128_random_bits_and_fits_in_a_link() -> None:
    tokens = {new_token() for _ in range(50)}
    assert len(tokens) == 50
    for token in tokens:
        assert len(token) >= 43  # 32 random bytes in URL-safe base64
        checked_token(token)


@given(st.text(max_size=60))
def test_any_other_token_is_refused(token: str) -> None:
    refused = refusal(token, TOKEN, None, HOST, "http")
    assert refused in (Refusal.NO_TOKEN, Refusal.WRONG_TOKEN) or token == TOKEN


def test_the_right_token_from_the_page_itself_is_served() -> None:
    assert refusal(TOKEN, TOKEN, None, HOST, "http") is None
    assert refusal(TOKEN, TOKEN, "http://127.0.0.1:8000", HOST, "http") is None


def test_a_missing_token_is_told_apart_from_a_wrong_one() -> None:
    assert refusal(None, TOKEN, None, HOST, "http") is Refusal.NO_TOKEN
    assert refusal("", TOKEN, None, HOST, "http") is Refusal.NO_TOKEN
    assert refusal(TOKEN[:-1], TOKEN, None, HOST, "http") is Refusal.WRONG_TOKEN


@pytest.mark.parametrize(
    "origin",
    [
        "http://attacker.example",
        "null",
        "http://127.0.0.1:8001",
        "https://127.0.0.1:8000",
        "http://localhost:8000",
    ],
)
def test_a_request_from_another_origin_is_refused_even_with_the_token(origin: str) -> None:
    assert not same_origin(origin, HOST, "http")
    assert refusal(TOKEN, TOKEN, origin, HOST, "http") is Refusal.FOREIGN_ORIGIN


def test_refusals_say_what_to_do() -> None:
    assert "link" in Refusal.WRONG_TOKEN.message()
    assert "other sites" in Refusal.FOREIGN_ORIGIN.message()


@pytest.mark.parametrize(
    "token", ["short", "x" * (MIN_TOKEN_LENGTH - 1), "a b c d e f g h i j", "ö" * 20]
)
def test_a_chosen_token_must_be_long_and_plain(token: str) -> None:
    with pytest.raises(ValidationError):
        checked_token(token)
