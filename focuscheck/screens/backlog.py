"""The improvement backlog and the voice log: lists to follow up and to save as Markdown.

Both screens share one shape (:class:`~focuscheck.screens.list_screen.ListScreen`:
a list, the full text of the highlighted row, a "save as" bar); the rows and the
Markdown come from :mod:`focuscheck.domain.backlog`.  The backlog marks an item
raised, resolved, dropped or open again, asking a note in a small dialog; the
voice log marks a quote shared with the team.
"""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.binding import Binding, BindingType

from focuscheck.domain import backlog
from focuscheck.domain.backlog import VoiceItem, WasteItem
from focuscheck.domain.clock import Clock
from focuscheck.domain.enums import WasteStatus
from focuscheck.domain.errors import FocuscheckError
from focuscheck.i18n import N_, _
from focuscheck.screens.list_kinds import VoiceList, WasteList
from focuscheck.screens.list_screen import ListScreen
from focuscheck.screens.note_dialog import NoteDialog
from focuscheck.service.journal_service import JournalService

BACKLOG_HELP = N_(
    "Everything you noted as waste, newest first: internal work that adds nothing for "
    "the {customer}. Bring it to your team, and follow each item up.\n\n"
    'Each item is open until you mark it: R raised (say where: "retro 2026-12-04", '
    '"with my manager"), C resolved (say what changed), D dropped, O open again. '
    "F shows one status at a time, then all again.\n\n"
    "The highlighted item is shown in full below the list. S saves the list shown "
    "as a Markdown file, grouped by status (you choose where; an existing file is only "
    "replaced if you say so). Esc goes back."
)
VOICES_HELP = N_(
    "What you heard from the {customer}, directly or from colleagues who meet them, in "
    "their words, "
    "newest first.\n\n"
    "T marks the highlighted quote shared with the team, or not shared after all. "
    "The highlighted quote is shown in full below the list. S saves the whole log as a "
    "Markdown file (you choose where; an existing file is only replaced if you say so). "
    "Esc goes back."
)

#: What the dialog asks when an item is marked: its title, question, example, button.
FOLLOW_UPS: dict[WasteStatus, tuple[str, str, str, str]] = {
    WasteStatus.RAISED: (
        N_("Mark raised"),
        N_("Where, when or with whom did you raise it?"),
        N_('For example "retro 2026-12-04" or "with my manager".'),
        N_("Mark raised"),
    ),
    WasteStatus.RESOLVED: (
        N_("Mark resolved"),
        N_("What changed?"),
        N_('For example "one signature is enough now".'),
        N_("Mark resolved"),
    ),
    WasteStatus.DROPPED: (
        N_("Mark dropped"),
        N_("Why is it dropped?"),
        N_('For example "it turned out to be needed".'),
        N_("Mark dropped"),
    ),
}
#: The order the filter goes through; None shows every item.
FILTERS: tuple[WasteStatus | None, ...] = (None, *WasteStatus)


class BacklogScreen(ListScreen[WasteItem]):
    """The improvement backlog: waste noted, to take to the team and follow up."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "mark('raised')", N_("Raised")),
        Binding("c", "mark('resolved')", N_("Resolved")),
        Binding("d", "mark('dropped')", N_("Dropped")),
        Binding("o", "mark('open')", N_("Reopen")),
        Binding("f", "filter", N_("Filter")),
    ]
    TITLE_TEXT = N_("Improvement backlog")
    HELP_TITLE: ClassVar[str] = N_("Improvement backlog")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = BACKLOG_HELP

    def __init__(self, service: JournalService, clock: Clock) -> None:
        self.waste = WasteList()
        """The backlog's rows, and the status they are filtered by."""
        super().__init__(service, clock, self.waste)

    def action_filter(self) -> None:
        """Show the next status on its own, or every item after the last."""
        self.waste.status = FILTERS[(FILTERS.index(self.waste.status) + 1) % len(FILTERS)]
        self.load()

    def action_mark(self, status: str) -> None:
        """Ask the note for marking the highlighted item ``status``, then mark it."""
        item = self.current()
        if item is None:
            return
        wanted = WasteStatus(status)
        if wanted is WasteStatus.OPEN:
            self._mark(item.entry_id, wanted, None)
            return
        title, question, hint, save = FOLLOW_UPS[wanted]
        note = item.raised_where if wanted is WasteStatus.RAISED else item.outcome

        def noted(written: str | None) -> None:
            if written is not None:
                self._mark(item.entry_id, wanted, written)

        self.app.push_screen(NoteDialog(_(title), _(question), _(hint), note, _(save)), noted)

    @work(thread=True, group="follow-up")
    def _mark(self, entry_id: str, status: WasteStatus, note: str | None) -> None:
        try:
            saved = self.service.mark_waste(entry_id, status, note)
        except FocuscheckError as error:
            self.app.call_from_thread(
                self.notify, str(error), title=_("Not saved"), severity="error", markup=False
            )
            return
        told = backlog.marked_text(backlog.waste_item(saved)) if saved is not None else ""
        self.app.call_from_thread(self._followed_up, saved, told)


class VoiceLogScreen(ListScreen[VoiceItem]):
    """The voice log: what was heard, in the speakers' words."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("t", "share", N_("Shared with the team")),
    ]
    TITLE_TEXT = N_("Voice log")
    HELP_TITLE: ClassVar[str] = N_("Voice log")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = VOICES_HELP

    def __init__(self, service: JournalService, clock: Clock) -> None:
        super().__init__(service, clock, VoiceList())

    def action_share(self) -> None:
        """Mark the highlighted quote shared with the team, or not shared after all."""
        item = self.current()
        if item is not None:
            self._share(item.entry_id, not item.shared)

    @work(thread=True, group="follow-up")
    def _share(self, entry_id: str, flag: bool) -> None:
        try:
            saved = self.service.mark_voice_shared(entry_id, flag)
        except FocuscheckError as error:
            self.app.call_from_thread(
                self.notify, str(error), title=_("Not saved"), severity="error", markup=False
            )
            return
        told = _("Marked shared with the team.") if flag else _("Marked not shared.")
        self.app.call_from_thread(self._followed_up, saved, told)
