"""Judging a printed figure against its recomputation.

A printed value with d decimals stands for an interval: "95,6" is anything in [95,55; 95,65)
when rounded half-up, or in [95,6; 95,7) when truncated. A claim is *consistent* when the
recomputed value falls in the half-up interval, *consistent by truncation* when it falls only
in the truncated one, and *inconsistent* otherwise — then the likely slip is named. Inputs that
were themselves rounded ("12,5 tỷ") make the recomputation an interval too; the claim is given
the benefit of the doubt when the two intervals meet — when rounded half-up: a figure cut is the
recomputed value itself cut, for a text that cuts its figures cuts its inputs too (1,89 / 1,5 is
126%, and 125% would need 1,885, which such a text prints 1,88). A rate that only rounding twice gives
(15,349…% → 15,35% → 15,4%) is *ambiguous*, and said so: a slip of method, not of arithmetic.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from chitieu.checker.model import Claim, FigureKind, Qualifier, Recomputation, Role, Slip, Verdict
from chitieu.checker.tokens import Figure, NumberReading
from chitieu.core.numbers import Notation, Rounding, format_number, round_decimal
from chitieu.core.text import Bilingual

HUNDRED = Decimal(100)

# ---------------------------------------------------------------------------------------------
# Writing numbers in explanations.

_SCALE_WORDS = {
    Decimal(10) ** 3: "nghìn",
    Decimal(10) ** 4: "vạn",
    Decimal(10) ** 6: "triệu",
    Decimal(10) ** 9: "tỷ",
    Decimal(10) ** 12: "nghìn tỷ",
}
_SCALE_WORDS_EN = {
    Decimal(10) ** 3: "thousand",
    Decimal(10) ** 4: "ten thousand",
    Decimal(10) ** 6: "million",
    Decimal(10) ** 9: "billion",
    Decimal(10) ** 12: "trillion",
}


@functools.lru_cache(maxsize=8)
def _notation(lang: str) -> Notation:
    return Notation.for_language(lang)


@functools.lru_cache(maxsize=4096)
def show(value: Decimal, lang: str, decimals: int | None = None, percent: bool = False) -> str:
    """A number for an explanation: exact when short, else three decimals and "…" (a text says its
    figures again and again: each is written once)."""
    if decimals is None:
        normalised = value.normalize()
        exponent = int(normalised.as_tuple().exponent)
        decimals = max(0, -exponent)
        if decimals > 3:
            text = format_number(value, 3, Rounding.TRUNCATE, _notation(lang)) + "…"
            return text + ("%" if percent else "")
    text = _format(value, decimals, lang)
    return text + ("%" if percent else "")


def show_scaled(value: Decimal, scale: Decimal, lang: str) -> str:
    """A number in the scale its figures were printed in: 5.945.300.000.000 as "5.945,3 tỷ"."""
    words = _SCALE_WORDS if lang == "vi" else _SCALE_WORDS_EN
    if scale == 1 or scale not in words:
        return show(value, lang)
    return f"{show(value / scale, lang)} {words[scale]}"


def scaled_message(en: str, vi: str, scale: Decimal, scaled: Sequence[Decimal], *plain: Decimal) -> Bilingual:
    """A Bilingual whose first ``{}`` fields are amounts written in ``scale`` ("45.678 tỷ"), the rest
    plain numbers (a percentage worked out from them)."""

    def written(template: str, lang: str) -> str:
        return template.format(
            *(show_scaled(v, scale, lang) for v in scaled), *(show(v, lang) for v in plain)
        )

    return Bilingual(written(en, "en"), written(vi, "vi"))


def _format(value: Decimal, decimals: int, lang: str) -> str:
    """format_number, faster: round half-up first, then let Python group the digits."""
    english = f"{round_decimal(value, decimals):,.{decimals}f}"
    return english if lang == "en" else english.translate(_TO_VIETNAMESE)


_TO_VIETNAMESE = str.maketrans(",.", ".,")


def show_like(value: Decimal, figure: Figure, lang: str, reading: NumberReading | None = None) -> str:
    """``value`` written the way ``figure`` is printed (same decimals, scale word, % sign)."""
    reading = reading or figure.readings[0]
    scaled = value / figure.scale
    text = format_number(scaled, reading.decimals, Rounding.HALF_UP, _notation(lang))
    if figure.scale > 1:
        words = _SCALE_WORDS if lang == "vi" else _SCALE_WORDS_EN
        text += " " + words.get(figure.scale, f"× {figure.scale}")
    if figure.kind == FigureKind.PERCENT:
        text += "%"
    elif figure.kind == FigureKind.POINTS:
        text += " điểm %" if lang == "vi" else " points"
    return text


def message(en: str, vi: str, *values: Decimal, percent: bool = False) -> Bilingual:
    """A Bilingual whose ``{}`` fields are numbers, written in each language's notation."""
    return Bilingual(
        en.format(*(show(v, "en", percent=percent) for v in values)),
        vi.format(*(show(v, "vi", percent=percent) for v in values)),
    )


