"""Find the quotes in a news article and who said them, from the text alone.

No Qt, no network, no language model: a few rules that news writing follows.

1. Quotation marks, found as quote_marks says (the one definition of the marks), in the
   sentences sentences.py cuts (the one splitter, shared with the dates and the detail pane).
   Quoted titles in Title Case ('Mission: Impossible - Dead Reckoning Part One.') are names of
   works, not speech.
2. Attribution. In the sentence around a quote, a speech verb with its subject, after the
   quote ("…," Cruise says / says Cruise / said the 60-year-old actor / according to X /
   "…," Jane Doe, the club's spokeswoman, said / said Sen. Ann Lee (D-Ore.)) or before it
   (X says that "…" / X told Reuters, "…" / X calls it "…" / X told the crowd that the plan
   "went too far" / X stepped up his attack, saying, "…" / X shot back: "…"), or for the
   whole sentence (… "a plan" …, according to X. / …, the Post reported. / "…" came, he
   said, and "…"). A mark after "=" opens a value in pasted markup, not a quote.
3. Continuation. A quote with no attribution of its own is the words of whoever spoke
   last in its paragraph, by a quote or by reported speech ("X adds that … "a plan"").
   A second half of a quotation split by its attribution is the same speaker's, and a
   paragraph opening on a bare quote goes on from the last paragraph's closing speaker.
4. Speakers. A surname is the person named in full with it most often ("base jumping coach
   John DeVore" → John DeVore, base jumping coach; later "DeVore" → the same); "he"/"she"
   and "the 60-year-old actor" are whoever was last quoted or last the subject of a
   sentence within a few hundred characters (a subject from less far than a speaker),
   agreeing in gender where a title (Mr., Ms.) or a common given name tells it, and only
   for a person (not "Priorities USA", not a possessive); further back (a paragraph or two),
   "he" is the one man the article names there, if it names only one and his gender is known; "the team" and other groups stay
   groups; "a campaign aide", "the statement" and "the parish council's treasurer" are
   sources described, not named, and keep their description, as does "the Florida
   senator" when nobody near answers to it; "the State Department" speaks as itself, and
   "Ann Fox of Ohio" is Ann Fox. What cannot be resolved is marked unattributed, never guessed. A short phrase in marks, in
   a sentence that reports no speech, is a scare quote ("the so-called "cure""), not a quote.
5. Interview transcripts: paragraphs of the form "Name: words", two voices with more than one
   turn each, one of them named ("Q:" and "A:" alone name nobody).

Every pass is linear in the text: each rule looks at a bounded window around a quote, and
the article's people are kept in position order and looked up by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

from .first_names import gender_of
from .quote_marks import QuoteSpan, marked_paragraphs, opens_quotation
from .quote_marks import quote_spans as _spans
from .sentences import DOT as _DOT
from .sentences import masked_abbreviations, masked_quotes, sentence_bounds
from .speaker import Speaker
from .speech_verbs import SPEECH_VERBS, any_speech_verb, trie_pattern

UNATTRIBUTED = "Unattributed"
# What an attribution gives when it names someone by a pronoun nobody near answers to.
_NOBODY = Speaker(UNATTRIBUTED)
# What a quote nobody is found for gives: one for them all (a frozen dataclass is slow to build).
_UNATTRIBUTED_SPEAKER = Speaker(UNATTRIBUTED)
_SPEECH_VERBS = SPEECH_VERBS  # the name measuring scripts import


_VERB = trie_pattern(set(_SPEECH_VERBS))
# "call it" and its kin name something rather than report speech, but quote all the same.
_NAMING = (
    r"(?:call|calls|called|calling|dub|dubs|dubbed|describe|describes|described|describing|label|labels|labeled|"
    r"labelled|brand|brands|branded|characterize|characterizes|characterized|term|termed|deem|deemed)"
    r"\s+(?:it|this|that|them|him|her|himself|herself|themselves|the\s+\w+(?:\s+\w+)?|[A-Z][\w’'\u2024-]*(?:\s+[A-Z][\w’'\u2024-]*)?)"
    r"(?:\s+as)?(?:\s+(?:a|an|the))?"
)
_ADVERB = (
    r"(?:[a-z]\w*ly|also|almost|already|never|later|then|now|once|again|simply|even|still|recently|previously|often|"
    r"has|had|have|would|will|once\s+again)"
)
_TITLE_ROLES = {
    "Sen": "senator", "Sens": "senators", "Rep": "representative", "Reps": "representatives", "Gov": "governor",
    "Lt": "lieutenant", "Gen": "general", "Col": "colonel", "Sgt": "sergeant", "Maj": "major", "Capt": "captain",
    "Cmdr": "commander", "Adm": "admiral", "Prof": "professor", "Rev": "reverend", "Atty": "attorney",
    "Supt": "superintendent", "Insp": "inspector", "Pres": "president", "Sec": "secretary", "Del": "delegate",
    "Dr": "", "Mr": "", "Mrs": "", "Ms": "", "Mx": "", "Messrs": "", "Hon": "", "Fr": "", "Cpl": "corporal",
}  # fmt: skip
_FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Madam", "Lady", "Dame", "Queen", "Congresswoman", "Chairwoman"}
_MALE_TITLES = {"Mr", "Sir", "Lord", "King", "Congressman", "Chairman", "Father"}

_PRONOUNS = {"he", "she", "him", "her"}
_PRONOUN_GENDERS = {"he": "m", "He": "m", "him": "m", "she": "f", "She": "f", "her": "f"}
_COLLECTIVE = re.compile(
    r"^(?P<phrase>(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:team|teams|crew|studio|organi[sz]ers|officials|police|producers|filmmakers|company|council|group|band|"
    r"club|committee|spokesperson|spokesman|spokeswoman|organi[sz]ation|campaigners|residents|fans|staff|cast))\b(?![’']s)",
    re.IGNORECASE,
)
_SOURCE_NOUN = (
    r"(?:statement|report|letter|memo|ad|advertisement|release|email|e-mail|post|tweet|website|lawsuit|complaint|"
    r"filing|indictment|ruling|document|documents|editorial|article|piece|transcript|survey|poll|study|platform|"
    r"resolution|petition|announcement|spokesman|spokeswoman|spokesperson|source|sources|aide|aides|official|"
    r"officials|adviser|advisers|advisor|lawmaker|lawmakers|protesters|supporters|critics|analysts|experts|"
    r"observers|residents|voters|witnesses|friend|friends|crowd|audience|republicans?|democrats?|conservatives?|liberals?|"
    r"[a-z]+(?:er|or|ist|ian|ant|ent|man|woman|person)s?)"
)
# "a friend", "one lawmaker", "a spokeswoman for the club", "the statement": a source left unnamed.
_UNNAMED_SOURCE = re.compile(
    r"(?:(?:a|an|one|another|two|three|several|some|many|other|multiple)\s+(?:\S+\s+){0,4}?"
    r"|(?:the|this|that|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3}?(?=(?:statement|report|letter|memo|ad|release|"
    r"email|post|tweet|website|lawsuit|complaint|filing|indictment|ruling|document|editorial|article|piece|"
    r"transcript|survey|poll|study|platform|resolution|petition|announcement|crowd|audience)\b))"
    rf"{_SOURCE_NOUN}(?:\s+(?:for|of|at|to|with|from|in|on|close\s+to|familiar\s+with)\s+\S+(?:\s+\S+){{0,6}})?$",
    re.IGNORECASE,
)
# The last word of a description that stands for people: "the farmer", "the 60-year-old actor", "the judges".
_AUXILIARIES = frozenset({
    "was", "were", "is", "are", "has", "had", "have", "will", "would", "can", "could", "said", "says", "should", "must",
    "may", "might", "did", "does", "do", "shall",
})  # fmt: skip
# "the city embodied the": a clause, not a source described.
_CLAUSE_IN_DESCRIPTION = re.compile(r"\s[a-z]+ed\s+(?:the|a|an|his|her|their|its)\b")
_PERSON_NOUN = re.compile(
    r"[a-z-]*(?:er|or|ist|ian|ant|ent|man|woman|men|women|person|people|eer|ee|ess)s?|\d+-year-old|(?:judge|chief|aide|star|coach|"
    r"nominee|candidate|mayor|official|source|secretary|boss|critic|expert|executive|attorney|sheriff|principal|"
    r"rep|senator|governor|lawmaker|diplomat|envoy|minister|chair|head|guard|cop|veteran|widow|mother|father|"
    r"son|daughter|wife|husband|sister|brother|friend|neighbour|neighbor|couple|pair|trio|actress|actor|star|"
    r"billionaire|mogul|tycoon|native|local|insider|pollster|staffer|legislator|democrat|republican|liberal|"
    r"conservative|activist|advocate|prosecutor|defendant|victim|witness|survivor|celebrity|host|anchor|"
    r"reporter|journalist|columnist|economist|scientist|doctor|nurse|pilot|captain|colonel|general|sergeant|"
    r"officer|agent|spokesperson|adviser|advisor|associate|ally|rival|opponent|challenger|incumbent|frontrunner|"
    r"front-runner|hopeful|contender|owner|boss|founder|ceo|president|vice-president|nun|priest|pastor|rabbi|imam|"
    r"bishop|pope|king|queen|prince|princess|duke|lady|lord|child|kid|teen|teenager|girl|boy|man|woman|surgeon|"
    r"neurosurgeon|physician)s?"
)
_DESCRIPTION = re.compile(r"^the\s+(?:[A-Z][\w-]*\s+){0,2}[a-z0-9][\w-]*(?:\s+[a-z][\w-]*){0,3}$")
# "Piet de Wit", "Ludwig van Beethoven": particles join the capitalised words of a name.
_PARTICLE = r"(?:(?:de|van|von|der|den|da|di|du|le|la|bin|al)\s+)?"
_NAME_WORD = r"[A-Z][\w’'\u2024-]*"
# Not after a hyphen: "his anti-Muslim remarks" name nobody.
_NAME_AT_END = re.compile(
    rf"(?P<role>(?:[a-z][\w/’'-]*\s+){{0,4}})(?<![\w’'\u2024-])(?P<name>(?:{_NAME_WORD}\s+{_PARTICLE}){{0,5}}{_NAME_WORD})$"
)
# Possessive (*+, {}+): a run of capitalised words is never given back word by word, which would
# make "Word Word Word …" cost the square of its length.
_NAME_WORD_ONCE = r"[A-Z][\w’'\u2024-]*+"
_NAME_RUN = re.compile(rf"(?<![\w’'\u2024]){_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{1,5}}+")
# ", a ferry captain," and ", 42," between a name and its verb.
_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+[a-z][^,]*|\d{1,3}),")
# "(R-Utah)", "(D-Ga.)": a party tag or other aside between a name and its verb.
_PARENTHETICAL = re.compile(r"\s*\([^()]{0,60}\)")
# What follows a name after "said X": "in a statement", "at the launch".
_TRAILING_PHRASE = re.compile(
    r"\s+(?:in|at|on|during|after|before|to|with|from|for|as|when|while|outside|inside|of|about|who|whose|which|and)\s.*$"
)
# A capitalised first word ending like a job ("Librarian Grace Okafor") is a role at a sentence's start.
# The verbs that come before their speaker in news: '"…," said Ann Fox', '"…," asked a voter'.
_INVERTING_VERB = re.compile(
    r"(?:said|says|added|adds|asked|asks|wrote|writes|continued|explained|recalled|noted|replied|shouted|declared|"
    r"cautioned|warned|insisted|argued|recalls|explains|notes|observed|remarked|quipped)\s"
)
# "one of those advisers", "two of the city's bakers": some of a group, described.
_ONE_OF = re.compile(
    r"(?:one|two|three|four|some|several|many|most|each|both|either|neither)\s+of\s+"
    r"(?:(?:the|those|these|his|her|their|its|[\w’'.-]+[’']s)\s+)?(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*s\b"
)
_AGENT_NOUN = re.compile(r"[A-Z][a-z]+(?:er|or|ist|ian|eer|ant|ent|man|woman|ess)$")
# ", a spokesman for Tri-County Electric.", ", director of emergency medicine at St. Jude's,": the
# appositive after a first mention, up to its end, not a clause ("who runs a shop") or an age.
_APPOSITIVE_ROLE = re.compile(r", (?:\d{1,3}, )?(?:(?:a|an|the) )?(?P<role>[a-z][^,;:()“”\"\n.]{0,100})")
_TITLES = {
    "Mayor", "Dr", "Dr.", "Coach", "Chief", "President", "Senator", "Professor", "Captain", "Detective", "Officer",
    "Judge", "Sheriff", "Governor", "Gov", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Speaker",
    "Secretary", "Former", "Vice", "Attorney", "General", "Leader", "Majority", "Minority", "Chairman", "Chairwoman",
    "Mr", "Mrs", "Ms", "Miss", "Sir", "Lady", "Lord", "Dame", "Father", "Pope", "Prime", "Minister", "Justice",
    "Commissioner", "Director", "Ambassador", "Lt", "Gen", "Col", "Sgt", "Maj", "Capt", "Adm", "Prof", "Rev",
    "Democratic", "Republican", "GOP", "Presidential", "Candidate", "Nominee", "Then", "Deputy", "Acting",
    "Assistant", "Press", "House", "Senate", "State", "U.S", "US", "Sens", "Reps", "Gens", "Messrs", "Mx",
    "Pres", "Sec", "Del", "Atty", "Supt", "Insp", "Hon", "Fr", "Cpl", "Cmdr", "Queen", "King", "District", "Circuit",
    "Supreme", "Federal", "Senior", "Special", "Counsel", "Agent", "Spokesman", "Spokeswoman", "Rabbi", "Bishop",
    "Cardinal", "Imam", "Pastor", "Reverend", "Chancellor", "Councilman", "Councilwoman", "Delegate", "Lieutenant",
    "Sergeant", "Admiral", "Colonel", "Major", "Private", "Corporal", "Trooper", "Chairperson", "CEO",
}  # fmt: skip
_ROLE_STOPWORDS = {
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "of", "on", "or", "says", "said", "so", "than", "that",
    "the", "then", "to", "told", "when", "while", "with", "also", "adds", "added", "according",
}  # fmt: skip
_SMALL_TITLE_WORDS = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "-", "–", "—"}
_OWNERS = frozenset({"the", "a", "an", "one", "another", "her", "his", "its", "their", "our", "my", "your"})
_ROLE_WORD = re.compile(r"[a-z0-9][\w/’'-]*")
_TRANSCRIPT_LINE = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}):\s+(?P<words>\S.*)$")
# Capitalised words that open a sentence or name a place, party or body: not a person.
_NOT_PERSON = {
    "The", "A", "An", "In", "On", "At", "But", "And", "As", "When", "While", "After", "Before", "If", "It", "This",
    "That", "These", "Those", "There", "Then", "So", "Or", "For", "With", "From", "By", "Of", "To", "His", "Her",
    "Their", "Our", "My", "Its", "What", "Why", "How", "Who", "Where", "We", "They", "You", "I", "He", "She",
    "National", "Convention", "Committee", "Party", "House", "Senate", "Congress", "Department", "University",
    "Post", "Times", "News", "Journal", "Street", "Court", "Council", "Association", "Institute", "Center",
    "Centre", "Foundation", "Club", "Company", "Corporation", "Inc", "Group", "Agency", "Office", "Administration",
    "Campaign", "Network", "Press", "Review", "Tribune", "Herald", "Magazine", "Radio", "Television", "Channel",
    "Union", "States", "United", "America", "American", "Americans", "Democrats", "Republicans", "Democratic",
    "Republican", "County", "City", "State", "Island", "Islands", "North", "South", "East", "West", "New",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "CNN",
    "Twitter", "Facebook", "Reuters", "Associated", "God", "Hall", "Building", "Church", "School", "College",
    "Hospital", "Airport", "Park", "Square", "Avenue", "Road", "Bridge", "River", "Lake", "Mountain", "Mountains",
    "Valley", "Beach", "Bay", "Coast", "Force", "Army", "Navy", "Corps", "Guard", "Service", "Services",
    "Security", "Bureau", "Commission", "Board", "Authority", "Ministry", "Parliament", "Assembly", "Caucus",
    "Federal", "Federation", "International", "Global", "World", "Day", "Week", "Act", "Bill", "Law", "Plan",
    "Program", "Project", "Show", "Hill", "Capitol", "Studios", "Pictures", "Awards", "Festival", "Museum",
    "Line", "Lines", "Airlines", "Airways", "Railways", "Railroad", "Motors", "Holdings", "Partners", "Media",
    "Labs", "Systems", "Technologies", "Sea", "Ocean", "Gulf", "Strait", "Peninsula", "Desert", "Forest",
}  # fmt: skip
_BODIES = frozenset({
    "Department", "Committee", "Party", "Campaign", "Foundation", "Association", "Institute", "Center", "Council",
    "Commission", "Agency", "Administration", "Office", "Bureau", "Court", "Union", "Network", "Post", "Times",
    "Journal", "News", "Tribune", "Herald", "Review", "Magazine", "Ministry", "Board", "Service", "Caucus", "Group",
})  # fmt: skip
# Names of bodies whose words are otherwise no person's: "CNN" and "House" alone name no one.
_SPEAKING_BODIES = frozenset({
    "White House", "CNN", "Reuters", "Associated Press", "Pentagon", "Kremlin", "Vatican",
})  # fmt: skip
# Words that open a sentence before a name ("Though Trump", "Several Cruz aides"), never a given name.
_NOT_NAME_START = frozenset({
    "Though", "Although", "Whether", "Whereas", "Unless", "Later", "Earlier", "Today", "Yesterday", "Tonight",
    "Just", "Was", "Were", "Another", "Several", "Even", "Only", "Also", "Still", "Yet", "Now",
    "Here", "Meanwhile", "However", "Indeed", "Instead", "Like", "Unlike", "Despite", "Since", "Until", "Because",
    "Once", "Every", "Each", "Both", "All", "Many", "Some", "Most", "Few", "Other", "Such", "Last", "Next", "Asked",
    "Said", "Says", "Affairs", "Staff", "Message", "Not", "Did", "Does", "Do", "Is", "Are", "Will", "Would",
})  # fmt: skip
# Of those, the words that stand for nobody on their own ("Since", "Just"; not "Another", "Will").
_NO_ONE = _NOT_NAME_START - {"Another", "Several", "Many", "Some", "Most", "Few", "Other", "Both", "All", "Each", "Every", "Will"}
# "New" opens a name ("New York"), the rest open a sentence before a name.
_SENTENCE_OPENERS = frozenset(_NOT_PERSON - {"New"})
_VERBISH = re.compile(
    r"[a-z]+(?:ed|es)|(?:is|was|has|had|says|said|told|wrote|spoke|took|made|gave|went|came|saw|thought|knew|"
    r"became|began|ran|won|lost|sent|met|led|left|held|felt|found|put|set|got|kept|brought|will|would|can|could|"
    r"may|might|did|does|must|should|tells|writes|says|thinks|wants|calls|adds|notes|asks|argues|believes|sees|"
    r"knows|gets|goes|comes|takes|makes|gives|seems|appears|stood|sat|fought|hit|struck|spent|paid|read|heard|"
    r"sought|taught|chose|drew|grew|threw|wore|broke|spoke|rose|fell|sold|bought|built|meant|dealt|swore)"
)
# An appositive opens lowercase (", a coach,", ", 42,"), on a party tag (", R-Ky.,") or with an owner (", Lee's campaign manager,").
_APPOSITIVE_START = r"(?=[a-z0-9]|[RDI]-[A-Z]|(?:[A-Z][\w\u2024-]*\s+){0,3}[A-Z][\w\u2024-]*[’'](?:s\s|\s))"
# ", a coach,", ", 42, of Raleigh, N.C., who was polled,": an appositive, and up to two more asides after it.
# Never past a sentence's or a paragraph's end: a match that ran on into the next would hide its own subject.
_ASIDE_CHAR = r"(?:(?![.?!]\s+[A-Z])[^,“”\"\n])"
_APPOSITIVE_CHAIN = rf",\s+{_APPOSITIVE_START}{_ASIDE_CHAR}{{1,100}}?(?:,\s+{_ASIDE_CHAR}{{1,100}}?){{0,2}}?,"
_APPOSITIVES = rf"(?:{_APPOSITIVE_CHAIN})?"
# A name, its aside and appositive, then a verb: who a sentence is about.
_SUBJECT = re.compile(
    # "The leader of the league, Jon Green, warned": a name set off by commas after its description.
    rf"(?:(?<=,\s)(?P<set_off>))?"
    rf"(?<![\w’'\u2024])(?P<name>{_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{0,5}}+)"
    rf"(?:\s*\([^()]{{0,60}}\))?(?(set_off),?){_APPOSITIVES}"
    # "Ann Fox (D-Ore.) last month joked …", "Ann Fox on Monday said …"
    r"(?:\s+(?:last|this|next|on|early|late|earlier|later)\s+[A-Za-z]+)?"
    rf"\s+(?:{_ADVERB}\s+)?(?P<verb>(?:{_VERBISH.pattern}))\b"
)
# What speaks for its owner: "Sanders’ campaign", "Lee's office".
_OWNED_ROLE = r"(?:campaign|office|spokesman|spokeswoman|spokesperson|aides?|lawyers?|attorneys?|staff|team)"
# Who said it, just before a speech verb: a name, a pronoun or a description.
_WHO_BEFORE_VERB = re.compile(
    rf"(?<![\w’'\u2024-])(?P<who>{_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{0,5}}+|[Hh]e|[Ss]he|[Tt]he\s+(?:[A-Z][\w-]*\s+){{0,2}}[a-z][\w-]*(?:[’']s)?(?:\s+[a-z][\w-]*){{0,2}}"
    # "Sanders’ campaign called it", "Lee's office said"
    rf"|{_NAME_WORD_ONCE}(?<=[’'])\s+{_OWNED_ROLE})"
    # "Ann Fox of Dover, Delaware", "Secretary of State Ann Fox"
    rf"(?:\s+(?:of|from)\s+(?P<of>{_NAME_WORD_ONCE}(?:\s+{_NAME_WORD_ONCE}){{0,3}}+)(?:,\s+{_NAME_WORD_ONCE}(?:\s+{_NAME_WORD_ONCE})?+)?)?"
    rf"(?:\s*\([^()]{{0,60}}\))?(?P<aside>{_APPOSITIVE_CHAIN})?"
    # "Lee at the time said", "Lee on Monday told"
    r"(?:\s+(?:at\s+the\s+time|on\s+[A-Z][a-z]+day|last\s+[a-z]+|this\s+[a-z]+|earlier|later))?"
    # "Lee, …, attacked Ann Fox, with whom he clashed, calling her …": a participle after an aside is not its name's.
    rf"\s+(?:{_ADVERB}\s+){{0,2}}(?(aside)(?![a-z]+ing\b))(?:[a-z]+ed\s+and\s+)?(?:{_VERB}|{_NAMING})\b"
)
_OPENING_NAME = re.compile(rf"\s*{_NAME_WORD}(?:\s+{_PARTICLE}{_NAME_WORD}){{1,4}}")
_OPENING_NAME_AND_COMMA = re.compile(rf"\s*({_NAME_WORD}(?:\s+{_PARTICLE}{_NAME_WORD}){{1,4}}),\s+$")
_ACCORDING_CLAUSE = re.compile(r"(?:^|(?<=[,;]\s)|(?<=^\s))[Aa]ccording\s+to\s+(?P<who>[^,.;:!?“”\"]{1,80}),\s")
_NAME_AND_COMMA = re.compile(rf"(?<![\w’'\u2024-])({_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{0,4}}+),\s+$")
_ENDS_ON_VERB = re.compile(rf"\s{_VERB},$")
# "Ann Fox of Ohio said", "Jo Lee of the Center for Arms Studies said": where a full name works or
# lives is not who speaks.
_OF_PLACE = re.compile(
    rf"(?<=[a-z\u2024])\s+(?:of|from|at)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:of|for|and|on|the)\s+)*{_NAME_WORD}){{0,7}}"
    rf"(?:,\s+(?:{_NAME_WORD}\s*){{1,3}})?$"
)
# "the commission", "Lee's attorney", "a NY1 representative": a source described, not named.
_GENERIC_SOURCE = re.compile(
    r"(?:the|a|an|one|another|several|multiple|two|his|her|its|their|(?:[A-Z][\w\u2024-]*\s+){0,3}[A-Z][\w\u2024-]*[’'](?:s|(?<=s[’'])))\s+"
    r"(?:[\w’'\u2024-]+\s+){0,4}?(?P<head>[a-z][\w-]*)"
    r"(?:\s+(?:for|of|at|with|from|in|on|to|close\s+to|familiar\s+with)\s+[^,;:]{1,60})?$"
)
# "A disproportionate number of refugees": a share of people counted, not a source who speaks.
_SOME_OF = re.compile(r"\b(?:number|lot|majority|minority|share|percent|handful|dozen|kind|sort|half)\s+of\b")
# What a described source can be: people ("the farmer", "Lee's lawyers"), what they write ("the
# statement") or a body that speaks ("the campaign", "the paper"); not "the tax loophole".
_SPEAKING_HEAD = re.compile(
    rf"{_PERSON_NOUN.pattern}|{_SOURCE_NOUN}|(?:campaign|office|government|administration|department|agency|ministry|"
    r"committee|council|party|network|newspaper|paper|magazine|site|outlet|group|company|firm|union|team|board|court|"
    r"panel|embassy|coalition|alliance|association|foundation|institute|center|centre|organi[sz]ation|camp|side|"
    r"family|chamber|house|senate|congress|legislature|police|army|military|church|club|university|school|station|"
    r"channel|show|program|programme|service|bureau|commission|authority|regime|state|city|county|town|media|"
    r"community|colleague|representative|heavyweight|column|cable|suit|book|memoir|account|message|readout|passage|"
    r"summary|card|note|text|speech|video|script|sign|banner|headline|caption|page|feed|blog|"
    # "a source close to the campaign", "one Republican involved in the planning"
    r"close|familiar|involved|knowledgeable|briefed)s?"
)
_NOT_SOURCES = frozenset({
    "time", "times", "way", "day", "days", "year", "years", "week", "weeks", "thing", "things", "fact", "idea", "point",
    "end", "moment", "same", "other", "others", "rest", "first", "last", "most", "more", "number", "lot", "one", "kind",
    "sort", "part", "question", "answer", "reason", "problem", "issue", "case", "story", "words", "word", "name",
    "it", "this", "that", "who", "which", "what", "people", "something", "nothing", "everything", "anything",
    # "the former secretary of state talked about": a description runs into the sentence's verb.
    "about", "to", "for", "of", "with", "from", "in", "on", "at", "by", "into", "over", "up", "out", "off", "against",
    "than", "as", "and", "or", "but", "he", "she", "they", "we", "i", "you", "past", "polls", "future", "present",
    "the", "a", "an", "his", "her", "their", "its", "our", "my",
})  # fmt: skip
_START = itemgetter(0)
_WINDOW = 300  # characters looked at around a quote for its attribution

# Not "so-called": a hyphen joins the verb to an adjective.
_ANY_VERB = any_speech_verb()
_NEAR = 120  # a verb this close before a quote may introduce it
_ATTRIBUTION_TAIL = 60  # '," the club's new spokeswoman Ann Fox said.' at most
_PRONOUN_REACH = 400  # "he" further than this after its person's last quote is left unattributed
# A sentence's subject is a weaker sign than a quote: "he" reaches it from less far (PolNeAR: a
# wrong person for one quote in fourteen at 450 and 450, for one in fifteen at 400 and 350).
_SUBJECT_REACH = 350
# Further back, "he" is the one man among the last few people the article quoted or spoke of.
_SOLE_REACH = 700
_SOLE_STEPS = 40
# '"…," he said' after a quote longer than this: "he" is looked for from the quote's start (its words are masked).
_LONG_QUOTE = 250
# "the governor" is the person with that role among the last few people the article spoke of.
_DESCRIBED_REACH = 2000
_DESCRIBED_STEPS = 8
# A surname as written: a person's mention wherever the article names them in full with it.
_CAPITALISED = re.compile(r"(?<![\w’'\u2024-])[A-Z][\w’'\u2024-]*+")
_CHAIN_REACH = 100  # "she" as a subject carries its person on only from close by
_WORD = re.compile(r"[\w’'-]+")
_WORD_START = re.compile(r"(?<!\S)\S")
_COMMA = re.compile(r",\s+")
_CLAUSE_BREAK = re.compile(r"[;]|,\s+(?=(?:and|but|while|as)\b)")
_REPORTED_CLAUSE_BREAK = re.compile(r"[;:]|,\s+")
_REPORTED = re.compile(rf"\s*(?P<who>[^,.;:!?]+?)\s+(?:{_ADVERB}\s+)?{_VERB}\b(?:\s+that\b)?")
_TRAILING_ADVERB = re.compile(rf"\s+{_ADVERB}$")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|so|then|as|while)\s+", re.IGNORECASE)
_AFTER_ACCORDING = re.compile(r"according\s+to\s+(?P<who>[^,.;:!?]+)", re.IGNORECASE)
_AFTER_WHO_VERB = re.compile(rf"(?P<who>[^,.;:!?\"“”(]+?)(?:\s*\([^()]{{0,60}}\))?\s+(?:{_ADVERB}\s+){{0,2}}{_VERB}\b")
# "…," Jane Doe, the club's spokeswoman, said: an appositive between the name and its verb.
_AFTER_WHO_APPOSITIVE_VERB = re.compile(
    rf"(?P<who>[^,.;:!?\"“”(]+?)(?:\s*\([^()]{{0,60}}\))?,\s+(?P<aside>[^,“”\"]{{1,100}}?)(?:,\s+[^,“”\"]{{1,60}}?){{0,2}},\s+(?:{_ADVERB}\s+)?{_VERB}\b"
)
# "Mayor Lena Park's spokeswoman": someone described by whose they are.
_POSSESSED = re.compile(r"[’']s\s+[a-z]")
_FULL_NAME = re.compile(rf"{_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{1,3}}+")
_AFTER_VERB_WHO = re.compile(rf"{_VERB}\s+(?P<who>[^,.;:!?\"“”(]+)")
_AFTER_VERB_DESCRIBED_NAME = re.compile(
    rf"{_VERB}\s+(?:the|a|an|our|their|his|her)\s+[a-z0-9][^,.;:!?\"“”(A-Z]{{0,60}},\s+"
    rf"(?P<who>{_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{1,3}}+)(?=[,.;:!?\s]|$)"
)
_BEFORE_PATTERNS = (
    re.compile(r"according\s+to\s+(?P<who>[^,.;:!?]+),?$", re.IGNORECASE),
    re.compile(rf"(?P<who>[^,.;:!?\"“”]+?)\s+(?:{_ADVERB}\s+)?{_VERB}(?:\s+[\w.’'\u2024-]+){{0,4}}?(?:\s+that)?[,:]?$"),
    re.compile(rf"(?P<who>[^,.;:!?\"“”]+?)\s+(?:{_ADVERB}\s+)?{_NAMING}$"),
)
_SENTENCE_TAIL = re.compile(
    r",\s+(?:according\s+to\s+(?P<source>[^,.;:!?“”\"]+)"
    rf"|(?P<who>[^,.;:!?“”\"]+?)\s+(?:{_ADVERB}\s+)?{_VERB}(?:\s+[^,.;:!?“”\"]*)?"
    # "…, said Dan Cole, an analyst at the institute."
    rf"|{_VERB}\s+(?P<named>[^,.;:!?“”\"]+?)(?:,\s+[^;:!?“”\"]*)?)[.?!]?[\"”’']?\s*$"
)
_ASIDE = re.compile(
    rf",\s+(?P<who>[Hh]e|[Ss]he|{_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{0,3}}+)\s+(?:{_ADVERB}\s+)?{_VERB}"
    r"(?:\s+[^,.;:!?“”\"]{0,40})?,\s"
)
# "She then addressed the crowd:": a pronoun opening the sentence is its subject.
_PRONOUN_SUBJECT = re.compile(r"\s*([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+|then\s+|also\s+|again\s+)?(?:[a-z]+(?:ed|s)|went|said|told|wrote)\b")
_PRONOUN_AS_SUBJECT = re.compile(rf"(?<![\w’'])([Hh]e|[Ss]he)\s+(?:{_ADVERB}\s+)?(?P<verb>[a-z]+)\b")
_NAME_COLON = re.compile(
    rf"(?<![\w’'\u2024])(?:{_NAME_WORD_ONCE}\s+and\s+)?(?P<who>{_NAME_WORD_ONCE}(?:\s+{_PARTICLE}{_NAME_WORD_ONCE}){{0,3}}+)"
    r"(?:\s*\([^()]{0,30}\))?:\s*[\"“]$"
)
# "The timing does not surprise pollster Dan Shore: "…"": the last word before a name, if lowercase.
_LAST_WORD = re.compile(r"[a-z]+(?=\s+$)")
_VERB_FIRST = re.compile(_VERB)
# A preposition a few words before a name makes it whom the words after a colon are for.
_ADDRESSED = re.compile(r"(?<![\w’'])(?:to|for|at|with|from|on|about|against|toward|towards|by|of|in)\s+(?:[\w’'\u2024]+\s+){0,3}$")
# "Ayotte said" with no given name before it ("Kelly Ayotte said" is a full name found elsewhere).
_LONE_SPEAKER = re.compile(
    rf"(?<![\w’'\u2024-])(?:(?P<prev>{_NAME_WORD_ONCE})\s+)?(?P<word>[A-Z][a-z][\w’'-]*+)\s+(?:said|says|told|added|asked|wrote|tweeted)\b"
)
_PARTICIPLES = ("adding", "saying", "noting", "arguing", "explaining", "insisting", "warning", "claiming", "declaring", "stressing")
# "A spokesman for Bernie Sanders could only quip": the name belongs to whom the source speaks for.
_SOURCE_FOR = re.compile(
    rf"(?<![\w’'])(?P<source>(?:an?|one|another)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_SOURCE_NOUN}\s+"
    r"(?:for|of|to|with|close\s+to)\s+(?:[a-z][\w-]*\s+){0,3})$",
    re.IGNORECASE,
)
_KNOWN_AS = re.compile(rf"\s(?:known|identified)\s+(?:only\s+)?as\s+(?P<name>{_NAME_WORD_ONCE}(?:\s+{_NAME_WORD_ONCE}){{0,2}}+)")
_CLOSING_MARKS = frozenset('”"')
_COMPOUND = re.compile(r"-[a-z]")
_PATRON_WORDS = (" for ", " of ", " to ", " with ")
_PATRON = re.compile(r"\s(?:for|of|to|with)\s")
# "a spokesman for the campaign of Senator …": up to three lowercase words after the preposition.
_ROLE_WORD_BEFORE = re.compile(r"\s(?:for|of|to|with)\s+(?:[a-z][\w-]*\s+){1,3}$")
# "… even though Sanders won Michigan": the subject of a clause inside the sentence is not who it is about.
_SUBORDINATE = re.compile(r"\b(?:that|though|because|if|when|until|unless|since|whether|after|before|while|as|than|said|says)\s+$")


class FoundQuote(NamedTuple):
    """A quote found in block `block` (0 is the first block given) between `start` and `end`.

    A named tuple: one is made for every quote, and a frozen dataclass costs five attribute
    writes through object.__setattr__ each."""

    block: int
    start: int
    end: int
    text: str
    speaker: Speaker


# A quote made without the Python-level __new__ a NamedTuple has: this runs once a quote.
_new_quote = tuple.__new__


def extract_quotes(blocks: Sequence[str]) -> list[FoundQuote]:
    """Every quote in `blocks` (the article's dek and paragraphs, in order) with its speaker."""
    article = "\n".join(blocks)
    starts = list(accumulate((len(block) + 1 for block in blocks[:-1]), initial=0))
    marked = marked_paragraphs(article, starts)
    spans = [_spans(block, opens_quotation(blocks, index + 1)) if index in marked else [] for index, block in enumerate(blocks)]
    # One pass over the whole article for the full stops of titles and initials, not one a paragraph.
    dotted = masked_abbreviations(article)
    frames: list[str] = []
    for block, block_spans, start in zip(blocks, spans, starts, strict=True):
        frame = dotted[start : start + len(block)]
        frames.append(masked_quotes(frame, block_spans) if block_spans else frame)
    people = _People(blocks, frames)
    # An interview's turns are quotes of their own; the article's other paragraphs keep theirs.
    found = _transcript_quotes(blocks, people) if _is_transcript(blocks) else []
    turns = {quote.block for quote in found}
    carried: Speaker | None = None
    follows: Speaker | None = None
    for index in sorted(marked - turns):
        if index > 0 and index - 1 not in marked:
            carried = None
            # A paragraph with no quote hands nothing on, unless it introduces the next one:
            # "Lee released the following statement:" then a paragraph in quotation marks.
            follows = _introducer(blocks[index - 1], frames[index - 1], people.offset(index - 1), people)
            if follows is None:
                # "Kerry said that 100,000 would come." then "“That adds up to 185,000.”": the
                # paragraph of reported speech hands its speaker on to the quote that follows it.
                follows = _last_reporter(blocks[index - 1], frames[index - 1], people.offset(index - 1), people)
        block = blocks[index]
        quotes, carried = _block_quotes(index, block, spans[index], frames[index], people, carried, follows)
        found.extend(quotes)
        # Only a paragraph that ends on a quote (and its attribution) hands its speaker on to the next.
        ends_on_quote = bool(quotes) and quotes[-1].end >= len(block.rstrip()) - _ATTRIBUTION_TAIL
        follows = quotes[-1].speaker if ends_on_quote and quotes[-1].speaker.name != UNATTRIBUTED else None
    if turns:
        found.sort(key=lambda quote: (quote.block, quote.start))
    return found


def _colon_name(frame: str, low: int, quote_start: int, offset: int, people: _People) -> Speaker | None:
    """The name standing just before the colon that introduces a quote, unless it is whom the words are for."""
    name = _NAME_COLON.search(frame, low, quote_start)
    if name is None:
        return None
    before = frame[max(0, name.start("who") - 40) : name.start("who")]
    if _ADDRESSED.search(before) or ((word := _LAST_WORD.search(before)) and _VERB_FIRST.fullmatch(word.group())):
        # "a blunt message to the paper NRC Weekly: "…"", "she told Lee: "…"": whom the words are for.
        return None
    return people.resolve(name.group("who"), offset + name.start("who"))


def _introducer(block: str, frame: str, offset: int, people: _People) -> Speaker | None:
    """Who a paragraph ending on a colon announces: the subject of its last sentence."""
    if not block.rstrip().endswith(":"):
        return None
    start = sentence_bounds(block, frame, ())[-1][0]
    return people.subject_between(offset + start, offset + len(block)) or _reporting_speaker(frame[start:], offset + start, people)


def _is_lone_surname(word: str) -> bool:
    return word not in _NOT_PERSON and word not in _NOT_NAME_START and _is_person(word) and not _COLLECTIVE.match(word)


def _opening_subject(frame: str, sentence_start: int, quote_start: int, offset: int, people: _People) -> Speaker | None:
    """ "Sen. Ann Fox joined the group, writing an op-ed on his "unsuitability"": words quoted in a
    sentence that opens on a person, and names nobody else before them, are that person's."""
    opening = sentence_start
    while opening < quote_start and frame[opening].isspace():
        opening += 1
    start, end = offset + opening, offset + quote_start
    subject = people.subject_between(start, min(end, start + 2))
    if subject is None:
        # "The Florida senator sought to calm them, saying they would "not get beat up"".
        who = _described_subject(frame[opening : min(quote_start, opening + 80)])
        subject = people.resolve(who, start) if who else None
        # The owner in "Gowdy’s office" is part of the subject, not someone else named.
        return subject if subject is not None and not people.others_named(subject, start + len(who), end) else None
    if (
        subject is None
        or not _is_person(subject.name)
        or not people.sole_subject(subject, start, end)
        or people.others_named(subject, start, end)
    ):
        return None
    return subject


def _is_body(words: list[str]) -> bool:
    return (len(words) > 1 and words[-1] in _BODIES) or " ".join(words) in _SPEAKING_BODIES


def _described_subject(opening: str) -> str:
    """ "The retired neurosurgeon" of "The retired neurosurgeon addressed …", "One strategist" of
    "One strategist described …": a sentence's opening words up to a noun for a person followed by
    a verb; "" if it opens otherwise."""
    words = opening.split()[:7]
    if len(words) < 3:
        return ""
    if words[0] not in _DETERMINERS:
        # "Congressman Trey Gowdy’s office slammed …": an owner's office or campaign.
        owned = _OWNED_OPENING.match(opening)
        return owned.group("who") if owned and _VERBISH.fullmatch(owned.group("verb")) else ""
    for at in range(1, len(words) - 1):
        head, verb = words[at].rstrip(","), words[at + 1].rstrip(":,")
        if not head[:1].islower():
            continue
        if _SPEAKING_HEAD.fullmatch(head) and not _WRITTEN.fullmatch(head):
            if words[at].endswith(","):
                # "A Warren adviser, who spoke on condition of anonymity, said …"
                aside = _ASIDE_THEN_VERB.match(opening, opening.find(words[at]) + len(words[at]))
                verb = aside.group("verb") if aside else ""
            if _VERBISH.fullmatch(verb):
                return " ".join([*words[:at], head])
        if not (head.isalpha() or "-" in head):
            return ""  # a comma or a mark: the opening is no description
    return ""


_ASIDE_THEN_VERB = re.compile(r"\s+(?:who|whose|[a-z0-9])[^,;:“”\"]{0,120},\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b")
_OWNED_OPENING = re.compile(
    rf"(?P<who>(?:{_NAME_WORD_ONCE}\s+){{0,3}}{_NAME_WORD_ONCE}(?<=[’']s|s[’'])\s+(?:{_OWNED_ROLE}|advisers?))"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)
# What is written rather than who writes it: "The ad includes a clip in which he says …" is his.
_WRITTEN = re.compile(
    r"(?:statement|report|letter|memo|ad|advertisement|release|email|e-mail|post|tweet|website|lawsuit|complaint|"
    r"filing|indictment|ruling|document|editorial|article|piece|transcript|survey|poll|study|platform|resolution|"
    r"petition|announcement|column|cable|suit|book|memoir|account|message|readout|passage|summary|card|note|text|"
    r"speech|video|script|sign|banner|headline|caption|page|feed|blog|voice-over|voiceover|narrator)s?"
)
# '"…," the statement read', '"…," read a sign': what is written is the source of its words.
_AFTER_WRITTEN = re.compile(
    rf"(?:(?P<who>(?:the|a|an|one|another|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_WRITTEN.pattern}(?:\s+(?:in|on|of)\s+(?:the|a|an|his|her|its|their)\s+[\w-]+)?)\s+(?:read|reads|stated|states|says|said)\b"
    rf"|(?:read|reads)\s+(?P<what>(?:the|a|an|one|another|his|her|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_WRITTEN.pattern})\b)"
)
# "federal prosecutors", "officials": people described in the plural with no article.
_PLURAL_PEOPLE = re.compile(
    r"(?!(?:with|without|telling|told|asking|and|or|but|by|for|to|of|from|as)\s)[a-z][\w-]*(?<!ing)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s"
)
_OUTLET = re.compile(r"(?:[A-Z][\w’'\u2024-]*\s+){1,3}(?:magazine|newspaper|tabloid|daily|weekly|network|website|blog)")
_DETERMINERS = frozenset({"The", "the", "A", "An", "One", "Another", "Two", "Several", "Multiple"})


def _last_reporter(block: str, frame: str, offset: int, people: _People) -> Speaker | None:
    """Who the last sentence of a paragraph with no quote reports the words of, if it is reported speech."""
    start = sentence_bounds(block, frame, ())[-1][0]
    speaker = _reporting_speaker(frame[start:], offset + start, people)
    return speaker if speaker is not None and _is_person(speaker.name) else None


def _source_for(text: str, low: int, high: int) -> re.Match[str] | None:
    """ "a spokesman for " (or "an aide to the ") just before `high`: the name after it is not who speaks."""
    if not text.endswith(_PATRON_WORDS, low, high) and (
        not _PATRON.search(text, max(low, high - 40), high) or not _ROLE_WORD_BEFORE.search(text, max(low, high - 40), high)
    ):
        return None
    return _SOURCE_FOR.search(text, low, high)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Where the quoted passages of `text` are, as (start, end) inside the marks; titles included."""
    return [(span.start, span.end) for span in _spans(text)]


def _block_quotes(
    index: int, block: str, spans: list[QuoteSpan], frame: str, people: _People, carried: Speaker | None, follows: Speaker | None
) -> tuple[list[FoundQuote], Speaker | None]:
    """The block's quotes, and the speaker whose quotation runs on past the block's end, if any.
    `carried` is the speaker of a quotation run on from the last block; `follows` whoever spoke last in it."""
    if not spans:
        return [], None
    offset = people.offset(index)
    # A paragraph opening on a quote with no attribution goes on from the last one that ran on.
    current: Speaker | None = carried
    found: list[FoundQuote] = []
    runs_on: Speaker | None = None
    first = 0
    for sentence_start, sentence_end in sentence_bounds(block, frame, spans):
        if first >= len(spans):
            break  # past the last quote, no sentence can matter
        while first < len(spans) and spans[first].start < sentence_start:
            first += 1
        last = first
        while last < len(spans) and spans[last].start < sentence_end:
            last += 1
        inside = spans[first:last]
        if not inside:
            reported = _reporting_speaker(frame[sentence_start:sentence_end], offset + sentence_start, people)
            current = reported or current
            continue
        verbs = _Verbs(frame, sentence_start, sentence_end)
        # A sentence with no speech verb (a run of quoted terms) skips every rule that needs one.
        has_verbs = verbs.any()
        previous_end = sentence_start
        sentence_speaker: Speaker | None = None
        for number, span in enumerate(inside):
            text = block[span.start : span.end]
            if _is_title(text):
                previous_end = span.end + 1
                continue
            # A colon just before the mark (white space aside): the quote is introduced.
            colon_low = max(previous_end, span.start - 9)
            colon = frame.find(":", colon_low, span.start - 1) >= 0 and frame[colon_low : span.start - 1].rstrip().endswith(":")
            # "Pollsters agree - Ann Fox: "…"": a name and a colon introduce the quote, whatever verb came before.
            speaker = _colon_name(frame, max(previous_end, span.start - 80), span.start, offset, people) if colon else None
            if (
                speaker is None
                and has_verbs
                and frame.find("ccording to", max(sentence_start, span.start - _WINDOW), span.start) >= 0
                and (source := _ACCORDING_CLAUSE.search(frame, max(sentence_start, span.start - _WINDOW), span.start))
            ):
                # "According to the Weather Service, another "storm" is due": the whole clause is the source's.
                speaker = people.resolve(source.group("who"), offset + source.start("who"))
            if has_verbs and speaker is None:
                if verbs.starts_within(span.end, span.end + _WINDOW):
                    next_start = inside[number + 1].start - 1 if number + 1 < len(inside) else sentence_end
                    after = frame[span.end + 1 : min(next_start, span.end + 1 + _WINDOW)]
                    speaker = _after_attribution(after, offset + span.end, people)
                    if speaker is _NOBODY and span.end - span.start > _LONG_QUOTE:
                        # A long quote names nobody (its words are masked): "she" is whoever came before it.
                        speaker = _after_attribution(after, offset + span.start, people)
                if speaker is None and verbs.ends_within(max(previous_end, span.start - _NEAR), span.start):
                    before = frame[max(previous_end, span.start - 1 - _WINDOW) : span.start - 1]
                    speaker = _before_attribution(before, offset + span.start, people)
                if speaker is None and sentence_speaker is None:
                    # "She told the crowd that the plan "went too far"": the clause's subject speaks.
                    speaker = verbs.reported_speaker(span.start, offset, people)
                    if speaker is None:
                        speaker = verbs.closing_speaker(span.end, offset, people)
            if speaker is None and colon:
                # "Lee shot back: "…"": whoever the sentence is about introduces the quote with a colon.
                low = max(sentence_start, span.start - _WINDOW)
                speaker = people.subject_between(offset + low, offset + span.start)
                if speaker is None and (pronoun := _PRONOUN_SUBJECT.match(frame, low)):
                    speaker = people.resolve(pronoun.group(1), offset + pronoun.start(1))
            if speaker is None and sentence_speaker is None and current is None and span.start > sentence_start + 1:
                speaker = _opening_subject(frame, sentence_start, span.start, offset, people)
            if speaker is None and current is None and span.start <= 1 and follows is not None:
                # A paragraph that opens on an unattributed quote goes on from the last paragraph's speaker.
                speaker = follows
            if speaker is None and sentence_speaker is None and current is None and _is_scare_quote(text, span, has_verbs, colon):
                # A short phrase or single-quoted one nobody is said to speak is a term or a title.
                previous_end = span.end + 1
                continue
            # "He said" where nobody near is a he: unattributed, not whoever spoke last.
            speaker = None if speaker is _NOBODY else speaker or sentence_speaker or current
            if speaker is not None:
                current = sentence_speaker = speaker
                people.spoke(speaker, offset + span.start)
            found.append(_new_quote(FoundQuote, (index, span.start, span.end, text, speaker or _UNATTRIBUTED_SPEAKER)))
            previous_end = span.end + 1
            if span.end >= len(block):
                runs_on = speaker
    return found, runs_on


class _Verbs:
    """Where a sentence's speech verbs are, found once, so each quote asks in log time."""

    # One is made for every sentence with a quote: no instance dict to build.
    __slots__ = ("_aside", "_ends", "_frame", "_sentence", "_starts", "_subject_ends", "_subjects")

    def __init__(self, frame: str, start: int, end: int) -> None:
        self._frame = frame
        # Where each verb starts and ends, in order; verbs never overlap, so both are sorted. A
        # search a verb, not finditer, whose set-up costs more than searching a short sentence.
        self._starts: list[int] = []
        self._ends: list[int] = []
        search = _ANY_VERB.search
        verb = search(frame, start, end)
        while verb is not None:
            self._starts.append(verb.start())
            self._ends.append(verb.end())
            verb = search(frame, self._ends[-1], end)
        self._sentence = (start, end)
        self._subjects: list[re.Match[str]] | None = None
        self._aside: tuple[str, int] | None = None

    def any(self) -> bool:
        return bool(self._starts)

    def starts_within(self, low: int, high: int) -> bool:
        starts = self._starts
        at = bisect_left(starts, low)
        return at < len(starts) and starts[at] < high

    def ends_within(self, low: int, high: int) -> bool:
        ends = self._ends
        at = bisect_left(ends, low)
        return at < len(ends) and ends[at] <= high

    def reported_speaker(self, quote_start: int, offset: int, people: _People) -> Speaker | None:
        """The subject of the last speech verb before a quote in its sentence: X told the crowd that it "…"."""
        if not self._starts or self._starts[0] >= quote_start:
            return None
        if self._subjects is None:
            # One pass over the sentence for every quote in it.
            self._subjects = list(_WHO_BEFORE_VERB.finditer(self._frame, *self._sentence))
            self._subject_ends = [m.end() for m in self._subjects]
        at = bisect_left(self._subject_ends, quote_start)
        for match in reversed(self._subjects[max(0, at - 3) : at]):
            if match.end() < quote_start - _WINDOW:
                break
            if source := _source_for(self._frame, max(self._sentence[0], match.start("who") - 80), match.start("who")):
                # Only the source's own words: its patron's name stays out of who speaks.
                return people.resolve(source.group("source") + match.group("who"), offset + source.start())
            words = match.group("who").split()
            if match.group("of") and all(_is_title_word(word) for word in words):
                words = match.group("of").split()  # "Former Secretary of State Ann Fox": the name is after "of"
            if words[0] not in ("The", "the") or not any(word[:1].islower() for word in words[1:]):
                # "While Sanders admitted …": the sentence's opening word is not part of the name
                # (but "The mayor's office said" is a description, article and all).
                # "State Department acknowledged": a body's name may open on such a word.
                while len(words) > 1 and words[0] in _NOT_PERSON and (words[0] in ("The", "the") or not _is_body(words)):
                    words.pop(0)
                if words[0] in _NOT_PERSON and words[0].lower() not in _PRONOUNS and not _is_body(words):
                    continue
            if (speaker := people.resolve(" ".join(words), offset + match.start("who"))) is not None:
                return speaker
        # "Lee stepped up his attack, saying, "…"": the verb has no subject of its own, the sentence's speaks.
        first_verb = self._starts[0]
        return people.subject_between(offset + self._sentence[0], offset + first_verb)

    def closing_speaker(self, after: int, offset: int, people: _People) -> Speaker | None:
        """Who a sentence ending "…, the Post reported." or "… according to Lee." names, for quotes before it."""
        end = self._sentence[1]
        if not self._starts or self._starts[-1] < after:
            return None
        tail_start = max(after, end - _WINDOW // 2)
        if match := _SENTENCE_TAIL.search(self._frame, tail_start, end):
            who = match.group("source") or match.group("who") or match.group("named")
            return people.resolve(_without_trailing_phrase(who), offset + match.start())
        # '"A truck" went through the gate, he said, and "everyone ran."': an aside names the sentence's speaker.
        if self._aside is None:
            found = _ASIDE.search(self._frame, self._sentence[0], end)
            self._aside = (found.group("who"), found.start("who")) if found else ("", 0)
        who, at = self._aside
        return people.resolve(who, offset + at) if who else None


def _is_scare_quote(text: str, span: QuoteSpan, has_verbs: bool, colon: bool) -> bool:
    if span.single:
        return True
    # A sign that reads "Fresh bread" and a motto: "Never again" are quoted, whoever wrote them;
    # a phrase in a sentence of reported speech is likely its speaker's words.
    if has_verbs or colon or len(text.split()) > 3:
        return False
    return not text.rstrip().endswith((".", "?", "!", ","))


@lru_cache(maxsize=1 << 14)
def _is_title(text: str) -> bool:
    """Title Case with no lowercase content word: the name of a work, not speech."""
    if len(text) > 200 or text.islower():
        return False
    words = _WORD.findall(text)
    if not words or len(words) > 12:
        return False
    content = [w for w in words if w.lower() not in _SMALL_TITLE_WORDS]
    return len(content) >= 2 and all(w[0].isupper() or w[0].isdigit() for w in content) and not text.rstrip().endswith(("?", "!"))


def _after_attribution(after: str, position: int, people: _People) -> Speaker | None:
    for who, final in _after_candidates(after):
        if (speaker := people.resolve(who, position)) is not None or final:
            return speaker if speaker is not None or not _is_pronoun(who) else _NOBODY
    return None


@lru_cache(maxsize=1 << 14)
def _after_candidates(after: str) -> tuple[tuple[str, bool], ...]:
    """Who the words after a quote may name, in the order tried; `final` stops the search even when
    the words name nobody. Cached: a dense run of quotes repeats the same few attributions."""
    text = after.lstrip(" ,")
    if match := _AFTER_ACCORDING.match(text):
        return ((match.group("who"), True),)
    if match := _AFTER_WRITTEN.match(text):
        return ((match.group("who") or match.group("what"), True),)
    # '"…," said a strategist who spoke on condition of anonymity': a verb first names who follows it.
    if not _INVERTING_VERB.match(text) and (match := _AFTER_WHO_VERB.match(text)):
        return ((match.group("who"), True),)
    found: list[tuple[str, bool]] = []
    if match := _AFTER_WHO_APPOSITIVE_VERB.match(text):
        who = match.group("who")
        if (who[:1].islower() or _POSSESSED.search(who)) and _FULL_NAME.fullmatch(match.group("aside")):
            # '"…," one commuter, Ada Novak, said': the description's name is who speaks.
            found.append((match.group("aside"), False))
        found.append((match.group("who"), False))
    if match := _AFTER_VERB_DESCRIBED_NAME.match(text):
        # "said the 71-year-old farmer, Walter Grimes": the name after the description is who speaks.
        found.append((match.group("who"), True))
    elif (match := _AFTER_VERB_WHO.match(text)) and not text.startswith(_PARTICIPLES):
        # '"…," adding that Trump …': a participle after a quote is the speaker's, never inverted.
        found.append((_without_trailing_phrase(match.group("who")), True))
    return tuple(found)


def _without_trailing_phrase(who: str) -> str:
    """The speaker's words after "said": "the base chief known as Bob" is Bob, "Ann Fox at the launch" Ann Fox."""
    if known_as := _KNOWN_AS.search(who):
        return known_as.group("name")
    if one_of := _ONE_OF.match(who):
        return one_of.group()  # "one of those advisers, who spoke": "of" belongs to the source
    if (joined := who.find(" and ")) > 0 and _is_title_word(who[:joined].rsplit(None, 1)[-1]):
        # "former Pennsylvania Gov. and party Chairman Ed Rendell": two titles of one person.
        who = who[joined + 5 :]
    return _TRAILING_PHRASE.sub("", who)


def _before_attribution(before: str, position: int, people: _People) -> Speaker | None:
    pronoun = False
    for who, back in _before_candidates(before):
        # "He adds that Bush is …": a pronoun is whoever came before it, not before the quote.
        if (speaker := people.resolve(who, position - back)) is not None:
            return speaker
        pronoun = pronoun or _is_pronoun(who)
    return _NOBODY if pronoun else None


def _is_pronoun(who: str) -> bool:
    return _cleaned(who).lower() in _PRONOUNS


@lru_cache(maxsize=1 << 14)
def _before_candidates(before: str) -> tuple[tuple[str, int], ...]:
    """Who the words before a quote may name, with how far before the quote each stands."""
    text = _APPOSITIVE.sub(_unless_it_speaks, before).rstrip()
    clause = _CLAUSE_BREAK.split(text)[-1]
    found: list[tuple[str, int]] = []
    for pattern in _BEFORE_PATTERNS:
        # Anchored at the clause's end: tried from the few word starts near it, not every character.
        for start in _word_starts(clause):
            if match := pattern.match(clause, start):
                who, at = _clause_subject(match.group("who")), match.start("who")
                # "Ann Fox, the party's chair said, "…"": an appositive left unclosed follows its name.
                if who[:1].islower() and (opening := _OPENING_NAME_AND_COMMA.match(clause[:at])):
                    who, at = _clause_subject(opening.group(1) + ", " + who), opening.start(1)
                elif who.startswith(("who ", "whose ")) and (named := _NAME_AND_COMMA.search(clause, max(0, at - 60), at)):
                    # "Beck, who has in the past described Trump as "…"": the name the clause is about.
                    who, at = named.group(1), named.start(1)
                found.append((who, len(clause) - at + 1))
                break
    return tuple(found)


def _unless_it_speaks(appositive: re.Match[str]) -> str:
    # ", the union's director said," is the sentence's attribution, not an aside to drop.
    return appositive.group() if _ENDS_ON_VERB.search(appositive.group()) else ""


def _word_starts(clause: str) -> list[int]:
    """Where the clause's words start, at most the last 16 of them, first to last."""
    starts = [m.start() for m in _WORD_START.finditer(clause)]
    return starts[-16:]


def _reporting_speaker(sentence: str, position: int, people: _People) -> Speaker | None:
    """Who a sentence of reported speech names: "McQuarrie adds that the stunt …"."""
    for clause in _REPORTED_CLAUSE_BREAK.split(_APPOSITIVE.sub("", sentence[:_WINDOW])):
        if match := _REPORTED.match(clause):
            speaker = people.resolve(_clause_subject(match.group("who")), position)
            if speaker is not None:
                return speaker
    return None


def _clause_subject(who: str) -> str:
    # "As such, Cruise" → "Cruise"; the subject is what follows the clause's last comma,
    # unless a full name opens an appositive left unclosed: "Ann Fox, the party's chair said".
    parts = _COMMA.split(who)
    if len(parts) > 1 and _OPENING_NAME.fullmatch(parts[0]) and parts[1][:1].islower():
        first = parts[0].split()
        if not any(word in _SENTENCE_OPENERS or _is_title_word(word) for word in first[1:]) and first[0] not in _SENTENCE_OPENERS:
            return parts[0].strip()
    return parts[-1].strip()


def _is_transcript(blocks: Sequence[str]) -> bool:
    # Two or more voices each taking more than one turn: one "Mission: Impossible …" paragraph,
    # a photo credit or a list of states ("Iowa: …", "Nevada: …") is no interview.
    labelled = Counter(m.group("name") for b in blocks if ":" in b[:80] and (m := _TRANSCRIPT_LINE.match(b)))
    voices = [name for name, turns in labelled.items() if turns >= 2]
    # "Q:" and "A:" alone name nobody: a Q&A whose voices have no names gives no speakers.
    return len(voices) >= 2 and any(len(name) > 1 for name in voices)


def _transcript_quotes(blocks: Sequence[str], people: _People) -> list[FoundQuote]:
    found = []
    for index, block in enumerate(blocks):
        if match := _TRANSCRIPT_LINE.match(block):
            speaker = people.resolve(match.group("name"), people.offset(index)) or Speaker(match.group("name"))
            found.append(FoundQuote(index, match.start("words"), len(block), match.group("words"), speaker))
    return found


@dataclass(frozen=True)
class _Mention:
    position: int  # counted from the article's start
    name: str  # the full name as written, titles off
    role: str


class _People:
    """Everyone the article names, in order, to resolve a surname, pronoun or description."""

    def __init__(self, blocks: Sequence[str], frames: Sequence[str]) -> None:
        """`frames` are the blocks with their quotes blanked: names inside quotes are not mentions."""
        self._offsets = list(accumulate((len(block) + 1 for block in blocks[:-1]), initial=0))
        self._genders: dict[str, str] = {}
        self._mentions: tuple[list[int], list[Speaker]] = ([], [])
        self._mention_scan: Iterator[re.Match[str]] | None = None  # how far they are found
        self._given_names: dict[str, Speaker] | None = None
        self._gender_cache: dict[str, str] = {}
        self._fits: dict[tuple[str, str], bool] = {}  # whether "he" or "she" can stand for a name
        # The whole article at once, paragraphs a line each: a name never runs over a paragraph's end.
        article = self._article = "\n".join(frames)
        counts: Counter[str] = Counter()
        first_seen: dict[str, _Mention] = {}
        for match in _NAME_RUN.finditer(article):
            if "\n" in match.group():
                continue
            name, title, surname = _parse_run(match.group())
            if title in _FEMALE_TITLES:
                self._genders.setdefault(surname, "f")
            elif title in _MALE_TITLES:
                self._genders.setdefault(surname, "m")
            if name is None:
                continue
            counts[name] += 1
            if name not in first_seen:
                # Only a person's first mention gives their role: worked out once a person.
                first_seen[name] = _Mention(match.start(), name, _mention_role(article, match.start(), match.end(), title))
        # A surname is the person named in full with it most often ("Trump" is Donald, not Melania).
        self._full_names: dict[str, Speaker] = {}
        for name, _count in sorted(counts.items(), key=lambda item: (-item[1], first_seen[item[0]].position)):
            first = first_seen[name]
            self._full_names.setdefault(name.split()[-1], Speaker(first.name, first.role))
        # "Ayotte said": a surname alone before a speech verb is a person, named in full or not (her
        # full name may stand only inside quotes), so "Ayotte hoped" makes her a sentence's subject.
        for match in _LONE_SPEAKER.finditer(article):
            word = match.group("word")
            if match.group("prev") is None and word not in self._full_names and _is_lone_surname(word):
                self._full_names[word] = Speaker(word)
        # Who each sentence is about, in article order, for "he" and "she".
        self._subject_positions: list[int] = []
        self._subjects: list[Speaker] = []
        self._subject_cache: dict[str, Speaker | None] = {}
        self._speaker_positions: list[int] = []
        self._speakers: list[Speaker] = []
        named = [
            (m.start(), m)
            for m in _SUBJECT.finditer(article)
            if "\n" not in m.group() and not _SUBORDINATE.search(article, max(0, m.start() - 10), m.start())
        ]
        # '"…," he said' is a quote's attribution: the quote gives its speaker, no subject is needed.
        pronouns = [
            (start, m)
            for m in _PRONOUN_AS_SUBJECT.finditer(article)
            if ((start := m.start(1)) < 2 or article[start - 2] not in _CLOSING_MARKS) and _VERBISH.fullmatch(m.group("verb"))
        ]
        # In article order, "she" as a subject carries on the person it stands for, so a chain
        # ("Ann Fox arrived. … Then she spoke. … "…," she said.") reaches past one gap.
        for position, match in sorted(named + pronouns, key=_START):
            if match.re is _SUBJECT:
                source = _source_for(article, max(0, position - 80), position)
                # "An aide to Tom Berg could only quip": the sentence is about the aide.
                person = self._subject(match) if source is None else self.resolve(source.group("source") + match.group("name"), position)
            else:
                person = self._last_person(position, "f" if match.group(1).lower() == "she" else "m", _CHAIN_REACH)
            if person is not None:
                self._subject_positions.append(position)
                self._subjects.append(person)
        self._named_cache: dict[str, Speaker | None] = {}

    def offset(self, block: int) -> int:
        return self._offsets[block]

    def subject_between(self, start: int, end: int) -> Speaker | None:
        """The first person a sentence is about, between its start and `end`."""
        at = bisect_left(self._subject_positions, start)
        if at < len(self._subject_positions) and self._subject_positions[at] < end:
            return self._subjects[at]
        return None

    def sole_subject(self, person: Speaker, start: int, end: int) -> bool:
        """Whether `person` is the only one made a subject between `start` and `end` ("Lee signed it,
        while Ann Fox proposed "…"" has two)."""
        positions, subjects = self._subject_positions, self._subjects
        at = bisect_left(positions, start)
        # A few subjects on at most: a sentence of a thousand subjects is not about one person.
        for index in range(at, min(len(positions), at + 8)):
            if positions[index] >= end:
                return True
            if subjects[index] != person:
                return False
        return at + 8 > len(positions)

    def others_named(self, person: Speaker, start: int, end: int) -> bool:
        """Whether someone else is named between `start` and `end`."""
        positions, people = self._person_mentions(end)
        at = bisect_left(positions, start)
        for index in range(at, min(len(positions), at + 8)):
            if positions[index] >= end:
                return False
            if people[index] != person:
                return True
        return at + 8 <= len(positions)

    def spoke(self, person: Speaker, position: int) -> None:
        if self._speaker_positions and position < self._speaker_positions[-1]:
            return  # quotes are met in order; an earlier position would break the bisection
        self._speaker_positions.append(position)
        self._speakers.append(person)

    def resolve(self, who: str, position: int) -> Speaker | None:
        if (gender := _PRONOUN_GENDERS.get(who)) is not None:
            # The most common attribution of all, '"…," he said', straight to whoever "he" is.
            return self._pronoun_person(position, gender)
        who = _cleaned(who)
        if not who:
            return None
        if who.startswith(("The ", "A ", "An ", "One ", "Another ", "Several ", "Multiple ", "Two ")) and any(
            word[:1].islower() for word in who.split()[1:]
        ):
            # "The network said", "The Vermont senator said": a sentence's first word, not a name.
            who = who[0].lower() + who[1:]
        lowered = who.lower()
        if lowered.endswith(("'s", "’s")):
            return None  # "Clinton's remarks": a possessive owns the words, it does not say them
        if lowered in _PRONOUNS:
            return self._pronoun_person(position, "f" if lowered in ("she", "her") else "m")
        if _SOME_OF.search(who):
            return None
        if _PLURAL_PEOPLE.fullmatch(who) and _PERSON_NOUN.fullmatch(who.rsplit(None, 1)[-1]):
            return _described_source(who)  # '"…," federal prosecutors wrote'
        if _OUTLET.fullmatch(who):
            return _described_source(who)  # "wrote Time magazine"
        if _UNNAMED_SOURCE.match(who):
            # "a friend", "one lawmaker", "the statement": a source the article does not name.
            return _described_source(who)
        if who.rsplit(None, 1)[-1] in _NOT_SOURCES:
            return None  # "the former mayor talked about": a description that ran on into its sentence
        # "the Florida senator" is whoever the article last spoke of, or stays a description;
        # "the statement" is a source described, "the polls" or "the supporter was" nobody.
        if _DESCRIPTION.match(who) and not _COLLECTIVE.match(who) and _PERSON_NOUN.fullmatch(who.rsplit(None, 1)[-1].lower()):
            return self._described(who, position) or _described_source(who)
        # A name or a group means the same wherever it stands: worked out once.
        if who not in self._named_cache:
            self._named_cache[who] = self._name_or_group(who)
        return self._named_cache[who]

    def _name_or_group(self, who: str) -> Speaker | None:
        # A name wins over a group word before it: "studio chief Brian Robbins" is a person.
        if match := _NAME_AT_END.search(who):
            return self._named(match.group("name"), match.group("role"))
        if match := _COLLECTIVE.match(who):
            phrase = match.group("phrase")
            return _described_source(phrase)
        # "John Kasich's campaign is already claiming": the description ends where its verb phrase begins.
        words = who.split()
        auxiliary = next((at for at, word in enumerate(words) if at and word in _AUXILIARIES), len(words))
        who = " ".join(words[:auxiliary])
        if (
            (match := _GENERIC_SOURCE.match(who))
            and (head := match.group("head").lower()) not in _NOT_SOURCES
            and not _CLAUSE_IN_DESCRIPTION.search(who)
            and _SPEAKING_HEAD.fullmatch(head)
        ):
            return _described_source(who)
        return None

    def _named(self, name: str, role_words: str) -> Speaker | None:
        words = name.split()
        # "the State Department told …", "the White House said", "CNN reported": a body speaks under its own name.
        if _is_body(words):
            return Speaker(name.removeprefix("The ").replace(_DOT, "."))
        title_role = ""
        while len(words) > 1 and _is_title_word(words[0]):
            title = words.pop(0)
            title_role = _TITLE_ROLES.get(title.rstrip(_DOT), title_role or title.lower())
        if len(words) > 2 and _AGENT_NOUN.fullmatch(words[0]):
            role_words, words = words[0].lower(), words[1:]
        # "The Council on American-Islamic Relations National Executive Director Nihad Awad": the
        # person is the name after the run's last title, however many words of a body come first.
        if (title_at := _last_inner_title(words)) is not None:
            title_role = _TITLE_ROLES.get(words[title_at].rstrip(_DOT), words[title_at].lower())
            words = words[title_at + 1 :]
        # "former Pennsylvania Gov. and …": a name cannot end on a title, the person is further on.
        if not words or (len(words) == 1 and (words[0] in _NOT_PERSON or words[0] in _NO_ONE)):
            return None
        if len(words) > 1 and _is_title_word(words[-1]) and not gender_of(words[0]):
            return None  # "former Pennsylvania Gov." ends on a title; "Amy Pope" on a surname
        if _COMPOUND.search(words[-1]):
            return None  # "a Trump-style retort": a name made into an adjective names nobody
            return None
        name = " ".join(words).replace(_DOT, ".")
        if name.lower() in _PRONOUNS or name in {"I", "We", "It", "The", "This", "That", "They", "You"}:
            return None
        known = self._full_names.get(words[-1].replace(_DOT, "."))
        if known is not None and known.name.lower().endswith(name.lower()):
            return known
        return Speaker(name, _role(role_words) or title_role)

    def _subject(self, match: re.Match[str]) -> Speaker | None:
        if not _VERBISH.fullmatch(match.group("verb")):
            return None
        name = match.group("name")
        if name not in self._subject_cache:
            self._subject_cache[name] = self._subject_person(name)
        return self._subject_cache[name]

    def _subject_person(self, name: str) -> Speaker | None:
        words = name.split()
        while words and (words[0] in _NOT_PERSON or words[0] in _NOT_NAME_START or _is_title_word(words[0])) and len(words) > 1:
            words = words[1:]
        if (title_at := _last_inner_title(words)) is not None:
            words = words[title_at + 1 :]
        # "Lee's plan drew …": a possessive's owner is not what the sentence is about.
        if (
            (any(w in _NOT_PERSON for w in words) and not _given_name_first(words))
            or all(w.isupper() for w in words)
            or words[-1].endswith(("’s", "'s"))
        ):
            return None
        surname = words[-1].replace(_DOT, ".")
        known = self._full_names.get(surname)
        written = " ".join(words).replace(_DOT, ".").lower()
        # "Brook", "Ellen Brook" and "Mountaineer Ellen Brook" are all the Ellen Brook first named.
        if known is not None and (known.name.lower().endswith(written) or written.endswith(" " + known.name.lower())):
            return known
        if len(words) >= 2:
            return Speaker(" ".join(words).replace(_DOT, "."))
        if gender_of(words[0]) and words[0] not in _NO_ONE:
            # "Ochoa's son, Daniel, 24, says": a given name alone is a person too, the one named
            # in full with it if there is only one ("Donald" after "Donald Trump").
            return self._by_given_name().get(words[0]) or Speaker(words[0])
        return None

    def _by_given_name(self) -> dict[str, Speaker]:
        if self._given_names is None:
            owners: dict[str, set[Speaker]] = {}
            for person in self._full_names.values():
                owners.setdefault(person.name.split()[0], set()).add(person)
            self._given_names = {given: next(iter(people)) for given, people in owners.items() if len(people) == 1}
        return self._given_names

    def _gender(self, name: str) -> str:
        """ "m" or "f" where a title (Mr., Ms.) or a common given name tells it, else ""."""
        if (known := self._gender_cache.get(name)) is None:
            words = name.split()
            # A surname alone says nothing of its owner ("Lee"), a given name alone does ("Daniel").
            known = self._genders.get(words[-1], "") or (gender_of(words[0]) if len(words) > 1 else "")
            if not known and len(words) == 1 and words[0] not in self._full_names:
                known = gender_of(words[0])
            self._gender_cache[name] = known
        return known

    def _last_person(self, position: int, gender: str, reach: int | None = None) -> Speaker | None:
        """Whoever was last quoted or last the subject of a sentence before `position`, of the gender asked."""
        reach = _PRONOUN_REACH if reach is None else reach
        speakers, subjects = self._speaker_positions, self._subject_positions
        spoke = bisect_left(speakers, position) - 1
        subject = bisect_left(subjects, position) - 1
        # Nearest first from both lists, merged as they go (no list built, nothing sorted), a few
        # steps back at most: the nearest person of the other gender is passed over. (Not max():
        # a call, and this runs for every "he".)
        spoke_stop = spoke - 4 if spoke > 3 else -1
        subject_stop = subject - 4 if subject > 3 else -1
        while subject > subject_stop and position - subjects[subject] > _SUBJECT_REACH:
            subject = subject_stop  # the nearest subject is already too far: none further is nearer
        while spoke > spoke_stop or subject > subject_stop:
            if subject <= subject_stop or (spoke > spoke_stop and speakers[spoke] >= subjects[subject]):
                where, person = speakers[spoke], self._speakers[spoke]
                spoke -= 1
            else:
                where, person = subjects[subject], self._subjects[subject]
                subject = subject - 1 if subject - 1 > subject_stop and position - subjects[subject - 1] <= _SUBJECT_REACH else subject_stop
            if position - where > reach:
                return None  # too far back to be sure: unattributed rather than a guess
            if not gender:
                if _is_person(person.name):
                    return person
                return None  # "the businessman" is not the source described just before ("A reporter")
            if (fits := self._fits.get((person.name, gender))) is None:
                known = self._gender(person.name)
                fits = self._fits[(person.name, gender)] = (not known or known == gender) and _is_person(person.name)
            if fits:
                return person
        return None

    def _described(self, description: str, position: int) -> Speaker | None:
        """Who "the governor" or "the 60-year-old actor" is: a person named not long before whose role
        says so. Else nobody: the description names the source better than a guess at the person last
        spoken of would, and a plural ("the judges") is never the baker quoted before them."""
        head = description.rsplit(None, 1)[-1].lower()
        if head.endswith("s") and not head.endswith(("ss", "us", "is")):
            return None
        for person in self._recent_people(position, _DESCRIBED_REACH, _DESCRIBED_STEPS) + self._recent_mentions(position):
            if head in person.role.lower().split():
                return person
        return None

    def _recent_mentions(self, position: int) -> list[Speaker]:
        """The people the article named last before `position`, nearest first, quoted or not."""
        positions, people = self._person_mentions(position)
        at = bisect_left(positions, position)
        low = max(0, at - _DESCRIBED_STEPS)
        return [people[index] for index in range(at - 1, low - 1, -1) if position - positions[index] <= _DESCRIBED_REACH]

    def _recent_people(self, position: int, reach: int, steps: int) -> list[Speaker]:
        """The people last quoted or made subjects before `position`, nearest first, a few at most."""
        found: list[tuple[int, Speaker]] = []
        for positions, people in ((self._speaker_positions, self._speakers), (self._subject_positions, self._subjects)):
            at = bisect_left(positions, position)
            for index in range(at - 1, max(-1, at - 1 - steps), -1):
                if position - positions[index] > reach:
                    break
                found.append((positions[index], people[index]))
        found.sort(key=itemgetter(0), reverse=True)
        return [person for _, person in found[:steps]]

    def _sole_person(self, position: int, gender: str) -> Speaker | None:
        """Further back than a quote or a subject reaches: the one person the article names in the
        last paragraphs who can be that "he" or "she", and is known to be (a title, a given name)."""
        positions, people = self._person_mentions(position)
        found: set[Speaker] = set()
        at = bisect_left(positions, position)
        # A bounded number of mentions back: a name repeated a thousand times is looked at a few.
        for index in range(at - 1, max(-1, at - 1 - _SOLE_STEPS), -1):
            if position - positions[index] > _SOLE_REACH or len(found) > 1:
                break
            person = people[index]
            if self._gender(person.name) in (gender, ""):
                found.add(person)
        if len(found) != 1:
            return None
        (person,) = found
        return person if self._gender(person.name) == gender else None

    def _pronoun_person(self, position: int, gender: str) -> Speaker | None:
        """Whom "he" or "she" at `position` stands for: the person last quoted or spoken of, else the one named."""
        return self._last_person(position, gender) or self._sole_person(position, gender)

    def _person_mentions(self, before: int) -> tuple[list[int], list[Speaker]]:
        """Every mention of a person named in full somewhere, in order, at least up to `before`: full
        names and surnames alike. Found on first need and only as far as needed, each once: most
        articles resolve every "he" without them, and a "he" near the start needs only the start."""
        if self._mention_scan is None:
            self._mention_scan = _CAPITALISED.finditer(self._article)
        positions, people = self._mentions
        if positions and positions[-1] >= before:
            return self._mentions
        full_names = self._full_names
        # Taken up where the last call left off; past the article's end the scan gives nothing.
        for match in self._mention_scan:
            person = full_names.get(match.group())
            if person is not None and _is_person(person.name):
                positions.append(match.start())
                people.append(person)
            if match.start() >= before:
                break
        return self._mentions


@lru_cache(maxsize=1 << 14)
def _is_person(name: str) -> bool:
    """Whether a speaker's name reads as one person's, whom "he" or "she" can stand for:
    not a group ("The security team"), a body ("Priorities USA") or words that open a sentence."""
    words = name.split()
    if not all(word[:1].isupper() for word in words) or words[0] in _SENTENCE_OPENERS or words[0] in _NOT_NAME_START:
        return False
    return not ((words[-1] in _NOT_PERSON and not _given_name_first(words)) or words[-1].isupper())


@lru_cache(maxsize=1 << 14)
def _parse_run(run: str) -> tuple[str | None, str, str]:
    """A run of capitalised words as (the person's full name or None, their title, the surname)."""
    words = run.split()
    while words and (words[0] in _SENTENCE_OPENERS or words[0] in _NOT_NAME_START):
        words = words[1:]
    title = ""
    while len(words) > 1 and _is_title_word(words[0]):
        title = words.pop(0).rstrip(_DOT)
    if len(words) < 2 and not (title and words):
        return None, "", ""
    if len(words) > 2 and _AGENT_NOUN.fullmatch(words[0]):
        title, words = words[0], words[1:]
    if (title_at := _last_inner_title(words)) is not None:
        title, words = words[title_at].rstrip(_DOT), words[title_at + 1 :]
    if (any(w in _NOT_PERSON for w in words) and not _given_name_first(words)) or all(w.isupper() for w in words):
        return None, "", ""
    if len(words) < 2:
        return None, title, words[-1]
    return " ".join(words).replace(_DOT, "."), title, words[-1]


def _mention_role(article: str, start: int, end: int, title: str) -> str:
    """The role a person's first mention gives: "base jumping coach John DeVore", "Police Chief Dan
    Moore", "Ann Fox, a captain,", "Dr. Anita Rao, director of emergency medicine at the hospital,"."""
    paragraph_start = article.rfind("\n", max(0, start - 80), start) + 1
    role = (
        _role(article[max(paragraph_start, start - 80) : start])
        or _title_phrase(article[start:end])
        or _TITLE_ROLES.get(title, title.lower())
    )
    return role or _set_off_role(article[max(paragraph_start, start - 80) : start]) or _appositive_role(article, end)


def _set_off_role(before: str) -> str:
    """The description a name is set off after: "Her spokesperson, Leo Brandt," → spokesperson;
    "The union's president, Karen Liu," → president."""
    if not before.endswith(", "):
        return ""
    words = re.split(r"[,.;:!?“”\"]", before[:-2])[-1].split()
    # What owns the role ("Her", "The union's") is not part of it.
    while words and (words[0].lower() in _OWNERS or words[0].endswith(("’s", "'s"))):
        words = words[1:]
    # "spokeswoman for County Power": lower-case words, and the name of a body after "for" or "of".
    if not words or len(words) > 6 or not _ROLE_WORD.fullmatch(words[0]):
        return ""
    named_body = False
    for word in words[1:]:
        named_body = named_body or word in ("for", "of", "at")
        if not named_body and not _ROLE_WORD.fullmatch(word):
            return ""
    return " ".join(words).replace(_DOT, ".")


def _appositive_role(article: str, end: int) -> str:
    """The appositive after a first mention as its role: ", a spokesman for Tri-County Electric."
    → spokesman for Tri-County Electric; not a clause (", who runs a shop,"), an age or a verb."""
    if not (appositive := _APPOSITIVE_ROLE.match(article, end)):
        return ""
    words = appositive.group("role").split()
    if words[0].lower() in _ROLE_STOPWORDS or _VERBISH.fullmatch(words[0]) or words[0] in ("who", "whose", "which"):
        return ""
    for at, word in enumerate(words):
        if word in ("who", "whose", "which", "that"):
            words = words[:at]
            break
    return " ".join(words[:8]).replace(_DOT, ".")


def _title_phrase(run: str) -> str:
    """The titles before the name in a run of capitalised words, as a role: "Police Chief Dan Moore" → police chief."""
    words = run.split()
    while words and (words[0] in _SENTENCE_OPENERS or words[0] in _NOT_NAME_START):
        words = words[1:]
    at = _last_inner_title(words)
    if at is None or at == 0:
        return ""
    titles = [_TITLE_ROLES.get(word.rstrip(_DOT), word) for word in words[max(0, at - 2) : at + 1]]
    return " ".join(word if word.isupper() else word.lower() for word in titles if word)


def _described_source(words: str) -> Speaker:
    """ "the statement", "a U.S. official": a source the article describes, as a speaker's name."""
    return Speaker(words[0].upper() + words[1:].replace(_DOT, "."))


@lru_cache(maxsize=1 << 14)
def _cleaned(who: str) -> str:
    """The words naming a speaker without asides, a trailing adverb or a leading "and"; "" if too long to be one."""
    if len(who) > 200:
        return ""
    who = _PARENTHETICAL.sub("", who).strip()
    who = _TRAILING_ADVERB.sub("", who)
    who = _LEADING_CONJUNCTION.sub("", who)
    if (place := _OF_PLACE.search(who)) and _OPENING_NAME.search(who[: place.start()]):
        who = who[: place.start()]
    return "" if len(who.split()) > 10 else who


def _given_name_first(words: list[str]) -> bool:
    """ "Elaine Park", "Anita Hill": a given name first makes a person of words that also name places."""
    return len(words) == 2 and words[-1] not in _BODIES and gender_of(words[0]) != ""


def _last_inner_title(words: list[str]) -> int | None:
    """Where the last title of a run stands when a name of two words or more follows it, no title among them."""
    for at in range(len(words) - 3, -1, -1):
        if _is_title_word(words[at]):
            return at
        if _is_title_word(words[at + 2]):
            return None
    return None


def _is_title_word(word: str) -> bool:
    plain = word.replace(_DOT, ".").rstrip(".")
    return plain in _TITLES or plain in _TITLE_ROLES


def _role(words: str) -> str:
    """The role words before a name, without the sentence's own words: "writer/director"."""
    kept: list[str] = []
    for word in reversed(words.split()):
        if word.lower() in _ROLE_STOPWORDS or not _ROLE_WORD.fullmatch(word):
            break
        kept.insert(0, word)
    return " ".join(kept)
