"""How the record's coded values read on screen, in the worker's language.

The tables hold the English source texts, marked for Qt Linguist; :func:`label` looks them up
in the screen language when they are shown, so a language switch needs no rebuilt tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from PySide6.QtWidgets import QComboBox

from desk_app.domain.messages import QT_TRANSLATE_NOOP
from desk_app.domain.record import (
    Channel,
    ContactMethod,
    Kind,
    ReferralBody,
    Relation,
    SubmitterType,
    SyncState,
)
from desk_app.ui.plumbing.i18n import translate
from desk_app.ui.plumbing.qt_values import as_item_data

_CONTEXT = "Labels"
K = TypeVar("K")

KIND_LABELS = {
    Kind.PRAISE: QT_TRANSLATE_NOOP("Labels", "Praise"),
    Kind.COMPLAINT: QT_TRANSLATE_NOOP("Labels", "Complaint"),
    Kind.SUGGESTION: QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    Kind.QUESTION: QT_TRANSLATE_NOOP("Labels", "Question"),
    Kind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
CHANNEL_LABELS = {
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    Channel.PAPER_FORM: QT_TRANSLATE_NOOP("Labels", "Paper form"),
    Channel.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("Labels", "Social media"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Labels", "Web form"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Labels", "Meeting or dialogue"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
CONTACT_LABELS = {
    ContactMethod.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
    ContactMethod.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    ContactMethod.LETTER: QT_TRANSLATE_NOOP("Labels", "Letter"),
    ContactMethod.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person (next visit)"),
}
# Contract 1.1: who gives the feedback; None ("not stated") needs no keystroke.
SUBMITTER_LABELS = {
    None: QT_TRANSLATE_NOOP("Labels", "Not stated"),
    SubmitterType.RESIDENT: QT_TRANSLATE_NOOP("Labels", "Resident"),
    SubmitterType.VISITOR: QT_TRANSLATE_NOOP("Labels", "Visitor"),
    SubmitterType.RELATIVE: QT_TRANSLATE_NOOP("Labels", "Relative"),
    SubmitterType.GUARDIAN: QT_TRANSLATE_NOOP("Labels", "Guardian"),
    SubmitterType.PUPIL: QT_TRANSLATE_NOOP("Labels", "Pupil"),
    SubmitterType.BUSINESS: QT_TRANSLATE_NOOP("Labels", "Business"),
    SubmitterType.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    SubmitterType.EMPLOYEE: QT_TRANSLATE_NOOP("Labels", "Employee"),
    SubmitterType.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
REFERRAL_LABELS = {
    None: QT_TRANSLATE_NOOP("Labels", "Not referred"),
    ReferralBody.POLICE: QT_TRANSLATE_NOOP("Labels", "Police"),
    ReferralBody.REGION_HEALTH: QT_TRANSLATE_NOOP("Labels", "Region (health care)"),
    ReferralBody.ENERGY_UTILITY: QT_TRANSLATE_NOOP("Labels", "Energy company"),
    ReferralBody.WATER_UTILITY: QT_TRANSLATE_NOOP("Labels", "Water company"),
    ReferralBody.TRANSPORT_AUTHORITY: QT_TRANSLATE_NOOP("Labels", "Public transport"),
    ReferralBody.STATE_AGENCY: QT_TRANSLATE_NOOP("Labels", "State agency"),
    ReferralBody.OTHER: QT_TRANSLATE_NOOP("Labels", "Someone else"),
}
RELATION_LABELS = {
    None: QT_TRANSLATE_NOOP("Labels", "No – the resident speaks for themself"),
    Relation.RESIDENT: QT_TRANSLATE_NOOP("Labels", "A resident (told to a worker)"),
    Relation.RELATIVE: QT_TRANSLATE_NOOP("Labels", "A relative of the resident"),
    Relation.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff, on a resident's behalf"),
    Relation.OTHER: QT_TRANSLATE_NOOP("Labels", "Someone else"),
}
SYNC_LABELS = {
    SyncState.PENDING: QT_TRANSLATE_NOOP("Labels", "Waiting to be sent"),
    SyncState.SENDING: QT_TRANSLATE_NOOP("Labels", "Sending"),
    SyncState.SYNCED: QT_TRANSLATE_NOOP("Labels", "Sent"),
    SyncState.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("Labels", "Needs attention"),
}
CASE_STATUS_LABELS = {
    "received": QT_TRANSLATE_NOOP("Labels", "received"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "in progress"),
    "answered": QT_TRANSLATE_NOOP("Labels", "answered"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
}


def label(table: Mapping[K, str], key: K) -> str:
    """``table[key]`` in the screen language; an unknown key (a new server status) as is."""
    text = table.get(key)
    return str(key) if text is None else translate(_CONTEXT, text)


def fill_combo(combo: QComboBox, items: Mapping[Any, str]) -> None:
    """Give ``combo`` one item per entry (value as item data), or rename the items in place.

    Renaming keeps the chosen item chosen, so a language switch never changes what was picked.
    """
    if combo.count() != len(items):
        current = combo.currentIndex()
        combo.clear()
        for value in items:
            combo.addItem("", as_item_data(value))
        if 0 <= current < combo.count():  # otherwise Qt's choice: the first item
            combo.setCurrentIndex(current)
    for index, text in enumerate(items.values()):
        combo.setItemText(index, text)


def translated(table: Mapping[K, str]) -> dict[K, str]:
    """Every entry of ``table`` in the screen language."""
    return {key: label(table, key) for key in table}
