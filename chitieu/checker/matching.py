"""Against the data: match the figures of a report to stored indicators and work items, and compare.

Pure, like the rest of the checker: the Django side turns a unit's scorecard into :class:`Fact`
objects and passes them in. This module finds what the text *states* — the checker's claims,
plus bare fractions and counts such as "hoàn thành 21/21 chương trình công tác" or "hiện có
1.218 đồng chí" — matches each statement to at most one fact, and compares the printed numbers
with the stored ones: "văn bản ghi 72 (thực hiện), số liệu ghi 71".

Matching is deliberately conservative, because a false match is worse than none. A statement
is first narrowed to the facts its noun allows (a count of "đảng viên" is never a count of
"hộ"; "chương trình" is a work-item kind, "chỉ tiêu" a count of targets). Among those, a fact
named in the report is chosen only when the words of its name are found around the figure
(:data:`MATCH_THRESHOLD`) and clearly better than any other (:data:`MATCH_MARGIN`). A sentence
that names another year than the period's is not compared at all.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from chitieu.checker.check import render_text
from chitieu.checker.judge import show
from chitieu.checker.model import CheckReport, ClaimNumber, FigureKind, Qualifier, Role
from chitieu.checker.tokens import Document, Figure, read_document, read_sentences
from chitieu.core.numbers import Rounding, round_decimal
from chitieu.core.text import Bilingual, language_of
from chitieu.core.workitems import WorkItemKind

MATCH_THRESHOLD = 0.6  # share of a name's words (and word pairs) found around the figure
MATCH_MARGIN = 0.15  # how much better than the runner-up a match must be
HUNDRED = Decimal(100)


class FactKind(StrEnum):
    """What a stored figure is about."""

    INDICATOR = "indicator"  # one target: plan, result, % of plan
    WORK_ITEMS = "work_items"  # work items of one kind: done / registered
    TARGET_COUNT = "target_count"  # all the unit's targets: met or exceeded / all
    GROUP_COUNT = "group_count"  # the targets of one indicator group
    UNIT_COUNT = "unit_count"  # the targets of one unit below, or of all of them together


class DataVerdict(StrEnum):
    """How a statement of the text compares with the stored figures."""

    AGREE = "agree"
    DISAGREE = "disagree"
    NO_MATCH = "no_match"  # no clear fact to compare with
    NO_DATA = "no_data"  # the fact is known but holds no figure for what the text states
    OTHER_PERIOD = "other_period"  # the sentence is about another year

    def label(self, lang: str = "vi") -> str:
        """The verdict as a reader would say it."""
        return _VERDICT_LABELS[self].get(lang)


_VERDICT_LABELS = {
    DataVerdict.AGREE: Bilingual("agrees with the data", "khớp số liệu"),
    DataVerdict.DISAGREE: Bilingual("DIFFERS FROM THE DATA", "KHÁC SỐ LIỆU"),
    DataVerdict.NO_MATCH: Bilingual("no match in the data", "không xác định được trong số liệu"),
    DataVerdict.NO_DATA: Bilingual("no stored figure", "chưa có số liệu"),
    DataVerdict.OTHER_PERIOD: Bilingual("another period", "kỳ khác"),
}

# What a stored figure is called in a message.
_FIGURE_LABELS = {
    "actual": Bilingual("result", "thực hiện"),
    "plan": Bilingual("plan", "kế hoạch"),
    "baseline": Bilingual("baseline", "số gốc"),
    "percent_of_plan": Bilingual("% of plan", "% kế hoạch"),
    "excess": Bilingual("excess over plan", "vượt kế hoạch"),
    "done": Bilingual("done", "hoàn thành"),
    "total": Bilingual("total", "tổng số"),
    "share": Bilingual("share", "tỷ lệ"),
    "met_or_exceeded": Bilingual("met or exceeded", "đạt và vượt"),
    "exceeded": Bilingual("exceeded", "vượt"),
}

# The nouns a report counts work items in, per kind.
WORK_ITEM_NOUNS: dict[WorkItemKind, tuple[str, ...]] = {
    WorkItemKind.PROGRAM: ("chương trình",),
    WorkItemKind.TASK: ("nhiệm vụ",),
    WorkItemKind.SUBMISSION: ("nội dung", "tờ trình"),
    WorkItemKind.SCHEME: ("đề án",),
    WorkItemKind.RESOLUTION: ("nghị quyết",),
}
TARGET_NOUNS = ("chỉ tiêu",)
_OTHER_THINGS = TARGET_NOUNS + tuple(noun for nouns in WORK_ITEM_NOUNS.values() for noun in nouns)
# Ways of counting people that name the same unit of measure.
_PEOPLE = ("người", "lượt người", "người lao động", "lao động")
_SCALES = {
    "nghìn": Decimal(10) ** 3,
    "ngàn": Decimal(10) ** 3,
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
}
_SCALE_WORDS = {
    Decimal(10) ** 3: Bilingual("thousand", "nghìn"),
    Decimal(10) ** 6: Bilingual("million", "triệu"),
    Decimal(10) ** 9: Bilingual("billion", "tỷ"),
    Decimal(10) ** 12: Bilingual("trillion", "nghìn tỷ"),
}
# Words that carry no meaning when matching a name.
_FUNCTION_WORDS = frozenset(
    "của cho được trong năm có và các những là đã với theo tại ở về từ đến này đó thì mà".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Fact:
    """A stored figure a report may state: a target's plan and result, a count of work items or targets.

    ``figures`` holds the stored numbers by name ("actual", "plan", "baseline",
    "percent_of_plan", "done", "total", "met_or_exceeded", "exceeded"); a missing name is
    unknown, never zero.
    """

    kind: FactKind
    key: str  # the indicator code, the work-item kind, the group code, or "all"
    name: Bilingual  # how a message names it
    names: tuple[str, ...] = ()  # how a report may name it (Vietnamese)
    nouns: tuple[str, ...] = ()  # for work items: the nouns a report counts them in
    figures: dict[str, Decimal] = field(default_factory=dict)
    unit_of_measure: str = ""
    is_rate: bool = False  # the result is itself a percentage
    estimated: bool = False  # the result is an estimate (ước thực hiện)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (Decimals as strings)."""
        return {
            "kind": str(self.kind),
            "key": self.key,
            "name": {"vi": self.name.vi, "en": self.name.en},
            "unit_of_measure": self.unit_of_measure,
            "figures": {name: _plain(value) for name, value in self.figures.items()},
            "estimated": self.estimated,
        }


