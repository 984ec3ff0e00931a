"""The person's settings and organisation profile, and how each can be set.

One table of :class:`SettingSpec` drives ``focuscheck config``, the settings
screen and validation, so a setting behaves the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from typing import Any, Final

from focuscheck.domain.customer_term import CustomerTerm, known_swedish, swedish_forms_from
from focuscheck.domain.days import MAX_AWAY_DAYS, AwayPeriod, WorkCalendar, merged
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.text import clean_line, clean_text
from focuscheck.domain.themes import THEMES
from focuscheck.i18n import N_, _, normalize_language
from focuscheck.i18n.domains import LANGUAGES

MIN_GROUP_FLOOR: Final = 3
DEFAULT_MIN_GROUP: Final = 5
MAX_LIST: Final = 100
MAX_VALUE: Final = 2_000

WEEKDAYS_EN: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS_SV: Final = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")


class Kind(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    LIST = "list"
    LANGUAGE = "language"
    WEEKDAYS = "weekdays"
    AWAY = "away"
    GROUP_SIZE = "group_size"
    THEME = "theme"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a person can configure.  Empty values mean "use the default"."""

    language: str = ""
    """``en`` or ``sv``; empty follows the system locale."""
    customer_term: str = ""
    """The word for the customer (patient, citizen…); empty means "customer"/"kund"."""
    customer_term_definite: str = ""
    """Swedish: the word with the definite article (kunden, brukaren)."""
    customer_term_plural: str = ""
    """Swedish: the plural (kunder, brukare)."""
    customer_term_definite_plural: str = ""
    """Swedish: the definite plural (kunderna, brukarna)."""
    customer_term_compound: str = ""
    """Swedish: the form that starts a compound (kund in kundfokus, medlems in medlemsfokus)."""
    customer_synonyms: tuple[str, ...] = ()
    """Other words that also mean the customer here."""
    organisation: str = ""
    mission: str = ""
    """The organisation's stated mission or purpose."""
    values: tuple[str, ...] = ()
    """The organisation's stated values."""
    display_name: str = ""
    """The person's own name; never exported, always scrubbed."""
    scrub_names: tuple[str, ...] = ()
    """Further names to remove from anonymized exports."""
    workdays: tuple[int, ...] = (1, 2, 3, 4, 5)
    """ISO weekdays (1 = Monday) that count towards the streak."""
    away: tuple[AwayPeriod, ...] = ()
    """Holidays and leave: days when no check-in is owed (sorted, never overlapping)."""
    min_group_size: int = DEFAULT_MIN_GROUP
    """Smallest group a coach figure may describe."""
    team: str = ""
    """Team label put into anonymized exports (optional)."""
    theme: str = ""
    """Textual theme name; empty uses the default."""


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """How one setting is described, parsed and shown."""

    name: str
    kind: Kind
    title: str = field(compare=False)
    """Short label of the setting (``N_``), as the settings screen shows it."""
    help: str = field(compare=False)
    """What the setting is for (``N_``): ``config --help`` and the settings screen."""
    comma_separates: bool = False
    """A list whose items never hold a comma (names): "Björn Jönsson, Åsa Lindqvist" is two."""


SPECS: Final[tuple[SettingSpec, ...]] = (
    SettingSpec(
        "language",
        Kind.LANGUAGE,
        N_("Language"),
        N_("Language: en or sv (empty follows the system)"),
    ),
    SettingSpec(
        "customer_term",
        Kind.TEXT,
        N_("Word for the customer"),
        N_("Your word for the customer: patient, citizen, student…"),
    ),
    SettingSpec(
        "customer_term_definite",
        Kind.TEXT,
        N_("Swedish: definite form"),
        N_("In Swedish, the word with the definite article, as in kunden or brukaren"),
    ),
    SettingSpec(
        "customer_term_plural",
        Kind.TEXT,
        N_("Swedish: plural"),
        N_("In Swedish, the plural, as in kunder or brukare"),
    ),
    SettingSpec(
        "customer_term_definite_plural",
        Kind.TEXT,
        N_("Swedish: definite plural"),
        N_("In Swedish, the definite plural, as in kunderna or brukarna"),
    ),
    SettingSpec(
        "customer_term_compound",
        Kind.TEXT,
        N_("Swedish: compound form"),
        N_("In Swedish, the word as it starts a compound, as kund in kundfokus"),
    ),
    SettingSpec(
        "customer_synonyms",
        Kind.LIST,
        N_("Other words for the customer"),
        N_("Other words that also mean the customer"),
    ),
    SettingSpec("organisation", Kind.TEXT, N_("Organisation"), N_("The organisation's name")),
    SettingSpec(
        "mission",
        Kind.LONG_TEXT,
        N_("Mission or purpose"),
        N_("The organisation's mission or purpose"),
    ),
    SettingSpec("values", Kind.LIST, N_("Values"), N_("The organisation's values")),
    SettingSpec("display_name", Kind.TEXT, N_("Your name"), N_("Your name (never exported)")),
    SettingSpec(
        "scrub_names",
        Kind.LIST,
        N_("Names to scrub"),
        N_("Names to remove from anonymized exports"),
        comma_separates=True,
    ),
    SettingSpec(
        "workdays",
        Kind.WEEKDAYS,
        N_("Workdays"),
        N_("Days that count towards the streak (mon … sun)"),
    ),
    SettingSpec(
        "away",
        Kind.AWAY,
        N_("Away"),
        N_("Holidays and leave, when no check-in is owed: 2026-12-24..2027-01-06, one per line"),
    ),
    SettingSpec(
        "min_group_size",
        Kind.GROUP_SIZE,
        N_("Smallest group size"),
        N_("Smallest group a coach figure may show (3 or more)"),
    ),
    SettingSpec("team", Kind.TEXT, N_("Team label"), N_("Team label for anonymized exports")),
    SettingSpec("theme", Kind.THEME, N_("Theme"), N_("Colour theme of the terminal app")),
)
#: the settings that hold the Swedish forms of ``customer_term`` -> the form each holds
SWEDISH_FORM_SETTINGS: Final[dict[str, str]] = {
    "customer_term_definite": "definite",
    "customer_term_plural": "plural",
    "customer_term_definite_plural": "definite_plural",
    "customer_term_compound": "compound",
}
SPEC_BY_NAME: Final = {spec.name: spec for spec in SPECS}


