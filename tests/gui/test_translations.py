"""The Persian and Arabic interface: complete, placeholders intact, compiled files current."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from annotator.gui import i18n

TS_FILES = sorted(i18n.TRANSLATIONS.glob("annotator_*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield (
                context.find("name").text,
                message.find("source").text,
                message.find("translation"),
            )


def test_persian_and_arabic_are_both_there():
    assert {p.stem for p in TS_FILES} == {"annotator_fa", "annotator_ar"}


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.stem)
def test_every_string_is_translated_with_its_placeholders(path):
    for context, source, translation in messages(path):
        assert translation.get("type") is None, (context, source)
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        for text in forms:
            assert text, (context, source)
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text))
            assert re.search("[\u0600-\u06ff]", text) or source == "Annotator"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.stem)
def test_compiled_translation_is_current(path, tmp_path):
    fresh = i18n.compile_translations(tmp_path)
    compiled = tmp_path / path.with_suffix(".qm").name
    assert compiled in fresh
    committed = path.with_suffix(".qm")
    assert committed.read_bytes() == compiled.read_bytes(), (
        "run: python -m annotator.gui.i18n (the .ts changed since the .qm was made)"
    )
