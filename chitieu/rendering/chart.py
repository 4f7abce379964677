"""A grouped bar chart of plan against results per group: SVG for HTML and PDF, PNG for DOCX.

The geometry is laid out once (:func:`layout`) as a list of shapes; :func:`svg` and :func:`png`
only draw those shapes, so the two pictures are the same chart. XLSX draws its own, native chart.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from html import escape
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from chitieu.core.numbers import Notation, format_number, format_percent
from chitieu.rendering.report import Chart

WIDTH = 640
HEIGHT = 360
FONT_FAMILY = "'Times New Roman', 'Liberation Serif', Tinos, serif"  # the report's, as Decree 30 sets it
MAX_LABELLED_BARS = 12
SCREEN_FONT_FAMILY = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', sans-serif"  # the pages'
PALETTE = ("#8fa9c9", "#1f4e79", "#c55a11", "#548235", "#7f6000")  # plan first, light; results dark
INK = "#222222"
GRID = "#d9d9d9"

# Pillow needs a font file and does no fallback per letter: the first file found is used, so only
# fonts with every Vietnamese letter are listed. (Liberation Serif 1.x, Debian's fonts-liberation,
# lacks letters such as "ể" and "ượ"; 2.x, fonts-liberation2, has them.)
FONT_FILES = (
    ("/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf"),
    ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf", "Tinos-Bold.ttf"),
    ("C:/Windows/Fonts/times.ttf", "timesbd.ttf"),
    ("/System/Library/Fonts/Supplemental/Times New Roman.ttf", "Times New Roman Bold.ttf"),
    ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
)


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str


@dataclass(frozen=True)
class Text:
    """Text whose baseline starts, is centred or ends (``anchor``) at ``x``."""

    x: float
    y: float
    text: str
    size: float = 11
    anchor: str = "start"  # start | middle | end, as in SVG
    bold: bool = False


Shape = Rect | Line | Text


def layout(chart: Chart, lang: str = "vi") -> list[Shape]:
    """Place the title, axis, grid, bars, value labels, category labels and legend."""
    notation = Notation.for_language(lang)
    shapes: list[Shape] = [Text(WIDTH / 2, 22, chart.title, size=13, anchor="middle", bold=True)]

    values = [v for series in chart.series for v in series.values if v is not None]
    top = nice_ceiling(max(values, default=Decimal(0)))
    left, right, plot_top = 56.0, WIDTH - 16.0, 48.0
    groups = max(len(chart.categories), 1)
    group_width = (right - left) / groups
    label_lines = [textwrap.wrap(c, width=max(8, int(group_width / 6.2))) or [""] for c in chart.categories]
    label_height = 13 * max((len(lines) for lines in label_lines), default=1)
    plot_bottom = HEIGHT - 30 - label_height - 8

    def y_of(value: Decimal) -> float:
        share = float(max(value, Decimal(0)) / top)
        return plot_bottom - share * (plot_bottom - plot_top)

    # counts (whole numbers) get whole-number ticks: 0, 1, 2 for a top of 2, never 0,4 targets
    whole = chart.unit != "%" and all(v == v.to_integral_value() for v in values)
    ticks = min(5, int(top)) if whole and top >= 1 else 5
    for i in range(ticks + 1):
        tick = top * i / ticks
        y = y_of(tick)
        shapes.append(Line(left, y, right, y, GRID if i else INK))
        shapes.append(Text(left - 6, y + 4, _figure(tick, chart.unit, notation), size=10, anchor="end"))
    if chart.unit and chart.unit != "%":
        shapes.append(Text(left - 6, plot_top - 12, f"({chart.unit})", size=10, anchor="end"))

    bars = max(len(chart.series), 1)
    bar_width = group_width * 0.7 / bars
    labelled = groups * bars <= MAX_LABELLED_BARS  # more bars than that: their labels would overlap
    for g, lines in enumerate(label_lines):
        x0 = left + g * group_width + group_width * 0.15
        for s, series in enumerate(chart.series):
            value = series.values[g] if g < len(series.values) else None
            x = x0 + s * bar_width
            if value is None:
                shapes.append(Text(x + bar_width / 2, plot_bottom - 4, "–", size=10, anchor="middle"))
                continue
            y = y_of(value)
            shapes.append(Rect(x, y, bar_width - 2, plot_bottom - y, PALETTE[s % len(PALETTE)]))
            if labelled:
                label = _figure(value, chart.unit, notation)
                shapes.append(Text(x + bar_width / 2 - 1, y - 4, label, size=10, anchor="middle"))
        for n, line in enumerate(lines):
            centre = left + (g + 0.5) * group_width
            shapes.append(Text(centre, plot_bottom + 16 + 13 * n, line, size=11, anchor="middle"))

    x = left
    for s, series in enumerate(chart.series):
        shapes.append(Rect(x, HEIGHT - 22, 12, 12, PALETTE[s % len(PALETTE)]))
        shapes.append(Text(x + 17, HEIGHT - 12, series.name, size=11))
        x += 17 + 6.5 * len(series.name) + 24
    return shapes


def nice_ceiling(value: Decimal) -> Decimal:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ that holds ``value``: the top of the value axis."""
    if value <= 0:
        return Decimal(1)
    magnitude = Decimal(10) ** (value.adjusted())
    for step in (1, 2, Decimal("2.5"), 5, 10):
        if value <= magnitude * step:
            return magnitude * step
    return magnitude * 10  # not reached: value < 10 × magnitude by definition


