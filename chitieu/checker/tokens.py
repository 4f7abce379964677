"""Reading a Vietnamese report: sentences, and the figures in them with their spans.

A *figure* is a number that states a quantity: "1.218 đồng chí", "95,6%", "12,5 tỷ đồng",
"264.707 tỷ 535 triệu đồng", "10 tỷ 917 triệu 603 đồng", "1,41 điểm %". Dates (30/9/2022, Sáng 27/12,
tháng 11/2022, ngày 25 tháng 2 năm 2024), years, document numbers (123/2020/NĐ-CP, Nghị định số 30) and
ordinals (lần thứ 12), scores and numbered names (điểm 10, lớp 12, quận 1) are not figures.

Rules do not read the sentence itself but its *skeleton*: the sentence in lower case, spaces
collapsed, each figure replaced by a placeholder — ``#3#`` for a count or an amount, ``#3%#``
for a percentage, ``#3pt#`` for percentage points (3 is the figure's index in the sentence).
"22/23 chỉ tiêu, chiếm 95,6%" becomes "#0#/#1# chỉ tiêu, chiếm #2%#".
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from chitieu.checker.model import FigureKind, Qualifier
from chitieu.core.numbers import Notation, NumberFormatError, parse_number

# ---------------------------------------------------------------------------------------------
# The document: Unicode composed (NFC), spaces collapsed, offsets kept to the original text.


@dataclass(frozen=True)
class Document:
    """The text the checker works on, and the way back to offsets in the original text."""

    text: str
    _starts: tuple[int, ...] | None
    _ends: tuple[int, ...] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the working-text span ``[start, end)``."""
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            return self._starts[start], self._starts[start]
        return self._starts[start], self._ends[end - 1]


# whitespace that may need collapsing: runs, and any space other than " " and "\n"
_WHITESPACE_TO_CHECK = re.compile(r"\s{2,}|[^\S \n]")
# where a unit of measure is glued to its number: "73.467ha", "1.200tấn", "35km"
_GLUED_UNIT = re.compile(
    r"(?<=\d)(?=(?:ha|km2|km|kg|tấn|tạ|m2|m3|m|cm|mm|lít|kwh|mwh|gwh|kw|mw|usd|đồng|đ|tỷ|triệu|nghìn|ngàn"
    r"|người|hộ|ca|vụ|lượt)(?!\w))"
    # … or a count glued to the word before it, grouped by dots (no code is): "toàn quốc xảy ra158.125 vụ"
    r"|(?<=[a-zà-ỹđ])(?=\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d))"
    # … or a rate glued to the word it is said with: "815,95/756 tấn, bằng107% KH" (n522), "đạt10,4%"
    r"|(?:(?<=bằng)|(?<=chiếm)|(?<=đạt)|(?<=tăng)|(?<=giảm)|(?<=vượt))(?=\d{1,3}(?:,\d{1,2})? ?%)"
    # … or a change glued to its verb, with what it counts: "diện tích cây ngô đạt 6.476 ha, giảm75 ha"
    # (n2027)
    r"|(?:(?<=tăng)|(?<=giảm))(?=\d+(?:,\d+)? (?:ha|tấn|tạ|người|hộ|vụ|lượt|con|tỷ|triệu|nghìn|ngàn)(?!\w))"
    # … or a clause glued to the semicolon before it: "tăng 0,7%;vận tải ngoài nước đạt 34,7 tấn" (n2348)
    r"|(?<=;)(?=[^\W\d_])",
    re.I,
)


# a table's row copied with its cells run together, no space between: "Tổng doanh thu25.97825.350-2%28.64713%"
# (n2241), "2,5922,8283,2803,8494,503" (n2266, English notation)
_GLUED_RUN = re.compile(r"(?<![\d.,%])-?\d[\d.,%\-−]{9,}")
_GLUED_CELL = {  # a cell of such a row, in each notation: grouped thousands, decimals, or a percentage
    ".": re.compile(r"[-−]?(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?%?|\d{1,3}(?:,\d{1,2})%?|\d{1,3}%)"),
    ",": re.compile(r"[-−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?%?|\d{1,3}(?:\.\d{1,2})%?|\d{1,3}%)"),
}
_SPACE_HERE = re.compile("")


def _glued_cells(text: str) -> list[re.Match[str]]:
    """Where a space goes between the cells of rows run together: each run read cell by cell, the longest
    cell first, in the notation that reads all of it — three cells or more, one with its thousands grouped
    (a plain "20112012" is not parted: a year or two, or a code)."""
    spaces: list[re.Match[str]] = []
    for run in _GLUED_RUN.finditer(text):
        for separator, cell in _GLUED_CELL.items():
            cuts, position = [], run.start()
            while position < run.end() and (found := cell.match(text, position, run.end())):
                cuts.append(position)
                position = found.end()
            grouped = any(separator in text[a:b] for a, b in itertools.pairwise([*cuts, position]))
            if position == run.end() and len(cuts) >= 3 and grouped:
                first = 0 if run.start() > 0 and text[run.start() - 1].isalpha() else 1
                spaces.extend(m for at in cuts[first:] if (m := _SPACE_HERE.match(text, at)))
                break
    return spaces


# a label, then its figure alone on a line below ("Tổng số thư viện công cộng:" / "" / "17.709", n2336: a
# two-column table copied one cell to a line): read on one line, "Tổng số thư viện công cộng: 17.709" — not
# the first of a row's cells, one to a line ("Tổng số:" / "10,73" / "13,33", n591)
_LABEL_THEN_ITS_FIGURE = re.compile(
    r"(?<=:)[ \t\u00a0\r]*\n\s*(?=[-+−]?\d[\d.,]*%?[ \t\u00a0\r]*"
    r"(?:\n\s*(?![-+−]?(?:\d[\d.,]*)?\d%?[ \t\u00a0\r]*\n)\S|\s*$))"
)


# a phrase typed twice: "đạt 22,4% so với so với kế hoạch năm" (n952) reads as once
_TYPED_TWICE = re.compile(r"(?<!\w)(so với|của|là|với|và) \1(?!\w)")


def _collapsed(run: str) -> str:
    """A run of whitespace as the checker reads it: a blank line, a line break, or a space."""
    newlines = run.count("\n")
    return "\n\n" if newlines > 1 else "\n" if newlines else " "


def read_document(text: str) -> Document:
    """Compose accents (NFC), collapse runs of spaces and part a unit glued to its number ("73.467ha"),
    keeping a map back to ``text``. The tags of a table written in HTML (a document exported to Markdown:
    "<tr><td>Dĩ An</td><td>86,606</td>…") are read as the whitespace they take, each cell on a line of its
    own, an empty one as "-", the table set apart by blank lines: a table copied cell by cell."""
    if _HTML_TABLE.search(text):
        text = _HTML_RUN.sub(_run_blanked, _EMPTY_HTML_CELL.sub(_empty_cell, text))
    messy = [m for m in _WHITESPACE_TO_CHECK.finditer(text) if _collapsed(m.group()) != m.group()]
    glued = list(_GLUED_UNIT.finditer(text))
    if cells := _glued_cells(text):
        glued = sorted({m.start(): m for m in [*glued, *cells]}.values(), key=lambda m: m.start())
    if glued:  # an empty match: a space goes in there
        messy = sorted([*messy, *glued], key=lambda m: m.start())
    if labelled := list(_LABEL_THEN_ITS_FIGURE.finditer(text)):
        # (each in place of the runs of whitespace it holds)
        messy = sorted([*(m for m in messy if not _within(m, labelled)), *labelled], key=lambda m: m.start())
    twice = list(_TYPED_TWICE.finditer(text))
    if twice:
        messy = sorted([*(m for m in messy if not _within(m, twice)), *twice], key=lambda m: m.start())
    if not messy and unicodedata.is_normalized("NFC", text):
        return Document(text, None, None)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in messy:
        _append_words(text, position, match.start(), pieces, starts, ends)
        position = match.end()
        if match.re is _TYPED_TWICE:  # the phrase once, where it was first typed
            _append_words(text, match.start(), match.start() + len(match.group(1)), pieces, starts, ends)
            continue
        if match.re is _WHITESPACE_TO_CHECK and (empty := _empty_cells(text, match)):
            # (each empty cell a "-" where its blank was, on a line of its own)
            pieces.append("\n\n")
            starts.extend([match.start()] * 2)
            ends.extend([match.start() + 1] * 2)
            for at in empty:
                pieces.append("-\n\n")
                starts.extend([at, at, at])
                ends.extend([at + 1, at + 1, at + 1])
            continue
        collapsed = " " if match.re is _LABEL_THEN_ITS_FIGURE else _collapsed(match.group())
        pieces.append(collapsed)
        starts.extend([match.start()] * len(collapsed))
        ends.extend([match.end()] * len(collapsed))
    _append_words(text, position, len(text), pieces, starts, ends)
    return Document("".join(pieces), tuple(starts), tuple(ends))


