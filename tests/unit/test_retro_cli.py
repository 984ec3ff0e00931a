"""``focuscheck retro`` and ``focuscheck serve`` on the command line (no screens opened)."""

from __future__ import annotations

import os
import shlex
import socket
from pathlib import Path
from typing import ClassVar

import pytest

from focuscheck.cli import retro_cmds
from focuscheck.cli.common import AppContext
from focuscheck.cli.context import ENV_DRIVER
from focuscheck.domain.clock import SystemClock
from focuscheck.i18n import set_language
from focuscheck.serving.server import Tab
from tests.unit.cli_support import make_runner


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.20", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_loopback_is_recognised(host: str, loopback: bool) -> None:
    assert retro_cmds.is_loopback(host) is loopback


def test_served_command_runs_this_focuscheck_with_the_same_folder_and_language(
    tmp_path: Path,
) -> None:
    set_language("sv")
    context = AppContext(data_dir=tmp_path / "my data", clock=SystemClock())
    parts = shlex.split(retro_cmds.served_command(context, ("retro", "--out", "a b.md")))
    assert parts[1:3] == ["-m", "focuscheck"]
    assert parts[3:7] == ["--lang", "sv", "--data-dir", str(tmp_path / "my data")]
    assert parts[7:] == ["retro", "--out", "a b.md"]


def test_retro_options_are_checked_before_any_screen(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run = make_runner(capsys)
    result = run("retro", "--since", "2 weeks ago")
    assert result.code == 2 and "--since needs --from" in result.err
    result = run("retro", "--out", tmp_path / "nowhere" / "retro.md")
    assert result.code == 2 and "does not exist" in result.err
    result = run("retro", "--from", tmp_path / "missing")
    assert result.code == 2 and "does not exist" in result.err
    result = run("retro", "--from", tmp_path, "--since", "the day after never")
    assert result.code == 2 and "Traceback" not in result.err


def test_retro_without_a_terminal_points_to_serve(capsys: pytest.CaptureFixture[str]) -> None:
    result = make_runner(capsys)("retro")
    assert result.code == 1
    assert "focuscheck serve retro" in result.err


def test_retro_from_a_folder_without_exports_is_an_error_not_a_screen(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DRIVER, "test")
    result = make_runner(capsys)("retro", "--from", tmp_path)
    assert result.code == 1
    assert "no anonymized export could be loaded" in result.err


class FakeServer:
    """Stands in for the web server: records what it was asked to serve."""

    started: ClassVar[list[FakeServer]] = []

    def __init__(self, tabs: tuple[Tab, ...], *, host: str, port: int) -> None:
        self.tabs, self.host, self.port = tabs, host, port
        FakeServer.started.append(self)

    def serve(self) -> None:
        pass


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[FakeServer]:
    FakeServer.started = []
    monkeypatch.setattr("focuscheck.serving.server.GuardedServer", FakeServer)
    return FakeServer.started


def test_serve_prints_the_link_with_its_token_and_a_join_link_for_a_retro(
    capsys: pytest.CaptureFixture[str], started: list[FakeServer]
) -> None:
    result = make_runner(capsys)("serve", "retro")
    assert result.code == 0 and "Warning" not in result.err
    server = started[-1]
    assert (server.host, server.port) == ("127.0.0.1", 8000)
    facilitator, member = server.tabs
    assert facilitator.command.endswith(" retro")
    assert member.command.endswith(f" {retro_cmds.MEMBER_COMMAND}")
    assert f"http://127.0.0.1:8000/?token={facilitator.token}" in result.out
    assert f"http://127.0.0.1:8000/join/?token={member.token}" in result.out
    assert len({facilitator.token, member.token}) == 2
    assert all(len(tab.token) >= 43 for tab in server.tabs)  # 256 bits, URL-safe


def test_serve_without_a_retro_prints_no_join_link(
    capsys: pytest.CaptureFixture[str], started: list[FakeServer]
) -> None:
    result = make_runner(capsys)("serve")
    assert result.code == 0 and "join" not in result.out
    assert len(started[-1].tabs) == 1


def test_every_serve_has_a_new_token(
    capsys: pytest.CaptureFixture[str], started: list[FakeServer]
) -> None:
    run = make_runner(capsys)
    run("serve")
    run("serve")
    assert started[0].tabs[0].token != started[1].tabs[0].token


def test_a_chosen_token_is_used_and_not_handed_on_to_the_app(
    capsys: pytest.CaptureFixture[str],
    started: list[FakeServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run = make_runner(capsys)
    result = run("serve", "--token", "retro-sprint-42-tuesday", "retro")
    assert result.code == 0
    assert started[-1].tabs[0].token == "retro-sprint-42-tuesday"
    assert "retro-sprint-42-tuesday" not in started[-1].tabs[0].command
    monkeypatch.setenv(retro_cmds.TOKEN_VARIABLE, "from-the-environment-1")
    result = run("serve")
    assert started[-1].tabs[0].token == "from-the-environment-1"
    assert retro_cmds.TOKEN_VARIABLE not in os.environ


def test_a_short_or_odd_token_is_refused(
    capsys: pytest.CaptureFixture[str], started: list[FakeServer]
) -> None:
    run = make_runner(capsys)
    for bad in ("secret", "with spaces in it, long", "åäö-åäö-åäö-åäö-åäö"):
        result = run("serve", "--token", bad)
        assert result.code == 2 and "at least 16 characters" in result.err
    assert started == []


def test_serve_warns_who_can_reach_it_beyond_this_computer(
    capsys: pytest.CaptureFixture[str], started: list[FakeServer]
) -> None:
    run = make_runner(capsys)
    result = run("serve", "--host", "0.0.0.0", "--port", "8123", "retro")
    assert result.code == 0
    assert "Warning: listening on 0.0.0.0 lets other computers reach this server" in result.err
    assert "uses focuscheck as you" in result.err and "not encrypted" in result.err
    assert started[-1].port == 8123
    result = run("serve", "--port", "99999")
    assert result.code == 2


def test_a_port_in_use_is_a_clear_message(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = make_runner(capsys)("serve", "--port", str(port))
    assert result.code == 1
    assert f"cannot listen on 127.0.0.1 port {port}" in result.err
    assert "Traceback" not in result.err and "unexpected" not in result.err


def test_the_member_s_screen_is_no_command_of_its_own_in_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = make_runner(capsys)("--help")
    assert result.code == 0 and "serve" in result.out
    assert retro_cmds.MEMBER_COMMAND not in result.out