def spec_for(name: str) -> SettingSpec:
    """The spec of setting ``name``; a clear error for an unknown one."""
    key = name.strip().lower().replace("-", "_")
    try:
        return SPEC_BY_NAME[key]
    except KeyError:
        known = ", ".join(SPEC_BY_NAME)
        raise ValidationError(
            _("unknown setting {name!r}; known settings: {known}").format(
                name=name[:40], known=known
            )
        ) from None


def customer_term(settings: Settings) -> CustomerTerm:
    """The configured word for the customer, with its Swedish forms."""
    word = settings.customer_term
    if not word:
        return CustomerTerm()
    stored = {form: getattr(settings, name) for name, form in SWEDISH_FORM_SETTINGS.items()}
    return CustomerTerm(word, swedish_forms_from(word, **stored))


def customer_word(settings: Settings) -> str:
    """The word for the customer in its plain form, in the current language."""
    return customer_term(settings).word


def work_calendar(settings: Settings) -> WorkCalendar:
    """The days a check-in is owed on, as ``settings`` say."""
    return WorkCalendar.of(settings.workdays, settings.away)


def forms_are_known(word: str) -> bool:
    """Whether the Swedish forms of ``word`` are known (else they are guessed and asked for)."""
    return not word.strip() or known_swedish(word) is not None


def set_value(settings: Settings, name: str, raw: list[str]) -> Settings:
    """``settings`` with ``name`` set from command-line style text values."""
    spec = spec_for(name)
    if not raw:
        raise ValidationError(_("give a value for “{name}”").format(name=_(spec.title)))
    if len(raw) > 1 and spec.kind not in (Kind.LIST, Kind.WEEKDAYS, Kind.AWAY):
        raise ValidationError(_("“{name}” takes a single value").format(name=_(spec.title)))
    changed = replace(settings, **{spec.name: parse_value(spec, raw)})
    if spec.name == "customer_term":
        return _with_swedish_forms(changed)
    return changed


def _with_swedish_forms(settings: Settings) -> Settings:
    """``settings`` with the Swedish forms of a newly set word: known ones, or a guess."""
    word = settings.customer_term
    forms = swedish_forms_from(word) if word else None
    values: dict[str, Any] = {
        name: getattr(forms, form) if forms is not None else ""
        for name, form in SWEDISH_FORM_SETTINGS.items()
    }
    return replace(settings, **values)


def unset_value(settings: Settings, name: str) -> Settings:
    """``settings`` with ``name`` back at its default."""
    spec = spec_for(name)
    changed = replace(settings, **{spec.name: getattr(Settings(), spec.name)})
    if spec.name == "customer_term":
        return _with_swedish_forms(changed)
    return changed


def parse_value(spec: SettingSpec, raw: list[str]) -> Any:
    """Turn text values into the typed value of ``spec``; ValidationError if they don't fit."""
    for item in raw:
        if len(item) > MAX_VALUE:
            raise ValidationError(
                _("“{name}” is too long (at most {limit} characters)").format(
                    name=_(spec.title), limit=MAX_VALUE
                )
            )
    match spec.kind:
        case Kind.TEXT:
            return clean_line(raw[0])
        case Kind.LONG_TEXT:
            return clean_text(raw[0])
        case Kind.LIST:
            return _parse_list(_(spec.title), split_at_commas(spec, raw))
        case Kind.LANGUAGE:
            return _parse_language(raw[0])
        case Kind.WEEKDAYS:
            return parse_weekdays(raw)
        case Kind.AWAY:
            return parse_away(raw)
        case Kind.GROUP_SIZE:
            return _parse_group_size(raw[0])
        case Kind.THEME:
            return _parse_theme(raw[0])
    raise ValidationError(spec.name)  # pragma: no cover - every kind is handled above


