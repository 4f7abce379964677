"""Số liệu bất thường: values that may be typing slips, to confirm before they are saved.

Not refusals (those are :mod:`chitieu.monitoring.write_checks`): a rate over 100%, a month ten
times the month before (or a tenth of it), one month above the whole year's plan can all be
true. The entry grid asks the person to confirm them before it saves; nothing else changes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from chitieu.core.errors import DomainError
from chitieu.core.numbers import Notation, shown_number
from chitieu.planning.models import Indicator

JUMP = Decimal(10)  # a value this many times the period before (or this many times smaller)


class Implausible(DomainError):
    """A value worth a second look; it is saved once the person confirms it."""

    templates: ClassVar[dict[str, tuple[str, str]]] = {
        "rate_over_100": (
            "{value}% is over 100% for a rate: is that right?",
            "Tỷ lệ {value}% lớn hơn 100%: số này có đúng không?",
        ),
        "jump_up": (
            "{value} is {times} times the period before ({previous}): is that right?",
            "{value} gấp {times} lần kỳ trước ({previous}): số này có đúng không?",
        ),
        "jump_down": (
            "{value} is a tenth or less of the period before ({previous}): is that right?",
            "{value} chỉ bằng một phần mười kỳ trước ({previous}) hoặc ít hơn: số này có đúng không?",
        ),
        "over_year_plan": (
            "{value} in one period is more than the whole year's plan ({plan}): is that right?",
            "{value} trong một kỳ đã vượt kế hoạch cả năm ({plan}): số này có đúng không?",
        ),
    }


def implausible(
    indicator: Indicator,
    value: Decimal | None,
    *,
    previous: Decimal | None,
    plan: Decimal | None,
    lang: str = "vi",
) -> Implausible | None:
    """Why ``value`` of one period looks like a slip, or None; numbers written in ``lang``'s way."""
    if value is None or indicator.direction == "yes_no":
        return None
    notation = Notation.for_language(lang)

    def shown(number: Decimal) -> str:
        return shown_number(number.normalize() if number == number.to_integral() else number, notation)

    if indicator.unit_of_measure.strip() == "%" and value > 100:
        return Implausible("rate_over_100", value=shown(value))
    if previous is not None and previous > 0 and value > 0:
        if value >= previous * JUMP:
            times = (value / previous).quantize(Decimal(1))
            return Implausible("jump_up", value=shown(value), times=shown(times), previous=shown(previous))
        if value * JUMP <= previous:
            return Implausible("jump_down", value=shown(value), previous=shown(previous))
    if indicator.time_aggregation == "sum" and plan is not None and plan > 0 and value > plan:
        return Implausible("over_year_plan", value=shown(value), plan=shown(plan))
    return None
