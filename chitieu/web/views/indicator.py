"""One indicator at one unit: its targets, values per period, the year's chart, the full history."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.numbers import Notation, format_number
from chitieu.monitoring.figures import years_to_date_by_month
from chitieu.monitoring.models import DataValueRevision
from chitieu.monitoring.scorecard import units_below
from chitieu.orgunits.models import OrgUnit
from chitieu.planning import applicability
from chitieu.planning.models import Indicator, Target
from chitieu.rendering import chart as charts
from chitieu.rendering.report import Chart, Series
from chitieu.web.views.common import (
    BadParameter,
    crumb_links,
    dashboard_url,
    lang_of,
    parse_day,
    plan_text,
    refused,
    visible_unit,
)


def _asked(
    request: HttpRequest, unit_code: str, indicator_code: str, year: int
) -> tuple[OrgUnit, Indicator, date]:
    """The unit (in the user's subtrees), the indicator (seen there that year) and the day asked for.

    404 for a unit or indicator the user may not see; :class:`BadParameter` for a day that cannot be read.
    """
    unit = visible_unit(request, unit_code)
    indicator = get_object_or_404(Indicator.objects.select_related("group", "regime"), code=indicator_code)
    if not applicability.sees(indicator, unit, year):
        raise Http404("not planned here")
    asked = parse_day(request.GET.get("as_of"))
    return unit, indicator, core_periods.reading_day(core_periods.year(year), asked, timezone.localdate())


@require_GET
@login_required
def indicator_page(request: HttpRequest, unit_code: str, indicator_code: str, year: int) -> HttpResponse:
    """One indicator at one unit: its targets, values per period, the year's chart, the full history."""
    try:
        unit, indicator, as_of = _asked(request, unit_code, indicator_code, year)
    except BadParameter as error:
        return refused(request, error)
    lang = lang_of(request)
    notation = Notation.for_language(lang)
    targets = list(
        Target.objects.filter(indicator=indicator, unit_id__in=unit.ancestor_ids())
        .select_related("unit")
        .order_by("-year", "unit__depth")
    )
    own = next((t for t in targets if t.unit_id == unit.pk and t.year == year), None)
    values = list(
        indicator.values.filter(unit=unit, period__start__year=year)
        .select_related("period", "updated_by")
        .order_by("period__start", "kind")
    )
    # this year month by month, and last year's to the same day, in one read of the values
    by_month, earlier = years_to_date_by_month(
        indicator,
        root=unit,
        years=[(year, as_of), (year - 1, core_periods.same_day_a_year_earlier(as_of))],
    )
    months = [month for month, _result in by_month]
    cumulative = [None if result is None else result.value for _month, result in by_month]
    series = [Series(_("Cumulative result"), tuple(cumulative))]
    earlier = earlier[: len(months)]
    if any(result is not None for _month, result in earlier):
        series.append(
            Series(
                _("Same period last year"),
                tuple(None if result is None else result.value for _month, result in earlier),
            )
        )
    if own is not None and own.target is not None:
        if indicator.time_aggregation == ev.TimeAggregation.SUM:
            step = Decimal(1).scaleb(-indicator.decimals)
            expected = tuple((own.target * m / 12).quantize(step) for m in range(1, len(months) + 1))
        else:
            expected = tuple(own.target for _m in months)
        series.insert(0, Series(_("Plan (even pace)"), expected))
    uom = indicator.display_unit_of_measure(lang)
    chart = Chart(
        title=_("%(indicator)s: the year %(year)s") % {"indicator": indicator.code, "year": year},
        categories=tuple(str(m.start.month) for m in months),
        series=tuple(series),
        unit=uom,
    )
    revisions = (
        DataValueRevision.objects.filter(
            data_value__indicator=indicator, data_value__unit=unit, data_value__period__start__year=year
        )
        .select_related("data_value__period", "changed_by")
        .order_by("-changed_at", "-id")
    )

    def shown(value: Decimal | None) -> str:
        return "—" if value is None else format_number(value, indicator.decimals, notation=notation)

    context = {
        "unit": unit,
        "indicator": indicator,
        "name": indicator.display_name(lang),
        "uom": uom,
        "year": year,
        "as_of": as_of,
        "back_url": dashboard_url(unit, year, as_of),
        "crumbs": crumb_links(request, unit, year, as_of),
        "targets": [(t, plan_text(indicator, t.plan(), lang)) for t in targets],
        "formula": indicator.formula(lang),
        "values": [
            (v, v.period.as_core().label(lang), v.value_kind.label(lang), shown(v.value)) for v in values
        ],
        "chart": mark_safe(charts.svg(chart, lang, screen=True)) if months else "",  # noqa: S308 - escaped by chitieu.rendering.chart
        "revisions": [
            (r, r.data_value.period.as_core().label(lang), shown(r.old_value), shown(r.new_value))
            for r in revisions
        ],
    }
    return render(request, "web/indicator.html", context)


@require_GET
@login_required
def indicator_units(request: HttpRequest, unit_code: str, indicator_code: str, year: int) -> HttpResponse:
    """The indicator in each unit right below: result, plan, % of plan, status (loaded into the page)."""
    try:
        unit, indicator, as_of = _asked(request, unit_code, indicator_code, year)
    except BadParameter as error:
        return refused(request, error)
    lang = lang_of(request)
    notation = Notation.for_language(lang)
    rows = []
    for child, result, line in units_below(indicator, unit=unit, year=year, as_of=as_of):
        rows.append(
            {
                "name": child.display_name(lang),
                "url": reverse("web:indicator", args=[child.code, indicator.code, year])
                + f"?as_of={as_of:%d/%m/%Y}",
                "result": "—"
                if result is None
                else format_number(result.value, indicator.decimals, notation=notation),
                "plan": line.plan_shown(lang) if line else "—",
                "percent": (line.percent_shown(lang) or "—") if line else "—",
                "status": line.evaluation.status.value if line else "",
                "status_label": line.evaluation.status_label(lang) if line else "",
            }
        )
    return render(request, "web/_indicator_units.html", {"rows": rows, "as_of": as_of})
