"""Test set-up shared by the whole suite: headless Qt, small projects, fixture texts."""

from __future__ import annotations

import os

# The suite runs headless wherever it runs; nobody has to set this by hand.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ANNOTATOR_NAME", "tester")

import pytest
from hypothesis import settings

from annotator.core.model import Document
from annotator.store.project import Project

# The suite draws the same examples on every run, so a red CI means a change broke something;
# `make soak` draws fresh ones to go looking for new trouble.
settings.register_profile("suite", derandomize=True)
settings.register_profile("soak", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))

# Written for these tests: Persian with ZWNJ, Persian digits, «» quotes and a Latin word.
PERSIAN = (
    "به گزارش خبرگزاری پارس، وزیر خارجه گفت: «مذاکرات میان ایران و باکو ادامه می‌یابد».\n"
    "PySide6 نسخه ۶ را منتشر کرد و قیمت‌ها ۲۰ درصد بالا رفت.\n"
    "وی افزود که نشست بعدی در ایروان برگزار می‌شود 😀 و نتیجه روشن است."
)
ARABIC = (
    "قال وزير الخارجية إن المحادثات ستستأنف في 3 أيلول/أكتوبر 2024.\n"
    "وأفادت وكالة الأنباء بأن الأسعار ارتفعت بنسبة ١٥٪ خلال الشهر الماضي."
)


@pytest.fixture
def project(tmp_path):
    with Project.create(tmp_path / "test.annotator") as proj:
        yield proj


@pytest.fixture
def fa_doc(project):
    return project.add_document(Document(name="fa-1", text=PERSIAN, language="fa"))


@pytest.fixture
def ar_doc(project):
    return project.add_document(Document(name="ar-1", text=ARABIC, language="ar"))