# a table copied one cell to a line, its empty cells lines of blanks: "Đường biển" / "1000 tấn" / " " / " " /
# " " / "4" / "10" (n2346) — after a figure or a unit in thousands, before a figure alone in its row
_SHORT_CELL = 40
_A_FIGURE_ALONE = re.compile(r"[-+−]?\d[\d.,]*%?")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_A_SCALED_UNIT = re.compile(r"(?:1[.,]?000|nghìn|ngàn|triệu|tỷ) ?[^\W\d_]+(?:/[^\W\d_]+)?", re.IGNORECASE)


def _empty_cells(text: str, run: re.Match[str]) -> list[int]:
    """Where the empty cells are in a run of whitespace between two cells of a table copied one cell to a
    line: a line of nothing but blanks inside the run, each (none when the run is not between such cells)."""
    lines = run.group().split("\n")
    if len(lines) < 3:
        return []
    empty: list[int] = []
    position = run.start() + len(lines[0]) + 1
    for line in lines[1:-1]:
        if line.strip(" \t\u00a0\r") == "" and line.strip("\r"):
            empty.append(position)
        position += len(line) + 1
    if not empty:
        return []
    before = text[text.rfind("\n", 0, run.start()) + 1 : run.start()].strip()
    after_end = text.find("\n", run.end())
    after = text[run.end() : after_end if after_end >= 0 else len(text)].strip()
    if not (0 < len(before) <= _SHORT_CELL and 0 < len(after) <= _SHORT_CELL):
        return []
    if not _A_FIGURE_ALONE.fullmatch(after) or _A_YEAR.fullmatch(after):
        return []  # (not a blank line between a table's last row and what follows it, or the next row's year)
    if not (_A_FIGURE_ALONE.fullmatch(before) or _A_SCALED_UNIT.fullmatch(before)):
        return []  # (not blank cells after a heading row's label: "Sản xuất vụ Đông" / " " / … / "1", n1711)
    return empty


_HTML_TABLE = re.compile(r"<(?:table|tr|td)(?:\s[^<>]{0,200})?>", re.IGNORECASE)
_TAG = (
    r"</?(?:table|thead|tbody|tfoot|tr|td|th|colgroup|col|caption|p|strong|b|i|em|u|sup|sub|blockquote|br|span"
    r"|div)(?:\s[^<>]{0,200})?/?>"
)
# tags and the whitespace between them, in one run: "</td>\n<td><blockquote>\n<p>" between two cells
_HTML_RUN = re.compile(rf"(?:{_TAG})(?:\s|&nbsp;|{_TAG})*", re.IGNORECASE)
# a cell with nothing in it but tags and spaces (its end tag kept, for the run after it)
_EMPTY_HTML_CELL = re.compile(
    r"<t[dh](?:\s[^<>]{0,200})?>(?:\s|&nbsp;|<(?!/?t[dh]\b)[^<>]{0,40}>)*?(?=</t[dh]>)", re.IGNORECASE
)


def _empty_cell(cell: re.Match[str]) -> str:
    """An empty cell as "-", the empty cell of a table copied cell by cell."""
    return "-" + " " * (len(cell.group()) - 1)


def _run_blanked(run: re.Match[str]) -> str:
    """A run of tags as whitespace of its length: a line break between cells and rows (a row's first cell, its
    label, starts the next), a blank line after the table."""
    tags = run.group().lower()
    if "table" in tags:  # (its start or its end)
        return "\n\n" + " " * (len(tags) - 2)
    if "</td" in tags or "</th" in tags or "</tr" in tags or "<br" in tags:
        return "\n" + " " * (len(tags) - 1)
    return " " * len(tags)


def _within(match: re.Match[str], spans: Sequence[re.Match[str]]) -> bool:
    """Whether ``match`` lies inside one of ``spans``."""
    return any(span.start() <= match.start() and match.end() <= span.end() for span in spans)


def _append_words(
    text: str, start: int, end: int, pieces: list[str], starts: list[int], ends: list[int]
) -> None:
    chunk = text[start:end]
    composed = unicodedata.normalize("NFC", chunk)
    if len(composed) == len(chunk):
        pieces.append(composed)
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))
        return
    # Decomposed accents: compose one base letter (and its marks) at a time.
    index = start
    while index < end:
        cluster_end = index + 1
        while cluster_end < end and unicodedata.combining(text[cluster_end]):
            cluster_end += 1
        for char in unicodedata.normalize("NFC", text[index:cluster_end]):
            pieces.append(char)
            starts.append(index)
            ends.append(cluster_end)
        index = cluster_end


# ---------------------------------------------------------------------------------------------
# Sentences.

_ABBREVIATIONS = frozenset({"tp", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "st", "q", "p", "v.v"})
# (… or a full stop the copy left without its space, between a word and a capitalised one: "giảm 1,7% so với
# cùng kỳ.Trong khi có 20.845 chuyến bay chậm giờ" (n2161), or a figure and one: "tăng 15,1% so với năm
# 2015.Trong đó, vốn trung ương …" (n2141) — not "Tp.Hồ Chí Minh", "TP.HCM", "H.Thiệu Hóa", "1.Nguyên nhân")
_SENTENCE_END = re.compile(r"\n\n|\n|[.!?…]+[\"”’')\]]*(?= )|(?<=[a-zà-ỹđ\d%]{2})\.(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])")
_LINE_END_BREAK = re.compile(r"[.!?…:;\"”’')\]]$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``.

    A sentence ends at a blank line; at . ! ? followed by a capital; at a full stop the copy left without
    its space, between a word and a capitalised one; and at a line break after such punctuation or before
    a capital or a bullet. A line break inside a sentence (text
    wrapped by hand or copied from a PDF: "ngày 25\ntháng 01") does not end it.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() == "\n":
            following = text[match.end() : match.end() + 1]
            if not (
                _LINE_END_BREAK.search(text, max(0, match.start() - 1), match.start())
                or following.isupper()
                or following in "-–•+*"
            ):
                continue
        elif match.group() != "\n\n" and text[match.end() : match.end() + 1] == " ":
            following = text[match.end() + 1 : match.end() + 2]
            if not following or not (following.isupper() or following.isdigit() or following in "\"“'(-–•"):
                continue
            word_before = text[max(0, match.start() - 4) : match.start()].rsplit(" ", 1)[-1]
            if word_before.lower().lstrip("(“\"'") in _ABBREVIATIONS:  # and "(TP. Hà Tĩnh)" (n1047)
                continue
        _add_span(text, start, match.end(), spans)
        start = match.end()
    _add_span(text, start, len(text), spans)
    return spans


# A sentence longer than this is read in pieces cut at a ";" or "," (else a space): the claims of a
# sentence are found by comparing its figures with each other, so one endless "sentence" (a table
# pasted as text, a list without full stops) would cost time growing with the square of its length.
# Real report sentences stay far below it (the seed article's longest has 470 characters).
LONGEST_SENTENCE = 1500


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > LONGEST_SENTENCE:
        cut = _cut_before(text, start, start + LONGEST_SENTENCE)
        _add_span(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))


