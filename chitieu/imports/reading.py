"""Reading an uploaded spreadsheet safely: an .xlsx or .csv file in, plain rows of typed cells out.

An .xlsx file is a zip archive of XML parts. Before openpyxl parses one, the archive's table of
contents is checked (members, unpacked size, compression ratio: zip bombs) and every XML part is
scanned once for a document type declaration, which no spreadsheet needs and every entity
expansion attack ("billion laughs") uses. openpyxl itself parses through defusedxml (installed
with chitieu), a second line of defence. Workbooks are opened read-only and with formulas kept
(``data_only=False``) so that a formula is seen as one, never as the number Excel cached for it.

Merged cells are found in the raw sheet XML, because openpyxl's read-only mode does not report
them. Nothing here knows indicators or units: this module only says what the cells hold.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import PurePath
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.cell.read_only import EmptyCell
from openpyxl.utils import get_column_letter

from chitieu.core.archives import MEGABYTE, ArchiveLimits, checked_members, megabytes
from chitieu.core.errors import DomainError

MAX_FILE_BYTES = 10 * 1024 * 1024  # an upload as given
ARCHIVE_LIMITS = ArchiveLimits(max_members=300, max_unpacked_bytes=80 * MEGABYTE)  # an .xlsx, unpacked
MAX_SHEETS = 20
MAX_ROWS = 20_000  # a district's wards × indicators fits; a million-row sheet does not
MAX_COLUMNS = 40
METADATA_SHEET = "_chitieu"
_ZIP_MAGIC = b"PK"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and .xlsx files protected by a password
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)\"")
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


class SpreadsheetError(DomainError, ValueError):
    """A file that cannot be read as a spreadsheet, or that is refused as unsafe; nothing was read."""

    templates = {
        "empty_file": ("“{name}” is empty.", "Tệp “{name}” rỗng, không có dữ liệu."),
        "too_large": (
            "“{name}” is too large ({size} MB); at most {limit} MB can be imported.",
            "Tệp “{name}” quá lớn ({size} MB); chỉ nhập được tệp tối đa {limit} MB.",
        ),
        "not_spreadsheet": (
            "“{name}” is not an Excel workbook (.xlsx) or a CSV file.",
            "Tệp “{name}” không phải bảng tính Excel (.xlsx) hay tệp CSV.",
        ),
        "old_excel": (
            "“{name}” is an old Excel file (.xls) or is protected by a password; "
            "save it as an Excel workbook (.xlsx) without a password.",
            "Tệp “{name}” là tệp Excel cũ (.xls) hoặc có đặt mật khẩu; "
            "hãy lưu lại dưới dạng Excel Workbook (.xlsx) không mật khẩu.",
        ),
        "corrupt": (
            "“{name}” is damaged: it cannot be opened as an Excel workbook.",
            "Tệp “{name}” bị hỏng, không mở được như một bảng tính Excel.",
        ),
        "xml_entities": (
            "“{name}” declares XML entities (a document type), which no spreadsheet needs: "
            "refused as unsafe.",
            "Tệp “{name}” có khai báo thực thể XML (DOCTYPE/ENTITY), điều mà bảng tính bình thường "
            "không có: từ chối vì không an toàn.",
        ),
        "macros": (
            "“{name}” contains macros; save it as an Excel workbook (.xlsx) without macros.",
            "Tệp “{name}” có chứa macro; hãy lưu lại dưới dạng Excel Workbook (.xlsx) không có macro.",
        ),
        "too_many_sheets": (
            "“{name}” has {count} sheets; at most {limit} are allowed.",
            "Tệp “{name}” có {count} trang tính, vượt giới hạn {limit} trang.",
        ),
        "too_many_rows": (
            "Sheet “{sheet}” has more than {limit} rows.",
            "Trang tính “{sheet}” có quá {limit} dòng.",
        ),
        "too_many_columns": (
            "Sheet “{sheet}”, row {row}: data in column {column}, beyond the {limit} columns allowed.",
            "Trang tính “{sheet}”, dòng {row}: có dữ liệu ở cột {column}, vượt quá {limit} cột cho phép.",
        ),
        "merged_cells": (
            "Sheet “{sheet}”, row {row}, column {column}: merged cells ({cells}); unmerge them.",
            "Trang tính “{sheet}”, dòng {row}, cột {column}: có ô gộp ({cells}); hãy bỏ gộp ô.",
        ),
        "not_utf8": (
            "“{name}” is not UTF-8 text; save the CSV file as “CSV UTF-8”.",
            "Tệp “{name}” không phải văn bản mã UTF-8; hãy lưu tệp CSV với kiểu “CSV UTF-8”.",
        ),
        "no_sheet": ("“{name}” has no worksheet.", "Tệp “{name}” không có trang tính nào."),
    }


@dataclass(frozen=True, slots=True)
class SheetCell:
    """What one cell holds: ``kind`` is number, text, formula, date, bool, error or empty."""

    kind: str
    value: Any = None


EMPTY = SheetCell("empty")


@dataclass
class Spreadsheet:
    """The rows of the data sheet (row number → cells from column A) and the template's metadata."""

    name: str
    format: str  # "xlsx" or "csv"
    sheet: str
    rows: list[tuple[int, list[SheetCell]]]
    metadata: dict[str, str] = field(default_factory=dict)


