"""Hypothesis strategies for text a person (or a pasted file) could throw at focuscheck."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any, Final

from hypothesis import strategies as st

from focuscheck.domain.clock import CALENDAR_YEARS
from focuscheck.domain.entry import FIELDS, TEXT_FIELDS, Entry
from focuscheck.domain.entry_format import entry_from_record
from focuscheck.domain.errors import ValidationError

#: Markup, escape sequences and invisible controls that must stay inert text.
SNIPPETS: Final = (
    "[/]",
    "[@click=app.quit]quit[/]",
    "[@click=app.bell]ring[/]",
    "[link=https://evil.example]Your bank[/link]",
    "[link='https://evil.example']x[/]",
    "[bold red on white]shout",
    "[reverse]",
    "\\[escaped]",
    "\x1b[2J",
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",
    "\x1b]0;new title\x07",
    "\x9b2J",
    "\x9d8;;https://evil.example\x9c",
    "\x07\x08\x7f",
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "\u200f\u200e",
    "\r\n",
    "\r",
    "\t",
    "\n\n",
    "\ud800",
    "\udfff",
    "\x00",
    "# heading",
    "<script>alert(1)</script>",
    "| a | b |",
    "*bold* _em_ `code`",
    "=1+1",
    "a;b,c",
    "\u00a0\u2028\u200d",
    "👩‍💻",
)

#: Any code point, surrogates included.
ANY_CHARACTER: Final = st.characters(exclude_categories=())
ANY_TEXT: Final = st.text(alphabet=ANY_CHARACTER, max_size=80)
HOSTILE_TEXT: Final = st.lists(
    st.one_of(st.sampled_from(SNIPPETS), ANY_TEXT, st.text(max_size=20)), max_size=6
).map("".join)
#: Values far beyond every limit: a 1 MB paste, and a long hostile one.
HUGE_TEXT: Final = st.sampled_from(["x" * 1_000_000, "\x1b[2J[/]" * 120_000, "a\n" * 15_000])
TEN_THOUSAND_TAGS: Final = st.sampled_from(
    [[f"tag{n}" for n in range(10_000)], ["same"] * 10_000, ["[/]\x1b"] * 10_000]
)

NOW: Final = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))

JSON_SCALARS: Final = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    HOSTILE_TEXT,
)
JSON_VALUES: Final = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(HOSTILE_TEXT, inner, max_size=4)
    ),
    max_leaves=8,
)


def _field_value(name: str) -> st.SearchStrategy[Any]:
    """Mostly plausible values for ``name``, often hostile, sometimes of any JSON type."""
    plausible: dict[str, st.SearchStrategy[Any]] = {
        "id": st.one_of(st.uuids().map(str), HOSTILE_TEXT),
        "date": st.one_of(st.dates().map(lambda d: d.isoformat()), HOSTILE_TEXT),
        "created_at": st.one_of(
            st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()), HOSTILE_TEXT
        ),
        "updated_at": st.one_of(
            st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()), HOSTILE_TEXT
        ),
        "salary_aligned": st.booleans(),
        "cornerstone_aligned": st.booleans(),
        "mission_clarity": st.one_of(st.none(), st.integers(0, 6)),
        "focus": st.one_of(st.none(), st.integers(0, 6)),
        "voice_source": st.sampled_from(["customer", "colleague", "none", "", "Customer"]),
        "waste_category": st.sampled_from(["admin", "red_tape", "other", None, "waste"]),
        "tags": st.one_of(st.lists(HOSTILE_TEXT, max_size=8), HOSTILE_TEXT, TEN_THOUSAND_TAGS),
    }
    text = st.one_of(HOSTILE_TEXT, HUGE_TEXT) if name in TEXT_FIELDS else st.nothing()
    return st.one_of(plausible.get(name, st.nothing()), text, JSON_VALUES)


RAW_RECORDS: Final = st.fixed_dictionaries(
    {"value": st.one_of(HOSTILE_TEXT, HUGE_TEXT, JSON_VALUES)},
    optional={
        **{name: _field_value(name) for name in FIELDS if name != "value"},
        "unexpected": JSON_VALUES,
    },
)


#: Dates and times the entry format can accept at all (drawing outside it only wastes examples).
_FIRST_DAY: Final = date(CALENDAR_YEARS.start, 1, 1)
_LAST_DAY: Final = date(CALENDAR_YEARS.stop - 1, 12, 31)
_CALENDAR_DATES: Final = st.dates(min_value=_FIRST_DAY, max_value=_LAST_DAY)
_CALENDAR_TIMES: Final = st.datetimes(
    min_value=datetime.combine(_FIRST_DAY, datetime.min.time()) + timedelta(days=1),
    max_value=datetime.combine(_LAST_DAY, datetime.min.time()),
    timezones=st.timezones(),
)


def _accept(raw: dict[str, Any]) -> Entry | None:
    try:
        return entry_from_record(raw, now=NOW, is_aligned=lambda _text: False)
    except ValidationError:
        return None


#: Entries the entry format accepted from hostile input (validation is the only way in).
ACCEPTED_ENTRIES: Final = (
    st.fixed_dictionaries(
        {
            "date": _CALENDAR_DATES.map(lambda d: d.isoformat()),
            "value": HOSTILE_TEXT.filter(lambda text: any(c.isalnum() for c in text)),
        },
        optional={
            **{name: HOSTILE_TEXT for name in TEXT_FIELDS if name != "value"},
            "tags": st.lists(HOSTILE_TEXT, max_size=8),
            "focus": st.integers(1, 5),
            "voice_source": st.sampled_from(["customer", "colleague", "none"]),
            "waste_category": st.sampled_from(["admin", "unclarity", "rigidity", "red_tape"]),
            "created_at": _CALENDAR_TIMES.map(lambda d: d.isoformat()),
        },
    )
    .map(_accept)
    .filter(lambda entry: entry is not None)
)
