"""Số liệu tổng hợp: each unit's year figures kept up to date on every write.

A scorecard would otherwise add up every month of every unit below the one asked for. Here,
in the same transaction as each write, the figures the write affects are recomputed — the
unit's own figure for the year and the roll-up into every unit above it, for the indicator and
the rates computed from it — with the very functions :func:`chitieu.monitoring.figures.figures`
uses on the raw values, and kept in :class:`~chitieu.monitoring.models.KeptFigure`. A scorecard
then reads one row per target.

Writes of values go through :mod:`chitieu.monitoring.services`, which call :func:`refresh`;
moving a unit and changing how an indicator adds up call it through signals; a loader that
writes values around the services calls :func:`rebuild`. :func:`verify` recomputes everything
from the raw values and lists any difference (``chitieu aggregates verify``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from chitieu.core import evaluation as ev
from chitieu.monitoring import definitions, versions
from chitieu.monitoring.columns import kept_statuses, plan_rows
from chitieu.monitoring.figures import (
    KEPT_FIELDS,
    UnitScope,
    in_list,
    kept_built,
    result_of,
    with_components,
    year_own_results,
)
from chitieu.monitoring.models import DataState, DataValue, KeptFigure
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator

Cell = tuple[int, int, bool]  # (indicator, unit, closed)


class Kept(NamedTuple):
    """One kept row in memory: the unit's figure, its children's roll-up, the latest month behind
    them, and the verdict on the unit's target judged on the figure (None: no target)."""

    result: ev.Result | None
    below: ev.Result | None
    latest: int
    status: str | None = None


# --- reading and writing rows ----------------------------------------------------------------

# A kept row's columns: its cell, then what figures.kept_figures reads of it, then the status.
ROW_FIELDS = ("indicator_id", "unit_id", "closed", *KEPT_FIELDS[2:], "status")


def kept_of(row: tuple[Any, ...]) -> Kept:
    """A row of :data:`ROW_FIELDS` (from its fourth column on) as :class:`Kept`."""
    latest, *figure, status = row
    return Kept(result_of(*figure[:6]), result_of(*figure[6:], True), latest, status)


def _columns(result: ev.Result | None) -> tuple[str, int, bool, int, str]:
    if result is None:
        return "", 0, True, 0, ""
    return str(result.value), result.kind.rank, result.complete, result.periods_counted, result.last_period_id


INSERT_FIELDS = ("year", *ROW_FIELDS)


def _row(year: int, cell: Cell, kept: Kept) -> tuple[object, ...]:
    """A kept row as the values of :data:`INSERT_FIELDS`."""
    value, kind, complete, periods, last = _columns(kept.result)
    b_value, b_kind, b_complete, b_periods, b_last = _columns(kept.below)
    rolled_up = kept.result.rolled_up if kept.result else False
    return (year, *cell, kept.latest, value, kind, complete, periods, last, rolled_up,
            b_value, b_kind, b_complete, b_periods, b_last, kept.status)  # fmt: skip


