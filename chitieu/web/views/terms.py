"""Nhiệm kỳ: a unit's terms, and where one stands — its targets, forecasts and programmes.

Every figure is the domain's (:func:`chitieu.monitoring.terms.term_card`); the page only lays it out.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from chitieu.monitoring.terms import (
    PROGRAMME_KINDS,
    ProgrammeLine,
    count_programmes,
    programme_completion,
    programme_detail,
    programmes_running,
    programmes_said,
    term_card,
)
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Programme, Term
from chitieu.reporting.term_report import Stage
from chitieu.web.views.common import (
    BadParameter,
    day_text,
    lang_of,
    parse_day,
    parse_year,
    refused,
    term_on_day,
    visible_unit,
    with_query,
)


@require_GET
@login_required
def terms(request: HttpRequest, unit_code: str) -> HttpResponse:
    """The terms of a unit, latest first."""
    unit = visible_unit(request, unit_code)
    found = Term.objects.of_unit(unit).order_by("-start_year")
    return render(request, "web/terms.html", {"unit": unit, "terms": found, "lang": lang_of(request)})


@require_GET
@login_required
def term_page(request: HttpRequest, unit_code: str, span: str) -> HttpResponse:
    """One term on a day (``?as_of=dd/mm/yyyy``, today by default)."""
    lang = lang_of(request)
    unit = visible_unit(request, unit_code)
    try:
        term, as_of = term_on_day(unit, span, request.GET.get("as_of"), lang)
    except BadParameter as error:
        return refused(request, error)
    card = term_card(term, as_of)
    begun = card.years_begun
    rows = [
        {
            "line": line,
            "indicator": line.indicator,
            "name": line.indicator.display_name(lang),
            "unit_of_measure": line.indicator.display_unit_of_measure(lang),
            "measure": line.standing.goal.measure.label(lang),
            "plan": line.plan_shown(lang),
            "years": [
                (year, line.year_shown(year, lang), year in line.standing.years_missing) for year in begun
            ],
            "so_far": line.so_far_shown(lang),
            "percent": line.percent_shown(lang),
            "status": line.standing.status.value,
            "status_label": line.status_label(lang),
            "expected": line.shown(line.standing.expected, lang),
            "pace": line.pace_label(lang),
            "forecast": line.shown(line.standing.forecast, lang),
            "forecast_label": line.forecast_label(lang),
            "method": line.standing.method_text.get(lang),
            "needed": line.shown(line.standing.needed_per_year, lang),
        }
        for line in card.lines
    ]
    programmes = _programme_rows(card.programmes, lang)
    context = {
        "unit": unit,
        "card": card,
        "term": term,
        "resolution": term.display_resolution(lang),
        "rows": rows,
        "programmes": programmes,
        "sentences": card.sentences(lang),
        "as_of_text": day_text(as_of),
        "years": begun,
        "reviews": [
            (
                stage.label(lang),
                [
                    (name, with_query(_review_url(unit.code, term.key, stage, name), as_of=as_of))
                    for name in ("docx", "xlsx", "pdf", "html")
                ],
            )
            for stage in Stage
        ],
    }
    return render(request, "web/term.html", context)


def _review_url(unit_code: str, span: str, stage: Stage, format_name: str) -> str:
    kwargs = {"unit_code": unit_code, "span": span, "stage": stage.value, "format_name": format_name}
    return reverse("web:term_report", kwargs=kwargs)


@require_GET
@login_required
def programmes(request: HttpRequest, unit_code: str, year: int) -> HttpResponse:
    """The programmes and projects owned in a unit's subtree running in ``year``, with their completion."""
    lang = lang_of(request)
    unit = visible_unit(request, unit_code)
    try:
        as_of = parse_day(request.GET.get("as_of")) or min(timezone.localdate(), date(year, 12, 31))
    except BadParameter as error:
        return refused(request, error)
    lines = programme_completion(list(programmes_running(unit, year)), year, as_of)
    context = {
        "unit": unit,
        "year": year,
        "as_of_text": day_text(as_of),
        "programmes": _programme_rows(lines, lang),
        "said": programmes_said(count_programmes(line.programme.kind for line in lines), lang),
    }
    return render(request, "web/programmes.html", context)


@require_GET
@login_required
def programme_page(request: HttpRequest, unit_code: str, pk: int) -> HttpResponse:
    """One programme or project in a year (``?year=``, ``?as_of=``): its targets judged and its tasks."""
    lang = lang_of(request)
    unit = visible_unit(request, unit_code)
    programme = Programme.objects.owned_within(unit).select_related("owner", "term").filter(pk=pk).first()
    if programme is None:
        raise Http404("no such programme")
    try:
        as_of = parse_day(request.GET.get("as_of"))
        year = parse_year(request.GET.get("year") or str((as_of or timezone.localdate()).year))
    except BadParameter as error:
        return refused(request, error)
    year = min(max(year, programme.start_year), programme.end_year)
    as_of = as_of or min(timezone.localdate(), date(year, 12, 31))
    detail = programme_detail(programme, year, as_of, within=unit)
    units = OrgUnit.objects.in_bulk({line.row.unit_id for line in detail.targets})
    context = {
        "unit": unit,
        "programme": programme,
        "kind": PROGRAMME_KINDS[programme.kind].get(lang),
        "title": programme.display_title(lang),
        "detail": detail,
        "years": list(range(programme.start_year, programme.end_year + 1)),
        "as_of_text": day_text(as_of),
        "targets": [
            {
                "code": line.indicator.code,
                "name": line.indicator.display_name(lang),
                "unit_name": units[line.row.unit_id].display_name(lang),
                "plan": line.plan_shown(lang),
                "result": line.result_shown(lang),
                "percent": line.percent_shown(lang),
                "status": line.evaluation.status.value,
                "status_label": line.evaluation.status_label(lang),
            }
            for line in detail.targets
        ],
        "work_items": [(item, status.value, status.label(lang)) for item, status in detail.work_items],
    }
    return render(request, "web/programme.html", context)


def _programme_rows(lines: list[ProgrammeLine], lang: str) -> list[dict[str, object]]:
    """Programmes as the term page and the programmes page list them."""
    return [
        {
            "programme": line.programme,
            "title": line.programme.display_title(lang),
            "kind": PROGRAMME_KINDS[line.programme.kind].get(lang),
            "targets": line.targets,
            "work": line.work,
        }
        for line in lines
    ]
