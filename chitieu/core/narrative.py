"""The narrative of a report, written from the evaluation in the words such reports use.

Every sentence here states figures the data holds, nothing more: "Kết nạp đảng viên mới:
71/70 đảng viên, đạt 101,43% kế hoạch năm". Where a report needs human judgement (causes,
directions), the caller gets the facts to pre-fill a place to write, never invented prose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from chitieu.core.evaluation import HUNDRED, Direction, Pace, Status
from chitieu.core.numbers import Notation, Rounding, format_number, format_percent
from chitieu.core.text import language_of


@dataclass(frozen=True)
class TargetFacts:
    """What the narrative needs to know about one evaluated target, in the report's language."""

    name: str
    unit_of_measure: str
    direction: Direction
    status: Status
    plan: Decimal | None
    result: Decimal | None
    percent: Decimal | None
    decimals: int = 0
    percent_decimals: int = 2
    rounding: Rounding = Rounding.HALF_UP
    estimated: bool = False
    plan_high: Decimal | None = None
    baseline: Decimal | None = None
    previous: Decimal | None = None  # the same period last year
    pace: Pace | None = None
    expected_percent: Decimal | None = None


class Writer:
    """Formats figures and words in one language (``vi`` or ``en``)."""

    def __init__(self, lang: str) -> None:
        self.vi = language_of(lang) == "vi"
        self.notation = Notation.for_language(lang)

    def t(self, en: str, vi: str) -> str:
        return en if not self.vi else vi

    def number(self, value: Decimal, decimals: int = 0, rounding: Rounding = Rounding.HALF_UP) -> str:
        return format_number(value, decimals, rounding, self.notation)

    def percent(self, value: Decimal, decimals: int = 1, rounding: Rounding = Rounding.HALF_UP) -> str:
        return format_percent(value, decimals, rounding, self.notation)

    def amount(self, facts: TargetFacts, value: Decimal) -> str:
        shown = self.number(value, facts.decimals, facts.rounding)
        uom = facts.unit_of_measure
        return f"{shown}%" if uom == "%" else f"{shown} {uom}"


def _uom_suffix(facts: TargetFacts) -> str:
    return "" if facts.unit_of_measure == "%" else f" {facts.unit_of_measure}"


def target_sentence(facts: TargetFacts, lang: str = "vi") -> str:
    """One target's result as a report states it; estimates are said to be estimates."""
    w = Writer(lang)
    if facts.result is None:
        return f"{facts.name}: " + w.t("no data yet", "chưa có số liệu")
    estimate = w.t("estimated ", "ước ") if facts.estimated else ""
    result = w.number(facts.result, facts.decimals, facts.rounding)
    pct = (
        w.percent(facts.percent, facts.percent_decimals, facts.rounding)
        if facts.percent is not None
        else None
    )
    reached = "ước đạt" if facts.estimated else "đạt"
    share_en = "an estimated " if facts.estimated else ""
    if facts.direction == Direction.INCREASE and facts.plan is not None and pct is not None:
        plan = w.number(facts.plan, facts.decimals, facts.rounding)
        text = f"{facts.name}: {estimate}{result}/{plan}{_uom_suffix(facts)}, "
        text += w.t(f"{share_en}{pct} of the annual plan", f"{reached} {pct} kế hoạch năm")
        if facts.status == Status.EXCEEDED and facts.percent is not None:
            excess = w.percent(facts.percent - HUNDRED, facts.percent_decimals, facts.rounding)
            text += w.t(f", {excess} above the target", f", vượt {excess} so với chỉ tiêu năm")
        elif facts.status == Status.NOT_MET and facts.plan > facts.result:
            text += w.t(", short by ", ", còn thiếu ") + w.amount(facts, facts.plan - facts.result)
    elif (
        facts.direction == Direction.DECREASE
        and facts.plan is not None
        and facts.baseline is not None
        and facts.status != Status.IN_PROGRESS
    ):
        # a reduction is said as one: down by so much from the baseline, against the cut planned
        # (while the year runs, part of a year is not compared with a whole year's baseline)
        plan = w.amount(facts, facts.plan)
        baseline = w.amount(facts, facts.baseline)
        text = f"{facts.name}: {estimate}{w.amount(facts, facts.result)}, "
        change = facts.baseline - facts.result
        planned_cut = w.amount(facts, facts.baseline - facts.plan)
        if change >= 0:
            text += w.t(
                f"down {w.amount(facts, change)} from the baseline of {baseline}",
                f"giảm {w.amount(facts, change)} so với số gốc {baseline}",
            )
        else:
            text += w.t(
                f"up {w.amount(facts, -change)} on the baseline of {baseline}",
                f"tăng {w.amount(facts, -change)} so với số gốc {baseline}",
            )
        text += w.t(
            f" (planned: down {planned_cut}, to {plan})", f" (kế hoạch giảm {planned_cut}, còn {plan})"
        )
        if pct is not None:
            text += w.t(f", {share_en}{pct} of the planned reduction", f", {reached} {pct} mức giảm kế hoạch")
        text += ", " + _status_word(facts, w)
    elif facts.direction == Direction.DECREASE and facts.plan is not None:
        plan = w.amount(facts, facts.plan)
        text = f"{facts.name}: {estimate}{w.amount(facts, facts.result)} "
        if facts.baseline is not None:
            baseline = w.amount(facts, facts.baseline)
            text += w.t(
                f"(baseline {baseline}, planned down to {plan} for the year)",
                f"(số gốc {baseline}, kế hoạch cả năm giảm còn {plan})",
            )
        else:
            text += w.t(f"(target {plan})", f"(kế hoạch {plan})")
        if pct is not None:
            text += w.t(f", {share_en}{pct} of plan", f", {reached} {pct} kế hoạch")
        text += ", " + _status_word(facts, w)
    else:
        text = f"{facts.name}: {estimate}{w.amount(facts, facts.result)}"
        text += f" ({_plan_phrase(facts, w)})" if facts.plan is not None else ""
        text += ", " + _status_word(facts, w)
    return text + _compared_with_last_year(facts, w)


