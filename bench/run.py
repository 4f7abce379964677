"""``make bench``: a whole province evaluated by chitieu, against one hand-written SQL query and numpy.

On a synthetic province of 220 units × 400 indicators × 12 months (about 1 M values, built once
with ``chitieu gen-data`` into var/bench/ and reused while the parameters, the generator and the
migrations are unchanged), it measures:

1. chitieu end to end: every target of every unit read and evaluated as columns, with the
   figures kept on write (roll-ups included), by :func:`chitieu.monitoring.columns.target_table`
   — and, for comparison, as one scorecard line object per target
   (:func:`chitieu.monitoring.scorecard.evaluate_plans`);
2. the same figures from one hand-written SQL query over the same database file;
3. the same figures computed with numpy from rows already in memory (the floor);
4. one district's scorecard (400 targets), the page a user waits for.

This is a benchmark, not a test. The machine is shared and noisy, so chitieu is reported as a
ratio to the hand-written SQL measured in the same run, and a missed goal is printed, not
failed. Figures that differ between the three computations are an error: exit status 1.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import platform
import resource
import secrets
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
DATABASE = BENCH_DIR / "bench.sqlite3"
STAMP = BENCH_DIR / "bench.json"  # the parameters the database was built with

YEAR = 2022
AS_OF = date(2022, 12, 31)
SEED = 2022
PLACES = Decimal("0.0001")

GOAL_RATIO = 1.0  # chitieu, end to end, at most this many times the hand-written SQL
GOAL_NUMPY_RATIO = 10.0  # … and this many times numpy over rows already in memory
GOAL_SCORECARD_SECONDS = 0.020
GOAL_MEMORY_BYTES = 1024**3

Key = tuple[int, int]  # (unit id, indicator id)
Figures = dict[Key, Decimal | None]  # a target's figure, None when it has none


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=220)
    parser.add_argument("--indicators", type=int, default=400)
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each whole-province computation")
    parser.add_argument("--rebuild", action="store_true", help="build the database again even if it matches")
    args = parser.parse_args(argv)

    # Its own database, and production settings (DEBUG off: no query log in the timings).
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ["CHITIEU_DEBUG"] = "0"
    os.environ.setdefault("CHITIEU_SECRET_KEY", secrets.token_urlsafe(32))
    load_average = os.getloadavg()[0]
    ensure_database(args.units, args.indicators, rebuild=args.rebuild)

    import django

    django.setup()
    measurements = _measure(args.runs)
    _report(measurements, load_average)
    return 1 if measurements.differences else 0


# --- the database ----------------------------------------------------------------------------


def ensure_database(units: int, indicators: int, *, rebuild: bool) -> None:
    """Build the synthetic province with gen-data, unless the same one is already there."""
    wanted = {
        "units": units,
        "indicators": indicators,
        "years": 1,
        "seed": SEED,
        "start_year": YEAR,
        "source": _source_fingerprint(),
    }
    if not rebuild and DATABASE.exists() and STAMP.exists() and json.loads(STAMP.read_text()) == wanted:
        print(f"Reusing {DATABASE.relative_to(ROOT)} (same parameters, generator and migrations).")
        return
    for path in (STAMP, DATABASE, Path(f"{DATABASE}-wal"), Path(f"{DATABASE}-shm")):
        path.unlink(missing_ok=True)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    # In child processes, so that this one's peak memory is the evaluation's, not the build's.
    chitieu = [sys.executable, "-m", "chitieu.cli"]
    gen_data = ["gen-data", "--units", str(units), "--indicators", str(indicators), "--years", "1"]
    gen_data += ["--seed", str(SEED), "--start-year", str(YEAR)]
    subprocess.run([*chitieu, "migrate", "--verbosity", "0"], check=True, cwd=ROOT)  # noqa: S603 - our own command
    subprocess.run([*chitieu, *gen_data], check=True, cwd=ROOT)  # noqa: S603 - our own command
    STAMP.write_text(json.dumps(wanted, indent=2) + "\n")


def _source_fingerprint() -> str:
    """A hash of the generator and the migrations: when either changes, the data is built anew."""
    migrations = sorted(ROOT.glob("chitieu/*/migrations/0*.py"))
    files = [ROOT / "chitieu" / "demo" / "synthetic.py", *migrations]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --- the measurements ------------------------------------------------------------------------


@dataclass
class Timing:
    best: float
    runs: list[float]


def _best_of(runs: int, work: Callable[[], Any]) -> tuple[Timing, Any]:
    """Run ``work`` several times; the best time, and the last run's result (only one is kept alive)."""
    times, result = [], None
    for _ in range(runs):
        result = None
        gc.collect()
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return Timing(min(times), times), result


