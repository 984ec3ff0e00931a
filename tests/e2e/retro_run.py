"""A whole retro opener of five members on one shared terminal, at the pace of people.

The installed ``focuscheck retro`` runs in tmux.  A facilitator sets it up and
reads each question out; five members then take the keyboard in turn: each
needs a moment to take it over and think, types a short answer key by key or
passes, and picks a line from a list where the question has one.  The pace is
a fixed table (:class:`Pace`), so two runs differ only by the machine; the
clock records how long each phase took, from the moment its screen appeared
to the moment the next one did.  After the questions the facilitator looks
the answers over, each member reads the board and gives three votes, the team
reads each column (most votes first), and the marked items become the team's
actions.  The talk about the board is the team's own and is not in the figures.

Used by ``tests/e2e/test_retro_timing.py`` and ``bench/retro_timing.py``,
which prints the table.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Final, Protocol

PASS: Final = None
"""In a script of answers: the member passes."""
TIME_UP: Final = "Time is up"
TEAM: Final = 5


@dataclass(frozen=True)
class Turn:
    """One member's turn: what they type (None: they pass) and which choice they pick."""

    text: str | None
    choice: int | None = None
    """Lines down the list of choices (0 is the first); None when the question has none."""
    think: float = 3.0
    """Seconds before the first key, after taking over the keyboard."""


@dataclass(frozen=True)
class Question:
    """A question of the run: how it reads on screen and the five turns."""

    shows: str
    turns: tuple[Turn, ...]


@dataclass(frozen=True)
class Pace:
    """How fast the people of the run are; ``scale`` shrinks every pause (1.0 is people)."""

    keys_per_second: float = 4.0
    """Typing on a shared keyboard, standing, a short answer: about 45 words a minute."""
    hand_over: float = 2.0
    """Seconds to pass the keyboard to the next member."""
    list_step: float = 0.6
    """Seconds per line moved in a list of choices, and to press Enter on it."""
    read_question: float = 5.0
    """The facilitator reads the question out before starting the timer."""
    read_column: float = 10.0
    """The team reads one column of the board."""
    decide: float = 2.0
    """The facilitator's pause before a key that moves the retro on."""
    scale: float = 1.0

    def wait(self, seconds: float) -> None:
        time.sleep(seconds * self.scale)


class Screen(Protocol):
    """A terminal the run types into (see ``tests/e2e/test_checkin_terminal.py``)."""

    def screen(self) -> str: ...

    def wait_for(self, text: str) -> str: ...

    def type(self, text: str) -> None: ...

    def keys(self, *keys: str) -> None: ...


@dataclass
class Timing:
    """Seconds per phase, in the order they happened, and the turns time ran out on."""

    phases: list[tuple[str, float]] = field(default_factory=list)
    out_of_time: dict[str, int] = field(default_factory=dict)
    """Per round: members the countdown ended on before they had handed in."""

    @property
    def total(self) -> float:
        return sum(seconds for _name, seconds in self.phases)

    def table(self, title: str) -> str:
        """The phases as aligned lines, ``m:ss`` and seconds, with the total."""
        width = max(len(name) for name, _seconds in [*self.phases, ("total", 0.0)])
        lines = [title]
        for name, seconds in [*self.phases, ("total", self.total)]:
            line = f"  {name:<{width}}  {_clock(seconds):>6}  {seconds:7.1f} s"
            if late := self.out_of_time.get(name):
                line += f"  ({late} out of time)"
            lines.append(line)
        return "\n".join(lines)


def _clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


class Stopwatch:
    """Splits the run into phases at the moments given."""

    def __init__(self) -> None:
        self.timing = Timing()
        self._started = time.monotonic()

    def split(self, name: str) -> None:
        now = time.monotonic()
        self.timing.phases.append((name, now - self._started))
        self._started = now


#: The quick preset: salary, cornerstone, mission (with clarity), waste (with a kind).
QUICK: Final = (
    Question(
        "Who pays my salary?",
        (
            Turn("The customer"),
            Turn("Our customers"),
            Turn("The taxpayer, in the end", think=4.0),
            Turn(PASS),
            Turn("The customer"),
        ),
    ),
    Question(
        "What is the cornerstone of quality management?",
        (
            Turn("Customer focus"),
            Turn("The customer", think=2.0),
            Turn("Processes?", think=4.0),
            Turn("Knowing the customer"),
            Turn("Customer focus", think=2.0),
        ),
    ),
    Question(
        "What are our mission and values?",
        (
            Turn("Better care, close to home", choice=3, think=5.0),
            Turn("", choice=2),
            Turn("Not sure", choice=0, think=4.0),
            Turn("Help people get well", choice=3),
            Turn(PASS, think=4.0),
        ),
    ),
    Question(
        "What internal thing adds no value",
        (
            Turn("Three signatures for a refund", choice=3, think=4.0),
            Turn("Status report no one reads", choice=0),
            Turn("Who decides?", choice=1, think=4.0),
            Turn(PASS),
            Turn("Two tools, one timesheet", choice=0),
        ),
    ),
)

