"""The round countdown: start, pause, extend, skip and expiry, on a clock the test moves."""

from __future__ import annotations

import pytest

from focuscheck.domain.errors import ValidationError
from focuscheck.retro.timer import Countdown, TimerState, parse_seconds


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def tick() -> FakeMonotonic:
    return FakeMonotonic()


def test_a_new_countdown_waits_for_the_facilitator(tick: FakeMonotonic) -> None:
    countdown = Countdown(90, tick)
    tick.now += 500
    reading = countdown.reading()
    assert reading.state is TimerState.READY
    assert reading.remaining == 90
    assert reading.clock_face() == "1:30"


def test_running_pausing_and_resuming_keep_the_time_left(tick: FakeMonotonic) -> None:
    countdown = Countdown(90, tick)
    countdown.start()
    tick.now += 30
    assert countdown.reading().remaining == 60
    countdown.toggle()
    tick.now += 1000
    assert countdown.state is TimerState.PAUSED
    assert countdown.reading().remaining == 60
    countdown.toggle()
    tick.now += 10.2
    assert countdown.state is TimerState.RUNNING
    assert countdown.reading().clock_face() == "0:50"


def test_time_runs_out_and_never_goes_below_zero(tick: FakeMonotonic) -> None:
    countdown = Countdown(90, tick)
    countdown.start()
    tick.now += 89.5
    assert countdown.reading().clock_face() == "0:01"
    tick.now += 5
    reading = countdown.reading()
    assert reading.state is TimerState.EXPIRED
    assert reading.remaining == 0
    assert reading.clock_face() == "0:00"
    countdown.start()  # an expired countdown does not restart by itself
    assert countdown.state is TimerState.EXPIRED


def test_extending_adds_time_and_brings_an_expired_round_back(tick: FakeMonotonic) -> None:
    countdown = Countdown(90, tick)
    countdown.start()
    tick.now += 20
    countdown.extend(30)
    assert countdown.reading().remaining == 100
    tick.now += 200
    assert countdown.state is TimerState.EXPIRED
    countdown.extend(30)
    reading = countdown.reading()
    assert reading.state is TimerState.RUNNING
    assert reading.remaining == 30
    tick.now += 31
    assert countdown.state is TimerState.EXPIRED


def test_skip_ends_the_round_at_once(tick: FakeMonotonic) -> None:
    countdown = Countdown(90, tick)
    countdown.start()
    tick.now += 10
    countdown.skip()
    assert countdown.state is TimerState.EXPIRED
    countdown.extend(15)
    assert countdown.reading().remaining == 15


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), (" 2m ", 120), ("1:30", 90), ("45s", 45), ("3 min", 180)]
)
def test_timer_lengths_as_people_type_them(text: str, seconds: int) -> None:
    assert parse_seconds(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "5", "2h", "1:xx", "999999"])
def test_unusable_timer_lengths_are_refused_with_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_seconds(text)
    assert caught.value.field == "timer"
