"""What people do in a browser: enter, submit, approve, collide, get lost, switch language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def counts(page) -> dict[str, int]:
    found = {}
    for item in page.locator("#status-counts li").all():
        found[item.get_attribute("data-status")] = int(item.locator("strong").inner_text())
    return found


def cell(page, code: str):
    return page.locator(f'tr[data-code="{code}"] input.num-input')


def test_a_ward_reporter_enters_and_submits_and_the_approver_locks_it(demo_live, new_page, artifacts):
    month = demo_live
    grid_url = f"/u/Q1-BENNGHE/entry/{month.id}/"

    reporter = new_page("bennghe.baocao")
    reporter.goto(grid_url)
    jobs = cell(reporter, "KTXH-01")
    jobs.fill("1.2.3,4")
    expect(reporter.locator(f"#{jobs.get_attribute('aria-describedby')}")).to_contain_text("sai chỗ")
    jobs.fill("2.218")
    expect(reporter.locator(f"#{jobs.get_attribute('aria-describedby')}")).to_have_text("= 2.218")
    # the keyboard alone: Enter moves to the next cell
    jobs.press("Enter")
    expect(cell(reporter, "GN-SHN")).to_be_focused()
    reporter.keyboard.type("45")
    reporter.keyboard.press("Enter")
    reporter.keyboard.type("6.010")
    reporter.screenshot(path=str(artifacts / "entry-grid.png"), full_page=True)
    reporter.get_by_role("button", name="Lưu và gửi duyệt").click()
    # 2.218 people in one month is more than ten times last month's: asked, not saved
    expect(reporter.locator("#grid-errors")).to_contain_text("có vẻ bất thường")
    expect(reporter.locator('tr[data-code="KTXH-01"] .cell-warning')).to_contain_text("gấp")
    expect(cell(reporter, "KTXH-01")).to_have_value("2.218")  # what was typed is still there
    reporter.get_by_label("Tôi đã kiểm tra các số liệu bất thường").check()
    reporter.get_by_role("button", name="Lưu và gửi duyệt").click()
    expect(reporter.locator(".messages")).to_contain_text("Đã gửi số liệu chờ duyệt")
    expect(reporter.locator("#grid-state")).to_have_text("đã gửi")

    approver = new_page("so.duyet")
    approver.goto(grid_url)
    approver.get_by_role("button", name="Phê duyệt và khóa số liệu").click()
    expect(approver.locator("#grid-state")).to_have_text("đã duyệt")

    reporter.goto(grid_url)
    expect(reporter.locator("#lock-reason")).to_contain_text("đã được duyệt")
    expect(cell(reporter, "KTXH-01")).to_be_disabled()
    assert reporter.locator("#save").count() == 0
    expect(reporter.locator("#history")).to_contain_text("bennghe.baocao")
    expect(reporter.locator("#history")).to_contain_text("so.duyet")

    reporter.goto(f"/u/Q1-BENNGHE/indicators/KTXH-01/{month.year}/")
    expect(reporter.locator("#history")).to_contain_text("bennghe.baocao")
    expect(reporter.locator("#history")).to_contain_text("— → 2.218")
    reporter.screenshot(path=str(artifacts / "indicator.png"), full_page=True)


def test_leaving_the_grid_with_unsaved_edits_asks_first(demo_live, new_page):
    page = new_page("bennghe.baocao")
    page.goto(f"/u/Q1-BENNGHE/entry/{demo_live.id}/")
    asked = []
    page.on("dialog", lambda dialog: (asked.append(dialog.type), dialog.dismiss()))
    cell(page, "KTXH-01").fill("150")
    page.get_by_role("link", name="Việc của tôi").click()
    page.wait_for_timeout(300)
    assert asked == ["beforeunload"]
    expect(cell(page, "KTXH-01")).to_have_value("150")  # still here, with what was typed
    # "không phát sinh": the empty cells become 0 in one click, and saving leaves without asking
    page.get_by_role("button", name="Ô trống = 0 (không phát sinh)").click()
    expect(cell(page, "GN-SHN")).to_have_value("0")
    page.get_by_label("Lý do thay đổi").fill("không phát sinh")
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messages")).to_contain_text("Đã lưu nháp")
    assert asked == ["beforeunload"]


def test_two_browsers_edit_the_same_cell_and_the_second_save_is_refused(demo_live, new_page):
    grid_url = f"/u/Q1-BENNGHE/entry/{demo_live.id}/"
    first, second = new_page("bennghe.baocao"), new_page("q1.baocao")
    first.goto(grid_url)
    second.goto(grid_url)
    cell(first, "KTXH-01").fill("100")
    first.get_by_role("button", name="Lưu nháp").click()
    expect(first.locator(".messages")).to_contain_text("Đã lưu nháp")
    cell(second, "KTXH-01").fill("200")
    second.get_by_role("button", name="Lưu nháp").click()
    expect(second.locator("#grid-errors")).to_contain_text("người khác đã lưu trước")
    expect(second.locator('tr[data-code="KTXH-01"] .conflict')).to_contain_text("hiện là 100")
    first.reload()
    expect(cell(first, "KTXH-01")).to_have_value("100")


def test_a_reporter_of_another_ward_gets_404_on_the_first_wards_pages(demo_live, new_page):
    from django.contrib.auth import get_user_model

    from chitieu.orgunits.models import OrgUnit, Role, UnitRole

    user = get_user_model().objects.create_user("benthanh.baocao", "", "chitieu-demo")
    UnitRole.objects.create(user=user, unit=OrgUnit.objects.get(code="Q1-BENTHANH"), role=Role.REPORTER)
    page = new_page("benthanh.baocao")
    for url in (
        f"/u/Q1-BENNGHE/{demo_live.year}/",
        f"/u/Q1-BENNGHE/entry/{demo_live.id}/",
        f"/u/Q1-BENNGHE/indicators/KTXH-01/{demo_live.year}/",
    ):
        assert page.goto(url).status == 404
    assert page.goto(f"/u/Q1-BENTHANH/{demo_live.year}/").status == 200


def test_the_interface_switches_to_english(demo_live, new_page):
    page = new_page("bennghe.baocao", width=390)  # a phone-sized screen
    page.goto("/u/Q1-BENNGHE/2022/?as_of=14/12/2022")
    expect(page.get_by_role("link", name="Nhập số liệu")).to_be_visible()
    page.get_by_label("Ngôn ngữ").select_option("en")
    page.get_by_role("button", name="Đổi").click()
    expect(page.get_by_role("link", name="Enter figures")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#targets")).to_contain_text(re.compile(r"\d,\d{3}"))
