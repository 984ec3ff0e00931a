"""The improvement backlog and the voice log: rows, text, Markdown, and the CLI commands."""

from __future__ import annotations

import html
import re
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from focuscheck.domain import backlog
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.entry import Entry, new_id
from focuscheck.domain.enums import VoiceSource, WasteCategory, WasteStatus
from focuscheck.domain.text import clean_text
from focuscheck.domain.waste_status import marked
from focuscheck.i18n import set_language
from focuscheck.storage.errors import StorageError
from focuscheck.storage.export_file import ExportExists, write_text_file
from tests.unit.cli_support import make_runner, write_json

STAMP = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))
HOSTILE = [
    "[bold red]x[/]",
    "[link=http://x]y[/link]",
    "<script>alert(1)</script>",
    "# not a heading",
    "1. not a list",
    "- not a bullet",
    "> not a quote",
    "**not bold** _nor italic_ `nor code`",
    "a | table | row",
    "&amp; stays as typed",
    "===",
    "![image](http://x/y.png)",
    "line one\n\n  - line two\n3) three",
]


def entry(day: date, **fields: Any) -> Entry:
    return Entry(id=new_id(), date=day, created_at=STAMP, updated_at=STAMP, value="v", **fields)


def rendered_text(markdown: str) -> str:
    """What a CommonMark reader shows for ``markdown`` inside a paragraph, as plain text."""
    out = MarkdownIt("commonmark").render(markdown).strip()
    assert out.startswith("<p>") and out.endswith("</p>"), out
    body = out[3:-4]
    assert "<" not in body.replace("<br />", ""), f"markup leaked: {body}"
    return html.unescape(body.replace("<br />\n", "\n"))


class TestMarkdownLiteral:
    @pytest.mark.parametrize("text", HOSTILE)
    def test_hostile_text_reads_back_exactly(self, text: str) -> None:
        expected = "\n".join(line.strip() for line in text.split("\n") if line.strip())
        assert rendered_text(backlog.markdown_literal(text)) == expected

    @settings(max_examples=300, deadline=None)
    @given(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
        | st.text(alphabet="[]*_`#|<>&!-+=.)(:;~{}\\/ \n09ab", max_size=40)
    )
    def test_any_text_reads_back_exactly(self, raw: str) -> None:
        text = clean_text(raw)
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        # Markdown itself folds runs of spaces only in HTML rendering, never in the text.
        if not lines or any(re.search(r"\s{2,}|[\x0b\x0c\u00a0]", line) for line in lines):
            return
        assert rendered_text(backlog.markdown_literal(text)) == "\n".join(lines)


class TestRows:
    def test_waste_items_are_newest_first_and_only_with_waste(self) -> None:
        entries = [
            entry(date(2026, 11, 20), waste_category=WasteCategory.ADMIN, waste_note="forms"),
            entry(date(2026, 11, 24)),
            entry(date(2026, 11, 25), waste_note="only a note"),
            entry(date(2026, 11, 23), waste_category=WasteCategory.RIGIDITY),
        ]
        items = backlog.waste_items(entries)
        assert [(item.day.day, item.category, item.note) for item in items] == [
            (25, None, "only a note"),
            (23, WasteCategory.RIGIDITY, ""),
            (20, WasteCategory.ADMIN, "forms"),
        ]

    def test_voice_items_need_words(self) -> None:
        entries = [
            entry(date(2026, 11, 20), voice_source=VoiceSource.CUSTOMER, voice_quote="Too slow"),
            entry(date(2026, 11, 21), voice_source=VoiceSource.CUSTOMER),
            entry(date(2026, 11, 22), voice_source=VoiceSource.COLLEAGUE, voice_quote="Invoices"),
        ]
        items = backlog.voice_items(entries)
        assert [(item.day.day, item.source, item.quote) for item in items] == [
            (22, VoiceSource.COLLEAGUE, "Invoices"),
            (20, VoiceSource.CUSTOMER, "Too slow"),
        ]


