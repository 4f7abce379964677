"""Giao chỉ tiêu: a unit's targets for a year, starting from last year's."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, Rounding, format_exact, format_number
from chitieu.monitoring.terms import remaining_for
from chitieu.orgunits.models import Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Indicator, Target, TermTarget
from chitieu.planning.services import link_to_term, set_target
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
    term_targets: list[TermTarget] = field(default_factory=list)  # those the target may serve
    linked: int | None = None  # the term target it serves
    needs: str = ""  # what the term still needs, in words


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
    serving = _term_targets(unit, year, [i.pk for i in indicators])
    lines = []
    for indicator in indicators:
        current = targets.get((indicator.pk, year))
        source = current or targets.get((indicator.pk, year - 1))
        line = PlanLine(
            indicator,
            _text(source.target) if source else "",
            _text(source.target_high) if source else "",
            _text(source.baseline) if source else "",
            from_last_year=current is None and source is not None,
            term_targets=serving.get(indicator.pk, []),
            linked=current.term_target_id if current else None,
        )
        line.needs = _needs(line, year, lang)
        lines.append(line)
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
                        saved_target = set_target(
                            indicator=line.indicator,
                            unit=unit,
                            year=year,
                            target=read_number(line.target),
                            target_high=read_number(line.target_high),
                            baseline=read_number(line.baseline),
                        )
                        chosen = whole_number(request.POST.get(f"k{pk}", ""))
                        term_target = next((t for t in line.term_targets if t.pk == chosen), None)
                        if chosen is not None and term_target is None:
                            line.error = _("This target cannot serve that term target.")
                            continue
                        if line.term_targets:
                            link_to_term(target=saved_target, term_target=term_target)
                            line.linked = chosen
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


def _term_targets(unit: object, year: int, indicator_ids: list[int]) -> dict[int, list[TermTarget]]:
    """The term targets of the unit and the units above it whose term ``year`` belongs to, by indicator."""
    chain = [*unit.ancestor_ids()]  # type: ignore[attr-defined]
    found: dict[int, list[TermTarget]] = {}
    rows = (
        TermTarget.objects.filter(
            indicator_id__in=indicator_ids,
            term__unit_id__in=chain,
            term__start_year__lt=year,
            term__end_year__gte=year,
        )
        .select_related("term__unit", "indicator")
        .prefetch_related("milestones")
        .order_by("-term__unit__depth")
    )
    for row in rows:
        found.setdefault(row.indicator_id, []).append(row)
    return found


def _needs(line: PlanLine, year: int, lang: str) -> str:
    """What the term target the line serves (or could serve) still needs, from the years before ``year``."""
    chosen = next((t for t in line.term_targets if t.pk == line.linked), None)
    if chosen is None and len(line.term_targets) == 1:
        chosen = line.term_targets[0]
    if chosen is None:
        return ""
    standing = remaining_for(chosen, date(year, 1, 1))
    if standing.needed_per_year is None:
        return ""
    indicator = line.indicator
    needed = format_number(
        standing.needed_per_year,
        indicator.decimals,
        Rounding(indicator.rounding),
        Notation.for_language(lang),
    )
    values = {
        "needed": needed,
        "unit": indicator.display_unit_of_measure(lang),
        "years": standing.remaining_years,
        "term": chosen.term.span.label(),
    }
    if standing.goal.measure.value == "cumulative":
        return _("Term %(term)s: %(needed)s %(unit)s a year still needed for %(years)s years") % values
    return _("Term %(term)s: %(needed)s %(unit)s a year of change still needed for %(years)s years") % values


class _PlanRefused(Exception):
    """One line of a plan was refused: the whole plan is rolled back."""


def _text(value: Decimal | None) -> str:
    return "" if value is None else format_exact(value)
