"""Hand-built sample reports: the article's year 2022, in Vietnamese and in English.

The figures quoted in the article are kept (21/21 chương trình, 22/23 chỉ tiêu = 95,7%, 71/70 đảng
viên = 101,43%, 1.218 đảng viên …); the amounts behind the ratios are illustrative.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from chitieu.core.numbers import Notation, format_number, format_percent
from chitieu.rendering.report import (
    BulletList,
    CellKind,
    Chart,
    Column,
    Heading,
    Letterhead,
    Paragraph,
    Report,
    Series,
    Signer,
    Table,
    TableCell,
)

ISSUED_ON = date(2022, 12, 27)


def number(value: str, text: str, decimals: int = 0) -> TableCell:
    return TableCell(text, Decimal(value), decimals, CellKind.NUMBER)


def percent(value: str, text: str, decimals: int = 2) -> TableCell:
    return TableCell(text, Decimal(value), decimals, CellKind.PERCENT)


# (name, unit, plan, actual, decimals, % of plan, status) in each language; the texts are written
# with the core's number formatting, as the report builder does.
TARGETS_VI = [
    ("Kết nạp đảng viên mới", "người", "70", "71", 0, "101.428571", "Vượt"),
    ("Tổng số đảng viên", "người", "1200", "1218", 0, "101.5", "Vượt"),
    ("Giải quyết việc làm", "lượt người", "300000", "315900", 0, "105.3", "Vượt"),
    ("Tạo việc làm mới", "người", "140000", "141260", 0, "100.9", "Vượt"),
    ("Giảm hộ nghèo", "hộ", "10000", "18420", 0, "184.2", "Vượt"),
    ("Giảm hộ cận nghèo", "hộ", "10000", "18807", 0, "188.07", "Vượt"),
    ("Tỷ lệ thất nghiệp khu vực thành thị (1)", "%", "3.5", "3.2", 1, "109.375", "Vượt"),
    ("Hồ sơ giải quyết đúng hạn", "%", "100", "98.5", 1, "98.5", "Không đạt"),
]
TARGETS_EN = [
    ("New party members admitted", "persons", "70", "71", 0, "101.428571", "Exceeded"),
    ("Party members on the roll", "persons", "1200", "1218", 0, "101.5", "Exceeded"),
    ("Jobs found for workers", "persons", "300000", "315900", 0, "105.3", "Exceeded"),
    ("New jobs created", "persons", "140000", "141260", 0, "100.9", "Exceeded"),
    ("Poor households lifted out", "households", "10000", "18420", 0, "184.2", "Exceeded"),
    ("Near-poor households lifted out", "households", "10000", "18807", 0, "188.07", "Exceeded"),
    ("Urban unemployment rate (1)", "%", "3.5", "3.2", 1, "109.375", "Exceeded"),
    ("Applications settled on time", "%", "100", "98.5", 1, "98.5", "Not met"),
]
HEADERS_VI = (
    "STT",
    "Chỉ tiêu",
    "Đơn vị tính",
    "Kế hoạch năm",
    "Thực hiện",
    "Tỷ lệ so với kế hoạch",
    "Đánh giá",
)
HEADERS_EN = ("No.", "Indicator", "Unit", "Annual plan", "Actual", "Share of plan", "Assessment")
KINDS = (CellKind.NUMBER, CellKind.TEXT, CellKind.TEXT, CellKind.NUMBER, CellKind.NUMBER, CellKind.PERCENT)
WIDTHS = (6, 40, 12, 14, 14, 14, 12)


def targets_table(vietnamese: bool, repeat: int = 1) -> Table:
    """Phụ lục 1: one row per target; ``repeat`` copies the rows (a larger unit, for timing)."""
    notation = Notation.VI if vietnamese else Notation.EN
    if vietnamese:
        rows, headers, sheet = TARGETS_VI, HEADERS_VI, "Phụ lục 1"
        title = "Phụ lục 1. Kết quả thực hiện chỉ tiêu năm 2022"
        notes = (
            "(1) Chỉ tiêu càng thấp càng tốt: tỷ lệ so với kế hoạch = kế hoạch / thực hiện × 100%.",
            "Các tỷ lệ khác: thực hiện / kế hoạch × 100%.",
        )
    else:
        rows, headers, sheet = TARGETS_EN, HEADERS_EN, "Annex 1"
        title = "Annex 1. Indicators achieved in 2022"
        notes = (
            "(1) Lower is better: share of plan = plan / actual × 100%.",
            "Other shares: actual / plan × 100%.",
        )
    columns = tuple(
        Column(header, kind, width)
        for header, kind, width in zip(headers, (*KINDS, CellKind.TEXT), WIDTHS, strict=True)
    )
    body = []
    for n in range(repeat):
        for name, unit, plan, actual, decimals, share, status in rows:
            row_number = str(len(body) + 1)
            body.append(
                (
                    number(row_number, row_number),
                    TableCell(name if repeat == 1 else f"{name} ({n + 1})"),
                    TableCell(unit),
                    number(plan, format_number(Decimal(plan), decimals, notation=notation), decimals),
                    number(actual, format_number(Decimal(actual), decimals, notation=notation), decimals),
                    percent(share, format_percent(Decimal(share), 2, notation=notation)),
                    TableCell(status, bold=status in ("Không đạt", "Not met")),
                )
            )
    return Table(title, columns, tuple(body), footnotes=notes, landscape=True, sheet_name=sheet)


def work_items_table(vietnamese: bool) -> Table:
    if vietnamese:
        columns = ("Nội dung", "Kế hoạch", "Hoàn thành", "Tỷ lệ")
        rows = [
            ("Chương trình công tác", "21", "21"),
            ("Nội dung trình UBND Thành phố", "18", "18"),
            ("Nghị quyết trình HĐND Thành phố ban hành", "3", "3"),
        ]
        title, sheet, done = (
            "Phụ lục 2. Kết quả thực hiện chương trình công tác năm 2022",
            "Phụ lục 2",
            "100,00%",
        )
    else:
        columns = ("Work item", "Planned", "Completed", "Share")
        rows = [
            ("Work programmes", "21", "21"),
            ("Matters submitted to the City People's Committee", "18", "18"),
            ("Resolutions submitted to the City People's Council", "3", "3"),
        ]
        title, sheet, done = "Annex 2. Work programme completed in 2022", "Annex 2", "100.00%"
    return Table(
        title,
        (
            Column(columns[0], CellKind.TEXT, 40),
            Column(columns[1], CellKind.NUMBER, 12),
            Column(columns[2], CellKind.NUMBER, 12),
            Column(columns[3], CellKind.PERCENT, 12),
        ),
        tuple(
            (TableCell(name), number(plan, plan), number(done_, done_), percent("100", done))
            for name, plan, done_ in rows
        ),
        sheet_name=sheet,
    )


def group_chart(vietnamese: bool) -> Chart:
    if vietnamese:
        return Chart(
            "Biểu đồ 1. Chỉ tiêu giao và chỉ tiêu đạt, vượt theo nhóm",
            ("Kinh tế - xã hội", "Xây dựng Đảng", "Chuyên môn"),
            (
                Series("Chỉ tiêu giao", (Decimal(4), Decimal(5), Decimal(14))),
                Series("Đạt và vượt", (Decimal(4), Decimal(5), Decimal(13))),
            ),
            unit="chỉ tiêu",
        )
    return Chart(
        "Chart 1. Indicators planned and met or exceeded, by group",
        ("Socio-economic", "Party building", "Professional"),
        (
            Series("Planned", (Decimal(4), Decimal(5), Decimal(14))),
            Series("Met or exceeded", (Decimal(4), Decimal(5), Decimal(13))),
        ),
        unit="indicators",
    )


def vietnamese_report(repeat: int = 1) -> Report:
    """The department's year 2022 report; ``repeat`` multiplies the rows of Phụ lục 1 (for timing)."""
    letterhead = Letterhead(
        governing_body="ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
        agency="SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
        number="Số: …/BC-SLĐTBXH",
        place="Thành phố Hồ Chí Minh",
        issued_on=ISSUED_ON,
        title="BÁO CÁO",
        subject="Kết quả thực hiện chỉ tiêu, nhiệm vụ năm 2022 và phương hướng, nhiệm vụ năm 2023",
        signer=Signer(
            position="GIÁM ĐỐC",
            name="Nguyễn Văn A",
            authority="KT.",
            authority_position="GIÁM ĐỐC",
            deputy_position="PHÓ GIÁM ĐỐC",
        ),
        recipients=("Ủy ban nhân dân Thành phố;", "Ban Giám đốc Sở;", "Lưu: VT, KHTC."),
    )
    body = (
        Heading("I. KẾT QUẢ THỰC HIỆN NĂM 2022", 1),
        Paragraph(
            "Năm 2022, Sở hoàn thành 21/21 chương trình công tác, thực hiện vượt kế hoạch 4/4 chỉ tiêu "
            "kinh tế - xã hội, tham mưu trình UBND Thành phố đạt 18/18 nội dung (đạt 100% kế hoạch năm)."
        ),
        Paragraph("Có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%."),
        Heading("1. Công tác xây dựng Đảng", 2),
        Paragraph(
            "Trong năm đã kết nạp được 71/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm, nâng tổng số "
            "đảng viên toàn Đảng bộ hiện có 1.218 đồng chí."
        ),
        Heading("2. Chỉ tiêu kinh tế - xã hội", 2),
        Heading("a) Giảm nghèo và việc làm", 3),
        BulletList(
            (
                "Giảm hộ nghèo đạt 184,2% kế hoạch năm; giảm hộ cận nghèo đạt 188,07% kế hoạch năm;",
                "Giải quyết việc làm vượt 5,3% so với chỉ tiêu năm, trong đó tạo việc làm mới đạt 100,9% "
                "kế hoạch năm.",
            )
        ),
        group_chart(vietnamese=True),
        Heading("II. HẠN CHẾ, NGUYÊN NHÂN", 1),
        Paragraph(
            "Nêu hạn chế và nguyên nhân: 1/23 chỉ tiêu không đạt kế hoạch (Hồ sơ giải quyết đúng hạn: "
            "thực hiện 98,5%, kế hoạch 100%).",
            to_write=True,
        ),
        Heading("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023", 1),
        Paragraph("Nêu phương hướng, nhiệm vụ và giải pháp trọng tâm năm 2023.", to_write=True),
    )
    return Report(
        lang="vi",
        letterhead=letterhead,
        window="Số liệu tính từ 15/12/2021 đến 14/12/2022",
        body=body,
        appendices=(
            targets_table(vietnamese=True, repeat=repeat),
            work_items_table(vietnamese=True),
        ),
        footnotes=("Số liệu trong báo cáo mẫu là số liệu minh họa.",),
        file_stem="bao-cao-2022",
        metadata={"keywords": "báo cáo, chỉ tiêu, 2022"},
    )


