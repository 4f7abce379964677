"""The demo data: the department of the seed article, its year 2022, half of 2023 and this year.

ILLUSTRATIVE NUMBERS. The article (Sở Lao động - Thương binh và Xã hội TP.HCM, year 2022)
prints ratios, not the figures behind them. The plans and results below are invented so that
the department's 2022 scorecard reproduces every ratio of the article exactly: 21/21
programmes, 4/4 socio-economic targets exceeded, 18/18 submissions, 71/70 = 101,43%, 1.218
party members, 22/23 targets met or exceeded (95,7%; 95,6% truncated), 138,18%, 142,88%,
184,2%, 188,07%, vượt 5,3%, 100,9%. Everything else (divisions, districts, wards, 2023) is
made up to show roll-ups, pace and estimates.

This year (the year of the day the demo is loaded) is live, so that every persona has work
today: plans for the year, figures up to the last month whose report is due, this month's open,
most months approved, last month's report of the department awaiting approval, one ward's
returned with a reason, one ward's late, and work items done, overdue and still ahead.

All of it is written through the same services as real data, so it carries revisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from chitieu.core import periods as core_periods
from chitieu.core.evaluation import ValueKind
from chitieu.core.workitems import WorkItemKind
from chitieu.demo.terms import load_terms
from chitieu.monitoring import versions
from chitieu.monitoring.models import Submission, SubmissionEvent, SubmissionState
from chitieu.monitoring.services import ValueWrite, change_state, record_values, resolve_period
from chitieu.orgunits.models import OrgUnit, Role, UnitKind, UnitRole
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import (
    Indicator,
    IndicatorGroup,
    ReportingRegime,
    TargetMilestone,
    WorkItem,
)
from chitieu.planning.services import set_target

DEMO_PASSWORD = "chitieu-demo"  # noqa: S105 - demo accounts on a development machine only
CITY, DEPARTMENT = "UBND-TPHCM", "SO-LDTBXH"
D = Decimal


@dataclass(frozen=True)
class DemoIndicator:
    code: str
    name: str
    name_en: str
    group: str
    uom: str
    uom_en: str
    target_2022: Decimal
    actual_2022: Decimal
    direction: str = "increase"
    time_aggregation: str = "sum"
    decimals: int = 0
    percent_decimals: int = 2
    baseline_2022: Decimal | None = None
    target_high_2022: Decimal | None = None
    at_most_formula: str = "inverse"


# The department's 23 indicators for 2022. The comments give the article's figure each one
# reproduces; the other values are invented.
INDICATORS = [
    DemoIndicator(
        "KTXH-01",
        "Giải quyết việc làm cho người lao động",
        "Jobs found for workers",
        "KTXH",
        "người",
        "people",
        D(300000),
        D(315900),
        percent_decimals=1,
    ),  # vượt 5,3%
    DemoIndicator(
        "KTXH-02",
        "Tạo việc làm mới",
        "New jobs created",
        "KTXH",
        "người",
        "people",
        D(140000),
        D(141260),
        percent_decimals=1,
    ),  # 100,9%
    DemoIndicator(
        "KTXH-03",
        "Lao động đang làm việc được đào tạo nghề trong năm",
        "Employed workers given vocational training",
        "KTXH",
        "người",
        "people",
        D(55000),
        D(76000),
    ),  # 138,18% ("tăng 38,18% kế hoạch năm")
    DemoIndicator(
        "KTXH-04",
        "Giảm hộ nghèo (số hộ thoát nghèo)",
        "Households lifted out of poverty",
        "KTXH",
        "hộ",
        "households",
        D(5000),
        D(9210),
        percent_decimals=1,
    ),  # 184,2%
    DemoIndicator(
        "CM-01",
        "Đào tạo nghề cho lao động nông thôn",
        "Vocational training for rural workers",
        "CM",
        "người",
        "people",
        D(25000),
        D(35720),
    ),  # 142,88%
    DemoIndicator(
        "CM-02",
        "Giảm hộ cận nghèo (số hộ thoát cận nghèo)",
        "Households lifted out of near-poverty",
        "CM",
        "hộ",
        "households",
        D(3000),
        D(5642),
    ),  # 188,07%
    DemoIndicator(
        "CM-03",
        "Tỷ lệ thất nghiệp khu vực thành thị",
        "Urban unemployment rate",
        "CM",
        "%",
        "%",
        D("4.0"),
        D("3.5"),
        direction="at_most",
        time_aggregation="last",
        decimals=1,
    ),
    DemoIndicator(
        "CM-04",
        "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
        "Trained workers with a certificate",
        "CM",
        "%",
        "%",
        D("86.0"),
        D("86.5"),
        direction="at_least",
        time_aggregation="last",
        decimals=1,
    ),
    DemoIndicator(
        "CM-05",
        "Người tham gia bảo hiểm xã hội tự nguyện tăng thêm",
        "New voluntary social insurance members",
        "CM",
        "người",
        "people",
        D(10000),
        D(10000),
    ),
    DemoIndicator(
        "CM-06",
        "Tư vấn, giới thiệu việc làm",
        "Job counselling and referrals",
        "CM",
        "lượt người",
        "people",
        D(400000),
        D(412000),
    ),
    DemoIndicator(
        "CM-07",
        "Người lao động đi làm việc ở nước ngoài theo hợp đồng",
        "Workers placed abroad under contract",
        "CM",
        "người",
        "people",
        D(2500),
        D(2630),
    ),
    DemoIndicator(
        "CM-08",
        "Thanh tra, kiểm tra an toàn, vệ sinh lao động",
        "Occupational safety inspections",
        "CM",
        "cuộc",
        "inspections",
        D(300),
        D(312),
    ),
    DemoIndicator(
        "CM-09",
        "Số vụ tai nạn lao động chết người",
        "Fatal occupational accidents",
        "CM",
        "vụ",
        "accidents",
        D(110),
        D(104),
        direction="decrease",
        baseline_2022=D(120),
    ),
    DemoIndicator(
        "CM-10",
        "Tỷ lệ chi trả trợ cấp ưu đãi người có công đúng hạn",
        "Benefits for people with merit paid on time",
        "CM",
        "%",
        "%",
        D(100),
        D(100),
        direction="at_least",
        time_aggregation="last",
    ),
    DemoIndicator(
        "CM-11",
        "Hỗ trợ, chăm lo đối tượng bảo trợ xã hội",
        "Social protection beneficiaries supported",
        "CM",
        "lượt người",
        "people",
        D(50000),
        D(53400),
    ),
    DemoIndicator(
        "CM-12",
        "Tiếp nhận, hỗ trợ người cai nghiện ma túy",
        "People admitted to drug rehabilitation",
        "CM",
        "người",
        "people",
        D(3000),
        D(2760),
    ),  # the one target not met: 92%
    DemoIndicator(
        "CM-13",
        "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp",
        "Children in special circumstances given support",
        "CM",
        "%",
        "%",
        D(95),
        D("96.2"),
        direction="at_least",
        time_aggregation="last",
        decimals=1,
    ),
    DemoIndicator(
        "CM-14",
        "Xây dựng, sửa chữa nhà tình nghĩa",
        "Gratitude houses built or repaired",
        "CM",
        "căn",
        "houses",
        D(50),
        D(56),
    ),
    DemoIndicator(
        "CM-15",
        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
        "Administrative files settled on time",
        "CM",
        "%",
        "%",
        D(98),
        D("99.6"),
        direction="at_least",
        time_aggregation="last",
        decimals=1,
    ),
    DemoIndicator(
        "CM-16",
        "Ban hành Đề án phát triển thị trường lao động giai đoạn 2023 - 2025",
        "Labour market scheme 2023-2025 adopted",
        "CM",
        "đề án",
        "scheme",
        D(1),
        D(1),
        direction="yes_no",
        time_aggregation="last",
    ),
    DemoIndicator(
        "CM-17",
        "Tăng trưởng số doanh nghiệp báo cáo sử dụng lao động",
        "Growth of enterprises reporting their workforce",
        "CM",
        "%",
        "%",
        D(5),
        D("6.2"),
        direction="between",
        time_aggregation="last",
        decimals=1,
        target_high_2022=D(7),
    ),
    DemoIndicator(
        "XDD-01",
        "Kết nạp đảng viên mới",
        "New party members admitted",
        "XDD",
        "đảng viên",
        "members",
        D(70),
        D(71),
    ),  # 71/70 = 101,43%
    DemoIndicator(
        "XDD-02",
        "Tổng số đảng viên của Đảng bộ Sở",
        "Party members on the roll",
        "XDD",
        "đồng chí",
        "members",
        D(1200),
        D(1218),
        time_aggregation="last",
        baseline_2022=D(1170),
    ),  # 1.218
]

GROUPS = [
    ("KTXH", "kinh tế - xã hội", "socio-economic", 1),
    ("CM", "chuyên môn", "professional", 2),
    ("XDD", "xây dựng Đảng", "party building", 3),
]

DIVISIONS = [
    ("SO-LDTBXH-VP", "Văn phòng Sở", "Department Office"),
    ("SO-LDTBXH-VL", "Phòng Việc làm - An toàn lao động", "Employment and Occupational Safety Division"),
    ("SO-LDTBXH-BTXH", "Phòng Bảo trợ xã hội", "Social Protection Division"),
    ("SO-LDTBXH-GDNN", "Phòng Giáo dục nghề nghiệp", "Vocational Education Division"),
]

# District labour offices report to the department (the sector's line), wards to their district.
DISTRICTS = [
    (
        "PLDTBXH-Q1",
        "Phòng Lao động - Thương binh và Xã hội Quận 1",
        "District 1 Labour, Invalids and Social Affairs Office",
        "Quận 1",
        [
            ("Q1-BENNGHE", "UBND Phường Bến Nghé", "Ben Nghe Ward People's Committee"),
            ("Q1-BENTHANH", "UBND Phường Bến Thành", "Ben Thanh Ward People's Committee"),
            ("Q1-DAKAO", "UBND Phường Đa Kao", "Da Kao Ward People's Committee"),
        ],
    ),
    (
        "PLDTBXH-Q3",
        "Phòng Lao động - Thương binh và Xã hội Quận 3",
        "District 3 Labour, Invalids and Social Affairs Office",
        "Quận 3",
        [
            ("Q3-VOTHISAU", "UBND Phường Võ Thị Sáu", "Vo Thi Sau Ward People's Committee"),
            ("Q3-P09", "UBND Phường 9", "Ward 9 People's Committee"),
        ],
    ),
    (
        "PLDTBXH-GV",
        "Phòng Lao động - Thương binh và Xã hội Quận Gò Vấp",
        "Go Vap District Labour, Invalids and Social Affairs Office",
        "Quận Gò Vấp",
        [
            ("GV-P01", "UBND Phường 1", "Ward 1 People's Committee"),
            ("GV-P05", "UBND Phường 5", "Ward 5 People's Committee"),
            ("GV-P10", "UBND Phường 10", "Ward 10 People's Committee"),
        ],
    ),
]

# Month weights: work picks up through the year, as it does in these reports.
WEIGHTS = [6, 7, 8, 8, 8, 8, 8, 9, 9, 9, 10, 10]


def split_over_months(total: Decimal, weights: list[int] = WEIGHTS) -> list[Decimal]:
    """Whole-number monthly parts that add up exactly to ``total``."""
    whole = sum(weights)
    parts = [(total * w / whole).quantize(D(1), rounding="ROUND_FLOOR") for w in weights]
    parts[-1] += total - sum(parts)
    return parts


def path_to(start: Decimal, end: Decimal, months: int, decimals: int) -> list[Decimal]:
    """A stock or rate moving from ``start`` to exactly ``end`` over the months."""
    step = (end - start) / months
    quantum = D(1).scaleb(-decimals)
    values = [(start + step * (m + 1)).quantize(quantum) for m in range(months)]
    values[-1] = end.quantize(quantum)  # a count of people stays whole
    return values


def monthly_values(ind: DemoIndicator, actual: Decimal, months: int = 12) -> list[Decimal]:
    if ind.direction == "yes_no":
        return [D(0)] * 9 + [actual] * (months - 9) if months > 9 else [D(0)] * months
    if ind.time_aggregation == "sum":
        return split_over_months(actual)[:months]
    start = (
        ind.baseline_2022
        if ind.baseline_2022 is not None
        else actual - D("0.8") * (1 if ind.uom == "%" else 10)
    )
    return path_to(start, actual, 12, ind.decimals)[:months]


@transaction.atomic
def load_demo(*, stdout: object | None = None) -> dict[str, str]:
    """Create the demo units, plans, results, work items and users; return the user names."""
    if OrgUnit.objects.filter(code=CITY).exists():
        raise RuntimeError("The demo data is already loaded.")
    regime = ReportingRegime.objects.create(
        code="ND09", name="Nghị định 09/2019/NĐ-CP (chốt số liệu ngày 14)", cutoff_day=15, deadline_days=5
    )
    ReportingRegime.objects.create(code="NGAY25", name="Chốt số liệu ngày 25", cutoff_day=26, deadline_days=3)

    city = create_unit(
        code=CITY,
        name="Ủy ban nhân dân Thành phố Hồ Chí Minh",
        name_en="Ho Chi Minh City People's Committee",
        kind=UnitKind.CITY,
        place_name="Thành phố Hồ Chí Minh",
    )
    dept = create_unit(
        code=DEPARTMENT,
        name="Sở Lao động - Thương binh và Xã hội",
        name_en="Department of Labour, Invalids and Social Affairs",
        parent=city,
        kind=UnitKind.DEPARTMENT,
        place_name="Thành phố Hồ Chí Minh",
    )
    for code, name, name_en in DIVISIONS:
        create_unit(
            code=code,
            name=name,
            name_en=name_en,
            parent=dept,
            kind=UnitKind.DIVISION,
            place_name="Thành phố Hồ Chí Minh",
        )
    wards: list[OrgUnit] = []
    districts: list[OrgUnit] = []
    for code, name, name_en, place, ward_list in DISTRICTS:
        district = create_unit(
            code=code, name=name, name_en=name_en, parent=dept, kind=UnitKind.DISTRICT, place_name=place
        )
        districts.append(district)
        for ward_code, ward_name, ward_name_en in ward_list:
            wards.append(
                create_unit(
                    code=ward_code,
                    name=ward_name,
                    name_en=ward_name_en,
                    parent=district,
                    kind=UnitKind.WARD,
                    place_name=place,
                )
            )

    groups = {
        code: IndicatorGroup.objects.create(code=code, name=name, name_en=name_en, order=order)
        for code, name, name_en, order in GROUPS
    }
    indicators: dict[str, Indicator] = {}
    for order, ind in enumerate(INDICATORS, start=1):
        indicators[ind.code] = Indicator.objects.create(
            code=ind.code,
            name=ind.name,
            name_en=ind.name_en,
            group=groups[ind.group],
            unit_of_measure=ind.uom,
            unit_of_measure_en=ind.uom_en,
            direction=ind.direction,
            time_aggregation=ind.time_aggregation,
            decimals=ind.decimals,
            percent_decimals=ind.percent_decimals,
            at_most_formula=ind.at_most_formula,
            regime=regime,
            order=order,
            responsible_unit=dept,
            definition=f"Chỉ tiêu minh họa cho dữ liệu demo: {ind.name.lower()}.",
            data_source="Báo cáo định kỳ của các phòng, Phòng LĐTBXH quận và UBND phường (số liệu minh họa).",
        )
    _ward_indicators(groups, regime, indicators)

    _plans_and_results_2022(dept, indicators)
    _plans_and_results_2023(dept, indicators)
    _districts_and_wards(districts, wards, indicators)
    _work_items(dept)
    _report_settings(dept)
    accounts = _users(city, dept, districts[0], wards[0])
    today = timezone.localdate()
    if today.year - 1 > 2023:
        _live_year(dept, districts, wards, indicators, today)
    load_terms(dept, indicators, today)
    return accounts


def _report_settings(dept: OrgUnit) -> None:
    """How the department heads and signs its reports (the signer is invented)."""
    from chitieu.reporting.models import ReportSettings

    ReportSettings.objects.create(
        unit=dept,
        governing_body="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
        agency="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        governing_body_en="HO CHI MINH CITY PEOPLE'S COMMITTEE",
        agency_en="DEPARTMENT OF LABOUR, INVALIDS AND SOCIAL AFFAIRS",
        number_prefix="SLĐTBXH",
        place="Thành phố Hồ Chí Minh",
        place_en="Ho Chi Minh City",
        signer_name="Nguyễn Văn A (minh họa)",
        signer_position="PHÓ GIÁM ĐỐC",
        authority="KT.",
        head_position="GIÁM ĐỐC",
        recipients="Ủy ban nhân dân Thành phố;\nBộ Lao động - Thương binh và Xã hội;\nBan Giám đốc Sở;",
        archive="VT, VP",
    )


def _ward_indicators(
    groups: dict[str, IndicatorGroup], regime: ReportingRegime, indicators: dict[str, Indicator]
) -> None:
    """A rate rolled up the DHIS2 way: poor households / all households, never averaged."""
    common = {"group": groups["CM"], "regime": regime, "time_aggregation": "last"}
    indicators["GN-SHN"] = Indicator.objects.create(
        code="GN-SHN",
        name="Số hộ nghèo cuối kỳ",
        name_en="Poor households at period end",
        unit_of_measure="hộ",
        unit_of_measure_en="households",
        direction="decrease",
        order=101,
        **common,
    )
    indicators["GN-TSH"] = Indicator.objects.create(
        code="GN-TSH",
        name="Tổng số hộ dân",
        name_en="Households",
        unit_of_measure="hộ",
        unit_of_measure_en="households",
        direction="increase",
        order=102,
        **common,
    )
    indicators["GN-TL"] = Indicator.objects.create(
        code="GN-TL",
        name="Tỷ lệ hộ nghèo",
        name_en="Poverty rate",
        unit_of_measure="%",
        unit_of_measure_en="%",
        direction="at_most",
        unit_aggregation="ratio",
        decimals=2,
        numerator=indicators["GN-SHN"],
        denominator=indicators["GN-TSH"],
        order=103,
        **common,
    )


def _write(
    unit: OrgUnit,
    indicator: Indicator,
    values: list[Decimal],
    year: int,
    kinds: list[ValueKind] | None = None,
) -> list[ValueWrite]:
    kinds = kinds or [ValueKind.ACTUAL] * len(values)
    return [
        ValueWrite(indicator, unit, f"{year}M{m:02d}", value, kind)
        for m, (value, kind) in enumerate(zip(values, kinds, strict=True), start=1)
    ]


def _plans_and_results_2022(dept: OrgUnit, indicators: dict[str, Indicator]) -> None:
    writes: list[ValueWrite] = []
    for ind in INDICATORS:
        indicator = indicators[ind.code]
        set_target(
            indicator=indicator,
            unit=dept,
            year=2022,
            target=ind.target_2022,
            target_high=ind.target_high_2022,
            baseline=ind.baseline_2022,
        )
        writes += _write(dept, indicator, monthly_values(ind, ind.actual_2022), 2022)
    record_values(writes=writes, user=None, reason="Dữ liệu demo (minh họa)")


def _plan_after_2022(ind: DemoIndicator) -> tuple[Decimal | None, Decimal]:
    """A later year's baseline and target: 5% more for flows, the 2022 gain again for stocks."""
    if ind.direction == "decrease":
        return ind.actual_2022, ind.actual_2022 - 8
    if ind.baseline_2022 is not None:
        return ind.actual_2022, ind.actual_2022 + (ind.target_2022 - ind.baseline_2022)
    if ind.time_aggregation == "sum":
        return None, (ind.target_2022 * D("1.05")).quantize(D(1))
    return None, ind.target_2022