def _insert(rows: list[tuple[object, ...]]) -> None:
    """Plain INSERTs in batches: the ORM's per-field preparation costs more than the database here."""
    if not rows:
        return
    table = KeptFigure._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and len(rows) > 100:  # COPY: many times faster
            with cursor.cursor.copy(f"COPY {table} ({', '.join(INSERT_FIELDS)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        marks = ", ".join(["%s"] * len(INSERT_FIELDS))
        sql = f"INSERT INTO {table} ({', '.join(INSERT_FIELDS)}) VALUES ({marks})"
        for start in range(0, len(rows), 5000):
            cursor.executemany(sql, rows[start : start + 5000])


def _stored(year: int, indicator_ids: Iterable[int], unit_ids: Iterable[int]) -> dict[Cell, Kept]:
    ind_marks, ind_ids = in_list(indicator_ids)
    unit_marks, units = in_list(unit_ids)
    if not ind_ids or not units:
        return {}
    sql = f"""
        SELECT {", ".join(ROW_FIELDS)} FROM {KeptFigure._meta.db_table}
        WHERE year = %s AND indicator_id IN ({ind_marks}) AND unit_id IN ({unit_marks})
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [year, *ind_ids, *units])
        rows = cursor.fetchall()
    return {(row[0], row[1], bool(row[2])): kept_of(row[3:]) for row in rows}


# --- computing ---------------------------------------------------------------------------------


@dataclass
class _Tree:
    """The units whose figures are computed, bottom-up, and the children of each."""

    order: list[int]  # deepest first
    children: dict[int, list[int]]


def _compute(
    year: int,
    indicators: dict[int, Indicator],
    tree: _Tree,
    scope: UnitScope,
    known: dict[Cell, Kept],
) -> dict[Cell, Kept]:
    """The kept rows of ``indicators`` × ``tree``'s units, from their own values and ``known`` rows below.

    ``known`` holds the rows of units below and of rate components that are not recomputed
    here; it gains the computed rows as they are made (a parent reads its children's).
    """
    owns = year_own_results(indicators, scope, year)
    computed: dict[Cell, Kept] = {}
    # Rates after the figures they are computed from, as :func:`figures` does.
    ordered = sorted(indicators.values(), key=lambda ind: ind.unit_aggregation == "ratio")
    for unit_id in tree.order:
        below_units = tree.children.get(unit_id, ())
        for ind in ordered:
            aggregation = ev.UnitAggregation(ind.unit_aggregation)
            for closed in (False, True):
                own_by_indicator, own_latest = owns[closed]
                own = own_by_indicator.get(ind.pk, {}).get(unit_id)
                latest = own_latest.get((ind.pk, unit_id))
                parts: list[Kept] = []
                below = None
                if aggregation == ev.UnitAggregation.RATIO:
                    components = {}
                    for role, component in (("n", ind.numerator_id), ("d", ind.denominator_id)):
                        found = known.get((component or 0, unit_id, closed))
                        if found is not None:
                            parts.append(found)
                            if found.result is not None:
                                components[role] = {unit_id: found.result}
                    result = ev.roll_up_ratio(
                        {},
                        [unit_id],
                        {unit_id: own} if own else {},
                        components.get("n", {}),
                        components.get("d", {}),
                        ind.ratio_scale,
                    ).get(unit_id)
                else:
                    if aggregation in (ev.UnitAggregation.SUM, ev.UnitAggregation.AVERAGE):
                        parts = [k for c in below_units if (k := known.get((ind.pk, c, closed))) is not None]
                        below = ev.combine([k.result for k in parts if k.result is not None], aggregation)
                    result = own or below
                if latest is None and not parts:
                    continue  # nothing anywhere below: no row
                latest = max([latest or 0, *(k.latest for k in parts)])
                kept = Kept(result, below, latest)
                known[(ind.pk, unit_id, closed)] = kept
                computed[(ind.pk, unit_id, closed)] = kept
    return _judged(year, computed, indicators, scope)


def _judged(
    year: int, computed: dict[Cell, Kept], indicators: dict[int, Indicator], scope: UnitScope
) -> dict[Cell, Kept]:
    """The rows with the verdict on each unit's target (of ``scope``'s units) judged on their figure."""
    if not computed:
        return computed
    root, unit_ids = (scope, None) if isinstance(scope, OrgUnit) else (None, scope)
    plans = {
        (unit_id, ind): (target, high, baseline)
        for unit_id, ind, target, high, baseline in plan_rows(
            root=root, year=year, unit_ids=unit_ids, indicator_ids=list(indicators)
        )
    }
    cells = list(computed)
    statuses = kept_statuses(
        [(cell[0], cell[1], computed[cell].result) for cell in cells],
        plans,
        indicators,
    )
    judged = zip(cells, statuses, strict=True)
    return {cell: computed[cell]._replace(status=status) for cell, status in judged}


def _dependants(indicator_ids: set[int]) -> dict[int, Indicator]:
    """The indicators, and every rate computed from them (and from those rates), by id."""
    wanted: set[int] = set()
    asked = set(indicator_ids)
    found: dict[int, Indicator] = {}
    while asked:  # once, unless a rate is computed from a rate: the indicators and their rates together
        uses = Q(numerator_id__in=asked) | Q(denominator_id__in=asked)
        rows = Indicator.objects.filter(Q(pk__in=asked) | Q(uses, unit_aggregation="ratio"))
        wanted |= asked
        for ind in rows.exclude(pk__in=found).select_related("regime").order_by():
            found[ind.pk] = ind
        asked = set(found) - wanted
    return found


def _year_of(period_id: str) -> int | None:
    head = period_id[:4]
    return int(head) if head.isdigit() else None


def refresh(cells: Iterable[tuple[int, int, str]]) -> None:
    """Recompute the kept figures that values of these (indicator, unit, period) cells feed.

    Call inside the transaction that wrote the values. Writers of one tree are serialised on
    its top unit, so that each sees the other's figures below.
    """
    by_year: dict[int, tuple[set[int], set[int]]] = defaultdict(lambda: (set(), set()))
    for indicator_id, unit_id, period_id in cells:
        year = _year_of(period_id)
        if year is not None:
            by_year[year][0].add(indicator_id)
            by_year[year][1].add(unit_id)
    for year, (indicator_ids, unit_ids) in sorted(by_year.items()):
        refresh_units(year, indicator_ids, unit_ids)


@transaction.atomic(savepoint=False)
def refresh_units(year: int, indicator_ids: Iterable[int], unit_ids: Iterable[int]) -> None:
    """Recompute the kept figures of ``year`` for these indicators at these units and every unit above."""
    indicators = _dependants(set(indicator_ids))
    if not indicators:
        return
    # Paths read here, in the transaction (not taken from the caller's objects): a unit moved
    # meanwhile is recomputed where it is now.
    paths = list(OrgUnit.objects.filter(pk__in=set(unit_ids)).values_list("path", flat=True))
    chain = {int(part) for path in paths for part in path.strip("/").split("/") if part}
    if not chain:
        return
    # The data version was bumped by the writer already, first (see chitieu.monitoring.versions).
    tops = sorted({int(path.strip("/").split("/")[0]) for path in paths})
    list(OrgUnit.objects.select_for_update(**_no_key()).filter(pk__in=tops).order_by("pk").values_list("pk"))
    nearby = OrgUnit.objects.filter(Q(pk__in=chain) | Q(parent_id__in=chain)).order_by()
    rows = list(nearby.values_list("pk", "parent_id", "depth"))
    units = [(pk, depth) for pk, _parent, depth in rows if pk in chain]
    below = [(pk, parent_id) for pk, parent_id, _depth in rows if parent_id in chain]
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent_id in below:
        children[parent_id].append(pk)
    tree = _Tree([pk for pk, _depth in sorted(units, key=lambda u: -u[1])], children)
    everything = with_components(indicators.values())
    known = _stored(year, everything, chain | {pk for pk, _ in below})
    for cell in [cell for cell in known if cell[0] in indicators and cell[1] in chain]:
        del known[cell]  # recomputed below
    computed = _compute(year, indicators, tree, sorted(chain), known)
    KeptFigure.objects.filter(year=year, indicator_id__in=list(indicators), unit_id__in=chain).delete()
    _insert([_row(year, cell, kept) for cell, kept in computed.items()])


def _no_key() -> dict[str, bool]:
    # PostgreSQL: FOR NO KEY UPDATE, which does not stop other writers from pointing at the unit.
    return {"no_key": True} if connection.features.has_select_for_no_key_update else {}


def refresh_indicator(indicator_id: int) -> None:
    """Recompute every kept figure of an indicator (and of the rates computed from it)."""
    # .order_by(): DataValue's ordering would join periods and indicators and defeat the DISTINCT
    pairs = (
        DataValue.objects.filter(indicator_id=indicator_id)
        .order_by()
        .values_list("unit_id", "period_id")
        .distinct()
    )
    by_year: dict[int, set[int]] = defaultdict(set)
    for unit_id, period_id in pairs:
        year = _year_of(period_id)
        if year is not None:
            by_year[year].add(unit_id)
    years = by_year.keys() | set(
        KeptFigure.objects.filter(indicator_id=indicator_id).values_list("year", flat=True).distinct()
    )
    for year in sorted(years):
        KeptFigure.objects.filter(indicator_id=indicator_id, year=year).delete()
        refresh_units(year, {indicator_id}, by_year.get(year, set()))


def targets_changed(cells: Iterable[tuple[int, int, int]]) -> None:
    """Judge again the kept rows of these (indicator, unit, year) cells: their targets were written.

    Called by the targets' signals, in the transaction that wrote them (a target created,
    changed or deleted: the kept rows' figures stand, their verdict changes).
    """
    table = KeptFigure._meta.db_table
    for indicator_id, unit_id, year in set(cells):
        rows = list(
            KeptFigure.objects.filter(indicator_id=indicator_id, unit_id=unit_id, year=year).values_list(
                "closed", *KEPT_FIELDS[3:9]
            )
        )
        if not rows:
            continue
        indicator = definitions.indicators([indicator_id])[indicator_id]  # as kept between requests
        plans = {
            (unit, ind): (target, high, baseline)
            for unit, ind, target, high, baseline in plan_rows(
                root=None, year=year, unit_ids=[unit_id], indicator_ids=[indicator_id]
            )
        }
        results = [result_of(*figure) for _closed, *figure in rows]
        statuses = kept_statuses(
            [(indicator_id, unit_id, result) for result in results], plans, {indicator_id: indicator}
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {table} SET status = %s WHERE indicator_id = %s AND unit_id = %s AND year = %s"
                " AND closed = %s",
                [
                    (status, indicator_id, unit_id, year, closed)
                    for (closed, *_figure), status in zip(rows, statuses, strict=True)
                ],
            )


def unit_moved(unit: OrgUnit, old_ancestor_ids: list[int]) -> None:
    """Recompute what a move changed: the figures of the unit's old and new units above."""
    unit.refresh_from_db(fields=["path", "parent"])
    rows = KeptFigure.objects.filter(unit=unit).values_list("year", "indicator_id").distinct()
    by_year: dict[int, set[int]] = defaultdict(set)
    for year, indicator_id in rows:
        by_year[year].add(indicator_id)
    for year, indicator_ids in sorted(by_year.items()):
        refresh_units(year, indicator_ids, [unit.pk, *old_ancestor_ids])


# --- everything at once ------------------------------------------------------------------------


def _everything(year: int, root: OrgUnit | None = None) -> Iterator[tuple[Cell, Kept]]:
    """Every kept row of a year (in ``root``'s tree), computed from the raw values.

    One part of a tree at a time — each subtree below its top unit, then the top from their
    rows — so that a country's ten thousand wards never sit in memory at once.
    """
    indicator_ids = set(
        DataValue.objects.filter(period__id__startswith=str(year))
        .order_by()
        .values_list("indicator_id", flat=True)
        .distinct()
    )
    if not indicator_ids:
        return
    indicators = _dependants(indicator_ids)
    for top in [root] if root else OrgUnit.objects.filter(parent=None).order_by("pk"):
        known: dict[Cell, Kept] = {}
        parts = list(OrgUnit.objects.filter(parent=top).order_by("pk"))
        for part in parts:
            computed = _compute(year, indicators, _tree_of(part), part, {})
            known.update({cell: kept for cell, kept in computed.items() if cell[1] == part.pk})
            yield from computed.items()
        yield from _compute(
            year, indicators, _Tree([top.pk], {top.pk: [p.pk for p in parts]}), [top.pk], known
        ).items()


def _tree_of(top: OrgUnit) -> _Tree:
    units = list(OrgUnit.objects.filter(path__startswith=top.path).values_list("pk", "parent_id", "depth"))
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent_id, _depth in units:
        if parent_id is not None and pk != top.pk:
            children[parent_id].append(pk)
    return _Tree([pk for pk, _p, _d in sorted(units, key=lambda u: -u[2])], children)


def _years() -> list[int]:
    period_ids = DataValue.objects.order_by().values_list("period_id", flat=True).distinct()
    return sorted({year for period_id in period_ids if (year := _year_of(period_id)) is not None})


@transaction.atomic
def rebuild(root: OrgUnit | None = None) -> int:
    """Recompute every kept figure (of ``root``'s whole tree) from the raw values; returns how many.

    Rebuilding everything also says the kept figures hold (see :func:`built`).
    """
    versions.bump()
    if root is not None:
        root = OrgUnit.objects.get(pk=int(root.path.strip("/").split("/")[0]))
    kept = KeptFigure.objects.all()
    if root is not None:
        kept = kept.filter(unit__path__startswith=root.path)
    kept.delete()
    count = 0
    for year in _years():
        batch = [_row(year, cell, row) for cell, row in _everything(year, root)]
        _insert(batch)
        count += len(batch)
    if root is None:
        DataState.objects.update_or_create(
            pk=1, defaults={"built_at": timezone.now(), "judged_with": ev.VERDICT_VERSION}
        )
    return count


def clear_built() -> None:
    """Say the kept figures no longer hold (values were written around the services)."""
    DataState.objects.filter(pk=1).update(built_at=None)


def built() -> bool:
    """Whether the kept figures are built, their statuses judged with today's verdict."""
    return kept_built(judged=True)


@dataclass(frozen=True)
class Difference:
    """A kept row that does not match the raw values."""

    year: int
    indicator_id: int
    unit_id: int
    closed: bool
    kept: Kept | None
    computed: Kept | None

    def __str__(self) -> str:
        def shown(kept: Kept | None) -> str:
            if kept is None:
                return "no row"
            value = kept.result.value if kept.result else "-"
            below = kept.below.value if kept.below else "-"
            return f"{value} (below {below}, latest month {kept.latest}, status {kept.status or '-'})"

        reading = "closed" if self.closed else "open"
        return (
            f"{self.year} indicator {self.indicator_id} unit {self.unit_id} ({reading}):"
            f" kept {shown(self.kept)}, from the values {shown(self.computed)}"
        )


def verify() -> list[Difference]:
    """Every difference between the kept figures and a recomputation from the raw values."""
    differences = []
    years = sorted(set(_years()) | set(KeptFigure.objects.values_list("year", flat=True).distinct()))
    for year in years:
        computed = dict(_everything(year))
        stored = {
            (row[0], row[1], row[2]): kept_of(row[3:])
            for row in KeptFigure.objects.filter(year=year).values_list(*ROW_FIELDS).iterator(5000)
        }
        for cell in sorted(computed.keys() | stored.keys()):
            if computed.get(cell) != stored.get(cell):
                differences.append(Difference(year, *cell, stored.get(cell), computed.get(cell)))
    return differences
