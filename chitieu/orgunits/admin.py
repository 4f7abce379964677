"""Admin for the unit tree: every write to the tree goes through :mod:`chitieu.orgunits.services`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import axes.admin as axes_admin
import django_tasks_db.admin as tasks_admin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import AdminUserCreationForm
from django.contrib.auth.models import Group, User
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult

from chitieu.orgunits.models import (
    OrgUnit,
    Role,
    UnitRole,
    is_top_of_scope,
    sees_whole_tree,
    users_visible_to,
)
from chitieu.orgunits.services import TreeError, create_unit, move_unit

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class UnitScopedAdmin(admin.ModelAdmin):
    """Rows that belong to a unit or a person: someone who is not a superuser sees only those of the
    units :meth:`OrgUnitQuerySet.visible_to` gives them, and of the people they may manage.

    ``unit_lookup`` leads from a row to its unit, ``user_lookup`` to its person (None: not scoped
    that way). Unit and user choices in forms are narrowed the same way, so that nobody can pick, or
    learn the name of, a unit or a person outside their part of the tree; a row outside it cannot
    be opened, changed or deleted.
    """

    unit_lookup: str | None = "unit"
    user_lookup: str | None = None

    def get_queryset(self, request: HttpRequest) -> QuerySet[Any]:
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        if self.unit_lookup is not None:
            queryset = queryset.filter(
                **{f"{self.unit_lookup}__in": OrgUnit.objects.visible_to(request.user)}
            )
        if self.user_lookup is not None:
            queryset = queryset.filter(**{f"{self.user_lookup}__in": users_visible_to(request.user)})
        return queryset

    def in_scope(self, request: HttpRequest, obj: Model | None) -> bool:
        """Whether ``obj`` (None: the model as a whole) is inside what the user may see."""
        if obj is None or obj.pk is None or request.user.is_superuser:
            return True
        return self.get_queryset(request).filter(pk=obj.pk).exists()

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_view_permission(request, obj) and self.in_scope(request, obj)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_change_permission(request, obj) and self.in_scope(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_delete_permission(request, obj) and self.in_scope(request, obj)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        narrowed = choices_for(db_field.related_model, request)
        if narrowed is not None:
            kwargs["queryset"] = narrowed
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        narrowed = choices_for(db_field.related_model, request)
        if narrowed is not None:
            kwargs["queryset"] = narrowed
        return super().formfield_for_manytomany(db_field, request, **kwargs)


def choices_for(model: type[Model], request: HttpRequest) -> QuerySet[Any] | None:
    """The units or people a form may offer the user (None: no narrowing, as for a superuser)."""
    if request.user.is_superuser:
        return None
    if model is OrgUnit:
        return OrgUnit.objects.visible_to(request.user)
    if model is get_user_model():
        return users_visible_to(request.user)
    from chitieu.planning.models import Target, Term, TermTarget, WorkItem  # the plans hang from units

    visible = OrgUnit.objects.visible_to(request.user)
    by_unit: dict[type[Model], tuple[QuerySet[Any], str]] = {
        Target: (Target.objects.all(), "unit__in"),
        WorkItem: (WorkItem.objects.all(), "lead_unit__in"),
        Term: (Term.objects.all(), "unit__in"),
        TermTarget: (TermTarget.objects.all(), "term__unit__in"),
    }
    if model in by_unit:
        rows, lookup = by_unit[model]
        return rows.filter(**{lookup: visible})
    return None


class SharedAdmin(admin.ModelAdmin):
    """Rows the whole tree shares (regimes, indicators, periods): whoever has the right may read them,
    but only someone who sees every unit may add, change or delete one, since it acts on every unit."""

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return super().has_add_permission(request, *args) and sees_all(request)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_change_permission(request, obj) and sees_all(request)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_delete_permission(request, obj) and sees_all(request)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        narrowed = choices_for(db_field.related_model, request)
        if narrowed is not None:
            kwargs["queryset"] = narrowed
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


def sees_all(request: HttpRequest) -> bool:
    """:func:`sees_whole_tree` for the request's user, asked once per request."""
    if not hasattr(request, "chitieu_sees_all"):
        request.chitieu_sees_all = sees_whole_tree(request.user)  # type: ignore[attr-defined]
    return bool(request.chitieu_sees_all)  # type: ignore[attr-defined]