def _cut_before(text: str, start: int, limit: int) -> int:
    """Where to cut a long sentence before ``limit``: after the last ";", else "," , else space."""
    floor = start + LONGEST_SENTENCE // 3
    for mark in (";", ",", " "):
        found = text.rfind(mark, floor, limit)
        if found != -1:
            return found + 1
    return limit


# ---------------------------------------------------------------------------------------------
# Figures.


@dataclass(frozen=True)
class NumberReading:
    """One way of reading printed digits: 1.218 is 1218 (Vietnamese) or 1.218 (English)."""

    value: Decimal  # scale words applied
    decimals: int
    notation: Notation


@dataclass(frozen=True)
class Figure:
    """A number in a sentence that states a quantity, as printed and as read."""

    index: int
    text: str
    start: int  # offsets into the working text
    end: int
    readings: tuple[NumberReading, ...]  # the Vietnamese reading first
    kind: FigureKind
    scale: Decimal  # 1, or 10**9 for "tỷ"; the unit of the last printed digit is 10**-decimals × scale
    noun: str  # the noun phrase the figure counts ("đảng viên", "tỷ đồng")
    qualifier: Qualifier | None  # "hơn 1.200", "gần 96%"

    @property
    def value(self) -> Decimal:
        """The value in the usual (Vietnamese) reading."""
        return self.readings[0].value

    @property
    def decimals(self) -> int:
        """How many decimals were printed (Vietnamese reading)."""
        return self.readings[0].decimals

    @functools.cached_property
    def placeholder(self) -> str:
        """How the figure appears in the sentence skeleton."""
        suffix = {FigureKind.PERCENT: "%", FigureKind.POINTS: "pt"}.get(self.kind, "")
        return f"#{self.index}{suffix}#"

    def is_exact(self, reading: NumberReading) -> bool:
        """Whether the printed number is exact (a whole count), not itself a rounded figure."""
        return self.countable and reading.decimals == 0

    @property
    def countable(self) -> bool:
        """Whether the figure counts things (no scale word, no unit of measure, not a rate)."""
        return (
            self.kind in (FigureKind.COUNT, FigureKind.AMOUNT)
            and self.scale == 1
            and self.noun.split(" ", 1)[0] not in _MEASURE_UNITS
        )

    def unit(self, reading: NumberReading) -> Decimal:
        """The value of one unit in the last printed digit (0,1 for "95,6")."""
        return Decimal(1).scaleb(-reading.decimals) * self.scale

    def bounds(self, reading: NumberReading) -> tuple[Decimal, Decimal]:
        """The values the printed figure may stand for when it was rounded (half-up).

        A figure with a bound word ("khoảng 141.000", "hơn 1.200") stands for a wider range, so
        that a claim computed from it is never flagged for the approximation.
        """
        value = reading.value
        if self.is_exact(reading):
            low, high = value, value
        else:
            unit = self.unit(reading)
            low, high = value - unit / 2, value + unit / 2
        if self.qualifier in _ONE_STEP:
            # "trên 837 tỉ" is 837 to 838, "hơn 1.200" 1.200 to 1.300, "gần 5 nghìn" 4 to 5 nghìn: a bound
            # reaches the next round figure of its own precision, no further
            step = self.unit(reading) * 10 ** trailing_zeros(reading, self.scale)
            if self.qualifier in (Qualifier.ABOVE, Qualifier.AT_LEAST):
                high = max(high, value + step)
            else:
                low = min(low, value - step)
            return low, high
        if self.qualifier == Qualifier.ABOUT and reading.decimals:
            # "khoảng 26.410,28 ha": printed to its hundredths, an estimate said as such, not a round figure —
            # it reaches one step of its last digit, no further (not 5%: "26.410,28 ha/25.976 ha, đạt 101,2%"
            # is no reading of 101,67%, n1216)
            step = self.unit(reading)
            return min(low, value - step), max(high, value + step)
        widen = _QUALIFIER_RANGES.get(self.qualifier) if self.qualifier else None
        if widen is not None:
            low, high = min(low, value * widen[0]), max(high, value * widen[1])
        return low, high


def trailing_zeros(reading: NumberReading, scale: Decimal) -> int:
    """How many zeros end the digits printed (1.200: 2; 837: 0; 12,50: 1; "150 nghìn tỷ": 1)."""
    digits = str((abs(reading.value) / scale).scaleb(reading.decimals).to_integral_value())
    return len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0


_ONE_STEP = (Qualifier.ABOVE, Qualifier.AT_LEAST, Qualifier.NEARLY, Qualifier.BELOW, Qualifier.AT_MOST)
_QUALIFIER_RANGES = {
    Qualifier.ABOUT: (Decimal("0.95"), Decimal("1.05")),
    Qualifier.NEARLY: (Decimal("0.95"), Decimal(1)),
    Qualifier.ABOVE: (Decimal(1), Decimal("1.2")),
    Qualifier.AT_LEAST: (Decimal(1), Decimal("1.2")),
    Qualifier.BELOW: (Decimal("0.8"), Decimal(1)),
    Qualifier.AT_MOST: (Decimal("0.8"), Decimal(1)),
}


