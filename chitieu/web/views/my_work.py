"""Việc của tôi: what a person must enter, submit or approve, by deadline, and the work items due soon."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from chitieu.monitoring.duties import Duty, duties_of
from chitieu.monitoring.models import SubmissionState
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.planning.models import WorkItem
from chitieu.web.views.common import lang_of


@require_GET
@login_required
def my_work(request: HttpRequest) -> HttpResponse:
    """What this user must enter, submit or approve, by deadline, and what is late."""
    lang = lang_of(request)
    today = timezone.localdate()
    user = request.user
    to_submit, to_approve = duties_of(user, today)
    visible = OrgUnit.objects.with_role(user, [Role.PLANNER, Role.REPORTER, Role.APPROVER])
    items = [
        item
        for item in WorkItem.objects.filter(
            lead_unit__in=visible, completed_on__isnull=True, year__gte=today.year - 1
        )
        .select_related("lead_unit")
        .order_by("deadline", "id")
        if item.deadline is not None and (item.deadline - today).days <= 30
    ]

    def duty_rows(found: list[Duty]) -> list[dict[str, object]]:
        return [
            {
                "duty": d,
                "unit_name": d.unit.display_name(lang),
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
