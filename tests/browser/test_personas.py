"""Each persona's day on the demo's live year, at a desktop (1366 × 768) and a phone (390 × 844).

What each would check: the ward's reporter finds the returned month and its reason and a grid of
the ward's own indicators; the approver finds what waits for approval; the city's leader sees
figures (not zeros), what is off track and who is late, and no entry buttons; on the phone the
status and % of plan are on screen without sideways scrolling. Every page is photographed at
both sizes into test-artifacts/browser/personas/ (test-artifacts/index.html lists them).
"""

from __future__ import annotations

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from chitieu.core import periods as core_periods
from chitieu.monitoring.models import Submission, SubmissionState
from chitieu.monitoring.scorecard import scorecard

pytestmark = pytest.mark.django_db(transaction=True)

SIZES = {"desktop": (1366, 768), "phone": (390, 844)}


@pytest.fixture(params=list(SIZES))
def size(request):
    return request.param


@pytest.fixture
def visit(new_page, artifacts, size):
    """Log in as a persona at the size under test; ``shot(page, name)`` keeps a full-page screenshot."""
    folder = artifacts / "personas"
    folder.mkdir(exist_ok=True)
    width, height = SIZES[size]

    def open_as(username: str):
        page = new_page(username, width=width)
        page.set_viewport_size({"width": width, "height": height})
        return page

    def shot(page, name: str) -> None:
        page.screenshot(path=str(folder / f"{name}-{size}.png"), full_page=True)

    open_as.shot = shot
    open_as.width = width
    return open_as


def on_screen(page, locator) -> None:
    """The element is within the window's width: seen without scrolling sideways."""
    box = locator.bounding_box()
    assert box is not None, "not shown"
    assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"] + 1, box
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"] + 1


def test_the_ward_reporter_finds_the_returned_month_and_its_reason(demo_live, visit):
    returned = Submission.objects.select_related("unit").get(state=SubmissionState.RETURNED)
    page = visit("bennghe.baocao")
    page.get_by_role("link", name="Việc của tôi").click()
    row = page.locator("#to-submit tbody tr[data-state='returned']")
    expect(row).to_contain_text(returned.reason)
    on_screen(page, row.locator(".state"))
    visit.shot(page, "bennghe.baocao-my-work")

    row.get_by_role("link").click()
    expect(page.locator("#return-reason-shown")).to_contain_text(returned.reason)
    codes = page.locator("#grid tbody tr[data-code]").evaluate_all("rows => rows.map(r => r.dataset.code)")
    assert codes == ["KTXH-01", "GN-SHN", "GN-TSH"]  # the ward's own: its two targets, the rate by its inputs
    on_screen(page, page.locator("#v" + page.locator("#grid input.num-input").first.get_attribute("id")[1:]))
    expect(page.locator("#history")).to_contain_text("trả lại")
    visit.shot(page, "bennghe.baocao-returned-grid")

    page.goto(f"/u/Q1-BENNGHE/{demo_live.year}/")
    first = page.locator("#targets tbody tr").first
    on_screen(page, first.locator(".status"))
    on_screen(page, first.locator("td.pct"))
    assert page.get_by_role("link", name="Nhập số liệu").count() == 1
    visit.shot(page, "bennghe.baocao-dashboard")


def test_the_approver_finds_what_waits_and_approves_it(demo_live, visit):
    page = visit("so.duyet")
    page.goto("/my-work/")
    waiting = page.locator("#to-approve tbody tr")
    expect(waiting).to_have_count(2)
    expect(waiting.first).to_contain_text("Sở Lao động")
    visit.shot(page, "so.duyet-my-work")
    waiting.first.get_by_role("link").click()
    expect(page.locator("#grid-state")).to_have_text("đã gửi")
    on_screen(page, page.get_by_role("button", name="Phê duyệt và khóa số liệu"))
    visit.shot(page, "so.duyet-grid-to-approve")
    page.get_by_role("button", name="Phê duyệt và khóa số liệu").click()
    expect(page.locator("#grid-state")).to_have_text("đã duyệt")


def test_the_city_leader_sees_the_subtree_added_up_and_what_is_off_track(demo_live, visit):
    from chitieu.orgunits.models import OrgUnit

    year = demo_live.year
    city = OrgUnit.objects.get(code="UBND-TPHCM")
    card = scorecard(unit=city, period=core_periods.year(year), with_children=True)
    below = card.children_total
    assert below.total > 0 and not card.lines  # the city has no targets of its own

    page = visit("lanhdao")
    page.goto("/")
    expect(page).to_have_url(f"{page.url.split('/u/')[0]}/u/UBND-TPHCM/{year}/")
    expect(page.locator("#headline")).to_contain_text(f"{below.met_or_exceeded}/{below.total} chỉ tiêu")
    counts = {
        item.get_attribute("data-status"): int(item.locator("strong").inner_text())
        for item in page.locator("#status-counts li").all()
    }
    assert sum(counts.values()) == below.total > 0  # not zeros: the units below, added up
    late = page.locator("#att-late")
    expect(late).to_contain_text("báo cáo chậm gửi")
    expect(late).to_contain_text("Đa Kao")
    expect(page.locator("#att-overdue")).to_contain_text("quá hạn")
    # a viewer enters nothing: no entry button, no import menu
    assert page.get_by_role("link", name="Nhập số liệu").count() == 0
    assert page.get_by_role("link", name="Nhập từ Excel").count() == 0
    on_screen(page, page.locator("#headline"))
    visit.shot(page, "lanhdao-city")


