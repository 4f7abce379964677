"""The kept figures: maintained on every write, always what the raw values give.

A Hypothesis state machine writes, corrects and clears values of every kind, moves units in the
tree, changes how indicators add up and which way is good, sets and deletes targets, and after
every step compares the kept figures and statuses with a recomputation (``aggregates.verify``),
and the figures and counts by status a scorecard reads with those computed from the raw values.
It runs on SQLite and on PostgreSQL (the suite runs on both).
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from chitieu.core import periods
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import UnitAggregation, ValueKind
from chitieu.monitoring import aggregates
from chitieu.monitoring.columns import kept_counts, target_table
from chitieu.monitoring.figures import figures, kept_figures, year_to_date_by_month
from chitieu.monitoring.models import DataValue, KeptFigure
from chitieu.monitoring.scorecard import scorecard, scorecard_json
from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.orgunits.models import OrgUnit, UnitKind
from chitieu.orgunits.services import create_unit, move_unit
from chitieu.planning.models import Assignment, Indicator, IndicatorGroup, Target
from chitieu.planning.services import set_target

YEAR = 2022

# (code, time aggregation, unit aggregation): a flow, a stock, averages, an extreme, and a rate
# computed from a numerator and a denominator.
INDICATORS = [
    ("AG-FLOW", "sum", "sum"),
    ("AG-STOCK", "last", "sum"),
    ("AG-AVG", "average", "average"),
    ("AG-MAX", "max", "none"),
    ("AG-NUM", "sum", "sum"),
    ("AG-DEN", "sum", "sum"),
]
CHANGEABLE = ["AG-FLOW", "AG-STOCK", "AG-AVG", "AG-MAX"]
UNITS = ["AG-C", "AG-D1", "AG-D2", "AG-W1", "AG-W2", "AG-W3"]
WARDS_AND_DISTRICTS = ["AG-D1", "AG-D2", "AG-W1", "AG-W2", "AG-W3"]
PERIOD_IDS = [f"{YEAR}M{m:02d}" for m in range(1, 13)] + [str(YEAR), f"{YEAR + 1}M01", f"{YEAR}Q2"]

values = st.one_of(
    st.integers(0, 500).map(Decimal),
    st.decimals(min_value=0, max_value=1000, places=4, allow_nan=False, allow_infinity=False),
)


class KeptFiguresMachine(RuleBasedStateMachine):
    """Random writes, corrections, clears, kind changes, moves and rule changes; kept = recomputed."""

    @initialize()
    def build(self) -> None:
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        city = create_unit(code="AG-C", name="Thành phố", kind=UnitKind.CITY)
        d1 = create_unit(code="AG-D1", name="Quận 1", parent=city, kind=UnitKind.DISTRICT)
        d2 = create_unit(code="AG-D2", name="Quận 2", parent=city, kind=UnitKind.DISTRICT)
        for code, parent in (("AG-W1", d1), ("AG-W2", d1), ("AG-W3", d2)):
            create_unit(code=code, name=code, parent=parent, kind=UnitKind.WARD)
        group = IndicatorGroup.objects.create(code="AG", name="nhóm")
        made = {}
        for order, (code, over_time, over_units) in enumerate(INDICATORS):
            made[code] = Indicator.objects.create(
                code=code,
                name=code,
                group=group,
                unit_of_measure="người",
                time_aggregation=over_time,
                unit_aggregation=over_units,
                order=order,
            )
        Assignment.objects.bulk_create(
            Assignment(indicator=ind, unit=unit, year=year)
            for ind in made.values()
            for unit in OrgUnit.objects.filter(code__in=UNITS)
            for year in (YEAR, YEAR + 1)
        )
        Indicator.objects.create(
            code="AG-RATE",
            name="tỷ lệ",
            group=group,
            unit_of_measure="%",
            time_aggregation="last",
            unit_aggregation="ratio",
            numerator=made["AG-NUM"],
            denominator=made["AG-DEN"],
            order=99,
        )
        # Every unit starts with a target of every indicator, so that values written are judged.
        for ind in Indicator.objects.filter(code__startswith="AG-"):
            for where in OrgUnit.objects.filter(code__in=UNITS):
                set_target(indicator=ind, unit=where, year=YEAR, target=Decimal(100), baseline=Decimal(900))

    def teardown(self) -> None:
        if hasattr(self, "atomic"):
            transaction.set_rollback(True)
            self.atomic.__exit__(None, None, None)

    # --- steps ---

    @rule(
        indicator=st.sampled_from([code for code, *_ in INDICATORS]),
        unit=st.sampled_from(UNITS),
        period_id=st.sampled_from(PERIOD_IDS),
        kind=st.sampled_from(list(ValueKind)),
        value=st.one_of(st.none(), values),
    )
    def write(
        self, indicator: str, unit: str, period_id: str, kind: ValueKind, value: Decimal | None
    ) -> None:
        """A new value, a correction, or (None) clearing one; any kind, so the firmest one changes."""
        ind, where = Indicator.objects.get(code=indicator), OrgUnit.objects.get(code=unit)
        current = DataValue.objects.filter(
            indicator=ind, unit=where, period_id=period_id, kind=kind.rank
        ).first()
        if current is None and value is None:
            return
        record_values(
            writes=[ValueWrite(ind, where, period_id, value, kind, current.version if current else None)],
            user=None,
        )

    @rule(
        indicator=st.sampled_from(["AG-FLOW", "AG-NUM", "AG-DEN", "AG-STOCK"]),
        units=st.lists(st.sampled_from(UNITS), min_size=2, max_size=4, unique=True),
        month=st.integers(1, 12),
        value=values,
    )
    def write_batch(self, indicator: str, units: list[str], month: int, value: Decimal) -> None:
        """Several units at once (the grid, an import): one batch, one refresh."""
        ind = Indicator.objects.get(code=indicator)
        writes = []
        for code in units:
            where = OrgUnit.objects.get(code=code)
            period_id = f"{YEAR}M{month:02d}"
            current = DataValue.objects.filter(indicator=ind, unit=where, period_id=period_id, kind=1).first()
            writes.append(
                ValueWrite(ind, where, period_id, value, ValueKind.ACTUAL, current and current.version)
            )
        record_values(writes=writes, user=None)

    @rule(unit=st.sampled_from(WARDS_AND_DISTRICTS), parent=st.sampled_from(["AG-C", "AG-D1", "AG-D2", None]))
    def move(self, unit: str, parent: str | None) -> None:
        moving = OrgUnit.objects.get(code=unit)
        new_parent = OrgUnit.objects.get(code=parent) if parent else None
        if new_parent is not None and new_parent.is_within(moving):
            return  # a unit cannot go under itself
        move_unit(unit=moving, new_parent=new_parent)

    @rule(
        indicator=st.sampled_from(CHANGEABLE),
        over_time=st.sampled_from(["sum", "last", "average", "max", "min"]),
        over_units=st.sampled_from(["sum", "average", "none"]),
    )
    def change_rules(self, indicator: str, over_time: str, over_units: str) -> None:
        ind = Indicator.objects.get(code=indicator)
        ind.time_aggregation, ind.unit_aggregation = over_time, over_units
        ind.save()

    @rule(
        indicator=st.sampled_from([code for code, *_ in INDICATORS] + ["AG-RATE"]),
        unit=st.sampled_from(UNITS),
        planned=st.integers(1, 400).map(Decimal),
        baseline=st.one_of(st.none(), st.integers(401, 900).map(Decimal)),
    )
    def plan(self, indicator: str, unit: str, planned: Decimal, baseline: Decimal | None) -> None:
        """A target set or changed: the kept rows' figures stand, their verdict changes."""
        with suppress(DomainError):  # a plan this direction cannot judge is refused: nothing changes
            set_target(
                indicator=Indicator.objects.get(code=indicator),
                unit=OrgUnit.objects.get(code=unit),
                year=YEAR,
                target=planned,
                baseline=baseline,
            )

    @rule(which=st.integers(0, 100))
    def drop_plan(self, which: int) -> None:
        """One of the targets deleted: its kept rows no longer count."""
        targets = list(Target.objects.order_by("pk"))
        if targets:
            targets[which % len(targets)].delete()

    @rule(
        indicator=st.sampled_from(CHANGEABLE), direction=st.sampled_from(["increase", "decrease", "at_most"])
    )
    def change_direction(self, indicator: str, direction: str) -> None:
        ind = Indicator.objects.get(code=indicator)
        ind.direction = direction
        ind.save()

    @rule(day=st.integers(-10, 380), unit=st.sampled_from(UNITS))
    def read(self, day: int, unit: str) -> None:
        """Figures read from the kept rows are those computed from the raw values, on any day."""
        as_of = date(YEAR, 1, 1) + timedelta(days=day)
        root = OrgUnit.objects.get(code=unit)
        indicators = list(Indicator.objects.filter(code__startswith="AG-").select_related("regime"))
        kept = figures(indicators, root=root, period=periods.year(YEAR), as_of=as_of)
        raw = figures(indicators, root=root, period=periods.year(YEAR), as_of=as_of, kept=False)
        units = OrgUnit.objects.filter(path__startswith=root.path).values_list("pk", flat=True)
        for ind in indicators:
            aggregation = UnitAggregation(ind.unit_aggregation)
            for pk in units:
                assert kept.get(ind.pk, pk) == raw.get(ind.pk, pk), (ind.code, pk, as_of)
                if kept.get(ind.pk, pk) is not None and not kept.get(ind.pk, pk).rolled_up:
                    assert kept.children_result(ind.pk, pk, aggregation) == raw.children_result(
                        ind.pk, pk, aggregation
                    ), (ind.code, pk, as_of)
        # A scorecard reads only its unit's kept rows (and its children's): the same figures, and
        # the roll-up below its own unit (the one a scorecard shows beside an own figure).
        children = list(OrgUnit.objects.filter(parent=root).values_list("pk", flat=True))
        for levels, wanted in ((0, [root.pk]), (1, [root.pk, *children])):
            near = figures(indicators, root=root, period=periods.year(YEAR), as_of=as_of, levels=levels)
            for ind in indicators:
                aggregation = UnitAggregation(ind.unit_aggregation)
                for pk in wanted:
                    assert near.get(ind.pk, pk) == raw.get(ind.pk, pk), (levels, ind.code, pk, as_of)
                if near.get(ind.pk, root.pk) is not None and not near.get(ind.pk, root.pk).rolled_up:
                    assert near.children_result(ind.pk, root.pk, aggregation) == raw.children_result(
                        ind.pk, root.pk, aggregation
                    )
                if near.kept and children:
                    with pytest.raises(LookupError):  # not read: asking is a mistake, not "none"
                        near.children_result(ind.pk, children[0], aggregation)
        # The indicator page's month-by-month year to date, read once: what figures() gives per month.
        for ind in indicators:
            by_month = year_to_date_by_month(ind, root=root, year=YEAR, as_of=as_of)
            for month, result in by_month:
                each = figures([ind], root=root, period=month, as_of=as_of, year_to_date=True, kept=False)
                assert result == each.get(ind.pk, root.pk), (ind.code, month.id, as_of)
        if as_of >= date(YEAR, 12, 1):  # on or after the last month with values: the kept rows answer
            assert kept_figures(indicators, root=root, year=YEAR, as_of=as_of) is not None
        # The units below counted by status from their kept statuses, as judging their targets
        # on the figures computed from the raw values counts them.
        counted = kept_counts(year=YEAR, as_of=as_of, unit_ids=children)
        judged = target_table(
            root=root, year=YEAR, as_of=as_of, unit_ids=children, found=raw
        ).counts_by_unit()
        if counted is not None:
            assert counted == judged, as_of
        elif as_of >= date(YEAR, 12, 1):
            raise AssertionError("the kept statuses answer on or after the last month with values")

    @invariant()
    def kept_equals_recomputed(self) -> None:
        if hasattr(self, "atomic"):
            assert aggregates.verify() == []


