"""Báo cáo: a unit's official report for a period, built from the data and streamed as a file."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest, StreamingHttpResponse
from django.utils import timezone
from ninja import Router

from chitieu.api.common import ERRORS, Code, PeriodId, refuse, visible_unit
from chitieu.core.periods import PeriodError, parse_period
from chitieu.rendering.renderers import CONTENT_TYPES, RENDERERS, file_name
from chitieu.reporting.build import build_report, default_as_of, issue_date

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
) -> StreamingHttpResponse:
    """The report (DOCX, PDF, XLSX or HTML) as the web page builds it, for the figures known now."""
    found = visible_unit(request, unit)
    try:
        parsed = parse_period(period)
    except PeriodError as error:
        raise refuse(404, "not_found") from error
    today = timezone.localdate()
    report = build_report(
        unit=found,
        period_id=parsed.id,
        lang=lang,
        as_of=default_as_of(parsed, today),
        issued_on=issue_date(parsed, today),
    )
    content = RENDERERS[format_name](report)
    response = StreamingHttpResponse(
        (content[start : start + CHUNK] for start in range(0, len(content), CHUNK)),
        content_type=CONTENT_TYPES[format_name],
    )
    response["Content-Length"] = str(len(content))
    disposition = "inline" if format_name == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{file_name(report, format_name)}"'
    return response
