"""Hostile input: whatever bytes a file holds, an import names the file in a clear error or
imports it; nothing else escapes, and a refused file leaves the project exactly as it was.

Every reader registered in ``READERS`` (and the zip archive reader, and the native JSONL
importer) is fuzzed, so a reader added later is fuzzed without anyone writing a test for it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.io import native
from annotator.io.importer import ARCHIVES, READERS, import_paths
from annotator.store.project import Project
from tests.reliability.hostile_payloads import CRAFTED, VALID, docx_package, zip_of
from tests.reliability.newsroom import add_news

SUFFIXES = sorted({*READERS, *ARCHIVES})
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def target(tmp_path_factory, news):
    """One project for a module's worth of imports: each import is judged by what it changed."""
    folder = tmp_path_factory.mktemp("hostile")
    with Project.create(folder / "target.annotator") as project:
        add_news(project)
        yield project, folder
        assert project.check() == []


def import_untrusted(project: Project, path: Path, snapshot) -> None:
    """Imports ``path``; asserts the outcome is a clean import or a clean refusal."""
    before = snapshot(project)
    try:
        report = import_paths(project, [path])
    except AnnotatorError as exc:  # refusing the whole call is also clean, if it names the file
        assert str(path) in str(exc), exc
        assert snapshot(project) == before
        return
    for error in report.errors:
        assert str(path) in error, f"an error that does not name the file: {error}"
    if not report.added:
        assert snapshot(project) == before, report.to_json()


@st.composite
def mutated(draw, sample: bytes) -> bytes:
    """A valid file with a few bytes changed, cut short or repeated: past the first checks."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    cut = draw(st.integers(1, len(data)))
    return bytes(data[:cut]) * draw(st.integers(1, 3))


def contents(suffix: str) -> st.SearchStrategy[bytes]:
    strategies = [
        st.binary(max_size=3000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    ]
    if suffix in VALID:
        strategies.append(mutated(VALID[suffix]))
    return st.one_of(strategies)


def fuzz_one(target, snapshot, figures, suffix: str, data) -> None:
    project, folder = target
    path = folder / f"fuzzed{suffix}"
    path.write_bytes(data.draw(contents(suffix)))
    import_untrusted(project, path, snapshot)
    figures["hostile"] += 1


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(data=st.data())
def test_random_file(target, take_snapshot, figures, suffix, data):
    fuzz_one(target, take_snapshot, figures, suffix, data)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(FUZZ, max_examples=400)
@given(data=st.data())
def test_random_file_soak(target, take_snapshot, figures, suffix, data):
    fuzz_one(target, take_snapshot, figures, suffix, data)


JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
JSON = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
# Keys the readers look for, so random records reach past the first check.
KEYS = st.sampled_from(
    [
        "text",
        "label",
        "labels",
        "entities",
        "spans",
        "relations",
        "data",
        "annotations",
        "result",
        "value",
        "start",
        "end",
        "start_offset",
        "end_offset",
        "id",
        "meta",
        "title",
        "format",
        "version",
        "schema",
        "roles",
        "type",
        "from_name",
        "completed_by",
    ]
)
RECORD = st.dictionaries(
    KEYS, JSON | st.lists(st.dictionaries(KEYS, JSON, max_size=5), max_size=3), max_size=6
)


@pytest.mark.parametrize("suffix", [s for s in SUFFIXES if s in (".json", ".jsonl")])
@FUZZ
@given(records=st.lists(RECORD, min_size=1, max_size=4))
def test_random_json_records(target, take_snapshot, figures, suffix, records):
    project, folder = target
    path = folder / f"records{suffix}"
    if suffix == ".json":
        path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    else:
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    import_untrusted(project, path, take_snapshot)
    figures["hostile"] += 1


@FUZZ
@given(records=st.lists(RECORD, max_size=4), header=st.booleans())
def test_native_jsonl_random_records(target, take_snapshot, figures, records, header):
    project, folder = target
    path = folder / "native.jsonl"
    lines = [{"format": native.FORMAT, "version": 1}] if header else []
    path.write_text("\n".join(json.dumps(r) for r in lines + records), encoding="utf-8")
    before = take_snapshot(project)
    try:
        native.import_file(project, path)
    except ImportError_ as exc:
        assert str(path) in str(exc)
        assert take_snapshot(project) == before
    figures["hostile"] += 1


@FUZZ
# A NUL in a name is the crafted case "nul-entry-name.zip" (a known crash), kept apart.
@given(
    names=st.lists(
        st.text(st.characters(exclude_characters="\x00"), min_size=1, max_size=40),
        min_size=1,
        max_size=5,
    )
)
def test_zip_entry_names(target, take_snapshot, figures, names):
    """Any entry name (escaping ones included) is imported inside the project or refused;
    nothing is ever written beside the archive."""
    project, folder = target
    path = folder / "names.zip"
    path.write_bytes(zip_of({f"{name}.txt": "متن کوتاهی برای آزمون.".encode() for name in names}))
    listing = sorted(folder.rglob("*"))
    import_untrusted(project, path, take_snapshot)
    assert sorted(folder.rglob("*")) == listing
    figures["hostile"] += 1


# Crashes found by this suite in readers owned elsewhere; strict, so a fix is noticed.
KNOWN_CRASHES: dict[str, str] = {}


def crafted_cases() -> list:
    cases = []
    for name, suffix, make, refused in CRAFTED:
        bug = KNOWN_CRASHES.get(f"{name}{suffix}")
        raises = IndexError if suffix == ".zip" else RecursionError
        marks = [pytest.mark.xfail(raises=raises, strict=True, reason=bug)] if bug else []
        cases.append(pytest.param(name, suffix, make, refused, id=f"{name}{suffix}", marks=marks))
    return cases


@pytest.mark.parametrize(("name", "suffix", "make", "refused"), crafted_cases())
def test_crafted_hostile_file(tmp_path, take_snapshot, figures, name, suffix, make, refused):
    path = tmp_path / f"{name}{suffix}"
    path.write_bytes(make())
    with Project.create(tmp_path / "crafted.annotator") as project:
        add_news(project)
        before = take_snapshot(project)
        report = import_paths(project, [path])
        for error in report.errors:
            assert str(path) in error
        if refused:
            assert report.errors and not report.added, report.to_json()
            assert take_snapshot(project) == before
        assert project.check() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, "crafted.annotator"])
    figures["hostile"] += 1


def test_docx_external_entity_is_never_read(target, take_snapshot, figures, tmp_path):
    """An entity pointing at a local file must not pull that file into the project."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FROM-DISK", encoding="utf-8")
    project, folder = target
    body = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = folder / "xxe.docx"
    path.write_bytes(docx_package(body))
    import_paths(project, [path])
    texts = [project.text(d) for d in project.document_ids()]
    assert not any("SECRET-FROM-DISK" in t for t in texts)
    figures["hostile"] += 1


def test_zip_inside_zip_inside_zip_is_refused_by_name(target, take_snapshot, figures):
    project, folder = target
    inner = zip_of({"deep.txt": "متنی در عمق سوم.".encode()})
    for level in range(4):
        inner = zip_of({f"level{level}.zip": inner})
    path = folder / "nested.zip"
    path.write_bytes(inner)
    import_untrusted(project, path, take_snapshot)
    assert all("deep.txt" not in d.name for d in project.documents())
    figures["hostile"] += 1
