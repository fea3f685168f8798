"""The span index behind the highlights, against brute force on random span sets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import Span
from annotator.gui.fonts import ZOOM_STEPS, zoom_step
from annotator.gui.highlights import LONG_SPAN, SpanIndex, innermost, nesting_depths

TEXT = "ا" * (3 * LONG_SPAN)

ranges = st.tuples(st.integers(0, len(TEXT) - 1), st.integers(1, LONG_SPAN + 400)).map(
    lambda r: (r[0], min(r[0] + r[1], len(TEXT)))
)


def make(start: int, end: int, n: int) -> Span:
    return Span.on(TEXT, "doc", start, end, "Claim", id=f"s{n:03d}")


@settings(max_examples=60, deadline=None)
@given(st.lists(ranges, max_size=40), ranges, st.lists(st.integers(0, 39), max_size=10))
def test_overlapping_matches_brute_force(spans, query, removed):
    made = [make(s, e, n) for n, (s, e) in enumerate(spans)]
    index = SpanIndex(made[: len(made) // 2])
    for span in made[len(made) // 2 :]:
        index.add(span)
    gone = {f"s{n:03d}" for n in removed}
    for span_id in gone:
        index.remove(span_id)
    kept = [s for s in made if s.id not in gone]
    start, end = query
    want = sorted(
        (s for s in kept if s.start < end and s.end > start), key=lambda s: (s.start, -s.end, s.id)
    )
    assert index.overlapping(start, end) == want
    assert len(index) == len(kept)
    expected = innermost([s for s in kept if s.start <= start < s.end])
    assert index.innermost_at(start) == expected


def test_add_replaces_a_span_with_the_same_id():
    index = SpanIndex([make(0, 5, 1)])
    index.add(make(10, 20, 1))
    assert index.overlapping(0, 5) == []
    assert [s.start for s in index.overlapping(0, 30)] == [10]


def test_innermost_is_the_shortest_span_at_a_position():
    outer, inner = make(0, 50, 1), make(10, 20, 2)
    assert SpanIndex([outer, inner]).innermost_at(15) == inner
    assert SpanIndex([outer, inner]).innermost_at(25) == outer


def test_nesting_depth_counts_containers_not_crossings():
    outer, middle, inner = make(0, 100, 1), make(10, 60, 2), make(20, 30, 3)
    crossing = make(50, 150, 4)
    ordered = sorted([outer, middle, inner, crossing], key=lambda s: (s.start, -s.end, s.id))
    assert nesting_depths(ordered) == {"s001": 1, "s002": 2, "s003": 3, "s004": 1}


def test_zoom_steps_clamp_at_both_ends():
    assert zoom_step(100, +1) == 110
    assert zoom_step(100, -1) == 90
    assert zoom_step(ZOOM_STEPS[-1], +1) == ZOOM_STEPS[-1]
    assert zoom_step(ZOOM_STEPS[0], -1) == ZOOM_STEPS[0]
    assert zoom_step(105, +1) == 110