# ---------------------------------------------------------------------------------------------
# Slips.

_SLIP_WORDS = {
    Slip.TRANSPOSED_DIGITS: ("two digits transposed", "đảo chỗ hai chữ số"),
    Slip.MISTYPED_DIGIT: ("one digit mistyped", "gõ nhầm một chữ số"),
    Slip.ROUNDING: ("a rounding error", "làm tròn sai"),
    Slip.DECIMAL_SHIFT: ("the decimal separator in the wrong place", "đặt sai dấu thập phân"),
    Slip.WRONG_TOTAL: ("the share of the wrong total", "tính tỷ lệ trên tổng số khác"),
    Slip.WRONG_PART: ("the share of the wrong part", "lấy nhầm số phần"),
    Slip.COMPLEMENT: ("the share of the rest printed instead", "ghi tỷ lệ của phần còn lại"),
    Slip.INVERTED_RATIO: ("the ratio turned upside down", "chia ngược (lấy kế hoạch chia thực hiện)"),
    Slip.EXCESS_FOR_RATIO: (
        "the excess over plan printed instead of the percentage of plan",
        "ghi phần vượt thay cho tỷ lệ đạt",
    ),
    Slip.RATIO_FOR_EXCESS: (
        "the percentage of plan printed instead of the excess",
        "ghi tỷ lệ đạt thay cho phần vượt",
    ),
    Slip.POINTS_FOR_PERCENT: (
        "a difference in percentage points printed as a relative change",
        "ghi hiệu số điểm phần trăm thay cho mức tăng/giảm tương đối",
    ),
    Slip.PERCENT_FOR_POINTS: (
        "a relative change printed instead of the difference in percentage points",
        "ghi mức tăng/giảm tương đối thay cho hiệu số điểm phần trăm",
    ),
    Slip.SUM_MISMATCH: ("the parts do not add up to the total", "các phần cộng lại không bằng tổng số"),
    Slip.WRONG_NOUN: ("the count of another thing, named as this one", "số của một thứ khác, gọi nhầm tên"),
    Slip.COPIED: ("the figure said just before, copied", "chép lại số liệu nêu ngay trước"),
    Slip.UNKNOWN: ("no simple slip explains it", "không tìm được nguyên nhân đơn giản"),
}


def slip_words(slip: Slip) -> Bilingual:
    """The slip named in both languages."""
    en, vi = _SLIP_WORDS[slip]
    return Bilingual(en, vi)


@dataclass(frozen=True)
class Alternative:
    """A value a known slip would have produced, e.g. the share of another total."""

    slip: Slip
    value: Decimal
    detail: Bilingual = field(default_factory=lambda: Bilingual("", ""))


# ---------------------------------------------------------------------------------------------
# The judgement.


@dataclass(frozen=True)
class Assessment:
    """The verdict on one printed figure, with what explains it."""

    verdict: Verdict
    recomputation: Recomputation
    correct: Decimal | None
    slip: Slip | None
    note: Bilingual


