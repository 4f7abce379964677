"""Ước thực hiện cả năm: a unit's year-end estimate per target — the one computed from the months
entered, with its method in words, and the one a person enters in its place (kept with its history).

Every figure is the domain's (:func:`chitieu.monitoring.estimates.year_estimates`); a person's estimate
is written through :func:`~chitieu.monitoring.estimates.enter_estimate`, all of the page or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from chitieu.core import terms as core_terms
from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, Rounding, format_exact, format_number
from chitieu.monitoring.estimates import ESTIMATE_ROLES, enter_estimate, entered_estimates, year_estimates
from chitieu.monitoring.models import YearEstimate
from chitieu.monitoring.scorecard import PlanRow, load_plans, plan_shown
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Target
from chitieu.web.forms import read_number
from chitieu.web.views.common import crumb_links, lang_of, visible_unit


@dataclass
class EstimateLine:
    row: PlanRow
    computed: core_terms.YearEstimate | None
    entered: YearEstimate | None
    value: str = ""  # what the form shows (and sends back): the person's estimate
    note: str = ""
    error: str = ""


class _Refused(Exception):
    """Some line could not be saved: nothing is."""


@require_http_methods(["GET", "POST"])
@login_required
def estimates(request: HttpRequest, unit_code: str, year: int) -> HttpResponse:
    """Each target of the unit's year with its computed estimate, and a place to enter one's own."""
    unit = visible_unit(request, unit_code)
    lang = lang_of(request)
    may_enter = has_role(request.user, unit, ESTIMATE_ROLES)
    today = timezone.localdate()
    rows = load_plans(Target.objects.filter(unit=unit, year=year))
    indicators = [row.indicator for row in rows]
    computed = year_estimates(indicators, unit=unit, year=year, as_of=today, people=False)
    entered = entered_estimates([i.pk for i in indicators], unit=unit, year=year)
    lines = [
        EstimateLine(
            row,
            computed.get(row.indicator.pk),
            entered.get(row.indicator.pk),
            _text(entered[row.indicator.pk].value) if row.indicator.pk in entered else "",
            entered[row.indicator.pk].note if row.indicator.pk in entered else "",
        )
        for row in rows
    ]
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        if not may_enter:
            return HttpResponseForbidden(_("You may not enter estimates for this unit."))
        try:
            saved = _save(request, lines, unit, year, lang)
        except _Refused:
            errors.append(_("Nothing was saved: correct the lines marked below."))
            status = 400
        else:
            messages.success(request, _("%(count)s estimates saved.") % {"count": saved})
            return redirect("web:estimates", unit_code=unit.code, year=year)
    context = {
        "unit": unit,
        "year": year,
        "lines": [_shown(line, lang) for line in lines],
        "errors": errors,
        "may_enter": may_enter,
        "crumbs": crumb_links(request, unit, year),
    }
    return render(request, "web/estimates.html", context, status=status)


def _save(request: HttpRequest, lines: list[EstimateLine], unit: object, year: int, lang: str) -> int:
    """Every changed line through enter_estimate, in one transaction; a line left empty withdraws."""
    saved = 0
    with transaction.atomic():
        for line in lines:
            pk = line.row.indicator.pk
            typed, note = request.POST.get(f"e{pk}", ""), request.POST.get(f"n{pk}", "")[:500]
            before_value = line.entered.value if line.entered else None
            before_note = line.entered.note if line.entered else ""
            line.value, line.note = typed, note
            try:
                value = read_number(typed)
                if value == before_value and (value is None or note.strip() == before_note):
                    continue
                enter_estimate(
                    indicator=line.row.indicator,
                    unit=unit,  # type: ignore[arg-type]
                    year=year,
                    value=value,
                    note=note,
                    user=request.user,  # type: ignore[arg-type]
                )
                saved += 1
            except DomainError as error:
                line.error = error.message(lang)
        if any(line.error for line in lines):
            raise _Refused
    return saved


def _shown(line: EstimateLine, lang: str) -> dict[str, object]:
    indicator = line.row.indicator
    notation, rounding = Notation.for_language(lang), Rounding(indicator.rounding)
    computed = line.computed
    return {
        "line": line,
        "code": indicator.code,
        "name": indicator.display_name(lang),
        "unit_of_measure": indicator.display_unit_of_measure(lang),
        "plan": plan_shown(indicator, line.row.plan, lang),
        "computed": format_number(computed.value, indicator.decimals, rounding, notation) if computed else "",
        "method": computed.text.get(lang) if computed else "",
        "entered_by": line.entered.entered_by if line.entered else None,
        "entered_at": line.entered.entered_at if line.entered else None,
    }


def _text(value: Decimal | None) -> str:
    return "" if value is None else format_exact(value, Notation.VI)
