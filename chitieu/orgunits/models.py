"""Đơn vị: the organisation-unit tree, and who may act on which part of it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from chitieu.core.text import language_of

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class UnitKind(models.TextChoices):
    CITY = "city", _("City / province")
    DEPARTMENT = "department", _("Department")
    DIVISION = "division", _("Division")
    DISTRICT = "district", _("District")
    WARD = "ward", _("Ward / commune")
    OTHER = "other", _("Other")


class OrgUnitQuerySet(models.QuerySet["OrgUnit"]):
    def subtree_of(self, unit: OrgUnit) -> OrgUnitQuerySet:
        """The unit and every unit below it (one indexed prefix query)."""
        return self.filter(path__startswith=unit.path)

    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> OrgUnitQuerySet:
        """The units in the subtrees where ``user`` holds any role; everything for a superuser."""
        return self.with_role(user, tuple(Role))

    def with_role(self, user: AbstractBaseUser | AnonymousUser, roles: Iterable[str]) -> OrgUnitQuerySet:
        """The units in the subtrees where ``user`` holds one of ``roles`` or is admin (all: a superuser)."""
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        roots = list(
            UnitRole.objects.filter(user=user, role__in=[*roles, Role.ADMIN]).values_list(
                "unit__path", flat=True
            )
        )
        if not roots:
            return self.none()
        condition = Q()
        for path in roots:
            condition |= Q(path__startswith=path)
        return self.filter(condition)

    def chain_to(self, code: str) -> list[OrgUnit]:
        """The unit with ``code`` and every unit above it, top first: one query (empty if none)."""
        below = OrgUnit.objects.filter(code=code, path__startswith=OuterRef("path"))
        return list(self.filter(Exists(below)).order_by("depth"))

    def ancestors_of(self, unit: OrgUnit) -> OrgUnitQuerySet:
        """The unit and every unit above it, top first."""
        return self.filter(pk__in=unit.ancestor_ids()).order_by("depth")

    def home_of(self, user: AbstractBaseUser | AnonymousUser) -> OrgUnit | None:
        """The highest unit the user holds a role on (for a superuser: the first root of the tree)."""
        if not user.is_authenticated:
            return None
        if user.is_superuser:
            return self.filter(parent__isnull=True).order_by("path").first()
        role = (
            UnitRole.objects.filter(user=user, unit__in=self)
            .select_related("unit")
            .order_by("unit__depth", "unit__path")
            .first()
        )
        return role.unit if role else None


def visible_paths(user: AbstractBaseUser | AnonymousUser) -> list[str] | None:
    """The paths of the subtrees ``user`` may see (any role), or None: everything (a superuser).

    The same subtrees as :meth:`OrgUnitQuerySet.visible_to`, for checking units already read.
    """
    if not user.is_authenticated:
        return []
    if user.is_superuser:
        return None
    return list(UnitRole.objects.filter(user=user).values_list("unit__path", flat=True))


def roles_held(user: AbstractBaseUser | AnonymousUser) -> list[tuple[str, str]] | None:
    """Each (subtree path, role) ``user`` holds, or None: every role everywhere (a superuser).

    One query; :func:`visible_paths` and "does this person enter figures anywhere" both follow.
    """
    if not user.is_authenticated:
        return []
    if user.is_superuser:
        return None
    return list(UnitRole.objects.filter(user=user).values_list("unit__path", "role"))


def enters_anywhere(roles: list[tuple[str, str]] | None) -> bool:
    """Whether the roles of :func:`roles_held` let their holder enter or approve figures somewhere."""
    return roles is None or any(role in (Role.REPORTER, Role.APPROVER, Role.ADMIN) for _path, role in roles)


def within(path: str, paths: list[str] | None) -> bool:
    """Whether the unit at ``path`` is inside the subtrees ``paths`` (None: everything), as
    :func:`visible_paths` gives them."""
    return paths is None or any(path.startswith(root) for root in paths)


def sees_whole_tree(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether ``user`` sees every unit (a superuser, or roles over every root), as
    :meth:`OrgUnitQuerySet.visible_to` decides: only they may change what the whole tree shares."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or not OrgUnit.objects.exclude(pk__in=OrgUnit.objects.visible_to(user)).exists()


def is_top_of_scope(user: AbstractBaseUser | AnonymousUser, unit: OrgUnit) -> bool:
    """Whether ``user`` sees ``unit`` but not the unit above it: a unit whose place in the tree
    only someone who sees further up may change (for a superuser: a root)."""
    paths = visible_paths(user)
    parent_path = unit.path[: unit.path.rstrip("/").rfind("/") + 1]
    return within(unit.path, paths) and (unit.parent_id is None or not within(parent_path, paths))


def users_visible_to(user: AbstractBaseUser | AnonymousUser) -> models.QuerySet[Any]:
    """The people ``user`` may manage: those with roles only inside the units ``user`` sees
    (:meth:`OrgUnitQuerySet.visible_to`), never a superuser; everyone for a superuser."""
    people = get_user_model().objects.all()
    if not user.is_authenticated:
        return people.none()
    if user.is_superuser:
        return people
    visible = OrgUnit.objects.visible_to(user)
    inside = UnitRole.objects.filter(user=OuterRef("pk"), unit__in=visible)
    outside = UnitRole.objects.filter(user=OuterRef("pk")).exclude(unit__in=visible)
    return people.filter(Exists(inside), ~Exists(outside), is_superuser=False)


class OrgUnit(models.Model):
    """Đơn vị: a node of the tree city → department → division / district → ward.

    ``path`` is the materialised path of ids ("/1/4/17/") so that a whole subtree is one
    indexed prefix query; it is maintained by :mod:`chitieu.orgunits.services`.
    """

    code = models.CharField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=255)
    name_en = models.CharField(_("English name"), max_length=255, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices, default=UnitKind.OTHER)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    path = models.CharField(_("tree path"), max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(_("depth"), default=0, editable=False)
    place_name = models.CharField(
        _("place name"), max_length=120, blank=True, help_text=_("Written in the date line of reports.")
    )
    active = models.BooleanField(_("active"), default=True)

    objects = OrgUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation unit")
        verbose_name_plural = _("organisation units")
        ordering = ["path"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=models.F("id")),
                name="orgunit_not_own_parent",
                violation_error_message=_("A unit cannot be its own parent."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} — {self.name}"

    def display_name(self, lang: str = "vi") -> str:
        return self.name_en if language_of(lang) == "en" and self.name_en else self.name

    def ancestor_ids(self) -> list[int]:
        """The ids of the unit and every unit above it, top first, read from its materialised path."""
        return [int(part) for part in self.path.strip("/").split("/") if part]

    def is_within(self, other: OrgUnit) -> bool:
        """Whether this unit is ``other`` or below it."""
        return self.path.startswith(other.path)


class Role(models.TextChoices):
    ADMIN = "admin", _("Administrator")
    PLANNER = "planner", _("Planner")
    REPORTER = "reporter", _("Reporter")
    APPROVER = "approver", _("Approver")
    VIEWER = "viewer", _("Viewer")


class UnitRole(models.Model):
    """A user's role on a unit; it applies to the unit's whole subtree."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="unit_roles"
    )
    unit = models.ForeignKey(OrgUnit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("unit role")
        verbose_name_plural = _("unit roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "unit", "role"],
                name="unitrole_unique",
                violation_error_message=_("This user already has this role on this unit."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.unit.code}"
