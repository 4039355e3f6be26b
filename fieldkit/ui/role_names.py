"""Participant roles in the interface language.

Storage keeps a known role as its lower-case English key (``teacher``, ``ngo staff``; see
``fieldkit.storage.participants.ROLES``) and a free role as typed. The app shows a known role
by its name in the interface language (context "Role") and turns what the user picks or types
back into the key: a combo's items carry the key as their data, and a typed name of a known
role (in the interface language or in English) is that role too.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from fieldkit.storage.participants import ROLES, role_label

# The English name of each known role (role_label), listed for the .ts catalogues.
_LISTED = (
    QT_TRANSLATE_NOOP("Role", "learner"),
    QT_TRANSLATE_NOOP("Role", "teacher"),
    QT_TRANSLATE_NOOP("Role", "parent"),
    QT_TRANSLATE_NOOP("Role", "community member"),
    QT_TRANSLATE_NOOP("Role", "school leader"),
    QT_TRANSLATE_NOOP("Role", "official"),
    QT_TRANSLATE_NOOP("Role", "NGO staff"),
    QT_TRANSLATE_NOOP("Role", "researcher"),
    QT_TRANSLATE_NOOP("Role", "other"),
)
ROLE_NAMES: dict[str, str] = {key: role_label(key) for key in ROLES}
assert tuple(ROLE_NAMES.values()) == _LISTED


def role_name(role: str) -> str:
    """A stored role as the interface shows it: a known one translated, a free one as typed."""
    label = ROLE_NAMES.get(role)
    return QCoreApplication.translate("Role", label) if label else role


def role_key(text: str) -> str:
    """What the user chose or typed as the stored role: a known role's key when the text is
    its name (in the interface language or English, any case), else the text as typed."""
    typed = text.strip()
    wanted = typed.casefold()
    for key, label in ROLE_NAMES.items():
        if wanted in (key, label.casefold(), role_name(key).casefold()):
            return key
    return typed


def fill_role_combo(combo: QComboBox, role: str | None) -> None:
    """The known roles by name (the key as each item's data), showing ``role``."""
    combo.clear()
    for key in ROLES:
        combo.addItem(role_name(key), key)
    index = combo.findData(role) if role else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(role or "")


def combo_role(combo: QComboBox) -> str:
    """The stored form of the role a combo filled by :func:`fill_role_combo` shows."""
    text = combo.currentText()
    index = combo.currentIndex()
    if index >= 0 and combo.itemText(index) == text:
        return str(combo.itemData(index))
    return role_key(text)


__all__ = ["ROLE_NAMES", "combo_role", "fill_role_combo", "role_key", "role_name"]