@dataclass(frozen=True)
class DataScope:
    """Whose data the text was compared with: a unit, a period, and the day the figures were taken."""

    unit_code: str
    unit_name: Bilingual
    period_id: str
    year: int
    as_of: date

    def to_dict(self) -> dict[str, object]:
        return {
            "unit": self.unit_code,
            "unit_name": {"vi": self.unit_name.vi, "en": self.unit_name.en},
            "period": self.period_id,
            "year": self.year,
            "as_of": self.as_of.isoformat(),
        }


@dataclass(frozen=True)
class Statement:
    """Figures the text states about one thing: a checker claim, or a bare fraction or count.

    Offsets are into the original text. ``context`` is the phrase the figures stand in (the
    words a name is looked for in); ``claim`` is the index of the checker claim, if any.
    """

    start: int
    end: int
    quote: str
    numbers: tuple[ClaimNumber, ...]
    noun: str
    context: str
    wording: str  # the comma-phrase of the figures ("đã thực hiện vượt kế hoạch 4/4 chỉ tiêu …")
    claim: int | None
    years: tuple[int, ...]  # the years the sentence names

    def to_dict(self) -> dict[str, object]:
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "noun": self.noun,
            "numbers": [number.to_dict() for number in self.numbers],
            "claim": self.claim,
        }


