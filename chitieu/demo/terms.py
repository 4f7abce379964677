"""The demo's terms: the department's 2020–2025 term and the 2025–2030 term it is in now.

ILLUSTRATIVE NUMBERS. The seed article closes with "Năm 2023, là năm thứ ba thực hiện Nghị quyết
Đại hội Đảng bộ Sở … lần thứ VIII, nhiệm kỳ 2020 - 2025 … các nhiệm vụ, chỉ tiêu 3 đề án, 8
chương trình triển khai thực hiện Nghị quyết". The resolution's targets are not in the article:
the term targets below, the years 2020, 2021 and 2024 (entered as official year figures) and the
2025–2030 term are invented so that every part of the term pages has something to show.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chitieu.core.evaluation import ValueKind
from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import (
    Assignment,
    Indicator,
    Programme,
    Target,
    Term,
    TermMilestone,
    TermTarget,
    WorkItem,
)

D = Decimal

# indicator: (measure, term target 2020–2025, baseline or None, (2020, 2021, 2024 figures))
TERM_2020 = {
    "KTXH-01": ("cumulative", D(1_500_000), None, (D(262_000), D(248_500), D(318_400))),
    "KTXH-02": ("cumulative", D(700_000), None, (D(121_000), D(118_300), D(143_900))),
    "KTXH-04": ("cumulative", D(25_000), None, (D(4_100), D(4_650), D(5_380))),
    "CM-01": ("cumulative", D(125_000), None, (D(21_000), D(19_800), D(26_100))),
    "CM-03": ("end", D(4), None, (D("4.6"), D("4.9"), D("3.4"))),
    "CM-04": ("end", D(89), D("84.5"), (D("84.5"), D("85.2"), D("87.4"))),
    "CM-09": ("end", D(100), D(125), (D(125), D(118), D(101))),
    "XDD-01": ("cumulative", D(350), None, (D(66), D(64), D(72))),
    "XDD-02": ("end", D(1_300), D(1_150), (D(1_150), D(1_166), D(1_246))),
}
CONGRESS = "Nghị quyết Đại hội Đảng bộ Sở Lao động - Thương binh và Xã hội Thành phố"
RESOLUTION_2020 = f"{CONGRESS} lần thứ VIII, nhiệm kỳ 2020 - 2025"
RESOLUTION_2025 = f"{CONGRESS} lần thứ IX, nhiệm kỳ 2025 - 2030"
CONGRESS_EN = "Resolution of the Congress of the Party Committee of the City's Department of Labour"
RESOLUTION_2020_EN = f"{CONGRESS_EN}, 8th congress, 2020 - 2025"
RESOLUTION_2025_EN = f"{CONGRESS_EN}, 9th congress, 2025 - 2030"
PROJECTS_2023 = (  # (Vietnamese, English)
    (
        "Đề án phát triển thị trường lao động Thành phố giai đoạn 2021 - 2025",
        "City labour market 2021 - 2025",
    ),
    (
        "Đề án nâng cao chất lượng giáo dục nghề nghiệp giai đoạn 2021 - 2025",
        "Better vocational education 2021 - 2025",
    ),
    ("Đề án giảm nghèo bền vững giai đoạn 2021 - 2025", "Lasting poverty reduction 2021 - 2025"),
)
PROGRAMMES_2023 = (
    ("Chương trình giải quyết việc làm", "Jobs programme"),
    ("Chương trình giảm nghèo bền vững", "Lasting poverty reduction programme"),
    ("Chương trình đào tạo nghề cho lao động nông thôn", "Vocational training for rural workers programme"),
    ("Chương trình chăm lo người có công", "Programme for people with meritorious services"),
    ("Chương trình bảo vệ, chăm sóc trẻ em", "Child protection and care programme"),
    ("Chương trình phòng, chống tệ nạn xã hội", "Programme against social evils"),
    ("Chương trình an toàn, vệ sinh lao động", "Occupational safety and health programme"),
    ("Chương trình cải cách hành chính", "Administrative reform programme"),
)
PROGRAMME_INDICATORS = {  # which year targets a programme carries (by the programme's place in the list)
    0: ("KTXH-01", "KTXH-02"),
    1: ("KTXH-04", "CM-02"),
    2: ("CM-01",),
    3: ("CM-10",),
    4: ("CM-13",),
    5: ("CM-12",),
    6: ("CM-08", "CM-09"),
    7: ("CM-15",),
}


def load_terms(dept: OrgUnit, indicators: dict[str, Indicator], today: date) -> None:
    """Both terms of the department, their targets, programmes and projects, and the missing years."""
    _year_figures(dept, indicators)
    old = Term.objects.create(
        unit=dept,
        start_year=2020,
        end_year=2025,
        resolution_name=RESOLUTION_2020,
        resolution_name_en=RESOLUTION_2020_EN,
        resolution_number="01-NQ/ĐH",
        resolution_date=date(2020, 7, 15),
        note="Số liệu minh họa.",
    )
    for order, (code, (measure, target, baseline, _years)) in enumerate(TERM_2020.items(), start=1):
        term_target = TermTarget.objects.create(
            term=old,
            indicator=indicators[code],
            measure=measure,
            target=target,
            baseline=baseline,
            order=order,
        )
        if code == "KTXH-01":  # a path set year by year, the rest a straight line
            for year, value in ((2021, 270_000), (2022, 570_000), (2023, 880_000), (2024, 1_190_000)):
                TermMilestone.objects.create(term_target=term_target, year=year, value=D(value))
        Target.objects.filter(
            unit=dept, indicator=indicators[code], year__in=(2021, 2022, 2023, 2024, 2025)
        ).update(term_target=term_target)
    _programmes_2023(dept, old, indicators)
    if today.year > 2025:
        _term_2025(dept, indicators, today)


def _year_figures(dept: OrgUnit, indicators: dict[str, Indicator]) -> None:
    """2020, 2021 and 2024 as official year figures (the demo has months of 2022, 2023 and the live years)."""
    Assignment.objects.bulk_create(
        Assignment(
            indicator=indicators[code], unit=dept, year=year, note="Số liệu năm của nhiệm kỳ (minh họa)"
        )
        for code in TERM_2020
        for year in (2020, 2021, 2024)
    )
    writes = [
        ValueWrite(indicators[code], dept, str(year), value, ValueKind.OFFICIAL)
        for code, (_measure, _target, _baseline, figures) in TERM_2020.items()
        for year, value in zip((2020, 2021, 2024), figures, strict=True)
    ]
    record_values(writes=writes, user=None, reason="Dữ liệu demo (minh họa): số liệu năm của nhiệm kỳ")


def _programmes_2023(dept: OrgUnit, term: Term, indicators: dict[str, Indicator]) -> None:
    """The 3 đề án and 8 chương trình of 2023, with the year's targets and work items they carry."""
    projects = list(WorkItem.objects.filter(lead_unit=dept, year=2023, kind="scheme").order_by("code"))
    programmes = list(WorkItem.objects.filter(lead_unit=dept, year=2023, kind="program").order_by("code"))
    for n, (title, title_en) in enumerate(PROJECTS_2023):
        project = Programme.objects.create(
            kind="project",
            number=f"{n + 1:02d}/ĐA-SLĐTBXH",
            title=title,
            title_en=title_en,
            owner=dept,
            term=term,
            start_year=2021,
            end_year=2025,
        )
        if n < len(projects):
            project.work_items.add(projects[n])
    for n, (title, title_en) in enumerate(PROGRAMMES_2023):
        programme = Programme.objects.create(
            kind="programme",
            number=f"{n + 1:02d}-CTr/ĐU",
            title=f"{title} thực hiện Nghị quyết Đại hội Đảng bộ Sở lần thứ VIII",
            title_en=f"{title_en} under the resolution of the 8th congress",
            owner=dept,
            term=term,
            start_year=2021,
            end_year=2025,
        )
        codes = PROGRAMME_INDICATORS[n]
        programme.targets.add(
            *Target.objects.filter(unit=dept, year=2023, indicator__in=[indicators[c] for c in codes])
        )
        if n < len(programmes):
            programme.work_items.add(programmes[n])


