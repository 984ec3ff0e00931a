"""The HTML report in a real browser: headless Chromium draws it, and the charts show."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import pytest

from focuscheck.coach.aggregate import review
from focuscheck.coach.loader import load_exports
from focuscheck.coach.report_html import render_html
from focuscheck.coach.svg import PALETTE
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
    """How often each colour occurs in an 8-bit RGB or RGBA PNG (decoded with zlib alone)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, header = 8, [], b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        position += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    previous = bytearray(stride)
    counts: Counter[tuple[int, int, int]] = Counter()
    for row in range(height):
        start = row * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(kind, line, previous, step)
        for x in range(0, stride, step * 2):  # every other pixel is plenty
            counts[(line[x], line[x + 1], line[x + 2])] += 1
        previous = line
    return counts


def _unfilter(kind: int, line: bytearray, previous: bytearray, step: int) -> None:
    if kind == 1:
        for i in range(step, len(line)):
            line[i] = (line[i] + line[i - step]) & 0xFF
    elif kind == 2:
        for i in range(len(line)):
            line[i] = (line[i] + previous[i]) & 0xFF
    elif kind == 3:
        for i in range(len(line)):
            left = line[i - step] if i >= step else 0
            line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(len(line)):
            a = line[i - step] if i >= step else 0
            b, c = previous[i], previous[i - step] if i >= step else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            nearest = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            line[i] = (line[i] + nearest) & 0xFF


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
