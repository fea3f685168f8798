"""Accepting and rejecting suggestions in a project, and taking the decisions back."""

from __future__ import annotations

import pytest

from annotator.core.model import Document
from annotator.suggest import decisions
from annotator.suggest.engine import suggest_document, suggestion_key

TEXT = "وزیر نیرو در نشستی خبری گفت: «ذخیره سدهای تهران به کمترین حد رسیده است.»"


@pytest.fixture
def doc(project):
    return project.add_document(Document(name="water", text=TEXT, language="fa"))


def by_label(project, doc_id):
    return {s.label: s for s in suggest_document(project, doc_id, rules=["attribution"])}


def test_accepting_one_part_creates_the_triple_and_the_relation(project, doc):
    cue = by_label(project, doc.id)["Cue"]
    acceptance = decisions.accept(project, cue)
    spans = {s.label: s for s in project.spans(doc.id)}
    assert {label: s.text for label, s in spans.items()} == {
        "Source": "وزیر نیرو",
        "Cue": "گفت",
        "Content": "ذخیره سدهای تهران به کمترین حد رسیده است",
    }
    assert spans["Cue"].attributes == {"cue_type": "say"}
    (rel,) = project.relations(doc.id)
    assert rel.type == "attribution"
    assert rel.roles == {
        "source": (spans["Source"].id,),
        "cue": (spans["Cue"].id,),
        "content": (spans["Content"].id,),
    }
    assert by_label(project, doc.id) == {}  # nothing left to propose
    assert [h["action"] for h in project.history(limit=1)] == ["accept_suggestion"]
    assert len(acceptance.created) == 3 and acceptance.reused == ()


def test_an_identical_span_already_there_is_reused(project, doc):
    source = by_label(project, doc.id)["Source"]
    existing = project.new_span(doc.id, source.start, source.end, "Source")
    cue = by_label(project, doc.id)["Cue"]
    assert "Source" not in by_label(project, doc.id)
    acceptance = decisions.accept(project, cue)
    assert acceptance.reused == (existing.id,)
    assert project.relations(doc.id)[0].roles["source"] == (existing.id,)


def test_withdraw_takes_back_exactly_what_was_created_and_apply_restores_it(project, doc):
    source = by_label(project, doc.id)["Source"]
    kept = project.new_span(doc.id, source.start, source.end, "Source")
    acceptance = decisions.accept(project, by_label(project, doc.id)["Cue"])
    decisions.withdraw(project, acceptance)
    assert [s.id for s in project.spans(doc.id)] == [kept.id]
    assert project.relations(doc.id) == []
    assert set(by_label(project, doc.id)) == {"Cue", "Content"}
    decisions.apply(project, acceptance)
    assert {s.id for s in project.spans(doc.id)} == {kept.id, *(s.id for s in acceptance.created)}
    assert project.relations(doc.id)[0].id == acceptance.relations[0].id
    assert project.check() == []


def test_rejected_suggestion_is_not_proposed_again_and_unreject_brings_it_back(project, doc):
    cue = by_label(project, doc.id)["Cue"]
    decisions.reject(project, cue)
    assert "Cue" not in by_label(project, doc.id)
    assert decisions.decisions(project, doc.id)[0]["decision"] == "rejected"
    # Accepting the content now leaves the rejected cue out of the relation.
    decisions.accept(project, by_label(project, doc.id)["Content"])
    (rel,) = project.relations(doc.id)
    assert set(rel.roles) == {"source", "content"}
    decisions.unreject(project, cue)
    assert "Cue" in by_label(project, doc.id)


def test_rejecting_a_variant_covers_that_spelling_in_the_whole_document(project):
    texts = ["قادروف آمد. قادروف رفت. قادروف ماند. قادروف خندید.", "قادرف گفت و قادرف خندید."]
    docs = [
        project.add_document(Document(name=f"v{i}", text=t, language="fa"))
        for i, t in enumerate(texts)
    ]
    first, second = suggest_document(project, docs[1].id, rules=["variants"])
    decisions.reject(project, first)
    assert suggest_document(project, docs[1].id, rules=["variants"]) == []
    assert second.key != first.key


def test_keys_are_stable_and_include_the_quoted_text():
    a = suggestion_key("places", "ایران و باکو", 0, 5, "Contested_fact")
    assert a == suggestion_key("places", "ایران و باکو", 0, 5, "Contested_fact")
    assert a != suggestion_key("places", "ایروان و باکو", 0, 5, "Contested_fact")
    assert a != suggestion_key("places", "ایران و باکو", 0, 5, "Entity")


def test_every_suggestion_is_word_snapped_and_never_repeats_a_span(project, doc):
    from annotator.core.words import WordIndex

    words = WordIndex(TEXT)
    items = suggest_document(project, doc.id)
    assert items
    for s in items:
        assert words.snap(s.start, s.end) == (s.start, s.end)
        assert TEXT[s.start : s.end] == s.text
        assert s.reason
    assert len({(s.start, s.end, s.label) for s in items}) == len(items)


def test_unknown_rule_is_named():
    with pytest.raises(ValueError, match="no suggestion rule 'spelling'"):
        suggest_document("متن", rules=["spelling"])
