"""The DHIS2 mapping, without a database: periods, codes, kinds and values."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.dhis2.mapping import (
    Dhis2Value,
    Mapping,
    MappingError,
    period_from_dhis2,
    period_to_dhis2,
    read_data_value_set,
    value_from_dhis2,
    value_to_dhis2,
    write_data_value_set,
)


@pytest.mark.parametrize(
    ("dhis2", "chitieu"),
    [
        ("202207", "2022M07"),
        ("202201", "2022M01"),
        ("202212", "2022M12"),
        ("2022Q3", "2022Q3"),
        ("2022S1", "2022S1"),
        ("2022S2", "2022S2"),
        ("2022", "2022"),
    ],
)
def test_periods_map_both_ways(dhis2, chitieu):
    assert period_from_dhis2(dhis2) == chitieu
    assert period_to_dhis2(chitieu) == dhis2


@pytest.mark.parametrize(
    "period", ["202213", "202200", "2022W27", "2022July", "2022Q5", "20220701", "", "2022S3"]
)
def test_dhis2_periods_chitieu_does_not_have_are_refused(period):
    with pytest.raises(MappingError):
        period_from_dhis2(period)


def test_nine_months_has_no_dhis2_period():
    with pytest.raises(MappingError):
        period_to_dhis2("2022N9")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("141260", Decimal(141260)),
        ("2.5", Decimal("2.5")),
        ("-3", Decimal(-3)),
        ("true", Decimal(1)),
        ("false", Decimal(0)),
        ("", None),
        (None, None),
    ],
)
def test_values_are_read_as_decimals(text, value):
    assert value_from_dhis2(text) == value


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "1,5"])
def test_a_value_that_is_not_a_number_is_refused(text):
    with pytest.raises(MappingError):
        value_from_dhis2(text)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1218.0000"), "1218"),
        (Decimal("2.5000"), "2.5"),
        (Decimal("1E+3"), "1000"),
        (Decimal("-0.0"), "0"),
    ],
)
def test_values_are_written_as_plain_digits(value, text):
    assert value_to_dhis2(value) == text


def test_codes_map_to_themselves_unless_renamed():
    mapping = Mapping.from_json({"dataElements": {"fbfJHSPpUQD": "JOBS"}, "orgUnits": {"DiszpKrYNg8": "W-A"}})
    assert mapping.indicator("fbfJHSPpUQD") == "JOBS" and mapping.data_element("JOBS") == "fbfJHSPpUQD"
    assert mapping.indicator("OTHER") == "OTHER" and mapping.org_unit("W-B") == "W-B"


def test_category_option_combos_name_the_value_kind():
    mapping = Mapping.from_json({"categoryOptionCombos": {"HllvX50cXC0": "estimate"}})
    assert mapping.kind(None) == mapping.kind("default") == "actual"
    assert mapping.kind("HllvX50cXC0") == "estimate" and mapping.combo("estimate") == "HllvX50cXC0"
    assert mapping.kind("official") == "official" and mapping.combo("actual") is None
    with pytest.raises(MappingError):
        mapping.kind("unknownCombo")


def test_a_mapping_that_cannot_round_trip_is_refused():
    with pytest.raises(MappingError):
        Mapping.from_json({"dataElements": {"a": "JOBS", "b": "JOBS"}})
    with pytest.raises(MappingError):
        Mapping.from_json({"categoryOptionCombos": {"x": "guess"}})
    with pytest.raises(MappingError):
        Mapping.from_json({"indicators": {}})


def test_unreadable_values_are_conflicts_named_by_position():
    payload = {
        "dataValues": [
            {"dataElement": "JOBS", "period": "202207", "orgUnit": "W-A", "value": "12"},
            {"dataElement": "JOBS", "period": "2022W27", "orgUnit": "W-A", "value": "12"},
            {"dataElement": "JOBS", "period": "202207", "orgUnit": "W-A", "value": "twelve"},
            {"period": "202207", "orgUnit": "W-A", "value": "1"},
            {
                "dataElement": "JOBS",
                "period": "202207",
                "orgUnit": "W-A",
                "value": "1",
                "attributeOptionCombo": "x",
            },
        ]
    }
    cells, conflicts = read_data_value_set(payload, Mapping())
    assert cells == [Dhis2Value("JOBS", "W-A", "2022M07", "actual", Decimal(12), None, 0)]
    assert [(c.index, c.object) for c in conflicts] == [
        (1, "2022W27"),
        (2, "twelve"),
        (3, "dataElement"),
        (4, "x"),
    ]


def test_set_level_period_and_org_unit_apply_to_every_value():
    payload = {"period": "2022Q3", "orgUnit": "W-A", "dataValues": [{"dataElement": "JOBS", "value": "3"}]}
    cells, conflicts = read_data_value_set(payload, Mapping())
    assert conflicts == [] and (cells[0].period, cells[0].unit) == ("2022Q3", "W-A")


def test_writing_then_reading_gives_the_same_cells():
    mapping = Mapping.from_json(
        {"dataElements": {"de1": "JOBS"}, "categoryOptionCombos": {"coc1": "estimate"}}
    )
    cells = [
        Dhis2Value("JOBS", "W-A", "2022M07", "actual", Decimal(12), "ghi chú", 0),
        Dhis2Value("JOBS", "W-B", "2022Q3", "estimate", Decimal("2.5"), None, 1),
    ]
    read, conflicts = read_data_value_set(write_data_value_set(cells, mapping), mapping)
    assert conflicts == [] and read == cells
