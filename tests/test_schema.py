from __future__ import annotations

from pathlib import Path

import pytest

from annotator.schema import SchemaError, load_schema, load_schema_file, parse_schema

SUB_EVENT_TYPES = {
    "Battles": 3, "Explosions/Remote violence": 6, "Protests": 3, "Riots": 2,
    "Strategic developments": 8, "Violence against civilians": 3,
}


def test_acled_has_six_types_and_25_sub_types() -> None:
    schema = load_schema("acled")
    sub = schema.field("sub_event_type")
    assert [c.value for c in schema.field("event_type").choices] == list(SUB_EVENT_TYPES)
    assert {k: len(v) for k, v in sub.choices_by.items()} == SUB_EVENT_TYPES
    assert sum(SUB_EVENT_TYPES.values()) == 25
    assert [c.value for c in sub.choices_for("Battles")] == [
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    ]
    assert sub.choices_for(None) == ()


def test_acled_fields_in_codebook_order() -> None:
    assert load_schema("acled").field_names == [
        "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1",
        "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude",
        "geo_precision", "fatalities", "notes",
    ]


def test_plover_has_16_types_each_with_modes() -> None:
    schema = load_schema("plover")
    types = [c.value for c in schema.field("event").choices]
    assert len(types) == 16
    assert set(schema.field("mode").choices_by) == set(types)
    assert {"actor", "recipient", "date", "location", "dead", "injured", "arrested"} <= set(schema.field_names)


def test_validation_catches_wrong_sub_type_and_types() -> None:
    schema = load_schema("acled")
    problems = schema.validate_values(
        {"event_type": "Protests", "sub_event_type": "Air/drone strike", "fatalities": "ten", "latitude": 120}
    )
    assert any("sub_event_type" in p for p in problems)
    assert any("fatalities" in p for p in problems)
    assert any("latitude" in p for p in problems)


@pytest.mark.parametrize(
    ("yaml_text", "key"),
    [
        ("name: x\nfields: []\n", "fields"),
        ("name: x\nfields:\n  - {name: a, type: colour}\n", "fields.a.type"),
        ("name: x\nfields:\n  - {name: a, depends_on: b, choices_by: {}}\n", "fields.a.depends_on"),
        ("name: x\nfields:\n  - {name: a, shortcut: 12}\n", "fields.a.shortcut"),
        ("name: x\nfields:\n  - {name: a}\n  - {name: a}\n", "fields.a"),
        ("name: x\nfields: [\n", "line"),
    ],
)
def test_schema_errors_name_file_and_key(tmp_path: Path, yaml_text: str, key: str) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        load_schema_file(path)
    assert str(path) in str(info.value)
    assert info.value.key.startswith(key)


def test_unsafe_yaml_is_refused() -> None:
    with pytest.raises(SchemaError):
        parse_schema("!!python/object/apply:os.system ['echo hi']", "evil.yaml")
