"""What the scrubber finds: a kind of personal data and where it stands in a text."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class ScrubKind(StrEnum):
    """What kind of personal data was found; the value is the token's inner text."""

    URL = "url"
    EMAIL = "email"
    PHONE = "phone"
    ID_NUMBER = "id-number"
    NAME = "name"


PRECEDENCE: Final = (
    ScrubKind.URL,
    ScrubKind.EMAIL,
    ScrubKind.ID_NUMBER,
    ScrubKind.PHONE,
    ScrubKind.NAME,
)
"""When finds overlap, the kind first here names them all (an e-mail address made of a
name is an e-mail address, an identity number that also fits a phone number is an
identity number)."""


@dataclass(frozen=True, slots=True, order=True)
class Find:
    """Personal data found at ``text[start:end]``."""

    start: int
    end: int
    kind: ScrubKind
