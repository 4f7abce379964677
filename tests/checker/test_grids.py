"""Statistics-yearbook tables copied as text, read as grids: each test is the shape of a real table (the
excerpts n155–n200 in tests/checker/real/dev), with the slip it must catch and the alarm it must not
raise."""

from __future__ import annotations

from decimal import Decimal

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


def cell_lines(*rows: tuple[str, ...]) -> str:
    """A table copied one cell to a line, a blank line between (as the yearbooks' web pages give it)."""
    return "\n\n".join(cell for row in rows for cell in row) + "\n"


# Quảng Ngãi's yearbook 2016, p. 265: rows a line each, some rows' cells one to a line, then the shares of
# the same rows under a total row of 100 — their header printed at the bottom of the page
BY_OWNERSHIP = """176. Giá trị sản xuất công nghiệp theo giá hiện hành
phân theo loại hình kinh tế
TỔNG SỐ -
TOTAL
82.217.160 164.163.297 161.658.117
Kinh tế Nhà nước -
State
74.735.656 146.843.439 142.572.533
Trung ương -
Central
74.616.074 146.666.823 142.355.417
Địa phương -
Local
119.582
176.616
217.116
Kinh tế ngoài Nhà nước
6.756.663 14.342.515 15.507.540
Khu vực có vốn đầu tư nước ngoài
724.841 2.977.343 3.578.044
TỔNG SỐ -
TOTAL
100
100
100
Kinh tế Nhà nước -
State
90,9
89,45
88,19
Trung ương -
Central
90,75
89,34
88,06
Địa phương -
Local
0,15
0,11
0,13
Kinh tế ngoài Nhà nước
{non_state_2010}
8,74
9,59
Khu vực có vốn đầu tư nước ngoài
0,88
1,81
2,22
Cơ cấu -
Structure (%)
2010
2013
2014
Triệu đồng -
Mill. dongs
"""


def test_a_tree_of_rows_and_the_shares_of_the_same_rows_under_a_row_of_100():
    said = claims_of(BY_OWNERSHIP.format(non_state_2010="8,22"))
    assert said["82.217.160"][0].verdict == Verdict.CONSISTENT  # state + non-state + foreign
    assert said["74.735.656"][0].verdict == Verdict.CONSISTENT  # central + local, cells one to a line
    assert said["90,9"][0].template == "grid_share"  # 74.735.656 / 82.217.160 = 90,90 %
    assert said["90,9"][0].verdict == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slip = claims_of(BY_OWNERSHIP.format(non_state_2010="8,52"))
    assert slip["8,52"][0].verdict == Verdict.INCONSISTENT  # 6.756.663 / 82.217.160 = 8,22 %
    # one unit off: an office's adjustment so that the shares add up to 100, not a slip
    adjusted = claims_of(BY_OWNERSHIP.format(non_state_2010="8,23"))
    assert adjusted["8,23"][0].verdict == Verdict.AMBIGUOUS


# Vĩnh Phúc's yearbook 2022, table 235: school years heading the columns, empty cells, then the indices of
# the same rows (the rows of empty cells left out), paired with them by name
CLASSES = cell_lines(
    ("Số lớp học phổ thông", "Năm học - School year"),
    ("2018-\n2019", "2019-\n2020", "2020-\n2021", "2021-\n2022", "2022-\n2023", "Lớp - Class"),
    ("Tiểu học - Primary school", "3.417", "3.572", "3.687", "3.767", "3.802"),
    ("Công lập - Public", "3.417", "3.572", "3.687", "3.767", "3.792"),
    ("Ngoài công lập - Non-public", "-", "-", "-", "-", "10"),
    ("Trung học cơ sở\nLower secondary school", "1.829", "1.938", "2.032", "2.102", "2.175"),
    ("Công lập - Public", "1.829", "1.938", "2.032", "2.102", "2.175"),
    ("Ngoài công lập - Non-public", "-", "-", "-", "-", "{non_public}"),
    ("Chỉ số phát triển (Năm trước = 100) - %\nIndex (Previous year = 100) - %",),
    ("Tiểu học - Primary school", "105,56", "104,54", "103,22", "{primary_index}", "100,93"),
    ("Công lập - Public", "105,56", "104,54", "103,22", "102,17", "100,66"),
    ("Ngoài công lập - Non-public", "-", "-", "-", "-", "-"),
    ("Trung học cơ sở\nLower secondary school", "102,01", "105,96", "104,85", "103,44", "103,47"),
)


def test_indices_by_column_years_and_parts_with_empty_cells():
    said = claims_of(CLASSES.format(non_public="-", primary_index="102,17"))
    assert said["3.802"][0].verdict == Verdict.CONSISTENT  # 3.792 + 10 (the others "-")
    assert said["104,54"][0].template == "grid_growth"  # 3.572 / 3.417 × 100
    assert all(claim.verdict == Verdict.CONSISTENT for claim in said["104,54"])
    assert "105,56" not in said  # of 2017-2018, which the table does not print
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    # the yearbook's own slip: 4 non-public classes more, and the total as before
    slips = claims_of(CLASSES.format(non_public="4", primary_index="102,71"))
    assert slips["102,71"][0].verdict == Verdict.INCONSISTENT  # 3.767 / 3.687 = 102,17
    total = next(claim for claim in slips["2.175"] if claim.template == "grid_rows")
    assert total.verdict == Verdict.INCONSISTENT  # 2.175 + 4 = 2.179
    assert total.correct == 2179


# Quảng Ngãi's yearbook 2016, p. 30: the figures, their indices and their shares by year, every header at
# the end of the page: the sections told apart by the years said over again and by their figures
EMPLOYED = "\n".join(
    [
        "24. Lao động từ 15 tuổi trở lên đang làm việc phân theo loại hình kinh tế",
        "Tổng số",
        "Nhà nước",
        "Ngoài Nhà nước",
        "Khu vực có vốn đầu tư nước ngoài",
        "2010 718.415 55.818 661.570 1.027".replace(" ", "\n"),
        "2011 701.645 54.819 646.305 521".replace(" ", "\n"),
        "2012 716.062 56.569 658.419 1.074".replace(" ", "\n"),
        "2011 97,67 98,21 97,69 50,73".replace(" ", "\n"),
        "2012 102,05 103,19 101,87 206,14".replace(" ", "\n"),
        "2010 100 7,77 92,09 0,14".replace(" ", "\n"),
        "2011 100 7,81 92,11 {foreign_2011}".replace(" ", "\n"),
        "2012 100 7,9 91,95 0,15".replace(" ", "\n"),
        "Cơ cấu - Structure (%)",
        "Chỉ số phát triển (Năm trước = 100) - %",
    ]
)


def test_sections_whose_headers_are_printed_elsewhere_are_told_by_their_figures():
    said = claims_of(EMPLOYED.format(foreign_2011="0,08"))
    assert said["97,67"][0].template == "grid_growth"  # 701.645 / 718.415 × 100: an index, not a total
    assert said["97,67"][0].verdict == Verdict.CONSISTENT
    assert said["7,77"][0].verdict == Verdict.CONSISTENT  # 55.818 / 718.415
    # 521 / 701.645 = 0,074 %: printed 0,08 so that the shares add up to 100
    assert said["0,08"][0].verdict == Verdict.AMBIGUOUS
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)


