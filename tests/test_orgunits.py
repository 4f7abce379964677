from __future__ import annotations

import pytest

from chitieu.orgunits.models import OrgUnit, Role, UnitRole
from chitieu.orgunits.services import TreeError, create_unit, has_role, move_unit


def test_a_subtree_is_one_prefix_query(small, django_assert_num_queries):
    with django_assert_num_queries(1):
        codes = sorted(OrgUnit.objects.subtree_of(small.district).values_list("code", flat=True))
    assert codes == ["D1", "W-A", "W-B"]


def test_paths_and_depths_follow_the_tree(small):
    assert small.ward_a.path == f"/{small.city.pk}/{small.district.pk}/{small.ward_a.pk}/"
    assert (small.city.depth, small.district.depth, small.ward_a.depth) == (0, 1, 2)


def test_moving_a_unit_moves_its_subtree(small):
    other = create_unit(code="D2", name="Quận 2", parent=small.city)
    move_unit(unit=small.ward_a, new_parent=other)
    small.ward_a.refresh_from_db()
    assert small.ward_a.path.startswith(other.path) and small.ward_a.depth == 2
    move_unit(unit=small.district, new_parent=other)
    small.ward_b.refresh_from_db()
    assert small.ward_b.path == f"{other.path}{small.district.pk}/{small.ward_b.pk}/"
    assert small.ward_b.depth == 3


def test_a_unit_cannot_move_under_its_own_subtree(small):
    with pytest.raises(TreeError) as caught:
        move_unit(unit=small.district, new_parent=small.ward_a)
    assert "nằm trong" in caught.value.message("vi")


def test_users_see_only_their_subtree(small):
    assert list(OrgUnit.objects.visible_to(small.reporter_a)) == [small.ward_a]
    assert set(OrgUnit.objects.visible_to(small.approver)) == {small.district, small.ward_a, small.ward_b}
    assert OrgUnit.objects.visible_to(small.admin).count() == 4


def test_roles_apply_downwards_not_upwards(small):
    assert has_role(small.approver, small.ward_a, [Role.APPROVER])
    assert not has_role(small.reporter_a, small.district, [Role.REPORTER])
    assert not has_role(small.viewer, small.ward_a, [Role.REPORTER])
    UnitRole.objects.create(user=small.viewer, unit=small.city, role=Role.ADMIN)
    assert has_role(small.viewer, small.ward_a, [Role.REPORTER])
