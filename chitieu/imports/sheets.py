"""What the two imports share: reading a filled-in sheet row by row, and saying what is refused, where.

The results import (:mod:`chitieu.imports.values`) and the targets and work items import
(:mod:`chitieu.imports.plans`) both find a header row, read codes, numbers and dates out of cells,
refuse a row with its sheet, row, column and reason in both languages (:class:`Problem`), show a
preview of what would change (:class:`Changes`) and import all of it or nothing.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from openpyxl.utils import get_column_letter

from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, NumberFormatError, parse_number
from chitieu.core.periods import FIRST_YEAR, LAST_YEAR
from chitieu.core.text import language_of
from chitieu.imports.reading import SheetCell, Spreadsheet
from chitieu.imports.templates import TEMPLATE_VERSION

HEADER_SEARCH_ROWS = 20


class ImportRefused(DomainError, ValueError):
    """A file whose content cannot be imported as a whole; nothing was written."""

    templates = {
        "problems": (
            "Nothing was imported: {count} row(s) refused. First: {first}",
            "Không nhập số liệu nào: có {count} dòng bị từ chối. Dòng đầu tiên: {first_vi}",
        ),
        "no_header": (
            "Sheet “{sheet}” has no header row with the columns {columns}.",
            "Trang tính “{sheet}” không có dòng tiêu đề với các cột {columns}.",
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
        "not_this_template": (
            "This file is not a {expected} template (it declares “{found}”).",
            "Tệp này không phải {expected_vi} (tệp khai báo loại mẫu “{found}”).",
        ),
        "wrong_year": (
            "This template is for year {found}, not {expected}.",
            "Mẫu này dành cho năm {found}, không phải năm {expected}.",
        ),
        "wrong_term": (
            "This template is for the term {found}, not {expected}.",
            "Mẫu này dành cho nhiệm kỳ {found}, không phải nhiệm kỳ {expected}.",
        ),
        "unknown_template": (
            "The file does not declare which template it is; download a template from the system.",
            "Tệp không khai báo loại mẫu; hãy tải mẫu từ hệ thống.",
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
        "not_planner": (
            "you are not a planner of unit {unit}.",
            "bạn không có vai trò lập kế hoạch tại đơn vị {unit}.",
        ),
        "not_work_item_editor": (
            "you may not update the work items of unit {unit}.",
            "bạn không được cập nhật nhiệm vụ của đơn vị {unit}.",
        ),
        "duplicate_target": (
            "the same indicator and unit as row {first}.",
            "trùng chỉ tiêu và đơn vị với dòng {first}.",
        ),
        "duplicate_term_target": (
            "the same indicator as row {first}.",
            "trùng chỉ tiêu với dòng {first}.",
        ),
        "bad_measure": (
            "unknown measure “{text}” (expected: {choices}).",
            "cách tính “{text}” không hợp lệ (chọn một trong: {choices}).",
        ),
        "unknown_work_item": (
            "no work item “{text}” led by {unit} in {year}.",
            "không có nhiệm vụ “{text}” do đơn vị {unit} chủ trì trong năm {year}.",
        ),
        "duplicate_work_item": (
            "the same work item as row {first}.",
            "trùng nhiệm vụ với dòng {first}.",
        ),
        "bad_date": (
            "“{text}” is not a date (dd/mm/yyyy, in the years 1900–2999).",
            "“{text}” không phải ngày hợp lệ (dd/mm/yyyy, trong các năm 1900–2999).",
        ),
        "text_too_long": (
            "the text is longer than {limit} characters.",
            "nội dung dài quá {limit} ký tự.",
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


class Changes:
    """What every dry run shows: its lines, each with a change, and its refused rows."""

    lines: list[Any]
    problems: list[Problem]
    digest: str  # a fingerprint of what would be written over what: the preview a person confirms

    def count(self, change: str) -> int:
        return sum(1 for line in self.lines if line.change == change)

    @property
    def to_write(self) -> list[Any]:
        return [line for line in self.lines if line.change != Change.UNCHANGED]

    def refuse_if_problems(self, expected_digest: str | None = None) -> None:
        """Refuse the import as a whole when a row is refused, or the preview seen is not this one."""
        if self.problems:
            first = self.problems[0]
            raise ImportRefused(
                "problems",
                problems=self.problems,
                count=len(self.problems),
                first=first.message("en"),
                first_vi=first.message("vi"),
            )
        if expected_digest is not None and expected_digest != self.digest:
            raise ImportRefused("plan_changed")


def import_reason(name: str) -> str:
    """The revision reason of an import: “Nhập từ tệp <name>”."""
    return f"Nhập từ tệp {name}"


def declared_notation(sheet: Spreadsheet, *, unit_code: str, period: tuple[str, str, str]) -> str | None:
    """Check what a downloaded template declares of itself; return the number notation it declares.

    Its template version and unit must be the ones imported, and so must its period or year:
    ``period`` is the key it is declared under (``ky``, ``nam``), the value expected, and the
    refusal when it differs. A file that declares nothing (a CSV file) passes.
    """
    meta = sheet.metadata
    if not meta:
        return None
    if meta.get("phien_ban_mau", TEMPLATE_VERSION) != TEMPLATE_VERSION:
        raise ImportRefused("wrong_version", found=meta.get("phien_ban_mau"), expected=TEMPLATE_VERSION)
    if meta.get("don_vi", unit_code) != unit_code:
        raise ImportRefused("wrong_unit", found=meta.get("don_vi"), expected=unit_code)
    key, expected, refusal = period
    if str(meta.get(key, expected)).strip().upper() != expected.upper():
        raise ImportRefused(refusal, found=meta.get(key), expected=expected)
    notation = meta.get("ky_hieu_so", "")
    if notation and notation not in {n.value for n in Notation}:
        raise ImportRefused("bad_notation", found=notation)
    return notation or None


def normalised(text: object) -> str:
    """A header or a word as typed, compared without case, spaces around it or Unicode variants."""
    return unicodedata.normalize("NFC", str(text)).strip().lower()


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column: A, B, … AA."""
    return get_column_letter(index + 1)


