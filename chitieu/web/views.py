"""The web pages: thin skins that read a request, make the domain call, and show its answer.

Every page needs a login, and a unit outside the user's subtrees answers 404 as if it did not
exist. Numbers are written the page language's way (1.218; 101,43% in Vietnamese) and refusals
come from the domain in the reader's language (``error.message(lang)``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, NumberFormatError, Rounding, format_number, format_percent
from chitieu.core.text import language_of
from chitieu.core.workitems import WorkItemKind, WorkItemStatus, count_work_items, work_item_status
from chitieu.monitoring.forms import value_as_text
from chitieu.monitoring.models import DataValueRevision, Submission, SubmissionState
from chitieu.monitoring.scorecard import TargetLine, default_as_of, figures, scorecard
from chitieu.monitoring.services import (
    StaleVersion,
    ValueWrite,
    WriteRefused,
    change_state,
    record_values,
    validate_value,
)
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Indicator, Target, WorkItem
from chitieu.planning.services import set_target, update_work_item
from chitieu.rendering import chart as charts
from chitieu.rendering.renderers import RENDERERS
from chitieu.rendering.report import Chart, Series
from chitieu.web import selectors
from chitieu.web.forms import (
    Cell,
    ThrottledLoginForm,
    WorkItemFilter,
    WorkItemForm,
    read_cell,
    read_number,
    stored_cell,
)


def lang_of(request: HttpRequest) -> str:
    return language_of(getattr(request, "LANGUAGE_CODE", None) or get_language())


def crumb_links(request: HttpRequest, unit: OrgUnit, year: int, lang: str) -> list[tuple[str, str]]:
    """Breadcrumbs: the visible units above this one, each linking to its dashboard for the year."""
    return [
        (u.display_name(lang), reverse("web:dashboard", kwargs={"unit_code": u.code, "year": year}))
        for u in selectors.breadcrumbs(request.user, unit)
    ]


def parse_day(text: str | None) -> date | None:
    """A date typed as dd/mm/yyyy (or ISO yyyy-mm-dd, as links carry it); None if absent or wrong."""
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime((text or "").strip(), pattern).date()
        except ValueError:
            continue
    return None


class LoginView(auth_views.LoginView):
    """Django's login with throttling (see :class:`chitieu.web.forms.ThrottledLoginForm`)."""

    form_class = ThrottledLoginForm
    template_name = "web/login.html"
    redirect_authenticated_user = True


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The user's top unit, in the latest year it has plans for (this year at most)."""
    unit = selectors.home_unit(request.user)
    if unit is None:
        return render(request, "web/no_units.html", status=403)
    this_year = timezone.localdate().year
    planned = [year for year in selectors.planned_years(unit) if year <= this_year]
    return redirect("web:dashboard", unit_code=unit.code, year=max(planned, default=this_year))


# --- dashboard -------------------------------------------------------------------------------


STATUS_ORDER = [
    ev.Status.EXCEEDED,
    ev.Status.MET,
    ev.Status.NOT_MET,
    ev.Status.IN_PROGRESS,
    ev.Status.NO_DATA,
    ev.Status.NOT_EVALUABLE,
]


@dataclass(frozen=True)
class Row:
    """One target as the dashboard prints it."""

    code: str
    name: str
    unit_of_measure: str
    plan: str
    result: str
    kind: str
    percent: str
    formula: str
    status: str
    status_label: str
    pace: str
    pace_key: str
    note: str


def plan_text(indicator: Indicator, plan: ev.Plan, lang: str) -> str:
    n = Notation.for_language(lang)
    if plan.target is None:
        return "—"
    text = format_number(plan.target, indicator.decimals, notation=n)
    if plan.target_high is not None:
        text += " – " + format_number(plan.target_high, indicator.decimals, notation=n)
    if plan.baseline is not None and indicator.direction == ev.Direction.DECREASE:
        text += (
            " (" + _("baseline") + " " + format_number(plan.baseline, indicator.decimals, notation=n) + ")"
        )
    return text