# Nghệ An's yearbook 2019: a total and two breakdowns of it, the second under "Phân theo …", in thousands
FREIGHT = cell_lines(
    ("Khối lượng hàng hóa luân chuyển phân theo loại hình kinh tế và ngành vận tải",),
    ("2016", "2017", "2018", "Nghìn tấn.km - Thous. tons.km"),
    ("TỔNG SỐ - TOTAL", "2.542.793", "2.783.284", "3.066.316"),
    ("Phân theo loại hình kinh tế\nBy types of ownership",),
    ("Nhà nước - State", "37.322", "44.042", "51.109"),
    ("Ngoài Nhà nước - Non-State", "2.505.471", "2.739.242", "{non_state_2018}"),
    ("Tập thể - Collective", "4.363", "4.739", "5.004"),
    ("Tư nhân - Private", "1.604.249", "1.710.277", "1.771.185"),
    ("Cá thể - Household", "896.859", "1.024.226", "1.239.018"),
    ("Phân theo ngành vận tải - By types of transport",),
    ("Đường bộ - Road", "1.676.616", "1.901.784", "2.126.975"),
    ("Đường sông - Inland waterway", "-", "-", "-"),
    ("Đường biển - Maritime", "866.177", "881.500", "{sea_2018}"),
)


def test_a_second_breakdown_is_judged_on_its_last_row_and_thousands_are_rounded():
    said = claims_of(FREIGHT.format(non_state_2018="3.015.207", sea_2018="939.341"))
    assert said["939.341"][0].verdict == Verdict.CONSISTENT  # 3.066.316 − 2.126.975
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slip = claims_of(FREIGHT.format(non_state_2018="3.015.207", sea_2018="931.413"))
    assert slip["931.413"][0].verdict == Verdict.INCONSISTENT
    # parts in thousands, each rounded: one thousand off is within their rounding
    rounded = claims_of(FREIGHT.format(non_state_2018="3.015.208", sea_2018="939.341"))
    assert rounded["3.015.208"][0].verdict == Verdict.AMBIGUOUS


# Nam Định's mental hospital, 2009: rows numbered on lines of their own, a column of percentages of the
# half-year before
HOSPITAL = cell_lines(
    ("STT", "Nội dung chỉ tiêu kế hoạch", "6 th/2008", "6 th đầu 2009", "So với 6 th/2008"),
    ("1", " Tổng số giường bệnh", "160", "165", "103%"),
    ("2", " Ngày sử dụng GB/năm", "359", "365", "{days}"),
    ("3", " Ngày điều trị trung bình", "34", "36,6", "107%"),
    ("4", " Tổng số BN điều trị nội trú", "848", "805", "95%"),
    ("5", " Tổng số ngày điều trị nội trú", "28.938", "29.484", "102%"),
)


def test_a_column_of_percentages_of_the_period_before():
    said = claims_of(HOSPITAL.format(days="102%"))
    assert said["103%"][0].verdict == Verdict.CONSISTENT  # 165 / 160
    assert said["107%"][0].verdict == Verdict.CONSISTENT_BY_TRUNCATION  # 36,6 / 34 = 107,6 %, cut
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    assert claims_of(HOSPITAL.format(days="100%"))["100%"][0].verdict == Verdict.INCONSISTENT  # 101,7 %


# Nghệ An's yearbook 2020: one row broken down three and four ways, each under "Phân theo …"; a cell "1"
# alone on its line before a label is a cell, not the next row's number
SCHOOLS = cell_lines(
    ("Số trường, số giáo viên trung cấp chuyên nghiệp", "Năm học - School year"),
    ("2015-2016", "2017-2018", "2018-2019"),
    ("Số trường (Trường)", "8", "10", "9"),
    ("Phân theo loại hình - By types of ownership",),
    ("Công lập - Public", "6", "7", "7"),
    ("Ngoài công lập - Non-public", "2", "3", "2"),
    ("Phân theo cấp quản lý - By management level",),
    ("Trung ương - Central", "1", "-", "1"),
    ("Địa phương - Local", "7", "10", "{local_2018}"),
    ("Số giáo viên (Người)", "344", "394", "286"),
    ("Phân theo giới tính - By sex",),
    ("Nam - Male", "176", "180", "148"),
    ("Nữ - Female", "168", "214", "138"),
    ("Phân theo trình độ chuyên môn",),
    ("Trên đại học - Postgraduate", "67", "109", "71"),
    ("Đại học, cao đẳng", "244", "276", "208"),
    ("Trình độ khác - Other degree", "33", "9", "{other_2018}"),
)


def test_every_breakdown_of_a_row_is_judged_on_its_last_row():
    said = claims_of(SCHOOLS.format(local_2018="8", other_2018="7"))
    assert said["7"][0].verdict == Verdict.CONSISTENT  # 8 − 1 (management level, 2015-2016)
    assert said["33"][0].verdict == Verdict.CONSISTENT  # 344 − 67 − 244 (qualification, the third breakdown)
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slips = claims_of(SCHOOLS.format(local_2018="8", other_2018="17"))
    assert slips["17"][0].verdict == Verdict.INCONSISTENT  # 286 − 71 − 208 = 7


# Nghệ An's portal, pupils from the 2017 yearbook: rows between bars, thousands set apart by spaces, the
# columns' years after a date in the page's heading
PUPILS = """Số học sinh phổ thông
06/10/2017 16:30
| | | | |
| Năm học - School year | |
| 2010 | 2014 | 2015 | 2016 | Sơ bộ Prel.2017 | |
| Người – Person | |
Tiểu học - Primary school | 230 065 | 240 771 | 248 832 | 248 925 | {primary_2017} | |
Công lập – Public | 229 610 | 240 228 | 248 241 | 248 305 | 260 873 | |
Ngoài công lập - Non-public | 455 | 543 | 591 | 620 | 835 | |
| Chỉ số phát triển (Năm trước = 100) - % Index (Previous year = 100) - % | |
Tiểu học - Primary school | - | 101,35 | 103,35 | 100,04 | 105,14 | |
Công lập - Public | - | 101,34 | 103,34 | 100,03 | 105,06 | |
Ngoài công lập - Non-public | - | 103,82 | 108,84 | 104,91 | 134,68 | |
"""


def test_a_table_between_bars_with_thousands_set_apart_by_spaces():
    said = claims_of(PUPILS.format(primary_2017="261 708"))
    assert said["230 065"][0].verdict == Verdict.CONSISTENT  # 229 610 + 455
    assert said["103,35"][0].verdict == Verdict.CONSISTENT  # 248 832 / 240 771 × 100: 2015 on 2014
    assert "101,35" not in said  # 2014 on 2010: not the year before
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slip = claims_of(PUPILS.format(primary_2017="261 078"))
    assert slip["261 078"][0].verdict == Verdict.INCONSISTENT  # 260 873 + 835 = 261 708


# Tây Ninh's election committee, 2016 (n536): one cell to a line, the rows numbered, a rate "Tỷ lệ (%)"
# printed without its sign, and the total at the foot of its districts
TURNOUT = """Cụ thể như sau:

STT

Huyện, thành phố

Tổng số

Cử tri đi bầu

Tỷ lệ (%)

1

Bến Cầu

53.558

53.547

99,98

2

Trảng Bàng

128.939

128.939

100,00

3

Gò Dầu

116.572

116.548

{go_dau}

4

Châu Thành

113.720

113.694

99,98

Tổng cộng

412.789

{voted}

99,99
"""


def test_a_rate_without_its_sign_and_a_total_at_the_foot_of_its_rows():
    said = claims_of(TURNOUT.format(go_dau="99,98", voted="412.728"))
    assert said["99,98"][0].verdict == Verdict.CONSISTENT  # 53.547 / 53.558 × 100
    assert "53.547 / 53.558" in said["99,98"][0].message.vi
    assert said["412.789"][0].verdict == Verdict.CONSISTENT  # the four districts added up
    assert said["412.728"][0].verdict == Verdict.CONSISTENT
    assert "53.558" not in said  # an elector count is no quotient of the voters over their rate
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slips = claims_of(TURNOUT.format(go_dau="99,89", voted="412.782"))
    assert slips["99,89"][0].verdict == Verdict.INCONSISTENT  # 116.548 / 116.572 × 100 = 99,98
    assert slips["412.782"][0].verdict == Verdict.INCONSISTENT  # 412.728, two digits swapped


