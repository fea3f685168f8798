"""The faster "does this module use PySide?" check gives PySide's own answers."""

from __future__ import annotations

import importlib
import json
import sys

import annotator.gui  # noqa: F401  (installs the check)
from annotator.gui import qt_startup

MODULES = [
    "annotator.gui.main_window",  # uses PySide6
    "annotator.gui.qt_startup",  # names PySide6 in its text only
    "annotator.store.project",  # does not
    "json",  # a package, from the standard library
    "json.decoder",
    "sys",  # built in
    "_sqlite3",  # an extension module
]


def test_the_check_is_installed_once():
    feature = sys.modules["shibokensupport.feature"]
    check = feature._mod_uses_pyside
    assert check.reads_bytes
    assert qt_startup.install() and feature._mod_uses_pyside is check


def test_it_answers_as_pyside_does():
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    for name in MODULES:
        module = importlib.import_module(name)
        assert check(module) == check.original(module), name
    assert check(importlib.import_module("annotator.gui.main_window"))
    assert not check(json)


def test_without_pyside_internals_it_changes_nothing(monkeypatch):
    monkeypatch.delitem(sys.modules, "shibokensupport.feature")
    assert qt_startup.install() is False
