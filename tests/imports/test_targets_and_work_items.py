"""The targets and work items templates, exported, filled in, previewed, imported, imported again."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chitieu.imports.plans import (
    apply_targets_import,
    apply_work_items_import,
    plan_targets_import,
    plan_work_items_import,
)
from chitieu.imports.sheets import Change, ImportRefused, import_reason
from chitieu.imports.templates import HEADER_ROW, targets_template, work_items_template
from chitieu.orgunits.models import Role, UnitRole
from chitieu.planning.models import Target, WorkItem, WorkItemRevision

pytestmark = pytest.mark.django_db
YEAR = 2022


def filled(
    template: bytes, sheet_name: str, key_column: int, values: dict[object, dict[int, object]]
) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book[sheet_name]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        key = sheet.cell(row=row, column=key_column).value
        for column, value in values.get(key, {}).items():
            sheet.cell(row=row, column=column, value=value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_row(template: bytes, sheet_name: str, cells: list[object]) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book[sheet_name]
    sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def targets_snapshot() -> list[tuple]:
    return list(
        Target.objects.order_by("id").values_list(
            "id", "unit_id", "indicator_id", "target", "target_high", "baseline", "note"
        )
    )


@pytest.fixture
def planner(small):
    user = small.reporter_a
    UnitRole.objects.create(user=user, unit=small.ward_a, role=Role.PLANNER)
    return user


@pytest.fixture
def houses(importing):
    return importing.houses


def test_targets_round_trip(small, houses, planner):
    template = targets_template(small.ward_a, YEAR)
    data = filled(template, "Chỉ tiêu giao", 2, {"JOBS": {6: 1200}, "HOUSES": {9: "ghi chú"}})
    data = with_row(data, "Chỉ tiêu giao", ["W-A", "NOPLAN", None, None, None, 30, None, None, None])
    args = {"data": data, "name": "giao.xlsx", "unit": small.ward_a, "year": YEAR, "user": planner}

    plan = plan_targets_import(**args)
    assert plan.problems == []
    changes = {line.indicator.code: line.change for line in plan.lines}
    assert changes["JOBS"] == Change.CHANGED
    assert changes["HOUSES"] == Change.CHANGED
    assert changes["NOPLAN"] == Change.NEW
    assert changes["YESNO"] == Change.UNCHANGED
    jobs = next(line for line in plan.lines if line.indicator.code == "JOBS")
    assert jobs.old[0] == Decimal(1000) and jobs.new[0] == Decimal(1200)
    assert Target.objects.get(unit=small.ward_a, indicator=small.jobs, year=YEAR).target == 1000  # dry run

    done = apply_targets_import(**args, expected_digest=plan.digest)
    assert len(done.to_write) == 3
    assert Target.objects.get(unit=small.ward_a, indicator=small.jobs, year=YEAR).target == 1200
    assert Target.objects.get(unit=small.ward_a, indicator=houses, year=YEAR).note == "ghi chú"
    assert Target.objects.get(unit=small.ward_a, indicator__code="NOPLAN", year=YEAR).target == 30

    before = targets_snapshot()
    again = apply_targets_import(**args)
    assert again.to_write == [] and again.count(Change.UNCHANGED) == len(again.lines)
    assert targets_snapshot() == before


def test_a_zero_target_is_refused_and_nothing_is_written(small, houses, planner):
    data = filled(
        targets_template(small.ward_a, YEAR), "Chỉ tiêu giao", 2, {"JOBS": {6: 1500}, "HOUSES": {6: 0}}
    )
    args = {"data": data, "name": "giao.xlsx", "unit": small.ward_a, "year": YEAR, "user": planner}
    plan = plan_targets_import(**args)
    [problem] = plan.problems
    assert (problem.sheet, problem.column, problem.code) == ("Chỉ tiêu giao", "F", "zero_target")
    assert problem.row is not None and "HOUSES" in problem.reason_vi
    before = targets_snapshot()
    with pytest.raises(ImportRefused) as refused:
        apply_targets_import(**args)
    assert "Trang tính “Chỉ tiêu giao”" in refused.value.message("vi")
    assert targets_snapshot() == before


def test_a_user_without_the_planner_role_is_refused(small, houses):
    data = filled(targets_template(small.ward_a, YEAR), "Chỉ tiêu giao", 2, {"JOBS": {6: 1500}})
    args = {"data": data, "name": "giao.xlsx", "unit": small.ward_a, "year": YEAR, "user": small.reporter_a}
    plan = plan_targets_import(**args)
    assert plan.problems and {p.code for p in plan.problems} == {"not_planner"}
    assert plan.problems[0].column == "A"
    assert "lập kế hoạch" in plan.problems[0].reason_vi
    before = targets_snapshot()
    with pytest.raises(ImportRefused):
        apply_targets_import(**args)
    assert targets_snapshot() == before


def test_a_work_items_file_is_not_a_targets_file(small, planner):
    data = work_items_template(small.ward_a, YEAR)
    with pytest.raises(ImportRefused) as refused:
        plan_targets_import(data=data, name="x.xlsx", unit=small.ward_a, year=YEAR, user=planner)
    assert refused.value.code == "not_this_template"
    assert "mẫu giao chỉ tiêu" in refused.value.message("vi")


def make_items(small) -> tuple[WorkItem, WorkItem]:
    first = WorkItem.objects.create(
        kind="task",
        code="NV-1",
        title="Nhiệm vụ 1",
        year=YEAR,
        lead_unit=small.ward_a,
        deadline=date(2022, 6, 30),
    )
    second = WorkItem.objects.create(
        kind="task",
        code="NV-2",
        title="Nhiệm vụ 2",
        year=YEAR,
        lead_unit=small.ward_a,
        deadline=date(2022, 9, 30),
        completed_on=date(2022, 9, 1),
        result_note="Xong",
    )
    return first, second


def test_work_items_round_trip(small):
    first, second = make_items(small)
    template = work_items_template(small.ward_a, YEAR)
    data = filled(
        template,
        "Nhiệm vụ",
        1,
        {first.pk: {6: date(2022, 6, 20), 7: "Đã ban hành kế hoạch"}, second.pk: {7: "Xong, đã báo cáo"}},
    )
    args = {"data": data, "name": "nv.xlsx", "unit": small.ward_a, "year": YEAR, "user": small.reporter_a}

    plan = plan_work_items_import(**args)
    assert plan.problems == []
    by_item = {line.item.pk: line for line in plan.lines}
    assert by_item[first.pk].change == Change.CHANGED
    assert by_item[first.pk].old == (None, "") and by_item[first.pk].new == (
        date(2022, 6, 20),
        "Đã ban hành kế hoạch",
    )
    assert by_item[second.pk].old == (date(2022, 9, 1), "Xong")
    first.refresh_from_db()
    assert first.completed_on is None  # dry run

    apply_work_items_import(**args, expected_digest=plan.digest)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.completed_on, first.result_note) == (date(2022, 6, 20), "Đã ban hành kế hoạch")
    assert second.result_note == "Xong, đã báo cáo"
    revisions = WorkItemRevision.objects.filter(work_item__in=[first, second])
    assert revisions.count() == 2
    assert {r.reason for r in revisions} == {import_reason("nv.xlsx")}
    assert {r.changed_by for r in revisions} == {small.reporter_a}

    again = apply_work_items_import(**args)
    assert again.to_write == []
    assert WorkItemRevision.objects.count() == 2


def test_work_items_refused_rows_write_nothing(small):
    first, _second = make_items(small)
    data = filled(work_items_template(small.ward_a, YEAR), "Nhiệm vụ", 1, {first.pk: {6: "ngày mai", 7: "x"}})
    data = with_row(data, "Nhiệm vụ", [999999, "", "", "", None, None, "kết quả"])
    args = {"data": data, "name": "nv.xlsx", "unit": small.ward_a, "year": YEAR, "user": small.reporter_a}
    plan = plan_work_items_import(**args)
    assert {(p.column, p.code) for p in plan.problems} == {("F", "bad_date"), ("A", "unknown_work_item")}
    with pytest.raises(ImportRefused):
        apply_work_items_import(**args)
    assert WorkItemRevision.objects.count() == 0
    # someone without a role at the ward (a viewer of the city) may not update them
    data = filled(work_items_template(small.ward_a, YEAR), "Nhiệm vụ", 1, {first.pk: {7: "x"}})
    plan = plan_work_items_import(data=data, name="nv.xlsx", unit=small.ward_a, year=YEAR, user=small.viewer)
    assert {p.code for p in plan.problems} == {"not_work_item_editor"}


def test_the_command_detects_the_template_kind(small, houses, planner, tmp_path, capsys):
    first, _second = make_items(small)
    targets = tmp_path / "giao.xlsx"
    targets.write_bytes(filled(targets_template(small.ward_a, YEAR), "Chỉ tiêu giao", 2, {"JOBS": {6: 1300}}))
    call_command("import_values", str(targets), "--unit", "W-A", "--user", planner.username, "--dry-run")
    out = capsys.readouterr().out
    assert "1 sửa" in out and "1000 / — / — → 1300 / — / —" in out
    assert Target.objects.get(unit=small.ward_a, indicator=small.jobs, year=YEAR).target == 1000
    call_command("import_values", str(targets), "--unit", "W-A", "--user", planner.username)
    assert "Đã nhập 1 dòng." in capsys.readouterr().out
    assert Target.objects.get(unit=small.ward_a, indicator=small.jobs, year=YEAR).target == 1300

    items = tmp_path / "nv.xlsx"
    items.write_bytes(
        filled(work_items_template(small.ward_a, YEAR), "Nhiệm vụ", 1, {first.pk: {7: "Đã xong"}})
    )
    call_command("import_values", str(items), "--unit", "W-A", "--year", str(YEAR), "--user", "bob")
    first.refresh_from_db()
    assert first.result_note == "Đã xong"
    with pytest.raises(CommandError):
        call_command("import_values", str(targets), "--unit", "W-A", "--user", small.reporter_b.username)
