"""Agreement coefficients, checked by hand (coincidence matrices written out) and against the
reference ``krippendorff`` package on reliability matrices built here from the fixture files."""

from __future__ import annotations

import json
from pathlib import Path

import krippendorff
import numpy as np
import pytest

from annotator.cli.main import main
from annotator.db.engine import Database
from annotator.importers import ImportOptions, run_import
from annotator.review.agreement import cohen_kappa, compute_agreement
from annotator.schema import Schema

REVIEW = Path(__file__).parent / "data" / "review"
nan = np.nan


def _load(db: Database, schema: Schema, name: str) -> Database:
    return _load_path(db, schema, REVIEW / name)


def _load_path(db: Database, schema: Schema, path: Path) -> Database:
    report = run_import(db, [path], options=ImportOptions(schema=schema))
    assert report.rejected_count == 0
    return db


@pytest.fixture
def two(db: Database, acled: Schema) -> Database:
    return _load(db, acled, "two_annotators.jsonl")


@pytest.fixture
def three(db: Database, acled: Schema) -> Database:
    return _load(db, acled, "three_annotators.jsonl")


def test_nominal_alpha_by_hand_two_annotators(two: Database, acled: Schema) -> None:
    with two.session() as s:
        report = compute_agreement(s, acled)
    # sub_event_type. Pairable units (both coded the event): Doro clash (armed clash, armed clash),
    # Kati protest (peaceful, with intervention). The arrest only ana coded and the Gao article
    # only ana coded are single values: not pairable, so they do not enter alpha.
    # Coincidences (each ordered pair within a unit weighs 1/(m_u - 1) = 1):
    #   o[clash,clash] = 2, o[peaceful,intervention] = o[intervention,peaceful] = 1
    #   n_clash = 2, n_peaceful = 1, n_intervention = 1, n = 4
    # alpha = 1 - (n - 1) * sum_{c!=k} o_ck / sum_{c!=k} n_c n_k
    #       = 1 - 3 * (1 + 1) / (2*1 + 2*1 + 1*2 + 1*2 + 1*1 + 1*1) = 1 - 6/10 = 0.4
    by_hand = 1 - 3 * 2 / 10
    reference = krippendorff.alpha(
        reliability_data=[[0, 1, nan, nan], [0, 2, nan, nan]], level_of_measurement="nominal"
    )
    assert report.field("sub_event_type").alpha == pytest.approx(by_hand)
    assert report.field("sub_event_type").alpha == pytest.approx(reference)
    # The "event" row: did each coder of the article code this event? Units (yes,yes) Doro clash,
    # (yes,no) Doro arrest, (yes,yes) Kati. o[y,y] = 4, o[y,n] = o[n,y] = 1; n_y = 5, n_n = 1, n = 6.
    # alpha = 1 - 5 * 2 / (5*1 + 1*5) = 0: the missed arrest is a disagreement.
    assert report.field("event").alpha == pytest.approx(1 - 5 * 2 / (5 * 1 + 1 * 5))
    assert report.field("event").disagreements == 1


def test_dates_compared_at_coarser_precision(two: Database, acled: Schema) -> None:
    with two.session() as s:
        date_row = compute_agreement(s, acled).field("event_date")
    # Doro: ana 2024-06-04 (day), bea 2024-06-03 (week): both ISO week 2024-W23, so they agree.
    # Compared by day they would disagree.
    assert date_row.level == "date"
    assert date_row.units == 2
    assert date_row.disagreements == 0
    assert date_row.alpha == pytest.approx(1.0)


def test_interval_alpha_fatalities_two_annotators(two: Database, acled: Schema) -> None:
    with two.session() as s:
        row = compute_agreement(s, acled).field("fatalities")
    # Units (ana, bea): Doro clash (4, 5), Doro arrest (0, -), Kati (0, 0), Gao (0) - only ana.
    # Values 4,5,0,0 pairable: o[4,5]=o[5,4]=1, o[0,0]=2; n_0=2, n_4=1, n_5=1, n=4.
    # Do: sum o_ck (c-k)^2 = 2 * 1 = 2. De: sum n_c n_k (c-k)^2 = 2*(2*1*16 + 2*1*25 + 1*1*1) = 166.
    # alpha = 1 - (n - 1) * 2 / 166 = 1 - 6/166
    assert row.alpha == pytest.approx(1 - 3 * 2 / 166)
    ref = krippendorff.alpha(
        reliability_data=[[4, 0, 0, 0], [5, nan, 0, nan]], level_of_measurement="interval"
    )
    assert row.alpha == pytest.approx(ref)


