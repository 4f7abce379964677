"""One figure everywhere, for the term: the term page, the API, ``chitieu term``, and the review's Word and
Excel annexes give each term target the same figure so far, % of the target, status and forecast — asked
the way a user asks (the page fetched, the JSON parsed, the files downloaded and read back)."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from docx import Document
from lxml import html
from openpyxl import load_workbook

from chitieu.apitokens.models import ApiToken
from chitieu.core import terms as core_terms
from chitieu.monitoring.terms import find_term, term_card
from chitieu.orgunits.models import OrgUnit
from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db

# a term under way (the seed article's third year), and the same term once it is over
DAYS = [date(2023, 6, 20), date(2026, 1, 15)]


def expected(day: date) -> dict[str, tuple[Decimal | None, Decimal | None, str, Decimal | None]]:
    """What the domain says of each term target: so far, % of the target, status, forecast."""
    term = find_term(OrgUnit.objects.get(code="SO-LDTBXH"), core_terms.parse_span("2020-2025"))
    card = term_card(term, day)
    return {
        line.indicator.code: (
            line.standing.so_far.value if line.standing.so_far else None,
            line.standing.now.percent_of_plan,
            line.standing.status.value,
            None if card.over else line.standing.forecast,
        )
        for line in card.lines
    }


def shown(day: date) -> dict[str, tuple[str, str, str, str]]:
    """The same, as the page and the reports print it."""
    term = find_term(OrgUnit.objects.get(code="SO-LDTBXH"), core_terms.parse_span("2020-2025"))
    card = term_card(term, day)
    return {
        line.indicator.code: (
            line.so_far_shown(),
            line.percent_shown(),
            line.status_label(),
            line.indicator.display_name("vi"),
        )
        for line in card.lines
    }


def client() -> Client:
    web = Client()
    web.force_login(get_user_model().objects.get(username="lanhdao"))
    return web


def number(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


@pytest.mark.parametrize("day", DAYS)
def test_the_api_and_the_command_give_the_domains_figures(demo, day):
    want = expected(day)
    api = ApiClient(ApiToken.issue(user=get_user_model().objects.get(username="lanhdao"), name="t")[1])
    body = api.get("/terms/SO-LDTBXH/2020-2025", as_of=day.isoformat()).json()
    out = StringIO()
    call_command("term", unit="SO-LDTBXH", term="2020-2025", as_of=day, format="json", stdout=out)
    cli = json.loads(out.getvalue())
    for source in (body, cli):
        got = {
            target["indicator"]: (
                number(target["so_far"]),
                number(target["percent_of_target"]),
                target["status"],
                None if day.year > 2025 else number(target["forecast"]),
            )
            for target in source["targets"]
        }
        assert got == want


@pytest.mark.parametrize("day", DAYS)
def test_the_page_and_the_reviews_print_the_same_figures(demo, day):
    printed = shown(day)
    web = client()
    as_of = f"{day:%d/%m/%Y}"
    page = html.fromstring(web.get(f"/u/SO-LDTBXH/term/2020-2025/?as_of={as_of}").content)
    rows = {row.get("data-code"): row for row in page.xpath('//table[@id="term-targets"]/tbody/tr')}
    stage = "final" if day.year > 2025 else "midterm"
    word = Document(
        io.BytesIO(web.get(f"/u/SO-LDTBXH/term/2020-2025/review/{stage}.docx?as_of={as_of}").content)
    )
    tables = [[[cell.text.strip() for cell in row.cells] for row in table.rows] for table in word.tables]
    annex = next(table for table in tables if any("Lũy kế / hiện tại" in row for row in table))
    book = load_workbook(
        io.BytesIO(web.get(f"/u/SO-LDTBXH/term/2020-2025/review/{stage}.xlsx?as_of={as_of}").content)
    )
    sheet = [[cell.value for cell in row] for row in book["Chỉ tiêu nhiệm kỳ"].iter_rows()]
    want = expected(day)
    for code, (so_far, percent, status, name) in printed.items():
        cells = [cell.text_content().strip() for cell in rows[code].xpath("./td")]
        assert so_far in cells and percent in cells and status in cells, code
        in_word = next(row for row in annex if row[1].startswith(name))
        assert so_far in in_word and percent in in_word and status in in_word, code
        in_excel = next(row for row in sheet if isinstance(row[1], str) and row[1].startswith(name))
        values = [Decimal(str(v)) for v in in_excel if isinstance(v, (int, float, Decimal))]
        exact_so_far = want[code][0]
        assert exact_so_far is None or any(abs(v - exact_so_far) < Decimal("0.0001") for v in values), code
        assert status in in_excel, code
