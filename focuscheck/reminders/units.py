"""The systemd user units and the crontab line that run ``focuscheck remind``, from one schedule.

Both unit files start with :data:`MARKER`, so focuscheck only ever rewrites or
removes files it wrote itself.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import _
from focuscheck.reminders.schedule import Schedule, from_on_calendar

SERVICE: Final = "focuscheck-remind.service"
TIMER: Final = "focuscheck-remind.timer"
#: The first line of every unit file focuscheck writes; a file without it is someone else's.
MARKER: Final = (
    "# Written by `focuscheck remind install`; `focuscheck remind uninstall` removes it."
)

#: Characters that make systemd split, expand or unescape a word unless it is quoted.
_SYSTEMD_SPECIAL: Final = frozenset(" \t\n\"'\\;")
#: Inside double quotes systemd reads C escapes; the backslash itself goes first.
_C_ESCAPES: Final = (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\t", "\\t"))


class NotOurs(FocuscheckError):
    """A unit file with focuscheck's name that focuscheck did not write."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            _(
                "{path} was not written by focuscheck, so it is left as it is. "
                "Move it away first if focuscheck should manage the reminder."
            ).format(path=path)
        )


def unit_folder(environ: Mapping[str, str] | None = None) -> Path:
    """Where systemd looks for the person's own units: ``$XDG_CONFIG_HOME/systemd/user``."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "").strip()
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "systemd" / "user"


def own_command() -> list[str]:
    """The words that start this focuscheck again: the installed command, or this Python."""
    running = Path(sys.argv[0])
    if running.name == "focuscheck" and running.is_file():
        return [str(running.absolute())]
    found = shutil.which("focuscheck")
    if found is not None:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "focuscheck"]


def service_text(command: Sequence[str], description: str) -> str:
    """The ``.service`` unit: one run of ``command`` (``focuscheck … remind``) and done."""
    return "\n".join(
        [
            MARKER,
            "[Unit]",
            f"Description={description}",
            "",
            "[Service]",
            "Type=oneshot",
            "ExecStart=" + " ".join(systemd_quote(word) for word in command),
            "",
        ]
    )


def timer_text(schedule: Schedule, description: str) -> str:
    """The ``.timer`` unit; ``Persistent=true`` catches up on a reminder missed while asleep."""
    return "\n".join(
        [
            MARKER,
            "[Unit]",
            f"Description={description}",
            "",
            "[Timer]",
            f"OnCalendar={schedule.on_calendar()}",
            "Persistent=true",
            f"Unit={SERVICE}",
            "",
            "[Install]",
            "WantedBy=timers.target",
            "",
        ]
    )


def crontab_line(schedule: Schedule, command: Sequence[str]) -> str:
    """The crontab line running ``command`` on ``schedule``."""
    # cron hands the line to /bin/sh, but first turns an unescaped % into a newline.
    words = " ".join(shlex.quote(word).replace("%", "\\%") for word in command)
    return f"{schedule.cron_fields()} {words}"


def systemd_quote(word: str) -> str:
    """``word`` as one word of an ``ExecStart=`` line, with nothing expanded."""
    # % starts a specifier and $ a variable even inside quotes: doubled, they stand for themselves.
    escaped = word.replace("%", "%%").replace("$", "$$")
    if escaped and not _SYSTEMD_SPECIAL.intersection(escaped):
        return escaped
    for plain, escape in _C_ESCAPES:
        escaped = escaped.replace(plain, escape)
    return f'"{escaped}"'


@dataclass(frozen=True)
class Installed:
    """What ``remind install`` left in the unit folder."""

    service: Path
    timer: Path
    schedule: Schedule | None
    """From the timer's ``OnCalendar=``; None when the line is not one focuscheck writes."""


def installed(folder: Path) -> Installed | None:
    """The reminder's units in ``folder``, or None when neither is there (NotOurs if foreign)."""
    service, timer = folder / SERVICE, folder / TIMER
    texts = {path: _read(path) for path in (service, timer)}
    if all(text is None for text in texts.values()):
        return None
    for path, text in texts.items():
        if text is not None and not is_ours(text):
            raise NotOurs(path)
    return Installed(service, timer, _schedule(texts[timer] or ""))


def is_ours(text: str) -> bool:
    return text.startswith(MARKER + "\n")


def write_units(folder: Path, texts: Mapping[str, str]) -> list[Path]:
    """Write each unit (name → text) into ``folder``, refusing to replace a foreign one."""
    paths = [folder / name for name in texts]
    for path in paths:
        current = _read(path)
        if current is not None and not is_ours(current):
            raise NotOurs(path)
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        # Replaced in one step, so systemd never reads half a unit.
        partial = path.with_name(f".{path.name}.new")
        partial.write_text(texts[path.name], encoding="utf-8")
        partial.replace(path)
    return paths


def remove_units(found: Installed) -> list[Path]:
    """Delete the unit files of ``found``; the paths that were there."""
    removed = []
    for path in (found.timer, found.service):
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return ""  # there, but not a file focuscheck wrote


def _schedule(timer: str) -> Schedule | None:
    for line in timer.splitlines():
        key, _equals, value = line.partition("=")
        if key.strip() == "OnCalendar":
            return from_on_calendar(value)
    return None
