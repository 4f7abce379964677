"""One figure everywhere, on plans and values nobody chose: Hypothesis builds them, every skin must agree.

Each example is a small tree (a district with two wards) with one to three indicators of any
direction and aggregation over time, targets at some of the units, month values of any kind at
the wards and sometimes at the district itself, and a day to read them on. The API, the CLI, the
dashboard, the spreadsheet report and the checker's facts must give the same figures.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chitieu.checker.matching import FactKind
from chitieu.core.evaluation import ValueKind
from chitieu.core.periods import parse_period
from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.orgunits.models import UnitKind
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import Indicator, IndicatorGroup
from chitieu.planning.services import set_target
from chitieu.verification.checks import facts_for
from tests.skins import download, expected, from_api, from_cli, from_dashboard, from_xlsx

pytestmark = pytest.mark.django_db(transaction=False)

amounts = st.integers(min_value=0, max_value=5000).map(Decimal)
indicator_specs = st.fixed_dictionaries(
    {
        "direction": st.sampled_from(["increase", "decrease", "at_least", "at_most"]),
        "time_aggregation": st.sampled_from(["sum", "last", "average"]),
        "decimals": st.integers(min_value=0, max_value=2),
        "percent_decimals": st.integers(min_value=0, max_value=2),
        "targets": st.lists(st.one_of(st.none(), st.integers(1, 40000).map(Decimal)), min_size=3, max_size=3),
        "values": st.lists(  # per unit (district, ward 1, ward 2): a value (or none) per month
            st.lists(st.one_of(st.none(), amounts), min_size=12, max_size=12), min_size=3, max_size=3
        ),
        "kinds": st.lists(st.sampled_from([ValueKind.ACTUAL, ValueKind.ESTIMATE]), min_size=12, max_size=12),
    }
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(indicator_specs, min_size=1, max_size=3), day=st.integers(0, 380))
def test_generated_plans_read_the_same_in_every_skin(db, specs, day):
    as_of = date(2022, 1, 1) + timedelta(days=day)  # into the next year too: the year then closed
    with transaction.atomic():
        client = _build(specs)
        for position, unit in ((0, "GEN-D"), (1, "GEN-W1")):
            api = from_api(client, unit, "2022", as_of)
            assert len(api["lines"]) == sum(spec["targets"][position] is not None for spec in specs)
            assert from_cli(unit, "2022", as_of) == api
            want = expected(api)
            shown, counts, _children = from_dashboard(client, unit, "2022", as_of)
            assert shown == want
            # a unit with no targets of its own is shown by the units below, added up
            own = api["counts"] if api["lines"] or not api["children"] else api["children_total"]
            assert counts == {key: n for key, n in own.items() if key != "total"}
            names = {line["indicator_name"]: line["indicator"] for line in api["lines"]}
            in_xlsx = from_xlsx(download(client, unit, "2022", as_of, "xlsx"), names)
            assert {code: row[3] for code, row in in_xlsx.items()} == {code: w[3] for code, w in want.items()}
            facts = {
                fact.key: fact.figures
                for fact in facts_for(_unit(unit), parse_period("2022"), as_of)
                if fact.kind == FactKind.INDICATOR
            }
            for line in api["lines"]:
                actual = None if line["result"] is None else Decimal(line["result"]["value"])
                assert facts[line["indicator"]].get("actual") == actual
        transaction.set_rollback(True)


def _unit(code):
    from chitieu.orgunits.models import OrgUnit

    return OrgUnit.objects.get(code=code)


def _build(specs: list[dict]) -> Client:
    district = create_unit(code="GEN-D", name="Quận sinh thử", kind=UnitKind.DISTRICT)
    wards = [
        create_unit(code=f"GEN-W{n}", name=f"Phường sinh thử {n}", parent=district, kind=UnitKind.WARD)
        for n in (1, 2)
    ]
    units = [district, *wards]
    group = IndicatorGroup.objects.create(code="GEN", name="nhóm sinh thử")
    writes = []
    for n, spec in enumerate(specs):
        indicator = Indicator.objects.create(
            code=f"GEN-{n}",
            name=f"Chỉ tiêu sinh thử số {n}",
            group=group,
            unit_of_measure="người",
            direction=spec["direction"],
            time_aggregation=spec["time_aggregation"],
            decimals=spec["decimals"],
            percent_decimals=spec["percent_decimals"],
            order=n,
        )
        for unit, target in zip(units, spec["targets"], strict=True):
            if target is None:
                continue
            baseline = target + 1000 if spec["direction"] == "decrease" else None
            set_target(indicator=indicator, unit=unit, year=2022, target=target, baseline=baseline)
        for unit, target, values in zip(units, spec["targets"], spec["values"], strict=True):
            if target is None:
                continue  # a unit enters only what it is given
            writes += [
                ValueWrite(indicator, unit, f"2022M{month:02d}", value, spec["kinds"][month - 1])
                for month, value in enumerate(values, start=1)
                if value is not None
            ]
    if writes:
        record_values(writes=writes, user=None)
    admin = get_user_model().objects.create_superuser("gen-admin", "gen@example.invalid", "x-long-password-1")
    client = Client()
    client.force_login(admin)
    return client
