"""Nhập mẫu giao chỉ tiêu và mẫu cập nhật nhiệm vụ: the targets and work items templates, uploaded back.

The same shape as :mod:`chitieu.imports.values` for results: a dry run lists every row as new,
changed (old → new), unchanged or refused (sheet, row, column, reason in both languages); the
import does the dry run again in one transaction and writes everything — through
:func:`chitieu.planning.services.set_target` and :func:`~chitieu.planning.services.update_work_item`
— or nothing. Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction

from chitieu.core.errors import DomainError
from chitieu.core.evaluation import Plan as CorePlan
from chitieu.core.evaluation import PlanError, check_plan
from chitieu.core.numbers import Notation, NumberLimitError
from chitieu.core.periods import check_year
from chitieu.imports.reading import Spreadsheet, read_spreadsheet
from chitieu.imports.sheets import (
    Change,
    Changes,
    ImportRefused,
    Problem,
    RowRefused,
    cell_code,
    cell_date,
    cell_getter,
    cell_number,
    cell_shown,
    cell_whole_number,
    column_letter,
    declared_notation,
    find_header,
    import_reason,
)
from chitieu.imports.templates import (
    CODE_HEADER,
    TARGETS_SHEET,
    UNIT_HEADER,
    WORK_ITEMS_SHEET,
    Kind,
)
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Indicator, Target, WorkItem
from chitieu.planning.services import set_target, update_work_item

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


TEMPLATE_NAMES = {
    Kind.TARGETS: ("targets", "mẫu giao chỉ tiêu"),
    Kind.WORK_ITEMS: ("work items", "mẫu cập nhật nhiệm vụ"),
}
_TARGET_HEADERS = {
    "unit": (UNIT_HEADER, "ma_don_vi", "ma don vi", "unit", "unit code"),
    "code": (CODE_HEADER, "ma_chi_tieu", "ma chi tieu", "indicator", "indicator code"),
    "target": ("Kế hoạch", "ke_hoach", "ke hoach", "target"),
    "target_high": ("Cận trên", "can_tren", "can tren", "upper bound"),
    "baseline": ("Giá trị gốc", "gia_tri_goc", "gia tri goc", "baseline"),
    "note": ("Ghi chú", "ghi_chu", "ghi chu", "note"),
}
_WORK_ITEM_HEADERS = {
    "id": ("Số thứ tự", "id", "stt"),
    "code": ("Mã", "ma", "code"),
    "completed_on": ("Ngày hoàn thành", "ngay_hoan_thanh", "ngay hoan thanh", "completed on"),
    "result": ("Kết quả", "ket_qua", "ket qua", "result"),
}
MAX_NOTE = 10_000


@dataclass(frozen=True)
class TargetRow:
    """One targets row that can be imported: the plan (target, upper bound, baseline, note) new and old."""

    row: int
    column: str
    unit: OrgUnit
    indicator: Indicator
    new: tuple[Decimal | None, Decimal | None, Decimal | None, str]
    old: tuple[Decimal | None, Decimal | None, Decimal | None, str] | None
    change: str

    @staticmethod
    def shown(values: tuple[Any, ...] | None) -> str:
        if values is None:
            return "—"
        numbers = ["—" if v is None else format(v.normalize(), "f") for v in values[:3]]
        return " / ".join(numbers) + (f" ({values[3]})" if values[3] else "")


@dataclass(frozen=True)
class WorkItemRow:
    """One work items row: completion date and result, new and old."""

    row: int
    column: str
    item: WorkItem
    new: tuple[date | None, str]
    old: tuple[date | None, str]
    change: str

    @staticmethod
    def shown(values: tuple[date | None, str]) -> str:
        day = values[0].strftime("%d/%m/%Y") if values[0] else "—"
        return f"{day}" + (f" ({values[1]})" if values[1] else "")


@dataclass
class PlanningPreview(Changes):
    """The dry run of a targets or work items import."""

    kind: str
    name: str
    sheet: str
    unit: OrgUnit
    year: int
    lines: list[Any] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def digest(self) -> str:
        parts = [f"{ln.row}|{ln.new}|{ln.old}" for ln in self.lines]
        parts += [f"!{p.row}|{p.column}|{p.code}" for p in self.problems]
        return hashlib.sha256("\n".join([self.kind, *parts]).encode()).hexdigest()


def declared_kind(data: bytes, name: str) -> str | None:
    """The template kind (``mau``) a file declares, or None (a CSV file, a workbook without it)."""
    return read_spreadsheet(data, name=name).metadata.get("mau") or None


# --- targets ----------------------------------------------------------------------------------


def plan_targets_import(
    *,
    data: bytes,
    name: str,
    unit: OrgUnit,
    year: int,
    user: AbstractBaseUser | None,
    notation: Notation | str | None = None,
) -> PlanningPreview:
    """The dry run of a targets file (nothing written). ``user`` None is the system.

    Raises :class:`~chitieu.core.periods.PeriodError` for a year outside 1900–2999.
    """
    check_year(year)
    sheet = read_spreadsheet(data, name=name, sheet_name=TARGETS_SHEET)
    declared = _check_declarations(sheet, Kind.TARGETS, unit, year)
    chosen = Notation(declared) if declared else (Notation(notation) if notation else None)
    plan = PlanningPreview(kind=Kind.TARGETS, name=name, sheet=sheet.sheet, unit=unit, year=year)
    header_at, columns = find_header(sheet, _TARGET_HEADERS, {"code", "target"})
    rows = []
    for number, cells in sheet.rows[header_at + 1 :]:
        at = cell_getter(columns, cells)
        code_cell = at("code")
        numbers = [at(key) for key in ("target", "target_high", "baseline")]
        if all(c.kind == "empty" for c in numbers):
            continue  # a row left blank: nothing planned, nothing cleared
        before = len(plan.problems)
        refuse = _refuser(plan, columns, number)
        values = [
            None if c.kind == "empty" else cell_number(c, chosen, lambda e, k=key, r=refuse: r(e, k))
            for c, key in zip(numbers, ("target", "target_high", "baseline"), strict=True)
        ]
        for value, key in zip(values, ("target", "target_high", "baseline"), strict=True):
            try:
                Target.check_numbers(value)
            except NumberLimitError as error:
                refuse(error, key)
        code = cell_code(code_cell)
        if code_cell.kind == "empty":
            refuse(RowRefused("missing_code"), "code")
        elif code is None:
            refuse(RowRefused("bad_code", text=cell_shown(code_cell)), "code")
        unit_cell = at("unit")
        unit_code = cell_code(unit_cell) if unit_cell.kind != "empty" else None
        if unit_cell.kind != "empty" and unit_code is None:
            refuse(RowRefused("unit_not_allowed", code=cell_shown(unit_cell), unit=unit.code), "unit")
        note_cell = at("note")
        note = "" if note_cell.kind == "empty" else str(note_cell.value).strip()
        if len(note) > MAX_NOTE:
            refuse(RowRefused("text_too_long", limit=MAX_NOTE), "note")
        if len(plan.problems) > before or code is None:
            continue
        rows.append((number, unit_code, code, tuple(values), note))

    indicators = {i.code: i for i in Indicator.objects.filter(code__in={r[2] for r in rows})}
    units = {unit.code: unit}
    wanted = {r[1] for r in rows if r[1]} - {unit.code}
    if wanted:
        units.update({u.code: u for u in OrgUnit.objects.subtree_of(unit).filter(code__in=wanted)})
    allowed: dict[int, bool] = {}
    current = {
        (t.unit_id, t.indicator_id): t
        for t in _locked(Target.objects.filter(year=year, unit__in=list(units.values())))
    }
    first_row: dict[tuple[int, int], int] = {}
    for number, unit_code, code, values, note in rows:
        refuse = _refuser(plan, columns, number)
        here = units.get(unit_code or unit.code)
        if here is None:
            refuse(RowRefused("unit_not_allowed", code=unit_code, unit=unit.code), "unit")
            continue
        if here.pk not in allowed:
            allowed[here.pk] = user is None or has_role(user, here, [Role.PLANNER])
        if not allowed[here.pk]:
            refuse(RowRefused("not_planner", unit=here.code), "unit" if "unit" in columns else "code")
            continue
        indicator = indicators.get(code)
        if indicator is None:
            refuse(RowRefused("unknown_indicator", code=code), "code")
            continue
        target, high, baseline = values
        try:
            check_plan(
                indicator.rule(), CorePlan(target, high, baseline), indicator.code, indicator.allow_negative
            )
        except PlanError as error:
            refuse(error, "target")
            continue
        key = (here.pk, indicator.pk)
        if key in first_row:
            refuse(RowRefused("duplicate_target", first=first_row[key]), "code")
            continue
        first_row[key] = number
        stored = current.get(key)
        new = (target, high, baseline, note)
        old = None if stored is None else (stored.target, stored.target_high, stored.baseline, stored.note)
        change = Change.NEW if old is None else Change.UNCHANGED if old == new else Change.CHANGED
        plan.lines.append(
            TargetRow(number, column_letter(columns["target"]), here, indicator, new, old, change)
        )
    return plan


@transaction.atomic
def apply_targets_import(
    *,
    data: bytes,
    name: str,
    unit: OrgUnit,
    year: int,
    user: AbstractBaseUser | None,
    notation: Notation | str | None = None,
    expected_digest: str | None = None,
) -> PlanningPreview:
    """Import a targets file: every new and changed plan through ``set_target``, or nothing."""
    plan = plan_targets_import(data=data, name=name, unit=unit, year=year, user=user, notation=notation)
    plan.refuse_if_problems(expected_digest)
    for line in plan.to_write:
        target, high, baseline, note = line.new
        try:
            set_target(
                indicator=line.indicator,
                unit=line.unit,
                year=year,
                target=target,
                target_high=high,
                baseline=baseline,
                note=note,
            )
        except PlanError as error:  # checked in the dry run; refused as a whole all the same
            problem = Problem.of(error, plan.sheet, line.row, line.column)
            raise ImportRefused(
                "problems",
                problems=[problem],
                count=1,
                first=problem.message("en"),
                first_vi=problem.message("vi"),
            ) from error
    return plan


# --- work items -------------------------------------------------------------------------------


def plan_work_items_import(
    *, data: bytes, name: str, unit: OrgUnit, year: int, user: AbstractBaseUser | None
) -> PlanningPreview:
    """The dry run of a work items file: completion date and result of the unit's work items."""
    check_year(year)
    sheet = read_spreadsheet(data, name=name, sheet_name=WORK_ITEMS_SHEET)
    _check_declarations(sheet, Kind.WORK_ITEMS, unit, year)
    plan = PlanningPreview(kind=Kind.WORK_ITEMS, name=name, sheet=sheet.sheet, unit=unit, year=year)
    header_at, columns = find_header(sheet, _WORK_ITEM_HEADERS, {"completed_on", "result"})
    if "id" not in columns and "code" not in columns:
        raise ImportRefused(
            "no_header", sheet=sheet.sheet, columns="“Số thứ tự”/“Mã”, “Ngày hoàn thành”, “Kết quả”"
        )
    may_edit = user is None or has_role(user, unit, [Role.PLANNER, Role.REPORTER, Role.APPROVER])
    items = {item.pk: item for item in _locked(WorkItem.objects.for_year(year).led_by(unit))}
    by_code = {item.code: item for item in items.values() if item.code}
    first_row: dict[int, int] = {}
    id_column = "id" if "id" in columns else "code"
    for number, cells in sheet.rows[header_at + 1 :]:
        at = cell_getter(columns, cells)
        id_cell, code_cell = at("id"), at("code")
        date_cell, result_cell = at("completed_on"), at("result")
        if all(c.kind == "empty" for c in (id_cell, code_cell, date_cell, result_cell)):
            continue
        refuse = _refuser(plan, columns, number)
        if not may_edit:
            refuse(RowRefused("not_work_item_editor", unit=unit.code), id_column)
            continue
        item = None
        number_given = cell_whole_number(id_cell)
        if number_given is not None:
            item = items.get(number_given)
        if item is None and id_cell.kind == "empty":
            item = by_code.get(cell_code(code_cell) or "")
        if item is None:
            shown = cell_shown(id_cell if id_cell.kind != "empty" else code_cell)
            refuse(RowRefused("unknown_work_item", text=shown, unit=unit.code, year=year), id_column)
            continue
        before = len(plan.problems)
        completed_on = cell_date(date_cell, lambda e, r=refuse: r(e, "completed_on"))
        result = "" if result_cell.kind == "empty" else str(result_cell.value).strip()
        if len(result) > MAX_NOTE:
            refuse(RowRefused("text_too_long", limit=MAX_NOTE), "result")
        if len(plan.problems) > before:
            continue
        if item.pk in first_row:
            refuse(RowRefused("duplicate_work_item", first=first_row[item.pk]), id_column)
            continue
        first_row[item.pk] = number
        new, old = (completed_on, result), (item.completed_on, item.result_note)
        change = Change.UNCHANGED if new == old else Change.CHANGED
        plan.lines.append(WorkItemRow(number, column_letter(columns["completed_on"]), item, new, old, change))
    return plan


