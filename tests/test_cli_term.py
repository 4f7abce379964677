"""``chitieu term`` and ``chitieu scorecard --estimate`` on the demo, read as a user reads them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections

from chitieu.cli import main
from chitieu.core import terms as core_terms
from chitieu.monitoring.terms import find_term, term_card, term_json
from chitieu.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db
MID_2023 = date(2023, 6, 20)


def run(command: str, *args: str) -> str:
    out = StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def test_chitieu_help_lists_the_term_command():
    result = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "help"],
        env={**os.environ, "CHITIEU_DEBUG": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "  term " in result.stdout and "programmes and projects" in result.stdout


def test_the_demo_term_in_2023_is_its_third_year_with_3_projects_and_8_programmes(demo):
    shown = run("term", "--unit", "SO-LDTBXH", "--term", "2020-2025", "--as-of", "2023-06-20")
    lines = shown.splitlines()
    assert (
        lines[0] == "Sở Lao động - Thương binh và Xã hội — nhiệm kỳ 2020–2025 (số liệu đến ngày 20/06/2023)"
    )
    assert "  - Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025" in lines
    assert "  - Năm 2023 triển khai 3 đề án, 8 chương trình thực hiện Nghị quyết" in lines
    assert sum(1 for line in lines if line.startswith("  Đề án ")) == 3
    assert sum(1 for line in lines if line.startswith("  Chương trình ")) == 8
    jobs = next(line for line in lines if line.startswith("KTXH-01"))
    # total over the term, 1.500.000 planned, 696.700 so far (2021, 2022 and 2023 to June)
    for said in ("cộng dồn cả nhiệm kỳ", "1.500.000", "696.700", "46,4%", "đang thực hiện", "đúng tiến độ"):
        assert said in jobs
    assert "giữ mức bình quân các năm 2021–2022" in jobs  # the forecast's method, in words
    rate = next(line for line in lines if line.startswith("CM-03"))
    assert "đến cuối nhiệm kỳ" in rate and "theo xu hướng các năm 2020–2022" in rate


def test_the_table_speaks_english_when_asked(demo):
    shown = run("term", "--unit=SO-LDTBXH", "--term=2020-2025", "--as-of=2023-06-20", "--lang=en")
    assert "  - 2023 is year 3 of 5 of the 2020–2025 term" in shown.splitlines()
    assert "1,500,000" in shown and "Project 01/ĐA-SLĐTBXH" in shown


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_json_is_term_json(demo, lang):
    shown = run(
        "term",
        "--unit=SO-LDTBXH",
        "--term=2020-2025",
        "--as-of=2023-06-20",
        "--format=json",
        f"--lang={lang}",
    )
    term = find_term(OrgUnit.objects.get(code="SO-LDTBXH"), core_terms.parse_span("2020-2025"))
    assert json.loads(shown) == term_json(term_card(term, MID_2023), lang)


def test_without_a_term_the_one_in_force_that_day(demo):
    in_2023 = json.loads(run("term", "--unit=SO-LDTBXH", "--as-of=2023-06-20", "--format=json"))
    assert in_2023["term"] == "2020–2025" and in_2023["year_number"] == 3
    in_2027 = json.loads(run("term", "--unit=SO-LDTBXH", "--as-of=2027-03-01", "--format=json"))
    assert in_2027["term"] == "2025–2030" and in_2027["year_number"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--unit=NOPE", "--term=2020-2025"], "Unknown unit code 'NOPE' (không có đơn vị mã này)."),
        (["--unit=SO-LDTBXH", "--term=2020"], "'2020' không phải là nhiệm kỳ (ví dụ đúng: 2020-2025)."),
        (
            ["--unit=SO-LDTBXH", "--term=2015-2020"],
            "Đơn vị SO-LDTBXH không có nhiệm kỳ 2015–2020 (các nhiệm kỳ: 2020–2025, 2025–2030).",
        ),
        (
            ["--unit=SO-LDTBXH", "--as-of=2019-05-01"],
            "Đơn vị SO-LDTBXH không có nhiệm kỳ nào đang thực hiện trong năm 2019 (các nhiệm kỳ: 2020–2025,",
        ),
        (["--unit=Q1-BENNGHE", "--term=2020-2025"], "(đơn vị chưa có nhiệm kỳ nào)."),
        (
            ["--unit=SO-LDTBXH", "--term=2015-2020", "--lang=en"],
            "SO-LDTBXH has no term 2015–2020 (its terms:",
        ),
    ],
)
def test_a_bad_request_is_one_line_saying_why(demo, args, message):
    with pytest.raises(CommandError) as refused:
        run("term", *args)
    said = str(refused.value)
    assert message in said and "\n" not in said


def test_an_error_goes_to_stderr_with_a_non_zero_exit(demo, capsys, monkeypatch):
    # the console script closes the database connections when it ends: the test's must stay open
    monkeypatch.setattr(connections, "close_all", lambda: None)
    with pytest.raises(SystemExit) as stopped:
        main(["term", "--unit", "SO-LDTBXH", "--term", "2015-2020", "--lang", "en"])
    assert stopped.value.code != 0
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.strip().splitlines() == [
        "CommandError: SO-LDTBXH has no term 2015–2020 (its terms: 2020–2025, 2025–2030)."
    ]


def test_the_scorecard_judges_on_the_year_end_estimate_and_says_how(demo):
    shown = run(
        "scorecard", "--unit=SO-LDTBXH", "--year=2023", "--as-of=2023-06-20", "--estimate", "straight_line"
    )
    lines = shown.splitlines()
    assert "Cách ước cả năm" in lines[1]
    jobs = next(line for line in lines if line.startswith("KTXH-01"))
    for said in (
        "264.600",
        "ước thực hiện",
        "ước không đạt",
        "bình quân 6 tháng đã có số liệu, nhân 12 tháng",
    ):
        assert said in jobs
    rate = next(line for line in lines if line.startswith("CM-03"))
    assert "giữ số mới nhất (tháng 6) đến cuối năm" in rate  # a rate keeps its latest month


def test_the_scorecard_estimate_defaults_to_the_same_share_as_last_year(demo):
    shown = run(
        "scorecard", "--unit=SO-LDTBXH", "--year=2023", "--as-of=2023-06-20", "--estimate", "--format=csv"
    )
    header, *rows = shown.splitlines()
    assert header.endswith(",Cách ước cả năm")
    jobs = next(row for row in rows if row.startswith("KTXH-01"))
    assert "294.000" in jobs and "cùng kỳ năm trước chiếm 45,00% cả năm" in jobs


def test_the_scorecard_without_estimate_is_unchanged(demo):
    shown = run("scorecard", "--unit=SO-LDTBXH", "--year=2023", "--as-of=2023-06-20", "--format=csv")
    assert shown.splitlines()[0] == "Mã,Chỉ tiêu,ĐVT,Kế hoạch,Thực hiện,Loại số liệu,% KH,Đánh giá,Tiến độ"
    jobs = next(row for row in shown.splitlines() if row.startswith("KTXH-01"))
    assert jobs.endswith(',132.300,ước thực hiện,"42,0%",đang thực hiện,chậm tiến độ')  # June's, not a year's
