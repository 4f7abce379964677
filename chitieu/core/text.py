"""Words in two languages: which language a code names, and one type for a text said in both.

chitieu speaks Vietnamese first and English too. Every place that chooses between the two asks
:func:`language_of` (any ``vi``/``vi-VN``/unknown code is Vietnamese, ``en``/``en-GB`` English),
and every text written in both languages is a :class:`Bilingual`, English then Vietnamese: the
same order as :class:`chitieu.core.errors.DomainError`'s templates (English for logs first).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")


def language_of(code: str | None) -> Language:
    """``"en"`` for an English language code (``en``, ``en-gb``…); ``"vi"`` for anything else."""
    return "en" if code and code.strip().lower().startswith("en") else "vi"


@dataclass(frozen=True, slots=True)
class Bilingual:
    """The same words in English and in Vietnamese."""

    en: str
    vi: str

    def get(self, lang: str | None = "vi") -> str:
        """The words in ``lang`` (Vietnamese unless it is English)."""
        return self.en if language_of(lang) == "en" else self.vi

    def __add__(self, other: Bilingual) -> Bilingual:
        """Two texts one after the other, with a space between when both have words."""
        return Bilingual(_join(self.en, other.en), _join(self.vi, other.vi))


def _join(first: str, second: str) -> str:
    if not first:
        return second
    if not second:
        return first
    return f"{first} {second}"
