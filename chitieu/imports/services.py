"""Nhập từ Excel: results read from an uploaded .xlsx or .csv file, previewed, then written all at once.

:func:`plan_import` is the dry run: it reads the file (safely, see :mod:`chitieu.imports.reading`),
checks every row against the same rules as a write (indicator planned, right frequency, number
allowed, unit in the user's scope, figures not locked, deadline) with a fixed number of queries,
and says for each row whether it is new, changed (old → new), unchanged, or refused and why
(sheet, row, column, reason). :func:`apply_import` does it again inside one transaction, with
the current versions read there, and writes every new and changed value through
:func:`chitieu.monitoring.services.record_values` — or nothing, if a single row is refused.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import UnitAggregation, ValueKind
from chitieu.core.numbers import Notation, NumberFormatError, format_number, parse_number
from chitieu.core.text import language_of
from chitieu.imports.reading import Cell, Spreadsheet, read_spreadsheet
from chitieu.imports.templates import (
    CODE_HEADER,
    KIND_HEADER,
    TEMPLATE_VERSION,
    UNIT_HEADER,
    VALUE_HEADER,
    VALUES_SHEET,
    Kind,
)
from chitieu.monitoring.models import DataValue, Period
from chitieu.monitoring.services import (
    ValueWrite,
    WriteRefused,
    _check_can_write,  # the write's own lock, permission and deadline rule, asked before writing
    record_values,
    validate_value,
)
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Target
from chitieu.web.selectors import ancestor_ids

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

HEADER_SEARCH_ROWS = 20
_HEADERS = {
    "unit": {UNIT_HEADER, "ma_don_vi", "ma don vi", "unit", "unit code"},
    "code": {CODE_HEADER, "ma_chi_tieu", "ma chi tieu", "indicator", "indicator code"},
    "value": {VALUE_HEADER, "gia_tri", "gia tri", "value"},
    "kind": {KIND_HEADER, "loai_so_lieu", "loai so lieu", "kind", "value kind"},
}
_KIND_NAMES = {
    **{kind.label("vi"): kind for kind in ValueKind},
    **{kind.label("en"): kind for kind in ValueKind},
    **{kind.value: kind for kind in ValueKind},
    "ước": ValueKind.ESTIMATE,
    "ước tính": ValueKind.ESTIMATE,
}


class ImportRefused(DomainError, ValueError):
    """A file whose content cannot be imported as a whole; nothing was written."""

    templates = {
        "problems": (
            "Nothing was imported: {count} row(s) refused. First: {first}",
            "Không nhập số liệu nào: có {count} dòng bị từ chối. Dòng đầu tiên: {first_vi}",
        ),
        "no_header": (
            "Sheet “{sheet}” has no header row with the columns “Mã chỉ tiêu” and “Giá trị”.",
            "Trang tính “{sheet}” không có dòng tiêu đề với các cột “Mã chỉ tiêu” và “Giá trị”.",
        ),
        "no_rows": (
            "Sheet “{sheet}” has no figures to import: every row is empty.",
            "Trang tính “{sheet}” không có số liệu nào để nhập: mọi dòng đều trống.",
        ),
        "wrong_template": (
            "This file is not a results template (it declares “{found}”).",
            "Tệp này không phải mẫu nhập số liệu kết quả (tệp khai báo loại mẫu “{found}”).",
        ),
        "wrong_version": (
            "This template is version {found}; download a new one (version {expected}).",
            "Mẫu này là phiên bản {found}; hãy tải mẫu mới (phiên bản {expected}).",
        ),
        "wrong_unit": (
            "This template is for unit {found}, not {expected}.",
            "Mẫu này dành cho đơn vị {found}, không phải {expected}.",
        ),
        "wrong_period": (
            "This template is for period {found}, not {expected}.",
            "Mẫu này dành cho kỳ {found}, không phải kỳ {expected}.",
        ),
        "bad_notation": (
            "The template declares an unknown number notation “{found}”.",
            "Mẫu khai báo cách viết số không hợp lệ “{found}”.",
        ),
        "plan_changed": (
            "The stored figures changed after the preview; look at the preview again before importing.",
            "Số liệu đã thay đổi sau khi xem trước; hãy xem trước lại rồi mới xác nhận nhập.",
        ),
    }

    def __init__(self, code: str, /, *, problems: list[Problem] | None = None, **params: Any) -> None:
        self.problems = problems or []
        super().__init__(code, **params)


class RowRefused(DomainError, ValueError):
    """Why one row (or cell) of a file is refused; carried in a :class:`Problem`."""

    templates = {
        "formula": (
            "a formula ({text}) where a number is expected; type the number itself.",
            "có công thức ({text}) ở ô cần nhập số; hãy nhập trực tiếp con số.",
        ),
        "date": (
            "a date ({text}) where a number is expected.",
            "có giá trị ngày tháng ({text}) ở ô cần nhập số.",
        ),
        "bool": ("TRUE/FALSE where a number is expected.", "có giá trị TRUE/FALSE ở ô cần nhập số."),
        "error_value": (
            "an Excel error ({text}) where a number is expected.",
            "có lỗi Excel ({text}) ở ô cần nhập số.",
        ),
        "missing_code": (
            "a value without an indicator code.",
            "có giá trị nhưng thiếu mã chỉ tiêu.",
        ),
        "bad_code": ("“{text}” is not an indicator code.", "“{text}” không phải mã chỉ tiêu."),
        "unknown_indicator": ("unknown indicator code “{code}”.", "không có chỉ tiêu mã “{code}”."),
        "not_planned": (
            "indicator {code} is not planned for {unit} (or a unit above it) in {year}.",
            "chỉ tiêu {code} không được giao cho {unit} (hoặc đơn vị cấp trên) trong năm {year}.",
        ),
        "computed": (
            "indicator {code} is a rate computed from its numerator and denominator; enter those two.",
            "chỉ tiêu {code} là tỷ lệ tính từ tử số và mẫu số; hãy nhập hai chỉ tiêu thành phần.",
        ),
        "wrong_frequency": (
            "indicator {code} is not reported for a period like {period}.",
            "chỉ tiêu {code} không báo cáo theo loại kỳ như kỳ {period}.",
        ),
        "unit_not_allowed": (
            "unit “{code}” is not one you may enter figures for under {unit}.",
            "đơn vị “{code}” không thuộc phạm vi đơn vị {unit} mà bạn được nhập số liệu.",
        ),
        "bad_kind": (
            "unknown value kind “{text}” (expected: {choices}).",
            "loại số liệu “{text}” không hợp lệ (chọn một trong: {choices}).",
        ),
        "duplicate": (
            "the same indicator, unit and value kind as row {first}.",
            "trùng chỉ tiêu, đơn vị và loại số liệu với dòng {first}.",
        ),
    }


@dataclass(frozen=True)
class Problem:
    """One refused row: where (sheet, row, column) and why, in both languages."""

    sheet: str
    row: int | None
    column: str | None
    code: str
    reason_en: str
    reason_vi: str

    @classmethod
    def of(cls, error: DomainError, sheet: str, row: int | None, column: str | None) -> Problem:
        return cls(sheet, row, column, error.code, error.message("en"), error.message("vi"))

    def place(self, lang: str = "vi") -> str:
        vi = language_of(lang) == "vi"
        parts = [("Trang tính “{}”" if vi else "Sheet “{}”").format(self.sheet)]
        if self.row is not None:
            parts.append(("dòng {}" if vi else "row {}").format(self.row))
        if self.column is not None:
            parts.append(("cột {}" if vi else "column {}").format(self.column))
        return ", ".join(parts)

    def message(self, lang: str = "vi") -> str:
        reason = self.reason_vi if language_of(lang) == "vi" else self.reason_en
        return f"{self.place(lang)}: {reason}"


class Change:
    """What importing a row does to its cell."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Line:
    """One row of the file that can be imported, and what it does."""

    row: int
    column: str
    unit: OrgUnit
    indicator: Indicator
    kind: ValueKind
    value: Decimal
    old: Decimal | None
    version: int | None
    comment: str
    change: str

    def shown(self, value: Decimal | None) -> str:
        if value is None:
            return "—"
        exponent = int(value.normalize().as_tuple().exponent)
        return format_number(value, max(self.indicator.decimals, min(-exponent, 4), 0))


