"""Hostile articles at 0.25, 0.5, 1 and 2 MB through the real loader: is every text pass linear?

Not a test: it times real seconds on a shared machine, so it prints a table to read.
Each pattern of issue #19 (items 3–8 and 11) is written to a temporary file and opened with
`load_story` (decode, parse, quotes, dates) in a child process, so a pattern that hangs is
killed at the cap instead of stopping the run. For each pattern: min–median–max seconds at
each size, the slope of log(time) over log(size) (1 is linear, 2 quadratic), and the 2 MB
median over that of 2 MB of ordinary news (the issue asks for ≤ 2).

    python tests/benchmarks/bench_hostile.py [--runs 3] [--cap 60] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import math
import random
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024
SIZES = (MIB // 4, MIB // 2, MIB, 2 * MIB)
# The loader refuses more than 2 MiB; the largest file stays just inside the limit.
LIMIT = 2 * MIB

_CHILD = """
import sys, time
from gui.story import load_story
for _ in range(int(sys.argv[2])):
    started = time.perf_counter()
    load_story(sys.argv[1])
    print(time.perf_counter() - started, flush=True)
"""


def _fill(unit: str, size: int, head: str = "Hostile article\n\n", tail: str = "") -> str:
    """`unit` repeated so that the UTF-8 text is at most `size` bytes."""
    budget = min(size, LIMIT) - len(head.encode()) - len(tail.encode())
    count = max(1, budget // len(unit.encode()))
    return head + unit * count + tail


_NEWS = [
    "The city council voted on Tuesday to reopen the old ferry terminal, ending a dispute that has run for almost a decade.",
    '"We have waited long enough," said Mayor Karin Holt, who led the campaign. "The harbour belongs to everyone."',
    "Work on the terminal is set to start in March 2027, and the first boats are due to sail by the summer.",
    'Local business owners welcomed the news. "It will bring people back to the waterfront," baker Tomas Berg told reporters.',
    "Not everyone agrees. A group of residents says the plan ignores the cost of dredging the channel, "
    "which engineers put at more than 40 million kroner.",
    "\u201cNobody has asked us,\u201d says Ingrid Dahl, a retired teacher who lives beside the quay. "
    "She adds that the noise will be \u201cunbearable.\u201d",
    "The council's own report, published on Dec. 19, 2022, warned that the budget could rise by a third.",
    "Holt said the city would hold public meetings before the contract is signed. The first is on June 19th at the town hall.",
    "The ferry line closed in 2015 after the operator went bankrupt, leaving islanders with a 90-minute drive to the mainland.",
    "Berg, 54, remembers the old boats. \u201cMy father took me every Saturday,\u201d he says. "
    "\u201cIt was the best part of the week.\u201d",
    "According to the transport agency, about 1,200 people would use the line each day in its first year.",
    "The agency expects the new route to open on 12 July 2028, a year later than the council had hoped.",
]
_FIRST = ["Ann", "Bob", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jon", "Kei", "Lars", "Mia", "Nils", "Omar", "Pia"]
_LAST = ["Lee", "Kim", "Berg", "Dahl", "Holt", "Moen", "Nash", "Ortiz", "Park", "Quinn", "Ruiz", "Sato", "Tan", "Uddin", "Vik"]


def ordinary_news(size: int) -> str:
    """Realistic news: the paragraphs above shuffled, with people renamed, repeated to `size`."""
    chooser = random.Random(2022)
    parts = [
        "Harbour plan wins the vote\n\n",
        "*The ferry terminal reopens after a decade of argument.*\n\n",
        "Published: 19 December 2022\n\n",
    ]
    used = sum(len(p.encode()) for p in parts)
    while True:
        paragraph = chooser.choice(_NEWS)
        paragraph = paragraph.replace("Karin Holt", f"{chooser.choice(_FIRST)} {chooser.choice(_LAST)}")
        chunk = paragraph + "\n\n"
        if used + len(chunk.encode()) > min(size, LIMIT):
            return "".join(parts)
        parts.append(chunk)
        used += len(chunk.encode())


def _capitalised(size: int) -> str:
    chooser = random.Random(3)
    syllables = ["Ka", "Lo", "Mer", "Tin", "Sa", "Vor", "En", "Dul", "Pra", "Gi"]
    words = [chooser.choice(syllables) + chooser.choice(syllables).lower() for _ in range(2000)]
    paragraph = " ".join(words[:120]) + ".\n\n"
    return _fill(paragraph, size)


def _name_pairs(size: int) -> str:
    pairs = ", ".join(f"{first} {last}" for first in _FIRST for last in _LAST)
    return _fill(pairs + ".\n\n", size)


def _news_page(size: int) -> str:
    """Ordinary news as a saved web page: the paragraphs in <p>s inside <article>, with page furniture around."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Harbour plan wins the vote | Fjord Post</title>"
        "<meta property='og:site_name' content='Fjord Post'></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Harbour plan wins the vote</h1>"
    )
    tail = "</article><footer>© Fjord Post</footer></body></html>"
    budget = min(size, LIMIT) - len(head.encode()) - len(tail.encode())
    paragraphs = [p for p in ordinary_news(budget).split("\n\n")[3:] if p]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    while len(body.encode()) > budget:
        body = body[: body.rindex("<p>")]
    return head + body + tail


def _realistic_paragraph(size: int) -> str:
    return ordinary_news(size).replace("\n\n", " ")


@dataclass(frozen=True)
class Pattern:
    name: str
    item: str
    suffix: str
    make: Callable[[int], str]