# A prison's thesis table (n476): each year's count and its share "Tỷ lệ (%)" of the group's row of 100,
# the indices "2013/2012" after them; the group rows without indices; the first rows run into the header
PRISONERS = """Đơn vị tính: người
TT Diễn giải 2012 Tỷ lệ (%) 2013 Tỷ lệ (%) 2014 Tỷ lệ (%) So sánh (%)
{first_line}
2 Phân tích theo độ tuổi hiện tại 4948 100.00 5234 100.00 5424 100.00
Dưới 18 tuổi 33 0.67 22 0.42 15 0.28 67 68 67
Từ 18 - dưới 30 tuổi 1639 33.12 1789 34.18 1843 33.98 109 103 106
Từ 30 - dưới 60 tuổi 3199 64.65 3356 {share_30_60} 3482 64.20 105 104 104
Từ 60 tuổi trở lên 77 1.56 67 1.28 84 1.55 87 125 104
"""


FIRST_LINE = (
    "2013/2012 2014/2013 BQ 1 Phân tích theo giới tính 4948 100.00 5234 100.00 5424 100.00 106 104 105"
    " Nam 4027 81.39 4341 82.94 4431 81.69 108 102 105 Nữ 921 18.61 893 17.06 993 18.31 97 111 104"
)


def test_shares_of_a_group_row_of_100_indices_and_rows_run_together():
    said = claims_of(PRISONERS.format(first_line=FIRST_LINE, share_30_60="64.12"))
    assert said["81.39"][0].verdict == Verdict.CONSISTENT  # Nam 4027 / 4948, from rows run into one line
    assert "4.027 / 4.948" in said["81.39"][0].message.vi
    assert said["0.42"][0].verdict == Verdict.CONSISTENT  # 22 / 5234, the age group's row of 100
    assert said["109"][0].verdict == Verdict.CONSISTENT  # 1789 / 1639 × 100
    # the age group's 4948, a narrower row: the four bands under it add up to it
    assert any(claim.template == "grid_rows" for claim in said["4948"])
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slips = claims_of(PRISONERS.format(first_line=FIRST_LINE, share_30_60="46.12"))
    assert slips["46.12"][0].verdict == Verdict.INCONSISTENT  # 3356 / 5234 × 100 = 64,12
    assert slips["46.12"][0].correct == Decimal("64.12")


# Quảng Trị's land by use (n222): each year's area and its share "Cơ cấu (%)", no total row — the shares
# make 100, so the rows are the whole
LAND = """Năm 2015

Năm 2016

Diện tích (ha)

Cơ cấu (%)

Diện tích (ha)

Cơ cấu (%)

1

Đất nông nghiệp

387.202

81,73

387.908

81,88

2

Đất phi nông nghiệp

40.463

{share_2015}

40.545

8,56

3

Đất chưa sử dụng

46.079

9,73

45.291

9,56
"""


def test_shares_of_rows_that_make_up_a_whole_not_printed():
    said = claims_of(LAND.format(share_2015="8,54"))
    assert said["81,73"][0].verdict == Verdict.CONSISTENT  # 387.202 / (387.202 + 40.463 + 46.079)
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    # shares that do not make 100 (8,45 for 8,54) show no whole: not read as one, no alarm raised
    unsure = claims_of(LAND.format(share_2015="8,45"))
    assert not any(claim.verdict.alarm for claims in unsure.values() for claim in claims)


# Bắc Giang's growth by sector, 2016–2019 (n591): each year's growth, then the period's average, one cell to a
# line
GROWTH = """Tốc độ tăng so với năm trước (%)

Tốc độ tăng trưởng GRDP bình quân giai đoạn 2016-2019 (%)

Năm 2016

Năm 2017

Năm 2018

Năm 2019

Tổng số:

10,73

13,33

15,96

16,10

14,0

Nông, lâm nghiệp và thủy sản

2,50

-1,34

6,48

0,5

1,99

Công nghiệp và xây dựng

17,86

23,23

24,40

25,10

22,61

Dịch vụ

6,70

7,88

6,52

8,20

{services}
"""


def test_a_column_of_the_average_growth_of_the_years_before_it():
    said = claims_of(GROWTH.format(services="7,32"))
    assert said["14,0"][0].verdict == Verdict.CONSISTENT  # (1,1073 × 1,1333 × 1,1596 × 1,161)^¼ − 1
    assert said["1,99"][0].verdict == Verdict.CONSISTENT  # a fall among the years compounded too
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slips = claims_of(GROWTH.format(services="7,52"))
    assert slips["7,52"][0].verdict == Verdict.INCONSISTENT
    # the years' plain mean, as some offices print it (7,325 → 7,33): not a slip
    plain = claims_of(GROWTH.format(services="7,33"))
    assert not plain["7,33"][0].verdict.alarm


def test_an_average_index_of_the_indices_before_it():
    said = claims_of(PRISONERS.format(first_line=FIRST_LINE, share_30_60="64.12"))
    # "BQ": the two indices 106 and 104 compounded, the square root taken (104,995…)
    assert any(
        claim.template == "grid_average" and claim.verdict == Verdict.CONSISTENT for claim in said["105"]
    )


# The livestock department's pig herd, 2015–2020 (n617): one cell to a line, estimates marked "*", each row of
# figures followed by its row of changes "Tăng/giảm %" — a quarter and a month both against the year's end
HERD = """Chỉ tiêu

ĐVT

2015

2016

2017

2018

31/12/2019

QI/2020

Tháng 4/2020

Tổng đàn

1.000 con

27.750

29.075

27.406

28.151

20.200

24.615*

24.896*

Tăng/giảm

%

3,7

4,8

-5,7

2,7

{herd_2019}

21,85

23,25

Đàn nái

1.000 con

4.058

4.235

3.989

3.974

2.723

2.859*

2.885*

Tăng/giảm

%

3,7

4,4

-5,8

-0,4

-31,5

4,99

5,94

Trong đó: Nái cụ kỵ, ông bà

1.000 con

110

120

120

120

109

110*

115*

Tăng/giảm

%

0

9,1

0

0

-9,2

0,92

5,51
"""


def test_a_row_of_changes_under_its_row_of_figures():
    said = claims_of(HERD.format(herd_2019="-28"))
    assert said["4,8"][0].verdict == Verdict.CONSISTENT  # 29.075 / 27.750 − 1
    assert "20.200" in said["23,25"][0].message.vi  # Tháng 4/2020 against 31/12/2019, as the rows show
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    slip = claims_of(HERD.format(herd_2019="-22"))  # 20.200 / 28.151 − 1 = −28,2%
    assert slip["22"][0].verdict == Verdict.INCONSISTENT


def test_rows_of_rates_under_rows_of_counts_are_each_count_over_the_whole_row():
    # n681 (Ninh Thuận's rural census, 2011): "Tổng số xã | 47 | 18 | 14 | 15", then each kind of road with
    # its row of communes and, under it, "- Tỷ lệ | % | 55,32 | …": each over the communes of its column
    def table(slipped: str) -> str:
        return cell_lines(
            ("Đơn vị tính", "Tổng số", "Chia ra", "Xã miền núi", "Xã vùng cao", "Xã đồng bằng, trung du"),
            ("Tổng số xã", "47", "18", "14", "15"),
            ("Số xã có đường xe ô tô đến trụ sở UBND xã", "47", "18", "14", "15"),
            ("- Tỷ lệ", "%", "100,00", "100,00", "100,00", "100,00"),
            ("Số xã có đường trục xã được nhựa, bê tông 100%", "26", "8", "6", "12"),
            ("- Tỷ lệ", "%", "55,32", "44,44", slipped, "80,00"),
            ("Số xã có đường trục xã được nhựa, bê tông dưới 50%", "9", "4", "3", "2"),
            ("- Tỷ lệ", "%", "19,15", "22,22", "21,43", "13,33"),
        )

    found = claims_of(table("42,86"))
    assert [claim.verdict for claim in found["55,32"]] == [Verdict.CONSISTENT]
    assert [claim.verdict for claim in found["42,86"]] == [Verdict.CONSISTENT]
    assert found["26"][0].verdict == Verdict.CONSISTENT  # 8 + 6 + 12, the rates rows apart
    assert claims_of(table("48,26"))["48,26"][0].verdict.alarm


