"""Statistics-yearbook tables copied as text: rows of figures under a header, read as a grid.

A yearbook page ("Dân số trung bình phân theo giới tính và theo thành thị, nông thôn", "Diện tích, dân
số và mật độ dân số phân theo huyện") reaches a text as lines: a row's label, then its figures, either
on the label's line ("2015 1.236.306 615.531 620.775 375.812 860.494") or one to a line
("1. TP. Quảng Ngãi" / "156,85" / "252.050" / "1.607"). Four things are read in such a grid, each only
where the table itself shows it holds:

- a total column and its groups of parts in each row ("Tổng số = Nam + Nữ = Thành thị + Nông thôn"): the
  grouping is the one that adds up in most rows, and the rows where it does not are judged by it;
- a column that is one column divided by another in most rows ("Mật độ dân số" = dân số / diện tích);
- a total row ("TỔNG SỐ", "… phân theo đơn vị hành chính") and the rows under it, column by column,
  numbered rows "I.", "II." being subtotals of the "1.", "2." under them;
- a section of growth rates ("Tỷ lệ tăng (%)", or indices "Năm trước = 100") whose rows are years: each
  rate is worked out from the same column's figures for that year and the year before.

A grid must have at least three rows of as many figures; a column that does not add up is a slip only
when other columns of the same rows do, and a reading of a digit group the other way ("9,844" for
9.844 people) makes it ambiguous rather than a slip.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal

from chitieu.checker.judge import message, triple
from chitieu.checker.model import Claim, Recomputation, Role, Verdict
from chitieu.checker.rules import _claim, _sum_of_parts
from chitieu.checker.tokens import Figure, Sentence, read_sentence
from chitieu.core.text import Bilingual

MIN_ROWS = 3  # rows of as many figures, for a block of lines to be read as a grid
LABEL_LINE = 90  # a longer line without figures at its end is prose: the grid has ended
BLANK_RUN = 8  # lines without figures in a row (labels, units, bullets) before a grid is taken to end
MOST = Decimal("0.6")  # the share of rows a grouping or a quotient must hold in to be the table's own
SAMPLE = 60  # the rows a grouping or a quotient is looked for in (a grid's layout shows in its first rows)

HUNDRED = Decimal(100)

_CELL = r"[-−]?\d+(?:[.,]\d+)*"
_CELLS_AT_THE_END = re.compile(rf"(?:^|(?<=\s))(?P<cells>{_CELL}(?:[ \t]+{_CELL})*)[ \t]*$")
_CELL_RE = re.compile(_CELL)
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
_LETTER = re.compile(r"[^\W\d_]")
_TOTAL_ROW = re.compile(r"tổng số|tổng cộng|(?<!\w)total(?!\w)|toàn tỉnh|toàn thành phố|cả nước|phân theo")
_HEADER_TOTAL = re.compile(r"tổng số|(?<!\w)total(?!\w)")
_RATES = re.compile(
    r"tỷ lệ tăng|tỉ lệ tăng|tốc độ tăng|growth rate|chỉ số phát triển"
    r"|năm trước\s*=\s*100|previous year\s*=\s*100"
)
_INDEX = re.compile(r"chỉ số phát triển|năm trước\s*=\s*100|previous year\s*=\s*100")
_QUOTIENT_HEADER = re.compile(r"mật độ|bình quân|năng suất|density|per capita|/")
_ROMAN = re.compile(r"^[^\w]*(?:[ivx]+)\.\s")
_ARABIC = re.compile(r"^[^\w]*\d{1,2}\.\s")

_SUM_LABEL = Bilingual("sum of the table's parts", "tổng các thành phần của bảng")
_QUOTIENT_LABEL = Bilingual("quotient of two columns", "thương của hai cột")
_GROWTH_LABEL = Bilingual("growth on the year before", "tăng so với năm trước")
_INDEX_LABEL = Bilingual("index, year before = 100", "chỉ số, năm trước = 100")


@dataclasses.dataclass
class _Row:
    label: str  # lower case, the lines before its figures joined
    cells: list[Figure]
    signs: list[int]
    sentence: Sentence  # the whole grid read as one sentence (its figures are the cells)
    year: int | None = None
    rates: bool = False  # in the section of growth rates


def grid_claims(text: str, judged: set[int]) -> Iterator[Claim]:
    """The claims of every yearbook grid in ``text`` (the working text), on figures not in ``judged``."""
    for start, end in _blocks(text):
        block = read_sentence(text[start:end], start)
        rows, header = _rows(text, start, end, block)
        if rows is None:
            continue
        for claim in _grid(rows, header):
            if claim.printed.start not in judged:
                judged.add(claim.printed.start)
                # quoted: the line of the printed figure, not the whole table
                line_start = text.rfind("\n", 0, claim.printed.start) + 1
                line_end = text.find("\n", claim.printed.end)
                line_end = len(text) if line_end < 0 else line_end
                line = text[line_start:line_end]
                yield dataclasses.replace(claim, sentence=line, sentence_start=line_start)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of lines where figures end lines, at least ``MIN_ROWS`` of them, with short lines between."""
    start = previous_end = None
    figured = quiet = 0
    position = 0
    for line in text.splitlines(keepends=True):
        line_start, position = position, position + len(line)
        stripped = line.strip()
        if stripped and len(stripped) <= 4 * LABEL_LINE and _CELLS_AT_THE_END.search(stripped):
            if start is None:
                start, figured = line_start, 0
            figured += 1
            quiet = 0
            previous_end = position
            continue
        if start is None:
            continue
        quiet += bool(stripped)
        if len(stripped) > LABEL_LINE or quiet > BLANK_RUN:
            if figured >= MIN_ROWS and previous_end is not None:
                yield _with_header(text, start), previous_end
            start = previous_end = None
    if start is not None and figured >= MIN_ROWS and previous_end is not None:
        yield _with_header(text, start), previous_end


