"""Fuzzing the loader, and through it the quote extractor and the date finder: whatever a file of
any kind holds, load_story gives a Story or a StoryError within a time budget per input.

The inputs are built from the pieces hostile files are made of (quotation marks of every kind,
apostrophes, speech verbs, names, dates, Markdown and HTML syntax, line ends, long runs), so
Hypothesis reaches the slow paths that random bytes never would. Hypothesis's deadline is
the budget: an input that takes longer fails the test with that input shown.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

# Imported here, not inside the first example, whose time would otherwise include loading them.
import gui.story.markdown_article
import gui.story.web_article  # noqa: F401
from gui.story import Story, StoryError, load_story

BUDGET = timedelta(seconds=2)
# The same inputs every run, so a run is as quick, and as red or green, as the last; no
# shrinking, as each slow input shrunk costs its time again many times over.
FUZZ = settings(
    deadline=BUDGET,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PIECES = [
    '"', "'", "“", "”", "‘", "’", "«", "»", " ", " ", " ", "\n", "\n\n", "\r", "\u2028", "\u2029", "\t",
    "says", "said", "told", "according to", "he", "she", "they", "Mr.", "Dr.", "I've", "didn't", "the actors'",
    "Ada Lind", "Tom Lee", "Karin Holt", "the team", "the 60-year-old actor", "Cruise", ",", ".", "?", "!", ":", ";",
    "July 12, 2023", "Dec. 19, 2023", "Sept. 2", "19th of June 2023", "the 19th of June", "2023-07-12", "in 2024",
    "next year", "today", "release", "premiere", "opens", "9999", "0001",
    "# ", "## ", "*", "**", "_", "[", "]", "(", ")", "![", "`", "> ", "- ", "1. ", "---", "&amp;", "&#x0;", "\\", "<", ">",
    "<p>", "</p>", "<script>", "</script>", "<article>", "<div>", "<!--", "-->", '<meta property="og:title" content="',
    "date 2022-12-19 ", "Published: ", "Source: ", " | Credit: ",
]  # fmt: skip
SUFFIXES = [".txt", ".md", ".html", ".json", ""]

pieces = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=300)
# A piece repeated many times: where a pass that is not linear shows.
runs = st.tuples(st.sampled_from(PIECES), st.integers(min_value=1, max_value=3000)).map(lambda run: run[0] * run[1])
documents = st.lists(pieces.map("".join) | runs, min_size=1, max_size=6).map("".join)


def _loads_or_refuses(path: Path) -> None:
    try:
        outcome: Story | str = load_story(path)
    except StoryError as error:
        outcome = str(error)
    if isinstance(outcome, str):
        assert outcome, "a StoryError must say what is wrong"
        assert outcome.isprintable()
    else:
        assert outcome.paragraphs


@settings(FUZZ, max_examples=60)
@given(text=documents, suffix=st.sampled_from(SUFFIXES), encoding=st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]))
def test_any_article_loads_or_is_refused_in_time(tmp_path: Path, text: str, suffix: str, encoding: str) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(text.encode(encoding, "surrogatepass"))
    _loads_or_refuses(path)


@settings(FUZZ, max_examples=40)
@given(head=documents, body=documents, suffix=st.sampled_from([".html", ".md", ".txt"]))
def test_a_headline_then_any_body_loads_or_is_refused_in_time(tmp_path: Path, head: str, body: str, suffix: str) -> None:
    path = tmp_path / f"article{suffix}"
    if suffix == ".html":
        text = f"<html><head><title>{head}</title></head><body><article><h1>{head}</h1><p>{body}</p></article></body></html>"
    else:
        text = f"{head}\n\n{body}\n"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _loads_or_refuses(path)


@settings(FUZZ, max_examples=40)
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_load_or_are_refused_in_time(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    _loads_or_refuses(path)


@settings(FUZZ, phases=[Phase.explicit])
@example(text="Ada Lind" * 777 + '""\'', suffix=".txt")
@given(text=documents, suffix=st.sampled_from(SUFFIXES))
def test_inputs_the_fuzzing_found_slow(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_text(text, encoding="utf-8")
    _loads_or_refuses(path)
