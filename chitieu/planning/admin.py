"""Admin for planning: regimes, groups, indicators, targets with milestones, assignments, work items."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chitieu.core.periods import PeriodError, parse_period
from chitieu.core.workitems import work_item_status
from chitieu.orgunits.admin import SharedAdmin, UnitScopedAdmin
from chitieu.planning.models import (
    Assignment,
    Indicator,
    IndicatorGroup,
    ReportingRegime,
    Target,
    TargetMilestone,
    WorkItem,
)


@admin.register(ReportingRegime)
class ReportingRegimeAdmin(SharedAdmin):
    list_display = ["code", "name", "cutoff_day", "deadline_days"]
    search_fields = ["code", "name"]


@admin.register(IndicatorGroup)
class IndicatorGroupAdmin(SharedAdmin):
    list_display = ["code", "name", "name_en", "order"]
    list_editable = ["order"]
    search_fields = ["code", "name", "name_en"]


@admin.register(Indicator)
class IndicatorAdmin(SharedAdmin):
    list_display = ["code", "name", "group", "unit_of_measure", "direction", "period_type", "active"]
    list_filter = ["group", "direction", "time_aggregation", "unit_aggregation", "period_type", "active"]
    search_fields = ["code", "name", "name_en"]
    list_select_related = ["group"]
    autocomplete_fields = ["numerator", "denominator", "responsible_unit"]
    readonly_fields = ["formula_shown"]
    fieldsets = [
        (
            _("Identity"),
            {
                "fields": [
                    "code",
                    "name",
                    "name_en",
                    "group",
                    ("unit_of_measure", "unit_of_measure_en"),
                    "order",
                    "active",
                ]
            },
        ),
        (
            _("Evaluation rules"),
            {
                "fields": [
                    "direction",
                    "formula_shown",
                    "at_most_formula",
                    "tolerance",
                    ("time_aggregation", "unit_aggregation"),
                    ("decimals", "percent_decimals", "rounding"),
                    "allow_negative",
                    ("period_type", "regime"),
                ]
            },
        ),
        (
            _("Ratio components"),
            {
                "fields": ["numerator", "denominator", "ratio_scale"],
                "description": _("Only for indicators aggregated over units as a ratio."),
            },
        ),
        (
            _("Metadata"),
            {"fields": ["definition", "calculation_method", "data_source", "responsible_unit"]},
        ),
    ]

    # xgettext:no-python-format
    @admin.display(description=_("formula of % of plan"))
    def formula_shown(self, indicator: Indicator) -> str:
        if indicator.pk is None:
            return "—"
        return indicator.formula(get_language())


class TargetMilestoneForm(forms.ModelForm):
    class Meta:
        model = TargetMilestone
        fields = ["period_id", "value"]

    def clean_period_id(self) -> str:
        try:
            period = parse_period(self.cleaned_data["period_id"].strip())
        except PeriodError as error:
            raise forms.ValidationError(error.message(get_language())) from error
        return period.id


class TargetMilestoneInline(admin.TabularInline):
    model = TargetMilestone
    form = TargetMilestoneForm
    extra = 0


@admin.register(Target)
class TargetAdmin(UnitScopedAdmin):
    list_display = ["indicator", "unit", "year", "target", "target_high", "baseline"]
    list_filter = ["year", "indicator__group"]
    search_fields = ["indicator__code", "indicator__name", "unit__code", "unit__name"]
    list_select_related = ["indicator", "unit"]
    autocomplete_fields = ["indicator", "unit"]
    inlines = [TargetMilestoneInline]


@admin.register(Assignment)
class AssignmentAdmin(UnitScopedAdmin):
    """Phân công báo cáo: who reports an indicator without a target of its own."""

    list_display = ["indicator", "unit", "year", "note"]
    list_filter = ["year", "indicator__group"]
    search_fields = ["indicator__code", "indicator__name", "unit__code", "unit__name"]
    list_select_related = ["indicator", "unit"]
    autocomplete_fields = ["indicator", "unit"]


@admin.register(WorkItem)
class WorkItemAdmin(UnitScopedAdmin):
    unit_lookup = "lead_unit"
    list_display = ["title", "kind", "year", "lead_unit", "deadline", "completed_on", "status_today"]
    list_filter = ["kind", "year", ("lead_unit", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["code", "title", "source_document"]
    list_select_related = ["lead_unit"]
    autocomplete_fields = ["lead_unit", "supporting_units"]
    date_hierarchy = "deadline"

    @admin.display(description=_("status today"))
    def status_today(self, item: WorkItem) -> str:
        status = work_item_status(item.deadline, item.completed_on, timezone.localdate())
        return status.label(get_language())
