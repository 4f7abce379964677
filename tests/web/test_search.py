"""Search: units and indicators by code or name, marks and case aside, within the person's units."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.django_db


def found(client, text: str) -> tuple[list[str], list[str]]:
    page = client.get("/search/", {"q": text}).content.decode()
    units = re.findall(
        r'<li><a href="/u/([^/]+)/', page[page.index('id="units-found-h"') :].split("</section>")[0]
    )
    indicators = re.findall(r'<a href="/u/[^/]+/indicators/([^/]+)/', page)
    return units, indicators


def test_a_ward_is_found_without_its_marks(demo, login):
    units, _ = found(login("so.duyet"), "ben nghe")
    assert units == ["Q1-BENNGHE"]


def test_an_indicator_is_found_by_a_word_of_its_name_and_opens_where_it_is_planned(demo, login):
    client = login("so.duyet")
    _, indicators = found(client, "VIEC LAM moi")
    assert indicators == ["KTXH-02"]  # "Tạo việc làm mới"
    page = client.get("/search/", {"q": "KTXH-02"}).content.decode()
    link = re.search(r'href="(/u/SO-LDTBXH/indicators/KTXH-02/\d{4}/)"', page).group(1)
    assert client.get(link).status_code == 200


def test_a_ward_reporter_finds_nothing_outside_the_ward(demo, login):
    units, indicators = found(login("bennghe.baocao"), "phuong")
    assert units == ["Q1-BENNGHE"]  # not the other wards
    _, indicators = found(login("bennghe.baocao"), "dang vien")
    assert indicators == []  # the party targets are the department's, not planned in the ward


def test_an_empty_or_long_search_is_answered_calmly(demo, login):
    client = login("so.duyet")
    assert client.get("/search/").status_code == 200
    assert client.get("/search/", {"q": "x" * 5000}).status_code == 200