@dataclass
class Measurements:
    counts: dict[str, int]
    chitieu: Timing
    lines: Timing  # every target as a scorecard line (evaluate_plans)
    rss_before: int
    rss_after: int
    sql: Timing
    numpy: Timing
    card: list[float]
    card_targets: int
    card_wards: int
    card_queries: int
    figures: int
    differences: list[str]


def _measure(runs: int) -> Measurements:
    import numpy
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from chitieu.core import periods
    from chitieu.monitoring.columns import target_table
    from chitieu.monitoring.scorecard import evaluate_plans, load_plans, scorecard
    from chitieu.orgunits.models import OrgUnit, UnitKind
    from chitieu.planning.models import Target

    city = OrgUnit.objects.get(parent=None)
    district = OrgUnit.objects.filter(kind=UnitKind.DISTRICT).order_by("code").first()
    assert district is not None

    # 1. chitieu, end to end.
    def through_chitieu() -> Any:
        return target_table(root=city, year=YEAR, as_of=AS_OF)

    rss_before = _max_rss()
    chitieu_time, table = _best_of(runs, through_chitieu)
    rss_after = _max_rss()
    chitieu_figures: Figures = {
        (unit_id, indicator_id): None if value is None else _places(value)
        for unit_id, indicator_id, value in zip(
            table.unit_ids, table.indicator_ids, table.values, strict=True
        )
    }

    def as_lines() -> list[Any]:
        plans = load_plans(Target.objects.filter(year=YEAR))
        return evaluate_plans(plans, root=city, year=YEAR, as_of=AS_OF)

    lines_time, lines = _best_of(1, as_lines)
    line_figures = {
        (line.unit_id, line.indicator.pk): (
            _places(line.evaluation.result.value) if line.evaluation.result else None
        )
        for line in lines
    }
    statuses = {(line.unit_id, line.indicator.pk): line.evaluation.status for line in lines}
    table_statuses = dict(
        zip(zip(table.unit_ids, table.indicator_ids, strict=True), table.statuses, strict=True)
    )
    del table
    del lines
    gc.collect()

    # 2. One hand-written SQL query.
    sql_time, sql_rows = _best_of(runs, lambda: _through_sql(connection))
    sql_figures = {(unit_id, indicator_id): _places(value) for unit_id, indicator_id, value in sql_rows}

    # 3. numpy over rows already in memory.
    arrays = _load_arrays(connection)
    numpy_time, (values, present) = _best_of(max(runs, 5), lambda: _through_numpy(arrays))
    numpy_figures = {
        (int(arrays.unit_ids[u]), int(arrays.indicator_ids[i])): _places(float(values[i, u]))
        for i, u in zip(*numpy.nonzero(present), strict=True)
    }

    # 4. One district's scorecard.
    card = scorecard(unit=district, period=periods.year(YEAR), as_of=AS_OF)  # warm-up
    card_times = []
    for _ in range(9):
        started = time.perf_counter()
        scorecard(unit=district, period=periods.year(YEAR), as_of=AS_OF)
        card_times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        scorecard(unit=district, period=periods.year(YEAR), as_of=AS_OF)

    return Measurements(
        counts=_counts(),
        chitieu=chitieu_time,
        lines=lines_time,
        rss_before=rss_before,
        rss_after=rss_after,
        sql=sql_time,
        numpy=numpy_time,
        card=card_times,
        card_targets=len(card.lines),
        card_wards=OrgUnit.objects.filter(parent=district).count(),
        card_queries=len(queries.captured_queries),
        figures=sum(1 for value in chitieu_figures.values() if value is not None),
        differences=_differences("SQL", chitieu_figures, sql_figures)
        + _differences("numpy", chitieu_figures, numpy_figures)
        + _differences("scorecard lines", chitieu_figures, line_figures)
        + [
            f"status of {key}: {table_statuses.get(key)} vs {status}"
            for key, status in statuses.items()
            if table_statuses.get(key) != status
        ],
    )


