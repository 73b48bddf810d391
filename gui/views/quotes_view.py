"""The Quotes tab: every quote with its speaker, filtered, searched and copied."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui.model import QuoteRole, StoryModel
from gui.quote_filter import QuoteFilterProxy
from gui.quote_formats import CopyFormat, format_quotes
from gui.story import Quote


class QuoteDelegate(QStyledItemDelegate):
    """Draws a quote in quotation marks with its speaker and role on the line below."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        # U+2028 breaks the line inside one item; a plain newline is drawn as nothing.
        option.text = f"“{index.data(QuoteRole.TEXT)}”\u2028— {index.data(QuoteRole.SPEAKER_LABEL)}"


class QuotesView(QWidget):
    """Lists the model's quotes through a filter proxy; copies the selected ones.

    Signals:
        statusMessage(str): feedback for the status bar, such as "Copied 2 quotes".
    """

    statusMessage = Signal(str)

    def __init__(self, model: StoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.proxy = QuoteFilterProxy(self)
        self.proxy.setSourceModel(model)

        self.speaker_box = QComboBox()
        self.speaker_box.setObjectName("speakerFilter")
        self.speaker_box.setAccessibleName("Filter by speaker")
        self.search_box = QLineEdit(placeholderText="Search quotes", clearButtonEnabled=True)
        self.search_box.setObjectName("quoteSearch")
        self.search_box.setAccessibleName("Search quotes")
        self.count_label = QLabel()
        self.count_label.setObjectName("quoteCount")

        self.list_view = QListView()
        self.list_view.setObjectName("quoteList")
        self.list_view.setAccessibleName("Quotes")
        self.list_view.setModel(self.proxy)
        self.list_view.setItemDelegate(QuoteDelegate(self.list_view))
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(4)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_label.setObjectName("quotesEmpty")

        self.copy_action = QAction("&Copy with attribution", self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setStatusTip("Copy the selected quotes with their speakers")
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(lambda: self.copy_selected(CopyFormat.ATTRIBUTED))
        self.addAction(self.copy_action)
        copy_button = QPushButton("Copy")
        copy_button.setObjectName("copyButton")
        copy_button.setAccessibleName("Copy selected quotes")
        copy_button.setToolTip("Copy the selected quotes with their speakers")
        copy_button.clicked.connect(self.copy_action.trigger)

        filters = QHBoxLayout()
        filters.addWidget(self.speaker_box)
        filters.addWidget(self.search_box, 1)
        filters.addWidget(self.count_label)
        filters.addWidget(copy_button)
        self._results = QStackedLayout()
        self._results.addWidget(self.list_view)
        self._results.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self._results, 1)

        self.speaker_box.currentIndexChanged.connect(lambda: self.proxy.set_speaker(self.speaker_box.currentData() or ""))
        self.search_box.textChanged.connect(self.proxy.set_search)
        self.list_view.customContextMenuRequested.connect(self._show_context_menu)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._update_count)
        model.storyChanged.connect(self._fill_speakers)
        self._fill_speakers()

    def selected_quotes(self) -> list[Quote]:
        """The selected quotes in article order, whatever order they were picked in."""
        rows = sorted(self.proxy.mapToSource(index).row() for index in self.list_view.selectionModel().selectedRows())
        return [self._model.quote(row) for row in rows]

    def copy_selected(self, copy_format: CopyFormat) -> None:
        quotes = self.selected_quotes()
        if not quotes:
            self.statusMessage.emit("Select a quote to copy")
            return
        plain, html = format_quotes(quotes, self._model.story, copy_format)
        mime = QMimeData()
        mime.setText(plain)
        mime.setHtml(html)
        QGuiApplication.clipboard().setMimeData(mime)
        self.statusMessage.emit(f"Copied {len(quotes)} quote{'' if len(quotes) == 1 else 's'}")

    def _fill_speakers(self) -> None:
        """One entry per speaker with their number of quotes, in order of first quote."""
        current = self.proxy.speaker
        counts = Counter(quote.speaker.name for quote in self._model.story.quotes)
        self.speaker_box.blockSignals(True)
        self.speaker_box.clear()
        self.speaker_box.addItem(f"All speakers ({counts.total()})", "")
        for name, count in counts.items():
            self.speaker_box.addItem(f"{name} ({count})", name)
        # A speaker absent from the new story would leave an empty list; show everyone.
        self.speaker_box.setCurrentIndex(max(0, self.speaker_box.findData(current)))
        self.speaker_box.blockSignals(False)
        self.proxy.set_speaker(self.speaker_box.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self._model.rowCount()
        self.count_label.setText(f"{shown} of {total} quotes")
        if shown:
            self._results.setCurrentWidget(self.list_view)
            return
        if total == 0:
            self.empty_label.setText("This story has no quotes.")
        else:
            self.empty_label.setText("No quotes match the speaker and search chosen.")
        self._results.setCurrentWidget(self.empty_label)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for copy_format in CopyFormat:
            action = menu.addAction(f"Copy as {copy_format.label.lower()}")
            action.triggered.connect(lambda _=False, f=copy_format: self.copy_selected(f))
        menu.popup(self.list_view.viewport().mapToGlobal(position))
