"""A find bar for a text view: incremental, case-insensitive, "n of m", wrapping at the ends."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QPoint, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from ...story.wording import fill

# Matches found and tinted at most, as Firefox's find bar counts.
MAX_MATCHES = 1_000
# The article shows straight quotation marks as typographic ones: either kind typed finds both.
_MARKS = re.compile("[\"“”„]|['‘’‚]")
_ANY_MARK = {'"': '["“”„]', "'": "['‘’‚]"}


class FindBar(QWidget):
    """Finds text in `target` as the reader types and moves between the matches.

    The current match becomes the target's selection, so it is scrolled to and can be
    copied; every match is reported for the target to tint.

    Signals:
        matchesChanged(list): every match, as QTextCursors, after each search.
    """

    matchesChanged = Signal(list)

    def __init__(self, target: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._matches: list[QTextCursor] = []
        self._current = -1
        self._start_from = 0
        self._current_start = 0
        self._more = False
        self.setObjectName("findBar")

        self.field = QLineEdit(placeholderText=self.tr("Find in article"), clearButtonEnabled=True)
        self.field.setObjectName("findField")
        self.field.setAccessibleName(self.tr("Find in article"))
        self.field.setAccessibleDescription(self.tr("Type to find words in the article; Enter goes to the next match, Escape closes."))
        self.field.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("findCount")
        self.previous_button = self._button("↑", self.tr("Previous match (Shift+F3, Shift+Enter)"), self.find_previous)
        self.next_button = self._button("↓", self.tr("Next match (F3, Enter)"), self.find_next)
        close_button = self._button("✕", self.tr("Close the find bar (Escape)"), self.close_bar)
        close_button.setAutoRaise(True)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(close_button)

        self.field.textChanged.connect(self._search)
        self.hide()

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def current_match(self) -> int:
        """The 1-based number of the current match, 0 when there is none."""
        return self._current + 1

    def open(self) -> None:
        """Show the bar with its field focused and selected, searching from what is on screen."""
        self._start_from = self._target.cursorForPosition(QPoint(0, 0)).position()
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._search()

    def close_bar(self) -> None:
        self.hide()
        self._matches, self._current = [], -1
        self.matchesChanged.emit([])
        self._target.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else +1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.setAccessibleDescription(tip)
        button.clicked.connect(slot)
        return button

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if not self._matches:
            return
        self._current = (self._current + direction) % len(self._matches)
        self._show_current()

    def search_again(self) -> None:
        """Search anew after the target was typeset again (another story, another theme)."""
        if self.isVisible() and self.field.text():
            # The old matches' cursors collapsed when the text was replaced; their numbers did not.
            self._start_from = self._current_start
            self._search()

    def _search(self) -> None:
        """Find the first `MAX_MATCHES` matches from where the reader is, wrapping round.

        An article of 50,000 one-letter quotes has as many matches for "a": finding and
        tinting them all took a second a keystroke. Like Firefox, the bar stops counting at
        a thousand and says "more than".
        """
        text = self.field.text()
        matches: list[QTextCursor] = []
        self._more = False
        if text:
            document = self._target.document()
            needle: str | QRegularExpression = text
            if _MARKS.search(text):
                needle = _marks_of_either_kind(text)
            # QTextDocument.find ignores case unless told otherwise.
            cursor = document.find(needle, self._start_from)
            while not cursor.isNull() and len(matches) < MAX_MATCHES:
                matches.append(cursor)
                cursor = document.find(needle, cursor)
            if cursor.isNull():
                cursor = document.find(needle, 0)
                while not cursor.isNull() and cursor.selectionStart() < self._start_from and len(matches) < MAX_MATCHES:
                    matches.append(cursor)
                    cursor = document.find(needle, cursor)
                self._more = not cursor.isNull() and cursor.selectionStart() < self._start_from
            else:
                self._more = True
            # The view tints them by bisection: in document order.
            matches.sort(key=QTextCursor.selectionStart)
        self._matches = matches
        self._current = next((i for i, match in enumerate(matches) if match.selectionStart() >= self._start_from), 0)
        if not matches:
            self._current = -1
        self._show_current()

    def _show_current(self) -> None:
        if self._current >= 0:
            self._current_start = self._matches[self._current].selectionStart()
            self._target.setTextCursor(self._matches[self._current])
            self._target.ensureCursorVisible()
            locale = self.locale()
            current = locale.toString(self._current + 1)
            if self._more:
                self.count_label.setText(fill(self.tr("%1 of more than %2"), current, locale.toString(MAX_MATCHES)))
            else:
                self.count_label.setText(fill(self.tr("%1 of %2"), current, locale.toString(len(self._matches))))
        else:
            self.count_label.setText(self.tr("No matches") if self.field.text() else "")
        self.previous_button.setEnabled(len(self._matches) > 1)
        self.next_button.setEnabled(len(self._matches) > 1)
        self.matchesChanged.emit(list(self._matches))


def _marks_of_either_kind(text: str) -> QRegularExpression:
    """`text` as a pattern, case-insensitive, in which each quotation mark stands for any of its kind."""
    pattern: list[str] = []
    done = 0
    for match in _MARKS.finditer(text):
        pattern.append(QRegularExpression.escape(text[done : match.start()]))
        pattern.append(_ANY_MARK['"' if match.group() in '"“”„' else "'"])
        done = match.end()
    pattern.append(QRegularExpression.escape(text[done:]))
    return QRegularExpression("".join(pattern), QRegularExpression.PatternOption.CaseInsensitiveOption)
