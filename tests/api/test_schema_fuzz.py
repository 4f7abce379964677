"""Schemathesis against the served OpenAPI schema: every operation, a bounded number of generated
requests each, as a reporter of ward A (bearer token). No 5xx; every response matches the schema
(status code declared, content type, body).
"""

from __future__ import annotations

import json

import pytest
import schemathesis
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from ninja.responses import NinjaJSONEncoder
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from chitieu.api.api import api

pytestmark = pytest.mark.django_db

SERVED = json.loads(json.dumps(api.get_openapi_schema(), cls=NinjaJSONEncoder))  # what openapi.json sends
SCHEMA = schemathesis.openapi.from_dict(SERVED)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
EXAMPLES = {"POST /api/v1/check": 5, "GET /api/v1/reports/{unit}/{period}.{format_name}": 5}
APP = WSGIHandler()


@pytest.fixture
def wsgi_keeps_the_test_connection():
    """Called straight through WSGI, Django would close the test's database connection after each
    request (PostgreSQL then loses the test transaction); its own test Client switches that off too."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_the_fuzzed_schema_is_the_served_one(world):
    served = world.client("reporter_a").client
    served.force_login(world.small.reporter_a)
    assert served.get("/api/v1/openapi.json").json() == SERVED


def in_scope(operation, world) -> dict:
    """Path parameters naming ward A's objects, so that generated requests get past the 404."""
    names = {parameter.name for parameter in operation.path_parameters}
    known = {
        "unit": "W-A",
        "code": "JOBS" if "indicators" in operation.path else "W-A",
        "value_id": world.value_a.pk,
    }
    return {name: value for name, value in known.items() if name in names}


# positive: anything the schema allows; scoped: the same with ward A in the path; negative: invalid input
MODES = ["positive", "scoped", "negative"]


# "scoped" only where the path names objects: elsewhere it would repeat the positive run
RUNS = [
    pytest.param(operation, mode, id=f"{mode}-{operation.label}")
    for mode in MODES
    for operation in OPERATIONS
    if mode != "scoped" or operation.path_parameters
]


@pytest.mark.parametrize(("operation", "mode"), RUNS)
def test_generated_requests_get_no_server_error_and_match_the_schema(
    world, operation, mode, wsgi_keeps_the_test_connection
):
    headers = {"Authorization": f"Bearer {world.tokens['reporter_a']}"}
    generation = GenerationMode.NEGATIVE if mode == "negative" else GenerationMode.POSITIVE
    path_parameters = in_scope(operation, world) if mode == "scoped" else None

    @given(case=operation.as_strategy(generation, path_parameters=path_parameters))
    @settings(
        max_examples=EXAMPLES.get(operation.label, 15 if mode == "positive" else 10),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def call(case):
        case.call_and_validate(app=APP, headers=headers, checks=CHECKS)

    call()
