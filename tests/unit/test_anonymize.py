"""Scrubbing personal data: a corpus in Swedish and English, and properties that always hold."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.coach.anonymize import TOKENS, Scrubber, ScrubKind, name_variants, voice_names
from focuscheck.coach.export_format import ExportFormat, ExportOptions, build_anonymized, render
from focuscheck.coach.name_words import COMMON_WORD_NAMES, all_languages
from focuscheck.domain.settings import Settings
from tests.unit.coach_support import entry
from tests.unit.scrub_corpus_support import leaked

NAMES = ("Anna Svensson", "Per", "Anna-Karin Öberg", "Lars")

#: (text, what must not survive, the kinds that must be found)
CORPUS: list[tuple[str, tuple[str, ...], tuple[ScrubKind, ...]]] = [
    # names, in running text, at the edges, by punctuation, any case, genitive
    ("Ringde Anna Svensson om leveransen.", ("Anna", "Svensson"), (ScrubKind.NAME,)),
    ("anna sa att blanketten var krånglig", ("anna",), (ScrubKind.NAME,)),
    ("Tack, ANNA!", ("ANNA",), (ScrubKind.NAME,)),
    ("Annas kund ringde igen", ("Annas", "Anna"), (ScrubKind.NAME,)),
    ("Per's idea saved the customer a trip", ("Per",), (ScrubKind.NAME,)),
    ("Per’s idé", ("Per",), (ScrubKind.NAME,)),
    ("Lars' förslag och Lars:s mejl", ("Lars",), (ScrubKind.NAME,)),
    ("(Anna-Karin) hjälpte kunden", ("Anna-Karin", "Karin", "Öberg"), (ScrubKind.NAME,)),
    ("Karin Öberg och öberg", ("Karin", "Öberg", "öberg"), (ScrubKind.NAME,)),
    ("”Per”", ("Per",), (ScrubKind.NAME,)),
    ("Svensson", ("Svensson",), (ScrubKind.NAME,)),
    # e-mail addresses
    (
        "Mail me at anna.svensson@example.com.",
        ("anna.svensson@example.com", "svensson"),
        (ScrubKind.EMAIL,),
    ),
    ("<kundtjanst@firma.se>", ("kundtjanst@firma.se",), (ScrubKind.EMAIL,)),
    ("info@kommun.se", ("info@kommun.se",), (ScrubKind.EMAIL,)),
    ("skriv till åsa.ek+test@förening.nu, tack", ("åsa.ek+test@förening.nu",), (ScrubKind.EMAIL,)),
    # phone numbers, Swedish and international
    (
        "Ring 070-123 45 67 eller 08-123 456 78.",
        ("070-123 45 67", "08-123 456 78", "123 45"),
        (ScrubKind.PHONE,),
    ),
    ("Call +46 70 123 45 67!", ("+46 70 123 45 67", "123 45 67"), (ScrubKind.PHONE,)),
    ("+46 (0)70-123 45 67", ("70-123", "45 67"), (ScrubKind.PHONE,)),
    ("0701234567", ("0701234567",), (ScrubKind.PHONE,)),
    ("tel:0046 8 123 456 78", ("8 123 456 78",), (ScrubKind.PHONE,)),
    (
        "US office: +1 (555) 123-4567; UK: +44 20 7946 0958",
        ("555", "4567", "7946"),
        (ScrubKind.PHONE,),
    ),
    ("(555) 123-4567", ("123-4567",), (ScrubKind.PHONE,)),
    # personal identity numbers, all their forms
    ("personnummer 850101-1234", ("850101", "1234"), (ScrubKind.ID_NUMBER,)),
    ("19850101-1234 och 198501011234", ("19850101", "198501011234"), (ScrubKind.ID_NUMBER,)),
    ("8501011234", ("8501011234",), (ScrubKind.ID_NUMBER,)),
    ("hundraåring: 250101+1234.", ("250101", "+1234"), (ScrubKind.ID_NUMBER,)),
    ("samordningsnummer 850161-1234", ("850161",), (ScrubKind.ID_NUMBER,)),
    ("010101-1234 is a young colleague", ("010101", "1234"), (ScrubKind.ID_NUMBER,)),
    # URLs
    (
        "See https://intranet.example.se/team?id=42.",
        ("intranet", "example.se", "id=42"),
        (ScrubKind.URL,),
    ),
    ("www.example.com, sedan example.org/sida", ("example.com", "example.org"), (ScrubKind.URL,)),
    ("(http://x.se/a)", ("x.se",), (ScrubKind.URL,)),
    ("https://kommun.se", ("kommun.se",), (ScrubKind.URL,)),
]

#: Text that must come through unchanged: dates, times, amounts and abbreviations.
UNTOUCHED = (
    "Mötet 2026-11-26 kl. 08.30–17.00, t.ex. om faktura 1 234 kr.",
    "Week 48 (2026-W48): 3 of 5 customers, 0.5 days saved, 01/12/2026.",
    "Kunden ringde om ärende 4711 och 2019-2026.",
)


def leaks(output: str, secrets: tuple[str, ...]) -> list[str]:
    """The secrets still readable in ``output`` (names as whole words, others anywhere)."""
    visible = token_free(output).casefold()
    found = []
    for secret in secrets:
        key = secret.casefold()
        if key.isalpha() or "-" in key:
            if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", visible):
                found.append(secret)
        elif key in visible:
            found.append(secret)
    return found


def token_free(text: str) -> str:
    for token in TOKENS.values():
        text = text.replace(token, " ")
    return text


@pytest.mark.parametrize(("text", "secrets", "kinds"), CORPUS)
def test_corpus_is_scrubbed(
    text: str, secrets: tuple[str, ...], kinds: tuple[ScrubKind, ...]
) -> None:
    scrubbed, counts = Scrubber(NAMES).scrub(text)
    assert leaks(scrubbed, secrets) == []
    for kind in kinds:
        assert counts.get(kind) >= 1, (kind, scrubbed)
        assert TOKENS[kind] in scrubbed


@pytest.mark.parametrize("text", UNTOUCHED)
def test_ordinary_numbers_and_dates_are_left_alone(text: str) -> None:
    assert Scrubber(NAMES).scrub(text) == (text, Scrubber().scrub("")[1])


def test_tokens_are_visible_and_counted_per_kind() -> None:
    text = "Anna (anna@firma.se, 070-123 45 67) och Per"
    scrubbed, counts = Scrubber(NAMES).scrub(text)
    assert scrubbed == "[name] ([email], [phone]) och [name]"
    assert counts.get(ScrubKind.NAME) == 2
    assert counts.get(ScrubKind.EMAIL) == 1
    assert counts.total == 4


def test_names_match_whole_words_only() -> None:
    scrubber = Scrubber(["Per", "Anna"])
    assert scrubber.scrub("Supporten hade personal och Annabelle")[0] == (
        "Supporten hade personal och Annabelle"
    )


def test_name_variants_include_parts_and_skip_single_letters() -> None:
    variants = name_variants(["Anna-Karin Öberg", "J", " "])
    assert {"anna-karin öberg", "anna-karin", "anna", "karin", "öberg"} <= set(variants)
    assert "j" not in variants


def test_voice_names_finds_people_but_not_the_customer() -> None:
    found = voice_names(
        "Anna from support said the invoice confused them. We met Karl on Monday. "
        "Kunden: ”Det tar för lång tid”, enligt Britt",
        lambda word: word.casefold().startswith("kund"),
    )
    assert {"Anna", "Karl", "Britt"} <= found
    assert "Kunden" not in found
    assert "Monday" not in found
    assert "We" not in found


def corpus_entries() -> list:
    """Check-ins carrying the whole corpus in every free-text field and the tags."""
    items = []
    for text, _secrets, _kinds in CORPUS:
        items.append(
            entry(
                value=text,
                salary=text,
                mission=text,
                voice_quote=text,
                waste_note=text,
                tags=(text[:60], "anna", "call-with-per"),
            )
        )
    return items


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_no_leak_in_json_or_csv_exports(export_format: ExportFormat) -> None:
    settings = Settings(
        display_name="Anna Svensson", scrub_names=("Per", "Anna-Karin Öberg", "Lars")
    )
    export = build_anonymized(corpus_entries(), settings, "p-0123456789abcdef", ExportOptions())
    output = render(export.document, export_format)
    # The pseudonym and checksum are hex and may hold any short run of digits.
    for value in (export.document["participant"], export.document["checksum"]):
        output = output.replace(value, "")
    secrets = [secret for _text, found, _kinds in CORPUS for secret in found]
    assert leaks(output, (*secrets, "anna", "per")) == []
    assert export.counts.total > 0


# -- properties ----------------------------------------------------------------

NAME = st.from_regex(r"[A-ZÅÄÖÉ][a-zåäöé]{1,9}", fullmatch=True)
FILLER = st.sampled_from(
    ["the", "kunden", "sa", "att", "och", "customer", "called", "fakturan", "idag", "2026", "kl."]
)
PUNCTUATION = st.sampled_from(["", ",", ".", "!", "?", ":", ";", ")", "”", "'s", "s", ":s", "’"])
OPENING = st.sampled_from(["", "(", "”", '"', "«", "-", "\n"])
CASES = st.sampled_from([str.lower, str.upper, str.title, str])
CAPITALISED = st.sampled_from([str.upper, str.title, str])
EVERYDAY_WORDS = all_languages(COMMON_WORD_NAMES)


@st.composite
def text_with_names(draw: st.DrawFn) -> tuple[list[str], str]:
    names = draw(st.lists(NAME, min_size=1, max_size=3))
    pieces = []
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.booleans()):
            name = draw(st.sampled_from(names))
            # A name that is also an everyday word ("Per", "Ek") is a name only with
            # a capital or next to a word of saying; in lower case alone it is the word.
            cases = CAPITALISED if name.casefold() in EVERYDAY_WORDS else CASES
            pieces.append(draw(OPENING) + draw(cases)(name) + draw(PUNCTUATION))
        else:
            pieces.append(draw(FILLER))
    return names, " ".join(pieces)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.lists(st.text(max_size=12), max_size=4))
def test_scrubbing_never_raises(text: str, names: list[str]) -> None:
    scrubbed, counts = Scrubber(names).scrub(text)
    assert isinstance(scrubbed, str)
    assert counts.total >= 0


@settings(max_examples=300, deadline=None)
@given(text_with_names())
def test_scrubbing_never_lets_a_known_name_through(case: tuple[list[str], str]) -> None:
    names, text = case
    scrubbed, _counts = Scrubber(names).scrub(text)
    assert leaks(scrubbed, tuple(names)) == []


SENSITIVE = st.one_of(
    st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,5})?@[a-z]{2,8}\.(se|com|nu)", fullmatch=True),
    st.from_regex(r"(\+46 ?|0)7[0-9]( ?[0-9]){7}", fullmatch=True),
    st.from_regex(
        r"(19|20)?[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9])[-+]?[0-9]{4}", fullmatch=True
    ),
    st.from_regex(r"https?://[a-z]{2,8}\.(se|com)(/[a-z0-9]{0,6})?", fullmatch=True),
    st.text(max_size=20),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SENSITIVE, max_size=6), st.sampled_from([" ", ", ", "\n", "(", ""]))
def test_scrubbed_text_passes_the_coach_side_check(parts: list[str], glue: str) -> None:
    """What the exporter writes never trips the check the coach side runs on it."""
    scrubbed, _counts = Scrubber(["Anna"]).scrub(glue.join(parts))
    assert Scrubber().first_find(scrubbed) is None


# -- normalised matching, known names, identity numbers -------------------------


def test_what_is_not_scrubbed_keeps_its_original_characters() -> None:
    text = "Ring 070\u2010123 45 67 – ”Per’s idé” ﬁnns i ２０２６"
    assert Scrubber(["Per"]).scrub(text)[0] == "Ring [phone] – ”[name] idé” ﬁnns i ２０２６"


def test_names_match_by_casefolding_on_both_sides() -> None:
    scrubber = Scrubber(["Jürgen Strauß", "Siobhán O’Brien"])
    text = "STRAUSS, strauss, Strauß, O'Brien's och o’brien"
    assert scrubber.scrub(text)[0] == "[name], [name], [name], [name] och [name]"


def test_a_comma_in_a_given_name_separates_two_names() -> None:
    variants = name_variants(["Björn Jönsson, Åsa Lindqvist"])
    assert {"björn jönsson", "åsa lindqvist", "björn", "jönsson", "åsa", "lindqvist"} <= set(
        variants
    )
    assert not any("," in variant for variant in variants)


def test_name_particles_are_scrubbed_only_within_the_whole_name() -> None:
    scrubber = Scrubber(["Astrid van der Berg"])
    assert scrubber.scrub("Astrid van der Berg och de andra")[0] == "[name] och de andra"
    assert scrubber.scrub("Berg sa det")[0] == "[name] sa det"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Det kostar 100 kr per timme.", "Det kostar 100 kr per timme."),
        ("Per ringde kunden.", "[name] ringde kunden."),
        ("Kunden frågade efter Per.", "Kunden frågade efter [name]."),
        ("sa per till mig", "sa [name] till mig"),
        ("per said it was fine", "[name] said it was fine"),
        ("Pers förslag", "[name] förslag"),
        ("Per Andersson och per", "[name] och per"),
    ],
)
def test_a_name_that_is_also_a_word_is_scrubbed_only_where_it_stands_as_a_name(
    text: str, expected: str
) -> None:
    assert Scrubber(["Per Andersson"]).scrub(text)[0] == expected


def test_a_name_typed_without_its_accents_is_scrubbed_where_capitalised() -> None:
    scrubber = Scrubber(["Björn Bäck", "Søren"])
    text = "Bjorn Back och Soren ringde; we will call back later."
    assert scrubber.scrub(text)[0] == "[name] och [name] ringde; we will call back later."


def test_in_a_tag_a_name_that_is_also_a_word_is_scrubbed_in_any_case() -> None:
    assert Scrubber(["Per"]).scrub("call-with-per", label=True)[0] == "call-with-[name]"


def test_a_full_name_at_the_start_of_a_voice_quote_is_taken_whole() -> None:
    found = voice_names("Helen Carter said the invoice was wrong.")
    assert {"Helen", "Carter", "Helen Carter"} <= found


@pytest.mark.parametrize(
    ("quote", "name"),
    [
        ("Gunilla i receptionen berättade att kön var lång.", "Gunilla"),
        ("Ahmed in sales heard the same complaint.", "Ahmed"),
        ("yusuf sa att kön var lång.", "yusuf"),
        ("”Inget svar på tre veckor”, sa leila.", "leila"),
    ],
)
def test_a_voice_quote_names_the_speaker_a_few_words_from_the_word_of_saying(
    quote: str, name: str
) -> None:
    assert name in voice_names(quote)


def test_pronouns_and_roles_before_a_word_of_saying_are_not_names() -> None:
    found = voice_names("Vi i teamet sa ja. Someone in sales said no. Hon sa nej.")
    assert found == set()


def test_an_identity_number_with_a_wrong_check_digit_is_still_scrubbed() -> None:
    # 850101-1234 fails the Luhn check; a mistyped number still points at someone.
    scrubbed, counts = Scrubber().scrub("pnr 850101-1234 och 811218-9876")
    assert scrubbed == "pnr [id-number] och [id-number]"
    assert counts.get(ScrubKind.ID_NUMBER) == 2


def test_ten_digits_from_zero_are_an_identity_number_only_with_a_valid_check_digit() -> None:
    assert Scrubber().scrub("0701234567")[0] == "[phone]"
    assert Scrubber().scrub("0101012383")[0] == "[id-number]"


@pytest.mark.parametrize(
    "text",
    [
        "user@[192.168.10.4]",
        "anna(at)firma.se",
        "file:///home/anna/dokument/kund.pdf",
        "C:\\Users\\anna\\Desktop",
        "\\\\server\\home\\anna",
        "192.168.10.4",
    ],
)
def test_address_forms_without_a_usual_shape_are_scrubbed(text: str) -> None:
    scrubbed, counts = Scrubber().scrub(text)
    assert "anna" not in scrubbed and "192" not in scrubbed
    assert counts.total == 1


INVISIBLE = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"])
KNOWN_ITEMS = st.sampled_from(
    [
        (ScrubKind.NAME, "Svensson"),
        (ScrubKind.NAME, "Anna-Karin"),
        (ScrubKind.NAME, "Öberg"),
        (ScrubKind.PHONE, "070-123 45 67"),
        (ScrubKind.PHONE, "+46 8 123 456 78"),
        (ScrubKind.PHONE, "(555) 123-4567"),
        (ScrubKind.ID_NUMBER, "850101-1234"),
        (ScrubKind.ID_NUMBER, "19811218-9876"),
        (ScrubKind.EMAIL, "anna.svensson@example.com"),
        (ScrubKind.URL, "https://intranet.example.se/team"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    KNOWN_ITEMS,
    st.lists(st.tuples(st.integers(1, 30), INVISIBLE), min_size=1, max_size=4),
    st.sampled_from(["{} ringde", "Call {}.", "({})", "{}"]),
)
def test_invisible_characters_inside_a_known_item_never_let_it_through(
    item: tuple[ScrubKind, str], insertions: list[tuple[int, str]], template: str
) -> None:
    kind, value = item
    hidden = value
    for position, char in insertions:
        cut = 1 + position % (len(hidden) - 1)
        hidden = hidden[:cut] + char + hidden[cut:]
    scrubbed, _counts = Scrubber(NAMES).scrub(template.format(hidden))
    assert not leaked(kind, value, scrubbed), scrubbed


MIXED = st.lists(
    st.one_of(SENSITIVE, NAME, st.sampled_from(NAMES), st.text(max_size=15)), max_size=8
)
TOKEN = re.compile("|".join(re.escape(token) for token in TOKENS.values()))


@settings(max_examples=300, deadline=None)
@given(MIXED, st.sampled_from([" ", ", ", "\n", "", "\u200b"]))
def test_text_outside_the_scrubbed_spans_is_kept_exactly(parts: list[str], glue: str) -> None:
    text = glue.join(parts)
    scrubbed, _counts = Scrubber(NAMES).scrub(text)
    position = 0
    for piece in TOKEN.split(scrubbed):
        found = text.find(piece, position)
        assert found >= 0, (piece, text)
        position = found + len(piece)


@settings(max_examples=300, deadline=None)
@given(MIXED, st.sampled_from([" ", ", ", "\n", ""]))
def test_scrubbing_twice_changes_nothing_more(parts: list[str], glue: str) -> None:
    scrubber = Scrubber(NAMES)
    once, _counts = scrubber.scrub(glue.join(parts))
    twice, counts = scrubber.scrub(once)
    assert twice == once
    assert counts.total == 0
