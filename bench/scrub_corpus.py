"""How well scrubbing holds: the corpus in tests/fixtures run through the anonymized export.

    python bench/scrub_corpus.py [CORPUS.json]

Prints, for the JSON and the CSV form of the export, how many snippets and
promised items (e-mail addresses, phone and identity numbers, URLs, known names)
the corpus holds, how many of the items could still be read in the written file
(leaks), and how many pieces of ordinary text were lost (over-scrubs), each
listed.  Another corpus in the same format can be given instead.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from focuscheck.coach.export_format import ExportFormat  # noqa: E402
from tests.unit.scrub_corpus_support import CORPUS_FILE, run_corpus  # noqa: E402


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS_FILE
    failed = False
    for export_format in ExportFormat:
        started = time.perf_counter()
        result = run_corpus(export_format, path)
        took = time.perf_counter() - started
        print(
            f"{export_format.value:4}  snippets {result.snippets}  items {result.items}  "
            f"leaks {len(result.leaks)}  over-scrubs {len(result.over_scrubs)}  ({took:.2f} s)"
        )
        for line in [*result.leaks, *result.over_scrubs]:
            print("      " + line)
        failed = failed or bool(result.leaks or result.over_scrubs)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
