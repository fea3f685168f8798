"""The label schema: span labels, their attributes, relation types and document labels.

A schema comes from a TOML or JSON file (presets live in ``resources/schemas``) and is kept
inside each project. Every problem is reported with the file and the field it is in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import SchemaError, ValidationError

ATTRIBUTE_TYPES = ("choice", "multichoice", "text", "bool", "number", "url", "date", "span")
DOCUMENT_LABEL_TYPES = ("choice", "multichoice", "text")
UI_LANGUAGES = ("en", "fa", "ar")
PRESETS_DIR = Path(__file__).resolve().parents[2] / "resources" / "schemas"
_NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")
_COLOR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class Value:
    """One value of a choice attribute, with its display texts and optional rating."""

    name: str
    display: dict[str, str]
    rating: int | None = None


@dataclass(frozen=True, slots=True)
class Attribute:
    """A field a label's spans carry (text, choice, date, a link to a span...)."""

    name: str
    type: str
    display: dict[str, str]
    required: bool = False
    values: tuple[Value, ...] = ()
    max_length: int | None = None
    min: float | None = None
    max: float | None = None
    targets: tuple[str, ...] = ()

    def value(self, name: str) -> Value | None:
        return next((v for v in self.values if v.name == name), None)


@dataclass(frozen=True, slots=True)
class Label:
    """A span label: its colour, shortcut, place in the palette, guideline and attributes."""

    name: str
    display: dict[str, str]
    color: str
    group: str = ""
    family: str = ""
    shortcut: str = ""
    guideline: dict[str, str] = field(default_factory=dict)
    attributes: tuple[Attribute, ...] = ()
    renamed_from: str = ""

    def attribute(self, name: str) -> Attribute | None:
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True, slots=True)
class Role:
    """One end of a relation type: which labels may fill it, and how many."""

    name: str
    display: dict[str, str]
    labels: tuple[str, ...]
    min: int = 0
    max: int | None = None


@dataclass(frozen=True, slots=True)
class RelationType:
    """A kind of relation between spans, made of named roles."""

    name: str
    display: dict[str, str]
    roles: tuple[Role, ...]
    directed: bool = True
    cross_document: bool = False
    renamed_from: str = ""

    def role(self, name: str) -> Role | None:
        return next((r for r in self.roles if r.name == name), None)


@dataclass(frozen=True, slots=True)
class DocumentLabel:
    """A label of a whole document (its frame, genre, review status)."""

    name: str
    type: str
    display: dict[str, str]
    values: tuple[Value, ...] = ()


@dataclass(frozen=True, slots=True)
class Named:
    """A palette group or a persuasion family: a name and its display texts."""

    name: str
    display: dict[str, str]


@dataclass(frozen=True, slots=True)
class Schema:
    """A project's label scheme: labels, relation types and document labels."""

    name: str
    labels: tuple[Label, ...]
    relations: tuple[RelationType, ...] = ()
    document_labels: tuple[DocumentLabel, ...] = ()
    groups: tuple[Named, ...] = ()
    families: tuple[Named, ...] = ()
    version: int = 1
    description: dict[str, str] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def label(self, name: str) -> Label | None:
        return self._labels.get(name)

    def relation(self, name: str) -> RelationType | None:
        return next((r for r in self.relations if r.name == name), None)

    def document_label(self, name: str) -> DocumentLabel | None:
        return next((d for d in self.document_labels if d.name == name), None)

    @property
    def _labels(self) -> dict[str, Label]:
        cache = self.raw.get("__labels__")
        if cache is None:
            cache = {lab.name: lab for lab in self.labels}
            self.raw["__labels__"] = cache
        return cache

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in self.raw.items() if not k.startswith("__")}

    # -- checking annotations against the schema -------------------------------------------

    def check_span(self, label: str, attributes: dict[str, Any], span_exists=None) -> None:
        """Refuse a label or attribute values the schema does not allow.

        ``span_exists(span_id)`` returns the label of a referenced span, or None if missing.
        """
        lab = self.label(label)
        if lab is None:
            raise ValidationError(f"label {label!r} is not in the schema {self.name!r}")
        for key, value in attributes.items():
            attr = lab.attribute(key)
            if attr is None:
                raise ValidationError(f"label {label} has no attribute {key!r}")
            check_value(f"{label}.{key}", attr, value, span_exists)
        for attr in lab.attributes:
            if attr.required and attributes.get(attr.name) in (None, "", []):
                raise ValidationError(f"{label}.{attr.name} is required")

    def check_relation(self, type_: str, roles: dict[str, tuple[str, ...]], span_info) -> None:
        """Refuse roles filled by the wrong labels or counts.

        ``span_info(span_id)`` returns ``(label, doc_id)`` or None for a missing span.
        """
        rel = self.relation(type_)
        if rel is None:
            raise ValidationError(f"relation type {type_!r} is not in the schema {self.name!r}")
        docs = set()
        for role_name, ids in roles.items():
            role = rel.role(role_name)
            if role is None:
                raise ValidationError(f"relation {type_} has no role {role_name!r}")
            for sid in ids:
                info = span_info(sid)
                if info is None:
                    raise ValidationError(f"{type_}.{role_name}: span {sid} does not exist")
                label, doc_id = info
                docs.add(doc_id)
                if role.labels and label not in role.labels:
                    raise ValidationError(
                        f"{type_}.{role_name} takes {', '.join(role.labels)}, not {label}"
                    )
        for role in rel.roles:
            n = len(roles.get(role.name, ()))
            if n < role.min:
                raise ValidationError(f"{type_}.{role.name} needs at least {role.min} span(s)")
            if role.max is not None and n > role.max:
                raise ValidationError(f"{type_}.{role.name} takes at most {role.max} span(s)")
        if len(docs) > 1 and not rel.cross_document:
            raise ValidationError(f"a {type_} relation cannot join spans of different documents")

    def check_document_attributes(self, attributes: dict[str, Any]) -> None:
        for key, value in attributes.items():
            dl = self.document_label(key)
            if dl is None:
                raise ValidationError(f"document label {key!r} is not in the schema {self.name!r}")
            attr = Attribute(name=key, type=dl.type, display=dl.display, values=dl.values)
            check_value(f"document.{key}", attr, value, None)


