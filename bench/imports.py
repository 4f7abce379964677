"""``python -m bench.imports``: importing a 10.000-row sheet, against openpyxl's bare read-only pass.

A district of 25 wards, 400 monthly indicators planned for each ward (a throwaway SQLite
database under var/bench-imports/, built on first run). The district's results template with
its wards (``subunits``: 25 × 400 = 10.000 rows) is filled with a number in every row. Measured,
best of three:

1. openpyxl alone: the workbook opened read-only and every row's values read (the floor);
2. the dry run (:func:`chitieu.imports.values.plan_import`): safe reading, checks, classification;
3. the import (:func:`chitieu.imports.values.apply_import`): the dry run again inside one
   transaction, then 10.000 values and revisions through ``record_values`` (rolled back after
   each timed run so that the next one writes as much).

Peak memory is measured separately with tracemalloc (Python allocations; it slows the code, so
it is not timed). Goals: the dry run at most 4× openpyxl's pass; each step under 10 s and 300 MB.
A benchmark, not a test: a missed goal is printed, not failed.
"""

from __future__ import annotations

import gc
import io
import os
import secrets
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench-imports"
DATABASE = BENCH_DIR / "imports.sqlite3"
WARDS, INDICATORS = 25, 400
YEAR, PERIOD = 2024, "2024M03"
GOAL_RATIO, GOAL_SECONDS, GOAL_BYTES = 4.0, 10.0, 300 * 1024 * 1024


class _Rollback(Exception):
    """Raised to undo a timed import."""


def main() -> int:
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ["CHITIEU_DEBUG"] = "0"
    os.environ.setdefault("CHITIEU_SECRET_KEY", secrets.token_urlsafe(32))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    district = _ensure_data()
    data = _filled_template(district)
    print(f"sheet: {WARDS} wards × {INDICATORS} indicators, {len(data) / 1024:.0f} KB")

    from django.db import transaction

    from chitieu.imports.values import apply_import, plan_import

    def bare() -> Any:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        rows = sum(1 for _row in book["Số liệu"].iter_rows(values_only=True))
        book.close()
        return rows

    arguments = {"data": data, "name": "bench.xlsx", "unit": district, "period_id": PERIOD, "user": None}

    def dry_run() -> Any:
        return plan_import(**arguments)

    def apply() -> Any:
        try:
            with transaction.atomic():
                plan = apply_import(**arguments)
                raise _Rollback
        except _Rollback:
            return plan

    plan = dry_run()
    assert not plan.problems, plan.problems[:3]
    assert len(plan.lines) == WARDS * INDICATORS, len(plan.lines)

    results = []
    for label, work in [("openpyxl read-only pass", bare), ("dry run", dry_run), ("import (apply)", apply)]:
        seconds = _best_of(3 if label != "import (apply)" else 2, work)
        peak = _peak(work)
        results.append((label, seconds, peak))
    floor = results[0][1]
    print(f"{'step':<26}{'seconds':>9}{'× openpyxl':>12}{'peak MB':>10}")
    for label, seconds, peak in results:
        print(f"{label:<26}{seconds:>9.2f}{seconds / floor:>12.1f}{peak / 1024 / 1024:>10.1f}")
    missed = []
    if results[1][1] > GOAL_RATIO * floor:
        missed.append(f"dry run {results[1][1] / floor:.1f}× openpyxl (goal ≤ {GOAL_RATIO:.0f}×)")
    for label, seconds, peak in results[1:]:
        if seconds > GOAL_SECONDS:
            missed.append(f"{label} {seconds:.1f} s (goal < {GOAL_SECONDS:.0f} s)")
        if peak > GOAL_BYTES:
            missed.append(f"{label} {peak / 1024 / 1024:.0f} MB (goal < 300 MB)")
    print("goals missed: " + "; ".join(missed) if missed else "all goals met")
    return 0


def _best_of(runs: int, work: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _peak(work: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _ensure_data() -> Any:
    """The district and its wards, with 400 monthly indicators planned at every ward (built once)."""
    from decimal import Decimal

    from django.db import transaction

    from chitieu.orgunits.models import OrgUnit, UnitKind
    from chitieu.orgunits.services import create_unit
    from chitieu.planning.models import Indicator, IndicatorGroup, Target

    existing = OrgUnit.objects.filter(code="BQ-D1").first()
    if existing is not None:
        return existing
    with transaction.atomic():
        city = create_unit(code="BQ-CITY", name="Thành phố", kind=UnitKind.CITY)
        district = create_unit(code="BQ-D1", name="Quận 1", parent=city, kind=UnitKind.DISTRICT)
        wards = [
            create_unit(code=f"BQ-W{n:02d}", name=f"Phường {n}", parent=district, kind=UnitKind.WARD)
            for n in range(1, WARDS + 1)
        ]
        group = IndicatorGroup.objects.create(code="BQ", name="Chỉ tiêu")
        indicators = Indicator.objects.bulk_create(
            Indicator(code=f"BQ-{n:03d}", name=f"Chỉ tiêu {n}", group=group, unit_of_measure="người", order=n)
            for n in range(1, INDICATORS + 1)
        )
        Target.objects.bulk_create(
            Target(indicator=indicator, unit=ward, year=YEAR, target=Decimal(1000))
            for ward in wards
            for indicator in indicators
        )
    return district


def _filled_template(district: Any) -> bytes:
    """The district's template with its wards, a number in every row (cached next to the database)."""
    cached = BENCH_DIR / "filled.xlsx"
    if cached.exists():
        return cached.read_bytes()
    import openpyxl

    from chitieu.imports.templates import HEADER_ROW, values_template

    book = openpyxl.load_workbook(io.BytesIO(values_template(district, PERIOD, subunits=True)))
    sheet = book["Số liệu"]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        sheet.cell(row=row, column=7, value=(row * 37) % 5000 + 0.5 * (row % 2))
    buffer = io.BytesIO()
    book.save(buffer)
    cached.write_bytes(buffer.getvalue())
    return buffer.getvalue()


if __name__ == "__main__":
    sys.exit(main())
