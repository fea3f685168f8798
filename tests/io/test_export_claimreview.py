"""ClaimReview: claims with verdicts, authors from attributions, valid JSON-LD."""

import json

import pytest

from annotator.io import claimreview
from annotator.io.formats import EXPORTERS, ExportFilter, ExportOptions
from tests.io import jsonld_loader
from tests.io.export_corpus import corpus_project

SCHEMA = "http://schema.org/"
ORG = {"name": "راستی‌سنج", "url": "https://factcheck.example"}


@pytest.fixture
def reviews(tmp_path):
    project, ids = corpus_project(tmp_path)
    out = tmp_path / "reviews.jsonld"
    EXPORTERS["claimreview"].write(project, out, ExportFilter(), ExportOptions(organisation=ORG))
    data = json.loads(out.read_text(encoding="utf-8"))
    yield project, ids, data
    project.close()


def test_one_review_per_claim_with_a_verdict(reviews):
    _, _, data = reviews
    assert data["@context"] == "https://schema.org"
    graph = data["@graph"]
    assert [r["reviewRating"]["alternateName"] for r in graph] == ["False", "True"]
    fa, ar = graph
    assert fa["claimReviewed"] == "قیمت گاز ۳۰ درصد کم شد"  # the normalized claim
    assert fa["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert ar["reviewRating"]["ratingValue"] == 5
    assert ar["claimReviewed"] == "الاجتماع سيعقد في يريفان"  # the quote, no normalized claim
    assert fa["datePublished"] == "2024-05-03"
    assert fa["author"] == {"@type": "Organization", "name": ORG["name"], "url": ORG["url"]}


def test_the_claim_author_is_the_attributed_source(reviews):
    _, ids, data = reviews
    fa, ar = data["@graph"]
    # The claim lies inside the content attributed to the spokesman's office.
    assert fa["itemReviewed"]["author"] == {"@type": "Organization", "name": "سخنگوی وزارت خارجه"}
    assert ar["itemReviewed"]["author"] == {"@type": "Person", "name": "المتحدث باسم الوزارة"}
    appearance = fa["itemReviewed"]["appearance"]
    assert appearance == {
        "@type": "CreativeWork",
        "url": "https://news.example/fa/1",
        "headline": "نشست بعدی",
        "publisher": {"@type": "Organization", "name": "خبرگزاری نمونه"},
    }
    assert fa["url"] == f"https://news.example/fa/1#claim-{ids['claim']}"
    assert ar["url"] == f"urn:uuid:{ids['ar_claim']}"
    assert fa["itemReviewed"]["inLanguage"] == "fa"


def test_pyld_expands_every_review(reviews):
    _, _, data = reviews
    expanded = jsonld_loader.expand(data)
    assert len(expanded) == 2
    fa = next(r for r in expanded if r[SCHEMA + "url"][0]["@id"].startswith("https://news"))
    assert fa["@type"] == [SCHEMA + "ClaimReview"]
    rating = fa[SCHEMA + "reviewRating"][0]
    assert rating["@type"] == [SCHEMA + "Rating"]
    assert rating[SCHEMA + "ratingValue"] == [{"@value": 1}]
    claim = fa[SCHEMA + "itemReviewed"][0]
    assert claim[SCHEMA + "author"][0][SCHEMA + "name"] == [{"@value": "سخنگوی وزارت خارجه"}]
    assert fa[SCHEMA + "datePublished"] == [{"@type": SCHEMA + "Date", "@value": "2024-05-03"}]


def test_organisation_comes_from_the_project_setting(tmp_path):
    project, ids = corpus_project(tmp_path)
    project.set_setting(
        "organisation", {"name": "Desk", "review_url": "https://desk.example/r/{claim}"}
    )
    out = tmp_path / "r.jsonld"
    EXPORTERS["claimreview"].write(project, out)
    first = json.loads(out.read_text(encoding="utf-8"))["@graph"][0]
    assert first["author"] == {"@type": "Organization", "name": "Desk"}
    assert first["url"] == f"https://desk.example/r/{ids['claim']}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("کوتاه", "کوتاه"),
        ("یک " * 40, ("یک " * 24).strip() + "…"),
        ("x" * 100, "x" * 74 + "…"),
    ],
)
def test_claim_reviewed_stays_within_75_characters(text, expected):
    assert claimreview.shorten(text) == expected
    assert len(claimreview.shorten(text)) <= 75
