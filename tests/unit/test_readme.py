"""The README's test command is exactly what CI runs."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def setup_commands(readme: str) -> list[str]:
    """The ```sh blocks under the "## Set up" heading, in order."""
    match = re.search(r"^## Set up\n(.*?)(?=^## |\Z)", readme, flags=re.MULTILINE | re.DOTALL)
    assert match is not None, 'README.md has no "## Set up" section'
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", match[1], flags=re.DOTALL)]


def last_ci_line() -> str:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return next(line.strip() for line in reversed(lines) if line.strip())


def test_readme_test_command_is_the_ci_command() -> None:
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.fail("README.md is missing")
    blocks = setup_commands(readme.read_text(encoding="utf-8"))
    assert len(blocks) >= 2, 'the "## Set up" section needs an install and a test command'
    assert blocks[1] == last_ci_line()


def test_readme_install_command_installs_and_starts_the_app() -> None:
    blocks = setup_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert "uv sync -q --locked" in blocks[0]
    assert blocks[0].endswith("focuscheck")


def test_readme_install_command_installs_the_app_as_people_get_it() -> None:
    blocks = setup_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    assert "uv sync -q --locked --inexact --no-editable --compile-bytecode " in blocks[0]


def test_both_commands_install_the_locked_versions_with_the_pinned_uv() -> None:
    blocks = setup_commands((ROOT / "README.md").read_text(encoding="utf-8"))
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pinned = pyproject["tool"]["uv"]["required-version"].removeprefix("==")
    for block in blocks[:2]:
        assert f"pip install -q uv=={pinned} " in block
        assert "--locked" in block and "UV_PYTHON_DOWNLOADS=never" in block
    assert (ROOT / "uv.lock").is_file()
