"""The message catalogs: complete, compiled, one translation per meaning, and checked by meaning."""

from __future__ import annotations

import importlib.util
import shutil
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

from focuscheck.i18n import _, current_language, decimal, ngettext, pgettext, set_language

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "focuscheck" / "i18n" / "locale"
SV = "sv/LC_MESSAGES/focuscheck"


def load_catalogs_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogs = load_catalogs_script()


@pytest.fixture
def locale(tmp_path: Path) -> Path:
    """A copy of the shipped catalogs to break on purpose."""
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE, copy)
    return copy


def read(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_mo(fh) if path.suffix == ".mo" else read_po(fh, locale="sv")


def rewrite(path: Path, change: Callable[[Catalog], None]) -> None:
    catalog = read(path)
    change(catalog)
    with path.open("wb") as fh:
        if path.suffix == ".mo":
            write_mo(fh, catalog)
        else:
            write_po(fh, catalog, width=100)


def set_string(catalog: Catalog, msgid: str, string: str) -> None:
    message = catalog.get(msgid)
    assert message is not None, msgid
    message.string = string


class TestShippedCatalogs:
    def test_every_message_is_translated_and_compiled(self) -> None:
        problems = catalogs.problems()
        assert problems == [], "\n".join(problems)

    def test_there_is_one_catalog_for_the_app(self) -> None:
        found = sorted(path.name for path in LOCALE.rglob("*.po"))
        assert found == ["click.po", "focuscheck.po"]

    def test_one_english_text_has_one_translation_unless_a_context_says_otherwise(self) -> None:
        seen: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        where: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        for domain, english, context, swedish in catalogs.translations():
            seen[english, context].add(swedish)
            where[english, context].add(domain)
        differing = {
            f"{english!r} in {sorted(where[english, context])}: {sorted(swedish)}"
            for (english, context), swedish in seen.items()
            if len(swedish) > 1
        }
        assert not differing, "\n".join(sorted(differing))

    def test_the_glossary_rules_words_out(self) -> None:
        avoided = catalogs.avoided_words()
        assert {"incheckning", "slöserilista", "slags slöseri"} <= avoided.keys()


class TestTheCheckReadsMeaningNotBytes:
    def test_a_catalog_compiled_by_another_babel_release_passes(self, locale: Path) -> None:
        def as_another_tool_would(catalog: Catalog) -> None:
            catalog.version = "9.9"
            catalog.creation_date = datetime(2031, 1, 2, 3, 4, tzinfo=UTC)
            catalog.revision_date = datetime(2031, 1, 2, 3, 4, tzinfo=UTC)
            catalog.last_translator = "Someone Else <someone@example.org>"

        for mo in locale.rglob("*.mo"):
            before = mo.read_bytes()
            rewrite(mo, as_another_tool_would)
            # The header really differs, as between two Babel releases.
            assert mo.read_bytes() != before
        assert catalogs.problems(locale) == []

    def test_a_missing_translation_fails(self, locale: Path) -> None:
        rewrite(locale / f"{SV}.po", lambda c: set_string(c, "Who pays my salary?", ""))
        problems = catalogs.problems(locale)
        assert any("no translation for 'Who pays my salary?'" in line for line in problems)

    def test_a_fuzzy_translation_fails(self, locale: Path) -> None:
        def make_fuzzy(catalog: Catalog) -> None:
            message = catalog.get("Who pays my salary?")
            assert message is not None
            message.flags.add("fuzzy")

        rewrite(locale / f"{SV}.po", make_fuzzy)
        assert any("Who pays my salary?" in line for line in catalogs.problems(locale))

    def test_a_compiled_catalog_that_says_something_else_fails(self, locale: Path) -> None:
        rewrite(locale / f"{SV}.mo", lambda c: set_string(c, "Who pays my salary?", "Vem?"))
        problems = catalogs.problems(locale)
        assert any("stale" in line and "Who pays my salary?" in line for line in problems)

    def test_a_compiled_catalog_that_lacks_a_message_fails(self, locale: Path) -> None:
        rewrite(locale / f"{SV}.mo", lambda c: c.delete("Who pays my salary?"))
        assert any("Who pays my salary?" in line for line in catalogs.problems(locale))

    def test_a_placeholder_the_code_does_not_fill_fails(self, locale: Path) -> None:
        rewrite(locale / f"{SV}.po", lambda c: set_string(c, "Error: {message}", "Fel: {fel}"))
        rewrite(locale / f"{SV}.mo", lambda c: set_string(c, "Error: {message}", "Fel: {fel}"))
        problems = catalogs.problems(locale)
        assert any("{fel}" in line for line in problems)

    def test_a_translation_that_drops_the_customer_word_fails(self, locale: Path) -> None:
        msgid = "Value for the {customer}"
        for suffix in (".po", ".mo"):
            rewrite(locale / f"{SV}{suffix}", lambda c: set_string(c, msgid, "Mervärde för kunden"))
        problems = catalogs.problems(locale)
        assert any("leaves out the word for the customer" in line for line in problems)

    def test_an_avoided_word_fails(self, locale: Path, tmp_path: Path) -> None:
        glossary = tmp_path / "glossary.md"
        glossary.write_text(
            "| English | Swedish | not |\n|---|---|---|\n| check-in | avstämning | stämning |\n"
        )
        problems = catalogs.problems(locale, glossary)
        assert any("“stämning”" in line for line in problems)


class TestExtraction:
    def test_a_context_is_extracted_with_its_message(self, tmp_path: Path) -> None:
        source = tmp_path / "src"
        source.mkdir()
        (source / "words.py").write_text(
            "from focuscheck.i18n import npgettext, pgettext\n"
            'pgettext("waste list", "Open")\n'
            'npgettext("retro", "{count} vote", "{count} votes", 2)\n',
            encoding="utf-8",
        )
        pot = tmp_path / "words.pot"
        catalogs.pybabel("extract", "-F", str(catalogs.MAPPING), "-o", str(pot), str(source))
        found = catalogs.messages(read(pot))
        assert ("Open", "waste list") in found
        assert ("{count} vote", "retro") in found


class TestLookups:
    def test_switching_to_swedish_translates(self) -> None:
        assert _("Today's check-in is done.") == "Today's check-in is done."
        set_language("sv")
        assert current_language() == "sv"
        assert _("Today's check-in is done.") == "Dagens avstämning är gjord."
        assert _("Who pays my salary?") == "Vem betalar min lön?"
        streak = ngettext("Streak: {count} workday.", "Streak: {count} workdays.", 3)
        assert streak.format(count=3) == "Svit: 3 arbetsdagar."
        set_language("en")
        assert _("Who pays my salary?") == "Who pays my salary?"

    def test_a_context_falls_back_to_the_english_text(self) -> None:
        set_language("sv")
        assert pgettext("no such context", "No such message") == "No such message"

    def test_an_unknown_language_falls_back_to_english(self) -> None:
        set_language("fi")
        assert current_language() == "en"
        assert _("No entries.") == "No entries."

    def test_decimals_are_written_as_the_language_writes_them(self) -> None:
        assert decimal(3.456) == "3.5"
        set_language("sv")
        assert decimal(3.456) == "3,5"
        assert decimal(2, 2) == "2,00"
