"""Download a unit's report for a period, as of the day the page that links to it showed."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from chitieu.core.text import language_of
from chitieu.rendering.renderers import RENDERERS
from chitieu.reporting.build import report_file
from chitieu.web.views.common import lang_of, parse_day, period_or_404, visible_unit


@require_GET
@login_required
def report(request: HttpRequest, unit_code: str, period_id: str, format_name: str) -> HttpResponse:
    """The report as a file (``?as_of=dd/mm/yyyy&lang=en``); a unit outside the user's subtree is 404."""
    if format_name not in RENDERERS:
        raise Http404
    unit = visible_unit(request, unit_code)
    period = period_or_404(period_id)
    lang = language_of(request.GET.get("lang") or lang_of(request))
    found = report_file(
        unit=unit,
        period=period,
        format_name=format_name,
        lang=lang,
        as_of=parse_day(request.GET.get("as_of")),
    )
    response = HttpResponse(found.content, content_type=found.content_type)
    disposition = "inline" if format_name == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{found.name}"'
    return response
