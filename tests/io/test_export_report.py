"""HTML report: escaped, paragraph directions, nested marks that rebuild the text, tables."""

import html
from html.parser import HTMLParser

import pytest

from annotator.io import report
from annotator.io.formats import EXPORTERS, ExportFilter, ExportOptions
from tests.io.export_corpus import ARABIC_NEWS, PERSIAN_NEWS, corpus_project


class _Reader(HTMLParser):
    """Collects each paragraph's dir and text, and counts script elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.paragraphs, self.scripts = [], [], 0
        self.in_text = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
        if tag == "div" and attrs.get("class") == "text":
            self.in_text = True
        if self.in_text and tag == "p":
            self.paragraphs.append([attrs.get("dir"), ""])
        self.stack.append(tag)

    def handle_endtag(self, tag):
        self.stack.pop()
        if tag == "div" and self.in_text and "div" not in self.stack:
            self.in_text = False

    def handle_data(self, data):
        if self.in_text and self.paragraphs and "p" in self.stack:
            self.paragraphs[-1][1] += data


@pytest.fixture
def page(tmp_path):
    project, ids = corpus_project(tmp_path)
    out = tmp_path / "report.html"
    EXPORTERS["html"].write(project, out, ExportFilter(), ExportOptions())
    text = out.read_text(encoding="utf-8")
    yield project, ids, text
    project.close()


def test_nothing_from_a_document_becomes_markup(page):
    _, _, text = page
    assert "<script>" not in text and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in text
    reader = _Reader()
    reader.feed(text)
    assert reader.scripts == 0


def test_paragraphs_rebuild_the_text_with_their_own_direction(page):
    _, _, text = page
    reader = _Reader()
    reader.feed(text)
    lines = PERSIAN_NEWS.split("\n") + ARABIC_NEWS.split("\n")
    assert [p[1] for p in reader.paragraphs] == lines
    dirs = {p[1][:6]: p[0] for p in reader.paragraphs}
    assert dirs["SpaceX"] == "rtl"  # Persian, though its first strong letter is Latin
    assert dirs["Hello,"] == "ltr"
    assert dirs["=SUM(A"] == "rtl"


def test_overlapping_spans_nest_and_every_span_has_one_anchor(page):
    project, ids, text = page
    for key in ("loaded", "name_calling", "crossing", "biased", "claim", "content"):
        assert text.count(f'id="s-{ids[key]}"') == 1
    # دشمنان lies inside Loaded_Language and is itself Name_Calling: two marks, one inside.
    classes = report.label_classes(project.schema)
    outer, inner = classes["Loaded_Language"], classes["Name_Calling-Labeling"]
    assert f'<mark class="{outer}"' in text and f'<mark class="{inner} deep"' in text


def _mark_texts(text):
    """Text under each mark id, following nested marks (spans split into pieces share an id
    only on their first piece, so count whole spans by their first piece's text)."""

    class Texts(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.open, self.found = [], {}

        def handle_starttag(self, tag, attrs):
            if tag == "mark":
                self.open.append(dict(attrs).get("id"))

        def handle_endtag(self, tag):
            if tag == "mark":
                self.open.pop()

        def handle_data(self, data):
            for key in self.open:
                if key:
                    self.found[key] = self.found.get(key, "") + data

    reader = Texts()
    reader.feed(text)
    return reader.found


def test_each_first_mark_piece_is_a_prefix_of_its_span(page):
    project, _, text = page
    found = _mark_texts(text)
    assert len(found) == project.span_count()
    for key, piece in found.items():
        assert project.span(key.removeprefix("s-")).text.startswith(piece)


def test_tables_show_verdicts_and_corrections(page):
    _, ids, text = page
    plain = html.unescape(text)
    assert "نادرست · False" in plain
    assert '<span class="arrow">←</span><span class="fix">ایروان</span>' in plain
    assert f'href="#s-{ids["fact"]}" class="written">ایران</a>' in plain
    assert "سخنگوی وزارت خارجه" in plain.split("Claims and verdicts")[1]


def test_print_styles_and_font_stack(page):
    _, _, text = page
    assert "@media print" in text and "print-color-adjust: exact" in text
    assert '"Noto Sans Arabic", Vazirmatn, Tahoma' in text
    assert "@font-face" not in text  # not embedded unless asked


def test_embedded_font_is_a_subset(tmp_path):
    project, _ = corpus_project(tmp_path)
    out = tmp_path / "embedded.html"
    EXPORTERS["html"].write(project, out, ExportFilter(), ExportOptions(embed_font=True))
    text = out.read_text(encoding="utf-8")
    assert "@font-face" in text and "data:font/ttf;base64," in text
    assert len(text.encode("utf-8")) < 400_000  # the whole font alone is 845 KB


def test_per_document_pages_and_an_index(tmp_path):
    project, _ = corpus_project(tmp_path)
    out = tmp_path / "pages"
    EXPORTERS["html"].write(project, out, ExportFilter(), ExportOptions(per_document=True))
    assert sorted(p.name for p in out.iterdir()) == ["ar-news.html", "fa-news.html", "index.html"]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="fa-news.html"' in index and 'href="ar-news.html"' in index
    fa = (out / "fa-news.html").read_text(encoding="utf-8")
    assert '<html lang="fa" dir="rtl">' in fa and "الاجتماع" not in fa
