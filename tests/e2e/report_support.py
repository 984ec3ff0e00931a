"""A typical team's exports for the printed report, and Chromium to draw, measure and print it."""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

from focuscheck.coach.export_format import ExportOptions, document_json
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.settings import Settings
from tests.unit.coach_support import TODAY, entry, export_document

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NO_CHROMIUM = "headless Chromium is not installed (Debian package 'chromium'; .ci/run installs it)"

VOICES = (VoiceSource.CUSTOMER, VoiceSource.COLLEAGUE, VoiceSource.NONE)
WASTES = (*WasteCategory, None)
TEAMS = ("Nord", "Syd")


def write_typical_team(folder: Path, people: int = 20, weeks: int = 8) -> list[Path]:
    """Exports of ``people`` participants in two teams, three to five check-ins a week.

    The answers vary from person to person and week to week (clarity, whose
    voice, waste category, whether the answers name the customer), so every
    chart of the report has several bars of different lengths and every
    reflection kind has texts.
    """
    folder.mkdir(parents=True, exist_ok=True)
    monday = TODAY - timedelta(days=TODAY.weekday())
    paths = []
    for person in range(people):
        pick = random.Random(person)  # the same made-up team on every run
        entries = []
        for back in range(weeks):
            for day in range(pick.randint(3, 5)):
                waste = pick.choice(WASTES)
                named = pick.random() < 0.63
                entries.append(
                    entry(
                        monday - timedelta(days=7 * back - day),
                        value=f"Participant {person} made the form shorter in week {back}",
                        salary="The customer" if named else "My manager",
                        salary_aligned=named,
                        cornerstone_aligned=pick.random() < 0.8,
                        mission_clarity=pick.choice((2, 3, 3, 4, 4, 4, 5)),
                        voice_source=pick.choice(VOICES),
                        voice_quote=f"Week {back}: the invoice came too late",
                        waste_category=waste,
                        waste_note="Nobody knew who decides" if waste else "",
                        mission="We make the customer's day simpler",
                        focus=pick.choice((2, 3, 3, 4, 4, 5)),
                    )
                )
        document = export_document(
            entries, Settings(team=TEAMS[person % 2]), ExportOptions(team=TEAMS[person % 2])
        )
        path = folder / f"export-{person:02d}.json"
        path.write_text(document_json(document), encoding="utf-8")
        paths.append(path)
    return paths


def chromium(*arguments: str, profile: Path) -> subprocess.CompletedProcess[bytes]:
    """Run headless Chromium with a throw-away profile and nothing fetched from outside."""
    return subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--force-device-scale-factor=1", f"--user-data-dir={profile}",
            *arguments,
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip


def print_pages(page: Path, profile: Path) -> int:
    """How many A4 pages Chromium prints ``page`` on."""
    target = page.with_suffix(".pdf")
    chromium("--no-pdf-header-footer", f"--print-to-pdf={target}", page.as_uri(), profile=profile)
    return pdf_page_count(target.read_bytes())


def pdf_page_count(data: bytes) -> int:
    """The pages of a PDF that keeps its objects uncompressed, as Chromium writes them.

    A page object is ``/Type /Page`` (not ``/Pages``); the page tree's own
    ``/Count`` must agree, so a PDF laid out in another way fails loudly here
    instead of being miscounted.
    """
    assert b"/ObjStm" not in data, "the PDF packs its objects in streams; count its pages otherwise"
    pages = len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))
    counts = [int(found) for found in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(found) for found in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    assert pages and max(counts, default=pages) == pages, "the page objects and /Count disagree"
    return pages


MEASURE = """
<script>
const box = (element) => { const b = element.getBBox(); return [b.x, b.y, b.width, b.height]; };
const charts = [...document.querySelectorAll("svg.chart")].map((svg) => ({
  kind: svg.dataset.kind || "",
  view: svg.getAttribute("viewBox").split(" ").map(Number),
  plot: [Number(svg.dataset.plotStart || 0), Number(svg.dataset.plotEnd || 0)],
  labels: [...svg.querySelectorAll("text.label")].map((text) => ({
    text: [...text.querySelectorAll("tspan")].map((line) => line.textContent).join(" "),
    lines: text.querySelectorAll("tspan").length, box: box(text),
  })),
  texts: [...svg.querySelectorAll("text")].map(box),
  bars: [...svg.querySelectorAll("rect.bar")].map((bar) => ({
    value: Number(bar.dataset.value), fill: bar.getAttribute("fill"),
    screen: [bar.getBoundingClientRect().left, bar.getBoundingClientRect().width],
  })),
  ticks: [...svg.querySelectorAll("line.tick")].map((line) => ({
    value: Number(line.dataset.value), left: line.getBoundingClientRect().left,
  })),
}));
const out = document.createElement("pre");
out.id = "measured";
out.textContent = JSON.stringify(charts);
document.body.append(out);
</script>
"""


def measure_charts(report: str, folder: Path) -> list[dict[str, Any]]:
    """What Chromium laid out in every chart of ``report``: label boxes, bar and tick positions."""
    page = folder / "measured.html"
    page.write_text(report.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = chromium(
        "--window-size=1200,1600", "--dump-dom", page.as_uri(), profile=folder / "profile"
    ).stdout.decode()
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, re.DOTALL)
    assert found, "the measuring script did not run"
    charts: list[dict[str, Any]] = json.loads(html.unescape(found.group(1)))
    return charts
