"""Reading the report to check: a plain-text file or a Word document, refused when unsafe or too big.

A .docx is a zip archive: before python-docx parses one, it goes through the same zip-bomb
guard as an uploaded spreadsheet (:mod:`chitieu.core.archives`).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePath
from typing import BinaryIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Row
from lxml.etree import LxmlError

from chitieu.core.archives import MEGABYTE, ArchiveLimits, checked_members, megabytes
from chitieu.core.errors import DomainError

MAX_TEXT_CHARS = 500_000  # about 150 pages: checked in a second or two
MAX_FILE_BYTES = 5 * 1024 * 1024  # a .txt or .docx as given
ARCHIVE_LIMITS = ArchiveLimits(max_members=2_000, max_unpacked_bytes=50 * MEGABYTE)  # a .docx, unpacked
SUFFIXES = (".txt", ".docx")


class ReportFileError(DomainError, ValueError):
    """A report file that cannot be checked, and why."""

    templates = {
        "unsupported_type": (
            "Only .txt and .docx files can be checked, not “{name}”.",
            "Chỉ kiểm tra được tệp .txt hoặc .docx; tệp “{name}” không thuộc loại này.",
        ),
        "not_found": ("There is no file “{name}”.", "Không tìm thấy tệp “{name}”."),
        "too_large": (
            "“{name}” is too large ({size} MB); at most {limit} MB can be checked.",
            "Tệp “{name}” quá lớn ({size} MB); chỉ kiểm tra được tệp tối đa {limit} MB.",
        ),
        "not_utf8": (
            "“{name}” is not UTF-8 text; save it again as UTF-8.",
            "Tệp “{name}” không phải văn bản mã UTF-8; hãy lưu lại tệp với bảng mã UTF-8.",
        ),
        "not_docx": (
            "“{name}” is not a valid Word (.docx) document.",
            "Tệp “{name}” không phải tài liệu Word (.docx) hợp lệ.",
        ),
        "text_too_long": (
            "The text has {length} characters; at most {limit} can be checked.",
            "Văn bản dài {length} ký tự, vượt giới hạn {limit} ký tự có thể kiểm tra.",
        ),
        "empty": ("“{name}” holds no text.", "Tệp “{name}” không có nội dung văn bản."),
    }


def read_report_file(path: Path) -> str:
    """The text of a .txt or .docx report file."""
    name = path.name
    if path.suffix.lower() not in SUFFIXES:
        raise ReportFileError("unsupported_type", name=name)
    try:
        size = path.stat().st_size
    except FileNotFoundError as error:
        raise ReportFileError("not_found", name=str(path)) from error
    if size > MAX_FILE_BYTES:
        raise ReportFileError("too_large", name=name, size=megabytes(size), limit=megabytes(MAX_FILE_BYTES))
    return read_report_bytes(path.read_bytes(), name=name)


def read_report_stream(stream: BinaryIO, name: str = "stdin.txt") -> str:
    """The text of a report read from a stream (standard input), read no further than the limit."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        limit = megabytes(MAX_FILE_BYTES)
        raise ReportFileError("too_large", name=name, size=f"> {limit}", limit=limit)
    return read_report_bytes(data, name=name)


def read_report_bytes(data: bytes, *, name: str) -> str:
    """The text of a report given as bytes; ``name`` says its type (.txt or .docx)."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportFileError("unsupported_type", name=name)
    if len(data) > MAX_FILE_BYTES:
        raise ReportFileError(
            "too_large", name=name, size=megabytes(len(data)), limit=megabytes(MAX_FILE_BYTES)
        )
    text = _docx_text(data, name) if suffix == ".docx" else _plain_text(data, name)
    if not text.strip():
        raise ReportFileError("empty", name=name)
    return checked_length(text)


def checked_length(text: str) -> str:
    """``text``, if it is short enough to be checked."""
    if len(text) > MAX_TEXT_CHARS:
        raise ReportFileError("text_too_long", length=len(text), limit=MAX_TEXT_CHARS)
    return text


def _plain_text(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ReportFileError("not_utf8", name=name) from error


def _docx_text(data: bytes, name: str) -> str:
    """Paragraphs and table rows in document order, separated by blank lines."""
    try:
        checked_members(data, name, ARCHIVE_LIMITS)
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise ReportFileError("not_docx", name=name) from error
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, LxmlError) as error:
        raise ReportFileError("not_docx", name=name) from error
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.extend(_row_text(row) for row in block.rows)
        else:
            blocks.append(block.text)
    return "\n\n".join(block for block in blocks if block.strip())


def _row_text(row: _Row) -> str:
    """A table row as one line; a merged cell is read once."""
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(cell.text.strip())
    return " | ".join(cells)
