"""The HTML report's style sheet and its optional embedded font (a subset of Noto Sans Arabic).

Everything is inline so a report opens offline in any browser. Highlights are translucent
fills, so nested spans blend; from the second level on an inset underline in the innermost
colour tells the layers apart. Marks carry no padding or margin: Chromium and Firefox shape
Arabic across inline element boundaries only when nothing changes the layout between them.
"""

from __future__ import annotations

import base64
import io
from importlib import resources

from annotator.core.schema import Schema

FONT_PACKAGE = "fontpkg_noto_sans_arabic"
EMBEDDED_FAMILY = "Noto Sans Arabic Report"
FONT_STACK = '"Noto Sans Arabic", Vazirmatn, Tahoma, "DejaVu Sans", "Segoe UI", sans-serif'
FILL_ALPHA = 0.38

BASE = """
:root { color-scheme: light; }
body { font-family: FONTS; font-size: 17px; line-height: 2.1; color: #1d1d1f;
  background: #fff; margin: 0 auto; max-width: 62rem; padding: 1.5rem 2rem 4rem; }
header.report { border-bottom: 2px solid #ddd; margin-bottom: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0; line-height: 1.6; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.2rem; line-height: 1.6; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 0.4rem; color: #444; }
.meta { color: #666; font-size: 0.85rem; line-height: 1.6; margin: 0 0 1rem; }
.meta span + span::before { content: " · "; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; font-size: 0.85rem;
  line-height: 1.6; padding: 0.6rem 0.8rem; background: #f7f7f8; border-radius: 6px; }
.legend .swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px;
  vertical-align: -0.1em; margin-inline-end: 0.35em; }
.text { border-inline-start: 3px solid #eee; padding-inline-start: 1rem; }
.text p { margin: 0 0 0.9rem; white-space: pre-wrap; }
.text p.blank { min-height: 1em; margin: 0; }
mark { color: inherit; border-radius: 0; padding: 0; margin: 0; }
mark.deep { box-shadow: inset 0 -2px 0 var(--c); }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; line-height: 1.7; }
th, td { border: 1px solid #ddd; padding: 0.3rem 0.5rem; vertical-align: top;
  text-align: start; }
th { background: #f3f3f5; font-weight: 600; }
td a { color: inherit; text-decoration: none; border-bottom: 1px dotted #888; }
.verdict { font-weight: 600; white-space: nowrap; }
.fix { font-weight: 600; color: #0a6b2e; }
.written { text-decoration: line-through; color: #a11; }
.arrow { color: #888; padding: 0 0.3em; }
.latin { direction: ltr; unicode-bidi: isolate; }
.empty { color: #888; font-style: italic; }
nav.documents li { line-height: 1.9; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  mark, .legend .swatch, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  article.document + article.document { break-before: page; }
  tr, .legend, h2, h3 { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  td a { border: 0; }
}
"""


def rgba(color: str, alpha: float = FILL_ALPHA) -> str:
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r}, {g}, {b}, {alpha})"


def label_classes(schema: Schema) -> dict[str, str]:
    return {label.name: f"l{i}" for i, label in enumerate(schema.labels)}


def stylesheet(schema: Schema, font_face: str = "") -> str:
    fonts = f'"{EMBEDDED_FAMILY}", {FONT_STACK}' if font_face else FONT_STACK
    rules = [font_face, BASE.replace("FONTS", fonts)]
    classes = label_classes(schema)
    for label in schema.labels:
        cls = classes[label.name]
        rules.append(f"mark.{cls} {{ background: {rgba(label.color)}; --c: {label.color}; }}")
        rules.append(f".swatch.{cls} {{ background: {label.color}; }}")
    return "\n".join(r for r in rules if r)


def font_face(text: str) -> str:
    """An ``@font-face`` holding Noto Sans Arabic cut down to the characters of ``text``.

    The whole font is 845 KB; the glyphs one report uses (with their shaping alternates)
    come to about a tenth of that. Empty when the font package or fontTools is missing.
    """
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont

        files = resources.files(FONT_PACKAGE) / "files"
        path = next(f for f in files.iterdir() if f.name.endswith(".ttf"))
    except (ImportError, ModuleNotFoundError, FileNotFoundError, StopIteration):
        return ""
    with path.open("rb") as fh:
        font = TTFont(fh)
    options = subset.Options()
    options.layout_features = ["*"]  # keep every shaping feature: joining forms, marks
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return (
        f'@font-face {{ font-family: "{EMBEDDED_FAMILY}"; font-weight: 100 900; '
        f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}'
    )
