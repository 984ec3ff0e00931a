"""``focuscheck serve retro`` on a free loopback port, opened in headless Chromium.

textual-serve sends a page whose script opens a websocket; only then does the
server start the app and stream its screen.  Chromium's one-shot
``--screenshot`` fires at the page's load event, before that has happened, so
the test drives the same headless browser over the DevTools protocol instead:
it waits until the first bytes of the app arrived, then takes the screenshot
and checks that it shows the retro's set-up screen, not the loading card.
"""

from __future__ import annotations

import asyncio
import base64
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.png import rgb_rows

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
WAIT = 45.0
#: Colours of Textual's default dark theme that the set-up screen shows: the
#: title's accent (orange) and the primary button (blue).
ACCENT = (0xFF, 0xA6, 0x2B)
PRIMARY = (0x01, 0x78, 0xD4)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def stop(process: subprocess.Popen[Any]) -> None:
    """End ``process`` and everything it started (it leads its own process group)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@pytest.fixture
def served(data_dir: Path) -> Iterator[str]:
    """The URL of ``focuscheck serve retro``, listening on a free loopback port."""
    port = free_port()
    command = [sys.executable, "-m", "focuscheck", "--lang", "en", "--data-dir", str(data_dir)]
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port), "retro"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + WAIT
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read() if server.stdout else b""
                    shown = output.decode(errors="replace")
                    pytest.fail(f"focuscheck serve did not start: {shown}")
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/"
    finally:
        stop(server)


def colours(rows: list[bytes]) -> set[tuple[int, int, int]]:
    found: set[tuple[int, int, int]] = set()
    for row in rows[::2]:
        for x in range(0, len(row), 6):
            found.add((row[x], row[x + 1], row[x + 2]))
    return found


def near(colour: tuple[int, int, int], found: set[tuple[int, int, int]]) -> bool:
    return any(sum(abs(a - b) for a, b in zip(colour, other, strict=True)) < 24 for other in found)


async def screenshot_when_ready(url: str, profile: Path) -> bytes:
    """Open ``url`` in headless Chromium; once the app's screen streams in, take a PNG."""
    import aiohttp  # comes with textual-serve

    browser = subprocess.Popen(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", f"--user-data-dir={profile}", "--window-size=1200,800",
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
                        if message.get("id") == counter:
                            return dict(message.get("result", {}))

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
                return base64.b64decode(shot["data"])
    finally:
        stop(browser)


def test_the_retro_opens_in_a_browser(served: str, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    png = asyncio.run(screenshot_when_ready(served, tmp_path / "profile"))
    (tmp_path / "retro.png").write_bytes(png)
    width, height, rows = rgb_rows(png)
    assert (width, height) == (1200, 800)
    seen = colours(rows)
    # The loading card is a dark, dotted page with a logo; the set-up screen
    # adds text, inputs, the question list and coloured buttons.
    assert len(seen) > 300, f"only {len(seen)} colours: the app's screen did not appear"
    assert near(ACCENT, seen), "the orange title of the set-up screen is missing"
    assert near(PRIMARY, seen), "the blue start button of the set-up screen is missing"