def test_rows_named_by_their_level_keep_its_number_out_of_their_cells():
    # n641 (Thừa Thiên Huế's online services): "Mức 1, 2 268763 257141 11622 124907 48,6% …", "Mức 3 68544 …":
    # the level names the row; each rate is its count over those processed
    text = (
        "Kết quả giải quyết thủ tục hành chính\n"
        "Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn\n"
        "Tổng % Tổng % Tổng %\n"
        "Mức 1, 2 268763 257141 11622 124907 48,6% 102770 40% 19852 7,7%\n"
        "Mức 3 68544 61827 6717 43434 {} 11795 19,1% 4331 7%\n"
        "Mức 4 1665 1611 54 952 59,1% 388 24,1% 268 16,6%\n"
        "Cộng 338972 320579 18393 169293 52,8% 114953 35,9% 24451 7,6%\n"
    )
    found = claims_of(text.format("70,3%"))
    assert [claim.verdict for claim in found["70,3%"]] == [Verdict.CONSISTENT]
    assert [claim.verdict for claim in found["48,6%"]] == [Verdict.CONSISTENT]
    assert claims_of(text.format("73,0%"))["73,0%"][0].verdict.alarm


# raw56/uf18 (a yearbook's employed population by sex): the people, then each as a share of the population —
# a whole the table does not hold, not the year before
EMPLOYED_BY_SEX = """Lao động từ 15 tuổi trở lên đang làm việc hàng năm phân theo giới tính
                    Tổng số       Nam       Nữ
                                 Người - Person
        2015        338339      170592     167747
        2016        335381      171681     163700
        2017        335943      170175     {women_2017}
        2018        337162      173131     164031
                           So với dân số (%)
                      Proportion of population (%)
        2015         54,75       55,78      53,74
        2016         53,95       55,78      52,16
        2017         53,72       54,94      52,52
        2018         53,54       55,48      51,64
"""


def test_rates_of_a_whole_the_table_does_not_hold_are_left_unread():
    said = claims_of(EMPLOYED_BY_SEX.format(women_2017="165768"))
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    assert "53,95" not in said
    slip = claims_of(EMPLOYED_BY_SEX.format(women_2017="165786"))  # 170175 + 165786 = 335961
    assert slip["335943"][0].verdict == Verdict.INCONSISTENT


def test_rows_numbered_alike_are_of_one_level():
    # raw56/uf16 (health establishments by district, cells one to a line): "2. Huyện Bình Sơn 28 2 - - 26" is
    # no sum of "3." and "4." below it, though two of its columns add up by chance
    def table(first: str) -> str:
        return cell_lines(
            ("Tổng số", "Bệnh viện", "Phòng khám", "Nhà hộ sinh", "Trạm y tế"),
            ("TỔNG SỐ", first, "6", "2", "-", "76"),
            ("1. TP. Quảng Ngãi", "27", "2", "1", "-", "24"),
            ("2. Huyện Bình Sơn", "28", "2", "-", "-", "26"),
            ("3. Huyện Sơn Tịnh", "15", "1", "1", "-", "11"),
            ("4. Huyện Tư Nghĩa", "18", "1", "-", "-", "15"),
        )

    said = claims_of(table("88"))
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    assert said["88"][0].verdict == Verdict.CONSISTENT
    assert claims_of(table("98"))["98"][0].verdict == Verdict.INCONSISTENT


# raw58/uh18 (a statistics office's tourism table, one cell to a line): "1.1. Lượt khách ngủ qua đêm … 96,15",
# its two kinds of guests under it with their own rates on the year before
TOURISM_BY_LINES = (
    "Đơn\n"
    "vị\n"
    "tính\n"
    "\n"
    "Thực hiện\n"
    "8 tháng/2015\n"
    "\n"
    "Dự ước\n"
    "tháng 9/2015\n"
    "\n"
    "Lũy kế 9 tháng năm 2015\n"
    "\n"
    "Lũy kế 9 tháng năm 2015 so với cùng kỳ\n"
    " năm trước (%)I. Dịch vụ lưu trú\n"
    "\n"
    "\n"
    "1. Tổng lượt khách phục vụ\n"
    "\n"
    "Lượt khách\n"
    "\n"
    "1260601\n"
    "\n"
    "124541\n"
    "\n"
    "1385142\n"
    "\n"
    "96,20\n"
    "\n"
    "1.1. Lượt khách ngủ qua đêm\n"
    "\n"
    '"\n'
    "\n"
    "{nights}\n"
    "\n"
    "109937\n"
    "\n"
    "1240845\n"
    "\n"
    "96,15\n"
    "\n"
    " - Khách quốc tế\n"
    "\n"
    '"\n'
    "\n"
    "511640\n"
    "\n"
    "49654\n"
    "\n"
    "561294\n"
    "\n"
    "97,88\n"
    "\n"
    " - Khách trong nước\n"
    "\n"
    '"\n'
    "\n"
    "619268\n"
    "\n"
    "60283\n"
    "\n"
    "679551\n"
    "\n"
    "94,77\n"
    "\n"
)


def test_a_column_of_rates_beside_columns_that_add_up_is_not_added():
    said = claims_of(TOURISM_BY_LINES.format(nights="1130908"))
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    assert claims_of(TOURISM_BY_LINES.format(nights="1130980"))["1130980"][0].verdict == Verdict.INCONSISTENT


# n1286 (Nghệ An's yearbook 2020, floor area of housing built, one cell to a line): in 2019 the private
# houses' subtotal 4.776.968 is 18 short of its rows (4.776.986, digits swapped), and the total 4.999.136 adds
# up with those rows, not with the subtotal
HOUSING_BY_LINES = (
    "Diện tích sàn xây dựng nhà ở hoàn thành trong năm phân theo loại nhà\n"
    "\n"
    "Diện tích sàn xây dựng nhà ở hoàn thành trong năm phân theo loại nhà \n"
    "\n"
    "Area of housing floors constructed in the year by types of house\n"
    "\n"
    " \n"
    "\n"
    "Đơn vị tính - Unit: M2\n"
    "\n"
    " \n"
    "\n"
    "2015\n"
    "\n"
    "2017\n"
    "\n"
    "2018\n"
    "\n"
    "2019\n"
    "\n"
    "Sơ bộ\n"
    "Prel.\n"
    "\n"
    "2020\n"
    "\n"
    "TỔNG SỐ - TOTAL\n"
    "\n"
    "3.391.292\n"
    "\n"
    "4.585.573\n"
    "\n"
    "4.568.033\n"
    "\n"
    "{total}\n"
    "\n"
    "5.539.731\n"
    "\n"
    "Nhà ở chung cư - Apartment\n"
    "\n"
    "23.097\n"
    "\n"
    "66.099\n"
    "\n"
    "92.343\n"
    "\n"
    "222.150\n"
    "\n"
    "141.895\n"
    "\n"
    "Nhà chung cư dưới 4 tầng\n"
    "Under 4 floors\n"
    "\n"
    "6.216\n"
    "\n"
    "-\n"
    "\n"
    "-\n"
    "\n"
    "-\n"
    "\n"
    "-\n"
    "\n"
    "Nhà chung cư từ 5-8 tầng\n"
    "5-8 floors\n"
    "\n"
    "-\n"
    "\n"
    "-\n"
    "\n"
    "-\n"
    "\n"
    "-\n"
    "\n"
    "-\n"
    "\n"
    "Nhà chung cư từ 9-25 tầng\n"
    "9-25 floors\n"
    "\n"
    "16.881\n"
    "\n"
    "44.586\n"
    "\n"
    "53.820\n"
    "\n"
    "222.150\n"
    "\n"
    "86.540\n"
    "\n"
    "Nhà chung cư từ 26 tầng trở lên\n"
    "Over 26 floors\n"
    "\n"
    "-\n"
    "\n"
    "21.513\n"
    "\n"
    "38.523\n"
    "\n"
    "-\n"
    "\n"
    "55.355\n"
    "\n"
    "Nhà ở riêng lẻ - Private house\n"
    "\n"
    "3.368.195\n"
    "\n"
    "4.519.474\n"
    "\n"
    "4.475.690\n"
    "\n"
    "4.776.968\n"
    "\n"
    "5.397.836\n"
    "\n"
    "Nhà ở riêng lẻ dưới 4 tầng\n"
    "Under 4 floors\n"
    "\n"
    "3.356.603\n"
    "\n"
    "4.513.979\n"
    "\n"
    "4.469.763\n"
    "\n"
    "4.760.660\n"
    "\n"
    "5.380.511\n"
    "\n"
    "Nhà ở riêng lẻ từ 4 tầng trở lên\n"
    "Over 4 floors\n"
    "\n"
    "11.592\n"
    "\n"
    "4.995\n"
    "\n"
    "5.307\n"
    "\n"
    "8.468\n"
    "\n"
    "9.355\n"
    "\n"
    "Nhà biệt thự - Villa\n"
    "\n"
    "-\n"
    "\n"
    "500\n"
    "\n"
    "620\n"
    "\n"
    "7.858\n"
    "\n"
    "7.970\n"
    "\n"
    " Nguồn: Niên giám thống kê 2020"
)


