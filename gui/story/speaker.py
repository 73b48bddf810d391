"""Who said a quote: a name, and a role where the text gives one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str = ""

    @property
    def label(self) -> str:
        """Name with role, as shown in lists: "Christopher McQuarrie, writer/director"."""
        return f"{self.name}, {self.role}" if self.role else self.name
