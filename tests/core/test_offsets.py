from hypothesis import given
from hypothesis import strategies as st

from annotator.core.offsets import Utf16Map, utf16_len

# Strings full of what breaks offset arithmetic: emoji and flags (astral), ZWNJ, tanwin and
# other combining marks, Persian and Arabic letters, digits of three systems.
ALPHABET = st.sampled_from(
    [
        *"سلامدنیاکیگچپژ",
        *("\u200c", "\u200d", "\u064b", "\u064c", "\u0670", "\u0651"),
        *"0123456789۰۱۲۳٠١٢٣ ,.«»",
        *("😀", "🇮🇷", "𝒜", "\U0001f44d\U0001f3fd", "\n"),
    ]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


def test_emoji_shifts_qt_positions_by_one():
    text = "سلام 😀 دنیا"
    m = Utf16Map(text)
    assert text.index("دنیا") == 7
    assert m.to_utf16(7) == 8
    assert m.from_utf16(8) == 7


def test_position_inside_surrogate_pair_moves_to_character_start():
    m = Utf16Map("a😀b")
    assert m.from_utf16(2) == 1
    assert m.is_inside_pair(2)
    assert not m.is_inside_pair(1)


@given(TEXTS)
def test_utf16_offsets_match_python_encoding(text):
    m = Utf16Map(text)
    assert m.length_utf16 == utf16_len(text) == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        assert m.to_utf16(cp) == len(text[:cp].encode("utf-16-le")) // 2


@given(TEXTS)
def test_round_trip_code_points_through_utf16(text):
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        assert m.from_utf16(m.to_utf16(cp)) == cp


@given(TEXTS, st.data())
def test_every_utf16_position_maps_to_a_character_boundary(text, data):
    m = Utf16Map(text)
    unit = data.draw(st.integers(0, m.length_utf16))
    cp = m.from_utf16(unit)
    assert m.to_utf16(cp) <= unit <= m.to_utf16(cp) + 1
    encoded = text.encode("utf-16-le")
    assert encoded[: m.to_utf16(cp) * 2].decode("utf-16-le") == text[:cp]


def test_out_of_range_positions_are_refused():
    m = Utf16Map("ab")
    for bad in (-1, 3):
        try:
            m.to_utf16(bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad} accepted")
