"""Keep the message catalogs in step with the code, and check that they say what they should.

    python scripts/catalogs.py update   # pybabel extract, update and compile, for every catalog
    python scripts/catalogs.py check    # exit 1, naming each problem, when a catalog is not right

``update`` runs Babel's own commands (the app's messages are found through
``babel.cfg``; click's own messages come from the installed click).  ``check``
compares meaning, never bytes: the messages the code uses, the ``.po`` that
translates them and the compiled ``.mo`` must hold the same ids, contexts,
plural forms and translations, whatever tool or version compiled them.  It also
checks what Babel cannot: that every message has Swedish, that a translation
uses only the placeholders the code fills, and that the glossary's avoided
words appear nowhere.
"""

from __future__ import annotations

import contextlib
import re
import string
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focuscheck.domain.customer_term import PLACEHOLDERS  # noqa: E402
from focuscheck.i18n.domains import (  # noqa: E402
    APP_DOMAIN,
    LIBRARY_DOMAINS,
    TRANSLATED_LANGUAGES,
)

LOCALE = ROOT / "focuscheck" / "i18n" / "locale"
MAPPING = ROOT / "babel.cfg"
GLOSSARY = ROOT / "docs" / "translations.md"
DOMAINS = (APP_DOMAIN, *LIBRARY_DOMAINS)
WIDTH = "100"
#: the placeholders an English message names the customer with
CUSTOMER: frozenset[str] = frozenset({"customer", "Customer"})
#: %-style placeholders, as click writes them
PERCENT_FIELD = re.compile(r"%(?:\((\w+)\))?[sdif]")


def pybabel(*args: str) -> None:
    """Run one pybabel command; Babel's own errors stop the script."""
    status = CommandLineInterface().run(["pybabel", "-q", *args])
    if status:
        raise SystemExit(status)


def source_of(domain: str) -> tuple[Path, list[str]]:
    """The folder a catalog is extracted from, and the extract options for it."""
    if domain == APP_DOMAIN:
        options = ["-F", str(MAPPING), "-c", "TRANSLATORS:", "--add-location=file"]
        return Path("focuscheck"), options
    package = __import__(LIBRARY_DOMAINS[domain])
    return Path(package.__file__ or "").parent, ["--no-location"]


def extract(domain: str, pot: Path) -> Catalog:
    """The messages the code uses, written to ``pot`` and read back."""
    folder, options = source_of(domain)
    # From the repository's root, so that locations read focuscheck/..., never a machine path.
    with contextlib.chdir(ROOT):
        pybabel(
            "extract",
            *options,
            f"--width={WIDTH}",
            "-o",
            str(pot),
            "--project=focuscheck",
            str(folder),
        )
    with pot.open("rb") as fh:
        return read_po(fh)


def po_path(locale: Path, language: str, domain: str) -> Path:
    return locale / language / "LC_MESSAGES" / f"{domain}.po"


def update(locale: Path = LOCALE) -> None:
    """Extract every catalog, merge the new messages into each language and compile."""
    with tempfile.TemporaryDirectory() as tmp:
        for domain in DOMAINS:
            pot = Path(tmp) / f"{domain}.pot"
            extract(domain, pot)
            for language in TRANSLATED_LANGUAGES:
                merge = ["-i", str(pot), "-d", str(locale), "-D", domain, "-l", language]
                pybabel(
                    "update",
                    *merge,
                    "-N",
                    "--ignore-obsolete",
                    "--init-missing",
                    f"--width={WIDTH}",
                )
                pybabel("compile", "-d", str(locale), "-D", domain, "-l", language)


# -- check ------------------------------------------------------------------------


def key(message: Message) -> tuple[str, str | None]:
    """A message's identity: its (singular) id and context."""
    singular = message.id[0] if isinstance(message.id, tuple | list) else message.id
    return str(singular), message.context


def messages(catalog: Catalog) -> dict[tuple[str, str | None], Message]:
    return {key(message): message for message in catalog if message.id}


def strings(message: Message) -> tuple[str, ...]:
    """The translation's forms: one, or one per plural form."""
    value = message.string
    return tuple(value) if isinstance(value, tuple | list) else (value or "",)


def ids(message: Message) -> tuple[str, ...]:
    return tuple(message.id) if isinstance(message.id, tuple | list) else (message.id,)


def brace_fields(text: str) -> set[str] | None:
    """The ``{name}`` fields of a ``str.format`` text; None when it is not one."""
    try:
        return {name for _text, name, _spec, _conv in string.Formatter().parse(text) if name}
    except ValueError:
        return None


