"""A self-contained HTML report: the highlighted text read right to left, a legend, and tables
of claims with their verdicts and of contested facts with their corrections.

Each paragraph gets ``dir`` from its own letters (``rtl`` when it holds Arabic-script letters):
``dir="auto"`` would lay out a Persian paragraph that starts with a Latin word left to right.
Overlapping spans become nested ``<mark>`` elements, split where any span starts or ends.
Every piece of text is escaped, so a document quoting ``<script>`` shows it. One page for the
project, or (``per_document``) a folder with one page per document and an index.
"""

from __future__ import annotations

import html
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from annotator.core.language import has_arabic_script
from annotator.core.model import Document, Span, now
from annotator.core.schema import Schema
from annotator.store.project import Project

from .claimreview import Authors
from .output import file_names, folder, text_file, write_text
from .report_style import font_face, label_classes, stylesheet
from .selection import Annotated, ExportFilter, ExportOptions, select

RTL_LANGUAGES = {"fa", "ar", "ur"}


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def direction(text: str) -> str:
    return "rtl" if has_arabic_script(text) else "ltr"


def display_language(doc: Document) -> str:
    return doc.language if doc.language in ("fa", "ar") else "en"


def shown(display: dict[str, str], lang: str, fallback: str = "") -> str:
    """The name in the document's language, with the English one beside it when different."""
    local, english = display.get(lang, ""), display.get("en", fallback)
    if local and local != english:
        return f"{local} · {english}"
    return english or local or fallback


