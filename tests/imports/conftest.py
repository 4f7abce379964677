"""Import fixtures: the small plan with more indicators at ward W-A, and a checksum of the data tables."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.utils import timezone

from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.planning.models import Indicator, Target

PERIOD = "2022M03"
IN_TIME = date(2022, 3, 16)  # the March 2022 window has closed, its deadline (19/03) not yet


@dataclass
class Importing:
    small: object
    houses: Indicator


@pytest.fixture
def importing(small) -> Importing:
    """W-A plans JOBS, HOUSES, QUARTERLY, RATE (from JOBS / HOUSES) and YESNO; NOPLAN is unplanned."""
    group = small.jobs.group
    make = Indicator.objects.create
    houses = make(code="HOUSES", name="Số hộ", group=group, unit_of_measure="hộ", order=2)
    make(code="NOPLAN", name="Chưa giao", group=group, unit_of_measure="người", order=3)
    quarterly = make(
        code="QUARTERLY", name="Theo quý", group=group, unit_of_measure="người", period_type="quarter"
    )
    rate = make(
        code="RATE",
        name="Tỷ lệ",
        group=group,
        unit_of_measure="%",
        unit_aggregation="ratio",
        numerator=small.jobs,
        denominator=houses,
        decimals=2,
    )
    yes_no = make(code="YESNO", name="Ban hành đề án", group=group, unit_of_measure="", direction="yes_no")
    for indicator, target in [(houses, 100), (quarterly, 10), (rate, 5), (yes_no, 1)]:
        Target.objects.create(indicator=indicator, unit=small.ward_a, year=2022, target=Decimal(target))
    record_values(
        writes=[ValueWrite(small.jobs, small.ward_a, PERIOD, Decimal(10))], user=None, reason="có sẵn"
    )
    return Importing(small, houses)


@pytest.fixture
def frozen_today(monkeypatch):
    """Freeze "today" for the services, commands and pages (they read ``timezone.localdate``)."""

    def freeze(day: date) -> date:
        monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)
        return day

    return freeze


def data_checksum() -> str:
    """A digest of every row of the values and revisions tables."""
    digest = hashlib.sha256()
    with connection.cursor() as cursor:
        for table, order in [("monitoring_datavalue", "id"), ("monitoring_datavaluerevision", "id")]:
            cursor.execute(f"SELECT * FROM {table} ORDER BY {order}")
            for row in cursor.fetchall():
                digest.update(repr(row).encode())
    return digest.hexdigest()
