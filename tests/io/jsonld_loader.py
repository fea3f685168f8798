"""A JSON-LD document loader that serves contexts from tests/fixtures/jsonld: no network."""

import json
from pathlib import Path

from pyld import jsonld

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "jsonld"
CONTEXTS = {
    "http://www.w3.org/ns/anno.jsonld": HERE / "anno.jsonld",
    "https://www.w3.org/ns/anno.jsonld": HERE / "anno.jsonld",
    "https://schema.org": HERE / "schema-org-minimal.jsonld",
    "https://schema.org/": HERE / "schema-org-minimal.jsonld",
    "http://schema.org": HERE / "schema-org-minimal.jsonld",
    "http://schema.org/": HERE / "schema-org-minimal.jsonld",
}


def load(url, options=None):
    path = CONTEXTS.get(url)
    if path is None:
        raise jsonld.JsonLdError(f"no local copy of {url}", "loading document failed")
    document = json.loads(path.read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


def expand(data):
    return jsonld.expand(data, {"documentLoader": load})