def _plans_and_results_2023(dept: OrgUnit, indicators: dict[str, Indicator]) -> None:
    """2023 half-way through: January to May reported, June an estimate, milestones on two targets.

    Flows are at 52% of the annual target by June (on track) or 42% (behind), in turn.
    """
    writes: list[ValueWrite] = []
    for n, ind in enumerate(INDICATORS):
        indicator = indicators[ind.code]
        baseline, target = _plan_after_2022(ind)
        t = set_target(
            indicator=indicator,
            unit=dept,
            year=2023,
            target=target,
            target_high=ind.target_high_2022,
            baseline=baseline,
        )
        if ind.code in ("KTXH-01", "KTXH-02"):
            TargetMilestone.objects.create(
                target=t, period_id="2023S1", value=(target * D("0.45")).quantize(D(1))
            )
        share = D("0.42") if n % 4 == 0 else D("0.52")
        if ind.direction == "yes_no":
            values = [D(0)] * 6
        elif ind.time_aggregation == "sum":
            half_year = (target * share).quantize(D(1))
            values = split_over_months(half_year * 2)[:6]
            values[-1] += half_year - sum(values)
        elif baseline is not None:
            values = path_to(baseline, baseline + (target - baseline) * share, 6, ind.decimals)
        else:
            values = path_to(ind.actual_2022, ind.actual_2022, 6, ind.decimals)
        kinds = [ValueKind.ACTUAL] * 5 + [ValueKind.ESTIMATE]
        writes += _write(dept, indicator, values, 2023, kinds)
    record_values(writes=writes, user=None, reason="Dữ liệu demo (minh họa)")