def _report(m: Measurements, load_average: float) -> None:
    import numpy
    from django.db import connection

    def versus_sql(seconds: float) -> str:
        return f"{seconds / m.sql.best:.2f}×"

    counts = m.counts
    print()
    print(
        f"chitieu bench: {counts['units']:,} units ({counts['districts']} districts, {counts['wards']} "
        f"wards) × {counts['indicators']} indicators × 12 months = {counts['values']:,} values; "
        f"{counts['targets']:,} targets; year {YEAR}, as of {AS_OF}"
    )
    print(
        f"SQLite {_sqlite_version(connection)}, Python {platform.python_version()}, "
        f"numpy {numpy.__version__}, {os.cpu_count()} CPUs, load average {load_average:.2f} at start"
    )
    print()
    card = statistics.median(m.card)
    rows = [
        ("1. chitieu: every target of the province, end to end", _s(m.chitieu.best),
         versus_sql(m.chitieu.best), f"best of {len(m.chitieu.runs)}: {_runs(m.chitieu)}"),
        ("   the same as scorecard lines (an object per target)", _s(m.lines.best), versus_sql(m.lines.best),
         "load_plans + evaluate_plans, for comparison"),
        ("2. hand-written SQL, one query", _s(m.sql.best), "1.00×",
         f"best of {len(m.sql.runs)}: {_runs(m.sql)}"),
        ("3. numpy over rows in memory", _s(m.numpy.best), versus_sql(m.numpy.best),
         f"best of {len(m.numpy.runs)}: {_runs(m.numpy)}"),
        (f"4. one district's scorecard ({m.card_targets} targets, {m.card_wards} wards)", _ms(card), "",
         f"median of {len(m.card)}; {m.card_queries} queries"),
    ]  # fmt: skip
    print(f"  {'':<58}{'time':>10}{'/ SQL':>9}")
    for label, seconds, versus, note in rows:
        print(f"  {label:<58}{seconds:>10}{versus:>9}   {note}")
    print(
        f"  peak memory through stage 1: {_mb(m.rss_after)} (ru_maxrss: the whole process's peak resident "
        f"size; {_mb(m.rss_before)} before stage 1)"
    )
    print()
    if m.differences:
        print(f"RESULTS DIFFER ({len(m.differences)} figures), the first ones:")
        for line in m.differences[:10]:
            print(f"  {line}")
    else:
        print(
            f"Results identical: {m.figures:,} figures of {counts['targets']:,} targets, "
            "as Decimal to 4 places, chitieu = SQL = numpy = scorecard lines (statuses too)."
        )
    print()
    print("Goals:")
    ratio = m.chitieu.best / m.sql.best
    numpy_ratio = m.chitieu.best / m.numpy.best
    goals = [
        (f"chitieu ≤ {GOAL_RATIO}× the hand-written SQL", f"{ratio:.2f}×", ratio <= GOAL_RATIO),
        (f"chitieu ≤ {GOAL_NUMPY_RATIO:.0f}× numpy", f"{numpy_ratio:.1f}×", numpy_ratio <= GOAL_NUMPY_RATIO),
        ("one unit's scorecard ≤ 20 ms", _ms(card), card <= GOAL_SCORECARD_SECONDS),
        ("peak memory < 1 GB", _mb(m.rss_after), m.rss_after < GOAL_MEMORY_BYTES),
    ]
    for goal, measured, met in goals:
        print(f"  {goal:<44}{measured:>12}   {'met' if met else 'MISSED'}")


# --- 2. the hand-written SQL -----------------------------------------------------------------

