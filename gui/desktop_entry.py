"""Reckoning in the desktop's application menu: `reckoning --install-desktop` and `--uninstall-desktop`.

The menu entry and the icons go where freedesktop.org desktops look for a user's own
(`$XDG_DATA_HOME`, else ~/.local/share), named by the application id. The entry runs the
command that installed it, by its absolute path: the `reckoning` of a pip or pipx install,
or the checkout's `python main.py`, so it keeps working whether or not that is on PATH.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from . import RESOURCES

# The app imports this module for its id and icons at start-up, which needs neither shutil nor
# subprocess (with selectors, milliseconds of imports): the menu commands import them when run.

# The reverse-DNS application id: desktop file, Qt's desktop file name (the Wayland app id),
# AppStream component id and icon name. It names no web address: Reckoning has none yet.
APP_ID = "app.reckoning_reader.Reckoning"
# The hand-drawn small icons beside the scalable one, by pixel size.
ICON_SIZES = (16, 24, 32)
# Written by `make install-desktop` before there was an application id.
_OLD_NAMES = ("applications/reckoning.desktop", "icons/hicolor/scalable/apps/reckoning.svg")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def icon_files() -> dict[str, str]:
    """Each icon shipped, by its place under an icon theme: {"hicolor/16x16/apps/ID.png": "ID-16.png", …}.

    The scalable one first: a QIcon made from it draws the others at their own sizes and scales it for the rest."""
    icons = {f"hicolor/scalable/apps/{APP_ID}.svg": f"{APP_ID}.svg"}
    icons.update({f"hicolor/{size}x{size}/apps/{APP_ID}.png": f"{APP_ID}-{size}.png" for size in ICON_SIZES})
    return icons


def this_command(argv0: str | None = None) -> list[str]:
    """How the menu should start the program running now (`argv0`, sys.argv[0] by default), absolute:
    `python main.py` from a checkout, else the command itself (a pip, pipx or uv script, or the bundle)."""
    import shutil

    argv0 = sys.argv[0] if argv0 is None else argv0
    path = Path(argv0).absolute()
    if path.suffix == ".py":
        return [sys.executable, str(path)]
    found = shutil.which(argv0) if os.sep not in argv0 else None
    return [str(Path(found).absolute() if found else path)]


def exec_quoted(argument: str) -> str:
    """One argument of a desktop file's Exec key, quoted as the Desktop Entry Specification says.

    Reserved characters put the argument in double quotes, inside which ", `, $ and \\ take a
    backslash; then, as for any string value, each backslash is doubled, a line break is
    written \\n (and a tab \\t) and % is written %%."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`="):
        quoted = argument
    else:
        quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'
    escaped = quoted.replace("\\", "\\\\").replace("%", "%%")
    return escaped.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_file(command: Sequence[str]) -> str:
    """The shipped desktop file with its Exec and TryExec running `command`."""
    text = resources.files(RESOURCES).joinpath(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec="):
            lines.append(f"TryExec={command[0]}")
            line = "Exec=" + " ".join(exec_quoted(part) for part in command) + " %f"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(command: Sequence[str], home: Path) -> list[Path]:
    """Write the menu entry and the icons under `home`; the files written."""
    written = [home / "applications" / f"{APP_ID}.desktop"]
    written[0].parent.mkdir(parents=True, exist_ok=True)
    written[0].write_text(desktop_file(command), encoding="utf-8")
    folder = resources.files(RESOURCES)
    for place, name in icon_files().items():
        target = home / "icons" / place
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(folder.joinpath(name).read_bytes())
        written.append(target)
    _forget_old_names(home)
    _refresh(home)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove what `install` wrote under `home`; the files removed."""
    places = [home / "applications" / f"{APP_ID}.desktop", *(home / "icons" / place for place in icon_files())]
    removed = [path for path in places if path.is_file()]
    for path in removed:
        path.unlink()
    removed += _forget_old_names(home)
    _refresh(home)
    return removed


def _forget_old_names(home: Path) -> list[Path]:
    old = [home / name for name in _OLD_NAMES if (home / name).is_file()]
    for path in old:
        path.unlink()
    return old


def _refresh(home: Path) -> None:
    """Tell the desktop the menu changed, where its tool is installed (the file types it opens, for one)."""
    import shutil
    import subprocess

    tool = shutil.which("update-desktop-database")
    if tool:
        subprocess.run([tool, "-q", str(home / "applications")], check=False, timeout=30)


def install_command() -> int:
    """`reckoning --install-desktop`: the exit code."""
    if sys.platform in ("win32", "darwin"):
        sys.stderr.write("reckoning: error: --install-desktop is for Linux and BSD desktops (freedesktop.org)\n")
        return 2
    try:
        written = install(this_command(), data_home())
    except OSError as error:
        sys.stderr.write(f"reckoning: error: the menu entry could not be written: {error}\n")
        return 1
    sys.stdout.write(f"Reckoning is in the application menu: {written[0]}\n")
    return 0


def uninstall_command() -> int:
    """`reckoning --uninstall-desktop`: the exit code."""
    try:
        removed = uninstall(data_home())
    except OSError as error:
        sys.stderr.write(f"reckoning: error: the menu entry could not be removed: {error}\n")
        return 1
    sys.stdout.write(
        f"Reckoning is out of the application menu ({len(removed)} files removed)\n"
        if removed
        else "Reckoning was not in the application menu\n"
    )
    return 0
