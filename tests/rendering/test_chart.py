"""The plan-against-results bar chart, as SVG and as PNG."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from fontTools.ttLib import TTFont
from PIL import Image

from chitieu.rendering import chart
from chitieu.rendering.report import Chart, Series

SVG = "{http://www.w3.org/2000/svg}"
VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"


@pytest.fixture
def groups() -> Chart:
    return Chart(
        "Chỉ tiêu giao và đạt, vượt theo nhóm",
        ("Kinh tế - xã hội", "Xây dựng Đảng", "Chuyên môn"),
        (
            Series("Chỉ tiêu giao", (Decimal(4), Decimal(5), Decimal(14))),
            Series("Đạt và vượt", (Decimal(4), None, Decimal("13.5"))),
        ),
        unit="chỉ tiêu",
    )


@pytest.mark.parametrize(
    ("value", "top"),
    [("0", "1"), ("4", "5"), ("14", "20"), ("20", "20"), ("21", "25"), ("101.43", "200"), ("0.3", "0.5")],
)
def test_the_value_axis_ends_at_a_round_number(value, top):
    assert chart.nice_ceiling(Decimal(value)) == Decimal(top)


def test_the_svg_has_a_bar_per_value_and_labels_in_vietnamese_notation(groups):
    root = ET.fromstring(chart.svg(groups, "vi"))
    bars = [rect for rect in root.iter(f"{SVG}rect") if float(rect.get("width")) > 12]
    assert len(bars) == 5  # six values, one missing
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert texts[0] == "Chỉ tiêu giao và đạt, vượt theo nhóm"
    assert "13,5" in texts and "–" in texts  # the missing value is marked, not drawn as zero
    assert {"Kinh tế - xã hội", "Chỉ tiêu giao", "Đạt và vượt", "(chỉ tiêu)"} <= set(texts)


def test_the_svg_writes_english_numbers_in_an_english_report(groups):
    texts = [text.text for text in ET.fromstring(chart.svg(groups, "en")).iter(f"{SVG}text")]
    assert "13.5" in texts


def test_a_percent_chart_labels_its_bars_in_percent():
    percent = Chart("Tỷ lệ", ("A",), (Series("Thực hiện", (Decimal("101.43"),)),), unit="%")
    texts = [text.text for text in ET.fromstring(chart.svg(percent, "vi")).iter(f"{SVG}text")]
    assert "101,43%" in texts and "200%" in texts


def test_the_png_is_the_same_chart_drawn_sharp(groups):
    with Image.open(io.BytesIO(chart.png(groups, "vi", scale=2))) as image:
        assert image.format == "PNG"
        assert image.size == (chart.WIDTH * 2, chart.HEIGHT * 2)
        assert image.getpixel((5, 5)) == (255, 255, 255)
        assert len(image.getcolors(maxcolors=100_000)) > 10  # bars, text, grid


def test_the_png_font_has_every_vietnamese_letter():
    """Pillow does not fall back per letter: a font without "ể" would draw boxes."""
    font = chart.png_font(20, False)
    assert hasattr(font, "path"), "no TrueType font found: install fonts-liberation2"
    letters = TTFont(font.path).getBestCmap()
    assert [c for c in VIETNAMESE if ord(c) not in letters] == []


def axis_labels(svg_text: str) -> list[str]:
    root = ET.fromstring(svg_text)
    return [
        t.text for t in root.iter(f"{SVG}text") if t.get("text-anchor") == "end" and "(" not in (t.text or "")
    ]


def test_counts_are_drawn_on_whole_number_ticks():
    small = Chart(
        "Chỉ tiêu giao và đạt",
        ("Xây dựng Đảng",),
        (Series("Chỉ tiêu giao", (Decimal(2),)), Series("Đạt và vượt", (Decimal(1),))),
        unit="chỉ tiêu",
    )
    assert axis_labels(chart.svg(small)) == ["0", "1", "2"]  # not 0; 0,4; 0,8 … of a target


def test_the_pages_draw_charts_in_sans_serif_the_report_in_its_serif(groups):
    assert "sans-serif" in ET.fromstring(chart.svg(groups, screen=True)).get("font-family")
    assert ET.fromstring(chart.svg(groups)).get("font-family").endswith(", serif")