def test_the_departments_reporter_sorts_and_filters_the_targets(demo_live, visit):
    page = visit("so.baocao")
    page.goto(f"/u/SO-LDTBXH/{demo_live.year}/")
    behind = page.locator("#att-behind")
    expect(behind).to_contain_text("chậm tiến độ")
    page.get_by_label("Xem").select_option("off")
    shown = page.locator("#targets tbody tr:not([hidden])")
    statuses = shown.evaluate_all("rows => rows.map(r => [r.dataset.status, r.dataset.pace])")
    assert statuses and all(status == "not_met" or pace == "behind" for status, pace in statuses)
    expect(page.locator("#target-shown")).to_contain_text(f"{len(statuses)} / ")
    page.get_by_label("Xem").select_option("")
    if visit.width > 640:  # the headers to sort by are the desktop table's
        page.locator("#targets thead").get_by_role("button", name="% kế hoạch").click()
        percents = page.locator("#targets tbody tr").evaluate_all(
            "rows => rows.map(r => r.dataset.percent).filter(p => p !== '').map(Number)"
        )
        assert percents == sorted(percents)
    first = page.locator("#targets tbody tr:not([hidden])").first
    on_screen(page, first.locator(".status"))
    on_screen(page, first.locator("td.pct"))
    visit.shot(page, "so.baocao-dashboard")

    page.goto(f"/u/SO-LDTBXH/entry/{demo_live.id}/")
    groups = page.locator("#grid tr.group").all_inner_texts()
    assert [g.strip() for g in groups] == ["kinh tế - xã hội", "chuyên môn", "xây dựng Đảng"]
    visit.shot(page, "so.baocao-grid")


def test_the_district_sees_its_late_ward_and_prints_a_clean_page(demo_live, visit):
    page = visit("q1.baocao")
    page.goto(f"/u/PLDTBXH-Q1/{demo_live.year}/")
    expect(page.locator("#att-late")).to_contain_text("Đa Kao")
    expect(page.locator("#children tbody tr").first).to_contain_text("Phường")
    visit.shot(page, "q1.baocao-district")
    page.goto(f"/u/PLDTBXH-Q1/indicators/KTXH-01/{demo_live.year}/")
    expect(page.locator("#units-below")).to_contain_text("Bến Nghé")  # the breakdown by ward, loaded in
    assert page.locator("figure.chart svg").get_attribute("font-family").endswith("sans-serif")
    visit.shot(page, "q1.baocao-indicator")
    page.goto(f"/u/PLDTBXH-Q1/{demo_live.year}/")
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    assert not page.locator("#reports").is_visible()
    assert page.locator("#targets").is_visible()
    today = timezone.localdate()
    assert page.locator("#headline").inner_text().startswith(f"Đến ngày {today:%d/%m/%Y}")


def test_the_planner_plans_next_year_from_this_years_targets(demo_live, visit):
    page = visit("so.kehoach")
    next_year = demo_live.year + 1
    page.goto(f"/u/SO-LDTBXH/plan/{next_year}/")
    expect(page.locator("tbody tr").first).to_contain_text("từ năm trước")  # last year's, to adjust
    expect(page.locator("#targets-template")).to_have_attribute(
        "href", f"/imports/u/SO-LDTBXH/targets/{next_year}.xlsx"
    )
    expect(page.locator("#work-items-template")).to_be_visible()
    visit.shot(page, "so.kehoach-plan-next-year")
    page.get_by_role("searchbox", name="Tìm").fill("viec lam moi")
    page.keyboard.press("Enter")
    expect(page.locator("#indicators-found")).to_contain_text("KTXH-02")
    visit.shot(page, "so.kehoach-search")


def test_the_departments_reporter_checks_the_figures_of_a_written_report(demo_live, visit):
    page = visit("so.baocao")
    page.goto("/check/")
    page.locator("textarea").fill(
        "Vốn đăng ký doanh nghiệp mới tăng 113%\n(BĐ) - Số vốn đăng ký là 1.986 tỉ đồng, tăng 113% so với"
        " cùng kỳ năm trước (921 tỉ đồng). Từ đầu năm có 119 doanh nghiệp tạm ngừng, tăng 37 trường hợp so"
        " với cùng kỳ (45%)."
    )
    page.locator("form:has(textarea) button[type=submit]").click()
    findings = page.locator("ol.findings li")
    expect(findings.first).to_contain_text("Tiêu đề nhắc lại số liệu trong bài")  # the title's 113%, judged
    expect(page.get_by_text("KHÔNG KHỚP").first).to_be_visible()  # 1.065 / 921 = 115,6%, not 113%
    on_screen(page, findings.last)
    visit.shot(page, "so.baocao-check")
