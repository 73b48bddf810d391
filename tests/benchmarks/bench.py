"""Reckoning's benchmark: each figure beside its floor, measured in the same run (`make bench`).

Not a test: it times real processes and real seconds, so it prints a table to read
rather than asserting. Floors are what no PySide6 app can beat on this machine: for
start-up, a bare script showing this article in a QTextBrowser, in a QTabWidget in a
QMainWindow with a menu bar (the named floor), and one showing a single QLabel; for
filtering, a bare QSortFilterProxyModel over a QStringListModel.

First paint is seen from outside, the same way for every process: Qt is asked to log
the first time a window's pixels are flushed to the screen (the debug level of its
`qt.widgets.painting` category, one line a flush), and the parent stops the child when
that line arrives. No Python code of the benchmark's runs in the children, so their
imports, memory and instructions are their own. Instructions are counted by callgrind
up to the end of that first flush: unlike seconds, they do not move with the load of
a shared machine.

    python tests/benchmarks/bench.py [--startup-only] [--runs 7] [--callgrind-runs 3]
"""

from __future__ import annotations

import argparse
import compileall
import itertools
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run as a script (`make bench`), the checkout is not on the path: the package installed
# from it has another name, and the benchmark times this checkout's `gui`.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEventLoop, QRegularExpression, QSettings, QSortFilterProxyModel, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication

from gui.main_window import MainWindow
from gui.models.clock import Clock, SystemClock
from gui.models.quote_filter import QuoteFilterProxy
from gui.models.story_model import StoryModel
from gui.story import Event, EventKind, Quote, Speaker, Story, load_bundled_story, load_story

# Run as a script from the checkout (`make bench`), this folder is on the path, not the checkout.
try:
    from tests.benchmarks.bench_hostile import PATTERNS
except ModuleNotFoundError:
    from bench_hostile import PATTERNS  # type: ignore[import-not-found,no-redef]

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
CALLGRIND_RUNS = 3
# After its first paint a process is left this long before its peak memory is read again:
# what start-up puts off until after the first frame is counted there.
SETTLE_S = 2.0
QUOTES = 100_000
TYPED = "motorcycle cliff"

# Qt logs each flush of a window's backing store to the screen at this level and no other
# line at it: the first such line is the first frame a person sees.
FIRST_PAINT_RULES = "qt.widgets.painting.debug=true"
FIRST_PAINT_LINE = b"qt.widgets.painting: Flushing "
FIRST_PAINT_FUNCTION = "QWidgetRepaintManager::flush(QWidget*, QRegion const&, QPlatformTextureList*)"

# The window a first run of Reckoning opens on this screen (`default_geometry`), so both
# floors paint as many pixels as it does.
_FIRST_WINDOW_SIZE = """
def first_window_size(window):
    free = window.screen().availableGeometry()
    window.resize(
        min(max(1000, round(free.width() * 0.5)), round(free.width() * 0.9)),
        min(max(720, round(free.height() * 0.7)), round(free.height() * 0.9)),
    )
"""
BARE_WINDOW = (
    _FIRST_WINDOW_SIZE
    + """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Reckoning")
first_window_size(label)
label.show()
app.exec()
"""
)
# The least any app showing this article in a tabbed main window pays.
BARE_ARTICLE_WINDOW = (
    _FIRST_WINDOW_SIZE
    + """
from html import escape
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTextBrowser
app = QApplication([])
headline, *paragraphs = open("resources/article.txt", encoding="utf-8").read().split("\\n\\n")
browser = QTextBrowser()
browser.setHtml(f"<h1>{escape(headline)}</h1>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs))
tabs = QTabWidget()
tabs.addTab(browser, "Article")
window = QMainWindow()
window.setCentralWidget(tabs)
window.menuBar().addMenu("&File")
first_window_size(window)
window.show()
app.exec()
"""
)


@dataclass(frozen=True)
class StartUp:
    name: str
    argv: tuple[str, ...]


START_UPS = (
    StartUp("bare label window", (sys.executable, "-c", BARE_WINDOW)),
    StartUp("bare article window", (sys.executable, "-c", BARE_ARTICLE_WINDOW)),
    # As a person starts it from a checkout, with the settings of a first run.
    StartUp("Reckoning", (sys.executable, "main.py")),
)


