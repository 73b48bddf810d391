"""The quote extractor on the worst cases of each failure family, beside ordinary news.

Not a test: it times real seconds, so it prints a table to read rather than asserting.
Each family is generated at 0.5, 1 and 2 MB; the table gives min–median–max at 2 MB, the
ratio to 2 MB of ordinary news, and the slope between sizes (1.0 is linear, 2.0 quadratic).

    python -m tests.benchmarks.bench_extractor [--runs N] [--only FAMILY]

On a machine shared with other work, wall-clock seconds wander; `--cpu` times this process's
CPU instead (time.process_time), which other processes disturb far less.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from gui.story.quote_extractor import extract_quotes

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
MB = 1_000_000
SIZES = (MB // 2, MB, 2 * MB)

Blocks = list[str]


def _news_paragraphs() -> list[str]:
    """The paragraphs of the corpus articles written for the tests (no headline lines)."""
    paragraphs: list[str] = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in {".txt", ".md"}:
            continue
        for part in path.read_text(encoding="utf-8").split("\n\n"):
            part = part.strip()
            if part and not part.startswith("#"):
                paragraphs.append(part)
    return paragraphs


def _repeat_blocks(unit: list[str], size: int) -> Blocks:
    """`unit`'s paragraphs over and over until they hold `size` characters."""
    blocks: Blocks = []
    total = 0
    while total < size:
        for paragraph in unit:
            blocks.append(paragraph)
            total += len(paragraph) + 1
    return blocks


def _one_paragraph(unit: str, size: int, tail: str = "") -> Blocks:
    return [unit * max(1, (size - len(tail)) // len(unit)) + tail]


FAMILIES: dict[str, Callable[[int], Blocks]] = {
    "ordinary news": lambda size: _repeat_blocks(_news_paragraphs(), size),
    "news as one paragraph": lambda size: [" ".join(_repeat_blocks(_news_paragraphs(), size))],
    "long sentence before a quote": lambda size: _one_paragraph("and then some more words ", size, "“Hello there.”"),
    "no sentence end": lambda size: _one_paragraph("word ", size),
    "unclosed single quotes": lambda size: _one_paragraph("'abc ", size),
    "unclosed curly quotes": lambda size: _one_paragraph("“abc ", size),
    "one mark never closed": lambda size: ["Tom Lee said, “" + _one_paragraph("and so it went on. ", size)[0]],
    "many short quotes": lambda size: _one_paragraph('"a" ', size),
    "capitalised words": lambda size: _one_paragraph("Word ", size),
    "name pairs": lambda size: _one_paragraph("Tom Lee and Ann Fox ", size),
    "said Tom Lee in one paragraph": lambda size: _one_paragraph("“Yes,” said Tom Lee. ", size),
    "said, repeated": lambda size: _one_paragraph("said ", size),
    "he said paragraphs": lambda size: ["Tom Lee arrived.", *_repeat_blocks(["“Yes,” he said."], size)],
    "pronoun chains": lambda size: _one_paragraph("Ann Fox met Tom Lee. “Hi,” she said. He said “no.” ", size),
    "titles and initials": lambda size: _one_paragraph("Sen. A. B. Lee (D-Ore.) said “so” to Mr. Fox. ", size),
    "appositives": lambda size: _one_paragraph("“Go,” Ann Fox, a coach, said, ", size),
    "didn't I've": lambda size: _one_paragraph("didn't I've ", size),
    "one-line paragraphs": lambda size: _repeat_blocks(["Hi."], size),
    "reported speech": lambda size: _one_paragraph("Ann Fox told the crowd that the plan was “fine” and ", size),
}


def _time(blocks: Blocks, runs: int, clock: Callable[[], float] = time.perf_counter) -> list[float]:
    times = []
    for _ in range(runs):
        started = clock()
        extract_quotes(blocks)
        times.append(clock() - started)
    return times


def _slope(small: float, large: float, ratio: float) -> float:
    """The exponent k in time ∝ size^k between two sizes `ratio` apart."""
    return math.log(max(large, 1e-9) / max(small, 1e-9)) / math.log(ratio)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", help="time the families whose name contains this")
    parser.add_argument("--cpu", action="store_true", help="time CPU seconds of this process, not wall-clock seconds")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    rows: list[tuple[str, list[float], list[float]]] = []
    for name, make in FAMILIES.items():
        if args.only and args.only not in name and name != "ordinary news":
            continue
        medians, largest = [], []
        for size in SIZES:
            times = _time(make(size), args.runs, clock)
            medians.append(statistics.median(times))
            largest = times
        rows.append((name, medians, largest))
    floor = rows[0][1][-1]
    print(f"{'family':32} {'0.5 MB':>8} {'1 MB':>8} {'2 MB min–median–max':>24} {'× news':>7} {'slope':>11}")
    for name, medians, largest in rows:
        spread = f"{min(largest):.2f}–{statistics.median(largest):.2f}–{max(largest):.2f} s"
        slopes = f"{_slope(medians[0], medians[1], 2):.2f} {_slope(medians[1], medians[2], 2):.2f}"
        print(f"{name:32} {medians[0]:7.2f}s {medians[1]:7.2f}s {spread:>24} {medians[2] / floor:6.2f}× {slopes:>11}")
    paragraphs = _news_paragraphs()
    blocks = _repeat_blocks(paragraphs, 2 * MB)
    seconds = statistics.median(_time(blocks, args.runs, clock))
    print(f"ordinary news: {len(blocks) / seconds:,.0f} paragraphs a second")


if __name__ == "__main__":
    main()
