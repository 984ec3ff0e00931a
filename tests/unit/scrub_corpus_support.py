"""The scrubbing corpus (``tests/fixtures/scrub_corpus.json``) run through the anonymized export.

Each snippet is one check-in: its text in the value field, an optional voice
quote and tags.  ``vanish`` lists what must not be readable in the exported
file (kind and value), ``survive`` text that must come through exactly (so
over-scrubbing such as "per timme" → "[name] timme" is caught).  The corpus's
``known`` settings give the names the person entered.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from focuscheck.coach.anonymize import TOKENS, ScrubKind
from focuscheck.coach.export_format import (
    TEXT_ONLY_FIELDS,
    ExportFormat,
    ExportOptions,
    build_anonymized,
    render,
)
from focuscheck.coach.mapped_text import normalized
from focuscheck.domain.settings import Settings
from tests.unit.coach_support import entry

CORPUS_FILE: Final = Path(__file__).resolve().parent.parent / "fixtures" / "scrub_corpus.json"
#: Parts of addresses that say nothing about anyone, so finding them is no leak.
_GENERIC: Final = frozenset(
    ("http", "https", "www", "com", "org", "net", "file", "home", "users", "ftp", "sftp")
)


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    vanish: tuple[tuple[ScrubKind, str], ...]
    survive: tuple[str, ...]
    voice: str = ""
    tags: tuple[str, ...] = ()


@dataclass(slots=True)
class CorpusResult:
    """What one run of the corpus found."""

    snippets: int = 0
    items: int = 0
    """Promised items that had to vanish."""
    leaks: list[str] = field(default_factory=list)
    over_scrubs: list[str] = field(default_factory=list)


def load_corpus(path: Path = CORPUS_FILE) -> tuple[Settings, list[Snippet]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    known = data["known"]
    settings = Settings(display_name=known["display_name"], scrub_names=tuple(known["scrub_names"]))
    snippets = [
        Snippet(
            text=item["text"],
            vanish=tuple((ScrubKind(kind), value) for kind, value in item["vanish"]),
            survive=tuple(item["survive"]),
            voice=item.get("voice", ""),
            tags=tuple(item.get("tags", ())),
        )
        for item in data["snippets"]
    ]
    return settings, snippets


def exported_texts(
    settings: Settings, snippets: list[Snippet], export_format: ExportFormat
) -> list[str]:
    """The exported text of each snippet's check-in, read back from the written file."""
    entries = [
        entry(value=snippet.text, voice_quote=snippet.voice, tags=snippet.tags)
        for snippet in snippets
    ]
    export = build_anonymized(entries, settings, "p-0123456789abcdef", ExportOptions())
    written = render(export.document, export_format)
    records: list[dict[str, Any]]
    if export_format is ExportFormat.CSV:
        records = list(csv.DictReader(io.StringIO(written)))
    else:
        records = json.loads(written)["entries"]
    index = {item.id: position for position, item in enumerate(entries)}
    texts = [""] * len(snippets)
    for preview, record in zip(export.entries, records, strict=True):
        values = [record.get(name) or "" for name in TEXT_ONLY_FIELDS]
        texts[index[preview.entry_id]] = "\n".join(
            ";".join(value) if isinstance(value, list) else str(value) for value in values
        )
    return texts


def _visible(text: str) -> str:
    """``text`` as a reader matches it: normalised, casefolded, tokens blanked."""
    for token in TOKENS.values():
        text = text.replace(token, " ")
    return normalized(text).text.casefold()


def _word_in(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def leaked(kind: ScrubKind, value: str, output: str) -> bool:
    """Whether any telling part of ``value`` is still readable in ``output``."""
    visible = _visible(output)
    plain = normalized(value).text.casefold()
    match kind:
        case ScrubKind.NAME:
            return _word_in(plain, visible)
        case ScrubKind.PHONE | ScrubKind.ID_NUMBER:
            groups = [group for group in re.findall(r"\d+", plain) if len(group) >= 2]
            return any(re.search(rf"(?<!\d){group}(?!\d)", visible) for group in groups)
        case _:
            chunks = [chunk for chunk in re.findall(r"[^\W_]{3,}", plain) if chunk not in _GENERIC]
            return any(_word_in(chunk, visible) for chunk in chunks)


def run_corpus(export_format: ExportFormat, path: Path = CORPUS_FILE) -> CorpusResult:
    """The corpus exported in ``export_format``, checked item by item."""
    settings, snippets = load_corpus(path)
    result = CorpusResult(snippets=len(snippets))
    for snippet, output in zip(
        snippets, exported_texts(settings, snippets, export_format), strict=True
    ):
        for kind, value in snippet.vanish:
            result.items += 1
            if leaked(kind, value, output):
                result.leaks.append(f"{kind.value} {value!r} in {output!r}")
        result.over_scrubs += [
            f"{kept!r} lost from {output!r}" for kept in snippet.survive if kept not in output
        ]
    return result
