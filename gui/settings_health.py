"""What to do when the settings file is damaged or cannot be written.

Settings are a convenience: losing them must never stop the app. A damaged file is kept
beside the original (so nothing the user had is destroyed) and the app starts on
defaults; a file that cannot be written costs only this session's remembered state.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

DAMAGED_SUFFIX = ".damaged"


def start_from_readable_settings(settings: QSettings) -> None:
    """Fall back to defaults if the settings file cannot be read, keeping a copy of it."""
    status = settings.status()
    if status == QSettings.Status.NoError:
        return
    path = Path(settings.fileName())
    if status == QSettings.Status.FormatError:
        kept = path.with_name(path.name + DAMAGED_SUFFIX)
        try:
            shutil.copyfile(path, kept)
        except OSError as error:
            reason = error.strerror or error
            log.warning("the settings in %s are damaged and could not be copied aside (%s); starting with defaults", path, reason)
        else:
            log.warning("the settings in %s are damaged; starting with defaults (the damaged file is kept as %s)", path, kept)
    else:
        log.warning("the settings in %s cannot be read; starting with defaults", path)
    settings.clear()


def save_settings(settings: QSettings) -> bool:
    """Write the settings to disk now; a failure is logged, not raised, and reported as False."""
    settings.sync()
    if settings.status() == QSettings.Status.NoError:
        return True
    log.warning("cannot save settings to %s; the window, zoom and theme of this session will not be remembered", settings.fileName())
    return False
