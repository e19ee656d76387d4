"""Between the fields and the domain: the fields read as a ``Draft``, a record shown in them.

Only plain values cross: the form checks and saves the draft through the services.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox

from desk_app.domain.record import (
    Channel,
    Concerns,
    ContactMethod,
    Draft,
    Kind,
    OnBehalfOf,
    Referral,
    ReferralBody,
    Relation,
    Reporter,
    Staff,
    SubmitterType,
    Urgent,
)
from desk_app.ui.plumbing.qt_values import chosen_value
from desk_app.ui.screens.intake.fields import IntakeFields

E = TypeVar("E", bound=StrEnum)


def _chosen(combo: QComboBox, enum: type[E]) -> E | None:
    """The combo's selected value as its enum (Qt hands item data back as plain str)."""
    data = chosen_value(combo)
    return None if data is None else enum(data)


def read_draft(fields: IntakeFields, default_language: str) -> Draft:
    """The fields' content as a domain draft (not yet checked)."""
    anonymous = fields.anonymous.isChecked()
    relation = _chosen(fields.on_behalf, Relation)
    occurred: datetime | None = None
    if fields.occurred_known.isChecked():
        local_time = fields.occurred_at.dateTime().toPython()
        assert isinstance(local_time, datetime)
        occurred = local_time.astimezone()
    wants_reply = fields.wants_reply.isChecked() and not anonymous
    unit = chosen_value(fields.unit)
    concerns = Concerns(unit=str(unit) if unit else None, provider=fields.provider.text().strip())
    referral_to = _chosen(fields.referral, ReferralBody)
    return Draft(
        kind=_chosen(fields.kind, Kind),
        category=fields.category_code(),
        description=fields.description.toPlainText(),
        occurred_at=occurred,
        location=fields.location.text().strip(),
        channel=_chosen(fields.channel, Channel) or Channel.IN_PERSON,
        language=chosen_value(fields.language) or default_language,
        reporter=Reporter(anonymous=True)
        if anonymous
        else Reporter(
            anonymous=False,
            name=fields.name.text().strip(),
            email=fields.email.text().strip(),
            phone=fields.phone.text().strip(),
            postal_address=fields.postal_address.toPlainText().strip(),
            preferred_contact=_chosen(fields.reply_by, ContactMethod) if wants_reply else None,
        ),
        wants_reply=wants_reply,
        on_behalf_of=OnBehalfOf(relation, fields.on_behalf_note.text().strip())
        if relation is not None
        else None,
        privacy_notice_given=fields.privacy_notice.isChecked(),
        # Asking for a reply is the resident's agreement to be contacted for it.
        contact_ok=wants_reply,
        received_by=Staff(staff_id=fields.staff_id.text().strip()),
        submitter_type=_chosen(fields.submitter, SubmitterType),
        concerns=None if concerns.is_empty() else concerns,
        referral=Referral(referral_to, fields.referral_note.text().strip())
        if referral_to is not None
        else None,
        urgent=Urgent(fields.urgent_reason.text().strip()) if fields.urgent.isChecked() else None,
        attributes=fields.attribute_fields.answers(),
        kept_answers=fields.attribute_fields.kept_answers(),
    )


def show_draft(fields: IntakeFields, draft: Draft) -> None:
    """Show what ``draft`` says in the fields (a saved record, to correct it)."""
    reporter = draft.reporter
    fields.kind.setCurrentIndex(fields.kind.findData(draft.kind))
    category = fields.category.findData(draft.category)
    if category >= 0:
        fields.category.setCurrentIndex(category)
    else:  # no longer offered: shown as its code, for the worker to replace
        fields.category.setEditText(draft.category)
    fields.update_attribute_fields()
    fields.attribute_fields.show_answers({**draft.kept_answers, **draft.attributes})
    fields.description.setPlainText(draft.description)
    fields.occurred_known.setChecked(draft.occurred_at is not None)
    if draft.occurred_at is not None:
        local = draft.occurred_at.astimezone()  # the edit shows the desk's local time
        fields.occurred_at.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day),
                QTime(local.hour, local.minute, local.second),
            )
        )
    fields.location.setText(draft.location)
    fields.channel.setCurrentIndex(fields.channel.findData(draft.channel))
    fields.language.setCurrentIndex(max(0, fields.language.findData(draft.language)))
    fields.anonymous.setChecked(reporter.anonymous)
    fields.name.setText(reporter.name)
    fields.email.setText(reporter.email)
    fields.phone.setText(reporter.phone)
    fields.postal_address.setPlainText(reporter.postal_address)
    fields.wants_reply.setChecked(draft.wants_reply)
    if reporter.preferred_contact is not None:
        fields.reply_by.setCurrentIndex(fields.reply_by.findData(reporter.preferred_contact))
    behalf = draft.on_behalf_of
    fields.on_behalf.setCurrentIndex(
        fields.on_behalf.findData(behalf.relation) if behalf is not None else 0
    )
    fields.on_behalf_note.setText(behalf.note if behalf is not None else "")
    fields.privacy_notice.setChecked(draft.privacy_notice_given)
    fields.staff_id.setText(draft.received_by.staff_id)
    fields.submitter.setCurrentIndex(max(0, fields.submitter.findData(draft.submitter_type)))
    concerns = draft.concerns
    unit = concerns.unit if concerns is not None else None
    if unit and fields.unit.findData(unit) < 0:
        fields.unit.addItem(unit, unit)  # no longer offered: shown by its code
    fields.unit.setCurrentIndex(max(0, fields.unit.findData(unit)) if unit else 0)
    fields.provider.setText(concerns.provider if concerns is not None else "")
    fields.urgent.setChecked(draft.urgent is not None)
    fields.urgent_reason.setText(draft.urgent.reason if draft.urgent is not None else "")
    referral = draft.referral
    fields.referral.setCurrentIndex(
        max(0, fields.referral.findData(referral.to)) if referral is not None else 0
    )
    fields.referral_note.setText(referral.note if referral is not None else "")
    fields.update_enabled()
    fields.update_count()
