"""Tỉnh tổng hợp: a synthetic province for benchmarks and load tests, the same for the same seed.

A city, its districts and their wards; indicators of every shape the evaluation handles — mostly
flows summed over the months, some stocks whose last value counts, rates rolled up from their
numerator and denominator (never summed), a few reductions from a baseline; a target for every
unit × indicator × year; and twelve monthly values per ward × indicator × year. Values exist
only at the wards, so a district's figure is always the roll-up of its wards'.

Synthetic data is a benchmark fixture, not entered data. It is inserted in bulk instead of
going through :func:`chitieu.monitoring.services.record_values`: every value is written as the
firmest of its cell (``is_best``) at version 1, of kind "thực hiện", with no
``DataValueRevision`` and no workflow, because nobody entered it and there is no history to
keep. Never load it next to real figures.

Everything random is drawn from one ``random.Random(seed)`` in a fixed order, so one seed gives
one database content (ids included, when built into an empty database).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from django.db import connection, models, transaction

from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.monitoring import aggregates
from chitieu.monitoring.models import DataValue, Period
from chitieu.orgunits.models import OrgUnit, UnitKind
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import Indicator, IndicatorGroup, Target

WARDS_PER_DISTRICT = 10
INSERT_BATCH = 50_000  # rows per executemany; PostgreSQL streams everything through one COPY
SEASON = (6, 7, 8, 8, 8, 8, 8, 9, 9, 9, 10, 10)  # work picks up through the year
RATE = Decimal("0.01")
ACTUAL = ValueKind.ACTUAL.rank


class SyntheticDataError(DomainError, ValueError):
    """A synthetic province that cannot be built as asked; nothing was written."""

    templates = {
        "not_empty": (
            "The database already has {count} units. Synthetic data is a benchmark fixture: build it in "
            "an empty database, or say explicitly that it may go next to them (--force-into-existing).",
            "Cơ sở dữ liệu đã có {count} đơn vị. Dữ liệu tổng hợp chỉ dùng để đo hiệu năng: hãy tạo trong "
            "cơ sở dữ liệu trống, hoặc ghi rõ --force-into-existing.",
        ),
        "prefix_taken": (
            "Codes starting with '{prefix}-' are already used; choose another prefix.",
            "Mã bắt đầu bằng '{prefix}-' đã được dùng; hãy chọn tiền tố khác.",
        ),
        "too_few_units": (
            "A province needs at least 3 units (a city, a district, a ward); asked for {units}.",
            "Cần ít nhất 3 đơn vị (thành phố, quận, phường); yêu cầu {units}.",
        ),
        "too_few": ("{what} must be at least 1 (got {value}).", "{what} phải từ 1 trở lên (nhận {value})."),
        "bad_years": (
            "Years {first}-{last} are outside 1900-2999.",
            "Các năm {first}-{last} nằm ngoài khoảng 1900-2999.",
        ),
    }


class Shape(StrEnum):
    """What kind of indicator a synthetic one is, and so how its numbers are made."""

    FLOW = "flow"  # tăng: summed over months and units
    REDUCTION = "reduction"  # giảm từ số gốc: a flow that should come down (accidents)
    HOUSEHOLDS = "households"  # a stock: the denominator of its block's rates
    POOR = "poor"  # a stock coming down from a baseline: the poverty rate's numerator
    INSURED = "insured"  # a stock: the coverage rate's numerator
    POVERTY_RATE = "poverty_rate"  # keep at most: poor / households, recomputed above the wards
    COVERAGE_RATE = "coverage_rate"  # keep at least: insured / households, recomputed above the wards


# direction, time aggregation, unit aggregation
RULES = {
    Shape.FLOW: ("increase", "sum", "sum"),
    Shape.REDUCTION: ("decrease", "sum", "sum"),
    Shape.HOUSEHOLDS: ("increase", "last", "sum"),
    Shape.POOR: ("decrease", "last", "sum"),
    Shape.INSURED: ("increase", "last", "sum"),
    Shape.POVERTY_RATE: ("at_most", "last", "ratio"),
    Shape.COVERAGE_RATE: ("at_least", "last", "ratio"),
}
COMPONENTS = {
    Shape.POVERTY_RATE: (Shape.POOR, Shape.HOUSEHOLDS),
    Shape.COVERAGE_RATE: (Shape.INSURED, Shape.HOUSEHOLDS),
}
STOCKS = (Shape.HOUSEHOLDS, Shape.POOR, Shape.INSURED)

GROUPS = [
    ("KT", "Kinh tế", "Economy", 1),
    ("VHXH", "Văn hóa - xã hội", "Culture and society", 2),
    ("QLNN", "Quản lý nhà nước", "State administration", 3),
]


@dataclass(frozen=True)
class Blueprint:
    """One position of the repeating block of indicators."""

    shape: Shape
    group: str
    name: str
    unit_of_measure: str
    decimals: int = 0
    level: int = 0  # a typical ward's monthly figure, for flows


# Indicators come in blocks of 20 (14 flows, 1 reduction, 3 stocks, 2 rates); the first five
# positions already hold every shape, so even a tiny province exercises them all.
BLOCK = [
    Blueprint(Shape.FLOW, "VHXH", "Giải quyết việc làm", "người", level=40),
    Blueprint(Shape.FLOW, "KT", "Vốn đầu tư thực hiện", "tỷ đồng", decimals=2, level=350),
    Blueprint(Shape.HOUSEHOLDS, "VHXH", "Tổng số hộ dân", "hộ"),
    Blueprint(Shape.POOR, "VHXH", "Số hộ nghèo", "hộ"),
    Blueprint(Shape.POVERTY_RATE, "VHXH", "Tỷ lệ hộ nghèo", "%", decimals=2),
    Blueprint(Shape.FLOW, "VHXH", "Lao động được đào tạo nghề", "người", level=25),
    Blueprint(Shape.REDUCTION, "QLNN", "Số vụ tai nạn giao thông", "vụ", level=2),
    Blueprint(Shape.FLOW, "KT", "Thu ngân sách nhà nước", "tỷ đồng", decimals=2, level=900),
    Blueprint(Shape.INSURED, "VHXH", "Số hộ tham gia bảo hiểm y tế", "hộ"),
    Blueprint(Shape.COVERAGE_RATE, "VHXH", "Tỷ lệ hộ tham gia bảo hiểm y tế", "%", decimals=2),
    Blueprint(Shape.FLOW, "QLNN", "Hồ sơ thủ tục hành chính giải quyết đúng hạn", "hồ sơ", level=300),
    Blueprint(Shape.FLOW, "VHXH", "Lượt khám, chữa bệnh", "lượt", level=800),
    Blueprint(Shape.FLOW, "VHXH", "Trẻ em được tiêm chủng đầy đủ", "trẻ", level=15),
    Blueprint(Shape.FLOW, "KT", "Doanh nghiệp thành lập mới", "doanh nghiệp", level=6),
    Blueprint(Shape.FLOW, "KT", "Nhà ở xây dựng mới", "căn", level=12),
    Blueprint(Shape.FLOW, "QLNN", "Kết nạp đảng viên mới", "đảng viên", level=2),
    Blueprint(Shape.FLOW, "QLNN", "Vụ vi phạm trật tự đô thị được xử lý", "vụ", level=20),
    Blueprint(Shape.FLOW, "KT", "Đường giao thông nông thôn được cứng hóa", "km", decimals=1, level=8),
    Blueprint(Shape.FLOW, "VHXH", "Người được trợ giúp xã hội", "lượt người", level=60),
    Blueprint(Shape.FLOW, "KT", "Diện tích cây xanh trồng mới", "m²", level=500),
]


@dataclass(frozen=True)
class ProvinceSpec:
    """What to build: sizes, years and the seed."""

    units: int
    indicators: int
    years: int = 1
    seed: int = 0
    start_year: int = 2022
    prefix: str = "SYN"

    @property
    def district_count(self) -> int:
        return max(1, round((self.units - 1) / (WARDS_PER_DISTRICT + 1)))

    @property
    def ward_count(self) -> int:
        return self.units - 1 - self.district_count

    @property
    def year_list(self) -> list[int]:
        return list(range(self.start_year, self.start_year + self.years))


@dataclass(frozen=True)
class Province:
    """What was built."""

    city: OrgUnit
    districts: int
    wards: int
    indicators: int
    targets: int
    values: int
    years: tuple[int, ...]

    @property
    def units(self) -> int:
        return 1 + self.districts + self.wards


@dataclass
class _Cell:
    """The plan of one indicator at one unit for one year, before it is written."""

    target: Decimal
    baseline: Decimal | None = None


@dataclass(frozen=True)
class _Stocks:
    """A ward's households, poor households and insured households at one moment."""

    households: int
    poor: int
    insured: int