def _districts_and_wards(
    districts: list[OrgUnit], wards: list[OrgUnit], indicators: dict[str, Indicator]
) -> None:
    """Wards report jobs and poverty monthly; districts are rolled up from them."""
    jobs, poor, households, rate = (indicators[c] for c in ("KTXH-01", "GN-SHN", "GN-TSH", "GN-TL"))
    writes: list[ValueWrite] = []
    for year in (2022, 2023):
        months = 12 if year == 2022 else 6
        for i, ward in enumerate(wards):
            ward_jobs = D(1800 + 150 * i)
            set_target(indicator=jobs, unit=ward, year=year, target=ward_jobs)
            set_target(indicator=rate, unit=ward, year=year, target=D("1.0"))
            hh = D(6000 + 400 * i)
            start_poor = D(90 - 5 * i)
            actual_jobs = (ward_jobs * (D("1.08") if i % 3 else D("0.94"))).quantize(D(1))
            writes += _write(ward, jobs, split_over_months(actual_jobs)[:months], year)
            writes += _write(
                ward, poor, path_to(start_poor, start_poor - 30 + 5 * (i % 2), 12, 0)[:months], year
            )
            writes += _write(ward, households, [hh + 10 * m for m in range(months)], year)
        for district in districts:
            ward_count = sum(1 for w in wards if w.parent_id == district.pk)
            set_target(indicator=jobs, unit=district, year=year, target=D(2000 * ward_count))
            set_target(indicator=rate, unit=district, year=year, target=D("1.0"))
    record_values(writes=writes, user=None, reason="Dữ liệu demo (minh họa)")


