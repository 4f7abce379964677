"""Shared fixtures: the demo data set (loaded once per module) and a small plan built per test."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from hypothesis import settings

from chitieu.orgunits.models import OrgUnit, Role, UnitKind, UnitRole
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import Indicator, IndicatorGroup, Target

# No per-example deadline for property tests: on a shared, loaded machine one example of a checker test took
# 502 ms against Hypothesis' 200 ms default (CI, 6 December 2026) — time is measured in benchmarks, not here
settings.register_profile("chitieu", deadline=None)
settings.load_profile("chitieu")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo data, loaded through the real services once for a test module, rolled back after."""
    from chitieu.demo.demo import load_demo

    with django_db_blocker.unblock(), transaction.atomic():
        accounts = load_demo()
        yield accounts
        transaction.set_rollback(True)


@dataclass
class SmallPlan:
    """A city, a district with two wards, one indicator planned for 2022 everywhere, and people."""

    city: OrgUnit
    district: OrgUnit
    ward_a: OrgUnit
    ward_b: OrgUnit
    jobs: Indicator
    admin: object
    reporter_a: object
    reporter_b: object
    approver: object
    viewer: object


@pytest.fixture
def small(db) -> SmallPlan:
    city = create_unit(code="CITY", name="Thành phố", kind=UnitKind.CITY)
    district = create_unit(code="D1", name="Quận 1", parent=city, kind=UnitKind.DISTRICT)
    ward_a = create_unit(code="W-A", name="Phường A", parent=district, kind=UnitKind.WARD)
    ward_b = create_unit(code="W-B", name="Phường B", parent=district, kind=UnitKind.WARD)
    group = IndicatorGroup.objects.create(code="G", name="kinh tế - xã hội")
    jobs = Indicator.objects.create(
        code="JOBS", name="Giải quyết việc làm", group=group, unit_of_measure="người"
    )
    for unit in (district, ward_a, ward_b):
        Target.objects.create(indicator=jobs, unit=unit, year=2022, target=Decimal(1000))
    users = get_user_model().objects
    admin = users.create_superuser("alice", "alice@example.invalid", "x-long-password-1")
    people = {}
    for name, unit, role in [
        ("bob", ward_a, Role.REPORTER),
        ("charlie", ward_b, Role.REPORTER),
        ("dung", district, Role.APPROVER),
        ("em", city, Role.VIEWER),
    ]:
        people[name] = users.create_user(name, f"{name}@example.invalid", "x-long-password-1")
        UnitRole.objects.create(user=people[name], unit=unit, role=role)
    return SmallPlan(
        city,
        district,
        ward_a,
        ward_b,
        jobs,
        admin,
        people["bob"],
        people["charlie"],
        people["dung"],
        people["em"],
    )


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Argon2 is deliberately slow; tests that do not test hashing use a fast hasher."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def today(monkeypatch):
    """Freeze "today" for the pages and the services (both read ``timezone.localdate``)."""

    def freeze(day: date) -> date:
        monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: day)
        return day

    return freeze


@pytest.fixture(autouse=True)
def report_files(settings, tmp_path_factory):
    """Report files of the tests go to the test run's own directory, not to var/reports."""
    settings.REPORT_DIR = tmp_path_factory.getbasetemp() / "reports"