_RANK = {
    Verdict.CONSISTENT: 0,
    Verdict.CONSISTENT_BY_TRUNCATION: 1,
    Verdict.AMBIGUOUS: 2,  # a bound far from the figure it should bound: "trên 4,8%" of 53,66%
    Verdict.WORDING_CONTRADICTION: 3,
    Verdict.INCONSISTENT: 4,
}
FAR_ABOVE = Decimal(2)  # "trên 90%" may be said of 97%, not of 190%


def assess(
    printed: Figure,
    recomputations: Sequence[Recomputation],
    alternatives: Sequence[Alternative] | Callable[[], Sequence[Alternative]] = (),
    contradiction: Bilingual | None = None,
) -> Assessment:
    """Compare ``printed`` with each reading of the text; keep the best fit.

    ``recomputations`` are the possible readings, the most natural first. ``contradiction``,
    when given, says why the words of the sentence contradict the numbers (e.g. "vượt" for a
    result below plan): it turns a numerically consistent claim into a wording contradiction.
    """
    best: tuple[Decimal, Verdict, Recomputation, NumberReading] | None = None
    padded = _padded_readings(printed)
    for reading in (*printed.readings, *padded):
        for recomputation in recomputations:
            verdict = _fit(printed, reading, recomputation)
            if reading in padded:  # after a fit as printed, before a doubt
                if verdict != Verdict.CONSISTENT:
                    # a 0 that pads a figure cut short: two excuses for one figure ("3 người chiếm 23,00%" of
                    # 13, beside "3 người, chiếm 23,08%", n1861) — a padded figure must round to its value
                    continue
                rank = _RANK[verdict] + Decimal("1.5")
            else:
                rank = Decimal(_RANK[verdict] + (0 if reading is printed.readings[0] else len(_RANK)))
            if best is None or rank < best[0]:
                best = (rank, verdict, recomputation, reading)
    assert best is not None, "assess() needs at least one recomputation"
    _, verdict, recomputation, reading = best
    primary = recomputations[0]
    if verdict == Verdict.INCONSISTENT:
        # the reading nearest the printed figure is the one a flag names (points, not the relative change,
        # for "giảm 0,08% so với năm học trước (0,17%)" of 0,12%)
        reading = printed.readings[0]
        recomputation = min(
            recomputations,
            key=lambda r: (
                abs(r.value - reading.value)
                if r is not primary
                else abs(r.value - reading.value) - printed.unit(reading)
            ),
        )
    note = _reading_note(recomputation, primary, reading, printed)
    if verdict == Verdict.CONSISTENT:
        note += _consistent_note(printed, reading, recomputation)
    elif verdict == Verdict.CONSISTENT_BY_TRUNCATION:
        note += _truncation_note(printed, reading, recomputation)
    elif verdict == Verdict.WORDING_CONTRADICTION:
        note += _qualifier_note(printed, recomputation)
    elif verdict == Verdict.AMBIGUOUS and printed.qualifier is None:
        once = show_like(recomputation.value, printed, "en", reading)
        once_vi = show_like(recomputation.value, printed, "vi", reading)
        twice = _rounded_to(recomputation.value, reading.decimals + 1)
        note += Bilingual(
            f"Rounded once this is {once}; {printed.text} comes from rounding twice ({show(twice, 'en')},"
            f" then {printed.text}): not a slip of arithmetic, but a rate should be rounded once.",
            f"Làm tròn một lần được {once_vi}; {printed.text} là do làm tròn hai lần ({show(twice, 'vi')},"
            f" rồi {printed.text}): không sai phép tính, nhưng tỷ lệ chỉ nên làm tròn một lần.",
        )
        return Assessment(verdict, recomputation, None, None, note)
    elif verdict == Verdict.AMBIGUOUS and recomputation.low == recomputation.high == reading.value:
        note += Bilingual(
            f"That is “{printed.text}” itself, not more: the bound word is said loosely; the figures agree.",
            f"Đúng bằng “{printed.text}”, không hơn: từ chỉ giới hạn được dùng chưa chặt; số liệu vẫn khớp.",
        )
        return Assessment(verdict, recomputation, None, None, note)
    elif verdict == Verdict.AMBIGUOUS and recomputation.low > reading.value * FAR_ABOVE:
        note += Bilingual(
            f"That is more than twice “{printed.text}”: the bound may be of another figure.",
            f"Số này lớn hơn gấp đôi “{printed.text}”: cách nói giới hạn có thể là của một số khác.",
        )
        return Assessment(verdict, recomputation, None, None, note)
    elif verdict == Verdict.AMBIGUOUS:
        note += Bilingual(
            f"That is past the next round figure after “{printed.text}”: true as a bound, but not how a bound"
            " is said; the bound may be of another figure.",
            f"Số này vượt quá số tròn kế tiếp sau “{printed.text}”: đúng là lớn hơn, nhưng không ai nói như"
            " vậy; cách nói giới hạn có thể là của một số khác.",
        )
        return Assessment(verdict, recomputation, None, None, note)
    if contradiction is not None and verdict != Verdict.INCONSISTENT:
        return Assessment(Verdict.WORDING_CONTRADICTION, recomputation, None, None, note + contradiction)
    if verdict != Verdict.INCONSISTENT:
        return Assessment(verdict, recomputation, None, None, note)
    if callable(alternatives):  # worked out only for a figure that needs a slip named
        alternatives = alternatives()
    unit = printed.unit(reading)
    if printed.qualifier in _BOUNDS and not any(
        reading.value - unit / 2 <= alternative.value < reading.value + unit for alternative in alternatives
    ):
        # "Tổng trị giá quà tặng hơn 165 triệu đồng" of lots worth 163,5 triệu (n1502): a bound the figures do
        # not reach, said with one decimal more than printed — no slip of rounding
        shown = NumberReading(reading.value, reading.decimals + 1, reading.notation)
        correct = _correct_value(printed, shown, recomputation.value)
        side = _BOUND_SIDE[printed.qualifier]
        en, vi = show_like(correct, printed, "en", shown), show_like(correct, printed, "vi", shown)
        note += Bilingual(
            f"{_PRINTS.en} “{side[0]} {printed.text}”; {_SHOULD_BE.en} {en}.",
            f"{_PRINTS.vi} “{side[1]} {printed.text}”; {_SHOULD_BE.vi} {vi}.",
        )
        note += Bilingual(
            f"Likely slip: {slip_words(Slip.UNKNOWN).en} (the figures do not reach the bound said).",
            f"Nhiều khả năng: {slip_words(Slip.UNKNOWN).vi} (số liệu không đạt mức giới hạn đã nói).",
        )
        if contradiction is not None:
            note += contradiction
        return Assessment(Verdict.INCONSISTENT, recomputation, correct, Slip.UNKNOWN, note)
    correct = _correct_value(printed, reading, recomputation.value)
    slip, detail = diagnose(printed, reading, recomputation.value, alternatives)
    note += Bilingual(
        f"{_PRINTS.en} {printed.text}; {_SHOULD_BE.en} {show_like(correct, printed, 'en', reading)}.",
        f"{_PRINTS.vi} {printed.text}; {_SHOULD_BE.vi} {show_like(correct, printed, 'vi', reading)}.",
    )
    slip_message = slip_words(slip) + detail
    note += Bilingual(f"Likely slip: {slip_message.en}.", f"Nhiều khả năng: {slip_message.vi}.")
    if contradiction is not None:
        note += contradiction
    return Assessment(Verdict.INCONSISTENT, recomputation, correct, slip, note)


