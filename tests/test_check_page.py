"""The check page: a pasted text or an uploaded .docx comes back with its figures marked."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document

pytestmark = pytest.mark.django_db
ARTICLE = (Path(__file__).parent / "checker" / "seed_article.txt").read_text(encoding="utf-8")


def marked(page: str, finding: str) -> int:
    """How many figures of the text are marked with ``finding`` (the legend does not count)."""
    return len(re.findall(rf'<mark id="f\d+" class="{finding}"', page))


@pytest.fixture
def approver(demo, client):
    client.force_login(get_user_model().objects.get(username="so.duyet"))
    return client


def test_the_page_needs_a_login(demo, client):
    assert client.get("/check/").status_code == 302


def test_a_pasted_article_comes_back_marked_against_the_data(approver):
    response = approver.post("/check/", {"text": ARTICLE, "unit": "SO-LDTBXH", "period": "2022"})
    page = response.content.decode()
    assert response.status_code == 200
    assert marked(page, "consistent") >= 10
    assert marked(page, "information") >= 1  # 95,6% for 22/23 is a truncation
    assert marked(page, "inconsistent") == 0
    assert "SO-LDTBXH" in page


def test_a_slip_is_marked_inconsistent(approver):
    response = approver.post(
        "/check/", {"text": "Kết nạp được 71/70 đảng viên, đạt tỷ lệ 110,43% chỉ tiêu năm."}
    )
    assert marked(response.content.decode(), "inconsistent") == 1


def test_an_uploaded_docx_is_read(approver):
    document = Document()
    document.add_paragraph("Có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%.")
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("bao-cao.docx", buffer.getvalue())
    page = approver.post("/check/", {"file": upload}).content.decode()
    assert marked(page, "consistent") == 1


def test_a_file_of_another_type_is_refused_in_vietnamese(approver):
    upload = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4")
    page = approver.post("/check/", {"file": upload}).content.decode()
    assert "bao-cao.pdf" in page and 'role="alert"' in page


def test_an_empty_form_says_what_to_do(approver):
    page = approver.post("/check/", {}).content.decode()
    assert 'role="alert"' in page


def test_a_unit_outside_the_users_subtree_cannot_be_chosen(demo, client):
    client.force_login(get_user_model().objects.get(username="bennghe.baocao"))
    page = client.post("/check/", {"text": ARTICLE, "unit": "SO-LDTBXH", "period": "2022"}).content.decode()
    assert "SO-LDTBXH" not in page.split("<section")[0].split("<select")[1].split("</select>")[0]
    assert "<section" not in page


def test_the_marks_styles_come_from_a_file_the_pages_policy_allows(approver):
    """The page's Content Security Policy refuses inline styles: the marks' colours and the text's line
    breaks come from a stylesheet; the checked report's own HTML file, which must stand alone, holds
    the same rules inline."""
    from chitieu.verification.checks import check_report
    from chitieu.verification.html import RESULT_CSS, render_html

    page = approver.post("/check/", {"text": ARTICLE}).content.decode()
    assert "<style" not in page and ' style="' not in page
    assert re.search(r'<link rel="stylesheet" href="[^"]*verification/result\.css"', page)
    standalone = render_html(check_report(ARTICLE, unit=None, period_id=None), "vi", text=ARTICLE)
    assert RESULT_CSS.read_text(encoding="utf-8") in standalone
    assert "white-space: pre-wrap" in RESULT_CSS.read_text(encoding="utf-8")


def test_a_slip_whose_words_overlap_another_finding_is_still_marked_in_the_text(approver):
    """Two findings over one figure ("286.950" is the sum of its parts, and the part of a share): the second
    is marked on its own figure, so a slip is never only listed below the text."""
    text = (
        "Các cơ quan hành chính đã tiếp nhận 344.820 đơn các loại; đã xử lý 330.421 đơn, có 286.950 đơn đủ"
        " điều kiện xử lý, chiếm 83,2% tổng số đơn đã xử lý; qua xử lý có 41.952 đơn khiếu nại, 17.628 đơn tố"
        " cáo, 227.370 đơn kiến nghị, phản ánh."
    )
    page = approver.post("/check/", {"text": text}).content.decode()
    assert re.search(r'<mark id="f\d+" class="inconsistent"[^>]*>83,2%</mark>', page)
