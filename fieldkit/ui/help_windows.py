"""Help ▸ Keyboard shortcuts, User guide and About.

The shortcuts list is read from the menus themselves (and the codebook's own actions), so it
cannot drift from what the keys do; the keys only the transcript knows are added by name.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import fieldkit
from fieldkit.ui.shortcut_text import keys_text


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every action with a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} ▸ {_plain(action.text())}")
            elif not action.shortcut().isEmpty():
                rows.append((path, _plain(action.text()), _keys(action)))

    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, _plain(action.text()))
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_shortcuts(bar)
        codebook = parent.findChild(QWidget, "codebook_dock") if parent is not None else None
        if codebook is not None:
            rows += [
                (self.tr("Codebook"), _plain(a.text()), _keys(a))
                for a in codebook.actions()
                if not a.shortcut().isEmpty()
            ]
        rows += [
            (self.tr("Transcript"), self.tr("Code with the theme pinned to that key"), "Alt+1…9"),
            (self.tr("Transcript"), self.tr("Leave the transcript"), "Tab"),
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                rtl = c == 2 and self.isRightToLeft()  # "Ctrl++", not "++Ctrl"
                item = QTableWidgetItem(keys_text(text) if rtl else text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        # "What" takes the width left over: no empty band beside the keys
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("fieldkit user guide"))
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 600)

    def guide_html(self) -> str:
        steps = [
            self.tr(
                "<b>File ▸ New study…</b> starts a study; <b>File ▸ New case…</b> adds a "
                "school, programme or site to it."
            ),
            self.tr(
                "Select the case, then use the <b>Case</b> menu: participants and their "
                "consent, interviews and observations."
            ),
            self.tr(
                "Type or paste the transcript: it is saved as you type. Record audio from the "
                "bar above the text; <b>Ctrl+T</b> inserts a time mark, <b>F8</b> plays."
            ),
            self.tr(
                "Select words and press <b>Ctrl+K</b> to code them with a theme (type a new "
                "name to create one), drag a theme from the codebook onto them, or pin "
                "themes to <b>Alt+1…9</b> (right-click a theme ▸ Pin to Alt+N)."
            ),
            self.tr("Tag a whole record above its text; write memos beside the codings."),
            self.tr(
                "<b>Edit ▸ Properties…</b> (Alt+Enter) changes a record after saving, an "
                "interview's participants too; <b>Delete</b> asks first and names what goes "
                "with it; <b>Ctrl+Z</b> outside the transcript brings it back."
            ),
            self.tr(
                "<b>Review ▸ Case and study…</b> compares themes across cases; the "
                "<b>Export</b> menu writes case-study PDFs, REFI-QDA projects and CSV."
            ),
            self.tr(
                "<b>Sync ▸ Settings…</b> signs in to your team's server; until then nothing "
                "leaves this laptop."
            ),
        ]
        items = "".join(f"<li>{s}</li>" for s in steps)
        title = self.tr("The research loop")  # not inside the f-string: lupdate skips those
        return f"<h2>{html.escape(title)}</h2><ol>{items}</ol>"


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About fieldkit"),
        QCoreApplication.translate(
            "About",
            "<b>fieldkit %1</b><p>Interviews, observations and coding for field research, "
            "offline first, with a team server when a connection appears.</p>",
        ).replace("%1", fieldkit.__version__),
    )
