"""``make bench-national``: a country on PostgreSQL — 10.000 wards, 48 M values — read live.

Not part of ``make bench`` nor of CI: it needs a PostgreSQL server (``DATABASE_URL``, by default
postgres://postgres@127.0.0.1:5432/chitieu_national, a database it creates and fills), about
15 GB of disk and 20 minutes to build the first time. It builds:

- a country, 63 provinces, 700 districts, 10.000 wards (the unit tree, with paths);
- 400 indicators (flows added up over the months, stocks read at their last month);
- a target for every unit and indicator (4,3 M) and, for every ward, indicator and month of
  the year, one value (48 M), loaded with COPY; then the kept figures (chitieu aggregates
  rebuild: every unit's year figure, own and rolled up).

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
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

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


def _copy_values(table: str, wards: list[int], indicators: list[int], stamp: str) -> int:
    """One worker's share of the values: a month value of every indicator at each of its wards."""
    from django.db import connections

    connections.close_all()  # a connection of its own, not the parent's
    months = [(m, f"{YEAR}M{m:02d}") for m in range(1, 13)]
    columns = ["indicator_id", "unit_id", "period_id", "kind", "value", "is_best", "version", "comment"]
    return _copy_lines(
        table,
        [*columns, "updated_at"],
        (
            f"{ind}\t{ward}\t{month}\t1\t{_value(ward, ind, m)}\tt\t1\t\t{stamp}\n"
            for ward in wards
            for ind in indicators
            for m, month in months
        ),
    )


def _copy_lines(table: str, columns: list[str], lines: Iterator[str]) -> int:
    """COPY rows already written as text lines, sent in blocks of about a megabyte."""
    from django.db import connection

    count = 0
    block: list[str] = []
    sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for line in lines:
            block.append(line)
            if len(block) == 20_000:
                copy.write("".join(block))
                count += len(block)
                block = []
        copy.write("".join(block))
        count += len(block)
    return count


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
    # A bulk load as a DBA does it: the secondary indexes dropped and made again after, the
    # foreign-key triggers off for the load (every row's keys come from the tree just made).
    table = DataValue._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s AND indexname IN (%s, %s)",
            [table, "datavalue_cell", "datavalue_indicator_period"],
        )
        secondary = cursor.fetchall()
        for name, _definition in secondary:
            cursor.execute(f'DROP INDEX "{name}"')
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = %s",
            ["datavalue_one_current_value"],
        )
        unique = cursor.fetchall()
        for name, _definition in unique:
            cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER ALL")
    # Two COPY streams (one per CPU), each from its own process and connection: half the wards each.
    ward_ids = [ward.pk for ward in levels[3]]
    jobs = [(table, ward_ids[part::2], [ind.pk for ind in indicators], at.isoformat()) for part in range(2)]
    connection.close()
    with multiprocessing.get_context("fork").Pool(len(jobs)) as pool:
        values = sum(pool.starmap(_copy_values, jobs))
    copy_seconds = time.perf_counter() - loaded
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER ALL")
        for name, definition in unique:
            cursor.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        for _name, definition in secondary:
            cursor.execute(definition)
        cursor.execute("ANALYZE")
    print(f"values: indexes made again in {_s(time.perf_counter() - loaded - copy_seconds)}")
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

    def plain(sql: str, params: list[object]) -> Callable[[], Any]:
        def run() -> Any:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()

        return run

    dv, unit_table = DataValue._meta.db_table, OrgUnit._meta.db_table
    subtree_sum = (
        f"SELECT dv.indicator_id, SUM(dv.value) FROM {dv} dv JOIN {unit_table} u ON u.id = dv.unit_id "
        "WHERE u.path LIKE %s GROUP BY dv.indicator_id"
    )
    by_province = (
        f"SELECT p.id, dv.indicator_id, SUM(dv.value) FROM {dv} dv JOIN {unit_table} u ON u.id = dv.unit_id "
        f"JOIN {unit_table} p ON p.depth = 1 AND u.path LIKE p.path || '%%' GROUP BY p.id, dv.indicator_id"
    )
    rows = []
    for name, unit in (("ward", ward), ("district", district), ("province", province)):
        reference, _ = _median_of(3, plain(subtree_sum, [unit.path + "%"]))
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
