"""Find the quotes in a news article and who said them, from the text alone.

No Qt, no network, no language model: a few rules that news writing follows.

1. Quotation marks. Double quotes, straight or curly, and British single quotes, told
   apart from apostrophes (I've, didn't, the actors' ...) by what stands on either side.
   A quote nested in another belongs to the outer one. Quoted titles in Title Case
   ('Mission: Impossible - Dead Reckoning Part One.') are names of works, not speech.
2. Attribution. In the sentence around a quote, a speech verb with its subject, after the
   quote ("…," Cruise says / says Cruise / said the 60-year-old actor / according to X)
   or before it (X says that "…" / X told Reuters, "…" / X calls it "…").
3. Continuation. A quote with no attribution of its own is the words of whoever spoke
   last in its paragraph, by a quote or by reported speech ("X adds that … "a plan"").
   A second half of a quotation split by its attribution is the same speaker's.
4. Speakers. A surname is the person first named in full with it ("base jumping coach
   John DeVore" → John DeVore, BASE jumping coach; later "DeVore" → the same); "he"/"she"
   and "the 60-year-old actor" are the person last named or quoted; "the team" and other
   groups stay groups. What cannot be resolved is marked unattributed, never guessed.
5. Interview transcripts: paragraphs of the form "Name: words" in at least two paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gui.speaker import Speaker

UNATTRIBUTED = "Unattributed"

_SPEECH_VERBS = (
    "say", "says", "said", "add", "adds", "added", "tell", "tells", "told", "remark", "remarks", "remarked",
    "explain", "explains", "explained", "recall", "recalls", "recalled", "note", "notes", "noted", "ask", "asks",
    "asked", "continue", "continues", "continued", "insist", "insists", "insisted", "admit", "admits", "admitted",
    "joke", "jokes", "joked", "reply", "replies", "replied", "quip", "quips", "quipped", "write", "writes", "wrote",
    "state", "states", "stated", "recount", "recounts", "recounted", "declare", "declares", "declared", "shout",
    "shouts", "shouted", "laugh", "laughs", "laughed", "agree", "agrees", "agreed", "warn", "warns", "warned",
    "argue", "argues", "argued", "exclaim", "exclaims", "exclaimed", "conclude", "concludes", "concluded",
    "whisper", "whispers", "whispered", "announce", "announces", "announced",
)  # fmt: skip
_VERB = r"(?:" + "|".join(_SPEECH_VERBS) + r")"
# "call it" and its kin name something rather than report speech, but quote all the same.
_NAMING = r"(?:call|calls|called|dub|dubs|dubbed|describe|describes|described)\s+(?:it|this|that|them|him|her|the\s+\w+)(?:\s+as)?"
_ADVERB = r"(?:\w+ly|also|later|then|now|once|again|simply|even|still)"

_PRONOUNS = {"he", "she", "him", "her"}
_COLLECTIVE = re.compile(
    r"^(?P<phrase>(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:team|teams|crew|studio|organi[sz]ers|officials|police|producers|filmmakers|company|council|group|band|"
    r"club|committee|spokesperson|spokesman|spokeswoman|organi[sz]ation|campaigners|residents|fans|staff|cast))\b",
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(r"^the\s+[a-z0-9][\w-]*(?:\s+[a-z][\w-]*){0,3}$")
# "Piet de Wit", "Ludwig van Beethoven": particles join the capitalised words of a name.
_PARTICLE = r"(?:(?:de|van|von|der|den|da|di|du|le|la|bin|al)\s+)?"
_NAME_AT_END = re.compile(rf"(?P<role>(?:[a-z][\w/’'-]*\s+){{0,4}})(?P<name>(?:[A-Z][\w’'.-]*\s+{_PARTICLE}){{0,3}}[A-Z][\w’'-]*)$")
_NAME_RUN = re.compile(rf"(?<![\w’'])[A-Z][\w’'-]*(?:\s+{_PARTICLE}[A-Z][\w’'-]*){{1,3}}")
# ", a ferry captain," and ", 42," between a name and its verb.
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+[a-z][^,]*|\d{1,3}),")
# What follows a name after "said X": "in a statement", "at the launch".
_TRAILING_PHRASE = re.compile(r"\s+(?:in|at|on|during|after|before|to|with|from|for|as|when|while|outside|inside)\s.*$")
# A capitalised first word ending like a job ("Librarian Grace Okafor") is a role at a sentence's start.
_AGENT_NOUN = re.compile(r"[A-Z][a-z]+(?:er|or|ist|ian|eer|ant|ent|man|woman|ess)$")
_APPOSITIVE_ROLE = re.compile(r"^,\s+(?:a|an|the)\s+(?P<role>[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,4}),")
_TITLES = {
    "Mayor",
    "Dr",
    "Dr.",
    "Coach",
    "Chief",
    "President",
    "Senator",
    "Professor",
    "Captain",
    "Detective",
    "Officer",
    "Judge",
    "Sheriff",
}
_ROLE_STOPWORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "says", "said", "so", "than", "that",
    "the", "then", "to", "told", "when", "while", "with", "also", "adds", "added", "according",
}  # fmt: skip
# Words that spell an acronym in a role: "base jumping coach" is a BASE jumping coach.
_ACRONYMS = {"base jumping": "BASE jumping", "base jumper": "BASE jumper", "base jump": "BASE jump"}
_SMALL_TITLE_WORDS = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "-", "–", "—"}
_ROLE_WORD = re.compile(r"[a-z0-9][\w/’'-]*")
_TRANSCRIPT_LINE = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}):\s+(?P<words>\S.*)$")

_OPEN_DOUBLE, _CLOSE_DOUBLE = "“", "”"
_OPEN_SINGLE, _CLOSE_SINGLE = "‘", "’"


@dataclass(frozen=True)
class FoundQuote:
    """A quote found in block `block` (0 is the first block given) between `start` and `end`."""

    block: int
    start: int
    end: int
    text: str
    speaker: Speaker


@dataclass(frozen=True)
class _Span:
    start: int  # the first character inside the marks
    end: int  # the closing mark (or the block's end when the quote runs on)
    single: bool


def extract_quotes(blocks: Sequence[str]) -> list[FoundQuote]:
    """Every quote in `blocks` (the article's dek and paragraphs, in order) with its speaker."""
    spans = [_spans(block) for block in blocks]
    frames = [_masked(block, block_spans) for block, block_spans in zip(blocks, spans, strict=True)]
    people = _People(blocks, frames)
    if _is_transcript(blocks):
        return _transcript_quotes(blocks, people)
    found: list[FoundQuote] = []
    for index, block in enumerate(blocks):
        found.extend(_block_quotes(index, block, spans[index], frames[index], people))
    return found


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Where the quoted passages of `text` are, as (start, end) inside the marks; titles included."""
    return [(span.start, span.end) for span in _spans(text)]


def _block_quotes(index: int, block: str, spans: list[_Span], frame: str, people: _People) -> list[FoundQuote]:
    current: Speaker | None = None
    found: list[FoundQuote] = []
    for sentence_start, sentence_end in _sentences(block, frame, spans):
        inside = [s for s in spans if sentence_start <= s.start < sentence_end]
        if not inside:
            reported = _reporting_speaker(frame[sentence_start:sentence_end], sentence_start, people)
            current = reported or current
            continue
        previous_end = sentence_start
        sentence_speaker: Speaker | None = None
        for number, span in enumerate(inside):
            text = block[span.start : span.end]
            if _is_title(text):
                previous_end = span.end + 1
                continue
            next_start = inside[number + 1].start - 1 if number + 1 < len(inside) else sentence_end
            after = frame[span.end + 1 : next_start]
            before = frame[previous_end : span.start - 1]
            speaker = _after_attribution(after, span.end, people) or _before_attribution(before, span.start, people)
            if speaker is None and span.single and sentence_speaker is None and current is None:
                # A single-quoted phrase nobody is said to speak is a title or a scare quote.
                previous_end = span.end + 1
                continue
            speaker = speaker or sentence_speaker or current
            if speaker is not None:
                current = sentence_speaker = speaker
                people.spoke(speaker, span.start + people.offset(index))
            found.append(FoundQuote(index, span.start, span.end, text, speaker or Speaker(UNATTRIBUTED)))
            previous_end = span.end + 1
    return found


def _spans(text: str) -> list[_Span]:
    """The outermost quoted passages; marks inside a passage of the other kind are nested quotes."""
    spans: list[_Span] = []
    position, length = 0, len(text)
    while position < length:
        char = text[position]
        if _opens_double(text, position):
            close = _closing_double(text, position + 1, char)
            spans.append(_Span(position + 1, close, single=False))
            position = close + 1
        elif _opens_single(text, position):
            single_close = _closing_single(text, position + 1)
            if single_close is None:
                position += 1
                continue
            spans.append(_Span(position + 1, single_close, single=True))
            position = single_close + 1
        else:
            position += 1
    return [s for s in spans if text[s.start : s.end].strip()]


def _opens_double(text: str, position: int) -> bool:
    char = text[position]
    if char == _OPEN_DOUBLE:
        return True
    return char == '"' and (position == 0 or not text[position - 1].isalnum())


def _closing_double(text: str, start: int, opener: str) -> int:
    closers = (_CLOSE_DOUBLE, '"') if opener == _OPEN_DOUBLE else ('"', _CLOSE_DOUBLE)
    found = [i for i in (text.find(c, start) for c in closers) if i != -1]
    # A quote that runs to the end of its paragraph goes on in the next, as news style allows.
    return min(found) if found else len(text)


def _opens_single(text: str, position: int) -> bool:
    char = text[position]
    if char not in (_OPEN_SINGLE, "'"):
        return False
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    # An opening mark follows a space or bracket and precedes a letter: not "'90s", not "rock 'n' roll".
    return (before.isspace() or before in "([—–-") and after.isalpha()


def _closing_single(text: str, start: int) -> int | None:
    position = start
    while position < len(text):
        char = text[position]
        if char in (_CLOSE_SINGLE, "'"):
            before = text[position - 1]
            after = text[position + 1] if position + 1 < len(text) else " "
            # An apostrophe sits between letters (didn't, I've); a closing mark ends a word or sentence.
            if not (before.isalpha() and after.isalpha()) and not before.isspace() and not after.isalnum():
                return position
        elif char in '"“' and _opens_double(text, position):
            nested_close = _closing_double(text, position + 1, char)
            position = nested_close
        position += 1
    return None


def _masked(block: str, spans: list[_Span]) -> str:
    """The block with every quote's words blanked out, so their punctuation cannot end a sentence."""
    chars = list(block)
    for span in spans:
        for i in range(span.start, span.end):
            chars[i] = "q"
    return "".join(chars)


def _sentences(block: str, frame: str, spans: list[_Span]) -> list[tuple[int, int]]:
    """Sentence bounds in the masked block; a quote ending in . ? or ! ends its sentence when a new one follows."""
    ends = [m.end() for m in re.finditer(r"[.?!][\"”’']?\s+(?=[\"“‘'A-Z0-9])", frame)]
    for span in spans:
        if span.end >= len(block) or not block[span.start : span.end].rstrip().endswith((".", "?", "!")):
            continue
        rest = frame[span.end + 1 :]
        following = rest.lstrip()
        starts_new = following[:1] in ('"', "“", "‘") or (following[:1].isupper() and not _starts_attribution(following))
        if starts_new:
            ends.append(len(frame) - len(following))
    bounds, start = [], 0
    for end in sorted(set(ends)):
        if end > start:
            bounds.append((start, end))
            start = end
    bounds.append((start, len(frame)))
    return bounds


def _starts_attribution(words: str) -> bool:
    return bool(re.match(rf"^(?:[A-Z][\w’'-]*\s+){{1,3}}{_VERB}\b", words))


def _is_title(text: str) -> bool:
    """Title Case with no lowercase content word: the name of a work, not speech."""
    words = re.findall(r"[\w’'-]+", text)
    if not words or len(words) > 12:
        return False
    content = [w for w in words if w.lower() not in _SMALL_TITLE_WORDS]
    return len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content) and not text.rstrip().endswith(("?", "!"))


