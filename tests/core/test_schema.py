import json

import pytest

from annotator.core.errors import SchemaError, ValidationError
from annotator.core.schema import load_preset, load_schema_file, parse_schema, preset_names

BASE = {
    "name": "t",
    "labels": [
        {
            "name": "Claim",
            "display": {"en": "Claim"},
            "color": "#ff0000",
            "shortcut": "C",
            "attributes": [
                {
                    "name": "verdict",
                    "type": "choice",
                    "display": {"en": "Verdict"},
                    "values": [{"name": "false", "display": {"en": "False"}, "rating": 1}],
                },
                {"name": "normalized", "type": "text", "display": {"en": "N"}, "max_length": 5},
            ],
        },
        {"name": "Source", "display": {"en": "Source"}, "color": "#00ff00"},
    ],
    "relations": [
        {
            "name": "attribution",
            "display": {"en": "A"},
            "roles": [
                {"name": "source", "display": {"en": "S"}, "labels": ["Source"], "max": 1},
                {"name": "content", "display": {"en": "C"}, "labels": ["Claim"], "min": 1},
            ],
        }
    ],
}


def _with(path, value):
    data = json.loads(json.dumps(BASE))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def test_presets_load_with_three_languages_everywhere():
    assert {"fact-check", "minimal"} <= set(preset_names())
    schema = load_preset("fact-check")
    techniques = [lab for lab in schema.labels if lab.family]
    assert len(techniques) == 23
    assert len({lab.family for lab in techniques}) == 6
    assert len(schema.document_label("frame").values) == 15
    for lab in schema.labels:
        assert {"en", "fa", "ar"} <= set(lab.display), lab.name
        for attr in lab.attributes:
            assert {"en", "fa", "ar"} <= set(attr.display), f"{lab.name}.{attr.name}"
            for v in attr.values:
                assert {"en", "fa", "ar"} <= set(v.display), f"{lab.name}.{attr.name}.{v.name}"
    verdict = schema.label("Claim").attribute("verdict")
    assert [v.rating for v in verdict.values if v.rating] == [1, 2, 3, 4, 5]
    assert schema.label("Claim").attribute("normalized_claim").max_length == 75


@pytest.mark.parametrize(
    ("path", "value", "field", "words"),
    [
        (["labels", 0, "color"], "red", "labels[0].color", "colour"),
        (
            ["labels", 0, "attributes", 0, "type"],
            "colour",
            "labels[0].attributes[0].type",
            "not one of",
        ),
        (["labels", 1, "shortcut"], "C", "labels", "shortcut 'C' is declared twice"),
        (["labels", 1, "name"], "Claim", "labels", "declared twice"),
        (
            ["relations", 0, "roles", 0, "labels"],
            ["Nope"],
            "relations[0].roles[0].labels",
            "unknown label 'Nope'",
        ),
        (
            ["labels", 0, "attributes", 0, "values", 0, "rating"],
            9,
            "labels[0].attributes[0].values[0].rating",
            "1 to 5",
        ),
        (["labels", 0, "name"], "has space", "labels[0].name", "not a valid name"),
    ],
)
def test_validation_names_file_field_and_problem(path, value, field, words):
    with pytest.raises(SchemaError) as err:
        parse_schema(_with(path, value), source="my.toml")
    assert err.value.source == "my.toml"
    assert err.value.field == field
    assert words in str(err.value)
    assert str(err.value).startswith(f"my.toml: {field}: ")


def test_unparseable_file_is_named(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("labels = [", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"bad\.toml: cannot parse"):
        load_schema_file(bad)


def test_attribute_values_are_checked():
    schema = parse_schema(BASE)
    schema.check_span("Claim", {"verdict": "false", "normalized": "abc"})
    with pytest.raises(ValidationError, match="'maybe' is not one of false"):
        schema.check_span("Claim", {"verdict": "maybe"})
    with pytest.raises(ValidationError, match="at most 5"):
        schema.check_span("Claim", {"normalized": "abcdefg"})
    with pytest.raises(ValidationError, match="no attribute"):
        schema.check_span("Claim", {"colour": 1})
    with pytest.raises(ValidationError, match="not in the schema"):
        schema.check_span("Nope", {})


def test_relation_roles_are_checked():
    schema = parse_schema(BASE)
    info = {"c": ("Claim", "d1"), "s": ("Source", "d1"), "x": ("Source", "d2")}.get
    schema.check_relation("attribution", {"source": ("s",), "content": ("c",)}, info)
    with pytest.raises(ValidationError, match="takes Source, not Claim"):
        schema.check_relation("attribution", {"source": ("c",), "content": ("c",)}, info)
    with pytest.raises(ValidationError, match="at least 1"):
        schema.check_relation("attribution", {"source": ("s",)}, info)
    with pytest.raises(ValidationError, match="different documents"):
        schema.check_relation("attribution", {"source": ("x",), "content": ("c",)}, info)
    with pytest.raises(ValidationError, match="does not exist"):
        schema.check_relation("attribution", {"content": ("missing",)}, info)
