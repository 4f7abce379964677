"""Sample reports, their rendered files (once per session), and where test artifacts are written."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from chitieu.rendering.renderers import RENDERERS, file_name
from tests.rendering.samples import english_report, vietnamese_report

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "rendering"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/rendering/ at the repository root: every rendered file and PDF page lands here."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def vi_report():
    return vietnamese_report()


@pytest.fixture(scope="session")
def en_report():
    return english_report()


@pytest.fixture(scope="session")
def rendered(vi_report, en_report, artifacts):
    """Render each sample in each format once; keep the files as artifacts."""
    cache: dict[tuple[str, str], bytes] = {}

    def get(lang: str, format_name: str) -> bytes:
        if (lang, format_name) not in cache:
            report = vi_report if lang == "vi" else en_report
            data = RENDERERS[format_name](report)
            (artifacts / file_name(report, format_name)).write_bytes(data)
            cache[lang, format_name] = data
        return cache[lang, format_name]

    return get


def pytest_terminal_summary(terminalreporter):
    if ARTIFACTS.exists():
        terminalreporter.write_line(f"rendering artifacts (reports, PDF pages as PNG): {ARTIFACTS}")


def flat(text: str) -> str:
    """Text with its whitespace collapsed and its letters composed (NFC), for comparing sentences."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def assert_in_order(text: str, parts: list[str]) -> None:
    """Each of ``parts`` is found in ``text``, each after the previous one."""
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, (
            f"{part!r} not found after position {position} in {text[position : position + 300]!r}…"
        )
        position = found + len(part)


VIETNAMESE_LETTER = re.compile(r"[^\x00-\x7f]")


def vietnamese_letters(text: str) -> set[str]:
    """Letters outside ASCII (ă, đ, ơ, ư and every accented vowel): none belong in the English report."""
    return {c for c in VIETNAMESE_LETTER.findall(text) if unicodedata.category(c).startswith("L")}


# The sentences and figures every Vietnamese rendering must hold, in this order.
VI_IN_ORDER = [
    "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Thành phố Hồ Chí Minh, ngày 27 tháng 12 năm 2022",
    "BÁO CÁO",
    "Số liệu tính từ 15/12/2021 đến 14/12/2022",
    "hoàn thành 21/21 chương trình công tác",
    "Có 22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%.",
    "kết nạp được 71/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm",
    "hiện có 1.218 đồng chí.",
    "Giảm hộ nghèo đạt 184,2% kế hoạch năm",
    "Nơi nhận:",
    "Lưu: VT, KHTC.",
    "KT. GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "Nguyễn Văn A",
    "Phụ lục 1. Kết quả thực hiện chỉ tiêu năm 2022",
    "Kết nạp đảng viên mới",
    "101,43%",
    "Tổng số đảng viên",
    "1.218",
    "(1) Chỉ tiêu càng thấp càng tốt: tỷ lệ so với kế hoạch = kế hoạch / thực hiện × 100%.",
]
