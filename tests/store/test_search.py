"""Corpus search: spelling-tolerant hits as stored-text offsets, filters, modes, CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.errors import ValidationError
from annotator.core.model import Document
from annotator.store.project import Project
from annotator.store.search import SearchQuery, facets, search

# Written for these tests: the same story spelt four ways.
PERSIAN = "درگیری در قره‌باغ ادامه دارد و ۲۰ نفر زخمی شدند.\nوزیر گفت نشست در ایروان است."
ARABIC_LETTERS = "درگيري در قره باغ ادامه دارد و 20 نفر زخمي شدند. علي گفت كه نشست نزديك است."
GLUED = "خبر تازه از قرهباغ: ٢٠ نفر زخمی شدند و مُحَمَّدٌ گفت ایـــران آماده است."
WRAPPED = "نیروهای حافظ صلح در قره\nباغ مستقر شدند."


@pytest.fixture
def corpus(project):
    docs = [
        Document(
            name="fa",
            text=PERSIAN,
            language="fa",
            outlet="خبرگزاری الف",
            published="2023-09-21T08:00:00Z",
        ),
        Document(
            name="ar-letters",
            text=ARABIC_LETTERS,
            language="fa",
            outlet="روزنامه ب",
            published="2023-10-02",
        ),
        Document(
            name="glued", text=GLUED, language="fa", outlet="خبرگزاری الف", published="2024-01-15"
        ),
        Document(name="wrapped", text=WRAPPED, language="fa"),
    ]
    for doc in docs:
        project.add_document(doc)
    return project


def _found(project, **kw):
    result = search(project, SearchQuery(**kw))
    for hit in result.hits:
        assert project.text(hit.doc_id)[hit.start : hit.end] == hit.text  # raw offsets
    return [(h.doc_name, h.text) for h in result.hits]


def test_compound_with_zwnj_space_nothing_and_line_break(corpus):
    assert _found(corpus, text="قره‌باغ") == [
        ("fa", "قره‌باغ"),
        ("ar-letters", "قره باغ"),
        ("glued", "قرهباغ"),
        ("wrapped", "قره\nباغ"),
    ]


def test_yeh_kaf_digits_diacritics_and_tatweel(corpus):
    assert _found(corpus, text="درگیری") == [("fa", "درگیری"), ("ar-letters", "درگيري")]
    assert _found(corpus, text="که نشست") == [("ar-letters", "كه نشست")]
    assert _found(corpus, text="20 نفر") == [
        ("fa", "۲۰ نفر"),
        ("ar-letters", "20 نفر"),
        ("glued", "٢٠ نفر"),
    ]
    assert _found(corpus, text="محمد") == [("glued", "مُحَمَّدٌ")]
    assert _found(corpus, text="ایران") == [("glued", "ایـــران")]  # not ایروان


def test_exact_and_regex_modes(corpus):
    assert _found(corpus, text="قره باغ", mode="exact") == [("ar-letters", "قره باغ")]
    assert _found(corpus, text=r"[۰-۹0-9٠-٩]+ نفر", mode="regex") == [
        ("fa", "۲۰ نفر"),
        ("ar-letters", "20 نفر"),
        ("glued", "٢٠ نفر"),
    ]
    with pytest.raises(ValidationError, match="not a valid regular expression"):
        search(corpus, SearchQuery(text="(", mode="regex"))


def test_short_query_scans_without_the_index(corpus):
    assert _found(corpus, text="نفر") == [("fa", "نفر"), ("ar-letters", "نفر"), ("glued", "نفر")]
    assert [d for d, _ in _found(corpus, text="20")] == ["fa", "ar-letters", "glued"]


def test_document_filters(corpus):
    assert [d for d, _ in _found(corpus, text="قره باغ", outlet="خبرگزاری الف")] == ["fa", "glued"]
    assert [d for d, _ in _found(corpus, text="قره باغ", date_from="2023-10-01")] == [
        "ar-letters",
        "glued",
    ]
    assert [d for d, _ in _found(corpus, text="قره باغ", date_to="2023-12-31")] == [
        "fa",
        "ar-letters",
    ]
    assert _found(corpus, text="قره باغ", language="ar") == []


def test_label_restricts_hits_to_inside_its_spans(corpus):
    fa = corpus.document_by_name("fa")
    glued = corpus.document_by_name("glued")
    start = PERSIAN.index("درگیری در قره‌باغ")
    corpus.new_span(
        fa.id, start, start + len("درگیری در قره‌باغ"), "Claim", attributes={"verdict": "false"}
    )
    corpus.new_span(glued.id, 0, 3, "Source", annotator="someone")
    hits = search(corpus, SearchQuery(text="قره باغ", label="Claim")).hits
    assert [(h.doc_name, h.text, h.label) for h in hits] == [("fa", "قره‌باغ", "Claim")]
    # With no text, the spans themselves are the hits.
    assert _found(corpus, label="Claim") == [("fa", "درگیری در قره‌باغ")]
    assert _found(corpus, attribute=("verdict", "false")) == [("fa", "درگیری در قره‌باغ")]
    assert _found(corpus, attribute=("verdict", "true")) == []
    assert _found(corpus, annotator="someone") == [("glued", "خبر")]


def test_context_stays_in_the_paragraph(corpus):
    (hit,) = search(corpus, SearchQuery(text="ایروان", context=10)).hits
    assert hit.before == "نشست در "  # ten characters, less the broken word
    assert hit.after == " است."
    (hit,) = search(corpus, SearchQuery(text="وزیر", context=40)).hits
    assert hit.before == ""  # the line break before it ends the context


def test_limit_truncates(corpus):
    result = search(corpus, SearchQuery(text="شد", limit=2))
    assert len(result.hits) == 2 and result.truncated


@pytest.mark.parametrize("text", ["قره‌باغ", "شد", "ن"])  # through the index, and scanning
def test_pages_are_the_unlimited_search_cut_in_order(corpus, text):
    everything = search(corpus, SearchQuery(text=text)).hits
    assert len(everything) >= 3
    for offset in range(len(everything) + 1):
        for limit in range(1, len(everything) + 2):
            page = search(corpus, SearchQuery(text=text, offset=offset, limit=limit))
            assert page.hits == everything[offset : offset + limit]
            assert page.truncated == (offset + limit < len(everything))


def test_hits_follow_import_order_across_many_documents(project):
    docs = [Document(name=str(n), text=f"خبر {n}: درگیری در قره باغ") for n in range(30)]
    for start in (0, 10, 20):  # three transactions
        project.add_documents((doc, None, "", []) for doc in docs[start : start + 10])
    hits = search(project, SearchQuery(text="قره‌باغ")).hits
    assert [h.doc_name for h in hits] == [str(n) for n in range(30)]


def test_empty_query_without_filters_is_refused(corpus):
    with pytest.raises(ValidationError, match="type something"):
        search(corpus, SearchQuery(text="  "))


def test_index_follows_documents_and_upgrades(tmp_path):
    path = tmp_path / "p.annotator"
    with Project.create(path) as project:
        project.add_document(Document(name="a", text=WRAPPED))
        # An older project: documents without index rows get them on upgrade.
        project.conn.execute("DELETE FROM search_folded")
        project.conn.execute("DELETE FROM _migrations WHERE name = '002_search_index'")
        for table in (
            "search_fts",
            "search_folded",
            "document_sketch_keys",
            "document_sketches",
            "document_unnormalized",
            "common_shingles",
        ):
            project.conn.execute(f"DROP TABLE {table}")
    with Project.open(path) as project:
        assert _found(project, text="قره‌باغ") == [("a", "قره\nباغ")]
        doc_id = project.document_by_name("a").id
        project.conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        assert project.conn.execute("SELECT count(*) FROM search_folded").fetchone() == (0,)
        assert _found(project, text="قره‌باغ") == []


def test_facets(corpus):
    f = facets(corpus)
    assert f.outlets == ("خبرگزاری الف", "روزنامه ب")
    assert f.languages == ("fa",)
    assert (f.first_date, f.last_date) == ("2023-09-21", "2024-01-15")


def test_command_line_search_json_and_terminal(corpus):
    corpus.close()
    runner = CliRunner()
    result = runner.invoke(main, ["search", str(corpus.path), "قره‌باغ", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [h["text"] for h in data["hits"]] == ["قره‌باغ", "قره باغ", "قرهباغ", "قره\nباغ"]
    assert data["hits"][0]["start"] == PERSIAN.index("قره‌باغ")
    result = runner.invoke(main, ["search", str(corpus.path), "ایروان", "--outlet", "خبرگزاری الف"])
    assert result.exit_code == 0
    line = result.stdout.strip()
    name, offsets, shown = line.split("\t")
    assert (name, offsets) == ("fa", f"{PERSIAN.index('ایروان')}-{PERSIAN.index('ایروان') + 6}")
    assert "\u200c" not in shown and "ایروان" not in shown  # shaped and reordered for a terminal
    assert "1 hit(s) in 1 document(s)" in result.stderr
    result = runner.invoke(main, ["search", str(corpus.path), "(", "--regex"])
    assert result.exit_code == 1 and "not a valid regular expression" in result.output


def test_command_line_pages_with_limit_and_offset(corpus):
    corpus.close()
    runner = CliRunner()
    args = ["search", str(corpus.path), "قره‌باغ", "--limit", "2", "--offset", "1"]
    result = runner.invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [h["text"] for h in data["hits"]] == ["قره باغ", "قرهباغ"] and data["truncated"]
    result = runner.invoke(main, args)
    assert "2 hit(s) in 2 document(s) (more follow: --offset 3)" in result.stderr
