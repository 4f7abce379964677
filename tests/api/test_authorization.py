"""Every endpoint × every persona: who is served (200), refused (403), told it does not exist (404)…

The table names the status for ward A's objects; ward B's are the mirror image (reporters swap).
A unit outside a caller's subtrees does not exist for them: 404, the same as a unit that does not.
"""

from __future__ import annotations

import pytest

from tests.api.conftest import PERSONAS, YEAR, ApiClient

pytestmark = pytest.mark.django_db


def _write(ward: str, world) -> dict:
    return {
        "values": [{"indicator": "JOBS", "unit": ward, "period": f"{YEAR}M02", "value": "5", "version": None}]
    }


def _import(ward: str, world) -> dict:
    return {"dataValues": [{"dataElement": "JOBS", "period": f"{YEAR}03", "orgUnit": ward, "value": "7"}]}


def _value(ward: str, world) -> int:
    return (world.value_a if ward == "W-A" else world.value_b).pk


# endpoint (method, path with {ward} / {value}, body) → admin, reporter A, reporter B, viewer, anonymous
MATRIX = [
    ("GET", "/units/{ward}", None, (200, 200, 404, 200, 401)),
    ("GET", "/units?parent={ward}", None, (200, 200, 404, 200, 401)),
    ("GET", "/groups", None, (200, 200, 200, 200, 401)),
    ("GET", "/indicators", None, (200, 200, 200, 200, 401)),
    ("GET", "/indicators/JOBS", None, (200, 200, 200, 200, 401)),
    ("GET", "/targets?unit={ward}", None, (200, 200, 404, 200, 401)),
    ("GET", "/workitems?unit={ward}", None, (200, 200, 404, 200, 401)),
    ("GET", "/datavalues?unit={ward}", None, (200, 200, 404, 200, 401)),
    ("GET", "/datavalues/{value}", None, (200, 200, 404, 200, 401)),
    ("GET", "/datavalues/{value}/revisions", None, (200, 200, 404, 200, 401)),
    ("POST", "/datavalues", _write, (200, 200, 404, 403, 401)),
    ("GET", f"/scorecards/{{ward}}?year={YEAR}", None, (200, 200, 404, 200, 401)),
    ("GET", f"/reports/{{ward}}/{YEAR}.html", None, (200, 200, 404, 200, 401)),
    ("GET", "/dhis2/dataValueSets?orgUnit={ward}", None, (200, 200, 404, 200, 401)),
    # an import names its failures as conflicts (409): out of scope is "unknown org unit"
    ("POST", "/dhis2/dataValueSets", _import, (200, 200, 409, 409, 401)),
]
MIRROR = {"reporter_a": "reporter_b", "reporter_b": "reporter_a"}
CASES = [
    pytest.param(
        method,
        path,
        body,
        ward,
        persona,
        expected[PERSONAS.index(MIRROR.get(persona, persona) if ward == "W-B" else persona)],
        id=f"{method} {path} {ward} {persona}",
    )
    for method, path, body, expected in MATRIX
    for ward in ("W-A", "W-B")
    for persona in PERSONAS
]


@pytest.mark.parametrize(("method", "path", "body", "ward", "persona", "expected"), CASES)
def test_each_persona_gets_the_status_the_table_says(world, method, path, body, ward, persona, expected):
    client = world.client(persona)
    url = path.format(ward=ward, value=_value(ward, world))
    response = client.get(url) if method == "GET" else client.post(url, body(ward, world))
    assert response.status_code == expected, response.content[:500]
    if expected >= 400 and expected != 409:
        assert set(response.json()) <= {"detail", "code", "errors"} and response.json()["detail"]


def test_a_list_without_a_unit_holds_only_the_callers_units(world):
    body = world.client("reporter_a").get("/datavalues").json()
    assert {item["unit"] for item in body["items"]} == {"W-A"}
    targets = world.client("reporter_b").get("/targets", year=YEAR).json()
    assert {item["unit"] for item in targets["items"]} == {"W-B"}
    units = world.client("reporter_a").get("/units").json()
    assert [item["code"] for item in units["items"]] == ["W-A"]


def test_a_revoked_token_stops_working_at_once(world):
    from chitieu.apitokens.models import ApiToken

    assert world.client("viewer").get("/groups").status_code == 200
    ApiToken.objects.get(user=world.small.viewer).revoke()
    response = world.client("viewer").get("/groups")
    assert response.status_code == 401 and response.json()["code"] == "not_authenticated"


def test_a_made_up_token_is_refused(world):
    from tests.api.conftest import ApiClient

    assert ApiClient("ct_not-a-real-token").get("/groups").status_code == 401


def test_a_token_is_stored_only_as_its_digest(world):
    from chitieu.apitokens.models import ApiToken, digest

    secret = world.tokens["viewer"]
    stored = ApiToken.objects.get(user=world.small.viewer)
    assert stored.digest == digest(secret) and secret not in (stored.prefix, stored.digest)


def test_a_token_caller_needs_no_csrf_token(world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/api/v1/datavalues",
        data='{"values": []}',
        content_type="application/json",
        headers={"Authorization": f"Bearer {world.tokens['reporter_a']}"},
    )
    assert response.status_code == 200


def test_a_session_caller_still_needs_the_csrf_token(world):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(world.small.reporter_a)
    response = client.post("/api/v1/datavalues", data='{"values": []}', content_type="application/json")
    assert response.status_code == 403 and response.json()["code"] == "csrf_failed"


def test_a_program_fetches_the_schema_with_its_token(world):
    """The OpenAPI schema is what clients are generated from: a token opens it, as a session does."""
    response = world.client("reporter_a").get("/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "chitieu API"
    assert ApiClient("not-a-token").get("/openapi.json").status_code == 401
    anonymous = world.client("anonymous").get("/openapi.json")
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/login/")


def test_the_unit_above_ones_own_subtree_is_not_named(world):
    """Reporter A sees ward A; the district above it is not theirs to know, not even by its code."""
    units = world.client("reporter_a").get("/units").json()["items"]
    assert [(item["code"], item["parent"]) for item in units] == [("W-A", None)]
    assert world.client("reporter_a").get("/units/W-A").json()["parent"] is None
    city_wide = world.client("admin").get("/units/W-A").json()
    assert city_wide["parent"] == "D1"