# What is not a figure. Each pattern marks the digits it covers as excluded.
# a capital letter, Vietnamese ones too (Đ, Â, Ư, Ô …): the first letter of a name
_LATIN = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
_CAPITAL = "[" + "".join(c for c in map(chr, _LATIN) if c.isupper()) + "]"
_NOT_FIGURES = [
    # document numbers: 123/2020/NĐ-CP, 45/QĐ-UBND, 68-NQ/TW (case-sensitive: capitals follow)
    re.compile(r"(?<![\w/])\d+(?:/\d+)*[/-][A-ZĐ][A-ZĐ0-9]*(?:[-/][A-ZĐa-zđ0-9]+)*"),
    # a company or a body named by capitals and its number, then what it did: "toàn EVNGENCO 2 là 16,087 tỷ
    # kWh" (n503), "GENCO 3 đạt …"
    re.compile(r"(?<![\w])[A-ZĐ]{4,} \d(?![\d.,]?\d)(?= (?:là|đạt|có|đã)(?!\w)|[,;)])"),
]
# … and where schools are named: the number of a school named by a place of two words, in a list of names:
# "gồm: Trường THPT … An Nhơn 1, Tuy Phước 1, Võ Lai, Phù Cát 1" (not "(Bến Tre 12, Tiền Giang 3)")
_NOT_FIGURES_IF_SCHOOLS_NAMED = re.compile(
    rf"(?<!\w){_CAPITAL}[^\W\d_]{{0,6}} {_CAPITAL}[^\W\d_]{{0,6}} \d(?![\d.,]\d)"
    rf"(?=(?:,| và) {_CAPITAL}|[.;)])"
)
_SCHOOLS = ("trường", "thpt", "thcs")
_BOUND = r"\d+(?:[.,]\d+)? ?(?:m|cm|mm|km|cv|kw|tuổi|tấn|ha)?"  # "6m", "12", "30 tuổi"
_NOT_FIGURES_ANY_CASE = [
    # Nghị định số 30, Quyết định số 1234
    re.compile(
        r"(?:nghị định|nghị quyết|quyết định|thông tư|chỉ thị|công văn|kế hoạch|luật|kết luận"
        r"|quy định|thông báo|tờ trình|báo cáo|văn bản|hướng dẫn|đề án|chương trình) số \d[\w/.-]*"
    ),
    # full dates: 30/9/2022, 30-9-2022, 30.9.2022
    # (a day and a month that can be one, the same mark twice: not "48/3.524 vụ", 48 of 3.524)
    re.compile(r"(?<![\d.,/])(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1\d{2,4}(?![\d/])"),
    # a day and its month after the word for a day: "Ngày 30-5, Hội … tổ chức đại hội", "sáng 15/3"
    re.compile(
        r"(?<!\w)(?:ngày|hôm|sáng|chiều|tối|đêm|trưa) (?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])"
        r"(?![\d/.-]\d)"
    ),
    # month/year: 11/2022, and after "tháng" also 11-2025, 11.2025
    re.compile(r"(?<![\d.,/])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"),
    re.compile(r"(?:tháng|quý) (?:0?[1-9]|1[0-2]|[ivx]+)[.-](?:19|20)\d{2}(?![\d])"),
    # day/month after a word of time: Sáng 27/12, ngày 15/12, trước 31/12
    re.compile(
        r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|trước|sau|vào|hạn|mùng|mồng|lúc"
        r"|đầu|cuối|giữa) (?:ngày )?(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])"  # not "tới 7/13 vụ"
    ),
    # day/month that cannot be a share: 27/12, (a day above 12 over a month, then no noun)
    re.compile(r"(?<![\d.,/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])(?! ?[^\W\d_])"),
    # ngày 25, tháng 2, tháng 11/2022, năm 2024, quý 3, cùng kỳ 2021
    # (not a crop's kind: "cây công nghiệp ngắn ngày 15 ha", n568)
    re.compile(r"(?<!ngắn )(?<!dài )(?:ngày|tháng|quý|tuần) \d{1,2}(?![\d]|[.,]\d)"),
    re.compile(
        r"(?:năm(?: học| tài chính| ngân sách)?|kỳ|đến|từ|trước|sau|giai đoạn|nhiệm kỳ|niên độ|niên học"
        r"|tầm nhìn|vào|khóa|khoá"
        r"|vụ (?:mùa|đông xuân|hè thu|thu đông|chiêm xuân|chiêm|xuân|đông))"  # vụ mùa 2018: a season
        r" (?:năm )?(?:19|20)\d{2}(?![\d]|[.,]\d)"
    ),
    # a programme or a law named by its year: "chương trình giáo dục phổ thông 2018" (n842), "Luật Đất đai
    # 2024"
    re.compile(
        r"(?<!\w)(?:chương trình(?: giáo dục phổ thông| gdpt)?|(?:bộ )?luật(?: [^\W\d_]+){1,3}|hiến pháp)"
        r" (?:năm )?(?:19|20)\d{2}(?![\d]|[.,]\d)"
    ),
    # quarters and lists of years: quý IV/2022, năm 2020 và 2021, các năm 2011, 2012
    re.compile(r"(?:quý|tháng|năm) [ivx\d]+/(?:19|20)\d{2}(?!\d)"),
    re.compile(r"(?:năm|kỳ|giai đoạn) (?:19|20)\d{2}(?:(?:, | và | hoặc | ?[-–] ?)(?:19|20)\d{2})+(?!\d)"),
    # two years compared: "(So sánh 2015/2014: doanh nghiệp tăng 29,2%)"
    re.compile(r"(?:so sánh|năm|giai đoạn) (?:19|20)\d{2} ?/ ?(?:19|20)\d{2}(?![\d]|[.,]\d)"),
    # ranges of years: 2020 - 2025, 2021-2025
    re.compile(r"(?<![\d.,])(?:19|20)\d{2} ?[-–] ?(?:19|20)\d{2}(?![\d]|[.,]\d)"),
    # a score or a rank, and the numbered names of places and classes: điểm 10, hạng 3, lớp 12, quận 1
    re.compile(r"(?<!\w)điểm \d{1,2}(?:[.,]\d{1,2})?(?![\d]|[.,]\d)(?! ?(?:%|điểm))"),
    # … and a mark as the threshold of those counted: "13 TS đạt điểm từ 9 trở lên" (n1722), "có 82 TS đạt mức
    # điểm từ 27 trở lên", "17 TS đạt trên 27 điểm" — no part of the count beside it
    re.compile(
        r"(?<!\w)điểm (?:từ|trên|dưới) \d{1,2}(?:[.,]\d{1,2})?(?: trở (?:lên|xuống))?(?![\d]|[.,]\d|%)"
    ),
    re.compile(
        r"(?<!tăng )(?<!giảm )(?<!\w)(?:từ|trên|dưới) \d{1,2}(?:[.,]\d{1,2})? điểm"
        r"(?: trở (?:lên|xuống))?(?!\w)"
    ),
    re.compile(
        # (not "nông thôn": "dân số nông thôn 61,03 triệu người", n2276, is rural people, not hamlets 61, 3)
        r"(?<!\w)(?:hạng|lớp|khối|quận|phường|khu phố|tổ dân phố|ấp|xóm|(?<!nông )thôn|tổ|khu vực|khu|loại"
        r"|cấp độ|bậc|nguyện vọng"  # "nguyện vọng 1 là 75.471, …, nguyện vọng 2 là 70.190" (n678)
        r"|tiêu chí(?: số)?)"  # "còn 2 tiêu chí chưa đạt (tiêu chí 5 và tiêu chí 13)"
        r" \d{1,2}(?:(?:,| và| hoặc| ?-) ?\d{1,2})*(?![\d]|[.,]\d)"  # "sức khỏe loại 1 và 2 chiếm 37%"
    ),
    # a level, alone ("trường đạt chuẩn quốc gia mức độ 2, tỉ lệ 12,6%", n2003 — not "mức độ 2, 5 trường còn
    # lại", n1922: the 5 is a count)
    re.compile(r"(?<!\w)mức độ \d{1,2}(?![\d]|[.,]\d)"),
    # ordinals and references: lần thứ 12, Điều 5, khoản 2, đợt 3
    re.compile(r"(?:thứ|điều|khoản|chương|mục|phụ lục|tiết|bước|đợt|stt|kỳ họp|hội nghị) \d+(?![\d]|[.,]\d)"),
    # a badge named by its years: "huy hiệu 65 năm tuổi Đảng", "huy hiệu 45 tuổi Đảng"
    re.compile(r"huy hiệu \d{2}(?= (?:năm|tuổi)(?!\w))"),
    # a rank among so many ("xếp thứ 5/34" of the 34 provinces): neither a figure nor a fraction
    re.compile(r"(?:xếp|đứng) thứ \d+ ?/ ?\d+(?![\d]|[.,]\d)"),
    # so many or so many of something a day or a week ("9/10 buổi/ tuần", raw36/tl39): a range, not a fraction
    re.compile(r"(?<![\d.,/])\d{1,2} ?/ ?\d{1,2}(?= [^\W\d_]+ ?/ ?(?:ngày|tuần|tháng)(?!\w))"),
    # names and codes that hold a number: Quốc lộ 1A, ISO 9001:2015, QCVN 01:2019, Cách mạng công nghiệp 4.0,
    # Nghị quyết 68, top 10, hotline 1900 1234, a number glued to a letter (5G, 8g30)
    re.compile(
        r"(?:quốc lộ|tỉnh lộ|đường tỉnh|hương lộ|cao tốc|iso|qcvn|tcvn|top|hotline|điện thoại|fax"
        r"|nghị quyết|nghị định|chỉ thị|thông tư|công văn) \d[\d:.]*(?:[ ]\d{3,4})*[a-z]?(?![\d]|[.,]\d)"
    ),
    re.compile(r"(?:công nghiệp|cách mạng|chuyển đổi số|kinh tế số) 4\.0(?!\d)"),
    re.compile(r"(?<![\w.,])\d+(?=[^\W\d_])"),
    # names with a number after a hyphen: COVID-19, SARS-CoV-2, Vinasat-1
    re.compile(r"(?<=[^\W\d_]-)\d+(?![.,]?\d)"),
    # footnote marks glued to a word: "số thi hành xong[1] là 369.372 việc"
    re.compile(r"(?<=[^\W\d_])\[\d{1,2}\]"),
    # the bounds of a class of sizes or ages named before its count: "tàu cá có chiều dài dưới 6m: 271 chiếc;
    # từ 6 đến dưới 12m: 912 chiếc; … từ 24m trở lên: 174 chiếc"
    re.compile(
        rf"(?<!\w)(?:từ|dưới|trên) {_BOUND}(?: (?:đến|tới) (?:dưới )?{_BOUND})?(?: trở lên| trở xuống)?(?=:)"
    ),
    # times: 8h30, 14:00, 8 giờ 30
    re.compile(r"(?<![\d.,])\d{1,2}(?:h\d{0,2}|:\d{2}| giờ(?: \d{1,2} phút)?)(?![\w])"),
]

