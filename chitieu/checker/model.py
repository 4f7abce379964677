"""What the claim checker reports: figures as printed, claims, verdicts and coverage."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from chitieu.core.text import Bilingual


class Verdict(StrEnum):
    """How a printed figure compares with the figure recomputed from the text."""

    CONSISTENT = "consistent"
    CONSISTENT_BY_TRUNCATION = "consistent_by_truncation"
    INCONSISTENT = "inconsistent"
    WORDING_CONTRADICTION = "wording_contradiction"
    AMBIGUOUS = "ambiguous"
    NOT_CHECKABLE = "not_checkable"

    @property
    def checked(self) -> bool:
        """Whether a recomputation was actually compared with the text."""
        return self not in (Verdict.AMBIGUOUS, Verdict.NOT_CHECKABLE)

    @property
    def alarm(self) -> bool:
        """Whether a reader should look again at the sentence."""
        return self in (Verdict.INCONSISTENT, Verdict.WORDING_CONTRADICTION)


class Role(StrEnum):
    """What a number stands for inside a claim; the Django side matches claims by role."""

    PART = "part"  # 22 of "22/23 chỉ tiêu"
    TOTAL = "total"  # 23 of "22/23 chỉ tiêu"
    SHARE = "share"  # 95,6% of "chiếm 95,6%"
    ACTUAL = "actual"  # kết quả thực hiện
    PLAN = "plan"  # kế hoạch, chỉ tiêu giao, dự toán
    BASELINE = "baseline"  # số gốc: where a planned reduction starts
    PERCENT_OF_PLAN = "percent_of_plan"  # "đạt 101,43% chỉ tiêu"
    EXCESS = "excess"  # "vượt 5,3% so với chỉ tiêu"
    CURRENT = "current"  # this period's value, compared with a previous one
    PREVIOUS = "previous"  # cùng kỳ, năm trước
    CHANGE = "change"  # "tăng 12,5% so với cùng kỳ"
    RATIO = "ratio"  # "bằng 95% so với cùng kỳ", "gấp 2 lần"
    DIFFERENCE = "difference"  # "tăng 150 vụ", "còn lại 95 vụ"


class FigureKind(StrEnum):
    """What a printed number measures."""

    COUNT = "count"  # a whole number of things: 71 đảng viên, 5043 hồ sơ
    AMOUNT = "amount"  # a measured or rounded quantity: 12,5 tỷ đồng, 3,2 ha
    PERCENT = "percent"  # 95,6%
    POINTS = "points"  # 1,41 điểm %


class Qualifier(StrEnum):
    """A word that turns a figure into a bound or an approximation (hơn, gần, khoảng …)."""

    ABOVE = "above"  # hơn, trên
    BELOW = "below"  # dưới, chưa đến
    AT_LEAST = "at_least"  # từ … trở lên, ít nhất, không dưới
    AT_MOST = "at_most"  # tối đa, không quá
    NEARLY = "nearly"  # gần
    ABOUT = "about"  # khoảng, xấp xỉ


class Slip(StrEnum):
    """The likely cause of an inconsistent figure."""

    TRANSPOSED_DIGITS = "transposed_digits"
    MISTYPED_DIGIT = "mistyped_digit"
    ROUNDING = "rounding"
    DECIMAL_SHIFT = "decimal_shift"
    WRONG_TOTAL = "wrong_total"
    WRONG_PART = "wrong_part"
    COMPLEMENT = "complement"
    INVERTED_RATIO = "inverted_ratio"
    EXCESS_FOR_RATIO = "excess_for_ratio"
    RATIO_FOR_EXCESS = "ratio_for_excess"
    POINTS_FOR_PERCENT = "points_for_percent"
    PERCENT_FOR_POINTS = "percent_for_points"
    SUM_MISMATCH = "sum_mismatch"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ClaimNumber:
    """One number of a claim, with its role and the noun phrase it counts.

    ``value`` is the number as read (scale words applied: "12,5 tỷ" is 12500000000);
    ``decimals`` is how many decimals were printed.
    """

    role: Role
    text: str
    start: int
    end: int
    value: Decimal
    decimals: int
    kind: FigureKind
    noun: str
    qualifier: Qualifier | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (Decimals as strings)."""
        return {
            "role": str(self.role),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": str(self.value),
            "decimals": self.decimals,
            "kind": str(self.kind),
            "noun": self.noun,
            "qualifier": str(self.qualifier) if self.qualifier else None,
        }


@dataclass(frozen=True)
class Recomputation:
    """The figure recomputed from the other numbers, and how it was computed.

    ``value`` is in the unit of the printed figure (a percentage for a percentage).
    ``low``/``high`` bound it when the inputs were themselves rounded (12,5 tỷ).
    """

    value: Decimal
    low: Decimal
    high: Decimal
    formula: Bilingual
    reading: Bilingual


@dataclass(frozen=True)
class Claim:
    """A figure the text asserts, recomputed and judged."""

    template: str
    sentence: str
    sentence_start: int  # where the sentence begins in the original text
    start: int  # the claim's span in the original text
    end: int
    numbers: tuple[ClaimNumber, ...]
    noun: str
    verdict: Verdict
    recomputation: Recomputation | None
    correct: Decimal | None
    slip: Slip | None
    message: Bilingual

    @property
    def quote(self) -> str:
        """The words of the claim, as printed."""
        return self.sentence[self.start - self.sentence_start : self.end - self.sentence_start]

    @property
    def printed(self) -> ClaimNumber:
        """The number being checked (the share, the percentage of plan, the total …)."""
        return self.numbers[-1]

    def number(self, role: Role) -> ClaimNumber | None:
        """The first number with ``role``, if any."""
        return next((n for n in self.numbers if n.role == role), None)

    def explanation(self, lang: str = "vi") -> str:
        """Why the verdict is what it is, in Vietnamese (``"vi"``) or English (``"en"``)."""
        return self.message.get(lang)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (Decimals as strings), with explanations in both languages."""
        recomputation: dict[str, object] | None = None
        if self.recomputation is not None:
            recomputation = {
                "value": str(self.recomputation.value),
                "low": str(self.recomputation.low),
                "high": str(self.recomputation.high),
                "formula": self.recomputation.formula.en,
                "reading": self.recomputation.reading.en,
            }
        return {
            "template": self.template,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "noun": self.noun,
            "numbers": [number.to_dict() for number in self.numbers],
            "verdict": str(self.verdict),
            "recomputation": recomputation,
            "correct": None if self.correct is None else str(self.correct),
            "slip": None if self.slip is None else str(self.slip),
            "explanation": {"vi": self.message.vi, "en": self.message.en},
        }


@dataclass(frozen=True)
class Coverage:
    """How much of the text the checker read and understood."""

    sentences: int
    numbers: int
    claims_recognised: int
    claims_checked: int

    def to_dict(self) -> dict[str, int]:
        """A JSON-ready dict."""
        return {
            "sentences": self.sentences,
            "numbers": self.numbers,
            "claims_recognised": self.claims_recognised,
            "claims_checked": self.claims_checked,
        }


@dataclass(frozen=True)
class CheckReport:
    """Every claim found in a text, in text order, and the coverage of the run."""

    claims: list[Claim]
    coverage: Coverage

    def with_verdict(self, verdict: Verdict) -> list[Claim]:
        """The claims with ``verdict``."""
        return [claim for claim in self.claims if claim.verdict == verdict]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (Decimals as strings)."""
        return {
            "claims": [claim.to_dict() for claim in self.claims],
            "coverage": self.coverage.to_dict(),
        }