@dataclass(frozen=True)
class _StockYear:
    """A ward's three stocks month by month through one year; they move together."""

    households: list[int]
    poor: list[int]
    insured: list[int]

    def end(self) -> _Stocks:
        return _Stocks(self.households[-1], self.poor[-1], self.insured[-1])


@transaction.atomic
def build_province(spec: ProvinceSpec, *, into_existing: bool = False) -> Province:
    """Build the synthetic province of ``spec`` in one transaction; see the module docstring."""
    _check(spec, into_existing)
    rng = random.Random(spec.seed)  # noqa: S311 - reproducible figures, not secrets
    city, districts, wards = _units(spec)
    indicators = _indicators(spec)
    levels = [blueprint.level * rng.uniform(0.5, 1.5) for _, blueprint in indicators]
    sizes = [rng.uniform(0.5, 2.0) for _ in wards]
    stocks: dict[tuple[int, int], _Stocks] = {}  # (ward, block) -> stocks at the start of the year
    targets = values = 0
    for year_index, year in enumerate(spec.year_list):
        periods = [Period.objects.for_id(f"{year}M{month:02d}") for month in range(1, 13)]
        period_ids = [period.pk for period in periods]
        entered = [_entered_at(period) for period in periods]
        growth = 1.05**year_index
        plans: dict[tuple[int, int], _Cell] = {}  # (unit id, indicator position) -> plan
        rows: list[tuple[object, ...]] = []
        for w, ward in enumerate(wards):
            this_year: dict[int, _StockYear] = {}  # block -> the ward's stocks this year
            for position, (indicator, blueprint) in enumerate(indicators):
                if blueprint.shape in STOCKS or blueprint.shape in COMPONENTS:
                    block = position // len(BLOCK)
                    if (w, block) not in stocks:
                        stocks[(w, block)] = _first_stocks(rng, sizes[w])
                    if block not in this_year:
                        this_year[block] = _stock_year(rng, stocks[(w, block)])
                    numbers, plan = _stock_figures(rng, blueprint, stocks[(w, block)], this_year[block])
                else:
                    numbers, plan = _flow_figures(rng, blueprint, levels[position] * sizes[w] * growth)
                plans[(ward.pk, position)] = plan
                rows += [
                    (indicator.pk, ward.pk, period_id, ACTUAL, number, True, 1, "", at, None)
                    for period_id, at, number in zip(period_ids, entered, numbers, strict=True)
                ]
            for block, path in this_year.items():
                stocks[(w, block)] = path.end()
            if len(rows) >= INSERT_BATCH:
                values += _insert(DataValue, VALUE_FIELDS, rows)
                rows = []
        values += _insert(DataValue, VALUE_FIELDS, rows)

        families = [(d, [w for w in wards if w.parent_id == d.pk]) for d in districts] + [(city, districts)]
        for parent, children in families:
            for position, (_, blueprint) in enumerate(indicators):
                parts = [plans[(child.pk, position)] for child in children]
                plans[(parent.pk, position)] = _parent_plan(rng, blueprint, parts)
        targets += _insert(
            Target,
            ["indicator", "unit", "year", "target", "target_high", "baseline", "note"],
            (
                (indicators[position][0].pk, unit_id, year, plan.target, None, plan.baseline, "")
                for (unit_id, position), plan in sorted(plans.items())
            ),
        )
    aggregates.rebuild(root=city)  # the values were written around the services
    return Province(
        city=city,
        districts=len(districts),
        wards=len(wards),
        indicators=len(indicators),
        targets=targets,
        values=values,
        years=tuple(spec.year_list),
    )


