"""The bulk write: versions (409 with the value there now), all or nothing, bounded batches."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.api.values import MAX_BATCH
from chitieu.monitoring.models import DataValue, DataValueRevision
from tests.api.conftest import YEAR

pytestmark = pytest.mark.django_db


def one(
    unit: str = "W-A", period: str = f"{YEAR}M01", value: str | None = "150", version: int | None = 1
) -> dict:
    return {"indicator": "JOBS", "unit": unit, "period": period, "value": value, "version": version}


def test_a_reporter_changes_a_value_naming_the_version_read(world):
    response = world.client("reporter_a").post("/datavalues", {"values": [one()], "reason": "sửa số"})
    assert response.status_code == 200, response.content
    item = response.json()["items"][0]
    assert item["value"] == "150" and item["version"] == 2 and item["kind"] == "actual"
    revisions = world.client("reporter_a").get(f"/datavalues/{item['id']}/revisions").json()
    assert [(r["version"], r["old_value"], r["new_value"]) for r in revisions] == [
        (1, None, "120"),
        (2, "120", "150"),
    ]
    assert revisions[-1]["reason"] == "sửa số" and revisions[-1]["changed_by"] == "bob"


def test_a_stale_version_is_refused_with_the_current_value_and_version(world):
    client = world.client("reporter_a")
    assert client.post("/datavalues", {"values": [one(value="150", version=1)]}).status_code == 200
    response = client.post("/datavalues", {"values": [one(value="999", version=1)]})
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "stale_version"
    assert body["errors"][0]["current"] == {"value": "150", "version": 2}
    assert body["errors"][0]["index"] == 0
    assert DataValue.objects.get(pk=world.value_a.pk).value == Decimal(150)


def test_a_new_value_over_an_existing_one_is_refused_as_stale(world):
    response = world.client("reporter_a").post("/datavalues", {"values": [one(version=None)]})
    assert response.status_code == 409
    assert response.json()["errors"][0]["current"] == {"value": "120", "version": 1}


def test_one_bad_value_means_nothing_is_written(world):
    values = [
        one(period=f"{YEAR}M02", value="10", version=None),
        one(period=f"{YEAR}M03", value="-5", version=None),
    ]
    before = (DataValue.objects.count(), DataValueRevision.objects.count())
    response = world.client("reporter_a").post("/datavalues", {"values": values})
    assert response.status_code == 422
    body = response.json()
    assert (
        body["code"] == "negative"
        and body["errors"][0]["index"] == 1
        and body["errors"][0]["period"] == f"{YEAR}M03"
    )
    assert (DataValue.objects.count(), DataValueRevision.objects.count()) == before


def test_a_stale_value_late_in_a_batch_rolls_back_the_ones_before_it(world):
    values = [one(period=f"{YEAR}M02", value="10", version=None), one(value="1", version=7)]
    response = world.client("reporter_a").post("/datavalues", {"values": values})
    assert response.status_code == 409 and response.json()["errors"][0]["index"] == 1
    assert not DataValue.objects.filter(period_id=f"{YEAR}M02").exists()


def test_a_value_of_another_ward_in_the_batch_refuses_the_batch(world):
    values = [
        one(period=f"{YEAR}M02", value="10", version=None),
        one(unit="W-B", period=f"{YEAR}M02", version=None),
    ]
    response = world.client("reporter_a").post("/datavalues", {"values": values})
    assert response.status_code == 404 and response.json()["code"] == "units_not_found"
    assert response.json()["errors"] == [{"index": 1, "unit": "W-B"}]
    assert not DataValue.objects.filter(period_id=f"{YEAR}M02").exists()


def test_the_same_cell_twice_in_a_batch_is_refused(world):
    values = [one(period=f"{YEAR}M02", version=None), one(period=f"{YEAR}M02", version=None)]
    response = world.client("reporter_a").post("/datavalues", {"values": values})
    assert response.status_code == 422 and response.json()["code"] == "duplicate_value"


def test_a_batch_over_the_limit_is_refused_with_a_clear_message(world):
    values = [one(period=f"{YEAR}M02", value=str(i), version=None) for i in range(MAX_BATCH + 1)]
    response = world.client("reporter_a").post("/datavalues", {"values": values})
    assert response.status_code == 413
    body = response.json()
    assert (
        body["code"] == "batch_too_large"
        and "10000" in body["detail"]
        and str(MAX_BATCH + 1) in body["detail"]
    )
    assert not DataValue.objects.filter(period_id=f"{YEAR}M02").exists()


def test_numbers_travel_as_strings_and_a_float_is_refused(world):
    response = world.client("reporter_a").post("/datavalues", {"values": [{**one(), "value": 150.5}]})
    assert response.status_code == 422 and response.json()["code"] == "invalid"
    listed = world.client("reporter_a").get("/datavalues", unit="W-A").json()
    assert listed["items"][0]["value"] == "120"


def test_clearing_a_value_keeps_its_row_and_history(world):
    response = world.client("reporter_a").post("/datavalues", {"values": [one(value=None)]})
    assert response.status_code == 200 and response.json()["items"][0]["value"] is None
    assert DataValue.objects.get(pk=world.value_a.pk).value is None


def test_a_list_is_paged_with_a_maximum(world):
    client = world.client("admin")
    body = client.get("/datavalues", limit=1).json()
    assert body["count"] == 2 and len(body["items"]) == 1 and body["limit"] == 1
    second = client.get("/datavalues", limit=1, offset=1).json()
    assert second["items"][0]["id"] != body["items"][0]["id"]
    assert client.get("/datavalues", limit=100_000).status_code == 422


def test_the_scorecard_rolls_the_wards_up_to_the_district(world):
    body = world.client("admin").get("/scorecards/D1", year=YEAR, as_of=f"{YEAR}-12-31").json()
    line = body["lines"][0]
    assert line["indicator"] == "JOBS" and line["result"]["value"] == "200" and line["result"]["rolled_up"]
    assert line["percent_of_plan"] == "20" and line["status"] == "not_met"
    assert [child["unit"] for child in body["children"]] == ["W-A", "W-B"]
    assert body["counts"]["total"] == 1


def test_a_report_downloads_in_each_format_its_renderer_makes(world):
    response = world.client("reporter_a").get(f"/reports/W-A/{YEAR}.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert b"".join(response.streaming_content)[:2] == b"PK"
    assert world.client("reporter_a").get(f"/reports/W-A/{YEAR}Q5.html").status_code == 404