@pytest.mark.django_db
def test_kept_figures_stay_right_through_any_sequence_of_changes():
    run_state_machine_as_test(
        KeptFiguresMachine,
        settings=settings(
            max_examples=60,
            stateful_step_count=15,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        ),
    )


def test_every_scorecard_of_the_demo_reads_the_same_from_kept_figures_as_from_the_values(demo):
    """Every unit, three years, five days (before, during and after each year): kept = raw."""
    assert aggregates.verify() == []
    days = [None, (6, 20), (12, 14), (12, 31), (1, 5)]
    cards = {}
    for unit in OrgUnit.objects.all():
        for year in (2021, 2022, 2023):
            for day in days:
                as_of = date(year, *day) if day else None
                card = scorecard(unit=unit, period=periods.year(year), as_of=as_of, with_children=True)
                cards[(unit.code, year, day)] = scorecard_json(card)
    with transaction.atomic():
        aggregates.clear_built()  # now everything is computed from the raw values
        for (code, year, day), shown in cards.items():
            unit = OrgUnit.objects.get(code=code)
            as_of = date(year, *day) if day else None
            card = scorecard(unit=unit, period=periods.year(year), as_of=as_of, with_children=True)
            assert scorecard_json(card) == shown, (code, year, day)
        transaction.set_rollback(True)


