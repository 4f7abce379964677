"""Download a unit's report for a period, as of the day the page that links to it showed.

A PDF is written by the background worker: until it is ready the page says so, and asks again by
itself every few seconds; the file comes as soon as it is there.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from chitieu.core.periods import reading_day
from chitieu.core.text import language_of
from chitieu.rendering.renderers import RENDERERS
from chitieu.reporting.build import report_file, report_key, stored_report
from chitieu.reporting.tasks import QUEUED_FORMATS, queue_report
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
    as_of = parse_day(request.GET.get("as_of"))
    if format_name in QUEUED_FORMATS:
        day = reading_day(period, as_of, timezone.localdate())
        found = stored_report(
            report_key(unit=unit, period=period, format_name=format_name, lang=lang, as_of=day)
        )
        if found is None:
            queued = queue_report(unit=unit, period=period, format_name=format_name, lang=lang, as_of=day)
            context = {
                "unit_name": unit.display_name(lang_of(request)),
                "period_label": period.label(lang_of(request)),
                "format": format_name.upper(),
                "queued": queued,
                "again": request.get_full_path(),
            }
            return render(request, "web/report_pending.html", context, status=202)
    else:
        found = report_file(unit=unit, period=period, format_name=format_name, lang=lang, as_of=as_of)
    response = HttpResponse(found.content, content_type=found.content_type)
    disposition = "inline" if format_name == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{found.name}"'
    return response
