import sqlite3

import pytest

from annotator.core.errors import ProjectError, SchemaError, ValidationError
from annotator.core.model import Document
from annotator.core.schema import load_preset, parse_schema
from annotator.store import migrations
from annotator.store.project import Project
from tests.conftest import PERSIAN


def _span(project, doc, quote, label, occurrence=1, **kw):
    pos = -1
    for _ in range(occurrence):
        pos = doc.text.index(quote, pos + 1)
    return project.new_span(doc.id, pos, pos + len(quote), label, **kw)


def test_project_file_uses_wal_foreign_keys_and_records_migrations(project):
    assert project.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert project.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert project.applied_migrations() == [name for name, _ in migrations.MIGRATIONS]


def test_added_span_is_committed_and_in_history(project, fa_doc):
    span = _span(
        project,
        fa_doc,
        "ایران",
        "Contested_fact",
        attributes={"correction": "ایروان", "error_type": "entity_swap"},
    )
    other = sqlite3.connect(project.path)  # a second reader sees it: it is committed
    assert other.execute("SELECT text FROM spans WHERE id = ?", (span.id,)).fetchone() == ("ایران",)
    other.close()
    (entry,) = project.history(span.id)
    assert entry["action"] == "add_span" and entry["annotator"] == "tester"


def test_changes_are_announced_after_commit(project, fa_doc):
    seen = []
    project.subscribe(lambda change: seen.append((change.kind, project.conn.in_transaction)))
    _span(project, fa_doc, "وزیر", "Source")
    assert seen == [("spans", False)]


def test_invalid_values_are_refused_and_change_nothing(project, fa_doc):
    before = project.conn.execute("SELECT count(*) FROM history").fetchone()
    with pytest.raises(ValidationError, match="'maybe' is not one of"):
        _span(project, fa_doc, "مذاکرات", "Claim", attributes={"verdict": "maybe"})
    claim = _span(project, fa_doc, "مذاکرات", "Claim")
    with pytest.raises(ValidationError, match="at most 75"):
        project.update_span(claim.id, attributes={"normalized_claim": "x" * 76})
    source = _span(project, fa_doc, "وزیر", "Source")
    with pytest.raises(ValidationError, match="takes Cue, not Source"):
        project.new_relation(
            "attribution", {"source": [source.id], "cue": [source.id], "content": [claim.id]}
        )
    with pytest.raises(ValidationError, match="does not exist"):
        project.new_relation("supports", {"evidence": ["no-such-span"], "claim": [claim.id]})
    assert project.span(claim.id).attributes == {}
    assert project.relations() == []
    after = project.conn.execute("SELECT count(*) FROM history").fetchone()
    assert after[0] == before[0] + 2  # just the two good spans


def test_nested_attribution_gives_the_chain_of_sources(project, fa_doc, ar_doc):
    text = "خبرگزاری پارس گزارش داد که وزیر گفت «قیمت‌ها ۲۰ درصد بالا رفت»."
    doc = project.add_document(Document(name="nested", text=text, language="fa"))
    outlet = _span(project, doc, "خبرگزاری پارس", "Source")
    reports = _span(project, doc, "گزارش داد", "Cue")
    outer = _span(project, doc, "وزیر گفت «قیمت‌ها ۲۰ درصد بالا رفت", "Content")
    minister = _span(project, doc, "وزیر", "Source")
    said = _span(project, doc, "گفت", "Cue")
    inner = _span(
        project, doc, "قیمت‌ها ۲۰ درصد بالا رفت", "Content", attributes={"quote_type": "direct"}
    )
    project.new_relation(
        "attribution", {"source": [outlet.id], "cue": [reports.id], "content": [outer.id]}
    )
    project.new_relation(
        "attribution", {"source": [minister.id], "cue": [said.id], "content": [inner.id]}
    )
    assert project.attribution_chain(inner.id) == [minister.id, outlet.id]


def test_contested_fact_with_evidence_in_another_document(project, fa_doc):
    other = project.add_document(
        Document(name="fa-2", text="گفت‌وگوها میان ایروان و باکو ادامه دارد.", language="fa")
    )
    evidence = _span(project, other, "ایروان", "Evidence")
    fact = _span(
        project,
        fa_doc,
        "ایران",
        "Contested_fact",
        attributes={
            "error_type": "entity_swap",
            "correction": "ایروان",
            "status": "confirmed",
            "evidence_span": evidence.id,
        },
    )
    rel = project.new_relation("corrects", {"fact": [fact.id], "evidence": [evidence.id]})
    assert project.relation(rel.id).roles == {"fact": (fact.id,), "evidence": (evidence.id,)}
    assert project.relations(other.id)[0].id == rel.id
    with pytest.raises(ValidationError, match="does not exist"):
        project.update_span(fact.id, attributes={"evidence_span": "missing"})
    with pytest.raises(ValidationError, match="evidence for 1 other span"):
        project.delete_span(evidence.id)


