"""Names that start like a formula stay text in every Excel template and in the scorecard's CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command

from chitieu.core.text import csv_cell, looks_like_formula
from chitieu.imports.plans import plan_targets_import, plan_work_items_import
from chitieu.imports.sheets import Change
from chitieu.imports.templates import HEADER_ROW, targets_template, values_template, work_items_template
from chitieu.imports.values import apply_import, plan_import
from chitieu.monitoring.models import DataValue
from chitieu.planning.models import IndicatorGroup, Target, WorkItem

HYPERLINK = '=HYPERLINK("http://x","y")'
NAMES = [HYPERLINK, "+1+1", "@SUM(A1)", "-2+3", "\tTAB"]
PERIOD = "2022M07"
ON_TIME = date(2022, 7, 10)


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        (HYPERLINK, "'" + HYPERLINK),
        ("+1+1", "'+1+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("Giải quyết việc làm", "Giải quyết việc làm"),
        ("a=b", "a=b"),
        ("-3", "-3"),  # a negative figure stays a number
        ("-1.218,5", "-1.218,5"),
        ("-3 – 5", "-3 – 5"),  # a band
        ("", ""),
    ],
)
def test_a_csv_cell_that_starts_like_a_formula_gets_a_quote(text, safe):
    assert csv_cell(text) == safe
    assert looks_like_formula(text) == text.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.fixture
def formula_names(small):
    """Every name a template writes starts like a formula: indicators, units, work items, notes.

    Notes and results hold the names without the tab: the import strips the spaces around a text.
    """
    small.ward_a.name = HYPERLINK
    small.ward_a.save()
    small.jobs.name = HYPERLINK
    small.jobs.unit_of_measure = "@SUM(A1)"
    small.jobs.save()
    group = IndicatorGroup.objects.create(code="G2", name="+1+1")
    for number, name in enumerate(NAMES[1:], start=1):
        indicator = small.jobs.__class__.objects.create(
            code=f"F{number}", name=name, group=group, unit_of_measure=name, order=10 + number
        )
        Target.objects.create(
            indicator=indicator, unit=small.ward_a, year=2022, target=Decimal(10), note=name.strip()
        )
    Target.objects.filter(indicator=small.jobs, unit=small.ward_a).update(note=HYPERLINK)
    for number, name in enumerate(NAMES, start=1):
        WorkItem.objects.create(
            kind="task",
            code=f"NV-{number}",
            title=name,
            year=2022,
            lead_unit=small.ward_a,
            result_note=name.strip(),  # the import strips the spaces around a text
        )
    return small


def written_texts(data: bytes, sheet_name: str) -> dict[str, openpyxl.cell.cell.Cell]:
    """Every cell of the sheet holding one of the names, by its text."""
    sheet = openpyxl.load_workbook(io.BytesIO(data))[sheet_name]
    return {
        cell.value: cell
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value in NAMES
    }


def assert_written_as_text(data: bytes, sheet_name: str, expected: set[str]) -> None:
    cells = written_texts(data, sheet_name)
    assert set(cells) >= expected
    for text, cell in cells.items():
        assert cell.data_type == "s", f"{text!r} is stored as {cell.data_type!r}, not as text"
        assert cell.quotePrefix, f"{text!r} has no quote prefix"


def test_the_values_template_writes_formula_like_names_as_text(formula_names, today):
    today(ON_TIME)
    data = values_template(formula_names.ward_a, PERIOD)
    assert_written_as_text(data, "Số liệu", set(NAMES))


def test_the_targets_template_writes_formula_like_names_as_text(formula_names):
    data = targets_template(formula_names.ward_a, 2022)
    assert_written_as_text(data, "Chỉ tiêu giao", set(NAMES))


def test_the_work_items_template_writes_formula_like_names_as_text(formula_names):
    data = work_items_template(formula_names.ward_a, 2022)
    assert_written_as_text(data, "Nhiệm vụ", set(NAMES))


def test_a_values_template_with_formula_like_names_imports_back(formula_names, today):
    today(ON_TIME)
    book = openpyxl.load_workbook(io.BytesIO(values_template(formula_names.ward_a, PERIOD)))
    sheet = book["Số liệu"]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        if sheet.cell(row=row, column=2).value == "JOBS":
            sheet.cell(row=row, column=7, value=1218)
    buffer = io.BytesIO()
    book.save(buffer)
    args = {
        "data": buffer.getvalue(),
        "name": "mau.xlsx",
        "unit": formula_names.ward_a,
        "period_id": PERIOD,
        "user": formula_names.reporter_a,
        "today": ON_TIME,
    }
    preview = plan_import(**args)
    assert preview.problems == []
    apply_import(**args, expected_digest=preview.digest)
    assert DataValue.objects.get(indicator=formula_names.jobs, unit=formula_names.ward_a).value == 1218


def test_targets_and_work_items_with_formula_like_names_import_back_unchanged(formula_names):
    unit, user = formula_names.ward_a, formula_names.admin
    targets = plan_targets_import(
        data=targets_template(unit, 2022), name="giao.xlsx", unit=unit, year=2022, user=user
    )
    assert targets.problems == []
    assert {line.change for line in targets.lines} == {Change.UNCHANGED}
    items = plan_work_items_import(
        data=work_items_template(unit, 2022), name="nv.xlsx", unit=unit, year=2022, user=user
    )
    assert items.problems == []
    assert len(items.lines) == len(NAMES)
    assert {line.change for line in items.lines} == {Change.UNCHANGED}


def test_the_scorecard_csv_quotes_formula_like_names(formula_names):
    out = io.StringIO()
    call_command("scorecard", unit="W-A", year=2022, format="csv", stdout=out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    by_code = {row[0]: row for row in rows[1:]}
    assert by_code["JOBS"][1] == "'" + HYPERLINK
    assert by_code["JOBS"][2] == "'@SUM(A1)"
    assert by_code["F1"][1] == "'+1+1"
    assert by_code["F2"][1] == "'@SUM(A1)"
    assert by_code["F3"][1] == "'-2+3"
    assert all(csv_cell(cell) == cell for row in rows for cell in row)  # nothing left to neutralise
