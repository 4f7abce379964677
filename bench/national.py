"""``make bench-national``: a country on PostgreSQL — 10.000 wards, 48 M values — read live.

Not part of ``make bench`` nor of CI: it needs a PostgreSQL server (``DATABASE_URL``, by default
postgres://postgres@127.0.0.1:5432/chitieu_national, a database it creates and fills), about
15 GB of disk and 15–25 minutes to build the first time (on a shared 2-core machine). It builds:

- a country, 63 provinces, 700 districts, 10.000 wards (the unit tree, with paths);
- 400 indicators (flows added up over the months, stocks read at their last month);
- a target for every unit and indicator (4,3 M) and, for every ward, indicator and month of
  the year, one value (48 M), loaded by binary COPY in two streams, made by numpy, with the
  table's secondary indexes dropped for the load and made again after; then the kept figures
  (chitieu aggregates rebuild: every unit's year figure, own and rolled up).

Then, beside plain PostgreSQL sums over the same values in the same run, it measures what a
user waits for: the scorecard (with its children counted, as the dashboard shows it) of a
ward, a district, a province and the country (every province counted), and one value written
with its kept figures; and prints the sizes on disk and the peak memory. A benchmark: goals
missed are printed, not failed.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import secrets
import statistics
import struct
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

YEAR = 2024
AS_OF = date(YEAR, 12, 31)
PROVINCES, DISTRICTS, WARDS, INDICATORS = 63, 700, 10_000, 400
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/chitieu_national"
GOAL_SCORECARD_SECONDS = 0.100
GOAL_COUNTRY_SECONDS = 2.0
GOAL_WRITE_SECONDS = 0.020


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.national", description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="drop the database and build it again")
    parser.add_argument("--wards", type=int, default=WARDS, help="smaller countries, for a quick try")
    args = parser.parse_args(argv)
    url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    if not url.startswith("postgres"):
        print("bench-national needs PostgreSQL: set DATABASE_URL=postgres://… (see README).")
        return 2
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ["CHITIEU_DEBUG"] = "0"
    os.environ.setdefault("CHITIEU_SECRET_KEY", secrets.token_urlsafe(32))
    _ensure_database(url, rebuild=args.rebuild)

    import django

    django.setup()
    from django.core.management import call_command

    from chitieu.orgunits.models import OrgUnit

    call_command("migrate", verbosity=0)
    if not OrgUnit.objects.exists():
        _build(args.wards)
    _measure()
    return 0


# --- the database ----------------------------------------------------------------------------


def _ensure_database(url: str, *, rebuild: bool) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1].split("?")[0]
    server = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and rebuild:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def _copy(table: str, columns: list[str], rows: Iterator[tuple[object, ...]]) -> int:
    from django.db import connection

    count = 0
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


def _value(ward: int, indicator: int, month: int) -> int:
    return (ward * 31 + indicator * 17 + month * 7) % 200 + 1


# PostgreSQL's binary COPY (https://www.postgresql.org/docs/current/sql-copy.html): a header, then
# each row as a field count and, per field, its length and its bytes, big-endian; numeric as
# (digit count, weight, sign, display scale, base-10.000 digits), timestamptz as microseconds
# since 2000-01-01. Every value here is a whole number from 1 to 200, one base-10.000 digit, so
# every row has the same length: a numpy record array is the whole stream, made without a loop.
BINARY_HEADER = b"PGCOPY\n\xff\r\n\x00" + struct.pack(">ii", 0, 0)
BINARY_TRAILER = struct.pack(">h", -1)
VALUE_COLUMNS = [
    "id",
    "indicator_id",
    "unit_id",
    "period_id",
    "kind",
    "value",
    "is_best",
    "version",
    "comment",
]
VALUE_COLUMNS += ["updated_at"]
PG_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _value_rows(wards: np.ndarray, indicators: np.ndarray, first_id: int, at: datetime) -> bytes:
    """The binary COPY rows of every month value of ``indicators`` at ``wards``, ids from ``first_id``."""
    import numpy

    fields = [("count", ">i2")]
    for name, kind in (
        ("id", ">i8"),
        ("indicator", ">i8"),
        ("unit", ">i8"),
        ("period", "S7"),
        ("kind", ">i2"),
    ):
        fields += [(f"{name}_length", ">i4"), (name, kind)]
    fields += [
        ("value_length", ">i4"),
        ("digits", ">i2"),
        ("weight", ">i2"),
        ("sign", ">i2"),
        ("scale", ">i2"),
    ]
    fields += [("digit", ">i2"), ("best_length", ">i4"), ("best", "u1"), ("version_length", ">i4")]
    fields += [("version", ">i4"), ("comment_length", ">i4"), ("at_length", ">i4"), ("at", ">i8")]
    ward, indicator, month = (
        grid.ravel() for grid in numpy.meshgrid(wards, indicators, numpy.arange(1, 13), indexing="ij")
    )
    rows = numpy.zeros(len(ward), dtype=numpy.dtype(fields))
    rows["count"] = len(VALUE_COLUMNS)
    for name, size in (("id", 8), ("indicator", 8), ("unit", 8), ("period", 7), ("kind", 2)):
        rows[f"{name}_length"] = size
    rows["id"] = numpy.arange(first_id, first_id + len(ward))
    rows["indicator"], rows["unit"], rows["kind"] = indicator, ward, 1
    rows["period"] = numpy.array([f"{YEAR}M{m:02d}".encode() for m in range(1, 13)], dtype="S7")[month - 1]
    rows["value_length"], rows["digits"] = 10, 1  # weight, sign and display scale 0: a whole number
    rows["digit"] = (ward * 31 + indicator * 17 + month * 7) % 200 + 1  # _value, as a column
    rows["best_length"], rows["best"] = 1, 1
    rows["version_length"], rows["version"] = 4, 1
    rows["at_length"], rows["at"] = 8, (at - PG_EPOCH) // timedelta(microseconds=1)
    return rows.tobytes()


def _copy_values(table: str, wards: list[int], indicators: list[int], first_id: int, at: datetime) -> int:
    """One worker's share of the values, sent by binary COPY: every month of every indicator at its wards."""
    import numpy
    from django.db import connections

    connections.close_all()  # a connection of its own, not the parent's
    sql = f"COPY {table} ({', '.join(VALUE_COLUMNS)}) FROM STDIN WITH (FORMAT binary)"
    count, indicator_ids = 0, numpy.array(indicators)
    with connections["default"].cursor() as cursor, cursor.cursor.copy(sql) as copy:
        copy.write(BINARY_HEADER)
        for start in range(0, len(wards), 100):  # about 40 MB at a time
            chunk = numpy.array(wards[start : start + 100])
            copy.write(_value_rows(chunk, indicator_ids, first_id + count, at))
            count += len(chunk) * len(indicators) * 12
        copy.write(BINARY_TRAILER)
    return count


