"""The HTML report in a real browser: headless Chromium draws it, and the charts show."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from focuscheck.coach.aggregate import review
from focuscheck.coach.loader import load_exports
from focuscheck.coach.report_html import render_html
from focuscheck.coach.svg import PALETTE
from tests.e2e.png import rgb_rows
from tests.unit.coach_support import write_team

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason="headless Chromium is not installed (Debian package 'chromium'; .ci/run installs it)",
)


def screenshot(page: Path, target: Path, profile: Path) -> None:
    """Let Chromium render ``page`` into the PNG ``target``."""
    subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}", f"--screenshot={target}",
            "--window-size=1200,1600", page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )  # fmt: skip


def png_pixels(path: Path) -> Counter[tuple[int, int, int]]:
    """How often each colour occurs in the PNG at ``path`` (every other pixel is plenty)."""
    _width, _height, rows = rgb_rows(path.read_bytes())
    return Counter((row[x], row[x + 1], row[x + 2]) for row in rows for x in range(0, len(row), 6))


def rgb(code: str) -> tuple[int, int, int]:
    return (int(code[1:3], 16), int(code[3:5], 16), int(code[5:7], 16))


@pytest.mark.slow
def test_html_report_draws_its_charts_in_chromium(tmp_path: Path) -> None:
    write_team(tmp_path / "team", 6, weeks=4)
    loaded = load_exports([tmp_path / "team"])
    html = render_html(review(loaded.exports, 5), loaded)
    page = tmp_path / "review.html"
    page.write_text(html, encoding="utf-8")
    assert html.count("<svg") >= 6 and "<rect" in html and "<polyline" in html

    image = tmp_path / "review.png"
    screenshot(page, image, tmp_path / "profile")

    colours = png_pixels(image)
    assert len(colours) > 20, "the screenshot is blank"
    white = colours[(255, 255, 255)]
    assert white < sum(colours.values()) * 0.98, "the page is nearly all white"
    bar_blue, bar_orange = rgb(PALETTE[0]), rgb(PALETTE[1])
    assert colours[bar_blue] > 200, "no blue bars were drawn"
    assert colours[bar_orange] > 50, "no orange bars were drawn"
