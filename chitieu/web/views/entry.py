"""Nhập số liệu: the entry grid of a unit for a period — save a draft, submit, approve, return, unlock."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, NumberFormatError, format_exact
from chitieu.monitoring.entry import EntrySheet, entry_sheet
from chitieu.monitoring.models import KIND_BY_RANK, SubmissionState
from chitieu.monitoring.services import StaleVersion, ValueWrite, change_state, record_values
from chitieu.monitoring.write_checks import WriteRefused, validate_value
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator
from chitieu.web.forms import EntryCell, read_cell, read_number, stored_cell
from chitieu.web.views.common import crumb_links, lang_of, period_or_404, visible_unit


@login_required
def entry_current(request: HttpRequest, unit_code: str) -> HttpResponse:
    """The grid of the month whose figures are being collected now (Decree 09 windows)."""
    unit = visible_unit(request, unit_code)
    chosen = request.GET.get("period", "")
    period = period_or_404(chosen) if chosen else core_periods.collecting_month(timezone.localdate())
    return redirect("web:entry", unit_code=unit.code, period_id=period.id)


@require_http_methods(["GET", "POST"])
@login_required
def entry(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """Nhập số liệu: every indicator a unit enters for one period, saved as a draft, submitted, approved."""
    unit = visible_unit(request, unit_code)
    period = period_or_404(period_id)
    lang = lang_of(request)
    sheet = entry_sheet(unit=unit, period=period, user=request.user, today=timezone.localdate())
    cells = [stored_cell(row) for row in sheet.rows]
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "save")
        reason = request.POST.get("reason", "")
        try:
            if action in ("save", "submit"):
                for cell in cells:
                    read_cell(cell, request.POST, lang)
                    if cell.error or not cell.changed:
                        continue
                    try:
                        validate_value(cell.indicator, cell.value)
                    except WriteRefused as error:
                        cell.error = error.message(lang)
                locked = [c.row.refusal for c in cells if c.changed and not c.error and c.row.refusal]
                if locked:
                    raise locked[0]  # the write's own refusal: the figures are locked for this person
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
                            KIND_BY_RANK[cell.kind],
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
        except DomainError as error:
            errors.append(error.message(lang))
            status = 403 if error.code == "no_permission" else 409
    return render(
        request, "web/entry.html", _entry_context(request, unit, sheet, cells, errors, lang), status=status
    )


def _entry_context(
    request: HttpRequest,
    unit: OrgUnit,
    sheet: EntrySheet,
    cells: list[EntryCell],
    errors: list[str],
    lang: str,
) -> dict[str, object]:
    period, state = sheet.period, sheet.state
    today = timezone.localdate()
    is_approver, is_reporter = sheet.may_approve, sheet.may_enter
    months = core_periods.periods_of_type(period.year, period.type)
    index = next((i for i, p in enumerate(months) if p.id == period.id), 0)
    return {
        "unit": unit,
        "period": period,
        "period_label": period.label(lang),
        "window": sheet.regime.window(period).label(lang),
        "deadline": sheet.deadline,
        "late": today > sheet.deadline,
        "cells": [
            (
                cell,
                cell.kind_choices(lang),
                cell.indicator.display_unit_of_measure(lang),
                cell.row.refusal.message(lang) if cell.row.refusal else "",
            )
            for cell in cells
        ],
        "errors": errors,
        "state": state,
        "state_label": SubmissionState(state).label,
        "submission": sheet.submission,
        "editable": sheet.editable,
        "can_submit": sheet.editable,
        "can_approve": is_approver and state == SubmissionState.SUBMITTED,
        "can_unlock": is_approver and state == SubmissionState.APPROVED,
        "is_reporter": is_reporter,
        "crumbs": crumb_links(request, unit, period.year),
        "periods": [(p.id, p.label(lang)) for p in months],
        "previous": months[index - 1].id if index > 0 else None,
        "next": months[index + 1].id if index + 1 < len(months) else None,
    }


@require_GET
@login_required
def check_number(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """htmx: what the server reads in one typed cell, or why it refuses it (the grid's live check)."""
    visible_unit(request, unit_code)
    lang = lang_of(request)
    indicator = get_object_or_404(Indicator, pk=request.GET.get("indicator", "0") or "0")
    text = request.GET.get(f"v{indicator.pk}", "")
    message, css = "", "cell-ok"
    try:
        value = read_number(text)
        validate_value(indicator, value)
        if value is not None:
            message = "= " + format_exact(value, Notation.for_language(lang))
    except (NumberFormatError, WriteRefused) as error:
        message, css = error.message(lang), "cell-error"
    return render(request, "web/_cell_message.html", {"message": message, "css": css, "pk": indicator.pk})