def _work_items(dept: OrgUnit) -> None:
    """21 programmes, 18 submissions and 3 resolutions in 2022; 8 programmes and 3 schemes in 2023."""
    items = []
    for n in range(1, 22):
        deadline = date(2022, 3, 31) + timedelta(days=12 * n)
        late = n == 17
        items.append(
            WorkItem(
                kind=WorkItemKind.PROGRAM,
                code=f"CT-2022-{n:02d}",
                year=2022,
                lead_unit=dept,
                title=f"Chương trình công tác số {n} năm 2022 của Sở",
                deadline=deadline,
                completed_on=deadline + timedelta(days=6 if late else -3),
                source_document="Kế hoạch số 01/KH-SLĐTBXH",
                source_date=date(2022, 1, 10),
            )
        )
    for n in range(1, 19):
        deadline = date(2022, 2, 28) + timedelta(days=16 * n)
        items.append(
            WorkItem(
                kind=WorkItemKind.SUBMISSION,
                code=f"TR-2022-{n:02d}",
                year=2022,
                lead_unit=dept,
                title=f"Nội dung trình UBND Thành phố số {n} năm 2022",
                submitted_to="UBND Thành phố",
                deadline=deadline,
                completed_on=deadline - timedelta(days=2),
            )
        )
    for n in range(1, 4):
        items.append(
            WorkItem(
                kind=WorkItemKind.RESOLUTION,
                code=f"NQ-2022-{n:02d}",
                year=2022,
                lead_unit=dept,
                title=f"Dự thảo Nghị quyết số {n} trình HĐND Thành phố ban hành",
                submitted_to="HĐND Thành phố",
                deadline=date(2022, 12, 10),
                completed_on=date(2022, 12, 8),
            )
        )
    for n in range(1, 9):
        deadline = date(2023, 3, 31) + timedelta(days=30 * n)
        done = deadline <= date(2023, 6, 15) and n != 2
        items.append(
            WorkItem(
                kind=WorkItemKind.PROGRAM,
                code=f"CT-2023-{n:02d}",
                year=2023,
                lead_unit=dept,
                title=f"Chương trình {n} thực hiện Nghị quyết Đại hội Đảng bộ Sở lần thứ VIII",
                deadline=deadline,
                completed_on=deadline - timedelta(days=5) if done else None,
            )
        )
    for n in range(1, 4):
        items.append(
            WorkItem(
                kind=WorkItemKind.SCHEME,
                code=f"DA-2023-{n:02d}",
                year=2023,
                lead_unit=dept,
                title=f"Đề án {n} thực hiện Nghị quyết Đại hội Đảng bộ Sở lần thứ VIII",
                deadline=date(2023, 11, 30),
            )
        )
    WorkItem.objects.bulk_create(items)