def test_attribution_cannot_cross_documents(project, fa_doc, ar_doc):
    cue = _span(project, fa_doc, "گفت", "Cue")
    content = _span(project, ar_doc, "المحادثات", "Content")
    with pytest.raises(ValidationError, match="different documents"):
        project.new_relation("attribution", {"cue": [cue.id], "content": [content.id]})


def test_delete_span_takes_its_relations_and_undo_restores_them(project, fa_doc):
    source = _span(project, fa_doc, "وزیر", "Source")
    content = _span(project, fa_doc, "مذاکرات میان ایران و باکو ادامه می‌یابد", "Content")
    rel = project.new_relation("attribution", {"source": [source.id], "content": [content.id]})
    span, removed = project.delete_span(source.id)
    assert [r.id for r in removed] == [rel.id] and project.relations() == []
    project.add_annotations([span], removed)
    assert project.relation(rel.id).roles == rel.roles
    assert project.span(source.id) == span


def test_update_span_offsets_requotes_from_the_stored_text(project, fa_doc):
    span = _span(project, fa_doc, "وزیر", "Source")
    grown = project.update_span(span.id, end=span.end + 6)
    assert grown.text == "وزیر خارجه"
    assert project.check() == []


def test_schema_rename_carries_spans_and_deleting_a_used_label_is_refused(project, fa_doc):
    for q in ("وزیر", "ایران"):
        _span(project, fa_doc, q, "Source")
    raw = project.schema.to_json()
    for lab in raw["labels"]:
        if lab["name"] == "Source":
            lab["name"], lab["renamed_from"] = "Speaker", "Source"
    for rel in raw["relations"]:
        for role in rel["roles"]:
            role["labels"] = ["Speaker" if x == "Source" else x for x in role["labels"]]
    moved = project.set_schema(parse_schema(raw))
    assert moved == {"Source -> Speaker": 2}
    assert {s.label for s in project.spans()} == {"Speaker"}
    assert project.schema.label("Speaker").renamed_from == ""
    with pytest.raises(SchemaError, match="Speaker is used by 2 span"):
        project.set_schema(load_preset("minimal"))
    assert project.schema.label("Speaker") is not None


def test_reopening_keeps_everything(tmp_path):
    path = tmp_path / "p.annotator"
    with Project.create(path) as proj:
        doc = proj.add_document(Document(name="a", text=PERSIAN, language="fa"))
        proj.new_span(doc.id, 0, 2, "Cue")
    with Project.open(path) as proj:
        assert proj.span_count() == 1 and proj.check() == []


def test_document_name_reads_the_name_alone(project, fa_doc):
    assert project.document_name(fa_doc.id) == fa_doc.name == project.document(fa_doc.id).name
    with pytest.raises(ProjectError, match="no document with id nope"):
        project.document_name("nope")


def test_duplicate_text_is_refused(project, fa_doc):
    with pytest.raises(ValidationError, match="same text as document 'fa-1'"):
        project.add_document(Document(name="copy", text=PERSIAN))


def test_not_sqlite_and_missing_files_get_clear_messages(tmp_path):
    junk = tmp_path / "junk.annotator"
    junk.write_bytes(b"hello, not a database")
    with pytest.raises(ProjectError, match=r"junk\.annotator: not an annotator project"):
        Project.open(junk)
    assert junk.read_bytes() == b"hello, not a database"
    with pytest.raises(ProjectError, match="no such project file"):
        Project.open(tmp_path / "missing.annotator")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ProjectError, match="not an annotator project"):
        Project.open(other)


def test_newer_file_is_refused_untouched(tmp_path):
    path = tmp_path / "new.annotator"
    Project.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _migrations VALUES ('999_from_the_future', '2030')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(path)
    assert path.read_bytes() == before


def test_older_file_is_backed_up_then_migrated(tmp_path, monkeypatch):
    path = tmp_path / "old.annotator"
    Project.create(path).close()

    def _m002(conn):
        conn.execute("CREATE TABLE extra (x)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, ("002_extra", _m002)])
    monkeypatch.setattr("annotator.store.project.MIGRATIONS", migrations.MIGRATIONS)
    with Project.open(path) as proj:
        assert proj.applied_migrations()[-1] == "002_extra"
        backup = proj.backup_path
    assert backup.exists() and "before-002_extra" in backup.name
    with sqlite3.connect(backup) as old:
        names = [r[0] for r in old.execute("SELECT name FROM _migrations")]
    assert "002_extra" not in names


def test_check_reports_a_span_that_does_not_match(project, fa_doc):
    span = _span(project, fa_doc, "وزیر", "Source")
    project.conn.execute(
        'UPDATE spans SET start = start + 1, "end" = "end" + 1 WHERE id = ?', (span.id,)
    )
    (problem,) = project.check()
    assert "quotes 'وزیر'" in problem


def test_read_only_project_refuses_writes(tmp_path):
    path = tmp_path / "ro.annotator"
    Project.create(path).close()
    with Project.open(path, readonly=True) as proj, pytest.raises(ProjectError, match="read-only"):
        proj.add_document(Document(name="x", text="y"))