def _with_header(text: str, start: int) -> int:
    """The block's start moved back over the short lines above it (the title and the column heads)."""
    position = start
    for _ in range(12):
        if position == 0:
            break
        line_start = text.rfind("\n", 0, position - 1) + 1
        if len(text[line_start:position].strip()) > LABEL_LINE:
            break
        position = line_start
    return position


@dataclasses.dataclass
class _Cells:
    label: list[str]
    spans: list[tuple[int, int, int]]  # start, end, sign of each cell (the start after a minus)


def _rows(text: str, start: int, end: int, block: Sentence) -> tuple[list[_Row] | None, str]:
    """The grid's rows of its most common number of figures, and the words above the first row."""
    lines: list[tuple[int, str]] = []
    position = start
    for line in text[start:end].splitlines(keepends=True):
        lines.append((position, line.rstrip("\n")))
        position += len(line)
    found = [(at, line, _CELLS_AT_THE_END.search(line)) for at, line in lines]
    by_lines = sum(1 for _, _, m in found if m and len(_CELL_RE.findall(m.group("cells"))) >= 2) >= MIN_ROWS
    raw: list[_Cells] = []
    label: list[str] = []
    header: list[str] = []
    current: _Cells | None = None
    for at, line, match in found:
        stripped = line.strip()
        if not stripped:
            continue
        if match is None or (not by_lines and _LETTER.search(stripped)):
            if current is not None:
                raw.append(current)
                current = None
            label.append(stripped)
            continue
        words = line[: match.start("cells")].strip()
        if words:
            label.append(words)
        if current is None:
            current = _Cells(label, [])
            if not raw:
                header = label[:]
            label = []
        for cell in _CELL_RE.finditer(line, match.start("cells")):
            cell_start, sign = at + cell.start(), 1
            if text[cell_start] in "-−":
                cell_start, sign = cell_start + 1, -1
            current.spans.append((cell_start, at + cell.end(), sign))
        if by_lines:
            raw.append(current)
            current = None
    if current is not None:
        raw.append(current)
    rows = [row for row in (_row(text, cells, block) for cells in raw) if row is not None]
    widths = Counter(len(row.cells) for row in rows if len(row.cells) >= 2)
    if not widths:
        return None, ""
    width = widths.most_common(1)[0][0]
    in_rates = False
    for row in rows:
        in_rates = in_rates or bool(_RATES.search(row.label))
        row.rates = in_rates
    kept = [row for row in rows if len(row.cells) == width]
    if len(kept) < MIN_ROWS:
        return None, ""
    return kept, " ".join(header).lower()


