"""The quote extractor on the seed article and on a corpus of short news articles with the
quotes and speakers a careful reader finds in them (tests/data/corpus/expected.json)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from gui.story import Story, load_story
from gui.story.quote_extractor import UNATTRIBUTED, extract_quotes, quote_spans
from tests.conftest import DATA
from tests.helpers import SEED_QUOTES

CORPUS = DATA / "corpus"
EXPECTED: dict[str, list[list[str]]] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))

Found = tuple[str, str, str]  # quote text, speaker's name, speaker's role


def _found(story: Story) -> list[Found]:
    return [(q.text, q.speaker.name, q.speaker.role) for q in story.quotes]


def test_the_seed_through_the_extractor_gives_the_eight_quotes(seed_story: Story) -> None:
    raw = extract_quotes([seed_story.dek, *seed_story.paragraphs])
    assert [(q.text, q.speaker.name, q.speaker.role) for q in raw] == [
        ("the biggest stunt in cinema history.", "The team", ""),
        ("I've wanted to do it since I was a little kid,", "Tom Cruise", ""),
        ("It all comes down to one thing: The audience.", "Tom Cruise", ""),
        ("a master plan", "Christopher McQuarrie", "writer/director"),
        ("even two years ago, the cameras didn't exist", "Christopher McQuarrie", "writer/director"),
        ("How do we involve the audience? I just want to give them that thrill,", "Tom Cruise", ""),
        # How this story spells "BASE" is the story's metadata, not a rule of the extractor's.
        ("Pretty much the biggest stunt in cinema history,", "John DeVore", "base jumping coach"),
        ("Tom Cruise just rode a motorcycle off a cliff six times today.", "John DeVore", "base jumping coach"),
    ]
    # The bundled metadata only names the collective speaker as the foundation issue does.
    assert [(q.display_text, q.speaker.name) for q in seed_story.quotes] == SEED_QUOTES
    assert {q.speaker.role for q in seed_story.quotes if q.speaker.name == "John DeVore"} == {"BASE jumping coach"}


def test_the_seed_mentions_july_2023_and_2024(seed_story: Story) -> None:
    said = {e.article_said: e for e in seed_story.events if e.article_said}
    assert set(said) == {"July 2023", "2024"}
    # The metadata knows the exact days the text could not say.
    assert (said["July 2023"].date.isoformat(), said["2024"].date.isoformat()) == ("2023-07-12", "2025-05-23")


def test_the_seed_caption_title_is_not_speech() -> None:
    caption = "Tom Cruise performs a stunt for 'Mission: Impossible - Dead Reckoning Part One.'"
    assert quote_spans(caption) == [(caption.index("Mission"), len(caption) - 1)]
    assert extract_quotes([caption]) == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_article(name: str) -> None:
    story = load_story(CORPUS / name)
    assert _found(story) == [tuple(item) for item in EXPECTED[name]]


def _scores() -> tuple[float, float, list[str]]:
    found: Counter[Found] = Counter()
    wanted: Counter[Found] = Counter()
    misses: list[str] = []
    for name, expected in EXPECTED.items():
        got = Counter(_found(load_story(CORPUS / name)))
        want = Counter((text, speaker, role) for text, speaker, role in expected)
        found += got
        wanted += want
        misses += [f"{name}: extra {item}" for item in got - want] + [f"{name}: missed {item}" for item in want - got]
    hits = sum((found & wanted).values())
    return hits / max(1, sum(found.values())), hits / max(1, sum(wanted.values())), misses


def test_precision_and_recall_over_the_corpus() -> None:
    precision, recall, misses = _scores()
    assert len(EXPECTED) >= 15
    assert (precision, recall, misses) == (1.0, 1.0, [])


def test_no_quotes_is_an_empty_list_not_an_error() -> None:
    story = load_story(CORPUS / "17_no_quotes.txt")
    assert story.quotes == ()
    assert story.headline == "Quiet day at the port"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Cruise's team didn't say; it's the '90s.", []),
        ("'I've wanted to do it,' he said.", [("I've wanted to do it,")]),
        ("He said \"A 'nested' word\" twice.", ["A 'nested' word"]),
        ("“Curly,” she said, “and more.”", ["Curly,", "and more."]),
        ('"Runs on to the end of the paragraph', ["Runs on to the end of the paragraph"]),
        # Which double marks open, as the one search that finds a quote and its closer decides:
        # not after "=" (markup), a straight one not after a letter or digit (an inch sign).
        ('<a id="x1">', []),
        ("<a title=“x”>", []),
        ('a 5" pipe and "this"', ["this"]),
        ('snake_"case" word', ["case"]),
        ('(“one”) "two"', ["one", "two"]),
    ],
)
def test_quotation_marks(text: str, spans: list[str]) -> None:
    assert [text[start:end] for start, end in quote_spans(text)] == spans


def test_an_unknown_pronoun_is_unattributed_never_guessed() -> None:
    quotes = extract_quotes(['"It was a long night," he said.'])
    assert [q.speaker.name for q in quotes] == [UNATTRIBUTED]


def test_a_surname_without_a_full_name_stays_as_written() -> None:
    quotes = extract_quotes(['"It was a long night," Okafor said.'])
    assert [(q.speaker.name, q.speaker.role) for q in quotes] == [("Okafor", "")]


def test_corpus_files_are_real_articles() -> None:
    # Every file in the corpus folder is scored; none is left out of expected.json.
    files = {path.name for path in Path(CORPUS).iterdir() if path.suffix in {".txt", ".md"}}
    assert files == set(EXPECTED)


def _speakers(blocks: list[str]) -> list[tuple[str, str]]:
    return [(q.text, q.speaker.name) for q in extract_quotes(blocks)]


def test_a_pronoun_is_the_person_last_named_before_it_across_paragraphs() -> None:
    # Positions inside a paragraph were once compared with positions from the article's start.
    blocks = ["Bob Smith opened the meeting on Monday.", "Later, Jane Doe arrived at the hall.", "“Hello, everyone,” she said."]
    assert _speakers(blocks) == [("Hello, everyone,", "Jane Doe")]


def test_a_pronoun_agrees_with_a_title_that_tells_the_gender() -> None:
    blocks = ["Tom Berg opened the meeting.", "Mr. Berg sat down.", "Ms. Ann Fox arrived late.", "“We start now,” he said."]
    assert _speakers(blocks) == [("We start now,", "Tom Berg")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The budget is fair,” Mr. Okafor said.", "Okafor"),
        ("“The budget is fair,” said Rep. Ann Lee.", "Ann Lee"),
        ("“The budget is fair,” said Ronald R. Fieldstone.", "Ronald R. Fieldstone"),
        ("Dr. Mia Cole said: “The budget is fair.”", "Mia Cole"),
    ],
)
def test_titles_and_initials_keep_their_full_stop_inside_the_name(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


@pytest.mark.parametrize("verb", ["tweeted", "responded", "wrote in a post", "complained", "countered"])
def test_more_speech_verbs_are_known(verb: str) -> None:
    assert _speakers([f"“Not today,” Tom Berg {verb}."]) == [("Not today,", "Tom Berg")]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The doors open at nine,” Lena Vogt, the club's spokeswoman, said.",
        "“The doors open at nine,” said Sen. Lena Vogt (D-Ore.).",
        "“The doors open at nine,” Lena Vogt (D-Ore.) said.",
    ],
)
def test_an_appositive_or_party_tag_between_the_name_and_its_verb(sentence: str) -> None:
    assert _speakers([sentence]) == [("The doors open at nine,", "Lena Vogt")]


def test_a_partial_quote_in_reported_speech_is_the_clause_subjects() -> None:
    blocks = ["Ann Fox told the crowd on Friday that the plan “went too far” and would be dropped."]
    assert _speakers(blocks) == [("went too far", "Ann Fox")]


def test_a_quotation_left_open_at_a_paragraphs_end_goes_on_in_the_next() -> None:
    blocks = ["Tom Berg spoke first. “The first point is simple.", "“The second is harder.”"]
    assert [name for _, name in _speakers(blocks)] == ["Tom Berg", "Tom Berg"]


def test_an_unnamed_source_is_named_as_the_article_describes_it() -> None:
    assert _speakers(["“It was chaos,” a campaign aide said."]) == [("It was chaos,", "A campaign aide")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The so-called “miracle cure” was sold online for years.",
        '<tweet tweet-id="661196"><tweet/>.',
    ],
)
def test_scare_quotes_and_markup_values_are_not_quotes(sentence: str) -> None:
    assert extract_quotes([sentence]) == []


def test_a_participle_speaks_for_the_sentences_subject() -> None:
    blocks = ["Ann Fox stepped up her campaign on Friday, saying, “The town deserves better.”"]
    assert _speakers(blocks) == [("The town deserves better.", "Ann Fox")]


def test_a_closing_attribution_names_the_speaker_of_the_quotes_before_it() -> None:
    blocks = ["The council spent “far more than it had” on the bridge, according to auditor Mia Cole."]
    assert _speakers(blocks) == [("far more than it had", "Mia Cole")]


def test_a_paragraph_opening_on_a_bare_quote_goes_on_from_the_last_speaker() -> None:
    blocks = ["“We will rebuild the pier,” Tom Berg said.", "“It will take two summers.”"]
    assert [name for _, name in _speakers(blocks)] == ["Tom Berg", "Tom Berg"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A possessive owns the words; the one who calls them something says it.
        ("Mayor Ann Fox called Berg's remarks a “cheap shot” on Monday.", "Ann Fox"),
        # "press" is a noun in "press secretary", not the verb.
        ("“The plan stands,” council press secretary Tom Berg said.", "Tom Berg"),
    ],
)
def test_a_noun_is_not_taken_for_a_speech_verb(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


def test_a_pronoun_far_from_any_person_stays_unattributed() -> None:
    filler = " ".join(["The weather stayed calm over the bay for the rest of the week."] * 20)
    blocks = ["Tom Berg opened the meeting.", filler, "“We start now,” he said."]
    assert _speakers(blocks) == [("We start now,", UNATTRIBUTED)]


def test_a_pronoun_further_back_is_the_one_person_it_can_be() -> None:
    # Past a quote's or a subject's reach, "he" is still the only man the last paragraphs name.
    filler = " ".join(["The weather stayed calm over the bay for the rest of the week."] * 8)
    alone = ["Tom Berg opened the meeting.", filler, "“We start now,” he said."]
    assert _speakers(alone) == [("We start now,", "Tom Berg")]
    # With a second man named, or only a woman named, it stays unattributed.
    two = ["Tom Berg opened the meeting with Dan Cole.", filler, "“We start now,” he said."]
    assert _speakers(two) == [("We start now,", UNATTRIBUTED)]
    woman = ["Ann Fox opened the meeting.", filler, "“We start now,” he said."]
    assert _speakers(woman) == [("We start now,", UNATTRIBUTED)]


def test_a_subject_with_a_party_tag_and_a_time_is_still_the_one_he_refers_to() -> None:
    blocks = ["Ann Fox spoke first.", "Rep. Tom Berg (D-Ore.) last month joked with Ann Fox about the weather.", "“It will rain,” he said."]
    assert _speakers(blocks) == [("It will rain,", "Tom Berg")]


def test_a_title_with_full_stops_is_not_part_of_the_name() -> None:
    blocks = ["U.S. District Judge Mia Cole ruled on Monday.", "“The law is clear,” she said."]
    assert _speakers(blocks) == [("The law is clear,", "Mia Cole")]


def test_a_subject_introducing_a_quote_with_a_colon_speaks_it() -> None:
    blocks = ["The union asked for more.", "Ann Fox resisted: “The budget has no room.”"]
    assert _speakers(blocks) == [("The budget has no room.", "Ann Fox")]


def test_a_name_does_not_end_on_a_title() -> None:
    # Two titles joined by "and" belong to the one name after them, never "Ohio Gov." taken for a person.
    blocks = ["“Turnout decides it,” said former Ohio Gov. and party chairman Tom Berg."]
    assert _speakers(blocks) == [("Turnout decides it,", "Tom Berg")]
    blocks = ["“Turnout decides it,” said former Ohio Gov."]
    assert _speakers(blocks) == [("Turnout decides it,", UNATTRIBUTED)]


@pytest.mark.parametrize(
    ("blocks", "speakers"),
    [
        # An aside in mid-sentence names the speaker of the sentence's quotes.
        (["Tom Berg arrived.", "“A big truck” came through the gate, he said, and “everyone ran.”"], ["Tom Berg", "Tom Berg"]),
        # A body speaks under its own name.
        (["In May the State Department told the group that “no records were found.”"], ["State Department"]),
        # "laughed and said".
        (["Tom Berg was asked about it. He laughed and said, “We will see.”"], ["Tom Berg"]),
        # A pronoun opening a sentence that introduces a quote with a colon.
        (["Ann Fox spoke.", "She then addressed the crowd again: “Here is what I regret.”"], ["Ann Fox"]),
    ],
)
def test_asides_bodies_and_colons(blocks: list[str], speakers: list[str]) -> None:
    assert [name for _, name in _speakers(blocks)] == speakers


def test_a_list_of_labelled_paragraphs_is_no_interview() -> None:
    blocks = ["Iowa: Tom Berg leads.", "Ohio: Ann Fox leads.", "Utah: nobody leads.", "“It is close,” Tom Berg said."]
    assert _speakers(blocks) == [("It is close,", "Tom Berg")]


def test_an_interview_keeps_the_quotes_of_its_other_paragraphs() -> None:
    blocks = ["“The port will reopen,” Mayor Tom Berg said.", "Q: When?", "Tom Berg: In May.", "Q: Why?", "Tom Berg: The repairs are done."]
    assert _speakers(blocks) == [
        ("The port will reopen,", "Tom Berg"),
        ("When?", "Q"),
        ("In May.", "Tom Berg"),
        ("Why?", "Q"),
        ("The repairs are done.", "Tom Berg"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # An appositive that opens on its owner's name.
        ("Tom Berg, Ann Fox's campaign manager, said the rivals were up to “mischief” again.", "Tom Berg"),
        # "said X, an appositive." closing a sentence that has words after its quote.
        ("“Many would call it a defeat” if the margin shrinks, said Dan Cole, an analyst at the institute.", "Dan Cole"),
    ],
)
def test_appositives_that_open_on_a_name_and_closing_said_x(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


def test_she_as_a_subject_carries_her_person_on_past_a_long_gap() -> None:
    thanks = " ".join(["She thanked the crowd for coming out in the rain tonight."] * 9)
    blocks = ["Ann Fox walked on stage. " + thanks, "“We did it,” she said."]
    assert _speakers(blocks) == [("We did it,", "Ann Fox")]


def test_a_given_name_tells_whom_she_stands_for() -> None:
    # No title says who is a woman: "Margaret" does, so "she" skips the nearer Tom Berg.
    blocks = ["Margaret Olsen met the mayor on Friday. Tom Berg greeted her at the door.", "“The roof leaks,” she said."]
    assert _speakers(blocks) == [("The roof leaks,", "Margaret Olsen")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A place after the full name is where the speaker is from, not who speaks.
        ("Rep. Ann Fox of New Mexico said the bill was “dead on arrival.”", "Ann Fox"),
        ("“The bill is dead,” said Tom Berg of Ohio.", "Tom Berg"),
        # An appositive left unclosed before its verb: the name that opens it speaks.
        ("Dan Cole, the union's regional director said, “We will not sign this.”", "Dan Cole"),
    ],
)
def test_a_place_or_an_unclosed_appositive_after_the_name(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A description nobody earlier in the article answers to stays the description.
        ("“We will appeal,” the ferry company's lawyer said.", "The ferry company's lawyer"),
        # A source described by its owner or its body, not by one of the usual source nouns.
        ("“The fence stays,” the parish council's treasurer said.", "The parish council's treasurer"),
        ("“No comment,” a Harbor Line representative said.", "A Harbor Line representative"),
    ],
)
def test_a_source_described_but_not_named_keeps_its_description(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


def test_a_q_and_a_with_no_names_gives_no_speakers() -> None:
    blocks = ["The mayor sat down with us on Friday.", "Q: When will the port reopen?", "A: In May.", "Q: Why?", "A: The repairs are done."]
    assert _speakers(blocks) == []


def test_he_stands_for_a_person_not_a_group_or_a_body() -> None:
    # "Meanwhile Harbor Line" and "the PTA" are the subjects nearest "he", but no person.
    blocks = ["Tom Berg joined the board. Meanwhile Harbor Line resumed its ferries, and the PTA agreed.", "“We are ready,” he said."]
    assert _speakers(blocks) == [("We are ready,", "Tom Berg")]


def test_he_reaches_a_sentence_subject_from_less_far_than_a_speaker() -> None:
    # The gap names a second man, so "he" is not simply the only man about.
    gap = "The harbor has been closed to Dan Cole's ferries. " + " ".join(["The harbor stayed closed for most of the winter."] * 5)
    subject = ["Tom Berg toured the harbor on Monday. " + gap, "“The work is done,” he said."]
    speaker = ["“We start on Monday,” Tom Berg said. " + gap, "“The work is done,” he said."]
    assert [name for _, name in _speakers(subject)] == [UNATTRIBUTED]
    assert [name for _, name in _speakers(speaker)] == ["Tom Berg", "Tom Berg"]


def test_a_possessive_owner_is_not_the_subject_he_stands_for() -> None:
    blocks = ["“We start on Monday,” Dan Cole said. Tom Berg’s renewed push worried the council.", "“It works,” he said."]
    assert [name for _, name in _speakers(blocks)] == ["Dan Cole", "Dan Cole"]


@pytest.mark.parametrize(
    ("blocks", "speaker"),
    [
        # An age, a place and a clause between a subject and its verb: "he" still finds the subject.
        (["Tom Berg, 58, of Dover, who runs the ferry, says the fares went up.", "“It hurts,” he said."], "Tom Berg"),
        (["Ann Fox, director of the port board, a city agency, said the work was late.", "“We are sorry,” she said."], "Ann Fox"),
        # Several asides between the name and its verb after the quote.
        (["“Both plans scare me,” Dan Cole, 30, of Dover, who was among those polled, said afterwards."], "Dan Cole"),
    ],
)
def test_a_subject_with_several_asides_before_its_verb(blocks: list[str], speaker: str) -> None:
    assert [name for _, name in _speakers(blocks)][-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A name and a colon introduce the quote, with no verb.
        ("Pollsters disagree - Ann Fox: “The samples are too small.”", "Ann Fox"),
        ("Ferry fares went up again. Dan Cole: “Nobody told us.”", "Dan Cole"),
        # Neither a sentence's capitalised first word nor a reader's comment is a nameless quote.
        ("The harbormaster said that the plan was “dead on arrival.”", "The harbormaster"),
        ("The ferry is late “every single day,” one commuter commented.", "One commuter"),
    ],
)
def test_a_name_with_a_colon_a_described_subject_and_a_comment(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


def test_a_mark_never_closed_is_a_bounded_quote_or_none() -> None:
    # No next paragraph takes the quotation up: the quote is its sentence, not the rest of the paragraph.
    rest = " The harbor stayed shut for the winter." * 2000
    blocks = ["Tom Berg said, “We will reopen in May." + rest, "The council met on Monday."]
    assert _speakers(blocks) == [("We will reopen in May.", "Tom Berg")]
    # With no sentence end near the mark, no quote at all.
    assert _speakers(["Tom Berg said, “and then" + " more words" * 2000]) == []
    # The next paragraph opens on a mark: the quotation goes on there, whole.
    assert [text for text, _ in _speakers(["Tom Berg said, “We will reopen. The fares stay.", "“And the ferry runs.”"])] == [
        "We will reopen. The fares stay.",
        "And the ferry runs.",
    ]


def test_a_quote_its_sentence_attributes_ends_that_sentence() -> None:
    # The name after the full stop opens the next sentence; it does not say the quote before it.
    blocks = ["Ann Fox said the mayor “broke his word.” Tom Berg called the plan “a disgrace.”"]
    assert _speakers(blocks) == [("broke his word.", "Ann Fox"), ("a disgrace.", "Tom Berg")]


def test_who_will_continue_is_not_who_speaks() -> None:
    blocks = ["Ann Fox said she is sure Tom Berg will continue to be “a friend of the harbor.”"]
    assert _speakers(blocks) == [("a friend of the harbor.", "Ann Fox")]


def test_he_is_not_the_subject_of_a_clause_inside_the_sentence() -> None:
    blocks = ["Dan Cole backed the plan even though Tom Berg won the vote.", "“It was close,” he said."]
    assert _speakers(blocks) == [("It was close,", "Dan Cole")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A surname ending in -ly is no adverb.
        ("“We won,” Meg Kelly said.", "Meg Kelly"),
        ("“We won,” said Ravi Ganguly of the harbor board.", "Ravi Ganguly"),
        # A participle after an aside speaks for the sentence's subject, not for the name before the aside.
        ("Tom Berg, the former mayor, also attacked Dan Cole, with whom he clashed at the debate, calling him a “loser.”", "Tom Berg"),
    ],
)
def test_names_ending_like_adverbs_and_participles_after_asides(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


def test_he_finds_a_subject_whose_asides_hold_words_that_are_no_verbs() -> None:
    blocks = ["Dan Cole, 30, of Dover, who was among those polled, said the fares were too high.", "“It hurts,” he said."]
    assert _speakers(blocks)[-1] == ("It hurts,", "Dan Cole")


def test_a_description_is_not_the_source_described_just_before_it() -> None:
    blocks = ["“Will the fares go up?” a reporter asked.", "“Not this year,” the ferry boss replied."]
    assert _speakers(blocks) == [("Will the fares go up?", "A reporter"), ("Not this year,", "The ferry boss")]


def test_a_long_second_aside_still_leaves_its_subject_for_he() -> None:
    blocks = [
        "Tom Berg, 49, a ferry captain who now works for the harbor board of the county, said the fares were too high. "
        "He attended the meeting.",
        "“I ask my wife about it,” he said.",
    ]
    assert _speakers(blocks) == [("I ask my wife about it,", "Tom Berg")]


def test_a_name_set_off_by_commas_after_its_description_is_the_subject() -> None:
    blocks = ["The head of the ferry league, Jon Green, warned that fares would rise.", "“It is wrong,” he said."]
    assert _speakers(blocks) == [("It is wrong,", "Jon Green")]


def test_he_with_no_man_near_is_unattributed_not_the_last_speaker() -> None:
    # No man was quoted or a subject: "he" is no reason to give Ann Fox the quote. Tom Lee, an
    # object, is the one man named, so "he" is him; with a second man named, nobody.
    blocks = ["Ann Fox met Tom Lee. “Hi,” she said. He said “no.”"]
    assert _speakers(blocks) == [("Hi,", "Ann Fox"), ("no.", "Tom Lee")]
    blocks = ["Ann Fox met Tom Lee and Dan Cole. “Hi,” she said. He said “no.”"]
    assert _speakers(blocks) == [("Hi,", "Ann Fox"), ("no.", UNATTRIBUTED)]


def test_a_paragraph_ending_on_a_colon_introduces_the_quotation_after_it() -> None:
    blocks = [
        "When the ferry sank in 1998, Mayor Ann Fox released the following statement:",
        "“We mourn with every family on the island.”",
    ]
    assert _speakers(blocks) == [("We mourn with every family on the island.", "Ann Fox")]


def test_a_paragraph_that_introduces_nobody_hands_nothing_on() -> None:
    blocks = ["Tom Berg spoke at noon. The fares were the only subject.", "“We mourn with every family on the island.”"]
    assert _speakers(blocks) == [("We mourn with every family on the island.", UNATTRIBUTED)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A spokesman for Mayor Ann Fox called the plan “a gift to the island.”", "A spokesman for Mayor Ann Fox"),
        ("The vote was so late that an aide to Tom Berg could only quip: “The ferry had left.”", "An aide to Tom Berg"),
        ("Tom Berg called the plan “a gift to the island.”", "Tom Berg"),
    ],
)
def test_a_source_speaking_for_a_person_is_not_that_person(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


def test_a_description_running_into_its_verb_is_not_a_speaker() -> None:
    blocks = ["Reprising a line, the former mayor talked about continuing the “progress we made” in the port."]
    assert all("talked" not in name for _, name in _speakers(blocks))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ann Fox of Dover, Delaware says she thinks Lee can win if he keeps “doing what he is doing.”", "Ann Fox"),
        ("Former Secretary of State Ann Fox recently urged women to vote, saying, “There is a place for us.”", "Ann Fox"),
        ("Harbour Leader Tom Berg, R-Ky., delivered a blunt message to Lee: “It is time to quit.”", "Tom Berg"),
        ("“You know, it happens, right?” Lee went on, as if he did not hear her.", "Lee"),
        ("The Council on Harbour Relations Executive Director Nihad Awad says the plan is “inflammatory.”", "Nihad Awad"),
        # "Lee-style" is no person: the sentence's subject speaks.
        ("Tom Berg offered a Lee-style retort, tweeting, “You are a liar.”", "Tom Berg"),
    ],
)
def test_places_titles_party_tags_and_addressees_around_a_name(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


@pytest.mark.parametrize("opener", ["Although", "Even", "Like", "Meanwhile", "Whether", "Said"])
def test_a_word_opening_the_sentence_is_not_part_of_the_name(opener: str) -> None:
    blocks = [f"Ann Fox joined the board. {opener} Fox, who chairs it, spoke to the crowd.", "“We are ready,” she said."]
    assert _speakers(blocks) == [("We are ready,", "Ann Fox")]


@pytest.mark.parametrize(
    ("blocks", "speaker"),
    [
        (["“There never was an order,” said the harbour chief known as Bob, speaking for the first time."], "Bob"),
        (["Ann Fox arrived. Lee's biggest applause came when he said “zero” voters would follow Fox."], UNATTRIBUTED),
        (["Tom Berg arrived. Since the ferry sank, the fares rose.", "“We will not pay,” he said."], "Tom Berg"),
    ],
)
def test_known_as_and_words_that_name_nobody(blocks: list[str], speaker: str) -> None:
    assert [name for _, name in _speakers(blocks)] == [speaker]


@pytest.mark.parametrize(
    ("blocks", "speakers"),
    [
        # A description with the name after it: the name speaks, not the woman quoted before.
        (
            [
                "Sarah Kim, 34, said the house was cold. “We sleep in coats,” she said.",
                "“It is the worst,” said the old farmer, Walter Grimes.",
            ],
            ["Sarah Kim", "Walter Grimes"],
        ),
        # "the governor" is the person whose title says so, not the man quoted last.
        (
            [
                "Governor Elaine Park spoke on Sunday. “Stay home,” Park said.",
                "Luis Ortega, a shop owner, agreed. “Wait it out,” he said.",
                "“We will help,” the governor added.",
            ],
            ["Elaine Park", "Luis Ortega", "Elaine Park"],
        ),
        # A plural description is a group, never the person quoted before it.
        (["“It is a fine loaf,” said Gemma Blake.", "The judges praised the loaf’s “deep, tangy crust.”"], ["Gemma Blake", "The judges"]),
        (["According to the Weather Service, another “large storm” could arrive by Thursday."], ["Weather Service"]),
        (["The mayor’s office said in a statement that the city was “fully prepared.”"], ["The mayor’s office"]),
        (["Ann Fox, who has in the past described Lee as “a liar,” spoke again."], ["Ann Fox"]),
        (["Tom Berg at the time said he had asked his “people” to look into it."], ["Tom Berg"]),
    ],
)
def test_descriptions_titles_and_sources_a_reader_would_name(blocks: list[str], speakers: list[str]) -> None:
    assert [name for _, name in _speakers(blocks)] == speakers


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        ("“The roads are closed,” said Police Chief Dan Moore.", "Dan Moore", "police chief"),
        ("“We will reopen,” said Tom Berg, a spokesman for Tri-County Electric.", "Tom Berg", "spokesman for Tri-County Electric"),
        (
            "Dr. Anita Rao, director of emergency medicine at St. Jude's Hospital, warned: “Never run a generator indoors.”",
            "Anita Rao",
            "director of emergency medicine at St. Jude's Hospital",
        ),
        ("Sarah Kim, 34, a nurse who lives on Alder Road, said: “We are cold.”", "Sarah Kim", "nurse"),
        ("Luis Ortega, who runs a hardware store, said: “Wait it out.”", "Luis Ortega", ""),
    ],
)
def test_a_first_mention_gives_its_role(sentence: str, speaker: str, role: str) -> None:
    (quote,) = extract_quotes([sentence])
    assert (quote.speaker.name, quote.speaker.role) == (speaker, role)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Our efforts have fallen short,” Amy Pope, a deputy adviser, said on a call.", "Amy Pope"),
        ("“It is wrong,” said a New Hampshire Republican.", "A New Hampshire Republican"),
        ("“Analysts said no,” remembered Roy Verley, a former spokesman.", "Roy Verley"),
        ("Rep. Trey Gowdy (R-S.C.):“I have not heard that figure.”", "Trey Gowdy"),
    ],
)
def test_surnames_that_are_titles_party_tags_before_a_colon_and_party_members(sentence: str, speaker: str) -> None:
    assert [name for _, name in _speakers([sentence])] == [speaker]


@pytest.mark.parametrize(
    ("blocks", "speaker", "role"),
    [
        (["“It is about time,” one commuter, Ada Novak, said at the terminal."], "Ada Novak", "commuter"),
        (
            ["Mayor Priya Anand spoke. Her spokesperson, Leo Brandt, told reporters the mayor was “broadly supportive.”"],
            "Leo Brandt",
            "spokesperson",
        ),
        (["The union's president, Karen Liu, was more cautious: “We need to see the plan first.”"], "Karen Liu", "president"),
    ],
)
def test_a_name_set_off_after_its_description_speaks_with_that_role(blocks: list[str], speaker: str, role: str) -> None:
    (quote,) = extract_quotes(blocks)
    assert (quote.speaker.name, quote.speaker.role) == (speaker, role)


def test_a_given_name_alone_is_a_person_and_tells_the_gender() -> None:
    blocks = [
        "“Aid is a bandage,” said Prof. Samuel Okoye, who studies water policy.",
        "Ochoa's son, Daniel, 24, says he wants to keep the ranch going. “It's in my blood,” he said.",
    ]
    assert [name for _, name in _speakers(blocks)] == ["Samuel Okoye", "Daniel"]
    # After "Donald Trump", "Donald" alone is him; a place with a woman's name is no "he".
    blocks = ["Donald Trump spoke at noon. Later Donald toured the plant.", "“It is great,” he said."]
    assert [name for _, name in _speakers(blocks)] == ["Donald Trump"]
    blocks = ["Tom Berg spoke. Georgia has long backed the plan.", "“It is great,” he said."]
    assert [name for _, name in _speakers(blocks)] == ["Tom Berg"]


def test_an_aside_never_runs_past_its_sentence_to_hide_the_next_subject() -> None:
    blocks = ["“I get it,” said Jenna Morris, a nurse. Another parent, Victor Diaz, said he was grateful: “Better safe than sorry.”"]
    assert [name for _, name in _speakers(blocks)] == ["Jenna Morris", "Victor Diaz"]
    (quote,) = extract_quotes(["A spokeswoman for County Power, Lisa Tran, said: “We know people are frustrated.”"])
    assert (quote.speaker.name, quote.speaker.role) == ("Lisa Tran", "spokeswoman for County Power")


@pytest.mark.parametrize(
    ("blocks", "speakers"),
    [
        (
            [
                "Jo Reyes spoke. “Hi,” Jo Reyes said.",
                "Senator Tom Hale of Oregon said the bill was late. “We need it now,” the senator said.",
            ],
            ["Jo Reyes", "Tom Hale"],
        ),
        (["“It was louder,” Mayor Lena Park's spokeswoman, Jo Reyes, said."], ["Jo Reyes"]),
        (["Mayor Ann Fox spoke on Monday. “" + "word " * 2000 + "end,” she said."], ["Ann Fox"]),
    ],
)
def test_a_title_named_without_a_quote_a_possessive_description_and_a_long_quote(blocks: list[str], speakers: list[str]) -> None:
    assert [name for _, name in _speakers(blocks)] == speakers


@pytest.mark.parametrize(
    ("blocks", "speaker"),
    [
        # A description no role ties to a person named before stays a description, not the last person.
        (["Bob Lane opened the fair on Monday.", "“It was the best year yet,” the moderator said."], "The moderator"),
        (["Bob Lane spoke in Concord.", "The Vermont senator told the paper the vote was “rigged.”"], "The Vermont senator"),
        (["The GOP front-runner complained that the contest had been “rigged” against him."], "The GOP front-runner"),
        # "said" before an unnamed source, a relative clause after it.
        (["“It is rigged,” said a Democratic strategist who spoke on condition of anonymity."], "A Democratic strategist"),
        (["“A bad day,” said a former U.S. law enforcement official who ran the unit."], "A former U.S. law enforcement official"),
        (["“We will win this fight,” said one of those advisers, who spoke on condition of anonymity."], "One of those advisers"),
        (["The final results are not in, but John Kasich’s campaign is already claiming “a big win.”"], "John Kasich’s campaign"),
    ],
)
def test_a_source_described_and_not_named_is_given_as_described(blocks: list[str], speaker: str) -> None:
    assert [name for _, name in _speakers(blocks)] == [speaker]


def test_a_description_whose_role_a_title_gave_is_that_person() -> None:
    blocks = ["Gov. Chris Dale spoke first.", "“We will act,” the governor said."]
    assert [name for _, name in _speakers(blocks)] == ["Chris Dale"]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("The timing does not surprise Republican pollster Dan Shore: “Lesser-known candidates gain most.”", "Dan Shore"),
        ("In other words, explained CBS moderator Nina Cole: “What does that have to do with donations?”", "Nina Cole"),
        # Whom the words are for, not who says them: unattributed rather than a guess.
        ("Ann Fox sent a blunt message to the Dutch paper NRC Weekly: “What he did was insensitive.”", "Ann Fox"),
        ("It was a blunt message to Lee Park: “You are fired.”", "Unattributed"),
    ],
)
def test_a_name_and_a_colon_after_a_lowercase_word_introduce_the_quote(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


@pytest.mark.parametrize(
    ("blocks", "speakers"),
    [
        # A surname only ever named alone, "Ayotte said", is a person: "Ayotte hoped" makes her the subject.
        (
            [
                "Ayotte said in March that the race would be close.",
                "The state has voted for the other party's nominee in six of the last seven elections. " * 6,
                "This is not the race Ayotte hoped to be running.",
                "“You deal with it,” she said.",
            ],
            ["Ayotte"],
        ),
        # A paragraph of reported speech hands its speaker on to the paragraph of quotation after it.
        (["Then, in 2017, Kerry said that 100,000 would be accepted.", "“That adds up to 185,000 over two years.”"], ["Kerry"]),
        (["Ash argued in his email that the rules must change.", "“In light of this breach, we act.”"], ["Ash"]),
        # Where a person works is not who speaks; a share of people counted is no source.
        (["“It is a stretch,” Jo Lee of the Center for Arms Studies said."], ["Jo Lee"]),
        (["A large number of voters in Ohio said they had “no opinion” at all."], ["Unattributed"]),
        (["“Is Obama profiling?” reacted Trump.", "Trump almost seemed to agree. “It is a problem,” he said."], ["Trump", "Trump"]),
    ],
)
def test_lone_surnames_reported_speech_before_a_quote_and_where_a_speaker_works(blocks: list[str], speakers: list[str]) -> None:
    assert [name for _, name in _speakers(blocks)] == speakers


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        # A verb with a particle is inflected on the verb: "pointed out", "summed up", "lashes out".
        ("As the analyst Dan Byler pointed out in December, “the delegates can change it.”", "Dan Byler"),
        ("Donald Trump summed up his rival as “terrible” on Monday.", "Donald Trump"),
        ("The mayor lashes out at the council, calling it “a disgrace.”", "The mayor"),
        # "should" ends a description; a thing named ("the tax loophole called …") is no source.
        ("In his remarks Ann Fox said the platform should back “stalwart allies.”", "Ann Fox"),
        ("They slammed the tax loophole called an “inversion” in Congress.", "Unattributed"),
    ],
)
def test_phrasal_verbs_and_descriptions_that_name_no_source(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        # Words quoted in a sentence that opens on a person are that person's ...
        ("Sen. Ann Fox joined the group, writing an op-ed on his “unsuitability for office.”", "Ann Fox"),
        ("Dr. Omar Haddad pondered who, without them, might “speak for our innocence.”", "Omar Haddad"),
        # ... unless someone else is named or made a subject before them.
        ("Gov. Bob Lane signed an order on Monday, while Tom Hale, a rival, proposed we “wake up.”", "Unattributed"),
        # A term nobody is said to speak stays a term, whoever the sentence is about.
        ("Ann Fox met Tom Hale after his “steady hand” won the vote.", None),
    ],
)
def test_a_quote_inside_a_sentence_that_opens_on_a_person(block: str, speaker: str | None) -> None:
    assert [name for _, name in _speakers([block])] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        # After "!" or "?", a name, an aside and a verb go on with the sentence: they attribute it.
        ("“Perpetual motion!” Rep. Glen Tams, R-Pa., said of the week.", "Glen Tams"),
        ("“It is over!” Ann Fox, a farmer, said.", "Ann Fox"),
    ],
)
def test_an_attribution_with_an_aside_after_an_exclamation(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("“We stand together against terror,” the White House said.", "White House"),
        ("“We stand together against terror,” according to CNN.", "CNN"),
        ("The White House said the two “stand together against terror.”", "White House"),
        # A platform carries words, it does not say them.
        ("Ann Fox answered the question on Facebook, writing, “Yes, I will.”", "Ann Fox"),
    ],
)
def test_bodies_known_by_a_name_no_person_has_speak_under_it(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


def test_a_participle_after_a_quote_goes_on_with_the_sentences_speaker() -> None:
    blocks = ["In Ohio, Ted Cruz said there is “only one conservative in this race,” adding that it is why Dan Lee “attacks us.”"]
    assert [name for _, name in _speakers(blocks)] == ["Ted Cruz", "Ted Cruz"]
    # A verb of its own inside the participle's clause gives its quote to that verb's subject.
    blocks = ["“We will win it,” Ann Fox said, noting that Tom Hale had called the race “over.”"]
    assert [name for _, name in _speakers(blocks)] == ["Ann Fox", "Tom Hale"]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("The retired neurosurgeon addressed his critics in a post, saying “we need more time.”", "The retired neurosurgeon"),
        ("The Florida senator sought to calm his supporters, saying a heckler would “not get hurt” at the rally.", "The Florida senator"),
        # Not a person described: "the report" says no words of its own here.
        ("The report found that the plan had “gone much too far in places.”", "Unattributed"),
    ],
)
def test_a_sentence_opening_on_a_person_described_gives_its_quote_to_the_description(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("Sanders’ campaign called the report a “rush to judgment,” because delegates can change.", "Sanders’ campaign"),
        ("Rubio’s office said it was “a rush to judgment by all.”", "Rubio’s office"),
    ],
)
def test_a_campaign_or_office_named_by_its_owner_speaks(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("One strategist described the race as “an anti-establishment superhighway.”", "One strategist"),
        ("A friend referred to him as “the kindest soul I have ever met.”", "A friend"),
        ("Another person tweeted: “What a night at the town hall tonight.”", "Another person"),
        ("Multiple outlets reported that the agency had “more than one talk” with him.", "Multiple outlets"),
        # What is written is not who writes it: the words are his.
        ("The ad shows a clip in which he says he will build “a force to round them up.”", "Unattributed"),
    ],
)
def test_a_sentence_opening_on_someone_unnamed_gives_them_its_quote(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("“We will win this fight,” the statement read.", "The statement"),
        ("“We will win this fight,” read the statement, which was attributed to him.", "The statement"),
        ("“Trump is disgusting,” read one sign.", "One sign"),
        ("“She will stand up for you,” a voice-over in the ad says.", "A voice-over in the ad"),
        ("“The harm is incalculable,” federal prosecutors wrote in a filing.", "Federal prosecutors"),
        ("“The train has left the station,” wrote Time magazine.", "Time magazine"),
        # An object in the plural is nobody speaking.
        ("Ann Fox said she “cannot walk down the street” without reporters asking her.", "Ann Fox"),
    ],
)
def test_what_is_written_people_in_the_plural_and_outlets_are_sources(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


@pytest.mark.parametrize(
    ("block", "speaker"),
    [
        ("A Warren adviser, who spoke on condition of anonymity, said of the senator, “She takes it seriously.”", "A Warren adviser"),
        ("One attendee, who like others spoke on condition of anonymity, said that “this will not be over soon.”", "One attendee"),
        ("Rep. Tom Hale’s office slammed the lawsuit, calling it “meritless and improper.”", "Rep. Tom Hale’s office"),
    ],
)
def test_an_unnamed_source_with_an_aside_and_an_owners_office_open_a_sentence(block: str, speaker: str) -> None:
    assert [name for _, name in _speakers([block])] == [speaker]


def test_a_body_whose_name_opens_on_a_common_word_speaks() -> None:
    blocks = ["The State Department acknowledged on Friday that “top secret information” was found."]
    assert [name for _, name in _speakers(blocks)] == ["State Department"]


def test_he_far_from_any_quote_is_the_one_man_named_before_him_each_time() -> None:
    # The article's mentions are found only as far as each "he" needs: the second, much later,
    # still sees the man named after the first.
    filler = "The weather was fine and the crowd was large. " * 11
    first = ["Mr. Bob Smith opened the hall.", filler, "“Hello,” he said."]
    blocks = [*first, filler * 3, "Mr. Tom Lee opened the gate.", filler, "“Bye,” he said."]
    assert [(q.text, q.speaker.name) for q in extract_quotes(blocks)] == [("Hello,", "Bob Smith"), ("Bye,", "Tom Lee")]