class TestDocuments:
    def test_backlog_markdown_groups_by_status(self) -> None:
        raised = entry(date(2026, 11, 20), waste_category=WasteCategory.RED_TAPE, waste_note="[x]")
        items = backlog.waste_items(
            [
                marked(raised, WasteStatus.RAISED, "retro *4 Dec*", date(2026, 11, 27)),
                entry(date(2026, 11, 21), waste_category=WasteCategory.ADMIN, tags=("ops",)),
                entry(date(2026, 11, 22), waste_note="loose"),
            ]
        )
        text = backlog.backlog_markdown(items)
        assert text.splitlines()[0] == "# Improvement backlog"
        headings = [line for line in text.splitlines() if line.startswith("## ")]
        assert headings == ["## Open items (2)", "## Raised items (1)"]
        assert "- **2026-11-21** · Unnecessary internal administration: (no note) (ops)" in text
        assert (
            "- **2026-11-20** · Rules for their own sake (red tape): \\[x\\]  \n"
            "  Raised 2026-11-27: retro \\*4 Dec\\*"
        ) in text
        assert text.endswith("\n")

    def test_voices_markdown_quotes_each_voice(self) -> None:
        items = backlog.voice_items(
            [entry(date(2026, 11, 20), voice_source=VoiceSource.CUSTOMER, voice_quote="a\nb")]
        )
        text = backlog.voices_markdown(items, term_for_word("patient"))
        assert "> a  \n> b" in text
        assert "— 2026-11-20, A patient directly" in text

    def test_empty_lists_say_so(self) -> None:
        assert "No waste noted yet." in backlog.backlog_markdown([])
        assert backlog.voices_text([], term_for_word("customer")) == "No voices written down yet."

    def test_text_forms(self) -> None:
        noted = entry(date(2026, 11, 20), waste_note="two\nlines")
        waste = backlog.waste_items([noted])
        assert backlog.backlog_text(waste).splitlines() == [
            "Open items (1)",
            f"  {noted.id[:8]}  2026-11-20  Not categorised: two",
            "                        lines",
        ]
        heard = entry(date(2026, 11, 20), voice_quote="hi", voice_shared=True)
        voices = backlog.voice_items([heard])
        assert (
            backlog.voices_text(voices, term_for_word("customer"))
            == f"{heard.id[:8]}  2026-11-20  No one today · shared with the team\n  “hi”"
        )

    def test_swedish(self) -> None:
        set_language("sv")
        items = backlog.waste_items(
            [entry(date(2026, 11, 20), waste_category=WasteCategory.RIGIDITY)]
        )
        text = backlog.backlog_markdown(items)
        assert text.startswith("# Förbättringslista") and "## Öppna punkter (1)" in text
        assert "· Stelbenthet: (ingen anteckning)" in text


class TestWriteTextFile:
    def test_writes_owner_only_and_refuses_to_replace(self, tmp_path: Path) -> None:
        target = tmp_path / "out.md"
        assert write_text_file(target, "one") == target
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        with pytest.raises(ExportExists, match="already exists"):
            write_text_file(target, "two")
        assert target.read_text(encoding="utf-8") == "one"
        write_text_file(target, "two", force=True)
        assert target.read_text(encoding="utf-8") == "two"

    def test_folder_and_missing_folder(self, tmp_path: Path) -> None:
        with pytest.raises(StorageError, match="is a folder"):
            write_text_file(tmp_path, "x")
        with pytest.raises(StorageError, match="There is no folder"):
            write_text_file(tmp_path / "missing" / "out.md", "x")


class TestCommands:
    @pytest.fixture
    def run(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Any:
        runner = make_runner(capsys)
        records = [
            {
                "date": "2026-11-26",
                "value": "a",
                "voice_source": "customer",
                "voice_quote": "*Fast*",
            },
            {
                "date": "2026-11-20",
                "value": "b",
                "waste_category": "admin",
                "waste_note": "# forms",
            },
            {"date": "2026-11-10", "value": "c", "waste_category": "rigidity"},
        ]
        assert runner("import", write_json(tmp_path / "in.json", records)).code == 0
        return runner

    def test_backlog_prints_text(self, run: Any) -> None:
        result = run("backlog")
        assert result.code == 0
        lines = result.out.splitlines()
        assert lines[0] == "Open items (2)"
        assert lines[1].endswith("  2026-11-20  Unnecessary internal administration: # forms")

    def test_dates_narrow_the_list(self, run: Any) -> None:
        result = run("backlog", "--since", "2026-11-15", "--format", "md")
        assert "\\# forms" in result.out and "Rigidity" not in result.out

    def test_voices_to_a_file_is_markdown_and_private(self, run: Any, tmp_path: Path) -> None:
        target = tmp_path / "voices.md"
        result = run("voices", "-o", target)
        assert result.code == 0 and str(target) in result.out
        assert target.read_text(encoding="utf-8").startswith("# Voice log")
        assert "\\*Fast\\*" in target.read_text(encoding="utf-8")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    def test_an_existing_file_needs_force(self, run: Any, tmp_path: Path) -> None:
        target = tmp_path / "backlog.md"
        target.write_text("mine", encoding="utf-8")
        result = run("backlog", "-o", target)
        assert result.code == 1
        assert "already exists" in result.err and "Traceback" not in result.err
        assert target.read_text(encoding="utf-8") == "mine"
        assert run("backlog", "-o", target, "--force", "--format", "text").code == 0
        assert target.read_text(encoding="utf-8").startswith("Open items (2)")

    def test_output_dash_prints(self, run: Any) -> None:
        result = run("voices", "-o", "-", "--format", "md")
        assert result.code == 0 and result.out.startswith("# Voice log")

    def test_a_bad_date_is_a_usage_error(self, run: Any) -> None:
        result = run("voices", "--since", "blursday")
        assert result.code == 2 and "blursday" in result.err

    def test_a_missing_folder_is_named(self, run: Any, tmp_path: Path) -> None:
        result = run("backlog", "-o", tmp_path / "nowhere" / "b.md")
        assert result.code == 1 and "There is no folder" in result.err
