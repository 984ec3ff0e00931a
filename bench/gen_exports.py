"""Write synthetic anonymized exports, as many participants would send a coach.

    python bench/gen_exports.py OUT_DIR [--files 500] [--entries 250] [--seed 1] [--templates N]

Each file is built by the real export code from made-up check-ins (one per
workday going back from 2026-11-26), so it passes every check the coach side makes.
With ``--templates N`` only N exports are built that way and the others are
copies of them under another participant's pseudonym, checksum made anew by the
export code: just as valid, and fast enough for ten thousand files.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focuscheck.coach.export_format import (  # noqa: E402
    ExportOptions,
    build_anonymized,
    checksum,
    document_json,
)
from focuscheck.coach.pseudonym import new_pseudonym  # noqa: E402
from focuscheck.domain.entry import Entry, new_id  # noqa: E402
from focuscheck.domain.enums import VoiceSource, WasteCategory  # noqa: E402
from focuscheck.domain.settings import Settings  # noqa: E402

LAST_DAY = date(2026, 11, 26)
ZONE = timezone(timedelta(hours=1))
VALUES = (
    "Fixed the invoice layout so the customer finds the total at once.",
    "Ringde tillbaka en kund som väntat på besked om leveransen.",
    "Rewrote the help text after reading three support tickets.",
    "Tog bort ett steg i beställningen som ingen kund förstod.",
    "Paired with support to reproduce the bug a customer reported.",
    "Förberedde ett kundmöte och läste deras senaste feedback.",
)
QUOTES = (
    "",
    "The export takes too long when the month closes.",
    "Kunden: ”Vi vill se status utan att ringa er.”",
    "Support says the same question comes up every Monday.",
)
WASTE_NOTES = ("", "Three approvals for a small purchase.", "Mötet saknade agenda.", "")
TAGS = ("support", "release", "kundmöte", "faktura", "onboarding")


def made_up_entries(rng: random.Random, count: int) -> list[Entry]:
    """``count`` check-ins on workdays going back from :data:`LAST_DAY`."""
    entries: list[Entry] = []
    day = LAST_DAY
    while len(entries) < count:
        if day.isoweekday() <= 5 and rng.random() < 0.85:
            stamp = datetime.combine(day, time(16, 30), ZONE)
            entries.append(
                Entry(
                    id=new_id(),
                    date=day,
                    created_at=stamp,
                    updated_at=stamp,
                    value=rng.choice(VALUES),
                    salary=rng.choice(("The customer", "Kunden", "My manager", "")),
                    cornerstone=rng.choice(("Customer focus", "Kundfokus", "Processes")),
                    salary_aligned=rng.random() < 0.7,
                    cornerstone_aligned=rng.random() < 0.6,
                    mission_clarity=rng.choice((None, 1, 2, 3, 4, 5)),
                    voice_source=rng.choice(tuple(VoiceSource)),
                    voice_quote=rng.choice(QUOTES),
                    waste_category=rng.choice((None, *WasteCategory)),
                    waste_note=rng.choice(WASTE_NOTES),
                    focus=rng.choice((None, 2, 3, 3, 4, 4, 5)),
                    tags=tuple(rng.sample(TAGS, rng.randint(0, 2))),
                )
            )
        day -= timedelta(days=1)
    return entries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--entries", type=int, default=250)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--templates", type=int, help="build this many, copy the rest")
    args = parser.parse_args()
    write_exports(args.out, args.files, args.entries, args.seed, args.templates)
    print(f"wrote {args.files} exports of {args.entries} entries to {args.out}")


def write_exports(
    out: Path, files: int, entries: int, seed: int = 1, templates: int | None = None
) -> None:
    """``files`` exports of ``entries`` check-ins each in ``out``."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    settings = Settings(team="Team Nord", scrub_names=("Anna Svensson",))
    built: list[dict[str, Any]] = []
    for number in range(files):
        if templates is None or len(built) < templates:
            document = build_anonymized(
                made_up_entries(rng, entries), settings, new_pseudonym(), ExportOptions()
            ).document
            built.append(document)
        else:
            document = dict(built[number % templates], participant=f"p-{rng.getrandbits(64):016x}")
            document["checksum"] = checksum(document)
        target = out / f"export-{number:05d}.json"
        target.write_text(document_json(document), encoding="utf-8")


if __name__ == "__main__":
    main()
