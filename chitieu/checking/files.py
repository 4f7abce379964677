"""Reading the report to check: a plain-text file or a Word document, refused when unsafe or too big.

A .docx is a zip archive. Before python-docx parses one, its table of contents is read and the
archive is refused when it would unpack to more than :data:`MAX_UNPACKED_BYTES` or when a
member is compressed suspiciously well (a zip bomb). Python's zipfile never inflates a member
beyond the size its header declares, so a header that lies cannot get round the check.
"""

from __future__ import annotations

import io
import math
import zipfile
from pathlib import Path, PurePath
from typing import BinaryIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table, _Row
from lxml.etree import LxmlError

from chitieu.core.errors import DomainError

MAX_TEXT_CHARS = 500_000  # about 150 pages: checked in a second or two
MAX_FILE_BYTES = 5 * 1024 * 1024  # a .txt or .docx as given
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # everything inside a .docx, unpacked
MAX_COMPRESSION_RATIO = 100  # Word documents compress 3 to 10 times; bombs a thousand times
MAX_MEMBERS = 2_000
SUFFIXES = (".txt", ".docx")
_MEGABYTE = 1024 * 1024


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
        "zip_bomb": (
            "“{name}” would unpack to far more than its size: refused as a possible zip bomb.",
            "Tệp “{name}” khi giải nén lớn bất thường so với dung lượng của nó: "
            "từ chối vì có thể là tệp nén độc hại (zip bomb).",
        ),
        "unpacked_too_large": (
            "“{name}” would unpack to {size} MB; at most {limit} MB is allowed.",
            "Tệp “{name}” khi giải nén có dung lượng {size} MB, vượt giới hạn {limit} MB.",
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
        raise ReportFileError("too_large", name=name, size=_megabytes(size), limit=_megabytes(MAX_FILE_BYTES))
    return read_report_bytes(path.read_bytes(), name=name)


def read_report_stream(stream: BinaryIO, name: str = "stdin.txt") -> str:
    """The text of a report read from a stream (standard input), read no further than the limit."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        limit = _megabytes(MAX_FILE_BYTES)
        raise ReportFileError("too_large", name=name, size=f"> {limit}", limit=limit)
    return read_report_bytes(data, name=name)


def read_report_bytes(data: bytes, *, name: str) -> str:
    """The text of a report given as bytes; ``name`` says its type (.txt or .docx)."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportFileError("unsupported_type", name=name)
    if len(data) > MAX_FILE_BYTES:
        raise ReportFileError(
            "too_large", name=name, size=_megabytes(len(data)), limit=_megabytes(MAX_FILE_BYTES)
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
    _refuse_zip_bomb(data, name)
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


def _refuse_zip_bomb(data: bytes, name: str) -> None:
    """Refuse an archive that is not a zip, has too many members, or unpacks to too much."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile as error:
        raise ReportFileError("not_docx", name=name) from error
    if len(members) > MAX_MEMBERS:
        raise ReportFileError("zip_bomb", name=name)
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _MEGABYTE and ratio > MAX_COMPRESSION_RATIO:
            raise ReportFileError("zip_bomb", name=name)
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ReportFileError(
            "unpacked_too_large", name=name, size=_megabytes(unpacked), limit=_megabytes(MAX_UNPACKED_BYTES)
        )


def _megabytes(size: int) -> int:
    return math.ceil(size / _MEGABYTE)
