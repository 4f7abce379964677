"""DHIS2 ``dataValueSets`` ↔ chitieu cells: codes, periods, value kinds and numbers (pure Python).

A DHIS2 data value names a data element, an org unit, a period (``202207``, ``2022Q3``,
``2022S1``, ``2022``) and optionally a category option combo. chitieu names an indicator, a unit,
a period (``2022M07``, ``2022Q3``, ``2022S1``, ``2022``) and a value kind. By default codes map to
themselves (the DHIS2 side uses chitieu's codes); a :class:`Mapping` read from JSON renames them:

    {"dataElements": {"DE_UID": "JOBS"}, "orgUnits": {"OU_UID": "W-A"},
     "categoryOptionCombos": {"COC_UID": "estimate"}}

A category option combo names the value kind; absent (or DHIS2's ``default``) means *actual*.
Nothing here touches Django or a database: :mod:`chitieu.dhis2.exchange` does that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

KINDS = ("estimate", "actual", "preliminary", "official")
DEFAULT_KIND = "actual"
DEFAULT_COMBO = "default"  # DHIS2's name for "no disaggregation"

_MONTH = re.compile(r"^(\d{4})(0[1-9]|1[0-2])$")
_QUARTER_OR_HALF = re.compile(r"^(\d{4})(Q[1-4]|S[12])$")
_YEAR = re.compile(r"^\d{4}$")
_CHITIEU_MONTH = re.compile(r"^(\d{4})M(0[1-9]|1[0-2])$")
_PLAIN_DECIMAL = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")  # no exponent, no "_", no "+", ASCII digits only


class MappingError(ValueError):
    """A code, period or value that has no counterpart on the other side."""


def period_from_dhis2(period: str) -> str:
    """DHIS2 period id → chitieu's: ``202207`` → ``2022M07``; ``2022Q3``, ``2022S1``, ``2022`` unchanged."""
    if match := _MONTH.match(period):
        return f"{match[1]}M{match[2]}"
    if _QUARTER_OR_HALF.match(period) or _YEAR.match(period):
        return period
    raise MappingError(f"period '{period}' is not a DHIS2 month, quarter, six-month or year id")


def period_to_dhis2(period: str) -> str:
    """chitieu period id → DHIS2's: ``2022M07`` → ``202207``. Nine months (``2022N9``) has no DHIS2 id."""
    if match := _CHITIEU_MONTH.match(period):
        return f"{match[1]}{match[2]}"
    if _QUARTER_OR_HALF.match(period) or _YEAR.match(period):
        return period
    raise MappingError(f"period '{period}' has no DHIS2 period type")


def value_from_dhis2(text: object) -> Decimal | None:
    """A DHIS2 value (always a string there) as a Decimal; empty means "delete" (clear the value)."""
    if text is None:
        return None
    if isinstance(text, bool):
        return Decimal(int(text))
    raw = str(text).strip()
    if raw == "":
        return None
    if raw.lower() in ("true", "false"):  # DHIS2's BOOLEAN and TRUE_ONLY value types
        return Decimal(1 if raw.lower() == "true" else 0)
    if not _PLAIN_DECIMAL.match(raw):
        shown = raw if len(raw) <= 50 else raw[:50] + "…"
        raise MappingError(
            f"value '{shown}' is not a plain decimal number: write digits with an optional minus sign"
            " and decimal point, such as 1000 or -2.5 (no exponent, no '_' or other separators)"
        )
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - guarded by the pattern above
        raise MappingError(f"value '{raw}' is not a number") from None


