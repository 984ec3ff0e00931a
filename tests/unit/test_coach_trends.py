"""The trend per period, this period against the one before, and the plain sentences."""

from __future__ import annotations

import pytest

from focuscheck.coach.aggregate import review
from focuscheck.coach.compare import Direction, parse_length
from focuscheck.coach.findings import sentences
from focuscheck.coach.loader import LoadedExport
from focuscheck.coach.measures import Measure
from focuscheck.domain.dates import Granularity
from focuscheck.domain.enums import VoiceSource, WasteCategory
from focuscheck.i18n import set_language
from tests.unit.trend_support import checkin, person, team

K = 5


def test_each_shown_week_has_voice_clarity_and_waste_of_its_own() -> None:
    exports = [
        person(
            str(index),
            [
                checkin(47, voice_source=VoiceSource.CUSTOMER, mission_clarity=5),
                checkin(48, waste_category=WasteCategory.ADMIN if index < 2 else None),
            ],
        )
        for index in range(K)
    ]
    rows = {row.period: row.figures for row in review(exports, K).periods}
    first, last = rows["2026-W47"], rows["2026-W48"]
    assert first is not None and last is not None
    assert dict(first.voice)["customer"] == K and dict(last.voice)["none"] == K
    assert dict(first.clarity)["5"] == K and dict(last.clarity)["4"] == K
    # Two people noted waste in week 48: fewer than k, so that week's waste is withheld.
    assert last.waste.withheld and last.waste.participants == 2


def test_the_latest_weeks_are_compared_with_as_many_before() -> None:
    earlier = [checkin(week, voice_source=VoiceSource.NONE) for week in (41, 42, 43, 44)]
    later = [checkin(week, voice_source=VoiceSource.CUSTOMER) for week in (45, 46, 47, 48)]
    found = review([person(str(index), earlier + later) for index in range(K)], K)
    comparison = found.comparison()
    assert comparison is not None and comparison.length == 4
    assert (comparison.previous.first, comparison.previous.last) == ("2026-W41", "2026-W44")
    assert (comparison.recent.first, comparison.recent.last) == ("2026-W45", "2026-W48")
    changes = {change.measure: change for change in comparison.changes}
    assert changes[Measure.HEARD_CUSTOMER].direction is Direction.UP
    assert changes[Measure.HEARD_NONE].direction is Direction.DOWN
    assert changes[Measure.FOCUS].direction is Direction.SAME


def test_a_change_under_three_points_is_the_same() -> None:
    # Week 47: 71 of 72 check-ins name the customer (98.6 %); week 48: all 40. "=".
    earlier = [checkin(47, salary_aligned=False)] + [checkin(47) for _ in range(39)]
    later = [checkin(48) for _ in range(40)]
    exports = [
        person(str(index), (earlier if index == 0 else earlier[1:9]) + later[:8])
        for index in range(K)
    ]
    comparison = review(exports, K).comparison(1)
    assert comparison is not None
    [salary] = [change for change in comparison.changes if change.measure is Measure.SALARY]
    assert salary.direction is Direction.SAME


def test_a_side_with_every_week_withheld_is_never_compared() -> None:
    # Weeks 45 and 46 have one participant each: withheld, inside the trend's span.
    lonely = [person("alone", [checkin(45), checkin(46)])]
    found = review(team("Nord", K, weeks=(44, 47, 48)) + lonely, K)
    comparison = found.comparison(2)
    assert comparison is not None and not comparison.available
    assert (comparison.previous.first, comparison.previous.last) == ("2026-W45", "2026-W46")
    assert comparison.previous.values is None and comparison.previous.participants == 0
    assert all(change.direction is None for change in comparison.changes)
    assert sentences(found) == []


@pytest.mark.parametrize(
    ("text", "unit", "periods"),
    [("4w", Granularity.WEEK, 4), ("1m", Granularity.WEEK, 4), ("3m", Granularity.MONTH, 3)],
)
def test_a_comparison_length_is_read_in_the_reviews_unit(
    text: str, unit: Granularity, periods: int
) -> None:
    assert parse_length(text, unit) == periods


@pytest.mark.parametrize("text", ["0w", "four", "2x", "4w monthly"])
def test_an_unfit_comparison_length_says_how_to_write_one(text: str) -> None:
    with pytest.raises(ValueError, match="such as 4w or 1m"):
        parse_length(text, Granularity.WEEK)


def test_weeks_are_not_asked_of_monthly_exports() -> None:
    with pytest.raises(ValueError, match="compare months"):
        parse_length("4w", Granularity.MONTH)


def customers_heard(share_before: int, share_after: int) -> list[LoadedExport]:
    """Ten people, one check-in a week; ``share_…`` of them heard a customer (in tenths)."""
    return [
        person(
            str(index),
            [
                checkin(
                    week,
                    voice_source=VoiceSource.CUSTOMER
                    if index < (share_before if week < 47 else share_after)
                    else VoiceSource.NONE,
                )
                for week in (45, 46, 47, 48)
            ],
        )
        for index in range(10)
    ]


def test_a_rise_is_told_in_a_sentence_with_both_figures_and_the_span() -> None:
    set_language("en")
    found = review(customers_heard(2, 3), K, compare_length=2)
    assert (
        "Voice heard from a customer directly rose from 20 % to 30 % "
        "(last 2 weeks against the 2 before)." in sentences(found)
    )


def test_the_sentences_are_in_swedish_in_a_swedish_run() -> None:
    set_language("sv")
    found = review(customers_heard(3, 2), K, compare_length=2)
    assert (
        "Andelen som hörde kundens röst direkt sjönk från 30 % till 20 % "
        "(de senaste 2 veckorna mot de 2 före)."
    ) in sentences(found)


def test_no_sentence_for_changes_below_five_points() -> None:
    exports = [person(str(index), [checkin(47), checkin(48)]) for index in range(K)]
    assert sentences(review(exports, K, compare_length=1)) == []


def test_at_most_five_sentences_the_largest_change_first() -> None:
    set_language("en")
    exports = [
        person(
            str(index),
            [
                checkin(47),
                checkin(
                    48,
                    voice_source=VoiceSource.CUSTOMER,  # 0 → 100 %, and no one 100 → 0 %
                    salary_aligned=index >= 3,  # 100 → 40 %
                    focus=5,  # 3 → 5 (counts as 50 points)
                    mission_clarity=1 if index == 0 else 4,  # 100 → 80 %
                    cornerstone_aligned=index != 0,  # 100 → 80 %
                ),
            ],
        )
        for index in range(K)
    ]
    said = sentences(review(exports, K, compare_length=1))
    assert len(said) == 5
    assert {
        said[0].split(" rose")[0].split(" fell")[0],
        said[1].split(" fell")[0].split(" rose")[0],
    } == {
        "Voice heard from a customer directly",
        "No voice heard",
    }
    assert said[2].startswith("Naming the customer as who pays the salary fell from 100 % to 40 %")
    assert said[3].startswith("Mean customer focus rose from 3.0 to 5.0")


def test_no_sentences_when_nothing_can_be_shown() -> None:
    assert sentences(review(team("Nord", K - 1), K)) == []
