"""The term pages: where the term stands as the domain says it, for those who may see the unit."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from lxml import html

from chitieu.core import terms as core_terms
from chitieu.monitoring.terms import find_term, term_card
from chitieu.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db
MID_2023 = date(2023, 6, 20)


def client_of(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_the_leader_sees_the_third_year_its_targets_and_programmes(demo):
    page = client_of("lanhdao").get("/u/SO-LDTBXH/term/2020-2025/?as_of=20/06/2023")
    assert page.status_code == 200
    tree = html.fromstring(page.content)
    sentences = [li.text_content() for li in tree.xpath('//ul[@id="term-sentences"]/li')]
    term = find_term(OrgUnit.objects.get(code="SO-LDTBXH"), core_terms.parse_span("2020-2025"))
    card = term_card(term, MID_2023)
    assert sentences == card.sentences("vi")
    assert sentences[0] == "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025"
    rows = {row.get("data-code"): row for row in tree.xpath('//table[@id="term-targets"]/tbody/tr')}
    assert set(rows) == {line.indicator.code for line in card.lines}
    for line in card.lines:
        cells = [cell.text_content().strip() for cell in rows[line.indicator.code].xpath("./td")]
        assert line.plan_shown() in cells
        assert line.percent_shown() in cells
        assert line.status_label() in cells
    jobs = [cell.text_content().strip() for cell in rows["KTXH-01"].xpath("./td")]
    assert "315.900" in jobs  # the article's year, in its column
    kinds = [row.get("data-kind") for row in tree.xpath('//table[@id="programmes"]/tbody/tr')]
    assert kinds.count("project") == 3 and kinds.count("programme") == 8


def test_the_dashboard_leads_to_the_term(demo):
    page = client_of("so.kehoach").get("/u/SO-LDTBXH/2023/?as_of=20/06/2023")
    line = html.fromstring(page.content).xpath('//p[@id="term-line"]')[0]
    assert "2020–2025" in line.text_content() and "3" in line.text_content()
    assert line.xpath(".//a/@href")[0].startswith("/u/SO-LDTBXH/term/2020-2025/")
    listed = client_of("so.kehoach").get("/u/SO-LDTBXH/terms/")
    assert b"2025\xe2\x80\x932030" in listed.content and b"2020\xe2\x80\x932025" in listed.content


def test_a_ward_cannot_open_the_departments_term_and_a_term_that_is_not_one_is_404(demo):
    assert client_of("bennghe.baocao").get("/u/SO-LDTBXH/term/2020-2025/").status_code == 404
    assert client_of("lanhdao").get("/u/SO-LDTBXH/term/2015-2020/").status_code == 404
    assert client_of("lanhdao").get("/u/SO-LDTBXH/term/nam-nay/").status_code == 404
    assert client_of("lanhdao").get("/u/SO-LDTBXH/term/2020-2025/?as_of=31/02/2023").status_code == 400


def test_the_term_page_in_english(demo):
    client = client_of("lanhdao")
    client.cookies["django_language"] = "en"
    page = client.get("/u/SO-LDTBXH/term/2020-2025/?as_of=20/06/2023", HTTP_ACCEPT_LANGUAGE="en")
    assert page.status_code == 200
    assert "2023 is year 3 of 5 of the 2020–2025 term" in page.content.decode()


def test_a_planner_links_a_year_target_to_the_term_target_and_sees_what_remains(demo):
    from chitieu.planning.models import Target, TermTarget

    client = client_of("so.kehoach")
    dept = OrgUnit.objects.get(code="SO-LDTBXH")
    target = Target.objects.get(unit=dept, year=2023, indicator__code="KTXH-02")
    term_target = TermTarget.objects.get(term__start_year=2020, indicator__code="KTXH-02")
    target.term_target = None
    target.save()
    page = html.fromstring(client.get("/u/SO-LDTBXH/plan/2023/").content)
    select = page.xpath(f'//select[@id="k{target.indicator_id}"]')[0]
    assert [o.get("value") for o in select.xpath("./option")] == ["", str(term_target.pk)]
    needs = select.getparent().xpath('.//small[@class="needs"]')[0].text_content()
    standing = remaining_for_2023(term_target)
    assert f"trong {standing.remaining_years} năm" in needs
    form = {
        name: value
        for name, value in select.xpath("ancestor::form")[0].form_values()
        if not name.startswith("k")
    }
    form[f"k{target.indicator_id}"] = str(term_target.pk)
    response = client.post("/u/SO-LDTBXH/plan/2023/", form)
    assert response.status_code == 302
    assert Target.objects.get(pk=target.pk).term_target == term_target
    form[f"k{target.indicator_id}"] = "999999"
    refused = client.post("/u/SO-LDTBXH/plan/2023/", form)
    assert refused.status_code == 400
    assert Target.objects.get(pk=target.pk).term_target == term_target  # nothing half-written
    viewer = html.fromstring(client_of("lanhdao").get("/u/SO-LDTBXH/plan/2023/").content)
    assert viewer.xpath(f'//select[@id="k{target.indicator_id}"]/@disabled')


def remaining_for_2023(term_target):
    from chitieu.monitoring.terms import remaining_for

    return remaining_for(term_target, date(2023, 1, 1))