def _after_attribution(after: str, position: int, people: _People) -> Speaker | None:
    text = after.lstrip(" ,")
    if match := re.match(r"^according\s+to\s+(?P<who>[^,.;:!?]+)", text, re.IGNORECASE):
        return people.resolve(match.group("who"), position)
    if match := re.match(rf"^(?P<who>[^,.;:!?\"“”]+?)\s+(?:{_ADVERB}\s+)?{_VERB}\b", text):
        return people.resolve(match.group("who"), position)
    if match := re.match(rf"^{_VERB}\s+(?P<who>[^,.;:!?\"“”]+)", text):
        return people.resolve(_TRAILING_PHRASE.sub("", match.group("who")), position)
    return None


def _before_attribution(before: str, position: int, people: _People) -> Speaker | None:
    text = _APPOSITIVE.sub("", before).rstrip()
    clause = re.split(r"[;]|,\s+(?=(?:and|but|while|as)\b)", text)[-1]
    patterns = (
        r"according\s+to\s+(?P<who>[^,.;:!?]+),?$",
        rf"(?P<who>[^,.;:!?\"“”]+?)\s+(?:{_ADVERB}\s+)?{_VERB}(?:\s+[\w.’'-]+){{0,4}}?(?:\s+that)?[,:]?$",
        rf"(?P<who>[^,.;:!?\"“”]+?)\s+(?:{_ADVERB}\s+)?{_NAMING}$",
    )
    for pattern in patterns:
        if match := re.search(pattern, clause, re.IGNORECASE if pattern.startswith("according") else 0):
            who = _clause_subject(match.group("who"))
            if (speaker := people.resolve(who, position)) is not None:
                return speaker
    return None