#: The default questions: the quick ones with value and voice where the default asks them.
DEFAULT: Final = (
    *QUICK[:3],
    Question(
        "What did I do lately that creates value",
        (
            Turn("Called back about an invoice", think=5.0),
            Turn("Fixed the booking form", think=4.0),
            Turn("Wrote the letter in plain words", think=6.0),
            Turn(PASS, think=4.0),
            Turn("Answered the same day", think=4.0),
        ),
    ),
    Question(
        "Whose voice did I hear lately",
        (
            Turn("The form is too long", choice=0, think=5.0),
            Turn("Support says: calls about bills", choice=1, think=5.0),
            Turn("", choice=2),
            Turn("Thanks, now I get it", choice=0, think=4.0),
            Turn("", choice=2),
        ),
    ),
    QUICK[3],
)


def _take_turn(term: Screen, turn: Turn, pace: Pace) -> bool:
    """Type one turn as a person does; False when time ran out before it was handed in."""
    pace.wait(pace.hand_over + turn.think)
    keys: list[tuple[str, bool]] = []  # (key, literal)
    if turn.text is None:
        keys.append(("C-o", False))
    else:
        keys += [(character, True) for character in turn.text] + [("Enter", False)]
        keys += [("Down", False)] * (turn.choice or 0)
        keys += [("Enter", False)] if turn.choice is not None else []
    for key, literal in keys:
        # A person stops typing when the screen says time is up.
        if TIME_UP in term.screen():
            return False
        if literal:
            term.type(key)
            pace.wait(1 / pace.keys_per_second)
        else:
            term.keys(key)
            pace.wait(pace.list_step)
    return True


def _wait_for_any(term: Screen, *texts: str, timeout: float = 30.0) -> str:
    """The first of ``texts`` on screen."""
    deadline = time.monotonic() + timeout
    while True:
        shown = term.screen()
        for text in texts:
            if text in shown:
                return text
        if time.monotonic() > deadline:
            raise AssertionError(f"none of {texts!r} appeared; the screen shows:\n{shown}")
        time.sleep(0.05)


def _round(term: Screen, question: Question, pace: Pace) -> int:
    """One question: read out, timer started, five turns; returns the turns out of time."""
    term.wait_for(question.shows)
    pace.wait(pace.read_question)
    term.keys("C-s")
    for member, turn in enumerate(question.turns, start=1):
        found = _wait_for_any(term, f"Member {member}, your turn", TIME_UP)
        if found == TIME_UP or not _take_turn(term, turn, pace):
            pace.wait(pace.decide)
            term.keys("C-l")
            return len(question.turns) - member + 1
    _wait_for_any(term, "Everyone has had a turn")
    pace.wait(pace.decide)
    term.keys("Enter")
    return 0


def _vote(term: Screen, member: int, columns: int, pace: Pace) -> None:
    """One member's three votes: two on the first question, one further along the board."""
    pace.wait(pace.read_column)  # the member reads the board before voting
    term.keys(*["Down"] * (member % 2))
    pace.wait(pace.list_step)
    term.keys("Space")
    pace.wait(pace.list_step)
    term.keys("Space")
    for _step in range(member % columns):
        pace.wait(pace.list_step)
        term.keys("Right")
    pace.wait(pace.list_step)
    term.keys("Space")


def run_retro(
    term: Screen, questions: tuple[Question, ...], preset_steps: int, pace: Pace
) -> Timing:
    """Set up, ask ``questions``, read the board, save the summary; the terminal shows the set-up.

    ``preset_steps`` is how many lines down the preset list the facilitator
    goes (0 keeps the default questions).
    """
    term.wait_for("Retro opener")
    watch = Stopwatch()
    pace.wait(pace.read_column)  # the facilitator reads the set-up screen
    if preset_steps:
        term.keys("BTab", "Enter", *["Down"] * preset_steps, "Enter")
        pace.wait(pace.decide)
    term.keys("C-s")
    term.wait_for(f"Question 1 of {len(questions)}")
    watch.split("set-up")
    for number, question in enumerate(questions, start=1):
        late = _round(term, question, pace)
        term.wait_for(
            f"Question {number + 1} of {len(questions)}"
            if number < len(questions)
            else "Before the reveal"
        )
        watch.split(f"round {number}")
        if late:
            watch.timing.out_of_time[f"round {number}"] = late
    pace.wait(pace.read_column)  # the facilitator looks the answers over, alone
    term.keys("C-s")
    for member in range(1, TEAM + 1):
        term.wait_for(f"Member {member}, your votes")
        pace.wait(pace.hand_over)
        _vote(term, member, len(questions), pace)
        term.keys("C-s")
    term.wait_for("Reveal: all answers")
    watch.split("votes")
    for _column in range(len(questions)):
        pace.wait(pace.read_column)  # the team reads each column, most votes first
        term.keys("Right")
    pace.wait(pace.decide)
    term.keys("s")
    term.wait_for("Actions: who does what")
    watch.split("reveal")
    pace.wait(pace.read_question)  # the team agrees who does what; "the team" is filled in
    term.keys("C-s")
    term.wait_for("# Retro opener")
    watch.split("actions")
    pace.wait(pace.decide)
    term.keys("C-s")
    term.wait_for("Written to")
    watch.split("summary")
    term.keys("C-q")
    return watch.timing
