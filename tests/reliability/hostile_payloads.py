"""Files built to hurt an importer: broken encodings, bombs, escaping paths, deep nesting.

``CRAFTED`` lists (name, suffix, make, refused): ``make()`` returns the file's bytes;
``refused`` says the import must refuse it (otherwise importing it is allowed, if clean).
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable

SENTENCE = "خبرگزاری محلی گزارش داد که جلسه‌ی شورای شهر به هفته‌ی بعد موکول شد."
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def zip_of(entries: dict[str, bytes], level: int = 6) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def docx_package(document_xml: str) -> bytes:
    """The smallest package Word (and python-docx) recognises, around ``document_xml``."""
    content_types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    return zip_of(
        {
            "[Content_Types].xml": content_types.encode(),
            "_rels/.rels": rels.encode(),
            "word/document.xml": document_xml.encode(),
        }
    )


def billion_laughs_docx() -> bytes:
    entities = '<!ENTITY l0 "ها">' + "".join(
        f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)
    )
    body = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    return docx_package(body)


def plain_docx() -> bytes:
    return docx_package(
        f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{SENTENCE}'
        "</w:t></w:r></w:p></w:body></w:document>"
    )


def escaping_zip() -> bytes:
    entries = ("../../escaped.txt", "/tmp/absolute.txt", "C:/windows.txt", "a/../../up.txt")
    return zip_of({name: SENTENCE.encode() for name in entries})


def large_entry_zip() -> bytes:
    # 60 MB of zeros packs into ~60 KB: more than any one file may be.
    return zip_of({"zeros.txt": bytes(60 * 2**20)}, level=9)


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def deep_record(depth: int = 100_000) -> bytes:
    return b'{"text": "' + SENTENCE.encode() + b'", "label": ' + deep_json(depth) + b"}"


def duplicate_span_ids() -> bytes:
    span = {"id": "same-id", "start": 0, "end": 4, "label": "Cue", "text": SENTENCE[:4]}
    lines = [
        {"format": "annotator-jsonl", "version": 1},
        {"id": "doc-dup", "name": "dup", "text": SENTENCE, "spans": [span, span], "relations": []},
    ]
    return "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()


def span_far_outside() -> bytes:
    span = {"id": "far", "start": 10**30, "end": 10**30 + 1, "label": "Cue", "text": "x"}
    lines = [
        {"format": "annotator-jsonl", "version": 1},
        {"name": "far", "text": SENTENCE + " ۲", "spans": [span], "relations": []},
    ]
    return "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()


def newer_native() -> bytes:
    """A header from a future version; ``.replace(b"99", b"1")`` makes it current."""
    return json.dumps({"format": "annotator-jsonl", "version": 99}).encode() + b"\n"


def unterminated_csv() -> bytes:
    return f'text,title\n"{SENTENCE} and the quote never closes,t\n'.encode()


def nul_csv() -> bytes:
    return f"text,title\n{SENTENCE}\x00\x00,t\n".encode()


def huge_field_csv() -> bytes:
    return ("text,title\n" + "ب" * 400_000 + ",t\n").encode()


def deep_html(depth: int = 50_000) -> bytes:
    return (
        b"<html><body>"
        + b"<div>" * depth
        + SENTENCE.encode()
        + b"</div>" * depth
        + b"</body></html>"
    )


def entity_html() -> bytes:
    entities = '<!ENTITY a "هههههههههه">' + "".join(
        f'<!ENTITY {chr(98 + n)} "{f"&{chr(97 + n)};" * 10}">' for n in range(8)
    )
    return f"<!DOCTYPE html [{entities}]><html><body><p>&i;</p></body></html>".encode()


def broken_pdf() -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + bytes(range(256)) * 8


def looping_pdf() -> bytes:
    # Page tree nodes that are each other's kids.
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Pages/Kids[2 0 R]/Count 1>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def invalid_utf8() -> bytes:
    return SENTENCE.encode()[:9] + b"\xff\xfe\xc3\x28" + SENTENCE.encode()[9:]


Maker = Callable[[], bytes]
TEXT_SUFFIXES = (".txt", ".md", ".csv", ".tsv", ".json", ".jsonl", ".html")

CRAFTED: list[tuple[str, str, Maker, bool]] = [
    *[(f"invalid-utf8{s}", s, invalid_utf8, s not in (".html", ".htm")) for s in TEXT_SUFFIXES],
    # The HTML reader takes NUL bytes for text (4,096 U+FFFD): reported, tolerated here.
    *[(f"only-nul{s}", s, lambda: bytes(4096), s != ".html") for s in TEXT_SUFFIXES],
    *[(f"only-bom{s}", s, lambda: b"\xef\xbb\xbf", True) for s in TEXT_SUFFIXES],
    ("deep-array", ".json", deep_json, True),
    ("deep-array", ".jsonl", deep_json, True),
    ("deep-record", ".jsonl", deep_record, True),
    ("deep-record", ".json", lambda: b"[" + deep_record() + b"]", True),
    ("deep-native", ".jsonl", lambda: newer_native().replace(b"99", b"1") + deep_record(), True),
    ("duplicate-span-ids", ".jsonl", duplicate_span_ids, True),
    ("span-far-outside", ".jsonl", span_far_outside, True),
    ("newer-native", ".jsonl", newer_native, True),
    ("huge-line", ".txt", lambda: ("ا" * 2_000_000).encode(), False),
    ("unterminated-quote", ".csv", unterminated_csv, False),
    ("nul-in-field", ".csv", nul_csv, False),
    ("huge-field", ".csv", huge_field_csv, False),
    ("billion-laughs", ".docx", billion_laughs_docx, True),
    ("docx-renamed-txt", ".docx", lambda: SENTENCE.encode(), True),
    ("docx-no-parts", ".docx", lambda: zip_of({"word/other.xml": b"<x/>"}), True),
    ("docx-not-xml", ".docx", lambda: docx_package("این xml نیست <<<"), True),
    ("plain", ".docx", plain_docx, False),
    ("deep-nesting", ".html", deep_html, False),
    ("entity-bomb", ".html", entity_html, False),
    ("broken", ".pdf", broken_pdf, True),
    ("looping-page-tree", ".pdf", looping_pdf, True),
    ("escaping-paths", ".zip", escaping_zip, True),
    ("large-entry", ".zip", large_entry_zip, True),
    ("truncated", ".zip", lambda: escaping_zip()[:40], True),
    # zipfile cuts a name at its first NUL: this entry's name reads back empty.
    ("nul-entry-name", ".zip", lambda: zip_of({"\x00.txt": SENTENCE.encode()}), True),
    ("nul-bytes", ".html", lambda: b"\x00" * 4096, True),
    # Found by the fuzzer: a central directory pointing before the file's start (zipfile's
    # "negative seek value"), and an entry whose deflate stream is broken.
    (
        "bad-offset",
        ".zip",
        lambda: (
            b"PK\x01\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00PK\x01\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01.htm\x00PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00g\x00\x00\x00\x00\x00\x00\x01\x00\x00"
        ),
        True,
    ),
    (
        "bad-deflate",
        ".zip",
        lambda: (
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00\xc38k\xd7]\x00\x00\x00{\x00\x00\x00\x05\x00\x00\x00a.txt\x00\xcc\xc1\t\x840\x10\x85\xe1V\xa6\x02k\\!\x92\x1c\xec\xc3(\xae!\xea\xc5N\xfe\xa77+q`Yo?\xc3\xf7\x86\x85L=\x0b+\x03\xf5\xeaM\x1d_\x05\x8f\xff\x8d\xdd(\x1e\xc5\xceQ\xd1\x98\x15\xd8\x14\xefO\xef\x88]\xc9\xc9\xf0\xcbH5\xb2#E\xb5L/\xca\x1c>W\xa7\xe4/\x92\x82[J\xf3\x00PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00!\x00_@\xf7xh\x00\x00\x00\x85\x00\x00\x00\x06\x00\x00\x00b.html=\xcc\xc1\t\x840\x14\x84\xe1V^\x05n\x03bM\x96\xb0B$9\xd8\x87\xd9E\rQ/v2\xa37+q@\xf4\xf63|\xef\x95u\x85\t\x11yO\x98\xd1#\x1f\x9d\xb1\xc5H\xa7x6\xac\x86\xa4H\xb6\xff\xe8\r\x03\x1d\x16\xfa\xf3\xdb\tae\x10\xe9\xef\xf4\xc8\x86(D\xcf\x06\xff\x17El:g\xcb\xa0\x17\x81N\x16\xa9\xd0^~\xea\xea\x02PK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\x00\x00!\x00\xc38k\xd7]\x00\x00\x00{\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00a.txtPK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00\x00\x00!\x00_@\xf7xh\x00\x00\x00\x85\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x80\x00\x00\x00b.htmlPK\x05\x06\x00\x00\x00\x00\x02\x00\x02\x00g\x00\x00\x00\x0c\x01\x00\x00\x00\x00"
        ),
        False,
    ),
    ("undecodable", ".html", lambda: b"<p>" + bytes(range(128, 256)) * 64 + b"</p>", True),
]

# One well-formed file per format, for the fuzzer to damage a little at a time.
LABEL_STUDIO = [
    {
        "data": {"text": SENTENCE},
        "annotations": [
            {
                "completed_by": 1,
                "result": [
                    {
                        "from_name": "label",
                        "to_name": "text",
                        "type": "labels",
                        "value": {"start": 0, "end": 9, "labels": ["Claim"]},
                    }
                ],
            }
        ],
    }
]
VALID: dict[str, bytes] = {
    ".txt": SENTENCE.encode(),
    ".md": f"# تیتر\n\n{SENTENCE}".encode(),
    ".csv": f"title,text\nتیتر,{SENTENCE}\n".encode(),
    ".tsv": f"title\ttext\nتیتر\t{SENTENCE}\n".encode(),
    ".json": json.dumps(LABEL_STUDIO, ensure_ascii=False).encode(),
    ".jsonl": json.dumps({"text": SENTENCE, "label": [[0, 9, "Claim"]]}).encode(),
    ".html": f"<html><body><article><p>{SENTENCE}</p></article></body></html>".encode(),
    ".docx": plain_docx(),
    ".zip": zip_of({"a.txt": SENTENCE.encode(), "b.html": f"<p>{SENTENCE} ب</p>".encode()}),
}
