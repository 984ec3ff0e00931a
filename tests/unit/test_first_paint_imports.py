"""What the terminal app has imported by the time it starts: its first screen, and no journal.

Each case runs ``focuscheck`` in a fresh Python whose ``App.run`` only reports
the modules loaded so far, so nothing is left over from other tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Final

import pytest

from focuscheck.domain.checkin_form import STEPS
from focuscheck.screens.checkin.flow import STEP_SCREENS

ROOT: Final = Path(__file__).resolve().parents[2]

#: Stands in for the app's loop: prints the modules imported before it would start.
REPORT_MODULES: Final = """
import json
import sys

from textual.app import App


def run(self, *args, **kwargs):
    print(json.dumps(sorted(sys.modules)))


App.run = run
from focuscheck.cli.launch import main

main(sys.argv[1:])
"""

#: The journal and what only reading it or the command line needs.
NOT_FOR_THE_FIRST_PAINT: Final = (
    "tinydb",
    "filelock",
    "dateutil",
    "babel",
    "click",
    "focuscheck.storage.journal",
    "focuscheck.domain.insights",
)

FIRST_STEP_MODULE: Final = STEP_SCREENS[STEPS[0]][0]

STARTS: Final = {
    "checkin": (["--lang", "en", "checkin"], ["focuscheck.app", FIRST_STEP_MODULE]),
    "home": (["--lang", "en"], ["focuscheck.app", "focuscheck.screens.home"]),
    "home, language from the settings": ([], ["focuscheck.app", "focuscheck.screens.home"]),
}


def modules_before_the_app_runs(args: list[str], data_dir: Path) -> set[str]:
    environment = {
        **os.environ,
        "FOCUSCHECK_DATA_DIR": str(data_dir),
        # As under `focuscheck serve`: the screens need no real terminal.
        "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver",
    }
    result = subprocess.run(
        [sys.executable, "-c", REPORT_MODULES, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout))


@pytest.fixture(scope="module", params=sorted(STARTS))
def started(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[set[str], list[str]]:
    args, first_screen = STARTS[request.param]
    return modules_before_the_app_runs(args, tmp_path_factory.mktemp("data")), first_screen


def test_the_first_screen_is_imported_before_the_app_runs(
    started: tuple[set[str], list[str]],
) -> None:
    modules, first_screen = started
    assert set(first_screen) <= modules


def test_the_first_paint_loads_neither_the_journal_nor_the_command_line(
    started: tuple[set[str], list[str]],
) -> None:
    modules, _first_screen = started
    loaded = sorted(
        name
        for name in modules
        for unwanted in NOT_FOR_THE_FIRST_PAINT
        if name == unwanted or name.startswith(unwanted + ".")
    )
    assert loaded == []
