"""The command palette (Ctrl+P) in the person's language, and the themes it offers.

Textual's palette is kept; its own words (the placeholder, "No matches found")
and its system commands are replaced by ones in the current language.  Every
app of focuscheck with a palette builds on :class:`PaletteApp`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, ClassVar, Final

from rich.align import Align
from rich.text import Text
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.screen import Screen
from textual.widgets.option_list import Option

from focuscheck.domain.themes import THEMES
from focuscheck.i18n import N_, _

PALETTE_KEY: Final = "ctrl+p"


class Palette(CommandPalette):
    """Textual's command palette, speaking the current language."""

    def __init__(self, providers: Iterable[type[Provider]] | None = None, *, placeholder: str = ""):
        super().__init__(
            providers, placeholder=placeholder or _("Search for commands…"), id="--command-palette"
        )

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Say "no matches" in the current language (Textual's own words are English)."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            self._list_visible = bool(search_value)
            if search_value:
                words = Text(_("No matches found"), style="not bold")
                self.query_one(CommandList).add_option(
                    Option(Align.center(words), disabled=True, id=self._NO_MATCHES)
                )

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


class AppCommands(Provider):
    """The app's own commands (``get_system_commands``), in the order the app lists them."""

    async def discover(self) -> Hits:
        for command in self.app.get_system_commands(self.screen):
            if command.discover:
                yield DiscoveryHit(command.title, command.callback, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self.app.get_system_commands(self.screen):
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(command.title), command.callback, help=command.help
                )


class ThemeCommands(Provider):
    """Every theme by name; choosing one makes it the app's theme (and saves it where it can)."""

    async def discover(self) -> Hits:
        for name in THEMES:
            yield DiscoveryHit(name, partial(self._choose, name))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name in THEMES:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self._choose, name), text=name)

    def _choose(self, name: str) -> None:
        app = self.app
        if isinstance(app, PaletteApp):
            app.choose_theme(name)


class ThemeSearch(ThemeCommands):
    """The themes in the main palette: found when typed ("nord"), not listed before that."""

    async def discover(self) -> Hits:
        return
        yield

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name in THEMES:
            score = matcher.match(name)
            if score > 0:
                prompt = Content.assemble(_("Theme: "), matcher.highlight(name))
                yield Hit(score, prompt, partial(self._choose, name), text=name)


class PaletteApp(App[None]):
    """An app whose command palette speaks the current language."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Declared here (Textual would add its own, labelled in English) so the footer
        # shows the key in the current language.
        Binding(PALETTE_KEY, "command_palette", N_("Commands"), show=False, priority=True),
    ]
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        AppCommands,
        ThemeSearch,
    }

    def action_command_palette(self) -> None:
        """Open the command palette."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(Palette())

    def action_change_theme(self) -> None:
        """Open the palette of themes."""
        self.push_screen(Palette([ThemeCommands], placeholder=_("Search for themes…")))

    def choose_theme(self, name: str) -> None:
        """Show the app in theme ``name``."""
        self.theme = name

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield SystemCommand(_("Theme"), _("Change the colours"), self.action_change_theme)
        yield SystemCommand(_("Quit"), _("Leave focuscheck"), self.action_quit)