def decimals_of(*values: Decimal | None) -> int:
    """How many decimals to show for these figures: as many as they have, at most 2."""
    most = 0
    for value in values:
        if value is not None:
            exponent = value.normalize().as_tuple().exponent
            most = max(most, -exponent if isinstance(exponent, int) else 0)
    return min(most, 2)


def _figure(value: Decimal, unit: str, notation: Notation) -> str:
    decimals = decimals_of(value)
    if unit == "%":
        return format_percent(value, decimals, notation=notation)
    return format_number(value, decimals, notation=notation)


def svg(chart: Chart, lang: str = "vi", *, screen: bool = False) -> str:
    """The chart as an inline ``<svg>`` element (scales with its container); ``screen``: in the
    pages' sans-serif rather than the report's serif."""
    family = SCREEN_FONT_FAMILY if screen else FONT_FAMILY
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{escape(chart.title)}" '
        f'font-family="{escape(family)}">',
        f"<title>{escape(chart.title)}</title>",
    ]
    for shape in layout(chart, lang):
        if isinstance(shape, Rect):
            parts.append(
                f'<rect x="{shape.x:.1f}" y="{shape.y:.1f}" width="{shape.width:.1f}" '
                f'height="{shape.height:.1f}" fill="{shape.fill}"/>'
            )
        elif isinstance(shape, Line):
            parts.append(
                f'<line x1="{shape.x1:.1f}" y1="{shape.y1:.1f}" x2="{shape.x2:.1f}" '
                f'y2="{shape.y2:.1f}" stroke="{shape.stroke}" stroke-width="1"/>'
            )
        else:
            weight = ' font-weight="bold"' if shape.bold else ""
            parts.append(
                f'<text x="{shape.x:.1f}" y="{shape.y:.1f}" font-size="{shape.size}" '
                f'text-anchor="{shape.anchor}" fill="{INK}"{weight}>{escape(shape.text)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def png(chart: Chart, lang: str = "vi", scale: int = 3) -> bytes:
    """The chart as a PNG, ``scale`` pixels per SVG unit (3: sharp when printed 16 cm wide)."""
    image = Image.new("RGB", (WIDTH * scale, HEIGHT * scale), "white")
    draw = ImageDraw.Draw(image)
    anchors = {"start": "ls", "middle": "ms", "end": "rs"}
    for shape in layout(chart, lang):
        if isinstance(shape, Rect):
            box = (shape.x, shape.y, shape.x + shape.width, shape.y + shape.height)
            draw.rectangle([c * scale for c in box], fill=shape.fill)
        elif isinstance(shape, Line):
            ends = (shape.x1, shape.y1, shape.x2, shape.y2)
            draw.line([c * scale for c in ends], fill=shape.stroke, width=scale)
        else:
            font = png_font(round(shape.size * scale), shape.bold)
            xy = (shape.x * scale, shape.y * scale)
            draw.text(xy, shape.text, fill=INK, font=font, anchor=anchors[shape.anchor])
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(72 * scale, 72 * scale))
    return out.getvalue()


@cache
def png_font(size: int, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The font the PNG chart is drawn with: the report's serif with every Vietnamese letter, if installed."""
    for regular, bold_name in FONT_FILES:
        path = Path(regular)
        if path.exists():
            chosen = path.with_name(bold_name) if bold else path
            return ImageFont.truetype(str(chosen if chosen.exists() else path), size)
    # Pillow's own font has no Vietnamese letters; better than failing to draw the chart at all.
    return ImageFont.load_default(size)
