"""Every page needs a login; a user sees and touches only their subtree, everything else is a 404."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

WARD_PAGES = [
    "/u/Q1-BENNGHE/2022/",
    "/u/Q1-BENNGHE/entry/2022M07/",
    "/u/Q1-BENNGHE/indicators/KTXH-01/2022/",
    "/u/Q1-BENNGHE/plan/2022/",
    "/u/Q1-BENNGHE/entry/2022M07/check/?indicator={jobs}&v{jobs}=1",
    "/reports/Q1-BENNGHE/2022.html",
]
OTHER_WARD_PAGES = [page.replace("Q1-BENNGHE", "Q1-BENTHANH") for page in WARD_PAGES]
EVERY_PAGE = ["/", "/my-work/", "/work-items/", "/work-items/{item}/", "/u/Q1-BENNGHE/entry/", *WARD_PAGES]


def resolved(page: str) -> str:
    """The page with the ids of the demo's objects filled in (ids differ between databases)."""
    from chitieu.planning.models import Indicator, WorkItem

    jobs = Indicator.objects.get(code="KTXH-01").pk
    item = WorkItem.objects.order_by("pk").first().pk
    return page.format(jobs=jobs, item=item)


@pytest.mark.parametrize("page", EVERY_PAGE)
def test_an_anonymous_visitor_is_sent_to_the_login_page(demo, page):
    response = Client().get(resolved(page))
    assert response.status_code == 302
    assert response["Location"].startswith("/login/?next=")


@pytest.mark.parametrize("page", WARD_PAGES)
def test_a_ward_reporter_opens_their_own_ward(demo, login, page):
    assert login("bennghe.baocao").get(resolved(page)).status_code == 200


@pytest.mark.parametrize("page", OTHER_WARD_PAGES)
def test_a_ward_reporter_gets_404_on_another_ward(demo, login, page):
    assert login("bennghe.baocao").get(resolved(page)).status_code == 404


@pytest.mark.parametrize(
    "page", ["/u/PLDTBXH-Q1/2022/", "/u/SO-LDTBXH/entry/2022M07/", "/u/UBND-TPHCM/2022/"]
)
def test_a_ward_reporter_gets_404_above_their_ward(demo, login, page):
    assert login("bennghe.baocao").get(resolved(page)).status_code == 404


def test_a_ward_reporter_gets_404_on_the_departments_work_items(demo, login):
    from chitieu.planning.models import WorkItem

    item = WorkItem.objects.filter(lead_unit__code="SO-LDTBXH").first()
    client = login("bennghe.baocao")
    assert client.get(f"/work-items/{item.pk}/").status_code == 404
    assert client.post(f"/work-items/{item.pk}/", {"completed_on": "01/01/2022"}).status_code == 404
    assert item.title not in client.get("/work-items/").content.decode()


def test_a_district_reporter_sees_its_wards(demo, login):
    client = login("q1.baocao")
    assert client.get("/u/Q1-BENNGHE/2022/").status_code == 200
    assert client.get("/u/Q3-P09/2022/").status_code == 404


def test_a_city_viewer_reads_everything_but_enters_nothing(demo, login):
    client = login("lanhdao")
    page = client.get("/u/Q1-BENNGHE/entry/2022M07/").content.decode()
    assert 'id="save"' not in page
    assert "disabled" in page


def test_home_is_the_users_top_unit_in_its_latest_planned_year(demo, login):
    from django.utils import timezone

    response = login("q1.baocao").get("/")
    # the demo plans 2022, 2023, last year and this year
    assert response["Location"] == f"/u/PLDTBXH-Q1/{timezone.localdate().year}/"


def test_a_user_without_any_role_is_told_so(db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("lonely", "", "x-long-password-1")
    client = Client()
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 403
    assert "Tài khoản" in response.content.decode()


def test_breadcrumbs_show_only_units_the_user_may_see(demo, login):
    as_district = login("q1.baocao").get("/u/Q1-BENNGHE/2022/").content.decode()
    as_department = login("so.duyet").get("/u/Q1-BENNGHE/2022/").content.decode()
    assert 'href="/u/SO-LDTBXH/2022/' not in as_district
    assert 'href="/u/PLDTBXH-Q1/2022/?as_of=14/12/2022"' in as_district
    assert 'href="/u/SO-LDTBXH/2022/?as_of=14/12/2022"' in as_department


def test_outside_ones_subtree_the_page_says_so_in_vietnamese_not_a_bare_not_found(small, client):
    """In production (DEBUG off, as in tests) a unit outside one's subtree is a 404 page of chitieu's."""
    client.force_login(small.reporter_a)
    response = client.get("/u/W-B/2022/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Không tìm thấy trang" in page
    assert "không thuộc các đơn vị bạn được xem" in page
    assert "Phường B" not in page  # nothing about the other ward is shown