def _users(city: OrgUnit, dept: OrgUnit, district: OrgUnit, ward: OrgUnit) -> dict[str, str]:
    """Demo accounts, one per persona; all share :data:`DEMO_PASSWORD`."""
    user_model = get_user_model()
    user_model.objects.create_superuser("admin", "admin@example.invalid", DEMO_PASSWORD)
    accounts = {"admin": "quản trị toàn hệ thống"}
    personas = [
        ("lanhdao", city, Role.VIEWER, "lãnh đạo thành phố (xem)"),
        ("so.kehoach", dept, Role.PLANNER, "chuyên viên kế hoạch của Sở"),
        ("so.baocao", dept, Role.REPORTER, "người nhập số liệu của Sở"),
        ("so.duyet", dept, Role.APPROVER, "người duyệt của Sở"),
        ("q1.baocao", district, Role.REPORTER, "người nhập số liệu Phòng LĐTBXH Quận 1"),
        ("bennghe.baocao", ward, Role.REPORTER, "người nhập số liệu UBND Phường Bến Nghé"),
    ]
    for username, unit, role, description in personas:
        user = user_model.objects.create_user(username, f"{username}@example.invalid", DEMO_PASSWORD)
        UnitRole.objects.create(user=user, unit=unit, role=role)
        accounts[username] = description
    return accounts


