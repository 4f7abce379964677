"""``make bench`` (reports): a district's year report built and written in every format.

Uses the synthetic province of :mod:`bench.run` (built there, reused here). For the district
with the most wards it times, best of three: building the format-neutral report from the data,
then each renderer; and it writes the same appendix grid with xlsxwriter alone, the reference
for the XLSX renderer (goal: at most 2×). Goal for every format: under 3 s, building included.
A benchmark, not a test: a missed goal is printed, not failed.
"""

from __future__ import annotations

import io
import os
import secrets
import sys
import time
from collections.abc import Callable
from typing import Any

from bench.run import DATABASE, YEAR, ensure_database

GOAL_SECONDS = 3.0
GOAL_XLSX_RATIO = 2.0


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def xlsxwriter_grid(table: Any) -> bytes:
    """The appendix grid written with xlsxwriter alone: headers, text and numbers with formats."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": True})
    sheet = book.add_worksheet("Chi tieu")
    formats = {d: book.add_format({"num_format": "#,##0" + ("." + "0" * d if d else "")}) for d in range(5)}
    percent = {d: book.add_format({"num_format": "0" + ("." + "0" * d if d else "") + "%"}) for d in range(5)}
    sheet.write_row(0, 0, [column.header for column in table.columns])
    for r, row in enumerate(table.rows, start=1):
        for c, cell in enumerate(row):
            if cell.value is None:
                sheet.write_string(r, c, cell.text)
            elif cell.kind == "percent":
                sheet.write_number(r, c, float(cell.value) / 100, percent[min(cell.decimals, 4)])
            else:
                sheet.write_number(r, c, float(cell.value), formats[min(cell.decimals, 4)])
    book.close()
    return buffer.getvalue()


def main() -> int:
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ["CHITIEU_DEBUG"] = "0"
    os.environ.setdefault("CHITIEU_SECRET_KEY", secrets.token_urlsafe(32))
    ensure_database(220, 400, rebuild=False)

    import django

    django.setup()
    from datetime import date

    from django.db.models import Count

    from chitieu.core.periods import year
    from chitieu.orgunits.models import OrgUnit, UnitKind
    from chitieu.rendering.renderers import RENDERERS
    from chitieu.reporting.build import build_report

    district = (
        OrgUnit.objects.filter(kind=UnitKind.DISTRICT)
        .annotate(wards=Count("children"))
        .order_by("-wards")
        .first()
    )
    assert district is not None
    as_of = date(YEAR, 12, 31)

    def build() -> Any:
        return build_report(unit=district, period=year(YEAR), lang="vi", as_of=as_of, issued_on=as_of)

    build_time, report = best_of(3, build)
    appendix = report.appendices[0]
    print(
        f"\nchitieu bench (reports): {district.code}, {district.wards} wards, {len(appendix.rows)} targets,"
        f" year {YEAR}"
    )
    print(f"  building the report from the data               {build_time:6.2f} s")
    timings = {}
    for name, render in RENDERERS.items():
        seconds, data = best_of(3, lambda render=render: render(report))
        timings[name] = seconds
        total = build_time + seconds
        verdict = "met" if total < GOAL_SECONDS else "MISSED"
        print(
            f"  {name:<5} render {seconds:6.2f} s, with building {total:6.2f} s  ({len(data) // 1024} KiB)  "
            f"goal < {GOAL_SECONDS:.0f} s: {verdict}"
        )
    reference, _ = best_of(3, lambda: xlsxwriter_grid(appendix))
    ratio = timings["xlsx"] / reference
    print(f"  xlsxwriter alone, the same appendix grid      {reference:6.2f} s")
    print(
        f"  XLSX renderer / xlsxwriter                      {ratio:6.2f}×  goal ≤ {GOAL_XLSX_RATIO:.0f}×: "
        f"{'met' if ratio <= GOAL_XLSX_RATIO else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
