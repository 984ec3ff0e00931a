"""Keep the message catalogs in step with the code.

    python scripts/catalogs.py update [DOMAIN...]   # extract, merge into en/sv .po, compile .mo
    python scripts/catalogs.py check    # exit 1 when a message lacks Swedish or a .mo is stale
    python scripts/catalogs.py missing DOMAIN      # JSON object of untranslated Swedish messages
    python scripts/catalogs.py translate DOMAIN < sv.json   # {"English": "Svenska", ...}

A plural message is translated with a list: {"One file": ["En fil", "{count} filer"]}.

English is the source language: its catalog is filled from the source text so
that translators' tools see a complete pair of catalogs.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focuscheck.i18n.domains import DOMAINS, LIBRARY_DOMAINS  # noqa: E402

LOCALE = ROOT / "focuscheck" / "i18n" / "locale"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def extract(domain: str) -> Catalog:
    template = Catalog(project="focuscheck", domain=domain)
    if domain in LIBRARY_DOMAINS:
        # A library's own messages (click's usage errors and help headings).
        package = __import__(LIBRARY_DOMAINS[domain])
        folder = Path(package.__file__ or "").parent
        for filename, lineno, message, _comments, context in extract_from_dir(
            folder, keywords=KEYWORDS
        ):
            template.add(message, locations=[(filename, lineno)], context=context)
        return template
    for rel in DOMAINS[domain]:
        path = ROOT / rel
        if path.is_dir():
            found = extract_from_dir(path, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",))
            for filename, lineno, message, comments, context in found:
                template.add(
                    message,
                    locations=[(f"{rel}/{filename}", lineno)],
                    auto_comments=comments,
                    context=context,
                )
        elif path.is_file():
            for lineno, message, comments, context in extract_from_file(
                "python", path, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
            ):
                template.add(
                    message, locations=[(rel, lineno)], auto_comments=comments, context=context
                )
    return template


def po_path(language: str, domain: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{domain}.po"


def load(language: str, domain: str) -> Catalog:
    path = po_path(language, domain)
    if not path.exists():
        return Catalog(locale=language, domain=domain, project="focuscheck")
    with path.open("rb") as fh:
        return read_po(fh, locale=language, domain=domain)


def mo_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog)
    return buf.getvalue()


def update(domains: list[str]) -> None:
    for domain in domains or [*DOMAINS, *LIBRARY_DOMAINS]:
        for language in ("en", "sv"):
            # A fresh template each time: Catalog.update may share message objects.
            template = extract(domain)
            catalog = load(language, domain)
            catalog.update(template, no_fuzzy_matching=True)
            catalog.obsolete.clear()
            if language == "en":
                for message in catalog:
                    if message.id:
                        message.string = message.id
                        message.flags.discard("fuzzy")
            path = po_path(language, domain)
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as fh:
                write_po(fh, catalog, width=100, omit_header=False, sort_output=False)
            path.with_suffix(".mo").write_bytes(mo_bytes(catalog))


def problems() -> list[str]:
    found: list[str] = []
    for domain in [*DOMAINS, *LIBRARY_DOMAINS]:
        template = extract(domain)
        for language in ("en", "sv"):
            catalog = load(language, domain)
            # A newer library release may add messages; they show in English until translated.
            for message in template if domain in DOMAINS else []:
                if not message.id:
                    continue
                have = catalog.get(message.id, message.context)
                strings = have.string if have else None
                empty = not all(strings) if isinstance(strings, tuple) else not strings
                if have is None or empty or "fuzzy" in have.flags:
                    found.append(f"{language}/{domain}: no translation for {message.id!r}")
            mo = po_path(language, domain).with_suffix(".mo")
            if not mo.exists() or mo.read_bytes() != mo_bytes(catalog):
                found.append(
                    f"{language}/{domain}: {mo.name} is stale; run scripts/catalogs.py update"
                )
    return found


def missing(domain: str) -> dict[str, object]:
    catalog = load("sv", domain)
    found: dict[str, object] = {}
    for message in catalog:
        if not message.id:
            continue
        strings = message.string
        empty = not all(strings) if isinstance(strings, tuple) else not strings
        if empty or "fuzzy" in message.flags:
            found[message.id[0] if isinstance(message.id, tuple) else message.id] = (
                ["", ""] if isinstance(message.id, tuple) else ""
            )
    return found


def translate(domain: str, pairs: dict[str, object]) -> list[str]:
    """Set Swedish strings for msgids in ``pairs``; returns the msgids not found."""
    catalog = load("sv", domain)
    unknown: list[str] = []
    for key, value in pairs.items():
        target = None
        for message in catalog:
            msgid = message.id[0] if isinstance(message.id, tuple) else message.id
            if msgid == key:
                target = message
                break
        if target is None:
            unknown.append(key)
            continue
        target.string = tuple(value) if isinstance(value, list) else str(value)
        target.flags.discard("fuzzy")
    path = po_path("sv", domain)
    with path.open("wb") as fh:
        write_po(fh, catalog, width=100, omit_header=False, sort_output=False)
    path.with_suffix(".mo").write_bytes(mo_bytes(catalog))
    return unknown


def main(argv: list[str]) -> int:
    import json

    command = argv[1] if len(argv) > 1 else "check"
    if command == "update":
        update(argv[2:])
        return 0
    if command == "missing":
        print(json.dumps(missing(argv[2]), ensure_ascii=False, indent=1))
        return 0
    if command == "translate":
        unknown = translate(argv[2], json.load(sys.stdin))
        for key in unknown:
            print(f"not in the {argv[2]} catalog (run update first?): {key!r}")
        return 1 if unknown else 0
    issues = problems()
    for line in issues:
        print(line)
    return 1 if issues else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
