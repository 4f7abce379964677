"""Download a unit's report for a period, or a term's review, as of the day the page that links to it showed.

A PDF is written by the background worker: until it is ready the page says so, and asks again by
itself every few seconds; the file comes as soon as it is there.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from chitieu.core.periods import reading_day
from chitieu.core.terms import estimate_option
from chitieu.core.text import language_of
from chitieu.rendering.renderers import RENDERERS
from chitieu.reporting.build import ReportFile, report_file, report_key, stored_report
from chitieu.reporting.tasks import QUEUED_FORMATS, Queued, queue_report, queue_term_report
from chitieu.reporting.term_report import Stage, term_report_file, term_report_key
from chitieu.web.views.common import (
    BadParameter,
    lang_of,
    parse_day,
    period_or_404,
    refused,
    term_on_day,
    visible_unit,
)


@require_GET
@login_required
def report(request: HttpRequest, unit_code: str, period_id: str, format_name: str) -> HttpResponse:
    """The report as a file (``?as_of=dd/mm/yyyy&lang=en&estimate=auto``); a unit outside the user's
    subtree is 404. ``estimate``: the year judged on its year-end estimates (the mid-December report)."""
    if format_name not in RENDERERS:
        raise Http404
    unit = visible_unit(request, unit_code)
    period = period_or_404(period_id)
    lang = language_of(request.GET.get("lang") or lang_of(request))
    try:
        as_of = parse_day(request.GET.get("as_of"))
        estimate = estimate_option(request.GET.get("estimate"))
    except BadParameter as error:
        return refused(request, error)
    except ValueError:
        text = request.GET.get("estimate", "")[:20]
        message = _("Unknown estimate method “%(text)s”: use auto, same_share or straight_line.") % {
            "text": text
        }
        return refused(request, BadParameter(message))
    if format_name in QUEUED_FORMATS:
        day = reading_day(period, as_of, timezone.localdate())
        asked = {"format_name": format_name, "lang": lang, "as_of": day}
        found = stored_report(report_key(unit=unit, period=period, estimate=estimate, **asked))
        if found is None:
            queued = queue_report(unit=unit, period=period, estimate=estimate, **asked)
            return _pending(
                request, unit.display_name(lang_of(request)), period.label(lang_of(request)), queued
            )
    else:
        found = report_file(
            unit=unit, period=period, format_name=format_name, lang=lang, as_of=as_of, estimate=estimate
        )
    return _file_response(found, format_name)


@require_GET
@login_required
def term_report(
    request: HttpRequest, unit_code: str, span: str, stage: str, format_name: str
) -> HttpResponse:
    """A term's mid-term or end-of-term review as a file (``?as_of=dd/mm/yyyy&lang=en``)."""
    if format_name not in RENDERERS or stage not in {s.value for s in Stage}:
        raise Http404
    unit = visible_unit(request, unit_code)
    lang = language_of(request.GET.get("lang") or lang_of(request))
    try:
        term, as_of = term_on_day(unit, span, request.GET.get("as_of"), lang)
    except BadParameter as error:
        return refused(request, error)
    asked = {"term": term, "stage": Stage(stage), "format_name": format_name, "lang": lang, "as_of": as_of}
    if format_name in QUEUED_FORMATS:
        found = stored_report(term_report_key(**asked))
        if found is None:
            what = f"{Stage(stage).label(lang_of(request))} {term.span.label()}"
            return _pending(request, unit.display_name(lang_of(request)), what, queue_term_report(**asked))
    else:
        found = term_report_file(**asked)
    return _file_response(found, format_name)


def _pending(request: HttpRequest, unit_name: str, what: str, queued: Queued) -> HttpResponse:
    """The page that waits for a PDF being written, and asks again by itself."""
    context = {
        "unit_name": unit_name,
        "period_label": what,
        "format": "PDF",
        "queued": queued,
        "again": request.get_full_path(),
    }
    return render(request, "web/report_pending.html", context, status=202)


def _file_response(found: ReportFile, format_name: str) -> HttpResponse:
    response = HttpResponse(found.content, content_type=found.content_type)
    disposition = "inline" if format_name == "html" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{found.name}"'
    return response