def check_value(where: str, attr: Attribute, value: Any, span_exists) -> None:
    """Refuse one attribute value that does not fit its declared type."""
    if value is None or value == "":
        return
    t = attr.type
    if t == "choice":
        if not isinstance(value, str) or attr.value(value) is None:
            allowed = ", ".join(v.name for v in attr.values)
            raise ValidationError(f"{where}: {value!r} is not one of {allowed}")
    elif t == "multichoice":
        if not isinstance(value, list) or any(
            not isinstance(v, str) or attr.value(v) is None for v in value
        ):
            allowed = ", ".join(v.name for v in attr.values)
            raise ValidationError(f"{where}: {value!r} must be a list drawn from {allowed}")
    elif t == "text":
        if not isinstance(value, str):
            raise ValidationError(f"{where}: expected text, got {value!r}")
        if attr.max_length is not None and len(value) > attr.max_length:
            raise ValidationError(
                f"{where}: {len(value)} characters, at most {attr.max_length} allowed"
            )
    elif t == "bool":
        if not isinstance(value, bool):
            raise ValidationError(f"{where}: expected true or false, got {value!r}")
    elif t == "number":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(f"{where}: expected a number, got {value!r}")
        too_low = attr.min is not None and value < attr.min
        if too_low or (attr.max is not None and value > attr.max):
            raise ValidationError(f"{where}: {value} is outside {attr.min}..{attr.max}")
    elif t == "url":
        from urllib.parse import urlparse  # here, not at start-up: only url values need it

        parsed = urlparse(value) if isinstance(value, str) else None
        if not parsed or parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValidationError(f"{where}: {value!r} is not an http(s) URL")
    elif t == "date":
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ValidationError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None
    elif t == "span":
        if not isinstance(value, str):
            raise ValidationError(f"{where}: expected a span id, got {value!r}")
        if span_exists is not None:
            label = span_exists(value)
            if label is None:
                raise ValidationError(f"{where}: span {value} does not exist")
            if attr.targets and label not in attr.targets:
                raise ValidationError(
                    f"{where}: must point at {', '.join(attr.targets)}, not {label}"
                )


# -- loading --------------------------------------------------------------------------------


def load_schema_file(path: str | Path) -> Schema:
    import tomllib  # here, not at start-up: an open project's schema is stored as JSON

    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SchemaError(f"cannot read: {exc.strerror}", source=str(path)) from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw.decode("utf-8"))
        else:
            data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SchemaError("not UTF-8 text", source=str(path)) from None
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise SchemaError(f"cannot parse: {exc}", source=str(path)) from None
    return parse_schema(data, source=str(path))


def preset_names() -> list[str]:
    return sorted(p.stem for p in PRESETS_DIR.glob("*.toml"))


