"""Each skin read as a user reads it: the API's and the CLI's JSON, the dashboard page, the report files.

Shared by the tests that hold the skins against each other (``test_one_figure*.py``).
"""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from io import StringIO

import docx
from django.core.management import call_command
from django.test import Client
from lxml import html
from openpyxl import load_workbook

from chitieu.core.numbers import parse_number


def as_of_query(day: date | None) -> str:
    return f"?as_of={day:%d/%m/%Y}" if day else ""


def from_api(client: Client, unit: str, period: str, day: date | None) -> dict:
    query = f"?period={period}" + (f"&as_of={day.isoformat()}" if day else "")
    response = client.get(f"/api/v1/scorecards/{unit}{query}")
    assert response.status_code == 200, response.content
    return response.json()


def from_cli(unit: str, period: str, day: date | None) -> dict:
    out = StringIO()
    options = {"unit": unit, "period": period, "format": "json", "stdout": out}
    if day:
        options["as_of"] = day
    call_command("scorecard", **options)
    return json.loads(out.getvalue())


def expected(card: dict) -> dict[str, tuple]:
    """Per indicator: the plan (exact), the result and % of plan as shown, the status label."""
    return {
        line["indicator"]: (
            None if line["target"] is None else Decimal(line["target"]),
            line["result_shown"],
            line["percent_of_plan_shown"],
            line["status_label"],
        )
        for line in card["lines"]
    }


def from_dashboard(client: Client, unit: str, year: str, day: date | None) -> tuple[dict, dict, dict]:
    page = html.fromstring(client.get(f"/u/{unit}/{year}/{as_of_query(day)}").content)
    figures = {}
    for row in page.xpath('//table[@id="targets"]/tbody/tr'):
        cells = row.xpath("./td")
        plan_text = cells[0].text_content().split(" (")[0].split(" – ")[0].strip()
        result_text = (cells[1].text or "").strip()
        figures[row.get("data-code")] = (
            None if plan_text == "—" else parse_number(plan_text, "vi"),
            "" if result_text == "—" else result_text,
            "" if (percent := cells[3].xpath(".//summary")[0].text_content().strip()) == "—" else percent,
            cells[4].text_content().strip(),
        )
    counts = {
        li.get("data-status"): int(li.xpath("./strong")[0].text)
        for li in page.xpath('//ul[@id="status-counts"]/li')
    }
    children = {
        row.xpath("./th")[0].text_content().strip(): int(row.xpath("./td")[-2].text_content())  # Total
        for row in page.xpath('//table[@id="children"]/tbody/tr')
    }
    return figures, counts, children


def download(client: Client, unit: str, period: str, day: date | None, format_name: str) -> bytes:
    response = client.get(f"/reports/{unit}/{period}.{format_name}{as_of_query(day)}")
    assert response.status_code == 200
    return response.content


def docx_tables(data: bytes) -> tuple[str, list[list[list[str]]]]:
    document = docx.Document(io.BytesIO(data))
    text = " ".join(p.text for p in document.paragraphs)
    tables = [[[cell.text.strip() for cell in row.cells] for row in table.rows] for table in document.tables]
    return text, tables


def from_docx(data: bytes, names: dict[str, str]) -> tuple[str, dict, dict]:
    """The targets annex (by indicator code) and the units-below annex of a Word report."""
    text, tables = docx_tables(data)
    figures, children = {}, {}
    for rows in tables:
        header = rows[0]
        if header[:2] == ["STT", "Chỉ tiêu"]:
            for row in rows[1:]:
                plan = row[3].split(" – ")[0]
                figures[names.get(row[1], row[1])] = (
                    parse_number(plan, "vi") if plan else None,
                    row[5],
                    row[6],
                    row[8],
                )
        if header[:2] == ["STT", "Đơn vị"]:
            children = {row[1]: int(row[2]) for row in rows[1:] if row[0]}
    return text, figures, children


def from_xlsx(data: bytes, names: dict[str, str]) -> dict[str, tuple]:
    """The targets sheet of the spreadsheet report: exact numbers, as a spreadsheet keeps them."""
    book = load_workbook(io.BytesIO(data))
    if "Chỉ tiêu" not in book.sheetnames:
        return {}
    found = {}
    for row in book["Chỉ tiêu"].iter_rows(min_row=6, values_only=True):
        if row[1] in names:
            found[names[row[1]]] = (row[3], row[5], row[6], row[8])
    return found
