"""Short replies a person types on the command line, in either language."""

from __future__ import annotations

from typing import Final

YES: Final = frozenset({"y", "yes", "j", "ja"})
"""The answers that mean yes, in either language ("j", "ja" in Swedish)."""
NO: Final = frozenset({"n", "no", "nej"})
"""The answers that mean no, in either language ("nej" in Swedish)."""
