"""``focuscheck serve`` as a real server on a free loopback port, and a websocket client for it.

The server prints its links; the tests take the tokens from there, as a
facilitator copies them.  :func:`tab` opens a tab's websocket as textual's
page script does and collects the app's screen output as text.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

WAIT = 45.0


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


@dataclass
class Served:
    """A running ``focuscheck serve`` and the links it printed."""

    process: subprocess.Popen[str]
    port: int
    link: str
    """The facilitator's link, token included."""
    join_link: str | None
    """A retro's join link for members, when one was printed."""

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def start_serve(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> Served:
    """Start ``focuscheck serve ARGS`` and wait until it listens and has printed its links."""
    port = free_port()
    command = [sys.executable, "-m", "focuscheck", "--lang", "en", "--data-dir", str(data_dir)]
    process = subprocess.Popen(
        [*command, "serve", "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={**os.environ, **(env or {})},
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + WAIT
    while not any(line.startswith("Open ") for line in lines):
        line = process.stdout.readline()
        if not line or time.monotonic() > deadline:
            stop(process)
            raise AssertionError(f"focuscheck serve did not start: {''.join(lines)}")
        lines.append(line)
    if args[:1] == ("retro",):
        lines.append(process.stdout.readline())
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                stop(process)
                raise AssertionError(f"focuscheck serve did not listen: {''.join(lines)}") from None
            time.sleep(0.2)
    links = [found.group(0) for line in lines if (found := re.search(r"http://\S+", line))]
    return Served(process, port, links[0], links[1] if len(links) > 1 else None)


def socket_url(link: str) -> str:
    """The websocket address the page of ``link`` opens (the token moves into the path)."""
    base, token = link.split("?token=")
    return f"{base.replace('http://', 'ws://', 1)}ws/{token}"


class Refused(Exception):
    """The server turned the websocket away."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


async def screen_until(
    url: str, wanted: str, *, origin: str | None, keys: tuple[str, ...] = (), settle: float = 0.0
) -> str:
    """Open ``url``, read the app's output until ``wanted`` shows, send ``keys``, read on.

    Returns everything the app drew, as text.  Raises :class:`Refused` with the
    status when the server refuses the websocket.
    """
    headers = {"Origin": origin} if origin else {}
    drawn = b""
    async with aiohttp.ClientSession() as http:
        try:
            ws = await http.ws_connect(f"{url}?width=100&height=30", headers=headers)
        except aiohttp.WSServerHandshakeError as error:
            raise Refused(error.status) from None
        async with ws:

            async def read(until: float, stop_at: str | None) -> None:
                nonlocal drawn
                while (left := until - time.monotonic()) > 0:
                    try:
                        message = await ws.receive(timeout=left)
                    except TimeoutError:
                        return
                    if message.type is aiohttp.WSMsgType.BINARY:
                        drawn += message.data
                    elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                        return
                    if stop_at is not None and stop_at.encode() in drawn:
                        return

            await read(time.monotonic() + WAIT, wanted)
            assert wanted.encode() in drawn, f"{wanted!r} never appeared"
            for key in keys:
                await ws.send_str(json.dumps(["stdin", key]))
                await asyncio.sleep(0.3)
            await read(time.monotonic() + settle, None)
    return drawn.decode(errors="replace")