class _Page:
    """Renders documents against one schema, in one reading language per document."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.schema: Schema = project.schema
        self.classes = label_classes(self.schema)

    # -- text ------------------------------------------------------------------------------

    def text(self, doc: Document, spans: list[Span], lang: str) -> str:
        paragraphs, start = [], 0
        anchored: set[str] = set()
        for line in doc.text.split("\n"):
            end = start + len(line)
            if not line.strip():
                paragraphs.append('<p class="blank"></p>')
            else:
                inside = [s for s in spans if s.start < end and start < s.end]
                body = self.marks(doc.text, start, end, inside, lang, anchored)
                paragraphs.append(f'<p dir="{direction(line)}">{body}</p>')
            start = end + 1
        return '<div class="text">' + "\n".join(paragraphs) + "</div>"

    def marks(self, text, start, end, spans, lang, anchored: set[str]) -> str:
        """``text[start:end]`` cut at every span edge; each piece nested in its spans' marks."""
        cuts = sorted(
            {start, end} | {p for s in spans for p in (s.start, s.end) if start < p < end}
        )
        out = []
        for a, b in pairwise(cuts):
            covering = sorted(
                (s for s in spans if s.start <= a and b <= s.end),
                key=lambda s: (-(s.end - s.start), s.start, s.label),
            )
            piece = esc(text[a:b])
            for depth, span in reversed(list(enumerate(covering))):
                piece = self.mark(span, piece, depth, lang, anchored)
            out.append(piece)
        return "".join(out)

    def mark(self, span: Span, inner: str, depth: int, lang: str, anchored: set[str]) -> str:
        classes = self.classes.get(span.label, "")
        if depth >= 1:
            classes += " deep"
        anchor = ""
        if span.id not in anchored:
            anchored.add(span.id)
            anchor = f' id="s-{esc(span.id)}"'
        return (
            f'<mark class="{classes}"{anchor} title="{esc(self.title(span, lang))}">{inner}</mark>'
        )

    def title(self, span: Span, lang: str) -> str:
        label = self.schema.label(span.label)
        parts = [shown(label.display, lang, span.label) if label else span.label]
        verdict = self.verdict(span, lang)
        if verdict:
            parts.append(verdict)
        if span.attributes.get("correction"):
            parts.append(f"→ {span.attributes['correction']}")
        if span.note:
            parts.append(span.note)
        return " — ".join(parts)

    def verdict(self, span: Span, lang: str) -> str:
        label = self.schema.label(span.label)
        attr = label.attribute("verdict") if label else None
        value = attr.value(span.attributes.get("verdict", "")) if attr else None
        return shown(value.display, lang, value.name) if value else ""

    def attribute_name(self, label: str, name: str, lang: str) -> str:
        lab = self.schema.label(label)
        attr = lab.attribute(name) if lab else None
        return shown(attr.display, lang, name) if attr else name

    def attribute_value(self, label: str, name: str, value: Any, lang: str) -> str:
        lab = self.schema.label(label)
        attr = lab.attribute(name) if lab else None
        choice = attr.value(value) if attr and isinstance(value, str) else None
        return shown(choice.display, lang, choice.name) if choice else str(value)

    # -- tables ----------------------------------------------------------------------------

    def legend(self, spans: list[Span], lang: str) -> str:
        used = {s.label for s in spans}
        items = [
            f'<span><span class="swatch {self.classes[lab.name]}"></span>'
            f"{esc(shown(lab.display, lang, lab.name))}</span>"
            for lab in self.schema.labels
            if lab.name in used
        ]
        return f'<div class="legend">{"".join(items)}</div>' if items else ""

    def claims(self, doc: Document, spans: list[Span], lang: str) -> str:
        claims = [s for s in spans if s.label == "Claim"]
        if not claims:
            return ""
        authors = Authors(self.project, doc.id)
        heads = [
            shown(self.schema.label("Claim").display, lang, "Claim"),
            self.attribute_name("Claim", "verdict", lang),
            self.attribute_name("Claim", "verdict_note", lang),
            shown({"en": "Attributed to", "fa": "منسوب به", "ar": "منسوب إلى"}, lang),
        ]
        rows = []
        for span in claims:
            author = authors.of(span)
            cells = [
                _link(span),
                f'<span class="verdict">{esc(self.verdict(span, lang))}</span>',
                esc(span.attributes.get("verdict_note", "")),
                esc(author["name"]) if author else "",
            ]
            rows.append(cells)
        return self.table("claims", heads, rows, lang)

    def facts(self, doc: Document, spans: list[Span], lang: str) -> str:
        facts = [s for s in spans if s.label == "Contested_fact"]
        if not facts:
            return ""
        arrow = "←" if direction(doc.text) == "rtl" else "→"
        label = "Contested_fact"
        heads = [
            shown(
                {
                    "en": "As written → correction",
                    "fa": "نوشته ← شکل درست",
                    "ar": "المكتوب ← التصحيح",
                },
                lang,
            ),
            self.attribute_name(label, "error_type", lang),
            self.attribute_name(label, "status", lang),
            self.attribute_name(label, "evidence_url", lang),
        ]
        rows = []
        for span in facts:
            correction = span.attributes.get("correction", "")
            change = _link(span, "written")
            if correction:
                change += (
                    f'<span class="arrow">{arrow}</span><span class="fix">{esc(correction)}</span>'
                )
            evidence = span.attributes.get("evidence_url", "")
            rows.append(
                [
                    change,
                    esc(
                        self.attribute_value(
                            label, "error_type", span.attributes.get("error_type", ""), lang
                        )
                    ),
                    esc(
                        self.attribute_value(
                            label, "status", span.attributes.get("status", ""), lang
                        )
                    ),
                    _url(evidence) or esc(span.attributes.get("evidence_text", "")),
                ]
            )
        return self.table("facts", heads, rows, lang)

    def table(self, kind: str, heads: list[str], rows: list[list[str]], lang: str) -> str:
        group = self.schema.label("Claim" if kind == "claims" else "Contested_fact")
        title = {
            "claims": {
                "en": "Claims and verdicts",
                "fa": "ادعاها و حکم‌ها",
                "ar": "الادعاءات والأحكام",
            },
            "facts": {
                "en": "Contested facts",
                "fa": "واقعیت‌های محل مناقشه",
                "ar": "الوقائع المتنازع عليها",
            },
        }[kind]
        head = "".join(f"<th>{esc(h)}</th>" for h in heads)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        caption = esc(shown(title, lang)) if group else ""
        return (
            f'<h3>{caption}</h3><table class="{kind}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )

    # -- documents -------------------------------------------------------------------------

    def article(self, item: Annotated) -> str:
        doc, spans = item.document, item.spans
        lang = display_language(doc)
        dir_ = "rtl" if doc.language in RTL_LANGUAGES else direction(doc.text)
        # Each item isolated: a date or a count must not be reordered by the Persian around it.
        meta = [
            f"<bdi>{esc(doc.outlet)}</bdi>" if doc.outlet else "",
            f'<bdi dir="ltr">{esc(doc.published)}</bdi>' if doc.published else "",
            f'<bdi dir="ltr">{_url(doc.url)}</bdi>' if _url(doc.url) else "",
            f'<bdi dir="ltr">{len(spans)} spans</bdi>',
        ]
        meta_html = "".join(f"<span>{m}</span>" for m in meta if m)
        opening = f'<article class="document" lang="{esc(doc.language)}" dir="{dir_}"'
        parts = [
            f'{opening} id="doc-{esc(doc.id)}">',
            f'<h2 dir="{direction(doc.title or doc.name)}">{esc(doc.title or doc.name)}</h2>',
            f'<p class="meta">{meta_html}</p>',
            self.legend(spans, lang),
            self.text(doc, spans, lang),
            self.claims(doc, spans, lang),
            self.facts(doc, spans, lang),
            "</article>",
        ]
        return "\n".join(p for p in parts if p)


def _link(span: Span, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<a href="#s-{esc(span.id)}"{attr}>{esc(span.text)}</a>'


def _url(url: str) -> str:
    parsed = urlparse(url) if url else None
    if not parsed or parsed.scheme not in ("http", "https"):
        return ""
    return f'<a class="latin" href="{esc(url)}">{esc(url)}</a>'


def page(project: Project, title: str, body: str, embed_font: bool, lang: str, dir_: str) -> str:
    face = font_face(title + body) if embed_font else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}" dir="{dir_}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>\n{stylesheet(project.schema, face)}\n</style>\n"
        f"</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def _header(title: str, count: int) -> str:
    return (
        f'<header class="report"><h1 dir="{direction(title)}">{esc(title)}</h1>'
        f'<p class="meta" dir="ltr"><span>{count} documents</span>'
        f"<span>annotator report, {esc(now()[:10])}</span></p></header>"
    )


def _page_direction(corpus: list[Annotated]) -> tuple[str, str]:
    rtl = sum(i.document.language in RTL_LANGUAGES for i in corpus)
    lang = next((i.document.language for i in corpus if i.document.language in RTL_LANGUAGES), "en")
    return (lang, "rtl") if rtl * 2 >= len(corpus) and rtl else ("en", "ltr")


def project_report(project: Project, corpus: list[Annotated], embed_font: bool) -> str:
    renderer = _Page(project)
    title = project.path.stem
    body = _header(title, len(corpus)) + "\n".join(renderer.article(i) for i in corpus)
    lang, dir_ = _page_direction(corpus)
    return page(project, title, body, embed_font, lang, dir_)


def write(project: Project, out: Path | None, flt: ExportFilter, options: ExportOptions) -> str:
    corpus = list(select(project, flt))
    if not options.per_document:
        with text_file(out) as fh:
            fh.write(project_report(project, corpus, options.embed_font))
        return "standard output" if out is None else f"{out} ({len(corpus)} documents)"
    target = folder(out, "a report per document")
    renderer = _Page(project)
    links = []
    for stem, item in zip(file_names([i.document.name for i in corpus]), corpus, strict=True):
        doc = item.document
        lang, dir_ = _page_direction([item])
        body = renderer.article(item)
        write_text(
            target / f"{stem}.html",
            page(project, doc.title or doc.name, body, options.embed_font, lang, dir_),
        )
        links.append(
            f'<li dir="{direction(doc.title or doc.name)}"><a href="{esc(stem)}.html">'
            f"{esc(doc.title or doc.name)}</a> "
            f'<span class="meta"><bdi dir="ltr">{len(item.spans)} spans</bdi></span></li>'
        )
    index = (
        _header(project.path.stem, len(corpus))
        + f'<nav class="documents"><ul>{"".join(links)}</ul></nav>'
    )
    lang, dir_ = _page_direction(corpus)
    write_text(target / "index.html", page(project, project.path.stem, index, False, lang, dir_))
    return f"{target} ({len(corpus)} pages and index.html)"