def test_a_scorecard_reads_kept_figures_when_they_hold_and_raw_values_when_not(small):
    ind, ward = small.jobs, small.ward_a
    record_values(
        writes=[ValueWrite(ind, ward, f"{YEAR}M{m:02d}", Decimal(10)) for m in (1, 2, 9)], user=None
    )
    city = small.city
    year_end = kept_figures([ind], root=city, year=YEAR, as_of=date(YEAR, 12, 31))
    assert year_end is not None and year_end.get(ind.pk, city.pk).value == 30
    # On 20 June the September value is not known yet: the kept row (which has it) does not answer.
    assert kept_figures([ind], root=city, year=YEAR, as_of=date(YEAR, 6, 20)) is None
    june = figures([ind], root=city, period=periods.year(YEAR), as_of=date(YEAR, 6, 20))
    assert june.get(ind.pk, city.pk).value == 20


def test_verify_finds_a_wrong_kept_figure_and_rebuild_repairs_it(small, capsys):
    record_values(writes=[ValueWrite(small.jobs, small.ward_a, f"{YEAR}M03", Decimal(7))], user=None)
    call_command("aggregates", "verify")
    assert "Khớp" in capsys.readouterr().out
    row = KeptFigure.objects.get(indicator=small.jobs, unit=small.district, year=YEAR, closed=False)
    row.value = "8"
    row.save()
    with pytest.raises(CommandError, match="1 kept figures differ"):
        call_command("aggregates", "verify")
    listed = capsys.readouterr().out
    assert f"unit {small.district.pk}" in listed and "kept 8" in listed and "from the values 7" in listed
    call_command("aggregates", "rebuild")
    call_command("aggregates", "verify")
    assert aggregates.verify() == []