@dataclass(frozen=True)
class Comparison:
    """One printed number against the stored figure it states."""

    number: ClaimNumber
    figure: str  # which stored figure ("actual", "plan", "share" …)
    stored: Decimal | None
    agrees: bool | None  # None when nothing is stored
    by_truncation: bool = False  # agrees only when the stored figure is truncated, not rounded

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.number.text,
            "role": str(self.number.role),
            "printed": _plain(self.number.value),
            "figure": self.figure,
            "stored": None if self.stored is None else _plain(self.stored),
            "agrees": self.agrees,
            "by_truncation": self.by_truncation,
        }


@dataclass(frozen=True)
class DataMatch:
    """A statement of the text, the fact it was matched to, and how the two compare."""

    statement: Statement
    verdict: DataVerdict
    fact: Fact | None
    score: float
    comparisons: tuple[Comparison, ...]
    message: Bilingual
    candidates: tuple[Fact, ...] = ()  # the facts that came close when there is no clear match

    def explanation(self, lang: str = "vi") -> str:
        return self.message.get(lang)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict, with the explanation in both languages."""
        return {
            "statement": self.statement.to_dict(),
            "verdict": str(self.verdict),
            "fact": None if self.fact is None else self.fact.to_dict(),
            "score": round(self.score, 3),
            "comparisons": [comparison.to_dict() for comparison in self.comparisons],
            "candidates": [fact.key for fact in self.candidates],
            "explanation": {"vi": self.message.vi, "en": self.message.en},
        }


@dataclass(frozen=True)
class DataCheck:
    """A report checked on its own and, when a unit and a period were given, against their data."""

    report: CheckReport
    scope: DataScope | None = None
    matches: list[DataMatch] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        """How many statements fall under each data verdict."""
        tally = Counter(match.verdict for match in self.matches)
        return {verdict.value: tally[verdict] for verdict in DataVerdict}

    def to_dict(self) -> dict[str, object]:
        """The report's claims and coverage, then the comparison with the data (None without a unit)."""
        data: dict[str, object] | None = None
        if self.scope is not None:
            data = {
                **self.scope.to_dict(),
                "summary": self.summary(),
                "matches": [match.to_dict() for match in self.matches],
            }
        return {**self.report.to_dict(), "data": data}

    def render_text(self, lang: str = "vi") -> str:
        """Plain text: the checker's findings, then one paragraph per statement compared with the data."""
        text = render_text(self.report, lang)
        if self.scope is None:
            return text
        scope, vi = self.scope, language_of(lang) == "vi"
        unit = f"{scope.unit_code} — {scope.unit_name.get(lang)}"
        day = f"{scope.as_of:%d/%m/%Y}"
        heading = (
            f"Đối chiếu với số liệu của {unit}, kỳ {scope.period_id} (số liệu đến ngày {day}):"
            if vi
            else f"Compared with the data of {unit}, period {scope.period_id} (as of {day}):"
        )
        lines = [text, "", heading]
        for number, match in enumerate(self.matches, start=1):
            lines.append(f"{number}. [{match.verdict.label(lang)}] “{match.statement.quote}”")
            lines.append(f"   {match.explanation(lang)}")
        summary = self.summary()
        always = (DataVerdict.AGREE, DataVerdict.DISAGREE)
        counts = ", ".join(
            f"{verdict.label(lang)}: {summary[verdict]}"
            for verdict in DataVerdict
            if verdict in always or summary[verdict]
        )
        lines.append(("Tổng hợp: " if vi else "Summary: ") + counts + ".")
        return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Statements: what the text states.


