"""Admin for how each unit's reports are headed and signed: only for the units one sees."""

from __future__ import annotations

from django.contrib import admin

from chitieu.orgunits.admin import UnitScopedAdmin
from chitieu.reporting.models import ReportSettings


@admin.register(ReportSettings)
class ReportSettingsAdmin(UnitScopedAdmin):
    list_display = ["unit", "agency", "number_prefix", "signer_name"]
    search_fields = ["unit__code", "unit__name", "agency"]
    autocomplete_fields = ["unit"]
