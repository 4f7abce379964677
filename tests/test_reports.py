"""The official report, written from the demo data, read back from every format."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from chitieu.checker import check_text
from chitieu.checker.model import Verdict
from chitieu.core.periods import parse_period
from chitieu.orgunits.models import OrgUnit
from chitieu.orgunits.services import create_unit
from chitieu.rendering.renderers import RENDERERS
from chitieu.rendering.report import BulletList, Heading, Paragraph, Table
from chitieu.reporting.build import build_report

pytestmark = pytest.mark.django_db
AS_OF = date(2022, 12, 14)
ISSUED = date(2022, 12, 27)

ARTICLE_FIGURES = [
    "hoàn thành 21/21 chương trình công tác",
    "tham mưu trình UBND Thành phố đạt 18/18 nội dung (đạt 100% kế hoạch năm)",
    "ban hành 3 nghị quyết",
    "22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%",
    "vượt kế hoạch 4/4 chỉ tiêu kinh tế - xã hội",
    "71/70 đảng viên, đạt 101,43% kế hoạch năm",
    "1.218",
    "đạt 138,18% kế hoạch năm",
    "đạt 142,88% kế hoạch năm",
    "đạt 184,2% kế hoạch năm",
    "đạt 188,07% kế hoạch năm",
    "vượt 5,3% so với chỉ tiêu năm",
    "đạt 100,9% kế hoạch năm",
]


def department_report(lang: str = "vi", period: str = "2022"):
    unit = OrgUnit.objects.get(code="SO-LDTBXH")
    return build_report(unit=unit, period=parse_period(period), lang=lang, as_of=AS_OF, issued_on=ISSUED)


def sentences(report) -> list[str]:
    texts = []
    for block in report.body:
        if isinstance(block, Paragraph):
            texts.append(block.text)
        elif isinstance(block, BulletList):
            texts.extend(block.items)
    return texts


def docx_text(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_the_word_report_has_the_decree_30_form_and_every_figure_of_the_article(demo):
    text = docx_text(RENDERERS["docx"](department_report()))
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thành phố Hồ Chí Minh, ngày 27 tháng 12 năm 2022",
        "BÁO CÁO",
        "Số liệu tính từ 15/12/2021 đến 14/12/2022",
        "/BC-SLĐTBXH",
        "KT. GIÁM ĐỐC",
        "Nơi nhận:",
    ]:
        assert expected in text, expected
    body = " ".join(text.split())
    for figure in ARTICLE_FIGURES:
        assert figure in body, figure
    assert body.index("21/21") < body.index("22/23") < body.index("184,2%")


def test_the_pdf_holds_the_same_sentences_with_their_diacritics(demo):
    reader = PdfReader(io.BytesIO(RENDERERS["pdf"](department_report())))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for figure in ARTICLE_FIGURES:
        assert figure in text, figure
    assert "Độc lập - Tự do - Hạnh phúc" in text
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1  # A4


def test_the_spreadsheet_appendix_holds_numbers(demo):
    book = load_workbook(io.BytesIO(RENDERERS["xlsx"](department_report())))
    sheet = book["Chỉ tiêu"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    party = next(row for row in rows if "Kết nạp đảng viên mới" in row)
    numbers = [v for v in party if isinstance(v, (int, float, Decimal))]
    assert 70 in numbers and 71 in numbers
    assert not any(isinstance(v, str) and v.startswith("=") for row in rows for v in row)


def test_the_report_reads_consistent_to_the_claim_checker(demo):
    text = "\n".join(sentences(department_report()))
    report = check_text(text)
    assert report.coverage.claims_checked >= 10
    wrong = [c for c in report.claims if c.verdict in (Verdict.INCONSISTENT, Verdict.WORDING_CONTRADICTION)]
    assert wrong == []


VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
DOCUMENT_NUMBER = re.compile(r"\S+/\S+")  # "01-CTr/ĐU": an identifier, the same in every language


def vietnamese_left(texts: list[str]) -> list[str]:
    return [s for s in texts if VIETNAMESE_LETTERS.search(DOCUMENT_NUMBER.sub("", s))]


def test_the_english_report_has_no_vietnamese_left_in_its_sentences(demo):
    report = department_report("en")
    leftovers = vietnamese_left(sentences(report))
    assert leftovers == []
    assert "22/23 targets met or exceeded (95.7%)" in " ".join(sentences(report))


def test_a_nine_month_report_shows_the_period_and_the_year_to_date(demo):
    report = build_report(
        unit=OrgUnit.objects.get(code="SO-LDTBXH"),
        period=parse_period("2022N9"),
        lang="vi",
        as_of=date(2022, 9, 14),
        issued_on=date(2022, 9, 20),
    )
    assert report.window == "Số liệu tính từ 15/12/2021 đến 14/09/2022"
    table = report.appendices[0]
    jobs = next(row for row in table.rows if row[1].text == "Giải quyết việc làm cho người lao động")
    assert jobs[4].value == jobs[5].value  # 9 months from January: this period is the year to date
    assert jobs[8].text == "đang thực hiện"


def test_a_unit_with_no_data_gets_a_plain_report(demo):
    empty = create_unit(code="EMPTY", name="Phòng mới", parent=OrgUnit.objects.get(code="SO-LDTBXH"))
    report = build_report(unit=empty, period=parse_period("2022"), lang="vi", as_of=AS_OF, issued_on=ISSUED)
    assert "Chưa có chỉ tiêu, nhiệm vụ hay số liệu nào" in " ".join(sentences(report))
    for render in RENDERERS.values():
        assert render(report)


def _data_checksum() -> str:
    digest = hashlib.sha256()
    with connection.cursor() as cursor:
        for table in (
            "monitoring_datavalue",
            "monitoring_datavaluerevision",
            "planning_target",
            "planning_workitem",
        ):
            cursor.execute(f"SELECT * FROM {table} ORDER BY id")
            digest.update(repr(cursor.fetchall()).encode())
    return digest.hexdigest()


def test_generating_a_report_changes_no_data(demo, tmp_path):
    before = _data_checksum()
    for fmt in ("docx", "xlsx", "html"):
        call_command("report", unit="SO-LDTBXH", period="2022", format=fmt, out=str(tmp_path / f"r.{fmt}"))
    assert _data_checksum() == before
    assert (tmp_path / "r.docx").stat().st_size > 10_000


def test_the_download_is_scoped_to_the_users_units(demo, client):
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    client.force_login(users.get(username="bennghe.baocao"))
    assert client.get("/reports/SO-LDTBXH/2022.docx").status_code == 404
    assert client.get("/reports/Q1-BENNGHE/2022.html").status_code == 200
    client.force_login(users.get(username="so.duyet"))
    response = client.get("/reports/SO-LDTBXH/2022.xlsx?lang=en")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert client.get("/reports/SO-LDTBXH/2022M13.docx").status_code == 404


def test_the_download_needs_a_login(demo, client):
    response = client.get("/reports/SO-LDTBXH/2022.docx")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_citys_report_adds_up_its_departments(demo):
    city = OrgUnit.objects.get(code="UBND-TPHCM")
    report = build_report(unit=city, period=parse_period("2022"), lang="vi", as_of=AS_OF, issued_on=ISSUED)
    text = " ".join(sentences(report))
    assert "Các đơn vị trực thuộc có tổng cộng 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%." in text
    assert "Sở Lao động - Thương binh và Xã hội: 22/23 chỉ tiêu đạt và vượt kế hoạch" in text
    headings = [block.text for block in report.body if isinstance(block, Heading)]
    assert "1. Kết quả thực hiện chỉ tiêu của các đơn vị trực thuộc" in headings  # numbered as they come
    (annex,) = [item for item in report.appendices if isinstance(item, Table)]
    assert annex.title.startswith("Phụ lục 1. Kết quả thực hiện chỉ tiêu của các đơn vị trực thuộc")
    assert [cell.text for cell in annex.rows[-1]][1:4] == ["Tổng cộng", "23", "14"]


def test_the_checker_agrees_with_the_units_below_a_report_adds_up(demo):
    from chitieu.checker.matching import DataVerdict
    from chitieu.verification.checks import check_report

    city = OrgUnit.objects.get(code="UBND-TPHCM")
    report = build_report(unit=city, period=parse_period("2022"), lang="vi", as_of=AS_OF, issued_on=ISSUED)
    text = "\n".join(sentences(report))
    check = check_report(text, unit=city, period_id="2022", as_of=AS_OF)
    verdicts = [match.verdict for match in check.matches]
    assert verdicts.count(DataVerdict.AGREE) >= 2  # the total of the units below, and the department's
    assert DataVerdict.DISAGREE not in verdicts


@pytest.mark.django_db
def test_a_report_file_is_written_once_per_data_version_and_never_outlives_a_change(small):
    """Asked for twice, the same file is handed out (a PDF takes seconds); after a write, a new one."""
    from chitieu.monitoring.services import record_value
    from chitieu.reporting.build import report_file

    def html_of() -> str:
        found = report_file(
            unit=small.district, period=parse_period("2022"), format_name="html", as_of=date(2022, 12, 31)
        )
        return found.content.decode()

    first = html_of()
    assert (
        report_file(
            unit=small.district, period=parse_period("2022"), format_name="html", as_of=date(2022, 12, 31)
        )
        is report_file(
            unit=small.district, period=parse_period("2022"), format_name="html", as_of=date(2022, 12, 31)
        )
        or html_of() == first
    )
    assert "4.321" not in first
    record_value(indicator=small.jobs, unit=small.ward_a, period_id="2022M03", value=Decimal(4321), user=None)
    assert "4.321" in html_of()