# --- this year, live ------------------------------------------------------------------------

RETURN_REASON = (
    "Số hộ nghèo cuối kỳ giảm so với tháng trước nhưng chưa có quyết định công nhận "
    "thoát nghèo kèm theo; đề nghị phường kiểm tra, bổ sung rồi gửi lại."
)


def _live_year(
    dept: OrgUnit,
    districts: list[OrgUnit],
    wards: list[OrgUnit],
    indicators: dict[str, Indicator],
    today: date,
) -> None:
    """This year as it stands today, and last year in full to compare it with: see the module's docstring.

    In the first days of January, when no report of this year is due yet, last year's December
    is the report in every state.
    """
    year = today.year
    collecting = core_periods.collecting_month(today)
    months = core_periods.periods_of_type(year, core_periods.PeriodType.MONTH)
    done = [m for m in months if m.start < collecting.start]  # this year's reports due before this one
    last_year = core_periods.periods_of_type(year - 1, core_periods.PeriodType.MONTH)
    last = (done or last_year)[-1]  # the report whose deadline passed last: in every state
    late = (wards[2], wards[4])  # Đa Kao and Quận 3's Phường 9: that report not sent
    _year_of_figures(dept, districts, wards, indicators, year - 1, 12, scale=D("0.95"), late=late, last=last)
    _year_of_figures(dept, districts, wards, indicators, year, len(done), late=late, last=last, begun=True)
    _live_workflow(dept, districts, wards, last_year + done, last=last, late=late)
    _live_work_items(dept, year, today)