def test_pairwise_f1_and_evidence_overlap(two: Database, acled: Schema) -> None:
    with two.session() as s:
        pair = compute_agreement(s, acled).pair("bea", "ana")
    # Articles coded by both: Doro and Kati (Gao is ana's alone).
    assert (pair.articles, pair.matched, pair.only_a, pair.only_b) == (2, 2, 1, 0)
    assert pair.event_f1 == pytest.approx(2 * 2 / (3 + 2))
    # Evidence characters per field and event; shared characters in brackets.
    ana_clash = {"trigger": "clashed", "actor1": "Soldiers", "actor2": "Sahel Liberation Front",
                 "location": "Doro", "event_date": "on Tuesday", "fatalities": "killing four"}
    bea_clash = {"trigger": "clashed with gunmen", "actor1": "Soldiers",
                 "actor2": "gunmen of the Sahel Liberation Front", "location": "Doro",
                 "fatalities": "killing four fighters"}
    shared_clash = ["clashed", "Soldiers", "Sahel Liberation Front", "Doro", "killing four"]
    ana_arrest = ["arrested", "police", "Menaka", "in early June"]
    ana_kati = ["marched", "Hundreds of students", "Kati"]
    bea_kati = ["marched through Kati", "students", "Police", "Kati"]
    shared_kati = ["marched", "students", "Kati"]
    chars = lambda phrases: sum(len(p) for p in phrases)  # noqa: E731
    common = chars(shared_clash) + chars(shared_kati)
    total_a = chars(ana_clash.values()) + chars(ana_arrest) + chars(ana_kati)
    total_b = chars(bea_clash.values()) + chars(bea_kati)
    assert pair.evidence_f1 == pytest.approx(2 * common / (total_a + total_b))


def test_cohen_kappa_by_hand() -> None:
    # 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15.
    # p_o = 35/50 = 0.7; p_e = (25/50)(30/50) + (25/50)(20/50) = 0.5; kappa = (0.7-0.5)/(1-0.5) = 0.4
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)
    assert cohen_kappa([("a", "a")] * 3) is None  # no variation: undefined, not 1
    assert cohen_kappa([]) is None


def test_pair_kappa_counts_missed_events_as_disagreement(two: Database, acled: Schema) -> None:
    with two.session() as s:
        kappa = compute_agreement(s, acled).pair("ana", "bea").kappa
        only_kati = compute_agreement(s, acled, article_ids=[2]).pair("ana", "bea").kappa
    assert kappa is not None and only_kati is not None
    assert kappa < only_kati  # Doro adds a missed event and more differing fields
    # Kati by hand: 14 compared fields, latitude and longitude blank (missing) leaves 12 pairs;
    # they differ on sub-type and actor 2, so p_o = 10/12. Label counts (ana | bea): blank 5 | 4,
    # protests, the date, protesters, mali, kati and "0" fatalities 1 | 1 each, peaceful 1 | 0,
    # intervention 0 | 1, police 0 | 1. p_e = (5*4 + 6) / 12**2 = 26/144.
    p_o, p_e = 10 / 12, 26 / 144
    assert only_kati == pytest.approx((p_o - p_e) / (1 - p_e))


