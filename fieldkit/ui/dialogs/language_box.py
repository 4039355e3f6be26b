"""The language of a record, chosen by its name in its own language or typed.

An editable combo box listing :data:`fieldkit.storage.languages.LANGUAGES` as
"Kiswahili (sw)"; :meth:`LanguageBox.code` gives the code of the chosen entry, or what was
typed (storage turns a typed name such as "Kiswahili" or "Swahili" into its code, and says so
in words when it knows no such language).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from fieldkit.storage.languages import LANGUAGES, language_name


class LanguageBox(QComboBox):
    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Language"))
        self.addItem("", None)
        for listed, native, english in LANGUAGES:
            self.addItem(f"{native} ({listed})", listed)
            self.setItemData(self.count() - 1, english, Qt.ItemDataRole.ToolTipRole)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        line = self.lineEdit()
        if line is not None:  # editable: it has one
            line.setPlaceholderText(self.tr("e.g. Kiswahili, العربية, Français"))
        self.set_code(code)

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(language_name(code))

    def code(self) -> str:
        """The chosen code, or the typed text as it is (checked when saving)."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index) or "")
        return self._only_match(text) or text

    def _only_match(self, text: str) -> str | None:
        """The code of the one language whose listed or English name contains what was typed
        ("Engl" then Return means English, as the suggestion list showed); None when several or
        none do."""
        typed = text.casefold()
        if len(typed) < 2:
            return None
        found = {
            str(self.itemData(i))
            for i in range(1, self.count())
            if typed in self.itemText(i).casefold()
            or typed in str(self.itemData(i, Qt.ItemDataRole.ToolTipRole) or "").casefold()
        }
        return found.pop() if len(found) == 1 else None
