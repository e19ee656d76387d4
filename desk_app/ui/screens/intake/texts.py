"""The intake form's words: each field's label (with its Alt letter) and what it is for.

Kept apart from the widgets so a translator or a reviewer reads every field's text in one
place. The context stays "IntakeForm": the translations are filed under it.
"""

from __future__ import annotations

from desk_app.domain.messages import QT_TRANSLATE_NOOP

# What each field is for: read out by screen readers and shown as a tooltip.
FIELD_HELP = {
    "kind": QT_TRANSLATE_NOOP(
        "IntakeForm", "What kind of feedback: praise, complaint, suggestion, question or other."
    ),
    "category": QT_TRANSLATE_NOOP(
        "IntakeForm", "What the feedback is about. Type to search the list."
    ),
    "description": QT_TRANSLATE_NOOP(
        "IntakeForm", "What the resident said, in their own words (up to 10,000 characters)."
    ),
    "occurred_at": QT_TRANSLATE_NOOP(
        "IntakeForm", "Tick when the resident knows when it happened, then give the date and time."
    ),
    "location": QT_TRANSLATE_NOOP(
        "IntakeForm", "Where it happened, if the resident says (optional)."
    ),
    "channel": QT_TRANSLATE_NOOP("IntakeForm", "How the feedback reached the desk."),
    "language": QT_TRANSLATE_NOOP("IntakeForm", "The language of the resident's receipt."),
    "reporter.anonymous": QT_TRANSLATE_NOOP(
        "IntakeForm", "Tick when the resident gives no contact details."
    ),
    "reporter.name": QT_TRANSLATE_NOOP("IntakeForm", "The resident's name."),
    "reporter.email": QT_TRANSLATE_NOOP("IntakeForm", "The resident's email address."),
    "reporter.phone": QT_TRANSLATE_NOOP("IntakeForm", "The resident's phone number."),
    "reporter.postal_address": QT_TRANSLATE_NOOP("IntakeForm", "The resident's postal address."),
    "wants_reply": QT_TRANSLATE_NOOP("IntakeForm", "Tick when the resident wants an answer."),
    "reporter.preferred_contact": QT_TRANSLATE_NOOP(
        "IntakeForm", "How the answer should reach the resident."
    ),
    "on_behalf_of.relation": QT_TRANSLATE_NOOP(
        "IntakeForm", "Whether a worker records this for a resident or a relative."
    ),
    "on_behalf_of.note": QT_TRANSLATE_NOOP("IntakeForm", "Who the feedback is for, e.g. room 12."),
    "privacy_notice_given": QT_TRANSLATE_NOOP(
        "IntakeForm", "Tick once the resident has been told how their details are handled."
    ),
    "received_by.staff_id": QT_TRANSLATE_NOOP(
        "IntakeForm", "Your staff ID: who took this feedback."
    ),
    "submitter_type": QT_TRANSLATE_NOOP(
        "IntakeForm",
        "Who gives the feedback: a resident, visitor, relative, guardian, pupil, business…",
    ),
    "concerns.unit": QT_TRANSLATE_NOOP(
        "IntakeForm", "The school, care home or other unit the feedback is about (optional)."
    ),
    "concerns.provider": QT_TRANSLATE_NOOP(
        "IntakeForm", "The provider the feedback is about, when the unit list does not have it."
    ),
    "urgent.reason": QT_TRANSLATE_NOOP(
        "IntakeForm", "Tick when someone with authority should see it today, and say why."
    ),
    "referral.to": QT_TRANSLATE_NOOP(
        "IntakeForm", "When the matter is not the municipality's: where the person should turn."
    ),
    "referral.note": QT_TRANSLATE_NOOP(
        "IntakeForm", "Whom to contact there; the receipt tells the person."
    ),
}
# Each field's label; "&" marks the Alt+letter that jumps to it.
FIELD_TITLES = {
    "kind": QT_TRANSLATE_NOOP("IntakeForm", "&Kind"),
    "category": QT_TRANSLATE_NOOP("IntakeForm", "Ca&tegory"),
    "description": QT_TRANSLATE_NOOP("IntakeForm", "&What happened"),
    "occurred_at": QT_TRANSLATE_NOOP("IntakeForm", "W&hen"),
    "location": QT_TRANSLATE_NOOP("IntakeForm", "Whe&re"),
    "channel": QT_TRANSLATE_NOOP("IntakeForm", "Cha&nnel"),
    "language": QT_TRANSLATE_NOOP("IntakeForm", "Receipt lan&guage"),
    "reporter.anonymous": QT_TRANSLATE_NOOP("IntakeForm", "&Anonymous"),
    "reporter.name": QT_TRANSLATE_NOOP("IntakeForm", "Na&me"),
    "reporter.email": QT_TRANSLATE_NOOP("IntakeForm", "&Email"),
    "reporter.phone": QT_TRANSLATE_NOOP("IntakeForm", "&Phone"),
    "reporter.postal_address": QT_TRANSLATE_NOOP("IntakeForm", "Postal a&ddress"),
    "wants_reply": QT_TRANSLATE_NOOP("IntakeForm", "Wants a repl&y"),
    "reporter.preferred_contact": QT_TRANSLATE_NOOP("IntakeForm", "Reply &by"),
    "on_behalf_of.relation": QT_TRANSLATE_NOOP("IntakeForm", "On behal&f of"),
    "on_behalf_of.note": QT_TRANSLATE_NOOP("IntakeForm", "N&ote"),
    "privacy_notice_given": QT_TRANSLATE_NOOP("IntakeForm", "Privacy notice g&iven"),
    "received_by.staff_id": QT_TRANSLATE_NOOP("IntakeForm", "&Staff ID"),
    "submitter_type": QT_TRANSLATE_NOOP("IntakeForm", "Role"),
    "concerns.unit": QT_TRANSLATE_NOOP("IntakeForm", "&Unit concerned"),
    "concerns.provider": QT_TRANSLATE_NOOP("IntakeForm", "Provider"),
    "urgent.reason": QT_TRANSLATE_NOOP("IntakeForm", "Urgency"),
    "referral.to": QT_TRANSLATE_NOOP("IntakeForm", "E&xternal referral"),
    "referral.note": QT_TRANSLATE_NOOP("IntakeForm", "Referral note"),
}
