"""The PDF, read back with pypdf and drawn page by page with pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageOps
from pypdf import PdfReader

from tests.rendering.conftest import VI_IN_ORDER, assert_in_order
from tests.rendering.reading import pdf_text, text_positions

MM = 72 / 25.4  # points per millimetre
A4 = (595.28, 841.89)
PAGE_IMAGE_DPI = 50


def pages(data: bytes):
    return PdfReader(io.BytesIO(data)).pages


def size_of(page) -> tuple[float, float]:
    return float(page.mediabox.width), float(page.mediabox.height)


def test_it_holds_the_same_sentences_with_their_diacritics(rendered):
    assert_in_order(pdf_text(rendered("vi", "pdf")), VI_IN_ORDER)


def test_its_pages_are_a4_portrait_and_the_wide_appendix_landscape(rendered):
    sizes = [size_of(page) for page in pages(rendered("vi", "pdf"))]
    assert sizes[0] == pytest.approx(A4, abs=1)
    landscape = [size == pytest.approx(A4[::-1], abs=1) for size in sizes]
    assert landscape.count(True) == 1  # Phụ lục 1
    assert all(
        size == pytest.approx(A4, abs=1) for size, wide in zip(sizes, landscape, strict=True) if not wide
    )


def test_the_text_of_page_one_starts_at_the_left_and_top_margins_of_decree_30(rendered):
    first = pages(rendered("vi", "pdf"))[0]
    positions = text_positions(first)
    left = min(x for x, _, _ in positions)
    top_baseline = max(y for _, y, _ in positions)
    assert left == pytest.approx(30 * MM, abs=1)
    assert A4[1] - 20 * MM - 20 < top_baseline < A4[1] - 20 * MM  # first baseline just under 20 mm


def test_page_one_has_no_number_and_page_two_has_its_number_in_the_top_margin(rendered):
    first, second = pages(rendered("vi", "pdf"))[:2]
    assert all(y < A4[1] - 20 * MM for _, y, _ in text_positions(first))
    in_margin = [(x, text.strip()) for x, y, text in text_positions(second) if y > A4[1] - 20 * MM]
    assert [text for _, text in in_margin] == ["2"]
    assert in_margin[0][0] == pytest.approx((30 * MM + A4[0] - 15 * MM) / 2, abs=6)  # centred over the text


def test_the_document_properties_name_the_report_and_the_agency(rendered):
    metadata = PdfReader(io.BytesIO(rendered("vi", "pdf"))).metadata
    assert metadata.title.startswith("BÁO CÁO Kết quả thực hiện chỉ tiêu")
    assert metadata.author == "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"


def test_every_font_in_it_is_times_new_roman_or_a_metric_compatible_one(rendered):
    """A Vietnamese letter missing from the font would be drawn from another font (or not at all)."""
    fonts = set()
    for page in pages(rendered("vi", "pdf")):
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts
    assert all(
        name.replace("-", "").startswith(("TimesNewRoman", "LiberationSerif", "Tinos")) for name in fonts
    ), fonts


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_draws_inside_the_margins(rendered, artifacts, lang):
    """pdftoppm draws each page to PNG (kept in test-artifacts/rendering/): all ink inside the margins."""
    data = rendered(lang, "pdf")
    prefix = artifacts / f"pdf-{lang}-page"
    for old in artifacts.glob(f"{prefix.name}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-r", str(PAGE_IMAGE_DPI), "-png", "-", str(prefix)], input=data, check=True, timeout=60
    )
    images = sorted(artifacts.glob(f"{prefix.name}-*.png"))
    print(f"\nPDF pages drawn to {artifacts}: {', '.join(image.name for image in images)}")
    assert len(images) == len(pages(data))

    px = PAGE_IMAGE_DPI / 25.4  # pixels per millimetre
    for number, path in enumerate(images, start=1):
        with Image.open(path) as image:
            width, height = image.size
            left, top, right, bottom = (
                ImageOps.invert(image.convert("L")).point(lambda v: 255 if v > 40 else 0).getbbox()
            )
        top_margin = 20 * px if number == 1 else 8 * px  # from page 2 the number sits in the top margin
        assert left >= 30 * px - 2, (path.name, left)
        assert right <= width - 15 * px + 2, (path.name, right)
        assert top >= top_margin - 2, (path.name, top)
        assert bottom <= height - 20 * px + 2, (path.name, bottom)
        if number == 1:  # justified text reaches both margins
            assert left == pytest.approx(30 * px, abs=3) and right == pytest.approx(width - 15 * px, abs=3)
