"""Which source files feed which message catalog.

The messages are split by product area so that each catalog stays small and a
translator can finish one area at a time.  Every catalog exists in English and
Swedish; lookups search all of them.
"""

from typing import Final

#: catalog name -> source paths (relative to the repository root) it is extracted from
DOMAINS: Final[dict[str, tuple[str, ...]]] = {
    "core": (
        "focuscheck/domain",
        "focuscheck/storage",
        "focuscheck/cli/main.py",
        "focuscheck/cli/common.py",
        "focuscheck/cli/context.py",
        "focuscheck/cli/launch.py",
        "focuscheck/cli/journal_cmds.py",
        "focuscheck/cli/insights_cmds.py",
        "focuscheck/locations.py",
    ),
    "tui": (
        "focuscheck/app.py",
        "focuscheck/screens",
        "focuscheck/widgets",
        "focuscheck/cli/tui_cmds.py",
        "focuscheck/cli/tui_run.py",
    ),
    "coach": (
        "focuscheck/coach",
        "focuscheck/cli/coach_cmds.py",
    ),
    "retro": (
        "focuscheck/retro",
        "focuscheck/cli/retro_cmds.py",
    ),
}

#: catalogs for a library's own messages -> the package they are extracted from
LIBRARY_DOMAINS: Final[dict[str, str]] = {"click": "click"}

LANGUAGES: Final[tuple[str, ...]] = ("en", "sv")
SOURCE_LANGUAGE: Final = "en"
