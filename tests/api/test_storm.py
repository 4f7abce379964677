"""A concurrency storm: many writers through the API at once, on new and on existing cells.

Each writer reads a cell's version, writes the next number with that version, and on 409 reads
again and retries. Afterwards: no answer was a 500, every accepted write is in the history (no
lost update: the stored value is the last accepted write, and the revisions number exactly the
accepted writes), and the kept figures equal a recomputation from the raw values.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection

from chitieu.monitoring import aggregates
from chitieu.monitoring.models import DataValue, DataValueRevision
from tests.api.conftest import YEAR, ApiClient

pytestmark = pytest.mark.django_db(transaction=True)

WRITERS = 6
WRITES_EACH = 5


def _storm(world, cells: list[str]) -> tuple[Counter[int], dict[str, int]]:
    statuses: Counter[int] = Counter()
    accepted: Counter[str] = Counter()
    lock = threading.Lock()
    start = threading.Barrier(WRITERS)

    def writer(number: int) -> None:
        client = ApiClient(world.tokens["admin"])
        try:
            start.wait()
            for step in range(WRITES_EACH):
                period = cells[(number + step) % len(cells)]
                for _attempt in range(50):
                    found = client.get("/datavalues", indicator="JOBS", unit="W-A", period=period).json()
                    items = [item for item in found["items"] if item["period"] == period]
                    version = items[0]["version"] if items else None
                    body = {
                        "values": [
                            {
                                "indicator": "JOBS",
                                "unit": "W-A",
                                "period": period,
                                "value": str(number * 100 + step),
                                "version": version,
                            }
                        ]
                    }
                    response = client.post("/datavalues", body)
                    with lock:
                        statuses[response.status_code] += 1
                    if response.status_code == 200:
                        with lock:
                            accepted[period] += 1
                        break
                    if response.status_code != 409:
                        break
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, dict(accepted)


def test_many_writers_on_the_same_new_and_existing_cells_lose_nothing_and_never_fail(world):
    new_cells = [f"{YEAR}M0{month}" for month in (4, 5)]  # nobody has written these yet
    existing = [f"{YEAR}M01"]  # written by the fixture
    statuses, accepted = _storm(world, new_cells + existing)

    assert statuses[500] == 0, statuses
    assert set(statuses) <= {200, 409}, statuses
    assert sum(accepted.values()) == WRITERS * WRITES_EACH  # every writer got each write in, in the end
    for period, count in accepted.items():
        row = DataValue.objects.get(indicator__code="JOBS", unit__code="W-A", period_id=period, kind=1)
        revisions = DataValueRevision.objects.filter(data_value=row)
        before = 1 if period in existing else 0
        assert revisions.count() == count + before  # no accepted write lost, none counted twice
        assert row.version == count + before
        last = revisions.order_by("-version").first()
        assert last is not None and last.new_value == row.value
    assert aggregates.verify() == []