def test_a_total_that_adds_up_with_the_rows_under_a_part_that_does_not():
    said = claims_of(HOUSING_BY_LINES.format(total="4.999.136"))
    assert said["4.776.968"][0].verdict == Verdict.INCONSISTENT
    assert said["4.999.136"][0].verdict == Verdict.AMBIGUOUS
    assert "4.776.968" in said["4.999.136"][0].message.vi
    assert (
        claims_of(HOUSING_BY_LINES.format(total="4.999.163"))["4.999.163"][0].verdict == Verdict.INCONSISTENT
    )


# Quảng Ngãi's yearbook 2016 (raw62/ul09): teachers of upper secondary schools, one cell to a line — the
# qualified teachers "of which" beside the public and private schools that add up to the level's total
TEACHERS_OF_WHICH = "\n".join(
    [
        "Trung học phổ thông", "Upper secondary school", "2.265", "2.377", "2.386", "2.136", "2.277",
        "Trong đó: Số giáo viên đạt chuẩn trở lên", "Of which: Qualified teachers and higher degree",
        "2.260", "2.377", "2.386", "2.136", "2.277",
        "Công lập -", "Public", "2.162", "2.264", "2.306", "2.066", "2.215",
        "Ngoài công lập -", "Non-public", "{private}", "113", "80", "70", "62",
    ]
)  # fmt: skip


def test_a_row_of_which_is_neither_the_whole_nor_a_part_of_the_rows_after_it():
    said = claims_of(TEACHERS_OF_WHICH.format(private="103"))
    assert said["2.265"][0].verdict == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    assert claims_of(TEACHERS_OF_WHICH.format(private="130"))["2.265"][0].verdict == Verdict.INCONSISTENT


# Quảng Ngãi's yearbook (raw63/um14): births, deaths and the natural increase per thousand, by residence — the
# natural increase is a column beside the others, no growth rate of the rows before
BIRTHS_AND_DEATHS = """Tỷ suất sinh thô, tỷ suất chết thô và tỷ lệ tăng tự nhiên
của dân số phân theo thành thị, nông thôn
                                      Tỷ suất sinh thô    Tỷ suất chết thô    Tỷ lệ tăng tự nhiên
TỶ SUẤT CHUNG - TOTAL
2015                 13,9              5,7              8,2
2016                 13,0              6,8              6,2
2017                 12,8              7,9              4,9
2018                 13,9              7,9              6,0
Thành thị - Urban
2015                 13,2              4,9              8,3
2016                 12,4              5,8              6,6
2017                 14,2              7,2              7,0
2018                 15,4              7,3              8,1
"""


def test_a_natural_increase_is_no_growth_rate_of_the_rows():
    assert not any(claim.verdict.alarm for claim in check_text(BIRTHS_AND_DEATHS).claims)


# Quảng Ngãi's yearbook 2016 (raw63/um10): urban population by district, the row "3." laid out two cells on
# its label's line, then one to a line
URBAN_BY_DISTRICT = """Dân số trung bình thành thị phân theo huyện/thành phố
2010
2013
2014
2015
2016
I. Khu vực đồng bằng
Plain districts
{total} 161.026 162.122 163.311 164.662
1. TP. Quảng Ngãi
95.976 97.388 112.345 113.161 113.993
2. Huyện Bình Sơn
8.276
8.370
8.430
8.511
8.551
3. Huyện Sơn Tịnh
14.176 14.345
-
-
-
4. Huyện Tư Nghĩa
16.836 17.038 17.160 17.292 17.448
5. Huyện Nghĩa Hành
8.769
8.871
9.005
9.026
9.125
6. Huyện Mộ Đức
6.710
6.811
6.870
6.879
6.977
7. Huyện Đức Phổ
8.112
8.203
8.312
8.442
8.568
"""


def test_a_row_laid_out_two_cells_then_one_a_line_is_read_whole():
    # its cells run on over the lines up to the next row's label: the seven districts add up to the region in
    # every column (read a row to a line, "14.176 14.345" was a row of its own and no sum could be told)
    said = check_text(URBAN_BY_DISTRICT.format(total="158.855")).claims
    assert {claim.printed.text for claim in said if claim.verdict == Verdict.CONSISTENT} >= {
        "158.855",
        "164.662",
    }
    assert not any(claim.verdict.alarm for claim in said)
    wrong = check_text(URBAN_BY_DISTRICT.format(total="158.955")).claims
    assert [claim.printed.text for claim in wrong if claim.verdict.alarm] == ["158.955"]


def test_a_dash_in_a_part_column_is_none_of_them():
    # n1517 (Hải Phòng's schools by district, 2015-2016): "Tổng số | Chia ra: Tiểu học, THCS, THPT, Phổ thông
    # cơ sở", most districts "-" in the last column — the yearbooks' dash, none of them
    header = ("Tổng số", "Total", "Chia ra – Of which", "Tiểu học", "Trung học cơ sở", "Trung học phổ thông")
    header = (*header, "Phổ thông cơ sở")
    text = cell_lines(
        header,
        ("TỔNG SỐ -TOTAL", "149", "65", "50", "23", "11"),
        ("Quận Hồng Bàng - Hong Bang urban district", "20", "9", "8", "3", "-"),
        ("Quận Ngô Quyền - Ngo Quyen urban district", "27", "11", "8", "8", "-"),
        ("Quận Lê Chân – Le Chan urban district", "27", "12", "10", "5", "-"),
        ("Huyện Cát Hải – Cat Hai rural district", "{}", "4", "2", "2", "10"),
        ("Huyện Vĩnh Bảo – Vinh Bao rural district", "57", "29", "22", "5", "1"),
    )
    said = claims_of("Số trường phổ thông phân theo huyện, quận\n\n" + text.format("18"))
    assert said["20"][0].verdict == Verdict.CONSISTENT  # 9 + 8 + 3, no school of both levels
    assert all(claim.verdict == Verdict.CONSISTENT for claim in said["27"])
    assert said["18"][0].verdict == Verdict.CONSISTENT
    assert all(claim.verdict == Verdict.CONSISTENT for claim in said["149"])  # the districts added up
    wrong = claims_of("Số trường phổ thông phân theo huyện, quận\n\n" + text.format("19"))
    assert wrong["19"][0].verdict == Verdict.INCONSISTENT