@dataclass(frozen=True)
class Row:
    what: str
    ours: Sequence[float]
    floor: Sequence[float] | None
    unit: str
    target: str

    def cells(self) -> list[str]:
        median = statistics.median(self.ours)
        spread = f"{_figure(min(self.ours))}–{_figure(max(self.ours))}"
        if self.floor is None:
            return [self.what, f"{_figure(median)} {self.unit}", spread, "—", "—", self.target]
        floor = statistics.median(self.floor)
        return [self.what, f"{_figure(median)} {self.unit}", spread, f"{_figure(floor)} {self.unit}", f"{median / floor:.2f}", self.target]


def _figure(value: float) -> str:
    return f"{value:,.0f}" if value >= 10_000 else f"{value:.1f}"


def child_env(config_home: str) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": config_home,
        "PYTHONPATH": str(ROOT),
        "QT_LOGGING_RULES": FIRST_PAINT_RULES,
    }
    # An installed app starts from bytecode compiled when it was installed (see
    # `compile_bytecode`); a shell that forbids writing it would time compiling instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_bytecode() -> None:
    """Compile the package as installing it does, so no child times the compiler."""
    if not compileall.compile_dir(ROOT / "gui", quiet=1):
        raise SystemExit("bench: the gui package does not compile")


def wait_for_first_paint(child: subprocess.Popen[bytes]) -> None:
    assert child.stderr is not None
    for line in child.stderr:
        if line.startswith(FIRST_PAINT_LINE):
            return
    raise SystemExit(f"bench: a start-up child ended without painting (exit code {child.wait()})")