def test_a_unit_moved_in_the_admin_takes_its_figures_along(small):
    record_values(writes=[ValueWrite(small.jobs, small.ward_a, f"{YEAR}M03", Decimal(7))], user=None)
    other = create_unit(code="OTHER-D", name="Quận khác", parent=small.city, kind=UnitKind.DISTRICT)
    move_unit(unit=small.ward_a, new_parent=other)
    found = figures([small.jobs], root=small.city, period=periods.year(YEAR), as_of=date(YEAR, 12, 31))
    assert found.get(small.jobs.pk, other.pk).value == 7
    assert found.get(small.jobs.pk, small.district.pk) is None
    assert aggregates.verify() == []


def test_a_table_of_targets_reads_each_indicator_as_its_regime_leaves_the_year(small):
    """On 20 December one indicator's year is closed (cut-off day 15) and another's still open:
    the targets read with their kept figures in one query are judged as from the raw values."""
    from chitieu.monitoring.columns import target_table
    from chitieu.planning.models import ReportingRegime, Target

    regime = ReportingRegime.objects.create(code="CUT15", name="Chốt số liệu ngày 15", cutoff_day=15)
    calendar = ReportingRegime.objects.create(code="CAL", name="Theo tháng dương lịch", cutoff_day=1)
    cut, whole = (
        small.jobs,
        Indicator.objects.create(
            code="CAL-JOBS",
            name="Việc làm (tháng dương lịch)",
            group=small.jobs.group,
            unit_of_measure="người",
        ),
    )
    cut.regime, whole.regime = regime, calendar
    cut.save()
    whole.save()
    for unit in (small.district, small.ward_a, small.ward_b):
        Target.objects.create(indicator=whole, unit=unit, year=YEAR, target=Decimal(100))
    writes = [
        ValueWrite(ind, ward, f"{YEAR}M{m:02d}", Decimal(amount))
        for ind in (cut, whole)
        for ward, amount in ((small.ward_a, 90), (small.ward_b, 8))
        for m in range(1, 13)
    ]
    record_values(writes=writes[:-1], user=None)  # ward B's December of the calendar indicator is missing
    day = date(YEAR, 12, 20)

    def read() -> dict[tuple[int, int], tuple[object, ...]]:
        table = target_table(root=small.city, year=YEAR, as_of=day)
        rows = zip(
            table.unit_ids, table.indicator_ids, table.values, table.statuses, table.percents, strict=True
        )
        return {(unit, ind): rest for unit, ind, *rest in rows}

    kept = read()
    assert len(kept) == 6
    with transaction.atomic():
        aggregates.clear_built()
        assert kept == read()  # computed from the raw values
        transaction.set_rollback(True)
    closed_ward_b, open_ward_b = kept[(small.ward_b.pk, cut.pk)], kept[(small.ward_b.pk, whole.pk)]
    assert closed_ward_b[0] == 96 and closed_ward_b[1].value == "not_met"  # closed: 8 × 12 of 1.000
    assert open_ward_b[0] == 88 and open_ward_b[1].value == "in_progress"  # open: 88 of 100 so far