class Changes:
    """What every dry run shows: its lines, each with a change, and its refused rows."""

    lines: list[Any]
    problems: list[Problem]

    def count(self, change: str) -> int:
        return sum(1 for line in self.lines if line.change == change)

    @property
    def to_write(self) -> list[Any]:
        return [line for line in self.lines if line.change != Change.UNCHANGED]


@dataclass
class ImportPlan(Changes):
    """The dry run of an import: every line with its change, and every refused row."""

    name: str
    sheet: str
    unit: OrgUnit
    period_id: str
    notation: Notation | None
    lines: list[Line] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def digest(self) -> str:
        """A fingerprint of what would be written over what (to confirm the preview that was seen)."""
        parts = [
            f"{ln.unit.code}|{ln.indicator.code}|{ln.kind.value}|{ln.value}|{ln.old}|{ln.version}"
            for ln in self.lines
        ]
        parts += [f"!{p.row}|{p.column}|{p.code}" for p in self.problems]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def import_reason(name: str) -> str:
    """The revision reason of an import: “Nhập từ tệp <name>”."""
    return f"Nhập từ tệp {name}"


def plan_import(
    *,
    data: bytes,
    name: str,
    unit: OrgUnit,
    period_id: str,
    user: AbstractBaseUser | None,
    notation: Notation | str | None = None,
    today: date | None = None,
) -> ImportPlan:
    """The dry run: what importing the file would change, and which rows are refused (nothing written).

    Raises :class:`chitieu.imports.reading.SpreadsheetError` for a file that cannot be read
    safely and :class:`ImportRefused` for one that is not a results template for this unit and
    period. ``notation`` says how numbers typed as text are written when the file does not
    declare it (a CSV file); without either, an ambiguous "1.234" is refused, never guessed.
    ``user`` None is the system: locks apply, permissions and deadlines do not.
    """
    period = core_periods.parse_period(period_id)
    sheet = read_spreadsheet(data, name=name, sheet_name=VALUES_SHEET)
    declared = _check_declarations(sheet, unit, period.id)
    chosen = Notation(declared) if declared else (Notation(notation) if notation else None)
    plan = ImportPlan(name=name, sheet=sheet.sheet, unit=unit, period_id=period.id, notation=chosen)
    rows = _read_rows(sheet, plan, chosen)
    _check_rows(rows, plan, period, user, today or timezone.localdate())
    return plan


