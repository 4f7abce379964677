"""Statistics-yearbook tables copied as text, read as grids: each test is the shape of a real table (the
excerpts in tests/checker/real/incoming/batch5), with the slip it must catch and the alarm it must not
raise."""

from __future__ import annotations

from chitieu.checker import check_text
from chitieu.checker.model import Claim, Verdict

# Bình Định's yearbook 2023, table 19 (population by sex and by residence, then the growth rates): a row
# to a line, the year before the figures, no thousands separators
BY_SEX_AND_RESIDENCE = """Dân số trung bình phân theo giới tính
và theo thành thị, nông thôn
Tổng số By sex By residence
Total
Nam Nữ Thành thị Nông thôn
Ngƣời - Person
2015 1487640 726870 760770 471530 1016110
2016 1487684 727751 759933 472881 1014803
2017 1487719 729068 758651 474189 {rural_2017}
2018 1487771 730679 757092 475534 1012237
Tỷ lệ tăng - Growth rate (%)
2015 0,003 0,121 -0,109 0,279 -0,125
2016 0,003 0,121 -0,110 0,287 -0,129
2017 0,002 0,181 {women_2017} 0,277 -0,125
2018 0,003 0,221 -0,205 0,284 -0,128
"""

# Quảng Ngãi's yearbook 2016, table 11: one cell to a line, "I.", "II." subtotals of the districts under them
BY_DISTRICT = """11. Diện tích, dân số và mật độ dân số năm 2016
phân theo huyện/thành phố thuộc tỉnh
Diện tích Dân số trung bình
Mật độ dân số
(Người)
(Người/km
2
)
TỔNG SỐ -
TOTAL
5.152,49
1.254.184
243
I. Khu vực đồng bằng -
Plain districts
1.893,74
1.018.338
538
1. TP. Quảng Ngãi
156,85
252.050
1.607
2. Huyện Bình Sơn
466,22
178.775
383
3. Huyện Sơn Tịnh
243,10
96.359
396
4. Huyện Tư Nghĩa
206,29
128.530
623
5. Huyện Nghĩa Hành
234,40
91.240
389
6. Huyện Mộ Đức
214,01
127.879
598
7. Huyện Đức Phổ
372,88
143.505
{density_duc_pho}
II. Khu vực miền núi -
Mountain districts
3.248,35
216.539
67
8. Huyện Trà Bồng
421,50
32.330
77
9. Huyện Tây Trà
338,46
19.174
57
10. Huyện Sơn Hà
752,11
72.307
96
11. Huyện Sơn Tây
381,49
18.962
50
12. Huyện Minh Long
217,23
17.143
79
13. Huyện Ba Tơ
1.137,56
56.623
50
III. Khu vực hải đảo -
Island district
10,40
19.307
1.857
14. Huyện Lý Sơn
10,40
19.307
1.857
"""


def claims_of(text: str) -> dict[str, list[Claim]]:
    found: dict[str, list[Claim]] = {}
    for claim in check_text(text).claims:
        found.setdefault(claim.printed.text, []).append(claim)
    return found


def test_a_total_column_and_its_two_breakdowns_row_by_row():
    said = claims_of(BY_SEX_AND_RESIDENCE.format(rural_2017="1013530", women_2017="-0,169"))
    # 2015: Nam + Nữ = Tổng số; Tổng số − Thành thị = Nông thôn
    assert said["1487640"][0].verdict == Verdict.CONSISTENT
    assert said["1016110"][0].verdict == Verdict.CONSISTENT
    assert "726870 + 760770" in said["1487640"][0].message.en.replace(",", "")
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)


def test_a_part_that_does_not_add_up_is_flagged_where_the_others_do():
    said = claims_of(BY_SEX_AND_RESIDENCE.format(rural_2017="1013520", women_2017="-0,169"))
    (rural,) = said["1013520"]
    assert rural.verdict == Verdict.INCONSISTENT
    assert rural.correct == 1013530


def test_growth_rates_are_worked_out_from_the_rows_of_their_years():
    said = claims_of(BY_SEX_AND_RESIDENCE.format(rural_2017="1013530", women_2017="-0,169"))
    # 2017, women: 758.651 / 759.933 − 1 = −0,1687 %; the 2015 rates have no year before in the table
    assert said["0,169"][0].verdict == Verdict.CONSISTENT
    assert said["0,181"][0].verdict == Verdict.CONSISTENT
    assert "0,279" not in said
    wrong_sign = claims_of(BY_SEX_AND_RESIDENCE.format(rural_2017="1013530", women_2017="0,169"))
    assert wrong_sign["0,169"][0].verdict.alarm  # a fall printed as a rise
    wrong = claims_of(BY_SEX_AND_RESIDENCE.format(rural_2017="1013530", women_2017="-0,196"))
    assert wrong["0,196"][0].verdict == Verdict.INCONSISTENT


def test_a_density_column_is_people_over_area_and_subtotals_add_up():
    said = claims_of(BY_DISTRICT.format(density_duc_pho="385"))
    assert said["5.152,49"][0].verdict == Verdict.CONSISTENT  # I + II + III
    assert said["1.018.338"][0].verdict == Verdict.CONSISTENT  # the seven plain districts
    assert said["216.539"][0].verdict == Verdict.CONSISTENT
    assert said["1.607"][0].verdict == Verdict.CONSISTENT  # 252.050 / 156,85 = 1.606,95
    assert said["243"][0].template == "grid_quotient"  # a density is never summed with the others'
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slip = claims_of(BY_DISTRICT.format(density_duc_pho="358"))
    assert slip["358"][0].verdict == Verdict.INCONSISTENT  # 143.505 / 372,88 = 384,86


def test_a_cell_read_the_other_way_makes_a_total_ambiguous_not_a_slip():
    # Đà Lạt 2019: Phường 1's population printed "9,844" (nine point eight) among counts of people
    rows = [
        ("Phường 1", "1,76", "9,844", "5.593"),
        ("Phường 2", "1,26", "19.722", "15.652"),
        ("Phường 3", "27,24", "17.642", "648"),
        ("Phường 4", "29,10", "22.156", "761"),
    ]
    lines = ["Diện tích (Km2)", "Dân số trung bình (người)", "Mật độ dân số (người/km2)"]
    lines += ["Tổng số phân theo đơn vị hành chính", "59,36", "69.364", "1.169"]
    for name, *cells in rows:
        lines += [name, *cells]
    said = claims_of("\n".join(lines) + "\n")
    assert said["69.364"][0].verdict == Verdict.AMBIGUOUS
    assert said["5.593"][0].verdict == Verdict.AMBIGUOUS
    assert "9,844" in said["69.364"][0].message.vi


def test_prose_and_a_list_of_years_are_no_grid():
    text = (
        "Năm 2021 toàn tỉnh có 1.206 hộ nghèo.\nNăm 2022 còn 980 hộ.\nNăm 2023 còn 640 hộ.\n"
        "Số hộ thoát nghèo qua các năm:\n2021 226\n2022 340\n2023 95\n"
    )
    assert not [claim for claim in check_text(text).claims if claim.template.startswith("grid")]
