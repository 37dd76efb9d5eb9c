"""spaCy export: DocBins that carry every span and event, split by seed, and that spaCy trains on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from export_testdata import all_records, load_records
from spacy.tokens import DocBin

from annotator.cli.main import main
from annotator.db.engine import open_database
from annotator.exporters import ExportFilters, export
from annotator.exporters.spacy_docbin import split_indices
from annotator.formats.labels import sanitise_label
from annotator.schema import Schema

ROOT = Path(__file__).resolve().parent.parent
ALL = "suggested,draft,confirmed,gold"


def _docs(folder: Path) -> dict[str, list]:
    nlp = spacy.blank("en")
    return {
        name: list(DocBin().from_bytes((folder / f"{name}.spacy").read_bytes()).get_docs(nlp.vocab))
        for name in ("train", "dev")
    }


def _label(acled: Schema, field: str, event: dict) -> str:
    if field == "trigger":
        return sanitise_label(event["event_type"])
    return sanitise_label(acled.field(field).role or field)


def test_every_span_and_event_is_in_the_docbins(tmp_path: Path, acled: Schema) -> None:
    db = tmp_path / "sp.sqlite3"
    records = all_records()
    load_records(db, records, tmp_path)
    out = tmp_path / "spacy"
    assert main(["--db", str(db), "export", "--format", "spacy", "--out", str(out), "--status", ALL,
                 "--split", "0.5", "--quiet"]) == 0
    docs = _docs(out)
    assert len(docs["train"]) + len(docs["dev"]) == len(records) and docs["train"] and docs["dev"]
    by_id = {doc.user_data["id"]: doc for group in docs.values() for doc in group}
    for record in records:
        doc = by_id[record["id"]]
        assert doc.text == record["text"]
        # Values, who, status and exact offsets (msgpack gives tuples for lists, JSON evens that out).
        assert json.loads(json.dumps(doc.user_data["events"])) == record["events"]
        assert doc.user_data["title"] == record["title"]
        spans = {(s.start_char, s.end_char, s.label_) for s in doc.spans["sc"]}
        for event in record["events"]:
            for ev in event["evidence"]:
                label = _label(acled, ev["field"], event)
                assert any(
                    a <= ev["start"] and ev["end"] <= b and lab == label for a, b, lab in spans
                ), (record["id"], ev)
        # Entities never overlap and are a subset of the spans.
        ents = sorted((e.start, e.end) for e in doc.ents)
        assert all(a[1] <= b[0] for a, b in zip(ents, ents[1:], strict=False))
        assert {(e.start_char, e.end_char, e.label_) for e in doc.ents} <= spans
    # The trigger that the awkward article's actor "Police" overlaps keeps its own span.
    awkward = by_id["awkward/article #1"]
    assert {"ACTOR", "PROTESTS", "RIOTS", "LOCATION", "DATE", "FATALITIES"} <= {
        s.label_ for s in awkward.spans["sc"]
    }
    assert all(" " not in s.label_ and "/" not in s.label_ for s in awkward.spans["sc"])


def test_split_is_deterministic_by_seed() -> None:
    a = split_indices(50, 0.8, seed=1)
    assert a == split_indices(50, 0.8, seed=1)
    assert a != split_indices(50, 0.8, seed=2)
    train, dev = a
    assert len(train) == 40 and len(dev) == 10 and sorted(train + dev) == list(range(50))
    assert split_indices(2, 0.8, 0) in (([0], [1]), ([1], [0]))  # dev never empty with 2+ docs
    with pytest.raises(ValueError):
        split_indices(3, 1.5, 0)


@pytest.fixture(scope="module")
def corpus_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 generated articles (360 events) exported for spaCy: enough for `debug data`."""
    sys.path.insert(0, str(ROOT))
    from benchmarks.corpus import build_sqlite

    tmp = tmp_path_factory.mktemp("spacy-corpus")
    path = build_sqlite(tmp / "corpus.sqlite3", n_articles=125, seed=11)
    db = open_database(f"sqlite:///{path}")
    try:
        export(db, "spacy", tmp / "out", ExportFilters(statuses=("draft", "confirmed", "gold")),
               split=0.8, seed=4)
    finally:
        db.dispose()
    return tmp / "out"


def longest_span(folder: Path) -> int:
    docs = _docs(folder)
    return max(len(span) for split in docs.values() for doc in split for span in doc.spans["sc"])


def _config(tmp: Path, max_size: int) -> Path:
    """spaCy's own config for ner + spancat, with a suggester proposing every span length we export
    (the default n-gram suggester proposes 1 to 3 tokens; triggers are longer)."""
    cfg = tmp / "config.cfg"
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "config", str(cfg), "--lang", "en",
         "--pipeline", "ner,spancat", "--optimize", "efficiency", "--force"],
        check=True, capture_output=True, text=True,
    )
    text = cfg.read_text(encoding="utf-8")
    default = '@misc = "spacy.ngram_suggester.v1"\nsizes = [1, 2, 3]'
    assert default in text
    cfg.write_text(text.replace(default, '@misc = "spacy.ngram_range_suggester.v1"\n'
                                f"min_size = 1\nmax_size = {max_size}"), encoding="utf-8")
    return cfg


def test_the_export_notes_the_longest_span(corpus_export: Path, tmp_path: Path) -> None:
    longest = longest_span(corpus_export)
    assert longest > 3  # longer than spancat's default suggester proposes
    db = open_database(f"sqlite:///{corpus_export.parent / 'corpus.sqlite3'}")
    try:
        result = export(db, "spacy", tmp_path / "again", ExportFilters(statuses=("draft", "confirmed", "gold")))
    finally:
        db.dispose()
    assert [n for n in result.notes if n.startswith(f"longest span: {longest} tokens;")]
    assert f"max_size = {longest}" in result.notes[0]


def test_spacy_debug_data_accepts_the_export(corpus_export: Path, tmp_path: Path) -> None:
    cfg = _config(tmp_path, longest_span(corpus_export))
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "debug", "data", str(cfg),
         "--paths.train", str(corpus_export / "train.spacy"),
         "--paths.dev", str(corpus_export / "dev.spacy")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "error" not in result.stdout.split("Summary")[-1].lower()
    assert "100 training docs" in result.stdout and "25 evaluation docs" in result.stdout


@pytest.mark.slow
def test_spacy_trains_on_the_export(corpus_export: Path, tmp_path: Path) -> None:
    longest = longest_span(corpus_export)
    cfg = _config(tmp_path, longest)
    model = tmp_path / "model"
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(model),
         "--paths.train", str(corpus_export / "train.spacy"),
         "--paths.dev", str(corpus_export / "dev.spacy"),
         "--training.max_steps", "10", "--training.eval_frequency", "5", "--gpu-id", "-1"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    nlp = spacy.load(model / "model-last")
    assert {"ACTOR", "LOCATION", "DATE", "BATTLES"} <= set(nlp.get_pipe("ner").labels)
    assert {"ACTOR", "LOCATION"} <= set(nlp.get_pipe("spancat").labels)
    # The trained suggester proposes every gold span, the longest included.
    spancat = nlp.get_pipe("spancat")
    for doc in _docs(corpus_export)["dev"]:
        proposed = spancat.suggester([doc]).dataXd.tolist()
        assert {(s.start, s.end) for s in doc.spans["sc"]} <= {tuple(p) for p in proposed}
