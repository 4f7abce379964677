"""Numbers the Vietnamese way: rounding, formatting (1.218; 101,43%) and strict parsing.

Rounding is done here, not by Babel: Babel rounds half-even and its Vietnamese percent
pattern has no decimals, while Vietnamese reports round half-up ("101,43%") unless a figure
says it truncates.
"""

from __future__ import annotations

import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from enum import StrEnum

from chitieu.core.errors import DomainError
from chitieu.core.text import language_of


class Rounding(StrEnum):
    """How a figure is rounded when it is shown."""

    HALF_UP = "half_up"
    TRUNCATE = "truncate"


class Notation(StrEnum):
    """Which separators a number is written with."""

    VI = "vi"  # 1.218,5
    EN = "en"  # 1,218.5

    @classmethod
    def for_language(cls, lang: str | None) -> Notation:
        """How numbers are written in a language: 1.218,5 in Vietnamese, 1,218.5 in English."""
        return cls.EN if language_of(lang) == "en" else cls.VI


_SEPARATORS = {Notation.VI: (".", ","), Notation.EN: (",", ".")}  # (thousands, decimal)


_STEPS = [Decimal(1).scaleb(-places) for places in range(16)]  # 1, 0.1, 0.01 …
_CONTEXT = Context(prec=28)


def round_decimal(value: Decimal, decimals: int, rounding: Rounding = Rounding.HALF_UP) -> Decimal:
    """Round ``value`` to ``decimals`` places: half-up (away from zero at .5) or truncated."""
    mode = ROUND_HALF_UP if rounding == Rounding.HALF_UP else ROUND_DOWN
    step = _STEPS[decimals] if 0 <= decimals < len(_STEPS) else Decimal(1).scaleb(-decimals)
    # as many digits as the result has: the default 28 would refuse a 40-digit number
    digits = value.adjusted() + decimals + 2
    context = _CONTEXT if digits <= 28 else Context(prec=digits)
    return value.quantize(step, rounding=mode, context=context)


def format_number(
    value: Decimal | int,
    decimals: int = 0,
    rounding: Rounding = Rounding.HALF_UP,
    notation: Notation | str = Notation.VI,
) -> str:
    """Write a number with thousands grouping: ``1218`` -> ``"1.218"``, ``2.5`` -> ``"2,5"``."""
    rounded = round_decimal(Decimal(value), decimals, rounding)
    sign = "-" if rounded < 0 else ""
    text = f"{rounded.copy_abs():,.{decimals}f}"  # 1,218.5: Python's own grouping, then the notation's marks
    if notation == Notation.VI:
        text = text.translate(_TO_VIETNAMESE)
    return sign + text


_TO_VIETNAMESE = str.maketrans({",": ".", ".": ","})


def format_exact(
    value: Decimal | int,
    notation: Notation | str = Notation.VI,
    *,
    min_decimals: int = 0,
    max_decimals: int | None = None,
) -> str:
    """A number with the decimals it really has (``2.50`` -> ``"2,5"``, ``1218`` -> ``"1.218"``).

    As typed, as stored: nothing rounded away, nothing padded, unless ``min_decimals`` asks for
    padding or ``max_decimals`` caps a long fraction.
    """
    decimals = _digits_and_places(Decimal(value))[1]
    if max_decimals is not None:
        decimals = min(decimals, max_decimals)
    return format_number(value, max(decimals, min_decimals), notation=notation)


def shown_number(value: Decimal, notation: Notation | str = Notation.VI) -> str:
    """A number as a message about it shows it: exactly, unless it is too long to read (then ``1,5E+308``)."""
    if not value.is_finite():
        return str(value)
    digits, places = _digits_and_places(value)
    if max(value.adjusted() + 1, 1) + places <= 45:
        return format_exact(value, notation)
    mantissa = "".join(map(str, value.as_tuple().digits)).rstrip("0") or "0"
    if len(mantissa) > 1:
        mantissa = mantissa[0] + "." + mantissa[1:16] + ("…" if digits > 16 else "")
    text = f"{'-' if value.is_signed() else ''}{mantissa}E{value.adjusted():+d}"
    return text.replace(".", ",") if Notation(notation) == Notation.VI else text


def _digits_and_places(value: Decimal) -> tuple[int, int]:
    """A finite number's significant digits and decimal places, trailing zeros left out: 1200.50 -> (5, 1)."""
    _sign, digits, exponent = value.as_tuple()
    written = "".join(map(str, digits)).lstrip("0")
    kept = written.rstrip("0")
    if not kept:
        return 0, 0
    exponent = int(exponent) + len(written) - len(kept)
    return len(kept), max(0, -exponent)


def decimal_text(value: Decimal | None) -> str | None:
    """A Decimal as exact machine text without the storage's trailing zeros ("1218", "3.5"); None stays None.

    How numbers travel in JSON (the API, ``--format json``): as strings, so that no digit is lost.
    """
    if value is None:
        return None
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def format_percent(
    value: Decimal | int,
    decimals: int = 2,
    rounding: Rounding = Rounding.HALF_UP,
    notation: Notation | str = Notation.VI,
) -> str:
    """Write a percentage already multiplied by 100: ``101.4285`` -> ``"101,43%"``."""
    return format_number(value, decimals, rounding, notation) + "%"


