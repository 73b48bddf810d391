"""Reckoning as a packager gets it: the sdist, the wheel built from it, and the wheel installed in a fresh venv.

The checkout's folder gui/ ships as the package `reckoning_reader`, so that installing another project
that ships `gui/` leaves Reckoning whole, and the sdist carries everything its tests need.
These build and install for real (half a minute); `-m "not packaging"` leaves them out, and they
skip themselves only where no setuptools able to build the project is installed (the test extra has one).
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from email.parser import Parser
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import gui
from gui.desktop_entry import APP_ID

ROOT = Path(__file__).parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NAME = PROJECT["project"]["name"]
PACKAGE = "reckoning_reader"
# What a checkout has that is not the project: never copied into the build.
NOT_THE_PROJECT = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis")


def _setuptools_major() -> int:
    try:
        return int(metadata.version("setuptools").split(".")[0])
    except metadata.PackageNotFoundError:
        return 0


pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(_setuptools_major() < 77, reason="building needs setuptools 77 or newer (the test extra installs it)"),
]


def _run(*args: str | Path, cwd: Path | str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env, timeout=240, check=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist built from a copy of the checkout, and the wheel built from the unpacked sdist (as `python -m build` does)."""
    folder = tmp_path_factory.mktemp("build")
    source = folder / "checkout"
    shutil.copytree(ROOT, source, ignore=NOT_THE_PROJECT)
    out = folder / "dist"
    made = _run(sys.executable, "-c", f"from setuptools import build_meta; build_meta.build_sdist({str(out)!r})", cwd=source)
    assert made.returncode == 0, made.stderr
    (sdist,) = out.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        # The "data" filter (refuse links out of the folder) is there from Python 3.11.4.
        if hasattr(tarfile, "data_filter"):
            archive.extractall(folder / "unpacked", filter="data")
        else:
            archive.extractall(folder / "unpacked")
    (unpacked,) = (folder / "unpacked").iterdir()
    made = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", out, unpacked)
    assert made.returncode == 0, made.stderr
    (wheel,) = out.glob("*.whl")
    return unpacked, wheel


def _wheel_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_the_wheel_holds_reckoning_reader_and_nothing_called_gui(built: tuple[Path, Path]) -> None:
    _, wheel = built
    names = _wheel_names(wheel)
    assert {name.split("/")[0] for name in names} == {PACKAGE, f"{PACKAGE}-{gui.__version__}.dist-info"}
    # Every package of the checkout, under its installed name, with the data beside it.
    inits = [init.relative_to(ROOT / "gui").as_posix() for init in (ROOT / "gui").rglob("__init__.py")]
    assert len(inits) > 1
    for init in inits:
        assert f"{PACKAGE}/{init}" in names
    data = {path.name for path in (ROOT / "resources").iterdir() if path.is_file() and path.suffix != ".py"}
    assert data
    assert data <= {name.removeprefix(f"{PACKAGE}/resources/") for name in names}


def test_the_wheel_says_its_name_licence_and_command(built: tuple[Path, Path]) -> None:
    _, wheel = built
    with zipfile.ZipFile(wheel) as archive:
        info = f"{PACKAGE}-{gui.__version__}.dist-info"
        meta = Parser().parsestr(archive.read(f"{info}/METADATA").decode())
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        licence = archive.read(f"{info}/licenses/LICENSE").decode()
    assert meta["Name"] == NAME == "reckoning-reader"
    assert meta["License-Expression"] == "MIT"
    assert licence.startswith("MIT License")
    assert meta["Author"]
    assert "Environment :: X11 Applications :: Qt" in meta.get_all("Classifier", [])
    assert "reckoning = reckoning_reader.cli:main" in entry_points


def _dummy_gui_wheel(folder: Path) -> Path:
    """Another project's wheel that ships a top-level `gui` package, made by hand."""
    files = {
        "gui/__init__.py": b'"""Another project\'s gui package."""\nOWNER = "dummy-gui"\n',
        "dummy_gui-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\nName: dummy-gui\nVersion: 1.0\n",
        "dummy_gui-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = [
        f"{name},sha256={base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()},{len(data)}"
        for name, data in files.items()
    ]
    files["dummy_gui-1.0.dist-info/RECORD"] = ("\n".join([*record, "dummy_gui-1.0.dist-info/RECORD,,"]) + "\n").encode()
    wheel = folder / "dummy_gui-1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return wheel


def _fresh_venv(folder: Path) -> tuple[Path, Path]:
    """A venv with nothing installed; the app's dependencies are seen through a .pth to this test's own
    site-packages (whose own .pth files, the checkout's editable install among them, are not read)."""
    _run(sys.executable, "-m", "venv", "--without-pip", folder).check_returncode()
    python = folder / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    here = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "reckoning_test_dependencies.pth").write_text("\n".join(here) + "\n", encoding="utf-8")
    return python, site


@pytest.mark.skipif(sys.platform == "win32", reason="the venv layout and the command's path are POSIX ones")
def test_the_installed_wheel_runs_from_root_beside_a_package_that_ships_gui(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = built
    python, site = _fresh_venv(tmp_path / "venv")
    # The other project last: before the rename its gui/__init__.py replaced Reckoning's.
    for package in (wheel, _dummy_gui_wheel(tmp_path)):
        installed = _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index", "-q", package)
        assert installed.returncode == 0, installed.stderr
    assert "dummy-gui" in (site / "gui" / "__init__.py").read_text(encoding="utf-8")

    command = tmp_path / "venv" / "bin" / "reckoning"
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path)}
    version = _run(command, "--version", cwd="/", env=env)
    assert (version.returncode, version.stdout, version.stderr) == (0, f"Reckoning {gui.__version__}\n", "")

    out = tmp_path / "out.png"
    shot = _run(command, "--tab", "quotes", "--screenshot", out, cwd="/", env=env)
    assert (shot.returncode, shot.stderr) == (0, "")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 720)
    # The story, its quotes and the reader process all came from the installed package.
    quotes = _run(command, "--export-quotes", "-", cwd="/", env=env)
    assert quotes.returncode == 0, quotes.stderr
    assert '"speaker"' in quotes.stdout

    # As pip and pipx users run it: by name, found on PATH; the menu entry runs the installed command.
    env |= {"PATH": f"{command.parent}:/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path / "data")}
    menu = _run("reckoning", "--install-desktop", cwd="/", env=env)
    assert menu.returncode == 0, menu.stderr
    entry = (tmp_path / "data" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"\nExec={command} %f\n" in entry
    assert (tmp_path / "data" / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png").is_file()


def test_the_sdist_runs_its_own_tests(built: tuple[Path, Path]) -> None:
    unpacked, _ = built
    for needed in ("tests/conftest.py", "tests/helpers.py", "tests/data/second_story.json", "tests/views/quotes", "main.py", "LICENSE"):
        assert (unpacked / needed).exists(), needed
    chosen = ["tests/story/test_loader.py", "tests/views/quotes", "tests/app/test_cli.py::test_version"]
    ran = _run(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *chosen, cwd=unpacked)
    assert ran.returncode == 0, ran.stdout[-3000:]
    # The unpacked sdist's own gui/ was the one tested, not the checkout's.
    located = _run(sys.executable, "-c", "import gui; print(gui.__file__)", cwd=unpacked)
    assert located.stdout.strip() == str(unpacked / "gui" / "__init__.py")