def _check(spec: ProvinceSpec, into_existing: bool) -> None:
    if spec.units < 3:
        raise SyntheticDataError("too_few_units", units=spec.units)
    for what, value in (("indicators", spec.indicators), ("years", spec.years)):
        if value < 1:
            raise SyntheticDataError("too_few", what=what, value=value)
    if spec.start_year < 1900 or spec.start_year + spec.years - 1 > 2999:
        raise SyntheticDataError("bad_years", first=spec.start_year, last=spec.start_year + spec.years - 1)
    existing = OrgUnit.objects.count()
    if existing and not into_existing:
        raise SyntheticDataError("not_empty", count=existing)
    prefix = f"{spec.prefix}-"
    if (
        OrgUnit.objects.filter(code__startswith=prefix).exists()
        or Indicator.objects.filter(code__startswith=prefix).exists()
        or IndicatorGroup.objects.filter(code__startswith=prefix).exists()
    ):
        raise SyntheticDataError("prefix_taken", prefix=spec.prefix)


# --- the tree and the indicators -------------------------------------------------------------


def _units(spec: ProvinceSpec) -> tuple[OrgUnit, list[OrgUnit], list[OrgUnit]]:
    """City, districts, wards, with the paths :func:`create_unit` gives, written level by level."""
    p = spec.prefix
    place = "Thành phố Tổng Hợp"
    city = create_unit(
        code=f"{p}-TP",
        name="UBND Thành phố Tổng Hợp (dữ liệu tổng hợp)",
        name_en="Synthetic City People's Committee",
        kind=UnitKind.CITY,
        place_name=place,
    )
    d_width = len(str(spec.district_count))
    districts = _children(
        city,
        UnitKind.DISTRICT,
        [
            (f"{p}-Q{d:0{d_width}d}", f"UBND Quận {d} (dữ liệu tổng hợp)", f"Quận {d}")
            for d in range(1, spec.district_count + 1)
        ],
    )
    wards: list[OrgUnit] = []
    share, extra = divmod(spec.ward_count, spec.district_count)
    for d, district in enumerate(districts):
        count = share + (1 if d < extra else 0)
        w_width = len(str(count))
        wards += _children(
            district,
            UnitKind.WARD,
            [
                (
                    f"{district.code}-P{w:0{w_width}d}",
                    f"UBND Phường {w}, Quận {d + 1} (dữ liệu tổng hợp)",
                    f"Quận {d + 1}",
                )
                for w in range(1, count + 1)
            ],
        )
    return city, districts, wards