def find_statements(text: str, report: CheckReport) -> list[Statement]:
    """The checker's claims, and the bare fractions and counts outside them, in text order."""
    document = read_document(text)
    statements: list[Statement] = []
    claims = list(enumerate(report.claims))  # in text order, like the sentences
    next_claim = 0
    for sentence in read_sentences(document):
        start, end = document.original_span(sentence.start, sentence.end)
        while next_claim < len(claims) and claims[next_claim][1].start < start:
            next_claim += 1
        first = next_claim
        while next_claim < len(claims) and claims[next_claim][1].start < end:
            next_claim += 1
        inside = claims[first:next_claim]
        taken = {(n.start, n.end) for _, claim in inside for n in claim.numbers}
        pieces: list[tuple[int, int, tuple[ClaimNumber, ...], str, int | None]] = [
            (claim.start, claim.end, claim.numbers, claim.noun, index) for index, claim in inside
        ]
        pieces += _bare_statements(sentence.figures, document, taken)
        pieces.sort(key=lambda piece: piece[0])
        years = _years(text[start:end])
        previous_end = start
        for piece_start, piece_end, numbers, noun, claim in pieces:
            context, wording = _context(text, max(start, previous_end), piece_start, piece_end, end)
            quote = text[piece_start:piece_end]
            statements.append(
                Statement(piece_start, piece_end, quote, numbers, noun, context, wording, claim, years)
            )
            previous_end = max(previous_end, piece_end)
    return statements


def _bare_statements(
    figures: Sequence[Figure], document: Document, taken: set[tuple[int, int]]
) -> list[tuple[int, int, tuple[ClaimNumber, ...], str, int | None]]:
    """What no claim covers: fractions ("21/21 chương trình"), counts ("1.218 đồng chí"), percentages.

    Each comes with its span in the original text, noun included.
    """
    spans = {f.index: document.original_span(f.start, f.end) for f in figures}
    free = [f for f in figures if spans[f.index] not in taken]
    found: list[tuple[int, int, tuple[ClaimNumber, ...], str, int | None]] = []
    skip: set[int] = set()
    for figure in free:
        if figure.index in skip:
            continue
        following = next((f for f in free if f.index == figure.index + 1), None)
        start, end = spans[figure.index]
        if following is not None and _joined_by_slash(figure, following, document):
            total_start, total_end = spans[following.index]
            numbers = (
                _number(Role.PART, figure, start, end, document),
                _number(Role.TOTAL, following, total_start, total_end, document),
            )
            found.append((start, _noun_end(following, document), numbers, following.noun, None))
            skip.add(following.index)
        elif figure.kind == FigureKind.PERCENT or (figure.noun and figure.kind != FigureKind.POINTS):
            number = _number(Role.ACTUAL, figure, start, end, document)
            found.append((start, _noun_end(figure, document), (number,), figure.noun, None))
    return found


def _noun_end(figure: Figure, document: Document) -> int:
    """Where the figure's noun ends in the original text ("21 chương trình công tác")."""
    end = figure.end
    following = document.text[end : end + len(figure.noun) + 1]
    if figure.noun and following.lower() == " " + figure.noun:
        end += len(following)
    return document.original_span(figure.start, end)[1]


def _joined_by_slash(first: Figure, second: Figure, document: Document) -> bool:
    between = document.text[first.end : second.start]
    return between.strip() == "/" and first.kind == second.kind == FigureKind.COUNT


def _number(role: Role, figure: Figure, start: int, end: int, document: Document) -> ClaimNumber:
    return ClaimNumber(
        role=role,
        text=document.text[figure.start : figure.end],
        start=start,
        end=end,
        value=figure.value,
        decimals=figure.decimals,
        kind=figure.kind,
        noun=figure.noun,
        qualifier=figure.qualifier,
    )


def _context(text: str, phrase_start: int, start: int, end: int, sentence_end: int) -> tuple[str, str]:
    """The words around a statement: its clause, and its comma-phrase.

    The clause runs from the last ';' (or the end of the previous statement) to the next
    ',' ';' or '(' after the statement; the comma-phrase starts at the last ',' instead.
    """
    clause = text.rfind(";", phrase_start, start)
    clause_start = clause + 1 if clause >= 0 else phrase_start
    comma = max(text.rfind(mark, clause_start, start) for mark in ",(")
    tail = re.match(r"[^,;()]*", text[end:sentence_end])
    rest = tail.group() if tail else ""
    return text[clause_start:end] + rest, text[max(comma + 1, clause_start) : end] + rest


_YEAR = re.compile(r"(?<![\d/.,])((?:19|20)\d{2})(?![\d/]|[.,]\d)")
_YEAR_RANGE = re.compile(r"(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2}")


