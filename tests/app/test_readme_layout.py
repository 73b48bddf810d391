"""The README's Layout section names every module: a file added without its line fails here."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_module_has_its_line_in_the_readme_layout() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = re.search(r"^## Layout\n(.*?)(?=^## |\Z)", readme, flags=re.MULTILINE | re.DOTALL)
    assert layout is not None
    modules = sorted(path.relative_to(ROOT) for path in (ROOT / "gui").rglob("*.py") if path.name != "__init__.py")
    listed = set(re.findall(r"^\s*(?:gui/)?(\S+\.py) ", layout.group(1), flags=re.MULTILINE))
    assert [str(module) for module in modules if module.name not in listed] == []