def _children(parent: OrgUnit, kind: str, specs: list[tuple[str, str, str]]) -> list[OrgUnit]:
    units = OrgUnit.objects.bulk_create(
        [
            OrgUnit(code=code, name=name, parent=parent, kind=kind, place_name=place)
            for code, name, place in specs
        ]
    )
    for unit in units:  # the path needs the id, which exists only once the row does
        unit.path = f"{parent.path}{unit.pk}/"
        unit.depth = parent.depth + 1
    OrgUnit.objects.bulk_update(units, ["path", "depth"], batch_size=500)
    return units


def _indicators(spec: ProvinceSpec) -> list[tuple[Indicator, Blueprint]]:
    """The indicators in display order; rates are written after the stocks they divide."""
    groups = {
        code: IndicatorGroup.objects.create(
            code=f"{spec.prefix}-{code}", name=name, name_en=name_en, order=order
        )
        for code, name, name_en, order in GROUPS
    }
    blueprints = [BLOCK[n % len(BLOCK)] for n in range(spec.indicators)]
    made: dict[int, Indicator] = {}
    for ratio_pass in (False, True):
        batch = {}
        for n, blueprint in enumerate(blueprints):
            if (blueprint.shape in COMPONENTS) != ratio_pass:
                continue
            direction, over_time, over_units = RULES[blueprint.shape]
            numerator = denominator = None
            if ratio_pass:
                block_start = n - n % len(BLOCK)
                numerator, denominator = (
                    made[block_start + _position(shape)] for shape in COMPONENTS[blueprint.shape]
                )
            batch[n] = Indicator(
                code=f"{spec.prefix}-CT{n + 1:04d}",
                name=f"{blueprint.name} (chỉ tiêu tổng hợp {n + 1})",
                group=groups[blueprint.group],
                unit_of_measure=blueprint.unit_of_measure,
                direction=direction,
                time_aggregation=over_time,
                unit_aggregation=over_units,
                numerator=numerator,
                denominator=denominator,
                decimals=blueprint.decimals,
                order=n + 1,
                definition="Chỉ tiêu tổng hợp để đo hiệu năng (synthetic benchmark indicator).",
            )
        Indicator.objects.bulk_create(batch.values())
        made.update(batch)
    return [(made[n], blueprint) for n, blueprint in enumerate(blueprints)]