def first_paint(start_up: StartUp, config_home: str, settle_s: float = 0) -> tuple[float, float]:
    """Wall ms from spawn to the first frame, and the child's peak RSS in MiB when stopped
    then (or `settle_s` later)."""
    started = time.perf_counter()
    child = subprocess.Popen(start_up.argv, env=child_env(config_home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_first_paint(child)
        elapsed = (time.perf_counter() - started) * 1000
        time.sleep(settle_s)
    finally:
        child.kill()
    _, _, usage = os.wait4(child.pid, 0)
    child.returncode = 0
    assert child.stderr is not None
    child.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def instructions_to_first_paint(start_up: StartUp, config_home: str) -> float:
    """Instructions the child ran up to the end of its first flush, counted by callgrind."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        argv = (
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            f"--log-file={Path(folder) / 'valgrind.log'}",
            f"--dump-after={FIRST_PAINT_FUNCTION}",
            "--dump-instr=no",
            "--compress-strings=no",
            *start_up.argv,
        )
        child = subprocess.Popen(argv, env=child_env(config_home), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_for_first_paint(child)
            part = out.with_name(out.name + ".1")
            # Callgrind writes the part when the flush returns, just after Qt logged it.
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                totals = [line for line in _lines(part) if line.startswith("totals:")]
                if totals:
                    return float(totals[0].split()[1])
                time.sleep(0.05)
            raise SystemExit("bench: callgrind wrote no count at the first paint")
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            assert child.stderr is not None
            child.stderr.close()


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return []


def startup_rows(runs: int = RUNS, callgrind_runs: int = CALLGRIND_RUNS) -> list[Row]:
    compile_bytecode()
    walls: dict[StartUp, list[float]] = {start_up: [] for start_up in START_UPS}
    peaks: dict[StartUp, list[float]] = {start_up: [] for start_up in START_UPS}
    settled: dict[StartUp, list[float]] = {start_up: [] for start_up in START_UPS}
    counts: dict[StartUp, list[float]] = {start_up: [] for start_up in START_UPS}
    with tempfile.TemporaryDirectory() as config_home:
        for start_up in START_UPS:  # warm the file cache for all
            first_paint(start_up, config_home)
        for _ in range(runs):  # interleaved, so drift in the machine's load hits all alike
            for start_up in START_UPS:
                wall, peak = first_paint(start_up, config_home)
                walls[start_up].append(wall)
                peaks[start_up].append(peak)
        for _ in range(max(1, runs // 2)):
            for start_up in START_UPS:
                settled[start_up].append(first_paint(start_up, config_home, SETTLE_S)[1])
        if callgrind_runs and shutil.which("valgrind"):
            for _ in range(callgrind_runs):
                for start_up in START_UPS:
                    counts[start_up].append(instructions_to_first_paint(start_up, config_home) / 1e6)
    label, article, ours = START_UPS
    rows = []
    for floor, name, target in ((article, "bare article window", "ratio ≤ 1.1"), (label, "bare label window", "(reference)")):
        rows.append(Row(f"Start-up to first paint, wall (floor: {name})", walls[ours], walls[floor], "ms", target))
        if counts[ours]:
            rows.append(Row(f"Start-up to first paint, instructions (floor: {name})", counts[ours], counts[floor], "M", target))
        rows.append(Row(f"Peak memory at first paint (floor: {name})", peaks[ours], peaks[floor], "MiB", target))
        rows.append(
            Row(f"Peak memory {SETTLE_S:.0f} s after first paint (floor: {name})", settled[ours], settled[floor], "MiB", "(reference)")
        )
    return rows


def synthetic_quotes() -> tuple[list[str], list[str]]:
    """100,000 quotes from a few hundred speakers, words drawn from the article's own."""
    words = (ROOT / "resources" / "article.txt").read_text(encoding="utf-8").split()
    chooser = random.Random(2022_12_19)
    speakers = [f"Speaker {n:03d}" for n in range(300)]
    texts = [" ".join(chooser.choices(words, k=chooser.randint(4, 18))) for _ in range(QUOTES)]
    return texts, [chooser.choice(speakers) for _ in range(QUOTES)]


def keystroke_times(apply: Callable[[str], None], typed: str) -> list[float]:
    times = []
    for end in range(1, len(typed) + 1):
        started = time.perf_counter()
        apply(typed[:end])
        times.append((time.perf_counter() - started) * 1000)
    apply("")
    return times


def synthetic_story() -> Story:
    """A story as the loader would accept it, were it not 50 times the size limit: every quote in the text."""
    texts, names = synthetic_quotes()
    speakers = {name: Speaker(name) for name in set(names)}
    paragraphs = tuple(f"“{text}” said {name}." for text, name in zip(texts, names, strict=True))
    return Story(
        headline="Benchmark",
        dek="",
        source="Bench",
        published=date(2022, 12, 19),
        url="https://example.org/",
        paragraphs=paragraphs,
        image=None,
        quotes=tuple(Quote(text, speakers[name], row, 1, 1 + len(text)) for row, (text, name) in enumerate(zip(texts, names, strict=True))),
        events=(Event("e", EventKind.RELEASE, "E", date(2023, 7, 12)),),
        countdown_event_id="e",
        speakers=tuple(speakers.values()),
    )


def spin(seconds: float) -> float:
    """Let the event loop run as the app would; the CPU time it took, in seconds."""
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    cpu_started = time.process_time()
    loop.exec()
    return time.process_time() - cpu_started


def longest_freeze(action: Callable[[], None], seconds: float) -> float:
    """The longest the event loop went unanswered, in ms, while `action` and what it set going ran.

    A zero-interval timer beats whenever the loop is free; the widest gap between beats
    is the longest a click or keystroke would have waited.
    """
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(0)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    QTimer.singleShot(20, action)
    spin(seconds)
    heart.stop()
    return max(later - earlier for earlier, later in itertools.pairwise(beats)) * 1000


def filter_rows(story: Story) -> list[Row]:
    model = StoryModel(story)
    proxy = QuoteFilterProxy()
    proxy.setSourceModel(model)
    spin(1)  # the search index folds while the app is idle, as it does after a story opens

    texts = [f"{quote.display_text}\n{quote.speaker.label}" for quote in story.quotes]
    bare = QSortFilterProxyModel()
    bare.setSourceModel(QStringListModel(texts))

    def bare_apply(text: str) -> None:
        bare.setFilterRegularExpression(
            QRegularExpression(QRegularExpression.escape(text), QRegularExpression.PatternOption.CaseInsensitiveOption)
        )

    ours_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(3):
        ours_ms += keystroke_times(proxy.set_search, TYPED)
        bare_ms += keystroke_times(bare_apply, TYPED)
    return [
        Row("Filter keystroke, 100k quotes (median)", ours_ms, bare_ms, "ms", "≤ 1.5× bare"),
        Row("Filter keystroke, 100k quotes (p95)", [p95(ours_ms)], [p95(bare_ms)], "ms", "≤ 16 ms"),
    ]


def window_rows(story: Story) -> list[Row]:
    """What a person feels: the window opening the 100k story, and typing in its Quotes tab."""
    with tempfile.TemporaryDirectory() as folder:
        window = bench_window(folder, SystemClock())
        window.show()
        for tab in ("quotes", "countdown", "article"):  # every tab made, as after a while in the app
            window.show_tab(tab)
        spin(0.5)
        # On the Article tab: the article is typeset while every tab takes in the new story.
        load_freeze = longest_freeze(lambda: window.model.set_story(story), 3)
        window.show_tab("quotes")
        spin(0.5)
        search_box = window.quotes_view.search_box

        def type_up_to(end: int) -> Callable[[], None]:
            return lambda: search_box.setText(TYPED[:end])

        typing_freezes = [longest_freeze(type_up_to(end), 0.25) for end in range(1, len(TYPED) + 1)]
        window.close()
    with tempfile.TemporaryDirectory() as folder:
        window = bench_window(folder, SystemClock())
        window.show()
        window.model.set_story(story)
        spin(1)
        # The Quotes tab is made when first shown, over the 100k quotes already loaded.
        first_visit_freeze = longest_freeze(lambda: window.show_tab("quotes"), 1)
        window.close()
    return [
        Row("Window loads the 100k story: longest freeze", [load_freeze], None, "ms", "≤ 100 ms"),
        Row("First visit to its Quotes tab: longest freeze", [first_visit_freeze], None, "ms", "≤ 100 ms"),
        Row("Typing in the Quotes tab: freeze per key (p95)", [p95(typing_freezes)], None, "ms", "≤ 16 ms"),
    ]


def selection_rows(story: Story) -> list[Row]:
    """Select all in the Quotes tab of the 100k story, then move with everything selected."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    with tempfile.TemporaryDirectory() as folder:
        window = bench_window(folder, SystemClock())
        window.show()
        window.model.set_story(story)
        window.show_tab("quotes")
        spin(1)
        quotes = window.quotes_view.list_view
        quotes.setFocus()
        select_all = longest_freeze(lambda: QTest.keyClick(quotes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier), 1)
        move = longest_freeze(lambda: QTest.keyClick(quotes, Qt.Key.Key_Down), 1)
        window.close()
    return [
        Row("Quotes tab, 100k quotes: select all, longest freeze", [select_all], None, "ms", "≤ 100 ms"),
        Row("… then Down with everything selected, longest freeze", [move], None, "ms", "≤ 100 ms"),
    ]


def news_of_size(size: int) -> str:
    """The bundled article's body, repeated to just under `size` bytes: ordinary news."""
    body = "\n\n".join((ROOT / "resources" / "article.txt").read_text(encoding="utf-8").split("\n")[1:-1])
    copies = (size - 4096) // len((body + "\n\n").encode("utf-8"))
    return "Megabytes of news\n\n" + "\n\n".join([body] * copies) + "\n"


def open_rows(megabytes: Sequence[int] = (1, 2)) -> list[Row]:
    """File › Open on 1 and 2 MB articles: the time grows with the size, and the window keeps
    answering while the file is read and parsed, and its article typeset."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        window = bench_window(folder, SystemClock())
        window.show()
        spin(0.5)
        started: list[float] = []
        durations: list[float] = []

        def finished() -> None:
            durations.append((time.perf_counter() - started[-1]) * 1000)

        window.loader.finished.connect(finished)
        for size in megabytes:
            article = Path(folder) / f"news{size}.txt"
            article.write_text(news_of_size(size * 1024 * 1024), encoding="utf-8")

            def open_and_time(path: Path = article) -> None:
                started.append(time.perf_counter())
                window.open_story(path)

            durations.clear()
            freezes: list[float] = []
            for _ in range(3):
                freezes.append(longest_freeze(open_and_time, 4 + 3 * size))
                window.open_bundled_story()
                spin(0.5)
            rows.append(Row(f"Open a {size} MB article: until it shows", list(durations), None, "ms", "linear in size"))
            rows.append(Row(f"Open a {size} MB article: longest freeze", freezes, None, "ms", "≤ 100 ms"))
        window.close()
    return rows


# Articles just under the loader's 2 MB limit that once froze the Article tab, made by the
# hostile-text benchmark's own generators: one word with no space, one paragraph of quotes,
# no sentence end, and unclosed single and curly quotes.
HOSTILE_TYPESETTING = (
    "one unbreakable word",
    '"a" in one paragraph',
    "no sentence end",
    "unclosed British single quotes",
    "unclosed curly quotes",
)


def hostile_typesetting_rows(names: Sequence[str] = HOSTILE_TYPESETTING) -> list[Row]:
    """The Article tab typesetting each hostile article: the longest the window went unanswered."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        window = bench_window(folder, SystemClock())
        window.show()
        window.show_tab("article")
        spin(0.5)
        view = window.article_view
        patterns = {pattern.name: pattern for pattern in PATTERNS}
        for name in names:
            pattern = patterns[name]
            path = Path(folder) / f"hostile{pattern.suffix}"
            path.write_text(pattern.make(2 * 1024 * 1024 - 4096), encoding="utf-8")
            story = load_story(path)  # read in this process: the typesetting alone is measured
            started = time.perf_counter()
            freeze = longest_freeze(partial(window.model.set_story, story), 0.5)
            while view.typesetting:
                freeze = max(freeze, longest_freeze(lambda: None, 0.5))
            took = (time.perf_counter() - started) * 1000
            rows.append(Row(f"Typeset {name}: longest freeze", [freeze], None, "ms", "≤ 100 ms"))
            rows.append(Row(f"Typeset {name}: until done", [took], None, "ms", "(reference)"))
            window.open_bundled_story()
            spin(0.3)
        window.close()
    return rows


def bench_window(folder: str, clock: Clock) -> MainWindow:
    settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
    return MainWindow(StoryModel(load_bundled_story()), clock, ZoneInfo("UTC"), "UTC", settings)


def p95(samples: Sequence[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1]


def idle_rows() -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        clock = SystemClock()
        window = bench_window(folder, clock)
        window.show()
        window.show_tab("countdown")
        lateness: list[float] = []
        window.countdown_view.ticker.ticked.connect(lambda: lateness.append(clock.now().microsecond / 1000))
        spin(1.5)
        lateness.clear()
        switches = voluntary_switches()
        cpu = spin(10)
        wakes = voluntary_switches() - switches
        live_ticks = len(lateness)
        live_lateness = list(lateness)
        window.hide()
        lateness.clear()
        spin(3)
        hidden_ticks = len(lateness)
        window.close()
    return [
        Row("Countdown live: ticks per second", [live_ticks / 10], None, "/s", "1"),
        Row("Countdown live: CPU of one core", [cpu / 10 * 100], None, "%", "≤ 1 %"),
        Row("Countdown live: thread wake-ups per second", [wakes / 10], None, "/s", "1"),
        Row("Window hidden: ticks per second", [hidden_ticks / 3], None, "/s", "0"),
        Row("Tick lateness after the second", live_lateness or [0.0], None, "ms", "≤ 50 ms, no growth"),
    ]


def voluntary_switches() -> int:
    """How often this process's threads have gone to sleep and been woken, all threads together."""
    total = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            status = (task / "status").read_text()
        except OSError:  # a thread that ended meanwhile
            continue
        total += sum(int(line.split()[1]) for line in status.splitlines() if line.startswith("voluntary_ctxt_switches"))
    return total


def print_table(rows: list[Row]) -> None:
    header = ["measure", "Reckoning (median)", "min–max", "floor (median)", "ratio", "target"]
    lines = [header, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    print("| " + " | ".join(cell.ljust(width) for cell, width in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for line in lines[1:]:
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--startup-only", action="store_true", help="only the start-up rows")
    parser.add_argument("--runs", type=int, default=RUNS, help="timed start-ups of each process (default %(default)s)")
    parser.add_argument(
        "--callgrind-runs", type=int, default=CALLGRIND_RUNS, help="start-ups of each under callgrind, 0 for none (default %(default)s)"
    )
    arguments = parser.parse_args()
    rows = startup_rows(arguments.runs, arguments.callgrind_runs)
    if not arguments.startup_only:
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        story = synthetic_story()
        rows += filter_rows(story)
        rows += window_rows(story)
        rows += selection_rows(story)
        rows += open_rows()
        rows += hostile_typesetting_rows()
        rows += idle_rows()
    print(
        f"Reckoning benchmark · Python {sys.version.split()[0]} · {arguments.runs} start-ups each, "
        f"{arguments.callgrind_runs} under callgrind · {os.cpu_count()} CPUs"
    )
    print_table(rows)


if __name__ == "__main__":
    main()