def _years(sentence: str) -> tuple[int, ...]:
    """The years a sentence names ("năm 2023"), leaving out ranges ("2020 - 2025")."""
    return tuple(sorted({int(y) for y in _YEAR.findall(_YEAR_RANGE.sub(" ", sentence))}))


# ---------------------------------------------------------------------------------------------
# Matching a statement to a fact.


def _words(text: str) -> list[str]:
    """The meaningful words of a text, in lower case, without numbers or function words."""
    lower = unicodedata.normalize("NFC", text).lower()
    return [w for w in re.findall(r"[^\W\d_]+", lower) if w not in _FUNCTION_WORDS]


def _pairs(words: Sequence[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words))


@functools.lru_cache(maxsize=1024)
def _name_variants(name: str) -> tuple[tuple[frozenset[str], frozenset[tuple[str, str]]], ...]:
    """The words and word pairs of a name and of its parts outside and inside brackets.

    "Giảm hộ nghèo (số hộ thoát nghèo)" is also "Giảm hộ nghèo" and "số hộ thoát nghèo".
    """
    inside = re.findall(r"\(([^)]*)\)", name)
    outside = re.sub(r"\([^)]*\)", " ", name)
    variants = [_words(variant) for variant in (name, outside, *inside)]
    return tuple((frozenset(words), frozenset(_pairs(words))) for words in variants if words)


def name_score(name: str, context: str) -> float:
    """How much of ``name`` is found in ``context``: the mean share of its words and word pairs."""
    found = _words(context)
    return _name_score(name, set(found), _pairs(found))


def _name_score(name: str, found_words: set[str], found_pairs: set[tuple[str, str]]) -> float:
    best = 0.0
    for words, pairs in _name_variants(name):
        word_share = len(words & found_words) / len(words)
        pair_share = len(pairs & found_pairs) / len(pairs) if pairs else word_share
        best = max(best, (word_share + pair_share) / 2)
    return best


def _starts_with_any(noun: str, prefixes: Iterable[str]) -> bool:
    return any(noun == p or noun.startswith(p + " ") for p in prefixes)


def _unit_words(unit_of_measure: str) -> str:
    """The unit of measure without its scale word: "tỷ đồng" -> "đồng"."""
    words = unit_of_measure.lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _SCALES else words)


def _same_unit(noun: str, unit_of_measure: str) -> bool:
    """Whether a figure counted in ``noun`` can be a figure in ``unit_of_measure``."""
    unit = _unit_words(unit_of_measure)
    if not unit or unit == "%":
        return False
    if _starts_with_any(noun, (unit,)):
        return True
    return _starts_with_any(unit, _PEOPLE) and _starts_with_any(noun, _PEOPLE)


_NAMED_COUNTS = (FactKind.GROUP_COUNT, FactKind.UNIT_COUNT)


def _allows(fact: Fact, statement: Statement) -> bool:
    """Whether the statement's noun and numbers can be about ``fact`` at all."""
    roles = {number.role for number in statement.numbers}
    counts = [n for n in statement.numbers if n.kind in (FigureKind.COUNT, FigureKind.AMOUNT)]
    noun = statement.noun.lower()
    if fact.kind == FactKind.WORK_ITEMS:
        return bool(counts) and _starts_with_any(noun, fact.nouns)
    if fact.kind in (FactKind.TARGET_COUNT, *_NAMED_COUNTS):
        return {Role.PART, Role.TOTAL} <= roles and _starts_with_any(noun, TARGET_NOUNS)
    if _starts_with_any(noun, _OTHER_THINGS):
        return False
    if counts:
        return _same_unit(noun, fact.unit_of_measure) if noun else statement.claim is not None
    if roles <= {Role.ACTUAL, Role.CURRENT}:  # a percentage stated on its own: a rate
        return fact.is_rate
    return True


def _score(fact: Fact, found_words: set[str], found_pairs: set[tuple[str, str]]) -> float:
    if fact.kind == FactKind.WORK_ITEMS:
        return 1.0  # the noun alone names the kind
    if fact.kind == FactKind.TARGET_COUNT:
        return MATCH_THRESHOLD  # chosen only when no group is named
    return max((_name_score(name, found_words, found_pairs) for name in fact.names), default=0.0)


