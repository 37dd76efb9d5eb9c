"""Every export opened by the program it is for: brat's own loader, pandas, Prodigy's task format.

spaCy's own checks (``spacy debug data``, ``spacy train``) are in ``test_export_spacy.py``.
The brat check is ``../shared/consumers/brat_check.py``: brat's server code, unmodified. It is
run from inside the export folder because brat reads ``annotation.conf`` from its data tree or
from the working directory; anywhere else it falls back to its built-in biomedical default. It
does not report ``T`` lines brat loaded but could not parse (text not matching the document at
their offsets), so ``brat_unparsed.py`` asks brat's loader for those too.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from export_testdata import all_records, crlf_article, load_records, shared_consumers

from annotator.cli.main import main

ALL = "suggested,draft,confirmed,gold"
CONSUMERS = shared_consumers()
needs_brat = pytest.mark.skipif(CONSUMERS is None, reason="../shared/consumers (brat_check.py) is not present")


def brat_check(folder: Path) -> subprocess.CompletedProcess[str]:
    assert CONSUMERS is not None
    return subprocess.run(
        [sys.executable, str(CONSUMERS / "brat_check.py"), "."],
        cwd=folder, capture_output=True, text=True, timeout=300,
    )


def brat_unparsed(folder: Path) -> subprocess.CompletedProcess[str]:
    assert CONSUMERS is not None
    return subprocess.run(
        [sys.executable, str(Path(__file__).parent / "brat_unparsed.py"), str(CONSUMERS), "."],
        cwd=folder, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("consumers")
    db = tmp / "consumers.sqlite3"
    load_records(db, [*all_records(), crlf_article()], tmp)
    return db


def export(database: Path, fmt: str, out: Path, status: str = ALL) -> str:
    assert main(["--db", str(database), "export", "--format", fmt, "--out", str(out),
                 "--status", status, "--quiet"]) == 0
    return str(out)


@needs_brat
def test_brats_own_loader_accepts_every_exported_file(database: Path, tmp_path: Path) -> None:
    """Would fail on the old exporter: its notes referred to triggers (TriggerReferenceError),
    and its offsets in CRLF text were one character off per line."""
    out = tmp_path / "brat"
    export(database, "brat", out)
    result = brat_check(out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "brat: 4 of 4 files load clean"
    unparsed = brat_unparsed(out)
    assert unparsed.returncode == 0, unparsed.stdout + unparsed.stderr
    assert unparsed.stdout.strip() == "brat: 0 unparsed lines"


@needs_brat
def test_brat_check_refuses_what_the_old_exporter_wrote(database: Path, tmp_path: Path) -> None:
    """The consumer is strict: a note on a trigger, or Python offsets in CRLF text, fail it."""
    out = tmp_path / "brat"
    export(database, "brat", out)
    ann = (out / "demo-kessa-offensive.ann").read_text(encoding="utf-8")
    (out / "demo-kessa-offensive.ann").write_text(
        ann + "#99\tAnnotatorNotes T1\ta note on the trigger\n", encoding="utf-8")
    crlf = crlf_article()
    start = crlf["text"].index("Wendo said")  # after two CRLF: Python offset = brat's + 2
    (out / "crlf-wendo.ann").write_text(
        f"T1\tLOCATION {start} {start + 5}\tWendo\n", encoding="utf-8")
    result = brat_check(out)
    assert result.returncode == 1
    assert "demo-kessa-offensive.ann: load error TriggerReferenceError" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "brat: 3 of 4 files load clean"
    unparsed = brat_unparsed(out)
    assert unparsed.returncode == 1
    assert "crlf-wendo.ann:1: brat could not parse this line" in unparsed.stdout


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("umask", "file_mode", "folder_mode"), [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)])
def test_exports_follow_the_umask_like_cp_and_the_database_stays_private(
    database: Path, tmp_path: Path, umask: int, file_mode: int, folder_mode: int
) -> None:
    old = os.umask(umask)
    try:
        for fmt in ("jsonl", "csv", "prodigy"):
            out = tmp_path / f"out.{fmt}"
            export(database, fmt, out)
            assert _mode(out) == file_mode, fmt
        for fmt in ("brat", "spacy"):
            out = tmp_path / fmt
            export(database, fmt, out)
            assert _mode(out) == folder_mode, fmt
            assert {_mode(p) for p in out.iterdir()} == {file_mode}, fmt
        fresh = tmp_path / "fresh.sqlite3"
        assert main(["--db", str(fresh), "stats", "--json"]) == 0
        assert _mode(fresh) == 0o600
    finally:
        os.umask(old)


# ACLED's column types as its own files have them (integers for codes, counts and dates' parts).
# fatalities and timestamp are plain int64, as in ACLED; codes Annotator cannot always derive
# (an actor missing from the actor dictionary, an unknown country) are nullable Int64.
ACLED_DTYPES: dict[str, object] = {
    "event_id_cnty": str, "event_date": str, "year": "Int64", "time_precision": "Int64",
    "disorder_type": str, "event_type": str, "sub_event_type": str, "actor1": str,
    "assoc_actor_1": str, "inter1": "Int64", "actor2": str, "assoc_actor_2": str, "inter2": "Int64",
    "interaction": "Int64", "civilian_targeting": str, "iso": "Int64", "region": str, "country": str,
    "admin1": str, "admin2": str, "admin3": str, "location": str, "latitude": "float64",
    "longitude": "float64", "geo_precision": "Int64", "source": str, "source_scale": str,
    "notes": str, "fatalities": "int64", "tags": str, "timestamp": "int64",
}


def test_pandas_reads_the_csv_with_acled_dtypes(database: Path, tmp_path: Path) -> None:
    """Would fail on the old exporter: unknown fatalities were empty cells, not integers."""
    import pandas as pd  # in the test extra: a missing pandas fails, never skips
    out = tmp_path / "events.csv"
    export(database, "csv", out)
    frame = pd.read_csv(out, dtype=ACLED_DTYPES)
    assert list(frame.columns[: len(ACLED_DTYPES)]) == list(ACLED_DTYPES)
    assert frame["fatalities"].dtype == "int64"
    assert pd.read_csv(out).fatalities.astype(int).tolist() == frame["fatalities"].tolist()
    events = [e for r in [*all_records(), crlf_article()] for e in r["events"]]
    assert len(frame) == len(events)
    assert frame["fatalities"].sum() == sum(e["fatalities"] or 0 for e in events)
    unknown = frame[frame["notes"].fillna("").str.contains("fatalities unknown", case=False)]
    assert len(unknown) == sum(e["fatalities"] is None for e in events) > 0
    assert set(unknown["fatalities"]) == {0}
    coded_zero = frame[frame["actor1"] == "Ribaue Night Riders"]  # fatalities coded as 0
    assert coded_zero["fatalities"].tolist() == [0]
    assert "unknown" not in str(coded_zero["notes"].iloc[0]).lower()


PRODIGY_SCHEMA = Path(__file__).parent / "data" / "prodigy_task.schema.json"


def test_prodigy_tasks_follow_prodigys_task_format(database: Path, tmp_path: Path) -> None:
    """Would fail on the old exporter: a trigger containing its argument gave head == child."""
    import jsonschema
    out = tmp_path / "tasks.jsonl"
    export(database, "prodigy", out)
    validator = jsonschema.Draft202012Validator(json.loads(PRODIGY_SCHEMA.read_text(encoding="utf-8")))
    tasks = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(tasks) == 4
    relations = 0
    for task in tasks:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(task)]
        assert not errors, errors
        tokens = task["tokens"]
        assert [t["id"] for t in tokens] == list(range(len(tokens)))
        for token in tokens:
            assert task["text"][token["start"]:token["end"]] == token["text"]
        for span in task["spans"]:  # spans sit on token boundaries, token_end inclusive
            assert tokens[span["token_start"]]["start"] == span["start"]
            assert tokens[span["token_end"]]["end"] == span["end"]
        for rel in task["relations"]:
            relations += 1
            assert rel["head"] != rel["child"], rel
            assert rel["head_span"]["token_start"] <= rel["head"] <= rel["head_span"]["token_end"]
            assert rel["child_span"]["token_start"] <= rel["child"] <= rel["child_span"]["token_end"]
            assert rel["head_span"] in task["spans"] and rel["child_span"] in task["spans"]
    assert relations > 0
    wendo = next(t for t in tasks if t["meta"]["id"] == "crlf-wendo")
    located = next(r for r in wendo["relations"] if r["label"] == "location")
    assert wendo["text"][located["head_span"]["start"]:located["head_span"]["end"]] == "captured the town of Wendo"
    assert wendo["tokens"][located["head"]]["text"] == "captured"
    assert wendo["tokens"][located["child"]]["text"] == "Wendo"


def _two_trigger_article() -> dict:
    """One event told by two trigger words, as the suggester gives ("shelled ... killing")."""
    text = "Artillery shelled Wendo on Friday, killing three herders."

    def span(field: str, words: str) -> dict:
        start = text.index(words)
        return {"field": field, "start": start, "end": start + len(words), "text": words}

    event = {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
             "location": "Wendo", "fatalities": 3, "annotator": "ana", "status": "confirmed",
             "evidence": [span("trigger", "shelled"), span("trigger", "killing"), span("location", "Wendo")]}
    return {"id": "wendo-shelling", "title": None, "source": None, "url": None, "published": "2024-03-02",
            "text": text, "events": [event]}


@needs_brat
def test_an_event_with_two_trigger_spans_loads_in_brat_and_comes_back(tmp_path: Path) -> None:
    """The second trigger span used to be written as a 'Trigger:T2' argument of event type
    label, which brat refuses ("cannot take a Trigger argument", "trigger T2 is not referenced")."""
    db = tmp_path / "two.sqlite3"
    load_records(db, [_two_trigger_article()], tmp_path)
    out = tmp_path / "brat"
    export(db, "brat", out)
    result = brat_check(out)
    assert result.stdout.strip().splitlines()[-1] == "brat: 1 of 1 files load clean", result.stdout
    ann = (out / "wendo-shelling.ann").read_text(encoding="utf-8")
    assert "MORE_TRIGGER_WORDS" in ann and "Trigger:T2" in ann
    again_db, again = tmp_path / "again.sqlite3", tmp_path / "brat-again"
    assert main(["--db", str(again_db), "import", str(out), "--status", "confirmed", "--quiet"]) == 0
    export(again_db, "brat", again)
    assert (again / "wendo-shelling.ann").read_bytes() == (out / "wendo-shelling.ann").read_bytes()
