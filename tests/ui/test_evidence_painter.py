"""Evidence and suggested entities are drawn in the colour of the field they belong to."""

from __future__ import annotations

from annotator.interchange import EvidenceSpan
from annotator.nlp.labels import EntityLabel, EntitySpan
from annotator.schema import Schema
from annotator.ui.event_state import EventState
from annotator.ui.evidence_painter import EvidencePainter
from annotator.ui.text_view import ArticleTextView

TEXT = "Soldiers killed 12 people in Gao on Sunday, Reuters said."


def _painter(qtbot, acled: Schema) -> EvidencePainter:
    view = ArticleTextView()
    qtbot.addWidget(view)
    view.set_article_text(TEXT)
    return EvidencePainter(view, acled)


def test_suggested_entities_take_the_colour_of_their_field(qtbot, acled: Schema) -> None:
    painter = _painter(qtbot, acled)
    spans = [
        EntitySpan(0, 8, EntityLabel.ACTOR), EntitySpan(16, 18, EntityLabel.NUMBER),
        EntitySpan(29, 32, EntityLabel.PLACE), EntitySpan(33, 42, EntityLabel.DATE),
        EntitySpan(44, 51, "ORG"),
    ]
    painter.underlay(spans)
    colours = [h.color.name() for h in painter.text_view._underlay]
    expected = ["actor1", "fatalities", "location", "event_date"]
    assert colours[:4] == [painter.field_colour(name).name() for name in expected]
    assert len(set(colours)) == 5  # an NER label the schema has no field for gets its own colour
    assert all(h.underline_only for h in painter.text_view._underlay)
    painter.clear_underlay()
    assert painter.text_view._underlay == []


def test_evidence_is_painted_in_its_field_colour_and_the_focused_field_strongly(qtbot, acled: Schema) -> None:
    painter = _painter(qtbot, acled)
    state = EventState(values={}, annotator="tester", evidence=[
        EvidenceSpan("location", 29, 32, "Gao"), EvidenceSpan("actor1", 0, 8, "Soldiers"),
    ])
    painter.focus(state, "location")
    painted = {(h.start, h.color.name(), h.strong) for h in painter.text_view._evidence}
    assert painted == {(29, painter.field_colour("location").name(), True),
                       (0, painter.field_colour("actor1").name(), False)}