def best_fact(statement: Statement, facts: Sequence[Fact]) -> tuple[Fact | None, float, tuple[Fact, ...]]:
    """The fact the statement clearly states, its score, and the near misses when there is none."""
    allowed = [fact for fact in facts if _allows(fact, statement)]
    found = _words(statement.context)
    found_words, found_pairs = set(found), _pairs(found)
    scored = sorted(((_score(f, found_words, found_pairs), f) for f in allowed), key=lambda pair: -pair[0])
    if not scored:
        return None, 0.0, ()
    named = [pair for pair in scored if pair[1].kind in _NAMED_COUNTS]
    if named and named[0][0] >= MATCH_THRESHOLD:  # a named group or unit beats the count of all targets
        scored = [pair for pair in scored if pair[1].kind != FactKind.TARGET_COUNT]
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if best_score >= MATCH_THRESHOLD and best_score - runner_up >= MATCH_MARGIN:
        return best, best_score, ()
    close = tuple(f for s, f in scored[:3] if s >= MATCH_THRESHOLD - MATCH_MARGIN)
    return None, best_score, close


# ---------------------------------------------------------------------------------------------
# Comparing the numbers.


def _stored_figure(
    fact: Fact, number: ClaimNumber, statement: Statement
) -> tuple[str, Decimal | None] | None:
    """Which stored figure a printed number states, and its value; None when the data has no such figure."""
    role, figures = number.role, fact.figures
    if fact.kind == FactKind.INDICATOR:
        if role in (Role.PART, Role.ACTUAL, Role.CURRENT):
            return "actual", figures.get("actual")
        if role in (Role.TOTAL, Role.PLAN):
            return "plan", figures.get("plan")
        if role == Role.BASELINE:
            return "baseline", figures.get("baseline")
        if role in (Role.SHARE, Role.PERCENT_OF_PLAN):
            return "percent_of_plan", figures.get("percent_of_plan")
        if role == Role.EXCESS:
            percent = figures.get("percent_of_plan")
            return "excess", None if percent is None else percent - HUNDRED
        return None
    part_name = "done"
    if fact.kind != FactKind.WORK_ITEMS:
        part_name = "exceeded" if _says_exceeded_only(statement) else "met_or_exceeded"
    part, total = figures.get(part_name), figures.get("total")
    if role in (Role.PART, Role.ACTUAL):
        return part_name, part
    if role == Role.TOTAL:
        return "total", total
    if role in (Role.SHARE, Role.PERCENT_OF_PLAN):
        return "share", None if part is None or not total else part / total * HUNDRED
    return None


def _says_exceeded_only(statement: Statement) -> bool:
    """ "vượt kế hoạch 4/4 chỉ tiêu" counts the targets exceeded; "đạt và vượt" those met or exceeded."""
    words = set(_words(statement.wording))
    return "vượt" in words and "đạt" not in words


def _scale_of(number: ClaimNumber) -> Decimal:
    """The value of one printed unit's scale word: 10**9 for "12,5 tỷ", 1 without one."""
    words = re.findall(r"[^\W\d_]+", number.text.lower())
    if len(re.findall(r"\d+(?:[.,]\d+)*", number.text)) > 1:  # "264.707 tỷ 535 triệu": exact to the last
        return _SCALES.get(words[-1], Decimal(1)) if words else Decimal(1)
    scale = Decimal(1)
    for word in words:
        scale *= _SCALES.get(word, Decimal(1))
    return scale


def _unit_scale(unit_of_measure: str) -> Decimal:
    words = unit_of_measure.lower().split()
    return _SCALES.get(words[0], Decimal(1)) if len(words) > 1 else Decimal(1)


