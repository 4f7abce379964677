"""The HTML page: self-contained, the same text, the chart inline."""

from __future__ import annotations

import re

from tests.rendering.conftest import VI_IN_ORDER, assert_in_order
from tests.rendering.reading import html_text


def test_it_holds_the_text_and_figures_in_order(rendered):
    assert_in_order(html_text(rendered("vi", "html")), VI_IN_ORDER)


def test_it_is_self_contained(rendered):
    page = rendered("vi", "html").decode("utf-8")
    assert "<style>" in page and "<svg" in page
    assert not re.search(r"<link|<script|<img|@import|url\(", page)
    addresses = set(re.findall(r"https?://[^\s\"')]+", page))
    assert addresses == {"http://www.w3.org/2000/svg"}  # the SVG namespace, never fetched


def test_it_declares_its_language_and_encoding(rendered):
    assert rendered("vi", "html").startswith(
        b'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">'
    )
    assert b'<html lang="en">' in rendered("en", "html")


def test_places_to_write_are_marked(rendered):
    page = rendered("vi", "html").decode("utf-8")
    marked = re.findall(r'<p class="to-write">\[(.*?)\]</p>', page)
    assert marked == [
        "Nêu hạn chế và nguyên nhân: 1/23 chỉ tiêu không đạt kế hoạch (Hồ sơ giải quyết đúng hạn: "
        "thực hiện 98,5%, kế hoạch 100%).",
        "Nêu phương hướng, nhiệm vụ và giải pháp trọng tâm năm 2023.",
    ]


def test_the_print_rules_follow_decree_30(rendered):
    page = rendered("vi", "html").decode("utf-8")
    assert "size: A4;" in page and "margin: 20mm 15mm 20mm 30mm;" in page
    assert re.search(r"@page :first \{\s*@top-center \{ content: none; \}", page)
    assert '"Times New Roman", "Liberation Serif", "Tinos", serif' in page


def test_report_text_is_escaped(vi_report):
    import dataclasses

    from chitieu.rendering import html
    from chitieu.rendering.report import Paragraph

    report = dataclasses.replace(vi_report, body=(Paragraph('<script>alert("x")</script> & co'),))
    page = html.render(report).decode("utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in page
