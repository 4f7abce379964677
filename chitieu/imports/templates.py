"""Mẫu Excel: the workbooks a unit downloads, fills in and uploads back.

Every template has the sheet to fill (input cells unlocked, everything else protected, numbers
checked by Excel's data validation), a sheet of instructions in Vietnamese, and a very hidden
sheet ``_chitieu`` declaring what the file is: the template kind and version, the unit, the
period or year, and the notation of numbers typed as text (``vi``: 1.218,5). The importer reads
those declarations back, so that "1.234" in an uploaded file is never guessed.

No cell is merged: the importer refuses merged cells. Text is always stored as text: a name that
starts like a formula (``=``, ``+``, ``-``, ``@``…) is a string with Excel's quote prefix, never a
live formula (:func:`_put`).
"""

from __future__ import annotations

import io

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from chitieu.core import periods as core_periods
from chitieu.core import terms as core_terms
from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import Notation
from chitieu.core.text import looks_like_formula
from chitieu.imports.reading import METADATA_SHEET
from chitieu.monitoring.entry import entry_sheet
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import (
    DIRECTION_CHOICES,
    WORK_ITEM_KIND_CHOICES,
    Indicator,
    Target,
    Term,
    TermTarget,
    WorkItem,
)

TEMPLATE_VERSION = "1"
VALUES_SHEET = "Số liệu"
TARGETS_SHEET = "Chỉ tiêu giao"
WORK_ITEMS_SHEET = "Nhiệm vụ"
TERM_TARGETS_SHEET = "Chỉ tiêu nhiệm kỳ"
INSTRUCTIONS_SHEET = "Hướng dẫn"
HEADER_ROW = 4


class Kind:
    """The ``mau`` declared in the metadata sheet."""

    VALUES = "so_lieu"
    TARGETS = "chi_tieu_giao"
    WORK_ITEMS = "nhiem_vu"
    TERM_TARGETS = "chi_tieu_nhiem_ky"


# The columns of the values sheet; the importer finds them by these headers.
UNIT_HEADER = "Mã đơn vị"
CODE_HEADER = "Mã chỉ tiêu"
VALUE_HEADER = "Giá trị"
KIND_HEADER = "Loại số liệu"
VALUE_COLUMNS = [
    (UNIT_HEADER, 14),
    (CODE_HEADER, 14),
    ("Tên chỉ tiêu", 55),
    ("Đơn vị tính", 12),
    ("Kế hoạch năm", 16),
    ("Số liệu kỳ trước", 16),
    (VALUE_HEADER, 16),
    (KIND_HEADER, 16),
]
KIND_LABELS = [kind.label("vi") for kind in ValueKind]

# The columns of the term targets sheet (the milestones' columns, one per year, come after the baseline).
MEASURE_HEADER = "Cách tính"
TERM_TARGET_HEADER = "Chỉ tiêu nhiệm kỳ"
TERM_BASELINE_HEADER = "Giá trị đầu nhiệm kỳ"
MEASURE_LABELS = [measure.label("vi") for measure in core_terms.TermMeasure]


def milestone_header(year: int) -> str:
    """ "Mốc năm 2023": the column of a term target's milestone for one year of the term."""
    return f"Mốc năm {year}"


_BOLD = Font(bold=True)
_INPUT = PatternFill("solid", fgColor="FFF7D6")
_HEADER = PatternFill("solid", fgColor="DDE7F0")
_UNLOCKED = Protection(locked=False)


