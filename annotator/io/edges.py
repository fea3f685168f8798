"""Relations as the directed, labelled edges that doccano and Label Studio can draw.

A relation of two roles is one edge, first role to second (``supports``: evidence -> claim).
A relation of more roles becomes a star pointing at its last role (attribution: source ->
content labelled ``attribution.source``, cue -> content labelled ``attribution.cue``); reading
back gathers the edges that share a type and a head into one relation again.
"""

from __future__ import annotations

from annotator.core.model import Relation
from annotator.core.schema import Schema

Edge = tuple[str, str, str]  # from span id, to span id, edge label


def _role_order(schema: Schema, rel: Relation) -> list[str]:
    rtype = schema.relation(rel.type)
    names = [r.name for r in rtype.roles] if rtype else []
    return [n for n in names if rel.roles.get(n)] + [r for r in rel.roles if r not in names]


def edges(schema: Schema, rel: Relation) -> list[Edge]:
    roles = _role_order(schema, rel)
    rtype = schema.relation(rel.type)
    if rtype is not None and len(rtype.roles) == 2 and len(rel.span_ids()) == 2 and len(roles) == 2:
        return [(rel.roles[roles[0]][0], rel.roles[roles[1]][0], rel.type)]
    head_role = roles[-1]
    head = rel.roles[head_role][0]
    return [(sid, head, f"{rel.type}.{role}") for role in roles[:-1] for sid in rel.roles[role]]


def relations(schema: Schema, found: list[Edge]) -> tuple[list[Relation], list[str]]:
    """Relations from edges, and the edges that match no relation type (in words)."""
    result: list[Relation] = []
    stars: dict[tuple[str, str], dict[str, tuple[str, ...]]] = {}
    unknown = []
    for source, target, label in found:
        type_name, _, role = label.partition(".")
        rtype = schema.relation(type_name)
        if rtype is None:
            unknown.append(f"relation {label!r} is not in the schema")
            continue
        names = [r.name for r in rtype.roles]
        if not role and len(names) == 2:
            result.append(
                Relation(type=type_name, roles={names[0]: (source,), names[1]: (target,)})
            )
            continue
        roles = stars.setdefault((type_name, target), {names[-1]: (target,)})
        roles[role] = (*roles.get(role, ()), source)
    for (type_name, _), roles in stars.items():
        result.append(Relation(type=type_name, roles=roles))
    return result, unknown
