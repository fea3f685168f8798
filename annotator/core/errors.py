"""Errors a user can read: each names what is wrong and, where there is one, the file."""

from __future__ import annotations


class AnnotatorError(Exception):
    """Base for every refusal the app reports to a person."""


class SpanError(AnnotatorError):
    """A span whose offsets or quote do not line up with its document."""


class SchemaError(AnnotatorError):
    """A label schema that is not valid, or a change it forbids.

    ``source`` is the file (or "project schema"), ``field`` the dotted path inside it.
    """

    def __init__(self, message: str, *, source: str = "", field: str = "") -> None:
        self.source = source
        self.field = field
        where = ": ".join(part for part in (source, field) if part)
        super().__init__(f"{where}: {message}" if where else message)


class ValidationError(AnnotatorError):
    """An annotation that the schema does not allow (wrong value, role, label...)."""


class ProjectError(AnnotatorError):
    """A project file that cannot be opened or used as asked."""


class ProjectNeedsUpgrade(ProjectError):
    """A project from an older version, opened read-only: it must be migrated first."""


class ImportError_(AnnotatorError):
    """An input file that cannot be imported; the message names the file."""
