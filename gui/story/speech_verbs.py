"""The verbs that report speech in news writing ("said", "tweeted", "shot back"), shared by the
quote extractor and the sentence splitter, as words and as one fast pattern.

No Qt here, and nothing compiled at import: a pattern is built when first asked for.
"""

from __future__ import annotations

import re
from functools import cache


def _forms(*stems: str) -> tuple[str, ...]:
    """A regular verb's forms: "warn" → warn, warns, warned, warning (stems ending in e drop it)."""
    forms: list[str] = []
    for stem in stems:
        # "point out" is inflected on its verb: "points out", "pointed out".
        verb, _, particle = stem.partition(" ")
        tail = " " + particle if particle else ""
        if verb.endswith("e"):
            inflected = [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
        elif verb.endswith("y") and verb[-2:] not in ("ay", "ey", "oy"):
            inflected = [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
        elif particle and len(verb) == 3 and verb[1] in "aeiou" and verb[2] not in "aeiouwxy":
            # "sum up" → "summed up": a short verb before its particle doubles its last consonant.
            inflected = [verb, verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
        elif verb.endswith("iz"):
            inflected = [verb, verb + "zes", verb + "zed", verb + "zing"]  # "quizzes", "quizzed"
        elif verb.endswith(("sh", "ch", "ss", "x", "z")):
            inflected = [verb, verb + "es", verb + "ed", verb + "ing"]  # "presses", "lashes out"
        else:
            inflected = [verb, verb + "s", verb + "ed", verb + "ing"]
        forms += [form + tail for form in inflected]
    return tuple(forms)


SPEECH_VERBS = (
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "writing",
    "quip", "quips", "quipped", "quipping", "admit", "admits", "admitted", "admitting", "shoot back", "shot back",
    "go on", "goes on", "went on", "fire back", "fired back", "hit back", "speak", "spoke", "read", "reads", "sing", "sang", "sings",
    "chant", "chants", "chanted", "put it", "puts it",
    *_forms(
        "add", "remark", "explain", "recall", "note", "ask", "continue", "insist", "joke", "reply", "state",
        "recount", "declare", "shout", "laugh", "agree", "warn", "argue", "exclaim", "conclude", "whisper",
        "announce", "tweet", "respond", "criticize", "criticise", "condemn", "post", "report", "acknowledge",
        "point out", "urge", "denounce", "blast", "interject", "accuse", "complain", "assure", "decry", "bemoan",
        "charge", "lament", "blame", "suggest", "promise", "defend", "question", "answer", "claim", "confirm",
        "deny", "email", "mock", "fume", "emphasize", "emphasise", "boast", "testify", "stress", "vow", "praise",
        "slam", "concede", "caution", "predict", "demand", "wonder", "muse", "observe", "counter", "reiterate",
        "maintain", "contend", "assert", "allege", "scoff", "snap", "plead", "beg", "cry", "yell", "scream",
        "thunder", "roar", "text", "message", "sneer", "groan", "sigh", "gush", "rail", "retort", "rebut",
        "pledge", "hail", "dismiss", "reject", "tout", "proclaim", "lash out", "push back", "mutter", "grumble",
        "chide", "scold", "rebuke", "deride", "ridicule", "disclose", "reveal", "inform", "advise", "instruct",
        "order", "command", "boom", "bellow", "holler", "murmur", "concur", "opine", "posit", "surmise",
        "theorize", "speculate", "estimate", "forecast", "guess", "figure", "reckon", "sum up", "summarize",
        "echo", "repeat", "quote", "cite", "grouse", "gripe", "protest", "object", "interrupt", "press",
        "prod", "needle", "tease", "taunt", "jab", "snipe", "crack", "pronounce", "preach", "lecture",
        "advocate", "implore", "appeal", "exhort", "concede", "confide", "confess", "brag", "crow", "describe",
        "call", "label", "dub", "brand", "term", "characterize", "imply", "recount", "muse",
        "comment", "project", "bark", "indicate", "muse", "sniff", "quiz", "grill", "tout", "remember", "react",
    ),
)  # fmt: skip


def trie_pattern(words: set[str]) -> str:
    """One alternation with shared prefixes factored out ("sa(?:y(?:s|ing)?|id)"): tried in a step
    per letter rather than once per word, it keeps every speech-verb pattern fast."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return "(?:" + emit(trie) + ")"


# Nouns as often as verbs ("Clinton press secretary", "the Mueller report said"), and "continue"
# ("will continue to be"): only their unambiguous forms count as speech verbs.
NOUN_LIKE = {
    "press", "presses", "post", "posts", "report", "reports", "question", "questions", "answer", "answers", "order",
    "orders", "command", "commands", "text", "texts", "message", "messages", "email", "emails", "object", "objects",
    "figure", "figures", "guess", "crack", "cracks", "jab", "jabs", "boom", "booms", "appeal", "appeals", "state",
    "states", "term", "terms", "brand", "brands", "label", "labels", "estimate", "estimates", "forecast", "forecasts",
    "advocate", "advocates", "echo", "echoes", "echos", "tweet", "call", "claim", "charge", "demand", "promise",
    "pledge", "praise", "blast", "slam", "counter", "quote", "quotes", "reply", "protest", "protests", "cry", "cries",
    "read", "reads", "sing", "sings", "concern", "comment", "vow", "boast", "complaint", "lecture", "lectures",
    "dub", "rail", "rails", "needle", "needles", "crow", "crows", "snap", "snaps", "roar", "roars", "gush", "sigh",
    "sighs", "groan", "groans", "thunder", "muse", "muses", "comments", "project", "projects", "continue",
}  # fmt: skip
SPEECH_VERBS = tuple(verb for verb in SPEECH_VERBS if verb not in NOUN_LIKE)
NAMING_VERBS = {
    "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "describe", "describes", "described", "describing",
    "label", "labels", "labeled", "labelled", "brand", "brands", "branded", "characterize", "characterizes",
    "characterized", "term", "termed", "deem", "deemed", "according", "According", "read", "reads", "reading",
}  # fmt: skip


@cache
def any_speech_verb() -> re.Pattern[str]:
    """Any speech verb, or a verb that names what is quoted ("called it"); not "so-called"."""
    return re.compile(r"(?<![\w-])" + trie_pattern(set(SPEECH_VERBS) | NAMING_VERBS) + r"\b")


@cache
def starts_attribution() -> re.Pattern[str]:
    """One to three capitalised words, an aside perhaps, and a speech verb: "Tom Berg said", "Rep. Ann
    Fox, R-Pa., said", an attribution's start."""
    return re.compile(
        rf"(?:[A-Z][\w’'\u2024-]*\s+){{0,2}}[A-Z][\w’'\u2024-]*(?:,\s+[^,?!“”\"\n]{{1,60}}?,)?\s+(?:[a-z]+ly\s+)?"
        rf"{trie_pattern(set(SPEECH_VERBS))}\b"
    )
