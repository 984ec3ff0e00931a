"""``focuscheck serve retro`` with a real client: only its links reach the app, each its own tab.

Each test starts the real server on a free loopback port and talks to it as a
browser tab does: the page over HTTP, the app over the page's websocket.
"""

from __future__ import annotations

import asyncio
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.customer_term import CustomerTerm
from focuscheck.domain.settings import Settings
from focuscheck.retro.prompts import PromptKind, standard_prompt
from focuscheck.retro.session_store import FOLDER, SessionStore, format_code
from focuscheck.storage.journal import Journal
from tests.conftest import FROZEN_NOW
from tests.e2e.serve_support import Refused, Served, screen_until, socket_url, start_serve, stop

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ESCAPE = "\x1b"
CTRL_P = "\x10"
#: Logs every file a member's process opens (Python audit events), nothing of other processes.
OPEN_LOGGER = """
    import os, sys
    if "retro-member" in sys.orig_argv:
        _log = open(os.environ["FOCUSCHECK_TEST_OPEN_LOG"], "a", buffering=1, encoding="utf-8")
        def _opened(event, args):
            if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
                _log.write(os.path.abspath(os.fsdecode(args[0])) + "\\n")
        sys.addaudithook(_opened)
"""


@pytest.fixture
def served(data_dir: Path) -> Iterator[Served]:
    server = start_serve(data_dir, "retro")
    try:
        yield server
    finally:
        stop(server.process)


def status_of(url: str, origin: str | None = None) -> int:
    request = Request(url, headers={"Origin": origin} if origin else {})
    try:
        with urlopen(request, timeout=10) as reply:
            return int(reply.status)
    except HTTPError as error:
        return error.code


def refused_status(url: str, origin: str | None) -> int:
    with pytest.raises(Refused) as refused:
        asyncio.run(screen_until(url, "never drawn", origin=origin))
    return refused.value.status


def test_the_links_carry_long_random_tokens(served: Served) -> None:
    assert served.join_link is not None
    token = served.link.split("?token=")[1]
    join_token = served.join_link.split("?token=")[1]
    assert served.link == f"http://127.0.0.1:{served.port}/?token={token}"
    assert served.join_link == f"http://127.0.0.1:{served.port}/join/?token={join_token}"
    assert len(token) >= 22 and len(join_token) >= 22  # 128 bits or more, URL-safe
    assert token != join_token


def test_without_the_token_nothing_is_served(served: Served) -> None:
    assert status_of(served.origin + "/") == 403
    assert status_of(served.origin + "/?token=") == 403
    assert status_of(served.origin + "/join/") == 403
    assert refused_status(f"ws://127.0.0.1:{served.port}/ws/", served.origin) == 403
    assert refused_status(f"ws://127.0.0.1:{served.port}/join/ws/", served.origin) == 403


def test_a_wrong_token_is_refused(served: Served) -> None:
    assert served.join_link is not None
    token = served.link.split("?token=")[1]
    join_token = served.join_link.split("?token=")[1]
    assert status_of(f"{served.origin}/?token={token[:-1]}") == 403
    # Each link opens its own tab only.
    assert status_of(f"{served.origin}/?token={join_token}") == 403
    assert status_of(f"{served.origin}/join/?token={token}") == 403
    assert refused_status(f"ws://127.0.0.1:{served.port}/ws/{token[:-1]}", served.origin) == 403
    assert refused_status(f"ws://127.0.0.1:{served.port}/ws/{join_token}", served.origin) == 403


def test_a_page_of_another_site_is_refused_even_with_the_token(served: Served) -> None:
    assert status_of(served.link, origin="http://attacker.example") == 403
    url = socket_url(served.link)
    for origin in ("http://attacker.example", "null", f"http://127.0.0.1:{served.port + 1}"):
        assert refused_status(url, origin) == 403


def test_the_right_token_opens_the_app(served: Served) -> None:
    assert status_of(served.link) == 200
    drawn = asyncio.run(screen_until(socket_url(served.link), "Retro opener", origin=served.origin))
    assert "Start a remote retro" in drawn


def test_the_page_names_no_other_host(served: Served) -> None:
    with urlopen(served.link, timeout=10) as reply:
        page = reply.read().decode("utf-8")
        policy = reply.headers["Content-Security-Policy"]
    addresses = re.findall(r"(?:[a-z]+:)?//[^\s\"'<>)]+", page)
    assert addresses, "the page opens no websocket"
    for address in addresses:
        assert address.split("//", 1)[1].startswith(f"127.0.0.1:{served.port}/"), address
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy


def test_the_join_link_opens_a_member_s_screen_and_never_the_journal(
    data_dir: Path, tmp_path: Path
) -> None:
    journal = Journal.open(data_dir, FixedClock(FROZEN_NOW))
    journal.save_settings(Settings(customer_term="citizen"))
    journal.close()
    store = SessionStore(data_dir)
    prompts = (standard_prompt(PromptKind.WASTE),)
    code = store.create(prompts, 60, named=False, customer=CustomerTerm("patient")).code
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(textwrap.dedent(OPEN_LOGGER), encoding="utf-8")
    log = tmp_path / "opened.txt"
    env = {"PYTHONPATH": str(hooks), "FOCUSCHECK_TEST_OPEN_LOG": str(log)}
    served = start_serve(data_dir, "retro", env=env)
    try:
        assert served.join_link is not None
        url = socket_url(served.join_link)
        # Escape and the command palette lead nowhere; then the member joins with the code.
        keys = (ESCAPE, CTRL_P, format_code(code), "\r")
        drawn = asyncio.run(
            screen_until(url, "Join a retro", origin=served.origin, keys=keys, settle=3.0)
        )
    finally:
        stop(served.process)
    assert "You have joined." in drawn
    for elsewhere in ("Retro opener", "Start a remote retro", "Search for commands"):
        assert elsewhere not in drawn
    opened = [Path(line) for line in log.read_text(encoding="utf-8").splitlines()]
    inside = [path for path in opened if path.is_relative_to(data_dir)]
    assert inside, "the member's process never read the session"
    assert all(path.is_relative_to(data_dir / FOLDER) for path in inside), inside