def find_header(
    sheet: Spreadsheet, headers: dict[str, tuple[str, ...]], required: set[str]
) -> tuple[int, dict[str, int]]:
    """The header row among the first rows: its position and the column of each header key found.

    ``headers`` gives each key the names a column may bear, the template's own first.
    """
    keys = {normalised(h): key for key, names in headers.items() for h in names}
    for position, (_row, cells) in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            if cell.kind == "text":
                key = keys.get(normalised(cell.value))
                if key and key not in columns:
                    columns[key] = index
        if required <= columns.keys():
            return position, columns
    names = ", ".join(f"“{headers[key][0]}”" for key in sorted(required, key=list(headers).index))
    raise ImportRefused("no_header", sheet=sheet.sheet, columns=names)


def cell_getter(columns: dict[str, int], cells: list[SheetCell]) -> Any:
    def at(key: str) -> SheetCell:
        index = columns.get(key)
        if index is None or index >= len(cells):
            return SheetCell("empty")
        return cells[index]

    return at


def cell_code(cell: SheetCell) -> str | None:
    """A code: text, or a whole number typed without quotes; None for anything else."""
    if cell.kind == "text":
        text = str(cell.value).strip()
        return text if text and len(text) <= 40 else None
    whole = cell_whole_number(cell) if cell.kind == "number" else None
    return str(whole) if whole is not None and len(str(whole)) <= 40 else None


def cell_whole_number(cell: SheetCell) -> int | None:
    """A whole number typed in a cell as a number, or as text of plain digits (``12``); None otherwise."""
    value = cell.value
    if cell.kind == "text":
        text = str(value).strip()
        return int(text) if text.isascii() and text.isdigit() and len(text) <= 18 else None
    if cell.kind != "number" or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(value) if float(value).is_integer() else None
    except (OverflowError, ValueError, TypeError):  # a number too large for a float, inf or NaN
        return None


def cell_shown(cell: SheetCell) -> str:
    return str(cell.value)[:40]


def cell_number(cell: SheetCell, notation: Notation | None, refuse: Any) -> Decimal | None:
    """The number in a value cell, or None after refusing it (formula, date, text not a number…)."""
    match cell.kind:
        case "number":
            try:
                # repr of a float is its shortest exact decimal form: 0.1 stays 0.1
                value = Decimal(repr(cell.value)) if isinstance(cell.value, float) else Decimal(cell.value)
            except InvalidOperation:
                refuse(NumberFormatError("not_a_number", text=cell_shown(cell)))
                return None
            if not value.is_finite():
                refuse(NumberFormatError("not_a_number", text=cell_shown(cell)))
                return None
            return value
        case "text":
            try:
                return parse_number(str(cell.value), notation)
            except NumberFormatError as error:
                refuse(error)
                return None
        case "formula":
            refuse(RowRefused("formula", text=cell_shown(cell)))
        case "date":
            refuse(RowRefused("date", text=cell_shown(cell)))
        case "bool":
            refuse(RowRefused("bool"))
        case _:
            refuse(RowRefused("error_value", text=cell_shown(cell)))
    return None


def cell_date(cell: SheetCell, refuse: Any) -> date | None:
    """The date in a cell (a real date, or text dd/mm/yyyy), None when empty; refused otherwise."""
    if cell.kind == "empty":
        return None
    found: date | None = None
    if cell.kind == "date" and isinstance(cell.value, (date, datetime)):
        found = cell.value.date() if isinstance(cell.value, datetime) else cell.value
    elif cell.kind == "text":
        text = str(cell.value).strip()
        for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
            try:
                found = datetime.strptime(text, pattern).date()
                break
            except ValueError:
                pass
    if found is not None and FIRST_YEAR <= found.year <= LAST_YEAR:
        return found
    refuse(RowRefused("bad_date", text=cell_shown(cell)))
    return None
