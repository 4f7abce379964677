"""The term in a browser: a planner links this year's targets to the term targets and sees what the
term still needs; a leader opens the term page — at desktop and phone width."""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = {"desktop": (1366, 768), "phone": (390, 844)}


@pytest.mark.parametrize("size", list(SIZES))
def test_a_planner_links_the_year_to_the_term_and_a_leader_opens_it(demo_live, new_page, artifacts, size):
    from chitieu.planning.models import Target

    width, height = SIZES[size]
    year = timezone.localdate().year
    jobs = Target.objects.get(unit__code="SO-LDTBXH", year=year, indicator__code="KTXH-02")
    Target.objects.filter(pk=jobs.pk).update(term_target=None)  # not linked yet

    planner = new_page("so.kehoach", width=width)
    planner.set_viewport_size({"width": width, "height": height})
    planner.goto(f"/u/SO-LDTBXH/plan/{year}/")
    choice = planner.locator(f"#k{jobs.indicator_id}")
    expect(choice).to_have_value("")
    row = planner.locator("tr", has=choice)
    expect(row.locator(".needs")).to_contain_text("còn cần")
    choice.select_option(label="SO-LDTBXH · nhiệm kỳ 2025–2030")
    planner.get_by_role("button", name="Lưu chỉ tiêu").click()
    expect(planner.locator(".messages")).to_contain_text("chỉ tiêu")
    expect(planner.locator(f"#k{jobs.indicator_id}")).not_to_have_value("")
    planner.screenshot(path=str(artifacts / f"term-planning-{size}.png"), full_page=True)
    assert Target.objects.get(pk=jobs.pk).term_target is not None

    leader = new_page("lanhdao", width=width)
    leader.set_viewport_size({"width": width, "height": height})
    leader.goto(f"/u/SO-LDTBXH/{year}/")
    leader.locator("#term-line a").first.click()
    expect(leader.locator("#term-sentences li").first).to_contain_text("thực hiện nhiệm kỳ 2025–2030")
    expect(leader.locator('#term-targets tr[data-code="KTXH-02"]')).to_be_visible()
    expect(leader.locator("#programmes")).to_contain_text("Đề án giảm nghèo")
    if size == "phone":  # cards: nothing wider than the screen
        assert leader.evaluate("document.documentElement.scrollWidth") <= width + 1
    leader.screenshot(path=str(artifacts / f"term-{size}.png"), full_page=True)

    # a programme of the term, with its targets and tasks
    leader.locator("#programmes tbody tr").first.locator("a").click()
    expect(leader.locator("#programme-counts li").first).to_contain_text("Chỉ tiêu đạt và vượt")
    expect(leader.locator("h1")).to_contain_text("2025 - 2030")
    if size == "phone":
        assert leader.evaluate("document.documentElement.scrollWidth") <= width + 1
    leader.screenshot(path=str(artifacts / f"programme-{size}.png"), full_page=True)
    leader.go_back()

    # the mid-term review of the term, from the link on its page, read back
    with leader.expect_download() as downloading:
        leader.locator("#reviews li").first.get_by_role("link", name="DOCX").click()
    saved = artifacts / f"term-review-{size}.docx"
    downloading.value.save_as(saved)
    from docx import Document

    text = "\n".join(paragraph.text for paragraph in Document(str(saved)).paragraphs)
    from chitieu.core.terms import TermSpan, term_sentence

    assert "Sơ kết giữa nhiệm kỳ" in text
    assert term_sentence(TermSpan(2025, 2030), timezone.localdate()) in text


@pytest.mark.parametrize("size", list(SIZES))
def test_a_reporter_enters_a_year_end_estimate_from_the_dashboard(demo_live, new_page, artifacts, size):
    from chitieu.monitoring.estimates import entered_estimates
    from chitieu.orgunits.models import OrgUnit
    from chitieu.planning.models import Indicator

    width, height = SIZES[size]
    year = timezone.localdate().year
    jobs = Indicator.objects.get(code="KTXH-01")
    reporter = new_page("so.baocao", width=width)
    reporter.set_viewport_size({"width": width, "height": height})
    reporter.goto(f"/u/SO-LDTBXH/{year}/")
    reporter.locator("#estimates-link").click()
    row = reporter.locator('#estimates tr[data-code="KTXH-01"]')
    expect(row.locator(".computed")).not_to_have_text("—")
    reporter.locator(f"#e{jobs.pk}").fill("300.000")
    reporter.locator(f"#n{jobs.pk}").fill("theo báo cáo nhanh các phường")
    reporter.get_by_role("button", name="Lưu số ước").click()
    expect(reporter.locator(".messages")).to_contain_text("Đã lưu 1 số ước")
    expect(reporter.locator(f"#e{jobs.pk}")).to_have_value("300.000")
    if size == "phone":
        assert reporter.evaluate("document.documentElement.scrollWidth") <= width + 1
    reporter.screenshot(path=str(artifacts / f"estimates-{size}.png"), full_page=True)
    dept = OrgUnit.objects.get(code="SO-LDTBXH")
    assert entered_estimates([jobs.pk], unit=dept, year=year)[jobs.pk].value == 300000
