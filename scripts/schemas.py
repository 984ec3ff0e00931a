"""Keep the anonymized export's JSON Schema in step with the check-in's table.

    python scripts/schemas.py update   # write the entry definitions from the table
    python scripts/schemas.py check    # exit 1, naming each definition, when the file differs

The entry of ``focuscheck/schemas/anonymized-export-v1.json`` (and the ``text``
and ``rating`` parts it refers to) come from
:func:`focuscheck.coach.entry_check.entry_definitions`; the rest of the file
(the document's header, the periods) is written by hand.  ``check`` compares
meaning, never layout.  A test does the same check.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focuscheck.coach.entry_check import entry_definitions  # noqa: E402
from focuscheck.coach.schema import SCHEMA_FILE  # noqa: E402

PATH = ROOT / "focuscheck" / "schemas" / SCHEMA_FILE


def differences(schema: dict[str, Any]) -> list[str]:
    """The names of the definitions in ``schema`` that the table would write otherwise."""
    shipped = schema.get("$defs", {})
    return [name for name, rule in entry_definitions().items() if shipped.get(name) != rule]


def main(command: str) -> int:
    schema: dict[str, Any] = json.loads(PATH.read_text("utf-8"))
    stale = differences(schema)
    if command == "check":
        for name in stale:
            print(f"{PATH.name}: $defs.{name} differs from the table (run: update)")
        return 1 if stale else 0
    if command == "update" and stale:
        schema["$defs"] = {**schema["$defs"], **entry_definitions()}
        PATH.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(f"{PATH.name}: wrote {', '.join(stale)}")
    return 0 if command == "update" else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
