"""Stand-ins for `systemctl` and `notify-send`: scripts on PATH that log their calls."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

#: What the fake ``systemctl --user show`` says about the timer.
NEXT_RUN = "Thu 2026-11-26 16:00:00 CET"

_FAKE = """#!{python}
import json, os, sys
with open({log!r}, "a", encoding="utf-8") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
{body}
"""

_SYSTEMCTL = f"""
words = sys.argv[1:]
if "show-environment" in words:
    sys.exit(0 if os.environ.get("FAKE_USER_MANAGER") == "yes" else 1)
if words[1:2] == [os.environ.get("FAKE_SYSTEMCTL_REFUSES")]:
    print("Failed to connect to bus: Permission denied", file=sys.stderr)
    sys.exit(1)
if "show" in words:
    print("ActiveState=active")
    print("NextElapseUSecRealtime={NEXT_RUN}")
"""


@dataclass(frozen=True)
class FakeProgram:
    """A program on PATH that records its arguments, one JSON list a line."""

    log: Path

    def calls(self) -> list[list[str]]:
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines]


def fake_program(folder: Path, name: str, body: str = "") -> FakeProgram:
    """Write ``folder/name``, a script that logs its arguments and then runs ``body``."""
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"{name}.calls"
    script = folder / name
    script.write_text(_FAKE.format(python=sys.executable, log=str(log), body=body))
    script.chmod(0o755)
    return FakeProgram(log)


@dataclass(frozen=True)
class Desktop:
    """The fake programs of one test, and where the units go."""

    systemctl: FakeProgram
    notify_send: FakeProgram
    units: Path
    bin: Path


def make_desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desktop:
    """A user systemd and a notification service, both faked; no session bus until one is set."""
    folder = tmp_path / "bin"
    systemctl = fake_program(folder, "systemctl", _SYSTEMCTL)
    notify_send = fake_program(folder, "notify-send")
    config = tmp_path / "home" / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    monkeypatch.setenv("FAKE_USER_MANAGER", "yes")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    # The fakes first; the rest of PATH still finds the installed focuscheck.
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return Desktop(systemctl, notify_send, config / "systemd" / "user", folder)
