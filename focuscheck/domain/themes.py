"""The colour themes a person can choose, by name.

The names are Textual's built-in themes; the domain cannot ask Textual (it
never imports it), so they are written here once and a test checks that they
are still the ones Textual offers.  ``config set theme``, the settings form and
the command palette all offer this list.
"""

from __future__ import annotations

from typing import Final

THEMES: Final[tuple[str, ...]] = (
    "ansi-dark",
    "ansi-light",
    "atom-one-dark",
    "atom-one-light",
    "catppuccin-frappe",
    "catppuccin-latte",
    "catppuccin-macchiato",
    "catppuccin-mocha",
    "dracula",
    "flexoki",
    "gruvbox",
    "monokai",
    "nord",
    "rose-pine",
    "rose-pine-dawn",
    "rose-pine-moon",
    "solarized-dark",
    "solarized-light",
    "textual-dark",
    "textual-light",
    "tokyo-night",
)
"""Every theme that can be chosen, sorted by name."""
DEFAULT_THEME: Final = "textual-dark"
"""The theme used while the setting is empty."""