# For every unit and indicator, the figure of its whole subtree: units are joined by path prefix.
# It relies on what the synthetic province guarantees (values only at the leaves, monthly, of one
# kind), which chitieu does not assume: so a SUM indicator's figure is the subtree's sum of the
# year's values, a LAST one's the subtree's sum of each leaf's latest month, and a ratio's the
# leaf's own rate, or above the leaves numerator / denominator × scale.
# SQLite-specific, written for SQLite's planner: with a single max() in a grouped query, a bare
# column (``dv.value AS last``) comes from the row holding the max; CROSS JOIN makes it read the
# values in (unit, indicator) index order, so grouping needs no sort; the unit pairs are
# materialised first, so the prefix LIKE runs 220² times rather than once per leaf figure.
PROVINCE_SQL = """
WITH leaf AS (
    SELECT dv.unit_id, dv.indicator_id, SUM(dv.value) AS total, MAX(p.start) AS last_start, dv.value AS last
    FROM monitoring_datavalue dv CROSS JOIN monitoring_period p
    WHERE p.id = dv.period_id AND dv.is_best AND p.type = 'month' AND p.start >= %s AND p.start <= %s
    GROUP BY dv.unit_id, dv.indicator_id
),
ancestry AS MATERIALIZED (
    SELECT u.id AS unit_id, a.id AS ancestor_id
    FROM orgunits_orgunit a JOIN orgunits_orgunit u ON u.path LIKE a.path || '%%'
),
subtree AS (
    SELECT ancestry.ancestor_id AS unit_id, leaf.indicator_id,
           SUM(leaf.total) AS total, SUM(leaf.last) AS last
    FROM leaf JOIN ancestry ON ancestry.unit_id = leaf.unit_id
    GROUP BY ancestry.ancestor_id, leaf.indicator_id
)
SELECT s.unit_id, s.indicator_id,
       CASE
           WHEN i.unit_aggregation = 'ratio' AND own.unit_id IS NULL
               THEN CAST(num.last AS REAL) / den.last * i.ratio_scale
           WHEN i.time_aggregation = 'last' THEN s.last
           ELSE s.total
       END
FROM subtree s
JOIN planning_indicator i ON i.id = s.indicator_id
LEFT JOIN leaf own ON own.indicator_id = s.indicator_id AND own.unit_id = s.unit_id
LEFT JOIN subtree num ON num.indicator_id = i.numerator_id AND num.unit_id = s.unit_id
LEFT JOIN subtree den ON den.indicator_id = i.denominator_id AND den.unit_id = s.unit_id
"""


def _through_sql(connection: Any) -> list[tuple[int, int, float | int | None]]:
    with connection.cursor() as cursor:
        cursor.execute(PROVINCE_SQL, [date(YEAR, 1, 1), AS_OF])
        return [row for row in cursor.fetchall() if row[2] is not None]


# --- 3. numpy --------------------------------------------------------------------------------


@dataclass
class Arrays:
    """The year's values and the tree, as numpy arrays (loaded before the clock starts)."""

    indicator_ids: np.ndarray  # position -> indicator id
    unit_ids: np.ndarray  # position -> unit id
    indicator: np.ndarray  # per value: indicator position
    unit: np.ndarray  # per value: unit position
    month: np.ndarray  # per value: 1-12
    value: np.ndarray  # per value
    subtree: np.ndarray  # units × units: 1 where the row's unit is inside the column's subtree
    last: np.ndarray  # per indicator: aggregated over time by LAST
    ratio: np.ndarray  # positions of ratio indicators
    numerator: np.ndarray  # per ratio indicator: the numerator's position
    denominator: np.ndarray  # per ratio indicator: the denominator's position
    scale: np.ndarray  # per ratio indicator


def _load_arrays(connection: Any) -> Arrays:
    import numpy

    from chitieu.orgunits.models import OrgUnit
    from chitieu.planning.models import Indicator

    units = list(OrgUnit.objects.order_by("pk").values_list("pk", "path"))
    unit_position = {pk: n for n, (pk, _) in enumerate(units)}
    subtree = numpy.zeros((len(units), len(units)))
    for n, (_, path) in enumerate(units):
        for m, (_, ancestor_path) in enumerate(units):
            if path.startswith(ancestor_path):
                subtree[n, m] = 1
    indicators = list(Indicator.objects.order_by("pk"))
    position = {ind.pk: n for n, ind in enumerate(indicators)}
    ratios = [ind for ind in indicators if ind.unit_aggregation == "ratio"]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT dv.indicator_id, dv.unit_id, p.start, dv.value FROM monitoring_datavalue dv "
            "JOIN monitoring_period p ON p.id = dv.period_id "
            "WHERE dv.is_best AND p.type = 'month' AND p.start >= %s AND p.start <= %s",
            [date(YEAR, 1, 1), AS_OF],
        )
        rows = cursor.fetchall()
    return Arrays(
        indicator_ids=numpy.array([ind.pk for ind in indicators]),
        unit_ids=numpy.array([pk for pk, _ in units]),
        indicator=numpy.array([position[row[0]] for row in rows], dtype=numpy.int64),
        unit=numpy.array([unit_position[row[1]] for row in rows], dtype=numpy.int64),
        month=numpy.array([int(str(row[2])[5:7]) for row in rows], dtype=numpy.int64),
        value=numpy.array([float(row[3]) for row in rows]),
        subtree=subtree,
        last=numpy.array([ind.time_aggregation == "last" for ind in indicators]),
        ratio=numpy.array([position[ind.pk] for ind in ratios], dtype=numpy.int64),
        numerator=numpy.array([position[ind.numerator_id] for ind in ratios], dtype=numpy.int64),
        denominator=numpy.array([position[ind.denominator_id] for ind in ratios], dtype=numpy.int64),
        scale=numpy.array([float(ind.ratio_scale) for ind in ratios]),
    )


