"""The scrubbing corpus: every promised item vanishes from JSON and CSV, nothing else does."""

from __future__ import annotations

import pytest

from focuscheck.coach.anonymize import ScrubKind
from focuscheck.coach.export_format import ExportFormat
from tests.unit.scrub_corpus_support import load_corpus, run_corpus


def test_the_corpus_covers_every_kind_in_both_languages() -> None:
    _settings, snippets = load_corpus()
    kinds = {kind for snippet in snippets for kind, _value in snippet.vanish}
    assert len(snippets) >= 300
    assert kinds == set(ScrubKind)
    assert any("ringde" in snippet.text for snippet in snippets)
    assert any("called" in snippet.text.casefold() for snippet in snippets)


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_no_promised_item_leaks_from_the_corpus(export_format: ExportFormat) -> None:
    result = run_corpus(export_format)
    assert result.leaks == []
    assert result.items >= 400


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_the_corpus_loses_no_ordinary_text(export_format: ExportFormat) -> None:
    assert run_corpus(export_format).over_scrubs == []
