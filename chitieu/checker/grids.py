"""Statistics tables copied as text: rows of figures under a header, read as a grid.

A yearbook page ("Dân số trung bình phân theo giới tính và theo thành thị, nông thôn", "Số lớp học phổ
thông", "Khối lượng hàng hóa luân chuyển") reaches a text as lines: a row's label, then its cells on the
label's line ("2015 1.236.306 615.531 620.775 375.812 860.494"), one or more to a line after it
("1. TP. Quảng Ngãi" / "156,85" / "252.050" / "1.607"), or between bars ("Tiểu học | 230 065 | 240 771 |");
empty cells ("-"), rows numbered on lines of their own, headers above the rows, below them, or both. What
is read, each only where the table itself shows that it holds:

- a total column and its groups of parts in each row ("Tổng số = Nam + Nữ = Thành thị + Nông thôn", an
  "of which" column left out): the grouping that adds up in most rows;
- a column that is one column over another in most rows (a density, a yield; × 100, a percentage of the
  period before);
- a row and the rows under it, as a tree built from the sums they make ("TỔNG SỐ" = "I." + "II." + "III.",
  each its districts; "Tiểu học" = "Công lập" + "Ngoài công lập"), and every further breakdown of the
  row under "Phân theo …", judged on its last row;
- growth rates and indices ("Tỷ lệ tăng (%)", "Năm trước = 100") of the rows of years, or of the columns
  of years, the rows paired by their names;
- shares ("Cơ cấu (%)") worked out from the figures: of the total column by year, or of the total row;
- a column of shares beside each year's figures ("2012 | Tỷ lệ (%)"), of its group's row of 100 or of rows
  whose shares make 100; a total at the foot of its rows ("Tổng cộng"); a column of the average growth of the
  columns before it ("bình quân giai đoạn", "BQ"), the rates compounded; a row of changes under its row of
  figures ("Tăng/giảm %"), each column against the one the rows show it is measured from.

Sections whose headers the page prints elsewhere are told by their figures (rows of 100, figures a tenth
of those above). A cell that does not add up is a slip only when the other columns of the same rows do;
a share one unit off (an office's adjustment so that shares add up to 100), a sum within the rounding of
figures in thousands, or a cell that fits read the other way ("9,844" among counts of people) is
ambiguous rather than a slip.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from functools import lru_cache, partial

from chitieu.checker.judge import message, show, triple
from chitieu.checker.model import Claim, FigureKind, Recomputation, Role, Verdict
from chitieu.checker.rules import judged_claim, share_of, share_of_a_sum, sum_of_parts
from chitieu.checker.tokens import MEASURE_UNITS, Figure, Sentence, cell_figure, sentence_of, spaced_figure
from chitieu.core.text import Bilingual

MIN_ROWS = 3  # rows of as many figures, for a block of lines to be read as a grid
LABEL_LINE = 90  # a longer line without figures at its end is prose: the grid has ended
BLANK_RUN = 8  # lines without figures in a row (labels, units, bullets) before a grid is taken to end
MOST = Decimal("0.6")  # the share of rows (or columns) a layout must hold in to be the table's own
SAMPLE = 60  # the rows a grouping or a quotient is looked for in (a grid's layout shows in its first rows)
CHILDREN = 40  # the rows under a row looked at for its parts
# the cells judged in the grids of one text, at most: a yearbook table has tens or hundreds; a text of
# tables of 500.000 characters, tens of thousands, which would take twice as long as its prose to judge
MAX_CLAIMS = 5_000
MAX_BLOCK = 60_000  # characters of one grid read (5.000 cells and more)

HUNDRED = Decimal(100)

_NUMBER = r"[-−]?\d+(?:[.,]\d+)*"
_EMPTY = r"[-–—]|\.\.\.|…"  # a cell left empty
# (a figure marked as an estimate: "24.615*", "1.236.306(*)")
_CELL_TOKEN = re.compile(rf"(?P<number>{_NUMBER}%?)(?:\(\*+\)|\*+)?|(?P<empty>{_EMPTY})")
_ANY_CELL = rf"(?:{_NUMBER}%?(?:\(\*+\)|\*+)?|{_EMPTY})"
_ROW_NUMBER = re.compile(r"\d{1,2}")  # "1" on a line of its own, then the row's label
_CELLS_AT_THE_END = re.compile(rf"(?:^|(?<=\s))(?P<cells>{_ANY_CELL}(?:[ \t]+{_ANY_CELL})*)[ \t]*$")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
# (not a date's: "06/10/2017"; "Sơ bộ - Prel.2017" is one)
_YEARS = re.compile(r"(?<![\d,/])(?<!\d\.)(?P<year>19[5-9]\d|20[0-4]\d)(?:\s*-\s*(?:19|20)\d\d)?(?![\d.,/])")
_LETTER = re.compile(r"[^\W\d_]")
# (or the whole and "chia ra", its parts: "Toàn tỉnh | Chia ra | TPVL | Long Hồ | …", n2003)
_HEADER_TOTAL = re.compile(r"tổng số|(?<!\w)total(?!\w)|(?<!\w)chia ra(?!\w)")
# (not the natural increase of a population, a rate per thousand beside its births and deaths: "Tỷ suất sinh
# thô, tỷ suất chết thô và tỷ lệ tăng tự nhiên", raw63/um12, um14)
_RATES = re.compile(
    r"(?:tỷ lệ tăng|tỉ lệ tăng|tốc độ tăng)(?! tự nhiên)|growth rate|chỉ số phát triển|năm trước\s*=\s*100"
    r"|previous year\s*=\s*100"
)
_SHARES = re.compile(r"cơ cấu|(?<!\w)structure(?!\w)|tỷ trọng")
# rates of a whole the table does not hold: "So với dân số (%) - Proportion of population (%)" (raw56/uf18)
_OF_ANOTHER_WHOLE = re.compile(r"so với (?:tổng )?dân số|proportion of (?:the )?population")
# a row of some of the row above it, named on the line that opens with "Trong đó" ("Trong đó: Số giáo viên đạt
# chuẩn trở lên"), not a heading of the rows after it ("Trong đó - Of which:" on a line of its own)
# (… or its abbreviation: "Trđó:Bằng cơ giới", "T.đó:Bằng cơ giới", n2346)
_OF_WHICH = re.compile(r"\s*(?:trong đó|trđó|tr\.đó|t\.đó)\s*[:\-–]?\s*(?!of which)[^\W\d_]", re.IGNORECASE)
_PARTS_BY = re.compile(r"phân theo|chia theo|(?<!\w)by (?:types?|kinds?) of(?!\w)")  # another breakdown
# figures rounded to a scale: "Nghìn tấn.km - Thous. tons.km", "Triệu đồng - Mill. dongs"
_SCALED = re.compile(
    r"(?<!\w)(?:nghìn|ngàn|triệu|tỷ|thous\.|thousand|mill\.|million|bill\.|billion)(?!\w)"
    r"|(?<![\w.,])1(?:[.,]000)+ ?(?:đ|đồng|vnđ|vnd)(?!\w)"  # "Đơn vị: 1.000.000đ" (n2018)
    # … or its unit in thousands: "1000 tấn", "1000HK/km" (n2346)
    r"|(?<![\w.,])1000 ?(?:tấn|hk|người|lượt|m3|ha|con|kwh|tấn/km|hk/km)(?!\w)"
)

_SUM_LABEL = Bilingual("sum of the table's parts", "tổng các thành phần của bảng")
_QUOTIENT_LABEL = Bilingual("quotient of two columns", "thương của hai cột")
_GROWTH_LABEL = Bilingual("growth on the year before", "tăng so với năm trước")
_INDEX_LABEL = Bilingual("index, year before = 100", "chỉ số, năm trước = 100")
_SHARE_LABEL = Bilingual("share of the total", "cơ cấu trong tổng số")

VALUES, RATES, SHARES = "values", "rates", "shares"
OF_ANOTHER_WHOLE = "of another whole"  # rates the table's figures cannot give: left unread


@dataclasses.dataclass
class _Row:
    label: str  # lower case, the lines before its figures joined
    cells: list[Figure | None]  # None: a cell left empty ("-")
    signs: list[int]
    sentence: Sentence  # the whole grid read as one sentence (its figures are the cells)
    year: int | None = None
    section: str = VALUES  # values, their growth rates (or indices), or their shares (cơ cấu)
    said_before: int = 0  # how many labels the grid has said up to this row
    segment: int = 0  # rows of one section, in turn (a section's years said over again start another)
    padded: bool = False  # a narrower row, its cells taken as the first columns' (a group's, without indices)
    of_which: bool = False  # some of the row above, named on the line of "Trong đó:" (see _OF_WHICH)

    def full(self, columns: Sequence[int]) -> bool:
        """Whether every one of ``columns`` holds a figure that is not negative."""
        return all(self.cells[c] is not None and self.signs[c] > 0 for c in columns)

    def filled(self, columns: Sequence[int]) -> bool:
        """Whether the first of ``columns`` holds a figure, and the others a figure or nothing ("-", none
        of them: a yearbook's dash is "không có hiện tượng phát sinh"), none negative."""
        return (
            self.cells[columns[0]] is not None
            and any(self.cells[c] is not None for c in columns[1:])
            and all(self.signs[c] > 0 for c in columns if self.cells[c] is not None)
        )


@dataclasses.dataclass
class _Grid:
    rows: list[_Row]
    header: str  # the words above the first row
    years: list[int]  # the columns' years, when the columns are years ("2010 2014 2015 …")

    @property
    def width(self) -> int:
        return len(self.rows[0].cells)

    def section(self, name: str) -> list[_Row]:
        return [row for row in self.rows if row.section == name]


def grid_claims(text: str, judged: set[int], figures: Sequence[Figure]) -> Iterator[Claim]:
    """The claims of every yearbook grid in ``text`` (the working text), on figures not in ``judged``;
    ``figures``: the text's figures as its sentences read them, in order."""
    starts = [figure.start for figure in figures]
    budget = MAX_CLAIMS
    for start, end in _blocks(text):
        if budget <= 0:
            return
        if end - start > MAX_BLOCK:  # of a longer grid, its start is read
            end = text.rfind("\n", start, start + MAX_BLOCK) + 1 or start + MAX_BLOCK
        inside = figures[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        spaced = _spaced_thousands(text[start:end])
        block = sentence_of(text[start:end], start, _with_spaced(text, start, end, inside, spaced))
        grid = _read_grid(text, start, end, block, spaced)
        if grid is None:
            continue
        for claim in _claims(grid):
            if budget <= 0:
                return
            if claim.printed.start not in judged:
                judged.add(claim.printed.start)
                budget -= 1
                # quoted: the line of the printed figure, not the whole table
                line_start = text.rfind("\n", 0, claim.printed.start) + 1
                line_end = text.find("\n", claim.printed.end)
                line_end = len(text) if line_end < 0 else line_end
                line = text[line_start:line_end]
                # … and marked on the printed figure alone: its inputs are in other lines, other rows
                yield dataclasses.replace(
                    claim,
                    sentence=line,
                    sentence_start=line_start,
                    start=claim.printed.start,
                    end=claim.printed.end,
                )


@dataclasses.dataclass(frozen=True)
class _LineCells:
    """A line's words before its cells, and its cells: (start, end, sign) in the line, start = end for an
    empty one ("-")."""

    words: str
    cells: list[tuple[int, int, int]]


def _with_spaced(
    text: str, start: int, end: int, figures: Sequence[Figure], spaced_block: bool = False
) -> list[Figure]:
    """The block's figures, each cell one: a row between bars whose thousands are set apart by spaces read
    whole ("230 065", not 230 and 065), and cells the sentence reader joined as such thousands read apart
    ("106 104 105": three indices)."""
    spaced: list[Figure] = []
    starts = [figure.start for figure in figures]

    def joined(at: int, until: int) -> bool:  # the sentence reader's figure here holds more than this cell
        index = bisect.bisect_right(starts, at) - 1
        if index < 0:
            return False
        figure = figures[index]
        return figure.start <= at and until <= figure.end and (figure.start, figure.end) != (at, until)

    position = start
    for line in text[start:end].splitlines(keepends=True):
        for offset, piece in _glued_rows(line.rstrip("\n")):
            found = _line_cells(piece, spaced_block)
            for cell_start, cell_end, _ in found.cells if found else ():
                at, until = position + offset + cell_start, position + offset + cell_end
                if " " in piece[cell_start:cell_end]:
                    figure = spaced_figure(text, at)
                elif joined(at, until):
                    figure = cell_figure(text, at, until)
                else:
                    continue
                if figure is not None:
                    spaced.append(figure)
        position += len(line)
    if not spaced:
        return [figure for figure in figures if figure.end <= end]
    taken = [(figure.start, figure.end) for figure in spaced]
    kept = [
        figure
        for figure in figures
        if figure.end <= end and not any(a < figure.end and figure.start < b for a, b in taken)
    ]
    return sorted([*kept, *spaced], key=lambda figure: figure.start)


def _line_cells(line: str, spaced: bool = False) -> _LineCells | None:
    """The cells that end a line, when they hold a figure (or the line is nothing but empty cells); a row
    set between bars ("Tiểu học | 230 065 | 240 771 |") read by its bars; ``spaced``: in a block that sets
    thousands apart by spaces (see :func:`_spaced_thousands`), a line of one such figure is one cell."""
    stripped = line.strip()
    if not stripped or len(stripped) > 4 * LABEL_LINE:
        return None
    if spaced and _SPACED_LINE.fullmatch(stripped):
        at = line.index(stripped)
        return _LineCells("", [(at, at + len(stripped), 1)])
    if line.count("|") >= 2:
        return _bar_cells(line)
    match = _CELLS_AT_THE_END.search(line.rstrip())
    if match is None:
        return None
    words = line[: match.start("cells")].strip()
    if not _DIGIT.search(match.group("cells")) and words:
        return None  # "TỔNG SỐ -": a label and its dash
    start = match.start("cells")
    level = _LEVEL_NAMED.match(line, start) if _LEVEL_BEFORE.search(words) else None
    if level is not None and len(match.group("cells").split()) >= 3:
        start = level.end()  # "Mức 3 68544 61827 …", "Mức 1, 2 268763 …" (n641): the level names the row
        words = line[:start].strip()
    cells = []
    for token in _CELL_TOKEN.finditer(line, start):
        if token.group("empty"):
            cells.append((token.start(), token.start(), 1))
        elif line[token.start()] in "-−":
            cells.append((token.start() + 1, token.end("number"), -1))
        else:
            cells.append((token.start(), token.end("number"), 1))
    return _LineCells(words, cells)


# a row named by its level, its number before its cells: "Mức 3 68544 …", "Mức 1, 2 268763 …"
_LEVEL_BEFORE = re.compile(r"(?:^|\s)(?:mức|mức độ|cấp độ|loại|hạng|bậc|nhóm)(?: \d{1,2},)*$", re.IGNORECASE)
_LEVEL_NAMED = re.compile(r"\d{1,2}(?= )")


_BAR_CELL = re.compile(
    rf"(?P<spaced>\d{{1,3}}(?: \d{{3}})+(?:,\d+)?)|(?P<number>{_NUMBER}%?)|(?P<empty>{_EMPTY})"
)


def _bar_cells(line: str) -> _LineCells | None:
    """A row set between bars: its label the first cell with words, then a cell between each two bars."""
    words: list[str] = []
    cells: list[tuple[int, int, int]] = []
    position = 0
    for piece in line.split("|"):
        start, position = position, position + len(piece) + 1
        content = piece.strip()
        if not content:
            continue
        at = start + piece.index(content)
        found = _BAR_CELL.fullmatch(content)
        if found is None:
            if cells:
                return None  # words after the cells: not a row of figures
            words.append(content)
        elif found.group("empty"):
            cells.append((at, at, 1))
        elif content[0] in "-−":
            cells.append((at + 1, at + len(content), -1))
        else:
            cells.append((at, at + len(content), 1))
    if not any(start < end for start, end, _ in cells):
        return None
    return _LineCells(" ".join(words), cells)


# three cells or more, then a row's label that starts with a capital: "… 106 104 105 Nam 4027 81.39 …"
_GLUED_RUN = re.compile(rf"(?<!\S){_ANY_CELL}(?:[ \t]+{_ANY_CELL}){{2,}}[ \t]+(?=[^\W\d_])")


def _glued_rows(line: str) -> Iterator[tuple[int, str]]:
    """The rows a line holds, with their offsets: one, or several a copy ran together ("1 Phân tích theo giới
    tính 4948 100.00 5234 100.00 … Nam 4027 81.39 … Nữ 921 18.61 …"), each its label then its cells; a run of
    cells followed by a word that is not a label's (one in lower case: "Từ 18 - 30 tuổi") ends no row."""
    cuts = [
        found.end()
        for found in _GLUED_RUN.finditer(line)
        if line[found.end()].isupper() and _DIGIT.search(found.group())
    ]
    if not cuts or _line_cells(line[cuts[-1] :]) is None:
        yield 0, line
        return
    for begin, finish in itertools.pairwise([0, *cuts, len(line)]):
        yield begin, line[begin:finish]


def _figure_line(line: str) -> bool:
    return _line_cells(line) is not None


# a line of one figure whose thousands are set apart by spaces ("3 533 823", "291 941")
_SPACED_LINE = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?")
# … one that can be nothing else: a group opening with 0 ("3 696 096"), or one or two digits then two groups
_SURELY_SPACED = re.compile(r"\d{1,3}(?: \d{3})* 0\d\d(?: \d{3})*(?:,\d+)?|\d{1,2}(?: \d{3}){2,}(?:,\d+)?")


def _spaced_thousands(block: str) -> bool:
    """Whether a block copied one cell to a line sets its thousands apart by spaces: a line holds a figure
    that can only be read so ("3 696 096": no cell opens with a 0; Nghệ An's yearbook, n2262) — then every
    line of one such figure is one cell ("291 941"), not two."""
    lines = [line.strip() for line in block.splitlines()]
    return any(_SURELY_SPACED.fullmatch(line) for line in lines if line)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of lines where figures end lines, at least ``MIN_ROWS`` of them, with short lines between."""
    start = previous_end = None
    figured = quiet = 0
    position = 0
    for line in text.splitlines(keepends=True):
        line_start, position = position, position + len(line)
        stripped = line.strip()
        if stripped == "|":
            stripped = ""  # a bar between cells, on a line of its own: no words
        if _figure_line(line):
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
    spans: list[tuple[int, int, int]]  # start, end, sign of each cell (start = end: empty)
    words_before: str = ""  # the labels said since the row before (section headers among them)


def _read_grid(text: str, start: int, end: int, block: Sentence, spaced: bool = False) -> _Grid | None:
    """The grid's rows of its most common number of cells, its header and its columns' years.

    A row is its label, then its cells: on the label's line, or on the lines after it, one or more to a
    line, up to the next label. Rows copied one to a line ("2015 1.236.306 615.531 …") start with a
    year or hold two cells or more each. ``spaced``: the block sets thousands apart by spaces (see
    :func:`_spaced_thousands`).
    """
    lines: list[tuple[int, str, _LineCells | None]] = []
    position = start
    for line in text[start:end].splitlines(keepends=True):
        for offset, piece in _glued_rows(line.rstrip("\n")):
            lines.append((position + offset, piece, _line_cells(piece, spaced)))
        position += len(line)
    # (not when most cells are alone on their lines, a few lines holding two or more of them where the copy
    # glued them: "98,38" / "99,51" / "97,95 100,64" / "99,33" (n2166); "2. Huyện Bình Sơn" / "175.205 177.302
    # 177.564 178.689" / "178.775" (raw63/um06) — the cells run on up to the next row's label)
    several = [len(found.cells) for _, _, found in lines if found and len(found.cells) >= 2]
    alone = sum(1 for _, _, found in lines if found and len(found.cells) == 1 and not found.words)
    by_lines = len(several) >= MIN_ROWS and len(several) * 3 >= alone
    raw: list[_Cells] = []
    label: list[str] = []
    said: list[str] = []  # every label since the last row
    current: _Cells | None = None
    one_line = False  # the current row's cells came on one line with others
    numbered = 0  # the number of the last row numbered on a line of its own ("1", "2", …)
    after: list[str] = []  # the next line that is not blank, for each line
    for _, line, _ in reversed(lines):
        after.append(after[-1] if after else "")
        if line.strip() not in ("", "|"):
            after[-1] = line.strip()
    after.reverse()
    for number, (at, line, found) in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped == "|":
            # (a bar between cells on a line of its own: "1" / "|" / "Thành phố Yên Bái" / "|" / "1.443" / "|"
            # …, n1911 — one cell a line, the bars kept)
            continue
        next_line = after[number + 1] if number + 1 < len(lines) else ""
        if (
            found is not None
            and not by_lines
            and _ROW_NUMBER.fullmatch(stripped)
            and int(stripped) in (1, numbered + 1)
            # after a row's last cell, not in the middle of a row ("Trung ương" / "1" "1" "-" "1" "1")
            and (current is None or not raw or len(current.spans) >= len(raw[-1].spans))
            and _LETTER.search(next_line)
            and not _figure_line(next_line)
        ):
            found = None  # "1" / "Tổng số giường bệnh" / "160" …: the row's number, not a cell
            numbered = int(stripped)
        if found is None or (not by_lines and _LETTER.search(stripped) and "|" not in stripped):
            if current is not None:
                raw.append(current)
                current = None
            label.append(stripped)
            said.append(stripped)
            continue
        first = found.cells[0] if found.cells else None
        first_is_a_year = bool(first and first[2] == 1 and _YEAR.fullmatch(line[first[0] : first[1]]))
        if (
            first_is_a_year
            and not by_lines
            and not found.words
            and current is not None
            and raw
            and len(current.spans) < len(raw[-1].spans)
        ):
            # "TỔNG CỘNG" / "3038" / "3953" / "4219" / "4392" / "1953" (n1897): a row's last cell, one short
            # of the row before it, that reads like a year
            first_is_a_year = False
        # a row copied to a line ends there: the next line of cells is another row (a page number)
        if current is not None and (
            found.words or first_is_a_year or (by_lines and (len(found.cells) >= 2 or one_line))
        ):
            raw.append(current)
            current = None
        one_line = len(found.cells) >= 2
        if found.words:
            label.append(found.words)
            said.append(found.words)
        if current is None:
            current = _Cells(label, [], " ".join(said))
            label, said = [], []
        current.spans.extend(
            (at + cell_start, at + cell_end, sign) for cell_start, cell_end, sign in found.cells
        )
    if current is not None:
        raw.append(current)
    rows: list[_Row] = []
    said_before: list[str] = []  # what is said above each row: its labels, and years heading columns
    section: str | None = VALUES
    segment = 0
    years_seen: set[int] = set()
    opening: list[_Row] = []  # the rows of the section being read
    for number, cells in enumerate(raw):
        said_before.append(" ".join(cells.label))
        said_before.extend(text[s:e] for s, e, _ in cells.spans if _YEAR.fullmatch(text[s:e]))
        row = _row(text, cells, block)
        if row is None:
            continue
        words = cells.words_before.lower()
        named = (
            RATES
            if _RATES.search(words)
            else SHARES
            if _SHARES.search(words)
            else OF_ANOTHER_WHOLE
            if _OF_ANOTHER_WHOLE.search(words)
            else None
        )
        if _an_aside(raw, number):
            # "1.1. Thuộc danh sách SCI 341 …" / "Tỷ lệ (%) số bài SCI/ Tổng số 60 …" / "1.2. Thuộc danh sách
            # ESCI 225 …" (n1897): a ratio said between rows numbered in turn is of them, no part of their sum
            row.of_which = True
        elif (
            named is not None
            or (row.year is not None and row.year <= max(years_seen, default=row.year - 1))
            or (
                len(opening) >= 2
                and row.label == opening[0].label
                and not all(c is not None and c.value == HUNDRED for c in row.cells)  # (shares: below)
            )
        ):
            # a section said by its header, or the years (or the rows' labels) from the start again: its
            # header printed elsewhere (a page copied in another order, or a heading the copy dropped: "Số
            # giáo viên" again, then its indices, n2226), what it holds is told by its figures (see _kind_of)
            segment += 1
            years_seen = set()
            section = named
            opening = []
        elif (
            rows
            and all(c is not None and c.value == HUNDRED for c in row.cells)
            # (not "- Tỷ lệ | % | 100,00 | …": the rates of the row above, all of it)
            and not _RATES_ROW.match(row.label)
        ):
            segment += 1  # "TỔNG SỐ 100 100 100 …": the shares of the rows above, their header below
            section = SHARES
        if row.year is not None:
            years_seen.add(row.year)
        opening.append(row)
        row.section = section or ""
        row.segment = segment
        rows.append(row)
        row.said_before = len(said_before)
    _kind_of(rows)
    widths = Counter(len(row.cells) for row in rows if len(row.cells) >= 2)
    if not widths:
        return None
    width = widths.most_common(1)[0][0]
    kept = []
    for row in rows:
        narrower = width - len(row.cells)
        if narrower > 0 and len(row.cells) >= 2 and 2 * len(row.cells) >= width:
            # a group's row whose later cells the table leaves blank ("2 Phân tích theo độ tuổi 4948 100.00
            # 5234 100.00 5424 100.00", its rows with indices after): read only as a whole, or a part, of rows
            row.cells += [None] * narrower
            row.signs += [1] * narrower
            row.padded = True
        if len(row.cells) == width:
            kept.append(row)
    if sum(not row.padded for row in kept) < MIN_ROWS:
        return None
    heading = said_before[: kept[0].said_before]
    header = " ".join(heading).lower()
    years = [int(found.group("year")) for found in _YEARS.finditer(header)]
    return _Grid(kept, header, years if len(years) == width else [])


_AN_AVERAGE = r"trung bình|bình quân"
_A_RATIO_LABEL = re.compile(
    rf"tỷ lệ|tỉ lệ|\(%\)|(?<=[^\W\d_])\s?/\s?(?=[^\W\d_])|{_AN_AVERAGE}", re.IGNORECASE
)
_NUMBERED_LABEL = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*[.)]? ")


def _an_aside(raw: Sequence[_Cells], number: int) -> bool:
    """Whether the row is a ratio said between two rows that are numbered ("1.1. …", "Tỷ lệ (%) …", "1.2.
    …"), itself not: of the rows around it, no row of the table's sums."""
    if not 0 < number < len(raw) - 1:
        return False
    label = " ".join(raw[number].label)
    return (
        _A_RATIO_LABEL.search(label) is not None
        and _NUMBERED_LABEL.match(label) is None
        and all(
            _NUMBERED_LABEL.match(raw[other].label[-1] if raw[other].label else "") is not None
            for other in (number - 1, number + 1)
        )
    )


def _kind_of(rows: list[_Row]) -> None:
    """The section of the rows whose header did not say it: shares when their first column (or a row)
    is all 100; rates when they are a tenth of the figures before them or less; figures otherwise."""
    segments: dict[int, list[_Row]] = {}
    for row in rows:
        segments.setdefault(row.segment, []).append(row)
    typical: Decimal | None = None  # the figures' middle value, in the last section of figures
    for members in segments.values():
        cells = sorted(abs(c.value) for row in members for c in row.cells if c is not None)
        middle = cells[len(cells) // 2] if cells else Decimal(0)
        if not members[0].section:
            if all(row.cells[0] is not None and row.cells[0].value == HUNDRED for row in members):
                kind = SHARES
            elif typical is not None and middle * 10 <= typical:
                kind = RATES
            else:
                kind = VALUES
            for row in members:
                row.section = kind
        if members[0].section == VALUES:
            typical = middle


def _row(text: str, cells: _Cells, block: Sentence) -> _Row | None:
    """A row read: its label (a year before its figures is part of it: "2015 1.236.306 …", "Sơ bộ -
    Prel. 2023 …"), its figures; None when a cell is not read as a figure, or the row is only years."""
    label = " ".join(cells.label).lower()
    spans = cells.spans
    year = None
    if spans and spans[0][2] == 1 and _YEAR.fullmatch(text[spans[0][0] : spans[0][1]]):
        year = int(text[spans[0][0] : spans[0][1]])
        label = f"{label} {year}".strip()
        spans = spans[1:]
    elif len(years := _YEARS.findall(label)) == 1:
        year = int(years[0])
    if not any(s < e for s, e, _ in spans):
        return None
    figures: list[Figure | None] = []
    for cell_start, cell_end, _ in spans:
        if cell_start == cell_end:
            figures.append(None)
            continue
        figure = block.figure_starting_at(cell_start)
        if figure is None or figure.end != cell_end:
            return None
        figures.append(figure)
    of_which = bool(cells.label) and _OF_WHICH.match(cells.label[0]) is not None
    return _Row(label, figures, [sign for _, _, sign in spans], block, year, of_which=of_which)


def _claims(grid: _Grid) -> Iterator[Claim]:
    """What the grid shows, the readings that rest on the most first; one claim per cell."""
    claimed: set[int] = set()

    def fresh(claims: Iterator[Claim]) -> Iterator[Claim]:
        for claim in claims:
            if claim.printed.start not in claimed:
                claimed.add(claim.printed.start)
                yield claim

    values, rates, shares = grid.section(VALUES), grid.section(RATES), grid.section(SHARES)
    yield from fresh(_row_formulas(grid.rows, bool(_SCALED.search(grid.header))))
    # rows of every cell read by every reading; a narrower row padded only as a whole or a part of rows
    whole_values, whole_rates, whole_shares = (
        [row for row in rows if not row.padded] for rows in (values, rates, shares)
    )
    yield from fresh(_growth_by_year(whole_values, whole_rates))
    yield from fresh(_growth_by_column(grid, whole_values, whole_rates))
    yield from fresh(_growth_under_values(grid))
    yield from fresh(_rates_under_counts(grid))
    quotients = _quotient_columns(whole_values, grid.width)
    yield from fresh(_quotients(whole_values, quotients))
    taken = {k for _, _, k, _ in quotients}
    changes = _change_columns(whole_values, grid.width, taken)
    yield from fresh(_changes(whole_values, changes))
    taken |= {k for _, _, k in changes}
    differences = (
        _difference_columns(whole_values, grid.width, taken) if _DIFFERENCES.search(grid.header) else []
    )
    yield from fresh(_differences(whole_values, differences))
    taken |= {k for _, _, k in differences}
    unpadded = [row for row in grid.rows if not row.padded]
    averages = _average_columns(unpadded, grid.width)
    taken |= {k for k, _ in averages}
    yield from fresh(_averages(unpadded, averages))
    for rows in _segments(grid.rows):
        columns = _share_columns(rows, grid.width, taken)
        taken |= {k for _, k in columns}
        yield from fresh(_column_shares(rows, columns))
    compared = _compared_columns(grid)
    additive = [c for c in range(grid.width) if c not in taken and c not in compared]
    yield from fresh(_shares_of_values(whole_values, whole_shares))
    every = list(range(grid.width))
    # rows of rates under rows of counts ("- Tỷ lệ | % | 55,32 | …") are neither sums nor parts of the counts
    rated = [row for row in values if _RATES_ROW.match(row.label)]
    if len(rated) >= MIN_ROWS:
        values = [row for row in values if row not in rated]
    for rows in _segments(values) + _segments(shares):
        if len(rows) < 2:
            continue
        of_shares = rows[0].section == SHARES
        grouped: list[Claim] = []
        if _HEADER_TOTAL.search(grid.header) or of_shares:
            unpadded = [row for row in rows if not row.padded]
            grouped = list(fresh(_column_groups(unpadded, every if of_shares else additive)))
            yield from grouped
        # (the unit said in the header, or in the rows' labels: "4. Doanh thu (tỷ đồng) 103.208 …", n1568)
        scaled = bool(_SCALED.search(grid.header))
        rounded = scaled or any(_SCALED.search(row.label) for row in rows)
        yield from fresh(_row_tree(rows, every if of_shares else additive, rounded, scaled))
        if _HEADER_TOTAL.search(grid.header) and not of_shares and not grouped:
            # (after the rows' sums: a total row's cell is judged against the rows above it first)
            yield from fresh(_sum_columns([row for row in rows if not row.padded], additive))


def _compared_columns(grid: _Grid) -> set[int]:
    """The last columns, as many as the header names comparisons in percent ("Tháng 6/2019 so với tháng
    trước (%)", the statistics office's table of visitors, n2526), when each holds figures with decimals: each
    row's index against a period the table does not print — no column of sums."""
    compared = len(_COMPARED_IN_PERCENT.findall(grid.header))
    if not 0 < compared < grid.width:
        return set()
    columns = set(range(grid.width - compared, grid.width))
    cells = [row.cells[c] for row in grid.rows for c in columns if len(row.cells) == grid.width]
    if not cells or not all(cell is None or cell.readings[0].decimals >= 1 for cell in cells):
        return set()
    return columns


_COMPARED_IN_PERCENT = re.compile(r"so với[^()%]{0,60}\(%\)")


def _segments(rows: list[_Row]) -> list[list[_Row]]:
    """The rows in their sections, each section's structure its own."""
    found: dict[int, list[_Row]] = {}
    for row in rows:
        found.setdefault(row.segment, []).append(row)
    return list(found.values())


# ---- a total column and its groups ---------------------------------------------------------------


def _groupings(columns: Sequence[int]) -> Iterator[list[list[int]]]:
    """Every way to cut the columns after the first into runs of two or more, one "of which" column
    (a part's own part) left out or none: [[1, 2], [3, 4]] of five columns."""
    rest = list(columns[1:])
    for left_out in [None, *rest]:
        kept = [c for c in rest if c != left_out]
        inner = list(range(2, len(kept) - 1))
        for size in range(len(inner) + 1):
            for cuts in itertools.combinations(inner, size):
                bounds = [0, *cuts, len(kept)]
                runs = [kept[a:b] for a, b in itertools.pairwise(bounds)]
                if all(len(run) >= 2 for run in runs):
                    yield runs


def _parts(row: _Row, columns: Sequence[int]) -> list[Figure]:
    return [cell for c in columns if (cell := row.cells[c]) is not None]


def _fits(total: Figure, parts: Sequence[Figure], other_readings: bool = False) -> bool:
    """Whether the parts add up to the total (within the rounding of both); ``other_readings``: or do so
    once one part is read the other way ("9,844" for 9.844 people)."""
    if not parts:
        return False
    bounds = [part.bounds(part.readings[0]) for part in parts]
    low, high = sum((b[0] for b in bounds), Decimal(0)), sum((b[1] for b in bounds), Decimal(0))
    if _between(total, low, high):
        return True
    if other_readings:
        for part, (part_low, part_high) in zip(parts, bounds, strict=True):
            for reading in part.readings[1:]:
                other_low, other_high = part.bounds(reading)
                if _between(total, low - part_low + other_low, high - part_high + other_high):
                    return True
    return False


def _between(printed: Figure, low: Decimal, high: Decimal) -> bool:
    """Whether a value from ``low`` to ``high`` rounds (half-up) to the printed figure."""
    half = _half(printed)
    return low < printed.value + half and printed.value - half <= high


def _half(printed: Figure) -> Decimal:
    """Half a unit of the printed figure's last digit."""
    return printed.unit(printed.readings[0]) / 2


def _within(printed: Figure, recomputation: Recomputation) -> bool:
    """Whether a value the recomputation allows rounds (half-up) to the printed figure."""
    half = printed.unit(printed.readings[0]) / 2
    return recomputation.low < printed.value + half and printed.value - half <= recomputation.high


def _column_groups(rows: list[_Row], columns: Sequence[int]) -> Iterator[Claim]:
    """Each row's first figure against its groups of parts, where a grouping adds up in most rows."""
    if len(columns) < 3 or len(columns) > 10:
        return
    sample = [row for row in rows if row.filled(columns)][:SAMPLE]
    best: tuple[int, list[list[int]]] | None = None
    for runs in _groupings(columns):
        holding = sum(
            all(_fits(row.cells[columns[0]], _parts(row, run)) for run in runs)  # type: ignore[arg-type]
            for row in sample
        )
        if best is None or holding > best[0]:
            best = (holding, runs)
    if best is None or best[0] < MIN_ROWS or best[0] < MOST * len(sample):
        return
    runs = best[1]
    for row in rows:
        total = row.cells[columns[0]]
        if total is None or not row.filled(columns):
            continue
        for number, run in enumerate(runs):
            parts = _parts(row, run)  # (a part left empty, "-", is none)
            if not parts or (number and row.cells[run[-1]] is None):
                continue
            if number == 0:  # the total: the first group's parts added up
                numbers = [*((Role.PART, part) for part in parts), (Role.TOTAL, total)]
                signs = [1] * len(parts)
                recomputation = sum_of_parts(parts, _SUM_LABEL)
            else:  # a later group: its last part is what the total leaves of the others
                *others, last = parts
                numbers = [(Role.TOTAL, total), *((Role.PART, part) for part in others), (Role.PART, last)]
                signs = [1] + [-1] * len(others)
                recomputation = sum_of_parts([total, *others], _SUM_LABEL, signs)
            yield _judged(
                row.sentence,
                numbers,
                [recomputation],
                "grid_columns",
                lambda figures, signs=signs: sum_of_parts(figures, _SUM_LABEL, signs),  # type: ignore[misc]
            )


def _sum_columns(rows: list[_Row], columns: Sequence[int]) -> Iterator[Claim]:
    """A column that is two others added, wherever they stand, in every row but a few ("Tổng số phiếu C" =
    "Số phiếu nghèo" + "Số phiếu cận nghèo", the two after it and apart, n1911): where the header says a total
    and no run of columns after the first adds up."""
    if not 3 <= len(columns) <= 10:
        return
    sample = [row for row in rows if row.full(columns)][:SAMPLE]
    if len(sample) < MIN_ROWS + 1:
        return
    found: list[tuple[int, int, int]] = []
    for k in columns:
        best: tuple[int, int, int] | None = None
        for i, j in itertools.combinations([c for c in columns if c != k], 2):
            holding = sum(
                row.cells[k].value == row.cells[i].value + row.cells[j].value  # type: ignore[union-attr]
                and row.cells[i].value > 0  # type: ignore[union-attr]
                and row.cells[j].value > 0  # type: ignore[union-attr]
                for row in sample
            )
            if best is None or holding > best[0]:
                best = (holding, i, j)
        if best is not None and best[0] >= max(MIN_ROWS + 1, len(sample) - 1):
            found.append((k, best[1], best[2]))
    used = {c for triple in found for c in triple[1:]}
    for k, i, j in found:
        if k in used:
            continue  # a sum that is itself a part of another is read as that part
        for row in rows:
            total, first, second = row.cells[k], row.cells[i], row.cells[j]
            if total is None or first is None or second is None:
                continue
            yield _judged(
                row.sentence,
                [(Role.PART, first), (Role.PART, second), (Role.TOTAL, total)],
                [sum_of_parts([first, second], _SUM_LABEL)],
                "grid_columns",
                lambda figures: sum_of_parts(figures, _SUM_LABEL),
            )


# ---- a row that says how it is worked out from the numbered rows above it ----------------------------

# "5. Lợi nhuận gộp (3)-(4)", "11. Lợi nhuận thuần từ hoạt động kinh doanh (5)+(6)-(7)+(8)-(9)-(10)": an
# income statement copied from a broker's page (n2018), each row numbered, its formula at the label's end
_ROW_FORMULA = re.compile(r"\(\s*\d{1,2}\s*\)(?:\s*[-+−]\s*\(\s*\d{1,2}\s*\))+\s*$")
_FORMULA_TERM = re.compile(r"([-+−]?)\s*\(\s*(\d{1,2})\s*\)")
_NUMBERED_ROW = re.compile(r"(\d{1,2})\s*[.)]\s")
_FORMULA_LABEL = Bilingual("the row's own formula", "công thức của chính dòng")


def _row_formulas(rows: list[_Row], rounded: bool) -> Iterator[Claim]:
    """Each cell of a row whose label ends with its formula over the numbered rows ("(5)+(6)-(7)"), worked
    out column by column from theirs (a figure printed negative taken so); a row none of whose cells fits
    is not judged — its formula, or the rows it names, were not read as printed. ``rounded``: the figures
    are rounded to the table's unit ("Đơn vị: 1.000.000đ"), each within half a unit of its own."""
    numbered = {int(match.group(1)): row for row in rows if (match := _NUMBERED_ROW.match(row.label))}
    for row in rows:
        formula = _ROW_FORMULA.search(row.label)
        if formula is None:
            continue
        terms = [
            (-1 if sign in ("-", "−") else 1, int(number))
            for sign, number in _FORMULA_TERM.findall(formula.group())
        ]
        if any(number not in numbered or numbered[number] is row for _, number in terms):
            continue
        judged: list[Claim] = []
        inputs = [numbered[number] for _, number in terms]
        for column, printed in enumerate(row.cells):
            if printed is None or column >= min(len(other.cells) for other in inputs):
                continue
            parts = [other.cells[column] for other in inputs]
            if any(part is None for part in parts):
                continue
            signs = [
                sign * other.signs[column] * row.signs[column]
                for (sign, _), other in zip(terms, inputs, strict=True)
            ]
            figures = [part for part in parts if part is not None]
            recomputation = sum_of_parts(figures, _FORMULA_LABEL, signs)
            if rounded:
                slack = sum((_half(part) for part in figures), Decimal(0))
                recomputation = dataclasses.replace(
                    recomputation, low=recomputation.low - slack, high=recomputation.high + slack
                )
            numbers = [*((Role.PART, part) for part in figures), (Role.TOTAL, printed)]
            judged.append(_judged(row.sentence, numbers, [recomputation], "grid_row_formula"))
        if any(claim.verdict.fits for claim in judged):
            yield from judged


# ---- a column that is one column over another ----------------------------------------------------


def _quotient(numerator: Figure, denominator: Figure, percent: bool = False) -> Recomputation | None:
    """numerator / denominator (× 100 for a percentage: a share, worked out as every share is), with the
    interval of their rounding."""
    a, b = triple(numerator), triple(denominator)
    if b[1] <= 0 or b[0] <= 0:
        return None
    if percent:
        return share_of(numerator, denominator, _QUOTIENT_LABEL)[0]
    value = a[0] / b[0]
    formula = message("{} / {} = {}", "{} / {} = {}", a[0], b[0], value)
    return Recomputation(value, a[1] / b[2], a[2] / b[1], formula, _QUOTIENT_LABEL)


def _quotient_fits(row: _Row, i: int, j: int, k: int, scale: Decimal) -> bool:
    """Whether column k is column j over column i in this row, × ``scale`` (100 for a column of
    percentages, with their sign or under a "Tỷ lệ (%)" head), rounded half-up or cut (the bounds only: no
    formula written)."""
    numerator, denominator, printed = row.cells[j], row.cells[i], row.cells[k]
    if numerator is None or denominator is None or printed is None:
        return False
    a, b = triple(numerator), triple(denominator)
    if b[1] <= 0:
        return False
    unit = printed.unit(printed.readings[0])
    low, high = a[1] / b[2] * scale, a[2] / b[1] * scale
    return low < printed.value + unit and printed.value - unit / 2 <= high


def _quotient_columns(rows: list[_Row], width: int) -> list[tuple[int, int, int, bool]]:
    """(i, j, k, percent): column k is column j over column i in most rows (a density: people over km²;
    a percentage: this year's over last year's, voters over electors; ``percent``: × 100, the column's
    figures printed with "%" or without it, in nearly every row)."""
    plain = [row for row in rows if row.full(range(width))][:SAMPLE]
    if len(plain) < MIN_ROWS or width > 10:
        return []
    found: list[tuple[int, int, int, bool]] = []
    for k in reversed(
        range(width)
    ):  # from the right: a column worked out comes after those it is worked from
        if any(k in (i, j) for i, j, _, _ in found):
            continue  # the inputs of one found (people over a density gives the area back)
        signed = all(row.cells[k].kind == FigureKind.PERCENT for row in plain)  # type: ignore[union-attr]
        scales = (HUNDRED,) if signed else (Decimal(1), HUNDRED)
        most = MOST if signed else Decimal("0.8")
        worked_out = {column for _, _, column, _ in found}
        pairs = list(itertools.permutations([c for c in range(width) if c != k and c not in worked_out], 2))
        fitting = (
            (i, j, k, scale == HUNDRED)
            for scale in scales
            for i, j in pairs
            if (holding := sum(_quotient_fits(row, i, j, k, scale) for row in plain)) >= MIN_ROWS
            and holding >= most * len(plain)
        )
        if (quotient := next(fitting, None)) is not None:
            found.append(quotient)
    return found


def _quotients(rows: list[_Row], quotients: list[tuple[int, int, int, bool]]) -> Iterator[Claim]:
    for i, j, k, percent in quotients:
        for row in rows:
            numerator, denominator, printed = row.cells[j], row.cells[i], row.cells[k]
            if numerator is None or denominator is None or printed is None or not row.full((i, j, k)):
                continue  # (another column may hold a fall: "Năng suất 51,3 50,0 97,5 -1,3", n1711)
            recomputation = _quotient(numerator, denominator, percent)
            if recomputation is None:
                continue
            numbers = [(Role.TOTAL, numerator), (Role.TOTAL, denominator), (Role.ACTUAL, printed)]
            yield _judged(
                row.sentence,
                numbers,
                [recomputation],
                "grid_quotient",
                lambda f, percent=percent: _quotient(f[0], f[1], percent),  # type: ignore[misc]
            )


# ---- a column of the change of one column on another ----------------------------------------------


def _change_columns(rows: list[_Row], width: int, taken: set[int]) -> list[tuple[int, int, int]]:
    """(i, j, k): column k, printed with "%" in every row, is the change of column j on column i in most
    rows ("Tổng doanh thu 25.978 25.350 -2% 28.647 13% …": each year's figure, then its change on the year
    before, n2241) — the nearest columns before it tried first."""
    sample = [row for row in rows if all(cell is not None for cell in row.cells)][:SAMPLE]
    if len(sample) < MIN_ROWS or not 3 <= width <= 16:
        return []
    percent = [
        k
        for k in range(width)
        if all(row.cells[k].kind == FigureKind.PERCENT for row in sample)  # type: ignore[union-attr]
    ]
    found: list[tuple[int, int, int]] = []
    for k in percent:
        if k in taken:
            continue
        before = [c for c in reversed(range(k)) if c not in percent and c not in taken]
        for j, i in ((j, i) for j in before for i in before if i < j):
            holding = sum(
                (change := _column_growth(row, k, row.cells[j], row.cells[i], False)) is not None
                and _within(row.cells[k], change)  # type: ignore[arg-type]
                for row in sample
            )
            if holding >= MIN_ROWS and holding >= MOST * len(sample):
                found.append((i, j, k))
                break
    return found


def _changes(rows: list[_Row], changes: list[tuple[int, int, int]]) -> Iterator[Claim]:
    for i, j, k in changes:
        for row in rows:
            if (claim := _growth_claim(row, k, row.cells[j], row.cells[i], index=False)) is not None:
                yield claim


# ---- a column that is one column less another ---------------------------------------------------

_DIFFERENCE_LABEL = Bilingual("difference of two columns", "hiệu của hai cột")
# a header that says a column of differences: "So sánh | % | +,-", "Tăng/giảm", "Chênh lệch" (not "Tổng số =
# Nam + Nữ", where a part is also the total less the other)
_DIFFERENCES = re.compile(r"\+ ?[,/] ?[-−]|tăng ?[,/] ?giảm|chênh lệch|\(\+\)")


def _difference(row: _Row, i: int, j: int, k: int) -> Recomputation | None:
    """Column j less column i in this row, in the way column k's sign says it ("-1,3" a fall)."""
    later, earlier = row.cells[j], row.cells[i]
    if later is None or earlier is None or row.signs[i] < 0 or row.signs[j] < 0:
        return None
    later, earlier = _as_measured(row, later, earlier)
    a, b = triple(later), triple(earlier)
    sign = row.signs[k]
    value = (a[0] - b[0]) * sign
    low, high = sorted(((a[1] - b[2]) * sign, (a[2] - b[1]) * sign))
    formula = message("{} − {} = {}", "{} − {} = {}", a[0], b[0], a[0] - b[0])
    return Recomputation(value, min(low, value), max(high, value), formula, _DIFFERENCE_LABEL)


def _difference_columns(rows: list[_Row], width: int, taken: set[int]) -> list[tuple[int, int, int]]:
    """(i, j, k): column k is column j less column i, its sign said, in nearly every row ("TH cùng kỳ 2016 |
    TH trong kỳ | % | +,-", n1711)."""
    sample = [row for row in rows if all(row.cells[c] is not None for c in range(width))][:SAMPLE]
    if len(sample) < MIN_ROWS + 1 or not 3 <= width <= 10:
        return []
    found: list[tuple[int, int, int]] = []
    for k in reversed(range(width)):
        if k in taken or any(k in (i, j) for i, j, _ in found):
            continue
        for i, j in itertools.permutations([c for c in range(width) if c != k and c not in taken], 2):
            holding = sum(
                (difference := _difference(row, i, j, k)) is not None
                and difference.value != 0
                and _within(row.cells[k], difference)  # type: ignore[arg-type]
                for row in sample
            )
            if holding >= MIN_ROWS + 1 and holding >= Decimal("0.8") * len(sample):
                found.append((i, j, k))
                break
    return found


def _differences(rows: list[_Row], differences: list[tuple[int, int, int]]) -> Iterator[Claim]:
    for i, j, k in differences:
        for row in rows:
            printed, later, earlier = row.cells[k], row.cells[j], row.cells[i]
            if printed is None or later is None or earlier is None:
                continue
            if (recomputation := _difference(row, i, j, k)) is None:
                continue
            numbers = [(Role.CURRENT, later), (Role.PREVIOUS, earlier), (Role.CHANGE, printed)]
            yield _judged(row.sentence, numbers, [recomputation], "grid_difference")


# ---- a column of the average growth of the columns before it ------------------------------------

_AVERAGE_LABEL = Bilingual("average growth a year", "tốc độ tăng bình quân")


def _average_columns(rows: list[_Row], width: int) -> list[tuple[int, int]]:
    """(k, n): column k is the average growth of the n columns before it in most rows ("Tốc độ tăng trưởng
    bình quân giai đoạn 2016-2019" after each year's growth; "BQ" after the indices "2013/2012",
    "2014/2013"): the rates compounded, the nth root taken."""
    plain = [row for row in rows if None not in row.cells][:SAMPLE]  # (a rate may be negative)
    if len(plain) < MIN_ROWS or width > 12:
        return []
    found = []
    for k in range(2, width):
        best: tuple[int, int] | None = None
        for n in range(2, k + 1):
            holding = sum(
                _within(printed, average)
                for row in plain
                if (printed := row.cells[k]) is not None and (average := _average(row, k, n)) is not None
            )
            if holding >= MIN_ROWS and holding >= MOST * len(plain) and (best is None or holding > best[0]):
                best = (holding, n)
        if best is not None:
            found.append((k, best[1]))
    return found


def _average(row: _Row, k: int, n: int) -> Recomputation | None:
    """The compounded average of the n cells before cell k, of indices (about 100) or of growth rates (about
    0, each a factor once 100 is added), within the rounding of each."""
    cells = row.cells[k - n : k]
    if None in cells or row.cells[k] is None:
        return None
    signed = list(zip(cells, row.signs[k - n : k], strict=True))
    values = [cell.value * sign for cell, sign in signed]  # type: ignore[union-attr]
    offset = Decimal(0) if sorted(values)[n // 2] >= 50 else HUNDRED
    bounds = [
        sorted((low * sign, high * sign))
        for cell, sign in signed
        for low, high in [cell.bounds(cell.readings[0])]  # type: ignore[union-attr]
    ]

    def compounded(figures: Sequence[Decimal]) -> Decimal | None:
        product = Decimal(1)
        for figure in figures:
            product *= (figure + offset) / HUNDRED
        return product ** (Decimal(1) / n) * HUNDRED - offset if product > 0 else None

    value, low, high = (
        compounded(values),
        compounded([b[0] for b in bounds]),
        compounded([b[1] for b in bounds]),
    )
    if value is None or low is None or high is None:
        return None

    def written(lang: str) -> str:
        factors = " × ".join(
            show((figure + offset) / HUNDRED, lang, cell.decimals + 2)  # type: ignore[union-attr]
            for figure, (cell, _) in zip(values, signed, strict=True)
        )
        less = f" − {show(offset, lang)}" if offset else ""
        return f"({factors})^(1/{n}) × 100{less} = {show(value, lang)}"

    formula = Bilingual(written("en"), written("vi"))
    return Recomputation(value, min(low, value), max(high, value), formula, _AVERAGE_LABEL)


def _averages(rows: list[_Row], averages: list[tuple[int, int]]) -> Iterator[Claim]:
    for k, n in averages:
        for row in rows:
            average = _average(row, k, n) if None not in row.cells else None
            printed = row.cells[k]
            if average is None or printed is None:
                continue
            inputs = [cell for cell in row.cells[k - n : k] if cell is not None]
            numbers = [*((Role.CHANGE, cell) for cell in inputs), (Role.CHANGE, printed)]
            claim = _judged(row.sentence, numbers, [average], "grid_average")
            if claim.verdict.alarm:
                simple = sum((value for value in (cell.value for cell in inputs)), Decimal(0)) / n
                if abs(simple - printed.value) <= _half(printed):
                    # the rates' plain mean, as some offices give it: not a slip
                    claim = dataclasses.replace(
                        claim,
                        verdict=Verdict.AMBIGUOUS,
                        slip=None,
                        message=claim.message
                        + Bilingual(
                            " The rates' plain mean gives it.",
                            " Trung bình cộng của các tốc độ thì cho ra số này.",
                        ),
                    )
            yield claim


# ---- a column of shares beside a column of figures ---------------------------------------------


def _share_columns(rows: list[_Row], width: int, taken: set[int]) -> list[tuple[int, int]]:
    """(j, k): column k holds the shares of column j in most rows ("2012 | Tỷ lệ (%) | 2013 | Tỷ lệ (%)",
    "Diện tích (ha) | Cơ cấu (%)"): each row's figure over its group's whole, the nearest column first."""
    found: list[tuple[int, int]] = []
    for k in range(width):
        cells = [(cell, row.signs[k]) for row in rows if (cell := row.cells[k]) is not None]
        if k in taken or len(cells) < MIN_ROWS or any(c.value > HUNDRED or sign < 0 for c, sign in cells):
            continue
        for j in sorted((c for c in range(width) if c != k), key=lambda c: (abs(c - k), c > k)):
            members = [(row, whole) for whole, group in _share_groups(rows, j, k) for row in group]
            holding = sum(
                _within(row.cells[k], recomputation)  # type: ignore[arg-type]
                for row, whole in members
                if (recomputation := _share_in_group(row, whole, j)) is not None
            )
            if holding >= MIN_ROWS and holding >= MOST * len(members):
                found.append((j, k))
                break
    return found


def _share_groups(rows: list[_Row], j: int, k: int) -> list[tuple[_Row | list[_Row], list[_Row]]]:
    """The rows whose column k is a share of column j, each group with its whole: the row whose share is
    100 above them (or below them, where the last row is such a total), or, where no row's is, every
    row's figures added up — when the shares make 100, all the parts of a whole that is not printed."""
    both = [row for row in rows if row.cells[j] is not None and row.cells[k] is not None]
    totals = [
        position
        for position, row in enumerate(both)
        if row.cells[k].value == HUNDRED and row.signs[j] > 0  # type: ignore[union-attr]
    ]
    if not totals:
        shares = [row.cells[k] for row in both]
        added = sum((share.value for share in shares), Decimal(0))  # type: ignore[union-attr]
        slack = sum((_half(share) for share in shares), Decimal(0)) + Decimal("0.1")  # type: ignore[arg-type]
        return [(both, both)] if len(both) >= 2 and abs(added - HUNDRED) <= slack else []
    if totals[-1] == len(both) - 1 and totals[0] != 0:  # totals at the foot, each of the rows above it
        bounds = [-1, *totals]
        return [(both[end], both[begin + 1 : end]) for begin, end in itertools.pairwise(bounds)]
    heads = [*totals, len(both)]
    return [(both[begin], both[begin + 1 : end]) for begin, end in itertools.pairwise(heads)]


def _share_in_group(row: _Row, whole: _Row | list[_Row], j: int) -> Recomputation | None:
    part = row.cells[j]
    if part is None or row.signs[j] < 0:
        return None
    if isinstance(whole, _Row):
        total = whole.cells[j]
        if total is None or triple(total)[1] <= 0:
            return None
        return share_of(part, total, _SHARE_LABEL)[0]
    figures = [cell for member in whole if (cell := member.cells[j]) is not None]
    if sum((figure.value for figure in figures), Decimal(0)) <= 0:
        return None
    return share_of_a_sum(part, figures)


def _column_shares(rows: list[_Row], columns: list[tuple[int, int]]) -> Iterator[Claim]:
    """Each share of a column of shares against its row's figure over the group's whole; a whole's own
    100 (its figure over itself) said to fit."""
    for j, k in columns:
        for whole, group in _share_groups(rows, j, k):
            if isinstance(whole, _Row):
                total = whole.cells[j]
                hundred = whole.cells[k]
                if total is not None and hundred is not None:
                    numbers = [(Role.TOTAL, total), (Role.SHARE, hundred)]
                    yield _judged(whole.sentence, numbers, share_of(total, total, _SHARE_LABEL), "grid_share")
            for row in group:
                recomputation = _share_in_group(row, whole, j)
                part, printed = row.cells[j], row.cells[k]
                if recomputation is None or part is None or printed is None:
                    continue
                numbers = [(Role.PART, part), (Role.SHARE, printed)]
                if isinstance(whole, _Row) and whole.cells[j] is not None:
                    numbers.insert(1, (Role.TOTAL, whole.cells[j]))  # type: ignore[arg-type]
                yield _off_by_one_unit(_judged(row.sentence, numbers, [recomputation], "grid_share"))


# ---- a row and the rows under it ------------------------------------------------------------------


def _numbered_alike(label: str, other: str) -> bool:
    """Whether two rows' labels open with numbers of one kind ("2. huyện …", "3. huyện …"; "i.", "ii.")."""
    first, second = _NUMBERED.match(label), _NUMBERED.match(other)
    if first is None or second is None:
        return False
    return any(first.group(kind) and second.group(kind) for kind in ("arabic", "roman"))


_NUMBERED = re.compile(r"\s*(?:(?P<arabic>\d{1,2})|(?P<roman>[ivx]{1,4}))[.)] ")


def _a_number_left_out(labels: Sequence[str]) -> bool:
    """Whether rows numbered one after another skip a number: "1. TP. Quảng Ngãi", "2. Huyện Bình Sơn", "4.
    Huyện Tư Nghĩa" — the row "3." was there and not read (its cells laid out another way, raw63/um10), so the
    rows read are not all the parts."""
    numbers = [
        int(found.group("arabic"))
        for label in labels
        if (found := _NUMBERED.match(label)) and found.group("arabic")
    ]
    return len(numbers) >= 2 and any(later - earlier > 1 for earlier, later in itertools.pairwise(numbers))


def _row_tree(
    rows: list[_Row], columns: Sequence[int], rounded: bool, scaled: bool = False
) -> Iterator[Claim]:
    """Each row that the rows under it add up to, column by column — their own parts passed over
    ("TỔNG SỐ" = "I." + "II." + "III.", each of them its districts; "Tiểu học" = "Công lập" + "Ngoài công
    lập") — where they do in most columns; and a second breakdown of it after them ("Phân theo ngành vận
    tải"), judged on its last row, what the total leaves of the others. ``rounded``: the table's figures
    are rounded to a scale ("Nghìn tấn.km"), so a sum a unit or so off is not called a slip; ``scaled``: the
    header says so of every row, so a row's parts may add up within their rounding (else only where the row's
    own label says its unit: "4. Doanh thu (tỷ đồng)", not "Doanh nghiệp nhân thọ 14" of 2 and 12)."""
    ends = list(range(1, len(rows) + 1))  # where the rows that are a row's parts (and theirs) end
    found: dict[int, list[int]] = {}
    seconds: dict[int, list[list[int]]] = {}  # the other breakdowns of a row, after its first

    def parts_from(index: int, position: int, comparable: list[int]) -> list[int] | None:
        whole = rows[index]
        tolerant = scaled or bool(_SCALED.search(whole.label))
        children: list[int] = []
        while position < len(rows) and len(children) < CHILDREN:
            child = rows[position]
            if any(sign < 0 for sign in child.signs) or _numbered_alike(whole.label, child.label):
                # ("2. Huyện Bình Sơn 28 2 - - 26", "3. Huyện Sơn Tịnh 15 1 1 - 11", "4. … 18 1 - - 15": rows
                # numbered alike are of one level, whatever columns add up by chance, raw56/uf16)
                return None
            if child.of_which:
                # "Trong đó: Số giáo viên đạt chuẩn trở lên - Of which: Qualified teachers …" (raw62/ul09):
                # some of the row above, beside its parts — no part, and no whole of the rows after it
                position = ends[position]
                continue
            children.append(position)
            state = _adds_up(whole, [rows[c] for c in children], comparable, tolerant)
            if state == "over":
                return None
            if state == "fits" and (len(children) >= 2 or _same(whole, child, comparable)):
                # a part more that still fits is one ("Ngoài công lập" "- - - - 4" after "Công lập") (…
                # past a row of some of the part before it: "Ngoài Nhà nước", "Trong đó: Khu vực hộ dân
                # cư", then "Khu vực có vốn đầu tư nước ngoài" "- - - 43.902 45.205", n2566)
                while True:
                    following = ends[position]
                    while following < len(rows) and rows[following].of_which:
                        following = ends[following]
                    if following >= len(rows) or any(sign < 0 for sign in rows[following].signs):
                        break
                    more = [*children, following]
                    if _adds_up(whole, [rows[c] for c in more], comparable, tolerant) != "fits":
                        break
                    children, position = more, following
                return children
            position = ends[position]
        return None

    for index in range(len(rows) - 1, -1, -1):  # from the last row up: a row's parts know their own
        if rows[index].of_which:
            continue
        comparable = [c for c in columns if rows[index].cells[c] is not None and rows[index].signs[c] > 0]
        children = parts_from(index, index + 1, comparable) if comparable else None
        if children is None or _a_number_left_out([rows[c].label for c in children]):
            continue
        found[index] = children
        ends[index] = ends[children[-1]]
        while ends[index] < len(rows) and _PARTS_BY.search(rows[ends[index]].label):
            other = parts_from(index, ends[index], comparable)  # "Phân theo cấp quản lý", "… trình độ"
            if other is None:
                break
            seconds.setdefault(index, []).append(other)
            ends[index] = ends[other[-1]]
    found.update(_totals_at_the_foot(rows, columns, found, ends))
    # a column whose rows are no more than their largest part (an average, an index) is none of the sums
    adding = {column for column in columns if _sums(rows, found, column)}
    own_parts = {id(rows[index]): [rows[c] for c in children] for index, children in found.items()}
    for index, children in sorted(found.items()):
        whole = rows[index]
        comparable = [c for c in columns if c in adding and whole.cells[c] is not None and whole.signs[c] > 0]
        named = _TOTAL_ROW.match(whole.label) is not None
        after = ends[children[-1]]
        narrower = any(rows[c].padded for c in children) or (after < len(rows) and rows[after].padded)
        claims = _tree_claims(whole, [rows[c] for c in children], comparable, rounded, False, named, narrower)
        yield from (
            _a_part_that_does_not_add_up(claim, [rows[c] for c in children], own_parts) for claim in claims
        )
        for other in seconds.get(index, []):
            yield from _tree_claims(whole, [rows[c] for c in other], comparable, rounded, True)


def _sums(rows: list[_Row], found: dict[int, list[int]], column: int) -> bool:
    """Whether the column holds sums: its rows of several parts each more than the largest of them, in
    most (not so in a column of averages or indices: "BQ 105" over "105" and "104")."""
    votes = Counter(
        total.value > max(part.value for part in parts)
        for index, children in found.items()
        if (total := rows[index].cells[column]) is not None
        and len(parts := _column([rows[c] for c in children], column)) >= 2
    )
    return votes[True] >= votes[False]


# a total row at the foot of its parts: "Tổng cộng", "Cộng", "Toàn tỉnh"
_TOTAL_ROW = re.compile(
    r"(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn huyện|toàn thành phố|toàn thị xã|toàn quốc|cả nước|total)"
    r"(?!\w)"
)


_AN_AVERAGE_LABEL = re.compile(_AN_AVERAGE)


def _totals_at_the_foot(
    rows: list[_Row], columns: Sequence[int], found: dict[int, list[int]], ends: list[int]
) -> Iterator[tuple[int, list[int]]]:
    """A total row under its parts ("1 Bến Cầu … 9 Dương Minh Châu", then "Tổng cộng"), where the rows above
    it since the last such row (each a part, its own parts passed over) add up to it in a column and are
    not more than it in most."""
    inside = {part for index, children in found.items() for part in range(index + 1, ends[index])}
    begin = 0
    for index, row in enumerate(rows):
        if index < 2 or not _TOTAL_ROW.match(row.label):
            continue  # (the first row's label holds the header's words: "Tổng số phiếu C …", n1911)
        parts = [
            position
            for position in range(begin, index)
            if position not in inside
            and not rows[position].of_which
            and not _AN_AVERAGE_LABEL.search(rows[position].label)  # "5. Điểm IF trung bình /năm"
        ]
        begin = index + 1
        comparable = [c for c in columns if row.cells[c] is not None and row.signs[c] > 0]
        if (
            index not in found
            and len(parts) >= 2
            and comparable
            and not any(sign < 0 for position in parts for sign in rows[position].signs)
            and _adds_up(row, [rows[position] for position in parts], comparable) != "over"
            and any(_fits(row.cells[c], _column([rows[p] for p in parts], c), True) for c in comparable)  # type: ignore[arg-type]
        ):
            yield index, parts


def _tree_claims(
    whole: _Row,
    parts: list[_Row],
    columns: list[int],
    rounded: bool,
    on_the_last: bool,
    named: bool = False,
    narrower: bool = False,
) -> Iterator[Claim]:
    """A row against its parts, column by column: on the row's own cells, or (``on_the_last``) on the
    last part's, what the row leaves of the others. A cell that does not add up is a slip where two other
    columns do, or one does under a row that says it is the total ("Tổng cộng": ``named``) — unless a row
    among or right after the parts has fewer cells than the others (``narrower``), its columns unknown."""
    adding_up = sum(_fits(whole.cells[c], _column(parts, c), True) for c in columns)  # type: ignore[arg-type]
    for column in columns:
        total = whole.cells[column]
        cells = _column(parts, column)
        if total is None or not cells:
            continue
        if on_the_last:
            last = parts[-1].cells[column]
            if last is None or len(cells) < 2:
                continue
            others = cells[:-1]
            signs = [1] + [-1] * len(others)
            numbers = [(Role.TOTAL, total), *((Role.PART, cell) for cell in others), (Role.PART, last)]
            recompute = partial(sum_of_parts, label=_SUM_LABEL, signs=signs)
            claim = _judged(
                parts[-1].sentence, numbers, [recompute([total, *others])], "grid_rows", recompute
            )
        else:
            numbers = [*((Role.PART, cell) for cell in cells), (Role.TOTAL, total)]
            recompute = partial(sum_of_parts, label=_SUM_LABEL)
            claim = _judged(whole.sentence, numbers, [recompute(cells)], "grid_rows", recompute)
        if not claim.verdict.alarm:
            yield claim
            continue
        if (adding_up < 2 or len(columns) < 3) and not (named and adding_up >= 1 and len(columns) >= 2):
            note = Bilingual(
                " The other columns do not show that the rows under it are all its parts.",
                " Các cột khác không cho thấy các dòng bên dưới đều là thành phần của nó.",
            )
        elif (
            not on_the_last
            and len(closed := _closed_by_the_others(parts)) < len(parts)
            and _fits(total, _column(closed, column), True)
        ):
            note = Bilingual(
                f" The rows after “{closed[-1].label}” add the difference: they may be no parts of this row.",
                f" Các dòng sau “{closed[-1].label}” tạo ra phần chênh lệch: có thể chúng không thuộc dòng"
                " này.",
            )
        elif narrower:
            # "Khu vực có vốn đầu tư nước ngoài" "-" "-" "0,39" "-" of six columns (n2566): a narrower row's
            # cells are taken as the first columns', which they may not be
            note = Bilingual(
                " A row under it has fewer cells than the others: which columns they are is not known.",
                " Một dòng bên dưới có ít ô hơn các dòng khác: không rõ các ô đó thuộc cột nào.",
            )
        elif (
            rounded
            and claim.recomputation is not None
            and abs(claim.recomputation.value - numbers[-1][1].value) <= len(cells) * _half(numbers[-1][1])
        ):
            note = Bilingual(
                " The table's figures are rounded to its unit (thousands, millions): their sum may be off"
                " by as much as half a unit for each.",
                " Số liệu của bảng đã làm tròn theo đơn vị (nghìn, triệu): tổng có thể lệch tới nửa đơn vị"
                " cho mỗi số.",
            )
        else:
            yield claim
            continue
        yield dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, message=claim.message + note, slip=None)


# a row that closes a breakdown: "Nhà khác - Others", "Khác"
_THE_OTHERS = re.compile(r"(?<!\w)(?:khác|others?)$")


def _closed_by_the_others(parts: list[_Row]) -> list[_Row]:
    """The parts up to the one named "the others", which closes a breakdown: the rows after it are not among
    its parts ("Nhà khác - Others", then "Nhà biệt thự - Villa", of the total two rows up — the header row
    between, "Nhà riêng lẻ từ 4 tầng trở lên", all dashes and dropped, n2261)."""
    closing = next((i for i, part in enumerate(parts) if _THE_OTHERS.search(part.label.rstrip(" -"))), None)
    return parts if closing is None else parts[: closing + 1]


def _a_part_that_does_not_add_up(claim: Claim, parts: list[_Row], own_parts: dict[int, list[_Row]]) -> Claim:
    """A row flagged against its parts that adds up, a doubt, when one part is taken as the sum of its own
    parts instead of its printed figure: that part is the slip as likely as the row ("Nhà ở riêng lẻ
    4.776.968" of rows making 4.776.986, the total 4.999.136 their sum with the apartments, n1286)."""
    if not claim.verdict.alarm or claim.template != "grid_rows":
        return claim
    total = next((number for number in claim.numbers if number.role == Role.TOTAL), None)
    if total is None:
        return claim
    column = next(
        (
            c
            for row in parts
            for c, cell in enumerate(row.cells)
            if cell is not None and cell.start == claim.numbers[0].start
        ),
        None,
    )
    if column is None:
        return claim
    for at, part in enumerate(parts):
        below = own_parts.get(id(part))
        cells = _column(below, column) if below else []
        said = part.cells[column]
        if not cells or said is None or _fits(said, cells, True):
            continue  # that part adds up: not the slip
        leaves = [cell for other in parts[:at] + parts[at + 1 :] if (cell := other.cells[column]) is not None]
        if total.value == sum((cell.value for cell in [*leaves, *cells]), Decimal(0)):
            note = Bilingual(
                f"With the rows under {said.text} instead of it, the rows add up: the slip may be in"
                f" {said.text}.",
                f"Nếu lấy các dòng dưới {said.text} thay cho nó thì các dòng cộng lại đúng: có thể"
                f" {said.text} mới là số sai.",
            )
            said_sum = claim.recomputation.formula if claim.recomputation is not None else Bilingual("", "")
            return dataclasses.replace(
                claim,
                verdict=Verdict.AMBIGUOUS,
                message=Bilingual(said_sum.en.rstrip() + ". ", said_sum.vi.rstrip() + ". ") + note,
                slip=None,
                correct=None,
            )
    return claim


def _column(rows: Sequence[_Row], column: int) -> list[Figure]:
    return [cell for row in rows if (cell := row.cells[column]) is not None]


def _adds_up(whole: _Row, parts: Sequence[_Row], columns: Sequence[int], rounded: bool = False) -> str:
    """ "fits" when the parts add up to the whole in most columns, "over" when they are already more
    than it in most, "short" otherwise. ``rounded``: the table's figures are rounded to its unit, so a sum
    within half a unit for each figure fits ("4. Doanh thu (tỷ đồng) 103.208" of 87.364 and 15.845)."""
    fits = over = 0
    for column in columns:
        total = whole.cells[column]
        cells = _column(parts, column)
        if total is None or not cells:
            continue
        low = sum(cell.bounds(cell.readings[0])[0] for cell in cells)
        if _fits(total, cells, True) or (rounded and abs(low - total.value) <= len(cells) * _half(total)):
            fits += 1
        elif low >= total.value + _half(total) * (1 + len(cells) * rounded):
            over += 1
    if over > len(columns) * (1 - MOST):
        return "over"
    if fits and fits >= MOST * len(columns) and (fits == len(columns) or len(columns) >= 3):
        return "fits"
    return "short"


def _same(whole: _Row, part: _Row, columns: Sequence[int]) -> bool:
    """A row of one part: every column the same ("III. Khu vực hải đảo" and "14. Huyện Lý Sơn")."""
    return all(
        (a := whole.cells[c]) is not None and (b := part.cells[c]) is not None and a.value == b.value
        for c in columns
    )


# ---- growth rates and indices --------------------------------------------------------------------


def _change(
    current: Figure, previous: Figure, printed: Figure, sign: int, index: bool
) -> Recomputation | None:
    """The growth (or, ``index``, the index with the year before = 100) of ``current`` on ``previous``,
    as the printed rate says it (``sign``: −1 after a minus)."""
    a, b = triple(current), triple(previous)
    if b[1] <= 0:
        return None
    if index:
        return share_of(current, previous, _INDEX_LABEL)[0]
    value = (a[0] / b[0] - 1) * HUNDRED * sign
    low, high = sorted(((a[1] / b[2] - 1) * HUNDRED * sign, (a[2] / b[1] - 1) * HUNDRED * sign))
    formula = message("({} / {} − 1) × 100 = {}", "({} / {} − 1) × 100 = {}", a[0], b[0], value * sign)
    return Recomputation(value, min(low, value), max(high, value), formula, _GROWTH_LABEL)


def _is_index(row: _Row) -> bool:
    """Indices (the year before = 100) are about 100; growth rates are about 0."""
    figures = sorted(cell.value for cell in row.cells if cell is not None)
    return bool(figures) and figures[len(figures) // 2] >= 50


# a unit of measure in brackets in the grid's header: "(Ha)", "(Tấn)", "(M3)" — its whole figures are rounded
_MEASURED_IN_BRACKETS = re.compile(
    r"\((?:nghìn )?(?P<unit>ha|tấn|tạ|kg|m ?3?|m²|m2|km|km2|kwh|lít)\s*\)", re.IGNORECASE
)


def _as_measured(row: _Row, *figures: Figure) -> tuple[Figure, ...]:
    """The cells read as measures, rounded to their last digit, where the grid's header says a unit of measure
    in brackets or the row's own unit cell does ("Lúa | Ha | 13.726,2 | 20.736", n1711) — not as exact counts:
    "Tổng diện tích rừng (Ha) … 2011 3.679 … 2012 3.550", "… 96,48" (n1976) is 96,467–96,520, not 96,49."""
    unit = row.label.rsplit(" ", 1)[-1].split("/", 1)[0]  # ("tạ/ha": tạ)
    if unit not in MEASURE_UNITS:
        unit = _measured(row.sentence.text)
    if not unit:
        return figures
    # (the unit the table says, as the cell's noun: a measure's bounds are its rounding, and a claim says it)
    return tuple(figure if figure.noun else dataclasses.replace(figure, noun=unit) for figure in figures)


@lru_cache(maxsize=8)
def _measured(block: str) -> str:
    """The unit of measure a grid's text says in brackets ("(Ha)": "ha", "(M3)": "m3"), or "" — read once a
    grid, not once a cell."""
    found = _MEASURED_IN_BRACKETS.search(block)
    if found is None:
        return ""
    unit = found.group("unit").lower().replace(" ", "").replace("²", "2")
    return unit if unit in MEASURE_UNITS else ""


def _column_growth(
    row: _Row, column: int, current: Figure | None, previous: Figure | None, index: bool | None = None
) -> Recomputation | None:
    """The growth (or the index) the cell of ``column`` says of ``current`` on ``previous``, the cells read as
    the row measures them — for the claim, and for the search of a column of changes alike."""
    printed = row.cells[column]
    if printed is None or current is None or previous is None:
        return None
    current, previous = _as_measured(row, current, previous)
    index = _is_index(row) if index is None else index
    return _change(current, previous, printed, row.signs[column], index)


def _growth_claim(
    row: _Row, column: int, current: Figure | None, previous: Figure | None, index: bool | None = None
) -> Claim | None:
    printed = row.cells[column]
    recomputation = _column_growth(row, column, current, previous, index)
    if printed is None or current is None or previous is None or recomputation is None:
        return None
    current, previous = _as_measured(row, current, previous)
    numbers = [(Role.PREVIOUS, previous), (Role.CURRENT, current), (Role.CHANGE, printed)]
    return _judged(row.sentence, numbers, [recomputation], "grid_growth")


def _growth_by_year(values: list[_Row], rates: list[_Row]) -> Iterator[Claim]:
    """Rows of years: each rate row of a year, the same column's figure of that year over the year
    before's."""
    by_year = {row.year: row for row in values if row.year is not None}
    for row in rates:
        if row.year is None or row.year not in by_year or row.year - 1 not in by_year:
            continue
        current, previous = by_year[row.year], by_year[row.year - 1]
        for column in range(len(row.cells)):
            claim = _growth_claim(row, column, current.cells[column], previous.cells[column])
            if claim is not None:
                yield claim


def _growth_by_column(grid: _Grid, values: list[_Row], rates: list[_Row]) -> Iterator[Claim]:
    """Columns of years: each rate row's cell, its own row of figures in that year's column over the
    column of the year before (the rate rows in the order of the rows of figures, or one rate row of
    the row just above it)."""
    if not grid.years or not rates or any(row.year is not None for row in rates):
        return
    pairs = _aligned(rates, values)
    if not pairs and len(rates) == 1:  # "Tốc độ tăng tổng sản phẩm trong nước": of the row above it
        above = [row for row in values if _before(row, rates[0])]
        pairs = [(rates[0], above[-1])] if above else []
    for rate, row in pairs:
        for column in range(1, grid.width):
            if grid.years[column] != grid.years[column - 1] + 1:
                continue
            claim = _growth_claim(rate, column, row.cells[column], row.cells[column - 1])
            if claim is not None:
                yield claim


# a row of changes under its row of figures: "Tổng đàn 27.750 29.075 …", then "Tăng/giảm % 3,7 4,8 …" (n617)
_CHANGES_ROW = re.compile(
    r"tăng/giảm|tăng, giảm|tăng giảm|(?:tốc độ tăng|tỷ lệ tăng|tỉ lệ tăng)(?! tự nhiên)|chỉ số phát triển"
)


def _growth_under_values(grid: _Grid) -> Iterator[Claim]:
    """Each row of changes right under its row of figures: each cell the figure of its column over that of
    the column it is measured from — the one before it, or the one the rows show (a quarter and a month both
    against the year's end: "31/12/2019 | QI/2020 | Tháng 4/2020"), where most of the rows' cells are."""
    rows = [row for row in grid.rows if not row.padded]
    pairs = [
        (above, row)
        for above, row in itertools.pairwise(rows)
        if _CHANGES_ROW.search(row.label) and not _CHANGES_ROW.search(above.label)
    ]
    if not pairs:
        return
    width = len(rows[0].cells)
    bases: dict[int, int] = {}
    for column in range(1, width):
        fitting = {
            base: sum(
                claim.verdict.fits
                for above, row in pairs
                if (claim := _growth_claim(row, column, above.cells[column], above.cells[base])) is not None
            )
            for base in range(column - 1, -1, -1)
        }
        best = max(fitting, key=lambda base: (fitting[base], base))  # the nearest of those that fit most
        if fitting[best]:
            bases[column] = best
    claims = [
        claim
        for above, row in pairs
        for column, base in bases.items()
        if (claim := _growth_claim(row, column, above.cells[column], above.cells[base])) is not None
    ]
    if len(claims) >= MIN_ROWS and sum(claim.verdict.fits for claim in claims) >= MOST * len(claims):
        yield from (_off_by_one_unit(claim, _ROUNDED_IN_THE_TABLE) for claim in claims)


def _rates_under_counts(grid: _Grid) -> Iterator[Claim]:
    """Each row of rates right under its row of counts ("Số xã có đường ô tô đến trụ sở UBND xã | 47 | 18 …",
    then "- Tỷ lệ | % | 100,00 | 100,00 …"): each cell the count of its column over that of the row of the
    whole — the one row, of those above, the rows show it is (most of their cells fit), "Tổng số xã"."""
    rows = [row for row in grid.rows if not row.padded]
    pairs = [
        (above, row)
        for above, row in itertools.pairwise(rows)
        if _RATES_ROW.match(row.label)
        and not _RATES_ROW.match(above.label)
        and len(above.cells) == len(row.cells)
    ]
    # (one or two rows of rates are read where all their cells but one fit, five cells or more: "Trường Tiểu
    # học 196 17 31 …" / "Trường đạt CQG 109 11 22 …" / "Tỉ lệ % 55.61 64.71 70.97 …", n2003)
    alone = len(pairs) < MIN_ROWS
    if alone and not (pairs and len(pairs[0][1].cells) >= 5):
        return
    rated = {id(row) for _, row in pairs}
    wholes = [row for row in rows if id(row) not in rated and row.full(range(len(row.cells)))]

    def claims_of(whole: _Row, some: list[tuple[_Row, _Row]]) -> list[Claim]:
        return [
            claim
            for above, row in some
            if above is not whole and len(whole.cells) == len(row.cells)
            for column in range(len(row.cells))
            for claim in _share_claim(row, column, above.cells[column], whole.cells[column])
        ]

    sample = pairs[:RATED_SAMPLE]  # the whole is found on the first rows: bounded work on a long table
    best = max(
        ((whole, claims_of(whole, sample)) for whole in wholes[:RATED_SAMPLE]),
        key=lambda found: sum(claim.verdict.fits for claim in found[1]),
        default=None,
    )
    needed = (len(best[1]) - 1 if alone else MOST * len(best[1])) if best is not None else 0
    if best is None or not best[1] or sum(claim.verdict.fits for claim in best[1]) < needed:
        return
    yield from best[1]
    yield from claims_of(best[0], pairs[RATED_SAMPLE:])


RATED_SAMPLE = 12  # the rows of rates the whole they are of is found on, and the rows it may be
# a row of rates under the row of what it rates: "- Tỷ lệ", "Tỷ lệ (%)"
_RATES_ROW = re.compile(r"[-–+*•\s]*(?:tỷ lệ|tỉ lệ)(?!\w)(?! tăng| giảm)")


def _aligned(rows: list[_Row], others: list[_Row]) -> list[tuple[_Row, _Row]]:
    """Each row paired with the next of ``others`` that has the same name (the last words of its label:
    "Công lập - Public", "Tiểu học - Primary school"), in order; the rows taken in turn when there are
    as many of each and no names match."""
    pairs: list[tuple[_Row, _Row]] = []
    start = 0
    for row in rows:
        position = next((p for p in range(start, len(others)) if _name(others[p]) == _name(row)), None)
        if position is None:  # (its words alike but for dashes: "-Semi-permanent", "–Semi permanent")
            position = next((p for p in range(start, len(others)) if _words(others[p]) == _words(row)), None)
        if position is not None:
            pairs.append((row, others[position]))
            start = position + 1
    if not pairs and len(rows) == len(others):
        return list(zip(rows, others, strict=True))
    return pairs


def _name(row: _Row) -> str:
    return " ".join(row.label.split()[-4:])


def _words(row: _Row) -> tuple[str, ...]:
    """The last three words of a row's label, without its dashes and signs (n2262's "TỔNG SỐ-TOTAL")."""
    return tuple(_LABEL_WORD.findall(row.label)[-3:])


_LABEL_WORD = re.compile(r"[^\W\d_]+")


def _before(row: _Row, other: _Row) -> bool:
    first = next((cell for cell in row.cells if cell is not None), None)
    second = next((cell for cell in other.cells if cell is not None), None)
    return first is not None and second is not None and first.start < second.start


# ---- shares of the total (cơ cấu) ----------------------------------------------------------------


def _shares_of_values(values: list[_Row], shares: list[_Row]) -> Iterator[Claim]:
    """The shares section worked out from the figures: by year, each row's figures over its first (the
    total column, printed 100); or row by row, each row's figures over the total row's (printed 100)."""
    if not values or not shares:
        return
    by_year = {row.year: row for row in values if row.year is not None}
    if all(row.year in by_year for row in shares):
        for share in shares:
            row = by_year.get(share.year) if share.year is not None else None
            total = row.cells[0] if row is not None else None
            if row is None or total is None or share.cells[0] is None or share.cells[0].value != HUNDRED:
                continue
            for column in range(1, len(share.cells)):
                yield from _share_claim(share, column, row.cells[column], total)
        return
    pairs = _aligned(shares, values)
    totals = [row for share, row in pairs if all(c is not None and c.value == HUNDRED for c in share.cells)]
    if len(totals) != 1:
        return
    for share, row in pairs:
        if row is totals[0]:
            continue
        for column in range(len(share.cells)):
            yield from _share_claim(share, column, row.cells[column], totals[0].cells[column])


def _share_claim(share: _Row, column: int, part: Figure | None, total: Figure | None) -> Iterator[Claim]:
    printed = share.cells[column]
    if printed is None or part is None or total is None or share.signs[column] < 0:
        return
    if triple(total)[1] <= 0:
        return
    numbers = [(Role.PART, part), (Role.TOTAL, total), (Role.SHARE, printed)]
    yield _off_by_one_unit(
        _judged(share.sentence, numbers, share_of(part, total, _SHARE_LABEL), "grid_share")
    )


_SHARES_ADJUSTED = Bilingual(
    " Off by one unit of its last digit: statistics offices adjust one share so that the shares add up to"
    " their total.",
    " Chỉ lệch một đơn vị ở chữ số cuối: cơ quan thống kê thường chỉnh một tỷ lệ để các tỷ lệ cộng lại đúng"
    " bằng tổng.",
)
_ROUNDED_IN_THE_TABLE = Bilingual(
    " Off by one unit of its last digit: the table's figures may be rounded (in thousands).",
    " Chỉ lệch một đơn vị ở chữ số cuối: số liệu của bảng có thể đã được làm tròn (theo nghìn).",
)


def _off_by_one_unit(claim: Claim, note: Bilingual = _SHARES_ADJUSTED) -> Claim:
    """A figure flagged one unit of its last digit off is ambiguous: an office's adjustment of a share, or
    figures rounded before a rate was worked out from them."""
    distance = claim.evidence.distance if claim.evidence is not None else None
    if not (claim.verdict.alarm and distance is not None and distance <= 1):
        return claim
    return dataclasses.replace(claim, verdict=Verdict.AMBIGUOUS, message=claim.message + note, slip=None)


# ---- helpers -------------------------------------------------------------------------------------


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
    claim = judged_claim(sentence, span, template, numbers, recomputations)
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
