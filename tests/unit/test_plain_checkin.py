"""``focuscheck checkin --plain``: the check-in as plain lines, driven without a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from focuscheck.domain.checkin_form import STEPS, form_from_draft
from focuscheck.domain.checkin_words import QUESTIONS
from focuscheck.domain.clock import FixedClock
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.domain.errors import ValidationError
from focuscheck.domain.reflections import RAISE_NOTE
from focuscheck.domain.settings import Settings
from focuscheck.i18n import set_language
from focuscheck.plain.checkin_dialogue import Outcome
from focuscheck.service.journal_service import JournalService
from tests.conftest import FROZEN_NOW
from tests.ui.checkin_support import entry_on
from tests.unit.plain_support import CTRL_C, WHOLE_CHECKIN, talk

TODAY = FROZEN_NOW.date()


@pytest.fixture
def service(data_dir: Path, clock: FixedClock) -> Iterator[JournalService]:
    journal_service = JournalService(data_dir, clock)
    yield journal_service
    journal_service.close()


def test_a_whole_check_in_typed_line_by_line_is_saved(
    service: JournalService, clock: FixedClock
) -> None:
    outcome, _script = talk(service, clock, WHOLE_CHECKIN)
    assert outcome is Outcome.SAVED
    [entry] = service.entries()
    assert (entry.date, entry.salary, entry.salary_aligned) == (TODAY, "The customer", True)
    assert entry.mission == "We help people get well"
    assert entry.mission_clarity == 1  # nothing written down: unclear
    assert entry.value == "Called back a customer about her invoice"
    assert entry.voice_source is VoiceSource.CUSTOMER
    assert entry.voice_quote == "Thank you, now I understand"
    assert entry.waste_category is WasteCategory.RED_TAPE
    assert (entry.focus, entry.tags) == (4, ("support", "billing"))
    assert service.draft() is None


def test_the_steps_come_in_the_order_of_the_form_with_their_questions(
    service: JournalService, clock: FixedClock
) -> None:
    _outcome, script = talk(service, clock, WHOLE_CHECKIN)
    places = []
    for number, step in enumerate(STEPS, start=1):
        question = QUESTIONS[step].format(customer="customer")
        places.append(script.output.index(f"Step {number}/{len(STEPS)}: {question}"))
    assert places == sorted(places)


def test_the_summary_says_what_was_saved_the_streak_and_the_closing_question(
    service: JournalService, clock: FixedClock
) -> None:
    service.save_checkin(entry_on(TODAY - timedelta(days=1), FROZEN_NOW - timedelta(days=1)))
    _outcome, script = talk(service, clock, WHOLE_CHECKIN)
    tail = script.output[script.output.index("Saved ✓") :]
    assert f"Your check-in for {TODAY.isoformat()} is in your journal." in tail
    assert "Streak: 2 workdays in a row." in tail
    assert "Check-ins on 2 of the last 7 days." in tail
    assert tail.rstrip().endswith("Whom do you serve?")


def test_an_answer_naming_the_customer_gets_the_app_s_reflection(
    service: JournalService, clock: FixedClock
) -> None:
    _outcome, script = talk(service, clock, ["The customer"])
    assert "Reflection: Yes. Whatever the payslip says" in script.output
    assert "your answer names the customer." in script.output


def test_the_stated_mission_is_shown_and_its_clarity_asked(
    service: JournalService, clock: FixedClock
) -> None:
    service.save_settings(Settings(mission="Healthy people", values=("Openness",)))
    lines = ["", "", "People", "4", "Helped", "", "", "", "", "", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert "As written down: Healthy people Values: Openness" in script.output
    assert "How clear are our mission and values to you?" in script.output
    assert service.entries()[0].mission_clarity == 4


def test_a_missing_mission_may_be_raised_with_the_manager(
    service: JournalService, clock: FixedClock
) -> None:
    lines = ["", "", "", "yes", "Helped", "", "", "", "", "", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert "Nothing is written down here about our mission and values yet." in script.output
    entry = service.entries()[0]
    assert (entry.mission_clarity, entry.waste_category) == (1, WasteCategory.UNCLARITY)
    assert entry.waste_note == RAISE_NOTE


def test_less_than_goes_back_one_step_and_keeps_the_answers(
    service: JournalService, clock: FixedClock
) -> None:
    lines = ["The customer", "Quality", "<", "Customer focus", "", "no", "Helped"]
    lines += ["", "", "", "", "", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert script.output.count("Step 2/8") == 2
    assert "Now: Quality" in script.output
    assert service.entries()[0].cornerstone == "Customer focus"


def test_going_back_from_the_first_step_stays_there(
    service: JournalService, clock: FixedClock
) -> None:
    _outcome, script = talk(service, clock, ["back"])
    assert "This is the first step." in script.output
    assert script.output.count("Step 1/8") == 2


def test_an_empty_value_is_refused_with_the_app_s_words(
    service: JournalService, clock: FixedClock
) -> None:
    lines = ["", "", "", "", "", "Answered a letter", "", "", "", "", "", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert "Please write one thing, however small" in script.output
    assert script.output.count("Step 4/8") == 2


def test_a_huge_paste_is_refused_kept_and_read_back_only_in_part(
    service: JournalService, clock: FixedClock
) -> None:
    paste = "x" * 300_000
    outcome, script = talk(service, clock, [paste])
    assert outcome is Outcome.STOPPED
    assert "This answer is too long (300000 characters; at most 20000)." in script.output
    assert "… (299,500 more characters not shown)" in script.output
    assert len(max(script.output.splitlines(), key=len)) < 1_000
    draft = form_from_draft(service.draft())
    # the draft keeps as much as a draft holds, more than an answer may be
    assert draft is not None and paste.startswith(draft.salary) and len(draft.salary) > 20_000


def test_a_rating_out_of_range_is_asked_again(service: JournalService, clock: FixedClock) -> None:
    lines = ["", "", "", "", "Helped", "", "", "", "", "9", "five", "5", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert script.output.count("Please type a number from 1 to 5.") == 2
    assert service.entries()[0].focus == 5


@pytest.mark.parametrize("typed", ["2", "colleague", "A colleague with direct customer contact"])
def test_a_choice_is_taken_by_its_number_its_word_or_its_label(
    service: JournalService, clock: FixedClock, typed: str
) -> None:
    lines = ["", "", "", "", "Helped", typed, "", "", "", "", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert "  2. A colleague with direct customer contact" in script.output
    assert service.entries()[0].voice_source is VoiceSource.COLLEAGUE


def test_a_quote_heard_from_no_one_is_refused(service: JournalService, clock: FixedClock) -> None:
    lines = ["", "", "", "", "Helped", "3", "They were happy", "1", "", "", "", "", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert "A quote needs someone who said it" in script.output
    assert service.entries()[0].voice_source is VoiceSource.CUSTOMER


def test_the_draft_is_saved_after_every_answered_step(
    service: JournalService, clock: FixedClock
) -> None:
    seen = []

    def remember(draft: dict[str, object]) -> None:
        seen.append(draft.get("step"))
        keep(draft)

    keep = service.save_draft
    service.save_draft = remember  # type: ignore[method-assign]
    talk(service, clock, WHOLE_CHECKIN)
    assert seen == list(range(len(STEPS) - 1))


@pytest.mark.parametrize(
    ("stop", "outcome"), [(CTRL_C, Outcome.INTERRUPTED), (None, Outcome.STOPPED)]
)
def test_stopping_half_way_keeps_the_draft_and_says_so(
    service: JournalService, clock: FixedClock, stop: object, outcome: Outcome
) -> None:
    lines: list[object] = ["The customer", "Customer focus", "Our mission"]
    ended, script = talk(service, clock, [*lines, stop] if stop else lines)
    assert ended is outcome
    assert "Your answers are kept; they will be offered next time." in script.output
    draft = form_from_draft(service.draft())
    assert draft is not None
    assert [draft.salary, draft.cornerstone, draft.mission] == lines
    assert service.entries() == []


def test_stopping_before_typing_anything_keeps_nothing(
    service: JournalService, clock: FixedClock
) -> None:
    _outcome, script = talk(service, clock, [])
    assert "Nothing was typed, so there is nothing to keep." in script.output
    assert service.draft() is None


def test_starting_again_offers_to_continue_the_draft(
    service: JournalService, clock: FixedClock
) -> None:
    talk(service, clock, ["The customer", "Customer focus"])
    outcome, script = talk(service, clock, ["", *WHOLE_CHECKIN[2:]])
    assert "You left a check-in for 2026-11-26 unfinished, at step 3/8." in script.output
    assert outcome is Outcome.SAVED
    assert service.entries()[0].cornerstone == "Customer focus"


def test_starting_afresh_throws_the_draft_away_only_when_asked_twice(
    service: JournalService, clock: FixedClock
) -> None:
    talk(service, clock, ["The customer", "Customer focus"])
    _outcome, script = talk(service, clock, ["no", "yes"])
    assert "Throw away the unfinished check-in?" in script.output
    assert "Nothing was typed, so there is nothing to keep." in script.output
    assert service.draft() is None


def test_a_saved_check_in_is_changed_with_its_answers_as_the_defaults(
    service: JournalService, clock: FixedClock
) -> None:
    saved = service.save_checkin(entry_on(TODAY, FROZEN_NOW, salary="Taxpayers", focus=2))
    lines = ["", "", "", "", "", "", "", "", "", "3", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert "Today's check-in is already saved; you can change it here." in script.output
    assert "Changing the check-in of 2026-11-26" in script.output
    assert "Now: Taxpayers" in script.output
    [entry] = service.entries()
    assert (entry.id, entry.salary, entry.value, entry.focus) == (
        saved.id,
        "Taxpayers",
        "Helped a caller",
        3,
    )


def test_a_single_dash_clears_an_answer(service: JournalService, clock: FixedClock) -> None:
    service.save_checkin(entry_on(TODAY, FROZEN_NOW, salary="Taxpayers"))
    talk(service, clock, ["-", "", "", "", "", "", "", "", "", "", ""])
    assert service.entries()[0].salary == ""


def test_a_missed_day_is_made_up_and_said_so(service: JournalService, clock: FixedClock) -> None:
    yesterday = TODAY - timedelta(days=1)
    outcome, script = talk(service, clock, WHOLE_CHECKIN, day=yesterday)
    assert outcome is Outcome.SAVED
    [entry] = service.entries()
    assert entry.date == yesterday and entry.made_up
    assert "is in your journal, made up on 2026-11-26." in script.output


def test_a_day_to_come_is_refused(service: JournalService, clock: FixedClock) -> None:
    with pytest.raises(ValidationError, match="has not come yet"):
        talk(service, clock, WHOLE_CHECKIN, day=TODAY + timedelta(days=1))


def test_the_dialogue_prints_no_escape_sequence_even_for_one_typed(
    service: JournalService, clock: FixedClock
) -> None:
    lines = ["The \x1b[31mcustomer\x1b[D", *WHOLE_CHECKIN[1:]]
    _outcome, script = talk(service, clock, lines)
    assert "\x1b" not in script.output
    assert service.entries()[0].salary == "The customer"


def test_the_dialogue_speaks_swedish(service: JournalService, clock: FixedClock) -> None:
    set_language("sv")
    lines = ["Kunden", "", "", "nej", "Hjälpte en kund", "1", "", "", "", "", ""]
    outcome, script = talk(service, clock, lines)
    assert outcome is Outcome.SAVED
    assert "Steg 1/8: Vem betalar min lön?" in script.output
    assert "tillbaka" in script.output
    assert "Vem tjänar du?" in script.output
    assert service.entries()[0].voice_source is VoiceSource.CUSTOMER
