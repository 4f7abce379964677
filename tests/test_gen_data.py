"""gen-data: a synthetic province, the same for the same seed, rolled up like real data."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.core import periods
from chitieu.demo.synthetic import ProvinceSpec, SyntheticDataError, build_province
from chitieu.monitoring.models import DataValue, DataValueRevision, KeptFigure
from chitieu.monitoring.scorecard import scorecard
from chitieu.orgunits.models import OrgUnit, UnitKind
from chitieu.planning.models import Indicator, IndicatorGroup, Target, TargetMilestone

pytestmark = pytest.mark.django_db

SMALL = ProvinceSpec(units=12, indicators=5, years=1, seed=7)
AS_OF = date(2022, 12, 31)


def checksum() -> str:
    """A digest of everything gen-data writes, by codes rather than ids."""
    digest = hashlib.sha256()
    queries = [
        OrgUnit.objects.order_by("code").values_list("code", "name", "kind", "parent__code", "depth"),
        Indicator.objects.order_by("code").values_list(
            "code",
            "name",
            "group__code",
            "unit_of_measure",
            "direction",
            "time_aggregation",
            "unit_aggregation",
            "numerator__code",
            "denominator__code",
            "decimals",
        ),
        Target.objects.order_by("indicator__code", "unit__code", "year").values_list(
            "indicator__code", "unit__code", "year", "target", "target_high", "baseline"
        ),
        DataValue.objects.order_by("indicator__code", "unit__code", "period_id", "kind").values_list(
            "indicator__code", "unit__code", "period_id", "kind", "value", "is_best", "version", "updated_at"
        ),
    ]
    for query in queries:
        for row in query:
            digest.update(repr(row).encode())
    return digest.hexdigest()


def flush() -> None:
    """Remove a synthetic province (children before parents, rates before their components)."""
    DataValue.objects.all().delete()
    TargetMilestone.objects.all().delete()
    Target.objects.all().delete()
    Indicator.objects.filter(unit_aggregation="ratio").delete()
    Indicator.objects.all().delete()
    IndicatorGroup.objects.all().delete()
    for depth in (2, 1, 0):
        OrgUnit.objects.filter(depth=depth).delete()


def test_the_same_seed_builds_the_same_province():
    build_province(SMALL)
    first = checksum()
    flush()
    assert not DataValue.objects.exists()
    build_province(SMALL)
    assert checksum() == first


def test_another_seed_builds_other_figures():
    build_province(SMALL)
    first = checksum()
    flush()
    build_province(ProvinceSpec(units=12, indicators=5, years=1, seed=8))
    assert checksum() != first


def test_it_builds_what_was_asked():
    province = build_province(ProvinceSpec(units=12, indicators=5, years=2, seed=1, start_year=2022))

    assert (province.units, province.districts, province.wards) == (12, 1, 10)
    assert OrgUnit.objects.count() == 12
    assert OrgUnit.objects.filter(kind=UnitKind.WARD).count() == 10
    assert Indicator.objects.count() == 5
    assert Target.objects.count() == province.targets == 12 * 5 * 2
    assert DataValue.objects.count() == province.values == 10 * 5 * 12 * 2
    assert set(DataValue.objects.values_list("unit__kind", flat=True)) == {UnitKind.WARD}
    assert not DataValue.objects.filter(is_best=False).exists()
    assert not DataValueRevision.objects.exists()  # a benchmark fixture, not entered data
    assert sorted(set(Target.objects.values_list("year", flat=True))) == [2022, 2023]
    # Written around the services, then kept figures built for it: they match the values.
    from chitieu.monitoring import aggregates

    assert aggregates.verify() == []
    assert KeptFigure.objects.filter(unit=province.city, year=2023).count() == 5 * 2


def test_a_province_of_220_units_has_a_city_20_districts_and_199_wards():
    spec = ProvinceSpec(units=220, indicators=1)
    assert (spec.district_count, spec.ward_count) == (20, 199)


def test_units_get_the_paths_create_unit_gives():
    build_province(SMALL)
    for unit in OrgUnit.objects.select_related("parent"):
        parent_path = unit.parent.path if unit.parent else "/"
        assert unit.path == f"{parent_path}{unit.pk}/"
        assert unit.depth == (unit.parent.depth + 1 if unit.parent else 0)


def test_even_a_small_province_has_flows_stocks_reductions_and_rates():
    build_province(SMALL)
    shapes = set(Indicator.objects.values_list("direction", "time_aggregation", "unit_aggregation"))
    assert shapes == {
        ("increase", "sum", "sum"),
        ("increase", "last", "sum"),
        ("decrease", "last", "sum"),
        ("at_most", "last", "ratio"),
    }
    decreasing = Target.objects.filter(indicator__direction="decrease")
    assert not decreasing.filter(baseline__isnull=True).exists()


def test_a_district_is_the_roll_up_of_its_wards():
    province = build_province(ProvinceSpec(units=12, indicators=10, seed=3))
    district = OrgUnit.objects.get(kind=UnitKind.DISTRICT)
    card = scorecard(unit=district, period=periods.year(2022), as_of=AS_OF)
    results = {line.indicator.code: line.evaluation.result for line in card.lines}
    assert len(results) == 10

    def wards_total(indicator: Indicator) -> Decimal:
        values = DataValue.objects.filter(indicator=indicator, unit__parent=district)
        return sum((value for value in values.values_list("value", flat=True)), Decimal(0))

    def wards_december(indicator: Indicator) -> Decimal:
        values = DataValue.objects.filter(indicator=indicator, unit__parent=district, period_id="2022M12")
        return sum((value for value in values.values_list("value", flat=True)), Decimal(0))

    flows = Indicator.objects.filter(time_aggregation="sum")
    assert flows.count() >= 5
    for indicator in flows:
        result = results[indicator.code]
        assert result.rolled_up
        assert result.value == wards_total(indicator)

    for rate in Indicator.objects.filter(unit_aggregation="ratio"):
        numerator, denominator = wards_december(rate.numerator), wards_december(rate.denominator)
        assert results[rate.code].value == numerator / denominator * rate.ratio_scale
    assert province.city.code == "SYN-TP"


def test_a_scorecard_costs_the_same_queries_for_5_or_20_indicators():
    build_province(ProvinceSpec(units=12, indicators=5, seed=1, prefix="FIVE"))
    build_province(ProvinceSpec(units=12, indicators=20, seed=1, prefix="TWENTY"), into_existing=True)
    counts = {}
    for prefix in ("FIVE", "TWENTY"):
        district = OrgUnit.objects.get(code=f"{prefix}-Q1")
        with CaptureQueriesContext(connection) as queries:
            card = scorecard(unit=district, period=periods.year(2022), as_of=AS_OF)
        counts[len(card.lines)] = len(queries.captured_queries)
    assert counts[5] == counts[20] <= 8


def test_it_refuses_a_database_that_already_has_units():
    build_province(SMALL)
    with pytest.raises(SyntheticDataError) as refused:
        build_province(SMALL)
    assert refused.value.code == "not_empty"
    with pytest.raises(SyntheticDataError) as refused:
        build_province(SMALL, into_existing=True)
    assert refused.value.code == "prefix_taken"
    assert OrgUnit.objects.count() == 12


def test_it_refuses_fewer_than_three_units():
    with pytest.raises(SyntheticDataError) as refused:
        build_province(ProvinceSpec(units=2, indicators=5))
    assert "ít nhất 3 đơn vị" in refused.value.message("vi")


def test_the_command_says_what_it_built_and_refuses_to_build_twice():
    out = StringIO()
    call_command("gen_data", units=12, indicators=5, seed=1, stdout=out)
    assert "12 đơn vị (1 thành phố, 1 quận, 10 phường)" in out.getvalue()
    assert "600 số liệu tháng" in out.getvalue()
    with pytest.raises(CommandError, match="--force-into-existing"):
        call_command("gen_data", units=12, indicators=5, seed=1, stdout=StringIO())
    call_command(
        "gen_data", units=12, indicators=5, seed=1, prefix="MORE", force_into_existing=True, stdout=StringIO()
    )
    assert OrgUnit.objects.count() == 24
