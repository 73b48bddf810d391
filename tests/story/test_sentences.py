"""The one sentence splitter: the date finder, the extractor and the detail pane's sentence agree."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gui.story import loader as story_module
from gui.story import quote_extractor
from gui.story.quote_marks import quote_spans
from gui.story.sentences import masked_abbreviations, masked_quotes, sentence_around, sentence_bounds, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A new sentence never opens in lower case: "e.g." and a month before a word end nothing.
        ("It is e.g. the best one. Then it rained.", ["It is e.g. the best one. ", "Then it rained."]),
        # Titles and initials, as the extractor reads them.
        ("Sen. A. B. Lee of the U.S. Senate spoke. Then it rained.", ["Sen. A. B. Lee of the U.S. Senate spoke. ", "Then it rained."]),
        ("Maj. Ann Fox spoke. Then it rained.", ["Maj. Ann Fox spoke. ", "Then it rained."]),
    ],
)
def test_the_splitter(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def _extractor_sentence(paragraph: str) -> str:
    """The sentence the extractor looks for the paragraph's first quote's speaker in."""
    spans = [(span.start, span.end) for span in quote_spans(paragraph)]
    frame = masked_quotes(masked_abbreviations(paragraph), spans)
    start = spans[0][0]
    bounds = sentence_bounds(paragraph, frame, spans)
    begin, end = next(bound for bound in bounds if bound[0] <= start < bound[1])
    return paragraph[begin:end].rstrip()


@pytest.mark.parametrize(
    "paragraph",
    [
        # The attribution after a quote that ends on a full stop is in the quote's sentence.
        "The pier was shut. “We will reopen in May.” Tom Berg said it twice. Then it rained.",
        # A quote with full stops inside it is one sentence with its attribution.
        "“We won. We really did,” said Dr. Ann Fox of the club. Then it rained.",
        # A quote its sentence attributes ends that sentence.
        "Ann Fox said the mayor “broke his word.” Tom Berg called the plan a disgrace.",
    ],
)
def test_the_detail_panes_sentence_is_the_extractors(paragraph: str) -> None:
    story = story_module.parse_plain_story(f"Harbor News\n\n{paragraph}\n".encode(), "harbor.txt")
    context, start, end = story.context(story.quotes[0])
    assert context == _extractor_sentence(paragraph)
    assert context[start:end] == story.quotes[0].text


def test_the_attribution_after_a_full_stop_quote_is_shown_with_it() -> None:
    paragraph = "The pier was shut. “We will reopen in May.” Tom Berg said it twice. Then it rained."
    spans = quote_spans(paragraph)
    start, end = sentence_around(paragraph, [(s.start, s.end) for s in spans], spans[0].start, spans[0].end)
    assert paragraph[start:end].rstrip() == "“We will reopen in May.” Tom Berg said it twice."
    assert quote_extractor.extract_quotes([paragraph])[0].speaker.name == "Tom Berg"


def test_the_sentence_around_a_quote_does_not_load_the_extractor() -> None:
    # The detail pane runs in the window's process, where the extractor's patterns cost half a second.
    code = "import sys; import gui.story.loader as l, gui.story.sentences; print('gui.story.quote_extractor' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_masked_quotes_blanks_each_quote_given_in_any_order() -> None:
    assert masked_quotes("“Yes,” he said.", [(1, 5)]) == "“qqqq” he said."
    # Quotes out of order or overlapping are blanked all the same.
    assert masked_quotes("abcdefgh", [(5, 7), (1, 3)]) == "aqqdeqqh"
    assert masked_quotes("abcdefgh", [(1, 5), (3, 6)]) == "aqqqqqgh"
