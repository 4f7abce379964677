"""Admin for results: values are written through the services, history is read-only, nothing is deleted."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.text import capfirst
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from chitieu.core.errors import DomainError
from chitieu.core.numbers import NumberFormatError, format_exact, parse_number
from chitieu.monitoring.estimates import enter_estimate
from chitieu.monitoring.forms import ChangedValueForm, NewValueForm
from chitieu.monitoring.models import (
    DataValue,
    DataValueRevision,
    KeptFigure,
    Period,
    Submission,
    SubmissionEvent,
    YearEstimate,
)
from chitieu.monitoring.services import change_state
from chitieu.orgunits.admin import SharedAdmin, UnitScopedAdmin
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import WorkItemRevision


class ReadOnlyAdmin(UnitScopedAdmin):
    """Records written only by the services and never deleted: the admin just shows them."""

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Period)
class PeriodAdmin(SharedAdmin):
    """Periods are created on first use; the only thing a person changes is whether one is closed."""

    list_display = ["id", "label", "type", "start", "end", "closed"]
    list_filter = ["type", "closed"]
    search_fields = ["id"]
    fields = ["id", "label", "type", "start", "end", "closed"]
    readonly_fields = ["id", "label", "type", "start", "end"]

    @admin.display(description=_("name"))
    def label(self, period: Period) -> str:
        return period.as_core().label(get_language())

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Period | None = None) -> bool:
        return False


class RevisionInline(ReadOnlyInline):
    model = DataValueRevision
    fields = ["version", "action", "old_shown", "new_shown", "reason", "changed_at", "changed_by"]
    readonly_fields = fields
    ordering = ["-version"]

    @admin.display(description=_("old value"))
    def old_shown(self, revision: DataValueRevision) -> str:
        return "—" if revision.old_value is None else format_exact(revision.old_value)

    @admin.display(description=_("new value"))
    def new_shown(self, revision: DataValueRevision) -> str:
        return "—" if revision.new_value is None else format_exact(revision.new_value)


def move_figures(
    model_admin: admin.ModelAdmin,
    request: HttpRequest,
    cells: Iterable[tuple[OrgUnit, str]],
    action: str,
    reason: str = "",
) -> None:
    """Move each unit's figures for a period through ``change_state``; say what moved and what was refused."""
    done = 0
    for unit, period_id in cells:
        try:
            change_state(unit=unit, period_id=period_id, action=action, user=request.user, reason=reason)
        except DomainError as error:
            refusal = f"{unit.code} · {period_id}: {error.message(get_language())}"
            model_admin.message_user(request, refusal, messages.ERROR)
        else:
            done += 1
    if done:
        text = ngettext("%(count)d submission was updated.", "%(count)d submissions were updated.", done)
        model_admin.message_user(request, text % {"count": done}, messages.SUCCESS)


