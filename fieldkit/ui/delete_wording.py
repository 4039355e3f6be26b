"""The words of a delete confirmation, in the interface language.

``deletion.DeletePlan`` carries what a delete takes as data (the row's kind and label, a count
per noun); this module turns it into the sentence parts a researcher reads, each through Qt's
translation with ``%n`` plural forms per noun, so the word order and plurals are the
translator's. (The CLI keeps the plan's own English ``summary()``.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from fieldkit.storage.deletion import DeletePlan
from fieldkit.ui.messages import number


class DeleteWording(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The row being deleted, by its kind: "interview “Garden talk”".
        self._names: dict[str, Callable[[], str]] = {
            "study": lambda: self.tr("study “%1”"),
            "case": lambda: self.tr("case “%1”"),
            "participant": lambda: self.tr("participant “%1”"),
            "interview": lambda: self.tr("interview “%1”"),
            "observation": lambda: self.tr("observation “%1”"),
            "theme": lambda: self.tr("theme “%1”"),
            "coding": lambda: self.tr("coding “%1”"),
            "tag": lambda: self.tr("tag “%1”"),
            "free_tag": lambda: self.tr("free-word tag “%1”"),
            "memo": lambda: self.tr("memo “%1”"),
            "photo": lambda: self.tr("photo “%1”"),
            "audio": lambda: self.tr("recording “%1”"),
            "document": lambda: self.tr("file “%1”"),
        }

        # What goes with it, by noun: "12 codings" (a study never goes with another row).
        self._counts: dict[str, Callable[[int], str]] = {
            "case": lambda n: self.tr("%n case(s)", "", n),
            "participant": lambda n: self.tr("%n participant(s)", "", n),
            "interview": lambda n: self.tr("%n interview(s)", "", n),
            "observation": lambda n: self.tr("%n observation(s)", "", n),
            "interview_participant": lambda n: self.tr("%n participant link(s)", "", n),
            "theme": lambda n: self.tr("%n sub-theme(s)", "", n),
            "study_theme": lambda n: self.tr("%n theme(s)", "", n),
            "coding": lambda n: self.tr("%n coding(s)", "", n),
            "tag": lambda n: self.tr("%n tag(s)", "", n),
            "free_tag": lambda n: self.tr("%n free-word tag(s)", "", n),
            "memo": lambda n: self.tr("%n memo(s)", "", n),
            "photo": lambda n: self.tr("%n photo(s)", "", n),
            "audio": lambda n: self.tr("%n recording(s)", "", n),
            "document": lambda n: self.tr("%n file(s)", "", n),
            "redact_name": lambda n: self.tr("%n name(s) to redact", "", n),
        }

    def plan_name(self, plan: DeletePlan) -> str:
        """The deleted row as the researcher reads it: "interview “Garden talk”"."""
        name = self._names.get(plan.kind)
        return name().replace("%1", plan.label) if name else plan.name

    def count_words(self, noun: str, n: int) -> str:
        counted = self._counts.get(noun)
        return counted(n) if counted else f"{number(n)} {noun}"

    def what_goes(self, plan: DeletePlan) -> str:
        """ "12 codings, 2 memos and 1 photo" in the interface language; "" when nothing goes."""
        parts = [self.count_words(noun, n) for noun, n in plan.takes]
        if len(parts) <= 1:
            return "".join(parts)
        listed = parts[0]
        for part in parts[1:-1]:
            listed = self.tr("%1, %2").replace("%1", listed, 1)
            listed = listed.replace("%2", part, 1)
        last = self.tr("%1 and %2")
        return last.replace("%1", listed, 1).replace("%2", parts[-1], 1)