# A figure more than three times its recomputation, or less than a third of it, with no slip to say how
# (a digit mistyped or swapped, the decimal point moved, a known wrong base): a hand that copies a figure
# wrong seldom lands so far, a reading that took the wrong numbers often does — measured on earlier code's
# first looks at real texts (50 flags), such gaps were misreadings in 16 of 17 cases.
BEYOND_A_SLIP = Decimal(3)


def beyond_a_slip(printed: Decimal, correct: Decimal) -> bool:
    """Whether ``printed`` is too far from ``correct`` for a slip of the hand that no simple slip explains."""
    printed, correct = abs(printed), abs(correct)
    if printed == 0 or correct == 0:
        return printed != correct
    return printed > correct * BEYOND_A_SLIP or correct > printed * BEYOND_A_SLIP


_BOUNDS = (Qualifier.ABOVE, Qualifier.AT_LEAST, Qualifier.BELOW, Qualifier.AT_MOST)
_BOUND_SIDE = {
    Qualifier.ABOVE: ("more than", "hơn"),
    Qualifier.AT_LEAST: ("at least", "từ"),
    Qualifier.BELOW: ("less than", "dưới"),
    Qualifier.AT_MOST: ("at most", "tối đa"),
}
# the words of a flag, after its reading: "The text prints 3,1%; it should be 10,4%."
_PRINTS = Bilingual("The text prints", "Văn bản ghi")
_SHOULD_BE = Bilingual("it should be", "đúng ra là")


