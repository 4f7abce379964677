"""The admin: every model is there, in Vietnamese by default, and it writes only through the services."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.forms import MultiWidget
from django.test import Client

from chitieu.core.workitems import WorkItemKind
from chitieu.monitoring.models import DataValue, DataValueRevision, Period, Submission, SubmissionEvent
from chitieu.monitoring.services import change_state, record_value
from chitieu.orgunits.models import OrgUnit, Role, UnitKind, UnitRole
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import Indicator, IndicatorGroup, Target, WorkItem


@dataclass
class Agency:
    """A city with one department, one indicator planned for 2022, one value, one work item."""

    city: OrgUnit
    department: OrgUnit
    jobs: Indicator
    target: Target
    value: DataValue
    work_item: WorkItem
    submission: Submission
    client: Client
    admin: Any


@pytest.fixture
def agency(db) -> Agency:
    city = create_unit(code="UBND-TP", name="Ủy ban nhân dân Thành phố", kind=UnitKind.CITY)
    department = create_unit(code="SO-LD", name="Sở Lao động", parent=city, kind=UnitKind.DEPARTMENT)
    group = IndicatorGroup.objects.create(code="KTXH", name="Chỉ tiêu kinh tế - xã hội")
    jobs = Indicator.objects.create(
        code="VL-01", name="Tạo việc làm mới", group=group, unit_of_measure="người"
    )
    target = Target.objects.create(indicator=jobs, unit=department, year=2022, target=Decimal(140000))
    value = record_value(indicator=jobs, unit=department, period_id="2022M07", value=Decimal(1218), user=None)
    work_item = WorkItem.objects.create(
        kind=WorkItemKind.PROGRAM,
        title="Chương trình giảm nghèo bền vững",
        year=2022,
        lead_unit=department,
        deadline=date(2022, 12, 31),
        completed_on=date(2022, 12, 20),
    )
    submission = change_state(unit=department, period_id="2022M06", action="submit", user=None)
    admin = get_user_model().objects.create_superuser("alice", "alice@example.invalid", "x-long-password-1")
    client = Client()
    client.force_login(admin)
    return Agency(city, department, jobs, target, value, work_item, submission, client, admin)


def form_data(response) -> dict[str, Any]:
    """What a browser would post back from an admin form, as the page shows it."""
    form = response.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    for name, form_field in form.fields.items():  # a date and a time, say: posted as name_0, name_1
        if isinstance(form_field.widget, MultiWidget) and name in data:
            parts = form_field.widget.decompress(data.pop(name))
            data.update({f"{name}_{index}": part for index, part in enumerate(parts) if part is not None})
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for row in inline.formset.forms:  # the rows shown, with their hidden ids
            for name in row.fields:
                value = row[name].value()
                if value is not None and value is not False:
                    data[row.add_prefix(name)] = value.pk if hasattr(value, "pk") else value
    return data


def page_text(response) -> str:
    return response.content.decode()


# Every changelist, with a Vietnamese word its page must show.
CHANGELISTS = [
    ("orgunits/orgunit", "đơn vị"),
    ("orgunits/unitrole", "vai trò"),
    ("planning/reportingregime", "chế độ báo cáo"),
    ("planning/indicatorgroup", "nhóm chỉ tiêu"),
    ("planning/indicator", "chỉ tiêu"),
    ("planning/target", "chỉ tiêu giao"),
    ("planning/workitem", "công việc"),
    ("monitoring/period", "kỳ báo cáo"),
    ("monitoring/datavalue", "số liệu"),
    ("monitoring/datavaluerevision", "lịch sử sửa đổi"),
    ("monitoring/submission", "báo cáo kỳ"),
    ("monitoring/submissionevent", "lịch sử xử lý"),
]
ADD_PAGES = [
    ("orgunits/orgunit", "đơn vị cấp trên"),
    ("orgunits/unitrole", "vai trò"),
    ("planning/reportingregime", "ngày chốt số liệu"),
    ("planning/indicatorgroup", "thứ tự"),
    ("planning/indicator", "quy tắc đánh giá"),
    ("planning/target", "mốc tiến độ"),
    ("planning/workitem", "đơn vị chủ trì"),
    ("monitoring/datavalue", "loại số liệu"),
]


@pytest.mark.parametrize(("model", "word"), CHANGELISTS)
def test_admin_changelists_open_in_vietnamese(agency, model, word):
    response = agency.client.get(f"/admin/{model}/")
    assert response.status_code == 200
    assert '<html lang="vi"' in page_text(response)
    assert word in page_text(response).lower()


@pytest.mark.parametrize(("model", "word"), ADD_PAGES)
def test_admin_add_pages_open_in_vietnamese(agency, model, word):
    response = agency.client.get(f"/admin/{model}/add/")
    assert response.status_code == 200
    assert word in page_text(response).lower()


def test_every_model_of_the_apps_is_in_the_admin():
    from django.apps import apps
    from django.contrib import admin

    for label in ("orgunits", "planning", "monitoring"):
        for model in apps.get_app_config(label).get_models():
            # A milestone is edited inline with its target (or term target); the one row of the data
            # state is kept by the system and means nothing to edit.
            if model.__name__ not in ("TargetMilestone", "TermMilestone", "DataState"):
                assert admin.site.is_registered(model), model


def test_change_pages_open_for_every_kind_of_record(agency):
    event = SubmissionEvent.objects.get()
    revision = DataValueRevision.objects.get()
    for url in [
        f"/admin/orgunits/orgunit/{agency.department.pk}/change/",
        f"/admin/planning/indicator/{agency.jobs.pk}/change/",
        f"/admin/planning/target/{agency.target.pk}/change/",
        f"/admin/planning/workitem/{agency.work_item.pk}/change/",
        "/admin/monitoring/period/2022M07/change/",
        f"/admin/monitoring/datavalue/{agency.value.pk}/change/",
        f"/admin/monitoring/datavaluerevision/{revision.pk}/change/",
        f"/admin/monitoring/submission/{agency.submission.pk}/change/",
        f"/admin/monitoring/submissionevent/{event.pk}/change/",
    ]:
        assert agency.client.get(url).status_code == 200, url


def test_units_are_listed_by_path_and_indented_by_depth(agency):
    text = page_text(agency.client.get("/admin/orgunits/orgunit/"))
    assert text.index("Ủy ban nhân dân Thành phố") < text.index("Sở Lao động")
    assert 'padding-left: 1.5em">Sở Lao động' in text


def test_adding_a_unit_gives_it_its_place_in_the_tree(agency):
    response = agency.client.post(
        "/admin/orgunits/orgunit/add/",
        {
            "code": "PHONG-VL",
            "name": "Phòng Việc làm",
            "kind": "division",
            "parent": agency.department.pk,
            "active": "on",
        },
    )
    assert response.status_code == 302
    division = OrgUnit.objects.get(code="PHONG-VL")
    assert division.path == f"{agency.department.path}{division.pk}/"
    assert division.depth == 2


def test_changing_a_parent_moves_the_whole_subtree(agency):
    division = create_unit(code="PHONG-VL", name="Phòng Việc làm", parent=agency.department)
    other = create_unit(code="SO-NV", name="Sở Nội vụ", parent=agency.city)
    url = f"/admin/orgunits/orgunit/{agency.department.pk}/change/"
    data = {**form_data(agency.client.get(url)), "parent": other.pk}
    assert agency.client.post(url, data).status_code == 302
    division.refresh_from_db()
    assert division.path == f"{other.path}{agency.department.pk}/{division.pk}/"
    assert division.depth == 3


def test_a_unit_cannot_be_moved_inside_itself(agency):
    division = create_unit(code="PHONG-VL", name="Phòng Việc làm", parent=agency.department)
    url = f"/admin/orgunits/orgunit/{agency.department.pk}/change/"
    data = {**form_data(agency.client.get(url)), "parent": division.pk}
    response = agency.client.post(url, data)
    assert response.status_code == 200
    assert "Không thể chuyển đơn vị SO-LD vào PHONG-VL" in page_text(response)
    agency.department.refresh_from_db()
    assert agency.department.parent == agency.city


def test_a_milestone_with_a_bad_period_is_refused_with_the_vietnamese_message(agency):
    url = f"/admin/planning/target/{agency.target.pk}/change/"
    data = form_data(agency.client.get(url))
    data.update(
        {"milestones-TOTAL_FORMS": "1", "milestones-0-period_id": "2022X1", "milestones-0-value": "70000"}
    )
    response = agency.client.post(url, data)
    assert response.status_code == 200
    assert "không phải mã kỳ báo cáo" in page_text(response)
    assert not agency.target.milestones.exists()


def test_a_milestone_with_a_good_period_is_saved(agency):
    url = f"/admin/planning/target/{agency.target.pk}/change/"
    data = form_data(agency.client.get(url))
    data.update(
        {"milestones-TOTAL_FORMS": "1", "milestones-0-period_id": "2022S1", "milestones-0-value": "70000"}
    )
    assert agency.client.post(url, data).status_code == 302
    assert list(agency.target.milestones.values_list("period_id", "value")) == [("2022S1", Decimal(70000))]


def test_work_items_show_their_status_today(agency):
    text = page_text(agency.client.get("/admin/planning/workitem/"))
    assert "hoàn thành đúng hạn" in text


def test_an_indicator_shows_its_formula(agency):
    text = page_text(agency.client.get(f"/admin/planning/indicator/{agency.jobs.pk}/change/"))
    assert agency.jobs.formula("vi") in text


def add_value(agency, **fields) -> Any:
    data = {
        "indicator": agency.jobs.pk,
        "unit": agency.department.pk,
        "period_id": "2022M08",
        "kind": "1",
        "value_text": "1.218",
        "reason": "",
        "comment": "",
        "read_version": "",
        **fields,
    }
    return agency.client.post("/admin/monitoring/datavalue/add/", data)


def test_a_value_saved_in_the_admin_writes_a_revision(agency):
    response = add_value(agency, value_text="1.218")
    assert response.status_code == 302
    value = DataValue.objects.get(period_id="2022M08")
    assert (value.value, value.version, value.updated_by) == (Decimal(1218), 1, agency.admin)
    url = f"/admin/monitoring/datavalue/{value.pk}/change/"
    data = {**form_data(agency.client.get(url)), "value_text": "1.250,5", "reason": "Số liệu của phòng"}
    assert agency.client.post(url, data).status_code == 302
    value.refresh_from_db()
    assert (value.value, value.version) == (Decimal("1250.5"), 2)
    revisions = list(value.revisions.values_list("version", "old_value", "new_value", "reason", "changed_by"))
    assert revisions == [
        (1, None, Decimal(1218), "", agency.admin.pk),
        (2, Decimal(1218), Decimal("1250.5"), "Số liệu của phòng", agency.admin.pk),
    ]


def test_the_change_form_carries_the_version_it_was_read_at(agency):
    text = page_text(agency.client.get(f"/admin/monitoring/datavalue/{agency.value.pk}/change/"))
    assert re.search(r'<input type="hidden" name="read_version" value="1"', text)
    assert 'name="value_text" value="1.218"' in text


def test_the_change_view_shows_the_revision_history(agency):
    record_value(
        indicator=agency.jobs,
        unit=agency.department,
        period_id="2022M07",
        value=Decimal(1300),
        expected_version=1,
        user=None,
        reason="Điều chỉnh theo số liệu thống kê",
    )
    text = page_text(agency.client.get(f"/admin/monitoring/datavalue/{agency.value.pk}/change/"))
    assert "Điều chỉnh theo số liệu thống kê" in text
    assert "1.300" in text


def test_a_stale_admin_save_is_refused_with_the_current_value(agency):
    url = f"/admin/monitoring/datavalue/{agency.value.pk}/change/"
    data = form_data(agency.client.get(url))
    record_value(
        indicator=agency.jobs,
        unit=agency.department,
        period_id="2022M07",
        value=Decimal(1300),
        expected_version=1,
        user=None,
    )
    response = agency.client.post(url, {**data, "value_text": "1.250"})
    assert response.status_code == 200
    assert "Người khác đã sửa số liệu này trước (hiện là 1.300, phiên bản 2)" in page_text(response)
    agency.value.refresh_from_db()
    assert (agency.value.value, agency.value.version, agency.value.revisions.count()) == (Decimal(1300), 2, 2)


def test_adding_a_value_that_already_exists_is_refused(agency):
    response = add_value(agency, period_id="2022M07", value_text="5")
    assert response.status_code == 200
    assert "Số liệu này đã có (hiện là 1.218, phiên bản 1)" in page_text(response)
    assert DataValue.objects.count() == 1


def test_a_mistyped_number_is_refused_with_a_vietnamese_message(agency):
    response = add_value(agency, value_text="12a")
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["value_text"] == ["'12a' không phải là số."]
    assert not DataValue.objects.filter(period_id="2022M08").exists()


def test_a_bad_period_is_refused_on_its_field(agency):
    response = add_value(agency, period_id="2022M13")
    form = response.context["adminform"].form
    assert form.errors["period_id"] == ["Kỳ báo cáo '2022M13' không tồn tại."]
    assert not DataValue.objects.filter(period_id="2022M13").exists()


def test_a_value_the_indicator_cannot_take_is_refused_on_the_value(agency):
    response = add_value(agency, value_text="-5")
    form = response.context["adminform"].form
    assert form.errors["value_text"] == ["Chỉ tiêu VL-01 không nhận giá trị âm (đã nhập -5)."]


def test_a_value_for_a_closed_period_is_refused_and_nothing_is_written(agency):
    Period.objects.for_id("2022M08")
    Period.objects.filter(id="2022M08").update(closed=True)
    response = add_value(agency)
    assert response.status_code == 200
    assert "Kỳ 2022M08 đã khóa sổ, không sửa được nữa." in page_text(response)
    assert not DataValue.objects.filter(period_id="2022M08").exists()
    assert DataValueRevision.objects.count() == 1


def test_clearing_a_value_keeps_its_row_and_history(agency):
    url = f"/admin/monitoring/datavalue/{agency.value.pk}/change/"
    data = {**form_data(agency.client.get(url)), "value_text": "", "reason": "Nhập nhầm kỳ"}
    assert agency.client.post(url, data).status_code == 302
    agency.value.refresh_from_db()
    assert (agency.value.value, agency.value.version, agency.value.revisions.count()) == (None, 2, 2)


@pytest.mark.parametrize("model", ["datavalue", "datavaluerevision", "submissionevent", "submission"])
def test_results_history_and_workflow_cannot_be_deleted(agency, model):
    row = {
        "datavalue": agency.value,
        "datavaluerevision": DataValueRevision.objects.get(),
        "submissionevent": SubmissionEvent.objects.get(),
        "submission": agency.submission,
    }[model]
    assert agency.client.get(f"/admin/monitoring/{model}/{row.pk}/delete/").status_code == 403
    assert "delete_selected" not in page_text(agency.client.get(f"/admin/monitoring/{model}/"))


@pytest.mark.parametrize("model", ["datavaluerevision", "submissionevent", "submission"])
def test_history_and_workflow_are_read_only(agency, model):
    assert agency.client.get(f"/admin/monitoring/{model}/add/").status_code == 403


def test_only_closed_is_editable_on_a_period(agency):
    url = "/admin/monitoring/period/2022M07/change/"
    response = agency.client.post(url, {"closed": "on", "start": "2000-01-01"})
    assert response.status_code == 302
    period = Period.objects.get(id="2022M07")
    assert period.closed and period.start == date(2022, 7, 1)


def test_approving_figures_from_the_list_calls_the_workflow(agency):
    response = agency.client.post(
        "/admin/monitoring/submission/", {"action": "approve", "_selected_action": [agency.submission.pk]}
    )
    assert response.status_code == 302
    agency.submission.refresh_from_db()
    assert agency.submission.state == "approved"


def test_returning_figures_asks_for_a_reason_first(agency):
    selection = {"action": "return_for_correction", "_selected_action": [agency.submission.pk]}
    response = agency.client.post("/admin/monitoring/submission/", selection)
    assert response.status_code == 200
    assert 'name="reason"' in page_text(response)
    agency.submission.refresh_from_db()
    assert agency.submission.state == "submitted"

    response = agency.client.post(
        "/admin/monitoring/submission/", {**selection, "apply": "yes", "reason": "Thiếu số liệu tháng 6"}
    )
    assert response.status_code == 302
    agency.submission.refresh_from_db()
    assert (agency.submission.state, agency.submission.reason) == ("returned", "Thiếu số liệu tháng 6")
    assert agency.submission.events.last().reason == "Thiếu số liệu tháng 6"


def test_a_refused_workflow_step_says_why(agency):
    response = agency.client.post(
        "/admin/monitoring/submission/",
        {"action": "submit", "_selected_action": [agency.submission.pk]},
        follow=True,
    )
    assert "Không thể gửi số liệu đang ở trạng thái đã gửi." in page_text(response)


def test_figures_can_be_submitted_from_the_values_list(agency):
    response = agency.client.post(
        "/admin/monitoring/datavalue/", {"action": "submit_figures", "_selected_action": [agency.value.pk]}
    )
    assert response.status_code == 302
    assert Submission.objects.get(unit=agency.department, period_id="2022M07").state == "submitted"


def test_admin_switches_to_english(agency):
    response = agency.client.post(
        "/i18n/setlang/", {"language": "en", "next": "/admin/monitoring/datavalue/"}
    )
    assert response.status_code == 302
    text = page_text(agency.client.get("/admin/monitoring/datavalue/"))
    assert '<html lang="en"' in text
    assert "data value" in text.lower()
    response = add_value(agency, value_text="12a")
    assert response.context["adminform"].form.errors["value_text"] == ["'12a' is not a number."]


def test_the_language_switcher_carries_the_csrf_token(agency):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(agency.admin)
    text = page_text(browser.get("/admin/"))
    switcher = re.search(r'<form id="language-switcher".*?</form>', text, re.DOTALL).group(0)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', switcher).group(1)
    assert 'value="en"' in switcher and 'value="vi"' in switcher
    assert browser.post("/i18n/setlang/", {"language": "en", "next": "/admin/"}).status_code == 403
    response = browser.post(
        "/i18n/setlang/", {"language": "en", "next": "/admin/", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert '<html lang="en"' in page_text(browser.get("/admin/"))


def staff_member(username: str, unit: OrgUnit, role: str, *codenames: str) -> Client:
    """A logged-in staff user with a role on ``unit`` and the given admin rights."""
    user = get_user_model().objects.create_user(username, f"{username}@example.invalid", "x-long-password-1")
    user.is_staff = True
    user.save()
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    UnitRole.objects.create(user=user, unit=unit, role=role)
    client = Client()
    client.force_login(user)
    return client


VALUE_RIGHTS = ["view_datavalue", "add_datavalue", "change_datavalue", "view_orgunit"]


def test_staff_see_only_the_units_of_their_subtree(agency):
    other = create_unit(code="SO-NV", name="Sở Nội vụ", parent=agency.city)
    Target.objects.create(indicator=agency.jobs, unit=other, year=2022, target=Decimal(10))
    hidden = record_value(indicator=agency.jobs, unit=other, period_id="2022M07", value=Decimal(7), user=None)
    bob = staff_member("bob", agency.department, Role.REPORTER, *VALUE_RIGHTS)

    text = page_text(bob.get("/admin/monitoring/datavalue/"))
    assert "SO-LD" in text and "SO-NV" not in text
    assert bob.get(f"/admin/monitoring/datavalue/{hidden.pk}/change/").status_code == 302  # "does not exist"
    assert "SO-NV" not in page_text(bob.get("/admin/orgunits/orgunit/"))

    response = bob.post(
        "/admin/monitoring/datavalue/add/",
        {
            "indicator": agency.jobs.pk,
            "unit": other.pk,
            "period_id": "2022M08",
            "kind": "1",
            "value_text": "5",
        },
    )
    assert response.status_code == 200
    assert "unit" in response.context["adminform"].form.errors
    assert not DataValue.objects.filter(unit=other, period_id="2022M08").exists()


def test_a_late_value_from_a_reporter_is_refused_with_the_reason(agency):
    bob = staff_member("bob", agency.department, Role.REPORTER, *VALUE_RIGHTS)
    response = bob.post(
        "/admin/monitoring/datavalue/add/",
        {
            "indicator": agency.jobs.pk,
            "unit": agency.department.pk,
            "period_id": "2022M08",
            "kind": "1",
            "value_text": "5",
        },
    )
    assert response.status_code == 200
    assert "Đã quá hạn báo cáo kỳ 2022M08" in page_text(response)
    assert not DataValue.objects.filter(period_id="2022M08").exists()


def test_approving_needs_the_approver_role(agency):
    bob = staff_member("bob", agency.department, Role.REPORTER, "view_submission")
    response = bob.post(
        "/admin/monitoring/submission/",
        {"action": "approve", "_selected_action": [agency.submission.pk]},
        follow=True,
    )
    assert "Bạn không có quyền duyệt số liệu của SO-LD." in page_text(response)
    agency.submission.refresh_from_db()
    assert agency.submission.state == "submitted"