def row_of(line: TargetLine, lang: str) -> Row:
    indicator, evaluation = line.indicator, line.evaluation
    result = evaluation.result
    n = Notation.for_language(lang)
    percent = "—"
    if evaluation.percent_of_plan is not None:
        percent = format_percent(
            evaluation.percent_of_plan, indicator.percent_decimals, Rounding(indicator.rounding), notation=n
        )
    note = ""
    if result is not None and not result.complete and result.last_period_id:
        note = _("year to date, up to %(period)s") % {
            "period": core_periods.parse_period(result.last_period_id).label(lang)
        }
    if evaluation.reason:
        note = ev.reason_label(evaluation.reason, lang)
    uom = (
        indicator.unit_of_measure_en
        if lang == "en" and indicator.unit_of_measure_en
        else indicator.unit_of_measure
    )
    return Row(
        code=indicator.code,
        name=indicator.display_name(lang),
        unit_of_measure=uom,
        plan=plan_text(indicator, line.plan, lang),
        result="—" if result is None else format_number(result.value, indicator.decimals, notation=n),
        kind="" if result is None else result.kind.label(lang),
        percent=percent,
        formula=indicator.formula(lang),
        status=evaluation.status.value,
        status_label=evaluation.status_label(lang),
        pace="" if evaluation.pace is None else evaluation.pace.label(lang),
        pace_key="" if evaluation.pace is None else evaluation.pace.value,
        note=note,
    )


def counts_row(counts: ev.StatusCounts, lang: str) -> list[tuple[str, str, int]]:
    return [(status.value, status.label(lang), getattr(counts, status.value)) for status in STATUS_ORDER]


@require_GET
@login_required
def dashboard(request: HttpRequest, unit_code: str, year: int) -> HttpResponse:
    """Where a unit's year stands: counts by status, every target, work items, children, reports."""
    unit = selectors.visible_unit(request.user, unit_code)
    lang = lang_of(request)
    today = timezone.localdate()
    chosen = request.GET.get("year", "")
    if chosen.isdigit() and int(chosen) != year:
        return redirect("web:dashboard", unit_code=unit.code, year=int(chosen))
    as_of = parse_day(request.GET.get("as_of")) or default_as_of(year, today)
    card = scorecard(unit=unit, year=year, as_of=as_of, with_children=True)
    groups = card.group_counts()
    chart = Chart(
        title=_("Targets planned and met or exceeded, by group"),
        categories=tuple(group.display_name(lang) for group, _counts in groups),
        series=(
            Series(_("Planned"), tuple(Decimal(c.total) for _g, c in groups)),
            Series(_("Met or exceeded"), tuple(Decimal(c.met_or_exceeded) for _g, c in groups)),
        ),
        unit="chỉ tiêu" if lang == "vi" else "targets",
    )
    share = card.counts.share_met_or_exceeded()
    context = {
        "unit": unit,
        "unit_name": unit.display_name(lang),
        "year": year,
        "as_of": as_of,
        "years": selectors.target_years(unit, today.year),
        "crumbs": crumb_links(request, unit, year, lang),
        "counts": counts_row(card.counts, lang),
        "total": card.counts.total,
        "met_or_exceeded": card.counts.met_or_exceeded,
        "share": "—" if share is None else format_percent(share, 1, notation=Notation.for_language(lang)),
        "groups": [
            (group.display_name(lang), counts_row(counts, lang), counts.total) for group, counts in groups
        ],
        "rows": [row_of(line, lang) for line in card.lines],
        "work_items": [(counts.kind.label(lang), counts) for counts in card.work_items],
        "children": [(child, counts_row(counts, lang), counts.total) for child, counts in card.children],
        "chart": mark_safe(charts.svg(chart, lang)) if groups else "",  # noqa: S308 - built and escaped by chitieu.rendering.chart
        "sentences": card.sentences(lang),
        "reports": [
            (name, f"/reports/{unit.code}/{year}.{name}")
            for name in ("docx", "xlsx", "pdf", "html")
            if name in RENDERERS
        ],
        "entry_url": reverse("web:entry_current", kwargs={"unit_code": unit.code}),
        "can_plan": has_role(request.user, unit, [Role.PLANNER]),
    }
    return render(request, "web/dashboard.html", context)


