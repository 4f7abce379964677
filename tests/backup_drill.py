"""The other program of the backup drill: run by tests/test_backup.py as ``python -m tests.backup_drill``.

It works on the database DATABASE_URL names, as a second program next to `chitieu backup` and
`chitieu restore` would: ``seed`` plans a ward, ``write STOP_FILE`` writes values through the
domain services (one transaction each, printing the number of each committed write) until the
stop file appears, ``checksum`` prints a digest of every row of every chitieu table, and
``state`` prints every drill value with its version and its number of revisions.

The file name does not start with ``test_``: the suite does not collect it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from datetime import date
from decimal import Decimal
from itertools import count, cycle
from pathlib import Path

import django
from django.apps import apps

if not apps.ready:  # run as a program; imported by the test, Django is set up already
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
    django.setup()

from django.db import connection  # after django.setup()

from chitieu.monitoring.models import DataValue
from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.orgunits.models import OrgUnit, UnitKind
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import Indicator, IndicatorGroup, Target

WARD = "DRILL-W"
INDICATORS = 8
MONTHS = range(1, 13)
TODAY = date(2023, 1, 10)  # the system writes (user None): no deadline applies, the year is over


def cells() -> list[tuple[str, str]]:
    """The (indicator code, period) cells written, in the writer's order: write n goes to cells[n % len]."""
    return [(f"DRILL-{i}", f"2022M{month:02d}") for month in MONTHS for i in range(1, INDICATORS + 1)]


def seed() -> None:
    city = create_unit(code="DRILL-CITY", name="Thành phố diễn tập", kind=UnitKind.CITY)
    ward = create_unit(code=WARD, name="Phường diễn tập", parent=city, kind=UnitKind.WARD)
    group = IndicatorGroup.objects.create(code="DRILL", name="Diễn tập sao lưu")
    for i in range(1, INDICATORS + 1):
        indicator = Indicator.objects.create(
            code=f"DRILL-{i}", name=f"Chỉ tiêu diễn tập {i}", group=group, unit_of_measure="người", order=i
        )
        Target.objects.create(indicator=indicator, unit=ward, year=2022, target=Decimal(1000))


def write(stop: Path) -> None:
    """Write 1, 2, 3… into the cells in turn (each new version naming the last) until ``stop`` exists."""
    ward = OrgUnit.objects.get(code=WARD)
    indicators = {
        indicator.code: indicator for indicator in Indicator.objects.filter(code__startswith="DRILL-")
    }
    versions: dict[tuple[str, str], int] = {}
    for number, cell in zip(count(1), cycle(cells()), strict=False):
        code, period = cell
        write = ValueWrite(
            indicators[code], ward, period, Decimal(number), expected_version=versions.get(cell)
        )
        versions[cell] = record_values(writes=[write], user=None, reason=f"drill {number}", today=TODAY)[
            0
        ].version
        print(number, flush=True)
        if stop.exists():
            return


def checksum() -> dict[str, object]:
    """A SHA-256 over every row of every chitieu model table (many-to-many tables too), by primary key."""
    digest, rows = hashlib.sha256(), 0
    models = [m for m in apps.get_models(include_auto_created=True) if m.__module__.startswith("chitieu.")]
    with connection.cursor() as cursor:
        for model in sorted(models, key=lambda m: m._meta.db_table):
            table, pk = model._meta.db_table, model._meta.pk.column
            cursor.execute(f'SELECT * FROM "{table}" ORDER BY "{pk}"')
            digest.update(table.encode())
            for row in cursor.fetchall():
                digest.update(repr(row).encode())
                rows += 1
    return {"checksum": digest.hexdigest(), "rows": rows}


def state() -> dict[str, list[int]]:
    """Every drill value: "code period" -> [value, version, revisions]."""
    values = DataValue.objects.filter(unit__code=WARD).select_related("indicator")
    return {
        f"{v.indicator.code} {v.period_id}": [int(v.value), v.version, v.revisions.count()] for v in values
    }


if __name__ == "__main__":
    match sys.argv[1:]:
        case ["seed"]:
            seed()
        case ["write", stop_file]:
            write(Path(stop_file))
        case ["checksum"]:
            print(json.dumps(checksum()))
        case ["state"]:
            print(json.dumps(state()))
        case _:
            sys.exit("usage: python -m tests.backup_drill seed | write STOP_FILE | checksum | state")
