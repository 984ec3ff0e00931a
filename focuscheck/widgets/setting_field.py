"""One setting in the settings form: its name, what it is for, the control, any problem."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from focuscheck.domain.settings import (
    WEEKDAYS_EN,
    WEEKDAYS_SV,
    Kind,
    Settings,
    SettingSpec,
    format_value,
)
from focuscheck.domain.themes import THEMES
from focuscheck.i18n import _, current_language
from focuscheck.widgets.answer_area import AnswerArea
from focuscheck.widgets.answer_input import AnswerInput


def shown_value(spec: SettingSpec, settings: Settings) -> str:
    """The value of ``spec`` as the form shows it (weekdays in the current language)."""
    if spec.kind is Kind.WEEKDAYS:
        names = WEEKDAYS_SV if current_language() == "sv" else WEEKDAYS_EN
        return " ".join(names[day - 1] for day in settings.workdays)
    return format_value(settings, spec.name)


class SettingField(Horizontal):
    """A row of the settings form for one :class:`SettingSpec`."""

    DEFAULT_CSS = """
    SettingField {
        height: auto;
        margin-bottom: 1;
    }
    SettingField > .setting-label {
        width: 34;
        height: auto;
        padding: 0 1 0 0;
    }
    SettingField > .setting-label > .setting-help {
        color: $text-muted;
    }
    SettingField > .setting-input {
        width: 1fr;
        height: auto;
    }
    SettingField TextArea {
        height: 5;
    }
    SettingField .setting-error {
        color: $text-error;
        height: auto;
    }
    SettingField .setting-error.-empty, SettingField .setting-note.-empty {
        display: none;
    }
    SettingField .setting-note {
        color: $text-muted;
        height: auto;
    }
    """

    def __init__(self, spec: SettingSpec, settings: Settings, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.spec = spec
        """The setting this row edits."""
        self.saved_text = shown_value(spec, settings)
        """The value as saved, in the form's own text; what "changed" is measured against."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="setting-label"):
            yield Static(Text(_(self.spec.title), style="bold"))
            yield Static(Text(_(self.spec.help)), classes="setting-help")
        with Vertical(classes="setting-input"):
            yield self._build_control(self.saved_text)
            yield Static("", classes="setting-note -empty", markup=False)
            yield Static("", classes="setting-error -empty", markup=False)

    def _build_control(self, value: str) -> Widget:
        control_id = f"control-{self.spec.name}"
        if self.spec.kind is Kind.LANGUAGE:
            options = [("", _("Follow the system")), ("en", "English"), ("sv", "Svenska")]
            return Select(
                [(Text(label), code) for code, label in options],
                value=value,
                allow_blank=False,
                id=control_id,
            )
        if self.spec.kind is Kind.THEME:
            choices = [(Text(_("Default")), ""), *((Text(name), name) for name in THEMES)]
            return Select(choices, value=value, allow_blank=False, id=control_id)
        if self.spec.kind in (Kind.LIST, Kind.LONG_TEXT, Kind.AWAY):
            return AnswerArea(value, id=control_id)
        if self.spec.kind is Kind.GROUP_SIZE:
            return AnswerInput(value, id=control_id, type="integer", max_length=5)
        # No max_length: a paste that is too long is named under the field on saving,
        # where an Input limit would silently refuse it.
        return AnswerInput(value, id=control_id)

    def control(self) -> Widget:
        """The widget that edits the value."""
        return self.query_one(f"#control-{self.spec.name}")

    def text(self) -> str:
        """What the control holds now, as text."""
        control = self.control()
        if isinstance(control, Select):
            value = control.value
            return value if isinstance(value, str) else ""
        if isinstance(control, TextArea):
            return control.text
        if isinstance(control, Input):
            return control.value
        return ""  # pragma: no cover - every control is one of the above

    def raw_values(self) -> list[str]:
        """The control's text as ``set_value`` takes it (a list: one item per line)."""
        if self.spec.kind in (Kind.LIST, Kind.AWAY):
            return self.text().splitlines()
        return [self.text()]

    def changed(self) -> bool:
        return self.text().strip() != self.saved_text.strip()

    def show_error(self, message: str) -> None:
        """Name what is wrong with the value, or clear it with ``""``."""
        error = self.query_one(".setting-error", Static)
        error.update(Text(message))
        error.set_class(not message, "-empty")
        control = self.control()
        control.set_class(bool(message), "-invalid")
        if message:
            control.remove_class("-valid")

    def show_note(self, message: str) -> None:
        """A line under the control on what the saved value means now, or none with ``""``."""
        note = self.query_one(".setting-note", Static)
        note.update(Text(message))
        note.set_class(not message, "-empty")

    def set_text(self, value: str) -> None:
        """Put ``value`` in the control, as if typed (a text field only)."""
        control = self.control()
        if isinstance(control, AnswerInput | AnswerArea):
            control.replace_text(value)

    def mark_saved(self, settings: Settings) -> None:
        """Show the value as it was saved (tidied: trimmed, duplicates gone)."""
        self.saved_text = shown_value(self.spec, settings)
        control = self.control()
        if isinstance(control, AnswerInput | AnswerArea):
            control.replace_text(self.saved_text)
        elif isinstance(control, Select):
            control.value = self.saved_text
        self.show_error("")

    def focus_control(self) -> None:
        self.control().focus()