def doubted_when_far(claim: Claim) -> Claim:
    """A flag whose recomputation is beyond a slip (see ``BEYOND_A_SLIP``) and that no simple slip explains,
    said as a doubt: ambiguous, with the nearest reading found and how far it is. Done on the text's last
    word on each figure, not inside the readings, which try another reading when one is flagged."""
    correct = claim.correct
    printed_value = claim.printed.value
    if claim.printed.role == Role.CHANGE and claim.number(Role.PART) is not None and correct is not None:
        # a whole's growth from its parts' (a weighted mean of theirs): far by the growth factors, not the
        # rates — "tăng 1,6%" where the parts give 5,0% is 101,6 for 105,0, a slip's reach (n2456)
        printed_value, correct = HUNDRED + printed_value, HUNDRED + correct
    if (
        claim.verdict != Verdict.INCONSISTENT
        or claim.slip not in (Slip.UNKNOWN, Slip.SUM_MISMATCH)
        or correct is None
        or not beyond_a_slip(printed_value, correct)
    ):
        return claim
    printed = claim.printed.text

    def parts(text: str, prints: str, should_be: str) -> tuple[str, str]:
        reading, _, flag = text.partition(f" {prints} ")
        return reading, flag.partition(f"; {should_be} ")[2].partition(". ")[0].rstrip(".")

    reading, value = parts(claim.message.en, _PRINTS.en, _SHOULD_BE.en)
    reading_vi, value_vi = parts(claim.message.vi, _PRINTS.vi, _SHOULD_BE.vi)
    note = Bilingual(reading, reading_vi) + Bilingual(
        f"The nearest reading found gives {value}, far from the printed {printed}, and no simple slip (a"
        " digit mistyped or swapped, the decimal point moved, a wrong base) explains so large a gap: the text"
        " may count something else here. Not flagged; check it by hand.",
        f"Cách hiểu gần nhất tìm được cho {value_vi}, khác xa số ghi {printed}, và không lỗi đơn giản nào (gõ"
        " nhầm hay đảo chữ số, đặt sai dấu thập phân, lấy nhầm tổng số) giải thích được khoảng cách lớn như"
        " vậy: có thể văn bản nói về một số khác. Không đánh dấu sai; cần đối chiếu bằng tay.",
    )
    return dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, correct=None, slip=None, message=note)


