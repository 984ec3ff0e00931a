"""``focuscheck serve retro`` on a free loopback port, opened in headless Chromium.

textual-serve sends a page whose script opens a websocket; only then does the
server start the app and stream its screen.  Chromium's one-shot
``--screenshot`` fires at the page's load event, before that has happened, so
the tests drive the same headless browser over the DevTools protocol instead:
they wait until the first bytes of the app arrived, then take the screenshot
and check that it shows the retro's set-up screen, not the loading card.  The
protocol also reports every request the page makes, so a test can check that
none goes anywhere but the server itself.
"""

from __future__ import annotations

import asyncio
import base64
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.e2e.png import rgb_rows
from tests.e2e.serve_support import WAIT, Served, start_serve, stop

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
#: Colours of Textual's default dark theme that the set-up screen shows: the
#: title's accent (orange) and the primary button (blue).
ACCENT = (0xFF, 0xA6, 0x2B)
PRIMARY = (0x01, 0x78, 0xD4)
#: What the page asked the network for, as DevTools reports it.
REQUEST_EVENTS = ("Network.requestWillBeSent", "Network.webSocketCreated")


@pytest.fixture
def served(data_dir: Path) -> Iterator[Served]:
    """``focuscheck serve retro``, listening on a free loopback port."""
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    server = start_serve(data_dir, "retro")
    try:
        yield server
    finally:
        stop(server.process)


def colours(rows: list[bytes]) -> set[tuple[int, int, int]]:
    found: set[tuple[int, int, int]] = set()
    for row in rows[::2]:
        for x in range(0, len(row), 6):
            found.add((row[x], row[x + 1], row[x + 2]))
    return found


def near(colour: tuple[int, int, int], found: set[tuple[int, int, int]]) -> bool:
    return any(sum(abs(a - b) for a, b in zip(colour, other, strict=True)) < 24 for other in found)


@dataclass
class Visit:
    """What the browser showed and asked for while it opened a page."""

    png: bytes = b""
    requested: list[str] = field(default_factory=list)
    """Every address the page requested or opened a websocket to."""


async def visit_when_ready(url: str, profile: Path) -> Visit:
    """Open ``url`` in headless Chromium; once the app's screen streams in, take a PNG.

    Name lookups of any host but 127.0.0.1 fail inside this browser, so nothing
    can leave the machine even if the page tried; DevTools still reports the try.
    """
    import aiohttp  # comes with textual-serve

    visit = Visit()
    browser = subprocess.Popen(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}", "--window-size=1200,800",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "--remote-debugging-port=0", "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )  # fmt: skip
    try:
        assert browser.stderr is not None
        port = None
        for line in browser.stderr:
            found = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        assert port is not None, "Chromium did not open its DevTools port"
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/json/list") as reply:
                page = next(t for t in await reply.json() if t["type"] == "page")
            async with http.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
                counter = 0

                async def call(method: str, **params: Any) -> dict[str, Any]:
                    nonlocal counter
                    counter += 1
                    await ws.send_json({"id": counter, "method": method, "params": params})
                    while True:
                        message = await ws.receive_json()
                        if message.get("method") in REQUEST_EVENTS:
                            params = message["params"]
                            visit.requested.append(params.get("request", params)["url"])
                        if message.get("id") == counter:
                            return dict(message.get("result", {}))

                await call("Network.enable")
                await call(
                    "Emulation.setDeviceMetricsOverride",
                    width=1200,
                    height=800,
                    deviceScaleFactor=1,
                    mobile=False,
                )
                await call("Page.navigate", url=url)
                deadline = time.monotonic() + WAIT
                state = ""
                while "-first-byte" not in state:
                    assert time.monotonic() < deadline, f"the app never drew (page: {state!r})"
                    await asyncio.sleep(0.25)
                    result = await call("Runtime.evaluate", expression="document.body.className")
                    state = str(result.get("result", {}).get("value", ""))
                await asyncio.sleep(2.0)  # the first frames, and the fade-in of the terminal
                shot = await call("Page.captureScreenshot", format="png")
                visit.png = base64.b64decode(shot["data"])
                return visit
    finally:
        stop(browser)


def test_the_retro_opens_in_a_browser(served: Served, tmp_path: Path) -> None:
    png = asyncio.run(visit_when_ready(served.link, tmp_path / "profile")).png
    (tmp_path / "retro.png").write_bytes(png)
    width, height, rows = rgb_rows(png)
    assert (width, height) == (1200, 800)
    seen = colours(rows)
    # The loading card is a dark, plain page; the set-up screen adds text,
    # inputs, the question list and coloured buttons.
    assert len(seen) > 300, f"only {len(seen)} colours: the app's screen did not appear"
    assert near(ACCENT, seen), "the orange title of the set-up screen is missing"
    assert near(PRIMARY, seen), "the blue start button of the set-up screen is missing"


def test_the_page_asks_no_other_host_for_anything(served: Served, tmp_path: Path) -> None:
    requested = asyncio.run(visit_when_ready(served.link, tmp_path / "profile")).requested
    assert any(urlsplit(url).scheme == "ws" for url in requested), requested
    assert any(url.endswith("/static/js/textual.js") for url in requested), requested
    elsewhere = [url for url in requested if urlsplit(url).netloc != f"127.0.0.1:{served.port}"]
    assert elsewhere == []
