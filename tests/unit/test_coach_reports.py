"""The reports a coach shares, and ``focuscheck coach`` on the command line."""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from focuscheck.coach.aggregate import review
from focuscheck.coach.export_format import checksum
from focuscheck.coach.loader import LoadResult, load_exports
from focuscheck.coach.report_html import render_html
from focuscheck.coach.report_md import render_markdown
from focuscheck.domain.customer_term import term_for_word
from focuscheck.domain.enums import WasteCategory, WasteStatus
from focuscheck.i18n import set_language
from tests.unit.cli_support import Runner, make_runner
from tests.unit.coach_support import rewrite, write_team
from tests.unit.trend_support import checkin, person

K = 5


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Runner:
    return make_runner(capsys)


def loaded_team(tmp_path: Path, people: int) -> LoadResult:
    paths = write_team(tmp_path / "team", people)
    rewrite(paths[0], lambda data: None)  # same content, another byte layout
    return load_exports([tmp_path / "team"])


def test_markdown_report_has_every_section(tmp_path: Path) -> None:
    loaded = loaded_team(tmp_path, K)
    text = render_markdown(review(loaded.exports, K), loaded)
    for heading in (
        "# Customer focus: team review", "## Overview", "## Check-ins per participant per week",
        "## Naming the customer", "## Mission clarity", "## Whose voice was heard",
        "## Waste by category",
        "## Trend", "## Themes",
    ):  # fmt: skip
        assert heading in text
    assert "| 2026-W48 | 5 | 15 |" in text
    assert "Who pays my salary? | 100 % (30 of 30)" in text


def test_reports_below_k_say_why_and_show_no_figures(tmp_path: Path) -> None:
    loaded = loaded_team(tmp_path, K - 1)
    result = review(loaded.exports, K)
    markdown = render_markdown(result, loaded)
    html = render_html(result, loaded)
    note = "Only 4 participants loaded. Every figure needs at least 5, so none is shown."
    assert note in markdown and note in html
    assert "## Themes" not in markdown
    assert "made the form shorter" not in markdown + html
    assert "<svg" not in html


def test_reports_name_no_file_and_no_participant(tmp_path: Path) -> None:
    loaded = loaded_team(tmp_path, K)
    result = review(loaded.exports, K)
    for text in (render_markdown(result, loaded), render_html(result, loaded)):
        assert "export-0" not in text
        assert not re.search(r"p-[0-9a-f]{16}", text)


def test_user_text_is_escaped_in_both_reports(tmp_path: Path) -> None:
    paths = write_team(tmp_path / "team", K)
    hostile = "<script>alert(1)</script> **bold** [link](x) | pipe"

    def plant(data: dict) -> None:
        for item in data["entries"]:  # the most frequent value, so the report lists it
            item["value"] = hostile
        data["checksum"] = checksum(data)

    rewrite(paths[0], plant)
    loaded = load_exports([tmp_path / "team"])
    result = review(loaded.exports, K)
    html = render_html(result, loaded)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    markdown = render_markdown(result, loaded)
    assert "<script>" not in markdown
    assert "\\*\\*bold\\*\\* \\[link\\](x) \\| pipe" in markdown


def test_html_report_is_self_contained_with_charts(tmp_path: Path) -> None:
    loaded = loaded_team(tmp_path, K)
    html = render_html(review(loaded.exports, K), loaded)
    assert html.startswith("<!DOCTYPE html>")
    assert html.count("<svg") >= 6
    assert "<rect" in html and "<polyline" in html
    assert "@media print" in html and "@page { size: A4;" in html
    assert "<script" not in html
    assert not re.search(r"(src|href)=\"?https?:", html)


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["Naming the patient", "A patient directly: ", "Heard the patient"]),
        ("sv", ["Hur ofta patienten nämns", "Patienten direkt: ", "Hörde patienten"]),
    ],
)
def test_html_charts_name_the_customer_in_the_reviews_word(
    tmp_path: Path, language: str, labels: list[str]
) -> None:
    loaded = loaded_team(tmp_path, K)
    set_language(language)
    patient = term_for_word("patient")
    html = render_html(replace(review(loaded.exports, K), customer_term=patient), loaded)
    for label in labels:
        assert label in html
    assert "A customer directly" not in html and "Kunden direkt" not in html


def test_reports_follow_the_language(tmp_path: Path) -> None:
    loaded = loaded_team(tmp_path, K)
    set_language("sv")
    text = render_markdown(review(loaded.exports, K), loaded)
    assert "## Översikt" in text
    assert "Vem betalar min lön?" in text


def exports_say(word: str) -> Callable[[dict[str, object]], None]:
    def change(data: dict[str, object]) -> None:
        data["customer_term"] = word
        data["checksum"] = checksum(data)

    return change