def _reporting_speaker(sentence: str, position: int, people: _People) -> Speaker | None:
    """Who a sentence of reported speech names: "McQuarrie adds that the stunt …"."""
    for clause in re.split(r"[;:]|,\s+", _APPOSITIVE.sub("", sentence)):
        if match := re.match(rf"^\s*(?P<who>[^,.;:!?]+?)\s+(?:{_ADVERB}\s+)?{_VERB}\b(?:\s+that\b)?", clause):
            speaker = people.resolve(_clause_subject(match.group("who")), position)
            if speaker is not None:
                return speaker
    return None


def _clause_subject(who: str) -> str:
    # "As such, Cruise" → "Cruise"; the subject is what follows the clause's last comma.
    return re.split(r",\s+", who)[-1].strip()


def _is_transcript(blocks: Sequence[str]) -> bool:
    # Two or more voices taking turns; one "Mission: Impossible …" paragraph is no interview.
    labelled = [m.group("name") for b in blocks if (m := _TRANSCRIPT_LINE.match(b))]
    return len(labelled) >= 3 and len(set(labelled)) >= 2


def _transcript_quotes(blocks: Sequence[str], people: _People) -> list[FoundQuote]:
    found = []
    for index, block in enumerate(blocks):
        if match := _TRANSCRIPT_LINE.match(block):
            speaker = people.resolve(match.group("name"), people.offset(index)) or Speaker(match.group("name"))
            found.append(FoundQuote(index, match.start("words"), len(block), match.group("words"), speaker))
    return found