def values_template(unit: OrgUnit, period_id: str, *, subunits: bool = False) -> bytes:
    """The .xlsx template to enter a unit's results for a period (and its units' with ``subunits``)."""
    period = core_periods.parse_period(period_id)
    rows = entry_sheet(
        unit=unit, period=period, user=None, today=timezone.localdate(), subunits=subunits
    ).rows
    book = Workbook()
    sheet = book.active
    sheet.title = VALUES_SHEET
    _title(
        sheet,
        "MẪU NHẬP SỐ LIỆU KẾT QUẢ THỰC HIỆN",
        f"Đơn vị: {unit.name} ({unit.code}) — Kỳ báo cáo: {period.label('vi')} ({period.id})",
    )
    _headers(sheet, VALUE_COLUMNS)
    first = HEADER_ROW + 1
    last = first + max(len(rows), 1) - 1
    positive = DataValidation(
        type="decimal",
        operator="between",
        formula1="0",
        formula2="999999999999999",
        allow_blank=True,
        errorTitle="Giá trị không hợp lệ",
        error="Chỉ nhập số không âm (ví dụ 1218 hoặc 2,5).",
        promptTitle="Giá trị",
        prompt="Nhập số; để trống nếu chưa có số liệu.",
    )
    signed = DataValidation(
        type="decimal",
        operator="between",
        formula1="-999999999999999",
        formula2="999999999999999",
        allow_blank=True,
        errorTitle="Giá trị không hợp lệ",
        error="Chỉ nhập số (ví dụ 1218, -3 hoặc 2,5).",
    )
    kinds = DataValidation(
        type="list",
        formula1='"' + ",".join(KIND_LABELS) + '"',
        allow_blank=True,
        errorTitle="Loại số liệu",
        error="Chọn một loại trong danh sách: " + ", ".join(KIND_LABELS) + ".",
    )
    for validation in (positive, signed, kinds):
        sheet.add_data_validation(validation)
    for offset, row in enumerate(rows):
        r = first + offset
        indicator = row.indicator
        number_format = _number_format(indicator.decimals)
        cells = [
            row.unit.code,
            indicator.code,
            indicator.name,
            indicator.unit_of_measure,
            row.plan,
            row.previous,
            row.value,
            row.kind.label("vi"),
        ]
        for c, value in enumerate(cells, start=1):
            cell = _put(sheet, r, c, value)
            if c in (5, 6, 7):
                cell.number_format = number_format
        for c in (7, 8):
            sheet.cell(row=r, column=c).protection = _UNLOCKED
            sheet.cell(row=r, column=c).fill = _INPUT
        (signed if indicator.allow_negative else positive).add(f"G{r}")
    kinds.add(f"H{first}:H{last}")
    _protect(sheet)
    _instructions(
        book,
        [
            "Cách điền mẫu nhập số liệu",
            f"1. Mẫu này dùng cho đơn vị {unit.code} kỳ {period.id}; không đổi tên trang tính, "
            "không thêm, xóa hay gộp ô ở trang “Số liệu”.",
            "2. Chỉ nhập vào hai cột tô màu: “Giá trị” và “Loại số liệu”. Các cột khác được khóa.",
            "3. Nhập số như bình thường trong Excel. Nếu gõ số dạng chữ, dùng cách viết Việt Nam: "
            "dấu chấm ngăn hàng nghìn (1.218), dấu phẩy ngăn phần thập phân (2,5).",
            "4. Không dùng công thức ở cột “Giá trị”, không nhập ngày tháng; mỗi chỉ tiêu chỉ một dòng.",
            "5. Để trống ô “Giá trị” của chỉ tiêu chưa có số liệu: dòng đó được bỏ qua (không xóa số đã có).",
            "6. Loại số liệu: " + ", ".join(KIND_LABELS) + " (mặc định: thực hiện).",
            "7. Tải tệp lên trang “Nhập từ Excel” của hệ thống: hệ thống cho xem trước các thay đổi "
            "(thêm mới, sửa cũ → mới, không đổi, bị từ chối) rồi mới ghi khi bạn bấm “Xác nhận nhập”. "
            "Nếu có một dòng bị từ chối thì không ghi dòng nào.",
            "8. Số đã duyệt và khóa, kỳ đã khóa sổ hoặc đơn vị ngoài phạm vi của bạn không nhập được.",
        ],
    )
    _metadata(book, Kind.VALUES, [("don_vi", unit.code), ("ky", period.id)])
    return _save(book)


