"""``chitieu check-report FILE|-``: the seed article in text, JSON and HTML; Word files; files refused."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from chitieu.checker import check_text, render_text
from chitieu.core.archives import ArchiveLimits
from chitieu.verification import files

ARTICLE_PATH = Path(__file__).parent / "checker" / "seed_article.txt"
ARTICLE = ARTICLE_PATH.read_text(encoding="utf-8")
DEMO = ["--unit", "SO-LDTBXH", "--period", "2022"]


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("check_report", *args, stdout=out)
    return out.getvalue()


# --- the seed article ---------------------------------------------------------------------------


def test_without_a_unit_the_text_output_is_the_checkers_own():
    assert run(str(ARTICLE_PATH)).strip() == render_text(check_text(ARTICLE), "vi").strip()


@pytest.mark.django_db
def test_the_text_output_adds_the_comparison_with_the_data(demo):
    output = run(str(ARTICLE_PATH), *DEMO)
    assert "khớp (làm tròn xuống)" in output  # the checker's own verdict on 95,6%
    assert "Đối chiếu với số liệu của SO-LDTBXH" in output
    assert "(số liệu đến ngày 14/12/2022)" in output
    assert "[khớp số liệu] “71/70 đảng viên, đạt tỷ lệ 101,43%”" in output
    assert "Tổng hợp: khớp số liệu: 14, KHÁC SỐ LIỆU: 0" in output


@pytest.mark.django_db
def test_the_text_output_speaks_english_on_request(demo):
    output = run(str(ARTICLE_PATH), *DEMO, "--lang", "en")
    assert "Compared with the data of SO-LDTBXH" in output
    assert "Summary: agrees with the data: 14, DIFFERS FROM THE DATA: 0" in output


@pytest.mark.django_db
def test_the_json_output_is_the_report_plus_the_data_matches(demo):
    data = json.loads(run(str(ARTICLE_PATH), *DEMO, "--format", "json"))
    assert len(data["claims"]) == 9
    assert data["coverage"]["claims_checked"] == 3
    assert data["data"]["summary"]["agree"] == 14
    assert data["data"]["as_of"] == "2022-12-14"
    party = next(m for m in data["data"]["matches"] if m["statement"]["quote"].startswith("71/70"))
    assert party["fact"]["key"] == "XDD-01"
    assert data["claims"][party["statement"]["claim"]]["noun"] == "đảng viên"


class Marks(HTMLParser):
    """The highlighted figures of the HTML page: class, tooltip and the visible tag after each."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.external: list[str] = []
        self._in_tag = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "mark" and attributes.get("id"):
            self.marks.append(
                {"class": attributes["class"] or "", "title": attributes["title"] or "", "tag": ""}
            )
        if tag == "sup":
            self._in_tag = True
        for name in ("src", "href"):
            if (attributes.get(name) or "").startswith(("http", "//")):
                self.external.append(attributes[name] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup":
            self._in_tag = False

    def handle_data(self, data: str) -> None:
        if self._in_tag and self.marks:
            self.marks[-1]["tag"] += data


@pytest.mark.django_db
def test_the_html_page_highlights_each_figure_with_colour_text_and_explanation(demo):
    page = run(str(ARTICLE_PATH), *DEMO, "--format", "html")
    parser = Marks()
    parser.feed(page)
    assert parser.external == []  # self-contained: nothing fetched from elsewhere
    assert "<script" not in page
    classes = {mark["class"] for mark in parser.marks}
    assert classes == {"consistent", "information", "ambiguous"}
    other_year = next(m for m in parser.marks if m["class"] == "ambiguous")  # "8 chương trình" of 2023
    assert "? chưa rõ" in other_year["tag"] and "năm 2023" in other_year["title"]
    truncated = next(m for m in parser.marks if m["class"] == "information")
    assert "↓" in truncated["tag"] and "làm tròn xuống" in truncated["tag"]
    assert "95,7%" in truncated["title"]
    for mark in parser.marks:
        assert mark["tag"].strip() and mark["title"].strip()  # never colour alone
    for word in ("khớp", "không khớp", "chưa rõ"):  # the legend
        assert word in page


def test_the_html_page_marks_an_inconsistent_figure_in_english(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Trong năm đã kết nạp được 71/70 đảng viên, đạt tỷ lệ 110,43% chỉ tiêu năm.\n")
    page = run(str(report), "--format", "html", "--lang", "en")
    parser = Marks()
    parser.feed(page)
    assert [m["class"] for m in parser.marks] == ["inconsistent"]
    assert "✗ inconsistent" in parser.marks[0]["tag"]
    assert "101.43%" in parser.marks[0]["title"]
    assert '<html lang="en">' in page


# --- other inputs -------------------------------------------------------------------------------


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Báo cáo kết quả năm 2022", level=1)
    document.add_paragraph("Trong năm đã kết nạp được 71/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm.")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Chỉ tiêu"
    table.rows[0].cells[1].text = "Có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,6%."
    document.save(path)
    return path


def test_a_word_document_is_read_paragraphs_and_tables(tmp_path):
    output = run(str(make_docx(tmp_path / "bao-cao.docx")), "--format", "json")
    figures = [claim["numbers"][-1]["text"] for claim in json.loads(output)["claims"]]
    assert figures == ["101,43%", "95,6%"]


@pytest.mark.django_db
def test_a_word_document_is_compared_with_the_data(demo, tmp_path):
    output = run(str(make_docx(tmp_path / "bao-cao.docx")), *DEMO)
    assert "[khớp số liệu] “71/70 đảng viên, đạt tỷ lệ 101,43%”" in output


def test_text_is_read_from_standard_input(monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO("Có 22/23 chỉ tiêu đạt, chiếm 95,7%.".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert "[khớp (độ tin cậy cao)] “22/23 chỉ tiêu đạt, chiếm 95,7%”" in run("-")


# --- refusals -----------------------------------------------------------------------------------


def refusal(*args: str) -> str:
    with pytest.raises(CommandError) as error:
        run(*args)
    return str(error.value)


def test_a_file_of_another_type_is_refused_in_vietnamese(tmp_path):
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    assert (
        refusal(str(pdf)) == "Chỉ kiểm tra được tệp .txt hoặc .docx; tệp “bao-cao.pdf” không thuộc loại này."
    )


def test_a_missing_file_is_refused(tmp_path):
    assert "Không tìm thấy tệp" in refusal(str(tmp_path / "khong-co.txt"))


def test_an_oversized_file_is_refused(tmp_path):
    big = tmp_path / "lon.txt"
    big.write_bytes(b"a" * (files.MAX_FILE_BYTES + 1))
    assert refusal(str(big)) == "Tệp “lon.txt” quá lớn (6 MB); chỉ kiểm tra được tệp tối đa 5 MB."


def test_an_oversized_standard_input_is_refused(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a" * (files.MAX_FILE_BYTES + 10))))
    assert "quá lớn" in refusal("-")


def test_a_text_too_long_to_check_is_refused(tmp_path):
    long = tmp_path / "dai.txt"
    long.write_text("a" * (files.MAX_TEXT_CHARS + 1))
    assert "vượt giới hạn 500000 ký tự" in refusal(str(long))


def test_a_zip_bomb_named_docx_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bom.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (20 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    message = refusal(str(bomb))
    assert "zip bomb" in message and "từ chối" in message


def test_a_docx_that_unpacks_to_too_much_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "ARCHIVE_LIMITS", ArchiveLimits(max_members=2_000, max_unpacked_bytes=1024))
    assert "khi giải nén có dung lượng" in refusal(str(make_docx(tmp_path / "bao-cao.docx")))


def test_a_docx_that_is_not_a_word_document_is_refused(tmp_path):
    fake = tmp_path / "gia.docx"
    fake.write_bytes(b"this is not a zip archive")
    assert refusal(str(fake)) == "Tệp “gia.docx” không phải tài liệu Word (.docx) hợp lệ."


def test_a_text_file_that_is_not_utf8_is_refused(tmp_path):
    legacy = tmp_path / "cu.txt"
    legacy.write_bytes("Kết nạp 71 đảng viên".encode("utf-16"))
    assert "không phải văn bản mã UTF-8" in refusal(str(legacy))


@pytest.mark.django_db
def test_an_unknown_unit_a_missing_period_and_a_bad_period_are_refused(demo):
    assert refusal(str(ARTICLE_PATH), "--unit", "KHONG-CO", "--period", "2022") == (
        "Không có đơn vị mã “KHONG-CO”."
    )
    assert "--unit và --period" in refusal(str(ARTICLE_PATH), "--unit", "SO-LDTBXH")
    assert "không phải mã kỳ báo cáo" in refusal(str(ARTICLE_PATH), "--unit", "SO-LDTBXH", "--period", "22")


def test_chitieu_help_lists_check():
    result = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "help"],
        env={**os.environ, "CHITIEU_DEBUG": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "check-report     verify the figures of a written report" in result.stdout


def test_chitieu_check_report_checks_a_report_and_chitieu_check_is_djangos_check():
    result = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "check-report", str(ARTICLE_PATH), "--lang", "en"],
        env={**os.environ, "CHITIEU_DEBUG": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "consistent by truncation" in result.stdout
    system_checks = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "check"],
        env={**os.environ, "CHITIEU_DEBUG": "1"},
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    assert "System check identified no issues" in system_checks.stdout
