"""Unusual values: what the grid and the import ask a person to confirm, and what they never question."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.monitoring.plausibility import implausible
from chitieu.planning.models import Indicator

D = Decimal


def indicator(uom="người", direction="increase", aggregation="sum"):
    return Indicator(
        code="X", name="x", unit_of_measure=uom, direction=direction, time_aggregation=aggregation
    )


@pytest.mark.parametrize(
    ("kwargs", "value", "previous", "plan", "code"),
    [
        ({"uom": "%"}, D("100.5"), None, None, "rate_over_100"),
        ({"uom": "%"}, D(100), None, None, None),
        ({}, D(1500), D(150), None, "jump_up"),  # a zero too many
        ({}, D(1499), D(150), None, None),
        ({}, D(15), D(150), None, "jump_down"),  # a zero too few
        ({}, D(16), D(150), None, None),
        ({}, D(0), D(150), None, None),  # nothing happened this month: 0 is never questioned
        ({}, D(900), D(0), None, None),  # nothing to compare with
        ({}, D(2001), D(1900), D(2000), "over_year_plan"),  # one month above the whole year's plan
        ({"aggregation": "last"}, D(2001), D(1990), D(2000), None),  # a stock may pass its plan
        ({"direction": "yes_no", "uom": "%"}, D(1), D(0), None, None),
        ({}, None, D(150), D(2000), None),  # an emptied cell
    ],
)
def test_what_asks_for_a_second_look(kwargs, value, previous, plan, code):
    found = implausible(indicator(**kwargs), value, previous=previous, plan=plan)
    assert (found.code if found else None) == code


def test_the_question_is_asked_in_the_persons_language_with_their_numbers():
    found = implausible(indicator(), D(12180), previous=D("1218"), plan=None)
    assert found.message("vi") == "12.180 gấp 10 lần kỳ trước (1.218): số này có đúng không?"
    found = implausible(indicator(), D(12180), previous=D("1218"), plan=None, lang="en")
    assert found.message("en") == "12,180 is 10 times the period before (1,218): is that right?"