def test_a_unit_said_in_a_rows_label_makes_the_figures_rounded():
    # n1568 (the insurance market, 2016-2022): "4. Doanh thu (tỷ đồng) 103.208 …" then its parts, each in tỷ
    # đồng rounded: "87.364" of 36.866 + 50.497 = 87.363 is within their rounding
    text = (
        "Một số chỉ tiêu của thị trường bảo hiểm\n"
        "Chỉ tiêu 2016 2017 2018\n"
        "- Doanh thu phí bảo hiểm (tỷ đồng) 87.364 107.709 133.146\n"
        "+ Phi nhân thọ 36.866 41.594 46.970\n"
        "+ Nhân thọ 50.497 66.115 86.176\n"
    )
    said = claims_of(text)
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    assert said["107.709"][0].verdict == Verdict.CONSISTENT


def test_a_row_whose_label_says_its_unit_is_its_parts_within_their_rounding():
    # n1568: "4. Doanh thu (tỷ đồng)" is "- Doanh thu phí bảo hiểm" (its own "+" rows passed over) and "-
    # Doanh thu đầu tư", a unit off in two years (rounded) and 64 tỷ off in 2021: a slip of the table's
    rows = (
        "4. Doanh thu (tỷ đồng) 103.208 131.106 160.586 185.400 222.077 {} 281.370\n"
        "- Doanh thu phí bảo hiểm 87.364 107.709 133.146 160.184 187.447 218.461 247.786\n"
        "+ Phi nhân thọ 36.866 41.594 46.970 53.366 56.677 59.135 69.459\n"
        "+ Nhân thọ 50.497 66.115 86.176 106.819 130.770 159.326 178.327\n"
        "- Doanh thu đầu tư (tỷ đồng) 15.845 23.396 27.440 25.216 34.630 37.351 33.584\n"
    )
    text = "Các chỉ tiêu phát triển chủ yếu\n\n2016 2017 2018 2019 2020 2021 2022\n\n" + rows
    said = claims_of(text.format("255.812"))
    assert said["103.208"][0].verdict == Verdict.AMBIGUOUS  # 103.209: within the rounding of two parts
    assert said["255.812"][0].verdict == Verdict.CONSISTENT
    assert claims_of(text.format("255.876"))["255.876"][0].verdict == Verdict.INCONSISTENT
    # … where no label says a unit, counts a unit or two off are no sum: "Doanh nghiệp nhân thọ 14 15" is
    # not made of the 2 and 12 under it (raw30/tf25)
    firms = (
        "Kết cấu thị trường\n\nChỉ tiêu Quý 2/2013 Quý 2/2012\n\n"
        "Tổng số doanh nghiệp 57 58\nDoanh nghiệp bảo hiểm phi nhân thọ 29 29\n"
        "Doanh nghiệp bảo hiểm nhân thọ 14 15\nDoanh nghiệp tái bảo hiểm 2 2\n"
        "Doanh nghiệp môi giới bảo hiểm 12 12\nDoanh thu phí (tỷ đồng) 21.674 19.595\n"
    )
    assert "15" not in claims_of(firms)


def test_a_ratio_between_numbered_rows_and_a_last_cell_that_reads_like_a_year():
    # n1897 (a university's papers, 2014–2018, one cell a line): "1. Tạp chí quốc tế" is "1.1." and "1.2."
    # with the ratio "Tỷ lệ (%) … 60 60 53 57 -" said between them; "TỔNG CỘNG" is the four numbered rows
    # above it (not "5. Điểm IF trung bình"), its last cell "1953" a count, not a year
    cells = [
        ("1. Tạp chí quốc tế", "566 619 {} 770 574"),
        ("1.1. Thuộc danh sách SCI, SCIE", "341 372 392 439 394"),
        ("Tỷ lệ (%) số bài SCI,SCIE/ Tổng số tạp chí QT", "60 60 53 57 -"),
        ("1.2. Thuộc danh sách ESCI, Scopus, khác (có ISSN)", "225 247 350 331 180"),
        ("Số bài báo QT/tiến sỹ", "0.53 0.52 0.63 0.63 -"),
        ("2. Tạp chí trong nước", "579 722 797 821 285"),
        ("3. Kỷ yếu hội nghị, hội thảo quốc tế", "965 1287 1396 1775 668"),
        ("4. Kỷ yếu hội nghị trong nước", "928 1325 1284 1026 426"),
        ("5. Điểm IF trung bình /năm", "2.21 2.28 2.05 2.3 -"),
        ("TỔNG CỘNG", "3038 3953 4219 {} 1953"),
    ]
    lines = ["Số liệu công bố khoa học từ năm 2014-2018", "Năm", "2014", "2015", "2016", "2017", "11/2018"]
    for label, row in cells:
        lines += [label, *row.split()]
    text = "\n\n".join(f"  {line}" for line in lines)
    said = claims_of(text.format("742", "4392"))
    assert said["742"][0].verdict == said["4392"][0].verdict == said["1953"][0].verdict == Verdict.CONSISTENT
    said = claims_of(text.format("748", "4329"))
    assert said["748"][0].verdict == said["4329"][0].verdict == Verdict.INCONSISTENT


def test_a_table_one_cell_a_line_with_its_bars_and_total_columns_apart_from_their_parts():
    # n1911 (Yên Bái's poverty survey forms, 2015): "1" / "|" / "Thành phố Yên Bái" / "|" / "1.443" / "|" …;
    # "Tổng số phiếu C" is "Số phiếu nghèo" + "Số phiếu cận nghèo", two columns after it and apart; the
    # "Tổng cộng" row is the rows above it (the first row's label holds the header's "Tổng số …")
    header = [
        "STT", "Xã/phường/thị trấn", "Nghèo", "Cận nghèo", "Tổng số phiếu C", "Tổng số tờ phiếu C",
        "Số phiếu nghèo", "Số tờ phiếu nghèo", "Số phiếu cận nghèo", "Số tờ phiếu cận nghèo",
    ]  # fmt: skip
    rows = [
        ("1", "Thành phố Yên Bái", "1.443 343 1.786 1.787 1.443 1.443 343 344"),
        ("2", "Huyện Yên Bình", "8.024 1.915 9.938 10.055 8.023 8.117 1.915 1.938"),
        ("3", "Huyện Trấn Yên", "6.010 1.736 7.746 7.849 6.010 6.099 1.736 1.750"),
        ("4", "Huyện Văn Yên", "11.312 3.346 {} 14.988 11.311 11.588 3.344 3.400"),
        ("5", "Huyện Văn Chấn", "15.170 3.088 18.237 18.843 15.169 15.722 3.068 3.121"),
        ("", "Tổng cộng", "41.959 10.428 52.362 53.522 41.956 42.969 10.406 10.553"),
    ]
    cells = [*header]
    for number, name, figures in rows:
        cells += [number, name, *figures.split()] if number else ["", name, *figures.split()]
    text = "Phiếu C: Thu thập đặc điểm hộ nghèo và cận nghèo năm 2015\n" + "\n|\n".join(cells)
    said = claims_of(text.format("14.655"))
    assert said["14.655"][0].verdict == said["1.786"][0].verdict == Verdict.CONSISTENT
    assert said["41.959"][0].verdict == Verdict.CONSISTENT  # the rows above it
    assert claims_of(text.format("14.665"))["14.665"][0].verdict == Verdict.INCONSISTENT


