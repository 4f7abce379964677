"""Nhập mẫu giao chỉ tiêu, mẫu chỉ tiêu nhiệm kỳ và mẫu cập nhật nhiệm vụ: the planning templates,
uploaded back.

The same shape as :mod:`chitieu.imports.values` for results: a dry run lists every row as new,
changed (old → new), unchanged or refused (sheet, row, column, reason in both languages); the
import does the dry run again in one transaction and writes everything — through
:func:`chitieu.planning.services.set_target`, :func:`~chitieu.planning.services.set_term_target`
and :func:`~chitieu.planning.services.update_work_item` — or nothing. Importing the same file twice
changes nothing the second time.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction

from chitieu.core import terms as core_terms
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
    normalised,
)
from chitieu.imports.templates import (
    CODE_HEADER,
    MEASURE_HEADER,
    TARGETS_SHEET,
    TERM_BASELINE_HEADER,
    TERM_TARGET_HEADER,
    TERM_TARGETS_SHEET,
    UNIT_HEADER,
    WORK_ITEMS_SHEET,
    Kind,
    milestone_header,
    term_key,
)
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Indicator, Target, Term, TermTarget, WorkItem
from chitieu.planning.services import set_target, set_term_target, update_work_item

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


TEMPLATE_NAMES = {
    Kind.TARGETS: ("targets", "mẫu giao chỉ tiêu"),
    Kind.WORK_ITEMS: ("work items", "mẫu cập nhật nhiệm vụ"),
    Kind.TERM_TARGETS: ("term targets", "mẫu chỉ tiêu nhiệm kỳ"),
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


# --- term targets -----------------------------------------------------------------------------

_TERM_NUMBERS = ("target", "target_high", "baseline")


@dataclass(frozen=True)
class TermTargetRow:
    """One term targets row that can be imported: measure, target, upper bound, baseline, milestones
    (year and value, in order) and note, new and old."""

    row: int
    column: str
    indicator: Indicator
    new: tuple[str, Decimal | None, Decimal | None, Decimal | None, tuple[tuple[int, Decimal], ...], str]
    old: (
        tuple[str, Decimal | None, Decimal | None, Decimal | None, tuple[tuple[int, Decimal], ...], str]
        | None
    )
    change: str

    @staticmethod
    def shown(values: tuple[Any, ...] | None) -> str:
        if values is None:
            return "—"
        measure, *numbers = values[:4]
        text = " / ".join("—" if v is None else format(v.normalize(), "f") for v in numbers)
        text = f"{core_terms.TermMeasure(measure).label('vi')}: {text}"
        if values[4]:
            text += " [" + ", ".join(f"{year}: {format(v.normalize(), 'f')}" for year, v in values[4]) + "]"
        return text + (f" ({values[5]})" if values[5] else "")


@dataclass
class TermTargetsPreview(Changes):
    """The dry run of a term targets import."""

    name: str
    sheet: str
    term: Term
    kind: str = Kind.TERM_TARGETS
    lines: list[TermTargetRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def unit(self) -> OrgUnit:
        return self.term.unit

    @property
    def digest(self) -> str:
        parts = [f"{ln.row}|{ln.new}|{ln.old}" for ln in self.lines]
        parts += [f"!{p.row}|{p.column}|{p.code}" for p in self.problems]
        return hashlib.sha256("\n".join([self.kind, *parts]).encode()).hexdigest()


def _measures() -> dict[str, str]:
    """Each way a measure may be written (Vietnamese and English labels, codes) → its code."""
    return {
        normalised(name): measure.value
        for measure in core_terms.TermMeasure
        for name in (measure.label("vi"), measure.label("en"), measure.value)
    }


def plan_term_targets_import(
    *,
    data: bytes,
    name: str,
    term: Term,
    user: AbstractBaseUser | None,
    notation: Notation | str | None = None,
) -> TermTargetsPreview:
    """The dry run of a term targets file (nothing kept). ``user`` None is the system.

    Every row is tried through :func:`~chitieu.planning.services.set_term_target` inside a
    savepoint rolled back at the end, so that a row is refused by the service's own rules.
    """
    sheet = read_spreadsheet(data, name=name, sheet_name=TERM_TARGETS_SHEET)
    unit = term.unit
    declared = _check_term_declarations(sheet, term)
    chosen = Notation(declared) if declared else (Notation(notation) if notation else None)
    plan = TermTargetsPreview(name=name, sheet=sheet.sheet, term=term)
    years = list(term.span.years)
    headers = {
        "code": (CODE_HEADER, "ma_chi_tieu", "ma chi tieu", "indicator", "indicator code"),
        "measure": (MEASURE_HEADER, "cach_tinh", "cach tinh", "measure"),
        "target": (TERM_TARGET_HEADER, "chi_tieu_nhiem_ky", "term target", "target"),
        "target_high": ("Cận trên", "can_tren", "can tren", "upper bound"),
        "baseline": (TERM_BASELINE_HEADER, "gia_tri_dau_nhiem_ky", "baseline"),
        **{f"m{year}": (milestone_header(year), f"moc_{year}", f"milestone {year}") for year in years},
        "note": ("Ghi chú", "ghi_chu", "ghi chu", "note"),
    }
    header_at, columns = find_header(sheet, headers, {"code", "target"})
    measures = _measures()
    may_plan = user is None or has_role(user, unit, [Role.PLANNER])
    rows = []
    for number, cells in sheet.rows[header_at + 1 :]:
        at = cell_getter(columns, cells)
        keys = [*_TERM_NUMBERS, *(f"m{year}" for year in years)]
        if all(at(key).kind == "empty" for key in keys):
            continue  # a row left blank: nothing planned, nothing cleared
        before = len(plan.problems)
        refuse = _refuser(plan, columns, number)
        if not may_plan:
            refuse(RowRefused("not_planner", unit=unit.code), "code")
            continue
        values = {}
        for key in keys:
            cell = at(key)
            value = (
                None
                if cell.kind == "empty"
                else cell_number(cell, chosen, lambda e, k=key, r=refuse: r(e, k))
            )
            try:
                Target.check_numbers(value)
            except NumberLimitError as error:
                refuse(error, key)
            values[key] = value
        code_cell = at("code")
        code = cell_code(code_cell)
        if code_cell.kind == "empty":
            refuse(RowRefused("missing_code"), "code")
        elif code is None:
            refuse(RowRefused("bad_code", text=cell_shown(code_cell)), "code")
        measure_cell = at("measure")
        measure = None
        if measure_cell.kind != "empty":
            measure = measures.get(normalised(measure_cell.value))
            if measure is None:
                choices = ", ".join(m.label("vi") for m in core_terms.TermMeasure)
                refuse(RowRefused("bad_measure", text=cell_shown(measure_cell), choices=choices), "measure")
        note_cell = at("note")
        note = "" if note_cell.kind == "empty" else str(note_cell.value).strip()
        if len(note) > MAX_NOTE:
            refuse(RowRefused("text_too_long", limit=MAX_NOTE), "note")
        if len(plan.problems) > before or code is None:
            continue
        milestones = tuple((year, values[f"m{year}"]) for year in years if values[f"m{year}"] is not None)
        rows.append((number, code, measure, values, milestones, note))

    indicators = {i.code: i for i in Indicator.objects.filter(code__in={r[1] for r in rows})}
    current = {
        t.indicator_id: t
        for t in _locked(TermTarget.objects.filter(term=term)).prefetch_related("milestones")
    }
    first_row: dict[int, int] = {}
    candidates = []
    for number, code, measure, values, milestones, note in rows:
        refuse = _refuser(plan, columns, number)
        indicator = indicators.get(code)
        if indicator is None:
            refuse(RowRefused("unknown_indicator", code=code), "code")
            continue
        if indicator.pk in first_row:
            refuse(RowRefused("duplicate_term_target", first=first_row[indicator.pk]), "code")
            continue
        first_row[indicator.pk] = number
        candidates.append((number, indicator, measure, values, milestones, note))
    refused = _tried_by_the_service(term, candidates)
    for number, indicator, measure, values, milestones, note in candidates:
        if number in refused:
            _refuser(plan, columns, number)(refused[number], "target")
            continue
        stored = current.get(indicator.pk)
        new = (
            measure or core_terms.measure_for(indicator.rule()).value,
            values["target"],
            values["target_high"],
            values["baseline"],
            milestones,
            note,
        )
        old = None
        if stored is not None:
            kept = tuple((m.year, m.value) for m in sorted(stored.milestones.all(), key=lambda m: m.year))
            old = (stored.measure, stored.target, stored.target_high, stored.baseline, kept, stored.note)
        change = Change.NEW if old is None else Change.UNCHANGED if old == new else Change.CHANGED
        plan.lines.append(
            TermTargetRow(number, column_letter(columns["target"]), indicator, new, old, change)
        )
    return plan


def _tried_by_the_service(term: Term, candidates: list[tuple[Any, ...]]) -> dict[int, DomainError]:
    """Each row written through ``set_term_target`` in a savepoint, all rolled back: the refusals by row."""
    refused: dict[int, DomainError] = {}
    with transaction.atomic():
        for number, indicator, measure, values, milestones, note in candidates:
            try:
                with transaction.atomic():
                    _write_term_target(term, indicator, measure, values, dict(milestones), note)
            except DomainError as error:
                refused[number] = error
        transaction.set_rollback(True)
    return refused


def _write_term_target(
    term: Term,
    indicator: Indicator,
    measure: str | None,
    values: dict[str, Decimal | None],
    milestones: dict[int, Decimal],
    note: str,
) -> TermTarget:
    return set_term_target(
        term=term,
        indicator=indicator,
        measure=measure,
        target=values["target"],
        target_high=values["target_high"],
        baseline=values["baseline"],
        milestones=milestones,
        note=note,
    )


@transaction.atomic
def apply_term_targets_import(
    *,
    data: bytes,
    name: str,
    term: Term,
    user: AbstractBaseUser | None,
    notation: Notation | str | None = None,
    expected_digest: str | None = None,
) -> TermTargetsPreview:
    """Import a term targets file: every new and changed row through ``set_term_target``, or nothing."""
    plan = plan_term_targets_import(data=data, name=name, term=term, user=user, notation=notation)
    plan.refuse_if_problems(expected_digest)
    for line in plan.to_write:
        measure, target, high, baseline, milestones, note = line.new
        values = {"target": target, "target_high": high, "baseline": baseline}
        _write_term_target(term, line.indicator, measure, values, dict(milestones), note)
    return plan


def _check_term_declarations(sheet: Spreadsheet, term: Term) -> str | None:
    found = sheet.metadata.get("mau", Kind.TERM_TARGETS)
    if found != Kind.TERM_TARGETS:
        english, vietnamese = TEMPLATE_NAMES[Kind.TERM_TARGETS]
        raise ImportRefused("not_this_template", found=found, expected=english, expected_vi=vietnamese)
    return declared_notation(
        sheet, unit_code=term.unit.code, period=("nhiem_ky", term_key(term), "wrong_term")
    )


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


def _refuser(plan: PlanningPreview | TermTargetsPreview, columns: dict[str, int], number: int) -> Any:
    def refuse(error: DomainError, key: str) -> None:
        index = columns.get(key)
        plan.problems.append(
            Problem.of(error, plan.sheet, number, None if index is None else column_letter(index))
        )

    return refuse
