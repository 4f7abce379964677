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
    def fits(self) -> bool:
        """Whether the recomputation gives the printed figure (rounded, or cut)."""
        return self in (Verdict.CONSISTENT, Verdict.CONSISTENT_BY_TRUNCATION)

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
    WRONG_NOUN = "wrong_noun"
    COPIED = "copied"
    UNKNOWN = "unknown"

    @property
    def of_the_hand(self) -> bool:
        """A slip in writing the figure itself (a digit, its rounding, the decimal point), not in what was
        computed: the figures it was computed from are still the right ones."""
        return self in (
            Slip.TRANSPOSED_DIGITS,
            Slip.MISTYPED_DIGIT,
            Slip.DECIMAL_SHIFT,
            Slip.ROUNDING,
        )


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
class Evidence:
    """What a verdict rests on, for its confidence (see :attr:`Claim.confidence`).

    ``together``: every number of the claim is printed in its own sentence (not a whole found in a
    sentence before, or a part in one after); ``natural``: the reading that fits is the text's first
    one (not another base, another notation or points for a percent); ``exact``: the recomputed value
    itself rounds to the printed figure (not only once the rounding of the inputs is allowed for);
    ``bound``: the printed figure has a bound word ("hơn", "gần"); ``distance``: how far the printed
    figure is from every value the recomputation allows, in units of its last printed digit (0 when it
    fits); ``searched``: its inputs are a pair of figures found near it that give it, not ones its words
    name.
    """

    together: bool
    natural: bool
    exact: bool
    bound: bool
    distance: Decimal | None = None
    searched: bool = False


class Level(StrEnum):
    """How far a verdict can be trusted."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


_LEVEL_WORDS = {
    Level.HIGH: ("high", "cao"),
    Level.MEDIUM: ("medium", "trung bình"),
    Level.LOW: ("low", "thấp"),
}


@dataclass(frozen=True)
class Confidence:
    """A verdict's confidence: a score from 0 to 1, its level, and why."""

    score: Decimal
    level: Level
    why: Bilingual

    def words(self, lang: str = "vi") -> str:
        """The level as a reader would say it ("cao", "trung bình", "thấp")."""
        en, vi = _LEVEL_WORDS[self.level]
        return Bilingual(en, vi).get(lang)

    def to_dict(self) -> dict[str, str]:
        """A JSON-ready dict."""
        return {
            "score": str(self.score),
            "level": str(self.level),
            "why_vi": self.why.vi,
            "why_en": self.why.en,
        }


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
    evidence: Evidence | None = None

    @property
    def confidence(self) -> Confidence | None:
        """How far the verdict can be trusted: high when every number is printed with the claim and the
        text's own reading gives (or misses by far) the printed figure; lower when the whole was found in
        another sentence, another reading was needed, the fit rests on the rounding of the inputs or a
        truncation, or a slip is within a hair of the printed figure. None when nothing was recomputed.

        The levels are measured against the labelled real texts (``python -m chitieu.checker.measure``)."""
        if self.verdict == Verdict.NOT_CHECKABLE:
            return None
        reasons: list[Bilingual] = []
        evidence = self.evidence
        if self.verdict == Verdict.AMBIGUOUS or evidence is None:
            score = Decimal("0.3")
            reasons.append(Bilingual("several readings, not one", "có nhiều cách hiểu, không chỉ một"))
        else:
            score = Decimal("0.95")
            if not evidence.together:
                score -= Decimal("0.2")
                reasons.append(Bilingual("a number found in another sentence", "có số liệu lấy từ câu khác"))
            if self.verdict.alarm:
                if evidence.distance is not None and evidence.distance <= 1:
                    score -= Decimal("0.2")
                    reasons.append(
                        Bilingual("off by one in the last digit", "chỉ lệch một đơn vị ở chữ số cuối")
                    )
                elif evidence.distance is not None and evidence.distance < 5:
                    score -= Decimal("0.1")
                    reasons.append(
                        Bilingual("off by a few units of the last digit", "lệch vài đơn vị ở chữ số cuối")
                    )
            else:
                if evidence.searched:
                    score -= Decimal("0.15")
                    reasons.append(
                        Bilingual(
                            "a pair of figures found near it, not named by its words",
                            "cặp số tìm thấy gần đó, không phải số mà câu văn chỉ rõ",
                        )
                    )
                if not evidence.natural:
                    score -= Decimal("0.1")
                    reasons.append(
                        Bilingual("another reading of the text", "phải hiểu văn bản theo cách khác")
                    )
                if not evidence.exact:
                    score -= Decimal("0.1")
                    reasons.append(
                        Bilingual("fits only within the inputs' rounding", "chỉ khớp nhờ làm tròn đầu vào")
                    )
                if self.verdict == Verdict.CONSISTENT_BY_TRUNCATION:
                    score -= Decimal("0.15")
                    reasons.append(
                        Bilingual("fits only if cut, not rounded", "chỉ khớp khi cắt bớt, không làm tròn")
                    )
                if evidence.bound:
                    score -= Decimal("0.1")
                    reasons.append(Bilingual("a bound word, not a figure", "số liệu kèm từ ước lượng"))
        level = (
            Level.HIGH if score >= Decimal("0.85") else Level.MEDIUM if score >= Decimal("0.6") else Level.LOW
        )
        if not reasons:
            reasons.append(
                Bilingual(
                    "every number printed with the claim, read as written",
                    "mọi số liệu nằm ngay trong câu, đọc đúng như viết",
                )
            )
        why = Bilingual("; ".join(r.en for r in reasons), "; ".join(r.vi for r in reasons))
        return Confidence(score, level, why)

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
            "confidence": None if (confidence := self.confidence) is None else confidence.to_dict(),
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
