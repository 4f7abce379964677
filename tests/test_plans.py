"""A plan that could never be evaluated is refused with a specific reason; nothing is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from chitieu.core.evaluation import PlanError
from chitieu.planning.models import Indicator, Target
from chitieu.planning.services import set_target

D = Decimal


def indicator(small, **fields) -> Indicator:
    fields.setdefault("unit_of_measure", "người")
    return Indicator.objects.create(
        code=fields.pop("code", "X"), name="Chỉ tiêu X", group=small.jobs.group, **fields
    )


@pytest.mark.parametrize(
    ("fields", "plan", "code"),
    [
        ({}, {"target": D(0)}, "zero_target"),
        ({}, {"target": None}, "missing_target"),
        ({}, {"target": D(-5)}, "negative"),
        ({"direction": "at_least"}, {"target": D(0)}, "zero_target"),
        ({"direction": "at_most", "at_most_formula": "complement"}, {"target": D(0)}, "zero_target"),
        ({"direction": "decrease"}, {"target": D(4000)}, "missing_baseline"),
        ({"direction": "decrease"}, {"target": D(4000), "baseline": D(4000)}, "baseline_equals_target"),
        ({"direction": "between"}, {"target": D(7)}, "missing_band"),
        ({"direction": "between"}, {"target": D(7), "target_high": D(6)}, "band_reversed"),
        ({"direction": "yes_no"}, {"target": D(2)}, "yes_no_target"),
    ],
)
def test_a_plan_that_cannot_be_evaluated_is_refused(small, fields, plan, code):
    with pytest.raises(PlanError) as caught:
        set_target(indicator=indicator(small, **fields), unit=small.ward_a, year=2023, **plan)
    assert caught.value.code == code
    assert not Target.objects.filter(year=2023).exists()


def test_an_at_most_target_of_zero_is_fine_with_the_inverse_formula(small):
    plan = set_target(
        indicator=indicator(small, direction="at_most"), unit=small.ward_a, year=2023, target=D(0)
    )
    assert plan.target == 0


def test_setting_a_target_again_replaces_it(small):
    set_target(indicator=small.jobs, unit=small.ward_a, year=2022, target=D(1200))
    assert Target.objects.get(indicator=small.jobs, unit=small.ward_a, year=2022).target == D(1200)


def test_forms_get_the_refusal_in_vietnamese(small):
    target = Target(
        indicator=indicator(small, direction="decrease"), unit=small.ward_a, year=2023, target=D(10)
    )
    with translation.override("vi"), pytest.raises(ValidationError) as caught:
        target.full_clean()
    assert "cần nhập số gốc" in str(caught.value)
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        target.full_clean()
    assert "give the baseline" in str(caught.value)
