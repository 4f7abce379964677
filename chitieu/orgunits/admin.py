"""Admin for the unit tree: every write to the tree goes through :mod:`chitieu.orgunits.services`."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from chitieu.orgunits.models import OrgUnit, UnitRole
from chitieu.orgunits.services import TreeError, create_unit, move_unit


class UnitScopedAdmin(admin.ModelAdmin):
    """Rows that belong to a unit: a user who is not a superuser sees only those of their subtrees.

    ``unit_lookup`` leads from a row to its unit. Unit choices in forms are narrowed the same way,
    so that nobody can pick, or learn the name of, a unit outside their part of the tree.
    """

    unit_lookup = "unit"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        return queryset.filter(**{f"{self.unit_lookup}__in": OrgUnit.objects.visible_to(request.user)})

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.related_model is OrgUnit and not request.user.is_superuser:
            kwargs["queryset"] = OrgUnit.objects.visible_to(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if db_field.related_model is OrgUnit and not request.user.is_superuser:
            kwargs["queryset"] = OrgUnit.objects.visible_to(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)


# The fields a person edits; path and depth follow from the parent and belong to the services.
EDITABLE_FIELDS = ["code", "name", "name_en", "kind", "parent", "place_name", "active"]


class OrgUnitForm(forms.ModelForm):
    class Meta:
        model = OrgUnit
        fields = EDITABLE_FIELDS

    def clean_parent(self) -> OrgUnit | None:
        """Refuse a parent inside the unit itself, in the words of the service that would refuse it."""
        parent = self.cleaned_data["parent"]
        unit = self.instance
        if parent is not None and unit.pk is not None and parent.is_within(unit):
            error = TreeError("cycle", unit=unit.code, parent=parent.code)
            raise forms.ValidationError(error.message(get_language()))
        return parent


@admin.register(OrgUnit)
class OrgUnitAdmin(UnitScopedAdmin):
    form = OrgUnitForm
    unit_lookup = "pk"
    list_display = ["indented_name", "code", "kind", "place_name", "active"]
    list_display_links = ["indented_name", "code"]
    list_filter = ["kind", "active"]
    search_fields = ["code", "name", "name_en"]
    ordering = ["path"]
    fields = [*EDITABLE_FIELDS, "path", "depth", "reports"]
    readonly_fields = ["path", "depth", "reports"]
    autocomplete_fields = ["parent"]

    @admin.display(description=_("Reports"))
    def reports(self, unit: OrgUnit) -> SafeString:
        """Download links for this year's and last year's report, in every format and both languages."""
        if unit.pk is None:
            return mark_safe("—")
        this_year = timezone.localdate().year
        links = []
        for year in (this_year, this_year - 1):
            for fmt in ("docx", "pdf", "xlsx", "html"):
                for lang in ("vi", "en"):
                    url = reverse("web:report", args=[unit.code, str(year), fmt]) + f"?lang={lang}"
                    links.append(format_html('<a href="{}">{} {} ({})</a>', url, year, fmt.upper(), lang))
        return format_html_join(" · ", "{}", ((link,) for link in links))

    @admin.display(description=_("name"), ordering="path")
    def indented_name(self, unit: OrgUnit) -> SafeString:
        return format_html('<span style="padding-left: {}em">{}</span>', unit.depth * 1.5, unit.name)

    def save_model(self, request: HttpRequest, obj: OrgUnit, form: forms.ModelForm, change: bool) -> None:
        if not change:
            created = create_unit(
                code=obj.code,
                name=obj.name,
                parent=obj.parent,
                kind=obj.kind,
                name_en=obj.name_en,
                place_name=obj.place_name,
            )
            if not obj.active:
                OrgUnit.objects.filter(pk=created.pk).update(active=False)
            # The admin goes on with ``obj`` (log entry, redirect): make it the stored unit.
            obj.pk, obj.path, obj.depth = created.pk, created.path, created.depth
            obj._state.adding = False
            obj._state.db = created._state.db
            return
        # A new parent rewrites the paths of the whole subtree: that is move_unit's job.
        obj.save(update_fields=[name for name in EDITABLE_FIELDS if name != "parent"])
        if "parent" in form.changed_data:
            move_unit(unit=obj, new_parent=obj.parent)


@admin.register(UnitRole)
class UnitRoleAdmin(UnitScopedAdmin):
    list_display = ["user", "role", "unit"]
    list_filter = ["role"]
    search_fields = ["user__username", "unit__code", "unit__name"]
    autocomplete_fields = ["user", "unit"]
    list_select_related = ["user", "unit"]
    ordering = ["unit__path", "user__username"]