def _row(text: str, cells: _Cells, block: Sentence) -> _Row | None:
    """A row read: its label (a year before its figures is part of it: "2015 1.236.306 …", "Sơ bộ -
    Prel. 2023 …"), its figures; None when a cell is not read as a figure."""
    label = " ".join(cells.label).lower()
    spans = cells.spans
    year = None
    if spans and spans[0][2] == 1 and _YEAR.fullmatch(text[spans[0][0] : spans[0][1]]):
        year = int(text[spans[0][0] : spans[0][1]])
        label = f"{label} {year}".strip()
        spans = spans[1:]
    elif len(years := _YEARS.findall(label)) == 1:
        year = int(years[0])
    if not spans:
        return None
    figures: list[Figure] = []
    for cell_start, cell_end, _ in spans:
        figure = block.figure_starting_at(cell_start)
        if figure is None or figure.end != cell_end:
            return None
        figures.append(figure)
    return _Row(label, figures, [sign for _, _, sign in spans], block, year)


_YEARS = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")


def _grid(rows: list[_Row], header: str) -> Iterator[Claim]:
    values = [row for row in rows if not row.rates]
    rates = [row for row in rows if row.rates]
    claimed: set[int] = set()
    width = len(rows[0].cells)

    def fresh(claims: Iterator[Claim]) -> Iterator[Claim]:
        for claim in claims:
            if claim.printed.start not in claimed:
                claimed.add(claim.printed.start)
                yield claim

    yield from fresh(_growth_rates(values, rates, header))
    quotients = _quotient_columns(values, width)
    yield from fresh(_quotients(values, quotients))
    if _HEADER_TOTAL.search(header) or any(_HEADER_TOTAL.search(row.label) for row in values[:1]):
        yield from fresh(_column_groups(values, width, {k for _, _, k in quotients}))
    yield from fresh(_row_groups(values, width, {k for _, _, k in quotients}))


# ---- a total column and its groups ---------------------------------------------------------------


def _groupings(count: int) -> Iterator[list[tuple[int, int]]]:
    """Every way to cut columns 1 … count−1 into runs of two or more: [(1, 3), (3, 5)] for 5 columns."""
    inner = list(range(2, count - 1))
    for size in range(len(inner) + 1):
        for cuts in itertools.combinations(inner, size):
            bounds = [1, *cuts, count]
            runs = list(itertools.pairwise(bounds))
            if all(b - a >= 2 for a, b in runs):
                yield runs


def _fits(total: Figure, parts: Sequence[Figure]) -> bool:
    return _within(total, _sum_of_parts(parts, _SUM_LABEL))


def _within(printed: Figure, recomputation: Recomputation) -> bool:
    """Whether a value the recomputation allows rounds (half-up) to the printed figure."""
    half = printed.unit(printed.readings[0]) / 2
    return recomputation.low < printed.value + half and printed.value - half <= recomputation.high


def _column_groups(rows: list[_Row], width: int, quotients: set[int]) -> Iterator[Claim]:
    """Each row's first figure against its groups of parts, where a grouping adds up in most rows."""
    if width < 3 or width > 10 or quotients:
        return
    best: tuple[int, list[tuple[int, int]]] | None = None
    sample = [row for row in rows if _plain(row)][:SAMPLE]
    for runs in _groupings(width):
        holding = sum(all(_fits(row.cells[0], row.cells[a:b]) for a, b in runs) for row in sample)
        if best is None or holding > best[0]:
            best = (holding, runs)
    if best is None or best[0] < MIN_ROWS or best[0] < MOST * len(sample):
        return
    runs = best[1]
    for row in rows:
        if not _plain(row):
            continue
        total = row.cells[0]
        for number, (a, b) in enumerate(runs):
            parts = row.cells[a:b]
            sentence = row.sentence
            if number == 0:  # the total: the first group's parts added up
                numbers = [*((Role.PART, part) for part in parts), (Role.TOTAL, total)]
                recomputation = _sum_of_parts(parts, _SUM_LABEL)
            else:  # a later group: its last part is what the total leaves of the others
                *others, last = parts
                numbers = [(Role.TOTAL, total), *((Role.PART, part) for part in others), (Role.PART, last)]
                recomputation = _sum_of_parts([total, *others], _SUM_LABEL, [1] + [-1] * len(others))
            signs = [1] * len(parts) if number == 0 else [1] + [-1] * (len(parts) - 1)
            yield _judged(
                sentence,
                numbers,
                [recomputation],
                "grid_columns",
                lambda figures, signs=signs: _sum_of_parts(figures, _SUM_LABEL, signs),  # type: ignore[misc]
            )