def _in_printed_scale(number: ClaimNumber, stored: Decimal, unit_of_measure: str) -> Decimal:
    """A stored figure (in its unit of measure) in the scale of the printed number: 12,4987 for "12,5 tỷ"."""
    if number.kind == FigureKind.PERCENT:
        return stored
    return stored * _unit_scale(unit_of_measure) / _scale_of(number)


def compare_number(number: ClaimNumber, stored: Decimal, unit_of_measure: str = "") -> tuple[bool, bool]:
    """Whether ``stored`` is what the printed number says, and whether only by truncation.

    The stored figure is brought to the printed scale ("12,5 tỷ" for 12,4987 tỷ đồng) and
    rounded to the printed decimals, half-up (or truncated); a bound word widens the test.
    """
    value = _in_printed_scale(number, stored, unit_of_measure)
    printed = number.value if number.kind == FigureKind.PERCENT else number.value / _scale_of(number)
    match number.qualifier:
        case Qualifier.ABOVE:
            return value > printed, False
        case Qualifier.AT_LEAST:
            return value >= printed, False
        case Qualifier.BELOW:
            return value < printed, False
        case Qualifier.AT_MOST:
            return value <= printed, False
        case Qualifier.ABOUT:
            return abs(value - printed) <= abs(printed) * Decimal("0.05"), False
        case Qualifier.NEARLY:
            return printed * Decimal("0.95") <= value <= printed, False
    if round_decimal(value, number.decimals) == printed:
        return True, False
    truncated = round_decimal(value, number.decimals, Rounding.TRUNCATE) == printed
    return truncated, truncated


def _shown(comparison: Comparison, unit_of_measure: str, lang: str, exact: bool = False) -> str:
    """The stored figure written like the printed one (same decimals, scale word and % sign).

    With ``exact``, unrounded (three decimals at most): for a figure that was truncated.
    """
    number = comparison.number
    value = _in_printed_scale(number, comparison.stored or Decimal(0), unit_of_measure)
    text = show(value, lang) if exact else show(value, lang, number.decimals)
    if number.kind == FigureKind.PERCENT:
        return text + "%"
    if number.kind == FigureKind.POINTS:
        return text + (" điểm %" if lang == "vi" else " points")
    scale = _scale_of(number)
    return text + (f" {_SCALE_WORDS[scale].get(lang)}" if scale in _SCALE_WORDS else "")


def compare(statement: Statement, fact: Fact, score: float) -> DataMatch:
    """Compare every number of the statement with the stored figure it states."""
    comparisons: list[Comparison] = []
    for number in statement.numbers:
        found = _stored_figure(fact, number, statement)
        if found is None:
            continue
        name, stored = found
        if stored is None:
            comparisons.append(Comparison(number, name, None, None))
            continue
        agrees, by_truncation = compare_number(number, stored, fact.unit_of_measure)
        comparisons.append(Comparison(number, name, stored, agrees, by_truncation))
    known = [c for c in comparisons if c.agrees is not None]
    if not known:
        verdict = DataVerdict.NO_DATA
    elif all(c.agrees for c in known):
        verdict = DataVerdict.AGREE
    else:
        verdict = DataVerdict.DISAGREE
    return DataMatch(
        statement, verdict, fact, score, tuple(comparisons), _message(verdict, fact, comparisons)
    )


def _message(verdict: DataVerdict, fact: Fact, comparisons: Sequence[Comparison]) -> Bilingual:
    return Bilingual(_explain(verdict, fact, comparisons, "en"), _explain(verdict, fact, comparisons, "vi"))