class _People:
    """Everyone the article names, in order, to resolve a surname, pronoun or description."""

    def __init__(self, blocks: Sequence[str], frames: Sequence[str]) -> None:
        """`frames` are the blocks with their quotes blanked: names inside quotes are not mentions."""
        self._offsets: list[int] = []
        offset = 0
        for block in blocks:
            self._offsets.append(offset)
            offset += len(block) + 1
        self._full_names: dict[str, Speaker] = {}
        self._mentions: list[tuple[int, Speaker]] = []
        self._speakers: list[tuple[int, Speaker]] = []
        for index, frame in enumerate(frames):
            for match in _NAME_RUN.finditer(frame):
                self._remember(frame, match.start(), match.group(), self._offsets[index])

    def offset(self, block: int) -> int:
        return self._offsets[block]

    def spoke(self, person: Speaker, position: int) -> None:
        self._speakers.append((position, person))

    def resolve(self, who: str, position: int) -> Speaker | None:
        who = re.sub(rf"\s+{_ADVERB}$", "", who.strip())
        who = re.sub(r"^(?:and|but|so|then|as|while)\s+", "", who, flags=re.IGNORECASE)
        if not who or len(who.split()) > 10:
            return None
        lowered = who.lower()
        if lowered in _PRONOUNS:
            return self._last_person(position)
        # A name wins over a group word before it: "studio chief Brian Robbins" is a person.
        if match := _NAME_AT_END.search(who):
            return self._named(match.group("name"), match.group("role"))
        if match := _COLLECTIVE.match(who):
            phrase = match.group("phrase")
            return Speaker(phrase[0].upper() + phrase[1:])
        if _DESCRIPTION.match(who):
            return self._last_person(position)
        return None

    def _named(self, name: str, role_words: str) -> Speaker | None:
        words = name.split()
        if (len(words) > 2 and (words[0] in _TITLES or _AGENT_NOUN.fullmatch(words[0]))) or (len(words) == 2 and words[0] in _TITLES):
            role_words, words = words[0].lower(), words[1:]
        name = " ".join(words)
        if name.lower() in _PRONOUNS or name in {"I", "We", "It", "The", "This", "That"}:
            return None
        known = self._full_names.get(words[-1])
        if known is not None and known.name.lower().endswith(name.lower()):
            return known
        return Speaker(name, _role(role_words))

    def _remember(self, block: str, start: int, run: str, offset: int) -> None:
        words = run.split()
        if words[0] in {"The", "A", "An", "In", "On", "At", "But", "And", "As", "When", "While", "After", "Before"}:
            words = words[1:]
            if len(words) < 2:
                return
        role = _role(block[:start])
        if words[0] in _TITLES or (len(words) > 2 and _AGENT_NOUN.fullmatch(words[0])):
            role, words = role or words[0].lower(), words[1:]
        if len(words) < 2:
            return
        name = " ".join(words)
        if appositive := _APPOSITIVE_ROLE.match(block[start + len(run) :]):
            role = role or _role(appositive.group("role"))
        person = Speaker(name, role)
        self._full_names.setdefault(words[-1], person)
        self._mentions.append((offset + start, self._full_names[words[-1]]))

    def _last_person(self, position: int) -> Speaker | None:
        earlier = [(p, person) for p, person in (*self._speakers, *self._mentions) if p <= position]
        speakers = [(p, person) for p, person in self._speakers if p <= position]
        # The last speaker wins over a mere mention in another paragraph; a mention in this one wins over both.
        candidates = speakers or earlier
        return max(candidates, key=lambda item: item[0])[1] if candidates else None


def _role(words: str) -> str:
    """The role words before a name, without the sentence's own words: "writer/director"."""
    kept: list[str] = []
    for word in reversed(words.split()):
        if word.lower() in _ROLE_STOPWORDS or not _ROLE_WORD.fullmatch(word):
            break
        kept.insert(0, word)
    role = " ".join(kept)
    for plain, spelled in _ACRONYMS.items():
        role = role.replace(plain, spelled)
    return role