def read_spreadsheet(data: bytes, *, name: str, sheet_name: str | None = None) -> Spreadsheet:
    """Read an uploaded .xlsx or .csv file, refusing it (:class:`SpreadsheetError`) when unsafe."""
    if not data:
        raise SpreadsheetError("empty_file", name=name)
    if len(data) > MAX_FILE_BYTES:
        raise SpreadsheetError(
            "too_large", name=name, size=megabytes(len(data)), limit=megabytes(MAX_FILE_BYTES)
        )
    if data.startswith(_OLE_MAGIC):
        raise SpreadsheetError("old_excel", name=name)
    if data.startswith(_ZIP_MAGIC):
        return _read_xlsx(data, name, sheet_name)
    if PurePath(name).suffix.lower() in (".csv", ".txt"):
        return _read_csv(data, name)
    raise SpreadsheetError("not_spreadsheet", name=name)


# --- .xlsx ------------------------------------------------------------------------------------


def _read_xlsx(data: bytes, name: str, sheet_name: str | None) -> Spreadsheet:
    merges = _check_archive(data, name)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # zipfile, lxml, defusedxml and openpyxl raise many kinds of errors
        raise _unreadable(error, name) from error
    try:
        if len(book.sheetnames) > MAX_SHEETS:
            raise SpreadsheetError("too_many_sheets", name=name, count=len(book.sheetnames), limit=MAX_SHEETS)
        metadata = _metadata(book) if METADATA_SHEET in book.sheetnames else {}
        sheet = _data_sheet(book, name, sheet_name)
        path = getattr(sheet, "_worksheet_path", "").lstrip("/")
        for cells in merges.get(path, [])[:1]:
            first = cells.split(":")[0]
            column, row = re.match(r"([A-Z]+)([0-9]+)", first).groups()  # type: ignore[union-attr]
            raise SpreadsheetError("merged_cells", sheet=sheet.title, row=row, column=column, cells=cells)
        rows = _xlsx_rows(sheet, name)
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, ParseError, OSError, EOFError) as error:
        raise _unreadable(error, name) from error
    except Exception as error:
        if type(error).__module__.startswith(("lxml", "openpyxl", "xml", "defusedxml")):
            raise _unreadable(error, name) from error
        raise
    finally:
        book.close()
    return Spreadsheet(name=name, format="xlsx", sheet=sheet.title, rows=rows, metadata=metadata)