def split_at_commas(spec: SettingSpec, raw: list[str]) -> list[str]:
    """``raw`` with each value split at its commas, if ``spec`` is a list that splits there."""
    if not spec.comma_separates:
        return raw
    return [part for item in raw for part in item.split(",")]


def _parse_list(name: str, raw: list[str]) -> tuple[str, ...]:
    items: list[str] = []
    for item in raw:
        text = clean_line(item)
        if text and text not in items:
            items.append(text)
    if len(items) > MAX_LIST:
        raise ValidationError(
            _("“{name}” takes at most {limit} items").format(name=name, limit=MAX_LIST)
        )
    return tuple(items)


def _parse_language(raw: str) -> str:
    if not raw.strip():
        return ""
    code = normalize_language(raw)
    if code is None:
        raise ValidationError(
            _("language must be one of: {choices}").format(choices=", ".join(LANGUAGES))
        )
    return code


def parse_weekdays(raw: list[str]) -> tuple[int, ...]:
    """Weekday names (en or sv, any case) or numbers 1–7, separated by spaces or commas."""
    days: set[int] = set()
    for item in raw:
        for word in item.replace(",", " ").split():
            days.add(_weekday(word))
    if not days:
        raise ValidationError(_("name at least one workday"))
    return tuple(sorted(days))


def parse_away(raw: list[str]) -> tuple[AwayPeriod, ...]:
    """Away periods (``2026-12-24..2027-01-06`` or one date), separated by commas or lines."""
    periods: list[AwayPeriod] = []
    for item in raw:
        for text in item.replace(",", "\n").split():
            periods.append(_away_period(text))
    if len(periods) > MAX_LIST:
        raise ValidationError(
            _("“{name}” takes at most {limit} items").format(name=_("Away"), limit=MAX_LIST)
        )
    return merged(periods)


def _away_period(text: str) -> AwayPeriod:
    try:
        period = AwayPeriod.parse(text)
    except ValueError:
        raise ValidationError(
            _("{text!r} is not a period of days; write it as 2026-12-24..2027-01-06").format(
                text=text[:40]
            )
        ) from None
    return _short_enough(period, text)


def away_period(first: date, last: date) -> AwayPeriod:
    """The away period from ``first`` to ``last``; ValidationError if it cannot be one."""
    if last < first:
        raise ValidationError(
            _("the last day {last} comes before the first day {first}").format(
                first=first.isoformat(), last=last.isoformat()
            )
        )
    period = AwayPeriod(first, last)
    return _short_enough(period, str(period))


def _short_enough(period: AwayPeriod, text: str) -> AwayPeriod:
    if period.days > MAX_AWAY_DAYS:
        raise ValidationError(
            _("{text!r} is longer than a year; write each period of leave by itself").format(
                text=text[:40]
            )
        )
    return period


def _weekday(word: str) -> int:
    key = word.strip().lower()[:3]
    if key.isdigit() and 1 <= int(key) <= 7:
        return int(key)
    for names in (WEEKDAYS_EN, WEEKDAYS_SV):
        if key in names:
            return names.index(key) + 1
    raise ValidationError(_("{word!r} is not a weekday").format(word=word[:20]))


def _parse_group_size(raw: str) -> int:
    try:
        size = int(raw.strip())
    except ValueError:
        raise ValidationError(_("the smallest group size must be a whole number")) from None
    if not MIN_GROUP_FLOOR <= size <= 1000:
        raise ValidationError(
            _("the smallest group size must be between {low} and 1000").format(low=MIN_GROUP_FLOOR)
        )
    return size


def _parse_theme(raw: str) -> str:
    name = raw.strip().lower()
    if name and name not in THEMES:
        raise ValidationError(
            _("unknown theme {name!r}; known themes: {known}").format(
                name=raw.strip()[:40], known=", ".join(THEMES)
            )
        )
    return name


def format_value(settings: Settings, name: str) -> str:
    """The value of ``name`` as a person reads it (lists one per line)."""
    spec = spec_for(name)
    value = getattr(settings, spec.name)
    if spec.kind is Kind.WEEKDAYS:
        return " ".join(WEEKDAYS_EN[day - 1] for day in value)
    if isinstance(value, tuple):
        return "\n".join(str(item) for item in value)
    return str(value)


def settings_to_record(settings: Settings) -> dict[str, Any]:
    """Settings as a JSON object for storage."""
    record: dict[str, Any] = {}
    for item in fields(settings):
        value = getattr(settings, item.name)
        record[item.name] = [_stored(part) for part in value] if isinstance(value, tuple) else value
    return record


def _stored(item: object) -> object:
    """One item of a list setting as JSON holds it (an away period as its text)."""
    return str(item) if isinstance(item, AwayPeriod) else item


def settings_from_record(record: dict[str, Any]) -> Settings:
    """Settings from storage; a value that no longer fits falls back to its default."""
    settings = Settings()
    for spec in SPECS:
        if spec.name not in record:
            continue
        value = record[spec.name]
        raw = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        try:
            settings = replace(settings, **{spec.name: parse_value(spec, raw or [""])})
        except ValidationError:
            continue
    return settings
