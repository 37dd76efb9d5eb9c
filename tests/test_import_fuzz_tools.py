"""Fuzzing the readers of other tools' files (brat, doccano, Label Studio, Prodigy annotations):
hostile input never crashes a reader (a crash would show as "reading stopped"), every task or line
gets one outcome, and every report names the file and a line that exists."""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.db.engine import Database, open_database
from annotator.importers import ImportOptions, ImportReport, run_import

FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "50")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_names = itertools.count()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    folder = tmp_path_factory.mktemp("fuzz-tools")
    database = open_database(str(folder / "fuzz.sqlite3"))
    yield database, folder
    database.dispose()


def _check(report: ImportReport, path: Path, data: bytes) -> None:
    if path.suffix == ".ann":  # brat reads lines with universal newlines
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    lines = max(1, data.count(b"\n") + (0 if data.endswith(b"\n") else 1))
    for item in [*report.rejected, *report.unmapped]:
        assert "reading stopped" not in item.message, item  # a reader bug, caught by the loop
        assert item.source == str(path)
        assert isinstance(item.line, int) and 1 <= item.line <= lines, item


labels = st.sampled_from(["BATTLES", "Battles", "ACTOR", "actor1", "ActorOne2", "LOCATION", "DATE",
                          "TRIGGER", "Victim", "WEATHER", "", "Armed clash"])
offsets = st.one_of(st.integers(-3, 50), st.none(), st.text(max_size=3), st.booleans(), st.floats())
anything = st.one_of(st.none(), st.booleans(), st.integers(-5, 50), st.text(max_size=8),
                     st.lists(st.integers(0, 9), max_size=3), st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))
TEXT = "Soldiers clashed with rebels in Doro on Monday.\nTwo died."

prodigy_span = st.fixed_dictionaries({}, optional={
    "start": offsets, "end": offsets, "label": st.one_of(labels, anything),
    "token_start": offsets, "token_end": offsets, "text": st.one_of(st.text(max_size=6), anything)})
prodigy_task = st.fixed_dictionaries({"text": st.one_of(st.just(TEXT), anything)}, optional={
    "spans": st.one_of(st.lists(prodigy_span, max_size=4), anything),
    "relations": st.one_of(st.lists(st.fixed_dictionaries({}, optional={
        "head": offsets, "child": offsets, "label": st.one_of(labels, anything),
        "head_span": st.one_of(prodigy_span, anything), "child_span": st.one_of(prodigy_span, anything)}),
        max_size=3), anything),
    "answer": st.sampled_from(["accept", "reject", "ignore", None]),
    "_input_hash": st.integers(), "meta": st.one_of(st.dictionaries(st.sampled_from(["id", "title"]), anything), anything),
})
doccano_line = st.fixed_dictionaries({"text": st.one_of(st.just(TEXT), anything)}, optional={
    "label": st.one_of(st.lists(st.one_of(st.tuples(offsets, offsets, labels).map(list), labels, anything),
                                max_size=4), anything),
    "entities": st.one_of(st.lists(st.fixed_dictionaries({}, optional={
        "id": st.one_of(st.integers(0, 4), anything), "label": st.one_of(labels, anything),
        "start_offset": offsets, "end_offset": offsets}), max_size=4), anything),
    "relations": st.one_of(st.lists(st.fixed_dictionaries({}, optional={
        "from_id": st.one_of(st.integers(0, 4), anything), "to_id": st.one_of(st.integers(0, 4), anything),
        "type": st.one_of(labels, anything)}), max_size=3), anything),
})
ls_result = st.one_of(
    st.fixed_dictionaries({"type": st.just("labels")}, optional={
        "id": st.one_of(st.sampled_from(["a", "b", "c"]), anything),
        "value": st.one_of(st.fixed_dictionaries({}, optional={
            "start": offsets, "end": offsets, "text": st.one_of(st.text(max_size=5), anything),
            "labels": st.one_of(st.lists(labels, max_size=2), anything)}), anything)}),
    st.fixed_dictionaries({"type": st.just("relation")}, optional={
        "from_id": st.one_of(st.sampled_from(["a", "b", "c"]), anything),
        "to_id": st.one_of(st.sampled_from(["a", "b", "c"]), anything),
        "direction": st.sampled_from(["right", "left", "bi", None]),
        "labels": st.one_of(st.lists(labels, max_size=2), anything)}),
    anything,
)
ls_task = st.one_of(
    st.fixed_dictionaries({"data": st.one_of(st.fixed_dictionaries({"text": st.one_of(st.just(TEXT), anything)}), anything)},
                          optional={"annotations": st.one_of(st.lists(st.fixed_dictionaries({}, optional={
                              "result": st.one_of(st.lists(ls_result, max_size=4), anything),
                              "completed_by": anything, "was_cancelled": st.booleans()}), max_size=2), anything)}),
    anything,
)


