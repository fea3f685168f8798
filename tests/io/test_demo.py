import os
import shutil

from annotator.io.demo import SOURCES, build_demo
from annotator.store.project import Project


def test_demo_builds_with_annotations_and_a_blank_copy(tmp_path):
    annotated = build_demo(tmp_path / "demo.annotator")
    blank = build_demo(tmp_path / "blank.annotator", annotated=False)
    with Project.open(annotated, readonly=True) as proj:
        docs = proj.documents()
        assert len(docs) >= 6
        assert {d.language for d in docs} >= {"fa", "ar", "ur"}
        assert proj.span_count() > 10 and proj.relations()
        assert proj.check() == []
        labels = {s.label for s in proj.spans()}
        assert {"Claim", "Source", "Cue", "Content", "Contested_fact"} <= labels
    with Project.open(blank, readonly=True) as proj:
        assert proj.span_count() == 0 and len(proj.documents()) == len(docs)


def test_rebuild_when_sources_change_but_never_over_user_work(tmp_path):
    sources = tmp_path / "src"
    shutil.copytree(SOURCES, sources)
    target = tmp_path / "demo.annotator"
    build_demo(target, sources=sources)
    future = target.stat().st_mtime + 10
    os.utime(sources / "annotations.json", (future, future))
    rebuilt = build_demo(target, sources=sources)
    with Project.open(rebuilt) as proj:
        first = proj.documents()[0]
        proj.annotator = "someone"
        proj.new_span(first.id, 0, 3, "Claim")
        count = proj.span_count()
    os.utime(sources / "annotations.json", (future + 20, future + 20))
    with Project.open(build_demo(target, sources=sources), readonly=True) as proj:
        assert proj.span_count() == count
