"""Giao chỉ tiêu: a unit's targets for a year, starting from last year's."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from chitieu.core.errors import DomainError
from chitieu.core.numbers import format_exact
from chitieu.orgunits.models import Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Indicator, Target
from chitieu.planning.services import set_target
from chitieu.web.forms import read_number, whole_number
from chitieu.web.views.common import crumb_links, lang_of, visible_unit


@dataclass
class PlanLine:
    indicator: Indicator
    target: str = ""
    target_high: str = ""
    baseline: str = ""
    from_last_year: bool = False
    error: str = ""


@require_http_methods(["GET", "POST"])
@login_required
def planning(request: HttpRequest, unit_code: str, year: int) -> HttpResponse:
    """Giao chỉ tiêu: a unit's targets for a year, starting from last year's."""
    unit = visible_unit(request, unit_code)
    lang = lang_of(request)
    may_plan = has_role(request.user, unit, [Role.PLANNER])
    targets = {
        (t.indicator_id, t.year): t
        for t in Target.objects.filter(unit=unit, year__in=[year, year - 1]).select_related("indicator")
    }
    indicator_ids = {ind for ind, _y in targets}
    extra = request.POST.get("add") or request.GET.get("add")
    added = whole_number(extra)
    if added is not None:
        indicator_ids.add(added)
    indicators = list(
        Indicator.objects.filter(pk__in=indicator_ids)
        .select_related("group")
        .order_by("group__order", "order", "code")
    )
    lines = []
    for indicator in indicators:
        current = targets.get((indicator.pk, year))
        source = current or targets.get((indicator.pk, year - 1))
        lines.append(
            PlanLine(
                indicator,
                _text(source.target) if source else "",
                _text(source.target_high) if source else "",
                _text(source.baseline) if source else "",
                from_last_year=current is None and source is not None,
            )
        )
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        if not may_plan:
            return HttpResponseForbidden(_("You may not set the targets of this unit."))
        try:
            with transaction.atomic():
                saved = 0
                for line in lines:
                    pk = line.indicator.pk
                    line.target = request.POST.get(f"t{pk}", "")
                    line.target_high = request.POST.get(f"h{pk}", "")
                    line.baseline = request.POST.get(f"b{pk}", "")
                    if not line.target.strip():
                        continue
                    try:
                        set_target(
                            indicator=line.indicator,
                            unit=unit,
                            year=year,
                            target=read_number(line.target),
                            target_high=read_number(line.target_high),
                            baseline=read_number(line.baseline),
                        )
                        saved += 1
                    except DomainError as error:
                        line.error = error.message(lang)
                if any(line.error for line in lines):
                    raise _PlanRefused
        except _PlanRefused:
            errors.append(_("Nothing was saved: correct the lines marked below."))
            status = 400
        else:
            messages.success(request, _("%(count)s targets saved.") % {"count": saved})
            return redirect("web:planning", unit_code=unit.code, year=year)
    others = Indicator.objects.filter(active=True).exclude(pk__in=indicator_ids).order_by("code")
    context = {
        "unit": unit,
        "year": year,
        "lines": lines,
        "errors": errors,
        "may_plan": may_plan,
        "others": others,
        "add": extra or "",
        "crumbs": crumb_links(request, unit, year),
    }
    return render(request, "web/planning.html", context, status=status)


class _PlanRefused(Exception):
    """One line of a plan was refused: the whole plan is rolled back."""


def _text(value: Decimal | None) -> str:
    return "" if value is None else format_exact(value)