def _term_2025(dept: OrgUnit, indicators: dict[str, Indicator], today: date) -> None:
    """The term the department is in now: 2025 is where it starts, this year is one of its years."""
    term = Term.objects.create(
        unit=dept,
        start_year=2025,
        end_year=2030,
        resolution_name=RESOLUTION_2025,
        resolution_name_en=RESOLUTION_2025_EN,
        resolution_number="01-NQ/ĐH",
        resolution_date=date(2025, 6, 20),
        note="Số liệu minh họa.",
    )
    scale = {"cumulative": D("5.2"), "end": D(1)}
    for order, (code, (measure, _target, _old, _years)) in enumerate(TERM_2020.items(), start=1):
        baseline = None  # the level of 2025, the congress year
        this_year = Target.objects.filter(unit=dept, indicator=indicators[code], year=today.year).first()
        if this_year is None or this_year.target is None:
            continue
        if measure == "cumulative":
            goal = (this_year.target * scale[measure]).quantize(
                D(1000) if this_year.target > 10_000 else D(1)
            )
        elif code == "CM-03":
            goal = D("3.5")
        elif code == "CM-09":
            goal, baseline = D(85), D(104)
        else:
            goal = this_year.target + (this_year.target - (this_year.baseline or this_year.target)) * 3
        term_target = TermTarget.objects.create(
            term=term,
            indicator=indicators[code],
            measure=measure,
            target=goal,
            baseline=baseline,
            order=order,
        )
        Target.objects.filter(unit=dept, indicator=indicators[code], year=today.year).update(
            term_target=term_target
        )
    programme = Programme.objects.create(
        kind="programme",
        number="01-CTr/ĐU",
        title="Chương trình giải quyết việc làm, phát triển thị trường lao động giai đoạn 2025 - 2030",
        title_en="Jobs and labour market programme 2025 - 2030",
        owner=dept,
        term=term,
        start_year=2025,
        end_year=2030,
    )
    programme.targets.add(
        *Target.objects.filter(
            unit=dept, year=today.year, indicator__in=[indicators["KTXH-01"], indicators["KTXH-02"]]
        )
    )
    Programme.objects.create(
        kind="project",
        number="01/ĐA-SLĐTBXH",
        title="Đề án giảm nghèo đa chiều, bền vững giai đoạn 2025 - 2030",
        title_en="Lasting multidimensional poverty reduction 2025 - 2030",
        owner=dept,
        term=term,
        start_year=2026,
        end_year=2030,
    ).targets.add(*Target.objects.filter(unit=dept, year=today.year, indicator=indicators["KTXH-04"]))
