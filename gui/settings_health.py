"""What to do when the settings file is damaged or cannot be written.

Settings are a convenience: losing them must never stop the app. A damaged file is moved
aside, not deleted (nothing the user had is destroyed), and the app starts on defaults;
a file that cannot be written costs only the remembered state of this session.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QSettings

log = logging.getLogger(__name__)

DAMAGED_SUFFIX = ".damaged"


def readable_settings(settings: QSettings) -> QSettings:
    """`settings` if its file could be read, otherwise fresh settings on defaults in the same place.

    A new object is returned because QSettings keeps reporting the first error it met, so
    the old one could never tell a later failure to save.
    """
    status = settings.status()
    if status == QSettings.Status.NoError:
        return settings
    path = settings.fileName()
    if status != QSettings.Status.FormatError:
        log.warning("the settings in %s cannot be read; starting with defaults", path)
        settings.clear()
        return settings
    kept = path + DAMAGED_SUFFIX
    try:
        os.replace(path, kept)
    except OSError as error:
        log.warning("the settings in %s are damaged and cannot be moved aside (%s); starting with defaults", path, error.strerror or error)
        settings.clear()
        return settings
    log.warning("the settings in %s are damaged; starting with defaults (the damaged file is kept as %s)", path, kept)
    return QSettings(path, settings.format())


def save_settings(settings: QSettings) -> bool:
    """Write the settings to disk now; a failure is logged, not raised, and reported as False."""
    settings.sync()
    if settings.status() == QSettings.Status.NoError:
        return True
    log.warning("cannot save settings to %s; the window, zoom and theme of this session will not be remembered", settings.fileName())
    return False