def _fit(printed: Figure, reading: NumberReading, recomputation: Recomputation) -> Verdict:
    """How one reading of the printed figure fits one recomputation."""
    z = reading.value
    unit = printed.unit(reading)
    low, high = recomputation.low, recomputation.high
    qualifier = printed.qualifier
    if qualifier is None:
        if low < z + unit / 2 and high >= z - unit / 2:
            return Verdict.CONSISTENT
        if z <= recomputation.value < z + unit:
            return Verdict.CONSISTENT_BY_TRUNCATION
        if printed.kind == FigureKind.PERCENT and _rounded_twice(z, unit, low, high):
            return Verdict.AMBIGUOUS
        return Verdict.INCONSISTENT
    if qualifier in (Qualifier.ABOVE, Qualifier.AT_LEAST) and z > 0 and low > z * FAR_ABOVE:
        return Verdict.AMBIGUOUS  # true as a bound, but no one says "trên 4,8%" of 53,66%
    if (
        qualifier in (Qualifier.ABOVE, Qualifier.AT_LEAST)
        and printed.kind != FigureKind.PERCENT
        and z > 0
        and low >= z + next_round_step(printed, reading)
    ):
        # "trên 5.710 tỉ" of 6.586 tỉ: true as a bound, but a count or an amount said with a bound reaches
        # the next round figure of its own precision ("trên 5.710" up to 5.720, "hơn 1.200" up to 1.300)
        return Verdict.AMBIGUOUS
    if qualifier == Qualifier.ABOVE:
        if low == high == z and printed.kind != FigureKind.PERCENT:
            # "khám được trên 49.529 lượt bệnh nhân (… 20.613 lượt; … 28.916 lượt)" (n1511): the bound is the
            # very count its parts make, "trên" said loosely — not past it, but no slip of the figures either
            # (a rate is another matter: "trên 50%" of exactly 50% is a threshold missed)
            return Verdict.AMBIGUOUS
        return _bound(high > z, high >= z - unit / 2)
    if qualifier == Qualifier.BELOW:
        return _bound(low < z, low < z + unit / 2)
    if qualifier == Qualifier.AT_LEAST:
        return _bound(high >= z, high >= z - unit / 2)
    if qualifier == Qualifier.AT_MOST:
        return _bound(low <= z, low < z + unit / 2)
    if qualifier == Qualifier.NEARLY:  # "gần 96%": a little under 96%
        floor = z * Decimal("0.95")
        if printed.kind != FigureKind.PERCENT:
            # "gần 2 vạn" of 18.118, "gần 6.000" of 5.777: a round figure, within half its own step
            floor = min(floor, z - next_round_step(printed, reading) / 2)
        if low < z + unit / 2 and high >= floor:
            return Verdict.CONSISTENT
        return _bound(False, high >= z and low <= z * Decimal("1.05"))  # a little above
    # Qualifier.ABOUT, "khoảng 1.200": within 5% — an amount printed with decimals, "khoảng 84,4 kg", within
    # one step of its last digit (see Figure.bounds); not a rate: "chiếm khoảng 17,7%" may be of a whole not
    # printed
    precise = reading.decimals and printed.kind != FigureKind.PERCENT
    spread = (unit if precise else abs(z) * Decimal("0.05")) + unit / 2
    return _bound(low <= z + spread and high >= z - spread, False)


def _rounded_twice(z: Decimal, unit: Decimal, low: Decimal, high: Decimal) -> bool:
    """Whether a rate rounded first to one decimal more, then to the printed one, gives ``z``:
    761/4.958 = 15,349…% → 15,35% → 15,4%. A slip of method, not of arithmetic: said, never flagged."""
    return low < z - unit / 2 and high >= z - unit / 2 - unit / 20


def next_round_step(printed: Figure, reading: NumberReading) -> Decimal:
    """How far past a count or an amount "trên" / "hơn" reaches: one step of its own last non-zero
    digit ("5.710" 10, "1.200" 100, "1.000" 1.000, "4,8 tỷ" 0,1 tỷ)."""
    unit = printed.unit(reading)
    if reading.decimals:
        return unit
    digits = str(int(reading.value / printed.scale))
    zeros = len(digits) - len(digits.rstrip("0"))
    return Decimal(printed.scale * 10 ** min(zeros, len(digits) - 1))


def _bound(holds: bool, only_the_word_is_wrong: bool) -> Verdict:
    if holds:
        return Verdict.CONSISTENT
    return Verdict.WORDING_CONTRADICTION if only_the_word_is_wrong else Verdict.INCONSISTENT


def _rounded_to(value: Decimal, decimals: int) -> Decimal:
    return round_decimal(value, decimals)


def _correct_value(printed: Figure, reading: NumberReading, value: Decimal) -> Decimal:
    return round_decimal(value / printed.scale, reading.decimals) * printed.scale


