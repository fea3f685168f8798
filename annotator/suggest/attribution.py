"""Rule "attribution": cues, the sources and outlets they name, and the words they attribute.

Each attribution read by ``reported_speech`` becomes up to three suggestions (Source or Outlet,
Cue, Content) linked as one ``attribution`` relation: accepting any of them creates the triple.
An outlet named beside the speaker ("لقناة المملكة") is linked to the content by ``via_outlet``.
A quotation of four words or more that no cue claims is still proposed as Content.
"""

from __future__ import annotations

from .engine import Context, Suggestion, link
from .reported_speech import MIN_QUOTE, Attribution, SpeechReader

RULE = "attribution"


def read(ctx: Context) -> list[Attribution]:
    """The document's attributions (computed once per document; ``numbers`` reads them too)."""

    def compute() -> list[Attribution]:
        lc = ctx.lexicon.cues[ctx.language]
        return SpeechReader(ctx.tokens, lc, ctx.lexicon.calendars).read()

    return ctx.shared_value("attributions", compute)


def suggest(ctx: Context) -> list[Suggestion]:
    out: list[Suggestion] = []
    claimed: list[tuple[int, int]] = []
    for att in read(ctx):
        out += _suggestions(ctx, att)
        if att.content:
            claimed.append(att.content)
    for i, j in ctx.tokens.quotes:
        if j - i >= MIN_QUOTE and not any(a < j and i < b for a, b in claimed):
            start, end = ctx.tokens.offsets(i, j)
            out.append(
                ctx.suggestion(
                    RULE,
                    start,
                    end,
                    "Content",
                    "quoted words: who said them?",
                    {"quote_type": "direct"},
                    {"fa": "سخنی نقل‌شده: گوینده کیست؟", "ar": "كلام منقول: من قائله؟"},
                )
            )
    return out


def _suggestions(ctx: Context, att: Attribution) -> list[Suggestion]:
    tt = ctx.tokens
    cue_text = ctx.text[slice(*tt.offsets(*att.cue))]
    cue = ctx.suggestion(
        RULE,
        *tt.offsets(*att.cue),
        "Cue",
        f"«{cue_text}» introduces reported words ({att.cue_type})",
        {"cue_type": att.cue_type},
        {"fa": f"«{cue_text}» نشانهٔ نقل سخن است", "ar": f"«{cue_text}» مؤشر على كلام منسوب"},
    )
    members: dict[str, Suggestion] = {}
    if att.source is not None:
        members["source"] = _speaker(ctx, att, cue_text)
    members["cue"] = cue
    outlet = _outlet(ctx, att, cue_text) if att.outlet else None
    if att.content is None:
        return [*members.values(), *([outlet] if outlet else [])]
    content = _content(ctx, att, cue_text)
    members["content"] = content
    linked = link("attribution", members)
    if outlet is not None:
        linked += link("via_outlet", {"content": content, "outlet": outlet})[1:]
    return linked


def _speaker(ctx: Context, att: Attribution, cue_text: str) -> Suggestion:
    tt = ctx.tokens
    start, end = tt.offsets(*att.source)
    name = ctx.text[start:end]
    if att.source_is_outlet:
        return ctx.suggestion(
            RULE,
            start,
            end,
            "Outlet",
            f"«{name}» is the news outlet «{cue_text}» names",
            reasons={
                "fa": f"«{name}» رسانه‌ای است که «{cue_text}» از آن نام می‌برد",
                "ar": f"«{name}» وسيلة الإعلام التي يذكرها «{cue_text}»",
            },
        )
    attributes = {}
    lc = ctx.lexicon.cues[ctx.language]
    if tt.folded[att.source[0]] in lc.vague_sources:
        attributes["source_type"] = "unnamed"
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Source",
        f"«{name}» is who «{cue_text}» attributes the words to",
        attributes,
        {
            "fa": f"«{name}» گوینده‌ای است که «{cue_text}» سخن را به او نسبت می‌دهد",
            "ar": f"«{name}» هو من ينسب إليه «{cue_text}» الكلام",
        },
    )


def _outlet(ctx: Context, att: Attribution, cue_text: str) -> Suggestion:
    start, end = ctx.tokens.offsets(*att.outlet)
    name = ctx.text[start:end]
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Outlet",
        f"«{name}» is the outlet that carried the words «{cue_text}» reports",
        reasons={
            "fa": f"«{name}» رسانه‌ای است که این سخن را منتشر کرده",
            "ar": f"«{name}» وسيلة الإعلام التي نقلت الكلام",
        },
    )


def _content(ctx: Context, att: Attribution, cue_text: str) -> Suggestion:
    start, end = ctx.tokens.offsets(*att.content)
    kind = "direct" if att.direct else "indirect"
    return ctx.suggestion(
        RULE,
        start,
        end,
        "Content",
        f"what «{cue_text}» attributes ({kind} speech)",
        {"quote_type": kind},
        {"fa": f"سخنی که «{cue_text}» نقل می‌کند", "ar": f"الكلام الذي ينسبه «{cue_text}»"},
    )