_NUMBER = re.compile(
    # "346 000 ha": thousands grouped by spaces, when what it counts follows (not cells of a table)
    r"(?<![\w.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)(?= ?[^\W\d_])"
    # a decimal comma with a space typed after it, before a unit: "sản lượng ước đạt 167, 2 tấn"
    r"|\d+, \d{1,2}(?= (?:tấn|tạ|ha|kg|tỷ|tỉ|triệu|nghìn|ngàn)(?!\w))"  # … or a scale: "gần 14, 5 tỷ đồng"
    # … or before "%" after the word a rate is said with: "hòa giải thành 645 vụ việc, đạt 73, 21%"
    r"|(?:(?<=đạt )|(?<=chiếm )|(?<=bằng )|(?<=lệ ))\d{1,3}, \d{1,2}(?=%)"
    r"|\d+(?:[.,]\d+)*)"
)
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f]")
_PERCENT_SUFFIX = re.compile(r" ?(?:%|phần trăm(?!\w))")
_POINTS_SUFFIX = re.compile(r" ?điểm(?: ?%| phần trăm(?!\w))")
_SCALE_SUFFIX = re.compile(r" (nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\w)(?! lệ)")
_COMPOSITE_PART = re.compile(r" (\d{1,3}) (nghìn|ngàn|triệu)(?!\w)")
# the đồng under the smallest scale word: "10 tỷ 917 triệu 603 đồng"
_COMPOSITE_UNITS = re.compile(r" (\d{1,3})(?= (?:đồng|đ)(?!\w))")
_SCALES = {
    "nghìn": Decimal(10) ** 3,
    "ngàn": Decimal(10) ** 3,
    "vạn": Decimal(10) ** 4,  # "39 vạn tấn": 390.000 tấn
    "triệu": Decimal(10) ** 6,
    "tỷ": Decimal(10) ** 9,
    "tỉ": Decimal(10) ** 9,
}

_QUALIFIER_BEFORE = re.compile(
    r"(?:^|[^\w])(không thấp hơn|không dưới|không quá|không vượt quá|chưa đến|chưa tới|gần như"
    r"|xấp xỉ|khoảng|chừng|ít nhất|tối thiểu|tối đa|hơn|trên|gần|dưới|từ) $"
)
_QUALIFIERS = {
    "không thấp hơn": Qualifier.AT_LEAST,
    "không dưới": Qualifier.AT_LEAST,
    "ít nhất": Qualifier.AT_LEAST,
    "tối thiểu": Qualifier.AT_LEAST,
    "không quá": Qualifier.AT_MOST,
    "không vượt quá": Qualifier.AT_MOST,
    "tối đa": Qualifier.AT_MOST,
    "chưa đến": Qualifier.BELOW,
    "chưa tới": Qualifier.BELOW,
    "dưới": Qualifier.BELOW,
    "hơn": Qualifier.ABOVE,
    "trên": Qualifier.ABOVE,
    "gần": Qualifier.NEARLY,
    "gần như": Qualifier.NEARLY,
    "khoảng": Qualifier.ABOUT,
    "xấp xỉ": Qualifier.ABOUT,
    "chừng": Qualifier.ABOUT,
}
# the words that make a figure a bound or an approximation, longest first (what a labeller may copy with it)
QUALIFIER_WORDS = tuple(sorted(_QUALIFIERS, key=len, reverse=True))
_COMPARATIVE_BEFORE_HON = re.compile(r"(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|kém|sớm|muộn) $")
_FIGURE_JUST_BEFORE = re.compile(r"#\d+%?#(?: [^\W\d_]+){0,4} $")
# "1.150 vụ trên 1.245 vụ": "trên" after a count is "out of" — not after a year, nor after a verb ("năm 2023
# tăng trên 4.100 vụ")
_OUT_OF = re.compile(
    r"(?<![\d.,])(?<!năm )\d[\d.,]*(?: [^\W\d_]+){0,4}(?<!tăng)(?<!giảm)(?<!đạt)(?<! là) trên $"
)
# "đạt từ 50%": a verb of reaching before "từ" …, and no end of a range after the figure ("từ 50% đến 70%")
_REACHED_FROM = re.compile(r"(?<!\w)(?:đạt|chiếm) từ $")
_RANGE_AFTER = re.compile(r" ?(?:đến|tới|-|–)(?!\w)")
_THEN_UPWARDS = re.compile(r"(?: [^\W\d_]+){0,3}? trở (lên|xuống)(?!\w)")

_WORD = re.compile(r" ?([^\W\d_]+)")
# words that end the noun phrase after a figure: verbs, prepositions, comparisons
_NOUN_STOP = frozenset(
    (  # noqa: SIM905 - a list of words reads best as words
        "đạt chiếm tăng giảm vượt so bằng trong của và với là được đã có tại ở trên dưới cho theo về"
        " từ đến thì nhưng gồm bao chưa không còn tương hoàn thực nâng trở gấp này đó đúng quá trễ"
        " hoặc hay mà nên để khi vào ra lên xuống thấp cao nhiều ít hơn kém tính như"
    ).split()
)
# units of measure: a figure followed by one of these is an amount, not a count
# the units an amount is measured in (money apart): "73/70ha" is of hectares
MEASURE_UNITS = frozenset("ha hécta hecta tấn tạ kg km m m2 m3 lít lần usd đô mw kw kwh gwh".split())  # noqa: SIM905
_MEASURE_UNITS = MEASURE_UNITS