def targets_template(unit: OrgUnit, year: int) -> bytes:
    """The .xlsx template of a unit's targets for a year: plan, upper bound and baseline per indicator.

    Rows are the unit's targets of the year, else last year's as a starting point.
    """
    targets = list(Target.objects.filter(unit=unit, year=year).select_related("indicator"))
    if not targets:
        targets = list(Target.objects.filter(unit=unit, year=year - 1).select_related("indicator"))
    targets.sort(key=lambda t: (t.indicator.order, t.indicator.code))
    directions = dict(DIRECTION_CHOICES)
    book = Workbook()
    sheet = book.active
    sheet.title = TARGETS_SHEET
    _title(sheet, f"MẪU GIAO CHỈ TIÊU NĂM {year}", f"Đơn vị: {unit.name} ({unit.code})")
    columns = [
        (UNIT_HEADER, 14),
        (CODE_HEADER, 14),
        ("Tên chỉ tiêu", 55),
        ("Đơn vị tính", 12),
        ("Hướng đánh giá", 30),
        ("Kế hoạch", 16),
        ("Cận trên", 16),
        ("Giá trị gốc", 16),
        ("Ghi chú", 30),
    ]
    _headers(sheet, columns)
    validation = DataValidation(
        type="decimal",
        operator="between",
        formula1="-999999999999999",
        formula2="999999999999999",
        allow_blank=True,
        errorTitle="Giá trị không hợp lệ",
        error="Chỉ nhập số.",
    )
    sheet.add_data_validation(validation)
    for offset, target in enumerate(targets):
        r = HEADER_ROW + 1 + offset
        indicator = target.indicator
        values = [
            unit.code,
            indicator.code,
            indicator.name,
            indicator.unit_of_measure,
            str(directions.get(indicator.direction, indicator.direction)),
            target.target,
            target.target_high,
            target.baseline,
            target.note,
        ]
        for c, value in enumerate(values, start=1):
            cell = _put(sheet, r, c, value)
            if c in (6, 7, 8):
                cell.number_format = _number_format(indicator.decimals)
            if c >= 6:
                cell.protection = _UNLOCKED
                cell.fill = _INPUT
        validation.add(f"F{r}:H{r}")
    _protect(sheet)
    _instructions(
        book,
        [
            "Cách điền mẫu giao chỉ tiêu",
            "1. Nhập kế hoạch năm vào cột “Kế hoạch”; “Cận trên” chỉ dùng cho chỉ tiêu trong khoảng, "
            "“Giá trị gốc” bắt buộc với chỉ tiêu giảm từ một mức ban đầu.",
            "2. Số viết theo cách Việt Nam nếu gõ dạng chữ: 1.218 (hàng nghìn), 2,5 (thập phân).",
            "3. Không gộp ô, không dùng công thức.",
        ],
    )
    _metadata(book, Kind.TARGETS, [("don_vi", unit.code), ("nam", str(year))])
    return _save(book)


