"""One figure everywhere: the dashboard, the DOCX and XLSX reports, the API, the CLI and the checker agree.

For a sample of units, periods and days — a closed year, a year in progress, a department, a
district, a ward, the city and a unit whose only target is a computed rate — every skin is asked
for the same figures the way a user would ask (pages fetched, files downloaded and read back,
JSON parsed), and each target's plan, result, % of plan and status, the counts and the units
below must be the same in all of them. Without a day, every skin must also pick the same one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from lxml import html

from chitieu.checker.matching import FactKind
from chitieu.core.periods import parse_period
from chitieu.monitoring.services import ValueWrite, record_values
from chitieu.orgunits.models import OrgUnit, UnitKind
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import Indicator
from chitieu.planning.services import set_target
from chitieu.verification.checks import facts_for
from tests.skins import (
    docx_tables,
    download,
    expected,
    from_api,
    from_cli,
    from_dashboard,
    from_docx,
    from_xlsx,
)

pytestmark = pytest.mark.django_db

ONLY_RATE = "Q1-TYLE"  # a ward whose one target is the poverty rate, computed from two inputs

CASES = [
    ("SO-LDTBXH", "2022", None),  # the article's closed year, on its default day (14/12/2022)
    ("SO-LDTBXH", "2023", date(2023, 6, 20)),  # a year in progress: pace, estimates
    ("PLDTBXH-Q1", "2023", date(2023, 6, 20)),  # a district rolled up from its wards
    ("Q1-BENNGHE", "2022", None),  # a ward
    ("UBND-TPHCM", "2022", None),  # the city: no targets of its own, its department below
    (ONLY_RATE, "2022", None),  # only a computed rate
]


@pytest.fixture(scope="module")
def world(demo, django_db_blocker):
    """The demo, and one more ward under district 1 whose only target is the poverty rate."""
    with django_db_blocker.unblock():
        district = OrgUnit.objects.get(code="PLDTBXH-Q1")
        ward = create_unit(code=ONLY_RATE, name="UBND Phường Tỷ Lệ", parent=district, kind=UnitKind.WARD)
        indicators = {i.code: i for i in Indicator.objects.filter(code__in=["GN-TL", "GN-SHN", "GN-TSH"])}
        set_target(indicator=indicators["GN-TL"], unit=ward, year=2022, target=Decimal("1.2"))
        writes = [
            ValueWrite(indicators["GN-SHN"], ward, f"2022M{m:02d}", Decimal(60 - m)) for m in range(1, 13)
        ]
        writes += [
            ValueWrite(indicators["GN-TSH"], ward, f"2022M{m:02d}", Decimal(5000)) for m in range(1, 13)
        ]
        record_values(writes=writes, user=None)
    return demo


@pytest.fixture
def admin_client():
    client = Client()
    client.force_login(get_user_model().objects.get(username="admin"))
    return client


# --- the test --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "period", "day"), CASES, ids=[f"{u}-{p}-{d or 'default'}" for u, p, d in CASES]
)
def test_every_skin_gives_the_same_figures_statuses_and_counts(world, admin_client, unit, period, day):
    api = from_api(admin_client, unit, period, day)
    cli = from_cli(unit, period, day)
    assert cli == api  # one read model, one JSON shape

    want = expected(api)
    names = {line["indicator_name"]: line["indicator"] for line in api["lines"]}
    counts = {key: n for key, n in api["counts"].items() if key != "total"}
    if not api["lines"] and api["children"]:  # a unit with no targets of its own: shown by the units below
        counts = {key: n for key, n in api["children_total"].items() if key != "total"}
        assert sum(counts.values()) == sum(child["counts"]["total"] for child in api["children"])
    children = {child["name"]: child["counts"]["total"] for child in api["children"]}
    if unit == "UBND-TPHCM":
        assert want == {} and children == {"Sở Lao động - Thương binh và Xã hội": 23}
    if unit == ONLY_RATE:
        assert list(want) == ["GN-TL"] and want["GN-TL"][1] == "0,96"  # December: 48 / 5.000 × 100, computed

    # The dashboard of the year, on the same day.
    shown, dashboard_counts, dashboard_children = from_dashboard(admin_client, unit, period[:4], day)
    assert shown == want
    assert dashboard_counts == counts
    assert dashboard_children == children

    # The Word report: its annex, its sentences, its units below.
    text, in_docx, docx_children = from_docx(download(admin_client, unit, period, day, "docx"), names)
    assert in_docx == {
        code: (plan, result, percent, status) for code, (plan, result, percent, status) in want.items()
    }
    if api["lines"]:
        assert api["sentences"][-1] in text  # "22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%"
    assert docx_children == (children if any(children.values()) else {})

    # The spreadsheet report: exact numbers where the others show rounded ones.
    in_xlsx = from_xlsx(download(admin_client, unit, period, day, "xlsx"), names)
    assert set(in_xlsx) == set(want)
    for line in api["lines"]:
        plan, result, percent, status = in_xlsx[line["indicator"]]
        assert status == line["status_label"]
        if line["target"] is not None and line["target_high"] is None:
            assert Decimal(repr(plan)) == Decimal(line["target"])
        if line["result"] is not None:
            assert abs(Decimal(repr(result)) - Decimal(line["result"]["value"])) < Decimal("1e-9")
        if line["percent_of_plan"] is not None:
            assert abs(Decimal(repr(percent)) * 100 - Decimal(line["percent_of_plan"])) < Decimal("1e-9")

    # The claim checker's facts: what it compares a written report with.
    facts = facts_for(OrgUnit.objects.get(code=unit), parse_period(period), day)
    by_code = {fact.key: fact.figures for fact in facts if fact.kind == FactKind.INDICATOR}
    assert set(by_code) == set(want)
    for line in api["lines"]:
        figures = by_code[line["indicator"]]
        assert figures.get("plan") == (None if line["target"] is None else Decimal(line["target"]))
        assert figures.get("actual") == (None if line["result"] is None else Decimal(line["result"]["value"]))
        percent = line["percent_of_plan"]
        assert figures.get("percent_of_plan") == (None if percent is None else Decimal(percent))
    below = {fact.name.vi: fact.figures["total"] for fact in facts if fact.kind == FactKind.UNIT_COUNT}
    for name, total in children.items():
        if total:
            assert below[f"chỉ tiêu của {name}"] == total
    totals = [fact.figures for fact in facts if fact.kind == FactKind.TARGET_COUNT]
    if api["lines"]:
        assert totals == [
            {
                "met_or_exceeded": Decimal(api["counts"]["exceeded"] + api["counts"]["met"]),
                "exceeded": Decimal(api["counts"]["exceeded"]),
                "total": Decimal(api["counts"]["total"]),
            }
        ]


def test_without_a_day_every_skin_reads_a_closed_year_on_its_cut_off_day(world, admin_client):
    assert from_api(admin_client, "SO-LDTBXH", "2022", None)["as_of"] == "2022-12-14"
    assert from_cli("SO-LDTBXH", "2022", None)["as_of"] == "2022-12-14"
    page = admin_client.get("/u/SO-LDTBXH/2022/").content.decode()
    assert 'value="14/12/2022"' in page
    report = download(admin_client, "SO-LDTBXH", "2022", None, "docx")
    assert "Số liệu tính từ 15/12/2021 đến 14/12/2022" in docx_tables(report)[0]


def test_the_report_a_page_links_to_says_what_the_page_said(world, admin_client):
    """The 2023 dashboard seen on 20/06/2023 links to a report judged on 20/06/2023, not on the full year."""
    page = html.fromstring(admin_client.get("/u/SO-LDTBXH/2023/?as_of=20/06/2023").content)
    link = next(
        a.get("href") for a in page.xpath('//section[@id="reports"]//a') if "/2023.docx" in a.get("href")
    )
    text, _figures, _children = from_docx(admin_client.get(link).content, {})
    _shown, counts, _ = from_dashboard(admin_client, "SO-LDTBXH", "2023", date(2023, 6, 20))
    assert counts["in_progress"] > 0
    assert f"{counts['in_progress']} chỉ tiêu đang thực hiện" in text
    assert "800,00%" not in text
