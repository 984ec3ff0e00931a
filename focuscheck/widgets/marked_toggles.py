"""Radio buttons and checkboxes whose state reads in characters, not only in colour.

Textual draws every radio button as ``▐●▌`` and every checkbox and row of a
selection list as ``▐X▌``, on or off, and tells them apart by colour alone:
unreadable on a projector, for people who do not see the colours and for screen
readers.  These draw ``(•)``/``( )`` and ``[x]``/``[ ]``; the app uses them
wherever it offers a choice.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, RadioButton, SelectionList
from textual.widgets.option_list import OptionDoesNotExist
from textual.widgets.selection_list import SelectionType

# The mark takes the place of Textual's three characters and is drawn in the
# button's style, the chosen one in bold as well as in colour.  Important: a
# radio set colours its buttons' marks too, more specifically, nearly invisibly.
_STYLE = """
{name} > .toggle--button {{ color: $text !important; background: $panel; }}
{name}.-on > .toggle--button {{ color: $text-success !important; text-style: bold; }}
"""


class MarkedRadioButton(RadioButton):
    """A radio button drawn ``(•)`` when chosen and ``( )`` when not."""

    DEFAULT_CSS = _STYLE.format(name="MarkedRadioButton")
    ON: ClassVar[str] = "(•)"
    OFF: ClassVar[str] = "( )"
    BUTTON_LEFT = ""
    BUTTON_INNER = OFF
    BUTTON_RIGHT = ""

    def watch_value(self) -> None:
        self.BUTTON_INNER = self.ON if self.value else self.OFF
        super().watch_value()


class MarkedCheckbox(Checkbox):
    """A checkbox drawn ``[x]`` when ticked and ``[ ]`` when not."""

    DEFAULT_CSS = _STYLE.format(name="MarkedCheckbox")
    ON: ClassVar[str] = "[x]"
    OFF: ClassVar[str] = "[ ]"
    BUTTON_LEFT = ""
    BUTTON_INNER = OFF
    BUTTON_RIGHT = ""

    def watch_value(self) -> None:
        self.BUTTON_INNER = self.ON if self.value else self.OFF
        super().watch_value()


class MarkedSelectionList(SelectionList[SelectionType]):
    """A selection list whose rows start ``[x]`` when selected and ``[ ]`` when not."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        # Textual starts each row with its three-character box, one segment a character.
        box, rest = list(line)[:3], list(line)[3:]
        if len(box) < 3:
            return line
        mark = MarkedCheckbox.ON if selection.value in self.selected else MarkedCheckbox.OFF
        return Strip([Segment(mark, box[1].style), *rest])
