"""The one way in: the import contracts are declared and hold.

``lint-imports`` runs in CI too; here a broken contract fails the tests where
the import was written, and a contract taken out of pyproject.toml is noticed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def declared() -> dict[str, dict[str, Any]]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return {item["name"]: item for item in config["tool"]["importlinter"]["contracts"]}


@pytest.mark.parametrize(
    ("source", "forbidden"),
    [
        ("focuscheck.screens", "focuscheck.storage"),
        ("focuscheck.widgets", "focuscheck.storage"),
        ("focuscheck.screens", "focuscheck.app"),
        ("focuscheck.widgets", "focuscheck.app"),
        ("focuscheck.service", "textual"),
        ("focuscheck.service", "rich"),
        ("focuscheck.reminders", "textual"),
        ("focuscheck.reminders", "focuscheck.cli"),
    ],
)
def test_a_contract_forbids_the_import(source: str, forbidden: str) -> None:
    assert any(
        source in contract.get("source_modules", [])
        and forbidden in contract.get("forbidden_modules", [])
        for contract in declared().values()
    )


def test_the_layers_run_from_the_command_line_down_to_the_domain() -> None:
    layers = [contract["layers"] for contract in declared().values() if "layers" in contract]
    assert layers == [
        [
            "focuscheck.cli",
            "focuscheck.app",
            "focuscheck.screens",
            "focuscheck.service",
            "focuscheck.storage",
            "focuscheck.domain",
        ]
    ]


def test_every_contract_holds(capsys: pytest.CaptureFixture[str]) -> None:
    code = lint_imports(config_filename=str(PYPROJECT), no_logo=True, no_cache=True)
    assert code == 0, capsys.readouterr().out