def _unreadable(error: BaseException, name: str) -> SpreadsheetError:
    """A damaged workbook, or an entity attack caught by defusedxml (openpyxl wraps its errors)."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return SpreadsheetError("xml_entities", name=name)
        seen = seen.__cause__ or seen.__context__
    return SpreadsheetError("corrupt", name=name)


def _check_archive(data: bytes, name: str) -> dict[str, list[str]]:
    """Refuse a bad or hostile archive before parsing; return the merged ranges of each sheet part."""
    try:
        members = checked_members(data, name, ARCHIVE_LIMITS)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {member.filename for member in members}
            if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
                raise SpreadsheetError("not_spreadsheet", name=name)
            if any(n.lower().endswith("vbaproject.bin") for n in names):
                raise SpreadsheetError("macros", name=name)
            merges: dict[str, list[str]] = {}
            for member in members:
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                # Python's zipfile never inflates a member beyond the size its header declares.
                content = archive.read(member)
                if _DOCTYPE.search(content):
                    raise SpreadsheetError("xml_entities", name=name)
                if member.filename.startswith("xl/worksheets/") and b"mergeCell" in content:
                    merges[member.filename] = [m.decode() for m in _MERGE.findall(content)]
            return merges
    # zipfile raises NotImplementedError for a compression method it cannot read: a corrupt file too
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, NotImplementedError) as error:
        raise SpreadsheetError("corrupt", name=name) from error
    except RuntimeError as error:  # an encrypted member
        raise SpreadsheetError("corrupt", name=name) from error


def _metadata(book: Any) -> dict[str, str]:
    """The template's declarations: one key and value per row of the hidden sheet."""
    found: dict[str, str] = {}
    for index, row in enumerate(book[METADATA_SHEET].iter_rows(max_col=2, values_only=True)):
        if index >= 50:
            break
        if row and row[0] is not None and len(row) > 1:
            found[str(row[0]).strip()] = "" if row[1] is None else str(row[1]).strip()
    return found


def _data_sheet(book: Any, name: str, wanted: str | None) -> Any:
    """The sheet named ``wanted`` if there is one, else the first visible sheet."""
    if wanted and wanted in book.sheetnames:
        return book[wanted]
    for title in book.sheetnames:
        if title != METADATA_SHEET and getattr(book[title], "sheet_state", "visible") == "visible":
            return book[title]
    raise SpreadsheetError("no_sheet", name=name)


def _xlsx_rows(sheet: Any, name: str) -> list[tuple[int, list[SheetCell]]]:
    if not hasattr(sheet, "iter_rows"):  # a chart sheet
        raise SpreadsheetError("no_sheet", name=name)
    sheet.reset_dimensions()  # the stored dimensions may lie; read the cells that are there
    rows: list[tuple[int, list[SheetCell]]] = []
    for number, row in enumerate(sheet.iter_rows(), start=1):
        if number > MAX_ROWS:
            raise SpreadsheetError("too_many_rows", sheet=sheet.title, limit=MAX_ROWS)
        cells = [_cell(cell) for cell in row]
        while cells and cells[-1] is EMPTY:
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise SpreadsheetError(
                "too_many_columns",
                sheet=sheet.title,
                row=number,
                column=get_column_letter(len(cells)),
                limit=MAX_COLUMNS,
            )
        if cells:
            rows.append((number, cells))
    return rows


_KINDS = {"n": "number", "s": "text", "f": "formula", "d": "date", "b": "bool", "e": "error"}


def _cell(cell: Any) -> SheetCell:
    if isinstance(cell, EmptyCell):
        return EMPTY
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        return EMPTY
    kind = _KINDS.get(cell.data_type, "text")
    if isinstance(value, (datetime, date, time, timedelta)):
        kind = "date"
    elif kind == "text" and isinstance(value, str) and value.startswith("="):
        kind = "formula"
    return SheetCell(kind, value)


# --- .csv -------------------------------------------------------------------------------------


def _read_csv(data: bytes, name: str) -> Spreadsheet:
    if b"\x00" in data:
        raise SpreadsheetError("not_spreadsheet", name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpreadsheetError("not_utf8", name=name) from error
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in first_line else "\t" if "\t" in first_line else ","
    rows: list[tuple[int, list[SheetCell]]] = []
    try:
        for number, values in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
            if number > MAX_ROWS:
                raise SpreadsheetError("too_many_rows", sheet=name, limit=MAX_ROWS)
            cells = [SheetCell("text", v.strip()) if v.strip() else EMPTY for v in values]
            while cells and cells[-1] is EMPTY:
                cells.pop()
            if len(cells) > MAX_COLUMNS:
                raise SpreadsheetError(
                    "too_many_columns",
                    sheet=name,
                    row=number,
                    column=get_column_letter(len(cells)),
                    limit=MAX_COLUMNS,
                )
            if cells:
                rows.append((number, cells))
    except csv.Error as error:
        raise SpreadsheetError("not_spreadsheet", name=name) from error
    return Spreadsheet(name=name, format="csv", sheet=name, rows=rows)
