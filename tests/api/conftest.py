"""Personas for the API: a city administrator, a reporter of ward A and of ward B, a viewer, nobody.

The plan is the ``small`` fixture's, extended to the year 2099 so that no report deadline has
passed whatever today is; one value is recorded for each ward (through the real service).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from chitieu.apitokens.models import ApiToken
from chitieu.monitoring.models import DataValue
from chitieu.monitoring.services import record_value
from chitieu.orgunits.models import Role, UnitRole
from chitieu.planning.models import Target, WorkItem

YEAR = 2099
PERSONAS = ("admin", "reporter_a", "reporter_b", "viewer", "anonymous")


@dataclass
class World:
    small: object
    value_a: DataValue
    value_b: DataValue
    tokens: dict[str, str]

    def client(self, persona: str) -> ApiClient:
        return ApiClient(self.tokens.get(persona))


class ApiClient:
    """A Django test client sending a persona's bearer token (none for the anonymous caller)."""

    def __init__(self, token: str | None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, url: str, **params):
        return self.client.get("/api/v1" + url, params, headers=self.headers)

    def post(self, url: str, body: object):
        data = body if isinstance(body, (bytes, str)) else json.dumps(body)
        return self.client.post(
            "/api/v1" + url, data=data, content_type="application/json", headers=self.headers
        )


@pytest.fixture
def world(small) -> World:
    city_admin = get_user_model().objects.create_user("an", "an@example.invalid", "x-long-password-1")
    UnitRole.objects.create(user=city_admin, unit=small.city, role=Role.ADMIN)
    for unit in (small.district, small.ward_a, small.ward_b):
        Target.objects.create(indicator=small.jobs, unit=unit, year=YEAR, target=Decimal(1000))
    for unit in (small.ward_a, small.ward_b):
        WorkItem.objects.create(kind="task", title=f"Nhiệm vụ {unit.code}", year=YEAR, lead_unit=unit)
    value_a = record_value(
        indicator=small.jobs, unit=small.ward_a, period_id=f"{YEAR}M01", value=Decimal(120), user=None
    )
    value_b = record_value(
        indicator=small.jobs, unit=small.ward_b, period_id=f"{YEAR}M01", value=Decimal(80), user=None
    )
    people = {
        "admin": city_admin,
        "reporter_a": small.reporter_a,
        "reporter_b": small.reporter_b,
        "viewer": small.viewer,
    }
    tokens = {persona: ApiToken.issue(user=user, name="tests")[1] for persona, user in people.items()}
    return World(small, value_a, value_b, tokens)
