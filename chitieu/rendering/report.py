"""A format-neutral report: built once from the data, then written as DOCX, PDF, XLSX or HTML.

The objects here carry text already worded and numbers already formatted for the report's
language (plus the exact number where a spreadsheet needs it), so that every renderer writes
the same figures. Nothing here knows about Django or the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from chitieu.core.text import language_of


class CellKind(StrEnum):
    """How a table cell is written: text, a number (right-aligned), or a percentage."""

    TEXT = "text"
    NUMBER = "number"
    PERCENT = "percent"


@dataclass(frozen=True)
class TableCell:
    """One table cell: the text to print and, for numbers, the exact value and its decimals.

    For a PERCENT cell the value is in percent, as printed: ``Decimal("101.4285…")`` for "101,43%".
    """

    text: str
    value: Decimal | None = None
    decimals: int = 0
    kind: CellKind = CellKind.TEXT
    bold: bool = False


@dataclass(frozen=True)
class Column:
    header: str
    kind: CellKind = CellKind.TEXT
    width: int = 10  # relative width (characters), for DOCX, PDF and XLSX alike


@dataclass(frozen=True)
class Table:
    """A numbered table (phụ lục), landscape when it is wide."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[TableCell, ...], ...]
    footnotes: tuple[str, ...] = ()
    landscape: bool = False
    sheet_name: str = ""  # for XLSX: at most 31 characters, no []:*?/\
    attached_to: str = ""  # "(Kèm theo Báo cáo số …/BC-… ngày … của …)", under an annex's title


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: "I. KẾT QUẢ THỰC HIỆN", 2: "1. …", 3: "a) …"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of body text; ``to_write`` marks a place a person must write, pre-filled with facts.

    ``instruction`` tells the writer what belongs there ("Đơn vị nêu hạn chế và nguyên nhân."):
    the editable formats show it with the draft, highlighted; a PDF (a document to sign, not to
    edit) prints the draft as a plain paragraph, without the instruction or the highlight.
    """

    text: str
    to_write: bool = False
    instruction: str = ""

    def draft(self) -> str:
        """The place to write as an editable format shows it: the instruction, then the draft."""
        return f"{self.instruction} {self.text}".strip()


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class Chart:
    """A bar chart: categories along the axis, one bar per series (e.g. plan and result, in %)."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str = "%"


# The few fixed words a renderer prints itself, per language; everything else comes worded.
LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "recipients": "Nơi nhận:",
        "notes": "Ghi chú:",
        "table": "Bảng",
        "chart": "Biểu đồ",
        "no_data": "chưa có số liệu",
    },
    "en": {
        "recipients": "Recipients:",
        "notes": "Notes:",
        "table": "Table",
        "chart": "Chart",
        "no_data": "no data",
    },
}


Block = Heading | Paragraph | BulletList | Table | Chart


@dataclass(frozen=True)
class Signer:
    """Khối chữ ký: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / name."""

    position: str  # "GIÁM ĐỐC"
    name: str
    authority: str = ""  # "KT." (ký thay), "TM." (thay mặt), "TL." … empty when the head signs
    authority_position: str = ""  # the head's position when signing for them: "GIÁM ĐỐC"
    deputy_position: str = ""  # the signer's own position: "PHÓ GIÁM ĐỐC"

    def title_lines(self) -> list[str]:
        """The lines above the signature: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], or ["GIÁM ĐỐC"]."""
        if not self.authority:
            return [self.position]
        head = self.authority_position or self.position
        own = self.deputy_position or self.position
        lines = [f"{self.authority} {head}"]
        if own != head:
            lines.append(own)
        return lines


HEADER_WIDTH = 26  # capital letters that fit the agency's column (62 mm at 13 pt) on one line
# Where a long agency name is broken when it must be: after " - ", before "VÀ" or a place.
_BREAK_BEFORE = ("VÀ", "THÀNH PHỐ", "TỈNH", "QUẬN", "HUYỆN", "AND", "OF")