_YEAR_OF_A_FIGURE = re.compile(r"(?<!\w)năm ((?:19|20)\d{2})(?![\d/-])")
# a year compared with, not the one a figure is of: "so với năm 2017", "so với vụ mùa năm 2018", "từ năm 2015"
_COMPARED_WITH = re.compile(r"(?<!\w)(?:so với|so|cùng kỳ)(?!\w)[^,;:#]*$|(?:với|hơn|từ|đến|trước)\W*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence, its figures and its skeleton (see the module docstring)."""

    text: str
    start: int
    end: int
    figures: tuple[Figure, ...]
    skeleton: str
    _placeholder_starts: tuple[int, ...]  # where each figure's placeholder begins in the skeleton

    def figure(self, placeholder: str) -> Figure:
        """The figure behind a placeholder such as ``#3%#``."""
        return self.figures[int(placeholder.strip("#%pt"))]

    def figure_starting_at(self, start: int) -> Figure | None:
        """The figure that starts at working-text offset ``start``, if one does."""
        index = bisect.bisect_left(self._starts, start)
        return (
            self.figures[index] if index < len(self.figures) and self.figures[index].start == start else None
        )

    @functools.cached_property
    def _starts(self) -> tuple[int, ...]:
        return tuple(figure.start for figure in self.figures)

    @functools.cached_property
    def words_around(self) -> dict[int, tuple[str, str]]:
        """The skeleton between each figure and the figures beside it (60 characters at most each way),
        by the figure's start: what it is of ("đã giải quyết", "đủ điều kiện")."""
        found = {}
        for figure, at in zip(self.figures, self._placeholder_starts, strict=True):
            end = at + len(figure.placeholder)
            found[figure.start] = (
                self.skeleton[max(0, at - 60) : at].rsplit("#", 1)[-1],
                self.skeleton[end : end + 60].split("#", 1)[0],
            )
        return found

    @functools.cached_property
    def years_said(self) -> dict[int, str]:
        """The year each figure is said of, by its start: the last year the sentence names before it as its
        own ("Năm 2018, … 280 vụ", "năm 2017 là 24 vụ"; not "so với năm 2017"), or ""."""
        if "năm " not in self.skeleton:
            return {}
        years = [
            (found.start(), found.group(1))
            for found in _YEAR_OF_A_FIGURE.finditer(self.skeleton)
            if not _COMPARED_WITH.search(self.skeleton, max(0, found.start() - 24), found.start())
        ]
        return {
            figure.start: next((year for where, year in reversed(years) if where < at), "")
            for figure, at in zip(self.figures, self._placeholder_starts, strict=True)
        }

    def at(self, figure: Figure) -> int:
        """Where the placeholder of ``figure``, one of this sentence's, begins in the skeleton."""
        return self._placeholder_starts[figure.index]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Working-text offsets of the skeleton span ``[start, end)``."""
        return self._offset(start, at_end=False), self._offset(max(end, start + 1), at_end=True)

    def _offset(self, position: int, at_end: bool) -> int:
        """The working-text offset of a skeleton position (inside a placeholder: its figure's edge)."""
        index = bisect.bisect_right(self._placeholder_starts, position if not at_end else position - 1) - 1
        if index < 0:
            return self.start + position
        figure = self.figures[index]
        placeholder_end = self._placeholder_starts[index] + len(figure.placeholder)
        if position < placeholder_end or (at_end and position == placeholder_end):
            return figure.end if at_end else figure.start
        return figure.end + position - placeholder_end

    def figures_in(self, start: int, end: int) -> list[Figure]:
        """The figures whose placeholders lie inside the skeleton span ``[start, end)``."""
        return [self.figure(m.group()) for m in PLACEHOLDER.finditer(self.skeleton, start, end)]


PLACEHOLDER = re.compile(r"#\d+(?:%|pt)?#")
_ANY_DIGIT = re.compile(r"\d")


def read_sentences(document: Document) -> Iterator[Sentence]:
    """The sentences of the document with their figures; a noun the text abbreviates is read in full."""
    counted = counted_nouns(document.text)
    defined = defined_abbreviations(document.text)
    said = words_said(document.text)
    for start, end in split_sentences(document.text):
        sentence = read_sentence(document.text[start:end], start, counted, said)
        if defined and any(first_word(figure.noun) in defined for figure in sentence.figures):
            figures = tuple(
                dataclasses.replace(figure, noun=_in_full(figure.noun, defined))
                for figure in sentence.figures
            )
            sentence = dataclasses.replace(sentence, figures=figures)
        yield sentence


# a noun and its abbreviation in brackets, the initials of its last words: "hồ sơ (HS)", "tổ chức cơ sở
# đảng (TCCSĐ)"
_IN_BRACKETS_SHORT = re.compile(r"(?<=[^\W\d_] )\(([^\W\d_]{2,6})\)")


def defined_abbreviations(text: str) -> dict[str, str]:
    """The abbreviations a text defines, lowered, and the nouns they stand for: {"hs": "hồ sơ"} when it
    says "5,65 ngàn hồ sơ (HS)" — a figure counting "HS" counts files there, pupils elsewhere."""
    defined: dict[str, str] = {}
    for match in _IN_BRACKETS_SHORT.finditer(text):  # the bracket first, then the words before it
        short = match.group(1)
        if not short.isupper():
            continue
        words = text[max(0, match.start() - 80) : match.start()].split()[-len(short) :]
        initials = "".join(_lower(word)[0] for word in words)
        if len(words) == len(short) and initials == _lower(short) and all(word.isalpha() for word in words):
            defined.setdefault(_lower(short), _lower(" ".join(words)))
    return defined


def _in_full(noun: str, defined: dict[str, str]) -> str:
    first, _, rest = noun.partition(" ")
    return f"{defined[first]} {rest}".strip() if first in defined else noun


def first_word(noun: str) -> str:
    """The first word of a noun phrase ("hồ sơ" → "hồ"): what the checker compares nouns by."""
    return noun.split(" ", 1)[0]


# "đã thi hành xong năm bản án", "cục rút lên thi hành bốn việc": a number said in words, read as a
# figure when the word after it is one the text also counts in digits ("15 bản án", "580 việc") —
# never "năm 2020", "năm học", "hai cấp" unless the text counts "cấp" too. "một" (một số, một phần)
# and "tư" (đầu tư) are left out.
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_A_SCHOOL_YEAR = re.compile(r"học(?! sinh| viên)(?!\w)")
_NUMBER_WORD = re.compile(r"(?<!\w)(" + "|".join(_NUMBER_WORDS) + r") ([^\W\d_]+)")
_COUNTED_IN_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)* ([^\W\d_]+)")
_NEVER_COUNTED = frozenset(
    "năm tháng ngày giờ phút tuần quý tuổi tỷ tỉ triệu nghìn ngàn phần điểm lần trên và với của".split()  # noqa: SIM905
)


def counted_nouns(text: str) -> frozenset[str]:
    """The words the text puts right after a number in digits: what it counts ("vụ", "bản")."""
    found = {match.group(1) for match in _COUNTED_IN_DIGITS.finditer(_lower(text))}
    return frozenset(found - _NEVER_COUNTED)


def read_sentence(
    text: str, offset: int = 0, counted: frozenset[str] = frozenset(), said: frozenset[str] | None = None
) -> Sentence:
    """Find the figures of one sentence and build its skeleton; a number in words counts one of
    ``counted`` (see :func:`counted_nouns`)."""
    lower = _lower(text)
    if not _ANY_DIGIT.search(text):
        return Sentence(text, offset, offset + len(text), (), lower.replace("#", " "), ())
    excluded = _excluded_spans(text, lower, said)
    figures: list[Figure] = []
    position = 0
    while True:
        match = _NUMBER.search(lower, position)
        if match is None:
            break
        position = match.end()
        if _overlaps(excluded, match.start(), match.end()):
            continue
        figure = _read_figure(text, lower, match, len(figures), offset)
        if figure is None:
            continue
        figures.append(figure)
        position = figure.end - offset
    if counted:
        figures = _with_number_words(figures, text, lower, offset, counted, excluded)
    figures = _attach_nouns_to_numerators(figures, lower, offset)
    skeleton, placeholder_starts = _skeleton(lower, figures, offset)
    return Sentence(text, offset, offset + len(text), tuple(figures), skeleton, placeholder_starts)


_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?")


def spaced_figure(text: str, start: int) -> Figure | None:
    """A figure whose thousands are set apart by spaces, as some tables print them ("230 065", "1 487 640,5"),
    starting at ``start`` of ``text``; None when there is none there. Read as Vietnamese digits."""
    match = _SPACE_GROUPED.match(text, start)
    if match is None:
        return None
    digits = match.group().replace(" ", ".")
    readings = _digit_readings(digits)
    if not readings:
        return None
    kind = FigureKind.AMOUNT if readings[0].decimals else FigureKind.COUNT
    return Figure(0, match.group(), match.start(), match.end(), readings[:1], kind, Decimal(1), "", None)


_CELL_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def cell_figure(text: str, start: int, end: int) -> Figure | None:
    """A table's cell ``text[start:end]`` read alone, where the sentence reader joined it to the cells after
    it as thousands set apart by spaces ("106 104 105": three indices of a row, not 106.104.105)."""
    digits = text[start:end]
    readings = _digit_readings(digits) if _CELL_DIGITS.fullmatch(digits) else ()
    if not readings:
        return None
    kind = FigureKind.AMOUNT if readings[0].decimals else FigureKind.COUNT
    return Figure(0, digits, start, end, readings, kind, Decimal(1), "", None)


def sentence_of(text: str, offset: int, figures: Sequence[Figure]) -> Sentence:
    """A span of the text read as one sentence from figures read already (a table's cells, read with
    the sentences around them): the figures numbered afresh, the skeleton built over them."""
    own = [dataclasses.replace(figure, index=index) for index, figure in enumerate(figures)]
    skeleton, placeholder_starts = _skeleton(_lower(text), own, offset)
    return Sentence(text, offset, offset + len(text), tuple(own), skeleton, placeholder_starts)


def _with_number_words(
    figures: list[Figure],
    text: str,
    lower: str,
    offset: int,
    counted: frozenset[str],
    excluded: list[tuple[int, int]],
) -> list[Figure]:
    """``figures`` and the numbers said in words before a counted noun, in order, indexed again."""
    starts = [figure.start for figure in figures]
    words = []
    for match in _NUMBER_WORD.finditer(lower):
        start, end = match.span(1)
        if match.group(2) not in counted or _overlaps(excluded, start, end):
            continue
        if match.group(1) == "năm" and _A_SCHOOL_YEAR.match(lower, match.start(2)):
            continue  # "so với năm học trước" (n1677): the school year, not five of "học sinh"
        at = bisect.bisect_left(starts, offset + end)  # the figures starting before the word's end
        if at and figures[at - 1].end - offset > start:
            continue  # inside a figure read from digits
        words.append(
            Figure(
                index=0,
                text=text[start:end],
                start=offset + start,
                end=offset + end,
                readings=(NumberReading(Decimal(_NUMBER_WORDS[match.group(1)]), 0, Notation.VI),),
                kind=FigureKind.COUNT,
                scale=Decimal(1),
                noun=_noun_after(lower, end),
                qualifier=_qualifier(lower, start, end),
            )
        )
    if not words:
        return figures
    merged = sorted([*figures, *words], key=lambda figure: figure.start)
    return [dataclasses.replace(figure, index=index) for index, figure in enumerate(merged)]


_LUNAR_WORDS = tuple("tết xuân tý tí sửu dần mão mẹo thìn tỵ tị ngọ mùi thân dậu tuất hợi".split())  # noqa: SIM905
# patterns read only when a word they need is in the text (the longest texts are read fast)
_NOT_FIGURES_IF_SAID = [
    # ages: "độ tuổi trên 60", "tuổi từ 51 - 59", "dưới 35 tuổi" — a bound of a group, not a count
    (
        ("tuổi",),
        re.compile(
            # (not "trẻ tuổi 29 người": the young, then how many)
            # (nor "Dưới 18 tuổi 33 22 15": the age that ends a label, then the row's cells)
            r"(?:độ tuổi|tuổi đời|lứa tuổi|(?<!trẻ )(?<!\d )tuổi)"
            r" (?:từ |dưới |trên |ngoài |hơn |đến )?\d{1,3}"
            # (not "… 30 tuổi 1639 1789": an age band's label, then its row's first cell)
            # (nor "trên 6 tháng tuổi 38 con": beasts of that age, how many, n618)
            r"(?: ?[-–] ?\d{1,3})?(?!\d|[.,]\d)"
            r"(?! (?:người|đại biểu|đảng viên|em|học sinh|đồng chí|con)(?!\w))"
        ),
    ),
    # … in months or years: "trên 6 tháng tuổi" (n618)
    (
        ("tuổi",),
        re.compile(r"(?:dưới|trên|từ|đủ|ngoài|hơn) \d{1,3}(?: ?[-–] ?\d{1,3})?(?: tháng| năm)? tuổi(?!\w)"),
    ),
    # the ages a birthday is held at: "các cụ tròn 70, 75, 80, 85, 95 và trên 100" (raw58/uh13)
    (
        ("tròn",),
        re.compile(r"(?<=tròn )\d{2,3}(?:(?:, ?| và (?:trên )?)\d{2,3}(?![\d.,]\d))*(?: tuổi)?(?!\w)"),
    ),
    # a lunar year, then its number: Tết Bính Ngọ 2026, Xuân Ất Tỵ 2025, Tết Nguyên đán 2024
    (
        _LUNAR_WORDS,
        re.compile(
            r"(?:(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý|quí) (?:tý|tí|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ"
            r"|mùi|thân|dậu|tuất|hợi)|tết(?: nguyên đán)?|xuân) (?:19|20)\d{2}(?![\d]|[.,]\d)"
        ),
    ),
]


def _lower(text: str) -> str:
    lower = text.lower()
    if len(lower) != len(text):  # a few letters (İ) grow when lowered
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower


def _excluded_spans(text: str, lower: str, said: frozenset[str] | None = None) -> list[tuple[int, int]]:
    """The spans of ``text`` that hold no figure; ``said``: the words of the conditional patterns the whole
    document holds (see :func:`words_said`), so that a sentence looks only for those."""
    # a line broken by hand is a space to these patterns: "tăng so với năm\n2009 như: …" (same length)
    text, lower = text.replace("\n", " "), lower.replace("\n", " ")
    spans: list[tuple[int, int]] = []
    for pattern in _NOT_FIGURES:
        spans.extend(m.span() for m in pattern.finditer(text))
    for pattern in _NOT_FIGURES_ANY_CASE:  # separately: the spans may overlap
        spans.extend(m.span() for m in pattern.finditer(lower))
    for needed, pattern in _NOT_FIGURES_IF_SAID:
        if any((said is None or word in said) and word in lower for word in needed):
            spans.extend(m.span() for m in pattern.finditer(lower))
    if any((said is None or word in said) and word in lower for word in _SCHOOLS):
        spans.extend(m.span() for m in _NOT_FIGURES_IF_SCHOOLS_NAMED.finditer(text))
    spans.sort()
    return spans


def words_said(text: str) -> frozenset[str]:
    """The words the conditional patterns of what is no figure wait for that ``text`` holds: read once for a
    document, not once per sentence."""
    lower = _lower(text)
    needles = {word for needed, _ in _NOT_FIGURES_IF_SAID for word in needed} | set(_SCHOOLS)
    return frozenset(word for word in needles if word in lower)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, index - 8) : index])


