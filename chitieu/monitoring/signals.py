"""Keeping the kept figures right when what they are computed from changes outside the services."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from chitieu.monitoring import aggregates, versions
from chitieu.orgunits.models import OrgUnit
from chitieu.orgunits.signals import unit_moved, unit_moving
from chitieu.planning.models import RULE_FIELDS, Indicator, Target

# What an indicator's figures are computed and its targets judged with: changing any of these
# recomputes its kept rows, figures and statuses.
FIGURE_FIELDS = tuple(dict.fromkeys((*RULE_FIELDS, "numerator_id", "denominator_id", "ratio_scale")))


def _figure_fields(indicator: Indicator) -> tuple[object, ...]:
    return tuple(getattr(indicator, name) for name in FIGURE_FIELDS)


@receiver(pre_save, sender=Indicator)
def remember_how_figures_add_up(sender: type[Indicator], instance: Indicator, **kwargs: Any) -> None:
    if instance.pk is None or kwargs.get("raw"):
        return
    before = Indicator.objects.filter(pk=instance.pk).values_list(*FIGURE_FIELDS).first()
    instance._figures_before = before  # type: ignore[attr-defined]


@receiver(post_save, sender=Indicator)
def recompute_when_rules_change(sender: type[Indicator], instance: Indicator, **kwargs: Any) -> None:
    before = getattr(instance, "_figures_before", None)
    if before is not None and before != _figure_fields(instance):
        aggregates.refresh_indicator(instance.pk)


@receiver(pre_save, sender=Target)
def remember_target_cell(sender: type[Target], instance: Target, **kwargs: Any) -> None:
    if instance.pk is None or kwargs.get("raw"):
        return
    before = Target.objects.filter(pk=instance.pk).values_list("indicator_id", "unit_id", "year").first()
    instance._cell_before = before  # type: ignore[attr-defined]


@receiver(post_save, sender=Target)
def judge_again_when_a_target_is_saved(sender: type[Target], instance: Target, **kwargs: Any) -> None:
    """A target's plan is what its kept rows' statuses are judged against (moved: both cells)."""
    if kwargs.get("raw"):
        return
    before = getattr(instance, "_cell_before", None)
    cells = [(instance.indicator_id, instance.unit_id, instance.year)]
    aggregates.targets_changed(cells + ([before] if before else []))


@receiver(post_delete, sender=Target)
def judge_again_when_a_target_is_deleted(sender: type[Target], instance: Target, **kwargs: Any) -> None:
    aggregates.targets_changed([(instance.indicator_id, instance.unit_id, instance.year)])


@receiver(unit_moved, sender=OrgUnit)
def recompute_after_move(
    sender: type[OrgUnit], unit: OrgUnit, old_ancestor_ids: list[int], **kwargs: Any
) -> None:
    aggregates.unit_moved(unit, old_ancestor_ids)


def build_when_missing(**kwargs: Any) -> None:
    """After ``migrate`` (and a test database's flush): build the kept figures if they are not."""
    if not aggregates.built():
        aggregates.rebuild()


@receiver(unit_moving, sender=OrgUnit)
def bump_before_move(sender: type[OrgUnit], **kwargs: Any) -> None:
    versions.bump()


# Derived rows, records pages never show, and values (written only by the services, which bump
# the version first themselves): saving these needs no bump of its own.
NOT_DATA = {"KeptFigure", "DataState", "DataValueRevision", "SubmissionEvent", "DataValue"}


# What an indicator is read with: a write of these moves the definitions' version too.
DEFINITIONS = {"Indicator", "IndicatorGroup", "ReportingRegime"}


def bump_before_write(sender: type[Model], **kwargs: Any) -> None:
    if not kwargs.get("raw") and kwargs.get("update_fields") != frozenset({"last_login"}):
        versions.bump(definitions=sender.__name__ in DEFINITIONS)


def bump_before_link(sender: type[Model], action: str, **kwargs: Any) -> None:
    if action in ("pre_add", "pre_remove", "pre_clear"):
        versions.bump()


def connect_version_bumps() -> None:
    """Every save or delete of a unit, a plan, a result or a person bumps the data version first."""
    user = get_user_model()
    pre_save.connect(bump_before_write, sender=user, dispatch_uid="bump-save-user")
    pre_delete.connect(bump_before_write, sender=user, dispatch_uid="bump-delete-user")
    for label in ("orgunits", "planning", "monitoring", "reporting"):
        for model in apps.get_app_config(label).get_models():
            if model.__name__ not in NOT_DATA:
                pre_save.connect(bump_before_write, sender=model, dispatch_uid=f"bump-save-{model.__name__}")
                pre_delete.connect(
                    bump_before_write, sender=model, dispatch_uid=f"bump-delete-{model.__name__}"
                )
                # a programme's targets and work items, a unit's roles…: links added or taken away
                for field in model._meta.many_to_many:
                    through = field.remote_field.through
                    m2m_changed.connect(
                        bump_before_link, sender=through, dispatch_uid=f"bump-link-{through.__name__}"
                    )