@transaction.atomic
def apply_import(
    *,
    data: bytes,
    name: str,
    unit: OrgUnit,
    period_id: str,
    user: AbstractBaseUser | None,
    notation: Notation | str | None = None,
    expected_digest: str | None = None,
    today: date | None = None,
) -> ImportPlan:
    """Import the file: every new and changed value with a revision ("Nhập từ tệp <name>"), or nothing.

    The dry run is made again in this transaction, reading each cell's current version here.
    ``expected_digest`` (the :attr:`ImportPlan.digest` of the preview a person confirmed) refuses
    the import if the stored figures changed since that preview.
    """
    today = today or timezone.localdate()
    plan = plan_import(
        data=data, name=name, unit=unit, period_id=period_id, user=user, notation=notation, today=today
    )
    if plan.problems:
        first = plan.problems[0]
        raise ImportRefused(
            "problems",
            problems=plan.problems,
            count=len(plan.problems),
            first=first.message("en"),
            first_vi=first.message("vi"),
        )
    if expected_digest is not None and expected_digest != plan.digest:
        raise ImportRefused("plan_changed")
    writes = [
        ValueWrite(
            line.indicator,
            line.unit,
            plan.period_id,
            line.value,
            line.kind,
            line.version,
            line.comment,
        )
        for line in plan.to_write
    ]
    if writes:
        record_values(writes=writes, user=user, reason=import_reason(name), today=today)
    return plan