# "(đạt 78,35)", and a signed change in brackets after its difference: "giảm 46 đối tượng (-38,02)"
_RATE_WITHOUT_SIGN = re.compile(
    r"\((?:đạt|bằng)(?: tỷ lệ| tỉ lệ)? $|(?:tăng|giảm) [\d.,]+[^()\d]{0,30}\([-+−]$"
)


def _read_figure(text: str, lower: str, match: re.Match[str], index: int, offset: int) -> Figure | None:
    digits = _GROUP_SPACES.sub("", match.group())
    readings = _digit_readings(digits)
    if not readings:
        return None
    end = match.end()
    kind = FigureKind.COUNT
    scale = Decimal(1)
    if suffix := _POINTS_SUFFIX.match(lower, end):
        kind, end = FigureKind.POINTS, suffix.end()
    elif suffix := _PERCENT_SUFFIX.match(lower, end):
        kind, end = FigureKind.PERCENT, suffix.end()
    else:
        while suffix := _SCALE_SUFFIX.match(lower, end):
            scale *= _SCALES[suffix.group(1)]
            end = suffix.end()
        if scale > 1:
            readings = tuple(NumberReading(r.value * scale, r.decimals, r.notation) for r in readings)
            # "264.707 tỷ 535 triệu": the smaller part adds to the larger, exact to its unit
            while (part := _COMPOSITE_PART.match(lower, end)) and _SCALES[part.group(2)] < scale:
                scale = _SCALES[part.group(2)]
                readings = (NumberReading(readings[0].value + int(part.group(1)) * scale, 0, Notation.VI),)
                end = part.end()
                if units := _COMPOSITE_UNITS.match(lower, end):
                    readings = (NumberReading(readings[0].value + int(units.group(1)), 0, Notation.VI),)
                    end, scale, kind = units.end(), Decimal(1), FigureKind.AMOUNT
                    break
    noun = _noun_after(lower, end)
    left_out = kind == FigureKind.COUNT and not noun and lower[end : end + 1] == ")"
    if left_out and _RATE_WITHOUT_SIGN.search(lower, 0, match.start()):
        kind = FigureKind.PERCENT  # "(đạt 78,35)": a rate whose "%" was left out
    if kind == FigureKind.COUNT and (
        readings[0].decimals > 0 or scale > 1 or noun.split(" ", 1)[0] in _MEASURE_UNITS
    ):
        kind = FigureKind.AMOUNT
    if kind == FigureKind.COUNT:
        # "1.150 hộ" is never 1,15 households: a count has no English decimal reading
        readings = tuple(r for r in readings if r.decimals == 0)
    qualifier = _qualifier(lower, match.start(), end)
    return Figure(
        index=index,
        text=text[match.start() : end],
        start=offset + match.start(),
        end=offset + end,
        readings=readings,
        kind=kind,
        scale=scale,
        noun=noun,
        qualifier=qualifier,
    )


def _digit_readings(digits: str) -> tuple[NumberReading, ...]:
    """Both readings of digits with separators, the Vietnamese one first — the English one in a text
    written in English notation throughout (see :func:`english_notation`); () if neither."""
    readings = _both_readings(digits)
    if len(readings) > 1 and _ENGLISH_NOTATION.get() and readings[1].notation == Notation.EN:
        return (readings[1], readings[0])
    return readings


