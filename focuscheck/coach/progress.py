"""How far a load of exports has got, and how it is told to whoever waits."""

from __future__ import annotations

from dataclasses import dataclass

from focuscheck.i18n import ngettext


@dataclass(frozen=True, slots=True)
class Progress:
    """How far a load has got."""

    done: int
    """Files checked so far, loaded or not."""
    total: int
    seconds: float
    """Time since the load started."""

    @property
    def per_second(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0

    @property
    def line(self) -> str:
        """For example "120 of 5000 files · 950 files/s"."""
        return ngettext(
            "{done} of {total} file · {rate} files/s",
            "{done} of {total} files · {rate} files/s",
            self.total,
        ).format(done=self.done, total=self.total, rate=f"{self.per_second:.0f}")
