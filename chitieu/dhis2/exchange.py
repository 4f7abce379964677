"""DHIS2 exchange against the database: import through ``record_values``, export the stored values.

An import is all-or-nothing like every import here: a value that cannot be read, an unknown
code, a unit outside the importer's subtrees, or a write the rules refuse is a conflict, and any
conflict means nothing is written. A dry run does every check (permissions and locks included)
inside a transaction that is rolled back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction

from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.dhis2.mapping import (
    Conflict,
    Dhis2Value,
    Mapping,
    MappingError,
    period_from_dhis2,
    read_data_value_set,
)
from chitieu.dhis2.mapping import write_data_value_set as write_set
from chitieu.monitoring.models import KIND_BY_RANK, DataValue
from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


class UnknownOrgUnit(MappingError):
    """An org unit to export that does not exist for the caller."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown org unit '{code}'")
        self.code = code


def configured_mapping(path: str | Path | None = None) -> Mapping:
    """The mapping in ``path`` (or the file named by the DHIS2_MAPPING_FILE setting); identity if none."""
    path = path or getattr(settings, "DHIS2_MAPPING_FILE", "")
    if not path:
        return Mapping()
    return Mapping.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


@dataclass
class ImportSummary:
    """What an import did, or would do in a dry run (DHIS2's importSummary, trimmed)."""

    dry_run: bool
    imported: int = 0
    updated: int = 0
    ignored: int = 0
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "ERROR" if self.conflicts else "SUCCESS"

    def as_dict(self) -> dict[str, Any]:
        written = not self.conflicts and not self.dry_run
        return {
            "responseType": "ImportSummary",
            "status": self.status,
            "dryRun": self.dry_run,
            "written": written,
            "importCount": {
                "imported": self.imported,
                "updated": self.updated,
                "ignored": self.ignored,
                "deleted": 0,
            },
            "conflicts": [conflict.as_dict() for conflict in self.conflicts],
        }