def plan_sentence(facts: TargetFacts, lang: str = "vi") -> str:
    """A target planned for a year ahead, as the closing section of a report lists it:
    "Giải quyết việc làm: 300.000 lao động", "Tỷ lệ hộ nghèo: giảm còn 0,5%"."""
    return f"{facts.name}: {plan_phrase(facts, lang)}" if facts.plan is not None else facts.name


def plan_phrase(facts: TargetFacts, lang: str = "vi") -> str:
    """The plan alone, worded by its direction: "300.000 lao động", "giảm còn 0,5%", "tối đa 4,0%"."""
    w = Writer(lang)
    if facts.plan is None:
        return ""
    plan = w.amount(facts, facts.plan)
    match facts.direction:
        case Direction.DECREASE:
            return w.t(f"down to {plan}", f"giảm còn {plan}")
        case Direction.AT_LEAST:
            return w.t(f"at least {plan}", f"tối thiểu {plan}")
        case Direction.AT_MOST:
            return w.t(f"at most {plan}", f"tối đa {plan}")
        case Direction.BETWEEN if facts.plan_high is not None:
            high = w.amount(facts, facts.plan_high)
            return w.t(f"{plan} to {high}", f"từ {plan} đến {high}")
        case Direction.YES_NO:
            return w.t("done", "hoàn thành")
    return plan


def _plan_phrase(facts: TargetFacts, w: Writer) -> str:
    assert facts.plan is not None
    plan = w.amount(facts, facts.plan)
    match facts.direction:
        case Direction.AT_LEAST:
            return w.t(f"target ≥ {plan}", f"kế hoạch ≥ {plan}")
        case Direction.AT_MOST:
            return w.t(f"target ≤ {plan}", f"kế hoạch ≤ {plan}")
        case Direction.BETWEEN if facts.plan_high is not None:
            high = w.amount(facts, facts.plan_high)
            return w.t(f"target {plan} to {high}", f"kế hoạch từ {plan} đến {high}")
        case Direction.YES_NO:
            return w.t("target: done", "kế hoạch: hoàn thành")
    return w.t(f"target {plan}", f"kế hoạch {plan}")


def _status_word(facts: TargetFacts, w: Writer) -> str:
    words = {
        Status.EXCEEDED: ("vượt kế hoạch", "above target"),
        Status.MET: ("đạt kế hoạch", "target met"),
        Status.NOT_MET: ("chưa đạt kế hoạch", "target not met"),
        Status.IN_PROGRESS: ("đang thực hiện", "in progress"),
        Status.NO_DATA: ("chưa có số liệu", "no data"),
        Status.NOT_EVALUABLE: ("không đánh giá được", "cannot be evaluated"),
    }
    vi, en = words[facts.status]
    if facts.estimated and facts.status in (Status.EXCEEDED, Status.MET, Status.NOT_MET):
        return w.t(f"{en} (estimate)", f"ước {vi}")
    return w.t(en, vi)


def _compared_with_last_year(facts: TargetFacts, w: Writer) -> str:
    """ ", tăng 5,2% so với cùng kỳ" when last year's figure is known (a ratio, not points, for rates)."""
    if facts.previous is None or facts.result is None or facts.previous == 0:
        return ""
    if facts.unit_of_measure == "%":
        points = facts.result - facts.previous
        if points == 0:
            return w.t(", the same as a year earlier", ", bằng cùng kỳ")
        shown = w.number(abs(points), max(facts.decimals, 1), facts.rounding)
        word = w.t("up" if points > 0 else "down", "tăng" if points > 0 else "giảm")
        return w.t(f", {word} {shown} points on a year earlier", f", {word} {shown} điểm % so với cùng kỳ")
    change = (facts.result / facts.previous - 1) * HUNDRED
    if change == 0:
        return w.t(", the same as a year earlier", ", bằng cùng kỳ")
    shown = w.percent(abs(change), 1)
    word = w.t("up" if change > 0 else "down", "tăng" if change > 0 else "giảm")
    return w.t(f", {word} {shown} on a year earlier", f", {word} {shown} so với cùng kỳ")


def notable(facts: Sequence[TargetFacts], limit: int = 6) -> list[TargetFacts]:
    """Tiêu biểu: the targets exceeded by the widest margin (flows with a % of plan)."""
    exceeded = [f for f in facts if f.status == Status.EXCEEDED and f.percent is not None]
    return sorted(exceeded, key=lambda f: f.percent or Decimal(0), reverse=True)[:limit]


def shortfall_facts(facts: Sequence[TargetFacts], lang: str = "vi") -> list[str]:
    """The facts behind "hạn chế": targets not met and targets behind pace, as short phrases."""
    w = Writer(lang)
    phrases = [target_sentence(f, lang) for f in facts if f.status == Status.NOT_MET]
    for f in facts:
        if f.status == Status.IN_PROGRESS and f.pace == Pace.BEHIND and f.percent is not None:
            expected = w.percent(f.expected_percent or Decimal(0), 1)
            phrases.append(
                w.t(
                    f"{f.name}: {w.percent(f.percent, 1)} of the annual plan so far (expected {expected})",
                    f"{f.name}: mới đạt {w.percent(f.percent, 1)} kế hoạch năm (tiến độ cần đạt {expected})",
                )
            )
    return phrases
