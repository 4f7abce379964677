"""The year-end estimates page: the computed estimate with its method, a person's estimate entered in
its place through the same checks as the API, all of the page or nothing; the scorecard then uses it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from lxml import html

from chitieu.core.periods import parse_period
from chitieu.monitoring.estimates import entered_estimates, year_estimates
from chitieu.monitoring.models import YearEstimate
from chitieu.monitoring.scorecard import scorecard
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Target

pytestmark = pytest.mark.django_db
YEAR = 2023


def department() -> OrgUnit:
    return OrgUnit.objects.get(code="SO-LDTBXH")


def test_the_page_shows_each_targets_computed_estimate_and_its_method(demo, login):
    page = login("so.baocao").get(f"/u/SO-LDTBXH/estimates/{YEAR}/")
    assert page.status_code == 200
    rows = {
        row.get("data-code"): row
        for row in html.fromstring(page.content).xpath('//table[@id="estimates"]/tbody/tr')
    }
    targets = Target.objects.filter(unit=department(), year=YEAR)
    assert set(rows) == set(targets.values_list("indicator__code", flat=True))
    jobs = Indicator.objects.get(code="KTXH-01")
    made = year_estimates([jobs], unit=department(), year=YEAR, as_of=date.today(), people=False)[jobs.pk]
    cells = [cell.text_content().strip() for cell in rows["KTXH-01"].xpath("./td")]
    assert f"{made.value:,.0f}".replace(",", ".") in cells
    assert made.text.get("vi") in cells


def test_a_reporter_enters_an_estimate_and_the_scorecard_uses_it(demo, login):
    jobs = Indicator.objects.get(code="KTXH-01")
    reporter = login("so.baocao")
    answer = reporter.post(
        f"/u/SO-LDTBXH/estimates/{YEAR}/", {f"e{jobs.pk}": "320.000", f"n{jobs.pk}": "theo báo cáo nhanh"}
    )
    assert answer.status_code == 302
    entered = entered_estimates([jobs.pk], unit=department(), year=YEAR)[jobs.pk]
    assert entered.value == Decimal(320000) and entered.note == "theo báo cáo nhanh"
    card = scorecard(
        unit=department(), period=parse_period(str(YEAR)), as_of=date(2023, 6, 20), estimate=True
    )
    line = next(line for line in card.lines if line.indicator.code == "KTXH-01")
    assert line.evaluation.result.value == Decimal(320000)
    page = reporter.get(f"/u/SO-LDTBXH/estimates/{YEAR}/").content.decode()
    assert 'value="320.000"' in page and "so.baocao" in page
    # left empty: withdrawn, the computed one is back; the history stays
    reporter.post(f"/u/SO-LDTBXH/estimates/{YEAR}/", {f"e{jobs.pk}": "", f"n{jobs.pk}": ""})
    assert jobs.pk not in entered_estimates([jobs.pk], unit=department(), year=YEAR)
    assert YearEstimate.objects.filter(indicator=jobs, unit=department(), year=YEAR).count() == 2


def test_a_bad_line_saves_nothing_and_says_where(demo, login):
    jobs, new = Indicator.objects.get(code="KTXH-01"), Indicator.objects.get(code="KTXH-02")
    before = YearEstimate.objects.count()
    answer = login("so.baocao").post(
        f"/u/SO-LDTBXH/estimates/{YEAR}/", {f"e{jobs.pk}": "300.000", f"e{new.pk}": "ba trăm"}
    )
    assert answer.status_code == 400
    assert YearEstimate.objects.count() == before
    tree = html.fromstring(answer.content)
    assert "Chưa lưu gì" in tree.xpath('//div[@role="alert"]')[0].text_content()
    bad = tree.xpath('//tr[@data-code="KTXH-02"]')[0]
    assert "has-error" in bad.get("class") and bad.xpath('.//span[contains(@class,"cell-error")]')
    assert tree.xpath(f'//input[@id="e{new.pk}"]/@value') == ["ba trăm"]  # what was typed is kept


def test_only_those_who_enter_figures_may_enter_estimates_and_only_for_their_units(demo, login):
    jobs = Indicator.objects.get(code="KTXH-01")
    leader = login("lanhdao")
    assert leader.get(f"/u/SO-LDTBXH/estimates/{YEAR}/").status_code == 200  # reads
    assert leader.post(f"/u/SO-LDTBXH/estimates/{YEAR}/", {f"e{jobs.pk}": "1"}).status_code == 403
    assert login("bennghe.baocao").get(f"/u/SO-LDTBXH/estimates/{YEAR}/").status_code == 404
    assert "estimates-link" in login("so.baocao").get("/u/SO-LDTBXH/2023/").content.decode()
