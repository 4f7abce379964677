"""Báo cáo: a unit's official report for a period, built from the data and streamed as a file."""

from __future__ import annotations

from datetime import date
from typing import Literal

from django.http import HttpRequest, StreamingHttpResponse
from ninja import Router

from chitieu.api.common import ERRORS, Code, PeriodId, check_date, refuse, visible_unit
from chitieu.api.scorecards import EstimateChoice
from chitieu.api.terms import unit_term
from chitieu.core.periods import PeriodError, parse_period
from chitieu.core.terms import estimate_option
from chitieu.rendering.renderers import CONTENT_TYPES, RENDERERS
from chitieu.reporting.build import ReportFile, report_file
from chitieu.reporting.term_report import Stage, term_report_file

router = Router(tags=["reports"])

CHUNK = 64 * 1024
FormatName = Literal["docx", "pdf", "xlsx", "html"]

_BINARY = {"schema": {"type": "string", "format": "binary"}}
_FILES = {
    "200": {
        "description": "the report file",
        "content": {CONTENT_TYPES[name]: _BINARY for name in RENDERERS},
    }
}


@router.get(
    "/reports/{unit}/{period}.{format_name}",
    response=ERRORS,
    summary="Download a unit's report for a period",
    openapi_extra={"responses": _FILES},
)
def download_report(
    request: HttpRequest,
    unit: Code,
    period: PeriodId,
    format_name: FormatName,
    lang: Literal["vi", "en"] = "vi",
    as_of: date | None = None,
    estimate: Literal["auto", "same_share", "straight_line"] | None = EstimateChoice,
) -> StreamingHttpResponse:
    """The report (DOCX, PDF, XLSX or HTML) as the web page gives it, as of ``as_of``.

    Without ``as_of``: the close of the period's cut-off window, or today. With ``estimate``: the
    mid-December report, each target whose year is still open judged on its year-end estimate.
    """
    found = visible_unit(request, unit)
    try:
        parsed = parse_period(period)
    except PeriodError as error:
        raise refuse(404, "not_found") from error
    file = report_file(
        unit=found,
        period=parsed,
        format_name=format_name,
        lang=lang,
        as_of=check_date(as_of),
        estimate=estimate_option(estimate),
    )
    return _streamed(file, format_name)


@router.get(
    "/reports/{unit}/terms/{term}/{stage}.{format_name}",
    response=ERRORS,
    summary="Download a term's mid-term or end-of-term review",
    openapi_extra={"responses": _FILES},
)
def download_term_report(
    request: HttpRequest,
    unit: Code,
    term: str,
    stage: Literal["midterm", "final"],
    format_name: FormatName,
    lang: Literal["vi", "en"] = "vi",
    as_of: date | None = None,
) -> StreamingHttpResponse:
    """The review of a term (``2020-2025``): ``midterm`` (sơ kết giữa nhiệm kỳ) or ``final`` (tổng kết
    nhiệm kỳ), as the term page gives it, as of ``as_of`` (today by default)."""
    found = unit_term(visible_unit(request, unit), term)
    file = term_report_file(
        term=found, stage=Stage(stage), format_name=format_name, lang=lang, as_of=check_date(as_of)
    )
    return _streamed(file, format_name)


def _streamed(file: ReportFile, format_name: str) -> StreamingHttpResponse:
    content = file.content
    response = StreamingHttpResponse(
        (content[start : start + CHUNK] for start in range(0, len(content), CHUNK)),
        content_type=CONTENT_TYPES[format_name],
    )
    response["Content-Length"] = str(len(content))
    disposition = "inline" if format_name == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{file.name}"'
    return response