# --- reading the rows -------------------------------------------------------------------------


def _check_declarations(sheet: Spreadsheet, unit: OrgUnit, period_id: str) -> str | None:
    """Check the template's metadata against the unit and period imported; return its notation."""
    meta = sheet.metadata
    if not meta:
        return None
    if meta.get("mau", Kind.VALUES) != Kind.VALUES:
        raise ImportRefused("wrong_template", found=meta.get("mau"))
    if meta.get("phien_ban_mau", TEMPLATE_VERSION) != TEMPLATE_VERSION:
        raise ImportRefused("wrong_version", found=meta.get("phien_ban_mau"), expected=TEMPLATE_VERSION)
    if meta.get("don_vi", unit.code) != unit.code:
        raise ImportRefused("wrong_unit", found=meta.get("don_vi"), expected=unit.code)
    if meta.get("ky", period_id).upper() != period_id:
        raise ImportRefused("wrong_period", found=meta.get("ky"), expected=period_id)
    notation = meta.get("ky_hieu_so", "")
    if notation and notation not in {n.value for n in Notation}:
        raise ImportRefused("bad_notation", found=notation)
    return notation or None


def _normalised(text: object) -> str:
    return unicodedata.normalize("NFC", str(text)).strip().lower()


_HEADER_KEYS = {_normalised(h): key for key, names in _HEADERS.items() for h in names}


@dataclass
class _Row:
    row: int
    unit_code: str | None
    unit_column: str | None
    code: str
    code_column: str
    value: Decimal
    value_column: str
    kind: ValueKind
    kind_column: str | None


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _find_header(sheet: Spreadsheet) -> tuple[int, dict[str, int]]:
    for position, (_number, cells) in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            if cell.kind == "text":
                key = _HEADER_KEYS.get(_normalised(cell.value))
                if key and key not in columns:
                    columns[key] = index
        if "code" in columns and "value" in columns:
            return position, columns
    raise ImportRefused("no_header", sheet=sheet.sheet)


def _read_rows(sheet: Spreadsheet, plan: ImportPlan, notation: Notation | None) -> list[_Row]:
    header_at, columns = _find_header(sheet)
    found: list[_Row] = []
    seen_any = False
    for number, cells in sheet.rows[header_at + 1 :]:

        def at(key: str, cells: list[Cell] = cells) -> Cell:
            index = columns.get(key)
            if index is None or index >= len(cells):
                return Cell("empty")
            return cells[index]

        code_cell, value_cell, unit_cell, kind_cell = at("code"), at("value"), at("unit"), at("kind")
        if code_cell.kind == "empty" and value_cell.kind == "empty":
            continue
        seen_any = True
        if value_cell.kind == "empty":
            continue  # a row left blank: nothing to enter, nothing cleared
        problems_before = len(plan.problems)

        def refuse(error: DomainError, key: str, number: int = number) -> None:
            index = columns.get(key)
            plan.problems.append(
                Problem.of(error, sheet.sheet, number, None if index is None else _letter(index))
            )

        value = _number(value_cell, notation, lambda error: refuse(error, "value"))
        code = _text(code_cell)
        if code_cell.kind == "empty":
            refuse(RowRefused("missing_code"), "code")
        elif code is None:
            refuse(RowRefused("bad_code", text=_shown(code_cell)), "code")
        unit_code = _text(unit_cell) if unit_cell.kind != "empty" else None
        if unit_cell.kind != "empty" and unit_code is None:
            refuse(RowRefused("unit_not_allowed", code=_shown(unit_cell), unit=plan.unit.code), "unit")
        kind = ValueKind.ACTUAL
        if kind_cell.kind != "empty":
            chosen = _KIND_NAMES.get(_normalised(kind_cell.value))
            if chosen is None:
                choices = ", ".join(k.label("vi") for k in ValueKind)
                refuse(RowRefused("bad_kind", text=_shown(kind_cell), choices=choices), "kind")
            else:
                kind = chosen
        if len(plan.problems) > problems_before or value is None or code is None:
            continue
        found.append(
            _Row(
                row=number,
                unit_code=unit_code,
                unit_column=_letter(columns["unit"]) if "unit" in columns else None,
                code=code,
                code_column=_letter(columns["code"]),
                value=value,
                value_column=_letter(columns["value"]),
                kind=kind,
                kind_column=_letter(columns["kind"]) if "kind" in columns else None,
            )
        )
    if not seen_any:
        raise ImportRefused("no_rows", sheet=sheet.sheet)
    return found