def test_articles_sorted_by_disagreement_single_coder_flagged(two: Database, acled: Schema) -> None:
    with two.session() as s:
        report = compute_agreement(s, acled)
        without_gao = compute_agreement(s, acled, article_ids=[1, 2])
    assert [a.title for a in report.articles] == ["Fighting near Doro", "Students march in Kati", "Traders abducted"]
    assert [a.single_coded for a in report.articles] == [False, False, True]
    assert report.articles[0].disagreement_rate > report.articles[1].disagreement_rate > 0
    # An article coded by one annotator changes no coefficient.
    rounded = lambda r: [None if f.alpha is None else round(f.alpha, 9) for f in r.fields]  # noqa: E731
    assert rounded(report) == rounded(without_gao)
    assert report.overall_alpha == pytest.approx(without_gao.overall_alpha)


def test_three_annotators_against_reference_package(three: Database, acled: Schema) -> None:
    with three.session() as s:
        report = compute_agreement(s, acled)
    assert report.annotators == ["ana", "bea", "cid"]
    # Reliability matrices written from the fixture (rows ana, bea, cid; columns: Sevare strike,
    # Sevare landmine (cid missed it), Sevare looting (only cid), Mopti riot (cid left fatalities empty)).
    fatalities = [[7, 2, nan, 1], [7, 3, nan, 1], [9, nan, 0, nan]]
    assert report.field("fatalities").alpha == pytest.approx(
        krippendorff.alpha(reliability_data=fatalities, level_of_measurement="interval")
    )
    strike, mine, loot, violent, mob = range(5)
    sub_types = [[strike, mine, nan, violent], [strike, mine, nan, mob], [strike, nan, loot, violent]]
    assert report.field("sub_event_type").alpha == pytest.approx(
        krippendorff.alpha(reliability_data=sub_types, level_of_measurement="nominal")
    )
    mali, wagner, blank, rioters = range(4)
    actor1 = [[mali, blank, nan, rioters], [mali, blank, nan, rioters], [wagner, nan, blank, rioters]]
    assert report.field("actor1").alpha == pytest.approx(
        krippendorff.alpha(reliability_data=actor1, level_of_measurement="nominal")
    )
    yes, no = 1, 0
    coded = [[yes, yes, no, yes], [yes, yes, no, yes], [yes, no, yes, yes]]
    assert report.field("event").alpha == pytest.approx(
        krippendorff.alpha(reliability_data=coded, level_of_measurement="nominal")
    )
    # cid's week-precision date of the strike (2024-07-01) agrees with 2024-07-02 at week level.
    assert report.field("event_date").disagreements == 0
    assert {(p.a, p.b) for p in report.pairs} == {("ana", "bea"), ("ana", "cid"), ("bea", "cid")}
    assert report.pair("ana", "cid").event_f1 == pytest.approx(2 * 2 / (3 + 3))


