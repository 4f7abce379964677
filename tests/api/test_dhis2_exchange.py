"""DHIS2 dataValueSets through the API: export, import (dry run, conflicts), and the round trip."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.monitoring.models import DataValue, DataValueRevision
from tests.api.conftest import YEAR

pytestmark = pytest.mark.django_db
URL = "/dhis2/dataValueSets"


def test_an_export_names_periods_the_dhis2_way(world):
    body = world.client("admin").get(URL, orgUnit="D1", children="true").json()
    assert body["dataValues"] == [
        {"dataElement": "JOBS", "period": f"{YEAR}01", "orgUnit": "W-A", "value": "120"},
        {"dataElement": "JOBS", "period": f"{YEAR}01", "orgUnit": "W-B", "value": "80"},
    ]


def test_exporting_then_importing_changes_nothing(world):
    client = world.client("admin")
    exported = client.get(URL, orgUnit="D1", children="true").json()
    before = list(DataValue.objects.order_by("pk").values_list("pk", "value", "version"))
    revisions = DataValueRevision.objects.count()
    response = client.post(URL, exported)
    assert response.status_code == 200, response.content
    summary = response.json()
    assert summary["importCount"] == {"imported": 0, "updated": 0, "ignored": 2, "deleted": 0}
    assert list(DataValue.objects.order_by("pk").values_list("pk", "value", "version")) == before
    assert DataValueRevision.objects.count() == revisions


def test_an_import_creates_and_updates_values(world):
    payload = {
        "dataValues": [
            {"dataElement": "JOBS", "period": f"{YEAR}01", "orgUnit": "W-A", "value": "125"},
            {
                "dataElement": "JOBS",
                "period": f"{YEAR}02",
                "orgUnit": "W-A",
                "value": "30",
                "comment": "từ DHIS2",
            },
        ]
    }
    response = world.client("reporter_a").post(URL, payload)
    assert response.status_code == 200, response.content
    assert response.json()["importCount"] == {"imported": 1, "updated": 1, "ignored": 0, "deleted": 0}
    assert DataValue.objects.get(pk=world.value_a.pk).value == Decimal(125)
    assert DataValue.objects.get(period_id=f"{YEAR}M02").comment == "từ DHIS2"


def test_a_dry_run_checks_everything_and_writes_nothing(world):
    payload = {
        "dataValues": [{"dataElement": "JOBS", "period": f"{YEAR}02", "orgUnit": "W-A", "value": "30"}]
    }
    response = world.client("reporter_a").post(URL + "?dryRun=true", payload)
    assert response.status_code == 200
    assert response.json()["dryRun"] and not response.json()["written"]
    assert response.json()["importCount"]["imported"] == 1
    assert not DataValue.objects.filter(period_id=f"{YEAR}M02").exists()


def test_unknown_codes_are_conflicts_and_nothing_is_written(world):
    payload = {
        "dataValues": [
            {"dataElement": "JOBS", "period": f"{YEAR}02", "orgUnit": "W-A", "value": "30"},
            {"dataElement": "NO-SUCH", "period": f"{YEAR}02", "orgUnit": "W-A", "value": "1"},
            {"dataElement": "JOBS", "period": f"{YEAR}02", "orgUnit": "NO-UNIT", "value": "1"},
            {"dataElement": "JOBS", "period": f"{YEAR}W5", "orgUnit": "W-A", "value": "1"},
        ]
    }
    response = world.client("admin").post(URL, payload)
    assert response.status_code == 409
    body = response.json()
    assert body["status"] == "ERROR" and not body["written"]
    assert [(c["index"], c["object"]) for c in body["conflicts"]] == [
        (1, "NO-SUCH"),
        (2, "NO-UNIT"),
        (3, f"{YEAR}W5"),
    ]
    assert not DataValue.objects.filter(period_id=f"{YEAR}M02").exists()


def test_a_write_the_rules_refuse_is_a_conflict(world):
    payload = {
        "dataValues": [{"dataElement": "JOBS", "period": f"{YEAR}02", "orgUnit": "W-A", "value": "-4"}]
    }
    body = world.client("admin").post(URL, payload).json()
    assert body["conflicts"][0]["object"] == "JOBS" and "negative" in body["conflicts"][0]["value"]


def test_an_export_of_a_unit_outside_the_callers_subtree_is_not_found(world):
    response = world.client("reporter_b").get(URL, orgUnit="W-A")
    assert response.status_code == 404 and response.json()["code"] == "unit_not_found"


def test_the_cli_exports_and_imports(world, tmp_path):
    from django.core.management import call_command

    out = tmp_path / "set.json"
    call_command("dhis2_export", "--org-unit", "D1", "--children", "--user", "an", "--output", str(out))
    assert '"orgUnit": "W-A"' in out.read_text()
    from io import StringIO

    stdout = StringIO()
    call_command("dhis2_import", str(out), "--user", "an", stdout=stdout)
    assert '"ignored": 2' in stdout.getvalue()
