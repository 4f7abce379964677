"""The dashboard, the indicator page, my work, the work items register and planning."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command

from chitieu.monitoring import definitions
from chitieu.monitoring.services import ValueWrite, change_state, record_value, record_values
from chitieu.orgunits.models import Role, UnitRole
from chitieu.planning.models import Indicator, Target, WorkItem

pytestmark = pytest.mark.django_db


def test_the_dashboard_counts_and_lists_the_articles_year(demo, login):
    page = login("so.duyet").get("/u/SO-LDTBXH/2022/?as_of=14/12/2022").content.decode()
    assert "22/23 chỉ tiêu đạt và vượt kế hoạch (95,7%)" in page
    assert 'data-status="exceeded"' in page
    assert "315.900" in page and "105,3%" in page  # KTXH-01: vượt 5,3%
    assert "101,43%" in page and "1.218" in page
    assert "thực hiện / kế hoạch × 100%" in page  # the formula, one click away
    assert ">% kế hoạch<" in page
    assert "hoàn thành đúng hạn" in page
    assert "<svg" in page
    for name in ("docx", "xlsx", "pdf", "html"):
        assert f'href="/reports/SO-LDTBXH/2022.{name}?as_of=14/12/2022&amp;lang=vi"' in page


def test_a_name_with_markup_in_the_targets_table_is_shown_as_text(demo, login):
    indicator = Indicator.objects.get(code="KTXH-01")
    name, indicator.name = indicator.name, '<b>Việc làm</b> & "R&D"'
    indicator.save()  # as the admin saves it: the indicators kept between requests are read again
    try:
        page = login("so.duyet").get("/u/SO-LDTBXH/2022/?as_of=14/12/2022").content.decode()
    finally:
        indicator.name = name
        indicator.save()
    assert "&lt;b&gt;Việc làm&lt;/b&gt; &amp; &quot;R&amp;D&quot;" in page
    assert "<b>Việc làm</b>" not in page


def test_the_report_links_of_a_year_in_progress_carry_the_pages_day(demo, login):
    page = login("so.duyet").get("/u/SO-LDTBXH/2023/?as_of=20/06/2023").content.decode()
    assert 'href="/reports/SO-LDTBXH/2023.docx?as_of=20/06/2023&amp;lang=vi"' in page
    assert 'href="/reports/SO-LDTBXH/2023S1.docx?as_of=14/06/2023&amp;lang=vi"' in page  # its window's close
    assert 'href="/reports/SO-LDTBXH/2023N9.pdf?as_of=20/06/2023&amp;lang=vi"' in page
    assert 'href="/reports/SO-LDTBXH/2023Q2.xlsx?as_of=14/06/2023&amp;lang=vi"' in page
    assert 'href="/u/SO-LDTBXH/indicators/KTXH-01/2023/?as_of=20/06/2023"' in page
    english = login("so.duyet")
    english.cookies["django_language"] = "en"
    assert (
        "2023.docx?as_of=20/06/2023&amp;lang=en"
        in english.get("/u/SO-LDTBXH/2023/?as_of=20/06/2023").content.decode()
    )


def test_the_dashboard_drills_down_to_the_children_and_back(demo, login):
    client = login("so.duyet")
    parent = client.get("/u/SO-LDTBXH/2022/?as_of=2022-12-14").content.decode()
    assert 'href="/u/PLDTBXH-Q1/2022/?as_of=14/12/2022"' in parent
    child = client.get("/u/PLDTBXH-Q1/2022/?as_of=14/12/2022").content.decode()
    assert 'href="/u/SO-LDTBXH/2022/?as_of=14/12/2022"' in child
    assert 'href="/u/Q1-BENNGHE/2022/?as_of=14/12/2022"' in child


def test_the_city_with_no_targets_of_its_own_names_the_units_below_that_missed(demo, login):
    page = login("lanhdao").get("/u/UBND-TPHCM/2022/?as_of=31/12/2022").content.decode()
    assert "22/23 chỉ tiêu đạt và vượt kế hoạch" in page  # the units below, added up: one not met
    assert "Không có gì chậm" not in page
    assert "1 đơn vị trực thuộc có chỉ tiêu không đạt" in page
    assert '<a href="/u/SO-LDTBXH/2022/?as_of=31/12/2022">' in page and "(1 không đạt)" in page
    english = login("lanhdao")
    english.cookies["django_language"] = "en"
    page = english.get("/u/UBND-TPHCM/2022/?as_of=31/12/2022").content.decode()
    assert "1 unit below with targets not met" in page and "(1 not met)" in page


def test_the_year_selector_moves_to_that_year(demo, login):
    response = login("so.duyet").get("/u/SO-LDTBXH/2022/", {"year": "2023"})
    assert response["Location"] == "/u/SO-LDTBXH/2023/"


def test_the_dashboard_speaks_english_on_request(demo, login):
    client = login("so.duyet")
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get("/u/SO-LDTBXH/2022/?as_of=2022-12-14").content.decode()
    assert "315,900" in page and "105.3%" in page and "exceeded" in page


def test_the_dashboard_costs_a_bounded_number_of_queries(small, client, django_assert_max_num_queries):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(small.approver)
    client.get("/u/D1/2022/?as_of=2022-12-14")  # sessions: warm up
    cache.clear()  # the figures computed, not taken from the cache
    definitions.forget()  # and the indicators read from the database both times
    with CaptureQueriesContext(connection) as one_target:
        client.get("/u/D1/2022/?as_of=2022-12-14")
    for n in range(120):
        indicator = Indicator.objects.create(
            code=f"I{n:03d}", name=f"Chỉ tiêu {n}", group=small.jobs.group, unit_of_measure="người", order=n
        )
        for unit in (small.district, small.ward_a, small.ward_b):
            Target.objects.create(indicator=indicator, unit=unit, year=2022, target=Decimal(100))
    definitions.forget()
    with django_assert_max_num_queries(30), CaptureQueriesContext(connection) as many_targets:
        response = client.get("/u/D1/2022/?as_of=2022-12-14")
    assert response.content.decode().count("<tr data-code=") == 121
    assert len(many_targets) == len(one_target)  # 121 targets cost what 1 does
    with CaptureQueriesContext(connection) as cached:
        again = client.get("/u/D1/2022/?as_of=2022-12-14")
    table = response.content.decode().split('<table id="targets"')[1].split("</table>")[0]
    assert table in again.content.decode()
    assert len(cached) < len(many_targets) / 2  # the second look is taken from the cache


def test_the_dashboard_is_never_stale_after_a_write(small, client):
    """Cached under the data version: a value written, a target changed, the next look shows them."""
    client.force_login(small.approver)
    url = "/u/D1/2022/?as_of=2022-12-31"

    def shown_result() -> str:
        page = client.get(url).content.decode()
        row = page[page.index('<tr data-code="JOBS"') :]
        return row[: row.index("</tr>")]

    before = shown_result()
    assert shown_result() == before  # from the cache
    record_value(indicator=small.jobs, unit=small.ward_a, period_id="2022M05", value=Decimal(1234), user=None)
    assert "1.234" in shown_result() and shown_result() != before
    target = Target.objects.get(indicator=small.jobs, unit=small.district, year=2022)
    target.target = Decimal(98765)
    target.save()
    assert "98.765" in shown_result()


def test_the_indicator_page_costs_a_few_queries_whatever_the_months(
    small, client, django_assert_max_num_queries
):
    writes = [
        ValueWrite(small.jobs, ward, f"2022M{m:02d}", Decimal(m))
        for m in range(1, 13)
        for ward in (small.ward_a, small.ward_b)
    ]
    record_values(writes=writes, user=None)
    client.force_login(small.approver)
    client.get("/u/D1/indicators/JOBS/2022/?as_of=31/12/2022")  # sessions: warm up
    with django_assert_max_num_queries(10):
        page = client.get("/u/D1/indicators/JOBS/2022/?as_of=31/12/2022").content.decode()
    assert "<svg" in page


def test_the_indicator_page_has_targets_values_chart_and_history(small, client, today):
    today(date(2022, 7, 12))
    first = record_value(
        indicator=small.jobs,
        unit=small.ward_a,
        period_id="2022M07",
        value=Decimal(100),
        user=small.reporter_a,
    )
    record_value(
        indicator=small.jobs,
        unit=small.ward_a,
        period_id="2022M07",
        value=Decimal(1250),
        user=small.reporter_a,
        expected_version=first.version,
        reason="sửa lỗi đánh máy",
    )
    client.force_login(small.reporter_a)
    page = client.get("/u/W-A/indicators/JOBS/2022/").content.decode()
    assert "1.000" in page  # the target
    assert "100 → 1.250" in page and "sửa lỗi đánh máy" in page and "bob" in page
    assert "thực hiện" in page
    assert "<svg" in page


def test_an_indicator_not_planned_here_is_a_404(small, client):
    other = Indicator.objects.create(
        code="OTHER", name="Khác", group=small.jobs.group, unit_of_measure="người"
    )
    client.force_login(small.reporter_a)
    assert client.get(f"/u/W-A/indicators/{other.code}/2022/").status_code == 404


def test_my_work_lists_what_to_submit_and_approve_with_deadlines(small, client, today):
    today(date(2022, 7, 12))
    client.force_login(small.reporter_a)
    page = client.get("/my-work/").content.decode()
    assert "19/07/2022" in page and "còn 7 ngày" in page
    assert "quá hạn" in page  # June's report is late
    change_state(unit=small.ward_a, period_id="2022M07", action="submit", user=small.reporter_a)
    client.force_login(small.approver)
    approver_page = client.get("/my-work/").content.decode()
    assert 'href="/u/W-A/entry/2022M07/"' in approver_page


def test_remind_mails_reporters_seven_days_before_and_after_the_deadline(small):
    call_command("remind", "--today", "2022-07-12")
    to_bob = [m for m in mail.outbox if m.to == ["bob@example.invalid"]]
    assert len(to_bob) == 1
    assert "tháng 7/2022" in to_bob[0].body and "còn 7 ngày" in to_bob[0].body
    mail.outbox.clear()
    call_command("remind", "--today", "2022-07-13")
    assert mail.outbox == []
    call_command("remind", "--today", "2022-07-20")
    assert any("đã quá hạn 19/07/2022" in m.body for m in mail.outbox)
    assert mail.outbox[0].subject == "[chitieu] Báo cáo quá hạn"


def test_remind_mails_approvers_what_awaits_them(small, today):
    today(date(2022, 7, 12))
    change_state(unit=small.ward_a, period_id="2022M07", action="submit", user=small.reporter_a)
    call_command("remind", "--today", "2022-07-16")
    to_dung = [m for m in mail.outbox if m.to == ["dung@example.invalid"]]
    assert len(to_dung) == 1 and "duyệt số liệu" in to_dung[0].body
    assert not any(m.to == ["bob@example.invalid"] and "Phường A" in m.body for m in mail.outbox)


def test_the_work_items_register_filters_and_records_completion(small, client, today):
    today(date(2022, 7, 12))
    late = WorkItem.objects.create(
        kind="program",
        title="Chương trình trễ",
        year=2022,
        lead_unit=small.ward_a,
        deadline=date(2022, 6, 30),
    )
    WorkItem.objects.create(
        kind="task", title="Nhiệm vụ mới", year=2022, lead_unit=small.ward_a, deadline=date(2022, 9, 30)
    )
    client.force_login(small.reporter_a)
    page = client.get("/work-items/", {"overdue": "on"}).content.decode()
    assert "Chương trình trễ" in page and "Nhiệm vụ mới" not in page
    response = client.post(f"/work-items/{late.pk}/", {"completed_on": "05/07/2022", "result_note": "xong"})
    assert response.status_code == 302
    late.refresh_from_db()
    assert late.completed_on == date(2022, 7, 5)
    assert "hoàn thành quá hạn" in client.get("/work-items/").content.decode()


def test_a_work_items_changes_are_kept_in_its_history(small, client, today):
    today(date(2022, 7, 12))
    item = WorkItem.objects.create(
        kind="program", title="Chương trình A", year=2022, lead_unit=small.ward_a, deadline=date(2022, 6, 30)
    )
    client.force_login(small.reporter_a)
    client.post(
        f"/work-items/{item.pk}/", {"completed_on": "05/07/2022", "result_note": "xong", "reason": "báo cáo"}
    )
    client.post(
        f"/work-items/{item.pk}/", {"completed_on": "28/06/2022", "result_note": "xong", "reason": "sửa ngày"}
    )
    client.post(f"/work-items/{item.pk}/", {"completed_on": "28/06/2022", "result_note": "xong"})  # no change
    history = list(
        item.revisions.order_by("id").values_list("old_completed_on", "new_completed_on", "reason")
    )
    assert history == [(None, date(2022, 7, 5), "báo cáo"), (date(2022, 7, 5), date(2022, 6, 28), "sửa ngày")]
    page = client.get(f"/work-items/{item.pk}/").content.decode()
    assert "05/07/2022 → 28/06/2022" in page and "sửa ngày" in page


def test_a_viewer_cannot_edit_work_items(small, client):
    item = WorkItem.objects.create(kind="program", title="CT", year=2022, lead_unit=small.ward_a)
    client.force_login(small.viewer)
    assert client.post(f"/work-items/{item.pk}/", {"completed_on": "05/07/2022"}).status_code == 403


def test_a_planner_sets_next_years_targets_from_last_years(small, client):
    planner = small.viewer
    UnitRole.objects.create(user=planner, unit=small.city, role=Role.PLANNER)
    client.force_login(planner)
    page = client.get("/u/W-A/plan/2023/").content.decode()
    assert "từ năm trước" in page and 'value="1.000"' in page
    response = client.post("/u/W-A/plan/2023/", {f"t{small.jobs.pk}": "1.250"})
    assert response.status_code == 302
    assert Target.objects.get(unit=small.ward_a, year=2023).target == Decimal(1250)


def test_a_plan_that_cannot_be_evaluated_is_refused_whole(small, client):
    UnitRole.objects.create(user=small.viewer, unit=small.city, role=Role.PLANNER)
    client.force_login(small.viewer)
    response = client.post("/u/W-A/plan/2023/", {f"t{small.jobs.pk}": "0"})
    assert response.status_code == 400
    assert "không thể có kế hoạch bằng 0" in response.content.decode()
    assert not Target.objects.filter(unit=small.ward_a, year=2023).exists()


def test_a_reporter_cannot_set_targets(small, client):
    client.force_login(small.reporter_a)
    assert client.post("/u/W-A/plan/2023/", {f"t{small.jobs.pk}": "5"}).status_code == 403
    assert not Target.objects.filter(unit=small.ward_a, year=2023).exists()
