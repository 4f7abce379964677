"""The term targets template on the demo: exported, filled in, previewed, imported, refused cell by cell."""

from __future__ import annotations

import io
from decimal import Decimal
from io import StringIO

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from chitieu.imports.plans import apply_term_targets_import, plan_term_targets_import
from chitieu.imports.sheets import Change, ImportRefused
from chitieu.imports.templates import HEADER_ROW, TERM_TARGETS_SHEET, term_targets_template
from chitieu.planning.models import Term, TermMilestone, TermTarget

pytestmark = pytest.mark.django_db
SHEET = TERM_TARGETS_SHEET  # "Chỉ tiêu nhiệm kỳ"
# the columns: A code, B name, C unit, D direction, E measure, F term target, G upper bound,
# H baseline, I–M the milestones of 2021–2025, N note
TARGET, BASELINE, MILESTONE_2025, NOTE = 6, 8, 13, 14


@pytest.fixture
def term(demo):
    return Term.objects.get(unit__code="SO-LDTBXH", start_year=2020)


@pytest.fixture
def planner(demo):
    return get_user_model().objects.get(username="so.kehoach")


def filled(template: bytes, values: dict[str, dict[int, object]], extra: list[list[object]] = ()) -> bytes:
    """The template with cells typed in (by indicator code, then column) and rows added below."""
    book = openpyxl.load_workbook(io.BytesIO(template))
    sheet = book[SHEET]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        for column, value in values.get(sheet.cell(row=row, column=1).value, {}).items():
            sheet.cell(row=row, column=column, value=value)
    for cells in extra:
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def snapshot(term: Term) -> list[tuple]:
    targets = TermTarget.objects.filter(term=term).order_by("id")
    rows = list(
        targets.values_list("id", "indicator_id", "measure", "target", "target_high", "baseline", "note")
    )
    milestones = TermMilestone.objects.filter(term_target__term=term).order_by("term_target_id", "year")
    return rows + list(milestones.values_list("term_target_id", "year", "value"))


def test_the_template_holds_the_terms_targets_and_milestones(term):
    sheet = openpyxl.load_workbook(io.BytesIO(term_targets_template(term)))[SHEET]
    assert sheet["A1"].value == "MẪU CHỈ TIÊU NHIỆM KỲ 2020–2025"
    headers = [cell.value for cell in sheet[HEADER_ROW]]
    assert headers[4:9] == [
        "Cách tính",
        "Chỉ tiêu nhiệm kỳ",
        "Cận trên",
        "Giá trị đầu nhiệm kỳ",
        "Mốc năm 2021",
    ]
    assert headers[-2:] == ["Mốc năm 2025", "Ghi chú"]
    jobs = [cell.value for cell in sheet[HEADER_ROW + 1]]
    assert jobs[0] == "KTXH-01" and jobs[4] == "cộng dồn cả nhiệm kỳ"
    assert (jobs[5], jobs[9]) == (1500000, 570000)  # the term's total, the 2022 milestone
    codes = [sheet.cell(row=r, column=1).value for r in range(HEADER_ROW + 1, sheet.max_row + 1)]
    assert len(codes) == 9 and "XDD-02" in codes


def test_an_unchanged_template_imports_nothing(term, planner):
    data = term_targets_template(term)
    before = snapshot(term)
    done = apply_term_targets_import(data=data, name="nk.xlsx", term=term, user=planner)
    assert done.problems == [] and done.to_write == []
    assert done.count(Change.UNCHANGED) == 9
    assert snapshot(term) == before


def test_term_targets_round_trip(term, planner):
    data = filled(
        term_targets_template(term),
        {
            "KTXH-01": {TARGET: "1.600.000", MILESTONE_2025: 1600000},  # typed the Vietnamese way
            "XDD-02": {BASELINE: 1160, NOTE: "theo Nghị quyết"},
        },
        extra=[["KTXH-03", None, None, None, None, 300000]],  # a new one, its measure by default
    )
    args = {"data": data, "name": "nk.xlsx", "term": term, "user": planner}
    before = snapshot(term)
    plan = plan_term_targets_import(**args)
    assert plan.problems == []
    changes = {line.indicator.code: line.change for line in plan.lines}
    assert changes["KTXH-01"] == changes["XDD-02"] == Change.CHANGED
    assert changes["KTXH-03"] == Change.NEW and changes["KTXH-02"] == Change.UNCHANGED
    jobs = next(line for line in plan.lines if line.indicator.code == "KTXH-01")
    assert jobs.old[1] == Decimal(1500000) and jobs.new[1] == Decimal(1600000)
    assert snapshot(term) == before  # the dry run kept nothing

    apply_term_targets_import(**args, expected_digest=plan.digest)
    jobs = TermTarget.objects.get(term=term, indicator__code="KTXH-01")
    assert jobs.target == Decimal(1600000)
    assert dict(jobs.milestones.values_list("year", "value")) == {
        2021: Decimal(270000),
        2022: Decimal(570000),
        2023: Decimal(880000),
        2024: Decimal(1190000),
        2025: Decimal(1600000),
    }
    members = TermTarget.objects.get(term=term, indicator__code="XDD-02")
    assert (members.baseline, members.note) == (Decimal(1160), "theo Nghị quyết")
    trained = TermTarget.objects.get(term=term, indicator__code="KTXH-03")
    assert (trained.measure, trained.target) == ("cumulative", Decimal(300000))

    after = snapshot(term)
    again = apply_term_targets_import(**args)
    assert again.to_write == [] and snapshot(term) == after