@admin.register(DataValue)
class DataValueAdmin(UnitScopedAdmin):
    """Every save calls ``record_value``: a version check, a revision row, the locks and deadlines."""

    list_display = ["indicator", "unit", "period", "kind", "value_shown", "version", "is_best", "updated_at"]
    list_filter = ["kind", "is_best", "period__type", "indicator__group"]
    search_fields = ["indicator__code", "indicator__name", "unit__code", "unit__name", "period__id"]
    list_select_related = ["indicator", "unit", "period"]
    autocomplete_fields = ["indicator", "unit"]
    actions = ["submit_figures"]
    add_fieldsets = [
        (None, {"fields": ["indicator", "unit", "period_id", "kind"]}),
        (None, {"fields": ["value_text", "reason", "comment", "read_version"]}),
    ]
    change_fieldsets = [
        (None, {"fields": ["indicator", "unit", "period", "kind", "value_shown", "version", "is_best"]}),
        (_("Change the value"), {"fields": ["value_text", "reason", "comment", "read_version"]}),
    ]
    change_readonly_fields = ["indicator", "unit", "period", "kind", "value_shown", "version", "is_best"]

    @admin.display(description=_("value"), ordering="value")
    def value_shown(self, data_value: DataValue) -> str:
        return "—" if data_value.value is None else format_exact(data_value.value)

    def get_fieldsets(self, request: HttpRequest, obj: DataValue | None = None) -> Any:
        return self.change_fieldsets if obj else self.add_fieldsets

    def get_readonly_fields(self, request: HttpRequest, obj: DataValue | None = None) -> Any:
        return self.change_readonly_fields if obj else []

    def get_inlines(self, request: HttpRequest, obj: DataValue | None) -> Any:
        return [RevisionInline] if obj else []

    def get_form(
        self, request: HttpRequest, obj: DataValue | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        kwargs["form"] = ChangedValueForm if obj else NewValueForm
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def save_model(self, request: HttpRequest, obj: DataValue, form: forms.ModelForm, change: bool) -> None:
        """Nothing to do: the form wrote the value through ``record_value`` when it was validated."""

    def has_delete_permission(self, request: HttpRequest, obj: DataValue | None = None) -> bool:
        return False

    @admin.action(description=_("Submit the figures of the selected units and periods for approval"))
    def submit_figures(self, request: HttpRequest, queryset: QuerySet[DataValue]) -> None:
        cells = {(value.unit, value.period_id) for value in queryset.select_related("unit")}
        move_figures(self, request, sorted(cells, key=lambda cell: (cell[0].path, cell[1])), "submit")


@admin.register(DataValueRevision)
class DataValueRevisionAdmin(ReadOnlyAdmin):
    unit_lookup = "data_value__unit"
    list_display = [
        "data_value",
        "version",
        "action",
        "old_shown",
        "new_shown",
        "reason",
        "changed_at",
        "changed_by",
    ]
    list_filter = ["action"]
    search_fields = [
        "data_value__indicator__code",
        "data_value__unit__code",
        "data_value__period__id",
        "reason",
    ]
    list_select_related = ["data_value__indicator", "data_value__unit", "changed_by"]

    @admin.display(description=_("old value"))
    def old_shown(self, revision: DataValueRevision) -> str:
        return "—" if revision.old_value is None else format_exact(revision.old_value)

    @admin.display(description=_("new value"))
    def new_shown(self, revision: DataValueRevision) -> str:
        return "—" if revision.new_value is None else format_exact(revision.new_value)


@admin.register(KeptFigure)
class KeptFigureAdmin(ReadOnlyAdmin):
    """The year figures kept on write, to look up (``chitieu aggregates verify`` checks them)."""

    list_display = ["indicator", "unit", "year", "closed", "value", "below_value", "latest", "rolled_up"]
    list_filter = ["year", "closed"]
    search_fields = ["indicator__code", "unit__code"]
    list_select_related = ["indicator", "unit"]


class ReasonForm(forms.Form):
    reason = forms.CharField(label=capfirst(_("reason")), widget=forms.Textarea(attrs={"rows": 3}))


class SubmissionEventInline(ReadOnlyInline):
    model = SubmissionEvent
    fields = ["from_state", "to_state", "reason", "at", "by"]
    readonly_fields = fields


@admin.register(Submission)
class SubmissionAdmin(ReadOnlyAdmin):
    """The workflow nháp → đã gửi → đã duyệt / trả lại, moved only by ``change_state``.

    The service decides who may do what (by role on the unit), so the actions are offered to
    everyone who sees the list and a refusal is reported per submission.
    """

    list_display = ["unit", "period", "state", "reason", "updated_at", "updated_by"]
    list_filter = ["state", "period__type"]
    search_fields = ["unit__code", "unit__name", "period__id"]
    list_select_related = ["unit", "period", "updated_by"]
    inlines = [SubmissionEventInline]
    actions = ["submit", "approve", "return_for_correction", "unlock"]

    @admin.action(description=_("Submit for approval"))
    def submit(self, request: HttpRequest, queryset: QuerySet[Submission]) -> None:
        self._change_states(request, queryset, "submit")

    @admin.action(description=_("Approve and lock"))
    def approve(self, request: HttpRequest, queryset: QuerySet[Submission]) -> None:
        self._change_states(request, queryset, "approve")

    @admin.action(description=_("Return for correction (asks for a reason)"))
    def return_for_correction(
        self, request: HttpRequest, queryset: QuerySet[Submission]
    ) -> HttpResponse | None:
        return self._ask_reason_then_change(request, queryset, "return_for_correction", "return")

    @admin.action(description=_("Unlock (asks for a reason)"))
    def unlock(self, request: HttpRequest, queryset: QuerySet[Submission]) -> HttpResponse | None:
        return self._ask_reason_then_change(request, queryset, "unlock", "unlock")

    def _ask_reason_then_change(
        self, request: HttpRequest, queryset: QuerySet[Submission], admin_action: str, action: str
    ) -> HttpResponse | None:
        """Show a page asking for the reason; its form posts the same admin action back with ``apply``."""
        form = ReasonForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            self._change_states(request, queryset, action, form.cleaned_data["reason"])
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": self.get_action(admin_action)[2],
            "opts": self.model._meta,
            "form": form,
            "admin_action": admin_action,
            "submissions": queryset.select_related("unit", "period"),
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/monitoring/submission/reason.html", context)

    def _change_states(
        self, request: HttpRequest, queryset: QuerySet[Submission], action: str, reason: str = ""
    ) -> None:
        cells = [(submission.unit, submission.period_id) for submission in queryset.select_related("unit")]
        move_figures(self, request, cells, action, reason)


@admin.register(SubmissionEvent)
class SubmissionEventAdmin(ReadOnlyAdmin):
    unit_lookup = "submission__unit"
    list_display = ["submission", "from_state", "to_state", "reason", "at", "by"]
    list_filter = ["to_state"]
    search_fields = ["submission__unit__code", "submission__period__id", "reason"]
    list_select_related = ["submission__unit", "by"]


@admin.register(WorkItemRevision)
class WorkItemRevisionAdmin(ReadOnlyAdmin):
    unit_lookup = "work_item__lead_unit"
    list_display = ["work_item", "old_completed_on", "new_completed_on", "reason", "changed_at", "changed_by"]
    search_fields = ["work_item__title", "work_item__code", "reason"]
    list_select_related = ["work_item", "changed_by"]


class EstimateForm(forms.ModelForm):
    """A person's year-end estimate, written through :func:`enter_estimate` while the form is validated,
    so that a refusal (no role on the unit, an indicator the unit does not plan) lands on the form."""

    value_text = forms.CharField(
        label=capfirst(_("estimate")),
        max_length=40,
        required=False,
        help_text=_(
            "The full year's figure, in Vietnamese notation (1.218; 2,5). Leave empty to withdraw the "
            "estimate in force: the one computed from the months is used again."
        ),
    )

    class Meta:
        model = YearEstimate
        fields = ["indicator", "unit", "year", "value_text", "note"]

    user: Any = None  # the person saving; set by the admin for each request

    def clean_value_text(self) -> Decimal | None:
        text = self.cleaned_data["value_text"].strip()
        if not text:
            return None
        try:
            return parse_number(text, notation="vi")
        except NumberFormatError as error:
            raise forms.ValidationError(error.message(get_language())) from error

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        if self.errors:
            return cleaned
        try:
            self.instance = enter_estimate(
                indicator=cleaned["indicator"],
                unit=cleaned["unit"],
                year=cleaned["year"],
                value=cleaned["value_text"],
                note=cleaned.get("note", ""),
                user=self.user,
            )
        except DomainError as error:
            field = {"no_permission": "unit", "not_planned": "indicator", "bad_year": "year"}.get(
                error.code, "value_text"
            )
            self.add_error(field, error.message(get_language()))
        return cleaned


@admin.register(YearEstimate)
class YearEstimateAdmin(UnitScopedAdmin):
    """Ước thực hiện cả năm entered by people: a new one is added (through ``enter_estimate``, as on the
    estimates page and the API); the ones before stay as its history, never changed or deleted."""

    list_display = ["indicator", "unit", "year", "value_shown", "note", "entered_at", "entered_by"]
    list_filter = ["year"]
    search_fields = ["indicator__code", "unit__code", "note"]
    list_select_related = ["indicator", "unit", "entered_by"]
    autocomplete_fields = ["indicator", "unit"]
    form = EstimateForm

    @admin.display(description=_("estimate"), ordering="value")
    def value_shown(self, estimate: YearEstimate) -> str:
        return _("withdrawn") if estimate.value is None else format_exact(estimate.value)

    def get_form(
        self, request: HttpRequest, obj: YearEstimate | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def save_model(
        self, request: HttpRequest, obj: YearEstimate, form: forms.ModelForm, change: bool
    ) -> None:
        """Nothing to do: the form wrote the estimate through ``enter_estimate`` when it was validated."""

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False
