"""Numbers on the pages written the way the page's language writes them: 1.218 and 101,43% in Vietnamese."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.translation import get_language

from chitieu.core.numbers import Notation, Rounding, format_number, format_percent

register = template.Library()


def notation() -> Notation:
    return Notation.for_language(get_language())


@register.filter
def num(value: Decimal | int | None, decimals: int = 0) -> str:
    """``{{ value|num:2 }}``: a number with thousands grouping, or a dash when there is none."""
    if value is None or value == "":
        return "—"
    return format_number(Decimal(value), int(decimals), notation=notation())


@register.simple_tag
def percent(value: Decimal | None, decimals: int = 2, rounding: str = Rounding.HALF_UP) -> str:
    """``{% percent line.evaluation.percent_of_plan 2 indicator.rounding %}``: 101,43%."""
    if value is None:
        return "—"
    return format_percent(value, int(decimals), Rounding(rounding), notation=notation())