def placeholder_problems(message: Message) -> Iterator[str]:
    """A translation that uses a placeholder the code does not fill, or drops the customer."""
    source = {name for text in ids(message) for name in brace_fields(text) or set()}
    percent = {m for text in ids(message) for m in PERCENT_FIELD.findall(text)}
    names_customer = bool(source & CUSTOMER)
    allowed = source | (PLACEHOLDERS if names_customer else set())
    for text in strings(message):
        fields = brace_fields(text)
        if fields is None and source:
            yield "the translation is not a valid format text"
            continue
        for name in sorted((fields or set()) - allowed):
            yield f"the translation uses {{{name}}}, which the code does not fill"
        for name in sorted(set(PERCENT_FIELD.findall(text)) - percent):
            yield f"the translation uses %({name})s, which the code does not fill"
        if names_customer and fields is not None and not fields & PLACEHOLDERS:
            yield "the translation leaves out the word for the customer"
    for name in sorted(source & PLACEHOLDERS - CUSTOMER):
        yield f"the English text uses {{{name}}}; English says “the {{customer}}”"


def avoided_words(glossary: Path = GLOSSARY) -> dict[str, str]:
    """Swedish words the glossary says never to use -> the English concept they are wrong for."""
    found: dict[str, str] = {}
    if not glossary.exists():
        return found
    for line in glossary.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not line.lstrip().startswith("|") or set(cells[0]) <= set("-: "):
            continue
        english, _swedish, avoid = cells
        if english.lower() == "english":
            continue
        for word in avoid.split(","):
            if word.strip():
                found[word.strip().lower()] = english
    return found


def compiled(mo: Path) -> Catalog | None:
    if not mo.exists():
        return None
    with mo.open("rb") as fh:
        return read_mo(fh)


def catalog_problems(
    template: Catalog, po: Catalog, mo: Catalog | None, where: str, avoid: dict[str, str]
) -> Iterator[str]:
    wanted, have = messages(template), messages(po)
    for ident in wanted.keys() - have.keys():
        yield f"{where}: no translation for {describe(ident)}; run scripts/catalogs.py update"
    for ident in have.keys() - wanted.keys():
        yield f"{where}: {describe(ident)} is no longer used; run scripts/catalogs.py update"
    for ident in wanted.keys() & have.keys():
        source, message = wanted[ident], have[ident]
        if ids(source) != ids(message):
            yield f"{where}: {describe(ident)} has other plural forms in the code"
        if "fuzzy" in message.flags or not all(strings(message)):
            yield f"{where}: no translation for {describe(ident)}"
            continue
        for problem in placeholder_problems(message):
            yield f"{where}: {describe(ident)}: {problem}"
        text = " ".join(strings(message)).lower()
        for word, concept in avoid.items():
            if word in text:
                yield f"{where}: {describe(ident)} says “{word}”; see the glossary for {concept!r}"
    if mo is None:
        yield f"{where}: not compiled; run scripts/catalogs.py update"
        return
    built = {
        ident: strings(message) for ident, message in messages(mo).items() if all(strings(message))
    }
    written = {
        ident: strings(message)
        for ident, message in have.items()
        if "fuzzy" not in message.flags and all(strings(message))
    }
    stale = f"{where}: the compiled catalog is stale ({{}}); run scripts/catalogs.py update"
    for ident in sorted(built.keys() ^ written.keys(), key=str):
        yield stale.format(f"only one of .po and .mo has {describe(ident)}")
    for ident in sorted(built.keys() & written.keys(), key=str):
        if built[ident] != written[ident]:
            yield stale.format(f"it translates {describe(ident)} otherwise")
    if mo.plural_expr != po.plural_expr or mo.num_plurals != po.num_plurals:
        yield stale.format("other plural rules")


def describe(ident: tuple[str, str | None]) -> str:
    text, context = ident
    return f"{text!r} (context {context!r})" if context else repr(text)


def problems(locale: Path = LOCALE, glossary: Path = GLOSSARY) -> list[str]:
    """Everything wrong with the catalogs under ``locale``, one line each; empty if all is well."""
    found: list[str] = []
    avoid = avoided_words(glossary)
    with tempfile.TemporaryDirectory() as tmp:
        for domain in DOMAINS:
            template = extract(domain, Path(tmp) / f"{domain}.pot")
            for language in TRANSLATED_LANGUAGES:
                path = po_path(locale, language, domain)
                where = f"{language}/{domain}"
                if not path.exists():
                    found.append(f"{where}: {path.name} is missing; run scripts/catalogs.py update")
                    continue
                with path.open("rb") as fh:
                    po = read_po(fh, locale=language, domain=domain)
                mo = compiled(path.with_suffix(".mo"))
                # The library's catalog is checked for its own words, not for the glossary's.
                words = avoid if domain == APP_DOMAIN else {}
                found.extend(catalog_problems(template, po, mo, where, words))
    return found


def translations(locale: Path = LOCALE) -> Iterable[tuple[str, str, str | None, str]]:
    """(domain, English, context, translation) of every translated message, every catalog."""
    for domain in DOMAINS:
        for language in TRANSLATED_LANGUAGES:
            path = po_path(locale, language, domain)
            with path.open("rb") as fh:
                for message in read_po(fh, locale=language, domain=domain):
                    if message.id and all(strings(message)):
                        ident, context = key(message)
                        yield domain, ident, context, " | ".join(strings(message))


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update()
        return 0
    if command != "check":
        print(__doc__)
        return 2
    found = problems()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
