"""resources/interchange.schema.json describes the same lines the importer accepts."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from annotator.interchange import article_from_json
from annotator.paths import resource

REPO = Path(__file__).resolve().parents[1]


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(resource("interchange.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", ["tests/data/gold_fixture.jsonl", "resources/demo/demo.jsonl"])
def test_real_files_are_valid(path: str) -> None:
    validator = _validator()
    records = _lines(REPO / path)
    assert records
    for record in records:
        errors = [e.message for e in validator.iter_errors(record)]
        assert errors == [], errors
        article_from_json(record)  # and our own validator agrees


def _break(mutate: str) -> dict[str, Any]:
    record = copy.deepcopy(_lines(REPO / "tests/data/gold_fixture.jsonl")[0])
    event, span = record["events"][0], record["events"][0]["evidence"][0]
    {
        "text missing": lambda: record.pop("text"),
        "text not a string": lambda: record.update(text=42),
        "text blank": lambda: record.update(text="   \n"),
        "text with NUL": lambda: record.update(text="a\u0000b"),
        "title a number": lambda: record.update(title=7),
        "id a list": lambda: record.update(id=[1]),
        "published not a date": lambda: record.update(published="yesterday"),
        "events not a list": lambda: record.update(events={"a": 1}),
        "event not an object": lambda: record.update(events=["x"]),
        "unknown status": lambda: event.update(status="approved"),
        "annotator a number": lambda: event.update(annotator=3),
        "confidence a string": lambda: event.update(confidence="high"),
        "evidence not a list": lambda: event.update(evidence="x"),
        "negative start": lambda: span.update(start=-1),
        "start a string": lambda: span.update(start="3"),
        "span without end": lambda: span.pop("end"),
        "empty field name": lambda: span.update(field=""),
        "whole line a list": lambda: None,
    }[mutate]()
    return ["not", "an", "object"] if mutate == "whole line a list" else record  # type: ignore[return-value]


STRUCTURAL = [
    "text missing", "text not a string", "text blank", "text with NUL", "title a number", "id a list",
    "published not a date", "events not a list", "event not an object", "unknown status",
    "annotator a number", "confidence a string", "evidence not a list", "negative start",
    "start a string", "span without end", "empty field name", "whole line a list",
]


@pytest.mark.parametrize("mutation", STRUCTURAL)
def test_structural_rejections_agree(mutation: str) -> None:
    record = _break(mutation)
    with pytest.raises(ValueError):
        article_from_json(record)
    assert not _validator().is_valid(record), f"the schema accepts a record with {mutation}"


def test_offset_rules_beyond_json_schema_are_checked_by_the_importer_only() -> None:
    """Span bounds against the text length cannot be written in JSON Schema; the schema says so,
    and the importer is the one that rejects such a span."""
    schema = json.loads(resource("interchange.schema.json").read_text(encoding="utf-8"))
    assert "len(text)" in schema["description"] and "text[start:end]" in schema["description"]
    record = _break("unknown status")
    record["events"][0]["status"] = "confirmed"
    record["events"][0]["evidence"][0].update(start=10, end=len(record["text"]) + 5)
    assert _validator().is_valid(record)
    with pytest.raises(ValueError, match="outside the text"):
        article_from_json(record)