def _position(shape: Shape) -> int:
    return next(n for n, blueprint in enumerate(BLOCK) if blueprint.shape == shape)


# --- the numbers -----------------------------------------------------------------------------


def _scaled(number: float, decimals: int) -> Decimal:
    """A float rounded to ``decimals`` places, as an exact Decimal."""
    return Decimal(round(number * 10**decimals)).scaleb(-decimals)


def _flow_figures(rng: random.Random, blueprint: Blueprint, level: float) -> tuple[list[Decimal], _Cell]:
    """Twelve monthly figures of a flow at one ward, and the ward's plan for the year."""
    weight = sum(SEASON) / 12
    numbers = [_scaled(level * s / weight * rng.uniform(0.7, 1.3), blueprint.decimals) for s in SEASON]
    expected = level * 12
    if blueprint.shape == Shape.REDUCTION:
        baseline = max(1, round(expected * rng.uniform(1.05, 1.3)))
        target = min(baseline - 1, round(baseline * rng.uniform(0.8, 0.95)))
        return numbers, _Cell(target=Decimal(target), baseline=Decimal(baseline))
    target = _scaled(expected * rng.uniform(0.85, 1.15), blueprint.decimals)
    return numbers, _Cell(target=max(target, Decimal(1)))


def _first_stocks(rng: random.Random, size: float) -> _Stocks:
    households = round(size * rng.uniform(1500, 3000))
    return _Stocks(
        households=households,
        poor=max(10, round(households * rng.uniform(0.01, 0.05))),
        insured=round(households * rng.uniform(0.80, 0.93)),
    )


def _stock_year(rng: random.Random, start: _Stocks) -> _StockYear:
    new_households = rng.randint(0, 8)
    lifted = start.poor * rng.uniform(0.05, 0.35)
    newly_insured = rng.randint(0, 6)
    households = [start.households + new_households * (m + 1) for m in range(12)]
    poor = [max(0, start.poor - round(lifted * (m + 1) / 12)) for m in range(12)]
    insured = [min(h, start.insured + newly_insured * (m + 1)) for m, h in enumerate(households)]
    return _StockYear(households, poor, insured)


