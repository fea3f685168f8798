"""Loose comparison of Persian, Arabic and Urdu spellings, and digits in any system.

Folding maps the spellings a reader would take for the same word onto one string: Arabic and
Persian yeh and kaf, hamza on alef, teh marbuta, Urdu heh; it drops harakat, tatweel and
half-spaces. Folded text is only ever compared, never used as an offset basis.
"""

from __future__ import annotations

_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي -> ی
        "\u0649": "\u06cc",  # ى -> ی
        "\u0643": "\u06a9",  # ك -> ک
        "\u0623": "\u0627",  # أ -> ا
        "\u0625": "\u0627",  # إ -> ا
        "\u0622": "\u0627",  # آ -> ا
        "\u0671": "\u0627",  # ٱ -> ا
        "\u0629": "\u0647",  # ة -> ه
        "\u06c1": "\u0647",  # ہ -> ه
        "\u06be": "\u0647",  # ھ -> ه
        "\u06d5": "\u0647",  # ە -> ه
        "\u06c0": "\u0647",  # ۀ -> ه
        "\u200c": None,  # ZWNJ
        "\u200d": None,  # ZWJ
        "\u0640": None,  # tatweel
        **{chr(c): None for c in range(0x064B, 0x0653)},  # tanwin, harakat, shadda, sukun
        "\u0670": None,  # superscript alef
        "\u0654": None,  # hamza above
        "\u0655": None,  # hamza below
    }
)

_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian and Urdu
    }
)
DIGIT_CLASS = "0-9\u0660-\u0669\u06f0-\u06f9"

# Persian/Urdu and Arabic-Indic digits, to write a number in the script it was read in.
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def fold(text: str) -> str:
    """The spelling-insensitive form of ``text`` (same for ي/ی, ك/ک, أ/ا, with or without ZWNJ)."""
    return text.translate(_FOLD)


def fold_joined(text: str) -> str:
    """``fold`` with spaces removed too: "می گوید", "می‌گوید" and "میگوید" agree."""
    return "".join(fold(text).split())


def ascii_digits(text: str) -> str:
    return text.translate(_DIGITS)


def to_number(text: str) -> int | None:
    """The value of a run of digits in any system, or None."""
    plain = ascii_digits(text)
    return int(plain) if plain.isdigit() else None


def digit_system(sample: str) -> str:
    """``"fa"``, ``"ar"`` or ``"latin"``: which digits ``sample`` is written with."""
    for ch in sample:
        if ch in _PERSIAN_DIGITS:
            return "fa"
        if ch in _ARABIC_DIGITS:
            return "ar"
        if ch.isascii() and ch.isdigit():
            return "latin"
    return "latin"


def write_number(value: int, system: str) -> str:
    text = str(value)
    if system == "fa":
        return text.translate(str.maketrans("0123456789", _PERSIAN_DIGITS))
    if system == "ar":
        return text.translate(str.maketrans("0123456789", _ARABIC_DIGITS))
    return text


def one_edit(a: str, b: str) -> tuple[str, int] | None:
    """How ``b`` differs from ``a`` when it is one letter away: ``("sub"|"ins"|"del", index)``.

    ``index`` is the position in the longer string. None when equal or further apart.
    """
    la, lb = len(a), len(b)
    if a == b or abs(la - lb) > 1:
        return None
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return ("sub", i) if a[i + 1 :] == b[i + 1 :] else None
    if la < lb:
        return ("ins", i) if a[i:] == b[i + 1 :] else None
    return ("del", i) if a[i + 1 :] == b[i:] else None


def deletion_keys(word: str) -> set[str]:
    """``word`` and every string one deletion away: two words share a key iff they are at most
    one edit apart (or two substitutions-by-deletion, which ``one_edit`` then rules out)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