def term_targets_template(term: Term) -> bytes:
    """The .xlsx template of a term's targets: measure, end value or total, baseline, yearly milestones.

    Rows are the term's targets; for a term without any yet, those of the unit's previous term, else
    every indicator the unit plans in the term's years, as a starting point (rows left blank are skipped).
    """
    unit, span = term.unit, term.span
    rows = _term_rows(term)
    directions = dict(DIRECTION_CHOICES)
    book = Workbook()
    sheet = book.active
    sheet.title = TERM_TARGETS_SHEET
    _title(
        sheet,
        f"MẪU CHỈ TIÊU NHIỆM KỲ {span.label()}",
        f"Đơn vị: {unit.name} ({unit.code}) — {term.resolution_name}",
    )
    years = list(span.years)
    columns = [
        (CODE_HEADER, 14),
        ("Tên chỉ tiêu", 55),
        ("Đơn vị tính", 12),
        ("Hướng đánh giá", 30),
        (MEASURE_HEADER, 22),
        (TERM_TARGET_HEADER, 16),
        ("Cận trên", 14),
        (TERM_BASELINE_HEADER, 16),
        *((milestone_header(year), 14) for year in years),
        ("Ghi chú", 30),
    ]
    _headers(sheet, columns)
    numbers = DataValidation(
        type="decimal",
        operator="between",
        formula1="-999999999999999",
        formula2="999999999999999",
        allow_blank=True,
        errorTitle="Giá trị không hợp lệ",
        error="Chỉ nhập số.",
    )
    measures = DataValidation(
        type="list",
        formula1='"' + ",".join(MEASURE_LABELS) + '"',
        allow_blank=True,
        errorTitle="Cách tính",
        error="Chọn một cách tính trong danh sách: " + ", ".join(MEASURE_LABELS) + ".",
    )
    for validation in (numbers, measures):
        sheet.add_data_validation(validation)
    first_number, last_number = 6, 8 + len(years)
    for offset, (indicator, measure, found, milestones) in enumerate(rows):
        r = HEADER_ROW + 1 + offset
        values = [
            indicator.code,
            indicator.name,
            indicator.unit_of_measure,
            str(directions.get(indicator.direction, indicator.direction)),
            core_terms.TermMeasure(measure).label("vi"),
            found.target if found else None,
            found.target_high if found else None,
            found.baseline if found else None,
            *(milestones.get(year) for year in years),
            found.note if found else "",
        ]
        for c, value in enumerate(values, start=1):
            cell = _put(sheet, r, c, value)
            if first_number <= c <= last_number:
                cell.number_format = _number_format(indicator.decimals)
            if c >= 5:
                cell.protection = _UNLOCKED
                cell.fill = _INPUT
        numbers.add(f"{get_column_letter(first_number)}{r}:{get_column_letter(last_number)}{r}")
        measures.add(f"E{r}")
    _protect(sheet)
    _instructions(
        book,
        [
            "Cách điền mẫu chỉ tiêu nhiệm kỳ",
            f"1. Mẫu này dùng cho nhiệm kỳ {span.label()} của đơn vị {unit.code}; không đổi tên trang tính, "
            "không gộp ô, không dùng công thức.",
            "2. “Cách tính”: “cộng dồn cả nhiệm kỳ” cho chỉ tiêu tính tổng các năm (số người được giải quyết "
            "việc làm trong 5 năm), “đến cuối nhiệm kỳ” cho chỉ tiêu về mức đạt được vào năm cuối (tỷ lệ, "
            "số đảng viên). Để trống: hệ thống chọn theo cách tổng hợp của chỉ tiêu.",
            "3. “Chỉ tiêu nhiệm kỳ”: mức phải đạt (hoặc tổng cả nhiệm kỳ); “Cận trên” chỉ dùng cho chỉ tiêu "
            "trong khoảng; “Giá trị đầu nhiệm kỳ”: mức của năm Đại hội, để trống thì lấy số liệu năm "
            f"{span.start}.",
            "4. “Mốc năm”: mức cần đạt (hoặc tổng lũy kế) đến hết từng năm, nếu Nghị quyết có đặt; "
            "để trống thì lộ trình được tính đều theo thời gian.",
            "5. Số viết theo cách Việt Nam nếu gõ dạng chữ: 1.218 (hàng nghìn), 2,5 (thập phân).",
            "6. Dòng để trống mọi ô số được bỏ qua. Hệ thống cho xem trước các thay đổi rồi mới ghi; "
            "nếu có một ô sai thì không ghi dòng nào.",
        ],
    )
    _metadata(book, Kind.TERM_TARGETS, [("don_vi", unit.code), ("nhiem_ky", term_key(term))])
    return _save(book)


def term_key(term: Term) -> str:
    """How a template names its term: "2020-2025"."""
    return f"{term.start_year}-{term.end_year}"


def _term_rows(term: Term) -> list[tuple[Indicator, str, TermTarget | None, dict[int, object]]]:
    """The rows of a term targets template: each indicator, its measure, its term target (if any) and
    the target's milestones."""
    own = list(
        TermTarget.objects.filter(term=term).select_related("indicator").prefetch_related("milestones")
    )
    if own:
        return [(t.indicator, t.measure, t, {m.year: m.value for m in t.milestones.all()}) for t in own]
    earlier = Term.objects.of_unit(term.unit).filter(start_year__lt=term.start_year).order_by("-start_year")
    previous = earlier.first()
    if previous is not None:
        carried = TermTarget.objects.filter(term=previous).select_related("indicator")
        if carried:
            return [(t.indicator, t.measure, None, {}) for t in carried]
    planned = (
        Indicator.objects.filter(targets__unit=term.unit, targets__year__in=list(term.span.years))
        .distinct()
        .order_by("group__order", "order", "code")
    )
    return [(i, core_terms.measure_for(i.rule()).value, None, {}) for i in planned]