def header_lines(text: str, width: int = HEADER_WIDTH) -> tuple[str, ...]:
    """A name in the letterhead broken into lines where the name allows, never inside a word.

    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → ("SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"): left to
    the word processor, a narrow column breaks it as "THƯƠNG | BINH". The name is cut into
    pieces at its natural breaks (after " - " or ",", before "VÀ" or a place), and the pieces
    are laid on as few lines of at most ``width`` letters as they fit, as evenly as possible.
    """
    words = text.split()
    if not words:
        return ()
    pieces: list[str] = []
    for n, word in enumerate(words):
        rest = " ".join(words[n:])
        natural = n > 0 and (
            words[n - 1] == "-"
            or words[n - 1].endswith(",")
            or any(rest == w or rest.startswith(w + " ") for w in _BREAK_BEFORE)
        )
        if pieces and not natural:
            pieces[-1] += " " + word
        else:
            pieces.append(word)
    # a piece longer than a line is wrapped word by word
    fitted: list[str] = []
    for piece in pieces:
        line = ""
        for word in piece.split():
            if line and len(line) + 1 + len(word) > width:
                fitted.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        fitted.append(line)
    best: tuple[int, int, tuple[int, ...], tuple[str, ...]] | None = None
    for cuts in range(1 << max(len(fitted) - 1, 0)):
        lines, line = [], fitted[0] if fitted else ""
        for n, piece in enumerate(fitted[1:]):
            if cuts >> n & 1:
                lines.append(line)
                line = piece
            else:
                line += " " + piece
        lines.append(line)
        if any(len(each) > width for each in lines):
            continue
        # fewest lines, then the most even, then the longer lines first
        spread = max(map(len, lines)) - min(map(len, lines))
        rank = (len(lines), spread, tuple(-len(each) for each in lines), tuple(lines))
        if best is None or rank[:3] < best[:3]:
            best = rank
    return best[3] if best else tuple(fitted)


@dataclass(frozen=True)
class Letterhead:
    """The administrative form of Decree 30/2020/NĐ-CP around the body."""

    governing_body: str  # "UBND THÀNH PHỐ HỒ CHÍ MINH"
    agency: str  # "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"
    number: str  # "Số: …/BC-SLĐTBXH"
    place: str  # "Thành phố Hồ Chí Minh"
    issued_on: date
    title: str  # "BÁO CÁO"
    subject: str  # "Kết quả thực hiện chỉ tiêu, nhiệm vụ năm 2022 …"
    signer: Signer
    recipients: tuple[str, ...]  # "Như trên;", …, the last is "Lưu: VT, …"
    national_title: str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    motto: str = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True)
class Report:
    """A whole report, ready for any renderer."""

    lang: str
    letterhead: Letterhead
    window: str  # "Số liệu tính từ 15/12/2021 đến 14/12/2022"
    body: tuple[Block, ...]
    appendices: tuple[Table | Chart, ...] = ()
    footnotes: tuple[str, ...] = ()
    file_stem: str = "bao-cao"
    metadata: dict[str, str] = field(default_factory=dict)

    def label(self, key: str) -> str:
        """One of the fixed words in :data:`LABELS`, in the report's language (English unless "vi")."""
        words = LABELS["vi"] if language_of(self.lang) == "vi" else LABELS["en"]
        return words[key]

    def date_line(self) -> str:
        """The place and date line: "Thành phố Hồ Chí Minh, ngày 27 tháng 12 năm 2022" (or in English)."""
        d = self.letterhead.issued_on
        if language_of(self.lang) == "vi":
            # Decree 30: days below 10 and months below 3 are written with a leading zero.
            day = f"{d.day:02d}"
            month = f"{d.month:02d}" if d.month < 3 else str(d.month)
            return f"{self.letterhead.place}, ngày {day} tháng {month} năm {d.year}"
        return f"{self.letterhead.place}, {d.day} {d.strftime('%B')} {d.year}"
