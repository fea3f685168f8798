"""A batch of files: duplicates, near-duplicates, one transaction per file, cancelling,
Persian respelling on request, and the command line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.schema import load_preset, parse_schema
from annotator.io import importer
from annotator.io.readers.base import ImportOptions
from annotator.store import corpus_index, import_batch
from annotator.store.project import Project
from annotator.store.search import SearchQuery, search

STORY = (
    "سخنگوی وزارت امور خارجه روز دوشنبه در نشست خبری هفتگی خود گفت که گفت‌وگوهای دو کشور "
    "درباره گذرگاه مرزی همچنان ادامه دارد و نتیجه آن در هفته آینده اعلام می‌شود. او افزود که "
    "هیئت‌های کارشناسی دو طرف در پایتخت دیدار خواهند کرد و گزارش کاملی از نتیجه گفت‌وگوها "
    "به نشست بعدی وزیران خواهند داد. به گفته یک کارشناس اقتصادی، بررسی جزئیات این پیشنهاد "
    "در کمیسیون مشترک دو کشور زمان زیادی می‌گیرد و بازار منطقه در انتظار خواهد ماند."
)


def _files(tmp_path, texts: dict[str, str]):
    paths = []
    for name, text in texts.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_reimporting_the_same_article_does_not_duplicate_it(project, tmp_path):
    (path,) = _files(tmp_path, {"story.txt": STORY})
    importer.import_paths(project, [path])
    copy = tmp_path / "copy.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + STORY.replace("\n", "\r\n").encode() + b"\r\n")
    report = importer.import_paths(project, [copy])
    assert report.added == []
    assert report.duplicates == [f"{copy} (copy): same text as 'story'"]
    assert len(project.documents()) == 1


def test_near_duplicates_are_reported_with_their_similarity(project, tmp_path):
    edited = STORY.replace("روز دوشنبه", "روز سه‌شنبه").replace("زمان زیادی", "وقت زیادی")
    other = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في يريفان الأسبوع المقبل. " * 3
    paths = _files(tmp_path, {"a.txt": STORY, "b.txt": edited, "c.txt": other})
    report = importer.import_paths(project, paths)
    assert len(project.documents()) == 3  # reported, not refused
    (near,) = report.near_duplicates
    assert near.startswith(f"{paths[1]} (b): near-duplicate of 'a' (")
    similarity = int(near.rsplit("(", 1)[1].split("%")[0])
    assert 60 <= similarity < 100


def test_near_duplicate_lookup_ignores_spelling_variants(project):
    from annotator.core.model import Document

    project.add_document(Document(name="fa", text=STORY))
    arabic_letters = STORY.replace("ی", "ي").replace("ک", "ك")
    (found,) = corpus_index.near_duplicates_of(project.conn, arabic_letters)
    assert found.name == "fa" and found.similarity == 1.0


def _strict_schema():
    raw = load_preset("minimal").to_json()
    for label in raw["labels"]:
        if label["name"] == "Claim":
            label["attributes"][0]["required"] = True
    return parse_schema(raw, source="test")


def test_each_file_goes_in_whole_or_not_at_all(tmp_path):
    records = [
        {"text": "متن نخست بدون برچسب.", "label": []},
        {"text": "متن دوم با ادعای بی‌حکم.", "label": [[0, 3, "Claim"]]},
    ]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    (good,) = _files(tmp_path, {"good.txt": STORY})
    with Project.create(tmp_path / "p.annotator", _strict_schema()) as project:
        report = importer.import_paths(project, [bad, good])
        assert report.errors == [f"{bad}: Claim.verdict is required"]
        assert [d.name for d in project.documents()] == ["good"]
        assert project.conn.execute("SELECT count(*) FROM search_folded").fetchone() == (1,)


def test_progress_reports_each_file_and_can_cancel(project, tmp_path):
    paths = _files(tmp_path, {f"{n}.txt": f"خبر شماره {n} درباره نشست." for n in range(4)})
    seen = []

    def progress(done, total, name):
        seen.append((done, total))
        return done < 2

    report = importer.import_paths(project, paths, progress)
    assert seen == [(0, 4), (1, 4), (2, 4)]
    assert report.cancelled
    assert [d.name for d in project.documents()] == ["0", "1"]


def test_normalize_persian_keeps_the_text_before_it(project, tmp_path):
    text = "وزير خارجه گفت كه قيمت ها بالا مي رود و دستگاههای تازه مي آيند."
    (path,) = _files(tmp_path, {"arabic-letters.txt": text})
    importer.import_paths(project, [path], options=ImportOptions(normalize_persian=True))
    (summary,) = project.documents()
    doc = project.document(summary.id)
    assert "ي" not in doc.text and "ك" not in doc.text
    assert "قیمت‌ها" in doc.text and "می‌رود" in doc.text
    assert corpus_index.unnormalized_text(project.conn, doc.id) == text
    assert project.document_source(doc.id)["original"] == text.encode()
    steps = [s["step"] for s in project.document_source(doc.id)["cleaning"]]
    assert "persian_spelling" in steps


def test_normalization_is_off_by_default(project, tmp_path):
    text = "وزير خارجه گفت كه قيمت ها بالا مي رود."
    (path,) = _files(tmp_path, {"a.txt": text})
    importer.import_paths(project, [path])
    (summary,) = project.documents()
    assert project.document(summary.id).text == text
    assert corpus_index.unnormalized_text(project.conn, summary.id) is None


def test_command_line_import_with_columns_labels_and_json(tmp_path):
    runner = CliRunner()
    proj = tmp_path / "p.annotator"
    assert runner.invoke(main, ["init", str(proj)]).exit_code == 0
    csv = tmp_path / "rows.csv"
    csv.write_text("a,b\nمتن کوتاه,سخنگو گفت که نشست برگزار می‌شود.\n", encoding="utf-8")
    doccano = tmp_path / "d.jsonl"
    doccano.write_text(json.dumps({"text": "وزیر گفت.", "label": [[0, 4, "PER"]]}), "utf-8")
    result = runner.invoke(
        main,
        [
            "import",
            str(proj),
            str(csv),
            str(doccano),
            "--text-column",
            "a",
            "--map-label",
            "PER=Source",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["errors"] == []
    assert len(report["added"]) == 2
    with Project.open(proj, readonly=True) as project:
        assert sorted(d.name for d in project.documents()) == ["d-1", "rows-2"]
        assert [s.label for s in project.spans()] == ["Source"]


def test_command_line_import_exits_1_and_names_the_bad_file(tmp_path):
    runner = CliRunner()
    proj = tmp_path / "p.annotator"
    runner.invoke(main, ["init", str(proj)])
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(main, ["import", str(proj), str(empty)])
    assert result.exit_code == 1
    assert f"! {empty}: empty file" in result.stdout


def test_command_line_map_label_needs_both_sides(tmp_path):
    runner = CliRunner()
    proj = tmp_path / "p.annotator"
    runner.invoke(main, ["init", str(proj)])
    result = runner.invoke(main, ["import", str(proj), str(proj), "--map-label", "PER"])
    assert result.exit_code == 2
    assert "'PER' is not NAME=VALUE" in result.output


def test_files_are_stored_in_order_whichever_thread_prepared_them(project, tmp_path, monkeypatch):
    # A batch per file: the worker prepares files during every commit, this thread the rest.
    monkeypatch.setattr(import_batch, "BATCH_SECONDS", 0)
    texts = {f"{n:02d}.txt": f"خبر شماره {n} درباره نشست در قره باغ." for n in range(40)}
    report = importer.import_paths(project, _files(tmp_path, texts))
    names = [d.name for d in project.documents()]
    assert names == [f"{n:02d}" for n in range(40)] == report.added
    hits = search(project, SearchQuery(text="قره‌باغ", limit=100)).hits
    assert [h.doc_name for h in hits] == names  # every document searchable, in import order


def test_a_failure_while_preparing_reaches_the_caller(project, tmp_path, monkeypatch):
    class Stop(BaseException):  # not an Exception: no reader error, the import must end
        pass

    prepare = importer._read_and_prepare

    def failing(source, options):
        if source.name.endswith("05.txt"):
            raise Stop
        return prepare(source, options)

    monkeypatch.setattr(import_batch, "BATCH_SECONDS", 0)
    monkeypatch.setattr(importer, "_read_and_prepare", failing)
    texts = {f"{n:02d}.txt": f"خبر شماره {n} درباره نشست." for n in range(10)}
    with pytest.raises(Stop):
        importer.import_paths(project, _files(tmp_path, texts))
    assert [d.name for d in project.documents()] == [f"{n:02d}" for n in range(5)]


def test_a_text_without_words_is_imported(project, tmp_path):
    (path,) = _files(tmp_path, {"marks.txt": "«...» — !!"})
    report = importer.import_paths(project, [path])
    assert report.added == ["marks"] and report.errors == []


def test_near_duplicates_in_one_batch_are_those_found_file_by_file(tmp_path, monkeypatch):
    # In one batch the documents are compared at its end: each only with those before it.
    versions = {
        "a.txt": STORY,
        "b.txt": STORY.replace("روز دوشنبه", "روز سه‌شنبه"),
        "c.txt": STORY.replace("زمان زیادی", "وقت زیادی"),
        "d.txt": "قال المتحدث باسم الوزارة إن الاجتماع سيعقد في يريفان الأسبوع المقبل. " * 3,
    }
    paths = _files(tmp_path, versions)
    reports = []
    for seconds in (60, 0):  # all in one batch, then a batch per file
        monkeypatch.setattr(import_batch, "BATCH_SECONDS", seconds)
        with Project.create(tmp_path / f"{seconds}.annotator") as project:
            reports.append(importer.import_paths(project, paths).near_duplicates)
    one_batch, file_by_file = reports
    assert one_batch == file_by_file
    assert [note.split(" (")[0] for note in one_batch] == [str(paths[1])] + [str(paths[2])] * 2


def test_a_file_that_fails_to_store_is_named_and_the_rest_import(tmp_path, project, monkeypatch):
    from annotator.io import importer

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("وزیر گفت که نشست فردا برگزار می‌شود.", encoding="utf-8")
    (folder / "b.txt").write_text("قال الوزير إن الاجتماع سيعقد غدا.", encoding="utf-8")
    real_store = importer._store

    def failing_store(project_, source, prepared, part, label_map):
        if source.name.endswith("a.txt"):
            real_store(project_, source, prepared, part, label_map)
            raise RuntimeError("simulated fault after writing")
        return real_store(project_, source, prepared, part, label_map)

    monkeypatch.setattr(importer, "_store", failing_store)
    report = importer.import_paths(project, [folder])
    assert len(report.errors) == 1 and "a.txt" in report.errors[0]
    assert [d.name for d in project.documents()] == ["b"]
    assert project.check() == []