def work_items_template(unit: OrgUnit, year: int) -> bytes:
    """The .xlsx template of the work items a unit leads in a year: completion date and result to fill."""
    kinds = dict(WORK_ITEM_KIND_CHOICES)
    items = list(WorkItem.objects.for_year(year).led_by(unit).order_by("kind", "deadline", "id"))
    book = Workbook()
    sheet = book.active
    sheet.title = WORK_ITEMS_SHEET
    _title(sheet, f"MẪU CẬP NHẬT NHIỆM VỤ NĂM {year}", f"Đơn vị chủ trì: {unit.name} ({unit.code})")
    columns = [
        ("Số thứ tự", 10),
        ("Mã", 14),
        ("Loại", 24),
        ("Nội dung", 60),
        ("Hạn hoàn thành", 16),
        ("Ngày hoàn thành", 16),
        ("Kết quả", 40),
    ]
    _headers(sheet, columns)
    dates = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="36526",  # 01/01/2000
        allow_blank=True,
        errorTitle="Ngày không hợp lệ",
        error="Nhập ngày dạng dd/mm/yyyy.",
    )
    sheet.add_data_validation(dates)
    for offset, item in enumerate(items):
        r = HEADER_ROW + 1 + offset
        values = [
            item.pk,
            item.code,
            str(kinds.get(item.kind, item.kind)),
            item.title,
            item.deadline,
            item.completed_on,
            item.result_note,
        ]
        for c, value in enumerate(values, start=1):
            cell = _put(sheet, r, c, value)
            if c in (5, 6):
                cell.number_format = "DD/MM/YYYY"
            if c >= 6:
                cell.protection = _UNLOCKED
                cell.fill = _INPUT
        dates.add(f"F{r}")
    _protect(sheet)
    _instructions(
        book,
        [
            "Cách điền mẫu cập nhật nhiệm vụ",
            "1. Ghi ngày hoàn thành (dd/mm/yyyy) của nhiệm vụ đã xong và kết quả thực hiện.",
            "2. Không thêm dòng, không gộp ô.",
        ],
    )
    _metadata(book, Kind.WORK_ITEMS, [("don_vi", unit.code), ("nam", str(year))])
    return _save(book)


# --- shared layout ----------------------------------------------------------------------------


def _put(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Write ``value`` into a cell; a text is stored as text, even one that starts like a formula.

    openpyxl stores a text starting with ``=`` as a live formula: such a name ("=HYPERLINK(…)")
    would run when the file is opened. It is set back to a string, and every text starting like a
    formula gets Excel's quote prefix, so that it stays text when someone edits the cell.
    """
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _title(sheet: Worksheet, title: str, subtitle: str) -> None:
    _put(sheet, 1, 1, title).font = Font(bold=True, size=13)
    _put(sheet, 2, 1, subtitle)
    _put(sheet, 3, 1, "Chỉ nhập vào các ô tô màu vàng. Xem hướng dẫn ở trang “Hướng dẫn”.").font = Font(
        italic=True
    )


def _headers(sheet: Worksheet, columns: list[tuple[str, int]]) -> None:
    for c, (header, width) in enumerate(columns, start=1):
        cell = _put(sheet, HEADER_ROW, c, header)
        cell.font = _BOLD
        cell.fill = _HEADER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=3)


def _protect(sheet: Worksheet) -> None:
    """Lock everything but the input cells; no password: this prevents slips, not people."""
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # people widen columns
    sheet.protection.selectLockedCells = False
    sheet.protection.selectUnlockedCells = False


def _instructions(book: Workbook, lines: list[str]) -> None:
    sheet = book.create_sheet(INSTRUCTIONS_SHEET)
    sheet.column_dimensions["A"].width = 120
    for r, line in enumerate(lines, start=1):
        cell = _put(sheet, r, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if r == 1:
            cell.font = Font(bold=True, size=13)
    sheet.protection.sheet = True


def _metadata(book: Workbook, kind: str, declarations: list[tuple[str, str]]) -> None:
    sheet = book.create_sheet(METADATA_SHEET)
    rows = [
        ("mau", kind),
        ("phien_ban_mau", TEMPLATE_VERSION),
        *declarations,
        ("ky_hieu_so", Notation.VI.value),
    ]
    for r, (key, value) in enumerate(rows, start=1):
        _put(sheet, r, 1, key)
        _put(sheet, r, 2, value)
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def _number_format(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def _save(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
