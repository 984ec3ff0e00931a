"""No screen builds Textual's own radio buttons, checkboxes, switches or tick lists.

Those show their state by colour alone; ``widgets/marked_toggles.py`` has the
ones that show it in characters.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "focuscheck"
COLOUR_ONLY = {"RadioButton", "Checkbox", "Switch", "SelectionList"}


def built_names(tree: ast.AST) -> set[str]:
    """Names called (``Checkbox(...)``) or subscripted and called (``SelectionList[str](...)``)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            called = node.func.value if isinstance(node.func, ast.Subscript) else node.func
            if isinstance(called, ast.Name):
                names.add(called.id)
    return names


def test_choices_are_built_from_the_marked_widgets() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            built_names(ast.parse(path.read_text())) & COLOUR_ONLY
        )
        for path in PACKAGE.rglob("*.py")
        if path.name != "marked_toggles.py"
    }
    assert {path: names for path, names in offenders.items() if names} == {}
