"""A saved news page: the article's paragraphs, with title, outlet, date and URL from its
metadata (Open Graph, ``article:published_time``, ``<time datetime>``, JSON-LD NewsArticle).

Navigation, scripts, styles, asides, headers and footers are dropped; each block element
(paragraph, heading, list item, quotation) becomes one paragraph of the text.
"""

from __future__ import annotations

import json
import re
from typing import Any

from annotator.core.errors import ImportError_

from .base import Imported, ImportOptions, Source

SUFFIXES = (".html", ".htm", ".xhtml")
_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "aside",
    "footer",
    "header",
    "form",
    "iframe",
    "svg",
    "button",
    "template",
    "select",
)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption")
_ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
    "OpinionNewsArticle",
}


def read(source: Source, options: ImportOptions) -> list[Imported]:
    from bs4 import BeautifulSoup  # bs4 + lxml load only when a page is imported

    if b"\x00" in source.data[:8192] and not source.data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportError_(f"{source.name}: a binary file, not an HTML page")
    soup = BeautifulSoup(source.data, "lxml")
    if soup.find() is None:
        raise ImportError_(f"{source.name}: not an HTML page")
    meta = _metadata(soup)
    for tag in soup.find_all(_DROP):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    text = "\n\n".join(_paragraphs(root))
    if not text.strip():
        raise ImportError_(f"{source.name}: the page has no article text")
    if text.count("\ufffd") > len(text) // 10:
        raise ImportError_(f"{source.name}: the page's text cannot be decoded")
    encoding = soup.original_encoding or "utf-8"
    return [
        Imported(
            name=source.stem,
            text=text,
            metadata=meta,
            original=source.data,
            encoding=encoding,
            cleaning=[{"step": "html", "message": "article text taken from the HTML page"}],
        )
    ]


def _paragraphs(root) -> list[str]:
    blocks = [tag for tag in root.find_all(_BLOCKS) if tag.find_parent(_BLOCKS) is None]
    if not blocks:
        blocks = [root]
    out = []
    for tag in blocks:
        text = re.sub(r"[ \t\r\n\u00a0]+", " ", tag.get_text(" ")).strip()
        if text:
            out.append(text)
    return out


def _metadata(soup) -> dict[str, str]:
    ld = _json_ld_article(soup)
    publisher = ld.get("publisher")
    publisher_name = publisher.get("name", "") if isinstance(publisher, dict) else ""
    time_tag = soup.find("time", attrs={"datetime": True})
    canonical = soup.find("link", rel="canonical")
    title_tag = soup.find("title")
    found = {
        "title": _meta(soup, "og:title")
        or _str(ld.get("headline"))
        or (title_tag.get_text(strip=True) if title_tag else ""),
        "outlet": _meta(soup, "og:site_name") or publisher_name,
        "published": _meta(soup, "article:published_time")
        or _str(ld.get("datePublished"))
        or (time_tag["datetime"] if time_tag else "")
        or _meta(soup, "date"),
        "url": _meta(soup, "og:url")
        or (canonical.get("href", "") if canonical else "")
        or _str(ld.get("url")),
    }
    return {key: value.strip() for key, value in found.items() if value and value.strip()}


def _meta(soup, name: str) -> str:
    tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
    return tag.get("content", "") if tag else ""


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _json_ld_article(soup) -> dict[str, Any]:
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except ValueError:
            continue
        for item in _walk_ld(data):
            kinds = item.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & _ARTICLE_TYPES:
                return item
    return {}


def _walk_ld(data: Any):
    if isinstance(data, list):
        for item in data:
            yield from _walk_ld(item)
    elif isinstance(data, dict):
        yield data
        yield from _walk_ld(data.get("@graph", []))
