from annotator.core.words import WordIndex, trim, words

TEXT = "«می‌کند» گفت: PySide6 نسخه ۶ شخصاً، دستگاه‌های نو."


def _words(text):
    return [text[s:e] for s, e in words(text)]


def test_words_keep_zwnj_compounds_and_tanwin_whole():
    assert _words(TEXT) == ["می‌کند", "گفت", "PySide6", "نسخه", "۶", "شخصاً", "دستگاه‌های", "نو"]


def test_snap_grows_to_whole_words_and_drops_quotes():
    idx = WordIndex(TEXT)
    start = TEXT.index("کند")  # inside the first word
    s, e = idx.snap(start, TEXT.index("گفت") + 1)
    assert TEXT[s:e] == "می‌کند» گفت"
    s, e = idx.snap(0, TEXT.index("»") + 1)
    assert TEXT[s:e] == "می‌کند"


def test_snap_of_punctuation_alone_is_none():
    assert WordIndex(TEXT).snap(0, 1) is None


def test_grow_and_shrink_by_a_word():
    idx = WordIndex(TEXT)
    g = TEXT.index("گفت")
    s, e = g, g + 3
    assert TEXT[slice(*idx.grow_end(s, e))] == "گفت: PySide6"
    assert TEXT[slice(*idx.grow_start(s, e))] == "می‌کند» گفت"
    s2, e2 = idx.grow_end(s, e)
    assert idx.shrink_end(s2, e2) == (s, e)
    assert idx.shrink_start(*idx.grow_start(s, e)) == (s, e)
    assert idx.shrink_end(s, e) == (s, e)  # a single word never shrinks to nothing


def test_trim_drops_spaces_and_punctuation():
    assert trim(" «سلام» ", 0, 8) == (2, 6)
