"""Loaded team exports with fixed pseudonyms, for the coach app's tests and snapshots."""

from __future__ import annotations

from pathlib import Path

from focuscheck.coach.aggregate import review
from focuscheck.coach.export_format import ExportOptions, document_json
from focuscheck.coach.loader import load_exports
from focuscheck.coach.selection_file import SelectionStore, selection_path
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.settings import Settings
from focuscheck.i18n import set_language
from focuscheck.screens.coach.app import CoachApp
from tests.unit.coach_support import export_document, week_of_entries

HOSTILE = "[bold red]x[/] [link=http://example.com]y[/link] [@click=app.quit]q[/]"
VOICES = (VoiceSource.CUSTOMER, VoiceSource.COLLEAGUE, VoiceSource.NONE)
WASTES = (WasteCategory.ADMIN, WasteCategory.UNCLARITY, WasteCategory.RED_TAPE, None)


def write_exports(folder: Path, people: int, weeks: int = 3) -> Path:
    """``people`` exports in ``folder``; the same bytes every run."""
    folder.mkdir(parents=True, exist_ok=True)
    for person in range(people):
        entries = [
            item
            for back in range(weeks)
            for item in week_of_entries(
                back,
                per_week=2 + (person + back) % 3,
                value=HOSTILE if person == 0 and back == 0 else f"Shorter form, round {person}",
                voice_source=VOICES[(person + back) % 3],
                voice_quote="Faster, please" if person % 2 else "",
                waste_category=WASTES[person % 4],
                waste_note="Two approvals for a refund" if person % 4 != 3 else "",
                focus=2 + (person + back) % 4,
                mission_clarity=1 + person % 5,
                salary_aligned=person % 3 != 0,
            )
        ]
        document = export_document(
            entries, Settings(team="Nord"), ExportOptions(), participant=f"p-{person:016x}"
        )
        (folder / f"export-{person}.json").write_text(document_json(document), encoding="utf-8")
    return folder


def coach_app(folder: Path, people: int, language: str = "en", k: int = 5) -> CoachApp:
    """The coach app over ``people`` exports written to ``folder``, its stars kept there."""
    set_language(language)
    return open_review(write_exports(folder, people), k)


def open_review(folder: Path, k: int = 5) -> CoachApp:
    """The coach app over the exports in ``folder``, as ``focuscheck coach FOLDER`` opens it."""
    loaded = load_exports([folder])
    store = SelectionStore(selection_path([folder]))
    return CoachApp(review(loaded.exports, k), loaded, store)
