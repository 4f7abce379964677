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
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import Notation, format_number
from chitieu.imports.reading import SheetCell, Spreadsheet, read_spreadsheet
from chitieu.imports.sheets import (
    Change,
    Changes,
    ImportRefused,
    Problem,
    RowRefused,
    cell_code,
    cell_number,
    cell_shown,
    column_letter,
    declared_notation,
    find_header,
    import_reason,
    normalised,
)
from chitieu.imports.templates import (
    CODE_HEADER,
    KIND_HEADER,
    UNIT_HEADER,
    VALUE_HEADER,
    VALUES_SHEET,
    Kind,
)
from chitieu.monitoring.models import DataValue, Period
from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.monitoring.write_checks import WriteChecks, WriteRefused, validate_value
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.applicability import NotApplicable
from chitieu.planning.models import Indicator

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

_HEADERS = {
    "unit": (UNIT_HEADER, "ma_don_vi", "ma don vi", "unit", "unit code"),
    "code": (CODE_HEADER, "ma_chi_tieu", "ma chi tieu", "indicator", "indicator code"),
    "value": (VALUE_HEADER, "gia_tri", "gia tri", "value"),
    "kind": (KIND_HEADER, "loai_so_lieu", "loai so lieu", "kind", "value kind"),
}
_KIND_NAMES = {
    **{kind.label("vi"): kind for kind in ValueKind},
    **{kind.label("en"): kind for kind in ValueKind},
    **{kind.value: kind for kind in ValueKind},
    "ước": ValueKind.ESTIMATE,
    "ước tính": ValueKind.ESTIMATE,
}


@dataclass(frozen=True)
class ValueLine:
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


@dataclass
class ValuesPreview(Changes):
    """The dry run of an import: every line with its change, and every refused row."""

    name: str
    sheet: str
    unit: OrgUnit
    period_id: str
    notation: Notation | None
    lines: list[ValueLine] = field(default_factory=list)
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


def plan_import(
    *,
    data: bytes,
    name: str,
    unit: OrgUnit,
    period_id: str,
    user: AbstractBaseUser | None,
    notation: Notation | str | None = None,
    today: date | None = None,
) -> ValuesPreview:
    """The dry run: what importing the file would change, and which rows are refused (nothing written).

    Raises :class:`chitieu.imports.reading.SpreadsheetError` for a file that cannot be read
    safely and :class:`ImportRefused` for one that is not a results template for this unit and
    period. ``notation`` says how numbers typed as text are written when the file does not
    declare it (a CSV file); without either, an ambiguous "1.234" is refused, never guessed.
    ``user`` None is the system: locks apply, permissions and deadlines do not.
    """
    period = core_periods.parse_period(period_id)
    sheet = read_spreadsheet(data, name=name, sheet_name=VALUES_SHEET)
    if sheet.metadata.get("mau", Kind.VALUES) != Kind.VALUES:
        raise ImportRefused("wrong_template", found=sheet.metadata.get("mau"))
    declared = declared_notation(sheet, unit_code=unit.code, period=("ky", period.id, "wrong_period"))
    chosen = Notation(declared) if declared else (Notation(notation) if notation else None)
    plan = ValuesPreview(name=name, sheet=sheet.sheet, unit=unit, period_id=period.id, notation=chosen)
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
) -> ValuesPreview:
    """Import the file: every new and changed value with a revision ("Nhập từ tệp <name>"), or nothing.

    The dry run is made again in this transaction, reading each cell's current version here.
    ``expected_digest`` (the :attr:`ValuesPreview.digest` of the preview a person confirmed) refuses
    the import if the stored figures changed since that preview.
    """
    today = today or timezone.localdate()
    plan = plan_import(
        data=data, name=name, unit=unit, period_id=period_id, user=user, notation=notation, today=today
    )
    plan.refuse_if_problems(expected_digest)
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


def _read_rows(sheet: Spreadsheet, plan: ValuesPreview, notation: Notation | None) -> list[_Row]:
    header_at, columns = find_header(sheet, _HEADERS, {"code", "value"})
    found: list[_Row] = []
    seen_any = False
    for number, cells in sheet.rows[header_at + 1 :]:

        def at(key: str, cells: list[SheetCell] = cells) -> SheetCell:
            index = columns.get(key)
            if index is None or index >= len(cells):
                return SheetCell("empty")
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
                Problem.of(error, sheet.sheet, number, None if index is None else column_letter(index))
            )

        value = cell_number(value_cell, notation, lambda error: refuse(error, "value"))
        code = cell_code(code_cell)
        if code_cell.kind == "empty":
            refuse(RowRefused("missing_code"), "code")
        elif code is None:
            refuse(RowRefused("bad_code", text=cell_shown(code_cell)), "code")
        unit_code = cell_code(unit_cell) if unit_cell.kind != "empty" else None
        if unit_cell.kind != "empty" and unit_code is None:
            refuse(RowRefused("unit_not_allowed", code=cell_shown(unit_cell), unit=plan.unit.code), "unit")
        kind = ValueKind.ACTUAL
        if kind_cell.kind != "empty":
            chosen = _KIND_NAMES.get(normalised(kind_cell.value))
            if chosen is None:
                choices = ", ".join(k.label("vi") for k in ValueKind)
                refuse(RowRefused("bad_kind", text=cell_shown(kind_cell), choices=choices), "kind")
            else:
                kind = chosen
        if len(plan.problems) > problems_before or value is None or code is None:
            continue
        found.append(
            _Row(
                row=number,
                unit_code=unit_code,
                unit_column=column_letter(columns["unit"]) if "unit" in columns else None,
                code=code,
                code_column=column_letter(columns["code"]),
                value=value,
                value_column=column_letter(columns["value"]),
                kind=kind,
                kind_column=column_letter(columns["kind"]) if "kind" in columns else None,
            )
        )
    if not seen_any:
        raise ImportRefused("no_rows", sheet=sheet.sheet)
    return found


# --- checking the rows against the rules ------------------------------------------------------


def _check_rows(
    rows: list[_Row],
    plan: ValuesPreview,
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
    stored_period = Period.objects.filter(pk=period.id).first() or Period(
        id=period.id, type=period.type.value, start=period.start, end=period.end
    )
    checks = WriteChecks(user=user, today=today).prepare(units.values(), [stored_period])
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
        try:
            validate_value(indicator, r.value)
        except WriteRefused as error:
            refuse(error, r.row, r.value_column)
            continue
        refusal = checks.refusal(indicator, unit, stored_period)
        if refusal is not None:
            column = r.code_column if isinstance(refusal, NotApplicable) else r.value_column
            refuse(refusal, r.row, column)
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
            ValueLine(r.row, r.value_column, unit, indicator, r.kind, r.value, old, version, comment, change)
        )


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