# --- the entry grid --------------------------------------------------------------------------


def _period_or_404(period_id: str) -> core_periods.Period:
    try:
        return core_periods.parse_period(period_id)
    except core_periods.PeriodError as error:
        raise Http404(error.message("en")) from error


@login_required
def entry_current(request: HttpRequest, unit_code: str) -> HttpResponse:
    """The grid of the month whose figures are being collected now (Decree 09 windows)."""
    unit = selectors.visible_unit(request.user, unit_code)
    chosen = request.GET.get("period", "")
    if chosen:
        return redirect("web:entry", unit_code=unit.code, period_id=_period_or_404(chosen).id)
    today = timezone.localdate()
    months = core_periods.periods_of_type(today.year, core_periods.PeriodType.MONTH)
    started = [m for m in months if core_periods.DECREE_09.window(m).first_day <= today]
    period = started[-1] if started else months[0]
    return redirect("web:entry", unit_code=unit.code, period_id=period.id)


def _grid_cells(unit: OrgUnit, period: core_periods.Period) -> list[Cell]:
    indicators = selectors.grid_indicators(unit, period.year, period.type.value)
    stored = selectors.grid_values(unit, period.id, indicators)
    return [stored_cell(indicator, stored.get(indicator.pk, {})) for indicator in indicators]


@require_http_methods(["GET", "POST"])
@login_required
def entry(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """Nhập số liệu: every indicator of a unit for one period, saved as a draft, submitted, approved."""
    unit = selectors.visible_unit(request.user, unit_code)
    period = _period_or_404(period_id)
    lang = lang_of(request)
    cells = _grid_cells(unit, period)
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "save")
        reason = request.POST.get("reason", "")
        try:
            if action in ("save", "submit"):
                for cell in cells:
                    read_cell(cell, request.POST, lang)
                    if not cell.error and cell.changed:
                        try:
                            validate_value(cell.indicator, cell.value)
                        except WriteRefused as error:
                            cell.error = error.message(lang)
                if any(cell.error for cell in cells):
                    errors.append(_("Nothing was saved: correct the cells marked below."))
                    status = 400
                else:
                    writes = [
                        ValueWrite(
                            cell.indicator,
                            unit,
                            period.id,
                            cell.value,
                            ev.ValueKind(list(ev.ValueKind)[cell.kind]),
                            cell.expected_version,
                        )
                        for cell in cells
                        if cell.changed
                    ]
                    with transaction.atomic():
                        if writes:
                            record_values(writes=writes, user=request.user, reason=reason)
                        if action == "submit":
                            change_state(unit=unit, period_id=period.id, action="submit", user=request.user)
                    done = _("Submitted for approval.") if action == "submit" else _("Saved as a draft.")
                    messages.success(request, done)
                    return redirect("web:entry", unit_code=unit.code, period_id=period.id)
            elif action in ("approve", "return", "unlock"):
                change_state(unit=unit, period_id=period.id, action=action, user=request.user, reason=reason)
                done = {
                    "approve": _("Approved and locked."),
                    "return": _("Returned to the unit."),
                    "unlock": _("Unlocked."),
                }
                messages.success(request, done[action])
                return redirect("web:entry", unit_code=unit.code, period_id=period.id)
            else:
                return HttpResponse(status=400)
        except StaleVersion as error:
            stale = error.current
            for cell in cells:
                if cell.indicator.pk == stale.indicator_id:
                    cell.conflict = error.message(lang)
                    cell.versions[stale.kind] = stale.version  # saving again is now a deliberate choice
            errors.append(_("Nothing was saved: someone else saved first (see the cell marked below)."))
            status = 409
        except WriteRefused as error:
            errors.append(error.message(lang))
            status = 403 if error.code == "no_permission" else 409
    return render(
        request, "web/entry.html", _entry_context(request, unit, period, cells, errors, lang), status=status
    )


