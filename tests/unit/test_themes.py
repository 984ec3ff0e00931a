"""The themes a person can choose are the ones Textual has."""

from __future__ import annotations

from textual.app import App
from textual.theme import BUILTIN_THEMES

from focuscheck.domain.themes import DEFAULT_THEME, THEMES


def test_the_known_themes_are_textuals_built_in_themes() -> None:
    assert tuple(sorted(BUILTIN_THEMES)) == THEMES


def test_the_default_theme_is_textuals_default() -> None:
    assert App[None]().theme == DEFAULT_THEME
