"""Download a unit's report: the same builder and renderers as ``chitieu report``."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_GET

from chitieu.core.periods import PeriodError, parse_period
from chitieu.orgunits.models import OrgUnit
from chitieu.rendering.renderers import CONTENT_TYPES, RENDERERS, file_name
from chitieu.reporting.build import build_report, default_as_of, issue_date


@require_GET
@login_required
def download(request: HttpRequest, unit_code: str, period_id: str, format_name: str) -> HttpResponse:
    """The report as a file; a unit outside the user's subtree does not exist for them (404)."""
    if format_name not in RENDERERS:
        raise Http404
    unit = get_object_or_404(OrgUnit.objects.visible_to(request.user), code=unit_code)
    try:
        period = parse_period(period_id)
    except PeriodError as error:
        raise Http404(error.message("en")) from error
    lang = "en" if request.GET.get("lang") == "en" else "vi"
    today = timezone.localdate()
    report = build_report(
        unit=unit,
        period_id=period.id,
        lang=lang,
        as_of=default_as_of(period, today),
        issued_on=issue_date(period, today),
    )
    response = HttpResponse(RENDERERS[format_name](report), content_type=CONTENT_TYPES[format_name])
    disposition = "inline" if format_name == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{file_name(report, format_name)}"'
    return response
