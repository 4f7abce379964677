"""The claim templates the checker recognises: one rule per template, in a plain list.

Each rule reads a sentence's *skeleton* (see ``tokens``): the sentence in lower case with
every figure replaced by a placeholder, so that a pattern such as

    {part:N}/{total:N} … chiếm {share:P}

reads like the sentences it matches. In a pattern, ``{name:N}`` is a count or an amount,
``{name:P}`` a percentage, ``{name:PT}`` percentage points, ``{name:NP}`` either of the first
two; a bound word in front of the figure (hơn, trên, gần, khoảng …) is allowed everywhere and
read by the tokenizer. ``{PLAN}``, ``{PREVIOUS}`` and ``{SHARE_LINK}`` are the word lists below.
Gaps between words are bounded (``{0,80}``) so that no pattern can backtrack for long.

Rules are tried in the order of ``RULES``; a printed figure is judged by the first rule that
claims it, so the more specific templates come first.
"""

from __future__ import annotations

import bisect
import collections
import dataclasses
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import partial
from typing import NamedTuple

from chitieu.checker.judge import (
    HUNDRED,
    Alternative,
    assess,
    message,
    next_round_step,
    scaled_message,
    show,
    show_like,
    show_scaled,
    slip_words,
    triple,
)
from chitieu.checker.model import (
    Claim,
    ClaimNumber,
    Evidence,
    FigureKind,
    Qualifier,
    Recomputation,
    Role,
    Slip,
    Verdict,
)
from chitieu.checker.tokens import (
    MEASURE_UNITS,
    PLACEHOLDER,
    Figure,
    NumberReading,
    Sentence,
    read_sentence,
    trailing_zeros,
)
from chitieu.checker.tokens import first_word as _first_word
from chitieu.core.numbers import Notation
from chitieu.core.text import Bilingual

Rule = Callable[[Sentence], Iterator[Claim]]

# ---------------------------------------------------------------------------------------------
# The pattern language.

_SLOTS = {
    "N": r"#\d+#",
    "P": r"#\d+%#",
    "PT": r"#\d+pt#",
    "NP": r"#\d+%?#",
    "ANY": r"#\d+(?:%|pt)?#",
}
_BOUND_WORD = (
    r"(?:(?:không thấp hơn|không dưới|không quá|không vượt quá|chưa đến|chưa tới|gần như|xấp xỉ"
    r"|khoảng|chừng|ít nhất|tối thiểu|tối đa|hơn|trên|gần|dưới|từ) )?"
)
_LINK_WORD = (  # "ước đạt": an estimate's share is linked the same way
    r"(?:(?:ước (?:thực hiện )?)?(?:đạt|chiếm|bằng|tương ứng|tương đương|là|=)(?: với)?"
    r"(?: tỷ lệ| tỉ lệ)?(?: là)?"
    r"|(?:tỷ lệ|tỉ lệ)(?: là| đạt)?)(?: chỉ)?"  # "chiếm tỷ lệ chỉ 1,8%" (n1587): only, no bound
)
_MACROS = {
    # kế hoạch, chỉ tiêu (giao), dự toán, mục tiêu, KH
    "PLAN": r"(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|kh(?!\w))",
    # cùng kỳ (năm trước / năm 2021), năm trước, kỳ trước
    "PREVIOUS": (  # (the period's total to date: "so với lũy kế cùng kỳ năm trước", n951)
        r"(?:(?:lũy kế |luỹ kế )?cùng kỳ(?: năm (?:trước|ngoái|\d{4})| \d{4}(?!\d))?"
        # (the same holiday the year before: "so với kỳ 4 ngày nghỉ Lễ năm 2024", n996)
        r"|(?:kỳ |dịp |đợt )?#\d+# ngày nghỉ(?: [^\W\d_]+){0,4}? năm \d{4}"
        r"|cùng (?:ngày|dịp|đợt)(?: [^\W\d_]+){0,4}? (?:năm )?\d{4}"  # "cùng ngày Tết Nhâm Dần 2022" (n54)
        r"|năm trước|năm ngoái|kỳ trước|tháng trước|đầu năm"
        r"|ngày trước(?: đó)?|(?:ngày )?hôm qua|tuần trước"  # a daily bulletin's day before (n2501)
        # … or the time a rule allows: "24 ngày … (giảm 6 ngày so với quy định là 30 ngày)" (n1421)
        r"|(?:thời gian |thời hạn )?quy định"
        r"|năm học trước|năm học \d{4} ?[-–] ?\d{4}|nhiệm kỳ trước|vụ trước"
        r"|cuối năm (?:trước|\d{4})|cùng thời điểm (?:năm trước|năm ngoái|năm \d{4})"
        r"|quý trước|năm \d{4}|tháng \d{1,2}/\d{4}|quý [ivx]+/\d{4}"
        # what a year did, or was estimated to: "so với ước thực hiện của năm 2011" (n506)
        r"|(?:ước )?(?:thực hiện|kết quả)(?: của)? năm (?:trước|\d{4})"
        # a season or the whole of a year: "so với vụ mùa năm 2018", "so với cả năm 2018", "so với vụ lúa thu
        # đông năm 2016" (n2001)
        r"|(?:cả |vụ (?:lúa )?(?:mùa|đông xuân|hè thu|thu đông|chiêm xuân|chiêm|xuân|đông) )(?:năm )?\d{4})"
    ),
    # what joins counts to their share: ", chiếm", " (đạt", ", đạt tỷ lệ", " ("
    "SHARE_LINK": rf"(?:(?:, ?| ?\( ?|: ?)(?:{_LINK_WORD} )?| {_LINK_WORD} )",
    # a few words, no figure and no clause break; an abbreviation in brackets is a word: "đạt chuẩn
    # quốc gia (CQG), chiếm tỷ lệ hơn 73%"
    # or a bracket that breaks the count down: "Hoàn thành tốt nhiệm vụ 35 (có 07 đảng bộ và 28 chi bộ),
    # chiếm tỷ lệ 68,62%"
    # (a comma only in a pair said as one noun: the courts' "vụ, việc", cases and matters; "tố giác, tin báo",
    # "khiếu nại, tố cáo", "kiến nghị, phản ánh")
    "WORDS": (
        r"(?:(?:[^#,;()]|(?<=vụ),(?= việc)|(?<=tố giác),(?= tin báo)|(?<=tin báo),(?= tố giác)"
        r"|(?<=khiếu nại),(?= tố cáo)|(?<=kiến nghị),(?= phản ánh)|(?<=mức độ \d),(?= mức độ)"
        r"|\([^#(),;]{1,15}\)"
        r"|\((?:có |gồm )?#\d+#[^#();,]{0,30}?(?:(?:,| và) #\d+#[^#();,]{0,30}?){1,4}\)){0,80}?)"
    ),
}
_SLOT = re.compile(r"\{(\w+):(N|P|PT|NP|ANY)\}")


def pattern(template: str) -> re.Pattern[str]:
    """Compile a rule pattern written with figure slots and word-list macros."""
    # "so cùng kỳ", "so năm 2022": "với" is often left out before the period compared, or "so" ("tăng 7% với
    # năm 2021 (4,85 triệu tấn)", n1066)
    template = template.replace("so với {PREVIOUS}", "(?:so(?: với)?|(?<=%# )với) {PREVIOUS}")
    expanded = _SLOT.sub(lambda m: f"{_BOUND_WORD}(?P<{m[1]}>{_SLOTS[m[2]]})", template)
    for name, regex in _MACROS.items():
        expanded = expanded.replace("{" + name + "}", regex)
    return re.compile(expanded)


# ---------------------------------------------------------------------------------------------
# Helpers shared by the rules.


def _figure(sentence: Sentence, match: re.Match[str], group: str) -> Figure:
    return sentence.figure(match.group(group))


def _number(role: Role, figure: Figure) -> ClaimNumber:
    return ClaimNumber(
        role=role,
        text=figure.text,
        start=figure.start,
        end=figure.end,
        value=figure.value,
        decimals=figure.decimals,
        kind=figure.kind,
        noun=figure.noun,
        qualifier=figure.qualifier,
    )


def judged_claim(
    sentence: Sentence,
    span: tuple[int, int],
    template: str,
    numbers: Sequence[tuple[Role, Figure]],
    recomputations: Sequence[Recomputation],
    alternatives: Sequence[Alternative] | Callable[[], Sequence[Alternative]] = (),
    contradiction: Bilingual | None = None,
    default_slip: Slip | None = None,
) -> Claim:
    """Judge the last of ``numbers`` (the printed figure) against ``recomputations``."""
    printed = numbers[-1][1]
    assessment = assess(printed, recomputations, alternatives, contradiction)
    slip = assessment.slip
    if slip == Slip.UNKNOWN and default_slip is not None:
        slip = default_slip
    start, end = _cover(sentence, span, [figure for _, figure in numbers])
    return Claim(
        template=template,
        sentence=sentence.text,
        sentence_start=sentence.start,
        start=start,
        end=end,
        numbers=tuple(_number(role, figure) for role, figure in numbers),
        noun=_noun(numbers),
        verdict=assessment.verdict,
        recomputation=assessment.recomputation,
        correct=assessment.correct,
        slip=slip,
        message=assessment.note,
        evidence=_evidence(sentence, numbers, recomputations, assessment.recomputation),
    )


def _evidence(
    sentence: Sentence,
    numbers: Sequence[tuple[Role, Figure]],
    recomputations: Sequence[Recomputation],
    used: Recomputation,
) -> Evidence:
    """What a verdict rests on (see :class:`Evidence`)."""
    printed = numbers[-1][1]
    low, high = printed.bounds(printed.readings[0])
    # how many units of the printed figure's last digit it is off by: "92,73%" against 92,369… is 36
    off = max(used.low - high, low - used.high, Decimal(0))
    distance = off / printed.unit(printed.readings[0])
    return Evidence(
        together=all(_of_sentence(sentence, figure) for _, figure in numbers),
        natural=used is recomputations[0],
        exact=low <= used.value <= high,
        bound=printed.qualifier is not None,
        distance=distance,
    )


def _unchecked(
    sentence: Sentence,
    span: tuple[int, int],
    template: str,
    numbers: Sequence[tuple[Role, Figure]],
    verdict: Verdict,
    note: Bilingual,
) -> Claim:
    """A claim recognised but not recomputed (ambiguous, not checkable, or a wording problem)."""
    start, end = _cover(sentence, span, [figure for _, figure in numbers])
    return Claim(
        template=template,
        sentence=sentence.text,
        sentence_start=sentence.start,
        start=start,
        end=end,
        numbers=tuple(_number(role, figure) for role, figure in numbers),
        noun=_noun(numbers),
        verdict=verdict,
        recomputation=None,
        correct=None,
        slip=None,
        message=note,
    )


def _cover(sentence: Sentence, span: tuple[int, int], figures: Sequence[Figure]) -> tuple[int, int]:
    start, end = sentence.span(*span)
    return min([start, *(f.start for f in figures)]), max([end, *(f.end for f in figures)])


def _noun(numbers: Sequence[tuple[Role, Figure]]) -> str:
    for role in (Role.TOTAL, Role.PART, Role.ACTUAL, Role.PLAN, Role.CURRENT, Role.PREVIOUS):
        for number_role, figure in numbers:
            if number_role == role and figure.noun and figure.kind != FigureKind.PERCENT:
                return figure.noun
    return ""


def _year_of(sentence: Sentence, figure: Figure, years: Mapping[int, str] | None) -> str:
    """The year ``figure`` is said of (see :attr:`Sentence.years_said`), in this sentence or one before."""
    if _of_sentence(sentence, figure):
        return sentence.years_said.get(figure.start, "")
    return (years or {}).get(figure.start, "")


def _of_another_year(year: str, other: str) -> bool:
    return bool(year and other) and year != other


def _clause_start(skeleton: str, position: int) -> int:
    """Where the clause around ``position`` begins (after the last ';' or ':')."""
    return max(skeleton.rfind(";", 0, position), skeleton.rfind(":", 0, position)) + 1


def _phrase_start(skeleton: str, position: int) -> int:
    """Where the comma-phrase around ``position`` begins."""
    return max(skeleton.rfind(c, 0, position) for c in ",;:(") + 1


def _of_sentence(sentence: Sentence, figure: Figure) -> bool:
    """Whether ``figure`` is one of the sentence's own (by its place: comparing every field of two
    figures costs more than the rest of the reading of a long text)."""
    figures = sentence.figures
    return figure.index < len(figures) and figures[figure.index].start == figure.start


def _in_fraction(sentence: Sentence, figure: Figure) -> bool:
    """Whether ``figure`` is the part or the total of a fraction ("22/23 chỉ tiêu"); a pair of counts
    of two things ("4.975 vụ/6.755 bị can") is not a fraction."""
    partner = _slash_partner(sentence, figure)
    return partner is not None and not _is_pair(*partner)


def _all_of(sentence: Sentence, figure: Figure) -> bool:
    """Whether ``figure`` is a count said as all of itself ("có 51/51 tổ chức đánh giá, xếp loại"):
    a whole its parts may be shares of."""
    partner = _slash_partner(sentence, figure)
    return partner is not None and partner[0].value == partner[1].value


def _out_of_a_figure_before(sentence: Sentence, figure: Figure, first: Figure) -> bool:
    """Whether ``figure`` is the numerator of a fraction whose denominator is a figure said before ``first``
    ("102 xã …, trong đó … ; có 92/102 xã": of the total, not one more part; "11/12 cuộc" is a part)."""
    partner = _slash_partner(sentence, figure)
    if partner is None or partner[0] is not figure or _is_pair(*partner):
        return False
    return any(before.value == partner[1].value for before in sentence.figures[: first.index])


def _slash_partner(sentence: Sentence, figure: Figure) -> tuple[Figure, Figure] | None:
    """(numerator, denominator) of the "A/B" ``figure`` belongs to, if it does (read once per figure)."""
    if not _of_sentence(sentence, figure):
        return None
    found: dict[int, tuple[Figure, Figure] | None] = sentence.__dict__.setdefault("_slash_partners", {})
    if figure.index not in found:
        found[figure.index] = _read_slash_partner(sentence, figure)
    return found[figure.index]


def _read_slash_partner(sentence: Sentence, figure: Figure) -> tuple[Figure, Figure] | None:
    """See :func:`_slash_partner`."""
    figures = sentence.figures
    index = figure.index
    skeleton = sentence.skeleton
    start = sentence.at(figure)
    if _SLASH_AFTER.match(skeleton, start + len(figure.placeholder)) and index + 1 < len(figures):
        return figure, figures[index + 1]
    # searched in the few characters before it: a long sentence is not copied for each figure
    if _SLASH_BEFORE.search(skeleton, max(0, start - 80), start) and index > 0:
        return figures[index - 1], figure
    return None


_SLASH_AFTER = re.compile(r"(?: [^\W\d_]+){0,2} ?/ ?#")
_SLASH_BEFORE = re.compile(r"# ?(?:[^\W\d_]+ ){0,2}?/ ?$")


_CHANGE_WORD_BEFORE = re.compile(
    r"(?:giảm|tăng|nhiều hơn|ít hơn|cao hơn|thấp hơn)(?: thêm| lần lượt(?: là)?)?"
    r"(?: trên| hơn| gần| khoảng)? $"
)
# "tăng lần lượt 126 vụ (23,07%) và 189 đối tượng (20,9%)": each item of the list a change
_CHANGES_IN_TURN = re.compile(r"(?:giảm|tăng) lần lượt(?: là)? [^;.]*?(?:,| và) $")


def _is_change(sentence: Sentence, figure: Figure) -> bool:
    """ "thụ lý giảm 66 vụ": a change from an earlier period, not a count of this one."""
    at = sentence.at(figure)
    skeleton = sentence.skeleton
    return bool(
        _CHANGE_WORD_BEFORE.search(skeleton, max(0, at - 24), at)
        or ("lần lượt" in skeleton and _CHANGES_IN_TURN.search(skeleton, max(0, at - 80), at))
        or (
            _RATE_OF_A_CHANGE_BEFORE.search(skeleton, max(0, at - 30), at)
            and _ALONE_IN_ITS_BRACKET.match(skeleton, at + len(figure.placeholder))
        )
    )


# "số người có HIV … giảm 5,2% (54 trường hợp), …": the difference alone in brackets after its change's rate
_RATE_OF_A_CHANGE_BEFORE = re.compile(
    r"(?:giảm|tăng)(?: thêm)? #\d+%# ?\( ?(?:tương ứng |tương đương |với )?$"
)
_ALONE_IN_ITS_BRACKET = re.compile(r"(?: [^\W\d_]+){0,3} ?\)")


# cases and the accused side by side: "29 vụ với 75 bị cáo", "1.185 vụ/1.670 bị can"
_PAIR_SAID = re.compile(r"#\d+# (?:vụ án|vụ việc|vụ|việc)(?: ?/ ?| với |, | - )")


def _reached_by_another(sentence: Sentence, share: Figure, part: Figure) -> bool:
    """Whether the value said right before a share in its clause is another measure than the fraction after
    the share: "thu … đạt 3.421 tỷ đồng, đạt 103,59% kế hoạch năm (13/13 đơn vị đều hoàn thành kế hoạch)" —
    the amount reached the plan, the units that each did are counted apart."""
    at = sentence.at(share)
    if not _PLAN_RIGHT_AFTER.match(sentence.skeleton, at + len(share.placeholder)):
        return (
            False  # only a rate of a plan: "giảm 5,83% (3.389/3.599 vụ)" after "qua 5 năm" is of its fraction
        )
    before = [
        figure
        for figure in sentence.figures_in(_clause_start(sentence.skeleton, at), at)
        if figure.kind != FigureKind.PERCENT
    ]
    return bool(before) and not _of_one_thing(before[-1], part)


def _is_pair(first: Figure, second: Figure) -> bool:
    """ "4.975 vụ/6.755 bị can": two counts of different things side by side, not a part of a whole."""
    return bool(first.noun and second.noun) and first.noun.split(" ", 1)[0] != second.noun.split(" ", 1)[0]


_RATE_SUBJECT = re.compile(r"tỷ lệ|tỉ lệ|mức|chỉ số")


def _values_before(
    sentence: Sentence,
    position: int,
    *,
    exclude: Sequence[Figure] = (),
    phrases: int = 3,
    rates: bool = True,
    periods: bool = False,
) -> list[Figure]:
    """The figures a claim at ``position`` may be about: counts, amounts or rates before it,
    nearest first.

    Looks back through at most ``phrases`` comma-phrases of the same clause. A percentage
    counts only as a rate ("tỷ lệ … đạt 92,5%"), not as another claim's share. A span of time is a value
    only with ``periods``: the time something takes, compared ("thời gian thực hiện 24 ngày …, giảm 6
    ngày").
    """
    skeleton = sentence.skeleton
    clause_start = _clause_start(skeleton, position)
    asides = "(" in skeleton and bool(_OPENS_A_BREAKDOWN_IN_BRACKETS.search(skeleton, 0, position))
    if asides and _in_a_breakdown_closed_before(skeleton, clause_start, position):
        # "2.045 vụ việc (trong đó có: 1.392 …, 653 …), giảm 26 vụ việc": the colon inside parts no clause
        clause_start = _clause_start(skeleton, skeleton.rfind("(", 0, clause_start))
    found: list[Figure] = []
    end = position
    for _ in range(phrases):
        start = max(_phrase_start(skeleton, end), clause_start)
        opened = skeleton.rfind("(", clause_start, start) if asides else -1
        if opened >= 0 and _in_a_breakdown_closed_before(skeleton, start, position):
            start = max(_phrase_start(skeleton, opened), clause_start)  # its commas part no phrases of it
        for figure in reversed(sentence.figures_in(start, end)):
            if figure in exclude or _in_fraction(sentence, figure) or figure.kind == FigureKind.POINTS:
                continue
            if _is_a_period(figure) and not (
                periods and _TIME_TAKEN.search(skeleton, clause_start, position)
            ):
                continue  # "trong 9 tháng đầu năm … bằng 73% kế hoạch": when, not what was done
            if asides and _in_a_breakdown_closed_before(skeleton, sentence.at(figure), position):
                continue  # "2.045 vụ việc (trong đó có: 1.392 …, 653 vụ việc bảo vệ), giảm 26 vụ việc" (n798)
            if figure.kind != FigureKind.PERCENT or (
                rates
                and (
                    _RATE_SUBJECT.search(skeleton, clause_start, skeleton.find(figure.placeholder))
                    or _rate_of_a_fraction(sentence, figure)
                )
            ):
                found.append(figure)
        if start <= clause_start:
            break
        end = start - 1
    return found


_PERIODS = frozenset({"tháng", "năm", "quý", "tuần", "ngày"})
_TIME_TAKEN = re.compile(r"(?<!\w)(?:thời gian|thời hạn)(?!\w)")
_OPENS_A_BREAKDOWN_IN_BRACKETS = re.compile(r"\( ?(?:trong đó|trong số đó|bao gồm|gồm|cụ thể)(?!\w)")


def _in_a_breakdown_closed_before(skeleton: str, at: int, position: int) -> bool:
    """Whether the figure at ``at`` is a part listed in a bracket that opens with "trong đó" (or "gồm") and
    closes before ``position``: what is said after the bracket is of the total before it."""
    opened = skeleton.rfind("(", 0, at)
    if opened < 0 or ")" in skeleton[opened:at]:
        return False
    closed = skeleton.find(")", at)
    return 0 <= closed < position and bool(_OPENS_A_BREAKDOWN_IN_BRACKETS.match(skeleton, opened))


def _is_a_period(figure: Figure) -> bool:
    """Whether a small count counts a span of time: "9 tháng đầu năm", "bình quân 2 năm qua" (not "1.250
    ngày công", work done)."""
    words = figure.noun.split()
    return (
        figure.kind == FigureKind.COUNT
        and figure.value < 100
        and bool(words)
        and words[0] in _PERIODS
        and words[1:2] != ["công"]
    )


def _rate_of_a_fraction(sentence: Sentence, figure: Figure) -> bool:
    """Whether a percentage right after a fraction is its rate: "hòa giải thành 1.520/2.150 vụ việc, đạt
    70,7%"."""
    if figure.index == 0:
        return False
    before = sentence.figures[figure.index - 1]
    return _in_fraction(sentence, before) and bool(
        _RATE_AFTER_FRACTION.match(sentence.skeleton, sentence.at(before) + len(before.placeholder))
    )


_RATE_AFTER_FRACTION = re.compile(r"(?: [^\W\d_]+){0,3},? (?:đạt|bằng)(?: tỷ lệ| tỉ lệ)? #\d+%#")


def _value_before(
    sentence: Sentence,
    position: int,
    *,
    exclude: Sequence[Figure] = (),
    rates: bool = True,
    periods: bool = False,
) -> Figure | None:
    """The nearest of ``_values_before``: the figure a claim at ``position`` is about."""
    found = _values_before(sentence, position, exclude=exclude, rates=rates, periods=periods)
    return found[0] if found else None


def _alike(first: Figure, second: Figure) -> bool:
    """Whether two figures can be compared: both rates, or both counts/amounts — but not an amount of
    money and a count of things that says what it counts ("12.345 tỷ đồng" and "1.073 doanh nghiệp")."""
    if (first.kind == FigureKind.PERCENT) != (second.kind == FigureKind.PERCENT):
        return False
    kinds = {first.kind, second.kind}
    if kinds == {FigureKind.AMOUNT, FigureKind.COUNT}:
        count, amount = (first, second) if first.kind == FigureKind.COUNT else (second, first)
        # "32,5 giường" (an average, with decimals) and "32 giường" count the same thing
        # … and "1,02 triệu em" and "900.000 em": people counted in millions (n1558), not money nor a measure
        return not count.noun or (
            (amount.scale == 1 or not _unit_of(amount)) and _same_first_word(count.noun, amount.noun)
        )
    if kinds == {FigureKind.AMOUNT}:
        # "215ha rừng" and "158,9 tỷ đồng": each measured in its own unit, not comparable
        units = {_unit_of(first), _unit_of(second)}
        return len(units) == 1 or "" in units
    return True


_UNITS = MEASURE_UNITS | {"đồng"}
_SAME_UNIT = {"hécta": "ha", "hecta": "ha", "đô": "usd"}


def _unit_of(figure: Figure) -> str:
    """What an amount is measured in, when its noun opens with a unit ("ha rừng": ha); "" when not said."""
    first = _first_word(figure.noun).lower()
    return _SAME_UNIT.get(first, first) if first in _UNITS else ""


def _notations(*figures: Figure) -> list[tuple[NumberReading, ...]]:
    """Every combination of the figures' readings, all-Vietnamese first ("1,250 tỷ" may be
    English notation next to "1.200 tỷ" in Vietnamese)."""
    return list(itertools.product(*(figure.readings for figure in figures)))


_NOTATION_NOTES = {
    Notation.EN: Bilingual("(numbers read in English notation)", "(đọc số theo cách viết tiếng Anh)"),
    Notation.VI: Bilingual("(numbers read in Vietnamese notation)", "(đọc số theo cách viết tiếng Việt)"),
}


def _reading_label(
    figures: Sequence[Figure], readings: Sequence[NumberReading], label: Bilingual
) -> Bilingual:
    """``label``, and the notation a figure was read in when it is not the text's own (the reading given
    first: English in a text written in English notation throughout, see ``tokens.english_notation``)."""
    other = [r for f, r in zip(figures, readings, strict=True) if r is not f.readings[0]]
    return label + _NOTATION_NOTES[other[0].notation] if other else label


_SHARE_LABEL = Bilingual("share", "tỷ lệ")


def share_of(part: Figure, total: Figure, label: Bilingual = _SHARE_LABEL) -> list[Recomputation]:
    """part / total × 100, in every reading of the digits."""
    result = []
    for readings in _notations(part, total):
        part_reading, total_reading = readings
        p, t = triple(part, part_reading), triple(total, total_reading)
        if t[0] == 0:
            continue
        value = p[0] / t[0] * HUNDRED
        low = p[1] / t[2] * HUNDRED if t[2] > 0 else value
        high = p[2] / t[1] * HUNDRED if t[1] > 0 else value
        scale = part.scale if part.scale == total.scale else Decimal(1)
        formula = scaled_message("{} / {} × 100 = {}", "{} / {} × 100 = {}", scale, (p[0], t[0]), value)
        result.append(
            Recomputation(
                value,
                min(low, value),
                max(high, value),
                _percent_sign(formula),
                _reading_label((part, total), readings, label),
            )
        )
    return result


# what a court or an office sends elsewhere or sets aside, not counted in its rate: "chuyển án cho tòa án
# khác thụ lý theo thẩm quyền 3 vụ"
_SET_ASIDE = re.compile(r"(?<!\w)(?:chuyển(?: án| hồ sơ| đơn)? (?:cho|đến|sang)|tạm đình chỉ|trả lại)(?!\w)")


def _share_of_what_stays(
    sentence: Sentence, part: Figure, total: Figure, share: Figure
) -> list[Recomputation]:
    """part / (total − what the sentence says was sent elsewhere or set aside) × 100: "đã … giải quyết 622 vụ,
    việc trong tổng số 698 vụ, việc …, đạt tỷ lệ 89,5%; chuyển án cho tòa án khác … 3 vụ" (622 of 695)."""
    found = []
    for other in sentence.figures[share.index + 1 : share.index + 12]:  # in the clauses right after it
        if (
            other.kind == FigureKind.COUNT
            and 0 < other.value <= total.value - part.value
            and _counts_alike(other.noun, part.noun)
            and _SET_ASIDE.search(sentence.words_around[other.start][0])
        ):
            rest = total.value - other.value
            value = part.value / rest * HUNDRED
            formula = Bilingual(
                f"{part.text} / ({total.text} − {other.text}) × 100 = {show(value, 'en')}%",
                f"{part.text} / ({total.text} − {other.text}) × 100 = {show(value, 'vi')}%",
            )
            label = Bilingual(f"less the {other.text} sent elsewhere", f"trừ {other.text} chuyển đi")
            found.append(Recomputation(value, value, value, formula, label))
    return found


def _percent_sign(formula: Bilingual) -> Bilingual:
    return Bilingual(formula.en + "%", formula.vi + "%")


def _share_alternatives(sentence: Sentence, part: Figure, total: Figure, share: Figure) -> list[Alternative]:
    """Values that common slips produce for a share: another total, the rest, the inverse."""
    alternatives: list[Alternative] = []
    if total.value and part.value:
        value = part.value / total.value * HUNDRED
        alternatives.append(Alternative(Slip.COMPLEMENT, HUNDRED - value))
        alternatives.append(Alternative(Slip.INVERTED_RATIO, total.value / part.value * HUNDRED))
    # the figures near the claim: a slip takes a neighbour, and a long sentence is not read whole
    # for each of its claims
    indexes = [f.index for f in (part, total, share) if _of_sentence(sentence, f)] or [0]
    nearby = sentence.figures[max(0, min(indexes) - 10) : max(indexes) + 11]
    for other in nearby:
        if other is part or other is total or other is share:
            continue
        if other.kind in (FigureKind.PERCENT, FigureKind.POINTS):
            continue
        if other.value:
            alternatives.append(
                Alternative(
                    Slip.WRONG_TOTAL,
                    part.value / other.value * HUNDRED,
                    Bilingual(f"({part.text}/{other.text})", f"({part.text}/{other.text})"),
                )
            )
        if total.value:
            alternatives.append(
                Alternative(
                    Slip.WRONG_PART,
                    other.value / total.value * HUNDRED,
                    Bilingual(f"({other.text}/{total.text})", f"({other.text}/{total.text})"),
                )
            )
    return alternatives


def _figure_after(sentence: Sentence, position: int, regex: re.Pattern[str]) -> tuple[Figure, int] | None:
    match = regex.match(sentence.skeleton, position)
    if match is None:
        return None
    return sentence.figure(match.group("value") or match.groupdict()["value2"]), match.end()


# ---------------------------------------------------------------------------------------------
# 1. A fraction with its share.

# 22/23, 4.250 tỷ đồng/5.000 tỷ đồng, 4.322 vụ, việc/7.276 vụ
_FRACTION = (
    r"{part:N}(?: [^\W\d_]+|(?<=vụ), việc"
    r"| (?:19|20)\d\d ?[-–] ?(?:19|20)\d\d)"  # "31.828 vụ giai đoạn 2013-2022/28.050 vụ …" (n737)
    r"{0,5} ?/ ?(?:tổng số )?{total:N}"  # "368.994/tổng số 370.409"
)
_FRACTION_THEN_SHARE = pattern(_FRACTION + r"(?P<words>{WORDS}){SHARE_LINK}{share:P}")
# the noun phrase may hold commas when the share opens a phrase (or a bracket) of its own:
# "430/452 tin báo, tố giác tội phạm, đạt 95,13%", "85/92 vụ việc khiếu nại, tố cáo thuộc thẩm quyền
# (đạt tỷ lệ 92,4%)"
# … or the rate named again before its value: "thi hành xong 2714 việc/3114 việc có điều kiện thi hành, đạt tỷ
# lệ thi hành xong về việc là 87,15%"
_FRACTION_LONG_NOUN_THEN_SHARE = pattern(
    _FRACTION
    + r"(?P<words>[^#;()]{0,200}?)(?:, | ?\( ?)"
    + rf"(?:{_LINK_WORD}|(?:đạt )?(?:tỷ lệ|tỉ lệ) (?P<named>[^\W\d_]+ [^\W\d_]+)(?: [^\W\d_]+){{0,4}}? là)"
    + " {share:P}"
)
_TOTAL_THEN_PART = pattern(
    r"(?:trong|trên) tổng số {total:N}(?P<words>{WORDS}), (?:có |trong đó |gồm )?"
    r"{part:N}(?P<words2>{WORDS}){SHARE_LINK}{share:P}"
)
# "đạt 97% (12.240/12.631)", "đạt tỷ lệ 60%, tương đương 4.322 vụ, việc/7.276 vụ", "đạt tỷ lệ 88,6% với
# 97/110 học sinh đoạt giải" (n843)
_SHARE_THEN_FRACTION = pattern(
    r"{share:P}(?: [^\W\d_]+){0,4}?(?: ?\( ?|, (?:tương đương|tương ứng)(?: với)? |(?<=#) với )" + _FRACTION
)
# a change, what it is of and since when, then its two counts: "tăng 511,2% số cuộc so với cùng kỳ năm 2024
# (374 cuộc/2.286 cuộc)"
_CHANGE_THEN_ITS_TWO_COUNTS = pattern(
    r"{share:P}(?: [^\W\d_]+| \d{4}){5,10}? ?\( ?" + _FRACTION + r"(?: [^\W\d_]+){0,2} ?\)"
)
_PART_OUT_OF_TOTAL = pattern(
    # (not an age: "2 người có độ tuổi trên 60, chiếm 3,17%")
    # (nor a bound: "hơn 26.000 vụ được tòa thụ lý có trên 8.000 vụ án …, chiếm tỷ lệ 30%")
    r"{part:N}(?P<words>{WORDS}) "
    r"(?:trên tổng số|trong tổng số|/ ?tổng số|(?<!tuổi )(?<!tuổi đời )(?<!có )(?<!là )trên)"
    r" {total:N}"
    r"(?P<words2>{WORDS}){SHARE_LINK}{share:P}"
)
# … the total in brackets: "1.628.487 cử tri (trên tổng số 1.634.116 cử tri) đã tham gia bỏ phiếu, đạt tỷ lệ
# trung bình toàn tỉnh 99,66%"
_PART_OUT_OF_A_TOTAL_IN_BRACKETS = pattern(
    r"{part:N}(?P<words>{WORDS}) \( ?(?:trên|trong) tổng số {total:N}[^#()]{0,30}\)(?P<words2>{WORDS})"
    r"{SHARE_LINK}(?:(?:trung bình|chung)(?: toàn tỉnh| toàn huyện| toàn thành phố| toàn quốc| cả nước)? )?"
    r"{share:P}"
)
# the whole printed right after the share: "1.542 đảng viên (chiếm 53,32% so với tổng số 2.892 đảng viên …)"
_PART_THEN_SHARE_OF_TOTAL = pattern(
    # … "tổng khối lượng", "tổng kim ngạch": the whole named (n1101)
    r"{part:N}(?P<words>{WORDS}){SHARE_LINK}{share:P} (?:so với |trong |trên |của )?tổng"
    r"(?: số| khối lượng| kim ngạch| giá trị| doanh thu| sản lượng| diện tích| dư nợ| vốn)(?: là)? {total:N}"
)


_CHANGE_BEFORE = re.compile(
    r"(?:giảm|tăng|ít hơn|nhiều hơn|cao hơn|thấp hơn)(?: [^\W\d_]+){0,3}?(?: #\d+#[^#]{0,20})? ?=? ?$"
)


def _phrase_before(sentence: Sentence, figure: Figure) -> str:
    """The words of the comma-phrase before ``figure``."""
    skeleton = sentence.skeleton
    position = skeleton.find(figure.placeholder)
    return skeleton[_phrase_start(skeleton, position) : position]


_PLAN_RIGHT_AFTER = re.compile(r" (?:so với )?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?!\w)")


# a share after a bare comma, then what it is of: "13/14 tổ dân phố đạt tổ dân phố văn hóa, 100% cơ quan, đơn
# vị đạt danh hiệu …" — the next item of a list, the share of other things
_BARE_COMMA_BEFORE = re.compile(r", ?$")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_OF_WHAT_IT_SAID = frozenset(
    {"so", "kế", "chỉ", "dự", "tổng", "số", "trên", "trong", "của", "về", "đạt", "vượt", "và", "năm", "mục"}
)


def _opens_an_item_of_its_own(sentence: Sentence, share: Figure, noun: str) -> bool:
    """Whether a share after a bare comma names the things it is of, and they are not ``noun``'s."""
    skeleton = sentence.skeleton
    at = sentence.at(share)
    if not _BARE_COMMA_BEFORE.search(skeleton, max(0, at - 2), at):
        return False
    word = _WORD_AFTER.match(skeleton, at + len(share.placeholder))
    if word is None or word.group(1) in _OF_WHAT_IT_SAID:
        return False
    return not noun or word.group(1) != _first_word(noun)


# the people a rate is of, named right after it: "đạt tỉ lệ 100% cử tri đi bầu"
_PEOPLE_AFTER_A_SHARE = re.compile(
    r" (?:số )?(cử tri|người dân|hộ dân|hộ gia đình|học sinh|thí sinh|lao động|bệnh nhân|trẻ em"
    r"|đảng viên)(?!\w)"
)


# what each of the units counted has, its rate said after: "784/811 khu vực bỏ phiếu có số cử tri đi bầu đạt
# tỷ lệ 100%"
_MEASURE_OF_EACH = re.compile(r"(?<!\w)có (?:số|lượng) ([^\W\d_]+ [^\W\d_]+)(?: [^\W\d_]+){0,3}$")


def fraction_with_share(sentence: Sentence) -> Iterator[Claim]:
    """A count over a count, then its share: part / total × 100.

    Examples:
        "kết nạp được 71/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm"
        "có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,6%"  (truncated: 95,652…)
        "đạt 18/18 nội dung (đạt 100% kế hoạch năm)"
        "giải quyết 1.150 vụ trên tổng số 1.245 vụ, đạt 92,37%"
        "tỷ lệ giải quyết đạt 92,37% (1.150/1.245 vụ)"
        "Trong tổng số 1.540 hồ sơ, có 1.480 hồ sơ trực tuyến, chiếm 96,1%"
        "kết nạp được 1.542 đảng viên (chiếm 53,32% so với tổng số 2.892 đảng viên)"
        "1.628.487 cử tri (trên tổng số 1.634.116 cử tri) đã tham gia bỏ phiếu, đạt tỷ lệ 99,66%"
    """
    surfaces = (
        _FRACTION_THEN_SHARE,
        _FRACTION_LONG_NOUN_THEN_SHARE,
        _SHARE_THEN_FRACTION,
        _CHANGE_THEN_ITS_TWO_COUNTS,
        _PART_OUT_OF_TOTAL,
        _PART_OUT_OF_A_TOTAL_IN_BRACKETS,
        _PART_THEN_SHARE_OF_TOTAL,
        _TOTAL_THEN_PART,
    )
    for regex in surfaces:
        for match in regex.finditer(sentence.skeleton):
            words = (match.groupdict().get("words") or "") + (match.groupdict().get("words2") or "")
            if "tỷ lệ" in words or "tỉ lệ" in words:
                continue  # the share belongs to another subject
            named = match.groupdict().get("named")
            if named and named not in sentence.skeleton[: match.start()] + words:
                continue  # "21/21 chương trình, tỷ lệ giải ngân là 95,2%": the rate of something else
            part, total, share = (_figure(sentence, match, g) for g in ("part", "total", "share"))
            if _is_pair(part, total):
                continue  # "4.975 vụ/6.755 bị can, đạt 95,9%": the share is of something else
            if _opens_an_item_of_its_own(sentence, share, part.noun or total.noun):
                continue
            people = _PEOPLE_AFTER_A_SHARE.match(
                sentence.skeleton, sentence.at(share) + len(share.placeholder)
            )
            if people and (noun := part.noun or total.noun) and not _counts_alike(people.group(1), noun):
                continue  # "2/34 địa phương đạt tỉ lệ 100% cử tri đi bầu": the rate of the voters in each
            own = _MEASURE_OF_EACH.search(words)
            if own and (noun := part.noun or total.noun) and not _counts_alike(own.group(1), noun):
                # "784/811 khu vực bỏ phiếu có số cử tri đi bầu đạt tỷ lệ 100%" (raw31/tg21): each one's own
                continue
            if share.qualifier in (Qualifier.ABOVE, Qualifier.AT_LEAST) and _PLAN_RIGHT_AFTER.match(
                sentence.skeleton, sentence.at(share) + len(share.placeholder)
            ):
                continue  # "7/16 khoản thu ước đạt trên 50% dự toán giao": the mark each of them passed
            if (
                share.value == HUNDRED
                and total.value > 0
                and part.value / total.value < Decimal("0.99")  # (not 2.499/2.500, 100% rounded)
                and _PLAN_RIGHT_AFTER.match(sentence.skeleton, sentence.at(share) + len(share.placeholder))
            ):
                # "xét duyệt 1.000/1.750 thanh niên lên đường nhập ngũ năm 2017 đạt 100% chỉ tiêu"
                # (raw33/ti23): the quota reached, not 1.000 of 1.750
                continue
            if regex is _SHARE_THEN_FRACTION and _reached_by_another(sentence, share, part):
                continue  # "đạt 3.421 tỷ đồng, đạt 103,59% kế hoạch năm (13/13 đơn vị đều …)" (raw38)
            change = _CHANGE_BEFORE.search(_phrase_before(sentence, share))
            if regex is _CHANGE_THEN_ITS_TWO_COUNTS and change is None:
                continue  # far from its share, a bracket's fraction is read only as a change's two counts
            if regex in (_SHARE_THEN_FRACTION, _CHANGE_THEN_ITS_TWO_COUNTS) and change is not None:
                # "giảm 5,83% (3.389/3.599 vụ)", "tăng 511,2% … (374 cuộc/2.286 cuộc)": the change between
                # the two, the later the larger after a rise, the smaller after a fall, in either order
                rise = change.group().startswith(("tăng", "nhiều hơn", "cao hơn"))
                current, previous = sorted((part, total), key=lambda figure: figure.value, reverse=rise)
                yield judged_claim(
                    sentence,
                    match.span(),
                    "change_vs_previous",
                    [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.CHANGE, share)],
                    _change_readings(current, previous, share),
                )
                continue
            recomputations = share_of(part, total)
            if not recomputations:
                continue
            recomputations.extend(_share_of_what_stays(sentence, part, total, share))
            yield judged_claim(
                sentence,
                match.span(),
                "fraction_with_share",
                [(Role.PART, part), (Role.TOTAL, total), (Role.SHARE, share)],
                recomputations,
                partial(_share_alternatives, sentence, part, total, share),
            )


# "kiểm tra 45 tổ chức đảng và 152 đảng viên …, kết luận 38 tổ chức đảng và 125 đảng viên có vi phạm, chiếm
# 84,4% và 82,2%": two parts and their shares, in turn, of the two wholes said before them the same way
_TWO_PARTS_THEN_THEIR_SHARES = pattern(
    r"{first:N}(?P<first_noun>(?: [^\W\d_]+){1,3}?) và {second:N}(?P<noun>(?: [^\W\d_]+){1,3}?)"
    r"(?: [^\W\d_]+){0,6}?,? \(?(?:chiếm|đạt|bằng)(?: tỷ lệ| tỉ lệ)?(?: lần lượt là)? {share1:P}"
    r" và {share2:P}"
)
_TWO_WHOLES = re.compile(r"(?P<first>#\d+#)(?P<first_noun>(?: [^\W\d_]+){1,3}?) và (?P<second>#\d+#)")


def shares_of_two_in_turn(sentence: Sentence) -> Iterator[Claim]:
    """Two parts, then their two shares, each of the whole said before it with the same noun.

    Examples:
        "kiểm tra 45 tổ chức và 152 đảng viên, kết luận 38 tổ chức và 125 đảng viên, chiếm 84,4% và 82,2%"
    """
    skeleton = sentence.skeleton
    if " và #" not in skeleton:
        return
    for match in _TWO_PARTS_THEN_THEIR_SHARES.finditer(skeleton):
        parts = [_figure(sentence, match, "first"), _figure(sentence, match, "second")]
        shares = [_figure(sentence, match, "share1"), _figure(sentence, match, "share2")]
        wholes = None
        for before in reversed(list(_TWO_WHOLES.finditer(skeleton, 0, match.start()))):
            found = [sentence.figure(before.group("first")), sentence.figure(before.group("second"))]
            if all(
                whole.kind == part.kind
                and whole.value > part.value
                and _same_first_word(whole.noun, part.noun)
                for whole, part in zip(found, parts, strict=True)
            ):
                wholes = found
                break
        if wholes is None:
            continue
        for whole, part, share in zip(wholes, parts, shares, strict=True):
            at = sentence.at(part)
            span = (at, sentence.at(share) + len(share.placeholder))
            numbers = [(Role.TOTAL, whole), (Role.PART, part), (Role.SHARE, share)]
            yield judged_claim(sentence, span, "shares_of_two_in_turn", numbers, share_of(part, whole))


# "529 đạt tốt, 77 đạt khá, 78 đạt (tương đương 77,22% tốt, 11,24% khá, 11,39% đạt)", "… 77 người đạt khá và
# 78 người đạt, lần lượt chiếm 77,23%, 11,24% và 11,39%": counts in a list, then their shares in turn
_COUNTS_THEN_SHARES_IN_TURN = re.compile(
    r"(?P<parts>#\d+#(?:[^#;.()%]{0,40}?(?:, | và |; )#\d+#){1,7})[^#;.()%]{0,40}?"
    r"(?:,? ?\( ?|, ?| )(?:(?:chiếm|đạt|bằng)(?: tỷ lệ| tỉ lệ)? )?(?:lần lượt|tương ứng|tương đương)(?: với)?"
    r"(?: (?:là|chiếm|bằng|đạt))?(?: tỷ lệ| tỉ lệ)?(?: là)?:? "
    r"(?P<shares>#\d+%#(?:[^#;.()]{0,15}?(?:, | và |; | - )#\d+%#){1,7})"
)


def shares_in_turn(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """Counts listed, then their shares in turn ("lần lượt", "tương ứng", "tương đương"), all of one whole:
    the total said before the list (in the sentence or the two before) or the counts together.

    The whole is the one that gives the most of the shares; a share it does not give is a slip only when it
    gives every other of three or more and no other whole gives this one — else it says nothing.

    Examples:
        "có 685 người, trong đó 529 đạt tốt, 77 đạt khá, 78 đạt (tương đương 77,22% tốt, 11,24% khá, 11,39%
        đạt)"
    """
    skeleton = sentence.skeleton
    if "%#" not in skeleton or not any(word in skeleton for word in ("lần lượt", "tương ứng", "tương đương")):
        return
    for match in _COUNTS_THEN_SHARES_IN_TURN.finditer(skeleton):
        shares = [sentence.figure(p.group()) for p in PLACEHOLDER.finditer(match.group("shares"))]
        counts = [sentence.figure(p.group()) for p in PLACEHOLDER.finditer(match.group("parts"))]
        if len(counts) < len(shares) or any(share.start in judged or share.qualifier for share in shares):
            continue
        parts = counts[-len(shares) :]
        kinds = {part.kind for part in parts}
        if (
            len(kinds) != 1
            or kinds.pop() not in (FigureKind.COUNT, FigureKind.AMOUNT)
            or any(_is_change_figure(part) for part in parts)
            or sum(share.value for share in shares) > HUNDRED + Decimal("0.1") * len(shares)
        ):
            continue
        added = sum(part.value for part in parts)
        before = [*earlier[-8:], *sentence.figures[: parts[0].index]]
        wholes: list[list[Figure]] = [
            [whole]
            for whole in reversed(before)
            if whole.kind == parts[0].kind and whole.value >= added and not _is_change_figure(whole)
        ][:3]
        wholes.append(parts)  # the counts together
        judged_by: list[list[Claim]] = []
        for made_of in wholes:
            claims = []
            for part, share in zip(parts, shares, strict=True):
                span = (sentence.at(part), sentence.at(share) + len(share.placeholder))
                numbers = [
                    *((Role.TOTAL, figure) for figure in made_of),
                    (Role.PART, part),
                    (Role.SHARE, share),
                ]
                recomputation = (
                    share_of(part, made_of[0]) if len(made_of) == 1 else [share_of_a_sum(part, made_of)]
                )
                claim = judged_claim(sentence, span, "shares_in_turn", numbers, recomputation)
                claims.append(dataclasses.replace(claim, start=part.start, end=share.end))
            judged_by.append(claims)
        best = max(judged_by, key=lambda claims: sum(claim.verdict.fits for claim in claims))
        fitting = sum(claim.verdict.fits for claim in best)
        if not fitting:
            continue
        for index, claim in enumerate(best):
            if claim.verdict.fits or (
                len(best) >= 3
                and fitting == len(best) - 1
                and not any(claims[index].verdict.fits for claims in judged_by)
            ):
                yield claim


# ---------------------------------------------------------------------------------------------
# 2. Two counts in one sentence and the share of one in the other.

_WHOLE_VERBS = (
    r"(?:thụ lý(?: mới)?|tiếp nhận|nhận|tổng số|tổng cộng|phải giải quyết|cần giải quyết|phải thi hành"
    r"|phải thu|được giao|đăng ký|có)"
)
_PART_VERBS = (
    r"(?:giải quyết(?: xong)?|xét xử(?: xong)?|xử lý(?: xong)?|hoàn thành|trả kết quả|thi hành xong"
    r"|thu hồi được|thu được|giải ngân(?: được)?|kết thúc|hòa giải thành|hoà giải thành|cấp|đã thu|truy tố"
    r"|thực hiện(?: được)?)"
)
# The part may be the first of a pair ("giải quyết 1.206 vụ/2.085 bị cáo, đạt …"), or counted in the
# courts' "vụ, việc" (cases and matters), then the rate after a comma or a semicolon ("đã giải quyết
# 5.209 vụ, việc; đạt 83,74%").
_PART_THEN_SHARE = pattern(
    # "giải quyết trước hạn, đúng hạn 15.539 hồ sơ": the words between may be a list
    rf"{_PART_VERBS}(?:,? (?:trước hạn|đúng hạn|và))*(?: [^\W\d_]+){{0,3}}?:? {{part:N}}"
    r"(?:(?: [^\W\d_]+){1,2} ?/ ?#\d+#| vụ, việc(?=[,;]| \()"
    # an aside on some of them: "15.539 hồ sơ (trong đó có 370 hồ sơ đang giải quyết …), đạt tỷ lệ"
    r"|(?: [^\W\d_]+){0,3} \((?:trong đó|trong số đó)[^()]{0,120}\)(?=, (?:đạt|chiếm))"
    # "1.312 vụ với 2.286 bị cáo": the pair said with "với"
    r"|(?: [^\W\d_]+){0,2},? với #\d+#(?: [^\W\d_]+){1,2})?"
    # the part's own change in brackets: "đã giải quyết 4.732 vụ (tăng 786 vụ SCK), đạt tỷ lệ 98,64%"
    # (after a comma too: "giải quyết 7.301 vụ, việc, (tăng 762 vụ, việc), đạt 90,6%"; or its rate: "đã thi
    # hành xong hơn 52.715 tỷ đồng (tăng 52,77% so với năm 2018), đạt tỷ lệ 35,43%", n1701)
    r"(?:(?: [^\W\d_]+){0,3},? ?\((?:tăng|giảm) #\d+%?#[^#()]{0,30}\)"
    # or after a comma: "giải quyết 6.260 vụ, so cùng kỳ giảm 2.278 vụ (đạt 78,35)"
    r"|(?: [^\W\d_]+){0,3}, (?:so (?:với )?cùng kỳ(?: (?:năm )?(?:trước|\d{4}))? )?"
    r"(?:tăng|giảm) #\d+#(?: [^\W\d_]+){0,3}?"
    # (only with its word: "giảm 2.278 vụ (26,7%)" is the change's own rate)
    rf"(?: so (?:với )?cùng kỳ(?: (?:năm )?(?:trước|\d{{4}}))?)?(?= ?\( ?{_LINK_WORD} ))?"
    rf"(?P<words>{{WORDS}})(?:{{SHARE_LINK}}|; ?{_LINK_WORD} ){{share:P}}"
)
# "phải giải quyết theo thủ tục phúc thẩm là 356 vụ": a longer phrase when "là" closes it
_WHOLE = pattern(rf"{_WHOLE_VERBS}(?:(?: [^\W\d_]+){{0,4}}?|(?: [^\W\d_]+){{5,6}} là) {{whole:N}}")


_ANOTHER_TOPIC = re.compile(r"; (?:về|đối với) (?=[^#;]{0,90}?, )")


def _wholes_before(sentence: Sentence, position: int, part: Figure) -> list[Figure]:
    """Counts introduced by "thụ lý", "tiếp nhận", "tổng số" … before ``position``, nearest first — of the
    clause's own topic: not past "; về …" ("Đối với án hình sự, thụ lý 463 vụ …; về án dân sự, …, thụ lý,
    giải quyết 347 vụ, việc, đạt 51%", n1086: the civil cases' count, not printed)."""
    found = []
    topics = list(_ANOTHER_TOPIC.finditer(sentence.skeleton, 0, position))
    start = topics[-1].end() if topics else 0
    for match in _WHOLE.finditer(sentence.skeleton, start, position):
        whole = _figure(sentence, match, "whole")
        if (
            whole is not part
            and whole not in found
            and _alike(whole, part)
            and (not _in_fraction(sentence, whole) or _all_of(sentence, whole))
            and not _is_change(sentence, whole)
        ):
            found.append(whole)
    return list(reversed(found))


_BREAKDOWN_WORD = r"(?:trong đó|trong số (?:đó|này))(?!\w)"  # what opens a breakdown of the count said before
_BREAKDOWN_WORDS = re.compile(rf"(?<!\w){_BREAKDOWN_WORD}")


def _opened_by_breakdown(sentence: Sentence, position: int, part: Figure) -> Figure | None:
    """The count a "trong đó" before ``position`` opens a breakdown of: the last count of the same
    thing said before it, not a change ("thụ lý 4.512 vụ, đã giải quyết 4.288 vụ, đạt tỷ lệ trên 95%,
    trong đó án hòa giải thành được 1.732 vụ": 4.288)."""
    skeleton = sentence.skeleton
    openers = list(_BREAKDOWN_WORDS.finditer(skeleton, 0, position))
    if not openers:
        return None
    opener = openers[-1]
    before = [
        figure
        for figure in sentence.figures_in(0, opener.start())
        if figure.kind == part.kind
        and figure.value > part.value
        and _alike(figure, part)
        and not _is_change(sentence, figure)
        and not _in_fraction(sentence, figure)
    ]
    return before[-1] if before else None


def _executable_before(sentence: Sentence, position: int, part: Figure) -> Figure | None:
    """The count of what could be executed ("7.581 việc có điều kiện thi hành") said last before
    ``position``."""
    skeleton = sentence.skeleton
    found = [
        figure
        for figure in sentence.figures[max(0, part.index - 12) : part.index]
        if sentence.at(figure) < position
        and figure.value >= part.value
        and _alike(figure, part)
        and (
            _EXECUTABLE.match(skeleton, sentence.at(figure) + len(figure.placeholder))
            or _EXECUTABLE_BEFORE.search(skeleton, max(0, sentence.at(figure) - 40), sentence.at(figure))
        )
    ]
    return found[-1] if found else None


_EXECUTABLE = re.compile(r"(?: (?!chưa|không)[^\W\d_]+){0,2} có điều kiện")  # not "việc chưa có điều kiện"
# "trong đó có điều kiện thi hành 9.800 việc", "số có điều kiện là 13.409 việc"
_EXECUTABLE_BEFORE = re.compile(
    r"(?<!chưa )(?<!không )có điều kiện(?: thi hành)?(?: là)?:? (?:hơn |gần |trên |khoảng )?$"  # (n1701)
)


# the rate, then its counts in brackets: "đạt tỷ lệ 70 % (Thụ lý 5.560 vụ, việc; giải quyết 3.913 vụ, việc)"
_RATE_THEN_ITS_COUNTS = pattern(
    rf"{{share:P}} ?\( ?{_WHOLE_VERBS}(?: [^\W\d_]+){{0,2}}? {{whole:N}}[^#()]{{0,20}}?[;,] "
    rf"(?:đã )?{_PART_VERBS}(?: [^\W\d_]+){{0,2}}? {{part:N}}[^#()]{{0,20}}\)"
)


def rate_then_its_counts(sentence: Sentence) -> Iterator[Claim]:
    """A rate, then in brackets what came in and what was done with it: done / came in × 100.

    Examples:
        "Việc giải quyết các án dân sự đạt tỷ lệ 70 % (Thụ lý 5.560 vụ, việc; giải quyết 3.913 vụ, việc)"
    """
    for match in _RATE_THEN_ITS_COUNTS.finditer(sentence.skeleton):
        share = _figure(sentence, match, "share")
        whole, part = _figure(sentence, match, "whole"), _figure(sentence, match, "part")
        if not _alike(whole, part) or whole.value < part.value or share.qualifier is not None:
            continue
        label = Bilingual(f"share of {whole.text}", f"tỷ lệ trên {whole.text}")
        yield judged_claim(
            sentence,
            match.span(),
            "rate_then_its_counts",
            [(Role.TOTAL, whole), (Role.PART, part), (Role.SHARE, share)],
            share_of(part, whole, label),
        )


# the base a rate names right after it, not a plan nor a period: "đạt 60,5% so với hộ hội viên"
_BASE_NAMED_AFTER = re.compile(
    r" so với (?:tổng )?(?:số )?(?!kế |dự |chỉ |mục |cùng |năm |tháng |quý |kỳ |tổng |số |cuối |đầu )"
    r"([^\W\d_]+ [^\W\d_]+)"
)


def count_over_count(sentence: Sentence) -> Iterator[Claim]:
    """Cases received and cases settled, then the settlement rate: settled / received × 100.

    When several counts could be the whole (thụ lý mới, tổng số …) each is tried.

    Examples:
        "Tòa án thụ lý 1.245 vụ việc, đã giải quyết 1.150 vụ việc, đạt tỷ lệ 92,37%"
        "tiếp nhận 5043 hồ sơ, giải quyết đúng hạn 5.000 hồ sơ, đạt 99,15%"
    """
    for match in _PART_THEN_SHARE.finditer(sentence.skeleton):
        part, share = _figure(sentence, match, "part"), _figure(sentence, match, "share")
        wholes = _wholes_before(sentence, match.start(), part)
        if not wholes or _in_fraction(sentence, part):
            continue
        named = _BASE_NAMED_AFTER.match(sentence.skeleton, sentence.at(share) + len(share.placeholder))
        if named and not any(
            sentence.skeleton.startswith(f" {named.group(1)}", sentence.at(whole) + len(whole.placeholder))
            for whole in wholes
        ):
            # "có 5.089 cán bộ, hội viên tham dự; … có 3.837 hộ đạt danh hiệu …, cấp cơ sở 3.115 hộ đạt 60,5%
            # so với hộ hội viên" (n1476): of a whole it names and does not print
            continue
        opened = _opened_by_breakdown(sentence, match.start(), part)
        if opened is not None and opened not in wholes:
            wholes.insert(0, opened)  # "đã giải quyết 4.288 vụ, …, trong đó án hòa giải thành 1.732 vụ"
        executable = _executable_before(sentence, match.start(), part)
        if executable is not None:
            # civil enforcement rates what was executed against what could be: "9.334 việc phải thi hành,
            # trong đó 7.581 việc có điều kiện thi hành, đã thi hành xong 6.367 việc, đạt tỷ lệ 83,99%"
            wholes = [executable, *(whole for whole in wholes if whole is not executable)]
        recomputations = []
        for whole in wholes:
            label = Bilingual(f"share of {whole.text}", f"tỷ lệ trên {whole.text}")
            recomputations.extend(share_of(part, whole, label))
        if not recomputations:
            continue
        span = (sentence.skeleton.find(wholes[0].placeholder), match.end())
        numbers = [(Role.TOTAL, wholes[0]), (Role.PART, part), (Role.SHARE, share)]
        claim = judged_claim(
            sentence,
            span,
            "count_over_count",
            numbers,
            recomputations,
            partial(_share_alternatives, sentence, part, wholes[0], share),
        )
        if claim.verdict.alarm and executable is None and _FINISHED.search(_phrase_before(sentence, part)):
            # "tổng số thụ lý là 30.100 việc …; đã giải quyết xong 19.932 việc, đạt tỷ lệ 76,11%": enforcement
            # rates what was finished against what could be executed, a count this text does not give
            claim = _unchecked(
                sentence, span, "count_over_count", numbers, Verdict.AMBIGUOUS, _OF_THE_EXECUTABLE
            )
        elif (
            claim.verdict.alarm
            and _COMPETENT.search(match.group("words"))
            and not _COMPETENT.search(_phrase_of(sentence, wholes[0]))
        ):
            # "tiếp nhận hơn 2.900 đơn các loại, …; đã giải quyết 1.770 đơn khiếu nại, tố cáo thuộc thẩm
            # quyền, đạt gần 97%": of those the office had to settle, a count this text does not give
            claim = _unchecked(
                sentence, span, "count_over_count", numbers, Verdict.AMBIGUOUS, _OF_THE_COMPETENT
            )
        elif claim.verdict.alarm and (stage := _previous_stage_giving(sentence, part, share, wholes[0])):
            # "2.285 công dân …, trong đó … lên trạm là 1974 công dân, đạt 86.38%; đủ điều kiện khám cấp huyện
            # là 1.366 công dân, đạt 69,1%": of those who came to be examined, a stage of the same funnel
            note = _another_reading(
                share, (part, wholes[0]), (part, stage), Bilingual("the step before", "bước liền trước")
            )
            claim = _unchecked(sentence, span, "count_over_count", numbers, Verdict.AMBIGUOUS, note)
        yield claim


def _another_reading(
    share: Figure,
    read: tuple[Figure, Figure],
    fitting: tuple[Figure, Figure],
    what: Bilingual | None = None,
) -> Bilingual:
    """Why a share is not called a slip: it is not the first quotient read, but it is another one the text
    allows (``what``: the other whole, named)."""
    named = Bilingual(f", {what.en}", f", {what.vi}") if what else Bilingual("", "")
    return Bilingual(
        f"{share.text} is not {read[0].text} of {read[1].text}, but it is {fitting[0].text} of "
        f"{fitting[1].text}{named.en}: which the text means is not clear.",
        f"{share.text} không phải tỷ lệ của {read[0].text} trên {read[1].text}, nhưng là tỷ lệ của "
        f"{fitting[0].text} trên {fitting[1].text}{named.vi}: văn bản không rõ ý nào.",
    )


def _previous_stage_giving(sentence: Sentence, part: Figure, share: Figure, whole: Figure) -> Figure | None:
    """The count between ``whole`` and ``part`` that counts the same people and has its own rate, when
    the share fits it: the step before of a funnel ("lên trạm là 1974 công dân, đạt 86.38%")."""
    for figure in sentence.figures[whole.index + 1 : part.index]:
        if (
            figure.kind == part.kind
            and part.value < figure.value < whole.value
            and _counts_alike(figure.noun, part.noun)
            and figure.index + 1 < part.index
            and sentence.figures[figure.index + 1].kind == FigureKind.PERCENT
            and not assess(share, share_of(part, figure), ()).verdict.alarm
        ):
            return figure
    return None


_FINISHED = re.compile(r"(?<!\w)(?:giải quyết|thi hành) xong(?!\w)")


def _phrase_of(sentence: Sentence, figure: Figure) -> str:
    """The comma-phrase ``figure`` is said in: the words before it and after it, up to a clause break."""
    after = sentence.skeleton[sentence.at(figure) + len(figure.placeholder) :]
    return _phrase_before(sentence, figure) + re.split(r"[,;.(#]", after, maxsplit=1)[0]


_OF_THE_COMPETENT = Bilingual(
    "A rate of what is settled among the cases under the office's competence (thuộc thẩm quyền) is of those "
    "cases, which the text does not print; against all it received it does not fit.",
    "Tỷ lệ giải quyết các vụ việc thuộc thẩm quyền tính trên số thuộc thẩm quyền, văn bản không ghi số này; "
    "tính trên toàn bộ số đã nhận thì không khớp.",
)


_OF_THE_EXECUTABLE = Bilingual(
    "An enforcement rate is usually of the cases that could be executed (có điều kiện thi hành), which the "
    "text does not print; against the cases received it does not fit.",
    "Tỷ lệ thi hành xong thường tính trên số việc (tiền) có điều kiện thi hành, văn bản không ghi số này; "
    "tính trên số thụ lý thì không khớp.",
)


# "tỷ lệ khám phá đạt 80,37%": the rate named by the verb of its part, over what the part is of
_NAMED_RATE = pattern(
    r"(?:tỷ lệ|tỉ lệ) (?P<verb>[^\W\d_]+(?: [^\W\d_]+){0,2}?)(?: thành công)?(?: đạt| là| chiếm)? {share:P}"
)
# the police say a case solved in several ways: "khám phá được 3.061 vụ … Tỷ lệ phá án thành công đạt 89,45%"
_WAYS_OF_SOLVING = ("phá án", "khám phá", "điều tra làm rõ", "làm rõ")
_OCCURRED = re.compile(rf"(?:{_WHOLE_VERBS}|xảy ra|phát hiện)(?: [^\W\d_]+){{0,3}}? $")
_NOT_A_VERB = re.compile(r"^(?:tăng|giảm|đạt|là|chiếm|so|trên|của|này|đó)(?!\w)")


def named_rate(sentence: Sentence) -> Iterator[Claim]:
    """A rate named by the verb of its part: the part is the count that verb introduced, the whole
    the count of the same thing said before it ("xảy ra", "thụ lý", "tiếp nhận" …).

    Examples:
        "Toàn quốc xảy ra 3.954 vụ; khám phá 3.178 vụ; bắt giữ 6.396 đối tượng; tỷ lệ khám phá đạt 80,37%"
    """
    for match, part, whole, share in _named_rates(
        sentence, [], lambda figure: sentence.words_around[figure.start][0]
    ):
        label = Bilingual(f"share of {whole.text}", f"tỷ lệ trên {whole.text}")
        yield judged_claim(
            sentence,
            (sentence.skeleton.find(whole.placeholder), match.end()),
            "named_rate",
            [(Role.TOTAL, whole), (Role.PART, part), (Role.SHARE, share)],
            share_of(part, whole, label),
        )


def named_rate_of_earlier(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """A rate named by the verb of its part, in a sentence of its own: "Lực lượng công an xảy ra 1.250
    vụ, khám phá 1.020 vụ. Tỷ lệ khám phá đạt 81,6%." — the counts are the sentences' just before."""
    pool = earlier[-12:]

    def before(figure: Figure) -> str:
        return _context_of(sentence, figure, around)[0]

    for match, part, whole, share in _named_rates(sentence, pool, before):
        verb = " ".join(match["verb"].split()[:2])
        if share.start in judged or not _ACTION.fullmatch(verb) or _of_sentence(sentence, whole):
            continue  # "Tỷ lệ hộ nghèo là 31,72%": a rate of a kind, not of what was done
        if _of_sentence(sentence, part):
            # "… phải giải quyết trong năm là 13.249 vụ, việc. Tòa đã giải quyết, xét xử 11.961 vụ việc các
            # loại; tỷ lệ giải quyết chung đạt 90,2%": the part said in the rate's sentence, its own clause
            between = sentence.skeleton[sentence.at(part) + len(part.placeholder) : match.start()]
            if not _PART_THEN_ITS_RATE.fullmatch(between) or _NARROWED.search(
                sentence.skeleton, 0, sentence.at(part)
            ):
                continue  # "Riêng án hình sự đã giải quyết 2.726 vụ, tỷ lệ …": of some of them only
        elif not _OPENS_A_RATE.fullmatch(sentence.skeleton, 0, match.start()):
            continue  # "Riêng án hình sự, tỷ lệ giải quyết đạt 98%": of some of them only
        label = Bilingual(f"share of {whole.text}", f"tỷ lệ trên {whole.text}")
        numbers = [(Role.TOTAL, whole), (Role.PART, part), (Role.SHARE, share)]
        claim = judged_claim(sentence, match.span(), "named_rate", numbers, share_of(part, whole, label))
        start, end = sentence.span(*match.span())  # marked in its own sentence
        yield dataclasses.replace(claim, start=start, end=end)


_NARROWED = re.compile(r"(?<!\w)(?:riêng|trong đó|trong số|đối với)(?!\w)")
# between a part and its rate, in one sentence: its noun, then the rate's own clause
_PART_THEN_ITS_RATE = re.compile(r"(?: [^\W\d_,;]+){0,4}[;,] ")
# … and what it opens with: nothing that narrows it to some of them
_OPENS_A_RATE = re.compile(r"(?:(?:qua đó|như vậy|do đó|nhờ đó|vì vậy|từ đó),? )?(?:nâng |đưa |và )?")
# what a rate said apart from its counts is named by: what was done to what occurred or came in
_ACTION = re.compile(rf"{_PART_VERBS}|khám phá|phá án|điều tra làm rõ|làm rõ|bắt giữ|xác minh")


def _named_rates(
    sentence: Sentence, earlier: Sequence[Figure], before: Callable[[Figure], str]
) -> Iterator[tuple[re.Match[str], Figure, Figure, Figure]]:
    """Each rate of the sentence named by a verb, with its part and whole among ``earlier`` and the
    sentence's figures before it (``before``: the words right before a figure)."""
    for match in _NAMED_RATE.finditer(sentence.skeleton):
        verb, share = match.group("verb"), _figure(sentence, match, "share")
        if _NOT_A_VERB.match(verb) or share.qualifier is not None:
            continue
        # "tỷ lệ giải quyết chung": of what was "giải quyết, xét xử"
        named = verb if len(verb.split()) < 3 else " ".join(verb.split()[:2])
        ways = "|".join(_WAYS_OF_SOLVING) if named in _WAYS_OF_SOLVING else re.escape(named)
        said = re.compile(rf"(?<!\w)(?:{ways})(?:,? [^\W\d_]+){{0,3}}? $")
        pool = [*earlier, *sentence.figures_in(0, match.start())]
        part = next(
            (
                f
                for f in reversed(pool)
                if f.kind == FigureKind.COUNT
                and said.search(before(f))
                and not _CHANGE_BEFORE_FIGURE.search(before(f))
            ),
            None,
        )
        if part is None:
            continue
        whole = next(
            (
                f
                for f in reversed(pool[: pool.index(part)])
                if f.kind == FigureKind.COUNT
                and f.value >= part.value
                and _counts_alike(f.noun, part.noun)
                and _OCCURRED.search(before(f))
                and not _CHANGE_BEFORE_FIGURE.search(before(f))
            ),
            None,
        )
        if whole is not None:
            yield match, part, whole, share


# ---------------------------------------------------------------------------------------------
# 3. What is left: received − settled.

# Between what was settled and what is left: words, rates, and changes against last year ("giải quyết
# 6.260 vụ, so cùng kỳ giảm 2.278 vụ (đạt 78,35); còn lại 1.730 vụ"), never another count.
_REMAINDER = pattern(
    # "giải quyết được 238/316 vụ việc, đạt tỷ lệ 88,9%, còn lại 35 vụ việc": of the fraction's whole
    rf"{_PART_VERBS}(?: [^\W\d_]+){{0,3}}? {{part:N}}(?: ?/ ?{{of:N}})?"
    r"(?:[^#;]|#\d+%#|(?<=tăng |giảm )#\d+#){0,80}?"
    rf"[,;]? còn(?: lại| tồn| tồn đọng)?(?: [^\W\d_]+){{0,3}}? {{rest:N}}"
)


def remainder(sentence: Sentence) -> Iterator[Claim]:
    """Received, settled, and what is left: received − settled.

    Examples:
        "thụ lý 1.245 vụ, đã giải quyết 1.150 vụ, còn lại 95 vụ"
        "đã giải quyết được 238/316 vụ việc, đạt tỷ lệ 75,3%, còn lại 78 vụ việc đang xác minh"
    """
    for match in _REMAINDER.finditer(sentence.skeleton):
        part, rest = _figure(sentence, match, "part"), _figure(sentence, match, "rest")
        wholes = [_figure(sentence, match, "of")] if match.group("of") else []
        wholes = wholes or _wholes_before(sentence, match.start(), part)
        if not wholes or _is_change(sentence, part):
            continue
        whole = wholes[0]
        yield _remainder_claim(sentence, (sentence.at(whole), match.end()), whole, part, rest)


_REMAINDER_LABEL = Bilingual("remainder", "số còn lại")

# what a year began with, what it took away, and what is left: "Tổng số hộ nghèo đầu năm 2011 là 3.317 hộ,
# trong năm qua đã giảm 1.265 hộ (trong đó …); số hộ nghèo hiện còn lại trong chương trình là 2.052 hộ" (n521)
_STOCK_LESS_ITS_DECREASE = pattern(
    r"đầu (?:năm|kỳ)(?: \d{4})?(?: [^\W\d_]+){0,3}? (?:là |có )?{whole:N}(?: [^\W\d_]+){1,2}"
    r"[^#;()]{0,40}? giảm(?: được)? {decrease:N}(?: [^\W\d_]+){1,2}(?: ?\([^()]*\))?"
    r"[,;] (?:[^\W\d_]+ ){0,6}?còn(?: lại)?(?: [^\W\d_]+){0,5}? (?:là )?{rest:N}"
)


def stock_less_its_decrease(sentence: Sentence) -> Iterator[Claim]:
    """What a year began with, less what it took away, is what is left: the figure after "còn lại".

    Examples:
        "Số hộ nghèo đầu năm là 3.317 hộ, trong năm đã giảm 1.265 hộ; còn lại 2.052 hộ"
    """
    if "giảm" not in sentence.skeleton or "còn" not in sentence.skeleton:
        return
    for match in _STOCK_LESS_ITS_DECREASE.finditer(sentence.skeleton):
        whole, decrease, rest = (_figure(sentence, match, group) for group in ("whole", "decrease", "rest"))
        if not (_counts_alike(whole.noun, decrease.noun) and _counts_alike(whole.noun, rest.noun)):
            continue
        if decrease.value >= whole.value:
            continue
        span = (sentence.at(whole), match.end())
        yield _remainder_claim(sentence, span, whole, decrease, rest, template="stock_less_its_decrease")


def _remainder_claim(
    sentence: Sentence,
    span: tuple[int, int],
    whole: Figure,
    part: Figure | Sequence[Figure],
    rest: Figure,
    label: Bilingual = _REMAINDER_LABEL,
    template: str = "remainder",
) -> Claim:
    """What is left, judged as the whole less the part (or the parts), within the rounding of each: "thụ lý
    1.245 vụ, đã giải quyết 1.150 vụ, còn lại 95 vụ"."""
    parts = [part] if isinstance(part, Figure) else list(part)
    value = whole.value - sum((figure.value for figure in parts), Decimal(0))
    (w_low, w_high), bounds = whole.bounds(whole.readings[0]), [f.bounds(f.readings[0]) for f in parts]
    low = w_low - sum((high for _, high in bounds), Decimal(0))
    high = w_high - sum((low for low, _ in bounds), Decimal(0))
    written = " − ".join(["{}"] * (len(parts) + 1)) + " = {}"
    formula = message(written, written, whole.value, *(figure.value for figure in parts), value)
    numbers = [(Role.TOTAL, whole), *((Role.PART, figure) for figure in parts), (Role.DIFFERENCE, rest)]
    reading = Recomputation(value, low, high, formula, label)
    return judged_claim(sentence, span, template, numbers, [reading], default_slip=Slip.SUM_MISMATCH)


# the words before the last part of a list that says what is left: "…, còn 377.002 khách hàng chưa có điện trở
# lại", "còn lại 29 hồ sơ", "còn khuyết 8 ủy viên"
_WHAT_IS_LEFT_BEFORE = re.compile(r"(?<!\w)còn(?: lại| khuyết| tồn| tồn đọng)?(?: [^\W\d_]+){0,3}? (?:là )?$")


def rest_of_a_partition(
    sentences: Sequence[Sentence], found: Sequence[Claim], judged: set[int]
) -> Iterator[Claim]:
    """A whole broken down into what was done and what is left, the last part said after "còn" (``found``:
    claims of ``sentences``, in their working offsets, among them the lists found to add up): that part is
    what the text worked out, the whole less the others — "1.177.599 khách hàng bị mất điện; đến nay đã khôi
    phục cho 800.597 khách hàng, còn 377.002 khách hàng chưa có điện trở lại" (n998). Judged there only when
    the parts add up to the whole; when they do not, the list is flagged at the whole, which of its figures
    is wrong not being known. ``judged``: the figures judged already, by their start.

    Examples:
        "Tổng số 163 ủy viên. Đại hội đã bầu ra 155 ủy viên, còn khuyết 8 ủy viên"
    """
    where = {figure.start: (sentence, figure) for sentence in sentences for figure in sentence.figures}
    for claim in found:
        if claim.template != "partition" or not claim.verdict.fits or claim.printed.role != Role.TOTAL:
            continue
        told = [where.get(number.start) for number in claim.numbers]
        if len(told) < 3 or any(item is None for item in told):
            continue
        *others, (sentence, rest), (_, whole) = [item for item in told if item is not None]
        at = sentence.at(rest)
        if rest.start in judged or not _WHAT_IS_LEFT_BEFORE.search(sentence.skeleton, max(0, at - 30), at):
            continue
        judged.add(rest.start)
        span = (at, at + len(rest.placeholder))
        made = _remainder_claim(sentence, span, whole, [figure for _, figure in others], rest)
        start, end = sentence.span(at, at + len(rest.placeholder))
        yield dataclasses.replace(made, start=start, end=end)


# "có 15/16 chỉ tiêu đạt và vượt kế hoạch, 1 chỉ tiêu chưa đạt kế hoạch": those that met it, of all, then
# those that did not
_REST_OF_A_FRACTION = pattern(
    r"{part:N} ?/ ?{of:N}(?P<noun>(?: [^\W\d_]+){0,4}?) (?P<met>đạt và vượt|đạt|vượt|hoàn thành)(?!\w)"
    r"(?:[^#;()]|\( ?#\d+%# ?\)){0,60}?(?:[,;]|, còn|; còn| và) (?:chỉ )?(?:còn |có )?(?:lại )?{rest:N}"
    r"(?: [^\W\d_]+){0,4}?"
    r" (?:chưa|không) (?:đạt|hoàn thành)(?!\w)"
)


# the rest as a fraction of the same whole: "13/18 khoản thu nội địa đạt và vượt dự toán …; 05/18 khoản thu
# không đạt dự toán"
_REST_AS_A_FRACTION = pattern(
    r"{part:N} ?/ ?{of:N}(?P<noun>(?: [^\W\d_]+){0,4}?) (?P<met>đạt và vượt|đạt|vượt|hoàn thành)(?!\w)"
    r"(?:[^#;()]|#\d+%#){0,160}?[,;] (?:còn |có )?(?:lại )?{rest:N} ?/ ?{of2:N}(?: [^\W\d_]+){0,4}?"
    r" (?:chưa|không) (?:đạt|hoàn thành)(?!\w)"
)
_ANOTHER_COUNT_IN_THE_CLAUSE = re.compile(r"[^#;.]*#\d+#")
# the rest said otherwise: "đã thi hành xong 20/22 việc (có 02 việc có văn bản tạm đình chỉ …)", "Đạt
# 17/19 tiêu chí nông thôn mới, còn 2 tiêu chí chưa đạt", "543/545 Chi bộ …, đạt 99,6% (có 2 Chi bộ … không
# đánh giá)"
_REST_OF_A_FRACTION_SAID_OTHERWISE = pattern(
    r"{part:N} ?/ ?{of:N}(?P<noun>(?: [^\W\d_]+){0,4}?)(?:[^#;()]|#\d+%#){0,80}?"
    r"(?:, (?:chỉ )?(?:còn |có )| \((?:còn |có )?)(?:lại )?{rest:N}(?: [^\W\d_]+){0,8}?"
    r" (?:chưa|không|tạm đình chỉ|trễ hạn|quá hạn)(?!\w)"
)


# … or by the opposite comparison: "43/63 địa phương thu cao hơn so cùng kỳ, 20 địa phương thu thấp hơn so
# cùng kỳ"
_REST_BY_THE_OPPOSITE = pattern(
    r"{part:N} ?/ ?{of:N}(?P<noun>(?: [^\W\d_]+){0,4}?)[^#;()]{0,30}? (?P<way>cao hơn|nhiều hơn|tăng)(?!\w)"
    r"[^#;()]{0,40}?, (?:còn )?(?:lại )?{rest:N}(?: [^\W\d_]+){0,4}? (?P<other>thấp hơn|ít hơn|giảm)(?!\w)"
)


# the rest's share in brackets right after it: "thiếu 272 đại biểu (1,8%)"
_SHARE_OF_THE_REST = pattern(r"(?: [^\W\d_]+){0,3} ?\( ?(?:chiếm |bằng |tỷ lệ |tỉ lệ )?{share:P} ?\)")


# the shortfall: "bầu được 5.232/5.294 đại biểu Hội đồng nhân dân xã, phường, thị trấn (thiếu 64 đại biểu, …)"
_SHORT_OF_A_FRACTION = pattern(
    r"{part:N} ?/ ?{of:N}(?P<noun>(?: [^\W\d_]+){0,4}?)(?:[^#;()]|#\d+%#){0,100}?"
    r"(?:, | ?\( ?)(?:còn |vẫn )?(?:thiếu|chưa bầu đủ) {rest:N}"
)


# … or said in turn, as an election's results are listed: "số đại biểu được bầu: 3.868 đại biểu số đại biểu
# trúng cử: 3.841 đại biểu tổng số đại biểu bầu thiếu: 27 đại biểu"
_SHORT_OF_THOSE_TO_ELECT = pattern(
    r"(?:được bầu|phải bầu|cần bầu)(?: [^\W\d_]+){0,3}?:? {of:N}[^#;]{0,60}?trúng cử(?: [^\W\d_]+){0,3}?:? "
    r"{part:N}[^#;]{0,60}?(?:bầu thiếu|còn thiếu|thiếu)(?: [^\W\d_]+){0,3}?:? {rest:N}"
)


def rest_of_a_fraction(sentence: Sentence) -> Iterator[Claim]:
    """Those that met the mark, of how many, then those that did not: of − part.

    Examples:
        "có 15/16 chỉ tiêu đạt và vượt kế hoạch, 1 chỉ tiêu chưa đạt kế hoạch"
        "bầu được 383/384 đại biểu Hội đồng nhân dân cấp huyện (thiếu 1 đại biểu tại đơn vị bầu cử số 6)"
    """
    strict = {match.start(): match for match in _REST_OF_A_FRACTION.finditer(sentence.skeleton)}
    if "thiếu" in sentence.skeleton:
        for match in _SHORT_OF_A_FRACTION.finditer(sentence.skeleton):
            strict.setdefault(match.start(), match)
        for match in _SHORT_OF_THOSE_TO_ELECT.finditer(sentence.skeleton):
            strict.setdefault(match.start(), match)
    for match in _REST_AS_A_FRACTION.finditer(sentence.skeleton):
        if _figure(sentence, match, "of2").value == _figure(sentence, match, "of").value:
            strict.setdefault(match.start(), match)
    loose = [
        match
        for match in _REST_OF_A_FRACTION_SAID_OTHERWISE.finditer(sentence.skeleton)
        if match.start() not in strict
    ]
    if "hơn" in sentence.skeleton or "giảm" in sentence.skeleton:
        loose += [m for m in _REST_BY_THE_OPPOSITE.finditer(sentence.skeleton) if m.start() not in strict]
    for match in [*strict.values(), *loose]:
        part, whole, rest = (_figure(sentence, match, group) for group in ("part", "of", "rest"))
        if part.value > whole.value or rest.qualifier is not None:
            continue
        if match.re is not _REST_AS_A_FRACTION and not _same_noun(rest, whole):
            continue
        value = whole.value - part.value
        if match.re in (_REST_OF_A_FRACTION_SAID_OTHERWISE, _REST_BY_THE_OPPOSITE):
            if match.re is _REST_BY_THE_OPPOSITE and rest.value > value:
                # … but no more of them than are left: "46/63 địa phương thu cao hơn so cùng kỳ, 19 địa phương
                # thu thấp hơn so cùng kỳ" (n1708: 17 at most)
                formula = message("{} − {} = {}", "{} − {} = {}", whole.value, part.value, value)
                label = Bilingual("at most the rest", "nhiều nhất là số còn lại")
                yield judged_claim(
                    sentence,
                    match.span(),
                    "rest_of_a_fraction",
                    [(Role.TOTAL, whole), (Role.PART, part), (Role.DIFFERENCE, rest)],
                    [Recomputation(value, Decimal(0), value, formula, label)],
                    default_slip=Slip.SUM_MISMATCH,
                )
                continue
            if value != rest.value:
                # said otherwise, the rest may be some of it only (or some as much as the year before)
                continue
        elif match.re not in (
            _SHORT_OF_A_FRACTION,
            _SHORT_OF_THOSE_TO_ELECT,
        ) and _ANOTHER_COUNT_IN_THE_CLAUSE.match(sentence.skeleton, match.end()):
            continue  # "…, 1 chỉ tiêu chưa đạt, 2 chỉ tiêu chưa có số liệu": more than two kinds
        formula = message("{} − {} = {}", "{} − {} = {}", whole.value, part.value, value)
        yield judged_claim(
            sentence,
            match.span(),
            "rest_of_a_fraction",
            [(Role.TOTAL, whole), (Role.PART, part), (Role.DIFFERENCE, rest)],
            [Recomputation(value, value, value, formula, Bilingual("the rest", "số còn lại"))],
            default_slip=Slip.SUM_MISMATCH,
        )
        share = _SHARE_OF_THE_REST.match(sentence.skeleton, sentence.at(rest) + len(rest.placeholder))
        if share is not None:
            # "bầu được 15.759/16.031 đại biểu HĐND cấp xã, thiếu 272 đại biểu (1,8%)": of the whole
            printed = _figure(sentence, share, "share")
            yield judged_claim(
                sentence,
                (sentence.at(rest), share.end()),
                "rest_of_a_fraction",
                [(Role.TOTAL, whole), (Role.PART, rest), (Role.SHARE, printed)],
                share_of(rest, whole),
            )


# Those that exceeded the mark, those that met it and those that fell short, each a fraction of one whole:
# "Có 9/17 chỉ tiêu vượt kế hoạch, có 6/17 chỉ tiêu đạt và 2/17 chỉ tiêu chưa đạt so với kế hoạch" (n1688)
_FRACTION_OF_A_GRADE = pattern(
    r"{part:N} ?/ ?{of:N}(?P<noun>(?: [^\W\d_]+){0,3}?)(?: đều)? (?P<grade>(?:chưa|không) (?:đạt|hoàn thành)"
    r"|(?P<both>đạt và vượt|đạt, vượt|hoàn thành và vượt)|hoàn thành vượt|vượt|đạt|hoàn thành)(?!\w)"
    r"(?P<more> và vượt| và hoàn thành vượt)?"
)
_GRADES_OF_THE_MARK = {"vượt": "over", "hoàn thành vượt": "over", "đạt": "met", "hoàn thành": "met"}


def fractions_over_met_and_short(sentence: Sentence) -> Iterator[Claim]:
    """Those over the mark, those on it and those short of it, each said as a fraction of the same whole:
    every one is one of the three, so the numerators make up the whole.

    Examples:
        "Có 9/17 chỉ tiêu vượt kế hoạch, có 6/17 chỉ tiêu đạt và 2/17 chỉ tiêu chưa đạt so với kế hoạch"
    """
    skeleton = sentence.skeleton
    if skeleton.count("/") < 3 or ("đạt" not in skeleton and "hoàn thành" not in skeleton):
        return
    grades: dict[str, list[re.Match[str]]] = {}
    for match in _FRACTION_OF_A_GRADE.finditer(skeleton):
        grade = match.group("grade")
        if match.group("more") or match.group("both"):
            return  # "đạt và vượt": both at once, not one of the three
        kind = "short" if grade.startswith(("chưa", "không")) else _GRADES_OF_THE_MARK[grade]
        grades.setdefault(kind, []).append(match)
    if sorted(grades) != ["met", "over", "short"] or any(len(found) != 1 for found in grades.values()):
        return
    matches = sorted((found[0] for found in grades.values()), key=lambda match: match.start())
    parts = [_figure(sentence, match, "part") for match in matches]
    wholes = [_figure(sentence, match, "of") for match in matches]
    if (
        len({whole.value for whole in wholes}) != 1
        or len({_first_word(m.group("noun")) for m in matches}) != 1
    ):
        return
    whole = wholes[0]
    if any(part.value > whole.value or part.qualifier is not None for part in parts):
        return
    numbers = [*((Role.PART, part) for part in parts), (Role.TOTAL, whole)]
    reading = sum_of_parts(
        parts, Bilingual("those over, on and short of the mark", "số vượt, đạt và chưa đạt")
    )
    span = (matches[0].start(), matches[-1].end())
    yield judged_claim(
        sentence, span, "fractions_over_met_and_short", numbers, [reading], default_slip=Slip.SUM_MISMATCH
    )


# ---------------------------------------------------------------------------------------------
# 4. A total and its parts.

_STATUS = re.compile(
    r"(?<!\w)(?:không đạt|chưa đạt|chưa hoàn thành|không hoàn thành|đạt và vượt|vượt|đạt|hoàn thành"
    r"|đúng hạn|quá hạn|trễ hạn|đang thực hiện|chưa thực hiện)(?!\w)"
)
_NEGATIVE_STATUS = re.compile(
    r"không đạt|chưa đạt|chưa hoàn thành|không hoàn thành|quá hạn|trễ hạn|chưa thực hiện"
)
# names, each with its count alone in brackets, three or more: "tại bình dương (#0#), tp. hồ chí minh (#1#),
# đồng nai (#2#)" — COVID-19 bulletins, storms' dead by province
# an item's label of a few words, a place's name with its dash too ("Thừa Thiên - Huế", "Bà Rịa - Vũng Tàu")
_LABEL_OF_AN_ITEM = r"(?:[^\W\d_]+(?: | ?[-–] ?)){0,4}[^\W\d_]+"
_NAME_WITH_ITS_COUNT = r"[^\W\d_]+\.?(?: [^\W\d_]+\.?){0,4} \( ?#\d+#(?: [^\W\d_]+)? ?\)"
# (not those whose own sum is said after them: "tổng số huy chương Vàng của Thái Lan (53), Philippines (38) và
# Singapore (37) là 128", raw33/ti20)
_COUNTS_IN_BRACKETS = re.compile(
    rf"{_NAME_WITH_ITS_COUNT}(?:(?:, | và |; ?){_NAME_WITH_ITS_COUNT}){{2,}}+(?! ?(?:là|=|bằng|:) ?#)"
)


_BREAKDOWN_MARKER = re.compile(
    # a list in brackets after its marker: "có tất cả 1.399 nhà, cụ thể (Phước Hòa: 30, Trường Xuân: 6, …)"
    # (n1273)
    r"[^#;()]{0,40}?, ?(?:cụ thể|chi tiết|bao gồm|gồm|trong đó):? ?\("
    r"|[^#;]{0,40}?(?:; ?)?(?:trong đó|bao gồm|gồm|chia ra|cụ thể|:|, có)(?!\w)"
    # … or where they were, each place with its count in brackets: "5.014 ca ghi nhận trong nước tại Bình
    # Dương (2.117), TP. Hồ Chí Minh (1.523), …" (n2391)
    rf"|[^#;]{{0,40}}? (?:tại|ở)(?= (?:{_NAME_WITH_ITS_COUNT}(?:, | và |; ?)){{2}})"
    # past what they come with: "12.465 doanh nghiệp đăng ký kinh doanh với số vốn đăng ký trên 145 nghìn tỷ
    # đồng, trong đó có 8.730 doanh nghiệp …" (n706) — parts of what the total counts only
    r"|(?P<aside>(?: [^\W\d_]+){0,6} với(?: [^\W\d_]+){1,6} #\d+#(?: [^\W\d_]+){0,3},"
    r" (?:trong đó|bao gồm|gồm)(?!\w))"
    # past the total's own rate: "197,7 tỷ đồng, đạt 59% dự toán giao, gồm: …"
    # (and past its value in another period, in brackets: "8.200,8 nghìn tấn, tăng 5,6% so với năm trước (quý
    # IV đạt 2.231,4 nghìn tấn, tăng 5,8%), bao gồm: cá …", n646)
    r"|(?P<rated>(?:[^#;()]|#\d+%#|\([^#();]*(?:#\d+%#[^#();]*)*\)|\((?:quý|tháng|năm|riêng)[^();]{0,80}\))"
    r"{0,160}?, (?:bao gồm|gồm)(?!\w):?"
    # … or its rate in brackets, then "với": "1.706 người (đạt 100,3%), với 51 lao động đi theo tuyến …"
    r"|[^#;()]{0,60}?\((?:đạt |bằng )?#\d+%#\), với(?!\w))"
    # … and its share, read as far as the parts add up to it: "684 Trợ giúp viên pháp lý hoàn thành chỉ
    # tiêu, chiếm 99,85%, trong đó 529 đạt tốt, 77 đạt khá, 78 đạt (…), có 01 … không hoàn thành …"
    r"|(?P<shared>[^#;]{0,80}?, (?:chiếm|đạt)(?: tỷ lệ| tỉ lệ)? #\d+%#, trong đó(?!\w):?"
    # … or in brackets: "185.230 người tham gia BHXH (chiếm 28,6% lực lượng lao động …), trong đó …"
    r"|[^#;()]{0,40}?\((?:chiếm |đạt |bằng )?(?:tỷ lệ |tỉ lệ )?#\d+%#[^#;()]{0,60}\),? trong đó(?!\w):?)"
    r"|(?: [^\W\d_]+){0,4} ?\((?=[^()#]{0,40}#)"  # "78.669 người (cao đẳng 1.702 người, …)"
    # … a noun of a group, its ages too: "32 bộ huy chương nhóm tuổi 12-14 (22 đối kháng, 10 biểu diễn)"
    # (n1362)
    r"|(?: [^\W\d_]+){1,4} (?:nhóm|lứa) tuổi(?: \d{1,2} ?[-–] ?\d{1,2})? ?\((?=[^()#]{0,40}#)"
    # … or a bracket opened by its marker after a longer noun: "4.746 câu lạc bộ của người cao tuổi đang hoạt
    # động (gồm: 3.745 câu lạc bộ văn hóa - thể thao, 1.001 câu lạc bộ …)" (n1386)
    r"|(?: [^\W\d_]+){5,12} ?\((?:gồm|bao gồm|trong đó)(?!\w):? ?(?=#\d+#)"
    # … or after a longer noun, each item a label and its count: "xử lý kỷ luật 7 tổ chức cơ sở đảng
    # (khiển trách 6, cảnh cáo 1)", "cấp 2.292 sổ bảo hiểm xã hội cho người lao động (cấp mới 2.189 sổ, …)"
    # (… its commas too: "871 đảng viên có liên quan đến hành vi tham nhũng, tiêu cực, suy thoái về đạo đức,
    # lối sống (khiển trách 612 đảng viên, …)", n1113)
    # (… its labels perhaps with a colon: "8.139 nhà trên địa bàn tỉnh bị ngập (Quỳnh Lưu: 5.559 nhà; …)",
    # n1547)
    # (… a place's name with its dash, past a bracket of the noun's own: "18 tàu cá (công suất >20CV) bị chìm
    # (Thanh Hóa: 1; …)", "53 thuyền nhỏ bị chìm, cuốn trôi (Thanh Hóa: 37; Thừa Thiên - Huế: 15)", n2246)
    rf"|(?:,? [^\W\d_]+| \([^()#]{{0,30}}(?:#\d+#[^()#]{{0,10}})?\)){{4,20}} ?"
    rf"\((?={_LABEL_OF_AN_ITEM}:? #\d+#[^#()]{{0,20}}[,;] ?{_LABEL_OF_AN_ITEM}:? #\d+#)"
    # … or each a "số …" said with "là": "4.597 người cai bắt buộc theo quyết định của Tòa án (số không có nơi
    # cư trú ổn định là 4.143 người, số có nơi cư trú ổn định là 454 người)"
    r"|(?: [^\W\d_]+){1,12} ?\((?=số (?:[^\W\d_]+ ){1,8}là #\d+#[^#()]{0,20}[,;] ?"
    r"số (?:[^\W\d_]+ ){1,8}là #\d+#)"
    # further on in the clause, a bracket that opens with a count: "26 kiến nghị phòng ngừa …, giải
    # quyết nguồn tin (1 kiến nghị …; 3 kiến nghị …)", each item then counting what the total counts
    r"|(?P<far>[^#;()]{0,120}? ?\((?= ?#\d+#))"
    # after a long noun: "879.705 thí sinh dự thi lấy kết quả xét công nhận tốt nghiệp THPT, trong đó …"
    r"|(?P<wide>[^#;()]{30,100}?, (?:trong đó|bao gồm|gồm)(?!\w):?)"
    # past what it is worth in another measure, its breakdown in brackets: "210,51 tỷ đồng tương đương 701.700
    # phần quà (trong đó tiền mặt là 17,56 tỷ đồng, hiện vật là 192,95 tỷ đồng)" (n1477) — read only when it
    # adds up, as the list may be of that other measure
    r"|(?P<equivalent>[^#;()]{0,40}?,? (?:tương đương|tương ứng)(?: với)? #\d+#(?: [^\W\d_]+){0,4} ?"
    r"\((?:trong đó|bao gồm|gồm)(?!\w):? ?)"
)
_EXHAUSTIVE_MARKER = re.compile(r"bao gồm|gồm|chia ra|cụ thể|:")
# … and a total said to be divided by something before it: "đại biểu được phân bổ theo khối với số lượng là 70
# đại biểu (khối Đảng 8 đại biểu; …)" (n783)
_DIVIDED_BY = re.compile(r"(?<!\w)(?:phân bổ|phân chia|chia|phân) theo [^\W\d_]+")
# "trong số 131 vụ ngộ độc thực phẩm có 43 vụ …, 6 vụ …": a total after "trong số", its parts after "có"
_AMONG = re.compile(r"(?<!\w)trong (?:(?:tổng )?số )?$")  # (or "Trong 15 PGS có 13 nam và 2 nữ", n2366)
_HAS_AFTER_AMONG = re.compile(r"[^#;,()]{0,40}? có(?!\w)")


_PATIENTS = re.compile(r"(?:trường hợp|ca bệnh|ca|bệnh nhân|người bệnh|bn|f0)(?!\w)")
_NOT_A_PART = re.compile(
    # (not the province of Cao Bằng: "(Lào Cai 16, Cao Bằng 9, …)", n941)
    r"giải quyết|thụ lý|tiếp nhận|tăng|giảm|so với|tỷ lệ|tỉ lệ|(?<!cao )bằng (?:với )?#|gấp|giải ngân|nâng"
    # (but the rest, closing a list: "…, còn lại là 65 công dân dự bị", n957)
    r"|kết nạp|còn(?! lại(?: là)? #)"
    # what was over the plan is no part: "đạt 117%, vượt 820 tỉ đồng" (not "28 chỉ tiêu đạt và vượt")
    r"|vượt #"
    r"|xuất siêu|nhập siêu|cán cân"  # the trade's balance is no part of it
    # what was done with the parts is none of them: "9.334 việc phải thi hành, trong đó 7.581 việc có điều
    # kiện thi hành, đã thi hành xong 6.367 việc"
    r"|thi hành xong|đã xong"
    # … nor what of it was paid into the budget: "thu về 266 tỷ đồng …; trong đó, phạt tiền 121 tỷ đồng, trị
    # giá hàng hóa vi phạm 145 tỷ đồng, nộp ngân sách 141 tỷ đồng" (n822) — not the budget level a part goes
    # to
    r"|nộp (?:vào )?ngân sách(?! (?:nhà nước )?(?:trung ương|địa phương|tỉnh|huyện|xã|cấp))"
    # "thu 20 tỷ đồng" after something else is what was collected; an item that opens with it names a
    # line of the budget: "Trong đó, thu ngân sách do tỉnh quản lý 203 tỷ đồng; thu … do huyện …"
    # not "chi bộ", a party cell; an item may open after its colon, or a label joined by "và" ("thuế, phí
    # và thu khác đạt 1.292 tỷ đồng")
    # (but an office of the tax department collects a part: "văn phòng Cục Thuế thu 5.061 tỷ đồng; 18 Chi
    # cục Thuế thu 884,3 tỷ đồng")
    # (nor "doanh thu", "khoản thu", "nguồn thu": revenue, a noun: "doanh thu lữ hành là 335,817 tỷ đồng")
    # (nor "thu nhập", "chi phí", "chi tiết": income, costs, details — "hộ nghèo theo tiêu chí thu nhập là
    # 10.508 hộ", n598)
    # (nor the seasons "vụ hè thu", "vụ thu đông": "lúa 6.668,1 ha (vụ Đông Xuân 3.772,1 ha, vụ Hè Thu …)")
    r"|(?<=[^\s:] )(?<!và )(?<!thuế )(?<!doanh )(?<!khoản )(?<!nguồn )(?<!hè )"
    r"(?:thu|chi) (?!bộ|cục|nhập|phí|tiết|đông)"
    # "(số gốc 120 vụ, kế hoạch 110 vụ)": a reference named before its figure is not a part
    # ("239 cuộc theo kế hoạch" is one)
    # (but "năm trước chuyển sang 3.210 việc" is what was carried over, a part)
    # (nor "thu chuyển nguồn năm trước sang", what the year before carried over, n687)
    r"|(?:gốc|kế hoạch|dự toán|mục tiêu|cùng kỳ|năm trước|năm ngoái|kỳ trước)(?! chuyển| sang)[^#]*#"
)
_PIECES = re.compile(r"[^,;.]+")
_AND_BEFORE_A_COUNT = re.compile(r"( và | ?\+ ?)(?=[^#]*#\d+#)")
_TOTAL_AFTER = pattern(r"(?:(?:trên|trong) )?(?:tổng cộng|tổng số|tổng)(?: là| có)?:? {total:N}")


def _as_part(
    sentence: Sentence, piece: str, noun: str, verbs: frozenset[str] = frozenset(), any_noun: bool = False
) -> Figure | None:
    """The one count a list item holds ("13 chỉ tiêu vượt", "hình sự 640 vụ"), or None.

    ``verbs``: those the total is said with ("Tổng số thụ lý là 736.747 việc"), which name its
    parts too ("số thụ lý mới là 446.223 việc") rather than another figure. ``any_noun``: a part may
    count another noun than the total (kinds of it: "248 đảng bộ cơ sở" of "477 tổ chức cơ sở đảng").
    """
    counts = [m for m in PLACEHOLDER.finditer(piece) if not m.group().endswith(("%#", "pt#"))]
    if len(counts) > 1:  # "sơ cấp và dưới 3 tháng 18.766 người": a span of time names the part
        counts = [m for m in counts if not _is_a_period(sentence.figure(m.group()))] or counts
    if any_noun:
        noun = ""
    if len(counts) > 1 and noun:  # "16 kiến nghị đối với cơ quan điều tra 2 cấp": the one counting the noun
        # (the first, or the one after "với": "+ 04 khách sạn 5 sao với 1.463 phòng" of "9.265 phòng", n473)
        counting = [m for m in counts if _same_first_word(sentence.figure(m.group()).noun, noun)]
        if (
            counting
            and counting[0] is not counts[0]
            and not _WITH_BEFORE.search(piece, 0, counting[0].start())
        ):
            counting = []
        counts = counting[:1] if len(counting) == 1 else []
    elif len(counts) == 2 and _SUBJECT_COUNTED_THEN_AMOUNT.fullmatch(
        piece, counts[0].start(), counts[1].end()
    ):
        counts = counts[1:]  # "18 Chi cục Thuế thu 884,3 tỷ đồng": how many offices, then what they collected
    if len(counts) != 1:
        return None
    # "dự phòng là 184 công dân (chiếm 4,84% so với chỉ tiêu)": the part's own rate, in brackets after it
    words = _ITS_OWN_RATE_IN_BRACKETS.sub(lambda found: " " * len(found.group()), piece, 1)
    # "gồm tỷ lệ hộ nghèo 5,0% với 12.855 hộ; tỷ lệ hộ cận nghèo 4,76% với 12.248 hộ" (n293): a rate said with
    # its count, the count the part
    words = _A_RATE_WITH_ITS_COUNT.sub(lambda found: " " * len(found.group()), words, 1)
    if _AUDIT_KINDS.search(sentence.skeleton) and len(set(_AUDIT_KINDS.findall(sentence.skeleton))) == 2:
        # "kiến nghị xử lý tài chính 67.055 tỷ đồng, trong đó tăng thu NSNN 7.486 tỷ đồng, giảm chi NSNN
        # 10.221 tỷ đồng và kiến nghị khác …" (n541): an audit's kinds of findings, said together, not changes
        words = _AUDIT_KINDS.sub(lambda found: " " * len(found.group()), words)
    if any(not _pardoned(words, m, verbs) for m in _NOT_A_PART.finditer(words)):
        return None
    figure = sentence.figure(counts[0].group())
    per_unit = _PER_UNIT.match(piece, counts[0].end())
    if per_unit is not None and not _a_total_per_the_same(sentence, piece[counts[0].end() :]):
        return None  # "đạt 32,5 giường bệnh/vạn dân": a rate, not a part
    if not figure.noun and _NUMBERED.search(piece, 0, counts[0].start()):
        return None  # "tiêu chí số 2 về giao thông": which one, not how many
    if (
        figure.noun
        and noun
        and _counted_words(figure.noun)[0] != _counted_words(noun)[0]
        # "khai trừ ra khỏi Đảng 8 trường hợp" of "16 đảng viên": a case counts whatever people the whole
        # counts (not "1.250 phương tiện", things)
        and not (figure.noun.split()[:2] == ["trường", "hợp"] and _PEOPLE_OF_A_KIND.match(noun))
        # "1.706 người …, với 51 lao động …": people of a kind are people
        and not (_first_word(noun) == "người" and _PEOPLE_OF_A_KIND.match(figure.noun))
        # "Trong tổng số 400 đại biểu … có …, … hiệp thương cử là 174 người": the same people, counted bare
        and not (_first_word(figure.noun) == "người" and _PEOPLE_OF_A_KIND.match(noun))
        # "168.822 trường hợp mắc COVID-19, trong đó … 159.510 bệnh nhân đã điều trị khỏi": cases are patients
        and not (_PATIENTS.match(figure.noun) and _PATIENTS.match(noun))
        # "111 đơn … (35 khiếu nại, 2 tố cáo, 74 kiến nghị và phản ánh)": petitions of each kind
        and not (_first_word(noun) == "đơn" and _PETITIONS.match(figure.noun))
    ):
        return None  # ("12.050 đồng chí" of "80.150 đảng viên" counts the same people)
    kinds = {_petition_kind(figure.noun), _petition_kind(noun)}
    if len(kinds - {""}) == 2:
        return None  # "105 đơn tố cáo; trong đó có 11 đơn khiếu nại đúng": of the complaints, said before
    return figure


_NUMBERED = re.compile(r"[^\W\d_]+ (?:số|thứ) $")
_AUDIT_KINDS = re.compile(r"(?<!\w)(tăng thu|giảm chi)(?! nhập| phí| tiết)(?!\w)")
_WITH_BEFORE = re.compile(r" với $")
_A_RATE_WITH_ITS_COUNT = re.compile(
    r"(?:tỷ lệ|tỉ lệ)[^#]{0,60}?#\d+%# (?:với|là|có|tương ứng|tương đương)(?= #\d+#)"
)
_ITS_OWN_RATE_IN_BRACKETS = re.compile(
    r"(?<=\d#)[^#()]{0,30}\( ?(?:chiếm|đạt|bằng)(?!\w)[^()#]*#\d+%#[^()#]*\)$"
)
_SUBJECT_COUNTED_THEN_AMOUNT = re.compile(
    r"#\d+# (?:[^\W\d_]+ ){1,4}(?:thu|nộp|chi|giải ngân)(?: được)? #\d+#"
)
_PER_UNIT = re.compile(r"[^#,;/]{0,30}/ ?(?:vạn |nghìn |triệu |100\.000 )?[^\W\d_]")


def _a_total_per_the_same(sentence: Sentence, per_unit: str) -> bool:
    """Whether the sentence opens with a figure said per the same unit of time as a part's: "khoảng 6.500
    tấn/ngày đêm …, tập trung tại 2 khu xử lý … Nam Sơn khoảng 5000 tấn/ngày đêm và … Xuân Sơn khoảng 1.500
    tấn/ngày đêm" (n1182) — amounts of one day, which add up like amounts."""
    unit = _PER_DAY.match(per_unit.strip())
    if unit is None:
        return False
    first = _PER_DAY_AFTER_A_FIGURE.search(sentence.skeleton)
    return first is not None and first.group("unit") == unit.group("unit")


_PER_DAY = re.compile(r"(?P<noun>[^\W\d_]+) ?/ ?(?P<unit>ngày đêm|ngày|tháng|năm|giờ)(?!\w)")
_PER_DAY_AFTER_A_FIGURE = re.compile(r"#\d+# [^\W\d_]+ ?/ ?(?P<unit>ngày đêm|ngày|tháng|năm|giờ)(?!\w)")
_PEOPLE_OF_A_KIND = re.compile(
    r"(?:lao động|thanh niên|công dân|học sinh|sinh viên|cán bộ|công chức|viên chức|đảng viên|đồng chí"
    r"|bệnh nhân|thí sinh|đối tượng|bị can|bị cáo|trẻ em|hội viên|đoàn viên|nhân khẩu|đại biểu|cử tri"
    r"|người)(?!\w)"
)
_PLACES_AND_BODIES = re.compile(
    r"(?:đơn vị|xã|phường|thị trấn|huyện|tỉnh|thôn|ấp|tổ|cơ quan|trường|cơ sở|doanh nghiệp|hộ|chi bộ"
    r"|đảng bộ)(?!\w)"
)


def _people_of_places(part: Figure, whole: Figure) -> bool:
    """Whether ``part`` counts people and ``whole`` places or bodies ("tại 30 đơn vị bầu cử"): no whole of
    them."""
    return bool(_PEOPLE_OF_A_KIND.match(part.noun) and _PLACES_AND_BODIES.match(whole.noun))


_PETITIONS = re.compile(r"(?<!\w)(khiếu nại|tố cáo|kiến nghị|phản ánh|phản ảnh)(?!\w)")


def _petition_kind(noun: str) -> str:
    """What kind of petition "đơn …" counts ("đơn khiếu nại", "đơn tố cáo"), or "" (any, or not one)."""
    found = _PETITIONS.search(noun) if noun.startswith("đơn ") else None
    return found.group(1).replace("phản ảnh", "phản ánh") if found else ""


def _pardoned(piece: str, found: re.Match[str], verbs: frozenset[str]) -> bool:
    """Whether a word that says "not a part" names one here: the total's own verb, not said of what
    is still pending ("đang giải quyết 194 tin" is not among the 703 settled)."""
    return found.group() in verbs and not re.search(r"(?:đang|chưa|còn|sẽ)\W*$", piece[: found.start()])


def _list_items(text: str, start: int) -> Iterator[tuple[str, int, int]]:
    """The items of a list, split at ',', ';' and at 'và' before a count, with their spans.

    A bracket with counts inside an item holds that part's own details, not further parts: "248
    đảng bộ cơ sở (14 đảng bộ bộ phận và 2.370 chi bộ trực thuộc) và 229 chi bộ cơ sở" lists two
    parts; the bracket is blanked (offsets kept) before the list is split. "và" joins two items only
    after a count: "công nghiệp và xây dựng 198.200 người" is one label and its count.
    """
    text = _details_blanked(text, start)
    for piece in _PIECES.finditer(text, start):
        position = piece.start()
        # items and the words between them, in turn: "652 vụ việc bào chữa + 434 vụ việc bảo vệ …" too
        split = _AND_BEFORE_A_COUNT.split(piece.group())
        items, joins = split[0::2], split[1::2]
        while items:
            item = items.pop(0)
            while items and not _COUNT_PLACEHOLDER.search(item):
                item += joins.pop(0) + items.pop(0)
            yield item, position, position + len(item)
            position += len(item) + (len(joins.pop(0)) if joins else 0)


def _details_blanked(text: str, start: int) -> str:
    """``text`` with every bracket opened after ``start`` that holds a count (not only a rate) blanked — but
    for names each with its count in brackets ("Bình Dương (2.117), TP. Hồ Chí Minh (1.523), …"), where the
    brackets hold the items' own counts: only their brackets are blanked."""
    rest = _COUNTS_IN_BRACKETS.sub(_brackets_blanked, text[start:]) if "(" in text else text[start:]
    return text[:start] + _DETAILS.sub(lambda bracket: " " * len(bracket.group()), rest)


def _brackets_blanked(run: re.Match[str]) -> str:
    return run.group().replace("(", " ").replace(")", " ")


# a bracket with a count, or the part's own change ("thụ lý mới 5.621 việc (tăng 5,6% so với năm 2019)")
# (… or the rates of two parts: "54 nhiệm vụ độc lập (đạt tỷ lệ 88,5% đối với nhiệm vụ độc lập và 98% đối với
# …)", n1602)
_DETAILS = re.compile(
    r"\((?=[^()]*#\d+#)[^()]*\)|\( ?(?:tăng|giảm)(?!\w)[^()]*\)"
    r"|\( ?(?:đạt|chiếm|bằng)(?: tỷ lệ| tỉ lệ)? #\d+%#[^()#]* và #\d+%#[^()]*\)"
)


def _parts_after(
    sentence: Sentence,
    start: int,
    noun: str,
    stop: int | None = None,
    lenient: bool = False,
    verbs: frozenset[str] = frozenset(),
    any_noun: bool = False,
) -> tuple[list[Figure], list[str], int]:
    """The parts listed from ``start`` on (up to ``stop``), up to the first item that is not a part.

    ``lenient``: pieces without a count are passed over ("ngành nông-lâm nghiệp, thủy sản đạt 4.598,03
    tỷ đồng, đạt 100% kế hoạch": a label cut at its comma, and the item's own share). ``any_noun``:
    see :func:`_as_part`.
    """
    parts: list[Figure] = []
    items: list[str] = []
    end = start
    elided = False  # the first part's noun left out (see below)
    text = sentence.skeleton if stop is None else sentence.skeleton[:stop]
    items_after = _list_items(text, start)
    upcoming = next(items_after, None)
    while upcoming is not None:
        item, _, item_end = upcoming
        upcoming = next(items_after, None)  # read one ahead: whether this item is the list's last
        if parts and not item.strip(" ,"):
            continue  # a part's details in brackets after its comma, blanked: "68.747 HS, (hệ GDPT: …)"
        if parts and _NESTED_BREAKDOWN.search(item):
            break  # "…; thu … 197,7 tỷ đồng, đạt 59%, gồm: thu thuế 123,7 tỷ đồng, …": the last part's own
        if parts and _ANOTHER_LIST_OPENS.match(item):
            # "17.726.369 triệu đồng, trong đó: ngân sách cấp tỉnh: 10.075.462 …, ngân sách cấp xã: 7.650.907
            # …, cụ thể một số khoản thu như sau: Thu nội địa: 16.016.000 …" (n1246): another list, of other
            # items
            break
        if parts and _A_WHOLE_OF_ITS_OWN.search(item):
            break  # "trong 6 cơ sở …, có 5 cơ sở vi phạm; 17 cơ sở hành nghề y thì có tới 16 cơ sở vi phạm"
        if len(parts) >= 2 and _HAS_AGAIN.match(item) and not _HAS_AGAIN.match(items[-1]):
            # "23.570 thí sinh dự thi, trong đó có 20.943 thí sinh hệ PTTH, 2.627 thí sinh hệ GDTX, có 10 thí
            # sinh được miễn thi" (n742): a statement of its own after the list, not a third part
            break
        if not _COUNT_PLACEHOLDER.search(item) and (
            lenient
            or (
                _LABEL_CUT_AT_ITS_COMMA.fullmatch(item)
                # before the first part, or between parts each named before its count ("đơn khiếu nại 856
                # đơn, đơn tố cáo 325 đơn, đơn kiến nghị, phản ánh 3.339 đơn")
                and (
                    all(_labelled(done, part) for done, part in zip(items, parts, strict=True))
                    or _second_name_of_the_last(item, items, parts)
                )
            )
        ):
            continue  # "trong đó nông, lâm nghiệp và thủy sản 285.400 người": a label cut at its comma
        if parts and _WITH_ITS_OWN.match(item):
            continue  # "149 đảng bộ cơ sở, với 1.251 chi bộ trực thuộc": what the part holds, not a part
        if parts and _AN_AGE_LISTED.fullmatch(item) and _AT_AN_AGE.search(items[-1]):
            continue  # "1.058 cụ tròn 70, 75, 80, 85, 95 và trên 100, 2 cụ …" (raw58/uh13): a part's ages
        if parts and _ITS_OWN_SHARE.fullmatch(item):
            continue  # "có điều kiện thi hành 9.860 việc, chiếm 79,2%; chưa có điều kiện …": the part's share
        if parts and _ITS_OWN_EXCESS.fullmatch(item):
            continue  # "thu nội địa 5.541 tỉ đồng, đạt 117%, vượt 820 tỉ đồng; thu …": over the part's plan
        if parts and _ITS_OWN_RATE_OF_CHANGE.fullmatch(item):
            continue  # "gồm 16,4 triệu thuê bao cố định, tăng 7,6% và 142,1 triệu …" (n501): the part's own
        if parts and (own_then := _ITS_OWN_RATE_OF_CHANGE_THEN.match(item)):
            item = item[own_then.end() :]  # "…, tăng 7,6% và 142,1 triệu thuê bao di động": the next part
        if (
            lenient
            and (own := _ITS_OWN_CHANGE.search(item))
            and _COUNT_PLACEHOLDER.search(item, 0, own.start())
        ):
            item = item[: own.start()]  # "… ước đạt 227,5 tỷ đồng tăng 14,5% so với năm 2017": the part's own
        held = _WITH_ITS_OWN.search(item) if parts and upcoming is None else None
        if held and _COUNT_PLACEHOLDER.search(item, 0, held.start()):
            # "gồm 17 đảng bộ và 15 chi bộ cơ sở với 163 chi bộ trực thuộc": what the parts hold, said after
            # the last of them (after the first, "2.667 đơn đủ điều kiện với 405 đơn …", the part's own;
            # inside the list, "5 vụ với 7 bị can, …", a pair, read as before)
            item = item[: held.start()]
        figure = _as_part(sentence, item, noun, verbs, any_noun)
        if figure is None and not parts and noun and not any_noun:
            # "5.519 người (gồm 126 trung cấp, 4.549 người trình độ sơ cấp …)": the first part's noun left
            # out, the level said instead — a part when the next ones count the whole's noun
            figure = _as_part(sentence, item, noun, verbs, any_noun=True)
            elided = figure is not None and (figure.noun.split() or [""])[0] not in _MEASURE_NOUNS
            if not elided:
                figure = None
        elif figure is None and elided and len(parts) == 1:
            parts, items = [], []  # the next one does not count the whole's noun either: no list
        if figure is None or (parts and _out_of_a_figure_before(sentence, figure, parts[0])):
            break  # "102 xã, …, trong đó …, 35 xã khu vực I; có 92/102 xã …": of the total, past the list
        if parts and figure.kind == FigureKind.AMOUNT and not _alike(parts[0], figure):
            break  # "… 3.000 nghìn tấn …, diện tích nuôi trồng đạt 1.093 ha" (n506): another measure, past it
        if (
            len(parts) == 1
            and elided
            and (
                not _same_first_word(figure.noun, noun)
                # … and says the kind the first one said instead ("trình độ sơ cấp" after "trung cấp"), not
                # another thing altogether ("572 băng nhóm, 1.852 đối tượng")
                or parts[0].noun.split()[-1] not in item.split()
            )
        ):
            return [], [], start  # the part after it does not name the whole's noun: not its parts
        parts.append(figure)
        items.append(item)
        end = item_end
        if held:
            break
    return parts, items, end


# a first part with another noun than its whole's is one only when it is no unit of measure
_MEASURE_NOUNS = frozenset("tỷ tỉ triệu nghìn ngàn đồng ha tấn km kg usd lần %".split())  # noqa: SIM905


_COUNT_PLACEHOLDER = re.compile(r"#\d+#")
_AN_AGE_LISTED = re.compile(r"(?: ?(?:và )?(?:trên )?\d{2,3})+(?: tuổi)?")
_AT_AN_AGE = re.compile(r"tròn \d{2,3}")
_HAS_AGAIN = re.compile(r"[\s,;:]*(?:trong đó:? )?có (?=[^#]{0,20}#\d+#)")
_LABEL_CUT_AT_ITS_COMMA = re.compile(r" ?(?:trong đó:? |gồm:? )?[^\W\d_]+(?: [^\W\d_]+){0,2}")
# (or its rate of the plan: "lúa 6.668,1 ha (…) đạt 98,5 % so với kế hoạch", n666)
_ITS_OWN_CHANGE = re.compile(r",? (?:tăng|giảm|đạt|bằng) #\d+%#(?: so(?: với)? [^#]*)?$")
_WITH_ITS_OWN = re.compile(r" ?với #\d+#")
_ITS_OWN_EXCESS = re.compile(r" ?vượt #\d+#(?: [^\W\d_]+){0,6}")
# (or its multiple: "diện tích rừng bị cháy là 2,7 nghìn ha, gấp gần 5 lần; …", n1377)
_ITS_OWN_RATE_OF_CHANGE = re.compile(
    r" ?(?:(?:tăng|giảm) #\d+%#|gấp(?: gần| hơn| khoảng)? #\d+# lần)(?: so với [^#]*| cùng kỳ[^#]*)?"
)
# … and the next part after "và", its label first or not: "cá được 305,5ha, tăng 1,84% và các loại thủy sản
# khác 636ha" (n672)
_ITS_OWN_RATE_OF_CHANGE_THEN = re.compile(r" ?(?:tăng|giảm) #\d+%# và(?= (?:[^\W\d_]+ ){0,6}#\d+#)")
_ITS_OWN_SHARE = re.compile(r" ?\(?(?:chiếm|đạt|bằng)(?: tỷ lệ| tỉ lệ)? #\d+%#\)?")
_SEMICOLON_LIST = re.compile(r"[^;.#]{1,200}#\d+#[^;.#]{0,120};[^;.#]{1,120}#\d+#")
_NESTED_BREAKDOWN = re.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm)(?!\w)")
_ANOTHER_LIST_OPENS = re.compile(r"[\s,;]*(?:cụ thể|chi tiết)(?:[^#:]{0,40}? như sau)? ?:")
# an item that is a whole, then what of it: "17 cơ sở hành nghề y thì có tới 16 cơ sở vi phạm"
_A_WHOLE_OF_ITS_OWN = re.compile(r"#\d+#[^#]{0,60}? thì (?:có |là )?(?:tới |đến |gần |hơn )?#\d+#")
# the breakdown of a total said after its own comparisons: "14.759,03 tỷ đồng, đạt 99,59% kế hoạch và
# bằng 108,44% so với năm 2022; trong đó, …"
_LATE_BREAKDOWN = re.compile(
    # … and after its rate with the difference in brackets: "905.867 tấn, giảm 0,58% (5.240 tấn) so với
    # năm 2018; trong đó …"
    r"(?:[^#;]|#\d+%#|(?<=%# )\(#\d+#[^#;()]{0,20}\)|\([^#;()]{0,20}#\d+#(?=[^#;()]{0,20}\)))"
    r"{0,120}?; ?(?:trong đó|bao gồm|gồm)(?!\w)[ ,:]*"
    # after the total's change, its difference and rate: "736.747 việc, tăng 39.080 việc (tăng 5,60% so
    # với cùng kỳ năm 2016), trong đó: …"
    r"|[^#;]{0,40}?,? \(?(?:tăng|giảm) #\d+#(?:[^#;]|#\d+%#){0,100}?, (?:trong đó|bao gồm|gồm)(?!\w)[ ,:]*"
    # … or its rate, then a comma: "1.515,6 ha, giảm 55,9% so với năm 2016, trong đó …"
    # … or its rates of the plan and of the year before: "8.418,1 ha, đạt 93,5% so kế hoạch, đạt 94,8% so cùng
    # kỳ, trong đó: lúa …" (n666)
    # (after a longer noun, or a multiple: "3,2 nghìn ha, gấp 3 lần cùng kỳ năm trước, trong đó …", n1377)
    # (… its plan named at length: "đạt 10,4% Dự toán Hội đồng nhân dân thành phố giao và tăng 78,2% so với
    # cùng kỳ năm trước, trong đó: …", n1971)
    # (… or no comma before the marker: "đạt 835.239 triệu đồng bằng 140,35% so cùng kỳ năm trước trong đó chi
    # đầu tư phát triển 157.904 triệu đồng …", n2081)
    r"|[^#;]{0,40}?(?:,? (?:(?:tăng|giảm|đạt|bằng) #\d+%#|gấp(?: gần| hơn)? #\d+# lần)[^#;]{0,60}?){1,3},?"
    r" (?:trong đó|bao gồm|gồm)(?!\w)"
    r"[ ,:]*"
    # … or its rate and its difference in brackets, then a colon: "56 đảng viên, giảm 6,67% (giảm 4 đảng
    # viên) bằng các hình thức: Khiển trách 31, …"
    r"|[^#;]{0,20}?,? (?:tăng|giảm) #\d+%# \((?:tăng |giảm )?#\d+#[^#;()]{0,20}\)[^#;()]{0,40}?"
    r"(?:trong đó|bao gồm|gồm|:)(?!\w)[ ,:]*"
    # … or its difference and rate in one bracket: "548 đảng viên (giảm 69 đảng viên, 11,5%) bằng các hình
    # thức: Khiển trách 438; …" (n667)
    r"|[^#;()]{0,20}? \((?:tăng|giảm) #\d+#[^#;()]{0,20}?,? #\d+%#\)[^#;()]{0,40}?"
    r"(?:trong đó|bao gồm|gồm|:)(?!\w)[ ,:]*"
    # … or its rates, then its parts in a bracket, each named: "39.954 ha, đạt 120,7% so với kế hoạch vụ, tăng
    # 7,5% so với đông xuân năm trước (lúa 35.903 ha đạt 119,3% …; bắp 4.051 ha …)" (n2323) — not the value of
    # another period ("(năm 2017 là …)", "(cùng kỳ …)")
    r"|[^#;()]{0,40}?(?:,? (?:tăng|giảm|đạt|bằng) #\d+%#[^#;()]{0,60}?){1,3} \("
    r"(?!(?:tăng|giảm|đạt|bằng|chiếm|năm|cùng|quý|tháng|so|kế hoạch|kh|riêng|trong|bao gồm|gồm)(?!\w))"
    r"(?=[^\W\d_])"
)
# what was carried over from the period before: listed with it, what was newly received is a part too
_CARRIED_OVER = re.compile(r"(?<!\w)(?:chuyển sang|chuyển qua)(?!\w)")
# an item received too, after what was carried over and what was newly received in one way
_RECEIVED_TOO = re.compile(r"\W*(?:tiếp nhận|nhận|thụ lý)(?!\w)")
# the verbs a total is said with that also name its parts: "tổng số thụ lý là …, trong đó: số thụ lý mới …"
_VERB_OF_A_TOTAL = re.compile(r"giải quyết|thụ lý|tiếp nhận|kết nạp|giải ngân")


def _parts_before(sentence: Sentence, start: int, end: int, noun: str) -> tuple[list[Figure], list[str], int]:
    """The parts listed just before ``end`` (and after ``start``), in text order."""
    listed = list(_list_items(sentence.skeleton[:end], start))
    parts: list[Figure] = []
    items: list[str] = []
    first = end
    for item, item_start, _ in reversed(listed):
        if not item.strip():
            continue
        figure = _as_part(sentence, item, noun)
        if figure is None:
            break
        parts.insert(0, figure)
        items.insert(0, item)
        first = item_start
    return parts, items, first


def _second_name_of_the_last(piece: str, items: list[str], parts: list[Figure]) -> bool:
    """Whether a piece without a count is the second name of the part before it, each part counted before
    its name ("354 đơn khiếu nại, tố cáo, 795 đơn kiến nghị, phản ánh"): a word or two after a part whose
    name, after its count, says the thing and its kind."""
    if not parts or len(piece.split()) > 2 or _GROUP_LABEL.fullmatch(piece.strip(" :")):
        return False
    last, part = items[-1], parts[-1]
    named = last[last.find(part.placeholder) + len(part.placeholder) :].split()
    return len(named) >= 2 and not any(_labelled(done, each) for done, each in zip(items, parts, strict=True))


def _labelled(item: str, part: Figure) -> bool:
    """Whether a list item names its group before the count ("nữ 18.000 người")."""
    before = item[: item.find(part.placeholder)]
    return bool(_GROUP_LABEL.sub("", before).strip(" :"))


# Groups that cut across others: a breakdown by them may count one person twice.
_CROSS_CUTTING = re.compile(  # (not the "Nam" of "Việt Nam": "Thư viện Quốc gia Việt Nam: 1", n2336)
    r"(?<!\w)(?:nữ|(?<!việt )nam|dân tộc|thiểu số|đảng viên|cao tuổi|trẻ em|khuyết tật|hộ nghèo|cận nghèo"
    r"|thanh niên|trẻ tuổi|ngoài đảng|người có công|tôn giáo)(?!\w)"
)


_GROUP_LABEL = re.compile(r"trong đó|bao gồm|gồm|chia ra|cụ thể|có|và|còn lại")
# Kinds that one thing may be several of at once: a person insured by several schemes, a school that
# teaches several levels (liên cấp), a case counted under several offences.
_OVERLAPPING_KINDS = re.compile(
    r"(?<!\w)(?:bhxh|bhyt|bhtn|bảo hiểm(?: xã hội| y tế| thất nghiệp)?|thất nghiệp|mầm non|tiểu học|thcs|thpt"
    r"|trung học(?: cơ sở| phổ thông)?|liên cấp)(?!\w)"
)
# the same kind written out or in short
_KIND_IN_SHORT = {
    "bảo hiểm xã hội": "bhxh",
    "bảo hiểm y tế": "bhyt",
    "bảo hiểm thất nghiệp": "bhtn",
    "thất nghiệp": "bhtn",
    "trung học cơ sở": "thcs",
    "trung học phổ thông": "thpt",
}


_AND_ABOVE = re.compile(r"(?<!\w)trở (?:lên|xuống)(?!\w)")


def _may_overlap(items: list[str]) -> bool:
    """Whether the groups a list names may share members, so that their sum may exceed the whole:
    groups that cut across others ("nữ", "dân tộc thiểu số") or kinds one member may be several of
    (insurance schemes, school levels). Groups told apart by one attribute otherwise ("định kỳ 16
    phiên, lưu động 2 phiên và 58 phiên online") are kinds of the whole that do not overlap."""
    if any(_CROSS_CUTTING.search(item) for item in items):
        return True
    # "BHXH bắt buộc 13,68 triệu người; BHXH tự nguyện 230 nghìn người": kinds of one scheme do not
    # overlap; people under two schemes ("BHXH …, BHYT …") may be counted twice
    return len(set().union(*(_kinds_named(item) for item in items))) >= 2


def _kinds_named(item: str) -> set[str]:
    """The kinds one thing may be several of that a list item names ("BHXH bắt buộc" → bhxh)."""
    return {_KIND_IN_SHORT.get(found.lower(), found.lower()) for found in _OVERLAPPING_KINDS.findall(item)}


_SCHEMES = frozenset({"bhxh", "bhyt", "bhtn"})


def _schemes_named(text: str) -> set[str]:
    """The insurance schemes ``text`` names ("BHXH bắt buộc" → bhxh)."""
    return _kinds_named(text) & _SCHEMES


def _up_to_another_kind(
    sentence: Sentence,
    whole: str,
    parts: list[Figure],
    items: list[str],
    end: int,
    kinds_of: Callable[[str], set[str]],
) -> tuple[list[Figure], list[str], int]:
    """The parts up to the first item named as another kind (``kinds_of``: insurance schemes, sectors of the
    economy) than the one the words of the whole (``whole``) name alone: "số người tham gia BHXH là 13,7
    triệu người. Trong đó, tham gia BHXH bắt buộc 13,68 triệu người; BHXH tự nguyện 230 nghìn người; BHTN là
    11,6 triệu người" (n772) breaks the social insurance down, then tells another scheme's own whole; "giá trị
    sản xuất công nghiệp - xây dựng … 31.467 tỷ đồng …. Trong đó, công nghiệp - thủ công nghiệp … 23.896 tỷ
    đồng, …; thương mại - dịch vụ … 22.115 tỷ đồng" (n1108) another sector. A whole of two kinds ("Các chế độ
    chi BHXH, BHTN …") is of both."""
    kind = kinds_of(whole)
    if len(kind) != 1:
        return parts, items, end
    for at, (item, part) in enumerate(zip(items, parts, strict=True)):
        named = kinds_of(item[: item.find(part.placeholder)])
        if at and named and not named & kind:
            last = parts[at - 1]
            return parts[:at], items[:at], sentence.skeleton.find(last.placeholder) + len(last.placeholder)
    return parts, items, end


def _two_divisions(total: Figure, parts: Sequence[Figure]) -> Sequence[Figure] | None:
    """The first of two runs of ``parts`` that each add up to ``total`` (two divisions of one whole,
    listed one after the other), or None."""
    label = Bilingual("sum of the parts", "tổng các phần")
    for cut in range(2, len(parts) - 1):
        if not _fits(total, sum_of_parts(parts[:cut], label)):
            continue
        # the second run, then perhaps a group that cuts across both: "539 người nghiện …, 1.122 người sử
        # dụng …; 346 người không có nơi cư trú ổn định, 1.315 người có nơi cư trú ổn định; 44 người có biểu
        # hiện 'ngáo đá'" — of the 1.661
        for end in range(len(parts), cut + 1, -1):
            if _fits(total, sum_of_parts(parts[cut:end], label)):
                return parts[:cut]
    return None


def _first_division(total: Figure, parts: Sequence[Figure]) -> Sequence[Figure] | None:
    """The first run of two or more ``parts`` that adds up to ``total`` exactly, when the others after it
    count half the whole or more: other groups of it ("lần đầu 333 người, trình độ trên đại học 229 người"
    of 500), not one more item of the same list (7 dead listed of 6 is a slip)."""
    label = Bilingual("sum of the parts", "tổng các phần")
    for cut in range(2, len(parts)):
        added = sum_of_parts(parts[:cut], label)
        if added.low == added.high == total.value:
            rest = sum((part.value for part in parts[cut:]), Decimal(0))
            return parts[:cut] if 2 * rest >= total.value else None
    return None


def _last_division(total: Figure, parts: Sequence[Figure]) -> Sequence[Figure] | None:
    """The last run of two or more ``parts`` when it adds up to ``total`` and the ones before it break down
    one of its parts, nearly all of it: "gần 34.000 hồ sơ …. Trong đó, … đã cấp sổ hồng cho hơn 20.700 hồ sơ;
    đang hoàn thiện trình ký 1.092 hồ sơ; chờ … đóng thuế trước bạ 8.739 hồ sơ; đã phát hành phiếu chuyển
    thuế 30.659 hồ sơ; chưa phát hành phiếu chuyển thuế 3.216 hồ sơ" (n1181): the first three are of the
    30.659."""
    label = Bilingual("sum of the parts", "tổng các phần")
    for cut in range(2, len(parts) - 1):
        before = sum((part.value for part in parts[:cut]), Decimal(0))
        if _fits(total, sum_of_parts(parts[cut:], label)) and any(
            NEARLY_ALL * part.value <= before <= part.value for part in parts[cut:]
        ):
            return parts[cut:]
    return None


NEARLY_ALL = Decimal("0.9")  # of a part, what the groups listed before it leave out at most


def _a_round_part(total: Figure, parts: Sequence[Figure]) -> Figure | None:
    """The one part of four digits or more ending in two zeros or more, said in thousands or more ("1.400
    nghìn"), when the whole and another part end in none: a figure rounded among figures to the unit."""
    round_parts = [
        p for p in parts if p.scale > 1 and _zeros(p) >= 2 and p.value >= 1000 * p.scale
    ]  # (said in thousands or more, an estimate: "3.800 công dân" called up is a count, n136)
    if len(round_parts) != 1 or _zeros(total) or not any(_zeros(p) == 0 for p in parts):
        return None
    return round_parts[0]


def _zeros(figure: Figure) -> int:
    return trailing_zeros(figure.readings[0], figure.scale)


def _partition_claim(
    sentence: Sentence,
    total: Figure,
    parts: list[Figure],
    items: list[str],
    exhaustive: bool,
    span: tuple[int, int],
    template: str = "partition",
) -> Claim:
    """Judge the parts' sum against the total."""
    numbers = [(Role.PART, part) for part in parts] + [(Role.TOTAL, total)]
    added = sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần"))
    formula = added.formula
    adds_up = _fits(total, added)
    if items and (
        (_THE_OTHERS_LAST.search(items[-1]) and len(parts) >= 3) or _ALL_THE_OTHERS_LAST.search(items[-1])
    ):
        # "561 người DTTS …. Trong đó, dân tộc Mông có 60 người; …; 99 người thuộc các DTTS khác": the last
        # item is all the others, so the list is all of it; of two, only when it says "all the other …"
        # ("51 lao động đi theo tuyến Trung tâm … và 1.606 lao động đi theo các đơn vị khác tại các huyện")
        exhaustive = True
    elif (
        exhaustive
        and len(parts) == 2
        and not adds_up
        and items
        and not _two_halves(items)
        and not _old_and_new(items)
        and not any(_status_of(item) for item in items)
        and added.high * 4 < total.value * 3
    ):
        # "13.636 người được cấp quốc tịch, gồm 5.145 người Trung Quốc và 4.225 người Việt Nam" (n571): two
        # named, far short of the whole — its largest parts, not all of them
        note = formula + Bilingual(
            f" Two parts named, far less than {total.text}: perhaps only the largest of them.",
            f" Chỉ nêu hai phần, ít hơn nhiều so với {total.text}: có thể chỉ là các phần lớn nhất.",
        )
        return _unchecked(sentence, span, template, numbers, Verdict.AMBIGUOUS, note)
    twice = _two_divisions(total, parts)
    if twice is None and not exhaustive and not adds_up:
        # "500 người. Trong đó: … Trung ương giới thiệu là 167 người (33,40%), … địa phương là 333 người
        # (66,60%), số đại biểu tham gia QH lần đầu là 333 người (66,60%), …": the whole divided one way, then
        # other groups of it, after "trong đó" not all listed
        twice = _first_division(total, parts) or _last_division(total, parts)
    if twice is not None and not adds_up:
        # "dân số nam 638.200 người, …; dân số nữ 647.400 người, …; dân số thành thị 412.300 người, nông thôn
        # 873.300 người": the whole divided one way, then another — each adds up to it
        numbers = [(Role.PART, part) for part in twice] + [(Role.TOTAL, total)]
        label = Bilingual("sum of the parts of one division", "tổng các phần của một cách chia")
        return judged_claim(sentence, span, template, numbers, [sum_of_parts(twice, label)])
    if not exhaustive and not adds_up and added.high < total.bounds(total.readings[0])[0]:
        note = formula + Bilingual(
            f"The parts listed after “trong đó” add up to less than {total.text}; the list may be partial.",
            f"Các phần liệt kê sau “trong đó” cộng lại nhỏ hơn {total.text}; có thể chỉ liệt kê một phần.",
        )
        return _unchecked(sentence, span, template, numbers, Verdict.NOT_CHECKABLE, note)
    # what the items say besides the whole's own noun: "khiển trách 612 đảng viên, cảnh cáo 122 đảng viên" of
    # 871 "đảng viên" name kinds of the whole, not groups cutting across it (n1113)
    named_apart = [
        item.replace(f"{part.placeholder} {total.noun}", part.placeholder) if total.noun else item
        for item, part in zip(items, parts, strict=True)
    ]
    if (
        not exhaustive
        and not adds_up
        and (
            (
                (
                    any(_labelled(item, part) for item, part in zip(items, parts, strict=True))
                    # "42 người là nữ, …; 36 người trẻ tuổi …; 21 người là đồng bào dân tộc thiểu số": groups
                    # named after their counts, cutting across each other
                    or sum(bool(_CROSS_CUTTING.search(item)) for item in named_apart) >= 2
                )
                and _may_overlap(named_apart)
            )
            # "11.980 giáo viên đạt chuẩn trở lên (96,2%), 8.540 giáo viên trên chuẩn": a grade and
            # those above it holds the grades after it
            or any(_AND_ABOVE.search(item) for item in items)
        )
    ):
        # "trong đó nữ 18.000 người, dân tộc thiểu số 2.500 người": groups that may overlap
        note = formula + Bilingual(
            "The parts may overlap (different groups of the same whole); the sum is not checked.",
            "Các phần có thể trùng nhau (các nhóm khác nhau của cùng một tổng); không kiểm tra tổng.",
        )
        return _unchecked(sentence, span, template, numbers, Verdict.NOT_CHECKABLE, note)
    claim = judged_claim(sentence, span, template, numbers, [added], default_slip=Slip.SUM_MISMATCH)
    if claim.slip == Slip.MISTYPED_DIGIT:  # 26 against 27: the sum is wrong, whichever number is
        claim = dataclasses.replace(claim, slip=Slip.SUM_MISMATCH)
    if claim.verdict.alarm and (rounded := _a_round_part(total, parts)) is not None:
        # "1.582 nghìn lượt khách …; trong đó lượt khách ngủ qua đêm 1.400 nghìn lượt, …; lượt khách trong
        # ngày 184 nghìn lượt" (n1816): the one round part among figures to the unit may be rounded itself (to
        # its hundreds at most)
        slack = rounded.unit(rounded.readings[0]) * 10 ** min(_zeros(rounded), 2) / 2
        if abs(added.value - total.value) <= slack:
            note = formula + Bilingual(
                f"{rounded.text} is a round figure among exact ones: it may be rounded, and so the sum.",
                f"{rounded.text} là số tròn giữa các số lẻ: có thể đã được làm tròn, nên tổng cũng vậy.",
            )
            return _unchecked(sentence, span, template, numbers, Verdict.AMBIGUOUS, note)
    if (
        claim.verdict.alarm
        and len(parts) >= 3
        and added.low > total.value * FAR_OVER_ITS_TOTAL
        and all(part.value <= total.value for part in parts)
        and not _a_run_near(total, parts)
    ):
        # parts each within the total that add up to far more than it were read as parts wrongly more often
        # than they were mistyped (n766's 8,85 tỷ and its own 8,51 + 0,34; n822's budget payment): a doubt,
        # not a flag — a part larger than its total is one still ("908 người bị thương, trong đó ở Quảng Ninh
        # có 1.609")
        note = formula + Bilingual(
            f" The parts add up to far more than {total.text}: some may not be parts of it (a part's own"
            " breakdown, or another measure).",
            f" Các phần cộng lại lớn hơn nhiều so với {total.text}: có thể có số không phải là phần của nó"
            " (phần chi tiết của một phần, hoặc một chỉ tiêu khác).",
        )
        return _unchecked(sentence, span, template, numbers, Verdict.AMBIGUOUS, note)
    return claim


FAR_OVER_ITS_TOTAL = Decimal("1.25")  # dev's real slips of a list's sum: 0,93 to 1,17 of its total


def _a_run_near(total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether the first two or more ``parts``, short of all of them, add up to near ``total`` (within
    :data:`FAR_OVER_ITS_TOTAL` either way): one division of it, then others ("167 … 333 …; 333 lần đầu …")."""
    added = Decimal(0)
    for count, part in enumerate(parts[:-1], start=1):
        added += part.value
        if count >= 2 and total.value / FAR_OVER_ITS_TOTAL <= added <= total.value * FAR_OVER_ITS_TOTAL:
            return True
    return False


def _partitions(
    sentence: Sentence,
) -> list[tuple[Figure, list[Figure], list[str], bool, tuple[int, int]]]:
    """Every (total, parts, list items, exhaustive, span) the sentence lists, read once for the rules that
    ask (the parts' sums and their shares)."""
    found = sentence.__dict__.get("_partitions")
    if found is None:
        found = []
        for total, parts, items, exhaustive, span in _read_partitions(sentence):
            if any(total in other[1] and all(part in other[1] for part in parts) for other in found):
                continue  # "… 11 đồng chí …; 3 đồng chí …; 8 đồng chí …": items of one list, not its parts
            if _is_a_period(total) or any(_is_a_period(part) for part in parts):
                continue  # "Lũy kế 6 tháng …. Cụ thể, … lũy kế 2 tháng tăng 3,9%, …": spans of time
            found.append((total, parts, items, exhaustive, span))
        sentence.__dict__["_partitions"] = found  # as functools.cached_property keeps its value
    return found


_TWO_LAST_WORDS = re.compile(r"(?<!\w)([^\W\d_]+ [^\W\d_]+) ?:? ?$")
_NOT_A_LABEL = frozenset({"là", "có", "đạt", "được", "gồm", "tổng", "số", "với", "và", "đã", "trong", "đó"})


def _a_part_named_as_its_whole(before: str, items: list[str], parts: Sequence[Figure]) -> bool:
    """Whether the breakdown after a figure is of the list that figure ends: its items named as that figure
    and as another item of the list before it, "khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó, UBKT …
    cảnh cáo 1, khai trừ 4)" (raw51/ua02)."""

    def label(text: str) -> str | None:
        found = _TWO_LAST_WORDS.search(text)
        if found is None or _NOT_A_LABEL & set(found.group(1).lower().split()):
            return None
        return found.group(1).lower()

    own = label(before)
    if own is None:
        return False
    labels = [label(item[: item.find(part.placeholder)]) for item, part in zip(items, parts, strict=True)]
    earlier = before[-150 : -len(own) - 1].lower()
    return own in labels and any(other and other != own and other in earlier for other in labels)


def _the_value_it_changed(sentence: Sentence, change: Figure) -> bool:
    """Whether the figure right before a change, in its clause, is the value that changed, measured alike:
    "346.898 tỷ đồng, tăng 51.446 tỷ đồng"."""
    if not change.index:
        return False
    value = sentence.figures[change.index - 1]
    between = sentence.skeleton[sentence.at(value) + len(value.placeholder) : sentence.at(change)]
    return (
        value.kind == change.kind
        and _alike(value, change)
        and not _is_change(sentence, value)
        and bool(_BETWEEN_A_VALUE_AND_ITS_CHANGE.fullmatch(between))
    )


_BETWEEN_A_VALUE_AND_ITS_CHANGE = re.compile(
    r"(?: [^\W\d_]+){0,3},? (?:tăng|giảm)(?: thêm)?(?: trên| hơn| gần| khoảng)? "
)


def _read_partitions(
    sentence: Sentence,
) -> Iterator[tuple[Figure, list[Figure], list[str], bool, tuple[int, int]]]:
    """See :func:`_partitions`."""
    skeleton = sentence.skeleton
    for total in sentence.figures:
        if total.kind not in (FigureKind.COUNT, FigureKind.AMOUNT):
            continue
        if _in_fraction(sentence, total):
            found_of_all = _breakdown_of_a_fraction(sentence, total)
            if found_of_all is not None:
                yield found_of_all
            continue
        if (partner := _slash_partner(sentence, total)) is not None and partner[0] is total:
            # "15 dự án/28 HS đoạt giải, bao gồm: 1 giải Nhất, …" (n2563): a pair, then a list of one of them
            found_of_one = _breakdown_of_a_fraction(sentence, total)
            if found_of_one is not None:
                yield found_of_one
                continue
        if _RATE_THEN_BRACKET.search(skeleton, 0, skeleton.find(total.placeholder)):
            continue  # "giảm 0,58% (5.240 tấn)": the change's difference, not a total
        if _reference_in_brackets(sentence, total):
            continue  # "đạt 143,3% kế hoạch năm (1.500 người); trong đó …": the plan, not what is broken down
        at = sentence.at(total)
        if "/" in skeleton and _ASIDE_AFTER_A_FRACTION.search(skeleton, max(0, at - 120), at):
            continue  # "1.098/1.125 tổ chức … (27 tổ chức … chưa đánh giá); trong đó …": of the fraction
        total_start = skeleton.find(total.placeholder)
        found = _breakdown_after(sentence, total, total_start + len(total.placeholder))
        if found is not None and _is_change(sentence, total):
            first_part = skeleton.find(found[0][0].placeholder)
            if _AND_THEN_HAS.search(skeleton, total_start, first_part):
                continue  # "(tăng 1 bài so với kỳ thi năm 2018), có 11 bài thi …": what comes next, not parts
            if not any(_is_change(sentence, part) for part in found[0]) and (
                "so với" in skeleton[total_start:first_part] or _the_value_it_changed(sentence, total)
            ):
                # "xảy ra 92 vụ …, tăng 13 vụ so với tháng 7.2024, gồm: 15 vụ …", "Tổng số phải thi hành
                # 346.898 tỷ …, tăng 51.446 tỷ …, trong đó có điều kiện …": of the value, not of its change
                continue
        if found is not None:
            parts, items, exhaustive, end = found
            if _one_thing_measured_several_ways(parts):
                continue
            if _a_part_named_as_its_whole(skeleton[:total_start], items, parts):
                # "hình thức khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó, UBKT … cảnh cáo 1, khai trừ 4)"
                # (raw51/ua02): the bracket breaks down the list before, not its last item
                continue
            parts, items = _without_the_parts_of_parts(sentence, total, parts, items)
            parts, items = _without_a_part_broken_down(total, parts, items)
            named = _context_of(sentence, total, None)[0]
            parts, items, end = _up_to_another_kind(sentence, named, parts, items, end, _schemes_named)
            parts, items, end = _up_to_the_clause_that_adds_up(sentence, total, parts, items, end)
            yield total, parts, items, exhaustive, (total_start, end)
            again = _broken_down_again(sentence, total, end)
            if again is not None:
                yield again
    yield from _paired_breakdowns(sentence)
    yield from _numerators_listed(sentence)
    # the parts first, then "tổng cộng 26 chỉ tiêu"
    for match in _TOTAL_AFTER.finditer(skeleton):
        total = _figure(sentence, match, "total")
        clause = _clause_start(skeleton, match.start())
        end = match.start()
        if not skeleton[clause:end].strip(" ,") and clause > 0:
            # "125 trường mầm non, …, 112 trường THCS và 38 trường THPT; tổng số 443 trường": the clause
            # before the semicolon
            end = clause - 1
            clause = _clause_start(skeleton, end)
        parts, items, start = _parts_before(sentence, clause, end, total.noun)
        if len(parts) >= 2 and all(part.kind == total.kind and _alike(part, total) for part in parts):
            # (not "325 cán bộ … bồi thường hơn 13,7 tỷ đồng trên tổng số gần 64 tỷ": people and money)
            yield total, parts, items, True, (start, match.end())


# a count, then where they are, each place with its share of its own: "72 xã, phường, thị trấn chưa đạt chuẩn
# tiếp cận pháp luật gồm 7/11 xã, phường của Thành phố Cao Bằng; các huyện Quảng Uyên 12/17 xã, thị trấn; …"
# (n2071)
_COUNT_THEN_ITS_PLACES = re.compile(
    r"(?P<total>#\d+#)(?P<said>(?: [^\W\d_]+,?){1,14}?)(?: bao gồm| gồm|:)(?!\w):? ?"
)
_A_FRACTION_OF_A_PLACE = re.compile(r"(?P<part>#\d+#) ?/ ?(?P<of>#\d+#)(?P<noun> [^\W\d_]+)?")


def _numerators_listed(
    sentence: Sentence,
) -> Iterator[tuple[Figure, list[Figure], list[str], bool, tuple[int, int]]]:
    """A count broken down by the fractions of each place that make it up: the numerators are its parts, each
    said of what the count counts, one place from the next set apart by a comma or a semicolon."""
    skeleton = sentence.skeleton
    if skeleton.count("/") < 2:
        return
    for opening in _COUNT_THEN_ITS_PLACES.finditer(skeleton):
        total = _figure(sentence, opening, "total")
        if total.kind != FigureKind.COUNT or _in_fraction(sentence, total):
            continue
        parts: list[Figure] = []
        items: list[str] = []
        position = opening.end()
        for item in _A_FRACTION_OF_A_PLACE.finditer(skeleton, opening.end()):
            between = skeleton[position : item.start()]
            if "#" in between or len(between) > 80 or (parts and not re.search(r"[,;]", between)):
                break
            part, of = _figure(sentence, item, "part"), _figure(sentence, item, "of")
            if part.value > of.value or (item.group("noun") or "").strip() != _first_word(total.noun):
                break
            parts.append(part)
            items.append(skeleton[position : item.end()])
            position = item.end()
        if len(parts) >= 2:
            yield total, parts, items, True, (opening.start(), position)


# the second list of a total broken down twice, after the bracket of the first
_AFTER_ITS_BRACKET = re.compile(r"[^#;()]{0,20}\),? (?:bao gồm|gồm)(?!\w):? ?")


def _broken_down_again(
    sentence: Sentence, total: Figure, end: int
) -> tuple[Figure, list[Figure], list[str], bool, tuple[int, int]] | None:
    """A total broken down a second way after the bracket of the first: "Lào Cai: 155 người (53 người chết,
    102 người mất tích), gồm: Bảo Yên 109, Sa Pa 8, …" (n616). Each list is all of it."""
    marker = _AFTER_ITS_BRACKET.match(sentence.skeleton, end)
    if marker is None:
        return None
    parts, items, last = _parts_after(sentence, marker.end(), total.noun)
    if len(parts) < 2 or any(part.value > total.value for part in parts):
        return None
    return total, parts, items, True, (sentence.at(total), last)


FEW_TO_ADD_UP = 10  # a count below it is the sum of the few after it by chance too often to be their whole


def _without_a_part_broken_down(
    total: Figure, parts: list[Figure], items: list[str]
) -> tuple[list[Figure], list[str]]:
    """A list that adds up to more than its total, less the items after a part that add up to that part
    exactly: "30 vụ cháy và cứu nạn cứu hộ. Trong đó có 25 vụ cháy, …, lực lượng Cảnh sát PCCC TP trực tiếp xử
    lý 14 vụ, lực lượng tại chỗ xử lý 11 vụ" — the 25 broken down by who dealt with them."""
    if len(items) != len(parts) or sum(part.value for part in parts) <= total.value:
        return parts, items
    for cut in range(1, len(parts) - 1):
        if parts[cut - 1].value < FEW_TO_ADD_UP:
            continue  # "…, ngoại ngữ 3, sinh học 2, tin học 1" (raw41/tq20): small counts add up by chance
        if sum(part.value for part in parts[cut:]) == parts[cut - 1].value and not _siblings(
            items[cut - 1], items[cut]
        ):
            return parts[:cut], items[:cut]
    # … or in the middle, when the rest then adds up to the total exactly: "tổng kinh phí là 10,25 tỷ đồng.
    # Cụ thể, kinh phí … địa phương: 8,85 tỷ đồng, … đã phân bổ kinh phí 8,51 tỷ đồng; … chưa phân bổ 340
    # triệu đồng và nguồn kinh phí khuyến công quốc gia là 1,4 tỷ đồng" (n766)
    for cut in range(1, len(parts) - 2):
        for stop in range(cut + 2, len(parts)):
            run = parts[cut:stop]
            if sum(part.value for part in run) != parts[cut - 1].value or _siblings(
                items[cut - 1], items[cut]
            ):
                continue
            kept = [*parts[:cut], *parts[stop:]]
            if sum(part.value for part in kept) == total.value:
                return kept, [*items[:cut], *items[stop:]]
    return parts, items


def _siblings(item: str, after: str) -> bool:
    """Whether two items of a list name things of one level by the same word: "huyện Krông Năng 42 trường hợp;
    huyện Ea Kar 9 trường hợp; huyện Cư Kuin 26 …" (n269: the three after 42 add up to it, by chance)."""
    first, second = (_LEADING_WORD.match(text) for text in (item, after))
    return first is not None and second is not None and first.group(1) == second.group(1)


_LEADING_WORD = re.compile(r"[\s,;:]*(?:(?:trong đó|gồm|và|có):? )?([^\W\d_]+) ")


def _up_to_the_clause_that_adds_up(
    sentence: Sentence, total: Figure, parts: list[Figure], items: list[str], end: int
) -> tuple[list[Figure], list[str], int]:
    """A list that adds up to more than its total, cut at the semicolon after which its parts add up: what
    follows stands beside the total ("cấp huyện 74 đơn, trong đó: tố cáo 2 đơn, kiến nghị phản ánh 72 đơn;
    thuộc thẩm quyền giải quyết của cấp xã 184 đơn")."""
    if len(items) != len(parts) or sum(part.value for part in parts) <= total.value:
        return parts, items, end
    skeleton = sentence.skeleton

    def after(cut: int) -> int:
        return skeleton.find(parts[cut - 1].placeholder) + len(parts[cut - 1].placeholder)

    cut = _first_parts_adding_up(
        total, parts, lambda cut: ";" in skeleton[after(cut) : skeleton.find(parts[cut].placeholder)]
    )
    return (parts[:cut], items[:cut], after(cut)) if cut is not None else (parts, items, end)


def _first_parts_adding_up(
    total: Figure, parts: Sequence[Figure], may_end: Callable[[int], bool] = lambda cut: True
) -> int | None:
    """How many of the first parts, two or more and fewer than all, add up to the total, the longest such
    run whose end ``may_end`` allows (a clause's end, a line's); None when none does."""
    label = Bilingual("sum of the parts", "tổng các phần")
    return next(
        (
            cut
            for cut in range(len(parts) - 1, 1, -1)
            if may_end(cut) and _fits(total, sum_of_parts(parts[:cut], label))
        ),
        None,
    )


def _without_the_parts_of_parts(
    sentence: Sentence, total: Figure, parts: list[Figure], items: list[str]
) -> tuple[list[Figure], list[str]]:
    """The parts of a list, less those in brackets after a part that break that part down, when the others
    add up to the total and all of them do not: "263.547 học sinh, trong đó bậc THPT là 27.228 HS (hệ GDPT
    26.145 HS và hệ GDTX 1.083 HS); bậc THCS có 68.747 HS …"."""
    if len(items) != len(parts):
        return parts, items
    outer = [
        (part, item) for part, item in zip(parts, items, strict=True) if not _in_an_aside(sentence, part)
    ]
    if not 2 <= len(outer) < len(parts):
        return parts, items
    label = Bilingual("sum of the parts", "tổng các phần")
    kept = [part for part, _ in outer]
    if _fits(total, sum_of_parts(kept, label)) and not _fits(total, sum_of_parts(parts, label)):
        return kept, [item for _, item in outer]
    return parts, items


# what one thing is counted in: visits, people, cases, petitions … (not kinds of a whole: "tổ chức",
# "cá nhân")
_MEASURES = frozenset(
    {"lượt", "người", "vụ", "việc", "vụ việc", "vụ, việc", "đơn", "hồ sơ", "đoàn", "bị can", "bị cáo",
     "đối tượng", "cuộc", "đồng", "tỷ đồng", "tỉ đồng", "triệu đồng", "ha", "tấn", "lượt người"}
)  # fmt: skip


# the measures of one thing, by their first word, money and units of measure left out (those may be parts of
# one sum: "5.541 tỷ đồng, … 800 triệu đồng")
_ONE_THING_MEASURED = frozenset(measure.split(" ", 1)[0].rstrip(",") for measure in _MEASURES) - {
    "đồng", "tỷ", "tỉ", "triệu", "ha", "tấn"
}  # fmt: skip


def _one_thing_measured_several_ways(parts: list[Figure]) -> bool:
    """Parts each a count of another measure: "Lãnh đạo cơ quan tiếp: 42 lượt, 38 người, 34 vụ việc" says
    how much one thing was, not what a whole is made of."""
    nouns = [part.noun for part in parts]
    return all(noun in _MEASURES for noun in nouns) and len(set(nouns)) == len(nouns)


# the last item of a list, "the others": what the items before it leave of the whole
_THE_REST = re.compile(r"(?<!\w)(?:khác|còn lại)(?:,|$| chiếm)")
# … or said before its count: "… và kiến nghị khác 43.895 tỷ đồng" (n541)
_THE_OTHERS_LAST = re.compile(r"#\d+#[^#]*(?<!\w)(?:khác|còn lại)\W*$|(?<!\w)(?:khác|còn lại) #\d+#[^#]*$")
_ALL_THE_OTHERS_LAST = re.compile(
    r"#\d+#[^#]*(?<!\w)(?:các|những) (?:[^\W\d_]+ ){1,3}khác(?: (?:tại|ở|trên|thuộc) [^#]{0,40})?\W*$"
    r"|(?<!\w)(?:các|những) (?:[^\W\d_]+ ){1,3}khác #\d+#[^#]*$"  # "…, các cây trồng khác 1.750 ha" (n666)
)
_AND_THEN_HAS = re.compile(r", có(?!\w)")
# "đã giải quyết 274 đơn khiếu nại và 105 đơn tố cáo; trong đó có 11 đơn khiếu nại đúng, …; có 9 đơn tố cáo
# đúng, …": two totals, then the parts of each, in turn, after a semicolon
_TWO_TOTALS_THEN_THEIR_PARTS = re.compile(
    r"(?P<first>#\d+#)[^#;]{0,40}? và (?P<second>#\d+#)[^#;]{0,40}?; ?(?:trong đó|bao gồm|gồm)(?!\w):?"
)


def _paired_breakdowns(
    sentence: Sentence,
) -> Iterator[tuple[Figure, list[Figure], list[str], bool, tuple[int, int]]]:
    """Two totals of two kinds of petitions and, after "trong đó", the parts of each in its own group:
    each group judged against the total of its kind."""
    skeleton = sentence.skeleton
    if "đơn" not in skeleton:
        return  # petitions only
    for match in _TWO_TOTALS_THEN_THEIR_PARTS.finditer(skeleton):
        totals = [sentence.figure(match.group("first")), sentence.figure(match.group("second"))]
        kinds = [_petition_kind(total.noun) for total in totals]
        if "" in kinds or kinds[0] == kinds[1]:
            continue
        start = match.end()
        at = skeleton.find(totals[0].placeholder)
        verbs = frozenset(_VERB_OF_A_TOTAL.findall(skeleton, _phrase_start(skeleton, at), at))
        for total in totals:
            stop = skeleton.find(";", start)
            stop = len(skeleton) if stop < 0 else stop
            parts, items, end = _parts_after(sentence, start, total.noun, stop, verbs=verbs)
            if (
                len(parts) < 2
                or end < stop - 2
                or _petition_kind(parts[0].noun) != _petition_kind(total.noun)
            ):
                break  # the group is not all of its parts, or not of that total
            yield total, parts, items, False, (skeleton.find(total.placeholder), end)
            start = stop + 1


_RATE_THEN_BRACKET = re.compile(r"(?:tăng|giảm) #\d+%# \((?:tăng |giảm )?$")
# past the fraction's noun and its rate: "có 219/219, đạt 100%, trong đó …", "147/147 tổ chức được đánh giá,
# xếp loại, đạt 100%; trong đó: …"
_BREAKDOWN_OF_A_FRACTION = re.compile(
    # … and past an aside on the rest: "1.098/1.125 tổ chức … được đánh giá (27 tổ chức mới thành lập chưa
    # đánh giá); trong đó …"
    r"(?:[^#;.()]|#\d+%#|\([^#;()]{0,20}#\d+#[^#;()]{0,60}\)){0,80}?"
    r"[,;] ?(?:trong đó|bao gồm|gồm)(?!\w)[ ,:]*"
)
# … or in brackets: "giải quyết 37/111 đơn … (17 khiếu nại, 1 tố cáo, 19 kiến nghị, phản ánh)"
_BRACKET_AFTER_A_FRACTION = re.compile(r"[^#;.()]{0,80}? ?\( ?(?=#\d+# )")
# a count in brackets after a fraction: an aside on its rest, not a total of its own
_ASIDE_AFTER_A_FRACTION = re.compile(r"#\d+# ?/ ?#\d+#[^#;()]{0,80}\([^#;()]{0,20}$")


def _breakdown_of_a_fraction(
    sentence: Sentence, numerator: Figure
) -> tuple[Figure, list[Figure], list[str], bool, tuple[int, int]] | None:
    """ "Tập thể được kiểm điểm … có 219/219, đạt 100%, trong đó cấp huyện 54, cấp cơ sở 165": the parts
    of the fraction's part. All of them (219/219): judged as any breakdown. Some (543/545): read only when
    the parts add up to the part exactly — they might be of the whole — so never an alarm."""
    partner = _slash_partner(sentence, numerator)
    if partner is None or partner[0] is not numerator:
        return None
    pair = _is_pair(*partner)  # "15 dự án/28 HS đoạt giải, bao gồm: …" (n2563): of either, when it adds up
    denominator = partner[1]
    skeleton = sentence.skeleton
    after = sentence.at(denominator) + len(denominator.placeholder)
    noun = "" if pair else numerator.noun or denominator.noun  # (a pair's list may name what it counts)
    for opening in (_BREAKDOWN_OF_A_FRACTION, _BRACKET_AFTER_A_FRACTION):
        marker = opening.match(skeleton, after)
        stop = skeleton.find(")", after) if opening is _BRACKET_AFTER_A_FRACTION else None
        if marker is None or stop == -1:
            continue
        parts, items, end = _parts_after(sentence, marker.end(), noun, stop, lenient=True)
        if len(parts) >= 2:
            break
    else:
        return None
    added = sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần"))
    assert marker is not None
    if pair:
        total = next((figure for figure in partner if _fits(figure, added)), None)
        if total is None:
            return None
        return total, parts, items, _exhaustive(items, marker.group()), (sentence.at(numerator), end)
    if numerator.value != denominator.value and not _fits(numerator, added):
        return None
    return numerator, parts, items, _exhaustive(items, marker.group()), (sentence.at(numerator), end)


# a colon after a comma and a few words that do not say a breakdown: the label of the next item of a list
_NEXT_ITEMS_LABEL = re.compile(
    r"[^#;:]{0,40}?, (?![^:]*(?:theo|như sau|gồm|trong đó|trong số|cụ thể|chia|từng))"
    r"[^\W\d_]+(?: [^\W\d_]+){0,4}:"
)
# a bracket that opens with another period's value: "67 giải (năm 2011 là 72 giải"
_ANOTHER_PERIODS_VALUE = re.compile(
    r" ?(?:năm (?:19|20)\d{2}|năm trước|năm ngoái|cùng kỳ(?: năm trước)?|kỳ trước)(?: là| có| đạt|:)? ?#\d+#"
)


def _breakdown_after(
    sentence: Sentence, total: Figure, position: int
) -> tuple[list[Figure], list[str], bool, int] | None:
    """The parts listed after ``total`` (ending at ``position``): (parts, items, exhaustive, end).

    A marker right after it ("trong đó", "gồm", a bracket) is tried first, then one after its own
    comparisons ("…, tăng 3% so với cùng kỳ); trong đó, …"): a bracket that only holds a rate of the
    total ("496,8 triệu USD (tăng 3% …); trong đó, …") lists nothing.
    """
    skeleton = sentence.skeleton
    total_at = position - len(total.placeholder)
    among = _AMONG.search(skeleton, max(0, total_at - 20), total_at)  # "trong số 131 vụ … có 43 vụ …"
    for marker, lenient in (
        (_BREAKDOWN_MARKER.match(skeleton, position), False),
        (_LATE_BREAKDOWN.match(skeleton, position), True),
        (_HAS_AFTER_AMONG.match(skeleton, position) if among else None, False),
    ):
        if marker is None:
            continue
        stop = None
        if marker.group().endswith("(") or marker.group().count("(") > marker.group().count(")"):
            # a list in brackets ends with them: "5 chi bộ hoàn thành xuất sắc (trong đó có 3 chi bộ …),
            # 02 chi bộ …" lists after the bracket what stands beside the total, not in it
            stop = skeleton.find(")", marker.end())
            if stop < 0 or _ANOTHER_PERIODS_VALUE.match(skeleton, marker.end()):
                # "Hải Dương 67 giải (năm 2011 là 72 giải, Nghệ An với 70 giải (…)": the year before, not
                # parts
                continue
        elif skeleton.count("(", 0, total_at) > skeleton.count(")", 0, total_at):
            # … and so does a list after a total said inside a bracket: "(hệ GDPT: 68.652 HS và hệ GDTX: 95
            # HS); bậc Tiểu học có 114.745 HS" — what follows the bracket is beside it
            stop = skeleton.find(")", position)
            if stop < 0:
                continue
        if _NEXT_ITEMS_LABEL.fullmatch(marker.group()):
            # "gồm: TP Yên Bái 24, Lục Yên: 15, Văn Yên 10", "Hà Giang 97 nhà, sau đó là các tỉnh: Sơn La 48
            # nhà, …": the next item's label, or a list of its own, not the parts of the count before the
            # comma
            continue
        lenient = lenient or bool(marker.groupdict().get("rated"))  # each part may have its rate too
        total_start = position - len(total.placeholder)
        verbs = frozenset(
            _VERB_OF_A_TOTAL.findall(skeleton, _phrase_start(skeleton, total_start), total_start)
        )
        if _CARRIED_OVER.search(skeleton, marker.end(), stop if stop is not None else marker.end() + 80):
            verbs |= {"thụ lý"}  # "trong đó năm 2018 chuyển sang 39 bản án, thụ lý mới 15 bản án"
        parts, items, end = _parts_after(sentence, marker.end(), total.noun, stop, lenient, verbs)
        semicolons = bool(_SEMICOLON_LIST.match(skeleton, marker.end()))
        if len(parts) < 2 and not lenient and among and marker.re is _HAS_AFTER_AMONG:
            # "Trong tổng số 400 đại biểu … có 208 đại biểu …, đại biểu do MTTQ … các xã, phường, đặc khu … là
            # 174 người, …": labels cut at their commas, read so only when the parts then add up to the total
            listed, said, last = _parts_after(sentence, marker.end(), total.noun, stop, True, verbs)
            if len(listed) >= 2 and _fits(total, sum_of_parts(listed, Bilingual("", ""))):
                parts, items, end = listed, said, last
        if len(parts) < 2 and not lenient and semicolons:
            # items parted by semicolons: a comma inside one is its label's ("trong đó đơn lưu do trùng
            # lặp, không rõ địa chỉ, … là 346 đơn; đơn có đủ điều kiện xử lý là 3.321 đơn")
            parts, items, end = _parts_after(sentence, marker.end(), total.noun, stop, True, verbs)
        if len(parts) > 2 and _carried_over_and_new(items[:2]) and not _RECEIVED_TOO.match(items[2]):
            # the whole is said: what follows is what was done with it (unless it is received too: "1,07
            # ngàn HS kỳ trước chuyển sang, tiếp nhận mới trực tiếp 3,19 ngàn HS, tiếp nhận trực tuyến …")
            parts, items = parts[:2], items[:2]
            end = skeleton.find(parts[1].placeholder) + len(parts[1].placeholder)
        far = bool(marker.groupdict().get("far"))
        if far and not (total.noun and all(part.noun for part in parts)):
            continue  # far from its total, a bracket is a breakdown only when its items say what they count
        if marker.groupdict().get("shared") and ";" in skeleton[marker.end() : stop]:
            # "…; 1.364 đảng viên làm nghề nghiệp khác, chiếm 3,06%": items each with its share, parted by
            # semicolons, the last "the others" — all of the whole
            listed, said, last = _parts_after(sentence, marker.end(), total.noun, stop, True, verbs)
            if (
                len(listed) >= 3
                and _THE_REST.search(said[-1])
                and skeleton.count(";", marker.end(), last) >= 2
            ):
                return listed, said, True, last
        if marker.groupdict().get("shared"):
            label = Bilingual("sum of the parts", "tổng các phần")
            count = next(
                (n for n in range(len(parts), 1, -1) if _fits(total, sum_of_parts(parts[:n], label))), 0
            )
            if not count:
                continue
            parts, items = parts[:count], items[:count]
            end = skeleton.find(parts[-1].placeholder) + len(parts[-1].placeholder)
        if (marker.groupdict().get("wide") or marker.groupdict().get("equivalent")) and not (
            len(parts) >= 2
            and _fits(total, sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần")))
        ):
            continue  # far from its total, a list may be of another figure: read only when it adds up
        if marker.group().endswith(", có") and any(part.value > total.value for part in parts):
            # "Số đại biểu được bầu là 05, có 08 người ứng cử, đã bầu được 05 đại biểu" (n2121): what there is
            # beside it, more than it, not its parts
            continue
        opening_its_own = next(
            (
                index
                for index, part in enumerate(parts)
                if index
                and part.value > total.value
                and _BROKEN_DOWN_IN_TURN.match(skeleton, sentence.at(part) + len(part.placeholder))
            ),
            None,
        )
        if opening_its_own is not None:
            # "571.212 phiếu bầu ĐBQH, trong đó có 567.597 phiếu hợp lệ, …; 571.269 phiếu bầu đại biểu HĐND
            # cấp tỉnh, trong đó có 564.400 phiếu hợp lệ" (n2122): the list ends where a whole of its own is
            # said, more than the total (a part broken down in turn is one still: "…; các cây trồng khác 1.750
            # ha, trong đó, ngô 9,1 ha, …", n666)
            parts, items = parts[:opening_its_own], items[:opening_its_own]
            if parts:
                end = skeleton.find(parts[-1].placeholder) + len(parts[-1].placeholder)
        if len(parts) >= 2:  # a bracket may list some of the total only: short of it is no slip
            summed = sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần"))
            if not far and summed.high < total.bounds(total.readings[0])[0]:
                # "25.953 người … có 16.610 lao động …; 8.282 lao động …; xuất khẩu lao động là 1.061 người":
                # the items of other words may be the rest of them
                kinds = _kinds_that_add_up(sentence, total, marker.end(), stop, lenient or semicolons, verbs)
                if kinds is not None and len(kinds[0]) > len(parts):
                    return kinds
            exhaustive = _exhaustive(items, marker.group()) or bool(
                _DIVIDED_BY.search(skeleton, _clause_start(skeleton, total_at), total_at)
            )
            if (
                exhaustive
                and _SOME_OF_IT.search(marker.group())
                and summed.high < total.bounds(total.readings[0])[0]
                and not _exhaustive(items, "")
            ):
                # short of it, "trong đó:" lists some of it, its colon notwithstanding: "492,1 nghìn tấn, …,
                # trong đó: Cá đạt 324,7 nghìn tấn, …; tôm đạt 123,4 nghìn tấn, …" (raw64/un06: no other
                # farmed fish)
                exhaustive = False
            return parts, items, exhaustive, end
        if not far:
            kinds = _kinds_that_add_up(sentence, total, marker.end(), stop, lenient or semicolons, verbs)
            if kinds is not None:
                return kinds
    return None


# a part broken down in turn: another whole, said beside the first ("…; 571.269 phiếu bầu đại biểu HĐND cấp
# tỉnh, trong đó …")
_BROKEN_DOWN_IN_TURN = re.compile(r"(?: [^\W\d_]+){1,8},? trong đó(?!\w)")


def _kinds_that_add_up(
    sentence: Sentence, total: Figure, start: int, stop: int | None, lenient: bool, verbs: frozenset[str]
) -> tuple[list[Figure], list[str], bool, int] | None:
    """Parts that count other nouns than their total, read only when the first of them add up to it:
    "477 tổ chức cơ sở đảng, trong đó có 248 đảng bộ cơ sở (…) và 229 chi bộ cơ sở, với 36.607 đảng
    viên" — kinds of the whole, then a figure of another kind. Read that way, a sum that misses says
    nothing (the items may not be parts at all), so nothing is claimed then."""
    parts, items, _ = _parts_after(sentence, start, total.noun, stop, lenient, verbs, any_noun=True)
    label = Bilingual("sum of the parts", "tổng các phần")
    for count in range(len(parts), 1, -1):
        kept = parts[:count]
        if all(part.kind == total.kind and part.scale == total.scale for part in kept) and _fits(
            total, sum_of_parts(kept, label)
        ):
            end = sentence.skeleton.find(kept[-1].placeholder) + len(kept[-1].placeholder)
            return kept, items[:count], True, end
    return None


def _status_of(item: str) -> str:
    """The words of a list item that say a status, or "" (see :func:`_exhaustive`)."""
    count = _COUNT_PLACEHOLDER.search(item)
    if count is None:
        return ""
    after, before = item[count.end() :], _GROUP_LABEL.sub("", item[: count.start()]).strip(" ,:;")
    if _STATUS.search(after):
        return after
    return before if _STATUS.match(before) else ""


def _exhaustive(items: list[str], marker: str) -> bool:
    """A list of statuses that names the failures, a list after "gồm" or ":", or what was carried over
    and what was newly received, is complete."""
    # a status after the count ("10 chỉ tiêu đạt") or opening the item ("không đạt 3 chỉ tiêu"), not
    # "đạt" as the verb of a named part ("thu khác đạt 1.292 tỷ đồng")
    statuses = [_status_of(item) for item in items]
    if all(statuses):
        return any(_NEGATIVE_STATUS.search(status) for status in statuses)
    if _carried_over_and_new(items) or _old_and_new(items):
        return True  # what was carried over and what is new: the whole of it, by its definition
    if _one_and_its_negation(items) or _two_halves(items):
        return True
    joined = " ".join(items)
    if _sectors_of(joined) == {"agriculture", "industry", "services", "taxes"}:
        return True  # GRDP: the three sectors and the taxes on products, all of it by its definition (n788)
    if (
        marker.endswith("(")
        and len(items) >= 2
        and all(_PLACE_AND_ITS_COUNT.fullmatch(item) for item in items)
        and not _SOME_PLACES.search(marker)
    ):
        return True  # each item a name and its count after a colon, in brackets: a count by place, all of it
    return bool(_EXHAUSTIVE_MARKER.search(marker))


# "(Thanh Hóa: 37; Thừa Thiên - Huế: 15)" (n2246) — not where most of them are ("tập trung tại", "chủ yếu ở")
_SOME_PLACES = re.compile(r"(?<!\w)(?:tập trung|chủ yếu|nhiều nhất|phần lớn|như|điển hình)(?!\w)")
_PLACE_AND_ITS_COUNT = re.compile(rf"[\s,;]*{_LABEL_OF_AN_ITEM}: ?#\d+#(?: [^\W\d_]+){{0,2}}\)?")
_SOME_OF_IT = re.compile(r"trong đó ?:")


# two kinds that make up any whole between them in a list: at home and abroad (not "thành thị" and "nông
# thôn", which `complementary_pair` reads when their shares stand side by side: in a list after a whole they
# may be halves of another one — "có việc làm là 207.794 người; trong đó, lực lượng lao động khu vực thành
# thị …", dev b03, halves of the labour force, not of those employed)
_HALVES_OF_A_WHOLE = (("trong nước", "nước ngoài"), ("trong nước", "quốc tế"))  # (guests, n1936)


def _two_halves(items: list[str]) -> bool:
    """Two items that are the two halves of any whole: "trong nước đạt 0,95 triệu tấn, nước ngoài đạt 0,12
    triệu tấn" (n558)."""
    if len(items) != 2:
        return False
    above, below = (_ABOVE_AN_AGE.search(item) for item in items)
    if above and below and above.group("age") == below.group("age") and above.group(1) != below.group(1):
        return True  # "trên 6 tháng tuổi 38 con; dưới 6 tháng tuổi 12 con" (n618): older and younger
    for first, second in (items, items[::-1]):
        # what is X and what is not: "công lập 43.407, ngoài công lập 21.624" (n1516), "đảng viên …, ngoài
        # Đảng …"
        outside = _OUTSIDE.search(second)
        if (
            outside is not None
            and "ngoài" not in first
            and re.search(rf"(?<!\w){re.escape(outside.group('what'))}(?!\w)", first.lower())
        ):
            return True
    return any(
        re.search(rf"(?<!\w){a}(?!\w)", first) and re.search(rf"(?<!\w){b}(?!\w)", second)
        for a, b in _HALVES_OF_A_WHOLE
        for first, second in (items, items[::-1])
    )


_OUTSIDE = re.compile(r"(?<!\w)ngoài (?!ra(?!\w))(?P<what>[^\W\d_]+(?: [^\W\d_]+)?)")


_ABOVE_AN_AGE = re.compile(r"(?<!\w)(trên|dưới) (?P<age>\d{1,3}(?: tháng| năm)? tuổi)(?!\w)")


_NOT_YET = re.compile(r"(?<!\w)chưa (?P<what>[^\W\d_]+(?: [^\W\d_]+)?)")


def _one_and_its_negation(items: list[str]) -> bool:
    """Two items, one not yet what the other already is: "124 TS tự do chưa tốt nghiệp và 340 TS tự do đã
    tốt nghiệp" — between them, all there are. (Not "có điều kiện" and "chưa có điều kiện": a case may be
    neither, entrusted elsewhere or withdrawn.)"""
    if len(items) != 2:
        return False
    for not_yet, done in (items, items[::-1]):
        found = _NOT_YET.search(not_yet)
        if found is not None and f"đã {found.group('what')}" in done and _COUNT_PLACEHOLDER.search(done):
            return True
    return False


_NEWLY = re.compile(r"(?<!\w)mới(?!\w)")


_OLD = re.compile(r"(?<!\w)cũ(?!\w)")


def _old_and_new(items: list[str]) -> bool:
    """Whether a list is the old ones, then the new: "số vụ cũ là 11 vụ, 37 bị can; 15 vụ mới, 27 bị can"."""
    return len(items) == 2 and bool(_OLD.search(items[0])) and bool(_NEWLY.search(items[1]))


def _carried_over_and_new(items: list[str]) -> bool:
    """Whether a list is what was carried over, then what was newly received: "số cũ chuyển sang 2.548
    việc; thụ lý mới 5.621 việc"."""
    return len(items) == 2 and bool(_CARRIED_OVER.search(items[0])) and bool(_NEWLY.search(items[1]))


def partition(sentence: Sentence) -> Iterator[Claim]:
    """A total and its listed parts: the parts must add up to the total.

    A list of statuses that includes the failures (vượt, đạt, không đạt) or a list after
    "gồm", "bao gồm", ":" is complete and must add up exactly; a list after "trong đó" may be
    partial and is only wrong when it adds up to more than the total.

    Examples:
        "Năm 2022 có 26 chỉ tiêu, trong đó 13 chỉ tiêu vượt, 10 chỉ tiêu đạt, 3 chỉ tiêu không đạt"
        "Tổng số 1.245 vụ, gồm: hình sự 500 vụ, dân sự 700 vụ, hành chính 45 vụ"
        "13 chỉ tiêu vượt, 10 chỉ tiêu đạt và 3 chỉ tiêu không đạt, tổng cộng 26 chỉ tiêu"
    """
    found = _partitions(sentence)
    label = Bilingual("sum of the parts", "tổng các phần")
    bracketed = [
        len(found) >= 3 and _listed_in_brackets(sentence, total, parts) for total, parts, *_ in found
    ]
    exact = [
        listed and _fits(total, sum_of_parts(parts, label))
        for listed, (total, parts, *_) in zip(bracketed, found, strict=True)
    ]
    claims: list[Claim] = []
    for n, (total, parts, items, exhaustive, span) in enumerate(found):
        at = sentence.at(total)
        if _A_BALANCE_BEFORE.search(sentence.skeleton, max(0, at - 40), at):
            continue  # a balance and its sides: "thâm hụt gần 1 tỷ USD, trong đó … xuất khẩu …, nhập khẩu …"
        trails_off = _TRAILS_OFF.match(sentence.skeleton, span[1]) or (items and _TRAILED.search(items[-1]))
        if exhaustive and (_cut_short(sentence, span[1]) or trails_off):
            # "… 262 đại biểu, gồm: 39 đại biểu đương nhiên …, 220 đại biểu" and no more (raw33); "23 vị trí
            # …, bao gồm: 13 vị trí …, 7 vị trí … (dự kiến …)…" (n852): a list that trails off is not all of
            # it
            exhaustive = False
        if exhaustive and _shares_say_the_rest(sentence, total, parts):
            # "350.237 đơn …, bao gồm 325.345 đơn … (chiếm 92,87%), 16.083 đơn … (chiếm 4,6%), 5.725 đơn …
            # (chiếm 1,63%) và 2.994 đơn … (chiếm 0,85%)" (n1601): the parts' own shares leave 0,05% out, as
            # their sum leaves 90 of 350.237 — the list is not all of it
            exhaustive = False
        if bracketed[n] and sum(exact) - exact[n] >= 2:
            # "108 (Trà Vinh 22 nhà, …, Sóc Trăng 18 nhà); … 228 (…); 6 tàu … (…); … 81 chiếc (Kiên Giang 65,
            # Cà Mau 10)": where the sentence's other lists in brackets each add up to their totals, so does
            # this one
            exhaustive = True
        if len(parts) >= 2 and all(part.value > total.value > 0 for part in parts):
            # "có 1 người tự ứng cử đã trúng cử, có 20 người dưới 40 tuổi, 78 người … trên đại học" (n1987): a
            # count smaller than each of the counts after it is none of their whole
            continue
        claims.append(_partition_claim(sentence, total, parts, items, exhaustive, span))
    # a total broken down twice is wrong if either list is: the list that does not add up is said first
    yield from sorted(claims, key=lambda claim: not claim.verdict.alarm)


# a whole counted and measured ("38 KCN … với tổng diện tích khoảng 15,2 nghìn ha"), then after "trong đó" its
# parts, each counted and measured alike ("17 KCN … có tổng diện tích khoảng 6,9 nghìn ha và 21 KCN … với …")
_COUNTED_AND_MEASURED = (
    r"{count:N} (?P<noun>[^\W\d_]+)(?: [^\W\d_]+){0,8}?,? (?:với|có)(?: tổng)?(?: [^\W\d_]+){0,4}? {amount:N}"
)
_WHOLE_COUNTED_AND_MEASURED = pattern(
    _COUNTED_AND_MEASURED + r"(?P<rest>[^#;]{0,40}?)[;,]? (?:trong đó|trong số đó|bao gồm|gồm):? (?:có )?"
)
_PART_COUNTED_AND_MEASURED = pattern(_COUNTED_AND_MEASURED)
_NEXT_PART = re.compile(r"(?: [^\W\d_]+){0,4}?(?:[,;]| và|, và) (?:có )?")


def parts_counted_and_measured(sentence: Sentence) -> Iterator[Claim]:
    """A whole counted and measured, then its parts, each counted and measured alike: the counts add up to
    the whole's count; and when they do, the list is all of it, so the measures add up to its measure too.
    After "trong đó", counts short of the whole's may leave parts out: nothing is said of them then.

    Examples:
        "có 38 KCN với diện tích 15,2 nghìn ha; trong đó 17 KCN có 6,9 nghìn ha và 21 KCN có 8,3 nghìn ha"
    """
    skeleton = sentence.skeleton
    if "#" not in skeleton or (not _BREAKDOWN_WORDS.search(skeleton) and " gồm" not in skeleton):
        return
    for match in _WHOLE_COUNTED_AND_MEASURED.finditer(skeleton):
        count, amount = _figure(sentence, match, "count"), _figure(sentence, match, "amount")
        if count.kind != FigureKind.COUNT or amount.kind != FigureKind.AMOUNT or _is_change(sentence, amount):
            continue
        parts: list[tuple[Figure, Figure]] = []
        position = match.end()
        while (item := _PART_COUNTED_AND_MEASURED.match(skeleton, position)) is not None:
            counted, measured = _figure(sentence, item, "count"), _figure(sentence, item, "amount")
            if (
                item.group("noun") != match.group("noun")
                or counted.kind != FigureKind.COUNT
                or measured.kind != FigureKind.AMOUNT
                or _first_word(measured.noun) != _first_word(amount.noun)
            ):
                break
            parts.append((counted, measured))
            following = _NEXT_PART.match(skeleton, item.end())
            if following is None:
                break
            position = following.end()
        if len(parts) < 2:
            continue
        counts = [counted for counted, _ in parts]
        added = sum_of_parts(counts, Bilingual("sum of the parts' counts", "tổng số lượng các phần"))
        span = (sentence.at(count), sentence.at(parts[-1][1]) + len(parts[-1][1].placeholder))
        if sum(part.value for part in counts) > count.value:
            yield judged_claim(
                sentence,
                span,
                "parts_counted_and_measured",
                [*((Role.PART, c) for c in counts), (Role.TOTAL, count)],
                [added],
            )
            continue
        if sum(part.value for part in counts) != count.value:
            continue  # some of them only
        yield judged_claim(
            sentence,
            span,
            "parts_counted_and_measured",
            [*((Role.PART, c) for c in counts), (Role.TOTAL, count)],
            [added],
        )
        measures = [measured for _, measured in parts]
        label = Bilingual("sum of the parts' measures", "tổng quy mô các phần")
        yield judged_claim(
            sentence,
            span,
            "parts_counted_and_measured",
            [*((Role.PART, m) for m in measures), (Role.TOTAL, amount)],
            [sum_of_parts(measures, label)],
        )


# two measures of a whole, each with its change ("vận tải hàng hóa đạt 1.314,7 triệu tấn, tăng 10,3% …
# và 244,9 tỷ tấn, tăng 7%"), then after "trong đó" each part's two measures alike ("vận tải trong nước đạt
# 1.284,6 triệu tấn, tăng 10,6% và 123,8 tỷ tấn, tăng 12,2%; vận tải ngoài nước đạt 30,2 triệu tấn, … và
# 121,1 tỷ tấn", n1741: tonnes and tonne-kilometres, the page's ".km" lost)
_A_MEASURE_AND_ITS_CHANGE = (
    r"(?: [^\W\d_]+(?:\.km)?){0,3}?(?:,? (?:tăng|giảm) (?:#\d+%#|#\d+#)(?: [^\W\d_]+){0,8}?)?"
)
_TWO_MEASURES_OF_A_WHOLE = pattern(
    r"{first:N}"
    + _A_MEASURE_AND_ITS_CHANGE
    + r" và {second:N}"
    + _A_MEASURE_AND_ITS_CHANGE
    + r",? (?:trong đó|trong số đó|bao gồm|gồm):? "
)
_TWO_MEASURES_OF_A_PART = pattern(
    r"(?P<label>[^#;]{2,60}?) {first:N}"
    + _A_MEASURE_AND_ITS_CHANGE
    + r" và {second:N}"
    + _A_MEASURE_AND_ITS_CHANGE
)
_NEXT_OF_TWO_MEASURES = re.compile(_A_MEASURE_AND_ITS_CHANGE + r"(?:;|,| và|, và) ")


def two_measures_broken_down(sentence: Sentence) -> Iterator[Claim]:
    """A whole said in two measures, then its parts each in the same two: the first measures add up to the
    first, the second to the second — not all four to either.

    Examples:
        "đạt 14 triệu tấn và 9 tỷ tấn, gồm nội địa 10 triệu tấn và 5 tỷ tấn; quốc tế 4 triệu tấn và 4 tỷ tấn"
    """
    skeleton = sentence.skeleton
    if " và " not in skeleton or (not _BREAKDOWN_WORDS.search(skeleton) and " gồm" not in skeleton):
        return
    for match in _TWO_MEASURES_OF_A_WHOLE.finditer(skeleton):
        wholes = [_figure(sentence, match, "first"), _figure(sentence, match, "second")]
        if any(
            whole.qualifier is not None or whole.kind not in (FigureKind.AMOUNT, FigureKind.COUNT)
            for whole in wholes
        ):
            continue
        items: list[tuple[Figure, Figure]] = []
        labels: list[str] = []
        position = match.end()
        while (item := _TWO_MEASURES_OF_A_PART.match(skeleton, position)) is not None:
            pair = (_figure(sentence, item, "first"), _figure(sentence, item, "second"))
            if any(
                part.scale != whole.scale or _first_word(part.noun) != _first_word(whole.noun)
                for part, whole in zip(pair, wholes, strict=True)
            ):
                break
            items.append(pair)
            labels.append(item.group("label"))
            following = _NEXT_OF_TWO_MEASURES.match(skeleton, item.end())
            if following is None:
                break
            position = following.end()
        if len(items) < 2 or (
            wholes[0].scale == wholes[1].scale and _first_word(wholes[0].noun) == _first_word(wholes[1].noun)
        ):
            continue  # (two measures told apart by their scale or their noun only)
        span = (match.start(), sentence.at(items[-1][1]) + len(items[-1][1].placeholder))
        for side, whole in enumerate(wholes):
            parts = [pair[side] for pair in items]
            halves = _two_halves(labels)  # "trong nước" and "ngoài nước": all of it
            claim = _partition_claim(sentence, whole, parts, labels, halves, span, "two_measures_broken_down")
            yield claim
            # … and each measure's growth from its parts' and theirs ("244,9 tỷ tấn, tăng 7%" of 123,8, up
            # 12,2%, and 121,1, up 2,1%), where they add up to it
            growths = _growths_right_after(sentence, [whole, *parts]) if claim.verdict.fits else None
            if growths is not None:
                signed, *rates = growths
                growth = sentence.figure_starting_at(signed.start) or signed  # (as printed: "giảm 11,3%")
                if growth.qualifier is None:
                    numbers = [
                        (Role.TOTAL, whole),
                        *((Role.PART, part) for part in parts),
                        (Role.CHANGE, growth),
                    ]
                    at = sentence.at(growth)
                    reading = _growth_from_parts(whole, parts, rates, -1 if signed.value < 0 else 1)
                    span = (at, at + len(growth.placeholder))
                    yield judged_claim(sentence, span, "growth_of_a_whole_from_its_parts", numbers, [reading])


# two totals of two nouns, then in one bracket the parts of each, said with their nouns: "cho 5 tập thể, 5 cá
# nhân (hạng nhất 1 tập thể; hạng nhì 3 tập thể, 2 cá nhân; hạng ba cho 1 tập thể và 3 cá nhân)" (n1563)
_TWO_NOUNS_THEN_A_BRACKET = pattern(
    r"{first:N} (?P<first_noun>[^\W\d_]+(?: [^\W\d_]+)?)(?:,| và) {second:N}"
    r" (?P<second_noun>[^\W\d_]+(?: [^\W\d_]+)?)"
    r" ?\((?P<inside>[^()]{5,300})\)"
)
_COUNT_IN_A_BRACKET = re.compile(r"(?P<count>#\d+#) (?P<noun>[^\W\d_]+(?: [^\W\d_]+)?)")


def totals_of_two_nouns_broken_down(sentence: Sentence) -> Iterator[Claim]:
    """Two totals said together, each of its own noun, then one bracket that breaks both down, each part
    said with its noun: the parts of each noun add up to its total. Read when every count in the bracket
    is of one of the two nouns and each noun has two parts or more.

    Examples:
        "Huân chương cho 5 tập thể, 5 cá nhân (hạng nhì 3 tập thể, 2 cá nhân; hạng ba 2 tập thể, 3 cá nhân)"
    """
    skeleton = sentence.skeleton
    if "(" not in skeleton:
        return
    for match in _TWO_NOUNS_THEN_A_BRACKET.finditer(skeleton):
        nouns = (match.group("first_noun"), match.group("second_noun"))
        if nouns[0] == nouns[1]:
            continue
        totals = (_figure(sentence, match, "first"), _figure(sentence, match, "second"))
        inside_at = match.start("inside")
        counts = list(_COUNT_IN_A_BRACKET.finditer(skeleton, inside_at, match.end("inside")))
        if len(counts) < 4 or len(PLACEHOLDER.findall(match.group("inside"))) != len(counts):
            continue
        groups: dict[str, list[Figure]] = {noun: [] for noun in nouns}
        for found in counts:
            if found.group("noun") not in groups:
                break
            groups[found.group("noun")].append(sentence.figure(found.group("count")))
        else:
            if any(len(parts) < 2 for parts in groups.values()):
                continue
            for total, noun in zip(totals, nouns, strict=True):
                parts = groups[noun]
                if total.kind != FigureKind.COUNT or any(part.kind != FigureKind.COUNT for part in parts):
                    break
                yield judged_claim(
                    sentence,
                    (sentence.at(total), match.end()),
                    "totals_of_two_nouns_broken_down",
                    [*((Role.PART, part) for part in parts), (Role.TOTAL, total)],
                    [sum_of_parts(parts, Bilingual(f"sum of the {noun}", f"tổng số {noun}"))],
                )


_ITS_SHARE_RIGHT_AFTER = re.compile(
    r"(?: [^\W\d_]+){0,8}? ?(?:\(|, ) ?(?:chiếm |bằng )?(?:tỷ lệ |tỉ lệ )?(?P<share>#\d+%#)"
)


def _shares_say_the_rest(sentence: Sentence, total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether the parts, short of the total, are each said with their share, and the shares leave out of
    100% what the parts leave out of the total (within the shares' rounding): the text's own shares say
    that something else makes up the rest."""
    skeleton = sentence.skeleton
    left = total.value - sum(part.value for part in parts)
    if left <= 0 or not total.value:
        return False
    shares = []
    for part in parts:
        found = _ITS_SHARE_RIGHT_AFTER.match(skeleton, sentence.at(part) + len(part.placeholder))
        if found is None:
            return False
        shares.append(sentence.figure(found.group("share")))
    printed = sum((share.value for share in shares), Decimal(0))
    slack = sum((share.unit(share.readings[0]) / 2 for share in shares), Decimal(0))
    return printed < HUNDRED and abs((HUNDRED - printed) - left / total.value * HUNDRED) <= slack


def divisions_after_the_first(sentence: Sentence) -> Iterator[Claim]:
    """A total divided one way, then other ways, each in a clause of its own after a semicolon: every
    division adds up to it, so the last part of each is the total less the others. Only a division that adds
    up is said: one short of it may leave groups out.

    Examples:
        "150 đại biểu, trong đó 123 đại biểu cơ sở, 27 đại biểu khác; 100 đại biểu nam, 50 đại biểu nữ"
    """
    skeleton = sentence.skeleton
    if ";" not in skeleton:
        return
    label = Bilingual("sum of the parts", "tổng các phần")
    for total, parts, _, _, span in _partitions(sentence):
        if total.kind != FigureKind.COUNT or total.qualifier is not None:
            continue
        if not _fits(total, sum_of_parts(parts, label)):
            continue  # (the first division must add up: the others are then read as its like)
        end = span[1]
        while (clause := _NEXT_CLAUSE.match(skeleton, end)) is not None:
            stop = skeleton.find(";", clause.end())
            stop = len(skeleton) if stop < 0 else stop
            run, _, run_end = _parts_after(sentence, clause.end(), total.noun, stop)
            if (
                len(run) < 2
                or _NOT_THE_END_OF_A_CLAUSE.match(skeleton, run_end)
                or any(part.kind != FigureKind.COUNT or part.qualifier is not None for part in run)
                or sum(part.value for part in run) != total.value
            ):
                break
            # "…; 11 đại biểu cấp huyện, 139 đại biểu cấp cơ sở; 100 đại biểu nam, 50 đại biểu nữ" (n1191)
            others = sum((part.value for part in run[:-1]), Decimal(0))
            value = total.value - others
            formula = message("{} − {} = {}", "{} − {} = {}", total.value, others, value)
            yield judged_claim(
                sentence,
                (sentence.at(run[0]), run_end),
                "divisions_after_the_first",
                [(Role.TOTAL, total), *((Role.PART, part) for part in run[:-1]), (Role.PART, run[-1])],
                [
                    Recomputation(
                        value, value, value, formula, Bilingual("another division", "một cách chia khác")
                    )
                ],
            )
            end = run_end


_NEXT_CLAUSE = re.compile(r"(?:[^#;.]|#\d+%#){0,30}; ?")  # (past the last part's own share)
_NOT_THE_END_OF_A_CLAUSE = re.compile(r"[^;.]*?#")  # more figures before the clause ends: not a division


_TRAILS_OFF = re.compile(r"[^#;.…]{0,80}?(?:…|\.\.\.)")
_TRAILED = re.compile(r"#\d+#[^#]*(?:…|\.\.\.)\W*$")


def _cut_short(sentence: Sentence, end: int) -> bool:
    """Whether a list runs to the end of a sentence that has no end: a copy cut off, its list perhaps too."""
    return not PLACEHOLDER.search(sentence.skeleton, end) and not sentence.text.rstrip().endswith(
        _SENTENCE_ENDS
    )


_SENTENCE_ENDS = (".", "!", "?", ";", ")", '"', "”", "…")


# a trade balance, the difference of what it lists (raw32/th41)
_A_BALANCE_BEFORE = re.compile(r"(?<!\w)(?:thâm hụt|thặng dư|xuất siêu|nhập siêu|cán cân)(?!\w)[^#;]*$")


def _listed_in_brackets(sentence: Sentence, total: Figure, parts: Sequence[Figure]) -> bool:
    """Whether ``parts`` are listed in a bracket opened after ``total``: "81 chiếc (Kiên Giang 65, …"."""
    skeleton = sentence.skeleton
    between = skeleton[sentence.at(total) + len(total.placeholder) : sentence.at(parts[0])]
    return between.count("(") == 1 and ")" not in between and len(between) <= 40


_GROWTH_RIGHT_AFTER = re.compile(
    r"[^#;()]{0,40}?"
    # (past its rate of the plan: "35.903 ha đạt 119,3% so với kế hoạch, tăng 6,7% so với năm trước", n2323)
    r"(?:,? (?:đạt|bằng) #\d+%# (?:so với |so )?(?:kế hoạch|kh|dự toán)(?!\w)[^#;()]{0,30}?)?"
    r",? (?P<verb>tăng|giảm) (?P<growth>#\d+%#)(?! ?(?:điểm|kế hoạch|so với kế hoạch))"
)


def _growths_right_after(sentence: Sentence, figures: Sequence[Figure]) -> list[Figure] | None:
    """The growth said right after each of ``figures`` ("17.226 ha, tăng 4,37%"), or None if one has none; a
    fall ("34,7 triệu tấn, giảm 15%") read as a growth below zero."""
    said = [
        _GROWTH_RIGHT_AFTER.match(sentence.skeleton, sentence.at(figure) + len(figure.placeholder))
        for figure in figures
    ]
    if not all(said):
        return None
    return [_signed(sentence.figure(found.group("growth")), found.group("verb")) for found in said if found]


def _signed(rate: Figure, verb: str) -> Figure:
    """A rate said with its verb, as a growth: below zero after "giảm"."""
    if verb != "giảm":
        return rate
    return dataclasses.replace(
        rate, readings=tuple(dataclasses.replace(r, value=-r.value) for r in rate.readings)
    )


# A fraction and the fractions it is made of: "vận động được 14.714.669.968/9,5 tỷ đồng, đạt 154,9% kế hoạch
# năm (trong đó, cấp tỉnh 5.299.856.928 đồng/2,2 tỷ đồng đạt 240,9% và cấp huyện 9.414.813.040 đồng/7,3 tỷ
# đồng đạt 128,97%)": what was done adds up to what was done, the plans to the plan.
_FRACTIONS_OPEN = re.compile(r"(?:[^#;.()]|#\d+%#){0,80}?(?:[,;] ?|\( ?)(?:trong đó|bao gồm|gồm)(?!\w)[ ,:]*")


def fractions_of_a_fraction(sentence: Sentence) -> Iterator[Claim]:
    """A fraction, then the fractions listed as its parts: their numerators add up to its numerator,
    their denominators to its denominator ("trong đó" may list some only: short of it is no slip).

    Examples:
        "vận động 14.714/9.500 triệu đồng (trong đó, cấp tỉnh 5.300/2.200 triệu, cấp huyện 9.414/7.300 triệu)"
    """
    skeleton = sentence.skeleton
    if skeleton.count("/") < 3:
        return
    for whole in _A_FRACTION.finditer(skeleton):
        done, of = sentence.figure(whole.group("part")), sentence.figure(whole.group("whole"))
        opening = _FRACTIONS_OPEN.match(skeleton, whole.end())
        if opening is None or _is_pair(done, of):
            continue
        in_brackets = "(" in opening.group()  # a list in brackets ends with them
        stop = skeleton.find(")", opening.end()) if in_brackets else -1
        text = skeleton if stop < 0 else skeleton[:stop]
        parts: list[tuple[Figure, Figure]] = []
        items: list[str] = []
        end = 0
        for item, _, _ in _list_items(text, opening.end()):
            counts = [m for m in PLACEHOLDER.finditer(item) if not m.group().endswith(("%#", "pt#"))]
            fraction = _A_FRACTION.search(item)
            if fraction is None and not counts:
                continue  # "đạt 240,9%": the part's own rate
            if fraction is None and len(counts) == 1 and parts and _ALL_OF_ITS_OWN.search(item):
                # "… quốc phòng – an ninh đạt 1/2 chỉ tiêu và xây dựng xã đạt chuẩn NTM đạt 1 chỉ tiêu"
                # (n1921): a part of one said as done, all of its own — one of one, when the wholes then
                # add up
                count = sentence.figure(counts[0].group())
                parts.append((count, count))
                items.append(item)
                end = skeleton.find(count.placeholder) + len(count.placeholder)
                break
            if fraction is None or len(counts) != 2:
                break
            parts.append((sentence.figure(fraction.group("part")), sentence.figure(fraction.group("whole"))))
            items.append(item)
            end = skeleton.find(fraction.group("whole")) + len(fraction.group("whole"))
        if parts and parts[-1][0] is parts[-1][1] and sum(of_it.value for _, of_it in parts) != of.value:
            parts, items = parts[:-1], items[:-1]  # the count is not one of one: the wholes do not add up so
            end = skeleton.find(parts[-1][1].placeholder) + len(parts[-1][1].placeholder) if parts else 0
        if len(parts) < 2:
            continue
        if all(of_it.value == of.value for _, of_it in parts):
            # "Có 13/26 chỉ tiêu vượt …, trong đó có nhiều chỉ tiêu quan trọng như …; 10/26 chỉ tiêu đạt …,
            # 03/26 chỉ tiêu không đạt" (n1186): fractions of the same whole, beside it, not its parts
            continue
        for total, side in ((done, 0), (of, 1)):
            figures = [part[side] for part in parts]
            if any(figure.kind != total.kind for figure in figures):
                break
            span = (whole.start(), end)
            yield _partition_claim(sentence, total, figures, items, False, span, "fractions_of_a_fraction")


# a part said as done, with a count and no whole of its own: "xây dựng xã đạt chuẩn nông thôn mới đạt 1 chỉ
# tiêu"
_ALL_OF_ITS_OWN = re.compile(r"(?<!\w)(?:đạt|hoàn thành|vượt)(?: và vượt)? #\d+#(?: [^\W\d_]+){0,3}$")


# a whole's rate, then its two halves' in brackets, each with its own direction: "CPI tháng 12/2022 giảm
# 0,01% so với tháng trước (khu vực thành thị tăng 0,04%; khu vực nông thôn giảm 0,07%)" (n2552, n1241)
_RATE_OF_TWO_HALVES = pattern(
    r"(?P<way>tăng|giảm) {whole:P}[^#;()]{0,60}? ?\( ?(?:khu vực )?(?P<first>thành thị|nam)"
    r"(?: [^\W\d_]+){0,2} (?P<way1>tăng|giảm) {one:P}[;,] (?:khu vực )?(?P<second>nông thôn|nữ)"
    r"(?: [^\W\d_]+){0,2} (?P<way2>tăng|giảm) {two:P} ?\)"
)


def rate_between_its_halves(sentence: Sentence) -> Iterator[Claim]:
    """The rate of a whole is a weighted mean of its two halves' (town and country, men and women): it lies
    between them. The weights are not printed, so nothing more is checked — but a rate outside the two is no
    mean of them.

    Examples:
        "CPI giảm 0,01% so với tháng trước (khu vực thành thị tăng 0,04%; khu vực nông thôn giảm 0,07%)"
    """
    skeleton = sentence.skeleton
    if "(" not in skeleton or ("thành thị" not in skeleton and "nữ" not in skeleton):
        return
    for match in _RATE_OF_TWO_HALVES.finditer(skeleton):
        if _HALVES[match.group("first")] != match.group("second"):
            continue
        whole, one, two = (_figure(sentence, match, name) for name in ("whole", "one", "two"))
        if any(figure.kind != FigureKind.PERCENT or figure.qualifier for figure in (whole, one, two)):
            continue
        sign = 1 if match.group("way") == "tăng" else -1
        ends = []
        for figure, way in ((one, match.group("way1")), (two, match.group("way2"))):
            low, high = figure.bounds(figure.readings[0])
            direction = 1 if way == "tăng" else -1
            ends.extend([low * direction * sign, high * direction * sign])
        low, high = min(ends), max(ends)
        said = sorted(
            figure.value * (1 if way == "tăng" else -1) * sign
            for figure, way in ((one, match.group("way1")), (two, match.group("way2")))
        )
        formula = message(
            f"{'a rise' if sign > 0 else 'a fall'} between {{}} and {{}} (its two halves')",
            f"mức {match.group('way')} nằm giữa {{}} và {{}} (của hai khu vực)",
            said[0],
            said[1],
            percent=True,
        )
        label = Bilingual("a mean of its two halves' rates", "trung bình tỷ lệ của hai khu vực")
        reading = Recomputation((low + high) / 2, low, high, formula, label)
        numbers = [(Role.PART, one), (Role.PART, two), (Role.CHANGE, whole)]
        yield judged_claim(sentence, match.span(), "rate_between_its_halves", numbers, [reading])


def growth_of_a_whole_from_its_parts(sentence: Sentence) -> Iterator[Claim]:
    """A whole's growth from its parts' values and growths, when the sentence gives them all: "… ước đạt
    25.630 tỷ đồng, tăng 3,89% so với năm 2022; trong đó nông nghiệp 19.520 tỷ đồng, tăng 3,2%; lâm
    nghiệp 1.250 tỷ đồng, tăng 5,6%; thủy sản 4.860 tỷ đồng, tăng 6,1%": last year's whole is the sum of
    each part over its own growth, so the whole grew by T / Σ (Vᵢ / (1 + gᵢ)) − 1, every input taken
    with the interval its rounding allows.

    Examples:
        "đạt 300 tỷ đồng, tăng 5,1%; trong đó nông nghiệp 100 tỷ, tăng 2%; dịch vụ 200 tỷ, tăng 6,7%"
    """
    skeleton = sentence.skeleton
    if skeleton.count("tăng") + skeleton.count("giảm") < 3:
        return
    for total, parts, *_ in _partitions(sentence):
        at = sentence.at(total) + len(total.placeholder)
        said = _GROWTH_RIGHT_AFTER.match(skeleton, at)
        if said is None or not _fits(total, sum_of_parts(parts, _SHARE_LABEL)):
            # parts that do not add up to their whole (a slip the partition names: n788's 4.461,59 for
            # 4.641,59) say nothing of its growth
            continue
        growth = sentence.figure(said.group("growth"))
        rates = _growths_right_after(sentence, parts)
        if rates is None or growth.qualifier is not None:
            continue
        reading = _growth_from_parts(total, parts, rates, -1 if said.group("verb") == "giảm" else 1)
        numbers = [(Role.TOTAL, total), *((Role.PART, part) for part in parts), (Role.CHANGE, growth)]
        start = sentence.at(total)
        yield judged_claim(sentence, (start, sentence.at(growth) + len(growth.placeholder)),
                     "growth_of_a_whole_from_its_parts", numbers, [reading])  # fmt: skip


def growth_of_a_whole_said_before(
    sentence: Sentence, recent: Sequence[Sentence], checked: set[int]
) -> Iterator[Claim]:
    """The growth of a whole said at the end of the sentence before, from its parts and their growths listed
    in this one: "… ước đạt 18.049,5 ha, tăng 4,43%. Trong đó: Diện tích nuôi cá 17.226 ha, tăng 4,37%; diện
    tích nuôi tôm 615,5 ha, tăng 3,62%; diện tích thủy sản khác 208 ha, tăng 4,52%." (n1296) — as
    :func:`growth_of_a_whole_from_its_parts` reads it in one sentence. ``checked``: the figures a reading
    has already recomputed."""
    opening = _OPENS_WITH_BREAKDOWN.match(sentence.skeleton)
    if opening is None or not recent or sentence.skeleton.count("tăng") < 2:
        return
    before = recent[-1]
    said = _VALUE_THEN_ITS_GROWTH_AT_THE_END.search(before.skeleton)
    if said is None:
        yield from _growths_against_two_periods(sentence, before, opening.end(), checked)
        return
    total, growth = before.figure(said.group("value")), before.figure(said.group("growth"))
    if growth.start in checked or growth.qualifier is not None:
        return
    parts, _, _ = _parts_after(sentence, opening.end(), "", lenient=True)
    if len(parts) < 2 or not _fits(total, sum_of_parts(parts, _SHARE_LABEL)):
        return
    rates = _growths_right_after(sentence, parts)
    if rates is None:
        return
    # marked where the whole and its growth are said, in the sentence before; its parts are in the message
    yield _growth_said_before(before, total, parts, rates, growth, before.at(total))


def _growth_said_before(
    before: Sentence,
    total: Figure,
    parts: Sequence[Figure],
    rates: Sequence[Figure],
    growth: Figure,
    start: int,
    sign: int = 1,
) -> Claim:
    """The whole's growth said in ``before`` judged against its parts' (see :func:`_growth_from_parts`),
    marked in ``before`` from ``start`` (of its skeleton) to the growth's end."""
    reading = _growth_from_parts(total, parts, rates, sign)
    numbers = [(Role.TOTAL, total), *((Role.PART, part) for part in parts), (Role.CHANGE, growth)]
    span = (start, before.at(growth) + len(growth.placeholder))
    claim = judged_claim(before, span, "growth_of_a_whole_from_its_parts", numbers, [reading])
    start_at, end_at = before.span(*span)
    return dataclasses.replace(claim, start=start_at, end=end_at)


# the value that ends a sentence and its growths against two periods: "… ước đạt 13.642,5 tỷ đồng, tăng 1,6%
# so với tháng trước và tăng 20% so với cùng kỳ."
_VALUE_THEN_TWO_GROWTHS_AT_THE_END = re.compile(
    r"(?P<value>#\d+#)(?: [^\W\d_]+){0,3},? (?P<verb1>tăng|giảm) (?P<growth1>#\d+%#)"
    r" so với (?P<period1>[^#,;]{2,30}?)"
    r",?(?: và)? (?P<verb2>tăng|giảm) (?P<growth2>#\d+%#) so với (?P<period2>[^#,;]{2,30}?)\W*$"
)
# a part's growth against a period named: ", tăng 5,2% so với tháng trước"
_GROWTH_AGAINST = re.compile(
    r"(?P<verb>tăng|giảm) (?P<growth>#\d+%#) so với (?P<period>[^#,;]{2,30}?)(?=[,;.]| và|$)"
)


def _growths_against_two_periods(
    sentence: Sentence, before: Sentence, start: int, checked: set[int]
) -> Iterator[Claim]:
    """The whole's growths against two periods, said at the end of the sentence before ("… 13.642,5 tỷ đồng,
    tăng 1,6% so với tháng trước và tăng 20% so với cùng kỳ"), from its parts' listed in this one from
    ``start``, each with its growths against the same periods ("Trong đó: khu vực kinh tế trong nước đạt
    13.149,4 tỷ đồng, tăng 5,2% so với tháng trước và tăng 6% so với cùng kỳ; …", n2456): each growth of the
    whole from the parts' against the period it names."""
    said = _VALUE_THEN_TWO_GROWTHS_AT_THE_END.search(before.skeleton)
    if said is None:
        return
    total = before.figure(said.group("value"))
    parts, _, _ = _parts_after(sentence, start, "", lenient=True)
    if len(parts) < 2 or not _fits(total, sum_of_parts(parts, _SHARE_LABEL)):
        return
    skeleton = sentence.skeleton
    for side in ("1", "2"):
        growth, period = before.figure(said.group("growth" + side)), said.group("period" + side).strip()
        if growth.start in checked or growth.qualifier is not None:
            continue
        rates = []
        for index, part in enumerate(parts):
            end = sentence.at(parts[index + 1]) if index + 1 < len(parts) else len(skeleton)
            found = [
                m
                for m in _GROWTH_AGAINST.finditer(skeleton, sentence.at(part) + len(part.placeholder), end)
                if m.group("period").strip() == period
            ]
            if len(found) != 1:
                break
            rates.append(_signed(sentence.figure(found[0].group("growth")), found[0].group("verb")))
        if len(rates) != len(parts):
            continue
        sign = -1 if said.group("verb" + side) == "giảm" else 1
        yield _growth_said_before(before, total, parts, rates, growth, before.at(growth), sign)


# a value's growth right after it, past its rate of the plan and its noun, or in brackets, with the period it
# is against when said: "27,2 ngàn tỷ đồng, đạt 58% dự toán năm và tăng 36% so với cùng kỳ năm 2020",
# "39.433,2 tấn (tăng 0,36% so với năm 2019)", "3.041 tỷ đồng, chiếm tỷ trọng 8 %, tăng trưởng 21%" — and the
# growths against other periods said after it: ", giảm 20,5% so với cùng kỳ năm trước"
# (the period a growth is against, and where the growth ends)
_PERIOD_AGAINST = (
    r"(?: (?:so(?: với)?|với) (?P<against>(?:[^#;,.()]|#\d+#){2,30}?)| (?P<year>cùng kỳ[^#;,.()]{0,20}?))?"
)
_GROWTH_ENDS = r"(?=[,;.):]| và| ?\(| (?:chia ra|trong đó|bao gồm|gồm|đóng góp|làm)(?!\w)|$)"
_GROWTH_OF_A_VALUE = re.compile(
    r"[^#;()]{0,40}?(?: ?\( ?|(?:,? (?:đạt|bằng|chiếm(?: tỷ trọng| tỷ lệ)?) #\d+%#(?: [^#;()]{0,40}?)?)?,? )"
    r"(?P<verb>tăng|giảm)(?: trưởng)? (?P<growth>#\d+%#)(?! ?(?:điểm|kế hoạch|so với kế hoạch))"
    + _PERIOD_AGAINST
    + _GROWTH_ENDS
)
_ANOTHER_GROWTH = re.compile(
    r"(?:,| và|, và) (?P<verb>tăng|giảm)(?: trưởng)? (?P<growth>#\d+%#)"
    r"(?! ?(?:điểm|kế hoạch|so với kế hoạch))" + _PERIOD_AGAINST + _GROWTH_ENDS
)
# the periods a growth is against, by kind: the period before ("tháng trước", "quý trước") or the same
# period a year before ("cùng kỳ", "năm trước", "năm 2019")
_AGAINST_THE_PERIOD_BEFORE = re.compile(r"(?<!\w)(?:tháng|quý|tuần|kỳ) trước(?!\w)")
_AGAINST_A_YEAR_BEFORE = re.compile(r"(?<!\w)(?:cùng kỳ|năm trước|năm ngoái|năm \d{4})(?!\w)")
# a list of parts that opens at the end of a sentence ("…; trong đó:") or after the whole's growths in it
# ("… tăng 3,62% chia ra: …")
_A_LIST_OPENS_AT_THE_END = re.compile(r"(?:trong đó|bao gồm|gồm|chia ra|cụ thể(?: như sau)?|như sau) ?:?\W*$")
_A_LIST_OPENS = re.compile(r"(?<!\w)(?:trong đó|bao gồm|chia ra|cụ thể)(?!\w) ?:?")


def _against(sentence: Sentence, said: str | None) -> str | None:
    """What a growth is against, by kind (see above); the words themselves when of neither kind (a year
    read as a figure written as printed: "tháng 10⁄2019"), None when not said."""
    if not said:
        return None
    if _AGAINST_THE_PERIOD_BEFORE.search(said):
        return "before"
    if _AGAINST_A_YEAR_BEFORE.search(said):
        return "year"
    said = PLACEHOLDER.sub(lambda found: sentence.figure(found.group()).text, said)
    return " ".join(said.replace("⁄", "/").split())


def _values_with_growths(sentence: Sentence) -> list[tuple[Figure, list[tuple[Figure, str | None]]]]:
    """The counts and amounts of a sentence said with their growths right after them (see
    ``_GROWTH_OF_A_VALUE``): each value, and each of its growths (below zero after "giảm") with what it is
    against."""
    found = sentence.__dict__.get("_values_with_growths")  # read once for the sentences after it too
    if found is not None:
        return found  # type: ignore[no-any-return]
    found = []
    skeleton = sentence.skeleton
    for figure in sentence.figures:
        if figure.kind not in (FigureKind.COUNT, FigureKind.AMOUNT) or _is_a_period(figure):
            continue
        said = _GROWTH_OF_A_VALUE.match(skeleton, sentence.at(figure) + len(figure.placeholder))
        growths = []
        while said is not None:
            growth = _signed(sentence.figure(said.group("growth")), said.group("verb"))
            growths.append((growth, _against(sentence, said.group("against") or said.group("year"))))
            said = _ANOTHER_GROWTH.match(skeleton, said.end())
        if growths:
            found.append((figure, growths))
    sentence.__dict__["_values_with_growths"] = found
    return found


def _growth_against(
    growths: Sequence[tuple[Figure, str | None]], against: str | None, index: int, count: int
) -> Figure | None:
    """Of a part's growths, the one against the period ``against`` (see :func:`_against`), the whole's
    ``index``-th of ``count``: the one said against that period; its only one, when the whole has one and
    says no period; else, when the part says none, its growth in the same place as the whole's, of no more
    than the whole's ("tăng 1,7% và tăng 12,2%" after "tăng 1,6% so với tháng trước và tăng 12,2% so với
    cùng kỳ", n1358); None when that is not plain."""
    if against is not None and (found := next((g for g, said in growths if said == against), None)):
        return found
    if against is None and count == len(growths) == 1:
        return growths[0][0]
    if any(said is not None for _, said in growths):
        return None  # (it says its periods, not this one)
    if index < len(growths) <= count:
        return growths[index][0]  # (one growth, after a whole's two: the first, as the whole's is)
    return None


def growth_of_a_whole_broken_down_after(
    sentence: Sentence, recent: Sequence[Sentence], checked: set[int]
) -> Iterator[Claim]:
    """A whole said with its growth, then its parts, each said with its own growth, in a list that opens
    with "Trong đó" — in the sentence after it and the one after that, or after "trong đó:" ending its own
    sentence, or in that sentence itself: "… tổng thu ngân sách … ước đạt 27,2 ngàn tỷ đồng, đạt 58% dự
    toán năm và tăng 36% so với cùng kỳ năm 2020. Trong đó, thu ngân sách nội địa ước đạt 21,5 ngàn tỷ
    đồng, đạt 63% so với dự toán năm và tăng 41% so với cùng kỳ. Thu từ lĩnh vực xuất nhập khẩu ước đạt
    5,7 ngàn tỷ đồng, đạt 43% so với dự toán năm và tăng 13% so với cùng kỳ." (n347: 34%, not 36%). The
    parts are the values measured as the whole is, each with its growths, other figures passed over
    ("diện tích … 6.623,5ha, năng suất … 56,1 tạ/ha (tăng 1,25 tạ/ha …), sản lượng lúa đạt 37.155,9 tấn
    (tăng 0,12% …)", n2477); read as all of it only when they add up to it. Each growth of the whole is
    judged against the parts' growths against the same period ("giảm 2,5% so với tháng 10/2019, giảm 20,5%
    so với cùng kỳ năm trước", n2571). Judged as :func:`growth_of_a_whole_said_before` judges the shape it
    reads; marked where the whole is. Called on each sentence: the parts end with it."""
    if "%" not in sentence.skeleton:
        return
    layouts: list[
        tuple[Sentence, list[Sentence], int]
    ] = []  # the whole's sentence, the parts', where they open
    if _OPENS_WITH_BREAKDOWN.match(sentence.skeleton) and recent:
        layouts.append((recent[-1], [sentence], 0))
    if len(recent) >= 2 and _OPENS_WITH_BREAKDOWN.match(recent[-1].skeleton):
        layouts.append((recent[-2], [recent[-1], sentence], 0))
    if recent and _A_LIST_OPENS_AT_THE_END.search(recent[-1].skeleton):
        layouts.append((recent[-1], [sentence], 0))
    if (opens := _A_LIST_OPENS.search(sentence.skeleton)) is not None and opens.start() > 0:
        layouts.append((sentence, [sentence], opens.end()))
    for before, listing, opening in layouts:
        first = listing[0]
        parts = [
            (part, growths)
            for part_sentence in listing
            for part, growths in _values_with_growths(part_sentence)
            if part_sentence is not first or part_sentence.at(part) >= opening
        ]
        if len(parts) < 2:
            continue
        wholes = [
            (total, growths)
            for total, growths in _values_with_growths(before)
            if before is not first or before.at(total) < opening
        ]
        told: set[int] = set()  # the parts of a whole read already: no other whole's
        for total, growths in reversed(wholes):
            alike = [
                (part, rates)
                for part, rates in parts
                if part.kind == total.kind
                and part.scale <= total.scale  # ("hơn 4,2 triệu lượt người" of "719.900 lượt người", …)
                and _alike(part, total)
                and part.start not in told
            ]
            values = [part for part, _ in alike]
            if len(alike) < 2 or not _fits(total, summed := sum_of_parts(values, _SHARE_LABEL)):
                continue
            if (
                total.qualifier is not None
                and abs(summed.value - total.value) > total.unit(total.readings[0]) / 2
            ):
                # a whole said with a bound, "gần 17,2 triệu lượt", is its parts' sum rounded, not a sum the
                # bound leaves room for (14,6 + 2,4 triệu, a third part said in the next sentence: raw43/ts24)
                continue
            for index, (growth, against) in enumerate(growths):
                shown = before.figure_starting_at(growth.start) or growth  # as printed: "giảm 2,5%"
                if shown.start in checked or shown.qualifier is not None:
                    continue
                # each part's growth against the same period (its only one, when neither says which)
                rates = [_growth_against(rates, against, index, len(growths)) for _, rates in alike]
                if any(rate is None for rate in rates):
                    continue
                sign = -1 if growth.value < 0 else 1
                found = [rate for rate in rates if rate is not None]
                yield _growth_said_before(before, total, values, found, shown, before.at(total), sign)
            told.update(part.start for part in values)
        if told:
            return


def _measures(sentence: Sentence) -> list[Figure]:
    """The counts and amounts a sentence says, in turn, not in brackets, not changes, bounds, periods or
    percentages: "131 vụ ngộ độc thực phẩm, làm 4.726 người mắc và 21 trường hợp tử vong" — up to its first
    comparison ("Đường sắt xảy ra 1 vụ, làm 1 người chết; giảm 1 vụ và 1 người bị thương", n897)."""
    found = sentence.__dict__.get("_measures")  # read once for the sentences after it too
    if found is None:
        found = sentence.__dict__["_measures"] = _measures_read(sentence)
    return found


def _measures_read(sentence: Sentence) -> list[Figure]:
    """See :func:`_measures`."""
    if len(sentence.figures) < 2:
        return []
    compared = _A_COMPARISON.search(sentence.skeleton)
    end = compared.start() if compared else len(sentence.skeleton)
    return [
        figure
        for figure in sentence.figures_in(0, end)
        if figure.kind in (FigureKind.COUNT, FigureKind.AMOUNT)
        and figure.qualifier is None
        and not _in_an_aside(sentence, figure)
        and not _is_a_period(figure)
        and not _is_change(sentence, figure)
        and not _in_fraction(sentence, figure)  # ("0/2 chỉ tiêu đã đạt …; 2 chỉ tiêu đang thực hiện")
        and figure.value > 0
    ]


_A_COMPARISON = re.compile(r"(?<!\w)(?:tăng|giảm|so với|cao hơn|thấp hơn)(?!\w)")


def _same_measure(one: Figure, other: Figure) -> bool:
    """Whether two figures measure the same thing: their kind and scale, and the first or the last word of
    their nouns ("21 trường hợp tử vong", "2 người tử vong")."""
    first, second = one.noun.split(), other.noun.split()
    return (
        one.kind == other.kind
        and one.scale == other.scale
        and bool(first and second)
        and (first[0] == second[0] or first[-1] == second[-1])
    )


def groups_said_after(sentence: Sentence, recent: Sequence[Sentence], judged: set[int]) -> Iterator[Claim]:
    """A whole measured several ways in a sentence ("131 vụ ngộ độc thực phẩm, làm 4.726 người mắc và 21
    trường hợp tử vong"), then its groups, each in a sentence of its own, measured the same ways ("… là 29
    vụ, khiến 4.049 người mắc và 2 người tử vong. … là 102 vụ, khiến 747 người mắc và 19 người tử vong.",
    n1411): when the groups' first measure adds up to the whole's exactly, they are all of it, and each other
    measure of theirs must add up too. Sentences of changes between them are passed over. Marked on the
    whole's figures, in their sentence."""
    measures = _measures(sentence)
    if len(measures) < 2:
        return
    run = [sentence]  # the sentences before of the same shape, back to one that is not
    for before in reversed(recent):
        measured = _measures(before)
        if not measured:
            continue  # "So với cùng kỳ năm 2023, số vụ ngộ độc tăng 7, số mắc tăng 2.677 người, …"
        if len(measured) != len(measures) or not all(
            _same_measure(a, b) for a, b in zip(measured, measures, strict=True)
        ):
            break
        run.insert(0, before)
    # the whole, then two groups or more, the first measures of which add up to the whole's exactly
    found = next(
        (
            (run[at], run[at + 1 :])
            for at in range(len(run) - 2)
            if sum(_measures(group)[0].value for group in run[at + 1 :]) == _measures(run[at])[0].value
        ),
        None,
    )
    if found is None:
        return
    whole, groups = found
    totals = _measures(whole)
    rows = [_measures(group) for group in groups]
    if any(figure.start in judged for figure in totals[1:]):
        return
    label = Bilingual("sum of the groups", "tổng các nhóm")
    for column, total in enumerate(totals):
        parts = [row[column] for row in rows]
        reading = sum_of_parts(parts, label)
        numbers = [*((Role.PART, part) for part in parts), (Role.TOTAL, total)]
        span = (whole.at(total), whole.at(total) + len(total.placeholder))
        claim = judged_claim(
            whole, span, "groups_said_after", numbers, [reading], default_slip=Slip.SUM_MISMATCH
        )
        start, end = whole.span(*span)
        yield dataclasses.replace(claim, start=start, end=end)


# the value that ends a sentence and its growth: "… ước đạt 18.049,5 ha, tăng 4,43%."
_VALUE_THEN_ITS_GROWTH_AT_THE_END = re.compile(
    r"(?P<value>#\d+#)(?: [^\W\d_]+){0,3},? tăng (?P<growth>#\d+%#)(?: so với [^#]{0,30})?\W*$"
)


def _growth_from_parts(
    total: Figure, parts: Sequence[Figure], rates: Sequence[Figure], sign: int = 1
) -> Recomputation:
    """The whole's growth from its parts' values and growths: T / Σ (Vᵢ / (1 + gᵢ)) − 1, each input
    taken with the interval its rounding allows; ``sign`` −1 for a whole said to fall ("giảm 11,3%"), the
    fall as printed."""
    low = high = Decimal(0)
    for part, rate in zip(parts, rates, strict=True):
        v_low, v_high = part.bounds(part.readings[0])
        g_low, g_high = rate.bounds(rate.readings[0])
        low += v_low / (1 + g_high / HUNDRED)
        high += v_high / (1 + g_low / HUNDRED)
    t_low, t_high = total.bounds(total.readings[0])
    last_year = sum(
        (part.value / (1 + rate.value / HUNDRED) for part, rate in zip(parts, rates, strict=True)), Decimal(0)
    )
    value = (total.value / last_year - 1) * HUNDRED
    formula = Bilingual(
        *(_growth_from_parts_written(total, parts, rates, value, lang) for lang in ("en", "vi"))
    )
    low_end, high_end = sorted(((t_low / high - 1) * HUNDRED * sign, (t_high / low - 1) * HUNDRED * sign))
    return Recomputation(
        value * sign, low_end, high_end, _percent_sign(formula),
        Bilingual("the whole's growth from its parts'", "tăng trưởng của tổng từ các thành phần"),
    )  # fmt: skip


def _growth_from_parts_written(
    total: Figure, parts: Sequence[Figure], rates: Sequence[Figure | None], value: Decimal, lang: str
) -> str:
    terms = " + ".join(
        f"{show(part.value, lang)} / (1 {'−' if rate.value < 0 else '+'} {show(abs(rate.value), lang)}%)"
        for part, rate in zip(parts, rates, strict=True)
        if rate is not None
    )
    return f"{show(total.value, lang)} / ({terms}) × 100 − 100 = {show(value, lang)}"


# (not "184 công dân (chiếm 4,84% so với chỉ tiêu)": of the plan)
_SHARE_AFTER_PART = re.compile(
    # "3.995 người (tương đương 10,8%)" (n586), a bracket of its one share (not "(tương đương 77,22% tốt,
    # 11,24% khá, …)", the shares of the list in turn)
    r"^(?P<part>#\d+#)[^#]{0,40}?(?:\(|\((?:tương đương|tương ứng) (?=#\d+%#\))|chiếm |tỷ lệ |tỉ lệ )"
    r"(?P<share>#\d+%#)"
    r"(?! ?(?:so với )?(?:chỉ tiêu|kế hoạch))"
)


def part_share(sentence: Sentence) -> Iterator[Claim]:
    """The share printed next to one part of a listed total: part / total × 100.

    Examples:
        "26 chỉ tiêu, trong đó 13 chỉ tiêu vượt (50%), 10 chỉ tiêu đạt (38,46%), 3 không đạt (11,54%)"
    """
    for total, parts, items, _, _ in _partitions(sentence):
        for part, item in zip(parts, items, strict=True):
            match = _SHARE_AFTER_PART.search(item[item.find(part.placeholder) :])
            if match is None:
                continue
            share = sentence.figure(match.group("share"))
            start = sentence.skeleton.find(part.placeholder)
            # "234 vụ, chiếm 2,08% số vụ, việc đã giải quyết; trong đó bị hủy 98 vụ (0,87%), …": of the
            # base the whole's own rate was of
            of_the_base = _share_of_the_wholes_base(sentence, part, total, sentence.figures, None, share)
            yield judged_claim(
                sentence,
                (start, sentence.skeleton.find(share.placeholder) + len(share.placeholder)),
                "part_share",
                [(Role.TOTAL, total), (Role.PART, part), (Role.SHARE, share)],
                [*share_of(part, total), *of_the_base],
                partial(_share_alternatives, sentence, part, total, share),
            )


# Pairs broken down: "giải quyết 5.610 vụ/9.343 bị cáo, trong đó xét xử 5.569 vụ/9.280 bị cáo; đình chỉ
# xét xử 31 vụ/4 bị cáo; tạm đình chỉ xét xử 10 vụ/23 bị cáo" — cases and the accused, each added up.
_PAIR = (  # "5.610 vụ/9.343 bị cáo"; citizens received: "3.938 lượt công dân với 3.092 người"
    # … or with a dash: "thụ lý 774 vụ - 1.364 bị cáo"
    r"(?P<{0}>#\d+#) (?P<{0}_x>vụ án|vụ việc|vụ|việc|lượt)(?: công dân| người)? ?(?:/|với|-|–) ?"
    r"(?P<{0}_y>#\d+#) (?:bị cáo|bị can|đối tượng|người)"
)
# … its parts after "trong đó", or in brackets: "774 vụ - 1.364 bị cáo (sơ thẩm 616 vụ - 1.122 bị cáo, phúc
# thẩm 158 vụ - 242 bị cáo)"
# … and in a list of pairs, with a comma, or nothing: "xét xử sơ thẩm 7595 vụ, 12507 bị cáo (cấp tỉnh 1407 vụ,
# 1755 bị cáo; …)", "giải quyết 2.102 vụ 4.165 bị cáo"
_LISTED_PAIR = _PAIR.replace("(?:/|với|-|–) ?", "(?:(?:/|với|-|–|,) ?)?")
_PAIR_TOTAL = re.compile(
    _LISTED_PAIR.format("total") + r"(?P<marker>[,;:]? ?(?:trong đó|bao gồm|gồm)[,:]? | ?\((?:trong đó:? )?)"
)
_PAIR_ITEM = re.compile(_LISTED_PAIR.format("part"))
# … each item with what its cases were, between its two counts: "(3 vụ tổ chức đua xe trái phép, 15 đối
# tượng; 1 vụ đua xe trái phép, 2 đối tượng; …)" (n668)
_PAIR_ITEM_LABELLED = re.compile(
    _LISTED_PAIR.format("part").replace(" ?(?:(?:/|với|-|–|,) ?)?", r"(?: [^\W\d_]+){1,8}, ", 1)
)


# A share, then the shares it is made of: "các ngành công nghiệp trọng điểm chiếm 17,18% (cơ khí chiếm
# 6,12%, hóa dược chiếm 5,96%, …)", "qua đào tạo chiếm 88,21%, trong đó sơ cấp chiếm 31,21%, trung cấp
# chiếm 20,76%, …" (n868)
_SHARE_BROKEN_DOWN = re.compile(
    r"(?:chiếm|tỷ trọng|tỉ trọng)(?: tỷ lệ| tỉ lệ| khoảng)? (?P<total>#\d+%#)"
    r"(?P<marker> ?\( ?(?:trong đó:? ?)?|[,;] trong đó:? | gồm:? )"
)
_SHARED_ITEM = re.compile(r"(?P<label>[^#;:()]{1,60}?) (?:chiếm|là|đạt)(?: tỷ lệ| tỉ lệ)? (?P<share>#\d+%#)")
_BETWEEN_SHARED_ITEMS = re.compile(r"(?:[,;] ?(?:và )?| và )")


def shares_of_a_share(sentence: Sentence) -> Iterator[Claim]:
    """A share of a whole, then the shares of the same whole it is made of: they add up to it (a list in
    brackets or after "trong đó" may name some only: short of it is no slip).

    Examples:
        "các ngành trọng điểm chiếm 17,18% (cơ khí chiếm 6,12%, hóa dược chiếm 5,96%, điện tử chiếm 5,1%)"
    """
    skeleton = sentence.skeleton
    if skeleton.count("%#") < 3:
        return
    for opening in _SHARE_BROKEN_DOWN.finditer(skeleton):
        total = sentence.figure(opening.group("total"))
        if total.qualifier is not None or not 0 < total.value <= HUNDRED:
            continue
        bracket = "(" in opening.group("marker")
        stop = skeleton.find(")", opening.end()) if bracket else len(skeleton)
        if stop < 0:
            continue
        listed = _items_in_turn(skeleton, opening.end(), _SHARED_ITEM, _BETWEEN_SHARED_ITEMS, stop)
        if len(listed) < 2 or any(sentence.figure(item.group("share")).qualifier for item in listed):
            continue
        parts = [sentence.figure(item.group("share")) for item in listed]
        items = [item.group() for item in listed]
        rest = skeleton[listed[-1].end() : stop]
        if rest.strip(" .;") if bracket else not _LIST_ENDS.fullmatch(rest):
            continue  # the list runs on into other words: not read as the parts of the share
        label = Bilingual("sum of the parts", "tổng các phần")
        if not _fits(total, sum_of_parts(parts, label)):
            # "… đại học trở lên chiếm 22,34% và lao động phổ thông chiếm 11,79%": the list runs on past the
            # share's parts to the rest of the whole — read as far as they add up, if they do
            count = next(
                (n for n in range(len(parts) - 1, 1, -1) if _fits(total, sum_of_parts(parts[:n], label))), 0
            )
            parts, items = (parts[:count], items[:count]) if count else (parts, items)
        span = (
            skeleton.find(total.placeholder),
            skeleton.find(parts[-1].placeholder) + len(parts[-1].placeholder),
        )
        yield _partition_claim(sentence, total, parts, items, False, span, "shares_of_a_share")


# A rate named by the words of one part of a breakdown just given: "đã giải quyết 18.807 hồ sơ (trước/đúng
# hạn: 16.702 hồ sơ; trễ hạn: 2.105 hồ sơ), tỷ lệ hồ sơ giải quyết sớm/đúng hạn 89,19%; tỷ lệ hồ sơ giải
# quyết trễ hạn 10,81%" (n961)
_RATE_NAMED = re.compile(
    r"(?:tỷ lệ|tỉ lệ)(?P<words>(?: [^\W\d_]+(?:/[^\W\d_]+)?){1,10}?)(?: là| đạt)?:? (?P<rate>#\d+%#)"
)
_LABEL_WORDS = re.compile(r"[^\W\d_]+")


def _label_before(skeleton: str, part: Figure) -> str:
    """The words naming a listed part, before its count: "trễ hạn: " of "…; trễ hạn: #2# hồ sơ"."""
    at = skeleton.find(part.placeholder)
    opened = max(skeleton.rfind(mark, 0, at) for mark in "(;,#")  # -1: from the sentence's start
    return "" if opened >= 0 and skeleton[opened] == "#" else skeleton[opened + 1 : at]


def rates_named_by_their_parts(sentence: Sentence) -> Iterator[Claim]:
    """A rate whose words end with the words that named one part of a total's breakdown, said after it:
    that part of the total, × 100 ("tỷ lệ … đúng hạn 89,19%" of "(trước/đúng hạn: 16.702 …; trễ hạn: 2.105
    …)" of 18.807).

    Examples:
        "giải quyết 200 hồ sơ (đúng hạn: 190 hồ sơ; trễ hạn: 10 hồ sơ), tỷ lệ đúng hạn 95%; tỷ lệ trễ hạn 5%"
    """
    skeleton = sentence.skeleton
    if "tỷ lệ" not in skeleton and "tỉ lệ" not in skeleton:
        return
    for total, parts, _, _, span in _partitions(sentence):
        labels = [_LABEL_WORDS.findall(_label_before(skeleton, part))[-2:] for part in parts]
        labels = [label for label in labels if len(label) == 2]
        if len(labels) != len(parts) or len({tuple(label) for label in labels}) != len(labels):
            continue  # each part named by two words of its own
        for match in _RATE_NAMED.finditer(skeleton, span[1]):
            said = _LABEL_WORDS.findall(match.group("words"))[-2:]
            named = [part for part, label in zip(parts, labels, strict=True) if label == said]
            rate = sentence.figure(match.group("rate"))
            if len(named) != 1 or rate.qualifier is not None:
                continue
            numbers = [(Role.TOTAL, total), (Role.PART, named[0]), (Role.SHARE, rate)]
            span_of = (skeleton.find(total.placeholder), match.end())
            yield judged_claim(
                sentence, span_of, "rates_named_by_their_parts", numbers, share_of(named[0], total)
            )


def pair_partition(sentence: Sentence) -> Iterator[Claim]:
    """Cases and the accused of a total pair, each the sum of the pairs listed after it.

    A list after "trong đó" may be partial, but when its cases add up to the total's exactly, the
    list is the whole: its accused must add up too. An item larger than the total is not one of its
    parts ("chuẩn bị xét xử 2.213 vụ" after "giải quyết 1.012 vụ": what is still to be tried).

    Examples:
        "Giải quyết 1.012 vụ/1.563 bị cáo; trong đó, xét xử 720 vụ/1.146 bị cáo; đình chỉ 292 vụ/417 bị cáo."
    """
    skeleton = sentence.skeleton
    for opening in _PAIR_TOTAL.finditer(skeleton):
        cases, accused = _figure(sentence, opening, "total"), _figure(sentence, opening, "total_y")
        rest = skeleton[opening.end() :]
        if opening.group("marker").endswith("("):
            rest = rest[: rest.find(")")] if ")" in rest else ""  # a list in brackets ends with them
        rest = rest.rstrip(" .")
        # items apart by semicolons, or by commas when the list has none: "… trong đó khởi tố mới 400
        # vụ/700 bị can, phục hồi 56 vụ/89 bị can"
        items = re.split(r"; ?", rest) if ";" in rest else re.split(r", ?|,? và ", rest)
        pairs: list[tuple[Figure, Figure]] = []
        for item in items:
            found = list(_PAIR_ITEM.finditer(item)) or list(_PAIR_ITEM_LABELLED.finditer(item))
            if (
                len(found) != 1
                or len(PLACEHOLDER.findall(item)) != 2
                or found[0].group("part_x") != opening.group("total_x")
            ):
                break
            part, partner = sentence.figure(found[0].group("part")), sentence.figure(found[0].group("part_y"))
            if part.value <= cases.value and partner.value <= accused.value:
                pairs.append((part, partner))
        if len(pairs) < 2:
            continue
        exhaustive = "gồm" in opening.group("marker")
        start = skeleton.find(cases.placeholder)
        end = skeleton.find(pairs[-1][1].placeholder) + len(pairs[-1][1].placeholder)
        parts = [part for part, _ in pairs]
        items = [part.placeholder for part in parts]
        first = _partition_claim(sentence, cases, parts, items, exhaustive, (start, end), "pair_partition")
        if opening.group("marker").endswith("(") and first.verdict != Verdict.CONSISTENT:
            continue  # a bracket may hold other pairs ("(thụ lý mới 1.130 vụ/1.675 bị cáo, tăng 271 vụ/…)")
        yield first
        partners = [partner for _, partner in pairs]
        whole = exhaustive or first.verdict == Verdict.CONSISTENT
        items = [partner.placeholder for partner in partners]
        yield _partition_claim(sentence, accused, partners, items, whole, (start, end), "pair_partition")


# "thụ lý 2.117 vụ với 4.202 bị cáo; đã giải quyết 2.102 vụ 4.165 bị cáo (đạt 99,2%); còn lại 15 vụ 37 bị cáo"
_PAIR_REMAINDER = re.compile(
    r"(?:thụ lý|tiếp nhận|nhận)(?: [^\W\d_]+){0,3}? "
    + _LISTED_PAIR.format("whole")
    + r"(?:[^#;.]|#\d+%#){0,60}?[,;] ?(?:đã )?(?:giải quyết|xét xử|thi hành xong|thi hành)"
    + r"(?: [^\W\d_]+){0,3}? "
    + _LISTED_PAIR.format("part")
    # … past an aside of what was settled: "; (trong đó xét xử 1.444 vụ 2.906 bị cáo); còn lại 14 vụ …"
    + r"(?:[^#;.]|#\d+%#|; ?\([^()]{0,80}\)){0,80}?[,;]? còn(?: lại| tồn)?(?: [^\W\d_]+){0,2}? "
    + _LISTED_PAIR.format("rest")
)


_RECEIVED_SETTLED_LEFT = ("whole", "part", "rest")


def pair_remainder_in_turn(sentence: Sentence) -> Iterator[Claim]:
    """Cases and the accused received, settled, and what is left of each: received − settled, in turn.

    Examples:
        "thụ lý 2.117 vụ với 4.202 bị cáo; đã giải quyết 2.102 vụ 4.165 bị cáo; còn lại 15 vụ 37 bị cáo"
    """
    for match in _PAIR_REMAINDER.finditer(sentence.skeleton):
        if len({match.group(f"{slot}_x") for slot in _RECEIVED_SETTLED_LEFT}) != 1:
            continue  # cases with cases, not "việc" with "vụ"
        span = match.span()
        for suffix in ("", "_y"):
            whole, part, rest = (_figure(sentence, match, slot + suffix) for slot in _RECEIVED_SETTLED_LEFT)
            if part.value <= whole.value:
                claim = _remainder_claim(sentence, span, whole, part, rest)
                yield dataclasses.replace(claim, template="pair_remainder_in_turn")


# "giải quyết 384.209 vụ với 641.616 bị cáo, đạt tỷ lệ 99,5% về số vụ và 98,6% về số bị cáo"
_PAIR_RATES = re.compile(
    _PAIR.format("part") + r"[^#;]{0,30}?[,;(]? ?(?:đạt |bằng )?(?:tỷ lệ |tỉ lệ )?"
    r"(?P<first>#\d+%#) về (?:số )?(?:vụ án|vụ việc|vụ|việc)"
    # … and of the accused, or of the cases only: "đã truy tố 820 vụ/1.410 bị can, đạt 83,67% về số vụ"
    r"(?:(?:,| và|;) (?:đạt )?(?P<second>#\d+%#) về (?:số )?(?:bị cáo|bị can|đối tượng|người))?"
)


# "khởi tố 949 vụ, 2.003 bị can (giảm 231 vụ, 355 bị can so với cùng kỳ - tương ứng giảm 19,58% về số vụ và
# 15,06% về số bị can)": a pair, its two differences, then the change of each
_PAIR_CHANGES = re.compile(
    r"(?P<cases>#\d+#) (?:vụ án|vụ việc|vụ|việc)(?:,| ?/| -| với) ?"
    r"(?P<accused>#\d+#) (?:bị can|bị cáo|đối tượng)"
    r",? \(?(?P<direction>tăng|giảm) (?P<cases_diff>#\d+#) (?:vụ án|vụ việc|vụ|việc)(?:,| ?/| -| và) ?"
    r"(?P<accused_diff>#\d+#) (?:bị can|bị cáo|đối tượng)[^#;()]{0,50}?"
    r"(?:tương ứng|tương đương|tức)?(?: với)?(?: tăng| giảm)? (?P<first>#\d+%#)"
    r" về (?:số )?(?:vụ án|vụ việc|vụ|việc)"
    r"(?:,| và) (?P<second>#\d+%#) về (?:số )?(?:bị can|bị cáo|đối tượng)"
)


def changes_of_a_pair(sentence: Sentence) -> Iterator[Claim]:
    """Cases and the accused, their two differences, and the change of each over its own count: the
    count before is this one less (or more) the difference.

    Examples:
        "khởi tố 949 vụ, 2.003 bị can (giảm 231 vụ, 355 bị can - giảm 19,58% về số vụ và 15,06% về số bị can)"
    """
    if "về" not in sentence.skeleton:
        return
    for match in _PAIR_CHANGES.finditer(sentence.skeleton):
        rising = match.group("direction") == "tăng"
        for current, difference, printed in (
            ("cases", "cases_diff", "first"),
            ("accused", "accused_diff", "second"),
        ):
            yield from _change_from_difference(
                sentence,
                match,
                _figure(sentence, match, current),
                _figure(sentence, match, difference),
                _figure(sentence, match, printed),
                rising,
                "changes_of_a_pair",
            )


def rates_of_a_pair(sentence: Sentence) -> Iterator[Claim]:
    """Cases and the accused settled, each over its own total taken in, said in one breath.

    Examples:
        "thụ lý 386 vụ/650 bị cáo; giải quyết 384 vụ/641 bị cáo, đạt 99,5% về số vụ và 98,6% về số bị cáo"
    """
    skeleton = sentence.skeleton
    for match in _PAIR_RATES.finditer(skeleton):
        cases, accused = _figure(sentence, match, "part"), _figure(sentence, match, "part_y")
        totals = [
            found
            for found in _PAIR_ITEM.finditer(skeleton, 0, match.start())
            if sentence.figure(found.group("part")).value >= cases.value
            and sentence.figure(found.group("part_y")).value >= accused.value
        ]
        if not totals:
            continue
        whole = sentence.figure(totals[-1].group("part"))
        whole_y = sentence.figure(totals[-1].group("part_y"))
        span = (skeleton.find(whole.placeholder), match.end())
        for part, total, group in ((cases, whole, "first"), (accused, whole_y, "second")):
            if match.group(group) is None:
                continue
            share = _figure(sentence, match, group)
            numbers = [(Role.TOTAL, total), (Role.PART, part), (Role.SHARE, share)]
            alternatives = partial(_share_alternatives, sentence, part, total, share)
            yield judged_claim(
                sentence, span, "rates_of_a_pair", numbers, share_of(part, total), alternatives
            )


_SHARES_THEN_REST = re.compile(
    r"(?P<shares>(?:[^#;.]{1,60}? chiếm (?:tỷ lệ |tỉ lệ )?#\d+%#,){2,8})"
    r"(?: và)? còn(?: lại)? (?P<rest>#\d+%#)"
)


def share_of_the_rest(sentence: Sentence) -> Iterator[Claim]:
    """ "nguyên nhân do độc tố chiếm 19,4%, vi sinh vật chiếm 33,3%, hóa chất chiếm 11,1%, còn 36,1%
    số vụ chưa xác định được nguyên nhân": what is left of the whole, 100% less the shares said.

    Examples:
        "do độc tố chiếm 19,4%, vi sinh vật chiếm 33,3%, hóa chất chiếm 11,1%, còn 36,2% chưa rõ nguyên nhân"
    """
    if sentence.skeleton.count("%#") < 3 or "còn" not in sentence.skeleton:
        return  # two shares and the rest, said with "còn"
    for match in _SHARES_THEN_REST.finditer(sentence.skeleton):
        shares = sentence.figures_in(match.start("shares"), match.end("shares"))
        rest = _figure(sentence, match, "rest")
        if any(share.value >= HUNDRED or share.qualifier is not None for share in shares):
            continue
        recomputed = _rest_of_the_whole(shares, Bilingual("the rest of the whole", "phần còn lại"))
        if recomputed.value <= 0:
            continue
        yield judged_claim(
            sentence,
            match.span(),
            "share_of_the_rest",
            [*((Role.SHARE, share) for share in shares), (Role.SHARE, rest)],
            [recomputed],
            default_slip=Slip.SUM_MISMATCH,
        )


_SHARES_MAKING_UP_A_WHOLE = re.compile(
    r"(?P<shares>[^#;.]{1,80}? chiếm (?:tỷ lệ |tỉ lệ )?#\d+%#"
    r"(?:[,;] (?!còn)[^#;.]{1,60}? (?:chiếm )?#\d+%#){1,7})"
    r"[,;] (?!còn)[^#;.]{1,60}? (?:chiếm )?(?P<last>#\d+%#)(?! ?(?:so với|kế hoạch|chỉ tiêu))"
)
_NOT_A_SHARE = re.compile(r"(?<!\w)(?:tăng|giảm|đạt|vượt|bằng|so với)(?!\w)")
# … or each before what it is of: "tờ khai hải quan … đạt 52,7% luồng xanh; 42% luồng vàng và 5,3% luồng đỏ"
_SHARES_BEFORE_THEIR_KINDS = re.compile(
    r"(?:đạt|chiếm|là|gồm|:) "
    r"(?P<shares>#\d+%#(?: [^\W\d_]+){1,4}(?:(?:[,;]| và) #\d+%#(?: [^\W\d_]+){1,4}){0,6})"
    r"(?:[,;]| và) (?P<last>#\d+%#)(?: [^\W\d_]+){1,4}(?=[ .;,)]|$)"
)


# a rate reached, then what is left of 100%: "tỷ lệ … đạt 86,57%, giảm 6,75% so với năm học trước và còn
# 13,43% tương ứng với gần 43.600 học sinh chưa được tham gia BHYT" (n1677)
_THE_REST_OF_A_RATE = re.compile(
    r"(?:đạt|là|chiếm)(?: tỷ lệ| tỉ lệ)?(?: khoảng| gần| hơn| trên)? (?P<rate>#\d+%#)"
    r"(?P<between>(?:[^#;.]|#\d+%#){0,80}?),? (?:(?:và|như vậy|nghĩa là|tức là),? )?còn(?: lại)?"
    r"(?: khoảng| gần| hơn)? "
    r"(?P<rest>#\d+%#)(?P<after>(?:[^#;.]|#\d+#){0,80})"
)
_NOT_YET_OR_NOT = re.compile(r"(?<!\w)(?:chưa|không)(?!\w)")


def rest_of_a_rate(sentence: Sentence) -> Iterator[Claim]:
    """A rate reached, then what is still left of 100% (not yet, not done): 100 − the rate.

    Examples:
        "tỷ lệ học sinh tham gia BHYT đạt 86,57% và còn 13,43% học sinh chưa được tham gia BHYT"
    """
    skeleton = sentence.skeleton
    if "còn" not in skeleton or "%#" not in skeleton:
        return
    for match in _THE_REST_OF_A_RATE.finditer(skeleton):
        if not _NOT_YET_OR_NOT.search(match.group("after")):
            continue  # "còn 13,43% … chưa được": the rest that is not, not a rate of something else
        rate, rest = _figure(sentence, match, "rate"), _figure(sentence, match, "rest")
        if rate.value > HUNDRED or _is_change(sentence, rate):
            continue
        reading = _rest_of_the_whole([rate], Bilingual("what is left of 100%", "phần còn lại của 100%"))
        yield judged_claim(
            sentence, match.span(), "rest_of_a_rate", [(Role.TOTAL, rate), (Role.PART, rest)], [reading]
        )


# two kinds that make up any whole between them, their shares side by side: "nữ chiếm 22%, nam chiếm 78%"
# (n513), "thành thị chiếm 35,2%; nông thôn chiếm 64,8%"
_HALVES = {"nam": "nữ", "nữ": "nam", "thành thị": "nông thôn", "nông thôn": "thành thị"}
_COMPLEMENTARY_PAIR = pattern(
    r"(?<![\w#])(?P<first>nam|nữ|thành thị|nông thôn)(?: giới)? (?:chiếm(?: tỷ lệ| tỉ lệ)? |là |: ?)"
    r"{share1:P}[,;]? (?:và |còn )?(?P<second>nam|nữ|thành thị|nông thôn)(?: giới)?"
    r" (?:chiếm(?: tỷ lệ| tỉ lệ)? |là |: ?){share2:P}"
)


def complementary_pair(sentence: Sentence) -> Iterator[Claim]:
    """Two kinds that make up any whole between them, each said with its share ("nữ chiếm 22%, nam chiếm
    78%"): the second is what the first leaves of 100%.

    Examples:
        "Trong số người mới phát hiện nhiễm HIV, nữ chiếm 22%, nam chiếm 78%."
    """
    if "%#" not in sentence.skeleton:
        return
    for match in _COMPLEMENTARY_PAIR.finditer(sentence.skeleton):
        if _HALVES[match.group("first")] != match.group("second"):
            continue
        first, second = _figure(sentence, match, "share1"), _figure(sentence, match, "share2")
        if any(share.qualifier is not None or share.value > HUNDRED for share in (first, second)):
            continue
        label = Bilingual(f"what {match.group('first')} leaves", f"phần còn lại sau {match.group('first')}")
        recomputed = _rest_of_the_whole([first], label)
        numbers = [(Role.SHARE, first), (Role.SHARE, second)]
        yield judged_claim(sentence, match.span(), "complementary_pair", numbers, [recomputed])


def shares_making_up_the_whole(sentence: Sentence) -> Iterator[Claim]:
    """ "số đảng viên mới kết nạp là công chức, viên chức chiếm 72,3%, nông dân chiếm 16,3%, công nhân
    7,8%, học sinh 3,6%": the kinds of one whole, shares without their counts, found to make it up — the
    last is what the others leave of 100%. Read only when they add up to 100% within their rounding: a
    list of shares need not cover its whole, so a sum short of it says nothing, and this never alarms.

    Examples:
        "Đảng viên mới là công chức chiếm 72,3%, nông dân chiếm 16,3%, công nhân 7,8%, học sinh 3,6%."
    """
    if sentence.skeleton.count("%#") < 3:
        return  # three shares at least
    matches = [
        *(_SHARES_MAKING_UP_A_WHOLE.finditer(sentence.skeleton) if "chiếm" in sentence.skeleton else ()),
        *_SHARES_BEFORE_THEIR_KINDS.finditer(sentence.skeleton),
    ]
    for match in matches:
        shares = sentence.figures_in(match.start("shares"), match.end("shares"))
        last = _figure(sentence, match, "last")
        labels = re.split(r"#\d+%#", sentence.skeleton[match.start("shares") : match.end()])[1:]
        if len(shares) < 2 or any(_NOT_A_SHARE.search(label) for label in labels):
            continue
        if any(share.value >= HUNDRED or share.qualifier is not None for share in [*shares, last]):
            continue
        recomputed = _rest_of_the_whole(shares, Bilingual("the rest of the whole", "phần còn lại"))
        low, high = last.bounds(last.readings[0])
        if not (recomputed.low <= high and low <= recomputed.high):
            continue
        yield judged_claim(
            sentence,
            match.span(),
            "shares_making_up_the_whole",
            [*((Role.SHARE, share) for share in shares), (Role.SHARE, last)],
            [recomputed],
        )


# "ban hành 87 quyết định xử phạt vi phạm hành chính đối với 15 tổ chức và 72 cá nhân"
_DECISIONS_FOR_SUBJECTS = pattern(
    r"{total:N} quyết định(?: xử phạt| xử lý| phạt)?[^#;.()]{0,60}? (?:đối với|cho|với) "
    r"{first:N} (?P<first_kind>tổ chức|cá nhân)(?:,| và) {second:N} (?P<second_kind>tổ chức|cá nhân)(?!\w)"
)


def decisions_for_subjects(sentence: Sentence) -> Iterator[Claim]:
    """ "ban hành 87 quyết định xử phạt … đối với 15 tổ chức và 72 cá nhân": one decision for each of them
    when the counts add up. A decision may fine several people at once, and one person be fined twice,
    so a sum that differs says nothing: read only when it adds up, this never alarms.

    Examples:
        "Ban hành 198 quyết định xử phạt vi phạm hành chính đối với 171 cá nhân và 27 tổ chức."
    """
    if "quyết định" not in sentence.skeleton:
        return
    for match in _DECISIONS_FOR_SUBJECTS.finditer(sentence.skeleton):
        if match.group("first_kind") == match.group("second_kind"):
            continue
        total = _figure(sentence, match, "total")
        parts = [_figure(sentence, match, "first"), _figure(sentence, match, "second")]
        added = sum_of_parts(parts, Bilingual("one decision for each", "mỗi đối tượng một quyết định"))
        if not _fits(total, added):
            continue
        yield judged_claim(
            sentence,
            match.span(),
            "decisions_for_subjects",
            [(Role.PART, parts[0]), (Role.PART, parts[1]), (Role.TOTAL, total)],
            [added],
        )


# so much a head, for so many, makes the sum: "Mức quà 500.000 đồng/người (…) cho 1.572 người = 786.000.000
# đồng", "Trợ cấp cho 22.644 hộ nghèo với mức chi 300.000 đồng/hộ = 6.793.200.000 đồng"
_HEADS = r"(?:người|hộ|suất|lượt|em|cháu|trẻ|học sinh|đối tượng|gia đình|đơn vị|xã|thôn)"
_AMOUNT_A_HEAD = pattern(
    rf"{{rate:N}} (?:đồng|đ)(?: ?/ ?{_HEADS}| mỗi {_HEADS})?(?: [^\W\d_]+){{0,3}}?(?: ?\([^()]{{0,160}}\))?"
    rf" cho {{count:N}} {_HEADS}(?: [^\W\d_#=]+){{0,5}}? ?= ?{{total:N}}"
    rf"|cho {{count2:N}} {_HEADS}(?: [^\W\d_#=]+){{0,5}}?,? (?:với )?mức(?: [^\W\d_]+){{0,2}}? {{rate2:N}}"
    rf" (?:đồng|đ) ?/ ?{_HEADS} ?= ?{{total2:N}}"
)


def amount_a_head(sentence: Sentence) -> Iterator[Claim]:
    """So much a head, for so many heads, is the sum printed after "=": rate × count.

    Examples:
        "Mức trợ cấp 300.000 đồng/người cho 19.611 người = 5.883.300.000 đồng"
        "Trợ cấp cho 22.644 hộ nghèo với mức chi 300.000 đồng/hộ = 6.793.200.000 đồng"
    """
    if "=" not in sentence.skeleton:
        return
    for match in _AMOUNT_A_HEAD.finditer(sentence.skeleton):
        second = match.group("rate") is None
        rate, count, total = (
            _figure(sentence, match, name + ("2" if second else "")) for name in ("rate", "count", "total")
        )
        if rate.qualifier is not None or count.qualifier is not None or total.qualifier is not None:
            continue
        (r, r_low, r_high), (c, c_low, c_high) = triple(rate), triple(count)
        value = r * c
        formula = message("{} × {} = {}", "{} × {} = {}", r, c, value)
        label = Bilingual("so much a head times the heads", "mức cho mỗi người nhân số người")
        reading = Recomputation(value, r_low * c_low, r_high * c_high, formula, label)
        numbers = [(Role.PART, rate), (Role.PART, count), (Role.TOTAL, total)]
        yield judged_claim(
            sentence, match.span(), "amount_a_head", numbers, [reading], default_slip=Slip.SUM_MISMATCH
        )


# "mỗi tỉnh 300 suất quà", "mỗi suất trị giá 800 nghìn đồng": so much of something for each of what is counted
_EACH = re.compile(
    r"(?<!\w)mỗi (?P<each>[^\W\d_]+(?: [^\W\d_]+){0,2}?)(?: (?:trị giá|là|được|có|nhận|gồm|khoảng))*"
    r" (?P<rate>#\d+#)"
)


def _counted_as(figure: Figure) -> str:
    """The first word of what ``figure`` counts, a noun written with a slash cut there too ("34 tỉnh/thành
    phố": "tỉnh"); "" without a noun."""
    return _first_word(figure.noun.replace("/", " "))


_EACH_PERIOD = frozenset({"năm", "tháng", "quý", "tuần", "ngày", "giờ", "kỳ", "đợt", "lần"})
_AVERAGE_BEFORE = re.compile(r"(?<!\w)(?:trung bình|bình quân)(?: [^\W\d_]+)? $")


def _clause_end(skeleton: str, position: int) -> int:
    """Where the clause that goes on at ``position`` ends: its semicolon, or the sentence's end."""
    end = skeleton.find(";", position)
    return len(skeleton) if end < 0 else end


def each_times_their_count(sentence: Sentence) -> Iterator[Claim]:
    """So many things, so much for each of them ("mỗi …"): the total said of what each gets is the count
    times it. Read when the sentence says one count of the things and one total of what each gets; a clause
    that gives each more than one thing ("mỗi suất quà 1 triệu đồng tiền mặt và 1 túi quà trị giá 300.000
    đồng") may be summed another way, so a miss is then a doubt.

    Examples:
        "tặng quà tại 4 địa phương, mỗi địa phương 200 suất quà, như vậy tổng số là 800 suất quà"
    """
    skeleton = sentence.skeleton
    if "mỗi " not in skeleton:
        return
    for match in _EACH.finditer(skeleton):
        each = match.group("each").split()[0]
        if each in _EACH_PERIOD or _AVERAGE_BEFORE.search(
            skeleton, max(0, match.start() - 20), match.start()
        ):
            continue  # "trung bình mỗi năm thực hiện được 97.800 vụ việc" (raw20/b02): an average, rounded
        rate = sentence.figure(match.group("rate"))
        measured = _counted_as(rate)
        if not measured or rate.qualifier is not None or rate.kind == FigureKind.PERCENT:
            continue
        # in its clause: "…, như vậy tổng số là 800 suất quà …; đồng thời dự phòng 1.650 suất quà …"
        clause = sentence.figures_in(
            skeleton.rfind(";", 0, match.start()) + 1, _clause_end(skeleton, match.end())
        )
        counts = [
            figure
            for figure in clause
            if figure is not rate and figure.kind == FigureKind.COUNT and _counted_as(figure) == each
        ]
        totals = [
            figure
            for figure in clause
            if figure is not rate
            and figure not in counts
            and figure.kind != FigureKind.PERCENT
            and _counted_as(figure) == measured
            and figure.value > rate.value
        ]
        if len(counts) != 1 or len(totals) != 1:
            continue  # "10 suất quà, … 15 suất quà, mỗi suất …": which count, which total, is not told
        count, total = counts[0], totals[0]
        if count.qualifier is not None or _is_change(sentence, count) or _is_change(sentence, total):
            continue
        (c, c_low, c_high), (r, r_low, r_high) = triple(count), triple(rate)
        value = c * r
        formula = message("{} × {} = {}", "{} × {} = {}", c, r, value)
        label = Bilingual("the count times what each gets", "số lượng nhân mức cho mỗi")
        reading = Recomputation(value, c_low * r_low, c_high * r_high, formula, label)
        numbers = [(Role.PART, count), (Role.PART, rate), (Role.TOTAL, total)]
        at = sentence.at(total)
        span = (min(sentence.at(count), match.start(), at), max(match.end(), at + len(total.placeholder)))
        claim = judged_claim(sentence, span, "each_times_their_count", numbers, [reading])
        rest = re.split(r"[,;.]", skeleton[match.end() :], maxsplit=1)[0]  # what else each gets
        if claim.verdict.alarm and PLACEHOLDER.search(rest):
            note = claim.message + Bilingual(
                " Each gets more than one thing: the total may add them up.",
                " Mỗi phần gồm nhiều thứ: tổng có thể cộng cả các thứ đó.",
            )
            claim = _unchecked(sentence, span, "each_times_their_count", numbers, Verdict.AMBIGUOUS, note)
        yield claim


# gifts, so many of a kind and so much each: "9 phần quà (3 triệu đồng/phần)", "20 suất quà (mỗi suất 500
# ngàn đồng)", "50 sổ tiết kiệm, trị giá 3 triệu đồng/sổ", "100 suất quà …, mỗi suất trị giá 200.000 đồng"
_GIFT = r"(?:suất|xuất|phần|sổ|túi|gói|thẻ|món)"
_LOT = pattern(
    r"{count:N}(?P<noun>(?: [^\W\d_]+){1,6}?)"
    rf"(?: ?\( ?(?:mỗi (?P<each>{_GIFT})(?: quà)?(?: trị giá| là)? )?{{price:N}} (?:đồng|đ)"
    rf"(?: ?/ ?(?P<per>{_GIFT}))?(?P<rest>(?:[^()#]|#\d+#){{0,80}})\)"
    rf"|,? (?:mỗi (?P<each2>{_GIFT})(?: quà)? )?(?:trị giá|giá trị|mức) {{price2:N}} (?:đồng|đ)"
    rf"(?: ?/ ?(?P<per2>{_GIFT}))?"
    rf"|, mỗi (?P<each3>{_GIFT})(?: quà)?(?: trị giá| là)? {{price3:N}} (?:đồng|đ))"
)
# … what they are worth in all: "tổng kinh phí là 220 triệu đồng", "trích kinh phí 19 triệu đồng thăm tặng …"
_WORTH_IN_ALL = re.compile(
    r"(?<!\w)(?:(?:với )?tổng(?: cộng)?(?: trị giá| kinh phí| số tiền| giá trị)|trích kinh phí|kinh phí)"
    r"(?: quà tặng| quà| là| trên| hơn| gần| khoảng| trị giá)* (?P<total>#\d+#) (?:đồng|đ)(?!\w| ?/)"
)
# a price said as a range ("600.000 đồng đến 1.200.000 đồng/suất") or a lot of several things ("1 triệu
# đồng tiền mặt và 1 túi quà trị giá 300.000 đồng"): not one price each
_NOT_ONE_PRICE = re.compile(r" ?(?:đồng|đ)?(?: [^\W\d_]+){0,3} ?(?:đến|[-–]|và #)")


def _gift_lots(sentence: Sentence) -> tuple[list[tuple[Figure, Figure]], list[Figure]]:
    """The lots of gifts a sentence lists, each its count and its price, and the counts of gifts it says
    without a price."""
    skeleton = sentence.skeleton
    lots: list[tuple[Figure, Figure]] = []
    priced: set[int] = set()
    for match in _LOT.finditer(skeleton):
        count = _figure(sentence, match, "count")
        name = next(g for g in ("price", "price2", "price3") if match.group(g))
        price = _figure(sentence, match, name)
        unit = next(
            (match.group(g) for g in ("each", "per", "each2", "per2", "each3") if match.group(g)), None
        )
        first = match.group("noun").split()[0]
        if unit is None or first not in (unit, "xuất" if unit == "suất" else unit):
            continue  # "(3 triệu đồng/phần)" of "9 phần quà": the price of one of what is counted
        end = sentence.at(price) + len(price.placeholder)
        if _NOT_ONE_PRICE.match(skeleton, end) or (name == "price" and "và #" in (match.group("rest") or "")):
            continue
        if count.qualifier is not None or price.qualifier is not None or price.kind == FigureKind.PERCENT:
            continue
        lots.append((count, price))
        priced.add(count.start)
    unpriced = [
        figure
        for figure in sentence.figures
        if figure.kind == FigureKind.COUNT
        and figure.start not in priced
        and re.fullmatch(_GIFT, _first_word(figure.noun) or "-")
    ]
    return lots, unpriced


def _worth_of_lots(
    sentence: Sentence, lots: list[tuple[Figure, Figure]], total: Figure, span: tuple[int, int]
) -> Claim:
    """The claim that ``total`` is what ``lots`` are worth: the sum of each count times its price."""
    # (a lot's price is set, not rounded: "1,5 triệu đồng/phần" is 1.500.000 đồng each)
    value = Decimal(0)
    terms: list[Decimal] = []
    for count, price in lots:
        value += count.value * price.value
        terms.extend((count.value, price.value))
    low = high = value
    shape = " + ".join(["{} × {}"] * len(lots)) + " = {}"
    formula = message(shape, shape, *terms, value)
    label = Bilingual("each lot's count times its price, added up", "số phần quà nhân giá mỗi phần, cộng lại")
    numbers = [
        *((role, figure) for lot in lots for role, figure in zip((Role.PART, Role.PART), lot, strict=True))
    ]
    return judged_claim(
        sentence,
        span,
        "worth_of_the_gifts",
        [*numbers, (Role.TOTAL, total)],
        [Recomputation(value, low, high, formula, label)],
        default_slip=Slip.SUM_MISMATCH,
    )


def worth_of_the_gifts(sentence: Sentence) -> Iterator[Claim]:
    """Gifts given in lots, so many and so much each, and what they are worth in all: the sum of each lot's
    count times its price. Read when every count of gifts the sentence says has its price; a price said as
    a range, or a lot of several things, is not one price each.

    Examples:
        "trao 50 sổ, trị giá 3 triệu đồng/sổ và 50 suất, mức 1 triệu đồng/suất, tổng kinh phí 200 triệu đồng"
        "trích kinh phí 19 triệu đồng tặng 9 suất (mỗi suất 1 triệu đồng) và 20 suất (mỗi suất 500 ngàn đồng)"
    """
    skeleton = sentence.skeleton
    if "đồng" not in skeleton:
        return
    worth = list(_WORTH_IN_ALL.finditer(skeleton))
    if len(worth) != 1:
        return
    lots, unpriced = _gift_lots(sentence)
    if not lots or unpriced:
        return
    total = _figure(sentence, worth[0], "total")
    if any(total is figure for lot in lots for figure in lot) or _is_change(sentence, total):
        return
    if len(lots) == 1 and not total.value > lots[0][1].value:
        return
    span = (min(sentence.at(lots[0][0]), worth[0].start()), max(worth[0].end(), sentence.at(lots[-1][1])))
    yield _worth_of_lots(sentence, lots, total, span)


# the worth of the gifts of the sentence before, said alone: "Tổng trị giá quà tặng hơn 165 triệu đồng."
_WORTH_ALONE = re.compile(
    r"(?:tổng(?: cộng)?(?: trị giá| kinh phí| số tiền| giá trị)(?: quà tặng| quà)?|tổng cộng)"
    r"(?: là| trên| hơn| gần| khoảng)* (?P<total>#\d+#) (?:đồng|đ)\W*$"
)


def worth_of_the_gifts_said_before(
    sentence: Sentence, before: Sentence | None, judged: set[int]
) -> Iterator[Claim]:
    """What the gifts the sentence before listed are worth, said in a sentence of its own.

    Examples:
        "… đã trao 9 phần quà (3 triệu đồng/phần) cho Mẹ VNAH … và 91 phần quà (1,5 triệu đồng/phần) cho
        các gia đình chính sách. Tổng trị giá quà tặng hơn 165 triệu đồng."
    """
    if before is None or len(sentence.figures) != 1 or "đồng" not in before.skeleton:
        return
    alone = _WORTH_ALONE.match(sentence.skeleton)
    if alone is None or _WORTH_IN_ALL.search(before.skeleton):
        return
    total = _figure(sentence, alone, "total")
    if total.start in judged:
        return
    lots, unpriced = _gift_lots(before)
    if len(lots) < 2 or unpriced:
        return
    at = sentence.at(total)
    yield _worth_of_lots(sentence, lots, total, (at, at + len(total.placeholder)))


# a range of a rate, then the counts it stands for: "giảm từ 6,5-7,2% (tương ứng từ 840-930 hộ)" — one base,
# so the counts keep the rates' proportion
_RANGE_OF_A_RATE = re.compile(
    r"(?P<r1>#\d+%?#) ?[-–] ?(?P<r2>#\d+%#) ?\( ?(?:(?:tương ứng|tương đương)(?: với)?(?: từ)? )?"
    r"(?P<a>#\d+#) ?[-–] ?(?P<b>#\d+#)(?: [^\W\d_]+){1,2} ?\)"
)


def range_of_a_rate(sentence: Sentence) -> Iterator[Claim]:
    """The counts a range of rates stands for keep the rates' proportion: b = a × r2 / r1, every input with
    the interval its rounding allows.

    Examples:
        "huyện Minh Hóa giảm từ 6,5-7,2% (tương ứng từ 840-930 hộ); Tuyên Hóa 4,5-5,0% (1.070-1.190 hộ)"
    """
    if "%# (" not in sentence.skeleton and "%#(" not in sentence.skeleton:
        return
    for match in _RANGE_OF_A_RATE.finditer(sentence.skeleton):
        r1, r2, a, b = (_figure(sentence, match, name) for name in ("r1", "r2", "a", "b"))
        if not (0 < r1.value < r2.value and 0 < a.value < b.value) or any(
            figure.qualifier is not None for figure in (r1, r2, a, b)
        ):
            continue
        (r1v, r1_low, r1_high), (r2v, r2_low, r2_high), (av, a_low, a_high) = (
            triple(r1),
            triple(r2),
            triple(a),
        )
        value = av * r2v / r1v
        formula = message("{} × {}% / {}% = {}", "{} × {}% / {}% = {}", av, r2v, r1v, value)
        label = Bilingual("the count the higher rate stands for", "số ứng với tỷ lệ cao hơn")
        reading = Recomputation(value, a_low * r2_low / r1_high, a_high * r2_high / r1_low, formula, label)
        numbers = [(Role.PART, a), (Role.SHARE, r1), (Role.SHARE, r2), (Role.TOTAL, b)]
        yield judged_claim(sentence, match.span(), "range_of_a_rate", numbers, [reading])


def _rest_of_the_whole(shares: Sequence[Figure], reading: Bilingual) -> Recomputation:
    """100% less ``shares``, within the range their own rounding allows."""
    inputs = [triple(share) for share in shares]
    value = HUNDRED - sum(v for v, _, _ in inputs)
    low, high = HUNDRED - sum(h for _, _, h in inputs), HUNDRED - sum(lo for _, lo, _ in inputs)
    template = "100 − " + " − ".join("{}" for _ in inputs) + " = {}%"
    formula = message(template, template, *(v for v, _, _ in inputs), value)
    return Recomputation(value, low, high, formula, reading)


# The economy's structure: each sector's share of the whole ("cơ cấu kinh tế", "tỷ trọng"), the
# shares printed one after another. The three sectors make up the whole, with "thuế sản phẩm"
# (product taxes less subsidies) sometimes a fourth part: named or not, the shares cannot sum to more
# than 100%; less is a part left unnamed, not a slip.
_SECTORS = {
    # … or by their numbers: "khu vực 1 chiếm tỷ trọng 21,19%, khu vực 2 … 17,95%, khu vực 3 … 60,68%"
    "agriculture": re.compile(
        r"nông|lâm nghiệp|thủy sản|thuỷ sản|ngư nghiệp|(?<!\w)(?:nn ?- ?ts|nlts|nlns|khu vực (?:1|i))(?!\w)"
    ),
    # and their abbreviations: "ngành TM-DV chiếm 48,8 %, CN-XD chiếm 38,2%"
    "industry": re.compile(
        r"công nghiệp|xây dựng|(?<!\w)(?:cn ?- ?xd|cnxd|cn ?- ?tttcn|khu vực (?:2|ii))(?!\w)"
    ),
    "services": re.compile(r"dịch vụ|thương mại|(?<!\w)(?:tm ?- ?dv|dv ?- ?tm|tmdv|khu vực (?:3|iii))(?!\w)"),
    "taxes": re.compile(r"thuế sản phẩm|thuế trừ trợ cấp"),
}
_STRUCTURE = re.compile(r"(?<!\w)(?:tỷ trọng|tỉ trọng|cơ cấu)(?!\w)")
_SECTOR_SHARE = re.compile(
    r"(?:chi[ếể]m (?:tỷ trọng |tỉ trọng |tỷ lệ |tỉ lệ )?"
    # or the sector, then its share: "Cơ cấu kinh tế: nông nghiệp 25,3%, công nghiệp - xây dựng 35,2%, …"
    r"|(?<=[^\W\d_] )(?:là |:)?)(?P<share>#\d+%#)"
)
_SECTORS_IN_TURN = re.compile(
    r"(?P<labels>(?:[^#;:.]+ - ){2,3}[^#;:.]+?) tương ứng(?: là)?:? ?"
    r"(?P<shares>#\d+%#(?: ?[-–,;] ?#\d+%#){2,3})"
)


# the structure with its sectors unnamed, the shares joined by dashes in the usual order (agriculture,
# industry, services): "cơ cấu kinh tế ước đạt 9,4% - 58,8% - 31,8%"
_SECTORS_UNNAMED = re.compile(
    r"cơ cấu (?:kinh tế|grdp|gdp)(?: [^\W\d_]+){0,3}? (?:là |đạt |:)?:? ?(?P<shares>#\d+%#(?: - #\d+%#){2,3})"
)
# the same structure said again for another period, in brackets right after it: "… thuế sản phẩm chiếm
# 9,91% (cơ cấu GRDP 6 tháng đầu năm 2024 tương ứng là: 2,18%; 20,3%; 66,91% và 10,61%)", "(năm 2017 là
# 9,6% - 57,9% - 32,5%)"
_STRUCTURE_AGAIN = re.compile(
    r" ?\((?P<said>(?:[^()#]|#\d+#){0,60}?) ?(?:là)?:? ?"
    r"(?P<shares>#\d+%#(?:(?: ?[;,–-] ?| và )#\d+%#){2,3})\)"
)
_ANOTHER_PERIOD = re.compile(r"tương ứng|lần lượt|cùng kỳ|năm \d{4}|năm trước|quý|tháng")


def _sectors_of(label: str) -> set[str]:
    return {name for name, words in _SECTORS.items() if words.search(label)}


def _sector_shares(sentence: Sentence) -> tuple[list[Figure], list[set[str]], tuple[int, int]] | None:
    """The sector shares of a structure sentence, each with the sectors it names, and their span."""
    skeleton = sentence.skeleton
    unnamed = _SECTORS_UNNAMED.search(skeleton)
    if unnamed is not None:
        shares = sentence.figures_in(unnamed.start("shares"), unnamed.end("shares"))
        sectors = [{"agriculture"}, {"industry"}, {"services"}, {"taxes"}][: len(shares)]
        return shares, sectors, (unnamed.start("shares"), unnamed.end())
    in_turn = _SECTORS_IN_TURN.search(skeleton)
    if in_turn is not None:
        labels = [label.strip() for label in re.split(r" - (?=[^#]*$)", in_turn.group("labels"))]
        shares = sentence.figures_in(in_turn.start("shares"), in_turn.end("shares"))
        if len(labels) != len(shares):
            return None
        return shares, [_sectors_of(label) for label in labels], (in_turn.start(), in_turn.end())
    structure = _STRUCTURE.search(skeleton)
    shares, named, start = [], [], structure.end() if structure else 0
    first = None
    for match in _SECTOR_SHARE.finditer(skeleton, start):
        label = skeleton[start : match.start()]
        label = label[label.rfind(";") + 1 :] if ";" in label else label
        if not match.group().startswith("chi") and not _sectors_of(label.split(",")[-1]):
            continue  # "…, giảm 0,07% so với năm 2023": a change of the share, not a sector's
        shares.append(sentence.figure(match.group("share")))
        named.append(_sectors_of(label.split(",")[-1] if _sectors_of(label.split(",")[-1]) else label))
        first = match.start() if first is None else first
        start = match.end()
    if first is None:
        return None
    return shares, named, (first, start)


def sector_shares(sentence: Sentence) -> Iterator[Claim]:
    """The last sector's share of the economy: 100% less the others'.

    Examples:
        "Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 56,34%, dịch vụ chiếm 31,31%, nông nghiệp chiếm 12,35%"
        "Tỷ trọng nông nghiệp - công nghiệp - dịch vụ tương ứng là: 64,1% - 29,4% - 6,5%"
        "Cơ cấu kinh tế ước đạt 9,4% - 58,8% - 31,8% (năm 2017 là 9,6% - 57,9% - 32,5%)"
    """
    if not _STRUCTURE.search(sentence.skeleton):
        return
    found = _sector_shares(sentence)
    if found is None:
        return
    shares, named, span = found
    if not 3 <= len(shares) <= 4 or any(
        len(sectors - {"taxes"}) != 1 and sectors != {"taxes"} for sectors in named
    ):
        return  # a share without its sector, or of two sectors at once: not the structure
    every = [sector for sectors in named for sector in sectors]
    if len(every) != len(set(every)) or not {"agriculture", "industry", "services"} <= set(every):
        return
    short = None if "taxes" in every else _SECTORS_FALL_SHORT
    label = Bilingual("shares of the whole", "tỷ trọng trong tổng thể")
    # product taxes are some per cent of the whole: short by less than a point, past the rounding, is a slip
    yield _the_last_share_of_a_whole(sentence, span, "sector_shares", shares, label, short, Decimal(1))
    again = _STRUCTURE_AGAIN.match(sentence.skeleton, span[1])
    if again is not None and _ANOTHER_PERIOD.search(again.group("said")):
        before = sentence.figures_in(again.start("shares"), again.end("shares"))
        if len(before) == len(shares):
            yield _the_last_share_of_a_whole(
                sentence, again.span(), "sector_shares", before, label, short, Decimal(1)
            )


_SECTORS_FALL_SHORT = (
    "The sectors' shares add up to {}%, less than 100%: a part such as product taxes may be left unnamed.",
    "Tỷ trọng các khu vực cộng lại được {}%, chưa đủ 100%: có thể còn một phần không nêu (thuế sản phẩm"
    " trừ trợ cấp sản phẩm).",
)


def _the_last_share_of_a_whole(
    sentence: Sentence,
    span: tuple[int, int],
    template: str,
    shares: Sequence[Figure],
    label: Bilingual,
    short: tuple[str, str] | None,
    short_by_at_least: Decimal = Decimal(0),
) -> Claim:
    """The last of ``shares`` that make up a whole: 100% less the others. ``short``: why they may fall
    short of it (en, vi, with a slot for their sum) — then less than 100% (by ``short_by_at_least``
    points or more, past the rounding) is ambiguous, not a slip."""
    *others, printed = shares
    recomputed = _rest_of_the_whole(others, label)
    numbers = [*((Role.SHARE, figure) for figure in others), (Role.SHARE, printed)]
    if short is not None and printed.bounds(printed.readings[0])[1] + short_by_at_least <= recomputed.low:
        note = message(*short, HUNDRED - recomputed.value + printed.value)
        return _unchecked(sentence, span, template, numbers, Verdict.AMBIGUOUS, note)
    return judged_claim(sentence, span, template, numbers, [recomputed], default_slip=Slip.SUM_MISMATCH)


# A classification and its classes, each with its share (and perhaps its count): "Xếp loại học lực: giỏi
# 23,5%, khá 41,2%, trung bình 32,1%, yếu 3,1%, kém 0,1%", "hạnh kiểm: tốt 12.345 em (chiếm 78,9%), khá 2.987
# em (19,09%), …". Everyone classified is in one class, so the classes make up the whole.
_CLASSIFIED = re.compile(r"(?<!\w)(?:xếp loại|phân loại|học lực|hạnh kiểm)(?!\w)[^#:;.]{0,40}: ?")
_CLASS_ITEM = re.compile(
    r"(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,3}?)(?::| là| chiếm| có| đạt)? "
    r"(?:(?P<count>#\d+#)(?: [^\W\d_]+){0,2} ?\(?(?:chiếm |đạt )?(?:tỷ lệ |tỉ lệ )?|\(?)(?P<share>#\d+%#)\)?"
    r"(?P<end>[,;] ?|,? và |\.?$)"
)
_CLASSES_FALL_SHORT = (
    "The classes' shares add up to {}%, less than 100%: some may not have been classified.",
    "Tỷ lệ các loại cộng lại được {}%, chưa đủ 100%: có thể còn số chưa xếp loại.",
)


def classified_shares(sentence: Sentence) -> Iterator[Claim]:
    """The classes of a classification make up the whole: the last class's share is 100% less the
    others'; and when each class has its count, each share is its count over the counts together.

    Examples:
        "Xếp loại học lực: giỏi 23,5%, khá 41,2%, trung bình 32,1%, yếu 3,1%, kém 0,1%"
    """
    skeleton = sentence.skeleton
    opening = _CLASSIFIED.search(skeleton)
    if opening is None:
        return
    items: list[re.Match[str]] = []
    position = opening.end()
    while (item := _CLASS_ITEM.match(skeleton, position)) is not None:
        items.append(item)
        position = item.end()
        if not re.search(r"[,;]|và", item.group("end")):
            break  # the last class
    labels = [item.group("label") for item in items]
    if len(items) < 3 or len(set(labels)) != len(labels):
        return
    shares = [sentence.figure(item.group("share")) for item in items]
    if any(share.qualifier is not None for share in shares):
        return
    span = (items[0].start(), items[-1].end("share"))
    label = Bilingual("classes of the whole", "các loại của tổng thể")
    counts = [sentence.figure(item.group("count")) if item.group("count") else None for item in items]
    if not all(counts):
        yield _the_last_share_of_a_whole(
            sentence, span, "classified_shares", shares, label, _CLASSES_FALL_SHORT
        )
        return
    rest = _rest_of_the_whole(shares[:-1], label)
    if not (rest.low - shares[-1].unit(shares[-1].readings[0]) <= shares[-1].value <= rest.high + 1):
        return  # the shares do not make up the whole: the counts may not be all of them
    total = sum((count.value for count in counts if count is not None), Decimal(0))
    for count, share in zip(counts, shares, strict=True):
        if count is None or count.kind != FigureKind.COUNT:
            return
        value = count.value / total * HUNDRED
        formula = message("{} / {} × 100 = {}", "{} / {} × 100 = {}", count.value, total, value)
        reading = Recomputation(value, value, value, _percent_sign(formula), label)
        numbers = [(Role.PART, count), (Role.SHARE, share)]
        yield judged_claim(
            sentence,
            (sentence.at(count), sentence.at(share) + len(share.placeholder)),
            "classified_shares",
            numbers,
            [reading],
        )


# Two counts of one kind, each with its share of a whole the text does not print: "11.572 hộ nghèo (giảm 2.955
# hộ), chiếm tỷ lệ 3,04%; có 12.947 hộ cận nghèo (…), chiếm tỷ lệ 3,37%" — both of the households of the
# province, so the whole each implies must be the same.
_COUNT_THEN_ITS_SHARE = pattern(
    r"{count:N}(?P<noun>(?: [^\W\d_]+){1,4}?)(?: \([^()#]*(?:#\d+#[^()#]*)?\))?,? \(?"
    r"(?:chiếm(?: tỷ lệ| tỉ lệ)?|tỷ lệ|tỉ lệ) {share:P}"
)


# … or each share said first, then its count: "Tỷ lệ hộ nghèo là 2,93% (815.101 hộ), tỷ lệ hộ cận nghèo là
# 2,78% (771.235 hộ)", "tỷ lệ hộ nghèo 5,0% với 12.855 hộ; tỷ lệ hộ cận nghèo 4,76% với 12.248 hộ"
_RATE_THEN_ITS_COUNT = pattern(
    r"(?:tỷ lệ|tỉ lệ)(?P<rate>(?: [^\W\d_]+){1,6}?) (?:là |đạt |chiếm |còn )?{share:P}"
    r"(?: ?\( ?|(?: với| tương ứng(?: với)?| tương đương(?: với)?| là|;|,) )"
    r"(?:tổng )?(?:số [^\W\d_]+(?: [^\W\d_]+){0,5}? (?:là )?)?{count:N}(?= ?hộ(?!\w))"
)


def shares_of_one_unprinted_whole(sentence: Sentence, shares: list[Claim], judged: set[int]) -> list[Claim]:
    """Counts of one kind, each with its share, whose whole no figure printed before gives (``shares``:
    the sentence's claims of :func:`share_of_earlier_total`): the whole each share implies (count ÷
    share) must be one and the same. When the wholes meet, each share is consistent with it; when they
    do not, one share is wrong but the text does not say which — asked about. Returns ``shares`` with
    those claims replaced.

    "toàn tỉnh có 12.345 hộ nghèo, chiếm 3,45%; 8.765 hộ cận nghèo, chiếm 2,45% tổng số hộ dân"
    """
    skeleton = sentence.skeleton
    if skeleton.count("%") < 2:
        return shares
    unsure = {claim.printed.start: claim for claim in shares if claim.verdict == Verdict.AMBIGUOUS}
    replaced = list(_shares_of_one_unprinted_whole(sentence, skeleton))
    if replaced and all(claim.verdict.fits and claim.numbers[-1].decimals for claim in replaced):
        # shares of some part of the whole said before, which they all miss, that meet on one whole of
        # their own to the hundredth: "124 xã vùng dân tộc, miền núi: hộ nghèo: 31.118 hộ, chiếm 16,24%; hộ
        # cận nghèo: 23.836 hộ, chiếm 12,44%" (of about 191.600 households, not the province's 318.323, n1691)
        # — a whole well short of the one said before: one a little off it is that whole miscounted ("4
        # người, tỷ lệ 4.44%; … 5 người, tỷ lệ 5,56%" of 90, not of the 89 candidates, raw24/h23)
        implied = replaced[0].numbers[0].value * HUNDRED / replaced[0].numbers[-1].value
        unsure.update(
            (claim.printed.start, claim)
            for claim in shares
            if claim.verdict.alarm
            and claim.evidence is not None
            and not claim.evidence.together
            and (wholes := [n.value for n in claim.numbers if n.role == Role.TOTAL])
            and all(whole * Decimal("0.9") > implied for whole in wholes)
        )
    if not replaced or any(
        claim.printed.start in judged
        or (
            claim.printed.start not in unsure
            and claim.printed.start in {other.printed.start for other in shares}
        )
        for claim in replaced
    ):
        return shares
    starts = {claim.printed.start for claim in replaced}
    return [claim for claim in shares if claim.printed.start not in starts] + replaced


def _shares_of_one_unprinted_whole(sentence: Sentence, skeleton: str) -> Iterator[Claim]:
    found = [
        (_figure(sentence, match, "count"), _figure(sentence, match, "share"), match)
        for match in _COUNT_THEN_ITS_SHARE.finditer(skeleton)
    ]
    if found:
        yield from _shares_of_one_whole(sentence, skeleton, found, rates_first=False)
        return
    # rates said first, in groups of one place each: "Thuận Bắc có tỷ lệ hộ nghèo 10,17% (2.276 hộ), tỷ lệ hộ
    # cận nghèo 10,89% (2.438hộ); Ninh Phước có tỷ lệ hộ nghèo 12,5% (3.616 hộ), …" (n747) — a group ends
    # where a rate is named again
    group: list[tuple[Figure, Figure, re.Match[str]]] = []
    named: set[str] = set()
    opens = None  # where the first group starts: a whole printed before it is looked for there only
    for match in _RATE_THEN_ITS_COUNT.finditer(skeleton):
        name = " ".join(match.group("rate").split())
        opens = match.start() if opens is None else opens
        if name in named:
            yield from _shares_of_one_whole(sentence, skeleton, group, rates_first=True, opens=opens)
            group, named = [], set()
        group.append((_figure(sentence, match, "count"), _figure(sentence, match, "share"), match))
        named.add(name)
    yield from _shares_of_one_whole(sentence, skeleton, group, rates_first=True, opens=opens)


def _shares_of_one_whole(
    sentence: Sentence,
    skeleton: str,
    found: list[tuple[Figure, Figure, re.Match[str]]],
    rates_first: bool,
    opens: int | None = None,
) -> Iterator[Claim]:
    found = [
        (count, share, match)
        for count, share, match in found
        if count.kind == FigureKind.COUNT
        and count.qualifier is None
        and share.qualifier is None
        and share.value > 0
    ]
    if len(found) < 2 or len({_first_word(count.noun) for count, _, _ in found}) != 1:
        return
    first = found[0][0]
    if any(
        figure.kind == FigureKind.COUNT
        and figure.value > first.value
        and _same_first_word(figure.noun, first.noun)
        for figure in sentence.figures_in(0, sentence.at(first) if opens is None else opens)
    ):
        return  # a whole printed before: see share_of_earlier_total
    named = {
        after.group("noun") or after.group("noun2")
        for _, share, _ in found
        if (after := _WHOLE_AFTER_SHARE.match(skeleton, sentence.at(share) + len(share.placeholder)))
    }
    if len(named) > 1:
        return  # shares of wholes named apart
    wholes = []
    for count, share, _ in found:
        low, high = share.bounds(share.readings[0])
        if low <= 0:
            return
        wholes.append((count.value * HUNDRED / high, count.value * HUNDRED / low))
    low, high = max(w[0] for w in wholes), min(w[1] for w in wholes)
    if rates_first and low > high and len(found) > 2:
        # (rates said first may be of a sum of the others, "tỷ lệ hộ nghèo đa chiều là 11,23%; tổng số hộ
        # nghèo và cận nghèo là 16.788 hộ; tỷ lệ hộ nghèo là 6,84%, …": left to the rules that add them up)
        return
    label = Bilingual("share of the whole the shares imply", "tỷ lệ trên tổng số mà các tỷ lệ cùng suy ra")
    for count, share, match in found:
        numbers = [(Role.PART, count), (Role.SHARE, share)]
        span = (match.start(), match.end())
        if low <= high:
            whole = (low + high) / 2
            value = count.value / whole * HUNDRED
            formula = message(
                "{} / {} × 100 = {}", "{} / {} × 100 = {}", count.value, whole.quantize(Decimal(1)), value
            )
            reading = Recomputation(
                value,
                count.value / high * HUNDRED,
                count.value / low * HUNDRED,
                _percent_sign(formula),
                label,
            )
            yield judged_claim(sentence, span, "shares_of_one_unprinted_whole", numbers, [reading])
        else:
            implied = ", ".join(show((w[0] + w[1]) / 2, "vi", 0) for w in wholes)
            implied_en = ", ".join(show((w[0] + w[1]) / 2, "en", 0) for w in wholes)
            note = Bilingual(
                f"The shares imply different wholes ({implied_en}): one of them is wrong, but the text"
                " does not say which.",
                f"Các tỷ lệ suy ra các tổng số khác nhau ({implied}): có một tỷ lệ sai, nhưng văn bản không"
                " cho biết tỷ lệ nào.",
            )
            yield _unchecked(
                sentence, span, "shares_of_one_unprinted_whole", numbers, Verdict.AMBIGUOUS, note
            )


# the whole a share names right after it, by the words "số …" up to the clause's end: "chiếm 7,46% số hộ của
# huyện Đam Rông;"
_WHOLE_NAMED_BY_NUMBER_OF = re.compile(
    r" ?(?:trên |trong |so với |của )?(?:tổng )?số (?P<words>[^\W\d_]+(?: [^\W\d_]+){0,9})"
)
# how far apart two periods' wholes of one name may be (households, members): a year's change, not a slip
_NAMED_WHOLE_DRIFT = Decimal("0.03")


def _whole_named_by_its_words(sentence: Sentence, share: Figure) -> tuple[str, frozenset[str]] | None:
    """What a share is of when it names it "số <noun> …": the noun and the words that set the whole apart
    ("số hộ của huyện Đam Rông": "hộ", {"đam", "rông"}), or None."""
    skeleton = sentence.skeleton
    named = _WHOLE_NAMED_BY_NUMBER_OF.match(skeleton, sentence.at(share) + len(share.placeholder))
    if named is None:
        return None
    end = named.end()
    if skeleton[end : end + 1] not in ("", ";", ",", ".", ")", ":"):
        return None  # the name runs on into other figures' words: not one whole plainly named
    head, *rest = named.group("words").split()
    return head, frozenset(word for word in rest if word not in _FILLER_WORDS)


def shares_of_a_whole_named_alike(
    sentence: Sentence,
    shares: list[Claim],
    implied: dict[tuple[str, frozenset[str]], tuple[Figure, Figure]],
    judged: set[int],
) -> list[Claim]:
    """A count's share of a whole the text never prints but names, word for word, as an earlier share's whole:
    "Hộ nghèo huyện Đam Rông 1.083 hộ, chiếm 7,46% số hộ của huyện Đam Rông; … Hộ cận nghèo huyện Đam Rông
    2.861 hộ, chiếm 34,16% số hộ của huyện Đam Rông" (n2013) — the 1.083 and its 7,46% imply about 14.517
    households, of which 2.861 are 19,71%. The whole may have moved a little between the periods two
    sentences speak of, so it is taken within 3% either way. ``implied``: each name's first count and share,
    filled as the text is read; ``shares``: the sentence's claims of a share of an earlier total, replaced
    where they found no whole, or found it wrong of one whose name is not the share's. Returns ``shares``
    with the claims of this reading added or put in their place.

    "Hộ nghèo huyện A 1.083 hộ, chiếm 7,46% số hộ của huyện A. Hộ cận nghèo huyện A 2.861 hộ, chiếm 34,16%
    số hộ của huyện A."
    """
    if "số" not in sentence.skeleton or "%" not in sentence.skeleton:
        return shares
    by_start = {claim.printed.start: claim for claim in shares}
    found = []
    for match in _COUNT_THEN_ITS_SHARE.finditer(sentence.skeleton):
        count, share = _figure(sentence, match, "count"), _figure(sentence, match, "share")
        name = _whole_named_by_its_words(sentence, share)
        if name is None or _first_word(count.noun) != name[0] or count.kind != FigureKind.COUNT:
            continue
        if count.qualifier is not None or share.qualifier is not None or not 0 < share.value < HUNDRED:
            continue
        start = share.start
        before = implied.get(name)
        if before is None:
            implied[name] = (count, share)
            continue
        existing = by_start.get(start)
        # (a share found right of a whole printed before stays so; one found wrong of it, and wrong of the
        # whole its words name too, is told of the latter: the words name it)
        if start in judged or (existing is not None and existing.verdict.fits):
            continue
        earlier_count, earlier_share = before
        low, high = earlier_share.bounds(earlier_share.readings[0])
        whole_low = earlier_count.value * HUNDRED / high * (1 - _NAMED_WHOLE_DRIFT)
        whole_high = earlier_count.value * HUNDRED / low * (1 + _NAMED_WHOLE_DRIFT)
        whole = earlier_count.value * HUNDRED / earlier_share.value
        value = count.value / whole * HUNDRED
        formula = message(
            "{} / ({} / {}%) × 100 = {}",
            "{} / ({} / {}%) × 100 = {}",
            count.value,
            earlier_count.value,
            earlier_share.value,
            value,
        )
        label = Bilingual(
            f"share of the whole {earlier_count.text} was {earlier_share.text} of",
            f"tỷ lệ trên cùng tổng số mà {earlier_count.text} chiếm {earlier_share.text}",
        )
        reading = Recomputation(
            value,
            count.value * HUNDRED / whole_high,
            count.value * HUNDRED / whole_low,
            _percent_sign(formula),
            label,
        )
        numbers = [
            (Role.TOTAL, earlier_count),
            (Role.SHARE, earlier_share),
            (Role.PART, count),
            (Role.SHARE, share),
        ]
        claim = judged_claim(
            sentence, (match.start(), match.end()), "shares_of_one_unprinted_whole", numbers, [reading]
        )
        start, end = sentence.span(*(sentence.at(count), match.end()))
        found.append(dataclasses.replace(claim, start=start, end=end))
    starts = {claim.printed.start for claim in found}
    return [claim for claim in shares if claim.printed.start not in starts] + found


# The grades of the yearly review of party organisations, members and civil servants, best first:
# every one reviewed gets one, so the shares of all four grades make up the whole.
_GRADES = (
    (
        "excellent",
        re.compile(r"^(?:được |bị )?(?:đánh giá,? )?(?:xếp loại )?hoàn thành xuất sắc(?: nhiệm vụ)?"),
    ),
    (
        "good_up",
        re.compile(r"^(?:được |bị )?(?:đánh giá,? )?(?:xếp loại )?hoàn thành tốt(?: nhiệm vụ)? trở lên"),
    ),
    (
        "good",
        re.compile(r"^(?:được |bị )?(?:đánh giá,? )?(?:xếp loại )?hoàn thành tốt(?: nhiệm vụ)?(?! trở lên)"),
    ),
    ("done", re.compile(r"^(?:được |bị )?(?:đánh giá,? )?(?:xếp loại )?hoàn thành nhiệm vụ")),
    ("not_done", re.compile(r"^(?:được |bị )?(?:đánh giá,? )?(?:xếp loại )?không hoàn thành(?: nhiệm vụ)?")),
)
_GRADES_COVER = {
    "excellent": {"excellent"},
    "good_up": {"excellent", "good"},
    "good": {"good"},
    "done": {"done"},
    "not_done": {"not_done"},
}
# "90,33% số đảng viên được đánh giá xếp loại hoàn thành tốt nhiệm vụ trở lên", "hoàn thành nhiệm vụ:
# 9,1%", "9,1% hoàn thành nhiệm vụ"
_GRADE_SHARE_THEN_LABEL = re.compile(
    r"(?P<share>#\d+%#) (?:số |tổng số )?(?:[^\W\d_]+ ){0,4}?(?=(?:được |bị )?(?:đánh|xếp|hoàn|không))"
)
_GRADE_LABEL_THEN_SHARE = re.compile(
    r"(?:(?<=[;,:.] )|^)(?P<label>(?:xếp loại )?(?:không )?hoàn thành[^#;]{0,25}?)"
    r"(?::| là| chiếm| đạt| có)? (?P<share>#\d+%#)"
)


# "125 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (20,5%), 412 hoàn thành tốt nhiệm vụ (67,5%)": the
# count of a grade, then its share in brackets
_GRADE_COUNT_THEN_SHARE = re.compile(
    r"(?P<count>#\d+#)(?: [^\W\d_]+){0,5}? (?P<label>(?:được |bị )?(?:đánh giá,? )?(?:xếp loại )?(?:không )?"
    r"hoàn thành[^#;()]{0,25}?) ?\( ?(?:chiếm |đạt )?(?:tỷ lệ |tỉ lệ )?(?P<share>#\d+%#) ?\)"
)


def _grade_of(words: str) -> str | None:
    for grade, label in _GRADES:
        if label.match(words):
            return grade
    return None


def grade_shares(sentence: Sentence) -> Iterator[Claim]:
    """The last grade's share of those reviewed: 100% less the other grades'.

    Every party organisation, member or civil servant reviewed gets one grade, so the shares of all
    four (or of "hoàn thành tốt nhiệm vụ trở lên" and the two below it) make up the whole. Less than
    100% may be those not reviewed, counted in the base: a slip only when they make more.

    Examples:
        "90,33% đảng viên hoàn thành tốt nhiệm vụ trở lên; 9,1% hoàn thành nhiệm vụ; 0,57% không hoàn thành"
    """
    skeleton = sentence.skeleton
    if "hoàn thành" not in skeleton or "%" not in skeleton:
        return
    found: dict[int, tuple[Figure, str]] = {}
    for match in _GRADE_SHARE_THEN_LABEL.finditer(skeleton):
        grade = _grade_of(skeleton[match.end() : match.end() + 80])
        if grade is not None:
            found[match.start("share")] = (sentence.figure(match.group("share")), grade)
    for match in _GRADE_LABEL_THEN_SHARE.finditer(skeleton):
        grade = _grade_of(match.group("label"))
        if grade is not None and match.start("share") not in found:
            found[match.start("share")] = (sentence.figure(match.group("share")), grade)
    counts: dict[int, Figure] = {}  # the count each share is of, when the sentence gives it
    for match in _GRADE_COUNT_THEN_SHARE.finditer(skeleton):
        grade = _grade_of(match.group("label"))
        if grade is not None:
            found.setdefault(match.start("share"), (sentence.figure(match.group("share")), grade))
            counts[match.start("share")] = sentence.figure(match.group("count"))
    if len(found) < 3:
        return
    shares = [found[at] for at in sorted(found)]
    covered = [_GRADES_COVER[grade] for _, grade in shares]
    every = [level for levels in covered for level in levels]
    if len(every) != len(set(every)) or set(every) != {"excellent", "good", "done", "not_done"}:
        return  # a grade said twice ("trong đó … xuất sắc" of "tốt trở lên"), or one left out
    figures = [figure for figure, _ in shares]
    if any(figure.qualifier is not None or _is_change(sentence, figure) for figure in figures):
        return
    span = (sentence.at(figures[0]), sentence.at(figures[-1]) + len(figures[-1].placeholder))
    if _BREAKDOWN_WORDS.search(skeleton, *span):
        return  # "91,2% hoàn thành tốt nhiệm vụ, trong đó có 23,8% … xuất sắc": a share of a share
    label = Bilingual("grades of those reviewed", "các mức xếp loại")
    yield _the_last_share_of_a_whole(sentence, span, "grade_shares", figures, label, _GRADES_FALL_SHORT)
    if len(counts) == len(found):
        yield from _shares_of_the_grades_counts(
            sentence, [(figure, counts[at]) for at, (figure, _) in sorted(found.items())]
        )


def _shares_of_the_grades_counts(
    sentence: Sentence, graded: Sequence[tuple[Figure, Figure]]
) -> Iterator[Claim]:
    """Each grade's share of those its counts add up to, when every grade has its count: all of those
    reviewed. Those not reviewed may be counted in the base too, so a share below that is ambiguous;
    above it, a slip."""
    counts = [count for _, count in graded]
    if any(count.kind != FigureKind.COUNT for count in counts):
        return
    total = sum((count.value for count in counts), Decimal(0))
    label = Bilingual("share of the grades' counts together", "tỷ lệ trên tổng số các mức")
    for share, count in graded[:-1]:  # the last one is 100% less the others
        value = count.value / total * HUNDRED
        formula = message("{} / {} × 100 = {}", "{} / {} × 100 = {}", count.value, total, value)
        span = (sentence.at(count), sentence.at(share) + len(share.placeholder))
        numbers = [(Role.PART, count), (Role.SHARE, share)]
        claim = judged_claim(
            sentence,
            span,
            "grade_shares",
            numbers,
            [Recomputation(value, value, value, _percent_sign(formula), label)],
        )
        if claim.verdict.alarm and share.bounds(share.readings[0])[1] < value:
            note = formula + Bilingual(
                f"{share.text} is less than {count.text} of the {show(total, 'en')} graded: those not"
                " reviewed may be in the whole.",
                f"{share.text} nhỏ hơn tỷ lệ của {count.text} trên {show(total, 'vi')} được xếp loại: có thể"
                " tính cả số chưa được đánh giá.",
            )
            claim = _unchecked(sentence, span, "grade_shares", numbers, Verdict.AMBIGUOUS, note)
        yield claim


_GRADES_FALL_SHORT = (
    "The grades' shares add up to {}%, less than 100%: those not reviewed may be in the whole.",
    "Tỷ lệ các mức xếp loại cộng lại được {}%, chưa đủ 100%: có thể tính cả số chưa được đánh giá.",
)


# ---------------------------------------------------------------------------------------------
# 5. Percentage of plan.

_PERCENT_OF_PLAN = pattern(
    r"(?:đạt|bằng|hoàn thành|được|chiếm|=|tương đương|tương ứng)(?: tỷ lệ| tỉ lệ)?(?: khoảng)? {percent:P}"
    r"(?: so với)? {PLAN}"
)
# a second plan after the first one's figure: "đạt 105,3% dự toán Trung ương giao (18.000 tỷ đồng) và 101,9%
# dự toán HĐND tỉnh giao (18.600 tỷ đồng)"
_SECOND_PERCENT_OF_PLAN = pattern(r"(?<=\) )và {percent:P}(?: so với)? {PLAN}")
_PERCENT_THEN_PLAN_IN_BRACKETS = pattern(r"(?:đạt|bằng|hoàn thành) {percent:P} ?\((?:so với )?{PLAN}")
_PLAN_FIGURE_AFTER = re.compile(
    # "kế hoạch (140.000 người)", "dự toán Hội đồng nhân dân tỉnh giao (7.000 tỷ đồng)",
    # "kế hoạch năm là 140.000", "(KH: 140.000)"
    # not past "và", which opens the next item: "đạt 71,5% kế hoạch giao và 3.628 liều vacxin dại"
    r"(?:(?: [^\W\d_]+| \d{4}){0,7}? ?\( ?|(?: (?!và(?!\w))[^\W\d_]+| \d{4}){0,4}?(?: là|:)? ?)"
    r"(?:là |: ?)?(?:kế hoạch |chỉ tiêu |dự toán |kh:? )?(?P<value>#\d+%?#)"
)
_PLAN_FIGURE_ANYWHERE = pattern(
    # not a targeted programme's name: "chi từ nguồn vốn chương trình, mục tiêu 1.424 tỉ đồng"
    r"(?<!chương trình )(?<!chương trình, )"
    # … nor what another figure is over its plan: "87,3 % về giá trị (vượt chỉ tiêu 6,3 %)"
    r"(?<!vượt )(?<!vượt mức )"
    r"{PLAN}(?: (?:năm|giao|được giao|đề ra|thành phố giao|hđnd giao|tỉnh giao|là|\d{4})){0,3}:? {value:NP}"
)
# "(số gốc 120 vụ, kế hoạch 110 vụ)": a reduction measured from a baseline
_BASELINE_FIGURE = pattern(r"(?:số |mức )?gốc(?: năm \d{4})?:? {value:N}")
_OVERRUN_WORDS = re.compile(r"vượt(?: mức)? (?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)|hoàn thành vượt")
_SHORTFALL_WORDS = re.compile(r"(?:không|chưa) đạt (?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)|không hoàn thành")


_THE_RESULT_COMPARED = re.compile(r"[^#();,]{0,20},? (?:bằng|tăng|giảm|đạt)(?: khoảng)? #\d+%# so(?: với)? ")


def _plan_figure(
    sentence: Sentence, after_plan_word: int, actual: Figure | None, printed: Figure
) -> Figure | None:
    """The plan the sentence prints: right after "kế hoạch", or "kế hoạch … N" elsewhere."""
    found = _figure_after(sentence, after_plan_word, _PLAN_FIGURE_AFTER)
    if found and _THE_RESULT_COMPARED.match(sentence.skeleton, found[1]):
        # "tổng nộp ngân sách ước vượt 27% kế hoạch (62.443 tỷ đồng, bằng 99% so với năm 2020)" (raw40/tp18):
        # the result, compared with the year before, not the plan
        found = None
    if found and found[0] not in (actual, printed) and (actual is None or _alike(found[0], actual)):
        return found[0]
    at = sentence.at(printed)
    for match in _PLAN_FIGURE_ANYWHERE.finditer(sentence.skeleton):
        figure = _figure(sentence, match, "value")
        if ";" in sentence.skeleton[min(at, match.start()) : max(at, match.start())]:
            continue  # another item's plan: "đạt 96% dự toán; trong đó …; chi thường xuyên … dự toán 7.540"
        if figure not in (actual, printed) and (actual is None or _alike(figure, actual)):
            return figure
    return None


def _words_around(sentence: Sentence, position: int) -> str:
    """The comma-phrase before a claim and the one before it, where "vượt" or "không đạt" sit."""
    skeleton = sentence.skeleton
    start = _phrase_start(skeleton, position)
    if skeleton[start:position].strip().startswith(("đạt", "bằng")):
        start = max(_phrase_start(skeleton, start - 1), _clause_start(skeleton, position))
    return skeleton[start:position]


def _plan_contradiction(words: str, low: Decimal, high: Decimal) -> Bilingual | None:
    """The words "vượt kế hoạch" for a result at or below plan, "không đạt" at or above it."""
    if _OVERRUN_WORDS.search(words) and high <= HUNDRED:
        return Bilingual(
            "The sentence says the plan was exceeded (“vượt”), but the result is not above 100% of plan.",
            "Câu văn nói “vượt” kế hoạch nhưng kết quả không quá 100% kế hoạch.",
        )
    if _SHORTFALL_WORDS.search(words) and low >= HUNDRED:
        return Bilingual(
            "The sentence says the plan was not met, but the result is at least 100% of plan.",
            "Câu văn nói “không đạt” nhưng kết quả từ 100% kế hoạch trở lên.",
        )
    return None


def _ratio_to_plan(actual: Figure, plan: Figure, offset: Decimal = Decimal(0)) -> list[Recomputation]:
    """actual / plan × 100 − offset (offset 100 gives the excess over plan)."""
    result = []
    for readings in _notations(actual, plan):
        actual_reading, plan_reading = readings
        a = triple(actual, actual_reading)
        p = triple(plan, plan_reading, exact=plan.kind == FigureKind.PERCENT)
        if p[0] <= 0:
            continue
        value = a[0] / p[0] * HUNDRED - offset
        low = (a[1] / p[2] * HUNDRED if p[2] > 0 else value + offset) - offset
        high = (a[2] / p[1] * HUNDRED if p[1] > 0 else value + offset) - offset
        if offset:
            formula = message("{} / {} × 100 − 100 = {}", "{} / {} × 100 − 100 = {}", a[0], p[0], value)
            label = Bilingual("excess over plan, relative", "phần vượt, tương đối")
        else:
            formula = message("{} / {} × 100 = {}", "{} / {} × 100 = {}", a[0], p[0], value)
            label = Bilingual("percentage of plan", "tỷ lệ so với kế hoạch")
        result.append(
            Recomputation(
                value,
                min(low, value),
                max(high, value),
                _percent_sign(formula),
                _reading_label((actual, plan), readings, label),
            )
        )
    return result


def _baseline_figure(sentence: Sentence, actual: Figure, plan: Figure) -> Figure | None:
    """The baseline a reduction starts from, when the sentence prints one ("số gốc 120 vụ")."""
    for match in _BASELINE_FIGURE.finditer(sentence.skeleton):
        figure = _figure(sentence, match, "value")
        if figure not in (actual, plan) and _alike(figure, actual):
            return figure
    return None


def _reduction_to_plan(actual: Figure, plan: Figure, baseline: Figure) -> list[Recomputation]:
    """(baseline − actual) / (baseline − plan) × 100: how much of the planned reduction was made."""
    b, a, p = baseline.value, actual.value, plan.value
    if b == p:
        return []
    value = (b - a) / (b - p) * HUNDRED
    formula = message(
        "({} − {}) / ({} − {}) × 100 = {}", "({} − {}) / ({} − {}) × 100 = {}", b, a, b, p, value
    )
    label = Bilingual("share of the planned reduction", "tỷ lệ so với mức giảm kế hoạch")
    return [Recomputation(value, value, value, _percent_sign(formula), label)]


def _round_plan(actual: Decimal, low: Decimal, high: Decimal) -> Decimal | None:
    """A plan of two significant digits at most (25.000, 200) that gives a percentage in [low, high)."""
    smallest, largest = actual * HUNDRED / high, actual * HUNDRED / low
    step = Decimal(10) ** max(0, len(str(int(largest))) - 2)
    plan = (smallest / step).to_integral_value(ROUND_FLOOR) * step
    while plan <= largest:
        if plan > smallest:
            return plan
        plan += step
    return None


# a count in the name of what was done, not what was done: "Thu từ 3 khu vực kinh tế … ước đạt 49,5% dự toán"
_A_SOURCE_NAMED = re.compile(r"(?<!\w)(?:thu|chi|nguồn) từ $")


FEW_FOR_A_PLAN = 20  # a count below it that no whole plan gives the rate of is not what reached the rate


def _implied_plan(actual: Figure, printed: Figure, offset: Decimal) -> Recomputation | None:
    """With no plan printed: the whole-number plan that gives the printed percentage, if any.

    "kết nạp 71 đảng viên, đạt 101,43% chỉ tiêu" implies a plan of 70 (71/70 = 101,428…%).
    Returns the recomputation with the best whole plan (half-up fit, else truncated fit, else
    the nearest), or None when the actual is not a count.
    """
    if actual.kind != FigureKind.COUNT or not actual.is_exact(actual.readings[0]) or actual.value <= 0:
        return None
    if actual.qualifier is not None or actual.value % 1000 == 0:
        # "đào tạo nghề cho hơn 2.000 người, đạt 77,89% kế hoạch" (raw31/tg19): a bound, or a round thousand
        # that may well be one, is not the count done
        return None
    a = actual.value
    z = printed.value + offset
    unit = printed.unit(printed.readings[0])
    if z - unit / 2 <= 0:
        return None
    vague = a * HUNDRED / (z - unit / 2) - a * HUNDRED / (z + unit / 2) >= 1
    candidates: list[Decimal] = []
    for low_ratio, high_ratio in ((z - unit / 2, z + unit / 2), (z, z + unit)):
        # a / plan × 100 in [low_ratio, high_ratio) ⇔ plan in (a·100/high_ratio, a·100/low_ratio]
        smallest = (a * HUNDRED / high_ratio).to_integral_value(ROUND_FLOOR) + 1
        largest = (a * HUNDRED / low_ratio).to_integral_value(ROUND_FLOOR) if low_ratio > 0 else smallest
        if smallest <= largest:
            middle = (a * HUNDRED / z).to_integral_value(ROUND_HALF_UP)
            candidates.append(min(max(middle, smallest), largest))
            break
    if not candidates and a < FEW_FOR_A_PLAN:
        # "trẻ em dưới 1 tuổi được tiêm đầy đủ 5 loại vaccine đạt 99% so với kế hoạch" (raw43/ts02): no plan
        # of so few gives the rate, so the few are not what reached it (the kinds of vaccine, not the
        # children)
        return None
    nearest = max(Decimal(1), (a * HUNDRED / z).to_integral_value(ROUND_HALF_UP))
    plan = candidates[0] if candidates else nearest
    if vague:
        # every percentage has a whole plan that gives it ("2.150 …, đạt 107,5%"): only a round one
        # says something ("25.500 lao động, đạt 102%" of 25.000)
        round_plan = _round_plan(a, z - unit / 2, z + unit / 2)
        if round_plan is None:
            return None
        plan = round_plan
    value = a / plan * HUNDRED - offset
    formula = Bilingual(
        f"implied plan {show(a, 'en')} / {show(z, 'en')}% ≈ {show(plan, 'en')}; "
        f"{show(a, 'en')} / {show(plan, 'en')} × 100{' − 100' if offset else ''} = {show(value, 'en')}%",
        f"kế hoạch suy ra {show(a, 'vi')} / {show(z, 'vi')}% ≈ {show(plan, 'vi')}; "
        f"{show(a, 'vi')} / {show(plan, 'vi')} × 100{' − 100' if offset else ''} = {show(value, 'vi')}%",
    )
    label = Bilingual("implied whole-number plan", "kế hoạch suy ra là số nguyên")
    if not candidates:
        formula += Bilingual(
            "(no whole-number plan gives the printed percentage)",
            "(không có kế hoạch nguyên nào cho ra tỷ lệ đã ghi)",
        )
    return Recomputation(value, value, value, formula, label)


def percent_of_plan(sentence: Sentence) -> Iterator[Claim]:
    """A result as a percentage of its plan: actual / plan × 100.

    With the plan printed, the ratio is recomputed. Without it, a count must imply a
    whole-number plan ("đạt 101,43% chỉ tiêu, kết nạp 71 đảng viên" implies 70). "vượt kế hoạch"
    next to a percentage below 100 is a wording contradiction.

    Examples:
        "tạo việc làm cho 141.260 lượt người, đạt 100,9% kế hoạch (140.000 người)"
        "Thu ngân sách 15.230 tỷ đồng, đạt 105,2% dự toán"  (not checkable: no plan)
        "thực hiện giảm hộ nghèo đạt 184,2% kế hoạch năm"  (not checkable)
        "thu ngân sách đạt 5.710 tỉ đồng, đạt 118%, vượt 876 tỉ đồng so với dự toán"
    """
    for regex in (
        _PERCENT_OF_PLAN,
        _PERCENT_THEN_PLAN_IN_BRACKETS,
        _SECOND_PERCENT_OF_PLAN,
        _PERCENT_THEN_EXCESS,
    ):
        for match in regex.finditer(sentence.skeleton):
            printed = _figure(sentence, match, "percent")
            yield _judge_against_plan(sentence, match, printed, "percent_of_plan", Role.PERCENT_OF_PLAN)


# "dự toán thu 10.766 tỷ đồng, chiếm gần 70% …, qua 11 tháng đã thu được 11.110 tỷ đồng, đạt 103%": a rate
# said bare, of the plan said before it in its sentence
_BARE_RATE = pattern(
    r"{actual:N}[^#;()]{0,30}?, đạt {percent:P}"
    r"(?! ?(?:so với|so |kế hoạch|chỉ tiêu|dự toán|mục tiêu|kh(?!\w)|tỷ lệ|tỉ lệ|\())"
)
_PLAN_WORDS_BEFORE = re.compile(
    r"(?<!\w)(?:dự toán|kế hoạch|chỉ tiêu)(?: thu| chi| giao| năm| được giao)*(?: là|:)? $"
)


def percent_of_a_plan_said_before(sentence: Sentence) -> Iterator[Claim]:
    """A rate said bare ("đạt 103%") of a result, when its sentence printed one plan before it counting the
    same thing: the result over that plan. Read only when it fits: a rate said bare may be of something
    else, so this reading never raises an alarm.

    Examples:
        "dự toán thu 10.766 tỷ đồng, chiếm gần 70% tổng dự toán, đã thu được 11.110 tỷ đồng, đạt 103%"
    """
    skeleton = sentence.skeleton
    if "đạt" not in skeleton:
        return
    around = words_around(sentence)
    for match in _BARE_RATE.finditer(skeleton):
        actual, printed = _figure(sentence, match, "actual"), _figure(sentence, match, "percent")
        plans = [
            figure
            for figure in sentence.figures_in(0, match.start())
            if _PLAN_WORDS_BEFORE.search(around[figure.start][0]) and _alike(figure, actual)
        ]
        if len(plans) != 1:
            continue
        numbers = [(Role.ACTUAL, actual), (Role.PLAN, plans[0]), (Role.PERCENT_OF_PLAN, printed)]
        claim = judged_claim(sentence, match.span(), "percent_of_a_plan_said_before", numbers,
                             _ratio_to_plan(actual, plans[0]))  # fmt: skip
        if claim.verdict.checked and not claim.verdict.alarm:
            yield claim


_RATE_REACHED = re.compile(r"(?<!\w)(?:đạt|bằng)(?: tỷ lệ| tỉ lệ)? (?P<rate>#\d+%#)")


def _judge_against_plan(
    sentence: Sentence, match: re.Match[str], printed: Figure, template: str, role: Role
) -> Claim:
    """Shared by percent_of_plan and excess_over_plan (role EXCESS: printed = ratio − 100).

    The actual is the nearest figure before the claim; when that does not fit, the other
    figures of the clause are tried ("kết nạp 71 đảng viên, nâng tổng số lên 1.218 đồng chí,
    đạt 101,43% chỉ tiêu" is about the 71), and the claim is flagged only when none fits.
    """
    skeleton = sentence.skeleton
    candidates: list[Figure | None] = [  # (not a span of time: "thu ngân sách 6 tháng đầu năm đạt 84%", th20)
        figure
        for figure in _values_before(sentence, skeleton.find(printed.placeholder), exclude=[printed])
        if not _is_a_period(figure)
    ]
    if (
        len(candidates) >= 2
        and candidates[0] is not None
        and candidates[1] is not None
        and _ASIDE_OF_THE_FIGURE_BEFORE.fullmatch(
            skeleton, sentence.at(candidates[1]) + len(candidates[1].placeholder), sentence.at(candidates[0])
        )
    ):
        # "159.986 lao động (55.804 nữ), đạt 133,3 % kế hoạch" (n1156): the figure, not its aside's
        candidates[0], candidates[1] = candidates[1], candidates[0]
    if printed.kind == FigureKind.PERCENT and role == Role.EXCESS:
        # "thi hành xong 5.378 việc, đạt 71,73% so với số việc có điều kiện, vượt chỉ tiêu 1,73%" (n718): the
        # rate said right before is what exceeded its target, by points (of 70%)
        at = skeleton.find(printed.placeholder)
        phrase = _phrase_start(skeleton, at)
        # (in its clause: "… giảm hộ cận nghèo đạt 188,07% kế hoạch năm; giải quyết việc làm … vượt 5,3%" is
        # another item's rate, the seed article's)
        rate = _RATE_REACHED.search(
            skeleton, max(_phrase_start(skeleton, phrase - 1), _clause_start(skeleton, at)), phrase
        )
        if rate is not None and (reached := sentence.figure(rate.group("rate"))) not in candidates:
            candidates.insert(0, reached)
    if not candidates:  # "đạt 101,43% chỉ tiêu, kết nạp 71 đảng viên"
        following = sentence.figures_in(match.end(), _next_clause_end(skeleton, match.end()))
        candidates = [
            next(
                (
                    f
                    for f in following[:1]
                    if f.kind == FigureKind.COUNT
                    and not _is_a_period(f)
                    # not a breakdown of what reached it: "đạt 104,99% dự toán, trong đó: 13/18 khoản thu …"
                    and not _BREAKDOWN_WORDS.search(skeleton, match.end(), sentence.at(f))
                ),
                None,
            )
        ]
    first: Claim | None = None
    for actual in candidates:
        claim = _judge_with_actual(sentence, match, printed, template, role, actual)
        if claim.verdict != Verdict.INCONSISTENT:
            return claim
        first = first or claim
    # Farther figures of the clause last: "104 vụ (số gốc 120 vụ, kế hoạch 110 vụ), đạt 160%"
    position = skeleton.find(printed.placeholder)
    for actual in _values_before(sentence, position, exclude=[printed], phrases=8):
        if actual in candidates or _is_a_period(actual):
            continue
        claim = _judge_with_actual(sentence, match, printed, template, role, actual)
        if claim.verdict != Verdict.INCONSISTENT:
            return claim
    assert first is not None
    return first


_RANGE_END = re.compile(r" ?[-–] ?(?P<end>#\d+#)")
_ASIDE_OF_THE_FIGURE_BEFORE = re.compile(r"(?: [^\W\d_]+){0,3} \( ?")


def _judge_with_actual(
    sentence: Sentence,
    match: re.Match[str],
    printed: Figure,
    template: str,
    role: Role,
    actual: Figure | None,
) -> Claim:
    """Judge a claim against plan, taking ``actual`` as the result it is about."""
    skeleton = sentence.skeleton
    offset = HUNDRED if role == Role.EXCESS else Decimal(0)
    printed_start = skeleton.find(printed.placeholder)
    plan = _plan_figure(sentence, match.end(), actual, printed)
    partner = _slash_partner(sentence, actual) if actual is not None else None
    if partner is not None and partner[0] is actual and not _is_pair(*partner):
        plan = partner[1]  # "đạt 100% chỉ tiêu về tuyển quân (1.250/1.250 thanh niên)": done / planned
    words = _words_around(sentence, printed_start) + skeleton[printed_start : match.end()]
    points = printed.kind == FigureKind.POINTS or (
        actual is not None and actual.kind == FigureKind.PERCENT and printed.kind == FigureKind.PERCENT
    )
    if actual is not None and plan is not None and _alike(actual, plan):
        numbers = [(Role.ACTUAL, actual), (Role.PLAN, plan), (role, printed)]
        ratios = _ratio_to_plan(actual, plan)
        # a plan said as a range: "đạt 133,3 % kế hoạch được giao (110.000 - 120.000 lao động)" (n1156) — of
        # either end
        other_end = _RANGE_END.match(skeleton, sentence.at(plan) + len(plan.placeholder))
        if other_end is not None and (end := sentence.figure(other_end.group("end"))).value > plan.value:
            numbers.insert(-1, (Role.PLAN, end))
            ratios = ratios + _ratio_to_plan(actual, end)
        low = min(r.low for r in ratios)
        high = max(r.high for r in ratios)
        if role == Role.EXCESS:
            contradiction = None
            if actual.value <= plan.value:
                contradiction = Bilingual(
                    "The sentence says “vượt” (exceeded), but the result is not above plan.",
                    "Câu văn nói “vượt” nhưng kết quả không cao hơn kế hoạch.",
                )
            recomputations = _excess_readings(actual, plan, printed, points)
            alternatives = [Alternative(Slip.RATIO_FOR_EXCESS, r.value) for r in ratios]
        else:
            baseline = _baseline_figure(sentence, actual, plan)
            if baseline is not None:
                numbers.insert(-1, (Role.BASELINE, baseline))  # the printed figure stays last
                ratios = ratios + _reduction_to_plan(actual, plan, baseline)
                low, high = min(r.low for r in ratios), max(r.high for r in ratios)
            contradiction = _plan_contradiction(words, low, high)
            recomputations = ratios
            alternatives = [
                Alternative(Slip.EXCESS_FOR_RATIO, ratios[0].value - HUNDRED),
                Alternative(
                    Slip.INVERTED_RATIO, plan.value / actual.value * HUNDRED if actual.value else Decimal(0)
                ),
            ]
        return judged_claim(
            sentence, match.span(), template, numbers, recomputations, alternatives, contradiction
        )
    numbers = ([(Role.ACTUAL, actual)] if actual else []) + [(role, printed)]
    unit = printed.unit(printed.readings[0])
    low, high = printed.value + offset - unit / 2, printed.value + offset + unit
    contradiction = _plan_contradiction(words, low, high) if role != Role.EXCESS else None
    if contradiction is not None:
        return _unchecked(
            sentence, match.span(), template, numbers, Verdict.WORDING_CONTRADICTION, contradiction
        )
    excess = _EXCESS_AFTER.match(skeleton, printed_start + len(printed.placeholder))
    if actual is not None and role != Role.EXCESS and excess is not None:
        over = sentence.figure(excess.group("excess"))
        if over.kind == actual.kind and _alike(over, actual) and Decimal(0) < over.value < actual.value:
            # "đạt trên 5.710 tỉ đồng, đạt 118%, vượt 876 tỉ đồng so với dự toán": the plan is 5.710 − 876
            numbers = [(Role.ACTUAL, actual), (Role.DIFFERENCE, over), (role, printed)]
            return judged_claim(
                sentence, match.span(), template, numbers, [_ratio_past_an_excess(actual, over)]
            )
    if (
        actual is not None
        and printed.kind == FigureKind.PERCENT
        and printed.qualifier is None
        and not _A_SOURCE_NAMED.search(skeleton, 0, sentence.at(actual))
    ):
        # (a bound, "trên 50%", implies no plan: the plan is read from the printed figure itself)
        implied = _implied_plan(actual, printed, offset)
        if implied is not None:
            return judged_claim(sentence, match.span(), template, numbers, [implied])
        if points and role == Role.EXCESS:
            return _implied_rate_target(sentence, match, numbers, actual, printed, template)
    note = Bilingual(
        f"{printed.text} of plan: the plan is not printed, so the figure cannot be recomputed.",
        f"{printed.text} so với kế hoạch: văn bản không ghi số kế hoạch nên không tính lại được.",
    )
    return _unchecked(sentence, match.span(), template, numbers, Verdict.NOT_CHECKABLE, note)


# the amount over the plan, said right after the rate of it: "đạt 118%, vượt 876 tỉ đồng so với dự toán"
_EXCESS_AFTER = re.compile(r",? \(?vượt (?P<excess>#\d+#)")
_PERCENT_THEN_EXCESS = pattern(r"đạt {percent:P},? \(?vượt #\d+#")


def _ratio_past_an_excess(actual: Figure, over: Figure) -> Recomputation:
    """actual / (actual − excess) × 100: the plan is what was done less what was over it."""
    a, d = triple(actual), triple(over)
    value = a[0] / (a[0] - d[0]) * HUNDRED
    candidates = [aa / (aa - dd) * HUNDRED for aa in (a[1], a[2]) for dd in (d[1], d[2]) if aa > dd]
    scale = min(actual.scale, over.scale)
    formula = scaled_message(
        "{} / ({} − {}) × 100 = {}", "{} / ({} − {}) × 100 = {}", scale,
        [actual.value, actual.value, over.value], value,
    )  # fmt: skip
    return Recomputation(
        value, min([*candidates, value]), max([*candidates, value]), _percent_sign(formula),
        Bilingual("rate of the plan, the plan being the result less the excess",
                  "tỷ lệ so với kế hoạch, kế hoạch là kết quả trừ phần vượt"),
    )  # fmt: skip


# "được giao chỉ tiêu thu NSNN là 270.000 tỷ đồng": a plan, said in words before its figure
_NAMED_PHRASE = re.compile(
    # (the name ends before a clause of its own: "tổng số vụ cháy nhưng lại làm 20 người chết")
    r" (?:so với |trên |trong )?(?:tổng số|tổng) (?P<words>[^\W\d_]+(?: (?!nhưng|song|mà|và)[^\W\d_]+){1,8})"
    # … or a whole named as what is due: "nợ gần 147,4 tỷ đồng, chiếm 3,5% so với số phải thu"
    r"| (?:so với |trên |của )?số (?P<due>phải (?:thu|nộp|thi hành|giải quyết|trả)(?: [^\W\d_]+){0,4})"
)
# words a whole's name may hold beside what distinguishes it
_FILLER_WORDS = frozenset(
    {
        *("dân", "cư", "toàn", "tỉnh", "huyện", "thành", "phố", "xã", "địa", "bàn", "năm", "tháng", "số"),
        *("các", "những", "của", "trên", "trong", "được", "đã", "có", "là", "và", "với", "người", "hộ"),
    }
)


def _named_alike(
    words: str, part: Figure, whole: Figure, sentence: Sentence, around: Mapping[int, tuple[str, str]] | None
) -> bool:
    """Whether a whole printed before may be the one a share's words name: most of the words that
    distinguish the name are said with it."""
    context = " ".join((whole.noun, *_context_of(sentence, whole, around)))
    if "chung" in words.split() and not _OVERALL.search(context):
        # "chiếm tỷ lệ 14,68% so với tổng số lượt khám bệnh chung": of all the visits, not of one kind said
        # before ("khám chữa bệnh bằng phương pháp y học hiện đại cho 4.062.444 lượt người", n703)
        return False
    own = set(part.noun.split()) | set(whole.noun.split())
    distinctive = [word for word in words.split() if word not in _FILLER_WORDS and word not in own]
    if len(distinctive) < 2:
        return True
    missing = sum(word not in context.split() for word in distinctive)
    return missing * 2 <= len(distinctive)


_OVERALL = re.compile(r"(?<!\w)(?:chung|tổng|toàn|tất cả|cả)(?!\w)")
_PLAN_NAMED = re.compile(r"(?:dự toán|kế hoạch|chỉ tiêu)(?!\w)")
# "… năm 2023 là"; not a plan exceeded, nor what it was exceeded with ("vượt kế hoạch BHXH Việt Nam giao với
# 255,490 người tham gia")
# (not an indicator and what it reached: "chỉ tiêu thu ngoài quốc doanh đạt 11,3 tỷ đồng", raw32/th17; nor
# what lies outside the plan: "thu chuyển nguồn năm 2017 mang sang ngoài dự toán là 1.753.925 triệu đồng",
# n2287)
_PLAN_SAID_BEFORE = pattern(
    r"(?<!vượt )(?<!ngoài ){PLAN}"
    r"(?: (?!đạt(?!\w)|thực hiện(?!\w))(?:[^\W\d_]+|\d{4})){0,6}? ?(?:là|:|giao)? ?(?<!với )$"
)


def plan_said_before(
    claim: Claim, sentence: Sentence, earlier: Sequence[Figure], around: Mapping[int, tuple[str, str]]
) -> Claim:
    """A result's percentage of a plan not printed in its sentence ("đạt hơn 269.611 tỷ đồng, đạt
    99,63% chỉ tiêu pháp lệnh được giao"), when one of the sentences just before prints the plan, named as
    such and measured alike ("Năm 2016, Ngành Hải quan được giao chỉ tiêu thu NSNN là 270.000 tỷ đồng"):
    judged against it. Any other claim, or two such plans, leaves the claim as it is."""
    if claim.template != "percent_of_plan" or claim.verdict != Verdict.NOT_CHECKABLE:
        return claim
    actual = next(
        (sentence.figure_starting_at(n.start) for n in claim.numbers if n.role == Role.ACTUAL), None
    )
    printed = sentence.figure_starting_at(claim.printed.start)
    if actual is None or printed is None or printed.kind != FigureKind.PERCENT:
        return claim
    # … or a clause of its own sentence: "Dự toán chi ngân sách năm 2023 là 1.520 tỷ đồng; đã giải ngân 1.385
    # tỷ đồng, đạt 91,1% dự toán"
    before = sentence.figures[: actual.index] if _of_sentence(sentence, actual) else ()
    plans = [
        figure
        for figure in [*earlier[-12:], *before]
        if _alike(figure, actual)
        and figure.kind == actual.kind
        and figure.scale == actual.scale
        and _PLAN_SAID_BEFORE.search(_context_of(sentence, figure, around)[0])
        # "bằng 102,48% kế hoạch năm và tăng 8.676 tấn so với năm 2019": a change, after the plan named
        and not _CHANGE_BEFORE_FIGURE.search(_context_of(sentence, figure, around)[0])
    ]
    if len(plans) != 1:
        return claim
    sides = {_budget_side(" ".join(_context_of(sentence, figure, around))) for figure in (plans[0], actual)}
    if sides == {"thu", "chi"}:
        # "So với dự toán Trung ương giao là 2.787 tỷ đồng thì thu ngân sách …. … chi đầu tư phát triển khoảng
        # 1.300 tỷ đồng, bằng 38% dự toán" (raw56/uf06): the plan of revenue is no plan of spending
        return claim
    skeleton = sentence.skeleton
    span = (skeleton.find(actual.placeholder), skeleton.find(printed.placeholder) + len(printed.placeholder))
    judged = judged_claim(
        sentence,
        span,
        "percent_of_plan",
        [(Role.ACTUAL, actual), (Role.PLAN, plans[0]), (Role.PERCENT_OF_PLAN, printed)],
        _ratio_to_plan(actual, plans[0]),
    )
    recomputed = judged.recomputation.value if judged.recomputation is not None else None
    if (
        judged.verdict.alarm
        and not _of_sentence(sentence, plans[0])
        and recomputed
        and not Decimal("0.67") <= printed.value / recomputed <= Decimal("1.5")
    ):
        # far from it: the plan of another item said before ("kinh tế dân doanh dự toán thu 10.766 tỷ đồng …
        # Kế đến là thu từ các doanh nghiệp có vốn đầu tư nước ngoài 1.739 tỷ đồng, đạt 132% dự toán")
        return claim
    if judged.verdict.alarm and recomputed and _beyond_its_bound(actual, printed.value, recomputed):
        # "trên 3.000, đạt 120% so với chỉ tiêu" (raw2/s012) of 3.500: more than 3.000 may be 120% of it
        return claim
    return dataclasses.replace(judged, start=claim.start, end=claim.end)


def _budget_side(words: str) -> str | None:
    """Whether the words around a figure of a budget say revenue ("thu") or spending ("chi"), or neither."""
    sides = {found.group(1) for found in _BUDGET_SIDE.finditer(words.lower())}
    return sides.pop() if len(sides) == 1 else None


# (not "chi bộ", "chi cục", "chi nhánh", "chi tiết", "thu nhập", "thu hút", "thu hồi", "thu hoạch")
_BUDGET_SIDE = re.compile(
    r"(?<!\w)(thu|chi)(?! (?:bộ|cục|nhánh|tiết|nhập|hút|hồi|hoạch|đoàn|hội)(?!\w))(?!\w)"
)


def _beyond_its_bound(actual: Figure, printed: Decimal, recomputed: Decimal) -> bool:
    """Whether a percentage recomputed from a bound ("trên 3.000", "gần 4.000") may still be the printed
    one: more than a lower bound gives, or less than an upper one."""
    if actual.qualifier in (Qualifier.ABOVE, Qualifier.AT_LEAST):
        return printed > recomputed
    if actual.qualifier in (Qualifier.BELOW, Qualifier.AT_MOST, Qualifier.NEARLY):
        return printed < recomputed
    return False


def _next_clause_end(skeleton: str, position: int) -> int:
    ends = [i for i in (skeleton.find(";", position), skeleton.find(".", position)) if i >= 0]
    return min(ends) if ends else len(skeleton)


# ---------------------------------------------------------------------------------------------
# 6. Excess over plan.

_EXCESS_BEFORE_PLAN = pattern(r"vượt {excess:ANY}(?!/| ?/)(?: [^\W\d_]+){0,3}?(?: so với)? {PLAN}")
# … or "tăng" over the plan: "tăng 22,2% so kế hoạch (9,0 tỷ USD)" (n1066)
_RISE_OVER_PLAN = pattern(r"tăng {excess:P} so(?: với)? {PLAN}")
_EXCESS_AFTER_PLAN = pattern(r"vượt(?: mức)? {PLAN}(?: năm| giao| đề ra| được giao){0,2} {excess:ANY}(?! ?/)")
_HIGHER_THAN_PLAN = pattern(r"(?:cao hơn|vượt) {PLAN}(?: năm| giao| đề ra){0,2} {excess:PT}")


def _excess_readings(actual: Figure, plan: Figure, printed: Figure, points: bool) -> list[Recomputation]:
    """The excess in every sensible reading: relative %, percentage points, or an amount."""
    if printed.kind in (FigureKind.COUNT, FigureKind.AMOUNT):
        a, p = triple(actual), triple(plan)
        value = abs(a[0] - p[0])
        formula = message("{} − {} = {}", "{} − {} = {}", a[0], p[0], a[0] - p[0])
        low, high = sorted((abs(a[1] - p[2]), abs(a[2] - p[1])))
        return [
            Recomputation(
                value, min(low, value), max(high, value), formula, Bilingual("difference", "chênh lệch")
            )
        ]
    relative = [
        Recomputation(
            abs(r.value), min(abs(r.low), abs(r.high)), max(abs(r.low), abs(r.high)), r.formula, r.reading
        )
        for r in _ratio_to_plan(actual, plan, HUNDRED)
    ]
    if not points:
        return relative
    a, p = triple(actual), triple(plan)
    difference = a[0] - p[0]
    formula = message("{} − {} = {} điểm %", "{} − {} = {} điểm %", a[0], p[0], difference)
    formula = Bilingual(formula.en.replace("điểm %", "points"), formula.vi)
    low, high = sorted((abs(a[1] - p[2]), abs(a[2] - p[1])))
    point_reading = Recomputation(
        abs(difference), min(low, abs(difference)), max(high, abs(difference)), formula,
        Bilingual("percentage points (a rate compared with a rate)", "điểm phần trăm (so sánh hai tỷ lệ)"),
    )  # fmt: skip
    if printed.kind == FigureKind.POINTS:
        return [point_reading]
    return [point_reading, *relative]


def _implied_rate_target(
    sentence: Sentence,
    match: re.Match[str],
    numbers: list[tuple[Role, Figure]],
    actual: Figure,
    printed: Figure,
    template: str,
) -> Claim:
    """A rate above an unprinted target: "đạt 81,41%, vượt chỉ tiêu 1,41%" means a target of 80%."""
    target = actual.value - printed.value
    decimals = max(actual.decimals, printed.decimals)
    round_target = target == target.to_integral_value() or (
        decimals > 1 and target * 10 == (target * 10).to_integral_value()
    )
    if round_target:
        note = Bilingual(
            f"In percentage points {actual.text} − {printed.text} = {show(target, 'en')}%: a round target, "
            "so the figures fit (a rate compared with a rate).",
            f"Theo điểm phần trăm {actual.text} − {printed.text} = {show(target, 'vi')}%: chỉ tiêu tròn, "
            "số liệu phù hợp (so sánh hai tỷ lệ).",
        )
        return _unchecked(sentence, match.span(), template, numbers, Verdict.CONSISTENT, note)
    note = Bilingual(
        "The target rate is not printed; the excess cannot be recomputed.",
        "Văn bản không ghi tỷ lệ chỉ tiêu nên không tính lại được phần vượt.",
    )
    return _unchecked(sentence, match.span(), template, numbers, Verdict.NOT_CHECKABLE, note)


def excess_over_plan(sentence: Sentence) -> Iterator[Claim]:
    """A result above plan, stated as the excess: actual / plan × 100 − 100.

    For a rate compared with a rate, the excess is read in percentage points first
    ("đạt 81,41%, vượt chỉ tiêu 1,41%" means a target of 80%), then as a relative %. An
    amount ("vượt 1.260 người") is actual − plan. "vượt" for a result below plan is a wording
    contradiction.

    Examples:
        "giải quyết việc làm cho người lao động vượt 5,3% so với chỉ tiêu năm"  (not checkable)
        "tạo việc làm cho 147.420 người, vượt 5,3% so với chỉ tiêu (140.000 người)"
        "tỷ lệ lao động qua đào tạo đạt 81,41%, vượt chỉ tiêu 1,41%"
    """
    for regex in (_EXCESS_BEFORE_PLAN, _EXCESS_AFTER_PLAN, _HIGHER_THAN_PLAN, _RISE_OVER_PLAN):
        for match in regex.finditer(sentence.skeleton):
            printed = _figure(sentence, match, "excess")
            if printed.noun.startswith("lần"):
                continue  # "vượt 2,62 lần so với dự toán": a multiple, not an excess in % or an amount
            claim = _judge_against_plan(sentence, match, printed, "excess_over_plan", Role.EXCESS)
            if regex is _RISE_OVER_PLAN and not claim.verdict.checked:
                continue  # "2.090/2.060 tỷ đồng, tăng 1,46% so với kế hoạch": read with its fraction
            yield claim
    for match in _FRACTION_THEN_EXCESS.finditer(sentence.skeleton) if "/" in sentence.skeleton else ():
        actual, plan, printed = (_figure(sentence, match, group) for group in ("part", "total", "excess"))
        if _is_pair(actual, plan) or not _alike(actual, plan) or actual.value <= plan.value:
            continue
        numbers = [(Role.ACTUAL, actual), (Role.PLAN, plan), (Role.EXCESS, printed)]
        readings = _excess_readings(actual, plan, printed, points=False)
        yield judged_claim(sentence, match.span(), "excess_over_plan", numbers, readings)


# "diện tích lúa đạt 53,5/52ha, tăng 2,9%": done over planned, then by how much it is exceeded (the same
# figure whether the second is the plan or last year's) — not when another base is named after it
_FRACTION_THEN_EXCESS = pattern(
    _FRACTION
    # not "tăng 1,15% so với cùng kỳ", nor the same cut short ("2.090/2.060 tỷ đồng, tăng 1,15% so.", n488):
    # a change against another period, not the excess over the plan the fraction is of
    + r"(?P<words>{WORDS}),? (?:tăng|vượt)(?: kế hoạch| chỉ tiêu)? {excess:P}(?! ?so(?!\w)(?! với kế hoạch))"
)


# ---------------------------------------------------------------------------------------------
# 7. "tăng Z% kế hoạch": undecidable without the figures.

_INCREASE_OVER_PLAN = pattern(r"tăng {percent:P}(?: so với)? {PLAN}")


def increase_over_plan(sentence: Sentence) -> Iterator[Claim]:
    """An increase over plan ("tăng Z% kế hoạch năm"): 100 + Z % of plan, or Z points above it?

    With the actual and the plan printed, both readings are tried. Without them the phrase
    cannot be decided and is reported as ambiguous, never as an error.

    Examples:
        "tỷ lệ lao động đã qua đào tạo nghề …, tăng 38,18% kế hoạch năm"  (ambiguous)
    """
    for match in _INCREASE_OVER_PLAN.finditer(sentence.skeleton):
        printed = _figure(sentence, match, "percent")
        printed_start = sentence.skeleton.find(printed.placeholder)
        actual = _value_before(sentence, printed_start, exclude=[printed])
        plan = _plan_figure(sentence, match.end(), actual, printed)
        if actual is not None and plan is not None and _alike(actual, plan):
            numbers = [(Role.ACTUAL, actual), (Role.PLAN, plan), (Role.EXCESS, printed)]
            readings = _excess_readings(actual, plan, printed, points=actual.kind == FigureKind.PERCENT)
            yield judged_claim(sentence, match.span(), "increase_over_plan", numbers, readings)
            continue
        excess = printed.value
        note = Bilingual(
            f"“tăng {printed.text} kế hoạch” may mean {show(HUNDRED + excess, 'en')}% of plan or "
            f"{show(excess, 'en')} percentage points above a planned rate; the text does not say which.",
            f"“tăng {printed.text} kế hoạch” có thể hiểu là đạt {show(HUNDRED + excess, 'vi')}% kế hoạch "
            f"hoặc cao hơn tỷ lệ kế hoạch {show(excess, 'vi')} điểm phần trăm; văn bản không nói rõ.",
        )
        numbers = ([(Role.ACTUAL, actual)] if actual else []) + [(Role.EXCESS, printed)]
        yield _unchecked(sentence, match.span(), "increase_over_plan", numbers, Verdict.AMBIGUOUS, note)


# ---------------------------------------------------------------------------------------------
# 8. Change against the same period last year.

# "tăng 12,3% so với cùng kỳ", "cao hơn 1,71% so với năm 2022 (86,62%)" (n642)
_CHANGE_VERB = r"(?P<direction>tăng|giảm|cao hơn|thấp hơn)"
_CHANGE = pattern(_CHANGE_VERB + r"(?: thêm)? {change:ANY}(?: [^\W\d_]+){0,3}?(?:,)? so với {PREVIOUS}")
_CHANGE_AFTER = pattern(
    r"so với {PREVIOUS}(?: [^\W\d_]+){0,2}?,? " + _CHANGE_VERB + r"(?: thêm)? {change:ANY}"
)
# The words of a change: "tăng", "giảm", and the comparatives used for counts ("nhiều hơn 15 vụ").
_DIRECTION = r"(?P<direction>tăng|giảm|nhiều hơn|ít hơn|cao hơn|thấp hơn)"
_RISING = {"tăng", "nhiều hơn", "cao hơn"}
# a unit of measure after a difference: "người", "vụ án", "tạ/ha"
_UNIT_WORDS = r"(?: [^\s#,;()]+){0,3}?"
# the percentage of a difference in brackets, the direction said again or signed: "(tăng 6,05%)", "(-40,27%)"
_BRACKETED_CHANGE = r" \( ?(?:tăng |giảm )?(?:[-−+] ?)?{change:P} ?\)"
# "so với tháng 4/2023 giảm 176 vụ (-40,27%)", "so với cùng kỳ phát hiện nhiều hơn 15 vụ (4,95%)"
_COMPARED_BEFORE_DIFFERENCE = pattern(
    # (what the difference counts in up to five words: "tăng 09 Giấy phép xây dựng")
    rf"so với {{PREVIOUS}}(?: [^\W\d_]+){{0,3}}?,? {_DIRECTION}(?: thêm)? {_BOUND_WORD}{{difference:N}}"
    r"(?: [^\s#,;()]+){0,5}?"
    r"(?: \( ?(?:tăng |giảm |chiếm (?:tỷ lệ |tỉ lệ )?)?(?:[-−+] ?)?(?P<opened>)"
    # … or its rate said after a comma: "so với đầu năm tăng 16.842 tỷ đồng, bằng 11,2%", "… tăng 428 tỷ đồng,
    # tương ứng mức tăng 27,9%" (n651); "bằng" only where the rate ends its phrase (not "bằng 105% kế hoạch")
    # … or named: "(so với cùng kỳ năm 2014, tăng 09 Giấy phép xây dựng, tỷ lệ tăng 68,75%)" (n691)
    r"|,? (?:(?:tương ứng|tương đương)(?: với)?(?: mức)?(?: tăng| giảm)?|(?P<equal>bằng)"
    r"|(?:tỷ lệ|tỉ lệ|tốc độ) (?:tăng|giảm)(?: là| đạt)?) )"
    r"{change:P}(?(opened) ?\)|(?(equal)(?=[;.,]|$)))"
)
# a difference and its rate at the end of a clause, in a sentence that said what it compares with before:
# "…, tăng 37 trường hợp so với cùng kỳ (47%); riêng doanh nghiệp giải thể có 32 trường hợp, giảm 23
# trường hợp (46%)."
_CHANGE_IN_A_COMPARED_SENTENCE = pattern(
    rf"{_DIRECTION}(?: thêm)? {{difference:N}}{_UNIT_WORDS} \((?:tăng |giảm )?(?:[-−+] ?)?{{change:P}}\)"
    r"(?=[;.]|$)"
)
_COMPARED = re.compile(r"so với|cùng kỳ")
# the difference and its rate in brackets right after the value they change, no period named: "xảy ra 4.422 vụ
# xâm phạm trật tự an toàn xã hội (giảm 351 vụ = 7,35% và …)", "đã thi hành xong là 717.221.971.000 đồng, tăng
# 57.905.476.000 đồng (tăng 8,78%)"
_CHANGE_IN_BRACKETS_AFTER_ITS_VALUE = pattern(
    # (its words may run past a comma: "có 34 tỉnh, thành phố, giảm 29 đơn vị hành chính, tương ứng 46%",
    # n911; or "nhưng bị giảm": "kim ngạch 14,1 tỷ USD, nhưng bị giảm 511 triệu USD, tương ứng giảm 4%",
    # n2401)
    rf"(?<=\d#)(?: [^\W\d_]+){{0,10}}?(?:,(?: [^\W\d_]+){{1,3}}(?=,))?"
    rf"(?: \( ?(?P<opened>)|, (?:nhưng |song )?(?:bị )?){_DIRECTION}"
    r" {difference:N}(?: [^\s#,;()]+){0,4}?"  # ("giảm 29 đơn vị hành chính")
    # (inside the bracket, its rate after a bare comma: "548 đảng viên (giảm 69 đảng viên, 11,5%)", n667)
    r"(?(opened)(?: ?= ?|,? (?:tương ứng|tương đương|bằng)(?: với)? | ?\(|, (?=#\d+%# ?\)))"
    r"(?:tăng |giảm )?(?:[-−+] ?)?"
    # … or after a comma, the rate in brackets saying its way again, in words or by its sign ("giảm 11 vụ
    # (-5,1%)", n556): not a bare "(46%)", which may be a share
    # (… "(tương ứng tăng 37%)", n2401)
    r"|(?: \((?:(?:tương ứng|tương đương)(?: với)? )?(?:(?:tăng|giảm) |(?P<signed>[-−+]) ?(?=#))"
    # … or named as its rate: ", tương ứng giảm 22,7%", ", tương ứng 46%" (n911)
    r"|,? (?:tương ứng|tương đương)(?: với)?(?: mức)?(?: tăng| giảm)? )){change:P}"
)
_CHANGE_WITH_DIFFERENCE = [
    # "tăng 150 vụ (13,64%) so với cùng kỳ", "tăng 12.407 người (tăng 6,05%) so với cùng kỳ",
    # "tăng 150 vụ, tương ứng 13,64% so với cùng kỳ"
    pattern(
        rf"{_DIRECTION}(?: thêm)? {_BOUND_WORD}{{difference:N}}{_UNIT_WORDS}"
        # "tăng 221 ngàn người (tương ứng tăng 6,5% so với năm 2016)" (n596)
        r"(?: \( ?(?:tăng |giảm |bằng |(?:tương ứng|tương đương)(?: với)?(?: tăng| giảm)? )?(?:[-−+] ?)?"
        r"|,? (?:tương ứng|tương đương|tức là)(?: với)?(?: tăng| giảm)? "
        # "tăng 921 việc (chiếm tỷ lệ 14,33% so với năm 2019", "tăng 910 việc chiếm 8,64% so với …" (n656)
        r"| \(?chiếm(?: tỷ lệ| tỉ lệ)? "
        # "tăng 172.946 triệu đồng, tỷ lệ tăng trưởng 6,6% so với đầu năm" (n487)
        r"|,? (?:tỷ lệ|tỉ lệ|tốc độ) (?:tăng|giảm)(?: trưởng)?(?: là| đạt)? "
        r"|, )"  # "(tăng 46 việc, 0.9% so với cùng kỳ năm 2019)"
        r"{change:P}\)?,? so với {PREVIOUS}"
    ),
    _COMPARED_BEFORE_DIFFERENCE,
    # "(tăng 3,89 tạ/ha so với năm 2020, tương đương 7,6%)"
    pattern(
        rf"{_DIRECTION}(?: thêm)? {{difference:N}}{_UNIT_WORDS} so với {{PREVIOUS}},? "
        r"(?:tương ứng|tương đương|bằng)(?: với)? {change:P}"
    ),
    # "thụ lý 81 vụ với 168 bị cáo, tăng 13 vụ, 6 bị cáo so với năm 2022, tỷ lệ tăng 19,1%"
    pattern(
        rf"{_DIRECTION}(?: thêm)? {{difference:N}}{_UNIT_WORDS}(?:, #\d+#{_UNIT_WORDS})? "
        r"so với {PREVIOUS},? (?:với )?(?:tỷ lệ|tỉ lệ) (?:tăng|giảm)(?: là)? {change:P}"
    ),
    # a list of changes, the period compared with said once at its end: "xảy ra 3 vụ, làm chết 2 người, giảm 2
    # vụ (40%), giảm 1 người chết (33,33%) và số người bị thương không thay đổi so với cùng kỳ năm 2021"
    pattern(
        rf"{_DIRECTION} {{difference:N}}{_UNIT_WORDS} \((?:tăng |giảm )?(?:[-−+] ?)?{{change:P}}\)"
        r"(?=(?:[^.;#]|#\d+%?#){0,160}? so với {PREVIOUS})"
    ),
    # the rate first, then the difference: "giảm 3,44% - tương đương 3.030 người so với năm 2019",
    # "tăng 96,63% với 6.643 người so với năm 2019", "tăng 4,48% so với năm 2019 - tương đương 50.454 người"
    pattern(
        rf"{_DIRECTION} {{change:P}}(?: so với {{PREVIOUS}})?(?: ?[-–,] ?| )(?:tương đương|tương ứng|với)"
        rf"(?: với)?(?: tăng| giảm)?(?: thêm)? {_BOUND_WORD}{{difference:N}}"
        rf"(?!{_UNIT_WORDS} ?/){_UNIT_WORDS}(?:,? so với {{PREVIOUS}}|(?=[;.,]|$))"
    ),
    # the rate and the period compared, then the difference with its word said again: "tăng 1,6% so với cùng
    # kỳ năm 2013, tăng 5.204 tấn" (n1886)
    pattern(
        rf"{_DIRECTION} {{change:P}} so với {{PREVIOUS}},? (?P=direction)(?: thêm)? {_BOUND_WORD}"
        rf"{{difference:N}}(?!{_UNIT_WORDS} ?/){_UNIT_WORDS}(?=[;.,]|$)"
    ),
    # the difference, the period compared, then the rate in brackets: "tăng 37 trường hợp so với cùng
    # kỳ (47%)"
    pattern(
        rf"{_DIRECTION}(?: thêm)? {{difference:N}}{_UNIT_WORDS} so với {{PREVIOUS}} \((?:tăng |giảm )?"
        r"(?:[-−+] ?)?"
        r"{change:P}\)"
    ),
    _CHANGE_IN_A_COMPARED_SENTENCE,
    _CHANGE_IN_BRACKETS_AFTER_ITS_VALUE,
    # the rate, then the difference in brackets: "tăng 25% so với cùng kỳ năm 2017 (số tuyệt đối tăng
    # 1.694 tỷ đồng)", "tăng 2,63% (1,32 tạ/ha) so với vụ mùa 2018", and in a list after the period
    # compared was said: "; trong đó thóc là 888.132 tấn, giảm 0,34% (3.042 tấn); …"
    pattern(  # (… "tăng đến 315% (tăng 240 tỉ đồng)", raw41/tq28)
        rf"{_DIRECTION}(?: đến| tới)? {{change:P}}(?: so với {{PREVIOUS}})?"
        r" \((?:số tuyệt đối |tức |tương đương |tương ứng |bằng )?"
        rf"(?:tăng |giảm )?{{difference:N}}{_UNIT_WORDS} ?\)(?:,? so với {{PREVIOUS}}|(?=[;.,]|$)"
        # … then what the total is made of: "giảm 6,67% (giảm 4 đảng viên) bằng các hình thức: …"
        r"|(?= (?:bằng|với) (?:các )?hình thức| (?:trong đó|bao gồm|gồm)(?!\w)))"
    ),
]
# the previous figure right after "so với năm 2021": not one joined by "và" ("so với năm 2018 và 23.912
# việc chưa có điều kiện" starts another item)
_PREVIOUS_FIGURE = re.compile(
    r"(?: (?!và |nhưng |còn |trong )[^\W\d_]+){0,3}?(?: là| có| đạt|:)? ?\(?(?P<value>#\d+%?#)"
    # "so với cùng kỳ năm trước (năm 2022 đạt 1.111 triệu USD)"
    # … or by its quarter or month: "(quý I/2022 đạt 26.871 lượt)" (n542)
    # … or by its day, said with its verb: "giảm 3 ca so với ngày trước đó (ngày 12/12, cả nước có 1.195 ca
    # khỏi bệnh)" (n2501, the health ministry's daily bulletin)
    r"|(?: [^\W\d_]+){0,3}? ?\((?:(?:[^\W\d_]+ ){1,3}(?:[ivx]+/|\d{1,2}/)?\d{4} (?:là |có |đạt |:)"
    r"|(?:ngày|cùng kỳ)(?!\w)[^#()]{0,50}?(?: là| có| đạt| ghi nhận| xảy ra|:) )"
    r"(?P<value2>#\d+%?#)"
)
_PAIR_AFTER = re.compile(r" ?/ ?(?P<value>#\d+#)")
_PERCENT_WITH_DIFFERENCE = re.compile(r" ?\((?:tăng |giảm |bằng )?(?P<value>#\d+#)")


def _previous_figure(sentence: Sentence, position: int, current: Figure) -> Figure | None:
    found = _figure_after(sentence, position, _PREVIOUS_FIGURE)
    if found and found[0].value == current.value and (pair := _PAIR_AFTER.match(sentence.skeleton, found[1])):
        # "so với cùng kỳ (1.410,8/1.362,3 tỷ đồng)": this period's, then the one compared with (n648)
        found = (sentence.figure(pair.group("value")), pair.end())
    if found and _alike(found[0], current) and found[0] is not current:
        if _stray(found[0], current):
            return None
        if found[0].noun and current.noun and not _counts_alike(found[0].noun, current.noun):
            return None  # "tiếp 81.700 lượt công dân, tăng 36,8% so với cùng kỳ năm 2016 với 60.413 vụ việc"
        return found[0]
    return None


def _stray(previous: Figure, current: Figure) -> bool:
    """A small bare number where the previous count should be: "2.958 vụ …, tăng 9,2% so cùng kỳ 7 (trong đó
    …)" — a slip of the page, not last year's 7 cases."""
    return (
        not previous.noun
        and bool(current.noun)
        and previous.kind == FigureKind.COUNT
        and previous.value < 100
        and previous.value * 10 < current.value
    )


_CHANGE_OF_WHAT = re.compile(r" (?:về )?số (?P<noun>[^\W\d_]+(?: [^\W\d_]+){0,2})")


_OPENS_WITH_THE_COMPARISON = re.compile(r" ?so với ")


def _rate_compared_with_a_rate(sentence: Sentence, match: re.Match[str], printed: Figure) -> Figure | None:
    """A percentage right before a change whose earlier value, in brackets after it, is a percentage too:
    "vùng Đồng bằng sông Hồng … đạt 88,33%, cao hơn 1,71% so với năm 2022 (86,62%)" (n642) — a rate,
    whether or not the sentence names it one."""
    found = _figure_after(sentence, match.end(), _PREVIOUS_FIGURE)
    if found is None or found[0].kind != FigureKind.PERCENT or found[0] is printed:
        return None
    skeleton = sentence.skeleton
    end = skeleton.find(printed.placeholder)
    before = sentence.figures_in(_phrase_start(skeleton, _phrase_start(skeleton, end) - 1), end)
    rates = [figure for figure in before if figure is not printed and not _is_change(sentence, figure)]
    return rates[-1] if rates and rates[-1].kind == FigureKind.PERCENT else None


def _current_and_previous(
    sentence: Sentence, match: re.Match[str], printed: Figure
) -> tuple[Figure | None, Figure | None, Figure | None]:
    """The current value, the previous one (printed after "cùng kỳ"), and a printed difference."""
    skeleton = sentence.skeleton
    printed_start = skeleton.find(printed.placeholder)
    printed_end = printed_start + len(printed.placeholder)
    # not the difference of a change said before ("239.482 người, tăng 16.696 người (tăng 7,49%) so với
    # cùng kỳ, tăng 3.254 người (tăng 1,38%) so với tháng 12/2020": both changes are of 239.482)
    values = _values_before(sentence, match.start(), exclude=[printed])
    if any(_reference_in_brackets(sentence, f) for f in values):
        # "đạt 25.210 tỷ đồng, bằng 39,62% so với chỉ tiêu … (63.630 tỷ đồng), tăng …": past the plans
        values = [
            f
            for f in _values_before(sentence, match.start(), exclude=[printed], phrases=9)
            if not _reference_in_brackets(sentence, f)
        ]
    current = next((f for f in values if not _is_change(sentence, f)), None)
    of_what = _CHANGE_OF_WHAT.match(skeleton, printed_end)
    if of_what is not None and current is not None and not _counts_alike(current.noun, of_what.group("noun")):
        # "có 17.233 đơn tố cáo, với 7.716 vụ việc tố cáo, …, tăng 31,3% số đơn tố cáo": of the petitions
        current = next(
            (
                f
                for f in _values_before(sentence, match.start(), exclude=[printed], phrases=6)
                if not _is_change(sentence, f) and _counts_alike(f.noun, of_what.group("noun"))
            ),
            current,
        )
    named = match.groupdict().get("difference")
    if (
        current is None and named
    ):  # "xảy ra 3 vụ, làm chết 2 người, …, giảm 2 vụ (40%), giảm 1 người chết (33,33%)"
        counted = _figure(sentence, match, "difference")
        current = next(
            (
                f
                for f in _values_before(sentence, match.start(), exclude=[printed, counted], phrases=6)
                if not _is_change(sentence, f)
                and _same_noun(f, counted)
                and _same_people(f, counted)
                and not _reference_in_brackets(sentence, f)
            ),
            None,
        )
    if current is None or current.kind != FigureKind.PERCENT:
        current = _rate_compared_with_a_rate(sentence, match, printed) or current
    clause = _clause_start(skeleton, match.start())
    if current is None and clause and _OPENS_WITH_THE_COMPARISON.match(skeleton, clause):
        # "giải quyết xong 5.838 việc, đạt tỷ lệ 51,01%; so với năm 2019, tăng 856 việc (chiếm tỷ lệ 17,18%)"
        # (n656): a clause that opens with what it compares with changes the value of the clause before
        named_difference = _figure(sentence, match, "difference") if named else None
        current = next(
            (
                f
                for f in _values_before(sentence, clause - 1, exclude=[printed])
                if not _is_change(sentence, f)
                and (named_difference is None or _of_one_thing(f, named_difference))
            ),
            None,
        )
    previous = None if current is None else _previous_figure(sentence, match.end(), current)
    difference = None
    if printed.kind == FigureKind.PERCENT:
        after = _PERCENT_WITH_DIFFERENCE.match(skeleton, printed_end)
        if after:
            difference = sentence.figure(after.group("value"))
        elif current is not None and match.groupdict().get("difference"):
            # "tăng 13 vụ, 6 bị cáo so với năm 2022, tỷ lệ tăng 19,1%": the one the rule names
            difference = _figure(sentence, match, "difference")
        elif current is not None:
            # "tăng 150 vụ (13,64%)": the difference comes first
            before = sentence.figures_in(match.start(), printed_start)
            difference = before[-1] if before and before[-1].kind != FigureKind.PERCENT else None
    if difference is current:
        difference = None
    if difference is not None and current is not None and not _same_noun(current, difference):
        # "726 vụ, 1.222 đối tượng, tăng 103 vụ (16,5%)": the change is of the vụ
        candidates = _values_before(sentence, match.start(), exclude=[printed, difference], phrases=5)
        current = next(
            (c for c in candidates if _same_noun(c, difference) and not _reference_in_brackets(sentence, c)),
            current,
        )
    if difference is not None and current is not None and not _same_people(current, difference, sentence):
        # "làm 2 người chết, không có người bị thương, … giảm 2 người bị thương (100%)": not of the dead
        candidates = _values_before(sentence, match.start(), exclude=[printed, difference], phrases=6)
        current = next(
            (
                c
                for c in candidates
                if _same_noun(c, difference)
                and _same_people(c, difference, sentence)
                and not _reference_in_brackets(sentence, c)
            ),
            None,
        )
    if (
        difference is not None
        and current is not None
        and current.kind == FigureKind.PERCENT
        and difference.kind != FigureKind.PERCENT
    ):
        # "13.799 việc … (chiếm tỷ lệ 83,80%) giảm 345 việc (2,44%)": a count's change is of a count
        candidates = _values_before(sentence, match.start(), exclude=[printed, difference], phrases=5)
        current = next(
            (
                c
                for c in candidates
                if c.kind != FigureKind.PERCENT
                and _same_noun(c, difference)
                and not _is_change(sentence, c)
                and not _reference_in_brackets(sentence, c)
            ),
            None,
        )
        previous = None if current is None else _previous_figure(sentence, match.end(), current)
    if (
        current is not None
        and previous is None
        and _COMPARED_WITH_BEFORE.search(_phrase_before(sentence, current))
    ):
        # "… là 5.480 việc, so với số việc có điều kiện 09 tháng năm 2019 là 5.547 việc giảm 67 việc (1,21%)":
        # the figure said after "so với … là" is the one compared with; this period's is said before it
        at = sentence.at(current)
        earlier = next(
            (
                c
                for c in _values_before(sentence, at, exclude=[printed, current], phrases=2)
                if _alike(c, current) and _same_noun(c, current) and not _is_change(sentence, c)
            ),
            None,
        )
        if earlier is not None:
            current, previous = earlier, current
    return current, previous, difference


_COMPARED_WITH_BEFORE = re.compile(r"so với(?: [^\W\d_]+| \d{2,4}| #\d+#){1,12}? (?:là|:) ?$")
# "bằng 39,62% so với chỉ tiêu Bộ Tài chính giao (63.630 tỷ đồng)": the plan, given in brackets; "tăng 8,3%
# so với cùng kỳ (30.010 lao động)", "12.450 tỷ đồng (năm 2022: 11.200 tỷ đồng)": the period compared with
_REFERENCE_OPENS_BRACKET = pattern(
    r"(?:{PLAN}|{PREVIOUS})[^#();,]{0,60}\( ?$|\((?:{PLAN}|{PREVIOUS})(?: là)?:? ?$"
)


def _reference_in_brackets(sentence: Sentence, figure: Figure) -> bool:
    """Whether ``figure`` is a plan or an earlier period's value given in brackets after the words that
    name it: never the value a change or a rate is of, nor the whole a breakdown after it is of."""
    at = sentence.skeleton.find(figure.placeholder)
    if "(" not in sentence.skeleton[max(0, at - 80) : at]:
        return False
    return bool(_REFERENCE_OPENS_BRACKET.search(sentence.skeleton, max(0, at - 80), at))


def _same_noun(first: Figure, second: Figure) -> bool:
    """Whether two figures count the same thing (the first word of their nouns), when both say."""
    if not (first.noun and second.noun):
        return True
    # "205 số vụ tai nạn, giảm 11 vụ" (n556): the number of cases, as typed
    return first.noun.removeprefix("số ").split(" ", 1)[0] == second.noun.removeprefix("số ").split(" ", 1)[0]


def _same_people(first: Figure, second: Figure, sentence: Sentence | None = None) -> bool:
    """Whether two counts of people count the same people, when both say which: "người chết" and
    "người bị thương" do not — nor "bị thương 7.777 người", said by the verb before it."""
    a = _people_said(first, sentence)
    b = _people_said(second, sentence)
    if len(a) < 2 or len(b) < 2 or a[0] != "người" or b[0] != "người":
        return True
    return a[1] == b[1]


def _of_one_thing(current: Figure, difference: Figure) -> bool:
    """Whether a difference can be of a value: comparable, and counting the same thing when both say what
    ("81.700 lượt công dân, tăng 36,8% … với 60.413 vụ việc": visits, then cases)."""
    if not _alike(current, difference):
        return False
    if _first_word(current.noun) == "trường" or _first_word(difference.noun) == "trường":
        return True  # "119 doanh nghiệp …, tăng 37 trường hợp": a case is whatever is counted
    return not (current.noun and difference.noun and not _counts_alike(current.noun, difference.noun))


_HURT_BEFORE = re.compile(r"(?:(?P<dead>chết|tử vong)|(?P<hurt>bị thương(?: nhẹ)?)) $")


def _people_said(figure: Figure, sentence: Sentence | None) -> list[str]:
    """The words of a count of people ("người bị ngộ độc" as "người ngộ độc"), or, for a bare "người", who
    the verb before it says they are: "làm chết 6.265 người", "bị thương 7.777 người"."""
    words = [word for word in figure.noun.split() if word != "bị"]
    if words == ["người"] and sentence is not None and _of_sentence(sentence, figure):
        said = _dead_or_hurt(figure, sentence, None)
        if said is not None:
            return ["người", said]
    return words


# the changes of a trade's volume, its value and its average price, each said in the clause: "giảm 1,6% về
# lượng, giảm 6% kim ngạch và giảm 4,4% về trị giá bình quân", "tăng 17,7% về lượng, tăng 7,9% về kim ngạch …
# nhưng trị giá bình quân chỉ đạt 484,9 USD/tấn, giảm 8,4%" (n1396)
_WAY = r"(?P<{0}_way>tăng|giảm)(?: mạnh| nhẹ| thêm)?"
_VOLUME_CHANGE = re.compile(_WAY.format("v") + r" (?P<v>#\d+%#) (?:về )?(?:lượng|khối lượng|sản lượng)(?!\w)")
_VALUE_CHANGE = re.compile(
    _WAY.format("k") + r" (?P<k>#\d+%#) (?:về )?(?:kim ngạch|trị giá|giá trị)(?! bình quân)(?!\w)"
)
_AVERAGE_PRICE = r"(?:giá|trị giá|giá trị|đơn giá)(?: xuất khẩu| nhập khẩu)? (?:bình quân|trung bình)"
_NOT_ANOTHER_MEASURE = r"(?! (?:về )?(?:lượng|khối lượng|sản lượng|kim ngạch|trị giá|giá trị)(?!\w))"
_PRICE_CHANGE = re.compile(
    _WAY.format("p")
    + rf" (?P<p>#\d+%#) (?:về )?{_AVERAGE_PRICE}"
    + rf"|{_AVERAGE_PRICE}(?: [^\W\d_]+){{0,3}}(?: #\d+# [^#;,]{{1,12}})?,? "
    + _WAY.format("q")
    + rf" (?P<q>#\d+%#){_NOT_ANOTHER_MEASURE}"
    # once the average price is named: "giảm 9,9% về giá", "giá giảm nhẹ 1,6%" (n1397)
    + "|"
    + _WAY.format("r")
    + r" (?P<r>#\d+%#) về giá(?!\w)(?! trị| bình quân| trung bình)"
    + r"|(?<!\w)(?<!trị )giá "
    + _WAY.format("s")
    + rf" (?P<s>#\d+%#){_NOT_ANOTHER_MEASURE}"
)


def _price_change(signs: Sequence[int], value: Decimal, volume: Decimal) -> Decimal:
    """The change of the average price, in percent, of a value's and a volume's (``signs``: their ways)."""
    return ((HUNDRED + signs[1] * value) / (HUNDRED + signs[0] * volume) - 1) * HUNDRED


# A trade's volume and its value, then its price: "đạt 51.287 tấn, tương đương 341,11 triệu USD, giá 6.651
# USD/tấn"
_PRICE_OF_A_TRADE = pattern(
    r"{volume:N} (?P<unit>tấn|kg|m3|lít)(?: [^\W\d_]+){0,3},?"
    r" (?:tương đương|với trị giá|trị giá|kim ngạch|đạt)(?: đạt)? {value:N} (?P<money>usd|đồng)"
    r"(?: [^\W\d_]+){0,3},? (?:với )?(?:giá|đơn giá)(?: xuất khẩu)?(?: bình quân| trung bình)?"
    r"(?: đạt| là| ở mức)? {price:N} ?(?P=money) ?/ ?(?P=unit)(?!\w)"
)


def price_of_a_trade(sentence: Sentence) -> Iterator[Claim]:
    """A trade's price, said right after its volume and its value: the value over the volume, each input
    within its rounding.

    Examples:
        "Xuất khẩu hạt điều đạt 51.287 tấn, tương đương 341,11 triệu USD, giá 6.651 USD/tấn."
    """
    if "/" not in sentence.skeleton or "giá" not in sentence.skeleton:
        return
    for match in _PRICE_OF_A_TRADE.finditer(sentence.skeleton):
        volume, value, price = (_figure(sentence, match, name) for name in ("volume", "value", "price"))
        if any(figure.qualifier is not None for figure in (volume, value, price)) or volume.value <= 0:
            continue
        v, k = triple(value), triple(volume)
        if k[1] <= 0:
            continue
        formula = message("{} / {} = {}", "{} / {} = {}", v[0], k[0], v[0] / k[0])
        label = Bilingual("price: the value over the volume", "giá: trị giá chia khối lượng")
        reading = Recomputation(v[0] / k[0], v[1] / k[2], v[2] / k[1], formula, label)
        numbers = [(Role.TOTAL, value), (Role.TOTAL, volume), (Role.ACTUAL, price)]
        yield judged_claim(sentence, match.span(), "price_of_a_trade", numbers, [reading])


def price_of_volume_and_value(sentence: Sentence) -> Iterator[Claim]:
    """A trade's volume and its value changed by so much: its average price changed by the one over the
    other, (1 + value's change) / (1 + volume's change) − 1, each rate with the interval its rounding allows.
    Read in a clause that says the three once each.

    Examples:
        "so với cùng kỳ 2021 cũng giảm 1,6% về lượng, giảm 6% kim ngạch và giảm 4,4% về trị giá bình quân"
    """
    skeleton = sentence.skeleton
    if ("bình quân" not in skeleton and "trung bình" not in skeleton) or "lượng" not in skeleton:
        return
    start = 0
    # each clause, then the sentence ("giảm 26% về lượng và giảm 24,7% kim ngạch; trị giá bình quân tăng nhẹ
    # 1,8%")
    for clause_end in [*(m.start() for m in re.finditer(";", skeleton)), len(skeleton), -1]:
        if clause_end < 0:
            start, clause_end = 0, len(skeleton)
        found = [
            list(pattern.finditer(skeleton, start, clause_end))
            for pattern in (_VOLUME_CHANGE, _VALUE_CHANGE, _PRICE_CHANGE)
        ]
        start = clause_end + 1
        if any(len(matches) != 1 for matches in found):
            continue
        volume_match, value_match, price_match = (matches[0] for matches in found)
        volume, value = _figure(sentence, volume_match, "v"), _figure(sentence, value_match, "k")
        name = next(key for key in "pqrs" if price_match.group(key))
        price = _figure(sentence, price_match, name)
        if any(figure.qualifier is not None for figure in (volume, value, price)):
            continue
        signs = [
            -1 if match.group(f"{key}_way") == "giảm" else 1
            for match, key in ((volume_match, "v"), (value_match, "k"), (price_match, name))
        ]
        (v, v_low, v_high), (k, k_low, k_high) = triple(volume), triple(value)
        if HUNDRED + signs[0] * v_high <= 0:
            continue
        corners = [_price_change(signs, a, b) for a in (k_low, k_high) for b in (v_low, v_high)]
        said = signs[2]
        exact = said * _price_change(signs, k, v)
        low, high = sorted((said * min(corners), said * max(corners)))
        plus = ["+" if sign > 0 else "−" for sign in signs]
        pattern = f"(100 {plus[1]} {{}}) / (100 {plus[0]} {{}}) × 100 − 100 = {{}}"
        formula = message(pattern, pattern, k, v, _price_change(signs, k, v))
        reading = Recomputation(
            exact, low, high, formula, Bilingual("value over volume", "kim ngạch chia lượng")
        )
        numbers = [(Role.CHANGE, volume), (Role.CHANGE, value), (Role.CHANGE, price)]
        span = (
            min(volume_match.start(), value_match.start(), price_match.start()),
            max(volume_match.end(), value_match.end(), price_match.end()),
        )
        yield judged_claim(sentence, span, "price_of_volume_and_value", numbers, [reading])


def change_vs_previous(sentence: Sentence) -> Iterator[Claim]:
    """An increase or decrease against the same period last year: (A − B) / B × 100.

    The previous value B is read after "so với cùng kỳ …", or derived from a printed
    difference ("tăng 150 vụ (13,64%)"). For a rate compared with a rate, percentage points are
    tried as well as the relative change. "tăng" for a fall is a wording contradiction.

    Examples:
        "thụ lý 1.250 vụ, tăng 13,64% so với cùng kỳ (1.100 vụ)"
        "tỷ lệ thất nghiệp 2,5%, giảm 0,3 điểm % so với năm 2021 (2,8%)"
        "Thu ngân sách 15.230 tỷ đồng, tăng 12,3% so với cùng kỳ"  (not checkable)

    Several wordings may read the same change, not all of them fully: each change's claim is one
    recomputed rather than one saying it cannot be.
    """
    best: dict[int, Claim] = {}
    for claim in _changes_vs_previous(sentence):
        kept = best.get(claim.printed.start)
        if kept is None or (claim.verdict.checked and not kept.verdict.checked):
            best[claim.printed.start] = claim
    yield from best.values()


def _changes_vs_previous(sentence: Sentence) -> Iterator[Claim]:
    """The claims of :func:`change_vs_previous`, each wording's own."""
    for regex in (_CHANGE, _CHANGE_AFTER, *_CHANGE_WITH_DIFFERENCE):
        for match in regex.finditer(sentence.skeleton):
            printed = _figure(sentence, match, "change")
            if printed.kind not in (FigureKind.PERCENT, FigureKind.POINTS):
                continue
            if regex is _CHANGE_IN_A_COMPARED_SENTENCE and not _COMPARED.search(
                sentence.skeleton, 0, match.start()
            ):
                continue
            rising = match.group("direction") in _RISING
            current, previous, difference = _current_and_previous(sentence, match, printed)
            if current is None and regex in (_COMPARED_BEFORE_DIFFERENCE, _CHANGE_IN_A_COMPARED_SENTENCE):
                continue  # "So với tháng 4/2023, giảm 146 vụ (-3,56%)": see changes_after_a_comparison
            if regex is _CHANGE_IN_BRACKETS_AFTER_ITS_VALUE and not (
                current is not None
                and difference is not None
                and _same_noun(current, difference)
                # a rate said by its sign alone: the value before it says what it counts (not "bị thương
                # 162.058, giảm 34.835 số vụ (-18,06%)", raw q09)
                and (match.group("signed") is None or bool(current.noun and difference.noun))
            ):
                continue  # what the bracket changes is the value before it, of the same noun
            if difference is not None and current is not None and not _of_one_thing(current, difference):
                difference = None  # "799 tỷ đồng, tăng 12,2%, với hơn 15.500 khách hàng": not what changed
            if difference is not None and _first_word(difference.noun) == "lần":
                # "tăng gần 5 lần so với cùng kỳ 2022, bằng 73,5% so cùng kỳ 2019": a multiple, no difference
                difference = None
            if current is not None and previous is None and difference is not None:
                as_difference = list(
                    _change_from_difference(sentence, match, current, difference, printed, rising)
                )
                as_previous = _the_periods_own_value(sentence, match, current, difference, printed, rising)
                if as_previous is not None and all(claim.verdict.alarm for claim in as_difference):
                    yield as_previous
                    continue
                yield from as_difference
                continue
            if current is None or previous is None:
                numbers = ([(Role.CURRENT, current)] if current else []) + [(Role.CHANGE, printed)]
                note = Bilingual(
                    f"{printed.text} against the previous period: the previous value is not printed.",
                    f"{printed.text} so với cùng kỳ: văn bản không ghi số liệu kỳ trước"
                    " nên không tính lại được.",
                )
                yield _unchecked(
                    sentence, match.span(), "change_vs_previous", numbers, Verdict.NOT_CHECKABLE, note
                )
                continue
            numbers = [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.CHANGE, printed)]
            readings = _change_readings(current, previous, printed)
            went_up = current.value > previous.value
            contradiction = None
            if current.value != previous.value and went_up != rising:
                contradiction = Bilingual(
                    f"The sentence says “{'tăng' if rising else 'giảm'}” but the value went "
                    f"{'down' if rising else 'up'} ({current.text} against {previous.text}).",
                    f"Câu văn nói “{'tăng' if rising else 'giảm'}” nhưng số liệu "
                    f"{'giảm' if rising else 'tăng'} ({current.text} so với {previous.text}).",
                )
            alternatives = [
                Alternative(Slip.RATIO_FOR_EXCESS, current.value / previous.value * HUNDRED)
            ] if previous.value else []  # fmt: skip
            claim = judged_claim(
                sentence, match.span(), "change_vs_previous", numbers, readings, alternatives, contradiction
            )
            if (
                claim.verdict.alarm
                and (whole := _whole_of_the_last_part(sentence, current, printed)) is not None
            ):
                # "Tổng thu … đạt 900 tỷ đồng, trong đó: … quốc tế đạt khoảng 53 tỷ đồng, … nội địa đạt khoảng
                # 848 tỷ đồng, tăng 1% so với cùng kỳ năm 2023 (892 tỷ đồng)" (n1526): the change of the whole
                # the list broke down, said after its last part, when that fits
                numbers = [(Role.CURRENT, whole), (Role.PREVIOUS, previous), (Role.CHANGE, printed)]
                of_the_whole = judged_claim(
                    sentence,
                    match.span(),
                    "change_vs_previous",
                    numbers,
                    _change_readings(whole, previous, printed),
                )
                if not of_the_whole.verdict.alarm and (whole.value > previous.value) == rising:
                    yield of_the_whole
                    continue
            if claim.verdict.alarm and _PERIODS_OWN_VALUE.match(sentence.skeleton, sentence.at(printed)):
                # "tăng 23% so với năm 2022 (3.265 vụ việc)": a bare bracket may hold the difference too
                as_difference = list(
                    _change_from_difference(sentence, match, current, previous, printed, rising)
                )
                if as_difference and not any(found.verdict.alarm for found in as_difference):
                    yield from as_difference
                    continue
            yield claim


def _whole_of_the_last_part(sentence: Sentence, part: Figure, change: Figure) -> Figure | None:
    """The whole a "trong đó" of this sentence broke down, ``part`` the last figure of the list after it."""
    at = sentence.at(part)
    whole = _opened_by_breakdown(sentence, at, part)
    if whole is None or _COUNT_PLACEHOLDER.search(
        sentence.skeleton, at + len(part.placeholder), sentence.at(change)
    ):
        return None  # (the list goes on: the change is of the part said right before it)
    return whole


# the bracket after the period compared, bare: "(17.421 vụ việc) nhiều hơn 23% so với năm 2022 (14.156 vụ
# việc)"
_PERIODS_OWN_VALUE = re.compile(r"#\d+%# so(?: với)? [^#()]{2,40}\( ?#\d+#[^#()]*\)")
# … or said before the change, its value in brackets after the rate: "so với năm 2020, doanh thu giảm 36%
# (31.696 tỉ đồng)" (n1447)
_PERIOD_SAID_THEN_ITS_VALUE = re.compile(
    r"so(?: với)? [^#()]{2,30}?, (?:[^\W\d_]+ ){0,3}(?:tăng|giảm) (?P<rate>#\d+%#) \( ?#\d+#[^#()]*\)"
)


def _the_periods_own_value(
    sentence: Sentence, match: re.Match[str], current: Figure, said: Figure, printed: Figure, rising: bool
) -> Claim | None:
    """The claim of a change whose bracket, right after the period compared and with no word of a change
    in it, is read as that period's own value, when that reading fits and the difference's does not."""
    at = sentence.at(printed)
    bracket = _PERIODS_OWN_VALUE.match(sentence.skeleton, at) or next(
        (
            found
            for found in _PERIOD_SAID_THEN_ITS_VALUE.finditer(sentence.skeleton, max(0, at - 80), at + 60)
            if found.group("rate") == printed.placeholder
        ),
        None,
    )
    if bracket is None or not _same_noun(current, said) or said.value == current.value:
        return None
    numbers = [(Role.CURRENT, current), (Role.PREVIOUS, said), (Role.CHANGE, printed)]
    claim = judged_claim(
        sentence, match.span(), "change_vs_previous", numbers, _change_readings(current, said, printed)
    )
    went_up = current.value > said.value
    return None if claim.verdict.alarm or went_up != rising else claim


_RELATIVE_CHANGE = Bilingual("relative change", "thay đổi tương đối")


def _relative_change(
    current: Figure, previous: Figure, label: Bilingual = _RELATIVE_CHANGE
) -> Recomputation | None:
    """|A − B| / B × 100, with the interval its rounded inputs allow; None without a positive B."""
    a, b = triple(current), triple(previous)
    if b[0] <= 0:
        return None
    value = abs(a[0] - b[0]) / b[0] * HUNDRED
    candidates = [abs(x - y) / y * HUNDRED for x in (a[1], a[2]) for y in (b[1], b[2]) if y > 0]
    scale = current.scale if current.scale == previous.scale else Decimal(1)
    formula = scaled_message(
        "({} − {}) / {} × 100 = {}", "({} − {}) / {} × 100 = {}", scale, (a[0], b[0], b[0]), value
    )
    return Recomputation(
        value, min([*candidates, value]), max([*candidates, value]), _percent_sign(formula), label
    )


def _difference(current: Figure, previous: Figure, larger_first: bool = False) -> Recomputation:
    """|A − B|, with the interval its rounded inputs allow; ``larger_first``: shown as larger − smaller."""
    a, b = triple(current), triple(previous)
    value = abs(a[0] - b[0])
    low, high = sorted((abs(a[1] - b[2]), abs(a[2] - b[1])))
    shown = (max(a[0], b[0]), min(a[0], b[0]), value) if larger_first else (a[0], b[0], a[0] - b[0])
    scale = current.scale if current.scale == previous.scale else Decimal(1)
    formula = scaled_message("{} − {} = {}", "{} − {} = {}", scale, shown)
    return Recomputation(
        value, min(low, value), max(high, value), formula, Bilingual("difference", "chênh lệch")
    )


def _change_readings(current: Figure, previous: Figure, printed: Figure) -> list[Recomputation]:
    """|A − B| / B × 100, and |A − B| in points for rates."""
    a, b = triple(current), triple(previous)
    readings = []
    relative = _relative_change(current, previous) if printed.kind == FigureKind.PERCENT else None
    if relative is not None:
        readings.append(relative)
    if printed.kind == FigureKind.POINTS or current.kind == FigureKind.PERCENT:
        value = abs(a[0] - b[0])
        candidates = [abs(x - y) for x in (a[1], a[2]) for y in (b[1], b[2])]
        formula = message("{} − {} = {}", "{} − {} = {}", a[0], b[0], a[0] - b[0])
        readings.append(
            Recomputation(value, min([*candidates, value]), max([*candidates, value]), formula,
                          Bilingual("percentage points", "điểm phần trăm"))
        )  # fmt: skip
    if printed.kind == FigureKind.POINTS:
        readings.reverse()
    return readings


_SAID_AS_EQUIVALENT = re.compile(r"\(?(?:tương đương|tương ứng)(?: với)?(?: (?:tăng|giảm))?(?: thêm)? $")


def differences_of_their_rates(
    sentence: Sentence, found: Sequence[Claim], judged: set[int]
) -> Iterator[Claim]:
    """A change said both ways, as a rate and as a difference ("giảm 1,94% (tương ứng giảm 631 tấn)", "giảm
    244 người (giảm 11,35%)"), found right at the rate (``found``: the sentence's claims): the difference
    is the value's change at that rate, current × g / (100 + g) for a rise (100 − g for a fall), and is
    said to fit too, within the rounding of both. Not judged when the rate is found wrong: the slip is told
    once, at the rate. ``judged``: the figures judged already, by their start.

    Examples:
        "Sản lượng thu hoạch ước đạt 31.844,75 tấn, giảm 1,94% (tương ứng giảm 631 tấn) so với cùng kỳ."
    """
    for claim in found:
        current, difference, change = (
            claim.number(role) for role in (Role.CURRENT, Role.DIFFERENCE, Role.CHANGE)
        )
        if current is None or difference is None or change is None or change is not claim.printed:
            continue
        if not claim.verdict.fits or change.kind != FigureKind.PERCENT or difference.start in judged:
            continue
        figures = [sentence.figure_starting_at(number.start) for number in (current, difference, change)]
        if any(figure is None for figure in figures):
            continue
        now, said, rate = (figure for figure in figures if figure is not None)
        # a rise if the difference taken from the value gives the rate, a fall if added to it
        rising = now.value > said.value and abs(
            said.value / (now.value - said.value) * HUNDRED - rate.value
        ) <= abs(said.value / (now.value + said.value) * HUNDRED - rate.value)
        (c_low, c_high), (g_low, g_high) = now.bounds(now.readings[0]), rate.bounds(rate.readings[0])
        if not rising and g_high >= HUNDRED:
            continue
        low, high = (
            _difference_at(value, growth, rising) for value, growth in ((c_low, g_low), (c_high, g_high))
        )
        at = sentence.at(said)
        if _SAID_AS_EQUIVALENT.search(sentence.skeleton, 0, at) and not said.countable:
            # "tương đương 12.600 tấn" (n1097): worked out from the rate, rounded to its last digit not a zero
            step = next_round_step(said, said.readings[0])
            low, high = low - step / 2, high + step / 2
        value = _difference_at(now.value, rate.value, rising)
        written = "{} × {} / (100 + {}) = {}" if rising else "{} × {} / (100 − {}) = {}"
        formula = message(written, written, now.value, rate.value, rate.value, value)
        label = Bilingual("the difference the rate gives", "mức chênh lệch tính từ tỷ lệ")
        numbers = [(Role.CURRENT, now), (Role.CHANGE, rate), (Role.DIFFERENCE, said)]
        made = judged_claim(
            sentence, (at, at + len(said.placeholder)), "difference_of_its_rate", numbers,
            [Recomputation(value, low, high, formula, label)],
        )  # fmt: skip
        if made.verdict.fits:
            judged.add(said.start)
            yield made


def _difference_at(value: Decimal, growth: Decimal, rising: bool) -> Decimal:
    """The change of a value that rose (or fell) by ``growth`` percent to ``value``."""
    return value * growth / (HUNDRED + growth if rising else HUNDRED - growth)


def _change_from_difference(
    sentence: Sentence,
    match: re.Match[str],
    current: Figure,
    difference: Figure,
    printed: Figure,
    rising: bool,
    template: str = "change_vs_previous",
) -> Iterator[Claim]:
    """A change with its difference printed: in "thụ lý 1.250 vụ, tăng 150 vụ (13,64%) so với cùng
    kỳ" the previous value is 1.250 − 150."""
    previous_value = current.value - difference.value if rising else current.value + difference.value
    if previous_value <= 0:
        return
    value = difference.value / previous_value * HUNDRED
    formula = message(
        "{} / ({} − {}) × 100 = {}" if rising else "{} / ({} + {}) × 100 = {}",
        "{} / ({} − {}) × 100 = {}" if rising else "{} / ({} + {}) × 100 = {}",
        difference.value, current.value, difference.value, value,
    )  # fmt: skip
    d, c = triple(difference), triple(current)
    if _SAID_AS_EQUIVALENT.search(sentence.skeleton, 0, sentence.at(difference)) and not difference.countable:
        # "tăng 9,03% (tương đương 12.600 tấn)" (n1097): the measure worked out from the rate, rounded to its
        # last digit that is not a zero
        step = next_round_step(difference, difference.readings[0])
        if step * HUNDRED <= d[0]:  # (not "tương đương tăng 60 tỉ đồng": ten of sixty is no rounding)
            d = (d[0], d[0] - step / 2, d[0] + step / 2)
    candidates = [
        dd / (cc - dd if rising else cc + dd) * HUNDRED
        for dd in (d[1], d[2])
        for cc in (c[1], c[2])
        if (cc - dd if rising else cc + dd) > 0
    ]
    recomputation = Recomputation(
        value, min([*candidates, value]), max([*candidates, value]), _percent_sign(formula),
        Bilingual("relative change from the printed difference", "thay đổi tương đối tính từ chênh lệch"),
    )  # fmt: skip
    numbers = [(Role.CURRENT, current), (Role.DIFFERENCE, difference), (Role.CHANGE, printed)]
    wrong_total = f"({difference.text}/{current.text})"
    alternatives = [
        Alternative(
            Slip.WRONG_TOTAL, difference.value / current.value * HUNDRED, Bilingual(wrong_total, wrong_total)
        )
    ]
    claim = judged_claim(sentence, match.span(), template, numbers, [recomputation], alternatives)
    if claim.verdict.alarm and difference.scale != current.scale:
        unit_slip = _difference_in_the_wrong_unit(
            sentence, match, current, difference, printed, rising, template
        )
        if unit_slip is not None:
            yield from unit_slip
            return
    yield claim


def _difference_in_the_wrong_unit(
    sentence: Sentence,
    match: re.Match[str],
    current: Figure,
    difference: Figure,
    printed: Figure,
    rising: bool,
    template: str,
) -> list[Claim] | None:
    """ "lũy kế 1.330,461 tỷ đồng …, tăng 181,361 triệu đồng (15,78%)": the rate fits the difference in the
    current's unit (181,361 tỷ), not as printed — the unit of the difference is the slip, not the rate.
    None when the difference in that unit does not give the rate either."""
    rescaled = dataclasses.replace(
        difference,
        readings=tuple(
            dataclasses.replace(reading, value=reading.value / difference.scale * current.scale)
            for reading in difference.readings
        ),
        scale=current.scale,
    )
    as_rescaled = next(
        iter(_change_from_difference(sentence, match, current, rescaled, printed, rising, template)), None
    )
    if as_rescaled is None or as_rescaled.verdict.alarm:
        return None  # no reading in that unit either
    rate = triple(printed)[0]
    expected = current.value * rate / (HUNDRED + rate if rising else HUNDRED - rate)
    sign = "+" if rising else "−"
    written = {
        lang: f"{show_scaled(current.value, current.scale, lang)} × {show(rate, lang)}% / (100% {sign} "
        f"{show(rate, lang)}%) = {show_scaled(expected, current.scale, lang)}"
        for lang in ("en", "vi")
    }
    formula = Bilingual(written["en"], written["vi"])
    label = Bilingual(
        "the difference the rate gives, in the value's unit", "chênh lệch theo tỷ lệ, cùng đơn vị"
    )
    numbers = [(Role.CURRENT, current), (Role.CHANGE, printed), (Role.DIFFERENCE, difference)]
    reading = Recomputation(expected, expected, expected, formula, label)
    unit = judged_claim(sentence, match.span(), template, numbers, [reading], default_slip=Slip.DECIMAL_SHIFT)
    said = {lang: show_scaled(expected, current.scale, lang) for lang in ("en", "vi")}
    note = Bilingual(
        f"{formula.en}. The text prints {difference.text} {difference.noun}; {printed.text} of {current.text}"
        f" gives about {said['en']}: the unit of the difference looks wrong.",
        f"{formula.vi}. Văn bản ghi {difference.text} {difference.noun}; {printed.text} của {current.text}"
        f" cho khoảng {said['vi']}: đơn vị của mức chênh lệch có lẽ bị ghi nhầm.",
    )
    unit = dataclasses.replace(unit, message=note)
    read_as = Bilingual(
        f"({difference.text} read in the unit of {current.text}.)",
        f"(Đọc {difference.text} theo đơn vị của {current.text}.)",
    )
    as_rescaled = dataclasses.replace(as_rescaled, message=read_as + as_rescaled.message)
    return [as_rescaled, dataclasses.replace(unit, start=as_rescaled.start, end=as_rescaled.end)]


# ---------------------------------------------------------------------------------------------
# 9. A difference stated in the text.

_DIFFERENCE = pattern(
    r"(?P<direction>tăng|giảm)(?: thêm)? {difference:N}(?: [^\W\d_]+){0,3}?,?"
    # (past its rate in brackets: "tăng 11.694 tỷ đồng (tương ứng 21,4%) so với năm 2020 (54.669 tỷ
    # đồng)", n333)
    r"(?: \((?:(?:tương ứng|tương đương|bằng|tăng|giảm)(?: với)? )?#\d+%#\),?)? so với {PREVIOUS}"
)


# the value compared with said after "so với … là", then the difference: "chưa thi hành xong là 5.480 việc,
# so với số việc có điều kiện 09 tháng năm 2019 là 5.547 việc giảm 67 việc"
_COMPARED_WITH_THEN_DIFFERENCE = pattern(
    rf"{{current:N}}{_UNIT_WORDS},? so với (?:[^#;()]|#\d+# (?=tháng|quý|năm)){{0,70}}? (?:là|có)"
    rf" {{previous:N}}{_UNIT_WORDS},?"
    r" (?P<direction>tăng|giảm)(?: thêm)? {difference:N}"
)


def difference_vs_previous(sentence: Sentence) -> Iterator[Claim]:
    """An increase stated as an amount, with both values printed: A − B.

    Examples:
        "thu được 1.250 tỷ đồng, tăng 150 tỷ đồng so với năm 2021 (1.100 tỷ đồng)"
        "còn 5.480 việc, so với năm 2019 là 5.547 việc giảm 67 việc"
    """
    for match in _COMPARED_WITH_THEN_DIFFERENCE.finditer(sentence.skeleton):
        this, that, printed = (_figure(sentence, match, g) for g in ("current", "previous", "difference"))
        if not (_alike(this, that) and _alike(printed, this)) or printed.qualifier is not None:
            continue
        rising = match.group("direction") == "tăng"
        if this.value != that.value and (this.value > that.value) != rising:
            continue  # the words and the figures disagree on the way: which is meant is not clear
        yield judged_claim(
            sentence,
            match.span(),
            "difference_vs_previous",
            [(Role.CURRENT, this), (Role.PREVIOUS, that), (Role.DIFFERENCE, printed)],
            [_difference(this, that, larger_first=True)],
            default_slip=Slip.SUM_MISMATCH,
        )
    for match in _DIFFERENCE.finditer(sentence.skeleton):
        printed = _figure(sentence, match, "difference")
        current = next(
            (  # (not a plan or a year's value said in brackets: "bằng 37,6% so với chỉ tiêu … (67.050 tỷ
                # đồng), tăng 4.437,85 tỷ đồng (tương ứng 21,36%) so với cùng kỳ năm 2021 (20.772,14 tỷ
                # đồng)", n69)
                figure
                for figure in _values_before(
                    sentence,
                    match.start(),
                    exclude=[printed],
                    rates=False,
                    periods=_is_a_period(printed),
                    phrases=4,  # (past two plans' rates: "đạt 66.362 tỷ đồng, bằng 118,5% …, bằng 109,7% …")
                )
                if not _reference_in_brackets(sentence, figure)
            ),
            None,
        )
        if current is None or not _alike(printed, current):
            continue
        previous = _previous_figure(sentence, match.end(), current)
        if previous is None:
            continue
        if not printed.noun and printed.scale != current.scale:
            # "đạt 1.410,8 tỷ đồng tăng 3,56 so với cùng kỳ (1.410,8/1.362,3 tỷ đồng)" (n648): a figure
            # without the unit or scale of the values — a rate without its "%" sign, perhaps, not 3,56 đồng
            yield _without_its_unit(sentence, match.span(), current, previous, printed)
            continue
        rising = match.group("direction") == "tăng"
        contradiction = None
        if current.value != previous.value and (current.value > previous.value) != rising:
            contradiction = Bilingual(
                f"The sentence says “{'tăng' if rising else 'giảm'}”"
                f" but the value went {'down' if rising else 'up'}.",
                f"Câu văn nói “{'tăng' if rising else 'giảm'}” nhưng số liệu {'giảm' if rising else 'tăng'}.",
            )
        yield judged_claim(
            sentence,
            match.span(),
            "difference_vs_previous",
            [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.DIFFERENCE, printed)],
            [_difference(current, previous)],
            contradiction=contradiction,
            default_slip=Slip.SUM_MISMATCH,
        )


def _without_its_unit(
    sentence: Sentence, span: tuple[int, int], current: Figure, previous: Figure, printed: Figure
) -> Claim:
    """A change printed without the unit of the values it is between: ambiguous, the rate of change named when
    the figure is that rate without its "%" sign."""
    numbers = [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.DIFFERENCE, printed)]
    rate = (current.value - previous.value) / previous.value * HUNDRED if previous.value else None
    if rate is not None and abs(abs(rate) - printed.value) <= printed.unit(printed.readings[0]) / 2:
        note = message(
            "Printed without a unit; as a rate of change it is {}%, which it gives: a “%” left out?",
            "Số ghi không có đơn vị; tính theo tỷ lệ thay đổi là {}%, khớp với số này: có thể thiếu dấu “%”?",
            rate.quantize(Decimal("0.01")),
        )
    else:
        note = Bilingual(
            "Printed without the unit of the values it is between: it cannot be recomputed.",
            "Số ghi không có đơn vị của các số liệu được so sánh: không tính lại được.",
        )
    return _unchecked(sentence, span, "difference_vs_previous", numbers, Verdict.AMBIGUOUS, note)


# "tăng 93 vụ (206/113 vụ)", "ít hơn 6 vụ (12/6 vụ)": the two counts compared, in brackets after the
# difference
_DIFFERENCE_OF_A_PAIR = pattern(
    # … or after what it is compared with: "giảm 10 vụ so cùng kỳ năm trước (2.545/2.555)"
    rf"{_DIRECTION}(?: thêm)? {{difference:N}}{_UNIT_WORDS}(?: so(?: với)? [^#()/;]{{2,40}}?)?"
    # … with its rate first: "tăng 361 vụ (+19,4%; 2.222/1.861 vụ)", the bracket left open at times
    rf" ?\( ?(?:[-−+]?(?P<inside>#\d+%#) ?; ?)?{{first:N}} ?/ ?{{second:N}}{_UNIT_WORDS} ?(?:\)|(?=[.;]))"
    # … and the relative change after it: "tăng 13 vụ (51/38), tức tăng 34,21%"
    r"(?:,? (?:tức |tương ứng |bằng )?(?P<again>tăng|giảm) {change:P})?"
)


def difference_of_a_pair(sentence: Sentence) -> Iterator[Claim]:
    """A difference followed by the two counts it is between: "tăng 93 vụ (206/113 vụ)" is 206 − 113.

    Which of the two is this period's is not said the same way everywhere ("(206/113)" now before
    then, or then before now), so the difference is judged as it stands, |A − B|, and its direction
    is not: a wrong direction is for a reader to see, not a slip of arithmetic.

    Examples:
        "so với cùng kỳ năm 2019 tăng 93 vụ (206/113 vụ)"
        "số án khởi tố ít hơn 6 vụ (12/6 vụ)"
    """
    for match in _DIFFERENCE_OF_A_PAIR.finditer(sentence.skeleton):
        printed = _figure(sentence, match, "difference")
        first, second = _figure(sentence, match, "first"), _figure(sentence, match, "second")
        if printed.qualifier is not None or not (_same_noun(printed, first) and _same_noun(first, second)):
            continue
        yield judged_claim(
            sentence,
            match.span(),
            "difference_of_a_pair",
            [(Role.CURRENT, first), (Role.PREVIOUS, second), (Role.DIFFERENCE, printed)],
            [_difference(first, second, larger_first=True)],
            default_slip=Slip.SUM_MISMATCH,
        )
        if match.group("inside") is not None:
            change_group = "inside"
        elif match.group("change") is not None and match.group("again") == match.group("direction"):
            change_group = "change"
        else:
            continue
        change = _figure(sentence, match, change_group)
        # of the earlier of the two: the smaller after a rise, the larger after a fall
        current, previous = sorted((first, second), key=lambda figure: figure.value, reverse=True)
        if match.group("direction") not in _RISING:
            current, previous = previous, current
        relative = _relative_change(current, previous)
        if change.qualifier is None and relative is not None:
            yield judged_claim(
                sentence,
                match.span(),
                "difference_of_a_pair",
                [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.CHANGE, change)],
                [relative],
            )


# "là 210.041 việc, so với số việc … năm 2016 chuyển sang năm 2017 (144.857 việc) tăng 65.184 việc
# (tăng 45,00%)": the earlier count in brackets after "so với", then the change
_CHANGE_FROM_A_BRACKETED_COUNT = pattern(
    rf"{{current:N}}{_UNIT_WORDS}, so với [^#()]{{3,90}}?\( ?{{previous:N}}{_UNIT_WORDS} ?\),? "
    rf"{_DIRECTION} {{difference:N}}(?:{_UNIT_WORDS} ?\( ?(?:tăng|giảm) {{change:P}} ?\)|{_UNIT_WORDS})"
)


def change_from_a_bracketed_count(sentence: Sentence) -> Iterator[Claim]:
    """A count compared with an earlier one named after "so với" and given in brackets, then the
    difference and, in brackets, the relative change: each judged against the two counts.

    Examples:
        "là 210.041 việc, so với số việc năm 2016 chuyển sang (144.857 việc) tăng 65.184 việc (tăng 45,00%)"
    """
    for match in _CHANGE_FROM_A_BRACKETED_COUNT.finditer(sentence.skeleton):
        current, previous = _figure(sentence, match, "current"), _figure(sentence, match, "previous")
        difference = _figure(sentence, match, "difference")
        if not (_same_noun(current, previous) and _same_noun(previous, difference)):
            continue
        pair = [(Role.CURRENT, current), (Role.PREVIOUS, previous)]
        if difference.qualifier is None:
            yield judged_claim(
                sentence,
                match.span(),
                "change_from_a_bracketed_count",
                [*pair, (Role.DIFFERENCE, difference)],
                [_difference(current, previous)],
                default_slip=Slip.SUM_MISMATCH,
            )
        if match.group("change") is None:
            continue
        printed = _figure(sentence, match, "change")
        relative = _relative_change(current, previous)
        if printed.qualifier is None and relative is not None:
            yield judged_claim(
                sentence,
                match.span(),
                "change_from_a_bracketed_count",
                [*pair, (Role.CHANGE, printed)],
                [relative],
            )


# "diện tích rừng bị cháy là 7,8 ha, giảm 93,2% (3 tháng đầu năm 2021, diện tích rừng bị cháy là 115,1
# ha)": the earlier period and its value in brackets right after the change, without "so với"
_CHANGE_THEN_THE_PREVIOUS_IN_BRACKETS = pattern(
    rf"{{current:N}}{_UNIT_WORDS}, (?P<direction>tăng|giảm) {{change:P}} ?\( ?(?:#\d+# )?"
    r"(?P<period>(?:tháng|quý|năm|cùng kỳ|kỳ|vụ)[^#();]{0,90}?)(?: là| đạt| có|:) {previous:N}[^#()]{0,20}\)"
    # the earlier period and its value first: "850 triệu USD (cùng kỳ 800 triệu USD), tăng 6,25%"
    rf"|{{current2:N}}{_UNIT_WORDS} ?\( ?(?:so với )?(?P<period2>(?:cùng kỳ|năm trước|kỳ trước|năm \d{{4}})"
    r"[^#();]{0,40}?)(?: là| đạt| có|:)? {previous2:N}[^#()]{0,20}\),? (?P<direction2>tăng|giảm) {change2:P}"
    # … or after "so với": "đạt 1.250 triệu USD, so với cùng kỳ năm 2022 là 1.111 triệu USD, tăng 12,5%"
    rf"|{{current3:N}}{_UNIT_WORDS},? so với (?P<period3>(?:cùng kỳ|năm|kỳ|tháng)[^#();]{{0,30}}?)"
    r"(?: là| đạt|:| \() ?{previous3:N}[^#();]{0,20}\)?,? (?P<direction3>tăng|giảm) {change3:P}"
)


# a rate, then how far it is over its target, the target said after: "đạt tỉ lệ 83,86% …, cao hơn 0,61% so với
# chỉ tiêu của Tổng cục giao trên 83,25%", "đạt tỷ lệ 82,57% …, vượt chỉ tiêu Tổng Cục giao năm 2022 là 0,57%
# (Kế hoạch giao là 82%)"
_RATE_OVER_ITS_TARGET = pattern(
    r"(?:đạt|tỷ lệ|tỉ lệ) {rate:P}(?P<between>[^;]{0,90}?),? (?:cao hơn|vượt(?: chỉ tiêu)?)[^#;]{0,50}? "
    r"{excess:P}(?: so với chỉ tiêu(?: [^\W\d_]+){0,8}? | \((?:kế hoạch|chỉ tiêu)(?: [^\W\d_]+){0,3}? )"
    r"(?:là |trên |: ?)?{target:P}"
)


def rate_over_its_target(sentence: Sentence) -> Iterator[Claim]:
    """A rate, how far it is over its target, then the target: the rate less the target, in points.

    Examples:
        "đạt tỉ lệ 83,86%, cao hơn 0,61% so với chỉ tiêu của Tổng cục giao trên 83,25%"
        "đạt tỷ lệ 82,57%, vượt chỉ tiêu Tổng Cục giao năm 2022 là 0,57% (Kế hoạch giao là 82%)"
    """
    for match in _RATE_OVER_ITS_TARGET.finditer(sentence.skeleton):
        rate, target = _figure(sentence, match, "rate"), _figure(sentence, match, "target")
        excess = _figure(sentence, match, "excess")
        if excess.qualifier is not None or rate.value <= target.value:
            continue
        yield judged_claim(
            sentence,
            match.span(),
            "rate_over_its_target",
            [(Role.CURRENT, rate), (Role.PREVIOUS, target), (Role.CHANGE, excess)],
            [_points_over_a_target(rate, target)],
        )


def _points_over_a_target(rate: Figure, target: Figure) -> Recomputation:
    """The rate less its target, in points: the target is set, not rounded ("Kế hoạch giao là 82%"); the rate
    was rounded."""
    low, value, high = triple(rate)[1], triple(rate)[0], triple(rate)[2]
    goal = target.value
    formula = message("{} − {} = {} điểm %", "{} − {} = {} điểm %", value, goal, value - goal)
    return Recomputation(
        value - goal, low - goal, high - goal, formula, Bilingual("percentage points", "điểm phần trăm")
    )


# a value, its change, then the change's difference in brackets or after "hay" — the statistics offices' way:
# "đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa năm 2018", "58.095 ha, chiếm 87,1% giảm 1,6% (-862 ha)",
# "đạt 75.856 ha, đạt 98,51% so kế hoạch (kế hoạch 77.000 ha), giảm 1,53% hay giảm 1.181 ha so cùng kỳ"
_CHANGE_THEN_ITS_DIFFERENCE = pattern(
    rf"{{current:N}}{_UNIT_WORDS}(?:,? (?:chiếm|đạt) #\d+%#[^#;()]{{0,30}}?"
    r"(?: \((?:kế hoạch|kh)[^#()]{0,10}#\d+#[^#()]{0,10}\))?)?,? (?P<direction>tăng|giảm) {change:P}"
    rf"(?: ?\( ?[-−+]? ?{{difference:N}}{_UNIT_WORDS} ?\)| hay (?:tăng|giảm) {{difference2:N}})"
)


# the change first, then the value and the difference in brackets: "giảm 18,5% số vụ (749 vụ, giảm 170 vụ)"
_CHANGE_THEN_VALUE_AND_DIFFERENCE = pattern(
    rf"(?P<direction>tăng|giảm) {{change:P}}(?: [^\W\d_]+){{0,6}}? ?\( ?{{current:N}}{_UNIT_WORDS}, ?"
    rf"(?P<again>tăng|giảm) {{difference:N}}{_UNIT_WORDS} ?\)"
)


# a value, its rate of the plan, then the plan in brackets: "đạt 75.856 ha, đạt 98,51% so kế hoạch (kế hoạch
# 77.000 ha)"
_RATE_THEN_ITS_PLAN = pattern(
    rf"{{actual:N}}{_UNIT_WORDS},? (?:đạt|bằng) {{rate:P}} (?:so (?:với )?)?(?:kế hoạch|kh)[^#();]{{0,30}}? "
    rf"\((?:kế hoạch|kh)(?: [^\W\d_]+){{0,3}}?:? {{plan:N}}{_UNIT_WORDS} ?\)"
)


# … or the rate, then the result and the plan in brackets: "huyện Ninh Sơn đạt 167% (giảm 3% so với 1,8% kế
# hoạch giao)"
_RATE_THEN_RESULT_AND_PLAN = pattern(
    r"(?:đạt|bằng) {rate:P} ?\( ?(?:tăng |giảm |đạt |thực hiện )?{actual:ANY}(?: [^\W\d_#]+){0,3}? "
    r"so với {plan:ANY}(?: [^\W\d_#]+){0,1}? {PLAN}"
)


def rate_then_its_plan(sentence: Sentence) -> Iterator[Claim]:
    """A value, its rate of the plan, then the plan in brackets — or the rate, then the value and the plan
    in brackets: value / plan × 100.

    Examples:
        "diện tích gieo trồng lúa Hè Thu đạt 75.856 ha, đạt 98,51% so kế hoạch (kế hoạch 77.000 ha)"
        "huyện Ninh Sơn đạt 167% (giảm 3% so với 1,8% kế hoạch giao)"
    """
    for match in [
        *_RATE_THEN_ITS_PLAN.finditer(sentence.skeleton),
        *_RATE_THEN_RESULT_AND_PLAN.finditer(sentence.skeleton),
    ]:
        actual, plan, rate = (_figure(sentence, match, role) for role in ("actual", "plan", "rate"))
        if rate.qualifier is not None or actual.kind != plan.kind:
            continue
        if actual.kind != FigureKind.PERCENT and not (_alike(actual, plan) and _same_noun(actual, plan)):
            continue
        yield judged_claim(
            sentence,
            match.span(),
            "rate_then_its_plan",
            [(Role.ACTUAL, actual), (Role.PLAN, plan), (Role.PERCENT_OF_PLAN, rate)],
            _ratio_to_plan(actual, plan),
        )


def change_then_its_difference(sentence: Sentence) -> Iterator[Claim]:
    """A value, its change in percent, then the change's difference: the earlier value is the value less
    the difference (or plus it, for a fall), and the change is the difference of it.

    Examples:
        "diện tích gieo trồng đạt 66.738 ha, giảm 1,3% (-892 ha) so với vụ mùa năm 2018"
        "diện tích lúa đạt 75.856 ha, giảm 1,53% hay giảm 1.181 ha so cùng kỳ"
        "TNLĐ chết người giảm 18,5% số vụ (749 vụ, giảm 170 vụ)"
    """
    skeleton = sentence.skeleton
    for match in [
        *_CHANGE_THEN_ITS_DIFFERENCE.finditer(skeleton),
        *(_CHANGE_THEN_VALUE_AND_DIFFERENCE.finditer(skeleton) if "%# " in skeleton else ()),
    ]:
        current, printed = _figure(sentence, match, "current"), _figure(sentence, match, "change")
        difference = _figure(sentence, match, "difference" if match.group("difference") else "difference2")
        if "again" in match.groupdict() and match.group("again") != match.group("direction"):
            continue
        if (
            printed.qualifier is not None
            or not _alike(current, difference)
            or difference.value >= current.value
        ):
            continue
        if not _same_noun(current, difference):
            continue
        rising = match.group("direction") == "tăng"
        yield from _change_from_difference(
            sentence, match, current, difference, printed, rising, "change_then_its_difference"
        )


def change_with_the_previous_in_brackets(sentence: Sentence) -> Iterator[Claim]:
    """A change, then in brackets the earlier period and its value: (A − B) / B × 100.

    Examples:
        "rừng bị cháy là 7,8 ha, giảm 93,2% (3 tháng đầu năm 2021, rừng bị cháy là 115,1 ha)"
        "nhập khẩu đạt 850 triệu USD (cùng kỳ 800 triệu USD), tăng 6,25%"
    """
    for match in _CHANGE_THEN_THE_PREVIOUS_IN_BRACKETS.finditer(sentence.skeleton):
        second = "2" if match.group("current2") else "3" if match.group("current3") else ""
        current = _figure(sentence, match, "current" + second)
        previous = _figure(sentence, match, "previous" + second)
        printed = _figure(sentence, match, "change" + second)
        if printed.qualifier is not None or not (_same_noun(current, previous) and _alike(current, previous)):
            continue
        rising = match.group("direction" + second) == "tăng"
        if (current.value > previous.value) != rising:
            continue  # a value that went the other way: not the change's earlier value
        yield judged_claim(
            sentence,
            match.span(),
            "change_with_the_previous_in_brackets",
            [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.CHANGE, printed)],
            _change_readings(current, previous, printed),
        )


# a value, its change said "so với 2023 là …", then the year before's value in brackets: "tỷ lệ đỗ tốt nghiệp
# đạt 99,84%, tăng so với 2023 là 0,12% (2023: 99,72%)" (n1201)
_CHANGE_THEN_THE_YEAR_BEFORE = pattern(
    r"{current:NP}(?P<unit>(?: [^\W\d_]+){0,2}),? (?P<direction>tăng|giảm) so với (?:năm )?"
    r"(?:\d{4}|(?P<year>#\d+#)|cùng kỳ(?: năm trước)?|năm trước) là {change:ANY}"
    r"(?P<unit2>(?: [^\W\d_]+){0,2})"
    r" ?\( ?(?:năm )?(?:\d{4}|(?P<year2>#\d+#)) ?: ?{previous:NP}(?P<unit3>(?: [^\W\d_]+){0,2}) ?\)"
)


def change_then_the_year_before(sentence: Sentence) -> Iterator[Claim]:
    """A value, its change "so với 2023 là …", then the year before's value in brackets: the change is their
    difference (for rates, in points, or their relative change).

    Examples:
        "tỷ lệ đỗ tốt nghiệp đạt 99,84%, tăng so với 2023 là 0,12% (2023: 99,72%)"
        "điểm trung bình đạt 6,40 điểm, tăng so với năm 2023 là 0,29 điểm (2023: 6,11 điểm)"
    """
    for match in _CHANGE_THEN_THE_YEAR_BEFORE.finditer(sentence.skeleton):
        current, previous, printed = (_figure(sentence, match, g) for g in ("current", "previous", "change"))
        if printed.qualifier is not None or current.kind != previous.kind:
            continue
        years = [_figure(sentence, match, g) for g in ("year", "year2") if match.group(g)]
        if any(not 1900 <= year.value <= 2100 or year.decimals for year in years):
            continue  # not a year: "(2023: …)" only
        if (current.value > previous.value) != (match.group("direction") == "tăng"):
            continue  # a value that went the other way: not the change's earlier value
        if printed.kind in (FigureKind.PERCENT, FigureKind.POINTS):
            readings = _change_readings(current, previous, printed)
        elif (
            current.kind != FigureKind.PERCENT
            and match.group("unit").split()[:1] == match.group("unit2").split()[:1]
        ):
            a, b = triple(current), triple(previous)
            formula = message("{} − {} = {}", "{} − {} = {}", a[0], b[0], a[0] - b[0])
            readings = [
                Recomputation(abs(a[0] - b[0]), abs(a[1] - b[2]), abs(a[2] - b[1]), formula,
                              Bilingual("the difference", "hiệu số"))
            ]  # fmt: skip
        else:
            continue
        yield judged_claim(
            sentence,
            match.span(),
            "change_then_the_year_before",
            [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.CHANGE, printed)],
            readings,
        )


# "giảm từ 240 vụ năm 2022 xuống còn 215 vụ năm 2023, giảm 10,4%", "tỷ lệ hộ nghèo giảm từ 3,5% xuống
# 2,15%, giảm 1,35 điểm phần trăm", "tăng từ 6.520 hộ lên 7.920 hộ, tăng 1.400 hộ (21,5%)": the value
# before and the value after, then the change between them
_FROM_THEN_TO = pattern(
    r"(?<!\w)từ {previous:NP}(?: [^\W\d_]+| \d{4}| #\d+#){0,5}?"
    r"(?: \d{4})? (?P<direction>xuống|lên)(?: còn| mức| đến| tới)? {current:NP}(?P<tail>[^;.]{0,80})"
)
_DIFFERENCE_BEFORE_FROM = pattern(r"(?:tăng|giảm) {difference:N}(?: [^\W\d_]+){0,3},? $")
_CHANGES_AFTER = pattern(
    r"^(?:(?: ?/?[^\W\d_]+| \d{4}){0,6}?,? \(?(?:tức là |tương ứng |tương đương )?(?:tăng|giảm)"
    r"(?: tương ứng| được| tới| đến)? {first:ANY}"
    r"(?:(?: [^\W\d_]+){0,3}? \((?:tương ứng |bằng |tăng |giảm )?{second:ANY}\))?)"
)


def change_from_then_to(sentence: Sentence) -> Iterator[Claim]:
    """The value before and the value after, then the change between them: its difference, its relative
    change, or (for rates) percentage points.

    Examples:
        "Số vụ tai nạn giảm từ 240 vụ năm 2022 xuống còn 215 vụ năm 2023, giảm 10,4%"
        "Số hộ nghèo giảm từ 6.520 hộ xuống còn 5.120 hộ, giảm 1.400 hộ (21,5%)"
    """
    if " từ " not in sentence.skeleton:
        return
    for match in _FROM_THEN_TO.finditer(sentence.skeleton):
        previous, current = _figure(sentence, match, "previous"), _figure(sentence, match, "current")
        if not (_same_noun(current, previous) and _alike(current, previous)):
            continue
        if (current.value > previous.value) != (match.group("direction") == "lên"):
            continue  # "từ 3,5% lên 2,5%": not the values of one change
        after = _CHANGES_AFTER.match(match.group("tail"))
        # the difference said before: "Số vụ cháy giảm 12 vụ, từ 57 vụ xuống còn 45 vụ"
        before = _DIFFERENCE_BEFORE_FROM.search(sentence.skeleton, max(0, match.start() - 60), match.start())
        printed_figures = [sentence.figure(before.group("difference"))] if before else []
        for slot in ("first", "second"):
            if after is not None and after.group(slot) is not None:
                printed_figures.append(sentence.figure(after.group(slot)))
        for printed in printed_figures:
            if printed.kind in (FigureKind.COUNT, FigureKind.AMOUNT):
                if not _alike(printed, current):
                    continue
                readings = [_difference(current, previous, larger_first=True)]
            else:
                readings = _change_readings(current, previous, printed)
            if not readings:
                continue
            end = max(match.end("current"), sentence.at(printed) + len(printed.placeholder))
            yield judged_claim(
                sentence,
                (min(match.start(), sentence.at(printed)), end),
                "change_from_then_to",
                [(Role.PREVIOUS, previous), (Role.CURRENT, current), (Role.CHANGE, printed)],
                readings,
            )


# the rate, its difference in brackets, then the value it came to: "thu từ công tác trị giá hải quan tăng
# 61,53% (tương đương tăng gần 96,5 tỉ đồng) lên hơn 253 tỉ đồng" (raw41/tq28)
_CHANGE_UP_TO = pattern(
    r"(?P<direction>tăng|giảm)(?: đến| tới)? {change:P} \( ?(?:tương đương |tương ứng |tức là )?"
    rf"(?:tăng |giảm )?{_BOUND_WORD}{{difference:N}}{_UNIT_WORDS} ?\) (?:lên|xuống)(?: còn| mức| đến)? "
    rf"{_BOUND_WORD}{{current:N}}"
)


def change_up_to(sentence: Sentence) -> Iterator[Claim]:
    """A rate of change, its difference in brackets, then the value it rose or fell to: the value before is
    the value less (or plus) the difference.

    Examples:
        "thu từ xử phạt vi phạm hành chính tăng 70% (tương đương tăng 60 tỉ đồng) lên 146,66 tỉ đồng"
    """
    if " lên " not in sentence.skeleton and " xuống " not in sentence.skeleton:
        return
    for match in _CHANGE_UP_TO.finditer(sentence.skeleton):
        printed = _figure(sentence, match, "change")
        difference, current = _figure(sentence, match, "difference"), _figure(sentence, match, "current")
        if printed.kind != FigureKind.PERCENT or not _of_one_thing(current, difference):
            continue
        rising = match.group("direction") == "tăng"
        yield from _change_from_difference(
            sentence, match, current, difference, printed, rising, "change_up_to"
        )


# how many of them were cut, then the rate of the cut in brackets: "giảm 25/55 đầu mối (giảm 45,45%)" (n821)
_A_CUT_OF_SOME = pattern(
    r"(?<!\w)(?:giảm|cắt giảm|tinh giảm|sáp nhập|tăng) " + _FRACTION + r"(?P<words>[^#;()]{0,80}?) ?"
    r"\( ?(?:giảm|tăng|tương ứng|tương đương|bằng)? ?{share:P} ?\)"
)


def a_cut_of_some(sentence: Sentence) -> Iterator[Claim]:
    """How many of a count were cut (or added), said as a fraction, then the rate of the cut: part /
    total × 100.

    Examples:
        "Bộ đã giảm 30/80 đơn vị sự nghiệp công lập (giảm 37,5%)"
    """
    if "/" not in sentence.skeleton:
        return
    for match in _A_CUT_OF_SOME.finditer(sentence.skeleton):
        part, total, share = (_figure(sentence, match, g) for g in ("part", "total", "share"))
        if share.kind != FigureKind.PERCENT or part.value > total.value or _is_pair(part, total):
            continue
        numbers = [(Role.PART, part), (Role.TOTAL, total), (Role.SHARE, share)]
        yield judged_claim(sentence, match.span(), "a_cut_of_some", numbers, share_of(part, total))


# a value said to be unchanged, with the two it compares: "số người bị thương không thay đổi (5/5)" (n776)
_UNCHANGED = pattern(
    r"(?<!\w)(?:không thay đổi|không tăng,? không giảm|giữ nguyên|bằng cùng kỳ)(?: so với [^#()]{0,30}?)?"
    r" \( ?{current:N}(?: [^\W\d_]+){0,2} ?/ ?{previous:N}(?: [^\W\d_]+){0,2} ?\)"
)
_UNCHANGED_LABEL = Bilingual(
    "the value compared, said to be unchanged", "số so sánh, được nói là không thay đổi"
)


def unchanged_pair(sentence: Sentence) -> Iterator[Claim]:
    """A value said to be unchanged, the value and the one it is compared with in brackets: the two must be
    equal, or the words say otherwise than the figures.

    Examples:
        "So với cùng kỳ năm trước số vụ không thay đổi (19/19)"
    """
    if "(" not in sentence.skeleton:
        return
    for match in _UNCHANGED.finditer(sentence.skeleton):
        current, previous = _figure(sentence, match, "current"), _figure(sentence, match, "previous")
        if not _alike(current, previous):
            continue
        low, high = previous.bounds(previous.readings[0])
        reading = Recomputation(
            previous.value,
            low,
            high,
            message("{} (the period compared)", "{} (kỳ so sánh)", previous.value),
            _UNCHANGED_LABEL,
        )
        contradiction = None
        if current.value != previous.value:
            contradiction = Bilingual(
                f"The sentence says the value is unchanged, but it is {current.text} against"
                f" {previous.text}.",
                f"Câu văn nói không thay đổi nhưng số liệu là {current.text} so với {previous.text}.",
            )
        yield judged_claim(
            sentence,
            match.span(),
            "unchanged_pair",
            [(Role.PREVIOUS, previous), (Role.CURRENT, current)],
            [reading],
            contradiction=contradiction,
        )


# "… của nhiệm kỳ khóa XIII là 307 bị can; của nhiệm kỳ khóa XIV là 139 bị can, giảm tới 54,7%": two
# values said alike, one after the other, then the change from the first to the second (no "so với")
_CHANGE_FROM_THE_VALUE_BEFORE = pattern(
    r"(?:là|có|đạt) {previous:N}(?: [^\W\d_]+){0,3}; [^#;.]{1,80}?(?:là|có|đạt) "
    r"{current:N}(?: [^\W\d_]+){0,3}, (?P<direction>tăng|giảm)(?: tới| đến)? {change:P}"
    r"(?![^;.]{0,40}so với)"
)


def change_from_the_value_before(sentence: Sentence) -> Iterator[Claim]:
    """Two values said alike, one after the other ("… là A; … là B"), then a change with no period
    named: the change from the first to the second, (B − A) / A × 100.

    Examples:
        "của nhiệm kỳ khóa XIII là 307 bị can; của nhiệm kỳ khóa XIV là 139 bị can, giảm tới 54,7%"
    """
    for match in _CHANGE_FROM_THE_VALUE_BEFORE.finditer(sentence.skeleton):
        current, previous = _figure(sentence, match, "current"), _figure(sentence, match, "previous")
        printed = _figure(sentence, match, "change")
        if printed.qualifier is not None or not (_same_noun(current, previous) and _alike(current, previous)):
            continue
        if (current.value > previous.value) != (match.group("direction") == "tăng"):
            continue  # went the other way: the change is of something else
        yield judged_claim(
            sentence,
            match.span(),
            "change_from_the_value_before",
            [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.CHANGE, printed)],
            _change_readings(current, previous, printed),
        )


# "chiếm tỷ lệ 2,5% so với tổng số ca mắc và cao hơn 0,4% so với tỷ lệ tử vong … trên thế giới (2,1%)": a
# rate above or below another rate printed after it
_RATE_ABOVE_ANOTHER = pattern(
    r"{rate:P}[^#;.]{0,80}? (?P<direction>cao|thấp) hơn {gap:P} so với (?:tỷ lệ|tỉ lệ|mức)[^#;.()]{0,80}?"
    r"(?:\( ?| là | ở mức ){other:P}"
)


def rate_above_another(sentence: Sentence) -> Iterator[Claim]:
    """A rate said higher or lower than another rate printed after it: the gap in points (|A − B|), or
    relative to the other (|A − B| / B × 100).

    Examples:
        "chiếm tỷ lệ 2,5% và cao hơn 0,4% so với tỷ lệ tử vong trên thế giới (2,1%)"
    """
    if " hơn #" not in sentence.skeleton:
        return
    for match in _RATE_ABOVE_ANOTHER.finditer(sentence.skeleton):
        rate, other = _figure(sentence, match, "rate"), _figure(sentence, match, "other")
        gap = _figure(sentence, match, "gap")
        if gap.qualifier is not None or (rate.value > other.value) != (match.group("direction") == "cao"):
            continue
        a, b = triple(rate), triple(other)
        points = Recomputation(
            abs(a[0] - b[0]),
            min(abs(x - y) for x in a[1:] for y in b[1:]),
            max(abs(x - y) for x in a[1:] for y in b[1:]),
            message("{} − {} = {}", "{} − {} = {}", max(a[0], b[0]), min(a[0], b[0]), abs(a[0] - b[0])),
            Bilingual("percentage points", "điểm phần trăm"),
        )
        relative = _relative_change(rate, other)
        yield judged_claim(
            sentence,
            match.span(),
            "rate_above_another",
            [(Role.CURRENT, rate), (Role.PREVIOUS, other), (Role.CHANGE, gap)],
            [points, *([relative] if relative is not None else [])],
        )


# a growth, then said higher or lower than the growth of another period or place: "GRDP quý I ước tăng 9,65%
# so với cùng kỳ năm trước, cao hơn mức tăng 9,51% của quý I năm 2022" (n1973), "khu vực công nghiệp và xây
# dựng tăng 7,8%, thấp hơn mức tăng 11,25% của cùng kỳ năm trước" (n1972)
_GROWTH_SAID_ABOVE_ANOTHER = pattern(
    # (past the growth's contribution in brackets: "tăng 2.04% (đóng góp 0.65 điểm phần trăm …) cao hơn …",
    # n1823)
    r"(?<!\w)tăng(?: trưởng)? {rate:P}(?P<between>(?:[^#;.()]|\([^()]{0,100}\)){0,120}?),?"
    r" \(?(?P<direction>cao|thấp) hơn"  # (or in brackets: "tăng 7,88% … (cao hơn mức tăng 7,79% …)", n1972)
    r"(?: so với)? (?:mức|tốc độ) tăng(?: trưởng)?(?: là| của [^#;.()]{1,40}? là)? {other:P}"
)


def growth_said_above_another(sentence: Sentence) -> Iterator[Claim]:
    """A growth said higher or lower than the growth of another period it is set against: the words
    hold, or they contradict the figures (a wording slip). The claim is on the other growth.

    Examples:
        "GRDP quý I ước tăng 9,65% so với cùng kỳ, cao hơn mức tăng 9,51% của quý I năm 2022"
    """
    skeleton = sentence.skeleton
    if " hơn " not in skeleton or "tăng" not in skeleton:
        return
    for match in _GROWTH_SAID_ABOVE_ANOTHER.finditer(skeleton):
        rate, other = _figure(sentence, match, "rate"), _figure(sentence, match, "other")
        if rate.qualifier is not None or other.qualifier is not None:
            continue
        if " giảm" in f" {match.group('between')}":
            continue  # "tăng 2% … giảm …, thấp hơn …": of another figure
        named = Bilingual(other.text, other.text)
        verdict, note = _order_said(rate, other, match.group("direction") == "cao", named)
        yield _unchecked(
            sentence,
            match.span(),
            "growth_said_above_another",
            [(Role.CURRENT, rate), (Role.PREVIOUS, other)],
            verdict,
            note,
        )


# "phát hiện vi phạm về kinh tế là 4.231,4 triệu đồng, kiến nghị thu hồi 2.781,4 triệu đồng, kiến nghị khác
# 1.450 triệu đồng": what inspectors found, split into what they asked to recover and their other requests,
# in money and in land alike ("vi phạm với số tiền 13.456 tỷ đồng, 6.025 ha đất, kiến nghị thu hồi 1.113
# tỷ đồng và 607 ha đất, kiến nghị các cơ quan có thẩm quyền xem xét, xử lý số tiền 12.343 tỷ đồng, 5.417 ha
# đất")
_FOUND = re.compile(r"(?:phát hiện|vi phạm|sai phạm)(?!\w)")
# (or "xử lý thu hồi về cho Nhà nước 226 triệu đồng, kiến nghị xử lý khác về kinh tế 47 triệu đồng", n1233)
_RECOVERY_ASKED = re.compile(r"(?:kiến nghị|xử lý) thu hồi(?!\w)")
_OTHER_REQUESTS = re.compile(r"kiến nghị(?: [^\W\d_]+){0,6}? (?:khác|xem xét|xử lý)(?!\w)")
_LAND_UNITS = ("ha", "m2")


def found_recovered_and_other(sentence: Sentence) -> Iterator[Claim]:
    """What inspectors found wrong, then what they asked to recover and their other requests: the two
    make up what was found, in money and in land. When they add up the claim is consistent; when not it
    is only asked about — the requests need not cover all that was found, nor only it — so this reading
    never raises an alarm.

    Examples:
        "phát hiện sai phạm 42,3 tỷ đồng, kiến nghị thu hồi 27,8 tỷ đồng, kiến nghị khác 14,5 tỷ đồng"
    """
    skeleton = sentence.skeleton
    recovery = _RECOVERY_ASKED.search(skeleton)
    if recovery is None:
        return
    found = _FOUND.search(skeleton, 0, recovery.start())
    other = _OTHER_REQUESTS.search(skeleton, recovery.end())
    if found is None or other is None:
        return
    if _RECOVERY_ASKED.search(skeleton, recovery.end(), other.start()):
        return  # two lists of requests: which total is whose is not said
    for unit in ("đồng", *_LAND_UNITS):

        def measured(figure: Figure, unit: str = unit) -> bool:
            return figure.kind != FigureKind.PERCENT and figure.noun.split(" ", 1)[0] == unit

        totals = [
            f for f in sentence.figures if found.end() <= sentence.at(f) < recovery.start() and measured(f)
        ]
        recovered = [
            f for f in sentence.figures if recovery.end() <= sentence.at(f) < other.start() and measured(f)
        ]
        others = [
            f
            for f in sentence.figures
            if other.end() <= sentence.at(f)
            and measured(f)
            and ";" not in skeleton[other.end() : sentence.at(f)]
        ]
        if len(totals) != 1 or not recovered or not others:
            continue
        # "hơn 10,3 tỉ đồng, … gần 6,9 tỉ đồng, … hơn 3,4 tỉ đồng": bound words read as the ranges they say
        total, parts = totals[0], [recovered[0], others[0]]
        label = Bilingual("recovery asked and other requests", "kiến nghị thu hồi và khác")
        added = sum_of_parts(parts, label)
        numbers = [(Role.PART, part) for part in parts] + [(Role.TOTAL, total)]
        span = (found.start(), sentence.at(parts[1]) + len(parts[1].placeholder))
        if _fits(total, added):
            yield judged_claim(sentence, span, "found_recovered_and_other", numbers, [added])
            continue
        summed, summed_vi = (show_like(added.value, total, lang) for lang in ("en", "vi"))
        note = Bilingual(
            f"Recovery asked and other requests add up to {summed}, not {total.text}; the requests need not"
            " cover all that was found, nor only it: not judged.",
            f"Kiến nghị thu hồi và kiến nghị khác cộng lại là {summed_vi}, không phải {total.text}; các kiến"
            " nghị không nhất thiết gồm hết, hay chỉ gồm, số vi phạm đã phát hiện: không kết luận.",
        )
        yield _unchecked(sentence, span, "found_recovered_and_other", numbers, Verdict.AMBIGUOUS, note)


# ---------------------------------------------------------------------------------------------
# 10. A ratio to the previous period: "bằng Z% so với cùng kỳ", "gấp Z lần".

_RATIO = pattern(r"bằng {ratio:P}(?: so với)? {PREVIOUS}")
_TIMES = pattern(r"gấp {ratio:N} lần(?: so với)?(?: {PREVIOUS})?")


def ratio_vs_previous(sentence: Sentence) -> Iterator[Claim]:
    """A value as a percentage of the previous one (a ratio, not a change): A / B × 100.

    Examples:
        "giải quyết 980 vụ, bằng 89,09% so với cùng kỳ (1.100 vụ)"
    """
    for match in _RATIO.finditer(sentence.skeleton):
        yield _ratio_claim(sentence, match, "ratio_vs_previous", HUNDRED)


# a value, its change and the ratio to the value before: "là 543 đơn, giảm 55 đơn, bằng 89,9% so với cùng
# kỳ năm trước" (n466) — the value before is 543 + 55
_RATIO_WITH_ITS_DIFFERENCE = pattern(
    r"{value:N}(?: [^\W\d_]+){0,4}?,? (?P<way>tăng|giảm) {difference:N}(?: [^\W\d_]+){0,4}?,? "
    r"(?:bằng|đạt)(?: tỷ lệ| tỉ lệ)? {ratio:P} so với {PREVIOUS}"
)


def ratio_with_its_difference(sentence: Sentence) -> Iterator[Claim]:
    """A value, its rise or fall, then its ratio to the value before: value / (value ∓ difference) × 100.

    Examples:
        "là 543 đơn, giảm 55 đơn, bằng 90,8% so với cùng kỳ năm trước"
    """
    for match in _RATIO_WITH_ITS_DIFFERENCE.finditer(sentence.skeleton):
        value, difference = _figure(sentence, match, "value"), _figure(sentence, match, "difference")
        ratio = _figure(sentence, match, "ratio")
        if value.kind != difference.kind or not _alike(value, difference) or ratio.qualifier is not None:
            continue
        sign = Decimal(1) if match.group("way") == "giảm" else Decimal(-1)
        v, d = triple(value), triple(difference)
        before = v[0] + sign * d[0]
        # every input taken at both ends of its rounding, as for a change worked from its difference
        corners = [vv / (vv + sign * dd) * HUNDRED for vv in v[1:] for dd in d[1:] if vv + sign * dd > 0]
        if before <= 0 or len(corners) < 4:
            continue
        recomputed = v[0] / before * HUNDRED
        said = f"{{}} / ({{}} {'+' if sign > 0 else '−'} {{}}) × 100 = {{}}"
        formula = message(said, said, v[0], v[0], d[0], recomputed)
        reading = Recomputation(
            recomputed, min(corners), max(corners), _percent_sign(formula),
            Bilingual("of the value before the change", "so với số trước khi thay đổi"),
        )  # fmt: skip
        numbers = [(Role.CURRENT, value), (Role.DIFFERENCE, difference), (Role.RATIO, ratio)]
        # the known slip: the change taken from this period's value ("(543 − 55)/543 = 89,9%", n466)
        wrong = f"({value.text} {'−' if sign > 0 else '+'} {difference.text})/{value.text}"
        alternatives = [
            Alternative(Slip.WRONG_TOTAL, (v[0] - sign * d[0]) / v[0] * HUNDRED, Bilingual(wrong, wrong))
        ]
        yield judged_claim(
            sentence, match.span(), "ratio_with_its_difference", numbers, [reading], alternatives
        )


# a value, its ratio to the value before, then its rise or fall: "nộp ngân sách 17.600 tỉ đồng, bằng 86% so
# với kế hoạch và bằng 146% so với cùng kỳ, tăng 8.000 tỉ đồng so với cùng kỳ" (n1991) — the rise is the value
# less the value before, value / ratio
_RATIO_THEN_ITS_DIFFERENCE = pattern(
    r"{value:N}(?: [^\W\d_]+){0,4}?,?(?P<between>(?:[^#;.]|#\d+%#){0,80}?) bằng {ratio:P} so với {PREVIOUS},?"
    r" (?P<way>tăng|giảm)(?: thêm)? {difference:N}"
)


def difference_after_a_ratio(sentence: Sentence) -> Iterator[Claim]:
    """A value, its ratio to the value before, then its rise or fall: value − value / ratio × 100.

    Examples:
        "nộp ngân sách 17.600 tỷ đồng, bằng 146% so với cùng kỳ, tăng 5.545 tỷ đồng so với cùng kỳ"
    """
    if "bằng" not in sentence.skeleton:
        return
    for match in _RATIO_THEN_ITS_DIFFERENCE.finditer(sentence.skeleton):
        value, difference = _figure(sentence, match, "value"), _figure(sentence, match, "difference")
        ratio = _figure(sentence, match, "ratio")
        if value.kind != difference.kind or not _alike(value, difference) or ratio.qualifier is not None:
            continue
        rising = match.group("way") == "tăng"
        if (ratio.value > HUNDRED) != rising or ratio.value == HUNDRED:
            continue  # "bằng 86% …, tăng …": the words and the ratio disagree, another reading
        v, r = triple(value), triple(ratio)
        corners = [abs(vv - vv * HUNDRED / rr) for vv in v[1:] for rr in r[1:] if rr > 0]
        recomputed = abs(v[0] - v[0] * HUNDRED / r[0])
        formula = Bilingual(
            *(
                f"{show_scaled(v[0], value.scale, lang)} − {show_scaled(v[0], value.scale, lang)} /"
                f" {show(r[0], lang)}% = {show_scaled(recomputed, value.scale, lang)}"
                for lang in ("en", "vi")
            )
        )
        reading = Recomputation(
            recomputed, min([*corners, recomputed]), max([*corners, recomputed]), formula,
            Bilingual("the value less the value before", "số này trừ số trước đó"),
        )  # fmt: skip
        numbers = [(Role.CURRENT, value), (Role.RATIO, ratio), (Role.DIFFERENCE, difference)]
        yield judged_claim(sentence, match.span(), "difference_after_a_ratio", numbers, [reading])


def times_previous(sentence: Sentence) -> Iterator[Claim]:
    """A multiple of the previous value ("gấp Z lần"): A / B.

    Examples:
        "thu hút 2.400 lượt người, gấp 2 lần so với năm trước (1.200 lượt người)"
    """
    for match in _TIMES.finditer(sentence.skeleton):
        yield _ratio_claim(sentence, match, "times_previous", Decimal(1))


# A rate, then how many times the rate of each place named after it, in brackets: "chiếm 0,97%, cao hơn 3 lần
# so với Hà Nội (0,29%), gấp 4 lần so với Nam Định (0,24%) và 12 lần so với TP.HCM (0,08%)" (n1722)
_A_PLACE_THEN_ITS_RATE = r"(?P<name>[^\W\d_][^\W\d_.]*(?:[ .][^\W\d_]+){0,5}?) ?\( ?{other:P} ?\)"
_TIMES_A_RATE_NAMED = pattern(
    r"{share:P},? (?P<way>cao gấp |gấp |cao hơn )?{ratio:N} lần (?:so với )?" + _A_PLACE_THEN_ITS_RATE
)
_AND_TIMES_ANOTHER = pattern(
    r"(?:,| và) (?P<way>cao gấp |gấp |cao hơn )?{ratio:N} lần (?:so với )?" + _A_PLACE_THEN_ITS_RATE
)


def times_a_rate_named(sentence: Sentence) -> Iterator[Claim]:
    """A rate, then so many times the rate of each place it is set against, given in brackets: the rate
    over each ("cao hơn 3 lần" may also say three times more: the rate over it less one).

    Examples:
        "có 13 thí sinh đạt điểm 9, chiếm 0,97%, gấp 4 lần so với Nam Định (0,24%)"
    """
    skeleton = sentence.skeleton
    if "lần" not in skeleton:
        return
    for first in _TIMES_A_RATE_NAMED.finditer(skeleton):
        rate = _figure(sentence, first, "share")
        if rate.qualifier is not None:
            continue  # "chỉ kém Hà Giang với mức hơn 1%, cao gấp gần 3 lần Hà Nội (0,1%)": another's, loose
        match: re.Match[str] | None = first
        while match is not None:
            printed, other = _figure(sentence, match, "ratio"), _figure(sentence, match, "other")
            if other.value > 0 and rate.kind == other.kind == FigureKind.PERCENT and printed.noun == "lần":
                a, b = triple(rate), triple(other)
                value = a[0] / b[0]
                corners = [x / y for x in (a[1], a[2]) for y in (b[1], b[2]) if y > 0]
                formula = message("{} / {} = {}", "{} / {} = {}", a[0], b[0], value)
                label = Bilingual(
                    f"times the rate of {match.group('name')}", f"số lần so với {match.group('name')}"
                )
                readings = [
                    Recomputation(value, min([*corners, value]), max([*corners, value]), formula, label)
                ]
                if match.group("way") == "cao hơn ":
                    more = message("{} / {} − 1 = {}", "{} / {} − 1 = {}", a[0], b[0], value - 1)
                    readings.append(
                        Recomputation(
                            value - 1, min([*corners, value]) - 1, max([*corners, value]) - 1, more, label
                        )
                    )
                numbers = [(Role.CURRENT, rate), (Role.PREVIOUS, other), (Role.RATIO, printed)]
                yield judged_claim(sentence, match.span(), "times_a_rate_named", numbers, readings)
            match = _AND_TIMES_ANOTHER.match(skeleton, match.end())


# ---------------------------------------------------------------------------------------------
# 11. The years of a span: "Qua 10 năm (2008- 2018)", "kỷ niệm 74 năm Ngày truyền thống … (19/7/1946 -
# 19/7/2020)", "giai đoạn 2016-2020 (5 năm)".

_SPAN_YEAR = r"(?:\d{1,2}/\d{1,2}/)?(?P<%s>(?:19|20)\d{2})(?!\d)"
_YEARS_THEN_SPAN = pattern(
    r"{years:N} năm(?P<words>[^#;()]{0,80}?) ?\( ?"
    + _SPAN_YEAR % "first"
    + r" ?[-–—] ?"
    + _SPAN_YEAR % "last"
    + r" ?\)"
)
_SPAN_THEN_YEARS = pattern(
    r"(?<!\d)(?P<first>(?:19|20)\d{2}) ?[-–—] ?(?P<last>(?:19|20)\d{2}) ?\( ?{years:N} năm ?\)"
)
_ANNIVERSARY = re.compile(r"kỷ niệm|ngày (?:thành lập|truyền thống)|năm thành lập")


# A congress elects its committee from more candidates than seats: the surplus ("số dư") over the seats.
_PEOPLE = r"(?:đồng chí|người|ứng cử viên|đại biểu|nhân sự)"
_SURPLUS_OF_SEATS = pattern(
    rf"{{total:N}} {_PEOPLE}(?: [^\W\d_]+){{0,3}}?,? để bầu(?: lấy| chọn)? {{seats:N}}"
    rf"(?: {_PEOPLE})?[^#;.]{{0,40}}?(?:số dư|tỷ lệ dư|tỉ lệ dư)(?: là)?:? {{share:P}}"
)
_SURPLUS_SAID = pattern(
    rf"{{total:N}} {_PEOPLE}[^#;.]{{0,30}}?,? số dư(?: dự kiến)?(?: là)?:? {{surplus:N}}(?: {_PEOPLE})?,? "
    r"(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ)(?: tỷ lệ| tỉ lệ)? {share:P}"
)
_SURPLUS_LABEL = Bilingual("surplus of candidates over the seats", "số dư so với số được bầu")


def surplus_of_candidates(sentence: Sentence) -> Iterator[Claim]:
    """Candidates for a committee and the seats they are for: the surplus, as a share of the seats.

    Examples:
        "tổng số nhân sự giới thiệu ứng cử là 191 đồng chí để bầu lấy 163 đồng chí (với tỷ lệ số dư 17,17%)"
        "Tổng số ủy viên ban thường vụ dự kiến ứng cử là 13 đồng chí, số dư 2 đồng chí, đạt 18,18%."
    """
    for regex in (_SURPLUS_OF_SEATS, _SURPLUS_SAID):
        for match in regex.finditer(sentence.skeleton):
            total, share = _figure(sentence, match, "total"), _figure(sentence, match, "share")
            given = _figure(sentence, match, "seats" if regex is _SURPLUS_OF_SEATS else "surplus")
            seats = given.value if regex is _SURPLUS_OF_SEATS else total.value - given.value
            numbers = [(Role.TOTAL, total), (Role.PART, given), (Role.SHARE, share)]
            if seats <= 0 or seats >= total.value or total.qualifier is not None:
                continue
            value = (total.value - seats) / seats * HUNDRED
            template = "({} − {}) / {} × 100 = {}"
            formula = message(template, template, total.value, seats, seats, value)
            reading = Recomputation(value, value, value, _percent_sign(formula), _SURPLUS_LABEL)
            yield judged_claim(sentence, match.span(), "surplus_of_candidates", numbers, [reading])


def years_of_a_span(sentence: Sentence) -> Iterator[Claim]:
    """A number of years and the years it spans: the later year less the earlier, or — a term, a stage —
    counting both ("5 năm (2016-2020)"); an anniversary only the first way.

    Examples:
        "Qua 10 năm (2008- 2018), cấp ủy các cấp đã xử lý kỷ luật 7 tổ chức đảng"
        "kỷ niệm 74 năm Ngày truyền thống Thi hành án dân sự (19/7/1946 - 19/7/2020)"
        "giai đoạn 2016-2020 (5 năm) đã giải quyết việc làm cho 10.000 lao động"
    """
    if " năm" not in sentence.skeleton:
        return
    for regex in (_YEARS_THEN_SPAN, _SPAN_THEN_YEARS):
        for match in regex.finditer(sentence.skeleton):
            years = _figure(sentence, match, "years")
            first, last = int(match.group("first")), int(match.group("last"))
            if years.kind != FigureKind.COUNT or last <= first:
                continue
            before = sentence.skeleton[max(0, match.start() - 20) : match.start()]
            anniversary = bool(_ANNIVERSARY.search(before + (match.groupdict().get("words") or "")))
            readings = [_years_between(first, last, inclusive=False)]
            if not anniversary:
                readings.append(_years_between(first, last, inclusive=True))
            yield judged_claim(
                sentence, match.span(), "years_of_a_span", [(Role.DIFFERENCE, years)], readings
            )


def _years_between(first: int, last: int, inclusive: bool) -> Recomputation:
    value = Decimal(last - first + inclusive)
    formula = f"{last} − {first}" + (" + 1" if inclusive else "") + f" = {value}"
    reading = (
        Bilingual("both the first and the last year counted", "tính cả năm đầu và năm cuối")
        if inclusive
        else Bilingual("the years between", "số năm giữa hai mốc")
    )
    return Recomputation(value, value, value, Bilingual(formula, formula), reading)


# ---------------------------------------------------------------------------------------------
# 12. A count and the names it lists: "Công an 8 tỉnh tham dự hội nghị gồm Hòa Bình, Yên Bái, …, Phú Thọ
# và Thái Nguyên", "02 nhà văn hóa tổ Bản Đồn 2 và Lủng Hoàn".

_LOWER_WORD = re.compile(r" (?P<word>[^\W\d_]+)")
# (and a bracket that says so: "8 môn thi (gồm Toán, Ngữ văn, …)", n1721)
_LIST_MARKER = re.compile(r"(?::|,? gồm:?|,? bao gồm:?| là:?| \((?:gồm:? |bao gồm:? )?)(?= ?[^\W\d_])")
# (and "TP.HCM", "TP. Đà Nẵng")
_NAME_WORD = re.compile(r" ?(?P<word>(?:TP|Tp|TX|Tx)\. (?=[A-ZÀ-ỸĐ])[^\W_]+|[^\W_]+(?:\.[^\W\d_]+)*|[-–])")
_BETWEEN_NAMES = re.compile(r",? và |, ")
_AFTER_A_SEPARATOR = re.compile(r"(?:,| và) ([^\W\d_])")


def _listed_names(text: str, position: int) -> tuple[list[str], int] | None:
    """The capitalised names listed from ``position`` (" Hòa Bình, Yên Bái và Thái Nguyên …") and where
    they end; None when an item is not a name (" xã Tân Phú, thị trấn …")."""
    names: list[str] = []
    closing = False  # the last separator was "và"
    while True:
        words: list[str] = []
        while (word := _NAME_WORD.match(text, position)) is not None:
            name_word = word.group("word")
            if not (name_word[0].isupper() or (words and (name_word.isdigit() or name_word in "-–"))):
                break
            words.append(name_word)
            position = word.end()
        if not words or len(words) > 6:
            return None
        names.append(" ".join(words))
        separator = _BETWEEN_NAMES.match(text, position)
        if separator is None or (closing and len(names) >= 2):
            # "tại 3 xã: An Thạch, An Nghiệp và An Ninh Tây, Thanh tra Nhà nước huyện …" (raw61/uk08): the
            # name after "và" is the last
            return names, position
        closing = "và" in separator.group()
        position = separator.end() - 1  # at the space the next name's first word follows


# a name that capitalises its first word only, or its second ("tiếng Anh"); the list closed by the end of
# its bracket, of its clause, or by the verb said of all of them ("Toán, …, Địa lý có 100% thí sinh …")
_CLOSING_VERB = r"(?:có|đạt|được|đã|đều|là|với)(?!\w)"
_NAME_TO_ITS_END = re.compile(
    # ("TP.HCM", "TP. Đà Nẵng" one name, its full stop no end: raw5/v29, n2393)
    rf" ?(?P<name>(?:(?:TP|Tp|TX|Tx)\. (?=[A-ZÀ-ỸĐ]))?[^\W\d_][^\W_]*(?:\.[^\W\d_]+)*"
    rf"(?: (?!và(?!\w)|{_CLOSING_VERB})[^\W\d_]+){{0,4}})"
    rf"(?=,? và |, |[.;)]|$| {_CLOSING_VERB})"
)
_CLOSED_BY_A_VERB = re.compile(rf" {_CLOSING_VERB}")
_A_LANGUAGE = re.compile(r"tiếng [^\W\d_]*[A-ZÀ-ÝĐ]")  # "tiếng Anh", a subject said in lower case
_AN_ORGANISATION = re.compile(
    r"(?:Sở|Bộ|Ban|Ủy ban|Uỷ ban|Cục|Chi cục|Tổng cục|Trường|Viện|Hội|Công ty|Phòng|Trung tâm|Văn phòng|Đài"
    r"|Báo|Ngân hàng|Bệnh viện|Tòa án|Toà án|Công an|Đảng ủy|Đảng uỷ|Liên đoàn|Đoàn|Quỹ|Kho bạc)(?!\w)"
)


def _names_to_the_end(text: str, position: int, bracket: bool) -> tuple[list[str], int] | None:
    """Names that capitalise their first word only (or a language's second), listed to the bracket's end, the
    sentence's or the verb said of them all: "12 môn thi: Toán, Vật lý, …, tiếng Anh, tiếng Nga, tiếng Pháp
    và tiếng Trung Quốc.", "10 đội tuyển (Toán học, Tin học, …, Tiếng Pháp)" (n1047, n1048) — each item a
    name of at most five words with a capital, no figure in it, the list closed."""
    names: list[str] = []
    while (match := _NAME_TO_ITS_END.match(text, position)) is not None and (
        match.group("name")[0].isupper() or (names and _A_LANGUAGE.match(match.group("name")))
    ):
        names.append(match.group("name"))
        position = match.end()
        separator = _BETWEEN_NAMES.match(text, position)
        if separator is None:
            break
        position = separator.end() - 1
    if 0 < sum(bool(_AN_ORGANISATION.match(name)) for name in names) < len(names):
        # "Sở Giáo dục và Đào tạo, Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch": a name with "và" or a comma in
        # it, cut up ("Hội Nông dân, Hội Phụ nữ, Hội Cựu chiến binh, Đoàn thanh niên" are names of a kind)
        return None
    after = text[position : position + 1]
    closed = (
        after == ")"
        if bracket
        else after in ("", ".", ";") or _CLOSED_BY_A_VERB.match(text, position) is not None
    )
    return (names, position) if len(names) >= 2 and closed else None


def _agency_names_joined(names: list[str]) -> list[str]:
    """The names of a list, those of departments and ministries with "và" in them joined again: "3 sở gồm: Tài
    chính, Công Thương, Khoa học và Công nghệ" (n1301) names three."""
    joined: list[str] = []
    for name in names:
        if joined and f"{joined[-1]} và {name}".lower() in _AGENCIES_WITH_AND:
            joined[-1] = f"{joined[-1]} và {name}"
        else:
            joined.append(name)
    return joined


# departments and ministries named with "và" (and the last words of those with a comma too)
_AGENCIES_WITH_AND = frozenset(
    name.lower()
    for name in (
        "Khoa học và Công nghệ", "Tài nguyên và Môi trường", "Giáo dục và Đào tạo",
        "Thông tin và Truyền thông", "Kế hoạch và Đầu tư", "Nông nghiệp và Phát triển nông thôn",
        "Nông nghiệp và Môi trường",
        "Thể thao và Du lịch", "Thương binh và Xã hội", "Dân tộc và Tôn giáo", "Văn hóa và Thông tin",
        "Xây dựng và Giao thông",
    )
)  # fmt: skip


# the kind of the things listed, named before the list: "… xảy ra ở các tỉnh: Đồng Nai, …"
# (places, where what was counted happened, not what is counted: 10 teams "ở các môn" are one a subject,
# n1723)
_PLACES = ("tỉnh", "huyện", "xã", "phường", "thị xã", "thành phố", "quận", "địa phương", "nước", "quốc gia")
_PLACE_KINDS = frozenset(place.split()[0] for place in _PLACES)  # a listed name's first word, when a place
_OF_A_KIND_LISTED = re.compile(
    rf"(?<!\w)(?:ở|tại) (?:các|những) (?:{'|'.join(_PLACES)})(?: [^\W\d_]+)?(?: là| gồm)?:? ?$"
)
_OVER_ITS_WHOLE = re.compile(r" ?/ ?\d{1,3}(?=\s)")
# a number that tells which one, not how many: "tiêm mũi 2 dưới 50% là: Thái Bình, …" (raw5/v29)
_WHICH_ONE = re.compile(r"(?<!\w)(?:mũi|liều|lần|đợt|thứ|khóa|khoá) $")
# what is said of the things counted, the rate they reached at most, then the list of them after a comma
# (not "9 địa phương khác tiêm vaccine 2 mũi cho 90% dân số trở lên, gồm: …": the list is of the 9)
_SAID_OF_THEM_THEN_LISTED = re.compile(
    # (… its colon without the comma: "6 huyện được phân bổ kinh phí nhiều nhất gồm: Lâm Hà …", n1606)
    r"(?:(?: [^\W\d_]+){0,12}(?<=đạt) \d+(?:,\d+)? ?%)?"
    # (… or the mark they reached, the list in brackets: "5 xã đạt 19 tiêu chí (gồm các xã: Ea Kly, …); 3 xã
    # đạt 15-18 tiêu chí (các xã: Tân Tiến, …)", n1872)
    r"(?:(?: [^\W\d_]+){0,4}(?<=đạt) \d{1,3}(?: ?[-–] ?\d{1,3})?(?=(?: [^\W\d_]+){1,3} \())?"
    # (the first marker that follows: not "… là Trường THCS Thạch Lỗi (xã …" read up to its bracket)
    # ("… đạt chuẩn quốc gia mức độ 1 gồm:", n1917; "… đạt chuẩn vào đầu năm 2014 (các xã: …", n2011)
    # (… or rates and ages said of them: "18/63 tỉnh có tỷ lệ bao phủ ít nhất 01 liều vaccine cho trên 95%
    # dân số từ 18 tuổi trở lên là: Hà Nội, …", n2393; a comma among them too: "11 xã có tỷ lệ hộ sử dụng
    # điện thường xuyên, an toàn đạt 100%, gồm: …", n622; "9 tỉnh, thành phố gồm: …", n791)
    r"(?:(?:, (?=[a-zà-ỹđ])| )(?:[^\W\d_]+|(?<=độ )\d{1,2}|(?<=năm )(?:19|20)\d\d"
    r"|\d{1,3}(?:,\d+)?(?: ?[-–] ?\d{1,3}(?:,\d+)?)? ?%|\d{1,3}(?= (?:tuổi|liều|mũi)(?!\w)))){1,16}?"
    r"(?:, (?:bao gồm|gồm):?| (?:bao gồm|gồm):| (?:bao gồm|gồm)(?= Trường)| là:?"
    # (… or a colon: "Có 03 chùa được xếp hạng di tích lịch sử cấp tỉnh: Chùa Thọ Khuê xã Yển Khê, …", n2056)
    r"|:"
    r"| \((?:bao gồm |gồm )?(?:các )?(?:xã|phường|thị trấn|huyện|tỉnh|đơn vị|trường)"
    r"(?:, (?:phường|thị trấn))?:?(?= [^\W\d_])"
    # (… or the names in brackets straight away: "3 trường đạt chuẩn mức độ 1 (Tiểu học số 1 Cát Minh, …)",
    # n1922)
    r"| \((?=[A-ZÀ-ỸĐ]))"
    r"(?= ?[^\W\d_])"
)
_A_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?!\d)")


def _names_listed(names: Sequence[str]) -> Recomputation:
    """As many as the names listed, the first of them shown."""
    counted = Decimal(len(names))
    shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
    return Recomputation(
        counted,
        counted,
        counted,
        Bilingual(f"{shown}: {len(names)} names", f"{shown}: {len(names)} tên"),
        Bilingual("the names listed", "các tên được kể"),
    )


def count_of_names(sentence: Sentence) -> Iterator[Claim]:
    """A count, then the names of what it counts: as many names as the count says. After "gồm", ":"
    or a bracket the list is all of them; run on from the noun ("02 nhà văn hóa tổ Bản Đồn 2 và Lủng
    Hoàn") it may name some only, and is read only when it gives the count.

    Examples:
        "Công an 6 tỉnh tham dự gồm Hòa Bình, Yên Bái, Bắc Kạn, Quảng Ninh, Bắc Giang và Phú Thọ."
        "Hoàn thành 02 nhà văn hóa tổ Bản Đồn 2 và Lủng Hoàn."
    """
    text = sentence.text
    listed: set[int] = set()  # where the lists read so far begin
    for figure in sentence.figures:
        if figure.kind != FigureKind.COUNT or figure.qualifier is not None or not 2 <= figure.value <= 40:
            continue
        if _WHICH_ONE.search(text, max(0, figure.start - sentence.start - 6), figure.start - sentence.start):
            continue
        if _is_a_period(figure):
            continue  # "hoàn thành chỉ tiêu … trước 4 năm (Đảng, Quốc hội giao …)" (raw37/tm14): years early
        if (
            text[max(0, figure.start - sentence.start - 2) : figure.start - sentence.start]
            .strip()
            .endswith("/")
        ):
            continue  # "6/7 huyện được thụ hưởng … gồm: Mường Tè, …" (raw9/z47): the names are of the six
        position = figure.end - sentence.start
        if (over := _OVER_ITS_WHOLE.match(text, position)) is not None:
            # a fraction's first figure: "18/63 tỉnh … là: Hà Nội, …" names the 18 (n2393)
            position = over.end()
        nouns = 0  # the noun: lower-case words (its first one may be written as a title's: "4 Chiến dịch tình
        # nguyện: Mùa hè xanh, …", n1478)
        while (
            nouns < 6
            and (word := _LOWER_WORD.match(text, position))
            and (
                word.group("word")[0].islower()
                or (
                    not nouns
                    and (next_word := _LOWER_WORD.match(text, word.end())) is not None
                    and next_word.group("word")[0].islower()
                )
            )
        ):
            if word.group("word") in ("gồm", "là", "như", "trong", "tại", "ở", "của", "với"):
                break
            nouns, position = nouns + 1, word.end()
            if word.group("word") == "năm" and (year := _A_YEAR_AFTER.match(text, position)) is not None:
                position = year.end()  # "3 xã đăng ký hoàn thành năm 2020 là Tuấn Việt, …" (n1771)
        marker = _LIST_MARKER.match(text, position)
        if marker is None and nouns:
            # what is said of them first, then "gồm": "9 đơn vị đạt 100% quân số lên khám so với lệnh điều
            # khám, gồm: Minh Tân, Thái Tân, …" (n1326)
            marker = _SAID_OF_THEM_THEN_LISTED.match(text, position)
            kind = _OF_A_KIND_LISTED.search(marker.group()) if marker else None
            first_noun = text[figure.end - sentence.start : position].split()[:1]
            if kind is not None and first_noun and first_noun[0] not in _PLACE_KINDS:
                continue  # "24 người có hành vi …, xảy ra ở các tỉnh: Đồng Nai, …" (raw6/w47): where, not who
        if not nouns or (marker is None and not _NAME_WORD.match(text, position)):
            continue
        start = marker.end() if marker else position
        if start in listed:
            continue  # "3/63 tỉnh có tỷ lệ … đủ 2 liều … là Long An, …": the names are the first count's
        listed.add(start)
        found = _listed_names(text, start)
        to_the_end = _names_to_the_end(text, marker.end(), "(" in marker.group()) if marker else None
        if to_the_end is not None and (found is None or len(found[0]) != len(to_the_end[0])):
            found = to_the_end
        if marker is not None and (asides := _NAMES_WITH_ASIDES.match(text, marker.end())) is not None:
            # each name with its figure in brackets: "6 huyện … nhiều nhất gồm: Lâm Hà (1,7 tỷ đồng); Bảo Lâm
            # ( gần 1,6 tỷ đồng); …; Đam Rông ( hơn 1,2 tỷ đồng)." (n1606)
            found = (_NAME_BEFORE_AN_ASIDE.findall(asides.group()), asides.end())
        if marker is not None and (grouped := _names_grouped_by_place(text, marker.end())) is not None:
            # names in groups, each group with the place they are in: "25 xã đạt chuẩn NTM nâng cao, gồm: Kỳ
            # Phú, Kỳ Châu, Kỳ Đồng, Kỳ Giang (Kỳ Anh); Mai Phụ (Lộc Hà); …" (n1772)
            found = grouped
        if marker is not None and (bodies := _bodies_listed(text, marker.end())) is not None:
            # schools named by their kind and name, each perhaps with its place: "8 trường mầm non đạt chuẩn
            # quốc gia mức độ 1 gồm: Trường mầm non Vĩnh Lập (xã Vĩnh Lập, huyện Thanh Hà); …" (n1917); other
            # bodies and people alike
            found = bodies
        if (
            found is None
            and marker is not None
            and (plain := _PLAIN_ITEMS.match(text, marker.end())) is not None
        ):
            # things named in lower case, a word or three each, to the end of the sentence: "tranh tài ở 6 môn
            # gồm: điền kinh, rowing, sailing, karate, bắn súng và bóng đá nam." (n1613) — read only when
            # their number is the count (an item's words may hold a comma of their own)
            items = _NAMES_BETWEEN.split(plain.group("items"))
            if len(items) == figure.value:
                found = ([item.strip() for item in items], plain.end("items"))
        if found is None or len(found[0]) < 2:
            continue
        names, end = found
        names = _agency_names_joined(names)
        if sum(name.split()[-1].isdigit() for name in names) >= 2:
            continue  # "15 người bị thương (Bến Tre 12, Tiền Giang 3)": how many of each, not names
        # the place they are all in, closing the list: "4 xã Phù Đổng, Bát Tràng, Gia Lâm, Thuận An (Hà Nội)."
        place = _A_PLACE_ASIDE.match(text, end)
        if place is not None and text[place.end() : place.end() + 1] in ("", ".", ";", ","):
            end = place.end()
        rest = text[end : end + 2]
        closed = (
            rest[:1] == ")"
            if marker and "(" in marker.group()  # ("(gồm: …)", "đạt 19 tiêu chí (các xã: …)")
            else rest[:1] in ("", ".", ";", ",")
        )
        if not (closed or (rest[:1] == " " and rest[1:2].islower())):
            continue
        clause = re.split(r"[.;)]", text[end:], maxsplit=1)[0]
        if any(word[0].isupper() for word in _AFTER_A_SEPARATOR.findall(clause)):
            continue  # "5 đơn vị: Hà Nội, Huế, Sở Tài chính và Sở Y tế": a name with a lower-case word
        if _GOES_ON_AFTER_A_SEMICOLON.match(text, end):
            continue  # "có 4 bộ là: GD-ĐT, Y tế; Ngoại giao, KH-CN." (n1681): the names go on past "Y"
        counted = Decimal(len(names))
        if marker is None and counted != figure.value:
            continue  # run on from the noun, a list may name some of them only
        if not closed and counted != figure.value and not _CLOSED_BY_A_VERB.match(text, end):
            # "nhóm 6 Ngân hàng phát triển, gồm: Ngân hàng Thế giới (WB), Ngân hàng Phát triển châu Á (ADB),
            # …" (n1247): a lower-case word after the last name, no verb said of them all, may be part of it
            continue
        at = sentence.at(figure)
        claim = judged_claim(
            sentence,
            (at, at + len(figure.placeholder)),
            "count_of_names",
            [(Role.TOTAL, figure)],
            [_names_listed(names)],
        )
        bare_brackets = marker is not None and marker.group().strip() == "("
        if claim.verdict.alarm and counted < figure.value and bare_brackets:
            # "4 thành phố (Hạ Long, Cẩm Phả, Uông Bí)" (n2308: Móng Cái left out of the brackets): a name
            # left out of an aside as likely as a count mistyped — not of one that says "gồm" (n1721)
            note = claim.message + Bilingual(
                " The list in brackets may leave a name out.", " Danh sách trong ngoặc có thể bỏ sót một tên."
            )
            claim = dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, message=note, slip=None)
        yield dataclasses.replace(claim, end=max(claim.end, sentence.start + end))


# two counts said together, then the names of each, the second list under a label of its own: "có 08 bộ, cơ
# quan trung ương và 18 địa phương có tỷ lệ giải ngân đạt …, bao gồm: Ngân hàng Phát triển; …; các địa
# phương: Hà Tĩnh, Ninh Bình, …" (n1486)
_TWO_COUNTS_NAMED = pattern(
    r"{first:N} (?P<first_noun>[^\W\d_]+(?:,? [^\W\d_]+){0,5}?) và {second:N} (?P<second_noun>[^\W\d_]+)"
)
_THEIR_NAMES_FOLLOW = re.compile(r"[^:;.#\d()]{0,160}?,? (?:bao gồm|gồm)(?: có)?:? ")
_NAMES_BETWEEN = re.compile(r", | và ")


def counts_of_two_lists_of_names(sentence: Sentence) -> Iterator[Claim]:
    """Two counts said together ("08 bộ, cơ quan trung ương và 18 địa phương"), then the names of each: the
    first list after "bao gồm", its names parted by semicolons, then "các địa phương:" and the second,
    parted by commas. Each count is as many names as its list gives.

    Examples:
        "Có 2 bộ và 3 địa phương, bao gồm: Bộ Tài chính; Bộ Xây dựng; các địa phương: Huế, Hà Nội và Lào Cai."
    """
    text = sentence.text
    if ":" not in text or ";" not in text:
        return
    for match in _TWO_COUNTS_NAMED.finditer(sentence.skeleton):
        first, second = _figure(sentence, match, "first"), _figure(sentence, match, "second")
        if first.kind != FigureKind.COUNT or second.kind != FigureKind.COUNT:
            continue
        own = match.group("second_noun")
        position = second.end - sentence.start + 1 + len(own)
        opening = _THEIR_NAMES_FOLLOW.match(text, position)
        if opening is None:
            continue
        label = re.compile(rf"; ?(?:các |những )?{re.escape(own)}(?: [^\W\d_]+){{0,2}} ?: ?", re.IGNORECASE)
        second_label = label.search(text, opening.end())
        if second_label is None:
            continue
        end = re.search(r"[.;]|$", text[second_label.end() :])
        stop = second_label.end() + (end.start() if end else 0)
        lists = [
            [name.strip() for name in text[opening.end() : second_label.start()].split(";")],
            [name.strip() for name in _NAMES_BETWEEN.split(text[second_label.end() : stop])],
        ]
        if any(
            not name or not name[0].isupper() or len(name.split()) > 12 for names in lists for name in names
        ):
            continue  # each item a name, capitalised
        for figure, names in zip((first, second), lists, strict=True):
            at = sentence.at(figure)
            yield judged_claim(
                sentence,
                (at, at + len(figure.placeholder)),
                "counts_of_two_lists_of_names",
                [(Role.TOTAL, figure)],
                [_names_listed(names)],
            )
        return


# (the last one after "và": "… Di Linh (225 hộ) và Bảo Lâm (221 hộ).", n1761)
# (a name may open with an abbreviation: "TP.Hồ Chí Minh (110 giải)", n1048)
_NAME_OF_AN_ASIDE = r"[A-ZÀ-ỸĐ][^\W\d_]*(?:\. ?[A-ZÀ-ỸĐ][^\W\d_]*)?(?: [A-ZÀ-ỸĐ][^\W\d_]*){0,4}"
_NAME_BEFORE_AN_ASIDE = re.compile(rf"(?:^|[;,] ?|,? và ) ?({_NAME_OF_AN_ASIDE}) ?\([^()]{{1,60}}\)")
_NAMES_WITH_ASIDES = re.compile(
    rf" ?{_NAME_OF_AN_ASIDE} ?\([^()]{{1,60}}\)"
    rf"(?:(?:[;,] ?|[;,]? và ){_NAME_OF_AN_ASIDE} ?\([^()]{{1,60}}\)){{1,30}}(?=\.|$)"
)


# (an apostrophe inside a word of it: "Đam’ri", n2011)
_A_CAPITALISED_NAME = r"[A-ZÀ-ỸĐ][^\W\d_]*(?:[’'][^\W\d_]+)?(?: [A-ZÀ-ỸĐ][^\W\d_]*(?:[’'][^\W\d_]+)?){0,4}"
_A_PLACE_ASIDE = re.compile(
    r" ?\((?:đều )?(?:ở |thuộc )?(?:huyện |thị xã |TX |TP |TP\. |thành phố |quận |tỉnh )?"
    r"[A-ZÀ-ỸĐ][^()\d]{0,30}\)"
)
# … or after a dash: "Tân Hội - huyện Đức Trọng; Xuân Trường - Thành phố Đà Lạt và Quảng Lập, Lạc Lâm - huyện
# Đơn Dương" (n2011)
_A_PLACE_AFTER_A_DASH = re.compile(
    r" [-–] (?:[Hh]uyện|[Tt]hị xã|TX\.?|TP\.?|Tp\.|[Tt]hành phố|[Qq]uận)"
    r" ?[A-ZÀ-ỸĐ][^\W\d_]*(?:[’'][^\W\d_]+)?"
    r"(?: [A-ZÀ-ỸĐ][^\W\d_]*){0,3}"
)
_ONE_CAPITALISED_NAME = re.compile(" ?" + _A_CAPITALISED_NAME)
_BETWEEN_GROUPED_NAMES = re.compile(r"[;,] (?:và )?(?=[A-ZÀ-ỸĐ])| và (?=[A-ZÀ-ỸĐ])")


# a body named by its kind, then its name — capitalised words, a lower-case word after one of them ("Bệnh viện
# Đa khoa Đống Đa", "Trạm Y tế Việt Hưng", "Bộ Tư pháp", "Ngân hàng Nhà nước Việt Nam", n1582, n1681)
_A_BODY = re.compile(
    r" ?(?:Bệnh viện|Trạm [Yy] tế|Trung tâm|Ngân hàng|Bộ|Sở|Chợ|Công ty|Nhà máy|Cục|Chi cục|Viện|Ủy ban"
    r"|Tòa án|[Đđ]ền|[Đđ]ình|[Cc]hùa|[Mm]iếu|[Nn]hà thờ(?: họ)?)"
    r"(?: (?:[A-ZÀ-ỸĐ][^\W\d_]*(?:[’'][^\W\d_]+)?"
    r"(?: (?!và\b|là\b|gồm\b|có\b|của\b|tại\b|với\b|đã\b|được\b)[a-zà-ỹđ]+)?|xã|phường)){1,6}"
    r"(?: ?\([^()]{1,60}\))?"
)
# people named with the word one calls them by: "03 Mẹ Việt Nam anh hùng gồm mẹ Thẩm Thị Thanh, mẹ Thái Thị
# Cẩm và mẹ Thái Thị Nhung (ở xã Tây Vinh)" (n1503)
_A_PERSON = re.compile(
    r" ?(?:ông|bà|mẹ|anh|chị|em|cụ|đồng chí) [A-ZÀ-ỸĐ][^\W\d_]*(?: [A-ZÀ-ỸĐ][^\W\d_]*){1,4}"
    r"(?: ?\([^()]{1,60}\))?"
)
_SCHOOL_KIND = (
    r"(?:[Mm]ầm non|[Mm]ẫu giáo|MN|MG|[Tt]iểu học|TH|THCS|THPT|[Tt]rung học cơ sở|[Tt]rung học phổ thông"
    r"|PTDTBT|PTDTNT|[Pp]hổ thông dân tộc (?:bán trú|nội trú)|TH ?(?:&|và) ?THCS|THCS ?(?:&|và) ?THPT)"
)
_A_SCHOOL = re.compile(
    rf" ?(?:[Tt]rường )?{_SCHOOL_KIND}(?: {_SCHOOL_KIND})?(?: số \d{{1,2}})?"
    r" [A-ZÀ-ỸĐ][^\W\d_]*(?: (?:[A-ZÀ-ỸĐ][^\W\d_]*|[IVX]{1,4}|\d{1,2}))*(?: ?\([^()]{1,80}\))?"
)
_BETWEEN_NAMED_BODIES = re.compile(r"[;,] ?(?:và )?| và ")


def _bodies_listed(text: str, position: int) -> tuple[list[str], int] | None:
    """Schools, other bodies and people named one after another from ``position``, each by its kind or title
    and its name ("Trường mầm non Vĩnh Lập (xã Vĩnh Lập, …); Trường THCS Tân An, …", "Bệnh viện Thanh Nhàn và
    Trạm Y tế Việt Hưng", "mẹ Thẩm Thị Thanh, mẹ Thái Thị Cẩm"), and where the list ends; None if fewer than
    two."""
    names: list[str] = []
    end = position
    while (
        named := _A_SCHOOL.match(text, position)
        or _A_BODY.match(text, position)
        or _A_PERSON.match(text, position)
    ) is not None:
        names.append(named.group().strip())
        end = named.end()
        if (between := _BETWEEN_NAMED_BODIES.match(text, end)) is None:
            break
        position = between.end()
    return (names, end) if len(names) >= 2 else None


def _names_grouped_by_place(text: str, position: int) -> tuple[list[str], int] | None:
    """Names listed to the end of the sentence in groups, a place in brackets after some of them at least
    ("Kỳ Phú, Kỳ Châu (Kỳ Anh); Mai Phụ (Lộc Hà); …"), and where they end; None if the list is not so."""
    names: list[str] = []
    places = 0
    while (name := _ONE_CAPITALISED_NAME.match(text, position)) is not None:
        names.append(name.group().strip())
        position = name.end()
        if (
            place := _A_PLACE_ASIDE.match(text, position) or _A_PLACE_AFTER_A_DASH.match(text, position)
        ) is not None:
            places, position = places + 1, place.end()
        if (between := _BETWEEN_GROUPED_NAMES.match(text, position)) is None:
            break
        position = between.end()
    ended = text[position:].strip() in ("", ".") and text[position - 1 : position] == ")"
    # (… or the bracket the list is in closes: "4 xã … (các xã: Tân Hội - huyện Đức Trọng; …), 17 xã …")
    ended = ended or (text[position : position + 1] == ")" and place is not None)
    return (names, position) if places and ended and len(names) >= 2 else None


# (an item's words may be joined by a dash: "đơn nam, đơn nữ, đôi nam, đôi nữ và đôi nam - nữ", n1908)
_PLAIN_ITEMS = re.compile(
    r" ?(?P<items>[a-zà-ỹđ]+(?:(?: | [-–] )[a-zà-ỹđ]+){0,2}"
    r"(?:(?:,| và) [a-zà-ỹđ]+(?:(?: | [-–] )[a-zà-ỹđ]+){0,2}){2,11})"
    # (… or to what is said of them all: "ở 3 cấp: tỉnh, huyện, xã, trong đó: …" n1317; "3 chiến dịch: kỳ nghỉ
    # hồng, hành quân xanh, hoa phượng đỏ với sự tham gia …", n1478)
    r"(?=[.;]|$|, trong đó(?!\w)| với (?!nhau))"
)


# (… or names parted by semicolons: "3/14 chỉ tiêu là Tài nguyên và Môi trường; Y tế; Công tác tuyển quân",
# n1336; of another kind after the semicolon: "…, Nông Cống; phường Hạc Thành; …", n1373)
_GOES_ON_AFTER_A_SEMICOLON = re.compile(
    r"[^.;()]{0,30}; ?(?:[a-zà-ỹđ]+ ){0,2}[A-ZÀ-ỸĐ][^.;]{0,40}(?:(?:,| và) |; ?|$)"
    r"(?:[a-zà-ỹđ]+ ){0,2}[A-ZÀ-ỸĐ]"
)


# A count of groups that moved one way, then each of them with its rate: "Có 9 nhóm hàng tăng gồm: Thuốc
# và dịch vụ y tế tăng 13,39%; …; Giao thông giảm 1,41%; …" (n861), "có 5 nhóm chỉ số giá tăng so với
# tháng trước: Nhà ở, điện nước … tăng 0,62%; …" (n862) — as many items as the count, each moving that way.
_GROUPS_THAT_MOVED = re.compile(
    r"(?<![\w#/])(?P<count>#\d+#)(?: ?/ ?#\d+#)? (?P<noun>[^\W\d_]+(?:,? [^\W\d_]+){0,10}?)"
    r" (?P<verb>tăng|giảm)(?: [^\W\d_]+){0,6}?,?(?: gồm:?| bao gồm:?| là:?| cụ thể:?|:) (?=[^\W\d_])"
)
_RATED_ITEM = re.compile(r"(?P<label>[^#;:()]{1,90}?) (?P<verb>tăng|giảm) (?P<rate>#\d+%#)")
_ANOTHER_COUNT_JOINED = re.compile(r"#\d+# [^#;:]{0,60}?(?:tăng|giảm)[^#;:]{0,20}? và $")
_BETWEEN_ITEMS = re.compile(r"(?:;|,)? (?:và )?|; ")
_LIST_ENDS = re.compile(r"[.;]?$")


def _items_in_turn(
    skeleton: str, position: int, item: re.Pattern[str], between: re.Pattern[str], stop: int | None = None
) -> list[re.Match[str]]:
    """The items ``item`` matches one after another from ``position`` (up to ``stop``), parted by what
    ``between`` matches."""
    end = len(skeleton) if stop is None else stop
    found: list[re.Match[str]] = []
    while (match := item.match(skeleton, position, end)) is not None:
        found.append(match)
        parted = between.match(skeleton, match.end(), end)
        if parted is None:
            break
        position = parted.end()
    return found


def count_of_rated_groups(sentence: Sentence) -> Iterator[Claim]:
    """A count of the groups that rose (or fell), then each group with its rate: as many as the count, and
    each one moving the way the count says. A list after "gồm", "là" or a colon, to the end of the
    sentence, is all of them.

    Examples:
        "Có 3 nhóm hàng tăng gồm: giao thông tăng 0,79%; hàng ăn tăng 0,67% và giáo dục tăng 0,03%."
    """
    skeleton = sentence.skeleton
    if skeleton.count("%#") < 2:
        return  # two groups with their rates at least
    for opening in _GROUPS_THAT_MOVED.finditer(skeleton):
        count = sentence.figure(opening.group("count"))
        if count.kind != FigureKind.COUNT or not 2 <= count.value <= 40 or count.qualifier is not None:
            continue
        if _is_a_period(count):
            continue  # "10 tháng tăng so với cùng kỳ năm trước: Ô tô tăng 42,2%; …" (raw44/tt28): time
        if _ANOTHER_COUNT_JOINED.search(skeleton, max(0, opening.start() - 80), opening.start()):
            # "có 9 nhóm hàng tăng giá và 2 nhóm giảm giá, gồm: …" (n1241): the list after both counts is of
            # the one it names, not said which
            continue
        items = _items_in_turn(skeleton, opening.end(), _RATED_ITEM, _BETWEEN_ITEMS)
        if len(items) < 2 or not _LIST_ENDS.fullmatch(skeleton, items[-1].end()):
            continue  # a list that runs on into other words may not be all of them, or not of them only
        moved = [item for item in items if item.group("verb") == opening.group("verb")]
        other = [item for item in items if item.group("verb") != opening.group("verb")]
        counted = Decimal(len(moved))
        verb = opening.group("verb")
        formula = f"{len(items)} nhóm được kể, {len(moved)} nhóm {verb}"
        formula_en = f"{len(items)} listed, {len(moved)} said to {'rise' if verb == 'tăng' else 'fall'}"
        if other:
            names = ", ".join(item.group("label").strip(" ;,").removeprefix("và ") for item in other)
            formula += f" ({names}: {other[0].group('verb')})"
            formula_en += f" ({names}: {'rise' if verb != 'tăng' else 'fall'})"
        recomputation = Recomputation(
            counted,
            counted,
            counted,
            Bilingual(formula_en, formula),
            Bilingual("the groups listed", "các nhóm được kể"),
        )
        at = sentence.at(count)
        numbers = [(Role.TOTAL, count)]
        yield judged_claim(sentence, (at, items[-1].end()), "count_of_rated_groups", numbers, [recomputation])


# An amount written out in words after its figures, as official documents do: "2.725.341.443.189 đồng (Hai
# nghìn bảy trăm hai mươi lăm tỷ, ba trăm bốn mươi mốt triệu, bốn trăm bốn mươi ba nghìn, một trăm tám mươi
# chín đồng)"
# (a number word may have been read as a figure: "… tám mươi tám đồng", its "tám đồng" eight đồng)
_AMOUNT_IN_WORDS = pattern(
    r"{amount:N} (?:đồng|đ) ?\((?:bằng chữ:? )?(?P<words>[^\W\d_](?:[^()#\d]|#\d+#){8,300}?) ?\)"
)
_DIGIT_WORDS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
_SCALE_WORDS = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}


def _number_in_words(words: list[str]) -> int | None:
    """The number Vietnamese words say ("hai nghìn bảy trăm hai mươi lăm tỷ, …"), or None when a word is
    none of a number's: split at the last of the largest scale, each side read the same way."""
    scales = [word for word in words if word in _SCALE_WORDS]
    if scales:
        largest = max(scales, key=lambda word: _SCALE_WORDS[word])
        at = len(words) - 1 - words[::-1].index(largest)
        left, right = _number_in_words(words[:at]) if words[:at] else 1, _number_in_words(words[at + 1 :])
        if left is None or right is None:
            return None
        return left * _SCALE_WORDS[largest] + right
    total, current = 0, None
    for word in words:
        if word in _DIGIT_WORDS:
            current = _DIGIT_WORDS[word] if current is None else current + _DIGIT_WORDS[word]
        elif word == "trăm":
            total, current = total + (1 if current is None else current) * 100, None
        elif word == "mươi":
            current = (current or 0) * 10
        elif word == "mười":
            current = 10
        elif word not in ("linh", "lẻ"):
            return None
    return total + (current or 0)


def amount_in_words(sentence: Sentence) -> Iterator[Claim]:
    """An amount written out in words after its figures is the same amount: the figures as printed against
    the number the words say.

    Examples:
        "Chi 21.015.404.000 đồng (Hai mươi mốt tỷ, không trăm mười lăm triệu, bốn trăm linh tư nghìn đồng)"
    """
    if "(" not in sentence.skeleton:
        return
    for match in _AMOUNT_IN_WORDS.finditer(sentence.skeleton):
        printed = _figure(sentence, match, "amount")
        spelt = PLACEHOLDER.sub(lambda found: sentence.figure(found.group()).text, match.group("words"))
        words = [word for word in re.split(r"[\s,;.]+", spelt.lower()) if word]
        if words and words[-1] in ("đồng", "đ", "chẵn"):
            words = [word for word in words if word not in ("đồng", "đ", "chẵn")]
        said = _number_in_words(words) if len(words) >= 2 else None
        if said is None or printed.scale != 1:
            continue
        value = Decimal(said)
        formula = message("the amount in words: {}", "số tiền bằng chữ: {}", value)
        reading = Recomputation(
            value, value, value, formula, Bilingual("amount in words", "số tiền bằng chữ")
        )
        yield judged_claim(sentence, match.span(), "amount_in_words", [(Role.TOTAL, printed)], [reading])


# ---------------------------------------------------------------------------------------------
# 13. Trade: exports and imports make up the trade, their difference its balance ("kim ngạch xuất nhập
# khẩu đạt 4.975 triệu USD, …, xuất khẩu 2.750 triệu USD, …, nhập khẩu đạt 2.225 triệu USD").


def exports_and_imports(sentence: Sentence) -> Iterator[Claim]:
    """The trade is its exports and imports added up; a surplus ("xuất siêu") their difference, a deficit
    ("nhập siêu") the other way — each read from the first exports and imports said after the trade, in
    the same unit.

    Examples:
        "kim ngạch xuất nhập khẩu đạt 4.975 triệu USD, xuất khẩu 2.750 triệu USD, nhập khẩu 2.225 triệu USD"
    """
    if "khẩu" not in sentence.skeleton and "xnk" not in sentence.skeleton:
        return
    told = list(_trade_figures(sentence))
    for index, (kind, total) in enumerate(told):
        if kind != "trade" or total.qualifier is not None:
            continue
        following = list(itertools.takewhile(lambda said: said[0] != "trade", told[index + 1 :]))

        def first(
            wanted: str, total: Figure = total, following: list[tuple[str, Figure]] = following
        ) -> Figure | None:
            return next(
                (
                    figure
                    for kind, figure in following
                    if kind == wanted
                    and figure.scale == total.scale
                    and _same_first_word(figure.noun, total.noun)
                ),
                None,
            )

        exports, imports = first("exports"), first("imports")
        if exports is None or imports is None:
            continue
        parts = [exports, imports]
        if all(part.qualifier is None for part in parts):
            added = sum_of_parts(parts, Bilingual("exports and imports", "xuất khẩu và nhập khẩu"))
            numbers = [(Role.PART, exports), (Role.PART, imports), (Role.TOTAL, total)]
            span = (sentence.at(total), max(sentence.at(f) + len(f.placeholder) for f in parts))
            yield judged_claim(
                sentence, span, "exports_and_imports", numbers, [added], default_slip=Slip.SUM_MISMATCH
            )
        gap = first("balance")
        if gap is not None and gap.qualifier is None:
            signs, label = _balance_of(sentence, gap)
            difference = sum_of_parts(parts, label, signs)
            numbers = [(Role.PART, exports), (Role.PART, imports), (Role.DIFFERENCE, gap)]
            at = sentence.at(gap)
            yield judged_claim(
                sentence, (at, at + len(gap.placeholder)), "exports_and_imports", numbers, [difference]
            )


def balance_after_exports_and_imports(sentence: Sentence) -> Iterator[Claim]:
    """A surplus or deficit said after the exports and imports it is the difference of, with no trade
    before them: "Bắc Ninh có kim ngạch xuất khẩu đạt 4,886 tỷ USD, nhập khẩu 4,87 tỷ USD (xuất siêu 16 triệu
    USD); Bình Dương xuất khẩu 4,32 tỷ USD, …" (n1726) — each place's pair and its balance, in whatever scale.

    Examples:
        "Bình Dương xuất khẩu 4,32 tỷ USD, nhập khẩu 3,234 tỷ USD (xuất siêu 1,086 tỷ USD)"
    """
    if "siêu" not in sentence.skeleton and "cán cân" not in sentence.skeleton:
        return
    said: dict[str, Figure] = {}
    for kind, figure in _trade_figures(sentence):
        if kind == "trade":
            said = {"trade": figure}  # the trade's own balance: see exports_and_imports
            continue
        if kind != "balance":
            said[kind] = figure
            continue
        exports, imports = said.get("exports"), said.get("imports")
        said = {}
        if (
            exports is None
            or imports is None
            or figure.qualifier is not None
            or any(part.qualifier is not None for part in (exports, imports))
            or not _same_first_word(exports.noun, figure.noun)
            or not _same_first_word(imports.noun, figure.noun)
        ):
            continue
        signs, label = _balance_of(sentence, figure)
        difference = sum_of_parts([exports, imports], label, signs)
        numbers = [(Role.PART, exports), (Role.PART, imports), (Role.DIFFERENCE, figure)]
        at = sentence.at(figure)
        span = (at, at + len(figure.placeholder))
        yield judged_claim(sentence, span, "balance_after_exports_and_imports", numbers, [difference])


def _balance_of(sentence: Sentence, gap: Figure) -> tuple[list[int], Bilingual]:
    """The signs exports and imports take in a balance, and its name: a surplus ("xuất siêu") is exports less
    imports, a deficit ("nhập siêu") the other way — by the word said last before it."""
    before = sentence.skeleton[: sentence.at(gap)]
    if before.rfind("xuất siêu") > before.rfind("nhập siêu"):
        return [1, -1], Bilingual("exports less imports", "xuất khẩu trừ nhập khẩu")
    return [-1, 1], Bilingual("imports less exports", "nhập khẩu trừ xuất khẩu")


_TRADE_WORDS = re.compile(
    r"(?P<trade>xuất,? nhập khẩu|xnk)|(?P<exports>xuất khẩu)|(?P<imports>nhập khẩu)"
    r"|(?P<balance>xuất siêu|nhập siêu|cán cân thương mại)"
)


def _trade_figures(sentence: Sentence) -> Iterator[tuple[str, Figure]]:
    """Each amount of a sentence about trade, with what the words last named before it: the trade, the
    exports or the imports ("nhập khẩu trong tháng 7/2017 đạt hơn 17,4 tỷ USD, …, qua đó đưa kim ngạch
    nhập khẩu 7 tháng/2017 đạt 117,83 tỷ USD": both imports); not a change ("tăng 28,55 tỷ USD")."""
    skeleton = sentence.skeleton
    named = [(match.start(), match.lastgroup or "") for match in _TRADE_WORDS.finditer(skeleton)]
    if not named:
        return
    words = sentence.words_around
    for figure in sentence.figures:
        at = sentence.at(figure)
        before = [kind for start, kind in named if start < at]
        if (
            before
            and figure.kind == FigureKind.AMOUNT
            and not _CHANGE_BEFORE_FIGURE.search(words[figure.start][0])
        ):
            yield before[-1], figure


def trade_said_across(sentences: Sequence[Sentence], judged: set[int]) -> Iterator[Claim]:
    """The trade said in one sentence, its exports and imports in the sentences after it ("Kim ngạch xuất
    nhập khẩu hàng hóa 7 tháng … đạt 233,13 tỷ USD … . Trong đó, … kim ngạch xuất khẩu 7 tháng/2017 đạt 115,3
    tỷ USD … . Nhập khẩu … 7 tháng/2017 đạt 117,83 tỷ USD"): several periods may be told in turn, so the
    one pair of exports and imports that gives the trade is read, and nothing is said when none does."""
    told: dict[str, list[tuple[int, Sentence, Figure]]] = {
        "trade": [],
        "exports": [],
        "imports": [],
        "balance": [],
    }
    for number, sentence in enumerate(sentences):
        if any(word in sentence.skeleton for word in ("khẩu", "xnk", "xuất siêu", "nhập siêu")):
            for kind, figure in _trade_figures(sentence):
                told[kind].append((number, sentence, figure))
    label = Bilingual("exports and imports", "xuất khẩu và nhập khẩu")
    for number, sentence, total in told["trade"]:
        if total.start in judged:
            continue

        def after(kind: str, number: int = number, total: Figure = total) -> list[Figure]:
            return [
                figure
                for at, _, figure in told[kind]
                if number <= at <= number + 6
                and figure.start > total.start
                and figure.scale == total.scale
                and _same_first_word(figure.noun, total.noun)
            ]

        fitting = [
            (x, y)
            for x in after("exports")
            for y in after("imports")
            if _fits(total, sum_of_parts([x, y], label))
        ]
        if len(fitting) != 1:
            continue
        parts = list(fitting[0])
        at = sentence.at(total)
        numbers = [(Role.PART, parts[0]), (Role.PART, parts[1]), (Role.TOTAL, total)]
        span = (at, at + len(total.placeholder))
        claim = judged_claim(sentence, span, "exports_and_imports", numbers, [sum_of_parts(parts, label)])
        judged.add(total.start)
        yield dataclasses.replace(claim, start=total.start, end=total.end)
    yield from _balances_said_first(told, judged)


def _balances_said_first(
    told: dict[str, list[tuple[int, Sentence, Figure]]], judged: set[int]
) -> Iterator[Claim]:
    """A surplus or deficit said before the exports and imports it is the difference of, in its sentence or
    the next: "Thái Nguyên xuất siêu 10,73 tỷ USD. Trong đó, kim ngạch xuất khẩu đạt 26,6 tỷ USD, nhập khẩu
    15,87 tỷ USD" (n652). Judged when one exports and one imports follow; of several, only the one pair that
    gives it is read (several periods may be told in turn)."""
    for number, sentence, gap in told["balance"]:
        if gap.start in judged or gap.qualifier is not None:
            continue
        signs, label = _balance_of(sentence, gap)
        until = min((at for at, _, figure in told["balance"] if figure.start > gap.start), default=number + 1)

        def after(kind: str, number: int = number, gap: Figure = gap, until: int = until) -> list[Figure]:
            return [
                figure
                for at, _, figure in told[kind]
                if number <= at <= min(number + 1, until)
                and figure.start > gap.start
                and figure.scale == gap.scale
                and figure.qualifier is None
                and _same_first_word(figure.noun, gap.noun)
            ]

        exports, imports = after("exports"), after("imports")
        if len(exports) == 1 and len(imports) == 1:
            parts = [exports[0], imports[0]]
        else:
            fitting = [
                (x, y) for x in exports for y in imports if _fits(gap, sum_of_parts([x, y], label, signs))
            ]
            if len(fitting) != 1:
                continue
            parts = list(fitting[0])
        numbers = [(Role.PART, parts[0]), (Role.PART, parts[1]), (Role.DIFFERENCE, gap)]
        at = sentence.at(gap)
        claim = judged_claim(
            sentence, (at, at + len(gap.placeholder)), "exports_and_imports", numbers,
            [sum_of_parts(parts, label, signs)],
        )  # fmt: skip
        judged.add(gap.start)
        yield dataclasses.replace(claim, start=gap.start, end=gap.end)


_CHANGE_THEN_TIMES = pattern(
    r"tăng {change:P}(?P<gap>[^#;.]{0,40}?),? (?:tức là |tức |tương đương |hay |bằng )?gấp {times:N} lần"
)


_OF_A_MEASURE = re.compile(r"(?<!\w)về(?!\w)")


def change_and_multiple(sentence: Sentence) -> Iterator[Claim]:
    """ "tăng 142,4%, gấp 2,5 lần": the same change said twice, so the multiple is 1 + the change.

    Examples:
        "số ca mắc tăng 142,4%, gấp 2,4 lần so với 4 tuần trước"
    """
    for match in _CHANGE_THEN_TIMES.finditer(sentence.skeleton):
        if "so với" in match.group("gap"):
            continue  # "tăng 12% so với cùng kỳ, gấp 2 lần năm 2015": two comparisons
        if _OF_A_MEASURE.search(match.group("gap")):
            continue  # "tăng 23,9% về số lượng và gấp gần 2,8 lần về vốn" (n938): two measures
        change, printed = _figure(sentence, match, "change"), _figure(sentence, match, "times")
        if change.kind != FigureKind.PERCENT or change.qualifier is not None:
            continue
        low, high = change.bounds(change.readings[0])
        value = Decimal(1) + change.value / HUNDRED
        formula = message("1 + {} / 100 = {}", "1 + {} / 100 = {}", change.value, value)
        recomputation = Recomputation(
            value, Decimal(1) + low / HUNDRED, Decimal(1) + high / HUNDRED, formula,
            Bilingual("multiple of an increase", "số lần tương ứng mức tăng"),
        )  # fmt: skip
        numbers = [(Role.CHANGE, change), (Role.RATIO, printed)]
        yield judged_claim(sentence, match.span(), "change_and_multiple", numbers, [recomputation])


# a ratio to the period before and the change it makes, said one after the other: "đạt 105,2% so với cùng kỳ,
# tăng 6%" (n556), "tăng 6% so với cùng kỳ, bằng 105,2%"
_RATIO_THEN_CHANGE = pattern(
    r"(?:bằng|đạt)(?: tỷ lệ| tỉ lệ)? {ratio:P} so với {PREVIOUS}(?:,| \(| -| và) ?"
    + _DIRECTION
    + r' {change:P}(?= ?(?:[,;.)"”]|$))'
)
_A_RATE_SAID = re.compile(r"(?<!\w)(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)(?!\w)", re.IGNORECASE)
_CHANGE_THEN_RATIO = pattern(
    _DIRECTION + r" {change:P} so với {PREVIOUS}(?:,| \(| -| và) ?(?:bằng|đạt)(?: tỷ lệ| tỉ lệ)? {ratio:P}"
    r'(?= ?(?:[,;.)"”]|$))'  # nothing after it: not "đạt 109% KH năm", a rate of another base
)


# the seats to fill, then those elected, short by what some units failed to elect: "đại biểu được bầu ấn định
# 246; kết quả, số đại biểu trúng cử là 245 do huyện Vị Thủy thiếu 1 đại biểu" (n603)
_ELECTED_THEN_SHORT = pattern(
    r"(?:được bầu|bầu|ấn định)(?: là| ấn định)? {seats:N}[,;] ?kết quả,? (?:[^#,;]{0,40}? )?{elected:N}"
    r"[^#;]{0,40}? do "
)
_SHORT_BY = re.compile(r"(?<!\w)thiếu (?P<short>#\d+#)")
_SHORTFALLS_END = re.compile(r"trong đó|[.]")


def elected_less_the_seats_short(sentence: Sentence) -> Iterator[Claim]:
    """Those elected are the seats to fill less those the units that fell short left empty.

    Examples:
        "đại biểu được bầu ấn định 246; kết quả, số trúng cử là 245 do huyện Vị Thủy thiếu 1 đại biểu"
    """
    skeleton = sentence.skeleton
    if "thiếu" not in skeleton:
        return
    for match in _ELECTED_THEN_SHORT.finditer(skeleton):
        seats, elected = _figure(sentence, match, "seats"), _figure(sentence, match, "elected")
        stop = _SHORTFALLS_END.search(skeleton, match.end())
        shorts = [
            sentence.figure(found.group("short"))
            for found in _SHORT_BY.finditer(skeleton, match.end(), stop.start() if stop else len(skeleton))
        ]
        if not shorts or elected.value >= seats.value:
            continue
        signs = [1] + [-1] * len(shorts)
        label = Bilingual("the seats less those left empty", "số được bầu trừ số còn thiếu")
        numbers = [(Role.TOTAL, seats), *((Role.PART, short) for short in shorts), (Role.ACTUAL, elected)]
        yield judged_claim(
            sentence,
            match.span(),
            "elected_less_the_seats_short",
            numbers,
            [sum_of_parts([seats, *shorts], label, signs)],
        )


def change_and_its_ratio(sentence: Sentence) -> Iterator[Claim]:
    """A ratio to the period before and its change said together: the change is the ratio less 100 ("bằng
    105,2%" is "tăng 5,2%"), within the rounding of the ratio.

    Examples:
        "thu nhập bình quân đạt 105,2% so với cùng kỳ, tăng 6%"
    """
    for regex in (_RATIO_THEN_CHANGE, _CHANGE_THEN_RATIO):
        for match in regex.finditer(sentence.skeleton):
            ratio, printed = _figure(sentence, match, "ratio"), _figure(sentence, match, "change")
            if ratio.kind != FigureKind.PERCENT or printed.kind != FigureKind.PERCENT:
                continue
            if ratio.qualifier is not None or printed.qualifier is not None or not 20 <= ratio.value <= 1000:
                continue
            if regex is _CHANGE_THEN_RATIO and _A_RATE_SAID.search(sentence.skeleton, 0, match.start()):
                # "Với tỉ lệ đỗ tốt nghiệp hệ THPT 91,78%, …; hệ bổ túc tăng 24% so với năm 2007, đạt 69,45%"
                # (n2481): a rate that rose to its level, not a ratio to the year before
                continue
            sign = 1 if match.group("direction") in _RISING else -1
            low, high = ratio.bounds(ratio.readings[0])
            value = (ratio.value - HUNDRED) * sign
            bounds = sorted(((low - HUNDRED) * sign, (high - HUNDRED) * sign))
            formula = message("{} − 100 = {}", "{} − 100 = {}", ratio.value, value * sign, percent=True)
            recomputation = Recomputation(
                value,
                bounds[0],
                bounds[1],
                formula,
                Bilingual("change of a ratio", "mức tăng, giảm của tỷ lệ so sánh"),
            )
            numbers = [(Role.RATIO, ratio), (Role.CHANGE, printed)]
            contradiction = None
            if value < 0:
                contradiction = Bilingual(
                    f"{ratio.text} of the period before is a {'fall' if sign > 0 else 'rise'}, not a"
                    f" {'rise' if sign > 0 else 'fall'}.",
                    f"{ratio.text} so với kỳ trước là {'giảm' if sign > 0 else 'tăng'}, không phải"
                    f" {'tăng' if sign > 0 else 'giảm'}.",
                )
            yield judged_claim(
                sentence,
                match.span(),
                "change_and_its_ratio",
                numbers,
                [recomputation],
                contradiction=contradiction,
            )


def _ratio_claim(sentence: Sentence, match: re.Match[str], template: str, factor: Decimal) -> Claim:
    printed = _figure(sentence, match, "ratio")
    values = _values_before(sentence, match.start(), exclude=[printed])
    if any(_reference_in_brackets(sentence, f) for f in values):
        # "đạt 104,6% dự toán (5.000 tỷ đồng), bằng 112,5% cùng kỳ": past the plan, to what was done
        values = [
            f
            for f in _values_before(sentence, match.start(), exclude=[printed], phrases=9)
            if not _reference_in_brackets(sentence, f)
        ]
    current = values[0] if values else None
    previous = None if current is None else _previous_figure(sentence, match.end(), current)
    if current is None or previous is None or previous.value <= 0:
        numbers = ([(Role.CURRENT, current)] if current else []) + [(Role.RATIO, printed)]
        note = Bilingual(
            f"{printed.text}: the value it is compared with is not printed.",
            f"{printed.text}: văn bản không ghi số liệu được so sánh nên không tính lại được.",
        )
        return _unchecked(sentence, match.span(), template, numbers, Verdict.NOT_CHECKABLE, note)
    a, b = triple(current), triple(previous)
    value = a[0] / b[0] * factor
    candidates = [x / y * factor for x in (a[1], a[2]) for y in (b[1], b[2]) if y > 0]
    if factor == HUNDRED:
        formula = _percent_sign(message("{} / {} × 100 = {}", "{} / {} × 100 = {}", a[0], b[0], value))
    else:
        formula = message("{} / {} = {}", "{} / {} = {}", a[0], b[0], value)
    recomputation = Recomputation(
        value, min([*candidates, value]), max([*candidates, value]), formula, Bilingual("ratio", "tỷ số")
    )
    alternatives = [Alternative(Slip.EXCESS_FOR_RATIO, value - factor)] if factor == HUNDRED else []
    numbers = [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.RATIO, printed)]
    return judged_claim(sentence, match.span(), template, numbers, [recomputation], alternatives)


# ---------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------
# 12. A share of a total printed in an earlier sentence: "… 1.071.393 thí sinh. Trong đó, số thí sinh
#     đăng ký trực tuyến là 1.014.020, chiếm 94,66% tổng số thí sinh".

_SHARE_OF_SOMETHING_TEMPLATE = (
    r"{part:N}(?P<words>(?:{SECOND} vụ, việc(?=[,;]| \()"  # the courts' "898 vụ, việc, đạt tỷ lệ 97%"
    # the pair said with "với": "làm rõ 695 vụ, với 1.408 đối tượng (đạt tỷ lệ 88,2%)", or with whom was
    # arrested: "điều tra làm rõ 1.120 vụ, bắt 1.850 đối tượng, đạt tỷ lệ 89,96%"
    r"|(?: [^\W\d_]+){0,2},? với #\d+#(?: [^\W\d_]+){1,2}(?= \()"
    # the pair said with a slash: "giải quyết 1.678 vụ/2.701 bị can, đạt 88,78%" — a rate of the cases
    # … its own change in brackets between: "233 vụ/235 bị can (tăng 26 vụ, bằng số bị can), chiếm 53,9%"
    r"|(?: vụ án| vụ việc| vụ| việc) ?/ ?#\d+# (?:bị can|bị cáo|đối tượng)"
    r"(?: \((?:tăng|giảm|bằng)[^()]{0,60}\))?(?=,? \(?(?:đạt|chiếm))"
    r"|(?: [^\W\d_]+){0,2},? (?:bắt(?: giữ)?|khởi tố) #\d+#(?: [^\W\d_]+){1,2}(?=,? \(?(?:đạt|chiếm))"
    # a label with commas, then its share in brackets: "25 vụ cháy kho, cơ sở sản xuất, kinh doanh
    # (chiếm 11,8%)", "35 thanh niên có trình độ cao đẳng, đại học (18,9%)"; an age in it is no part: "57 đại
    # biểu dưới 40 tuổi (chiếm 3,59%)"
    r"|(?:[^#;()]|(?:dưới|trên|từ|đủ) #\d+# tuổi){0,80}?(?= \((?:chiếm |đạt #\d+%#\)|#\d+%#\)))"
    # … or a clause on it, no figure in it, before ", chiếm": "45 DN đã ngừng hoạt động năm 2020, nay tiếp tục
    # đăng ký tạm ngừng trong năm 2021, chiếm 35,3%"
    # … an aside in brackets in it: "36 người trẻ tuổi (dưới 35 tuổi), chiếm 37,5%"
    r"|(?:[^#;()]|\([^#;()]{0,30}(?:#\d+#[^#;()]{0,20})?\)){0,130}?"
    r"(?=, (?:mặc dù |tuy |dù )?(?:chỉ )?chiếm #)"
    r")?{WORDS})"
    # the part's own change between: "số thi hành xong là 11.072 việc, tăng 2.641 việc so với cùng kỳ
    # năm 2021, đạt tỷ lệ 82,57%", "369.372 việc, tăng 17.190 việc (tăng 4,88% so với …); đạt tỉ lệ"
    r"(?P<own_change>, (?:tăng|giảm) #\d+#[^#;()]{0,60}?"
    # … and after its bracket, since when: "34.110 việc, tăng 4.190 việc (tăng 14,00%) so với cùng kỳ
    # năm 2024, chiếm 64,04%"
    r"(?: ?\((?:tăng |giảm )?#\d+%#[^#;()]{0,40}\)[^#;()]{0,60}?)?(?=[,;] *(?:đạt|chiếm))"
    # or its rate: "48,06 triệu USD, tăng 47,89% so với cùng kỳ năm trước, chiếm 62% kim ngạch …"
    r"|, (?:tăng|giảm) #\d+%#(?: so[^#;()]{0,50}?)?(?=[,;] *chiếm)"
    # or its rate of its own plan: "đã thu được 11.110 tỷ đồng, đạt 103%, chiếm 71% tổng thu đạt được"
    # … or without its commas: "12,315 tỷ kWh đạt 116,93% kế hoạch chiếm tỷ trọng 76,55%" (n503)
    r"|,? đạt #\d+%#(?: (?:dự toán|kế hoạch|chỉ tiêu)(?: [^\W\d_]+){0,3}?)?(?= ?,? chiếm)"
    # or its change in brackets: "Thi hành xong 241.770 việc (tăng 16.654 việc), đạt tỉ lệ 52,61%"
    r"|(?<=[^\W\d_]) \((?:tăng|giảm) #\d+#(?: [^\W\d_]+){0,2}\)(?=,? (?:đạt|chiếm)))?"
    # "53 vụ (29,44%)"; "304 Chi bộ đạt TSVM, tỷ lệ 55,8%"
    # "06 cơ sở chiếm tỷ lệ 18,75%"; "Đất nông nghiệp: 17142.22ha; chiếm 67.88% so với tổng diện tích"
    # … a form's dash: "Diện tích đất nông nghiệp: 4354,94ha – Tỷ lệ: 90,97%"
    # … or "=": "Chi bộ hoàn thành tốt nhiệm vụ: 09 Chi bộ = 80%" (n1561)
    r"(?:(?:, ?| \(|(?<=\))(?=; *(?:đạt|chiếm)); *| (?=chiếm )|; (?=chiếm )| [–-] (?=chiếm |tỷ lệ|tỉ lệ)"
    r"| (?== #))"
    # the share said bare when the whole is named after it: "17.034 việc, 31,98% trong tổng số phải thi hành"
    # "19 vụ cháy lớn …, mặc dù chỉ chiếm 1,9% tổng số vụ cháy"
    r"(?:(?:(?:mặc dù |tuy |dù )?(?:chỉ )?(?:chiếm|bằng|đạt)(?: tỷ lệ| tỉ lệ| tỷ trọng)?|tỷ lệ:?|tỉ lệ:?|=) "
    r"|(?<=, )(?=#\d+%# (?:trong |trên )?tổng số ))"
    r"{share:P}"
    r"| ?\({share2:P}\))"
)
_SHARE_OF_SOMETHING = pattern(_SHARE_OF_SOMETHING_TEMPLATE.replace("{SECOND}", ""))
# a first share of another whole between, the second in brackets: "3.239 hộ, chiếm 3,61% so với tổng số hộ
# dân cư dân tộc Khmer (chiếm 59,94% so với tổng số hộ nghèo)"; read besides the first
_SECOND_SHARE_OF_SOMETHING = pattern(
    _SHARE_OF_SOMETHING_TEMPLATE.replace(
        "{SECOND}", r"(?: [^\W\d_]+){0,3}, chiếm #\d+%#[^#;()]{0,60}?(?= \(chiếm )|"
    )
)


def _share_span(match: re.Match[str]) -> tuple[int, int]:
    return match.span("share") if match.group("share") else match.span("share2")


def _shares_of_something(skeleton: str) -> list[re.Match[str]]:
    """Every "part …, chiếm share" of the skeleton, a second share of the same part included, in order."""
    first = list(_SHARE_OF_SOMETHING.finditer(skeleton))
    seen = {_share_span(match) for match in first}
    second = [m for m in _SECOND_SHARE_OF_SOMETHING.finditer(skeleton) if _share_span(m) not in seen]
    return sorted([*first, *second], key=lambda match: match.end())


# "207.794 người, chiếm 81,18% dân số …; trong đó": a share of its own may come between
_WHOLE_OF_A_BREAKDOWN = re.compile(
    r"^(?:[^#]|#\d+%#|#\d+#(?= (?:tuổi|năm|tháng|ngày)\b)"
    # "125.300 lao động, đạt 104,4% kế hoạch (120.000 lao động); trong đó …": the plan, in brackets, or
    # the year before ("12.450 tỷ đồng (năm 2022: 11.200 tỷ đồng), trong đó …")
    r"|\([^#()]{0,20}#\d+#(?=[^#()]{0,20}\))"
    # … or its change's two counts: "166 DN tạm ngừng hoạt động, tăng 56,6% so cùng kỳ (166/106 DN); trong đó"
    r"|(?<=\()#\d+# ?/ ?#\d+#(?=[^#()]{0,20}\))"
    # … or its own parts: "789.160 người (số cử tri nam: 383.630 người, số cử tri nữ: 405.530 người) trong đó"
    r"|\((?:[^#()]{1,40}#\d+#){2,4}[^#()]{0,20}\))"
    r"{0,100}?(?:trong đó|trong số|bao gồm|gồm)(?!\w)"
)
_SAID_AS_THE_TOTAL = re.compile(r"(?<!\w)(?:tổng số|tổng cộng)(?: có| là|:)? $")
# the whole named after a share: "chiếm 78% trong tổng số việc", "chiếm 94,66% tổng số thí sinh"
# "đạt 52%" (of its own plan), not "đạt chuẩn quốc gia" (what the part counts: "25 trường đạt chuẩn quốc gia
# mức độ 2, tỉ lệ 12,6%", n2003)
_REACHED = re.compile(r"(?<!\w)đạt(?!\w)(?! (?:chuẩn|tiêu chuẩn|danh hiệu|yêu cầu)(?!\w))")
_EQUIVALENT = re.compile(r"^\W*tương đương(?: với)? $")
_WHOLE_IN_BRACKETS = re.compile(r"(?: [^\W\d_]+){0,4}? ?\( ?(?:là |đạt |: ?)?(?P<whole>#\d+#)[^#()]{0,20}\)")
# a whole named with the scope of all there are: "tổng số đảng viên toàn tỉnh", "… đang hoạt động"
_SCOPE_OF_A_STOCK = re.compile(
    r"(?: [^\W\d_]+){0,3}? (?:toàn tỉnh|toàn thành phố|toàn huyện|toàn quốc|cả nước|toàn đảng bộ|toàn ngành"
    r"|đang hoạt động|hiện có|hiện nay|trên địa bàn)(?!\w)"
)
_WHOLE_AFTER_SHARE = re.compile(
    r" ?(?:(?:trong |trên |so với |của )?(?:tổng số|tổng|số lượng|số) (?P<noun>[^\W\d_]+(?: [^\W\d_]+)?)"
    # … or an amount named right after it: "3 doanh nghiệp … chiếm tỷ lệ trên 51% vốn điều lệ" (raw36/tl44)
    r"|(?P<noun2>vốn điều lệ|vốn góp|vốn đầu tư|vốn|giá trị|doanh thu|kim ngạch|diện tích|dư nợ)(?!\w))"
)


# Enforcement's rate: what was done ("thi hành xong", "giải quyết xong") over what could be ("có điều
# kiện", "đủ điều kiện thi hành"), whatever the total owed said before.
_DONE = re.compile(r"(?:xong|hoàn thành)(?!\w)")
_ABLE = re.compile(r"^(?: [^\W\d_]+){0,3}? (?:có|đủ) điều kiện(?!\w)")
# "số có điều kiện thi hành là 13.409 việc": the condition said before the count
_ABLE_BEFORE = re.compile(r"(?<!chưa )(?<!không )(?:có|đủ) điều kiện(?: thi hành| giải quyết)?(?: là|:)? $")
# "đơn thuộc thẩm quyền giải quyết của các cơ quan … 124. Đã giải quyết được 123 đơn (đạt …)": what
# is settled is counted against what is the office's to settle (cut to the words kept before it)
_SHARE_WORDS = re.compile(r"(?<!\w)(?:chiếm|tỷ lệ|tỉ lệ)(?!\w)")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


_BREAKDOWN_OPENS = re.compile(rf"^\W*{_BREAKDOWN_WORD}")


def breaks_down_a_rate(sentence: Sentence, before: Sentence | None) -> bool:
    """Whether ``sentence`` opens a breakdown ("Trong đó …") of a sentence that said only rates: "Ở hệ bổ túc
    THPT, tỷ lệ HS đỗ loại khá và giỏi đạt 2,75%. Trong đó có 4 HS đỗ loại giỏi, chiếm 0,14%" (raw29/te02) —
    the shares are of a whole the text does not print, not of a count said further back."""
    return (
        before is not None
        and bool(before.figures)
        and all(figure.kind in (FigureKind.PERCENT, FigureKind.POINTS) for figure in before.figures)
        and bool(_BREAKDOWN_OPENS.match(sentence.skeleton))
    )


_COMPETENT = re.compile(r"thẩm quyền|quyền giải quyết")
_ALLOTTED = re.compile(r"(?<!\w)(?:bố trí|phân bổ|được giao|kế hoạch vốn|vốn giao|vốn kế hoạch)(?!\w)")
_DISBURSED = re.compile(r"(?<!\w)giải ngân(?!\w)")
# slips of the hand, not of the reading: a whole only pointed to is trusted for these
_INSPECTED_BEFORE = re.compile(r"(?:kiểm tra|thanh tra|rà soát)(?: được| đối với)?(?: [^\W\d_]+){0,2}? $")
_FOUND_BEFORE = re.compile(r"(?<!\w)phát hiện(?: ra)?(?: có)? $")
_SOLVED = re.compile(rf"(?:{'|'.join(_WAYS_OF_SOLVING)}|phá)(?: được)? $")
_SETTLED = re.compile(r"giải quyết(?!\w)")


# an aside on another period, in brackets: "(khóa XII tái cử có 167 người, …", "(năm 2022 có 1.234 người, …"
# … the body named first: "(Quốc hội khóa XIV cả nước là 2.427 người, tỷ lệ 37,04%)" (n1076)
_OF_ANOTHER_PERIOD = re.compile(
    r"\( ?(?:[^\W\d_]+ ){0,3}?(?:khóa|khoá|nhiệm kỳ|năm|cùng kỳ|kỳ trước)(?: [^\W\d_]+| \d{4}){0,6}?"
    r" (?:có|là|:)? ?$"
)
# those of a term re-elected: "người ứng cử là đại biểu Quốc hội khóa 15 tái cử: 145 người, tỷ lệ 29%" (n886)
_OF_THE_TERM_BEFORE = re.compile(
    r"(?:khóa|khoá|nhiệm kỳ) (?:#\d+#|[ivxl]+)(?: [^\W\d_]+){0,3}? tái (?:cử|đắc cử|ứng cử)(?: có| là)?:? $"
)
# … or said re-elected alone: "tái cử là 15 người chiếm 50%"
_RE_ELECTED_PART = re.compile(r"(?<!\w)tái (?:cử|đắc cử)(?: là| có)?:? $")
_OF_ANOTHER_TIME = Bilingual(
    "said in an aside on another term or period, it is of that one's whole, which the text does not print.",
    "nêu trong ngoặc về một khóa hoặc một kỳ khác, là tỷ lệ trên tổng số của kỳ đó, văn bản không ghi số"
    " này.",
)


_RE_ELECTED = Bilingual(
    "those re-elected may be counted of the members of the term before, which the text does not print.",
    "số tái cử có thể được tính trên tổng số của khóa trước, văn bản không ghi số này.",
)
_OWN_BASES = Bilingual(
    "the parts of this list make up the whole, but their shares add up to far more than 100%: each is of a "
    "base"
    " of its own, which the text does not print.",
    "các phần của danh sách cộng lại đúng bằng tổng, nhưng các tỷ lệ cộng lại vượt xa 100%: mỗi tỷ lệ tính "
    "trên"
    " một cơ số riêng, văn bản không ghi số này.",
)


def _each_of_its_own_base(sentence: Sentence, shares: Sequence[re.Match[str]], whole: Figure) -> bool:
    """Whether the parts of the sentence's shares add up to ``whole`` while the shares add up to more than
    100% and a point for each, none of them the part's share of the whole: shares of bases of their own."""
    listed = [
        (
            _figure(sentence, match, "part"),
            _figure(sentence, match, "share" if match.group("share") else "share2"),
        )
        for match in shares
    ]
    if len(listed) < 2:
        return False
    parts = [part for part, _ in listed]
    if any(part.kind != whole.kind for part in parts):
        return False
    added = sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần"))
    if not _fits(whole, added) or sum(share.value for _, share in listed) <= HUNDRED + len(listed):
        return False
    # … and none of them of the whole: one share that is says the list is of it, the others' misses slips
    return all(assess(share, share_of(part, whole), ()).verdict.alarm for part, share in listed)


_CHANGES_TWO_COUNTS = re.compile(r"(?:tăng|giảm) #\d+%#[^#()]{0,30}\( ?(?:#\d+# ?/ ?)?$")


def _a_changes_two_counts(sentence: Sentence, figure: Figure) -> bool:
    """Whether ``figure`` is one of the two counts in brackets after a change ("tăng 56,6% so cùng kỳ
    (166/106 DN)")."""
    at = sentence.at(figure)
    return bool(_CHANGES_TWO_COUNTS.search(sentence.skeleton, max(0, at - 60), at))


_RATE_THEN_BREAKDOWN = re.compile(r"#\d+%#[^#;]{0,6}[,;(]? ?(?:trong đó|trong số đó)(?!\w)")


def _a_rate_broken_down(skeleton: str, position: int) -> bool:
    """Whether the last "trong đó" before ``position`` comes right after a rate — not a fraction's own rate:
    "109/196 trường …, chiếm tỉ lệ 56,1%; trong đó có 25 trường …, tỉ lệ 12,6%" breaks down the schools
    (n2003)."""
    at = skeleton.rfind("trong đó", 0, position)
    rate = _RATE_THEN_BREAKDOWN.search(skeleton, max(0, at - 16), at + 12) if at >= 0 else None
    if rate is None:
        return False
    # (the fraction looked for near the rate only: a long sentence is not read again for each share)
    return not _FRACTION_THEN_ITS_RATE.search(skeleton, max(0, rate.start() - 140), rate.end())


# a fraction and its rate, the last clause before a "trong đó"
_FRACTION_THEN_ITS_RATE = re.compile(
    r"#\d+# ?/ ?#\d+#[^#;]{0,80}#\d+%#[^#;]{0,6}[,;(]? ?(?:trong đó|trong số đó)$"
)


def _whole_of_its_list(sentence: Sentence, part: Figure) -> Figure | None:
    """The total of the list ``part`` ends, when its parts add up to it exactly."""
    for total, parts, _, _, _ in _partitions(sentence):
        if parts and parts[-1] is part and sum((p.value for p in parts), Decimal(0)) == total.value:
            return total
    return None


def _of_a_whole_not_printed(
    sentence: Sentence, match: re.Match[str], part: Figure, share: Figure, note: Bilingual
) -> Claim:
    """A share whose whole the words name but the text does not print: not checkable, ``note`` saying why."""
    numbers = [(Role.PART, part), (Role.SHARE, share)]
    return _unchecked(sentence, match.span(), "share_of_earlier_total", numbers, Verdict.NOT_CHECKABLE, note)


def shares_of_a_rate_broken_down(sentence: Sentence, judged: set[int]) -> Iterator[Claim]:
    """The shares of a breakdown of a rate said alone (see :func:`breaks_down_a_rate`): of a whole the text
    does not print, not checkable."""
    for match in _shares_of_something(sentence.skeleton):
        part = _figure(sentence, match, "part")
        share = _figure(sentence, match, "share" if match.group("share") else "share2")
        if share.start in judged or part.kind not in (FigureKind.COUNT, FigureKind.AMOUNT):
            continue
        note = Bilingual(
            f"{share.text}: a share of the whole behind the rate said before it, which the text does not"
            " print: it cannot be recomputed.",
            f"{share.text}: tỷ lệ trên tổng số của tỷ lệ nêu ngay trước, một tổng mà văn bản không ghi số:"
            " không tính lại được.",
        )
        yield _of_a_whole_not_printed(sentence, match, part, share, note)


# the kinds counted by a list, named again before a share: "… có 43 sinh viên xuất sắc, 1.994 sinh viên giỏi,
# 1.602 sinh viên khá. Tổng số sinh viên tốt nghiệp xuất sắc, giỏi, khá tại trường chiếm trên 91%" (n486)
_KIND_AFTER_A_COUNT = re.compile(r"^ (?P<words>[^\W\d_]+(?: [^\W\d_]+){0,5}?)(?=[,;.]| và |$)")


def share_of_the_kinds_listed_before(
    sentence: Sentence, before: Sentence | None, judged: set[int]
) -> Iterator[Claim]:
    """A sentence whose one figure is a share, its words naming two kinds or more that the sentence before
    counted in a list after its whole: the share of their sum in that whole."""
    if before is None or len(sentence.figures) != 1 or sentence.figures[0].kind != FigureKind.PERCENT:
        return
    share = sentence.figures[0]
    if share.start in judged or share.value >= HUNDRED:
        return
    named = " " + sentence.skeleton[: sentence.skeleton.find(share.placeholder)] + " "
    counts = [figure for figure in before.figures if figure.kind == FigureKind.COUNT and figure.noun]
    parts: list[Figure] = []
    for figure in counts:
        after = before.words_around[figure.start][1]
        kind = _KIND_AFTER_A_COUNT.match(after)
        if kind is None:
            continue
        counted = figure.noun.split()[:2]  # "sinh viên": the kind is what follows it ("xuất sắc")
        own = [word for word in kind.group("words").split() if word not in counted]
        if own and re.search(rf"[ ,]{re.escape(' '.join(own))}[ ,]", named):
            parts.append(figure)
    if len(parts) < 2 or len({_first_word(part.noun) for part in parts}) != 1:
        return
    first = counts.index(parts[0])
    total = sum((part.value for part in parts), Decimal(0))
    whole = next(
        (
            figure
            for figure in reversed(counts[:first])
            if _counts_alike(figure.noun, parts[0].noun) and figure.value >= total
        ),
        None,
    )
    if whole is None or counts[first : first + len(parts)] != parts:
        return  # the kinds named are not the list's run right after its whole
    readings = [_sum_as_a_share(parts, whole)]
    numbers = [(Role.TOTAL, whole), *((Role.PART, part) for part in parts), (Role.SHARE, share)]
    at = sentence.at(share)
    yield judged_claim(
        sentence, (at, at + len(share.placeholder)), "share_of_earlier_total", numbers, readings
    )


def share_of_earlier_total(
    sentence: Sentence,
    earlier: Sequence[Figure],
    judged: set[int],
    around: Mapping[int, tuple[str, str]] | None = None,
    carried: tuple[Figure, str] | None = None,
    years: Mapping[int, str] | None = None,
) -> Iterator[Claim]:
    """ "X, chiếm Y%" whose whole is not in its clause: the wholes the text printed before it (this
    sentence's and the two before) are tried, those counting the same thing first.

    Consistent when one of them gives the printed share; a slip when the one whole that counts the
    same thing does not; ambiguous when several could be meant and none gives it. ``carried``: the
    whole the last share of the sentence before was of, and what its part counted — "có 24 tổ chức
    …, chiếm gần 59%. Có 15 tổ chức …, tỷ lệ 36,7%" lists shares of one whole across sentences.

    A share no whole gives, whose whole the text does not pin down, is of the whole the shares after it
    in its list are found to be of: "1.067 đại biểu có trình độ Thạc sỹ, Tiến sĩ (chiếm 67,32%), 71 Giáo
    sư, Phó Giáo sư (chiếm 4,47%)" — both of the 1.587 delegates, so 67,32% is a slip (1.067 is 67,23%).
    """
    unpinned: set[int] = set()  # the shares said to be of no whole the text pins down
    claims = list(_shares_of_earlier_total(sentence, earlier, judged, around, carried, years, {}, unpinned))
    if not unpinned:
        yield from claims
        return
    wholes_of = {  # each share found right, and the whole it is of
        _number_of(claim, Role.SHARE).start: _number_of(claim, Role.TOTAL).start
        for claim in claims
        if claim.verdict.fits
        and claim.template == "share_of_earlier_total"
        and any(number.role == Role.TOTAL for number in claim.numbers)
        and not of_the_wholes_base(claim)  # (the whole is not what the share is of)
    }
    yield from _shares_of_earlier_total(sentence, earlier, judged, around, carried, years, wholes_of, set())


def _numerator_of(
    sentence: Sentence, whole: Figure, pool: Sequence[Figure], around: Mapping[int, tuple[str, str]] | None
) -> Figure | None:
    """The part over ``whole`` when ``whole`` is the second figure of a fraction ("9/15"), from ``pool`` —
    or of a fraction said in words, each with its noun: "736 đại biểu trúng cử trên 737 đại biểu được ấn
    định" (n1861)."""
    before = _context_of(sentence, whole, around)[0]
    in_words = _OVER_IN_WORDS.search(before) is not None
    if before.strip() != "/" and not in_words:
        return None
    at = next((index for index, figure in enumerate(pool) if figure.start == whole.start), 0)
    part = pool[at - 1] if at > 0 and pool[at - 1].kind == whole.kind else None
    if (
        part is not None
        and in_words
        and not (
            part.value <= whole.value and part.noun and _first_word(part.noun) == _first_word(whole.noun)
        )
    ):
        return None
    return part


_OVER_IN_WORDS = re.compile(r"^[^#\d]{1,40} trên $")


def shares_of_their_parts_sum(
    sentence: Sentence, shares: list[Claim], earlier: Sequence[Figure]
) -> list[Claim]:
    """A share found of no whole, or of a wrong one, read again against the whole its parts make up.

    "đã thực hiện 29.553 triệu đồng, đạt 73,6% số kiến nghị …; số chưa thực hiện là gần 10.612 triệu đồng,
    chiếm 26,4%": the shares add up to 100%, so the whole is the parts' sum (40.165). "đã xảy ra 19 vụ cháy, 1
    vụ nổ … 5 vụ cháy … (chiếm 25% tổng số vụ cháy, nổ)": the whole named is two counts said side by side
    (20). Only a fit replaces a verdict: a sum that does not give the share says nothing."""
    pairs = [
        (claim, said_part, said_share)
        for claim in shares
        if claim.template == "share_of_earlier_total"
        and (said_part := claim.number(Role.PART)) is not None
        and (said_share := claim.number(Role.SHARE)) is not None
    ]
    if not any(claim.verdict.alarm or claim.verdict == Verdict.AMBIGUOUS for claim, _, _ in pairs):
        return shares
    figures = {figure.start: figure for figure in [*earlier, *sentence.figures]}
    wholes: list[tuple[list[Figure], tuple[str, ...]]] = []  # the figures a whole is made of, its kinds
    # every part of the sentence said with its share, judged or not
    listed = _parts_with_shares(sentence, _shares_of_something(sentence.skeleton))
    if (summed := _parts_making_a_hundred(listed, Decimal("0.2"))) is not None:
        wholes.append((summed, ()))
    # the first groups of the list, their shares making 100%: one division of the whole, which the shares
    # may have been worked out of ("danh sách 54 người …, có 33 người … (62,3%); 20 người … (37,7%); nữ có 23
    # người (43,4%) …", n1078: of 33 + 20 = 53) — read for shares whose whole is said in the sentence
    # — when a group listed after the division has its share of that sum too: the list worked out on it
    # (a division alone, "12.540 việc, trong đó … 9.860 việc, chiếm 79,2%; … 2.590 việc, chiếm 20,8%", leaves
    # its whole's slip to its shares)
    division = next(
        (
            [part for part, _ in listed[:cut]]
            for cut in range(2, len(listed))
            if abs(sum((share.value for _, share in listed[:cut]), Decimal(0)) - HUNDRED)
            <= Decimal("0.1") * cut
            and any(
                not assess(share, [share_of_a_sum(part, [p for p, _ in listed[:cut]])], ()).verdict.alarm
                for part, share in listed[cut:]
            )
        ),
        None,
    )
    if division is not None and (
        len({_unit_of(part) for part in division}) != 1 or len({p.start for p in division}) != len(division)
    ):
        division = None
    for first, second in itertools.pairwise([*earlier, *sentence.figures]):
        named = [_SIDE_BY_SIDE.match(first.noun), _SIDE_BY_SIDE.match(second.noun)]
        if all(named) and first.noun.split()[0] == second.noun.split()[0]:
            wholes.append(([first, second], tuple(m.group("kind") for m in named if m is not None)))
    if not wholes and division is None:
        return shares
    replaced = []
    carried: list[Figure] | None = None  # what the whole of a share before in the list was made of
    for claim in shares:
        found = next((p for p in pairs if p[0] is claim), None)
        if found is None or not (claim.verdict.alarm or claim.verdict == Verdict.AMBIGUOUS):
            replaced.append(claim)
            continue
        part, share = figures[found[1].start], figures[found[2].start]
        after = sentence.skeleton[sentence.at(share) + len(share.placeholder) :][:60]
        total = claim.number(Role.TOTAL)
        pinned_here = total is not None and sentence.start <= total.start < sentence.end
        tried = [
            made_of
            for made_of, kinds in wholes
            # the parts' sum, for a whole not said in the sentence; two kinds side by side, both named
            if (kinds and all(kind in after for kind in kinds)) or (not kinds and not pinned_here)
        ]
        better = None
        for made_of in [*([carried] if carried and not pinned_here else []), *tried]:
            span = (sentence.at(part), sentence.at(share) + len(share.placeholder))
            numbers = [*((Role.TOTAL, figure) for figure in made_of), (Role.PART, part), (Role.SHARE, share)]
            made = judged_claim(
                sentence, span, "share_of_earlier_total", numbers, [share_of_a_sum(part, made_of)]
            )
            made = dataclasses.replace(made, start=part.start, end=share.end)  # the whole may be said before
            if not made.verdict.alarm:
                better, carried = made, made_of
                break
        if (
            better is None
            and pinned_here
            and claim.verdict.alarm
            and division is not None
            and total is not None
        ):
            better = _share_of_a_division(sentence, claim, part, share, total, division)
        replaced.append(better or claim)
    return replaced


# the words that name a share's whole: "chiếm 67,1% tổng vốn đầu tư đăng ký, tăng …" → "vốn đầu tư đăng ký"
_WHOLE_NAMED_AFTER = re.compile(
    r" ?(?:trong |trên |so với |của )?(?:tổng số|tổng) (?P<words>[^\W\d_]+"
    r"(?: (?!và |tăng |giảm |so |của |với |trong |năm |tháng )[^\W\d_]+){1,5})"
)


def whole_named_after(sentence: Sentence, share: Figure) -> str | None:
    """The words that name the whole a share is said of, two to six of them, or None."""
    skeleton = sentence.skeleton
    found = _WHOLE_NAMED_AFTER.match(skeleton, sentence.at(share) + len(share.placeholder))
    return found.group("words").lower() if found else None


def wholes_named_by_shares(
    sentence: Sentence, shares: list[Claim], figures: Sequence[Figure]
) -> dict[str, Figure]:
    """Of the shares of the sentence found right against one whole, the words that named it and that whole."""
    by_start = {figure.start: figure for figure in figures}
    named: dict[str, Figure] = {}
    for claim in shares:
        total, share = claim.number(Role.TOTAL), claim.number(Role.SHARE)
        if (
            claim.template != "share_of_earlier_total"
            or not claim.verdict.fits
            or total is None
            or share is None
        ):
            continue
        whole, said = by_start.get(total.start), by_start.get(share.start)
        words = whole_named_after(sentence, said) if said is not None else None
        if whole is not None and words:
            named[words] = whole
    return named


def shares_of_a_whole_named_before(
    sentence: Sentence, shares: list[Claim], named: Mapping[str, Figure]
) -> list[Claim]:
    """A share found of no whole, or of a wrong one, read again against the whole an earlier share said in
    the very same words was found of: "Hà Nội với gần 1,14 tỉ USD, chiếm 10,3% tổng vốn đầu tư đăng ký ….
    … ngành công nghiệp chế biến, chế tạo … hơn 7,43 tỉ USD, chiếm 67,1% tổng vốn đầu tư đăng ký" (n1197) —
    both of the 11,07 tỉ said at the start, too far back to be tried. Only a fit replaces a verdict."""
    if not named:
        return shares
    figures = {figure.start: figure for figure in sentence.figures}
    replaced = []
    for claim in shares:
        part, share = claim.number(Role.PART), claim.number(Role.SHARE)
        if (
            claim.template != "share_of_earlier_total"
            or not (claim.verdict.alarm or claim.verdict == Verdict.AMBIGUOUS)
            or part is None
            or share is None
            or part.start not in figures
            or share.start not in figures
        ):
            replaced.append(claim)
            continue
        said_part, said_share = figures[part.start], figures[share.start]
        whole = named.get(whole_named_after(sentence, said_share) or "")
        if (
            whole is None
            or whole.kind != said_part.kind
            or not _alike(whole, said_part)
            or whole.value <= said_part.value
        ):
            replaced.append(claim)
            continue
        span = (sentence.at(said_part), sentence.at(said_share) + len(said_share.placeholder))
        numbers = [(Role.TOTAL, whole), (Role.PART, said_part), (Role.SHARE, said_share)]
        label = Bilingual(f"share of {whole.text}", f"tỷ lệ trên {whole.text}")
        made = judged_claim(
            sentence, span, "share_of_earlier_total", numbers, share_of(said_part, whole, label)
        )
        start, end = sentence.span(*span)
        replaced.append(dataclasses.replace(made, start=start, end=end) if made.verdict.fits else claim)
    return replaced


def _share_of_a_division(
    sentence: Sentence,
    claim: Claim,
    part: Figure,
    share: Figure,
    total: ClaimNumber,
    division: Sequence[Figure],
) -> Claim | None:
    """A share flagged against the whole said with it that the sum of a division of that whole gives (the
    first groups of its list, their shares making 100%), said as a doubt: which of the two it was worked
    out of, and whether the division is all of the whole, the text does not say (n1078)."""
    made = judged_claim(
        sentence,
        (sentence.at(part), sentence.at(share) + len(share.placeholder)),
        "share_of_earlier_total",
        [*((Role.TOTAL, figure) for figure in division), (Role.PART, part), (Role.SHARE, share)],
        [share_of_a_sum(part, division)],
    )
    if made.verdict.alarm or not made.verdict.checked:
        return None
    added = " + ".join(figure.text for figure in division)
    note = Bilingual(
        f"{share.text} is not {part.text} of {total.text}, but it is of {added}, the groups whose shares make"
        " 100%: which whole the shares were worked out of is not said.",
        f"{share.text} không phải tỷ lệ của {part.text} trên {total.text}, nhưng là tỷ lệ trên {added}, tổng"
        " các nhóm có tỷ lệ cộng lại 100%: văn bản không rõ tính trên tổng nào.",
    )
    return dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, correct=None, slip=None, message=note)


def share_of_a_sum(part: Figure, made_of: Sequence[Figure]) -> Recomputation:
    """part / (the sum of ``made_of``) × 100, within the rounding of every figure — the part one of the sum,
    its bounds move both sides together: "hơn 22,26 triệu hồ sơ đúng hạn … và 37.355 hồ sơ trễ hẹn" is 99,83%
    of their sum however far "hơn" reaches, not 99,77–99,90% (n1846)."""
    found = _ratio_of_sums([part], made_of, Bilingual("share of the parts' sum", "tỷ lệ trên tổng các phần"))
    if sum(figure.start == part.start for figure in made_of) != 1:
        return found
    others = [figure for figure in made_of if figure.start != part.start]
    low, high = part.bounds(part.readings[0])
    rest = sum_of_parts(others, Bilingual("", ""))
    if low + rest.high <= 0 or high + rest.low <= 0:
        return found
    return dataclasses.replace(
        found,
        low=min(low / (low + rest.high) * HUNDRED, found.value),
        high=max(high / (high + rest.low) * HUNDRED, found.value),
    )


def _sum_as_a_share(made_of: Sequence[Figure], whole: Figure) -> Recomputation:
    """(the sum of ``made_of``) / whole × 100, within the rounding of every figure."""
    label = Bilingual(f"the kinds named, of {whole.text}", f"các loại được nêu, trên {whole.text}")
    return _ratio_of_sums(made_of, [whole], label)


def _ratio_of_sums(above: Sequence[Figure], below: Sequence[Figure], label: Bilingual) -> Recomputation:
    """(the sum of ``above``) / (the sum of ``below``) × 100, within the rounding of every figure; a sum of
    one figure written as its value, of several as their figures added in brackets."""
    numerator, denominator = sum_of_parts(above, Bilingual("", "")), sum_of_parts(below, Bilingual("", ""))
    value = numerator.value / denominator.value * HUNDRED
    low = numerator.low / denominator.high * HUNDRED if denominator.high > 0 else value
    high = numerator.high / denominator.low * HUNDRED if denominator.low > 0 else value

    def written(figures: Sequence[Figure], total: Decimal, lang: str) -> str:
        return show(total, lang) if len(figures) == 1 else "(" + " + ".join(f.text for f in figures) + ")"

    formula = Bilingual(
        *(
            f"{written(above, numerator.value, lang)} / {written(below, denominator.value, lang)} × 100"
            f" = {show(value, lang)}%"
            for lang in ("en", "vi")
        )
    )
    return Recomputation(value, min(low, value), max(high, value), formula, label)


_SIDE_BY_SIDE = re.compile(r"(?:vụ|ca|trường hợp) (?P<kind>[^\W\d_]+)")


def _number_of(claim: Claim, role: Role) -> ClaimNumber:
    return next(number for number in claim.numbers if number.role == role)


_NOT_PINNED = Bilingual(
    "of which total? No earlier figure gives it, and the text does not say which one is meant.",
    "của tổng nào? Không số nào đã ghi trước đó cho ra tỷ lệ này, và văn bản không nói rõ tổng nào.",
)


# a rate said with its change after it: of a plan the list said once ("Hà Nội đạt 1.837 tỷ đồng, bằng 9,5% kế
# hoạch năm và tăng 22% so với cùng kỳ năm trước; … Nghệ An 395 tỷ đồng, bằng 10,4% và tăng 3,1%", raw32/th31)
# (not "53 cơ sở Đảng được công nhận trong sạch vững mạnh (bằng 45,3% và tăng 0,86%)", dev n127: a share)
_RATIO_WITH_ITS_CHANGE = re.compile(r" và (?:tăng|giảm) #\d+%#")
_RATE_OF_PLAN = pattern(r"bằng #\d+%# (?:so với )?{PLAN}")


# a share "of the total", no other name for it, and a figure said with its own share
_OF_THE_TOTAL_ALONE = re.compile(r" (?:trong|trên) tổng số(?=[,;.)]| và| tăng| giảm|$)")
_SAID_WITH_A_SHARE = re.compile(r"(?: [^\W\d_]+){0,3},? \(?chiếm(?: tỷ lệ| tỉ lệ| tỷ trọng)? ?$")


# a whole's share of a base it names, then its breakdown: the parts' shares are of their own bases
_SHARE_OF_ITS_OWN_BASE = re.compile(
    r"#\d+#[^#;]{0,40}?, chiếm #\d+%# (?:tổng )?(?:diện tích|kế hoạch|dân số|số)(?: [^\W\d_]+){0,3}"
    r"(?:[^#;]|#\d+%#){0,60}?,? trong đó(?!\w)"
)


# ballots as a share of those who cast them: "Số phiếu tín nhiệm cao: 49 phiếu (chiếm 84,48% tổng số đại biểu
# HĐND tỉnh)" (n2488) — one each
_BALLOTS_OF_VOTERS = re.compile(r"phiếu (?:đại biểu|cử tri|thành viên|ủy viên|uỷ viên)(?!\w)")


def _shares_of_earlier_total(
    sentence: Sentence,
    earlier: Sequence[Figure],
    judged: set[int],
    around: Mapping[int, tuple[str, str]] | None,
    carried: tuple[Figure, str] | None,
    years: Mapping[int, str] | None,
    wholes_of: Mapping[int, int],
    unpinned: set[int],
) -> Iterator[Claim]:
    """The claims of :func:`share_of_earlier_total`; ``wholes_of``: the whole (by its place) each share
    of the sentence was found to be of, for the shares before them in their list; ``unpinned`` is given the
    place of each share found of no whole the text pins down; ``years``: the year each figure of the sentences
    before is said of (a share said of one year is of no whole said of another)."""
    skeleton = sentence.skeleton
    yield from _share_then_its_part(sentence, earlier, judged, carried[0] if carried else None)
    yield from rates_with_their_counts(sentence, earlier, judged)
    shares = _shares_of_something(skeleton)
    listed = {_figure(sentence, m, "part").start for m in shares}
    neighbours_whole: Figure | None = None  # the whole the shares before in the list were of
    own_base = _SHARE_OF_ITS_OWN_BASE.search(skeleton)
    for index, match in enumerate(shares):
        part = _figure(sentence, match, "part")
        share = _figure(sentence, match, "share" if match.group("share") else "share2")
        if share.start in judged or part.kind not in (FigureKind.COUNT, FigureKind.AMOUNT):
            continue
        if own_base is not None and match.start() > own_base.end():
            # "thu hoạch được 1.326,7 nghìn ha lúa mùa, chiếm 85,4% diện tích gieo cấy …, trong đó: Các địa
            # phương phía Bắc thu hoạch 980,4 nghìn ha, chiếm 95,8% …" (raw64/un21): each part's share of its
            # own base, as the whole's is of its own — not of the whole
            continue
        if (
            _is_change(sentence, part)
            and _the_value_it_changed(sentence, part)
            and _SHARE_WORDS.search(skeleton, sentence.at(part), sentence.at(share))
        ):
            # "dư nợ trên 1.526 tỷ đồng, tăng trên 27 tỷ đồng, chiếm 35,5% tổng dư nợ" (n801): of the value
            # — not a bare rate in brackets, the change's own ("128 người, giảm 83 vụ (28,92%)", n996)
            part = sentence.figures[part.index - 1]
        if _in_fraction(sentence, part) or _is_change(sentence, part):
            continue
        if _OF_ANOTHER_PERIOD.search(
            skeleton, max(0, skeleton.find(part.placeholder) - 60), skeleton.find(part.placeholder)
        ):
            # "(khóa XII tái cử có 167 người, tỉ lệ 33,4%)": of that term's whole, not printed
            note = Bilingual(f"{share.text}: {_OF_ANOTHER_TIME.en}", f"{share.text}: {_OF_ANOTHER_TIME.vi}")
            yield _of_a_whole_not_printed(sentence, match, part, share, note)
            continue
        if _RATIO_WITH_ITS_CHANGE.match(
            skeleton, skeleton.find(share.placeholder) + len(share.placeholder)
        ) and _RATE_OF_PLAN.search(skeleton, 0, skeleton.find(share.placeholder)):
            continue  # "Nghệ An 395 tỷ đồng, bằng 10,4% và tăng 3,1%": of its own plan, said once before
        after = _WHOLE_AFTER_SHARE.match(skeleton, skeleton.find(share.placeholder) + len(share.placeholder))
        named = (
            (after.group("noun") or after.group("noun2")) if after else ""
        )  # "chiếm 78% trong tổng số việc"
        cases = sentence.figures[part.index - 1] if part.index and _of_sentence(sentence, part) else None
        if (
            cases is not None
            and named
            and _PAIR_SAID.fullmatch(
                skeleton, skeleton.find(cases.placeholder), skeleton.find(part.placeholder)
            )
            and (_counts_alike(named, cases.noun) or _first_word(named) == "án")  # "án hình sự": the cases
            and not _counts_alike(named, part.noun)
        ):
            part = cases  # "29 vụ với 75 bị cáo, chiếm tỷ lệ 5,1% trên tổng số án hình sự": of the cases
        listed_whole = _whole_of_its_list(sentence, part)
        if listed_whole is not None and named and _counts_alike(named, listed_whole.noun):
            # "36 tổ chức cơ sở đảng, trong đó gồm 18 đảng bộ cơ sở và 18 chi bộ cơ sở, chiếm tỷ lệ 78,27%
            # trên tổng số tổ chức cơ sở đảng …": the share of the whole the list adds up to, not of its
            # last part
            part = listed_whole
        before_part = sentence.figures_in(0, skeleton.find(part.placeholder))
        by_verb = _WHOLE_NAMED_BY_VERB.match(
            skeleton, skeleton.find(share.placeholder) + len(share.placeholder)
        )
        if by_verb is not None and part.kind == FigureKind.COUNT:
            pool = [*earlier, *before_part]
            wholes = _totals_by_verb(sentence, by_verb.group("verb"), part, pool, around)
            if wholes:
                yield _pinned_share(sentence, match, part, wholes, share)
                continue
        opening = _AMONG_THOSE_DONE.match(skeleton)
        if (
            opening is not None
            and not _totals_by_verb(sentence, opening.group("verb"), part, [*earlier, *before_part], around)
            and (made_of := _parts_making_a_hundred(_parts_with_shares(sentence, shares), Decimal("0.1")))
            is not None
            and part in made_of
        ):
            # "Trong số hồ sơ đã giải quyết, có hơn 22,26 triệu hồ sơ đúng hạn (tỷ lệ 99,84%) và 37.355 hồ sơ
            # trễ hẹn (chiếm 0,16%)" (n1846): of those done, no count of which is printed — the parts' sum,
            # not the "hơn 22,3 triệu hồ sơ" received said before
            span = (skeleton.find(part.placeholder), match.end())
            numbers = [*((Role.TOTAL, figure) for figure in made_of), (Role.PART, part), (Role.SHARE, share)]
            claim = judged_claim(
                sentence, span, "share_of_earlier_total", numbers, [share_of_a_sum(part, made_of)]
            )
            yield dataclasses.replace(claim, start=part.start, end=share.end)
            continue
        bracketed = _WHOLE_IN_BRACKETS.match(skeleton, after.end()) if after else None
        if bracketed is not None:  # "chiếm 12,5% tổng dư nợ toàn tỉnh (42.000 tỷ đồng)": the whole, printed
            whole = sentence.figure(bracketed.group("whole"))
            if _alike(whole, part) and whole.kind == part.kind and whole.value > part.value:
                yield _pinned_share(sentence, match, part, [whole], share)
                continue
        introduced = _whole_introduced(sentence, share, [*earlier, *before_part], around)
        if introduced is not None and introduced.value > part.value:
            yield _pinned_share(sentence, match, part, [introduced], share)
            continue
        measured = not part.countable  # "22.296 tỷ đồng, chiếm 85,78% tổng mức": a whole named, not a unit
        # "57 đảng viên …; trong đó, có 17 cấp ủy viên, chiếm 29,82% tổng số đảng viên bị kỷ luật": a group
        # of the whole its breakdown opened with, the whole named by what it counts
        of_the_opened = any(
            _opens_breakdown(sentence, whole) and whole.noun and _counts_alike(named, whole.noun)
            for whole in [*earlier[-3:], *before_part[-3:]]
            if whole.kind == part.kind and whole.value > part.value
        )
        if (
            named
            and part.noun
            and not measured
            and not _counts_alike(named, part.noun)
            and not of_the_opened
            and not _BALLOTS_OF_VOTERS.match(f"{_first_word(part.noun)} {named}")
        ):
            continue  # a share of something else than the part counts
        noun = part.noun if measured else named or part.noun
        if share.value == HUNDRED and share.qualifier is None:
            # "Tổng số đại biểu … là 350 đại biểu. … giáo dục phổ thông 12/12 là 350 đại biểu, chiếm 100%":
            # all of a whole said before, read when one of the same thing is as large
            as_large = next(
                (
                    whole
                    for whole in reversed([*earlier, *before_part])
                    if whole.kind == part.kind
                    and whole.value == part.value
                    and whole.start != part.start
                    and _same_first_word(whole.noun, part.noun)
                    and not _is_change_figure(whole)
                ),
                None,
            )
            if as_large is not None:
                yield _pinned_share(sentence, match, part, [as_large], share)
            continue
        if share.value >= HUNDRED:
            continue  # a share of a larger whole is below 100%: "đạt 105%" is of a plan
        part_year = sentence.years_said.get(part.start, "")
        of_the_total = _OF_THE_TOTAL_ALONE.match(
            skeleton, skeleton.find(share.placeholder) + len(share.placeholder)
        )
        candidates = [
            whole
            for whole in reversed([*earlier, *before_part])
            # (a count in thousands is one too: "41,6 nghìn doanh nghiệp" of "116.045 doanh nghiệp", n2132)
            if (whole.kind == part.kind or (part.kind, whole.kind) == (FigureKind.AMOUNT, FigureKind.COUNT))
            and whole.value > part.value
            and _alike(whole, part)  # "215ha rừng" is no share of an amount of money
            and not _is_change_figure(whole)
            # "thiệt hại về tài sản tăng hơn 200 tỷ đồng so với …": a change, not a whole
            and not _CHANGE_BEFORE_FIGURE.search(_context_of(sentence, whole, around)[0])
            # "đạt 104,4% kế hoạch (120.000 lao động); trong đó …": the plan, not the whole broken down
            and not (_of_sentence(sentence, whole) and _reference_in_brackets(sentence, whole))
            # "53 vụ (29,44%), 45 vụ (25%)": a neighbour, not the whole (unless a breakdown opens with it)
            and (whole.start not in listed or _opens_breakdown(sentence, whole))
            # "166 DN …, tăng 56,6% so cùng kỳ (166/106 DN)": the change's two counts, not a whole
            and not (_of_sentence(sentence, whole) and _a_changes_two_counts(sentence, whole))
            and not _people_of_places(part, whole)
            # "Năm 2018, … giải quyết 280 vụ …. Số vụ án … năm 2017 là 24 vụ, chiếm tỉ lệ 8,19%": another
            # year's
            and not _of_another_year(part_year, _year_of(sentence, whole, years))
            # "bị thương 162.058," bare: people hurt, no whole of "155.288 vụ"
            and not (
                not whole.noun
                and part.noun
                and not _PEOPLE_OF_A_KIND.match(part.noun)
                and _HURT_BEFORE.search(_context_of(sentence, whole, around)[0])
            )
            # "bán lẻ hàng hóa đạt 24.656,29 tỷ đồng, chiếm 86,42% trong tổng số, …. … lưu trú, ăn uống đạt
            # 2.331,94 tỷ đồng, chiếm 8,17% trong tổng số" (n1096): a share of the total, like its own
            and not (of_the_total and _SAID_WITH_A_SHARE.match(_context_of(sentence, whole, around)[1]))
        ]
        phrase = _NAMED_PHRASE.match(skeleton, skeleton.find(share.placeholder) + len(share.placeholder))
        phrased = phrase.group("words") or phrase.group("due") if phrase is not None else ""
        if (
            phrase is not None
            and candidates
            and not any(
                # what is due is said as due: "phải thu" is neither what was collected nor what was spent
                " ".join(_context_of(sentence, whole, around)).find(phrase.group("due")) >= 0
                if phrase.group("due")
                else _named_alike(phrase.group("words"), part, whole, sentence, around)
                for whole in candidates
            )
        ):
            # "chiếm 3,61% so với tổng số hộ dân cư dân tộc Khmer": of a whole the words name that none
            # printed before is (not the 5.404 poor households): not checkable
            note = Bilingual(
                f"{share.text} of “{phrased}”, a whole the text does not print: it cannot be recomputed.",
                f"{share.text} của “{phrased}”, một tổng mà văn bản không ghi số: không tính lại được.",
            )
            yield _of_a_whole_not_printed(sentence, match, part, share, note)
            continue
        if named and _PLAN_NAMED.match(named):
            # "chiếm gần 70% tổng dự toán thu": of a plan, said as a plan before it, not of a result
            candidates = [
                whole
                for whole in candidates
                if _PLAN_SAID_BEFORE.search(_context_of(sentence, whole, around)[0])
            ]
            if not candidates:
                note = Bilingual(
                    f"{share.text} of a plan whose figure is not printed: it cannot be recomputed.",
                    f"{share.text} của một dự toán (kế hoạch) mà văn bản không ghi số: không tính lại được.",
                )
                yield _of_a_whole_not_printed(sentence, match, part, share, note)
                continue
        same = [whole for whole in candidates if noun and whole.noun and _counts_alike(whole.noun, noun)]
        fraction: list[Figure] = []  # a fraction's two figures, when its breakdown opens: either may be meant
        # "207.794 người …; trong đó, … 167.919 người, chiếm 82,38%": the whole the breakdown opened with
        opened = [whole for whole in candidates if _opens_breakdown(sentence, whole)]
        if len(opened) > 1 and not _of_sentence(sentence, opened[0]):
            # "… với doanh thu đạt 11.137 tỷ đồng, chiếm tỷ trọng 31% …, bồi thường 5.172 tỷ đồng, …. Trong
            # đó, doanh thu bảo hiểm bắt buộc … đạt 3.041 tỷ đồng, chiếm tỷ trọng 8%" (n2156): of the whole
            # said with the words the part's label opens with, not of the last one
            # (not an item of a list before, named alike: "Trong đó, tái cử: 31, …", n295)
            opening = _BREAKDOWN_LABEL.match(skeleton, _BREAKDOWN_OPENS.match(skeleton).end())  # type: ignore[union-attr]
            said = [
                whole
                for whole in opened
                if opening
                and opening.group(1) in (before := _context_of(sentence, whole, around)[0])
                and "trong đó" not in before
            ]
            opened = said + [w for w in opened if w not in said]
        # "Án trả điều tra bổ sung … là 6,32%, trong đó VKS trả … 11 vụ …, chiếm tỉ lệ 1,52%, … 36 vụ …, chiếm
        # tỉ lệ 4,8%": the shares break a rate down, of a whole not printed — no whole opened or carried
        rate_broken = _a_rate_broken_down(skeleton, skeleton.find(part.placeholder))
        if rate_broken:
            opened = []
        # the whole is pinned down only by the text: the breakdown it opens, the whole of the shares
        # before it in the list, or "chiếm X% tổng số <noun>" with one figure of that noun before
        # … or by the one whole of that noun said as the total: "Tổng số có 10 chi bộ, …. Chi bộ hoàn thành
        # tốt nhiệm vụ: 09 Chi bộ = 80%" (n1561)
        # (a total said in another sentence: in its own, "tổng cộng 20.467 hồ sơ (trực tuyến: 7.134 hồ sơ, đạt
        # tỷ lệ 39,34%; …, kỳ trước chuyển sang 2.333 hồ sơ)" (n961) rates what is new, not all of it)
        pinned = len(same) == 1 and (
            bool(named)
            or (
                not _of_sentence(sentence, same[0])
                and bool(_SAID_AS_THE_TOTAL.search(_context_of(sentence, same[0], around)[0]))
                # (a share, "= 80%", "chiếm": not "đạt tỷ lệ 92%", perhaps of what was due, not printed)
                and not _REACHED.search(skeleton, sentence.at(part), sentence.at(share))
            )
        )
        own = [whole for whole in same[:3] if _of_sentence(sentence, whole)]
        if (
            not pinned
            and named
            and len(own) == 1
            and own[0].index == part.index - 1
            and set(named.split()) <= set(_context_of(sentence, own[0], around)[0].split())
        ):
            # "Cây cà phê duy trì được diện tích 33.930,9 ha; … cà phê năng suất cao được 31.074,8 ha, chiếm
            # 92,4% tổng diện tích" (n1827): the whole said right before the part in its own sentence, after
            # the very words the share names it by — not a total of another crop said before
            pinned = True
        if opened and (
            not noun
            or not opened[0].noun
            or _first_word(opened[0].noun) == _first_word(noun)
            or _first_word(noun) == "người"  # "12.350 cán bộ, công chức; trong đó 9.850 người …"
            or _counts_alike(opened[0].noun, noun)  # "156 đảng viên, trong đó … 120 đồng chí"
        ):
            # "Trong đó, Văn phòng Cục Thuế thu 7.130 tỷ đồng, đạt 52%": "đạt" may give the part's
            # own plan, as the total's "bằng 54% dự toán" did; "chiếm" (or the whole named) is a share
            between = skeleton[skeleton.find(part.placeholder) : skeleton.find(share.placeholder)]
            # "tỷ lệ thất nghiệp … là 0,76%, tương đương với 6.014 người. Trong đó, … nông thôn 1.639
            # người thất nghiệp, chiếm tỷ lệ 0,33%": a whole said as a rate's count has parts given
            # by their own rates, not by their share of it
            as_rate = bool(_EQUIVALENT.match(_context_of(sentence, opened[0], around)[0]))
            # "12.847 thí sinh đậu tốt nghiệp, chiếm tỷ lệ 88,56%. Trong đó, cụm … có 8.925 thí sinh đậu
            # tốt nghiệp, chiếm tỷ lệ 94,27%": a part said in the very words of its whole's own rate has
            # its own rate (of its own group), not a share of the whole
            mirrored = _words(_context_of(sentence, opened[0], around)[1]) == _words(
                between[len(part.placeholder) :]
            )
            same, pinned = [opened[0]], (bool(named) or not _REACHED.search(between)) and not as_rate
            pinned = pinned and not (mirrored and _SHARE_WORDS.search(between))
            pool = [*earlier, *before_part]
            if _of_the_base_its_whole_was_of(sentence, opened[0], share, pool, around):
                # "thu hoạch được 866,4 nghìn ha lúa mùa, chiếm hơn 73% diện tích gieo cấy …. Trong đó, vùng
                # Đồng bằng sông Hồng thu hoạch được 434,5 nghìn ha, chiếm 76,9% diện tích gieo cấy" (n2172):
                # of its own area sown, named as the whole's rate named its own — or of that same base ("11,5
                # tỷ đồng, chiếm 0,37% tổng dư nợ. Trong đó, nợ quá hạn gần 6,1 tỷ đồng, chiếm 0,20% tổng dư
                # nợ", raw11/k12): a fit of the latter is read, a miss is no slip
                of_the_base = _share_of_the_wholes_base(sentence, part, opened[0], pool, around, share)
                if of_the_base and not assess(share, of_the_base, ()).verdict.alarm:
                    numbers = [(Role.TOTAL, opened[0]), (Role.PART, part), (Role.SHARE, share)]
                    span = (skeleton.find(part.placeholder), match.end())
                    claim = judged_claim(sentence, span, "share_of_earlier_total", numbers, of_the_base)
                    start, end = sentence.span(*span)
                    yield dataclasses.replace(claim, start=start, end=end)
                    continue
                note = Bilingual(
                    f"{share.text}: the part's share of its own base, named as its whole's was, which the"
                    " text does not print.",
                    f"{share.text}: tỷ lệ của phần này trên cơ số của chính nó (gọi tên như cơ số của tổng),"
                    " văn bản không ghi số này.",
                )
                yield _of_a_whole_not_printed(sentence, match, part, share, note)
                continue
            # "Có 9/15 ứng cử viên đã trúng cử …. Trong đó, có 2 đại biểu nữ, chiếm tỷ lệ 22,2%": the
            # breakdown is of those who did it, the fraction's first figure, or else of its whole
            numerator = _numerator_of(sentence, opened[0], [*earlier, *before_part], around)
            if numerator is not None and numerator in candidates:
                same = fraction = [numerator, opened[0]]
        by_neighbours = False  # the whole pinned down as the one the shares before in the list were of
        if (
            neighbours_whole is None
            and carried is not None
            and not rate_broken
            and _counts_alike(carried[1], part.noun)
            # (not past a whole this sentence breaks down: "37/41 trường …, trong đó có 11 trường …", n1203)
            and not (opened and _of_sentence(sentence, opened[0]))
            and not _BREAKDOWN_OPENS.match(
                skeleton
            )  # "Trong đó, …": parts of the part before, not of its whole
        ):
            neighbours_whole = carried[0]
        if (
            neighbours_whole is not None
            and not rate_broken
            and neighbours_whole in candidates
            # "19 vụ cháy …, chiếm 1,9% tổng số vụ cháy …, 88 người bị thương (chiếm 70% tổng số
            # người bị thương)"
            and (
                not noun
                or not neighbours_whole.noun
                or _counts_alike(neighbours_whole.noun, noun)
                # "Có 89 đại biểu …. Đại biểu là nam có 45 người, chiếm 50,56%. Đại biểu nữ có 44 người, chiếm
                # 49,43%": the part before counted what this part counts, and its share was of that whole
                or (
                    carried is not None
                    and neighbours_whole is carried[0]
                    and _counts_alike(carried[1], part.noun)
                )
            )
        ):
            same, pinned = fraction if neighbours_whole in fraction else [neighbours_whole], True
            by_neighbours = True
        able = [
            whole
            for whole in candidates
            if _ABLE.match(_context_of(sentence, whole, around)[1])
            or _ABLE_BEFORE.search(_context_of(sentence, whole, around)[0])
        ]
        at = skeleton.find(part.placeholder)
        if len(able) == 1 and _DONE.search(skeleton, _clause_start(skeleton, at), at):
            same, pinned = able, True  # "có 174,7 tỷ đồng đủ điều kiện … đã xong là 80,7 tỷ đồng, đạt …"
        allotted = [
            whole for whole in candidates if _ALLOTTED.search(_context_of(sentence, whole, around)[0])
        ]
        if len(allotted) == 1 and _DISBURSED.search(skeleton, _clause_start(skeleton, at), at):
            # "nguồn kinh phí bố trí cho công tác bảo tồn di sản là hơn 298 tỉ đồng, lũy kế giải ngân vốn … là
            # hơn 118,8 tỉ đồng, đạt tỉ lệ hơn 63,33%" (n953): what was paid out, of what was allotted
            same, pinned = allotted, True
        competent = [
            whole for whole in candidates if _COMPETENT.search(_context_of(sentence, whole, around)[0])
        ]
        if len(competent) == 1 and _SETTLED.search(skeleton, _clause_start(skeleton, at), at):
            same, pinned = competent, True
        # "Các đoàn đã kiểm tra được 199.794 cơ sở, phát hiện 41.785 cơ sở không đạt yêu cầu …, chiếm tỷ lệ
        # 20,09%" (n516): those found, of those inspected in the clause before, in the same sentence
        inspected = [
            whole
            for whole in candidates
            if _of_sentence(sentence, whole)
            and _INSPECTED_BEFORE.search(_context_of(sentence, whole, around)[0])
            and _counts_alike(whole.noun, part.noun)
        ]
        if (
            not pinned
            and len(inspected) == 1
            and _FOUND_BEFORE.search(_context_of(sentence, part, around)[0])
            and inspected[0].index == part.index - 1
        ):
            same, pinned = inspected, True
        typos_only = False  # a whole the words point to, not one they name: a slip only when it is a typo
        if not pinned and _SOLVED.search(_context_of(sentence, part, around)[0]):
            # "xảy ra 1.245 vụ …; điều tra làm rõ 1.120 vụ, …, đạt tỷ lệ 89,96%": the cases that occurred
            occurred = [w for w in candidates if _OCCURRED.search(_context_of(sentence, w, around)[0])]
            if len(occurred) == 1 and _counts_alike(occurred[0].noun, part.noun):
                same, pinned, typos_only = occurred, True, True
        wholes = (same or candidates)[:3]
        if not wholes:
            continue
        recomputations = []
        for whole in wholes:
            label = Bilingual(f"share of {whole.text}", f"tỷ lệ trên {whole.text}")
            recomputations.extend(share_of(part, whole, label))
        if opened and wholes[0] is opened[0] and not named:
            pool = [*earlier, *before_part]
            rated = _OWN_RATE_LINK.search(_phrase_before(sentence, share)) and _rated_against(
                sentence, opened[0], pool, around
            )
            if rated == "plan":
                # "Tổng chi … 586 nghìn tỷ đồng, bằng 38,5% dự toán năm. Trong đó, chi thường xuyên đạt 416
                # nghìn tỷ đồng, bằng 44,2%": each part against its own plan, not printed
                note = Bilingual(
                    f"{share.text}: the part's own rate of its own plan, which the text does not print.",
                    f"{share.text}: tỷ lệ của phần này so với dự toán (kế hoạch) của chính nó, văn bản"
                    " không ghi số này.",
                )
                yield _of_a_whole_not_printed(sentence, match, part, share, note)
                continue
            if rated == "previous":
                # "1366,6 nghìn ha lúa mùa, bằng 94,5% cùng kỳ năm trước. Trong đó … phía Nam gieo cấy 223,9
                # nghìn ha, bằng 92,6%": each part against its own figure of the year before, not printed
                note = Bilingual(
                    f"{share.text}: the part's own rate of its own figure of the period before, which the "
                    f"text"
                    " does not print.",
                    f"{share.text}: tỷ lệ của phần này so với số cùng kỳ của chính nó, văn bản không ghi số"
                    " này.",
                )
                yield _of_a_whole_not_printed(sentence, match, part, share, note)
                continue
            recomputations.extend(_share_of_the_wholes_base(sentence, part, opened[0], pool, around, share))
        if not recomputations:
            continue
        span = (skeleton.find(part.placeholder), match.end())
        numbers = [(Role.TOTAL, wholes[0]), (Role.PART, part), (Role.SHARE, share)]
        claim = judged_claim(sentence, span, "share_of_earlier_total", numbers, recomputations)
        if pinned and named and _SCOPE_OF_A_STOCK.match(skeleton, after.end() if after else 0):
            # "234 đảng viên …, chiếm 1,2% tổng số đảng viên toàn tỉnh": of all there are, not of those
            # admitted this year the sentence opened with
            pinned = False
        if claim.verdict.alarm and typos_only and not (claim.slip and claim.slip.of_the_hand):
            # "làm rõ 695 vụ …, đạt tỷ lệ 92%": perhaps of the cases to investigate, not printed
            pinned = False
        if claim.verdict.alarm and _each_of_its_own_base(sentence, shares, wholes[0]):
            # "cả nước thu hoạch được 1.403,4 nghìn ha lúa mùa, chiếm 90,7% diện tích gieo cấy …. Trong đó,
            # các địa phương phía Bắc thu hoạch 933,8 nghìn ha, chiếm 93,8% …; phía Nam … 469,6 nghìn ha,
            # chiếm 85,3% …" (raw48/tx08): parts that make up the whole, their shares adding up to far more
            # than 100%
            note = Bilingual(f"{share.text}: {_OWN_BASES.en}", f"{share.text}: {_OWN_BASES.vi}")
            claim = _unchecked(sentence, span, "share_of_earlier_total", numbers, Verdict.AMBIGUOUS, note)
        if (
            claim.verdict.alarm
            and _RE_ELECTED_PART.search(skeleton, max(0, at - 20), at)
            and claim.recomputation is not None
            and share.value > claim.recomputation.value
        ):
            # "danh sách sơ bộ 63 người ứng cử …, tái cử là 15 người chiếm 50%" (n2046): of the council
            # before, not printed — never more than the candidates, so of it the share is more, not less, than
            # of them
            note = Bilingual(f"{share.text}: {_RE_ELECTED.en}", f"{share.text}: {_RE_ELECTED.vi}")
            claim = _unchecked(sentence, span, "share_of_earlier_total", numbers, Verdict.AMBIGUOUS, note)
        if claim.verdict.alarm and _OF_THE_TERM_BEFORE.search(skeleton, max(0, at - 60), at):
            # "đại biểu Quốc hội khóa 15 tái cử: 145 người, tỷ lệ 29%" (n886): of the term before's 500, not
            # printed — or of this term's, as n273's "ĐB khóa XIII tái cử 160 người (tỉ lệ 32,3%)" of 496
            note = Bilingual(f"{share.text}: {_RE_ELECTED.en}", f"{share.text}: {_RE_ELECTED.vi}")
            claim = _unchecked(sentence, span, "share_of_earlier_total", numbers, Verdict.AMBIGUOUS, note)
        if claim.verdict.alarm and not pinned:
            # a whole said further back, when it is the one that fits: "Đại hội … có 1.587 đại biểu, … 222
            # đại biểu nữ …; 175 đại biểu …; … 71 Giáo sư, Phó Giáo sư (chiếm 4,47%)"
            further = (same or candidates)[3:]
            fitting = [w for w in further if not assess(share, share_of(part, w), ()).verdict.alarm]
            if len(fitting) == 1:
                numbers = [(Role.TOTAL, fitting[0]), (Role.PART, part), (Role.SHARE, share)]
                label = Bilingual(f"share of {fitting[0].text}", f"tỷ lệ trên {fitting[0].text}")
                claim = judged_claim(
                    sentence, span, "share_of_earlier_total", numbers, share_of(part, fitting[0], label)
                )
        if claim.verdict.alarm and not pinned:
            siblings = _whole_of_the_shares_after(sentence, shares[index + 1 :], wholes_of, candidates, part)
            if siblings is not None:  # of the whole the shares after it in its list are of
                numbers = [(Role.TOTAL, siblings), (Role.PART, part), (Role.SHARE, share)]
                label = Bilingual(f"share of {siblings.text}", f"tỷ lệ trên {siblings.text}")
                claim = judged_claim(
                    sentence, span, "share_of_earlier_total", numbers, share_of(part, siblings, label)
                )
                pinned = True
        if claim.verdict.alarm and not pinned:
            pair = _other_pair_giving(
                share, [part, *reversed(before_part), *reversed(earlier[-12:])], exact=True
            )
            if pair is not None and pair[0] is part and share.decimals > 0:
                # of no whole the words name, but the same part of one printed nearby gives it rounded as
                # printed: "giải quyết 874 vụ, 1.172 bị can, đạt tỷ lệ 99,3%" (c07: 874 of the 880 vụ taken
                # in)
                numbers = [(Role.TOTAL, pair[1]), (Role.PART, part), (Role.SHARE, share)]
                label = Bilingual(f"share of {pair[1].text}", f"tỷ lệ trên {pair[1].text}")
                claim = judged_claim(
                    sentence, span, "share_of_earlier_total", numbers, share_of(part, pair[1], label)
                )
                claim = _searched(claim)
        if claim.verdict.alarm and not pinned:
            # "đạt 75%" may be of a plan not printed, "X người, chiếm Y%" of a whole not named: a slip
            # is said only when the text pins the whole down
            note = Bilingual(f"{share.text} {_NOT_PINNED.en}", f"{share.text} {_NOT_PINNED.vi}")
            unpinned.add(share.start)
            claim = _unchecked(sentence, span, "share_of_earlier_total", numbers, Verdict.AMBIGUOUS, note)
        elif claim.verdict.alarm:
            pair = _other_pair_giving(share, [part, *reversed(before_part), *reversed(earlier[-12:])])
            if (
                pair is not None
                and pair[0] is part
                and share.decimals > 0
                and _gives_exactly(share, part, pair[1])
            ):
                # the same part, of another whole printed before, rounded exactly as printed: "81,18% dân số
                # từ 15 tuổi trở lên" of the 255.953 of that age, not of all 319.000 (b03) — that whole, less
                # surely
                numbers = [(Role.TOTAL, pair[1]), (Role.PART, part), (Role.SHARE, share)]
                label = Bilingual(f"share of {pair[1].text}", f"tỷ lệ trên {pair[1].text}")
                readings = [*share_of(part, wholes[0]), *share_of(part, pair[1], label)]
                claim = judged_claim(sentence, span, "share_of_earlier_total", numbers, readings)
                if share.value * 10**share.decimals >= 100:  # (not "0,01%": many wholes give it)
                    wholes = [pair[1]]  # the whole of the shares after it in its list (n886's 1.041, not 824)
            elif pair is not None and (
                not by_neighbours
                or (
                    _of_sentence(sentence, pair[0])
                    and sentence.at(pair[0]) >= _clause_start(skeleton, sentence.at(part))
                )
            ):
                # "874 vụ, 1.172 bị can, đạt tỷ lệ 99,3%": 874 of the 880 vụ — but not a part said in another
                # clause, when the shares before it in its list were of the whole: "trên đại học 310 người (tỉ
                # lệ 62,5%); đại học 180 người (tỉ lệ 36,3%); dưới đại học 6 người (tỉ lệ 1,3%)" is of the 496
                # (n273), not 2 of 160 said earlier
                note = _another_reading(share, (part, wholes[0]), pair)
                claim = _unchecked(sentence, span, "share_of_earlier_total", numbers, Verdict.AMBIGUOUS, note)
        if claim.verdict.checked and not claim.verdict.alarm and len(wholes) == 1:
            neighbours_whole = wholes[0]
        elif claim.verdict.alarm and pinned and named and len(same) == 1:
            # a share of the whole its words name, wrong: the shares after it in its list, unnamed, are of
            # that whole still ("hơn 1.764 tỷ đồng, chiếm tỷ trọng 31,37% dư nợ cho vay ủy thác, …; Hội Phụ
            # nữ gần 1.817 tỷ đồng, chiếm 32,6%, …", n1483)
            neighbours_whole = same[0]
        elif claim.verdict.checked and not claim.verdict.alarm:
            neighbours_whole = next(
                (w for w in wholes if not assess(share, share_of(part, w), ()).verdict.alarm), None
            )
        start, end = sentence.span(*span)  # marked in its own sentence; the whole is named in the message
        yield dataclasses.replace(claim, start=start, end=end)


def _gives_exactly(share: Figure, part: Figure, whole: Figure) -> bool:
    """Whether ``part`` of ``whole`` gives ``share`` rounded half-up exactly as printed."""
    return assess(share, share_of(part, whole), ()).verdict == Verdict.CONSISTENT


def _whole_of_the_shares_after(
    sentence: Sentence,
    after: Sequence[re.Match[str]],
    wholes_of: Mapping[int, int],
    candidates: Sequence[Figure],
    part: Figure,
) -> Figure | None:
    """The whole the next share of the list after a part was found to be of, when it is one the part's share
    may be of, counting the same thing."""
    for match in after:
        share = _figure(sentence, match, "share" if match.group("share") else "share2")
        if share.start in wholes_of:
            whole = next((w for w in candidates if w.start == wholes_of[share.start]), None)
            if whole is not None and part.noun and whole.noun and _counts_alike(whole.noun, part.noun):
                return whole
            return None
    return None


# "79 người (đạt 2,08% so với chỉ tiêu)": a whole said with its own rate, of a base not printed
_RATE_SAID_WITH = re.compile(
    r"^(?: [^\W\d_]+){0,5} ?[(,] ?(?:đạt|chiếm|bằng)(?: tỷ lệ| tỉ lệ| tỷ trọng| tỉ trọng)? $"
)
# the first two words of a breakdown's label: "Trong đó, doanh thu bảo hiểm …" — "doanh thu"
_BREAKDOWN_LABEL = re.compile(r"[,:]? ?([^\W\d_]+ [^\W\d_]+)")


_OWN_RATE_LINK = re.compile(r"(?<!\w)(?:bằng|đạt)(?: tỷ lệ| tỉ lệ)? $")
_PLAN_WORDS_AFTER = re.compile(r"^ ?(?:so với )?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?!\w)")
_PREVIOUS_WORDS_AFTER = pattern(r"^ ?(?:so với )?{PREVIOUS}(?!\w)")  # the periods the rules know, one list


def _rated_against(
    sentence: Sentence, whole: Figure, pool: Sequence[Figure], around: Mapping[int, tuple[str, str]] | None
) -> str:
    """What ``whole`` is said with its own rate of: "plan" ("586 nghìn tỷ đồng, bằng 38,5% dự toán năm"),
    "previous" ("1366,6 nghìn ha, bằng 94,5% cùng kỳ năm trước"), or "" (no rate of its own)."""
    at = next((index for index, figure in enumerate(pool) if figure is whole), None)
    if (
        at is None
        or at + 1 >= len(pool)
        or not _RATE_SAID_WITH.match(_context_of(sentence, whole, around)[1])
    ):
        return ""
    rate = pool[at + 1]
    if rate.kind != FigureKind.PERCENT:
        return ""
    after = _context_of(sentence, rate, around)[1]
    return (
        "plan" if _PLAN_WORDS_AFTER.match(after) else "previous" if _PREVIOUS_WORDS_AFTER.match(after) else ""
    )


_OF_THE_WHOLES_BASE = "share of the base"  # how the reading below is named (in English)


def of_the_wholes_base(claim: Claim) -> bool:
    """Whether ``claim`` found its share of the base its whole's own rate was of (see
    :func:`_share_of_the_wholes_base`): then the whole it names is not what the share, nor the shares after
    it, are of."""
    reading = claim.recomputation
    return reading is not None and reading.reading.en.startswith(_OF_THE_WHOLES_BASE)


def _share_of_the_wholes_base(
    sentence: Sentence,
    part: Figure,
    whole: Figure,
    pool: Sequence[Figure],
    around: Mapping[int, tuple[str, str]] | None,
    share: Figure,
) -> list[Recomputation]:
    """The share of a breakdown's part taken of the base its whole's own rate was of: "79 người (đạt
    2,08% so với chỉ tiêu), trong đó đảng viên chính thức là 66 người (chiếm 1,74%)" is 66 of the
    3.800 the 79 were 2,08% of — part / whole × the whole's rate, every input rounded. Not when ``share``
    names a whole of its own that the rate's words do not ("1.083 hộ, chiếm 7,46% số hộ của huyện; trong
    đó, hộ nghèo đồng bào dân tộc thiểu số 980 hộ, chiếm tỷ lệ 11,7% hộ đồng bào dân tộc thiểu số", n2013)."""
    at = next((index for index, figure in enumerate(pool) if figure is whole), None)
    if (
        at is None
        or at + 1 >= len(pool)
        or not _RATE_SAID_WITH.match(_context_of(sentence, whole, around)[1])
    ):
        return []
    rate = pool[at + 1]
    if rate.kind != FigureKind.PERCENT or not whole.value or not 0 < rate.value < HUNDRED:
        return []
    named_by_the_rate = _whole_named_after(_context_of(sentence, rate, around)[1])
    own = _whole_named_after(_context_of(sentence, share, around)[1])
    if sum(word not in named_by_the_rate for word in own) > 1:
        return []
    p, w, r = triple(part), triple(whole), triple(rate)
    value = p[0] / w[0] * r[0]
    low, high = p[1] / w[2] * r[1], p[2] / w[1] * r[2] if w[1] > 0 else value
    formula = message("{} / {} × {}% = {}", "{} / {} × {}% = {}", p[0], w[0], r[0], value)
    label = Bilingual(
        f"{_OF_THE_WHOLES_BASE} {whole.text} was {rate.text} of",
        f"tỷ lệ trên cùng cơ số mà {whole.text} chiếm {rate.text}",
    )
    return [Recomputation(value, min(low, value), max(high, value), _percent_sign(formula), label)]


_BOUND_BEFORE_A_RATE = re.compile(r" (?:hơn|gần|trên|khoảng) $")


def _of_the_base_its_whole_was_of(
    sentence: Sentence,
    whole: Figure,
    share: Figure,
    pool: Sequence[Figure],
    around: Mapping[int, tuple[str, str]] | None,
) -> bool:
    """Whether ``share`` names the base ``whole``'s own rate (the figure said right after it, "chiếm …")
    named: then it is of the part's own base, or of that same base — not of ``whole``."""
    at = next((index for index, figure in enumerate(pool) if figure is whole), None)
    if at is None or at + 1 >= len(pool) or pool[at + 1].kind != FigureKind.PERCENT:
        return False
    rate = pool[at + 1]
    # (a bound word too, "chiếm hơn 73%": the words name the base all the same)
    if not _RATE_SAID_WITH.match(_BOUND_BEFORE_A_RATE.sub(" ", _context_of(sentence, whole, around)[1])):
        return False
    own = _whole_named_after(_context_of(sentence, share, around)[1])
    named = _whole_named_after(_context_of(sentence, rate, around)[1])
    return len(own) >= 2 and all(word in named for word in own)


def _whole_named_after(after: str) -> list[str]:
    """The words that distinguish the whole a rate names right after it, up to the clause's end ("số hộ của
    huyện Đam Rông; …": "đam", "rông")."""
    words = re.split(r"[;,.():]", after, maxsplit=1)[0].split()
    return [word for word in words if word not in _FILLER_WORDS and word not in ("tổng", "so", "tỷ", "lệ")]


# "92 vụ, chiếm tỷ lệ 1,79% trên tổng số án được giải quyết": the whole named by the verb said with it
_WHOLE_NAMED_BY_VERB = re.compile(
    r" ?(?:trên |trong |so với |của )?(?:tổng số|tổng|số) (?:vụ án|vụ việc|vụ, việc|vụ|án|việc|đơn|hồ sơ)"
    r"(?: [^\W\d_]+){0,3}? (?:được |đã )?(?P<verb>giải quyết|thụ lý|xét xử|tiếp nhận|xử lý)(?!\w)"
)


# a sentence that opens on those done, whose count it does not print: "Trong số hồ sơ đã giải quyết, …"
_AMONG_THOSE_DONE = re.compile(
    r"\W*(?:Trong|trong) (?:tổng )?số (?:vụ án|vụ việc|vụ, việc|vụ|án|việc|đơn|hồ sơ)(?: [^\W\d_]+){0,3}?"
    r" (?:được |đã )(?P<verb>giải quyết|thụ lý|xét xử|tiếp nhận|xử lý)(?: [^\W\d_]+){0,3}?,"
)


def _parts_with_shares(sentence: Sentence, shares: Sequence[re.Match[str]]) -> list[tuple[Figure, Figure]]:
    """Each part the sentence says with its share (see :func:`_shares_of_something`), and the share."""
    return [
        (_figure(sentence, m, "part"), _figure(sentence, m, "share" if m.group("share") else "share2"))
        for m in shares
    ]


def _parts_making_a_hundred(listed: Sequence[tuple[Figure, Figure]], slack: Decimal) -> list[Figure] | None:
    """The parts said each with its share, when they are two or more of one unit and their shares make 100%
    (within ``slack`` a share); None otherwise."""
    total = sum((share.value for _, share in listed), Decimal(0))
    parts = [part for part, _ in listed]
    if (
        len(listed) < 2
        or abs(total - HUNDRED) > slack * len(listed)
        or len({_unit_of(part) for part in parts}) != 1
        or len({part.start for part in parts}) != len(parts)
    ):
        return None
    return parts


_NOT_DONE_BEFORE = re.compile(r"(?<!\w)(?:chưa|đang)(?: được)? [^\W\d_]+(?: [^\W\d_]+)?:? $")


def _totals_by_verb(
    sentence: Sentence,
    verb: str,
    part: Figure,
    pool: Sequence[Figure],
    around: Mapping[int, tuple[str, str]] | None,
) -> list[Figure]:
    """The counts said before with ``verb`` that count what ``part`` counts and may be its total: the
    largest ("tổng số" of the whole report), and the nearest in the part's own sentence (of its own
    section: "Án lao động: … đã giải quyết 175 vụ …, trong đó 17 vụ hòa giải thành, đạt tỷ lệ 9,71%
    so với tổng số án đã giải quyết")."""
    counted = _thing_counted(part.noun)
    found = [
        figure
        for figure in pool[-30:]
        if figure.kind == FigureKind.COUNT
        and figure.value > part.value
        and (_thing_counted(figure.noun) == counted or {counted, _thing_counted(figure.noun)} <= {"vụ", "án"})
        and _verb_of(_context_of(sentence, figure, around)[0]) == verb
        # "còn lại chưa giải quyết 203 vụ": what was not
        and not _NOT_DONE_BEFORE.search(_context_of(sentence, figure, around)[0])
    ]
    if not found:
        return []
    largest = max(found, key=lambda figure: figure.value)
    own = [figure for figure in found if _of_sentence(sentence, figure) and figure.start < part.start]
    if not own and _of_sentence(sentence, part):
        # "… giải quyết 571 vụ - 985 bị cáo …. … xét xử lưu động 29 vụ …, chiếm tỷ lệ 5,1% trên tổng số án
        # hình sự đã giải quyết": the section's own, in the sentence before
        own = [figure for figure in found if not _of_sentence(sentence, figure)]
    return [largest, *(own[-1:] if own and own[-1] is not largest else [])]


# "chiếm 79,56% trong tổng số phải thi hành": the whole named in the words it was said with before
_WHOLE_NAMED_AFTER_SHARE = re.compile(
    r" ?(?:trong |trên |so với |của )?tổng số (?P<name>[^\W\d_]+(?: [^\W\d_]+){1,5})(?=\s*(?:[,;.()]|$))"
)


def _whole_introduced(
    sentence: Sentence, share: Figure, pool: Sequence[Figure], around: Mapping[int, tuple[str, str]] | None
) -> Figure | None:
    """The one earlier figure said as "Tổng số <name> là N" when the share names "tổng số <name>".

    "Tổng số phải thi hành là 728.227 việc, trong đó: Số có điều kiện thi hành là 579.413 việc, …
    chiếm 79,56% trong tổng số phải thi hành": the whole is not a noun but what the text called it.
    """
    skeleton = sentence.skeleton
    after = _WHOLE_NAMED_AFTER_SHARE.match(
        skeleton, skeleton.find(share.placeholder) + len(share.placeholder)
    )
    if after is None:
        return None
    said = re.compile(r"tổng số " + re.escape(after.group("name")) + r"(?: là|:)?$")
    found = [whole for whole in pool if said.search(_context_of(sentence, whole, around)[0].rstrip())]
    return found[0] if len(found) == 1 else None


# a group named, its share, then its count in brackets: "932 hộ nghèo, chiếm 2,84% và có 1.788 hộ cận
# nghèo, chiếm 5,46%; trong đó, hộ nghèo trong vùng đồng bào dân tộc thiểu số chiếm 69,52% (652 hộ)"
_SHARE_THEN_ITS_PART = pattern(
    r"(?:trong đó|trong số đó|riêng)[,:]? (?P<label>[^#;()]{3,80}?) chiếm(?: tỷ lệ| tỉ lệ)? {share:P} ?"
    r"\((?:với |tương đương |tương ứng )?{part:N}(?: [^\W\d_]+){0,3}\)"
)


def _share_then_its_part(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], carried: Figure | None = None
) -> Iterator[Claim]:
    """A share, then the count it is in brackets, of the whole whose noun the group's label opens with:
    read only when one figure said before counts exactly that ("hộ nghèo", not "hộ cận nghèo")."""
    for match in _SHARE_THEN_ITS_PART.finditer(sentence.skeleton):
        part, share = _figure(sentence, match, "part"), _figure(sentence, match, "share")
        if share.start in judged or part.kind != FigureKind.COUNT or share.value >= HUNDRED:
            continue
        label = match.group("label").strip() + " "
        wholes = {
            whole.value: whole
            for whole in [*earlier, *sentence.figures_in(0, match.start())]
            if whole.kind == part.kind
            and whole.value > part.value
            and len(whole.noun.split()) >= 2
            and label.startswith(whole.noun + " ")
            and _counts_alike(whole.noun, part.noun or whole.noun)
        }
        if len(wholes) == 1:
            yield _pinned_share(sentence, match, part, list(wholes.values()), share)
    # … or any share, then its count in brackets: "cháy tại loại hình nhà dân vẫn chiếm tỷ lệ cao nhất với 37%
    # (823 vụ); vụ cháy kho, … chiếm 12,2% (271 vụ)" — of a count of the same thing said just before it, read
    # only when it fits (the whole is not named)
    if "%# (" not in sentence.skeleton and "%#, " not in sentence.skeleton:
        return
    for match in _SHARE_THEN_ITS_COUNT.finditer(sentence.skeleton):
        part = _figure(sentence, match, "part" if match.group("part") else "part2")
        share = _figure(sentence, match, "share")
        if share.start in judged or share.value >= HUNDRED or not part.noun:
            continue
        if part.kind != FigureKind.COUNT and not (match.group("part2") and part.kind == FigureKind.AMOUNT):
            continue
        alike = [
            whole
            for whole in [*earlier[-24:], *sentence.figures_in(0, match.start())]
            if whole.kind == part.kind
            and whole.value > part.value
            and whole.noun
            and _alike(whole, part)
            and _counts_alike(whole.noun, part.noun)
            and not _is_change_figure(whole)
        ]
        if not alike:
            continue
        # the whole the shares of the sentence before were of, or else the largest (the others are its parts,
        # said beside it)
        whole = carried if carried in alike else max(alike, key=lambda figure: figure.value)
        claim = _pinned_share(sentence, match, part, [whole], share)
        if claim.verdict.checked and not claim.verdict.alarm:
            judged.add(share.start)
            yield claim


_SHARE_THEN_ITS_COUNT = pattern(
    r"(?:chiếm|với)(?: tỷ lệ| tỉ lệ)?(?: cao nh[ấậ]t| thấp nhất)?(?: với)?(?: tới| đến)? {share:P}"
    r"(?: ?\( ?{part:N} [^\W\d_]+(?: [^\W\d_]+){0,2} ?\)"
    # … or after a comma, the amount it stands for: "doanh thu từ bán điện chiếm tới 98%, đạt trên 456.000 tỷ
    # đồng" (n2128)
    r"|, (?:đạt|với|tương đương|tương ứng)(?: với)? {part2:N} [^\W\d_]+)"
)


# a rate, then the count it stands for: "toàn tỉnh có 257.085 hộ dân cư, trong đó tỷ lệ nghèo đa chiều … chiếm
# 9,76% với 25.103 hộ, gồm tỷ lệ hộ nghèo 5,0% với 12.855 hộ; …"
_RATE_WITH_ITS_COUNT = pattern(
    r"(?:tỷ lệ|tỉ lệ)(?P<label>[^#;]{0,80}?)(?: chiếm| là| đạt)? {share:P},? "
    r"(?:với|tương ứng(?: với)?|tương đương(?: với)?) {part:N}"
)
# a rate of some of them, of a whole the text may not print: "theo khu vực thành thị chiếm 3,29% với
# 1.804 hộ"
_OF_SOME_OF_THEM = re.compile(
    r"(?<!\w)(?:khu vực|thành thị|nông thôn|vùng|dân tộc|huyện|xã|miền|địa bàn)(?!\w)"
)


def rates_with_their_counts(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int]
) -> Iterator[Claim]:
    """A rate said with the count it stands for, of the count of the same thing said before it — in its own
    sentence, or (read only when it fits) in the sentences before: "có 257.085 hộ dân cư, trong đó tỷ lệ hộ
    nghèo 5,0% với 12.855 hộ"."""
    matches = list(_RATE_WITH_ITS_COUNT.finditer(sentence.skeleton))
    paired = {_figure(sentence, match, "part").start for match in matches}
    for match in matches:
        part, share = _figure(sentence, match, "part"), _figure(sentence, match, "share")
        if share.start in judged or part.kind != FigureKind.COUNT or share.value >= HUNDRED or not part.noun:
            continue

        def of_it(whole: Figure, part: Figure = part) -> bool:
            return (
                whole.kind == part.kind
                and whole.value > part.value
                and whole.start not in paired
                and _same_first_word(whole.noun, part.noun)
            )

        here = [whole for whole in sentence.figures_in(0, match.start()) if of_it(whole)]
        some = bool(_OF_SOME_OF_THEM.search(match.group("label")))
        if here and not some:
            yield _pinned_share(sentence, match, part, [here[-1]], share)
            continue
        before = [whole for whole in earlier[-12:] if of_it(whole)]
        if before:
            claim = _pinned_share(sentence, match, part, [before[-1]], share)
            if claim.verdict.fits:
                yield claim


def _pinned_share(
    sentence: Sentence, match: re.Match[str], part: Figure, wholes: Sequence[Figure], share: Figure
) -> Claim:
    """The share of a whole the text names (one of ``wholes``, each tried): consistent or a slip,
    its span in its own sentence."""
    skeleton = sentence.skeleton
    span = (skeleton.find(part.placeholder), match.end())
    recomputations = [
        reading
        for whole in wholes
        for reading in share_of(part, whole, Bilingual(f"share of {whole.text}", f"tỷ lệ trên {whole.text}"))
    ]
    numbers = [(Role.TOTAL, wholes[0]), (Role.PART, part), (Role.SHARE, share)]
    claim = judged_claim(sentence, span, "share_of_earlier_total", numbers, recomputations)
    start, end = sentence.span(*span)
    return dataclasses.replace(claim, start=start, end=end)


def _other_pair_giving(
    share: Figure, pool: Sequence[Figure], exact: bool = False, own: frozenset[int] = frozenset()
) -> tuple[Figure, Figure] | None:
    """Two figures of the text nearby, one part of the other, that give the printed share
    (``exact``: rounded half-up, not only cut or within a bound), not both of them among ``own``
    (the claim's own figures, whose other quotients are the slips it names: a change divided by
    the current value)."""
    figures = [f for f in pool if f.kind in (FigureKind.COUNT, FigureKind.AMOUNT)][:14]
    if exact:  # "hơn 269.611 tỷ" gives any share above its own: no exact reading
        figures = [f for f in figures if f.qualifier is None]
    # far off whatever the rounding (or, but for ``exact``, a bound word): not worth writing out
    slack = share.value / 100 + share.unit(share.readings[0]) if exact else share.value / 10 + 1
    for part in figures:
        for whole in figures:
            if whole is part or not whole.value or part.value >= whole.value or not _same_noun(part, whole):
                continue
            if part.start in own and whole.start in own:
                continue
            if abs(part.value / whole.value * HUNDRED - share.value) > slack:
                continue
            verdict = assess(share, share_of(part, whole), ()).verdict
            if verdict == Verdict.CONSISTENT if exact else not verdict.alarm:
                return part, whole
    return None


# (or "đạt": "784 tổ chức Đảng (đạt 88,48%) …; 102 tổ chức Đảng (chiếm 11,52%)")
_SHARE_SAID = re.compile(r"(?:chiếm|tỷ lệ|tỉ lệ|tỷ trọng|đạt)[^#]{0,12}$")


def what_the_others_leave(claim: Claim, sentence: Sentence, found: Sequence[Claim] = ()) -> Claim:
    """A share flagged that is exactly what the other shares of its sentence leave of 100% ("15 đảng viên,
    chiếm tỷ lệ 21%; … 55 đảng viên chiếm tỉ lệ 76,3 %; 02 đảng viên … chiếm tỷ lệ 2,7%"): the writer may
    have worked it out as the rest, or of another base (those graded, not all members) — ambiguous."""
    if not claim.verdict.alarm or claim.printed.kind != FigureKind.PERCENT:
        return claim
    shares = [
        figure
        for figure in sentence.figures
        if figure.kind == FigureKind.PERCENT
        and _SHARE_SAID.search(sentence.skeleton[max(0, sentence.at(figure) - 30) : sentence.at(figure)])
    ]
    printed = next((figure for figure in shares if figure.start == claim.printed.start), None)
    others = [figure for figure in shares if figure is not printed]
    if printed is not None and others and sum(f.value for f in shares) != HUNDRED:
        return _the_rest_of_the_share_before(claim, printed, shares, found)
    if printed is None or not others:
        return claim
    if _another_share_of_its_whole_flagged(claim, others, found):
        # "3.942 tỷ đồng (chiếm 34,48%), … 3.601 tỷ đồng (chiếm 31,67%), … 3.890 tỷ đồng (chiếm 33,85%)" of
        # 11.433 (n1871): two shares off, each what the others leave — not both the rest: the list is wrong
        return claim
    if len(others) < 2:
        # two shares, one the complement of the other, which fits: "784 … (đạt 88,48%) …; 102 … (chiếm
        # 11,52%)" (11,51%) — only a rounding's width off (both a unit off, "94,66%" and "5,34%" of 94,65 and
        # 5,35, are two slips)
        near = (
            claim.evidence is not None
            and claim.evidence.distance is not None
            and claim.evidence.distance <= 2
        )
        other = next((c for c in found if c.printed.start == others[0].start), None)
        if not near or other is None or not other.verdict.checked or other.verdict.alarm:
            return claim
    note = Bilingual(
        f"{printed.text} is what the other shares of the sentence leave of 100%: it may have been worked out"
        " that way, or of another base.",
        f"{printed.text} đúng bằng phần còn lại của 100% sau các tỷ lệ khác trong câu: có thể được tính như"
        " vậy, hoặc trên một tổng khác.",
    )
    return dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, message=claim.message + note, slip=None)


def _another_share_of_its_whole_flagged(
    claim: Claim, others: Sequence[Figure], found: Sequence[Claim]
) -> bool:
    """Whether another share of the sentence, of the very whole ``claim``'s share is of, is flagged too."""
    whole = claim.number(Role.TOTAL)
    if whole is None:
        return False
    starts = {figure.start for figure in others}
    return any(
        other.verdict.alarm
        and other.printed.start in starts
        and (its := other.number(Role.TOTAL)) is not None
        and its.start == whole.start
        for other in found
        if other is not claim
    )


NEAR_THE_REST = 10  # units of a share's last digit: two counts that nearly make the whole


def _the_rest_of_the_share_before(
    claim: Claim, printed: Figure, shares: Sequence[Figure], found: Sequence[Claim]
) -> Claim:
    """A share flagged that is what the share right before it leaves of 100%, when their two counts do not
    add up to the whole either, though nearly: "Tái cử 3.364 người (tỷ lệ 54,39%); Tham gia mới 2.818 người
    (tỷ lệ 45,61%)" of 6.185 (n782: 3.364 + 2.818 = 6.182) — the writer may have taken the rest."""
    index = shares.index(printed)
    if index == 0 or shares[index - 1].value + printed.value != HUNDRED:
        return claim
    other = next((c for c in found if c.printed.start == shares[index - 1].start), None)
    if other is None or not other.verdict.fits:
        return claim
    mine, its = (
        {number.role: number for number in c.numbers if number.role in (Role.PART, Role.TOTAL)}
        for c in (claim, other)
    )
    if len(mine) < 2 or len(its) < 2 or mine[Role.TOTAL].start != its[Role.TOTAL].start:
        return claim
    if mine[Role.PART].value + its[Role.PART].value == mine[Role.TOTAL].value:
        return claim  # the two counts are the whole: the share is the slip
    if claim.evidence is None or claim.evidence.distance is None or claim.evidence.distance > NEAR_THE_REST:
        return claim  # far off: counts that miss the whole by that much were not taken for it
    note = Bilingual(
        f"{printed.text} is what {shares[index - 1].text} before it leaves of 100%, and the two counts do not"
        " add up to the whole either: it may have been worked out that way.",
        f"{printed.text} đúng bằng phần còn lại của 100% sau {shares[index - 1].text} ngay trước, và hai số"
        " đếm cũng không cộng lại bằng tổng: có thể được tính như vậy.",
    )
    return dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, message=claim.message + note, slip=None)


def second_look(claim: Claim, sentence: Sentence, earlier: Sequence[Figure]) -> Claim:
    """An inconsistent percentage printed with decimals, looked at again against every pair of
    figures near it (its sentence's and the dozen before): when one of them, as a share of another
    counting the same thing, rounds to it exactly, the text may mean that pair — the claim is then
    ambiguous, the pair named, rather than a slip ("flag only when no reasonable reading gives the
    figure"). A whole percentage, or one of two digits ("1,4%"), is left as it is: so wide, it matches some
    pair by chance.
    """
    printed = sentence.figure_starting_at(claim.printed.start)
    if claim.verdict != Verdict.INCONSISTENT or printed is None or printed.kind != FigureKind.PERCENT:
        return claim
    if printed.decimals == 0 or printed.qualifier is not None:
        return claim
    if printed.value * 10**printed.decimals < 100:
        # … and so is a share of two digits: "ngoài Đảng 8 người (đạt tỷ lệ 1,4%)" of 70 (n1223), and 1 of 69
        # nearby gives 1,4% too
        return claim
    if any(number.role == Role.CHANGE for number in claim.numbers):
        return claim  # a change is of the value before: another pair's share is no reading of it
    skeleton = sentence.skeleton
    if _WHOLE_NAMED_BY_VERB.match(skeleton, skeleton.find(printed.placeholder) + len(printed.placeholder)):
        return claim  # "chiếm 76,6% tổng số đơn đã xử lý": the words name the whole, no other pair is meant
    near = sentence.figures[max(0, printed.index - 14) : printed.index + 14]  # not a long sentence's far end
    pool = [*reversed(near), *reversed(earlier[-12:])]
    own = frozenset(number.start for number in claim.numbers)
    pair = _other_pair_giving(printed, pool, exact=True, own=own)
    if pair is None:
        return claim
    part = next((number for number in claim.numbers if number.role == Role.PART), None)
    if part is not None and part.kind != pair[0].kind:
        # "trên 837 tỉ đồng (chiếm 67,85%)", and 7.902 of 11.647 việc gives 67,85%: a share of money is not
        # one of cases — the figure copied from the line about cases is the slip (n203)
        return claim
    said = claim.recomputation.formula if claim.recomputation is not None else None
    formula = Bilingual(said.en + ".", said.vi + ".") if said is not None else Bilingual("", "")
    if claim.template == "fraction_with_share" and part is not None and pair[0].start == part.start:
        # "đạt 46/51 (đạt tỷ lệ 88,46%) phiếu tín nhiệm cao", the others' "/52" nearby (n2486): the
        # fraction is printed with its rate, so 46 of 52 is no other reading of it: it names the slip ("the
        # share of the wrong total")
        return claim
    if _rate_of_its_own(sentence, pair, printed):
        # "Đỗ tương … 1.692,75 ha/2.057 ha, đạt 82,29% KH; Lạc … 1.440,08 ha/1.593 ha, đạt 82,29% KH" (n1216):
        # the pair is a fraction said with its own rate, the same figure — copied from it, no reading of this
        if claim.slip != Slip.UNKNOWN:
            return claim
        unknown, copied = slip_words(Slip.UNKNOWN), slip_words(Slip.COPIED)
        detail = Bilingual(
            f" (the rate of {pair[0].text}/{pair[1].text})", f" (tỷ lệ của {pair[0].text}/{pair[1].text})"
        )
        note = Bilingual(
            claim.message.en.replace(unknown.en, copied.en + detail.en),
            claim.message.vi.replace(unknown.vi, copied.vi + detail.vi),
        )
        return dataclasses.replace(claim, slip=Slip.COPIED, message=note)
    note = formula + Bilingual(
        f"This does not give {printed.text}, but {pair[0].text} of {pair[1].text}, also printed nearby, does:"
        " which the text means is not clear.",
        f"Phép tính này không cho ra {printed.text}, nhưng {pair[0].text} trên {pair[1].text}, cũng ghi gần"
        " đó, thì cho ra: văn bản không rõ ý nào.",
    )
    return dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, slip=None, correct=None, message=note)


def _rate_of_its_own(sentence: Sentence, pair: tuple[Figure, Figure], printed: Figure) -> bool:
    """Whether ``pair`` is said in the sentence as a fraction, "A/B", then a rate as printed right after it
    (another figure than ``printed``): that fraction's own rate."""
    if pair[0].start < sentence.start or pair[1].start < sentence.start:
        return False
    skeleton = sentence.skeleton
    own = re.compile(
        re.escape(pair[0].placeholder)
        + r"[^#;/]{0,12}/ ?"
        + re.escape(pair[1].placeholder)
        + r"[^#;]{0,30}?(#\d+%#)"
    ).search(skeleton)
    if own is None:
        return False
    rate = sentence.figure(own.group(1))
    return rate.start != printed.start and rate.value == printed.value and rate.text == printed.text


# a percentage said as a change: "giảm 1.509 vụ (giảm 6,99%)", "tăng 12,5%"
_CHANGED_BEFORE = re.compile(r"(?<!\w)(?P<way>tăng|giảm)(?!\w)(?:[^#;]{0,40}?#\d+#[^#;]{0,20}?)?[ (]{0,3}$")
PAIRS_POOL = 14  # the figures tried as a pair: the nearest of the sentence and the sentence before


def pairs_found_nearby(sentences: Sequence[Sentence], taken: Callable[[Figure], bool]) -> Iterator[Claim]:
    """Percentages printed with decimals that no reading took, and that two figures of their sentence or
    those just before give exactly (rounded half-up, as printed): a share ("Số vụ ly hôn bằng 44,8% so với
    tổng số cuộc kết hôn", 3.824 of 8.535), or after "tăng / giảm" a change (two values, or a value and its
    difference: "giảm 1.509 vụ (giảm 6,99%)" of 20.080 vụ said before).

    Only a fit is said, with the pair named and the confidence of a reading the words do not pin down:
    a percentage no pair gives stays unread, for no two figures can be said to be its inputs. A whole
    percentage is left alone (one point wide, some pair gives it by chance); so are bounds.
    ``taken``: whether a figure was judged already.
    """
    before: list[Figure] = []  # the counts and amounts of the two sentences before
    sums = [SUMS_FOUND_AT_MOST]  # how many more sums of the figures after a total may be said (bounded work)
    for sentence in sentences:
        if sentence.figures:
            yield from _pairs_of_a_sentence(sentence, before, taken, sums)
        said = [f for f in sentence.figures if f.kind in (FigureKind.COUNT, FigureKind.AMOUNT)]
        before = [*before[-6:], *said][-8:] if said else before


def _pairs_of_a_sentence(
    sentence: Sentence, before: Sequence[Figure], taken: Callable[[Figure], bool], sums: list[int]
) -> Iterator[Claim]:
    for printed in sentence.figures:
        if printed.kind in (FigureKind.COUNT, FigureKind.AMOUNT) and not taken(printed):
            found = _a_difference_of_a_pair(sentence, printed, before)
            if found is None and sums[0] > 0:
                found = _a_sum_of_the_figures_after(sentence, printed)
                sums[0] -= found is not None
            if found is not None:
                yield found
            continue
        if printed.kind != FigureKind.PERCENT or printed.qualifier is not None or printed.decimals == 0:
            continue
        if printed.value < HUNDRED / 1000 or taken(printed):
            continue
        at = sentence.at(printed)
        way = _CHANGED_BEFORE.search(sentence.skeleton, max(0, at - 70), at)
        near = [
            figure
            for figure in [*before, *sentence.figures[max(0, printed.index - 8) : printed.index + 4]]
            if figure.kind in (FigureKind.COUNT, FigureKind.AMOUNT) and figure.qualifier is None
        ]
        pool = sorted(near, key=lambda figure: abs(figure.start - printed.start))[:PAIRS_POOL]
        claim = _a_pair_giving(sentence, printed, pool, way.group("way") if way else None)
        if claim is not None:
            yield claim


_PREVIOUS_IN_BRACKETS = re.compile(
    r"(?: [^\W\d_]+){0,3} \( ?(?:cùng kỳ|năm trước|kỳ trước|tháng trước)(?: năm)?(?: \d{4})?"
    r"(?: là| đạt| có|:)? ?(?P<value>#\d+#)[^#()]{0,20}\)"
)
_DIFFERENCE_SAID = re.compile(r"(?<!\w)(?P<way>tăng|giảm|nhiều hơn|ít hơn)(?: thêm)? $")
FEW_TO_TELL = 10  # a difference below it is that of some pair of figures nearby by chance too often


def _a_difference_of_a_pair(sentence: Sentence, printed: Figure, before: Sequence[Figure]) -> Claim | None:
    """A change said as a count or an amount ("giảm 124 vụ") that no reading took, when two figures printed
    just before it, counting the same thing, differ by it exactly — the one nearer it the later ("Năm 2016
    … xét xử 1064 vụ với 1915 bị cáo. Năm 2017 xét xử 940 vụ với 1678 bị cáo (giảm 124 vụ và giảm 237 bị
    cáo so với năm 2016)"). Only a fit is said, as for a percentage (:func:`pairs_found_nearby`)."""
    if printed.qualifier is not None or not printed.noun or printed.value < FEW_TO_TELL:
        return None
    at = sentence.at(printed)
    way = _DIFFERENCE_SAID.search(sentence.skeleton, max(0, at - 16), at)
    if way is None:
        return None
    rising = way.group("way") in ("tăng", "nhiều hơn")
    pool = [
        figure
        for figure in [*before, *sentence.figures[max(0, printed.index - 8) : printed.index]]
        if figure.kind == printed.kind
        and figure.qualifier is None
        and figure.scale == printed.scale
        and _counts_alike(figure.noun, printed.noun)
        and not (_of_sentence(sentence, figure) and _is_change(sentence, figure))
    ]
    compared = _PREVIOUS_IN_BRACKETS.match(sentence.skeleton, at + len(printed.placeholder))
    if compared is not None:
        # "tăng 361 vụ (cùng kỳ năm 2023 là 1.861 vụ)" (n777): the value before is the bracket's, the one
        # after it the nearest that it gives
        said = sentence.figure(compared.group("value"))
        pool = [said, *(f for f in pool if _counts_alike(f.noun, said.noun or printed.noun))]
    for nearer in reversed(pool):  # the nearest first: the value after the change …
        for further in reversed(pool[: pool.index(nearer)]):
            later, earlier = nearer, further
            if compared is not None and further is not pool[0]:
                continue
            if (
                _of_sentence(sentence, further)
                and "so với" in sentence.skeleton[sentence.at(further) : sentence.at(nearer)]
            ):
                later, earlier = further, nearer  # … unless said as what the other is compared with
            if abs(later.value - earlier.value) != printed.value or (later.value > earlier.value) != rising:
                continue
            numbers = [(Role.PREVIOUS, earlier), (Role.CURRENT, later), (Role.CHANGE, printed)]
            claim = judged_claim(
                sentence,
                (at, at + len(printed.placeholder)),
                "difference_found_nearby",
                numbers,
                [_difference(later, earlier, larger_first=True)],
            )
            if claim.verdict != Verdict.CONSISTENT or claim.evidence is None:
                continue
            note = Bilingual(
                f"{earlier.text} and {later.text} are printed nearby; the text does not say they are the"
                f" values {printed.text} is the difference of.",
                f"{earlier.text} và {later.text} ghi gần đó; văn bản không nói rõ {printed.text} là"
                " chênh lệch của hai số này.",
            )
            return _found_nearby(claim, sentence, printed, note)
    return None


ADDED_UP_AFTER = 12  # the figures after a total looked at for its parts: bounded work
# … and the sums found so in one text, at most: a table the grid did not read whole (see
# ``chitieu.checker.grids``) would be read row by row this way, a claim each, at length
SUMS_FOUND_AT_MOST = 100


def _a_sum_of_the_figures_after(sentence: Sentence, printed: Figure) -> Claim | None:
    """A count or an amount that no reading took, when the first figures after it in its sentence, measured
    alike, add up to it exactly — its parts listed without a word that says so ("tổng giá trị nền kinh tế
    đạt 221,562 tỷ, đạt 67,44% kế hoạch, tổng giá trị ngành thương mại dịch vụ đạt 73,46 tỷ đồng, …, nông
    nghiệp đạt 40,788 tỷ đồng, …, công nghiệp xây dựng đạt 107,314 tỷ", n100). Only a fit is said, as for a
    pair found nearby (:func:`pairs_found_nearby`): three parts or more, or two of a total of three digits
    or more, for a sum of two small figures is found by chance too often."""
    target = printed.value
    if printed.qualifier is not None or target < 10:
        return None  # "6 ca ở phường Đống Đa, 1 ca …, 1 ca …, 2 ca …, 1 ca …" (n2443): small parts, by chance
    run: list[Figure] = []  # the figures after it, measured alike, while they add up to no more than it
    total = Decimal(0)
    found = 0  # how many of them add up to it exactly
    for figure in sentence.figures[printed.index + 1 : printed.index + 1 + ADDED_UP_AFTER]:
        value = figure.value
        if figure.kind != printed.kind or figure.qualifier is not None or not 0 < value < target:
            continue  # (the cheap tests first: most figures are no part)
        if not (
            _alike(printed, figure)
            and (
                printed.kind == FigureKind.AMOUNT
                or not figure.noun
                or _counts_alike(figure.noun, printed.noun)
            )
            and not _is_a_period(figure)
            and not _is_change(sentence, figure)
        ):
            continue
        if total + value > target:
            break
        run.append(figure)
        total += value
        if total == target:
            found = len(run)
            break
    if found < 2 or (found == 2 and _significant_digits(printed) < 3):
        return None
    if _is_a_period(printed) or _is_change(sentence, printed) or _in_fraction(sentence, printed):
        return None  # "7/11 xã, …; Trùng Khánh 6/20 xã; Hạ Lang 02/14 xã; …" (n2071): of a pair, no total
    if (
        printed.index
        and _an_item_after(sentence, sentence.figures[printed.index - 1], printed)
        and _an_item_after(sentence, printed, run[0])
    ):
        # "Quảng Trị: 41 người, Thừa Thiên Huế: 27 người, Quảng Nam: 11 người, Đà Nẵng: 3 người, …" (n1162):
        # an item of a list, the items after it its siblings
        return None
    at = sentence.at(printed)
    claim = judged_claim(
        sentence,
        (at, at + len(printed.placeholder)),
        "sum_found_nearby",
        [*((Role.PART, part) for part in run), (Role.TOTAL, printed)],
        [sum_of_parts(run, Bilingual("sum of the figures after it", "tổng các số sau nó"))],
    )
    if claim.verdict != Verdict.CONSISTENT or claim.evidence is None or not claim.evidence.exact:
        return None
    note = Bilingual(
        f" The figures after {printed.text} add up to it; the text does not say they are its parts.",
        f" Các số sau {printed.text} cộng lại bằng nó; văn bản không nói rõ đó là các phần của nó.",
    )
    return _found_nearby(claim, sentence, printed, note)


def _an_item_after(sentence: Sentence, before: Figure, figure: Figure) -> bool:
    """Whether ``figure`` is the next item of a list ``before`` is one of: measured alike, counting the same
    thing, and nothing between them but a separator and a label."""
    between = sentence.skeleton[sentence.at(before) + len(before.placeholder) : sentence.at(figure)]
    return (
        before.kind == figure.kind
        and _alike(before, figure)
        and (figure.kind == FigureKind.AMOUNT or not before.noun or _counts_alike(before.noun, figure.noun))
        and bool(_NEXT_ITEM.fullmatch(between))
    )


# a separator, then a label of a few words: "người, Thừa Thiên Huế: ", "; Chăm có "
_NEXT_ITEM = re.compile(
    r"(?: [^\W\d_]+){0,3} ?[,;] ?(?:và )?[^\W\d_]+(?:(?: | ?- ?)[^\W\d_]+){0,5}:?(?: có| là)? "
)


def _found_nearby(claim: Claim, sentence: Sentence, printed: Figure, note: Bilingual) -> Claim:
    """A claim whose inputs are a pair found near ``printed``, not named by its words: marked on the printed
    figure alone, ``note`` saying so, its evidence and so its confidence saying so too."""
    at = sentence.at(printed)
    start, end = sentence.span(at, at + len(printed.placeholder))
    return dataclasses.replace(_searched(claim), start=start, end=end, message=claim.message + note)


def _searched(claim: Claim) -> Claim:
    """``claim``, its inputs said to be a pair found near it (see :attr:`Evidence.searched`)."""
    evidence = dataclasses.replace(claim.evidence, searched=True) if claim.evidence is not None else None
    return dataclasses.replace(claim, evidence=evidence)


def _a_pair_giving(
    sentence: Sentence, printed: Figure, pool: Sequence[Figure], way: str | None
) -> Claim | None:
    """The claim of the nearest pair of ``pool`` that gives ``printed`` exactly, or None."""
    slack = printed.unit(printed.readings[0]) * 2
    target = printed.value
    values = [figure.value for figure in pool]
    for first, a in zip(pool, values, strict=True):
        for second, b in zip(pool, values, strict=True):
            if first is second or not b:
                continue
            if way is None and ((a >= b and target < HUNDRED) or abs(a / b * HUNDRED - target) > slack):
                continue  # (the cheap tests first: most pairs are far off)
            if not (_alike(first, second) and _same_noun(first, second)):
                continue
            if way is None:
                roles, readings = (Role.PART, Role.TOTAL), share_of(first, second)
            else:
                readings = _a_change_giving(sentence, first, second, way, printed, slack)
                roles = (Role.CURRENT, Role.PREVIOUS)
                if not readings:
                    continue
            numbers = [(roles[0], first), (roles[1], second), (Role.SHARE, printed)]
            at = sentence.at(printed)
            claim = judged_claim(
                sentence, (at, at + len(printed.placeholder)), "pair_found_nearby", numbers, readings
            )
            # (cut rather than rounded, only with two decimals: "99,78%" of 17.434 / 17.471, n436)
            cut = claim.verdict == Verdict.CONSISTENT_BY_TRUNCATION and printed.decimals >= 2
            if not (claim.verdict == Verdict.CONSISTENT or cut) or claim.evidence is None:
                continue
            if not (claim.evidence.exact or cut):
                continue
            note = Bilingual(
                f"{first.text} and {second.text} are printed nearby; the text does not say which figures"
                f" {printed.text} is worked out from.",
                f"{first.text} và {second.text} ghi gần đó; văn bản không nói rõ {printed.text} tính từ số"
                " nào.",
            )
            return _found_nearby(claim, sentence, printed, note)
    return None


def _a_change_giving(
    sentence: Sentence, first: Figure, second: Figure, way: str, printed: Figure, slack: Decimal
) -> list[Recomputation]:
    """The change ``printed`` may be of two values (the later ``first``), or of a value (``second``) and
    its difference (``first``, said as a change)."""
    rising = way == "tăng"
    previous = second.value - first.value if rising else second.value + first.value
    of_two = abs(first.value - second.value) / second.value * HUNDRED
    of_a_difference = first.value / previous * HUNDRED if previous > 0 else of_two
    if min(abs(of_two - printed.value), abs(of_a_difference - printed.value)) > slack:
        return []  # neither reading is near: the cheap test first
    if _is_change(sentence, first) if _of_sentence(sentence, first) else False:
        if _of_sentence(sentence, second) and _is_change(sentence, second):
            return []
        if _change_sign(sentence, first) != (1 if rising else -1):
            return []  # "giảm 18,5% (749 vụ, tăng 170 vụ)": a difference the other way is not its own
        if previous <= 0 or abs(of_a_difference - printed.value) > slack:
            return []
        said = "{} / ({} − {}) × 100 = {}%" if rising else "{} / ({} + {}) × 100 = {}%"
        formula = message(said, said, first.value, second.value, first.value, of_a_difference)
        return [Recomputation(of_a_difference, of_a_difference, of_a_difference, formula, _RELATIVE_CHANGE)]
    if (first.value > second.value) != rising or first.value == second.value:
        return []
    if abs(of_two - printed.value) > slack:
        return []
    relative = _relative_change(first, second)
    return [relative] if relative is not None else []


_OPENS_WITH_BREAKDOWN = re.compile(r"^[^\w#]*(?:trong đó|trong số (?:đó|này)|cụ thể)[ ,:\-–]*")
_ACCORDINGLY = re.compile(r"^[^\w#]*theo đó[ ,:\-–]*")


def opens_with_breakdown(sentence: Sentence) -> bool:
    """Whether the sentence opens with "Trong đó", "Trong số này", "Cụ thể": parts of what was said."""
    return _OPENS_WITH_BREAKDOWN.match(sentence.skeleton) is not None


def _three_sectors_of_production(text: str) -> bool:
    """Whether ``text`` gives the production value ("giá trị sản xuất") of the three sectors — the whole
    of it, by the sectors' definition; not value added or GRDP, where taxes on products come on top."""
    return (
        "giá trị sản xuất" in text
        and "tăng thêm" not in text
        and _sectors_of(text) == {"agriculture", "industry", "services"}
    )


def _a_score(figure: Figure) -> bool:
    """Whether ``figure`` is a mark ("7,25 điểm", an average), which does not add up with others — not
    "29 điểm thi", places."""
    return _first_word(figure.noun) == "điểm" and figure.readings[0].decimals > 0


def _lists_of_a_pair_adding_up(
    sentence: Sentence,
    earlier: Sequence[Figure],
    judged: set[int],
    parts: list[Figure],
    items: list[str],
    span: tuple[int, int],
    around: Mapping[int, tuple[str, str]] | None = None,
) -> Iterator[Claim]:
    """The lists in a list of pairs, each by what it counts, judged against the last figure before that counts
    the same thing — read only when it adds up: which of the two a whole before is of is not said.

    The dead and the hurt are two lists ("… xảy ra 5 vụ, làm chết 2 người; … 6 vụ, làm chết 4 người, bị thương
    3 người; …"), each of the count said with the same verb before ("làm chết 6 người, bị thương 10 người"):
    a few more dead listed than that is a slip, whatever else the list leaves out."""
    kinds = [(_first_word(part.noun), _dead_or_hurt(part, sentence, around)) for part in parts]
    # the old and the new are all of them, in each list of the pair: "điều tra 36 vụ án tham nhũng, 74 bị can.
    # Trong đó số vụ cũ là 11 vụ, 37 bị can; 15 vụ mới, 27 bị can" (n1672: 26 and 64)
    whole_of_it = any(
        _old_and_new(said) or _carried_over_and_new(said)
        for said in (
            [item for item, kind in zip(items, kinds, strict=True) if kind == key]
            for key in dict.fromkeys(kind for kind in kinds if kind[0])
        )
    )
    for key in dict.fromkeys(kind for kind in kinds if kind[0]):
        group = [(part, item) for part, item, kind in zip(parts, items, kinds, strict=True) if kind == key]
        if len(group) < 2:
            continue
        noun, hurt = key
        listed = [part for part, _ in group]
        added = sum_of_parts(listed, Bilingual("sum of the parts", "tổng các phần"))
        whole = next(
            (
                figure
                for figure in reversed(earlier[-12:])
                if figure.kind == listed[0].kind
                and figure.noun
                and _first_word(figure.noun) == noun
                and not _is_change_figure(figure)
                and not _CHANGE_BEFORE_FIGURE.search(_context_of(sentence, figure, around)[0])
                and _dead_or_hurt(figure, sentence, around) == hurt
            ),
            None,
        )
        if whole is None or whole.start in judged:
            continue
        # a little over (a slip of counting) is flagged; far over, the list may count another kind than its
        # verb says ("32 vụ, làm 31 người bị thương" of 29 hurt, 35 dead): not read
        over = added.low - whole.bounds(whole.readings[0])[1]
        beyond = hurt is not None and Decimal(0) < over <= max(Decimal(2), whole.value / 10)
        said = [item for _, item in group]
        if _fits(whole, added) or beyond or (whole_of_it and len(group) == 2):
            yield _partition_claim(sentence, whole, listed, said, whole_of_it, span)


_AN_ITEM_OF_A_LIST = re.compile(r" ?[^\W\d_]+(?: [^\W\d_]+){0,3}(?:,| và) ?")
# (but "Bên cạnh đó, 21 người …" opens a sentence, raw58/uh03)
_A_CONNECTIVE = re.compile(
    r" ?(?:bên cạnh đó|ngoài ra|theo đó|đồng thời|tuy nhiên|như vậy|qua đó|từ đó|cụ thể|nhìn chung"
    r"|tính chung),"
)


def partition_of_earlier_total(
    sentence: Sentence,
    earlier: Sequence[Figure],
    judged: set[int],
    around: Mapping[int, tuple[str, str]] | None = None,
) -> Iterator[Claim]:
    """ "Kết quả, tổng số 186.769 học sinh. Trong đó, khối tiểu học là 95.412 em; khối THCS là 57.167 em; …":
    the parts a sentence opens with "Trong đó" must not add up to more than the last figure before it
    that counts the same thing (a list after "trong đó" may be partial)."""
    opening = _OPENS_WITH_BREAKDOWN.match(sentence.skeleton)
    # "… là 44.866 trường hợp, …. Theo đó, Sở Xây dựng đã cấp 1.962 GPXD, …; UBND các huyện, thành phố đã cấp
    # 42.904 GPXD" (n1422): parts of it only when they add up to it
    accordingly = opening is None and (opening := _ACCORDINGLY.match(sentence.skeleton)) is not None
    if opening is None or not earlier:
        return
    # "khối đại học, cao đẳng có 1.211 HS", "chiếm 94,65%": a label or a share between the parts
    # "Trong đó có 1,07 ngàn HS kỳ trước chuyển sang, tiếp nhận mới trực tiếp 3,19 ngàn HS, …": after what was
    # carried over, what was received names a part
    verbs = frozenset({"thụ lý", "tiếp nhận"}) if _CARRIED_OVER.search(sentence.skeleton) else frozenset()
    parts, items, end = _parts_after(sentence, opening.end(), "", lenient=True, verbs=verbs)
    nearest = next(
        (
            figure
            for figure in reversed(earlier)
            if figure.kind in (FigureKind.COUNT, FigureKind.AMOUNT) and not _is_a_period(figure)
        ),
        None,
    )
    if nearest is not None:
        named = _context_of(sentence, nearest, around)[0]
        for kinds_of in (_schemes_named, _sectors_of):
            parts, items, end = _up_to_another_kind(sentence, named, parts, items, end, kinds_of)
    if len(parts) < 2 or any(_a_score(part) or _is_a_period(part) for part in parts):
        return
    cumulative = {
        figure.start for figure, said in _cumulative_or_not(sentence, sentence.words_around) if said
    }
    if 0 < sum(part.start in cumulative for part in parts) < len(parts):
        # "172,019 tỷ đồng, lũy kế 868,159 tỷ đồng; …": the month's list and the year's, told together — each
        # read on its own, by the figures said after it (parts_said_after)
        return
    nouns = {_first_word(p.noun) for p in parts if p.noun}
    noun = next(iter(nouns)) if len(nouns) == 1 else ""  # "95.412 em; 57.167 HS": no one noun
    counted = collections.Counter(_first_word(p.noun) for p in parts if p.noun)
    if sum(times >= 2 for times in counted.values()) >= 2:
        # "va chạm giao thông xảy ra 14 vụ, làm bị thương 10 người; … 3 vụ, làm 6 người bị thương; …":
        # a list of pairs, two lists in one — each read when it adds up to a figure before of its thing
        span = (opening.end(), end)
        start, stop = sentence.span(*span)  # marked in its own sentence: the whole is named in the message
        for claim in _lists_of_a_pair_adding_up(sentence, earlier, judged, parts, items, span, around):
            yield dataclasses.replace(claim, start=start, end=stop)
        return
    said_of = [
        " ".join(item[item.find(part.placeholder) + len(part.placeholder) :].split()[:5]).strip(",;. ")
        for part, item in zip(parts, items, strict=True)
    ]
    said_before = [" ".join(_context_of(sentence, whole, around)[1].split()[:5]) for whole in earlier[-6:]]
    if (
        len(parts) >= 4
        and len(parts) % 2 == 0
        and said_of[0] != said_of[1]
        and all(said == said_of[index % 2] for index, said in enumerate(said_of))
        and all(any(before.startswith(said) for before in said_before) for said in said_of[:2])
    ):
        # "có 43 dự án đầu tư mới và 18 dự án đầu tư mở rộng. Trong đó giai đoạn 2016- 2018 có 27 dự án đầu tư
        # mới và 12 dự án đầu tư mở rộng, …" (n2061): two lists in one, of two things one noun names — no list
        # of one whole
        return
    if len(nouns & _ONE_THING_MEASURED) >= 2 and nouns & _ONE_THING_MEASURED != {"vụ", "việc"}:
        # "đường bộ xảy ra 155.288 vụ (chiếm 98,3%), làm chết 46.460 người, bị thương 160.599 người": cases
        # and people, one thing measured several ways — no list of one whole
        return
    wholes = [
        whole
        for whole in reversed(earlier[-12:])
        if whole.kind in (FigureKind.COUNT, FigureKind.AMOUNT)
        and whole.kind == parts[0].kind
        and not _is_a_period(whole)
        and all(whole.value >= part.value for part in parts)
        and (
            not noun
            or not whole.noun
            or accordingly  # (read only when they add up to it)
            or _first_word(whole.noun) == _first_word(noun)
            or _counted_words(whole.noun)[:1] == _counted_words(parts[0].noun)[:1]  # "cử nhân", "sinh viên"
            # "2.238 thí sinh đoạt giải. Trong đó, cả nước có 97 giải Nhất (chiếm 4,25%), 520 giải Nhì …"
            # (n1343): what the whole won, one each
            or _first_word(noun) in whole.noun.split()[2:]
            # visits of guests, broken down into guests: "6.327.488 lượt khách. Trong đó, 5.567.628
            # khách trong nước, …" (n1936)
            or whole.noun.split()[:2] == ["lượt", _first_word(noun)]
            # "21 cán bộ … xin nghỉ …. Cụ thể hơn, 18 người …, 3 người …" (n1122): people, of a kind — when
            # they add up to them (not raw5/v24's graduates of 15 years, of the 347.976 given jobs in 10)
            or (
                noun == "người"
                and bool(_PEOPLE_OF_A_KIND.match(whole.noun))
                and _fits(whole, sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần")))
            )
        )
        and not any(_people_of_places(part, whole) for part in parts)
        # not the last item of a list: "… 52 giải Ba và 54 giải Khuyến khích. … Cụ thể, môn Toán có 20 giải …"
        # (n741: the subjects break down all 174 prizes)
        and not (
            _AN_ITEM_OF_A_LIST.fullmatch(before := _context_of(sentence, whole, around)[0])
            and not _A_CONNECTIVE.match(before)
        )
        # "21 người … bị thương do bão, tăng 13 người so với …. Trong đó, Nghệ An 1 người, …" (raw58/uh03): a
        # change, not a whole (unless it is what the text counts, no value before it nor period after:
        # "dự kiến TP.HCM tăng 67.234 học sinh. Trong đó, công lập 43.407, …", n1516)
        and not _a_change_of_a_value(*_context_of(sentence, whole, around))
    ]
    # the figure they add up to, when one does: "… 1.508 vụ, việc, đã giải quyết 1.409 vụ, việc. Trong
    # đó, …" lists what was settled, not what was taken in, when it adds up to 1.409
    added = sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần"))
    wholes.sort(key=lambda whole: not _fits(whole, added))
    if not wholes or wholes[0].start in judged or (accordingly and not _fits(wholes[0], added)):
        return
    if not _fits(wholes[0], added):
        parts, items = _without_a_part_broken_down(wholes[0], parts, items)
        if len(parts) < 2:
            return  # one part and its own breakdown: nothing of the whole to add up
        added = sum_of_parts(parts, Bilingual("sum of the parts", "tổng các phần"))
    alike = [_counts_alike(part.noun, wholes[0].noun) for part in parts if part.noun]
    if any(alike) and not all(alike) and not _fits(wholes[0], added):
        return  # "1.734 vụ … Trong đó … 798 vụ, làm chết 708 người": the 708 counts something else
    if not _fits(wholes[0], added) and _two_lists(sentence, parts, wholes):
        return
    span = (opening.end(), end)
    exhaustive = (
        len(parts) == 3 and _three_sectors_of_production(sentence.skeleton[opening.end() : end])
    ) or _exhaustive(
        items, ""
    )  # (all of it by what they are: "Trong đó, công lập …, ngoài công lập …", n1516)
    claim = _partition_claim(sentence, wholes[0], parts, items, exhaustive, span)
    total = sum((part.value for part in parts), Decimal(0))
    nearer = earlier[[figure.start for figure in earlier].index(wholes[0].start) + 1 :]
    # (a list just over the nearest figure is of it, a slip of one part: "28.926 thí sinh …. Trong đó có
    # 12.405 … và 16.522 …" (n842), 28.927 — not a part of the 1.031.163 said before it)
    just_over = 0 < total - wholes[0].value <= wholes[0].value / 100
    if (
        claim.verdict.alarm
        and not just_over
        and any(
            whole.value >= total
            for whole in [
                *wholes[1:],
                # a figure said after it, of another name, that holds them all ("… là 4.577 cử nhân. Trong đó,
                # 1.192 sinh viên …", n486): the list may be of that one
                *(figure for figure in nearer if figure.kind == parts[0].kind and not _is_a_period(figure)),
            ]
        )
    ):
        # more than the nearest figure, but not more than another printed before: the list may be of that one
        note = Bilingual(
            f"The parts add up to more than {wholes[0].text} but not to more than an earlier figure;"
            " which whole the list breaks down is not said.",
            f"Các phần cộng lại lớn hơn {wholes[0].text} nhưng không lớn hơn một số đã ghi trước đó;"
            " văn bản không nói rõ danh sách là của tổng nào.",
        )
        numbers = [(Role.PART, part) for part in parts] + [(Role.TOTAL, wholes[0])]
        claim = _unchecked(sentence, span, "partition", numbers, Verdict.AMBIGUOUS, note)
    start, stop = sentence.span(*span)
    yield dataclasses.replace(claim, start=start, end=stop)


def _two_lists(sentence: Sentence, parts: Sequence[Figure], wholes: Sequence[Figure]) -> bool:
    """Whether the parts are one item set off by a semicolon, then a list by commas that adds up to a
    whole on its own: "Trong đó, cấp uỷ viên các cấp có 21 đồng chí; Ban Thường vụ … kỷ luật 1, …, chi
    bộ … 29 trường hợp" is a group of the whole, then the whole by another division (1 + 8 + 18 + 29 =
    56) — two lists, not one."""
    skeleton = sentence.skeleton
    at = [skeleton.find(part.placeholder) for part in parts]
    semicolons = [";" in skeleton[a:b] for a, b in itertools.pairwise(at)]
    label = Bilingual("sum of the parts", "tổng các phần")
    for some, apart, rest in (
        (parts[1:], semicolons[:1], semicolons[1:]),
        (parts[:-1], semicolons[-1:], semicolons[:-1]),
    ):
        adds_up = len(some) >= 2 and any(_fits(whole, sum_of_parts(some, label)) for whole in wholes)
        if adds_up and all(apart) and not any(rest):
            return True
    return False


_VERB = re.compile(rf"(?<!\w)(?:{_WHOLE_VERBS}|{_PART_VERBS})(?!\w)")
# at most three words, past when it was done: "giải quyết trước hạn, đúng hạn 87.253 hồ sơ"
# … or by which procedure: "thụ lý theo thủ tục sơ thẩm 6.454 vụ" (n927)
_FEW_WORDS_TO_THE_END = re.compile(
    r"(?:,? (?:trước hạn|đúng hạn|và)| theo (?:thủ tục|trình tự) [^\W\d_]+ thẩm)*(?: [^\W\d_]+){0,3}? $"
)
# the accused of a pair, said with the cases the verb is said of: "thụ lý 8.709 vụ/18.648 bị cáo"
_SECOND_OF_A_PAIR = re.compile(r" (?:vụ án|vụ việc|vụ|việc) ?(?:/|với|-|–) ?")


def _verb_of(before: str) -> str | None:
    """The verb that introduces a figure ("thụ lý", "giải quyết"): the last one of the words right
    before it, with at most three words between."""
    if _CHANGE_BEFORE_FIGURE.search(before):
        return None  # "thụ lý tăng 594 vụ": a change, not a count
    found = list(_VERB.finditer(before))
    # "đã tiếp nhận tổng cộng 87.582 hồ sơ": the verb, "tổng cộng" saying it is all of them
    if (
        len(found) >= 2
        and found[-1].group() in ("tổng cộng", "tổng số")
        and found[-2].end() + 1 == found[-1].start()
    ):
        found.pop()
    last = found[-1] if found else None
    if last is None or not _FEW_WORDS_TO_THE_END.fullmatch(before, last.end()):
        return None
    return last.group().removesuffix(" xong")


def _verb_said_of(
    figure: Figure, figures: Sequence[Figure], around: Mapping[int, tuple[str, str]]
) -> str | None:
    """The verb ``figure`` is said with (see :func:`_verb_of`), or, the accused of a pair ("8.709 vụ/18.648
    bị cáo"), the one its cases are said with."""
    before = around.get(figure.start, ("", ""))[0]
    if _SECOND_OF_A_PAIR.fullmatch(before):
        at = next((index for index, other in enumerate(figures) if other is figure), 0)
        return _verb_of(around.get(figures[at - 1].start, ("", ""))[0]) if at else None
    return _verb_of(before)


def partition_by_verb(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """ "… thụ lý 6.066 vụ … giải quyết 3.803 vụ án. Trong đó, TAND tỉnh giải quyết 334 vụ; TAND cấp
    huyện giải quyết 3.469 vụ": the counts a "Trong đó" sentence gives by the verb of a total said
    before are parts of that total. A list after "trong đó" may be partial: a slip only when the
    parts add up to more than the total."""
    opening = _OPENS_WITH_BREAKDOWN.match(sentence.skeleton)
    if opening is None:
        return
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for key, figure in _by_verb(sentence):
        if _in_an_aside(sentence, figure):
            continue  # "15.539 hồ sơ (trong đó có … 9 hồ sơ đang giải quyết quá hạn)": of that part
        groups[key].append(figure)
    for (verb, counted), parts in groups.items():
        if len(parts) < 2:
            continue
        total = next(
            (
                whole
                for whole in reversed(earlier[-12:])
                if whole.kind == FigureKind.COUNT
                and _thing_counted(whole.noun) == counted
                and _verb_said_of(whole, earlier, around) == verb
            ),
            None,
        )
        if total is None or total.start in judged or any(part.value > total.value for part in parts):
            continue
        start = sentence.skeleton.find(parts[0].placeholder)
        end = sentence.skeleton.find(parts[-1].placeholder) + len(parts[-1].placeholder)
        # told apart by who did it ("TAND tỉnh", "TAND cấp huyện"): not groups that may overlap
        items = [part.placeholder for part in parts]
        claim = _partition_claim(sentence, total, parts, items, False, (start, end))
        judged.add(total.start)
        span = sentence.span(start, end)
        yield dataclasses.replace(claim, start=span[0], end=span[1])


def _in_an_aside(sentence: Sentence, figure: Figure, opened_by: re.Pattern[str] | None = None) -> bool:
    """Whether ``figure`` is inside brackets (opened by words ``opened_by`` matches, when given)."""
    skeleton, at = sentence.skeleton, sentence.at(figure)
    opening = skeleton.rfind("(", 0, at)
    if opening < 0 or skeleton.rfind(")", 0, at) > opening:
        return False
    return opened_by is None or bool(opened_by.match(skeleton, opening + 1))


_ASIDE_ON_SOME = re.compile(r" ?(?:trong đó|trong số đó)(?!\w)")


# (… its label may hold a name's number, "SARS-CoV-2", and its marker "như sau": "63 trường hợp dương tính với
# SARS-CoV-2, cụ thể như sau:", n2442)
_LIST_FOLLOWS = re.compile(
    r"(?P<total>#\d+#)(?:[^#]|(?<=-)#\d+#){0,60}?(?P<marker>trong đó|bao gồm|gồm|chia ra|cụ thể)?"
    r"(?: như sau)?:$"
)
_BULLET = re.compile(r"^[-–+•*] ?")
_SAID_WITH = re.compile(r"(?:[^#;]|#\d+#(?= sao)){0,80}? với ")  # "… 5 sao với …": a class, not a count
_MARKER_ALONE = re.compile(r"(?P<marker>trong đó|bao gồm|gồm|cụ thể)(?: như sau)?:")
# a total said alone on its line after its label and a colon, the lines under it its kinds
_A_TOTAL_ON_ITS_LINE = re.compile(r"tổng(?: số| cộng)?[^#:;]{0,120}: ?(?P<total>#\d+#)")
_ITS_OWN_BREAKDOWN = re.compile(r"[^#:;]{0,80}(?P<count>#\d+#[^#:;]{0,30}): ?#\d+#")
_MARKER_THEN_A_BULLET = re.compile(_MARKER_ALONE.pattern + r" ?[-–+•] ?")  # the marker, then the first line


@dataclasses.dataclass
class BulletList:
    """A total ending its line with "trong đó:" and the bulleted lines under it, one count each."""

    sentence: Sentence
    total: Figure
    exhaustive: bool
    parts: list[Figure] = dataclasses.field(default_factory=list)
    items: list[str] = dataclasses.field(default_factory=list)
    # a bulleted line of the list's kind not read as a part: the list goes on past what was read
    refused: bool = False
    # a total said with another ("255 cơ sở lưu trú … với 9.265 phòng. Trong đó: + 04 khách sạn 5 sao với
    # 1.463 phòng; …", n473), and each line's count of it
    paired: Figure | None = None
    paired_parts: list[Figure] = dataclasses.field(default_factory=list)

    @classmethod
    def opened_by(cls, sentence: Sentence, before: Sentence | None = None) -> BulletList | None:
        """ "Tổng số giường bệnh: 2.411, trong đó:" opens one; "gồm:" or a bare ":" one that is complete.

        So does a line of its own, "Trong đó:", after a sentence whose last count is the total ("Doanh thu …
        đạt 1.295,283 tỷ đạt 57,85% Kế hoạch năm. Trong đó:")."""
        match = _LIST_FOLLOWS.search(sentence.skeleton.rstrip(" ."))
        if match is None:
            alone = _MARKER_ALONE.fullmatch(sentence.skeleton.strip())
            # … or "Trong đó: - Thư viện Quốc gia Việt Nam: 1", the first line of the list on the marker's own
            # (n2336: a two-column table copied one cell to a line)
            first = None if alone is not None else _MARKER_THEN_A_BULLET.match(sentence.skeleton)
            alone = alone or first
            if alone is None and (said := _A_TOTAL_ON_ITS_LINE.fullmatch(sentence.skeleton.strip(" ."))):
                # "Tổng số sách hiện có trong thư viện công cộng (bản): 37.176.610", its kinds on the lines
                # under it ("- Thư viện Quốc gia Việt Nam: 2.500.000", n2336): some of it, perhaps
                total = sentence.figure(said.group("total"))
                return (
                    cls(sentence, total, False)
                    if total.kind in (FigureKind.COUNT, FigureKind.AMOUNT)
                    else None
                )
            if alone is None or before is None or not 0 <= sentence.start - before.end <= 3:
                return None
            counts = [
                figure
                for figure in before.figures
                if figure.kind in (FigureKind.COUNT, FigureKind.AMOUNT) and not _is_change(before, figure)
            ]
            if not counts:
                return None
            listed = cls(before, counts[-1], alone.group("marker") != "trong đó")
            if len(counts) >= 2 and _SAID_WITH.fullmatch(
                before.skeleton, before.at(counts[-2]) + len(counts[-2].placeholder), before.at(counts[-1])
            ):
                listed.paired = counts[-2]
            if first is not None and not listed._take_from(sentence, first.end()):
                return None
            return listed
        total = sentence.figure(match.group("total"))
        if total.kind not in (FigureKind.COUNT, FigureKind.AMOUNT):
            return None
        return cls(sentence, total, match.group("marker") != "trong đó")

    def take(self, sentence: Sentence) -> bool:
        """Add a bulleted line holding one count of the total's kind; False when the list has ended."""
        bullet = _BULLET.match(sentence.skeleton)
        if bullet is None:
            return False
        return self._take_from(sentence, bullet.end())

    def _take_from(self, sentence: Sentence, at: int) -> bool:
        """Add the line's one count, after its bullet (at ``at`` of its skeleton); False when none is read.
        A line that breaks its count down after a colon gives that count: "- TX Hoài Nhơn có 18 ca: 3 ca ở
        phường Hoài Đức, …" (n2442)."""
        piece = sentence.skeleton[at:]
        if (own := _ITS_OWN_BREAKDOWN.match(piece)) is not None:
            piece = piece[: own.end("count")]
        part = _as_part(sentence, piece, self.total.noun)
        if part is None or part.kind != self.total.kind:
            # "- Thu chuyển nguồn năm trước sang: 792.752.428.793 đồng" (n687): a line of the list, counted
            # like the others, that is not read as a part — what was read is not all of the list
            self.refused = any(
                figure.kind == self.total.kind and _alike(figure, self.total) for figure in sentence.figures
            )
            return False
        self.parts.append(part)
        self.items.append(sentence.skeleton[at:])
        if self.paired is not None:
            first = next((f for f in sentence.figures if f.kind == self.paired.kind), None)
            if (
                first is not None
                and first is not part
                and _SAID_WITH.fullmatch(
                    sentence.skeleton, sentence.at(first) + len(first.placeholder), sentence.at(part)
                )
            ):
                self.paired_parts.append(first)
        return True

    def paired_claim(self) -> Claim | None:
        """The total said with the list's own, against the counts each line says with its part: what the lines
        are of ("khách sạn", "nhà nghỉ") are kinds of it, so only a sum above it is a slip."""
        if self.paired is None or len(self.paired_parts) < 2 or len(self.paired_parts) != len(self.parts):
            return None
        return self._judged(self.paired, self.paired_parts, self.items, exhaustive=False)

    def claim(self) -> Claim | None:
        """The parts' sum judged against the total, marked on the total's line."""
        if len(self.parts) < 2:
            return None
        parts, items = self.parts, self.items
        exhaustive = self.exhaustive and not self.refused
        label = Bilingual("sum of the parts", "tổng các phần")
        if not exhaustive and not _fits(self.total, sum_of_parts(parts, label)):
            # "+ Khách quốc tế là 307.408 lượt …; + Khách nội địa là 9.169.894 lượt …; + Khách lưu trú là
            # 1.522.100 lượt": the first lines add up to the total, the next cuts it another way
            cut = _first_parts_adding_up(self.total, parts)
            if cut is not None:
                parts, items = parts[:cut], items[:cut]
        return self._judged(self.total, parts, items, exhaustive)

    def _judged(self, total: Figure, parts: list[Figure], items: list[str], exhaustive: bool) -> Claim:
        """The parts' sum against ``total``, marked from it to the end of its line."""
        skeleton = self.sentence.skeleton
        span = (skeleton.find(total.placeholder), len(skeleton))
        claim = _partition_claim(self.sentence, total, parts, items, exhaustive, span)
        start, end = self.sentence.span(*span)
        return dataclasses.replace(claim, start=start, end=end)


# A table's column of indices: "Ước tính năm 2018 so với năm 2017 (%)", "Chỉ số phát triển (Năm trước = 100)"
_INDEX_COLUMN = re.compile(
    r"so với[^#]{0,60}\(%\)|(?:năm trước|cùng kỳ|kỳ trước|năm gốc) ?= ?100|chỉ số phát triển"
)
_CHANGE_COLUMN = re.compile(r"tăng|giảm")
_LONE_FIGURE = re.compile(r"^#0#$")
_TABLE_LABEL_LENGTH = 120  # a row's label, not a sentence of prose
_ROW_NUMBER = re.compile(r"^(?:#0#|[ivx]+|[a-d])[.)]$")  # "1.", "II.", "a)": a row of its own
_WHOLE_ROW = re.compile(
    r"^(?:tổng số|tổng cộng|tổng(?= *(?:$|[:|\n]))|toàn tỉnh|toàn thành phố|toàn huyện|cả nước|chung|tất cả)"
    r"(?!\w)"  # "tổng", not "Tổng mức bán lẻ": a row of its own
)
_PARTS_BY = re.compile(r"^(?:phân theo|chia theo|phân loại theo)(?!\w)")  # "Phân theo giới tính"


@dataclasses.dataclass
class CellTable:
    """A table copied from a page as one cell per line: a row's label, then its figures, each alone.

    A statistics office's table ("Năm 2017 | Ước tính năm 2018 | Ước tính năm 2018 so với năm 2017
    (%)") reaches the text as its cells one after the other. Two things are read in it:

    - a column of indices, when a header names one (… so với … (%), năm trước = 100, chỉ số phát
      triển): each row's last figure is the one before it divided by the one before that, × 100
      ("1.101.641 | 1.113.641 | 101,09"), or its change in percent when the header says "tăng/giảm";
    - the rows under a row ("1. Dân số trung bình", then "Phân theo giới tính: Nam …, Nữ …") are its
      parts, column by column; each "Phân theo …" starts another breakdown of the same row, and a
      numbered row ("2.") starts another row.

    A row of another number of figures than the first (a cell left empty, "-") is not read. The
    rows under a row may not all be its parts (a part's own parts lose their indent when copied),
    so a column whose parts do not add up is a slip only when two other columns of that breakdown
    add up exactly; otherwise it is ambiguous.
    """

    index_header: Sentence | None = None
    rows: list[tuple[list[str], list[tuple[Sentence, Figure]]]] = dataclasses.field(default_factory=list)
    labels: list[str] = dataclasses.field(default_factory=list)
    cells: list[tuple[Sentence, Figure]] = dataclasses.field(default_factory=list)
    spoiled: bool = False  # a second column of indices: which figure is which is not known
    by_lines: bool = False  # rows copied one to a line, not one cell to a line

    @classmethod
    def opened_by(cls, sentence: Sentence, before: Sentence | None) -> CellTable | None:
        """A header cell naming a column of indices, or a figure alone in its cell after a row's label,
        or a row on a line of its own after a header."""
        skeleton = sentence.skeleton.strip()
        if not sentence.figures and len(skeleton) <= _TABLE_LABEL_LENGTH and _INDEX_COLUMN.search(skeleton):
            return cls(index_header=sentence)
        label = before.skeleton.strip() if before is not None and not before.figures else ""
        if _lone_figure(sentence) and 0 < len(label) <= _TABLE_LABEL_LENGTH:
            return cls(labels=[label], cells=[(sentence, sentence.figures[0])])
        # the columns headed by years: "\t2019\t2020\t2021"
        years = (
            before is not None
            and len(before.figures) >= 2
            and all(_YEAR.fullmatch(f.text) for f in before.figures)
        )
        if (0 < len(label) <= _TABLE_LABEL_LENGTH or years) and _row_on_a_line(sentence) is not None:
            table = cls(labels=[label] if label else [])
            table.take(sentence)
            return table
        return None

    def take(self, sentence: Sentence) -> bool:
        """Read one cell, or one row on a line of its own; False when the table has ended (a sentence of
        prose, or the next table)."""
        skeleton = sentence.skeleton.strip()
        if _lone_figure(sentence):
            self.cells.append((sentence, sentence.figures[0]))
            return True
        self._close_row()
        row = _row_on_a_line(sentence)
        if row is not None:  # "Nam	551.976	558.491	101,18"
            label, figures, numbered = row
            self.by_lines = True
            self.labels.append(label)
            self.cells = [(sentence, figure) for figure in figures]
            self._close_row()
            if numbered:
                self.labels.append("#0#.")  # "…\n2." ends the line: the next row is a row of its own
            return True
        if len(skeleton) > _TABLE_LABEL_LENGTH or len(sentence.figures) > 1:
            return False
        if _INDEX_COLUMN.search(skeleton) and not sentence.figures:
            if self.rows:
                return False  # the next table's header
            if self.index_header is not None:
                self.spoiled = True
            self.index_header = sentence
        self.labels.append(skeleton)
        return True  # a row's label ("Nam", "1.", "Phân theo giới tính"), or a unit "(Người)"

    def _close_row(self) -> None:
        if len(self.cells) >= 2 and (not self.rows or len(self.cells) == len(self.rows[0][1])):
            self.rows.append((self.labels, self.cells))
        if self.cells:
            self.labels = []
        self.cells = []

    def claims(self) -> Iterator[Claim]:
        """The indices, then the breakdowns, of the rows read."""
        self._close_row()
        if self.spoiled or len(self.rows) < 2:
            return
        if self.index_header is not None and len(self.rows[0][1]) >= 3:
            yield from self._indices(self.index_header)
        yield from self._breakdowns()

    def _indices(self, header: Sentence) -> Iterator[Claim]:
        """The column of indices, where it is the last two columns' quotient in most rows (not where the
        header's index is of a period the table leaves out: "Lũy kế 10 tháng … so với cùng kỳ năm trước
        (%)" after "Lũy kế 10 tháng", raw32/th47)."""
        claims = list(self._index_claims(header))
        if 5 * sum(claim.verdict.fits for claim in claims) >= 3 * len(claims):
            yield from claims

    def _index_claims(self, header: Sentence) -> Iterator[Claim]:
        change = bool(_CHANGE_COLUMN.search(header.skeleton))
        for _, row in self.rows:
            (_, previous), (_, current), (sentence, index) = row[-3:]
            if previous.value <= 0:
                continue
            if change:
                relative = _relative_change(current, previous)
                recomputations = [relative] if relative is not None else []
                roles = (Role.PREVIOUS, Role.CURRENT, Role.CHANGE)
            else:
                recomputations = share_of(current, previous, _INDEX_LABEL)
                roles = (Role.PREVIOUS, Role.CURRENT, Role.RATIO)
            if not recomputations:
                continue
            numbers = list(zip(roles, (previous, current, index), strict=True))
            start = sentence.skeleton.find(index.placeholder)
            yield judged_claim(
                sentence, (start, start + len(index.placeholder)), "table_index", numbers, recomputations
            )

    def _breakdowns(self) -> Iterator[Claim]:
        """Each row's parts, breakdown by breakdown, column by column (not the column of indices)."""
        width = len(self.rows[0][1]) - (1 if self.index_header is not None else 0)
        total: list[tuple[Sentence, Figure]] | None = None
        groups: list[tuple[list[tuple[Sentence, Figure]], list[list[tuple[Sentence, Figure]]]]] = []
        said_to_be_a_whole: list[bool] = []  # told by its label, its number, or "Phân theo …" under it
        for labels, cells in self.rows:
            if total is None or any(_ROW_NUMBER.match(label) for label in labels):
                total = cells
                groups.append((total, []))
                said_to_be_a_whole.append(
                    any(_ROW_NUMBER.match(label) or _WHOLE_ROW.match(label) for label in labels)
                )
            elif any(_PARTS_BY.match(label) for label in labels) and groups[-1][1]:
                groups.append((total, [cells]))
                said_to_be_a_whole.append(True)
            else:
                said_to_be_a_whole[-1] |= any(_PARTS_BY.match(label) for label in labels)
                groups[-1][1].append(cells)
        if self.by_lines:
            # rows copied one to a line may be of other things ("Diện tích lúa … Năng suất … Sản lượng"):
            # a row is the whole of those under it only when the table says so
            groups = [group for group, said in zip(groups, said_to_be_a_whole, strict=True) if said]
        found: dict[int, Claim] = {}  # by the row's figure: of its breakdowns, one that does not add up
        for whole, parts in groups:
            if len(parts) < 2:
                continue
            sums = [sum_of_parts([row[c][1] for row in parts], _ROWS_UNDER) for c in range(width)]
            adding_up = sum(_fits(whole[column][1], sums[column]) for column in range(width))
            for column, recomputation in enumerate(sums):
                sentence, printed = whole[column]
                if adding_up and _a_column_of_rates(printed, [row[column][1] for row in parts]):
                    # "1.1. Lượt khách ngủ qua đêm … 96,15 / - Khách quốc tế … 97,88 / - Khách trong nước …
                    # 94,77" (raw58/uh18): a column of rates ("so với cùng kỳ (%)") beside those that add up
                    continue
                numbers = [*((Role.PART, row[column][1]) for row in parts), (Role.TOTAL, printed)]
                start = sentence.skeleton.find(printed.placeholder)
                span = (start, start + len(printed.placeholder))
                claim = judged_claim(
                    sentence,
                    span,
                    "table_breakdown",
                    numbers,
                    [recomputation],
                    default_slip=Slip.SUM_MISMATCH,
                )
                if claim.verdict.alarm and adding_up < 2:
                    note = recomputation.formula + Bilingual(
                        "The rows under it may not all be its parts (a part's own parts lose their indent"
                        " when a table is copied); the other columns do not show which rows add up.",
                        "Các dòng bên dưới có thể không phải đều là thành phần của nó (dòng con của một"
                        " thành phần mất thụt lề khi sao chép bảng); các cột khác không cho biết dòng nào"
                        " cộng lại.",
                    )
                    claim = _unchecked(sentence, span, "table_breakdown", numbers, Verdict.AMBIGUOUS, note)
                kept = found.get(printed.start)
                if kept is None or (claim.verdict.alarm and not kept.verdict.alarm):
                    found[printed.start] = claim
        yield from found.values()


def _a_column_of_rates(whole: Figure, parts: Sequence[Figure]) -> bool:
    """Whether a row's cell and the cells of its parts are rates, not amounts: each printed with decimals,
    the whole's no more than its largest part's."""
    cells = [whole, *parts]
    return all(cell.readings[0].decimals > 0 for cell in cells) and whole.value <= max(p.value for p in parts)


# A table flattened to one line when copied ("… Năm 2023 so với năm 2022 (%) Tổng số 45.678 51.234 112,16 Bán
# lẻ hàng hóa 34.567 38.765 112,14 …"): after the header naming a column of indices, each row is its label,
# then as many figures as every other row.
_FLAT_ROW = re.compile(rf"(?P<label>[^#]{{1,{_TABLE_LABEL_LENGTH}}}?) ?(?P<cells>(?:#\d+%?#(?: |$))+)")


def flattened_table(sentence: Sentence) -> CellTable | None:
    """The table a sentence is, when it is a header with a column of indices and at least three rows of
    as many figures (three or more) each; None for prose."""
    skeleton = sentence.skeleton
    if len(sentence.figures) < 9:
        return None
    header = _INDEX_COLUMN.search(skeleton)
    if header is None:
        return None
    rows: list[tuple[list[str], list[tuple[Sentence, Figure]]]] = []
    position = header.end()
    for match in _FLAT_ROW.finditer(skeleton, position):
        if match.start() != position:
            break
        cells = sentence.figures_in(match.start("cells"), match.end("cells"))
        rows.append(([match.group("label").strip(" .,:;|")], [(sentence, cell) for cell in cells]))
        position = match.end()
    widths = {len(cells) for _, cells in rows}
    if len(rows) < 3 or len(widths) != 1 or widths.pop() < 3:
        return None
    words = skeleton[_clause_start(skeleton, max(0, header.start() - 60)) : header.end()]
    return CellTable(index_header=read_sentence(words), rows=rows, by_lines=True)


# a row copied as one line, its cells after its label: "nam #0# #1# #2#", and the number of the next row
# when the line has no full stop of its own ("… #3#\n#4#.")
# its cells apart by spaces, bars, or line breaks (a label, then its figures one to a line, which the
# sentences keep together: "Tổng số\n45.678\n51.234\n112,16")
_ROW_ON_A_LINE = re.compile(
    r"^(?P<label>.*?)[ |\n]*(?P<cells>(?:#\d+%?#(?:[ |]*|\n(?=#)))(?:#\d+%?#(?:[ |]*|\n(?=#)))+)"
    r"(?P<numbered>\n#\d+#\.)?$",
    re.DOTALL,
)


def _row_on_a_line(sentence: Sentence) -> tuple[str, list[Figure], bool] | None:
    """(label, cells, whether the next row's number ends it) of a table's row copied as one line."""
    if "\n" in sentence.skeleton.strip().split("\n#")[0]:
        return None  # more than one line: prose, not a row
    match = _ROW_ON_A_LINE.match(sentence.skeleton.strip())
    if match is None or len(match.group("label")) > _TABLE_LABEL_LENGTH:
        return None
    figures = sentence.figures_in(match.start("cells"), match.end("cells"))
    if any(_YEAR.fullmatch(figure.text) for figure in figures):
        return None  # a row of years heads the columns
    return match.group("label").strip(" |"), list(figures), bool(match.group("numbered"))


def _lone_figure(sentence: Sentence) -> bool:
    """A cell that is one figure: not a percentage, and not a year heading a column ("2018")."""
    if not _LONE_FIGURE.match(sentence.skeleton.strip()):
        return False
    figure = sentence.figures[0]
    return figure.kind != FigureKind.PERCENT and not _YEAR.fullmatch(figure.text)


_YEAR = re.compile(r"(?:19|20)\d{2}")


def sum_of_parts(parts: Sequence[Figure], label: Bilingual, signs: Sequence[int] = ()) -> Recomputation:
    """The parts added up, with the interval their rounding allows: "1 + 3 + 3 + 16 = 23"; a part whose
    sign is -1 taken away ("80 − 1 − 2 = 77": changes of the other way)."""
    signs = signs or [1] * len(parts)
    value = sum((sign * part.value for sign, part in zip(signs, parts, strict=True)), Decimal(0))
    bounds = [part.bounds(part.readings[0]) for part in parts]
    low = sum(
        (low if sign > 0 else -high for sign, (low, high) in zip(signs, bounds, strict=True)), Decimal(0)
    )
    high = sum(
        (high if sign > 0 else -low for sign, (low, high) in zip(signs, bounds, strict=True)), Decimal(0)
    )

    # in the largest scale printed: "5.061 tỷ + 884,3 tỷ"; "6,5 tỷ + … + 0,18 tỷ" of "hơn 180 triệu"
    scale = max(part.scale for part in parts)

    def written(lang: str) -> str:
        terms = [("−" if signs[0] < 0 else "") + show_scaled(parts[0].value, scale, lang)]
        terms += [
            f"{'+' if sign > 0 else '−'} {show_scaled(part.value, scale, lang)}"
            for sign, part in zip(signs[1:], parts[1:], strict=True)
        ]
        return " ".join(terms) + f" = {show_scaled(value, scale, lang)}"

    return Recomputation(value, low, high, Bilingual(written("en"), written("vi")), label)


_ROWS_UNDER = Bilingual("sum of the rows under it", "tổng các dòng thành phần")


def _fits(printed: Figure, recomputation: Recomputation) -> bool:
    """Whether a recomputed figure agrees with the printed one, within the rounding of each."""
    low, high = printed.bounds(printed.readings[0])
    return recomputation.low <= high and low <= recomputation.high


_INDEX_LABEL = Bilingual(
    "index (the later figure over the earlier, × 100)", "chỉ số (số sau so với số trước, × 100)"
)


_SECTIONS_FOLLOW = re.compile(r"(?:cụ thể(?: như sau)?|như sau|chi tiết như sau|kết quả cụ thể):$")
_SECTION_LABEL = re.compile(r"^[-–+•*]? ?(?P<label>[^\W\d_][^#:;.]{1,90}?):(?!\d)")


@dataclasses.dataclass
class Sections:
    """Totals said by their verbs, then "Cụ thể như sau:" and a section for each kind, its counts by
    the same verbs: "thụ lý 7.662 vụ án các loại, giải quyết 6.468 vụ … Cụ thể như sau: | Án hình sự:
    … thụ lý 1.367 vụ …, giải quyết 1.206 vụ … | Án dân sự …: … thụ lý 6.218 vụ, việc …".

    Each kind's count by a verb is a part of the total by that verb. The kinds described need not
    be all of them: a slip only when the parts add up to more than the total.
    """

    totals: dict[tuple[str, str], tuple[Sentence, Figure]]
    sections: list[tuple[str, dict[tuple[str, str], Figure]]] = dataclasses.field(default_factory=list)

    @classmethod
    def opened_by(cls, sentence: Sentence, before: Sequence[Sentence]) -> Sections | None:
        """A sentence ending "Cụ thể như sau:", with the totals in it or in the three sentences before."""
        if not _SECTIONS_FOLLOW.search(sentence.skeleton.rstrip(" ")):
            return None
        totals: dict[tuple[str, str], tuple[Sentence, Figure]] = {}
        for said in [*before[-3:], sentence]:
            for key, figure in _counts_by_verb(said).items():
                totals.setdefault(key, (said, figure))
        return cls(totals) if totals else None

    def take(self, sentence: Sentence, new_paragraph: bool) -> bool:
        """Read a sentence into the sections; False when they have ended (a paragraph of another kind)."""
        label = _SECTION_LABEL.match(sentence.skeleton)
        if label is None and (new_paragraph or not self.sections):
            return False
        if label is not None:
            self.sections.append((label.group("label"), {}))
        counts = self.sections[-1][1]
        for key, figure in _counts_by_verb(sentence).items():
            if key in self.totals:
                counts.setdefault(key, figure)
        return True

    def claims(self, judged: set[int]) -> Iterator[Claim]:
        """Each total whose parts every section gives, judged against their sum."""
        if len(self.sections) < 2:
            return
        if any(_CROSS_CUTTING.search(label) for label, _ in self.sections):
            return  # "Lao động nữ: …": groups that may overlap, not kinds of one thing
        for key, (sentence, total) in self.totals.items():
            parts = [counts.get(key) for _, counts in self.sections]
            if total.start in judged or any(part is None or part.value > total.value for part in parts):
                continue
            start = sentence.skeleton.find(total.placeholder)
            found = [part for part in parts if part is not None]
            items = [part.placeholder for part in found]  # kinds told apart by their headings
            span = (start, start + len(total.placeholder))
            yield _partition_claim(sentence, total, found, items, False, span)


def _counts_by_verb(sentence: Sentence) -> dict[tuple[str, str], Figure]:
    """The first count after each verb in a sentence, by verb and thing counted."""
    found: dict[tuple[str, str], Figure] = {}
    for key, figure in _by_verb(sentence):
        found.setdefault(key, figure)
    return found


def _by_verb(sentence: Sentence) -> Iterator[tuple[tuple[str, str], Figure]]:
    """Each exact count said after a verb ("thụ lý 1.367 vụ"), keyed by the verb and what it counts."""
    words = words_around(sentence)
    skeleton = sentence.skeleton
    for figure in sentence.figures:
        verb = _verb_said_of(figure, sentence.figures, words)
        if verb is not None and figure.kind == FigureKind.COUNT and figure.noun and figure.qualifier is None:
            at = sentence.at(figure)
            if _is_change(sentence, figure) or _NEXT_CHANGE.search(skeleton, max(0, at - 60), at):
                continue  # "tăng 481 vụ thụ lý và 810 vụ giải quyết so với cùng kỳ" (n926): changes
            yield (verb, _thing_counted(figure.noun)), figure


# the second of two changes said with one verb: "tăng 481 vụ thụ lý và 810 vụ giải quyết"
_NEXT_CHANGE = re.compile(r"(?:tăng|giảm)(?: thêm)? #\d+#[^#;()]{0,30}?(?: và|,) $")


# a sentence, or a clause after ";", that opens with the comparison: "…, bị thương 9.571 người; so với cùng
# kỳ năm trước giảm 554 vụ (-4,2%), giảm 356 người chết (-6%)"
_COMPARED_IN_BRACKETS = re.compile(r"\( ?so (?:sánh )?với (?:cùng kỳ|năm trước|năm \d{4})[^#;()]{0,20}?, ")
_GOES_ON = re.compile(r"số [^\W\d_]+(?: [^\W\d_]+){0,3} (?:tăng|giảm) #\d+#")
# "So sánh với năm 2022: Số vụ cháy tăng …", "So cùng kỳ năm trước tăng 24 vụ (38,1%), …" (n738: "với" left
# out)
_COMPARED_FIRST = re.compile(
    r" ?[^#;]{0,40}?so (?:sánh )?(?:với |(?=(?:cùng kỳ|năm|tháng|quý|kỳ|giai đoạn|đầu năm|cuối năm)(?!\w)"
    r"|#\d+# (?:tháng|năm|quý)(?!\w)))"  # "So 11 tháng đầu năm 2021, số vụ … tăng 170 vụ (1,67%)"
)
_CHANGE_WITH_DIFFERENCE_IN_LIST = pattern(
    # "giảm 146 vụ (-3,56%)", "giảm 930 vụ (giảm 8,27%)", "giảm 694 người bị thương(-6,7%)"
    # … and the items of "tăng lần lượt 126 vụ (23,07%) và 189 đối tượng (20,9%)", one direction for all
    r"(?:(?P<direction>tăng|giảm)(?P<in_turn> lần lượt(?: là)?)? |(?P<next>, | và ))"
    r"[-+]?{difference:N}(?P<words>(?:,? [^\W\d_]+){0,12}?),?"
    # … "(tỷ lệ 30,9%)" (n1057) — not "(tương đương …%)", which raised a false alarm in the held-out texts
    r"(?: ?\( ?(?:(?:tỷ lệ|tỉ lệ) )?(?:(?P=direction) )?(?:[-+] ?)?{change:P} ?\)"
    # "(so với cùng kỳ, tăng 538 vụ - tương ứng tăng 49,63%, tăng 1.849 nghi phạm - tương ứng tăng 80,74%)"
    # … or after a comma: "So với đầu năm nợ xấu tăng 428 tỷ đồng, tương ứng mức tăng 27,9%" (n651), "tăng 21
    # vụ, tỷ lệ 20,6%" (n1057)
    r"|(?: ?[-–] ?|, )(?:tương ứng(?: với)?(?: mức)?|tương đương(?: với)?|tỷ lệ|tỉ lệ)(?: (?P=direction))?"
    r" {change2:P})"
)


_REST_FIRST = pattern(
    r"^\W*(?:[^\W\d_]+ ){0,4}?(?:còn(?: lại| tồn| tồn đọng)|đang giải quyết)(?: [^\W\d_]+){0,3}? {rest:N}"
)
_WHOLE_BEFORE = re.compile(rf"{_WHOLE_VERBS}(?: [^\W\d_]+){{0,3}}?:? $")
_PART_BEFORE = re.compile(rf"{_PART_VERBS}(?: [^\W\d_]+){{0,3}}?:? $")
_CHANGE_BEFORE_FIGURE = re.compile(r"(?:tăng|giảm)(?: thêm)?(?: hơn| gần| trên| khoảng)? $")
_COMPARED_AFTER = re.compile(r"(?: [^\W\d_]+){0,4}?,? so(?!\w)")


def _a_change_of_a_value(before: str, after: str) -> bool:
    """Whether a figure said with "tăng"/"giảm" is the change of a value said before it in its clause or
    compared with a period after it, not a whole of its own."""
    return bool(_CHANGE_BEFORE_FIGURE.search(before)) and (
        any(mark in before for mark in ",;(") or bool(_COMPARED_AFTER.match(after))
    )


_NEW_ONLY = re.compile(r"(?<!\w)mới(?: [^\W\d_]+){0,2}? $")

# "Số cũ chuyển sang là 6.643 việc; … thụ lý mới 9.989 việc …. Như vậy, tổng thụ lý là 16.632 việc"
_TOTAL_RECEIVED = pattern(
    r"(?:tổng(?: số)?(?: việc| vụ| án)?(?: phải)? (?:thụ lý|thi hành)"
    # "tiếp nhận mới 4.131 hồ sơ, hồ sơ tồn kỳ trước chuyển sang là 2.171, lũy kế đã và đang giải quyết trong
    # kỳ là 6.302 hồ sơ"
    r"|(?:lũy kế|luỹ kế)(?: đã và đang| đã)? giải quyết(?: trong kỳ)?)(?: là|:)? {total:N}"
)
_CARRIED_BEFORE = re.compile(r"(?:chuyển sang|chuyển qua|số cũ)(?: [^\W\d_]+){0,3}?(?: là|:)? $")
_NEW_BEFORE = re.compile(
    r"(?:thụ lý mới|mới thụ lý|tiếp nhận mới|mới tiếp nhận)(?: [^\W\d_]+){0,2}?(?: là|:)? $"
)


def carried_and_new(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """What was received in all is what was carried over and what was newly received, said before it in
    its sentence or the ones just before. Read only when the two are found; a slip only when all three
    are in one sentence (across sentences the counts may be of different scopes)."""
    for match in _TOTAL_RECEIVED.finditer(sentence.skeleton):
        total = _figure(sentence, match, "total")
        if total.start in judged or total.qualifier is not None:
            continue
        pool = [*earlier[-12:], *sentence.figures_in(0, match.start())]

        def said(words: re.Pattern[str], total: Figure = total, pool: list[Figure] = pool) -> Figure | None:
            return next(
                (
                    f
                    for f in reversed(pool)
                    if f.kind == total.kind
                    # "hồ sơ tồn kỳ trước chuyển sang là 2.171": the noun said before it
                    and (_same_first_word(f.noun, total.noun) or (not f.noun and _of_sentence(sentence, f)))
                    and f.value < total.value
                    and words.search(_context_of(sentence, f, around)[0])
                ),
                None,
            )

        carried, new = said(_CARRIED_BEFORE), said(_NEW_BEFORE)
        if carried is None or new is None or carried is new:
            continue
        parts = sorted([carried, new], key=lambda f: f.start)
        added = sum_of_parts(
            parts, Bilingual("carried over and newly received", "cũ chuyển sang và thụ lý mới")
        )
        together = all(_of_sentence(sentence, part) for part in parts)
        if not together and not _fits(total, added):
            continue
        numbers = [(Role.PART, part) for part in parts] + [(Role.TOTAL, total)]
        claim = judged_claim(
            sentence, match.span(), "partition", numbers, [added], default_slip=Slip.SUM_MISMATCH
        )
        start, end = sentence.span(*match.span())
        yield dataclasses.replace(claim, start=start, end=end)


# what a figure brings a total said before to: "Bên cạnh đó, còn có 59.800 doanh nghiệp quay trở lại hoạt
# động, …, nâng tổng số doanh nghiệp thành lập mới và doanh nghiệp quay trở lại hoạt động … lên 208,3 nghìn
# doanh nghiệp" (the statistics office's monthly release, n2547, n2313)
_BROUGHT_UP_TO = pattern(
    r"nâng tổng(?: số)? (?P<what>(?:[^#;]|#\d+# (?=tháng|năm|quý|ngày)){3,160}?) lên {total:N}"
)
# … or what is counted in as well: "Nếu tính cả 3.172,7 nghìn tỷ đồng vốn đăng ký tăng thêm của 50.400 doanh
# nghiệp tăng vốn thì tổng số vốn đăng ký bổ sung vào nền kinh tế trong năm 2022 là 4.763,5 nghìn tỷ đồng"
_COUNTING_IN = pattern(
    r"nếu tính cả (?P<added>#\d+#)[^;]{0,160}? thì tổng(?: số)?"
    r" (?P<what>(?:[^#;]|#\d+# (?=tháng|năm|quý|ngày)){3,120}?) (?:là|đạt|lên) {total:N}"
)


def _said_of(sentence: Sentence, figure: Figure, around: Mapping[int, tuple[str, str]]) -> str:
    """The words right before ``figure``, its noun and the words right after it."""
    before, after = _context_of(sentence, figure, around)
    return " ".join((before[-40:], figure.noun, after[:40]))


_ADDED_LABEL = Bilingual("what was added to the figure said before", "số cộng thêm vào số đã nêu")
_COUNTED_OR_MEASURED = (FigureKind.COUNT, FigureKind.AMOUNT)  # ("208,3 nghìn doanh nghiệp" is a count too)
_NOT_NAMING = frozenset({"số", "tổng", "và", "của", "các", "trong", "năm", "tháng", "đã", "được", "cả", "có"})


def added_to_a_total(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """A total brought up to by a figure added to one said before: "còn có 59.800 doanh nghiệp quay trở lại
    hoạt động, …, nâng tổng số doanh nghiệp thành lập mới và doanh nghiệp quay trở lại hoạt động … lên 208,3
    nghìn doanh nghiệp", "Nếu tính cả 3.172,7 nghìn tỷ đồng … thì tổng số vốn đăng ký … là 4.763,5 nghìn tỷ
    đồng". The figure said before is the one the total's words name first ("doanh nghiệp thành lập mới"), and
    a slip is flagged against it; when none is named so, it is read only when one said before adds up. A total
    brought up to without two groups named ("nâng tổng số đảng viên lên 73 đồng chí") is of a count before
    that is not said: not read."""
    skeleton = sentence.skeleton
    if "nâng tổng" not in skeleton and "tính cả" not in skeleton:
        return
    for regex in (_BROUGHT_UP_TO, _COUNTING_IN):
        for match in regex.finditer(skeleton):
            total = _figure(sentence, match, "total")
            if regex is _COUNTING_IN:
                added: Figure | None = _figure(sentence, match, "added")
            else:  # the last figure before it in its sentence that counts what the total counts
                added = next(
                    (
                        f
                        for f in reversed(sentence.figures_in(0, match.start()))
                        if f.kind in _COUNTED_OR_MEASURED and _alike(f, total) and not _is_change(sentence, f)
                    ),
                    None,
                )
            if regex is _BROUGHT_UP_TO and " và " not in match.group("what"):
                continue  # "nâng tổng số máu đã hiến lên 981 ĐVM": the count before is not said (n528)
            if (
                added is None
                or total.start in judged
                or added.kind not in _COUNTED_OR_MEASURED
                or total.kind not in _COUNTED_OR_MEASURED
                or not _alike(added, total)
                or added.value >= total.value
                or _is_change(sentence, added)
            ):
                continue
            pool = [
                f
                for f in [*earlier[-24:], *sentence.figures_in(0, sentence.at(added))]
                if f.kind in _COUNTED_OR_MEASURED
                and _alike(f, total)
                and f.value < total.value
                and not _is_change_figure(f)
                and not _is_a_period(f)
            ]
            first = match.group("what").split(" và ")[0].split()
            naming = [word for word in first if word not in _NOT_NAMING]
            named = [
                f
                for f in reversed(pool)
                if len(naming) >= 2
                and all(word in _said_of(sentence, f, around).split() for word in naming[:4])
            ]

            def adding_up(before: Figure, added: Figure = added, total: Figure = total) -> bool:
                return _fits(total, sum_of_parts([before, added], _ADDED_LABEL))

            # the one the words name, else (never a flag then) one that adds up
            before = named[0] if named else next((f for f in reversed(pool) if adding_up(f)), None)
            if before is None:
                continue
            parts = sorted([before, added], key=lambda f: f.start)
            claim = judged_claim(
                sentence,
                match.span(),
                "partition",
                [(Role.PART, part) for part in parts] + [(Role.TOTAL, total)],
                [sum_of_parts(parts, _ADDED_LABEL)],
                default_slip=Slip.SUM_MISMATCH,
            )
            if claim.verdict.alarm:
                claim = _of_round_figures(sentence, match.span(), claim, total, parts)
            start, end = sentence.span(*match.span())
            yield dataclasses.replace(claim, start=start, end=end)


def _of_round_figures(
    sentence: Sentence, span: tuple[int, int], claim: Claim, total: Figure, parts: Sequence[Figure]
) -> Claim:
    """A sum of figures each ending in two zeros or more ("128.200 + 81.100" for "209.200", n938): all
    rounded to their hundreds perhaps, so a sum off by less than their roundings together is a doubt, not a
    slip."""
    figures = [total, *parts]
    if any(_zeros(figure) < 2 for figure in figures) or claim.recomputation is None:
        return claim
    slack = sum((f.unit(f.readings[0]) * 10 ** min(_zeros(f), 2) / 2 for f in figures), Decimal(0))
    if abs(claim.recomputation.value - total.value) > slack:
        return claim
    formula = claim.recomputation.formula
    note = Bilingual(
        f"{formula.en}. Round figures all: each may be rounded to its hundreds, and the sum is within their"
        " roundings.",
        f"{formula.vi}. Các số đều tròn: mỗi số có thể đã làm tròn đến hàng trăm, và tổng nằm trong sai số"
        " làm tròn đó.",
    )
    numbers = [*((Role.PART, part) for part in sorted(parts, key=lambda f: f.start)), (Role.TOTAL, total)]
    return _unchecked(sentence, span, claim.template, numbers, Verdict.AMBIGUOUS, note)


_A_FRACTIONS_SLASH = re.compile(r"(?: [^\W\d_]+){0,3} ?/ ?")
# "Còn 918 xã, phường, thị trấn chưa có đài": what is not yet, said first
_NOT_YET_FIRST = pattern(r"^\W*còn {rest:N}(?:,? [^\W\d_]+){0,8}? chưa(?= )")


def _rest_of_a_fraction(
    sentence: Sentence,
    match: re.Match[str],
    rest: Figure,
    earlier: Sequence[Figure],
    around: Mapping[int, tuple[str, str]],
) -> Iterator[Claim]:
    """What is left of the last fraction said before, of the thing its whole counts: "… có 9.690 đài truyền
    thanh/10.599 xã, phường, thị trấn, đạt tỷ lệ 91,4%. Còn 918 xã, phường, thị trấn chưa có đài" (n1146)."""
    fraction = next(
        (
            (done, of)
            for done, of in reversed(list(itertools.pairwise(earlier[-12:])))
            if _A_FRACTIONS_SLASH.fullmatch(around.get(of.start, ("", ""))[0])
            and of.kind == rest.kind
            and _same_first_word(of.noun, rest.noun)
            and done.value <= of.value
        ),
        None,
    )
    if fraction is not None:
        yield _remainder_claim(sentence, match.span(), fraction[1], fraction[0], rest)


def remainder_of_earlier_total(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """ "Thụ lý 6.218 vụ, việc, đã giải quyết 5.209 vụ, việc … . Còn tồn 1.011 vụ, việc": what is left,
    said in a sentence of its own, is what was received less what was settled, both said before.

    The nearest settled count before it and the nearest received count before that, counting the
    same thing and not changes against last year ("thụ lý tăng 594 vụ").
    """
    match = _REST_FIRST.match(sentence.skeleton)
    if match is None:
        yield from _rest_of_those_among(sentence, earlier, judged, around)
        bare = _NOT_YET_FIRST.match(sentence.skeleton)
        if bare is not None and (rest := _figure(sentence, bare, "rest")).start not in judged:
            yield from _rest_of_a_fraction(sentence, bare, rest, earlier, around)
        return
    rest = _figure(sentence, match, "rest")
    if rest.start in judged or rest.qualifier is not None or rest.kind != FigureKind.COUNT:
        return

    def introduced(figure: Figure, verbs: re.Pattern[str]) -> bool:
        before = around.get(figure.start, ("", ""))[0]
        return (
            figure.kind in (FigureKind.COUNT, FigureKind.AMOUNT)  # "5,65 ngàn hồ sơ": a count in thousands
            and _same_first_word(figure.noun, rest.noun)
            and bool(verbs.search(before))
            and not _CHANGE_BEFORE_FIGURE.search(before)
        )

    pool = list(reversed(earlier[-12:]))
    part = next((figure for figure in pool if introduced(figure, _PART_BEFORE)), None)
    whole = (
        next(
            (
                f
                for f in pool[pool.index(part) + 1 :]
                if introduced(f, _WHOLE_BEFORE) and f.value > part.value
            ),
            None,
        )
        if part is not None
        else None
    )
    if whole is None:
        yield from _rest_of_a_fraction(sentence, match, rest, earlier, around)
        return
    assert part is not None
    if _NEW_ONLY.search(around.get(whole.start, ("", ""))[0]):
        return  # "thụ lý mới": what is left counts the cases carried over too, not said here
    claim = _remainder_claim(sentence, match.span(), whole, part, rest)
    if claim.verdict.alarm and "đang" in match.group():
        # "Trung tâm đang giải quyết 1.089 HS": what is still being settled, one status of several (some may
        # have been returned, transferred): only a fit says something
        note = Bilingual(
            f"{rest.text} still being settled need not be all that is left of {whole.text} less {part.text}: "
            "other outcomes may not be printed.",
            f"{rest.text} đang giải quyết chưa chắc là toàn bộ phần còn lại của {whole.text} trừ "
            f"{part.text}: "
            "có thể có các kết quả khác không được ghi.",
        )
        numbers = [(Role.TOTAL, whole), (Role.PART, part), (Role.DIFFERENCE, rest)]
        claim = _unchecked(sentence, match.span(), "remainder", numbers, Verdict.AMBIGUOUS, note)
    start, end = sentence.span(*match.span())  # marked in its own sentence
    yield dataclasses.replace(claim, start=start, end=end)


# "Trong số 1.482 tân cử nhân, chỉ 63 sinh viên xếp loại trung bình, chiếm tỷ lệ 4,25%. … 1.420 sinh viên còn
# lại tốt nghiệp với tấm bằng khá, giỏi và xuất sắc" (n486): those left of the whole "trong số" opened with
_REST_OF_THOSE_FIRST = pattern(r"^\W*(?:số )?{rest:N}(?: [^\W\d_]+){1,3} còn lại(?!\w)")


def _rest_of_those_among(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """A sentence that opens with the count of those left ("1.420 sinh viên còn lại …") after one that
    opened a whole with "trong số" and counted some of it: the whole less those counted."""
    match = _REST_OF_THOSE_FIRST.match(sentence.skeleton)
    if match is None:
        return
    rest = _figure(sentence, match, "rest")
    if rest.start in judged or rest.qualifier is not None or rest.kind != FigureKind.COUNT:
        return
    recent = list(earlier[-12:])
    at = next(
        (
            index
            for index in range(len(recent) - 1, -1, -1)
            if _AMONG.search(around.get(recent[index].start, ("", ""))[0])
        ),
        None,
    )
    if at is None:
        return
    whole = recent[at]
    parts = [
        figure
        for figure in recent[at + 1 :]
        if figure.kind == FigureKind.COUNT and figure.noun and _counts_alike(figure.noun, rest.noun)
    ]
    if (
        whole.kind != FigureKind.COUNT
        or not parts
        or len(parts) != len([f for f in recent[at + 1 :] if f.kind == FigureKind.COUNT])
        or not _counts_alike(whole.noun, rest.noun)
    ):
        return  # a figure of another count between: not only those counted out of the whole
    value = whole.value - sum((part.value for part in parts), Decimal(0))
    formula = message(
        " − ".join(["{}"] * (len(parts) + 1)) + " = {}",
        " − ".join(["{}"] * (len(parts) + 1)) + " = {}",
        whole.value,
        *(part.value for part in parts),
        value,
    )
    numbers = [(Role.TOTAL, whole), *((Role.PART, part) for part in parts), (Role.DIFFERENCE, rest)]
    reading = Recomputation(value, value, value, formula, _REMAINDER_LABEL)
    claim = judged_claim(
        sentence, match.span(), "remainder", numbers, [reading], default_slip=Slip.SUM_MISMATCH
    )
    start, end = sentence.span(*match.span())
    yield dataclasses.replace(claim, start=start, end=end)


# Civil judgment enforcement: what is carried to the next period is what had to be executed less what
# was executed ("Số việc chuyển kỳ sau 358.855 việc"), and what could be executed but is carried over is
# what could be executed less what was ("số việc có điều kiện năm 2017 chuyển sang năm 2018 là 210.041 việc")
_CARRIED_ON = pattern(r"chuyển (?:sang )?(?:kỳ|năm) sau(?: là)?:? {rest:N}")
# … or is still to be executed: "số việc có điều kiện nhưng chưa thi hành xong là 5.480 việc"
_EXECUTABLE_CARRIED_ON = pattern(
    r"có điều kiện(?:(?: thi hành)?(?: năm \d{4})? chuyển sang(?: năm \d{4}| kỳ sau)"
    r"| (?:nhưng |mà )?chưa (?:thi hành|giải quyết) xong)(?: là)?:? {rest:N}"
)
_TO_EXECUTE = re.compile(r"(?:phải thi hành|thụ lý)(?: là)?:? $")
_COULD_BE_EXECUTED = re.compile(r"(?<!chưa )có điều kiện(?: thi hành)?(?: là)?:? $")
# … or its noun says so: "13.799 việc có điều kiện giải quyết"
_COULD_BE_EXECUTED_AFTER = re.compile(r" [^\W\d_]+ có điều kiện(?: thi hành| giải quyết)?(?![\w ]*chưa)")
# "xong[1] là": a footnote
_EXECUTED = re.compile(r"(?:thi hành|giải quyết) xong(?:\[\d+\])?(?: (?:là|được))?:? $")


def carried_to_the_next_period(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """ "Tổng số phải thi hành là 728.227 việc … số thi hành xong là 369.372 việc …; Số việc chuyển kỳ sau
    358.855 việc": what enforcement carries to the next period is what it had to execute less what it
    executed (and, of what could be executed, that less what was).

    Where the text counts other outcomes too (suspended, postponed), what is carried is less again: read
    only when the difference gives it, never an alarm.
    """
    pool = list(reversed([*earlier[-EARLIER_POOL:], *sentence.figures]))
    readings = (
        (_CARRIED_ON, _TO_EXECUTE, None),
        (_EXECUTABLE_CARRIED_ON, _COULD_BE_EXECUTED, _COULD_BE_EXECUTED_AFTER),
    )
    for regex, whole_words, whole_noun in readings:
        for match in regex.finditer(sentence.skeleton):
            rest = _figure(sentence, match, "rest")
            if rest.start in judged or rest.qualifier is not None:
                continue

            def said_with(
                words: re.Pattern[str], noun: re.Pattern[str] | None = None, rest: Figure = rest
            ) -> list[Figure]:
                return [
                    figure
                    for figure in pool
                    if figure.start < rest.start
                    and figure.kind == rest.kind
                    and figure.scale == rest.scale
                    and _same_first_word(figure.noun, rest.noun)
                    and (
                        words.search((context := _context_of(sentence, figure, around))[0])
                        or (noun is not None and noun.match(context[1]))
                    )
                ][:2]

            found = [
                (whole, done)
                for done in said_with(_EXECUTED)[:1]
                for whole in said_with(whole_words, whole_noun)  # "phải thi hành", or "thụ lý"
                if whole.value - done.value == rest.value
            ]
            if not found:
                continue
            whole, done = found[0]
            label = Bilingual("carried over", "số chuyển kỳ sau")
            claim = _remainder_claim(sentence, match.span(), whole, done, rest, label)
            start, end = sentence.span(*match.span())
            yield dataclasses.replace(claim, start=start, end=end)


EARLIER_POOL = 40


_PAIR_JOIN = re.compile(
    r"^ (?:vụ án|vụ việc|vụ|việc) ?(?:/|-|–) ?$"
)  # "161 vụ/335 bị cáo", "203 vụ - 379 bị cáo"
_PAIR_SECOND = re.compile(r"^ (?:bị cáo|bị can|đối tượng|người)(?!\w)")
_PAIR_REST = re.compile(
    r"(?:còn(?: lại| tồn(?: đọng)?)?|đang(?: tiếp tục)? giải quyết|chuẩn bị xét xử|đang thụ lý)"
    r"(?: [^\W\d_]+){0,2}? $"
    r"|còn lại chưa (?:giải quyết|xét xử) $"
)
_RESOLVED = re.compile(r"giải quyết(?: xong)?(?: [^\W\d_]+){0,2}? $")
_RECEIVED = re.compile(r"(?:thụ lý|tiếp nhận)(?: [^\W\d_]+){0,2}? $")
_SETTLED_BEFORE = re.compile(r"(?:giải quyết|xét xử|xử lý)(?: xong)?(?: [^\W\d_]+){0,2}? $")


def _pairs(figures: Sequence[Figure], around: Mapping[int, tuple[str, str]]) -> list[tuple[Figure, Figure]]:
    """The "A vụ/B bị cáo" pairs among consecutive figures, by the words between them."""
    found = []
    for first, second in itertools.pairwise(figures):
        between = around.get(first.start, ("", ""))[1]
        if _PAIR_JOIN.match(between) and _PAIR_SECOND.match(around.get(second.start, ("", ""))[1]):
            found.append((first, second))
    return found


# what was there, what was taken away, what is left, each said of a thing by its full name and perhaps in
# pairs: "có 60 hộ nghèo và 55 hộ cận nghèo. … đã xóa được 51 hộ nghèo và 44 hộ cận nghèo, hiện chỉ còn 9 hộ
# nghèo và 5 hộ cận nghèo"
_LEFT_BEFORE = re.compile(r"(?<!\w)(?:chỉ )?còn(?: lại)? $")
_TAKEN_BEFORE = re.compile(
    r"(?<!\w)(?:xóa|xoá|thoát nghèo|thoát|giải quyết xong|xử lý xong|thi hành xong)(?: được)? $"
)
_THERE_BEFORE = re.compile(r"(?<!\w)(?:có|tổng số|tiếp nhận|thụ lý)(?: là)? $")
_AND_NEXT = re.compile(r"^(?: [^\W\d_]+){0,4}?(?:,| và) $")


def left_of_each_said_before(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """What is left of a thing is what there was less what was taken away, all three said of it by its full
    name ("hộ nghèo", not "hộ cận nghèo"), the first two before: "có 60 hộ nghèo và 55 hộ cận nghèo …. Qua
    đó, … xóa được 51 hộ nghèo và 44 hộ cận nghèo, hiện chỉ còn 9 hộ nghèo và 5 hộ cận nghèo" (55 − 44 = 11,
    not 5). Each of a pair takes the verb of the one before it ("51 hộ nghèo và 44 hộ cận nghèo")."""
    if "còn" not in sentence.skeleton:
        return
    words = {**around, **words_around(sentence)}
    pool = [figure for figure in [*earlier[-16:], *sentence.figures] if figure.kind == FigureKind.COUNT]
    said: dict[int, str] = {}  # by each figure: "there", "taken" or "left"
    for before, figure in zip([None, *pool], pool, strict=False):
        context = words.get(figure.start, ("", ""))[0]
        for kind, verb in (("left", _LEFT_BEFORE), ("taken", _TAKEN_BEFORE), ("there", _THERE_BEFORE)):
            if verb.search(context):
                said[figure.start] = kind
                break
        else:
            if before is not None and _AND_NEXT.match(context) and before.start in said:
                said[figure.start] = said[before.start]
    own = {figure.start for figure in sentence.figures}
    for n, rest in enumerate(pool):
        if rest.start not in own or rest.start in judged or said.get(rest.start) != "left" or not rest.noun:
            continue
        name = rest.noun.split()[:2]

        def latest(kind: str, before: int, name: list[str] = name) -> int | None:
            return next(
                (i for i in range(before - 1, -1, -1) if said.get(pool[i].start) == kind
                 and pool[i].noun.split()[:2] == name),
                None,
            )  # fmt: skip

        taken = latest("taken", n)
        there = latest("there", taken) if taken is not None else None
        if taken is None or there is None or pool[there].value <= pool[taken].value:
            continue
        span = (sentence.at(rest), sentence.at(rest) + len(rest.placeholder))
        claim = _remainder_claim(sentence, span, pool[there], pool[taken], rest)
        start, end = sentence.span(*span)  # marked in its own sentence
        yield dataclasses.replace(claim, start=start, end=end)


def pair_remainder(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """ "thụ lý 1.367 vụ/2.420 bị cáo, giải quyết 1.206 vụ/2.085 bị cáo … còn tồn 161 vụ/335 bị cáo":
    what is left of a pair is the pair received less the pair settled, cases and accused each.

    The pair settled is the nearest before it said with "giải quyết" (or "xét xử", "xử lý"); the pair
    received the nearest before that with more of both, neither a change ("tăng 271 vụ/452 bị cáo")
    nor new cases only ("thụ lý mới"). Consistent when both differences are printed; otherwise
    ambiguous, for the pair received is read from where it stands, not named.
    """
    words = {**around, **words_around(sentence)}
    pairs = _pairs([*earlier[-16:], *sentence.figures], words)
    own = {figure.start for figure in sentence.figures}
    for n, (rest, rest_partner) in enumerate(pairs):
        if rest.start not in own or rest.start in judged or not _PAIR_REST.search(words[rest.start][0]):
            continue
        before = pairs[max(0, n - 12) : n]  # the pairs just before it: bounded work in a long sentence
        # "giải quyết" first: "xét xử", "xử lý" also name the items of what was settled ("trong đó xét xử …")
        settled = next(
            (
                i
                for verbs in (_RESOLVED, _SETTLED_BEFORE)
                for i in range(len(before) - 1, -1, -1)
                if verbs.search(words[before[i][0].start][0])
            ),
            None,
        )
        if settled is None:
            continue
        part, part_partner = before[settled]
        wholes = [
            pair
            for pair in reversed(before[:settled])
            if pair[0].value > part.value
            and pair[1].value > part_partner.value
            and not _CHANGE_BEFORE_FIGURE.search(words[pair[0].start][0])
            and not _NEW_ONLY.search(words[pair[0].start][0])
        ]
        if not wholes:
            continue
        # the pair said as received, past its parts in brackets ("thụ lý 774 vụ - 1.364 bị cáo (sơ thẩm 616
        # vụ - 1.122 bị cáo, …)")
        whole = next((pair for pair in wholes if _RECEIVED.search(words[pair[0].start][0])), wholes[0])
        span = (
            sentence.skeleton.find(rest.placeholder),
            sentence.skeleton.find(rest_partner.placeholder) + len(rest_partner.placeholder),
        )
        for total, done, left in ((whole[0], part, rest), (whole[1], part_partner, rest_partner)):
            claim = _remainder_claim(sentence, span, total, done, left)
            if claim.verdict.alarm and claim.recomputation is not None:
                numbers = [(Role.TOTAL, total), (Role.PART, done), (Role.DIFFERENCE, left)]
                note = claim.recomputation.formula + Bilingual(
                    f"{left.text} is not {total.text} − {done.text}; which pair it is left of the text"
                    " does not say.",
                    f"{left.text} không bằng {total.text} − {done.text}; văn bản không nói rõ là phần còn lại"
                    " của số nào.",
                )
                claim = _unchecked(sentence, span, "remainder", numbers, Verdict.AMBIGUOUS, note)
            start, end = sentence.span(*span)
            yield dataclasses.replace(claim, start=start, end=end)


_AN_AVERAGE_BEFORE = re.compile(r"(?:bình quân|trung bình)(?: mỗi| một| 1)?(?: [^\W\d_]+){0,2}? $")


def changes_after_a_comparison(
    sentence: Sentence,
    earlier: Sequence[Figure],
    judged: set[int],
    before: Sentence | None = None,
    around: Mapping[int, tuple[str, str]] | None = None,
) -> Iterator[Claim]:
    """ "So với tháng 4/2023, giảm 146 vụ (-3,56%), giảm 228 số vụ khám phá (-6,69%)": each change
    is of a figure printed before that counts the same thing (the sentence before, most often).

    Consistent when one such figure gives the printed change; a slip when the only one does not, or
    when the sentence just before (``before``), which the comparison follows, has only one; ambiguous
    when several could be meant and none gives it.
    """
    skeleton = sentence.skeleton
    opening = next(
        (
            at
            for at in (0, *(m.end() for m in re.finditer(";", skeleton)))
            if _COMPARED_FIRST.match(skeleton, at)
        ),
        None,
    )
    if opening is None:  # … or in brackets: "1.622 vụ, 4.139 nghi phạm (so với cùng kỳ, tăng 538 vụ …)"
        opening = next((m.end() for m in _COMPARED_IN_BRACKETS.finditer(skeleton)), None)
    if opening is None and before is not None and _COMPARED_FIRST.match(before.skeleton):
        # the comparison goes on: "So sánh với năm 2022: … . Số vụ nổ giảm 2 vụ (giảm 11,11%); …"
        opening = 0 if _GOES_ON.match(skeleton) else None
    if opening is None:
        return
    # about what was said before: the figures it compares; not the changes ("giảm 406 người")
    pool = [
        *(
            f
            for f in earlier[-12:]
            if not _CHANGE_BEFORE_FIGURE.search(_context_of(sentence, f, around)[0])
            # "bình quân mỗi ngày có 29 người chết": an average, no count a change is of
            and not _AN_AVERAGE_BEFORE.search(_context_of(sentence, f, around)[0])
        ),
        *(figure for figure in sentence.figures if not _is_change(sentence, figure)),
    ]
    said_from = opening  # where the words naming what the next change is of begin
    in_turn: tuple[int, bool] | None = None  # where a list "tăng lần lượt …" may go on, and its direction
    for match in _CHANGE_WITH_DIFFERENCE_IN_LIST.finditer(skeleton, opening):
        subject, said_from = skeleton[said_from : match.start()], match.end()
        if match.group("next") is not None and (in_turn is None or in_turn[0] != match.start()):
            continue  # an item without its direction only goes on a list of changes in turn
        rising = (
            match.group("direction") == "tăng" if match.group("direction") else bool(in_turn and in_turn[1])
        )
        in_turn = (match.end(), rising) if match.group("in_turn") or match.group("next") else None
        difference = _figure(sentence, match, "difference")
        printed = _figure(sentence, match, "change" if match.group("change") else "change2")
        if printed.start in judged or printed.qualifier is not None:
            continue
        counts = _thing_counted(difference.noun)
        if not counts and (said_before := _NOUN_BEFORE_ITS_CHANGE.search(subject)):
            counts = _thing_counted(said_before.group("noun"))  # "số vụ tăng 01 (+ 5,8%)" (n833): said before
        if not counts:
            continue
        if not rising and _none_said(difference, [*([before] if before else []), sentence]):
            # "…, không có người bị thương. So với cùng kỳ …, giảm 1 người bị thương (100%)": from 1 to none
            yield _fall_to_none(sentence, match, difference, printed)
            continue
        currents = [
            figure
            for figure in reversed(pool[: pool.index(difference)] if difference in pool else pool)
            if figure.kind == difference.kind and _thing_counted(figure.noun) == counts
        ][:6]
        # "làm chết 92 người, bị thương 46 người. … giảm 23 người bị thương (-23%)": of the 46, when one is
        # said to count those people
        hurt = _dead_or_hurt(difference, sentence, around)
        alike = [figure for figure in currents if _dead_or_hurt(figure, sentence, around) in (hurt, None)]
        currents = alike if hurt is not None and alike else currents
        pinned = [
            (current, claim)
            for current in currents
            for claim in _change_from_difference(sentence, match, current, difference, printed, rising)
        ]
        claims = [claim for _, claim in pinned]
        if not claims:
            continue
        fitting = next((claim for claim in claims if not claim.verdict.alarm), None)
        if fitting is not None or (
            len(claims) == 1 and _said_alike(difference, claims[0], before, around or {})
        ):
            yield fitting or claims[0]
            continue
        # "Va chạm giao thông xảy ra 5.025 vụ, … . So với cùng kỳ năm 2014 giảm 1.279 vụ (-20,69%)": the
        # one count of the sentence the comparison follows
        nearest = [
            claim
            for claim in claims
            if before is not None and before.start <= claim.number(Role.CURRENT).start < before.end  # type: ignore[union-attr]
        ]
        if len(nearest) == 1 and _said_alike(difference, nearest[0], before, around or {}):
            yield nearest[0]
            continue
        # "… 329 đối tượng truy nã, 123 đối tượng nguy hiểm … . So với tháng 4/2023, …, số đối tượng nguy
        # hiểm và đặc biệt nguy hiểm bị bắt … giảm 10 đối tượng (-7,25%)": the one count the words name
        named = [
            claim
            for claim in claims
            if (current := claim.number(Role.CURRENT)) is not None and _names(subject, current.noun)
        ]
        if len(named) == 1:
            yield named[0]
            continue
        # "Xảy ra 86 vụ; khám phá 68 vụ; … So với tháng 4/2025, tăng 02 vụ (+ 2,4%), số vụ khám phá tăng 04 vụ
        # (+ 5,9%)" (n833): the one count said with the verb the words name
        by_verb = [
            claim
            for current, claim in pinned
            if _said_with_the_verb_named(subject, current, sentence, around or {})
        ]
        if len(by_verb) == 1:
            yield by_verb[0]
            continue
        # "… làm chết 123 người, bị thương 189 người; so với năm 2022 …, tăng 15 người bị thương (8,62%)":
        # the one count said with the words that qualify the difference
        qualified = [
            claim
            for current, claim in pinned
            if _qualified_alike(difference, current, sentence, around or {})
        ]
        if len(qualified) == 1 and _qualifier_words(difference):
            yield qualified[0]
            continue
        note = Bilingual(
            f"{printed.text}: no figure printed before gives it, and several could be the one it changes.",
            f"{printed.text}: không số nào đã ghi trước đó cho ra mức thay đổi này, và có nhiều số có thể là"
            " số được so sánh.",
        )
        numbers = [(Role.DIFFERENCE, difference), (Role.CHANGE, printed)]
        yield _unchecked(sentence, match.span(), "change_vs_previous", numbers, Verdict.AMBIGUOUS, note)


def _none_said(difference: Figure, sentences: Sequence[Sentence]) -> bool:
    """Whether one of ``sentences`` says there is none of what ``difference`` counts ("không có người bị
    thương" for "giảm 1 người bị thương")."""
    said = re.escape(difference.noun.removeprefix("số ").strip())
    none = re.compile(rf"(?<!\w)không (?:có|còn|xảy ra) {said}(?!\w)")
    return bool(said) and any(none.search(sentence.skeleton) for sentence in sentences)


def _fall_to_none(sentence: Sentence, match: re.Match[str], difference: Figure, printed: Figure) -> Claim:
    """A fall to none, as a share of what there was: 100%."""
    value = difference.value
    formula = message("{} / (0 + {}) × 100 = 100%", "{} / (0 + {}) × 100 = 100%", value, value)
    reading = Recomputation(HUNDRED, HUNDRED, HUNDRED, formula, _RELATIVE_CHANGE)
    numbers = [(Role.DIFFERENCE, difference), (Role.CHANGE, printed)]
    return judged_claim(sentence, match.span(), "change_vs_previous", numbers, [reading])


_NOUN_BEFORE_ITS_CHANGE = re.compile(r"(?<!\w)số (?P<noun>[^\W\d_]+(?: [^\W\d_]+){0,2}) $")
_NOT_A_VERB_OF_ITS_OWN = frozenset({"là", "có", "được", "đạt", "với", "và", "đã", "trong", "đó", "số"})


def _said_with_the_verb_named(
    subject: str, current: Figure, sentence: Sentence, around: Mapping[int, tuple[str, str]]
) -> bool:
    """Whether the words before ``current`` end with a verb of two words ("khám phá 68 vụ") that ``subject``
    names ("số vụ khám phá tăng 04 vụ")."""
    words = re.findall(r"[^\W\d_]+", _context_of(sentence, current, around)[0])[-2:]
    if len(words) < 2 or any(word in _NOT_A_VERB_OF_ITS_OWN for word in words):
        return False
    return bool(re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", subject))


def _names(words: str, noun: str) -> bool:
    """Whether ``words`` name what a count counts, by a noun of three words or more ("đối tượng nguy
    hiểm", not "đối tượng" alone, which any count of people shares), or by a word that sets it apart
    ("BHYT tăng 12.520 người" of "1.245.320 người tham gia BHYT")."""
    if len(noun.split()) < 3:
        return False
    if re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", words):
        return True
    said = set(re.findall(r"[^\W\d_]+", words))
    return any(word in said for word in noun.split()[2:] if len(word) >= 4 and word not in _GENERIC_WORDS)


_GENERIC_WORDS = frozenset(
    {"tham", "được", "người", "trường", "hợp", "đồng", "tổng", "trong", "theo", "những"}
)


def _qualifier_words(difference: Figure) -> list[str]:
    """The words that say which of the things counted a difference is of: "bị thương" in "15 người bị
    thương", "chết" in "12 người chết"."""
    counted = _thing_counted(difference.noun)
    words = _words(difference.noun)[len(counted.split()) + (difference.noun.startswith("số ")) :]
    return [word for word in words if word not in _FUNCTION_WORDS]


def _qualified_alike(
    difference: Figure, current: Figure, sentence: Sentence, around: Mapping[int, tuple[str, str]]
) -> bool:
    """Whether ``current`` is said with every word that qualifies the difference (just before it, or in
    its noun): "bị thương 189 người" for "15 người bị thương"."""
    qualifier = _qualifier_words(difference)
    said = [*_words(_context_of(sentence, current, around)[0])[-4:], *_words(current.noun)]
    return bool(qualifier) and all(word in said for word in qualifier)


def _said_alike(
    difference: Figure, claim: Claim, before: Sentence | None, around: Mapping[int, tuple[str, str]]
) -> bool:
    """Whether the count a change is pinned to is said with the words that qualify the difference:
    "giảm 193 người chết" is of "làm chết 3.735 người", not of "bị thương 8.554 người". Said alike
    when the count is not in the sentence ``before`` (the words kept of it, ``around``, are not)."""
    qualifier = _qualifier_words(difference)
    current = claim.number(Role.CURRENT)
    if before is None or current is None or not before.start <= current.start < before.end:
        return True
    said = [*_words(around.get(current.start, ("", ""))[0])[-4:], *_words(current.noun)]
    return all(word in said for word in qualifier)


_FUNCTION_WORDS = frozenset({"bị", "được", "đã", "các", "những", "số"})


# "(giảm 43,8 số vụ và 87% số bị can)": the changes of the clause's counts, each named by what it counts
_CHANGES_NAMED = pattern(
    r"\( ?(?P<direction>tăng|giảm) {first:NP} (?:số )?(?P<first_noun>[^\W\d_]+(?: (?!và(?!\w))[^\W\d_]+)?)"
    r"(?: và {second:NP} (?:số )?(?P<second_noun>[^\W\d_]+(?: [^\W\d_]+)?))?"
)
_YEAR_SAID = re.compile(r"(?<!\w)năm (?P<year>(?:19|20)\d\d)(?!\d)")


def _verb_key(skeleton: str, clause_start: int, first_figure: int) -> str:
    """The last three words before a clause's first figure: what its counts are of ("khởi tố mới")."""
    return " ".join(_words(skeleton[clause_start:first_figure])[-3:])


# "- Năm 2011 là 17172.63 ha. - Năm 2012 là 17142.22 ha. Giảm 30.41 ha.": a year's value on a line of its own,
# and the change said bare after the two
_VALUE_OF_A_YEAR = re.compile(
    r"^[\W]*năm (?P<year>(?:19|20)\d\d)(?: là| đạt| có)?:? (?P<value>#\d+#)[^#]{0,12}$"
)
_BARE_CHANGE = re.compile(r"^[\W]*(?P<direction>tăng|giảm)(?: thêm)? (?P<difference>#\d+#)[^#]{0,12}$")


def change_of_two_years_said_before(
    sentence: Sentence, recent: Sequence[Sentence], judged: set[int]
) -> Iterator[Claim]:
    """A change said bare ("Giảm 30.41 ha.") after two sentences that each give one year's value ("- Năm
    2011 là 17172.63 ha.", "- Năm 2012 là 17142.22 ha."): the later year's value less the earlier's.

    Examples:
        "- Năm 2011 là 7169.38 ha. - Năm 2012 là 7049.46 ha. Giảm 119.92 ha."
    """
    match = _BARE_CHANGE.match(sentence.skeleton)
    if match is None or len(recent) < 2:
        return
    difference = _figure(sentence, match, "difference")
    years = [_VALUE_OF_A_YEAR.match(before.skeleton) for before in recent[-2:]]
    if difference.start in judged or difference.qualifier is not None or not all(years):
        return
    (first, then), (second, now) = (
        (int(said.group("year")), before.figure(said.group("value")))
        for said, before in zip(years, recent[-2:], strict=True)
        if said is not None
    )
    if second <= first or not (_alike(then, now) and _alike(now, difference) and then.kind == now.kind):
        return
    if (now.value > then.value) != (match.group("direction") == "tăng"):
        return  # a change the other way is of something else
    numbers = [(Role.PREVIOUS, then), (Role.CURRENT, now), (Role.CHANGE, difference)]
    claim = judged_claim(
        sentence,
        match.span("difference"),
        "change_of_two_years",
        numbers,
        [_difference(now, then, larger_first=True)],
    )
    yield dataclasses.replace(claim, start=difference.start, end=difference.end)


def changes_against_an_earlier_year(
    sentence: Sentence, recent: Sequence[Sentence], judged: set[int]
) -> Iterator[Claim]:
    """ "Năm 2014, CQĐT khởi tố mới 256 vụ, 593 bị can; … Năm 2015, CQĐT khởi tố mới 178 vụ, 317 bị can
    (giảm 43,8 số vụ và 87% số bị can)": each change is of the count said with the same words in
    the sentence before that names an earlier year.

    Only when both sentences name their years, the earlier one first, and the same words introduce
    the counts in both: a change is then of that count, (A − B) / B × 100.
    """
    skeleton = sentence.skeleton
    year = _YEAR_SAID.search(skeleton[:60])
    if year is None or not sentence.figures:
        return
    earlier = [
        before
        for before in recent[-2:]
        if (said := _YEAR_SAID.search(before.skeleton)) is not None
        and int(said.group("year")) < int(year.group("year"))
        and before.figures
        and said.start() < before.skeleton.find(before.figures[0].placeholder)
    ]
    compared = _COMPARED_WITH_A_YEAR.search(skeleton)
    if compared is not None:  # "so với năm 2016": that year's, not the one just before
        earlier = [
            before
            for before in earlier
            if (said := _YEAR_SAID.search(before.skeleton)) is not None
            and said.group("year") == compared.group("year")
        ]
    if not earlier:
        return
    counts_before: dict[tuple[str, str], Figure] = {}
    for before in reversed(earlier):  # the latest year first
        for figure in before.figures:
            at = before.skeleton.find(figure.placeholder)
            start = _clause_start(before.skeleton, at)
            first = before.figures_in(start, at + len(figure.placeholder))[0]
            key = (
                _verb_key(before.skeleton, start, before.skeleton.find(first.placeholder)),
                _thing_counted(figure.noun),
            )
            if figure.kind == FigureKind.COUNT and figure.qualifier is None:
                counts_before.setdefault(key, figure)
    for match in _CHANGES_NAMED.finditer(skeleton):
        start = _clause_start(skeleton, match.start())
        here = [f for f in sentence.figures_in(start, match.start()) if f.kind == FigureKind.COUNT]
        if not here:
            continue
        verb = _verb_key(skeleton, start, skeleton.find(here[0].placeholder))
        rising = match.group("direction") == "tăng"
        for slot in ("first", "second"):
            if not match.group(slot):
                continue
            printed = _figure(sentence, match, slot)
            counted = _thing_counted(match.group(f"{slot}_noun"))
            current = next((f for f in here if _thing_counted(f.noun) == counted), None)
            previous = counts_before.get((verb, counted))
            if printed.start in judged or current is None or previous is None:
                continue
            label = Bilingual(f"change against {previous.text}", f"thay đổi so với {previous.text}")
            reading = _relative_change(current, previous, label)
            if reading is None:
                continue
            readings = [reading]
            if printed.kind != FigureKind.PERCENT:  # "(giảm 78 vụ …)": the cases, or a rate without its "%"
                readings.insert(0, _difference(current, previous))
            contradiction = None
            if current.value != previous.value and (current.value > previous.value) != rising:
                contradiction = Bilingual(
                    f"The sentence says “{match.group('direction')}” but {current.text} against"
                    f" {previous.text} went {'down' if rising else 'up'}.",
                    f"Câu văn nói “{match.group('direction')}” nhưng {current.text} so với {previous.text}"
                    f" là {'giảm' if rising else 'tăng'}.",
                )
            numbers = [(Role.CURRENT, current), (Role.PREVIOUS, previous), (Role.CHANGE, printed)]
            alternatives = (  # the change divided by this year's count
                [Alternative(Slip.WRONG_TOTAL, abs(current.value - previous.value) / current.value * HUNDRED)]
                if current.value
                else []
            )
            span = (skeleton.find(current.placeholder), match.end())
            judged.add(printed.start)
            yield judged_claim(
                sentence, span, "change_vs_previous", numbers, readings, alternatives, contradiction
            )


_COMPARED_WITH_A_YEAR = re.compile(r"so với (?:cùng kỳ |cùng thời điểm )?năm (?P<year>(?:19|20)\d\d)(?!\d)")


def compared_with_a_year_said_before(claim: Claim, sentence: Sentence, recent: Sequence[Sentence]) -> Claim:
    """A change or a ratio "so với năm 2022" whose earlier value the sentence does not print, when one of
    the sentences just before opens with that year and says the same thing once: "Năm 2022, toàn tỉnh
    xảy ra 240 vụ tai nạn giao thông. Năm 2023 xảy ra 215 vụ, giảm 10,42% so với năm 2022" — the same
    words right before the count ("xảy ra"), the same thing counted."""
    if claim.verdict != Verdict.NOT_CHECKABLE or claim.template not in (
        "change_vs_previous",
        "ratio_vs_previous",
    ):
        return claim
    said_now = claim.number(Role.CURRENT)
    current = sentence.figure_starting_at(said_now.start) if said_now is not None else None
    printed = sentence.figure_starting_at(claim.printed.start)
    if current is None or printed is None or current.qualifier is not None:
        return claim
    skeleton = sentence.skeleton
    at = sentence.at(printed)
    compared = _COMPARED_WITH_A_YEAR.search(skeleton, max(0, at - 60), at + 80)
    if compared is None:
        return claim
    year = compared.group("year")
    verb = _words(words_around(sentence)[current.start][0])[-2:]
    thing = _thing_counted(current.noun)
    candidates = [
        figure
        for before in recent[-3:]
        if (said := _YEAR_SAID.search(before.skeleton[:40])) is not None and said.group("year") == year
        for figure in before.figures
        if figure.kind == current.kind
        and figure.scale == current.scale
        and figure.qualifier is None
        and _thing_counted(figure.noun) == thing
        and _words(words_around(before)[figure.start][0])[-2:] == verb
    ]
    if len(candidates) != 1 or not verb:
        return claim
    previous = candidates[0]
    numbers = [(Role.CURRENT, current), (Role.PREVIOUS, previous), (claim.printed.role, printed)]
    if claim.template == "ratio_vs_previous":
        if previous.value <= 0:
            return claim
        readings = share_of(current, previous, Bilingual("ratio", "tỷ số"))
    else:
        readings = _change_readings(current, previous, printed)
    if not readings:
        return claim
    judged = judged_claim(sentence, (at, at + len(printed.placeholder)), claim.template, numbers, readings)
    if judged.verdict.alarm and "ước" in verb:
        # "Năm 2017, tổng giá trị sản xuất … ước đạt 14.001 tỷ đồng …. Năm 2018, … ước đạt 15.255,3 tỷ đồng,
        # tăng 10,42% so với năm 2017" (n2086): the year before was an estimate, the change is of its final
        # figure
        note = _OF_THE_FINAL_FIGURE
        if judged.recomputation is not None:
            formula = judged.recomputation.formula
            note = Bilingual(f"{formula.en}. {note.en}", f"{formula.vi}. {note.vi}")
        span = (at, at + len(printed.placeholder))
        judged = _unchecked(sentence, span, claim.template, numbers, Verdict.AMBIGUOUS, note)
    return dataclasses.replace(judged, start=claim.start, end=claim.end)


_OF_THE_FINAL_FIGURE = Bilingual(
    "That year's figure was an estimate: the change may be of its final figure, which the text does not"
    " print.",
    "Số của năm đó là số ước tính: mức thay đổi có thể tính trên số chính thức, văn bản không ghi số này.",
)


def _dead_or_hurt(
    figure: Figure, sentence: Sentence, around: Mapping[int, tuple[str, str]] | None
) -> str | None:
    """ "chết" or "thương" for a count of the dead or the hurt — said by its noun ("người chết") or by the
    verb before it ("làm chết 92 người", "bị thương 46 người") — else None."""
    words = figure.noun.split()
    if words[:1] == ["người"] and len(words) > 1:
        kind = next((word for word in words[1:] if word in ("chết", "thương")), None)
        if kind is not None:
            return kind
    if words[:1] != ["người"]:
        return None
    verb = _HURT_BEFORE.search(_context_of(sentence, figure, around)[0][-16:])
    if verb is None:
        return None
    return "chết" if verb.group("dead") else "thương"


def _thing_counted(noun: str) -> str:
    """ "số vụ khám phá" counts vụ; "vụ" counts vụ; "số đối tượng bị" counts đối tượng."""
    words = noun.split()
    if words[:1] == ["số"]:
        words = words[1:]
    if words[:2] == ["đối", "tượng"] or words[:2] == ["bị", "can"] or words[:2] == ["bị", "cáo"]:
        return " ".join(words[:2])
    return words[0].rstrip(",;") if words else ""


def _opens_breakdown(sentence: Sentence, whole: Figure) -> bool:
    """Whether "trong đó" (or "gồm") follows ``whole`` in this sentence, or opens the next one."""
    skeleton = sentence.skeleton
    if _of_sentence(sentence, whole):
        after = skeleton[skeleton.find(whole.placeholder) + len(whole.placeholder) :]
        found = _WHOLE_OF_A_BREAKDOWN.match(after.replace(";", " "))
        # (not the bracket of the next item's label: "79.632 tỷ đồng, …, chiếm tỷ trọng 56,4%; Nguồn vốn huy
        # động khác (bao gồm vốn tài trợ …) là 2.470 tỷ đồng", n1481)
        return found is not None and not (
            ";" in after[: found.end()] and after[: found.end()].endswith("(bao gồm")
        )
    # a whole of an earlier sentence: the part's sentence opens with "Trong đó"
    return bool(_BREAKDOWN_OPENS.match(skeleton))


def _context_of(
    sentence: Sentence, figure: Figure, around: Mapping[int, tuple[str, str]] | None
) -> tuple[str, str]:
    """The skeleton right before and right after ``figure``, from this sentence or as kept for an
    earlier one (see :func:`words_around`)."""
    if _of_sentence(sentence, figure):
        return words_around(sentence)[figure.start]
    return (around or {}).get(figure.start, ("", ""))


def words_around(sentence: Sentence) -> dict[int, tuple[str, str]]:
    """The skeleton between each figure of ``sentence`` and the figures beside it (60 characters at
    most each way): what the figure is of, kept for the rules that read later sentences. Read once per
    sentence (see :attr:`Sentence.words_around`)."""
    return sentence.words_around


def _counts_alike(first: str, second: str) -> bool:
    """Whether two nouns count the same thing: "vụ án" and "vụ", or "án dân sự" (a whole named after
    a share) and "vụ án"."""
    a, b = _counted_words(first), _counted_words(second)
    if (first == "người" and _PEOPLE_OF_A_KIND.match(second)) or (
        second == "người" and _PEOPLE_OF_A_KIND.match(first)
    ):
        return True  # "Dân tộc Thái 3395 người" of "3.427 nhân khẩu": people, of any kind
    return bool(a and b) and (a[0] == b[0] or a[0] in b[1:] or b[0] in a[1:])


# words that count the same people: "35.658 đồng chí, chiếm 40,51% tổng số đảng viên mới kết nạp", "4.577
# cử nhân. Trong đó, 1.192 sinh viên tốt nghiệp loại xuất sắc (chiếm 26,04%)" (n486)
_SAME_PEOPLE: dict[tuple[str, ...], list[str]] = {
    ("đồng", "chí"): ["đảng", "viên"],
    ("cử", "nhân"): ["sinh", "viên"],
    ("tân", "cử"): ["sinh", "viên"],
}


# a noun's abbreviation, and the small ones among pupils: "263.547 học sinh (HS), trong đó bậc THPT là 27.228
# HS …; cấp Mẫu giáo, Nhà trẻ có 52.827 cháu"
_SAME_FIRST_WORD: dict[str, list[str]] = {
    "hs": ["học", "sinh"],
    "cháu": ["học", "sinh"],
    "em": ["học", "sinh"],
    "đv": ["đảng", "viên"],
}


def _counted_words(noun: str) -> list[str]:
    words = noun.split()[:2]
    if words and words[0] in _SAME_FIRST_WORD:
        return _SAME_FIRST_WORD[words[0]]
    return _SAME_PEOPLE.get(tuple(words), words)


def _same_first_word(first: str, second: str) -> bool:
    return bool(first and second) and _first_word(first) == _first_word(second)


def _is_change_figure(figure: Figure) -> bool:
    """A figure the tokenizer read as a change in points, or a rate: never a whole."""
    return figure.kind in (FigureKind.PERCENT, FigureKind.POINTS)


# "2.203 tỷ đồng, tăng 3,6% so cùng kỳ năm 2020, đóng góp 1,03 điểm phần trăm vào mức tăng trưởng
# chung", "17.443,9 tỷ đồng, tăng 13,26% so với cùng kỳ (đóng góp 81% vào mức tăng chung)"
_CONTRIBUTION = pattern(
    r"{value:N}[^#;]{0,20}?,? tăng {growth:P}(?: so(?: với)? {PREVIOUS})?(?:,| và)? \(?đóng góp"
    r"(?: vào (?:mức|tốc độ) tăng(?: trưởng)?(?: chung)?)? {share:ANY}"
    r"(?P<points> ?%? điểm phần trăm| điểm %)?"
)
_GROWTH_AFTER = re.compile(r"^[^#]{0,40}?,? tăng $")


# "Vốn đăng ký bình quân một doanh nghiệp thành lập mới đạt hơn 6 tỷ đồng": an amount per unit
_AVERAGE_PER_UNIT = pattern(
    r"(?:bình quân|trung bình)(?: trên)? (?:một|mỗi|1|(?P<one>#\d+#)) (?P<unit>[^\W\d_]+)(?: [^\W\d_]+){0,6}?"
    r"(?: trong #\d+# (?:tháng|năm|quý)(?: [^\W\d_]+){0,3}?(?: \d{4})?)? (?:đạt |là |có )?{average:N}"
    # "vốn đăng ký bình quân 12,2 tỷ đồng/doanh nghiệp"
    r"|(?:bình quân|trung bình)(?: đạt| là)? {average2:N} ?(?:[^\W\d_]+ ?)?/ ?(?P<unit2>[^\W\d_]+)"
)
_TIME_UNITS = frozenset({"năm", "tháng", "quý", "ngày", "tuần", "giờ"})
_UNIT_ALIASES = {"dn": "doanh"}  # "một DN" of "126,7 nghìn doanh nghiệp (DN)"


def average_per_unit(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """ "… 513 doanh nghiệp đăng ký thành lập mới …; số vốn đăng ký đạt gần 3.136 tỷ đồng … Vốn đăng ký bình
    quân một doanh nghiệp thành lập mới đạt hơn 6 tỷ đồng": the last amount said of the same measure,
    divided by the last count of the units. Which amount and which count is a guess from their order, so
    an average they do not give is asked about, never flagged."""
    if "bình quân" not in sentence.skeleton and "trung bình" not in sentence.skeleton:
        return
    for match in _AVERAGE_PER_UNIT.finditer(sentence.skeleton):
        if match.group("one") and _figure(sentence, match, "one").value != 1:
            continue  # "bình quân 1 cuộc": one, printed as a figure
        average = _figure(sentence, match, "average" if match.group("average") else "average2")
        unit = match.group("unit") or match.group("unit2")
        unit = _UNIT_ALIASES.get(unit, unit)
        if average.start in judged or unit in _TIME_UNITS or average.kind == FigureKind.PERCENT:
            continue
        pool = [*earlier[-30:], *sentence.figures[: average.index]]
        counts = [
            f
            for f in pool
            if f.noun.split(" ", 1)[0] == unit and f.kind in (FigureKind.COUNT, FigureKind.AMOUNT)
        ]
        amounts = [
            f
            for f in pool
            if f.kind == FigureKind.AMOUNT
            and average.noun
            and f.noun.split(" ", 1)[0] == average.noun.split(" ", 1)[0]
            and f.scale >= average.scale
            and f.value > average.value
        ]
        inside = {f.start for f in sentence.figures_in(match.start(), match.end())}  # "bình quân 1 cuộc"
        counts = [f for f in counts if not _is_change_figure(f) and f.start not in inside]
        amounts = [f for f in amounts if not _is_change_figure(f)]
        if not counts or not amounts:
            continue
        # "Bình quân 1 cuộc thanh tra truy thu 0,341 tỷ đồng": of the amount said with the same verb
        said = match.group().split()[-3:-1] if match.group("average") else []
        verb = " ".join(said[-2:])
        named = [f for f in amounts if verb and verb in _context_of(sentence, f, around)[0]]
        count, amount = counts[-1], (named or amounts)[-1]
        a, c = triple(amount), triple(count)
        if c[1] <= 0:
            continue
        value = a[0] / c[0]
        formula = message("{} / {} = {}", "{} / {} = {}", a[0], c[0], value)
        reading = Recomputation(value, a[1] / c[2], a[2] / c[1], formula, Bilingual("average", "bình quân"))
        numbers = [(Role.TOTAL, amount), (Role.TOTAL, count), (Role.ACTUAL, average)]
        span = (match.start(), match.end())
        claim = judged_claim(sentence, span, "average_per_unit", numbers, [reading])
        if claim.verdict.alarm:
            note = claim.message + Bilingual(
                f" Which total and which count the average is of is not said; {amount.text} and {count.text}"
                " were taken.",
                f" Văn bản không nói rõ bình quân của tổng nào trên số nào; đã lấy {amount.text}"
                f" và {count.text}.",
            )
            claim = _unchecked(sentence, span, "average_per_unit", numbers, Verdict.AMBIGUOUS, note)
        start, end = sentence.span(*span)
        yield dataclasses.replace(claim, start=start, end=end)


# "Trung bình mỗi năm xảy ra 185 vụ với 6.147 người ngộ độc": a total over the years it was counted in
_AVERAGE_PER_PERIOD = re.compile(
    r"(?:trung bình|bình quân)(?: là)? (?:mỗi|một|1|hằng|hàng) (?P<unit>năm|tháng|quý|tuần|ngày)(?!\w)"
)
_PERIOD_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# "trong năm năm gần đây", "sau 5 năm", "qua 10 tháng"; "giai đoạn 2016-2020", "nhiệm kỳ 2015 - 2020"
_PERIOD_SAID = re.compile(
    # (or "Tính chung 5 tháng đầu năm, 95.000 doanh nghiệp …", n1131)
    r"(?:trong|sau|qua|suốt|của|tính chung|lũy kế)(?: vòng)?"
    r" (?:(?P<word>hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)|#(?P<at>\d+)#)"
    r" (?P<unit>năm|tháng|quý|tuần|ngày)(?!\w)"
    r"|(?:giai đoạn|nhiệm kỳ|từ năm|từ) (?P<first>(?:19|20)\d\d) ?(?:-|–|đến|đến năm) ?"
    r"(?P<last>(?:19|20)\d\d)"
)


def _periods_said(sentences: Sequence[Sentence], unit: str) -> list[Decimal]:
    """How many ``unit`` (years, months) the sentences say their figures were counted over, nearest first:
    "trong năm năm gần đây" (5), "giai đoạn 2016-2020" (4 or 5: a term and a span of years differ)."""
    for sentence in reversed(sentences):
        found: list[Decimal] = []
        for match in _PERIOD_SAID.finditer(sentence.skeleton):
            if match.group("first"):
                if unit == "năm":
                    span = int(match.group("last")) - int(match.group("first"))
                    found += [Decimal(span + 1), Decimal(span)] if span > 0 else []
            elif match.group("unit") == unit:
                if match.group("word"):
                    found.append(Decimal(_PERIOD_WORDS[match.group("word")]))
                else:
                    found.append(sentence.figures[int(match.group("at"))].value)
        if found:
            return [value for value in found if value > 1]
    return []


def average_per_period(
    sentence: Sentence, recent: Sequence[Sentence], earlier: Sequence[Figure], judged: set[int]
) -> Iterator[Claim]:
    """ "… trong năm năm gần đây … ghi nhận 927 vụ ngộ độc thực phẩm với 30.733 người bị ngộ độc … Trung bình
    mỗi năm xảy ra 185 vụ với 6.147 người ngộ độc": each figure after "trung bình mỗi năm", the last total
    of the same thing said before it over the years said before it.

    Which total and which span are a guess, so this reading claims only an average they give, never an
    alarm."""
    found = (
        _AVERAGE_PER_PERIOD.search(sentence.skeleton)
        if "trung bình" in sentence.skeleton or ("bình quân" in sentence.skeleton)
        else None
    )
    if found is None:
        return
    periods = _periods_said([*recent, sentence], found.group("unit"))
    if not periods:
        return
    label = Bilingual("average over the period", "bình quân theo thời gian")
    pool = [*earlier[-30:], *(f for f in sentence.figures if sentence.at(f) < found.start())]
    for average in sentence.figures:
        if sentence.at(average) < found.end() or average.start in judged or average.qualifier is not None:
            continue
        if average.kind not in (FigureKind.COUNT, FigureKind.AMOUNT) or not average.noun:
            continue
        totals = [
            f
            for f in pool
            # (a count said with its scale is read as an amount: "19 nghìn doanh nghiệp" a month of "95.000
            # doanh nghiệp" in 5, n1131)
            if (f.kind == average.kind or {f.kind, average.kind} == {FigureKind.COUNT, FigureKind.AMOUNT})
            and f.noun
            and _thing_counted(f.noun) == _thing_counted(average.noun)
            and _same_people(f, average)
            and f.value > average.value
            and not _is_change_figure(f)
        ]
        # the nearest total, or one of the two before it when that one gives the average: "… là 88.000 doanh
        # nghiệp (55.200 …; 25.500 …; 7.300 …), …. Bình quân mỗi tháng có 17.600 doanh nghiệp …" (n1131)
        for total, period in itertools.product(reversed(totals[-3:]), periods):
            low, value, high = (
                total.bounds(total.readings[0])[0],
                total.value,
                total.bounds(total.readings[0])[1],
            )
            formula = message("{} / {} = {}", "{} / {} = {}", value, period, value / period)
            reading = Recomputation(value / period, low / period, high / period, formula, label)
            half = average.unit(average.readings[0]) / 2  # "185 vụ" each year: 185,4 rounded
            if reading.low < average.value + half and reading.high >= average.value - half:
                numbers = [(Role.TOTAL, total), (Role.ACTUAL, average)]
                at = sentence.at(average)
                span = (found.start(), at + len(average.placeholder))
                claim = judged_claim(sentence, span, "average_per_unit", numbers, [reading])
                start, end = sentence.span(at, at + len(average.placeholder))
                yield dataclasses.replace(claim, start=start, end=end)
                break


# "lúa đạt 62,87 tạ/ha, tăng 3,07%, sản lượng đạt 194.931 tấn": a crop's yield, then its output
_YIELD_THEN_OUTPUT = pattern(
    r"(?P<label>(?:[^\W\d_]+ ){1,4}?)(?:(?:ước |dự kiến |bình quân )?(?:đạt|là) )?{yield:N} tạ/ha"
    r"[^#;]{0,20}?(?:#\d+%#[^#;]{0,40}?)?,? sản lượng(?: [^\W\d_]+){0,3}? (?:(?:ước )?(?:đạt|là) )?"
    r"{output:N} tấn"
)
_LABEL_FILLER = re.compile(
    r"(?:^| )(?:diện tích|năng suất|gieo trồng|đạt|là|có|ước|dự kiến|bình quân|cây)(?= |$)"
)


def output_of_yield_and_area(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """ "Trong tổng số, diện tích lúa là 31.005 ha, …; ngô đạt 12.541 ha … Dự kiến … lúa đạt 62,87 tạ/ha,
    tăng 3,07%, sản lượng đạt 194.931 tấn": a crop's output is its yield times its area (a tạ is a tenth of a
    tấn), the area said before with the crop's name.

    Read when one area said before names the crop; one that does not give the output may be of another
    season, so the claim is then ambiguous, never an alarm."""
    if "tạ/ha" not in sentence.skeleton:
        return
    for match in _YIELD_THEN_OUTPUT.finditer(sentence.skeleton):
        yielded, output = _figure(sentence, match, "yield"), _figure(sentence, match, "output")
        label = _LABEL_FILLER.sub(" ", match.group("label").split(",")[-1].split(";")[-1]).strip()
        if (
            output.start in judged
            or yielded.start
            in judged  # the triple already read, its yield of the two (yield_of_its_area_and_output)
            or not label
            or output.qualifier is not None
            or yielded.qualifier is not None
        ):
            continue
        pool = [*earlier[-30:], *sentence.figures[: yielded.index]]
        areas = [
            figure
            for figure in pool
            if figure.noun.split(" ", 1)[0] == "ha"
            and figure.qualifier is None
            and _LABEL_FILLER.sub(" ", _context_of(sentence, figure, around)[0]).strip().endswith(label)
        ]
        if len(areas) != 1:
            continue
        area = areas[0]
        y, a = triple(yielded), triple(area)
        tenth = Decimal("0.1")
        value = y[0] * a[0] * tenth
        formula = message("{} tạ/ha × {} ha = {} tấn", "{} tạ/ha × {} ha = {} tấn", y[0], a[0], value)
        reading = Recomputation(
            value,
            y[1] * a[1] * tenth,
            y[2] * a[2] * tenth,
            formula,
            Bilingual("yield × area", "năng suất × diện tích"),
        )
        numbers = [(Role.ACTUAL, area), (Role.ACTUAL, yielded), (Role.TOTAL, output)]
        span = (sentence.at(yielded), sentence.at(output) + len(output.placeholder))
        claim = judged_claim(sentence, span, "output_of_yield_and_area", numbers, [reading])
        if claim.verdict.alarm:
            note = claim.message + Bilingual(
                f" The area {area.text} said before may be of another season or crop.",
                f" Diện tích {area.text} ghi trước đó có thể là của vụ hoặc cây khác.",
            )
            claim = _unchecked(sentence, span, "output_of_yield_and_area", numbers, Verdict.AMBIGUOUS, note)
        start, end = sentence.span(*span)
        yield dataclasses.replace(claim, start=start, end=end)


def yield_of_its_area_and_output(sentence: Sentence) -> Iterator[Claim]:
    """An area, its yield and its output said one after the other ("huyện Mỹ Lộc 3.104ha, 57,85 tạ/ha, 17.958
    tấn", n1128; "Thành phố Nam Ðịnh: 689ha, 54,25 tạ/ha (100,46%), 3.755 tấn", n106): the yield is worked
    out of the two measured, the output over the area (a tạ is a tenth of a tấn). Changes and rates between
    are passed over; a clause between them (a semicolon) may change the crop or the season, so a miss is
    then a doubt.

    Examples:
        "huyện Mỹ Lộc 3.104ha, 57,85 tạ/ha, 17.958 tấn"
        "Thành phố Nam Ðịnh: 689ha, 54,5 tạ/ha (100,46%), 3.755 tấn"
    """
    if "tạ/ha" not in sentence.skeleton:
        return
    area: Figure | None = None
    yielded: Figure | None = None
    for figure in sentence.figures:
        if figure.qualifier is not None or _is_change(sentence, figure) or figure.kind == FigureKind.PERCENT:
            continue
        if figure.noun.split(" ", 1)[0] == "ha":
            if (
                area is not None
                and yielded is None
                and sentence.skeleton[sentence.at(figure) - 1 : sentence.at(figure)] == "/"
            ):
                # "gieo sạ đạt 73.035,6 ha/73.294,8 ha kế hoạch": the area sown, not its plan (n2282)
                continue
            area, yielded = figure, None
        elif area is not None and sentence.skeleton.startswith(
            " tạ/ha", sentence.at(figure) + len(figure.placeholder)
        ):
            yielded = figure
        elif figure.noun.split(" ", 1)[0] == "tấn" and area is not None and yielded is not None:
            o, a = triple(figure), triple(area)
            ten = Decimal(10)
            value = o[0] / a[0] * ten
            formula = message(
                "{} tấn / {} ha × 10 = {} tạ/ha", "{} tấn / {} ha × 10 = {} tạ/ha", o[0], a[0], value
            )
            reading = Recomputation(
                value, o[1] / a[2] * ten, o[2] / a[1] * ten, formula,
                Bilingual("output over area", "sản lượng chia diện tích"),
            )  # fmt: skip
            numbers = [(Role.ACTUAL, area), (Role.ACTUAL, figure), (Role.SHARE, yielded)]
            span = (sentence.at(area), sentence.at(figure) + len(figure.placeholder))
            claim = judged_claim(sentence, span, "yield_of_its_area_and_output", numbers, [reading])
            if claim.verdict.alarm and ";" in sentence.skeleton[span[0] : span[1]]:
                note = claim.message + Bilingual(
                    f" The area {area.text} is said in another clause: it may be of another crop or season.",
                    f" Diện tích {area.text} ghi ở vế câu khác: có thể là của cây hoặc vụ khác.",
                )
                claim = _unchecked(
                    sentence, span, "yield_of_its_area_and_output", numbers, Verdict.AMBIGUOUS, note
                )
            yield claim
            area = yielded = None


# a total with its group in brackets, then the list it is made of: "14.273 lao động (5.402 lao động nữ), gồm
# các thị trường: Nhật Bản: 8.475 lao động (3.831 lao động nữ), …"
_TOTAL_WITH_ITS_GROUP = pattern(
    r"{total:N} (?P<noun>[^\W\d_]+(?: [^\W\d_]+)?) \( ?{group:N} (?P=noun) (?P<kind>[^\W\d_]+)\),?"
    r"(?: [^\W\d_]+){0,4} (?:gồm|bao gồm|trong đó)(?: [^\W\d_]+){0,4}:? "
)
_ITS_GROUP_IN_BRACKETS = re.compile(
    r"#\d+# (?P<noun>[^\W\d_]+(?: [^\W\d_]+)?) \( ?(?P<group>#\d+#) (?P<rest>[^#()]{1,30})\)"
)


def groups_of_a_list(sentence: Sentence) -> Iterator[Claim]:
    """A total said with one group of it in brackets, then its parts each with their own count of that group:
    the groups of the parts add up to the total's group, or less when the list leaves others out ("và các thị
    trường khác"). The women of the markets of n1157 add up to 5.431 of 5.402.

    Examples:
        "có 12 người (5 người nữ), gồm: Nhật Bản 7 người (3 người nữ), Hàn Quốc 5 người (2 người nữ)"
    """
    skeleton = sentence.skeleton
    for match in _TOTAL_WITH_ITS_GROUP.finditer(skeleton):
        group, named = _figure(sentence, match, "group"), f"{match.group('noun')} {match.group('kind')}"
        end = skeleton.find(".", match.end())
        end = len(skeleton) if end < 0 else end
        groups = [
            sentence.figure(item.group("group"))
            for item in _ITS_GROUP_IN_BRACKETS.finditer(skeleton, match.end(), end)
            if item.group("rest").strip() == named
        ]
        if len(groups) < 2 or group.qualifier is not None or any(g.qualifier is not None for g in groups):
            continue
        added = sum_of_parts(groups, Bilingual(f"the parts' {named}", f"{named} của các phần"))
        leaves_out = bool(_OTHERS_LEFT_OUT.search(skeleton, match.end(), end))
        numbers = [(Role.PART, figure) for figure in groups] + [(Role.TOTAL, group)]
        span = (sentence.at(group), end)
        if leaves_out and added.high <= group.value:
            continue  # fewer than all of them, and no more than the total's: nothing to say
        claim = judged_claim(
            sentence, span, "groups_of_a_list", numbers, [added], default_slip=Slip.SUM_MISMATCH
        )
        start, stop = sentence.span(*span)
        yield dataclasses.replace(claim, start=start, end=stop)


_OTHERS_LEFT_OUT = re.compile(r"(?<!\w)(?:và )?các [^\W\d_]+(?: [^\W\d_]+)? khác(?!\w)")


def growth_contribution(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """A sector's contribution to the growth of the whole: in percentage points, its increase over
    the whole's value a year before, ``(V − V/(1+g)) / (T/(1+G)) × 100``; as a share ("đóng góp 81%
    vào mức tăng chung"), its increase over the whole's, ``(V − V/(1+g)) / (T − T/(1+G)) × 100``.

    The whole (T, grown by G) is the largest value printed before with its own growth said right
    after it ("Tổng sản phẩm … ước đạt 26.891 tỷ đồng, tăng 10,35%"). Every printed input is taken
    with the interval its rounding (or its "gần", "trên") allows.
    """
    skeleton = sentence.skeleton
    pool = [*earlier[-30:], *sentence.figures]
    for match in _CONTRIBUTION.finditer(skeleton):
        value, growth = _figure(sentence, match, "value"), _figure(sentence, match, "growth")
        share = _figure(sentence, match, "share")
        if share.start in judged or value.kind != FigureKind.AMOUNT:
            continue
        wholes = []
        for index, whole in enumerate(pool[:-1]):
            rate = pool[index + 1]
            after = _context_of(sentence, whole, around)[1]
            if (
                whole.kind == FigureKind.AMOUNT
                and whole.scale == value.scale
                and whole.value > value.value
                and rate.kind == FigureKind.PERCENT
                and _GROWTH_AFTER.match(after)
            ):
                wholes.append((whole, rate))
        if not wholes:
            continue
        whole, whole_growth = max(wholes, key=lambda pair: pair[0].value)
        points = bool(match.group("points")) or share.kind == FigureKind.POINTS
        start, end = sentence.span(*match.span())  # in its own sentence; the whole is named in the message
        claim = judged_claim(
            sentence,
            match.span(),
            "growth_contribution",
            [(Role.TOTAL, whole), (Role.CHANGE, whole_growth), (Role.PART, value), (Role.CHANGE, growth),
             (Role.SHARE, share)],
            [_contribution(value, growth, whole, whole_growth, points)],
        )  # fmt: skip
        yield dataclasses.replace(claim, start=start, end=end)


def sector_shares_of_their_values(
    sentence: Sentence, earlier: Sequence[Figure], judged: set[int], around: Mapping[int, tuple[str, str]]
) -> Iterator[Claim]:
    """The economy's structure against the sectors' values said before it: "… nông, lâm nghiệp và thủy
    sản đạt 4.120 tỷ đồng …; công nghiệp - xây dựng 5.210 tỷ đồng …; thương mại - dịch vụ 3.210 tỷ đồng …
    Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản chiếm 32,9%; …" — each share the sector's value over
    the three together.

    The structure is often at current prices while the values are at constant ones, or of a whole that
    holds the product taxes too: read only when the values give the share, never an alarm.
    """
    if not _STRUCTURE.search(sentence.skeleton):
        return
    found = _sector_shares(sentence)
    if found is None:
        return
    shares, named, _ = found
    if len(shares) < 3 or any(len(sectors) != 1 for sectors in named):
        return
    pool = [*earlier[-30:], *sentence.figures]
    values: dict[str, Figure] = {}
    for figure in reversed(pool):
        if figure.kind != FigureKind.AMOUNT or figure.start >= shares[0].start:
            continue
        sectors = _sectors_of(_context_of(sentence, figure, around)[0])
        if len(sectors) == 1 and (sector := next(iter(sectors))) not in values:
            values[sector] = figure
    if {"agriculture", "industry", "services"} - set(values) or len({v.scale for v in values.values()}) != 1:
        return
    whole = sum((values[sector].value for sector in ("agriculture", "industry", "services")), Decimal(0))
    label = Bilingual("share of the sectors' values together", "tỷ lệ trên tổng giá trị các khu vực")
    for share, sectors in zip(shares, named, strict=True):
        value = values.get(next(iter(sectors)))
        if value is None or share.start in judged:
            continue
        recomputed = value.value / whole * HUNDRED
        formula = message("{} / {} × 100 = {}", "{} / {} × 100 = {}", value.value, whole, recomputed)
        reading = Recomputation(recomputed, recomputed, recomputed, _percent_sign(formula), label)
        at = sentence.at(share)
        numbers = [(Role.PART, value), (Role.SHARE, share)]
        claim = judged_claim(sentence, (at, at + len(share.placeholder)), "sector_shares", numbers, [reading])
        if not claim.verdict.alarm:
            yield claim


# "khu vực dịch vụ tăng 6,5%, đóng góp 2,1 điểm phần trăm": a sector's contribution to the whole's growth
_CONTRIBUTES_POINTS = re.compile(
    r"(?P<label>[^;#]*?)(?:tăng #\d+%#[^;#]{0,20}?)?,? (?:đóng góp|góp)(?: vào tăng trưởng)?"
    r" (?P<points>#\d+pt#)"
)
_GROWTH_OF_THE_WHOLE = re.compile(
    r"(?<!\w)(?:tăng|tăng trưởng(?: [^\W\d_]+| #\d+#){0,8}? (?:đạt|ở mức|là))(?: khoảng)? (?P<growth>#\d+%#)"
)


def contributions_to_growth(
    sentence: Sentence, recent: Sequence[Sentence], checked: set[int]
) -> Iterator[Claim]:
    """ "GRDP … ước tăng 7,25% so với năm 2022. Trong đó, khu vực nông, lâm nghiệp và thủy sản tăng 3,15%,
    đóng góp 0,52 điểm phần trăm; … thuế sản phẩm trừ trợ cấp sản phẩm …, đóng góp 0,28 điểm phần trăm":
    the sectors' contributions in percentage points add up to the whole's growth.

    All three sectors and the product taxes named: the contributions make up the growth, a slip when
    they do not. Fewer named: read only when they add up. ``checked``: the figures a reading has
    already recomputed (a growth merely said to be "so với năm 2022" is not)."""
    skeleton = sentence.skeleton
    if "góp" not in skeleton:
        return
    found = list(_CONTRIBUTES_POINTS.finditer(skeleton))
    if len(found) < 2:
        return
    contributions = [sentence.figure(match.group("points")) for match in found]
    if any(figure.qualifier is not None for figure in contributions):
        return
    named = [_sectors_of(match.group("label")) for match in found]
    if any(len(sectors) != 1 and sectors != {"services", "taxes"} for sectors in named):
        return  # a contribution without its sector, or of two at once (but "dịch vụ và thuế sản phẩm")
    every = [sector for sectors in named for sector in sectors]
    if len(every) != len(set(every)):
        return
    opened = _BREAKDOWN_WORDS.search(skeleton, 0, found[0].start())
    growth: Figure | None = None
    said_in = sentence
    if opened is not None:  # "GRDP tăng 7,25%, trong đó khu vực …"
        before = list(_GROWTH_OF_THE_WHOLE.finditer(skeleton, 0, opened.start()))
        growth = sentence.figure(before[-1].group("growth")) if before else None
    elif _OPENS_WITH_BREAKDOWN.match(skeleton):  # "… tăng 7,25% so với năm 2022. Trong đó, …"
        for said_in in reversed(recent[-2:]):  # past a line that names one sector
            before = list(_GROWTH_OF_THE_WHOLE.finditer(said_in.skeleton))
            if len(before) == 1 and "đóng góp" not in said_in.skeleton:
                growth = said_in.figure(before[0].group("growth"))
                break
    if growth is None or growth.qualifier is not None or growth.start in checked:
        return
    added = sum_of_parts(
        contributions, Bilingual("sum of the sectors' contributions", "tổng đóng góp của các khu vực")
    )
    numbers = [*((Role.PART, figure) for figure in contributions), (Role.TOTAL, growth)]
    at = said_in.at(growth)
    span = (at, at + len(growth.placeholder))
    claim = judged_claim(
        said_in, span, "contributions_to_growth", numbers, [added], default_slip=Slip.SUM_MISMATCH
    )
    if claim.verdict.alarm and not {"agriculture", "industry", "services", "taxes"} <= set(every):
        return  # a sector left unnamed may hold the rest
    yield dataclasses.replace(claim, start=growth.start, end=growth.end)


def _contribution(
    value: Figure, growth: Figure, whole: Figure, whole_growth: Figure, points: bool
) -> Recomputation:
    """The contribution and the interval the rounded inputs allow (see :func:`growth_contribution`)."""

    def of(v: Decimal, g: Decimal, t: Decimal, big_g: Decimal) -> Decimal:
        increase = v - v / (1 + g / HUNDRED)
        before = t / (1 + big_g / HUNDRED)
        return increase / (before if points else t - before) * HUNDRED

    v, g, t, big_g = triple(value), triple(growth), triple(whole), triple(whole_growth)
    point = of(v[0], g[0], t[0], big_g[0])
    corners = [of(a, b, c, d) for a in v[1:] for b in g[1:] for c in t[1:] for d in big_g[1:] if d > 0]
    if points:
        formula = message(
            "({} − {}/(1 + {}%)) / ({}/(1 + {}%)) × 100 = {}",
            "({} − {}/(1 + {}%)) / ({}/(1 + {}%)) × 100 = {}",
            v[0], v[0], g[0], t[0], big_g[0], point,
        )  # fmt: skip
        label = Bilingual(
            "percentage points of the whole's growth", "điểm phần trăm đóng góp vào tăng trưởng chung"
        )
    else:
        formula = message(
            "({} − {}/(1 + {}%)) / ({} − {}/(1 + {}%)) × 100 = {}%",
            "({} − {}/(1 + {}%)) / ({} − {}/(1 + {}%)) × 100 = {}%",
            v[0], v[0], g[0], t[0], t[0], big_g[0], point,
        )  # fmt: skip
        label = Bilingual("share of the whole's increase", "phần đóng góp vào mức tăng chung")
    return Recomputation(point, min([point, *corners]), max([point, *corners]), formula, label)


PARTS_AHEAD = 40  # how many figures after a total its parts are looked for in
PARTS_REACH = 1500  # and within how many characters


# those arrested ("đối tượng") are the accused ("bị can") and those dealt with otherwise: "bắt giữ 242 vụ,
# 344 đối tượng … Đã khởi tố 179 vụ, 251 bị can, xử lý hành chính 31 vụ, 36 đối tượng, …"
# "làm chết 879 người", "làm 2 người chết", "bị thương 1.515 người", "1 người tử vong": what befell them
_BEFELL_BEFORE = re.compile(r"(?<!\w)(chết|tử vong|bị thương|mất tích)(?: nặng| nhẹ)?(?: là)? $")
_BEFELL_AFTER = re.compile(r"^ (?:người |trường hợp |ca )?(chết|tử vong|bị thương|mất tích)(?!\w)")
_BEFELL = {"tử vong": "chết"}


def _people_counted(sentence: Sentence, figure: Figure) -> str:
    """What ``figure`` counts (:func:`_thing_counted`), people told apart by what befell them: the dead
    and the injured of one accident report are counted apart ("làm chết 885 người và làm bị thương
    1.515 người" over "làm chết 879 người, bị thương 1.515 người" and "làm 2 người chết")."""
    counted = _thing_counted(figure.noun)
    if counted not in ("người", "trường hợp", "ca"):
        return counted
    at = sentence.at(figure)
    befell = _BEFELL_BEFORE.search(sentence.skeleton, max(0, at - 20), at) or _BEFELL_AFTER.match(
        sentence.skeleton[at + len(figure.placeholder) : at + len(figure.placeholder) + 24]
    )
    if befell is None:
        return counted
    return f"người {_BEFELL.get(befell.group(1), befell.group(1))}"


_KINDS_OF_THE_SAME_PEOPLE = frozenset({("đối tượng", "bị can"), ("đối tượng", "bị cáo")})


_WHOLE_OF_WHAT_FOLLOWS = re.compile(r"(?<!\w)trong (?:số |tổng số )?$")


def _share_said_of(sentence: Sentence, figure: Figure, whole: Figure) -> bool:
    """Whether ``figure`` is followed by a share (as a listed part's is) that it makes of ``whole``."""
    at = sentence.at(figure)
    found = _SHARE_AFTER_PART.match(sentence.skeleton[at : at + 80])
    if found is None or not whole.value:
        return False
    share = sentence.figure(found.group("share"))
    return abs(figure.value / whole.value * HUNDRED - share.value) <= share.unit(share.readings[0])


def _said_after_trong(sentence: Sentence, figure: Figure) -> bool:
    """Whether "trong", "trong số" or "trong tổng số" comes right before ``figure``."""
    at = sentence.at(figure)
    return bool(_WHOLE_OF_WHAT_FOLLOWS.search(sentence.skeleton, max(0, at - 20), at))


def _in_a_later_clause(sentence: Sentence, first: Figure, second: Figure) -> bool:
    """Whether a semicolon parts ``second`` from ``first`` in their sentence: "bắt giữ 22 vụ, 26 đối
    tượng …; tăng 1 vụ …; đã khởi tố 16 vụ, 18 bị can; …"."""
    skeleton = sentence.skeleton
    return ";" in skeleton[sentence.at(first) : sentence.at(second)]


def parts_said_after(
    sentences: Sequence[Sentence], judged: set[int], listed: Set[int] = frozenset()
) -> Iterator[Claim]:
    """ "Trong tháng 5, cả nước xảy ra 1.734 vụ … Trong đó TNGT … xảy ra 798 vụ … Va chạm giao thông xảy
    ra 936 vụ": a total whose parts the sentences after it give one by one, each counting the same
    thing (changes with changes: "giảm 400 vụ" of "giảm 61 vụ" and "giảm 339 vụ"; a change of the
    other way takes away: "tăng 77 người bị thương" of "tăng 80", "giảm 1" and "giảm 2").

    When those figures do not add up, a total said with its verb ("giải quyết 6.260 vụ") is tried
    against the figures said after it with that verb only, the others passed over: "Trong đó: TAND
    tỉnh thụ lý 469 vụ, đã giải quyết 356 vụ …, còn lại 113 vụ. TAND huyện … thụ lý 7.521 vụ, đã giải
    quyết 5.904 vụ …".

    Read only when the first such figures after it add up to it, within the rounding of what was
    printed: told across sentences, a list may be partial or no list at all, so a sum that misses
    says nothing, and this reading never raises an alarm. ``listed``: the parts of the lists read as
    breakdowns; such a part is no total of the items after it in its own list ("… 11 đồng chí …; 3 đồng chí …;
    8 đồng chí …").
    """
    said = {sentence.start: words_around(sentence) for sentence in sentences if sentence.figures}
    figures = [
        _Told(sentence, figure, _change_sign(sentence, figure), _people_counted(sentence, figure), cumulative)
        for sentence in sentences
        for figure, cumulative in _cumulative_or_not(
            sentence, said[sentence.start] if sentence.figures else {}
        )
        if figure.kind in (FigureKind.COUNT, FigureKind.AMOUNT)
        and figure.noun
        and not _in_fraction(sentence, figure)
    ]
    verbs = [_verb_of(said[told.sentence.start][told.figure.start][0]) for told in figures]
    # the parts and the wholes of the fractions: "… 14.812 thí sinh đỗ … hệ THPT đỗ 13.950/14.050 thí sinh; hệ
    # GDTX đỗ 862/935 thí sinh"
    numerators: list[_Told] = []
    denominators: list[_Told] = []
    for sentence, part, whole in _fractions(sentences):
        numerators.append(_Told(sentence, part, 0, _people_counted(sentence, part)))
        denominators.append(_Told(sentence, whole, 0, _people_counted(sentence, whole)))
    fraction_starts = [told.figure.start for told in numerators]
    # the parts of each total found, by the total: read from the last total back, a part found to be a total
    # of its own has its parts passed over ("chi BHXH 647,199 tỷ …: ngân sách 172,019 tỷ; quỹ BHXH 461,829 tỷ;
    # BHTN 13,351 tỷ. Chi BHYT 183,151 tỷ": 830,350 is 647,199 and 183,151)
    nested: dict[int, set[int]] = {}
    claims: list[Claim] = []
    for index in reversed(range(len(figures))):
        told = figures[index]
        total = told.figure
        if total.start in judged or total.value < 10 or not _a_step_bound(total):
            continue  # "khoảng 3.830 tỷ": an approximation leaves room for a sum of other figures
        ahead = slice(index + 1, index + 1 + PARTS_AHEAD)
        found = _parts_adding_up(told, figures[ahead], judged, nested)
        if found is None and verbs[index] is not None:
            with_verb = [
                later
                for later, verb in zip(figures[ahead], verbs[ahead], strict=True)
                if verb == verbs[index]
            ]
            found = _parts_adding_up(told, with_verb, judged, nested)
        if found is None and not told.change and fraction_starts:
            first = bisect.bisect_right(fraction_starts, total.start)
            for stream in (numerators, denominators):
                found = found or _parts_adding_up(
                    told, stream[first : first + PARTS_AHEAD // 4], judged, nested
                )
        if found is not None and total.start in listed:
            here = told.sentence
            parts = [n for claim in found for n in claim.numbers if n.role == Role.PART]
            if all(here.start <= number.start < here.end for number in parts):
                continue
        if found is not None:
            nested[total.start] = {number.start for number in found[0].numbers if number.role == Role.PART}
            claims.extend(found)
    yield from sorted(claims, key=lambda claim: claim.start)
    # a fraction's part as the total: "Toàn huyện có 543/545 Chi bộ … kiểm điểm, đánh giá … 304 Chi bộ đạt
    # TSVM, tỷ lệ 55,8%. Có 228 Chi bộ …. Có 11 Chi bộ …"
    starts = [told.figure.start for told in figures]
    for told in numerators:
        total = told.figure
        if total.start in judged or total.value < 10 or total.qualifier is not None:
            continue
        first = bisect.bisect_right(starts, total.start)
        found = _parts_adding_up(told, figures[first : first + PARTS_AHEAD], judged, nested)
        if found is not None:
            judged.update(claim.start for claim in found)
            yield from found


def kinds_left_in_turn(sentences: Sequence[Sentence], judged: set[int]) -> Iterator[Claim]:
    """Three lists of the same kinds, the third what the second leaves of the first, kind by kind: "tiếp
    nhận 111 đơn … (35 khiếu nại, 2 tố cáo, 74 kiến nghị và phản ánh). … đã giải quyết 37/111 đơn … (17 khiếu
    nại, 1 tố cáo, 19 kiến nghị, phản ánh); đang xem xét giải quyết 74 đơn … (19 khiếu nại, 1 tố cáo, 54 kiến
    nghị và phản ánh)": 111 − 37 = 74, so 35 − 17 of the complaints are pending, not 19.

    Read only when the three totals say so exactly (the first less the second is the third) and the
    lists name the same kinds in the same order, each kind once.
    """
    groups: dict[tuple[str, ...], list[tuple[Sentence, Figure, list[Figure]]]] = {}
    for sentence in sentences:
        if sentence.skeleton.count("#") < 8:
            continue
        for total, parts, _, _, _ in _partitions(sentence):
            kinds = tuple(_first_word(part.noun) for part in parts)
            if (
                len(parts) >= 2
                and all(kinds)
                and len(set(kinds)) == len(kinds)
                and all(figure.qualifier is None for figure in [total, *parts])
            ):
                groups.setdefault(kinds, []).append((sentence, total, parts))
    for lists in groups.values():
        lists = lists[:KINDS_IN_TURN]  # bounded work: a text has a few such lists, a table dump many
        at_value: dict[Decimal, list[int]] = {}
        for index, (_, total, _) in enumerate(lists):
            at_value.setdefault(total.value, []).append(index)
        for first, (_, whole, wholes) in enumerate(lists):
            for second in range(first + 1, len(lists)):
                _, done, dones = lists[second]
                third = next((k for k in at_value.get(whole.value - done.value, ()) if k > second), None)
                if third is not None:
                    sentence, _, lefts = lists[third]
                    yield from _kinds_left(sentence, wholes, dones, lefts, judged)


KINDS_IN_TURN = 40  # the lists of the same kinds read, at most, in one text


def _kinds_left(
    sentence: Sentence, wholes: list[Figure], dones: list[Figure], lefts: list[Figure], judged: set[int]
) -> Iterator[Claim]:
    """The claims of :func:`kinds_left_in_turn` for one list left: each kind, what the first two leave."""
    for whole_part, done_part, left_part in zip(wholes, dones, lefts, strict=True):
        if left_part.start in judged or done_part.value > whole_part.value:
            continue
        at = sentence.at(left_part)
        span = (at, at + len(left_part.placeholder))
        claim = _remainder_claim(sentence, span, whole_part, done_part, left_part)
        judged.add(left_part.start)
        # marked in its own sentence (the kind's other two counts are named in the message)
        start, end = sentence.span(*span)
        yield dataclasses.replace(claim, template="kinds_left_in_turn", start=start, end=end)


_A_FRACTION = re.compile(r"(?P<part>#\d+#)(?: [^\W\d_]+){0,2} ?/ ?(?P<whole>#\d+#)")


def _fractions(sentences: Sequence[Sentence]) -> Iterator[tuple[Sentence, Figure, Figure]]:
    """Every "A/B" of the text that is a part of a whole (not "4.975 vụ/6.755 bị can"), in text order."""
    for sentence in sentences:
        if "/" not in sentence.skeleton:
            continue
        for match in _A_FRACTION.finditer(sentence.skeleton):
            part, whole = sentence.figure(match.group("part")), sentence.figure(match.group("whole"))
            if not _is_pair(part, whole) and part.kind == whole.kind:
                yield sentence, part, whole


def excess_in_an_evaluation_cell(sentences: Sequence[Sentence], judged: set[int]) -> Iterator[Claim]:
    """A table of targets copied one cell to a line — the target, its unit, the plan, the result, then "Vượt
    38,07%" — where the last cell is how far the result went past the plan: result / plan − 1, or for a rate
    (its unit "%") the points between them ("Tổng thu ngân sách địa phương | Tỷ đồng | 98,5 | 136 tỷ | Vượt
    38,07%"; "THCS (11 - 14 tuổi) | % | 98,5 | 98,69 | Vượt 0,19%", n1188). Each cell on a line of its own,
    the cells of a row one after the other: "Tổng vốn đầu tư toàn xã hội", "Tỷ đồng", "5.900", "6.519",
    "Vượt 10,49%".
    """
    for index in range(3, len(sentences)):
        cell = sentences[index]
        said = _AN_EVALUATION_CELL.fullmatch(cell.skeleton.strip())
        if said is None or cell.figures[0].start in judged:
            continue
        unit, plan_cell, result_cell = sentences[index - 3 : index]
        if not (_lone_figure(plan_cell) and _lone_figure(result_cell)) or len(unit.skeleton.strip()) > 20:
            continue
        printed, plan, result = cell.figures[0], plan_cell.figures[0], result_cell.figures[0]
        if printed.qualifier is not None or plan.value <= 0:
            continue
        p, r = plan.value / plan.scale, result.value / result.scale
        readings = []
        if unit.skeleton.strip() != "%":
            value = (r / p - 1) * HUNDRED
            formula = message("{} / {} × 100 − 100 = {}", "{} / {} × 100 − 100 = {}", r, p, value)
            readings.append(Recomputation(value, value, value, _percent_sign(formula), _PAST_PLAN_LABEL))
        else:
            value = abs(r - p)
            formula = message("|{} − {}| = {}", "|{} − {}| = {}", r, p, value)
            readings.append(Recomputation(value, value, value, formula, _POINTS_PAST_PLAN_LABEL))
        claim = judged_claim(
            cell,
            (0, len(cell.skeleton)),
            "excess_in_an_evaluation_cell",
            [(Role.PLAN, plan), (Role.ACTUAL, result), (Role.EXCESS, printed)],
            readings,
        )
        yield dataclasses.replace(claim, start=cell.start, end=cell.end)


_AN_EVALUATION_CELL = re.compile(r"vượt #\d+%#")
_PAST_PLAN_LABEL = Bilingual("past the plan", "vượt kế hoạch")
_POINTS_PAST_PLAN_LABEL = Bilingual("points past the plan", "số điểm vượt kế hoạch")


def rates_said_above_the_average(sentence: Sentence, recent: Sequence[Sentence]) -> Iterator[Claim]:
    """Places listed with their rates as higher (or lower) than the average said just before: each must be
    ("… đã giải ngân được 7,5%. Một số tỉnh có tỷ lệ giải ngân cao so với bình quân chung của cả nước là: Vĩnh
    Long 7,5%, Bến Tre 12,6%, …", n1218 — 7,5% is not higher than 7,5%). The average is the one rate of the
    sentence before, or the last rate said before the list in its own sentence; otherwise nothing is read."""
    skeleton = sentence.skeleton
    said = _ABOVE_THE_AVERAGE.search(skeleton) if "bình quân" in skeleton else None
    if said is None:
        return
    own = [figure for figure in sentence.figures_in(0, said.start()) if figure.kind == FigureKind.PERCENT]
    before = [
        figure for figure in (recent[-1].figures if recent else []) if figure.kind == FigureKind.PERCENT
    ]
    average = own[-1] if own else before[0] if len(before) == 1 else None
    if average is None or average.qualifier is not None:
        return
    higher = said.group("way") == "cao"
    for item in _items_in_turn(skeleton, said.end(), _A_PLACE_AND_ITS_RATE, _BETWEEN_ITEMS):
        rate = sentence.figure(item.group("rate"))
        if rate.qualifier is not None:
            continue
        named = Bilingual(f"the average {average.text}", f"mức bình quân {average.text}")
        verdict, note = _order_said(rate, average, higher, named)
        numbers = [(Role.PREVIOUS, average), (Role.CURRENT, rate)]
        span = (item.start(), item.end())
        claim = _unchecked(sentence, span, "rates_said_above_the_average", numbers, verdict, note)
        start, end = sentence.span(*span)
        yield dataclasses.replace(claim, start=start, end=end)


def _order_said(rate: Figure, other: Figure, higher: bool, named: Bilingual) -> tuple[Verdict, Bilingual]:
    """Whether ``rate`` is higher (or lower) than ``other`` (``named`` so in the note), as the words say it
    is: consistent, or a wording slip — and the note that says which."""
    way = Bilingual("higher", "cao hơn") if higher else Bilingual("lower", "thấp hơn")
    if rate.value > other.value if higher else rate.value < other.value:
        return Verdict.CONSISTENT, Bilingual(
            f"{rate.text} is {way.en} than {named.en}, as the text says.",
            f"{rate.text} {way.vi} {named.vi}, đúng như văn bản nói.",
        )
    return Verdict.WORDING_CONTRADICTION, Bilingual(
        f"{rate.text} is not {way.en} than {named.en}, which the text says it is.",
        f"{rate.text} không {way.vi} {named.vi} như văn bản nói.",
    )


_ABOVE_THE_AVERAGE = re.compile(
    r"(?P<way>cao|thấp)(?: hơn| so với)(?: mức| tỷ lệ| tỉ lệ)? bình quân(?: chung)?(?: của)?"
    r"(?: cả nước| toàn quốc| toàn tỉnh)?(?: là| gồm)?:? ?"
)
_A_PLACE_AND_ITS_RATE = re.compile(r"(?P<label>[^\W\d_][^#;:()]{0,40}?) (?:với |đạt |là )?(?P<rate>#\d+%#)")


def fractions_said_after(sentences: Sequence[Sentence], judged: set[int]) -> Iterator[Claim]:
    """ "toàn tỉnh hiện có 533/722 trường học đạt chuẩn quốc gia … Ở bậc học mầm non có 171/218 trường …
    Bậc tiểu học có 194/278 trường …": a fraction whose parts the fractions after it give, level by
    level — their parts add up to its part, their wholes to its whole.

    Read only when both add up, within the rounding of what was printed: told across sentences, a list
    may be partial, so a sum that misses says nothing, and this reading never raises an alarm.
    """
    fractions = list(_fractions(sentences))
    part_label = Bilingual("sum of the parts said after it", "tổng các phần kể sau")
    whole_label = Bilingual("sum of the wholes said after it", "tổng các tổng kể sau")
    for index, (sentence, part, whole) in enumerate(fractions):
        if part.start in judged or whole.start in judged or whole.value < 10:
            continue
        parts: list[Figure] = []
        wholes: list[Figure] = []
        for _, later_part, later_whole in fractions[index + 1 : index + 1 + PARTS_AHEAD // 4]:
            if later_whole.start - whole.end > PARTS_REACH or later_whole.value >= whole.value:
                break
            if later_part.kind != part.kind or not _same_noun(later_whole, whole):
                continue
            parts.append(later_part)
            wholes.append(later_whole)
            if sum(w.value for w in wholes) > whole.value:
                break
            summed_parts, summed_wholes = sum_of_parts(parts, part_label), sum_of_parts(wholes, whole_label)
            if len(parts) >= 2 and _fits(part, summed_parts) and _fits(whole, summed_wholes):
                for figure, figures, summed in ((part, parts, summed_parts), (whole, wholes, summed_wholes)):
                    numbers = [(Role.PART, each) for each in figures] + [(Role.TOTAL, figure)]
                    at = sentence.skeleton.find(figure.placeholder)
                    claim = judged_claim(
                        sentence, (at, at + len(figure.placeholder)), "partition", numbers, [summed]
                    )
                    yield dataclasses.replace(claim, start=figure.start, end=figure.end)
                break


# "đạt trong sạch vững mạnh" (TSVM): the top grade of a party organisation until 2017
_CLEAN_AND_STRONG = re.compile(r"^(?:đạt |xếp loại )?(?:trong sạch,? vững mạnh|tsvm)(?!\w)")


def _graded(sentence: Sentence, figure: Figure) -> str | None:
    """The grade a count of those reviewed is said with right after it ("15 tổ chức cơ sở đảng hoàn thành tốt
    nhiệm vụ"), if it is."""
    after = sentence.words_around[figure.start][1]
    words = after.lstrip(" ,:")
    noun = figure.noun.lower()
    if noun and words.startswith(noun):
        words = words[len(noun) :].lstrip()
    words = re.sub(r"^(?:đảng|cơ sở đảng|trực thuộc) ", "", words)
    if _CLEAN_AND_STRONG.match(words):
        return "excellent"
    grade = _grade_of(words)
    return grade if grade in ("excellent", "good", "done", "not_done") else None


def grades_beyond_their_whole(sentences: Sequence[Sentence], judged: set[int]) -> Iterator[Claim]:
    """ "Đảng bộ huyện … có 41 tổ chức cơ sở Đảng. … có 24 tổ chức cơ sở Đảng đạt trong sạch vững mạnh … Có 15
    tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ, … và 22 tổ chức cơ sở đảng hoàn thành nhiệm vụ": every one
    reviewed gets one grade, so the counts of the grades cannot make more than those there are.

    The whole is the count of the same thing said just before the grades, not graded itself. A last grade
    that makes the counts more than it is a slip; one that makes them all of it is consistent; fewer may be
    those not reviewed, and are not judged."""
    graded: list[tuple[int, Sentence, Figure, str]] = []
    for index, sentence in enumerate(sentences):
        if "hoàn thành" not in sentence.skeleton and "vững mạnh" not in sentence.skeleton:
            continue
        for figure in sentence.figures:
            if figure.kind == FigureKind.COUNT and figure.noun and (grade := _graded(sentence, figure)):
                graded.append((index, sentence, figure, grade))
    groups: list[list[tuple[int, Sentence, Figure, str]]] = []
    for item in graded:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and item[0] - previous[0] <= 1
            and _counted_words(item[2].noun) == _counted_words(previous[2].noun)
            and item[3] not in {grade for *_, grade in groups[-1]}
        ):
            groups[-1].append(item)
        else:
            groups.append([item])
    for group in groups:
        if len(group) < 3:
            continue
        first_index, _, first, _ = group[0]
        noun = _counted_words(first.noun)
        wholes = [
            figure
            for sentence in sentences[max(0, first_index - 2) : first_index + 1]
            for figure in sentence.figures
            if figure.start < first.start
            and figure.kind == FigureKind.COUNT
            and _counted_words(figure.noun) == noun
            and not _graded(sentence, figure)
            and not _in_fraction(sentence, figure)
        ]
        if not wholes:
            continue
        whole = wholes[-1]
        *others, (_, sentence, last, _) = group
        if last.start in judged or any(count.value > whole.value for _, _, count, _ in group):
            continue
        rest = whole.value - sum((count.value for _, _, count, _ in others), Decimal(0))
        if last.value < rest:
            continue  # those not reviewed may make the difference
        formula = message(
            "{} − " + " − ".join("{}" for _ in others) + " = {}",
            "{} − " + " − ".join("{}" for _ in others) + " = {}",
            whole.value, *(count.value for _, _, count, _ in others), rest,
        )  # fmt: skip
        reading = Recomputation(
            rest, rest, rest, formula, Bilingual("the last grade", "mức xếp loại còn lại")
        )
        numbers = [(Role.TOTAL, whole), *((Role.PART, count) for _, _, count, _ in others), (Role.PART, last)]
        at = sentence.at(last)
        claim = judged_claim(
            sentence, (at, at + len(last.placeholder)), "partition", numbers, [reading],
            default_slip=Slip.SUM_MISMATCH,
        )  # fmt: skip
        yield dataclasses.replace(claim, start=last.start, end=last.end)


class _Told(NamedTuple):
    """A figure of the text, with its sentence, its way if it is a change, and the people it counts."""

    sentence: Sentence
    figure: Figure
    change: int
    counted: str
    cumulative: bool = False  # "lũy kế 3.983,589 tỷ đồng": since the year began, not this month's


# what says a figure is the year's so far, beside the month's: no part of the month's total, nor it of its
_CUMULATIVE = re.compile(r"(?<!\w)(?:lũy kế|luỹ kế|cộng dồn)(?!\w)")


def _cumulative_or_not(
    sentence: Sentence, around: Mapping[int, tuple[str, str]]
) -> Iterator[tuple[Figure, bool]]:
    """Each figure of ``sentence`` and whether it is the year's so far: said after "lũy kế", or paired with
    one that is ("lũy kế 3.983,589 tỷ đồng cho 1.680.378 lượt người")."""
    cumulative = False
    for figure in sentence.figures:
        before = around[figure.start][0]
        cumulative = bool(_CUMULATIVE.search(before)) or (cumulative and bool(_PAIRED_WITH.fullmatch(before)))
        yield figure, cumulative


_PAIRED_WITH = re.compile(r"(?: [^\W\d_]+){0,3} (?:cho|với) ")


def _parts_adding_up(
    told: _Told, after: Sequence[_Told], judged: set[int], nested: Mapping[int, set[int]]
) -> list[Claim] | None:
    """The claims of :func:`parts_said_after` for one total: the first of the figures ``after`` it that
    count the same thing, when they add up to it (and the rates said with them); None when they do not.
    ``nested``: the parts of the totals found after it, passed over once their total is taken as a part."""
    sentence, total, change, counted, cumulative = told
    passed: set[int] = set()
    label = Bilingual("sum of the parts said after it", "tổng các phần kể sau")
    parts: list[Figure] = []
    signs: list[int] = []  # each part's way against the total's: 1 the same, -1 the other
    said_in: list[Sentence] = []
    added = Decimal(0)
    own_clause = False  # whether the total's own clause says more of the same thing
    # "Trong 145 tổ chức, cá nhân được tuyên dương, có 1 tổ chức …. 10 tổ chức …": a whole said to be
    # broken down, its parts from its own sentence on
    opened = _said_after_trong(sentence, total)
    near = total.value / 100  # a sum further off cannot be the total, however it was rounded
    found: list[Claim] | None = None
    bounded = total.qualifier is not None  # … or a part: see below
    for later in after:
        later_sentence, figure, later_change, later_counted, later_cumulative = later
        if figure.start - total.end > PARTS_REACH:
            break
        if figure.start in passed or later_cumulative != cumulative:
            continue
        if bool(later_change) != bool(change) or (
            figure.scale != total.scale and not _scaled_alike(total, figure)
        ):
            continue
        if figure.kind != total.kind or not (
            later_counted == counted
            or (counted, later_counted) in _KINDS_OF_THE_SAME_PEOPLE
            or (_broken_down_next(sentence, later_sentence) and not _another_counts(sentence, total, figure))
        ):
            continue
        if later_sentence is sentence and not opened:
            # the total's own clause is read by the rules of a sentence; when it says nothing more of
            # the same thing, the clauses after a semicolon may give its parts
            own_clause = own_clause or not _in_a_later_clause(sentence, total, figure)
            if own_clause:
                continue
        if later_sentence is not sentence and _in_an_aside(later_sentence, figure, _ASIDE_ON_SOME):
            continue  # "15.539 hồ sơ (trong đó có 370 hồ sơ …)": some of that part
        if figure.qualifier is not None and figure.qualifier not in _STEP_BOUNDS:
            break  # "khoảng 1 tỷ": the parts' sum is no longer exact
        sign = 1 if later_change == change else -1
        # the same count said again, or a larger one: no longer its parts — but for a change, the
        # first part may be larger than the total, the others taking it back ("tăng 80", "giảm 2")
        if figure.value >= total.value and (sign < 0 or parts or not change):
            break
        if any(_share_said_of(later_sentence, figure, part) for part in parts) and not _share_said_of(
            later_sentence, figure, total
        ):
            break  # "… 180 vụ …; trộm cắp tài sản 53 vụ (29,44%)": a part of that part
        if _said_after_trong(later_sentence, figure):
            break  # "Trong 85 vụ việc đã giải quyết, có 7 vụ việc …": a whole of its own, broken down
        parts.append(figure)
        passed |= nested.get(figure.start, set())
        signs.append(sign)
        said_in.append(later_sentence)
        added += sign * figure.value
        # (bound words widen the sum, though not far: "trên 2.000 tỷ" may be 2.999)
        bounded = bounded or figure.qualifier is not None
        if len(parts) >= 2 and abs(added - total.value) <= (near * 3 / 2 if bounded else near):
            summed = sum_of_parts(parts, label, signs)
            if _fits(total, summed):
                numbers = [(Role.PART, part) for part in parts] + [(Role.TOTAL, total)]
                at = sentence.skeleton.find(total.placeholder)
                claim = judged_claim(
                    sentence, (at, at + len(total.placeholder)), "partition", numbers, [summed]
                )
                if claim.verdict.alarm:
                    return found  # "hơn 1 tỷ" of 553,5 and 444,8 triệu: other figures, not its parts
                rates = _rates_of_the_parts(sentence, total, list(zip(said_in, parts, strict=True)), judged)
                found = [dataclasses.replace(claim, start=total.start, end=total.end), *rates]
                if not bounded:
                    return found
                # bounds fit a run short of its last parts too ("hơn 6,5 + 2,3 + 4,7 tỷ" of "hơn 13,7 tỷ"):
                # the longest run that fits is the list
        if added > total.value and (not change or len(parts) >= PARTS_OF_A_CHANGE):
            break
    return found


_OPENS_A_BREAKDOWN = re.compile(rf"{_BREAKDOWN_WORD},?:? có ")
_STEP_BOUNDS = (None, Qualifier.ABOVE, Qualifier.NEARLY)


def _a_step_bound(figure: Figure) -> bool:
    """Whether ``figure`` is exact or bounded to the next round figure of its precision ("hơn 6,5 tỷ" is
    6,5 to 6,6 tỷ; "gần 17,8 tỷ" 17,7 to 17,8): a range narrow enough to add (n387: "hơn 13,7 tỷ đồng. Trong
    đó, thu hồi … hơn 6,5 tỷ đồng, … hơn 2,3 tỷ …, hơn 4,7 tỷ …, kiến nghị khác hơn 180 triệu đồng")."""
    return figure.qualifier in _STEP_BOUNDS


def _scaled_alike(total: Figure, part: Figure) -> bool:
    """Whether ``part`` is printed at the scale of ``total``, or, for an amount, at a smaller one ("180
    triệu đồng" of "13,7 tỷ đồng"); counts of other scales are other things ("1,3 triệu hộ", "791 hộ")."""
    if part.scale == total.scale:
        return True
    return total.kind == FigureKind.AMOUNT and part.scale < total.scale


def _broken_down_next(sentence: Sentence, later: Sentence) -> bool:
    """Whether ``later`` comes right after ``sentence`` and opens a breakdown of what it counted ("… 741 em
    được công nhận học sinh giỏi. Trong số này có 29 giải Nhất, 156 giải Nhì …"): its parts may be named
    by another noun, the prizes of the pupils."""
    return 0 <= later.start - sentence.end <= 3 and bool(_OPENS_A_BREAKDOWN.match(later.skeleton))


def _another_counts(sentence: Sentence, total: Figure, part: Figure) -> bool:
    """Whether another figure of the sentence than ``total`` counts what ``part`` counts: "bầu đủ 95 đại biểu
    …, tại 30 đơn vị bầu cử. Trong đó có 23 đại biểu nữ …" breaks down the 95, not the 30 said last."""
    return any(
        figure is not total and figure.kind == total.kind and _same_first_word(figure.noun, part.noun)
        for figure in sentence.figures
    )


PARTS_OF_A_CHANGE = 5  # a change of a total and the changes of its parts, some of the other way


def _change_sign(sentence: Sentence, figure: Figure) -> int:
    """1 for a rise ("tăng 80 người"), -1 for a fall ("giảm 2 người"), 0 for no change at all."""
    at = sentence.at(figure)
    found = _CHANGE_WORD_BEFORE.search(sentence.skeleton, max(0, at - 24), at)
    if found is None:
        return 0
    return -1 if found.group(0).startswith(("giảm", "ít", "thấp")) else 1


def _rates_of_the_parts(
    sentence: Sentence, total: Figure, parts: list[tuple[Sentence, Figure]], judged: set[int]
) -> Iterator[Claim]:
    """ "Tỷ lệ nghèo đa chiều … là 11,23%; tổng số hộ nghèo và cận nghèo là 16.788 hộ; tỷ lệ hộ nghèo là
    6,84%, tổng số hộ nghèo là 10.220 hộ; tỷ lệ hộ cận nghèo là 4,39%, …6.568 hộ": counts found to add
    up, each said with its rate just before it — the rates, shares of one whole, add up too."""
    if _is_change(sentence, total):
        return  # the rates of changes are relative changes, each of its own base: they do not add up
    whole = _rate_said_with(sentence, total)
    rates = [_rate_said_with(part_sentence, part) for part_sentence, part in parts]
    if whole is None or whole.start in judged or any(rate is None for rate in rates):
        return
    found = [rate for rate in rates if rate is not None]
    if len({rate.start for rate in found}) != len(found) or whole in found:
        return
    if not total.value or not whole.value:
        return
    base = total.value / whole.value  # what one point of the whole's rate counts
    if any(
        not rate.value or not Decimal("0.9") <= (part.value / rate.value) / base <= Decimal("1.1")
        for rate, (_, part) in zip(found, parts, strict=True)
    ):
        # "đạt tỷ lệ 99,78% … 17.434 học sinh …. Trong đó, các trường công lập … đạt tỷ lệ 99,77% (16.089/
        # 16.126 …); các trường ngoài công lập đạt tỷ lệ 100% (540/540 học sinh)": each group's rate of its
        # own base, not a share of the whole's — those add up only when one point counts as much in each
        return
    numbers = [(Role.PART, rate) for rate in found] + [(Role.TOTAL, whole)]
    at = sentence.skeleton.find(whole.placeholder)
    label = Bilingual("sum of the parts' rates", "tổng tỷ lệ các phần")
    claim = judged_claim(
        sentence, (at, at + len(whole.placeholder)), "partition", numbers, [sum_of_parts(found, label)]
    )
    yield dataclasses.replace(claim, start=whole.start, end=whole.end)


_CHANGE_RIGHT_AFTER = re.compile(r"^(?: [^\W\d_]+){0,6}?,? ?\(? ?(?:tăng|giảm)(?: thêm)? $")


def changes_of_the_parts(sentence: Sentence, found: Sequence[Claim], judged: set[int]) -> Iterator[Claim]:
    """ "tiếp 626 lượt công dân (giảm 59 lượt so cùng kỳ năm 2019), trong đó, cấp huyện tiếp 173 lượt (giảm
    50 lượt); cấp xã tiếp 453 lượt (giảm 9 lượt)": a total found to be the sum of its parts, each said with
    its change right after it — the changes add up too, those of the other way taken away."""
    figures = {figure.start: figure for figure in sentence.figures}
    checked = {claim.printed.start for claim in found if claim.verdict.checked}
    for claim in list(found):
        if claim.template != "partition" or claim.verdict.alarm or not claim.verdict.checked:
            continue
        numbers = sorted(
            (number for number in claim.numbers if number.role in (Role.PART, Role.TOTAL)),
            key=lambda number: number.start,
        )
        said = [figures.get(number.start) for number in numbers]
        if len(said) < 3 or any(figure is None for figure in said):
            continue
        changes = [_change_right_after(sentence, figure) for figure in said if figure is not None]
        ends = [figure.start for figure in said[1:] if figure is not None] + [sentence.end]
        if any(change is None or change[1].start >= end for change, end in zip(changes, ends, strict=True)):
            continue
        total_at = next(i for i, number in enumerate(numbers) if number.role == Role.TOTAL)
        total_sign, total_change = changes[total_at]  # type: ignore[misc]
        parts = [change for i, change in enumerate(changes) if i != total_at and change is not None]
        if total_change.start in checked or total_change.value == 0:
            continue
        if any(figure.scale != total_change.scale for _, figure in parts):
            continue
        label = Bilingual("sum of the parts' changes", "tổng mức tăng, giảm của các phần")
        summed = sum_of_parts(
            [figure for _, figure in parts], label, [1 if sign == total_sign else -1 for sign, _ in parts]
        )
        numbers_of = [(Role.PART, figure) for _, figure in parts] + [(Role.TOTAL, total_change)]
        at = sentence.skeleton.find(total_change.placeholder)
        span = (at, at + len(total_change.placeholder))
        made = judged_claim(sentence, span, "partition", numbers_of, [summed])
        judged.add(total_change.start)
        checked.add(total_change.start)
        yield dataclasses.replace(made, start=total_change.start, end=total_change.end)


def _change_right_after(sentence: Sentence, figure: Figure) -> tuple[int, Figure] | None:
    """The change said right after a count, with its way: "173 lượt (giảm 50 lượt)", "269 đảng bộ cơ sở
    (tăng 08)"; a count, in the count's own scale, not a rate."""
    if figure.index + 1 >= len(sentence.figures):
        return None
    change = sentence.figures[figure.index + 1]
    if change.kind not in (FigureKind.COUNT, FigureKind.AMOUNT) or change.qualifier is not None:
        return None
    between = sentence.skeleton[sentence.at(figure) + len(figure.placeholder) : sentence.at(change)]
    if not _CHANGE_RIGHT_AFTER.match(between):
        return None
    return _change_sign(sentence, change), change


def _rate_said_with(sentence: Sentence, figure: Figure) -> Figure | None:
    """The rate said just before a count, after the count before it: "tỷ lệ hộ nghèo là 6,84%, tổng số
    hộ nghèo là 10.220 hộ"."""
    rate = None
    for other in sentence.figures[max(0, figure.index - 12) : figure.index]:
        if other.kind == FigureKind.PERCENT:
            rate = other
        elif other.kind in (FigureKind.COUNT, FigureKind.AMOUNT):
            rate = None
    return rate if rate is not None and rate.qualifier is None and not _is_change(sentence, rate) else None


_YIELD_UNIT = re.compile(r" (?P<unit>tạ|tấn) ?/ ?ha(?!\w)")
YIELD_REACH = 4  # sentences before and after a yield its area and output are looked for in
YIELD_REACH_CHARACTERS = 1200  # and within how many characters of it


def yields_of_output_and_area(sentences: Sequence[Sentence], judged: set[int]) -> Iterator[Claim]:
    """ "Về diện tích, toàn tỉnh gieo cấy 72.465ha lúa, … Năng suất lúa bình quân toàn tỉnh đạt 69,45 tạ/ha,
    … Sản lượng thóc vụ xuân 2020 đạt 503.258 tấn": a yield is the output over the area (a tạ is a tenth of
    a tấn), the area said before it and the output near it.

    Which area and which output are a guess (another crop's, another season's may be near), so a yield is
    read only when one area and one output said near it give it, never an alarm."""
    for index, sentence in enumerate(sentences):
        if "/ha" not in sentence.skeleton and "/ ha" not in sentence.skeleton:
            continue
        for yielded in sentence.figures:
            at = sentence.at(yielded) + len(yielded.placeholder)
            unit = _YIELD_UNIT.match(sentence.skeleton, at)
            if unit is None or yielded.start in judged or yielded.qualifier is not None:
                continue
            if _is_change(sentence, yielded) or yielded.kind != FigureKind.AMOUNT:
                continue
            pinned = _yield_row(sentence, yielded)
            if pinned is not None:  # "Mỹ Lộc: 3.197ha, 58,3 tạ/ha (99,18%), 18.486 tấn;": one row of a table
                area, output = pinned
                reading = _output_over_area(output, area, unit.group("unit"))
                numbers = [(Role.TOTAL, output), (Role.TOTAL, area), (Role.ACTUAL, yielded)]
                span = (sentence.at(yielded), at + len(unit.group()))
                claim = judged_claim(sentence, span, "yield_of_output_and_area", numbers, [reading])
                yield dataclasses.replace(claim, start=yielded.start, end=yielded.end)
                continue
            near = sentences[max(0, index - YIELD_REACH) : index + YIELD_REACH + 1]
            candidates = [
                (other, figure)
                for other in near
                for figure in other.figures
                if abs(figure.start - yielded.start) <= YIELD_REACH_CHARACTERS
                and figure.qualifier is None
                and figure is not yielded
                and not _is_change(other, figure)
            ]
            areas = [f for s, f in candidates if f.noun.split(" ", 1)[0] == "ha" and f.start < yielded.start]
            outputs = [
                f for s, f in candidates if f.noun.split(" ", 1)[0] == "tấn" and not _in_fraction(s, f)
            ]
            fits = []
            for area in areas:
                for output in outputs:
                    if area.value <= 0:
                        continue
                    reading = _output_over_area(output, area, unit.group("unit"))
                    if assess(yielded, [reading]).verdict == Verdict.CONSISTENT:
                        fits.append((area, output, reading))
            if len({(area.start, output.start) for area, output, _ in fits}) != 1:
                continue  # none, or several pairs that give it: which one is meant is not said
            area, output, reading = fits[0]
            numbers = [(Role.TOTAL, output), (Role.TOTAL, area), (Role.ACTUAL, yielded)]
            span = (sentence.at(yielded), at + len(unit.group()))
            claim = judged_claim(sentence, span, "yield_of_output_and_area", numbers, [reading])
            yield dataclasses.replace(claim, start=yielded.start, end=yielded.end)


def _output_over_area(output: Figure, area: Figure, unit: str) -> Recomputation:
    """Output (tấn) over area (ha), in tạ/ha or tấn/ha, with the interval their rounding allows."""
    per_tonne = Decimal("0.1") if unit == "tạ" else Decimal(1)
    o, a = triple(output), triple(area)
    value = o[0] / a[0] / per_tonne
    template = "{} tấn / {} ha = {} " + unit + "/ha"
    formula = message(template, template, o[0], a[0], value)
    label = Bilingual("output over area", "sản lượng chia diện tích")
    return Recomputation(value, o[1] / a[2] / per_tonne, o[2] / a[1] / per_tonne, formula, label)


def _yield_row(sentence: Sentence, yielded: Figure) -> tuple[Figure, Figure] | None:
    """The one area and the one output said in the yield's own clause, as a table's row gives them
    ("Mỹ Lộc: 3.197ha, 58,3 tạ/ha (99,18%), 18.486 tấn;"), or None."""
    skeleton, at = sentence.skeleton, sentence.at(yielded)
    start = max(skeleton.rfind(";", 0, at), skeleton.rfind(":", 0, at)) + 1
    end = skeleton.find(";", at)
    clause = sentence.figures_in(start, end if end >= 0 else len(skeleton))
    areas = [f for f in clause if f.noun.split(" ", 1)[0] == "ha" and not _is_change(sentence, f)]
    outputs = [f for f in clause if f.noun.split(" ", 1)[0] == "tấn" and not _is_change(sentence, f)]
    if len(areas) != 1 or len(outputs) != 1 or areas[0].value <= 0:
        return None
    if any(f.qualifier is not None for f in (*areas, *outputs)):
        return None
    return areas[0], outputs[0]


def _words_after(sentence: Sentence, figure: Figure) -> tuple[str, ...]:
    """The two words right after a figure, up to a comma (what a rate is of: "dân số toàn tỉnh")."""
    after = sentence.skeleton[sentence.at(figure) + len(figure.placeholder) :]
    return tuple(re.findall(r"[^\W\d_]+", re.split(r"[,;.()#]", after, maxsplit=1)[0])[:2])


def _names_the_whole(sentence: Sentence, figure: Figure, named: tuple[str, ...]) -> bool:
    """Whether a rate of the body may be the one a summary said of the whole its words name: the body says
    the same words after it, or says them in its sentence ("trên 93% vụ việc" over "… 1.508 vụ, việc, …
    đạt tỷ lệ 93,44%")."""
    words = set(re.findall(r"[^\W\d_]+", sentence.skeleton))
    return (
        _words_after(sentence, figure) == named
        or all(word in words for word in named)
        # … or counts the thing it names: "hơn 92% trường học đạt chuẩn" over "… lên 48/52 trường, đạt tỷ lệ
        # 92,3%" (n1202)
        or (bool(named) and any(other.noun.split()[:1] == [named[0]] for other in sentence.figures))
    )


def _sentence_of(sentences: Sequence[Sentence], figure: Figure) -> Sentence:
    return next(sentence for sentence in sentences if sentence.start <= figure.start < sentence.end)


def rounded_in_the_summary(summary: Sentence, body: Sequence[Sentence], says: Bilingual) -> Iterator[Claim]:
    """A figure of a title or an opening paragraph said with a bound word, the body giving it in full:
    "Cả nước có gần 3.700 F0 nặng" over "… 3.691 bệnh nhân F0 nặng", "Tiếp hơn 305 ngàn người" over
    "305.920 lượt người", "tỉ lệ khám phá án … đạt hơn 75%" over "tỉ lệ khám phá đạt 75,63%".

    Read only when one figure of the body counting the same thing falls in the bound's last printed
    unit (3.600–3.700 for "gần 3.700"): the summary then rounds it, and this reading never raises an
    alarm (another figure of the body may be meant)."""
    for figure in summary.figures:
        window = _bound_window(figure)
        if window is None:
            continue
        low, high = window
        near = [
            other
            for sentence in body
            for other in sentence.figures
            if (other.kind == FigureKind.PERCENT)
            == (figure.kind == FigureKind.PERCENT)  # "305 ngàn": 305.920
            and other.kind != FigureKind.POINTS
            # (or said with the same bound: "Hơn 800 tỷ đồng" over "hơn 806,407 tỷ đồng", n462)
            and other.qualifier in (None, figure.qualifier)
            and other.scale <= figure.scale
            and low <= other.value <= high
        ]
        # the summary said again (a caption under a photo: "trên 1,3 triệu hộ nghèo (Ảnh minh họa)", n663) is
        # not what it rounds when the body gives that in full
        # (… or its figure alone, the bound word lost: "Ca nuoc co gan 4.800 vu …", a caption typed without
        # its accents, n946)
        again = [
            other
            for other in near
            if other.qualifier in (figure.qualifier, None) and other.value == figure.value
        ]
        if len(again) < len(near):
            near = [other for other in near if other not in again]
        # one value counting the same thing, or one value at all ("gần 3.700 F0" of "3.691 bệnh nhân"); a
        # rate of the whole its words name ("khoảng 7% dân số toàn tỉnh" is not the 7,29% of the members)
        if figure.kind == FigureKind.PERCENT and (named := _words_after(summary, figure)):
            near = [other for other in near if _names_the_whole(_sentence_of(body, other), other, named)]
        same = {other.value: other for other in near if _same_noun(other, figure)}
        found = same if len(same) == 1 else {other.value: other for other in near}
        if len(found) != 1:
            continue
        other = next(iter(found.values()))
        if not same and (slip := _counted_with_another_noun(summary, figure, other, body, says)) is not None:
            yield slip
            continue
        said = Bilingual(f"{says.en}: {other.text}", f"{says.vi}: {other.text}")
        reading = Recomputation(other.value, other.value, other.value, said, says)
        at = summary.skeleton.find(figure.placeholder)
        claim = judged_claim(summary, (at, at + len(figure.placeholder)), "rounded_in_the_summary",
                       [(Role.ACTUAL, other), (Role.ACTUAL, figure)], [reading])  # fmt: skip
        if claim.verdict.checked and not claim.verdict.alarm:  # quoted in the summary, not up to the body
            yield dataclasses.replace(claim, start=figure.start, end=figure.end)


def _counted_with_another_noun(
    summary: Sentence, figure: Figure, other: Figure, body: Sequence[Sentence], says: Bilingual
) -> Claim | None:
    """A summary's count that rounds the body's count of another thing, when the body counts the summary's
    thing in the same sentence, otherwise: "Cả nước có gần 4.800 vụ ngộ độc thực phẩm" over "ghi nhận 131
    vụ ngộ độc thực phẩm, làm 4.796 người mắc" (n946) — the people, named as the cases."""
    if figure.kind != FigureKind.COUNT or other.kind != FigureKind.COUNT or figure.value < 100:
        return None
    if not figure.noun or not other.noun or _same_first_word(figure.noun, other.noun):
        return None
    if other.qualifier is not None or _is_change(summary, figure):
        return None  # the body gives it in full; "tăng hơn 1.000 hộ" (raw24/h13) is no count of them
    # the count of the summary's thing right before it, told together: "131 vụ …, làm 4.796 người mắc"
    sentence = _sentence_of(body, other)
    at = next(index for index, each in enumerate(sentence.figures) if each is other)
    each = sentence.figures[at - 1] if at else None
    if (
        each is None
        or each.kind != FigureKind.COUNT
        or each.qualifier is not None
        or not each.noun
        or not _same_noun(each, figure)
        or each.value >= other.value
    ):
        return None
    said = Bilingual(f"{says.en}: {each.text} {each.noun}", f"{says.vi}: {each.text} {each.noun}")
    reading = Recomputation(each.value, each.value, each.value, said, says)
    another = Alternative(
        Slip.WRONG_NOUN,
        figure.value,  # what the body's other count is, said with the summary's bound word
        Bilingual(
            f"({figure.text} is about the body's {other.text} {other.noun})",
            f"({figure.text} xấp xỉ {other.text} {other.noun} ở phần sau)",
        ),
    )
    at = summary.at(figure)
    claim = judged_claim(summary, (at, at + len(figure.placeholder)), "rounded_in_the_summary",
                   [(Role.ACTUAL, each), (Role.ACTUAL, figure)], [reading], [another])  # fmt: skip
    if not claim.verdict.alarm:
        return None
    return dataclasses.replace(claim, start=figure.start, end=figure.end)


def repeated_in_the_summary(summary: Sentence, body: Sequence[Sentence], says: Bilingual) -> Iterator[Claim]:
    """A figure of a title or an opening paragraph that the body says again as it is, counting the same
    thing: "9 tháng xảy ra 17 vụ cháy nổ …" over "… xảy ra 17 vụ cháy nổ, trong đó …", "Đô Lương kỷ luật 44
    đảng viên" over "44 đảng viên bị kỷ luật".

    Read when the body says it with the same noun (a count below 10 only with a noun of two words or
    more, which few figures share by chance); a title that says what the body does not is not judged —
    it may sum up what the body gives in parts."""
    for figure in summary.figures:
        if figure.kind == FigureKind.PERCENT and (figure.qualifier is not None or not figure.noun):
            yield from _rate_repeated_in_the_summary(summary, figure, body, says)
            continue
        if figure.qualifier is not None or not figure.noun or figure.kind == FigureKind.POINTS:
            continue
        if _is_a_period(figure) or (figure.value < 10 and len(figure.noun.split()) < 2):
            continue  # "6 tháng đầu năm": when, not what
        if not figure.text[:1].isdigit() or _in_fraction(summary, figure):
            continue  # "Tòa án hai cấp": a number word names, it does not count; "21/21": judged as one
        found = [
            other
            for sentence in body
            for other in sentence.figures
            if other.kind == figure.kind
            and other.value == figure.value
            and other.scale == figure.scale
            and other.qualifier is None
            and _same_first_word(other.noun, figure.noun)
        ]
        if not found:
            continue
        other = found[0]
        said = Bilingual(f"{says.en}: {other.text} {other.noun}", f"{says.vi}: {other.text} {other.noun}")
        reading = Recomputation(other.value, other.value, other.value, said, says)
        at = summary.skeleton.find(figure.placeholder)
        claim = judged_claim(summary, (at, at + len(figure.placeholder)), "repeated_in_the_summary",
                       [(Role.ACTUAL, other), (Role.ACTUAL, figure)], [reading])  # fmt: skip
        yield dataclasses.replace(claim, start=figure.start, end=figure.end)


# the verb a rate is said with, past a bound word: "tăng 13,4%", "đạt khoảng 91,5%"
_RATE_WORD = re.compile(
    r"(?<!\w)(tăng|giảm|đạt|chiếm|bằng|vượt)(?: (?:khoảng|hơn|gần|trên|xấp xỉ|chừng|tới|đến))? ?$"
)


def _rate_word(sentence: Sentence, figure: Figure) -> str | None:
    found = _RATE_WORD.search(sentence.skeleton, max(0, sentence.at(figure) - 40), sentence.at(figure))
    return found.group(1).lower() if found else None


def _rate_repeated_in_the_summary(
    summary: Sentence, figure: Figure, body: Sequence[Sentence], says: Bilingual
) -> Iterator[Claim]:
    """A title's rate the body says again as it is, with the same word before it ("tổng giá trị sản xuất …
    tăng 13,4%" over "… đạt 595,6 tỷ đồng … và tăng 13,4% so với năm 2017"), whether or not the body's
    rate can be worked out: the title says what the body says."""
    word = _rate_word(summary, figure)
    if word is None:
        return
    found = next(
        (
            other
            for sentence in body
            for other in sentence.figures
            if other.kind == FigureKind.PERCENT
            and other.value == figure.value
            and other.text == figure.text
            and other.qualifier == figure.qualifier
            and _rate_word(sentence, other) == word
        ),
        None,
    )
    if found is None:
        return
    said = Bilingual(f"{says.en}: {word} {found.text}", f"{says.vi}: {word} {found.text}")
    # the body's rate as it was printed, its bound word's range with it: "tăng hơn 30%" said again
    low, high = found.bounds(found.readings[0])
    reading = Recomputation(found.value, low, high, said, says)
    at = summary.at(figure)
    claim = judged_claim(summary, (at, at + len(figure.placeholder)), "repeated_in_the_summary",
                   [(Role.ACTUAL, found), (Role.ACTUAL, figure)], [reading])  # fmt: skip
    yield dataclasses.replace(claim, start=figure.start, end=figure.end)


_SAID_AGAIN = Bilingual("The text said this rate before", "Văn bản đã nêu tỷ lệ này ở trên")


def said_again(sentence: Sentence, figure: Figure, before: Claim) -> Claim:
    """A rate the text worked out before, said again further on as it was printed ("đạt tỷ lệ thi hành
    xong về việc là 87,15%; … (87,15% so với 85%)"): consistent with what was checked there."""
    said = Bilingual(
        f"{_SAID_AGAIN.en}: {before.printed.text} ({before.message.en})",
        f"{_SAID_AGAIN.vi}: {before.printed.text} ({before.message.vi})",
    )
    return _as_printed_before(sentence, figure, said, _SAID_AGAIN, "said_again")


def _as_printed_before(
    sentence: Sentence, figure: Figure, said: Bilingual, label: Bilingual, template: str
) -> Claim:
    """``figure`` judged against itself, as printed before: consistent, ``said`` saying where (a bound, as
    the values it stands for: "hơn 47.000 tỷ đồng" said again)."""
    value = figure.readings[0].value
    low, high = (value, value) if figure.qualifier is None else figure.bounds(figure.readings[0])
    reading = Recomputation(value, low, high, said, label)
    at = sentence.at(figure)
    claim = judged_claim(
        sentence, (at, at + len(figure.placeholder)), template, [(Role.ACTUAL, figure)], [reading]
    )
    return dataclasses.replace(claim, start=figure.start, end=figure.end)


_COUNT_SAID_AGAIN = Bilingual("The text printed this figure before", "Văn bản đã nêu số này ở trên")


def count_said_again(sentence: Sentence, figure: Figure, before: Figure) -> Claim:
    """A count or an amount printed again further on as it was, counting the same thing ("kết nạp 2.892
    đảng viên … (chiếm 53,32% so với tổng số 2.892 đảng viên …)", "174/199 vụ" after "xảy ra 199 vụ"):
    consistent with itself. A figure printed differently is not judged — it may be another one."""
    said = Bilingual(
        f"{_COUNT_SAID_AGAIN.en}: {before.text} {before.noun}",
        f"{_COUNT_SAID_AGAIN.vi}: {before.text} {before.noun}",
    )
    return _as_printed_before(sentence, figure, said, _COUNT_SAID_AGAIN, "count_said_again")


_COUNT_OF_THE_BODY = Bilingual(
    "The title repeats the figure of the text", "Tiêu đề nhắc lại số liệu trong bài"
)


def count_of_the_body_in_the_title(title: Sentence, figure: Figure, body: Sentence) -> Claim:
    """A count or an amount of the title that the body prints again with the same noun ("Cả nước huy động
    được 621.324 tỷ đồng xây dựng nông thôn mới" over "… huy động được khoảng 621.324 tỷ đồng từ các nguồn
    lực …", n1333): the title's claim, consistent with the body, the body's sentence quoted."""
    quote = body.text.strip()
    quote = quote if len(quote) <= 120 else quote[:117] + "…"
    said = Bilingual(f"{_COUNT_OF_THE_BODY.en}: “{quote}”", f"{_COUNT_OF_THE_BODY.vi}: “{quote}”")
    return _as_printed_before(title, figure, said, _COUNT_OF_THE_BODY, "repeated_in_the_headline")


def worth_saying_again_as_a_count(sentence: Sentence, figure: Figure, bounded: bool = False) -> bool:
    """Whether a count or an amount is distinct enough that printing it again with the same noun means the
    same figure: three significant digits or more, or two outside a fraction ("74 đơn", not "20 người") or
    as this period's count after its change ("tăng 13 vụ (51/38)"), a noun, no bound, not a change, a period
    or a year."""
    digits = _significant_digits(figure)
    if figure.kind not in (FigureKind.COUNT, FigureKind.AMOUNT):
        return False
    if figure.qualifier is not None and not (bounded and digits >= 3):
        return False  # (``bounded``: "khoảng 621.324 tỷ đồng" is that figure, "hơn 50 tỷ" a bound of many)
    # two digits only outside a fraction: "hoàn thành 21/21 chương trình" is what was done, all of them
    if digits < 2 or (
        digits == 2 and _in_fraction(sentence, figure) and _change_of_a_pair(sentence, figure) is None
    ):
        return False
    return (
        bool(noun_said_again(sentence, figure))
        and not _is_a_period(figure)
        and not _is_change(sentence, figure)
    )


def _significant_digits(figure: Figure) -> int:
    """How many digits a figure is printed with, its leading and trailing zeros left out: "47.000 tỷ" 2,
    "221,562 tỷ" 6, "05" 1."""
    return len("".join(c for c in figure.text if c.isdigit()).strip("0"))


def noun_said_again(sentence: Sentence, figure: Figure) -> str:
    """What a count printed again counts: its noun, or that of the change it follows as this period's
    count ("tăng 13 vụ (51/38)": 51 vụ)."""
    if figure.noun:
        return figure.noun
    change = _change_of_a_pair(sentence, figure)
    return "" if change is None else change.noun


_PAIR_AFTER_A_CHANGE = re.compile(r"^(?: [^\W\d_]+){0,4} ?\( ?$")


def _change_of_a_pair(sentence: Sentence, figure: Figure) -> Figure | None:
    """The change a "(51/38)" follows, this period's count over the last's, when ``figure`` is its first."""
    if figure.index == 0 or figure.index + 1 >= len(sentence.figures):
        return None
    at = sentence.at(figure)
    if "(" not in sentence.skeleton[max(0, at - 2) : at]:
        return None  # the pair opens a bracket: most figures are nothing of the kind, told at once
    change, previous = sentence.figures[figure.index - 1], sentence.figures[figure.index + 1]
    end = sentence.at(previous)
    between = sentence.skeleton[sentence.at(change) + len(change.placeholder) : at]
    if (
        not _is_change(sentence, change)
        or change.kind != FigureKind.COUNT
        or not re.fullmatch(r" ?/ ?", sentence.skeleton[at + len(figure.placeholder) : end])
        or not _PAIR_AFTER_A_CHANGE.match(between)
    ):
        return None
    return change


_RATE_SAID_AGAIN = Bilingual("The text printed this rate before", "Văn bản đã nêu tỷ lệ này ở trên")


def rate_said_again(sentence: Sentence, figure: Figure, before: Sentence) -> Claim:
    """A precise rate printed again further on as it was, said the same way ("thấp hơn 1,89% so với năm
    2021" in the opening and in the body, "giảm 1,89%" after it), where no reading recomputes either:
    consistent with itself, the sentence before quoted."""
    quote = before.text.strip()
    quote = quote if len(quote) <= 120 else quote[:117] + "…"
    said = Bilingual(f"{_RATE_SAID_AGAIN.en}: “{quote}”", f"{_RATE_SAID_AGAIN.vi}: “{quote}”")
    return _as_printed_before(sentence, figure, said, _RATE_SAID_AGAIN, "said_again")


_RATE_OF_THE_BODY = Bilingual("The title repeats the rate of the text", "Tiêu đề nhắc lại tỷ lệ trong bài")


def rate_of_the_body_in_the_title(title: Sentence, figure: Figure, body: Sentence) -> Claim:
    """A precise rate of the title that the body says again the same way, where no reading recomputes
    either ("Thái Bình: Tỷ lệ tốt nghiệp THPT đạt 99,61%" over "… ở khối THPT đạt tỷ lệ đỗ tốt nghiệp là
    99,61%", n742): the title's claim, consistent with the body, the body's sentence quoted."""
    quote = body.text.strip()
    quote = quote if len(quote) <= 120 else quote[:117] + "…"
    said = Bilingual(f"{_RATE_OF_THE_BODY.en}: “{quote}”", f"{_RATE_OF_THE_BODY.vi}: “{quote}”")
    return _as_printed_before(title, figure, said, _RATE_OF_THE_BODY, "repeated_in_the_headline")


_FALLING_BEFORE = re.compile(r"(?<!\w)(?:giảm|thấp hơn|ít hơn)(?: [^\W\d_]+){0,2} $")
_RISING_BEFORE = re.compile(r"(?<!\w)(?:tăng|cao hơn|nhiều hơn)(?: [^\W\d_]+){0,2} $")


def way_of_a_rate(sentence: Sentence, figure: Figure) -> int:
    """How a rate is said: -1 a fall ("thấp hơn 1,89%"), 1 a rise ("tăng 2,4%"), 0 any other way."""
    at = sentence.at(figure)
    before = sentence.skeleton[max(0, at - 30) : at]
    return -1 if _FALLING_BEFORE.search(before) else 1 if _RISING_BEFORE.search(before) else 0


def worth_saying_again(figure: Figure) -> bool:
    """Whether a rate is precise enough that printing it again means the same rate (three significant
    digits and a decimal: "87,15%", "3,45%"; not "100%" or "50%", which many things are)."""
    digits = "".join(c for c in figure.text if c.isdigit()).lstrip("0")
    return (
        figure.kind == FigureKind.PERCENT
        and figure.qualifier is None
        and figure.readings[0].decimals > 0
        and len(digits) >= 3
    )


def _bound_window(figure: Figure) -> tuple[Decimal, Decimal] | None:
    """The values a figure said with a bound word stands for, to its last printed unit: "hơn 305 ngàn"
    305.000–306.000, "gần 3.700" 3.600–3.700, "khoảng 84%" 83,5–84,5; a count said in thousands rounds
    to its unit ("67 ngàn hộ nghèo": 66.500–67.500, n566); None otherwise."""
    if figure.qualifier is None and figure.kind != FigureKind.PERCENT and figure.scale >= 1000:
        unit = figure.unit(figure.readings[0])
        return figure.value - unit / 2, figure.value + unit / 2
    if figure.qualifier is None or figure.kind not in (
        FigureKind.COUNT,
        FigureKind.AMOUNT,
        FigureKind.PERCENT,
    ):
        return None
    reading = figure.readings[0]
    # "hơn 20%" is 20–21, not 20–30
    unit = figure.unit(reading) if figure.kind == FigureKind.PERCENT else next_round_step(figure, reading)
    value = reading.value
    if figure.qualifier in (Qualifier.ABOVE, Qualifier.AT_LEAST):
        return value, value + unit
    if figure.qualifier in (Qualifier.NEARLY, Qualifier.BELOW, Qualifier.AT_MOST):
        return value - unit, value
    return value - unit / 2, value + unit / 2


RULES: list[Rule] = [
    growth_of_a_whole_from_its_parts,
    rate_between_its_halves,
    fraction_with_share,
    shares_of_two_in_turn,
    change_from_a_bracketed_count,
    change_then_its_difference,
    rate_then_its_plan,
    count_over_count,
    rate_then_its_counts,
    rate_over_its_target,
    named_rate,
    remainder,
    stock_less_its_decrease,
    pair_remainder_in_turn,
    rest_of_a_fraction,
    fractions_over_met_and_short,
    pair_partition,
    shares_of_a_share,
    rates_named_by_their_parts,
    rates_of_a_pair,
    changes_of_a_pair,
    exports_and_imports,
    balance_after_exports_and_imports,
    totals_of_two_nouns_broken_down,  # (before the lists read one noun at a time)
    two_measures_broken_down,
    partition,
    parts_counted_and_measured,
    divisions_after_the_first,
    fractions_of_a_fraction,
    part_share,
    sector_shares,
    grade_shares,
    classified_shares,
    share_of_the_rest,
    shares_making_up_the_whole,
    complementary_pair,
    rest_of_a_rate,
    decisions_for_subjects,
    amount_a_head,
    each_times_their_count,
    worth_of_the_gifts,
    range_of_a_rate,
    percent_of_plan,
    percent_of_a_plan_said_before,
    excess_over_plan,
    increase_over_plan,
    change_and_its_ratio,
    elected_less_the_seats_short,
    change_with_the_previous_in_brackets,
    change_then_the_year_before,
    change_from_the_value_before,
    change_from_then_to,
    change_up_to,
    unchanged_pair,
    a_cut_of_some,
    rate_above_another,
    growth_said_above_another,
    found_recovered_and_other,
    price_of_volume_and_value,
    price_of_a_trade,
    change_vs_previous,
    difference_vs_previous,
    difference_of_a_pair,
    ratio_with_its_difference,
    difference_after_a_ratio,
    ratio_vs_previous,
    change_and_multiple,
    times_a_rate_named,
    times_previous,
    years_of_a_span,
    count_of_names,
    counts_of_two_lists_of_names,
    yield_of_its_area_and_output,
    groups_of_a_list,
    count_of_rated_groups,
    amount_in_words,
    surplus_of_candidates,
]
"""Every rule, most specific first."""
