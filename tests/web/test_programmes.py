"""The programmes and projects of a year, and one of them with its targets and tasks: the figures are
the scorecard's and the work items' own, the counts those of the term page and the report."""

from __future__ import annotations

from datetime import date

import pytest
from lxml import html

from chitieu.core.periods import parse_period
from chitieu.monitoring.scorecard import scorecard
from chitieu.monitoring.terms import programme_completion, programmes_running
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Programme

pytestmark = pytest.mark.django_db
MID_2023 = date(2023, 6, 20)


def department() -> OrgUnit:
    return OrgUnit.objects.get(code="SO-LDTBXH")


def test_the_years_programmes_are_listed_with_their_completion(demo, login):
    page = login("lanhdao").get("/u/SO-LDTBXH/programmes/2023/?as_of=20/06/2023")
    assert page.status_code == 200
    tree = html.fromstring(page.content)
    assert tree.xpath('//p[@id="programmes-said"]')[0].text_content() == "3 đề án, 8 chương trình"
    rows = tree.xpath('//table[@id="programmes"]/tbody/tr')
    lines = programme_completion(list(programmes_running(department(), 2023)), 2023, MID_2023)
    assert len(rows) == len(lines) == 11
    for row, line in zip(rows, lines, strict=True):
        cells = [cell.text_content().strip() for cell in row.xpath("./td")]
        assert f"{line.targets.met_or_exceeded}/{line.targets.total}" in cells
        assert f"{line.work.done}/{line.work.total}" in cells
        link = row.xpath(".//a/@href")[0]
        assert link.startswith(f"/u/SO-LDTBXH/programme/{line.programme.pk}/?year=2023")


def test_a_programme_shows_its_targets_as_the_scorecard_and_its_tasks(demo, login):
    programme = Programme.objects.get(number="01-CTr/ĐU", term__start_year=2020)
    page = login("lanhdao").get(f"/u/SO-LDTBXH/programme/{programme.pk}/?year=2023&as_of=20/06/2023")
    assert page.status_code == 200
    tree = html.fromstring(page.content)
    card = scorecard(unit=department(), period=parse_period("2023"), as_of=MID_2023)
    lines = {line.indicator.code: line for line in card.lines}
    rows = tree.xpath('//table[@id="programme-targets"]/tbody/tr')
    assert {row.get("data-code") for row in rows} == {"KTXH-01", "KTXH-02"}
    for row in rows:
        line = lines[row.get("data-code")]
        cells = [cell.text_content().strip() for cell in row.xpath("./td")]
        assert line.plan_shown() in cells and line.percent_shown() in cells
        assert line.evaluation.status_label("vi") in cells
    tasks = tree.xpath('//table[@id="programme-tasks"]/tbody/tr')
    assert len(tasks) == programme.work_items.filter(year=2023).count() == 1
    counts = [li.text_content() for li in tree.xpath('//ul[@id="programme-counts"]/li')]
    line = next(
        line
        for line in programme_completion([programme], 2023, MID_2023)
        if line.programme.pk == programme.pk
    )
    assert counts[0].endswith(f"{line.targets.met_or_exceeded}/{line.targets.total}")
    assert counts[1].endswith(f"{line.work.done}/{line.work.total}")
    assert "Nhiệm kỳ 2020–2025" in page.content.decode()  # back to its term


def test_programmes_are_seen_only_within_ones_units(demo, login):
    programme = Programme.objects.get(number="01-CTr/ĐU", term__start_year=2020)
    ward = login("bennghe.baocao")
    assert ward.get(f"/u/SO-LDTBXH/programme/{programme.pk}/").status_code == 404
    assert ward.get("/u/SO-LDTBXH/programmes/2023/").status_code == 404
    # a district's address does not open the department's programme
    district = login("q1.baocao")
    assert district.get(f"/u/PLDTBXH-Q1/programme/{programme.pk}/").status_code == 404
    leader = login("lanhdao")
    assert leader.get(f"/u/SO-LDTBXH/programme/{programme.pk}/?year=20x3").status_code == 400
    assert leader.get("/u/SO-LDTBXH/programme/999999/").status_code == 404


def test_a_year_without_programmes_says_so(demo, login):
    page = login("lanhdao").get("/u/SO-LDTBXH/programmes/2019/")
    assert page.status_code == 200
    assert "Không có đề án, chương trình nào thực hiện trong năm 2019." in page.content.decode()
