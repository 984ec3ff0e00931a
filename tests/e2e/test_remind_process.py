"""The installed ``focuscheck``: install the reminder, run what the timer runs, uninstall it."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FROZEN_NOW
from tests.unit.cli_support import BARE, write_json
from tests.unit.remind_support import make_desktop

pytestmark = pytest.mark.e2e

FOCUSCHECK = shutil.which("focuscheck")


def run(command: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, env=environment, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.skipif(FOCUSCHECK is None, reason="needs the installed focuscheck command")
def test_the_timer_runs_a_reminder_only_until_today_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert FOCUSCHECK is not None
    desktop = make_desktop(tmp_path, monkeypatch)
    journal = tmp_path / "my journal"
    shell = dict(os.environ, FOCUSCHECK_DATA_DIR=str(journal))
    installed = run([FOCUSCHECK, "remind", "install"], shell)
    assert installed.returncode == 0, installed.stderr

    service = (desktop.units / "focuscheck-remind.service").read_text()
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    command = shlex.split(exec_start.removeprefix("ExecStart="))
    assert command[0] == str(Path(FOCUSCHECK).absolute())
    # systemd starts the service without the shell's variables: only the session's.
    timer = {
        name: os.environ[name]
        for name in ("PATH", "HOME", "FOCUSCHECK_NOW", "LANG", "XDG_DATA_HOME")
    }
    timer["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/run/user/1000/bus"

    reminded = run(command, timer)
    assert (reminded.returncode, reminded.stdout, reminded.stderr) == (0, "", "")
    assert [call[2] for call in desktop.notify_send.calls()] == ["Time for today's check-in"]

    today = dict(BARE, date=FROZEN_NOW.date().isoformat(), created_at=FROZEN_NOW.isoformat())
    today["updated_at"] = today["created_at"]
    imported = run([FOCUSCHECK, "import", str(write_json(tmp_path / "today.json", [today]))], shell)
    assert imported.returncode == 0, imported.stderr
    assert run(command, timer).returncode == 0
    assert len(desktop.notify_send.calls()) == 1

    removed = run([FOCUSCHECK, "remind", "uninstall"], shell)
    assert removed.returncode == 0, removed.stderr
    assert list(desktop.units.iterdir()) == []
