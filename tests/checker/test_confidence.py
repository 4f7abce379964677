"""Each verdict's confidence: high when every number is printed with the claim and read as written,
lower when the claim rests on another sentence, another reading, the inputs' rounding or a truncation,
or misses by a hair; none when nothing was recomputed."""

from __future__ import annotations

from chitieu.checker import Level, Verdict, check_text, render_text


def confidence_of(text: str, figure: str):
    claim = next(claim for claim in check_text(text).claims if claim.printed.text == figure)
    return claim.verdict, claim.confidence


def test_every_number_in_its_sentence_read_as_written_is_high():
    verdict, confidence = confidence_of("Kết nạp 71/70 đảng viên, đạt 101,43% chỉ tiêu năm.", "101,43%")
    assert verdict == Verdict.CONSISTENT and confidence.level == Level.HIGH
    # a slip far from the printed figure: as sure
    verdict, confidence = confidence_of(
        "Thụ lý 1.245 vụ việc, đã giải quyết 1.150 vụ việc, đạt 92,73%.", "92,73%"
    )
    assert verdict == Verdict.INCONSISTENT and confidence.level == Level.HIGH


def test_a_truncation_or_a_whole_from_another_sentence_is_medium():
    verdict, confidence = confidence_of("Có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,6%.", "95,6%")
    assert verdict == Verdict.CONSISTENT_BY_TRUNCATION and confidence.level == Level.MEDIUM
    assert "cắt bớt" in confidence.why.vi
    text = "Thu ngân sách đạt 5.000 tỷ đồng. Trong đó, thu nội địa 3.750 tỷ đồng, chiếm 75%."
    verdict, confidence = confidence_of(text, "75%")
    assert verdict == Verdict.CONSISTENT and confidence.level == Level.MEDIUM
    assert "câu khác" in confidence.why.vi


def test_a_slip_of_one_unit_in_the_last_digit_is_less_sure():
    verdict, confidence = confidence_of("Có 22/23 chỉ tiêu đạt, chiếm 95,8%.", "95,8%")
    assert verdict == Verdict.INCONSISTENT and confidence.level == Level.MEDIUM
    assert "một đơn vị" in confidence.why.vi


def test_several_readings_are_low_and_nothing_recomputed_has_none():
    verdict, confidence = confidence_of("Tỷ lệ lao động qua đào tạo nghề tăng 38,18% kế hoạch năm.", "38,18%")
    assert verdict == Verdict.AMBIGUOUS and confidence.level == Level.LOW
    verdict, confidence = confidence_of("Thu ngân sách 15.230 tỷ đồng, tăng 12,3% so với cùng kỳ.", "12,3%")
    assert verdict == Verdict.NOT_CHECKABLE and confidence is None


def test_it_is_in_the_json_and_the_plain_text():
    report = check_text("Có 22/23 chỉ tiêu đạt, chiếm 95,7%.")
    assert report.to_dict()["claims"][0]["confidence"]["level"] == "high"
    assert "(độ tin cậy cao)" in render_text(report) and "(high confidence)" in render_text(report, "en")
