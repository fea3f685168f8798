"""Zip archives: entries import as files of their own; escaping paths and bombs are refused."""

from __future__ import annotations

from annotator.io import importer
from annotator.io.readers import archive
from tests.io.import_builders import cp1256_bytes, docx_bytes, zip_bytes


def _write(tmp_path, data: bytes, name="batch.zip"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_entries_import_and_an_escaping_entry_is_refused_by_name(project, tmp_path):
    path = _write(
        tmp_path,
        zip_bytes(
            {
                "news/one.txt": "خبر نخست درباره نشست ایروان.",
                "news/two.docx": docx_bytes(["خبر دوم در قالب ورد."]),
                "../../etc/evil.txt": "نباید وارد شود",
                "/abs/evil2.txt": "نباید وارد شود",
                "news/cp.txt": cp1256_bytes(),
                "news/image.png": b"\x89PNG",
                "__MACOSX/news/._one.txt": b"\x00\x05",
            }
        ),
    )
    report = importer.import_paths(project, [path])
    assert sorted(report.errors) == [
        f"{path}:../../etc/evil.txt: the entry's path leaves the archive; refused",
        f"{path}:/abs/evil2.txt: the entry's path leaves the archive; refused",
    ]
    names = sorted(d.name for d in project.documents())
    assert names == ["cp", "one", "two"]
    doc = project.document_by_name("one")
    assert doc.source_path == f"{path}:news/one.txt"


def test_zip_bomb_stops_at_the_bound(project, tmp_path, monkeypatch):
    monkeypatch.setattr(archive, "MAX_UNPACKED", 2**20)
    path = _write(
        tmp_path,
        zip_bytes({"a.txt": "متن کوچک.", "b.txt": b" " * 5_000_000, "c.txt": "متن دیگر."}),
    )
    report = importer.import_paths(project, [path])
    assert report.errors == [
        f"{path}:b.txt: the archive unpacks to more than 1 MB (a zip bomb?); "
        "the rest of it was not read"
    ]
    assert [d.name for d in project.documents()] == ["a"]


def test_nested_archive_and_a_broken_one(project, tmp_path):
    inner = zip_bytes({"inner.txt": "متن درون بایگانی تو در تو."})
    path = _write(tmp_path, zip_bytes({"inner.zip": inner, "broken.zip": b"PK\x03\x04junk"}))
    report = importer.import_paths(project, [path])
    assert report.errors == [f"{path}:broken.zip: not a zip archive, or a damaged one"]
    assert [d.name for d in project.documents()] == ["inner"]