def test_cli_agreement_json_and_table(two: Database, db_path: Path, capsys) -> None:
    assert main(["--db", str(db_path), "agreement", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["ana", "bea"]
    subtype = next(f for f in data["fields"] if f["field"] == "sub_event_type")
    assert subtype["alpha"] == pytest.approx(0.4)
    assert main(["--db", str(db_path), "agreement", "--annotators", "ana", "bea"]) == 0
    out = capsys.readouterr().out
    assert "sub_event_type" in out and "0.40" in out and "Fighting near Doro" in out
    assert main(["--db", str(db_path), "agreement", "--annotators", "ana", "zed", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["annotators"] == ["ana"] and data["overall_alpha"] is None


def test_notes_say_why_a_report_is_all_na(two: Database, db_path: Path, acled: Schema, capsys) -> None:
    """Nobody coded an article twice: the report says so and how to fix it, instead of bare n/a."""
    with two.session() as s:
        alone = compute_agreement(s, acled, annotators=["ana"])
        both = compute_agreement(s, acled)
    assert alone.overall_alpha is None
    assert alone.notes() and alone.notes()[0].startswith("No article is coded by two or more")
    assert not any(n.startswith("No article") for n in both.notes())
    assert main(["--db", str(db_path), "agreement", "--annotators", "ana"]) == 0
    assert "note: No article is coded by two or more of these annotators" in capsys.readouterr().out


def test_notes_tell_identical_values_from_missing_ones(two: Database, acled: Schema) -> None:
    """A field every coder filled with the one same value has alpha n/a, but they agree."""
    with two.session() as s:
        report = compute_agreement(s, acled)
    same = [f.field for f in report.fields if f.alpha is None and f.units and not f.disagreements]
    assert same  # the fixture has such fields (one country throughout)
    note = next(n for n in report.notes() if n.startswith("n/a without differences"))
    assert all(name in note for name in same)
    assert report.to_json()["notes"] == report.notes()


def test_an_undated_event_disagrees_with_a_dated_one(two: Database, acled: Schema) -> None:
    """Every event has a date: one coder leaving it empty is a difference, not a unit to drop
    (the report said "n/a ... they agree" when one coder of the only other event gave none)."""
    from annotator.db import repo

    with two.session() as s:
        doro = next(e for a in repo.list_articles(s) for e in repo.events_for_article(s, a.id, annotator="bea")
                    if e.values.get("event_date") == "2024-06-03")
        repo.save_event(s, doro.id, doro.version, values={**doro.values, "event_date": "", "time_precision": None})
        s.commit()
        report = compute_agreement(s, acled)
    date_row = report.field("event_date")
    assert (date_row.units, date_row.disagreements) == (2, 1)
    assert not any("event_date" in n for n in report.notes())


def test_event_row_alpha_zero_is_explained_with_raw_agreement(two: Database, acled: Schema) -> None:
    """One missed event of three gives event alpha 0 (always <= 0 with two coders): the report
    says how many events were found by every coder instead of leaving a bare 0.00."""
    with two.session() as s:
        report = compute_agreement(s, acled)
    event = report.field("event")
    assert event.alpha == pytest.approx(0.0)
    assert event.agreement == pytest.approx(2 / 3)
    assert any("2 of 3 events were coded by every coder" in n for n in report.notes())
    assert report.field("event_type").agreement == pytest.approx(1.0)  # both pairable units agree
    assert report.to_json()["fields"][0]["agreement"] == pytest.approx(2 / 3)


def test_agreement_per_event_type(two: Database, acled: Schema) -> None:
    with two.session() as s:
        report = compute_agreement(s, acled)
    types = {t.event_type: t for t in report.types}
    # gao-kidnap is single-coded: its type is not listed.
    assert set(types) == {"Battles", "Strategic developments", "Protests"}
    assert (types["Battles"].events, types["Battles"].matched) == (1, 1)
    assert (types["Strategic developments"].events, types["Strategic developments"].matched) == (1, 0)
    # Kati: same type, sub-types differ (peaceful / with intervention): one differing field at least.
    protests = types["Protests"]
    assert protests.type_differs == 0 and protests.disagreements >= 1
    assert protests.agreement == pytest.approx((protests.units - protests.disagreements) / protests.units)


def test_event_counted_under_majority_type_and_type_disagreement_shown(
    db: Database, acled: Schema, tmp_path: Path
) -> None:
    text = "Crowds marched in Kiranu on Monday and set fire to the market hall."
    trigger = {"field": "trigger", "start": 7, "end": 14, "text": "marched"}
    def event(who: str, kind: str, sub: str) -> dict:
        return {"event_type": kind, "sub_event_type": sub, "annotator": who, "status": "confirmed",
                "location": "Kiranu", "evidence": [trigger]}
    article = {"id": "kiranu", "title": "Kiranu", "source": None, "url": None, "published": "2024-02-05",
               "text": text, "events": [event("ana", "Riots", "Mob violence"),
                                        event("bea", "Riots", "Violent demonstration"),
                                        event("cid", "Protests", "Peaceful protest")]}
    path = tmp_path / "kiranu.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    _load_path(db, acled, path)
    with db.session() as s:
        report = compute_agreement(s, acled)
    assert [(t.event_type, t.events, t.matched, t.type_differs) for t in report.types] == [("Riots", 1, 1, 1)]


def test_cli_agreement_prints_agree_column_and_types(two: Database, db_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert main(["--db", str(db_path), "agreement"]) == 0
    out = capsys.readouterr().out
    assert "agree" in out and "Agreement per event type" in out and "Strategic developments" in out
    assert "67%" in out  # the event row: 2 of 3 events found by both