def _explain(verdict: DataVerdict, fact: Fact, comparisons: Sequence[Comparison], lang: str) -> str:
    """ "Chỉ tiêu … : văn bản ghi 72 (thực hiện), số liệu ghi 71. Khớp: kế hoạch 70." """
    vi = lang == "vi"
    name, unit = fact.name.get(lang), fact.unit_of_measure
    if verdict == DataVerdict.NO_DATA:
        missing = ", ".join(_FIGURE_LABELS[c.figure].get(lang) for c in comparisons)
        return f"{name}: số liệu chưa có {missing}." if vi else f"{name}: the data holds no {missing}."
    held = [_held(c, unit, lang) for c in comparisons if c.agrees]
    estimate = ""
    if fact.estimated:
        estimate = "; kết quả là số ước thực hiện" if vi else "; the result is an estimate"
    differing = [c for c in comparisons if c.agrees is False]
    if not differing:
        joined = ", ".join(held)
        if vi:
            return f"Khớp số liệu của {name}: {joined}{estimate}."
        return f"Agrees with the data of {name}: {joined}{estimate}."
    said = "; ".join(_differs(c, unit, lang) for c in differing)
    sentence = f"{name}: {said}{estimate}."
    if held:
        sentence += (" Khớp: " if vi else " Agreeing: ") + ", ".join(held) + "."
    return sentence


def _held(comparison: Comparison, unit_of_measure: str, lang: str) -> str:
    """ "kế hoạch 70"; for a truncated figure, the exact value and both roundings."""
    label = _FIGURE_LABELS[comparison.figure].get(lang)
    shown = _shown(comparison, unit_of_measure, lang)
    if not comparison.by_truncation:
        return f"{label} {shown}"
    exact, printed = _shown(comparison, unit_of_measure, lang, exact=True), comparison.number.text
    if lang == "vi":
        return f"{label} {exact} ({printed} là làm tròn xuống; làm tròn thông thường: {shown})"
    return f"{label} {exact} ({printed} is truncated; rounded: {shown})"


def _differs(comparison: Comparison, unit_of_measure: str, lang: str) -> str:
    """ "văn bản ghi 72 (thực hiện), số liệu ghi 71"."""
    label = _FIGURE_LABELS[comparison.figure].get(lang)
    printed, stored = comparison.number.text, _shown(comparison, unit_of_measure, lang)
    if lang == "vi":
        return f"văn bản ghi {printed} ({label}), số liệu ghi {stored}"
    return f"the text says {printed} ({label}), the data says {stored}"


def _unmatched(statement: Statement, score: float, candidates: tuple[Fact, ...]) -> DataMatch:
    if candidates:
        names_vi = " hoặc ".join(f.name.vi for f in candidates)
        names_en = " or ".join(f.name.en for f in candidates)
        message = Bilingual(
            f"No clear match in the data: it could be {names_en}; not compared.",
            f"Không xác định được chắc chắn trong số liệu: có thể là {names_vi}; không so sánh.",
        )
    else:
        message = Bilingual(
            "No indicator or work item of the data matches these words; not compared.",
            "Không tìm thấy chỉ tiêu hay công việc tương ứng trong số liệu; không so sánh.",
        )
    return DataMatch(statement, DataVerdict.NO_MATCH, None, score, (), message, candidates)


def _other_period(statement: Statement, year: int) -> DataMatch:
    years = ", ".join(str(y) for y in statement.years)
    message = Bilingual(
        f"The sentence is about {years}, not {year}; not compared.",
        f"Câu này nói về năm {years}, không phải năm {year}; không so sánh.",
    )
    return DataMatch(statement, DataVerdict.OTHER_PERIOD, None, 0.0, (), message)


def compare_with_data(text: str, report: CheckReport, facts: Sequence[Fact], year: int) -> list[DataMatch]:
    """Match the statements of ``text`` to ``facts`` and compare their numbers.

    Every checker claim gets an entry (NO_MATCH when nothing fits); a bare fraction or count
    gets one only when its noun allows some fact, so that dates and ordinals make no noise.
    """
    matches: list[DataMatch] = []
    for statement in find_statements(text, report):
        if statement.claim is None and not any(_allows(fact, statement) for fact in facts):
            continue
        if statement.years and year not in statement.years:
            matches.append(_other_period(statement, year))
            continue
        fact, score, candidates = best_fact(statement, facts)
        if fact is None:
            matches.append(_unmatched(statement, score, candidates))
        else:
            matches.append(compare(statement, fact, score))
    return matches


def _plain(value: Decimal) -> str:
    """A Decimal as an exact string without trailing zeros ("71", "101.4285714")."""
    text = format(value.normalize(), "f")
    return text
