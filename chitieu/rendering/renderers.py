"""The renderers, by format: each turns a :class:`Report` into the bytes of one file."""

from __future__ import annotations

from collections.abc import Callable

from chitieu.rendering import docx, html, pdf, xlsx
from chitieu.rendering.report import Report

RENDERERS: dict[str, Callable[[Report], bytes]] = {
    "docx": docx.render,
    "pdf": pdf.render,
    "xlsx": xlsx.render,
    "html": html.render,
}

CONTENT_TYPES: dict[str, str] = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
}

FILE_EXTENSIONS: dict[str, str] = {
    "docx": ".docx",
    "pdf": ".pdf",
    "xlsx": ".xlsx",
    "html": ".html",
}


def file_name(report: Report, format_name: str) -> str:
    """The name to download the report under: ``bao-cao-2022.docx``."""
    return report.file_stem + FILE_EXTENSIONS[format_name]
