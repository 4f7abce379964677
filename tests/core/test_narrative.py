from __future__ import annotations

from decimal import Decimal

from chitieu.core.evaluation import Direction, Pace, Status
from chitieu.core.narrative import TargetFacts, notable, shortfall_facts, target_sentence

D = Decimal


def facts(**overrides) -> TargetFacts:
    base = {
        "name": "Kết nạp đảng viên mới",
        "unit_of_measure": "đảng viên",
        "direction": Direction.INCREASE,
        "status": Status.EXCEEDED,
        "plan": D(70),
        "result": D(71),
        "percent": D(71) / D(70) * 100,
    }
    return TargetFacts(**{**base, **overrides})


def test_an_exceeded_flow_reads_like_the_article():
    assert target_sentence(facts()) == (
        "Kết nạp đảng viên mới: 71/70 đảng viên, đạt 101,43% kế hoạch năm, vượt 1,43% so với chỉ tiêu năm"
    )


def test_a_missed_target_states_its_shortfall():
    missed = facts(
        status=Status.NOT_MET, plan=D(3000), result=D(2760), percent=D(92), unit_of_measure="người"
    )
    assert target_sentence(missed).endswith("đạt 92,00% kế hoạch năm, còn thiếu 240 người")


def test_an_estimate_is_said_to_be_one():
    assert "ước 71/70 đảng viên, ước đạt 101,43%" in target_sentence(facts(estimated=True))
    assert "an estimated 101.43% of the annual plan" in target_sentence(facts(estimated=True), "en")


def test_a_comparison_with_last_year_is_a_ratio_for_amounts_and_points_for_rates():
    assert target_sentence(facts(previous=D(65))).endswith("tăng 9,2% so với cùng kỳ")
    rate = facts(
        name="Tỷ lệ thất nghiệp",
        unit_of_measure="%",
        direction=Direction.AT_MOST,
        status=Status.MET,
        plan=D(4),
        result=D("3.5"),
        percent=None,
        decimals=1,
        previous=D("3.8"),
    )
    assert (
        target_sentence(rate)
        == "Tỷ lệ thất nghiệp: 3,5% (kế hoạch ≤ 4,0%), đạt kế hoạch, giảm 0,3 điểm % so với cùng kỳ"
    )


def test_a_target_without_figures_says_so():
    assert (
        target_sentence(facts(result=None, status=Status.NO_DATA)) == "Kết nạp đảng viên mới: chưa có số liệu"
    )


def test_english_sentences_have_no_vietnamese_words_of_their_own():
    sentence = target_sentence(
        facts(name="New party members", unit_of_measure="members", previous=D(65)), "en"
    )
    assert sentence == (
        "New party members: 71/70 members, 101.43% of the annual plan, 1.43% above the target,"
        " up 9.2% on a year earlier"
    )


def test_notable_results_are_the_widest_margins_first():
    a, b, c = (
        facts(name="a", percent=D(120)),
        facts(name="b", percent=D(184)),
        facts(name="c", status=Status.MET),
    )
    assert [f.name for f in notable([a, b, c])] == ["b", "a"]


def test_shortfalls_list_missed_targets_and_those_behind_pace():
    missed = facts(name="Cai nghiện", status=Status.NOT_MET, percent=D(92), result=D(2760), plan=D(3000))
    behind = facts(
        name="Việc làm", status=Status.IN_PROGRESS, percent=D(42), pace=Pace.BEHIND, expected_percent=D(45)
    )
    on_track = facts(name="Khác", status=Status.IN_PROGRESS, percent=D(52), pace=Pace.ON_TRACK)
    phrases = shortfall_facts([missed, behind, on_track])
    assert len(phrases) == 2
    assert phrases[1] == "Việc làm: mới đạt 42,0% kế hoạch năm (tiến độ cần đạt 45,0%)"