def _text(cell: Cell) -> str | None:
    """A code: text, or a whole number typed without quotes; None for anything else."""
    if cell.kind == "text":
        text = str(cell.value).strip()
        return text if text and len(text) <= 40 else None
    if cell.kind == "number" and float(cell.value).is_integer():
        return str(int(cell.value))
    return None


def _shown(cell: Cell) -> str:
    return str(cell.value)[:40]


def _number(cell: Cell, notation: Notation | None, refuse: Any) -> Decimal | None:
    """The number in a value cell, or None after refusing it (formula, date, text not a number…)."""
    match cell.kind:
        case "number":
            try:
                # repr of a float is its shortest exact decimal form: 0.1 stays 0.1
                value = Decimal(repr(cell.value)) if isinstance(cell.value, float) else Decimal(cell.value)
            except InvalidOperation:
                refuse(NumberFormatError("not_a_number", text=_shown(cell)))
                return None
            if not value.is_finite():
                refuse(NumberFormatError("not_a_number", text=_shown(cell)))
                return None
            return value
        case "text":
            try:
                return parse_number(str(cell.value), notation)
            except NumberFormatError as error:
                refuse(error)
                return None
        case "formula":
            refuse(RowRefused("formula", text=_shown(cell)))
        case "date":
            refuse(RowRefused("date", text=_shown(cell)))
        case "bool":
            refuse(RowRefused("bool"))
        case _:
            refuse(RowRefused("error_value", text=_shown(cell)))
    return None


# --- checking the rows against the rules ------------------------------------------------------


def _check_rows(
    rows: list[_Row],
    plan: ImportPlan,
    period: core_periods.Period,
    user: AbstractBaseUser | None,
    today: date,
) -> None:
    """Classify every readable row: refused, or new / changed / unchanged (a fixed number of queries)."""
    root = plan.unit
    sheet = plan.sheet

    def refuse(error: DomainError, row: int, column: str | None) -> None:
        plan.problems.append(Problem.of(error, sheet, row, column))

    indicators = {
        i.code: i for i in Indicator.objects.filter(code__in={r.code for r in rows}).select_related("regime")
    }
    unit_codes = {r.unit_code for r in rows if r.unit_code} - {root.code}
    units = {root.code: root}
    if unit_codes:
        scope = OrgUnit.objects.subtree_of(root).filter(code__in=unit_codes)
        if user is not None:
            scope = scope & OrgUnit.objects.visible_to(user)
        units.update({u.code: u for u in scope})
    planned = _planned(list(units.values()), period.year)
    stored_period = Period.objects.filter(pk=period.id).first() or Period(
        id=period.id, type=period.type.value, start=period.start, end=period.end
    )
    writable: dict[tuple[int, int | None], WriteRefused | None] = {}
    candidates: list[tuple[_Row, OrgUnit, Indicator]] = []
    first_row: dict[tuple[int, int, int], int] = {}
    for r in rows:
        unit = units.get(r.unit_code or root.code)
        if unit is None:
            refuse(RowRefused("unit_not_allowed", code=r.unit_code, unit=root.code), r.row, r.unit_column)
            continue
        indicator = indicators.get(r.code)
        if indicator is None:
            refuse(RowRefused("unknown_indicator", code=r.code), r.row, r.code_column)
            continue
        reason = planned.get(unit.pk, {}).get(indicator.pk)
        if reason is None:
            refuse(
                RowRefused("not_planned", code=indicator.code, unit=unit.code, year=period.year),
                r.row,
                r.code_column,
            )
            continue
        if reason == "computed":
            refuse(RowRefused("computed", code=indicator.code), r.row, r.code_column)
            continue
        if indicator.period_type != period.type.value or not indicator.active:
            refuse(RowRefused("wrong_frequency", code=indicator.code, period=period.id), r.row, r.code_column)
            continue
        try:
            validate_value(indicator, r.value)
        except WriteRefused as error:
            refuse(error, r.row, r.value_column)
            continue
        key = (unit.pk, indicator.regime_id)
        if key not in writable:
            regime = indicator.regime.as_core() if indicator.regime else core_periods.DECREE_09
            try:
                _check_can_write(user, unit, stored_period, today, regime.deadline(period))
                writable[key] = None
            except WriteRefused as error:
                writable[key] = error
        if writable[key] is not None:
            refuse(writable[key], r.row, r.value_column)  # type: ignore[arg-type]
            continue
        cell = (unit.pk, indicator.pk, r.kind.rank)
        if cell in first_row:
            refuse(RowRefused("duplicate", first=first_row[cell]), r.row, r.code_column)
            continue
        first_row[cell] = r.row
        candidates.append((r, unit, indicator))
    current = _current_values(candidates, period.id)
    for r, unit, indicator in candidates:
        stored = current.get((unit.pk, indicator.pk, r.kind.rank))
        if stored is None:
            old, version, comment, change = None, None, "", Change.NEW
        else:
            old, version, comment = stored
            change = Change.UNCHANGED if old is not None and old == r.value else Change.CHANGED
        plan.lines.append(
            Line(r.row, r.value_column, unit, indicator, r.kind, r.value, old, version, comment, change)
        )