def _run_statements(statements: list[str]) -> None:
    """SQL statements on a connection of this process's own, with memory enough to sort an index."""
    from django.db import connections

    connections.close_all()
    with connections["default"].cursor() as cursor:
        cursor.execute("SET maintenance_work_mem = '512MB'")
        cursor.execute("SET max_parallel_maintenance_workers = 0")  # the other process has the other CPU
        for statement in statements:
            cursor.execute(statement)


def _build(wards: int) -> None:
    from django.db import connection, transaction

    from chitieu.monitoring import aggregates
    from chitieu.monitoring.models import DataValue, Period
    from chitieu.orgunits.models import OrgUnit, UnitKind
    from chitieu.planning.models import Indicator, IndicatorGroup, Target

    started = time.perf_counter()
    districts = max(1, round(DISTRICTS * wards / WARDS))
    provinces = max(1, min(PROVINCES, districts))
    with transaction.atomic():
        country = OrgUnit.objects.create(code="VN", name="Cả nước", kind=UnitKind.CITY, path="", depth=0)
        country.path = f"/{country.pk}/"
        country.save(update_fields=["path"])
        levels: list[list[OrgUnit]] = [[country]]
        for count, kind, prefix in (
            (provinces, UnitKind.CITY, "T"),
            (districts, UnitKind.DISTRICT, "Q"),
            (wards, UnitKind.WARD, "P"),
        ):
            parents = levels[-1]
            made = OrgUnit.objects.bulk_create(
                OrgUnit(
                    code=f"{prefix}{n:05d}",
                    name=f"{kind.label} {n}",
                    kind=kind,
                    parent=parents[n * len(parents) // count],
                    depth=len(levels),
                )
                for n in range(count)
            )
            by_pk = {unit.pk: unit for unit in parents}
            for unit in made:
                unit.path = f"{by_pk[unit.parent_id].path}{unit.pk}/"
            OrgUnit.objects.bulk_update(made, ["path"], batch_size=2000)
            levels.append(made)
        group = IndicatorGroup.objects.create(code="QG", name="Chỉ tiêu quốc gia")
        indicators = Indicator.objects.bulk_create(
            Indicator(
                code=f"QG-{n:03d}",
                name=f"Chỉ tiêu {n}",
                group=group,
                unit_of_measure="người",
                time_aggregation="last" if n % 5 == 0 else "sum",
                order=n,
            )
            for n in range(INDICATORS)
        )
        for m in range(1, 13):
            Period.objects.for_id(f"{YEAR}M{m:02d}")
    units = [unit for level in levels for unit in level]
    print(f"tree: {len(units):,} units; {len(indicators)} indicators ({_s(time.perf_counter() - started)})")

    loaded = time.perf_counter()
    targets = _copy(
        Target._meta.db_table,
        ["indicator_id", "unit_id", "year", "target", "baseline", "note"],
        (
            (ind.pk, unit.pk, YEAR, Decimal(1000 + ind.pk % 97) * _wards_in(unit, wards), None, "")
            for unit in units
            for ind in indicators
        ),
    )
    print(f"targets: {targets:,} by COPY ({_s(time.perf_counter() - loaded)})")
    at = datetime(YEAR + 1, 1, 10, tzinfo=UTC)
    loaded = time.perf_counter()
    # A bulk load as a DBA does it: every secondary index and the unique constraint dropped and
    # made again after, the foreign-key triggers off for the load (every row's keys come from the
    # tree just made), the ids given in the rows rather than drawn one by one from the sequence.
    table = DataValue._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid = %s::regclass AND contype = 'u'",
            [table],
        )
        unique = cursor.fetchall()
        for name, _definition in unique:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        cursor.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = %s AND i.indexname NOT IN "
            "(SELECT conname FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'p')",
            [table, table],
        )
        secondary = cursor.fetchall()
        for name, _definition in secondary:
            cursor.execute(f'DROP INDEX "{name}"')
        cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER ALL")
    # Two binary COPY streams (one per CPU), each from its own process and connection: half the
    # wards each, and ids of its own.
    ward_ids, indicator_ids = [ward.pk for ward in levels[3]], [ind.pk for ind in indicators]
    half = (len(ward_ids) + 1) // 2
    per_ward = len(indicator_ids) * 12
    jobs = [
        (table, ward_ids[:half], indicator_ids, 1, at),
        (table, ward_ids[half:], indicator_ids, 1 + half * per_ward, at),
    ]
    connection.close()
    with multiprocessing.get_context("fork").Pool(len(jobs)) as pool:
        values = sum(pool.starmap(_copy_values, jobs))
    copy_seconds = time.perf_counter() - loaded
    # The indexes made again two at a time (one per CPU): the unique constraint's index first
    # made as a plain unique index, which does not lock the others out, then attached to it.
    statements = [f'CREATE UNIQUE INDEX "{name}" ON {table} {definition.removeprefix("UNIQUE ")}'
                  for name, definition in unique]  # fmt: skip
    statements += [definition for _name, definition in secondary]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), %s)", [values])
        cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER ALL")
    connection.close()
    with multiprocessing.get_context("fork").Pool(2) as pool:
        pool.map(_run_statements, [statements[0::2], statements[1::2]])
    with connection.cursor() as cursor:
        for name, _definition in unique:
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" UNIQUE USING INDEX "{name}"')
        cursor.execute("ANALYZE")
    print(
        f"values: {len(statements)} indexes made again, two at a time, in "
        f"{_s(time.perf_counter() - loaded - copy_seconds)}"
    )
    met = "met" if copy_seconds < 300 else "MISSED"
    print(f"values: {values:,} by COPY in {_s(copy_seconds)} (goal < 5 min: {met})")
    kept = time.perf_counter()
    rows = aggregates.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"kept figures: {rows:,} rows ({_s(time.perf_counter() - kept)})")
    print(f"built in {_s(time.perf_counter() - started)}")


