"""Nhập số liệu: the entry grid of a unit for a period — save a draft, submit, approve, return, unlock."""

from __future__ import annotations

from decimal import Decimal
from html import escape as html_escape

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import Notation, NumberFormatError, format_exact, format_number
from chitieu.monitoring.entry import EntrySheet, entry_sheet
from chitieu.monitoring.models import KIND_BY_RANK, SubmissionState
from chitieu.monitoring.plausibility import implausible
from chitieu.monitoring.services import StaleVersion, ValueWrite, change_state, record_values
from chitieu.monitoring.versions import data_version
from chitieu.monitoring.write_checks import WriteRefused, validate_value
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator
from chitieu.web.forms import EntryCell, read_cell, read_number, stored_cell, whole_number
from chitieu.web.views.common import crumb_links, lang_of, period_or_404, visible_unit


@login_required
def entry_current(request: HttpRequest, unit_code: str) -> HttpResponse:
    """The grid of the month whose figures are being collected now (Decree 09 windows)."""
    unit = visible_unit(request, unit_code)
    chosen = request.GET.get("period", "")
    period = period_or_404(chosen) if chosen else core_periods.collecting_month(timezone.localdate())
    return redirect("web:entry", unit_code=unit.code, period_id=period.id)


GRID_CACHE_SECONDS = 600


def escape(text: object) -> str:
    """Text made safe in HTML, as Django's ``escape`` makes it, without its lazy-string wrapper
    (which cost more than the rest of the 400-row grid's escaping)."""
    return html_escape(str(text))


