"""Readings learned from the real texts of tests/checker/real/dev: each one, the way those texts say it,
with the slip it must still catch and the alarm it must no longer raise."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.checker import check_text
from chitieu.checker.model import Slip, Verdict
from chitieu.checker.tokens import english_notation, read_document, split_sentences


def verdicts(text: str) -> dict[str, Verdict]:
    return {claim.printed.text: claim.verdict for claim in check_text(text).claims}


def test_cases_and_accused_side_by_side_are_a_pair_not_a_fraction():
    said = verdicts("Cơ quan điều tra đã giải quyết 4.975 vụ/6.755 bị can, đạt tỷ lệ 95,9%.")
    assert not said.get("95,9%", Verdict.NOT_CHECKABLE).alarm
    # the pair's cases against the cases received
    said = verdicts("Tòa án thụ lý 1.367 vụ/2.420 bị cáo, giải quyết 1.206 vụ/2.085 bị cáo, đạt 88,22%.")
    assert said["88,22%"] == Verdict.CONSISTENT
    assert verdicts("thụ lý 1.367 vụ/2.420 bị cáo, giải quyết 1.206 vụ/2.085 bị cáo, đạt 86,22%.")[
        "86,22%"
    ].alarm


def test_the_courts_cases_and_matters_then_the_rate_after_a_semicolon():
    text = "Tòa án nhân dân hai cấp thụ lý 6.218 vụ, việc, đã giải quyết 5.209 vụ, việc; đạt {}."
    assert verdicts(text.format("83,77%"))["83,77%"] == Verdict.CONSISTENT
    assert verdicts(text.format("83,74%"))["83,74%"].alarm  # 5.209/6.218 = 83,77%; 83,74% is 5.207


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("tội phạm về trật tự xã hội giảm 5,83% (3.389/3.599 vụ).", "5,83%", Verdict.CONSISTENT),
        ("tội phạm về trật tự xã hội giảm 6,83% (3.389/3.599 vụ).", "6,83%", Verdict.INCONSISTENT),
        ("xảy ra ít hơn 03 vụ = 1,6% (180/183 vụ).", "1,6%", Verdict.CONSISTENT),
    ],
)
def test_a_change_with_its_two_counts_in_brackets(text, figure, verdict):
    assert verdicts(text)[figure] == verdict


def test_a_change_is_of_the_figure_that_counts_the_same_thing():
    text = "Lũy kế đã phát hiện 726 vụ, 1.222 đối tượng, tăng 103 vụ (16,5%) so với cùng kỳ năm 2018."
    assert verdicts(text)["16,5%"] == Verdict.CONSISTENT


def test_a_multiple_a_bound_and_a_decrease_are_not_misread():
    assert "2,62" not in verdicts("thu ngân sách 51.179 tỷ đồng, vượt 2,62 lần so với dự toán.")
    said = verdicts("Có 4 đảng bộ kết nạp đảng viên mới đạt trên 50% chỉ tiêu được giao.")
    assert not any(v.alarm for v in said.values())
    said = verdicts("số án thụ lý giảm 66 vụ, giải quyết giảm 75 vụ, còn tồn 161 vụ đang giải quyết.")
    assert not any(v.alarm for v in said.values())
    said = verdicts(
        "có 54.681 việc có điều kiện, giảm 6.251 việc so với năm 2018 và 23.912 việc chưa có điều kiện."
    )
    assert not any(v.alarm for v in said.values())


def test_a_change_and_its_multiple_must_agree():
    assert verdicts("số ca mắc tăng 142,4%, gấp 2,4 lần so với 4 tuần trước.")["2,4"] == Verdict.CONSISTENT
    assert verdicts("số ca mắc tăng 142,4%, gấp 2,5 lần so với 4 tuần trước.")["2,5"] == Verdict.INCONSISTENT


def test_a_share_of_the_whole_a_breakdown_opened_with():
    text = (
        "Số người có việc làm là 207.794 người, chiếm 81,18% dân số từ 15 tuổi trở lên; trong đó, lao động"
        " thành thị là 36.626 người, chiếm 17,62%, lao động nông thôn 167.919 người, chiếm {share}."
    )
    assert verdicts(text.format(share="80,81%"))["80,81%"] == Verdict.CONSISTENT
    assert verdicts(text.format(share="82,38%"))["82,38%"] == Verdict.INCONSISTENT


def test_a_share_of_a_whole_printed_in_the_sentence_before():
    text = (
        "Cả nước có 1.071.393 thí sinh. Trong đó, số thí sinh đăng ký trực tuyến là 1.014.020,"
        " chiếm {share} tổng số thí sinh."
    )
    assert verdicts(text.format(share="94,65%"))["94,65%"] == Verdict.CONSISTENT
    assert verdicts(text.format(share="94,66%"))["94,66%"] == Verdict.INCONSISTENT


def test_a_share_two_nearby_figures_give_is_never_an_alarm():
    text = (
        "Viện kiểm sát phải giải quyết 880 vụ, 1.172 bị can; đã giải quyết 874 vụ, 1.172 bị can,"
        " đạt tỷ lệ 99,3%."
    )
    assert not any(v.alarm for v in verdicts(text).values())


def test_a_list_in_brackets_is_the_breakdown_of_its_total():
    text = "Tuyển sinh đạt {total} người (cao đẳng 1.702 người, trung cấp 11.315 người, sơ cấp 31.026)."
    assert verdicts(text.format(total="44.043"))["44.043"] == Verdict.CONSISTENT
    # kinds of one thing (levels of training): parts that add up to more than the whole are a slip
    assert verdicts(text.format(total="40.043"))["40.043"] == Verdict.INCONSISTENT
    # groups that cut across others may share members: a sum above the whole is no slip
    overlapping = "Tuyển sinh đạt {total} người (nữ 18.702 người, dân tộc thiểu số 26.315 người)."
    assert not verdicts(overlapping.format(total="40.043"))["40.043"].alarm
    insured = "Toàn tỉnh có {total} người tham gia (BHXH bắt buộc 87.866 người, BHYT 1.107.600 người)."
    assert not verdicts(insured.format(total="1.114.100"))["1.114.100"].alarm
    sessions = "tổ chức được 74 phiên, trong đó định kỳ 16 phiên, lưu động 2 phiên và 58 phiên online."
    assert verdicts(sessions)["74"] == Verdict.INCONSISTENT  # 16 + 2 + 58 = 76
    statuses = "Năm 2022 có {total} chỉ tiêu (13 chỉ tiêu vượt, 10 chỉ tiêu đạt, 3 chỉ tiêu không đạt)."
    assert verdicts(statuses.format(total="26"))["26"] == Verdict.CONSISTENT
    assert verdicts(statuses.format(total="27"))["27"] == Verdict.INCONSISTENT
    # a baseline and a plan in brackets are not parts
    said = verdicts("Số vụ tai nạn: 104 vụ (số gốc 120 vụ, kế hoạch 110 vụ), đạt 160,00% kế hoạch.")
    assert said == {"160,00%": Verdict.CONSISTENT}


def test_the_shares_in_brackets_of_a_list_are_of_the_whole_before_it():
    text = (
        "Xảy ra 180 vụ phạm tội về trật tự xã hội. Các loại tội phạm chiếm tỷ lệ cao như trộm cắp tài sản"
        " 53 vụ (29,44%), cố ý gây thương tích 45 vụ ({share}), đánh bạc 33 vụ (18,33%)."
    )
    said = verdicts(text.format(share="25%"))
    assert said["29,44%"] == said["25%"] == said["18,33%"] == Verdict.CONSISTENT
    assert verdicts(text.format(share="35%"))["35%"] == Verdict.INCONSISTENT
    # "nhiều hơn 15 vụ (4,95%)" is a change, not a share
    said = verdicts("toàn tỉnh phát hiện 318 vụ, so với cùng kỳ năm 2022 phát hiện nhiều hơn 15 vụ (4,95%).")
    assert not said.get("4,95%", Verdict.NOT_CHECKABLE).alarm


def test_a_share_whose_whole_the_text_does_not_pin_down_is_never_a_slip():
    # "đạt 75%" may be of a plan not printed: the 5.000 tỷ before it is not said to be its whole
    text = "Thu ngân sách đạt 5.000 tỷ đồng. Chi thường xuyên 3.000 tỷ đồng, đạt 75%."
    assert not any(v.alarm for v in verdicts(text).values())
    # the same share after "trong đó" is of the whole the breakdown opened with
    text = "Thu ngân sách đạt 5.000 tỷ đồng. Trong đó, thu nội địa 3.000 tỷ đồng, chiếm 75%."
    assert verdicts(text)["75%"] == Verdict.INCONSISTENT


def test_a_breakdown_that_opens_the_next_sentence_adds_up_to_the_figure_before_it():
    text = (
        "Kết quả, tổng số {total} học sinh, sinh viên. Trong đó, khối tiểu học là 95.412 em; khối THCS là"
        " 57.167 HS; khối THPT là 32.944 HS; khối đại học, cao đẳng có 1.211 HS; khối trường nghề có 35 HS."
    )
    assert verdicts(text.format(total="186.769"))["186.769"] == Verdict.CONSISTENT
    # a list after "trong đó" may be partial: fewer is no slip, more than the whole is one
    assert not verdicts(text.format(total="190.000"))["190.000"].alarm
    unlabelled = "Tổng số {total} vụ. Trong đó, 640 vụ, 700 vụ và 45 vụ."
    assert verdicts(unlabelled.format(total="1.385"))["1.385"] == Verdict.CONSISTENT
    assert verdicts(unlabelled.format(total="1.285"))["1.285"] == Verdict.INCONSISTENT


def test_a_plan_named_after_a_count_in_brackets_keeps_it_a_part():
    said = verdicts("Các tổ chức thanh tra triển khai 332 cuộc (239 cuộc theo kế hoạch và 93 cuộc đột xuất).")
    assert said["332"] == Verdict.CONSISTENT


def test_a_bulleted_list_under_its_total_adds_up():
    text = (
        "2. Tổng số giường bệnh: {total}, {marker}:\n\n- Bệnh viện: 1.843 giường"
        "\n\n- Bệnh viện da liễu: 62 giường"
        "\n\n- Phòng khám đa khoa khu vực: 86\n\n- Cơ sở y tế khác: 300\n\n3. Nhân lực ngành y: 2.925 người."
    )
    assert verdicts(text.format(total="2.291", marker="trong đó"))["2.291"] == Verdict.CONSISTENT
    assert verdicts(text.format(total="2.291", marker="gồm"))["2.291"] == Verdict.CONSISTENT
    assert verdicts(text.format(total="2.391", marker="gồm"))["2.391"] == Verdict.INCONSISTENT
    # after "trong đó" the list may be partial, and named groups may overlap
    assert not verdicts(text.format(total="2.391", marker="trong đó"))["2.391"].alarm


def test_a_rate_in_brackets_without_its_percent_sign():
    assert verdicts("thụ lý 7.990 vụ, giải quyết 6.260 vụ (đạt 78,35).")["78,35"] == Verdict.CONSISTENT
    assert verdicts("thụ lý 7.990 vụ, giải quyết 6.260 vụ (đạt 87,35).")["87,35"] == Verdict.INCONSISTENT


def test_a_breakdown_after_the_totals_own_comparisons():
    text = (
        "Tổng giá trị sản xuất ước đạt {total} tỷ đồng, đạt 99,59% kế hoạch và bằng 108,44% so với năm 2022;"
        " trong đó, ngành nông-lâm nghiệp, thủy sản đạt 4.598,03 tỷ đồng, đạt 100% kế hoạch; ngành"
        " công nghiệp-xây dựng đạt 5.395,80 tỷ đồng, đạt 98,99% kế hoạch; ngành thương mại-dịch vụ đạt"
        " 4.765,20 tỷ đồng, đạt 99,88% kế hoạch."
    )
    assert verdicts(text.format(total="14.759,03"))["14.759,03 tỷ"] == Verdict.CONSISTENT
    assert not verdicts(text.format(total="15.759,03"))["15.759,03 tỷ"].alarm  # partial, named groups


def test_a_share_of_the_target_said_with_chiếm():
    text = (
        "toàn Đảng bộ tỉnh kết nạp được 1.669 đảng viên, chiếm tỷ lệ {share} so với chỉ tiêu 2.000 đảng viên."
    )
    assert verdicts(text.format(share="83,45%"))["83,45%"] == Verdict.CONSISTENT
    assert verdicts(text.format(share="85,45%"))["85,45%"] == Verdict.INCONSISTENT


def test_changes_listed_after_so_với_are_of_the_figures_before_them():
    text = (
        "Toàn quốc xảy ra 3.954 vụ; khám phá 3.178 vụ; bắt giữ, xử lý 6.396 đối tượng. So với tháng 4/2023,"
        " giảm 146 vụ (-3,56%), giảm 228 số vụ khám phá (-6,69%),"
        " giảm 633 số đối tượng bị bắt giữ, xử lý ({last})."
    )
    said = verdicts(text.format(last="-9,01%"))
    assert said["3,56%"] == said["6,69%"] == said["9,01%"] == Verdict.CONSISTENT
    assert verdicts(text.format(last="-9,71%"))["9,71%"] == Verdict.INCONSISTENT  # one đối tượng figure
    # several figures could be the one changed and none gives it: not a slip
    several = (
        "Bắt 329 đối tượng truy nã, 123 đối tượng nguy hiểm. So với tháng 4/2023, giảm 10 đối tượng (-7,25%)."
    )
    assert verdicts(several)["7,25%"] == Verdict.AMBIGUOUS


def test_a_breakdown_larger_than_the_nearest_figure_but_not_than_an_earlier_one_is_no_slip():
    text = (
        "Toàn tỉnh có 500 doanh nghiệp thành lập mới, 300 doanh nghiệp giải thể. Trong đó, 200 doanh nghiệp"
        " thương mại, 150 doanh nghiệp xây dựng."
    )
    assert not any(verdict.alarm for verdict in verdicts(text).values())


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # the direction said again in the brackets
        ("Số người tham gia là 217.587 người, tăng 12.407 người (tăng 6,05%) so với cùng kỳ năm 2020.",
         "6,05%", Verdict.CONSISTENT),
        ("Số người tham gia là 217.587 người, tăng 12.407 người (tăng 6,50%) so với cùng kỳ năm 2020.",
         "6,50%", Verdict.INCONSISTENT),
        # compared first, with a month of a year, the change signed
        ("Toàn quốc xảy ra 261 vụ, so với tháng 4/2023 giảm 176 vụ (-40,27%).", "40,27%", Verdict.CONSISTENT),
        ("Toàn quốc xảy ra 261 vụ, so với tháng 4/2023 giảm 176 vụ (-67,43%).", "67,43%",
         Verdict.INCONSISTENT),
        # a comparative rather than "tăng"
        ("Phát hiện 318 vụ, so với cùng kỳ năm 2022 phát hiện nhiều hơn 15 vụ (4,95%).", "4,95%",
         Verdict.CONSISTENT),
        # the percentage after the comparison, a unit with a slash
        ("Năng suất đạt 55,30 tạ/ha (tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%).", "7,6%",
         Verdict.CONSISTENT),
        ("Năng suất đạt 55,30 tạ/ha (tăng 3,89 tạ/ha so với năm 2020, tương đương 7,0%).", "7,0%",
         Verdict.INCONSISTENT),
    ],
)  # fmt: skip
def test_a_change_with_its_difference_however_the_sentence_orders_them(text, figure, verdict):
    """The previous value is the current one less the difference (plus, for a fall), however the
    sentence words the change: 217.587 − 12.407 = 205.180, and 12.407 / 205.180 = 6,05%."""
    assert verdicts(text)[figure] == verdict


@pytest.mark.parametrize(
    ("left", "verdict"),
    [("1.730", Verdict.CONSISTENT), ("1.830", Verdict.INCONSISTENT)],
)
def test_what_is_left_after_a_semicolon_and_the_changes_against_last_year(left, verdict):
    """7.990 received, 6.260 settled, 1.730 left, with last year's changes between them."""
    text = (
        "TAND hai cấp thụ lý 7.990 vụ án dân sự, so với cùng kỳ giảm 1.193 vụ; giải quyết 6.260 vụ,"
        f" so cùng kỳ giảm 2.278 vụ (đạt 78,35); còn lại {left} vụ."
    )
    assert verdicts(text)[left] == verdict
    said = verdicts("Thụ lý 4.141 vụ án; giải quyết 3.793 vụ (đạt 91,6%), còn lại đang giải quyết 348 vụ.")
    assert said["348"] == Verdict.CONSISTENT


def test_enforcement_counts_what_was_done_against_what_could_be_done_said_before():
    text = (
        "Kết quả thi hành án về tiền, với tổng số tiền phải thi hành là hơn 530,5 tỷ đồng. Trong đó, có"
        " 174,7 tỷ đồng đủ điều kiện thi hành án trong năm 2021. Đến nay, số tiền thi hành án đã xong là"
        " 80,7 tỷ đồng, đạt {}."
    )
    assert verdicts(text.format("46,19%"))["46,19%"] == Verdict.CONSISTENT
    assert verdicts(text.format("46,27%"))["46,27%"] == Verdict.INCONSISTENT  # 80,7/174,7 = 46,19%
    # without "xong", the share could be of either total: not a slip
    unsaid = text.replace("đã xong", "đã thu").format("46,27%")
    assert verdicts(unsaid)["46,27%"] == Verdict.AMBIGUOUS


def test_a_bracket_further_on_breaks_down_the_total_when_its_items_count_the_same_thing():
    text = (
        "Viện Kiểm sát ban hành {} kiến nghị phòng ngừa và khắc phục vi phạm trong việc thụ lý, giải quyết"
        " nguồn tin (1 kiến nghị UBND tỉnh; 3 kiến nghị đối với UBND cấp huyện; 3 kiến nghị đối với UBND"
        " cấp xã và 16 kiến nghị đối với cơ quan điều tra 2 cấp) về việc chậm chuyển giao nguồn tin."
    )
    assert verdicts(text.format("23"))["23"] == Verdict.CONSISTENT
    said = check_text(text.format("21")).claims[0]  # the parts exceed it: a slip whatever else there is
    assert said.verdict == Verdict.INCONSISTENT and "1 + 3 + 3 + 16 = 23" in said.explanation("vi")
    # short of it: a bracket may list some of the total only
    assert verdicts(text.format("26"))["26"] == Verdict.NOT_CHECKABLE
    # items that do not say what they count are not a breakdown of a total said far before
    loose = (
        "Đã ban hành 26 kiến nghị phòng ngừa, khắc phục vi phạm của các cơ quan"
        " (năm 2021 là 3, năm 2022 là 5)."
    )
    assert "26" not in verdicts(loose)


def test_what_is_left_in_a_sentence_of_its_own_is_received_less_settled_said_before():
    text = (
        "Tòa án thụ lý 6.218 vụ, việc, đã giải quyết 5.209 vụ, việc; đạt 83,77%. So với cùng kỳ năm 2015,"
        " thụ lý tăng 594 vụ, việc; giải quyết tăng 107 vụ, việc. Còn tồn {} vụ, việc đang giải quyết."
    )
    assert verdicts(text.format("1.009"))["1.009"] == Verdict.CONSISTENT  # not 594 − 107: changes
    said = verdicts(text.format("1.011"))
    assert said["1.011"] == Verdict.INCONSISTENT and not said["83,77%"].alarm


def test_a_budget_broken_down_by_who_collects_it_then_by_what_each_collects():
    text = (
        "Thu ngân sách nhà nước trên địa bàn huyện 7 tháng đầu năm 2017 được {total} tỷ đồng, đạt 64% so với"
        " dự toán giao. Trong đó, thu ngân sách do tỉnh quản lý 203 tỷ đồng, đạt 70% dự toán giao, tăng 125%"
        " so cùng kỳ năm trước; thu ngân sách do huyện quản lý {district} tỷ đồng, đạt 59% dự toán giao, gồm:"
        " thu thuế và phí 123,7 tỷ đồng, đạt 68% dự toán giao, thu tiền cấp đất, thuê đất 60,5 tỷ đồng, đạt"
        " 58% so với dự toán giao; thu bằng biện pháp tài chính 8,4 tỷ đồng, đạt 44% so với dự toán giao."
    )
    said = verdicts(text.format(total="395,6", district="192,6"))
    assert said["395,6 tỷ"] == Verdict.CONSISTENT and said["192,6 tỷ"] == Verdict.CONSISTENT
    said = check_text(text.format(total="397,7", district="197,7")).claims
    flagged = {claim.printed.text: claim.explanation("vi") for claim in said if claim.verdict.alarm}
    assert "203 tỷ + 197,7 tỷ = 400,7 tỷ" in flagged["397,7 tỷ"]
    assert "123,7 tỷ + 60,5 tỷ + 8,4 tỷ = 192,6 tỷ" in flagged["197,7 tỷ"]


def test_groups_that_may_overlap_are_still_not_added_up():
    text = "Tổng số 20.000 lao động, trong đó nữ 18.000 người, dân tộc thiểu số 2.500 người."
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_an_abbreviation_in_brackets_is_read_as_a_word():
    text = "Toàn tỉnh hiện có 533/722 trường học đạt chuẩn quốc gia (CQG), chiếm tỷ lệ hơn {}."
    assert verdicts(text.format("73%"))["73%"] == Verdict.CONSISTENT  # 73,82%
    assert verdicts(text.format("78%"))["78%"].alarm


def test_a_breakdown_by_the_verb_of_a_total_said_before():
    text = (
        "TAND 2 cấp đã thụ lý 6.066 vụ án, đã giải quyết {} vụ án. Trong đó, TAND tỉnh thụ lý 485 vụ,"
        " giải quyết 334 vụ; TAND cấp huyện thụ lý 5.581 vụ, giải quyết 3.469 vụ."
    )
    said = verdicts(text.format("3.803"))
    assert said["3.803"] == Verdict.CONSISTENT and said["6.066"] == Verdict.CONSISTENT
    assert verdicts(text.format("3.703"))["3.703"].alarm  # 334 + 3.469 = 3.803 settled, more than 3.703
    # a change against last year is not a count of the breakdown
    changes = "Tòa án thụ lý 120 vụ. Trong đó, hình sự thụ lý tăng 15 vụ, dân sự thụ lý tăng 20 vụ."
    assert "120" not in verdicts(changes)


def test_a_share_of_a_whole_named_by_its_noun_after_the_share():
    text = (
        "TAND hai cấp thụ lý 7.990 vụ án dân sự; giải quyết 6.260 vụ; còn lại 1.730 vụ. Về án hôn nhân"
        " gia đình: TAND hai cấp thụ lý 4.141 vụ án (chiếm {} số lượng án dân sự)."
    )
    assert verdicts(text.format("51,8%"))["51,8%"] == Verdict.CONSISTENT  # 4.141 of the 7.990 vụ án dân sự
    assert verdicts(text.format("52,8%"))["52,8%"] == Verdict.INCONSISTENT


def test_a_rate_of_increase_said_after_the_differences_of_a_pair():
    text = "Án hình sự thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ, 6 bị cáo so với năm 2022, tỷ lệ tăng {}."
    assert verdicts(text.format("19,1%"))["19,1%"] == Verdict.CONSISTENT  # 13 of the 68 vụ of 2022
    assert verdicts(text.format("21,1%"))["21,1%"].alarm


def test_a_rate_named_by_the_verb_of_its_part():
    text = (
        "Toàn quốc xảy ra 3.954 vụ; khám phá 3.178 vụ; bắt giữ, xử lý 6.396 đối tượng; tỷ lệ khám phá đạt {};"
        " triệt phá 13 băng, nhóm."
    )
    assert verdicts(text.format("80,37%"))["80,37%"] == Verdict.CONSISTENT
    assert verdicts(text.format("80,73%"))["80,73%"].alarm  # two digits swapped
    # a rate of something not counted before it is left alone
    assert "12%" not in verdicts("Toàn tỉnh xảy ra 300 vụ; tỷ lệ tái phạm là 12%.")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Tổng kim ngạch xuất nhập khẩu đạt {} triệu USD (tăng 3% so với cùng kỳ năm 2021); trong đó,"
            " kim ngạch xuất khẩu đạt 138,5 triệu USD và kim ngạch nhập khẩu đạt 358,3 triệu USD.",
            "496,8",
        ),
        (
            "Thu nội địa đạt {} tỷ đồng, bằng 28,4% dự toán Trung ương giao, bằng 19,2% dự toán tỉnh giao,"
            " tăng 75,6% so với cùng kỳ, gồm: Thu thuế, phí và thu khác đạt 1.292 tỷ đồng, bằng 21,7% dự"
            " toán, tăng 34,2% so với cùng kỳ; thu tiền sử dụng đất đạt 1.141 tỷ đồng, bằng 43,5% dự toán.",
            "2.433",
        ),
    ],
)
def test_a_breakdown_after_the_totals_own_rates(text, total):
    scale = "triệu" if "USD" in text else "tỷ"
    assert verdicts(text.format(total))[f"{total} {scale}"] == Verdict.CONSISTENT
    # less than its parts; and after "gồm" (a whole list, "đạt" there a verb, not a status) more too
    for wrong in ("486,8",) if scale == "triệu" else ("2.333", "2.533"):
        assert verdicts(text.format(wrong))[f"{wrong} {scale}"].alarm


@pytest.mark.parametrize(
    "text",
    [
        # what is left counts the cases carried over too, which "thụ lý mới" leaves out
        "Tòa án thụ lý mới 500 vụ, đã giải quyết 420 vụ. Còn tồn 150 vụ.",
        # one person may be both: groups that cut across each other are not added up
        "Tổng số 600 người; trong đó lao động nữ 400 người, lao động dân tộc thiểu số 300 người.",
        "Có 600 người tham gia. Trong đó, lao động nữ 400 người; lao động dân tộc thiểu số 300 người.",
    ],
)
def test_no_alarm_where_a_reasonable_reading_gives_the_figure(text):
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_the_sectors_shares_of_the_economy_make_up_the_whole():
    text = (
        "Về cơ cấu kinh tế, tỷ trọng khu vực công nghiệp - xây dựng chiếm 56,34%, khu vực dịch vụ và thuế"
        " sản phẩm chiếm 31,31% và khu vực nông, lâm nghiệp, thủy sản chiếm {}."
    )
    assert verdicts(text.format("12,35%"))["12,35%"] == Verdict.CONSISTENT
    assert verdicts(text.format("13,35%"))["13,35%"] == Verdict.INCONSISTENT  # 101%: more than the whole
    in_turn = (
        "Tỷ trọng các ngành nông lâm thuỷ sản - công nghiệp xây dựng - thương mại dịch vụ tương ứng là:"
        "64,1% - 29,4% - {}."
    )
    assert verdicts(in_turn.format("6,5%"))["6,5%"] == Verdict.CONSISTENT
    assert verdicts(in_turn.format("7,5%"))["7,5%"] == Verdict.INCONSISTENT


def test_sectors_short_of_the_whole_may_leave_product_taxes_unnamed_and_two_sectors_are_no_structure():
    short = (
        "Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 20,1%; công nghiệp - xây dựng chiếm 35,2%;"
        " dịch vụ chiếm 38,7%."
    )
    assert verdicts(short)["38,7%"] == Verdict.AMBIGUOUS  # 94%: thuế sản phẩm is not named
    two = "Tỷ trọng công nghiệp - xây dựng chiếm 56,34%, dịch vụ chiếm 41,31%."
    assert "41,31%" not in verdicts(two) or not verdicts(two)["41,31%"].alarm


SECTIONS = (
    "Tòa án nhân dân hai cấp đã thụ lý {total} vụ án các loại, giải quyết 6.468 vụ. Cụ thể như sau:\n\n"
    "Án hình sự: Tòa án nhân dân hai cấp thụ lý 1.367 vụ/2.420 bị cáo, giải quyết 1.206 vụ/2.085 bị cáo.\n\n"
    "Án dân sự, hôn nhân gia đình: Tòa án nhân dân hai cấp thụ lý 6.218 vụ, việc, đã giải quyết 5.209 vụ,"
    " việc. So với cùng kỳ, thụ lý tăng 594 vụ, việc.\n\n"
    "Án hành chính: thụ lý 77 vụ, giải quyết 53 vụ.\n\n"
    "Năm 2017, Tòa án tiếp tục thụ lý 12 vụ khác."
)


def test_sections_by_kind_after_cu_the_nhu_sau_add_up_by_verb_to_the_totals_said_before():
    said = verdicts(SECTIONS.format(total="7.662"))
    assert said["7.662"] == Verdict.CONSISTENT  # 1.367 + 6.218 + 77
    assert said["6.468"] == Verdict.CONSISTENT  # 1.206 + 5.209 + 53; the 12 after the sections is not one
    assert verdicts(SECTIONS.format(total="7.562"))["7.562"] == Verdict.INCONSISTENT  # the kinds exceed it
    # the kinds described may be some of them: falling short of the total is no slip
    assert not verdicts(SECTIONS.format(total="7.962"))["7.962"].alarm


def test_a_part_that_reaches_a_rate_after_trong_do_may_give_its_own_plan_not_a_share_of_the_total():
    text = (
        "Lũy kế 6 tháng tổng thu ước đạt 8.356 tỷ đồng, bằng 54% dự toán HĐND tỉnh giao. Trong đó, Văn phòng"
        " Cục Thuế thu 7.130 tỷ đồng, đạt 52%; 18 chi cục thuế thu 1.226 tỷ đồng, đạt 65%."
    )
    said = verdicts(text)
    assert not said.get("52%", Verdict.NOT_CHECKABLE).alarm
    assert not said.get("65%", Verdict.NOT_CHECKABLE).alarm
    # a share said as one is still checked against the total the breakdown opened with
    share = "Tổng thu đạt 8.356 tỷ đồng. Trong đó, Văn phòng Cục Thuế thu 7.130 tỷ đồng, chiếm {}."
    assert verdicts(share.format("85,3%"))["85,3%"] == Verdict.CONSISTENT
    assert verdicts(share.format("52%"))["52%"].alarm


def test_a_share_introduced_by_ty_le_alone_is_a_share_of_the_whole_said_before():
    text = (
        "Toàn huyện có 543/545 Chi bộ trực thuộc kiểm điểm, đánh giá. Qua kiểm điểm, 304 Chi bộ đạt trong"
        " sạch vững mạnh, tỷ lệ {}."
    )
    assert verdicts(text.format("55,8%"))["55,8%"] == Verdict.CONSISTENT  # 304/545
    # neither 545 nor 543 gives 56,8%, and the text does not say which whole: looked at, not flagged
    assert verdicts(text.format("56,8%"))["56,8%"] == Verdict.AMBIGUOUS


def test_a_change_repeating_its_direction_in_brackets_is_of_the_figure_said_before():
    text = (
        "Va chạm giao thông xảy ra 10.310 vụ, làm bị thương nhẹ 11.453 người. So với cùng kỳ năm 2016 giảm"
        " 930 vụ (giảm {}), giảm 1.647 người bị thương (giảm 12,57%)."
    )
    assert verdicts(text.format("8,27%"))["8,27%"] == Verdict.CONSISTENT  # 930 / (10.310 + 930)
    assert verdicts(text.format("9,27%"))["9,27%"] == Verdict.INCONSISTENT
    # the changes of one sentence are not the figures they change
    changes = (
        "So với năm 2016, tai nạn giao thông giảm 1.509 vụ (giảm 6,99%), số người chết giảm 406 người"
        " (giảm 4,67%), số người bị thương giảm 2.240 người (giảm 11,62%)."
    )
    assert not any(verdict.alarm for verdict in verdicts(changes).values())


def test_the_courts_cases_and_matters_reached_as_a_share_of_those_received_before():
    text = (
        "Trong năm, đơn vị đã thụ lý tổng số 925 vụ, việc. Kết thúc năm công tác, đã giải quyết 898 vụ, việc,"
        " đạt tỷ lệ {}, vượt chỉ tiêu được giao."
    )
    assert verdicts(text.format("97%"))["97%"] == Verdict.CONSISTENT
    assert verdicts(text.format("92%"))["92%"] == Verdict.AMBIGUOUS  # no whole pinned down: not flagged


def test_cases_and_the_accused_of_a_pair_each_add_up_and_a_list_whole_in_cases_is_whole_in_accused():
    text = (
        "Tòa án đã xử lý, giải quyết 5.610 vụ/{accused} bị cáo, trong đó xét xử 5.569 vụ/9.280 bị cáo;"
        " đình chỉ xét xử 31 vụ/{few} bị cáo; tạm đình chỉ xét xử 10 vụ/23 bị cáo."
    )
    said = verdicts(text.format(accused="9.343", few="40"))
    assert said["5.610"] == Verdict.CONSISTENT and said["9.343"] == Verdict.CONSISTENT
    # the cases add up exactly: the list is whole, so the accused must add up too (4 for 40)
    assert verdicts(text.format(accused="9.343", few="4"))["9.343"] == Verdict.INCONSISTENT
    # what is still to be tried is not a part of what was settled: larger than the total, it is left out
    later = (
        "Tòa án đã xử lý, giải quyết 1.012 vụ/1.563 bị cáo; trong đó, xét xử 720 vụ/1.146 bị cáo; đình chỉ"
        " xét xử 292 vụ/417 bị cáo; chuẩn bị xét xử 2.213 vụ/3.791 bị cáo."
    )
    said = verdicts(later)
    assert said["1.012"] == Verdict.CONSISTENT and said["1.563"] == Verdict.CONSISTENT


def test_what_is_left_of_a_pair_is_the_pair_received_less_the_pair_settled():
    text = (
        "Ngành Kiểm sát thực hành quyền công tố, kiểm sát xét xử sơ thẩm 14.754 vụ/27.046 bị cáo. Tòa án đã"
        " xử lý, giải quyết 5.610 vụ/9.343 bị cáo, trong đó xét xử 5.569 vụ/9.280 bị cáo; đình chỉ xét xử"
        " 31 vụ/40 bị cáo; tạm đình chỉ xét xử 10 vụ/23 bị cáo. Đang giải quyết {left} vụ/17.703 bị cáo."
    )
    said = verdicts(text.format(left="9.144"))
    assert said["9.144"] == Verdict.CONSISTENT and said["17.703"] == Verdict.CONSISTENT
    # which pair it is left of is read from where it stands: a difference is looked at, not flagged
    assert verdicts(text.format(left="9.414"))["9.414"] == Verdict.AMBIGUOUS
    # new cases only, and changes, are not what was received
    phuc_tham = (
        "Thụ lý phúc thẩm 3.225 vụ/5.354 bị cáo (thụ lý mới 1.130 vụ/1.675 bị cáo, tăng 271 vụ/452 bị cáo)."
        " Tòa án đã xử lý, giải quyết 1.012 vụ/1.563 bị cáo; trong đó, xét xử 720 vụ/1.146 bị cáo; đình chỉ"
        " xét xử 292 vụ/417 bị cáo; chuẩn bị xét xử 2.213 vụ/3.791 bị cáo."
    )
    said = verdicts(phuc_tham)
    assert said["2.213"] == Verdict.CONSISTENT and said["3.791"] == Verdict.CONSISTENT


def test_what_is_left_after_a_fraction_is_of_the_fractions_whole():
    text = "Các cơ quan đã giải quyết được 238/316 vụ việc, đạt tỷ lệ 75,3%, còn lại {} vụ việc đang xác minh"
    assert verdicts(text.format("78"))["78"] == Verdict.CONSISTENT
    assert verdicts(text.format("35"))["35"] == Verdict.INCONSISTENT  # 316 − 238 = 78


def test_a_share_of_the_total_named_by_its_verb_is_of_the_largest_count_said_with_that_verb():
    text = (
        "Toàn ngành đã thụ lý 5.560 vụ án các loại, đã giải quyết 5043 vụ án, đạt tỷ lệ 90,7%. Đối với án"
        " hình sự, toàn ngành thụ lý 1.607 vụ, đã giải quyết 1.505 vụ. Năm 2011, số án toàn ngành bị hủy là"
        " 92 vụ, chiếm tỷ lệ {} trên tổng số án được giải quyết."
    )
    assert verdicts(text.format("1,82%"))["1,82%"] == Verdict.CONSISTENT  # 92 / 5.043
    assert verdicts(text.format("1,79%"))["1,79%"] == Verdict.INCONSISTENT
    # a whole said as a rate's count: the parts after it are given by their own rates
    rates = (
        "Tỷ lệ thất nghiệp chung là 0,76%, tương đương với 6.014 người thất nghiệp. Trong đó, tỷ lệ thất"
        " nghiệp ở thành thị là 1,46%, tương đương với 4.375 người; ở khu vực nông thôn 1.639 người thất"
        " nghiệp, chiếm tỷ lệ 0,33%."
    )
    assert not verdicts(rates).get("0,33%", Verdict.NOT_CHECKABLE).alarm


def test_what_is_left_of_shares_said_one_after_another_is_the_rest_of_the_whole():
    text = (
        "Trong 72 vụ ngộ độc, nguyên nhân do độc tố chiếm 19,4%, vi sinh vật chiếm 33,3%, hóa chất chiếm"
        " 11,1%, còn {} số vụ chưa xác định được nguyên nhân."
    )
    said = verdicts(text.format("36,1%"))
    assert said["36,1%"] == Verdict.CONSISTENT  # 100 − 63,8 = 36,2, and the shares are rounded themselves
    assert verdicts(text.format("46,1%"))["46,1%"] == Verdict.INCONSISTENT


def test_citizens_received_in_visits_and_people_each_add_up_over_their_kinds():
    text = (
        "Các cơ quan hành chính đã tiếp 3.938 lượt công dân với {people} người; trong đó tiếp thường xuyên"
        " 2.383 lượt với 1.855 người; tiếp định kỳ và đột xuất của lãnh đạo 1.555 lượt với 1.237 người."
    )
    said = verdicts(text.format(people="3.092"))
    assert said["3.938"] == Verdict.CONSISTENT and said["3.092"] == Verdict.CONSISTENT
    assert verdicts(text.format(people="3.029"))["3.029"] == Verdict.INCONSISTENT


def test_a_difference_with_the_two_counts_in_brackets_is_their_difference():
    text = "Công an bắt giữ 206 vụ, 326 đối tượng, so với cùng kỳ năm 2019 tăng {} vụ (206/113 vụ)."
    assert verdicts(text.format(93))["93"] == Verdict.CONSISTENT
    assert verdicts(text.format(83))["83"] == Verdict.INCONSISTENT  # 206 − 113 = 93
    # which of the two is this year's is not said the same way everywhere: the direction is not judged
    said = verdicts("Khởi tố 14 vụ, 18 bị can, so với cùng kỳ năm ngoái ít hơn 6 vụ (12/6 vụ).")
    assert not said["6"].alarm


def test_a_change_in_brackets_may_have_spaces_inside_them():
    text = (
        "Đường thuỷ xảy ra 16 vụ, làm chết 30 người, bị thương 1 người. So với cùng kỳ năm trước"
        " giảm 7 vụ (giảm 30,43%), tăng 15 người chết ( tăng {} )."
    )
    assert verdicts(text.format("100%"))["100%"] == Verdict.CONSISTENT  # 15 / (30 − 15)
    assert verdicts(text.format("50%"))["50%"].alarm


def test_a_total_said_with_its_verb_has_parts_named_with_it():
    text = (
        "- Tổng số thụ lý là 736.747 việc, tăng 39.080 việc (tăng 5,60% so với cùng kỳ năm 2016), trong"
        " đó: Số cũ chuyển sang là 290.524 việc; Số thụ lý mới là {} việc, tăng 5.703 việc."
    )
    assert verdicts(text.format("446.223"))["736.747"] == Verdict.CONSISTENT
    assert verdicts(text.format("456.223"))["736.747"] == Verdict.INCONSISTENT  # more than the total
    # what is still pending is not among what was settled
    said = verdicts(
        "Đã giải quyết 703 tin bao gồm: Khởi tố 461 tin, không khởi tố 242 tin, đang giải quyết 194 tin."
    )
    assert said["703"] == Verdict.CONSISTENT


def test_what_is_settled_is_counted_against_what_is_the_offices_to_settle():
    text = (
        "Toàn tỉnh tiếp nhận 349 đơn khiếu tố. Qua xử lý đơn thư xác định, đơn thuộc thẩm quyền giải quyết"
        " của các cơ quan hành chính Nhà nước 124. Đã giải quyết được 123 đơn (đạt {})."
    )
    assert verdicts(text.format("99,2%"))["99,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("84,8%"))["84,8%"] == Verdict.INCONSISTENT  # of neither 124 nor 349
    # without the office's own count, the share may be of what was received, or of a figure not printed
    said = verdicts(
        "Toàn tỉnh tiếp nhận 349 đơn, trong kỳ 200 đơn mới. Đã giải quyết được 123 đơn (đạt 84,8%)."
    )
    assert not said["84,8%"].alarm


def test_shares_listed_one_sentence_after_another_are_of_one_whole():
    text = (
        "Đảng bộ huyện hiện có 41 tổ chức cơ sở Đảng. Qua đánh giá chất lượng năm 2015 có 24 tổ chức cơ sở"
        " Đảng đạt trong sạch vững mạnh, chiếm gần 59%. Có 15 tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ,"
        " tỷ lệ {}."
    )
    assert verdicts(text.format("36,6%"))["36,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("36,7%"))["36,7%"] == Verdict.INCONSISTENT  # 15/41 = 36,59%
    # without the share before, the whole is not pinned: 24 or 41
    alone = text.replace(", chiếm gần 59%", "")
    assert not verdicts(alone.format("36,7%"))["36,7%"].alarm


def test_changes_in_brackets_are_of_the_counts_said_with_the_same_words_in_an_earlier_year():
    text = (
        "Trong khi đó, năm 2014, CQĐT khởi tố mới 256 vụ, 593 bị can; VKS truy tố 329 vụ, 751 bị can. Năm"
        " 2015, CQĐT khởi tố mới 178 vụ, 317 bị can (giảm {} số vụ và {} số bị can); VKS truy tố 310 vụ,"
        " 697 bị can (giảm 5,8% số vụ và 7,2% bị can)."
    )
    said = verdicts(text.format("30,5%", "46,5%"))
    assert said["30,5%"] == said["46,5%"] == said["5,8%"] == said["7,2%"] == Verdict.CONSISTENT
    said = verdicts(text.format("43,8%", "87%"))  # the decrease divided by the later year
    assert said["43,8%"] == said["87%"] == Verdict.INCONSISTENT
    # without the years said, the counts before need not be the year before's
    unnamed = text.replace("năm 2014, ", "").replace("Năm 2015, ", "")
    assert "43,8%" not in verdicts(unnamed.format("43,8%", "87%"))


def test_what_was_done_of_what_could_be_with_its_own_change_between():
    text = (
        "Tổng số phải thi hành là 18.819 việc, trong đó, số có điều kiện thi hành là 13.409 việc (chiếm"
        " 71,25%), số chưa có điều kiện là 5.255 việc (chiếm 27,92%). Trong số có điều kiện thi hành, số thi"
        " hành xong là 11.072 việc, tăng 2.641 việc so với cùng kỳ năm 2021, đạt tỷ lệ {}."
    )
    assert verdicts(text.format("82,57%"))["82,57%"] == Verdict.CONSISTENT  # 11.072 / 13.409
    assert verdicts(text.format("58,84%"))["58,84%"] == Verdict.INCONSISTENT  # of the 18.819, not said
    text = (
        "Số có điều kiện thi hành là 579.413 việc; số thi hành xong là 369.372 việc, tăng 17.190 việc (tăng"
        " 4,88% so với cùng kỳ năm 2016); đạt tỉ lệ {}."
    )
    assert verdicts(text.format("63,75%"))["63,75%"] == Verdict.CONSISTENT


def test_changes_against_two_periods_are_both_of_the_count_not_of_the_first_difference():
    text = (
        "Toàn tỉnh có 239.482 người tham gia bảo hiểm xã hội bắt buộc, tăng 16.696 người (tăng 7,49%) so với"
        " cùng kỳ năm 2020, tăng 3.254 người (tăng {}) so với tháng 12/2020."
    )
    assert verdicts(text.format("1,38%"))["1,38%"] == Verdict.CONSISTENT  # 3.254 / (239.482 − 3.254)
    assert verdicts(text.format("1,48%"))["1,48%"].alarm


def test_parts_said_in_the_words_of_their_wholes_own_rate_have_rates_of_their_own():
    text = (
        "Toàn tỉnh có 14.506 thí sinh tham gia dự thi, kết quả có 12.847 thí sinh đậu tốt nghiệp, chiếm tỷ lệ"
        " 88,56%. Trong đó, cụm thi liên tỉnh có 8.925 thí sinh đậu tốt nghiệp, chiếm tỷ lệ 94,27%, cụm thi"
        " tại địa phương có 3.922 thí sinh đậu tốt nghiệp, chiếm tỷ lệ 77,83%."
    )
    said = verdicts(text)
    assert said["88,56%"] == said["12.847"] == Verdict.CONSISTENT
    assert not said["94,27%"].alarm and not said["77,83%"].alarm  # each cluster's own pass rate
    # a part's share said otherwise is still of the whole it opens
    other = (
        "Năm 2015 có 12.847 thí sinh đậu tốt nghiệp. Trong đó, cụm thi liên tỉnh có 8.925 thí sinh, chiếm {}."
    )
    assert verdicts(other.format("69,47%"))["69,47%"] == Verdict.CONSISTENT
    assert verdicts(other.format("94,27%"))["94,27%"] == Verdict.INCONSISTENT


def test_gradings_of_all_the_units_with_each_grade_broken_down_in_brackets():
    text = (
        "Kết quả xếp loại tổ chức đảng cấp huyện, có 51/51 tổ chức đánh giá, xếp loại, trong đó: Hoàn thành"
        " xuất sắc nhiệm vụ 08 (có 01 đảng bộ và 07 chi bộ), chiếm tỷ lệ {}; Hoàn thành tốt nhiệm vụ 35 (có"
        " 07 đảng bộ và 28 chi bộ), chiếm tỷ lệ 68,63%."
    )
    assert verdicts(text.format("15,69%"))["15,69%"] == Verdict.CONSISTENT  # 8 of the 51 graded
    assert verdicts(text.format("15,67%"))["15,67%"] == Verdict.INCONSISTENT
    assert verdicts(text.format("15,69%"))["68,63%"] == Verdict.CONSISTENT


TABLE = (
    "Một số chỉ tiêu dân số và lao động năm 2018\n\nNăm 2017\n\n(Người)\n\nƯớc tính\nnăm 2018 (Người)\n\n"
    "Ước tính năm 2018 so với năm 2017 (%)\n\n1. Dân số trung bình\n\n1.101.641\n\n1.113.641\n\n{first}\n\n"
    "Phân theo giới tính\n\nNam\n\n551.976\n\n558.491\n\n{second}\n\nNữ\n\n-\n\n555.150\n\n101,00\n\n"
    "Thành thị\n\n567.736\n\n572.967\n\n100,92\n\n"
)


def test_a_table_copied_one_cell_per_line_has_its_column_of_indices_read_row_by_row():
    said = verdicts(TABLE.format(first="101,09", second="101,18"))
    assert said["101,09"] == said["101,18"] == said["100,92"] == Verdict.CONSISTENT
    assert "101,00" not in said  # its row has an empty cell ("-"): which figure is which is not known
    said = verdicts(TABLE.format(first="101,09", second="101,81"))  # 558.491 / 551.976 = 101,18
    assert said["101,81"].alarm and said["101,09"] == Verdict.CONSISTENT


def test_a_table_whose_header_says_change_has_changes_and_a_second_index_column_is_not_guessed():
    changes = TABLE.replace("Ước tính năm 2018 so với năm 2017 (%)", "Tăng, giảm so với năm 2017 (%)")
    said = verdicts(changes.format(first="1,09", second="1,18"))
    assert said["1,09"] == said["1,18"] == Verdict.CONSISTENT
    two = TABLE.replace("(%)\n\n1.", "(%)\n\nKế hoạch năm 2018 so với năm 2017 (%)\n\n1.")
    said = verdicts(two.format(first="101,09", second="101,81"))
    assert "101,81" not in said and "101,09" not in said


def test_a_share_of_the_whole_named_in_the_words_it_was_said_with():
    text = (
        "- Tổng số phải thi hành là 728.227 việc, trong đó: Số có điều kiện thi hành là 579.413 việc, "
        "tăng 7.240 việc (tăng 1,27% so với cùng kỳ năm 2016);  chiếm {first} trong tổng số phải thi hành; "
        "Số chưa có điều kiện thi hành là 148.814 việc, chiếm {second} trong tổng số phải thi hành;"
    )
    said = verdicts(text.format(first="79,56%", second="20,44%"))
    assert said["79,56%"] == said["20,44%"] == Verdict.CONSISTENT
    said = verdicts(text.format(first="79,56%", second="21,44%"))  # 148.814 / 728.227 = 20,44%
    assert said["21,44%"].alarm


def test_a_fraction_after_toi_is_a_fraction_not_a_day_of_a_month_that_does_not_exist():
    assert verdicts("Có tới 7/13 vụ (tỉ lệ 53,8%) do thủy sản.")["53,8%"] == Verdict.CONSISTENT
    assert verdicts("Có tới 7/13 vụ (tỉ lệ 58,3%) do thủy sản.")["58,3%"].alarm


def test_a_change_from_an_earlier_count_given_in_brackets_after_so_voi():
    text = (
        "Số việc có điều kiện năm 2017 chuyển sang năm 2018 là 210.041 việc, so với số việc có điều kiện "
        "thi hành năm 2016 chuyển sang năm 2017 (144.857 việc) tăng {difference} việc (tăng {change})."
    )
    said = verdicts(text.format(difference="65.184", change="45,00%"))
    assert said["65.184"] == said["45,00%"] == Verdict.CONSISTENT
    said = verdicts(text.format(difference="56.184", change="40,00%"))
    assert said["56.184"].alarm and said["40,00%"].alarm


YEARBOOK = (
    "Lao động đang làm việc phân theo ngành kinh tế\n\nĐơn vị tính: Người\n\n2016\n\n2017\n\n2018\n\n"
    "TỔNG SỐ\n\n584.759\n\n586.122\n\n{total}\n\nPhân theo ngành kinh tế\n\nCông nghiệp\n\n179.770\n\n"
    "180.242\n\n181.001\n\nDịch vụ\n\n261.020\n\n262.250\n\n263.500\n\nNông nghiệp\n\n143.969\n\n143.630\n\n"
    "{last}\n\nPhân theo giới tính\n\nNam\n\n300.000\n\n301.000\n\n302.000\n\nNữ\n\n284.759\n\n285.122\n\n"
    "{women}\n\nNguồn: Cục Thống kê."
)


def test_the_rows_of_a_breakdown_under_a_tables_row_add_up_to_it_column_by_column():
    said = verdicts(YEARBOOK.format(total="587.001", last="142.500", women="285.001"))
    assert said["584.759"] == said["586.122"] == said["587.001"] == Verdict.CONSISTENT
    # 181.001 + 263.500 + 142.600 = 587.101, while the two other columns add up: a slip
    said = verdicts(YEARBOOK.format(total="587.001", last="142.600", women="285.001"))
    assert said["587.001"].alarm and said["584.759"] == Verdict.CONSISTENT


def test_a_breakdown_that_adds_up_in_no_other_column_is_not_called_a_slip():
    # the second breakdown (by sex) does not add up in any column: its rows may be a part's own parts
    text = YEARBOOK.replace("Nữ\n\n284.759\n\n285.122", "Nữ\n\n284.000\n\n285.000")
    said = verdicts(text.format(total="587.001", last="142.500", women="285.500"))
    assert said["587.001"] == Verdict.CONSISTENT  # by branch, it adds up
    assert not any(verdict.alarm for verdict in said.values())


def test_a_courts_sections_each_with_its_own_changes_in_brackets_and_its_own_breakdown():
    text = (
        "Trong năm, án hình sự ngành thụ lý là 1.319 vụ, với 2.318 bị cáo (giảm 26 vụ SCK); đã giải "
        "quyết 1.312 vụ với 2.286 bị cáo (giảm 17 vụ SCK), đạt tỷ lệ {criminal}. Án dân sự: thụ lý 4.512 "
        "vụ (tăng 85 vụ SCK), đã giải quyết 4.288 vụ, đạt tỷ lệ trên 95%, trong đó án hòa giải thành "
        "được 1.732 vụ, đạt trên 40% so với tổng số án đã giải quyết. Án hôn nhân gia đình: thụ lý 4.797 "
        "vụ (tăng 823 vụ SCK), đã giải quyết 4.732 vụ (tăng 786 vụ SCK), đạt tỷ lệ 98,64%; trong đó số "
        "án hòa giải thành là 2.848 vụ, đạt tỷ lệ 60,2%. Án lao động: thụ lý 175 vụ (tăng 122 vụ SCK), "
        "đã giải quyết 175 vụ (tăng 123 vụ SCK), đạt tỷ lệ 100%, trong đó 17 vụ hòa giải thành, đạt tỷ "
        "lệ 9,71% so với tổng số án đã giải quyết."
    )
    said = verdicts(text.format(criminal="99,47%"))
    assert said["99,47%"] == said["98,64%"] == said["60,2%"] == said["9,71%"] == Verdict.CONSISTENT
    assert not any(verdict.alarm for verdict in said.values())  # each share of its own section's count
    assert verdicts(text.format(criminal="99,74%"))["99,74%"].alarm  # 1.312 / 1.319 = 99,47%


def test_a_change_said_after_the_plans_in_brackets_is_of_the_amount_not_of_a_plan():
    text = (
        "Cục Hải quan thu ngân sách đạt 25.210 tỷ đồng, bằng 39,62% so với chỉ tiêu Bộ Tài chính giao "
        "(63.630 tỷ đồng), bằng 37,6% so với chỉ tiêu Tổng cục Hải quan giao phấn đấu (67.050 tỷ đồng), "
        "tăng 4.437,85 tỷ đồng (tương ứng {change}) so với cùng kỳ năm 2021 (20.772,14 tỷ đồng)."
    )
    assert verdicts(text.format(change="21,36%"))["21,36%"] == Verdict.CONSISTENT
    assert verdicts(text.format(change="12,36%"))["12,36%"].alarm


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("bắt buộc 85.072 người, đạt 100% kế hoạch, giảm 3,44% - tương đương 3.030 người so với năm 2019.",
         "3,44%", Verdict.CONSISTENT),
        ("tự nguyện: 13.518 người, đạt 100,01% kế hoạch năm, tăng 96,63% với 6.643 người so với năm 2019;",
         "96,63%", Verdict.CONSISTENT),
        ("tham gia BHYT là 1.164.298 người, tăng 9,31% với 43.811 người so với năm 2019.",
         "9,31%", Verdict.INCONSISTENT),  # 43.811 / (1.164.298 − 43.811) = 3,91%
        ("là 1.177.816 người, đạt 100,14% kế hoạch, tăng 4,48% so với năm 2019 - tương đương 50.454 người.",
         "4,48%", Verdict.CONSISTENT),
    ],
)  # fmt: skip
def test_a_change_said_as_its_rate_then_its_difference(text, figure, verdict):
    assert verdicts(text)[figure] == verdict


def test_comrades_and_party_members_are_counted_alike():
    text = (
        "Toàn Đảng kết nạp 88.029 đảng viên. Trong số đảng viên kết nạp: là phụ nữ 35.658 đồng chí, chiếm "
        "{share} tổng số đảng viên mới kết nạp."
    )
    assert verdicts(text.format(share="40,51%"))["40,51%"] == Verdict.CONSISTENT
    assert verdicts(text.format(share="45,01%"))["45,01%"].alarm


def test_thousands_grouped_by_spaces_before_what_they_count():
    text = "Các tỉnh gieo cấy được khoảng 400 000 ha / 496 000 ha kế hoạch, đạt khoảng {share}."
    assert verdicts(text.format(share="80%"))["80%"] == Verdict.CONSISTENT  # 80,6%, "khoảng"
    assert verdicts(text.format(share="90%"))["90%"].alarm


def test_a_list_of_changes_with_the_period_compared_said_once_at_its_end():
    text = (
        "Đường thủy xảy ra 3 vụ, làm chết 2 người, không có người bị thương, giảm 2 vụ ({cases}), "
        "giảm 1 người chết ({deaths}) và số người bị thương không thay đổi so với cùng kỳ năm 2021."
    )
    said = verdicts(text.format(cases="40%", deaths="33,33%"))  # 2 of 5 cases, 1 of 3 deaths
    assert said["40%"] == said["33,33%"] == Verdict.CONSISTENT
    said = verdicts(text.format(cases="50%", deaths="33,33%"))  # 50% would be 2 of 4: of the 2 dead
    assert said["50%"].alarm


def test_a_change_after_three_plans_in_brackets_is_still_of_the_amount_collected():
    text = (
        "Riêng khu vực Hải Phòng thu được 21.515,52 tỷ đồng, đạt 38,47% so với chỉ tiêu Bộ Tài chính giao "
        "(55.930 tỷ đồng), đạt 36,6% chỉ tiêu Tổng cục Hải quan giao (58.800 tỷ đồng), đạt 35,86% chỉ tiêu "
        "UBND TP Hải Phòng giao phấn đấu (60.000 tỷ đồng), tăng 3.385,54 tỷ đồng (tương ứng {change}) so với "
        "cùng kỳ năm 2021."
    )
    assert verdicts(text.format(change="18,67%"))["18,67%"] == Verdict.CONSISTENT
    assert verdicts(text.format(change="15,98%"))["15,98%"].alarm
    # 5,98% is 3.385,54 of 60.000 − 3.385,54, a plan: more than three times off 18,67%, a doubt, not a flag
    assert verdicts(text.format(change="5,98%"))["5,98%"] == Verdict.AMBIGUOUS


def test_changes_after_a_comparison_that_opens_a_clause_not_the_sentence():
    text = (
        "Trong đó, đường bộ xảy ra 12.501 vụ, làm chết 5.526 người, bị thương 9.571 người; so với cùng kỳ "
        "năm trước giảm 554 vụ ({cases}), giảm 356 người chết (-6%), giảm 694 người bị thương(-6,7%)."
    )
    said = verdicts(text.format(cases="-4,2%"))  # 554 of 13.055
    assert said["4,2%"] == said["6%"] == Verdict.CONSISTENT
    assert said["6,7%"] == Verdict.CONSISTENT_BY_TRUNCATION  # 6,76%
    assert verdicts(text.format(cases="-2,4%"))["2,4%"].alarm


def test_a_parts_own_details_in_brackets_and_kinds_of_the_whole_that_add_up():
    text = (
        "Toàn Đảng bộ tỉnh có {} tổ chức cơ sở đảng, trong đó có 248 đảng bộ cơ sở (14 đảng bộ bộ phận"
        " và 2.370 chi bộ trực thuộc) và 229 chi bộ cơ sở, với 36.607 đảng viên."
    )
    assert verdicts(text.format("477"))["477"] == Verdict.CONSISTENT
    # kinds that do not add up may not be parts at all: nothing is claimed, and no alarm
    assert "478" not in verdicts(text.format("478"))


def test_a_rate_with_its_difference_in_brackets_after_the_period_compared():
    text = (
        "tổng thu ước đạt 8.356 tỷ đồng, bằng 54% dự toán, tăng {} so với cùng kỳ năm 2017"
        " (số tuyệt đối tăng 1.694 tỷ đồng)."
    )
    assert verdicts(text.format("25%"))["25%"] == Verdict.CONSISTENT  # 1.694 / 6.662 = 25,4%
    assert verdicts(text.format("29%"))["29%"].alarm


def test_a_breakdown_sentence_is_of_the_earlier_figure_its_parts_add_up_to():
    # the nearest figure is what was settled; the parts add up to what was taken in
    text = (
        "Tòa án đã thụ lý {} vụ, việc, đã giải quyết 1.308 vụ, việc. Trong đó, án hình sự 126 vụ;"
        " án dân sự 352 vụ; án hôn nhân gia đình 931 vụ."
    )
    said = verdicts(text.format("1.409"))
    assert said["1.409"] == Verdict.CONSISTENT
    assert not any(v.alarm for v in said.values())
    assert not any(v.alarm for v in verdicts(text.format("1.509")).values())


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # a unit glued to its number, a season's year, the rate in brackets after the difference
        (
            "gieo trồng 73.467ha lúa, giảm 1.686ha (bằng 2,24%) so với vụ mùa năm 2018.",
            "2,24%",
            Verdict.CONSISTENT,
        ),
        (
            "gieo trồng 73.467ha lúa, giảm 1.686ha (bằng 2,42%) so với vụ mùa năm 2018.",
            "2,42%",
            Verdict.INCONSISTENT,
        ),
        # the rate, then its difference in brackets, then the period compared
        (
            "năng suất đạt 51,50 tạ/ha, tăng 2,63% (1,32 tạ/ha) so với vụ mùa 2018.",
            "2,63%",
            Verdict.CONSISTENT,
        ),
        (
            "năng suất đạt 51,50 tạ/ha, tăng 2,36% (1,32 tạ/ha) so với vụ mùa 2018.",
            "2,36%",
            Verdict.INCONSISTENT,
        ),
        # the difference, the period compared, then the rate in brackets
        (
            "có 119 doanh nghiệp tạm ngừng, tăng 37 trường hợp so với cùng kỳ (45%).",
            "45%",
            Verdict.CONSISTENT,
        ),
        (
            "có 119 doanh nghiệp tạm ngừng, tăng 37 trường hợp so với cùng kỳ (47%).",
            "47%",
            Verdict.INCONSISTENT,
        ),
        # "tương ứng tăng gần …": the difference after the rate, with its direction and bound
        (
            "xuất khẩu đạt 70,89 tỷ USD, tăng 27,2%, tương ứng tăng gần 15,17 tỷ USD so với cùng kỳ.",
            "27,2%",
            Verdict.CONSISTENT,
        ),
    ],
)
def test_changes_with_their_differences_as_the_statistics_offices_write_them(text, figure, verdict):
    assert verdicts(text)[figure] == verdict


def test_a_change_in_a_list_after_the_period_compared_and_the_breakdown_past_its_totals_rate():
    text = (
        "Cả năm, tổng sản lượng lương thực có hạt là 905.867 tấn, giảm 0,58% (5.240 tấn) so với năm 2018;"
        " trong đó thóc là 888.132 tấn, giảm 0,34% (3.042 tấn); ngô là 17.724 tấn, giảm {} (2.133 tấn);"
        " kê là 11 tấn, giảm 65 tấn."
    )
    said = verdicts(text.format("10,74%"))
    assert said["905.867"] == Verdict.CONSISTENT  # 888.132 + 17.724 + 11
    assert said["0,34%"] == Verdict.CONSISTENT
    # the change's difference is no total: judged, it is the change at its rate
    difference = [
        claim for claim in check_text(text.format("10,74%")).claims if claim.printed.text == "5.240"
    ]
    assert [claim.template for claim in difference] == ["difference_of_its_rate"]
    assert verdicts(text.format("10,47%"))["10,47%"].alarm


def test_a_clause_that_said_what_it_compares_with_before_its_last_change():
    text = (
        "Từ đầu năm có 119 doanh nghiệp tạm ngừng, tăng 37 trường hợp so với cùng kỳ (45%); riêng doanh"
        " nghiệp giải thể có 32 trường hợp, giảm 23 trường hợp ({})."
    )
    assert verdicts(text.format("42%"))["42%"] == Verdict.CONSISTENT
    assert verdicts(text.format("46%"))["46%"].alarm
    # without a comparison said, "(46%)" after a difference is not read as its rate
    assert "46%" not in verdicts("Doanh nghiệp giải thể có 32 trường hợp, giảm 23 trường hợp (46%).")


def test_the_title_repeats_the_bodys_figure_and_its_verdict():
    text = (
        "Vốn đăng ký thành lập doanh nghiệp mới tăng {}\n(BĐ) - Số vốn đăng ký là 1.986 tỉ đồng, tăng {} so"
        " với cùng kỳ năm trước (921 tỉ đồng)."
    )
    report = check_text(text.format("113%", "113%"))
    title = [claim for claim in report.claims if claim.printed.start < text.index("\n")]
    assert len(title) == 1 and title[0].verdict.alarm
    assert "Tiêu đề nhắc lại" in title[0].explanation("vi")
    report = check_text(text.format("116%", "116%"))
    assert all(claim.verdict == Verdict.CONSISTENT for claim in report.claims)
    assert len(report.claims) == 2


def test_shares_after_the_parts_own_rate_and_of_a_whole_named_in_words():
    text = (
        "Kim ngạch xuất khẩu toàn tỉnh đạt 77,52 triệu USD. Trong đó, doanh nghiệp trong nước đạt 48,06"
        " triệu USD, tăng 47,89% so với cùng kỳ năm trước, chiếm {} kim ngạch xuất khẩu toàn tỉnh."
    )
    assert verdicts(text.format("62%"))["62%"] == Verdict.CONSISTENT
    text = (
        "Tổng mức bán lẻ ước đạt 25.992 tỷ đồng. Doanh thu bán lẻ hàng hóa đạt 22.296 tỷ đồng, chiếm"
        " {} tổng mức."
    )
    assert verdicts(text.format("85,78%"))["85,78%"] == Verdict.CONSISTENT


def test_a_change_after_a_comparison_is_of_the_one_count_of_the_sentence_before():
    text = (
        "Toàn quốc xảy ra 9.318 vụ, làm chết 3.735 người, bị thương 8.554 người. Va chạm giao thông xảy ra"
        " 5.025 vụ, làm bị thương nhẹ 6.039 người. So với cùng kỳ năm 2014 giảm 1.279 vụ ({}), giảm"
        " 1.624 người bị thương (-21,19%)."
    )
    assert verdicts(text.format("-20,29%"))["20,29%"] == Verdict.CONSISTENT
    assert verdicts(text.format("-20,69%"))["20,69%"].alarm  # of 5.025, not of 9.318
    # the sentence before has no count said with "chết": which one "giảm 193 người chết" is of is not said
    text = (
        "Toàn quốc xảy ra 9.318 vụ, làm chết 3.735 Canada Goose người, làm bị thương 8.554 người. So với"
        " cùng kỳ năm 2014 giảm 1.454 vụ (-13,5%), giảm 193 người chết (-4,91%)."
    )
    assert not verdicts(text)["4,91%"].alarm


def test_a_total_whose_parts_the_next_sentences_give_one_by_one():
    text = (
        "Trong tháng 5, cả nước xảy ra {} vụ, làm chết 708 người. So với cùng kỳ năm 2014 giảm 400 vụ.\n\n"
        "Trong đó tai nạn từ ít nghiêm trọng trở lên xảy ra 798 vụ, làm chết 708 người. So với cùng kỳ năm"
        " 2014 giảm 61 vụ.\n\nVa chạm giao thông xảy ra 936 vụ, làm bị thương nhẹ 1.106 người. So với cùng"
        " kỳ năm 2014 giảm 339 vụ."
    )
    said = verdicts(text.format("1.734"))
    assert said["1.734"] == Verdict.CONSISTENT  # 798 + 936
    assert said["400"] == Verdict.CONSISTENT  # the changes: 61 + 339
    # across sentences a list may be partial or no list at all: a sum that misses is not claimed
    said = verdicts(text.format("1.834"))
    assert "1.834" not in said
    assert not any(verdict.alarm for verdict in said.values())
    # a bound leaves room for other figures: "hơn 1.700 vụ" is not claimed either
    assert "1.700" not in verdicts(text.format("hơn 1.700"))


def test_a_title_that_opens_with_the_figure_the_body_judges_once():
    text = (
        "{} số tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ\n\nQua đánh giá, toàn tỉnh có 662 tổ chức cơ sở"
        " đảng, trong đó có 604 tổ chức hoàn thành tốt nhiệm vụ, đạt 91,2%."
    )
    assert verdicts(text.format("91,2%"))["91,2%"] == Verdict.CONSISTENT
    report = check_text(text.format("92,1%"))
    assert [claim.printed.text for claim in report.claims if claim.printed.start == 0] == []


def test_a_rate_that_another_pair_nearby_gives_exactly_is_ambiguous_not_a_slip():
    text = "Tòa án thụ lý 500 vụ, trong đó 400 vụ dân sự; đã giải quyết 450 vụ, đạt tỷ lệ {}."
    said = check_text(text.format("88,89%")).claims[0]  # 450/500 = 90%, but 400/450 = 88,89%
    assert said.verdict == Verdict.AMBIGUOUS
    assert "400 trên 450" in said.explanation("vi") and "không rõ ý nào" in said.explanation("vi")
    assert verdicts(text.format("88,00%"))["88,00%"] == Verdict.INCONSISTENT  # no pair gives it
    # a whole percentage is one point wide: a pair that happens to round to it says nothing
    assert verdicts(text.format("89%"))["89%"] == Verdict.INCONSISTENT


def test_the_rates_of_cases_and_of_the_accused_said_in_one_breath():
    text = (
        "Các Tòa án đã thụ lý 386.165 vụ với 650.546 bị cáo; đã giải quyết, xét xử được 384.209 vụ với"
        " 641.616 bị cáo, đạt tỷ lệ 99,5% về số vụ và {} về số bị cáo."
    )
    said = verdicts(text.format("98,6%"))
    assert said["99,5%"] == said["98,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("96,8%"))["96,8%"] == Verdict.INCONSISTENT


def test_a_breakdown_after_the_totals_rate_and_a_comma():
    text = (
        "Năm 2017, diện tích rừng bị thiệt hại là {} ha, giảm 55,9% so với năm 2016, trong đó diện tích rừng"
        " bị cháy là 471,7 ha, giảm 80%; diện tích rừng bị chặt phá là 1.043,9 ha, giảm 2,9%."
    )
    assert verdicts(text.format("1.515,6"))["1.515,6"] == Verdict.CONSISTENT
    assert verdicts(text.format("1.415,6"))["1.415,6"] == Verdict.INCONSISTENT  # the parts are more


def test_a_sectors_contribution_to_the_growth_of_the_whole():
    text = (
        "Tổng sản phẩm trong tỉnh (GRDP) 6 tháng đầu năm 2024 ước đạt 26.891 tỷ đồng, tăng 10,35% so với"
        " cùng kỳ năm 2023. Khu vực công nghiệp, xây dựng 6 tháng ước đạt 17.443,9 tỷ đồng, tăng 13,26% so"
        " với cùng kỳ (đóng góp {} vào mức tăng chung)."
    )
    assert verdicts(text.format("81%"))["81%"] == Verdict.CONSISTENT  # of the whole's increase
    assert verdicts(text.format("84%"))["84%"] == Verdict.INCONSISTENT
    points = (
        "Tổng sản phẩm ước đạt 7.740 tỷ đồng, tăng 3,73% so với cùng kỳ. Trong đó, khu vực nông, lâm nghiệp"
        " và thủy sản đạt 2.203 tỷ đồng, tăng 3,6% so cùng kỳ năm 2020, đóng góp {} điểm phần trăm vào mức"
        " tăng trưởng chung."
    )
    said = verdicts(points.format("1,03"))["1,03 điểm phần trăm"]
    assert said == Verdict.CONSISTENT  # of the whole a year before
    assert verdicts(points.format("1,30"))["1,30 điểm phần trăm"] == Verdict.INCONSISTENT


def test_a_fraction_with_a_long_noun_then_its_rate_in_brackets():
    text = (
        "Các cấp, các ngành trong tỉnh đã giải quyết 85/92 vụ việc khiếu nại, tố cáo thuộc thẩm quyền"
        " (đạt tỷ lệ {})."
    )
    assert verdicts(text.format("92,4%"))["92,4%"] == Verdict.CONSISTENT  # 85/92 = 92,39%
    assert verdicts(text.format("94,2%"))["94,2%"] == Verdict.INCONSISTENT


def test_a_settled_count_its_change_after_a_comma_then_its_rate():
    text = (
        "TAND hai cấp thụ lý 7.990 vụ án dân sự, so với cùng kỳ giảm 1.193 vụ; giải quyết 6.260 vụ, so cùng"
        " kỳ giảm 2.278 vụ (đạt {}); còn lại 1.730 vụ."
    )
    assert verdicts(text.format("78,35"))["78,35"] == Verdict.CONSISTENT  # 6.260/7.990, the "%" left out
    assert verdicts(text.format("73,35"))["73,35"] == Verdict.INCONSISTENT
    # the change's own rate is no settlement rate
    said = verdicts("thụ lý 7.990 vụ; giải quyết 6.260 vụ, so cùng kỳ giảm 2.278 vụ (26,7%); còn 1.730 vụ.")
    assert not said.get("26,7%", Verdict.NOT_CHECKABLE).alarm


def test_a_number_said_in_words_counts_what_the_text_counts_in_digits():
    text = "Tổng số bản án phải thi hành là 54 bản án, đã thi hành xong năm bản án, còn lại {} bản án."
    assert verdicts(text.format("49"))["49"] == Verdict.CONSISTENT  # 54 − năm (5)
    assert verdicts(text.format("48"))["48"] == Verdict.INCONSISTENT
    # "năm" as a year, "năm học", and a word the text never counts in digits are no figures
    said = check_text("Năm học 2023 có hai cấp tham gia; thụ lý 12 vụ, giải quyết 10 vụ, còn lại 2 vụ.")
    assert said.coverage.numbers == 3


def test_the_year_of_a_school_or_fiscal_year_is_no_figure():
    said = check_text("Năm học 2023 có 5 trường; năm tài chính 2022 thu 10 tỷ đồng.")
    assert said.coverage.numbers == 2


def test_what_was_carried_over_and_what_was_newly_received_are_the_parts_of_a_total():
    text = (
        "Về THA hành chính, tổng số bản án đang theo dõi là {}, trong đó năm 2018 chuyển sang 39 bản án,"
        " thụ lý mới 15 bản án."
    )
    assert verdicts(text.format("54"))["54"] == Verdict.CONSISTENT
    assert verdicts(text.format("64"))["64"] == Verdict.INCONSISTENT
    # without what was carried over, what was received is no part of what was settled
    said = verdicts("Đã giải quyết 54 vụ, trong đó xét xử 39 vụ, thụ lý mới 25 vụ.")
    assert not said.get("54", Verdict.NOT_CHECKABLE).alarm


def test_budget_lines_listed_after_a_colon_are_parts_of_the_spending():
    text = (
        "Tổng chi ngân sách địa phương thực hiện {} tỷ đồng, trong đó: chi đầu tư phát triển 1.980 tỷ đồng,"
        " chi thường xuyên 1.850 tỷ đồng."
    )
    assert verdicts(text.format("3.830"))["3.830 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format("3.730"))["3.730 tỷ"] == Verdict.INCONSISTENT  # the parts are more


def test_a_parts_own_change_in_brackets_does_not_end_the_list():
    text = (
        "Tổng số giải quyết {} việc, trong đó: Số cũ chuyển sang 2.548 việc; thụ lý mới 5.621 việc (tăng 5,6%"
        " so với năm 2019); đã thi hành xong 5.024 việc (tăng 46 việc, 0,9% so với cùng kỳ năm 2019)."
    )
    said = verdicts(text.format("8.169"))
    assert said["8.169"] == Verdict.CONSISTENT  # what was done with them is no third part
    assert verdicts(text.format("8.196"))["8.196"] == Verdict.INCONSISTENT  # carried over and new: the whole


def test_what_a_part_holds_said_with_with_is_no_further_part():
    text = (
        "Sinh hoạt tại {} tổ chức cơ sở đảng (trong đó: 149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc và"
        " 285 chi bộ cơ sở)."
    )
    assert verdicts(text.format("434"))["434"] == Verdict.CONSISTENT
    # kinds of the whole counted by other nouns are read only when they add up: never an alarm
    assert not verdicts(text.format("424")).get("424", Verdict.NOT_CHECKABLE).alarm


def test_parts_parted_by_semicolons_with_commas_in_their_labels():
    text = (
        "Toàn tỉnh tiếp nhận {} đơn, trong đó đơn lưu do trùng lặp, không rõ địa chỉ, nặc danh là 346 đơn;"
        " đơn có đủ điều kiện xử lý là 3.321 đơn."
    )
    assert verdicts(text.format("3.667"))["3.667"] == Verdict.CONSISTENT
    assert verdicts(text.format("3.567"))["3.567"] == Verdict.INCONSISTENT  # the parts are more


def test_a_change_then_the_earlier_period_and_its_value_in_brackets():
    text = (
        "Ước tính 3 tháng đầu năm 2022, diện tích rừng bị cháy là 7,8 ha, giảm {} (3 tháng đầu năm 2021,"
        " diện tích rừng bị cháy là 115,1 ha)."
    )
    assert verdicts(text.format("93,2%"))["93,2%"] == Verdict.CONSISTENT  # (115,1 − 7,8)/115,1
    assert verdicts(text.format("92,3%"))["92,3%"] == Verdict.INCONSISTENT
    # a value in brackets that went the other way is not the earlier one of this change
    said = verdicts("Diện tích là 7,8 ha, giảm 50% (năm 2021 diện tích trồng mới là 3,9 ha).")
    assert not said.get("50%", Verdict.NOT_CHECKABLE).alarm


def test_a_change_from_the_value_said_just_before_alike():
    text = (
        "Số bị can phải đình chỉ của nhiệm kỳ Quốc hội khóa XIII là 307 bị can; của nhiệm kỳ Quốc hội khóa"
        " XIV là 139 bị can, giảm tới {}."
    )
    assert verdicts(text.format("54,7%"))["54,7%"] == Verdict.CONSISTENT
    assert verdicts(text.format("45,7%"))["45,7%"] == Verdict.INCONSISTENT
    # compared with a period named after it, the change is not from the value before
    said = verdicts("Năm 2022 là 307 vụ; năm 2023 là 139 vụ, giảm 12% so với kế hoạch.")
    assert not said.get("12%", Verdict.NOT_CHECKABLE).alarm


def test_a_cleared_count_said_with_its_suspects_then_the_rate_of_an_earlier_total():
    text = (
        "Năm 2023, toàn tỉnh xảy ra 788 vụ vi phạm về TTXH (giảm 88 vụ so với năm 2022). Cơ quan công an đã"
        " điều tra, làm rõ 695 vụ, với 1.408 đối tượng (đạt tỷ lệ {})."
    )
    assert verdicts(text.format("88,2%"))["88,2%"] == Verdict.CONSISTENT  # 695/788, not of the suspects
    # "đạt tỷ lệ" does not name its whole: the cases that occurred are only pointed to by "làm rõ", so a
    # rate they do not give is flagged only as a typo (82,8% for 88,2%), else asked about
    assert verdicts(text.format("82,8%"))["82,8%"] == Verdict.INCONSISTENT
    assert verdicts(text.format("92,5%"))["92,5%"] == Verdict.AMBIGUOUS


def test_an_opening_paragraph_that_repeats_a_figure_of_the_body():
    text = (
        "Thêm 3 tỉnh phía Nam công bố kết quả tốt nghiệp THPT\n\n(Dân trí) - Năm nay, tỉ lệ đỗ tốt nghiệp"
        " THPT của tỉnh Bình Dương tăng hơn năm trước 3%, đạt {}.\n\nTỉnh Bình Dương, có 6.079/6.702 học"
        " sinh THPT đỗ tốt nghiệp, đạt tỉ lệ {}."
    )
    written = text.format("90,7%", "90,7%")
    said = {claim.printed.start: claim for claim in check_text(written).claims}
    lede = written.index("90,7%")
    assert said[lede].verdict == Verdict.CONSISTENT
    assert "Đoạn mở đầu nhắc lại" in said[lede].explanation("vi")
    slip = check_text(text.format("97,0%", "97,0%"))  # 6.079/6.702 = 90,70%: a slip, said twice
    judged = [claim.verdict for claim in slip.claims if claim.printed.text == "97,0%"]
    assert judged == [Verdict.INCONSISTENT] * 2


def test_a_total_said_after_trong_so_and_its_parts_after_co():
    text = (
        "Theo Bộ Y tế, trong số {} vụ ngộ độc thực phẩm có 43 vụ liên quan đến độc tố tự nhiên (chủ yếu do"
        " ngộ độc cóc, nấm rừng); 06 vụ liên quan đến hóa chất; 45 vụ liên quan đến vi sinh vật và 37 vụ chưa"
        " xác định nguyên nhân."
    )
    assert verdicts(text.format("131"))["131"] == Verdict.CONSISTENT
    assert verdicts(text.format("121"))["121"] == Verdict.INCONSISTENT  # the parts are more
    # "có" after a count said otherwise opens no list
    said = verdicts("Toàn tỉnh 131 vụ ngộ độc thực phẩm có 43 vụ do độc tố, 96 vụ do vi sinh vật.")
    assert not said.get("131", Verdict.NOT_CHECKABLE).alarm


def test_the_accused_and_those_dealt_with_otherwise_are_the_arrested_said_before():
    text = (
        "Phát hiện, bắt giữ 242 vụ, {} đối tượng có hành vi phạm tội về ma túy; so với cùng kỳ tăng 36 vụ."
        " Đã khởi tố 179 vụ, 251 bị can, xử lý hành chính 31 vụ, 36 đối tượng, đang điều tra 32 vụ, 57 đối"
        " tượng."
    )
    said = verdicts(text.format("344"))
    assert said["344"] == said["242"] == Verdict.CONSISTENT
    # told across sentences, a sum that misses says nothing
    assert "345" not in verdicts(text.format("345"))


def test_those_that_did_not_meet_the_mark_after_a_fraction_of_those_that_did():
    text = "Trên lĩnh vực kinh tế, có 15/16 chỉ tiêu đạt và vượt kế hoạch, {} chỉ tiêu chưa đạt kế hoạch."
    assert verdicts(text.format("1"))["1"] == Verdict.CONSISTENT
    assert verdicts(text.format("2"))["2"] == Verdict.INCONSISTENT
    # a third kind said after them: the two need not make the whole
    said = verdicts("Có 22/25 chỉ tiêu đạt kế hoạch, 2 chỉ tiêu không đạt, 1 chỉ tiêu chưa có số liệu.")
    assert not said.get("2", Verdict.NOT_CHECKABLE).alarm


def test_parts_told_in_the_clauses_after_a_semicolon():
    text = (
        "Trong tháng 8, phát hiện, bắt giữ {} vụ, 26 đối tượng có hành vi mua bán, tàng trữ trái phép chất ma"
        " túy; tăng 1 vụ so với tháng trước; đã khởi tố 16 vụ, 18 bị can; xử lý hành chính 2 vụ, 2 đối tượng;"
        " đang điều tra 4 vụ, 6 đối tượng."
    )
    said = verdicts(text.format("22"))
    assert said["22"] == said["26"] == Verdict.CONSISTENT
    assert "23" not in verdicts(text.format("23"))  # a sum that misses says nothing


def test_a_whole_of_its_own_said_after_trong_ends_the_parts_said_after():
    text = (
        "Toàn tỉnh có 92 vụ việc khiếu nại, tố cáo thuộc thẩm quyền. Đến nay đã giải quyết xong. Trong 85 vụ"
        " việc đã giải quyết, có 7 vụ việc được giải quyết thông qua hoà giải."
    )
    assert "92" not in verdicts(text)  # 85 + 7 is no sum of it: the 7 are among the 85


def test_a_part_said_with_its_share_of_an_earlier_part_is_a_part_of_that_part():
    text = (
        "Toàn tỉnh đã xảy ra và phát hiện 318 vụ vi phạm pháp luật. Trong đó, xảy ra 180 vụ phạm tội về trật"
        " tự xã hội; hậu quả làm 62 người bị thương. Các loại tội phạm chiếm tỷ lệ cao như trộm cắp tài sản"
        " 53 vụ (29,44%), cố ý gây thương tích 45 vụ (25%), đánh bạc 33 vụ (18,33%). Phát hiện 07 vụ, 11 đối"
        " tượng phạm tội về kinh tế."
    )
    assert "318" not in verdicts(text)  # 180 + 53 + 45 + 33 + 7 adds up by chance: the 53 are among the 180


def test_the_production_value_of_the_three_sectors_is_the_whole_of_it():
    text = (
        "6 tháng đầu năm 2019, tổng giá trị sản xuất là {} tỷ đồng, đạt 50,03% so với kế hoạch. Trong đó,"
        " giá trị sản xuất ngành nông, lâm, thủy sản 362,014 tỷ đồng; giá trị sản xuất ngành công nghiệp –"
        " xây dựng 226,47 tỷ đồng; ngành dịch vụ thương mại 253,41 tỷ đồng."
    )
    assert verdicts(text.format("841,894"))["841,894 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format("842,894"))["842,894 tỷ"] == Verdict.INCONSISTENT  # the sectors are all of it
    # value added leaves out the taxes on products: three sectors short of it may be no slip
    added = text.replace("giá trị sản xuất", "giá trị tăng thêm")
    assert not verdicts(added.format("842,894")).get("842,894 tỷ", Verdict.NOT_CHECKABLE).alarm


def test_a_month_written_with_a_dash_is_no_figure():
    text = "Toàn quốc xảy ra 191 vụ, so với tháng 11-2025 giảm 65 vụ ({})."
    assert verdicts(text.format("-25,39%"))["25,39%"] == Verdict.CONSISTENT  # 65 of 256, not of 2.025
    assert verdicts(text.format("-23,59%"))["23,59%"] == Verdict.INCONSISTENT


def test_what_was_executed_is_no_kind_of_the_cases_to_execute():
    said = verdicts(
        "Năm 2021 có tổng số 9.334 việc phải thi hành, trong đó 7.581 việc có điều kiện thi hành, đã thi hành"
        " xong 6.367 việc, đạt tỷ lệ 83,99%."
    )
    assert not said.get("9.334", Verdict.NOT_CHECKABLE).alarm
    assert said["83,99%"] == Verdict.CONSISTENT  # 6.367 of the 7.581
    # what could not be executed is no whole of it
    said = verdicts(
        "Có 9.334 việc, trong đó 7.581 việc chưa có điều kiện thi hành, đã thi hành xong 6.367 việc,"
        " đạt 83,99%."
    )
    assert said.get("83,99%", Verdict.NOT_CHECKABLE) != Verdict.CONSISTENT


def test_a_signed_change_in_brackets_without_its_percent_sign():
    text = (
        "Toàn quốc đã bắt, vận động đầu thú, thanh loại 146 đối tượng truy nã; trong đó có 75 đối tượng"
        " truy nã nguy hiểm và đặc biệt nguy hiểm. So với tháng 11-2025, số đối tượng truy nã đã bắt, vận"
        " động đầu thú và thanh loại giảm 81 đối tượng (-35,68%), số đối tượng truy nã nguy hiểm và đặc biệt"
        " nguy hiểm giảm 46 đối tượng ({})."
    )
    assert verdicts(text.format("-38,02"))["38,02"] == Verdict.CONSISTENT  # 46 of 121
    # the count it is of is in the sentence before, with another: a figure neither gives is asked about
    assert verdicts(text.format("-36,02"))["36,02"] == Verdict.AMBIGUOUS


def test_a_whole_said_after_trong_its_parts_from_its_own_sentence_on():
    text = (
        "Trong {} tổ chức, cá nhân được tuyên dương, có 1 tổ chức được nhận Bằng khen của Bộ Tài chính. 10 tổ"
        " chức, cá nhân nhận Bằng khen của UBND tỉnh. 14 tổ chức, cá nhân nhận Giấy khen của Tổng Cục thuế và"
        " 120 tổ chức cá nhân nhận giấy khen của Cục thuế tỉnh."
    )
    assert verdicts(text.format("145"))["145"] == Verdict.CONSISTENT
    assert "146" not in verdicts(text.format("146"))  # told across sentences, a sum that misses says nothing


def test_a_rate_above_another_rate_printed_after_it():
    text = (
        "Tổng số ca tử vong do COVID-19 tại Việt Nam tính đến nay là 11.064 ca, chiếm tỷ lệ 2,5% so với tổng"
        " số ca mắc và cao hơn {} so với tỷ lệ tử vong do COVID-19 trên thế giới (2,1%)."
    )
    assert verdicts(text.format("0,4%"))["0,4%"] == Verdict.CONSISTENT  # in points
    assert verdicts(text.format("0,6%"))["0,6%"] == Verdict.INCONSISTENT
    assert check_text(text.format("0,4%")).coverage.numbers == 4  # COVID-19 names the disease: no figure


def test_a_title_or_a_heading_rounds_a_figure_of_the_body_with_a_bound_word():
    text = (
        "Cả nước có gần {} F0 nặng đang điều trị\n\nTheo thống kê của Bộ Y tế, hiện cả nước có 3.691 bệnh"
        " nhân COVID-19 nặng đang điều trị.\n\nTiếp hơn {} ngàn người, xử lý hơn 330 ngàn đơn các loại\n\n"
        "Trong năm 2022, tổng số người được tiếp là 305.920 người và 330.421 đơn được xử lý."
    )
    said = check_text(text.format("3.700", "305")).claims
    rounded = {claim.printed.text: claim for claim in said if claim.template == "rounded_in_the_summary"}
    assert {"3.700", "305 ngàn", "330 ngàn"} <= set(rounded)
    assert all(claim.verdict == Verdict.CONSISTENT for claim in rounded.values())
    assert "Đề mục nhắc lại số liệu trong bài: 305.920" in rounded["305 ngàn"].explanation("vi")
    assert rounded["305 ngàn"].quote == "305 ngàn"  # marked in the heading, not up to the body's figure
    # a bound the body's figure does not fall in is no rounding of it: nothing is said of it
    said = check_text(text.format("3.600", "306")).claims
    assert not [claim for claim in said if claim.printed.text in ("3.600", "306 ngàn")]


def test_the_rates_said_with_parts_that_add_up_add_up_too():
    text = (
        "Tỉnh Kon Tum có tỷ lệ hộ nghèo đa chiều là {}; tổng số hộ nghèo và cận nghèo là 16.788 hộ; tỷ lệ hộ"
        " nghèo là 6,84%, tổng số hộ nghèo là 10.220 hộ; tỷ lệ hộ cận nghèo là 4,39%, tổng số hộ cận nghèo là"
        " 6.568 hộ."
    )
    said = verdicts(text.format("11,23%"))
    assert said["16.788"] == said["11,23%"] == Verdict.CONSISTENT
    assert verdicts(text.format("11,32%"))["11,32%"] == Verdict.INCONSISTENT


def test_a_share_of_the_whole_its_words_name_by_its_verb_is_of_that_whole_only():
    text = (
        "Các cơ quan hành chính cũng tiếp nhận 446.805 đơn các loại; đã xử lý 422.801 đơn, có 342.437 đơn đủ"
        " điều kiện xử lý, chiếm {} tổng số đơn đã xử lý."
    )
    assert verdicts(text.format("81,0%"))["81,0%"] == Verdict.CONSISTENT
    # 76,6% is of the petitions received, which the words do not say: a slip, not a reading
    assert verdicts(text.format("76,6%"))["76,6%"] == Verdict.INCONSISTENT


def test_a_percentage_of_a_plan_said_in_the_sentence_before():
    text = (
        "Năm 2016, Ngành Hải quan được giao chỉ tiêu thu NSNN là 270.000 tỷ đồng. Tuy nhiên, đến chiều ngày"
        " 30-12-2016 số thu NSNN của toàn ngành Hải quan đạt hơn 269.611 tỷ đồng, đạt {} chỉ tiêu pháp lệnh"
        " được giao."
    )
    assert verdicts(text.format("99,86%"))["99,86%"] == Verdict.CONSISTENT
    # "hơn 269.611" only raises it: 99,63% is a slip, and no pair with a bound word reads it exactly
    assert verdicts(text.format("99,63%"))["99,63%"] == Verdict.INCONSISTENT
    # two plans said before: which one is not said
    two = "Chỉ tiêu thu của năm trước là 250.000 tỷ đồng. " + text
    assert verdicts(two.format("99,63%"))["99,63%"] == Verdict.NOT_CHECKABLE


def test_names_and_codes_that_hold_a_number_are_no_figures():
    said = check_text(
        "Thực hiện cuộc Cách mạng công nghiệp 4.0, tuyến Quốc lộ 1A và Quốc lộ 14 theo ISO 9001:2015, mạng 5G"
        " phủ 30 xã; Nghị quyết 68 đạt 90%; Top 10 tỉnh; lúc 8g30; hotline 1900 1234; đã làm 300m đường."
    )
    assert said.coverage.numbers == 3  # 30 xã, 90%, 300 m


def test_a_crops_output_is_its_yield_times_the_area_said_before():
    text = (
        "Vụ đông xuân năm nay toàn tỉnh gieo trồng được 57.464 ha cây hàng năm. Trong tổng số, diện tích lúa"
        " là 31.005 ha, giảm 1,01% so với cùng kỳ; ngô đạt 12.541 ha, giảm 3,42%.\n\nDự kiến, năng suất, sản"
        " lượng một số cây trồng chủ yếu vụ đông xuân như: lúa đạt 62,87 tạ/ha, tăng 3,07%, sản lượng đạt {}"
        " tấn, tăng 2,02% so với cùng kỳ; ngô đạt 45,10 tạ/ha, tăng 1,67%, sản lượng đạt 56.557 tấn."
    )
    said = verdicts(text.format("194.931"))
    assert said["194.931"] == said["56.557"] == Verdict.CONSISTENT  # 62,87 × 31.005 / 10, within rounding
    # an area that does not give it may be another season's: asked about, never flagged
    assert verdicts(text.format("149.931"))["149.931"] == Verdict.AMBIGUOUS


def test_what_inspectors_found_is_what_they_asked_to_recover_and_their_other_requests():
    text = (
        "Qua thanh tra phát hiện vi phạm về kinh tế là {} triệu đồng, kiến nghị thu hồi 2.781,4 triệu đồng,"
        " kiến nghị khác 1.450 triệu đồng."
    )
    assert verdicts(text.format("4.231,4"))["4.231,4 triệu"] == Verdict.CONSISTENT
    # the requests need not cover it all, nor only it: asked about, never flagged
    assert verdicts(text.format("4.331,4"))["4.331,4 triệu"] == Verdict.AMBIGUOUS
    text = (
        "phát hiện 6.124 đơn vị có vi phạm với số tiền {} tỷ đồng, {} ha đất, kiến nghị thu hồi 1.113 tỷ đồng"
        " và 607 ha đất, kiến nghị các cơ quan có thẩm quyền xem xét, xử lý số tiền 12.343 tỷ đồng, 5.417 ha"
        " đất."
    )
    said = verdicts(text.format("13.456", "6.024"))
    assert said["13.456 tỷ"] == said["6.024"] == Verdict.CONSISTENT
    said = verdicts(text.format("13.546", "6.204"))
    assert said["13.546 tỷ"] == said["6.204"] == Verdict.AMBIGUOUS


def test_the_parts_of_a_fraction_of_all_or_of_some():
    text = "Tập thể được kiểm điểm có {0}/{0}, đạt 100%, trong đó cấp huyện 54, cấp cơ sở 165."
    assert verdicts(text.format("219"))["219"] == Verdict.CONSISTENT
    assert verdicts(text.format("209"))["209"] == Verdict.INCONSISTENT  # the parts are more than all of them
    some = (
        "Toàn huyện có {}/545 Chi bộ trực thuộc kiểm điểm, đánh giá, đạt 99,6%; trong đó 304 chi bộ hoàn"
        " thành tốt nhiệm vụ, 228 chi bộ hoàn thành nhiệm vụ, 11 chi bộ không hoàn thành nhiệm vụ."
    )
    assert verdicts(some.format("543"))["543"] == Verdict.CONSISTENT
    assert "533" not in verdicts(some.format("533"))  # of some: the parts might be of the 545


def test_an_average_per_unit_of_the_amount_and_the_count_said_before():
    text = (
        "Từ đầu năm đến nay, toàn tỉnh có 513 doanh nghiệp đăng ký thành lập mới, giảm 8,2% so với cùng kỳ;"
        " số vốn đăng ký đạt gần 3.136 tỷ đồng. Vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt {}"
        " tỷ đồng."
    )
    assert verdicts(text.format("6,1"))["6,1 tỷ"] == Verdict.CONSISTENT  # 3.136 / 513 = 6,11
    # which total and which count is a guess from their order: an average they do not give is asked about
    assert verdicts(text.format("8,1"))["8,1 tỷ"] == Verdict.AMBIGUOUS


def test_a_change_of_the_injured_is_not_of_the_dead():
    said = verdicts(
        "Đường thủy xảy ra 4 vụ, làm 2 người chết, không có người bị thương, không thay đổi về số vụ so với"
        " cùng kỳ năm trước nhưng giảm 1 người chết (33,33%) và giảm 2 người bị thương (100%)."
    )
    assert said["33,33%"] == Verdict.CONSISTENT  # 1 of the 3 dead a year before
    assert not said.get("100%", Verdict.NOT_CHECKABLE).alarm  # not 2 of the 2 + 2 dead


def test_a_rate_then_its_difference_in_brackets_said_with_bang():
    text = "Năng suất lúa vụ mùa bình quân toàn tỉnh đạt 36,14 tạ/ha, giảm {} (bằng 15,41 tạ/ha)."
    assert verdicts(text.format("29,89%"))["29,89%"] == Verdict.CONSISTENT  # 15,41 of 51,55
    assert verdicts(text.format("42,64%"))["42,64%"] == Verdict.INCONSISTENT  # over the later value


def test_a_count_its_noun_then_its_share_without_a_comma():
    said = verdicts(
        "Có 32/32 cơ sở đảng được đánh giá phân loại; Kết quả: Trong sạch vững mạnh 06 cơ sở chiếm tỷ lệ"
        " 18,75%; Hoàn thành tốt nhiệm vụ 07 chiếm tỷ lệ 21,87%; Hoàn thành nhiệm vụ 18 chiếm tỷ lệ 56,25% và"
        " 01 chi bộ yếu kém chiếm 3,13%."
    )
    assert said["18,75%"] == said["56,25%"] == said["3,13%"] == Verdict.CONSISTENT
    assert said["21,87%"] == Verdict.CONSISTENT_BY_TRUNCATION  # 21,875 cut


def test_kinds_that_add_up_parted_by_semicolons_keep_the_commas_of_their_labels():
    text = (
        "Trong tổng số {} người được giải quyết việc làm có 16.610 lao động làm việc tại các ngành kinh tế"
        " tại tỉnh; 8.282 lao động đi làm việc tại các khu, cụm công nghiệp tại các tỉnh, thành phố trong"
        " nước; xuất khẩu lao động là 1.061 người."
    )
    assert verdicts(text.format("25.953"))["25.953"] == Verdict.CONSISTENT
    assert not verdicts(text.format("25.935")).get("25.935", Verdict.NOT_CHECKABLE).alarm  # no slip


def test_a_breakdown_after_the_totals_own_change_in_brackets():
    text = (
        "Tính đến hết quý I/2013, toàn Đảng bộ có {} tổ chức cơ sở đảng (tăng 11 cơ sở đảng so với năm 2011),"
        " trong đó, có 269 đảng bộ cơ sở (tăng 08), 518 chi bộ cơ sở (tăng 3)."
    )
    assert verdicts(text.format("787"))["787"] == Verdict.CONSISTENT


def test_a_share_after_the_parts_own_rate_said_without_its_period():
    text = (
        "Cụ thể, dư nợ cho vay của các TCTD đạt 36.804 tỷ đồng, tăng 10,73% so với cuối năm 2015. Trong đó,"
        " cho vay phát triển nông nghiệp, nông thôn là 10.194 tỷ đồng, tăng 16,36%, chiếm tỷ trọng {}/tổng"
        " dư nợ."
    )
    assert verdicts(text.format("27,7%"))["27,7%"] == Verdict.CONSISTENT
    assert verdicts(text.format("24,9%"))["24,9%"] == Verdict.INCONSISTENT


def test_the_dead_and_the_injured_of_an_accident_report_are_summed_apart():
    text = (
        "Toàn quốc xảy ra 1.950 vụ tai nạn giao thông, làm chết {} người và làm bị thương 1.515 người."
        " Trong số đó, đường bộ xảy ra 1.942 vụ tai nạn giao thông, làm chết 879 người, bị thương 1.500"
        " người. Đường sắt xảy ra 4 vụ, làm chết 4 người, bị thương nhẹ 15 người. Đường thủy xảy ra 4 vụ,"
        " làm 2 người chết, không có người bị thương."
    )
    said = verdicts(text.format("885"))
    assert said["885"] == Verdict.CONSISTENT  # 879 + 4 + 2, the injured between them left aside
    assert said["1.515"] == Verdict.CONSISTENT  # 1.500 + 15
    # parts told across sentences: a sum that misses is no alarm
    assert "895" not in verdicts(text.format("895"))


def test_a_change_of_a_total_is_the_sum_of_its_parts_changes_some_of_the_other_way():
    text = (
        "So với tháng 11/2022, số vụ tai nạn giao thông giảm 136 vụ, tăng {} người bị thương. Trong số đó,"
        " đường bộ xảy ra 1.942 vụ, bị thương 1.515 người, tăng 80 người bị thương (5,57%). Đường sắt xảy"
        " ra 4 vụ, giảm 1 người bị thương (100%). Đường thủy xảy ra 4 vụ, giảm 2 người bị thương (100%)."
    )
    said = check_text(text.format("77")).claims
    claim = next(claim for claim in said if claim.printed.text == "77")
    assert claim.verdict == Verdict.CONSISTENT
    assert "80 − 1 − 2 = 77" in claim.explanation("vi")
    assert "83" not in verdicts(text.format("83"))  # all added up: 80 + 1 + 2, the falls not taken away


def test_the_grades_of_a_yearly_review_make_up_those_reviewed():
    text = (
        "Toàn Đảng bộ tỉnh có 90,33% số đảng viên được đánh giá xếp loại hoàn thành tốt nhiệm vụ trở lên;"
        " 9,1% hoàn thành nhiệm vụ và {} không hoàn thành nhiệm vụ."
    )
    assert verdicts(text.format("0,57%"))["0,57%"] == Verdict.CONSISTENT
    assert verdicts(text.format("1,57%"))["1,57%"] == Verdict.INCONSISTENT  # 101%: more than all
    # less than all: those not reviewed may be counted in the whole
    assert verdicts(text.format("0,17%"))["0,17%"] == Verdict.AMBIGUOUS
    # a share of a share is no grade of its own
    text = (
        "Có 91,2% hoàn thành tốt nhiệm vụ, trong đó có 23,8% xếp loại hoàn thành xuất sắc nhiệm vụ, 8,8%"
        " hoàn thành nhiệm vụ, 0,5% không hoàn thành nhiệm vụ."
    )
    assert "0,5%" not in verdicts(text)


def test_a_sector_share_said_with_chiem_ty_trong():
    text = (
        "Về cơ cấu kinh tế 6 tháng đầu năm 2016, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 15,74%;"
        " khu vực công nghiệp và xây dựng chiếm 32,94%; khu vực dịch vụ chiếm 41,01% (thuế sản phẩm trừ trợ"
        " cấp sản phẩm chiếm {})."
    )
    assert verdicts(text.format("10,31%"))["10,31%"] == Verdict.CONSISTENT
    assert verdicts(text.format("11,31%"))["11,31%"] == Verdict.INCONSISTENT


def test_a_breakdown_after_a_long_noun_is_read_when_it_adds_up():
    text = (
        "Thống kê của Bộ cho hay, cả nước có {} thí sinh dự thi lấy kết quả xét công nhận tốt nghiệp THPT,"
        " trong đó có 810.382 thí sinh giáo dục THPT và 69.323 thí sinh giáo dục thường xuyên (GDTX)."
    )
    assert verdicts(text.format("879.705"))["879.705"] == Verdict.CONSISTENT
    # so far from its total, the list may be of another figure: a sum that misses says nothing
    assert "869.705" not in verdicts(text.format("869.705"))


@pytest.mark.parametrize(
    ("period", "average", "verdict"),
    [
        ("trong năm năm gần đây", "185", Verdict.CONSISTENT),  # 927 / 5 = 185,4
        ("giai đoạn 2016-2020", "185", Verdict.CONSISTENT),  # five years
        ("trong 3 năm qua", "309", Verdict.CONSISTENT),  # 927 / 3
        ("trong năm năm gần đây", "195", None),  # not 927 / 5: another total may be meant, no alarm
        ("trong 10 tháng", "185", None),  # counted over months, averaged over years: no reading
    ],
)
def test_a_yearly_average_of_a_total_counted_over_the_years_said_before(period, average, verdict):
    text = (
        f"Theo thống kê, {period}, toàn quốc đã ghi nhận 927 vụ ngộ độc thực phẩm với 30.733 người bị ngộ"
        f" độc, trong đó có 229 người chết. Trung bình mỗi năm xảy ra {average} vụ với 6.200 người ngộ độc."
    )
    assert verdicts(text).get(average) == verdict


def test_a_change_whose_sign_says_again_what_its_verb_says():
    text = "Toàn quốc xảy ra 2.178 vụ, so với tháng 4/2023 giảm -322 vụ ({})."
    assert verdicts(text.format("-12,88%"))["12,88%"] == Verdict.CONSISTENT
    assert verdicts(text.format("-14,78%"))["14,78%"].alarm  # 322 / 2.500 = 12,88%


def test_an_amount_of_money_is_never_compared_with_a_count_of_things():
    said = verdicts(
        "Toàn tỉnh có 1.234 doanh nghiệp thành lập mới với tổng vốn đăng ký 12.345 tỷ đồng, tăng 15% về số"
        " doanh nghiệp và tăng 20% về vốn so với cùng kỳ năm 2022 (1.073 doanh nghiệp, 10.288 tỷ đồng)."
    )
    assert not said.get("20%", Verdict.NOT_CHECKABLE).alarm  # not 12.345 tỷ against 1.073 doanh nghiệp


def test_civil_enforcement_rates_over_what_could_be_executed_said_before_its_count():
    text = (
        "Trong 10 tháng, cơ quan thi hành án thụ lý 12.500 việc, trong đó có điều kiện thi hành 9.800 việc,"
        " đã thi hành xong 7.350 việc, đạt {}."
    )
    assert verdicts(text.format("75%"))["75%"] == Verdict.CONSISTENT  # 7.350 / 9.800, not / 12.500
    assert verdicts(text.format("80%"))["80%"].alarm


def test_people_of_a_breakdown_are_of_the_whole_it_opens_whatever_it_calls_them():
    text = (
        "Năm 2023 ghi nhận 15.200 người mắc sốt xuất huyết. Toàn ngành có 12.350 cán bộ, công chức, viên"
        " chức; trong đó 9.850 người có trình độ đại học trở lên, chiếm {}."
    )
    assert verdicts(text.format("79,8%"))["79,8%"] == Verdict.CONSISTENT  # of 12.350, not of 15.200
    assert verdicts(text.format("78,8%"))["78,8%"].alarm


def test_a_procuracys_whole_after_a_long_verb():
    text = "Thụ lý kiểm sát điều tra 850 vụ/1.350 bị can, đã giải quyết 720 vụ/1.150 bị can, đạt {} về số vụ."
    assert verdicts(text.format("84,7%"))["84,7%"] == Verdict.CONSISTENT
    assert verdicts(text.format("86,7%"))["86,7%"].alarm


def test_the_rate_of_a_fraction_above_its_target():
    said = verdicts("Kết quả hòa giải thành 1.520/2.150 vụ việc, đạt 70,7%, vượt 10,7% chỉ tiêu đề ra.")
    assert said["10,7%"] == Verdict.CONSISTENT  # 70,7 − 10,7 = 60: a round target


@pytest.mark.parametrize(
    ("taxes", "growth", "verdict"),
    [
        ("0,28", "7,25%", Verdict.CONSISTENT),  # 0,52 + 4,35 + 2,1 + 0,28
        ("0,58", "7,25%", Verdict.INCONSISTENT),  # all four named: they make up the growth
        (None, "7,25%", None),  # the product taxes left out: a rest may be theirs
        (None, "6,97%", Verdict.CONSISTENT),
    ],
)
def test_the_sectors_contributions_make_up_the_growth_said_before(taxes, growth, verdict):
    text = (
        f"Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2023 ước tăng {growth} so với năm 2022. Trong đó,"
        " khu vực nông, lâm nghiệp và thủy sản tăng 3,15%, đóng góp 0,52 điểm phần trăm; khu vực công"
        " nghiệp và xây dựng tăng 10,2%, đóng góp 4,35 điểm phần trăm; khu vực dịch vụ tăng 6,5%, đóng góp"
        " 2,1 điểm phần trăm"
    )
    if taxes:
        text += f"; thuế sản phẩm trừ trợ cấp sản phẩm tăng 3,5%, đóng góp {taxes} điểm phần trăm"
    claim = next(claim for claim in check_text(text + ".").claims if claim.printed.text == growth)
    assert (claim.verdict if claim.template == "contributions_to_growth" else None) == verdict


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # a small count: one whole plan gives the percentage (71 of 70)
        ("Kết nạp 71 đảng viên, đạt 101,43% chỉ tiêu.", Verdict.CONSISTENT),
        ("Kết nạp 71 đảng viên, đạt 101,53% chỉ tiêu.", Verdict.INCONSISTENT),
        # a large one: every percentage has some whole plan, only a round one says something
        ("Giải quyết việc làm cho 25.500 lao động, đạt 102% kế hoạch.", Verdict.CONSISTENT),  # of 25.000
        ("Giải quyết việc làm cho 23.125 lao động, đạt 102,7% kế hoạch.", Verdict.NOT_CHECKABLE),
    ],
)
def test_a_plan_implied_by_a_count_is_read_only_when_it_says_something(sentence, verdict):
    (claim,) = check_text(sentence).claims
    assert claim.verdict == verdict


def test_comrades_listed_are_the_party_members_of_the_whole():
    text = (
        "Về đảng viên, có {}/85.320 đảng viên được đánh giá, xếp loại; trong đó hoàn thành xuất sắc nhiệm vụ"
        " 12.050 đồng chí (15,03%), hoàn thành tốt nhiệm vụ 61.200 đồng chí (76,36%), hoàn thành nhiệm vụ"
        " 6.450 đồng chí (8,05%), không hoàn thành nhiệm vụ 450 đồng chí (0,56%)."
    )
    assert verdicts(text.format("80.150"))["80.150"] == Verdict.CONSISTENT


def test_an_average_said_as_an_amount_per_unit():
    text = (
        "Có 1.250 doanh nghiệp đăng ký thành lập mới với tổng vốn đăng ký 15.200 tỷ đồng; vốn đăng ký bình"
        " quân {} tỷ đồng/doanh nghiệp."
    )
    assert verdicts(text.format("12,2"))["12,2 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format("14,2"))["14,2 tỷ"] == Verdict.AMBIGUOUS  # which total and count: a guess


@pytest.mark.parametrize(
    ("sentence", "figure", "verdict"),
    [
        (
            "Số vụ tai nạn giảm từ 240 vụ năm 2022 xuống còn 215 vụ năm 2023, giảm 10,4%.",
            "10,4%",
            "consistent",
        ),
        ("Số hộ nghèo giảm từ 6.520 hộ xuống còn 5.120 hộ, giảm 1.400 hộ (21,5%).", "21,5%", "consistent"),
        ("Số hộ nghèo giảm từ 6.520 hộ xuống còn 5.120 hộ, giảm 1.400 hộ (27,5%).", "27,5%", "inconsistent"),
        ("Số hộ nghèo giảm từ 6.520 hộ xuống còn 5.120 hộ, giảm 1.500 hộ.", "1.500", "inconsistent"),
        (
            "Tỷ lệ hộ nghèo giảm từ 3,5% xuống 2,15%, giảm 1,35 điểm phần trăm.",
            "1,35 điểm phần trăm",
            "consistent",
        ),
        (
            "Kim ngạch từ 7,927 tỷ USD năm 2014 lên 15,973 tỷ USD năm 2015, tăng tới hơn 8 tỷ USD.",
            "8 tỷ",
            "consistent",
        ),
    ],
)
def test_the_value_before_and_after_then_the_change(sentence, figure, verdict):
    assert verdicts(sentence)[figure] == Verdict(verdict)


def test_a_difference_then_its_rate_said_as_an_equivalent_change():
    text = "Kim ngạch xuất khẩu đạt 1.250 triệu USD, tăng 139 triệu USD, tương đương tăng {} so với cùng kỳ."
    assert verdicts(text.format("12,5%"))["12,5%"] == Verdict.CONSISTENT  # 139 / (1.250 − 139)
    assert verdicts(text.format("14,5%"))["14,5%"] == Verdict.INCONSISTENT


def test_the_previous_value_in_brackets_after_the_period_compared_with():
    text = (
        "Kim ngạch xuất khẩu đạt 1.250 triệu USD, tăng {} so với cùng kỳ năm trước (năm 2022 đạt 1.111 triệu"
        " USD)."
    )
    assert verdicts(text.format("12,5%"))["12,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format("15,5%"))["15,5%"] == Verdict.INCONSISTENT


def test_a_yield_is_the_output_over_the_area_said_near_it():
    text = (
        "Về diện tích, toàn tỉnh gieo cấy 72.465ha lúa, giảm 1,34% so với vụ xuân 2019. Năng suất lúa bình"
        " quân toàn tỉnh đạt {} tạ/ha, tăng 0,05 tạ/ha so với vụ xuân năm 2019. Sản lượng thóc vụ xuân 2020"
        " đạt 503.258 tấn, giảm 1,28%; sản lượng ngô đạt 5.653 tấn."
    )
    assert verdicts(text.format("69,45"))["69,45"] == Verdict.CONSISTENT  # 503.258 / 72.465
    # the area and the output are a guess across sentences: a yield they do not give is no alarm
    assert "69,95" not in verdicts(text.format("69,95"))


def test_a_yield_in_a_row_with_its_area_and_output_must_be_their_quotient():
    text = "Các huyện như sau: Mỹ Lộc: 3.197ha, {} tạ/ha (99,18%), 18.486 tấn; Vụ Bản: 8.113ha, 61,57 tạ/ha."
    assert verdicts(text.format("57,8"))["57,8"] == Verdict.CONSISTENT
    assert verdicts(text.format("58,3"))["58,3"] == Verdict.INCONSISTENT  # 18.486 / 3.197 = 57,82


def test_the_earlier_period_and_its_value_in_brackets_before_the_change():
    text = "Nhập khẩu đạt 850 triệu USD (cùng kỳ năm 2022 là 800 triệu USD), tăng {}."
    assert verdicts(text.format("6,25%"))["6,25%"] == Verdict.CONSISTENT
    assert verdicts(text.format("8,25%"))["8,25%"] == Verdict.INCONSISTENT


def test_a_share_of_a_whole_named_then_printed_in_brackets():
    text = "Dư nợ cho vay nông nghiệp đạt 5.250 tỷ đồng, chiếm {} tổng dư nợ toàn tỉnh (42.000 tỷ đồng)."
    assert verdicts(text.format("12,5%"))["12,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format("13,5%"))["13,5%"] == Verdict.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Kim ngạch xuất khẩu đạt 1.250 triệu USD, so với cùng kỳ năm 2022 là 1.111 triệu USD, tăng {}.",
        "Kim ngạch xuất khẩu đạt 1.250 triệu USD, so với năm 2022 (1.111 triệu USD) tăng {}.",
    ],
)
def test_the_period_compared_with_and_its_value_then_the_change(text):
    assert verdicts(text.format("12,5%"))["12,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format("15,5%"))["15,5%"] == Verdict.INCONSISTENT


def test_a_parts_share_may_be_of_the_base_its_wholes_own_rate_was_of():
    text = (
        "Số đảng viên nhận lệnh là 79 người (đạt 2,08% so với chỉ tiêu), trong đó đảng viên chính thức là"
        " 66 người (chiếm {})."
    )
    assert verdicts(text.format("1,74%"))["1,74%"] == Verdict.CONSISTENT  # 66 of the 3.800 planned
    assert verdicts(text.format("83,54%"))["83,54%"] == Verdict.CONSISTENT  # 66 of the 79
    assert verdicts(text.format("2,74%"))["2,74%"] == Verdict.INCONSISTENT


def test_a_total_said_with_its_change_and_difference_then_its_forms():
    text = (
        "Các cấp uỷ đảng đã kỷ luật {} đảng viên, giảm 6,67% (giảm 4 đảng viên) bằng các hình thức: Khiển"
        " trách 31, cảnh cáo 21, cách chức 2, khai trừ ra khỏi Đảng 2 {}."
    )
    said = verdicts(text.format("56", "đảng viên"))
    assert said["56"] == Verdict.CONSISTENT
    assert not said.get("4", Verdict.NOT_CHECKABLE).alarm  # the difference is no total
    assert verdicts(text.format("57", "đảng viên"))["57"] == Verdict.INCONSISTENT
    # "trường hợp" counts whatever its whole counts
    assert verdicts(text.format("56", "trường hợp"))["56"] == Verdict.CONSISTENT
    assert verdicts(text.format("58", "trường hợp"))["58"] == Verdict.INCONSISTENT


def test_a_group_of_the_whole_then_the_whole_by_another_division_is_not_one_list():
    text = (
        "Các cấp uỷ đảng đã kỷ luật 56 đảng viên bằng các hình thức: Khiển trách 31, cảnh cáo 21, cách chức"
        " 2, khai trừ 2 đảng viên. Trong đó, cấp uỷ viên các cấp có 21 đồng chí; Ban Thường vụ Tỉnh uỷ thi"
        " hành kỷ luật 1, huyện uỷ thi hành kỷ luật 8, đảng uỷ cơ sở thi hành kỷ luật 18, chi bộ thi hành"
        " kỷ luật 29 trường hợp."
    )
    assert not any(verdict.alarm for verdict in verdicts(text).values())


def test_a_fractions_numerator_is_in_its_denominators_scale():
    text = "Thu nhập bình quân đầu người đạt 22/23 triệu đồng, đạt {} nghị quyết đại hội."
    assert verdicts(text.format("96%"))["96%"] == Verdict.CONSISTENT
    assert verdicts(text.format("86%"))["86%"] == Verdict.INCONSISTENT
    assert verdicts("Thu ngân sách đạt 1.809,5/75 triệu đồng, đạt 2413% nghị quyết.")["2413%"] == (
        Verdict.CONSISTENT
    )
    # printed in full, the numerator is in đồng already
    said = verdicts("Tổng thu quỹ đạt 14.714.669.968/9,5 tỷ đồng, đạt 154,9% kế hoạch.")
    assert said["154,9%"] == Verdict.CONSISTENT


def test_a_change_and_its_difference_in_brackets_then_the_forms_it_took():
    text = (
        "UBKT các cấp đã thi hành kỷ luật 16 đảng viên, giảm {} (giảm 8 đảng viên) bằng các hình thức: Khiển"
    )
    text += " trách 4, cảnh cáo 3, cách chức 1, khai trừ ra khỏi Đảng 8 trường hợp."
    assert verdicts(text.format("33,33%"))["33,33%"] == Verdict.CONSISTENT  # 8 of the 24 before
    assert verdicts(text.format("50%"))["50%"] == Verdict.INCONSISTENT  # 8 of 16 is the wrong base


def test_a_label_with_commas_then_its_share_in_brackets():
    text = (
        "Cả nước xảy ra 211 vụ cháy. Tỷ lệ cháy tập trung ở nhà dân với 80 vụ, chiếm 37,9%; 25 vụ cháy kho,"
        " cơ sở sản xuất, kinh doanh"
        " (chiếm {}); 37 vụ cháy phương tiện giao thông (chiếm 17,5%)."
    )
    assert verdicts(text.format("11,8%"))["11,8%"] == Verdict.CONSISTENT  # 25 of the 211 (80 / 37,9%)
    assert verdicts(text.format("14,8%"))["14,8%"] == Verdict.INCONSISTENT
    text = (
        "Huyện đã giao 185 thanh niên nhập ngũ, trong đó có 12 đảng viên (6,5%), 35 thanh niên có trình độ"
        " cao đẳng, đại học ({})."
    )
    assert verdicts(text.format("18,9%"))["18,9%"] == Verdict.CONSISTENT
    assert verdicts(text.format("19,9%"))["19,9%"] == Verdict.INCONSISTENT


def test_a_fraction_done_over_planned_then_by_how_much_it_is_exceeded():
    text = (
        "Diện tích lúa ruộng đạt 53,5/52ha, tăng 2,9%; cây ngô 73/70ha, tăng {}; cây sắn 80/54ha, tăng 48,1%."
    )
    said = verdicts(text.format("4,3%"))
    assert said["2,9%"] == said["4,3%"] == said["48,1%"] == Verdict.CONSISTENT
    # 73 and 70 may be rounded hectares (4,3% may be 2,8% to 5,8%): a figure beyond that is a slip
    assert verdicts(text.format("9,3%"))["9,3%"] == Verdict.INCONSISTENT
    # … and one more than three times 4,3% a doubt, not a flag (see test_judge)
    assert verdicts(text.format("14,3%"))["14,3%"] == Verdict.AMBIGUOUS
    # another base named after it: not the fraction's
    assert verdicts("Cây ngô đạt 73/70ha, tăng 4,3% so với năm 2021.")["4,3%"] == Verdict.NOT_CHECKABLE


def test_the_sectors_abbreviated_and_a_breakdown_whose_items_carry_their_own_change():
    text = (
        "Năm 2018, tổng giá trị sản xuất ước đạt {} tỷ đồng, tăng 13,4% so với năm 2017. Trong đó ngành"
        " Thương mại - dịch vụ ước đạt 290,6 tỷ đồng, tăng 16,1 % so với năm 2017, Công nghiệp - xây dựng ước"
        " đạt 227,5 tỷ đồng tăng 14,5% so với năm 2017; Nông nghiệp, thủy sản ước đạt 77,5 tỷ tăng 1,5%"
        " so với năm 2017. Với tỷ trọng ngành TM-DV chiếm 48,8 %, CN-XD chiếm 38,2% và ngành Nông - Lâm"
        " Thủy sản chiếm {} trong cơ cấu kinh tế của xã."
    )
    said = verdicts(text.format("595,6", "13 %"))
    assert said["595,6 tỷ"] == said["13 %"] == Verdict.CONSISTENT
    said = verdicts(text.format("585,6", "15 %"))
    assert said["585,6 tỷ"] == said["15 %"] == Verdict.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "Giá trị xuất khẩu nông lâm thủy sản trong 9 tháng đầu năm 2018 đã tăng 9,3% so với cùng kỳ, bằng 73%"
        " kế hoạch năm và vượt 1,3% mục tiêu Quý III.",
        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ bình quân 2 năm qua đạt 97,35% (chỉ tiêu Nghị quyết"
        " là 95%).",
    ],
)
def test_a_span_of_time_is_never_what_was_done(text):
    assert not any(verdict.alarm for verdict in verdicts(text).values())


def test_a_plan_read_from_work_days_still_counts():
    said = verdicts("Toàn huyện thực hiện 1.250 ngày công, đạt 125% kế hoạch (1.000 ngày công).")
    assert said["125%"] == Verdict.CONSISTENT


def test_a_change_then_what_comes_next_is_not_a_breakdown_of_the_change():
    text = (
        "Tỉnh có 3 bài thi bị điểm liệt ở môn Ngữ Văn (tăng 1 bài so với kỳ thi năm 2018), có 11 bài thi đạt"
        " điểm 10 (tăng 8 bài so với kỳ thi năm 2018), 25.219 bài thi có kết quả từ 5 điểm trở lên."
    )
    assert not any(verdict.alarm for verdict in verdicts(text).values())


def test_a_group_of_the_whole_a_breakdown_opened_with_its_share_of_the_whole_named():
    text = (
        "Cấp ủy các cấp đã thi hành kỷ luật 215 đảng viên, bằng 58,58% so với cùng kỳ 2022; trong đó, có 47"
        " cấp ủy viên, chiếm {} tổng số đảng viên bị kỷ luật."
    )
    assert verdicts(text.format("21,86%"))["21,86%"] == Verdict.CONSISTENT
    assert verdicts(text.format("12,8%"))["12,8%"] == Verdict.INCONSISTENT  # 47 of 367, last year's


def test_a_whole_with_its_share_then_its_parts_as_far_as_they_add_up():
    text = (
        "Năm 2024, có 685 Trợ giúp viên pháp lý được giao chỉ tiêu. Trong đó có {} Trợ giúp viên pháp lý"
        " hoàn thành chỉ tiêu, chiếm 99,85%, trong đó 529 đạt tốt, 77 đạt khá, 78 đạt (tương đương 77,22%"
        " tốt, 11,24% khá, 11,39% đạt), có 01 Trợ giúp viên pháp lý không hoàn thành chỉ tiêu."
    )
    assert verdicts(text.format("684"))["684"] == Verdict.CONSISTENT
    # parts that add up to nothing said are not read as its parts
    assert not verdicts(text.format("694")).get("694", Verdict.NOT_CHECKABLE).alarm


def test_the_parts_of_a_total_said_with_its_verb_in_the_sentences_after_it():
    text = (
        "TAND hai cấp thụ lý 7.990 vụ án dân sự; giải quyết {} vụ, còn lại 1.730 vụ. Trong đó: TAND tỉnh thụ"
        " lý 469 vụ, đã giải quyết 356 vụ (đạt 75,9%), còn lại 113 vụ. TAND huyện, thành phố thụ lý 7.521 vụ,"
        " đã giải quyết 5.904 vụ (đạt 78,5%) còn lại 1.617 vụ."
    )
    assert verdicts(text.format("6.260"))["6.260"] == Verdict.CONSISTENT  # 356 + 5.904
    # told across sentences, a sum that misses is no slip
    assert not verdicts(text.format("6.460")).get("6.460", Verdict.NOT_CHECKABLE).alarm


def test_a_fraction_whose_parts_the_fractions_after_it_give():
    text = (
        "Toàn tỉnh hiện có {}/722 trường học đạt chuẩn quốc gia, chiếm tỷ lệ hơn 73%. Ở bậc học mầm non có"
        " 171/218 trường đạt chuẩn, chiếm tỷ lệ 78,44%. Bậc tiểu học có 194/278 trường đạt chuẩn, chiếm tỷ lệ"
        " 69,78%. Bậc trung học cơ sở có 136/177 trường. Bậc trung học phổ thông có 32/49 trường."
    )
    said = verdicts(text.format("533"))
    assert said["533"] == said["722"] == Verdict.CONSISTENT  # 171 + 194 + 136 + 32, 218 + 278 + 177 + 49
    # told across sentences, a sum that misses is no slip
    assert not any(verdict.alarm for verdict in verdicts(text.format("543")).values())


def test_what_enforcement_carries_to_the_next_period():
    text = (
        "- Tổng số phải thi hành là 728.227 việc, trong đó: Số có điều kiện thi hành là 579.413 việc; Số chưa"
        " có điều kiện thi hành là 148.814 việc;\nTrong số có điều kiện thi hành, số thi hành xong[1] là"
        " 369.372 việc, đạt tỉ lệ 63,75%;\n- Số việc chuyển kỳ sau {} việc, trong đó số việc có điều kiện năm"
        " 2017 chuyển sang năm 2018 là {} việc."
    )
    said = verdicts(text.format("358.855", "210.041"))
    assert said["358.855"] == said["210.041"] == Verdict.CONSISTENT
    assert "[1]" not in said and "1" not in said  # a footnote is no figure
    # other outcomes (suspended, postponed) may be carried too: a difference that misses is no slip
    assert not any(verdict.alarm for verdict in verdicts(text.format("350.855", "200.041")).values())


def test_a_difference_then_its_rate_after_a_comma():
    text = "Đã thi hành xong 5.024 việc (tăng 46 việc, {} so với cùng kỳ năm 2019)."
    assert verdicts(text.format("0.9%"))["0.9%"] == Verdict.CONSISTENT  # 46 of the 4.978 before
    assert verdicts(text.format("1,9%"))["1,9%"] == Verdict.INCONSISTENT


def test_a_change_after_a_comparison_is_of_the_count_its_words_name():
    text = (
        "Toàn quốc đã bắt, vận động đầu thú, thanh loại 329 đối tượng truy nã, 123 đối tượng nguy hiểm và đặc"
        " biệt nguy hiểm. So với tháng 4/2023, số đối tượng truy nã đã bắt, vận động đầu thú và thanh loại"
        " giảm 21 đối tượng (-6,00%), số đối tượng nguy hiểm và đặc biệt nguy hiểm bị bắt, vận động đầu thú"
        " và thanh loại giảm 10 đối tượng ({})."
    )
    assert verdicts(text.format("-7,52%"))["7,52%"] == Verdict.CONSISTENT  # 10 of the 133 before
    assert verdicts(text.format("-7,25%"))["7,25%"] == Verdict.INCONSISTENT


def test_what_the_procuracy_indicted_of_what_it_received():
    text = "Viện kiểm sát thụ lý 820 vụ/1.350 bị can, đã truy tố 765 vụ/1.210 bị can, đạt {}."
    assert verdicts(text.format("93,3%"))["93,3%"] == Verdict.CONSISTENT  # 765 of the 820 cases
    assert verdicts(text.format("95,3%"))["95,3%"] == Verdict.INCONSISTENT


def test_a_grade_and_those_above_it_holds_the_grades_after_it():
    text = (
        "Toàn ngành có 12.450 giáo viên, trong đó 11.980 giáo viên đạt chuẩn {} (96,2%), 8.540 giáo viên trên"
        " chuẩn (68,6%)."
    )
    said = verdicts(text.format("trở lên"))
    assert not said["12.450"].alarm and said["96,2%"] == said["68,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("nghề nghiệp"))["12.450"] == Verdict.INCONSISTENT  # two parts, more than all


def test_the_grades_counts_and_their_shares():
    text = (
        "Kết quả đánh giá, xếp loại năm 2023: 125 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ ({}), 412"
        " hoàn thành tốt nhiệm vụ (67,5%), 65 hoàn thành nhiệm vụ (10,7%), 8 không hoàn thành nhiệm vụ"
        " (1,3%)."
    )
    said = verdicts(text.format("20,5%"))  # 125 of the 610 graded
    assert said["20,5%"] == said["67,5%"] == said["10,7%"] == said["1,3%"] == Verdict.CONSISTENT
    assert verdicts(text.format("25,5%"))["25,5%"] == Verdict.INCONSISTENT
    # below it: those not reviewed may be in the whole
    assert verdicts(text.format("19,5%"))["19,5%"] == Verdict.AMBIGUOUS


def test_an_average_with_decimals_against_a_plan_that_counts_the_same_thing():
    text = "Số giường bệnh/vạn dân đạt 32,5 giường, đạt {} kế hoạch (32 giường)."
    assert verdicts(text.format("101,6%"))["101,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("110,6%"))["110,6%"] == Verdict.INCONSISTENT
    # money is still never compared with a count that says what it counts
    said = verdicts("Thu ngân sách đạt 32,5 tỷ đồng, đạt 101,6% kế hoạch (32 doanh nghiệp).")
    assert not said.get("101,6%", Verdict.NOT_CHECKABLE).alarm


def test_a_label_joined_by_and_or_cut_at_its_comma_stays_one_item():
    text = (
        "Tổng số lao động làm việc trong các ngành kinh tế là {} người, trong đó nông, lâm nghiệp và thủy sản"
        " 285.400 người (43,8%), công nghiệp và xây dựng 198.200 người (30,4%), dịch vụ 168.700 người"
        " (25,9%)."
    )
    assert verdicts(text.format("652.300"))["652.300"] == Verdict.CONSISTENT
    assert verdicts(text.format("552.300"))["552.300"] == Verdict.INCONSISTENT
    said = verdicts(
        "Thu nội địa đạt 2.433 tỷ đồng, gồm: Thu thuế, phí và thu khác đạt 1.292 tỷ đồng; thu tiền sử dụng"
        " đất đạt 1.141 tỷ đồng."
    )
    assert said["2.433 tỷ"] == Verdict.CONSISTENT


def test_the_complaints_are_no_part_of_the_denunciations():
    text = (
        "Đã giải quyết 274 đơn khiếu nại và 105 đơn tố cáo; trong đó có 11 đơn khiếu nại đúng, 10 đơn khiếu"
        " nại đúng một phần, 74 đơn được rút thông qua giải thích, thuyết phục và 179 đơn khiếu nại sai"
    )
    assert not any(verdict.alarm for verdict in verdicts(text + ".").values())
    # the parts of each, in turn
    text += "; có 9 đơn tố cáo đúng, 15 đơn tố cáo đúng một phần, 11 đơn tố cáo được rút trong quá trình giải"
    said = verdicts(text + " quyết và 70 đơn tố cáo sai.")
    assert said["274"] == said["105"] == Verdict.CONSISTENT
    assert verdicts(text + " quyết và 80 đơn tố cáo sai.")["105"] == Verdict.INCONSISTENT


def test_what_was_carried_over_from_last_year_and_to_the_next():
    text = (
        "Năm 2023, các cơ quan thi hành án dân sự tỉnh thụ lý {} việc, trong đó năm trước chuyển sang 3.210"
        " việc, thụ lý mới 9.240 việc. Số việc có điều kiện thi hành 9.850 việc, đã thi hành xong 8.120 việc,"
        " đạt tỷ lệ 82,4%. Số việc chuyển sang năm sau 4.330 việc."
    )
    said = verdicts(text.format("12.450"))
    assert said["12.450"] == said["4.330"] == Verdict.CONSISTENT  # 3.210 + 9.240; 12.450 − 8.120
    assert verdicts(text.format("12.550"))["12.550"] == Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Đạt 17/19 tiêu chí nông thôn mới, còn {} tiêu chí chưa đạt (tiêu chí 5 và tiêu chí 13).", "2"),
        ("Đã thi hành xong 20/22 việc (có {} việc có văn bản tạm đình chỉ của Viện Kiểm sát), trong số đó cơ"
         " quan thi hành án chỉ phải cưỡng chế 04/20 việc.", "02"),
    ],
)  # fmt: skip
def test_the_rest_of_a_fraction_said_otherwise(text, rest):
    assert verdicts(text.format(rest))[rest] == Verdict.CONSISTENT
    # said otherwise, the rest may be some of it only: no slip
    assert not any(verdict.alarm for verdict in verdicts(text.format("1")).values())


def test_the_parts_then_the_whole_they_are_of():
    text = "Có 12 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt, trên tổng số {} chỉ tiêu."
    assert verdicts(text.format("15"))["15"] == Verdict.CONSISTENT
    assert verdicts(text.format("16"))["16"] == Verdict.INCONSISTENT


def test_the_economys_structure_against_the_sectors_values_said_before_it():
    text = (
        "Tổng giá trị sản xuất ước đạt 12.540 tỷ đồng, tăng 9,2%. Trong đó, giá trị sản xuất ngành nông, lâm"
        " nghiệp và thủy sản đạt 4.120 tỷ đồng, tăng 3,5%; công nghiệp - xây dựng 5.210 tỷ đồng, tăng 12,8%;"
        " thương mại - dịch vụ 3.210 tỷ đồng, tăng 10,6%. Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm"
        " {}; công nghiệp - xây dựng chiếm 41,5%; thương mại - dịch vụ chiếm 25,6%."
    )
    said = verdicts(text.format("32,9%"))
    assert said["32,9%"] == said["41,5%"] == said["25,6%"] == Verdict.CONSISTENT
    # at current prices, the structure may not be of the values at constant ones: no slip
    assert not verdicts(text.format("30,9%")).get("30,9%", Verdict.NOT_CHECKABLE).alarm


_ROWS_ON_LINES = (
    "Một số chỉ tiêu dân số năm 2018\n\n"
    "Chỉ tiêu\tNăm 2017 (Người)\tƯớc tính năm 2018 (Người)\tƯớc tính năm 2018 so với năm 2017 (%)\n"
    "1. Dân số trung bình\t1.101.641\t1.113.641\t101,09\n"
    "Phân theo giới tính\n"
    "Nam\t551.976\t558.491\t{index}\n"
    "Nữ\t549.665\t{women}\t101,00\n"
    "2. Lực lượng lao động từ 15 tuổi trở lên\t598.838\t599.737\t100,15\n"
    "Nam\t335.614\t336.617\t100,30\n"
    "Nữ\t263.224\t263.120\t99,96\n"
)


def test_a_table_copied_one_row_to_a_line():
    said = verdicts(_ROWS_ON_LINES.format(index="101,18", women="555.150"))
    assert said["1.113.641"] == said["101,18"] == said["599.737"] == said["99,96"] == Verdict.CONSISTENT
    assert "15" not in said  # a figure of a row's label is no cell
    piped = verdicts(_ROWS_ON_LINES.format(index="101,18", women="555.150").replace("\t", " | "))
    assert piped["1.113.641"] == piped["101,18"] == Verdict.CONSISTENT
    said = verdicts(_ROWS_ON_LINES.format(index="101,81", women="555.510"))
    assert said["101,81"] == Verdict.INCONSISTENT
    # one other column adds up: the rows under it may not all be its parts
    assert said["1.113.641"] == Verdict.AMBIGUOUS


def test_a_table_of_years_and_a_table_of_other_things():
    text = (
        "Dân số trung bình\n\tĐơn vị tính: Người\n\t2020\t2021\t2022\nTổng số\t1.256.410\t1.268.150\t{}\n"
        "Nam\t620.850\t626.740\t632.500\nNữ\t635.560\t641.410\t647.400\n"
    )
    assert verdicts(text.format("1.279.900"))["1.279.900"] == Verdict.CONSISTENT
    assert verdicts(text.format("1.279.800"))["1.279.800"] == Verdict.INCONSISTENT
    # rows of other things: no row is the whole of the others
    said = verdicts(
        "Chỉ tiêu\tĐơn vị\t2022\t2023\nDiện tích lúa\tha\t44.120\t43.980\nNăng suất\ttạ/ha\t59,1\t60,3\n"
        "Sản lượng\ttấn\t260.749\t265.199\n"
    )
    assert said == {}


def test_the_courts_cases_and_matters_then_the_rate_in_brackets():
    text = "Tòa án nhân dân tỉnh thụ lý 612 vụ, việc, đã giải quyết 540 vụ, việc (đạt {})."
    assert verdicts(text.format("88,24%"))["88,24%"] == Verdict.CONSISTENT
    assert verdicts(text.format("88,42%"))["88,42%"] == Verdict.INCONSISTENT


def test_a_title_that_says_again_a_figure_of_the_body():
    text = (
        "9 tháng xảy ra 17 vụ cháy nổ thiệt hại hơn 5,2 tỷ đồng\n\nTheo số liệu của ngành chức năng,"
        " 9 tháng đầu năm nay trên địa bàn tỉnh xảy ra {} vụ cháy nổ, làm chết 2 người, thiệt hại khoảng"
        " 5,23 tỷ đồng."
    )
    said = verdicts(text.format("17"))
    assert said["17"] == Verdict.CONSISTENT and "9" not in said  # "9 tháng": when, not what
    # a title that says what the body does not may sum up parts of it: not judged
    assert "17" not in verdicts(text.format("18"))


def test_a_second_plan_after_the_first_ones_figure():
    text = (
        "Tổng thu ngân sách nhà nước năm 2023 ước đạt 18.950 tỷ đồng, đạt 105,3% dự toán Trung ương giao"
        " (18.000 tỷ đồng) và {} dự toán HĐND tỉnh giao (18.600 tỷ đồng)."
    )
    assert verdicts(text.format("101,9%"))["101,9%"] == Verdict.CONSISTENT
    assert verdicts(text.format("109,1%"))["109,1%"] == Verdict.INCONSISTENT


def test_the_parts_of_a_total_given_as_fractions_after_it():
    text = (
        "Toàn tỉnh có 14.985 thí sinh dự thi xét công nhận tốt nghiệp. Kết quả có {} thí sinh đỗ tốt nghiệp,"
        " đạt tỷ lệ 98,85%. Trong đó, hệ THPT đỗ 13.950/14.050 thí sinh, đạt 99,29%; hệ GDTX đỗ 862/935 thí"
        " sinh, đạt 92,19%."
    )
    said = verdicts(text.format("14.812"))
    assert said["14.812"] == said["14.985"] == Verdict.CONSISTENT  # 13.950 + 862; 14.050 + 935
    assert not verdicts(text.format("14.912")).get("14.912", Verdict.NOT_CHECKABLE).alarm


def test_the_parts_then_the_whole_after_a_semicolon():
    text = "Toàn tỉnh có 125 trường mầm non, 168 trường tiểu học, 112 trường THCS và 38 trường THPT; tổng {}"
    assert verdicts(text.format("số 443 trường."))["443"] == Verdict.CONSISTENT
    assert verdicts(text.format("số 453 trường."))["453"] == Verdict.INCONSISTENT


def test_two_parts_then_their_shares_in_turn():
    text = (
        "Ủy ban kiểm tra các cấp đã kiểm tra 45 tổ chức đảng và 152 đảng viên khi có dấu hiệu vi phạm, kết"
        " luận 38 tổ chức đảng và 125 đảng viên có vi phạm, chiếm {} và {}."
    )
    said = verdicts(text.format("84,4%", "82,2%"))  # 38 of 45, 125 of 152
    assert said["84,4%"] == said["82,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("84,4%", "86,2%"))["86,2%"] == Verdict.INCONSISTENT
    # swapped, each is the other's: which the text means is not clear
    assert verdicts(text.format("82,2%", "84,4%"))["84,4%"] == Verdict.AMBIGUOUS


def test_a_plan_in_brackets_is_not_the_whole_the_breakdown_after_it_is_of():
    text = (
        "Đưa 2.150 lao động đi làm việc ở nước ngoài theo hợp đồng, đạt 143,3% kế hoạch năm (1.500 người);"
        " trong đó thị trường Nhật Bản 1.320 người ({}), Hàn Quốc 450 người (20,9%), Đài Loan 380 người"
        " (17,7%)."
    )
    said = verdicts(text.format("61,4%"))  # of the 2.150 sent, not of the 1.500 planned
    assert said["2.150"] == said["61,4%"] == said["20,9%"] == said["143,3%"] == Verdict.CONSISTENT
    assert "1.500" not in said
    assert verdicts(text.format("88%"))["88%"] == Verdict.INCONSISTENT
    text = (
        "Giải quyết việc làm cho 125.300 lao động, đạt 104,4% kế hoạch (120.000 lao động); trong đó lao động"
        " nữ 62.150 người, chiếm {}."
    )
    assert verdicts(text.format("49,6%"))["49,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("51,8%"))["51,8%"] == Verdict.INCONSISTENT


@pytest.mark.parametrize(
    ("text", "share", "slip"),
    [
        ("Giải quyết việc làm cho 32.500 lao động, tăng 8,3% so với cùng kỳ (30.010 lao động); trong đó lao"
         " động nữ 15.200 người, chiếm {}.", "46,8%", "50,6%"),
        ("Tổng thu ngân sách đạt 12.450 tỷ đồng (năm 2022: 11.200 tỷ đồng), trong đó thu nội địa 10.320 tỷ"
         " đồng, chiếm {}.", "82,9%", "85,9%"),
        ("Thu ngân sách đạt 5.230 tỷ đồng, đạt 104,6% dự toán (5.000 tỷ đồng), bằng {} cùng kỳ (4.649 tỷ"
         " đồng).", "112,5%", "107,6%"),
    ],
)  # fmt: skip
def test_an_earlier_periods_value_in_brackets_is_neither_a_whole_nor_what_was_done(text, share, slip):
    assert verdicts(text.format(share))[share] == Verdict.CONSISTENT
    assert verdicts(text.format(slip))[slip] == Verdict.INCONSISTENT


def test_a_change_since_the_start_of_the_year():
    text = "Dư nợ cho vay đạt 8.520 tỷ đồng, tăng 850 tỷ đồng ({}) so với đầu năm."
    assert verdicts(text.format("11,1%"))["11,1%"] == Verdict.CONSISTENT  # 850 of the 7.670 at the start
    assert verdicts(text.format("10%"))["10%"] == Verdict.INCONSISTENT


def test_a_label_cut_at_its_comma_between_parts_each_named_before_its_count():
    text = (
        "Tổng số đơn tiếp nhận trong kỳ là {} đơn, trong đó đơn khiếu nại 856 đơn, đơn tố cáo 325 đơn, đơn"
        " kiến nghị, phản ánh 3.339 đơn."
    )
    assert verdicts(text.format("4.520"))["4.520"] == Verdict.CONSISTENT
    assert verdicts(text.format("4.420"))["4.420"] == Verdict.INCONSISTENT


def test_an_aside_on_the_rest_of_a_fraction_is_not_the_whole_of_the_breakdown_after_it():
    text = (
        "Có 1.098/1.125 tổ chức cơ sở đảng được đánh giá (27 tổ chức mới thành lập chưa đánh giá); trong đó"
        " 215 tổ chức hoàn thành xuất sắc nhiệm vụ (19,6%), 756 hoàn thành tốt nhiệm vụ (68,9%), 112 hoàn"
        " thành nhiệm vụ (10,2%), {} không hoàn thành nhiệm vụ (1,4%)."
    )
    said = verdicts(text.format("15"))
    assert said["27"] == said["1.098"] == said["19,6%"] == said["1,4%"] == Verdict.CONSISTENT
    # some of a whole: its parts may be of the whole, so a sum that misses is no slip
    said = verdicts(text.format("25"))
    assert not any(verdict.alarm for verdict in said.values()) and said["27"] == Verdict.CONSISTENT


def test_the_plan_in_a_clause_before_and_the_rest_after_a_fractions_share():
    text = "Dự toán chi ngân sách năm 2023 là 1.520 tỷ đồng; đã giải ngân 1.385 tỷ đồng, đạt {} dự toán."
    assert verdicts(text.format("91,1%"))["91,1%"] == Verdict.CONSISTENT
    assert verdicts(text.format("93,1%"))["93,1%"] == Verdict.INCONSISTENT
    text = "Có 22/23 chỉ tiêu đạt và vượt kế hoạch (95,6%), {} chỉ tiêu không đạt."
    assert verdicts(text.format("1"))["1"] == Verdict.CONSISTENT
    assert verdicts(text.format("2"))["2"] == Verdict.INCONSISTENT


def test_the_counts_of_the_grades_cannot_make_more_than_those_there_are():
    text = (
        "Đảng bộ huyện hiện có 41 tổ chức cơ sở Đảng. Qua đánh giá chất lượng tổ chức Đảng năm 2015 có 24 tổ"
        " chức cơ sở Đảng đạt trong sạch vững mạnh, chiếm gần 59%. Có 15 tổ chức cơ sở Đảng hoàn thành tốt"
        " nhiệm vụ, tỷ lệ 36,7%, và {} tổ chức cơ sở đảng hoàn thành nhiệm vụ, tỷ lệ trên 4,8%."
    )
    assert verdicts(text.format("4"))["4"] == Verdict.INCONSISTENT  # 41 − 24 − 15 = 2
    # eleven times the 2 that is left, and no simple slip says how: a doubt (see test_judge)
    assert verdicts(text.format("22"))["22"] == Verdict.AMBIGUOUS
    assert verdicts(text.format("2"))["2"] == Verdict.CONSISTENT
    # fewer: those not reviewed may make the difference
    assert "1" not in verdicts(text.format("1"))


def test_people_of_a_kind_are_parts_of_people_and_a_breakdown_after_a_rate_and_with():
    text = (
        "Đã đưa lao động đi làm việc ở nước ngoài theo hợp đồng là {} người (đạt 100,3%), với 51 lao động đi"
        " theo tuyến Trung tâm Dịch vụ việc làm tỉnh và 1.606 lao động đi theo các đơn vị khác tại các huyện."
    )
    assert verdicts(text.format("1.657"))["1.657"] == Verdict.CONSISTENT
    assert verdicts(text.format("1.557"))["1.557"] == Verdict.INCONSISTENT


def test_a_whole_with_its_share_in_brackets_its_parts_and_a_change_of_the_count_its_word_names():
    text = (
        "Tính đến ngày 30/11/2023, toàn tỉnh có 1.245.320 người tham gia BHYT, đạt tỷ lệ bao phủ 92,5% dân"
        " số; {} người tham gia BHXH (chiếm 28,6% lực lượng lao động trong độ tuổi), trong đó BHXH bắt buộc"
        " 152.410 người, BHXH tự nguyện 32.820 người; 145.120 người tham gia bảo hiểm thất nghiệp. So với"
        " cùng"
        " kỳ năm 2022, số người tham gia BHXH bắt buộc tăng 5.230 người (3,6%), BHXH tự nguyện tăng 8.450"
        " người (34,7%), BHYT tăng 12.520 người ({})."
    )
    said = verdicts(text.format("185.230", "1,02%"))
    assert said["185.230"] == said["1,02%"] == said["34,7%"] == Verdict.CONSISTENT
    said = verdicts(text.format("185.320", "1,20%"))
    assert said["1,20%"] == Verdict.INCONSISTENT
    # parts after a share in brackets are read only as far as they add up: some may be of other things
    assert not said.get("185.320", Verdict.NOT_CHECKABLE).alarm


def test_cases_are_no_part_of_vehicles_and_a_rate_per_head_is_no_part():
    text = (
        "Xử lý vi phạm hành chính 12.520 trường hợp, phạt tiền 25,6 tỷ đồng, tạm giữ 1.250 phương tiện; trong"
        " đó lỗi vi phạm nồng độ cồn 3.250 trường hợp ({}), chạy quá tốc độ 2.150 trường hợp (17,2%)."
    )
    said = verdicts(text.format("26%"))  # of the 12.520 cases
    assert said["26%"] == said["17,2%"] == Verdict.CONSISTENT and "1.250" not in said
    text = (
        "Tổng số giường bệnh toàn tỉnh là {} giường, trong đó tuyến tỉnh 2.150 giường (47,6%), tuyến huyện"
        " 1.920 giường (42,5%), y tế tư nhân 450 giường (10%); đạt 32,5 giường bệnh/vạn dân."
    )
    assert verdicts(text.format("4.520"))["4.520"] == Verdict.CONSISTENT
    assert verdicts(text.format("4.420"))["4.420"] == Verdict.INCONSISTENT


def test_a_wholes_growth_from_its_parts_values_and_growths():
    text = (
        "Giá trị sản xuất ngành nông, lâm nghiệp và thủy sản ước đạt 25.630 tỷ đồng, tăng {} so với năm 2022;"
        " trong đó nông nghiệp 19.520 tỷ đồng, tăng 3,2%; lâm nghiệp 1.250 tỷ đồng, tăng 5,6%; thủy sản 4.860"
        " tỷ đồng, tăng 6,1%."
    )
    assert verdicts(text.format("3,85%"))["3,85%"] == Verdict.CONSISTENT  # last year: 24.679 tỷ
    assert verdicts(text.format("4,85%"))["4,85%"] == Verdict.INCONSISTENT


def test_a_whole_divided_one_way_then_another():
    text = (
        "Dân số trung bình năm 2023 ước tính {} người; trong đó dân số nam 638.200 người, chiếm 49,6%; dân số"
        " nữ 647.400 người, chiếm 50,4%; dân số thành thị 412.300 người (32,1%), nông thôn 873.300 người"
        " (67,9%)."
    )
    assert verdicts(text.format("1.285.600"))["1.285.600"] == Verdict.CONSISTENT
    # two divisions that do not both add up: groups that may overlap, not judged
    assert not verdicts(text.format("1.295.600"))["1.295.600"].alarm


def test_a_counts_change_is_of_a_count_and_the_value_said_after_compared_with_is_the_earlier_one():
    text = (
        "Kết quả xác minh, phân loại thì có: 13.799 việc có điều kiện giải quyết (chiếm tỷ lệ 83,80%) giảm"
        " 345"
        " việc ({}) so với năm 2019 và 2.668 việc chưa có điều kiện giải quyết (chiếm tỷ lệ 16,20%)."
    )
    assert verdicts(text.format("2,44%"))["2,44%"] == Verdict.CONSISTENT  # 345 of the 14.144 before
    assert verdicts(text.format("3,44%"))["3,44%"] == Verdict.INCONSISTENT
    text = (
        "Số việc chuyển kỳ sau 8.148 việc, trong đó số việc có điều kiện nhưng chưa thi hành xong là 5.480"
        " việc, so với số việc có điều kiện 09 tháng năm 2019 là 5.547 việc giảm 67 việc ({})."
    )
    assert verdicts(text.format("1,21%"))["1,21%"] == Verdict.CONSISTENT  # 67 of the 5.547 of 2019
    assert verdicts(text.format("2,21%"))["2,21%"] == Verdict.INCONSISTENT


def test_an_amount_down_to_its_dong_and_a_rate_named_again_before_its_value():
    text = (
        "toàn tỉnh đã thi hành xong 2714 việc/3114 việc có điều kiện thi hành, đạt tỷ lệ thi hành xong về "
        "việc là {}; thu được 10 tỷ 917 triệu 603 đồng/18 tỷ 391 triệu 153 nghìn đồng, đạt tỷ lệ {}."
    )
    said = verdicts(text.format("87,15%", "59,36%"))
    assert said["87,15%"] == Verdict.CONSISTENT
    assert said["59,36%"] == Verdict.CONSISTENT
    said = verdicts(text.format("81,75%", "59,63%"))
    assert said["81,75%"].alarm and said["59,63%"].alarm
    # a rate of something else, named, is not the fraction's
    assert "95,2%" not in verdicts("Hoàn thành 21/21 chương trình công tác, tỷ lệ giải ngân là 95,2%.")


def test_the_year_compared_with_may_follow_cung_ky_without_nam():
    text = "tại 8 tỉnh xảy ra 3.422 vụ phạm pháp, giảm 256 vụ so với cùng kỳ 2019 (giảm {})."
    assert verdicts(text.format("6,96%"))["6,96%"] == Verdict.CONSISTENT
    assert verdicts(text.format("6,69%"))["6,69%"].alarm


def test_what_could_be_executed_and_is_not_yet_is_what_could_less_what_was():
    text = (
        "Kết quả xác minh, phân loại thì có: 13.799 việc có điều kiện giải quyết và 2.668 việc chưa có điều "
        "kiện giải quyết. Trong số có điều kiện, đã giải quyết xong 8.319 việc. Số việc chuyển kỳ sau 8.148 "
        "việc, trong đó số việc có điều kiện nhưng chưa thi hành xong là {} việc."
    )
    assert verdicts(text.format("5.480"))["5.480"] == Verdict.CONSISTENT
    assert "5.408" not in verdicts(text.format("5.408"))  # read only when it gives it: other outcomes


def test_a_rate_rounded_twice_is_said_not_flagged():
    text = "Viện KSND phê chuẩn 4.197 vụ án, giảm 761 vụ ({}) so với cùng kỳ."
    claim = next(c for c in check_text(text.format("15,4%")).claims if c.printed.text == "15,4%")
    assert claim.verdict == Verdict.AMBIGUOUS  # 761/4.958 = 15,349…% → 15,35% → 15,4%
    assert "hai lần" in claim.message.vi
    assert verdicts(text.format("15,5%"))["15,5%"].alarm
    assert verdicts(text.format("15,3%"))["15,3%"] == Verdict.CONSISTENT


def test_a_bracket_of_labels_and_counts_after_a_longer_noun_breaks_the_count_down():
    text = "đã cấp 2.292 sổ bảo hiểm xã hội cho người lao động (cấp mới 2.189 sổ, cấp lại {} sổ)."
    assert verdicts(text.format("103"))["2.292"] == Verdict.CONSISTENT
    assert verdicts(text.format("130"))["2.292"].alarm  # 2.189 + 130 = 2.319
    said = verdicts("đã xử lý kỷ luật 7 tổ chức cơ sở đảng (khiển trách 6, cảnh cáo 1), 1.574 đảng viên.")
    assert said["7"] == Verdict.CONSISTENT
    # a plan and what was added to it are no parts of what was done
    said = verdicts(
        "Tổ chức 25 cuộc thanh tra hành chính trên các lĩnh vực (theo kế hoạch 20 cuộc, đột xuất 8 cuộc)."
    )
    assert not any(v.alarm for v in said.values())


def test_a_groups_share_then_its_count_in_brackets_is_of_the_whole_its_label_names():
    text = (
        "Toàn huyện có 932 hộ nghèo, chiếm 2,84% và có 1.788 hộ cận nghèo, chiếm 5,46%; trong đó, hộ nghèo"
        " trong vùng đồng bào dân tộc thiểu số chiếm {} (652 hộ)."
    )
    assert verdicts(text.format("69,96%"))["69,96%"] == Verdict.CONSISTENT  # 652/932, not 652/1.788
    claim = next(c for c in check_text(text.format("69,52%")).claims if c.printed.text == "69,52%")
    assert claim.verdict == Verdict.INCONSISTENT and claim.correct == Decimal("69.96")
    # a label that names no whole said before: nothing to read
    said = verdicts(
        "Có 932 hộ nghèo và 1.788 hộ cận nghèo; trong đó, gia đình chính sách chiếm 69,52% (652 hộ)."
    )
    assert "69,52%" not in said


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (
            "Qua 10 năm (2008- 2018), cấp ủy các cấp đã xử lý kỷ luật 7 tổ chức đảng.",
            "10",
            Verdict.CONSISTENT,
        ),
        (
            "Qua 12 năm (2008- 2018), cấp ủy các cấp đã xử lý kỷ luật 7 tổ chức đảng.",
            "12",
            Verdict.INCONSISTENT,
        ),
        (
            "kỷ niệm 74 năm Ngày truyền thống Thi hành án dân sự (19/7/1946 - 19/7/2020).",
            "74",
            Verdict.CONSISTENT,
        ),
        # an anniversary counts the years between, never both ends
        (
            "kỷ niệm 75 năm Ngày truyền thống Thi hành án dân sự (19/7/1946 - 19/7/2020).",
            "75",
            Verdict.INCONSISTENT,
        ),
        ("giai đoạn 2016-2020 (5 năm) đã giải quyết việc làm cho 10.000 lao động.", "5", Verdict.CONSISTENT),
        ("giai đoạn 2016-2020 (4 năm) đã giải quyết việc làm cho 10.000 lao động.", "4", Verdict.CONSISTENT),
        (
            "giai đoạn 2016-2020 (6 năm) đã giải quyết việc làm cho 10.000 lao động.",
            "6",
            Verdict.INCONSISTENT,
        ),
    ],
)
def test_a_number_of_years_and_the_years_it_spans(text, figure, verdict):
    assert verdicts(text)[figure] == verdict


def test_a_count_and_the_names_it_lists():
    text = (
        "Công an {} tỉnh tham dự hội nghị gồm Hòa Bình, Yên Bái, Tuyên Quang, Bắc Kạn, Quảng Ninh, Bắc Giang,"
        " Phú Thọ và Thái Nguyên."
    )
    assert verdicts(text.format("8"))["8"] == Verdict.CONSISTENT
    assert verdicts(text.format("7"))["7"].alarm
    assert verdicts("đưa vào sử dụng 02 nhà văn hóa tổ Bản Đồn 2 và Lủng Hoàn.")["02"] == Verdict.CONSISTENT
    # run on from the noun, a list may name some only; a name with a lower-case word is not split up
    assert "5" not in verdicts("Tỉnh có 5 huyện Hòa Vang, Cẩm Lệ.")
    assert "5" not in verdicts("Có 5 đơn vị: Hà Nội, Huế, Sở Tài chính và Sở Y tế.")
    assert "3" not in verdicts("Có 3 xã (Tân Phú, Tân Hòa và thị trấn Long Hải) đạt chuẩn.")


def test_the_offices_of_the_tax_department_collect_the_parts_of_what_it_collected():
    text = (
        "Lũy kế 6 tháng tổng thu {} tỷ đồng, đạt 67,6% dự toán. Nếu trừ tiền sử dụng đất thì số thu là"
        " 5.627,5 tỷ đồng, đạt 67,8%. Trong đó, tại văn phòng Cục Thuế thu 5.061 tỷ đồng, đạt 68% dự toán,"
        " tăng 52% so cùng kỳ; 18 Chi cục Thuế thu 884,3 tỷ đồng, đạt 65% dự toán."
    )
    assert verdicts(text.format("5.945,3"))["5.945,3 tỷ"] == Verdict.CONSISTENT  # the total before the other


def test_the_trade_is_its_exports_and_imports_and_the_surplus_their_difference():
    text = (
        "Kim ngạch xuất nhập khẩu đạt {} triệu USD, đạt 130,9% kế hoạch, tăng 62,6% so với cùng kỳ, xuất"
        " khẩu 2.750 triệu USD, đạt 211,5% kế hoạch, tăng 168,8%, nhập khẩu đạt 2.225 triệu USD."
    )
    assert verdicts(text.format("4.975"))["4.975 triệu"] == Verdict.CONSISTENT
    assert verdicts(text.format("4.795"))["4.795 triệu"].alarm
    text = (
        "Tổng kim ngạch xuất nhập khẩu ước đạt 5.100 triệu USD, trong đó xuất khẩu 3.000 triệu USD, nhập"
        " khẩu 2.100 triệu USD, xuất siêu {} triệu USD."
    )
    said = verdicts(text.format("900"))
    assert said["5.100 triệu"] == said["900 triệu"] == Verdict.CONSISTENT  # the surplus is no part of it
    assert verdicts(text.format("800"))["800 triệu"].alarm


def test_a_rate_named_by_what_was_done_in_a_sentence_of_its_own():
    text = "Toàn tỉnh xảy ra 1.250 vụ phạm pháp hình sự, khám phá 1.020 vụ. Tỷ lệ khám phá đạt {}."
    assert verdicts(text.format("81,6%"))["81,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("86,1%"))["86,1%"].alarm
    # of some of them only, or a rate of a kind rather than of what was done: not read
    assert "98%" not in verdicts(
        "Thụ lý 500 vụ, giải quyết 450 vụ. Riêng án hình sự, tỷ lệ giải quyết đạt 98%."
    )
    said = verdicts(
        "Tổng số hộ nghèo và hộ cận nghèo là 471.571 hộ; tổng số hộ nghèo là 311.981 hộ."
        " Tỷ lệ hộ nghèo là 31,72%."
    )
    assert "31,72%" not in said


def test_what_was_received_in_all_is_what_was_carried_over_and_what_is_new():
    text = (
        "Số cũ chuyển sang là 6.643 việc; thụ lý mới 9.989 việc, giảm 272 việc (2,65%) so với năm 2019."
        " Như vậy, tổng thụ lý là {} việc."
    )
    assert verdicts(text.format("16.632"))["16.632"] == Verdict.CONSISTENT
    assert "16.623" not in verdicts(text.format("16.623"))  # across sentences: read only when it adds up
    said = verdicts("Số cũ chuyển sang là 6.643 việc; thụ lý mới 9.989 việc, tổng thụ lý là 16.623 việc.")
    assert said["16.623"].alarm


def test_a_rate_worked_out_then_said_again_further_on():
    text = (
        "Toàn tỉnh đã thi hành xong 2714 việc/3114 việc có điều kiện thi hành, đạt tỷ lệ 87,15%. Về cơ bản"
        " đã bảo đảm tiến độ, kết quả thi hành xong về việc vượt chỉ tiêu được giao ({} so với 85%)."
    )
    claim = next(c for c in check_text(text.format("87,15%")).claims if c.start > 90)
    assert claim.verdict == Verdict.CONSISTENT and "đã nêu" in claim.message.vi
    assert "87,51%" not in verdicts(text.format("87,51%"))  # another rate: nothing to say of it
    # a round rate may be of anything
    claims = check_text("Xử lý 20/40 vụ, đạt 50%. Có 50% số xã đạt chuẩn.").claims
    assert [claim.printed.text for claim in claims] == ["50%"]


def test_the_value_compared_with_after_la_then_the_difference():
    text = (
        "Số việc có điều kiện nhưng chưa thi hành xong là 5.480 việc, so với số việc có điều kiện 09 tháng"
        " năm 2019 là 5.547 việc giảm {} việc (1,21%)."
    )
    assert verdicts(text.format("67"))["67"] == Verdict.CONSISTENT
    assert verdicts(text.format("76"))["76"].alarm
    # the words and the figures disagree on the way: not read
    assert "67" not in verdicts(text.format("67").replace("giảm", "tăng"))


def test_a_part_with_its_own_share_then_the_next_part():
    text = (
        "tổng số việc phải thi hành là {} việc, trong đó có điều kiện thi hành 9.860 việc, chiếm 79,2%; chưa"
        " có điều kiện 2.590 việc, chiếm 20,8%."
    )
    assert verdicts(text.format("12.450"))["12.450"] == Verdict.CONSISTENT
    said = verdicts(text.format("12.540"))  # "trong đó" may list some only: the shares tell
    assert not said["12.540"].alarm and said["79,2%"].alarm and said["20,8%"].alarm
    text = "đã triển khai {} cuộc thanh tra hành chính (kỳ trước chuyển sang 8 cuộc, triển khai mới 34 cuộc)."
    assert verdicts(text.format("42"))["42"] == Verdict.CONSISTENT
    assert verdicts(text.format("44"))["44"].alarm


def test_cases_solved_with_those_arrested_then_the_rate_of_the_cases():
    text = "xảy ra 1.245 vụ phạm pháp hình sự; điều tra làm rõ 1.120 vụ, bắt 1.850 đối tượng, đạt tỷ lệ {}."
    assert verdicts(text.format("89,96%"))["89,96%"] == Verdict.CONSISTENT
    assert verdicts(text.format("89,69%"))["89,69%"].alarm  # of the cases that occurred, pinned by "làm rõ"


def test_the_sectors_each_followed_by_its_share():
    text = "Giá trị sản xuất tăng 8,5%; cơ cấu kinh tế: nông nghiệp 25,3%, công nghiệp - xây dựng 35,2%, {}."
    assert verdicts(text.format("thương mại - dịch vụ 39,5%"))["39,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format("thương mại - dịch vụ 41,5%"))["41,5%"].alarm
    # a sector's change after its share is no share
    text = (
        "Cơ cấu kinh tế chuyển dịch như sau: Ngành nông-lâm nghiệp chiếm 38,10%, giảm 0,07% so với năm 2023;"
        " ngành công nghiệp-xây dựng chiếm 36,50%, tăng 0,06%; ngành thương mại-dịch vụ chiếm 25,40%."
    )
    assert verdicts(text)["25,40%"] == Verdict.CONSISTENT


def test_the_rate_of_a_pairs_cases_only():
    text = "Kiểm sát điều tra 980 vụ/1.650 bị can; đã truy tố 820 vụ/1.410 bị can, đạt {} về số vụ."
    assert verdicts(text.format("83,67%"))["83,67%"] == Verdict.CONSISTENT
    assert verdicts(text.format("86,37%"))["86,37%"].alarm


def test_the_difference_said_before_its_two_values_and_the_change_in_brackets_after():
    text = "Số vụ cháy giảm {} vụ, từ 57 vụ xuống còn 45 vụ (giảm {})."
    said = verdicts(text.format("12", "21,05%"))
    assert said["12"] == said["21,05%"] == Verdict.CONSISTENT
    said = verdicts(text.format("21", "12,05%"))
    assert said["21"].alarm and said["12,05%"].alarm


def test_a_whole_named_at_length_closed_by_la_then_what_was_settled_and_what_is_left():
    text = (
        "Số vụ án phải giải quyết theo thủ tục phúc thẩm là 356 vụ, đã giải quyết 320 vụ (đạt 89,89%), còn"
        " lại {} vụ đang trong thời hạn giải quyết."
    )
    assert verdicts(text.format("36"))["36"] == Verdict.CONSISTENT
    assert verdicts(text.format("63"))["63"].alarm


def test_a_change_in_a_list_after_a_comparison_is_of_the_count_said_with_its_words():
    text = (
        "Tai nạn giao thông xảy ra 234 vụ, làm chết 123 người, bị thương 189 người; so với năm 2022 giảm 21"
        " vụ (8,24%), giảm 12 người chết (8,89%), tăng 15 người bị thương ({})."
    )
    assert verdicts(text.format("8,62%"))["8,62%"] == Verdict.CONSISTENT
    assert verdicts(text.format("8,26%"))["8,26%"].alarm  # of the 189 injured, not of the 123 dead


def test_from_then_to_with_the_change_in_brackets_said_with_its_direction():
    text = "Số hộ nghèo giảm từ 1.234 hộ xuống còn 987 hộ, giảm 247 hộ (giảm {})."
    assert verdicts(text.format("20,0%"))["20,0%"] == Verdict.CONSISTENT
    assert verdicts(text.format("20,3%"))["20,3%"].alarm


def test_comrades_are_the_party_members_a_breakdown_opens_with():
    text = (
        "toàn huyện kết nạp 156 đảng viên, trong đó đảng viên là đoàn viên thanh niên 120 đồng chí, chiếm {}."
    )
    assert verdicts(text.format("76,9%"))["76,9%"] == Verdict.CONSISTENT
    assert verdicts(text.format("78,9%"))["78,9%"].alarm


_RETAIL_ROWS = [
    ("Tổng số", "45.678", "51.234", "112,16"),
    ("Bán lẻ hàng hóa", "34.567", "38.765", "112,14"),
    ("Dịch vụ lưu trú, ăn uống", "6.789", "7.654", "112,74"),
    ("Du lịch lữ hành", "4.322", "4.815", "111,41"),
]
_RETAIL_HEADER = [
    "Chỉ tiêu",
    "Thực hiện năm 2022 (Tỷ đồng)",
    "Ước tính năm 2023 (Tỷ đồng)",
    "Năm 2023 so với năm 2022 (%)",
]


@pytest.mark.parametrize("shape", ["cells one to a line", "flattened to one line"])
def test_a_statistics_table_copied_one_cell_to_a_line_or_flattened(shape):
    def table(rows):
        if shape == "cells one to a line":
            return "Bảng 1. Bán lẻ\n\n" + "\n".join(
                [*_RETAIL_HEADER, *(cell for row in rows for cell in row)]
            )
        return "Bảng 1. Bán lẻ " + " ".join([*_RETAIL_HEADER, *(cell for row in rows for cell in row)])

    said = verdicts(table(_RETAIL_ROWS))
    assert [said[figure] for figure in ("45.678", "51.234", "112,16", "112,14", "112,74", "111,41")] == [
        Verdict.CONSISTENT
    ] * 6
    slipped = [_RETAIL_ROWS[0], ("Bán lẻ hàng hóa", "34.567", "38.765", "112,41"), *_RETAIL_ROWS[2:]]
    assert verdicts(table(slipped))["112,41"].alarm  # 38.765 / 34.567 = 112,14%


def test_a_row_named_tong_muc_is_no_total_of_the_rows_under_it():
    text = (
        "Chỉ tiêu | Đơn vị tính | Thực hiện năm 2022 | Ước tính năm 2023 | Năm 2023 so với năm 2022 (%)\n"
        "Tổng mức bán lẻ | Tỷ đồng | 45.678 | 51.234 | 112,16\n"
        "Vốn đầu tư thực hiện | Tỷ đồng | 12.345 | 13.579 | 110,00\n"
        "Số khách quốc tế | Lượt người | 123.456 | 145.678 | 118,00\n"
    )
    said = verdicts(text)
    assert said["112,16"] == Verdict.CONSISTENT and "45.678" not in said


def test_the_school_year_before_and_a_flag_names_the_nearest_reading():
    text = "Tỷ lệ học sinh bỏ học là 0,12%, giảm {} so với năm học trước (0,17%)."
    assert verdicts(text.format("0,05%"))["0,05%"] == Verdict.CONSISTENT  # percentage points
    claim = next(c for c in check_text(text.format("0,08%")).claims if c.printed.text == "0,08%")
    assert claim.verdict == Verdict.INCONSISTENT
    assert claim.correct == Decimal("0.05")  # the points it should be, not the relative change (29,41%)


def test_the_classes_of_a_classification_make_up_the_whole():
    text = "Xếp loại học lực học sinh THCS: giỏi 23,5%, khá 41,2%, trung bình {}, yếu 3,1%, kém 0,1%."
    assert verdicts(text.format("32,1%"))["0,1%"] == Verdict.CONSISTENT
    assert verdicts(text.format("33,1%"))["0,1%"].alarm  # 101%: one of them is wrong
    text = (
        "Xếp loại hạnh kiểm: tốt 12.345 em (chiếm 78,9%), khá 2.987 em ({}), trung bình 298 em (1,9%), yếu"
        " 16 em (0,1%)."
    )
    said = verdicts(text.format("19,09%"))
    assert [said[f] for f in ("78,9%", "19,09%", "1,9%", "0,1%")] == [Verdict.CONSISTENT] * 4
    assert verdicts(text.format("19,90%"))["19,90%"].alarm  # 2.987 of the 15.646 classified is 19,09%


def test_a_fraction_and_the_fractions_it_is_made_of():
    text = (
        "Quỹ vận động được 14.714.669.968/9,5 tỷ đồng, đạt 154,9% kế hoạch năm (trong đó, cấp tỉnh"
        " 5.299.856.928 đồng/2,2 tỷ đồng đạt 240,9% và cấp huyện 9.414.813.040 đồng/{} tỷ đồng đạt 128,97%)."
    )
    said = verdicts(text.format("7,3"))
    assert said["14.714.669.968"] == said["9,5 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format("7,8"))["9,5 tỷ"].alarm  # 2,2 + 7,8 = 10 tỷ of plans


def test_the_trade_of_two_periods_and_its_exports_and_imports_in_the_sentences_after():
    text = (
        "Tổng kim ngạch xuất nhập khẩu hàng hóa tháng 7/2017 đạt 35,08 tỷ USD, giảm 2,2% so với tháng trước."
        " Qua"
        " đó đưa kim ngạch xuất nhập khẩu hàng hóa 7 tháng đầu năm 2017 đạt {} tỷ USD, tăng 21,1% so với cùng"
        " kỳ.\n\nTrong đó, xuất khẩu trong tháng 7/2017 đạt 17,67 tỷ USD, giảm 0,7% so với tháng 6/2017 và"
        " kim"
        " ngạch xuất khẩu 7 tháng/2017 đạt 115,3 tỷ USD, tăng 18,8% so với cùng kỳ năm trước.\n\nNhập khẩu"
        " trong"
        " tháng 7/2017 đạt hơn 17,4 tỷ USD, giảm 3,8% so với tháng trước, qua đó đưa kim ngạch nhập khẩu 7"
        " tháng/2017 đạt 117,83 tỷ USD, tăng 23,6% so với cùng kỳ năm 2016."
    )
    said = verdicts(text.format("233,13"))
    assert said["35,08 tỷ"] == said["233,13 tỷ"] == Verdict.CONSISTENT
    assert "233,31 tỷ" not in verdicts(text.format("233,31"))  # across sentences: read only when it adds up


def test_two_shares_of_one_whole_the_text_does_not_print():
    text = "Toàn tỉnh có 12.345 hộ nghèo, chiếm 3,45%; 8.765 hộ cận nghèo, chiếm {} tổng số hộ dân."
    said = verdicts(text.format("2,45%"))
    assert said["3,45%"] == said["2,45%"] == Verdict.CONSISTENT  # both of about 357.800 households
    # wholes that do not meet: one share is wrong, but which the text does not say
    said = verdicts(text.format("2,54%"))
    assert said["3,45%"] == said["2,54%"] == Verdict.AMBIGUOUS


def test_a_span_of_time_in_a_parts_label_is_not_its_count():
    text = (
        "Số lao động được đào tạo nghề là {} người, trong đó trình độ cao đẳng 1.234 người, trung cấp 3.456"
        " người, sơ cấp và dưới 3 tháng 18.766 người."
    )
    assert verdicts(text.format("23.456"))["23.456"] == Verdict.CONSISTENT
    assert verdicts(text.format("21.456"))["21.456"].alarm


def test_the_parts_shares_of_the_base_the_wholes_own_rate_was_of():
    text = (
        "Tòa án đã giải quyết 11.234 vụ, việc. Tổng số bản án, quyết định bị hủy, sửa là 234 vụ, chiếm {} số"
        " vụ, việc đã giải quyết; trong đó bị hủy 98 vụ (0,87%), bị sửa 136 vụ (1,21%)."
    )
    said = verdicts(text.format("2,08%"))
    assert said["2,08%"] == said["0,87%"] == said["1,21%"] == Verdict.CONSISTENT  # not 98 of the 234
    assert verdicts(text.format("2,80%"))["2,80%"].alarm  # 234 of the 11.234 settled is 2,08%


def test_a_breakdown_whose_parts_shares_add_up_to_the_wholes_own_share():
    text = (
        "Qua thanh tra phát hiện 456 đơn vị vi phạm (chiếm 35,6% số đơn vị được thanh tra), trong đó 123 đơn"
        " vị"
        " vi phạm nghiêm trọng (9,6%), 333 đơn vị vi phạm ít nghiêm trọng (26%)."
    )
    said = verdicts(text)
    assert said["9,6%"] == said["26%"] == Verdict.CONSISTENT  # of the units inspected, not of the 456


def test_pairs_of_cases_and_accused_listed_with_commas():
    text = "Thụ lý 456 vụ/789 bị can, trong đó xét xử 400 vụ/700 bị can và đình chỉ 56 vụ/{} bị can."
    said = verdicts(text.format("89"))
    assert said["456"] == said["789"] == Verdict.CONSISTENT
    assert verdicts(text.format("98"))["789"].alarm


def test_a_share_of_all_there_are_is_not_of_the_whole_the_sentence_opened_with():
    text = (
        "Năm 2022, toàn Đảng bộ kết nạp 1.234 đảng viên, trong đó có 234 đảng viên là người dân tộc thiểu số,"
        " chiếm {} tổng số đảng viên{}."
    )
    assert not verdicts(text.format("1,2%", " toàn tỉnh"))["1,2%"].alarm  # of all the province's members
    assert verdicts(text.format("18,96%", ""))["18,96%"] == Verdict.CONSISTENT
    assert verdicts(text.format("19,86%", ""))["19,86%"].alarm


def test_the_rate_after_a_pair_is_of_its_cases_against_the_pair_before():
    text = (
        "Kiểm sát điều tra 1.890 vụ/3.012 bị can. Cơ quan điều tra đã giải quyết 1.678 vụ/2.701 bị can, đạt"
        " {}."
    )
    assert verdicts(text.format("88,78%"))["88,78%"] == Verdict.CONSISTENT  # 1.678 of the 1.890 cases
    assert verdicts(text.format("87,88%"))["87,88%"] != Verdict.CONSISTENT


def test_a_score_or_a_numbered_name_is_no_count():
    text = (
        "Toàn tỉnh có {} thí sinh đạt điểm 10, trong đó môn Toán 12 em, Ngữ văn 2 em, Tiếng Anh 15 em, GDCD"
        " 27 em."
    )
    said = verdicts(text.format("56"))
    assert said["56"] == Verdict.CONSISTENT and "10" not in said
    assert (
        verdicts(text.format("65")).get("65") != Verdict.CONSISTENT
    )  # "em" of "thí sinh": only when it adds up
    assert "12" not in verdicts("Học sinh lớp 12 có 234 em, trong đó nữ 120 em, nam 114 em.")


def test_a_change_against_a_year_said_in_a_sentence_before():
    text = (
        "Năm 2022, toàn tỉnh xảy ra 240 vụ tai nạn giao thông. Năm 2023 xảy ra 215 vụ, giảm {} so với năm"
        " 2022."
    )
    assert verdicts(text.format("10,42%"))["10,42%"] == Verdict.CONSISTENT
    assert verdicts(text.format("14,02%"))["14,02%"].alarm
    text = (
        "Năm 2022, tỉnh thu ngân sách 1.200 tỷ đồng. Năm 2023, tỉnh thu ngân sách 1.350 tỷ đồng, bằng {} so"
        " với năm 2022."
    )
    assert verdicts(text.format("112,5%"))["112,5%"] == Verdict.CONSISTENT
    # said with other words, or of another year: nothing to compare with
    other = (
        "Năm 2022, toàn tỉnh có 240 vụ tai nạn giao thông. Năm 2023 xảy ra 215 vụ, giảm 14,02% so với năm"
        " 2022."
    )
    assert verdicts(other)["14,02%"] == Verdict.NOT_CHECKABLE


def test_a_breakdown_opened_inside_a_bracket_ends_with_it():
    # the items after the bracket stand beside the total, they are not its parts
    text = (
        "Đảng ủy có 5 chi bộ hoàn thành xuất sắc nhiệm vụ (trong đó có 3 chi bộ đạt trong sạch vững mạnh),"
        " 02 chi bộ hoàn thành tốt nhiệm vụ và 4 chi bộ mới thành lập."
    )
    assert not any(verdict.alarm for verdict in verdicts(text).values())
    # a list wholly inside the bracket is still read, and a slip in it caught
    assert verdicts("Tổng số 120 vụ (trong đó 70 vụ hình sự và 51 vụ dân sự), tăng 5 vụ.")["120"].alarm
    said = verdicts("Tổng số 121 vụ (trong đó 70 vụ hình sự và 51 vụ dân sự), tăng 5 vụ.")
    assert said["121"] == Verdict.CONSISTENT


def test_the_plan_figure_is_never_past_and():
    # "và 3.628 liều" opens the next item: it is not the plan the rate is of
    text = (
        "Trên 4.218 liều vacxin Tụ huyết trùng trâu, bò, đạt 71,5% kế hoạch giao và 3.628 liều vacxin dại"
        " chó, mèo."
    )
    assert not verdicts(text)["71,5%"].alarm
    wrong = "Tạo việc làm cho 141.260 người, đạt 105,9% kế hoạch năm là 140.000 người."
    assert verdicts(wrong)["105,9%"].alarm


@pytest.mark.parametrize(
    ("figure", "verdict"),
    [("511,2%", Verdict.CONSISTENT), ("411,2%", Verdict.INCONSISTENT)],
)
def test_a_change_then_since_when_then_its_two_counts_in_brackets(figure, verdict):
    # the bracket gives the change's two counts (earlier first here), not the figure before the change
    text = (
        "Có 13 cuộc thanh tra về phòng, chống tham nhũng, tăng {} số cuộc so với cùng kỳ năm 2024 (374"
        " cuộc/2.286 cuộc), đã kết thúc 2.234/2.286 cuộc."
    )
    assert verdicts(text.format(figure))[figure] == verdict


def test_a_rank_among_the_provinces_is_no_figure():
    # n158: "(xếp thứ 6/34)" between a count and its change
    said = verdicts(
        "thụ lý mới 29.865 việc (xếp thứ 6/34), tăng 3.305 việc (tăng 12,44%) so với cùng kỳ năm 2024."
    )
    assert said["12,44%"] == Verdict.CONSISTENT  # 3.305 / 26.560
    assert "34" not in said and "6" not in said
    said = verdicts(
        "thụ lý mới 29.865 việc (xếp thứ 6/34), tăng 3.305 việc (tăng 14,44%) so với cùng kỳ năm 2024."
    )
    assert said["14,44%"].alarm


def test_a_share_after_the_parts_change_and_since_when_and_a_bare_share_of_a_named_whole():
    # n158: the part's own change, its rate in brackets and "so với cùng kỳ" come between part and share
    text = (
        "tổng số phải thi hành 53.266 việc, trong đó: Có điều kiện thi hành 34.110 việc, tăng 4.190 việc "
        "(tăng 14,00%) so với cùng kỳ năm 2024, chiếm {} trong tổng số phải thi hành; chưa có điều kiện "
        "17.034 việc, {} trong tổng số phải thi hành."
    )
    said = verdicts(text.format("64,04%", "31,98%"))
    assert said["64,04%"] == Verdict.CONSISTENT
    assert said["31,98%"] == Verdict.CONSISTENT  # 17.034 / 53.266, no "chiếm" before it
    said = verdicts(text.format("64,04%", "31,89%"))
    assert said["31,89%"].alarm


def test_those_not_yet_and_those_already_are_all_of_them():
    # n168: a bracket of two groups, one "chưa" what the other "đã" is
    text = (
        "toàn tỉnh có 10.422 thí sinh đăng ký dự thi, gồm 9.957 TS đang học lớp 12 và {} TS tự do (124 TS tự "
        "do chưa tốt nghiệp và 340 TS tự do đã tốt nghiệp)."
    )
    assert verdicts(text.format("465"))["465"] == Verdict.INCONSISTENT  # 124 + 340 = 464
    assert verdicts(text.format("464")).get("464") != Verdict.INCONSISTENT
    # "có điều kiện" and "chưa có điều kiện" need not be all: a case may be entrusted elsewhere (n15)
    said = verdicts(
        "Tổng số thụ lý 18.819 việc, trong đó, số có điều kiện thi hành là 13.409 việc (chiếm 71,25%), số "
        "chưa có điều kiện là 5.255 việc (chiếm 27,92%)."
    )
    assert not said.get("18.819", Verdict.NOT_CHECKABLE).alarm


def test_a_rate_of_plan_is_not_of_the_fraction_that_breaks_it_down():
    said = verdicts(
        "Thu nội địa đạt 104,99% dự toán, trong đó: 13/18 khoản thu nội địa đạt và vượt dự toán; 05/18 khoản "
        "thu không đạt dự toán."
    )
    assert not said["104,99%"].alarm
    assert verdicts("Đảng bộ đạt 101,43% chỉ tiêu, kết nạp 71 đảng viên.")["101,43%"] == Verdict.CONSISTENT


def test_a_plan_said_for_another_item_before_is_not_this_ones():
    # n200: the plan of the private sector, said in the sentence before, is not that of foreign firms
    said = verdicts(
        "Nguồn thu từ lĩnh vực kinh tế dân doanh dự toán thu 10.766 tỷ đồng, qua 11 tháng đã thu được "
        "11.110 tỷ đồng. Kế đến là thu từ các doanh nghiệp có vốn đầu tư nước ngoài 1.739 tỷ đồng, "
        "đạt 132% dự toán."
    )
    assert not said["132%"].alarm
    # the plan said just before, of the same result, still judges it
    said = verdicts(
        "Dự toán chi ngân sách năm 2023 là 1.520 tỷ đồng; đã giải ngân 1.385 tỷ đồng, đạt 81,1% dự toán."
    )
    assert said["81,1%"].alarm  # 1.385 / 1.520 = 91,1 %


def test_a_share_of_a_plan_whose_figure_is_not_printed():
    said = verdicts(
        "Tổng thu ngân sách đạt 17.141 tỷ đồng. Nguồn thu từ kinh tế dân doanh dự toán thu 10.766 tỷ đồng, "
        "chiếm gần 70% tổng dự toán thu."
    )
    assert said["70%"] == Verdict.NOT_CHECKABLE  # not 10.766 / 17.141: that total is what was collected


def test_a_share_that_is_what_the_others_leave_of_100_is_not_called_a_slip():
    # n169: 15 + 55 + 2 = 72 members graded of 73; 21% + 76,3% + 2,7% = 100%
    text = (
        "nâng tổng số đảng viên trong Đảng ủy lên 73 đồng chí. Đảng viên hoàn thành xuất sắc nhiệm vụ là "
        "15 đảng viên, chiếm tỷ lệ 21%; đảng viên hoàn thành tốt nhiệm vụ là 55 đảng viên chiếm tỉ lệ {}; "
        "02 đảng viên hoàn thành nhiệm vụ chiếm tỷ lệ 2,7%."
    )
    # 76,3% is no share of 73; the three shares add up to 100%, so they are of the 72 graded: 55 of 72 is
    # 76,39%, cut
    assert verdicts(text.format("76,3 %"))["76,3 %"] == Verdict.CONSISTENT_BY_TRUNCATION
    assert verdicts(text.format("78,3 %"))["78,3 %"].alarm  # leaves 98% of 100: flagged as before


def test_a_rate_named_by_its_verb_with_its_part_in_its_own_sentence_and_its_whole_before():
    # n196: the whole in the sentence before, the part then the rate in one sentence; cut, not rounded
    text = (
        "Tổng số vụ việc Tòa án hai cấp phải giải quyết trong năm là 13.249 vụ, việc. Tòa đã giải quyết, "
        "xét xử 11.961 vụ việc các loại; tỷ lệ giải quyết chung đạt {}."
    )
    assert verdicts(text.format("90,2%"))["90,2%"] == Verdict.CONSISTENT_BY_TRUNCATION
    assert verdicts(text.format("92,2%"))["92,2%"].alarm
    # "Riêng …": of some of them only, still not read
    said = verdicts(
        "Tòa án phải giải quyết 13.249 vụ, việc. Riêng án hình sự đã giải quyết 2.726 vụ, tỷ lệ giải quyết "
        "đạt 97,8%."
    )
    assert not said.get("97,8%", Verdict.NOT_CHECKABLE).alarm


def test_the_rest_of_a_fraction_said_with_chi_con_or_as_a_fraction_itself():
    text = "đã có 16/18 đơn vị đã hoàn thành dự toán thu cả năm, chỉ còn {} đơn vị chưa hoàn thành."
    assert verdicts(text.format("2"))["2"] == Verdict.CONSISTENT
    assert verdicts(text.format("3"))["3"].alarm
    text = "trong đó: 13/18 khoản thu nội địa đạt và vượt dự toán; {}/18 khoản thu không đạt dự toán."
    assert verdicts(text.format("05"))["05"] == Verdict.CONSISTENT
    assert verdicts(text.format("06"))["06"].alarm


def test_a_bound_reaches_the_next_round_figure_of_its_own_precision_no_further():
    # n203: "trên 837 tỉ" is 837 to 838, "trên 1.480" 1.480 to 1.490: 56,2–56,6 %, never 67,85 %
    text = (
        "Về tiền, tổng số phải thi hành là trên 1.480 tỉ đồng; trong đó, số có điều kiện thi hành là trên "
        "837 tỉ "
        "đồng (chiếm {}), số chưa có điều kiện thi hành trên 644 tỉ đồng."
    )
    assert not verdicts(text.format("56,55%"))["56,55%"].alarm
    assert verdicts(text.format("67,85%"))["67,85%"].alarm
    # a round bound still reaches as far as its round step: "hơn 1.200" may be 1.250
    said = verdicts("Tỉnh có hơn 1.200 đảng viên mới, trong đó 1.000 đảng viên nam và 250 đảng viên nữ.")
    assert not any(verdict.alarm for verdict in said.values())


def test_a_share_of_money_is_not_explained_by_a_share_of_cases():
    # n203: the shares of the cases and of the money printed the other way round; 7.902 of 11.647 cases
    # gives 67,85 %, the share printed for the money
    text = (
        "Số phải thi hành án là 11.647 việc; trong đó, có điều kiện thi hành là 7.902 việc (chiếm 56,49% "
        "trong "
        "tổng số phải thi hành); số chưa có điều kiện thi hành là 3.745 việc (chiếm 43,51%).\n\nVề tiền, "
        "tổng "
        "số phải thi hành là trên 1.480 tỉ đồng; trong đó, số có điều kiện thi hành là trên 837 tỉ đồng "
        "(chiếm "
        "67,85%), số chưa có điều kiện thi hành trên 644 tỉ đồng (chiếm 32,15% trong tổng số phải thi hành)."
    )
    said = verdicts(text)
    assert said["56,49%"].alarm and said["43,51%"].alarm
    assert said["67,85%"].alarm  # not "ambiguous": a share of money is not one of cases


def test_a_fraction_with_a_thousands_dot_is_no_date():
    # n201: "48/3.524 vụ" is 48 of 3.524, not the 48th of March 524
    text = "Tổng số án bị hủy và sửa do nguyên nhân chủ quan là 48/3.524 vụ, chiếm tỉ lệ {} trên tổng số án."
    assert verdicts(text.format("1,36%"))["1,36%"] == Verdict.CONSISTENT
    assert verdicts(text.format("1,63%"))["1,63%"].alarm
    assert "2022" not in verdicts("Ngày 30.9.2022, tổng số án là 3.524 vụ.")  # a date still is one


def test_a_heading_says_again_a_change_whose_verb_comes_earlier_in_the_body():
    # n205: "giảm 25,3%" as a heading, "…, giảm 454 vụ (25,3%) so với cùng kỳ" in the body
    text = (
        "Tội phạm về trật tự xã hội giảm {}\n\nTrong năm, toàn tỉnh phát hiện, xử lý 1.337 vụ tội phạm trật "
        "tự "
        "xã hội với 1.842 đối tượng, giảm 454 vụ (25,3%) so với cùng kỳ năm 2024.\n\nCông an tỉnh đã điều "
        "tra, "
        "khám phá 1.161/1.337 vụ."
    )
    claims = [claim for claim in check_text(text.format("25,3%")).claims if claim.printed.text == "25,3%"]
    assert [claim.verdict for claim in claims] == [Verdict.CONSISTENT, Verdict.CONSISTENT]


def test_a_first_part_whose_noun_is_left_out_for_its_kind():
    # n165: "126 trung cấp" — people of the level the next part names ("người trình độ sơ cấp")
    text = (
        "toàn tỉnh đã tuyển sinh giáo dục nghề nghiệp, với tổng số {} người (gồm 126 trung cấp, 4.549 người "
        "trình độ sơ cấp và 834 người giáo dục thường xuyên)."
    )
    assert verdicts(text.format("5.509"))["5.509"] == Verdict.CONSISTENT
    assert verdicts(text.format("5.519"))["5.519"] == Verdict.INCONSISTENT
    # n21: gangs and people are not one list of people
    said = verdicts("Cảnh sát hình sự đã bắt 2.552 đối tượng (gồm 572 băng nhóm, 1.852 đối tượng).")
    assert not said.get("2.552", Verdict.NOT_CHECKABLE).alarm


def test_an_average_per_one_printed_as_a_figure_and_of_the_amount_said_with_its_verb():
    # n219: "Bình quân 1 cuộc thanh tra truy thu 0,341 tỷ đồng" — of what was "truy thu", over 17 inspections
    text = (
        "ngành thuế đã thực hiện hoàn thành 17 cuộc thanh tra, qua thanh tra đã phát hiện, xử lý truy thu "
        "hơn "
        "5,7 tỷ đồng, đã thu vào ngân sách nhà nước 4,6 tỷ đồng. Bình quân 1 cuộc thanh tra truy thu {} tỷ "
        "đồng."
    )
    assert verdicts(text.format("0,341"))["0,341 tỷ"] == Verdict.CONSISTENT  # "hơn 5,7": up to 5,8 / 17
    assert verdicts(text.format("0,271"))["0,271 tỷ"] == Verdict.AMBIGUOUS  # 4,6 / 17: not "truy thu"


def test_a_share_after_a_pair_or_a_part_with_its_own_change_in_brackets():
    # n157: "233 vụ/235 bị can (tăng 26 vụ, bằng số bị can), chiếm 53,9%" of the 432 cases prosecuted
    text = (
        "Đã khởi tố mới 432 vụ/474 bị can để điều tra (tăng 56 vụ/17 bị can). Cụ thể, đối với tội Trộm cắp "
        "tài sản đã khởi tố 233 vụ/235 bị can (tăng 26 vụ, bằng số bị can), chiếm {}."
    )
    assert verdicts(text.format("53,9%"))["53,9%"] == Verdict.CONSISTENT
    assert verdicts(text.format("59,3%"))["59,3%"] != Verdict.CONSISTENT  # of 432 cases or 474 accused: asked
    # n159: "Thi hành xong 241.770 việc (tăng 16.654 việc), đạt tỉ lệ 52,61%" of those that can be executed
    text = (
        "Tổng số phải thi hành là 629.944 việc, trong đó: số có điều kiện thi hành là 459.511 việc; số chưa "
        "có "
        "điều kiện thi hành là 170.433 việc. Kết quả: Thi hành xong 241.770 việc (tăng 16.654 việc), đạt tỉ "
        "lệ "
        "{}."
    )
    assert verdicts(text.format("52,61%"))["52,61%"] == Verdict.CONSISTENT
    assert verdicts(text.format("62,51%"))["62,51%"].alarm


def test_a_share_after_the_parts_rate_of_its_named_plan():
    # n14: "đã thu hơn 5.626 tỷ đồng, đạt 52,2% dự toán cả năm, chiếm 67% tổng thu" — of the 8.356 collected
    text = (
        "lũy kế 6 tháng đầu năm 2018 tổng thu ước đạt 8.356 tỷ đồng. Nguồn thu từ khu vực ngoài quốc doanh "
        "đã "
        "thu hơn 5.626 tỷ đồng, đạt 52,2% dự toán cả năm, chiếm {} tổng thu."
    )
    assert verdicts(text.format("67%"))["67%"] == Verdict.CONSISTENT
    assert verdicts(text.format("76%"))["76%"].alarm


def test_a_total_said_inside_a_bracket_lists_nothing_past_it():
    # n245: "(hệ GDPT: 68.652 HS và hệ GDTX: 95 HS); bậc Tiểu học có 114.745 HS"
    said = verdicts(
        "Sóc Trăng có 263.547 học sinh, trong đó bậc THCS có 68.747 HS, (hệ GDPT: 68.652 HS và hệ GDTX: 95 "
        "HS); "
        "bậc Tiểu học có 114.745 HS."
    )
    assert said["68.747"] == Verdict.CONSISTENT
    assert not said.get("68.652", Verdict.NOT_CHECKABLE).alarm


def test_a_share_of_a_whole_its_words_name_and_no_figure_printed_is():
    # n244: "3.239 hộ, chiếm 3,61% so với tổng số hộ dân cư dân tộc Khmer" — not of the 5.404 poor households
    said = verdicts(
        "toàn tỉnh Trà Vinh có 5.404 hộ nghèo, chiếm 1,88% tổng số hộ dân cư toàn tỉnh. Trong đó, hộ nghèo "
        "không có khả năng lao động 2.580 hộ, chiếm 47,74% so với tổng số hộ nghèo; hộ nghèo dân tộc Khmer "
        "3.239 hộ, chiếm 3,61% so với tổng số hộ dân cư dân tộc Khmer."
    )
    assert said["47,74%"] == Verdict.CONSISTENT
    assert said["3,61%"] == Verdict.NOT_CHECKABLE


def test_a_share_whose_whole_is_printed_right_after_it():
    # n242: "1.542 đảng viên (chiếm 53,32% so với tổng số 2.892 đảng viên được kết nạp …)"
    text = "các xã đã kết nạp được 1.542 đảng viên (chiếm {} so với tổng số 2.892 đảng viên được kết nạp)."
    assert verdicts(text.format("53,32%"))["53,32%"] == Verdict.CONSISTENT
    assert verdicts(text.format("55,32%"))["55,32%"].alarm


def test_a_second_share_of_the_same_part_in_brackets():
    # n244: "3.239 hộ, chiếm 3,61% so với tổng số hộ dân cư dân tộc Khmer (chiếm 59,94% so với tổng số hộ
    # nghèo)": the first of a whole not printed, the second of the 5.404 poor households
    text = (
        "toàn tỉnh có 5.404 hộ nghèo, chiếm 1,88% tổng số hộ dân cư toàn tỉnh. Trong đó, hộ nghèo dân tộc "
        "Khmer 3.239 hộ, chiếm 3,61% so với tổng số hộ dân cư dân tộc Khmer (chiếm {} so với tổng số hộ "
        "nghèo)."
    )
    said = verdicts(text.format("59,94%"))
    assert said["59,94%"] == Verdict.CONSISTENT
    assert said["3,61%"] == Verdict.NOT_CHECKABLE  # the first is still read, and still not checkable
    assert verdicts(text.format("69,94%"))["69,94%"].alarm


def test_a_change_in_brackets_right_after_its_value_with_no_period_named():
    # n220: "xảy ra 4.422 vụ xâm phạm trật tự an toàn xã hội (giảm 351 vụ = 7,35% và …)": of 4.422 + 351
    text = (
        "Năm 2019, Công an TP ghi nhận xảy ra 4.422 vụ xâm phạm trật tự an toàn xã hội (giảm 351 vụ = {} và "
        "cũng là năm thứ năm liên tiếp giảm)."
    )
    assert verdicts(text.format("7,35%"))["7,35%"] == Verdict.CONSISTENT
    assert verdicts(text.format("8,35%"))["8,35%"].alarm
    # what the bracket changes is the value of its own noun: the 30 people, not the 40 accidents
    said = verdicts("Xảy ra 40 vụ tai nạn, làm chết 30 người (giảm 5 người, tương đương 14,3%).")
    assert said["14,3%"] == Verdict.CONSISTENT  # 5 / (30 + 5)


def test_a_title_says_again_a_rate_the_body_cannot_work_out():
    # n134: the title's "tăng 13,4%" is the body's "tăng 13,4% so với năm 2017", whose base is not printed
    text = (
        "Năm 2018, tổng giá trị sản xuất các ngành kinh tế xã Định Trung tăng {}\n\n"
        "Theo báo cáo của UBND xã, năm 2018, tổng giá trị sản xuất ước đạt 595,6 tỷ đồng, đạt 101,6% kế "
        "hoạch và tăng 13,4% so với năm 2017."
    )
    in_the_title = {claim.printed.start: claim.verdict for claim in check_text(text.format("13,4%")).claims}
    assert in_the_title[text.index("{")] == Verdict.CONSISTENT
    said = check_text(text.format("14,3%")).claims
    assert not any(claim.verdict.alarm for claim in said)  # a title may sum up otherwise: never a slip
    assert not any(claim.printed.text == "14,3%" for claim in said)
    # n243: said with the same bound word, "đạt khoảng 91,5%"
    text = (
        "Cao Bằng: Tỷ lệ bao phủ bảo hiểm y tế đạt khoảng 91,5% dân số toàn tỉnh\n\n"
        "Tính đến hết tháng 5/2025, tỷ lệ bao phủ BHYT đạt khoảng 91,5% dân số toàn tỉnh."
    )
    in_the_title = {claim.printed.start: claim.verdict for claim in check_text(text).claims}
    assert in_the_title[text.index("91,5%")] == Verdict.CONSISTENT


def test_a_line_break_inside_a_sentence_is_a_space():
    # n249: a page wrapped by hand: "… là\n12.132 việc, trong đó, số có điều kiện thi hành là 9.867 việc,
    # chiếm\n81,33%"
    text = (
        "Cụ thể, tổng số phải thi hành là\n12.132 việc, trong đó, số có điều kiện thi hành là 9.867 việc, "
        "chiếm\n{}; trong số có điều kiện thi hành, đã thi hành xong là 8.529 việc."
    )
    assert verdicts(text.format("81,33%"))["81,33%"] == Verdict.CONSISTENT
    assert verdicts(text.format("83,13%"))["83,13%"].alarm


def test_one_thing_counted_in_several_measures_is_no_breakdown():
    # n249: "số vụ việc: 01; trong đó, Lãnh đạo cơ quan tiếp: 42 lượt, 38 người, 34 vụ việc" — the leaders'
    # share of the whole reception, in visits, people and cases: no parts of the 01
    said = check_text(
        "Đoàn đông người: 01 đoàn, số người: 06 người, số vụ việc: 01; trong đó, Lãnh đạo cơ quan tiếp: 42 "
        "lượt, 38 người, 34 vụ việc."
    ).claims
    assert not any(claim.verdict.alarm for claim in said)
    # a whole in one measure still is the sum of its parts in it
    said = verdicts("Đã tiếp 91 lượt công dân, trong đó lãnh đạo tiếp 42 lượt, cán bộ tiếp 49 lượt.")
    assert said["91"] == Verdict.CONSISTENT


def test_cases_and_accused_said_with_a_dash_their_parts_in_brackets_and_what_is_left():
    # n246: "thụ lý 774 vụ - 1.364 bị cáo (sơ thẩm 616 vụ - 1.122 bị cáo, phúc thẩm 158 vụ - 242 bị cáo)
    # …; còn lại chưa giải quyết 203 vụ - 379 bị cáo"
    text = (
        "Cụ thể, thụ lý 774 vụ - 1.364 bị cáo (sơ thẩm 616 vụ - 1.122 bị cáo, phúc thẩm 158 vụ - {} bị cáo), "
        "so với cùng kỳ thụ lý giảm 68 vụ; giải quyết 571 vụ - 985 bị cáo, tỷ lệ giải quyết đạt 73,77%; còn "
        "lại chưa giải quyết 203 vụ - {} bị cáo."
    )
    said = verdicts(text.format("242", "379"))
    assert said["774"] == said["1.364"] == said["203"] == said["379"] == Verdict.CONSISTENT
    said = verdicts(text.format("224", "397"))
    assert said["1.364"].alarm  # 1.122 + 224 = 1.346
    assert said["397"] == Verdict.AMBIGUOUS  # not 1.364 − 985: what it is left of, the text does not say
    # a bracket of other pairs is no breakdown: the new cases and their change
    said = verdicts(
        "kiểm sát xét xử phúc thẩm 3.225 vụ/5.354 bị cáo (thụ lý mới 1.130 vụ/1.675 bị cáo, tăng 271 vụ/452 "
        "bị cáo)."
    )
    assert not any(verdict.alarm or verdict == Verdict.NOT_CHECKABLE for verdict in said.values())


def test_a_share_after_a_clause_on_its_part_of_the_whole_whose_change_has_its_two_counts():
    # n260: "166 DN tạm ngừng hoạt động, tăng 56,6% so cùng kỳ (166/106 DN); trong đó, có 45 DN đã ngừng hoạt
    # động năm 2020, nay tiếp tục đăng ký tạm ngừng trong năm 2021, chiếm 35,3%" — of the 166, not the 106
    text = (
        "Từ đầu năm đến nay có 166 DN tạm ngừng hoạt động, tăng 56,6% so cùng kỳ (166/106 DN); trong đó, có "
        "45 DN đã ngừng hoạt động năm 2020, nay tiếp tục đăng ký tạm ngừng trong năm 2021, chiếm {}."
    )
    assert verdicts(text.format("27,1%"))["27,1%"] == Verdict.CONSISTENT
    slip = next(claim for claim in check_text(text.format("35,3%")).claims if claim.printed.text == "35,3%")
    assert slip.verdict.alarm and "45 / 166" in slip.message.vi


def test_a_pairs_changes_each_of_its_own_count():
    # n247: "khởi tố 949 vụ, 2.003 bị can (giảm 231 vụ, 355 bị can so với cùng kỳ - tương ứng giảm 19,58% về
    # số vụ và 15,06% về số bị can)"
    text = (
        "Trong kỳ, đã phát hiện khởi tố 949 vụ, 2.003 bị can (giảm 231 vụ, 355 bị can so với cùng kỳ - tương "
        "ứng giảm 19,58% về số vụ và {} về số bị can)."
    )
    said = verdicts(text.format("15,06%"))
    assert said["19,58%"] == said["15,06%"] == Verdict.CONSISTENT
    assert verdicts(text.format("17,72%"))["17,72%"].alarm  # 355 / 2.003: of this year's count


def test_what_inspectors_found_and_asked_for_said_with_bound_words():
    # n250: "tổng số tiền hơn 10,3 tỉ đồng, trong đó kiến nghị thu hồi … gần 6,9 tỉ đồng, kiến nghị xử lý khác
    # hơn 3,4 tỉ đồng": the ranges the words say
    text = (
        "Kết quả, cơ quan chức năng phát hiện sai phạm với tổng số tiền hơn {} tỉ đồng, trong đó kiến nghị "
        "thu hồi về ngân sách nhà nước gần 6,9 tỉ đồng, kiến nghị xử lý khác hơn 3,4 tỉ đồng."
    )
    assert verdicts(text.format("10,3"))["10,3 tỉ"] == Verdict.CONSISTENT
    assert not verdicts(text.format("12,3"))["12,3 tỉ"].alarm  # the requests need not cover all found


def test_badges_named_by_their_years_and_a_list_after_a_long_total():
    # n257: "66 đảng viên được trao tặng huy hiệu Đảng, trong đó, có 02 đồng chí được tặng huy hiệu 65 năm
    # tuổi Đảng; …; 8 đồng chí được tặng huy hiệu 45 tuổi Đảng; …": the badges' years are no figures, "năm
    # tuổi" no count of five, and no item of the list the total of the items after it
    text = (
        "Trong đợt này, huyện Thường Tín có {} đảng viên được trao tặng huy hiệu Đảng, trong đó, có 02 đồng "
        "chí được tặng huy hiệu 65 năm tuổi Đảng; 01 đồng chí được tặng huy hiệu 60 năm tuổi Đảng; 11 đồng "
        "chí được tặng huy hiệu 55 năm tuổi Đảng; 3 đồng chí được tặng huy hiệu 50 năm tuổi Đảng; 8 đồng chí "
        "được tặng huy hiệu 45 tuổi Đảng; 25 đồng chí được tặng huy hiệu 40 năm tuổi Đảng; 16 đồng chí được "
        "tặng huy hiệu 30 năm tuổi Đảng."
    )
    said = verdicts(text.format("66"))
    assert said == {"66": Verdict.CONSISTENT}
    # far from its total, a list is read only when it adds up: "trong đó" may list some of them
    assert not any(verdict.alarm for verdict in verdicts(text.format("68")).values())


def test_a_change_right_after_its_value_its_rate_in_brackets():
    # n249: "đã thi hành xong là 717.221.971.000 đồng, tăng 57.905.476.000 đồng (tăng 8,78%), đạt tỉ lệ
    # 50,12%, vượt 3,37% so với chỉ tiêu": "so với chỉ tiêu" is the rate's, the change of the year before
    text = (
        "Trong số có điều kiện thi hành, đã thi hành xong là 717.221.971.000 đồng, tăng 57.905.476.000 đồng "
        "(tăng {}), đạt tỉ lệ 50,12%, vượt 3,37% so với chỉ tiêu của Tổng cục giao là 46,75%."
    )
    assert verdicts(text.format("8,78%"))["8,78%"] == Verdict.CONSISTENT
    assert verdicts(text.format("8,07%"))["8,07%"].alarm  # 57,9 / 717,2: not of this year's amount


def test_a_rate_of_plan_with_the_amount_over_it_and_no_plan_of_another_item():
    # n266: "thu ngân sách đạt trên 5.710 tỉ đồng, đạt 118%, vượt 876 tỉ đồng so với dự toán": the plan is
    # 5.710 − 876; "vượt 820 tỉ đồng" is no part of the revenue
    text = (
        "tỉnh này thu ngân sách đạt trên 5.710 tỉ đồng, đạt {}, vượt 876 tỉ đồng so với dự toán HĐND tỉnh "
        "giao.\n\nTrong đó, thu nội địa 5.541 tỉ đồng, đạt 117%, vượt 820 tỉ đồng; thu từ hoạt động xuất, "
        "nhập khẩu 169 tỉ đồng, đạt 150%, vượt 56 tỉ đồng so dự toán."
    )
    said = verdicts(text.format("118%"))
    assert said["118%"] == said["117%"] == said["150%"] == Verdict.CONSISTENT
    assert verdicts(text.format("181%"))["181%"].alarm
    # "chương trình, mục tiêu 1.424 tỉ đồng" is a programme's amount, not the plan of a spending before
    said = verdicts(
        "Tổng chi ngân sách là 11.259 tỉ đồng, đạt 96% dự toán; trong đó chi đầu tư phát triển 2.291 tỉ "
        "đồng, đạt 87% kế hoạch; chi thường xuyên 7.540 tỉ đồng, đạt 104% dự toán; chi từ nguồn vốn chương "
        "trình, mục tiêu 1.424 tỉ đồng, đạt 84% dự toán."
    )
    assert not any(verdict.alarm for verdict in said.values())


def test_a_share_of_what_is_due_is_not_of_what_was_collected_or_spent():
    # n267: "tổng số chi đạt trên 667 tỷ đồng; tổng số nợ gần 147,4 tỷ đồng, chiếm 3,5% so với số phải thu"
    said = verdicts(
        "Quý I-2022, tổng số thu BHXH, BHYT, bảo hiểm thất nghiệp đạt 562,4 tỷ đồng, đạt 20,9% so với kế "
        "hoạch; tổng số chi đạt trên 667 tỷ đồng; tổng số nợ gần 147,4 tỷ đồng, chiếm 3,5% so với số phải "
        "thu."
    )
    assert said["3,5%"] == Verdict.NOT_CHECKABLE
    # … of what is due when the text prints it
    said = verdicts(
        "Số phải thu năm 2022 là 4.210 tỷ đồng; tổng số nợ 147,4 tỷ đồng, chiếm 3,5% so với số phải thu."
    )
    assert said["3,5%"] == Verdict.CONSISTENT


def test_a_fraction_whose_part_has_a_long_noun():
    # n268: "có 7.491 thí sinh đỗ tốt nghiệp/8.292 thí sinh dự thi, đạt 90,34%"
    text = "Năm nay có 7.491 thí sinh đỗ tốt nghiệp/8.292 thí sinh dự thi, đạt {} (giảm so với năm trước)."
    assert verdicts(text.format("90,34%"))["90,34%"] == Verdict.CONSISTENT
    assert verdicts(text.format("93,04%"))["93,04%"].alarm


def test_cases_and_patients_count_the_same_and_an_item_totals_nothing_after_it():
    # n269: "168.822 trường hợp mắc COVID-19, trong đó đang điều trị 9.057 trường hợp, 258 trường hợp tử vong
    # và 159.510 bệnh nhân đã điều trị khỏi bệnh": 168.825, more than the whole
    text = (
        "Như vậy, tính đến chiều 27/4, toàn tỉnh đã ghi nhận {} trường hợp mắc COVID-19, trong đó đang điều "
        "trị 9.057 trường hợp, 258 trường hợp tử vong và 159.510 bệnh nhân đã điều trị khỏi bệnh."
    )
    assert verdicts(text.format("168.825"))["168.825"] == Verdict.CONSISTENT
    assert verdicts(text.format("168.822"))["168.822"].alarm
    # "huyện Krông Năng 42 trường hợp; huyện Ea Kar 9 …; huyện Cư Kuin 26 … và thị xã Buôn Hồ 7 …": 42 is an
    # item of the list, not the total of the three after it
    said = verdicts(
        "Trong số ca bệnh ghi nhận mới trong ngày có 178 trường hợp trong cộng đồng và 16 trường hợp cách "
        "ly tại nhà. Các trường hợp trong cộng đồng ghi nhận tại 5 huyện, thị xã. Trong đó, TP. Buôn Ma "
        "Thuột 94 trường hợp; huyện Krông Năng 42 trường hợp; huyện Ea Kar 9 trường hợp; huyện Cư Kuin 26 "
        "trường hợp và thị xã Buôn Hồ 7 trường hợp."
    )
    assert "42" not in said


def test_sectors_by_their_numbers_and_a_structure_short_by_less_than_a_point():
    # n256: "khu vực 1 chiếm tỷ trọng 21,19%, khu vực 2 chiếm tỷ trọng 17,95% khu vực 3 chiếm tỷ trọng
    # 60,68%": 99,82% — short by less than a point, no product taxes: the digits swapped (60,86%)
    text = (
        "Cơ cấu kinh tế: khu vực 1 chiếm tỷ trọng 21,19%, khu vực 2 chiếm tỷ trọng 17,95% khu vực 3 chiếm tỷ "
        "trọng {}."
    )
    assert verdicts(text.format("60,86%"))["60,86%"] == Verdict.CONSISTENT
    assert verdicts(text.format("60,68%"))["60,68%"] == Verdict.INCONSISTENT
    # short by a point or more: a part left unnamed (product taxes)
    assert verdicts(text.format("55,86%"))["55,86%"] == Verdict.AMBIGUOUS


def test_a_parts_excess_over_its_plan_is_passed_over_in_a_list():
    # n266: "Trong đó, thu nội địa 5.541 tỉ đồng, đạt 117%, vượt 820 tỉ đồng; thu từ hoạt động xuất, nhập
    # khẩu 169 tỉ đồng, …" of "thu ngân sách đạt trên 5.710 tỉ đồng"
    text = (
        "Tỉnh này thu ngân sách đạt trên {} tỉ đồng, đạt 118%, vượt 876 tỉ đồng so với dự toán.\n\nTrong "
        "đó, thu nội địa 5.541 tỉ đồng, đạt 117%, vượt 820 tỉ đồng; thu từ hoạt động xuất, nhập khẩu 169 tỉ "
        "đồng, đạt 150%, vượt 56 tỉ đồng so dự toán."
    )
    assert verdicts(text.format("5.710"))["5.710 tỉ"] == Verdict.CONSISTENT


def test_a_bound_on_a_count_or_an_amount_reaches_the_next_round_figure_of_its_precision():
    # "trên 5.710 tỉ" is 5.710 to 5.720 tỉ: 6.586 tỉ is more, but no one would say it so — asked, not agreed
    text = "Thu ngân sách đạt trên 5.710 tỉ đồng. Trong đó, thu nội địa 5.541 tỉ đồng, thu khác {} tỉ đồng."
    assert verdicts(text.format("173"))["5.710 tỉ"] == Verdict.CONSISTENT
    assert verdicts(text.format("1.045"))["5.710 tỉ"] == Verdict.AMBIGUOUS
    # a rate said with a bound is left as loose as it was: "trên 90%" of 97%
    said = verdicts("Toàn tỉnh có 97/100 xã đạt chuẩn, đạt trên 90%.")
    assert said["90%"] == Verdict.CONSISTENT


def test_a_count_printed_again_with_the_same_noun():
    # n248: "xảy ra 199 vụ …; điều tra khám phá 174/199 vụ (đạt tỷ lệ 87,4%)": the 199 again
    said = check_text(
        "Trong 6 tháng, toàn thành phố xảy ra 199 vụ phạm pháp hình sự, giảm 11 vụ so với cùng kỳ. Công an "
        "các đơn vị đã điều tra khám phá 174/199 vụ (đạt tỷ lệ 87,4%)."
    ).claims
    again = [claim for claim in said if claim.template == "count_said_again"]
    assert [claim.printed.text for claim in again] == ["199"]
    assert again[0].verdict == Verdict.CONSISTENT and "199 vụ" in again[0].message.vi
    # another noun, or a small number, is no repeat: "12 bị can" after "12 vụ", "50 vụ" after "50 vụ"
    said = check_text("Khởi tố 12 vụ, 50 bị can. Truy tố 12 bị can và 50 vụ.").claims
    assert not [claim for claim in said if claim.template == "count_said_again"]


def test_a_rate_said_bare_of_the_plan_said_before_it():
    # n200: "dự toán thu 10.766 tỷ đồng, chiếm gần 70% tổng dự toán thu, qua 11 tháng đã thu được 11.110 tỷ
    # đồng, đạt 103%"
    text = (
        "Nguồn thu từ lĩnh vực kinh tế dân doanh dự toán thu 10.766 tỷ đồng, chiếm gần 70% tổng dự toán thu, "
        "qua 11 tháng đã thu được 11.110 tỷ đồng, đạt {}, chiếm 71% tổng thu đạt được."
    )
    assert verdicts(text.format("103%"))["103%"] == Verdict.CONSISTENT
    # a bare rate may be of something else: not fitting, it is not judged
    assert not verdicts(text.format("130%")).get("130%", Verdict.NOT_CHECKABLE).alarm


def test_a_change_against_the_same_period_said_without_voi():
    # n271: "4 vụ vi phạm phức tạp, nổi cộm, giảm 4 vụ (giảm 50%) so cùng kỳ"; "8,72 ha, giảm 27,2% (giảm
    # 3,38 ha)": 27,9% of the 12,10 ha the year before
    said = verdicts(
        "Phát hiện 4 vụ vi phạm phức tạp, nổi cộm, giảm 4 vụ (giảm 50%) so cùng kỳ; diện tích thiệt hại do "
        "phá rừng 8,72 ha, giảm 27,2% (giảm 3,38 ha) so cùng kỳ."
    )
    assert said["50%"] == Verdict.CONSISTENT
    assert said["27,2%"] == Verdict.INCONSISTENT


def test_a_rate_padded_to_two_decimals_with_a_last_zero():
    # n273: "ĐB là người dân tộc thiểu số 86 người (tỉ lệ 17,30%)" of 496: 17,338…%, 17,3 padded to 17,30
    text = "Tổng số ĐBQH trúng cử là 496 người. ĐB là người dân tộc thiểu số 86 người (tỉ lệ {})."
    said = check_text(text.format("17,30%")).claims
    padded = next(claim for claim in said if claim.printed.text == "17,30%")
    assert padded.verdict == Verdict.CONSISTENT and "17,3" in padded.message.vi
    assert verdicts(text.format("17,20%"))["17,20%"] != Verdict.CONSISTENT  # 17,2: not the 17,3 it pads
    assert verdicts(text.format("17,31%"))["17,31%"] != Verdict.CONSISTENT  # no zero, no padding


def test_a_share_in_an_aside_on_another_term_is_not_of_this_terms_whole():
    # n273: "(khóa XII tái cử có 167 người, tỉ lệ 33,4%)" — of that term's 500, not this one's 496
    said = verdicts(
        "Tổng số ĐBQH trúng cử là 496 người. ĐB khóa XIII tái cử 160 người (tỉ lệ 32,3%), bằng số dự kiến; "
        "thấp hơn so với khóa XIII (khóa XII tái cử có 167 người, tỉ lệ 33,4%)."
    )
    assert said["32,3%"] == Verdict.CONSISTENT
    assert not said.get("33,4%", Verdict.NOT_CHECKABLE).alarm


def test_a_rate_of_a_named_whole_in_the_summary_is_no_rounding_of_another():
    # n272: "852 đảng viên là cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, tổ chức chính trị xã hội từ
    # cấp huyện trở lên, chiếm 1,91%" of the 44.482 members; "chiếm khoảng 7% dân số toàn tỉnh" is not the
    # 7,29% of them who work in hamlets
    said = check_text(
        "Tính đến ngày 31/3/2018, Đảng bộ tỉnh có 44.482 đảng viên (chiếm khoảng 7% dân số toàn tỉnh)."
        "\n\nTrong đó có 852 đảng viên là cán bộ, công chức cơ quan Đảng, Mặt trận Tổ quốc, tổ chức chính "
        "trị xã hội từ cấp huyện trở lên, chiếm 1,91%; 3.242 đảng viên là người hoạt động không chuyên trách "
        "thôn, bản, (ấp, khóm), chiếm 7,29%."
    ).claims
    verdict = {claim.printed.text: claim.verdict for claim in said}
    assert "7%" not in verdict
    assert verdict["1,91%"] == Verdict.CONSISTENT_BY_TRUNCATION  # 852/44.482 = 1,915…: the long label read
    assert verdict["7,29%"] == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claim in said)


def test_a_list_of_shares_that_ends_with_the_others_is_all_of_its_whole():
    # n272: "có 35.838 đảng viên đang làm việc và công tác, chiếm 80,57%, trong đó có: 3.990 đảng viên …,
    # chiếm 8,97%; …; 1.364 đảng viên làm nghề nghiệp khác, chiếm 3,06%": the items add up to 35.830
    text = (
        "Tỉnh có 44.482 đảng viên. Theo nghề nghiệp: có {} đảng viên đang làm việc và công tác, chiếm "
        "80,57%, trong đó có: 3.990 đảng viên là cán bộ, công chức cơ quan Nhà nước, chiếm 8,97%; 22.112 "
        "đảng viên là viên chức, chiếm 49,71%; 8.364 đảng viên làm nông, lâm, ngư nghiệp, chiếm 18,8%; 1.364 "
        "đảng viên làm nghề nghiệp khác, chiếm 3,07%."
    )
    assert verdicts(text.format("35.830"))["35.830"] == Verdict.CONSISTENT
    assert verdicts(text.format("35.838"))["35.838"].alarm


def test_a_title_says_again_a_rate_with_its_bound_word():
    # "giảm hơn 30%" in the title and the body: the body's range, not its bound, is what the title says
    text = "Số vụ tai nạn giảm hơn 30%\n\nNăm nay, số vụ tai nạn giao thông giảm hơn 30% so với năm trước."
    in_the_title = {claim.printed.start: claim.verdict for claim in check_text(text).claims}
    assert in_the_title[text.index("30%")] == Verdict.CONSISTENT


def test_a_share_after_an_aside_in_brackets_on_its_part():
    # n275: "36 người trẻ tuổi (dưới 35 tuổi), chiếm 37,5%" of the 96: the age in the aside is no part
    text = "Trong 96 người, có 42 người là nữ, chiếm 43,75%; 36 người trẻ tuổi (dưới 35 tuổi), chiếm {}."
    assert verdicts(text.format("37,5%"))["37,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format("35,7%"))["35,7%"].alarm


def test_a_fractions_part_is_the_total_of_the_counts_said_after_it():
    # n07: "543/545 Chi bộ … kiểm điểm, đánh giá" then "304 Chi bộ đạt TSVM …. Có 228 Chi bộ ….
    # Có 11 Chi bộ …"
    text = (
        "Toàn huyện có {}/545 Chi bộ trực thuộc Đảng ủy cơ sở kiểm điểm, đánh giá, đạt 99,6%. Qua kiểm điểm "
        "đánh giá, 304 Chi bộ đạt TSVM, tỷ lệ 55,8%. Có 228 Chi bộ "
        "hoàn thành tốt nhiệm vụ, tỷ lệ 41,8%. Có 11 "
        "Chi bộ hoàn thành nhiệm vụ, tỷ lệ 2%."
    )
    assert verdicts(text.format("543"))["543"] == Verdict.CONSISTENT
    # told across sentences, parts that miss say nothing: the list may be partial
    assert not verdicts(text.format("544")).get("544", Verdict.NOT_CHECKABLE).alarm


def test_a_bound_after_a_year_and_a_verb_is_no_out_of():
    # n03: "Số vụ án tòa thụ lý năm 2023 tăng trên 4.100 vụ" over the body's "tăng 4.118 vụ": "trên" after the
    # year and "tăng" is a bound, not the "out of" of "1.150 vụ trên 1.245 vụ"
    text = (
        "Số vụ án tòa thụ lý năm 2023 tăng trên {} vụ\n\nTrong năm 2023, TAND 2 cấp tỉnh thụ lý 20.478 vụ án "
        "các loại. So với năm 2022, số vụ án thụ lý tăng 4.118 vụ."
    )
    assert verdicts(text.format("4.100"))["4.100"] == Verdict.CONSISTENT
    assert "4.300" not in verdicts(text.format("4.300"))  # not its bound: another figure may be meant
    assert verdicts("Đã giải quyết 1.150 vụ trên 1.245 vụ, đạt 92,37%.")["92,37%"] == Verdict.CONSISTENT


def test_a_solving_rate_named_by_another_word_for_solving():
    # n145: "khám phá được 3.061 vụ, bắt 6.067 người phạm tội. Tỷ lệ phá án thành công đạt 89,45%" of 3.422
    text = (
        "Tại 8 tỉnh xảy ra 3.422 vụ phạm pháp về trật tự xã hội. Lực lượng điều tra khám phá được 3.061 vụ, "
        "bắt 6.067 người phạm tội. Tỷ lệ phá án thành công đạt {}."
    )
    assert verdicts(text.format("89,45%"))["89,45%"] == Verdict.CONSISTENT
    assert verdicts(text.format("86,45%"))["86,45%"].alarm


def test_parts_of_parts_and_the_years_figures_beside_the_months():
    # n164: the month's 830,350 tỷ is BHXH's 647,199 and BHYT's 183,151; BHXH's own parts come between, and
    # each figure has the year's so far beside it ("lũy kế …"), which is no part of the month's
    text = (
        "Trong tháng 5, toàn thành phố chi BHXH, BHYT với số tiền {} tỷ đồng cho 358.459 lượt người; lũy kế "
        "3.983,589 tỷ đồng cho 1.680.378 lượt người.\n\nTrong đó, "
        "chi BHXH 647,199 tỷ đồng cho 171.317 người, "
        "lũy kế 3.195,129 tỷ đồng cho 828.878 người. Cụ thể, chi từ "
        "nguồn ngân sách Nhà nước 172,019 tỷ đồng, "
        "lũy kế 868,159 tỷ đồng; chi từ nguồn quỹ BHXH 461,829 tỷ "
        "đồng, lũy kế 2.261,541 tỷ đồng; chi trợ cấp "
        "BHTN 13,351 tỷ đồng, lũy kế 65,429 tỷ đồng.\n\nChi BHYT 183,151 tỷ đồng cho 187.142 lượt bệnh nhân; "
        "lũy kế 788,460 tỷ đồng cho 851.500 lượt bệnh nhân."
    )
    said = verdicts(text.format("830,350"))
    assert said["830,350 tỷ"] == Verdict.CONSISTENT
    assert said["647,199 tỷ"] == Verdict.CONSISTENT
    assert said["3.983,589 tỷ"] == Verdict.CONSISTENT
    assert not verdicts(text.format("830,530")).get("830,530 tỷ", Verdict.NOT_CHECKABLE).alarm


def test_a_list_of_pairs_is_no_breakdown_of_one_figure():
    # n285: "Trong đó, va chạm giao thông xảy ra 14 vụ, làm bị thương 10 người; … 3 vụ, làm 6 người bị thương;
    # … 32 vụ, làm 31 người bị thương và … 2 vụ, làm 4 người tử nạn": cases and people, not parts of
    # the 35 dead
    text = (
        "Toàn tỉnh đã để xảy ra 51 vụ tai nạn giao thông, làm 35 người "
        "chết, 29 người bị thương. So với cùng kỳ, "
        "số người chết tăng 7 người (35/28).\n\nTrong đó, va chạm giao thông xảy ra 14 vụ, làm bị thương 10 "
        "người; tai nạn ít nghiêm trọng xảy ra 3 vụ, làm 6 người bị "
        "thương; tai nạn nghiêm trọng xảy ra 32 vụ, "
        "làm 31 người bị thương và tai nạn rất nghiêm trọng 2 vụ, làm 4 người tử nạn."
    )
    said = check_text(text).claims
    assert not any(claim.verdict.alarm for claim in said)
    summed = {claim.printed.text: claim.verdict for claim in said}
    assert summed["51"] == Verdict.CONSISTENT  # 14 + 3 + 32 + 2


def test_a_change_with_its_two_counts_then_its_rate():
    # n285: "số vụ tai nạn tăng 13 vụ (51/38), tức tăng 34,21%": of the 38 before
    text = (
        "So với cùng kỳ năm 2020, số vụ tai nạn tăng 13 vụ (51/38), tức tăng {}; số người chết giảm 7 người "
        "(28/35), tức giảm {}."
    )
    said = verdicts(text.format("34,21%", "20%"))
    assert said["34,21%"] == Verdict.CONSISTENT
    assert said["20%"] == Verdict.CONSISTENT  # 7 of the 35 before
    assert verdicts(text.format("43,21%", "20%"))["43,21%"].alarm  # 34,21 mistyped


def test_a_rate_said_with_the_count_it_stands_for():
    # n293: "toàn tỉnh có 257.085 hộ dân cư, trong đó tỷ lệ nghèo đa chiều (gồm hộ nghèo và hộ cận
    # nghèo) chiếm 9,76% với 25.103 hộ, gồm tỷ lệ hộ nghèo 5,0% với 12.855 hộ; …": of the households
    text = (
        "Cụ thể, toàn tỉnh có 257.085 hộ dân cư, trong đó tỷ lệ "
        "nghèo đa chiều (gồm hộ nghèo và hộ cận nghèo) "
        "chiếm 9,76% với 25.103 hộ, gồm tỷ lệ hộ nghèo {} với 12.855 "
        "hộ; tỷ lệ hộ cận nghèo 4,76% với 12.248 hộ."
        "\n\nTỷ lệ nghèo đa chiều theo khu vực thành thị chiếm 3,29% "
        "với 1.804 hộ, trong đó tỷ lệ hộ nghèo 1,44% "
        "với 791 hộ."
    )
    said = verdicts(text.format("5,0%"))
    assert said["9,76%"] == said["5,0%"] == said["4,76%"] == Verdict.CONSISTENT
    assert not said.get("3,29%", Verdict.NOT_CHECKABLE).alarm  # of the town's households, not printed
    assert verdicts(text.format("5,9%"))["5,9%"].alarm


def test_counts_said_on_time_and_an_aside_on_some_of_them():
    # n294: "giải quyết trước hạn, đúng hạn 15.539 hồ sơ (trong đó có 370 hồ sơ đang giải quyết trong hạn …),
    # đạt tỷ lệ 97,93%"; the city's 87.582 and 87.253 are the sums of the two offices' counts said after them
    text = (
        "Toàn thành phố đã tiếp nhận tổng cộng 87.582 hồ sơ; giải quyết trước hạn, đúng hạn 87.253 hồ sơ.\n\n"
        "Trong đó, tại Bộ phận Một cửa UBND thành phố, đã tiếp nhận 15.868 hồ sơ, giải quyết trước hạn, đúng "
        "hạn 15.539 hồ sơ (trong đó có 370 hồ sơ đang giải quyết "
        "trong hạn và 9 hồ sơ đang giải quyết quá hạn), "
        "đạt tỷ lệ {}.\n\nTại khối UBND các phường, xã đã tiếp nhận "
        "tổng cộng 71.714 hồ sơ, đã giải quyết trước "
        "hạn và đúng hạn 71.714 hồ sơ."
    )
    said = verdicts(text.format("97,93%"))
    assert said["97,93%"] == said["87.582"] == said["87.253"] == Verdict.CONSISTENT
    assert verdicts(text.format("79,93%"))["79,93%"].alarm


def test_marks_do_not_add_up():
    # raw3/t23: "… Trường THPT Chuyên … với 7,91 điểm. … Trong đó, cao nhất là điểm môn Hóa học … với 7,25
    # điểm, thấp nhất là môn Ngoại ngữ với 5,03 điểm": averages, not parts of the school's mark
    said = check_text(
        "Trường THPT Chuyên đứng đầu về điểm trung bình với 7,91 điểm. Điểm trung bình các môn đạt 6,559 "
        "điểm. Trong đó, cao nhất là môn Hóa học với 7,25 điểm, thấp nhất là môn Ngoại ngữ với 5,03 điểm."
    ).claims
    assert not any(claim.verdict.alarm for claim in said)


def test_a_rate_then_its_counts_in_brackets():
    # n281: "án dân sự sơ thẩm 8 tháng đầu năm đạt tỷ lệ 70 % (Thụ lý 5.560 vụ, việc; giải quyết 3.913 vụ,
    # việc)"
    text = "Giải quyết các án dân sự sơ thẩm đạt tỷ lệ {} (Thụ lý 5.560 vụ, việc; giải quyết 3.913 vụ, việc)."
    assert verdicts(text.format("70 %"))["70 %"] == Verdict.CONSISTENT
    assert verdicts(text.format("79 %"))["79 %"].alarm


def test_a_share_of_the_whole_the_shares_after_it_in_its_list_are_of():
    # n274: "1.067 đại biểu có trình độ Thạc sỹ, Tiến sĩ (chiếm 67,32%), 71 Giáo sư, Phó Giáo sư (chiếm
    # 4,47%)": 71 is 4,47% of the 1.587 delegates said far before, so 1.067 is 67,23% of them, not 67,32%
    text = (
        "Đại hội có 1.587 đại biểu, trong đó có 1.381 đại biểu chính "
        "thức, 15 đại biểu ngoài nước, 191 đại biểu "
        "đương nhiên.\n\nVề giới tính có 222 đại biểu nữ (chiếm "
        "13,99%); 175 đại biểu là người dân tộc thiểu số "
        "(chiếm 11,03%); 57 đại biểu dưới 40 tuổi (chiếm "
        "3,59%).\n\nVề trình độ có gần 72% đại biểu có trình độ "
        "từ Thạc sỹ trở lên, trong đó: 1.067 đại biểu có trình độ "
        "Thạc sỹ, Tiến sĩ (chiếm {}), 71 Giáo sư, Phó "
        "Giáo sư (chiếm 4,47%)."
    )
    said = verdicts(text.format("67,32%"))
    assert said["67,32%"].alarm
    assert said["4,47%"] == said["3,59%"] == Verdict.CONSISTENT  # the age in "dưới 40 tuổi" is no part
    assert verdicts(text.format("67,23%"))["67,23%"] == Verdict.CONSISTENT


def test_a_breakdown_whose_parts_are_broken_down_in_brackets():
    # n245: "263.547 học sinh (HS), trong đó bậc THPT là 27.228 HS (hệ GDPT 26.145 HS và hệ GDTX 1.083 HS); …"
    text = (
        "Sóc Trăng có {} học sinh, trong đó bậc THPT là 27.228 HS (hệ GDPT 26.145 HS và hệ GDTX 1.083 HS); "
        "bậc THCS có 68.747 HS; bậc Tiểu học có 114.745 HS; cấp Mẫu giáo, Nhà trẻ có 52.827 cháu."
    )
    said = verdicts(text.format("263.547"))
    assert said["263.547"] == said["27.228"] == Verdict.CONSISTENT
    assert not verdicts(text.format("263.574")).get("263.574", Verdict.NOT_CHECKABLE).alarm  # a partial list


def test_a_rate_over_its_target_in_points():
    # n283: "đạt tỉ lệ 83,86% …, cao hơn 0,61% so với chỉ tiêu của Tổng cục giao trên 83,25%"; n15: "đạt tỷ
    # lệ 82,57% …, vượt chỉ tiêu Tổng Cục giao năm 2022 là 0,57% (Kế hoạch giao là 82%)": the target is exact
    first = "đạt tỉ lệ 83,86% (tăng 0,62%) so với cùng kỳ, cao hơn {} so với chỉ tiêu giao trên 83,25%."
    assert verdicts(first.format("0,61%"))["0,61%"] == Verdict.CONSISTENT
    second = "đạt tỷ lệ 82,57% (tăng 12,33%) so với cùng kỳ, vượt chỉ tiêu là {} (Kế hoạch giao là 82%)."
    assert verdicts(second.format("0,57%"))["0,57%"] == Verdict.CONSISTENT
    assert verdicts(second.format("0,75%"))["0,75%"].alarm


def test_an_area_is_no_share_of_money_nor_a_whole_a_change():
    # n304: "thiệt hại về tài sản hơn 246 tỷ đồng và 367,88ha rừng; … thiệt hại về tài sản tăng hơn
    # 200 tỷ đồng so với giai đoạn 2005-2015. … thiệt hại về tài sản ước tính 158,9 tỷ đồng (chiếm
    # 54,5% tổng thiệt hại), 215ha rừng (chiếm 58,4%)": 215 ha of the 367,88 ha; 158,9 tỷ of the 246
    # tỷ, not of the rise of 200 tỷ
    text = (
        "Đã xảy ra 998 vụ cháy, thiệt hại về tài sản hơn 246 tỷ đồng và 367,88ha rừng; tăng 645 "
        "vụ, thiệt hại "
        "về tài sản tăng hơn 200 tỷ đồng so với giai đoạn 2005-2015. Trong 19 vụ cháy lớn, "
        "thiệt hại về tài sản "
        "ước tính 158,9 tỷ đồng (chiếm {} tổng thiệt hại), 215ha rừng (chiếm 58,4%)."
    )
    said = verdicts(text.format("54,5%"))
    assert said["58,4%"] == Verdict.CONSISTENT
    assert said["54,5%"].alarm  # 158,9 of 246 is 64,6%
    assert not verdicts(text.format("64,5%"))["64,5%"].alarm


def test_two_divisions_of_one_whole_and_a_group_across_them():
    # n305: "1.661 người … Trong đó, có 539 người nghiện ma túy, 1.122 người sử dụng …; 346 người không có nơi
    # cư trú ổn định, 1.315 người có nơi cư trú ổn định; 44 người có biểu hiện 'ngáo đá'"
    text = (
        "Số người nghiện và người sử dụng trái phép chất ma túy là {} người. Trong đó, có 539 "
        "người nghiện ma "
        "túy, 1.122 người sử dụng trái phép chất ma túy; 346 người không có nơi cư trú ổn định, "
        "1.315 người có "
        "nơi cư trú ổn định; 44 người có biểu hiện “ngáo đá”."
    )
    assert verdicts(text.format("1.661"))["1.661"] == Verdict.CONSISTENT
    assert verdicts(text.format("1.616"))["1.616"].alarm


def test_a_list_ends_at_the_semicolon_where_it_adds_up():
    # n301: "cấp huyện 74 đơn, trong đó: tố cáo 2 đơn, kiến nghị phản ánh 72 đơn; thuộc thẩm quyền giải quyết
    # của cấp xã 184 đơn kiến nghị phản ánh"
    text = (
        "Đơn thuộc thẩm quyền giải quyết của cấp huyện {} đơn, trong đó: tố cáo 2 đơn, kiến nghị phản ánh 72 "
        "đơn; thuộc thẩm quyền giải quyết của cấp xã 184 đơn kiến nghị phản ánh."
    )
    assert verdicts(text.format("74"))["74"] == Verdict.CONSISTENT
    # 47 is then read against all three (2 + 72 + 184 = 258), more than three times off: a doubt, not a flag
    assert verdicts(text.format("47"))["47"] == Verdict.AMBIGUOUS


def test_a_change_then_its_difference_and_a_rate_then_its_plan():
    # n296: "đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa năm 2018, trong đó, cây lương thực có hạt đạt
    # 58.095 ha, chiếm 87,1% giảm 1,6% (-862 ha)": 862 of the 58.957 ha before is 1,5%
    text = (
        "1.1. Trồng trọt\n\nDiện tích gieo trồng vụ mùa năm 2019 đạt 66.738 ha, giảm 1,3% (-892 "
        "ha) so với vụ "
        "mùa năm 2018, trong đó, cây lương thực có hạt đạt 58.095 ha, chiếm 87,1% giảm {} (-862 "
        "ha) so vụ mùa "
        "năm 2018; cây chất bột có củ đạt 318 ha, chiếm 0,5% tăng 6,0% (+18 ha); rau, đậu đạt "
        "7.095 ha, chiếm "
        "10,6% giảm 1,0% (-68 ha)."
    )
    said = verdicts(text.format("1,5%"))
    assert said["1,3%"] == said["1,5%"] == said["6,0%"] == Verdict.CONSISTENT
    assert verdicts(text.format("1,6%"))["1,6%"].alarm  # no other pair of figures is a reading of a change
    # n297: "đạt 75.856 ha, đạt 98,51% so kế hoạch (kế hoạch 77.000 ha), giảm 1,53% hay giảm 1.181 ha"
    rice = "Lúa Hè Thu đạt 75.856 ha, đạt {} so kế hoạch (kế hoạch 77.000 ha), giảm 1,53% hay giảm 1.181 ha."
    said = verdicts(rice.format("98,51%"))
    assert said["98,51%"] == said["1,53%"] == Verdict.CONSISTENT
    assert verdicts(rice.format("95,81%"))["95,81%"].alarm


def test_a_count_of_two_digits_said_again_with_its_noun():
    # n301: "Đơn thuộc thẩm quyền giải quyết của cấp huyện 74 đơn, …" then "… 74 đơn thuộc cấp huyện"; in a
    # fraction ("68/74 đơn") two digits are too few to say it is the same figure
    said = check_text(
        "Đơn thuộc thẩm quyền giải quyết của cấp huyện 74 đơn, trong đó: tố cáo 2 đơn, kiến nghị 72 đơn.\n\n"
        "Đến nay đã giải quyết xong 74 đơn thuộc thẩm quyền cấp huyện."
    ).claims
    again = [claim for claim in said if claim.template == "count_said_again"]
    assert [claim.printed.text for claim in again] == ["74"]
    assert not [
        c
        for c in check_text("Hoàn thành 21 chương trình. Kết quả hoàn thành 21/21 chương trình.").claims
        if c.template == "count_said_again"
    ]


def test_a_target_is_said_right_after_its_words():
    # our own year report: "9.210/5.000 hộ, đạt 184,2% kế hoạch năm, vượt 84,2% so với chỉ tiêu năm,
    # tăng 98,1%" — the 98,1% is a change, not the target
    said = check_text(
        "Giảm hộ nghèo: 9.210/5.000 hộ, đạt 184,2% kế hoạch năm, vượt 84,2% so với chỉ tiêu năm, tăng 98,1%."
    )
    assert not [claim for claim in said.claims if claim.template == "rate_over_its_target"]


def test_a_share_said_with_though_and_the_next_share_of_another_thing():
    # n304: "trong 19 vụ cháy lớn …, mặc dù chỉ chiếm 1,9% tổng số vụ cháy nhưng lại làm 20 người chết (chiếm
    # 100% tổng số người chết), 88 người bị thương (chiếm 70% tổng số người bị thương)": of the 998 fires; the
    # injured are of the injured, not of the fires
    text = (
        "Từ năm 2015, toàn tỉnh đã xảy ra 998 vụ cháy, làm 20 người chết, 125 người bị thương. "
        "Đáng chú ý là trong "
        "19 vụ cháy lớn, mặc dù chỉ chiếm {} tổng số vụ cháy nhưng lại làm 20 người chết (chiếm 100% tổng số "
        "người chết), 88 người bị thương (chiếm 70% tổng số người bị thương)."
    )
    said = verdicts(text.format("1,9%"))
    assert said["1,9%"] == Verdict.CONSISTENT
    assert not said.get("70%", Verdict.NOT_CHECKABLE).alarm  # 88 of 125 is 70,4%
    assert verdicts(text.format("9,1%"))["9,1%"].alarm


def test_the_changes_of_the_parts_add_up_to_the_change_of_their_total():
    # n301: "tiếp 626 lượt công dân (giảm 59 lượt so cùng kỳ năm 2019), trong đó, cấp huyện tiếp 173 lượt
    # (giảm 50 lượt); cấp xã tiếp 453 lượt (giảm 9 lượt)"; n102: "(tăng 08)", a part's change without a noun
    text = (
        "Năm 2020, toàn huyện tiếp 626 lượt công dân (giảm {} lượt so cùng kỳ năm 2019), trong đó, cấp huyện "
        "tiếp 173 lượt (giảm 50 lượt); cấp xã tiếp 453 lượt (giảm 9 lượt)."
    )
    assert verdicts(text.format("59"))["59"] == Verdict.CONSISTENT
    assert verdicts(text.format("69"))["69"].alarm
    said = verdicts(
        "Toàn Đảng bộ có 787 tổ chức cơ sở đảng (tăng 11 cơ sở đảng so với năm 2011), trong đó, "
        "có 269 đảng bộ cơ sở (tăng 08), 518 chi bộ cơ sở (giảm 3)."
    )
    assert said["11"].alarm  # 8 − 3 = 5


def test_this_periods_count_after_its_change_is_the_count_said_before():
    # n285: "… 51 vụ tai nạn giao thông, làm 35 người chết … So với cùng kỳ năm 2020, số vụ tai nạn
    # tăng 13 vụ (51/38), tức tăng 34,21%; số người chết tăng 7 người (35/28)"
    said = check_text(
        "Toàn tỉnh xảy ra 51 vụ tai nạn giao thông, làm 35 người chết. So với cùng kỳ năm 2020, số vụ "
        "tai nạn tăng 13 vụ (51/38), tức tăng 34,21%; số người chết tăng 7 người (35/28), tức tăng 25%."
    ).claims
    again = [claim.printed.text for claim in said if claim.template == "count_said_again"]
    assert again == ["51", "35"]
    assert not [claim for claim in said if claim.verdict.alarm]


def test_shares_without_their_counts_that_make_up_the_whole():
    # n291: "số đảng viên mới kết nạp là công chức, viên chức chiếm 72,3%, nông dân chiếm 16,3%, công
    # nhân 7,8%, học sinh 3,6%": the last is what the others leave; a list short of 100% says nothing
    text = "Đảng viên mới là công chức chiếm 72,3%, nông dân chiếm 16,3%, công nhân 7,8%, học sinh {}."
    assert verdicts(text.format("3,6%"))["3,6%"] == Verdict.CONSISTENT
    assert "2,6%" not in verdicts(text.format("2,6%"))


def test_a_cut_figure_is_cut_from_the_value_not_from_the_rounding_of_its_inputs():
    # n331: "Tỷ lệ hộ nghèo toàn tỉnh giảm 1,89%, đạt 125% so với chỉ tiêu giao đầu năm (chỉ tiêu là
    # 1,5%/năm)": 1,89 / 1,5 is 126%; only 1,885 (1,89 rounded half-up) cut to a whole gives 125, and a
    # text that cuts its figures would have printed 1,88 — no one reading gives 125%
    said = verdicts(
        "Tỷ lệ hộ nghèo toàn tỉnh giảm 1,89%, đạt 125% so với chỉ tiêu giao đầu năm (chỉ tiêu là 1,5%/năm)."
    )
    assert said["125%"].alarm
    # n275: 21 of 96 is 21,875%: printed 21,8% is the value cut
    assert verdicts("Trong 96 người, có 21 người là đồng bào dân tộc thiểu số, chiếm 21,8%.")["21,8%"] == (
        Verdict.CONSISTENT_BY_TRUNCATION
    )


def test_a_precise_rate_said_again_in_a_later_paragraph_the_same_way():
    # n331: the opening "… 11.015 hộ, chiếm tỷ lệ 5,93%, thấp hơn 1,89% so với năm 2021" said again in the
    # body, then "Tỷ lệ hộ nghèo toàn tỉnh giảm 1,89%"; in one paragraph the same rate twice is two things
    # alike ("… chiếm 7,14%; … chiếm 7,14%"), and a rise is not a fall
    text = (
        "Toàn tỉnh có số hộ nghèo là 11.015 hộ, thấp hơn 1,89% so với năm 2021.\n\n"
        "Theo báo cáo, toàn tỉnh có số hộ nghèo là 11.015 hộ, thấp hơn 1,89% so với năm 2021.\n\n"
        "Tỷ lệ hộ nghèo toàn tỉnh giảm 1,89%; thu nhập tăng 1,89%."
    )
    again = [claim.printed.start for claim in check_text(text).claims if claim.template == "said_again"]
    assert again == [text.index("1,89%", 80), text.index("giảm 1,89%") + len("giảm ")]
    alike = check_text("Cháy do điện chiếm 7,14% số vụ; do sơ suất chiếm 7,14%; do đốt rác 7,14%.").claims
    assert not [claim for claim in alike if claim.template == "said_again"]


def test_a_bound_of_the_plan_after_a_fraction_is_the_mark_each_passed():
    # raw4 u43, dev n14: "Có 16/18 chi cục thuế kết quả thu đạt hơn 50% dự toán": each of the 16 passed half
    # of its own plan; 16/18 is no 50%
    said = verdicts("Trong đó có 7/16 khoản thu ước đạt trên 50% dự toán giao, gồm: thuế công thương.")
    assert not said.get("50%", Verdict.NOT_CHECKABLE).alarm
    seed = verdicts("kết nạp được 71/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm")
    assert seed["101,43%"] == Verdict.CONSISTENT


def test_the_breakdown_after_a_fraction_is_of_those_who_did_it():
    # raw4 u04: "Có 9/15 ứng cử viên đã trúng cử …. Trong đó, có 2 đại biểu nữ, chiếm tỷ lệ 22,2%; đại
    # biểu là người dân tộc 5 người, chiếm tỷ lệ 55,56%; tái cử 1 người, chiếm tỷ lệ 11,1%": of the 9
    text = (
        "Kết quả bầu cử: Có 9/15 ứng cử viên đã trúng cử, đủ về số đại biểu theo quy định. Trong đó, "
        "có 2 đại biểu nữ, chiếm tỷ lệ 22,2%; đại biểu là người dân tộc 5 người, chiếm tỷ lệ {}; tái cử "
        "1 người, chiếm tỷ lệ 11,1%."
    )
    said = verdicts(text.format("55,56%"))
    assert [said[share] for share in ("22,2%", "55,56%", "11,1%")] == [Verdict.CONSISTENT] * 3
    assert verdicts(text.format("45,56%"))["45,56%"].alarm  # 5 of 9, nor of 15


def test_a_count_changed_against_an_earlier_year_is_the_difference():
    # n328: "Năm 2017 xét xử 940 vụ … Năm 2018 xét xử 862 vụ với 1600 bị cáo (giảm 78 vụ": 940 − 862, the
    # year just before, unless another is named
    text = (
        "Năm 2016 xét xử 1064 vụ với 1915 bị cáo. Năm 2017 xét xử 940 vụ với 1678 bị cáo (giảm 124 vụ và "
        "giảm 237 bị cáo so với năm 2016). Năm 2018 xét xử 862 vụ với 1600 bị cáo (giảm {} vụ{})."
    )
    assert verdicts(text.format("78", ""))["78"] == Verdict.CONSISTENT
    assert verdicts(text.format("202", " so với năm 2016"))["202"] == Verdict.CONSISTENT
    assert verdicts(text.format("87", ""))["87"].alarm


def test_cases_and_accused_listed_with_a_comma_or_nothing_between():
    # n326: "xét xử sơ thẩm 7595 vụ, 12507 bị cáo (cấp tỉnh 1407 vụ, 1755 bị cáo; cấp huyện 6188 vụ, 10752 bị
    # cáo)"; n327: "thụ lý 2.117 vụ với 4.202 bị cáo; đã giải quyết 2.102 vụ 4.165 bị cáo (đạt 99,2%); còn
    # lại 15 vụ 37 bị cáo"
    said = verdicts(
        "TAND hai cấp đã đưa ra xét xử sơ thẩm 7595 vụ, {} bị cáo (cấp tỉnh 1407 vụ, 1755 bị cáo; cấp huyện "
        "6188 vụ, 10752 bị cáo).".format("12507")
    )
    assert said["7595"] == said["12507"] == Verdict.CONSISTENT
    text = (
        "Tòa án thụ lý 1.560 vụ 3.248 bị cáo; giải quyết 1.546 vụ 3.212 bị cáo (đạt 99,1%); (trong đó xét "
        "xử 1.444 vụ 2.906 bị cáo); còn lại 14 vụ {} bị cáo."
    )
    assert verdicts(text.format("36"))["36"] == Verdict.CONSISTENT
    assert verdicts(text.format("63"))["63"].alarm


def test_the_surplus_of_candidates_over_the_seats():
    # n336: "191 đồng chí để bầu lấy 163 đồng chí (với tỷ lệ số dư 17,17%)" (28 of 163, cut); n295: "Tổng
    # số ủy viên ban thường vụ dự kiến ứng cử là 13 đồng chí, số dư 2 đồng chí, đạt 18,18%" (2 of 11)
    said = verdicts("Tổng số nhân sự giới thiệu là 191 đồng chí để bầu lấy 163 đồng chí (tỷ lệ dư 17,17%).")
    assert said["17,17%"] == Verdict.CONSISTENT_BY_TRUNCATION
    text = "Tổng số ủy viên ban thường vụ dự kiến ứng cử là 13 đồng chí, số dư 2 đồng chí, đạt {}."
    assert verdicts(text.format("18,18%"))["18,18%"] == Verdict.CONSISTENT
    assert verdicts(text.format("15,38%"))["15,38%"].alarm  # 2 of the 13 candidates: of the seats


def test_new_and_carried_over_add_up_to_what_was_handled_so_far():
    # n337: "tiếp nhận mới 4.131 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.171, lũy kế đã và đang giải
    # quyết trong kỳ là 6.302 hồ sơ"
    text = (
        "Tháng 9/2021, Trung tâm đã tiếp nhận mới 4.131 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.171, "
        "lũy kế đã và đang giải quyết trong kỳ là {} hồ sơ."
    )
    assert verdicts(text.format("6.302"))["6.302"] == Verdict.CONSISTENT
    assert verdicts(text.format("6.032"))["6.032"].alarm


def test_a_percentage_of_plan_then_the_result_and_the_plan_in_brackets():
    # n331: "huyện Ninh Sơn đạt 167% (giảm 3% so với 1,8% kế hoạch giao)": 3 of 1,8 is 166,7%
    text = "Địa phương vượt kế hoạch cao nhất là huyện Ninh Sơn đạt {} (giảm 3% so với 1,8% kế hoạch giao)."
    assert verdicts(text.format("167%"))["167%"] == Verdict.CONSISTENT
    assert verdicts(text.format("126%"))["126%"].alarm  # "3%" is 2,5–3,5: 139–194%


def test_changes_said_after_a_comparison_opened_otherwise():
    # n341: "So sánh với năm 2022: Số vụ cháy tăng 206 vụ (tăng 6,3%)" of the 3.440 fires said before; n343:
    # "khám phá 1.622 vụ, 4.139 nghi phạm … (so với cùng kỳ, tăng 538 vụ - tương ứng tăng 49,63%, tăng 1.849
    # nghi phạm - tương ứng tăng 80,74%)"
    said = verdicts(
        "Năm 2023, toàn quốc xảy ra 3.440 vụ cháy, làm chết 146 người. So sánh với năm 2022: Số vụ cháy tăng "
        "206 vụ (tăng 6,3%); tăng 27 người chết (tăng 22,69%)."
    )
    assert said["6,3%"] == Verdict.CONSISTENT_BY_TRUNCATION and said["22,69%"] == Verdict.CONSISTENT
    text = (
        "Công an đã phát hiện, khám phá 1.622 vụ, 4.139 nghi phạm (so với cùng kỳ, tăng 538 vụ - tương ứng "
        "tăng 49,63%, tăng 1.849 nghi phạm - tương ứng tăng {})."
    )
    assert verdicts(text.format("80,74%"))["80,74%"] == Verdict.CONSISTENT
    assert verdicts(text.format("80,47%"))["80,47%"].alarm


def test_a_comparison_goes_on_in_the_next_sentence():
    # n341: "So sánh với năm 2022: Số vụ cháy tăng 206 vụ (tăng 6,3%); … . Số vụ nổ giảm 2 vụ (giảm 11,11%);
    # số người chết tăng 1 người (tăng 10,0%)" of the 16 explosions and 11 dead said before
    text = (
        "Xảy ra 16 vụ nổ, làm 11 người chết. So sánh với năm 2022: Số vụ cháy tăng 206 vụ (tăng 6,3%). "
        "Số vụ nổ giảm 2 vụ (giảm {}); số người chết tăng 1 người (tăng 10,0%)."
    )
    assert verdicts(text.format("11,11%"))["11,11%"] == Verdict.CONSISTENT
    assert verdicts(text.format("12,5%"))["12,5%"] != Verdict.CONSISTENT  # 2 of 16, not of the 18 before


def test_a_fall_to_none_is_all_of_what_there_was():
    # n110: "Đường sắt xảy ra 4 vụ, làm chết 4 người, không có người bị thương. So với cùng kỳ năm trước
    # giảm 4 vụ (50%), giảm 4 người chết (50%), giảm 1 người bị thương (100%)": from 1 to none
    said = verdicts(
        "Đường bộ xảy ra 1.942 vụ, bị thương 1.515 người. Đường sắt xảy ra 4 vụ, làm chết 4 người, không có "
        "người bị thương. So với cùng kỳ năm trước giảm 4 vụ (50%), giảm 1 người bị thương (100%)."
    )
    assert said["100%"] == Verdict.CONSISTENT


def test_a_difference_printed_in_the_wrong_unit():
    # n346: "lũy kế 1.330,461 tỷ đồng cho 321.293 người, tăng 181,361 triệu đồng (15,78%)": 15,78% of
    # 1.330,461 tỷ is 181,3 tỷ — the unit of the difference is the slip, not the rate
    said = check_text(
        "Trong đó, chi BHXH lũy kế 1.330,461 tỷ đồng cho 321.293 người, tăng 181,361 triệu đồng (15,78%) "
        "so với cùng kỳ năm trước."
    ).claims
    verdict = {claim.printed.text: claim.verdict for claim in said}
    assert verdict["15,78%"] == Verdict.CONSISTENT
    assert verdict["181,361 triệu"].alarm
    flagged = next(claim for claim in said if claim.verdict.alarm)
    assert "đơn vị" in flagged.message.vi


def test_shares_of_the_sum_of_their_parts():
    # raw5 v44: "đã thực hiện 29.553 triệu đồng, đạt 73,6% số kiến nghị đủ bằng chứng; số chưa thực hiện
    # là gần 10.612 triệu đồng, chiếm 26,4%" — of 40.165, not of the 27.784 said before; raw5 v36: "19 vụ
    # cháy, 1 vụ nổ … 5 vụ cháy gây thiệt hại nghiêm trọng (chiếm 25% tổng số vụ cháy, nổ), 8 vụ cháy tại
    # các KCN (chiếm 40%)" — of the 20 fires and explosions
    said = verdicts(
        "Kiến nghị tăng thu 27.784 triệu đồng. Đối với kiến nghị giảm chi, đã thực hiện 29.553 triệu "
        "đồng, đạt 73,6% số kiến nghị đủ bằng chứng; số chưa thực hiện là 10.612 triệu đồng, chiếm 26,4% số "
        "kiến nghị."
    )
    assert said["26,4%"] == Verdict.CONSISTENT and not said.get("73,6%", Verdict.NOT_CHECKABLE).alarm
    said = verdicts(
        "Trong 3 năm qua, đã xảy ra 19 vụ cháy, 1 vụ nổ, làm 4 người chết. Trong đó, 5 vụ cháy gây thiệt hại "
        "nghiêm trọng (chiếm 25% tổng số vụ cháy, nổ), 8 vụ cháy tại các KCN (chiếm 40%)."
    )
    assert said["25%"] == said["40%"] == Verdict.CONSISTENT
    # a whole printed in the sentence is the one: the shares of the parts' sum do not hide its slip
    said = verdicts(
        "tổng số việc phải thi hành là 12.540 việc, trong đó có điều kiện thi hành 9.860 việc, chiếm 79,2%;"
        " chưa có điều kiện 2.590 việc, chiếm 20,8%."
    )
    assert said["79,2%"].alarm


def test_a_share_of_a_sum_said_before_quotes_its_own_words():
    # raw5 v36: the whole (19 vụ cháy, 1 vụ nổ) is in the sentence before; the claim quotes the part and its
    # share, as the page shows them
    said = check_text(
        "Đã xảy ra 19 vụ cháy, 1 vụ nổ, làm 4 người chết. Trong đó, 5 vụ cháy gây thiệt hại nghiêm trọng "
        "(chiếm 25% tổng số vụ cháy, nổ), 8 vụ cháy tại các KCN (chiếm 40%)."
    ).claims
    quotes = {claim.printed.text: claim.quote for claim in said if claim.template == "share_of_earlier_total"}
    assert quotes == {
        "25%": "5 vụ cháy gây thiệt hại nghiêm trọng (chiếm 25%",
        "40%": "8 vụ cháy tại các KCN (chiếm 40%",
    }


def test_a_part_with_its_own_rate_of_the_plan_in_brackets():
    # n136: "3.984 người, trong đó lệnh chính thức là 3.800 công dân nam, dự phòng là 184 công dân (chiếm
    # 4,84% so với chỉ tiêu)" — the part's own rate does not stop the list, and it is of the plan, not of
    # the whole
    said = verdicts(
        "năm 2022 tổng số lệnh gọi nhập ngũ đã trao là 3.984 người, trong đó lệnh chính thức là 3.800 công "
        "dân nam, dự phòng là 184 công dân (chiếm 4,84% so với chỉ tiêu)."
    )
    assert said == {"3.984": Verdict.CONSISTENT, "4,84%": Verdict.CONSISTENT}
    said = verdicts(
        "tổng số lệnh gọi nhập ngũ đã trao là 3.974 người, trong đó lệnh chính thức 3.800 người, dự phòng "
        "184 người (chiếm 4,84% so với chỉ tiêu)."
    )
    assert said["3.974"].alarm  # the parts add up to more than the whole


def test_decisions_for_organisations_and_individuals():
    # n250, n38: "ban hành 87 quyết định xử phạt vi phạm hành chính đối với 15 tổ chức và 72 cá nhân" — one
    # decision each when they add up; a decision may fine several, so a sum that differs is no slip
    said = verdicts(
        "Thanh tra tỉnh đã ban hành 87 quyết định xử phạt vi phạm hành chính đối với 15 tổ chức "
        "và 72 cá nhân."
    )
    assert said == {"87": Verdict.CONSISTENT}
    said = verdicts("Ban hành 80 quyết định xử phạt vi phạm hành chính đối với 15 tổ chức và 72 cá nhân.")
    assert not any(verdict.alarm for verdict in said.values())


def test_a_difference_then_what_it_is_compared_with_then_its_pair():
    # n356: "giảm 10 vụ so cùng kỳ năm trước (2.545/2.555)"
    said = verdicts(
        "Số vụ thụ lý mới của Viện kiểm sát hai cấp giảm 10 vụ so cùng kỳ năm trước (2.545/2.555). Tổng số "
        "thụ lý giải quyết giảm 97 vụ so với cùng kỳ (2.129/2.208)."
    )
    assert said["10"] == Verdict.CONSISTENT and said["97"].alarm


def test_petitions_of_each_kind_and_what_is_left_of_each():
    # n357: the petitions received, settled and pending, each by kind; 111 − 37 = 74 pending, so of the 35
    # complaints 35 − 17 = 18 are pending, not 19 (and 74 − 19 = 55 petitions, not 54)
    text = (
        "Tiếp nhận 111 đơn thuộc thẩm quyền giải quyết của cơ quan hành chính nhà nước (35 khiếu nại, 2 tố "
        "cáo, 74 kiến nghị và phản ánh). Cơ quan chức năng đã giải quyết 37/111 đơn thuộc thẩm quyền (17 "
        "khiếu nại, 1 tố cáo, 19 kiến nghị, phản ánh); đang xem xét giải quyết 74 đơn còn trong hạn giải "
        "quyết ({0} khiếu nại, 1 tố cáo, {1} kiến nghị và phản ánh)."
    )
    said = check_text(text.format(19, 54)).claims
    flagged = {claim.printed.text: claim.template for claim in said if claim.verdict.alarm}
    assert flagged == {"19": "kinds_left_in_turn", "54": "kinds_left_in_turn"}
    said = verdicts(text.format(18, 55))
    assert said["111"] == said["37"] == said["74"] == said["18"] == said["55"] == Verdict.CONSISTENT


def test_a_share_opening_the_next_item_is_not_the_fractions():
    # raw7 y09: "13/14 tổ dân phố đạt tổ dân phố văn hóa, 100% cơ quan, đơn vị đạt danh hiệu …"
    said = verdicts(
        "Tỷ lệ hộ gia đình văn hóa đạt 96,3%; 13/14 tổ dân phố đạt tổ dân phố văn hóa, 100% cơ quan, đơn vị "
        "đạt danh hiệu nếp sống văn hóa."
    )
    assert not any(verdict.alarm for verdict in said.values())
    # … but a share after a bare comma that says nothing else is the fraction's
    assert verdicts("có 22/23 chỉ tiêu đạt và vượt kế hoạch, 97,6%.")["97,6%"].alarm


def test_numbered_items_are_not_counts():
    # raw7 y11: "3 tiêu chí xây dựng NTM gồm tiêu chí số 2 về giao thông, tiêu chí số 3 về thủy lợi, tiêu chí
    # số 6 về văn hóa" — which criteria, not how many
    said = verdicts(
        "Xã đã thực hiện được 3 tiêu chí xây dựng NTM gồm tiêu chí số 2 về giao thông, tiêu chí số 3 về thủy "
        "lợi, tiêu chí số 6 về văn hóa."
    )
    assert not any(verdict.alarm for verdict in said.values())


def test_a_lunar_year_is_no_count():
    # raw6 w16: "trong kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026 giảm 154 vụ (28,79%), …, giảm 118 người bị thương
    # (30,10%)" — 2026 is the year, not a count the changes are of
    said = verdicts(
        "Số vụ tai nạn giao thông trong kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026 giảm 154 vụ (28,79%), giảm 73 "
        "người chết (23,2%), giảm 118 người bị thương (30,10%)."
    )
    assert not any(verdict.alarm for verdict in said.values())


def test_each_rate_over_its_own_plan():
    # raw6 w30: the other rate's excess is no plan of this one
    said = verdicts(
        "Đã thi hành án đạt tỷ lệ 95,2 % về việc (vượt chỉ tiêu 3,2 %) và 87,3 % về giá trị (vượt chỉ "
        "tiêu 6,3 %)."
    )
    assert said["3,2 %"] == said["6,3 %"] == Verdict.CONSISTENT


def test_a_stray_number_after_the_period_compared_is_no_previous_count():
    # raw6 w42: "đã phát hiện 2.958 vụ phạm pháp hình sự, tăng 9,2% so cùng kỳ 7 (trong đó, …)"
    said = verdicts("Lũy kế từ đầu năm, đã phát hiện 2.958 vụ phạm pháp hình sự, tăng 9,2% so cùng kỳ 7.")
    assert said["9,2%"] == Verdict.NOT_CHECKABLE
    said = verdicts("Đã phát hiện 2.958 vụ phạm pháp hình sự, tăng 9,2% so cùng kỳ (2.709 vụ).")
    assert said["9,2%"] == Verdict.CONSISTENT


def test_a_change_then_a_list_lists_the_count_not_the_change():
    # raw6 w44: "xảy ra 92/79 vụ …, tăng 13 vụ so với tháng 7.2024, gồm: 15 vụ cố ý gây thương tích; …"
    said = verdicts(
        "Trên toàn tỉnh xảy ra 92/79 vụ tội phạm về trật tự xã hội, tăng 13 vụ so với tháng 7.2024, gồm: "
        "15 vụ cố ý gây thương tích; 2 vụ hiếp dâm; 21 vụ trộm cắp tài sản."
    )
    assert not any(verdict.alarm for verdict in said.values())


def test_an_enforcement_rate_is_of_what_could_be_executed():
    # raw6 w50: "tổng số thụ lý là 30.100 việc …; đã giải quyết xong 19.932 việc, đạt tỷ lệ 76,11%" — of the
    # cases with the means to execute them, which the text does not print
    said = verdicts(
        "Về việc, tổng số thụ lý là 30.100 việc, tăng 845 việc (2,88%) so với cùng kỳ; đã giải quyết xong "
        "19.932 việc, đạt tỷ lệ 76,11% (so với chỉ tiêu vượt 5,11%)."
    )
    assert said["76,11%"] == Verdict.AMBIGUOUS
    # … and against the cases that could be, when printed, it is judged
    said = verdicts(
        "Tổng số thụ lý là 30.100 việc, trong đó có điều kiện thi hành 26.188 việc; đã giải quyết xong "
        "19.932 việc, đạt tỷ lệ 86,11%."
    )
    assert said["86,11%"].alarm


def test_pupils_abbreviated_and_the_small_ones_among_them():
    # n245: "263.547 học sinh (HS), trong đó bậc THPT là 27.228 HS (…); bậc THCS có 68.747 HS, (hệ GDPT:
    # …); bậc Tiểu học có 114.745 HS; cấp Mẫu giáo, Nhà trẻ có 52.827 cháu (…)"
    text = (
        "Sóc Trăng có {} học sinh (HS), trong đó bậc THPT là 27.228 HS (hệ GDPT 26.145 HS và hệ GDTX 1.083 "
        "HS); bậc THCS có 68.747 HS, (hệ GDPT: 68.652 HS và hệ GDTX: 95 HS); bậc Tiểu học có 114.745 HS; cấp "
        "Mẫu giáo, Nhà trẻ có 52.827 cháu (Nhà trẻ 2.941 cháu, Mầm non 49.886 cháu)."
    )
    assert verdicts(text.format("263.547"))["263.547"] == Verdict.CONSISTENT
    # groups named by their levels may overlap: more than the whole is not called a slip, nor a fit
    assert verdicts(text.format("263.447"))["263.447"] == Verdict.NOT_CHECKABLE


def test_the_shortfall_of_a_fraction():
    # n372: "bầu được 5.232/5.294 đại biểu Hội đồng nhân dân xã, phường, thị trấn (thiếu 64 đại biểu, …)"
    said = verdicts(
        "Các huyện bầu được 383/384 đại biểu Hội đồng nhân dân cấp huyện (thiếu 1 đại biểu tại đơn vị bầu cử "
        "số 6). Toàn tỉnh bầu được 5.232/5.294 đại biểu Hội đồng nhân dân xã, phường, thị trấn (thiếu 64 đại "
        "biểu, huyện thiếu nhiều nhất là 10 đại biểu)."
    )
    assert said["1"] == Verdict.CONSISTENT and said["64"].alarm


def test_shares_each_before_what_they_are_of_make_up_the_whole():
    # n373: "đạt 52,7% luồng xanh; 42% luồng vàng và 5,3% luồng đỏ" — read when they add up, never an alarm
    said = verdicts("Tỷ lệ phân luồng tờ khai đạt 52,7% luồng xanh; 42% luồng vàng và 5,3% luồng đỏ.")
    assert said["5,3%"] == Verdict.CONSISTENT
    said = verdicts("Tỷ lệ phân luồng tờ khai đạt 52,7% luồng xanh; 42% luồng vàng và 7,3% luồng đỏ.")
    assert not any(verdict.alarm for verdict in said.values())


def test_a_difference_that_counts_something_else_is_not_the_change():
    # raw9 z53: "tổng dư nợ đạt hơn 799 tỷ đồng, tăng 12,2%, với hơn 15.500 khách hàng" — the customers are
    # not what the loans grew by (this crashed the checker once: no reading in the value's unit either)
    said = verdicts(
        "Tổng nguồn vốn đạt hơn 800 tỷ đồng, tăng 41% so với đầu năm; tổng dư nợ đạt hơn 799 tỷ đồng, tăng "
        "12,2%, với hơn 15.500 khách hàng."
    )
    assert said["12,2%"] == Verdict.NOT_CHECKABLE


def test_a_breakdown_in_the_next_sentence_is_of_the_figure_that_counts_its_parts():
    # raw9 z06: "bầu đủ 95 đại biểu HĐND thành phố, tại 30 đơn vị bầu cử. Trong đó có 23 đại biểu nữ (chiếm
    # 24,21%); …; số đại biểu tái cử là 24 người (chiếm 25,26%)" — of the 95, not the 30 units said last
    said = verdicts(
        "Thành phố Hà Nội đã bầu đủ 95 đại biểu HĐND thành phố, tại 30 đơn vị bầu cử. Trong đó có 23 đại "
        "biểu nữ (chiếm 24,21%); bảy đại biểu là người ngoài Đảng (7,37%); số đại biểu tái cử là 24 người "
        "(chiếm 25,26%)."
    )
    assert "30" not in said and said["25,26%"] == Verdict.CONSISTENT


def test_ages_are_no_counts():
    # raw9 z51: "2 người có độ tuổi trên 60, chiếm 3,17%" — of the 63 secretaries, not 2 of 60
    said = verdicts(
        "Trong số 63 bí thư tỉnh ủy khóa mới, có 27 người có độ tuổi dưới 50, chiếm 42,86%. Độ tuổi từ 51 - "
        "59 có 34 người, chiếm 53,97%. 2 người có độ tuổi trên 60, chiếm 3,17%."
    )
    assert not any(verdict.alarm for verdict in said.values())
    # … but the young are counted: "trẻ tuổi 29 người, chiếm 51,8%"
    said = verdicts("Tổng số là 56 người. Trong đó nữ 33 người, chiếm 58,9%; trẻ tuổi 29 người, chiếm 51,8%.")
    assert said["51,8%"] == Verdict.CONSISTENT


def test_ten_thousands_and_a_bound_give_no_whole_plan():
    # raw9 z12: "ước đạt trên 39 vạn tấn, đạt 99,8% kế hoạch" — 390.000 tấn and more: no plan to infer
    said = verdicts("Tổng sản lượng lương thực cả năm ước đạt trên 39 vạn tấn, đạt 99,8% kế hoạch.")
    assert said["99,8%"] == Verdict.NOT_CHECKABLE
    assert (
        verdicts("Sản lượng đạt 39 vạn tấn, tăng 5% so với năm trước (37 vạn tấn).")["5%"]
        == Verdict.CONSISTENT
    )


def test_a_bare_bracket_after_the_period_compared_is_its_value_or_the_difference():
    # raw8 x56: "số vụ việc khiếu nại đã giải quyết (17.421 vụ việc) nhiều hơn 23% so với năm 2022 (14.156 vụ
    # việc)" — the year's own count; "(3.265 vụ việc)" may be the difference: each reading is tried
    said = verdicts(
        "Số vụ việc khiếu nại đã giải quyết (17.421 vụ việc) nhiều hơn 23% so với năm 2022 (14.156 vụ việc)."
    )
    assert said["23%"] == Verdict.CONSISTENT
    said = verdicts("Số vụ việc đã giải quyết là 17.421 vụ việc, tăng 23% so với năm 2022 (3.265 vụ việc).")
    assert said["23%"] == Verdict.CONSISTENT
    said = verdicts("Số vụ việc đã giải quyết là 17.421 vụ việc, tăng 33% so với năm 2022 (14.156 vụ việc).")
    assert said["33%"].alarm


def test_the_dead_and_the_hurt_said_by_their_verbs():
    # raw8 x44: "làm chết 6.265 người, bị thương 7.777 người, …, giảm 1.211 người chết (16,2%)" — of the dead
    said = verdicts(
        "Đường bộ xảy ra 11.323 vụ, làm chết 6.265 người, bị thương 7.777 người, giảm 6.118 vụ (35,08%), "
        "giảm 1.211 người chết (16,2%), giảm 5.813 người bị thương (42,77%) so với cùng kỳ."
    )
    assert said["16,2%"] == said["42,77%"] == said["35,08%"] == Verdict.CONSISTENT


def test_the_cases_beside_the_visits_are_no_previous_count():
    # raw8 x17: "đã tiếp 81.700 lượt công dân, tăng 36,8% so với cùng kỳ năm 2016 với 60.413 vụ việc"
    said = verdicts(
        "Các bộ, ngành địa phương đã tiếp 81.700 lượt công dân, tăng 36,8% so với cùng kỳ năm 2016 với "
        "60.413 vụ việc."
    )
    assert said["36,8%"] == Verdict.NOT_CHECKABLE
    # … but a case is whatever is counted: n81's "119 doanh nghiệp …, tăng 37 trường hợp so với cùng kỳ (47%)"
    # is its labelled slip (37 of 82 is 45,1%)
    said = verdicts(
        "Đã có 119 doanh nghiệp đăng ký tạm ngừng hoạt động, tăng 37 trường hợp so với cùng kỳ (47%)."
    )
    assert said["47%"].alarm


def test_a_year_on_the_next_line_is_a_year():
    # raw8 x33: "một số loại tội phạm tăng so với năm\n2009 như: trộm cắp tài sản 259 vụ …"
    said = verdicts(
        "Một số loại tội phạm tăng so với năm\n2009 như: trộm cắp tài sản 259 vụ (giảm 146 vụ), cố ý gây "
        "thương tích 165 vụ (giảm 17 vụ)."
    )
    assert "2009" not in said


def test_a_count_in_the_name_of_what_was_collected_has_no_plan():
    # raw8 x08: "Thu từ 3 khu vực kinh tế (chiếm 53,3% dự toán thu nội địa) ước đạt 49,5% dự toán"
    said = verdicts("Thu từ 3 khu vực kinh tế (chiếm 53,3% dự toán thu nội địa) ước đạt 49,5% dự toán.")
    assert not any(verdict.alarm for verdict in said.values())


def test_a_part_rated_against_its_own_plan():
    # raw9 z41: "Tổng chi … 586 nghìn tỷ đồng, bằng 38,5% dự toán năm. Trong đó, chi thường xuyên đạt 416
    # nghìn tỷ đồng, bằng 44,2%" — of its own plan; with "chiếm" it is of the base the whole was rated on
    said = verdicts(
        "Tổng chi ngân sách ước tính đạt 586 nghìn tỷ đồng, bằng 38,5% dự toán năm. Trong đó, chi thường "
        "xuyên đạt 416 nghìn tỷ đồng, bằng 44,2%."
    )
    assert said["44,2%"] == Verdict.NOT_CHECKABLE
    said = verdicts(
        "Số đảng viên nhận lệnh là 79 người (đạt 2,08% so với chỉ tiêu), trong đó đảng viên chính thức là 66 "
        "người (chiếm 1,74%)."
    )
    assert said["1,74%"] == Verdict.CONSISTENT


def test_a_share_after_a_list_that_adds_up_is_of_its_whole():
    # raw9 z35: "36 tổ chức cơ sở đảng, trong đó gồm 18 đảng bộ cơ sở và 18 chi bộ cơ sở, chiếm tỷ lệ 78,27%
    # trên tổng số tổ chức cơ sở đảng được đánh giá xếp loại" — of the 36, over a whole not printed; "10 tổ
    # chức … chiếm tỷ lệ 21,73% trên tổng số tổ chức cơ sở đảng được đánh giá" is not of the 36 either
    said = verdicts(
        "Cụ thể công nhận trong sạch, vững mạnh 36 tổ chức cơ sở đảng, trong đó gồm 18 đảng bộ cơ sở và 18 "
        "chi bộ cơ sở, chiếm tỷ lệ 78,27% trên tổng số tổ chức cơ sở đảng được đánh giá xếp loại. Có 10 tổ "
        "chức cơ sở đảng được công nhận hoàn thành tốt nhiệm vụ, chiếm tỷ lệ 21,73% trên tổng số tổ chức cơ "
        "sở đảng được đánh giá."
    )
    assert not any(verdict.alarm for verdict in said.values()) and said["36"] == Verdict.CONSISTENT


def test_a_difference_then_its_rate_and_its_pair_in_one_bracket():
    # n367: "số vụ cháy tăng 361 vụ (+19,4%; 2.222/1.861 vụ), …, tài sản giảm 71,9 tỷ đồng (-36,1%;
    # 127,9/199,89 tỷ đồng." — the bracket left open; 36,0% is what the pair gives (the labelled slip)
    said = verdicts(
        "So với cùng kỳ năm 2023, số vụ cháy tăng 361 vụ (+19,4%; 2.222/1.861 vụ), số người chết tăng 14 "
        "người (+32,6%; 57/43 người), tài sản giảm 71,9 tỷ đồng (-36,1%; 127,9/199,89 tỷ đồng. Cháy chủ yếu "
        "xảy ra tại khu vực thành thị."
    )
    assert (
        said["361"] == said["19,4%"] == said["14"] == said["32,6%"] == said["71,9 tỷ"] == Verdict.CONSISTENT
    )
    assert said["36,1%"].alarm


def test_changes_in_turn():
    # n378: "bắt 672 vụ án ma tuý, 804 đối tượng … So với năm trước, số vụ án và đối tượng bị bắt tăng lần
    # lượt 126 vụ (23,07%) và 189 đối tượng (20,9%)" — changes of each, not shares; 189 of 615 is 30,7% (the
    # slip)
    said = verdicts(
        "Trong năm 2023, lực lượng công an tỉnh đã phát hiện, bắt 672 vụ án ma tuý, 804 đối tượng. So với "
        "năm trước, số vụ án và đối tượng bị bắt tăng lần lượt 126 vụ (23,07%) và 189 đối tượng (20,9%)."
    )
    assert said["23,07%"] == Verdict.CONSISTENT_BY_TRUNCATION and said["20,9%"].alarm


def test_a_settled_count_with_its_change_after_a_comma_then_its_rate():
    # n377: "thụ lý 8.062 vụ, việc …; giải quyết 7.301 vụ, việc, (tăng 762 vụ, việc), đạt 90,6%"
    said = verdicts(
        "Năm 2020 đã thụ lý 8.062 vụ, việc các loại (tăng 850 vụ, việc so với năm 2019); giải quyết 7.301 "
        "vụ, việc, (tăng 762 vụ, việc), đạt 90,6%."
    )
    assert said["90,6%"] == Verdict.CONSISTENT


def test_so_much_a_head_for_so_many():
    # n381: "Mức quà 500.000 đồng/người (nguồn từ Trung ương 400.000/người; trợ cấp của địa phương 100.000
    # đồng/người) cho 1.572 người = 876.000.000 đồng" — 786.000.000, two digits swapped
    said = check_text(
        "- Mức quà 500.000 đồng/người (nguồn từ Trung ương 400.000/người; trợ cấp của địa phương 100.000 "
        "đồng/người) cho 1.572 người = 876.000.000 đồng.\n- Mức trợ cấp 300.000 đồng/người cho 19.611 người "
        "= 5.883.300.000 đồng.\nTrợ cấp cho 22.644 hộ nghèo với mức chi 300.000 đồng/hộ = 6.793.200.000 đồng."
    ).claims
    found = {claim.printed.text: claim for claim in said if claim.template == "amount_a_head"}
    assert found["876.000.000"].verdict.alarm and "786.000.000" in found["876.000.000"].message.vi
    assert found["5.883.300.000"].verdict == found["6.793.200.000"].verdict == Verdict.CONSISTENT


def test_a_decimal_comma_with_a_space_typed_after_it():
    # n383: "139 ha lúa nương, năng suất ước đạt 12 tạ/ha, sản lượng ước đạt 167, 2 tấn" — 167,2 tấn
    said = verdicts(
        "Huyện còn thực hiện được 139 ha lúa nương, năng suất ước đạt 12 tạ/ha, sản lượng ước đạt 167, 2 tấn."
    )
    assert said["12"] == Verdict.CONSISTENT


def test_people_of_a_people_counted_by_heads():
    # n382: "Xã có 8 thôn, 869 hộ với 3.427 nhân khẩu … Dân tộc Thái 3395 người, chiếm 99,09 %" — of the 3.427
    said = check_text(
        "Xã có 8 thôn, 869 hộ với 3.427 nhân khẩu. Cơ cấu các dân tộc: Dân tộc Thái 3395 người, chiếm 99,06 "
        "%."
    ).claims
    assert [(claim.printed.text, claim.verdict) for claim in said] == [
        ("99,06 %", Verdict.CONSISTENT_BY_TRUNCATION)
    ]


def test_a_share_that_is_the_complement_of_one_that_fits():
    # raw11 k56: "784 tổ chức Đảng (đạt 88,48%) …; 102 tổ chức Đảng (chiếm 11,52%)" — 88,48 is 784 of 886 cut,
    # 11,52 what it leaves of 100% (102 of 886 is 11,51%): ambiguous, not a slip
    text = (
        "Kiểm tra 886 tổ chức Đảng. Trong đó, có 784 tổ chức Đảng (đạt {}) thực hiện tốt; 102 tổ chức Đảng "
        "(chiếm {})."
    )
    assert verdicts(text.format("88,48%", "11,52%"))["11,52%"] == Verdict.AMBIGUOUS
    # … both a unit off, each of the other's complement (b17's "94,66%" and "5,34%"): two slips
    said = verdicts(
        "Có 1.071.393 thí sinh. Trong đó, số thí sinh đăng ký trực tuyến là 1.014.020, chiếm 94,66% tổng số "
        "thí sinh; số thí sinh đăng ký trực tiếp là 57.373, chiếm 5,34%."
    )
    assert said["94,66%"].alarm and said["5,34%"].alarm


def test_a_change_named_by_what_it_is_of():
    # raw10 q20: "có 17.233 đơn tố cáo, với 7.716 vụ việc tố cáo, so với cùng kỳ năm 2015, tăng 31,3% số đơn
    # tố cáo và tăng 2,3% số vụ việc tố cáo" — of the petitions, then of the cases (2015: 13.127 and 7.542)
    said = verdicts(
        "Năm 2015: các cơ quan đã tiếp nhận 247.055 đơn các loại, trong đó có 13.127 đơn tố cáo, với 7.542 "
        "vụ việc tố cáo.\nNăm 2016: các cơ quan đã tiếp nhận 228.068 đơn các loại, trong đó, có 17.233 đơn "
        "tố cáo, với 7.716 vụ việc tố cáo, so với cùng kỳ năm 2015, tăng 31,3% số đơn tố cáo và tăng 2,3% "
        "số vụ việc tố cáo."
    )
    assert said["31,3%"] == Verdict.CONSISTENT


def test_a_part_broken_down_after_it_is_no_further_part():
    # raw10 q49: "xảy ra 30 vụ cháy và cứu nạn cứu hộ. Trong đó có 25 vụ cháy, …, lực lượng Cảnh sát PCCC TP
    # trực tiếp xử lý 14 vụ, lực lượng tại chỗ xử lý 11 vụ" — the 25 by who dealt with them
    said = verdicts(
        "Trên địa bàn TP.HCM xảy ra 30 vụ cháy và cứu nạn cứu hộ. Trong đó có 25 vụ cháy, chủ yếu ở nhà "
        "dân, lực lượng Cảnh sát PCCC TP trực tiếp xử lý 14 vụ, lực lượng tại chỗ xử lý 11 vụ."
    )
    assert not any(verdict.alarm for verdict in said.values())


def test_a_count_glued_to_the_word_before_and_the_injured_said_bare():
    # raw10 q09: "toàn quốc xảy ra158.125 vụ TNGT làm chết 48.015 người, bị thương 162.058, … Trong đó lĩnh
    # vực đường bộ xảy ra 155.288 vụ (chiếm 98,3%), làm chết 46.460 người, bị thương 160.599 người" — of the
    # 158.125 cases (98,2%: a slip of the text), not of the 162.058 injured; cases and people are no list of
    # one whole
    said = check_text(
        "Toàn quốc xảy ra158.125 vụ TNGT làm chết 48.015 người, bị thương 162.058, giảm 34.835 số vụ "
        "(-18,06%). Trong đó lĩnh vực đường bộ xảy ra 155.288 vụ (chiếm 98,3%), làm chết 46.460 người, bị "
        "thương 160.599 người."
    ).claims
    flagged = [claim for claim in said if claim.verdict.alarm]
    assert [claim.printed.text for claim in flagged] == ["98,3%"]
    assert "158.125" in flagged[0].message.vi


def test_the_shares_of_a_rate_broken_down():
    # raw10 q15: "Án trả điều tra bổ sung … là 6,32%, trong đó VKS trả … 11 vụ (giảm 05 vụ), chiếm tỉ lệ
    # 1,52%, … 36 vụ (tăng 05 vụ), chiếm tỉ lệ 4,8%" — of a whole not printed, not of the cases settled before
    said = verdicts(
        "Viện kiểm sát đã giải quyết 677 vụ/ 901 bị can. Trong đó quyết định truy tố 668 vụ/892 bị can, đạt "
        "tỉ lệ 98,7% về số vụ. Án trả điều tra bổ sung là 6,32%, trong đó VKS trả hồ sơ cho Cơ quan điều "
        "tra 11 vụ (giảm 05 vụ), chiếm tỉ lệ 1,52%, Viện kiểm sát chấp nhận là 36 vụ (tăng 05 vụ), chiếm tỉ "
        "lệ 4,8%."
    )
    assert said["1,52%"] == said["4,8%"] == Verdict.AMBIGUOUS
    # … nor of the cases received, though the first share happens to fit them (11 of 721, cut)
    said = verdicts(
        "Toàn ngành đã thụ lý án kết thúc điều tra 721 vụ/ 976 bị can; đã giải quyết 677 vụ/ 901 bị can. Án "
        "trả điều tra bổ sung là 6,32%, trong đó VKS trả hồ sơ cho Cơ quan điều tra 11 vụ (giảm 05 vụ), "
        "chiếm tỉ lệ 1,52%, Viện kiểm sát chấp nhận là 36 vụ (tăng 05 vụ), chiếm tỉ lệ 4,8%."
    )
    assert not said["1,52%"].alarm and said["4,8%"] == Verdict.AMBIGUOUS


def test_a_share_then_its_count_in_brackets():
    # n367: "nhà dân vẫn chiếm tỷ lệ cao nhật với 37% (823 vụ); vụ cháy kho, … chiếm 12,2% (271 vụ)" — of the
    # 2.222 fires the shares of the sentence before were of; read only when it fits
    text = (
        "Trong 6 tháng đầu năm 2024, toàn quốc xảy ra 2.222 vụ cháy. Cháy chủ yếu xảy ra tại khu vực thành "
        "thị với 1.343 vụ (chiếm 60,4%), nông thôn xảy ra 879 vụ (chiếm 39,6%). Trong đó cháy tại loại hình "
        "nhà dân vẫn chiếm tỷ lệ cao nhật với 37% (823 vụ); vụ cháy kho, cơ sở sản xuất, kinh doanh chiếm "
        "{} (271 vụ)."
    )
    said = verdicts(text.format("12,2%"))
    assert said["37%"] == said["12,2%"] == Verdict.CONSISTENT
    assert not verdicts(text.format("14,2%")).get("14,2%", Verdict.NOT_CHECKABLE).alarm


def test_the_hurt_after_a_comparison_are_of_the_hurt_said_before():
    # n386: "làm chết 92 người, bị thương 46 người. So với cùng kỳ năm 2019 …, giảm 23 người bị thương (-23%)"
    # — of the 46 hurt (23 of 69 is 33%), not ambiguous between the dead and the hurt
    said = verdicts(
        "Trong 11 tháng đầu năm 2020 xảy ra 106 vụ TNGT, làm chết 92 người, bị thương 46 người. So với cùng "
        "kỳ năm 2019 giảm 7 vụ (-6,2%), giảm 10 người chết (-9,8%), giảm 23 người bị thương (-23%)."
    )
    assert said["6,2%"] == said["9,8%"] == Verdict.CONSISTENT and said["23%"].alarm


def test_raw12_readings():
    # p10: "hơn 26.000 vụ được tòa thụ lý có trên 8.000 vụ án hôn nhân gia đình, chiếm tỷ lệ 30%" — a bound,
    # not 26.000 out of 8.000
    said = verdicts(
        "Qua thống kê hơn 26.000 vụ được tòa thụ lý có trên 8.000 vụ án hôn nhân gia đình, chiếm tỷ lệ 30%."
    )
    assert not said["30%"].alarm
    # p20: "325 cán bộ … bồi thường thiệt hại hơn 13,7 tỷ đồng trên tổng số gần 64 tỷ": people and money add
    # up to nothing; "Trong tổng số gần 2 vạn phạm nhân …, có 16.092 phạm nhân nam, 2.026 phạm nhân nữ" — a
    # round figure said "gần", within half its own step
    said = verdicts(
        "325 cán bộ nói trên đã khắc phục hậu quả kinh tế, bồi thường thiệt hại hơn 13,7 tỷ đồng trên tổng "
        "số gần 64 tỷ của các đối tượng nằm trong diện đặc xá."
    )
    assert not any(verdict.alarm for verdict in said.values())
    said = verdicts(
        "Trong tổng số gần 2 vạn phạm nhân được đặc xá, có 16.092 phạm nhân nam, 2.026 phạm nhân nữ."
    )
    assert said["2 vạn"] == Verdict.CONSISTENT
    # p18: "bình quân mỗi ngày có 29 người chết" is an average, no count a change is of
    said = verdicts(
        "Trong 7 ngày nghỉ tết, bình quân mỗi ngày có 29 người chết do tai nạn giao thông. So với 7 ngày "
        "đầu nghỉ tết Nguyên đán 2016 đã tăng 84 vụ (29,5%), tăng 21 người chết (11,5%)."
    )
    assert not any(verdict.alarm for verdict in said.values())


def test_the_counts_of_a_range_of_rates():
    # n391: "giảm từ 6,5-7,2% (tương ứng từ 840-930 hộ); Tuyên Hóa 4,5-5,0% (1.070-1.190 hộ)" — one base, so
    # the counts keep the rates' proportion
    said = verdicts(
        "Huyện Minh Hóa giảm từ 6,5-7,2% (tương ứng từ 840-930 hộ); Tuyên Hóa 4,5-5,0% (1.070-1.190 hộ); "
        "Quảng Trạch 2,2-2,5% (660-850 hộ)."
    )
    assert said["930"] == said["1.190"] == Verdict.CONSISTENT and said["850"].alarm


def test_the_dead_and_the_hurt_of_a_list_of_pairs():
    # n366: "xảy ra 13 vụ TNGT, làm chết 6 người, bị thương 10 người. … Trong đó, tuyến Quốc lộ xảy ra 5 vụ,
    # làm chết 2 người; đường tỉnh xảy ra 6 vụ, làm chết 4 người, bị thương 3 người; đường nội thị xảy ra 1
    # vụ, làm chết 1 người; …" — 7 dead listed of 6: a slip whatever else the list leaves out; the hurt,
    # fewer, are not
    text = (
        "Tháng 10 xảy ra 13 vụ TNGT, làm chết 6 người\n\nTừ ngày 16-9 đến 15-10, toàn tỉnh xảy ra 13 vụ "
        "TNGT, làm chết 6 người, bị thương 10 người. So với tháng 10-2017, TNGT tăng 5 vụ (62,5%), tăng 2 "
        "người chết (50%).\nTrong đó, tuyến Quốc lộ xảy ra 5 vụ, làm chết 2 người; đường tỉnh xảy ra 6 vụ, "
        "làm chết 4 người, bị thương 3 người; đường nội thị xảy ra 1 vụ, làm chết 1 người; đường trong KCN "
        "xảy ra 1 vụ, làm bị thương 1 người."
    )
    flagged = [claim for claim in check_text(text).claims if claim.verdict.alarm]
    assert [(claim.printed.text, claim.printed.start) for claim in flagged] == [
        ("6", text.index("6 người, bị"))
    ]
    # … the title's total, said again, is not flagged twice: which of the total and its parts is wrong is not
    # known
    titled = next(claim for claim in check_text(text).claims if claim.printed.start == text.index("6 người"))
    assert titled.verdict == Verdict.CONSISTENT and "đánh dấu" in titled.message.vi


def test_claims_read_across_sentences_quote_their_own_sentence():
    # the page marks a claim in the sentence it is of: a whole said in a sentence before is named in the
    # message, not quoted from the wrong place
    text = (
        "Toàn tỉnh đã để xảy ra 51 vụ tai nạn giao thông, làm 35 người chết, 29 người bị thương.\n\nTrong "
        "đó, va chạm giao thông xảy ra 14 vụ, làm bị thương 10 người; tai nạn nghiêm trọng xảy ra 37 vụ, "
        "làm 25 người chết."
    )
    quotes = {claim.printed.text: claim.quote for claim in check_text(text).claims}
    assert quotes["51"].startswith("va chạm giao thông xảy ra 14 vụ")
    text = (
        "Tiếp nhận 111 đơn (35 khiếu nại, 2 tố cáo, 74 kiến nghị). Đã giải quyết 37/111 đơn (17 khiếu nại, "
        "1 tố cáo, 19 kiến nghị); đang giải quyết 74 đơn (19 khiếu nại, 1 tố cáo, 54 kiến nghị)."
    )
    quotes = {claim.printed.text: claim.quote for claim in check_text(text).claims if claim.verdict.alarm}
    assert quotes == {"19": "19", "54": "54"}


def test_a_whole_then_its_parts_in_brackets_then_trong_do():
    # n397: "789.160 người (số cử tri nam: 383.630 người, số cử tri nữ: 405.530 người) trong đó, … 789.006
    # người, chiếm tỷ lệ 99,99%" — the breakdown opens with the whole before the bracket: 99,98% is right
    said = verdicts(
        "Tổng số cử tri trong danh sách bầu cử đại biểu Quốc hội của tỉnh là 789.160 người (số cử tri nam: "
        "383.630 người, số cử tri nữ: 405.530 người) trong đó, số cử tri trong danh sách đã tham gia bầu là "
        "789.006 người, chiếm tỷ lệ 99,99%."
    )
    assert said["789.160"] == Verdict.CONSISTENT and said["99,99%"].alarm
    said = verdicts(
        "Tổng số cử tri của tỉnh là 789.029 người (số cử tri nam: 383.123 người, số cử tri nữ: 405.906 "
        "người) trong đó, số cử tri đã tham gia bầu là 788.867 người, chiếm tỷ lệ 99,98%."
    )
    assert said["99,98%"] == Verdict.CONSISTENT


def test_the_numbers_of_schools_named_in_a_list_are_no_counts():
    # n398: "20 trường …, gồm: … An Nhơn 1, Tuy Phước 1, Võ Lai, Phù Cát 1, Phù Mỹ 1, …" — the schools' names
    said = verdicts(
        "Tỉnh Bình Định có 20 trường có tỉ lệ đỗ tốt nghiệp đạt 100%, gồm: Trường THPT chuyên Lê Quý Đôn, "
        "Quốc học Quy Nhơn, Trưng Vương, Hùng Vương, An Nhơn 1, Tuy Phước 1, Võ Lai, Phù Cát 1, Phù Mỹ 1."
    )
    assert not any(verdict.alarm for verdict in said.values()) and "1" not in said
    # a count after a place, followed by what it counts, is still a count
    said = verdicts("Xảy ra 9 vụ cháy, gồm: Hà Nội 4 vụ, Hải Phòng 3 vụ, Nam Định 1 vụ.")
    assert said["9"].alarm


def test_shares_of_the_whole_carried_from_sentence_to_sentence():
    # n401: "89 đại biểu …. Đại biểu là nam có 45 người, chiếm 50,56%. Đại biểu nữ có 44 người, chiếm 49,43%"
    # — the women are of the 89 the men were of (44/89 = 49,438…: cut, as the labeller reads it)
    said = verdicts(
        "Có 89 đại biểu là người dân tộc thiểu số. Đại biểu là nam có 45 người, chiếm 50,56%. Đại biểu nữ "
        "có 44 người, chiếm 49,43%."
    )
    assert said["50,56%"] == Verdict.CONSISTENT and said["49,43%"] == Verdict.CONSISTENT_BY_TRUNCATION
    said = verdicts(
        "Có 89 đại biểu là người dân tộc thiểu số. Đại biểu là nam có 45 người, chiếm 50,56%. Đại biểu nữ "
        "có 44 người, chiếm 49,54%."
    )
    assert said["49,54%"].alarm


def test_what_was_received_by_each_way_after_what_was_carried_over():
    # n403: "tiếp nhận 5,65 ngàn hồ sơ (HS) các loại. Trong đó có 1,07 ngàn HS kỳ trước chuyển sang, tiếp nhận
    # mới trực tiếp 3,19 ngàn HS, tiếp nhận trực tuyến 1,25 ngàn HS, … 132 HS" — the text says what HS
    # stands for; what was received by each way are parts too (5,642 of thousands rounded: 5,65 fits)
    text = (
        "Tháng 5-2021, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 5,65 ngàn hồ sơ (HS) các loại.\n\n"
        "Trong đó có 1,07 ngàn HS kỳ trước chuyển sang, tiếp nhận mới trực tiếp 3,19 ngàn HS, tiếp nhận trực "
        "tuyến 1,25 ngàn HS, tiếp nhận qua dịch vụ bưu chính công ích 132 HS."
    )
    assert verdicts(text)["5,65 ngàn"] == Verdict.CONSISTENT
    assert verdicts(text.replace("3,19", "4,19"))["5,65 ngàn"].alarm  # "trong đó": more than the whole
    # in one sentence, the list is not cut after the first way of receiving (it was: 1,07 + 3,19 = 4,26)
    said = verdicts(
        "Trung tâm tiếp nhận 5,65 ngàn hồ sơ các loại, trong đó có 1,07 ngàn hồ sơ kỳ trước chuyển sang, "
        "tiếp nhận mới trực tiếp 3,19 ngàn hồ sơ, tiếp nhận trực tuyến 1,25 ngàn hồ sơ, tiếp nhận qua "
        "dịch vụ bưu chính 132 hồ sơ."
    )
    assert said["5,65 ngàn"] == Verdict.CONSISTENT
    # … and what was settled after what was carried over and what is new is still no part
    said = verdicts(
        "Tổng số phải giải quyết 8.169 việc, trong đó số cũ chuyển sang 2.548 việc, thụ lý mới 5.621 việc, "
        "đã giải quyết 3.000 việc."
    )
    assert said["8.169"] == Verdict.CONSISTENT


def test_a_count_out_of_a_total_counts_what_the_total_counts():
    # b05: "662 trong tổng số 686 tổ chức cơ sở đảng (TCCSĐ) …. có 604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt
    # 91,2%" — of the 662 assessed, and the abbreviation stands for the organisations
    said = verdicts(
        "Năm 2019 toàn tỉnh có 662 trong tổng số 686 tổ chức cơ sở đảng (TCCSĐ) được đánh giá chất lượng. "
        "Qua đánh giá, có 604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 91,2%."
    )
    assert said["91,2%"] == Verdict.CONSISTENT
    # a share "trên tổng số" stays a share: "44.407 hộ cận nghèo, tỷ lệ 11,27% trên tổng số 390.687 hộ"
    # (11,37%)
    said = verdicts("Toàn tỉnh có 44.407 hộ cận nghèo, tỷ lệ 11,27% trên tổng số 390.687 hộ dân.")
    assert said["11,27%"].alarm


def test_a_share_said_of_one_year_is_of_no_whole_of_another():
    # raw14 g42: "Năm 2018, … giải quyết 280 vụ …. Năm 2019, … 248 vụ, trong đó hòa giải thành 133 vụ …. …
    # năm 2017 là 24 vụ, chiếm tỉ lệ 8,19%; … năm 2018 là 108 vụ, chiếm 38,57%" — 2017's whole is not printed
    said = verdicts(
        "Năm 2018, Tòa án đã giải quyết 280 vụ, trong đó hòa giải thành 135 vụ, đạt tỉ lệ 48,21%.\n\nNăm "
        "2019, "
        "Tòa án đã giải quyết 248 vụ, trong đó hòa giải thành 133 vụ, đạt tỉ lệ 53,63%.\n\nNăm 2017 số vụ án "
        "công nhận sự thỏa thuận của đương sự là 91 vụ, chiếm tỉ lệ 31,06%; năm 2018 là 108 vụ, chiếm 38,57%."
    )
    assert not any(verdict.alarm for verdict in said.values()) and said["38,57%"] == Verdict.CONSISTENT
    # a year said as the one compared with is not the figure's own
    said = verdicts(
        "Tổng diện tích gieo trồng vụ mùa năm 2019 đạt 66.738 ha, giảm 1,3% so với vụ mùa năm 2018, trong "
        "đó, "
        "cây lương thực có hạt đạt 58.095 ha, chiếm 77,1%."
    )
    assert said["77,1%"].alarm


def test_spans_of_time_are_no_parts():
    # raw15 j08: "Lũy kế 6 tháng …. Cụ thể, … lũy kế 2 tháng tăng 3,9%, lũy kế 3 tháng tăng 3,5%, …"
    said = verdicts(
        "Lũy kế 6 tháng đầu năm 2023, Cục Thuế thu ngân sách được 164.290 tỷ đồng. Cụ thể, số thu tháng 1 "
        "tăng "
        "9,9%, lũy kế 2 tháng tăng 3,9%, lũy kế 3 tháng tăng 3,5%, lũy kế 4 tháng giảm 2%, lũy kế 5 tháng "
        "giảm "
        "3,85% và lũy kế 6 tháng giảm 5,3%."
    )
    assert not any(verdict.alarm for verdict in said.values())


def test_one_division_of_the_whole_then_other_groups_of_it():
    # raw15 j10: "500 người. Trong đó: … Trung ương giới thiệu là 167 người (33,40%), … địa phương là 333
    # người (66,60%), … lần đầu là 333 người (66,60%), … trên đại học 229 người (45,80%), đại học 262 người"
    text = (
        "Tổng số người trúng cử đại biểu QH là 500 người. Trong đó: đại biểu do Trung ương giới thiệu là 167 "
        "người (33,40%), đại biểu cư trú và làm việc tại địa phương là 333 người (66,60%), số đại biểu tham "
        "gia QH lần đầu là 333 người (66,60%), đại biểu có trình độ trên đại học 229 người (45,80%), đại học "
        "262 người (52,40%)."
    )
    said = verdicts(text)
    assert said["500"] == Verdict.CONSISTENT and not any(verdict.alarm for verdict in said.values())
    assert verdicts(text.replace("là 167", "là 176"))["500"].alarm
    # … but one more item of the same list is a slip: 7 dead listed of 6
    said = verdicts(
        "Toàn tỉnh xảy ra 13 vụ, làm chết 6 người. Trong đó, tuyến Quốc lộ làm chết 2 người; đường tỉnh làm "
        "chết 4 người; đường nội thị làm chết 1 người."
    )
    assert said["6"].alarm


@pytest.mark.parametrize(
    "text",
    [
        # raw15 j33: two years compared are no fraction
        "Cả nước có thêm 73.404 doanh nghiệp, tăng 19,7% (So sánh 2015/2014: doanh nghiệp tăng 29,2%; vốn "
        "tăng 29,9%).",
        # raw16 f21: classes of health named by their numbers
        "Tỉnh được phân bổ chỉ tiêu 2.754 thanh niên (có 4 nữ); sức khỏe loại 1 và 2 chiếm 37%.",
        # raw16 f49: a bracket that opens with the year before holds no parts (left open by the text)
        "Hà Nam với 47 giải (năm 2011 là 60 giải), Hải Dương 67 giải (năm 2011 là 72 giải, Nghệ An với 70 "
        "giải (năm 2011 có 82 giải)…",
        # raw17 e10: the rate each place reached, of its voters, is no share of the places
        "Lào Cai cùng với Thành phố Huế là 2/34 địa phương đạt tỉ lệ 100% cử tri đi bầu.",
        # raw16 f39: a part "bằng X%" under a whole rated against the year before: its own rate of its year
        # before
        "Cả nước đã gieo cấy được 1366,6 nghìn ha lúa mùa, bằng 94,5% cùng kỳ năm trước. Trong đó các địa "
        "phương phía Bắc đạt 1142,7 nghìn ha, bằng 99,4 cùng kỳ năm trước; các địa phương phía Nam gieo cấy "
        "223,9 nghìn ha, bằng 92,6%.",
    ],
)
def test_shapes_of_the_fourteenth_to_seventeenth_unlabelled_batches(text):
    assert not any(verdict.alarm for verdict in verdicts(text).values())


def test_a_rate_typed_with_a_space_after_its_decimal_comma():
    # raw16 f17: "hòa giải thành 645 vụ việc, đạt 73, 21%; … 236 vụ việc" of 881 — 73,21%, not 73 and 21%
    said = verdicts(
        "Đã chuyển sang đối thoại, hòa giải 881 vụ việc. Trong đó, đã tổ chức hòa giải thành 645 vụ việc, "
        "đạt "
        "73, 21%; tiếp tục chuyển sang thụ lý 236 vụ việc."
    )
    assert said["881"] == Verdict.CONSISTENT and said["73, 21%"] == Verdict.CONSISTENT


def test_what_is_still_being_settled_in_a_sentence_of_its_own():
    # n403: "tiếp nhận 5,65 ngàn hồ sơ (HS) … đã giải quyết: 4.561/5.650 HS …. Trung tâm đang giải quyết 1.089
    # HS" — what is left, a count in thousands received; a mismatch is no slip (some may have been returned)
    text = (
        "Trung tâm tiếp nhận 5,65 ngàn hồ sơ (HS) các loại. Trung tâm đã giải quyết: 4.561/5.650 HS (tỷ lệ "
        "80,7%). Trung tâm đang giải quyết 1.089 HS (còn trong thời hạn giải quyết)."
    )
    assert verdicts(text)["1.089"] == Verdict.CONSISTENT
    assert verdicts(text.replace("1.089", "1.189"))["1.189"] == Verdict.AMBIGUOUS


def test_what_is_left_of_each_of_a_pair_said_before():
    # n402: "có 60 hộ nghèo và 55 hộ cận nghèo. … đã xóa được 51 hộ nghèo và 44 hộ cận nghèo, hiện chỉ còn 9
    # hộ nghèo và 5 hộ cận nghèo" — 55 − 44 = 11, not 5; the date "Ngày 30-5" is no figure the title repeats
    text = (
        "Ngày 30-5, Hội Cựu chiến binh huyện tổ chức đại hội. Trong nhiệm kỳ, toàn Huyện hội có 60 hộ nghèo "
        "và 55 hộ cận nghèo. Qua đó, toàn hội đã xóa được 51 hộ nghèo và 44 hộ cận nghèo, hiện chỉ còn 9 hộ "
        "nghèo và 5 hộ cận nghèo."
    )
    flagged = [(c.printed.text, c.printed.start) for c in check_text(text).claims if c.verdict.alarm]
    assert flagged == [("5", text.rindex("5 hộ cận nghèo."))]
    assert verdicts(text)["9"] == Verdict.CONSISTENT
    # … marked where it is said, not from what there was two sentences before
    assert {claim.quote for claim in check_text(text).claims if claim.template == "remainder"} == {"9", "5"}


def test_a_list_in_brackets_is_complete_where_the_sentences_other_lists_are():
    # n408: "số nhà sập đổ, hư hỏng là 108 (Trà Vinh 22 nhà, …); nhà bị tốc mái là 228 (…); … số xuồng, ghe bị
    # chìm, hỏng 81 chiếc (Kiên Giang 65, Cà Mau 10)" — the other lists add up to their totals: 75 of 81 is
    # short
    text = (
        "Về thiệt hại tài sản, số nhà sập đổ, hư hỏng là 108 (Trà Vinh 22 nhà, Kiên Giang 2 nhà, Bạc Liêu 61 "
        "nhà, Cà Mau 5 nhà, Sóc Trăng 18 nhà); nhà bị tốc mái là 228 (Trà Vinh 27 nhà, Kiên Giang 2 nhà, Bạc "
        "Liêu 116 nhà, Cà Mau 25 nhà, Sóc Trăng 58 nhà); số xuồng, ghe bị chìm, hỏng 81 chiếc (Kiên Giang "
        "65, "
        "Cà Mau 10); diện tích lúa bị ngập là 28.648ha (Trà Vinh 182,2ha, Bạc Liêu 12.636ha, Cà Mau 5.775ha, "
        "Sóc Trăng 10.055ha)."
    )
    said = verdicts(text)
    assert said["81"].alarm and said["108"] == said["228"] == Verdict.CONSISTENT
    # alone, a list in brackets short of its total may be partial
    assert not verdicts("Số xuồng, ghe bị chìm, hỏng 81 chiếc (Kiên Giang 65, Cà Mau 10).")["81"].alarm


def test_a_list_that_ends_with_all_the_others_is_complete():
    # n412: "561 người DTTS …. Trong đó, dân tộc Mông có 60 người; …; 99 người thuộc các DTTS khác" — 542
    text = (
        "Theo danh sách này, có 561 người DTTS được Chủ tịch nước đặc xá năm 2024. Trong đó, dân tộc Mông có "
        "60 "
        "người; Thái có 35 người; Mường có 49 người; Dao có 54 người; Tày có 121 người; Nùng có 70 người; Ê "
        "Đê "
        "có 8 người; Chăm có 6 người; Gia Rai có 11 người; Khmer có 29 người; 99 người thuộc các DTTS khác."
    )
    assert verdicts(text)["561"].alarm
    assert verdicts(text.replace("99 người", "118 người"))["561"] == Verdict.CONSISTENT
    # without the others, the list may be partial
    assert not verdicts(text.replace("; 99 người thuộc các DTTS khác", ""))["561"].alarm


@pytest.mark.parametrize(
    "text",
    [
        # raw18 c33: "gồm: TP Yên Bái 24, Lục Yên: 15, Văn Yên 10, …" — the next item's label, no list of 24
        "Yên Bái: 55 người (53 người chết, 2 người mất tích), gồm: TP Yên Bái 24, Lục Yên: 15, Văn Yên 10, "
        "Văn "
        "Chấn 2, Trấn Yên 4.",
        # raw20 b26: "Hà Giang 97 nhà, sau đó là các tỉnh: Sơn La 48 nhà, …" — a list of its own
        "Trong đó, Điện Biên chịu thiệt hại lớn nhất với 142 nhà, tiếp đến là Hà Giang 97 nhà, sau đó là các "
        "tỉnh: Sơn La 48 nhà, Thái Nguyên 33 nhà, Cao Bằng 5 nhà, Lào Cai 30 nhà.",
        # raw20 b14: "bằng 102,48% kế hoạch năm và tăng 8.676 tấn": a change, no plan of what follows
        "Sản lượng nuôi trồng đạt 114.264 tấn, bằng 102,48% kế hoạch năm và tăng 8.676 tấn so với năm 2019. "
        "Sản lượng tôm nước lợ đạt 7.280 tấn, tăng 21,5% so với năm 2019, đạt 98% so với kế hoạch.",
        # raw20 b28: how many of each place in brackets, not names
        "Mưa dông, lốc đã làm 15 người bị thương (Bến Tre 12, Tiền Giang 3). Đồng thời, 19 nhà bị sập (Bến "
        "Tre "
        "18, Tiền Giang 1).",
        # raw20 b29: "tăng gần 5 lần": a multiple, no difference
        "Trong đó, khách quốc tế đạt 14,7 triệu, tăng gần 5 lần so với cùng kỳ 2022, bằng 73,5% so cùng kỳ "
        "2019.",
        # raw20 b46: "có 92/102 xã" after the list of 102's parts: of the total, not one more part
        "Toàn tỉnh có 102 xã, phường thị trấn, trong đó có 52 xã khu vực III, 05 xã khu vực II, 35 xã khu "
        "vực "
        "I; có 92/102 xã thuộc vùng đồng bào dân tộc thiểu số và miền núi (chiếm 90,2%).",
        # raw18 c17: "gần 14, 5 tỷ đồng" is 14,5 tỷ, not 5 tỷ
        "Đã chi trả chế độ với tổng số tiền gần 14, 5 tỷ đồng, trong đó trợ cấp có công hằng tháng trên 9,2 "
        "tỷ "
        "đồng, trợ cấp xã hội trên 3,8 tỷ đồng.",
    ],
)
def test_shapes_of_the_eighteenth_to_twentieth_unlabelled_batches(text):
    assert not any(verdict.alarm for verdict in verdicts(text).values())


def test_a_rate_of_the_step_before_in_a_funnel_is_no_slip():
    # raw20 b17: "2.285 công dân …, trong đó … lên trạm là 1974 công dân, đạt 86.38%; đủ điều kiện khám cấp
    # huyện là 1.366 công dân, đạt 69,1%" — 1.366 of 1.974 is 69,19…% (cut): of the step before, not of 2.285
    said = verdicts(
        "Kết quả sơ tuyển, toàn huyện có 2.285 công dân nằm trong diện đăng ký quản lý, trong đó số thanh "
        "niên "
        "điều khám lên trạm là 1974 công dân, đạt 86.38%; đủ điều kiện khám cấp huyện là 1.366 công dân, đạt "
        "69,1%; không đủ điều kiện là 608 công dân."
    )
    assert said["69,1%"] == Verdict.AMBIGUOUS
    # the numbers of schools stay names where schools are named, and counts elsewhere
    said = verdicts("Xảy ra 5 vụ cháy (Bến Tre 2, Tiền Giang 3).")
    assert said["5"] == Verdict.CONSISTENT


def test_the_courts_cases_and_matters_out_of_a_total_and_what_was_sent_elsewhere():
    # n327: "giải quyết 13.267 vụ, việc trong tổng số 14.384 vụ, việc đã thụ lý các loại (đạt 92,2%)"
    said = verdicts(
        "Tòa án giải quyết 13.267 vụ, việc trong tổng số 14.384 vụ, việc đã thụ lý các loại (đạt 92,2%)."
    )
    assert said["92,2%"] == Verdict.CONSISTENT
    # c13: "… 622 vụ, việc trong tổng số 698 vụ, việc …, đạt tỷ lệ 89,5%; chuyển án cho tòa án khác … 3 vụ" —
    # the rate leaves out what was sent to another court: 622 of 695
    text = (
        "Năm 2023, TAND huyện đã xét xử và giải quyết 622 vụ, việc trong tổng số 698 vụ, việc các loại án "
        "thụ "
        "lý, đạt tỷ lệ 89,5%; chuyển án cho tòa án khác thụ lý theo thẩm quyền 3 vụ."
    )
    assert verdicts(text)["89,5%"] == Verdict.CONSISTENT
    assert verdicts(text.replace("89,5%", "88,5%"))["88,5%"].alarm


def test_a_share_of_the_courts_cases_said_after_a_pair_of_cases_and_accused():
    # n246: "giải quyết 571 vụ - 985 bị cáo …; còn lại chưa giải quyết 203 vụ - 379 bị cáo. … xét xử lưu động
    # 29 vụ với 75 bị cáo, chiếm tỷ lệ 5,1% trên tổng số án hình sự đã giải quyết" — of the cases (29 of 571),
    # not of the accused, nor of what was not settled
    text = (
        "Tòa án đã giải quyết 3.276 vụ các loại. Án hình sự thụ lý 774 vụ - 1.364 bị cáo; giải quyết 571 vụ "
        "- 985 "
        "bị cáo, tỷ lệ giải quyết đạt 73.77%; còn lại chưa giải quyết 203 vụ - 379 bị cáo.\n\nTòa án đã tổ "
        "chức "
        "xét xử lưu động 29 vụ với 75 bị cáo, chiếm tỷ lệ 5,1% trên tổng số án hình sự đã giải quyết."
    )
    assert verdicts(text)["5,1%"] == Verdict.CONSISTENT
    assert verdicts(text.replace("5,1%", "6,1%"))["6,1%"].alarm


def test_parts_said_with_a_plus_and_a_part_broken_down_inside_a_list():
    # n421: "1.086 vụ việc … thụ lý (652 vụ việc bào chữa + 434 vụ việc bảo vệ quyền …)"
    text = (
        "Hệ thống đã ghi nhận 1.086 vụ việc trợ giúp pháp lý tham gia tố tụng thụ lý (652 vụ việc bào chữa + "
        "434 "
        "vụ việc bảo vệ quyền và lợi ích hợp pháp cho người được trợ giúp pháp lý); 368 vụ việc kết thúc."
    )
    assert verdicts(text)["1.086"] == Verdict.CONSISTENT
    assert verdicts(text.replace("+ 434", "+ 444"))["1.086"].alarm
    # n416: "8.314 học viên, trong đó 4.597 người cai bắt buộc theo quyết định của Tòa án (số không có nơi cư
    # trú ổn định là 4.143 người, số có nơi cư trú ổn định là 454 người) và 3.717 học viên cai tự nguyện"
    text = (
        "Các Trung tâm đã tiếp nhận 8.314 học viên, trong đó 4.597 người cai bắt buộc theo quyết định của "
        "Tòa án "
        "(số không có nơi cư trú ổn định là 4.143 người, số có nơi cư trú ổn định là 454 người) và 3.717 học "
        "viên cai tự nguyện."
    )
    said = verdicts(text)
    assert said["8.314"] == said["4.597"] == Verdict.CONSISTENT
    assert verdicts(text.replace("454 người", "464 người"))["4.597"].alarm


def test_the_parts_among_a_total_named_by_labels_with_commas():
    # n413: "Trong tổng số 400 đại biểu tham dự có 208 đại biểu đương nhiên, đại biểu do MTTQ Việt Nam các xã,
    # phường, đặc khu hiệp thương cử là 174 người (chiếm 43,5 %), … là 12 người, … là 6 người" — the delegates
    # counted as people, a label cut at its commas
    text = (
        "Trong tổng số 400 đại biểu tham dự có 208 đại biểu đương nhiên, đại biểu do MTTQ Việt Nam các xã, "
        "phường, đặc khu hiệp thương cử là 174 người (chiếm 43,5 %), đại biểu đại diện tổ chức thành viên là "
        "12 "
        "người, đại biểu chỉ định là 6 người."
    )
    assert verdicts(text)["400"] == Verdict.CONSISTENT
    # read so only when the parts add up (a label cut wrongly would give a false sum), the share still judged
    assert not verdicts(text.replace("là 12", "là 21")).get("400", Verdict.NOT_CHECKABLE).alarm
    assert verdicts(text.replace("43,5 %", "45,3 %"))["45,3 %"].alarm


def test_the_seats_left_unfilled_of_an_election_listed_in_turn():
    # n397: "số đại biểu được bầu: 3.868 đại biểu số đại biểu trúng cử: 3.841 đại biểu tổng số đại biểu bầu
    # thiếu: 27 đại biểu"
    text = (
        "Ở cấp xã có 961 đơn vị bầu cử số lượng ứng cử viên: 5.867 người số đại biểu được bầu: 3.868 đại "
        "biểu "
        "số đại biểu trúng cử: 3.841 đại biểu tổng số đại biểu bầu thiếu: {} đại biểu"
    )
    assert verdicts(text.format("27"))["27"] == Verdict.CONSISTENT
    assert verdicts(text.format("17"))["17"].alarm


def test_what_the_parts_hold_said_after_the_last_of_them():
    # n101: "32 cơ sở đảng trực thuộc, gồm 17 đảng bộ và 15 chi bộ cơ sở với 163 chi bộ trực thuộc đảng bộ cơ
    # sở" — the 163 branches are what the 17 committees hold, no third part
    text = (
        "Toàn Đảng bộ huyện có {} cơ sở đảng trực thuộc, gồm 17 đảng bộ và 15 chi bộ cơ sở với 163 chi bộ "
        "trực thuộc đảng bộ cơ sở."
    )
    assert verdicts(text.format("32"))["32"] == Verdict.CONSISTENT
    # the parts name other things than the whole ("đảng bộ", "chi bộ" of "cơ sở đảng"): read only as a fit
    assert "33" not in verdicts(text.format("33"))
    # n204: after the first part, "với" opens that part's own breakdown: 2.667 is no sum of its own
    # parts' list
    own = (
        "Toàn tỉnh đã tiếp nhận 3.361 đơn khiếu nại, tố cáo, kiến nghị, phản ánh. Trong đó có 2.667 đơn đủ "
        "điều kiện xử lý với 405 đơn khiếu nại, 150 đơn tố cáo và 2.112 đơn kiến nghị, phản ánh."
    )
    assert not any(verdict.alarm for verdict in verdicts(own).values())
    # inside a list, "với" pairs each part's cases with its accused: the list goes on past it
    pairs = (
        "Tòa án đã xét xử {} vụ, gồm: tội trộm cắp 10 vụ với 12 bị cáo, tội đánh bạc 5 vụ với 7 bị cáo, tội "
        "khác 3 vụ với 6 bị cáo."
    )
    assert verdicts(pairs.format("18"))["18"] == Verdict.CONSISTENT
    assert verdicts(pairs.format("15"))["15"].alarm


def test_parts_each_with_two_names_after_their_counts():
    # n68: "1.149 đơn đủ điều kiện xử lý (trong đó có 354 đơn khiếu nại, tố cáo, 795 đơn kiến nghị, phản ánh;
    # …)" — "tố cáo" is the first part's second name, not the end of the list
    text = (
        "Qua phân loại có {} đơn đủ điều kiện xử lý (trong đó có 354 đơn khiếu nại, tố cáo, 795 đơn kiến "
        "nghị, phản ánh; có 92 vụ việc khiếu nại, tố cáo thuộc thẩm quyền giải quyết của các cấp, tăng 4,5% "
        "so "
        "với cùng kỳ năm 2018)."
    )
    assert verdicts(text.format("1.149"))["1.149"] == Verdict.CONSISTENT
    # a list after "trong đó" may leave parts out: more than its sum is no slip, less is
    assert not verdicts(text.format("1.194"))["1.194"].alarm
    assert verdicts(text.format("1.049"))["1.049"].alarm


def test_two_parts_the_second_all_the_others():
    # n55: "1.706 người (đạt 100,3%), với 51 lao động đi theo tuyến Trung tâm … và 1.606 lao động đi theo các
    # đơn vị khác tại các huyện" — one channel and all the others: the list is the whole, 49 short
    text = (
        "Trong số đó, đã đưa lao động đi làm việc ở nước ngoài theo hợp đồng là {} người (đạt 100,3%), với "
        "51 lao động đi theo tuyến Trung tâm Dịch vụ việc làm tỉnh và 1.606 lao động đi theo các đơn vị khác "
        "tại "
        "các huyện."
    )
    assert verdicts(text.format("1.706"))["1.706"].alarm
    assert verdicts(text.format("1.657"))["1.657"] == Verdict.CONSISTENT
    # without "all the other …", two parts after "với" may leave some out
    assert not verdicts(text.format("1.706").replace("các đơn vị khác", "doanh nghiệp"))["1.706"].alarm


def test_counts_listed_then_their_shares_in_turn():
    # n131: "685 Trợ giúp viên pháp lý … 684 … hoàn thành chỉ tiêu, chiếm 99,85%, trong đó 529 đạt tốt, 77 đạt
    # khá, 78 đạt (tương đương 77,22% tốt, 11,24% khá, 11,39% đạt)" — each share of the 685 given the work
    text = (
        "Năm 2024, có 685 Trợ giúp viên pháp lý được giao chỉ tiêu thực hiện vụ việc tham gia tố tụng. Trong "
        "đó có 684 Trợ giúp viên pháp lý hoàn thành chỉ tiêu, chiếm 99,85%, trong đó 529 đạt tốt, 77 đạt "
        "khá, "
        "78 đạt (tương đương 77,22% tốt, {} khá, 11,39% đạt)."
    )
    said = verdicts(text.format("11,24%"))
    assert said["77,22%"] == Verdict.CONSISTENT_BY_TRUNCATION
    assert said["11,24%"] == said["11,39%"] == Verdict.CONSISTENT
    assert verdicts(text.format("10,24%"))["10,24%"].alarm
    # "lần lượt chiếm", the whole in the same sentence
    in_turn = (
        "Năm 2024 có 685 người được đánh giá, trong đó 529 người đạt tốt, 77 người đạt khá và 78 người đạt, "
        "lần lượt chiếm 77,23%, {} và 11,39%."
    )
    assert verdicts(in_turn.format("11,24%"))["11,24%"] == Verdict.CONSISTENT
    assert verdicts(in_turn.format("10,24%"))["10,24%"].alarm
    # of two shares, a miss says nothing: which whole is meant is not pinned down
    two = "Có 685 người, trong đó 529 người đạt tốt và 78 người đạt, lần lượt chiếm 77,23% và {}."
    assert verdicts(two.format("11,39%"))["11,39%"] == Verdict.CONSISTENT
    assert "12,39%" not in verdicts(two.format("12,39%"))


def test_a_rate_then_its_fraction_and_pairs_said_as_one_noun():
    # n427: "đạt tỷ lệ 60%, tương đương 4.322 vụ, việc/7.276 vụ" — 59,4% at the whole percent the text uses
    rate = "Các Tòa án chú trọng công tác hòa giải, đạt tỷ lệ {}, tương đương 4.322 vụ, việc/7.276 vụ."
    assert verdicts(rate.format("60%"))["60%"].alarm
    assert verdicts(rate.format("59%"))["59%"] == Verdict.CONSISTENT
    # n428: "thụ lý kiểm sát 601 tố giác, tin báo … . Cơ quan chức năng đã giải quyết 535 tố giác, tin báo,
    # đạt 89%" — "tố giác, tin báo" one noun, its comma no clause break
    pair = (
        "Năm 2019, Viện kiểm sát hai cấp thụ lý kiểm sát 601 tố giác, tin báo về tội phạm và kiến nghị khởi "
        "tố. Cơ quan chức năng đã giải quyết 535 tố giác, tin báo, đạt {}."
    )
    assert verdicts(pair.format("89%"))["89%"] == Verdict.CONSISTENT
    # the whole is said in the sentence before, so a rate it does not give is asked about, not flagged
    assert not verdicts(pair.format("98%"))["98%"].fits


def test_a_rate_of_what_was_the_offices_to_settle():
    # raw15/j03: "tiếp nhận hơn 2.900 đơn các loại, trong đó đơn đủ điều kiện xử lý 2.436 đơn; đã giải quyết
    # 1.770 đơn khiếu nại, tố cáo thuộc thẩm quyền, đạt gần 97%" — of those under its competence, not
    # printed
    text = (
        "Các cơ quan hành chính Nhà nước trên địa bàn tỉnh đã tiếp nhận hơn 2.900 đơn các loại, trong đó đơn "
        "đủ điều kiện xử lý 2.436 đơn; đã giải quyết 1.770 đơn khiếu nại, tố cáo thuộc thẩm quyền, đạt gần "
        "97%"
    )
    assert verdicts(text)["97%"] == Verdict.AMBIGUOUS
    # when the whole is the count under competence too, the rate is judged against it
    named = (
        "Tiếp nhận 1.900 đơn thuộc thẩm quyền; đã giải quyết 1.770 đơn khiếu nại, tố cáo thuộc thẩm quyền, "
        "đạt 97%"
    )
    assert verdicts(named)["97%"].alarm


def test_a_plan_exceeded_with_a_count_is_no_plan_of_the_next():
    # n432: "Bắc Giang … vượt kế hoạch BHXH Việt Nam giao với 255,490 người tham gia, đạt 100.4%. … Nghệ An
    # với 224,617 người tham gia, đạt 97.8% kế hoạch" — 255,490 is Bắc Giang's result, not Nghệ An's plan
    text = (
        "Bắc Giang là tỉnh duy nhất toàn quốc vượt kế hoạch BHXH Việt Nam giao với 255,490 người tham gia, "
        "đạt 100.4%. Tiếp theo danh sách là Nghệ An với 224,617 người tham gia, đạt 97.8% kế hoạch."
    )
    assert verdicts(text)["97.8%"] == Verdict.NOT_CHECKABLE
    # a plan named and given is still read: "được giao chỉ tiêu … là 230.000 người"
    given = (
        "Năm 2019, Nghệ An được giao kế hoạch phát triển là 230.000 người tham gia. Đến nay Nghệ An có "
        "224.617 người tham gia, đạt {} kế hoạch."
    )
    assert verdicts(given.format("97,7%"))["97,7%"] == Verdict.CONSISTENT
    assert verdicts(given.format("99,7%"))["99,7%"].alarm


def test_a_change_then_the_value_and_its_difference_in_brackets():
    # n433: "giảm 18,5% số vụ (749 vụ, giảm 170 vụ), giảm 19,63% số người chết (786 người, giảm 180 người)"
    # — of last year's 919 and 966: 18,63%, a point off
    text = (
        "Trong đó, TNLĐ chết người giảm 18,5% số vụ (749 vụ, giảm 170 vụ), giảm 19,63% số người chết (786 "
        "người, giảm 180 người); giảm 21,71% số người bị TNLĐ nặng (1.485 người, giảm 412 người)."
    )
    said = verdicts(text)
    assert said["18,5%"] == Verdict.CONSISTENT
    assert said["19,63%"].alarm
    assert said["21,71%"] == Verdict.CONSISTENT_BY_TRUNCATION
    # the difference the other way is no difference of this change
    assert "18,5%" not in verdicts("Số vụ giảm 18,5% (749 vụ, tăng 170 vụ).")


def test_the_bounds_of_classes_of_sizes_are_no_figures():
    # raw24/h21: "tàu cá có chiều dài dưới 6m: 271 chiếc; từ 6 đến dưới 12m: 912 chiếc; từ 12 đến dưới 15m:
    # 1.179 chiếc; từ 15m đến dưới 24m: 3.128 chiếc; từ 24m trở lên: 174 chiếc" — 15 and 24 are no totals
    text = (
        "Toàn tỉnh hiện có {} tàu cá; trong đó tàu cá có chiều dài dưới 6m: 271 chiếc; từ 6 đến dưới 12m: "
        "912 chiếc; từ 12 đến dưới 15m: 1.179 chiếc; từ 15m đến dưới 24m: 3.128 chiếc; từ 24m trở lên: 174 "
        "chiếc."
    )
    said = verdicts(text.format("5.664"))
    assert said["5.664"] == Verdict.CONSISTENT
    assert not any(verdict.alarm for verdict in said.values())
    # the parts count "chiếc", the whole "tàu cá": read only where they add up
    assert "5.646" not in verdicts(text.format("5.646"))


def test_a_share_of_a_total_said_in_brackets_or_after_a_slash_or_a_colon():
    # raw23/o42: "1.628.487 cử tri (trên tổng số 1.634.116 cử tri) đã tham gia bỏ phiếu, đạt tỷ lệ trung bình
    # toàn tỉnh 99,66%"
    voters = (
        "Toàn tỉnh có 1.628.487 cử tri (trên tổng số 1.634.116 cử tri) đã tham gia bỏ phiếu, đạt tỷ lệ trung "
        "bình toàn tỉnh {}."
    )
    assert verdicts(voters.format("99,66%"))["99,66%"] == Verdict.CONSISTENT
    assert verdicts(voters.format("99,56%"))["99,56%"].alarm
    # raw23/o43: "368.994/tổng số 370.409 cử tri, đạt 99,62%"
    slash = (
        "Tổng số cử tri toàn tỉnh đi bầu cử là 368.994/tổng số 370.409 cử tri, đạt {}; không có nơi bầu lại."
    )
    assert verdicts(slash.format("99,62%"))["99,62%"] == Verdict.CONSISTENT
    assert verdicts(slash.format("96,62%"))["96,62%"].alarm
    # raw23/o48: "số việc có điều kiện thi hành: 10.525 việc; Đã giải quyết xong: 3.585 việc, đạt 34,1% trên
    # số có điều kiện thi hành"
    colon = (
        "Tổng số việc Cục Thi hành án dân sự tỉnh thụ lý là 17.375 việc, số việc có điều kiện thi hành: "
        "10.525 việc; Đã giải quyết xong: 3.585 việc, đạt {} trên số có điều kiện thi hành."
    )
    assert verdicts(colon.format("34,1%"))["34,1%"] == Verdict.CONSISTENT
    assert verdicts(colon.format("43,1%"))["43,1%"].alarm


def test_the_rates_of_groups_each_of_its_own_base_are_no_shares_of_the_whole():
    # n436: "đạt tỷ lệ tuyển sinh vào lớp 10 là 99,78% với tổng số học sinh trúng tuyển là 17.434 học sinh …
    # Trong đó, các trường công lập … đạt tỷ lệ tuyển sinh 99,77% (16.089/16.126 …); … ngoài công lập đạt tỷ
    # lệ 100% (540/540 học sinh); …" — the counts add up, the rates do not (each of its own quota)
    text = (
        "Năm học 2022-2023, toàn tỉnh đạt tỷ lệ tuyển sinh vào lớp 10 là 99,78% với tổng số học sinh trúng "
        "tuyển là 17.434 học sinh, chỉ tiêu UBND tỉnh giao là 17.471 học sinh. Trong đó, các trường công lập "
        "đạt tỷ lệ tuyển sinh 99,77% (16.089/16.126 học sinh so với chỉ tiêu giao); các trường ngoài công "
        "lập đạt tỷ lệ 100% (540/540 học sinh); trường trung học phổ thông chuyên đạt tỷ lệ 100% (560/569 "
        "học sinh) và trường phổ thông dân tộc nội trú cũng đạt tỷ lệ 100% (245/245 học sinh)."
    )
    said = verdicts(text)
    assert said["17.434"] == Verdict.CONSISTENT
    assert not said.get("99,78%", Verdict.NOT_CHECKABLE).alarm
    # the chuyên school's 560 of 569 is no 100%
    claims = [claim for claim in check_text(text).claims if claim.verdict.alarm]
    assert [claim.printed.text for claim in claims] == ["100%"]


def test_an_item_that_is_a_whole_of_its_own_ends_a_list():
    # n437: "trong 6 cơ sở hành nghề dược được kiểm tra, có 5 cơ sở vi phạm; 17 cơ sở hành nghề y thì có tới
    # 16 cơ sở vi phạm" — the 17 is a whole of its own, no part of the 6
    text = (
        "Cụ thể, trong 6 cơ sở hành nghề dược được kiểm tra, có 5 cơ sở vi phạm; 17 cơ sở hành nghề y thì có "
        "tới 16 cơ sở vi phạm các quy định của pháp luật."
    )
    assert not any(verdict.alarm for verdict in verdicts(text).values())


def test_a_land_report_shares_after_a_semicolon_and_a_years_change_said_bare():
    # n448: "1. Đất nông nghiệp: 17142.22ha; chiếm 67.88% so với tổng diện tích đất tự nhiên." and "- Năm 2011
    # là 7169.38 ha. - Năm 2012 là 7049.46 ha. Giảm 119.92 ha."
    shares = (
        "Tổng diện tích tự nhiên là: 25255.29 ha, bao gồm các loại đất chính:\n"
        "1. Đất nông nghiệp: 17142.22ha; chiếm {} so với tổng diện tích đất tự nhiên.\n"
        "2. Đất phi nông nghiệp: 7994.40ha; chiếm 31.65% so với tổng diện tích đất tự nhiên.\n"
        "3. Đất chưa sử dụng: 118.67 ha; chiếm 0.47% so với tổng diện tích đất tự nhiên."
    )
    said = verdicts(shares.format("67.88%"))
    assert said["67.88%"] == said["31.65%"] == said["0.47%"] == Verdict.CONSISTENT
    assert verdicts(shares.format("76.88%"))["76.88%"].alarm
    change = "1.1 Đối với đất trồng lúa:\n- Năm 2011 là 7169.38 ha.\n- Năm 2012 là 7049.46 ha.\n{} ha."
    assert verdicts(change.format("Giảm 119.92"))["119.92"] == Verdict.CONSISTENT
    assert verdicts(change.format("Giảm 191.92"))["191.92"].alarm
    # a change the other way is of something else
    assert "119.92" not in verdicts(change.format("Tăng 119.92"))


def test_a_difference_alone_in_brackets_after_its_rate_is_no_value_of_the_next_change():
    # raw25/l40: "số người có HIV … giảm 5,2% (54 trường hợp), số bệnh nhân AIDS giảm 32% (252 trường hợp), số
    # trường hợp tử vong giảm 34,2% (75 trường hợp)" — each bracket the change's own difference, its base not
    # printed: 54 is no count of AIDS patients this month
    text = (
        "Cụ thể, so với tháng 9/2014, số người có HIV được phát hiện tháng 10/2014 giảm 5,2% (54 trường "
        "hợp), số bệnh nhân AIDS giảm 32% (252 trường hợp), số trường hợp tử vong giảm 34,2% (75 trường hợp)."
    )
    said = verdicts(text)
    assert said["32%"] == said["34,2%"] == Verdict.NOT_CHECKABLE
    # a value said before its change is still read: "980 người, giảm 47,2% (875 người)" of 1.855
    value = "Số người nhiễm HIV được phát hiện là 980 người, giảm {} (875 người) so với cùng kỳ năm 2013."
    assert verdicts(value.format("47,2%"))["47,2%"] == Verdict.CONSISTENT
    assert verdicts(value.format("42,7%"))["42,7%"].alarm


def test_the_rest_of_a_fraction_said_by_the_opposite_comparison():
    # n443: "43/63 địa phương thu cao hơn so cùng kỳ, 20 địa phương thu thấp hơn so cùng kỳ" — 63 − 43
    text = "Cả nước có 43/63 địa phương thu cao hơn so cùng kỳ, {} địa phương thu thấp hơn so cùng kỳ."
    assert verdicts(text.format("20"))["20"] == Verdict.CONSISTENT
    # some may have collected as much as the year before: a rest short of it says nothing
    assert "19" not in verdicts(text.format("19"))


def test_the_share_of_what_an_election_left_unfilled():
    # n461: "bầu được 15.759/16.031 đại biểu HĐND cấp xã, thiếu 272 đại biểu (1,8%)" — 272 of 16.031 is 1,7%
    text = (
        "Kết quả, bầu được 15.759/16.031 đại biểu HĐND cấp xã, thiếu 272 đại biểu ({}), không phải bầu lại."
    )
    said = verdicts(text.format("1,8%"))
    assert said["272"] == Verdict.CONSISTENT
    assert said["1,8%"].alarm
    assert verdicts(text.format("1,7%"))["1,7%"] == Verdict.CONSISTENT


def test_all_of_a_whole_said_before_is_a_hundred_percent():
    # n463: "Tổng số đại biểu … là 350 đại biểu, có mặt tại ĐH là 350 đại biểu. … giáo dục phổ thông 12/12 là
    # 350 đại biểu, chiếm 100%"
    text = (
        "Tổng số đại biểu được dự ĐH là 350 đại biểu. Về trình độ học vấn, giáo dục phổ thông 12/12 là {} "
        "đại biểu, chiếm 100%."
    )
    assert verdicts(text.format("350"))["100%"] == Verdict.CONSISTENT
    # no whole as large: 100% is of some whole not printed, nothing said
    assert "100%" not in verdicts(text.format("340"))


def test_a_breakdown_after_a_value_and_its_change_is_of_the_value():
    # raw26/ta23: "Tổng số phải thi hành 346.898 tỷ 247 triệu 535 nghìn đồng, tăng 51.446 tỷ 056 triệu 327
    # nghìn đồng, trong đó có điều kiện thi hành 198.916 tỷ …, chưa có điều kiện (trừ số đã chuyển sổ theo dõi
    # riêng) 133.282 tỷ …" — of the 346.898 tỷ owed, not of the 51.446 tỷ it grew by
    text = (
        "Tổng số phải thi hành {} tỷ đồng, tăng 51.446 tỷ đồng, trong đó có điều kiện thi hành 198.916 tỷ "
        "đồng, chưa có điều kiện (trừ số đã chuyển sổ theo dõi riêng) 133.282 tỷ đồng."
    )
    said = verdicts(text.format("346.898"))
    assert "51.446 tỷ" not in said
    assert not any(verdict.alarm for verdict in said.values())
    # parts above the value: a slip of the value
    assert verdicts(text.format("316.898"))["316.898 tỷ"].alarm


def test_bulleted_parts_under_a_line_of_its_own_and_revenue_named_as_a_noun():
    # n473: "-Doanh thu … đạt 1.295,283 tỷ đạt 57,85% Kế hoạch năm. Trong đó: \n+ Doanh thu dịch vụ du lịch
    # (lữ hành) là 335,817 tỷ đồng, …; \n+ Doanh thu từ dịch vụ lưu trú là: 959,566 tỷ đồng, …" — 1.295,383 tỷ
    revenue = (
        "-Doanh thu từ dịch vụ du lịch trong 6 tháng đầu năm 2016 của toàn tỉnh đạt {} tỷ đạt 57,85% Kế "
        "hoạch năm. Trong đó: \n+ Doanh thu dịch vụ du lịch (lữ hành)  là 335,817 tỷ đồng, đạt 50,35% kế "
        "hoạch năm; \n+ Doanh thu từ dịch vụ lưu trú là: 959,566 tỷ đồng, đạt 61,03% kế hoạch."
    )
    assert verdicts(revenue.format("1.295,283"))["1.295,283 tỷ"].alarm
    assert verdicts(revenue.format("1.295,383"))["1.295,383 tỷ"] == Verdict.CONSISTENT
    # the first lines add up to the total; a third line cuts it another way (the guests who stayed)
    guests = (
        "- Toàn tỉnh đón khoảng 9.477.302 lượt, đạt 56,13 % KH năm. Trong đó:\n+ Khách quốc tế là 307.408 "
        "lượt, đạt 51,32% kế hoạch năm.\n+ Khách nội địa là 9.169.894 lượt, đạt 56,31% kế hoạch năm.\n+ "
        "Khách "
        "lưu trú là 1.522.100 lượt, đạt 63,32% kế hoạch năm."
    )
    assert verdicts(guests)["9.477.302"] == Verdict.CONSISTENT


def test_a_rise_against_a_period_cut_short_is_no_excess_over_the_plan_of_its_fraction():
    # n488: "Tổng doanh thu: 2.090/2.060 tỷ đồng, tăng 1,15% so." — the comparison's period cut off
    said = verdicts("Tổng doanh thu: 2.090/2.060 tỷ đồng, tăng 1,15% so.")
    assert not said.get("1,15%", Verdict.NOT_CHECKABLE).alarm
    assert verdicts("Tổng doanh thu: 2.090/2.060 tỷ đồng, tăng 1,46% so với kế hoạch.")["1,46%"] == (
        Verdict.CONSISTENT
    )
    assert verdicts("Tổng doanh thu: 2.090/2.060 tỷ đồng, tăng 1,15% so với kế hoạch.")["1,15%"].alarm


def test_graduates_and_students_count_the_same_people():
    # n486: the whole said as "cử nhân", its parts as "sinh viên"; not the "1.994 sinh viên giỏi" of the
    # paragraph before
    text = (
        "Trường Đại học Kinh tế cho 3.978 sinh viên chính quy, có 43 sinh viên xuất sắc, 1.994 sinh viên"
        " giỏi, 1.602 sinh viên khá.\n\nTại Trường ĐH Kinh tế quốc dân, khóa sinh viên ra trường năm 2023"
        " là 4.577 cử nhân. Trong đó, 1.192 sinh viên tốt nghiệp loại xuất sắc (chiếm {}), 1.925 sinh viên"
        " loại giỏi (42,06%), 1.376 sinh viên loại khá (30,06%)."
    )
    said = verdicts(text.format("26,04%"))
    assert said["26,04%"] == said["42,06%"] == said["30,06%"] == Verdict.CONSISTENT
    assert not any(verdict.alarm for verdict in said.values())
    assert verdicts(text.format("27,04%"))["27,04%"].alarm


def test_a_list_beyond_its_named_whole_may_be_of_a_nearer_figure_of_another_name():
    # n486: "… 1.994 sinh viên giỏi …. … là 4.577 học viên. Trong đó, 1.192 sinh viên …": more than the
    # 1.994 of its name, not more than the 4.577 said after it — which whole is meant is not said
    text = (
        "Trường A có 43 sinh viên xuất sắc, 1.994 sinh viên giỏi. Trường B năm 2023 có 4.577 học viên ra"
        " trường. Trong đó, 1.192 sinh viên loại xuất sắc, 1.925 sinh viên loại giỏi, 1.376 sinh viên loại"
        " khá."
    )
    assert not any(verdict.alarm for verdict in verdicts(text).values())


def test_a_form_line_broken_after_its_share_word_and_the_whole_kept_past_a_rounding_slip():
    # n492: a commune's form, each line "label: count – Chiếm" and its share on the next line
    text = (
        "Số người trong độ tuổi lao động: 6453 người.\n"
        "Tỷ lệ lao động công nghiệp: 528 người – Chiếm 8,18%\n"
        "Tỷ lệ lao động nông nghiệp: 3989 người – Chiếm\n{}\n"
        "Tỷ lệ lao động thương mại: 800 người – Chiếm\n12,39%\n"
        "Tỷ lệ lao động dịch vụ: 1136 người – Chiếm\n17,6%"
    )
    said = verdicts(text.format("61,8%"))
    assert said["8,18%"] == said["61,8%"] == said["17,6%"] == Verdict.CONSISTENT
    assert said["12,39%"] == Verdict.CONSISTENT_BY_TRUNCATION  # 12,397…%
    said = verdicts(text.format("61,7%"))  # as printed: 61,816…%, a rounding slip
    assert said["61,7%"] == Verdict.INCONSISTENT
    # the whole is still the 6.453 of working age after it, not the 3.989 of the line before
    assert said["17,6%"] == Verdict.CONSISTENT


def test_a_form_gives_a_share_after_a_dash_and_its_word_with_a_colon():
    # n492: "Diện tích đất chuyên dùng: 318,74 ha – Tỷ lệ: 6,65%"
    text = "Tổng diện tích đất tự nhiên là 4.787,69 ha.\nDiện tích đất chuyên dùng: 318,74 ha – Tỷ lệ: {}"
    assert verdicts(text.format("6,66%"))["6,66%"] == Verdict.CONSISTENT
    # no whole named, none before that gives it: unsure of which whole, not a slip
    assert verdicts(text.format("7,66%"))["7,66%"] == Verdict.AMBIGUOUS


def test_a_difference_then_its_rate_of_growth_named():
    # n487: "tổng dư nợ đạt 2.799.466 triệu đồng/96.951 hộ vay, tăng 172.946 triệu đồng, tỷ lệ tăng trưởng
    # 6,6% so với đầu năm"
    text = (
        "Tính đến 31/12/2017, tổng dư nợ đạt 2.799.466 triệu đồng/96.951 hộ vay, tăng 172.946 triệu đồng, tỷ"
        " lệ tăng trưởng {} so với đầu năm, hoàn thành 99,6% kế hoạch dư nợ."
    )
    assert verdicts(text.format("6,6%"))["6,6%"] == Verdict.CONSISTENT  # of 2.799.466 − 172.946
    assert verdicts(text.format("7,6%"))["7,6%"] == Verdict.INCONSISTENT


def test_those_left_of_a_whole_opened_with_trong_so_in_a_sentence_before():
    # n486: "Trong số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình, … 1.420 sinh viên còn lại …"
    text = (
        "Trong số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình, chiếm tỷ lệ 4,25%. Đáng chú ý, tỷ"
        " lệ sinh viên nhận bằng trung bình này đã cao hơn so với con số của năm ngoái (chỉ 3,33%). {} sinh"
        " viên còn lại tốt nghiệp với tấm bằng khá, giỏi và xuất sắc."
    )
    assert verdicts(text.format("1.419"))["1.419"] == Verdict.CONSISTENT
    said = check_text(text.format("1.420")).claims
    (rest,) = [claim for claim in said if claim.printed.text == "1.420"]
    assert rest.verdict == Verdict.INCONSISTENT
    assert rest.message.vi.startswith("1.482 − 63 = 1.419.")
    # another count between the whole and those left: not only those counted out of it
    other = text.replace("chiếm tỷ lệ 4,25%", "tại 12 khoa").format("1.420")
    assert not verdicts(other).get("1.420", Verdict.NOT_CHECKABLE).alarm


def test_a_ratio_against_what_a_year_was_estimated_to_do():
    # n506: "diện tích nuôi trồng đạt 1.093 ha …. Năm 2012, … diện tích NTTS đạt 1.110 ha, bằng 101,5% so với
    # ước thực hiện của năm 2011"
    text = (
        "Năm 2011, diện tích nuôi trồng đạt 1.093 ha. Năm 2012, diện tích nuôi trồng đạt 1.110 ha, bằng {} so"
        " với ước thực hiện của năm 2011."
    )
    # read as a ratio against a period before, whose figure is not looked for that far back: not checkable
    # (1.110 / 1.093 = 101,555…%), and never a flag
    assert verdicts(text.format("101,5%"))["101,5%"] == Verdict.NOT_CHECKABLE
    assert verdicts(text.format("111,5%"))["111,5%"] == Verdict.NOT_CHECKABLE


def test_a_list_of_amounts_ends_at_one_of_another_measure():
    # n506: "tổng sản lượng thủy sản cả năm ước đạt 5.200 nghìn tấn …. Trong đó, sản lượng khai thác đạt 2.200
    # nghìn tấn …, sản lượng nuôi trồng đạt 3.000 nghìn tấn …, diện tích nuôi trồng đạt 1.093 ha …"
    text = (
        "Theo đó, tổng sản lượng thủy sản cả năm ước đạt {} nghìn tấn. Trong đó, sản lượng khai thác đạt"
        " 2.200 nghìn tấn, sản lượng nuôi trồng đạt 3.000 nghìn tấn, diện tích nuôi trồng đạt 1.093 ha."
    )
    (total,) = [c for c in check_text(text.format("5.200")).claims if c.printed.text.startswith("5.200")]
    assert total.verdict == Verdict.CONSISTENT
    assert total.message.vi.startswith("2.200 nghìn + 3.000 nghìn = 5.200 nghìn.")  # no hectares added


def test_a_share_after_the_parts_own_rate_of_plan_without_commas():
    # n503: "khối nhiệt điện than thực hiện được 12,315 tỷ kWh đạt 116,93% kế hoạch chiếm tỷ trọng 76,55% …;
    # khối thủy điện thực hiện được 2,867 tỷ kWh đạt 92,35% kế hoạch chiếm tỷ trọng 17,82%"
    text = (
        "Tổng sản lượng điện sản xuất là 16,087 tỷ kWh, đạt 116,21% kế hoạch năm 2016. Trong đó, khối nhiệt"
        " điện than thực hiện được 12,315 tỷ kWh đạt 116,93% kế hoạch chiếm tỷ trọng 76,55%; khối thủy điện"
        " thực hiện được 2,867 tỷ kWh đạt 92,35% kế hoạch chiếm tỷ trọng {}."
    )
    said = verdicts(text.format("17,82%"))
    assert said["76,55%"] == said["17,82%"] == Verdict.CONSISTENT
    assert said["116,93%"] == Verdict.NOT_CHECKABLE  # of its own plan, not printed
    assert verdicts(text.format("18,82%"))["18,82%"].alarm


def test_the_same_moment_of_the_year_before_is_a_period_compared_with():
    # n501: "ước tính đạt 158,5 triệu thuê bao, tăng 40,4% so với cùng thời điểm năm trước"
    said = verdicts("Số thuê bao đạt 158,5 triệu thuê bao, tăng 40,4% so với cùng thời điểm năm trước.")
    assert said["40,4%"] == Verdict.NOT_CHECKABLE  # the year before's figure is not printed
    text = (
        "Năm 2009 có 113 triệu thuê bao. Năm 2010 có 158,5 triệu thuê bao, tăng {} so với cùng thời điểm năm"
        " 2009."
    )
    assert verdicts(text.format("40,3%"))["40,3%"] == Verdict.CONSISTENT


def test_a_breakdown_of_a_rate_said_alone_is_of_no_count_said_further_back():
    # raw29/te02: the upper-secondary system's "gần 8.500 HS" a paragraph before is not the whole of the
    # continuing-education system's pupils, which the text does not print
    text = (
        "Năm nay, ở hệ THPT, có gần 8.500 HS đỗ tốt nghiệp loại khá, giỏi, chiếm tỷ lệ 12,05% tổng số HS tốt"
        " nghiệp của thành phố.\n\nỞ hệ bổ túc THPT, tỷ lệ HS đỗ loại khá và giỏi đạt 2,75%. Trong đó có 4 HS"
        " đỗ loại giỏi, chiếm 0,14%; 70 HS đỗ tốt nghiệp loại khá, chiếm 2,61%."
    )
    said = verdicts(text)
    assert not any(verdict.alarm for verdict in said.values())
    assert said["0,14%"] == said["2,61%"] == Verdict.NOT_CHECKABLE and "8.500" not in said
    # a count said in the sentence before is still the whole: "… có 2.692 HS dự thi. Trong đó có 4 HS …"
    said = verdicts(text.replace("tỷ lệ HS đỗ loại khá và giỏi đạt 2,75%", "có 2.900 HS đỗ tốt nghiệp"))
    assert said["0,14%"] == Verdict.CONSISTENT  # 4 / 2.900 = 0,137…%
    assert said["2,61%"] == Verdict.INCONSISTENT  # 70 / 2.900 = 2,413…%


def test_parts_each_with_its_own_rate_of_change_and_the_whole_grown_from_them():
    # n501: "ước tính đạt 158,5 triệu thuê bao, tăng 40,4% so với cùng thời điểm năm trước, bao gồm 16,4 triệu
    # thuê bao cố định, tăng 7,6% và 142,1 triệu thuê bao di động, tăng 45,5%"
    text = (
        "Số thuê bao điện thoại cả nước ước tính đạt {} triệu thuê bao, tăng {} so với cùng thời điểm năm"
        " trước, bao gồm 16,4 triệu thuê bao cố định, tăng 7,6% và 142,1 triệu thuê bao di động, tăng 45,5%."
    )
    said = verdicts(text.format("158,5", "40,4%"))
    assert said["158,5 triệu"] == said["40,4%"] == Verdict.CONSISTENT  # 40,383…% of the parts' last year
    assert verdicts(text.format("185,5", "40,4%"))["185,5 triệu"].alarm
    assert verdicts(text.format("158,5", "44,4%"))["44,4%"].alarm


def test_a_share_of_the_kinds_a_list_counted_named_again():
    # n486: "… cho 3.978 sinh viên chính quy, có 43 sinh viên xuất sắc, 1.994 sinh viên giỏi, 1.602 sinh viên
    # khá. Tổng số sinh viên tốt nghiệp xuất sắc, giỏi, khá tại trường chiếm trên 91%."
    before = (
        "Trường Đại học Kinh tế TP.HCM trao bằng cho 3.978 sinh viên chính quy, có 43 sinh viên xuất sắc,"
        " 1.994 sinh viên giỏi, 1.602 sinh viên khá. "
    )
    assert (
        verdicts(before + "Tổng số sinh viên xuất sắc, giỏi, khá chiếm trên 91%.")["91%"]
        == Verdict.CONSISTENT
    )
    assert verdicts(before + "Tỷ lệ sinh viên giỏi, khá đạt 90,4%.")["90,4%"] == Verdict.CONSISTENT  # 3.596
    assert verdicts(before + "Tỷ lệ sinh viên giỏi, khá đạt 93,4%.")["93,4%"] == Verdict.INCONSISTENT
    # one kind named: no sum of kinds — read, if at all, as that kind's count of the whole (1.994 of 3.978)
    claim = next(
        c for c in check_text(before + "Tỷ lệ sinh viên giỏi đạt 50,1%.").claims if c.printed.text == "50,1%"
    )
    assert claim.template == "pair_found_nearby"
    assert "1.994" in claim.message.vi and "3.978" in claim.message.vi


def test_those_found_among_those_inspected_in_the_clause_before():
    # n516: "Các đoàn đã kiểm tra được 199.794 cơ sở, phát hiện 41.785 cơ sở không đạt yêu cầu về VSATTP,
    # chiếm tỷ lệ 20,09%)" — 20,914…%
    text = (
        "Các đoàn đã kiểm tra được 199.794 cơ sở, phát hiện 41.785 cơ sở không đạt yêu cầu về VSATTP, chiếm"
        " tỷ lệ {})."
    )
    assert verdicts(text.format("20,91%"))["20,91%"] == Verdict.CONSISTENT
    assert verdicts(text.format("20,09%"))["20,09%"] == Verdict.INCONSISTENT
    # found, but not among those inspected: no whole pinned, no flag
    other = "Năm 2013 có 199.794 cơ sở, phát hiện 41.785 cơ sở không đạt yêu cầu, chiếm tỷ lệ 20,09%."
    assert not verdicts(other)["20,09%"].alarm


def test_two_kinds_that_make_up_any_whole_side_by_side():
    # n513: "Trong số những người … mới phát hiện nhiễm HIV …, nữ chiếm 22%, nam chiếm 78%, lây truyền qua
    # đường tình dục chiếm 58%, …"
    text = (
        "Trong số những người mới phát hiện nhiễm HIV, nữ chiếm 22%, nam chiếm {}, lây truyền qua đường tình"
        " dục chiếm 58%."
    )
    assert verdicts(text.format("78%"))["78%"] == Verdict.CONSISTENT
    assert verdicts(text.format("68%"))["68%"] == Verdict.INCONSISTENT
    assert verdicts("Dân số thành thị chiếm 35,2%; nông thôn chiếm 64,8%.")["64,8%"] == Verdict.CONSISTENT
    # two kinds of different pairs: no whole made up between them
    assert "58%" not in verdicts("Nữ chiếm 22%, thành thị chiếm 58%.")


def test_what_a_year_began_with_less_what_it_took_away():
    # n521: "Tổng số hộ nghèo đầu năm 2011 là 3.317 hộ, trong năm qua đã giảm 1.265 hộ (trong đó …); số hộ
    # nghèo hiện còn lại trong chương trình là 2.052 hộ"
    text = (
        "Tổng số hộ nghèo đầu năm 2011 là 3.317 hộ, trong năm qua đã giảm 1.265 hộ (trong đó có 1.238 hộ vượt"
        " chuẩn nghèo, đạt tỷ lệ 225% và 27 hộ bán nhà đi nơi khác); số hộ nghèo hiện còn lại trong chương"
        " trình là {} hộ."
    )
    assert verdicts(text.format("2.052"))["2.052"] == Verdict.CONSISTENT
    said = check_text(text.format("2.502")).claims
    (rest,) = [claim for claim in said if claim.printed.text == "2.502"]
    assert rest.verdict == Verdict.INCONSISTENT and rest.slip == Slip.TRANSPOSED_DIGITS


def test_a_table_of_age_bands_whose_labels_hold_their_ages():
    # n476: a prison's inmates by age, "Dưới 18 tuổi 33 …", "Từ 18 - dưới 30 tuổi 1639 …": the age that ends a
    # label is no age of the first cell after it
    text = (
        "Diễn giải 2012 2013 2014\nTổng số {} 5234 5424\nDưới 18 tuổi 33 22 15\n"
        "Từ 18 - dưới 30 tuổi 1639 1789 1843\nTừ 30 - dưới 60 tuổi 3199 3356 3482\n"
        "Từ 60 tuổi trở lên 77 67 84\n"
    )
    said = verdicts(text.format("4948"))
    assert said["4948"] == said["5234"] == said["5424"] == Verdict.CONSISTENT  # 33 + 1.639 + 3.199 + 77
    assert verdicts(text.format("4984"))["4984"].alarm
    # an age said after its word is still no figure: "độ tuổi trên 60 chiếm 12%"
    assert "60" not in verdicts("Số người ở độ tuổi trên 60 là 300 người, chiếm 12% của 2.500 người.")


def test_a_rate_glued_to_the_word_it_is_said_with():
    # n522: "Tổng sản lượng cây lương thực có hạt: 815,95/756 tấn, bằng107% KH."
    text = "Tổng sản lượng cây lương thực có hạt: 815,95/756 tấn, bằng{} KH."
    assert verdicts(text.format("107%"))["107%"] == Verdict.CONSISTENT_BY_TRUNCATION  # 107,929…%
    assert verdicts(text.format("117%"))["117%"] == Verdict.INCONSISTENT
    (claim,) = check_text(text.format("107%")).claims
    assert text.format("107%")[claim.printed.start : claim.printed.end] == "107%"  # marked where it is
    # a code glued to its number is no rate: "H5N1", "mã GD10%" are not said with a rate's word
    assert verdicts("Mã GD10% trong danh mục.") == {}


def test_a_body_named_by_capitals_and_its_number_is_no_figure():
    # n503: "tổng sản lượng điện sản xuất của toàn EVNGENCO 2 là 16,087 tỷ kWh …. Trong đó, khối nhiệt điện
    # than … chiếm tỷ trọng 76,55% tổng sản lượng toàn Tổng công ty"
    text = (
        "Tổng sản lượng điện sản xuất của toàn EVNGENCO 2 là 16,087 tỷ kWh. Trong đó, khối nhiệt điện than"
        " thực hiện được 12,315 tỷ kWh, chiếm tỷ trọng {} tổng sản lượng toàn Tổng công ty."
    )
    said = verdicts(text.format("76,55%"))
    assert "2" not in said and said["76,55%"] == Verdict.CONSISTENT  # the whole named, found before
    assert verdicts(text.format("86,55%"))["86,55%"].alarm
    # a count after capitals, its noun after it, is still one
    said = verdicts("Huyện có 5 trường THPT, trong đó THPT 2 trường đạt chuẩn, chiếm 40%.")
    assert said["40%"] == Verdict.CONSISTENT  # 2 / 5


def test_a_bound_or_a_round_thousand_implies_no_plan():
    # raw31/tg19: "Năm 2014, Kon Tum đào tạo nghề cho hơn 2.000 người, đạt 77,89% kế hoạch giao."
    for count in ("hơn 2.000", "2.000"):
        said = verdicts(f"Năm 2014, Kon Tum đào tạo nghề cho {count} người, đạt 77,89% kế hoạch giao.")
        assert said["77,89%"] == Verdict.NOT_CHECKABLE
    # the seed's own: "71/70 đảng viên", 101,43% implies 70, and 101,53% no whole plan
    assert verdicts("Kết nạp 71 đảng viên, đạt 101,43% kế hoạch.")["101,43%"] == Verdict.CONSISTENT


def test_a_rate_of_plan_above_what_a_lower_bound_gives_is_no_slip():
    # raw2/s012: Hà Nội "được giao chỉ tiêu 3.500 công dân"; later Hải Phòng "trên 3.000, đạt 120% so với chỉ
    # tiêu" — more than 3.000 may be 120% of 3.500
    text = (
        "Năm 2023, thành phố được giao chỉ tiêu 3.500 công dân. Tổng số thanh niên đủ điều kiện thực hiện"
        " nghĩa vụ quân sự của toàn thành phố là trên 3.000, đạt {} so với chỉ tiêu."
    )
    assert not verdicts(text.format("120%"))["120%"].alarm
    assert verdicts(text.format("80%"))["80%"].alarm  # below what more than 3.000 gives (85,7%)


def test_the_rate_each_unit_counted_has_is_no_share_of_the_fraction():
    # raw31/tg21: "toàn tỉnh có 784/811 khu vực bỏ phiếu có số cử tri đi bầu đạt tỷ lệ 100%"
    said = verdicts("Toàn tỉnh có 784/811 khu vực bỏ phiếu có số cử tri đi bầu đạt tỷ lệ 100%.")
    assert "100%" not in said
    # what was done of those that could be: the fraction's own share
    text = "Toàn tỉnh đã thi hành xong 2714 việc/3114 việc có điều kiện thi hành, đạt tỷ lệ {}."
    assert verdicts(text.format("87,15%"))["87,15%"] == Verdict.CONSISTENT


def test_a_ratio_to_the_year_before_and_the_change_it_makes():
    # n556: "Thu nhập bình quân người lao động là 9,5 triệu đồng/người/tháng, đạt 105,2% so với cùng kỳ,
    # tăng 6%"
    text = (
        "Thu nhập bình quân người lao động là 9,5 triệu đồng/người/tháng, đạt 105,2% so với cùng kỳ, tăng {}."
    )
    assert verdicts(text.format("6%"))["6%"].alarm  # 105,2% is a rise of 5,2%
    assert verdicts(text.format("5,2%"))["5,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("5%"))["5%"] == Verdict.CONSISTENT  # 5,2 rounded
    # a rate of another base after the change is not its ratio (raw20/b11: "tăng 15% so với cùng kỳ, đạt
    # 109% KH")
    said = verdicts("Tổng diện tích gieo trồng đạt 652ha, tăng 15% so với cùng kỳ, đạt 109% KH năm.")
    assert not said.get("15%", Verdict.NOT_CHECKABLE).alarm


def test_a_decrease_with_its_rate_said_by_its_sign_in_brackets():
    # n556: "xảy ra 205 số vụ tai nạn, giảm 11 vụ (-5,1%); 81 người chết, giảm 5 người (-5,8%); bị thương 119
    # người, giảm 07 người (-5,6%))"
    text = "Đường sắt xảy ra 81 người chết, giảm 5 người ({}); bị thương 119 người, giảm 07 người (-5,6%))."
    said = verdicts(text.format("-5,8%"))
    assert said["5,8%"] == Verdict.CONSISTENT  # 5 / (81 + 5)
    assert said["5,6%"] == Verdict.CONSISTENT  # 7 / (119 + 7)
    assert verdicts(text.format("-8,5%"))["8,5%"].alarm
    # a bare value before it that counts nothing said is not what changed (raw q09: "bị thương 162.058, giảm
    # 34.835 số vụ (-18,06%)")
    said = verdicts("Toàn quốc bị thương 162.058, giảm 34.835 số vụ (-18,06%).")
    assert not said.get("18,06%", Verdict.NOT_CHECKABLE).alarm


def test_at_home_and_abroad_make_up_the_whole():
    # n558's shape: "Sản lượng khai thác dầu đạt 1,13 triệu tấn, … (trong đó: khai thác dầu ở trong nước đạt
    # 0,95 triệu tấn …; ở nước ngoài đạt 0,12 triệu tấn …)" — 0,95 + 0,12 = 1,07
    text = (
        "Sản lượng khai thác dầu đạt {} triệu tấn, trong đó trong nước đạt 0,95 triệu tấn,"
        " nước ngoài đạt 0,12 triệu tấn."
    )
    assert verdicts(text.format("1,13"))["1,13 triệu"].alarm
    assert verdicts(text.format("1,07"))["1,07 triệu"] == Verdict.CONSISTENT


def test_the_rates_of_a_list_whose_first_named_its_plan_are_no_shares():
    # raw32/th31: "Hà Nội đạt 1.837 tỷ đồng, bằng 9,5% kế hoạch năm và tăng 22% so với cùng kỳ năm trước; … Bà
    # Rịa - Vũng Tàu 496 tỷ đồng, bằng 9,3% và giảm 4,6%", after a whole of 2.602 tỷ said before
    text = (
        "Trong đó, vốn trung ương quản lý đạt 2.602 tỷ đồng, bằng 6,4% kế hoạch năm và tăng 4,5% so với"
        " cùng kỳ năm trước.\n\n"
        "Vốn đầu tư thực hiện từ nguồn ngân sách Nhà nước của một số tỉnh, thành phố trực thuộc Trung ương"
        " như sau: Hà Nội đạt 1.837 tỷ đồng, bằng 9,5% kế hoạch năm và tăng 22% so với cùng kỳ năm trước;"
        " thành phố Hồ Chí Minh 540 tỷ đồng, bằng 2,8% và tăng 4,6%; Bà Rịa - Vũng Tàu 496 tỷ đồng, bằng"
        " 9,3% và giảm 4,6%; Nghệ An 395 tỷ đồng, bằng 10,4% và tăng 3,1%; Thanh Hóa 285 tỷ đồng, bằng 8,4%"
        " và tăng 8,1%; Đà Nẵng 280 tỷ đồng, bằng 5,4% và tăng 5,1%; Hà Tĩnh 260 tỷ đồng, bằng 9,9% và"
        " tăng 61,3%./."
    )
    said = verdicts(text)
    assert not any(verdict.alarm for verdict in said.values())
    # … but a share with its change in points, no plan named (n127), is read
    said = verdicts(
        "Năm 2013 có 117 tổ chức cơ sở Đảng; 53 cơ sở Đảng được công nhận trong sạch vững mạnh (bằng {} và"
        " tăng 0,86%).".replace("{}", "45,3%")
    )
    assert said["45,3%"] == Verdict.CONSISTENT


def test_an_indicator_and_what_it_reached_is_no_plan():
    # raw32/th17: "chỉ tiêu thu ngoài quốc doanh đạt 11,3 tỷ đồng, bằng 53% so với kế hoạch, …; thu tiền sử
    # dụng đất đạt 15,6 tỷ đồng, bằng 196% so với kế hoạch"
    said = verdicts(
        "Trong đó, nổi bật là chỉ tiêu thu ngoài quốc doanh đạt 11,3 tỷ đồng, bằng 53% so với kế hoạch,"
        " tăng 18%"
        " so với cùng kỳ; thu tiền sử dụng đất đạt 15,6 tỷ đồng, bằng 196% so với kế hoạch, tăng 130% so với"
        " cùng kỳ."
    )
    assert said["196%"] == Verdict.NOT_CHECKABLE
    # a plan named as such before is still read: "được giao chỉ tiêu thu NSNN là 270.000 tỷ đồng" (n89)
    said = verdicts(
        "Ngành được giao chỉ tiêu thu là 270.000 tỷ đồng."
        " Kết quả thu được 272.167 tỷ đồng, đạt 100,8% chỉ tiêu."
    )
    assert said["100,8%"] == Verdict.CONSISTENT


def test_a_span_of_time_is_not_what_reached_a_plan():
    # raw32/th20, a headline run into its paragraph: "Phường An Hải thu ngân sách 6 tháng đầu năm đạt 84% chỉ
    # tiêu"
    said = verdicts(
        "Phường An Hải thu ngân sách 6 tháng đầu năm đạt 84% chỉ tiêu Ngày 15/8, HĐND phường họp 6 tháng"
        " đầu năm."
    )
    assert said["84%"] == Verdict.NOT_CHECKABLE


def test_a_trade_balance_is_the_difference_of_what_it_lists():
    # raw32/th41: "thâm hụt gần 1 tỷ USD, trong đó cả nước xuất khẩu hàng hóa đạt 7,811 tỷ USD, nhập khẩu đạt
    # 8,793 tỷ USD"
    said = verdicts(
        "Cán cân thương mại cả nước trong nửa đầu tháng 3 tiếp tục thâm hụt gần 1 tỷ USD, trong đó cả nước"
        " xuất"
        " khẩu hàng hóa đạt  7,811 tỷ USD, nhập khẩu đạt 8,793 tỷ USD."
    )
    assert not any(verdict.alarm for verdict in said.values())


# raw32/th47, a retail table one cell to a line: the last column's index is of the months summed, whose year
# before the table leaves out — not the column before it over the one before that
RETAIL = """Thực hiện tháng 9 năm 2023
Ước tính tháng 10 năm 2023
Lũy kế thực hiện 10 tháng năm 2023
Tháng 10/2023 so với cùng kỳ năm trước (%)
Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)
Đơn vị tính : Tỷ đồng
Tổng số
4736,0
4671,4
45896,9
113,0
115,1
Phân theo nhóm ngành hàng
Doanh thu bán lẻ
3451,7
3415,7
33871,4
113,7
113,1
Dịch vụ lưu trú
140,8
130,7
1346,3
139,1
186,5
Dịch vụ ăn uống
755,3
726,9
7305,4
106,2
120,3
Dịch vụ du lịch lữ hành và các dịch vụ hỗ trợ khác
32,3
30,9
238,0
177,9
202,3
Dịch vụ khác
355,9
367,2
3135,8
110,4
103,9
"""


def test_a_column_of_indices_is_read_only_where_it_is_the_quotient_in_most_rows():
    said = verdicts(RETAIL)
    assert not any(verdict.alarm for verdict in said.values())


def test_a_period_named_by_its_quarter_in_brackets_and_a_change_in_quotes():
    # n542: "số phương tiện qua lại là 35.540 lượt, bằng 135,01 % so với cùng kỳ năm 2022 (quý I/2022 đạt
    # 26.871 lượt)" — 132,26%
    text = (
        "Số phương tiện qua lại là 35.540 lượt, bằng {} so với cùng kỳ năm 2022 (quý I/2022 đạt 26.871 lượt)."
    )
    assert verdicts(text.format("135,01 %"))["135,01 %"].alarm
    assert verdicts(text.format("132,26 %"))["132,26 %"] == Verdict.CONSISTENT
    # n556, a change said in a quote: "… đạt 105,2% so với cùng kỳ, tăng 6%", ông Khánh nêu rõ.
    said = verdicts(
        '"Thu nhập bình quân là 9,5 triệu đồng/người/tháng, đạt 105,2% so với cùng kỳ, tăng 6%", ông nói.'
    )
    assert said["6%"].alarm
    # n556: "xảy ra 205 số vụ tai nạn, giảm 11 vụ (-5,1%)": the number of cases, as typed
    said = verdicts("An toàn giao thông được kiểm soát, xảy ra 205 số vụ tai nạn, giảm 11 vụ (-5,1%).")
    assert said["5,1%"] == Verdict.CONSISTENT


def test_a_crop_of_short_duration_is_no_date():
    # n568: "Trong đó: cây lương thực 198,2 ha, cây thực phẩm 140 ha, cây công nghiệp ngắn ngày 15 ha, cây
    # công nghiệp khác 2,0 ha; cây lâu năm 229,5 ha" — "ngày 15" is no date; the perennials stand beside
    text = (
        "Trong đó vụ Đông xuân: Tổng diện tích gieo trồng {}/355,2 ha. Trong đó: cây lương thực 198,2 ha,"
        " cây thực phẩm 140 ha, cây công nghiệp ngắn ngày 15 ha, cây công nghiệp khác 2,0 ha; cây lâu năm"
        " 229,5 ha."
    )
    assert not any(verdict.alarm for verdict in verdicts(text.format("355,2")).values())


def test_two_parts_far_short_of_their_whole_after_gom_may_be_its_largest():
    # n571: "đã có 13.636 người được cấp quốc tịch, gồm 5.145 người Trung Quốc và 4.225 người Việt Nam"
    text = "Năm ngoái đã có {} người được cấp quốc tịch, gồm 5.145 người Trung Quốc và 4.225 người Việt Nam."
    assert verdicts(text.format("13.636"))["13.636"] == Verdict.AMBIGUOUS
    assert verdicts(text.format("9.370"))["9.370"] == Verdict.CONSISTENT
    assert verdicts(text.format("9.730"))["9.730"].alarm  # near the sum: a slip


def test_the_others_named_before_their_count_close_a_list():
    # n541's shape: "… trong đó tăng thu … 7.486 tỷ đồng, giảm chi … 10.221 tỷ đồng và kiến nghị khác 43.895
    # tỷ đồng" — the others named, the list is all of it
    text = (
        "Tổng số {} hồ sơ, trong đó hồ sơ đất đai 120 hồ sơ, hồ sơ xây dựng 80 hồ sơ và hồ sơ khác 35 hồ sơ."
    )
    assert verdicts(text.format("265"))["265"].alarm  # 120 + 80 + 35 = 235
    assert verdicts(text.format("235"))["235"] == Verdict.CONSISTENT


def test_a_list_cut_off_with_its_sentence_may_go_on():
    # raw33/ti34, an excerpt that ends mid-list: "… với tổng số đại biểu chính thức là 262 đại biểu, gồm:
    # 39 đại biểu đương nhiên (Ủy viên Ban Chấp hành Tỉnh Hội nhiệm kỳ 2017-2022), 220 đại biểu"
    text = (
        "Tiến hành phân bổ đại biểu dự Đại hội cho các hội trực thuộc với tổng số đại biểu chính thức là"
        " 262 đại biểu, gồm: 39 đại biểu đương nhiên (Ủy viên Ban Chấp hành Tỉnh Hội nhiệm kỳ 2017-2022),"
        " 220 đại biểu"
    )
    assert not verdicts(text)["262"].alarm
    assert verdicts(text + " được bầu.")["262"].alarm  # the sentence ended: the list is all of it


def test_a_title_rounds_a_count_to_the_thousand_or_keeps_the_body_s_bound():
    # n566: "Đăk Lăk có 67 ngàn hộ nghèo" over "Số hộ nghèo 66.956 hộ"
    text = "Đăk Lăk có {} ngàn hộ nghèo\n\nTheo báo cáo, tổng số hộ dân là 435.688 hộ. Số hộ nghèo 66.956 hộ."
    assert verdicts(text.format("67"))["67 ngàn"] == Verdict.CONSISTENT
    assert "66 ngàn" not in verdicts(text.format("66"))  # not its rounding: not said to be the body's figure
    # n462: "Hơn 800 tỷ đồng ủng hộ phòng chống dịch" over "… đã đạt hơn 806,407 tỷ đồng"
    text = "Hơn 800 tỷ đồng ủng hộ phòng chống dịch\n\nSố tiền ủng hộ qua MTTQ đã đạt hơn 806,407 tỷ đồng."
    assert verdicts(text)["800 tỷ"] == Verdict.CONSISTENT


def test_income_is_no_collecting_and_a_change_or_share_said_as_equivalent():
    # n598: "Tổng số hộ nghèo là 14.231 hộ, trong đó, hộ nghèo theo tiêu chí thu nhập là 10.508 hộ, hộ nghèo
    # thiếu hụt tiếp cận các dịch vụ xã hội cơ bản là 3.723 hộ" — "thu nhập", income, not "thu", collected
    text = (
        "Tổng số hộ nghèo là {} hộ, trong đó, hộ nghèo theo tiêu chí thu nhập là 10.508 hộ, hộ nghèo thiếu"
        " hụt tiếp cận các dịch vụ xã hội cơ bản là 3.723 hộ."
    )
    assert verdicts(text.format("14.231"))["14.231"] == Verdict.CONSISTENT
    # n586: "cấp ủy viên người dân tộc thiểu số có 3.995 người (tương đương 10,8%)" of 36.954
    text = (
        "Tổng số cấp ủy viên bầu được là 36.954 người, trong đó có 27.690 người tái cử (chiếm 74,9%); cấp ủy"
        " viên người dân tộc thiểu số có 3.995 người (tương đương {})."
    )
    assert verdicts(text.format("10,8%"))["10,8%"] == Verdict.CONSISTENT
    assert verdicts(text.format("18,0%"))["18,0%"].alarm
    # n596: "4,7 triệu người, …, tăng 221 ngàn người (tương ứng tăng 6,5% so với năm 2016)" — 4,9%
    text = (
        "Số người tham gia BHYT là 4,7 triệu người, tăng 221 ngàn người (tương ứng tăng {} so với năm 2016)."
    )
    assert verdicts(text.format("6,5%"))["6,5%"].alarm
    assert verdicts(text.format("4,9%"))["4,9%"] == Verdict.CONSISTENT


def test_those_elected_are_the_seats_less_those_left_empty():
    # n603: "số đại biểu được bầu là 1.924, kết quả có 1.921 đại biểu trúng cử do phường Hiệp Lợi, thành phố
    # Ngã Bảy thiếu 1 đại biểu; xã Thạnh Hòa và Bình Thành, huyện Phụng Hiệp thiếu 2 đại biểu; trong đó, …"
    text = (
        "Cấp xã có 502 đơn vị bầu cử, số đại biểu được bầu là 1.924, kết quả có {} đại biểu trúng cử do"
        " phường Hiệp Lợi thiếu 1 đại biểu; xã Thạnh Hòa và Bình Thành thiếu 2 đại biểu; trong đó, nữ 26%."
    )
    assert verdicts(text.format("1.921"))["1.921"] == Verdict.CONSISTENT
    assert verdicts(text.format("1.912"))["1.912"].alarm


def test_beasts_of_an_age_in_months_are_counted_after_it():
    # n618: "trâu 50 con (trên 6 tháng tuổi 38 con; dưới 6 tháng tuổi 12 con); bò 19 con (trên 6 tháng tuổi 13
    # con; dưới 6 tháng tuổi 6 con)" — "6 tháng tuổi" an age, 38 a count
    text = (
        "Tổng số gia súc bị chết là 69 con, trâu {} con (trên 6 tháng tuổi 38 con; dưới 6 tháng tuổi 12 con);"
        " bò 19 con (trên 6 tháng tuổi 13 con; dưới 6 tháng tuổi 6 con)."
    )
    assert verdicts(text.format("50"))["50"] == Verdict.CONSISTENT
    assert verdicts(text.format("56"))["56"].alarm


def test_sessions_a_week_are_no_fraction():
    # raw36/tl39: "9/10 buổi/ tuần ở bậc tiểu học đạt 56,2%" — nine or ten sessions a week, the share of the
    # pupils who have them; the fraction's reading (90%) is not what the rate is of
    text = (
        "Số trẻ, học sinh đến trường được học 2 buổi/ngày ở bậc mầm non đạt 99,8%; 9/10 buổi/ tuần ở bậc"
        " tiểu học đạt 56,2% (tăng 1,1 % so với năm học trước)."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # a fraction of units of something, with no time after it, is still read
    assert verdicts("Toàn huyện có 9/10 xã đạt chuẩn, đạt 56,2%.")["56,2%"].alarm


def test_a_share_of_capital_is_no_share_of_the_firms():
    # raw36/tl44: "18 doanh nghiệp có vốn đầu tư nước ngoài, trong đó có 15 doanh nghiệp 100% vốn …; có 3
    # doanh nghiệp có vốn góp của nhà đầu tư nước ngoài chiếm tỷ lệ trên 51% vốn điều lệ" — each one's capital
    text = (
        "Toàn tỉnh hiện có 18 doanh nghiệp có vốn đầu tư nước ngoài, trong đó có 15 doanh nghiệp 100% vốn đầu"
        " tư nước ngoài với số vốn đăng ký trên 1.617 tỷ đồng; có 3 doanh nghiệp có vốn góp của nhà đầu tư"
        " nước ngoài chiếm tỷ lệ trên 51% vốn điều lệ."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # of the firms, the same share is read
    text = "Toàn tỉnh hiện có 18 doanh nghiệp; có 3 doanh nghiệp nhà nước, chiếm tỷ lệ {} số doanh nghiệp."
    assert verdicts(text.format("16,7%"))["16,7%"] == Verdict.CONSISTENT
    assert verdicts(text.format("51%"))["51%"].alarm


def test_a_rate_compared_with_the_rate_in_brackets_after_it():
    # n642: "vùng Đồng bằng sông Hồng với kết quả đạt 88,33%, cao hơn 1,71% so với năm 2022 (86,62%)" — a
    # rate, though the sentence does not say "tỷ lệ", and "cao hơn … so với" a change as "tăng … so với" is
    text = "Cao nhất là vùng Đồng bằng sông Hồng đạt 88,33%, cao hơn {} so với năm 2022 (86,62%)."
    assert verdicts(text.format("1,71%"))["1,71%"] == Verdict.CONSISTENT
    assert verdicts(text.format("1,17%"))["1,17%"].alarm
    text = "Xếp vị trí thứ 4 là Bắc Trung Bộ, đạt 86,82%, thấp hơn {} so với năm 2022 (88,25%)."
    assert verdicts(text.format("1,43%"))["1,43%"] == Verdict.CONSISTENT


def test_years_early_are_no_count_of_the_names_after_them():
    # raw37/tm14: "hoàn thành chỉ tiêu của Đảng, Quốc hội giao trước 4 năm (Đảng, Quốc hội giao tỷ lệ bao phủ
    # … năm 2020 là trên 80%)" — four years early, not four bodies named in the bracket
    text = (
        "Có 81,3 triệu người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 86,6% dân số, hoàn thành chỉ tiêu của"
        " Đảng, Quốc hội giao trước 4 năm (Đảng, Quốc hội giao tỷ lệ bao phủ năm 2020 là trên 80%)."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    assert verdicts("Công an 4 tỉnh tham dự gồm Hòa Bình, Yên Bái và Bắc Kạn.")["4"].alarm


def test_a_difference_from_the_period_compared_then_its_rate_after_a_comma():
    # n651: "ước đạt 167.432 tỷ đồng, so với đầu năm tăng 16.842 tỷ đồng, bằng 11,2%" (of 150.590); "nợ xấu …
    # là 1.534 tỷ đồng … So với đầu năm nợ xấu tăng 428 tỷ đồng, tương ứng mức tăng 27,9%" — 38,7% of 1.106
    text = "Dư nợ ước đạt 167.432 tỷ đồng, so với đầu năm tăng 16.842 tỷ đồng, bằng {}; thấp hơn cùng kỳ."
    assert verdicts(text.format("11,2%"))["11,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("12,2%"))["12,2%"].alarm
    text = (
        "Nợ xấu là 1.534 tỷ đồng, so với đầu năm tăng 428 tỷ đồng, tương ứng mức tăng {}, tập trung ở y tế."
    )
    assert verdicts(text.format("38,7%"))["38,7%"] == Verdict.CONSISTENT
    assert verdicts(text.format("27,9%"))["27,9%"].alarm
    # "bằng" before a rate of something else is not the difference's rate
    text = "Thu ngân sách 1.534 tỷ đồng, so với cùng kỳ tăng 428 tỷ đồng, bằng 105% kế hoạch."
    assert not verdicts(text)["105%"].alarm


def test_a_count_of_medals_of_every_kind_and_its_colours_in_brackets():
    # n653: "đạt 52 huy chương các loại (16 vàng, 18 bạc, 18 đồng)"
    text = (
        "Tham gia 8 giải thể thao quần chúng toàn quốc đạt {} huy chương các loại (16 vàng, 18 bạc, 18 đồng)."
    )
    assert verdicts(text.format("52"))["52"] == Verdict.CONSISTENT
    # the colours are read as its parts only where they add up (their nouns are not the whole's): no alarm
    assert not verdicts(text.format("56")).get("56", Verdict.NOT_CHECKABLE).alarm


def test_a_difference_and_its_rate_said_as_a_share():
    # n656: "thụ lý mới 7.350 việc, tăng 921 việc (chiếm tỷ lệ 14,33% so với năm 2019", "tăng 910 việc chiếm
    # 8,64% so với năm 2019", "so với năm 2019, tăng 856 việc (chiếm tỷ lệ 17,18%)": the rate of the increase
    text = "Thụ lý mới 7.350 việc, tăng 921 việc (chiếm tỷ lệ {} so với năm 2019."
    assert verdicts(text.format("14,33%"))["14,33%"] == Verdict.CONSISTENT
    assert verdicts(text.format("12,53%"))["12,53%"].alarm
    text = "Có 11.444 việc có điều kiện giải quyết, tăng 910 việc chiếm {} so với năm 2019."
    assert verdicts(text.format("8,64%"))["8,64%"] == Verdict.CONSISTENT
    text = (
        "Giải quyết xong 5.838 việc; so với năm 2019, tăng 856 việc (chiếm tỷ lệ {}) và tăng 3,72% về tỷ lệ."
    )
    assert verdicts(text.format("17,18%"))["17,18%"] == Verdict.CONSISTENT
    assert verdicts(text.format("14,66%"))["14,66%"].alarm


def test_the_units_that_each_met_the_plan_are_not_the_plan_rate():
    # raw38/tn14: "thu BHXH, BHYT, BHTN … đạt 3.421 tỷ đồng, đạt 103,59% kế hoạch năm (13/13 đơn vị đều hoàn
    # thành kế hoạch thu năm 2023)" — the amount reached the plan; all thirteen units met theirs
    text = (
        "Năm 2023, tổng số thu BHXH, BHYT, BHTN toàn tỉnh đạt 3.421 tỷ đồng, đạt 103,59% kế hoạch năm (13/13"
        " đơn vị đều hoàn thành kế hoạch thu năm 2023)."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # a fraction of what was counted before the share is still its inputs
    text = "Đã giải quyết 1.150 vụ, đạt {} (1.150/1.245 vụ)."
    assert verdicts(text.format("92,37%"))["92,37%"] == Verdict.CONSISTENT
    assert verdicts(text.format("93,37%"))["93,37%"].alarm


def test_a_difference_and_its_rate_after_a_comma_inside_a_bracket():
    # n667: "Đã thi hành kỷ luật 548 đảng viên (giảm 69 đảng viên, 11,5%)" — 69 of the 617 the year before:
    # 11,2%
    text = "Đã thi hành kỷ luật 548 đảng viên (giảm 69 đảng viên, {}) bằng các hình thức: Khiển trách 438."
    assert verdicts(text.format("11,2%"))["11,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("11,5%"))["11,5%"].alarm


def test_the_seasons_of_a_crop_are_its_parts():
    # n666: "lúa 6.668,1 ha (vụ Đông Xuân 3.772,1 ha, vụ Hè Thu 2.896ha)" — "Hè Thu" is a season, not "thu",
    # what was collected
    text = "Trong đó: lúa {} ha (vụ Đông Xuân 3.772,1 ha, vụ Hè Thu 2.896ha) đạt 98,5 % so với kế hoạch."
    assert verdicts(text.format("6.668,1"))["6.668,1"] == Verdict.CONSISTENT
    # a bracket may name some seasons only: a total above its parts may hold a third; below them, a slip
    assert not verdicts(text.format("6.686,1"))["6.686,1"].alarm
    assert verdicts(text.format("6.586,1"))["6.586,1"].alarm


def test_a_total_with_its_rates_of_the_plan_and_the_year_before_then_its_parts():
    # n666: "tổng diện tích gieo trồng cả năm 2018 là 8.418,1 ha, đạt 93,5% so kế hoạch, đạt 94,8% so cùng kỳ,
    # trong đó: lúa 6.668,1 ha …; các cây trồng khác 1.750 ha"
    text = (
        "Tổng diện tích gieo trồng cả năm 2018 là {} ha, đạt 93,5% so kế hoạch, đạt 94,8% so cùng kỳ, trong"
        " đó: lúa 6.668,1 ha, các cây trồng khác 1.750 ha."
    )
    assert verdicts(text.format("8.418,1"))["8.418,1"] == Verdict.CONSISTENT
    assert verdicts(text.format("8.481,1"))["8.481,1"].alarm


def test_a_part_with_its_own_change_then_the_others_after_and():
    # n672: "tổng diện tích thả giống … đạt 2.066ha, tăng 1,69% so cùng kỳ năm trước, trong đó diện tích tôm
    # nước lợ được 1.113ha, tăng 2,44%; cá được 305,5ha, tăng 1,84% và các loại thủy sản khác 636ha, …" — the
    # others close the list: 2.054,5 ha
    text = (
        "Tổng diện tích thả giống trong 4 tháng đầu năm đạt {}ha, tăng 1,69% so cùng kỳ năm trước, trong đó"
        " diện tích tôm nước lợ được 1.113ha, tăng 2,44%; cá được 305,5ha, tăng 1,84% và các loại thủy sản"
        " khác 636ha, tăng 0,32%."
    )
    assert verdicts(text.format("2.054,5"))["2.054,5"] == Verdict.CONSISTENT
    assert verdicts(text.format("2.066"))["2.066"].alarm


def test_the_last_items_of_a_list_adding_up_to_the_one_before_them_by_chance():
    # n269: "… huyện Krông Năng 42 trường hợp; huyện Ea Kar 9 trường hợp; huyện Cư Kuin 26 trường hợp và thị
    # xã Buôn Hồ 7 trường hợp" — 9 + 26 + 7 = 42, yet districts side by side are no breakdown of the one
    # before
    counts = ["94", "3", "3", "7", "20", "6", "6", "24", "9", "14", "42", "9", "26"]
    listed = "; ".join(f"huyện {chr(65 + n)} {count} trường hợp" for n, count in enumerate(counts))
    text = "Có {} trường hợp, trong đó " + listed + " và thị xã O 7 trường hợp."
    assert verdicts(text.format("270"))["270"] == Verdict.CONSISTENT
    assert verdicts(text.format("263"))["263"].alarm


def test_a_bulleted_list_goes_on_past_a_line_not_read_as_a_part():
    # n687 (Hà Nam's budget settlement, 2013): "Tổng thu ngân sách nhà nước năm 2013: 6.584.718.544.290 đồng,
    # gồm:" and eight bulleted lines; one not read as a part leaves the sum of the others no slip
    lines = [
        "Thu cân đối ngân sách trên địa bàn: 2.850.712.588.000 đồng",
        "Thu kết dư ngân sách: 72.746.049.762 đồng",
        "Thu viện trợ không hoàn lại: 2.071.200.000 đồng",
        "Thu chuyển nguồn năm trước sang: 792.752.428.793 đồng",
        "Thu bổ sung từ ngân sách Trung ương: 2.160.583.545.028 đồng",
        "Thu từ ngân sách cấp dưới nộp trả: 103.600.000 đồng",
        "Thu phản ánh qua ngân sách: 340.749.132.707 đồng",
        "Thu vay theo Khoản 3 Điều 8 Luật NSNN: 365.000.000.000 đồng",
    ]
    text = "1. Tổng thu ngân sách nhà nước năm 2013: {} đồng, gồm:\n\n" + "\n\n".join(
        f"- {line}" for line in lines
    )
    assert verdicts(text.format("6.584.718.544.290"))["6.584.718.544.290"] == Verdict.CONSISTENT
    assert verdicts(text.format("6.548.718.544.290"))["6.548.718.544.290"].alarm
    # a line not read as a part ("theo kế hoạch" names a reference): the lines read are not all of the list
    refused = text.replace("Thu vay theo Khoản 3 Điều 8 Luật NSNN", "Thu vay theo kế hoạch")
    assert not verdicts(refused.format("6.584.718.544.290"))["6.584.718.544.290"].alarm
    # a line that names no part of it (a share, a rate) ends the list as before
    text = "Tổng số: 120 người, gồm:\n\n- Nam: 70 người\n\n- Nữ: 50 người\n\n- Tỷ lệ nữ: 41,7%"
    assert verdicts(text)["120"] == Verdict.CONSISTENT


def test_a_difference_from_the_period_compared_then_its_rate_named():
    # n691: "cấp 27 Giấy phép xây dựng (so với cùng kỳ năm 2014, tăng 09 Giấy phép xây dựng, tỷ lệ tăng
    # 68,75%)" — 9 more than 18 is 50%
    text = (
        "Đã cấp 27 Giấy phép xây dựng (so với cùng kỳ năm 2014, tăng 09 Giấy phép xây dựng, tỷ lệ tăng {})."
    )
    assert verdicts(text.format("50%"))["50%"] == Verdict.CONSISTENT
    assert verdicts(text.format("68,75%"))["68,75%"].alarm


def test_a_total_with_its_change_in_one_bracket_then_its_forms():
    # n667: "Đã thi hành kỷ luật 548 đảng viên (giảm 69 đảng viên, 11,5%) bằng các hình thức: Khiển trách 438;
    # cảnh cáo 75; cách chức 7; khai trừ ra khỏi Đảng 28 trường hợp"
    text = (
        "Đã thi hành kỷ luật {} đảng viên (giảm 69 đảng viên, 11,2%) bằng các hình thức: Khiển trách 438;"
        " cảnh cáo 75; cách chức 7; khai trừ ra khỏi Đảng 28 trường hợp."
    )
    assert verdicts(text.format("548"))["548"] == Verdict.CONSISTENT
    assert verdicts(text.format("558"))["558"].alarm


def test_rates_said_with_their_counts_are_parts_by_their_counts():
    # n293: "chiếm 9,76% với 25.103 hộ, gồm tỷ lệ hộ nghèo 5,0% với 12.855 hộ; tỷ lệ hộ cận nghèo 4,76% với
    # 12.248 hộ"
    text = (
        "Toàn tỉnh có 257.085 hộ dân cư, trong đó tỷ lệ nghèo đa chiều chiếm 9,76% với {} hộ, gồm tỷ lệ hộ"
        " nghèo 5,0% với 12.855 hộ; tỷ lệ hộ cận nghèo 4,76% với 12.248 hộ."
    )
    assert verdicts(text.format("25.103"))["25.103"] == Verdict.CONSISTENT
    assert verdicts(text.format("25.130"))["25.130"].alarm


def test_a_surplus_said_before_the_exports_and_imports_it_is_the_difference_of():
    # n652: "Thái Nguyên xuất siêu 10,73 tỷ USD. Trong đó, kim ngạch xuất khẩu đạt 26,6 tỷ USD, nhập khẩu
    # 15,87 tỷ USD"
    text = (
        "Thái Nguyên xuất siêu {} tỷ USD. Trong đó, kim ngạch xuất khẩu đạt 26,6 tỷ USD, nhập khẩu 15,87 tỷ"
        " USD."
    )
    assert verdicts(text.format("10,73"))["10,73 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format("11,73"))["11,73 tỷ"].alarm
    # two periods after it: only the pair that gives it is read
    text = (
        "Tỉnh xuất siêu {} triệu USD; tháng 10 xuất khẩu đạt 500 triệu USD, nhập khẩu 300 triệu USD; 10 tháng"
        " xuất khẩu đạt 4.000 triệu USD, nhập khẩu 2.600 triệu USD."
    )
    assert verdicts(text.format("1.400"))["1.400 triệu"] == Verdict.CONSISTENT
    assert not verdicts(text.format("1.300")).get("1.300 triệu", Verdict.NOT_CHECKABLE).alarm


def test_a_total_with_its_value_in_another_period_in_brackets_then_its_parts():
    # n646: "tổng sản lượng thuỷ sản năm 2019 ước tính đạt 8.200,8 nghìn tấn, tăng 5,6% so với năm trước (quý
    # IV đạt 2.231,4 nghìn tấn, tăng 5,8%), bao gồm: cá đạt 5.925,3 nghìn tấn, …"
    text = (
        "Tổng sản lượng thuỷ sản năm 2019 ước tính đạt {} nghìn tấn, tăng 5,6% so với năm trước (quý IV đạt"
        " 2.231,4 nghìn tấn, tăng 5,8%), bao gồm: cá đạt 5.925,3 nghìn tấn, tăng 5,2%; tôm đạt 1.034,8 nghìn"
        " tấn, tăng 6,8%; thủy sản khác đạt 1.240,7 nghìn tấn, tăng 6%."
    )
    assert verdicts(text.format("8.200,8"))["8.200,8 nghìn"] == Verdict.CONSISTENT
    assert verdicts(text.format("8.230,8"))["8.230,8 nghìn"].alarm


def test_a_title_said_again_under_a_photo_is_not_what_it_rounds():
    # n663: the title "Năm 2018, cả nước có trên 1,3 triệu hộ nghèo" printed again as a photo's caption before
    # the body's "1.304.001 hộ nghèo"
    text = (
        "Năm 2018, cả nước có trên 1,3 triệu hộ nghèo\n\n"
        "Ngày 29/7/2019, Bộ ban hành Quyết định công bố kết quả rà soát hộ nghèo năm 2018.\n\n"
        "Năm 2018, cả nước có trên 1,3 triệu hộ nghèo (Ảnh minh họa)\n\n"
        "Cụ thể, năm 2018, trên cả nước có 1.304.001 hộ nghèo, chiếm 5,23% tổng số hộ dân cả nước."
    )
    claims = [claim for claim in check_text(text).claims if claim.printed.start == text.index("1,3 triệu")]
    assert [claim.verdict for claim in claims] == [Verdict.CONSISTENT]
    assert "1.304.001" in claims[0].message.vi


def test_a_share_of_what_is_due_said_without_a_preposition():
    # raw40/tp01: "Ước tổng số thu 6 tháng đầu năm là 170,38 tỷ đồng … Tổng số nợ tính đến 18/6 là 38,95 tỷ
    # đồng, chiếm 10,69% số phải thu" — of what was due, not of what was collected
    text = (
        "Ước tổng số thu 6 tháng đầu năm là 170,38 tỷ đồng, đạt 46,78% kế hoạch giao. Tổng số nợ tính đến"
        " 18/6 là 38,95 tỷ đồng, chiếm 10,69% số phải thu."
    )
    assert not verdicts(text)["10,69%"].alarm


def test_a_result_in_brackets_after_the_plan_word_is_not_the_plan():
    # raw40/tp18: "tổng lợi nhuận … đã vượt 70% kế hoạch (34.179 tỷ đồng, bằng 93% so với năm 2020), tổng nộp
    # ngân sách ước vượt 27% kế hoạch (62.443 tỷ đồng, bằng 99% so với năm 2020)"
    text = (
        "Tổng lợi nhuận trước thuế đã vượt 70% kế hoạch (34.179 tỷ đồng, bằng 93% so với năm 2020), tổng nộp"
        " ngân sách ước vượt 27% kế hoạch (62.443 tỷ đồng, bằng 99% so với năm 2020)."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # the plan in brackets is read as before
    text = "Tạo việc làm cho 147.420 người, vượt {} so với chỉ tiêu (140.000 người)."
    assert verdicts(text.format("5,3%"))["5,3%"] == Verdict.CONSISTENT
    assert verdicts(text.format("7,3%"))["7,3%"].alarm


def test_a_whole_named_as_overall_is_not_one_kind_said_before():
    # n703: "khám chữa bệnh bằng phương pháp y học hiện đại cho 4.062.444 lượt người … Khám chữa bệnh bằng y
    # học cổ truyền cho 675.570 lượt người, chiếm tỷ lệ 14,68% so với tổng số lượt khám bệnh chung"
    text = (
        "Tổ chức khám chữa bệnh bằng phương pháp y học hiện đại cho 4.062.444 lượt người, đạt 69,17% kế"
        " hoạch năm. Khám chữa bệnh bằng y học cổ truyền cho 675.570 lượt người, chiếm tỷ lệ 14,68% so với"
        " tổng số lượt khám bệnh chung."
    )
    assert not verdicts(text)["14,68%"].alarm


def test_bulleted_parts_each_with_its_count_of_what_the_total_counts():
    # n473: "255 cơ sở lưu trú … với 9.265 phòng. Trong đó: + 04 khách sạn 5 sao với 1.463 phòng; + 15 khách
    # sạn 4 sao với 1.807 phòng; …" — the rooms of each add up to 9.924
    lines = [
        "04 khách sạn 5 sao với 1.463 phòng;",
        "15 khách sạn 4 sao với 1.807 phòng;",
        "20 khách sạn 3 sao với 1.395 phòng;",
        "45 khách sạn 2 sao với 2.066 phòng;",
        "73 khách sạn 1 sao với 1.811 phòng;",
        "03 căn hộ, biệt thự cao cấp với 95 phòng",
        "96 nhà nghỉ đạt chuẩn với 1.287 phòng.",
    ]
    text = (
        "-Toàn tỉnh hiện có 255 cơ sở lưu trú đã được thẩm định xếp hạng với {} phòng. Trong đó:\n"
        + "\n".join(f"+ {line}" for line in lines)
    )
    assert verdicts(text.format("9.924"))["9.924"] == Verdict.CONSISTENT
    assert verdicts(text.format("9.265"))["9.265"].alarm


def test_a_total_said_with_another_is_judged_by_the_counts_each_line_says_with_its_part():
    # n473: "255 cơ sở lưu trú … với 9.265 phòng. Trong đó: + 04 khách sạn 5 sao với 1.463 phòng; …; + 96 nhà
    # nghỉ đạt chuẩn với 1.287 phòng" — 4 + 15 + 20 + 45 + 73 + 3 + 96 = 256 establishments, more than 255
    lines = [
        "04 khách sạn 5 sao với 1.463 phòng;",
        "15 khách sạn 4 sao với 1.807 phòng;",
        "96 nhà nghỉ với 1.287 phòng.",
    ]
    text = "Toàn tỉnh hiện có {} cơ sở lưu trú với 4.557 phòng. Trong đó:\n" + "\n".join(
        f"+ {line}" for line in lines
    )
    assert verdicts(text.format("115"))["115"] == Verdict.CONSISTENT
    assert verdicts(text.format("114"))["114"].alarm
    # the lines' kinds may not be all of them: fewer is no slip
    assert not verdicts(text.format("120"))["120"].alarm


def test_a_rate_said_before_its_excess_over_the_target_exceeds_it_by_points():
    # n718: "thi hành xong hoàn toàn 5.378 việc, đạt 71,73% so với số việc có điều kiện thi hành án, vượt chỉ
    # tiêu 1,73%" — 71,73% against a target of 70%, not the cases against a plan of cases
    text = (
        "Thi hành xong hoàn toàn 5.378 việc, đạt 71,73% so với số việc có điều kiện thi hành án, vượt chỉ"
        " tiêu {}."
    )
    assert verdicts(text.format("1,73%"))["1,73%"] == Verdict.CONSISTENT
    assert not verdicts(text.format("1,37%"))[
        "1,37%"
    ].alarm  # no target printed: a reader's target may differ


def test_a_statement_of_its_own_after_a_list_is_not_a_third_part():
    # n742: "có 23.570 thí sinh dự thi, trong đó có 20.943 thí sinh hệ PTTH, 2.627 thí sinh hệ GDTX, có 10 thí
    # sinh được miễn thi" — those exempted did not sit
    text = (
        "Năm 2013 có {} thí sinh dự thi, trong đó có 20.943 thí sinh hệ PTTH, 2.627 thí sinh hệ GDTX, có 10"
        " thí sinh được miễn thi vì các lý do đang tham gia luyện thi quốc tế."
    )
    assert verdicts(text.format("23.570"))["23.570"] == Verdict.CONSISTENT
    assert verdicts(text.format("23.470"))["23.470"].alarm  # fewer than its parts
    # each item said with "có": all of them parts
    text = "Đã xảy ra {} vụ, trong đó có 5 vụ cháy nhà, có 3 vụ cháy rừng, có 2 vụ cháy xe."
    assert verdicts(text.format("10"))["10"] == Verdict.CONSISTENT


def test_the_last_item_of_a_list_is_not_the_whole_of_the_breakdown_after_it():
    # n741: "174/237 thí sinh dự thi đoạt giải, trong đó có 10 giải Nhất, 58 giải Nhì, 52 giải Ba và 54 giải
    # Khuyến khích. … Cụ thể, môn Toán có 20 giải (…); môn Vật lí có 19 giải (…); …" — of all the prizes
    text = (
        "Tỉnh có 174/237 thí sinh dự thi đoạt giải, trong đó có 10 giải Nhất, 58 giải Nhì, 52 giải Ba và 54"
        " giải Khuyến khích. Cụ thể, môn Toán có 20 giải; môn Vật lí có 19 giải; môn Hóa học có 19 giải;"
        " môn Sinh học có 16 giải."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_changes_after_a_comparison_said_without_its_with():
    # n738: "Đường sắt xảy ra 87 vụ, làm chết 67 người, bị thương 19 người. So cùng kỳ năm trước tăng 24 vụ
    # (38,1%), tăng 18 người chết (36,73%), tăng 4 người bị thương (26,67%)"
    text = (
        "Đường sắt xảy ra 87 vụ, làm chết 67 người, bị thương 19 người. So cùng kỳ năm trước tăng 24 vụ ({}),"
        " tăng 18 người chết (36,73%), tăng 4 người bị thương (26,67%)."
    )
    assert verdicts(text.format("38,1%"))["38,1%"] == Verdict.CONSISTENT
    assert verdicts(text.format("31,8%"))["31,8%"].alarm
    # … and against a span named by its months: "So 11 tháng đầu năm 2021, số vụ tai nạn giao thông tăng 170
    # vụ (1,67%), …"
    text = (
        "Toàn quốc xảy ra 10.323 vụ tai nạn giao thông, làm chết 5.800 người. So 11 tháng đầu năm 2021, số vụ"
        " tai nạn giao thông tăng 170 vụ ({}), tăng 656 người chết (12,75%)."
    )
    assert verdicts(text.format("1,67%"))["1,67%"] == Verdict.CONSISTENT
    assert verdicts(text.format("1,76%"))["1,76%"].alarm


def test_a_change_with_its_two_counts_named_by_their_spans_of_years():
    # n737: "số vụ cháy, nổ tăng 13,5% (31.828 vụ giai đoạn 2013-2022/28.050 vụ giai đoạn 2001-2011)"
    text = "Số vụ cháy, nổ tăng {} (31.828 vụ giai đoạn 2013-2022/28.050 vụ giai đoạn 2001-2011)."
    assert verdicts(text.format("13,5%"))["13,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format("15,3%"))["15,3%"].alarm


def test_a_difference_and_its_rate_in_a_bracket_opened_with_a_space():
    # n756: "Thụ lý mới 636.950 việc, tăng 89.829 việc ( tăng 16,42%) so với cùng kỳ năm 2022"
    text = "Thụ lý mới 636.950 việc, tăng 89.829 việc ( tăng {}) so với cùng kỳ năm 2022."
    assert verdicts(text.format("16,42%"))["16,42%"] == Verdict.CONSISTENT
    assert verdicts(text.format("14,62%"))["14,62%"].alarm


def test_an_amount_written_out_in_words_is_the_same_amount():
    # n733 (Thái Nguyên's budget settlement, 2010): "Tổng chi ngân sách địa phương …: 5.777.104.583.388 đồng
    # (Năm nghìn bảy trăm bảy mươi bảy tỷ, một trăm linh bốn triệu, năm trăm tám mươi ba nghìn, ba trăm tám
    # mươi tám đồng)"
    words = (
        "Năm nghìn bảy trăm bảy mươi bảy tỷ, một trăm linh bốn triệu, năm trăm tám mươi ba nghìn, ba trăm tám"
        " mươi tám đồng"
    )
    text = "3. Tổng chi ngân sách địa phương: {} đồng (" + words + ")."
    assert verdicts(text.format("5.777.104.583.388"))["5.777.104.583.388"] == Verdict.CONSISTENT
    assert verdicts(text.format("5.777.104.583.398"))["5.777.104.583.398"].alarm
    # mười, mốt, lăm, tư, linh: "Hai mươi mốt tỷ, không trăm mười lăm triệu, bốn trăm linh tư nghìn đồng"
    text = "Số tiền: {} đồng (Hai mươi mốt tỷ, không trăm mười lăm triệu, bốn trăm linh tư nghìn đồng)."
    assert verdicts(text.format("21.015.404.000"))["21.015.404.000"] == Verdict.CONSISTENT


def test_a_rate_reached_in_the_clause_before_is_not_what_exceeded_the_target():
    # "giảm hộ cận nghèo đạt 188,07% kế hoạch năm; giải quyết việc làm … vượt 5,3% so với chỉ tiêu năm" (the
    # seed article): another item's rate, in another clause, no target of 182,77%
    text = (
        "Giảm hộ cận nghèo đạt 188,07% kế hoạch năm; giải quyết việc làm cho người lao động vượt 5,3% so với"
        " chỉ tiêu năm."
    )
    claim = next(claim for claim in check_text(text).claims if claim.printed.text == "5,3%")
    assert claim.verdict == Verdict.NOT_CHECKABLE
    assert "188,07" not in claim.message.vi


def test_a_change_printed_without_the_unit_of_its_values():
    # n648: "Ước thực hiện 7 tháng đạt 1.410,8 tỷ đồng tăng 3,56 so với cùng kỳ (1.410,8/1.362,3 tỷ đồng)" —
    # 3,56 đồng is no difference of amounts in tỷ; as a rate of change it fits: a "%" left out
    text = "Ước thực hiện 7 tháng đạt 1.410,8 tỷ đồng tăng {} so với cùng kỳ (1.410,8/1.362,3 tỷ đồng)."
    claim = next(claim for claim in check_text(text.format("3,56")).claims if claim.printed.text == "3,56")
    assert claim.verdict == Verdict.AMBIGUOUS
    assert "3,56%" in claim.message.vi
    claim = next(claim for claim in check_text(text.format("5,56")).claims if claim.printed.text == "5,56")
    assert claim.verdict == Verdict.AMBIGUOUS
    assert "%" not in claim.message.vi


def test_parts_said_with_bounds_and_at_a_smaller_scale_add_up_to_their_total():
    # n387 (Bắc Ninh's inspectorate): "kiến nghị xử lý hơn 13,7 tỷ đồng. Trong đó, thu hồi về ngân sách
    # hơn 6,5 tỷ đồng, …, kiến nghị khác hơn 180 triệu đồng": bounds add as the ranges they say, triệu
    # with tỷ
    text = (
        "Qua thanh tra, kiểm tra đã kiến nghị xử lý hơn 13,7 tỷ đồng. Trong đó, thu hồi về ngân sách"
        " hơn 6,5 tỷ đồng, giảm trừ quyết toán hơn 2,3 tỷ đồng, xử phạt vi phạm hành chính hơn 4,7 tỷ"
        " đồng, kiến nghị khác hơn 180 triệu đồng."
    )
    claim = next(claim for claim in check_text(text).claims if claim.printed.text == "13,7 tỷ")
    assert claim.verdict == Verdict.CONSISTENT
    assert "180 triệu" in claim.message.vi or "0,18" in claim.message.vi
    # n41: "hơn 1 tỷ" near the sum of two amounts said after it is not said to contradict them
    text = (
        "Đã thu hồi hơn 1 tỷ đồng nộp ngân sách Nhà nước (đạt 57,9%); ban hành 35 quyết định xử phạt vi phạm"
        " hành chính với số tiền 553,5 triệu đồng, đã nộp ngân sách 444,8 triệu đồng."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_a_change_said_alone_is_read_from_a_pair_printed_just_before():
    # n776 (the national traffic safety committee, 2025): the counts of this half-year said in the paragraph
    # before, their decreases and rates after — the rate is of the year before, the count plus its decrease
    text = (
        "Toàn quốc xảy ra 9.340 vụ tai nạn giao thông, làm chết 5.203 người, bị thương 6.256 người.\n\nSo với"
        " 6 tháng đầu năm 2024, tai nạn giao thông tiếp tục giảm sâu. Trong đó, giảm 3.062 vụ ({}), giảm"
        " 3.203 người bị thương (33,86%) và giảm 270 người chết (4,93%)."
    )
    claims = {claim.printed.text: claim for claim in check_text(text.format("24,69%")).claims}
    for rate in ("24,69%", "33,86%", "4,93%"):
        assert claims[rate].verdict == Verdict.CONSISTENT
        assert claims[rate].confidence.level != "high"  # the words do not say which figures it is of
    assert "9.340" in claims["24,69%"].message.vi
    # a rate no pair gives is left unread, never flagged: no two figures can be said to be its inputs
    assert not any(claim.verdict.alarm for claim in check_text(text.format("24,79%")).claims)


def test_a_part_broken_down_in_the_middle_of_a_list_is_not_added_twice():
    # n766 (Lâm Đồng's industry promotion, 2017): 8,85 tỷ is 8,51 tỷ allocated and 340 triệu not yet
    text = (
        "Sở Công Thương đã giao cho Trung tâm Khuyến công thực hiện 65 đề án, với tổng kinh phí là {} tỷ"
        " đồng.\n\nCụ thể, kinh phí khuyến công địa phương: 8,85 tỷ đồng, đến nay đã phân bổ kinh phí"
        " 8,51 tỷ đồng; kinh phí chưa phân bổ 340 triệu đồng và nguồn kinh phí khuyến công quốc gia là"
        " 1,4 tỷ đồng."
    )
    claim = next(c for c in check_text(text.format("10,25")).claims if c.printed.text == "10,25 tỷ")
    assert claim.verdict == Verdict.CONSISTENT
    assert "19,1" not in claim.message.vi


def test_a_share_that_is_the_rest_of_the_one_before_when_the_counts_miss_the_whole():
    # n782 (Quảng Ngãi's Fatherland Front, 2024): 3.364 + 2.818 = 6.182 of 6.185, and 45,61% = 100 − 54,39
    text = (
        "Tại Đại hội đã hiệp thương cử 6.185 người tham gia Ủy ban MTTQ cấp xã khóa mới, với cơ cấu nữ 1.840"
        " người (tỷ lệ 29,75%); Tái cử 3.364 người (tỷ lệ 54,39%); Tham gia mới {} người (tỷ lệ 45,61%)."
    )
    claim = next(c for c in check_text(text.format("2.818")).claims if c.printed.text == "45,61%")
    assert claim.verdict == Verdict.AMBIGUOUS
    # when the two counts are the whole, the share that misses its count is the slip
    claim = next(c for c in check_text(text.format("2.821")).claims if c.printed.text == "45,61%")
    assert claim.verdict == Verdict.CONSISTENT
    text = text.replace("54,39%", "54,49%").replace("45,61%", "45,51%")
    claim = next(c for c in check_text(text.format("2.821")).claims if c.printed.text == "45,51%")
    assert claim.verdict.alarm


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # raw41/tq28 (customs of Ho Chi Minh City, 2025): the rate, its difference, then the value it came to
        ("Thu xử phạt tăng 69,24% (tương đương tăng 60 tỉ đồng) lên 146,66 tỉ đồng.", "69,24%", "consistent"),
        (
            "Thu xử phạt tăng 79,24% (tương đương tăng 60 tỉ đồng) lên 146,66 tỉ đồng.",
            "79,24%",
            "inconsistent",
        ),
        (
            "Thu trị giá tăng 61,53% (tương đương tăng gần 96,5 tỉ đồng) lên hơn 253 tỉ đồng.",
            "61,53%",
            "consistent",
        ),
        ("Số vụ giảm 20% (giảm 30 vụ) xuống còn 120 vụ.", "20%", "consistent"),
        # "tăng đến": the rate, then its difference in brackets
        ("Thu phân loại hàng hóa đạt 323 tỉ đồng, tăng đến 289% (tăng 240 tỉ đồng).", "289%", "consistent"),
        ("Thu phân loại hàng hóa đạt 323 tỉ đồng, tăng đến 315% (tăng 240 tỉ đồng).", "315%", "inconsistent"),
    ],
)
def test_a_change_with_its_difference_then_the_value_it_came_to(text, figure, verdict):
    assert verdicts(text)[figure] == Verdict(verdict)


def test_small_counts_at_the_end_of_a_list_are_not_taken_for_a_breakdown_of_the_one_before():
    # raw41/tq20 (Lâm Đồng's exam, 2025): "…, ngoại ngữ 3, sinh học 2, tin học 1" — 2 + 1 = 3 by chance; the
    # subjects add up to 315, not the 312 printed
    text = (
        "Có {} thí sinh đạt điểm 10 gồm: Môn địa lý có 139, vật lý 90, kinh tế pháp luật 42, lịch sử 20,"
        " hóa học 11, toán 7, ngoại ngữ 3, sinh học 2, tin học 1."
    )
    assert verdicts(text.format("312"))["312"] == Verdict.INCONSISTENT
    assert verdicts(text.format("315"))["315"] == Verdict.CONSISTENT


def test_a_change_after_a_breakdown_in_brackets_is_of_the_total_before_it():
    # n798 (the legal aid department, 2024): "2.045 vụ việc (trong đó có: 1.392 …, 653 vụ việc bảo vệ),
    # giảm 26 vụ việc (giảm 1%) so với tháng trước" — of 2.071, not of 653 + 26
    text = (
        "Số vụ việc thụ lý là: 2.045 vụ việc (trong đó có: 1.392 vụ việc bào chữa, 653 vụ việc bảo vệ),"
        " giảm 26 vụ việc (giảm {}) so với tháng trước."
    )
    assert not verdicts(text.format("1%"))["1%"].alarm
    assert verdicts(text.format("4%"))["4%"].alarm


def test_a_whole_whose_parts_do_not_add_up_has_no_growth_worked_from_them():
    # n788 (Điện Biên's statistics, 2025): 638,76 + 1.339,58 + 4.461,59 + 342,06 = 6.781,99, not 6.961,99 —
    # the sum is the slip; the growth 13,02% is not judged from those parts
    text = (
        "GRDP theo giá hiện hành đạt 6.961,99 tỷ đồng, tăng 13,02% so với cùng kỳ năm 2024, trong đó: Khu vực"
        " nông, lâm nghiệp và thủy sản đạt 638,76 tỷ đồng, tăng 10,21%; khu vực công nghiệp - xây dựng đạt"
        " 1.339,58 tỷ đồng, tăng 9,84%; khu vực dịch vụ đạt 4.461,59 tỷ đồng, tăng 14,6%; thuế sản phẩm trừ"
        " trợ cấp sản phẩm đạt 342,06 tỷ đồng, tăng 10,09%."
    )
    said = verdicts(text)
    assert said["6.961,99 tỷ"].alarm
    assert not said.get("13,02%", Verdict.NOT_CHECKABLE).alarm


def test_a_difference_said_alone_is_read_from_the_two_values_just_before_it():
    # n328 (Bình Phước's courts): "Năm 2016 … xét xử 1064 vụ với 1915 bị cáo. Năm 2017 xét xử 940 vụ với 1678
    # bị cáo (giảm 124 vụ và giảm 237 bị cáo so với năm 2016)"
    text = (
        "Năm 2016 Tòa án nhân dân hai cấp xét xử 1064 vụ với 1915 bị cáo. Năm 2017 xét xử 940 vụ với 1678 bị"
        " cáo ({} 124 vụ và giảm 237 bị cáo so với năm 2016)."
    )
    said = verdicts(text.format("giảm"))
    assert said["124"] == Verdict.CONSISTENT and said["237"] == Verdict.CONSISTENT
    # the other way: no pair is read, nor flagged
    said = verdicts(text.format("tăng"))
    assert "124" not in said or not said["124"].fits
    assert not any(verdict.alarm for verdict in said.values())


def test_a_rate_of_the_title_said_again_in_the_body_is_the_titles_claim():
    # n742 (Dân trí, 2013): the title's 99,61% repeats the body's, which nothing recomputes
    text = (
        "Thái Bình: Tỷ lệ tốt nghiệp THPT đạt 99,61%\n(Dân trí) - Theo Sở GD-ĐT tỉnh Thái Bình, kỳ thi năm"
        " nay"
        " có nhiều thí sinh dự thi.\nỞ khối THPT đạt tỷ lệ đỗ tốt nghiệp là 99,61%, còn ở khối GDTX là"
        " 97,20%."
    )
    claims = [claim for claim in check_text(text).claims if claim.printed.text == "99,61%"]
    assert len(claims) == 1
    assert claims[0].start < text.index("\n") and claims[0].verdict == Verdict.CONSISTENT
    assert "Tiêu đề" in claims[0].message.vi


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # n776 (the national traffic safety committee, 2025), n130: the value and the one compared, equal
        (
            "So với cùng kỳ năm trước giảm 1 vụ (3,70%), số người bị thương không thay đổi (5/5).",
            "consistent",
        ),
        ("So với cùng kỳ năm trước số vụ không thay đổi (19/18), tăng 7 người chết (70%).", "inconsistent"),
    ],
)
def test_a_value_said_unchanged_with_the_two_it_compares(text, verdict):
    claim = next(claim for claim in check_text(text).claims if claim.template == "unchanged_pair")
    assert claim.verdict == Verdict(verdict)


def test_a_difference_with_the_value_compared_in_brackets_and_the_value_said_before():
    # n777 (the fire police, 2024): "toàn quốc xảy ra 2.222 vụ cháy … So với cùng kỳ năm 2023, số vụ cháy …
    # tăng 361 vụ (cùng kỳ năm 2023 là 1.861 vụ)"
    text = (
        "Toàn quốc xảy ra 2.222 vụ cháy, làm chết 57 người. So với cùng kỳ năm 2023, số vụ cháy tăng {} vụ"
        " (cùng kỳ năm 2023 là 1.861 vụ), số người chết tăng 14 người."
    )
    assert verdicts(text.format("361"))["361"] == Verdict.CONSISTENT
    assert not any(verdict.alarm for verdict in verdicts(text.format("316")).values())


def test_amounts_said_with_bounds_their_changes_and_shares():
    # n801 (Khánh Hòa's social policy bank, 2024): each part "trên …", its change "tăng trên …", its share
    text = (
        "Dư nợ ủy thác đạt trên 4.295 tỷ đồng, tăng trên 67 tỷ đồng so với năm 2023.\n\nTrong đó: Hội nông"
        " dân quản lý dư nợ trên 1.526 tỷ đồng, tăng trên 27 tỷ đồng, chiếm 35,5% tổng dư nợ nhận ủy thác;"
        " Hội phụ nữ quản lý dư nợ trên 2.000 tỷ đồng, tăng trên 24 tỷ đồng, chiếm 47,4% tổng dư nợ nhận ủy"
        " thác; Hội cựu chiến binh quản lý dư nợ trên 403 tỷ đồng, tăng trên 8,2 tỷ đồng, chiếm 9,4% tổng dư"
        " nợ nhận ủy thác; Đoàn thanh niên quản lý dư nợ trên 320,9 tỷ đồng, tăng trên 7,7 tỷ đồng, chiếm"
        " 7,5% tổng dư nợ nhận ủy thác."
    )
    claims = {claim.printed.text: claim for claim in check_text(text).claims}
    assert claims["4.295 tỷ"].verdict.fits and "27" not in claims["4.295 tỷ"].message.vi
    assert claims["67 tỷ"].verdict.fits
    # each share is of its part, not of the part's change
    assert "1.526" in claims["35,5%"].message.vi and claims["35,5%"].verdict.fits
    assert "403" in claims["9,4%"].message.vi


def test_a_share_of_another_whole_printed_before_that_gives_it_exactly():
    # b03 (Bắc Kạn's labour department, 2020): "81,18% dân số từ 15 tuổi trở lên" is of the 255.953 of that
    # age, not of the 319.000 people the sentence before names first
    text = (
        "Dân số toàn tỉnh là 319.000 người, dân số từ 15 tuổi trở lên là 255.953 người. Số người có việc làm"
        " là 207.794 người, chiếm {} dân số từ 15 tuổi trở lên."
    )
    claim = next(c for c in check_text(text.format("81,18%")).claims if c.printed.text == "81,18%")
    assert claim.verdict == Verdict.CONSISTENT and "255.953" in claim.message.vi
    assert claim.confidence.level != "high"
    # a whole number fits some pair by chance: still said to be unclear
    claim = next(c for c in check_text(text.format("81%")).claims if c.printed.text == "81%")
    assert claim.verdict != Verdict.CONSISTENT or "255.953" in claim.message.vi


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # n821 (the ministry of agriculture and environment, 2025): how many were cut, then the rate of the
        # cut
        (
            "Bộ đã giảm 25/55 đầu mối (giảm 45,45%), giảm 19/78 đơn vị sự nghiệp trực thuộc (giảm 24,36%).",
            "24,36%",
            "consistent",
        ),
        ("Bộ đã giảm 30/80 đơn vị sự nghiệp công lập (giảm 35,7%).", "35,7%", "inconsistent"),
        # n822 (market surveillance, 2025): what was paid into the budget is no part of what was collected
        (
            "Lực lượng QLTT thu về 266 tỷ đồng từ xử lý vi phạm hành chính; trong đó, phạt tiền 121 tỷ đồng,"
            " trị giá"
            " hàng hóa vi phạm 145 tỷ đồng, nộp ngân sách 141 tỷ đồng.",
            "266 tỷ",
            "consistent",
        ),
    ],
)
def test_a_cut_of_some_and_what_was_paid_into_the_budget(text, figure, verdict):
    assert verdicts(text)[figure] == Verdict(verdict)


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # n833 (a provincial police's month, 2025): a sign typed with a space before the rate
        ("Xảy ra 86 vụ; khám phá 68 vụ. So với tháng 4/2025, tăng 02 vụ (+ 2,4%).", "2,4%", "consistent"),
        ("Phát hiện 07 vụ, so với tháng 4/2025 tăng 01 vụ (+ 16,7%).", "16,7%", "consistent"),
        ("Phát hiện 01 vụ, so với tháng 4/2025 giảm 01 vụ (- 100%).", "100%", "inconsistent"),
    ],
)
def test_a_rate_of_change_with_its_sign_typed_apart(text, figure, verdict):
    assert verdicts(text)[figure] == Verdict(verdict)


def test_a_few_that_no_whole_plan_gives_the_rate_of_are_not_what_reached_it():
    # raw43/ts02 (a commune's health, 2025): "5 loại vaccine" are the kinds, not the children vaccinated
    text = (
        "Công tác tiêm chủng được duy trì, trẻ em dưới 1 tuổi được tiêm đầy đủ 5 loại vaccine đạt 99% so với"
        " kế hoạch."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # the seed article's "71/70": a plan of a few dozen still implied
    assert verdicts("Kết nạp 71 đảng viên, đạt 101,43% kế hoạch năm.")["101,43%"].fits


def test_a_change_after_a_comparison_of_the_count_its_verb_or_noun_names():
    # n833 (a provincial police's month, 2025)
    text = (
        "1. Phạm tội về trật tự xã hội: Xảy ra 86 vụ; khám phá 68 vụ; bắt giữ, xử lý 133 đối tượng. So với"
        " tháng 4/2025, tăng 02 vụ (+ 2,4%), số vụ khám phá tăng 04 vụ (+ {})."
    )
    assert verdicts(text.format("6,3%"))["6,3%"] == Verdict.CONSISTENT  # 4 / 64
    assert verdicts(text.format("5,9%"))["5,9%"].alarm  # 4 / 68: the May count as the base
    # the noun said before the change: "số vụ tăng 01 (+ 5,8%)"
    text = (
        "Xảy ra 18 vụ, làm chết 11 người. So với tháng 4/2025, số vụ tăng 01 (+ 5,9%); số người chết tăng 03."
    )
    assert verdicts(text)["5,9%"] == Verdict.CONSISTENT


def test_a_share_of_no_whole_named_read_from_the_same_part_of_a_whole_nearby():
    # c07 (Điện Biên's procuracy): "thụ lý 880 vụ …; đã giải quyết 874 vụ, 1.172 bị can, đạt tỷ lệ 99,3%"
    text = (
        "Viện kiểm sát phải giải quyết 880 vụ, 1.172 bị can. Trong năm đã giải quyết 874 vụ, 1.172 bị can,"
        " đạt tỷ lệ {}."
    )
    claim = next(c for c in check_text(text.format("99,3%")).claims if c.printed.text == "99,3%")
    assert claim.verdict == Verdict.CONSISTENT and "880" in claim.message.vi
    assert claim.confidence.level != "high"
    assert not check_text(text.format("97,3%")).claims[-1].verdict.alarm


def test_a_list_that_trails_off_is_not_all_of_its_total():
    # n852 (the ministry of agriculture and environment's flood report, 2025): "bao gồm: 13 vị trí …, 7 vị
    # trí … (dự kiến ngày 1-11 sẽ thông tuyến)…"
    text = (
        "Hiện còn 44 vị trí trên các tuyến quốc lộ đang ách tắc giao thông, trong đó có 23 vị trí trên hệ"
        " thống"
        " quốc lộ do Bộ Xây dựng quản lý, bao gồm: 13 vị trí tuyến đường Hồ Chí Minh nhánh tây (dự kiến ngày"
        " 1-11 sẽ thông tuyến), 7 vị trí trên Đường Trường Sơn Đông (dự kiến ngày 1-11 sẽ thông tuyến){} Còn"
        " 97.090 khách hàng mất điện."
    )
    assert not verdicts(text.format("…"))["23"].alarm
    assert verdicts(text.format("."))["23"].alarm  # all of it, and 13 + 7 = 20


def test_parts_each_within_their_total_that_add_up_to_far_more_are_a_doubt():
    # n766's shape, when the part broken down does not leave the rest adding up exactly: 8,85 + 8,51 + 0,34 +
    # 1,4 = 19,1 tỷ of 10,35 — a misreading far more often than a slip
    text = (
        "Sở Công Thương đã giao cho Trung tâm Khuyến công thực hiện 65 đề án, với tổng kinh phí là 10,35 tỷ"
        " đồng.\n\nCụ thể, kinh phí khuyến công địa phương: 8,85 tỷ đồng, đến nay đã phân bổ kinh phí"
        " 8,51 tỷ đồng; kinh phí chưa phân bổ 340 triệu đồng và nguồn kinh phí khuyến công quốc gia là"
        " 1,4 tỷ đồng."
    )
    claim = next(c for c in check_text(text).claims if c.printed.text == "10,35 tỷ")
    assert claim.verdict == Verdict.AMBIGUOUS and "lớn hơn nhiều" in claim.message.vi
    # a part larger than its total is still a slip: "908 người bị thương, trong đó ở Quảng Ninh có 1.609, …"
    text = (
        "Thiên tai khiến 908 người bị thương, trong đó ở Quảng Ninh có 1.609, Hải Phòng có 49, Hải Dương có"
        " 5,"
        " Hà Nội có 23."
    )
    assert verdicts(text)["908"].alarm


def test_pairs_of_cases_and_accused_with_what_each_was_between_their_counts():
    # n668 (the traffic police's year, 2022): the cases add up to their total exactly, so the list is all of
    # it, and its accused must add up too
    text = (
        "Công an các địa phương đã khởi tố 11 vụ, {} đối tượng (3 vụ tổ chức đua xe trái phép, 15 đối tượng;"
        " 1 vụ đua xe trái phép, 2 đối tượng; 05 vụ gây rối trật tự công cộng, 47 đối tượng; 2 vụ chống"
        " người thi hành công vụ, 2 đối tượng); xử lý hành chính 157 vụ."
    )
    assert verdicts(text.format("66"))["11"] == Verdict.CONSISTENT
    assert verdicts(text.format("66"))["66"] == Verdict.CONSISTENT
    claim = next(c for c in check_text(text.format("68")).claims if c.printed.text == "68")
    assert claim.verdict == Verdict.INCONSISTENT and "66" in claim.message.vi


def test_a_total_broken_down_twice_is_wrong_when_either_list_is():
    # n616 (the flood of September 2024): by fate in the bracket, then by district after "gồm"
    text = (
        "Cụ thể: Lào Cai: 155 người (53 người chết, 102 người mất tích), gồm: Bảo Yên {}, Sa Pa 8, Bát Xát "
        "13,"
        " Si Ma Cai 7, Bắc Hà 15, Văn Bàn 2."
    )
    assert verdicts(text.format("110"))["155"].fits
    claim = next(c for c in check_text(text.format("109")).claims if c.printed.text == "155")
    assert claim.verdict == Verdict.INCONSISTENT and "154" in claim.message.vi


def test_a_count_of_groups_that_rose_is_as_many_as_the_groups_listed_rising():
    # n861, n862 (Nghệ An's consumer prices, 2025): the count, then each group with its rate
    text = (
        "Có {} nhóm hàng tăng gồm: Thuốc và dịch vụ y tế tăng 13,39%; Hàng hóa và dịch vụ khác tăng 7,06%;"
        " Giao thông {} 1,41%; Thiết bị và đồ dùng gia đình tăng 1,13%."
    )
    assert verdicts(text.format("4", "tăng"))["4"] == Verdict.CONSISTENT
    claim = next(c for c in check_text(text.format("4", "giảm")).claims if c.printed.text == "4")
    assert claim.verdict == Verdict.INCONSISTENT and "giao thông" in claim.message.vi
    text = (
        "Trong 11 nhóm hàng hóa có {} nhóm chỉ số giá tăng so với tháng trước: Nhà ở, điện nước và vật liệu"
        " xây dựng tăng 0,62%; Văn hóa, giải trí và du lịch tăng 0,56% và Đồ uống và thuốc lá tăng 0,06%."
    )
    assert verdicts(text.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts(text.format("2"))["2"] == Verdict.INCONSISTENT
    # raw44/tt28: "10 tháng" is a span of time, not the count of what is listed
    text = "Một số sản phẩm 10 tháng tăng so với cùng kỳ năm trước: Ô tô tăng 42,2%; tivi tăng 19,6%."
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_the_shares_of_a_list_after_one_found_of_the_whole_of_a_breakdown_are_of_it_too():
    # n886 (the Fatherland Front's second consultation, 2026): the list after "Trong đó" follows the
    # breakdown "(gồm 217 … và 824 …)", but its first share is of 1.041 exactly, and so are the others
    text = (
        "Tổng số người được đưa vào danh sách sơ bộ là 1.041 người (gồm 217 người ở Trung ương và 824 người"
        " ở địa phương). Trong đó, người ứng cử là phụ nữ: 471 người, tỷ lệ 45,24%; người ứng cử là người dân"
        " tộc thiểu số: 229 người, tỷ lệ 21,99%; người ứng cử là người ngoài Đảng: 95 người, tỷ lệ 9,12%."
    )
    found = verdicts(text)
    assert found["21,99%"] == Verdict.CONSISTENT_BY_TRUNCATION
    assert found["9,12%"] == Verdict.CONSISTENT_BY_TRUNCATION


def test_a_share_of_those_of_a_term_re_elected_may_be_of_the_term_before():
    # n886: "khóa 15 tái cử: 145 người, tỷ lệ 29%" is 145 of the 500 deputies of the 15th term, not printed
    text = (
        "Tổng số người được đưa vào danh sách sơ bộ là 1.041 người. Trong đó, người ứng cử là phụ nữ: 471"
        " người, tỷ lệ 45,24%; người ứng cử là đại biểu Quốc hội khóa 15 tái cử: 145 người, tỷ lệ 29%."
    )
    claim = next(c for c in check_text(text).claims if c.printed.text == "29%")
    assert claim.verdict == Verdict.AMBIGUOUS and "khóa trước" in claim.message.vi
    # n273: of this term's, it is checked as any share
    text = (
        "Tổng số đại biểu trúng cử là 496 người. ĐB là phụ nữ 133 người (tỉ lệ 26,80%); ĐB khóa XIII tái cử"
        " 160 người (tỉ lệ {})."
    )
    assert verdicts(text.format("32,3%"))["32,3%"] == Verdict.CONSISTENT


def test_a_value_its_fall_and_the_rate_of_it_said_after_a_comma():
    # n911 (the Ministry of Home Affairs on the reorganisation, 2025): "còn 5, giảm 3 cơ quan, tương ứng
    # giảm 37,5%": the fall of the value before it, 3 of 5 + 3
    text = "Cả nước hiện có 34 tỉnh, giảm 29 tỉnh, tương ứng giảm {}."
    assert verdicts(text.format("46%"))["46%"] == Verdict.CONSISTENT
    claim = next(c for c in check_text(text.format("40%")).claims if c.printed.text == "40%")
    assert claim.verdict == Verdict.INCONSISTENT and "46%" in claim.message.vi


def test_reaching_from_a_rate_is_at_least_it_not_the_rate_of_the_fraction():
    # n891 (Tây Ninh's tax office, 2025): "có 9/10 thuế cơ sở đạt từ 50% dự toán" — 9 of 10 offices reached
    # at least half of their plans, not 9 of 10 = 50%
    text = "Về tổng thể, có 9/10 thuế cơ sở đạt từ 50% dự toán. Tỷ lệ hoàn thành dao động từ 50% đến 90%."
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_a_share_broken_down_into_shares_of_the_same_whole():
    # n868 (Ho Chi Minh City's labour demand, 2025): the key industries' 17,18% and what it is made of
    text = (
        "Các ngành công nghiệp trọng điểm chiếm 17,18% (cơ khí chiếm 6,12%, hóa dược chiếm 5,96%, chế biến"
        " lương thực chiếm {}, điện tử chiếm 2,26%)."
    )
    assert verdicts(text.format("2,84%"))["17,18%"] == Verdict.CONSISTENT
    assert verdicts(text.format("7,84%"))["17,18%"] == Verdict.INCONSISTENT
    # a list after "trong đó" that runs on to the rest of the whole is read as far as it adds up
    text = (
        "Nhu cầu nhân lực qua đào tạo chiếm 88,21%, trong đó sơ cấp chiếm 31,21%, trung cấp chiếm 20,76%, cao"
        " đẳng chiếm 13,9%, đại học trở lên chiếm 22,34% và lao động phổ thông chiếm 11,79%."
    )
    assert verdicts(text)["88,21%"] == Verdict.CONSISTENT


def test_two_changes_said_with_one_verb_are_no_parts_of_a_total():
    # n926 (Hà Nội's courts, 2025): "tăng 481 vụ thụ lý và 810 vụ giải quyết so với cùng kỳ" — 810 is a
    # change of the cases settled, not one more count of the cases taken in
    text = (
        "TAND hai cấp TP Hà Nội thụ lý 50.355 vụ việc, giải quyết 45.678 vụ (đạt 90,71%).\n\nTrong đó, "
        "TAND TP"
        " Hà Nội thụ lý 6.230 vụ, giải quyết 5.194 vụ (đạt 83,37%), tăng 481 vụ thụ lý và 810 vụ giải "
        "quyết so"
        " với cùng kỳ; TAND các khu vực trên địa bàn thành phố thụ lý 44.125 vụ, giải quyết 40.484 vụ (đạt"
        " 91,75%)."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    assert verdicts(text)["50.355"] == Verdict.CONSISTENT


def test_a_change_of_one_measure_and_a_multiple_of_another():
    # n938 (new enterprises, August 2025): "tăng 23,9% về số lượng và gấp gần 2,8 lần về vốn"
    text = (
        "Cả nước có 20.500 doanh nghiệp thành lập mới với tổng vốn đăng ký 326,1 nghìn tỷ đồng, tăng 23,9% về"
        " số lượng và gấp gần 2,8 lần về vốn so với tháng 7/2025."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    assert verdicts("Số ca mắc tăng 142,4%, gấp 3,4 lần so với 4 tuần trước.")["3,4"].alarm


def test_pairs_of_cases_and_accused_given_by_the_verb_of_a_total_pair_said_before():
    # n927 (Hà Nội's courts, 2025): each court's pair "thụ lý theo thủ tục sơ thẩm 6.454 vụ/13.296 bị cáo"
    # is a part of the pair the sentence before took in, the accused with the verb of their cases
    text = (
        "Về án hình sự, TAND hai cấp TP Hà Nội thụ lý 8.709 vụ/{} bị cáo, giải quyết 8.670 vụ/18.380 bị cáo,"
        " đạt tỷ lệ 99,55%.\n\nTrong đó, TAND khu vực thụ lý theo thủ tục sơ thẩm 6.454 vụ/13.296 bị cáo,"
        " giải quyết 6.442 vụ/13.246 bị cáo; TAND TP Hà Nội thụ lý theo thủ tục sơ thẩm 1.066 vụ/3.553 bị"
        " cáo, giải quyết 1.044 vụ/3.346 bị cáo - thụ lý theo thủ tục phúc thẩm 1.189 vụ/1.799 bị cáo, giải"
        " quyết 1.184 vụ/1.788 bị cáo."
    )
    found = verdicts(text.format("18.648"))
    assert found["8.709"] == found["18.648"] == found["8.670"] == found["18.380"] == Verdict.CONSISTENT
    assert verdicts(text.format("16.648"))["16.648"] == Verdict.INCONSISTENT


def test_a_total_said_to_be_divided_by_something_is_all_of_its_list():
    # n783 (U Minh's council candidates, 2021): "phân bổ theo khối … 70 đại biểu (khối Đảng 8 …; …)" — the
    # blocs it is allocated to are all of it, so 64 is short of 70
    text = (
        "Đại biểu được phân bổ theo khối với số lượng là {} đại biểu (khối Đảng 8 đại biểu; khối Mặt trận,"
        " đoàn thể 8 đại biểu; khối cơ quan nhà nước 7 đại biểu; các xã, thị trấn 27 đại biểu)."
    )
    assert verdicts(text.format("50"))["50"] == Verdict.CONSISTENT
    assert verdicts(text.format("56"))["56"] == Verdict.INCONSISTENT
    # without it, a bracket may list some of the total only
    assert not verdicts(text.format("56").replace("phân bổ theo khối", "giới thiệu"))["56"].alarm


def test_a_change_after_a_comparison_with_its_rate_named_after_a_comma():
    # n651 (Quảng Ngãi's banks, 2018): "So với đầu năm nợ xấu tăng 428 tỷ đồng, tương ứng mức tăng 27,9%" —
    # of the 1.534 − 428 at the start of the year: 38,7%
    text = (
        "Tính đến thời điểm 31/8/2018, tổng nợ xấu toàn địa bàn là 1.534 tỷ đồng, chiếm tỷ lệ 0,93% trên tổng"
        " dư nợ. So với đầu năm nợ xấu tăng 428 tỷ đồng, tương ứng mức tăng {}."
    )
    assert verdicts(text.format("38,7%"))["38,7%"] == Verdict.CONSISTENT
    claim = next(c for c in check_text(text.format("27,9%")).claims if c.printed.text == "27,9%")
    assert claim.verdict == Verdict.INCONSISTENT and "38,7%" in claim.message.vi


def test_a_phrase_typed_twice_reads_as_once():
    # n952 (the information ministry's first quarter, 2024): "đạt 22,4% so với so với kế hoạch năm (938.136 tỷ
    # đồng)" — 220.323 of 938.136 is 23,5%
    text = (
        "Đóng góp vào GDP của ngành ước đạt 220.323 tỷ đồng, tăng 48,8% so với cùng kỳ năm 2023 và đạt {} so"
        " với so với kế hoạch năm (938.136 tỷ đồng)."
    )
    assert verdicts(text.format("23,5%"))["23,5%"] == Verdict.CONSISTENT
    claim = next(c for c in check_text(text.format("22,4%")).claims if c.printed.text == "22,4%")
    assert claim.verdict == Verdict.INCONSISTENT
    assert text.format("22,4%")[claim.printed.start : claim.printed.end] == "22,4%"  # offsets of the text


def test_a_change_against_the_total_to_date_of_the_year_before():
    # n951 (the ".vn" domain names, 2024): "tăng 5,5% so với lũy kế cùng kỳ năm trước (tương ứng 26.351 tên
    # miền)" — 26.351 of 602.230 − 26.351 is 4,6%
    text = (
        "Tổng lũy kế số tên miền quốc gia được cấp đạt 602.230 (tính đến ngày 15-2-2024), tăng {} so với lũy"
        " kế cùng kỳ năm trước (tương ứng 26.351 tên miền)."
    )
    assert verdicts(text.format("4,6%"))["4,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("5,5%"))["5,5%"] == Verdict.INCONSISTENT


def test_the_province_of_cao_bang_is_a_part_of_a_list_by_province():
    # n941 (Storm Yagi, 2024): "(Lào Cai 16, Cao Bằng 9, …)" — not "bằng 9", a ratio
    text = (
        "Số người chết tăng 36 người (Lào Cai 16, Cao Bằng {}, Yên Bái 6, Tuyên Quang 3, Bắc Kạn 1, Hà Giang"
        " 1)."
    )
    assert verdicts(text.format("9"))["36"] == Verdict.CONSISTENT
    assert verdicts(text.format("19"))["36"] == Verdict.INCONSISTENT


def test_the_rest_closing_a_list_is_its_last_part():
    # n957 (Đồng Nai's call-ups, 2025): "493 công dân, trong đó có 428 công dân chính thức …, còn lại là 65
    # công dân dự bị" — the rest makes the list all of it
    text = (
        "Tỉnh đã phát lệnh gọi thực hiện nghĩa vụ công an nhân dân với 493 công dân, trong đó có 428 công dân"
        " chính thức theo chỉ tiêu của Bộ Công an giao, còn lại là {} công dân dự bị."
    )
    assert verdicts(text.format("65"))["493"] == Verdict.CONSISTENT
    assert verdicts(text.format("75"))["493"] == Verdict.INCONSISTENT


def test_a_rate_named_by_the_words_of_one_part_of_a_breakdown():
    # n961 (Điện Bàn's administrative reform, 2024): "tỷ lệ … sớm/đúng hạn 89,19%" names the part "trước/đúng
    # hạn: 16.702", of the 18.807 settled — 88,81%; and "trễ hạn 10,81%" the 2.105 late, 11,19%
    text = (
        "Đã giải quyết 18.807 hồ sơ (trước/đúng hạn: 16.702 hồ sơ; trễ hạn: 2.105 hồ sơ), tỷ lệ hồ sơ giải"
        " quyết sớm/đúng hạn {}; tỷ lệ hồ sơ giải quyết trễ hạn {}."
    )
    found = verdicts(text.format("88,81%", "11,19%"))
    assert found["88,81%"] == found["11,19%"] == Verdict.CONSISTENT
    found = verdicts(text.format("89,19%", "10,81%"))
    assert found["89,19%"] == found["10,81%"] == Verdict.INCONSISTENT


def test_shares_of_parts_that_make_up_a_whole_yet_add_up_to_far_more_are_each_of_their_own_base():
    # raw48/tx08 (the statistics office on the rice harvest, November 2024): the north and the south make up
    # the 1.403,4 nghìn ha harvested; their 93,8% and 85,3% are of each one's own sown area
    text = (
        "Tính đến 20/11/2024, cả nước thu hoạch được 1.403,4 nghìn ha lúa mùa, chiếm 90,7% diện tích gieo "
        "cấy và"
        " bằng 95,7% cùng kỳ năm trước. Trong đó, các địa phương phía Bắc thu hoạch 933,8 nghìn ha, chiếm "
        "93,8%"
        " và bằng 94,5%; các địa phương phía Nam thu hoạch 469,6 nghìn ha, chiếm 85,3% và bằng 98,2%."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # n811 (a commune's council, 2026): four of five shares are of the 30 elected, so the fifth is a slip
    text = (
        "Trong số 30 đại biểu được bầu, đại biểu thuộc khối các cơ quan Đảng có 5 người, chiếm 16,67%; khối"
        " chính quyền có 8 người, chiếm 36,67%; khối Mặt trận có 3 người, chiếm 10%; khối lực lượng vũ trang"
        " có 2 người, chiếm 6,67%; các thôn có 12 người, chiếm 40%."
    )
    assert verdicts(text)["36,67%"].alarm


def test_a_rate_in_brackets_after_a_fall_is_its_rate_not_a_share_of_the_value_before():
    # n996 (the police on the 2025 National Day holiday): "… bị thương 128 người, giảm 83 vụ (28,92%), …
    # so với kỳ 4 ngày nghỉ Lễ năm 2024" — 83 of 204 + 83, not 128 of 204
    text = (
        "Trong đó, đường bộ xảy ra 204 vụ, làm chết 116 người, bị thương 128 người, giảm 83 vụ ({}), giảm 38"
        " người chết (24,68%), giảm 76 người bị thương (37,25%) so với kỳ 4 ngày nghỉ Lễ năm 2024."
    )
    assert verdicts(text.format("28,92%"))["28,92%"] == Verdict.CONSISTENT
    assert verdicts(text.format("38,92%"))["38,92%"] == Verdict.INCONSISTENT
    # n54: "tăng 8 ca (22%) so với cùng ngày Tết Nhâm Dần 2022", of 44 − 8
    text = "Tổng số ca tử vong do tai nạn là 44 ca, tăng 8 ca ({}) so với cùng ngày Tết Nhâm Dần 2022."
    assert verdicts(text.format("22%"))["22%"] == Verdict.CONSISTENT


def test_a_programme_named_by_its_year_and_a_list_just_over_the_whole_before_it():
    # n842 (the 2025 school-leaving exam's registrations): "chương trình giáo dục phổ thông 2018" is a name,
    # not a count; and 12.405 + 16.522 = 28.927, one over the 28.926 the list breaks down — not a part of
    # the 1.031.163 said before
    text = (
        "Trong số 1.031.163 thí sinh đã đăng ký dự thi, có 1.002.237 thí sinh lớp 12 thi theo chương trình"
        " giáo dục phổ thông 2018, chiếm 97,19%.\n\nSố thí sinh tự do đăng ký là {} thí sinh, chiếm 2,81%."
        " Trong đó có 12.405 thí sinh tự do thi theo chương trình giáo dục phổ thông 2018 (chiếm 1,2%) và"
        " 16.522 thí sinh tự do thi theo chương trình giáo dục phổ thông 2006 (chiếm 1,6%)."
    )
    found = verdicts(text.format("28.927"))
    assert found["28.927"] == found["1,2%"] == found["1,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("28.926"))["28.926"] == Verdict.INCONSISTENT


def test_the_whole_of_the_last_share_is_carried_past_a_sentence_breaking_its_part_down():
    # n751 (Hương Đô commune's poor households, 2025): "75 hộ nghèo, chiếm 1,9% tổng số hộ dân. Trong đó, có 2
    # hộ nghèo mới bổ sung. Toàn xã có 118 hộ cận nghèo, chiếm 3,1 %" — of the same 3.909 households: 3,0%
    text = (
        "Theo đó, toàn xã hiện có 3.909 hộ dân. Qua rà soát, hiện nay xã có 75 hộ nghèo, chiếm 1,9% tổng số"
        " hộ dân. Trong đó, có 2 hộ nghèo mới bổ sung. Toàn xã có 118 hộ cận nghèo, chiếm {}."
    )
    assert verdicts(text.format("3,0%"))["3,0%"] == Verdict.CONSISTENT
    assert verdicts(text.format("3,1 %"))["3,1 %"] == Verdict.INCONSISTENT


def test_a_ratio_to_the_value_before_worked_from_the_change_said_with_it():
    # n466 (a province's petitions, 2019): "là 543 đơn, giảm 55 đơn, bằng 89,9% so với cùng kỳ năm trước" —
    # 543 of 543 + 55 is 90,8% (89,9% is the fall taken from this year's 543)
    text = "Số đơn thẩm quyền là 543 đơn, giảm 55 đơn, bằng {} so với cùng kỳ năm trước."
    assert verdicts(text.format("90,8%"))["90,8%"] == Verdict.CONSISTENT
    assert verdicts(text.format("89,9%"))["89,9%"] == Verdict.INCONSISTENT
    claim = next(c for c in check_text(text.format("89,9%")).claims if c.printed.text == "89,9%")
    assert "(543 − 55)/543" in claim.message.vi  # the fall taken from this year's value, named
    text = "Thu ngân sách đạt 1.200 tỷ đồng, tăng 200 tỷ đồng, bằng {} so với cùng kỳ năm trước."
    assert verdicts(text.format("120%"))["120%"] == Verdict.CONSISTENT


def test_a_breakdown_of_one_insurance_scheme_ends_where_the_next_scheme_is_told():
    # n772 (Vietnam Social Security, March 2018): "số người tham gia BHXH là 13,7 triệu người. Trong đó, …
    # BHXH bắt buộc 13,68 triệu người; BHXH tự nguyện 230 nghìn người); BHTN là 11,6 triệu người; …" —
    # kinds of one scheme do not overlap, and 13,91 triệu is not 13,7; the other schemes are wholes of their
    # own
    text = (
        "Đến hết tháng 3/2018, số người tham gia BHXH là {} triệu người. Trong đó, tham gia BHXH bắt buộc"
        " 13,68 triệu người; BHXH tự nguyện 230 nghìn người); BHTN là 11,6 triệu người; bảo hiểm y tế"
        " (BHYT) là"
        " 80,65 triệu người, đạt tỷ lệ bao phủ 86% dân số."
    )
    assert verdicts(text.format("13,9"))["13,9 triệu"] == Verdict.CONSISTENT
    assert verdicts(text.format("13,7"))["13,7 triệu"] == Verdict.INCONSISTENT
    # n243: a whole of two schemes is broken down by both
    text = (
        "Các chế độ chi BHXH, BHTN, ước đạt {} tỷ đồng, tăng 19,8% so với cùng kỳ năm 2024, trong đó: Chi"
        " BHXH nguồn ngân sách Nhà nước 201,7 tỷ đồng, chi BHXH nguồn quỹ 725,3 tỷ đồng, chi BHTN là 14,9"
        " tỷ đồng."
    )
    assert verdicts(text.format("941,9"))["941,9 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format("927,0"))["927,0 tỷ"] == Verdict.INCONSISTENT


def test_a_count_of_names_that_capitalise_their_first_word_only():
    # n1047, n1048 (the 2024 national gifted-student exam): school subjects are names of one capital
    text = (
        "Cả nước có 5.812 thí sinh dự thi ở {} môn thi: Toán, Vật lý, Hóa học, Sinh học, Tin học, Ngữ văn,"
        " Lịch sử, Địa lý, tiếng Anh, tiếng Nga, tiếng Pháp và tiếng Trung Quốc."
    )
    assert verdicts(text.format("12"))["12"] == Verdict.CONSISTENT
    assert verdicts(text.format("11"))["11"] == Verdict.INCONSISTENT
    text = "Hà Tĩnh duy trì {} đội tuyển (Toán học, Tin học, Vật lý, Hoá học, Sinh học) với 100 em dự thi."
    assert verdicts(text.format("5"))["5"] == Verdict.CONSISTENT
    text = "Đặc biệt {} đội tuyển: Toán, Vật lý, Sinh học, Địa lý có 100% thí sinh dự thi đoạt giải."
    assert verdicts(text.format("4"))["4"] == Verdict.CONSISTENT
    assert verdicts(text.format("5"))["5"] == Verdict.INCONSISTENT
    # an agency's name with "và" in it is one name, not two
    assert "3" not in verdicts("Có 3 đơn vị: Sở Nội vụ, Sở Giáo dục và Đào tạo, Sở Y tế.")
    # the provinces of a list are still told apart by "và" (b13)
    text = "Có {} tỉnh (Nam Định, Đồng Nai, Hà Nam, Hưng Yên và Hải Dương) đã hoàn thành nhiệm vụ."
    assert verdicts(text.format("5"))["5"] == Verdict.CONSISTENT


def test_a_count_of_rated_groups_named_with_a_comma():
    # n1042 (Cao Bằng's CPI, November 2020): "chỉ số giá 7 nhóm hàng hóa, dịch vụ có xu hướng giảm gồm: …"
    text = (
        "Trong đó, chỉ số giá {} nhóm hàng hóa, dịch vụ có xu hướng giảm gồm: nhóm hàng ăn và dịch vụ ăn uống"
        " giảm 1,99%; nhóm giao thông giảm 0,45%; nhóm bưu chính viễn thông giảm 0,43%."
    )
    assert verdicts(text.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts(text.format("4"))["4"] == Verdict.INCONSISTENT


def test_a_title_that_names_the_count_of_another_thing():
    # n946 (food poisoning, 11 months of 2024): the title's "gần 4.800 vụ" is the body's 4.796 people, its
    # cases being 131
    text = (
        "Cả nước có gần {} vụ ngộ độc thực phẩm trong 11 tháng\n\nTrong 11 tháng đầu năm 2024, Việt Nam đã"
        " ghi nhận 131 vụ ngộ độc thực phẩm, làm 4.796 người mắc và 21 người bị tử vong."
    )
    claim = next(c for c in check_text(text.format("4.800")).claims if c.printed.text == "4.800")
    assert claim.verdict == Verdict.INCONSISTENT
    assert claim.slip == Slip.WRONG_NOUN and "4.796 người" in claim.message.vi
    # the title counting the people: no flag
    text = text.replace("vụ ngộ độc thực phẩm trong", "người ngộ độc thực phẩm trong")
    assert verdicts(text.format("4.800"))["4.800"] == Verdict.CONSISTENT
    # a change in the opening is no count, nor is a count said with a bound, of classes, of what the homes
    # are (raw24/h13)
    text = (
        "Kết quả, toàn tỉnh có trên 59,7 nghìn hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp (tăng hơn"
        " 1.000 hộ so với năm 2016).\n\nCác cấp Hội đã tổ chức trên 1.500 lớp tập huấn chuyển giao khoa học"
        " kỹ thuật cho gần 90 nghìn lượt hội viên, nông dân; thẩm định và phê duyệt cho 337 hộ vay vốn."
    )
    assert not any(c.verdict.alarm for c in check_text(text).claims)


def test_shares_worked_out_of_a_division_whose_shares_make_a_hundred():
    # n1078 (Hà Nội's candidates, 2026): "danh sách 54 người …, có 33 người … (62,3%); 20 người … (37,7%);
    # nữ có 23 người (43,4%) …" — every share is of 33 + 20 = 53, not of the 54 said: which whole, the text
    # does not say
    text = (
        "Thông tin về danh sách chính thức những ứng cử viên đại biểu Quốc hội khóa XVI, đại biểu HĐND thành"
        " phố Hà Nội nhiệm kỳ 2026-2031, Chủ tịch Ủy ban Bầu cử thành phố cho biết, trình độ chuyên môn, học"
        " hàm, học vị, tỷ lệ cơ cấu… đều cao hơn các nhiệm kỳ trước.\n\n"
        "Trong đó, danh sách 54 người đủ tiêu chuẩn ứng cử đại biểu Quốc hội, có 33 người trình độ giáo sư,"
        " phó giáo sư, tiến sĩ, thạc sĩ (62,3%); 20 người có trình độ đại học (37,7%); nữ có 23 người"
        " (43,4%),"
        " 7 người dưới 40 tuổi (13,2%), 15 người tái cử (27,7%) và 4 người ngoài Đảng ({})."
    )
    found = verdicts(text.format("7,5%"))
    assert found["62,3%"] == found["43,4%"] == found["7,5%"] == Verdict.AMBIGUOUS
    assert verdicts(text.format("9,5%"))["9,5%"] == Verdict.INCONSISTENT  # of neither
    # the same list of its whole: checked as before
    text = text.replace("(62,3%)", "(61,1%)").replace("(37,7%)", "(37,0%)").replace("(43,4%)", "(42,6%)")
    assert verdicts(text.format("7,4%"))["7,4%"] == Verdict.CONSISTENT
    assert verdicts(text.format("7,5%"))["7,5%"] == Verdict.INCONSISTENT


def test_a_share_in_an_aside_on_another_term_is_of_that_terms_whole():
    # n1076 (the 2021 candidates for provincial councils): "(Quốc hội khóa XIV cả nước là 2.427 người, tỷ
    # lệ 37,04%)" is of the National Assembly's candidates, not printed
    text = (
        "Tổng số 6.220 người ứng cử. Người ứng cử là phụ nữ có 2.542 người, chiếm tỷ lệ 40,87% (Quốc hội khóa"
        " XIV cả nước là 2.427 người, tỷ lệ 37,04%); người ứng cử là người dân tộc thiểu số có 1.150 người,"
        " tỷ lệ {}."
    )
    found = verdicts(text.format("18,5%"))
    assert found["40,87%"] == found["18,5%"] == Verdict.CONSISTENT
    assert found["37,04%"] == Verdict.NOT_CHECKABLE
    assert verdicts(text.format("17,5%"))["17,5%"] == Verdict.INCONSISTENT


def test_a_breakdown_in_brackets_of_the_list_its_figure_ends():
    # raw51/ua02 (a party committee's discipline, 2022): "khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó,
    # UBKT Đảng ủy Khối cảnh cáo 1, khai trừ 4)" breaks the 8 cases down, not the 4 expelled
    text = (
        "Đảng bộ Khối có 8 trường hợp bị thi hành kỷ luật, với hình thức khiển trách 3, cảnh cáo 1, khai"
        " trừ 4"
        " (trong đó, UBKT Đảng ủy Khối cảnh cáo 1, khai trừ 4)."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # a part named by the verb of its whole is still a part
    text = (
        "Tổng số phải thi hành là {} việc, trong đó: số có điều kiện thi hành là 459.511 việc, 170.433 việc"
        " khác."
    )
    assert verdicts(text.format("629.944"))["629.944"] == Verdict.CONSISTENT


def test_changes_after_a_comparison_with_their_rate_said_as_a_ratio():
    # n1057 (Quảng Nam's road accidents, Q1 2024): "(tỷ lệ 30,9%)"
    text = (
        "Trong quý I/2024, tai nạn giao thông xảy ra 124 vụ, làm chết 49 người, bị thương 105 người. So với"
        " cùng"
        " kỳ năm 2023 tăng 22 vụ (tỷ lệ 21,6%), nhưng giảm 22 người chết (tỷ lệ 31,0%); tăng 29 người bị"
        " thương, tỷ lệ {}."
    )
    found = verdicts(text.format("38,2%"))
    assert found["21,6%"] == found["31,0%"] == found["38,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("36,2%"))["36,2%"] == Verdict.INCONSISTENT


def test_a_rate_of_plan_said_with_tuong_duong():
    # n1061 (the State Treasury, August 2025): "đạt hơn 415.013 tỷ đồng, tương đương 45,2% kế hoạch vốn Thủ
    # tướng Chính phủ giao (917.500 tỷ đồng)"
    text = (
        "Lũy kế giải ngân qua KBNN đạt 415.013 tỷ đồng, tương đương {} kế hoạch vốn Thủ tướng Chính phủ giao"
        " (917.500 tỷ đồng)."
    )
    assert verdicts(text.format("45,2%"))["45,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("54,2%"))["54,2%"] == Verdict.INCONSISTENT


def test_a_rise_said_with_voi_alone_and_a_rise_over_the_plan():
    # n1066 (fisheries, 2022): "tăng 7% với năm 2021 (4,85 triệu tấn)", "tăng 22,2% so kế hoạch (9,0 tỷ USD)"
    text = "Nuôi trồng đạt 5,19 triệu tấn, tăng {} với năm 2021 (4,85 triệu tấn)."
    assert verdicts(text.format("7%"))["7%"] == Verdict.CONSISTENT
    assert verdicts(text.format("9%"))["9%"] == Verdict.INCONSISTENT
    text = "Kim ngạch xuất khẩu ước đạt 11 tỷ USD, tăng {} so kế hoạch (9,0 tỷ USD)."
    assert verdicts(text.format("22,2%"))["22,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("32,2%"))["32,2%"] == Verdict.INCONSISTENT


def test_a_figure_said_with_its_own_share_of_the_total_is_no_whole_of_the_next():
    # n1096 (Kon Tum's retail sales, 2022): three sectors, each "chiếm …% trong tổng số"
    text = (
        "Theo đó, doanh thu bán lẻ hàng hóa đạt 24.656,29 tỷ đồng, chiếm 86,42% trong tổng số, tăng 21,42% so"
        " với cùng kỳ năm trước.\nĐồng thời, một số nhóm hàng hoá tăng không đáng kể như: hàng hoá khác (tăng"
        " 2,11%).\nSo với cùng kỳ năm trước, doanh thu dịch vụ lưu trú, ăn uống và du lịch đạt 2.331,94 tỷ"
        " đồng, chiếm 8,17% trong tổng số và tăng 25,15%; doanh thu dịch vụ khác đạt 1.541,78 tỷ đồng, chiếm"
        " 5,4% trong tổng số, tăng 1,24%."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_a_difference_said_as_an_equivalent_is_rounded():
    # n1097 (An Giang, Q1 2023): "152.500 tấn, tăng 9,03% (tương đương 12.600 tấn)" — 12.600 of a rate
    text = (
        "Sản lượng thủy sản nuôi trồng ước đạt 152.500 tấn, tăng {} (tương đương 12.600 tấn) so với cùng kỳ."
    )
    assert verdicts(text.format("9,03%"))["9,03%"] == Verdict.CONSISTENT
    assert verdicts(text.format("9,93%"))["9,93%"] == Verdict.INCONSISTENT
    # a count said as an equivalent is exact
    text = "Toàn tỉnh có 1.526 hộ nghèo, giảm {} (tương đương 200 hộ) so với cùng kỳ."
    assert verdicts(text.format("11,6%"))["11,6%"] == Verdict.CONSISTENT
    assert verdicts(text.format("11,9%"))["11,9%"] == Verdict.INCONSISTENT


def test_a_breakdown_of_one_sector_ends_where_another_sector_is_told():
    # n1108 (Thường Tín district, 2024): the services are no part of industry and construction
    text = (
        "Năm 2024 tổng giá trị sản xuất công nghiệp - xây dựng của huyện đạt {} tỷ đồng, đạt 100% kế hoạch,"
        " tăng 18,9% so với năm 2023. Trong đó, công nghiệp - thủ công nghiệp năm 2024 đạt 23.896 tỷ đồng,"
        " tăng 17% so với năm 2023; thương mại - dịch vụ năm 2024 đạt 22.115 tỷ đồng, tăng 18,6%."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text.format("31.467")).claims)


def test_a_rate_of_a_clause_on_another_kind_of_case_is_not_of_the_count_before_it():
    # n1086 (a province's courts, 2023–2024): "Đối với án hình sự, thụ lý 463 vụ …; về án dân sự, …, thụ lý,
    # giải quyết 347 vụ, việc, đạt 51%" — of the civil cases taken in, not printed
    text = (
        "Đối với án hình sự, thụ lý 463 vụ với 797 bị cáo, giải quyết 349 vụ với 548 bị cáo, đạt {}; về án"
        " dân"
        " sự, hôn nhân và gia đình, kinh doanh thương mại và lao động, thụ lý, giải quyết 347 vụ, việc, đạt"
        " 51%."
    )
    found = verdicts(text.format("75,4%"))
    assert found["75,4%"] == Verdict.CONSISTENT and not found.get("51%", Verdict.NOT_CHECKABLE).alarm
    assert verdicts(text.format("73,4%"))["73,4%"] == Verdict.INCONSISTENT


def test_a_breakdown_in_brackets_after_a_long_noun_with_commas():
    # n1113 (Thanh Hóa, 2024): the bracket after "… tham nhũng, tiêu cực, suy thoái về đạo đức, lối sống"
    text = (
        "Cấp có thẩm quyền đã thi hành kỷ luật {} đảng viên có liên quan đến hành vi tham nhũng, tiêu cực,"
        " suy"
        " thoái về đạo đức, lối sống (khiển trách 612 đảng viên, cảnh cáo 122 đảng viên, cách chức 3 đảng"
        " viên,"
        " khai trừ 134 đảng viên)."
    )
    assert verdicts(text.format("871"))["871"] == Verdict.CONSISTENT
    assert verdicts(text.format("817"))["817"] == Verdict.INCONSISTENT


def test_a_list_of_people_adds_up_to_the_officials_said_before():
    # n1122 (Lâm Đồng, 2025): "21 cán bộ … xin nghỉ …. … có 20 người đang giữ chức vụ Phó Giám đốc sở và một
    # Giám đốc trung tâm. Cụ thể hơn, 18 người xin nghỉ hưu trước tuổi, 3 người xin thôi việc" — of the 21
    text = (
        "Vừa qua có 21 cán bộ của tỉnh xin nghỉ hưu trước tuổi và xin thôi việc. Trong số những trường hợp"
        " trên"
        " thì có 20 người đang giữ chức vụ Phó Giám đốc sở và một Giám đốc trung tâm. Cụ thể hơn, 18 người"
        " xin"
        " nghỉ hưu trước tuổi, 3 người xin thôi việc."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    assert verdicts(text)["21"] == Verdict.CONSISTENT


def test_a_yield_is_its_output_over_its_area():
    # n1128 (Nam Định's spring rice by district, 2021): area, yield and output one after the other
    text = "Thành phố Nam Định 626ha, {} tạ/ha, 3.415 tấn; huyện Mỹ Lộc 3.104ha, 57,85 tạ/ha, 17.958 tấn."
    found = verdicts(text.format("54,55"))
    assert found["54,55"] == found["57,85"] == Verdict.CONSISTENT
    assert verdicts(text.format("54,25"))["54,25"] == Verdict.INCONSISTENT
    # a rate in brackets between, as n106 prints them
    text = "Thành phố Nam Ðịnh: 689ha, {} tạ/ha (100,46%), 3.755 tấn."
    assert verdicts(text.format("54,5"))["54,5"] == Verdict.CONSISTENT
    # one claim for one triple: its output is not judged again by the reading of a yield said before it
    text = (
        "Trong tổng số, diện tích lúa là 31.005 ha, năng suất lúa đạt 62,87 tạ/ha, sản lượng đạt 199.931 tấn."
    )
    claims = check_text(text).claims
    assert [claim.printed.text for claim in claims] == ["62,87"] and claims[0].verdict == Verdict.INCONSISTENT


def test_a_share_of_the_whole_named_after_it():
    # n1101 (seaports, January 2024): "chiếm … trong tổng khối lượng 111,614 triệu tấn"
    text = "Kim ngạch xuất khẩu đạt 4,67 tỷ USD, chiếm {} tổng kim ngạch 7,06 tỷ USD."
    assert verdicts(text.format("66,1%"))["66,1%"] == Verdict.CONSISTENT
    assert verdicts(text.format("68,1%"))["68,1%"] == Verdict.INCONSISTENT


def test_a_plan_said_as_a_range_and_a_result_with_its_aside():
    # n1156 (labour export, 2023): "159.986 lao động (55.804 nữ), đạt 133,3 % kế hoạch được giao (110.000 -
    # 120.000 lao động)" — of the range's top, the result not its women
    text = (
        "Tổng số lao động đi làm việc ở nước ngoài trong năm 2023 là 159.986 lao động (55.804 nữ), đạt {} kế"
        " hoạch được giao (110.000 - 120.000 lao động)."
    )
    assert verdicts(text.format("133,3 %"))["133,3 %"] == Verdict.CONSISTENT
    assert verdicts(text.format("145,4 %"))["145,4 %"] == Verdict.CONSISTENT
    assert verdicts(text.format("143,3 %"))["143,3 %"] == Verdict.INCONSISTENT


def test_what_is_not_yet_is_the_rest_of_the_fraction_before():
    # n1146 (grassroots radio, 2022): "9.690 đài truyền thanh/10.599 xã, phường, thị trấn, đạt tỷ lệ 91,4%.
    # Còn 918 xã, phường, thị trấn chưa có đài" — 909 are left
    text = (
        "Cả nước hiện có 9.690 đài truyền thanh/10.599 xã, phường, thị trấn, đạt tỷ lệ 91,4%. Còn {} xã,"
        " phường, thị trấn chưa có đài, chiếm 8,6%."
    )
    assert verdicts(text.format("909"))["909"] == Verdict.CONSISTENT
    assert verdicts(text.format("918"))["918"] == Verdict.INCONSISTENT


def test_the_groups_of_a_list_add_up_to_the_group_of_its_total():
    # n1157 (labour abroad, September 2023): "14.273 lao động (5.402 lao động nữ), gồm các thị trường: Nhật
    # Bản: 8.475 lao động (3.831 lao động nữ), …" — the women of the markets add up to 5.431
    text = (
        "Tổng số lao động là 14.273 lao động ({} lao động nữ), gồm các thị trường: Nhật Bản: 8.475 lao động"
        " (3.831 lao động nữ), Đài Loan: 4.512 lao động (1.391 lao động nữ){}."
    )
    assert verdicts(text.format("5.222", ""))["5.222"] == Verdict.CONSISTENT
    assert verdicts(text.format("5.202", ""))["5.202"] == Verdict.INCONSISTENT
    # the list leaving others out: fewer is no slip, more is
    assert "5.402" not in verdicts(text.format("5.402", " và các thị trường khác"))
    assert verdicts(text.format("5.202", " và các thị trường khác"))["5.202"] == Verdict.INCONSISTENT


def test_an_audits_kinds_of_findings_are_parts_not_changes():
    # n541 (state audit, 2021): "kiến nghị xử lý tài chính 67.055 tỷ đồng, trong đó tăng thu … 7.486 tỷ đồng,
    # giảm chi NSNN 10.221 tỷ đồng và kiến nghị khác 43.895 tỷ đồng" — the three kinds are all of it
    text = (
        "KTNN đã kiến nghị xử lý tài chính {} tỷ đồng, trong đó tăng thu ngân sách nhà nước (NSNN) 7.486 tỷ"
        " đồng, giảm chi NSNN 10.221 tỷ đồng và kiến nghị khác 43.895 tỷ đồng."
    )
    assert verdicts(text.format("61.602"))["61.602 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format("67.055"))["67.055 tỷ"] == Verdict.INCONSISTENT
    # a rise of revenue said alone is a change, not a part
    assert "2.000 tỷ" not in verdicts(
        "Thu ngân sách 7.689 tỷ đồng, trong đó thu nội địa 5.689 tỷ đồng, tăng thu 2.000 tỷ đồng."
    )


def test_the_groups_of_one_part_listed_before_the_division_they_break_down():
    # n1181 (land-use certificates, 2025): "gần 34.000 hồ sơ …. Trong đó, … đã cấp sổ hồng cho hơn 20.700 …;
    # đang hoàn thiện trình ký 1.092 hồ sơ; chờ … 8.739 hồ sơ; đã phát hành phiếu chuyển thuế 30.659 hồ sơ;
    # chưa phát hành phiếu chuyển thuế 3.216 hồ sơ" — the first three are of the 30.659
    text = (
        "Chủ đầu tư đã nộp {} hồ sơ đề nghị cấp sổ hồng. Trong đó, đã cấp sổ hồng cho hơn 20.700 hồ sơ; đang"
        " hoàn thiện trình ký 1.092 hồ sơ; chờ người mua nhà đóng thuế trước bạ 8.739 hồ sơ; đã phát hành"
        " phiếu chuyển thuế 30.659 hồ sơ; chưa phát hành phiếu chuyển thuế 3.216 hồ sơ."
    )
    assert verdicts(text.format("gần 34.000"))["34.000"] == Verdict.CONSISTENT
    # groups that are not nearly all of one part: the list's sum is not found right
    assert verdicts(text.replace("20.700", "2.700").format("gần 34.000"))["34.000"] != Verdict.CONSISTENT


def test_fractions_of_one_whole_side_by_side_are_not_its_parts():
    # n1186 (district targets, 2022): "Có 13/26 chỉ tiêu vượt …, trong đó có nhiều chỉ tiêu quan trọng như …;
    # 10/26 chỉ tiêu đạt kế hoạch, … 03/26 chỉ tiêu không đạt" — not 26 + 26 = 52 of 26
    text = (
        "Có 13/26 chỉ tiêu vượt so kế hoạch, trong đó có nhiều chỉ tiêu quan trọng như chỉ tiêu thu ngân"
        " sách,"
        " trồng rừng; 10/26 chỉ tiêu đạt kế hoạch, toàn huyện chỉ có 03/26 chỉ tiêu không đạt so với kế"
        " hoạch."
    )
    assert not any(verdict.alarm for verdict in verdicts(text).values())
    # a fraction broken down into fractions of its parts still adds up
    broken = (
        "Vận động được 14.714/9.500 triệu đồng (trong đó, cấp tỉnh 5.300/2.200 triệu đồng, cấp huyện"
        " 9.414/7.400 triệu đồng)."
    )
    assert verdicts(broken)["9.500 triệu"] == Verdict.INCONSISTENT


def test_a_share_of_a_whole_named_as_an_earlier_shares_is_of_that_whole():
    # n1197 (FDI, 2024): "… đạt hơn 11,07 tỉ USD …. Hà Nội với gần 1,14 tỉ USD, chiếm 10,3% tổng vốn đầu tư
    # đăng ký …. … chế biến, chế tạo … hơn 7,43 tỉ USD, chiếm 67,1% tổng vốn đầu tư đăng ký" — of the 11,07
    text = (
        "Tổng vốn đăng ký của nhà đầu tư nước ngoài đạt hơn 11,07 tỉ USD, tăng 2%. Có 1.227 dự án mới, tổng"
        " vốn"
        " đăng ký đạt gần 7,94 tỉ USD (tăng 50,8%). Vốn thực hiện đạt khoảng 8,25 tỉ USD, tăng 7,8%. Bà Rịa -"
        " Vũng Tàu dẫn đầu với hơn 1,52 tỉ USD, gấp hơn 12 lần cùng kỳ, nhờ dự án 730 triệu USD. Tiếp theo là"
        " Hà Nội với gần 1,14 tỉ USD, chiếm 10,3% tổng vốn đầu tư đăng ký và giảm 39% so với cùng kỳ năm"
        " 2023."
        " Bắc Ninh đứng thứ ba với hơn 1,06 tỉ USD. Các nhà đầu tư đã đầu tư vào 17 trong tổng số 21 ngành."
        " Trong đó, ngành công nghiệp chế biến, chế tạo dẫn đầu với hơn 7,43 tỉ USD, chiếm {} tổng vốn đầu tư"
        " đăng ký, tăng 11,9% so với cùng kỳ."
    )
    assert verdicts(text.format("67,1%"))["67,1%"] == Verdict.CONSISTENT
    assert verdicts(text.format("61,7%"))["61,7%"] != Verdict.CONSISTENT


def test_a_total_divided_again_after_a_semicolon():
    # n1191 (farmers' union congress): "150 đại biểu, trong đó … 123 …, 21 …, 06 …; 11 đại biểu cấp huyện,
    # 139 đại biểu cấp cơ sở; 100 đại biểu nam, 50 đại biểu nữ" — each division adds up to the 150
    text = (
        "Đại hội triệu tập 150 đại biểu, trong đó đại biểu được bầu từ cấp cơ sở là 123 đại biểu, chiếm 82%,"
        " 21"
        " đại biểu đương nhiên, chiếm 14%, 06 đại biểu chỉ định, chiếm 4%; 11 đại biểu cấp huyện, {} đại biểu"
        " cấp cơ sở; 100 đại biểu nam, 50 đại biểu nữ."
    )
    found = verdicts(text.format("139"))
    assert found["139"] == Verdict.CONSISTENT
    assert found["50"] == Verdict.CONSISTENT
    # a division short of the total may leave groups out: nothing said of it
    assert "129" not in verdicts(text.format("129"))


def test_a_rate_copied_from_the_fraction_before_is_named_so():
    # n1216: "Đỗ tương … 1.692,75 ha/2.057 ha, đạt 82,29% KH; Lạc … 1.440,08 ha/1.593
    # ha, đạt 82,29% KH" — the second is no reading of 90,40%, but the first's rate copied
    text = (
        "Đỗ tương hè trồng được 1.692,75 ha/2.057 ha, đạt 82,29% KH; Lạc hè thu trồng được 1.440,08 ha/1.593"
        " ha,"
        " đạt 82,29% KH."
    )
    claim = next(claim for claim in check_text(text).claims if claim.printed.start == text.rfind("82,29%"))
    assert claim.verdict == Verdict.INCONSISTENT
    assert claim.slip == Slip.COPIED and "1.692,75/2.057" in claim.message.vi


def test_about_said_of_a_figure_printed_with_decimals_reaches_one_step_of_its_last_digit():
    # n1216: "Diện tích gieo cấy lúa mùa được khoảng 26.410,28 ha/25.976 ha, đạt 101,2% KH" — 101,67%
    text = "Diện tích gieo cấy lúa mùa được khoảng 26.410,28 ha/25.976 ha, đạt {} KH."
    assert verdicts(text.format("101,7%"))["101,7%"] == Verdict.CONSISTENT
    assert verdicts(text.format("101,2%"))["101,2%"] == Verdict.INCONSISTENT
    # n767: the sum said "khoảng 84,4 kg" of parts that make 86,1
    total = (
        "Mỗi người tiêu thụ khoảng {} kg, gồm gạo 24,2 kg, ngô 5,6 kg, khoai 7,4 kg, sắn 5 kg, mì 43,9 kg."
    )
    assert verdicts(total.format("86,1"))["86,1"] == Verdict.CONSISTENT
    assert verdicts(total.format("84,4"))["84,4"] == Verdict.INCONSISTENT
    # a round figure said "khoảng" keeps its 5%, and so does a rate
    assert verdicts("Tổng số khoảng 1.200 người, gồm 700 người nam và 540 người nữ.")["1.200"].fits


def test_a_plan_of_revenue_is_no_plan_of_spending():
    # raw56/uf06 (a province's budget, five months): "So với dự toán Trung ương giao là 2.787 tỷ đồng thì thu
    # ngân sách … đạt 71%. … chi đầu tư phát triển khoảng 1.300 tỷ đồng, bằng 38% dự toán"
    text = (
        "So với dự toán Trung ương giao là 2.787 tỷ đồng thì thu ngân sách Nhà nước toàn tỉnh đạt 71%. Lũy kế"
        " 5 tháng, tổng chi ngân sách địa phương ước khoảng 3.500 tỷ đồng. Trong đó, chi đầu tư phát triển"
        " khoảng 1.300 tỷ đồng, bằng 38% dự toán."
    )
    assert not verdicts(text)["38%"].alarm
    # a plan of spending said before is the plan of a spending item
    spent = "Dự toán chi đầu tư phát triển là 3.421 tỷ đồng. Chi đầu tư 1.300 tỷ đồng, bằng {} dự toán."
    assert verdicts(spent.format("38%"))["38%"] == Verdict.CONSISTENT
    assert verdicts(spent.format("48%"))["48%"] == Verdict.INCONSISTENT


def test_amounts_of_one_day_add_up_like_amounts():
    # n1182 (Hà Nội's waste, 2021): "khoảng 6.500 tấn/ngày đêm … Nam Sơn … khoảng 5000 tấn/ngày đêm và … Xuân
    # Sơn … khoảng 1.500 tấn/ngày đêm" — tonnes a day, each part too
    text = "Đã xử lý {} tấn/ngày, gồm khu Nam Sơn 5.000 tấn/ngày và khu Xuân Sơn 1.500 tấn/ngày."
    assert verdicts(text.format("6.500"))["6.500"] == Verdict.CONSISTENT
    assert verdicts(text.format("6.800"))["6.800"] == Verdict.INCONSISTENT
    # a rate per head is still no part of a count
    beds = "Toàn tỉnh có 2.400 giường bệnh, gồm tuyến tỉnh 1.200 giường bệnh, đạt 32,5 giường bệnh/vạn dân."
    assert "2.400" not in verdicts(beds) or not verdicts(beds)["2.400"].alarm


def test_a_list_opened_with_cu_the_ends_the_list_before_it():
    # n1246 (a province's budget, 2025): "Tổng thu …: 17.726.369 triệu đồng, trong đó: ngân sách cấp tỉnh:
    # 10.075.462 …, ngân sách cấp xã: 7.650.907 …, cụ thể một số khoản thu như sau: Thu nội địa: 16.016.000 …"
    text = (
        "Tổng thu ngân sách nhà nước trên địa bàn: {} triệu đồng, trong đó: ngân sách cấp tỉnh: 10.075.462"
        " triệu đồng, ngân sách cấp xã: 7.650.907 triệu đồng, cụ thể một số khoản thu như sau: Thu nội địa:"
        " 16.016.000 triệu đồng."
    )
    assert verdicts(text.format("17.726.369"))["17.726.369 triệu"] == Verdict.CONSISTENT
    assert verdicts(text.format("17.626.369"))["17.626.369 triệu"] == Verdict.INCONSISTENT


def test_rates_said_before_their_households_imply_one_whole():
    # n1238 (the 2024 poverty review): "tỷ lệ hộ nghèo cả nước là 1,93%; tổng số hộ nghèo là 599.608 hộ" —
    # said with the near-poor in one sentence, each rate's households imply the same households of the country
    text = "Tỷ lệ hộ nghèo là 2,93% (815.101 hộ), tỷ lệ hộ cận nghèo là {} (771.235 hộ)."
    assert verdicts(text.format("2,78%"))["2,78%"] == Verdict.CONSISTENT
    assert not verdicts(text.format("2,98%")).get("2,98%", Verdict.NOT_CHECKABLE).fits
    said = "Tỷ lệ hộ nghèo là 5,0% với 12.855 hộ; tỷ lệ hộ cận nghèo là {} với 12.248 hộ."
    assert verdicts(said.format("4,76%"))["4,76%"] == Verdict.CONSISTENT


def test_rates_said_before_their_households_place_by_place():
    # n747 (Ninh Thuận's poverty review): "Ninh Hải có tỷ lệ hộ nghèo 10,17% (2.276 hộ), tỷ lệ hộ cận nghèo
    # 10,89% (2.438hộ); Ninh Phước có …" — the households of each district, implied by its two rates
    text = (
        "Ninh Hải có tỷ lệ hộ nghèo 10,17% (2.276 hộ), tỷ lệ hộ cận nghèo 10,89% (2.438hộ); Bác Ái có tỷ lệ"
        " hộ"
        " nghèo 66,72% (3.618 hộ), tỷ lệ hộ cận nghèo {} (549 hộ)."
    )
    said = verdicts(text.format("10,12%"))
    assert said["10,17%"] == said["10,89%"] == said["66,72%"] == said["10,12%"] == Verdict.CONSISTENT
    assert verdicts(text.format("12,12%"))["12,12%"] == Verdict.AMBIGUOUS  # one of the two is wrong


def test_what_was_recovered_and_the_other_requests_said_with_xu_ly():
    # n1233 (Bình Định's inspections, 2022): "vi phạm về kinh tế 279 triệu đồng; xử lý thu hồi về cho Nhà nước
    # 226 triệu đồng, kiến nghị xử lý khác về kinh tế 47 triệu đồng" — asked about, never flagged
    text = (
        "Qua thanh tra đã phát hiện 76 tổ chức có vi phạm, trong đó vi phạm về kinh tế {} triệu đồng; xử lý"
        " thu"
        " hồi về cho Nhà nước 226 triệu đồng, kiến nghị xử lý khác về kinh tế 47 triệu đồng."
    )
    assert verdicts(text.format("273"))["273 triệu"] == Verdict.CONSISTENT
    assert verdicts(text.format("279"))["279 triệu"] == Verdict.AMBIGUOUS


def test_groups_that_rose_counted_after_a_long_noun_and_a_comma():
    # n1241 (Kon Tum's prices, September 2024): "có 08 nhóm hàng hóa và dịch vụ có chỉ số giá tăng, gồm: Hàng
    # ăn và dịch vụ ăn uống tăng 0,28%; …" — eight listed
    text = (
        "So với tháng trước, có {} nhóm hàng hóa và dịch vụ có chỉ số giá tăng, gồm: Hàng ăn và dịch vụ ăn"
        " uống"
        " tăng 0,28%; Đồ uống và thuốc lá tăng 0,09%; Giáo dục tăng 4,08%."
    )
    assert verdicts(text.format("03"))["03"] == Verdict.CONSISTENT
    assert verdicts(text.format("04"))["04"] == Verdict.INCONSISTENT
    # two counts joined, then one list: which count it is of is not said
    both = (
        "CPI bình quân 9 tháng tăng 2,45%, trong đó có 2 nhóm hàng tăng giá và 1 nhóm giảm giá, gồm: Hàng ăn"
        " tăng 2,03%; Đồ uống tăng 2,53%."
    )
    assert not any(verdict.alarm for verdict in verdicts(both).values())


def test_the_ages_of_a_birthday_are_no_parts():
    # raw58/uh13 (the elderly of a district): "1.131 cụ cao tuổi (trong đó có 1.058 cụ tròn 70, 75, 80, 85, 95
    # và trên 100, 2 cụ tròn 100 tuổi, 71 cụ tròn 90 tuổi)"
    text = (
        "Huyện có tổng số {} cụ cao tuổi (trong đó có 1.058 cụ tròn 70, 75, 80, 85, 95 và trên 100, 2 cụ tròn"
        " 100 tuổi, 71 cụ tròn 90 tuổi)."
    )
    assert verdicts(text.format("1.131"))["1.131"] == Verdict.CONSISTENT
    assert verdicts(text.format("1.121"))["1.121"] == Verdict.INCONSISTENT


def test_a_breakdown_opening_the_next_sentence_is_of_the_value_not_its_change():
    # raw58/uh03 (storm no. 10, 2017): "Bên cạnh đó, 21 người … bị thương do bão, tăng 13 người so với ….
    # Trong đó, Nghệ An 1 người, Quảng Bình 10 người, Quảng Trị 9 người và Thừa Thiên - Huế 1 người."
    text = (
        "Bên cạnh đó, {} người được xác định bị thương do bão, tăng 13 người so với thống kê hôm qua. Trong"
        " đó,"
        " Nghệ An 1 người, Quảng Bình 10 người, Quảng Trị 9 người và Thừa Thiên - Huế 1 người."
    )
    said = verdicts(text.format("21"))
    assert said["21"] == Verdict.CONSISTENT and "13" not in said
    assert verdicts(text.format("19"))["19"] == Verdict.INCONSISTENT


def test_a_list_in_brackets_after_cu_the():
    # n1273 (storm Noru, Quảng Nam): "có tất cả 1.399 nhà, cụ thể (Phước Hòa: 30, Trường Xuân: 6, …)"
    text = "Nhà tốc mái một phần có tất cả {} nhà, cụ thể (Phước Hòa: 30, Trường Xuân: 6, Tam Thanh: 91)."
    assert verdicts(text.format("127"))["127"] == Verdict.CONSISTENT
    assert verdicts(text.format("172"))["172"] == Verdict.INCONSISTENT


def test_the_growth_of_a_whole_from_its_parts_in_the_sentence_after():
    # n1296 (Nghệ An's fish farming, Q1 2023): "… ước đạt 18.049,5 ha, tăng 4,43%. Trong đó: Diện tích nuôi cá
    # 17.226 ha, tăng 4,37%; diện tích nuôi tôm 615,5 ha, tăng 3,62%; diện tích thủy sản khác 208 ha, tăng
    # 4,52%."
    text = (
        "Diện tích nuôi trồng thủy sản quý I/2023 ước đạt 18.049,5 ha, tăng {}. Trong đó: Diện tích nuôi cá"
        " 17.226 ha, tăng 4,37%; diện tích nuôi tôm 615,5 ha, tăng 3,62%; diện tích thủy sản khác 208 ha,"
        " tăng"
        " 4,52%."
    )
    assert verdicts(text.format("4,35%"))["4,35%"] == Verdict.CONSISTENT
    assert verdicts(text.format("4,43%"))["4,43%"] == Verdict.INCONSISTENT


def test_a_department_named_with_va_is_one_name():
    # n1301 (Thái Nguyên's reorganisation, 2020): "cơ cấu tổ chức của 3 sở gồm: Tài chính, Công Thương, Khoa
    # học và Công nghệ"
    text = "Tỉnh đã quyết định cơ cấu tổ chức của {} sở gồm: Tài chính, Công Thương, Khoa học và Công nghệ."
    assert verdicts(text.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts(text.format("4"))["4"] == Verdict.INCONSISTENT


def test_a_title_that_names_a_place_then_its_figure():
    # n1266 (cultural families, Hậu Giang, 2023): "Thành phố Ngã Bảy: 97,18% hộ đạt chuẩn gia đình văn hóa"
    # over "toàn thành phố Ngã Bảy có 13.879/14.282 hộ đạt gia đình văn hóa, chiếm 97,18%"
    text = (
        "Thành phố Ngã Bảy: {} hộ đạt chuẩn gia đình văn hóa\n\nNăm 2023, toàn thành phố Ngã Bảy có"
        " 13.879/14.282 hộ đạt gia đình văn hóa, chiếm 97,18%."
    )
    claims = [claim for claim in check_text(text.format("97,18%")).claims if claim.printed.start < 30]
    assert len(claims) == 1 and claims[0].verdict == Verdict.CONSISTENT
    assert "Tiêu đề nhắc lại" in claims[0].message.vi


def test_an_average_a_month_of_a_total_said_tinh_chung():
    # n1131 (firms, five months of 2023): "Tính chung 5 tháng đầu năm, 95.000 doanh nghiệp …. Bình quân một
    # tháng có 19 nghìn doanh nghiệp …"; "… là 88.000 doanh nghiệp (55.200 …; 25.500 …; 7.300 …) …. Bình quân
    # mỗi tháng có 17.600 doanh nghiệp …"
    text = (
        "Tính chung 5 tháng đầu năm, 95.000 doanh nghiệp đăng ký thành lập mới, giảm 3,7% so với cùng kỳ năm"
        " trước. Bình quân một tháng có {} doanh nghiệp thành lập mới. Số doanh nghiệp rút lui khỏi thị"
        " trường"
        " là 88.000 doanh nghiệp (55.200 doanh nghiệp tạm ngừng kinh doanh; 25.500 doanh nghiệp chờ giải thể;"
        " 7.300 doanh nghiệp đã giải thể). Bình quân mỗi tháng có 17.600 doanh nghiệp rút lui khỏi thị"
        " trường."
    )
    said = verdicts(text.format("19 nghìn"))
    assert said["19 nghìn"] == said["17.600"] == Verdict.CONSISTENT
    assert "18 nghìn" not in verdicts(text.format("18 nghìn"))  # an average no total gives is left unread


def test_a_change_said_so_voi_the_year_then_that_years_value_in_brackets():
    # n1201 (Sơn La's graduation exam, 2024): "tỷ lệ đỗ tốt nghiệp đạt 99,84%, tăng so với 2023 là 0,12%
    # (2023: 99,72%); Điểm trung bình các môn thi đạt 6,40 điểm, tăng so với năm 2023 là 0,29 điểm (2023: 6,11
    # điểm)"
    text = (
        "Tỷ lệ đỗ tốt nghiệp đạt 99,84%, tăng so với 2023 là {} (2023: 99,72%); Điểm trung bình các môn thi"
        " đạt"
        " 6,40 điểm, tăng so với năm 2023 là {} điểm (2023: 6,11 điểm)."
    )
    said = verdicts(text.format("0,12%", "0,29"))
    assert said["0,12%"] == said["0,29"] == Verdict.CONSISTENT
    slips = verdicts(text.format("0,21%", "0,92"))
    assert slips["0,21%"] == slips["0,92"] == Verdict.INCONSISTENT


def test_a_title_rounding_a_rate_of_the_thing_its_body_counts():
    # n1202 (Cẩm Mỹ's schools, 2024): "Huyện Cẩm Mỹ có hơn 92% trường học đạt chuẩn quốc gia" over "… lên
    # 48/52 trường, đạt tỷ lệ 92,3%"
    text = (
        "Huyện Cẩm Mỹ có hơn {} trường học đạt chuẩn quốc gia\n\nNăm 2024, tổng số trường đạt chuẩn quốc"
        " gia trên địa bàn huyện lên 48/52 trường, đạt tỷ lệ 92,3%."
    )
    claims = [claim for claim in check_text(text.format("92%")).claims if claim.printed.start < 40]
    assert len(claims) == 1 and claims[0].verdict == Verdict.CONSISTENT
    assert not [claim for claim in check_text(text.format("93%")).claims if claim.printed.start < 40]


def test_how_far_past_the_plan_in_a_table_of_targets():
    # n1188 (Chợ Gạo's targets for 2022, one cell to a line): "Tổng thu ngân sách địa phương | Tỷ đồng | 98,5
    # | 136 tỷ | Vượt 38,07%", "Tốc độ tăng dân số trung bình | % | 0,8 | 0,6 | Vượt 0,2%"
    def table(first: str, second: str) -> str:
        cells = (
            "3", "Tổng thu ngân sách địa phương", "Tỷ đồng", "98,5", "136 tỷ", f"Vượt {first}",
            "4", "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "5.900", "6.519", "Vượt 10,49%",
            "1", "Tốc độ tăng dân số trung bình", "%", "0,8", "0,6", f"Vượt {second}",
        )  # fmt: skip
        return "\n\n".join(cells) + "\n"

    said = verdicts(table("38,07%", "0,2%"))
    assert said["38,07%"] == said["10,49%"] == said["0,2%"] == Verdict.CONSISTENT
    slips = verdicts(table("37,08%", "0,4%"))
    assert slips["37,08%"] == slips["0,4%"] == Verdict.INCONSISTENT


def test_places_listed_as_higher_than_the_average_said_before():
    # n1218 (new-rural programme, 2022): "… đã giải ngân được 7,5%. Một số tỉnh có tỷ lệ giải ngân cao so với
    # bình quân chung của cả nước là: Vĩnh Long 7,5%, Bến Tre 12,6%, Tây Ninh 10,8%, Thái Nguyên 8,9%..."
    text = (
        "Đến hết tháng 9-2022, Chương trình đã giải ngân được 7,5%. Một số tỉnh có tỷ lệ giải ngân cao so với"
        " bình quân chung của cả nước là: Vĩnh Long {}, Bến Tre 12,6%, Tây Ninh 10,8%."
    )
    said = verdicts(text.format("7,9%"))
    assert said["7,9%"] == said["12,6%"] == said["10,8%"] == Verdict.CONSISTENT
    assert verdicts(text.format("7,5%"))["7,5%"] == Verdict.WORDING_CONTRADICTION


def test_parts_each_with_its_rate_of_the_plan_after_the_totals_rates():
    # n666 (Quảng Trị district's crops, 2018): "8.418,1 ha, đạt 93,5% so kế hoạch, đạt 94,8% so cùng kỳ, trong
    # đó: lúa 6.668,1 ha (vụ Đông Xuân …) đạt 98,5 % so với kế hoạch, …; các cây trồng khác 1.750 ha, …"
    text = (
        "Tổng diện tích gieo trồng cả năm 2018 là {} ha, đạt 93,5% so kế hoạch, đạt 94,8% so cùng kỳ, trong"
        " đó: lúa 6.668,1 ha (vụ Đông Xuân 3.772,1 ha, vụ Hè Thu 2.896ha) đạt 98,5 % so với kế hoạch, đạt"
        " 99,2 % so cùng kỳ; các cây trồng khác 1.750 ha, trong đó, ngô 9,1 ha, sắn 1.740,9 ha."
    )
    assert verdicts(text.format("8.418,1"))["8.418,1"] == Verdict.CONSISTENT
    assert verdicts(text.format("8.481,1"))["8.481,1"] == Verdict.INCONSISTENT


def test_names_listed_after_what_is_said_of_them():
    # n1326 (Nam Sách's call-up examinations, 2023): "có 9 đơn vị đạt 100% quân số lên khám so với lệnh điều
    # khám, gồm: Minh Tân, Thái Tân, …, Nam Trung"; a name "TP.HCM" is one name
    names = "Minh Tân, Thái Tân, Nam Tân, Hồng Phong, An Lâm, Phú Điền, Hiệp Cát, Nam Chính, Nam Trung"
    text = "Theo đó, có {} đơn vị đạt 100% quân số lên khám so với lệnh điều khám, gồm: {}."
    assert verdicts(text.format("9", names))["9"] == Verdict.CONSISTENT
    assert verdicts(text.format("8", names))["8"] == Verdict.INCONSISTENT
    assert (
        verdicts("Tỉnh chọn 02 địa phương là TP.Biên Hòa và H.Thống Nhất làm điểm.")["02"]
        == Verdict.CONSISTENT
    )
    # the list is of the places, not of the doses said with a rate of their own
    vaccine = "9 địa phương khác tiêm vaccine 2 mũi cho 90% dân số trở lên, gồm: Hà Nội, TP.HCM, Đồng Nai."
    assert "2" not in verdicts(vaccine)


def test_the_name_after_and_closes_a_list_of_names():
    # raw61/uk08 (Tuy An's inspectors): "tại 3 xã: An Thạch, An Nghiệp và An Ninh Tây, Thanh tra Nhà nước
    # huyện Tuy An đã phát hiện …" — three names, not a fourth after the comma
    text = (
        "Qua 3 cuộc thanh tra tại 3 xã: An Thạch, An Nghiệp và An Ninh Tây, Thanh tra Nhà nước huyện Tuy An"
        " đã phát hiện số tiền sai phạm hơn 534 triệu đồng."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_a_title_repeating_an_amount_the_body_says_about():
    # n1333 (new-rural funds, 2022): the title "Cả nước huy động được 621.324 tỷ đồng xây dựng nông thôn mới"
    # over "… đã huy động được khoảng 621.324 tỷ đồng từ các nguồn lực …"
    text = (
        "Cả nước huy động được {} tỷ đồng xây dựng nông thôn mới\n\nĐến hết năm 2022, cả nước đã huy động"
        " được khoảng 621.324 tỷ đồng từ các nguồn lực để thực hiện Chương trình, tăng 1,3 lần."
    )
    claims = [claim for claim in check_text(text.format("621.324")).claims if claim.printed.start < 40]
    assert [claim.verdict for claim in claims] == [Verdict.CONSISTENT]
    assert not [claim for claim in check_text(text.format("612.324")).claims if claim.printed.start < 40]
    # a bound said again is not judged as a bound of itself: "hơn 425 tỷ" twice is no contradiction
    twice = "Thu ngân sách đạt hơn 425 tỷ đồng.\n\nNhư vậy, huyện đã thu hơn 425 tỷ đồng trong năm."
    assert not any(claim.verdict.alarm for claim in check_text(twice).claims)


def test_prizes_broken_down_of_the_winners_before_them():
    # n1343 (national best-student contest, 2023): "có 2.238 thí sinh đoạt giải. Trong đó, cả nước có 97 giải
    # Nhất (chiếm 4,25%), 520 giải Nhì (chiếm 22,78%), 732 giải Ba (chiếm 32,06%), 934 giải Khuyến khích …" —
    # 2.283 winners, one prize each (the shares are of 2.283 too)
    text = (
        "Trong số 4.589 thí sinh dự thi, có {} thí sinh đoạt giải. Trong đó, cả nước có 97 giải Nhất, 520"
        " giải Nhì, 732 giải Ba, 934 giải Khuyến khích."
    )
    assert verdicts(text.format("2.283"))["2.283"] == Verdict.CONSISTENT
    assert verdicts(text.format("2.238"))["2.238"] == Verdict.INCONSISTENT


def test_so_much_for_each_times_their_count():
    # n1372 (the Fatherland Front's Tết gifts, 2025): "tặng quà tại 4 địa phương, mỗi địa phương 200 suất quà,
    # mỗi suất quà 1 triệu đồng tiền mặt và 1 túi quà …, như vậy tổng số là 800 suất quà"
    text = (
        "Các đồng chí lãnh đạo đi thăm, tặng quà tại 4 địa phương, mỗi địa phương 200 suất quà, mỗi suất"
        " quà 1 triệu đồng tiền mặt và 1 túi quà trị giá 300.000 đồng, như vậy tổng số là {} suất quà với số"
        " tiền 1,04 tỷ đồng; đồng thời dự phòng 1.650 suất quà."
    )
    assert verdicts(text.format("800"))["800"] == Verdict.CONSISTENT
    assert verdicts(text.format("900"))["900"] == Verdict.INCONSISTENT
    # an average a year is rounded: no product of it
    average = "Đã thực hiện 489.082 vụ việc (trung bình mỗi năm thực hiện được 97.800 vụ việc) trong 05 năm."
    assert not verdicts(average).get("489.082", Verdict.CONSISTENT).alarm


def test_a_breakdown_after_the_totals_multiple_and_its_parts_own():
    # n1377 (forests, 10 months of 2019): "diện tích rừng bị thiệt hại là 3,2 nghìn ha, gấp 3 lần cùng kỳ năm
    # trước, trong đó diện tích rừng bị cháy là 2,7 nghìn ha, gấp gần 5 lần; diện tích rừng bị chặt, phá là
    # 517 ha, tăng 2%"; n1376 the same after "giảm 47,8% so với cùng kỳ năm trước"
    text = (
        "Tính chung 10 tháng, diện tích rừng bị thiệt hại là {} nghìn ha, gấp 3 lần cùng kỳ năm trước, trong"
        " đó diện tích rừng bị cháy là 2,7 nghìn ha, gấp gần 5 lần; diện tích rừng bị chặt, phá là 517 ha,"
        " tăng 2%."
    )
    assert verdicts(text.format("3,2"))["3,2 nghìn"] == Verdict.CONSISTENT
    # (a list after "trong đó" may be partial: only more than the whole is a slip)
    assert verdicts(text.format("3,1"))["3,1 nghìn"] == Verdict.INCONSISTENT


def test_a_list_read_as_the_parts_of_the_whole_before_is_not_read_again_by_its_verb():
    # n1387 (Bắc Kạn's population, 2023): "… năm 2022 … là 324.353 người. Trong đó, dân số thành thị có
    # 73.565 người; dân số nông thôn có 250.788 người. … năm 2023 là 326.504 người. Trong đó thành thị có
    # 78.640 người; nông thôn có 247.864 người." — the second list is of 326.504, never of the 250.788
    text = (
        "Dân số trung bình năm 2022 của tỉnh là 324.353 người. Trong đó, dân số thành thị có 73.565 người;"
        " dân số nông thôn có 250.788 người.\n\nƯớc tính dân số của tỉnh năm 2023 là 326.504 người. Trong đó"
        " thành thị có 78.640 người; nông thôn có 247.864 người."
    )
    said = verdicts(text)
    assert said["324.353"] == said["326.504"] == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_the_average_price_changes_by_the_value_over_the_volume():
    # n1396 (rice exports, 9 months of 2022): "so với cùng kỳ 2021 cũng giảm 1,6% về lượng, giảm 6% kim ngạch
    # và giảm 4,4% về trị giá bình quân" — 94 / 98,4 = 0,9553; n1397: "tăng 6,6% về khối lượng, nhưng giảm 4%
    # về kim ngạch và giảm 9,9% về giá" after "giá trung bình đạt 489 USD/tấn"
    text = (
        "Tháng 9 xuất khẩu 583.203 tấn gạo; so với cùng kỳ 2021 giảm 1,6% về lượng, giảm 6% kim ngạch và giảm"
        " {} về trị giá bình quân."
    )
    assert verdicts(text.format("4,4%"))["4,4%"] == Verdict.CONSISTENT
    assert verdicts(text.format("6,4%"))["6,4%"] == Verdict.INCONSISTENT
    price = (
        "Xuất khẩu 1,35 triệu tấn, giá trung bình đạt 489 USD/tấn, tăng 6,6% về khối lượng, nhưng giảm 4% về"
        " kim ngạch và giảm {} về giá so với cùng kỳ năm 2021."
    )
    assert verdicts(price.format("9,9%"))["9,9%"] == Verdict.CONSISTENT
    assert verdicts(price.format("8,9%"))["8,9%"] == Verdict.INCONSISTENT


def test_a_bracket_opened_by_its_marker_after_a_long_noun():
    # n1386 (the elderly's association, 2022): "4.746 câu lạc bộ của người cao tuổi đang hoạt động (gồm: 3.745
    # câu lạc bộ văn hóa - thể thao, 1.001 câu lạc bộ liên thế hệ tự giúp nhau)"
    text = (
        "Toàn tỉnh có {} câu lạc bộ của người cao tuổi đang hoạt động (gồm: 3.745 câu lạc bộ văn hóa - thể"
        " thao, 1.001 câu lạc bộ liên thế hệ tự giúp nhau), với tổng số 205.734 thành viên."
    )
    assert verdicts(text.format("4.746"))["4.746"] == Verdict.CONSISTENT
    assert verdicts(text.format("4.764"))["4.764"] == Verdict.INCONSISTENT


def test_groups_each_in_a_sentence_measured_as_their_whole():
    # n1411 (food poisoning, 11 months of 2024): "131 vụ ngộ độc thực phẩm, làm 4.726 người mắc và 21
    # trường hợp tử vong. … là 29 vụ, khiến 4.049 người mắc và 2 người tử vong. … là 102 vụ, khiến 747 người
    # mắc và 19 người tử vong." — 29 + 102 = 131, so 4.049 + 747 = 4.796 is the whole's
    text = (
        "Trong 11 tháng năm 2024, toàn quốc ghi nhận 131 vụ ngộ độc thực phẩm, làm {} người mắc và 21"
        " trường hợp tử vong. So với cùng kỳ năm 2023, số vụ ngộ độc tăng 7, số mắc tăng 2.677 người, song số"
        " tử vong giảm 7 người. Số vụ ngộ độc thực phẩm lớn (trên 30 người mắc/vụ) là 29 vụ, khiến 4.049"
        " người mắc và 2 người tử vong. Số vụ ngộ độc nhỏ, vừa (dưới 30 người mắc/vụ) là 102 vụ, khiến 747"
        " người mắc và 19 người tử vong."
    )
    said = verdicts(text.format("4.796"))
    assert said["4.796"] == said["131"] == said["21"] == Verdict.CONSISTENT
    assert verdicts(text.format("4.726"))["4.726"] == Verdict.INCONSISTENT
    # a group that says a change where the others say a count is none of them (n897's railway)
    roads = (
        "Cả nước xảy ra 271 vụ tai nạn giao thông làm 168 người chết, 177 người bị thương. Trong số đó, đường"
        " bộ xảy ra 270 vụ, làm 167 người chết, 177 người bị thương. Đường sắt xảy ra 1 vụ, làm 1 người chết;"
        " giảm 1 vụ và 1 người bị thương."
    )
    assert not any(claim.verdict.alarm for claim in check_text(roads).claims)


def test_parts_said_accordingly_when_they_add_up():
    # n1422 (Lâm Đồng's building permits, 2021): "… là 44.866 trường hợp, …. Theo đó, Sở Xây dựng đã cấp
    # 1.962 GPXD, tỷ lệ đúng hạn là 100%; UBND các huyện, thành phố đã cấp 42.904 GPXD."
    text = (
        "Tổng số giấy phép xây dựng được cấp trong toàn tỉnh là {} trường hợp. Theo đó, Sở Xây dựng đã cấp"
        " 1.962 GPXD, tỷ lệ đúng hạn là 100%; UBND các huyện, thành phố đã cấp 42.904 GPXD."
    )
    assert verdicts(text.format("44.866"))["44.866"] == Verdict.CONSISTENT
    assert "44.686" not in verdicts(text.format("44.686"))  # "theo đó" may say what else: no slip read


def test_a_list_after_trong_do_with_its_colon_may_be_some_of_it():
    # raw64/un06 (fisheries, October 2021): "492,1 nghìn tấn, tăng 0,9% …, trong đó: Cá đạt 324,7 nghìn tấn,
    # tăng 1,2%; tôm đạt 123,4 nghìn tấn, tăng 0,1%" — no other farmed fish named: not all of it
    text = (
        "Sản lượng thủy sản nuôi trồng trong tháng ước tính đạt 492,1 nghìn tấn, tăng 0,9% so với cùng kỳ năm"
        " trước, trong đó: Cá đạt 324,7 nghìn tấn, tăng 1,2%; tôm đạt 123,4 nghìn tấn, tăng 0,1%."
    )
    assert not verdicts(text)["492,1 nghìn"].alarm
    # … but GRDP's three sectors and the taxes on products are all of it (n788)
    grdp = (
        "GRDP theo giá hiện hành đạt {} tỷ đồng, tăng 13,02% so với cùng kỳ năm 2024, trong đó: Khu vực nông,"
        " lâm nghiệp và thủy sản đạt 638,76 tỷ đồng, tăng 10,21%; khu vực công nghiệp - xây dựng đạt 1.339,58"
        " tỷ đồng, tăng 9,84%; khu vực dịch vụ đạt 4.461,59 tỷ đồng, tăng 14,6%; thuế sản phẩm trừ trợ cấp"
        " sản phẩm đạt 342,06 tỷ đồng, tăng 10,09%."
    )
    assert verdicts(grdp.format("6.781,99"))["6.781,99 tỷ"] == Verdict.CONSISTENT
    assert verdicts(grdp.format("6.961,99"))["6.961,99 tỷ"] == Verdict.INCONSISTENT


def test_the_parts_shares_of_their_own_bases_as_the_wholes():
    # raw64/un21 (rice harvest, November 2022): "1.326,7 nghìn ha lúa mùa, chiếm 85,4% diện tích gieo cấy …,
    # trong đó: Các địa phương phía Bắc thu hoạch 980,4 nghìn ha, chiếm 95,8% và bằng 98,2%; …"
    text = (
        "Cả nước thu hoạch được 1.326,7 nghìn ha lúa mùa, chiếm 85,4% diện tích gieo cấy và bằng 101,2% cùng"
        " kỳ năm trước, trong đó: Các địa phương phía Bắc thu hoạch 980,4 nghìn ha, chiếm 95,8% và bằng"
        " 98,2%; các địa phương phía Nam thu hoạch 346,3 nghìn ha, chiếm 65,1% và bằng 111,1%."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_the_value_of_the_period_compared_in_brackets_after_the_rate():
    # n1447 (Hồ Chí Minh City's hospitals, 2021): "tổng thu năm 2021 của các BV là 20.128 tỉ đồng, so với năm
    # 2020, doanh thu giảm 36% (31.696 tỉ đồng)" — 2020's revenue, not the fall
    text = (
        "Ước tính tổng thu năm 2021 của các BV là 20.128 tỉ đồng, so với năm 2020, doanh thu giảm {} (31.696"
        " tỉ đồng)."
    )
    assert verdicts(text.format("36%"))["36%"] == Verdict.CONSISTENT
    assert verdicts(text.format("46%"))["46%"].alarm


def test_groups_of_a_report_read_only_once_they_add_up():
    # the year report's own lines (tests/test_term_reports.py): "0/6 chỉ tiêu đã đạt …; 6 chỉ tiêu đang thực
    # hiện", then each unit's "0/2 …; 2 …" — no group of fractions and zeros read as adding up after two units
    whole = "Các đơn vị trực thuộc có tổng cộng 0/6 chỉ tiêu đã đạt và vượt kế hoạch năm; 6 chỉ tiêu đang"
    unit = "Phòng Lao động - Thương binh và Xã hội Quận {}: 0/2 chỉ tiêu đã đạt và vượt kế hoạch năm; 2"
    units = [unit.format(name) + " chỉ tiêu đang thực hiện;" for name in ("Gò Vấp", "1", "3")]
    text = "\n".join([whole + " thực hiện.", *units])
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_a_rate_then_its_fraction_after_with():
    # n843 (national gifted pupils, 2025): "Hải Dương đạt tỷ lệ 88,6% với 97/110 học sinh đoạt giải" (88,2%)
    text = "Ngay sau Vĩnh Phúc, Hải Dương đạt tỷ lệ {} với 97/110 học sinh đoạt giải, chỉ kém Vĩnh Phúc 0,2%."
    assert verdicts(text.format("88,2%"))["88,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format("88,6%"))["88,6%"] == Verdict.INCONSISTENT


def test_a_bracket_after_a_count_of_an_age_group():
    # n1362 (taekwondo, 2024): "32 bộ huy chương nhóm tuổi 12-14 (22 đối kháng, 10 biểu diễn)"
    text = (
        "Giải năm nay có nhiều nội dung. Ban tổ chức trao 22 bộ huy chương (12 đối kháng, 10 biểu diễn) ở"
        " nhóm tuổi U12; 32 bộ huy chương nhóm tuổi 12-14 (22 đối kháng, 10 biểu diễn); 33 bộ huy chương"
        " nhóm tuổi 15-17 ({} đối kháng, 10 biểu diễn)."
    )
    found = verdicts(text.format("23"))
    assert found["32"] == Verdict.CONSISTENT and found["33"] == Verdict.CONSISTENT
    # items that count other words than their total ("đối kháng" of "bộ huy chương") are read only when they
    # add up: otherwise they may not be its parts at all
    assert "33" not in verdicts(text.format("25"))


def test_gifts_in_lots_add_up_to_what_they_are_worth():
    # n1501 (Hồ Chí Minh City, gifts to martyrs' families, 2021): three lots, each its count and price, and
    # the whole "tổng kinh phí là 220 triệu đồng"
    text = (
        "Hội Hỗ trợ gia đình liệt sỹ Việt Nam tặng 50 sổ tiết kiệm, trị giá 3 triệu đồng/sổ và 50 suất quà"
        " tiền mặt, trị giá 1 triệu đồng/suất, kèm theo 100 suất quà bằng hiện vật, trị giá 200.000"
        " đồng/suất cho 100 đại diện thân nhân gia đình liệt sỹ, tổng kinh phí là {} triệu đồng."
    )
    assert verdicts(text.format("220"))["220 triệu"] == Verdict.CONSISTENT
    assert verdicts(text.format("250"))["250 triệu"] == Verdict.INCONSISTENT
    # n1503: the whole said first, the price of each lot in its bracket
    first = (
        "UBND huyện trích kinh phí 19 triệu đồng thăm tặng 9 suất quà (mỗi suất 1 triệu đồng cho 09 Mẹ Việt"
        " Nam anh hùng) và 20 suất quà (mỗi suất 500 ngàn đồng) cho 20 gia đình chính sách."
    )
    assert verdicts(first)["19 triệu"] == Verdict.CONSISTENT
    # n1502: the worth said in a sentence of its own, above what the lots come to (163,5 triệu)
    after = (
        "Các Đoàn đã trao 9 phần quà (3 triệu đồng/phần) cho Mẹ VNAH, thương bệnh binh nặng và 91 phần quà"
        " (1,5 triệu đồng/phần) cho các gia đình chính sách. Tổng trị giá quà tặng hơn {} triệu đồng."
    )
    assert verdicts(after.format("163"))["163 triệu"] == Verdict.CONSISTENT
    assert verdicts(after.format("165"))["165 triệu"].alarm
    # a price said as a range is not one price each: nothing is added up
    ranged = (
        "Trao tặng 17.000 suất quà, mỗi suất trị giá 600.000 đồng đến 1.200.000 đồng/suất, tổng kinh phí dự"
        " kiến 18,252 tỷ đồng."
    )
    assert "18,252 tỷ" not in verdicts(ranged)


def test_a_rate_of_a_base_it_names_and_does_not_print():
    # n1476 (a farmers' union, 2020): "có 5.089 cán bộ, hội viên tham dự; … cấp cơ sở 3.115 hộ đạt 60,5% so
    # với hộ hội viên" — the member households, not the people at the meetings
    text = (
        "Cơ sở Hội tổ chức phát động phong trào được 98 buổi, có 5.089 cán bộ, hội viên tham dự; Qua bình xét"
        " có 3.837 hộ đạt danh hiệu các cấp, trong đó: cấp Trung ương 12 hộ, cấp tỉnh 127 hộ, cấp huyện 583"
        " hộ, cấp cơ sở 3.115 hộ đạt 60,5% so với hộ hội viên."
    )
    assert not verdicts(text).get("60,5%", Verdict.NOT_CHECKABLE).alarm


def test_a_change_of_a_count_with_a_long_noun_in_a_comparison():
    # n1496 (the Ministry of Public Security's monthly figures, 2024): "tạm giữ 121.610 ô tô, mô tô, xe máy.
    # So với tháng 02/2024, …, giảm 17.579 số ô tô, mô tô, xe máy bị tạm giữ (-12,63%)"
    text = (
        "Toàn quốc có 358.751 vụ vi phạm bị xử lý; xử phạt 706,62 tỷ đồng; tạm giữ 121.610 ô tô, mô tô, xe"
        " máy. So với tháng 02/2024, tăng 4.175 vụ (+1,18%), giảm 17.579 số ô tô, mô tô, xe máy bị tạm giữ"
        " (-{})."
    )
    assert verdicts(text.format("12,63%"))["12,63%"] == Verdict.CONSISTENT
    assert verdicts(text.format("14,63%"))["14,63%"] == Verdict.INCONSISTENT


def test_a_count_whose_noun_is_written_as_a_title_then_its_names():
    # n1478 (a provincial youth union, 2023): "4 Chiến dịch tình nguyện: Mùa hè xanh, Hoa phượng đỏ, Kỳ nghỉ
    # hồng và Hành quân xanh"
    text = (
        "Tỉnh đoàn triển khai chiến dịch hè, gồm {} Chiến dịch tình nguyện: Mùa hè xanh, Hoa phượng đỏ và Kỳ"
    )
    text += " nghỉ hồng."
    assert verdicts("Tin tức. " + text.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts("Tin tức. " + text.format("4"))["4"] == Verdict.INCONSISTENT
    # raw5/v35 (fire police, 2012): "thành lập thêm 06 Cảnh sát phòng cháy chữa cháy gồm Quảng Ngãi, …, Bắc
    # Ninh và Thái Nguyên" — seven names
    police = (
        "Trong công tác xây dựng lực lượng đã thành lập thêm 06 Cảnh sát phòng cháy chữa cháy gồm Quảng Ngãi,"
        " Lâm Đồng, Bình Định, Khánh Hòa, Thừa Thiên Huế, Bắc Ninh và Thái Nguyên."
    )
    assert verdicts("Tin tức. " + police)["06"] == Verdict.INCONSISTENT


def test_two_counts_then_the_names_of_each():
    # n1486 (public investment disbursement, November 2025): "có 08 bộ, cơ quan trung ương và 18 địa phương
    # có tỷ lệ giải ngân đạt từ mức bình quân chung cả nước, bao gồm: Ngân hàng Phát triển; …; các địa
    # phương: Hà Tĩnh, Ninh Bình, …"
    text = (
        "Có {} bộ, cơ quan trung ương và {} địa phương có tỷ lệ giải ngân đạt từ mức bình quân chung cả nước,"
        " bao gồm: Ngân hàng Phát triển; Văn phòng Trung ương Đảng; Kiểm toán Nhà nước; các địa phương: Hà"
        " Tĩnh, Ninh Bình, Thành phố Hải Phòng và Quảng Ninh."
    )
    found = verdicts("Kết quả giải ngân. " + text.format("03", "4"))
    assert found["03"] == Verdict.CONSISTENT and found["4"] == Verdict.CONSISTENT
    found = verdicts("Kết quả giải ngân. " + text.format("03", "5"))
    assert found["5"] == Verdict.INCONSISTENT


def test_shares_after_a_wrong_share_of_the_whole_its_words_name():
    # n1483 (the Social Policy Bank in Đắk Lắk, 2021): the first share names its whole and misses it; the
    # shares after it in the list, unnamed, are of that whole still
    text = (
        "Toàn tỉnh hiện có 5.616 tỷ đồng dư nợ cho vay ủy thác của các tổ chức chính trị - xã hội. Cụ thể, dư"
        " nợ ủy thác thông qua Hội Nông dân: hơn 1.764 tỷ đồng, chiếm tỷ trọng 31,37% dư nợ cho vay ủy thác;"
        " Hội Phụ nữ gần 1.817 tỷ đồng, chiếm {}; Hội Cựu chiến binh 1.033 tỷ đồng, chiếm 18,4%."
    )
    assert verdicts(text.format("32,6%"))["32,6%"] == Verdict.INCONSISTENT
    assert verdicts(text.format("32,4%"))["32,4%"] == Verdict.CONSISTENT


def test_tonnes_and_tonne_kilometres_are_not_added_up():
    # n1542 (transport, 2019): "1.684,1 triệu tấn … và 322,2 tỷ tấn.km …, trong đó vận tải trong nước đạt
    # 1.650 triệu tấn … và 179,4 tỷ tấn.km …; vận tải ngoài nước đạt 34,1 triệu tấn … và 142,8 tỷ tấn.km"
    text = (
        "Tính chung năm 2019, vận tải hàng hóa đạt 1.684,1 triệu tấn, tăng 9,7% so với năm trước và 322,2 tỷ"
        " tấn.km, tăng 7,8%, trong đó vận tải trong nước đạt 1.650 triệu tấn, tăng 9,8% và 179,4 tỷ tấn.km,"
        " tăng 10,4%; vận tải ngoài nước đạt 34,1 triệu tấn, tăng 4,3% và 142,8 tỷ tấn.km, tăng 4,7%."
    )
    assert not any(claim.verdict.alarm for claim in check_text("Vận tải. " + text).claims)


def test_a_fraction_then_its_plan_reached():
    # raw33/ti23 (a commune's year report, 2017): "xét duyệt 1.000/1.750 thanh niên lên đường nhập ngũ năm
    # 2017 đạt 100% chỉ tiêu" — the quota, not 1.000 of 1.750
    text = (
        "Phối hợp vận động, xét duyệt 1.000/1.750 thanh niên lên đường nhập ngũ năm 2017 đạt 100% chỉ tiêu."
    )
    assert not verdicts("Tin. " + text).get("100%", Verdict.NOT_CHECKABLE).alarm
    # … without the plan named, 100% is of the fraction (the synthetic held-out set's "19/20 …, đạt 100%")
    assert verdicts("Tin. Hoàn thành 19/20 nhiệm vụ trọng tâm, đạt 100%.")["100%"] == Verdict.INCONSISTENT


def test_a_change_said_after_the_last_part_of_a_breakdown_may_be_the_wholes():
    # n1526 (Lào Cai's Tết tourism, 2024): "Tổng thu … đạt 900 tỷ đồng, trong đó: … quốc tế đạt khoảng 53 tỷ
    # đồng, … nội địa đạt khoảng 848 tỷ đồng, tăng 1% so với cùng kỳ năm 2023 (892 tỷ đồng)"
    text = (
        "Tổng thu từ khách du lịch đạt 900 tỷ đồng, trong đó: tổng thu từ khách quốc tế đạt khoảng 53 tỷ"
        " đồng, tổng thu từ khách nội địa đạt khoảng 848 tỷ đồng, tăng {} so với cùng kỳ năm 2023"
        " (892 tỷ đồng)."
    )
    assert verdicts("Du lịch. " + text.format("1%"))["1%"] == Verdict.CONSISTENT
    assert verdicts("Du lịch. " + text.format("3%"))["3%"].alarm


def test_above_a_figure_that_is_the_sum_itself_is_loose_not_a_slip():
    # n1511 (a district health centre, 2019): "khám được trên 49.529 lượt bệnh nhân (… 20.613 lượt; … 28.916
    # lượt)" — exactly the sum
    text = (
        "Năm 2019, Trung tâm y tế huyện đã khám được trên {} lượt bệnh nhân ( khám chửa bệnh tại trung tâm"
        " 20.613 lượt; tại trung tâm xã, thị trấn 28.916 lượt ); tổng số bệnh nhân điều trị nội trú 5.531."
    )
    assert verdicts("Y tế. " + text.format("49.529"))["49.529"] == Verdict.AMBIGUOUS
    assert verdicts("Y tế. " + text.format("49.000"))["49.000"] == Verdict.CONSISTENT
    assert verdicts("Y tế. " + text.format("49.529").replace("trên ", ""))["49.529"] == Verdict.CONSISTENT


def test_parts_counted_and_measured_add_up_both_ways():
    # n1521 (industrial zones, June 2019): "có 38 KCN nằm trong KKT với tổng diện tích khoảng 15,2 nghìn ha;
    # trong đó 17 KCN đang hoạt động có tổng diện tích khoảng 6,9 nghìn ha và 21 KCN đang xây dựng cơ bản
    # với tổng diện tích khoảng 8,3 nghìn ha"
    text = (
        "Lũy kế đến tháng 6/2019, có {} KCN nằm trong KKT với tổng diện tích {} nghìn ha; trong đó 17 KCN"
        " đang hoạt động có tổng diện tích 6,9 nghìn ha và 21 KCN đang xây dựng cơ bản với tổng diện tích 8,3"
        " nghìn ha."
    )
    found = verdicts("Khu công nghiệp. " + text.format("38", "15,2"))
    assert found["38"] == Verdict.CONSISTENT and found["15,2 nghìn"] == Verdict.CONSISTENT
    # the counts add up: the list is all of it, and the areas must add up too
    assert verdicts("Khu công nghiệp. " + text.format("38", "16,2"))["16,2 nghìn"] == Verdict.INCONSISTENT
    # counts short of the whole's: some of them only, nothing said of the areas
    assert "16,2 nghìn" not in verdicts("Khu công nghiệp. " + text.format("40", "16,2"))
    assert verdicts("Khu công nghiệp. " + text.format("36", "15,2"))["36"] == Verdict.INCONSISTENT


def test_a_share_said_with_an_equals_sign_of_the_total_said_before():
    # n1561 (a party committee's year review): "Tổng số có 10 chi bộ, đã đánh giá 10 chi bộ = 100% / - Chi bộ
    # hoàn thành tốt nhiệm vụ: 09 Chi bộ = 80%"
    text = (
        "Tổ chức đảng:\nTổng số có 10 chi bộ, đã đánh giá 10 chi bộ = 100%\n- Chi bộ hoàn thành tốt nhiệm vụ:"
        " 09 Chi bộ = {}\n"
    )
    assert verdicts(text.format("90%"))["90%"] == Verdict.CONSISTENT
    assert verdicts(text.format("80%"))["80%"] == Verdict.INCONSISTENT


def test_a_share_with_a_digit_left_out():
    # n1223 (a district's candidates, 2021): "đảng viên 62 người (đạt tỷ lệ 88,6%), ngoài Đảng 8 người (đạt tỷ
    # lệ 1,4%), nữ 26 người (đạt tỷ lệ 37%)" of 70 — 11,4% with a digit left out; 1 of 69 nearby gives 1,4%
    # by chance, a share of two digits
    text = (
        "Các đơn vị đã giới thiệu người ứng cử với tổng số 70 người. Trong đó, đảng viên 62 người (đạt tỷ lệ"
        " 88,6%), ngoài Đảng 8 người (đạt tỷ lệ {}), nữ 26 người (đạt tỷ lệ 37%); trình độ phổ thông 12/12:"
        " 69 người, 9/12: 1 người."
    )
    assert verdicts(text.format("11,4%"))["11,4%"] == Verdict.CONSISTENT
    claim = next(c for c in check_text(text.format("1,4%")).claims if c.printed.text == "1,4%")
    assert claim.verdict == Verdict.INCONSISTENT and claim.slip == Slip.MISTYPED_DIGIT
    assert "sót một chữ số" in claim.message.vi


def test_people_counted_in_millions_and_in_units_are_alike():
    # n1558 (the 2021 exams): "số thí sinh dự thi năm nay là 1,02 triệu em, tăng 11% so với năm 2020 (900.000
    # em)" — 13,3%
    text = "Số thí sinh dự thi năm nay là 1,02 triệu em, tăng {} so với năm 2020 (900.000 em)."
    assert verdicts("Thi cử. " + text.format("13%"))["13%"] == Verdict.CONSISTENT
    assert verdicts("Thi cử. " + text.format("11%"))["11%"] == Verdict.INCONSISTENT
    # money is not households: no change recomputed of "1,5 tỷ đồng" against "900 hộ"
    found = verdicts("Thi cử. Thu 1,5 tỷ đồng, tăng 12% so với năm 2020 (900 hộ).")
    assert found.get("12%", Verdict.NOT_CHECKABLE) == Verdict.NOT_CHECKABLE


def test_a_long_noun_then_a_bracket_of_places_with_colons():
    # n1547 (Nghệ An's floods, 2019): "Mưa lũ đã làm 8.139 nhà trên địa bàn tỉnh bị ngập (Quỳnh Lưu: 5.559
    # nhà; Hưng Nguyên: 275 nhà, …; Nam Đàn 52 nhà, …)"
    text = (
        "Mưa lũ đã làm {} nhà trên địa bàn tỉnh bị ngập (Quỳnh Lưu: 5.559 nhà; Hưng Nguyên: 275 nhà, Thanh"
        " Chương: 776 nhà; Yên Thành: 1.089 nhà, Anh Sơn: 226 nhà; Nam Đàn 52 nhà, Tân Kỳ: 96 nhà)."
    )
    assert verdicts("Thiệt hại. " + text.format("8.073"))["8.073"] == Verdict.CONSISTENT
    assert verdicts("Thiệt hại. " + text.format("9.073"))["9.073"] != Verdict.CONSISTENT


def test_two_totals_of_two_nouns_broken_down_in_one_bracket():
    # n1563 (a province's emulation council, 2018): "Huân chương Lao động … cho 5 tập thể, 5 cá nhân (hạng
    # nhất 1 tập thể; hạng nhì 3 tập thể, 2 cá nhân; hạng ba cho 1 tập thể và 3 cá nhân)"
    text = (
        "Hội đồng đề nghị Huân chương Lao động các hạng cho 5 tập thể, {} cá nhân (hạng nhất 1 tập thể; hạng"
        " nhì 3 tập thể, 2 cá nhân; hạng ba cho 1 tập thể và 3 cá nhân)."
    )
    found = verdicts("Thi đua. " + text.format("5"))
    assert found["5"] == Verdict.CONSISTENT
    assert verdicts("Thi đua. " + text.format("6"))["6"] == Verdict.INCONSISTENT


def test_a_share_said_as_only_so_much():
    # n1587 (released prisoners, 2019): "chỉ 125 người trên tổng số hơn 6.700 người chấp hành xong án phạt tù
    # tái phạm, chiếm tỷ lệ chỉ 1,8%"
    text = "Chỉ 125 người trên tổng số 6.700 người chấp hành xong án phạt tù tái phạm, chiếm tỷ lệ chỉ {}."
    assert verdicts("Tin. " + text.format("1,9%"))["1,9%"] == Verdict.CONSISTENT
    assert verdicts("Tin. " + text.format("2,8%"))["2,8%"] == Verdict.INCONSISTENT


def test_a_list_whose_own_shares_leave_the_rest_out_is_not_all_of_it():
    # n1601 (industrial property, 2011-2020): "350.237 đơn …, bao gồm 325.345 đơn … (chiếm 92,87%), 16.083 đơn
    # … (chiếm 4,6%), 5.725 đơn … (chiếm 1,63%) và 2.994 đơn … (chiếm 0,85%)" — 90 short, 0,05% short
    text = (
        "Cục Sở hữu trí tuệ đã tiếp nhận 350.237 đơn đăng ký, bao gồm 325.345 đơn đăng ký nhãn hiệu (chiếm"
        " 92,89%), 16.083 đơn đăng ký kiểu dáng công nghiệp (chiếm {}), 5.725 đơn đăng ký sáng chế (chiếm"
        " 1,63%) và 2.994 đơn giải pháp hữu ích (chiếm 0,85%)."
    )
    assert not verdicts("Tin. " + text.format("4,6%"))["350.237"].alarm
    # … shares that make 100% say the list is all of it: then 90 short is a slip
    assert verdicts("Tin. " + text.format("4,63%"))["350.237"] == Verdict.INCONSISTENT


def test_names_each_with_its_figure_in_brackets():
    # n1606 (Lâm Đồng's small irrigation, 2022): "6 huyện được phân bổ kinh phí nhiều nhất gồm: Lâm Hà (1,7 tỷ
    # đồng); Bảo Lâm ( gần 1,6 tỷ đồng); …; Đam Rông ( hơn 1,2 tỷ đồng)."
    text = (
        "Trong đó có {} huyện được phân bổ kinh phí nhiều nhất gồm: Lâm Hà (1,7 tỷ đồng); Bảo Lâm ( gần 1,6"
        " tỷ đồng); Di Linh (hơn 1,5 tỷ đồng); Đam Rông ( hơn 1,2 tỷ đồng)."
    )
    assert verdicts("Thủy lợi. " + text.format("4"))["4"] == Verdict.CONSISTENT
    assert verdicts("Thủy lợi. " + text.format("6"))["6"] == Verdict.INCONSISTENT


def test_things_named_in_lower_case_are_counted_only_when_they_agree():
    # n1613 (Hà Tĩnh at SEA Games 33): "tranh tài ở 6 môn gồm: điền kinh, rowing, sailing, karate, bắn súng
    # và bóng đá nam." — an item's words may hold a comma of their own: a count that differs says nothing
    text = "Thể thao Hà Tĩnh có 12 vận động viên, tranh tài ở {} môn gồm: điền kinh, rowing, sailing, karate,"
    text += " bắn súng và bóng đá nam."
    assert verdicts("Thể thao. " + text.format("6"))["6"] == Verdict.CONSISTENT
    assert "7" not in verdicts("Thể thao. " + text.format("7"))


def test_names_listed_after_a_fraction_are_of_its_first_figure():
    # raw9/z47 (Lai Châu, 2016-2020): "6/7 huyện được thụ hưởng … gồm: Mường Tè, Nậm Nhùn, Phong Thổ, Sìn Hồ,
    # Than Uyên, Tân Uyên" — six names, not the seven districts
    text = (
        "Tỉnh Lai Châu có 6/7 huyện được thụ hưởng hỗ trợ từ Chương trình gồm: Mường Tè, Nậm Nhùn, Phong Thổ,"
        " Sìn Hồ, Than Uyên, Tân Uyên."
    )
    assert not any(claim.verdict.alarm for claim in check_text("Giảm nghèo. " + text).claims)
    # raw12/p18 (traffic accidents, 2019): "Có 5 địa phương không xảy ra tai nạn giao thông gồm: Bắc Ninh, Cao
    # Bằng, Kom Tum, Ninh Bình, Sơn La và Lào Cai." — six names
    six = (
        "Có 5 địa phương không xảy ra tai nạn giao thông gồm: Bắc Ninh, Cao Bằng, Kom Tum, Ninh Bình, Sơn La"
    )
    six += " và Lào Cai."
    assert verdicts("Giao thông. " + six)["5"] == Verdict.INCONSISTENT


def test_what_is_and_what_is_not_are_all_of_it_in_the_next_sentence_too():
    # n1516 (Hồ Chí Minh City's pupils, 2018): "tăng 67.234 học sinh. Trong đó, công lập 43.407, ngoài công
    # lập 21.624." — public and non-public schools are all of them: 65.031
    text = "Trong năm học 2018-2019 TP.HCM có {} học sinh. Trong đó, công lập 43.407, ngoài công lập 21.624."
    assert verdicts("Giáo dục. " + text.format("65.031"))["65.031"] == Verdict.CONSISTENT
    assert verdicts("Giáo dục. " + text.format("67.234"))["67.234"] == Verdict.INCONSISTENT
    # … not "besides": "ngoài ra" names no other half
    other = "Năm nay có {} hộ nghèo. Trong đó, 20 hộ nghèo mới phát sinh, ngoài ra 10 hộ tái nghèo."
    assert not verdicts("Giảm nghèo. " + other.format("40"))["40"].alarm


def test_a_line_wrapped_before_the_unit_of_a_figure():
    # n1631 (Lào Cai's land statistics, 2020, copied from a PDF with its lines): "Tỉnh Lào Cai có tổng diện
    # tích đất là 636.425\nha. Trong đó đất nông nghiệp 525.600 ha; đất phi nông nghiệp 36.880 ha; …" — the
    # parts of the 636.425 ha, not of the 1.219.826 ha said before it
    text = (
        "Cả nước có nhóm đất chưa sử dụng 1.219.826 ha. Số liệu được sử dụng thống nhất.\nTỉnh Lào Cai có"
        " tổng diện tích đất là {}\nha. Trong đó đất nông nghiệp 525.600 ha; đất phi nông nghiệp 36.880 ha;"
        " đất\nchưa sử dụng 73.945 ha."
    )
    assert verdicts(text.format("636.425"))["636.425"] == Verdict.CONSISTENT
    assert verdicts(text.format("626.425"))["626.425"] != Verdict.CONSISTENT  # its parts are more than it


def test_what_is_left_of_a_rate_reached():
    # n1677 (Gia Lai's pupils with health insurance, 2023): "đạt 86,57%, giảm 6,75% so với năm học trước và
    # còn 13,43% tương ứng với gần 43.600 học sinh chưa được tham gia BHYT" — and "năm học" is a school
    # year, no figure five
    text = (
        "Tỷ lệ học sinh tham gia BHYT toàn tỉnh Gia Lai đạt 86,57%, giảm 6,75% so với năm học trước và còn {}"
        " tương ứng với gần 43.600 học sinh chưa được tham gia BHYT."
    )
    found = verdicts("Bảo hiểm. " + text.format("13,43%"))
    assert found["13,43%"] == Verdict.CONSISTENT and "năm" not in found
    assert verdicts("Bảo hiểm. " + text.format("14,43%"))["14,43%"] == Verdict.INCONSISTENT


def test_names_that_go_on_past_a_semicolon_are_not_counted_short():
    # n1681 (ministries' administrative reform index, 2022): "có 4 bộ là: GD-ĐT, Y tế; Ngoại giao, KH-CN."
    text = "Chỉ số CCHC dưới 80% có 4 bộ là: GD-ĐT, Y tế; Ngoại giao, KH-CN. Có 11/17 bộ trên mức trung bình."
    assert not any(claim.verdict.alarm for claim in check_text("Cải cách. " + text).claims)


def test_the_old_and_the_new_of_a_pair_are_all_of_it():
    # n1672 (corruption cases in Thanh Hóa): "điều tra 36 vụ án tham nhũng, 74 bị can. Trong đó số vụ cũ là 11
    # vụ, 37 bị can; 15 vụ mới, 27 bị can." — 26 cases and 64 accused
    text = (
        "Cơ quan chức năng điều tra {} vụ án tham nhũng, {} bị can. Trong đó số vụ cũ là 11 vụ, 37 bị can; 15"
        " vụ mới, 27 bị can."
    )
    found = verdicts("Tham nhũng. " + text.format("26", "64"))
    assert found["26"] == Verdict.CONSISTENT and found["64"] == Verdict.CONSISTENT
    found = verdicts("Tham nhũng. " + text.format("36", "74"))
    assert found["36"] == Verdict.INCONSISTENT and found["74"] == Verdict.INCONSISTENT


def test_a_bound_the_figures_do_not_reach_is_said_as_such():
    # n1502: "Tổng trị giá quà tặng hơn 165 triệu đồng" of lots worth 163,5 triệu — no slip of rounding: the
    # flag names the bound and the figures' own value, with a decimal more than printed
    text = (
        "Các Đoàn đã trao 9 phần quà (3 triệu đồng/phần) cho Mẹ VNAH và 91 phần quà (1,5 triệu đồng/phần) cho"
        " các gia đình chính sách. Tổng trị giá quà tặng hơn 165 triệu đồng."
    )
    claim = next(c for c in check_text("Tin. " + text).claims if c.printed.text == "165 triệu")
    assert claim.verdict == Verdict.INCONSISTENT and claim.slip != Slip.ROUNDING
    assert "“hơn 165 triệu”; đúng ra là 163,5 triệu" in claim.message.vi


def test_shares_of_a_part_of_the_whole_said_before_that_meet_on_a_whole_of_their_own():
    # n1691 (Thái Nguyên's poor households, 2016): the province's 318.323 households, then "Về hộ nghèo, cận
    # nghèo 124 xã vùng dân tộc, miền núi: hộ nghèo: 31.118 hộ, chiếm 16,24%; hộ cận nghèo: 23.836 hộ, chiếm
    # 12,44%" — both of some 191.600 households of those communes, not slips of the province's
    text = (
        "Tổng số số hộ toàn tỉnh là 318.323 hộ. Trong đó: hộ nghèo: 35.683 hộ, chiếm 11,21%; hộ cận nghèo:"
        " 27.893 hộ, chiếm 8,76%.\n\nVề hộ nghèo, cận nghèo 124 xã vùng dân tộc, miền núi: hộ nghèo: 31.118"
        " hộ, chiếm 16,24%; hộ cận nghèo: 23.836 hộ, chiếm {}."
    )
    found = verdicts("Giảm nghèo. " + text.format("12,44%"))
    assert found["16,24%"] == Verdict.CONSISTENT and found["12,44%"] == Verdict.CONSISTENT
    # shares that meet on no one whole are still asked about
    assert verdicts("Giảm nghèo. " + text.format("14,44%"))["16,24%"] != Verdict.CONSISTENT
    # … and a whole a little off the one said before is that whole miscounted (raw24/h23: 4 and 5 of 89
    # candidates printed as 4,44% and 5,56%, of 90)
    election = (
        "Sau hội nghị hiệp thương lần thứ 3, có 89 người đủ tiêu chuẩn ứng cử đại biểu Hội đồng nhân dân"
        " thành phố.\n\nVề cơ cấu, số người ứng cử là nữ là 37 người, tỷ lệ 41,57%.\n\nSố người ứng cử là"
        " người dân tộc thiểu số là 4 người, tỷ lệ 4,44%; số người ứng cử là tôn giáo 5 người, tỷ lệ 5,56%."
    )
    assert verdicts("Bầu cử. " + election)["4,44%"] == Verdict.INCONSISTENT


def test_targets_over_on_and_short_of_the_plan_make_up_all_of_them():
    # n1688 (a ward of Hà Tĩnh, 2022): "Có 9/17 chỉ tiêu vượt kế hoạch, có 6/17 chỉ tiêu đạt và 2/17 chỉ tiêu
    # chưa đạt so với kế hoạch"
    text = "Có 9/17 chỉ tiêu vượt kế hoạch, có 6/17 chỉ tiêu đạt và {}/17 chỉ tiêu chưa đạt so với kế hoạch."
    assert verdicts("Kinh tế. " + text.format("2"))["17"] == Verdict.CONSISTENT
    assert verdicts("Kinh tế. " + text.format("3"))["17"] == Verdict.INCONSISTENT
    # "đạt và vượt" holds those over it: no three grades apart
    both = "Có 15/17 chỉ tiêu đạt và vượt kế hoạch, 9/17 chỉ tiêu vượt và 2/17 chỉ tiêu chưa đạt."
    assert not any(claim.template == "fractions_over_met_and_short" for claim in check_text(both).claims)


def test_a_rate_of_money_enforced_past_its_own_change_and_bound_words():
    # n1701 (civil judgment enforcement, 2019): "trong đó số có điều kiện thi hành là hơn 148.791 tỷ đồng, đã
    # thi hành xong hơn 52.715 tỷ đồng (tăng 52,77% so với năm 2018), đạt tỷ lệ 35,43%"
    text = (
        "Về tiền, tổng số thụ lý là hơn 273.748 tỷ (tăng 39,81% so với năm 2018), trong đó số có điều kiện"
        " thi hành là hơn 148.791 tỷ đồng, đã thi hành xong hơn 52.715 tỷ đồng (tăng 52,77% so với năm 2018),"
        " đạt tỷ lệ {}."
    )
    assert verdicts("Thi hành án. " + text.format("35,43%"))["35,43%"] == Verdict.CONSISTENT
    assert verdicts("Thi hành án. " + text.format("38,43%"))["38,43%"] == Verdict.INCONSISTENT


def test_those_lower_than_last_year_are_no_more_than_those_not_higher():
    # n1708 (the state budget, four months of 2018): "46/63 địa phương thu cao hơn so cùng kỳ, 19 địa phương
    # thu thấp hơn so cùng kỳ" — 17 at most; fewer may be some as much as last year's
    text = "Có 46/63 địa phương thu cao hơn so cùng kỳ, {} địa phương thu thấp hơn so cùng kỳ."
    assert verdicts("Thu ngân sách. " + text.format("19"))["19"] == Verdict.INCONSISTENT
    assert verdicts("Thu ngân sách. " + text.format("17"))["17"] == Verdict.CONSISTENT
    assert "15" not in verdicts("Thu ngân sách. " + text.format("15"))


def test_a_mark_as_the_threshold_of_those_counted_is_no_part_of_them():
    # n1722 (Sơn La's marks, 2018): "có 1.339 TS dự thi môn này thì có 13 TS đạt điểm từ 9 trở lên, chiếm
    # 0,97%" — the 13 candidates of the 1.339, not the mark 9
    text = "Sơn La có 1.339 TS dự thi môn này thì có 13 TS đạt điểm từ 9 trở lên, chiếm {}."
    assert verdicts("Thi cử. " + text.format("0,97%"))["0,97%"] == Verdict.CONSISTENT
    # (a share no whole gives, whose whole the text does not pin down, is asked about, not flagged)
    assert verdicts("Thi cử. " + text.format("0,79%"))["0,79%"] == Verdict.AMBIGUOUS
    # … nor a mark said before its word: "Số thí sinh đạt tổng điểm từ 27 trở lên chiếm 4,7%" (n1558) is of a
    # whole not printed
    assert "4,7%" not in verdicts("Thi cử. Số thí sinh đạt tổng điểm từ 27 trở lên chiếm 4,7%, bình thường.")


def test_names_listed_in_a_bracket_that_says_gom():
    # n1721 (Quảng Bình's exam, 2016): "với 8 môn thi (gồm Toán, Ngữ văn, Lịch sử, Địa lý, Vật lý, Hóa học,
    # Sinh học, Ngoại ngữ)"
    text = (
        "Kỳ thi diễn ra với {} môn thi (gồm Toán, Ngữ văn, Lịch sử, Địa lý, Vật lý, Hóa học, Sinh học, Ngoại"
        " ngữ)."
    )
    assert verdicts("Thi cử. " + text.format("8"))["8"] == Verdict.CONSISTENT
    assert verdicts("Thi cử. " + text.format("9"))["9"] == Verdict.INCONSISTENT


def test_a_rate_so_many_times_the_rates_of_places_named_after_it():
    # n1722: "chiếm 0,97%, cao hơn 3 lần so với Hà Nội (0,29%), gấp 4 lần so với Nam Định (0,24%) và 12 lần so
    # với TP.HCM (0,08%)"
    text = (
        "Sơn La có 13 TS đạt điểm cao, chiếm 0,97%, cao hơn 3 lần so với Hà Nội (0,29%), gấp {} lần so với"
        " Nam Định (0,24%) và 12 lần so với TP.HCM (0,08%)."
    )
    found = verdicts("Thi cử. " + text.format("4"))
    assert found["3"] == found["4"] == found["12"] == Verdict.CONSISTENT
    assert verdicts("Thi cử. " + text.format("6"))["6"] == Verdict.INCONSISTENT
    # another place's loose rate is no rate to set them against
    loose = (
        "Tỷ lệ này chỉ kém Hà Giang với mức hơn 1%, cao gấp gần 3 lần Hà Nội (0,1%), hơn 7 lần so với TP.HCM"
        " (0,04%)."
    )
    assert not any(claim.verdict.alarm for claim in check_text("Thi cử. " + loose).claims)


def test_a_balance_said_after_the_exports_and_imports_it_is_the_difference_of():
    # n1726 (the provinces' trade, 2015): "Bắc Ninh có kim ngạch xuất khẩu đạt 4,886 tỷ USD, nhập khẩu 4,87 tỷ
    # USD (xuất siêu 16 triệu USD); Bình Dương xuất khẩu 4,32 tỷ USD, nhập khẩu 3,234 tỷ USD (xuất siêu 1,086
    # tỷ USD)" — each in whatever scale
    text = (
        "Bắc Ninh có kim ngạch xuất khẩu đạt 4,886 tỷ USD, nhập khẩu 4,87 tỷ USD (xuất siêu 16 triệu USD);"
        " Bình Dương xuất khẩu 4,32 tỷ USD, nhập khẩu 3,234 tỷ USD (xuất siêu {} tỷ USD)."
    )
    found = verdicts("Thương mại. " + text.format("1,086"))
    assert found["16 triệu"] == found["1,086 tỷ"] == Verdict.CONSISTENT
    assert verdicts("Thương mại. " + text.format("1,186"))["1,186 tỷ"] == Verdict.INCONSISTENT
    # … and a deficit the other way: "xuất khẩu … 2,5 tỷ USD nhưng nhập khẩu tới 5,72 tỷ USD, dẫn đến con số
    # nhập siêu của Thủ đô 3,22 tỷ USD"
    deficit = (
        "Kim ngạch xuất khẩu của Hà Nội đạt 2,5 tỷ USD nhưng nhập khẩu tới 5,72 tỷ USD, dẫn đến con số nhập"
        " siêu của Thủ đô 3,22 tỷ USD."
    )
    assert verdicts("Thương mại. " + deficit)["3,22 tỷ"] == Verdict.CONSISTENT


def test_a_table_in_english_notation_throughout_is_read_so():
    # n1731 (forest cover by province, 2016, from a spreadsheet in English notation): "Tây Bắc 3,737,509
    # 1,654,276 …" of its four provinces — "954,125" is 954.125 hectares, not 954,125
    rows = (
        "Tỉnh, vùng Diện tích tự nhiên Diện tích có rừng Rừng tự nhiên Rừng trồng Tỷ lệ che phủ (%)\n"
        "Tây Bắc            {} 1,654,276 1,493,931 160,345 43.11\n"
        "Điện Biên                954,125 368,772 362,219 6,553 38.50\n"
        "Lai Châu                906,878 420,842 405,980 14,862 46.80\n"
        "Sơn La             1,417,444 598,997 573,200 25,797 42.40\n"
        "Hoà Bình                459,062 265,665 152,532 113,133 51.10\n"
    )
    found = verdicts(rows.format("3,737,509"))
    assert found["3,737,509"] == found["160,345"] == Verdict.CONSISTENT
    assert verdicts(rows.format("3,787,509"))["3,787,509"] == Verdict.INCONSISTENT
    # a figure only the Vietnamese notation reads keeps the text Vietnamese: "5,6%" is five and six tenths
    assert english_notation(rows)
    assert not english_notation(rows + "Tỷ lệ che phủ chung 5,6%.")
    assert not english_notation("Ngày 23.12, 24.12 và 25.12 có 1.234 người.")  # dates are no notation


def test_a_whole_in_two_measures_and_its_parts_in_the_same_two():
    # n1741 (transport, 11 months of 2017; the page lost the ".km" of tonne-kilometres): "vận tải hàng hóa đạt
    # 1.314,7 triệu tấn, tăng 10,3% … và 244,9 tỷ tấn, tăng 7%, trong đó vận tải trong nước đạt 1.284,6 triệu
    # tấn, tăng 10,6% và 123,8 tỷ tấn, tăng 12,2%; vận tải ngoài nước đạt 30,2 triệu tấn, tăng 0,5% và 121,1
    # tỷ tấn, tăng 2,1%" — the tonnes add up to the tonnes, the tonne-kilometres to theirs, and each growth
    text = (
        "Tính chung 11 tháng đầu năm, vận tải hàng hóa đạt 1.314,7 triệu tấn, tăng 10,3% so với cùng kỳ năm"
        " trước và {} tỷ tấn, tăng {}, trong đó vận tải trong nước đạt 1.284,6 triệu tấn, tăng 10,6% và 123,8"
        " tỷ tấn, tăng 12,2%; vận tải ngoài nước đạt 30,2 triệu tấn, tăng 0,5% và 121,1 tỷ tấn, tăng 2,1%."
    )
    found = verdicts("Vận tải. " + text.format("244,9", "7%"))
    assert found["244,9 tỷ"] == found["7%"] == found["10,3%"] == Verdict.CONSISTENT
    assert verdicts("Vận tải. " + text.format("246,9", "7%"))["246,9 tỷ"] == Verdict.INCONSISTENT
    assert verdicts("Vận tải. " + text.format("244,9", "9%"))["9%"] == Verdict.INCONSISTENT


def test_names_in_groups_each_with_the_place_they_are_in():
    # n1772 (Hà Tĩnh's new rural communes, 2021): "25 xã đạt chuẩn NTM nâng cao, gồm: Kỳ Phú, Kỳ Châu, Kỳ
    # Đồng, Kỳ Giang (Kỳ Anh); Mai Phụ (Lộc Hà); …" — and "(TP. Hà Tĩnh)" ends no sentence (n1047)
    text = (
        "Có {} xã đạt chuẩn NTM nâng cao, gồm: Kỳ Phú, Kỳ Châu, Kỳ Đồng, Kỳ Giang (Kỳ Anh); Mai Phụ (Lộc Hà);"
        " Thạch Đài, Thạch Xuân, Nam Điền (Thạch Hà), Cẩm Thành, Cẩm Lạc (Cẩm Xuyên); Thạch Bình (TP. Hà"
        " Tĩnh); Kỳ Ninh (TX Kỳ Anh)."
    )
    assert verdicts("Nông thôn mới. " + text.format("12"))["12"] == Verdict.CONSISTENT
    assert verdicts("Nông thôn mới. " + text.format("15"))["15"] == Verdict.INCONSISTENT
    assert verdicts("Tin. Theo đó, 2 xã đạt chuẩn nông thôn mới gồm: Kỳ Lạc, Kỳ Tây (huyện Kỳ Anh).")[
        "2"
    ] == (Verdict.CONSISTENT)


def test_one_round_part_among_exact_figures_may_be_rounded():
    # n1816 (Thừa Thiên Huế's tourism, 2018): "ước đạt 1.582 nghìn lượt khách, …; trong đó lượt khách ngủ qua
    # đêm 1.400 nghìn lượt, …; lượt khách trong ngày 184 nghìn lượt" — 2 off, within the rounding of 1.400
    text = (
        "Lượt khách cơ sở lưu trú phục vụ ước đạt {} nghìn lượt khách, tăng 12,52%; trong đó lượt khách ngủ"
        " qua đêm 1.400 nghìn lượt, tăng 12,14%; lượt khách trong ngày 184 nghìn lượt, tăng 15,49%."
    )
    assert verdicts("Du lịch. " + text.format("1.582"))["1.582 nghìn"] == Verdict.AMBIGUOUS
    assert verdicts("Du lịch. " + text.format("1.484"))["1.484 nghìn"] == Verdict.INCONSISTENT  # far over


def test_names_after_is_past_a_year_and_names_each_with_its_figure():
    # n1771 (Hải Dương's new rural communes): "có 3 xã đăng ký hoàn thành năm 2020 là Tuấn Việt (Kim Thành),
    # Tân Quang và Hưng Long (đều ở huyện Ninh Giang)"; n1761 (Lâm Đồng): "3 huyện có số hộ được hỗ trợ nhiều
    # nhất là Đức Trọng (259 hộ); Di Linh (225 hộ) và Bảo Lâm (221 hộ)"
    communes = (
        "Trong đó, có {} xã đăng ký hoàn thành năm 2020 là Tuấn Việt (Kim Thành), Tân Quang và Hưng Long"
        " (đều ở huyện Ninh Giang)."
    )
    assert verdicts("Nông thôn mới. " + communes.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts("Nông thôn mới. " + communes.format("4"))["4"] == Verdict.INCONSISTENT
    districts = (
        "Trong đó, {} huyện có số hộ được hỗ trợ nhiều nhất là Đức Trọng (259 hộ); Di Linh (225 hộ) và"
        " Bảo Lâm (221 hộ)."
    )
    assert verdicts("Nước sạch. " + districts.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts("Nước sạch. " + districts.format("2"))["2"] == Verdict.INCONSISTENT


def test_shares_of_those_elected_said_over_the_seats_in_words():
    # n1861 (Nghệ An's elections, 2021): "có 736 đại biểu trúng cử trên 737 đại biểu được ấn định. Trong đó,
    # Nữ 230 người, chiếm 31,25%" — of the 736 elected (or the 737 seats); a padded "23,00%" of 3 in 13 is
    # no 23,0 cut short
    text = (
        "Hội đồng nhân dân cấp huyện có 736 đại biểu trúng cử trên 737 đại biểu được ấn định. Trong đó, Nữ"
        " 230 người, chiếm {}; dân tộc thiểu số 148 người, chiếm 20,11%."
    )
    assert verdicts("Bầu cử. " + text.format("31,25%"))["31,25%"] == Verdict.CONSISTENT
    assert verdicts("Bầu cử. " + text.format("31,85%"))["31,85%"] == Verdict.INCONSISTENT
    padded = (
        "Bầu cử. Kết quả có 13 đại biểu trúng cử trên 13 đại biểu được ấn định. Trong đó: Nữ 04 người, chiếm"
        " 30,77%; dân tộc thiểu số 03 người, chiếm 23,08%; tái cử 03 người chiếm {}."
    )
    assert verdicts(padded.format("23,00%"))["23,00%"] == Verdict.INCONSISTENT
    assert verdicts(padded.format("23,10%"))["23,10%"] == Verdict.CONSISTENT  # 23,1 padded


def test_shares_among_those_done_are_of_their_sum_not_of_those_received():
    # n1846 (TP.HCM's administrative procedures, 2022): "tiếp nhận hơn 22,3 triệu hồ sơ. Trong số hồ sơ đã
    # giải quyết, có hơn 22,26 triệu hồ sơ đúng thời gian quy định (tỷ lệ 99,84%) và 37.355 hồ sơ trễ hẹn
    # (chiếm 0,16%)" — of the two parts' sum, the part on both sides of the division
    text = (
        "Hành chính. Năm 2022, toàn thành phố tiếp nhận hơn 22,3 triệu hồ sơ. Trong số hồ sơ đã giải quyết,"
        " có hơn 22,26 triệu hồ sơ đúng thời gian quy định (tỷ lệ {}) và 37.355 hồ sơ trễ hẹn (chiếm {})."
    )
    found = verdicts(text.format("99,83%", "0,17%"))
    assert found["99,83%"] == found["0,17%"] == Verdict.CONSISTENT
    assert verdicts(text.format("99,84%", "0,17%"))["99,84%"] == Verdict.INCONSISTENT


def test_two_shares_off_of_one_whole_are_not_both_what_the_others_leave():
    # n1871 (Chư Sê, 2020): "11.433 tỷ đồng … công nghiệp-xây dựng đạt 3.942 tỷ đồng (chiếm 34,48%),
    # thương mại-dịch vụ đạt 3.601 tỷ đồng (chiếm 31,67%), nông-lâm-thủy sản đạt 3.890 tỷ đồng (chiếm
    # 33,85%)" — the shares make 100%, but two are off: the list is wrong, whichever was taken as the rest
    text = (
        "Kinh tế. Năm 2020, tổng giá trị sản xuất của huyện ước đạt 11.433 tỷ đồng. Trong đó, công nghiệp-xây"
        " dựng đạt 3.942 tỷ đồng (chiếm 34,48%), thương mại-dịch vụ đạt 3.601 tỷ đồng (chiếm {}),"
        " nông-lâm-thủy sản đạt 3.890 tỷ đồng (chiếm {})."
    )
    found = verdicts(text.format("31,67%", "33,85%"))
    assert found["31,67%"] == found["33,85%"] == Verdict.INCONSISTENT
    found = verdicts(text.format("31,50%", "34,02%"))
    assert found["31,50%"] == found["34,02%"] == Verdict.CONSISTENT


def test_things_named_in_lower_case_joined_by_a_dash():
    # n1908 (a badminton tournament): "thi đấu 3 nội dung: đôi nam, đôi nữ, đôi nam - nữ"
    # — read only when the count is theirs (an item's words may hold a comma of their own)
    text = "Thể thao. Các VĐV nhóm tuổi cao thi đấu {} nội dung: đôi nam, đôi nữ, đôi nam - nữ."
    assert verdicts(text.format("3"))["3"] == Verdict.CONSISTENT
    assert "4" not in verdicts(text.format("4"))


def test_a_rate_then_its_difference_with_the_word_said_again():
    # n1886 (the rubber group, 2014), n1147 and n1768 (mobile subscribers): "ước đạt 101 triệu thuê bao tăng
    # 8,72% so với cùng kỳ năm ngoái, tăng 8,1 triệu thuê bao"
    text = (
        "Viễn thông. Thuê bao ước đạt 101 triệu thuê bao tăng {} so với cùng kỳ năm ngoái, tăng 8,1 triệu"
        " thuê bao."
    )
    assert verdicts(text.format("8,72%"))["8,72%"] == Verdict.CONSISTENT
    assert verdicts(text.format("8,27%"))["8,27%"] == Verdict.INCONSISTENT
    # … not a difference of something else: "tăng 5.204 tấn hàng" of an amount in tỷ đồng
    other = "Tin. Doanh thu đạt 336.556 tỷ đồng, tăng 1,6% so với cùng kỳ năm 2013, tăng 5.204 tấn hàng."
    assert verdicts(other)["1,6%"] == Verdict.NOT_CHECKABLE


def test_names_in_brackets_after_the_mark_they_reached():
    # n1872 (Krông Búk's new rural communes, 2020): "5 xã đạt 19 tiêu chí (gồm các xã: Ea Kly, …); 3 xã đạt
    # 15-18 tiêu chí (các xã: Tân Tiến, Ea Yông, Ea Phê); … và 2 xã đạt 5-9 tiêu chí (xã Ea Yiêng, Ea Hiu)"
    text = (
        "Nông thôn mới. Trong đó đã có 5 xã đạt 19 tiêu chí (gồm các xã: Ea Kly, Hòa Đông, Ea Kênh, Hòa An,"
        " Ea Kuăng); {} xã đạt 15-18 tiêu chí (các xã: Tân Tiến, Ea Yông, Ea Phê) và 2 xã đạt 5-9 tiêu chí"
        " (xã Ea Yiêng, Ea Hiu)."
    )
    found = verdicts(text.format("3"))
    assert found["5"] == found["3"] == found["2"] == Verdict.CONSISTENT
    assert verdicts(text.format("4"))["4"] == Verdict.INCONSISTENT


def test_schools_named_by_their_kind_and_name_are_counted():
    # n1917 (Hải Dương's schools meeting the national standard): "công nhận 8 trường mầm non đạt chuẩn quốc
    # gia mức độ 1 gồm: Trường mầm non Vĩnh Lập (xã Vĩnh Lập, huyện Thanh Hà); …" — seven named, not eight;
    # n1922 (Bình Định): "6 trường THCS gồm: THCS Tam Quan, THCS Hoài Hải (huyện Hoài Nhơn), …"
    text = (
        "Giáo dục. UBND tỉnh công nhận {} trường mầm non đạt chuẩn quốc gia mức độ 1 gồm: Trường mầm non Vĩnh"
        " Lập (xã Vĩnh Lập, huyện Thanh Hà); Trường mầm non Chí Minh II (xã Chí Minh, huyện Tứ Kỳ), Trường"
        " mầm non Đồng Tâm (xã Đồng Tâm, huyện Ninh Giang)."
    )
    assert verdicts(text.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts(text.format("4"))["4"] == Verdict.INCONSISTENT
    then = (
        "Giáo dục. UBND tỉnh cũng công nhận 3 trường THCS đạt chuẩn cấp độ 1 là Trường THCS Thạch Lỗi (xã"
        " Thạch Lỗi, huyện Cẩm Giàng), Trường THCS Tân An, Trường THCS Thanh Xuân (cùng huyện Thanh Hà) và 1"
        " trường THPT là Trường THPT Thanh Miện II (huyện Thanh Miện)."
    )
    assert verdicts(then)["3"] == Verdict.CONSISTENT


def test_a_count_smaller_than_each_count_after_it_is_not_their_whole():
    # n1987 (TP.HCM's council elected, 2021): "có 1 người tự ứng cử đã trúng cử, có 20 người dưới 40 tuổi, 78
    # người trúng cử có trình độ trên đại học" — no breakdown of the one (a false alarm at its first look)
    text = (
        "Bầu cử. Theo danh sách, có 41 người là nữ (đạt 43,62%), 45 người tái cử (47,87%), có 1 người tự ứng"
        " cử đã trúng cử, có 20 người dưới 40 tuổi, 78 người trúng cử có trình độ trên đại học."
    )
    assert "1" not in verdicts(text)


def test_a_growth_said_higher_or_lower_than_another_growth():
    # n1972, n1973 (Đà Nẵng's GRDP), n1823 (Vĩnh Long): "tăng 9,65% so với cùng kỳ năm trước, cao hơn mức tăng
    # 9,51% của quý I năm 2022"; "tăng 2.04% (đóng góp 0.65 điểm phần trăm …) cao hơn mức tăng 0.55% của năm
    # 2017" — the words hold, or contradict the figures
    text = "Kinh tế. Khu vực dịch vụ tăng 7,8% so với cùng kỳ, {} hơn mức tăng 5,81% của cùng kỳ năm trước."
    assert verdicts(text.format("cao"))["5,81%"] == Verdict.CONSISTENT
    assert verdicts(text.format("thấp"))["5,81%"] == Verdict.WORDING_CONTRADICTION
    aside = (
        "Kinh tế. Khu vực nông, lâm nghiệp và thuỷ sản tăng 2,04% (đóng góp 0,65 điểm phần trăm vào tăng"
        " trưởng chung) cao hơn mức tăng 0,55% của năm 2017."
    )
    assert verdicts(aside)["0,55%"] == Verdict.CONSISTENT
    bracketed = (
        "Kinh tế. GRDP ước tính tăng 7,88% so với cùng kỳ năm trước (cao hơn mức tăng 7,79% của quý I/2014)."
    )
    assert verdicts(bracketed)["7,79%"] == Verdict.CONSISTENT


def test_a_rise_said_after_the_ratio_to_the_value_before():
    # n1991 (the coal group, 2014): "nộp ngân sách Nhà nước 17.600 tỉ đồng, bằng 86% so với kế hoạch và bằng
    # 146% so với cùng kỳ, tăng 8.000 tỉ đồng so với cùng kỳ" — 17.600 less 17.600 / 1,46 is 5.545, not 8.000
    text = (
        "Kinh doanh. Nộp ngân sách Nhà nước 17.600 tỉ đồng, bằng 86% so với kế hoạch và bằng 146% so với cùng"
        " kỳ, tăng {} tỉ đồng so với cùng kỳ."
    )
    assert verdicts(text.format("8.000"))["8.000 tỉ"] == Verdict.INCONSISTENT
    assert verdicts(text.format("5.545"))["5.545 tỉ"] == Verdict.CONSISTENT


def test_a_change_against_a_season_named_by_its_crop():
    # n2001 (Hậu Giang, 2017): "sản lượng thu hoạch ước được 242.846 tấn, tăng 23,63% (bằng 46.417 tấn) so với
    # vụ lúa thu đông năm 2016"
    text = (
        "Nông nghiệp. Sản lượng thu hoạch ước được 242.846 tấn, tăng {} (bằng 46.417 tấn) so với vụ lúa thu"
        " đông năm 2016."
    )
    assert verdicts(text.format("23,63%"))["23,63%"] == Verdict.CONSISTENT
    assert verdicts(text.format("32,63%"))["32,63%"] == Verdict.INCONSISTENT


def test_a_rate_with_decimals_in_the_title_is_the_one_the_body_judges():
    # n2003 (Vĩnh Long's primary schools, 2017): the title "… có 56,1% trường đạt chuẩn quốc gia", the body
    # "109/196 trường tiểu học đạt chuẩn quốc gia, chiếm tỉ lệ 56,1%" — 55,6%: the title says the slip again
    text = (
        "Giáo dục Tiểu học tỉnh Vĩnh Long có {0} trường đạt chuẩn quốc gia\n\nTính đến cuối năm 2017, toàn"
        " tỉnh đã có 109/196 trường tiểu học đạt chuẩn quốc gia, chiếm tỉ lệ {0}."
    )
    found = check_text(text.format("56,1%")).claims
    assert [claim.verdict for claim in found if claim.printed.text == "56,1%"] == [Verdict.INCONSISTENT] * 2
    found = check_text(text.format("55,6%")).claims
    assert [claim.verdict for claim in found if claim.printed.text == "55,6%"] == [Verdict.CONSISTENT] * 2


def test_a_level_said_after_the_count_is_no_part_of_it():
    # n2003 (Vĩnh Long's schools): "trong đó có 25 trường đạt chuẩn quốc gia mức độ 2, tỉ lệ 12,8%" — of the
    # 196, not "2"; n1846: "805 thủ tục … trực tuyến mức độ 3, mức độ 4, chiếm gần 46%" of the 1.766; n1922:
    # "đạt chuẩn mức độ 2, 5 trường còn lại …" — the 5 is still a count
    text = (
        "Giáo dục. Toàn tỉnh đã có 109/196 trường tiểu học đạt chuẩn quốc gia, chiếm tỉ lệ 55,6%; trong đó có"
        " 25 trường đạt chuẩn quốc gia mức độ 2, tỉ lệ {}."
    )
    assert verdicts(text.format("12,8%"))["12,8%"] == Verdict.CONSISTENT
    procedures = (
        "Hành chính. Hiện thành phố có 1.766 thủ tục hành chính, trong đó có 805 thủ tục được cung cấp dịch"
        " vụ công trực tuyến mức độ 3, mức độ 4, chiếm gần 46%."
    )
    assert verdicts(procedures)["46%"] == Verdict.CONSISTENT
    schools = (
        "Giáo dục. Có 2 trường mẫu giáo gồm: Mẫu giáo Hoài Châu Bắc (Hoài Nhơn) đạt chuẩn mức độ 2, 3 trường"
        " còn lại đạt mức độ 1 là Mẫu giáo Mỹ Châu, Mẫu giáo Phước Quang, Mẫu giáo Ân Tín."
    )
    assert verdicts(schools)["3"] == Verdict.CONSISTENT


def test_names_in_brackets_after_what_is_said_of_them():
    # n1922 (Bình Định): "huyện Phù Cát có 3 trường đạt chuẩn mức độ 1 (Tiểu học số 1 Cát Minh, Tiểu học
    # Cát Lâm, Tiểu học số 2 Cát Khánh)"; n912: "11 đơn vị hành chính cấp tỉnh không thực hiện sắp xếp (Hà
    # Nội, …)"
    text = (
        "Giáo dục. Huyện Phù Cát có {} trường đạt chuẩn mức độ 1 (Tiểu học số 1 Cát Minh, Tiểu học Cát Lâm,"
        " Tiểu học số 2 Cát Khánh); huyện Tuy Phước có 2 trường."
    )
    assert verdicts(text.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts(text.format("4"))["4"] == Verdict.INCONSISTENT
    provinces = (
        "Sắp xếp. Có 3 đơn vị hành chính cấp tỉnh không thực hiện sắp xếp (Hà Nội, Huế, Lai Châu). Về phương"
        " án sắp xếp, có 23 phương án."
    )
    assert verdicts(provinces)["3"] == Verdict.CONSISTENT


def test_bodies_named_by_their_kind_and_names_with_the_place_they_are_in():
    # n1582 (Hà Nội's HIV tests): "tại 4 cơ sở: Bệnh viện Đa khoa Đống Đa, Bệnh viện Đa khoa Hà Đông, Bệnh
    # viện Thanh Nhàn và Trạm Y tế Việt Hưng"; n1681: "bao gồm 2 đơn vị: Ngân hàng Nhà nước Việt Nam và Bộ Tư
    # pháp"; n1372: "của 4 xã Phù Đổng, Bát Tràng, Gia Lâm, Thuận An (Hà Nội)"
    text = (
        "Y tế. Thành phố duy trì xét nghiệm tại {} cơ sở: Bệnh viện Đa khoa Đống Đa, Bệnh viện Đa khoa Hà"
        " Đông, Bệnh viện Thanh Nhàn và Trạm Y tế Việt Hưng."
    )
    assert verdicts(text.format("4"))["4"] == Verdict.CONSISTENT
    assert verdicts(text.format("5"))["5"] == Verdict.INCONSISTENT
    ministries = "Cải cách. Chỉ số trên 90%, bao gồm 2 đơn vị: Ngân hàng Nhà nước Việt Nam và Bộ Tư pháp."
    assert verdicts(ministries)["2"] == Verdict.CONSISTENT
    communes = "Quà Tết. Bà tặng quà cựu chiến binh của 4 xã Phù Đổng, Bát Tràng, Gia Lâm, Thuận An (Hà Nội)."
    assert verdicts(communes)["4"] == Verdict.CONSISTENT


def test_plain_items_up_to_what_is_said_of_them_all_and_people_named_with_their_title():
    # n1317: "ở 3 cấp: tỉnh, huyện, xã, trong đó: …"; n1478: "3 chiến dịch: kỳ nghỉ hồng, hành quân xanh, hoa
    # phượng đỏ với sự tham gia của …"; people called "mẹ", "ông" before their names (n1503's shape)
    levels = "Thủ tục. UBND tỉnh công bố 7.518 TTHC ở 3 cấp: tỉnh, huyện, xã, trong đó: 3.595 TTHC mới."
    assert verdicts(levels)["3"] == Verdict.CONSISTENT
    people = (
        "Quà Tết. Đoàn đã tặng quà cho {} người gồm mẹ Thẩm Thị Thanh, mẹ Thái Thị Cẩm và ông Thái Văn Nhung"
        " (ở xã Tây Vinh), đồng thời thăm 03 thương bệnh binh."
    )
    assert verdicts(people.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts(people.format("4"))["4"] == Verdict.INCONSISTENT


def test_the_economys_structure_with_its_sectors_unnamed_and_said_again_for_another_period():
    # n1831: "cơ cấu kinh tế ước đạt 9,4% - 58,8% - 31,8% (năm 2017 là 9,6% - 57,9% - 32,5%)"; n1792: "(Cơ cấu
    # tương ứng của cùng kỳ năm 2023 là: 23,1%; 40,1%; 32,2%; 4,6%)" after the four sectors named
    unnamed = "Kinh tế. Cơ cấu kinh tế ước đạt 9,4% - 58,8% - {} (năm 2017 là 9,6% - 57,9% - {})."
    said = verdicts(unnamed.format("31,8%", "32,5%"))
    assert said["31,8%"] == Verdict.CONSISTENT and said["32,5%"] == Verdict.CONSISTENT
    assert verdicts(unnamed.format("31,8%", "34,5%"))["34,5%"].alarm
    again = (
        "GRDP. Về cơ cấu GRDP quý I năm 2024: khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 21,6%; khu"
        " vực công nghiệp và xây dựng chiếm 42,1%; khu vực dịch vụ chiếm 32,0%; thuế sản phẩm chiếm 4,3% (Cơ"
        " cấu tương ứng của cùng kỳ năm 2023 là: 23,1%; 40,1%; 32,2%; {})."
    )
    assert verdicts(again.format("4,6%"))["4,6%"] == Verdict.CONSISTENT
    assert verdicts(again.format("5,6%"))["5,6%"].alarm


def test_a_share_of_a_whole_never_printed_but_named_word_for_word_as_an_earlier_shares():
    # n2013: the 1.083 poor households are 7,46% of the district's; the 2.861 near-poor, "34,16% số hộ của
    # huyện Đam Rông", would need a district of 8.375 households, not about 14.517
    text = (
        "Hộ nghèo. Hộ nghèo huyện Đam Rông 1.083 hộ, chiếm 7,46% số hộ của huyện Đam Rông. Tổng số hộ cận"
        " nghèo 11.390 hộ. Hộ cận nghèo huyện Đam Rông 2.861 hộ, chiếm {} số hộ của huyện Đam Rông."
    )
    assert verdicts(text.format("19,71%"))["19,71%"] == Verdict.CONSISTENT
    assert verdicts(text.format("34,16%"))["34,16%"] == Verdict.INCONSISTENT
    # told of the whole its words name (19,71%), not of the 11.390 near-poor households said between
    slip = next(claim for claim in check_text(text.format("34,16%")).claims if claim.printed.text == "34,16%")
    assert slip.template == "shares_of_one_unprinted_whole"
    # a whole named apart is another whole: not read as the district's
    other = text.format("19,71%").replace(
        "chiếm 19,71% số hộ của huyện Đam Rông", "chiếm 19,71% số hộ của tỉnh"
    )
    claim = next(claim for claim in check_text(other).claims if claim.printed.text == "19,71%")
    assert claim.template != "shares_of_one_unprinted_whole"


def test_a_part_naming_a_whole_of_its_own_is_not_of_the_base_its_whole_was_a_share_of():
    # n2013: "Hộ nghèo huyện Đam Rông 1.083 hộ, chiếm 7,46% số hộ của huyện Đam Rông; trong đó, hộ nghèo đồng
    # bào dân tộc thiểu số 980 hộ, chiếm tỷ lệ 11,7% hộ đồng bào dân tộc thiểu số trong huyện" — of the
    # minority's households, not of the district's (980/1.083 × 7,46% = 6,75%): a false alarm at first look
    text = (
        "Hộ nghèo. Hộ nghèo huyện Đam Rông 1.083 hộ, chiếm 7,46% số hộ của huyện Đam Rông; trong đó, hộ nghèo"
        " đồng bào dân tộc thiểu số 980 hộ, chiếm tỷ lệ 11,7% hộ đồng bào dân tộc thiểu số trong huyện."
    )
    assert not verdicts(text)["11,7%"].alarm


def test_those_re_elected_among_candidates_may_be_of_the_council_before():
    # n2046: "danh sách sơ bộ 63 người ứng cử …, tái cử là 15 người chiếm 50%" — of the outgoing council, not
    # printed: never more than the candidates, so a share above the candidates' is no slip; one below still is
    text = (
        "Bầu cử. Hội nghị lập danh sách sơ bộ 63 người ứng cử đại biểu HĐND xã. Trong đó nữ có 23 người chiếm"
        " 36,5%, tái cử là 15 người chiếm {}."
    )
    assert not verdicts(text.format("50%"))["50%"].alarm
    assert verdicts(text.format("20%"))["20%"].alarm


def test_a_change_glued_to_its_verb_and_a_total_with_its_plan_named_at_length_then_its_parts():
    # n2027: "giảm75 ha (-1,2%)"; n1971: "đạt 10,4% Dự toán Hội đồng nhân dân thành phố giao và tăng 78,2% so
    # với cùng kỳ năm trước, trong đó: chi đầu tư phát triển đạt 2.087,1 tỷ đồng, …"
    glued = verdicts(
        "Trồng trọt. Diện tích cây ngô đạt 6.476 ha, giảm75 ha ({}) so với cùng kỳ.".format("-1,1%")
    )
    assert glued["1,1%"] == Verdict.CONSISTENT
    spent = (
        "Chi ngân sách. Tổng chi ngân sách địa phương đạt 4.094,6 tỷ đồng, đạt 10,4% Dự toán Hội đồng nhân"
        " dân"
        " thành phố giao và tăng 78,2% so với cùng kỳ năm trước, trong đó: chi đầu tư phát triển đạt {} tỷ"
        " đồng,"
        " đạt 10,1% và tăng 429,1%; chi thường xuyên đạt 1.859,8 tỷ đồng, đạt 12,8% và tăng 9,1%."
    )
    assert not verdicts(spent.format("2.087,1"))["4.094,6 tỷ"].alarm
    assert verdicts(spent.format("3.087,1"))["4.094,6 tỷ"].alarm


def test_two_lists_in_one_each_of_its_own_total_said_before():
    # n2061: "có 43 dự án đầu tư mới và 18 dự án đầu tư mở rộng. Trong đó giai đoạn 2016- 2018 có 27 dự án đầu
    # tư mới và 12 dự án đầu tư mở rộng, ước thực hiện năm 2019 và năm 2020 là 16 dự án đầu tư mới và 6 dự án
    # đầu tư mở rộng": not four parts of the 43 (a false alarm at first look)
    text = (
        "Thu hút đầu tư. Cụ thể, có 43 dự án đầu tư mới và 18 dự án đầu tư mở rộng. Trong đó giai đoạn 2016-"
        " 2018"
        " có 27 dự án đầu tư mới và 12 dự án đầu tư mở rộng, ước thực hiện năm 2019 và năm 2020 là 16 dự án"
        " đầu"
        " tư mới và 6 dự án đầu tư mở rộng."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)


def test_temples_and_pagodas_named_after_what_is_said_of_them_and_a_colon():
    # n2056: "Có 03 chùa được xếp hạng di tích lịch sử cấp tỉnh: Chùa Thọ Khuê xã Yển Khê, chùa Bảo Sái xã
    # Lương Lỗ, chùa Minh Linh xã Đông Thành"
    text = (
        "Di tích. Có {} chùa được xếp hạng di tích lịch sử cấp tỉnh: Chùa Thọ Khuê xã Yển Khê, chùa Bảo Sái"
        " xã"
        " Lương Lỗ, chùa Minh Linh xã Đông Thành."
    )
    assert verdicts(text.format("03"))["03"] == Verdict.CONSISTENT
    assert verdicts(text.format("04"))["04"] == Verdict.INCONSISTENT


def test_a_count_broken_down_by_the_fractions_of_each_place():
    # n2071: "72 xã, phường, thị trấn chưa đạt chuẩn tiếp cận pháp luật gồm 7/11 xã, phường của Thành phố Cao
    # Bằng; các huyện Quảng Uyên 12/17 xã, thị trấn; …": the numerators are its parts
    text = (
        "Tiếp cận pháp luật. Có {} xã, phường chưa đạt chuẩn tiếp cận pháp luật gồm 7/11 xã, phường của Thành"
        " phố Cao Bằng; các huyện Quảng Uyên 12/17 xã, thị trấn; Hạ Lang 02/14 xã."
    )
    assert verdicts(text.format("21"))["21"] == Verdict.CONSISTENT
    assert verdicts(text.format("22"))["22"] == Verdict.INCONSISTENT


def test_a_change_against_a_year_whose_figure_was_an_estimate():
    # n2086: "Năm 2017, tổng giá trị sản xuất … ước đạt 14.001 tỷ đồng. … Năm 2018, … ước đạt 15.255,3 tỷ
    # đồng, tăng 10,42% so với năm 2017": the year before was an estimate, revised since (a false alarm at
    # first look)
    text = (
        "Kinh tế. Năm 2017, tổng giá trị sản xuất ước đạt 14.001 tỷ đồng, đạt 100,11% kế hoạch năm. Năm 2018,"
        " tổng giá trị sản xuất ước đạt 15.255,3 tỷ đồng, tăng {} so với năm 2017."
    )
    assert verdicts(text.format("8,96%"))["8,96%"] == Verdict.CONSISTENT
    assert verdicts(text.format("10,42%"))["10,42%"] == Verdict.AMBIGUOUS
    final = text.replace("ước đạt", "đạt")
    assert verdicts(final.format("10,42%"))["10,42%"].alarm


def test_a_count_in_thousands_is_a_share_of_a_count_of_the_same_thing():
    # n2132: "Việt Nam có 116.045 doanh nghiệp thành lập mới …. Ngành bán buôn, bán lẻ … có 41,6 nghìn doanh
    # nghiệp, chiếm 35,9% tổng số doanh nghiệp thành lập mới" — of the 116.045, not of the "140,4 nghìn doanh
    # nghiệp thành lập mới và quay trở lại hoạt động" (a false alarm at first look)
    text = (
        "Doanh nghiệp. Việt Nam ghi nhận 140,4 nghìn doanh nghiệp thành lập mới và quay trở lại hoạt động. Cụ"
        " thể, Việt Nam có 116.045 doanh nghiệp thành lập mới trong 11 tháng. Ngành bán buôn, bán lẻ có 41,6"
        " nghìn doanh nghiệp, chiếm {} tổng số doanh nghiệp thành lập mới."
    )
    assert verdicts(text.format("35,9%"))["35,9%"] == Verdict.CONSISTENT


def test_what_there_is_beside_a_count_and_a_whole_of_its_own_are_not_its_parts():
    # n2121: "Số đại biểu được bầu là 05, có 08 người ứng cử, đã bầu được 05 đại biểu"; n2122: "571.212 phiếu
    # bầu ĐBQH, trong đó có 567.597 phiếu hợp lệ, đạt tỷ lệ 99,37%; 571.269 phiếu bầu đại biểu HĐND cấp tỉnh,
    # trong đó có 564.400 phiếu hợp lệ" (two false alarms at first look)
    seats = "Bầu cử. Số đại biểu được bầu là 05, có 08 người ứng cử, đã bầu được 05 đại biểu."
    assert not any(claim.verdict.alarm for claim in check_text(seats).claims)
    ballots = (
        "Bầu cử. Kết quả sơ bộ cho thấy, có 571.212 phiếu bầu ĐBQH, trong đó có 567.597 phiếu hợp lệ, đạt tỷ"
        " lệ"
        " 99,37%; 571.269 phiếu bầu đại biểu HĐND cấp tỉnh, trong đó có 564.400 phiếu hợp lệ, đạt tỷ lệ"
        " 98,8%."
    )
    assert not any(claim.verdict.alarm for claim in check_text(ballots).claims)


def test_a_trades_price_said_after_its_volume_and_value_and_a_share_then_its_amount():
    # n2116: "đạt 51.287 tấn, tương đương 341,11 triệu USD, giá 6.651 USD/tấn"; n2128: "doanh thu … đạt
    # 463.000 tỷ đồng …. Trong đó, doanh thu từ bán điện chiếm tới 98%, đạt trên 456.000 tỷ đồng"
    price = "Xuất khẩu. Sang Mỹ đạt 59.988 tấn, tương đương 443,57 triệu USD, giá {} USD/tấn."
    assert verdicts(price.format("7.394"))["7.394"] == Verdict.CONSISTENT
    assert verdicts(price.format("7.494"))["7.494"] == Verdict.INCONSISTENT
    share = (
        "Doanh thu. Doanh thu năm 2022 đạt 463.000 tỷ đồng, tăng 8,7% so với cùng kỳ năm 2021. Trong đó,"
        " doanh"
        " thu từ bán điện chiếm tới {}, đạt trên 456.000 tỷ đồng."
    )
    assert verdicts(share.format("98%"))["98%"] == Verdict.CONSISTENT
    assert (
        not verdicts(share.format("88%")).get("88%", Verdict.NOT_CHECKABLE).alarm
    )  # (read only when it fits)


def test_a_table_one_cell_a_line_with_a_few_cells_glued_on_one_line():
    # n2166 (a yearbook's "Số lớp học phổ thông"): "98,38" / "99,51" / "97,95 100,64" / "99,33" — a few lines
    # hold two cells where the copy glued them; the table is still one cell a line
    rows = "\n".join(
        [
            "Số lớp học phổ thông",
            "2013\n2014\n2015\n2016",
            "Số lớp học (Lớp)\n7.162\n7.015\n7.060\n{}",
            "Tiểu học\n3.892\n3.796\n3.856\n3.810",
            "Trung học cơ sở\n2.242\n2.229\n2.217\n2.240",
            "Trung học phổ thông\n1.028\n990\n987\n963",
            "Chỉ số phát triển (Năm trước = 100) - %",
            "Số lớp học\n99,51\n97,95 100,64\n99,33",
            "Tiểu học\n100,67\n97,53 101,58\n98,81",
            "Trung học cơ sở\n100,13\n99,42\n99,46 101,04",
            "Trung học phổ thông\n91,70\n96,30\n99,70 97,57",
        ]
    )
    assert verdicts(rows.format("7.013"))["7.013"] == Verdict.CONSISTENT
    assert verdicts(rows.format("7.113"))["7.113"] == Verdict.INCONSISTENT


def test_a_full_stop_the_copy_left_without_its_space_ends_a_sentence():
    # n2161: "… chiếm 86,1% và giảm 1,7% so với cùng kỳ.Trong khi có 20.845 chuyến bay chậm giờ và 434 chuyến
    # bay bị hủy.Cụ thể, đối với Vietnam Airlines, hãng khai thác 64.221 chuyến" — no list running on past the
    # stops (a false alarm at first look); "Tp.Hồ Chí Minh" stays one name
    text = (
        "Hàng không. Tổng số chuyến bay khai thác của 4 hãng hàng không là 150.010 chuyến bay. Trong đó, số"
        " chuyến"
        " bay cất cánh đúng giờ là 129.165 chuyến, chiếm 86,1% và giảm 1,7% so với cùng kỳ.Trong khi có"
        " 20.845"
        " chuyến bay chậm giờ và 434 chuyến bay bị hủy.Cụ thể, đối với Vietnam Airlines, hãng khai thác"
        " 64.221"
        " chuyến."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    assert len(split_sentences("Tp.Hồ Chí Minh có 5 quận.")) == 1


def test_a_full_stop_without_its_space_after_a_figure_ends_a_sentence():
    # n2141: "… tăng 15,1% so với năm 2015.Trong đó, vốn trung ương quản lý đạt 62.600 tỷ đồng, …" — the
    # breakdown opens its own sentence and adds up to the 268.600 said before it
    text = (
        "Cụ thể, vốn đầu tư từ ngân sách Nhà nước ước tính {} tỷ đồng, tăng 15,1% so với năm 2015.Trong đó,"
        " vốn trung ương quản lý đạt 62.600 tỷ đồng, tăng 14,9% và vốn địa phương quản lý đạt 206.000 tỷ"
        " đồng."
    )
    assert verdicts(text.format("268.600"))["268.600 tỷ"] == Verdict.CONSISTENT
    # the parts hold more than the whole
    assert verdicts(text.format("258.600"))["258.600 tỷ"] == Verdict.INCONSISTENT
    # a district's initial, a numbered heading: no sentence ends there
    assert len(split_sentences("Huyện có 12 xã (H.Thiệu Hóa) và 1.Nguyên nhân chủ quan là 8 vụ.")) == 1
    assert len(split_sentences("Ông H.Như báo cáo năm 2015.Trong đó có 3 vụ.")) == 2


def test_a_breakdown_in_brackets_past_what_the_total_is_worth_in_another_measure():
    # n1477: "… vận động được 210,51 tỷ đồng tương đương 701.700 phần quà (trong đó tiền mặt là 17,56 tỷ đồng,
    # hiện vật là 192,95 tỷ đồng)" — the money broken down, not the gifts; read only when it adds up, as the
    # bracket may list the other measure
    text = (
        "Tại cấp tỉnh, chương trình đã vận động được {} tỷ đồng tương đương 701.700 phần quà (trong đó tiền"
        " mặt là 17,56 tỷ đồng, hiện vật là 192,95 tỷ đồng)."
    )
    assert verdicts(text.format("210,51"))["210,51 tỷ"] == Verdict.CONSISTENT
    assert "200,51 tỷ" not in verdicts(text.format("200,51"))


def test_a_rate_that_rose_to_its_level_is_no_ratio_to_the_year_before():
    # n2481 (first look): "Với tỉ lệ đỗ tốt nghiệp hệ THPT 91,78%, Hà Nội tăng hơn 5% so với năm trước; hệ bổ
    # túc tăng 24% so với năm 2007, đạt 69,45%" — the pass rate rose to 69,45%, not a fall to 69,45% of 2007's
    text = (
        "Với tỉ lệ đỗ tốt nghiệp hệ THPT 91,78%, Hà Nội tăng hơn 5% so với năm trước; hệ bổ túc tăng 24% so"
        " với năm 2007, đạt 69,45%."
    )
    assert not any(claim.verdict.alarm for claim in check_text(text).claims)
    # … where no rate is said, a ratio below 100 after "tăng" is still the words against the figures
    said = verdicts("Doanh thu tăng 24% so với năm 2007, đạt 69,45%.")
    assert said["24%"].alarm


def test_a_daily_bulletins_change_against_the_day_before_said_in_brackets():
    # n2501 (the health ministry's bulletin): "… 1.192 ca khỏi bệnh, giảm 3 ca so với ngày trước đó (ngày
    # 12/12, cả nước có 1.195 ca khỏi bệnh)", "7.730 ca, tăng 134 ca so với ngày trước đó (ngày 12/12, cả nước
    # ghi nhận 7.596 ca nặng)"
    text = (
        "Hôm nay, cả nước có 1.192 ca khỏi bệnh, giảm {} ca so với ngày trước đó (ngày 12/12, cả nước có"
        " 1.195"
        " ca khỏi bệnh)."
    )
    assert verdicts(text.format("3"))["3"] == Verdict.CONSISTENT
    assert verdicts(text.format("4"))["4"] == Verdict.INCONSISTENT
    said = verdicts(
        "Số bệnh nhân nặng đang điều trị là 7.730 ca, tăng 143 ca so với hôm qua (ngày 12/12 ghi nhận 7.596"
        " ca)."
    )
    assert said["143"] == Verdict.INCONSISTENT


def test_ballots_are_a_share_of_those_who_cast_them():
    # n2488: "có 53/58 đại biểu HĐND tỉnh có mặt …. Số phiếu tín nhiệm cao: 49 phiếu (chiếm 84,48% tổng số đại
    # biểu HĐND tỉnh)" — one ballot each, so of the 58 deputies
    text = (
        "Có 53/58 đại biểu HĐND tỉnh có mặt. Số phiếu tín nhiệm cao: 49 phiếu (chiếm {} tổng số đại biểu HĐND"
        " tỉnh). Số phiếu tín nhiệm: 4 phiếu (chiếm 6,9% tổng số đại biểu HĐND tỉnh)."
    )
    assert verdicts(text.format("84,48%"))["84,48%"] == Verdict.CONSISTENT
    assert not verdicts(text.format("84,84%"))["84,84%"].fits  # (of the 53 present, or the 58?)
    # … not money of deputies
    said = verdicts("Có 58 đại biểu HĐND tỉnh. Chi 49 triệu đồng (chiếm 84,48% tổng số đại biểu HĐND tỉnh).")
    assert "84,48%" not in said


def test_a_fraction_printed_with_its_rate_is_not_read_as_another_pair_nearby():
    # n2486 (first look): "… đạt 50/52 (đạt tỷ lệ 96,15%) phiếu tín nhiệm cao; … Nguyễn Hồng Lĩnh đạt 46/51
    # (đạt tỷ lệ 88,46%) phiếu tín nhiệm cao" — 46/51 is 90,20%; 46 of the others' 52 gives 88,46%, which
    # names the slip (the 51 or the rate), not another reading of a fraction printed with its rate
    text = (
        "Chủ tịch UBND tỉnh Võ Trọng Hải đạt 50/52 (đạt tỷ lệ 96,15%) phiếu tín nhiệm cao; Phó Chủ tịch UBND"
        " tỉnh Nguyễn Hồng Lĩnh đạt 46/{} (đạt tỷ lệ 88,46%) phiếu tín nhiệm cao."
    )
    assert verdicts(text.format("51"))["88,46%"] == Verdict.INCONSISTENT
    assert verdicts(text.format("52"))["88,46%"] == Verdict.CONSISTENT


def test_a_table_copied_cell_by_cell_with_its_empty_cells_as_lines_of_blanks():
    # n2346 (a statistics appendix): "Đường biển" / "1000 tấn" / " " / " " / " " / "4" / "10" / "7" — the
    # empty cells kept as cells, so the row has its six; "Trđó:Bằng cơ giới" a row of some of the one above,
    # not a part beside the others; in thousands of tonnes, a sum one unit off is the rounding's
    cells = [
        "ĐVT", "1985", "1990", "1995", "1996",
        "1.KL hàng hóa vận chuyển", "1000 tấn", "{}", "1.876", "3.360", "3.568",
        "Trđó:Bằng cơ giới", " 1000 tấn", "1.009", "830", "2.241", "2.329",
        " Đường bộ", "1000 tấn", "1.626", "1.666", "3.057", "3.267",
        " Đường sông", "1000 tấn", "120", "206", "293", "295",
        " Đường biển", "1000 tấn", " ", "4", "10", "7",
    ]  # fmt: skip
    text = "KHỐI LƯỢNG HÀNG HÓA\n\n \n\n" + "\n\n".join(cells) + "\n\n \n\nGhi chú: theo niên giám."
    said = verdicts(text.format("1.746"))
    assert said["1.746"] == Verdict.CONSISTENT
    assert said["1.876"] == Verdict.CONSISTENT  # 1.666 + 206 + 4
    assert said["3.568"] == Verdict.AMBIGUOUS  # 3.569 by the rows: a unit off, in thousands
    assert verdicts(text.format("1.748"))["1.748"] == Verdict.INCONSISTENT
    # … not blanks after a heading row's label, nor before the next row's year
    assert "-" not in read_document("Sản xuất vụ Đông\n\n \n\n \n\n1\n\nNgô\n\n4.074,8").text
    assert "-" not in read_document("Tỷ lệ tăng (%)\n\n \n\n2010\n\n2.39").text
    assert read_document("1000 tấn\n\n \n\n4\n\n10").text == "1000 tấn\n\n-\n\n4\n\n10"


def test_a_total_brought_up_to_by_a_figure_added_to_one_said_before():
    # the statistics office's monthly release (n2313, n2547): "… có gần 99 nghìn doanh nghiệp đăng ký
    # thành lập mới với tổng số vốn đăng ký là 1.428 nghìn tỷ đồng …. Nếu tính cả 2.173 nghìn tỷ đồng vốn
    # đăng ký tăng thêm … thì tổng số vốn đăng ký bổ sung vào nền kinh tế trong 9 tháng năm nay là 3.601
    # nghìn tỷ đồng …. Bên cạnh đó, còn có 34,6 nghìn doanh nghiệp quay trở lại hoạt động, …, nâng tổng số
    # doanh nghiệp thành lập mới và doanh nghiệp quay trở lại hoạt động trong 9 tháng lên 133,6 nghìn"
    text = (
        "Tính chung 9 tháng, cả nước có gần 99 nghìn doanh nghiệp đăng ký thành lập mới với tổng số"
        " vốn đăng ký là 1.428 nghìn tỷ đồng. Nếu tính cả 2.173 nghìn tỷ đồng vốn đăng ký tăng thêm"
        " của 29,5 nghìn doanh nghiệp thay đổi tăng vốn thì tổng số vốn đăng ký bổ sung vào nền kinh"
        " tế trong 9 tháng năm nay là 3.601 nghìn tỷ đồng. Bên cạnh đó, còn có 34,6 nghìn doanh"
        " nghiệp quay trở lại hoạt động, tăng 25,5%, nâng tổng số doanh nghiệp thành lập mới và doanh"
        " nghiệp quay trở lại hoạt động trong 9 tháng lên {} nghìn doanh nghiệp."
    )
    said = verdicts(text.format("133,6"))
    assert said["3.601 nghìn tỷ"] == Verdict.CONSISTENT
    assert said["133,6 nghìn"] == Verdict.CONSISTENT
    assert verdicts(text.format("143,6"))["143,6 nghìn"] == Verdict.INCONSISTENT
    # figures all round, perhaps each rounded to its hundreds: a sum one hundred off is a doubt (n938)
    said = verdicts(
        "Cả nước có 128.200 doanh nghiệp thành lập mới. Đáng chú ý, 81.100 doanh nghiệp quay trở lại"
        " hoạt động, nâng tổng số doanh nghiệp thành lập mới và tái gia nhập thị trường lên 209.200"
        " doanh nghiệp."
    )
    assert said["209.200"] == Verdict.AMBIGUOUS
    # … and a count brought up to from one not said is not read (n528)
    said = verdicts(
        "Toàn tỉnh hiến được 8.483 đơn vị máu. Huyện Hoà Thành vận động hiến được 10 ĐVM nâng tổng số"
        " máu đã hiến lên 981 ĐVM."
    )
    assert "981" not in said


def test_a_statistics_table_whose_last_columns_compare_with_periods_it_does_not_print():
    # n2526 (the statistics office's international visitors): "Tháng 6/2019 so với tháng trước (%)", "…
    # so với tháng 6/2018 (%)", "… so với cùng kỳ năm trước (%)" — indices against periods the table leaves
    # out, no column of sums: the rows add up in the two columns of visitors
    text = (
        "Chỉ tiêu\n\n  Ước tính tháng 6/2019\n  (Lượt khách)\n\n  6 tháng năm 2019 (Lượt khách)\n\n"
        "  Tháng 6/2019 so với tháng trước (%)\n\n  Tháng 6/2019 so với tháng 6/2018 (%)\n\n"
        "  6 tháng 2019 so với cùng kỳ năm trước (%)\n\n"
        "  Tổng số {} 8.480.993 89,4 100,2 107,5\n"
        "  Chia theo phương tiện đến\n"
        "  1. Đường không 936.370 6.658.268 89,4 94,9 104,5\n"
        "  2. Đường biển 9.147 139.164 86,7 56,9 80,1\n"
        "  3. Đường bộ 239.928 1.683.561 89,4 132,7 124,9\n"
    )
    said = verdicts(text.format("1.185.445"))
    assert said["1.185.445"] == Verdict.CONSISTENT
    assert said["8.480.993"] == Verdict.CONSISTENT
    # (a total a hundred off in one of two columns: the rows are not taken for its parts, and no flag)
    assert not verdicts(text.format("1.185.545")).get("1.185.545", Verdict.NOT_CHECKABLE).fits


def test_a_yearbooks_part_after_a_row_of_some_of_the_part_before_it():
    # n2566 (first look, two false alarms): "Ngoài Nhà nước", "Trong đó: Khu vực hộ dân cư", then "Khu
    # vực có vốn đầu tư nước ngoài" "-" "-" "-" "43.902" "45.205" — a part still, past the row of some
    # of the one before it; and a share row of fewer cells than the others ("-" "-" "0,39" "-") leaves
    # its columns unknown
    text = (
        "59. Giá trị sản xuất ngành xây dựng theo giá hiện hành\nTỔNG SỐ -\nTOTAL\n"
        "7.310.923 7.217.329 8.874.382 {} 11.049.434\n"
        "Phân theo loại hình kinh tế\nBy types of ownership\nNhà nước\n- State\n"
        "1.393.636 602.720 752.068 1.279.878 1.173.327\nNgoài Nhà nước\n- Non-state\n"
        "5.917.287 6.614.609 8.122.314 9.600.030 9.830.902\nTrong đó: Khu vực hộ dân cư\nOf which:"
        " Households\n"
        "1.615.468 2.958.199 3.778.592 3.733.604 3.659.422\nKhu vực có vốn đầu tư nước ngoài\n"
        "Foreign investment sector\n-\n-\n-\n43.902\n45.205\n"
    )
    said = verdicts(text.format("10.923.810"))
    assert said["10.923.810"] == Verdict.CONSISTENT
    assert said["11.049.434"] == Verdict.CONSISTENT
    assert verdicts(text.format("10.923.910"))["10.923.910"] == Verdict.INCONSISTENT
    shares = (
        "Cơ cấu - Structure (%)\n\nTỔNG SỐ- TOTAL\n\n100,00\n\n100,00\n\n100,00\n\n100,00\n\n"
        "Phân theo loại hình kinh tế\n\nNhà nước - State\n\n15,70\n\n11,60\n\n11,08\n\n2,42\n\n"
        "Ngoài Nhà nước - Non-state\n\n84,30\n\n88,40\n\n88,92\n\n97,19\n\n"
        "Khu vực có vốn đầu tư nước ngoài\n\n-\n\n0,39\n\n-\n\n"
    )
    assert not any(claim.verdict.alarm for claim in check_text(shares).claims)


def test_a_list_after_a_pair_is_of_the_one_it_adds_up_to():
    # n2563: "cấp THPT có 15 dự án/28 HS đoạt giải, bao gồm: 1 giải Nhất, 1 giải Nhì, 7 giải Ba và 6 giải
    # Khuyến khích" — projects by their students, the prizes one a project: read when the list adds up to one
    # of the pair (it may be of either), never a flag
    text = (
        "Kết quả, cấp THPT có {}/28 HS đoạt giải, bao gồm: 1 giải Nhất, 1 giải Nhì, 7 giải Ba và 6 giải"
        " Khuyến khích."
    )
    assert verdicts(text.format("15 dự án"))["15"] == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claim in check_text(text.format("16 dự án")).claims)


def test_a_rate_lies_between_its_two_halves():
    # n2552, n1241 (the statistics office's CPI): "CPI tháng 12/2022 giảm 0,01% so với tháng trước (khu vực
    # thành thị tăng 0,04%; khu vực nông thôn giảm 0,07%)" — a weighted mean of town and country lies between
    text = (
        "CPI tháng 12/2022 {} so với tháng trước (khu vực thành thị tăng 0,04%; khu vực nông thôn giảm"
        " 0,07%)."
    )
    assert verdicts(text.format("giảm 0,01%"))["0,01%"] == Verdict.CONSISTENT
    assert verdicts(text.format("tăng 0,03%"))["0,03%"] == Verdict.CONSISTENT
    assert not verdicts(text.format("tăng 0,09%"))["0,09%"].fits
    said = verdicts(
        "CPI tăng 0,24% so với tháng trước (khu vực thành thị tăng 0,27%; khu vực nông thôn tăng 0,21%)."
    )
    assert said["0,24%"] == Verdict.CONSISTENT


def test_a_breakdown_is_of_the_whole_its_label_names_and_that_wholes_share_is_its_base():
    # n2156: "… với doanh thu đạt 11.137 tỷ đồng, chiếm tỷ trọng 31% trong tổng doanh thu toàn thị trường, …,
    # bồi thường 5.172 tỷ đồng, tỷ lệ bồi thường 46%. Trong đó, doanh thu bảo hiểm bắt buộc … đạt 3.041 tỷ
    # đồng, chiếm tỷ trọng 8 %" — of the market, the base the 11.137's 31% was of (3.041 / 11.137 × 31% =
    # 8,46%), not of the 5.172 paid out (a false alarm at first look)
    text = (
        "Bảo hiểm. Bảo hiểm xe cơ giới vẫn là nguồn thu số một với doanh thu đạt 11.137 tỷ đồng, chiếm tỷ"
        " trọng"
        " 31% trong tổng doanh thu toàn thị trường, tăng trưởng 6%, bồi thường 5.172 tỷ đồng, tỷ lệ bồi"
        " thường"
        " 46%. Trong đó, doanh thu bảo hiểm bắt buộc trách nhiệm dân sự chủ xe cơ giới đạt 3.041 tỷ đồng,"
        " chiếm"
        " tỷ trọng {}, tăng trưởng 21%."
    )
    assert verdicts(text.format("8 %"))["8 %"] == Verdict.CONSISTENT
    assert not verdicts(text.format("18 %"))["18 %"].fits  # (which whole, the text does not pin down)


def test_names_in_groups_each_with_its_district_after_a_dash():
    # n2011: "4 xã được công nhận đạt chuẩn vào đầu năm 2014 (các xã: Tân Hội - huyện Đức Trọng;  Xuân Trường
    # - Thành phố Đà Lạt và Quảng Lập, Lạc Lâm - huyện Đơn Dương), 17 xã … (…; Đam’ri, Lộc Thanh, Lộc Châu -
    # Tp. Bảo Lộc; …)"
    text = (
        "Nông thôn mới. Trong đó có {} xã được công nhận đạt chuẩn vào đầu năm 2014 (các xã: Tân Hội - huyện"
        " Đức"
        " Trọng;  Xuân Trường - Thành phố Đà Lạt và Quảng Lập, Đam’ri - huyện Đơn Dương), 17 xã được công"
        " nhận"
        " đạt chuẩn vào cuối năm 2014."
    )
    assert verdicts(text.format("4"))["4"] == Verdict.CONSISTENT
    assert verdicts(text.format("5"))["5"] == Verdict.INCONSISTENT


def test_a_parts_share_naming_the_base_its_wholes_rate_named():
    # n2172: "thu hoạch được 866,4 nghìn ha lúa mùa, chiếm hơn 73% diện tích gieo cấy …. Trong đó, vùng Đồng
    # bằng sông Hồng thu hoạch được 434,5 nghìn ha, chiếm 76,9% diện tích gieo cấy" — of the region's own area
    # sown (a false alarm at first look); raw11/k12: "11,5 tỷ đồng, chiếm 0,37% tổng dư nợ. Trong đó, nợ quá
    # hạn gần 6,1 tỷ đồng, chiếm 0,20% tổng dư nợ" — of the same loan book: 6,1 / 11,5 × 0,37% = 0,196%
    rice = (
        "Lúa mùa. Các địa phương phía Bắc đã thu hoạch được 866,4 nghìn ha lúa mùa, chiếm hơn 73% diện tích"
        " gieo"
        " cấy. Trong đó, vùng Đồng bằng sông Hồng thu hoạch được 434,5 nghìn ha, chiếm 76,9% diện tích gieo"
        " cấy."
    )
    assert not verdicts(rice)["76,9%"].alarm
    debts = (
        "Tín dụng. Tổng nợ quá hạn là 11,5 tỷ đồng, chiếm 0,37% tổng dư nợ. Trong đó, nợ quá hạn gần 6,1 tỷ"
        " đồng,"
        " chiếm {} tổng dư nợ."
    )
    assert verdicts(debts.format("0,20%"))["0,20%"] == Verdict.CONSISTENT


def test_a_share_in_a_list_of_shares_of_one_whole_is_not_read_of_a_pair_said_before():
    # n273: the shares before it in the list are all of the 496 deputies; "2 of 160" (two figures said in
    # other clauses, 1,25%) is no reading of "dưới đại học 6 người (tỉ lệ 1,3%)" — 6 of 496 is 1,2%
    text = (
        "Kết quả bầu cử. Tổng số đại biểu trúng cử là 496 người; ĐB tự ứng cử 2 người; ĐB khóa XIII tái cử"
        " 160 người. + Trình độ: trên đại học 310 người (tỉ lệ 62,5%); đại học 180 người (tỉ lệ 36,3%); dưới"
        " đại học 6 người (tỉ lệ {})."
    )
    assert verdicts(text.format("1,3%"))["1,3%"] == Verdict.INCONSISTENT
    assert verdicts(text.format("1,2%"))["1,2%"] == Verdict.CONSISTENT
    # … while the other pair of the share's own clause still makes it a doubt (n376: "đã giải quyết 265
    # vụ, 367 bị cáo, đạt trên 83%" — 265 of the 317 vụ)
    cases = (
        "Kiểm sát. Thụ lý kiểm sát điều tra 579 vụ, 585 bị can và đã giải quyết 392 vụ, 379 bị can, đạt gần"
        " 68%. Thụ lý kiểm sát xét xử sơ thẩm 317 vụ, 460 bị cáo và đã giải quyết 265 vụ, 367 bị cáo, đạt"
        " trên 83%."
    )
    assert not verdicts(cases)["83%"].alarm


def test_the_area_sown_not_its_plan_gives_the_yield():
    # n2282: "đạt 73.035,6 ha/73.294,8 ha kế hoạch" — the yield is the output over the area sown (a false
    # alarm at first look, 61,5 over the plan)
    text = (
        "Trồng trọt. Tổng diện tích cây lúa gieo sạ đạt 73.035,6 ha/73.294,8 ha kế hoạch, năng suất bình quân"
        " ước đạt {} tạ/ha, sản lượng ước đạt 450.805,4 tấn."
    )
    assert verdicts(text.format("61,7"))["61,7"] == Verdict.CONSISTENT
    assert verdicts(text.format("67,1"))["67,1"] == Verdict.INCONSISTENT


def test_an_amount_outside_the_plan_is_no_plan():
    # n2287: "thu chuyển nguồn … ngoài dự toán là 1.753.925 triệu đồng" is no plan of the spending's rate
    text = (
        "Tài chính. Nếu loại trừ thu chuyển nguồn năm 2017 mang sang ngoài dự toán là 1.753.925 triệu đồng,"
        " thì tổng thu ngân sách nhà nước lũy kế của 9 tháng được 5.322.929 triệu đồng, đạt 82,74% dự toán"
        " Trung ương giao.\n\nƯớc tổng chi ngân sách nhà nước tháng 9 được 563.782 triệu đồng, luỹ kế được"
        " 5.208.879 triệu đồng, đạt 85,72% dự toán Trung ương giao. Trong đó, chi xây dựng cơ bản được"
        " 255.765 triệu đồng, luỹ kế được 2.214.914 triệu đồng, đạt 93,18% dự toán Trung ương giao."
    )
    assert not verdicts(text)["93,18%"].alarm


def test_a_name_left_out_of_a_list_in_brackets_is_a_doubt():
    # n2308: "4 thành phố (Hạ Long, Cẩm Phả, Uông Bí)" — Móng Cái left out; more names than counted stays a
    # slip
    text = (
        "Hành chính. Tỉnh có 13 đơn vị cấp huyện, bao gồm {} thành phố (Hạ Long, Cẩm Phả, Uông Bí), 3 thị xã"
        " và 6 huyện."
    )
    assert verdicts(text.format("4"))["4"] == Verdict.AMBIGUOUS
    assert verdicts(text.format("2"))["2"] == Verdict.INCONSISTENT


def test_rural_people_are_no_hamlet_numbers():
    # n2276: "dân số nông thôn 61,03 triệu người, chiếm 64,5%" — not "thôn 61, 03" (hamlets 61 and 3)
    text = (
        "Dân số. Dân số trung bình năm 2018 ước tính 94,66 triệu người, bao gồm dân số thành thị 33,63 triệu"
        " người, chiếm 35,5%; dân số nông thôn 61,03 triệu người, chiếm {}."
    )
    assert verdicts(text.format("64,5%"))["64,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format("65,4%"))["65,4%"] == Verdict.INCONSISTENT
    # … while a hamlet keeps its number: "thôn 3 có 120 hộ"
    assert "3" not in verdicts("Dân cư. Thôn 3 có 120 hộ, thôn 5 có 80 hộ, tổng cộng 200 hộ.")


def test_a_two_column_table_copied_one_cell_to_a_line():
    # n2336 (the culture ministry's library statistics, 2014): each label on a line, its figure on the next;
    # the parts after "Trong đó: -" add up to 17.710, one more than the total; "Việt Nam" is no group of men
    lines = [
        "Thống kê 2014 - Thư viện",
        "1.",
        "Tổng số thư viện công cộng/phòng đọc sách, tủ sách:",
        "{total}",
        " ",
        "Trong đó: - Thư viện Quốc gia Việt Nam:",
        "1",
        " ",
        "- Thư viện tỉnh/thành:",
        "63",
        "- Thư viện quận, huyện, thị xã:",
        "659",
        "- Thư viện xã, phường, thị trấn:",
        "2.456",
        "- Phòng đọc sách xã và cơ sở (làng, thôn, bản):",
        "14.470",
        "- Thư viện tư nhân có phục vụ cộng đồng:",
        "61",
        "2.",
        "Tổng số sách hiện có trong thư viện công cộng (bản):",
    ]
    text = "\n\n".join(lines)
    assert verdicts(text.format(total="17.709"))["17.709"] == Verdict.INCONSISTENT
    assert verdicts(text.format(total="17.710"))["17.710"] == Verdict.CONSISTENT
    # … as the web page's form sends it, each line ending "\r\n"
    assert verdicts(text.format(total="17.709").replace("\n", "\r\n"))["17.709"] == Verdict.INCONSISTENT
    # … and a total on its line after its label, its kinds on the lines under it, with no marker (n2336's
    # books: 2.500.000 + 13.030.150 + 8.228.960 = 23.759.110)
    books = "\n\n".join(
        [
            "Sách.",
            "Tổng số sách hiện có trong thư viện công cộng (bản):",
            "{total}",
            "- Thư viện Quốc gia Việt Nam:",
            "2.500.000",
            "- Thư viện tỉnh/thành:",
            "13.030.150",
            "- Thư viện quận, huyện, thị xã:",
            "8.228.960",
            "3.",
        ]
    )
    assert verdicts(books.format(total="23.759.110"))["23.759.110"] == Verdict.CONSISTENT
    assert verdicts(books.format(total="23.759.010"))["23.759.010"] == Verdict.INCONSISTENT
    # … but a row's first cell after its label is no such figure: "Tổng số:" / "10,73" / "13,33" (n591)
    cells = "Tổng số:\n\n10,73\n\n13,33\n\nNông nghiệp"
    assert read_document(cells).text == cells


def test_a_whole_s_growth_from_parts_that_rose_and_fell():
    # n2348 (the statistics office's transport, 11 months of 2012): last year's tonnes are 831,2 / 1,105 +
    # 34,7 / 0,85 = 793,0, so 865,9 is up 9,2%, not 9,4%; the tonne-km fell 12,8%, not 11,3% — the clause
    # after the semicolon glued to it (";vận tải ngoài nước")
    text = (
        "Vận tải. Vận tải hàng hóa mười một tháng ước tính đạt 865,9 triệu tấn, tăng {tonnes} và 169,5 tỷ"
        " tấn.km, giảm {km} so với cùng kỳ năm trước, bao gồm: Vận tải trong nước đạt 831,2 triệu tấn, tăng"
        " 10,5% và 58,9 tỷ tấn.km, tăng 0,7%;vận tải ngoài nước đạt 34,7 triệu tấn, giảm 15% và 110,5 tỷ"
        " tấn.km, giảm 18,7%."
    )
    slips = verdicts(text.format(tonnes="9,4%", km="11,3%"))
    assert slips["9,4%"] == Verdict.INCONSISTENT
    assert slips["11,3%"] == Verdict.INCONSISTENT
    fits = verdicts(text.format(tonnes="9,2%", km="12,8%"))
    assert fits["9,2%"] == Verdict.CONSISTENT
    assert fits["12,8%"] == Verdict.CONSISTENT


def test_parts_in_a_bracket_after_the_whole_s_rates():
    # n2323: "nhóm cây lương thực đạt 39.954 ha, đạt 120,7% …, tăng 7,5% … (lúa35.903 ha đạt 119,3% so với kế
    # hoạch, tăng 6,7% …; bắp 4.051 ha …, tăng 15,2% …)": the sum, and the whole's growth from its parts'
    text = (
        "Trồng trọt. Nhóm cây lương thực đạt {whole} ha, đạt 120,7% so với kế hoạch vụ, tăng {growth} so với"
        " đông xuân năm trước (lúa35.903 ha đạt 119,3% so với kế hoạch, tăng 6,7% so với năm trước; bắp 4.051"
        " ha đạt 135% kế hoạch, tăng 15,2% so với năm trước)."
    )
    said = verdicts(text.format(whole="39.954", growth="7,5%"))
    assert said["39.954"] == Verdict.CONSISTENT
    assert said["7,5%"] == Verdict.CONSISTENT
    assert verdicts(text.format(whole="39.954", growth="5,7%"))["5,7%"] == Verdict.INCONSISTENT
    # short of the whole, a bracket may list some of it only
    assert not verdicts(text.format(whole="41.954", growth="7,5%"))["41.954"].alarm


def test_a_whole_said_after_trong_then_its_parts_after_co():
    # n2366: "Trong 15 PGS có 13 nam và 2 nữ" — as "Trong số 15 PGS có …"
    assert verdicts("Nhân sự. Trong 15 PGS có 13 nam và 2 nữ.")["15"] == Verdict.CONSISTENT
    # (short of it, a list after "có" may name some only: read only where it adds up)
    assert "15" not in verdicts("Nhân sự. Trong 15 PGS có 11 nam và 2 nữ.")
    # … not a span of time: "Trong 6 tháng có 3 vụ cháy và 2 vụ nổ"
    assert "6" not in verdicts("An toàn. Trong 6 tháng có 3 vụ cháy và 2 vụ nổ.")


def test_a_breakdown_after_a_fraction_and_its_rate_is_of_the_fraction():
    # n2003: "109/196 trường tiểu học đạt chuẩn quốc gia, chiếm tỉ lệ 56,1%; trong đó có 25 trường đạt chuẩn
    # quốc gia mức độ 2, tỉ lệ 12,6%" — 25 of 196 is 12,8%, of 109 22,9%: no reading gives 12,6% ("đạt chuẩn"
    # is what the schools reached, not a rate of a plan; the rate before "trong đó" is the fraction's own)
    text = (
        "Giáo dục. Toàn tỉnh có 109/196 trường tiểu học đạt chuẩn quốc gia, chiếm tỉ lệ 55,6%; trong đó có 25"
        " trường đạt chuẩn quốc gia mức độ 2, tỉ lệ {share}."
    )
    assert verdicts(text.format(share="12,6%"))["12,6%"] == Verdict.INCONSISTENT
    assert verdicts(text.format(share="12,8%"))["12,8%"] == Verdict.CONSISTENT
    # n1203: the next sentence breaks down its own fraction, not the one before ("11 trường" of 41, cut)
    two = (
        "Giáo dục. Cấp mầm non có 40/48 trường công lập đạt chuẩn Quốc gia (bằng 83,33%), trong đó có 7"
        " trường đạt chuẩn mức độ 2 (bằng 14,58%). Cấp tiểu học có 37/41 trường công lập đạt chuẩn Quốc gia"
        " (bằng 90,24%), trong đó có 11 trường đạt chuẩn mức độ 2 (bằng 26,82%)."
    )
    assert verdicts(two)["26,82%"] == Verdict.CONSISTENT_BY_TRUNCATION


def test_a_share_of_the_whole_said_before_it_in_its_own_sentence_by_the_same_words():
    # n1827: 31.074,8 of 33.930,9 ha is 91,6%, not 92,4% — the coffee area said with "diện tích" right before,
    # not the whole sown area nor the tea said earlier
    text = (
        "Nông nghiệp. Toàn huyện có tổng diện tích gieo trồng đạt 52.577,7 ha. Cây chè được duy trì ở mức"
        " 7.200 ha. Cây cà phê duy trì được diện tích 33.930,9 ha; ngành nông nghiệp hướng dẫn Nhân dân trồng"
        " tái canh cà phê năng suất cao được 31.074,8 ha, chiếm {share} tổng diện tích."
    )
    assert verdicts(text.format(share="92,4%"))["92,4%"] == Verdict.INCONSISTENT
    assert verdicts(text.format(share="91,6%"))["91,6%"] == Verdict.CONSISTENT
    # not the figure before the part when it is not said with the share's words (raw45/tu16: of the two
    # markets together, of all the workers sent, 11.740)
    both = (
        "Lao động. Trong tháng, tổng số lao động đi làm việc ở nước ngoài là 11.740 người. Các thị trường"
        " tiếp nhận chủ yếu là Nhật Bản với 5.799 lao động, và Đài Loan với 4.184 lao động, chiếm gần 85%"
        " tổng số lao động đưa đi trong tháng."
    )
    assert not verdicts(both)["85%"].alarm


def test_a_fractions_first_figure_counts_the_names_after_what_is_said_of_them():
    # n2393: "18/63 tỉnh có tỷ lệ bao phủ ít nhất 01 liều vaccine cho trên 95% dân số từ 18 tuổi trở lên là:
    # …"
    text = (
        "Tiêm chủng. {count}/63 tỉnh có tỷ lệ bao phủ ít nhất 01 liều vaccine cho trên 95% dân số từ 18 tuổi"
        " trở lên là: Hà Nội, Hải Phòng, Bắc Ninh, Vĩnh Phúc, TP.HCM, TP. Đà Nẵng."
    )
    assert verdicts(text.format(count="6"))["6"] == Verdict.CONSISTENT
    assert verdicts(text.format(count="7"))["7"] == Verdict.INCONSISTENT
    # the names are the first count's, not those of the doses said of them (raw5/v29), nor of a dose's number
    doses = (
        "Tiêm chủng. Có 3/63 tỉnh có tỷ lệ bao phủ đủ 2 liều vaccine cho dân số từ 18 tuổi trở lên đạt trên"
        " 50% là Long An, Khánh Hòa và Quảng Ninh. Các tỉnh có tỷ lệ tiêm mũi 2 dưới 50% là: Thái Bình, Nam"
        " Định, Quảng Nam."
    )
    found = verdicts(doses)
    assert found["3"] == Verdict.CONSISTENT
    assert "2" not in found
    # names parted by semicolons, one holding "và": not read as commas (n1336)
    listed = (
        "Kết quả. Thành phố hoàn thành 3/14 chỉ tiêu là Tài nguyên và Môi trường; Y tế; Công tác tuyển quân."
    )
    assert not any(verdict.alarm for verdict in verdicts(listed).values())


def test_a_breakdown_past_what_the_total_comes_with():
    # n706: "12.465 doanh nghiệp … với số vốn đăng ký trên 145 nghìn tỷ đồng, trong đó có 8.730 doanh nghiệp …
    # và 3.735 doanh [nghiệp] tạm dừng …": the firms broken down, not the money
    text = (
        "Doanh nghiệp. Toàn tỉnh ước có {whole} doanh nghiệp đăng ký kinh doanh với số vốn đăng ký trên 145"
        " nghìn tỷ đồng, trong đó có 8.730 doanh nghiệp thực tế hoạt động và 3.735 doanh nghiệp tạm dừng hoạt"
        " động."
    )
    assert verdicts(text.format(whole="12.465"))["12.465"] == Verdict.CONSISTENT
    # (more than the whole: a slip; less: "trong đó" may list some only)
    assert verdicts(text.format(whole="12.365"))["12.365"] == Verdict.INCONSISTENT


def test_what_was_paid_out_is_a_share_of_what_was_allotted():
    # n953: "nguồn kinh phí bố trí … là 298 tỉ đồng, lũy kế giải ngân vốn … là 118,8 tỉ đồng, đạt tỉ lệ
    # 63,33%" — 118,8 of 298 is 39,87%
    text = (
        "Bảo tồn. Nguồn kinh phí bố trí cho công tác bảo tồn di sản là 298 tỉ đồng, lũy kế giải ngân vốn đến"
        " ngày 31.12.2024 là 118,8 tỉ đồng, đạt tỉ lệ {rate}."
    )
    assert verdicts(text.format(rate="63,33%"))["63,33%"] == Verdict.INCONSISTENT
    assert verdicts(text.format(rate="39,87%"))["39,87%"] == Verdict.CONSISTENT


def test_a_count_of_names_said_of_them_with_a_comma_before_the_list():
    # n622: "11 xã có tỷ lệ hộ sử dụng điện thường xuyên, an toàn đạt 100%, gồm: …"; n791: "9 tỉnh, thành phố
    # gồm:"
    villages = (
        "Điện. Trong đó, {count} xã có tỷ lệ hộ sử dụng điện thường xuyên, an toàn đạt 100%, gồm: Quân Bình,"
        " Cẩm Giàng, Tân Tiến, Quang Thuận và Dương Phong; còn lại các xã khác: Phương Linh đạt 99,75%."
    )
    assert verdicts(villages.format(count="5"))["5"] == Verdict.CONSISTENT
    assert verdicts(villages.format(count="6"))["6"] == Verdict.INCONSISTENT
    provinces = (
        "Tiêm chủng. Triển khai tại 54 tỉnh (trừ 3 tỉnh, thành phố gồm: TP Hồ Chí Minh, Hà Nội, Cà Mau không"
        " nằm trong kế hoạch do đã hoàn thành chiến dịch)."
    )
    assert verdicts(provinces)["3"] == Verdict.CONSISTENT
    # a name that goes on past the words a list may hold, a lower-case word after it (n1247): not judged
    banks = (
        "ODA. Cuộc họp với nhóm 6 Ngân hàng phát triển, gồm: Ngân hàng Thế giới (WB), Ngân hàng Phát triển"
        " châu Á (ADB), Cơ quan Hợp tác quốc tế Nhật Bản (JICA), Cơ quan Phát triển Pháp (AFD), Ngân hàng Tái"
        " thiết Đức (KfW), Ngân hàng Xuất nhập khẩu Hàn Quốc (KEXIM)."
    )
    assert not verdicts(banks).get("6", Verdict.CONSISTENT).alarm
    # people, then where they were: no count of the places (raw6/w47)
    people = (
        "Tham nhũng. Các cơ quan phát hiện 22 vụ, 24 người có hành vi liên quan đến tham nhũng, xảy ra ở các"
        " tỉnh: Đồng Nai, Hà Nam, Khánh Hòa."
    )
    assert "24" not in verdicts(people)


def test_a_change_after_but_and_its_rate_said_as_corresponding_in_brackets():
    # n2401: "kim ngạch 14,1 tỷ USD, nhưng bị giảm 511 triệu USD, tương ứng giảm 4%" (3,5%: the rounded 14,1
    # allows 4%); "6,3 tỷ USD, tăng 1,7 tỷ USD (tương ứng tăng 37%)"
    fell = (
        "Nhập khẩu. Hàn Quốc với kim ngạch 14,1 tỷ USD, nhưng bị giảm 511 triệu USD, tương ứng giảm {rate}."
    )
    assert verdicts(fell.format(rate="4%"))["4%"] == Verdict.CONSISTENT
    assert verdicts(fell.format(rate="5%"))["5%"] == Verdict.INCONSISTENT
    rose = "Nhập khẩu. Đài Loan với 6,3 tỷ USD, tăng 1,7 tỷ USD (tương ứng tăng {rate})."
    assert verdicts(rose.format(rate="37%"))["37%"] == Verdict.CONSISTENT
    assert verdicts(rose.format(rate="27%"))["27%"] == Verdict.INCONSISTENT


def test_places_each_with_its_count_in_brackets_break_down_the_total():
    # n2391: "5.014 ca ghi nhận trong nước tại Bình Dương (2.117), TP. Hồ Chí Minh (1.523), Đồng Nai (646), …"
    text = (
        "Dịch bệnh. Trong ngày ghi nhận {total} ca trong nước tại Bình Dương (2.117), TP. Hồ Chí Minh"
        " (1.523), Đồng Nai (646), Đồng Tháp (728)."
    )
    assert verdicts(text.format(total="5.014"))["5.014"] == Verdict.CONSISTENT
    assert verdicts(text.format(total="4.914"))["4.914"] == Verdict.INCONSISTENT  # the places hold more
    listed = (
        "Dịch bệnh. Trong ngày ghi nhận 5.014 ca, gồm: Bình Dương (2.117), Đồng Nai (646), Đồng Tháp (2.251)."
    )
    assert verdicts(listed)["5.014"] == Verdict.CONSISTENT
    # a list whose own sum is said after it is not the parts of the figure before (raw33/ti20)
    medals = (
        "Thể thao. Việt Nam bỏ xa đoàn xếp thứ 2 là Thái Lan đến 73 huy chương Vàng. Cụ thể tổng số huy"
        " chương Vàng của Thái Lan (53), Philippines (38) và Singapore (37) là 128."
    )
    assert not verdicts(medals).get("73", Verdict.CONSISTENT).alarm


def test_bulleted_places_each_breaking_its_own_count_down_after_a_colon():
    # n2442: "63 trường hợp dương tính với SARS-CoV-2, cụ thể như sau:" then "- TX Hoài Nhơn có 18 ca: 3 ca ở
    # phường Hoài Đức, …" — each line's own count is the part, its colon's list its own parts
    text = (
        "Dịch bệnh. Ban Chỉ đạo thông tin về {total} trường hợp dương tính với SARS-CoV-2, cụ thể như sau:\n"
        "- TX Hoài Nhơn có 18 ca: 3 ca ở phường Hoài Đức, 15 ca ở phường Tam Quan.\n"
        "- Huyện Phù Cát có 16 ca: 3 ca ở xã Cát Thành, 13 ca ở xã Cát Hanh.\n"
        "- TP Quy Nhơn có 1 ca ở phường Nhơn Phú.\n"
    )
    assert verdicts(text.format(total="35"))["35"] == Verdict.CONSISTENT
    assert verdicts(text.format(total="45"))["45"] == Verdict.INCONSISTENT
    assert verdicts(text.format(total="35"))["18"] == Verdict.CONSISTENT


def test_a_wholes_growths_against_two_periods_from_its_parts_said_after():
    # n2456 (Bình Dương's retail sales, May 2017): 13.642,5 tỷ đồng "tăng 1,6% so với tháng trước và tăng 20%
    # so với cùng kỳ"; its parts, each with its two growths, give 5,0% and 7,1%
    text = (
        "Thương mại. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 5/2017 ước đạt 13.642,5 tỷ đồng,"
        " tăng {month} so với tháng trước và tăng {year} so với cùng kỳ. Trong đó: khu vực kinh tế trong nước"
        " đạt 13.149,4 tỷ đồng, tăng 5,2% so với tháng trước và tăng 6% so với cùng kỳ; khu vực kinh tế có"
        " vốn đầu tư nước ngoài đạt 493,1 tỷ đồng, tăng 0,9% so với tháng trước, tăng 48,8% so với cùng kỳ."
    )
    right = verdicts(text.format(month="5%", year="7,1%"))
    assert right["5%"] == Verdict.CONSISTENT
    assert right["7,1%"] == Verdict.CONSISTENT
    slipped = verdicts(text.format(month="4%", year="20%"))
    assert slipped["4%"] == Verdict.INCONSISTENT
    assert slipped["20%"] == Verdict.INCONSISTENT


def test_a_list_whose_last_part_says_the_rates_of_two_parts_in_brackets():
    # n1602: "186 nhiệm vụ, trong đó có 133 nhiệm vụ thuộc các chương trình và 54 nhiệm vụ độc lập (đạt tỷ lệ
    # 88,5% đối với nhiệm vụ độc lập và 98% đối với nhiệm vụ thuộc các chương trình)" — 133 + 54 = 187
    text = (
        "Khoa học. Hoàn thành nghiệm thu cấp quốc gia {total} nhiệm vụ, trong đó có 133 nhiệm vụ thuộc các"
        " chương trình và 54 nhiệm vụ độc lập (đạt tỷ lệ 88,5% đối với nhiệm vụ độc lập và 98% đối với nhiệm"
        " vụ thuộc các chương trình)."
    )
    assert verdicts(text.format(total="186"))["186"] == Verdict.INCONSISTENT
    assert verdicts(text.format(total="187"))["187"] == Verdict.CONSISTENT


def test_a_disaster_bulletins_counts_by_province_in_brackets():
    # n2246: "18 tàu cá (công suất >20CV) bị chìm (Thanh Hóa: 1; Quảng Bình: 11; Quảng Ngãi: 6). 53
    # thuyền nhỏ bị chìm, cuốn trôi (Thanh Hóa: 37; Thừa Thiên - Huế: 15)" — a place's name with its
    # dash, past a bracket of the noun's own; a count by place in brackets is all of it
    text = (
        "Thiệt hại. Về tàu thuyền: {ships} tàu cá (công suất >20CV) bị chìm (Thanh Hóa: 1; Quảng Bình: 11;"
        " Quảng Ngãi: 6). {boats} thuyền nhỏ bị chìm, cuốn trôi (Thanh Hóa: 37; Thừa Thiên - Huế: 15)."
    )
    right = verdicts(text.format(ships="18", boats="52"))
    assert right["18"] == Verdict.CONSISTENT
    assert right["52"] == Verdict.CONSISTENT
    slipped = verdicts(text.format(ships="19", boats="53"))
    assert slipped["19"] == Verdict.INCONSISTENT
    assert slipped["53"] == Verdict.INCONSISTENT
    # … not the places where most of them are: "tập trung (…)" may leave some out
    some = verdicts(
        "Thiệt hại. Có 53 thuyền nhỏ bị chìm, cuốn trôi, tập trung (Thanh Hóa: 37; Quảng Bình: 15)."
    )
    assert not some["53"].alarm


def test_an_increase_said_as_what_the_text_counts_is_broken_down_after():
    # n1516: "dự kiến TP.HCM tăng 67.234 học sinh. Trong đó, công lập 43.407, ngoài công lập 21.624" —
    # no value before the increase nor period after it: the whole the next sentence breaks down (65.031)
    text = (
        "Giáo dục. Trong năm học 2018-2019 dự kiến TP.HCM tăng {total} học sinh. Trong đó, công lập 43.407,"
        " ngoài công lập 21.624."
    )
    assert verdicts(text.format(total="67.234"))["67.234"] == Verdict.INCONSISTENT
    assert verdicts(text.format(total="65.031"))["65.031"] == Verdict.CONSISTENT
    # … but not the change of a value said before it ("21 người …, tăng 13 người so với …", raw58/uh03)
    changed = verdicts(
        "Thiệt hại. Có 21 người bị thương do bão, tăng 13 người so với đợt trước. Trong đó, Nghệ An 1 người,"
        " Hà Tĩnh 5 người."
    )
    assert "13" not in changed


def test_visits_of_guests_broken_down_into_guests_at_home_and_from_abroad():
    # n1936: "Tràng An (Ninh Bình) đón 6.327.488 lượt khách. Trong đó, 5.567.628 khách trong nước, 759.859
    # khách quốc tế" — the two halves of all guests, one short
    text = (
        "Du lịch. Quần thể danh thắng Tràng An (Ninh Bình) đón {total} lượt khách. Trong đó, 5.567.628 khách"
        " trong nước, 759.859 khách quốc tế, doanh thu từ du lịch đạt 867,5 tỷ đồng."
    )
    assert verdicts(text.format(total="6.327.488"))["6.327.488"] == Verdict.INCONSISTENT
    assert verdicts(text.format(total="6.327.487"))["6.327.487"] == Verdict.CONSISTENT


def test_a_wish_numbered_is_no_figure():
    # n678: "học sinh đăng ký nguyện vọng 1 là 75.471, …, nguyện vọng 2 là 70.190" — the 1 and the 2 name the
    # wishes; the counts after them are the parts
    text = (
        "Tuyển sinh. Hà Nội có {total} học sinh đăng ký vào lớp 10. Trong đó, số học sinh đăng ký nguyện"
        " vọng 1 là 75.471, nguyện vọng 2 là 70.190."
    )
    assert verdicts(text.format(total="145.653"))["145.653"] == Verdict.INCONSISTENT
    assert verdicts(text.format(total="145.661"))["145.661"] == Verdict.CONSISTENT


def test_a_rate_found_a_slip_said_again_in_a_caption_is_the_same_slip():
    # n1216: "Diện tích gieo cấy lúa mùa được khoảng 26.410,28 ha/25.976 ha, đạt 101,2% KH" (101,7%), then a
    # photo's caption "Diện tích gieo cấy lúa mùa đạt 101,2% KH" — said again, as wrong
    text = (
        "Nông nghiệp. Diện tích gieo cấy lúa mùa được khoảng 26.410,28 ha/25.976 ha, đạt {rate} KH; ngô hè"
        " thu trồng được khoảng 15.635,10 ha/14.007 ha, đạt 111,62% KH.\n\n"
        "Diện tích gieo cấy lúa mùa đạt {rate} KH\n\n"
        "Trong chăn nuôi, tình hình dịch bệnh vẫn diễn biến phức tạp."
    )
    report = check_text(text.format(rate="101,2%"))
    again = [claim for claim in report.claims if claim.printed.text == "101,2%"]
    assert [claim.verdict for claim in again] == [Verdict.INCONSISTENT, Verdict.INCONSISTENT]
    assert "printed this figure before" in again[1].explanation("en")
    right = check_text(text.format(rate="101,7%"))
    assert all(claim.verdict.fits for claim in right.claims if claim.printed.text == "101,7%")


def test_a_part_done_said_with_its_count_alone_is_one_of_one():
    # n1921: "đạt và vượt 15/17 chỉ tiêu …; trong đó, kinh tế đạt 6/6 chỉ tiêu, xã hội đạt 8/8 chỉ tiêu, quốc
    # phòng – an ninh đạt 1/2 chỉ tiêu và xây dựng xã đạt chuẩn nông thôn mới (NTM) đạt 1 chỉ tiêu" — the
    # wholes add up to 17 with the last part as 1/1, so the parts done are 16
    text = (
        "Kinh tế. Năm 2019, Ninh Sơn đạt và vượt {done}/17 chỉ tiêu Nghị quyết HĐND huyện đề ra; trong đó,"
        " kinh tế đạt 6/6 chỉ tiêu, xã hội đạt 8/8 chỉ tiêu, quốc phòng – an ninh đạt 1/2 chỉ tiêu và xây"
        " dựng xã đạt chuẩn nông thôn mới (NTM) đạt {last} chỉ tiêu."
    )
    assert verdicts(text.format(done="15", last="1"))["15"] == Verdict.INCONSISTENT
    assert verdicts(text.format(done="16", last="1"))["16"] == Verdict.CONSISTENT
    # … not when the wholes do not add up with it: then it is no part of one of one
    assert verdicts(text.format(done="15", last="2"))["15"] == Verdict.CONSISTENT


def test_a_bound_said_again_with_the_same_word_and_noun_is_that_figure():
    # n907: "trong tháng 9 …, Việt Nam đã đón gần 1,52 triệu lượt khách quốc tế, tăng 19,5% …", then "Trong đó
    # riêng tháng 9, Việt Nam đón gần 1,52 triệu lượt khách quốc tế, tăng 19,5% …"
    text = (
        "Du lịch. Trong tháng 9 đầu năm 2025, Việt Nam đã đón gần 1,52 triệu lượt khách quốc tế, tăng 19,5%"
        " so với cùng kỳ năm 2024.\n\nTheo đó, lũy kế 9 tháng đầu năm 2025, Việt Nam đón 15,4 triệu khách"
        " quốc tế, tăng 21,5% so với cùng kỳ năm 2024. Trong đó riêng tháng 9, Việt Nam đón {again} triệu"
        " lượt khách quốc tế, tăng 19,5% so với cùng kỳ năm 2024."
    )
    said = [claim for claim in check_text(text.format(again="gần 1,52")).claims if claim.printed.start > 200]
    assert [(claim.printed.text, claim.verdict) for claim in said if "1,52" in claim.printed.text] == [
        ("1,52 triệu", Verdict.CONSISTENT)
    ]
    # … not a bound said with another word: "hơn 1,52 triệu" is no "gần 1,52 triệu"
    other = check_text(text.format(again="hơn 1,52")).claims
    assert not any("1,52" in claim.printed.text for claim in other if claim.printed.start > 200)


def test_figures_after_a_total_that_add_up_to_it_exactly_are_read_as_its_parts():
    # n100: "tổng giá trị nền kinh tế đạt 221,562 tỷ, đạt 67,44% kế hoạch, tổng giá trị ngành thương mại dịch
    # vụ đạt 73,46 tỷ đồng, đạt 70,25%, nông nghiệp đạt 40,788 tỷ đồng, đạt 58,9%, công nghiệp xây dựng đạt
    # 107,314 tỷ đạt 69,36%" — no word says they are its parts, but they add up to it exactly
    text = (
        "Kinh tế. Trong 6 tháng đầu năm, tổng giá trị nền kinh tế đạt {total} tỷ, đạt 67,44% kế hoạch, tổng"
        " giá trị ngành thương mại dịch vụ đạt 73,46 tỷ đồng, đạt 70,25%, nông nghiệp đạt 40,788 tỷ đồng, đạt"
        " 58,9%, công nghiệp xây dựng đạt 107,314 tỷ đạt 69,36%."
    )
    found = check_text(text.format(total="221,562"))
    claim = next(claim for claim in found.claims if claim.printed.text.startswith("221,562"))
    assert claim.verdict == Verdict.CONSISTENT
    assert "does not say they are its parts" in claim.explanation("en")
    # only a fit is said: a total they do not add up to is no claim (they may be something else)
    other = check_text(text.format(total="221,5")).claims
    assert not any(claim.printed.text.startswith("221,5") for claim in other)
    # … nor a list's item, its siblings after it: "Quảng Trị: 41 người, Thừa Thiên Huế: 27 người, Quảng Nam:
    # 11 người, Đà Nẵng: 3 người" (n1162)
    listed = check_text(
        "Thiệt hại. Mưa lũ đã làm 90 người chết (Quảng Bình: 2 người, Quảng Trị: 41 người, Thừa Thiên Huế: 27"
        " người, Quảng Nam: 11 người, Đà Nẵng: 3 người, Quảng Ngãi: 6 người)."
    )
    assert not any(claim.printed.text == "41" for claim in listed.claims)


def test_the_time_a_procedure_takes_against_the_time_the_rule_allows():
    # n1421: "thời gian thực hiện 24 ngày đối với dự án nhóm B (giảm 6 ngày so với quy định là 30 ngày) và 16
    # ngày đối với dự án nhóm C trở xuống (giảm 4 ngày so với quy định là 20 ngày)" — days taken, a value
    text = (
        "Cải cách hành chính. Thẩm định dự án, thời gian thực hiện 24 ngày đối với dự án nhóm B (giảm {b}"
        " ngày so với quy định là 30 ngày) và 16 ngày đối với dự án nhóm C trở xuống (giảm {c} ngày so với"
        " quy định là 20 ngày)."
    )
    right = verdicts(text.format(b="6", c="4"))
    assert right["6"] == Verdict.CONSISTENT
    assert right["4"] == Verdict.CONSISTENT
    slipped = verdicts(text.format(b="8", c="4"))
    assert slipped["8"] == Verdict.INCONSISTENT


def test_a_difference_said_with_its_rate_in_brackets_before_the_period():
    # n333: "thu ngân sách đạt 66.362 tỷ đồng, bằng 118,5% chỉ tiêu …, bằng 109,7% chỉ tiêu phấn đấu …, tăng
    # 11.694 tỷ đồng (tương ứng 21,4%) so với năm 2020 (54.669 tỷ đồng)"; n1558: "795.000 em, tăng 152.000 em
    # (24%) so với năm 2020 (643.000 em)"
    text = (
        "Hải quan. Năm 2021, Cục Hải quan TP. Hải Phòng thu ngân sách đạt 66.362 tỷ đồng, bằng 118,5% chỉ"
        " tiêu Bộ Tài chính giao, bằng 109,7% chỉ tiêu phấn đấu do Tổng cục Hải quan giao, tăng {up} tỷ đồng"
        " (tương ứng 21,4%) so với năm 2020 (54.669 tỷ đồng)."
    )
    assert verdicts(text.format(up="11.694"))["11.694 tỷ"] == Verdict.CONSISTENT
    assert verdicts(text.format(up="11.964"))["11.964 tỷ"] == Verdict.INCONSISTENT
    pupils = verdicts(
        "Tuyển sinh. Số thí sinh đăng ký xét tuyển ĐH, xét tuyển CĐ mầm non là 795.000 em, tăng 152.000 em"
        " (24%) so với năm 2020 (643.000 em)."
    )
    assert pupils["152.000"] == Verdict.CONSISTENT


def test_a_one_digit_count_of_an_opening_paragraph_is_no_figure_the_body_says_again():
    # "… (Thanh Hóa: 1; Quảng Bình: 11; Quảng Ngãi: 6)" in an opening paragraph is no "giảm 6 ngày" the body
    # judges (n35's "6 tháng đầu năm", n1163's "(9/9)" were read so)
    report = check_text(
        "Thiệt hại do bão. Về tàu thuyền: 18 tàu cá bị chìm (Thanh Hóa: 1; Quảng Bình: 11; Quảng Ngãi:"
        " 6).\n\nThẩm định dự án, thời gian thực hiện 24 ngày đối với dự án nhóm B (giảm 6 ngày so với quy"
        " định là 30 ngày)."
    )
    sixes = [claim for claim in report.claims if claim.printed.text == "6"]
    assert len(sixes) == 1
    assert "24 − 30" in sixes[0].explanation("en")
    assert "repeats" not in sixes[0].explanation("en")


def test_a_wholes_growth_far_below_its_parts_is_still_a_slip_of_the_growth():
    # n2456: the parts grew 5,2% and 0,9% against last month, so the whole grew 5,0%, printed 1,6% — three
    # times less, but a growth is far from another by its factor (101,6 for 105,0), within a slip's reach
    text = (
        "Thương mại. Tổng mức bán lẻ tháng 5/2017 ước đạt 13.642,5 tỷ đồng, tăng {month} so với tháng"
        " trước và tăng 7,1% so với cùng kỳ. Trong đó: khu vực kinh tế trong nước đạt 13.149,4 tỷ đồng,"
        " tăng 5,2% so với tháng trước và tăng 6% so với cùng kỳ; khu vực kinh tế có vốn đầu tư nước ngoài"
        " đạt 493,1 tỷ đồng, tăng 0,9% so với tháng trước, tăng 48,8% so với cùng kỳ."
    )
    assert verdicts(text.format(month="1,6%"))["1,6%"] == Verdict.INCONSISTENT
    assert verdicts(text.format(month="5%"))["5%"] == Verdict.CONSISTENT


def test_a_titles_growth_no_reading_checks_is_the_bodys_said_again():
    # n2456: the title "… tăng 1,6% so với tháng trước và tăng 20% so với cùng kỳ" compares with nothing
    # printed; the body says it again of 13.642,5 tỷ đồng and its parts, which give 5,0% and 7,1%
    body = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 5/2017 ước đạt 13.642,5 tỷ đồng, tăng {month} so"
        " với tháng trước và tăng {year} so với cùng kỳ. Trong đó: khu vực kinh tế trong nước đạt 13.149,4 tỷ"
        " đồng, tăng 5,2% so với tháng trước và tăng 6% so với cùng kỳ; khu vực kinh tế có vốn đầu tư nước"
        " ngoài đạt 493,1 tỷ đồng, tăng 0,9% so với tháng trước, tăng 48,8% so với cùng kỳ."
    )
    title = (
        "Tổng mức bán lẻ hàng hóa tháng 05/2017 tăng {month} so với tháng trước và tăng {year} so với cùng kỳ"
    )
    for month, year, verdict in (("1,6%", "20%", Verdict.INCONSISTENT), ("5%", "7,1%", Verdict.CONSISTENT)):
        text = (title + "\n\n" + body).format(month=month, year=year)
        report = check_text(text)
        in_title = [claim for claim in report.claims if claim.printed.start < len(title)]
        assert sorted(claim.printed.text for claim in in_title) == sorted([month, year])
        assert {claim.verdict for claim in in_title} == {verdict}


def test_a_wholes_growth_from_its_parts_said_in_the_two_sentences_after_it():
    # n347 (Đồng Nai's budget revenue to April 2021): 27,2 ngàn tỷ "tăng 36% so với cùng kỳ năm 2020"; its
    # two parts, one in the sentence that opens "Trong đó" and one in the next, grew 41% and 13%: 34%
    text = (
        "Ngân sách. Tổng thu ngân sách nhà nước từ đầu năm đến nay ước đạt 27,2 ngàn tỷ đồng, đạt 58% dự toán"
        " năm và tăng {growth} so với cùng kỳ năm 2020. Trong đó, thu ngân sách nội địa ước đạt 21,5 ngàn tỷ"
        " đồng, đạt 63% so với dự toán năm và tăng 41% so với cùng kỳ. Thu từ lĩnh vực xuất nhập khẩu ước đạt"
        " 5,7 ngàn tỷ đồng, đạt 43% so với dự toán năm và tăng 13% so với cùng kỳ."
    )
    assert verdicts(text.format(growth="36%"))["36%"] == Verdict.INCONSISTENT
    assert verdicts(text.format(growth="34%"))["34%"] == Verdict.CONSISTENT
    # parts that do not make up the whole say nothing of its growth
    short = text.format(growth="36%").replace("21,5 ngàn tỷ", "20,5 ngàn tỷ")
    assert verdicts(short)["36%"] != Verdict.INCONSISTENT
    # … nor parts compared with another period than the whole
    other = text.format(growth="36%").replace("tăng 13% so với cùng kỳ", "tăng 13% so với tháng trước")
    assert verdicts(other)["36%"] != Verdict.INCONSISTENT


def test_a_wholes_growth_in_brackets_from_its_parts_among_other_measures():
    # n2477 (Quế Sơn's grain, 2020): 39.433,2 tấn "(tăng 0,36% so với năm 2019)"; rice 37.155,9 tấn (up 0,12%)
    # and maize 2.277,3 tấn (up 2%), each said with its area and yield, give 0,23%
    text = (
        "Nông nghiệp. Năm 2020 huyện canh tác 7.045ha cây lương thực có hạt, tổng sản lượng đạt 39.433,2 tấn"
        " (tăng {growth} so với năm 2019). Trong đó, diện tích gieo sạ lúa cả năm là 6.623,5ha, năng suất"
        " bình quân đạt 56,1 tạ/ha (tăng 1,25 tạ/ha so với năm 2019), sản lượng lúa đạt 37.155,9 tấn (tăng"
        " 0,12% so với năm ngoái). Diện tích sản xuất bắp cả năm là 421,5ha, năng suất bình quân đạt 54,03"
        " tạ/ha, sản lượng đạt 2.277,3 tấn (tăng 2% so với năm trước)."
    )
    assert verdicts(text.format(growth="0,36%"))["0,36%"] == Verdict.INCONSISTENT
    assert verdicts(text.format(growth="0,23%"))["0,23%"] == Verdict.CONSISTENT


def test_what_is_left_of_a_whole_is_judged_where_the_text_says_it():
    # n998 (the storm's power cuts): "1.177.599 khách hàng bị mất điện; … đã khôi phục cho 800.597 khách hàng,
    # còn 377.002 khách hàng chưa có điện" — the figure after "còn" is what the text worked out
    text = (
        "Thiệt hại. Về điện, 1.177.599 khách hàng bị mất điện; đến nay đã khôi phục cho 800.597 khách hàng,"
        " còn {rest} khách hàng chưa có điện trở lại."
    )
    report = check_text(text.format(rest="377.002"))
    rest = next(claim for claim in report.claims if claim.printed.text == "377.002")
    assert rest.verdict == Verdict.CONSISTENT
    assert "1,177,599 − 800,597 = 377,002" in rest.explanation("en")
    # n553: "… sẽ có 163 ủy viên. Đại hội đã bầu ra 155 ủy viên, còn khuyết 8 ủy viên"
    council = "Đại hội. Ban Chấp hành khóa mới sẽ có 163 ủy viên. Đại hội đã bầu ra 155 ủy viên, còn khuyết 8"
    council += " ủy viên."
    assert verdicts(council)["8"] == Verdict.CONSISTENT
    # amounts rounded themselves leave what is left within their rounding: 12,5 − 7,3 is 5,1 to 5,3
    rounded = "Vốn. Tổng vốn 12,5 tỷ đồng; đã giải ngân 7,3 tỷ đồng, còn 5,3 tỷ đồng chưa giải ngân."
    assert verdicts(rounded)["5,3 tỷ"] == Verdict.CONSISTENT
    # figures told across clauses that do not add up may be no list at all: what is left is not judged then
    slipped = verdicts(text.format(rest="377.202"))
    assert "377.202" not in slipped


def test_a_changes_difference_said_with_its_rate_is_judged_too():
    # n2478 (forest products): "31.844,75 tấn, giảm 1,94% (tương ứng giảm 631 tấn) so với cùng kỳ" — the
    # difference is the change at that rate: 31.844,75 × 1,94 / (100 − 1,94) = 630
    text = "Lâm nghiệp. Sản lượng thu hoạch ước đạt 31.844,75 tấn, giảm 1,94% (tương ứng giảm 631 tấn)"
    text += " so với cùng kỳ."
    report = check_text(text)
    difference = next(claim for claim in report.claims if claim.printed.text == "631")
    assert difference.verdict == Verdict.CONSISTENT
    assert "31,844.75 × 1.94 / (100 − 1.94) = 630.0" in difference.explanation("en")
    # n1097: "tăng 9,03% (tương đương 12.600 tấn)": rounded to its last digit that is not a zero
    rounded = (
        "Thủy sản. Sản lượng quý 1 ước đạt 152.500 tấn, tăng 9,03% (tương đương 12.600 tấn) so với cùng kỳ."
    )
    assert verdicts(rounded)["12.600"] == Verdict.CONSISTENT
    # a rate found wrong is the slip, told once: the difference is not judged again
    wrong = verdicts(text.replace("1,94%", "2,94%"))
    assert wrong["2,94%"] == Verdict.INCONSISTENT
    assert "631" not in wrong


def test_a_wholes_two_growths_from_its_parts_listed_after_trong_do_at_the_end_of_its_sentence():
    # n2571 (industrial output, November 2019): 442,5 tỷ "giảm 2,5% so với tháng 10⁄2019, giảm 20,5% so với
    # cùng kỳ năm trước; trong đó:" then its two parts, each with its growths against the same periods
    text = (
        "Công nghiệp. Giá trị sản xuất công nghiệp tháng 11 ước đạt 442,5 tỷ đồng, giảm {month} so với tháng"
        " 10⁄2019, giảm {year} so với cùng kỳ năm trước; trong đó:\n\n+ Phân theo thành phần kinh tế: Kinh tế"
        " Quốc doanh ước đạt 330,4 tỷ đồng, tăng 0,03% với tháng 10/2019, giảm 15% so với cùng kỳ năm trước;"
        " kinh tế ngoài Quốc doanh ước đạt 112,1 tỷ đồng, giảm 9,4% so với tháng 10/2019, giảm 33,1%  so với"
        " cùng kỳ năm trước."
    )
    right = verdicts(text.format(month="2,5%", year="20,5%"))
    assert right["2,5%"] == Verdict.CONSISTENT
    assert right["20,5%"] == Verdict.CONSISTENT
    wrong = verdicts(text.format(month="3,5%", year="22,5%"))
    assert wrong["3,5%"] == Verdict.INCONSISTENT
    assert wrong["22,5%"] == Verdict.INCONSISTENT


def test_parts_growths_said_without_their_periods_are_in_the_wholes_order():
    # n1358 (retail sales, May 2024): the whole "tăng 1,6% so với tháng trước và tăng 12,2% so với cùng kỳ";
    # each part "tăng 1,7% và tăng 12,2%" — its second growth is against last year, not its first
    text = (
        "Thương mại. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5 ước tính đạt 69 nghìn tỷ"
        " đồng, tăng 1,6% so với tháng trước và tăng 12,2% so với cùng kỳ năm trước. Trong đó: Doanh thu bán"
        " lẻ hàng hóa đạt 43,8 nghìn tỷ đồng, tăng 1,7% và tăng 12,2%; doanh thu khách sạn, nhà hàng đạt 8,9"
        " nghìn tỷ đồng, tăng 1,5% và tăng 10,4%; doanh thu du lịch lữ hành đạt 2,3 nghìn tỷ đồng, tăng 2,6%"
        " và tăng 46,7%; doanh thu dịch vụ khác đạt 14 nghìn tỷ đồng, tăng 1,4% và tăng 8,9%."
    )
    said = verdicts(text)
    assert said["1,6%"] == Verdict.CONSISTENT
    assert said["12,2%"] == Verdict.CONSISTENT


def test_two_wholes_growths_from_their_parts_interleaved_in_one_sentence():
    # n1786 (Lai Châu's rice, 2018): area and output with their growths, "chia ra:" each kind of rice with its
    # area, its output and its yield — each whole from its own parts
    text = (
        "Nông nghiệp. Tổng diện tích gieo trồng lúa cả năm ước đạt 32.907,6 ha tăng {area}; Sản"
        " lượng thu hoạch sơ bộ đạt 148.966,8 tấn tăng {output} chia ra: Diện tích lúa ruộng đạt"
        " 29.583,2 ha tăng 2,66%, sản lượng thu hoạch sơ bộ đạt 145.206,2 tấn tăng 3,71% so với"
        " năm trước, năng suất sơ bộ đạt 49,08 tạ/ha; Diện tích lúa nương đạt 3.324,4 ha, giảm"
        " 0,03% so với chính thức năm trước, sản lượng thu hoạch sơ bộ đạt 3.760,6 tấn, giảm 2,1%"
        " so với năm trước."
    )
    right = verdicts(text.format(area="2,38%", output="3,55%"))
    assert right["2,38%"] == Verdict.CONSISTENT
    assert right["3,55%"] == Verdict.CONSISTENT
    assert verdicts(text.format(area="2,38%", output="3,62%"))["3,62%"] == Verdict.INCONSISTENT


def test_a_count_of_names_each_with_its_figure_one_named_by_an_abbreviation():
    # n1048: "10 tỉnh, thành phố dẫn đầu … gồm: Hà Nội (184 giải), TP.Hồ Chí Minh (110 giải), …"
    names = (
        "Hà Nội (184 giải), TP.Hồ Chí Minh (110 giải), Hải Phòng (98 giải), Nghệ An (90 giải), Vĩnh Phúc"
        " (89 giải), Hải Dương (89 giải), Bắc Giang (86 giải), Quảng Ninh (85 giải), Thanh Hóa (84 giải),"
        " Nam Định (84 giải)"
    )
    text = (
        "Học sinh giỏi. {} tỉnh, thành phố dẫn đầu về số lượng HS giỏi quốc gia năm nay gồm: " + names + "."
    )
    assert verdicts(text.format("10"))["10"] == Verdict.CONSISTENT
    assert verdicts(text.format("11"))["11"] == Verdict.INCONSISTENT


def test_a_wholes_growth_said_past_its_share_of_a_market_named_at_length():
    # n2156 (motor insurance, 2016): "doanh thu đạt 11.137 tỷ đồng, chiếm tỷ trọng 31% trong tổng doanh thu
    # toàn thị trường, tăng trưởng 6%", then its two kinds of cover, each with its growth, in the sentences
    # after
    text = (
        "Bảo hiểm. Bảo hiểm xe cơ giới vẫn là nguồn thu số một với doanh thu đạt 11.137 tỷ đồng, chiếm tỷ"
        " trọng 31% trong tổng doanh thu toàn thị trường, tăng trưởng {growth}, bồi thường 5.172 tỷ đồng.\n"
        "Trong đó, doanh thu bảo hiểm bắt buộc trách nhiệm dân sự chủ xe cơ giới đạt 3.041 tỷ đồng, chiếm"
        " tỷ trọng 8 %, tăng trưởng 21%, tỷ lệ bồi thường 17%. Doanh thu bảo hiểm xe cơ giới tự nguyện đạt"
        " 8.095 tỷ đồng, tăng 1% so với cùng kỳ, chiếm tỷ trọng 23%."
    )
    assert verdicts(text.format(growth="6%"))["6%"] == Verdict.CONSISTENT
    assert verdicts(text.format(growth="9%"))["9%"] == Verdict.INCONSISTENT


def test_a_wholes_growth_from_parts_of_a_smaller_scale_or_said_about_a_whole():
    # n501 (telephone subscribers, 2010): 32,9 triệu "tăng 4,2%" of 754 nghìn (down 34,6%) and 32,1 triệu (up
    # 5,7%), parts printed at another scale
    text = (
        "Viễn thông. Đến hết tháng 9/2010, số thuê bao điện thoại phát triển mới là 32,9 triệu thuê bao, tăng"
        " {growth} so với cùng kỳ năm 2009. Trong đó, máy cố định đạt 754 nghìn thuê bao, giảm 34,6%; máy di"
        " động đạt 32,1 triệu thuê bao, tăng 5,7%."
    )
    assert verdicts(text.format(growth="4,2%"))["4,2%"] == Verdict.CONSISTENT
    assert verdicts(text.format(growth="7,2%"))["7,2%"] == Verdict.INCONSISTENT
    # n2382: "khoảng 7,579 tỷ USD, tăng 10,4%": a whole said about its parts' sum, 3,683 + 3,896
    customs = (
        "Hải quan. Tháng 7 tổng kim ngạch xuất nhập khẩu toàn Cục đạt khoảng 7,579 tỷ USD, tăng 10,4% so với"
        " cùng kỳ năm 2019.\n\nTrong đó, kim ngạch xuất khẩu đạt 3,683 tỷ USD, tăng 17,4% so với cùng kỳ năm"
        " 2019.\n\nĐối với nhập khẩu, kim ngạch đạt 3,896 tỷ USD, tăng 4,6% so với cùng kỳ năm 2019."
    )
    assert verdicts(customs)["10,4%"] == Verdict.CONSISTENT
    # raw43/ts24: "gần 17,2 triệu lượt" of 14,6 and 2,4 triệu — a third part said later: no sum of these two
    visitors = (
        "Du lịch. Khách quốc tế đến nước ta đạt gần 17,2 triệu lượt người, tăng 21,5% so với cùng kỳ 2024."
        " Trong đó, khách đến bằng đường hàng không đạt 14,6 triệu lượt, chiếm 84,9% lượng khách quốc tế đến"
        " và tăng 21,8% so với cùng kỳ năm trước; khách đi đường bộ đạt 2,4 triệu lượt, chiếm 13,9%, tăng"
        " 21,4%."
    )
    assert verdicts(visitors).get("21,5%") != Verdict.INCONSISTENT