def _import(fuzz_db: tuple[Database, Path], name: str, data: bytes, fmt: str | None = None) -> tuple[Path, ImportReport]:
    db, folder = fuzz_db
    path = folder / f"{next(_names)}-{name}"
    path.write_bytes(data)
    return path, run_import(db, [path], options=ImportOptions(format=fmt))


@FUZZ
@given(records=st.lists(st.one_of(prodigy_task, doccano_line), min_size=1, max_size=6),
       fmt=st.sampled_from([None, "prodigy", "doccano"]))
def test_wrong_prodigy_and_doccano_lines_each_get_one_outcome(
    fuzz_db: tuple[Database, Path], records: list[Any], fmt: str | None
) -> None:
    lines = [json.dumps(r) for r in records]
    data = ("\n".join(lines) + "\n").encode("utf-8", "surrogatepass")
    path, report = _import(fuzz_db, "tasks.jsonl", data, fmt)
    _check(report, path, data)
    assert report.imported + report.duplicates + report.rejected_count == len(lines)


@FUZZ
@given(tasks=st.lists(ls_task, max_size=5), indent=st.sampled_from([None, 2]))
def test_wrong_label_studio_tasks_each_get_one_outcome(
    fuzz_db: tuple[Database, Path], tasks: list[Any], indent: int | None
) -> None:
    data = json.dumps(tasks, indent=indent).encode("utf-8", "surrogatepass")
    path, report = _import(fuzz_db, "export.json", data)
    _check(report, path, data)
    assert report.imported + report.duplicates + report.rejected_count == len(tasks)


ann_lines = st.one_of(
    st.builds(lambda n, label, a, b: f"T{n}\t{label} {a} {b}\t{TEXT[max(a, 0):max(b, 0)]}",
              st.integers(1, 5), labels, st.integers(-2, 60), st.integers(-2, 60)),
    st.builds(lambda n, label, t, role, u: f"E{n}\t{label}:T{t} {role}:T{u}",
              st.integers(1, 3), labels, st.integers(1, 5), labels, st.integers(1, 6)),
    st.builds(lambda n, name, e, v: f"A{n}\t{name} E{e} {v}", st.integers(1, 4),
              st.sampled_from(["Status", "SubEventType", "GeoPrecision", "Colour"]), st.integers(1, 3),
              st.sampled_from(["gold", "approved", "Armed_clash", "2", "x"])),
    st.builds(lambda n, label, a, b: f"R{n}\t{label} Arg1:T{a} Arg2:T{b}", st.integers(1, 3), labels,
              st.integers(1, 5), st.integers(1, 5)),
    st.builds(lambda n, t, note: f"#{n}\tAnnotatorNotes {t}\t{note}", st.integers(1, 3),
              st.sampled_from(["E1", "T1", "T9"]),
              st.sampled_from(["event_type=Battles; annotator=x", "event without trigger (ActorOne:T2): status=gold",
                               "fatalities=many", "plain words"])),
    st.text(max_size=20),
)


@FUZZ
@given(lines=st.lists(ann_lines, max_size=10), crlf=st.booleans())
def test_wrong_brat_files_never_crash_and_name_their_lines(
    fuzz_db: tuple[Database, Path], lines: list[str], crlf: bool
) -> None:
    db, folder = fuzz_db
    stem = folder / f"doc-{next(_names)}"
    stem.with_suffix(".txt").write_bytes((TEXT.replace("\n", "\r\n") if crlf else TEXT).encode("utf-8"))
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    stem.with_suffix(".ann").write_bytes(data)
    report = run_import(db, [stem.with_suffix(".ann")])
    _check(report, stem.with_suffix(".ann"), data)
    assert report.imported + report.duplicates + report.rejected_count == 1