def _year_of_figures(
    dept: OrgUnit,
    districts: list[OrgUnit],
    wards: list[OrgUnit],
    indicators: dict[str, Indicator],
    year: int,
    months: int,
    *,
    scale: Decimal = Decimal(1),
    late: tuple[OrgUnit, ...] = (),
    last: core_periods.Period | None = None,
    begun: bool = False,
) -> None:
    """A year's plans and its first ``months`` months of figures (``scale`` × this year's path).

    ``begun``: the month after them is being entered (some of the department's rates and stocks);
    the wards in ``late`` have not entered the month ``last``.
    """
    writes: list[ValueWrite] = []
    for n, ind in enumerate(INDICATORS):
        indicator = indicators[ind.code]
        baseline, target = _plan_after_2022(ind)
        if scale != 1 and ind.time_aggregation == "sum":
            target = (target * scale).quantize(D(1))
        set_target(
            indicator=indicator,
            unit=dept,
            year=year,
            target=target,
            target_high=ind.target_high_2022,
            baseline=baseline,
        )
        values = _live_values(ind, n, baseline, target)
        count = months + (1 if begun and n % 2 == 0 and ind.time_aggregation == "last" else 0)
        writes += _write(dept, indicator, values[:count], year)
    jobs, poor, households, rate = (indicators[c] for c in ("KTXH-01", "GN-SHN", "GN-TSH", "GN-TL"))
    for i, ward in enumerate(wards):
        ward_jobs = (D(1900 + 150 * i) * scale).quantize(D(1))
        set_target(indicator=jobs, unit=ward, year=year, target=ward_jobs)
        set_target(indicator=rate, unit=ward, year=year, target=D("1.0"))
        count = months - (1 if ward in late and last is not None and last.id == f"{year}M{months:02d}" else 0)
        actual_jobs = (ward_jobs * (D("1.06") if i % 3 else D("0.88"))).quantize(D(1))
        start_poor = (D(70 - 5 * i) / scale).quantize(D(1))
        writes += _write(ward, jobs, split_over_months(actual_jobs)[:count], year)
        writes += _write(ward, poor, path_to(start_poor, start_poor - 24 + 4 * (i % 2), 12, 0)[:count], year)
        writes += _write(ward, households, [D(6100 + 400 * i + 10 * m) for m in range(count)], year)
    for district in districts:
        ward_count = sum(1 for w in wards if w.parent_id == district.pk)
        set_target(indicator=jobs, unit=district, year=year, target=D(2000 * ward_count))
        set_target(indicator=rate, unit=district, year=year, target=D("1.0"))
    record_values(writes=writes, user=None, reason="Dữ liệu demo (minh họa)")


def _live_values(ind: DemoIndicator, n: int, baseline: Decimal | None, target: Decimal) -> list[Decimal]:
    """Twelve months on the way to ``target``: most on pace to meet it, one in four behind."""
    share = D("0.86") if n % 4 == 0 else D("1.04")
    if ind.direction == "yes_no":
        return [D(0)] * 11 + [D(1)]
    if ind.time_aggregation == "sum":
        return split_over_months((target * share).quantize(D(1)))
    if baseline is not None:
        return path_to(baseline, baseline + (target - baseline) * share, 12, ind.decimals)
    return path_to(ind.actual_2022, ind.actual_2022, 12, ind.decimals)


