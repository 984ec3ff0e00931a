"""Teams side by side: no team shown, and no rest, is smaller than k."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from focuscheck.coach.aggregate import review
from focuscheck.coach.cells import shown_cells
from focuscheck.coach.findings import sentences
from focuscheck.coach.loader import LoadedExport
from focuscheck.coach.measures import Measure
from focuscheck.coach.tally import total
from focuscheck.coach.teams import NoTeams, groups
from focuscheck.i18n import set_language
from tests.unit.trend_support import checkin, person, team

K = 5


@st.composite
def labelled_exports(draw: st.DrawFn) -> list[LoadedExport]:
    """Participants in a few teams (or none), each in some of four weeks."""
    exports = []
    for index in range(draw(st.integers(3, 24))):
        label = draw(st.sampled_from(("Nord", "Syd", "Väst", "Öst", None)))
        weeks = draw(st.lists(st.sampled_from((45, 46, 47, 48)), min_size=1, max_size=4))
        entries = [checkin(week, salary_aligned=draw(st.booleans())) for week in weeks]
        exports.append(person(str(index), entries, label))
    return exports


@settings(max_examples=200, deadline=None)
@given(labelled_exports(), st.integers(3, 6))
def test_no_group_shown_and_no_difference_of_them_is_smaller_than_k(
    exports: list[LoadedExport], k: int
) -> None:
    shown = shown_cells(exports, k)
    found, _merged = groups(shown, k)
    everything = shown.tally()
    if not found:
        return
    # Every group holds k or more; together they are the whole review, so the total
    # minus any teams shown is a union of the other groups, never a smaller one.
    assert all(len(group.participants) >= k for group in found)
    assert sum(group.tally.checkins for group in found) == everything.checkins
    assert total(group.tally for group in found).salary == everything.salary
    assert len([group for group in found if group.team is None]) <= 1
    assert len(found) >= 2


def test_teams_of_k_with_a_rest_of_k_are_shown_side_by_side() -> None:
    exports = team("Nord", K) + team("Syd", K, salary_aligned=False) + team(None, K)
    compared = review(exports, K).team_comparison
    assert compared.withheld is None
    assert [(row.team, row.participants) for row in compared.rows] == [
        ("Nord", K),
        ("Syd", K),
        (None, K),
    ]
    nord = compared.rows[0]
    assert nord.value(Measure.SALARY) == 100.0 and nord.other(Measure.SALARY) == 50.0


def test_a_team_below_k_is_counted_with_everyone_else() -> None:
    exports = team("Nord", K) + team("Syd", K) + team("Pilot", K - 1) + team(None, 1)
    compared = review(exports, K).team_comparison
    assert [(row.team, row.participants) for row in compared.rows] == [
        ("Nord", K),
        ("Syd", K),
        (None, K),
    ]
    assert compared.merged == 1


def test_a_rest_below_k_takes_the_smallest_team_in() -> None:
    # Nord 6, Syd 5, and 2 people in no team: the rest of 2 would be worked out as
    # the total minus Nord minus Syd, so Syd joins it.
    exports = team("Nord", K + 1) + team("Syd", K) + team(None, 2)
    compared = review(exports, K).team_comparison
    assert [(row.team, row.participants) for row in compared.rows] == [
        ("Nord", K + 1),
        (None, K + 2),
    ]
    assert compared.merged == 1


def test_one_team_of_everyone_is_not_compared_and_says_why() -> None:
    compared = review(team("Nord", K + 2), K).team_comparison
    assert compared.rows == () and compared.withheld is NoTeams.TOO_SMALL


def test_exports_without_team_labels_say_so() -> None:
    compared = review(team(None, K * 2), K).team_comparison
    assert compared.withheld is NoTeams.UNLABELLED


def test_a_team_that_names_the_customer_less_often_is_told_in_a_sentence() -> None:
    set_language("en")
    exports = team("Nord", K, salary_aligned=False) + team("Syd", K)
    said = sentences(review(exports, K))
    assert "Team Nord names the customer less often than the rest (0 % against 100 %)." in said
    assert "Team Syd names the customer more often than the rest (100 % against 0 %)." in said
