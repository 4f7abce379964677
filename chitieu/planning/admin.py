"""Admin for planning: regimes, groups, indicators, targets with milestones, assignments, work items."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.http import HttpRequest
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
    Programme,
    ReportingRegime,
    Target,
    TargetMilestone,
    Term,
    TermMilestone,
    TermTarget,
    WorkItem,
)
from chitieu.planning.services import TermError, check_link


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


class TargetForm(forms.ModelForm):
    class Meta:
        model = Target
        fields = "__all__"

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        term_target = cleaned.get("term_target")
        if term_target is not None and all(cleaned.get(f) for f in ("indicator", "unit", "year")):
            candidate = Target(indicator=cleaned["indicator"], unit=cleaned["unit"], year=cleaned["year"])
            try:
                check_link(candidate, term_target)
            except TermError as error:
                raise forms.ValidationError({"term_target": error.message(get_language() or "vi")}) from error
        return cleaned


@admin.register(Target)
class TargetAdmin(UnitScopedAdmin):
    form = TargetForm
    list_display = ["indicator", "unit", "year", "target", "target_high", "baseline", "term_target"]
    list_filter = ["year", "indicator__group"]
    search_fields = ["indicator__code", "indicator__name", "unit__code", "unit__name"]
    list_select_related = ["indicator", "unit", "term_target__term"]
    autocomplete_fields = ["indicator", "unit", "term_target"]
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


class TermTargetInline(admin.TabularInline):
    """The term's targets, listed; each is added and changed on its own page (with its milestones)."""

    model = TermTarget
    fields = ["indicator", "measure", "target", "target_high", "baseline"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Term)
class TermAdmin(UnitScopedAdmin):
    """Nhiệm kỳ: a unit's term, the resolution that set it, and its targets."""

    list_display = ["__str__", "resolution_name", "resolution_number", "resolution_date"]
    list_filter = ["start_year", "end_year"]
    search_fields = ["unit__code", "unit__name", "resolution_name", "resolution_number"]
    list_select_related = ["unit"]
    autocomplete_fields = ["unit"]
    inlines = [TermTargetInline]


class TermMilestoneInline(admin.TabularInline):
    model = TermMilestone
    fields = ["year", "value"]
    extra = 0


@admin.register(TermTarget)
class TermTargetAdmin(UnitScopedAdmin):
    """A term target with its yearly milestones."""

    unit_lookup = "term__unit"
    list_display = ["indicator", "term", "measure", "target", "target_high", "baseline"]
    list_filter = ["measure", "term__start_year"]
    search_fields = ["indicator__code", "indicator__name", "term__unit__code", "term__resolution_name"]
    list_select_related = ["indicator", "term__unit"]
    autocomplete_fields = ["indicator", "term"]
    inlines = [TermMilestoneInline]


@admin.register(Programme)
class ProgrammeAdmin(UnitScopedAdmin):
    """Chương trình, đề án: what carries out a resolution, with the targets and work items it holds."""

    unit_lookup = "owner"
    list_display = ["number", "title", "kind", "owner", "start_year", "end_year", "term"]
    list_filter = ["kind", "start_year", "end_year"]
    search_fields = ["number", "title", "owner__code", "owner__name"]
    list_select_related = ["owner", "term__unit"]
    autocomplete_fields = ["owner", "term", "targets", "work_items"]
