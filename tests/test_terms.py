"""The term on the demo: figures from the one read model, links, programmes, year-end estimates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core import terms as core_terms
from chitieu.monitoring.estimates import enter_estimate, year_estimates
from chitieu.monitoring.figures import figures
from chitieu.monitoring.models import YearEstimate
from chitieu.monitoring.scorecard import scorecard
from chitieu.monitoring.terms import find_term, remaining_for, running_programmes, term_card, term_json
from chitieu.monitoring.write_checks import WriteRefused
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Target, Term, TermTarget
from chitieu.planning.services import TermError, link_to_term, set_term_target

pytestmark = pytest.mark.django_db
D = Decimal
MID_2023 = date(2023, 6, 20)


@pytest.fixture
def dept(demo):
    return OrgUnit.objects.get(code="SO-LDTBXH")


@pytest.fixture
def term(dept):
    return find_term(dept, core_terms.parse_span("2020-2025"))


def year_figure(indicator: Indicator, unit: OrgUnit, year: int, as_of: date) -> Decimal | None:
    found = figures([indicator], root=unit, period=core_periods.year(year), as_of=as_of).get(
        indicator.pk, unit.pk
    )
    return None if found is None else found.value


def test_the_third_year_of_the_term_with_its_three_projects_and_eight_programmes(term):
    card = term_card(term, MID_2023)
    said = card.sentences()
    assert said[0] == "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025"
    assert said[-1] == "Năm 2023 triển khai 3 đề án, 8 chương trình thực hiện Nghị quyết"
    assert card.programme_counts() == {"programme": 8, "project": 3}
    assert running_programmes(term.unit, 2023) == {"programme": 8, "project": 3}
    data = term_json(card)
    assert (data["year"], data["year_number"], data["years"]) == (2023, 3, 5)
    assert len(data["programmes"]) == 11 and len(data["targets"]) == 9


def test_each_years_figure_is_the_one_every_page_shows(term, dept):
    card = term_card(term, MID_2023)
    for line in card.lines:
        for figure in line.standing.years:
            assert figure.value == year_figure(line.indicator, dept, figure.year, MID_2023)
    jobs = next(line for line in card.lines if line.indicator.code == "KTXH-01")
    shown = {f.year: f.value for f in jobs.standing.years}
    assert shown[2022] == D(315900)  # the article's year
    assert not next(f for f in jobs.standing.years if f.year == 2023).complete
    assert jobs.standing.so_far is not None
    assert jobs.standing.so_far.value == shown[2021] + shown[2022] + shown[2023]
    assert jobs.standing.expected == D(570000)  # the 2022 milestone


def test_counts_use_the_year_rules(term):
    card = term_card(term, MID_2023)
    evaluations = [line.standing.evaluation() for line in card.lines]
    assert card.counts == ev.count_statuses(evaluations)
    assert card.counts.total == 9


def test_a_year_target_steps_toward_the_term_target_of_its_indicator(term, dept):
    jobs = TermTarget.objects.get(term=term, indicator__code="KTXH-01")
    target_2023 = Target.objects.get(unit=dept, indicator__code="KTXH-01", year=2023)
    assert target_2023.term_target == jobs  # linked by the demo
    other = Target.objects.get(unit=dept, indicator__code="KTXH-02", year=2023)
    with pytest.raises(TermError) as refused:
        link_to_term(target=other, term_target=jobs)
    assert "khác chỉ tiêu" in refused.value.message("vi")
    ward_target = Target.objects.filter(indicator__code="KTXH-01", year=2023, unit__code="Q1-BENNGHE").get()
    link_to_term(target=ward_target, term_target=jobs)  # a ward below the department may
    assert Target.objects.get(pk=ward_target.pk).term_target == jobs
    link_to_term(target=ward_target, term_target=None)
    assert Target.objects.get(pk=ward_target.pk).term_target is None


def test_a_target_outside_the_term_or_the_unit_cannot_serve_it(term, dept):
    jobs = TermTarget.objects.get(term=term, indicator__code="KTXH-01")
    district = OrgUnit.objects.get(code="PLDTBXH-Q1")
    newer = Term.objects.get(unit=dept, start_year=2025)
    later = Target.objects.filter(unit=dept, indicator__code="KTXH-01", year__gt=2025).first()
    if later is not None:
        with pytest.raises(TermError, match="not a year of the term"):
            link_to_term(target=later, term_target=jobs)
    other_term = Term.objects.create(unit=district, start_year=2020, end_year=2025, resolution_name="NQ quận")
    elsewhere = set_term_target(term=other_term, indicator=jobs.indicator, target=D(100000))
    target_2023 = Target.objects.get(unit=dept, indicator__code="KTXH-01", year=2023)
    with pytest.raises(TermError) as refused:
        link_to_term(target=target_2023, term_target=elsewhere)
    assert "không phải cấp trên" in refused.value.message("vi")
    assert newer.span.label() == "2025–2030"


def test_a_term_target_is_a_total_for_flows_and_a_level_otherwise(term):
    members = Indicator.objects.get(code="XDD-02")
    made = set_term_target(term=term, indicator=members, target=D(1320), milestones={2023: D(1240)})
    assert made.measure == "end" and list(made.milestones.values_list("year", flat=True)) == [2023]
    accidents = Indicator.objects.get(code="CM-09")
    assert set_term_target(term=term, indicator=accidents, target=D(95)).measure == "cumulative"
    with pytest.raises(TermError, match="not a year of the term"):
        set_term_target(term=term, indicator=members, target=D(1320), milestones={2020: D(1150)})
    with pytest.raises(TermError):
        set_term_target(term=term, indicator=members, target=D(1320), measure="average")


def test_what_the_term_still_needs_is_said_beside_a_year(term):
    jobs = TermTarget.objects.get(term=term, indicator__code="KTXH-01")
    standing = remaining_for(jobs, date(2023, 1, 10))
    done = sum(f.value for f in standing.years if f.complete)
    assert standing.remaining_years == 3
    assert standing.needed_per_year == (D(1500000) - done) / 3


# --- the year-end estimate ---------------------------------------------------------------------


def test_a_persons_estimate_wins_and_withdrawing_it_brings_back_the_computed_one(dept):
    jobs = Indicator.objects.get(code="KTXH-01")
    computed = year_estimates([jobs], unit=dept, year=2023, as_of=MID_2023)[jobs.pk]
    assert computed.method == core_terms.Method.SAME_SHARE  # 2022 is known month by month
    reporter = get_user_model().objects.get(username="so.baocao")
    enter_estimate(indicator=jobs, unit=dept, year=2023, value=D(330000), note="báo cáo nhanh", user=reporter)
    entered = year_estimates([jobs], unit=dept, year=2023, as_of=MID_2023)[jobs.pk]
    assert (entered.value, entered.method) == (D(330000), core_terms.Method.PERSON)
    enter_estimate(indicator=jobs, unit=dept, year=2023, value=None, user=reporter)
    assert year_estimates([jobs], unit=dept, year=2023, as_of=MID_2023)[jobs.pk] == computed
    assert YearEstimate.objects.filter(indicator=jobs, unit=dept, year=2023).count() == 2  # the history stays


def test_an_estimate_is_refused_to_a_viewer_and_for_a_unit_without_the_indicator(dept):
    jobs = Indicator.objects.get(code="KTXH-01")
    viewer = get_user_model().objects.get(username="lanhdao")
    with pytest.raises(WriteRefused) as refused:
        enter_estimate(indicator=jobs, unit=dept, year=2023, value=D(1), user=viewer)
    assert refused.value.code == "no_permission"
    with pytest.raises(WriteRefused):
        enter_estimate(indicator=jobs, unit=dept, year=2023, value=D(-5), user=None)
    assert not YearEstimate.objects.exists()


def test_the_mid_year_scorecard_judged_on_estimates_labels_them(dept):
    plain = scorecard(unit=dept, period=core_periods.year(2023), as_of=MID_2023)
    estimated = scorecard(unit=dept, period=core_periods.year(2023), as_of=MID_2023, estimate=True)
    assert plain.counts.in_progress > 0
    assert estimated.counts.in_progress == 0 and estimated.counts.total == plain.counts.total
    judged = [line for line in estimated.lines if line.estimate is not None]
    assert judged and all(line.evaluation.estimated for line in judged)
    assert {
        line.evaluation.status_label()[:3]
        for line in judged
        if line.evaluation.status != ev.Status.NOT_EVALUABLE
    } == {"ước"}
    straight = scorecard(
        unit=dept, period=core_periods.year(2023), as_of=MID_2023, estimate=core_terms.Method.STRAIGHT_LINE
    )
    flows = [line for line in straight.lines if line.estimate and line.indicator.time_aggregation == "sum"]
    assert flows and all(line.estimate.method == core_terms.Method.STRAIGHT_LINE for line in flows)


def test_the_term_in_words_before_during_and_after_it(term, dept):
    from chitieu.checker.check import check_text

    before = term_card(Term.objects.get(unit=dept, start_year=2025), date(2025, 8, 1)).sentences()
    assert before == ["Nhiệm kỳ 2025–2030 chưa bắt đầu"]
    after = term_card(term, date(2026, 2, 1)).sentences()
    assert after[0] == "Nhiệm kỳ 2020–2025 đã kết thúc"
    assert after[1].startswith("Kết quả cả nhiệm kỳ: ")
    assert after[-1] == "Trong nhiệm kỳ đã triển khai 3 đề án, 8 chương trình thực hiện Nghị quyết"
    during = term_card(term, MID_2023)
    for card in (during, term_card(term, date(2026, 2, 1))):
        for lang in ("vi", "en"):
            report = check_text(". ".join(card.sentences(lang)) + ".")
            assert not [claim for claim in report.claims if claim.verdict.alarm]
    english = during.sentences("en")
    assert english[0] == "2023 is year 3 of 5 of the 2020–2025 term"
    assert english[-1] == "In 2023, 3 projects and 8 programmes carry out the resolution"


def test_linking_a_target_to_a_programme_is_a_write_no_cached_page_outlives(term, dept):
    from chitieu.monitoring.versions import data_version
    from chitieu.planning.models import Programme

    programme = Programme.objects.filter(term=term).order_by("number").first()
    target = Target.objects.filter(unit=dept, year=2023).exclude(programmes=programme).first()
    before = data_version()
    programme.targets.add(target)
    assert data_version() > before
    after_add = data_version()
    programme.targets.remove(target)
    assert data_version() > after_add
