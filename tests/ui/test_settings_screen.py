"""The settings screen: every setting, validation next to the field, language and theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, Select, Static, TextArea

from focuscheck.domain.clock import FixedClock
from focuscheck.domain.settings import SPECS, SWEDISH_FORM_SETTINGS
from focuscheck.i18n import current_language
from focuscheck.screens.dialogs import ConfirmDialog
from focuscheck.screens.settings import SettingsScreen
from focuscheck.storage.journal import Journal
from focuscheck.widgets.setting_field import SettingField
from tests.ui.browse_support import browse_app, open_screen, screen_text, seed, settle

SIZE = (100, 30)


@pytest.fixture
def journal(data_dir: Path, clock: FixedClock) -> Journal:
    return seed(data_dir, clock, [])


def field(screen: SettingsScreen, name: str) -> SettingField:
    return screen.query_one(f"#setting-{name}", SettingField)


def error_of(screen: SettingsScreen, name: str) -> str:
    return str(field(screen, name).query_one(".setting-error", Static).render())


async def test_every_setting_has_a_field(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        # The Swedish forms of the customer word are asked for in Swedish only.
        english = [spec.name for spec in SPECS if spec.name not in SWEDISH_FORM_SETTINGS]
        assert [item.spec.name for item in screen.fields()] == english
        assert isinstance(field(screen, "language").control(), Select)
        assert isinstance(field(screen, "theme").control(), Select)
        assert isinstance(field(screen, "values").control(), TextArea)
        assert field(screen, "workdays").text() == "mon tue wed thu fri"


async def test_typing_and_saving_changes_the_journal(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        await pilot.press("tab", *"patient")
        field(screen, "values").control().text = "Openness\n[bold]Respect[/]\n\nOpenness"  # type: ignore[attr-defined]
        field(screen, "workdays").control().value = "mån tis ons"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = journal.settings()
        assert saved.customer_term == "patient"
        assert saved.values == ("Openness", "[bold]Respect[/]")
        assert saved.workdays == (1, 2, 3)
        # The form shows what was kept, tidied, and nothing is left unsaved.
        assert field(screen, "values").text() == "Openness\n[bold]Respect[/]"
        assert field(screen, "workdays").text() == "mon tue wed"
        assert not screen.changed()
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)


async def test_a_comma_separates_names_to_scrub_on_saving(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        names = field(screen, "scrub_names").control()
        names.text = "Björn Jönsson, Åsa Lindqvist\nPer"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert journal.settings().scrub_names == ("Björn Jönsson", "Åsa Lindqvist", "Per")
        assert field(screen, "scrub_names").text() == "Björn Jönsson\nÅsa Lindqvist\nPer"


async def test_a_value_that_does_not_fit_is_named_and_nothing_is_saved(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        field(screen, "customer_term").control().value = "citizen"  # type: ignore[attr-defined]
        field(screen, "min_group_size").control().value = "2"  # type: ignore[attr-defined]
        field(screen, "workdays").control().value = "mon blursday"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert journal.settings().customer_term == ""
        assert "between 3 and 1000" in error_of(screen, "min_group_size")
        assert "blursday" in error_of(screen, "workdays")
        assert error_of(screen, "customer_term") == ""
        assert field(screen, "min_group_size").text() == "2", "what was typed stays"
        assert screen.focused is field(screen, "workdays").control(), "the first problem has focus"
        assert "Nothing was saved" in screen_text(app)
        field(screen, "min_group_size").control().value = "6"  # type: ignore[attr-defined]
        field(screen, "workdays").control().value = "mon fri"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = journal.settings()
        assert (saved.customer_term, saved.min_group_size, saved.workdays) == ("citizen", 6, (1, 5))
        assert error_of(screen, "min_group_size") == ""


async def test_leaving_with_unsaved_changes_asks(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        field(screen, "team").control().value = "Support"  # type: ignore[attr-defined]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert field(screen, "team").text() == "Support"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)
        assert journal.settings().team == ""


async def test_emptying_a_field_puts_the_default_back(data_dir: Path, clock: FixedClock):
    journal = seed(data_dir, clock, [])
    from focuscheck.domain.settings import set_value

    journal.save_settings(set_value(journal.settings(), "workdays", ["mon"]))
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        assert field(screen, "workdays").text() == "mon"
        field(screen, "workdays").control().value = ""  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert journal.settings().workdays == (1, 2, 3, 4, 5)


async def test_a_saved_value_is_not_selected_and_typing_adds_to_it(
    data_dir: Path, clock: FixedClock
):
    journal = seed(data_dir, clock, [])
    from focuscheck.domain.settings import set_value

    journal.save_settings(set_value(journal.settings(), "organisation", ["Acme"]))
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        field(screen, "organisation").focus_control()
        await pilot.pause()
        await pilot.press(*" AB")
        control = field(screen, "organisation").control()
        assert isinstance(control, Input) and control.value == "Acme AB"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert journal.settings().organisation == "Acme AB"
        assert control.cursor_position == len("Acme AB"), "saving leaves the cursor at the end"


async def test_choosing_swedish_switches_the_screen_at_once(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        assert "Word for the customer" in screen_text(app)
        field(screen, "language").control().value = "sv"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert journal.settings().language == "sv"
        assert current_language() == "sv"
        shown = screen_text(app)
        assert "Ord för kunden" in shown and "Inställningar" in shown
        assert "Spara" in shown
        assert field(screen, "workdays").text() == "mån tis ons tor fre"


async def test_choosing_a_theme_applies_it(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        control = field(screen, "theme").control()
        assert isinstance(control, Select)
        control.value = "nord"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert journal.settings().theme == "nord"
        assert app.theme == "nord"


async def test_hostile_saved_values_show_literally(data_dir: Path, clock: FixedClock):
    journal = seed(data_dir, clock, [])
    from focuscheck.domain.settings import set_value

    hostile = "[bold red]Acme[/] [@click=app.quit]x[/]"
    journal.save_settings(set_value(journal.settings(), "organisation", [hostile]))
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        control = field(screen, "organisation").control()
        assert isinstance(control, Input) and control.value == hostile
        assert "[bold red]Acme[/]" in screen_text(app)


async def test_a_huge_paste_is_named_not_lost(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        control = field(screen, "organisation").control()
        assert isinstance(control, Input)
        control.focus()
        pasted = "[bold]Acme[/]\x1b[2J " * 8_000
        app.post_message(events.Paste(pasted))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "too long" in error_of(screen, "organisation")
        assert control.value == pasted.replace("\x1b", "\u241b"), "kept, control made visible"
        assert journal.settings().organisation == ""
        assert "\x1b" not in screen_text(app)


async def test_f1_shows_this_screens_help(journal: Journal, data_dir: Path, clock: FixedClock):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_screen(pilot, "s", SettingsScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert "Ctrl+S saves." in getattr(app.screen, "body", "")


class TestSwedishFormsOfTheCustomerWord:
    async def test_a_new_word_offers_its_forms_to_correct_before_saving(
        self, journal: Journal, data_dir: Path, clock: FixedClock
    ):
        app = browse_app(data_dir, clock, language="sv")
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "s", SettingsScreen)
            assert isinstance(screen, SettingsScreen)
            await pilot.press("tab", *"barn")
            await settle(pilot)
            # A guess to start from, right under the word…
            assert field(screen, "customer_term_definite").text() == "barnen"
            assert field(screen, "customer_term_plural").text() == "barner"
            # …which the person corrects before saving.
            field(screen, "customer_term_definite").set_text("barnet")
            field(screen, "customer_term_plural").set_text("barn")
            field(screen, "customer_term_definite_plural").set_text("barnen")
            await pilot.press("ctrl+s")
            await settle(pilot)
        saved = journal.settings()
        assert (saved.customer_term, saved.customer_term_definite) == ("barn", "barnet")
        assert (saved.customer_term_plural, saved.customer_term_definite_plural) == (
            "barn",
            "barnen",
        )
        assert saved.customer_term_compound == "barn"

    async def test_a_known_word_brings_its_own_forms(
        self, journal: Journal, data_dir: Path, clock: FixedClock
    ):
        app = browse_app(data_dir, clock, language="sv")
        async with app.run_test(size=SIZE) as pilot:
            screen = await open_screen(pilot, "s", SettingsScreen)
            assert isinstance(screen, SettingsScreen)
            await pilot.press("tab", *"medlem")
            await settle(pilot)
            assert field(screen, "customer_term_definite_plural").text() == "medlemmarna"
            assert field(screen, "customer_term_compound").text() == "medlems"
            await pilot.press("ctrl+s")
            await settle(pilot)
        assert journal.settings().customer_term_definite == "medlemmen"


def note_of(screen: SettingsScreen, name: str) -> str:
    return str(field(screen, name).query_one(".setting-note", Static).render())


async def test_away_periods_are_saved_one_per_line_and_the_next_one_is_named(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        assert note_of(screen, "away") == ""
        away = field(screen, "away").control()
        away.text = "2027-01-01..2027-01-06\n2026-12-24..2026-12-31\n2026-11-26"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [str(period) for period in journal.settings().away] == [
            "2026-11-26",
            "2026-12-24..2027-01-06",
        ]
        assert field(screen, "away").text() == "2026-11-26\n2026-12-24..2027-01-06"
        assert note_of(screen, "away") == "Away now, until 2026-11-26."
        away.text = "2026-12-24..2027-01-06"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert note_of(screen, "away") == "Next away: 2026-12-24..2027-01-06."


async def test_an_away_period_that_does_not_fit_is_named_under_its_field(
    journal: Journal, data_dir: Path, clock: FixedClock
):
    app = browse_app(data_dir, clock)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_screen(pilot, "s", SettingsScreen)
        assert isinstance(screen, SettingsScreen)
        away = field(screen, "away").control()
        away.text = "2026-12-24..2027-01-06\nchristmas"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "'christmas' is not a period of days" in error_of(screen, "away")
        assert journal.settings().away == ()
        assert field(screen, "away").text() == "2026-12-24..2027-01-06\nchristmas"
        away.text = "2026-01-01..2027-06-30"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "longer than a year" in error_of(screen, "away")
        assert screen.focused is away