PATTERNS = [
    Pattern("ordinary news", "—", ".txt", ordinary_news),
    Pattern("ordinary news as Markdown", "—", ".md", ordinary_news),
    Pattern("ordinary news as a saved web page", "—", ".html", _news_page),
    Pattern("unclosed British single quotes", "3", ".txt", lambda n: _fill("He said 'no ", n)),
    Pattern("long sentence before a quote", "4", ".txt", lambda n: _fill("word ", n, tail='"Hello there."\n')),
    Pattern("Markdown: # spaces word", "5", ".md", lambda n: "# a" + " " * (min(n, LIMIT) - 40) + "b\nsecond line\n\nBody.\n"),
    Pattern("Markdown: unclosed [", "5", ".md", lambda n: _fill("[a ", n)),
    Pattern("Markdown: unclosed ' *'", "5", ".md", lambda n: _fill(" *x", n)),
    Pattern("many dates in one sentence", "6", ".txt", lambda n: _fill("July 12, 2023, ", n)),
    Pattern("ISO dates in one sentence", "6", ".txt", lambda n: _fill("2023-07-12 ", n)),
    Pattern("'release in 2024' repeated", "6", ".txt", lambda n: _fill("release in 2024 ", n)),
    Pattern("capitalised words", "7", ".txt", _capitalised),
    Pattern("name pairs", "7", ".txt", _name_pairs),
    Pattern('"Yes," said Tom Lee.', "7", ".txt", lambda n: _fill('"Yes," said Tom Lee. ', n)),
    Pattern('"he said" paragraphs', "7", ".txt", lambda n: _fill('"It went well," he said.\n\n', n)),
    Pattern("one realistic paragraph", "7", ".txt", _realistic_paragraph),
    Pattern("one unbreakable word", "8", ".txt", lambda n: _fill("a", n)),
    Pattern('"a" in one paragraph', "8", ".txt", lambda n: _fill('"a" ', n)),
    Pattern("no sentence end", "11", ".txt", lambda n: _fill("word ", n)),
    Pattern("said said said", "11", ".txt", lambda n: _fill("said ", n)),
    Pattern("one date per sentence", "11", ".txt", lambda n: _fill("It opens on July 12, 2023. ", n)),
    Pattern("didn't I've", "11", ".txt", lambda n: _fill("didn't I've ", n)),
    Pattern("unclosed curly quotes", "11", ".txt", lambda n: _fill("\u201cword ", n)),
    Pattern("one-line paragraphs", "11", ".txt", lambda n: _fill("A line of text.\n\n", n)),
]


def time_load(path: Path, runs: int, cap: float) -> list[float] | None:
    """Seconds per load_story(path), up to `runs` runs in a child process within `cap` seconds.

    None when not even the first run finished within the cap; a later run that would not
    fit is not started, so a slow pattern is timed once rather than cut off.
    """
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), str(runs)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    times: list[float] = []
    while len(times) < runs:
        left = cap - (time.perf_counter() - started)
        if times and left < times[-1]:
            break
        ready, _, _ = select.select([child.stdout], [], [], max(left, 0))
        if not ready:
            break
        line = child.stdout.readline()
        if not line:
            break
        times.append(float(line))
    if len(times) < runs and child.poll() is None:
        child.kill()
    _, err = child.communicate()
    if not times and child.returncode not in (0, -9):
        last = err.strip().splitlines()[-1] if err.strip() else f"exit {child.returncode}"
        raise SystemExit(f"bench_hostile: loading {path.name} failed: {last}")
    return times or None


def slope(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) over log(bytes)."""
    if len(points) < 2:
        return None
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(max(seconds, 1e-6)) for _, seconds in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum((x - mean_x) ** 2 for x in xs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cap", type=float, default=60.0, help="seconds for all runs of one pattern at one size")
    parser.add_argument("--only", nargs="*", default=None, help="patterns whose name contains one of these words")
    options = parser.parse_args()
    patterns = [p for p in PATTERNS if options.only is None or p.name == "ordinary news" or any(w in p.name for w in options.only)]
    header = "| pattern | #19 | " + " | ".join(f"{size / MIB:g} MB (s)" for size in SIZES) + " | slope | 2 MB ÷ news |"
    print(header)
    print("|" + " --- |" * (header.count("|") - 1), flush=True)
    news_2mb: float | None = None
    with tempfile.TemporaryDirectory() as folder:
        for pattern in patterns:
            cells: list[str] = []
            points: list[tuple[int, float]] = []
            gave_up = False
            for size in SIZES:
                if gave_up:
                    cells.append(f">{options.cap:g}")
                    continue
                path = Path(folder) / f"hostile{pattern.suffix}"
                path.write_text(pattern.make(size), encoding="utf-8")
                times = time_load(path, options.runs, options.cap)
                if times is None:
                    gave_up = True
                    cells.append(f">{options.cap:g}")
                    continue
                median = statistics.median(times)
                points.append((size, median))
                cells.append(f"{min(times):.2f}–{median:.2f}–{max(times):.2f}")
            fit = slope(points)
            two_mb = dict(points).get(SIZES[-1])
            if pattern.name == "ordinary news":
                news_2mb = two_mb
            ratio = f"{two_mb / news_2mb:.2f}" if two_mb is not None and news_2mb else "—"
            slope_cell = "—" if fit is None else f"{fit:.2f}"
            print(f"| {pattern.name} | {pattern.item} | " + " | ".join(cells) + f" | {slope_cell} | {ratio} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