# ---- a column that is one column over another ----------------------------------------------------


def _quotient(numerator: Figure, denominator: Figure) -> Recomputation | None:
    a, b = triple(numerator), triple(denominator)
    if b[1] <= 0 or b[0] <= 0:
        return None
    value = a[0] / b[0]
    formula = message("{} / {} = {}", "{} / {} = {}", a[0], b[0], value)
    return Recomputation(value, a[1] / b[2], a[2] / b[1], formula, _QUOTIENT_LABEL)


def _quotient_fits(row: _Row, i: int, j: int, k: int) -> bool:
    """Whether column k is column j over column i in this row (the bounds only: no formula written)."""
    a, b = triple(row.cells[j]), triple(row.cells[i])
    if b[1] <= 0:
        return False
    printed = row.cells[k]
    half = printed.unit(printed.readings[0]) / 2
    return a[1] / b[2] < printed.value + half and printed.value - half <= a[2] / b[1]


def _quotient_columns(rows: list[_Row], width: int) -> list[tuple[int, int, int]]:
    """(i, j, k): column k is column j over column i in most rows (a density: people over km²)."""
    plain = [row for row in rows if _plain(row)][:SAMPLE]
    if len(plain) < MIN_ROWS or width > 10:
        return []
    found = []
    for k in range(width):
        for i, j in itertools.permutations([c for c in range(width) if c != k], 2):
            holding = sum(_quotient_fits(row, i, j, k) for row in plain)
            if holding >= MIN_ROWS and holding >= Decimal("0.8") * len(plain):
                found.append((i, j, k))
                break
    return found


def _quotients(rows: list[_Row], quotients: list[tuple[int, int, int]]) -> Iterator[Claim]:
    for i, j, k in quotients:
        for row in rows:
            if not _plain(row):
                continue
            recomputation = _quotient(row.cells[j], row.cells[i])
            if recomputation is None:
                continue
            numbers = [(Role.TOTAL, row.cells[j]), (Role.TOTAL, row.cells[i]), (Role.ACTUAL, row.cells[k])]
            yield _judged(
                row.sentence, numbers, [recomputation], "grid_quotient", lambda f: _quotient(f[0], f[1])
            )


# ---- a total row and the rows under it -----------------------------------------------------------


def _row_groups(rows: list[_Row], width: int, quotients: set[int]) -> Iterator[Claim]:
    """A total row against the rows under it, column by column; "I.", "II." rows against their own."""
    columns = [c for c in range(width) if c not in quotients]
    groups: list[tuple[_Row, list[_Row]]] = []
    for index, row in enumerate(rows):
        if not _TOTAL_ROW.search(row.label) or not _plain(row):
            continue
        under: list[_Row] = []
        for other in rows[index + 1 :]:
            if _TOTAL_ROW.search(other.label) or not _plain(other) or other.year is not None:
                break
            under.append(other)
        if any(_ROMAN.match(other.label) for other in under):
            heads = [other for other in under if _ROMAN.match(other.label)]
            if not _ROMAN.match(under[0].label):
                continue
            groups.append((row, heads))
            for position, head in enumerate(heads):
                after = under[under.index(head) + 1 :]
                below = after[: after.index(heads[position + 1])] if position + 1 < len(heads) else after
                if below:
                    groups.append((head, below))
        elif len(under) >= 2:
            groups.append((row, under))
    for whole, parts in groups:
        adding_up = sum(_fits(whole.cells[c], [part.cells[c] for part in parts]) for c in columns)
        for column in columns:
            printed = whole.cells[column]
            cells = [part.cells[column] for part in parts]
            numbers = [*((Role.PART, cell) for cell in cells), (Role.TOTAL, printed)]
            claim = _judged(
                whole.sentence,
                numbers,
                [_sum_of_parts(cells, _SUM_LABEL)],
                "grid_rows",
                lambda figures: _sum_of_parts(figures, _SUM_LABEL),
            )
            if claim.verdict.alarm and adding_up < 2:
                note = claim.message + Bilingual(
                    " The other columns do not add up either: the rows under it may not all be its parts.",
                    " Các cột khác cũng không khớp: các dòng bên dưới có thể không đều là thành phần của nó.",
                )
                claim = dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, message=note, slip=None)
            yield claim