class SuperuserOnlyAdmin(admin.ModelAdmin):
    """Records of the whole site that belong to no unit (login attempts): for a superuser only."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_superuser

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return request.user.is_superuser

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return request.user.is_superuser and super().has_add_permission(request, *args)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return request.user.is_superuser and super().has_change_permission(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return request.user.is_superuser and super().has_delete_permission(request, obj)


# The fields a person edits; path and depth follow from the parent and belong to the services.
EDITABLE_FIELDS = ["code", "name", "name_en", "kind", "parent", "place_name", "active"]


class OrgUnitForm(forms.ModelForm):
    class Meta:
        model = OrgUnit
        fields = EDITABLE_FIELDS

    user: AbstractBaseUser | AnonymousUser | None = None  # the person saving; set by the admin per request

    def clean_parent(self) -> OrgUnit | None:
        """Refuse a parent inside the unit itself, in the words of the service that would refuse it,
        and a new root from someone who does not see the whole tree."""
        parent = self.cleaned_data["parent"]
        unit = self.instance
        if parent is not None and unit.pk is not None and parent.is_within(unit):
            error = TreeError("cycle", unit=unit.code, parent=parent.code)
            raise forms.ValidationError(error.message(get_language()))
        if parent is None and not (self.user is not None and self.user.is_superuser):
            raise forms.ValidationError(_("Only a superuser can put a unit at the top of the tree."))
        return parent


@admin.register(OrgUnit)
class OrgUnitAdmin(UnitScopedAdmin):
    """The tree. Someone who is not a superuser edits the units they see, and moves them only under
    units they see; the place of the top unit of their part of the tree is not theirs to change."""

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

    def get_readonly_fields(self, request: HttpRequest, obj: OrgUnit | None = None) -> Any:
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and not request.user.is_superuser and is_top_of_scope(request.user, obj):
            fields.append("parent")
        return fields

    def get_form(
        self, request: HttpRequest, obj: OrgUnit | None = None, change: bool = False, **kwargs: Any
    ) -> Any:
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if isinstance(obj, OrgUnit) and not request.user.is_superuser and is_top_of_scope(request.user, obj):
            return False
        return super().has_delete_permission(request, obj)

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
    """Roles on the units one sees; a role of someone one may not manage is only shown."""

    list_display = ["user", "role", "unit"]
    list_filter = ["role"]
    search_fields = ["user__username", "unit__code", "unit__name"]
    autocomplete_fields = ["user", "unit"]
    list_select_related = ["user", "unit"]
    ordering = ["unit__path", "user__username"]

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_change_permission(request, obj) and manages(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_delete_permission(request, obj) and manages(request, obj)


def manages(request: HttpRequest, role: Model | None) -> bool:
    """Whether the user may manage the person holding ``role`` (None: any role)."""
    if not isinstance(role, UnitRole) or request.user.is_superuser:
        return True
    return users_visible_to(request.user).filter(pk=role.user_id).exists()


class NewUserForm(AdminUserCreationForm):
    """A new account made by someone who is not a superuser: it starts with a role on a unit they see,
    so that it is inside their part of the tree from the first moment."""

    unit = forms.ModelChoiceField(label=capfirst(_("unit")), queryset=OrgUnit.objects.none())
    role = forms.ChoiceField(label=capfirst(_("role")), choices=Role.choices)

    user: AbstractBaseUser | AnonymousUser | None = None  # the person saving; set by the admin per request

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.user is not None:
            self.fields["unit"].queryset = OrgUnit.objects.visible_to(self.user)  # type: ignore[attr-defined]


# Who grants rights: only a superuser makes staff, superusers, groups and permissions.
GRANTING_FIELDS = ["is_staff", "is_superuser", "groups", "user_permissions"]

admin.site.unregister(User)


@admin.register(User)
class ScopedUserAdmin(UnitScopedAdmin, UserAdmin):
    """People: someone who is not a superuser sees those with roles only in their part of the tree,
    never a superuser; they change only those without staff rights (and themselves), and grant no
    rights: staff status, superuser status, groups and permissions are a superuser's to give."""

    unit_lookup = None
    user_lookup = "pk"

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += GRANTING_FIELDS
        return fields

    def get_fieldsets(self, request: HttpRequest, obj: Model | None = None) -> Any:
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None and not request.user.is_superuser:
            return [*fieldsets, (capfirst(_("unit role")), {"fields": ["unit", "role"]})]
        return fieldsets

    def get_form(self, request: HttpRequest, obj: Model | None = None, **kwargs: Any) -> Any:
        if obj is None and not request.user.is_superuser:
            kwargs["form"] = NewUserForm
        form = super().get_form(request, obj, **kwargs)
        form.user = request.user
        return form

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_change_permission(request, obj) and may_change_person(request, obj)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return super().has_delete_permission(request, obj) and may_change_person(request, obj)

    def save_model(self, request: HttpRequest, obj: Any, form: forms.ModelForm, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if isinstance(form, NewUserForm):
            UnitRole.objects.create(user=obj, unit=form.cleaned_data["unit"], role=form.cleaned_data["role"])


def may_change_person(request: HttpRequest, person: Model | None) -> bool:
    """A member of staff holds rights only a superuser gives: another one may not take over the account."""
    if person is None or request.user.is_superuser or person.pk == request.user.pk:
        return True
    return not getattr(person, "is_staff", True)


admin.site.unregister(Group)


@admin.register(Group)
class ScopedGroupAdmin(GroupAdmin):
    """Groups carry permissions for the whole site: only a superuser makes or changes one."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return request.user.is_superuser

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return request.user.is_superuser

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return request.user.is_superuser


# Login attempts name people and addresses of the whole site. Axes registers its admin after this
# module (it comes later in INSTALLED_APPS); importing it here registers it first, to replace it.
for model, model_admin in [
    (AccessAttempt, axes_admin.AccessAttemptAdmin),
    (AccessLog, axes_admin.AccessLogAdmin),
    (AccessFailureLog, axes_admin.AccessFailureLogAdmin),
]:
    if admin.site.is_registered(model):
        admin.site.unregister(model)
        admin.site.register(model, type(model_admin.__name__, (SuperuserOnlyAdmin, model_admin), {}))

# The queue of background work (report files of every unit): for superusers, read-only as its
# own admin makes it.
if admin.site.is_registered(DBTaskResult):
    admin.site.unregister(DBTaskResult)
admin.site.register(
    DBTaskResult, type("DBTaskResultAdmin", (SuperuserOnlyAdmin, tasks_admin.DBTaskResultAdmin), {})
)