def value_to_dhis2(value: Decimal) -> str:
    """A stored Decimal as DHIS2 writes numbers: plain digits, no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _invert(table: MappingType[str, str], what: str) -> dict[str, str]:
    inverse: dict[str, str] = {}
    for theirs, ours in table.items():
        if ours in inverse:
            raise MappingError(f"{what}: '{inverse[ours]}' and '{theirs}' both map to '{ours}'")
        inverse[ours] = theirs
    return inverse


@dataclass(frozen=True)
class Mapping:
    """DHIS2 ids ↔ chitieu codes; an id absent from a table maps to itself (identity by code)."""

    data_elements: dict[str, str] = field(default_factory=dict)  # DHIS2 data element → indicator code
    org_units: dict[str, str] = field(default_factory=dict)  # DHIS2 org unit → unit code
    category_option_combos: dict[str, str] = field(default_factory=dict)  # DHIS2 COC → value kind

    def __post_init__(self) -> None:
        for combo, kind in self.category_option_combos.items():
            if kind not in KINDS:
                raise MappingError(f"category option combo '{combo}' maps to unknown kind '{kind}'")
        # validates that each inverse is a function (two DHIS2 ids for one code cannot round-trip)
        _invert(self.data_elements, "dataElements")
        _invert(self.org_units, "orgUnits")
        _invert(self.category_option_combos, "categoryOptionCombos")

    @classmethod
    def from_json(cls, data: MappingType[str, Any]) -> Mapping:
        """From ``{"dataElements": {...}, "orgUnits": {...}, "categoryOptionCombos": {...}}``."""
        unknown = set(data) - {"dataElements", "orgUnits", "categoryOptionCombos"}
        if unknown:
            raise MappingError(f"unknown mapping sections: {', '.join(sorted(unknown))}")
        tables = []
        for key in ("dataElements", "orgUnits", "categoryOptionCombos"):
            table = data.get(key, {})
            if not isinstance(table, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in table.items()
            ):
                raise MappingError(f"{key} must be an object of strings")
            tables.append(dict(table))
        return cls(*tables)

    def indicator(self, data_element: str) -> str:
        return self.data_elements.get(data_element, data_element)

    def data_element(self, indicator: str) -> str:
        return _invert(self.data_elements, "dataElements").get(indicator, indicator)

    def unit(self, org_unit: str) -> str:
        return self.org_units.get(org_unit, org_unit)

    def org_unit(self, unit: str) -> str:
        return _invert(self.org_units, "orgUnits").get(unit, unit)

    def kind(self, combo: str | None) -> str:
        if combo in (None, "", DEFAULT_COMBO):
            return DEFAULT_KIND
        if combo in self.category_option_combos:
            return self.category_option_combos[combo]
        if combo in KINDS:
            return combo
        raise MappingError(f"category option combo '{combo}' is not mapped to a value kind")

    def combo(self, kind: str) -> str | None:
        """The category option combo written for a kind; None (omitted) for *actual*."""
        inverse = _invert(self.category_option_combos, "categoryOptionCombos")
        if kind in inverse:
            return inverse[kind]
        return None if kind == DEFAULT_KIND else kind


@dataclass(frozen=True)
class Dhis2Value:
    """One value in chitieu's terms, as read from or written to a dataValueSet."""

    indicator: str
    unit: str
    period: str
    kind: str
    value: Decimal | None
    comment: str | None = None  # None: not given (an import keeps the stored comment)
    index: int = 0  # the position in the dataValues list it was read from


@dataclass(frozen=True)
class Conflict:
    """A data value that cannot be imported, named the DHIS2 way: the offending object and why."""

    index: int
    object: str
    value: str

    def as_dict(self) -> dict[str, Any]:
        return {"object": self.object, "value": self.value, "index": self.index}


def read_data_value_set(payload: object, mapping: Mapping) -> tuple[list[Dhis2Value], list[Conflict]]:
    """The cells of a ``dataValueSets`` body, and a conflict for every value that cannot be read."""
    if not isinstance(payload, dict) or not isinstance(payload.get("dataValues"), list):
        return [], [Conflict(-1, "dataValues", "the body must be an object with a dataValues list")]
    defaults = {key: payload.get(key) for key in ("dataSet", "period", "orgUnit", "attributeOptionCombo")}
    cells: list[Dhis2Value] = []
    conflicts: list[Conflict] = []
    for index, item in enumerate(payload["dataValues"]):
        if not isinstance(item, dict):
            conflicts.append(Conflict(index, "dataValue", "not an object"))
            continue
        fields = {key: item.get(key, defaults.get(key)) for key in ("period", "orgUnit")}
        element = item.get("dataElement")
        missing = [
            name
            for name, given in (("dataElement", element), *fields.items())
            if not isinstance(given, str) or not given
        ]
        if missing:
            conflicts.append(Conflict(index, missing[0], f"{missing[0]} is required"))
            continue
        try:
            period = period_from_dhis2(fields["period"])
        except MappingError as error:
            conflicts.append(Conflict(index, fields["period"], str(error)))
            continue
        try:
            kind = mapping.kind(item.get("categoryOptionCombo"))
        except MappingError as error:
            conflicts.append(Conflict(index, str(item.get("categoryOptionCombo")), str(error)))
            continue
        attribute = item.get("attributeOptionCombo", defaults.get("attributeOptionCombo"))
        if attribute not in (None, "", DEFAULT_COMBO):
            conflicts.append(
                Conflict(index, str(attribute), "attribute option combos are not supported (use default)")
            )
            continue
        try:
            value = value_from_dhis2(item.get("value"))
        except MappingError as error:
            conflicts.append(Conflict(index, str(item.get("value")), str(error)))
            continue
        comment = item.get("comment")
        cells.append(
            Dhis2Value(
                indicator=mapping.indicator(element),  # type: ignore[arg-type]
                unit=mapping.unit(fields["orgUnit"]),
                period=period,
                kind=kind,
                value=value,
                comment=None if comment is None else str(comment),
                index=index,
            )
        )
    return cells, conflicts


def write_data_value_set(cells: Iterable[Dhis2Value], mapping: Mapping) -> dict[str, Any]:
    """A ``dataValueSets`` body for cells (empty values and nine-month periods left out)."""
    values = []
    for cell in cells:
        if cell.value is None:
            continue
        try:
            period = period_to_dhis2(cell.period)
        except MappingError:
            continue
        item: dict[str, str] = {
            "dataElement": mapping.data_element(cell.indicator),
            "period": period,
            "orgUnit": mapping.org_unit(cell.unit),
            "value": value_to_dhis2(cell.value),
        }
        combo = mapping.combo(cell.kind)
        if combo is not None:
            item["categoryOptionCombo"] = combo
        if cell.comment:
            item["comment"] = cell.comment
        values.append(item)
    return {"dataValues": values}