# ---- growth rates of the rows' years -------------------------------------------------------------


def _growth_rates(values: list[_Row], rates: list[_Row], header: str) -> Iterator[Claim]:
    """Each rate row of a year: the same column's figure of that year over the year before's."""
    if not rates or not values:
        return
    by_year = {row.year: row for row in values if row.year is not None}
    index = bool(_INDEX.search(header) or any(_INDEX.search(row.label) for row in rates[:1]))
    for row in rates:
        if row.year is None or row.year not in by_year or row.year - 1 not in by_year:
            continue
        current, previous = by_year[row.year], by_year[row.year - 1]
        if len(current.cells) != len(row.cells):
            continue
        for column, printed in enumerate(row.cells):
            a, b = triple(current.cells[column]), triple(previous.cells[column])
            if b[1] <= 0:
                continue
            sign = row.signs[column]
            if index:
                value, low, high = a[0] / b[0] * HUNDRED, a[1] / b[2] * HUNDRED, a[2] / b[1] * HUNDRED
                formula = message("{} / {} × 100 = {}", "{} / {} × 100 = {}", a[0], b[0], value)
                label = _INDEX_LABEL
            else:
                value = (a[0] / b[0] - 1) * HUNDRED * sign
                ends = sorted(((a[1] / b[2] - 1) * HUNDRED * sign, (a[2] / b[1] - 1) * HUNDRED * sign))
                low, high = ends
                formula = message(
                    "({} / {} − 1) × 100 = {}", "({} / {} − 1) × 100 = {}", a[0], b[0], value * sign
                )
                label = _GROWTH_LABEL
            numbers = [(Role.PREVIOUS, previous.cells[column]), (Role.CURRENT, current.cells[column])]
            numbers.append((Role.CHANGE, printed))
            recomputation = Recomputation(value, min(low, value), max(high, value), formula, label)
            yield _judged(row.sentence, numbers, [recomputation], "grid_growth")


# ---- helpers -------------------------------------------------------------------------------------


def _plain(row: _Row) -> bool:
    """A row of figures that may be added: none negative."""
    return all(sign > 0 for sign in row.signs)


def _judged(
    sentence: Sentence,
    numbers: Sequence[tuple[Role, Figure]],
    recomputations: Sequence[Recomputation],
    template: str,
    recompute: Callable[[list[Figure]], Recomputation | None] | None = None,
) -> Claim:
    """The printed figure (the last of ``numbers``) judged, on its own row's line. A slip is only
    ambiguous when one input read the other way ("9,844" as 9.844 among counts of people) gives the
    printed figure: ``recompute`` works the figure out again from the inputs."""
    printed = numbers[-1][1]
    at = sentence.at(printed)
    span = (at, at + len(printed.placeholder))
    claim = _claim(sentence, span, template, numbers, recomputations)
    if not claim.verdict.alarm or recompute is None:
        return claim
    inputs = [figure for _, figure in numbers[:-1]]
    for position, figure in enumerate(inputs):
        for reading in figure.readings[1:]:
            other = dataclasses.replace(figure, readings=(reading, *figure.readings))
            again = recompute([*inputs[:position], other, *inputs[position + 1 :]])
            if again is not None and _within(printed, again):
                note = again.formula + Bilingual(
                    f" — reading {figure.text} the other way; as printed it does not fit.",
                    f" — khi đọc {figure.text} theo cách viết khác; đọc như in thì không khớp.",
                )
                return dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, message=note, slip=None)
    return claim
