"""The report: explanations in two languages, JSON output, plain text, coverage."""

from __future__ import annotations

import json

from chitieu.checker import CheckReport, Verdict, check_text, render_text

TEXT = (
    "Năm 2022, Sở có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,6%.  Tòa án thụ lý 1.245 vụ việc,\n"
    "đã giải quyết 1.150 vụ việc, đạt tỷ lệ 92,73%. Tỷ lệ lao động qua đào tạo tăng 38,18% kế hoạch năm.\n\n"
    "Sáng 27/12, Sở tổ chức hội nghị."
)


def report() -> CheckReport:
    return check_text(TEXT)


def test_it_explains_each_claim_in_vietnamese_and_english() -> None:
    wrong = report().with_verdict(Verdict.INCONSISTENT)[0]
    assert "đúng ra là 92,37%" in wrong.explanation("vi")
    assert "it should be 92.37%" in wrong.explanation("en")
    assert "đảo chỗ hai chữ số" in wrong.explanation("vi")


def test_it_serialises_to_json_with_decimals_as_strings() -> None:
    data = report().to_dict()
    text = json.dumps(data, ensure_ascii=False)
    claims = json.loads(text)["claims"]
    assert [c["verdict"] for c in claims] == ["consistent_by_truncation", "inconsistent", "ambiguous"]
    assert claims[1]["correct"] == "92.37"
    assert claims[1]["numbers"][0] == {
        "role": "total",
        "text": "1.245",
        "start": TEXT.index("1.245"),
        "end": TEXT.index("1.245") + 5,
        "value": "1245",
        "decimals": 0,
        "kind": "count",
        "noun": "vụ việc",
        "qualifier": None,
    }
    assert data["coverage"] == {"sentences": 4, "numbers": 7, "claims_recognised": 3, "claims_checked": 2}


def test_its_spans_point_into_the_original_text_even_across_a_line_break() -> None:
    for claim in report().claims:
        assert TEXT[claim.start : claim.end] == claim.quote
        assert TEXT[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == claim.sentence
    second = report().claims[1]
    assert "\n" in second.sentence


def test_it_renders_plain_text_in_both_languages() -> None:
    vietnamese = render_text(report(), "vi")
    english = render_text(report(), lang="en")
    assert "[KHÔNG KHỚP (độ tin cậy cao)]" in vietnamese and "1 chỗ cần xem lại" in vietnamese
    assert "[INCONSISTENT (high confidence)]" in english and "Read 4 sentences" in english


def test_an_empty_text_has_nothing_to_report() -> None:
    empty = check_text("")
    assert empty.claims == []
    assert empty.coverage.sentences == 0
