"""The corpus of broken and hostile import files, built here (nothing downloaded), each with its error code.

Run ``python -m tests.imports.make_corpus DIR`` to write the files to a folder; the tests build
them in memory. The files are made for the unit ``W-A`` and period ``2022M03`` of the import
fixture (tests/imports/conftest.py): indicators JOBS and HOUSES are planned there, NOPLAN is not,
QUARTERLY is reported by quarter, RATE is a rate computed from JOBS and HOUSES, YESNO takes 0/1.

Row-level cases put one good row (row 5: JOBS) before the bad one (row 6), so that a partial
import would show.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

UNIT, PERIOD = "W-A", "2022M03"
HEADERS = ["Mã đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Số liệu kỳ trước"]
HEADERS += ["Giá trị", "Loại số liệu"]
COLUMN = {"unit": "A", "code": "B", "value": "G", "kind": "H"}

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'.encode()
        for i in range(1, 10)
    )
    + b"]>\n"
)


@dataclass(frozen=True)
class Case:
    """One bad file: its name, bytes, the refusal code expected, and where (row, column) if it applies."""

    name: str
    filename: str
    data: bytes
    code: str
    row: int | None = None
    column: str | None = None
    setup: str | None = None  # a state the test puts the data in first: approved, submitted, closed, late
    unit: str = UNIT
    user: str = "bob"


def workbook(
    rows: list[list[object]] | None = None,
    *,
    meta: dict[str, str] | None = None,
    with_meta: bool = True,
    title: str = "Số liệu",
    edit: Callable[[Workbook], None] | None = None,
) -> bytes:
    """An .xlsx in the layout of the results template (header on row 4, data from row 5)."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet["A1"] = "MẪU NHẬP SỐ LIỆU KẾT QUẢ THỰC HIỆN"
    for c, header in enumerate(HEADERS, start=1):
        sheet.cell(row=4, column=c, value=header)
    for r, row in enumerate(rows or [], start=5):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    if with_meta:
        declared = {
            "mau": "so_lieu",
            "phien_ban_mau": "1",
            "don_vi": UNIT,
            "ky": PERIOD,
            "ky_hieu_so": "vi",
            **(meta or {}),
        }
        hidden = book.create_sheet("_chitieu")
        for r, (key, value) in enumerate(declared.items(), start=1):
            hidden.cell(row=r, column=1, value=key)
            hidden.cell(row=r, column=2, value=value)
        hidden.sheet_state = "veryHidden"
    if edit:
        edit(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def row(code: object = "JOBS", value: object = 25, kind: object = None, unit: object = UNIT) -> list[object]:
    return [unit, code, "tên", "người", 1000, None, value, kind]


GOOD = row("JOBS", 25)


def bad_row(**kwargs: object) -> bytes:
    return workbook([GOOD, row(**{"code": "HOUSES", **kwargs})])  # type: ignore[arg-type]


def rezip(
    data: bytes, change: Callable[[str, bytes], bytes | None], extra: dict[str, bytes] | None = None
) -> bytes:
    """Rewrite the members of an archive (None drops one), adding ``extra`` members."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = change(info.filename, source.read(info))
            if content is not None:
                target.writestr(info.filename, content)
        for name, content in (extra or {}).items():
            target.writestr(name, content)
    return out.getvalue()


def with_doctype(member: str, doctype: bytes) -> bytes:
    def change(name: str, content: bytes) -> bytes:
        if name != member:
            return content
        body = content.split(b"?>", 1)[1] if content.startswith(b"<?xml") else content
        return doctype + body

    return rezip(workbook([GOOD]), change)


def lying_sizes() -> bytes:
    """An archive whose headers say the sheet unpacks to 100 bytes when it unpacks to far more."""
    data = bytearray(workbook([GOOD] * 50))
    target = b"xl/worksheets/sheet1.xml"
    for signature, size_offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (found := data.find(signature, start)) != -1:
            name_offset = 46 if signature == b"PK\x01\x02" else 30
            name_length = struct.unpack_from("<H", data, found + (28 if signature == b"PK\x01\x02" else 26))[
                0
            ]
            if bytes(data[found + name_offset : found + name_offset + name_length]) == target:
                struct.pack_into("<I", data, found + size_offset, 100)
            start = found + 4
    return bytes(data)


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


def many_rows(count: int) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Số liệu")
    sheet.append(HEADERS)
    for n in range(count):
        sheet.append([UNIT, f"X{n}", "", "", None, None, n, None])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


def cases() -> list[Case]:
    """Every bad file, in a fixed order."""
    good = workbook([GOOD])
    x = "x.xlsx"
    found = [
        # --- not a spreadsheet, damaged, too big -------------------------------------------
        Case("empty", x, b"", "empty_file"),
        Case("pdf", x, b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n", "not_spreadsheet"),
        Case("png", x, b"\x89PNG\r\n\x1a\n" + bytes(64), "not_spreadsheet"),
        Case("random_bytes", x, bytes(range(256)) * 4, "not_spreadsheet"),
        Case("plain_text_named_xlsx", x, "Mã chỉ tiêu;Giá trị\nJOBS;25\n".encode(), "not_spreadsheet"),
        Case(
            "html_named_xlsx",
            "bang.xlsx",
            b"<html><table><tr><td>1</td></tr></table></html>",
            "not_spreadsheet",
        ),
        Case(
            "docx_named_xlsx",
            x,
            zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}),
            "not_spreadsheet",
        ),
        Case("zip_of_text", x, zip_of({"note.txt": b"hello"}), "not_spreadsheet"),
        Case("truncated", x, good[: len(good) // 2], "corrupt"),
        Case("pk_garbage", x, b"PK\x03\x04" + bytes(200), "corrupt"),
        Case("end_of_archive_only", x, b"PK\x05\x06" + bytes(18), "not_spreadsheet"),
        Case("damaged_directory", x, good[:-60] + bytes(60), "corrupt"),
        Case("xls_ole", "old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "old_excel"),
        Case(
            "password_protected",
            x,
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"EncryptedPackage" + bytes(100),
            "old_excel",
        ),
        Case("over_size_limit", x, b"PK\x03\x04" + bytes(10 * 1024 * 1024), "too_large"),
        Case("csv_over_size_limit", "big.csv", b"a;b\n" + b"1;2\n" * (3 * 1024 * 1024), "too_large"),
        Case(
            "zip_bomb_ratio",
            x,
            rezip(good, lambda _n, c: c, {"xl/media/padding.bin": bytes(30 * 1024 * 1024)}),
            "zip_bomb",
        ),
        Case(
            "zip_bomb_many_small",
            x,
            rezip(good, lambda _n, c: c, {f"xl/media/p{i}.bin": bytes(1000 * 1000) for i in range(90)}),
            "unpacked_too_large",
        ),
        Case(
            "too_many_members",
            x,
            rezip(good, lambda _n, c: c, {f"xl/media/m{i}.bin": b"x" for i in range(320)}),
            "zip_bomb",
        ),
        Case("lying_sizes", x, lying_sizes(), "corrupt"),
        Case(
            "macros",
            "macro.xlsm",
            rezip(good, lambda _n, c: c, {"xl/vbaProject.bin": b"\x00" * 100}),
            "macros",
        ),
        # --- XML attacks ---------------------------------------------------------------------
        Case(
            "billion_laughs_sheet",
            x,
            with_doctype("xl/worksheets/sheet1.xml", BILLION_LAUGHS),
            "xml_entities",
        ),
        Case("billion_laughs_workbook", x, with_doctype("xl/workbook.xml", BILLION_LAUGHS), "xml_entities"),
        Case(
            "external_entity",
            x,
            with_doctype(
                "xl/worksheets/sheet1.xml",
                b'<?xml version="1.0"?>\n<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n',
            ),
            "xml_entities",
        ),
        Case(
            "doctype_content_types",
            x,
            with_doctype("[Content_Types].xml", b"<!DOCTYPE Types>\n"),
            "xml_entities",
        ),
        Case("doctype_styles", x, with_doctype("xl/styles.xml", b"<!doctype styleSheet>\n"), "xml_entities"),
        Case(
            "malformed_sheet_xml",
            x,
            rezip(
                good, lambda n, c: b"<worksheet><sheetData><row>" if n == "xl/worksheets/sheet1.xml" else c
            ),
            "corrupt",
        ),
        Case(
            "missing_sheet_part",
            x,
            rezip(good, lambda n, c: None if n == "xl/worksheets/sheet1.xml" else c),
            "no_sheet",
        ),
        # --- shape of the workbook -----------------------------------------------------------
        Case(
            "too_many_sheets",
            x,
            workbook([GOOD], edit=lambda b: [b.create_sheet(f"S{i}") for i in range(25)]),
            "too_many_sheets",
        ),
        Case("too_many_rows", x, many_rows(20_100), "too_many_rows"),
        Case(
            "row_one_million",
            x,
            workbook([GOOD], edit=lambda b: b["Số liệu"].cell(row=1_000_000, column=1, value="x")),
            "too_many_rows",
        ),
        Case(
            "too_many_columns",
            x,
            workbook([GOOD], edit=lambda b: b["Số liệu"].cell(row=5, column=60, value=1)),
            "too_many_columns",
            row=5,
            column="BH",
        ),
        Case(
            "merged_value_cells",
            x,
            workbook([GOOD, row("HOUSES", 3)], edit=lambda b: b["Số liệu"].merge_cells("G5:G6")),
            "merged_cells",
            row=5,
            column="G",
        ),
        Case(
            "merged_title",
            x,
            workbook([GOOD], edit=lambda b: b["Số liệu"].merge_cells("A1:H1")),
            "merged_cells",
            row=1,
            column="A",
        ),
        Case("no_header", x, workbook(edit=lambda b: b["Số liệu"].delete_rows(4)), "no_header"),
        Case(
            "header_renamed",
            x,
            workbook([GOOD], edit=lambda b: b["Số liệu"].cell(row=4, column=2, value="Mã")),
            "no_header",
        ),
        Case("no_rows", x, workbook([]), "no_rows"),
        Case(
            "only_blank_rows",
            x,
            workbook([[" ", None, " "], [None, None, None, None, None, None, " "]]),
            "no_rows",
        ),
        Case("wrong_template_kind", x, workbook([GOOD], meta={"mau": "chi_tieu_giao"}), "wrong_template"),
        Case("wrong_unit_declared", x, workbook([GOOD], meta={"don_vi": "W-B"}), "wrong_unit"),
        Case("wrong_period_declared", x, workbook([GOOD], meta={"ky": "2022M04"}), "wrong_period"),
        Case("wrong_template_version", x, workbook([GOOD], meta={"phien_ban_mau": "0"}), "wrong_version"),
        Case("unknown_notation", x, workbook([GOOD], meta={"ky_hieu_so": "fr"}), "bad_notation"),
        # --- cells ---------------------------------------------------------------------------
        Case("formula", x, bad_row(value="=1+1"), "formula", 6, "G"),
        Case("formula_other_sheet", x, bad_row(value="=SUM('Hướng dẫn'!A1:A3)"), "formula", 6, "G"),
        Case("date", x, bad_row(value=datetime(2022, 3, 1)), "date", 6, "G"),
        Case("boolean", x, bad_row(value=True), "bool", 6, "G"),
        Case("error_value", x, bad_row(value="#DIV/0!"), "error_value", 6, "G"),
        Case("text_not_number", x, bad_row(value="khoảng 20"), "not_a_number", 6, "G"),
        Case(
            "ambiguous_without_notation",
            x,
            workbook([GOOD, row("HOUSES", "1.234")], with_meta=False),
            "ambiguous",
            6,
            "G",
        ),
        Case("several_decimal_commas", x, bad_row(value="1,2,3"), "not_a_number", 6, "G"),
        Case("misplaced_grouping", x, bad_row(value="1.2.3,4"), "bad_grouping", 6, "G"),
        Case("negative", x, bad_row(value=-5), "negative", 6, "G"),
        Case("negative_as_text", x, bad_row(value="-1.500"), "negative", 6, "G"),
        Case("too_many_decimals", x, bad_row(value=1.23456), "too_many_decimals", 6, "G"),
        Case("too_large", x, bad_row(value=1e16), "too_large", 6, "G"),
        Case("yes_no_takes_0_or_1", x, bad_row(code="YESNO", value=2), "yes_no", 6, "G"),
        Case("unknown_indicator", x, bad_row(code="KHONG-CO"), "unknown_indicator", 6, "B"),
        Case("indicator_not_planned", x, bad_row(code="NOPLAN"), "not_planned", 6, "B"),
        Case("indicator_reported_quarterly", x, bad_row(code="QUARTERLY"), "wrong_frequency", 6, "B"),
        Case("computed_rate", x, bad_row(code="RATE"), "computed", 6, "B"),
        Case("value_without_code", x, bad_row(code=None), "missing_code", 6, "B"),
        Case("code_is_a_formula", x, bad_row(code='="JO"&"BS"'), "bad_code", 6, "B"),
        Case("bad_value_kind", x, bad_row(kind="dự báo"), "bad_kind", 6, "H"),
        Case("duplicated_row", x, workbook([GOOD, row("JOBS", 30)]), "duplicate", 6, "B"),
        Case(
            "duplicated_with_other_spelling",
            x,
            workbook([GOOD, row("JOBS", "25", kind="thực hiện")]),
            "duplicate",
            6,
            "B",
        ),
        Case("unknown_unit", x, bad_row(unit="KHONG-CO"), "unit_not_allowed", 6, "A"),
        Case("other_ward", x, bad_row(unit="W-B"), "unit_not_allowed", 6, "A"),
        Case("unit_above", x, bad_row(unit="D1"), "unit_not_allowed", 6, "A"),
        Case(
            "district_file_with_a_ward_not_yours",
            x,
            workbook([GOOD, row("JOBS", 7, unit="W-B")], meta={"don_vi": "D1"}),
            "unit_not_allowed",
            6,
            "A",
            unit="D1",
        ),
        Case("viewer_cannot_enter", x, workbook([GOOD]), "no_permission", 5, "G", user="em"),
        Case("approved_period", x, workbook([GOOD]), "approved", 5, "G", setup="approved"),
        Case("submitted_period", x, workbook([GOOD]), "submitted", 5, "G", setup="submitted"),
        Case("closed_period", x, workbook([GOOD]), "period_closed", 5, "G", setup="closed"),
        Case("deadline_passed", x, workbook([GOOD]), "deadline_passed", 5, "G", setup="late"),
        # --- CSV -----------------------------------------------------------------------------
        Case(
            "csv_not_utf8", "a.csv", csv_bytes("Mã chỉ tiêu;Giá trị\nJOBS;25\n", "utf-16"), "not_spreadsheet"
        ),
        Case(
            "csv_latin1",
            "a.csv",
            "Mã chỉ tiêu;Giá trị;Ghi chú\nJOBS;25;é\n".encode("cp1252", "replace"),
            "not_utf8",
        ),
        Case("csv_nul_bytes", "a.csv", b"Ma chi tieu;Gia tri\x00\nJOBS;25\n", "not_spreadsheet"),
        Case("csv_no_header", "a.csv", csv_bytes("JOBS;25\nHOUSES;3\n"), "no_header"),
        Case("csv_header_only", "a.csv", csv_bytes("Mã chỉ tiêu;Giá trị\n"), "no_rows"),
        Case(
            "csv_too_many_columns",
            "a.csv",
            csv_bytes("Mã chỉ tiêu;Giá trị\nJOBS;25" + ";1" * 60 + "\n"),
            "too_many_columns",
        ),
        Case(
            "csv_ambiguous",
            "a.csv",
            csv_bytes("Mã chỉ tiêu;Giá trị\nJOBS;25\nHOUSES;1.234\n"),
            "ambiguous",
            3,
            "B",
        ),
        Case(
            "csv_formula_text",
            "a.csv",
            csv_bytes("Mã chỉ tiêu,Giá trị\nJOBS,25\nHOUSES,=1+2\n"),
            "not_a_number",
            3,
            "B",
        ),
        Case(
            "csv_unknown_code",
            "a.csv",
            csv_bytes("Mã chỉ tiêu;Giá trị\nJOBS;25\nKHONG;1\n"),
            "unknown_indicator",
            3,
            "A",
        ),
        Case(
            "csv_duplicate",
            "a.csv",
            csv_bytes("Mã chỉ tiêu;Giá trị\nJOBS;25\nJOBS;26\n"),
            "duplicate",
            3,
            "A",
        ),
        Case(
            "csv_negative",
            "a.csv",
            csv_bytes("Mã chỉ tiêu;Giá trị\nJOBS;25\nHOUSES;-2\n"),
            "negative",
            3,
            "B",
        ),
        Case(
            "csv_date_text",
            "a.csv",
            csv_bytes("Mã chỉ tiêu;Giá trị\nJOBS;25\nHOUSES;01/03/2022\n"),
            "not_a_number",
            3,
            "B",
        ),
    ]
    return found


def main(folder: str) -> None:
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for case in cases():
        (target / f"{case.name}{Path(case.filename).suffix}").write_bytes(case.data)
        print(f"{case.name}: {case.code}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "corpus")
