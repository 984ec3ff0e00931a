"""Telling the person: a desktop notification where there is a session, else a line of text.

The desktop notification goes through ``notify-send`` (libnotify), which talks
D-Bus to the desktop's notification service: it comes with GNOME, KDE, Xfce and
most other desktops, needs no Python package, and runs once and exits, as a
reminder does.  (desktop-notifier, the best-kept Python library for this, is
asynchronous and brings dbus-fast and its compiled wheels: too much for one
message a day.)  A systemd user service has the session's D-Bus address in
``DBUS_SESSION_BUS_ADDRESS``; cron has none, so there the reminder is a line
on standard output, which cron mails and a terminal shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Final

#: The environment variable that holds the session's D-Bus address.
SESSION_BUS: Final = "DBUS_SESSION_BUS_ADDRESS"
APP_NAME: Final = "focuscheck"
#: A notification service that does not answer in this time is taken as absent.
_TIMEOUT_SECONDS: Final = 15

DesktopSender = Callable[[str, str], bool]
"""Shows a desktop notification (title, body); whether it was shown."""
LinePrinter = Callable[[str], None]


class Delivery(StrEnum):
    """How the reminder reached the person."""

    DESKTOP = "desktop"
    TERMINAL = "terminal"


def has_session(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a desktop session's D-Bus is there to take a notification."""
    env = os.environ if environ is None else environ
    return bool(env.get(SESSION_BUS, "").strip())


def notify_send(title: str, body: str) -> bool:
    """Show a notification through ``notify-send``; False when it is missing or fails."""
    program = shutil.which("notify-send")
    if program is None:
        return False
    try:
        done = subprocess.run(
            [program, f"--app-name={APP_NAME}", "--", title, body],
            capture_output=True,
            timeout=_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def deliver(
    title: str,
    body: str,
    line: str,
    *,
    desktop: DesktopSender = notify_send,
    echo: LinePrinter = print,
    environ: Mapping[str, str] | None = None,
) -> Delivery:
    """Show ``title`` and ``body`` on the desktop if there is one; else print ``line``."""
    if has_session(environ) and desktop(title, body):
        return Delivery.DESKTOP
    echo(line)
    return Delivery.TERMINAL