def test_indices_of_whole_hectares_allow_for_their_rounding():
    # n1976 (Nam Định's forests, 2011–2020): "Tổng diện tích rừng (Ha)" 3.679 then 3.550, and the index
    # "96,48" — 96,49 from the whole hectares, 96,467–96,520 from what they were rounded from: no slip
    text = (
        "Hiện trạng rừng, trồng rừng và sản lượng gỗ\nTổng diện tích rừng Diện tích rừng trồng Sản lượng\n"
        "(Ha) mới tập trung (Ha) gỗ (M3)\n2011 3.679 171 7.550\n2012 3.550 138 7.789\n2013 3.534 66 7.850\n"
        "2014 3.124 47 7.799\nChỉ số phát triển (Năm trước = 100) - %\n2012 {} 80,70 103,17\n"
        "2013 99,56 47,83 100,78\n2014 88,40 71,21 99,35\n"
    )
    assert claims_of(text.format("96,48"))["96,48"][0].verdict == Verdict.CONSISTENT
    assert claims_of(text.format("96,68"))["96,68"][0].verdict == Verdict.INCONSISTENT
    # … and the claim says the table's unit, not another's
    assert claims_of(text.format("96,48"))["96,48"][0].noun == "ha"
    tonnes = text.replace("(Ha) mới tập trung (Ha) gỗ (M3)", "(Tấn)")
    assert claims_of(tonnes.format("96,48"))["96,48"][0].noun == "tấn"


def test_a_column_of_differences_under_a_header_that_says_so():
    # n1711 (a district's harvest against the same season of 2016, one cell a line): "TH cùng kỳ 2016 | TH
    # trong kỳ | So sánh % | +,-" — the index is this season over last, the last column this season less last,
    # a fall signed ("Năng suất | tạ/ha | 51,3 | 50,0 | 97,5 | -1,3"); the row's unit cell "Ha" makes its
    # whole hectares rounded ("20.736" less "13.726,2" is 7.009,3–7.010,2)
    cells = [
        "STT", "Chỉ tiêu", "ĐVT", "TH cùng kỳ 2016", "TH trong kỳ", "So sánh", "%", "+,-",
        "1", "Lúa", "Ha", "13.726,2", "20.736", "151,1", "7.009,7",
        "", "Năng suất", "tạ/ha", "51,3", "50,0", "97,5", "-1,3",
        "2", "Ngô", "Ha", "2.754,3", "3.600,7", "130,7", "{}",
        "", "Năng suất", "tạ/ha", "46,8", "47,4", "101,3", "0,6",
        "3", "Rau các loại", "Ha", "2.550,3", "3.187,8", "125,0", "637,5",
        "4", "Lạc", "Ha", "604,4", "572,7", "94,8", "-31,7",
    ]  # fmt: skip
    text = "Biểu: Tình hình thu hoạch vụ mùa so với cùng kỳ năm 2016\n\n" + "\n\n".join(cells)
    said = claims_of(text.format("846,4"))
    assert said["846,4"][0].verdict == said["1,3"][0].verdict == Verdict.CONSISTENT
    assert said["7.009,7"][0].verdict.fits  # within the rounding of the whole hectares
    assert claims_of(text.format("864,4"))["864,4"][0].verdict == Verdict.INCONSISTENT


def test_one_row_of_rates_under_its_count_of_a_whole_row():
    # n2003 (Vĩnh Long's primary schools by district, one cell a line): "Trường Tiểu học 196 17 31 …",
    # "Trường đạt CQG 109 11 22 …", "Tỉ lệ % 55.61 64.71 70.97 …" — each rate the count over its column's
    # schools, read where all its cells but one fit
    cells = [
        "Toàn", "Tỉnh", "Chia ra", "TPVL", "Long Hồ", "Mang Thít", "Vũng Liêm", "Tam Bình", "Trà Ôn",
        "Trường", "Tiểu học", "196", "17", "31", "25", "30", "28", "30",
        "Trường đạt CQG", "109", "11", "22", "16", "14", "17", "16",
        "Tỉ lệ %", "55.61", "{}", "70.97", "64.00", "46.67", "60.71", "53.33",
    ]  # fmt: skip
    text = "Thống kê số trường đạt chuẩn quốc gia các huyện, thị, thành phố:\n\n" + "\n\n".join(cells)
    said = claims_of(text.format("64.71"))
    assert said["64.71"][0].verdict == said["55.61"][0].verdict == Verdict.CONSISTENT
    assert claims_of(text.format("46.71"))["46.71"][0].verdict == Verdict.INCONSISTENT


# An income statement copied from a broker's page (n2018, bsc.com.vn): rows numbered, each derived row's
# formula at the end of its label, figures in millions rounded from đồng
INCOME_STATEMENT = """Đơn vị: 1.000.000đ
  2021 2022 2023
1. Tổng doanh thu hoạt động kinh doanh 4.361.191 5.165.029 6.205.325
2. Các khoản giảm trừ doanh thu 0 0 0
3. Doanh thu thuần (1)-(2) 4.361.191 5.165.029 6.205.325
4. Giá vốn hàng bán 4.115.168 4.898.930 5.948.943
5. Lợi nhuận gộp (3)-(4) 246.023 {gross_2022} 256.382
6. Doanh thu hoạt động tài chính 27.397 28.296 35.604
7. Chi phí tài chính 58.463 66.671 77.455
8. Phần lợi nhuận hoặc lỗ trong công ty liên kết liên doanh 0 0 0
9. Chi phí bán hàng 68.353 68.511 67.638
10. Chi phí quản lý doanh nghiệp 94.570 93.815 94.677
11. Lợi nhuận thuần từ hoạt động kinh doanh (5)+(6)-(7)+(8)-(9)-(10) 52.033 65.398 52.217
"""


def test_a_row_is_worked_out_by_the_formula_its_label_prints():
    said = claims_of(INCOME_STATEMENT.format(gross_2022="266.099"))
    assert said["266.099"][0].verdict == Verdict.CONSISTENT
    assert "5.165.029 − 4.898.930 = 266.099" in said["266.099"][0].message.vi
    # 246.023 + 27.397 − 58.463 + 0 − 68.353 − 94.570 = 52.034: within the rounding of six figures in millions
    assert said["52.033"][0].verdict == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)


def test_a_row_that_does_not_follow_its_formula_is_flagged():
    said = claims_of(INCOME_STATEMENT.format(gross_2022="286.099"))
    (gross,) = said["286.099"]
    assert gross.verdict == Verdict.INCONSISTENT
    assert gross.correct == 266099
    # the row under it is worked out from the figure as printed: 286.099 + … = 85.398, not 65.398
    assert said["65.398"][0].verdict == Verdict.INCONSISTENT


# Quảng Ngãi's yearbook 2016, table 212 (n2226): the figures, then the same rows again with their indices
# (year before = 100), the heading that says so dropped by the copy; one cell to a line
TEACHERS_THEN_INDICES = """212. Số giáo viên và học sinh mầm non
Number of teachers and pupils of preschool
2013
2014
2015
2016
Số giáo viên (Người)
Number of teachers (Person)
2.419
3.078
2.852
3.135
Công lập -
Public
2.173
2.848
2.633
2.795
Ngoài công lập -
Non-public
246
230
219
340
Số giáo viên (Người)
Number of teachers (Person)
103,86
127,24
{index_2015}
109,92
Công lập -
Public
101,40
131,06
92,45
106,15
Ngoài công lập -
Non-public
132,26
93,50
95,22
155,25
"""


def test_rows_said_again_from_the_first_are_told_indices_by_their_figures():
    said = claims_of(TEACHERS_THEN_INDICES.format(index_2015="92,66"))
    # 2014: 3.078 / 2.419 × 100 = 127,24; 2015: 2.852 / 3.078 × 100 = 92,66 (2013 has no year before)
    assert said["127,24"][0].verdict == Verdict.CONSISTENT
    assert said["92,66"][0].verdict == Verdict.CONSISTENT
    assert said["155,25"][0].verdict == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    (altered,) = claims_of(TEACHERS_THEN_INDICES.format(index_2015="96,26"))["96,26"]
    assert altered.verdict == Verdict.INCONSISTENT