# A text in English notation: thousands set apart by commas ("33,095,250", "1,293,478"), decimals by a point
# ("41.19") — a forestry table copied from a ministry's English-style spreadsheet (n1731) — and no figure
# only the Vietnamese notation reads ("1.293.478", "5,6"): "334,740" there is 334.740 hectares, not 334,74.
_ENGLISH_NOTATION: contextvars.ContextVar[bool] = contextvars.ContextVar("english_notation", default=False)
_ONLY_ENGLISH_THOUSANDS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?(?![\d.,]*\d)|(?<![\d.,])\d{1,3},\d{3}\.\d+(?![\d.,]*\d)"
)
_ONLY_VIETNAMESE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d+)(?![\d.,]*\d)"
)


def english_notation(text: str) -> bool:
    """Whether ``text`` writes its figures in English notation throughout: thousands set apart by commas
    at least twice, and no figure only the Vietnamese notation reads."""
    return len(_ONLY_ENGLISH_THOUSANDS.findall(text)) >= 2 and not _ONLY_VIETNAMESE.search(text)


@contextlib.contextmanager
def notation_of(text: str) -> Iterator[None]:
    """Read the figures of ``text`` in its notation while inside."""
    token = _ENGLISH_NOTATION.set(english_notation(text))
    try:
        yield
    finally:
        _ENGLISH_NOTATION.reset(token)


@functools.lru_cache(maxsize=4096)
def _both_readings(digits: str) -> tuple[NumberReading, ...]:
    if digits.isdigit():
        return (NumberReading(Decimal(digits), 0, Notation.VI),)
    readings: list[NumberReading] = []
    for notation in (Notation.VI, Notation.EN):
        try:
            value = parse_number(digits, notation)
        except NumberFormatError:
            return ()
        reading = NumberReading(value, max(0, -int(value.as_tuple().exponent)), _notation_of(digits, value))
        if reading not in readings:
            readings.append(reading)
    return tuple(readings)


def _notation_of(digits: str, value: Decimal) -> Notation:
    """Which notation produced ``value`` from ``digits``."""
    decimals = max(0, -int(value.as_tuple().exponent))
    if decimals:
        return Notation.EN if digits[-decimals - 1] == "." else Notation.VI
    return Notation.EN if "," in digits else Notation.VI


_UNIT_ON_THE_NEXT_LINE = re.compile(r"\n ?(ha|tấn|km|kg|lít|usd)(?![^\W\d_])")


def _noun_after(lower: str, position: int) -> str:
    """Up to four words after a figure, stopping at punctuation or a verb ("đảng viên")."""
    words: list[str] = []
    if (wrapped := _UNIT_ON_THE_NEXT_LINE.match(lower, position)) is not None:
        position = wrapped.start(1)  # "636.425\nha. Trong đó …" (n1631): a line wrapped before its unit
    while len(words) < 4:
        match = _WORD.match(lower, position)
        if match is None or match.group(1) in _NOUN_STOP:
            break
        words.append(match.group(1))
        position = match.end()
        if lower.startswith(".km", position):  # "322,2 tỷ tấn.km", "lượt người.km": not tonnes, nor people
            words[-1] += ".km"
            position += 3
    return " ".join(words)


def _qualifier(lower: str, start: int, end: int) -> Qualifier | None:
    before = lower[max(0, start - 20) : start]
    match = _QUALIFIER_BEFORE.search(before)
    word = match.group(1) if match else ""
    upwards = _THEN_UPWARDS.match(lower, end)
    if upwards:  # "từ 50% trở lên", "80% trở lên"
        return Qualifier.AT_LEAST if upwards.group(1) == "lên" else Qualifier.AT_MOST
    if word == "từ" and _REACHED_FROM.search(before) and not _RANGE_AFTER.match(lower, end):
        return Qualifier.AT_LEAST  # "9/10 thuế cơ sở đạt từ 50% dự toán" (n891): at least, not a range's end
    if word in ("", "từ"):
        return None
    if word == "hơn" and _COMPARATIVE_BEFORE_HON.search(before[: match.start(1)] if match else ""):
        return None  # "cao hơn 5%": a difference, not a bound
    if word == "trên" and _OUT_OF.search(lower, max(0, start - 60), start):
        return None  # "1.150 vụ trên 1.245 vụ": "out of", not "above"
    return _QUALIFIERS[word]


# "22/23 chỉ tiêu", "662 trong tổng số 686 tổ chức cơ sở đảng": a count out of another
_NUMERATOR_OF = frozenset({"/", "trong tổng số", "trên tổng số", "trong số"})


def _attach_nouns_to_numerators(figures: list[Figure], lower: str, offset: int) -> list[Figure]:
    """In "22/23 chỉ tiêu" (or "662 trong tổng số 686 tổ chức") the numerator counts the denominator's noun;
    in "22/23 triệu đồng" it is in the denominator's scale too (22 triệu of 23 triệu)."""
    result = list(figures)
    for i, figure in enumerate(figures[:-1]):
        following = figures[i + 1]
        between = lower[figure.end - offset : following.start - offset]
        said = between.strip()
        if said != "/" and figure.kind not in (FigureKind.COUNT, FigureKind.AMOUNT):
            continue  # "tỷ lệ 11,27% trên tổng số 390.687 hộ": a share of it, not a count out of it
        if said in _NUMERATOR_OF and not figure.noun:
            kind = following.kind if following.kind != FigureKind.AMOUNT else figure.kind
            if following.noun.split(" ", 1)[0] in _MEASURE_UNITS:
                kind = FigureKind.AMOUNT  # "73/70ha": hectares, as the denominator
            readings, scale = figure.readings, figure.scale
            if (
                figure.kind in (FigureKind.COUNT, FigureKind.AMOUNT)
                and scale == 1
                and following.scale > 1
                # "14.714.669.968/9,5 tỷ đồng": a numerator printed in full is in đồng already
                and readings[0].value <= following.readings[0].value / following.scale * 1000
            ):
                scale, kind = following.scale, FigureKind.AMOUNT
                readings = tuple(NumberReading(r.value * scale, r.decimals, r.notation) for r in readings)
            result[i] = Figure(
                figure.index, figure.text, figure.start, figure.end, readings,
                kind, scale, following.noun, figure.qualifier,
            )  # fmt: skip
    return result


_SIGN_AFTER_VERB = re.compile(r"((?<!\w)(?:giảm|tăng) )[-−+]$")


# a line of prose broken where a page was wrapped: long, and no table's tab or bar in the sentence; or a
# form's line broken after the words that give its figure ("3989 người – Chiếm\n61,7%", "Tỷ lệ:\n90,97%")
_WRAPPED_LINE = re.compile(r"(?<=[^\n]{50})\n(?=[^\n])|(?:(?<=chiếm)|(?<=tỷ lệ:)|(?<=tỉ lệ:))\n(?=\d)")


def _skeleton(lower: str, figures: list[Figure], offset: int) -> tuple[str, tuple[int, ...]]:
    """The sentence with each figure replaced by its placeholder, and where each one begins. A line break
    in a sentence of prose wrapped by hand is a space there ("… chiếm\n81,33%")."""
    if "\n" in lower and "\t" not in lower and "|" not in lower:
        lower = _WRAPPED_LINE.sub(" ", lower)
    pieces: list[str] = []
    placeholder_starts: list[int] = []
    length = position = 0
    for figure in figures:
        segment = lower[position : figure.start - offset].replace("#", " ")
        # "giảm -322 vụ": the sign says again what the verb says (dropped right before the placeholder,
        # no other position of the skeleton moves)
        segment = _SIGN_AFTER_VERB.sub(r"\1", segment)
        pieces.append(segment)
        length += len(segment)
        placeholder_starts.append(length)
        pieces.append(figure.placeholder)
        length += len(figure.placeholder)
        position = figure.end - offset
    pieces.append(lower[position:].replace("#", " "))
    return "".join(pieces), tuple(placeholder_starts)
