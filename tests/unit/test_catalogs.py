"""The message catalogs: every message has Swedish, and the compiled files are fresh."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from focuscheck.domain.settings import Settings, customer_word
from focuscheck.i18n import _, current_language, ngettext, set_language

ROOT = Path(__file__).resolve().parents[2]


def load_catalogs_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_is_translated_and_compiled() -> None:
    problems = load_catalogs_script().problems()
    assert problems == [], "\n".join(problems)


def test_switching_to_swedish_translates_core_messages() -> None:
    assert _("Today's check-in is done.") == "Today's check-in is done."
    set_language("sv")
    assert current_language() == "sv"
    assert _("Today's check-in is done.") == "Dagens avstämning är gjord."
    assert _("Who pays my salary?") == "Vem betalar min lön?"
    assert customer_word(Settings()) == "kund"
    streak = ngettext("Streak: {count} workday.", "Streak: {count} workdays.", 3)
    assert streak.format(count=3) == "Svit: 3 arbetsdagar."
    set_language("en")
    assert _("Who pays my salary?") == "Who pays my salary?"


def test_an_unknown_language_falls_back_to_english() -> None:
    set_language("fi")
    assert current_language() == "en"
    assert _("No entries.") == "No entries."