@transaction.atomic
def apply_work_items_import(
    *,
    data: bytes,
    name: str,
    unit: OrgUnit,
    year: int,
    user: AbstractBaseUser | None,
    expected_digest: str | None = None,
) -> PlanningPreview:
    """Import a work items file: each changed row via ``update_work_item`` (with a revision), or nothing."""
    plan = plan_work_items_import(data=data, name=name, unit=unit, year=year, user=user)
    plan.refuse_if_problems(expected_digest)
    for line in plan.to_write:
        update_work_item(
            item=line.item,
            completed_on=line.new[0],
            result_note=line.new[1],
            user=user,
            reason=import_reason(name),
        )
    return plan


# --- shared -----------------------------------------------------------------------------------


def _locked(queryset: Any) -> Any:
    if transaction.get_connection().in_atomic_block:
        return queryset.select_for_update()
    return queryset


def _check_declarations(sheet: Spreadsheet, kind: str, unit: OrgUnit, year: int) -> str | None:
    """The template kind must be ``kind``; the rest as every template (:func:`declared_notation`)."""
    found = sheet.metadata.get("mau", kind)
    if found != kind:
        english, vietnamese = TEMPLATE_NAMES[kind]
        raise ImportRefused("not_this_template", found=found, expected=english, expected_vi=vietnamese)
    return declared_notation(sheet, unit_code=unit.code, period=("nam", str(year), "wrong_year"))


def _refuser(plan: PlanningPreview, columns: dict[str, int], number: int) -> Any:
    def refuse(error: DomainError, key: str) -> None:
        index = columns.get(key)
        plan.problems.append(
            Problem.of(error, plan.sheet, number, None if index is None else column_letter(index))
        )

    return refuse
