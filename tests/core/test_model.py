import pytest

from annotator.core.errors import SpanError
from annotator.core.model import Document, Relation, Span

TEXT = "وزیر گفت: «مذاکرات ادامه می‌یابد» 😀 پایان"


def test_span_cut_from_text_quotes_exactly():
    start = TEXT.index("مذاکرات")
    span = Span.on(TEXT, "d", start, start + 7, "Claim")
    assert span.text == "مذاکرات"
    assert span.updated == span.created


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [(3, 3, "empty"), (5, 2, "empty"), (-1, 2, "outside"), (0, len(TEXT) + 1, "outside")],
)
def test_bad_ranges_are_refused(start, end, message):
    with pytest.raises(SpanError, match=message):
        Span.on(TEXT, "d", start, end, "Claim")


def test_quote_that_does_not_match_is_refused():
    with pytest.raises(SpanError, match="quotes"):
        Span.on(TEXT, "d", 0, 4, "Claim", text="گفت")


def test_verify_catches_a_span_that_no_longer_lines_up():
    span = Span(doc_id="d", start=0, end=4, label="Claim", text="وزیر")
    span.verify(TEXT)
    with pytest.raises(SpanError):
        span.verify("x" + TEXT)


def test_span_after_emoji_counts_code_points():
    start = TEXT.index("پایان")
    assert Span.on(TEXT, "d", start, start + 5, "Claim").text == "پایان"


def test_document_hash_and_language_are_checked():
    doc = Document(name="a", text="سلام")
    assert len(doc.content_hash) == 64
    with pytest.raises(ValueError, match="language"):
        Document(name="a", text="x", language="xx")
    with pytest.raises(ValueError, match="hash"):
        Document(name="a", text="x", content_hash="0" * 64)


def test_relation_drops_empty_roles_and_needs_one_span():
    rel = Relation(type="attribution", roles={"source": ("a",), "cue": ()})
    assert rel.roles == {"source": ("a",)}
    with pytest.raises(ValueError):
        Relation(type="attribution", roles={"source": ()})