def load_preset(name: str) -> Schema:
    path = PRESETS_DIR / f"{name}.toml"
    if not path.is_file():
        raise SchemaError(
            f"no preset named {name!r}; presets: {', '.join(preset_names()) or 'none'}"
        )
    return load_schema_file(path)


def resolve_schema(name_or_file: str) -> Schema:
    """A preset name (``fact-check``) or a path to a schema file."""
    if Path(name_or_file).suffix.lower() in (".toml", ".json") or "/" in name_or_file:
        return load_schema_file(name_or_file)
    return load_preset(name_or_file)


def parse_schema(data: Any, source: str = "schema") -> Schema:
    return _Parser(source).schema(data)


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field_: str, message: str) -> SchemaError:
        return SchemaError(message, source=self.source, field=field_)

    def table(self, data: Any, where: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, "expected a table of keys and values")
        return data

    def items(self, data: dict, key: str, where: str) -> list[tuple[str, dict]]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}{key}", "expected a list")
        return [
            (f"{where}{key}[{i}]", self.table(v, f"{where}{key}[{i}]")) for i, v in enumerate(value)
        ]

    def name(self, data: dict, where: str) -> str:
        name = data.get("name")
        if not isinstance(name, str) or not _NAME_RE.match(name):
            raise self.fail(
                f"{where}.name",
                f"{name!r} is not a valid name (a letter, then letters, digits, _ or -)",
            )
        return name

    def display(self, data: dict, where: str, key: str = "display", required=True) -> dict:
        value = data.get(key)
        if value is None and not required:
            return {}
        if isinstance(value, str):
            value = {"en": value}
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise self.fail(f"{where}.{key}", "expected texts by language, e.g. {en = '...'}")
        if required and "en" not in value:
            raise self.fail(f"{where}.{key}", "needs at least an English (en) text")
        return dict(value)

    def unique(self, names: list[str], where: str, what: str) -> None:
        seen = set()
        for n in names:
            if n in seen:
                raise self.fail(where, f"{what} {n!r} is declared twice")
            seen.add(n)

    def schema(self, data: Any) -> Schema:
        data = self.table(data, "(top)")
        name = data.get("name", "custom")
        if not isinstance(name, str):
            raise self.fail("name", "expected text")
        groups = tuple(
            Named(self.name(d, w), self.display(d, w)) for w, d in self.items(data, "groups", "")
        )
        families = tuple(
            Named(self.name(d, w), self.display(d, w)) for w, d in self.items(data, "families", "")
        )
        labels = tuple(
            self.label(d, w, groups, families) for w, d in self.items(data, "labels", "")
        )
        if not labels:
            raise self.fail("labels", "a schema needs at least one label")
        self.unique([lab.name for lab in labels], "labels", "label")
        shortcuts = [lab.shortcut.upper() for lab in labels if lab.shortcut]
        self.unique(shortcuts, "labels", "shortcut")
        label_names = {lab.name for lab in labels}
        for i, lab in enumerate(labels):
            for j, attr in enumerate(lab.attributes):
                for t in attr.targets:
                    if t not in label_names:
                        raise self.fail(
                            f"labels[{i}].attributes[{j}].targets", f"unknown label {t!r}"
                        )
        relations = tuple(
            self.relation(d, w, label_names) for w, d in self.items(data, "relations", "")
        )
        self.unique([r.name for r in relations], "relations", "relation type")
        doc_labels = tuple(
            self.document_label(d, w) for w, d in self.items(data, "document_labels", "")
        )
        self.unique([d.name for d in doc_labels], "document_labels", "document label")
        version = data.get("version", 1)
        if not isinstance(version, int):
            raise self.fail("version", "expected a whole number")
        raw = json.loads(json.dumps(data))
        return Schema(
            name=name,
            labels=labels,
            relations=relations,
            document_labels=doc_labels,
            groups=groups,
            families=families,
            version=version,
            description=self.display(data, "(top)", "description", required=False),
            raw=raw,
        )

    def label(self, d: dict, where: str, groups, families) -> Label:
        name = self.name(d, where)
        color = d.get("color", "")
        if not isinstance(color, str) or not _COLOR_RE.match(color):
            raise self.fail(f"{where}.color", f"{color!r} is not a colour like #e4572e")
        shortcut = d.get("shortcut", "")
        if (
            not isinstance(shortcut, str)
            or len(shortcut) > 1
            or (shortcut and not shortcut.isalnum())
        ):
            raise self.fail(f"{where}.shortcut", f"{shortcut!r} is not a single letter or digit")
        group = d.get("group", "")
        if group and group not in {g.name for g in groups}:
            raise self.fail(f"{where}.group", f"unknown group {group!r}")
        family = d.get("family", "")
        if family and family not in {f.name for f in families}:
            raise self.fail(f"{where}.family", f"unknown family {family!r}")
        attrs = tuple(self.attribute(a, w) for w, a in self.items(d, "attributes", f"{where}."))
        self.unique([a.name for a in attrs], f"{where}.attributes", "attribute")
        return Label(
            name=name,
            display=self.display(d, where),
            color=color.lower(),
            group=group,
            family=family,
            shortcut=shortcut.upper(),
            guideline=self.display(d, where, "guideline", required=False),
            attributes=attrs,
            renamed_from=str(d.get("renamed_from", "")),
        )

    def attribute(self, d: dict, where: str) -> Attribute:
        name = self.name(d, where)
        type_ = d.get("type")
        if type_ not in ATTRIBUTE_TYPES:
            raise self.fail(
                f"{where}.type", f"{type_!r} is not one of {', '.join(ATTRIBUTE_TYPES)}"
            )
        values = self.values(d, where) if type_ in ("choice", "multichoice") else ()
        if type_ in ("choice", "multichoice") and not values:
            raise self.fail(f"{where}.values", f"a {type_} attribute needs values")
        for key in ("max_length",):
            if key in d and (not isinstance(d[key], int) or d[key] < 1):
                raise self.fail(f"{where}.{key}", "expected a positive whole number")
        for key in ("min", "max"):
            if key in d and (isinstance(d[key], bool) or not isinstance(d[key], int | float)):
                raise self.fail(f"{where}.{key}", "expected a number")
        targets = d.get("targets", [])
        if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
            raise self.fail(f"{where}.targets", "expected a list of label names")
        return Attribute(
            name=name,
            type=type_,
            display=self.display(d, where),
            required=bool(d.get("required", False)),
            values=values,
            max_length=d.get("max_length"),
            min=d.get("min"),
            max=d.get("max"),
            targets=tuple(targets),
        )

    def values(self, d: dict, where: str) -> tuple[Value, ...]:
        out = []
        for w, v in self.items(d, "values", f"{where}."):
            rating = v.get("rating")
            if rating is not None and (not isinstance(rating, int) or not 1 <= rating <= 5):
                raise self.fail(f"{w}.rating", f"{rating!r} is not a rating from 1 to 5")
            out.append(Value(self.name(v, w), self.display(v, w), rating))
        self.unique([v.name for v in out], f"{where}.values", "value")
        return tuple(out)

    def relation(self, d: dict, where: str, label_names: set[str]) -> RelationType:
        name = self.name(d, where)
        roles = []
        for w, r in self.items(d, "roles", f"{where}."):
            labels = r.get("labels", [])
            if not isinstance(labels, list):
                raise self.fail(f"{w}.labels", "expected a list of label names")
            for lab in labels:
                if lab not in label_names:
                    raise self.fail(f"{w}.labels", f"unknown label {lab!r}")
            lo, hi = r.get("min", 0), r.get("max")
            if (
                not isinstance(lo, int)
                or lo < 0
                or (hi is not None and (not isinstance(hi, int) or hi < max(lo, 1)))
            ):
                raise self.fail(f"{w}.min", f"min {lo!r} / max {hi!r} do not make a range")
            roles.append(Role(self.name(r, w), self.display(r, w), tuple(labels), lo, hi))
        if not roles:
            raise self.fail(f"{where}.roles", "a relation type needs at least one role")
        self.unique([r.name for r in roles], f"{where}.roles", "role")
        return RelationType(
            name=name,
            display=self.display(d, where),
            roles=tuple(roles),
            directed=bool(d.get("directed", True)),
            cross_document=bool(d.get("cross_document", False)),
            renamed_from=str(d.get("renamed_from", "")),
        )

    def document_label(self, d: dict, where: str) -> DocumentLabel:
        name = self.name(d, where)
        type_ = d.get("type", "choice")
        if type_ not in DOCUMENT_LABEL_TYPES:
            raise self.fail(
                f"{where}.type", f"{type_!r} is not one of {', '.join(DOCUMENT_LABEL_TYPES)}"
            )
        values = self.values(d, where) if type_ != "text" else ()
        return DocumentLabel(name, type_, self.display(d, where), values)
