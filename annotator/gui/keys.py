"""Label keys that keep working when the keyboard is switched to Persian or Arabic.

A fact-checker typing a correction in Persian and then pressing the Claim key ("C") sends
"ز" (Persian layout) or "ؤ" (Arabic layout) from the same physical key. Each label shortcut
also listens for those letters.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,./"
# Persian standard layout (ISIRI 9147) on the same keys.
PERSIAN = "ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپو./"
# Arabic (101) layout; "b" gives لا, two letters, so it has no single-key match.
ARABIC = "ضصثقفغعهخحجدشسيبلاتنمكطئءؤر\0ىةوزظ"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


def same_key(key: str) -> list[str]:
    """The letters a Persian or Arabic layout types with the key that types ``key``."""
    k = key.lower()
    if k.isdigit() and k.isascii():
        return [PERSIAN_DIGITS[int(k)], ARABIC_DIGITS[int(k)]]
    i = QWERTY.find(k)
    if i < 0:
        return []
    others = [PERSIAN[i], ARABIC[i]]
    return [c for c in dict.fromkeys(others) if c not in "\0./"]


def label_key_sequences(key: str) -> list[QKeySequence]:
    """``key`` first (shown in menus), then with Alt (exact selection), then other layouts."""
    keys = [key.upper(), *same_key(key)]
    return [QKeySequence(k) for k in keys] + [QKeySequence("Alt+" + k) for k in keys]