def english_report() -> Report:
    """The same report in English, from the same figures."""
    letterhead = Letterhead(
        governing_body="HO CHI MINH CITY PEOPLE'S COMMITTEE",
        agency="DEPARTMENT OF LABOUR, INVALIDS AND SOCIAL AFFAIRS",
        number="No.: …/BC-SLDTBXH",
        place="Ho Chi Minh City",
        issued_on=ISSUED_ON,
        title="REPORT",
        subject="Targets and tasks achieved in 2022; directions and tasks for 2023",
        signer=Signer(
            position="DIRECTOR",
            name="Nguyen Van A",
            authority="p.p.",
            authority_position="DIRECTOR",
            deputy_position="DEPUTY DIRECTOR",
        ),
        recipients=(
            "City People's Committee;",
            "Board of Directors;",
            "Archive: Office, Planning and Finance.",
        ),
        national_title="SOCIALIST REPUBLIC OF VIET NAM",
        motto="Independence - Freedom - Happiness",
    )
    body = (
        Heading("I. RESULTS IN 2022", 1),
        Paragraph(
            "In 2022 the Department completed 21/21 work programmes, exceeded 4/4 socio-economic targets "
            "and submitted 18/18 matters to the City People's Committee (100% of the annual plan)."
        ),
        Paragraph("22/23 indicators were met or exceeded, 95.7%."),
        Heading("1. Party building", 2),
        Paragraph(
            "71/70 new party members were admitted during the year, 101.43% of the annual target, "
            "bringing the party members on the roll to 1,218."
        ),
        Heading("2. Socio-economic indicators", 2),
        Heading("a) Poverty reduction and jobs", 3),
        BulletList(
            (
                "Poor households lifted out of poverty: 184.2% of the annual plan; near-poor: 188.07%;",
                "Jobs found exceeded the annual target by 5.3%; new jobs created: 100.9% of the annual plan.",
            )
        ),
        group_chart(vietnamese=False),
        Heading("II. SHORTCOMINGS AND CAUSES", 1),
        Paragraph(
            "Describe shortcomings and causes: 1/23 indicators not met (applications settled on time: "
            "98.5% against a plan of 100%).",
            to_write=True,
        ),
        Heading("III. DIRECTIONS AND TASKS FOR 2023", 1),
        Paragraph("Describe the directions, tasks and main measures for 2023.", to_write=True),
    )
    return Report(
        lang="en",
        letterhead=letterhead,
        window="Data from 15/12/2021 to 14/12/2022",
        body=body,
        appendices=(targets_table(vietnamese=False), work_items_table(vietnamese=False)),
        footnotes=("The figures in this sample report are illustrative.",),
        file_stem="report-2022",
        metadata={"keywords": "report, targets, 2022"},
    )