def import_data_value_set(
    *,
    payload: object,
    user: AbstractBaseUser | None,
    mapping: Mapping,
    dry_run: bool = False,
    reason: str = "DHIS2 import",
    today: date | None = None,
) -> ImportSummary:
    """Import a ``dataValueSets`` body as ``user`` (None: the system); nothing is written on a conflict."""
    summary = ImportSummary(dry_run=dry_run)
    cells, conflicts = read_data_value_set(payload, mapping)
    summary.conflicts.extend(conflicts)

    indicators = {i.code: i for i in Indicator.objects.filter(code__in={c.indicator for c in cells})}
    units_query = OrgUnit.objects.filter(code__in={c.unit for c in cells})
    if user is not None:
        units_query = units_query & OrgUnit.objects.visible_to(user)
    units = {u.code: u for u in units_query}
    current = _current_values(cells, indicators, units)

    writes: list[tuple[int, ValueWrite]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for cell in cells:
        key = (cell.indicator, cell.unit, cell.period, cell.kind)
        indicator, unit = indicators.get(cell.indicator), units.get(cell.unit)
        if indicator is None:
            summary.conflicts.append(Conflict(cell.index, cell.indicator, "unknown data element"))
            continue
        if unit is None:  # a unit outside the importer's subtrees does not exist for them
            summary.conflicts.append(Conflict(cell.index, cell.unit, "unknown org unit"))
            continue
        if key in seen:
            summary.conflicts.append(Conflict(cell.index, cell.indicator, "the same value is given twice"))
            continue
        seen.add(key)
        stored = current.get((indicator.pk, unit.pk, cell.period, cell.kind))
        comment = cell.comment if cell.comment is not None else (stored.comment if stored else "")
        if (stored is None and cell.value is None) or (
            stored is not None and stored.value == cell.value and stored.comment == comment
        ):
            summary.ignored += 1
            continue
        if stored is None:
            summary.imported += 1
        else:
            summary.updated += 1
        version = stored.version if stored is not None else None
        write = ValueWrite(indicator, unit, cell.period, cell.value, ValueKind(cell.kind), version, comment)
        writes.append((cell.index, write))

    if summary.conflicts:
        summary.conflicts.sort(key=lambda conflict: conflict.index)
        return summary
    failed = _write(writes, user=user, reason=reason, today=today, dry_run=dry_run)
    if failed is not None:
        summary.conflicts.append(failed)
    return summary


def _current_values(
    cells: Sequence[Dhis2Value], indicators: dict[str, Indicator], units: dict[str, OrgUnit]
) -> dict[tuple[int, int, str, str], DataValue]:
    """The stored values the cells would replace, in one query."""
    if not cells or not indicators or not units:
        return {}
    rows = DataValue.objects.filter(
        indicator__in=indicators.values(),
        unit__in=units.values(),
        period_id__in={cell.period for cell in cells},
    ).only("indicator_id", "unit_id", "period_id", "kind", "value", "version", "comment")
    return {(dv.indicator_id, dv.unit_id, dv.period_id, KIND_BY_RANK[dv.kind].value): dv for dv in rows}


def _write(
    writes: list[tuple[int, ValueWrite]],
    *,
    user: AbstractBaseUser | None,
    reason: str,
    today: date | None,
    dry_run: bool,
) -> Conflict | None:
    """Record the writes in one transaction; the refused one as a conflict (and nothing written)."""
    position = -1

    def tracked() -> Iterator[ValueWrite]:
        nonlocal position
        for position, (_index, write) in enumerate(writes):  # noqa: B007 - read by the caller on failure
            yield write

    try:
        with transaction.atomic():
            record_values(writes=tracked(), user=user, reason=reason, today=today)
            if dry_run:
                transaction.set_rollback(True)
    except DomainError as error:
        index, write = writes[position]
        return Conflict(index, write.indicator.code, error.message("en"))
    return None


def export_data_value_set(
    *,
    user: AbstractBaseUser,
    org_units: Sequence[str],
    periods: Sequence[str] = (),
    data_elements: Sequence[str] = (),
    data_set: str | None = None,
    children: bool = False,
    mapping: Mapping,
) -> dict[str, Any]:
    """The stored values of the named org units (with ``children``: their subtrees) as a dataValueSet.

    Raises :class:`MappingError` for a period id DHIS2 does not have, and :class:`UnknownOrgUnit`
    for an org unit that does not exist or that the caller may not see.
    """
    visible = OrgUnit.objects.visible_to(user)
    codes = {mapping.unit(code) for code in org_units}
    roots = list(visible.filter(code__in=codes))
    unknown = codes - {root.code for root in roots}
    if unknown:  # outside the caller's subtrees is the same as not existing
        raise UnknownOrgUnit(sorted(unknown)[0])
    values = DataValue.objects.filter(value__isnull=False)
    if children:
        subtree = OrgUnit.objects.none()
        for root in roots:
            subtree = subtree | OrgUnit.objects.subtree_of(root)
        values = values.filter(unit__in=subtree & visible)
    else:
        values = values.filter(unit__in=roots)
    if periods:
        values = values.filter(period_id__in=[period_from_dhis2(period) for period in periods])
    if data_elements:
        values = values.filter(indicator__code__in=[mapping.indicator(de) for de in data_elements])
    if data_set:
        values = values.filter(indicator__group__code=data_set)
    rows = values.order_by("indicator__code", "unit__code", "period_id", "kind").values_list(
        "indicator__code", "unit__code", "period_id", "kind", "value", "comment"
    )
    cells = [
        Dhis2Value(indicator, unit, period, KIND_BY_RANK[kind].value, value, comment)
        for indicator, unit, period, kind, value, comment in rows
    ]
    body = write_set(cells, mapping)
    if data_set:
        body["dataSet"] = data_set
    return body


__all__ = [
    "ImportSummary",
    "MappingError",
    "UnknownOrgUnit",
    "configured_mapping",
    "export_data_value_set",
    "import_data_value_set",
]
