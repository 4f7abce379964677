"""Reading figures: notations, scale words, what is not a figure, sentences and spans."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.checker.model import FigureKind, Qualifier
from chitieu.checker.tokens import read_document, read_sentence, read_sentences, split_sentences
from chitieu.core.numbers import format_number


def figures(text: str) -> list[tuple[str, Decimal, int, FigureKind]]:
    return [(f.text, f.value, f.decimals, f.kind) for f in read_sentence(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("có 1.218 đồng chí", [("1.218", Decimal(1218), 0, FigureKind.COUNT)]),
        ("chiếm 95,6%", [("95,6%", Decimal("95.6"), 1, FigureKind.PERCENT)]),
        ("đạt 101.86% kế hoạch", [("101.86%", Decimal("101.86"), 2, FigureKind.PERCENT)]),
        ("tiếp nhận 5043 hồ sơ", [("5043", Decimal(5043), 0, FigureKind.COUNT)]),
        ("chiếm 03%", [("03%", Decimal(3), 0, FigureKind.PERCENT)]),
        ("chiếm 12 phần trăm", [("12 phần trăm", Decimal(12), 0, FigureKind.PERCENT)]),
        ("vượt 1,41 điểm %", [("1,41 điểm %", Decimal("1.41"), 2, FigureKind.POINTS)]),
        ("thu 12,5 tỷ đồng", [("12,5 tỷ", Decimal("12500000000"), 1, FigureKind.AMOUNT)]),
        ("thu 3 nghìn tỷ đồng", [("3 nghìn tỷ", Decimal("3000000000000"), 0, FigureKind.AMOUNT)]),
        ("hỗ trợ 2,5 triệu đồng", [("2,5 triệu", Decimal("2500000"), 1, FigureKind.AMOUNT)]),
        ("mức 800 ngàn đồng", [("800 ngàn", Decimal("800000"), 0, FigureKind.AMOUNT)]),
        ("thu 5 tỉ đồng", [("5 tỉ", Decimal("5000000000"), 0, FigureKind.AMOUNT)]),
        (
            "thu 264.707 tỷ 535 triệu đồng",
            [("264.707 tỷ 535 triệu", Decimal("264707535000000"), 0, FigureKind.AMOUNT)],
        ),
        ("trồng 120 ha rừng", [("120", Decimal(120), 0, FigureKind.AMOUNT)]),
    ],
)
def test_it_reads_numbers_in_every_notation(
    text: str, expected: list[tuple[str, Decimal, int, FigureKind]]
) -> None:
    assert figures(text) == expected


def test_it_does_not_take_tỷ_lệ_for_a_billion() -> None:
    assert figures("có 3 tỷ lệ được tính") == [("3", Decimal(3), 0, FigureKind.COUNT)]


def test_it_keeps_both_readings_of_an_amount_written_ambiguously() -> None:
    (figure,) = read_sentence("thu 1,250 tỷ đồng").figures
    assert [r.value for r in figure.readings] == [Decimal("1.250") * 10**9, Decimal(1250) * 10**9]


def test_it_gives_no_decimal_reading_to_a_count() -> None:
    (figure,) = read_sentence("có 1.150 hộ").figures
    assert [r.value for r in figure.readings] == [Decimal(1150)]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 27/12, Đảng ủy tổ chức hội nghị",
        "đến ngày 30/9/2022",
        "trong tháng 11/2022",
        "Chủ Nhật, ngày 25 tháng 2 năm 2024",
        "theo Nghị định 123/2020/NĐ-CP",
        "Nghị định số 30/2020/NĐ-CP của Chính phủ",
        "Quyết định số 1234 của UBND",
        "Kết luận 68-NQ/TW",
        "Quyết định 45/QĐ-UBND",
        "hội nghị lần thứ 12 (mở rộng)",
        "nhiệm kỳ 2020 - 2025",
        "giai đoạn 2021-2025",
        "năm 2022",
        "GDP quý IV/2022",
        "cùng kỳ năm 2020 và 2021",
        "theo Điều 5, khoản 2",
        "lúc 8h30, 14:00",
        "trước 31/12",
    ],
)
def test_it_reads_no_figure_in_dates_and_document_numbers(text: str) -> None:
    assert figures(text) == []


def test_it_reads_a_fraction_that_looks_like_a_date_when_a_noun_follows() -> None:
    assert [f[0] for f in figures("hoàn thành 10/12 nhiệm vụ")] == ["10", "12"]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("chiếm hơn 50%", Qualifier.ABOVE),
        ("chiếm trên 50%", Qualifier.ABOVE),
        ("chiếm dưới 5%", Qualifier.BELOW),
        ("chiếm gần 50%", Qualifier.NEARLY),
        ("khoảng 1.200 người", Qualifier.ABOUT),
        ("từ 50% trở lên", Qualifier.AT_LEAST),
        ("không quá 3%", Qualifier.AT_MOST),
        ("cao hơn 5%", None),
        ("chiếm 50%", None),
    ],
)
def test_it_reads_bound_words(text: str, qualifier: Qualifier | None) -> None:
    (figure,) = read_sentence(text).figures
    assert figure.qualifier == qualifier


def test_trên_between_two_counts_means_out_of() -> None:
    sentence = read_sentence("giải quyết 1.150 vụ trên 1.245 vụ")
    assert [f.qualifier for f in sentence.figures] == [None, None]


def test_it_attaches_the_noun_to_both_sides_of_a_fraction() -> None:
    sentence = read_sentence("kết nạp 71/70 đảng viên, đạt tỷ lệ 101,43%")
    assert [f.noun for f in sentence.figures[:2]] == ["đảng viên", "đảng viên"]


def test_the_skeleton_replaces_figures_by_placeholders() -> None:
    sentence = read_sentence("Có 22/23 chỉ tiêu, chiếm 95,6%")
    assert sentence.skeleton == "có #0#/#1# chỉ tiêu, chiếm #2%#"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Thu đạt 95,6%. Chi đạt 90%.", 2),
        ("Hiện có 1.218 đồng chí. Năm 2023 tiếp tục.", 2),
        ("TP. Hồ Chí Minh đạt 95%.", 1),
        ("Kon Tum, ngày 25\ntháng 01 năm 2024", 1),
        ("Tiêu đề\nNội dung đầu tiên.", 2),
        ("Đoạn một\n\nđoạn hai", 2),
    ],
)
def test_it_splits_sentences(text: str, count: int) -> None:
    assert len(split_sentences(read_document(text).text)) == count


def test_spans_survive_decomposed_accents_and_extra_spaces() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Có  22/23 chỉ tiêu,\u00a0chiếm 95,6%.")
    document = read_document(text)
    (sentence,) = read_sentences(document)
    share = sentence.figures[-1]
    start, end = document.original_span(share.start, share.end)
    assert text[start:end] == "95,6%"


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_it_reads_back_what_format_number_writes(value: Decimal) -> None:
    written = format_number(value, 2)
    (figure,) = read_sentence(f"đạt {written}%").figures
    assert figure.value == value.quantize(Decimal("0.01"))
    assert figure.decimals == 2


@given(st.text(alphabet="0123456789.,/% -đạtchiếmvượtkếhoạchtăngsovớicùngkỳ()", max_size=200))
def test_it_never_fails_on_odd_text(text: str) -> None:
    from chitieu.checker import check_text

    check_text(text)


def test_an_endless_sentence_is_read_in_pieces_cut_at_its_commas():
    from chitieu.checker.tokens import LONGEST_SENTENCE, split_sentences

    clause = "giải quyết 1.150 vụ trên tổng số 1.245 vụ, đạt 92,37%; "
    text = clause * 400  # 22.000 characters without a full stop: a table pasted as text
    spans = split_sentences(text)
    assert len(spans) > 10
    assert all(end - start <= LONGEST_SENTENCE for start, end in spans)
    assert all(text[end - 1] in ";," for start, end in spans[:-1])
    assert "".join(text[start:end] for start, end in spans).replace(" ", "") == text.replace(" ", "")


def test_the_longest_text_benchmarked_is_the_longest_the_skins_take():
    from chitieu.checker.measure import LONGEST_TEXT
    from chitieu.verification.files import MAX_TEXT_CHARS

    assert LONGEST_TEXT == MAX_TEXT_CHARS


@pytest.mark.parametrize(
    ("glued", "read"),
    [
        # a row's cells run together by the copy (n2241), each cell's span kept in the original
        ("Tổng doanh thu25.97825.350-2%28.64713%", "Tổng doanh thu 25.978 25.350 -2% 28.647 13%"),
        # … in English notation (n2266)
        ("Tổng sốnghìn tấn2,5922,8283,2803,8494,503", "Tổng sốnghìn tấn 2,592 2,828 3,280 3,849 4,503"),
        # not years run together, nor one long figure, nor decimals no grouping parts for sure
        ("Chỉ tiêu20112012Tăng", "Chỉ tiêu20112012Tăng"),
        ("đạt 1.234.567.890 đồng", "đạt 1.234.567.890 đồng"),
        ("97,9598,3899,51", "97,9598,3899,51"),
    ],
)
def test_cells_run_together_are_parted(glued: str, read: str):
    document = read_document(glued)
    assert document.text == read
    at = document.text.find("25.350")
    if at >= 0:
        assert glued[slice(*document.original_span(at, at + 6))] == "25.350"