def _entry_context(
    request: HttpRequest,
    unit: OrgUnit,
    period: core_periods.Period,
    cells: list[Cell],
    errors: list[str],
    lang: str,
) -> dict[str, object]:
    submission = (
        Submission.objects.filter(unit=unit, period_id=period.id).select_related("updated_by").first()
    )
    state = submission.state if submission else SubmissionState.DRAFT
    regimes = {
        cell.indicator.regime.as_core() if cell.indicator.regime else core_periods.DECREE_09 for cell in cells
    }
    regime = min(regimes, key=lambda r: r.deadline(period)) if regimes else core_periods.DECREE_09
    deadline = regime.deadline(period)
    today = timezone.localdate()
    user = request.user
    is_approver = has_role(user, unit, [Role.APPROVER])
    is_reporter = has_role(user, unit, [Role.REPORTER, Role.APPROVER])
    editable = state in (SubmissionState.DRAFT, SubmissionState.RETURNED) and is_reporter
    late = today > deadline
    if editable and late and state != SubmissionState.RETURNED and not is_approver:
        editable = False
    months = core_periods.periods_of_type(period.year, period.type)
    index = next((i for i, p in enumerate(months) if p.id == period.id), 0)
    return {
        "unit": unit,
        "period": period,
        "period_label": period.label(lang),
        "window": regime.window(period).label(lang),
        "deadline": deadline,
        "late": late,
        "cells": [(cell, cell.kind_choices(lang), _unit_of_measure(cell.indicator, lang)) for cell in cells],
        "errors": errors,
        "state": state,
        "state_label": SubmissionState(state).label,
        "submission": submission,
        "editable": editable,
        "can_submit": editable,
        "can_approve": is_approver and state == SubmissionState.SUBMITTED,
        "can_unlock": is_approver and state == SubmissionState.APPROVED,
        "is_reporter": is_reporter,
        "crumbs": crumb_links(request, unit, period.year, lang),
        "periods": [(p.id, p.label(lang)) for p in months],
        "previous": months[index - 1].id if index > 0 else None,
        "next": months[index + 1].id if index + 1 < len(months) else None,
    }


def _unit_of_measure(indicator: Indicator, lang: str) -> str:
    return (
        indicator.unit_of_measure_en
        if lang == "en" and indicator.unit_of_measure_en
        else indicator.unit_of_measure
    )


