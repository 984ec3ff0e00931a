"""``focuscheck retro`` and ``focuscheck serve`` on the command line (no screens opened)."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest

from focuscheck.cli import retro_cmds
from focuscheck.cli.common import AppContext
from focuscheck.cli.context import ENV_DRIVER
from focuscheck.domain.clock import SystemClock
from focuscheck.i18n import set_language
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


def test_serve_warns_before_listening_beyond_this_computer(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[dict[str, Any]] = []

    class FakeServer:
        def __init__(self, command: str, **options: Any) -> None:
            started.append({"command": command, **options})

        def serve(self) -> None:
            pass

    monkeypatch.setattr("textual_serve.server.Server", FakeServer)
    run = make_runner(capsys)
    result = run("serve", "retro")
    assert result.code == 0 and "Warning" not in result.err
    assert started[-1]["host"] == "127.0.0.1" and started[-1]["port"] == 8000
    assert started[-1]["command"].endswith(" retro")
    result = run("serve", "--host", "0.0.0.0", "--port", "8123")
    assert result.code == 0
    assert "Warning: listening on 0.0.0.0" in result.err
    assert started[-1]["port"] == 8123 and "retro" not in started[-1]["command"]
    result = run("serve", "--port", "99999")
    assert result.code == 2
