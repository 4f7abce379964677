"""A template exported for a demo ward, filled in with openpyxl, previewed, imported, imported again."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth import get_user_model

from chitieu.imports.sheets import Change, import_reason
from chitieu.imports.templates import HEADER_ROW, targets_template, values_template, work_items_template
from chitieu.imports.values import apply_import, plan_import
from chitieu.monitoring.models import DataValue, DataValueRevision
from chitieu.orgunits.models import OrgUnit
from tests.imports.conftest import data_checksum

pytestmark = pytest.mark.django_db
PERIOD = "2023M07"
TODAY = date(2023, 7, 16)  # the July 2023 window has closed; its deadline (19/07) has not passed
FILLED = {"KTXH-01": 150, "GN-SHN": 70, "GN-TSH": 6130}


def ward() -> OrgUnit:
    return OrgUnit.objects.get(code="Q1-BENNGHE")


def reporter():
    return get_user_model().objects.get(username="bennghe.baocao")


def filled(template: bytes, values: dict[str, object]) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book["Số liệu"]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        code = sheet.cell(row=row, column=2).value
        if code in values:
            sheet.cell(row=row, column=7, value=values[code])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def run(data: bytes, *, apply: bool = False, name: str = "mau.xlsx", **extra):
    call = apply_import if apply else plan_import
    return call(data=data, name=name, unit=ward(), period_id=PERIOD, user=reporter(), today=TODAY, **extra)


def test_the_template_lists_the_wards_indicators_with_locked_and_open_cells(demo):
    book = openpyxl.load_workbook(io.BytesIO(values_template(ward(), PERIOD)))
    assert book.sheetnames == ["Số liệu", "Hướng dẫn", "_chitieu"]
    assert book["_chitieu"].sheet_state == "veryHidden"
    declared = {row[0]: row[1] for row in book["_chitieu"].iter_rows(values_only=True)}
    assert declared == {
        "mau": "so_lieu",
        "phien_ban_mau": "1",
        "don_vi": "Q1-BENNGHE",
        "ky": "2023M07",
        "ky_hieu_so": "vi",
    }
    sheet = book["Số liệu"]
    assert sheet.protection.sheet is True
    codes = [sheet.cell(row=r, column=2).value for r in range(HEADER_ROW + 1, sheet.max_row + 1)]
    assert {"KTXH-01", "GN-SHN", "GN-TSH"} <= set(codes)
    assert "GN-TL" not in codes  # a rate is computed from its two components, never entered
    first = HEADER_ROW + 1
    assert sheet.cell(row=first, column=7).protection.locked is False
    assert sheet.cell(row=first, column=8).protection.locked is False
    assert sheet.cell(row=first, column=2).protection.locked is True
    kinds = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    numbers = [v for v in sheet.data_validations.dataValidation if v.type == "decimal"]
    assert kinds and "chính thức" in kinds[0].formula1
    assert numbers and any(f"G{first}" in str(v.sqref) for v in numbers)
    row = codes.index("GN-TSH") + first
    assert sheet.cell(row=row, column=6).value == 6050  # June's figure, the last one before July
    assert "Cách điền" in book["Hướng dẫn"]["A1"].value


def test_a_filled_template_is_previewed_imported_once_and_then_changes_nothing(demo):
    data = filled(values_template(ward(), PERIOD), FILLED)
    preview = run(data)
    assert preview.problems == []
    assert {line.indicator.code: line.change for line in preview.lines} == dict.fromkeys(FILLED, Change.NEW)
    assert DataValue.objects.filter(unit=ward(), period_id=PERIOD).count() == 0

    run(data, apply=True)
    stored = {
        v.indicator.code: v.value
        for v in DataValue.objects.filter(unit=ward(), period_id=PERIOD).select_related("indicator")
    }
    assert stored == {code: Decimal(value) for code, value in FILLED.items()}
    revisions = DataValueRevision.objects.filter(data_value__unit=ward(), data_value__period_id=PERIOD)
    assert revisions.count() == 3
    assert {r.reason for r in revisions} == {import_reason("mau.xlsx")} == {"Nhập từ tệp mau.xlsx"}
    assert {r.changed_by.username for r in revisions} == {"bennghe.baocao"}

    before = data_checksum()
    again = run(data, apply=True)
    assert {line.change for line in again.lines} == {Change.UNCHANGED}
    assert data_checksum() == before


def test_a_changed_value_shows_old_and_new(demo):
    run(filled(values_template(ward(), PERIOD), FILLED), apply=True)
    fresh = values_template(ward(), PERIOD)  # now carries the stored values
    changed = run(filled(fresh, {"KTXH-01": 175}))
    lines = {line.indicator.code: line for line in changed.lines}
    assert lines["KTXH-01"].change == Change.CHANGED
    assert (lines["KTXH-01"].old, lines["KTXH-01"].value) == (Decimal(150), Decimal(175))
    assert lines["GN-SHN"].change == Change.UNCHANGED
    run(filled(fresh, {"KTXH-01": 175}), apply=True)
    value = DataValue.objects.get(unit=ward(), period_id=PERIOD, indicator__code="KTXH-01")
    assert (value.value, value.version) == (Decimal(175), 2)


def test_a_preview_confirmed_after_someone_else_saved_is_refused(demo):
    from chitieu.imports.sheets import ImportRefused

    data = filled(values_template(ward(), PERIOD), FILLED)
    preview = run(data)
    run(filled(values_template(ward(), PERIOD), {"KTXH-01": 1}), apply=True)
    before = data_checksum()
    with pytest.raises(ImportRefused) as raised:
        run(data, apply=True, expected_digest=preview.digest)
    assert raised.value.code == "plan_changed"
    assert data_checksum() == before


def test_a_csv_in_vietnamese_notation_is_imported(demo):
    text = "Mã chỉ tiêu;Giá trị;Loại số liệu\nKTXH-01;1.250;thực hiện\nGN-TSH;6.100,5;ước thực hiện\n"
    plan = run(text.encode(), apply=True, name="so-lieu.csv", notation="vi")
    assert plan.problems == []
    stored = {
        (v.indicator.code, v.kind): v.value
        for v in DataValue.objects.filter(unit=ward(), period_id=PERIOD).select_related("indicator")
    }
    assert stored == {("KTXH-01", 1): Decimal(1250), ("GN-TSH", 0): Decimal("6100.5")}


def test_numbers_typed_as_text_follow_the_templates_declared_notation(demo):
    data = filled(values_template(ward(), PERIOD), {"KTXH-01": "1.234", "GN-TSH": "6.100"})
    lines = {line.indicator.code: line.value for line in run(data).lines}
    assert lines == {"KTXH-01": Decimal(1234), "GN-TSH": Decimal(6100)}


def test_the_targets_and_work_items_templates_have_their_rows(demo):
    dept = OrgUnit.objects.get(code="SO-LDTBXH")
    targets = openpyxl.load_workbook(io.BytesIO(targets_template(dept, 2022)))
    sheet = targets["Chỉ tiêu giao"]
    assert sheet.max_row - HEADER_ROW == 23
    assert sheet.cell(row=HEADER_ROW, column=6).value == "Kế hoạch"
    assert sheet.cell(row=HEADER_ROW + 1, column=6).protection.locked is False
    items = openpyxl.load_workbook(io.BytesIO(work_items_template(dept, 2022)))
    assert items["Nhiệm vụ"].max_row - HEADER_ROW == 42
    assert {r[0]: r[1] for r in items["_chitieu"].iter_rows(values_only=True)}["mau"] == "nhiem_vu"