# Nghệ An's yearbook 2015 (n2262): one cell to a line, thousands set apart by spaces, a row with no figures
# ("Nhà riêng lẻ dưới 4 tầng") heading its kinds, then the same rows' shares, their labels punctuated anew
SELF_BUILT_HOUSES = """Nhà tự xây, tự ở hoàn thành trong năm của hộ dân cư

2010

2013

2014

Đơn vị tính: M2

TỔNG SỐ-TOTAL

3 533 823

3 696 096

{total_2014}

Nhà kiên cố -Permanent

1 658 924

1 793 024

2 203 947

Nhà bán kiên cố -Semi-permanent

1 469 043

1 505 474

1 418 939

Nhà khung gỗ lâu bền -Durable wooden frame

291 941

254 807

229 439

Nhà khác -Others

113 915

142 791

107 803

Cơ cấu -Structure (%)

TỔNG SỐ-TOTAL

100,00

100,00

100,00

Nhà kiên cố -Permanent

46,94

48,51

55,65

Nhà bán kiên cố –Semi permanent

41,57

40,73

35,83

Nhà khung gỗ lâu bền -Durable wooden frame

8,26

6,89

5,79

Nhà khác -Others

3,22

3,86

2,72
"""


def test_thousands_set_apart_by_spaces_one_cell_to_a_line_and_shares_of_rows_named_alike():
    said = claims_of(SELF_BUILT_HOUSES.format(total_2014="3 960 128"))
    # 1.658.924 + 1.469.043 + 291.941 + 113.915 = 3.533.823; "291 941" one cell, not 291 and 941
    assert said["3 533 823"][0].verdict == Verdict.CONSISTENT
    assert "291.941" in said["3 533 823"][0].message.vi
    # "Nhà bán kiên cố –Semi permanent" is the row "Nhà bán kiên cố -Semi-permanent": 1.505.474 / 3.696.096
    assert said["40,73"][0].verdict == Verdict.CONSISTENT
    assert said["6,89"][0].verdict == Verdict.CONSISTENT  # of "TỔNG SỐ-TOTAL", printed 100,00 below it
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    (altered,) = claims_of(SELF_BUILT_HOUSES.format(total_2014="3 690 128"))["3 690 128"]
    assert altered.verdict == Verdict.INCONSISTENT


# Quảng Ngãi's yearbook 2016, table 62 (n2261): "Nhà khác - Others" closes the kinds of the houses under 4
# storeys; the villas after it are of the total two rows up ("Nhà riêng lẻ từ 4 tầng trở lên", all dashes,
# dropped between), empty in every year but one
HOUSES_BY_KIND = """62. Nhà tự xây, tự ở hoàn thành trong năm của hộ dân cư
2010 2013 2014 2015
TỔNG SỐ - TOTAL
763.154 838.776 778.665 1.106.660
Nhà riêng lẻ dưới 4 tầng
763.154 823.262 778.665 1.106.660
Nhà kiên cố - Permanent
132.173 245.640 229.241 494.063
Nhà bán kiên cố - Semi-permanent
571.529 521.444 513.729 588.237
Nhà khung gỗ lâu bền
5.656 29.913 23.968 8.894
Nhà khác - Others
53.796 26.265 11.727 15.466
Nhà riêng lẻ từ 4 tầng trở lên
- - - -
Nhà biệt thự - Villa
- 15.514 - -
"""


def test_the_rows_after_the_others_are_no_parts_of_the_breakdown_it_closes():
    said = claims_of(HOUSES_BY_KIND)
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    assert said["823.262"][0].verdict == Verdict.AMBIGUOUS
    assert "Others" in said["823.262"][0].message.en or "others" in said["823.262"][0].message.en


# FPT's results 2011–2015 copied from its investor page (n2241): each row's cells run together, each year's
# figure then its change on the year before
RESULTS_RUN_TOGETHER = """Kết quả hoạt động kinh doanh 2011 - 2015 Đơn vị tính: tỷ VNĐ
Chỉ tiêu20112012Tăng/giảm so cùng kỳ2013Tăng/giảm so cùng kỳ2014Tăng/giảm so cùng kỳ2015Tăng/giảm so cùng kỳ
Tổng doanh thu25.97825.350-2%28.64713%35.13023%40.003{revenue_change}
Lợi nhuận thuần từ HĐKD2.4202.318-4%2.4516%2.401-2%2.80217%
Lợi nhuận trước thuế2.5022.407-4%2.5165%2.459-2%2.85116%
Lợi nhuận sau thuế2.0791.985-5%2.0654%2.0791%2.43817%
"""


def test_cells_run_together_are_parted_and_a_column_of_changes_worked_out():
    said = claims_of(RESULTS_RUN_TOGETHER.format(revenue_change="14%"))
    # 40.003 / 35.130 − 1 = 13,87% → 14%; 2.451 / 2.318 − 1 = 5,74% → 6%; 1.985 / 2.079 − 1 = −4,52% → −5%
    assert said["14%"][0].verdict == Verdict.CONSISTENT
    assert said["6%"][0].verdict == Verdict.CONSISTENT
    assert said["5%"][-1].verdict == Verdict.CONSISTENT
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    (altered,) = claims_of(RESULTS_RUN_TOGETHER.format(revenue_change="41%"))["41%"]
    assert altered.verdict == Verdict.INCONSISTENT
    assert text_at(altered) == "41%"


def text_at(claim: Claim) -> str:
    return RESULTS_RUN_TOGETHER.format(revenue_change="41%")[claim.start : claim.end]


# a table exported to Markdown as HTML (n2426, a water project's population forecast: wards of Dĩ An), its
# empty cells read as "-", each cell on a line of its own as a table copied cell by cell
FORECAST_IN_HTML = """<table>
<thead>
<tr>
<th><p><strong>Khu vực/ phường</strong></p></th>
<th><p><strong>Dân số 12/ 2012</strong></p></th>
<th><p><strong>Dân số dự báo 2030</strong></p></th>
<th><p><strong>Phần trăm thu gom</strong></p></th>
<th><p><strong>Số dân được thu gom</strong></p></th>
</tr>
</thead>
<tbody>
<tr>
<td><blockquote>
<p>Dĩ An</p>
</blockquote></td>
<td>86,606</td>
<td>110,187</td>
<td>30%</td>
<td>33,056</td>
</tr>
<tr>
<td><blockquote>
<p>An Bình</p>
</blockquote></td>
<td>67,133</td>
<td>85,412</td>
<td>15%</td>
<td>12,812</td>
</tr>
<tr>
<td><blockquote>
<p>Bình An</p>
</blockquote></td>
<td>22,963</td>
<td>29,215</td>
<td></td>
<td></td>
</tr>
<tr>
<td><strong>Tổng</strong></td>
<td><p><strong>{total}</strong></p></td>
<td><p><strong>224,814</strong></p></td>
<td></td>
<td><p><strong>45,868</strong></p></td>
</tr>
</tbody>
</table>
"""


def test_a_table_written_in_html_is_read_cell_by_cell():
    said = claims_of(FORECAST_IN_HTML.format(total="176,702"))
    assert said["176,702"][0].verdict == Verdict.CONSISTENT  # 86,606 + 67,133 + 22,963
    assert said["45,868"][0].verdict == Verdict.CONSISTENT  # the empty cell of Bình An: nothing to add
    assert not any(claim.verdict.alarm for claims in said.values() for claim in claims)
    (altered,) = claims_of(FORECAST_IN_HTML.format(total="176,802"))["176,802"]
    assert altered.verdict == Verdict.INCONSISTENT
    # the claims are marked where the figures are printed, among the tags
    text = FORECAST_IN_HTML.format(total="176,802")
    assert text[altered.start : altered.end] == "176,802"