def _stock_figures(
    rng: random.Random, blueprint: Blueprint, start: _Stocks, year: _StockYear
) -> tuple[list[Decimal], _Cell]:
    """The months of a stock or rate at one ward, and the ward's plan for the year.

    A ward reports the rates it computed from its own stocks; above the wards the evaluation
    recomputes them from the summed stocks.
    """
    match blueprint.shape:
        case Shape.HOUSEHOLDS:
            growth = year.households[-1] - start.households
            target = start.households + max(1, round(growth * rng.uniform(0.7, 1.3)))
            return _decimals(year.households), _Cell(Decimal(target), Decimal(start.households))
        case Shape.POOR:
            target = min(start.poor - 1, round(start.poor * rng.uniform(0.7, 0.9)))
            return _decimals(year.poor), _Cell(Decimal(max(target, 0)), Decimal(start.poor))
        case Shape.INSURED:
            target = min(year.households[-1], round(start.insured * rng.uniform(1.0, 1.06)))
            return _decimals(year.insured), _Cell(Decimal(max(target, 1)), Decimal(start.insured))
        case Shape.POVERTY_RATE:
            rates = [_rate(p, h) for p, h in zip(year.poor, year.households, strict=True)]
            start_rate = start.poor / start.households * 100
            return rates, _Cell(_scaled(start_rate * rng.uniform(0.7, 1.0), 2))
        case Shape.COVERAGE_RATE:
            rates = [_rate(i, h) for i, h in zip(year.insured, year.households, strict=True)]
            start_rate = start.insured / start.households * 100
            return rates, _Cell(min(_scaled(start_rate * rng.uniform(1.0, 1.04), 2), Decimal(100)))
    raise AssertionError(blueprint.shape)  # pragma: no cover


def _decimals(numbers: list[int]) -> list[Decimal]:
    return [Decimal(n) for n in numbers]


def _rate(part: int, whole: int) -> Decimal:
    return (Decimal(part) * 100 / Decimal(whole)).quantize(RATE, rounding=ROUND_HALF_UP)


def _parent_plan(rng: random.Random, blueprint: Blueprint, parts: Sequence[_Cell]) -> _Cell:
    """A parent's own plan, made from its children's.

    A stock's is their sum; a flow's is near their sum but deliberately not equal to it (a parent's
    target may differ from its children's); a rate's is near their mean.
    """
    if blueprint.shape in COMPONENTS:
        mean = sum(part.target for part in parts) / len(parts)
        target = _scaled(float(mean) * rng.uniform(0.97, 1.03), 2)
        return _Cell(min(target, Decimal(100)) if blueprint.shape == Shape.COVERAGE_RATE else target)
    total = sum((part.target for part in parts), Decimal(0))
    if (
        blueprint.shape in STOCKS
    ):  # a stock's plan is the sum of its wards': households are counted, not chosen
        target = total
    else:
        target = max(_scaled(float(total) * rng.uniform(0.95, 1.05), blueprint.decimals), Decimal(1))
    if parts[0].baseline is None:
        return _Cell(target)
    baseline = sum((part.baseline or Decimal(0) for part in parts), Decimal(0))
    if RULES[blueprint.shape][0] == "decrease":
        target = max(min(target, baseline - 1), Decimal(0))
    return _Cell(target, baseline)


def _entered_at(period: Period) -> object:
    """A fixed entry time (the 10th of the next month), so that two builds are identical."""
    day = datetime(period.end.year, period.end.month, 10, 2, 0, tzinfo=UTC)
    return connection.ops.adapt_datetimefield_value(day)


# --- bulk insertion --------------------------------------------------------------------------

VALUE_FIELDS = [
    "indicator",
    "unit",
    "period",
    "kind",
    "value",
    "is_best",
    "version",
    "comment",
    "updated_at",
    "updated_by",
]


def _insert(model: type[models.Model], fields: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Insert plain rows: one COPY on PostgreSQL, executemany in large batches elsewhere."""
    ops, meta = connection.ops, model._meta
    table = ops.quote_name(meta.db_table)
    columns = ", ".join(ops.quote_name(meta.get_field(name).column) for name in fields)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    count += 1
            return count
        sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
        for batch in _batches(rows, INSERT_BATCH):
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


def _batches(rows: Iterable[Sequence[object]], size: int) -> Iterator[list[Sequence[object]]]:
    batch: list[Sequence[object]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