def _padded_readings(printed: Figure) -> tuple[NumberReading, ...]:
    """The printed figure read to one decimal fewer when its last decimal is a 0 that pads it ("17,30%"
    written for 17,3%, as tables and reports padded to two decimals do)."""
    digits = printed.text.rstrip(" %").rsplit(" ", 1)[0]
    return tuple(
        NumberReading(reading.value, reading.decimals - 1, reading.notation)
        for reading in printed.readings[:1]
        if reading.decimals >= 2 and digits.endswith("0") and printed.qualifier is None
    )


def _reading_note(
    recomputation: Recomputation, primary: Recomputation, reading: NumberReading, printed: Figure
) -> Bilingual:
    note = recomputation.formula + Bilingual(".", ".")
    note = Bilingual(note.en.replace(" .", "."), note.vi.replace(" .", "."))
    if recomputation is not primary:
        note += Bilingual(
            f"(Reading: {recomputation.reading.en}.)", f"(Cách hiểu: {recomputation.reading.vi}.)"
        )
    if reading in _padded_readings(printed):
        shown = show(reading.value / printed.scale, "en", reading.decimals)
        shown_vi = show(reading.value / printed.scale, "vi", reading.decimals)
        note += Bilingual(
            f"({printed.text} read as {shown}, its last 0 padding.)",
            f"({printed.text} đọc là {shown_vi}, chữ số 0 cuối chỉ để đủ hai chữ số thập phân.)",
        )
    elif reading is not printed.readings[0]:
        note += Bilingual(
            f"({printed.text} read in English notation.)", f"({printed.text} đọc theo cách viết tiếng Anh.)"
        )
    return note


def _consistent_note(printed: Figure, reading: NumberReading, recomputation: Recomputation) -> Bilingual:
    if printed.qualifier is not None:
        return Bilingual(
            f"This agrees with “{printed.text}” as a bound or approximation: consistent.",
            f"Phù hợp với cách nói “{printed.text}” (giới hạn hoặc xấp xỉ): khớp.",
        )
    correct = _correct_value(printed, reading, recomputation.value)
    rounded = show_like(correct, printed, "en", reading)
    rounded_vi = show_like(correct, printed, "vi", reading)
    if (
        correct != reading.value
    ):  # the inputs are rounded themselves: the printed figure is within their range
        low = show_like(recomputation.low, printed, "en", reading)
        high = show_like(recomputation.high, printed, "en", reading)
        low_vi = show_like(recomputation.low, printed, "vi", reading)
        high_vi = show_like(recomputation.high, printed, "vi", reading)
        return Bilingual(
            f"The figures it is computed from are rounded themselves: it may be anything from {low} to"
            f" {high}, and {printed.text} is among those: consistent.",
            f"Các số dùng để tính đã được làm tròn: kết quả có thể từ {low_vi} đến {high_vi},"
            f" và {printed.text} nằm trong khoảng đó: khớp.",
        )
    if recomputation.value == reading.value:  # exact: nothing was rounded
        return Bilingual(
            f"That is {rounded}, as printed: consistent.", f"Đúng bằng {rounded_vi} như văn bản: khớp."
        )
    return Bilingual(
        f"Rounded half-up this is {rounded}, as printed: consistent.",
        f"Làm tròn được {rounded_vi}, đúng như văn bản: khớp.",
    )


def _truncation_note(printed: Figure, reading: NumberReading, recomputation: Recomputation) -> Bilingual:
    correct = _correct_value(printed, reading, recomputation.value)
    return Bilingual(
        f"Half-up rounding gives {show_like(correct, printed, 'en', reading)}; the text prints "
        f"{printed.text}, the value cut after {reading.decimals} decimal(s): consistent by truncation.",
        f"Làm tròn (từ 5 trở lên) được {show_like(correct, printed, 'vi', reading)}; văn bản ghi "
        f"{printed.text}, tức là cắt bỏ các chữ số sau: khớp theo cách làm tròn xuống.",
    )


