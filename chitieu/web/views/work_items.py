"""Chương trình công tác, nhiệm vụ…: the register of work items, and recording where one stands."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from chitieu.core.workitems import WorkItemKind, WorkItemStatus, count_work_items, work_item_status
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import WorkItem
from chitieu.planning.services import update_work_item
from chitieu.web.forms import WorkItemFilter, WorkItemForm
from chitieu.web.views.common import lang_of, visible_unit


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
            unit = visible_unit(request, data["unit"])
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
