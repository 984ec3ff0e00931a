"""The anonymized export: see exactly what will leave, choose, and only then write.

The screen builds the export with the same code as ``focuscheck export
--anonymize`` and shows the file's exact text, what was scrubbed, and a list of
check-ins whose text the person may keep at home.  Nothing is written until the
person confirms; an existing file is only replaced after a second question.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import (
    Checkbox,
    Footer,
    Header,
    Input,
    Select,
    SelectionList,
    Static,
    TextArea,
)

from focuscheck.coach.export_file import ExportExists, default_path, write_export
from focuscheck.coach.export_format import (
    AnonymizedExport,
    ExportFormat,
    ExportOptions,
    build_anonymized,
    render,
)
from focuscheck.coach.export_text import export_summary
from focuscheck.domain.clock import Clock
from focuscheck.domain.dates import Granularity
from focuscheck.domain.entry import Entry
from focuscheck.domain.errors import FocuscheckError
from focuscheck.domain.settings import Settings
from focuscheck.i18n import N_, _
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.keys import translate_bindings
from focuscheck.service.journal_service import JournalService
from focuscheck.widgets.answer_input import AnswerInput
from focuscheck.widgets.marked_toggles import MarkedCheckbox, MarkedSelectionList

EXPORT_HELP = N_(
    "What a coach receives from you, before it leaves your machine. The large field shows "
    "the file exactly as it will be written; above it, what was scrubbed from your text "
    "(names, e-mail addresses, phone and identity numbers, URLs). The coach can read "
    "every line of the file; the smallest group size limits only what the coach's "
    "reports show.\n\n"
    "Choose how exactly dates are kept (day, week or month), the file format, and whether "
    "free text goes along at all. In the list, tick the check-ins whose text you want to "
    "keep at home: their ratings still go, their words do not.\n\n"
    "Ctrl+S writes the file after asking you; an existing file is only replaced if you say "
    "so. Esc goes back without writing anything."
)


class ExportScreen(Screen[None]):
    """Preview and consent for the anonymized export."""

    DEFAULT_CSS = """
    ExportScreen #export-options { height: auto; padding: 0 1; }
    ExportScreen #export-options Select { width: 18; }
    ExportScreen #export-options Label { padding: 1 1 0 2; }
    ExportScreen #export-options MarkedCheckbox { width: auto; }
    ExportScreen #export-path { width: 1fr; }
    ExportScreen #export-body { height: 1fr; }
    ExportScreen #export-left { width: 40; }
    ExportScreen #export-entries { height: 1fr; border-title-color: $text-primary; }
    ExportScreen #export-summary { height: auto; padding: 0 1; color: $text-muted; }
    ExportScreen #export-preview { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "write", N_("Write…")),
        Binding("escape", "back", N_("Back")),
    ]
    HELP_TITLE: ClassVar[str] = N_("Anonymized export")
    """Title of this screen's help (F1, shown by the app)."""
    HELP_TEXT: ClassVar[str] = EXPORT_HELP

    class ExportWritten(Message):
        """The anonymized export was written to ``path``."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path
            """The file written."""

    def __init__(self, service: JournalService, clock: Clock) -> None:
        super().__init__()
        translate_bindings(self)
        self.service = service
        """Where the check-ins, settings and pseudonym come from."""
        self.clock = clock
        """The app's clock (kept for the screens' shared constructor)."""
        self.export: AnonymizedExport | None = None
        """The export as last built; what Ctrl+S writes."""
        self.text_left_out: set[str] = set()
        """Ids of check-ins whose text stays at home."""
        self._source: tuple[list[Entry], Settings, str] | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="export-options"):
            yield Select(
                [(_("By week"), "week"), (_("By day"), "day"), (_("By month"), "month")],
                value="week",
                allow_blank=False,
                id="export-granularity",
            )
            yield Select(
                [("JSON", "json"), ("CSV", "csv")],
                value="json",
                allow_blank=False,
                id="export-format",
            )
            yield MarkedCheckbox(_("Text"), value=True, id="export-text")
            suggested = Path.cwd() / default_path(True, ExportFormat.JSON)
            yield AnswerInput(str(suggested), id="export-path")
        with Horizontal(id="export-body"):
            with Vertical(id="export-left"):
                yield MarkedSelectionList[str](id="export-entries")
            with Vertical():
                yield Static(_("Reading the journal…"), id="export-summary", markup=False)
                yield TextArea("", read_only=True, id="export-preview", soft_wrap=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = _("Anonymized export")
        self.query_one("#export-entries", SelectionList).border_title = _(
            "Ticked check-ins go without their text"
        )
        self._load()

    @work(thread=True, exclusive=True, group="export-load")
    def _load(self) -> None:
        try:
            entries = self.service.entries()
            settings = self.service.settings()
            participant = self.service.participant_pseudonym()
        except FocuscheckError as error:
            self.app.call_from_thread(self._failed, str(error))
            return
        self.app.call_from_thread(self._loaded, entries, settings, participant)

    def _failed(self, message: str) -> None:
        self.query_one("#export-summary", Static).update(Text(message))

    def _loaded(self, entries: list[Entry], settings: Settings, participant: str) -> None:
        self._source = (entries, settings, participant)
        self.rebuild(fill_chooser=True)

    def options(self) -> ExportOptions:
        """The choices on screen, as export options."""
        granularity = self.query_one("#export-granularity", Select).value
        return ExportOptions(
            granularity=Granularity(str(granularity)),
            include_text=self.query_one("#export-text", Checkbox).value,
            text_left_out=frozenset(self.text_left_out),
        )

    def export_format(self) -> ExportFormat:
        return ExportFormat(str(self.query_one("#export-format", Select).value))

    def rebuild(self, *, fill_chooser: bool = False) -> None:
        """Build the export again from the choices (off the UI thread) and show it."""
        if self._source is None:
            return
        self._build(*self._source, self.options(), self.export_format(), fill_chooser)

    @work(thread=True, exclusive=True, group="export-build")
    def _build(
        self,
        entries: list[Entry],
        settings: Settings,
        participant: str,
        options: ExportOptions,
        export_format: ExportFormat,
        fill_chooser: bool,
    ) -> None:
        # Ten years of check-ins take a few tenths of a second to scrub and render.
        export = build_anonymized(entries, settings, participant, options)
        text = render(export.document, export_format) if export.entries else ""
        self.app.call_from_thread(self._show, export, text, options.include_text, fill_chooser)

    def _show(
        self, export: AnonymizedExport, text: str, include_text: bool, fill_chooser: bool
    ) -> None:
        summary = self.query_one("#export-summary", Static)
        preview = self.query_one("#export-preview", TextArea)
        if not export.entries:
            self.export = None
            summary.update(Text(_("There are no check-ins to export yet.")))
            preview.load_text("")
            return
        self.export = export
        summary.update(Text("\n".join(export_summary(export, include_text))))
        preview.load_text(text)
        if fill_chooser:
            chooser = self.query_one("#export-entries", SelectionList)
            chooser.clear_options()
            for item in reversed(export.entries):
                if item.has_text:
                    value = " ".join(str(item.record.get("value", "")).split())[:28]
                    chooser.add_option((Text(f"{item.period}  {value}"), item.entry_id))

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _choice_changed(self) -> None:
        self.query_one("#export-entries", SelectionList).disabled = not self.query_one(
            "#export-text", Checkbox
        ).value
        self._follow_format()
        self.rebuild()

    @on(SelectionList.SelectedChanged, "#export-entries")
    def _left_out_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        self.text_left_out = set(event.selection_list.selected)
        self.rebuild()

    def _follow_format(self) -> None:
        """Keep the file name's suffix in step with the chosen format."""
        field = self.query_one("#export-path", AnswerInput)
        path = Path(field.value)
        suffix = "." + self.export_format().value
        if path.suffix.lower() in (".json", ".csv") and path.suffix.lower() != suffix:
            field.replace_text(str(path.with_suffix(suffix)))

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_write(self) -> None:
        """Ask, then write the file shown."""
        if self.export is None:
            self.notify(_("There is nothing to write yet."), severity="warning")
            return
        path = Path(self.query_one("#export-path", Input).value.strip()).expanduser()
        text = self.query_one("#export-preview", TextArea).text
        summary = "\n".join(export_summary(self.export, self.options().include_text))
        self.app.push_screen(
            ConfirmDialog(
                _("Write the anonymized export to {path}?").format(path=path),
                summary,
                yes=_("Write"),
                no=_("Not now"),
            ),
            lambda yes: self._write_if(yes, path, text, overwrite=False),
        )

    def _write_if(self, yes: bool | None, path: Path, text: str, *, overwrite: bool) -> None:
        if yes:
            self._write(path, text, overwrite=overwrite)

    @work(thread=True, exclusive=True, group="export-write")
    def _write(self, path: Path, text: str, *, overwrite: bool) -> None:
        try:
            write_export(path, text, overwrite=overwrite)
        except ExportExists:
            self.app.call_from_thread(self._ask_replace, path, text)
            return
        except FocuscheckError as error:
            self.app.call_from_thread(self._report, str(error))
            return
        self.app.call_from_thread(self._written, path)

    def _ask_replace(self, path: Path, text: str) -> None:
        self.app.push_screen(
            ConfirmDialog(
                _("{path} already exists. Replace it?").format(path=path),
                "",
                yes=_("Replace"),
                no=_("Keep it"),
                danger=True,
            ),
            lambda yes: self._write_if(yes, path, text, overwrite=True),
        )

    def _report(self, message: str) -> None:
        self.notify(message, title=_("Not written"), severity="error", timeout=12)

    def _written(self, path: Path) -> None:
        self.notify(_("Wrote the anonymized export to {path}.").format(path=path))
        self.post_message(self.ExportWritten(path))