class NumberFormatError(DomainError, ValueError):
    """Text that is not a number, or that could be read two ways."""

    templates = {
        "empty": ("No number was given.", "Chưa nhập số."),
        "not_a_number": (
            "'{text}' is not a number.",
            "'{text}' không phải là số.",
        ),
        "ambiguous": (
            "'{text}' could be read as {en_first} or {en_second}; write it unambiguously.",
            "'{text}' có thể hiểu là {vi_first} hoặc {vi_second}; hãy viết rõ"
            " (dấu chấm ngăn hàng nghìn, dấu phẩy ngăn phần thập phân).",
        ),
        "bad_grouping": (
            "'{text}' has misplaced thousands separators.",
            "'{text}' đặt dấu phân cách hàng nghìn sai chỗ.",
        ),
    }


MAX_SIGNIFICANT_DIGITS = 15  # Excel's own precision; SQLite stores a decimal column as a REAL, exact to 15
MAX_ABS_VALUE = Decimal(10) ** MAX_SIGNIFICANT_DIGITS


class NumberLimitError(DomainError, ValueError):
    """A number that could not be stored exactly: too large, too many decimals, too many digits."""

    templates = {
        "not_finite": ("{value} is not a number.", "{value} không phải là số."),
        "too_large": (
            "{value} is too large: the largest number that can be stored is {limit}.",
            "{value} quá lớn: số lớn nhất lưu được là {limit}.",
        ),
        "too_many_decimals": (
            "{value} has more than {max} decimals.",
            "{value} có quá {max} chữ số thập phân.",
        ),
        "too_many_digits": (
            "{value} has {count} significant digits; at most {max} can be kept exactly (Excel's limit"
            " too): round it.",
            "{value} có {count} chữ số có nghĩa; chỉ lưu chính xác được tối đa {max} chữ số (giới hạn"
            " của Excel): hãy làm tròn.",
        ),
    }


def check_storable(value: Decimal, *, decimals: int) -> None:
    """Refuse a number that would not be stored exactly: every stored figure, target and baseline asks.

    Below 10^15 in size, at most ``decimals`` places (the column's) and at most 15 significant
    digits: Excel keeps no more, and SQLite (the embedded database) keeps a decimal column as a
    floating-point REAL, exact to 15 digits. Raises :class:`NumberLimitError`.
    """
    if not value.is_finite():
        raise NumberLimitError("not_finite", value=str(value))
    if abs(value) >= MAX_ABS_VALUE:
        limit = format_number(MAX_ABS_VALUE - 1)
        raise NumberLimitError("too_large", value=shown_number(value), limit=limit)
    digits, places = _digits_and_places(value)
    if places > decimals:
        raise NumberLimitError("too_many_decimals", value=shown_number(value), max=decimals)
    if digits > MAX_SIGNIFICANT_DIGITS:
        shown = shown_number(value)
        raise NumberLimitError("too_many_digits", value=shown, count=digits, max=MAX_SIGNIFICANT_DIGITS)


_NUMBER_SHAPE = re.compile(r"^[+-]?[0-9.,]+$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:X[0-9]{3})+$")


def _is_grouped(whole: str, separator: str) -> bool:
    """Whether ``whole`` is digits grouped by threes with ``separator`` (and no leading 0 group)."""
    if whole.startswith("0"):
        return False
    return bool(_GROUPED.match(whole.replace(separator, "X")))


def parse_number(text: str, notation: Notation | str | None = None) -> Decimal:
    """Read a number typed by a person; refuse what could be read two ways.

    Vietnamese notation (``1.218``, ``2,5``, ``1.218,5``) and English notation (``1,218.5``,
    ``2.5``) are both understood when only one reading is possible. ``1.218`` or ``1,218``
    could be either; they are refused unless ``notation`` says which one is meant.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        raise NumberFormatError("empty")
    if not _NUMBER_SHAPE.match(cleaned) or not any(ch.isdigit() for ch in cleaned):
        raise NumberFormatError("not_a_number", text=text.strip())
    sign = ""
    if cleaned[0] in "+-":
        sign, cleaned = ("-" if cleaned[0] == "-" else ""), cleaned[1:]

    readings = {n: _read(cleaned, n) for n in Notation}
    valid = {n: r for n, r in readings.items() if r is not None}
    if not valid:
        if "." in cleaned and "," in cleaned:
            raise NumberFormatError("bad_grouping", text=text.strip())
        raise NumberFormatError("not_a_number", text=text.strip())
    if len(set(valid.values())) > 1:
        if notation is None:
            first, second = (Decimal(valid[n]) for n in (Notation.VI, Notation.EN))
            raise NumberFormatError(
                "ambiguous",
                text=text.strip(),
                vi_first=str(first).replace(".", ","),
                vi_second=str(second).replace(".", ","),
                en_first=str(first),
                en_second=str(second),
            )
        chosen = valid[Notation(notation)]
    else:
        chosen = next(iter(valid.values()))
    return Decimal(sign + chosen)


def _read(text: str, notation: Notation) -> str | None:
    """The plain ``1234.5`` form of ``text`` read in ``notation``, or None if it is not valid."""
    thousands, decimal_mark = _SEPARATORS[notation]
    if text.count(decimal_mark) > 1:
        return None
    whole, has_decimal, fraction = text.partition(decimal_mark)
    if thousands in fraction or (has_decimal and not fraction) or not whole:
        return None
    if thousands in whole:
        if not _is_grouped(whole, thousands):
            return None
        whole = whole.replace(thousands, "")
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None
    plain = whole + ("." + fraction if fraction else "")
    try:
        Decimal(plain)
    except InvalidOperation:  # pragma: no cover - guarded by the digit checks above
        return None
    return plain
