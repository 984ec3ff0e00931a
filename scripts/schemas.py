"""Keep the anonymized export's JSON Schemas in step with the check-in's table.

    python scripts/schemas.py update   # write the entry definitions from the table
    python scripts/schemas.py check    # exit 1, naming each definition, when a file differs

The entry of each readable version's ``focuscheck/schemas/anonymized-export-vN.json``
(and the ``text`` and ``rating`` parts it refers to) come from
:func:`focuscheck.coach.entry_check.entry_definitions`: a field is in the versions
from its ``export_since`` on.  The rest of each file (the document's header, the
periods) is written by hand.  ``check`` compares meaning, never layout.  A test
does the same check.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focuscheck.coach.entry_check import entry_definitions  # noqa: E402
from focuscheck.coach.export_format import READABLE  # noqa: E402
from focuscheck.coach.schema import SCHEMA_FILE  # noqa: E402


def path_of(version: int) -> Path:
    """Where the JSON Schema of export ``version`` is kept."""
    return ROOT / "focuscheck" / "schemas" / SCHEMA_FILE.format(version=version)


def differences(schema: dict[str, Any], version: int) -> list[str]:
    """The names of the definitions in ``schema`` that the table would write otherwise."""
    shipped = schema.get("$defs", {})
    written = entry_definitions(version=version)
    return [name for name, rule in written.items() if shipped.get(name) != rule]


def main(command: str) -> int:
    if command not in ("check", "update"):
        return 2
    found = 0
    for version in READABLE:
        path = path_of(version)
        schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
        stale = differences(schema, version)
        if command == "check":
            for name in stale:
                print(f"{path.name}: $defs.{name} differs from the table (run: update)")
            found += len(stale)
        elif stale:
            schema["$defs"] = {**schema["$defs"], **entry_definitions(version=version)}
            path.write_text(json.dumps(schema, ensure_ascii=False, indent=2) + "\n", "utf-8")
            print(f"{path.name}: wrote {', '.join(stale)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