def _wards_in(unit: Any, wards: int) -> int:
    """How many wards a unit holds, roughly: the scale of its plans."""
    return {0: wards, 1: max(1, wards // PROVINCES), 2: max(1, wards // DISTRICTS)}.get(unit.depth, 1)


# --- the measurements ------------------------------------------------------------------------


def _median_of(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _measure() -> None:
    from django.db import connection, transaction

    from chitieu.core import periods
    from chitieu.core.evaluation import ValueKind
    from chitieu.monitoring.models import DataValue
    from chitieu.monitoring.scorecard import scorecard
    from chitieu.monitoring.services import ValueWrite, record_values
    from chitieu.orgunits.models import OrgUnit
    from chitieu.planning.models import Indicator

    country = OrgUnit.objects.get(parent=None)
    province = OrgUnit.objects.filter(parent=country).order_by("code").first()
    district = OrgUnit.objects.filter(parent=province).order_by("code").first()
    ward = OrgUnit.objects.filter(parent=district).order_by("code").first()
    assert province and district and ward
    counts = {
        "units": OrgUnit.objects.count(),
        "values": DataValue.objects.count(),
        "wards": OrgUnit.objects.filter(depth=3).count(),
    }
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        version = cursor.fetchone()[0].split(" on ")[0]
    print(
        f"\nchitieu bench (national): {counts['units']:,} units ({counts['wards']:,} wards), "
        f"{counts['values']:,} values, year {YEAR}, as of {AS_OF}; {version}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.2f}"
    )

    # The plain sums as a DBA would write them to be fast: the subtree's ward ids read first and
    # given as an array, so that the planner knows how few they are (given the join on the path
    # it misjudged a district's 16 units as 109 and read all 48 M values, 2,2 s instead of 30 ms),
    # and no JIT compiling (up to a second of compiling for a query of tens of milliseconds).
    def plain(sql: str, params: list[object], subtree: str | None = None) -> Callable[[], Any]:
        def run() -> Any:
            with connection.cursor() as cursor:
                cursor.execute("SET jit = off")
                given = list(params)
                if subtree is not None:
                    cursor.execute(f"SELECT id FROM {unit_table} WHERE path LIKE %s", [subtree + "%"])
                    given.append([pk for (pk,) in cursor.fetchall()])
                cursor.execute(sql, given)
                rows = cursor.fetchall()
                cursor.execute("RESET jit")
                return rows

        return run

    dv, unit_table = DataValue._meta.db_table, OrgUnit._meta.db_table
    subtree_sum = f"SELECT dv.indicator_id, SUM(dv.value) FROM {dv} dv WHERE dv.unit_id = ANY(%s) GROUP BY 1"
    by_province = (
        f"SELECT p.id, dv.indicator_id, SUM(dv.value) FROM {dv} dv JOIN {unit_table} u ON u.id = dv.unit_id "
        f"JOIN {unit_table} p ON p.depth = 1 AND u.path LIKE p.path || '%%' GROUP BY p.id, dv.indicator_id"
    )
    rows = []
    for name, unit in (("ward", ward), ("district", district), ("province", province)):
        reference, _ = _median_of(3, plain(subtree_sum, [], subtree=unit.path))
        card_time, card = _median_of(
            5,
            lambda unit=unit: scorecard(
                unit=unit, period=periods.year(YEAR), as_of=AS_OF, with_children=True
            ),
        )
        rows.append((f"scorecard of a {name} ({len(card.lines)} targets, {len(card.children)} below)",
                     card_time, reference, card_time <= GOAL_SCORECARD_SECONDS, "≤ 100 ms"))  # fmt: skip
    country_reference, _ = _median_of(1, plain(by_province, []))
    country_time, card = _median_of(
        3, lambda: scorecard(unit=country, period=periods.year(YEAR), as_of=AS_OF, with_children=True)
    )
    rows.append((f"the country, every province counted ({len(card.children)} provinces)", country_time,
                 country_reference, country_time <= GOAL_COUNTRY_SECONDS, "≤ 2 s"))  # fmt: skip

    indicator = Indicator.objects.order_by("pk").first()
    assert indicator is not None
    write_times = []
    for n in range(7):
        current = DataValue.objects.get(indicator=indicator, unit=ward, period_id=f"{YEAR}M06", kind=1)
        started = time.perf_counter()
        with transaction.atomic():
            record_values(
                writes=[
                    ValueWrite(
                        indicator, ward, f"{YEAR}M06", Decimal(100 + n), ValueKind.ACTUAL, current.version
                    )
                ],
                user=None,
                today=AS_OF,
            )
        write_times.append(time.perf_counter() - started)
    write = statistics.median(write_times)
    rows.append(("one value written, with its kept figures up to the country", write, None,
                 write <= GOAL_WRITE_SECONDS, "≤ 20 ms"))  # fmt: skip

    print(f"\n  {'':<66}{'chitieu':>10}{'plain SQL sum':>15}   goal")
    for label, seconds, reference, met, goal in rows:
        shown_reference = _s(reference) if reference is not None else ""
        print(f"  {label:<66}{_s(seconds):>10}{shown_reference:>15}   {goal}: {'met' if met else 'MISSED'}")
    print("  (plain SQL sum: the same subtree's values summed per indicator, no evaluation, no roll-up;")
    print("   for the country: every province's subtree summed per indicator)")

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        total = cursor.fetchone()[0]
        cursor.execute(
            "SELECT relname, pg_total_relation_size(c.oid) FROM pg_class c "
            "WHERE relname IN (%s, %s, %s) ORDER BY 2 DESC",
            [dv, "monitoring_keptfigure", "planning_target"],
        )
        sizes = cursor.fetchall()
    print(f"\n  disk: database {_gb(total)}; " + ", ".join(f"{name} {_gb(size)}" for name, size in sizes))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"  peak memory of this process: {peak / 1024**2:,.0f} MB")


def _s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _gb(size: int) -> str:
    return f"{size / 1024**3:.2f} GB"


if __name__ == "__main__":
    sys.exit(main())