@require_GET
@login_required
def check_number(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """htmx: what the server reads in one typed cell, or why it refuses it (the grid's live check)."""
    selectors.visible_unit(request.user, unit_code)
    lang = lang_of(request)
    indicator = get_object_or_404(Indicator, pk=request.GET.get("indicator", "0") or "0")
    text = request.GET.get(f"v{indicator.pk}", "")
    message, css = "", "cell-ok"
    try:
        value = read_number(text)
        validate_value(indicator, value)
        if value is not None:
            message = (
                "= " + value_as_text(value)
                if lang == "vi"
                else "= "
                + format_number(
                    value, max(0, -int(value.normalize().as_tuple().exponent)), notation=Notation.EN
                )
            )
    except (NumberFormatError, WriteRefused) as error:
        message, css = error.message(lang), "cell-error"
    return render(request, "web/_cell_message.html", {"message": message, "css": css, "pk": indicator.pk})


# --- indicator page --------------------------------------------------------------------------


@require_GET
@login_required
def indicator_page(request: HttpRequest, unit_code: str, indicator_code: str, year: int) -> HttpResponse:
    """One indicator at one unit: its targets, values per period, the year's chart, the full history."""
    unit = selectors.visible_unit(request.user, unit_code)
    indicator = get_object_or_404(Indicator.objects.select_related("group", "regime"), code=indicator_code)
    if not selectors.indicator_is_planned(indicator, unit, year):
        raise Http404("not planned here")
    lang = lang_of(request)
    n = Notation.for_language(lang)
    today = timezone.localdate()
    as_of = default_as_of(year, today)
    targets = list(
        Target.objects.filter(indicator=indicator, unit_id__in=selectors.ancestor_ids(unit))
        .select_related("unit")
        .order_by("-year", "unit__depth")
    )
    own = next((t for t in targets if t.unit_id == unit.pk and t.year == year), None)
    values = list(
        indicator.values.filter(unit=unit, period__start__year=year)
        .select_related("period", "updated_by")
        .order_by("period__start", "kind")
    )
    months = [
        m for m in core_periods.periods_of_type(year, core_periods.PeriodType.MONTH) if m.start <= as_of
    ]
    cumulative = []
    for month in months:
        found = figures([indicator], root=unit, period=month, as_of=as_of, year_to_date=True)
        result = found.get(indicator.pk, unit.pk)
        cumulative.append(None if result is None else result.value)
    series = [Series(_("Cumulative result"), tuple(cumulative))]
    if own is not None and own.target is not None:
        if indicator.time_aggregation == ev.TimeAggregation.SUM:
            step = Decimal(1).scaleb(-indicator.decimals)
            expected = tuple((own.target * m / 12).quantize(step) for m in range(1, len(months) + 1))
        else:
            expected = tuple(own.target for _m in months)
        series.insert(0, Series(_("Plan (even pace)"), expected))
    uom = _unit_of_measure(indicator, lang)
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
    context = {
        "unit": unit,
        "indicator": indicator,
        "name": indicator.display_name(lang),
        "uom": uom,
        "year": year,
        "crumbs": crumb_links(request, unit, year, lang),
        "targets": [(t, plan_text(indicator, t.plan(), lang)) for t in targets],
        "formula": indicator.formula(lang),
        "values": [
            (
                v,
                v.period.as_core().label(lang),
                v.value_kind.label(lang),
                "—" if v.value is None else format_number(v.value, indicator.decimals, notation=n),
            )
            for v in values
        ],
        "chart": mark_safe(charts.svg(chart, lang)) if months else "",  # noqa: S308 - escaped by chitieu.rendering.chart
        "revisions": [
            (
                r,
                r.data_value.period.as_core().label(lang),
                "—" if r.old_value is None else format_number(r.old_value, indicator.decimals, notation=n),
                "—" if r.new_value is None else format_number(r.new_value, indicator.decimals, notation=n),
            )
            for r in revisions
        ],
    }
    return render(request, "web/indicator.html", context)


# --- my work ---------------------------------------------------------------------------------


@require_GET
@login_required
def my_work(request: HttpRequest) -> HttpResponse:
    """What this user must enter, submit or approve, by deadline, and what is late."""
    lang = lang_of(request)
    today = timezone.localdate()
    user = request.user
    to_submit = [
        d
        for d in selectors.duties(selectors.units_with_role(user, [Role.REPORTER]), today)
        if d.action == "submit"
    ]
    to_approve = [
        d
        for d in selectors.duties(selectors.units_with_role(user, [Role.APPROVER]), today)
        if d.action == "approve"
    ]
    visible = selectors.units_with_role(user, [Role.PLANNER, Role.REPORTER, Role.APPROVER])
    items = [
        item
        for item in WorkItem.objects.filter(
            lead_unit__in=visible, completed_on__isnull=True, year__gte=today.year - 1
        )
        .select_related("lead_unit")
        .order_by("deadline", "id")
        if item.deadline is not None and (item.deadline - today).days <= 30
    ]

    def duty_rows(found: list[selectors.Duty]) -> list[dict[str, object]]:
        return [
            {
                "duty": d,
                "label": d.period.label(lang),
                "late": d.late(today),
                "days": d.days_left(today),
                "state": SubmissionState(d.state).label,
            }
            for d in found
        ]

    context = {
        "today": today,
        "to_submit": duty_rows(to_submit),
        "to_approve": duty_rows(to_approve),
        "late_count": sum(1 for d in to_submit + to_approve if d.late(today)),
        "work_items": [(item, item.deadline < today) for item in items],  # type: ignore[operator]
    }
    return render(request, "web/my_work.html", context)


# --- work items register ---------------------------------------------------------------------


@require_GET
@login_required
def work_items(request: HttpRequest) -> HttpResponse:
    """Chương trình công tác, nhiệm vụ…: filtered by kind, unit, year and overdue, with where each stands."""
    lang = lang_of(request)
    today = timezone.localdate()
    form = WorkItemFilter(request.GET or None)
    items = WorkItem.objects.filter(lead_unit__in=OrgUnit.objects.visible_to(request.user)).select_related(
        "lead_unit"
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["kind"]:
            items = items.filter(kind=data["kind"])
        if data["unit"]:
            unit = selectors.visible_unit(request.user, data["unit"])
            items = items.filter(lead_unit__path__startswith=unit.path)
        if data["year"]:
            items = items.filter(year=data["year"])
        if data["overdue"]:
            items = items.filter(completed_on__isnull=True, deadline__lt=today)
    items = items.order_by("-year", "kind", "deadline", "id")
    page = Paginator(items, 50).get_page(request.GET.get("page"))
    rows = []
    for item in page:
        status = work_item_status(item.deadline, item.completed_on, today)
        rows.append((item, status.value, status.label(lang), WorkItemKind(item.kind).label(lang)))
    statuses = [work_item_status(d, c, today) for d, c in items.values_list("deadline", "completed_on")]
    totals = count_work_items(WorkItemKind.PROGRAM, statuses)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "totals": [(s.value, s.label(lang), getattr(totals, s.value)) for s in WorkItemStatus],
        "query": query.urlencode(),
    }
    return render(request, "web/work_items.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def work_item_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that a work item was completed (or not yet), and its result."""
    item = get_object_or_404(
        WorkItem.objects.filter(lead_unit__in=OrgUnit.objects.visible_to(request.user)).select_related(
            "lead_unit"
        ),
        pk=pk,
    )
    may_edit = has_role(request.user, item.lead_unit, [Role.PLANNER, Role.REPORTER, Role.APPROVER])
    if request.method == "POST":
        if not may_edit:
            return HttpResponseForbidden(_("You may not change the work items of this unit."))
        form = WorkItemForm(request.POST, instance=item)
        if form.is_valid():
            update_work_item(
                item=item,
                completed_on=form.cleaned_data["completed_on"],
                result_note=form.cleaned_data["result_note"],
                user=request.user,
                reason=request.POST.get("reason", ""),
            )
            messages.success(request, _("Saved."))
            return redirect("web:work_items")
        completed_text = request.POST.get("completed_on", "")
    else:
        form = WorkItemForm(instance=item)
        completed_text = item.completed_on.strftime("%d/%m/%Y") if item.completed_on else ""
    history = item.revisions.select_related("changed_by").order_by("-changed_at", "-id")
    context = {
        "item": item,
        "form": form,
        "may_edit": may_edit,
        "completed_text": completed_text,
        "history": history,
    }
    return render(request, "web/work_item_edit.html", context)


# --- planning --------------------------------------------------------------------------------


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
    unit = selectors.visible_unit(request.user, unit_code)
    lang = lang_of(request)
    may_plan = has_role(request.user, unit, [Role.PLANNER])
    targets = {
        (t.indicator_id, t.year): t
        for t in Target.objects.filter(unit=unit, year__in=[year, year - 1]).select_related("indicator")
    }
    indicator_ids = {ind for ind, _y in targets}
    extra = request.POST.get("add") or request.GET.get("add")
    if extra and extra.isdigit():
        indicator_ids.add(int(extra))
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
                value_as_text(source.target) if source else "",
                value_as_text(source.target_high) if source else "",
                value_as_text(source.baseline) if source else "",
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
        "crumbs": crumb_links(request, unit, year, lang),
    }
    return render(request, "web/planning.html", context, status=status)


class _PlanRefused(Exception):
    """One line of a plan was refused: the whole plan is rolled back."""
