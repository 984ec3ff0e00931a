"""Fixed vocabularies of the entry format; the values are the stored strings."""

from enum import StrEnum

from focuscheck.i18n import N_


class VoiceSource(StrEnum):
    """Whose voice the person heard today."""

    CUSTOMER = "customer"
    COLLEAGUE = "colleague"
    NONE = "none"


class WasteCategory(StrEnum):
    """Kinds of internal waste that add nothing for the customer."""

    ADMIN = "admin"
    UNCLARITY = "unclarity"
    RIGIDITY = "rigidity"
    RED_TAPE = "red_tape"
    OTHER = "other"


class WasteStatus(StrEnum):
    """Where a piece of waste stands: noted, raised with someone, resolved or dropped."""

    OPEN = "open"
    RAISED = "raised"
    RESOLVED = "resolved"
    DROPPED = "dropped"


VOICE_LABELS: dict[VoiceSource, str] = {
    # TRANSLATORS: {customer} is the configured word for the customer.
    VoiceSource.CUSTOMER: N_("A {customer} directly"),
    VoiceSource.COLLEAGUE: N_("A colleague with direct {customer} contact"),
    VoiceSource.NONE: N_("No one today"),
}

WASTE_LABELS: dict[WasteCategory, str] = {
    WasteCategory.ADMIN: N_("Unnecessary internal administration"),
    WasteCategory.UNCLARITY: N_("Unclarity"),
    WasteCategory.RIGIDITY: N_("Rigidity"),
    WasteCategory.RED_TAPE: N_("Rules for their own sake (red tape)"),
    WasteCategory.OTHER: N_("Other"),
}

WASTE_STATUS_LABELS: dict[WasteStatus, str] = {
    WasteStatus.OPEN: N_("Open"),
    WasteStatus.RAISED: N_("Raised"),
    WasteStatus.RESOLVED: N_("Resolved"),
    WasteStatus.DROPPED: N_("Dropped"),
}