@require_http_methods(["GET", "POST"])
@login_required
def entry(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """Nhập số liệu: every indicator a unit enters for one period, saved as a draft, submitted, approved."""
    unit = visible_unit(request, unit_code)
    period = period_or_404(period_id)
    lang = lang_of(request)
    today = timezone.localdate()
    if request.method == "GET":
        # The grid as this person sees it today, cached under the data version: any write (a
        # value, a workflow step, a role, a lock) shows on the next look.
        key = f"chitieu:grid:{data_version()}:{unit.pk}:{period.id}:{request.user.pk}:{today}:{lang}"
        context = cache.get(key)
        if context is None:
            sheet = entry_sheet(unit=unit, period=period, user=request.user, today=today)
            cells = [stored_cell(row) for row in sheet.rows]
            context = _entry_context(request, unit, sheet, cells, [], lang)
            cache.set(key, context, GRID_CACHE_SECONDS)
        return render(request, "web/entry.html", context)
    sheet = entry_sheet(unit=unit, period=period, user=request.user, today=today)
    cells = [stored_cell(row) for row in sheet.rows]
    errors: list[str] = []
    confirm: list[str] = []  # what the person must confirm before it is saved: "unusual", "incomplete"
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
                for cell in cells:
                    if cell.changed and not cell.error:
                        doubt = implausible(
                            cell.indicator,
                            cell.value,
                            previous=cell.row.previous,
                            plan=cell.row.plan,
                            lang=lang,
                        )
                        cell.warning = doubt.message(lang) if doubt else ""
                doubts = [cell for cell in cells if cell.warning]
                empty = [c for c in cells if c.value is None and not c.locked] if action == "submit" else []
                if any(cell.error for cell in cells):
                    errors.append(_("Nothing was saved: correct the cells marked below."))
                    status = 400
                elif doubts and not request.POST.get("confirm_unusual"):
                    errors.append(
                        ngettext(
                            "Nothing was saved yet: %(count)d value looks unusual (marked below). "
                            "Correct it, or tick the box to confirm it and save again.",
                            "Nothing was saved yet: %(count)d values look unusual (marked below). "
                            "Correct them, or tick the box to confirm them and save again.",
                            len(doubts),
                        )
                        % {"count": len(doubts)}
                    )
                    confirm.append("unusual")
                elif empty and not request.POST.get("confirm_incomplete"):
                    errors.append(
                        _(
                            "Not submitted: %(empty)d of %(total)d indicators have no figure. Enter 0 where "
                            "nothing happened (không phát sinh), or tick the box to submit it incomplete."
                        )
                        % {"empty": len(empty), "total": len(cells)}
                    )
                    confirm.append("incomplete")
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
    context = _entry_context(request, unit, sheet, cells, errors, lang)
    context["confirm"] = confirm
    context["reason_typed"] = request.POST.get("reason", "")
    return render(request, "web/entry.html", context, status=status)


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
        "cells": bool(cells),
        "rows": grid_rows_html(
            cells, sheet.editable, reverse("web:check_number", args=[unit.code, period.id]), lang
        ),
        "errors": errors,
        "state": state,
        "state_label": SubmissionState(state).label,
        "submission": sheet.submission,
        "history": sheet.history(),
        "confirm": [],
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


def grid_rows_html(cells: list[EntryCell], editable: bool, check_url: str, lang: str) -> SafeString:
    """The grid's rows, written in one pass rather than through the template engine (400 rows with
    their inputs and kind lists cost it several times the rest of the page). All text escaped.

    Beside each cell what it is entered against, as the Excel template has it: the year's plan,
    the period before, the year to the period before and the same period a year earlier. Groups
    of indicators get a heading row. ``data-label`` names each cell on a phone, where rows are
    laid out as cards.
    """
    kinds = [(kind.rank, escape(kind.label(lang))) for kind in ValueKind]
    notation = Notation.for_language(lang)
    kind_word = escape(_("Value kind"))
    labels = {
        key: escape(text)
        for key, text in (
            ("uom", _("Unit of measure")),
            ("plan", _("Year's plan")),
            ("previous", _("Period before")),
            ("to_date", _("Year to date (before this period)")),
            ("earlier", _("Same period last year")),
            ("last", _("Last change")),
        )
    }
    parts = []
    group = None
    for cell in cells:
        indicator = cell.indicator
        if indicator.group_id != group:
            group = indicator.group_id
            name = indicator.group.display_name(lang) if indicator.group else _("Other indicators")
            parts.append(f'<tr class="group"><th colspan="9" scope="colgroup">{escape(name)}</th></tr>\n')
        pk, code = indicator.pk, escape(indicator.code)
        refusal = cell.row.refusal.message(lang) if cell.row.refusal else ""
        disabled = not editable or bool(refusal)
        bad = bool(cell.error or cell.conflict)
        versions = "".join(
            f'<input type="hidden" name="ver{pk}_{rank}" value="{version}">'
            for rank, version in cell.versions.items()
        )
        if cell.error:
            message = _cell_message(pk, "cell-msg cell-error", cell.error)
        elif cell.conflict:
            message = _cell_message(pk, "cell-msg cell-error conflict", cell.conflict)
        elif cell.warning:
            message = _cell_message(pk, "cell-msg cell-warning", cell.warning)
        elif refusal and editable:
            message = _cell_message(pk, "cell-msg locked", refusal)
        else:
            message = _cell_message(pk, "cell-msg", "")
        input_state = ' disabled aria-disabled="true"' if disabled else ""
        invalid = ' aria-invalid="true"' if bad else ""
        options = "".join(
            f'<option value="{rank}"{" selected" if rank == cell.kind else ""}>{label}</option>'
            for rank, label in kinds
        )
        shown = cell.shown_row
        last = ""
        if shown is not None:
            by = escape(shown.updated_by.get_username() if shown.updated_by else _("system"))
            at = timezone.localtime(shown.updated_at).strftime("%d/%m/%Y %H:%M")  # 10× dateformat
            last = f"{by}, {at}"
        row = cell.row
        beside = [
            ("plan", _number(row.plan, indicator, notation)),
            ("previous", _number(row.previous, indicator, notation)),
            ("to_date", _figure(row.to_date, indicator, notation, lang)),
            ("earlier", _figure(row.a_year_earlier, indicator, notation, lang)),
        ]
        context = "".join(
            f'<td class="num ctx ctx-{key}" data-label="{labels[key]}">{text}</td>' for key, text in beside
        )
        original = "" if cell.original is None else escape(str(cell.original))
        css = "has-error" if bad else ("has-warning" if cell.warning else "")
        parts.append(
            f'<tr class="{css}" data-code="{code}">\n'
            f'<th scope="row"><label for="v{pk}">{code} · {escape(indicator.display_name(lang))}</label>'
            f' <span class="uom">({escape(indicator.display_unit_of_measure(lang))})</span></th>\n'
            f"{context}\n"
            f'<td class="cell">\n'
            f'  <input id="v{pk}" name="v{pk}" value="{escape(cell.text)}" inputmode="decimal"'
            f' autocomplete="off" class="num-input"'
            f"{input_state}"
            f' aria-describedby="msg-{pk}"{invalid}'
            f' hx-get="{escape(check_url)}?indicator={pk}" hx-trigger="input changed delay:300ms, blur"'
            f' hx-target="#msg-{pk}" hx-swap="outerHTML">\n'
            f'  <input type="hidden" name="o{pk}" value="{original}">\n'
            f'  <input type="hidden" name="ok{pk}" value="{cell.original_kind}">\n'
            f"  {versions}\n  {message}\n</td>\n"
            f'<td class="kind"><label class="sr-only" for="k{pk}">{kind_word} {code}</label>\n'
            f'  <select id="k{pk}" name="k{pk}"{" disabled" if disabled else ""}>{options}</select></td>\n'
            f'<td class="muted last" data-label="{labels["last"]}">{last}</td>\n</tr>\n'
        )
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped


def _number(value: Decimal | None, indicator: Indicator, notation: Notation) -> str:
    return "—" if value is None else format_number(value, indicator.decimals, notation=notation)


def _figure(result: ev.Result | None, indicator: Indicator, notation: Notation, lang: str) -> str:
    """A figure beside a cell, marked when it holds an estimate (ước) or a plan figure."""
    if result is None:
        return "—"
    text = _number(result.value, indicator, notation)
    if result.kind != ValueKind.ACTUAL:
        text += f' <span class="muted">({escape(result.kind.label(lang))})</span>'
    return text


def _cell_message(pk: int, css: str, text: str) -> str:
    """The message under a grid cell: written with the grid, and again by the live check (htmx)."""
    return f'<span class="{css}" id="msg-{pk}" aria-live="polite">{escape(text)}</span>'


@require_GET
@login_required
def check_number(request: HttpRequest, unit_code: str, period_id: str) -> HttpResponse:
    """htmx: what the server reads in one typed cell, or why it refuses it (the grid's live check)."""
    visible_unit(request, unit_code)
    period_or_404(period_id)
    lang = lang_of(request)
    pk = whole_number(request.GET.get("indicator"))
    if pk is None:  # the grid always sends an indicator's id: anything else names no indicator
        return HttpResponseBadRequest(_("Which indicator? The check needs its number (indicator=…)."))
    indicator = get_object_or_404(Indicator, pk=pk)
    text = request.GET.get(f"v{indicator.pk}", "")
    message, css = "", "cell-ok"
    try:
        value = read_number(text)
        validate_value(indicator, value)
        if value is not None:
            message = "= " + format_exact(value, Notation.for_language(lang))
    except (NumberFormatError, WriteRefused) as error:
        message, css = error.message(lang), "cell-error"
    return HttpResponse(_cell_message(indicator.pk, f"cell-msg {css}", message))
