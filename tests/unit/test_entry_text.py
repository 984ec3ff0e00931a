"""Entries as plain text and Markdown, with hostile text kept literal (entry_text)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.entry import Entry
from focuscheck.domain.entry_text import as_markdown, as_text, entry_lines, markdown_escape
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.i18n import set_language

MOMENT = datetime(2026, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def make(value: str = "Called a patient back", **changes: object) -> Entry:
    base = Entry(
        id="0b6c7a3e-6f1e-4a5e-9d59-3f0f1c7e2a11",
        date=date(2026, 11, 26),
        created_at=MOMENT,
        updated_at=MOMENT,
        value=value,
    )
    return base.with_changes(**changes)


FULL = make(
    salary="The patients",
    cornerstone="Patient focus",
    mission="Care for all",
    mission_clarity=4,
    voice_source=VoiceSource.COLLEAGUE,
    voice_quote="They wait too long",
    waste_category=WasteCategory.RIGIDITY,
    waste_note="Forms in triplicate",
    focus=5,
    tags=("phone", "follow-up"),
)


class TestLines:
    def test_every_answer_has_a_labelled_line(self) -> None:
        lines = dict(entry_lines(FULL, term_for_word("patient")))
        assert lines["Who pays my salary?"] == "The patients"
        assert lines["Value for the patient"] == "Called a patient back"
        assert lines["Voice heard"] == "A colleague with direct patient contact"
        assert lines["Waste"] == "Rigidity"
        assert lines["Mission clarity"] == "4/5"
        assert lines["Patient focus"] == "5/5"
        assert lines["Tags"] == "phone, follow-up"

    def test_empty_answers_and_missing_ratings_are_left_out(self) -> None:
        labels = [label for label, _text in entry_lines(make(), term_for_word("customer"))]
        assert labels == ["Value for the customer", "Voice heard"]

    def test_lines_follow_the_language(self) -> None:
        set_language("sv")
        lines = dict(entry_lines(FULL, term_for_word("patient")))
        assert lines["Vem betalar min lön?"] == "The patients"
        assert lines["Slöseri"] == "Stelbenthet"


class TestText:
    def test_layout(self) -> None:
        text = as_text([make("Line one\nline two", focus=3)], term_for_word("customer"))
        assert text == (
            "2026-11-26\n"
            "  Value for the customer: Line one\n"
            "    line two\n"
            "  Voice heard: No one today\n"
            "  Customer focus: 3/5"
        )

    def test_entries_are_separated_by_a_blank_line(self) -> None:
        text = as_text([FULL, make(date=date(2026, 11, 25))], term_for_word("patient"))
        assert text.count("\n\n") == 1
        assert text.index("2026-11-26") < text.index("2026-11-25")

    def test_nothing_to_show(self) -> None:
        assert as_text([], term_for_word("customer")) == "No entries."
        set_language("sv")
        assert as_text([], term_for_word("kund")) == "Inga avstämningar."


class TestMarkdown:
    def test_layout(self) -> None:
        markdown = as_markdown([FULL], term_for_word("patient"))
        assert markdown.startswith("# focuscheck journal\n\n## 2026-11-26\n\n")
        assert "- **Value for the patient:** Called a patient back\n" in markdown
        assert "- **Tags:** phone, follow-up\n" in markdown
        assert markdown.endswith("\n") and not markdown.endswith("\n\n")

    def test_nothing_to_show(self) -> None:
        assert as_markdown([], term_for_word("customer")) == "# focuscheck journal\n\nNo entries.\n"

    def test_line_breaks_stay_inside_the_list_item(self) -> None:
        markdown = as_markdown([make("first\nsecond")], term_for_word("customer"))
        assert "- **Value for the customer:** first  \n  second\n" in markdown

    @pytest.mark.parametrize(
        ("hostile", "literal"),
        [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("[click](https://evil.example)", "\\[click\\](https://evil.example)"),
            ("![img](x.png)", "!\\[img\\](x.png)"),
            ("**bold** _it_ `code`", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\`"),
            ("a | b", "a \\| b"),
            ("~~gone~~", "\\~\\~gone\\~\\~"),
            ("&amp; stays &amp;", "&amp;amp; stays &amp;amp;"),
            ("back\\slash", "back\\\\slash"),
        ],
    )
    def test_inline_markup_is_escaped(self, hostile: str, literal: str) -> None:
        assert markdown_escape(hostile) == literal
        assert literal in as_markdown([make(hostile)], term_for_word("customer"))

    @pytest.mark.parametrize(
        ("line", "escaped"),
        [
            ("# heading", "\\# heading"),
            ("- item", "\\- item"),
            ("+ item", "\\+ item"),
            ("1. item", "1\\. item"),
            ("12) item", "12\\) item"),
            ("---", "\\---"),
            ("===", "\\==="),
            ("> quote", "&gt; quote"),
        ],
    )
    def test_block_markup_at_a_line_start_is_escaped(self, line: str, escaped: str) -> None:
        markdown = as_markdown([make("intro\n" + line)], term_for_word("customer"))
        assert f"intro  \n  {escaped}\n" in markdown

    def test_no_heading_or_list_can_be_smuggled_in(self) -> None:
        hostile = "x\n# Fake day\n- **Value:** forged\n---\n<img src=x onerror=alert(1)>"
        markdown = as_markdown([make(hostile)], term_for_word("customer"))
        headings = re.findall(r"^#+ .*$", markdown, flags=re.MULTILINE)
        assert headings == ["# focuscheck journal", "## 2026-11-26"]
        assert len(re.findall(r"^- ", markdown, flags=re.MULTILINE)) == 2
        assert "<" not in markdown

    def test_the_customer_word_in_labels_is_escaped_too(self) -> None:
        markdown = as_markdown([make()], term_for_word("<b>*client*</b>"))
        assert "<b>" not in markdown
        assert "- **Value for the &lt;b&gt;\\*client\\*&lt;/b&gt;:**" in markdown

    def test_headings_follow_the_language(self) -> None:
        set_language("sv")
        assert as_markdown([], term_for_word("kund")).startswith("# focuscheck-dagbok\n")
