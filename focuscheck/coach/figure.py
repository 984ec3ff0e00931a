"""A figure of the coach's review and a share: the two values every section is built of."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Figure(Generic[T]):
    """A value and how many participants it is drawn from; None when withheld."""

    value: T | None
    participants: int

    @property
    def withheld(self) -> bool:
        return self.value is None


@dataclass(frozen=True, slots=True)
class Rate:
    """``hits`` out of ``total``."""

    hits: int
    total: int

    @property
    def share(self) -> float:
        return self.hits / self.total if self.total else 0.0