@pytest.mark.parametrize(
    ("language", "words", "never"),
    [
        (
            "en",
            [
                "# Patient focus: team review",
                "Patient focus (mean",
                "Salary: patient",
                "A patient directly",
                "Value for the patient",
                "**Exports call the customer:** kund",
            ],
            ["Customer focus", "Salary: customer", "Value for the customer", "A kund", "the kund"],
        ),
        (
            "sv",
            [
                "# Patientfokus: genomgång för teamet",
                "Patientfokus (medel",
                "Hörde patienten",
                "**Exporternas ord för kunden:** kund",
            ],
            ["Kundfokus", "nämner kunden", "Lön: kunden", "Hörde kunden", "Mervärde för kunden"],
        ),
    ],
)
def test_reports_use_the_coachs_own_word_for_the_customer(
    run: Runner, tmp_path: Path, language: str, words: list[str], never: list[str]
) -> None:
    for path in write_team(tmp_path / "team", K):
        rewrite(path, exports_say("kund"))
    assert run("config", "set", "customer_term", "patient").code == 0
    target = tmp_path / "review.md"
    result = run("--lang", language, "coach", tmp_path / "team", "--report", target)
    assert result.code == 0, result.err
    text = target.read_text(encoding="utf-8")
    for word in words:
        assert word in text
    for word in never:
        assert word not in text


def test_without_a_setting_of_their_own_the_coach_reads_the_default_word(
    run: Runner, tmp_path: Path
) -> None:
    for path in write_team(tmp_path / "team", K):
        rewrite(path, exports_say("patient"))
    target = tmp_path / "review.md"
    assert run("coach", tmp_path / "team", "--report", target).code == 0
    text = target.read_text(encoding="utf-8")
    assert "# Customer focus: team review" in text
    assert "**Exports call the customer:** patient" in text
    assert text.count("patient") == 1


def test_the_markdown_report_has_a_management_review_section(tmp_path: Path) -> None:
    set_language("en")
    kinds = (WasteCategory.UNCLARITY, WasteCategory.UNCLARITY, WasteCategory.ADMIN)
    statuses = (WasteStatus.RESOLVED, WasteStatus.RAISED, WasteStatus.OPEN)
    exports = [
        person(
            str(index),
            [
                checkin(48, waste_category=kind, waste_status=status)
                for kind, status in zip(kinds, statuses, strict=True)
            ],
        )
        for index in range(K)
    ]
    text = render_markdown(review(exports, K), LoadResult(tuple(exports), (), ()))
    section = text[text.index("## For the management review (ISO 9001)") :]
    for heading in (
        "### 5.1.2 Customer focus",
        "### 7.3 Awareness",
        "### Waste, most noted first",
        "### What these figures are evidence of",
    ):
        assert heading in section
    assert "Answers naming the customer to “Who pays my salary?”: 100 % (15 of 15)" in section
    assert (
        "| Unclarity | 10 | 67 % |\n| Unnecessary internal administration | 5 | 100 % |" in section
    )
    assert "Follow-up of the 15 items noted: Open 5 · Raised 5 · Resolved 5 · Dropped 0." in section
    assert "not a measurement of customer satisfaction, and not an audit of the process" in section


def test_without_statuses_the_follow_up_is_not_available(tmp_path: Path) -> None:
    set_language("en")
    exports = [
        person(str(index), [checkin(48, waste_category=WasteCategory.RIGIDITY)])
        for index in range(K)
    ]
    text = render_markdown(review(exports, K), LoadResult(tuple(exports), (), ()))
    assert "Follow-up: not available." in text


def test_coach_command_writes_both_reports(run: Runner, tmp_path: Path) -> None:
    write_team(tmp_path / "team", K)
    for name in ("review.md", "review.html"):
        target = tmp_path / name
        result = run("coach", tmp_path / "team", "--report", target)
        assert result.code == 0, result.err
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert "Customer focus: team review" in target.read_text(encoding="utf-8")
    again = run("coach", tmp_path / "team", "--report", tmp_path / "review.md")
    assert again.code == 1 and "--force" in again.err


def test_coach_command_reports_each_bad_file_and_goes_on(run: Runner, tmp_path: Path) -> None:
    paths = write_team(tmp_path / "team", K)
    rewrite(paths[0], lambda data: data.update(version=3))
    (tmp_path / "team" / "copy.json").write_bytes(paths[1].read_bytes())
    result = run("coach", tmp_path / "team", "--min-group", "4")
    assert result.code == 0
    assert "export-00.json: export version 3 is not supported" in result.err
    assert "export-01.json: already loaded (same content as" in result.err
    assert "## Trend" in result.out  # not a terminal: the Markdown report


def test_coach_command_refuses_a_tiny_minimum_group(run: Runner, tmp_path: Path) -> None:
    write_team(tmp_path / "team", K)
    result = run("coach", tmp_path / "team", "--min-group", "2")
    assert result.code == 2
    assert "3 or more" in result.err


def test_coach_command_with_nothing_loadable(run: Runner, tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("[]", encoding="utf-8")
    result = run("coach", tmp_path / "x.json")
    assert result.code == 1
    assert "No export could be loaded" in result.err
