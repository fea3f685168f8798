"""What one committed action changed: the message views refresh from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Change:
    """What one committed action changed, for views to refresh from."""

    kind: str  # "documents", "spans", "relations", "schema", "settings", "suggestions"
    doc_ids: tuple[str, ...] = ()
    ids: tuple[str, ...] = ()