def _planned(units: list[OrgUnit], year: int) -> dict[int, dict[int, str]]:
    """Per unit: the indicators it enters (planned at it or above) → "entered", and rates → "computed"."""
    ancestors = {u.pk: ancestor_ids(u) for u in units}
    all_ids = {a for ids in ancestors.values() for a in ids}
    by_unit: dict[int, list[tuple[int, str, int | None, int | None]]] = defaultdict(list)
    for unit_id, indicator_id, aggregation, numerator, denominator in Target.objects.filter(
        unit_id__in=all_ids, year=year
    ).values_list(
        "unit_id",
        "indicator_id",
        "indicator__unit_aggregation",
        "indicator__numerator_id",
        "indicator__denominator_id",
    ):
        by_unit[unit_id].append((indicator_id, aggregation, numerator, denominator))
    found: dict[int, dict[int, str]] = {}
    for unit_id, ids in ancestors.items():
        entered: dict[int, str] = {}
        for ancestor in ids:
            for indicator_id, aggregation, numerator, denominator in by_unit.get(ancestor, []):
                if aggregation == UnitAggregation.RATIO:
                    entered.setdefault(indicator_id, "computed")
                    for part in (numerator, denominator):
                        if part is not None:
                            entered[part] = "entered"
                else:
                    entered[indicator_id] = "entered"
        found[unit_id] = entered
    return found


def _current_values(
    candidates: list[tuple[_Row, OrgUnit, Indicator]], period_id: str
) -> dict[tuple[int, int, int], tuple[Decimal | None, int, str]]:
    """The stored value, version and comment of each cell, locked for the rest of the transaction."""
    if not candidates:
        return {}
    unit_ids = {unit.pk for _r, unit, _i in candidates}
    indicator_ids = {indicator.pk for _r, _u, indicator in candidates}
    rows = DataValue.objects.filter(unit_id__in=unit_ids, period_id=period_id, indicator_id__in=indicator_ids)
    if transaction.get_connection().in_atomic_block:
        rows = rows.select_for_update()
    return {
        (u, i, k): (v, version, comment)
        for u, i, k, v, version, comment in rows.values_list(
            "unit_id", "indicator_id", "kind", "value", "version", "comment"
        )
    }
