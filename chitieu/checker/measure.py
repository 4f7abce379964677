"""How well the checker does: precision and recall on a labelled set, and its speed.

``python -m chitieu.checker.measure [labelled.json]`` prints both (for ``make bench``).
The labelled sets live in ``tests/checker/``: ``labelled_sentences.json`` (written with the
rules) and ``heldout_sentences.json`` (written after them, to measure on unseen phrasing).
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from chitieu.checker.check import check_text
from chitieu.checker.model import CheckReport, Claim, Verdict
from chitieu.checker.tokens import QUALIFIER_WORDS

DEFAULT_LABELLED = Path(__file__).resolve().parents[2] / "tests" / "checker" / "labelled_sentences.json"
REAL_CORPUS = Path(__file__).resolve().parents[2] / "tests" / "checker" / "real"


@dataclass(frozen=True)
class Expected:
    """One labelled claim: the printed figure, its verdict, and (optionally) the slip."""

    figure: str
    verdict: Verdict
    slip: str | None


@dataclass(frozen=True)
class Labelled:
    """A labelled sentence."""

    sentence: str
    expected: tuple[Expected, ...]
    note: str


def load(path: Path | str) -> list[Labelled]:
    """Read a labelled set: a JSON list of {sentence, expect: [[figure, verdict, slip?]], note}."""
    rows = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        Labelled(
            sentence=row["sentence"],
            expected=tuple(
                Expected(item[0], Verdict(item[1]), item[2] if len(item) > 2 else None)
                for item in row["expect"]
            ),
            note=row.get("note", ""),
        )
        for row in rows
    ]


def pair(labelled: Labelled, claims: list[Claim]) -> tuple[list[tuple[Expected, Claim | None]], list[Claim]]:
    """Match expected claims to found claims by the printed figure; return pairs and extras."""
    remaining = list(claims)
    pairs: list[tuple[Expected, Claim | None]] = []
    for expected in labelled.expected:
        found = next((c for c in remaining if c.printed.text == expected.figure), None)
        if found is not None:
            remaining.remove(found)
        pairs.append((expected, found))
    return pairs, remaining


def measure(path: Path | str = DEFAULT_LABELLED, verbose: bool = True) -> dict[str, float]:
    """Precision and recall of "inconsistent" (and of any alarm), share of claims recognised,
    share of verdicts that match the label; printed when ``verbose``."""
    true_positive = false_positive = false_negative = 0
    alarm_tp = alarm_fp = alarm_fn = 0
    expected_total = recognised = verdicts_right = slips_labelled = slips_right = 0
    for labelled in load(path):
        report = check_text(labelled.sentence)
        pairs, extras = pair(labelled, report.claims)
        for expected, found in pairs:
            expected_total += 1
            got = found.verdict if found else None
            recognised += found is not None
            verdicts_right += got == expected.verdict
            if expected.slip is not None:
                slips_labelled += 1
                slips_right += (
                    found is not None and found.slip is not None and found.slip.value == expected.slip
                )
            is_bad, said_bad = expected.verdict == Verdict.INCONSISTENT, got == Verdict.INCONSISTENT
            true_positive += is_bad and said_bad
            false_positive += said_bad and not is_bad
            false_negative += is_bad and not said_bad
            is_alarm, said_alarm = expected.verdict.alarm, got is not None and got.alarm
            alarm_tp += is_alarm and said_alarm
            alarm_fp += said_alarm and not is_alarm
            alarm_fn += is_alarm and not said_alarm
            if verbose and got != expected.verdict:
                print(
                    f"  expected {expected.verdict} for {expected.figure!r}, got {got}: {labelled.sentence}"
                )
        for extra in extras:
            false_positive += extra.verdict == Verdict.INCONSISTENT
            alarm_fp += extra.verdict.alarm
            if verbose and extra.verdict.alarm:
                print(f"  unexpected {extra.verdict} for {extra.printed.text!r}: {labelled.sentence}")
    result = {
        "precision": _ratio(true_positive, true_positive + false_positive),
        "recall": _ratio(true_positive, true_positive + false_negative),
        "alarm_precision": _ratio(alarm_tp, alarm_tp + alarm_fp),
        "alarm_recall": _ratio(alarm_tp, alarm_tp + alarm_fn),
        "recognised": _ratio(recognised, expected_total),
        "verdicts_right": _ratio(verdicts_right, expected_total),
        "slips_right": _ratio(slips_right, slips_labelled),
        "claims_labelled": float(expected_total),
    }
    if verbose:
        print(
            f"inconsistent: precision {result['precision']:.3f}, recall {result['recall']:.3f}; "
            f"any alarm: precision {result['alarm_precision']:.3f}, recall {result['alarm_recall']:.3f}; "
            f"claims recognised {result['recognised']:.3f}; verdicts right {result['verdicts_right']:.3f}; "
            f"slips named right {result['slips_right']:.3f} ({expected_total} labelled claims)"
        )
    return result


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


# Narrative without figures, in the manner of a year-end report, to dilute the labelled sentences
# to the density of the seed article (about one figure every 35 words).
_NARRATIVE = (
    "Công tác lãnh đạo, chỉ đạo được thực hiện kịp thời, đồng bộ và có hiệu quả trên các lĩnh vực.",
    "Các cơ quan, đơn vị đã chủ động phối hợp, tháo gỡ khó khăn, vướng mắc phát sinh.",
    "Công tác cải cách hành chính tiếp tục được quan tâm, chất lượng phục vụ được nâng lên.",
    "Tuy nhiên, một số nhiệm vụ còn chậm so với yêu cầu, việc phối hợp giữa các đơn vị có lúc chưa chặt chẽ.",
    "Trong thời gian tới, cần tăng cường kỷ luật, kỷ cương, nâng cao trách nhiệm của người đứng đầu.",
)


def bench_speed(words: int = 60_000, dense: bool = False, verbose: bool = True) -> float:
    """Seconds to check a report of about ``words`` words.

    The text is the labelled set repeated; unless ``dense``, each labelled sentence is followed
    by narrative sentences without figures, as in a real report. ``dense`` is the worst case:
    every sentence holds claims.
    """
    sentences = [labelled.sentence for labelled in load(DEFAULT_LABELLED)]
    parts: list[str] = []
    count = 0
    while count < words:
        for index, sentence in enumerate(sentences):
            paragraph = [sentence] if dense else [sentence, *_NARRATIVE[: 2 + index % 4]]
            parts.append(" ".join(paragraph) + "\n")
            count += sum(len(s.split()) for s in paragraph)
            if count >= words:
                break
    text = "".join(parts)
    started = time.perf_counter()
    report = check_text(text)
    elapsed = time.perf_counter() - started
    if verbose:
        coverage = report.coverage
        print(
            f"{'dense' if dense else 'realistic'} text: {count} words, {coverage.sentences} sentences, "
            f"{coverage.numbers} numbers, {coverage.claims_recognised} claims: {elapsed:.3f} s"
        )
    return elapsed


@dataclass(frozen=True)
class RealFigures:
    """How the checker does on real texts labelled by hand (``tests/checker/real/<set>/*.json``)."""

    texts: int
    claims: int  # checkable claims labelled
    recognised: int  # of those, found by the checker at the same place
    slips: int  # labelled inconsistent (or words contradicting the figures)
    caught: int  # of those, flagged by the checker
    alarms: int  # every flag the checker raised
    false_alarms: int  # flags on figures not labelled as slips
    # by confidence level of the verdicts on labelled claims: (verdicts, of which the label's)
    calibration: dict[str, tuple[int, int]] = dataclasses.field(default_factory=dict)

    def line(self, name: str) -> str:
        recognised = self.recognised / self.claims if self.claims else 1.0
        caught = self.caught / self.slips if self.slips else 1.0
        per_hundred = 100 * self.false_alarms / self.recognised if self.recognised else 0.0
        levels = "; ".join(
            f"{level} {self.calibration[level][1]}/{self.calibration[level][0]}"
            for level in ("high", "medium", "low")
            if self.calibration.get(level, (0, 0))[0]
        )
        return (
            f"{name}: {self.texts} texts, {self.claims} checkable claims, recognised {recognised:.3f} "
            f"({self.recognised}); slips caught {self.caught}/{self.slips} ({caught:.3f}); "
            f"false alarms {self.false_alarms} ({per_hundred:.1f} per 100 recognised claims)"
            + (f"; verdicts as labelled, by confidence: {levels}" if levels else "")
        )


def measure_real(folder: Path | str, verbose: bool = False) -> RealFigures:
    """Run the checker on every labelled real text of ``folder`` and compare with the labels.

    A labelled claim is recognised when the checker judges a figure starting at the label's ``at``
    (or right after the sign or the bound word a label includes: "-4,2%", "hơn 4,5 ngàn", where the checker
    marks the figure itself);
    a slip (label ``inconsistent`` or ``wording_contradiction``) is caught when that judgement is
    an alarm; any other alarm is a false one.
    """
    texts = claims = recognised = slips = caught = alarms = false_alarms = 0
    calibration: dict[str, tuple[int, int]] = {}
    for path in sorted(Path(folder).glob("*.json")):
        labelled = json.loads(path.read_text(encoding="utf-8"))
        text = labelled["text"]
        report = check_text(text)
        found = {claim.printed.start: claim for claim in report.claims}
        expected = {item["at"]: item for item in labelled.get("claims", [])}
        texts += 1
        for at, item in expected.items():
            claims += 1
            claim = found.get(at)
            if claim is None and item["figure"][:1] in "-−+":  # "(-4,2%)": the sign is not read as a digit
                claim = found.get(at + 1) or found.get(at + 2)  # … nor in "(- 100%)", typed with a space
            if claim is None and (word := _QUALIFIER_LABELLED.match(item["figure"])):
                claim = found.get(at + word.end())  # "hơn 4,5 ngàn": the checker marks the figure after it
            recognised += claim is not None
            if claim is not None and (confidence := claim.confidence) is not None:
                total, right = calibration.get(str(confidence.level), (0, 0))
                calibration[str(confidence.level)] = (total + 1, right + _as_labelled(claim.verdict, item))
            is_slip = Verdict(item["verdict"]).alarm
            slips += is_slip
            caught += is_slip and claim is not None and claim.verdict.alarm
            if verbose and is_slip and not (claim is not None and claim.verdict.alarm):
                print(f"  {path.stem}: missed slip {item['figure']!r} ({item.get('arithmetic', '')})")
        for at, claim in found.items():
            if not claim.verdict.alarm:
                continue
            alarms += 1
            item = expected.get(at)
            if item is None and text[at - 1 : at] in ("-", "−", "+"):
                item = expected.get(at - 1)
            if item is None and text[at - 2 : at] in ("- ", "− ", "+ "):
                item = expected.get(at - 2)
            if item is None and (word := _QUALIFIER_BEFORE.search(text, max(0, at - 12), at)):
                item = expected.get(word.start())
            if item is None or not Verdict(item["verdict"]).alarm:
                false_alarms += 1
                if verbose:
                    print(f"  {path.stem}: false alarm on {claim.printed.text!r}: {claim.quote}")
    return RealFigures(texts, claims, recognised, slips, caught, alarms, false_alarms, calibration)


# a label's figure that opens with its bound word ("hơn 4,5 ngàn"), and that word right before a figure
_QUALIFIER_LABELLED = re.compile(rf"(?:{'|'.join(QUALIFIER_WORDS)}) ", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(QUALIFIER_WORDS)}) $", re.IGNORECASE)


def _as_labelled(verdict: Verdict, item: dict[str, object]) -> bool:
    """Whether a verdict says what the label says: a slip, a fit (rounded or cut), or several readings."""
    label = Verdict(str(item["verdict"]))
    if label.alarm or verdict.alarm:
        return label.alarm == verdict.alarm
    return label.fits == verdict.fits


def print_real(verbose: bool = False) -> None:
    """The real corpus's figures, the development part and the held-out part side by side."""
    for part in ("dev", "heldout"):
        folder = REAL_CORPUS / part
        if any(folder.glob("*.json")):
            print(measure_real(folder, verbose=verbose and part == "dev").line(f"real texts ({part})"))


# The longest text the skins take (chitieu.verification.files.MAX_TEXT_CHARS): about 150 pages.
LONGEST_TEXT = 500_000
LONGEST_TEXT_GOAL = 5.0  # seconds


def bench_longest(characters: int = LONGEST_TEXT, verbose: bool = True) -> float:
    """Seconds to check the longest text accepted, dense with figures, in its worst shape: the
    labelled sentences run together with commas, without a full stop (a table pasted as text)."""
    sentences = [labelled.sentence.rstrip(".") for labelled in load(DEFAULT_LABELLED)]
    parts: list[str] = []
    size = index = 0
    while size < characters:
        piece = sentences[index % len(sentences)] + ", "
        parts.append(piece)
        size += len(piece)
        index += 1
    text = "".join(parts)[:characters]
    report, elapsed = _timed(text)
    if verbose:
        print(
            f"longest text: {len(text)} characters without a full stop, {report.coverage.numbers} numbers, "
            f"{report.coverage.claims_recognised} claims: {_against_the_goal(elapsed)}"
        )
    return elapsed


def _timed(text: str) -> tuple[CheckReport, float]:
    """The checker's report on ``text`` and the seconds it took."""
    started = time.perf_counter()
    report = check_text(text)
    return report, time.perf_counter() - started


def _against_the_goal(elapsed: float) -> str:
    verdict = "met" if elapsed <= LONGEST_TEXT_GOAL else "MISSED"
    return f"{elapsed:.2f} s (goal ≤ {LONGEST_TEXT_GOAL:.0f} s: {verdict})"


def bench_table(characters: int = LONGEST_TEXT, verbose: bool = True) -> float:
    """Seconds to check the longest text accepted when it is one statistics table: rows of a year and five
    cells each, a total and two breakdowns of it ("2015 1.487.640 726.870 760.770 471.530 1.016.110"), every
    cell a claim once the grid is read (it is read on its first part: see ``chitieu.checker.grids``)."""
    lines = [
        "Dân số trung bình phân theo giới tính và theo thành thị, nông thôn",
        "Tổng số Nam Nữ Thành thị Nông thôn",
    ]
    size = row = 0
    while size < characters:
        men, women = 700_000 + 37 * row % 9_973, 760_000 + 53 * row % 8_887
        urban = 470_000 + 71 * row % 7_919
        cells = [men + women, men, women, urban, men + women - urban]
        line = f"{1950 + row % 90} " + " ".join(f"{cell:,}".replace(",", ".") for cell in cells)
        lines.append(line)
        size += len(line) + 1
        row += 1
    text = "\n".join(lines)[:characters]
    report, elapsed = _timed(text)
    if verbose:
        print(
            f"longest table: {len(text)} characters, {row} rows, {report.coverage.claims_recognised} claims: "
            f"{_against_the_goal(elapsed)}"
        )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    """Print the quality figures and the speed."""
    args = sys.argv[1:] if argv is None else argv
    measure(args[0] if args else DEFAULT_LABELLED)
    print_real()
    bench_speed()
    bench_speed(dense=True)
    bench_longest()
    bench_table()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