def _through_numpy(a: Arrays) -> tuple[np.ndarray, np.ndarray]:
    """Every (indicator, unit) figure and whether there is one, by the same rules as the SQL."""
    import numpy

    cells = len(a.indicator_ids) * len(a.unit_ids)
    shape = (len(a.indicator_ids), len(a.unit_ids))
    key = a.indicator * len(a.unit_ids) + a.unit
    total = numpy.bincount(key, weights=a.value, minlength=cells).reshape(shape)
    count = numpy.bincount(key, minlength=cells).reshape(shape)
    order = numpy.lexsort((a.month, key))  # by cell, then month: the last of each run is the latest month
    sorted_key = key[order]
    ends = numpy.flatnonzero(numpy.append(sorted_key[1:] != sorted_key[:-1], True))
    latest = numpy.zeros(cells)
    latest[sorted_key[ends]] = a.value[order][ends]
    latest = latest.reshape(shape)

    subtree_total, subtree_latest, subtree_count = total @ a.subtree, latest @ a.subtree, count @ a.subtree
    values = numpy.where(a.last[:, None], subtree_latest, subtree_total)
    present = subtree_count > 0
    numerator, denominator = subtree_latest[a.numerator], subtree_latest[a.denominator]
    computable = (subtree_count[a.numerator] > 0) & (subtree_count[a.denominator] > 0) & (denominator != 0)
    with numpy.errstate(divide="ignore", invalid="ignore"):
        recomputed = numerator / denominator * a.scale[:, None]
    own = count[a.ratio] > 0
    values[a.ratio] = numpy.where(own, latest[a.ratio], recomputed)
    present[a.ratio] = own | computable
    return values, present


# --- helpers ---------------------------------------------------------------------------------


def _places(value: Decimal | float | int) -> Decimal:
    """A figure as a Decimal to 4 places (a float through its shortest repr: SQLite sums in floats)."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return exact.quantize(PLACES, rounding=ROUND_HALF_UP)


def _differences(name: str, expected: Figures, actual: dict[Key, Decimal]) -> list[str]:
    found = []
    for key in sorted(expected.keys() | actual.keys()):
        if expected.get(key) != actual.get(key):
            unit_id, indicator_id = key
            found.append(
                f"unit {unit_id}, indicator {indicator_id}: "
                f"chitieu {expected.get(key)}, {name} {actual.get(key)}"
            )
    return found


def _counts() -> dict[str, int]:
    from chitieu.monitoring.models import DataValue
    from chitieu.orgunits.models import OrgUnit, UnitKind
    from chitieu.planning.models import Indicator, Target

    return {
        "units": OrgUnit.objects.count(),
        "districts": OrgUnit.objects.filter(kind=UnitKind.DISTRICT).count(),
        "wards": OrgUnit.objects.filter(kind=UnitKind.WARD).count(),
        "indicators": Indicator.objects.count(),
        "targets": Target.objects.filter(year=YEAR).count(),
        "values": DataValue.objects.filter(period__start__year=YEAR, period__type="month").count(),
    }


def _sqlite_version(connection: Any) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT sqlite_version()")
        return str(cursor.fetchone()[0])


def _max_rss() -> int:
    """The process's peak resident size so far, in bytes (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _mb(size: int) -> str:
    return f"{size / 1024**2:.0f} MB"


def _runs(timing: Timing) -> str:
    return ", ".join(f"{t:.2f}" for t in timing.runs) + " s"


if __name__ == "__main__":
    sys.exit(main())
