from __future__ import annotations

from django.contrib import admin

from chitieu.reporting.models import ReportSettings


@admin.register(ReportSettings)
class ReportSettingsAdmin(admin.ModelAdmin):
    list_display = ["unit", "agency", "number_prefix", "signer_name"]
    search_fields = ["unit__code", "unit__name", "agency"]
    autocomplete_fields = ["unit"]
