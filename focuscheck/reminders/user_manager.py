"""The person's systemd user manager, through ``systemctl --user``."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _
from focuscheck.reminders.units import TIMER

#: systemctl answers in well under a second; a hung user bus must not hang the command.
_TIMEOUT_SECONDS: Final = 30


class ManagerFailed(FocuscheckError):
    """``systemctl --user`` refused a step; its own words say why."""

    def __init__(self, words: Sequence[str], detail: str) -> None:
        super().__init__(
            _("“{command}” did not work: {detail}").format(
                command=" ".join(["systemctl", "--user", *words]),
                detail=detail or _("no reason given"),
            )
        )


@dataclass(frozen=True)
class TimerState:
    """What the user manager says about the reminder's timer."""

    active: bool
    next_run: str
    """When it fires next, as systemd writes it (empty when it does not say)."""


def available() -> bool:
    """Whether a systemd user manager runs for this person and ``systemctl`` reaches it."""
    if shutil.which("systemctl") is None:
        return False
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and (Path(runtime) / "systemd").is_dir():
        return True
    return _run("show-environment") is not None


def enable() -> None:
    """Make systemd read the new units and start the timer (now and after each login)."""
    _must("daemon-reload")
    _must("enable", "--now", TIMER)


def disable() -> None:
    """Stop the timer and keep it from starting again (the unit files are left to the caller)."""
    _must("disable", "--now", TIMER)


def reload() -> None:
    _must("daemon-reload")


def timer_state() -> TimerState | None:
    """The timer's state, or None when systemd cannot say."""
    shown = _run("show", TIMER, "--property=ActiveState", "--property=NextElapseUSecRealtime")
    if shown is None:
        return None
    values = dict(line.partition("=")[::2] for line in shown.splitlines() if "=" in line)
    next_run = values.get("NextElapseUSecRealtime", "").strip()
    if next_run == "n/a":
        next_run = ""
    return TimerState(active=values.get("ActiveState") == "active", next_run=next_run)


def _must(*words: str) -> None:
    done = _systemctl(*words)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise ManagerFailed(words, lines[-1] if lines else "")


def _run(*words: str) -> str | None:
    """What ``systemctl --user WORDS`` prints, or None when it fails."""
    try:
        done = _systemctl(*words)
    except ManagerFailed:
        return None
    return done.stdout if done.returncode == 0 else None


def _systemctl(*words: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            ["systemctl", "--user", *words],
            capture_output=True,
            text=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise ManagerFailed(words, str(error)) from None