@pytest.mark.parametrize(
    ("code", "column", "value", "letter", "reason"),
    [
        ("KTXH-02", TARGET, "nhiều", "F", "'nhiều' không phải là số."),
        ("KTXH-02", 5, "bình quân", "E", "cách tính “bình quân” không hợp lệ"),
        ("KTXH-02", TARGET, 0, "F", "không thể có kế hoạch bằng 0"),  # refused by set_term_target
    ],
)
def test_a_bad_cell_is_named_by_sheet_row_and_column_and_nothing_is_written(
    term, planner, code, column, value, letter, reason
):
    data = filled(term_targets_template(term), {"KTXH-01": {TARGET: 1600000}, code: {column: value}})
    args = {"data": data, "name": "nk.xlsx", "term": term, "user": planner}
    [problem] = plan_term_targets_import(**args).problems
    assert (problem.sheet, problem.row, problem.column) == ("Chỉ tiêu nhiệm kỳ", HEADER_ROW + 2, letter)
    assert reason in problem.reason_vi
    before = snapshot(term)
    with pytest.raises(ImportRefused) as refused:
        apply_term_targets_import(**args)
    said = refused.value.message("vi")
    assert said.startswith("Không nhập số liệu nào: có 1 dòng bị từ chối.")
    assert f"Trang tính “Chỉ tiêu nhiệm kỳ”, dòng {HEADER_ROW + 2}, cột {letter}: " in said
    assert snapshot(term) == before


def test_a_reporter_may_not_set_the_terms_targets(term):
    reporter = get_user_model().objects.get(username="so.baocao")
    data = filled(term_targets_template(term), {"KTXH-01": {TARGET: 1600000}})
    plan = plan_term_targets_import(data=data, name="nk.xlsx", term=term, user=reporter)
    assert {p.code for p in plan.problems} == {"not_planner"}
    assert "bạn không có vai trò lập kế hoạch tại đơn vị SO-LDTBXH" in plan.problems[0].reason_vi


def test_another_terms_template_is_refused(term, planner):
    newer = Term.objects.get(unit=term.unit, start_year=2025)
    with pytest.raises(ImportRefused) as refused:
        plan_term_targets_import(data=term_targets_template(newer), name="nk.xlsx", term=term, user=planner)
    assert (
        refused.value.message("vi") == "Mẫu này dành cho nhiệm kỳ 2025-2030, không phải nhiệm kỳ 2020-2025."
    )


def test_the_commands_export_and_import_the_term_targets(term, tmp_path):
    path = tmp_path / "nk.xlsx"
    out = StringIO()
    call_command(
        "export_template",
        "--unit=SO-LDTBXH",
        "--kind=term-targets",
        "--term=2020-2025",
        f"--out={path}",
        stdout=out,
    )
    path.write_bytes(filled(path.read_bytes(), {"CM-03": {TARGET: "3,8"}}))
    out = StringIO()
    call_command("import_values", str(path), "--unit=SO-LDTBXH", "--user=so.kehoach", "--dry-run", stdout=out)
    shown = out.getvalue()
    assert (
        "SO-LDTBXH · 2020–2025 · CM-03: đến cuối nhiệm kỳ: 4 / — / — → đến cuối nhiệm kỳ: 3.8 / — / — (sửa)"
        in shown
    )
    assert shown.endswith("Xem trước: 0 mới, 1 sửa, 8 không đổi, 0 bị từ chối.\n")
    assert TermTarget.objects.get(term=term, indicator__code="CM-03").target == 4

    out = StringIO()
    call_command("import_values", str(path), "--unit=SO-LDTBXH", "--user=so.kehoach", stdout=out)
    assert out.getvalue().endswith("Đã nhập 1 chỉ tiêu nhiệm kỳ.\n")
    assert TermTarget.objects.get(term=term, indicator__code="CM-03").target == Decimal("3.8")


@pytest.mark.parametrize(
    ("term_option", "message"),
    [
        ([], "Cần --term cho mẫu chỉ tiêu nhiệm kỳ (ví dụ: --term 2020-2025)."),
        (
            ["--term=2015-2020"],
            "Đơn vị SO-LDTBXH không có nhiệm kỳ 2015–2020 (các nhiệm kỳ: 2020–2025,",
        ),
        (["--term=20"], "'20' không phải là nhiệm kỳ"),
    ],
)
def test_the_export_says_which_terms_there_are(demo, tmp_path, term_option, message):
    with pytest.raises(CommandError) as refused:
        call_command(
            "export_template",
            "--unit=SO-LDTBXH",
            "--kind=term-targets",
            *term_option,
            f"--out={tmp_path / 'x'}",
        )
    assert message in str(refused.value)