def _live_workflow(
    dept: OrgUnit,
    districts: list[OrgUnit],
    wards: list[OrgUnit],
    done: list[core_periods.Period],
    *,
    last: core_periods.Period | None,
    late: tuple[OrgUnit, ...] = (),
) -> None:
    """Reports approved up to the month before last; last month's in every state a month can be in.

    The department's last month is awaiting approval, Quận 1's too; Bến Nghé's was returned
    with a reason; Đa Kao's and Quận 3's Phường 9 are late (not sent by the deadline).
    """
    users = {u.username: u for u in get_user_model().objects.all()}
    reporter, approver = users["so.baocao"], users["so.duyet"]
    ward, q1 = wards[0], districts[0]
    units = [dept, *districts, *wards]
    # The months before the last: sent and approved, as a year of routine leaves them (written in
    # bulk: some 270 reports, the same rows the workflow service writes for each).
    routine = [month for month in done if month != last]
    for month in routine:
        resolve_period(month.id)
    Submission.objects.bulk_create(
        Submission(unit=unit, period_id=month.id, state=SubmissionState.APPROVED, updated_by=approver)
        for month in routine
        for unit in units
    )
    submissions = Submission.objects.filter(period_id__in=[m.id for m in routine], unit__in=units)
    SubmissionEvent.objects.bulk_create(
        event
        for submission in submissions
        for event in (
            SubmissionEvent(
                submission=submission,
                from_state=SubmissionState.DRAFT,
                to_state=SubmissionState.SUBMITTED,
                by=reporter,
            ),
            SubmissionEvent(
                submission=submission,
                from_state=SubmissionState.SUBMITTED,
                to_state=SubmissionState.APPROVED,
                by=approver,
            ),
        )
    )
    versions.bump()
    # The last month through the workflow service itself, in every state a report can be in.
    steps: list[tuple[OrgUnit, core_periods.Period, str, str]] = []
    for month in [last] if last in done else []:
        for unit in units:
            if unit in (dept, q1):
                steps.append((unit, month, "submit", ""))
            elif unit == ward:
                steps += [(unit, month, "submit", ""), (unit, month, "return", RETURN_REASON)]
            elif unit not in late:
                steps += [(unit, month, "submit", ""), (unit, month, "approve", "")]
    for unit, month, action, reason in steps:
        user = approver if action in ("approve", "return") else reporter
        change_state(unit=unit, period_id=month.id, action=action, user=user, reason=reason, notify=False)
    # the history as it happened: sent two days before the deadline, approved or returned the next day
    for month in done:
        sent = timezone.make_aware(
            datetime.combine(core_periods.DECREE_09.deadline(month) - timedelta(days=2), time(9, 30))
        )
        answered = sent + timedelta(days=1, hours=1)
        events = SubmissionEvent.objects.filter(submission__period_id=month.id)
        events.filter(to_state=SubmissionState.SUBMITTED).update(at=sent)
        events.exclude(to_state=SubmissionState.SUBMITTED).update(at=answered)
        reports = Submission.objects.filter(period_id=month.id)
        reports.filter(state=SubmissionState.SUBMITTED).update(updated_at=sent)
        reports.exclude(state=SubmissionState.SUBMITTED).update(updated_at=answered)


def _live_work_items(dept: OrgUnit, year: int, today: date) -> None:
    """The year's programmes: done before their deadlines, one overdue, the rest still ahead."""
    items = []
    for n in range(1, 11):
        deadline = date(year, 1, 31) + timedelta(days=33 * n)
        overdue = n == 6
        done = deadline < today and not overdue
        items.append(
            WorkItem(
                kind=WorkItemKind.PROGRAM,
                code=f"CT-{year}-{n:02d}",
                year=year,
                lead_unit=dept,
                title=f"Chương trình công tác số {n} năm {year} của Sở",
                deadline=deadline,
                completed_on=deadline - timedelta(days=4) if done else None,
                source_document=f"Kế hoạch số 01/KH-SLĐTBXH năm {year}",
                source_date=date(year, 1, 8),
            )
        )
    for n in range(1, 4):
        deadline = date(year, 4, 30) + timedelta(days=90 * n)
        items.append(
            WorkItem(
                kind=WorkItemKind.SUBMISSION,
                code=f"TR-{year}-{n:02d}",
                year=year,
                lead_unit=dept,
                title=f"Nội dung trình UBND Thành phố số {n} năm {year}",
                submitted_to="UBND Thành phố",
                deadline=deadline,
                completed_on=deadline - timedelta(days=3) if deadline < today else None,
            )
        )
    WorkItem.objects.bulk_create(items)