def _qualifier_note(printed: Figure, recomputation: Recomputation) -> Bilingual:
    words = {
        Qualifier.ABOVE: ("above", "trên/hơn"),
        Qualifier.BELOW: ("below", "dưới"),
        Qualifier.AT_LEAST: ("at least", "từ … trở lên"),
        Qualifier.AT_MOST: ("at most", "không quá"),
        Qualifier.NEARLY: ("nearly", "gần"),
        Qualifier.ABOUT: ("about", "khoảng"),
    }
    en, vi = words[printed.qualifier] if printed.qualifier else ("", "")
    value_en = show(recomputation.value, "en", percent=printed.kind == FigureKind.PERCENT)
    value_vi = show(recomputation.value, "vi", percent=printed.kind == FigureKind.PERCENT)
    return Bilingual(
        f"The text says “{en} {printed.text}” but the value is {value_en}: the word contradicts the number.",
        f"Văn bản nói “{vi} {printed.text}” nhưng giá trị là {value_vi}: lời văn mâu thuẫn với số liệu.",
    )


def diagnose(
    printed: Figure, reading: NumberReading, correct: Decimal, alternatives: Sequence[Alternative] = ()
) -> tuple[Slip, Bilingual]:
    """The likeliest slip that turns ``correct`` into the printed figure."""
    z, unit = reading.value, printed.unit(reading)

    def rounds_to_printed(value: Decimal) -> bool:
        return z - unit / 2 <= value < z + unit

    for alternative in alternatives:
        if rounds_to_printed(alternative.value):
            return alternative.slip, alternative.detail
    printed_digits = _digits(z / printed.scale, reading.decimals)
    for rounding in (Rounding.HALF_UP, Rounding.TRUNCATE):
        correct_digits = _digits(
            round_decimal(correct / printed.scale, reading.decimals, rounding), reading.decimals
        )
        if _transposed(printed_digits, correct_digits):
            return Slip.TRANSPOSED_DIGITS, Bilingual("", "")
    for shift in (1, -1, 2, -2):
        if correct != 0 and rounds_to_printed(correct.scaleb(shift)):
            return Slip.DECIMAL_SHIFT, Bilingual("", "")
    if not printed.countable and abs(z - correct) <= unit * Decimal("1.5"):  # a count is not rounded
        return Slip.ROUNDING, Bilingual("", "")
    correct_digits = _digits(round_decimal(correct / printed.scale, reading.decimals), reading.decimals)
    if (
        len(printed_digits) == len(correct_digits)
        and sum(a != b for a, b in zip(printed_digits, correct_digits, strict=True)) == 1
    ):
        return Slip.MISTYPED_DIGIT, Bilingual("", "")
    if _one_digit_dropped(printed_digits, correct_digits):
        # "ngoài Đảng 8 người (đạt tỷ lệ 1,4%)" of 70 people: 11,4% with a digit dropped (n1223)
        return Slip.MISTYPED_DIGIT, Bilingual("(a digit left out)", "(sót một chữ số)")
    return Slip.UNKNOWN, Bilingual("", "")


def _one_digit_dropped(printed: str, correct: str) -> bool:
    """Whether ``printed`` is ``correct`` with one of its digits left out — of three digits or more, where a
    chance match is rare: "14" of "114"."""
    correct = correct.lstrip("0")
    printed = printed.lstrip("0")
    if len(correct) < 3 or len(printed) != len(correct) - 1:
        return False
    return any(correct[:i] + correct[i + 1 :] == printed for i in range(len(correct)))


def _digits(value: Decimal, decimals: int) -> str:
    return f"{abs(round_decimal(value, decimals)):.{decimals}f}".replace(".", "")


def _transposed(first: str, second: str) -> bool:
    if len(first) != len(second) or first == second:
        return False
    differences = [i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
    return (
        len(differences) == 2
        and differences[1] == differences[0] + 1
        and first[differences[0]] == second[differences[1]]
        and first[differences[1]] == second[differences[0]]
    )


# ---------------------------------------------------------------------------------------------
# Recomputations the rules share.


def triple(
    figure: Figure, reading: NumberReading | None = None, exact: bool = False
) -> tuple[Decimal, Decimal, Decimal]:
    """(value, low, high) of a printed input; ``exact`` for a set value such as a target rate."""
    reading = reading or figure.readings[0]
    if exact:
        return reading.value, reading.value, reading.value
    low, high = figure.bounds(reading)
    return reading.value, low, high
