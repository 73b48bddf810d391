"""Each folder is one layer, and each layer's rule holds: data flows one way, story → models → views → window."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "gui"


def _imports(path: Path, package: str) -> set[str]:
    """Every module `path` imports, at the top or inside a function (lazy imports count too).

    `package` is the one `path` belongs to: the package's modules import each other
    relatively (`from ...main_window import MainWindow`), and are named here in full.
    """
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join(parts[: len(parts) - node.level + 1]) if node.level else ""
            module = ".".join(filter(None, (base, node.module)))
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _package(path: Path) -> str:
    """The package a module of gui/ belongs to: its folder's dotted name."""
    return ".".join(path.relative_to(GUI.parent).parent.parts)


def _modules(folder: str) -> list[Path]:
    return sorted((GUI / folder).rglob("*.py"))


def _breaking(folder: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in _modules(folder):
        bad = sorted(name for name in _imports(path, _package(path)) if name.startswith(forbidden))
        if bad:
            found[str(path.relative_to(GUI.parent))] = bad
    return found


APP = ("gui.main_window", "gui.app", "gui.cli")

RULES = {
    "story": ("PySide6", "shiboken6", "gui.models", "gui.settings", "gui.views", *APP),
    "models": ("PySide6.QtWidgets", "gui.views", "gui.settings", *APP),
    "settings": ("PySide6.QtWidgets", "gui.views", *APP),
    "views": APP,
}


@pytest.mark.parametrize(("folder", "forbidden"), RULES.items(), ids=RULES.keys())
def test_no_module_reaches_into_a_layer_above_its_own(folder: str, forbidden: tuple[str, ...]) -> None:
    assert _breaking(folder, forbidden) == {}


def test_the_rule_is_checked_on_real_imports(tmp_path: Path) -> None:
    # The scan must see a lazy import inside a function, as the app's own are written.
    module = tmp_path / "sample.py"
    module.write_text("def f():\n    from PySide6.QtWidgets import QLabel\n", encoding="utf-8")
    assert "PySide6.QtWidgets" in _imports(module, "gui.story")


def test_the_rule_sees_relative_imports_by_their_full_name(tmp_path: Path) -> None:
    # The package's own modules import each other relatively: a view reaching the window reads so.
    module = tmp_path / "sample.py"
    module.write_text("from ...main_window import MainWindow\nfrom .. import tab_page\nfrom . import quote_mime\n", encoding="utf-8")
    assert _imports(module, "gui.views.quotes") >= {
        "gui.main_window",
        "gui.main_window.MainWindow",
        "gui.views.tab_page",
        "gui.views.quotes.quote_mime",
    }
    assert _package(GUI / "views" / "quotes" / "quotes_view.py") == "gui.views.quotes"


def test_the_story_layer_imports_and_runs_with_qt_blocked() -> None:
    modules = [".".join(path.relative_to(GUI.parent).with_suffix("").parts).removesuffix(".__init__") for path in _modules("story")]
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from gui.story import load_bundled_story\n"
        "story = load_bundled_story()\n"
        "print(len(story.quotes))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=GUI.parent, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "8\n"
